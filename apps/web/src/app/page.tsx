import { getPublicCaller } from "@/server/caller";
import { LibraryView } from "@/components/library/library-view";
import { ReaderLibrary } from "@/components/library/reader-library";

// The same for everyone: rendered once, then served from the cache until an article changes (the import
// routes revalidate it on every node). Each reader's progress and imports are loaded by their browser.
export const revalidate = 3600;

export default async function LibraryPage() {
  const caller = await getPublicCaller();
  const library = await caller.article.publicPage({ page: 1 });
  return (
    <ReaderLibrary>
      <LibraryView library={library} />
    </ReaderLibrary>
  );
}
