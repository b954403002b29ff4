/**
 * A question's options as a radio group, each with the number key that picks it (the quiz and the review
 * session listen for 1–4 themselves).
 */
export function OptionList({ name, prompt, options, value, onPick }: { name: string; prompt: string; options: readonly string[]; value: string | null | undefined; onPick: (option: string) => void }) {
  return (
    <fieldset className="quiz-options">
      <legend className="quiz-prompt">{prompt}</legend>
      {options.map((option, i) => (
        <label key={option} className="quiz-option">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onPick(option)} />
          <span className="quiz-option-key" aria-hidden="true">
            {i + 1}
          </span>
          <span className="quiz-option-text">{option}</span>
        </label>
      ))}
    </fieldset>
  );
}
