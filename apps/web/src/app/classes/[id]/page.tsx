import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ClassView } from "@newsquiz/api";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { visitorTimeZone } from "@/server/time-zone";
import { formatDateTime } from "@/lib/time-zone";
import { quizDifficultyLabel } from "@/lib/quiz-difficulty";
import { AccountNeeded } from "@/components/classes/account-needed";
import { AssignmentStateMark } from "@/components/classes/assignment-state";
import { ClassSettings, JoinCodeBox, LeaveClassButton, RemoveMemberButton } from "@/components/classes/teacher-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class" };

type TeacherView = Exclude<ClassView, { role: "student" }>;
type StudentView = Extract<ClassView, { role: "student" }>;

function Due({ dueAt, timeZone }: { dueAt: Date | null; timeZone: string }) {
  return dueAt ? <>due {formatDateTime(dueAt, timeZone)}</> : <>no due date</>;
}

function TeacherClass({ view, timeZone }: { view: TeacherView; timeZone: string }) {
  const current = view.students.filter((s) => !s.ended);
  const former = view.students.filter((s) => s.ended);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 className="page-title">{view.name}</h1>
          <p className="page-lede">
            {view.archived ? "Archived · " : ""}
            {current.length} {current.length === 1 ? "student" : "students"} · taught by {view.teachers.map((t) => t.name).join(", ")}
          </p>
        </div>
        {view.archived ? null : (
          <Link className="button primary" href={`/classes/${view.id}/assign`}>
            Assign an article
          </Link>
        )}
      </div>

      <section className="class-section" aria-labelledby="join-heading">
        <h2 id="join-heading" className="section-title">
          How students join
        </h2>
        <JoinCodeBox classId={view.id} joinCode={view.joinCode} archived={view.archived} />
      </section>

      <section className="class-section" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading" className="section-title">
          Assignments
        </h2>
        {view.assignments.length === 0 ? (
          <div className="empty-state">
            <h3>Nothing assigned yet</h3>
            <p>Pick an article from the library or one you imported: each student gets their own quiz on it, and you see who read it and what the class missed.</p>
          </div>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="assignments-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="assignments-caption" className="visually-hidden">
                Assignments, newest first, with how many students finished and their average
              </caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Due</th>
                  <th scope="col" className="num">
                    Finished
                  </th>
                  <th scope="col" className="num">
                    Average
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={`/classes/${view.id}/assignments/${a.id}`}>{a.article.headline}</Link>
                      <span className="meta assignment-settings">
                        {a.questionCount} questions · {quizDifficultyLabel(a.difficulty)}
                      </span>
                    </th>
                    <td>{a.dueAt ? formatDateTime(a.dueAt, timeZone) : "—"}</td>
                    <td className="num">
                      {a.finished} of {current.length}
                    </td>
                    <td className="num">{a.averagePercent === null ? "—" : `${a.averagePercent}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="class-section" aria-labelledby="students-heading">
        <h2 id="students-heading" className="section-title">
          Students
        </h2>
        {view.students.length === 0 ? (
          <div className="empty-state">
            <h3>No students yet</h3>
            <p>Give your students the class code or link above. They need an account; a guest is asked to sign up first.</p>
          </div>
        ) : (
          <ul className="people-list">
            {[...current, ...former].map((s) => (
              <li key={s.userId}>
                <Link href={`/classes/${view.id}/students/${s.userId}`}>{s.name}</Link>
                {s.ended ? <span className="status">{s.ended === "left" ? "left the class" : "removed"}</span> : null}
                <span className="meta">joined {formatDateTime(s.joinedAt, timeZone)}</span>
                {!s.ended ? <RemoveMemberButton classId={view.id} userId={s.userId} name={s.name} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="class-section" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="section-title">
          Settings
        </h2>
        <ClassSettings classId={view.id} name={view.name} archived={view.archived} isOwner={view.role === "owner"} />
      </section>
    </>
  );
}

function StudentClass({ view, timeZone }: { view: StudentView; timeZone: string }) {
  return (
    <>
      <h1 className="page-title">{view.name}</h1>
      <p className="page-lede">
        {view.archived ? "Archived · " : ""}Taught by {view.teachers.map((t) => t.name).join(", ")}. Your teachers see how far you read and your quiz results on these
        articles, nothing else.
      </p>
      <section className="class-section" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading" className="section-title">
          Your assignments
        </h2>
        {view.assignments.length === 0 ? (
          <div className="empty-state">
            <h3>Nothing assigned yet</h3>
            <p>When your teacher assigns an article, it shows up here and on the library page.</p>
          </div>
        ) : (
          <ul className="assignment-list">
            {view.assignments.map((a) => (
              <li key={a.id} className="card">
                <h3>
                  <Link href={`/articles/${a.article.slug}`}>{a.article.headline}</Link>
                </h3>
                <p className="meta">
                  <AssignmentStateMark state={a.state} /> <Due dueAt={a.dueAt} timeZone={timeZone} /> · {a.article.readingMinutes} min read · {a.questionCount} questions · {quizDifficultyLabel(a.difficulty)}
                  {a.readRatio > 0 && !a.result ? ` · read ${Math.round(a.readRatio * 100)}%` : ""}
                </p>
                <p className="class-actions">
                  {a.result ? (
                    <Link className="button" href={`/attempts/${a.result.attemptId}`}>
                      Your result: {a.result.score}/{a.result.total}
                    </Link>
                  ) : (
                    <>
                      <Link className="button primary" href={`/articles/${a.article.slug}`}>
                        Read it
                      </Link>
                      <Link className="button" href={`/articles/${a.article.slug}/quiz`}>
                        Take the quiz
                      </Link>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <LeaveClassButton classId={view.id} name={view.name} />
      </p>
    </>
  );
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous) return <AccountNeeded next={`/classes/${id}`} what="see this class" />;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const view = await nullIfNotFound(() => caller.classes.get({ classId: id }));
  if (!view) notFound();
  const timeZone = await visitorTimeZone();
  return view.role === "student" ? <StudentClass view={view} timeZone={timeZone} /> : <TeacherClass view={view} timeZone={timeZone} />;
}
