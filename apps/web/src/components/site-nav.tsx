"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

const links = [
  { href: "/", label: "Library" },
  { href: "/import", label: "Import" },
  { href: "/scores", label: "Scores" },
  { href: "/review", label: "Review" },
  { href: "/classes", label: "Classes" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * How many review questions are due, next to "Review". Fetched in the browser only (the query does not run
 * while a page is rendered on the server), so static pages stay static.
 */
function DueBadge() {
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

export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
      {links.map((l) => (
        <Link key={l.href} href={l.href} aria-current={isCurrent(pathname, l.href) ? "page" : undefined}>
          {l.label}
          {l.href === "/review" ? <DueBadge /> : null}
        </Link>
      ))}
    </nav>
  );
}
