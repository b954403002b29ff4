import Head from "next/head";
import { useEffect } from "react";
import { ArticleReader } from "./article-reader";
import { takeForRender } from "./render-handoff";
import { ARTICLE_BODY_ID } from "./reader-ids";
import { StaticHtml } from "@/components/static-html";
import { PagesClient, type PagesClientProps } from "@/components/pages-client";

export type ReaderPageProps = PagesClientProps;

/**
 * The glossary terms' tap and Escape: their buttons are part of the server-rendered text (`StaticHtml`), which
 * React does not manage in the browser, so one listener on the text does what `GlossaryTerm`'s handlers do
 * on the App Router page. Hover and keyboard focus show the expansion by CSS alone.
 */
function useStaticGlossary() {
  useEffect(() => {
    const body = document.getElementById(ARTICLE_BODY_ID);
    if (!body) return;
    const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLButtonElement>("button.term") : null);
    const onClick = (e: MouseEvent) => {
      const term = termOf(e.target);
      if (term) term.setAttribute("aria-expanded", String(term.getAttribute("aria-expanded") !== "true"));
    };
    const onFocusOut = (e: FocusEvent) => termOf(e.target)?.setAttribute("aria-expanded", "false");
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") termOf(e.target)?.setAttribute("aria-expanded", "false");
    };
    body.addEventListener("click", onClick);
    body.addEventListener("focusout", onFocusOut);
    body.addEventListener("keydown", onKeyDown);
    return () => {
      body.removeEventListener("click", onClick);
      body.removeEventListener("focusout", onFocusOut);
      body.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}

/**
 * The reader page of a public article (src/pages/articles/[slug].tsx). On the server it renders the article
 * handed over by getStaticProps; in the browser (src/reader-client/entry.tsx) it hydrates the parts around
 * the text from `props` alone — the text itself stays as the server wrote it.
 */
export function ReaderPageView(props: ReaderPageProps) {
  const { facts, headline, handoff } = props;
  const article = typeof window === "undefined" ? takeForRender(handoff) : null;
  useStaticGlossary();
  return (
    <>
      <Head>
        <title>{`${headline} · newsquiz`}</title>
      </Head>
      <PagesClient props={props} />
      <ArticleReader article={article} facts={facts} Block={StaticHtml} />
    </>
  );
}
