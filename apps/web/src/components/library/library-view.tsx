import Link from "next/link";
import type { LibraryPage } from "@newsquiz/api";
import { ArticleCard } from "@/components/article-card";

function pageHref(page: number, search: string | undefined): string {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/library?${query}` : page > 1 ? `/library?page=${page}` : "/";
}

/** The library: search form, a page of cards (newest first), and links to the other pages. */
export function LibraryView({ library, search }: { library: LibraryPage; search?: string }) {
  const { cards, page, pageCount, total } = library;
  return (
    <>
      <h1 className="page-title">Library</h1>
      <p className="page-lede">Pick an article, read it at your own pace, then check what you took in.</p>
      <form className="search-form" role="search" action="/library" method="get">
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
          {total === 0 ? "No articles" : total === 1 ? "1 article" : `${total.toLocaleString("en-US")} articles`} match “{search}”. <Link href="/">Show all</Link>
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
          <h2>{search ? "Nothing matches your search" : page > 1 ? "No more articles" : "No articles yet"}</h2>
          <p>{search ? "Try fewer or different words." : page > 1 ? <Link href="/">Back to the newest articles</Link> : "The sample article is added when the app starts. Restart it to bring it back."}</p>
        </div>
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label="Library pages">
          {page > 1 ? <Link href={pageHref(page - 1, search)}>← Newer</Link> : <span />}
          <span>
            Page {page} of {pageCount.toLocaleString("en-US")}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1, search)}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
