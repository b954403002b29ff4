import Link from "next/link";
import type { NoQuizReason } from "@newsquiz/api/errors";

/** Why a text has no quiz, in the reader's words (the engine's own reason stays on the server). */
export const NO_QUIZ_TITLE = "No quiz for this text";
/** The same, on a library card or in a list of articles to pick from. */
export const NO_QUIZ_CARD_LABEL = "No quiz";
export const NO_QUIZ_EXPLANATION =
  "newsquiz only asks about facts a text states — figures, dates, names, who said what — and found none here it could ask about fairly. Interviews and textbook sections often have few.";

/**
 * On the reader page, in place of "Take the quiz": says plainly, before the reader clicks anything, that this
 * text has no quiz and why. Plain markup (no state), so the static reader page renders it as it is.
 */
export function NoQuizNote({ compact = false }: { compact?: boolean }) {
  if (compact) return <p className="no-quiz-note is-compact">{NO_QUIZ_TITLE}</p>;
  return (
    <div className="no-quiz-note" data-testid="no-quiz">
      <p>
        <strong>{NO_QUIZ_TITLE}.</strong> {NO_QUIZ_EXPLANATION} You can still read it.
      </p>
    </div>
  );
}

/**
 * The quiz page of a text with no quiz (reached directly, or told so when the quiz was asked for): what happened
 * and where to go. No "Try again": the answer would be the same.
 * `reason` "all-flagged": every question the text gives was flagged (`message` is the server's readable words).
 */
export function NoQuizState({ slug, reason = "no-questions", message }: { slug: string; reason?: NoQuizReason; message?: string }) {
  return (
    <div className="state-page" role="status" data-testid="no-quiz">
      <h2>{reason === "all-flagged" ? "No quiz to take" : NO_QUIZ_TITLE}</h2>
      <p>{reason === "all-flagged" && message ? message : `${NO_QUIZ_EXPLANATION} You can still read it.`}</p>
      <p className="quiz-actions">
        <Link href={`/articles/${slug}`} className="button primary">
          Read the article
        </Link>
        <Link href="/" className="button">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
