/**
 * Classes at size (the classes issue's Speed goal): a class of 200 students with 50 assignments (bench/seed-classes.ts).
 * On the production server, the teacher's dashboard of one assignment and one student's history in the class vs.
 * the /scores page of one reader (student 0, whose 50 class attempts are on it), all in the same run: median of 40
 * sequential requests each, after 5 warm-up requests. Goal: each within 2× of /scores.
 *
 *   node --import tsx/esm bench/classes-bench.ts [--database postgresql]   (after `next build`)
 */
import { createDb } from "@newsquiz/db";
import { benchProvider, machineLine, median, startApp } from "./bench-server";
import { CLASS_ID, CLASS_PASSWORD, CLASS_STUDENT_EMAIL, CLASS_TEACHER_EMAIL, seedClasses } from "./seed-classes";

const port = Number(process.env.CLASSES_BENCH_PORT ?? 3502);

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: CLASS_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function time(base: string, page: string, cookie: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 45; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${page}`, { headers: { cookie } });
    const body = await res.text();
    if (!res.ok) throw new Error(`${page}: ${res.status}`);
    if (i === 0 && !body.includes("Student 199") && page.includes("/assignments/")) throw new Error("the dashboard does not list the 200th student");
    if (i >= 5) times.push(performance.now() - t0);
  }
  return median(times);
}

const app = await startApp(port);
try {
  console.log(`classes (${benchProvider}) on ${machineLine()}`);
  const db = createDb({ url: app.databaseUrl });
  const started = Date.now();
  const { assignmentId, studentId } = await seedClasses(db);
  await db.$disconnect();
  console.log(`seed: 200 students × 50 assignments in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const student = await signIn(app.url, CLASS_STUDENT_EMAIL);
  const teacher = await signIn(app.url, CLASS_TEACHER_EMAIL);
  const scores = await time(app.url, "/scores", student);
  const rows: Array<[string, number]> = [
    ["dashboard of one assignment (200 students)", await time(app.url, `/classes/${CLASS_ID}/assignments/${assignmentId}`, teacher)],
    ["a student's history (50 assignments)", await time(app.url, `/classes/${CLASS_ID}/students/${studentId}`, teacher)],
    ["dashboard CSV", await time(app.url, `/classes/${CLASS_ID}/assignments/${assignmentId}/export.csv`, teacher)],
  ];
  console.log(`  ${"/scores of one reader (baseline, 50 attempts)".padEnd(46)} ${scores.toFixed(1).padStart(7)} ms`);
  for (const [what, ms] of rows) {
    const ratio = ms / scores;
    console.log(`  ${what.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms   ${ratio.toFixed(2)}× ${ratio <= 2 ? "(within 2×)" : "(OVER 2×)"}`);
  }
} finally {
  app.stop();
}
process.exit(0);
