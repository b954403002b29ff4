/**
 * One "node" of a newsquiz installation for the auth-secret tests: a separate process that starts the way the
 * server does (`startServer`: environment checked, secret loaded or generated) on the DATABASE_URL it is given.
 *   auth-node.ts secret            print {"secret": …, "source": …} (the one it signs with) after "ready" + a "go" line on stdin
 *   auth-node.ts sign-up <email>   sign up through the HTTP handler, print {"cookie": …}
 *   auth-node.ts me <cookie>       print {"email": …} of the session the cookie carries (null when refused)
 */
import { createInterface } from "node:readline";
import { loadServerAuthSecret } from "../src/auth";
import { getAuth, handleAuthRequest, startServer } from "../src/server";

async function main(): Promise<void> {
  const [command, arg = ""] = process.argv.slice(2);
  if (command === "secret") {
    // Both nodes get this far (slow imports done), then start at the same moment.
    console.log("ready");
    await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once("line", () => resolve()));
    await startServer();
    // The secret this node signs with (what it loaded at boot), not merely what the table holds now.
    const { secret, source } = await loadServerAuthSecret();
    console.log(JSON.stringify({ secret, source }));
    return;
  }
  await startServer();
  if (command === "sign-up") {
    const res = await handleAuthRequest(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": "192.0.2.1" },
        body: JSON.stringify({ email: arg, password: "correct horse battery", name: "Node" }),
      }),
    );
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))?.split(";")[0];
    console.log(JSON.stringify({ status: res.status, cookie }));
    return;
  }
  if (command === "me") {
    const session = await (await getAuth()).api.getSession({ headers: new Headers({ cookie: arg }) });
    console.log(JSON.stringify({ email: session?.user.email ?? null }));
    return;
  }
  throw new Error(`unknown command ${command}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
