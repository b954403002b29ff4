import { NotFoundMessage } from "@/components/not-found-message";

// No public article at this address (a visitor with a session whose import it is was sent to ./own instead).
export default function ArticleNotFound() {
  return <NotFoundMessage />;
}
