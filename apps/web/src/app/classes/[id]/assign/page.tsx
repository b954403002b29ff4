import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { AccountNeeded } from "@/components/classes/account-needed";
import { AssignForm, type AssignCandidate } from "@/components/classes/assign-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assign an article" };

/** Assign an article to a class: find it (library and the teacher's imports), then due date and quiz settings. */
export default async function AssignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; slug?: string }> }) {
  const { id } = await params;
  const { q, slug } = await searchParams;
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous) return <AccountNeeded next={`/classes/${id}/assign`} what="assign an article" />;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const view = await nullIfNotFound(() => caller.classes.get({ classId: id }));
  if (!view || view.role === "student") notFound();
  const search = typeof q === "string" ? q.slice(0, 200) : "";
  const page = await caller.article.page({ search: search || undefined, page: 1 });
  const candidates: AssignCandidate[] = page.cards.map((c) => ({ slug: c.slug, headline: c.headline, imported: c.imported, readingMinutes: c.readingMinutes, noQuiz: c.noQuiz }));
  // an article opened from elsewhere (`?slug=`) stays pickable even when it is not on this page of results
  if (typeof slug === "string" && !candidates.some((c) => c.slug === slug)) {
    const chosen = await nullIfNotFound(() => caller.article.bySlug({ slug }));
    // (its page offers "Assign" only when it has a quiz; a text without one is refused by the assign call, in words)
    if (chosen) candidates.unshift({ slug, headline: chosen.headline, imported: chosen.imported, readingMinutes: chosen.stats.readingMinutes, noQuiz: false });
  }
  return (
    <>
      <p className="meta">
        <Link href={`/classes/${id}`}>← {view.name}</Link>
      </p>
      <h1 className="page-title">Assign an article</h1>
      <p className="page-lede">to {view.name}. Students see it on the class page and under &ldquo;Assigned to you&rdquo; in the library.</p>
      <form className="search-form" role="search" action={`/classes/${id}/assign`}>
        <label htmlFor="assign-search" className="visually-hidden">
          Find an article
        </label>
        <input id="assign-search" name="q" type="search" defaultValue={search} maxLength={200} placeholder="Find an article: headlines and text" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {page.total > page.cards.length ? (
        <p className="meta">
          Showing {page.cards.length} of {page.total}: search to find others.
        </p>
      ) : null}
      <AssignForm classId={id} candidates={candidates} initialSlug={typeof slug === "string" ? slug : null} />
    </>
  );
}
