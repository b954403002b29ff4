"use client";

import dynamic from "next/dynamic";
import { ArticleSkeleton } from "./reader/article-skeleton";

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

/**
 * An article address the public page did not find: possibly the visitor's own import, read with their
 * session. Every reader page names this not-found view, so it too loads only when shown.
 */
export const PrivateArticle = dynamic(() => import("./import/private-article"), {
  ssr: false,
  loading: () => <ArticleSkeleton />,
});
