"use client";

import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { isSlug } from "@newsquiz/article/slug";
import { TRPCReactProvider, useTRPC } from "@/trpc/react";
import { ArticleReader } from "@/components/reader/article-reader";
import { DeleteArticleButton } from "./delete-article-button";
import { NotFoundMessage } from "@/components/not-found-message";
import { ArticleSkeleton } from "@/components/reader/article-skeleton";

/** The slug of a reader address (`/articles/<slug>`); null for anything else, such as a quiz page. */
function readerSlug(pathname: string | null): string | null {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname ?? "");
  const slug = match?.[1] ? decodeURIComponent(match[1]) : null;
  return slug && isSlug(slug) ? slug : null;
}

function PrivateReader({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.article.bySlug.queryOptions({ slug }), retry: false });
  const article = query.data;

  useEffect(() => {
    if (article) document.title = `${article.headline} · newsquiz`;
  }, [article]);

  if (query.isPending) return <ArticleSkeleton />;
  if (query.error) {
    if (query.error.data?.code === "NOT_FOUND") return <NotFoundMessage />;
    return (
      <div className="state-page">
        <h1>The article could not be loaded</h1>
        <p role="alert">{query.error.message}</p>
        <p>
          <button type="button" className="button primary" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      </div>
    );
  }
  return <ArticleReader article={query.data} actions={query.data.imported ? <DeleteArticleButton slug={slug} headline={query.data.headline} /> : null} />;
}

/**
 * What an article address shows when the public (static) page has no such article: it may be an article
 * the visitor imported, which only their session may read. The browser asks for it with its cookie; anyone
 * else gets the same "not found" as for an address that never existed (the HTTP status stays 404).
 */
export default function PrivateArticle() {
  const slug = readerSlug(usePathname());
  return slug ? (
    <TRPCReactProvider>
      <PrivateReader key={slug} slug={slug} />
    </TRPCReactProvider>
  ) : (
    <NotFoundMessage />
  );
}
