"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { AssignmentStateMark } from "@/components/classes/assignment-state";
import { dateFormatter } from "@/lib/date-formatter";
import "./assigned-to-you.css";

/** "Assigned to you" above the library: the student's class assignments still to do (nothing for anyone else). */
export function AssignedToYou() {
  const trpc = useTRPC();
  const assigned = useQuery(trpc.classes.assignedToMe.queryOptions(undefined, { staleTime: 30_000 }));
  const open = (assigned.data ?? []).filter((a) => !a.result);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="assigned-to-you" className="assigned-to-you">
      <h2 id="assigned-to-you" className="section-title">
        Assigned to you
      </h2>
      <ul className="assignment-strip">
        {open.slice(0, 6).map((a) => (
          <li key={a.id} className="card">
            <Link href={`/articles/${a.article.slug}`}>{a.article.headline}</Link>
            <span className="meta">
              <AssignmentStateMark state={a.state} /> {a.className}
              {a.dueAt ? ` · due ${dateFormatter(undefined, { dateStyle: "medium", timeStyle: "short" }).format(a.dueAt)}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {open.length > 6 ? (
        <p className="meta">
          And {open.length - 6} more: see <Link href="/classes">your classes</Link>.
        </p>
      ) : null}
    </section>
  );
}
