import { z } from "zod";
import { getRequestCaller } from "@/server/caller";
import { LibraryView } from "@/components/library/library-view";

// Search results and older pages: per visitor (their imports match too), rendered per request.
export const dynamic = "force-dynamic";

const searchParamsSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export default async function LibrarySearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q, page } = searchParamsSchema.parse(await searchParams);
  const search = q?.trim() || undefined;
  const caller = await getRequestCaller();
  const library = await caller.article.page({ search, page: page ?? 1 });
  return <LibraryView library={library} search={search} />;
}
