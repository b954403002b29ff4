import type { AppProps } from "next/app";
import Head from "next/head";
import { useRouter } from "next/router";
import { CurrentPathProvider } from "@/components/current-path";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import "../app/globals.css";
// The reader's "Assign to a class" comes from the reader's own bundle, which loads no stylesheets: its styles
// are part of the page's.
import "../components/classes/assign-to-class.css";

/**
 * The Pages Router's page (the reader, src/pages/articles/[slug].tsx) gets the same header, footer and
 * stylesheet as the App Router's pages. Also hydrated by the reader's own bundle (src/reader-client).
 */
export default function App({ Component, pageProps }: AppProps) {
  const path = useRouter().asPath.split(/[?#]/)[0] ?? "/";
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <CurrentPathProvider value={path}>
        <SiteHeader />
      </CurrentPathProvider>
      <main id="content">
        <Component {...pageProps} />
      </main>
      <SiteFooter />
    </>
  );
}
