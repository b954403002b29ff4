import { getRequestCaller } from "@/server/caller";
import { LibraryView } from "@/components/library/library-view";
import { parseLibraryFilters } from "@/lib/library-filters";

// Search results, kinds, other orders and older pages: per visitor (their imports match too), rendered per request.
export const dynamic = "force-dynamic";

export default async function LibrarySearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseLibraryFilters(await searchParams);
  const caller = await getRequestCaller();
  const library = await caller.article.page({ search: filters.search, kind: filters.kind, sort: filters.sort, page: filters.page });
  return <LibraryView library={library} filters={filters} />;
}
