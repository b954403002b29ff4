import { z } from "zod";

/** Bumped whenever the same article and seed would give a different quiz. Stored with each quiz. */
export const ENGINE_VERSION = "2.14.52";

export const questionTypeSchema = z.enum(["choice", "true-false", "cloze", "who-said", "headline", "meaning"]);
export type QuestionType = z.infer<typeof questionTypeSchema>;
export const QUESTION_TYPES: readonly QuestionType[] = questionTypeSchema.options;

export const factKindSchema = z.enum([
  "number",
  "date",
  "date-range",
  "percent",
  "money",
  "duration",
  "person",
  "place",
  "organisation",
  "quote",
  "headline",
  "concept",
  /** A reason the article gives ("X because Y", "due to", "led to"): see question-types/cause.ts. */
  "cause",
  /** What the article says a person is ("an analyst at …"): see question-types/role.ts. */
  "role",
  /** A term the text defines ("Homeostasis is a state of equilibrium …"): see question-types/definition.ts. */
  "definition",
  /** A sentence of the text asked true or false as written or with its word of direction turned round: see question-types/statement.ts. */
  "statement",
  /** An item of a list the text counts ("three basic types: …"), blanked: see question-types/list.ts. */
  "list",
  /** A term the text names ("… is called intramembranous bone."), blanked: see question-types/term.ts. */
  "term",
  /** A word of the text whose meaning is asked (vocabulary in context): see question-types/meaning.ts. */
  "vocabulary",
]);
export type FactKind = z.infer<typeof factKindSchema>;

/** Where a question's answer is written: paragraph and sentence indexes, and UTF-16 offsets into that sentence's text. */
export const evidenceSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** How hard a question is estimated to be (see difficulty.ts); quizzes made before engine 2.2 carry none. */
export const difficultySchema = z.enum(["easy", "medium", "hard"]);
export type Difficulty = z.infer<typeof difficultySchema>;

/** What the server may send before the reader answers: nothing here reveals the answer. */
export const publicQuestionSchema = z.object({
  id: z.string().min(1),
  type: questionTypeSchema,
  prompt: z.string().min(1),
  /** Absent for cloze (typed answer). */
  options: z.array(z.string().min(1)).min(2).max(4).optional(),
  kind: factKindSchema,
  difficulty: difficultySchema.optional(),
});
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;

/** The secret half of a question: kept on the server until the reader has answered. */
export const answerKeyEntrySchema = z.object({
  type: questionTypeSchema,
  /** The text of the correct option; "true"/"false" for true-false; the expected words for cloze. */
  answer: z.string().min(1),
  /** Other spellings accepted for cloze (e.g. a surname alone); compared after normalisation. */
  accept: z.array(z.string().min(1)).optional(),
  evidence: evidenceSchema,
  explanation: z.string().min(1),
});
export type AnswerKeyEntry = z.infer<typeof answerKeyEntrySchema>;

export const quizSchema = z.object({
  engineVersion: z.string().min(1),
  seed: z.number().int(),
  articleSlug: z.string().optional(),
  questions: z.array(publicQuestionSchema).max(40),
  answerKey: z.record(z.string(), answerKeyEntrySchema),
  /** Why the quiz is empty or shorter than asked (e.g. "no usable facts"). */
  reason: z.string().optional(),
});
export type Quiz = z.infer<typeof quizSchema>;

/** A question joined with its key: what results pages and the CLI show. */
export type FullQuestion = PublicQuestion & AnswerKeyEntry;

/** The difficulty a quiz asks for (an option), as against a question's own estimate (`Difficulty`). */
export const quizDifficultySchema = z.enum(["easy", "mixed", "hard"]);
export type QuizDifficulty = z.infer<typeof quizDifficultySchema>;

export const quizOptionsSchema = z.object({
  count: z.number().int().min(1).max(40).default(10),
  seed: z.number().int().default(1),
  /**
   * Default: every type but "headline" and "meaning" — the quiz page shows the article's headline above every question,
   * so "which headline fits this article?" would be answered by the page itself (ask for it where the headline is
   * hidden); a word's meaning tests English, not the article (blind readers passed 32 % of such lines, reading VA:
   * packages/quiz/README.md), so it is asked only where a teacher or a learner asks for vocabulary.
   */
  types: z.array(questionTypeSchema).min(1).default(questionTypeSchema.options.filter((t) => t !== "headline" && t !== "meaning")),
  /**
   * "mixed" (the default) asks the main points first, whatever their difficulty; "easy" and "hard" prefer questions
   * estimated so (difficulty.ts) — a retake can ask for harder questions, a teacher can set it for a class.
   */
  difficulty: quizDifficultySchema.default("mixed"),
});

export type QuizOptions = z.input<typeof quizOptionsSchema>;

export const MAX_QUESTIONS = 40;
