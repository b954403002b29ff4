import "server-only";
import { ConfigError, startServer } from "@newsquiz/api/server";

/**
 * The server's start: every environment variable is checked (one readable line per bad one) and the session
 * secret is loaded, generated on the very first start. Anything wrong stops the process with that message
 * instead of failing the first request that needs it.
 */
export async function bootServer(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    console.error(
      error instanceof ConfigError
        ? error.report()
        : `newsquiz cannot start: ${error instanceof Error ? error.message : String(error)}\n(Did the migrations run? \`pnpm start\` applies them; see README.md.)`,
    );
    process.exit(1);
  }
}
