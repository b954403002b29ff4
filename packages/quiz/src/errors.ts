/** The one error the quiz engine throws: bad options or an article that is not an Article. */
export class QuizInputError extends Error {
  override readonly name = "QuizInputError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
