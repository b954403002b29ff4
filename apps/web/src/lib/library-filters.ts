import { z } from "zod";
import { articleKindSchema, type ArticleKind } from "@newsquiz/article";
import { librarySortSchema, type LibrarySort } from "@newsquiz/api";

// Server code only (it imports the API's schema): client components take labels from ./library-labels.

/** The library's view, as its address says it: `/library?q=…&kind=…&sort=…&page=…` (`/` when all default). */
export interface LibraryFilters {
  search?: string;
  kind?: ArticleKind;
  sort: LibrarySort;
  page: number;
}

/** Unknown or malformed values in the address fall back to the default view instead of an error page. */
const searchParamsSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  kind: articleKindSchema.optional().catch(undefined),
  sort: librarySortSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export function parseLibraryFilters(params: Record<string, string | string[] | undefined>): LibraryFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = searchParamsSchema.parse({ q: first(params.q), kind: first(params.kind), sort: first(params.sort), page: first(params.page) });
  return { search: parsed.q?.trim() || undefined, kind: parsed.kind, sort: parsed.sort ?? "newest", page: parsed.page ?? 1 };
}

/** The address of a library view; a change of filter or order starts again at page 1 (callers pass page). */
export function libraryHref({ search, kind, sort, page }: LibraryFilters): string {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (kind) params.set("kind", kind);
  if (sort !== "newest") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/library?${query}` : "/";
}
