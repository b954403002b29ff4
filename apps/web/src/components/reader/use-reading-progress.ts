"use client";

import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { ARTICLE_BODY_ID, ARTICLE_END_ID } from "./reader-ids";

const SAVE_DELAY_MS = 800;

/** The index of the last paragraph whose bottom is inside or above the viewport. */
function furthestVisibleParagraph(container: HTMLElement): number {
  const paragraphs = container.querySelectorAll<HTMLElement>("[data-paragraph]");
  let furthest = -1;
  paragraphs.forEach((el, i) => {
    if (el.getBoundingClientRect().bottom <= window.innerHeight) furthest = i;
  });
  return furthest;
}

/**
 * Loads the reader's saved progress in the browser (so the page itself stays the same for everyone and can
 * be served statically), restores the scroll position once, and saves progress as the reader scrolls
 * (debounced). Nothing is written until the reader actually scrolls or reaches the end.
 */
export function useReadingProgress(slug: string, paragraphCount: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const progressQuery = useQuery(trpc.progress.get.queryOptions({ slug }));
  const save = useMutation(
    trpc.progress.save.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.progress.get.queryKey({ slug }), data),
    }),
  );
  const [restored, setRestored] = useState<null | { paragraph: number }>(null);
  const furthest = useRef(-1);
  const finished = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ready = useRef(false);
  /** Set while the saved progress is still loading and the reader scrolls: measured once it arrives. */
  const scrolledEarly = useRef(false);
  const measure = useRef<() => void>(() => {});

  // Restore once, after the saved progress arrives.
  useEffect(() => {
    if (ready.current || progressQuery.isPending) return;
    ready.current = true;
    const saved = progressQuery.data;
    // a reader who scrolled before this loaded (the tracker comes after the page) is measured now
    const scrolledBefore = scrolledEarly.current || window.scrollY > 0;
    if (!saved) {
      if (scrolledBefore) measure.current();
      return;
    }
    furthest.current = saved.paragraph;
    finished.current = saved.finishedAt !== null;
    if (saved.finishedAt || saved.paragraph <= 0 || window.location.hash) {
      if (scrolledBefore) measure.current();
      return;
    }
    const target = document.getElementById(ARTICLE_BODY_ID)?.querySelector<HTMLElement>(`[data-paragraph="${saved.paragraph}"]`);
    if (target) {
      target.scrollIntoView({ block: "end" });
      setRestored({ paragraph: saved.paragraph });
    }
  }, [progressQuery.isPending, progressQuery.data]);

  useEffect(() => {
    const body = document.getElementById(ARTICLE_BODY_ID);
    const end = document.getElementById(ARTICLE_END_ID);
    if (!body) return;
    const { mutate } = save;
    const flush = () => {
      pending.current = null;
      if (furthest.current < 0) return;
      mutate({ slug, paragraph: furthest.current, ratio: (furthest.current + 1) / paragraphCount, finished: finished.current || undefined });
    };
    const schedule = () => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(flush, SAVE_DELAY_MS);
    };
    let frame = 0;
    const check = () => {
      // the end of the article in view after scrolling: finished (the observer below only sees it come into view)
      if (!finished.current && end && window.scrollY > 0 && end.getBoundingClientRect().top < window.innerHeight) {
        finished.current = true;
        furthest.current = paragraphCount - 1;
        schedule();
        return;
      }
      const seen = furthestVisibleParagraph(body);
      if (seen > furthest.current) {
        furthest.current = seen;
        schedule();
      }
    };
    measure.current = check;
    const onScroll = () => {
      if (!ready.current) {
        scrolledEarly.current = true;
        return;
      }
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        check();
      });
    };
    const observer = new IntersectionObserver((entries) => {
      if (!ready.current || finished.current) return;
      if (entries.some((e) => e.isIntersecting) && window.scrollY > 0) {
        finished.current = true;
        furthest.current = paragraphCount - 1;
        schedule();
      }
    });
    if (end) observer.observe(end);
    window.addEventListener("scroll", onScroll, { passive: true });
    const onHide = () => {
      if (pending.current) {
        clearTimeout(pending.current);
        flush();
      }
    };
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", onHide);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      onHide();
    };
    // `save.mutate` is stable; the effect binds once per article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug, paragraphCount]);

  return {
    progress: progressQuery.data ?? null,
    loading: progressQuery.isPending,
    saveError: save.error?.message ?? null,
    restored,
  };
}
