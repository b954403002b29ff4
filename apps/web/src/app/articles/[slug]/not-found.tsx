import { PrivateArticle } from "@/components/lazy-islands";

// The static article page found no public article here. An imported (private) article is read by the
// owner's browser with their session cookie, so public article pages stay static and the same for everyone.
export default function ArticleNotFound() {
  return <PrivateArticle />;
}
