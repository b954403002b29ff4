import { hydrateRoot } from "react-dom/client";
import type { AppProps } from "next/app";
import type { Router } from "next/router";
import App from "@/pages/_app";
import { PAGE_PROPS_ID, type PagesClientProps } from "@/components/pages-client";
import { ReaderPageView } from "@/components/reader/reader-page-view";

/**
 * The only script of the reader page, a Pages Router page (Next sends none of its own with it):
 * hydrates what Next rendered with the same `_app` and page components. Built by
 * scripts/build-reader-client.ts, with Next's browser modules replaced by ./next-stand-ins.
 */
const root = document.getElementById("__next");
const json = document.getElementById(PAGE_PROPS_ID)?.textContent;
// `next dev` ignores `unstable_runtimeJS` and sends Next's runtime, which hydrates the page itself.
const nextRuntime = document.getElementById("__NEXT_DATA__") !== null;
if (root && json && !nextRuntime) {
  const pageProps = JSON.parse(json) as PagesClientProps;
  // `router` is read by no part of these pages; the stand-in `next/router` gives the `_app` its path.
  const props: AppProps = { Component: ReaderPageView, pageProps, router: undefined as unknown as Router };
  hydrateRoot(root, <App {...props} />, {
    onRecoverableError: (error) => console.error("newsquiz: the page did not hydrate as rendered:", error),
  });
}
