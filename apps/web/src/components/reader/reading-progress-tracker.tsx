"use client";

import { useEffect } from "react";
import { TRPCReactProvider } from "@/trpc/react";
import { publishReadingProgress } from "./reading-progress-store";
import { useReadingProgress } from "./use-reading-progress";

function Track({ slug, paragraphCount }: { slug: string; paragraphCount: number }) {
  const { progress, restored, saveError } = useReadingProgress(slug, paragraphCount);
  useEffect(() => publishReadingProgress({ progress, restored, saveError }), [progress, restored, saveError]);
  useEffect(() => () => publishReadingProgress(null), []);
  return null;
}

/** Loads, restores and saves the reader's progress (a separate chunk: see `ReadingProgressTracker`). */
export default function ReadingProgressTracker({ slug, paragraphCount }: { slug: string; paragraphCount: number }) {
  return (
    <TRPCReactProvider>
      <Track key={slug} slug={slug} paragraphCount={paragraphCount} />
    </TRPCReactProvider>
  );
}
