"use client";

import { useEffect } from "react";

/**
 * On a phone each row of library filters is one line that scrolls sideways; this brings the chosen filter of
 * each row into view when the page opens (otherwise "Longest" could be chosen and hidden past the edge).
 */
export function ShowCurrentChips() {
  useEffect(() => {
    for (const row of document.querySelectorAll<HTMLElement>(".chip-row")) {
      const current = row.querySelector<HTMLElement>('[aria-current="page"]');
      if (current && row.scrollWidth > row.clientWidth && current.offsetLeft + current.offsetWidth > row.clientWidth) {
        row.scrollLeft = current.offsetLeft - row.offsetLeft - 16;
      }
    }
  }, []);
  return null;
}
