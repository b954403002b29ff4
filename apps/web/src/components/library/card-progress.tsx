"use client";

import type { ArticleCard as Card } from "@newsquiz/api";
import { useCardProgress } from "./reader-library";
import { BarFill } from "@/components/bar-fill";

function statusOf(progress: Card["progress"]): { label: string; className: string } {
  if (!progress) return { label: "Unread", className: "status" };
  if (progress.finished) return { label: "Read", className: "status read" };
  return { label: `${Math.round(progress.ratio * 100)}% read`, className: "status reading" };
}

/** "Unread / 40% read / Read" on a card, with the progress bar. */
export function CardStatus({ slug, initial }: { slug: string; initial: Card["progress"] }) {
  const status = statusOf(useCardProgress(slug, initial));
  return <span className={status.className}>{status.label}</span>;
}

export function CardProgressBar({ slug, initial }: { slug: string; initial: Card["progress"] }) {
  const progress = useCardProgress(slug, initial);
  if (!progress) return null;
  const percent = Math.round((progress.finished ? 1 : progress.ratio) * 100);
  return (
    <div className="progress-track" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <BarFill fraction={percent / 100} />
    </div>
  );
}
