import { getRequestCaller } from "@/server/caller";
import { visitorTimeZone } from "@/server/time-zone";

export const dynamic = "force-dynamic";

/** "Export CSV" on the scores page: every attempt of the visitor, as a file download. */
export async function GET(request: Request): Promise<Response> {
  const tz = await visitorTimeZone(new URL(request.url).searchParams.get("tz"));
  const caller = await getRequestCaller();
  const { csv, fileName } = await caller.scores.csv({ tz });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
