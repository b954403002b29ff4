"use client";

import dynamic from "next/dynamic";

/**
 * The header's parts that need the visitor's data. They come with the data client (tRPC, TanStack Query,
 * superjson: ~25 KB gzipped) in chunks of their own, loaded after the page is shown, so a page that only
 * shows things (the reader) starts without that weight. On the server they render their placeholder.
 */
export const AccountMenu = dynamic(() => import("./account-menu"), {
  ssr: false,
  loading: () => <span className="account-menu" aria-hidden="true" />,
});

export const DueBadge = dynamic(() => import("./due-badge"), { ssr: false });

/** A teacher's "Assign to a class" at the end of an article (nothing for anyone else). */
export const AssignToClass = dynamic(() => import("./classes/assign-to-class"), { ssr: false });
