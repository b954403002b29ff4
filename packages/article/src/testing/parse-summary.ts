import { parseArticleText } from "../parse-article";

/** What hostile-text.test.ts checks of a parsed text, as plain data (it runs on a worker thread). */
export function parseSummary(text: string): { ok: boolean; rejoined?: boolean; glossaryInText?: boolean; error?: string } {
  try {
    const article = parseArticleText(text);
    const rejoined = article.paragraphs.every((p) => p.sentences.every((s) => p.text.slice(s.start, s.end) === s.text));
    const glossaryInText = article.glossary.every((g) => text.includes(g.term) && text.includes(g.expansion));
    return { ok: true, rejoined, glossaryInText };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
