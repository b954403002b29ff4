"use client";

import { useCallback, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/trpc/react";

export type SaveState = "saving" | "saved" | "retrying" | "failed";
/** Waits between retries of an answer that could not be saved (a lost connection). */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 8000, 8000];
/** Errors that retrying cannot fix: the server understood the request and refused it. */
const FINAL_CODES = new Set(["BAD_REQUEST", "NOT_FOUND", "CONFLICT", "UNAUTHORIZED", "FORBIDDEN"]);

export const errorCode = (e: unknown): string | undefined =>
  e instanceof TRPCClientError ? (e.data as { code?: string } | undefined)?.code : undefined;
export const errorMessage = (e: unknown): string => (e instanceof Error && e.message ? e.message : "Something went wrong. Please try again.");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Saves a quiz's answers as they are given: each save retries while the connection is down, only the latest
 * response to a question counts, and `saveAll` sends again whatever is not saved yet (before a submit).
 */
export function useAnswerSaver(attemptId: string | null) {
  const trpc = useTRPC();
  const answer = useMutation(trpc.attempt.answer.mutationOptions());
  const [saveState, setSaveState] = useState<Record<string, SaveState>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef(new Map<string, Promise<boolean>>());
  const latest = useRef(new Map<string, number>());
  /** The save state as of now (state in a closure may be a render behind). */
  const status = useRef(new Map<string, SaveState>());

  /** Saves one response, retrying while the connection is down; resolves true once the server has it. */
  const saveAnswer = useCallback(
    (questionId: string, response: string): Promise<boolean> => {
      if (!attemptId) return Promise.resolve(false);
      const seq = (latest.current.get(questionId) ?? 0) + 1;
      latest.current.set(questionId, seq);
      const isLatest = () => latest.current.get(questionId) === seq;
      const mark = (s: SaveState) => {
        if (!isLatest()) return;
        status.current.set(questionId, s);
        setSaveState((m) => ({ ...m, [questionId]: s }));
      };
      mark("saving");
      const run = (async () => {
        for (let n = 0; ; n++) {
          try {
            await answer.mutateAsync({ attemptId, questionId, response });
            mark("saved");
            if (isLatest()) setSaveError(null);
            return true;
          } catch (e) {
            if (!isLatest()) return false;
            const code = errorCode(e);
            if ((code && FINAL_CODES.has(code)) || n >= RETRY_DELAYS_MS.length) {
              mark("failed");
              setSaveError(code && FINAL_CODES.has(code) ? errorMessage(e) : "Your answer could not be saved. Check your connection and try again.");
              return false;
            }
            mark("retrying");
            await sleep(RETRY_DELAYS_MS[n] ?? 8000);
            if (!isLatest()) return false;
          }
        }
      })();
      pending.current.set(questionId, run);
      return run;
    },
    [attemptId, answer],
  );

  /** Waits for saves on their way, then sends again every answer not saved; true once all are saved. */
  const saveAll = useCallback(
    async (answers: Record<string, string>): Promise<boolean> => {
      await Promise.all(pending.current.values());
      const unsaved = Object.entries(answers).filter(([id]) => status.current.has(id) && status.current.get(id) !== "saved");
      const results = await Promise.all(unsaved.map(([id, r]) => saveAnswer(id, r)));
      return results.every(Boolean);
    },
    [saveAnswer],
  );

  return { saveAnswer, saveAll, saveState, saveError };
}
