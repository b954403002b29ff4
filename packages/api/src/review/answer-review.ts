import type { Db } from "@newsquiz/db";
import { gradeAnswer, type Evidence } from "@newsquiz/quiz";
import { notFound, UserFacingError } from "../errors";
import { findReviewQuestion } from "./due-items";
import { scheduleAfterAnswer } from "./leitner";

export interface ReviewAnswerResult {
  correct: boolean;
  /** The expected answer ("true"/"false" for true-false questions). */
  answer: string;
  explanation: string;
  evidence: Evidence;
  articleSlug: string;
  articleHeadline: string;
  /** `/articles/<slug>#s-<paragraph>-<sentence>`: the reader opened on the evidence sentence. */
  evidenceHref: string;
  /** The item's new Leitner box and when it is asked again. */
  box: number;
  nextDueAt: Date;
}

/**
 * Grades a reader's answer to a due review question and moves it on the Leitner schedule: right → up a box,
 * wrong → back to box 1. Only the reader's own items are found; anyone else's id is "not found".
 * The answer, explanation and evidence are revealed only here, after the reader has answered.
 */
export async function answerReviewItem(db: Db, { userId, itemId, response }: { userId: string; itemId: string; response: string }, now = new Date()): Promise<ReviewAnswerResult> {
  const item = await db.reviewItem.findFirst({
    where: { id: itemId, userId },
    select: {
      id: true,
      box: true,
      dueAt: true,
      questionKey: true,
      quiz: { select: { id: true, questions: true, answerKey: true, article: { select: { slug: true, headline: true, deletedAt: true } } } },
    },
  });
  if (!item || item.quiz.article.deletedAt) throw notFound("This review question");
  const question = findReviewQuestion(item.quiz, item.questionKey);
  if (!question) throw notFound("This review question");
  const key = question.key;
  if (item.dueAt > now) {
    throw new UserFacingError("CONFLICT", "This question is not due for review yet — it has already been answered in this round.");
  }
  const graded = gradeAnswer(key, response);
  const next = scheduleAfterAnswer(item.box, graded.correct, now);
  // Only the first of two simultaneous answers moves the item: the other finds it no longer due.
  const { count } = await db.reviewItem.updateMany({
    where: { id: item.id, userId, dueAt: { lte: now } },
    data: { box: next.box, dueAt: next.dueAt, lastAnsweredAt: now },
  });
  if (count === 0) throw new UserFacingError("CONFLICT", "This question was just answered in another tab.");
  return {
    correct: graded.correct,
    answer: graded.answer,
    explanation: graded.explanation,
    evidence: key.evidence,
    articleSlug: item.quiz.article.slug,
    articleHeadline: item.quiz.article.headline,
    evidenceHref: `/articles/${item.quiz.article.slug}#s-${key.evidence.paragraph}-${key.evidence.sentence}`,
    box: next.box,
    nextDueAt: next.dueAt,
  };
}
