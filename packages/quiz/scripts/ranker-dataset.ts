// Builds the question ranker's labelled dataset (issue 10) from blind readings: one record per distinct question
// object a reviewer saw, with the article, the verdict per test and "good" (all four passed on every line).
//
// Usage: node --import tsx/esm scripts/ranker-dataset.ts SCRATCH OUT.jsonl [READINGS]
//   SCRATCH  a folder with blind/<r><1-4>/<text>/{article.txt,questions-[AB]*.json}, blind-out/<r><1-4>/review.md
//            and blind-key-<R>.json (which build, "old" or "new", made the A files of each text);
//   OUT      where to write the records — outside the repository: they hold copyrighted article text;
//   READINGS the letters to read (default HIJKLMNOPQRSTU; never V or W: held aside to measure the retrained ranker),
//            or reading names separated by commas ("as,at,…,cf": the later readings, two letters each, whose key file
//            `blind-key-<name>.json` maps each reviewer folder to its texts and the build of their A files).
//            Readings A and B of labels/ are added as well.
// The review parser follows the scratch folder's abagg.py: reviewers wrote free-form markdown (bullets, tables, per-file
// sections), so a line counts when it names a question id, a question file (on the line or the last file heading) and
// a pass/fail mark for each of A, U, G and N.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const [scratch, out, letters = "HIJKLMNOPQRSTU"] = process.argv.slice(2);
if (!scratch || !out) {
  console.error("usage: ranker-dataset.ts SCRATCH OUT.jsonl [READINGS]");
  process.exit(2);
}

const questionSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  kind: z.string(),
  prompt: z.string(),
  answer: z.string(),
  options: z.array(z.string()).optional(),
  evidence: z.object({ paragraph: z.number(), sentence: z.number(), text: z.string() }),
});
type Question = z.infer<typeof questionSchema>;
const fileSchema = z.object({ questions: z.array(questionSchema) });
const keySchema = z.record(z.string(), z.object({ A: z.enum(["old", "new"]), group: z.string() }));
/** The later readings' key: reviewer folder → text → the build that made its A files. */
const groupKeySchema = z.record(z.string(), z.record(z.string(), z.enum(["old", "new"])));

function readKey(raw: unknown): z.infer<typeof keySchema> {
  const old = keySchema.safeParse(raw);
  if (old.success) return old.data;
  const byGroup = groupKeySchema.parse(raw);
  return Object.fromEntries(Object.entries(byGroup).flatMap(([group, texts]) => Object.entries(texts).map(([text, A]) => [text, { A, group }])));
}

type Test = "A" | "U" | "G" | "N";
const TESTS: readonly Test[] = ["A", "U", "G", "N"];

export interface LabelledRecord {
  reading: string;
  group: string;
  text: string;
  /** Which engine build made the question ("old"/"new" for readings H–U, the labels folder's engine for A and B). */
  build: string;
  questionId: string;
  files: string[];
  question: Question;
  article: string;
  verdict: Record<Test, boolean>;
  good: boolean;
  /** Lines on the same question object disagreed (it counts as good only if every line passed). */
  conflict: boolean;
  lines: number;
}

const MARK: Record<string, boolean> = {
  P: true, "✓": true, "✔": true, p: true, ok: true, pass: true, PASS: true,
  F: false, "✗": false, "✘": false, f: false, FAIL: false, fail: false,
};

const records = new Map<string, LabelledRecord>();
const stats: string[] = [];

function add(reading: string, group: string, text: string, build: string, file: string, q: Question, article: string, v: Record<Test, boolean>): void {
  // the same id can carry other options in another file: the label belongs to the object the reader saw (the options
  // in any order: files that only shuffle them show the reader the same question)
  const key = `${reading}|${text}|${q.id}|${q.prompt}|${[...(q.options ?? [])].sort().join("|")}|${q.answer}`;
  const r = records.get(key);
  if (!r) {
    records.set(key, {
      reading, group, text, build, questionId: q.id, files: [file], question: q, article,
      verdict: { ...v }, good: TESTS.every((t) => v[t]), conflict: false, lines: 1,
    });
    return;
  }
  if (!r.files.includes(file)) r.files.push(file);
  r.lines++;
  const good = TESTS.every((t) => v[t]);
  if (good !== r.good || TESTS.some((t) => v[t] !== r.verdict[t])) r.conflict = true;
  for (const t of TESTS) r.verdict[t] = r.verdict[t] && v[t];
  r.good = r.good && good;
}

const ID = /\b(q[0-9a-z]{7})\b/;
const FILE_RE = /questions-([AB])[\w-]*(?:\.json)?/;
const TABLE_FILE = /^\|\s*`?([AB])((?:-10-s\d)?)(?:\.json)?`?\s*\|/;
const V = String.raw`\s*\**\s*([PF✓✗✔✘]|pass|PASS|FAIL|fail)\s*\**\s*\|`;
const TABLE_MARKS = new RegExp(String.raw`\|${V}${V}${V}${V}`);

/** The question file a line names, normalised to "questions-A-10-s1.json" (tables may write "A-10-s1"). */
function fileOf(m: RegExpExecArray): string {
  if (m[0].startsWith("questions")) return m[0].endsWith(".json") ? m[0] : `${m[0]}.json`;
  return `questions-${m[1] ?? ""}${m[2] ?? ""}.json`;
}

function readBlind(letter: string): void {
  const r = letter.toLowerCase();
  const keyPath = join(scratch as string, `blind-key-${letter}.json`);
  if (!existsSync(keyPath)) throw new Error(`no ${keyPath}`);
  const key = readKey(JSON.parse(readFileSync(keyPath, "utf8")));
  for (const n of [1, 2, 3, 4, 5]) {
    const group = `${r}${n}`;
    const dir = join(scratch as string, "blind", group);
    const review = join(scratch as string, "blind-out", group, "review.md");
    if (!existsSync(dir) || !existsSync(review)) continue;
    const texts = readdirSync(dir).sort();
    const files = new Map<string, Map<string, Question>>();
    const articles = new Map<string, string>();
    let shown = 0;
    for (const t of texts) {
      articles.set(t, readFileSync(join(dir, t, "article.txt"), "utf8"));
      for (const f of readdirSync(join(dir, t)).filter((x) => /^questions-[AB].*\.json$/.test(x))) {
        const qs = fileSchema.parse(JSON.parse(readFileSync(join(dir, t, f), "utf8"))).questions;
        shown += qs.length;
        files.set(`${t}/${f}`, new Map(qs.map((q) => [q.id, q])));
      }
    }
    let cur: string | undefined;
    let lastFile: RegExpExecArray | null = null;
    let parsed = 0;
    let missing = 0;
    const seen = new Set<string>();
    for (const line of readFileSync(review, "utf8").split("\n")) {
      // (a text the line names in full first: "entertainment-032/…" would also match every other "entertai…" text by the
      // short form, and the last of them won — reading CS lost its entertainment lines so)
      const exact = texts.find((t) => line.includes(`${t}/`));
      if (exact) cur = exact;
      else for (const t of texts) {
        if (line.includes(t) || (!t.startsWith("bbc") && line.includes(t.slice(0, 8)))) cur = t;
        else if (line.startsWith("#") && new RegExp(String.raw`^#+\s*(?:Article \d+\s*[—-]\s*)?(?:news_)?${t.slice(5, 8)}\b`).test(line)) cur = t;
      }
      const id = ID.exec(line);
      let f = FILE_RE.exec(line) ?? TABLE_FILE.exec(line);
      if (f && !id) {
        lastFile = f;
        continue;
      }
      if (!f && id) f = lastFile;
      // ("fail" in lower case too: the line form of scripts/blind/brief.txt writes "A:pass U:pass G:fail N:pass", and a
      // line whose fail went unread was dropped whole, which left only all-pass lines of such a reading)
      let marks = TESTS.map((t) => new RegExp(String.raw`${t}\s*[:=]?\s*\**([PF✓✗]|ok|FAIL|fail|pass)\**`).exec(line)?.[1]);
      if (!marks.every(Boolean)) {
        const tm = TABLE_MARKS.exec(line);
        if (tm) marks = [tm[1], tm[2], tm[3], tm[4]];
      }
      if (!id || !f || !cur || !marks.every(Boolean)) continue;
      const file = fileOf(f);
      const k = `${cur}|${file}|${id[1]}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const q = files.get(`${cur}/${file}`)?.get(id[1] ?? "");
      if (!q) {
        missing++;
        continue;
      }
      parsed++;
      const entry = key[cur];
      if (!entry) throw new Error(`${letter}: no key for ${cur}`);
      const build = file.startsWith("questions-A") ? entry.A : entry.A === "new" ? "old" : "new";
      const v = Object.fromEntries(TESTS.map((t, i) => [t, MARK[marks[i] ?? ""] ?? false])) as Record<Test, boolean>;
      add(letter, group, cur, build, file, q, articles.get(cur) ?? "", v);
    }
    stats.push(
      `${group}: ${shown} question lines shown, ${parsed} verdict lines joined, ${shown - parsed} unjoined (${missing} naming a question not in their file)`,
    );
  }
}

/** Readings A and B: `- file | id | type | A✓ U✓ G✗ N✓ | reason` under `### text`. */
function readLabels(letter: string): void {
  const dir = join(import.meta.dirname, "..", "labels", `reading-${letter}`);
  const engine = letter === "A" ? "2.0-pre" : "2.0.0";
  let text = "";
  let parsed = 0;
  const line = /^- (questions[\w-]*\.json) \| (\w+) \| [\w-]+ \| A(.) U(.) G(.) N(.)/;
  for (const l of readFileSync(join(dir, "verdicts.md"), "utf8").split("\n")) {
    const h = /^### (\S+)/.exec(l);
    if (h) {
      text = h[1] ?? "";
      continue;
    }
    const m = line.exec(l);
    if (!m || !text) continue;
    const [, file = "", id = "", a, u, g, n] = m;
    const q = fileSchema.parse(JSON.parse(readFileSync(join(dir, text, file), "utf8"))).questions.find((x) => x.id === id);
    if (!q) continue;
    parsed++;
    add(letter, letter.toLowerCase(), text, engine, file, q, readFileSync(join(dir, text, "article.txt"), "utf8"), {
      A: a === "✓", U: u === "✓", G: g === "✓", N: n === "✓",
    });
  }
  stats.push(`${letter}: ${parsed} verdict lines joined`);
}

readLabels("A");
readLabels("B");
for (const l of letters.includes(",") ? letters.split(",").filter(Boolean) : [...letters]) readBlind(l);

const all = [...records.values()];
writeFileSync(out, all.map((r) => JSON.stringify(r)).join("\n") + "\n");
for (const s of stats) console.log(s);
console.log("\nreading | distinct questions | lines | good | good % | conflicting");
for (const reading of [...new Set(all.map((r) => r.reading))]) {
  const rs = all.filter((r) => r.reading === reading);
  const good = rs.filter((r) => r.good).length;
  console.log(
    `${reading} | ${rs.length} | ${rs.reduce((a, r) => a + r.lines, 0)} | ${good} | ${((100 * good) / rs.length).toFixed(1)} % | ${rs.filter((r) => r.conflict).length}`,
  );
}
const good = all.filter((r) => r.good).length;
console.log(`all | ${all.length} | ${all.reduce((a, r) => a + r.lines, 0)} | ${good} | ${((100 * good) / all.length).toFixed(1)} % | ${all.filter((r) => r.conflict).length}`);
