import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { slugSchema } from "@newsquiz/article";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { ArticleReader, readerFacts } from "@/components/reader/article-reader";
import { DeleteArticleButton } from "@/components/import/delete-article-button";

// A private (imported) article, rendered per request for the visitor whose session comes with it: src/proxy.ts
// sends its `/articles/<slug>` here. Its owner gets the article (200), anyone else "not found" (404).
export const dynamic = "force-dynamic";

const loadOwnArticle = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  const caller = await getRequestCaller();
  const article = await nullIfNotFound(() => caller.article.bySlug({ slug }));
  // Public articles have their static page; only the visitor's own imports are served here.
  if (!article?.imported) return null;
  return { ...article, quiz: await caller.quiz.availability({ slug }) };
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadOwnArticle((await params).slug);
  return { title: article?.headline ?? "Page not found", robots: { index: false } };
}

export default async function OwnArticlePage({ params }: Props) {
  const article = await loadOwnArticle((await params).slug);
  if (!article) notFound();
  return <ArticleReader article={article} facts={readerFacts(article, article.quiz)} actions={<DeleteArticleButton slug={article.slug} headline={article.headline} />} />;
}
