/**
 * Memory under mixed load: the production server's resident memory, sampled every 5 s while 20 connections
 * read articles, the library (first page, search, older pages) and scores, and submit quizzes, for 10 minutes
 * (SOAK_SECONDS). Prints the samples' maximum against the 400 MB budget. `--database postgresql` for PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { sampleArticle } from "@newsquiz/article/samples";
import { createDb } from "@newsquiz/db";
import type { PublicQuestion } from "@newsquiz/quiz";
import { benchProvider, machineLine, residentMb, startApp } from "./bench-server";

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const slug = sampleArticle().slug;
const app = await startApp(3394);
try {
  const res = await fetch(`${app.url}/api/trpc/quiz.start?batch=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { slug } } }) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const db = createDb({ url: app.databaseUrl });
  const first = await db.attempt.findFirstOrThrow({ include: { quiz: true } });
  const questions = JSON.parse(first.quiz.questions) as PublicQuestion[];
  const ids = Array.from({ length: 5000 }, () => randomUUID().replaceAll("-", ""));
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.attempt.createMany({ data: chunk.map((id) => ({ id, quizId: first.quizId, userId: first.userId, total: questions.length })) });
    await db.answer.createMany({ data: chunk.flatMap((attemptId) => questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" }))) });
  }
  await db.$disconnect();

  const samples: number[] = [residentMb(app.pid)];
  const timer = setInterval(() => samples.push(residentMb(app.pid)), 5000);
  let n = 0;
  const paths = [`/articles/${slug}`, "/", "/library?q=korea+troops", "/library?page=1", "/scores"];
  const result = await autocannon({
    url: app.url,
    connections: 20,
    duration: seconds,
    headers: { cookie },
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          if (i % 6 === 5) {
            return { ...req, method: "POST", path: "/api/trpc/attempt.submit?batch=1", headers: { ...req.headers, "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { attemptId: ids[i % ids.length] } } }) };
          }
          return { ...req, method: "GET", path: paths[i % paths.length]! };
        },
      },
    ],
  });
  clearInterval(timer);
  samples.push(residentMb(app.pid));
  const max = Math.max(...samples);
  console.log(`memory under mixed load on ${benchProvider}, ${seconds} s, 20 connections, on ${machineLine()}`);
  console.log(`  requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), errors ${result.errors + result.non2xx}, p99 ${result.latency.p99} ms`);
  console.log(`  resident memory: start ${samples[0]!.toFixed(0)} MB, max ${max.toFixed(0)} MB, end ${samples.at(-1)!.toFixed(0)} MB — ${max < 400 ? "under" : "OVER"} the 400 MB budget`);
} finally {
  app.stop();
}
process.exit(0);
