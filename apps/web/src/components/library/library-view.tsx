import Link from "next/link";
import { ARTICLE_KINDS } from "@newsquiz/article";
import type { LibraryPage, LibrarySort } from "@newsquiz/api";
import { ArticleCard } from "@/components/article-card";
import { ShowCurrentChips } from "./show-current-chips";
import { libraryHref, type LibraryFilters } from "@/lib/library-filters";
import { KIND_LABELS, KIND_NAMES, SORT_LABELS } from "@/lib/library-labels";

const DEFAULT_FILTERS: LibraryFilters = { sort: "newest", page: 1 };
const SORTS = Object.keys(SORT_LABELS) as LibrarySort[];

function countLabel(total: number): string {
  return total === 0 ? "No articles" : total === 1 ? "1 article" : `${total.toLocaleString("en-US")} articles`;
}

/** What a filtered view shows above its cards: how many match, and a way back to everything. */
function FilterSummary({ filters, total }: { filters: LibraryFilters; total: number }) {
  // Nothing found: the empty state below says so.
  if ((!filters.search && !filters.kind) || total === 0) return null;
  const what = [filters.kind ? KIND_LABELS[filters.kind] : null, filters.search ? `matching “${filters.search}”` : null].filter(Boolean).join(" · ");
  return (
    <p className="page-lede" role="status">
      {countLabel(total)} · {what}. <Link href={libraryHref({ sort: filters.sort, page: 1 })}>Show all</Link>
    </p>
  );
}

function EmptyState({ filters }: { filters: LibraryFilters }) {
  if (filters.search || filters.kind) {
    return (
      <div className="empty-state">
        <h2>{filters.search ? "Nothing matches your search" : `No ${KIND_NAMES[filters.kind!].toLowerCase()} articles yet`}</h2>
        <p>
          {filters.search ? "Try fewer or different words, or another kind. " : "Try another kind. "}
          <Link href={libraryHref({ sort: filters.sort, page: 1 })}>Show all articles</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2>{filters.page > 1 ? "No more articles" : "No articles yet"}</h2>
      <p>{filters.page > 1 ? <Link href="/">Back to the first page</Link> : "The sample article and the starter library are added when the app starts. Restart it to bring them back."}</p>
    </div>
  );
}

/**
 * The library: search, filters by kind, orders, a page of cards and links to the other pages. Every choice
 * is a link or a GET form, so a view has its own address (shareable, the back button returns to it) and
 * works from the keyboard without any script.
 */
export function LibraryView({ library, filters = DEFAULT_FILTERS }: { library: LibraryPage; filters?: LibraryFilters }) {
  const { cards, page, pageCount, total } = library;
  const current = { ...filters, page };
  return (
    <>
      <h1 className="page-title">Library</h1>
      <p className="page-lede">Pick an article, read it at your own pace, then check what you took in.</p>
      <form className="search-form" role="search" action="/library" method="get">
        <label htmlFor="library-search" className="visually-hidden">
          Search articles
        </label>
        <input id="library-search" type="search" name="q" defaultValue={filters.search ?? ""} placeholder="Search headlines and text" maxLength={200} />
        {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
        {filters.sort !== "newest" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <div className="library-controls">
        <nav aria-label="Kind of article" className="chip-row">
          <Link href={libraryHref({ ...filters, kind: undefined, page: 1 })} className="chip" aria-current={filters.kind ? undefined : "page"}>
            All
          </Link>
          {ARTICLE_KINDS.map((kind) => (
            <Link key={kind} href={libraryHref({ ...filters, kind, page: 1 })} className="chip" aria-current={filters.kind === kind ? "page" : undefined}>
              {KIND_LABELS[kind]}
            </Link>
          ))}
        </nav>
        <nav aria-label="Order" className="chip-row sort-row">
          <span className="chip-row-label" aria-hidden="true">
            Sort:
          </span>
          {SORTS.map((sort) => (
            <Link key={sort} href={libraryHref({ ...filters, sort, page: 1 })} className="chip" aria-current={filters.sort === sort ? "page" : undefined}>
              <span className="visually-hidden">Sort by </span>
              {SORT_LABELS[sort]}
            </Link>
          ))}
        </nav>
        <ShowCurrentChips />
      </div>
      <FilterSummary filters={filters} total={total} />
      {cards.length > 0 ? (
        <ul className="card-grid">
          {cards.map((card) => (
            <ArticleCard key={card.slug} card={card} />
          ))}
        </ul>
      ) : (
        <EmptyState filters={current} />
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label="Library pages">
          {page > 1 ? <Link href={libraryHref({ ...current, page: page - 1 })}>← Previous</Link> : <span />}
          <span>
            Page {page} of {pageCount.toLocaleString("en-US")}
          </span>
          {page < pageCount ? <Link href={libraryHref({ ...current, page: page + 1 })}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
