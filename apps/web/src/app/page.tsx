import Link from "next/link";
import { z } from "zod";
import { getRequestCaller } from "@/server/caller";
import { ArticleCard } from "@/components/article-card";

export const dynamic = "force-dynamic";

const searchParamsSchema = z.object({ q: z.string().max(200).optional().catch(undefined) });

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q } = searchParamsSchema.parse(await searchParams);
  const search = q?.trim() || undefined;
  const caller = await getRequestCaller();
  const cards = await caller.article.list({ search });
  return (
    <>
      <h1 className="page-title">Library</h1>
      <p className="page-lede">Pick an article, read it at your own pace, then check what you took in.</p>
      <form className="search-form" role="search" action="/" method="get">
        <label htmlFor="library-search" className="visually-hidden">
          Search articles
        </label>
        <input id="library-search" type="search" name="q" defaultValue={search ?? ""} placeholder="Search headlines and text" maxLength={200} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {search ? (
        <p className="page-lede" role="status">
          {cards.length === 0 ? "No articles" : cards.length === 1 ? "1 article" : `${cards.length} articles`} match “{search}”.{" "}
          <Link href="/">Show all</Link>
        </p>
      ) : null}
      {cards.length > 0 ? (
        <ul className="card-grid">
          {cards.map((card) => (
            <ArticleCard key={card.slug} card={card} />
          ))}
        </ul>
      ) : (
        <div className="empty-state">
          <h2>{search ? "Nothing matches your search" : "No articles yet"}</h2>
          <p>{search ? "Try fewer or different words." : "The sample article is added when the app starts. Restart it to bring it back."}</p>
        </div>
      )}
    </>
  );
}
