import { createElement, type HTMLAttributes } from "react";

type Tag = "div" | "aside" | "p";

/**
 * Markup rendered on the server and kept as it is when the page hydrates: in the browser the element is
 * empty to React (`dangerouslySetInnerHTML` of "", which hydration never writes into the DOM), so its content
 * needs no props there. The Pages Router reader page (src/pages/articles/[slug].tsx) wraps the article's
 * text in it, so the text is sent once, in the HTML, and not again in the page's props.
 * Only for content with no React parts inside (event handlers and state would never be attached).
 */
export function StaticHtml({ as = "div", children, ...props }: { as?: Tag; children?: React.ReactNode } & HTMLAttributes<HTMLElement>) {
  if (typeof window === "undefined") return createElement(as, props, children);
  return createElement(as, { ...props, dangerouslySetInnerHTML: { __html: "" }, suppressHydrationWarning: true });
}
