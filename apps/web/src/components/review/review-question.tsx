"use client";

import { useEffect, useId, useRef, useState } from "react";
import { QUESTION_TYPE_LABELS, type PublicQuestion } from "@newsquiz/quiz";
import { AnswerInput } from "@/components/quiz/answer-input";
import { useQuizKeys } from "@/components/quiz/use-quiz-keys";

/**
 * One review question, answered as in a quiz (the same answer input and keys as components/quiz/quiz-runner.tsx):
 * number keys pick an option, Enter checks; a cloze is typed, Enter checks.
 */
export function ReviewQuestionForm({ question, busy, onAnswer }: { question: PublicQuestion; busy: boolean; onAnswer: (response: string) => void }) {
  const [choice, setChoice] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const promptRef = useRef<HTMLParagraphElement>(null);
  const clozeRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const options = question.options;
  const response = options ? choice : typed.trim() || null;

  // Focus lands on the new question, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (options) promptRef.current?.focus();
    else clozeRef.current?.focus();
  }, [options]);

  useQuizKeys({
    options,
    onPick: setChoice,
    onEnter: () => {
      if (response && !busy) onAnswer(response);
    },
  });

  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (response && !busy) onAnswer(response);
      }}
    >
      <p className="quiz-kicker" ref={promptRef} tabIndex={-1}>
        {QUESTION_TYPE_LABELS[question.type].instruction}
      </p>
      <AnswerInput id={id} prompt={question.prompt} options={options} choice={choice} onPick={setChoice} text={typed} onText={setTyped} inputRef={clozeRef} />
      <p className="quiz-hint">{options ? `Keys 1–${options.length} pick an answer; Enter checks it.` : "Type your answer and press Enter."}</p>
      <div className="quiz-actions">
        <button type="submit" className="button primary" disabled={!response || busy}>
          {busy ? "Checking…" : "Check answer"}
        </button>
      </div>
    </form>
  );
}
