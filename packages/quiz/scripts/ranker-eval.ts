// Leave-one-reading-out evaluation of a question ranker (issue 10): an L2-regularised logistic regression on the
// features of src/ranker-features.ts, trained on every reading but one and scored on the one held out.
//
// Usage: node --import tsx/esm scripts/ranker-eval.ts LABELLED.jsonl [MORE.jsonl …] [--l2=0.01] [--only=type:,kind:] [--weights=OUT.json]
//          [--features=OUT.jsonl]
//   LABELLED  the records of scripts/ranker-dataset.ts (outside the repository: they hold article text), or
//             labels/ranker-labels*.jsonl (ids, features and verdicts only: the table from the repository alone; the
//             labels are kept in three files under 2 MB each, read together);
//   --weights write the model fitted on all readings (features, weights, bias);
//   --features write one line per record with ids, feature values (in RANKER_FEATURES order) and verdict only — no
//             article or prompt text.
// Prints per held-out reading: AUC, the pass rate of all its questions and of those kept when the lowest-scored
// 10/20/30 % are dropped, and per text and build the top-k by score against the engine's own count-10 quizzes.
// Deterministic: full-batch gradient descent from zero weights.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { z } from "zod";
import { RANKER_FEATURES, rankerArticle, rankerFeatures, type RankerArticle } from "../src/ranker-features";
import type { FullQuestion } from "../src/quiz-schema";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const opt = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
if (files.length === 0) {
  console.error("usage: ranker-eval.ts LABELLED.jsonl [--l2=0.01] [--weights=OUT.json] [--features=OUT.jsonl]");
  process.exit(2);
}
const L2 = Number(opt("l2") ?? "0.01");
/** A question form (type/kind) with fewer verdicts than this is left unjudged by the engine's ranker. */
const MIN_FORM_LABELS = 20;
/** Readings always in training (the first labels, from before the news readings); every other one is held out in turn. */
const TRAIN_ALWAYS = new Set(["A", "B"]);
/** The engine's floor (src/ranker.ts): the forward test and the summaries report the questions it keeps. */
const FLOOR = Number(opt("floor") ?? "0.4");
// --only=type:,kind: keeps only the features whose names start so (an ablation: what the rest adds)
const ONLY = (opt("only") ?? "").split(",").filter(Boolean);

const recordSchema = z.object({
  reading: z.string(),
  group: z.string(),
  text: z.string(),
  build: z.string(),
  questionId: z.string(),
  files: z.array(z.string()),
  question: z.looseObject({}),
  article: z.string(),
  verdict: z.object({ A: z.boolean(), U: z.boolean(), G: z.boolean(), N: z.boolean() }),
  good: z.boolean(),
});
/** A line of labels/ranker-labels.jsonl: the features already worked out, no text. */
const labelSchema = z.object({
  reading: z.string(),
  form: z.string(),
  text: z.string(),
  build: z.string(),
  questionId: z.string(),
  files: z.array(z.string()),
  x: z.array(z.number()).length(RANKER_FEATURES.length),
  verdict: z.object({ A: z.boolean(), U: z.boolean(), G: z.boolean(), N: z.boolean() }),
  good: z.boolean(),
});
// --without=prompt:refers,… zeroes the features named (an ablation: the table without features added later)
const WITHOUT = new Set((opt("without") ?? "").split(",").filter(Boolean));
const keep = (n: string): boolean => !WITHOUT.has(n) && (ONLY.length === 0 || ONLY.some((p) => n.startsWith(p)));

interface Row {
  reading: string;
  /** "type/kind", e.g. "choice/date". */
  form: string;
  text: string;
  build: string;
  id: string;
  files: string[];
  x: number[];
  y: number;
  verdict: { A: boolean; U: boolean; G: boolean; N: boolean };
}

const arts = new Map<string, RankerArticle>();
const rows: Row[] = files
  .flatMap((file) => readFileSync(file, "utf8").split("\n"))
  .filter(Boolean)
  .map((line) => {
    const raw: unknown = JSON.parse(line);
    const label = labelSchema.safeParse(raw);
    if (label.success) {
      // the committed labels: features as they were computed (regenerate them when ranker-features.ts changes)
      const l = label.data;
      return {
        reading: l.reading, form: l.form, text: l.text, build: l.build, id: l.questionId, files: l.files,
        x: l.x.map((v, j) => (keep(RANKER_FEATURES[j] as string) ? v : 0)), y: l.good ? 1 : 0, verdict: l.verdict,
      };
    }
    const r = recordSchema.parse(raw);
    const key = `${r.reading}|${r.text}`;
    let art = arts.get(key);
    if (!art) {
      art = rankerArticle(parseArticleText(r.article));
      arts.set(key, art);
    }
    // the question files' own shape (checked by ranker-dataset.ts); the features read only its fields
    const f = rankerFeatures(r.question as unknown as FullQuestion, art);
    return {
      reading: r.reading, form: `${String(r.question.type)}/${String(r.question.kind)}`, text: r.text, build: r.build, id: r.questionId, files: r.files,
      x: RANKER_FEATURES.map((n) => (keep(n) ? f[n] : 0)), y: r.good ? 1 : 0, verdict: r.verdict,
    };
  });

const HELD = [...new Set(rows.map((r) => r.reading))].filter((r) => !TRAIN_ALWAYS.has(r)).sort();
const shippedSchema = z.object({
  trainedOn: z.number(),
  judged: z.array(z.string()),
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
});

function fit(train: Row[], l2: number, iters = 1500, rate = 1): { w: number[]; b: number } {
  const d = RANKER_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = train.length;
  for (let it = 0; it < iters; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const r of train) {
      let z0 = b;
      for (let j = 0; j < d; j++) z0 += (w[j] as number) * (r.x[j] as number);
      const err = 1 / (1 + Math.exp(-z0)) - r.y;
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + err * (r.x[j] as number);
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] = (w[j] as number) - rate * ((gw[j] as number) / n + l2 * (w[j] as number));
    b -= (rate * gb) / n;
  }
  return { w, b };
}

const score = (m: { w: number[]; b: number }, r: Row): number => {
  let z0 = m.b;
  r.x.forEach((v, j) => (z0 += (m.w[j] as number) * v));
  return 1 / (1 + Math.exp(-z0));
};

function auc(s: number[], y: number[]): number {
  const idx = s.map((v, i) => i).sort((a, b) => (s[a] as number) - (s[b] as number));
  // average ranks for ties
  const rank = new Array<number>(s.length).fill(0);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && s[idx[j + 1] as number] === s[idx[i] as number]) j++;
    for (let k = i; k <= j; k++) rank[idx[k] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  const sum = y.reduce((a, v, i) => a + (v === 1 ? (rank[i] as number) : 0), 0);
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

const pct = (a: number, b: number): string => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}`);

/** Pass rate of the questions kept when the lowest-scored share is dropped (ties broken by id: deterministic). */
function keptRate(rs: Row[], s: Map<Row, number>, drop: number): [number, number] {
  const sorted = [...rs].sort((a, b) => (s.get(b) as number) - (s.get(a) as number) || a.id.localeCompare(b.id));
  const kept = sorted.slice(0, Math.round(sorted.length * (1 - drop)));
  return [kept.filter((r) => r.y === 1).length, kept.length];
}

/**
 * Per text and build: the engine's count-10 quizzes (seeds 1–3) against the top k of its count-40 quiz by score (k =
 * the count-10 quiz's length), where the count-40 pool is larger than k.
 */
function topK(rs: Row[], s: Map<Row, number>): { engine: [number, number]; ranked: [number, number]; texts: number } {
  const engine: [number, number] = [0, 0];
  const ranked: [number, number] = [0, 0];
  let texts = 0;
  for (const key of new Set(rs.map((r) => `${r.text}|${r.build}`))) {
    const mine = rs.filter((r) => `${r.text}|${r.build}` === key);
    const full = mine.filter((r) => r.files.some((f) => /^questions(?:-[AB])?\.json$/.test(f)));
    for (const seed of ["s1", "s2", "s3"]) {
      const ten = mine.filter((r) => r.files.some((f) => f.endsWith(`-10-${seed}.json`)));
      const k = ten.length;
      if (k === 0 || full.length <= k) continue;
      texts++;
      engine[0] += ten.filter((r) => r.y === 1).length;
      engine[1] += k;
      const top = [...full].sort((a, b) => (s.get(b) as number) - (s.get(a) as number) || a.id.localeCompare(b.id)).slice(0, k);
      ranked[0] += top.filter((r) => r.y === 1).length;
      ranked[1] += k;
    }
  }
  return { engine, ranked, texts };
}

/** One held-out set's line: AUC, drops, the floor, and top-k against the engine's count-10. */
interface Summary {
  n: number;
  good: number;
  auc: number;
  drops: [number, number][];
  floor: [number, number];
  tk: ReturnType<typeof topK>;
}
function summarise(test: Row[], s: Map<Row, number>, floor = FLOOR): Summary {
  // AUC over the questions the model judges (the engine gives the others score 1: they carry no ranking)
  const judgedRows = test.filter((r) => (s.get(r) as number) < 1);
  const kept = test.filter((r) => (s.get(r) as number) >= floor);
  return {
    n: test.length,
    good: test.filter((r) => r.y === 1).length,
    auc: auc(judgedRows.map((r) => s.get(r) as number), judgedRows.map((r) => r.y)),
    drops: [0.1, 0.2, 0.3].map((d) => keptRate(test, s, d)),
    floor: [kept.filter((r) => r.y === 1).length, kept.length],
    tk: topK(test, s),
  };
}
const gain = (d: [number, number], base: number): string =>
  `${pct(d[0], d[1])} (${(100 * d[0]) / d[1] - base >= 0 ? "+" : ""}${((100 * d[0]) / d[1] - base).toFixed(1)})`;
function line(label: string, x: Summary, withFloor: boolean): string {
  const base = (100 * x.good) / x.n;
  const floorCells = withFloor ? ` ${pct(x.floor[1], x.n)} | ${gain(x.floor, base)} |` : "";
  return (
    `| ${label} | ${x.n} | ${base.toFixed(1)} | ${Number.isNaN(x.auc) ? "" : x.auc.toFixed(3)} |${floorCells} ${x.drops.map((d) => gain(d, base)).join(" | ")} | ` +
    `${pct(x.tk.engine[0], x.tk.engine[1])} | ${pct(x.tk.ranked[0], x.tk.ranked[1])} | ${x.tk.texts} |`
  );
}
function add(a: Summary, b: Summary): Summary {
  const sum = (p: [number, number], q: [number, number]): [number, number] => [p[0] + q[0], p[1] + q[1]];
  return {
    n: a.n + b.n, good: a.good + b.good, auc: NaN,
    drops: a.drops.map((d, i) => sum(d, b.drops[i] as [number, number])), floor: sum(a.floor, b.floor),
    tk: { engine: sum(a.tk.engine, b.tk.engine), ranked: sum(a.tk.ranked, b.tk.ranked), texts: a.tk.texts + b.tk.texts },
  };
}
const EMPTY: Summary = { n: 0, good: 0, auc: NaN, drops: [[0, 0], [0, 0], [0, 0]], floor: [0, 0], tk: { engine: [0, 0], ranked: [0, 0], texts: 0 } };
const HEAD = "| questions | good % | AUC |";
const DROPS = " drop 10 % | drop 20 % | drop 30 % | engine count-10 | top-k by score | quizzes |";

console.log(`${rows.length} labelled questions, ${RANKER_FEATURES.length} features, L2 ${L2}\n`);

// the shipped model on readings it never saw (--shipped=WEIGHTS.json --forward=PQRSTU), as the engine applies it:
// forms it does not judge score 1, a question below the floor is dropped
const shippedPath = opt("shipped");
if (shippedPath) {
  const m = shippedSchema.parse(JSON.parse(readFileSync(shippedPath, "utf8")));
  const idx = m.features.map((f) => (RANKER_FEATURES as readonly string[]).indexOf(f));
  if (idx.some((i) => i < 0)) throw new Error(`${shippedPath} names a feature ranker-features.ts no longer has`);
  const judged = new Set(m.judged);
  const shippedScore = (r: Row, every = false): number => {
    if (!every && !judged.has(r.form)) return 1;
    let z0 = m.bias;
    idx.forEach((i, j) => (z0 += (m.weights[j] as number) * (r.x[i] as number)));
    return 1 / (1 + Math.exp(-z0));
  };
  // single letters ("PQRSTU") or the later readings' names separated by commas ("as,at,…,cg")
  const fwdArg = opt("forward") ?? "PQRSTU";
  const fwd = fwdArg.includes(",") ? fwdArg.split(",").filter(Boolean) : fwdArg.split("");
  console.log(`forward test: ${shippedPath} (trained on ${m.trainedOn}) on ${fwd.join(" ")}, floor ${FLOOR}\n`);
  console.log(`| reading ${HEAD} kept at floor | pass rate of kept |${DROPS}`);
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const build of ["all", "old", "new"]) {
    let tot = EMPTY;
    for (const r of fwd) {
      const test = rows.filter((x) => x.reading === r && (build === "all" || x.build === build));
      if (test.length === 0) continue;
      const x = summarise(test, new Map(test.map((t) => [t, shippedScore(t)])));
      tot = add(tot, x);
      if (build === "all") console.log(line(r, x, true));
    }
    const test = rows.filter((x) => fwd.includes(x.reading) && (build === "all" || x.build === build));
    const pooled = summarise(test, new Map(test.map((t) => [t, shippedScore(t)])));
    console.log(line(`**${fwd.join("")}${build === "all" ? "" : `, ${build} build`}**`, { ...tot, auc: pooled.auc }, true));
  }
  // every form scored by the model, as the leave-one-out table does (to compare with its rows for the same readings)
  let every = EMPTY;
  for (const r of fwd) {
    const test = rows.filter((x) => x.reading === r);
    if (test.length > 0) every = add(every, summarise(test, new Map(test.map((t) => [t, shippedScore(t, true)]))));
  }
  const test = rows.filter((x) => fwd.includes(x.reading));
  const pooled = summarise(test, new Map(test.map((t) => [t, shippedScore(t, true)])));
  console.log(line(`${fwd.join("")}, every form scored`, { ...every, auc: pooled.auc }, true));
  console.log("");
}

console.log(`leave one reading out (A, B always in training), held out: ${HELD.join(" ")}\n`);
console.log(`| held out ${HEAD}${DROPS}`);
console.log("|---|---|---|---|---|---|---|---|---|---|");
const heldScores: { reading: string; s: number; y: number }[] = [];
let tot = EMPTY;
const blocks = new Map<string, Summary>();
// the later readings have two-letter names (AS–CG, 2026-12-04/05: blind-key files by reviewer folder)
const blockOf = (r: string): string => (r.length === 2 ? "AS–CG" : r < "P" ? "H–O" : "P–U");
for (const held of HELD) {
  const test = rows.filter((r) => r.reading === held);
  if (test.length === 0) continue;
  const model = fit(rows.filter((r) => r.reading !== held), L2);
  const s = new Map(test.map((r) => [r, score(model, r)]));
  for (const r of test) heldScores.push({ reading: held, s: s.get(r) as number, y: r.y });
  const x = summarise(test, s);
  tot = add(tot, x);
  blocks.set(blockOf(held), add(blocks.get(blockOf(held)) ?? EMPTY, x));
  console.log(line(held, x, false));
}
for (const [b, x] of blocks) console.log(line(b, x, false));
console.log(line("**all**", tot, false));
const base = (100 * tot.good) / tot.n;

// forward in time: trained on the readings before a later block only, scored on that block together — the ranker's
// use, on texts read after its labels
const lateReadings = new Set(HELD.filter((r) => r.length === 2));
for (const later of [new Set(["M", "N", "O"]), new Set(["P", "Q", "R", "S", "T", "U"]), lateReadings]) {
  const test = rows.filter((r) => later.has(r.reading));
  if (test.length === 0) continue;
  const before = rows.filter((r) => r.reading < [...later][0]! || TRAIN_ALWAYS.has(r.reading));
  const model = fit(before, L2);
  const x = summarise(test, new Map(test.map((r) => [r, score(model, r)])));
  const b = (100 * x.good) / x.n;
  console.log(
    `\nforward (train ${[...new Set(before.map((r) => r.reading))].join("")}; score ${[...later].join("")}): ${x.n} questions, good ${b.toFixed(1)} %, AUC ${x.auc.toFixed(3)}, ` +
      `floor ${FLOOR} keeps ${pct(x.floor[1], x.n)} % at ${pct(x.floor[0], x.floor[1])} %, ` +
      `kept ${x.drops.map((d, i) => `drop ${10 * (i + 1)} % ${pct(d[0], d[1])}`).join(", ")}; engine count-10 ${pct(x.tk.engine[0], x.tk.engine[1])}, top-k ${pct(x.tk.ranked[0], x.tk.ranked[1])}`,
  );
}

// a fixed floor, as the engine would apply it: each held-out question scored by the model that never saw its reading
const later = heldScores.filter((h) => blockOf(h.reading) === "P–U");
const laterBase = pct(later.filter((h) => h.y === 1).length, later.length);
console.log(
  "\n| floor | kept | pass rate of kept (all held-out: " + base.toFixed(1) + " %) | readings gaining ≥ 5 points | pass rate below | P–U: kept | P–U: pass rate of kept (all: " + laterBase + " %) | P–U: below |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const floor of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
  const kept = heldScores.filter((h) => h.s >= floor);
  const below = heldScores.filter((h) => h.s < floor);
  const lk = later.filter((h) => h.s >= floor);
  const lb = later.filter((h) => h.s < floor);
  const gaining = HELD.filter((r) => {
    const mine = heldScores.filter((h) => h.reading === r);
    const k = mine.filter((h) => h.s >= floor);
    if (mine.length === 0 || k.length === 0) return false;
    return (100 * k.filter((h) => h.y === 1).length) / k.length - (100 * mine.filter((h) => h.y === 1).length) / mine.length >= 5;
  });
  console.log(
    `| ${floor} | ${pct(kept.length, heldScores.length)} % | ${pct(kept.filter((h) => h.y === 1).length, kept.length)} % | ${gaining.length} of ${HELD.length} (${gaining.join(" ")}) | ${pct(below.filter((h) => h.y === 1).length, below.length)} % | ` +
      `${pct(lk.length, later.length)} % | ${pct(lk.filter((h) => h.y === 1).length, lk.length)} % | ${pct(lb.filter((h) => h.y === 1).length, lb.length)} % (${lb.length}) |`,
  );
}

const all = fit(rows, L2);
console.log("\nweights fitted on all readings (largest first):");
RANKER_FEATURES.map((n, j) => ({ n, w: all.w[j] as number, on: rows.filter((r) => (r.x[j] as number) > 0).length }))
  .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
  .forEach(({ n, w, on }) => console.log(`  ${w >= 0 ? "+" : ""}${w.toFixed(2)}  ${n}  (non-zero in ${on})`));
console.log(`  bias ${all.b.toFixed(2)}`);

const weightsOut = opt("weights");
if (weightsOut) {
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  // the forms (type/kind) with enough verdicts to judge; the engine leaves the others to its own rules
  const forms = new Map<string, number>();
  for (const r of rows) forms.set(r.form, (forms.get(r.form) ?? 0) + 1);
  const judged = [...forms].filter(([, n]) => n >= MIN_FORM_LABELS).map(([f]) => f).sort();
  writeFileSync(
    weightsOut,
    `${JSON.stringify({ l2: L2, trainedOn: rows.length, judged, features: RANKER_FEATURES, weights: all.w.map(round), bias: round(all.b) }, null, 2)}\n`,
  );
}
const featuresOut = opt("features");
if (featuresOut) {
  writeFileSync(
    featuresOut,
    rows
      .map((r) =>
        JSON.stringify({
          reading: r.reading, form: r.form, text: r.text, build: r.build, questionId: r.id, files: r.files,
          // in the order of RANKER_FEATURES (and of the weights file's "features")
          x: r.x.map((v) => Math.round(v * 1000) / 1000),
          verdict: r.verdict, good: r.y === 1,
        }),
      )
      .join("\n") + "\n",
  );
}
