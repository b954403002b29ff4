import type { Article } from "@newsquiz/article";
import { segmentSentence } from "@/lib/glossary-segments";
import { GlossaryTerm } from "./glossary-term";
import { sentenceId } from "./reader-ids";

/**
 * The article's paragraphs (the reader frame puts them in the `#article-body` element). Never a client
 * component's props: on the reader page (Pages Router) they are server-rendered markup the browser keeps
 * (`StaticHtml`), on the own-article page (App Router) a server component's output. Plain text is a string
 * child, not an element of its own, to keep the App Router's RSC payload small.
 */
export function ArticleParagraphs({ article }: { article: Article }) {
  return (
    <>
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
    </>
  );
}
