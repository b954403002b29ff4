import type { Difficulty, PublicQuestion } from "@newsquiz/quiz";

const LEVELS: readonly Difficulty[] = ["easy", "medium", "hard"];

/**
 * How many questions of each estimated difficulty a quiz holds, in the order easy, medium, hard (levels with none
 * left out); null when a question has no estimate (quizzes stored before engine 2.2): a mix of some questions would
 * mislead.
 */
export function difficultyMixOf(questions: readonly Pick<PublicQuestion, "difficulty">[]): { level: Difficulty; count: number }[] | null {
  if (questions.length === 0 || questions.some((q) => !q.difficulty)) return null;
  return LEVELS.map((level) => ({ level, count: questions.filter((q) => q.difficulty === level).length })).filter((x) => x.count > 0);
}

/** "4 easy · 5 medium · 1 hard" (the house's meta separator): the mix of the quiz in words, the dots only beside them; nothing for unlabelled quizzes. */
export function DifficultyMix({ questions, className = "quiz-mix" }: { questions: readonly Pick<PublicQuestion, "difficulty">[]; className?: string }) {
  const mix = difficultyMixOf(questions);
  if (!mix) return null;
  return (
    <p className={className}>
      <span className="quiz-mix-label">Difficulty: </span>
      {mix.map(({ level, count }, i) => (
        <span key={level}>
          {i > 0 ? " · " : null}
          <span className={`difficulty-dot is-${level}`} aria-hidden="true" />
          {count} {level}
        </span>
      ))}
    </p>
  );
}

/** A question's own estimate, small beside its number ("Question 3 · hard"). */
export function DifficultyTag({ level }: { level: Difficulty | undefined }) {
  if (!level) return null;
  return (
    <span className={`difficulty-tag is-${level}`}>
      <span className="visually-hidden">, </span>
      {level}
    </span>
  );
}
