/**
 * A test-wise guesser (issue 10): answers a question from its prompt and options alone, the way a student who has not
 * read the article would, with the cues blind readers and the quiz-quality guide name — the first option, the one option whose form
 * differs from the rest, the second smallest of four numbers, the one option that shares a word with the prompt, an
 * option much longer than the others, and for true/false the key a student guesses when unsure ("true"). It never sees
 * the article or the key. `bench/guess-bench.ts` measures how often each cue finds the key in the quizzes the engine
 * keeps, against chance; a test holds the engine's quizzes near chance.
 */
import { firstNumber } from "./distractors";
import { normalizeAnswer } from "./normalize-answer";
import { STOP_WORDS } from "./word-lists";

export type GuessCue = "first-option" | "odd-form" | "second-smallest" | "prompt-word" | "longest" | "says-true";

export const GUESS_CUES: readonly GuessCue[] = ["first-option", "odd-form", "second-smallest", "prompt-word", "longest", "says-true"];

/** What the guesser sees of a question: no key, no evidence, no article. */
export interface SeenQuestion {
  type: string;
  prompt: string;
  options?: readonly string[];
}

/**
 * The option each cue points at (by its text), for the cues that point at one; a cue that sees nothing to go on (all
 * options alike, a typed answer) is left out.
 */
export function guessesFor(q: SeenQuestion): Partial<Record<GuessCue, string>> {
  const out: Partial<Record<GuessCue, string>> = {};
  const options = q.options ?? [];
  if (q.type === "true-false") {
    out["says-true"] = options.find((o) => /^true$/i.test(o)) ?? "true";
    return out;
  }
  if (options.length < 2) return out;
  out["first-option"] = options[0] as string;
  const odd = oddOneOut(options.map(formOf));
  if (odd !== undefined) out["odd-form"] = options[odd] as string;
  const values = options.map(firstNumber);
  if (options.length >= 3 && values.every((v) => v !== undefined)) {
    const order = values.map((v, i) => ({ v: v as number, i })).sort((a, b) => a.v - b.v);
    if (new Set(order.map((x) => x.v)).size === order.length) out["second-smallest"] = options[(order[1] as { i: number }).i] as string;
  }
  const promptWords = contentWords(q.prompt.replace("_____", " "));
  const sharing = options.map((o, i) => ({ i, shares: [...contentWords(o)].some((w) => promptWords.has(w)) })).filter((x) => x.shares);
  if (sharing.length === 1) out["prompt-word"] = options[(sharing[0] as { i: number }).i] as string;
  const lengths = options.map((o) => o.length);
  const sorted = [...lengths].sort((a, b) => b - a);
  if ((sorted[0] as number) >= 1.5 * (sorted[1] as number)) out.longest = options[lengths.indexOf(sorted[0] as number)] as string;
  return out;
}

/**
 * An option's form as a test-wise reader sees it: digits and letters collapsed ("£4.5bn" → "£d.da", "June 2004" →
 * "A d"), how round its number is (trailing zeros) and how many decimals it shows.
 */
function formOf(option: string): string {
  const shape = option.replace(/\p{Lu}\p{Ll}+/gu, "A").replace(/\p{Ll}+/gu, "a").replace(/\d+/g, "d");
  const number = /\d[\d,]*(?:\.(\d+))?/.exec(option);
  if (!number) return shape;
  const integer = (number[0].split(".")[0] ?? "").replace(/,/g, "");
  const zeros = /0*$/.exec(integer)?.[0].length ?? 0;
  return `${shape}|${Math.min(zeros, 3)}|${number[1]?.length ?? 0}`;
}

/** The index of the one value that differs when every other value is the same; none otherwise. */
function oddOneOut(forms: readonly string[]): number | undefined {
  if (forms.length < 3) return undefined;
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  if (counts.size !== 2) return undefined;
  const lone = [...counts].find(([, n]) => n === 1);
  return lone ? forms.indexOf(lone[0]) : undefined;
}

function contentWords(text: string): Set<string> {
  return new Set(
    normalizeAnswer(text)
      .split(" ")
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !/^\d/.test(w)),
  );
}
