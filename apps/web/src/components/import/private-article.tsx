"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { slugSchema } from "@newsquiz/article";
import { useTRPC } from "@/trpc/react";
import { ArticleReader } from "@/components/reader/article-reader";
import { DeleteArticleButton } from "./delete-article-button";

function NotFoundMessage() {
  return (
    <div className="state-page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. The article may have been removed, or the link may be mistyped.</p>
      <p>
        <Link className="button primary" href="/">
          Back to the library
        </Link>
      </p>
    </div>
  );
}

function ArticleSkeleton() {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the article…
      </p>
      <div className="skeleton" style={{ height: "2.4rem", width: "80%", marginBottom: "0.75rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "45%", marginBottom: "2rem" }} />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton" style={{ height: "4.5rem", maxWidth: "42rem", marginBottom: "1rem" }} />
      ))}
    </div>
  );
}

/** The slug of a reader address (`/articles/<slug>`); null for anything else, such as a quiz page. */
function readerSlug(pathname: string | null): string | null {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname ?? "");
  const slug = match?.[1] ? decodeURIComponent(match[1]) : null;
  return slug && slugSchema.safeParse(slug).success ? slug : null;
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
export function PrivateArticle() {
  const slug = readerSlug(usePathname());
  return slug ? <PrivateReader key={slug} slug={slug} /> : <NotFoundMessage />;
}
