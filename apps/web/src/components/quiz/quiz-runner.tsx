"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { InProgressAttemptView } from "@newsquiz/api";
import { useTRPC } from "@/trpc/react";
import { AnswerInput } from "./answer-input";
import { DifficultyMix, DifficultyTag } from "./difficulty-mix";
import { errorMessage, useAnswerSaver } from "./use-answer-saver";
import { useQuizKeys } from "./use-quiz-keys";
import { NoQuizState } from "./no-quiz";
import { BarFill } from "@/components/bar-fill";

function firstUnanswered(attempt: InProgressAttemptView | null): number {
  if (!attempt) return 0;
  const i = attempt.questions.findIndex((q) => !attempt.answers[q.id]);
  return i === -1 ? attempt.questions.length : i;
}

/**
 * Takes a quiz one question at a time. Each pick is saved on the server as it is made, so a reload (or a
 * lost connection) resumes at the first unanswered question. Keyboard: number keys pick an option, Enter
 * goes on; a cloze is typed and confirmed with Enter.
 */
export function QuizRunner({ slug, headline, initial }: { slug: string; headline: string; initial: InProgressAttemptView | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [attempt, setAttempt] = useState<InProgressAttemptView | null>(initial);
  const [answers, setAnswers] = useState<Record<string, string>>(initial?.answers ?? {});
  const [drafts, setDrafts] = useState<Record<string, string>>(initial?.answers ?? {});
  const [index, setIndex] = useState(() => firstUnanswered(initial));
  const [hint, setHint] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const start = useMutation(trpc.quiz.start.mutationOptions());
  const submit = useMutation(trpc.attempt.submit.mutationOptions());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const clozeRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const started = useRef(false);

  const begin = useCallback(() => {
    start.mutate(
      { slug },
      {
        onSuccess: (a) => {
          setAttempt(a);
          setAnswers(a.answers);
          setDrafts(a.answers);
          setIndex(firstUnanswered(a));
        },
      },
    );
  }, [slug, start]);

  useEffect(() => {
    if (attempt || started.current) return;
    started.current = true;
    begin();
  }, [attempt, begin]);

  const { saveAnswer, saveAll, saveState, saveError } = useAnswerSaver(attempt?.id ?? null);

  const questions = attempt?.questions ?? [];
  const total = questions.length;
  const question = index < total ? questions[index] : undefined;
  const answeredCount = questions.filter((q) => answers[q.id]).length;
  const unanswered = questions.map((q, i) => ({ q, i })).filter(({ q }) => !answers[q.id]);

  const pick = useCallback(
    (option: string) => {
      if (!question) return;
      setHint(null);
      setAnswers((a) => ({ ...a, [question.id]: option }));
      void saveAnswer(question.id, option);
    },
    [question, saveAnswer],
  );

  /** Keeps a typed cloze answer (if it changed) before leaving the question. */
  const commitDraft = useCallback(() => {
    if (!question || question.options) return;
    const text = (drafts[question.id] ?? "").trim();
    if (!text || text === answers[question.id]) return;
    setAnswers((a) => ({ ...a, [question.id]: text }));
    void saveAnswer(question.id, text);
  }, [question, drafts, answers, saveAnswer]);

  const go = useCallback(
    (to: number) => {
      commitDraft();
      setHint(null);
      setConfirming(false);
      moved.current = true;
      setIndex(Math.max(0, Math.min(total, to)));
    },
    [commitDraft, total],
  );

  /** Enter: go on once the question has an answer. */
  const confirm = useCallback(() => {
    if (!question) return;
    const typed = question.options ? answers[question.id] : (drafts[question.id] ?? "").trim();
    if (!typed) {
      setHint(question.options ? `Pick an answer first (keys 1–${question.options.length}), or choose Next to skip.` : "Type an answer first, or choose Next to skip it.");
      return;
    }
    go(index + 1);
  }, [question, answers, drafts, go, index]);

  // Focus follows the question, so keyboard and screen-reader users land on it.
  // A typed question takes focus straight away (also on a resumed page), so the reader can just type.
  useLayoutEffect(() => {
    if (question && !question.options) {
      clozeRef.current?.focus();
      return;
    }
    if (!moved.current) return;
    if (question) headingRef.current?.focus();
    else submitRef.current?.focus();
  }, [index, question]);

  useQuizKeys({ options: question?.options, onPick: pick, onEnter: confirm, enabled: Boolean(question) });

  async function doSubmit(force: boolean) {
    if (!attempt) return;
    setSubmitError(null);
    if (!force && unanswered.length > 0) {
      setConfirming(true);
      return;
    }
    // Answers still on their way (or that failed) are sent again first, so the server grades what the reader sees.
    if (!(await saveAll(answers))) {
      setSubmitError("Some answers are not saved yet, so the quiz was not submitted. Check your connection and try again.");
      return;
    }
    submit.mutate(
      { attemptId: attempt.id },
      {
        onSuccess: (r) => router.push(`/attempts/${r.id}`),
        onError: (e) => setSubmitError(errorMessage(e)),
      },
    );
  }

  if (!attempt) {
    return (
      <section className="quiz" aria-labelledby="quiz-title">
        <QuizHeader slug={slug} headline={headline} />
        {start.error?.data?.noQuiz ? (
          // no quiz on this text, and asking again would give the same answer: no "Try again"
          <NoQuizState slug={slug} reason={start.error.data.noQuiz} message={start.error.message} />
        ) : start.isError ? (
          <div className="state-page" role="alert">
            <h2>No quiz right now</h2>
            <p>{errorMessage(start.error)}</p>
            <p className="quiz-actions">
              <button type="button" className="button primary" onClick={begin}>
                Try again
              </button>
              <Link href={`/articles/${slug}`} className="button">
                Back to the article
              </Link>
            </p>
          </div>
        ) : (
          <p className="quiz-loading" role="status">
            Preparing your quiz…
          </p>
        )}
      </section>
    );
  }

  const state = question ? saveState[question.id] : undefined;
  const shown = Math.min(index + 1, total);
  return (
    <section className="quiz" aria-labelledby="quiz-title" data-attempt-id={attempt.id}>
      <QuizHeader slug={slug} headline={headline} />
      <div className="quiz-progress">
        <div
          className="quiz-progress-bar"
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={shown}
          aria-valuetext={question ? `Question ${shown} of ${total}` : `All ${total} questions seen`}
        >
          <BarFill fraction={question ? shown / total : 1} />
        </div>
        <p className="quiz-progress-text">
          <span>{question ? `${shown} of ${total}` : `${total} of ${total}`}</span>
          <span>{answeredCount} answered</span>
        </p>
        <DifficultyMix questions={questions} />
      </div>

      {question ? (
        <form
          className="quiz-card card"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <h2 className="quiz-number" ref={headingRef} tabIndex={-1}>
            Question {index + 1}
            <span className="visually-hidden"> of {total}</span>
            <DifficultyTag level={question.difficulty} />
          </h2>
          <AnswerInput
            id={`question-${question.id}`}
            prompt={question.prompt}
            options={question.options}
            choice={answers[question.id]}
            onPick={pick}
            text={drafts[question.id] ?? ""}
            onText={(text) => setDrafts((d) => ({ ...d, [question.id]: text }))}
            onBlur={commitDraft}
            inputRef={clozeRef}
          />
          <p className="quiz-hint">
            {question.options ? `Keys 1–${question.options.length} pick an answer; Enter goes on.` : "Type your answer and press Enter."}
          </p>
          <p className="quiz-save" role="status" aria-live="polite">
            {state === "saving" ? "Saving…" : state === "saved" ? "Saved" : state === "retrying" ? "Not saved — retrying" : state === "failed" ? "Not saved" : ""}
          </p>
          {hint ? <p className="quiz-hint-error error-text">{hint}</p> : null}
          {state === "failed" && saveError ? (
            <p className="error-text" role="alert">
              {saveError}{" "}
              <button type="button" className="button" onClick={() => void saveAnswer(question.id, answers[question.id] ?? "")}>
                Try again
              </button>
            </p>
          ) : null}
          <div className="quiz-nav">
            <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
              Back
            </button>
            <button type="button" className="button primary" onClick={() => go(index + 1)}>
              {index + 1 < total ? "Next" : "Finish"}
            </button>
          </div>
        </form>
      ) : (
        <div className="quiz-card card quiz-finish">
          <h2 ref={headingRef} tabIndex={-1}>
            Ready to submit?
          </h2>
          <p>
            You answered {answeredCount} of {total} questions.
          </p>
          {unanswered.length > 0 ? (
            <ul className="quiz-unanswered" aria-label="Questions without an answer">
              {unanswered.map(({ i }) => (
                <li key={i}>
                  <button type="button" className="button" onClick={() => go(i)}>
                    Answer question {i + 1}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {confirming ? (
            <div className="quiz-confirm" role="alert">
              <p>
                {unanswered.length === 1 ? "1 question has" : `${unanswered.length} questions have`} no answer and will count as wrong. Submit anyway?
              </p>
              <div className="quiz-nav">
                <button type="button" className="button" onClick={() => go(unanswered[0]?.i ?? 0)}>
                  Keep answering
                </button>
                <button type="button" className="button primary" onClick={() => void doSubmit(true)} disabled={submit.isPending}>
                  Submit anyway
                </button>
              </div>
            </div>
          ) : (
            <div className="quiz-nav">
              <button type="button" className="button" onClick={() => go(total - 1)}>
                Back
              </button>
              <button ref={submitRef} type="button" className="button primary" onClick={() => void doSubmit(false)} disabled={submit.isPending}>
                {submit.isPending ? "Submitting…" : "Submit answers"}
              </button>
            </div>
          )}
          {submitError ? (
            <p className="error-text" role="alert">
              {submitError}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

export function QuizHeader({ slug, headline }: { slug: string; headline: string }) {
  return (
    <header className="quiz-header">
      <p className="quiz-kicker">Quiz</p>
      <h1 id="quiz-title" className="page-title">
        {headline}
      </h1>
      <p className="page-lede">
        <Link href={`/articles/${slug}`}>Back to the article</Link>
      </p>
    </header>
  );
}
