"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import type { ArticleCard as Card } from "@newsquiz/api";
import { TRPCReactProvider, useTRPC } from "@/trpc/react";
import { ArticleCard } from "@/components/article-card";
import { AssignedToYou } from "./assigned-to-you";

type Progress = Record<string, NonNullable<Card["progress"]>>;
const ProgressContext = createContext<Progress | null>(null);

/**
 * The reader's own part of a library page that is the same for everyone: their reading progress (shown on
 * the cards) and their imported articles, loaded by the browser with their session.
 */
export function ReaderLibrary({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <MyLibrary>{children}</MyLibrary>
    </TRPCReactProvider>
  );
}

function MyLibrary({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const mine = useQuery(trpc.article.mine.queryOptions(undefined, { staleTime: 30_000 }));
  const imported = mine.data?.imported ?? [];
  return (
    <ProgressContext.Provider value={mine.data?.progress ?? null}>
      <AssignedToYou />
      {imported.length > 0 ? (
        <section aria-labelledby="your-imports">
          <h2 id="your-imports" className="section-title">
            Your imports
          </h2>
          <ul className="card-grid">
            {imported.map((card) => (
              <ArticleCard key={card.slug} card={card} />
            ))}
          </ul>
        </section>
      ) : null}
      {children}
    </ProgressContext.Provider>
  );
}

/** A card's progress: what the page was rendered with, or what the reader's browser loaded for it. */
export function useCardProgress(slug: string, initial: Card["progress"]): Card["progress"] {
  const loaded = useContext(ProgressContext);
  return loaded?.[slug] ?? initial;
}
