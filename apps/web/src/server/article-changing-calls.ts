/**
 * The tRPC procedures that change which articles exist or what they say — an article imported, re-imported
 * (edited) or deleted — after which the library and the article pages must be re-rendered on every node.
 * Read by the tRPC handler (which revalidates after them) and by server.cts's dispatcher (which leaves them to
 * Next's route, where revalidatePath has the request context it needs): one list, so the two cannot disagree.
 */
export function changesArticles(path: string): boolean {
  return path.startsWith("import.") && path !== "import.feedPreview";
}
