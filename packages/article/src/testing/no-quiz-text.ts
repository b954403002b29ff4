/**
 * A short, real text with no figures, dates, names or quotations: nothing the question engine can ask about, so it
 * has no quiz (the api's quiz-availability test checks the engine gives no question on it). For the tests of what the
 * app shows a text with no quiz.
 */
export const NO_QUIZ_TEXT = [
  "A quiet afternoon in the garden",
  "The garden was calm and green after the rain.",
  "Some birds sang in the tall trees, and a cat slept in the warm grass.",
  "Later the wind rose a little, and the leaves moved softly over the path.",
].join("\n\n");
