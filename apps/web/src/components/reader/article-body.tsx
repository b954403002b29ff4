import type { Article } from "@newsquiz/article";
import { segmentSentence } from "@/lib/glossary-segments";
import { GlossaryTerm } from "./glossary-term";

/** `s-<paragraph>-<sentence>`: the anchor a quiz's evidence link points at (`#s-3-0`). */
export const sentenceId = (paragraph: number, sentence: number) => `s-${paragraph}-${sentence}`;

export function ArticleBody({ article }: { article: Article }) {
  return (
    <div className="article-body">
      {article.paragraphs.map((p) => {
        const marked = new Set<string>();
        return (
          <p key={p.index} data-paragraph={p.index}>
            {p.sentences.map((s, i) => (
              <span key={s.index}>
                {i > 0 ? " " : null}
                <span className="sentence" id={sentenceId(p.index, s.index)}>
                  {segmentSentence(s.text, article.glossary, marked).map((seg, k) =>
                    seg.kind === "term" ? <GlossaryTerm key={k} term={seg.text} expansion={seg.expansion} /> : <span key={k}>{seg.text}</span>,
                  )}
                </span>
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
