"use client";

import Link from "next/link";
import { useRef } from "react";
import type { Article } from "@newsquiz/article";
import { ArticleBody } from "./article-body";
import { ReadAloud } from "./read-aloud";
import { TextSizeControl } from "./text-size-control";
import { useReadingProgress } from "./use-reading-progress";
import { AssignToClass } from "@/components/classes/assign-to-class";

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** `actions`: extra controls under the article's facts (the owner's Delete button on an imported article). */
export function ArticleReader({ article, actions }: { article: Article; actions?: React.ReactNode }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const { progress, restored, saveError } = useReadingProgress(article.slug, article.paragraphs.length, bodyRef, endRef);
  const finishedAt = progress?.finishedAt ?? null;
  const percent = progress ? Math.round((finishedAt ? 1 : progress.ratio) * 100) : 0;

  return (
    <div className="reader-layout">
      <article className="article" aria-labelledby="article-headline">
        <h1 id="article-headline">{article.headline}</h1>
        <ul className="meta" aria-label="About this article">
          {article.source ? <li>{article.source}</li> : null}
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
        </ul>
        {actions}
        <div className="reader-tools">
          <TextSizeControl />
          <ReadAloud article={article} />
          <span className="spacer" />
          <Link href={`/articles/${article.slug}/quiz`} className="button primary reader-quiz-link">
            Take the quiz
          </Link>
          {progress ? (
            <span className={finishedAt ? "status read" : "status reading"}>{finishedAt ? "Finished" : `${percent}% read`}</span>
          ) : null}
        </div>
        {restored ? (
          <p className="resume-note" role="status">
            <span>Welcome back — you are where you left off.</span>
            <a href="#article-headline">Back to the top</a>
          </p>
        ) : null}
        {saveError ? (
          <p className="resume-note error-text" role="alert">
            Your progress could not be saved: {saveError}
          </p>
        ) : null}
        <div ref={bodyRef}>
          <ArticleBody article={article} />
        </div>
        <div ref={endRef} className="article-end" data-testid="article-end">
          {finishedAt ? (
            <span className="finished-mark">
              <span aria-hidden="true">✓</span> Finished
            </span>
          ) : (
            <span>End of the article.</span>
          )}
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
            {article.relatedHeadlines.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ol>
        </aside>
      ) : null}
    </div>
  );
}
