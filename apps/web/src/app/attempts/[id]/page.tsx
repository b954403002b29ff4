import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { AttemptResults } from "@/components/quiz/attempt-results";

export const dynamic = "force-dynamic";

const loadAttempt = cache(async (id: string) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const caller = await getRequestCaller();
  return nullIfNotFound(() => caller.attempt.get({ attemptId: id }));
});

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const attempt = await loadAttempt((await params).id);
  return { title: attempt ? `Quiz results: ${attempt.article.headline}` : "Quiz not found" };
}

/** The results of one of the reader's own attempts (anyone else gets "not found"). */
export default async function AttemptPage({ params }: Props) {
  const attempt = await loadAttempt((await params).id);
  if (!attempt) notFound();
  if (attempt.status === "in-progress") redirect(`/articles/${attempt.article.slug}/quiz`);
  return <AttemptResults attempt={attempt} />;
}
