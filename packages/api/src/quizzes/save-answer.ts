import type { Db } from "@newsquiz/db";
import { notFound, UserFacingError } from "../errors";
import { loadOwnAttempt } from "./get-attempt";
import { MAX_RESPONSE_LENGTH } from "./quiz-config";
import { readStoredQuiz, type StoredQuestion } from "./stored-quiz";

export interface SaveAnswerInput {
  attemptId: string;
  questionId: string;
  /** Option text (choice, who-said, headline), "True"/"False", or the typed words of a cloze. */
  response: string;
}

export interface SavedAnswerView {
  questionId: string;
  response: string;
  answeredAt: Date;
}

export const alreadySubmitted = () => new UserFacingError("CONFLICT", "This quiz was already submitted, so its answers can no longer be changed.");

/** The response as stored: one of the question's options exactly, or the trimmed typed words. */
function normalizeResponse(q: StoredQuestion, response: string): string {
  const text = response.trim().replace(/\s+/g, " ");
  if (q.options) {
    const option = q.options.find((o) => o === text) ?? q.options.find((o) => o.toLowerCase() === text.toLowerCase());
    if (!option) throw new UserFacingError("BAD_REQUEST", "Please pick one of the question's options.");
    return option;
  }
  if (text.length === 0) throw new UserFacingError("BAD_REQUEST", "Please type an answer first.");
  if (text.length > MAX_RESPONSE_LENGTH) throw new UserFacingError("BAD_REQUEST", `An answer can be at most ${MAX_RESPONSE_LENGTH} characters.`);
  return text;
}

/**
 * Saves (or replaces) the user's response to one question of their attempt in progress, so a reload resumes.
 * Someone else's attempt is "not found"; a submitted one can't change.
 */
export async function saveAnswer(db: Db, userId: string, input: SaveAnswerInput): Promise<SavedAnswerView> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, { userId, attemptId: input.attemptId });
    if (attempt.submittedAt) throw alreadySubmitted();
    const question = readStoredQuiz(attempt.quiz).find((q) => q.id === input.questionId);
    if (!question) throw notFound("This question");
    const response = normalizeResponse(question, input.response);
    const answeredAt = new Date();
    const row = await tx.answer.upsert({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } },
      create: { attemptId: attempt.id, questionId: question.id, response, answeredAt },
      update: { response, answeredAt },
    });
    return { questionId: row.questionId, response: row.response, answeredAt: row.answeredAt };
  });
}
