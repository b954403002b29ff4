"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";

/**
 * A teacher removes an assignment: asks once (the confirm button takes the focus; Escape or Cancel go back to the
 * first button), then goes to the class page. What stays is said before, as the api keeps it: students' handed-in
 * quizzes stay in their own scores and in each student's history here, marked as from a removed assignment.
 */
export function RemoveAssignmentButton({ classId, assignmentId, headline }: { classId: string; assignmentId: string; headline: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const remove = useMutation(
    trpc.classes.deleteAssignment.mutationOptions({
      onSuccess: () => {
        router.push(`/classes/${classId}`);
        router.refresh();
      },
    }),
  );
  const busy = remove.isPending || remove.isSuccess;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    remove.reset();
    requestAnimationFrame(() => openRef.current?.focus());
  }

  if (!confirming) {
    return (
      <button ref={openRef} type="button" className="button" onClick={() => setConfirming(true)}>
        Remove the assignment
      </button>
    );
  }
  return (
    <div
      className="owner-bar confirm"
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !busy) cancel();
      }}
    >
      <p id={titleId}>
        Remove “{headline}” from the class? Students no longer see it as assigned, and this page goes away. Quizzes they handed in stay in their own scores, and in
        each student&apos;s history here, marked “removed assignment”.
      </p>
      <div className="owner-actions">
        <button ref={confirmRef} type="button" className="button small danger" disabled={busy} onClick={() => remove.mutate({ assignmentId })}>
          {busy ? "Removing…" : "Yes, remove it"}
        </button>
        <button type="button" className="button small" disabled={busy} onClick={cancel}>
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
