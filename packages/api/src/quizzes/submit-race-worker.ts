// Test support (quiz-router.test.ts), not used by the app: submits an attempt from a worker thread with its
// own database client, as a second app process would. It stops before its write transaction, says so, and
// goes on only when the test says "go", so both submits have read and graded the attempt before either writes.
import { parentPort, workerData } from "node:worker_threads";
import { createDb, type Db, type Prisma } from "@newsquiz/db";
import { submitAttempt } from "./submit-attempt";

interface SubmitRace {
  url: string;
  userId: string;
  attemptId: string;
  /** The submit time, as milliseconds since the epoch. */
  at: number;
}

export async function runSubmitRace(): Promise<void> {
  const { url, userId, attemptId, at } = workerData as SubmitRace;
  const db = createDb({ url });
  const go = new Promise<void>((resolve) => parentPort?.once("message", () => resolve()));
  const held = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return async (writes: Prisma.PrismaPromise<unknown>[]) => {
        parentPort?.postMessage({ arrived: true });
        await go;
        return target.$transaction(writes);
      };
    },
  }) as Db;
  try {
    const result = await submitAttempt(held, { userId, attemptId }, () => new Date(at));
    parentPort?.postMessage({ result });
  } catch (error) {
    parentPort?.postMessage({ error: String(error) });
  } finally {
    await db.$disconnect();
  }
}
