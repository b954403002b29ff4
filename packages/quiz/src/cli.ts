/**
 * pnpm --silent quiz <file.txt> [--seed N] [--count N] [--json]
 * Prints the quiz for an article in the plain-text format. The only file of this package that reads files.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isArticleParseError, parseArticleText } from "@newsquiz/article";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { QuizInputError } from "./errors";
import { MAX_QUESTIONS } from "./quiz-schema";

const USAGE = "Usage: pnpm --silent quiz <article.txt> [--seed N] [--count N] [--json]";

class CliError extends Error {}

interface CliArgs {
  file: string;
  seed: number;
  count: number;
  json: boolean;
}

function parseIntArg(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new CliError(`${name} needs a whole number.\n${USAGE}`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`${name} must be between ${min} and ${max}.`);
  return n;
}

function parseArgs(argv: string[]): CliArgs {
  let file: string | undefined;
  let seed = 1;
  let count = 10;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") json = true;
    else if (a === "--seed") seed = parseIntArg("--seed", argv[++i], -2147483648, 2147483647);
    else if (a === "--count") count = parseIntArg("--count", argv[++i], 1, MAX_QUESTIONS);
    else if (a === "--help" || a === "-h") throw new CliError(USAGE);
    else if (a.startsWith("--")) throw new CliError(`Unknown option ${a}.\n${USAGE}`);
    else if (file === undefined) file = a;
    else throw new CliError(`Only one article file, please.\n${USAGE}`);
  }
  if (!file) throw new CliError(`No article file given.\n${USAGE}`);
  return { file, seed, count, json };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `No such file: ${path}` : `Cannot read ${path}: ${(e as Error).message}`);
  }
  const article = parseArticleText(text);
  const quiz = makeQuiz(article, { seed: args.seed, count: args.count });
  const full = joinAnswerKey(quiz);
  if (args.json) {
    const questions = full.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      ...(q.options ? { options: q.options } : {}),
      answer: q.answer,
      kind: q.kind,
      evidence: { paragraph: q.evidence.paragraph, sentence: q.evidence.sentence, text: q.evidence.text },
      explanation: q.explanation,
    }));
    process.stdout.write(`${JSON.stringify({ questions })}\n`);
    return;
  }
  const out: string[] = [`${article.headline}`, `${full.length} questions (seed ${quiz.seed})`, ""];
  if (quiz.reason) out.push(`Note: ${quiz.reason}`, "");
  full.forEach((q, i) => {
    out.push(`${i + 1}. [${q.type} · ${q.kind}] ${q.prompt}`);
    if (q.options) q.options.forEach((o, k) => out.push(`   ${String.fromCharCode(65 + k)}) ${o}`));
    out.push(`   ✓ ${q.answer}`);
    out.push(`   evidence (paragraph ${q.evidence.paragraph + 1}, sentence ${q.evidence.sentence + 1}): ${q.evidence.text}`);
    out.push(`   ${q.explanation}`, "");
  });
  process.stdout.write(out.join("\n"));
}

// `quiz file | head`: the reader closed the pipe, so the rest of the quiz has nowhere to go — stop quietly, as other
// command-line tools do, rather than die with a stack trace
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

try {
  main();
} catch (e) {
  if (e instanceof CliError || e instanceof QuizInputError || isArticleParseError(e)) {
    process.stderr.write(`quiz: ${(e as Error).message}\n`);
    process.exit(1);
  }
  throw e;
}
