import { Head, Html, Main, NextScript } from "next/document";
import { preferencesScript } from "@/lib/preferences";
import { CLIENT_ENTRY } from "@/components/pages-client";

/**
 * The document of the Pages Router pages (only the reader page, src/pages/articles/[slug].tsx): the same
 * <html> as the App Router's root layout. The theme script is allowed by its hash, and the page has no
 * other inline script (Next writes none of its own there; the page's props are JSON, which a browser never
 * runs), so the page's policy is the same for every article (src/lib/page-csp.mjs `PAGES_ROUTER_POLICY`).
 */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#fbfaf7" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#131518" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <script dangerouslySetInnerHTML={{ __html: preferencesScript }} />
        {/* The page's own bundle (Next sends none of its scripts with it); a module, so it runs after parsing. */}
        <script type="module" src={CLIENT_ENTRY} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
