import { NextResponse, type NextRequest } from "next/server";
import { slugSchema } from "@newsquiz/article";
import { isPrivateArticle } from "@/server/article-visibility";

/**
 * Article pages are static and the same for everyone (public articles). A private (imported) article is
 * different for each visitor — its owner reads it, anyone else is told it does not exist — so a request that
 * carries a session for a private article's address is rewritten to the per-request page
 * `/articles/<slug>/own`, which answers 200 with the server-rendered article to its owner and 404 to
 * everyone else. Requests without a session never reach this function (see `config.matcher`): they cannot
 * own anything, and the static page's 404 is theirs.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  if (!slugSchema.safeParse(slug).success || !(await isPrivateArticle(slug))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/articles/${slug}/own`;
  return NextResponse.rewrite(url);
}

// A session cookie is better-auth's `session_token` (with the `__Secure-` prefix over HTTPS). Literal: Next reads
// this object at build time.
export const config = {
  matcher: [
    { source: "/articles/:slug", has: [{ type: "cookie", key: "better-auth.session_token" }] },
    { source: "/articles/:slug", has: [{ type: "cookie", key: "__Secure-better-auth.session_token" }] },
  ],
};
