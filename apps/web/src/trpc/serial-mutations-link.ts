import type { TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";

/**
 * Sends the browser's mutations one after another, each once the one before has answered.
 *
 * A first-time visitor has no session yet, and any write makes them a guest (the server sets the cookie in its answer).
 * Two writes in flight at once — the reader's progress save still running when the quiz page starts the quiz — each made
 * a guest of its own, and the cookie that arrived last won: the quiz attempt then belonged to the other guest, and the
 * first answer was refused as "This quiz attempt was not found". One at a time, the second write carries the first
 * one's cookie. Queries are not held back (they make no guest).
 */
export function serialMutationsLink<TRouter extends AnyRouter>(): TRPCLink<TRouter> {
  let tail: Promise<void> = Promise.resolve();
  return () =>
    ({ op, next }) => {
      if (op.type !== "mutation") return next(op);
      return observable((observer) => {
        let release: () => void = () => {};
        const turn = new Promise<void>((resolve) => (release = resolve));
        const before = tail;
        tail = before.then(() => turn);
        let cancelled = false;
        let subscription: { unsubscribe(): void } | undefined;
        void before.then(() => {
          if (cancelled) return release();
          subscription = next(op).subscribe({
            next: (value) => observer.next(value),
            error: (error) => {
              release();
              observer.error(error);
            },
            complete: () => {
              release();
              observer.complete();
            },
          });
        });
        return () => {
          cancelled = true;
          subscription?.unsubscribe();
          release();
        };
      });
    };
}
