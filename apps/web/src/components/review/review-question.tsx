"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { PublicQuestion } from "@newsquiz/quiz";
import { OptionList } from "@/components/quiz/option-list";

const TYPE_LABEL: Record<PublicQuestion["type"], string> = {
  choice: "Pick one",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  "who-said": "Who said it?",
  headline: "Which headline fits?",
};

/**
 * One review question, answered like in a quiz (same look as components/quiz/quiz-runner.tsx, whose option
 * markup is not a separate component): number keys pick an option, Enter checks; a cloze is typed, Enter checks.
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

  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    keyHandler.current = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      const tag = t?.tagName;
      const typing = (tag === "INPUT" && (t as HTMLInputElement).type === "text") || tag === "TEXTAREA" || tag === "SELECT" || t?.isContentEditable;
      if (typing) return;
      if (options && /^[1-9]$/.test(e.key)) {
        const option = options[Number(e.key) - 1];
        if (option !== undefined) {
          e.preventDefault();
          setChoice(option);
        }
      } else if (e.key === "Enter" && tag !== "BUTTON" && tag !== "A" && response && !busy) {
        e.preventDefault();
        onAnswer(response);
      }
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keyHandler.current(e);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (response && !busy) onAnswer(response);
      }}
    >
      <p className="quiz-kicker" ref={promptRef} tabIndex={-1}>
        {TYPE_LABEL[question.type]}
      </p>
      {options ? (
        <OptionList name={`${id}-answer`} prompt={question.prompt} options={options} value={choice} onPick={setChoice} />
      ) : (
        <div className="quiz-cloze">
          <label htmlFor={`${id}-cloze`} className="quiz-prompt">
            {question.prompt}
          </label>
          <input
            ref={clozeRef}
            id={`${id}-cloze`}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={200}
            placeholder="Type the missing words"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
      )}
      <p className="quiz-hint">{options ? `Keys 1–${options.length} pick an answer; Enter checks it.` : "Type your answer and press Enter."}</p>
      <div className="quiz-actions">
        <button type="submit" className="button primary" disabled={!response || busy}>
          {busy ? "Checking…" : "Check answer"}
        </button>
      </div>
    </form>
  );
}
