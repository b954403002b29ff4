import type { GetStaticPaths, GetStaticProps } from "next";
import { readerFacts } from "@/components/reader/article-reader";
import { leaveForRender } from "@/components/reader/render-handoff";
import { ReaderPageView, type ReaderPageProps } from "@/components/reader/reader-page-view";
import { loadPublicArticle, loadPublicQuizAvailability } from "@/server/reader-page";

/**
 * A public article's reader page, on the Pages Router so that it can be sent without Next's browser runtime
 * (apps/web/README.md, "Weight, speed and Lighthouse"): the App Router's runtime and its RSC payload alone are
 * over the page's budgets. The same for every reader: rendered once on first request and served from Next's
 * cache (cache-handler.mjs gives it its policy and the shared cache tags); revalidated on every node when an
 * article changes, the hour is a backstop. A private article's owner is sent to `/articles/<slug>/own` by
 * src/proxy.ts; anyone else, and an unknown address, gets the App Router's not-found page (404).
 */
export const getStaticPaths: GetStaticPaths = () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<ReaderPageProps, { slug: string }> = async ({ params }) => {
  const article = await loadPublicArticle(params?.slug ?? "");
  if (!article) return { notFound: true, revalidate: 3600 };
  const quiz = await loadPublicQuizAvailability(article.slug);
  return { props: { page: "reader", facts: readerFacts(article, quiz), headline: article.headline, handoff: leaveForRender(article) }, revalidate: 3600 };
};

// None of Next's scripts: the page's own bundle (src/reader-client/entry.tsx) hydrates it.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default ReaderPageView;
