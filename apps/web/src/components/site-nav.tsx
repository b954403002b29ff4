"use client";

import { useCurrentPath } from "./current-path";
import Link from "next/link";
import { DueBadge } from "./lazy-islands";

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

export function SiteNav() {
  const pathname = useCurrentPath();
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
