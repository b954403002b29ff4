import { NextResponse, type NextRequest } from "next/server";
import { slugSchema } from "@newsquiz/article";
import { isDevelopment } from "@/env";
import { contentSecurityPolicy, makeNonce } from "@/lib/security-headers";
import { ARTICLE_PAGE, isCachedPage } from "@/lib/cached-pages";
import { isPrivateArticle } from "@/server/article-visibility";

/**
 * Runs before every page but the library `/` (see `config` below):
 *
 * - Pages rendered per request get a fresh nonce and a Content-Security-Policy naming it: Next reads the nonce
 *   from the request's own `Content-Security-Policy` header and puts it on every script it writes.
 * - The pages that are the same for everyone — the library `/`, a public article `/articles/<slug>`, the
 *   import and review pages (their data loads in the browser) — are rendered once and served from Next's cache (a nonce would make them render per request: 0.03–0.06× the
 *   requests/s). The App Router's policy lists the hashes of their inline scripts and is stored with the cached page by
 *   cache-handler.mjs (src/lib/page-csp.mjs); the proxy adds none of its own, since a second policy would be
 *   enforced as well and block them. The library `/` skips the proxy: server.cts gives it its `private, no-store`. The reader `/articles/<slug>` is a Pages Router page sent without Next's
 *   scripts: its policy is added by server.cts (the proxy cannot tell it from the not-found page that
 *   answers an unknown article's address, which carries a hash policy of its own). They stay `private, no-store`: `/articles/<slug>` answers differently
 *   to the owner of a private article (below), so no shared cache may keep it.
 * - A private (imported) article is different for each visitor — its owner reads it, anyone else is told it
 *   does not exist — so a request that carries a session for a private article's address is rewritten to
 *   `/articles/<slug>/own`, which answers 200 with the server-rendered article to its owner and 404 to
 *   everyone else. A request without a session cannot own anything: it gets the public page's 404.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const ownPage = await privateArticleRewrite(request);
  if (!ownPage && isCachedPage(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  const nonce = makeNonce();
  const policy = contentSecurityPolicy(nonce, { development: isDevelopment() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = ownPage
    ? NextResponse.rewrite(ownPage, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** better-auth's session cookie (with the `__Secure-` prefix over HTTPS). */
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

async function privateArticleRewrite(request: NextRequest): Promise<URL | null> {
  const match = ARTICLE_PAGE.exec(request.nextUrl.pathname);
  if (!match || !SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null; // a malformed address: the page answers 404 itself
  }
  if (!slugSchema.safeParse(slug).success || !(await isPrivateArticle(slug))) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/articles/${slug}/own`;
  return url;
}

export const config = {
  // Pages only: API answers are JSON and files under /_next/static never run as documents. Not the library `/`
  // (`.+`, not `.*`): all the proxy did for it was its cache-control, which server.cts sets instead
  // (src/server/library-page-headers.ts), and Next's proxy was a third of the CPU of serving it from the cache.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).+)" }],
};
