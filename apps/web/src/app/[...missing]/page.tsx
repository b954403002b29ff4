import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * Any address no other page answers: the not-found page, rendered per request. Next would otherwise serve its
 * prerendered `/_not-found` from the cache, with the cached-page policy, while src/proxy.ts — which cannot tell
 * an unknown address from a page rendered per request — adds a nonce policy as well; two policies are both
 * enforced and would block the page's scripts.
 */
export default async function MissingPage(): Promise<never> {
  await connection();
  notFound();
}
