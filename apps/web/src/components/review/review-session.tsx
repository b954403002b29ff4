"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReviewAnswerResult, ReviewQuestion } from "@newsquiz/api";
import { useTRPC } from "@/trpc/react";
import { ReviewQuestionForm } from "./review-question";
import { EvidenceSentence } from "@/components/quiz/evidence-sentence";
import { dateFormatter } from "@/lib/date-formatter";

const displayAnswer = (question: ReviewQuestion["question"], answer: string) =>
  question.type === "true-false" ? (answer === "true" ? "True" : answer === "false" ? "False" : answer) : answer;

function whenDue(date: Date): string {
  const days = Math.round((date.getTime() - Date.now()) / 86_400_000);
  const at = dateFormatter("en-US", { weekday: "long", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(date);
  if (days <= 0) return `later today (${at})`;
  if (days === 1) return `tomorrow (${at})`;
  return `in ${days} days (${at})`;
}

function AnswerResult({
  item,
  response,
  result,
  onNext,
  loadingNext,
}: {
  item: ReviewQuestion;
  response: string;
  result: ReviewAnswerResult;
  onNext: () => void;
  loadingNext: boolean;
}) {
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => nextRef.current?.focus(), []);
  return (
    <div className={`review-result ${result.correct ? "is-right" : "is-wrong"}`}>
      <p className="quiz-prompt">{item.question.prompt}</p>
      <p className="review-verdict" role="status">
        <span className={`status ${result.correct ? "read" : "wrong"}`}>{result.correct ? "Right" : "Wrong"}</span>
      </p>
      <dl className="results-answers">
        <div>
          <dt>Your answer</dt>
          <dd>{displayAnswer(item.question, response)}</dd>
        </div>
        <div>
          <dt>Answer</dt>
          <dd>{displayAnswer(item.question, result.answer)}</dd>
        </div>
      </dl>
      <p className="review-explanation">{result.explanation}</p>
      <EvidenceSentence evidence={result.evidence} />
      <p className="review-evidence-link">
        <Link href={result.evidenceHref}>See it in the article</Link>
      </p>
      <p className="meta">
        {result.correct ? `Moved up to box ${result.box} of 5` : "Back to box 1"}: asked again {whenDue(result.nextDueAt)}.
      </p>
      <div className="quiz-actions">
        <button ref={nextRef} type="button" className="button primary" onClick={onNext} disabled={loadingNext}>
          {loadingNext ? "Loading…" : "Next"}
        </button>
      </div>
    </div>
  );
}

/** A review session: asks each due question, reveals answer and evidence after each, until none is due. */
export function ReviewSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const next = useQuery({ ...trpc.review.next.queryOptions(), staleTime: 0, refetchOnWindowFocus: false });
  const answer = useMutation(trpc.review.answer.mutationOptions());
  const [answered, setAnswered] = useState<{ item: ReviewQuestion; response: string; result: ReviewAnswerResult } | null>(null);
  const [tally, setTally] = useState({ right: 0, asked: 0 });
  const [loadingNext, setLoadingNext] = useState(false);

  if (next.isPending) {
    return (
      <div className="review-card" aria-busy="true">
        <p className="visually-hidden" role="status">
          Loading your review…
        </p>
        <div className="skeleton sk-line sk-review-title" />
        <div className="skeleton sk-block" />
      </div>
    );
  }
  if (next.isError) {
    return (
      <div className="empty-state" role="alert">
        <h2>Your review could not be loaded</h2>
        <p className="error-text">{next.error.message}</p>
        <button type="button" className="button" onClick={() => void next.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  const item = answered?.item ?? next.data.item;
  const summary = tally.asked > 0 ? `This session: ${tally.right} of ${tally.asked} right.` : null;

  if (!item) {
    const nextDueAt = next.data.nextDueAt;
    return (
      <div className="empty-state">
        <h2>Nothing to review — come back tomorrow</h2>
        {summary ? <p>{summary}</p> : null}
        {nextDueAt ? (
          <p>The next question is due {whenDue(nextDueAt)}.</p>
        ) : (
          <p>Questions you get wrong in a quiz come here a day later, and come back less often each time you get them right.</p>
        )}
        <p>
          <Link className="button primary" href="/">
            Read something new
          </Link>
        </p>
      </div>
    );
  }

  const remaining = answered ? next.data.dueCount - 1 : next.data.dueCount;
  return (
    <div className="review-card">
      <p className="meta review-progress">
        <span>
          From <Link href={`/articles/${item.article.slug}`}>{item.article.headline}</Link>
        </span>
        <span>{answered ? `${remaining} more due` : `${next.data.dueCount} due`}</span>
        <span>Box {item.box} of 5</span>
      </p>
      {answered ? (
        <AnswerResult
            key={item.itemId}
            item={item}
            response={answered.response}
            result={answered.result}
            loadingNext={loadingNext}
            onNext={async () => {
              setLoadingNext(true);
              try {
                await next.refetch();
                setAnswered(null);
              } finally {
                setLoadingNext(false);
              }
            }}
          />
      ) : (
        <ReviewQuestionForm
          key={item.itemId}
          question={item.question}
          busy={answer.isPending}
          onAnswer={(response) =>
            answer.mutate(
              { itemId: item.itemId, response },
              {
                onSuccess: (result) => {
                  setAnswered({ item, response, result });
                  setTally((t) => ({ right: t.right + (result.correct ? 1 : 0), asked: t.asked + 1 }));
                  void queryClient.invalidateQueries({ queryKey: trpc.review.dueCount.queryKey() });
                },
              },
            )
          }
        />
      )}
      {answer.isError && !answered ? (
        <p className="error-text" role="alert">
          {answer.error.message}
        </p>
      ) : null}
      {summary ? <p className="meta">{summary}</p> : null}
    </div>
  );
}
