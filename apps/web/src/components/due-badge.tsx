"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCReactProvider, useTRPC } from "@/trpc/react";

function DueCount() {
  const trpc = useTRPC();
  const due = useQuery({ ...trpc.review.dueCount.queryOptions(), refetchInterval: 5 * 60_000 });
  const count = due.data ?? 0;
  if (count <= 0) return null;
  return (
    <>
      {" "}
      <span className="badge" aria-hidden="true">
        {count > 99 ? "99+" : count}
      </span>
      <span className="visually-hidden">({count} due)</span>
    </>
  );
}

/** How many review questions are due, next to "Review" (loaded after first paint: see lazy-islands.tsx). */
export default function DueBadge() {
  return (
    <TRPCReactProvider>
      <DueCount />
    </TRPCReactProvider>
  );
}
