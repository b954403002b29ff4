import { randomBytes } from "node:crypto";
import { buildArticle, MAX_SLUG_LENGTH, slugify, type Article, type ArticleDraft } from "@newsquiz/article";
import { articleRowData, contentHashOf, Prisma, type Db } from "@newsquiz/db";
import { recordNoQuiz, storeQuiz } from "../quizzes";
import { ensureFirstQuiz, firstQuizFacts, prepareFirstQuiz, type FirstQuiz } from "./create-first-quiz";

export interface ImportedArticle {
  slug: string;
  headline: string;
  /** Questions in the quiz that is ready for it (0 when the engine found nothing to ask). */
  questionCount: number;
  /** Why there is no quiz, when questionCount is 0. */
  quizReason?: string;
  /** The same person had already imported this exact text: the article they have is returned. */
  alreadyImported: boolean;
}

/** Length of the random suffix every private article's slug ends with. */
const SUFFIX_LENGTH = 6;
const SLUG_ATTEMPTS = 5;

/** The text an imported article is identified by: headline and paragraphs, one per line. */
export function importedArticleText(article: Pick<Article, "headline" | "paragraphs">): string {
  return [article.headline, ...article.paragraphs.map((paragraph) => paragraph.text)].join("\n");
}

function randomSuffix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(SUFFIX_LENGTH)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

/**
 * A slug for a private article: the headline's slug plus a random suffix, always. Never the bare headline slug
 * when it happens to be free: which one you got would tell you whether someone else (privately) has an article
 * under that headline. A clash on the suffix is tried again with another.
 */
async function freeSlug(db: Db, headline: string): Promise<string> {
  const base = slugify(headline, MAX_SLUG_LENGTH - SUFFIX_LENGTH - 1);
  for (let i = 0; i < SLUG_ATTEMPTS; i += 1) {
    const slug = `${base}-${randomSuffix()}`;
    if (!(await db.article.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  throw new Error(`No free slug found for "${base}"`);
}

function quizFacts(quiz: FirstQuiz): Pick<ImportedArticle, "questionCount" | "quizReason"> {
  return quiz.reason ? { questionCount: quiz.questionCount, quizReason: quiz.reason } : { questionCount: quiz.questionCount };
}

function isSlugClash(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Stores a draft as `userId`'s private article under a slug of its own, with its first quiz, so the reader can
 * take it right away (or, when the engine finds nothing to ask, with the verdict that it has no quiz). The quiz is
 * made first (in a worker, under the time limit), then the article and the quiz (or the verdict) are written in
 * one transaction: a text the engine cannot finish (QuizTimeoutError) leaves nothing stored.
 * Importing the same text again returns the article already there (with a quiz made for it if the engine
 * changed). Throws ArticleParseError if the draft is not a valid article.
 */
export async function saveImportedArticle(db: Db, userId: string, draft: ArticleDraft): Promise<ImportedArticle> {
  const built = buildArticle({ ...draft, slug: undefined });
  const contentHash = contentHashOf(importedArticleText(built));

  const existing = await db.article.findFirst({
    where: { ownerId: userId, contentHash, deletedAt: null },
    select: { id: true, slug: true, headline: true },
  });
  if (existing) {
    const quiz = await ensureFirstQuiz(db, { ...built, slug: existing.slug, id: existing.id });
    return { slug: existing.slug, headline: existing.headline, ...quizFacts(quiz), alreadyImported: true };
  }

  // The questions do not depend on the slug, so the quiz is made once, before a slug is chosen.
  const firstQuiz = await prepareFirstQuiz(built);
  for (let attempt = 0; ; attempt += 1) {
    const article: Article = { ...built, slug: await freeSlug(db, built.headline) };
    try {
      await db.$transaction(async (tx) => {
        // create, never upsert: a clash on the slug (P2002) is tried again under another.
        const saved = await tx.article.create({ data: { slug: article.slug, ownerId: userId, ...articleRowData(article, contentHash) } });
        // the first quiz, or the verdict that the text has none: the library marks it before anyone opens it
        if (firstQuiz.prepared) await storeQuiz(tx, saved.id, firstQuiz.prepared, null);
        else await recordNoQuiz(tx, saved, firstQuiz.reason);
      });
      return { slug: article.slug, headline: article.headline, ...quizFacts(firstQuizFacts(firstQuiz)), alreadyImported: false };
    } catch (error) {
      if (isSlugClash(error) && attempt < SLUG_ATTEMPTS) continue;
      throw error;
    }
  }
}
