import Link from "next/link";

/** What a missing page, or an article someone else imported, looks like (the same text, so nothing leaks). */
export function NotFoundMessage() {
  return (
    <div className="state-page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. The article may have been removed, or the link may be mistyped.</p>
      <p>
        <Link className="button primary" href="/">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
