import { request as httpRequest } from "node:http";

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request from a chosen loopback address (so the test can be "another client" or the balancer
 * without other machines), keeping cookies in `jar`.
 */
export function send(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string>; from?: string; jar?: Map<string, string> } = {},
): Promise<Reply> {
  const target = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (options.jar?.size) headers.cookie = [...options.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? "GET", headers, localAddress: options.from ?? "127.0.0.1" },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          for (const cookie of res.headers["set-cookie"] ?? []) {
            const [pair] = cookie.split(";");
            const eq = pair!.indexOf("=");
            options.jar?.set(pair!.slice(0, eq), pair!.slice(eq + 1));
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
        });
      },
    );
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A tRPC mutation over HTTP (superjson's envelope for plain JSON input). */
export const trpcMutation = (base: string, path: string, input: unknown, jar: Map<string, string>, origin: string) =>
  send(`${base}/api/trpc/${path}`, { method: "POST", body: { json: input }, jar, headers: { origin } });

/** A tRPC query over HTTP. */
export const trpcQuery = (base: string, path: string, input: unknown, jar: Map<string, string>) =>
  send(`${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { jar });
