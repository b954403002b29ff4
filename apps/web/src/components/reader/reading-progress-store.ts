"use client";

import { useSyncExternalStore } from "react";
import type { useReadingProgress } from "./use-reading-progress";

/**
 * The reader's progress as the page shows it, published by the tracker (loaded after first paint, with the
 * data client) and read by the small status parts the server-rendered page places around the text.
 */
export type ReadingProgressState = Omit<ReturnType<typeof useReadingProgress>, "loading">;

const EMPTY: ReadingProgressState = { progress: null, restored: null, saveError: null };
let state = EMPTY;
const listeners = new Set<() => void>();

export function publishReadingProgress(next: ReadingProgressState | null): void {
  state = next ?? EMPTY;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Nothing is known on the server or before the tracker has loaded: the page shows "unread" until then. */
export function useReadingProgressState(): ReadingProgressState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => EMPTY,
  );
}
