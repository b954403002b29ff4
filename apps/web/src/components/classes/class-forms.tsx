"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";

/** "New class": a name, then the class page (with its join code). */
export function CreateClassForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.classes.create.mutationOptions({ onSuccess: (made) => router.push(`/classes/${made.id}`) }));
  const busy = create.isPending || create.isSuccess;
  return (
    <form
      className="form-stack class-form"
      onSubmit={(event) => {
        event.preventDefault();
        const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
        if (name) create.mutate({ name });
      }}
    >
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input id="class-name" name="name" type="text" required maxLength={80} autoComplete="off" placeholder="Year 9 English" aria-describedby={create.error ? "create-class-error" : undefined} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Creating…" : "Create the class"}
        </button>
      </div>
      {create.error ? (
        <p id="create-class-error" className="form-error" role="alert">
          {create.error.message}
        </p>
      ) : null}
    </form>
  );
}

/** "Join a class": the code the teacher gave (any case, with or without the dash). */
export function JoinClassForm({ initialCode = "", autoFocus = false }: { initialCode?: string; autoFocus?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const join = useMutation(trpc.classes.join.mutationOptions({ onSuccess: (joined) => router.push(`/classes/${joined.classId}`) }));
  const busy = join.isPending || join.isSuccess;
  return (
    <form
      className="form-stack class-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim()) join.mutate({ code });
      }}
    >
      <div className="field">
        <label htmlFor="join-code">Class code</label>
        <input
          id="join-code"
          name="code"
          type="text"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="K7QX3-M9RTA"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoFocus={autoFocus}
          aria-describedby={join.error ? "join-class-hint join-class-error" : "join-class-hint"}
          aria-invalid={join.error ? true : undefined}
        />
        <p id="join-class-hint" className="field-hint">
          10 letters and digits, from your teacher.
        </p>
      </div>
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Joining…" : "Join the class"}
        </button>
      </div>
      {join.error ? (
        <p id="join-class-error" className="form-error" role="alert">
          {join.error.message}
        </p>
      ) : null}
    </form>
  );
}
