import type { Article } from "@newsquiz/article";
import { segmentSentence } from "@/lib/glossary-segments";
import { GlossaryTerm } from "./glossary-term";
import { ARTICLE_BODY_ID, sentenceId } from "./reader-ids";

/**
 * The article's text. A server component on the reader page: the text reaches the browser once in the HTML
 * and once in the page's RSC payload, never as a client component's props as well. Plain text is a string
 * child, not an element of its own, to keep that payload small.
 */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <div className="article-body" id={ARTICLE_BODY_ID}>
      {article.paragraphs.map((p) => {
        const marked = new Set<string>();
        return (
          <p key={p.index} data-paragraph={p.index}>
            {p.sentences.flatMap((s, i) => {
              const segments = segmentSentence(s.text, article.glossary, marked);
              const sentence = (
                <span key={s.index} className="sentence" id={sentenceId(p.index, s.index)}>
                  {segments.length === 1 && segments[0]?.kind === "text"
                    ? s.text
                    : segments.map((seg, k) => (seg.kind === "term" ? <GlossaryTerm key={k} term={seg.text} expansion={seg.expansion} /> : seg.text))}
                </span>
              );
              return i > 0 ? [" ", sentence] : [sentence];
            })}
          </p>
        );
      })}
    </div>
  );
}
