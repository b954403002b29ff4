import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { slugSchema } from "@newsquiz/article";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { QuizHeader, QuizRunner } from "@/components/quiz/quiz-runner";
import { NoQuizState } from "@/components/quiz/no-quiz";

// Per visitor: the quiz in progress belongs to the reader whose session cookie comes with the request.
export const dynamic = "force-dynamic";

const loadQuizPage = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  const caller = await getRequestCaller();
  return nullIfNotFound(async () => {
    const article = await caller.article.bySlug({ slug });
    // Only reads: a first-time visitor has no attempt yet, and the browser starts one (which makes them a guest).
    const current = await caller.quiz.current({ slug });
    // A text with no quiz is told so at once (and nothing is started); a quiz in progress is always resumed.
    const quiz = current ? "ready" : await caller.quiz.availability({ slug });
    return { article, current, quiz };
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
  if (data.quiz === "none") {
    return (
      <section className="quiz" aria-labelledby="quiz-title">
        <QuizHeader slug={data.article.slug} headline={data.article.headline} />
        <NoQuizState slug={data.article.slug} />
      </section>
    );
  }
  return <QuizRunner slug={data.article.slug} headline={data.article.headline} initial={data.current} />;
}
