import type { AnchorHTMLAttributes } from "react";

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean | null; scroll?: boolean; replace?: boolean };

/**
 * `next/link` in the reader's bundle: a plain link. Every link on the reader page leads to an App Router page,
 * which the browser loads in full anyway; on the server Next's own Link wrote the same `<a href>`.
 */
export default function Link({ href, prefetch: _prefetch, scroll: _scroll, replace: _replace, ...rest }: LinkProps) {
  return <a href={href} {...rest} />;
}
