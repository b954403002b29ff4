"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import { ImportStatus } from "./import-status";
import { MAX_IMPORT_BYTES, useOpenImported } from "./use-open-imported";

export function PasteForm() {
  const trpc = useTRPC();
  const open = useOpenImported();
  const [localError, setLocalError] = useState<string | null>(null);
  const paste = useMutation(trpc.import.paste.mutationOptions({ onSuccess: open }));
  const error = localError ?? paste.error?.message ?? null;
  const busy = paste.isPending || paste.isSuccess;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const headline = String(form.get("headline") ?? "").trim();
    const text = String(form.get("text") ?? "");
    setLocalError(null);
    if (text.trim() === "") return setLocalError("Paste the article's text first.");
    if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return setLocalError("The text is too large: paste at most 200 KB");
    paste.mutate(headline ? { headline, text } : { text });
  }

  return (
    <form className="form-stack" onSubmit={onSubmit} aria-describedby={error ? "paste-error" : undefined}>
      <div className="field">
        <label htmlFor="paste-headline">Headline (optional)</label>
        <input id="paste-headline" name="headline" type="text" maxLength={300} autoComplete="off" aria-describedby="paste-headline-hint" />
        <p id="paste-headline-hint" className="field-hint">
          Leave it empty when the first line of the text is the headline.
        </p>
      </div>
      <div className="field">
        <label htmlFor="paste-text">Article text</label>
        <textarea
          id="paste-text"
          name="text"
          rows={12}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "paste-text-hint paste-error" : "paste-text-hint"}
        />
        <p id="paste-text-hint" className="field-hint">
          One paragraph per line, or paragraphs separated by blank lines. At most 200 KB.
        </p>
      </div>
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Importing…" : "Import and make the quiz"}
        </button>
      </div>
      <ImportStatus id="paste-error" pending={paste.isPending} pendingText="Reading the article and making its quiz…" error={error} done={paste.isSuccess ? "Imported. Opening the article…" : null} />
    </form>
  );
}
