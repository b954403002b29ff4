/**
 * `next/navigation` in the reader's bundle (the account menu's sign-in links and sign-out): the address the
 * page was loaded at, and whole-page navigation (every other page belongs to the App Router).
 */
export function usePathname(): string {
  return window.location.pathname;
}

export function useRouter(): { push(href: string): void; replace(href: string): void; refresh(): void } {
  return {
    push: (href) => window.location.assign(href),
    replace: (href) => window.location.replace(href),
    // After a push the next page is loading already; a refresh on its own reloads this one.
    refresh: () => undefined,
  };
}
