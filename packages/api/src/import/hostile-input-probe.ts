// Test support for hostile-input.test.ts: runs on a worker thread, where class identity of errors is lost, so
// it reports results as plain data. Not used by the app.
import { ArticleParseError } from "@newsquiz/article";
import { draftFromFile, type FileInput } from "./draft-from-file";
import { ImportError } from "./import-error";

export function probeDraftFromFile(input: FileInput): { ok: boolean; bytes?: number; code?: string } {
  try {
    const draft = draftFromFile(input);
    const bytes = [draft.headline, ...draft.paragraphs].reduce((n, p) => n + Buffer.byteLength(p, "utf8") + 1, 0);
    return { ok: true, bytes };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: "ImportError" };
    if (error instanceof ArticleParseError) return { ok: false, code: "ArticleParseError" };
    throw error;
  }
}
