import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";
import { z } from "zod";
import type { Auth } from "../auth";

/** Who a request's session belongs to, as the tRPC context keeps it. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  isAnonymous: boolean;
}

/**
 * What the signed cookies alone say about a request: `{ user: null }` there is no session cookie at all (no
 * session, as better-auth itself answers without a query); `{ user }` the signed copy of the session (better-auth's
 * cookie cache) is valid and belongs to the session cookie; `null` they cannot tell (the copy is missing, run out,
 * tampered with, signed with another secret, or for another session) and better-auth's full check must decide.
 */
export type CookieSessionCheck = { user: SessionUser | null } | null;

interface CookieNames {
  sessionToken: string;
  sessionData: string;
  secret: string;
}
const namesOf = new WeakMap<Auth, Promise<CookieNames>>();

/** The cookie names and the secret of this auth instance, as better-auth made them (`__Secure-` over HTTPS). */
function cookieNames(auth: Auth): Promise<CookieNames> {
  let names = namesOf.get(auth);
  if (!names) {
    names = auth.$context.then(({ authCookies, secret }) => ({
      sessionToken: authCookies.sessionToken.name,
      sessionData: authCookies.sessionData.name,
      secret,
    }));
    namesOf.set(auth, names);
  }
  return names;
}

/**
 * The session check of a request from its signed cookies, without better-auth's endpoint pipeline (its context,
 * hooks, response headers and a WebCrypto key import per signature: ~0.9 ms of a submit's CPU). It accepts exactly
 * what better-auth's `getSession` accepts from its cookie cache and otherwise defers to it:
 *
 * - the session cookie's value is `<token>.<HMAC-SHA256 of the token>` under the installation's secret, checked here
 *   (better-call's `getSignedCookie` format: standard base64 with padding, 44 characters);
 * - the signed copy (`session_data`, better-auth's "compact" cookie cache, as its `setCookieCache` writes it and
 *   its `decodeCookieCache` / `getCookieCache` read it): base64url JSON `{ session, expiresAt, signature }` whose
 *   signature is the HMAC-SHA256 (base64url) of `JSON.stringify({ ...session, expiresAt })` under the same secret;
 *   its own expiry (`cookieCache.maxAge`, 60 s after it was made) and the session's expiry both still ahead;
 * - the copy belongs to that session cookie (the same token) and carries the cache version better-auth expects ("1").
 *
 * The copy is read here with node:crypto rather than with better-auth's `getCookieCache`, which does the same checks
 * through WebCrypto (a key import per call), its own base64 decoder and a date-reviving JSON parse: ~190 µs against
 * ~20 µs. session-cookie-check.test.ts holds the two to the same verdicts on cookies better-auth itself made (valid,
 * run out, tampered, another secret), so an upgrade that changes the format fails there, not in production.
 * A copy split over several cookies (only past ~4 KB, never for these sessions) is left to better-auth.
 *
 * Anything else — no copy, a copy run out or refused, a session cookie signed with another secret (after
 * `auth:rotate-secret`) — answers `null`, and the caller runs better-auth's full check, which reads the session
 * table, renews the copy and removes what it refuses. So a session deleted elsewhere (sign-out on another device,
 * a secret rotation) is honoured here for at most the copy's remaining minute, as it is by better-auth itself.
 */
export async function checkSessionCookies(auth: Auth, headers: Headers): Promise<CookieSessionCheck> {
  const cookieHeader = headers.get("cookie");
  if (!cookieHeader) return { user: null };
  const names = await cookieNames(auth);
  const cookies = parseCookies(cookieHeader);
  const signedToken = cookies.get(names.sessionToken);
  if (!signedToken) return { user: null };
  const data = cookies.get(names.sessionData);
  if (!data) return null; // no signed copy: better-auth decides
  const now = Date.now();
  // the token's length first, so no two different pairs make the same key
  const pairKey = `${signedToken.length}:${signedToken}${data}`;
  const known = verifiedPairs(auth).get(pairKey);
  if (known) return known.copyExpiresAt < now || known.sessionExpiresAt < now ? null : { user: known.user };
  const token = verifiedToken(signedToken, names.secret);
  if (!token) return null;
  const cached = readSignedCopy(data, names.secret, now);
  if (!cached || cached.session.token !== token || (cached.version ?? "1") !== "1") return null;
  const { user } = cached;
  const verdict: VerifiedPair = {
    user: { id: user.id, name: user.name, email: user.email, isAnonymous: Boolean(user.isAnonymous) },
    copyExpiresAt: cached.copyExpiresAt,
    sessionExpiresAt: cached.sessionExpiresAt,
  };
  remember(auth, pairKey, verdict);
  return { user: verdict.user };
}

/**
 * Cookie pairs whose signatures were checked, by their exact values: a reader's requests within the copy's minute
 * skip the two HMACs, the decoding and the parsing (about a twentieth of a submit's CPU). Only what verified is
 * kept, and both expiries are checked again on every request, so a pair answers exactly what checking it anew
 * would; a changed byte in either cookie is another key, checked in full. At most VERIFIED_PAIRS_KEPT per auth
 * instance (one per secret), oldest dropped first.
 */
interface VerifiedPair {
  user: SessionUser;
  copyExpiresAt: number;
  sessionExpiresAt: number;
}
const VERIFIED_PAIRS_KEPT = 1000;
const pairsOf = new WeakMap<Auth, Map<string, VerifiedPair>>();
function verifiedPairs(auth: Auth): Map<string, VerifiedPair> {
  let pairs = pairsOf.get(auth);
  if (!pairs) pairsOf.set(auth, (pairs = new Map()));
  return pairs;
}
function remember(auth: Auth, key: string, verdict: VerifiedPair): void {
  const pairs = verifiedPairs(auth);
  if (pairs.size >= VERIFIED_PAIRS_KEPT) pairs.delete(pairs.keys().next().value!);
  pairs.set(key, verdict);
}

/** What the signed copy must hold for this check (better-auth's payload carries more; only this is read). */
const signedCopySchema = z.object({
  session: z.object({ token: z.string().min(1), expiresAt: z.union([z.string(), z.number()]) }),
  user: z.object({ id: z.string().min(1), name: z.string(), email: z.string(), isAnonymous: z.boolean().nullish() }),
  updatedAt: z.number(),
  version: z.string().optional(),
});
const compactCookieSchema = z.object({ session: z.record(z.string(), z.unknown()), expiresAt: z.number(), signature: z.string() });

/**
 * better-auth's compact cookie cache, verified: the payload when its signature is ours and neither the copy nor the
 * session it copies has run out; otherwise null.
 */
export function readSignedCopy(value: string, secret: string, now = Date.now()): (z.infer<typeof signedCopySchema> & { copyExpiresAt: number; sessionExpiresAt: number }) | null {
  let outer: z.infer<typeof compactCookieSchema>;
  try {
    const parsed = compactCookieSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    outer = parsed.data;
  } catch {
    return null; // not JSON
  }
  const expected = createHmac("sha256", secret).update(JSON.stringify({ ...outer.session, expiresAt: outer.expiresAt })).digest();
  const given = Buffer.from(outer.signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (outer.expiresAt < now) return null;
  const payload = signedCopySchema.safeParse(outer.session);
  if (!payload.success) return null;
  const sessionExpiresAt = new Date(payload.data.session.expiresAt).getTime();
  if (!Number.isFinite(sessionExpiresAt) || sessionExpiresAt < now) return null;
  return { ...payload.data, copyExpiresAt: outer.expiresAt, sessionExpiresAt };
}

/** The token of a signed session cookie (`<token>.<base64 HMAC-SHA256>`), or null when its signature is not ours. */
function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const token = value.slice(0, dot);
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
