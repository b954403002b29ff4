"use client";

import dynamic from "next/dynamic";
import { useReadingProgressState } from "./reading-progress-store";

/**
 * The reader's saved progress for the server-rendered article: loaded, restored and saved by a tracker that
 * comes with the data client in its own chunk, after first paint (the reader page's first load carries no
 * data client). What it finds is shown by the small parts below, wherever the page places them.
 */
export const ReadingProgressTracker = dynamic(() => import("./reading-progress-tracker"), { ssr: false });

/** "42% read" / "Finished" beside the reader's tools. */
export function ProgressStatus() {
  const p = useReadingProgressState().progress;
  if (!p) return null;
  const finished = p.finishedAt !== null;
  return <span className={finished ? "status read" : "status reading"}>{finished ? "Finished" : `${Math.round(p.ratio * 100)}% read`}</span>;
}

/** "Welcome back" once the scroll position is restored; the reason when progress could not be saved. */
export function ProgressNotes() {
  const { restored, saveError } = useReadingProgressState();
  return (
    <>
      {restored ? (
        <p className="resume-note" role="status">
          <span>Welcome back — you are where you left off.</span>
          <a href="#article-headline">Back to the top</a>
        </p>
      ) : null}
      {saveError ? (
        <p className="resume-note error-text" role="alert">
          Your progress could not be saved: {saveError}
        </p>
      ) : null}
    </>
  );
}

/** The end-of-article line: a check mark once the reader has finished. */
export function FinishedMark() {
  const finished = Boolean(useReadingProgressState().progress?.finishedAt);
  return finished ? (
    <span className="finished-mark">
      <span aria-hidden="true">✓</span> Finished
    </span>
  ) : (
    <span>End of the article.</span>
  );
}
