// Test support (scores-review.test.ts), not used by the app: answers a review item from a worker thread with its
// own database client, as a second app process would. It stops before its write, says so, and goes on only when
// the test says "go", so both answers have found the item due before either moves it.
import { parentPort, workerData } from "node:worker_threads";
import { createDb, type Db } from "@newsquiz/db";
import { answerReviewItem } from "./answer-review";

interface ReviewRace {
  url: string;
  userId: string;
  itemId: string;
  response: string;
  /** The answer's time, as milliseconds since the epoch. */
  at: number;
}

export async function runReviewRace(): Promise<void> {
  const { url, userId, itemId, response, at } = workerData as ReviewRace;
  const db = createDb({ url });
  const go = new Promise<void>((resolve) => parentPort?.once("message", () => resolve()));
  const held = holdWrites(db, async () => {
    parentPort?.postMessage({ arrived: true });
    await go;
  });
  try {
    const result = await answerReviewItem(held, { userId, itemId, response }, new Date(at));
    parentPort?.postMessage({ result: { correct: result.correct, box: result.box } });
  } catch (error) {
    parentPort?.postMessage({ error: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code } });
  } finally {
    await db.$disconnect();
  }
}

/** `db` whose `reviewItem.updateMany` first awaits `before` (the moment both racers have read the item). */
export function holdWrites(db: Db, before: () => Promise<void>): Db {
  const items = new Proxy(db.reviewItem, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== "updateMany" || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await before();
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return new Proxy(db, { get: (target, prop, receiver) => (prop === "reviewItem" ? items : Reflect.get(target, prop, receiver)) });
}
