import Link from "next/link";
import { createElement, type HTMLAttributes } from "react";
import type { Article } from "@newsquiz/article";
import type { ArticleAttribution, QuizAvailability } from "@newsquiz/api";
import { Attribution } from "./attribution";
import { ArticleParagraphs } from "./article-body";
import { ReadAloud } from "./read-aloud";
import { TextSizeControl } from "./text-size-control";
import { ARTICLE_BODY_ID, ARTICLE_END_ID } from "./reader-ids";
import { FinishedMark, ProgressNotes, ProgressStatus, ReadingProgressTracker } from "./reading-progress";
import { AssignToClass } from "@/components/lazy-islands";
import { NoQuizNote } from "@/components/quiz/no-quiz";
import { dateFormatter } from "@/lib/date-formatter";

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormatter("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

export type ReaderArticle = Article & Partial<ArticleAttribution>;

/** The element around a part of the article that only shows text (`StaticHtml` on the Pages Router). */
export type TextBlock = (props: { as?: "div" | "aside" | "p"; children?: React.ReactNode } & HTMLAttributes<HTMLElement>) => React.ReactNode;

/** A plain element: the App Router's server components send their output once anyway. */
export const PlainBlock: TextBlock = ({ as = "div", children, ...props }) => createElement(as, props, children);

/**
 * What the reader's browser parts need of the article: no text. `hasQuiz` false: the engine finds nothing in this
 * text it can ask fairly, so the page explains that instead of offering "Take the quiz".
 */
export type ReaderFacts = { slug: string; paragraphCount: number; hasHeadlines: boolean; hasQuiz: boolean };

/** The headline and the article's facts (source, author, date, length, level, licence). */
function ArticleHead({ article }: { article: ReaderArticle }) {
  return (
    <>
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
    </>
  );
}

/**
 * The reader: the article's text, rendered on the server, with the text size, read-aloud, the reader's
 * progress and the quiz links as small browser parts around it. `article` is there on the server only (in
 * the browser the `Block`s keep the server's markup); the browser parts get `facts`.
 * `actions`: extra controls under the article's facts (the owner's Delete button on an imported article).
 */
export function ArticleReader({
  article,
  facts,
  actions,
  Block = PlainBlock,
}: {
  article: ReaderArticle | null;
  facts: ReaderFacts;
  actions?: React.ReactNode;
  Block?: TextBlock;
}) {
  return (
    <div className="reader-layout">
      <ReadingProgressTracker slug={facts.slug} paragraphCount={facts.paragraphCount} />
      <article className="article" aria-labelledby="article-headline">
        <Block className="article-head">{article ? <ArticleHead article={article} /> : null}</Block>
        {actions}
        <div className="reader-tools">
          <TextSizeControl />
          <ReadAloud />
          <span className="spacer" />
          {facts.hasQuiz ? (
            <Link href={`/articles/${facts.slug}/quiz`} className="button primary reader-quiz-link">
              Take the quiz
            </Link>
          ) : null}
          <ProgressStatus />
        </div>
        {facts.hasQuiz ? null : <NoQuizNote />}
        <ProgressNotes />
        <Block className="article-body" id={ARTICLE_BODY_ID}>
          {article ? <ArticleParagraphs article={article} /> : null}
        </Block>
        <Block>{article ? <Attribution article={article} /> : null}</Block>
        <div id={ARTICLE_END_ID} className="article-end" data-testid="article-end">
          <FinishedMark />
          {facts.hasQuiz ? (
            <Link href={`/articles/${facts.slug}/quiz`} className="button primary">
              Take the quiz<span className="visually-hidden"> on this article</span>
            </Link>
          ) : (
            <NoQuizNote compact />
          )}
          <Link href="/" className="button">
            Back to the library
          </Link>
          {/* nothing to assign where there is no quiz: an assignment of it would have no questions */}
          {facts.hasQuiz ? <AssignToClass slug={facts.slug} /> : null}
        </div>
      </article>
      {facts.hasHeadlines ? (
        <Block as="aside" className="headline-list" aria-labelledby="headlines-title">
          {article ? (
            <>
              <h2 id="headlines-title">More headlines</h2>
              <ol>
                {article.relatedHeadlines.map((h, i) => (
                  // The index, not the headline: the text is already there.
                  <li key={i}>{h}</li>
                ))}
              </ol>
            </>
          ) : null}
        </Block>
      ) : null}
    </div>
  );
}

/**
 * The facts the browser parts need, from the article and whether it has a quiz ("unknown": the engine could not
 * say just now, so the quiz is offered and its page tells what happened).
 */
export function readerFacts(article: Article, quiz: QuizAvailability): ReaderFacts {
  return { slug: article.slug, paragraphCount: article.paragraphs.length, hasHeadlines: article.relatedHeadlines.length > 0, hasQuiz: quiz !== "none" };
}
