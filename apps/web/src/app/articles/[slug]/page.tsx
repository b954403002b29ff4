import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { slugSchema } from "@newsquiz/article";
import { getPublicCaller, nullIfNotFound } from "@/server/caller";
import { ArticleReader } from "@/components/reader/article-reader";

// The same for every reader: rendered once on first request, then served from Next's cache with the hashes of
// its inline scripts as its CSP (cache-handler.mjs, src/proxy.ts). Each reader's progress and account are
// loaded by the browser. The app revalidates the path when an article changes; the hour is a backstop.
// `dynamic = "error"`: reading the request here (headers, cookies) fails the build instead of quietly
// making the page per request — the proxy gives it no nonce.
export const revalidate = 3600;
export const dynamic = "error";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}
const loadArticle = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  const caller = await getPublicCaller();
  return nullIfNotFound(() => caller.article.bySlug({ slug }));
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return { title: article?.headline ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  return <ArticleReader article={article} />;
}
