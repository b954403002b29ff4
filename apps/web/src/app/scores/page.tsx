import type { Metadata } from "next";
import Link from "next/link";
import type { ScoresOverview } from "@newsquiz/api";
import { getRequestCaller } from "@/server/caller";
import { visitorTimeZone } from "@/server/time-zone";
import { ScoreChart } from "@/components/scores/score-chart";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { formatDateTime, formatDay, formatDuration } from "@/lib/time-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scores" };

function RemovedMark() {
  return <span className="status removed">article removed</span>;
}

function StreakNote({ streak, today }: { streak: ScoresOverview["streak"]; today: string }) {
  if (streak.days === 0) return <p>Finish a quiz today to start one.</p>;
  const forgiven = streak.forgiven.length ? ` Forgiven: ${streak.forgiven.map((d) => formatDay(d, today)).join(", ")}.` : "";
  const state = streak.doneToday
    ? "You finished a quiz today."
    : streak.atRisk
      ? "Finish a quiz today to keep it: this week's missed day is already forgiven."
      : "Finish a quiz today to add to it.";
  return (
    <p>
      {state}
      {forgiven}
    </p>
  );
}

export default async function ScoresPage() {
  const timeZone = await visitorTimeZone();
  const caller = await getRequestCaller();
  const overview = await caller.scores.overview({ tz: timeZone });
  const { totals, streak, today } = overview;

  if (totals.attempts === 0) {
    return (
      <>
        <TimeZoneCookie />
        <h1 className="page-title">Scores</h1>
        <p className="page-lede">Every quiz you finish is kept here, with your best, last and average score per article.</p>
        <div className="empty-state">
          <h2>No scores yet</h2>
          <p>Read an article and take its quiz: your score shows up here.</p>
          <p>
            <Link className="button primary" href="/">
              Go to the library
            </Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      <TimeZoneCookie />
      <div className="page-head">
        <div>
          <h1 className="page-title">Scores</h1>
          <p className="page-lede">Every quiz you finished, with your best, last and average score per article. Dates are in {timeZone.replaceAll("_", " ")} time.</p>
        </div>
        <a className="button" href={`/scores/export.csv?tz=${encodeURIComponent(timeZone)}`} download>
          Export CSV
        </a>
      </div>

      <ul className="score-tiles" aria-label="Summary">
        <li>
          <span className="tile-value">{totals.attempts}</span>
          <span className="tile-label">{totals.attempts === 1 ? "quiz finished" : "quizzes finished"}</span>
        </li>
        <li>
          <span className="tile-value">{totals.average}%</span>
          <span className="tile-label">average score</span>
        </li>
        <li>
          <span className="tile-value">{totals.best}%</span>
          <span className="tile-label">best score</span>
        </li>
        <li>
          <span className="tile-value">
            {streak.days} {streak.days === 1 ? "day" : "days"}
          </span>
          <span className="tile-label">quiz streak</span>
        </li>
        <li>
          <span className="tile-value">{formatDuration(totals.timeMs)}</span>
          <span className="tile-label">in quizzes</span>
        </li>
      </ul>

      <section className="score-section" aria-labelledby="streak-heading">
        <h2 id="streak-heading">Streak: {streak.days === 1 ? "1 day" : `${streak.days} days`}</h2>
        <StreakNote streak={streak} today={today} />
        <p className="meta streak-rule">{streak.rule}</p>
      </section>

      <section className="score-section" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Scores over time</h2>
        <ScoreChart points={overview.chart} timeZone={timeZone} today={today} totalAttempts={totals.attempts} />
      </section>

      <section className="score-section" aria-labelledby="articles-heading">
        <h2 id="articles-heading">By article</h2>
        <div className="table-wrap" role="region" aria-labelledby="articles-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="articles-caption" className="visually-hidden">
              Best, last and average score per article, most recent first
            </caption>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col" className="num">
                  Quizzes
                </th>
                <th scope="col" className="num">
                  Best
                </th>
                <th scope="col" className="num">
                  Last
                </th>
                <th scope="col" className="num">
                  Average
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.articles.map((a) => (
                <tr key={a.articleSlug}>
                  <th scope="row">
                    {a.articleRemoved ? (
                      <>
                        {a.articleHeadline} <RemovedMark />
                      </>
                    ) : (
                      <Link href={`/articles/${a.articleSlug}`}>{a.articleHeadline}</Link>
                    )}
                  </th>
                  <td className="num">{a.attempts}</td>
                  <td className="num">{a.best}%</td>
                  <td className="num">{a.last}%</td>
                  <td className="num">{a.average}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="score-section" aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">All attempts</h2>
        <p className="meta">
          Open a date to see that quiz&apos;s questions, your answers and where each answer is in the article.
          {overview.attempts.length < totals.attempts ? ` Showing the latest ${overview.attempts.length}; the CSV has all ${totals.attempts}.` : ""}
        </p>
        <ol className="attempt-list">
          {overview.attempts.map((a) => (
            <li key={a.id} className="attempt-row">
              <Link href={`/attempts/${a.id}`} className="attempt-date">
                {formatDateTime(a.submittedAt, timeZone)}
              </Link>
              <span className="attempt-article">
                {a.articleHeadline}
                {a.articleRemoved ? (
                  <>
                    {" "}
                    <RemovedMark />
                  </>
                ) : null}
              </span>
              <span className="attempt-score">
                <strong>
                  {a.score}/{a.total}
                </strong>{" "}
                ({a.percent}%)
              </span>
              <span className="attempt-time">
                <span className="visually-hidden">Time: </span>
                {formatDuration(a.durationMs)}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
