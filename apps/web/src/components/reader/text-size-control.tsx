"use client";

import { useEffect, useState } from "react";
import { DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE as MAX, MIN_TEXT_SIZE as MIN, TEXT_SIZE_KEY } from "@/lib/preferences";


/** Text size for the article body, remembered in this browser. */
export function TextSizeControl() {
  const [size, setSize] = useState<number>(DEFAULT_TEXT_SIZE);
  useEffect(() => {
    const current = Number(document.documentElement.dataset.textSize);
    if (current >= MIN && current <= MAX) setSize(current);
  }, []);
  const apply = (next: number) => {
    const clamped = Math.min(MAX, Math.max(MIN, next));
    document.documentElement.dataset.textSize = String(clamped);
    localStorage.setItem(TEXT_SIZE_KEY, String(clamped));
    setSize(clamped);
  };
  return (
    <div className="tool-group" role="group" aria-label="Text size">
      <button type="button" className="icon-button" onClick={() => apply(size - 1)} disabled={size <= MIN} title="Smaller text">
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <span className="visually-hidden" aria-live="polite">
        Text size {size} of {MAX}
      </span>
      <button type="button" className="icon-button" onClick={() => apply(size + 1)} disabled={size >= MAX} title="Larger text">
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
    </div>
  );
}
