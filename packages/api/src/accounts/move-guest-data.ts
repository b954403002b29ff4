import type { Db } from "@newsquiz/db";

/**
 * Moves everything a guest did to the account they just signed up for or signed in to, in one transaction.
 * Reading progress merges: where both have progress on the same article, the further point wins.
 */
export async function moveGuestData(db: Db, guestId: string, userId: string): Promise<void> {
  if (guestId === userId) return;
  await db.$transaction(async (tx) => {
    const guestProgress = await tx.readingProgress.findMany({ where: { userId: guestId } });
    for (const p of guestProgress) {
      const existing = await tx.readingProgress.findUnique({ where: { userId_articleId: { userId, articleId: p.articleId } } });
      if (!existing) {
        await tx.readingProgress.update({ where: { id: p.id }, data: { userId } });
        continue;
      }
      await tx.readingProgress.update({
        where: { id: existing.id },
        data: {
          furthestParagraph: Math.max(existing.furthestParagraph, p.furthestParagraph),
          furthestRatio: Math.max(existing.furthestRatio, p.furthestRatio),
          finishedAt: existing.finishedAt ?? p.finishedAt,
        },
      });
      await tx.readingProgress.delete({ where: { id: p.id } });
    }
  });
}
