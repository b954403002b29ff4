"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { FlagReason, ResultQuestionView, SubmittedAttemptView } from "@newsquiz/api";
import { useTRPC } from "@/trpc/react";
import { DifficultyMix, DifficultyTag } from "./difficulty-mix";
import { EvidenceSentence } from "./evidence-sentence";
import { dateFormatter } from "@/lib/date-formatter";

const FLAG_REASONS: { value: FlagReason; label: string }[] = [
  { value: "wrong-answer", label: "Wrong answer" },
  { value: "ambiguous", label: "Ambiguous" },
  { value: "unclear", label: "Unclear" },
];
const reasonLabel = (r: FlagReason) => FLAG_REASONS.find((x) => x.value === r)?.label ?? r;

/** "45 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

const formatWhen = (d: Date) => dateFormatter("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(d));

export interface AttemptResultsProps {
  /** A submitted attempt, as `attempt.get` (or `attempt.submit`) returns it. */
  attempt: SubmittedAttemptView;
  /** The level of the results title: "h1" on a page of its own (default), "h2" inside another page. */
  titleAs?: "h1" | "h2";
  /** Show "Another quiz on this article" and "Retake with harder questions" (default true; never for a deleted article). */
  showRetake?: boolean;
}

/**
 * The results of one attempt: score, time taken, and per question the reader's answer, the right answer,
 * the explanation and the evidence sentence with a link that opens the reader on it. Each question can be
 * flagged. Used by /attempts/[id] and by the scores page.
 */
export function AttemptResults({ attempt, titleAs = "h1", showRetake = true }: AttemptResultsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const retake = useMutation(trpc.quiz.start.mutationOptions());
  const harder = retake.isPending && retake.variables.difficulty === "hard";
  const Title = titleAs;
  const QTitle = titleAs === "h1" ? "h2" : "h3";
  const { article } = attempt;
  const percent = attempt.total ? Math.round((attempt.score / attempt.total) * 100) : 0;

  return (
    <section className="results" aria-labelledby={`results-title-${attempt.id}`}>
      <header className="results-header">
        <p className="quiz-kicker">Quiz results</p>
        <Title id={`results-title-${attempt.id}`} className="page-title">
          {article.headline}
        </Title>
        <div className="results-summary">
          <p className="results-score">
            <strong>
              {attempt.score} of {attempt.total}
            </strong>{" "}
            <span>right ({percent}%)</span>
          </p>
          <ul className="meta" aria-label="About this attempt">
            <li>Time taken: {formatDuration(attempt.durationMs)}</li>
            <li>Submitted {formatWhen(attempt.submittedAt)}</li>
            {article.deleted ? <li>The article has since been deleted</li> : null}
          </ul>
          <DifficultyMix questions={attempt.questions} className="quiz-mix results-mix" />
        </div>
        <div className="quiz-actions">
          {showRetake && !article.deleted ? (
            <>
              <button
                type="button"
                className="button primary"
                disabled={retake.isPending}
                onClick={() => retake.mutate({ slug: article.slug, fresh: true }, { onSuccess: () => router.push(`/articles/${article.slug}/quiz`) })}
              >
                {retake.isPending && !harder ? "Making a new quiz…" : "Another quiz on this article"}
              </button>
              <button
                type="button"
                className="button"
                disabled={retake.isPending}
                onClick={() =>
                  retake.mutate({ slug: article.slug, fresh: true, difficulty: "hard" }, { onSuccess: () => router.push(`/articles/${article.slug}/quiz`) })
                }
              >
                {harder ? "Making a harder quiz…" : "Retake with harder questions"}
              </button>
            </>
          ) : null}
          {!article.deleted ? (
            <Link href={`/articles/${article.slug}`} className="button">
              Back to the article
            </Link>
          ) : null}
        </div>
        {retake.isError ? (
          <p className="error-text" role="alert">
            {retake.error.message}
          </p>
        ) : null}
      </header>
      <ol className="results-list">
        {attempt.questions.map((q, i) => (
          <ResultItem key={q.id} attemptId={attempt.id} q={q} n={i + 1} QTitle={QTitle} />
        ))}
      </ol>
    </section>
  );
}

function ResultItem({ attemptId, q, n, QTitle }: { attemptId: string; q: ResultQuestionView; n: number; QTitle: "h2" | "h3" }) {
  const trpc = useTRPC();
  const flag = useMutation(trpc.attempt.flag.mutationOptions());
  const [reason, setReason] = useState<FlagReason | "">("");
  const flagged = flag.data?.reason ?? q.flag;
  const headingId = `result-${attemptId}-${n}`;

  return (
    <li className={`results-item card ${q.correct ? "is-right" : "is-wrong"}`} aria-labelledby={headingId}>
      <QTitle id={headingId} className="results-item-title">
        <span>
          Question {n}
          <DifficultyTag level={q.difficulty} />
        </span>
        <span className={`status ${q.correct ? "read" : "wrong"}`}>{q.correct ? "Right" : q.response === null ? "Not answered" : "Wrong"}</span>
      </QTitle>
      <p className="results-prompt">{q.prompt}</p>
      <dl className="results-answers">
        <div>
          <dt>Your answer</dt>
          <dd>{q.response ?? <em>No answer</em>}</dd>
        </div>
        <div>
          <dt>Right answer</dt>
          <dd>{q.answer}</dd>
        </div>
      </dl>
      <p className="results-explanation">{q.explanation}</p>
      <EvidenceSentence evidence={q.evidence} />
      {q.evidenceHref ? (
        <p className="results-evidence-link">
          {/* A plain link on purpose: a full page load sets :target, which highlights the sentence in the reader. */}
          <a href={q.evidenceHref}>
            See it in the article<span className="visually-hidden"> (question {n})</span>
          </a>
        </p>
      ) : null}
      <div className="results-flag">
        {flagged ? (
          <p role="status">
            {flag.isSuccess ? "Thanks, flagged" : "You flagged this question"}: {reasonLabel(flagged)}.
          </p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (reason) flag.mutate({ attemptId, questionId: q.id, reason });
            }}
          >
            <label htmlFor={`flag-${attemptId}-${n}`}>Something wrong with question {n}?</label>
            <select id={`flag-${attemptId}-${n}`} value={reason} onChange={(e) => setReason(e.target.value as FlagReason | "")}>
              <option value="">Choose a reason</option>
              {FLAG_REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button" disabled={!reason || flag.isPending}>
              {flag.isPending ? "Flagging…" : "Flag"}
            </button>
            {flag.isError ? (
              <span className="error-text" role="alert">
                {flag.error.message}
              </span>
            ) : null}
          </form>
        )}
      </div>
    </li>
  );
}
