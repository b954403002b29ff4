"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { TRPCReactProvider, useTRPC } from "@/trpc/react";
import "./assign-to-class.css";

/** At the end of an article, for a teacher: assign it to one of their classes (nothing for anyone else). */
function AssignToClassLinks({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const teaching = useQuery(trpc.classes.teaching.queryOptions(undefined, { staleTime: 60_000 }));
  const classes = teaching.data ?? [];
  if (classes.length === 0) return null;
  const href = (id: string) => `/classes/${id}/assign?slug=${encodeURIComponent(slug)}`;
  if (classes.length === 1) {
    return (
      <Link href={href(classes[0]!.id)} className="button">
        Assign to {classes[0]!.name}
      </Link>
    );
  }
  return (
    <details className="assign-to-class">
      <summary className="button">Assign to a class</summary>
      <ul>
        {classes.map((c) => (
          <li key={c.id}>
            <Link href={href(c.id)}>{c.name}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Loaded in the browser after the page (see lazy-islands.tsx), with the data client it needs. */
export default function AssignToClass({ slug }: { slug: string }) {
  return (
    <TRPCReactProvider>
      <AssignToClassLinks slug={slug} />
    </TRPCReactProvider>
  );
}
