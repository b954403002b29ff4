import { isArticleParseError, parseArticleText } from "@newsquiz/article";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { quizSchema } from "../quiz-schema";

/** What hostile-text.test.ts checks of a quiz made from a text, as plain data (it runs on a worker thread). */
export function quizSummary(text: string): { parsed: boolean; questions: number; valid: boolean; evidenceInText: boolean } {
  let article;
  try {
    article = parseArticleText(text);
  } catch (error) {
    if (isArticleParseError(error)) return { parsed: false, questions: 0, valid: true, evidenceInText: true };
    throw error;
  }
  const quiz = makeQuiz(article, { count: 40, seed: 1 });
  const sentences = new Set(article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  return {
    parsed: true,
    questions: quiz.questions.length,
    valid: quizSchema.safeParse(quiz).success,
    evidenceInText: joinAnswerKey(quiz).every((q) => sentences.has(q.evidence.text)),
  };
}
