"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";

interface QuestionForEdit {
  id: string;
  /** The version the dashboard showed: the save names it, so it never overwrites a change made since by someone else. */
  version: string;
  type: string;
  prompt: string;
  answer: string;
  options?: string[];
  hidden: boolean;
}

/**
 * Hide/show and edit one question of an assignment (for the quizzes drawn from now on). When another teacher
 * changed the question after this page was loaded, the save is refused (CONFLICT): the message says so, "Reload the
 * question" fetches theirs into the form, and the wording this teacher had typed is shown beside it to copy from.
 */
export function QuestionCurate({ assignmentId, question }: { assignmentId: string; question: QuestionForEdit }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  /** What this teacher had typed when their save was refused because the question had changed. */
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const refresh = { onSuccess: () => router.refresh() };
  const hide = useMutation(trpc.classes.hideQuestion.mutationOptions(refresh));
  const edit = useMutation(trpc.classes.editQuestion.mutationOptions({ onSuccess: () => (setEditing(false), setUnsaved(null), router.refresh()) }));
  const hasOptions = question.options !== undefined && question.type !== "true-false";
  const errorId = `curate-${question.id}-error`;
  const conflict = edit.error?.data?.code === "CONFLICT";
  const error = hide.error?.message ?? edit.error?.message;
  // the reloaded question arrives with a new version: the form starts again from it (keyed by the version), and the
  // refusal, answered, goes
  const shownVersion = useRef(question.version);
  const resetEdit = edit.reset;
  useEffect(() => {
    if (shownVersion.current === question.version) return;
    shownVersion.current = question.version;
    resetEdit();
  }, [question.version, resetEdit]);
  return (
    <div className="curate">
      <p className="class-actions">
        <button type="button" className="button small" disabled={hide.isPending} onClick={() => hide.mutate({ assignmentId, questionId: question.id, hidden: !question.hidden })}>
          {question.hidden ? "Show it again" : "Hide it"}
        </button>
        <button type="button" className="button small" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          Edit
        </button>
      </p>
      {editing ? (
        <form
          key={question.version}
          className="form-stack curate-form"
          aria-describedby={error ? errorId : undefined}
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const prompt = String(form.get("prompt") ?? "");
            const base = { assignmentId, questionId: question.id, version: question.version, prompt };
            const onError = (err: { data?: { code?: string } | null }) => setUnsaved(err.data?.code === "CONFLICT" ? prompt : null);
            if (!hasOptions) return edit.mutate(base, { onError });
            const options = question.options!.map((_, i) => String(form.get(`option-${i}`) ?? ""));
            const answerIndex = Number(form.get("answer"));
            edit.mutate({ ...base, options, answer: options[answerIndex] ?? "" }, { onError });
          }}
        >
          <div className="field">
            <label htmlFor={`prompt-${question.id}`}>Question</label>
            <textarea id={`prompt-${question.id}`} name="prompt" defaultValue={question.prompt} rows={3} maxLength={300} required />
            {unsaved !== null && unsaved !== question.prompt && !conflict ? (
              <p className="field-hint" data-testid="unsaved-prompt">
                What you had written: “{unsaved}”
              </p>
            ) : null}
          </div>
          {hasOptions ? (
            <fieldset className="option-pick">
              <legend>Options (pick the right one)</legend>
              {question.options!.map((o, i) => (
                <div key={i} className="option-edit">
                  <input type="radio" name="answer" value={i} defaultChecked={o === question.answer} aria-label={`Option ${i + 1} is the right answer`} />
                  <input type="text" name={`option-${i}`} defaultValue={o} maxLength={120} required aria-label={`Option ${i + 1}`} />
                </div>
              ))}
            </fieldset>
          ) : null}
          <p className="field-hint">The right answer must be written in the evidence sentence, and the question must not give it away. Quizzes already drawn keep the old wording.</p>
          <p className="class-actions">
            <button type="submit" className="button primary small" disabled={edit.isPending || conflict}>
              Save
            </button>
            <button type="button" className="button small" onClick={() => (setEditing(false), setUnsaved(null), edit.reset())}>
              Cancel
            </button>
          </p>
        </form>
      ) : null}
      {error ? (
        <div id={errorId} className="form-error" role="alert">
          <p>{error}</p>
          {conflict && editing ? (
            <p>
              <button type="button" className="button small" onClick={() => router.refresh()}>
                Reload the question
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** "Add your own question": a sentence of the article holding the answer, the question, the answer and wrong options. */
export function AddQuestionForm({ assignmentId }: { assignmentId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const sentences = useQuery({ ...trpc.classes.sentences.queryOptions({ assignmentId }), enabled: open });
  const add = useMutation(trpc.classes.addQuestion.mutationOptions({ onSuccess: () => (setOpen(false), router.refresh()) }));
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Add your own question
      </button>
    );
  }
  return (
    <form
      className="form-stack curate-form card"
      aria-describedby={add.error ? "add-question-error" : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const [paragraph, sentence] = String(form.get("sentence") ?? "0:0").split(":").map(Number);
        add.mutate({
          assignmentId,
          paragraph: paragraph ?? 0,
          sentence: sentence ?? 0,
          prompt: String(form.get("prompt") ?? ""),
          answer: String(form.get("answer") ?? ""),
          wrong: ["wrong-0", "wrong-1", "wrong-2"].map((k) => String(form.get(k) ?? "")).filter((w) => w.trim() !== ""),
        });
      }}
    >
      <h3>Your own question</h3>
      <div className="field">
        <label htmlFor="add-sentence">Sentence of the article that holds the answer</label>
        {sentences.isLoading ? <p className="meta">Loading the article…</p> : null}
        <select id="add-sentence" name="sentence" required disabled={!sentences.data}>
          {(sentences.data ?? []).map((s) => (
            <option key={`${s.paragraph}:${s.sentence}`} value={`${s.paragraph}:${s.sentence}`}>
              {s.text.length > 110 ? `${s.text.slice(0, 107)}…` : s.text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="add-prompt">Question</label>
        <input id="add-prompt" name="prompt" type="text" required maxLength={300} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="add-answer">Right answer (words of that sentence)</label>
        <input id="add-answer" name="answer" type="text" required maxLength={120} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="add-wrong-0">Wrong options (1 to 3)</label>
        <input id="add-wrong-0" name="wrong-0" type="text" required maxLength={120} autoComplete="off" />
        <input name="wrong-1" type="text" maxLength={120} autoComplete="off" aria-label="Second wrong option (optional)" />
        <input name="wrong-2" type="text" maxLength={120} autoComplete="off" aria-label="Third wrong option (optional)" />
      </div>
      <p className="class-actions">
        <button type="submit" className="button primary" disabled={add.isPending}>
          Add the question
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </p>
      {add.error ? (
        <p id="add-question-error" className="form-error" role="alert">
          {add.error.message}
        </p>
      ) : null}
    </form>
  );
}
