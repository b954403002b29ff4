import { isBuildPhase } from "@/env";
import { getPublicCaller } from "@/server/caller";
import { LibraryView } from "@/components/library/library-view";
import { ReaderLibrary } from "@/components/library/reader-library";

// The same for everyone: rendered once, then served from the cache (with the hashes of its inline scripts as
// its CSP: cache-handler.mjs) until an article changes (the import routes revalidate it on every node). Each
// reader's progress and imports are loaded by their browser. `dynamic = "error"`: see articles/[slug]/page.tsx.
export const revalidate = 3600;
export const dynamic = "error";

const EMPTY = { cards: [], page: 1, pageCount: 1, total: 0 };

export default async function LibraryPage() {
  // `next build` has no database: it stores an empty page, which is never served — every server start
  // marks "/" as changed (src/instrumentation.ts), so the first request renders the real library.
  if (isBuildPhase()) return <LibraryView library={EMPTY} />;
  const caller = await getPublicCaller();
  const library = await caller.article.publicPage({ page: 1 });
  return (
    <ReaderLibrary>
      <LibraryView library={library} />
    </ReaderLibrary>
  );
}
