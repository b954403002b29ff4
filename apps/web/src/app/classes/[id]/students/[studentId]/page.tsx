import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { visitorTimeZone } from "@/server/time-zone";
import { formatDateTime, formatDuration } from "@/lib/time-zone";
import { AccountNeeded } from "@/components/classes/account-needed";
import { AssignmentStateMark } from "@/components/classes/assignment-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Student" };

/** One student's work on this class's assignments (the teacher sees nothing else of theirs). */
export default async function StudentHistoryPage({ params }: { params: Promise<{ id: string; studentId: string }> }) {
  const { id, studentId } = await params;
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous) return <AccountNeeded next={`/classes/${id}/students/${studentId}`} what="see this class" />;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !/^[A-Za-z0-9_-]{1,64}$/.test(studentId)) notFound();
  const h = await nullIfNotFound(() => caller.classes.studentHistory({ classId: id, studentId }));
  if (!h) notFound();
  const timeZone = await visitorTimeZone();
  const done = h.assignments.filter((a) => a.percent !== null);
  const removed = h.assignments.filter((a) => a.removedAt).length;
  const average = done.length ? Math.round(done.reduce((s, a) => s + (a.percent ?? 0), 0) / done.length) : null;
  return (
    <>
      <p className="meta">
        <Link href={`/classes/${id}`}>← Back to the class</Link>
      </p>
      <h1 className="page-title">
        {h.student.name}
        {h.student.ended ? <span className="status">{h.student.ended === "left" ? "left the class" : "removed"}</span> : null}
      </h1>
      <p className="page-lede">
        {done.length} of {h.assignments.length} assignments finished{average === null ? "" : `, ${average}% on average`}. Only work on this class&apos;s assignments shows here.
        {removed ? ` What was handed in on ${removed === 1 ? "an assignment" : `${removed} assignments`} removed since is kept, marked “removed assignment”.` : ""}
      </p>
      {h.assignments.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing assigned yet</h2>
        </div>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="history-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="history-caption" className="visually-hidden">
              The student&apos;s result on each assignment, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Assignment</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col" className="num">
                  Time
                </th>
                <th scope="col">Handed in</th>
              </tr>
            </thead>
            <tbody>
              {h.assignments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.removedAt ? (
                      <>
                        {a.article.headline}
                        <span className="status">removed assignment</span>
                      </>
                    ) : (
                      <Link href={`/classes/${id}/assignments/${a.id}`}>{a.article.headline}</Link>
                    )}
                  </th>
                  <td>
                    <AssignmentStateMark state={a.state} />
                  </td>
                  <td className="num">{a.percent === null ? "—" : `${a.score}/${a.total} (${a.percent}%)`}</td>
                  <td className="num">{a.durationMs === null ? "—" : formatDuration(a.durationMs)}</td>
                  <td>{a.submittedAt ? formatDateTime(a.submittedAt, timeZone) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
