"use client";

import { useEffect, useRef } from "react";

/** True while the reader types in a field (keys then belong to the field). */
function isTyping(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  const tag = t?.tagName;
  return (tag === "INPUT" && (t as HTMLInputElement).type === "text") || tag === "TEXTAREA" || tag === "SELECT" || Boolean(t?.isContentEditable);
}

/**
 * The keyboard of a question, on the whole page (the quiz and the review session): number keys 1–9 pick an
 * option, Enter confirms (not while typing in a field, and not on a focused button or link, which Enter
 * presses itself). Off while `enabled` is false.
 */
export function useQuizKeys({ options, onPick, onEnter, enabled = true }: { options: readonly string[] | null | undefined; onPick: (option: string) => void; onEnter: () => void; enabled?: boolean }): void {
  const handler = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    handler.current = (e: KeyboardEvent) => {
      if (!enabled || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (options && /^[1-9]$/.test(e.key)) {
        const option = options[Number(e.key) - 1];
        if (option !== undefined) {
          e.preventDefault();
          onPick(option);
        }
      } else if (e.key === "Enter" && tag !== "BUTTON" && tag !== "A") {
        e.preventDefault();
        onEnter();
      }
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handler.current(e);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
