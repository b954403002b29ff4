import { ArticleSkeleton } from "@/components/reader/article-skeleton";

export default function Loading() {
  return <ArticleSkeleton />;
}
