import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { DashboardStudentRow } from "@newsquiz/api";
import { QUESTION_TYPE_LABELS } from "@newsquiz/quiz";
import { getRequestCaller, nullIfNotFound } from "@/server/caller";
import { visitorTimeZone } from "@/server/time-zone";
import { formatDateTime, formatDuration } from "@/lib/time-zone";
import { quizDifficultyLabel } from "@/lib/quiz-difficulty";
import { AccountNeeded } from "@/components/classes/account-needed";
import { AssignmentStateMark } from "@/components/classes/assignment-state";
import { QuestionChart } from "@/components/classes/question-chart";
import { AddQuestionForm, QuestionCurate } from "@/components/classes/curate-controls";
import { RemoveAssignmentButton } from "@/components/classes/remove-assignment-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment" };

const PROGRESS_LABEL: Record<DashboardStudentRow["progress"], string> = {
  "not-started": "not started",
  reading: "reading",
  read: "read it",
  "in-quiz": "taking the quiz",
  finished: "finished",
};
const FLAG_LABEL: Record<string, string> = { "wrong-answer": "the answer is wrong", ambiguous: "more than one answer fits", unclear: "the question is unclear" };

export default async function AssignmentDashboardPage({ params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const { id, assignmentId } = await params;
  const caller = await getRequestCaller();
  const me = await caller.session.me();
  if (!me || me.isAnonymous) return <AccountNeeded next={`/classes/${id}/assignments/${assignmentId}`} what="see this assignment" />;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(assignmentId)) notFound();
  const d = await nullIfNotFound(() => caller.classes.dashboard({ assignmentId }));
  if (!d || d.classId !== id) notFound();
  const timeZone = await visitorTimeZone();
  const { summary } = d;
  const missed = d.questions.find((q) => q.percentCorrect !== null && q.percentCorrect < 100);
  return (
    <>
      <p className="meta">
        <Link href={`/classes/${d.classId}`}>← {d.className}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1 className="page-title">{d.article.headline}</h1>
          <p className="page-lede">
            {d.dueAt ? `Due ${formatDateTime(d.dueAt, timeZone)}` : "No due date"} · {d.questionCount} questions per student · {quizDifficultyLabel(d.difficulty)} ·{" "}
            <Link href={`/articles/${d.article.slug}`}>open the article</Link>
          </p>
        </div>
        <a className="button" href={`/classes/${d.classId}/assignments/${d.id}/export.csv`} download>
          Export CSV
        </a>
      </div>

      <ul className="score-tiles" aria-label="Summary">
        <li>
          <span className="tile-value">
            {summary.read} / {summary.students}
          </span>
          <span className="tile-label">read it</span>
        </li>
        <li>
          <span className="tile-value">
            {summary.finished} / {summary.students}
          </span>
          <span className="tile-label">finished the quiz</span>
        </li>
        <li>
          <span className="tile-value">{summary.averagePercent === null ? "—" : `${summary.averagePercent}%`}</span>
          <span className="tile-label">average score</span>
        </li>
        <li>
          <span className="tile-value">{formatDuration(summary.medianDurationMs)}</span>
          <span className="tile-label">median time</span>
        </li>
      </ul>

      <section className="score-section" aria-labelledby="students-heading">
        <h2 id="students-heading">Students</h2>
        {d.students.length === 0 ? (
          <div className="empty-state">
            <h3>No students yet</h3>
            <p>Students who join the class see this assignment on their class page.</p>
          </div>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="students-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="students-caption" className="visually-hidden">
                Each student&apos;s reading, quiz result and time
              </caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Progress</th>
                  <th scope="col" className="num">
                    Read
                  </th>
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
                {d.students.map((s) => (
                  <tr key={s.userId} data-student={s.name}>
                    <th scope="row">
                      <Link href={`/classes/${d.classId}/students/${s.userId}`}>{s.name}</Link>
                      {s.ended ? <span className="status">{s.ended === "left" ? "left the class" : "removed"}</span> : null}
                    </th>
                    <td>
                      {PROGRESS_LABEL[s.progress]} <AssignmentStateMark state={s.state} />
                    </td>
                    <td className="num">{Math.round(s.readRatio * 100)}%</td>
                    <td className="num">{s.percent === null ? "—" : `${s.score}/${s.total} (${s.percent}%)`}</td>
                    <td className="num">{s.durationMs === null ? "—" : formatDuration(s.durationMs)}</td>
                    <td>{s.submittedAt ? formatDateTime(s.submittedAt, timeZone) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="score-section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">What the class missed</h2>
        {missed ? (
          <p className="most-missed">
            Most missed: <strong>question {missed.number}</strong>, right for {missed.percentCorrect}% of the students who had it.
          </p>
        ) : null}
        <QuestionChart questions={d.questions} />
        <ol className="question-report">
          {d.questions.map((q) => (
            <li key={q.number} className="card" data-question={q.number}>
              <h3>
                Question {q.number}{" "}
                <span className="meta">
                  · {QUESTION_TYPE_LABELS[q.type].tag}
                  {q.difficulty ? ` · ${q.difficulty}` : ""}
                </span>
                {q.custom ? <span className="status">yours</span> : null}
                {q.hidden ? <span className="status">hidden</span> : null}
              </h3>
              <p className="quiz-prompt">{q.prompt}</p>
              <p>
                {q.asked === 0 ? (
                  <span className="meta">No finished quiz had this question yet.</span>
                ) : (
                  <>
                    <strong>{q.percentCorrect}% right</strong> ({q.correct} of {q.asked}
                    {q.blank ? `, ${q.blank} left blank` : ""})
                  </>
                )}
              </p>
              <p>
                Answer: <strong>{q.answer}</strong>
                {q.mostChosenWrong ? (
                  <>
                    {" "}
                    · Most chosen wrong answer: <strong>{q.mostChosenWrong.response}</strong> ({q.mostChosenWrong.count})
                  </>
                ) : null}
              </p>
              <blockquote className="results-evidence">
                <Link href={q.evidenceHref}>{q.evidence}</Link>
              </blockquote>
              {q.flags.length ? (
                <p className="flag-note">
                  Flagged by students: {q.flags.map((f) => `${FLAG_LABEL[f.reason] ?? f.reason} (${f.count})`).join(", ")}
                </p>
              ) : null}
              <QuestionCurate assignmentId={d.id} question={q} />
            </li>
          ))}
        </ol>
        <p className="meta">
          Hidden and edited questions apply to the quizzes students start from now on; quizzes already drawn keep theirs.
        </p>
        <AddQuestionForm assignmentId={d.id} />
      </section>

      <section className="score-section" aria-labelledby="remove-heading">
        <h2 id="remove-heading">Remove the assignment</h2>
        <p className="meta">For an article assigned by mistake, or no longer wanted: it goes from your students&apos; lists; the work they handed in is kept.</p>
        <RemoveAssignmentButton classId={d.classId} assignmentId={d.id} headline={d.article.headline} />
      </section>
    </>
  );
}
