"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/react";

/** After a single import: forget cached article lists and open the new article in the reader. */
export function useOpenImported() {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async ({ slug }: { slug: string }) => {
      await queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() });
      router.push(`/articles/${slug}`);
    },
    [queryClient, router, trpc],
  );
}

/** The importer's limits, also checked here so a person hears about them before anything is sent. */
export const MAX_IMPORT_BYTES = 200 * 1024;
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
