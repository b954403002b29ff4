import Link from "next/link";
import type { Article } from "@newsquiz/article";
import type { ArticleAttribution } from "@newsquiz/api";
import { Attribution } from "./attribution";
import { ArticleBody } from "./article-body";
import { ReadAloud } from "./read-aloud";
import { TextSizeControl } from "./text-size-control";
import { ARTICLE_END_ID } from "./reader-ids";
import { FinishedMark, ProgressNotes, ProgressStatus, ReadingProgressTracker } from "./reading-progress";
import { AssignToClass } from "@/components/lazy-islands";
import { dateFormatter } from "@/lib/date-formatter";

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormatter("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/**
 * The reader: rendered on the server from the article (no client component receives the article itself);
 * the text size, read-aloud and the reader's progress are small browser parts around it.
 * `actions`: extra controls under the article's facts (the owner's Delete button on an imported article).
 */
export function ArticleReader({ article, actions }: { article: Article & Partial<ArticleAttribution>; actions?: React.ReactNode }) {
  return (
    <div className="reader-layout">
      <ReadingProgressTracker slug={article.slug} paragraphCount={article.paragraphs.length} />
      <article className="article" aria-labelledby="article-headline">
        <h1 id="article-headline">{article.headline}</h1>
        <ul className="meta" aria-label="About this article">
          {article.source ? <li>{article.sourceUrl ? <a href={article.sourceUrl}>{article.source}</a> : article.source}</li> : null}
          {article.author ? <li>By {article.author}</li> : null}
          {article.publishedAt ? <li>{formatDate(article.publishedAt)}</li> : null}
          <li>{article.stats.wordCount.toLocaleString("en-US")} words</li>
          <li>{article.stats.readingMinutes} min read</li>
          <li title={`Flesch–Kincaid grade ${article.stats.gradeLevel}`}>Level: {article.stats.level}</li>
          {article.url ? (
            <li>
              <a href={article.url} rel="noopener noreferrer nofollow">
                Original
              </a>
            </li>
          ) : null}
          {article.license ? (
            <li>
              Licence:{" "}
              <a href={article.license.url} rel="license">
                {article.license.name}
              </a>
            </li>
          ) : null}
        </ul>
        {actions}
        <div className="reader-tools">
          <TextSizeControl />
          <ReadAloud />
          <span className="spacer" />
          <Link href={`/articles/${article.slug}/quiz`} className="button primary reader-quiz-link">
            Take the quiz
          </Link>
          <ProgressStatus />
        </div>
        <ProgressNotes />
        <ArticleBody article={article} />
        <Attribution article={article} />
        <div id={ARTICLE_END_ID} className="article-end" data-testid="article-end">
          <FinishedMark />
          <Link href={`/articles/${article.slug}/quiz`} className="button primary">
            Take the quiz<span className="visually-hidden"> on this article</span>
          </Link>
          <Link href="/" className="button">
            Back to the library
          </Link>
          <AssignToClass slug={article.slug} />
        </div>
      </article>
      {article.relatedHeadlines.length > 0 ? (
        <aside className="headline-list" aria-labelledby="headlines-title">
          <h2 id="headlines-title">More headlines</h2>
          <ol>
            {article.relatedHeadlines.map((h, i) => (
              // The index, not the headline: a key is sent to the browser too, and the text is already there.
              <li key={i}>{h}</li>
            ))}
          </ol>
        </aside>
      ) : null}
    </div>
  );
}
