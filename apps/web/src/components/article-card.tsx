import Link from "next/link";
import type { ArticleCard as Card } from "@newsquiz/api";

function statusOf(card: Card): { label: string; className: string } {
  if (!card.progress) return { label: "Unread", className: "status" };
  if (card.progress.finished) return { label: "Read", className: "status read" };
  return { label: `${Math.round(card.progress.ratio * 100)}% read`, className: "status reading" };
}

export function ArticleCard({ card }: { card: Card }) {
  const status = statusOf(card);
  const percent = card.progress ? Math.round((card.progress.finished ? 1 : card.progress.ratio) * 100) : 0;
  return (
    <li className="card">
      <h2>
        <Link href={`/articles/${card.slug}`}>{card.headline}</Link>
      </h2>
      <p>{card.firstLine}</p>
      <ul className="meta" aria-label="About this article">
        {card.imported ? (
          <li>
            <span className="status imported">Imported</span>
          </li>
        ) : null}
        {card.source ? <li>{card.source}</li> : null}
        <li>{card.wordCount.toLocaleString("en-US")} words</li>
        <li>{card.readingMinutes} min</li>
        <li>Level: {card.level}</li>
        <li>
          <span className={status.className}>{status.label}</span>
        </li>
      </ul>
      {card.progress ? (
        <div className="progress-track" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      ) : null}
    </li>
  );
}
