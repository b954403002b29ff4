import { getDb } from "@newsquiz/db";
import { workOutVerdictsAhead } from "@newsquiz/api/server";
import { publishRevalidation } from "./shared-cache-tags";

/**
 * After the server has started, in the background (never awaited by the start): works out which texts of the
 * starter library have no quiz (`workOutVerdictsAhead`: the engine in its worker pool, one text at a time; texts
 * already known are skipped, so after the first start this is two database reads), then, when it found any, marks
 * the library page changed on every node, so its cards say "No quiz" from the next request on.
 */
export function workOutVerdictsAfterStart(): void {
  void (async () => {
    try {
      const result = await workOutVerdictsAhead(getDb());
      if (result.none > 0) await publishRevalidation([{ path: "/" }]);
    } catch (error) {
      console.error("newsquiz: could not work out the starter library's quiz verdicts:", error instanceof Error ? error.message : error);
    }
  })();
}
