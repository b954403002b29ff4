"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import { ImportStatus } from "./import-status";
import { useOpenImported } from "./use-open-imported";

export function AddressForm() {
  const trpc = useTRPC();
  const open = useOpenImported();
  const [localError, setLocalError] = useState<string | null>(null);
  const fetchPage = useMutation(trpc.import.url.mutationOptions({ onSuccess: open }));
  const error = localError ?? fetchPage.error?.message ?? null;
  const busy = fetchPage.isPending || fetchPage.isSuccess;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("url") ?? "").trim();
    setLocalError(null);
    if (url === "") return setLocalError("Type the page's address first.");
    fetchPage.mutate({ url });
  }

  return (
    <form className="form-stack" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="import-url">Page address</label>
        <input
          id="import-url"
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          maxLength={2048}
          placeholder="https://news.example/2024/10/story"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "url-hint url-error" : "url-hint"}
        />
        <p id="url-hint" className="field-hint">
          The server fetches the page (10 s at most) and keeps only the article: headline, paragraphs, author, publisher, date and address.
        </p>
      </div>
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Importing…" : "Fetch and import"}
        </button>
      </div>
      <ImportStatus id="url-error" pending={fetchPage.isPending} pendingText="Fetching the page, finding the article and making its quiz…" error={error} done={fetchPage.isSuccess ? "Imported. Opening the article…" : null} />
    </form>
  );
}
