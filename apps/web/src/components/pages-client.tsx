import type { ReaderFacts } from "./reader/article-reader";

/**
 * The Pages Router's page (the reader) is sent without Next's browser runtime
 * (`config.unstable_runtimeJS = false`); its own bundle (src/reader-client/entry.tsx, built by
 * scripts/build-reader-client.ts into public/) hydrates it from the props this element carries.
 */
export type PagesClientProps = { page: "reader"; facts: ReaderFacts; headline: string; handoff: string };

/** The `<script type="application/json">` the bundle reads its props from. */
export const PAGE_PROPS_ID = "page-props";
/** The bundle's entry, linked by src/pages/_document.tsx (its chunks have content hashes in their names). */
export const CLIENT_ENTRY = "/reader-client/entry.js";

/** The props as JSON inside a script element: `<` escaped, so no text can close the element. */
function propsJson(props: PagesClientProps): string {
  return JSON.stringify(props).replaceAll("<", "\\u003c");
}

/** The page's props for the bundle: rendered by the page on the server and again, unchanged, by the bundle. */
export function PagesClient({ props }: { props: PagesClientProps }) {
  return <script id={PAGE_PROPS_ID} type="application/json" dangerouslySetInnerHTML={{ __html: propsJson(props) }} />;
}
