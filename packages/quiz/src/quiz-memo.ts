/**
 * Memos for one quiz (issue #10's speed bar). A short quiz runs up to five seeded selections over the same facts
 * (makeQuiz's `select`), and each builds its questions again: most builds give the very question an earlier selection
 * built, which is then shaped, checked, scored and compared with the prompts taken so far all over again. These memos
 * let that work be done once per quiz. Each is made inside one makeQuiz call and dropped with it, so no quiz reads what
 * another worked out (timings stay honest, memory bounded) — and every memoised function is a pure function of its key.
 */

/** `fn` remembered by its string argument. */
export function memoByString<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const out = fn(s);
    cache.set(s, out);
    return out;
  };
}

/** `fn` remembered by its argument's identity. */
export function memoByObject<K extends object, T>(fn: (k: K) => T): (k: K) => T {
  const cache = new WeakMap<K, T>();
  return (k) => {
    if (cache.has(k)) return cache.get(k) as T;
    const out = fn(k);
    cache.set(k, out);
    return out;
  };
}

/**
 * Whether two JSON-like values have the same content: equal primitives, arrays of the same length and contents, objects
 * with the same defined properties (a property set to `undefined` counts as absent, as in JSON) and equal values.
 * Key order is not compared — looser than comparing `JSON.stringify` forms only where `make` could not tell the
 * difference anyway.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    defined++;
    if (!Object.hasOwn(y, k) || !sameContent(x[k], y[k])) return false;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) defined--;
  return defined === 0;
}

/**
 * What `make` gives for a built question, remembered by the question's content (every field) and `key` (what else
 * `make` reads, such as the sentence's key): a question built again with the same content gives the very object made
 * the first time, so what is remembered by identity (`memoByObject`, the ranker's score) is found again too. `make`
 * must not depend on anything else that changes within the quiz.
 * (The questions remembered under a key are compared field by field: a key made of the whole question as JSON cost
 * more than the comparisons — ~700 characters to build and hash per built question.)
 */
export function memoByContent<Q extends object, T>(): (q: Q | undefined, key: string, make: (q: Q | undefined) => T) => T {
  const cache = new Map<string, { q: Q; out: T }[]>();
  return (q, key, make) => {
    if (q === undefined) return make(q);
    let made = cache.get(key);
    if (made === undefined) cache.set(key, (made = []));
    for (const m of made) if (sameContent(m.q, q)) return m.out;
    const out = make(q);
    made.push({ q, out });
    return out;
  };
}
