import type { QuizDifficulty } from "@newsquiz/quiz";

/** The difficulty settings a teacher picks from, as the assign form words them (the api's quizDifficultySchema). */
export const QUIZ_DIFFICULTY_CHOICES: readonly { value: QuizDifficulty; label: string; hint: string }[] = [
  { value: "mixed", label: "Mixed", hint: "The article's main points first, whatever their difficulty." },
  { value: "easy", label: "Easier", hint: "More true-or-false, and facts from the opening of the text." },
  { value: "hard", label: "Harder", hint: "More typed answers, and facts from further into the text." },
];

/** "mixed difficulty", "easier questions", "harder questions": how an assignment's setting reads in a list. */
export function quizDifficultyLabel(difficulty: QuizDifficulty): string {
  return difficulty === "easy" ? "easier questions" : difficulty === "hard" ? "harder questions" : "mixed difficulty";
}
