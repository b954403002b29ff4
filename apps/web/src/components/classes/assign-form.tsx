"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { QUESTION_TYPE_LABELS, quizDifficultySchema, type QuestionType } from "@newsquiz/quiz";
import { useTRPC } from "@/trpc/react";
import { QUIZ_DIFFICULTY_CHOICES } from "@/lib/quiz-difficulty";
import { NO_QUIZ_CARD_LABEL } from "@/components/quiz/no-quiz";

/**
 * What a teacher can ask for (the api checks the same bounds). "Word meaning" (vocabulary in context, for English
 * learners) starts unticked: it tests English rather than the article, and is off in readers' own quizzes too.
 */
const TYPES: { type: QuestionType; label: string; on: boolean }[] = (["choice", "true-false", "cloze", "who-said", "meaning"] as const).map((type) => ({
  type,
  label: QUESTION_TYPE_LABELS[type].name,
  on: type !== "meaning",
}));
const MIN_QUESTIONS = 3;
const MAX_QUESTIONS = 20;

export interface AssignCandidate {
  slug: string;
  headline: string;
  imported: boolean;
  readingMinutes: number;
  /** Known to have no quiz: shown, but not pickable (an assignment of it would have no questions). */
  noQuiz: boolean;
}

/** The assignment's article (from the list), due date and quiz settings; then back to the class page. */
export function AssignForm({ classId, candidates, initialSlug }: { classId: string; candidates: AssignCandidate[]; initialSlug: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pickable = candidates.filter((c) => !c.noQuiz);
  const [slug, setSlug] = useState(initialSlug ?? pickable[0]?.slug ?? "");
  const [localError, setLocalError] = useState<string | null>(null);
  const assign = useMutation(trpc.classes.assign.mutationOptions({ onSuccess: () => router.push(`/classes/${classId}`) }));
  const busy = assign.isPending || assign.isSuccess;
  const error = localError ?? assign.error?.message ?? null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const due = String(form.get("due") ?? "");
    const types = TYPES.map((t) => t.type).filter((t) => form.getAll("types").includes(t));
    const questionCount = Number(form.get("count"));
    const difficulty = quizDifficultySchema.catch("mixed").parse(form.get("difficulty"));
    setLocalError(null);
    if (!slug) return setLocalError("Pick an article.");
    if (types.length === 0) return setLocalError("Pick at least one question type.");
    const dueAt = due ? new Date(due) : null;
    if (dueAt && Number.isNaN(dueAt.getTime())) return setLocalError("The due date is not a date.");
    assign.mutate({ classId, slug, dueAt, questionCount, types, difficulty });
  }

  return (
    <form className="form-stack" onSubmit={onSubmit} aria-describedby={error ? "assign-error" : undefined}>
      <fieldset className="article-pick">
        <legend>Article</legend>
        {candidates.length === 0 ? (
          <p>No article matches. Search for another, or import one.</p>
        ) : pickable.length === 0 ? (
          <p>None of these texts has a quiz to assign. Search for another, or import one.</p>
        ) : null}
        <ul className="pick-list">
          {candidates.map((c) => (
            <li key={c.slug}>
              <label className={c.noQuiz ? "is-unavailable" : undefined}>
                <input type="radio" name="slug" value={c.slug} checked={slug === c.slug} disabled={c.noQuiz} onChange={() => setSlug(c.slug)} />
                <span>
                  {c.headline}
                  <span className="meta">
                    {c.noQuiz ? <span className="status no-quiz">{NO_QUIZ_CARD_LABEL}</span> : null}
                    {c.readingMinutes} min read{c.imported ? " · your import: the class will be able to read it" : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor="assign-due">Due (optional)</label>
        <input id="assign-due" name="due" type="datetime-local" aria-describedby="assign-due-hint" />
        <p id="assign-due-hint" className="field-hint">
          Work handed in after it is marked late; students can still do it.
        </p>
      </div>
      <div className="field">
        <label htmlFor="assign-count">Questions per student</label>
        <input id="assign-count" name="count" type="number" min={MIN_QUESTIONS} max={MAX_QUESTIONS} defaultValue={8} required aria-describedby="assign-count-hint" />
        <p id="assign-count-hint" className="field-hint">
          Each student gets their own draw from a pool half as large again, in their own order, so answers cannot be passed around. Fewer when the article gives fewer.
        </p>
      </div>
      <fieldset className="type-pick">
        <legend>Question types</legend>
        {TYPES.map((t) => (
          <label key={t.type}>
            <input type="checkbox" name="types" value={t.type} defaultChecked={t.on} aria-describedby={t.type === "meaning" ? "assign-meaning-hint" : undefined} /> {t.label}
          </label>
        ))}
        <p id="assign-meaning-hint" className="field-hint">
          Word meaning asks which word is closest in meaning to one the text uses: vocabulary practice for English learners. It is off by default because it tests English more than the article.
        </p>
      </fieldset>
      <fieldset className="type-pick difficulty-pick">
        <legend>Difficulty</legend>
        {QUIZ_DIFFICULTY_CHOICES.map((d) => (
          <div key={d.value}>
            <label>
              <input type="radio" name="difficulty" value={d.value} defaultChecked={d.value === "mixed"} aria-describedby={`assign-difficulty-${d.value}`} /> {d.label}
            </label>
            <span id={`assign-difficulty-${d.value}`} className="field-hint">
              {d.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button primary" disabled={busy || pickable.length === 0}>
          {busy ? "Making the quiz…" : "Assign to the class"}
        </button>
      </div>
      {error ? (
        <p id="assign-error" className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {assign.isPending ? (
        <p role="status" className="meta">
          Making the questions: this can take a few seconds.
        </p>
      ) : null}
    </form>
  );
}
