// Test support (accounts.test.ts), not used by the app: runs on a worker thread with its own database client
// and writes question flags for a guest, one after another, until told to stop; then reports which writes
// succeeded. better-sqlite3 waits for a lock synchronously, so the racing client must not share the test's thread.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "@newsquiz/db";

interface RaceWork {
  url: string;
  guestId: string;
  prefix: string;
}

export async function runGuestRaceWriter(): Promise<void> {
  const { url, guestId, prefix } = workerData as RaceWork;
  const db = createDb({ url });
  let stop = false;
  parentPort?.on("message", () => {
    stop = true;
  });
  const written: string[] = [];
  let failed = 0;
  let i = 0;
  const write = async () => {
    const questionKey = `${prefix}:${i++}`;
    try {
      await db.questionFlag.create({ data: { questionKey, userId: guestId, reason: "unclear" } });
      written.push(questionKey);
    } catch {
      failed += 1; // the guest is gone: the write was refused, not lost
    }
  };
  // One write lands before the test starts the sign-up, writes go on all through it, and one more is tried
  // after it: the race covers both sides of the merge by construction, not by timing.
  await write();
  parentPort?.postMessage({ ready: true });
  while (!stop) {
    await write();
    await new Promise((resolve) => setImmediate(resolve));
  }
  await write();
  await db.$disconnect();
  parentPort?.postMessage({ written, failed });
}
