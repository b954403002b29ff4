"use client";

import { OptionList } from "./option-list";

/** Longest typed answer the server accepts (MAX_RESPONSE_LENGTH in @newsquiz/api, not imported into the browser). */
const MAX_TYPED_ANSWER = 200;

/**
 * Where a question is answered, in the quiz and in the review session alike: its options as a numbered radio
 * group, or, for a fill-in-the-blank question, a text field labelled by the prompt.
 */
export function AnswerInput({
  id,
  prompt,
  options,
  choice,
  onPick,
  text,
  onText,
  onBlur,
  inputRef,
}: {
  /** Unique on the page: names the radio group and the text field. */
  id: string;
  prompt: string;
  options: readonly string[] | null | undefined;
  choice: string | null | undefined;
  onPick: (option: string) => void;
  text: string;
  onText: (text: string) => void;
  onBlur?: () => void;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  if (options) return <OptionList name={`${id}-answer`} prompt={prompt} options={options} value={choice} onPick={onPick} />;
  return (
    <div className="quiz-cloze">
      <label htmlFor={`${id}-cloze`} className="quiz-prompt">
        {prompt}
      </label>
      <input
        ref={inputRef}
        id={`${id}-cloze`}
        type="text"
        inputMode="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={MAX_TYPED_ANSWER}
        placeholder="Type the missing words"
        value={text}
        onChange={(e) => onText(e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
