// Developer aid: what the engine asks of a set of texts, to see what a change does to it before a blind reading.
//
//   node --import tsx/esm scripts/quiz-dump.ts OUT.json FILE_OR_FOLDER …   every text's count-40 quiz (seed 1) as
//                                                                          "type|prompt|answer" lines, and totals
//   node --import tsx/esm scripts/quiz-dump.ts --diff BEFORE.json AFTER.json [N]   the questions one dump has and the
//                                                                          other has not (N lines at most, default 60)
//
// Run the first form on the build before a change and after it (a git worktree of the earlier commit) over the same
// texts — a folder outside the repository, never the held-aside ones of the next reading.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { parseArticleText } from "@newsquiz/article";
import { joinAnswerKey, makeQuiz } from "../src/make-quiz";

const dumpSchema = z.record(z.string(), z.array(z.string()));
type Dump = z.infer<typeof dumpSchema>;

function textsOf(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".txt")).sort().map((f) => join(p, f)) : [p]));
}

function dump(out: string, paths: readonly string[]): void {
  const all: Dump = {};
  const forms = new Map<string, number>();
  let count10 = 0;
  const files = textsOf(paths);
  for (const file of files) {
    const article = parseArticleText(readFileSync(file, "utf8"));
    const questions = joinAnswerKey(makeQuiz(article, { count: 40, seed: 1 }));
    count10 += makeQuiz(article, { count: 10, seed: 1 }).questions.length;
    for (const q of questions) forms.set(`${q.type}/${q.kind}`, (forms.get(`${q.type}/${q.kind}`) ?? 0) + 1);
    all[basename(file)] = questions.map((q) => `${q.type}|${q.prompt}|${q.answer}`);
  }
  writeFileSync(out, JSON.stringify(all, null, 1));
  const total = Object.values(all).reduce((n, qs) => n + qs.length, 0);
  const none = Object.values(all).filter((qs) => qs.length === 0).length;
  console.log(`${files.length} texts: ${total} count-40 questions, ${count10} count-10 (seed 1), ${none} texts with none`);
  console.log([...forms.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
}

function diff(beforePath: string, afterPath: string, limit: number): void {
  const before = dumpSchema.parse(JSON.parse(readFileSync(beforePath, "utf8")));
  const after = dumpSchema.parse(JSON.parse(readFileSync(afterPath, "utf8")));
  let shown = 0;
  let changed = 0;
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = new Set(before[name] ?? []);
    const now = new Set(after[name] ?? []);
    const gone = [...was].filter((q) => !now.has(q));
    const added = [...now].filter((q) => !was.has(q));
    if (gone.length === 0 && added.length === 0) continue;
    changed++;
    for (const [mark, qs] of [["-", gone], ["+", added]] as const) {
      for (const q of qs) if (shown++ < limit) console.log(`${name} ${mark} ${q.slice(0, 240)}`);
    }
  }
  const count = (d: Dump): number => Object.values(d).reduce((n, qs) => n + qs.length, 0);
  console.log(`${changed} of ${Object.keys(after).length} texts differ; ${count(before)} → ${count(after)} questions`);
}

// (piped into `head`, the reader may close the pipe before all is written: stop quietly)
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
if (args[0] === "--diff" && args[1] && args[2]) diff(args[1], args[2], Number(args[3] ?? 60));
else if (args[0] && !args[0].startsWith("--") && args.length >= 2) dump(args[0], args.slice(1));
else {
  console.error("usage: quiz-dump.ts OUT.json FILE_OR_FOLDER … | --diff BEFORE.json AFTER.json [N]");
  process.exit(2);
}
