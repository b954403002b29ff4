import type { ChartPoint } from "@newsquiz/api";
import { formatDateTime, formatDay } from "@/lib/time-zone";

const W = 600;
const H = 220;
const PAD = { left: 56, right: 16, top: 14, bottom: 36 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const xOf = (i: number, n: number) => PAD.left + (n === 1 ? PLOT_W / 2 : (i / (n - 1)) * PLOT_W);
const yOf = (percent: number) => PAD.top + (1 - percent / 100) * PLOT_H;

/**
 * Scores over time: a hand-drawn SVG line chart (one point per attempt, oldest left), and the same data in
 * a table for screen readers and anyone who prefers numbers. Renders on the server; no chart library.
 */
export function ScoreChart({ points, timeZone, today, totalAttempts }: { points: ChartPoint[]; timeZone: string; today: string; totalAttempts: number }) {
  const n = points.length;
  const line = points.map((p, i) => `${xOf(i, n).toFixed(1)},${yOf(p.percent).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  const average = n ? Math.round(points.reduce((s, p) => s + p.percent, 0) / n) : 0;
  const shown = n < totalAttempts ? `your last ${n} quizzes` : n === 1 ? "your quiz" : `your ${n} quizzes`;
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="score-chart-title score-chart-desc" data-points={n}>
        <title id="score-chart-title">Scores over time</title>
        <desc id="score-chart-desc">
          {n === 0
            ? "No scores yet."
            : `Percent right in ${shown}, oldest first${first && last ? `, from ${formatDay(first.localDay, today)} to ${formatDay(last.localDay, today)}` : ""}. Average ${average}%. The table below lists each one.`}
        </desc>
        {[0, 50, 100].map((t) => (
          <g key={t} className="chart-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={yOf(t)} y2={yOf(t)} />
            <text x={PAD.left - 8} y={yOf(t)} textAnchor="end" dominantBaseline="middle">
              {t}%
            </text>
          </g>
        ))}
        {n > 1 ? <polyline className="chart-line" points={line} /> : null}
        {points.map((p, i) => (
          <circle key={p.attemptId} className="chart-point" data-attempt-id={p.attemptId} cx={xOf(i, n)} cy={yOf(p.percent)} r={n > 30 ? 4 : 6}>
            <title>{`${formatDateTime(p.submittedAt, timeZone)}: ${p.score} of ${p.total} (${p.percent}%) — ${p.articleHeadline}`}</title>
          </circle>
        ))}
        {first ? (
          <text className="chart-axis" x={xOf(0, n)} y={H - 8} textAnchor={n === 1 ? "middle" : "start"}>
            {formatDay(first.localDay, today)}
          </text>
        ) : null}
        {last && n > 1 ? (
          <text className="chart-axis" x={xOf(n - 1, n)} y={H - 8} textAnchor="end">
            {formatDay(last.localDay, today)}
          </text>
        ) : null}
      </svg>
      <details className="chart-data">
        <summary>Show the chart as a table</summary>
        <div className="table-wrap" role="region" aria-labelledby="score-chart-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="score-chart-caption">Scores over time, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Article</th>
                <th scope="col" className="num">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.attemptId}>
                  <td>{formatDateTime(p.submittedAt, timeZone)}</td>
                  <td>{p.articleHeadline}</td>
                  <td className="num">
                    {p.score}/{p.total} ({p.percent}%)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
