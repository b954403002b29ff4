import data from "./data/known-dates.json" with { type: "json" };

/** A year, or a decade as its first and last year, that a dictionary prints beside a name. */
type Span = readonly [number, number];

let table: Map<string, readonly Span[]> | undefined;

function load(): Map<string, readonly Span[]> {
  const map = new Map<string, readonly Span[]>();
  for (const line of data.entries.split("\n")) {
    const [name, years] = line.split("\t");
    if (!name || !years) continue;
    map.set(
      name,
      years.split(" ").map((y): Span => (y.endsWith("s") ? [Number(y.slice(0, -1)), Number(y.slice(0, -1)) + 9] : [Number(y), Number(y)])),
    );
  }
  return map;
}

/** Words of a sentence, periods and possessive endings dropped as the table's names have them ("U.S." → "US"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Small words a name may hold between its capitalised ones ("Declaration of Independence", "Bank of England"). */
const NAME_JOINERS = new Set(["of", "the", "and", "de", "von", "van", "la", "du"]);

/**
 * Whether a dictionary (WordNet's glosses, `scripts/build-known-dates.ts`) gives this year beside a name the sentence
 * holds — "Benjamin Franklin (_____–1790)", "The United Nations, founded in _____": a well-read reader's year, not the
 * article's (reading WC). A decade the gloss names covers its years ("the Great Depression … the 1930s").
 */
export function dictionaryYear(sentence: string, year: number): boolean {
  const t = (table ??= load());
  const words = (sentence.match(WORD) ?? []).map((w) => w.replace(/['’]s?$/, "").replace(/\./g, ""));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    let name = "";
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      const w = words[j] as string;
      name = j === i ? w : `${name} ${w}`;
      if (!/^\p{Lu}/u.test(w)) {
        if (NAME_JOINERS.has(w)) continue;
        break;
      }
      if (t.get(name)?.some(([from, to]) => year >= from && year <= to)) return true;
    }
  }
  return false;
}
