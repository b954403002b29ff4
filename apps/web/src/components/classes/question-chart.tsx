import type { DashboardQuestionRow } from "@newsquiz/api";

const W = 600;
const BAR_H = 22;
const GAP = 8;
const PAD = { left: 44, right: 56, top: 8, bottom: 28 };

/**
 * Share of the class that got each question right, one bar per question (most missed at the top), the same
 * hand-drawn SVG approach as the scores chart: rendered on the server, no chart library. The table under it
 * holds the same numbers (and more) for screen readers and anyone who prefers them.
 */
export function QuestionChart({ questions }: { questions: DashboardQuestionRow[] }) {
  const asked = questions.filter((q) => q.percentCorrect !== null);
  if (asked.length === 0) return <p className="meta">The chart appears once a student has finished the quiz.</p>;
  const plotW = W - PAD.left - PAD.right;
  const H = PAD.top + PAD.bottom + asked.length * (BAR_H + GAP);
  const worst = asked[0]!;
  return (
    <figure className="question-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="question-chart-title question-chart-desc" data-bars={asked.length}>
        <title id="question-chart-title">Percent right per question</title>
        <desc id="question-chart-desc">{`${asked.length} questions, most missed first. Question ${worst.number} was answered right by ${worst.percentCorrect}% of the students who had it. The table below lists each question.`}</desc>
        {[0, 50, 100].map((t) => (
          <g key={t} className="chart-grid">
            <line x1={PAD.left + (t / 100) * plotW} x2={PAD.left + (t / 100) * plotW} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={PAD.left + (t / 100) * plotW} y={H - 8} textAnchor="middle">
              {t}%
            </text>
          </g>
        ))}
        {asked.map((q, i) => {
          const y = PAD.top + i * (BAR_H + GAP);
          const w = Math.max(2, ((q.percentCorrect ?? 0) / 100) * plotW);
          return (
            <g key={q.number} className={(q.percentCorrect ?? 0) < 50 ? "bar bar-low" : "bar"}>
              <text className="chart-axis" x={PAD.left - 8} y={y + BAR_H / 2} textAnchor="end" dominantBaseline="middle">
                Q{q.number}
              </text>
              <rect x={PAD.left} y={y} width={w} height={BAR_H} rx={3}>
                <title>{`Question ${q.number}: ${q.correct} of ${q.asked} right (${q.percentCorrect}%)`}</title>
              </rect>
              <text className="chart-axis" x={PAD.left + w + 6} y={y + BAR_H / 2} dominantBaseline="middle">
                {q.percentCorrect}%
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
