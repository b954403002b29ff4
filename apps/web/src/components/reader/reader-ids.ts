/** Element ids the reader page is built on, shared by its server-rendered text and its browser parts. */

/** `s-<paragraph>-<sentence>`: the anchor a quiz's evidence link points at (`#s-3-0`). */
export const sentenceId = (paragraph: number, sentence: number) => `s-${paragraph}-${sentence}`;
/** The element holding the article's paragraphs (reading progress and read-aloud find them by it). */
export const ARTICLE_BODY_ID = "article-body";
/** The line after the article: reaching it marks the article finished. */
export const ARTICLE_END_ID = "article-end";
