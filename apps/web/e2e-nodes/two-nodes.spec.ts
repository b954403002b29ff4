import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE } from "@newsquiz/api/account-fields";
import { JOINS_PER_ADDRESS } from "@newsquiz/api/class-limits";
import { createDb, type Db } from "@newsquiz/db";
import { postgresTestDatabaseUrl } from "../e2e/support/database";
import { send, trpcMutation, trpcQuery } from "./http";
import { NODES, nodesDatabaseSuffix } from "./nodes";

/**
 * Two app processes on one PostgreSQL behind HAProxy: nothing a reader relies on may live in one node.
 */
const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;
let db: Db;
test.beforeAll(() => {
  db = createDb({ url: postgresTestDatabaseUrl(nodesDatabaseSuffix) });
});
test.afterAll(async () => {
  await db.$disconnect();
});

/** Answers every question with its first option (or a typed word) and submits; returns the score text. */
async function takeQuiz(page: Page): Promise<string> {
  const counter = page.getByText(/^1 of \d+$/).first();
  await expect(counter).toBeVisible();
  const total = Number((await counter.textContent())!.split(" of ")[1]);
  for (let n = 1; n <= total; n++) {
    await expect(page.getByText(`${n} of ${total}`, { exact: true })).toBeVisible();
    const cloze = page.getByPlaceholder("Type the missing words");
    if (await cloze.isVisible()) {
      await page.keyboard.type("Seoul");
      await page.keyboard.press("Enter");
    } else {
      await page.keyboard.press("1");
      await expect(page.getByText("Saved", { exact: true })).toBeVisible();
      await page.keyboard.press("Enter");
    }
  }
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  return (await page.getByText(new RegExp(`^\\d+ of ${total}$`)).first().textContent())!;
}

test("a reader signs up on node 1, takes the quiz on node 2, and sees the score on either node and through the balancer", async ({ page }) => {
  const email = `two-nodes-${Date.now()}@example.com`;
  await page.goto(`${NODES.node1.url}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Same browser (cookies are per host, not per port), other process.
  await page.goto(`${NODES.node2.url}${readerPath}/quiz`);
  await expect(page.getByText(email)).toBeVisible();
  const score = await takeQuiz(page);
  const attemptPath = new URL(page.url()).pathname;

  for (const base of [NODES.node1.url, NODES.node2.url, NODES.lb.url]) {
    await page.goto(`${base}${attemptPath}`);
    await expect(page.getByText(score, { exact: true }).first()).toBeVisible();
    await page.goto(`${base}/scores`);
    await expect(page.locator(`a[href="${attemptPath}"]`).first()).toBeVisible();
  }
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(await db.attempt.count({ where: { userId: user.id, submittedAt: { not: null } } })).toBe(1);
});

test("the sign-in limit per address holds across both nodes and the balancer; a forged X-Forwarded-For does not escape it", async () => {
  const targets = [NODES.node1.url, NODES.node2.url, NODES.lb.url];
  const statuses: number[] = [];
  const limit = ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE;
  for (let i = 0; i < limit + 2; i++) {
    const reply = await send(`${targets[i % 3]}/api/auth/sign-in/email`, {
      method: "POST",
      body: { email: `nobody-${i}-${Date.now()}@example.com`, password: "not the password" },
      // a different made-up address each time: believed from nobody but the balancer
      headers: { origin: targets[i % 3]!, "x-forwarded-for": `198.51.100.${(i % 250) + 1}` },
    });
    statuses.push(reply.status);
  }
  expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(401));
  expect(statuses.slice(limit)).toEqual([429, 429]);

  // Another client, through the balancer: counted on its own, by the address the balancer reports.
  const other = await send(`${NODES.lb.url}/api/auth/sign-in/email`, {
    method: "POST",
    from: "127.0.0.3",
    body: { email: `other-${Date.now()}@example.com`, password: "not the password" },
    headers: { origin: NODES.lb.url },
  });
  expect(other.status).toBe(401);
  expect(await db.rateLimit.count({ where: { key: { contains: "127.0.0.3" } } })).toBe(1);
  expect(await db.rateLimit.count({ where: { key: { contains: "198.51.100." } } })).toBe(0);
});

test("a reader page cached on node 2 is re-rendered (its policy still fitting its scripts) once an article changes through node 1, and a deleted article is gone on both", async () => {
  const page2 = `${NODES.node2.url}${readerPath}`;
  await send(page2);
  const cached = await send(page2);
  expect(cached.headers["x-nextjs-cache"]).toBe("HIT");

  // An editor changes the public article (here: straight in the database, as a re-import would)...
  const edited = `${sample.headline} (updated)`;
  await db.article.update({ where: { slug: sample.slug }, data: { headline: edited } });
  expect((await send(page2)).body).not.toContain(edited); // node 2 still serves its cached page
  // ...and an article change goes through node 1, which revalidates article pages: node 2 hears it.
  const jar = new Map<string, string>();
  const imported = await trpcMutation(
    NODES.node1.url,
    "import.paste",
    { headline: "Council votes for a new library", text: "The council met on Tuesday. It voted seven to two to build a new library in the town centre. Work starts in May." },
    jar,
    NODES.node1.url,
  );
  expect(imported.status).toBe(200);
  const slug = (JSON.parse(imported.body) as { result: { data: { json: { slug: string } } } }).result.data.json.slug;
  const fresh = await send(page2);
  expect(fresh.headers["x-nextjs-cache"]).not.toBe("HIT");
  expect(fresh.body).toContain(edited);
  // The re-rendered page's policy lets each of its inline scripts run (the reader, a Pages Router page sent
  // without Next's scripts, has only the theme script; its props are JSON, which no browser runs).
  const policy = String(fresh.headers["content-security-policy"]);
  for (const [, attributes, text] of fresh.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\ssrc=/.test(attributes!) && !/\stype="application\/json"/.test(attributes!)) {
      expect(policy).toContain(`'sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}'`);
    }
  }

  // The importer's article, read on node 2, then deleted through node 1: node 2 no longer serves it.
  expect((await trpcQuery(NODES.node2.url, "article.bySlug", { slug }, jar)).status).toBe(200);
  expect((await trpcMutation(NODES.node1.url, "import.delete", { slug }, jar, NODES.node1.url)).status).toBe(200);
  expect((await trpcQuery(NODES.node2.url, "article.bySlug", { slug }, jar)).status).toBe(404);
  expect((await trpcQuery(NODES.lb.url, "article.bySlug", { slug }, jar)).status).toBe(404);
});

test("the library cached on node 2 lists an article as changed through node 1 at once; it goes out private and unstored from either node", async () => {
  const library2 = `${NODES.node2.url}/`;
  await send(library2);
  const cached = await send(library2);
  expect(cached.headers["x-nextjs-cache"]).toBe("HIT");
  // server.cts gives the library its cache-control (the proxy leaves `/` out): no shared cache may keep it.
  expect(cached.headers["cache-control"]).toBe("private, no-store");
  expect((await send(`${NODES.node1.url}/`)).headers["cache-control"]).toBe("private, no-store");
  expect((await send(`${NODES.lb.url}/`)).headers["cache-control"]).toBe("private, no-store");

  // A public article the library lists, its headline changed (straight in the database, as a re-import would)...
  const publicArticles = await db.article.findMany({ where: { ownerId: null }, select: { slug: true } });
  const listed = publicArticles.find((a) => cached.body.includes(`href="/articles/${a.slug}"`));
  expect(listed).toBeDefined();
  const edited = `Library headline changed on node 1 (${Date.now()})`;
  await db.article.update({ where: { slug: listed!.slug }, data: { headline: edited } });
  expect((await send(library2)).body).not.toContain(edited); // node 2 still serves its cached library
  // ...then an article changes through node 1 (an import, deleted again): node 2's next library has the change.
  const jar = new Map<string, string>();
  const imported = await trpcMutation(NODES.node1.url, "import.paste", { headline: "Harbour reopens after storm", text: "The harbour reopened on Monday after the storm. Boats returned in the afternoon. The mayor thanked the crews." }, jar, NODES.node1.url);
  expect(imported.status).toBe(200);
  const fresh = await send(library2);
  expect(fresh.headers["x-nextjs-cache"]).not.toBe("HIT");
  expect(fresh.body).toContain(edited);
  const slug = (JSON.parse(imported.body) as { result: { data: { json: { slug: string } } } }).result.data.json.slug;
  expect((await trpcMutation(NODES.node1.url, "import.delete", { slug }, jar, NODES.node1.url)).status).toBe(200);
});

test("a class works across the nodes: made and assigned on node 1, joined and handed in on node 2, the same dashboard on both; join tries from one address count once across both", async () => {
  const [node1, node2] = [NODES.node1.url, NODES.node2.url];
  const stamp = Date.now();
  const data = <T>(reply: { status: number; body: string }): T => {
    expect(reply.status, reply.body).toBe(200);
    return (JSON.parse(reply.body) as { result: { data: { json: T } } }).result.data.json;
  };
  // each signs up on their own node, from an address of their own (sign-up is limited per address)
  const signUp = async (base: string, name: string, from: string) => {
    const jar = new Map<string, string>();
    const reply = await send(`${base}/api/auth/sign-up/email`, { method: "POST", from, jar, headers: { origin: base }, body: { email: `${name}-${stamp}@example.com`, password: "a long enough password", name } });
    expect(reply.status, reply.body).toBe(200);
    return jar;
  };
  const teacher = await signUp(node1, "nodes-teacher", "127.0.0.4");
  const student = await signUp(node2, "nodes-student", "127.0.0.5");

  const made = data<{ id: string; joinCode: string }>(await trpcMutation(node1, "classes.create", { name: `Across nodes ${stamp}` }, teacher, node1));
  const assigned = data<{ id: string }>(await trpcMutation(node1, "classes.assign", { classId: made.id, slug: sample.slug, dueAt: null, questionCount: 3, types: ["choice", "true-false"] }, teacher, node1));
  expect(data<{ classId: string }>(await trpcMutation(node2, "classes.join", { code: made.joinCode }, student, node2)).classId).toBe(made.id);
  // the student's quiz on node 2 is the assignment's; handed in on node 1
  const started = data<{ id: string }>(await trpcMutation(node2, "quiz.start", { slug: sample.slug }, student, node2));
  expect((await db.attempt.findUniqueOrThrow({ where: { id: started.id } })).assignmentId).toBe(assigned.id);
  data(await trpcMutation(node1, "attempt.submit", { attemptId: started.id }, student, node1));
  for (const base of [node1, node2, NODES.lb.url]) {
    const dashboard = data<{ students: { name: string; progress: string }[] }>(await trpcQuery(base, "classes.dashboard", { assignmentId: assigned.id }, teacher));
    expect(dashboard.students.map((s) => [s.name, s.progress])).toEqual([["nodes-student", "finished"]]);
  }

  // join tries from one address (127.0.0.1: the join above was one), alternating nodes, add up to one limit
  const tryJoin = (i: number, code: string) => {
    const base = i % 2 ? node1 : node2;
    return trpcMutation(base, "classes.join", { code }, student, base);
  };
  for (let i = 1; i < JOINS_PER_ADDRESS; i++) expect((await tryJoin(i, `ZZZZZ-ZZZ${"23456789AB"[i % 10]}`)).status).toBe(404);
  expect((await tryJoin(0, made.joinCode)).status).toBe(429);
  expect((await tryJoin(1, made.joinCode)).status).toBe(429);
});
