import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "@/env";
import { contentSecurityPolicy, makeNonce } from "@/lib/security-headers";

/**
 * Every page gets a fresh nonce and a Content-Security-Policy naming it. Next reads the nonce from the
 * request's own `Content-Security-Policy` header and puts it on every script it writes; the root layout
 * reads `x-nonce` for its theme script. A nonce differs per response, so pages are rendered per request
 * (see the README: what this costs the library and reader pages).
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const policy = contentSecurityPolicy(nonce, { development: isDevelopment() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON and files under /_next/static never run as documents.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
