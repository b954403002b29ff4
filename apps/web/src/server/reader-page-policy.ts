import type { ServerResponse } from "node:http";
import { ARTICLE_PAGE } from "../lib/cached-pages";
import { PAGES_ROUTER_POLICY } from "../lib/page-csp.mjs";

/**
 * Gives the reader page's answers their Content-Security-Policy (src/lib/page-csp.mjs `PAGES_ROUTER_POLICY`),
 * for server.cts. The reader `/articles/<slug>` is a Pages Router page served from Next's cache, and Next sends
 * no stored headers with such a page; the proxy cannot add the policy either, since the same address answers
 * an unknown article with the App Router's not-found page, which carries its own hash policy (two policies
 * would both be enforced). So the policy is added as the answer's headers are written: to an answer for a
 * reader address that has no policy yet — the reader page itself. A not-found page or the owner's private
 * article (`/own`, a nonce policy from the proxy) already has one and is left as it is.
 */
export function addReaderPagePolicy(url: string | undefined, res: ServerResponse): void {
  const pathname = (url ?? "").split("?")[0] ?? "";
  if (!ARTICLE_PAGE.test(pathname)) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (!this.hasHeader("content-security-policy")) this.setHeader("content-security-policy", PAGES_ROUTER_POLICY);
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
