"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { RouterOutputs } from "@newsquiz/api";
import { useTRPC } from "@/trpc/react";
import { ImportStatus } from "./import-status";
import { BarFill } from "@/components/bar-fill";
import { dateFormatter } from "@/lib/date-formatter";

type FeedPreview = RouterOutputs["import"]["feedPreview"];
type Stage = "fetch" | "parse" | "quiz";

type ItemState =
  | { state: "waiting" }
  | { state: "working" }
  | { state: "done"; slug: string; questionCount: number; alreadyImported: boolean }
  | { state: "failed"; stage: Stage | null; message: string };

const STAGES: { stage: Stage; label: string }[] = [
  { stage: "fetch", label: "Fetched" },
  { stage: "parse", label: "Parsed" },
  { stage: "quiz", label: "Quizzed" },
];
const FAILED_WHILE: Record<Stage, string> = { fetch: "fetching", parse: "reading", quiz: "making the quiz" };

function formatDate(iso: string | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : dateFormatter("en-GB", { day: "numeric", month: "short", year: "numeric" }).format(d);
}

/** The three steps of one item, each marked done, failed or still to come. */
function StageList({ item }: { item: ItemState }) {
  const failedAt = item.state === "failed" ? (item.stage ?? "fetch") : null;
  const failedIndex = failedAt ? STAGES.findIndex((s) => s.stage === failedAt) : -1;
  return (
    <ol className="stage-list" aria-label="Steps">
      {STAGES.map(({ stage, label }, i) => {
        const mark =
          item.state === "done" || (failedIndex > i) ? "done" : failedIndex === i ? "failed" : item.state === "working" ? "working" : "waiting";
        const word = mark === "done" ? "done" : mark === "failed" ? "failed" : mark === "working" ? "in progress" : "waiting";
        return (
          <li key={stage} className={`stage ${mark}`}>
            <span aria-hidden="true">{mark === "done" ? "✓" : mark === "failed" ? "✗" : mark === "working" ? "…" : "·"}</span> {label}
            <span className="visually-hidden">: {word}</span>
          </li>
        );
      })}
    </ol>
  );
}

export function FeedImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [feed, setFeed] = useState<FeedPreview | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<Map<string, ItemState> | null>(null);
  const [running, setRunning] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const preview = useMutation(
    trpc.import.feedPreview.mutationOptions({
      onSuccess: (data) => {
        setFeed(data);
        setPicked(new Set());
        setProgress(null);
      },
    }),
  );
  const importItem = useMutation(trpc.import.feedItem.mutationOptions());
  const error = localError ?? preview.error?.message ?? null;

  function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("feed") ?? "").trim();
    setLocalError(null);
    if (url === "") return setLocalError("Type the feed's address first.");
    preview.mutate({ url });
  }

  function toggle(link: string, on: boolean) {
    setPicked((old) => {
      const next = new Set(old);
      if (on) next.add(link);
      else next.delete(link);
      return next;
    });
  }

  async function onImport(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!feed) return;
    const items = feed.items.filter((item) => picked.has(item.link));
    if (items.length === 0) return setLocalError("Tick at least one item to import.");
    setLocalError(null);
    setRunning(true);
    const states = new Map<string, ItemState>(items.map((item) => [item.link, { state: "waiting" }]));
    const set = (link: string, state: ItemState) => {
      states.set(link, state);
      setProgress(new Map(states));
    };
    setProgress(new Map(states));
    requestAnimationFrame(() => progressHeading.current?.focus());
    // One at a time: the server fetches each page in turn, and one failure never stops the rest.
    for (const item of items) {
      set(item.link, { state: "working" });
      try {
        const result = await importItem.mutateAsync({ url: item.link, feedTitle: feed.title.slice(0, 200) || undefined });
        set(
          item.link,
          result.ok
            ? { state: "done", slug: result.slug, questionCount: result.questionCount, alreadyImported: result.alreadyImported }
            : { state: "failed", stage: result.stage, message: result.message },
        );
      } catch (caught) {
        set(item.link, { state: "failed", stage: null, message: caught instanceof Error ? caught.message : "The item could not be imported" });
      }
    }
    setRunning(false);
    await queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() });
  }

  const rows = feed && progress ? feed.items.filter((item) => progress.has(item.link)) : [];
  const finished = rows.filter((item) => {
    const s = progress?.get(item.link)?.state;
    return s === "done" || s === "failed";
  }).length;
  const succeeded = rows.filter((item) => progress?.get(item.link)?.state === "done").length;
  const failed = finished - succeeded;
  const percent = rows.length ? Math.round((finished / rows.length) * 100) : 0;

  return (
    <div className="form-stack">
      <form className="form-stack" onSubmit={onPreview}>
        <div className="field">
          <label htmlFor="import-feed">Feed address (RSS or Atom)</label>
          <input
            id="import-feed"
            name="feed"
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            maxLength={2048}
            placeholder="https://news.example/feed.xml"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "feed-hint feed-error" : "feed-hint"}
          />
          <p id="feed-hint" className="field-hint">
            You pick which items to import; each one is fetched, read and quizzed in turn.
          </p>
        </div>
        <div>
          <button type="submit" className="button" disabled={preview.isPending || running}>
            {preview.isPending ? "Reading the feed…" : "Show the items"}
          </button>
        </div>
        <ImportStatus id="feed-error" pending={preview.isPending} pendingText="Fetching the feed…" error={error} />
      </form>

      {feed ? (
        <form className="feed-items" onSubmit={onImport}>
          <fieldset disabled={running}>
            <legend>
              {feed.title || "Feed"}: {feed.items.length === 0 ? "no items" : `${feed.items.length} item${feed.items.length === 1 ? "" : "s"}`}
              {feed.total > feed.items.length ? ` (the newest ${feed.items.length} of ${feed.total})` : ""}
            </legend>
            {feed.items.length > 0 ? (
              <div className="feed-select-all">
                <button type="button" className="button small" onClick={() => setPicked(new Set(feed.items.map((i) => i.link)))}>
                  Select all
                </button>
                <button type="button" className="button small" onClick={() => setPicked(new Set())}>
                  Select none
                </button>
              </div>
            ) : null}
            <ul className="feed-item-list">
              {feed.items.map((item, i) => {
                const date = formatDate(item.published);
                return (
                  <li key={item.link}>
                    <input id={`feed-item-${i}`} type="checkbox" checked={picked.has(item.link)} onChange={(e) => toggle(item.link, e.currentTarget.checked)} aria-describedby={`feed-item-${i}-about`} />
                    <div>
                      <label htmlFor={`feed-item-${i}`}>{item.title}</label>
                      <p id={`feed-item-${i}-about`} className="field-hint">
                        {date ? <span>{date} · </span> : null}
                        <span className="feed-link">{item.link}</span>
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
            {feed.items.length > 0 ? (
              <button type="submit" className="button primary" disabled={picked.size === 0}>
                {running ? "Importing…" : `Import ${picked.size} selected`}
              </button>
            ) : null}
          </fieldset>
        </form>
      ) : null}

      {progress && rows.length > 0 ? (
        <section className="feed-progress" aria-labelledby="feed-progress-title">
          <h3 id="feed-progress-title" ref={progressHeading} tabIndex={-1}>
            Importing {rows.length} item{rows.length === 1 ? "" : "s"}
          </h3>
          <div
            className="progress-track big"
            role="progressbar"
            aria-labelledby="feed-progress-title"
            aria-valuemin={0}
            aria-valuemax={rows.length}
            aria-valuenow={finished}
            aria-valuetext={`${finished} of ${rows.length} done`}
          >
            <BarFill fraction={percent / 100} />
          </div>
          <p role="status" className="feed-summary">
            {running
              ? `${finished} of ${rows.length} done`
              : `Finished: ${succeeded} imported${failed ? `, ${failed} failed` : ""}.`}
          </p>
          <ol className="feed-progress-list">
            {rows.map((item) => {
              const state = progress.get(item.link) ?? { state: "waiting" };
              return (
                <li key={item.link} className={`feed-progress-item ${state.state}`} data-state={state.state}>
                  <span className="feed-progress-title">{item.title}</span>
                  <StageList item={state} />
                  {state.state === "done" ? (
                    <p className="feed-result">
                      {state.questionCount > 0 ? `${state.questionCount} questions ready` : "No quiz could be made from it"}
                      {state.alreadyImported ? " (you had imported it before)" : ""} ·{" "}
                      <Link href={`/articles/${state.slug}`}>Read it</Link>
                    </p>
                  ) : null}
                  {state.state === "failed" ? (
                    <p className="feed-result error-text">
                      {state.stage ? `Failed while ${FAILED_WHILE[state.stage]}: ` : "Failed: "}
                      {state.message}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {!running ? (
            <p>
              <Link href="/" className="button">
                Go to the library
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
