/** `next/head` in the reader's bundle: nothing to do, Next wrote the page's <head> on the server. */
export default function Head(_props: { children?: React.ReactNode }): null {
  return null;
}
