"use client";

import { useId, useState } from "react";

/** An acronym with its expansion: shown on hover, keyboard focus and tap; read out as a description. */
export function GlossaryTerm({ term, expansion }: { term: string; expansion: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="term-wrap">
      <button
        type="button"
        className="term"
        aria-describedby={id}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      >
        {term}
      </button>
      <span role="tooltip" id={id} className="term-tip">
        {expansion}
      </span>
    </span>
  );
}
