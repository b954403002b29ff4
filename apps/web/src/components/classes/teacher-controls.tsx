"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC } from "@/trpc/react";

function ErrorLine({ id, message }: { id: string; message: string | null | undefined }) {
  return message ? (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** The join code and link, with copy, a new code (the old one stops working) and turning joining off/on. */
export function JoinCodeBox({ classId, joinCode, archived }: { classId: string; joinCode: string | null; archived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const setCode = useMutation(trpc.classes.setJoinCode.mutationOptions({ onSuccess: () => router.refresh() }));
  const link = joinCode ? `${origin}/classes/join/${joinCode}` : "";
  if (archived) return <p className="meta">This class is archived: nobody can join it.</p>;
  return (
    <div className="join-box">
      {joinCode ? (
        <>
          <p>
            Class code: <strong className="join-code" data-testid="join-code">{joinCode}</strong>
          </p>
          <p className="meta">
            Join link: <span className="join-link">{link || `/classes/join/${joinCode}`}</span>
          </p>
          <p className="class-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(() => setCopied(true));
              }}
            >
              Copy the link
            </button>
            <button type="button" className="button" disabled={setCode.isPending} onClick={() => setCode.mutate({ classId, enabled: true })}>
              New code
            </button>
            <button type="button" className="button" disabled={setCode.isPending} onClick={() => setCode.mutate({ classId, enabled: false })}>
              Turn joining off
            </button>
            <span role="status" className="meta">
              {copied ? "Link copied." : ""}
            </span>
          </p>
        </>
      ) : (
        <>
          <p>Joining is turned off: nobody can join with a code.</p>
          <p>
            <button type="button" className="button" disabled={setCode.isPending} onClick={() => setCode.mutate({ classId, enabled: true })}>
              Turn joining on (new code)
            </button>
          </p>
        </>
      )}
      <ErrorLine id="join-code-error" message={setCode.error?.message} />
    </div>
  );
}

/** Remove a student (or a co-teacher) after a confirmation; their past work stays on the dashboards. */
export function RemoveMemberButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.classes.removeMember.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Remove ${name} from the class? Their past work stays visible to you.`)) remove.mutate({ classId, memberUserId: userId });
        }}
      >
        Remove<span className="visually-hidden"> {name}</span>
      </button>
      <ErrorLine id={`remove-${userId}-error`} message={remove.error?.message} />
    </>
  );
}

/** Rename, archive/restore, add a co-teacher: the class's settings. */
export function ClassSettings({ classId, name, archived, isOwner }: { classId: string; name: string; archived: boolean; isOwner: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const rename = useMutation(trpc.classes.rename.mutationOptions(refresh));
  const archive = useMutation(trpc.classes.setArchived.mutationOptions(refresh));
  const coTeacher = useMutation(trpc.classes.addCoTeacher.mutationOptions(refresh));
  return (
    <div className="class-settings">
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get("name") ?? "").trim();
          if (value) rename.mutate({ classId, name: value });
        }}
      >
        <label htmlFor="rename-class">Name</label>
        <input id="rename-class" name="name" type="text" defaultValue={name} required maxLength={80} autoComplete="off" />
        <button type="submit" className="button" disabled={rename.isPending}>
          Rename
        </button>
      </form>
      <ErrorLine id="rename-error" message={rename.error?.message} />
      {isOwner ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const email = String(new FormData(form).get("email") ?? "").trim();
            if (email) coTeacher.mutate({ classId, email }, { onSuccess: () => form.reset() });
          }}
        >
          <label htmlFor="co-teacher-email">Add a co-teacher</label>
          <input id="co-teacher-email" name="email" type="email" required maxLength={254} autoComplete="off" placeholder="colleague@school.org" />
          <button type="submit" className="button" disabled={coTeacher.isPending || archived}>
            Add
          </button>
        </form>
      ) : null}
      <ErrorLine id="co-teacher-error" message={coTeacher.error?.message} />
      {coTeacher.isSuccess ? <p role="status">{coTeacher.data.name} now teaches this class.</p> : null}
      <p>
        <button type="button" className="button" disabled={archive.isPending} onClick={() => archive.mutate({ classId, archived: !archived })}>
          {archived ? "Restore the class" : "Archive the class"}
        </button>
      </p>
      <ErrorLine id="archive-error" message={archive.error?.message} />
    </div>
  );
}

/** A student leaves the class (their teacher keeps their past work, marked "left the class"). */
export function LeaveClassButton({ classId, name }: { classId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(trpc.classes.leave.mutationOptions({ onSuccess: () => router.push("/classes") }));
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={leave.isPending}
        onClick={() => {
          if (window.confirm(`Leave ${name}? You can join again with the code.`)) leave.mutate({ classId });
        }}
      >
        Leave the class
      </button>
      <ErrorLine id="leave-error" message={leave.error?.message} />
    </>
  );
}
