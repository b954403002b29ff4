import type { Db } from "@newsquiz/db";

export interface MoveGuestDataOptions {
  /** Delete the guest user in the same transaction, once everything is moved (what signing up does). */
  deleteGuest?: boolean;
}

/**
 * Moves everything a guest did to the account they just signed up for or signed in to, in one transaction.
 * Where both have a row that must be unique per user (progress on an article, a flag on a question, a review
 * item), the two are merged rather than one being lost.
 *
 * With `deleteGuest`, the guest user is deleted in that same transaction, and the transaction's first statement
 * locks the guest's row (it rewrites its unique email: SQLite makes this transaction the only writer, PostgreSQL
 * takes the row lock that a row pointing at the guest must wait for). So a write made on the guest's cookie while
 * they sign up either lands before the move, and is moved, or waits and then fails because the guest is gone; it
 * is never moved-past and then deleted with the guest, which happened when the guest was deleted afterwards.
 */
export async function moveGuestData(db: Db, { guestId, userId }: { guestId: string; userId: string }, options: MoveGuestDataOptions = {}): Promise<void> {
  if (guestId === userId) return;
  await db.$transaction(async (tx) => {
    if (options.deleteGuest) {
      await tx.user.updateMany({ where: { id: guestId, isAnonymous: true }, data: { email: `merging-${guestId}@guest.newsquiz.invalid` } });
    }
    for (const p of await tx.readingProgress.findMany({ where: { userId: guestId } })) {
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

    await tx.attempt.updateMany({ where: { userId: guestId }, data: { userId } });
    await tx.quiz.updateMany({ where: { createdById: guestId }, data: { createdById: userId } });
    await tx.article.updateMany({ where: { ownerId: guestId }, data: { ownerId: userId } });

    for (const flag of await tx.questionFlag.findMany({ where: { userId: guestId } })) {
      const existing = await tx.questionFlag.findUnique({ where: { questionKey_userId: { questionKey: flag.questionKey, userId } } });
      if (existing) await tx.questionFlag.delete({ where: { id: flag.id } });
      else await tx.questionFlag.update({ where: { id: flag.id }, data: { userId } });
    }

    for (const item of await tx.reviewItem.findMany({ where: { userId: guestId } })) {
      const existing = await tx.reviewItem.findUnique({ where: { userId_questionKey: { userId, questionKey: item.questionKey } } });
      if (!existing) {
        await tx.reviewItem.update({ where: { id: item.id }, data: { userId } });
        continue;
      }
      // Keep the lower box and the earlier due date: the question was missed by one of the two.
      await tx.reviewItem.update({
        where: { id: existing.id },
        data: {
          box: Math.min(existing.box, item.box),
          dueAt: existing.dueAt < item.dueAt ? existing.dueAt : item.dueAt,
          lastAnsweredAt: existing.lastAnsweredAt > item.lastAnsweredAt ? existing.lastAnsweredAt : item.lastAnsweredAt,
        },
      });
      await tx.reviewItem.delete({ where: { id: item.id } });
    }

    if (options.deleteGuest) await tx.user.deleteMany({ where: { id: guestId, isAnonymous: true } });
  });
}
