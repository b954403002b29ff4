import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { slugSchema } from "@newsquiz/article";
import { getPublicCaller, nullIfNotFound } from "@/server/caller";
import { ArticleReader } from "@/components/reader/article-reader";

// Rendered per request (the CSP nonce differs per response: see src/proxy.ts); the article itself is the
// same for every reader, and each reader's progress and account are loaded by the browser.
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
