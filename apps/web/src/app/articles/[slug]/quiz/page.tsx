import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { slugSchema } from "@newsquiz/article";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { QuizRunner } from "@/components/quiz/quiz-runner";

// Per visitor: the quiz in progress belongs to the reader whose session cookie comes with the request.
export const dynamic = "force-dynamic";

const loadQuizPage = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  const caller = await getRequestCaller();
  return nullIfNotFound(async () => {
    const article = await caller.article.bySlug({ slug });
    // Only reads: a first-time visitor has no attempt yet, and the browser starts one (which makes them a guest).
    const current = await caller.quiz.current({ slug });
    return { article, current };
  });
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadQuizPage((await params).slug);
  return { title: data ? `Quiz: ${data.article.headline}` : "Article not found" };
}

export default async function QuizPage({ params }: Props) {
  const data = await loadQuizPage((await params).slug);
  if (!data) notFound();
  return <QuizRunner slug={data.article.slug} headline={data.article.headline} initial={data.current} />;
}
