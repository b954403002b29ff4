/** `next/router` in the reader's bundle (the `_app` reads the path): the address the page was loaded at. */
export function useRouter(): { asPath: string } {
  return { asPath: window.location.pathname };
}
