"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";

/** The owner's Delete control on an imported article: asks once, then removes it and goes to the library. */
export function DeleteArticleButton({ slug, headline }: { slug: string; headline: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const remove = useMutation(
    trpc.import.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() });
        router.push("/");
        router.refresh();
      },
    }),
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="owner-bar">
        <span className="status imported">Imported by you · only you can see it</span>
        <button ref={openRef} type="button" className="button small" onClick={() => setConfirming(true)}>
          Delete this article
        </button>
      </div>
    );
  }
  return (
    <div className="owner-bar confirm" role="group" aria-labelledby={titleId}>
      <p id={titleId}>
        Delete “{headline}”? It leaves your library; your past scores on it stay in Scores.
      </p>
      <div className="owner-actions">
        <button ref={confirmRef} type="button" className="button small danger" disabled={remove.isPending} onClick={() => remove.mutate({ slug })}>
          {remove.isPending ? "Deleting…" : "Yes, delete it"}
        </button>
        <button
          type="button"
          className="button small"
          disabled={remove.isPending}
          onClick={() => {
            setConfirming(false);
            remove.reset();
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          Cancel
        </button>
      </div>
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
    </div>
  );
}
