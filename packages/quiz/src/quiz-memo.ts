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
 * What `make` gives for a built question, remembered by the question's content (every field, as JSON) and `key` (what
 * else `make` reads, such as the sentence's key): a question built again with the same content gives the very object
 * made the first time, so what is remembered by identity (`memoByObject`, the ranker's score) is found again too.
 * `make` must not depend on anything else that changes within the quiz.
 */
export function memoByContent<Q extends object, T>(): (q: Q | undefined, key: string, make: (q: Q | undefined) => T) => T {
  const cache = new Map<string, T>();
  return (q, key, make) => {
    if (q === undefined) return make(q);
    const k = `${key}\u0000${JSON.stringify(q)}`;
    if (cache.has(k)) return cache.get(k) as T;
    const out = make(q);
    cache.set(k, out);
    return out;
  };
}
