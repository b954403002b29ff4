import { getRequestCaller, nullIfNotFound } from "@/server/caller";

export const dynamic = "force-dynamic";

/** "Export CSV" on an assignment's dashboard: one row per student (the class's teachers only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; assignmentId: string }> }): Promise<Response> {
  const { assignmentId } = await params;
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous || !/^[A-Za-z0-9_-]{1,64}$/.test(assignmentId)) return new Response("Not found", { status: 404 });
  const exported = await nullIfNotFound(() => caller.classes.dashboardCsv({ assignmentId }));
  if (!exported) return new Response("Not found", { status: 404 });
  return new Response(exported.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
