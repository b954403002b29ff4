"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="state-page" role="alert">
      <h1>Something went wrong</h1>
      <p>{error.message && !error.digest ? error.message : "The page could not be loaded. Your reading progress is safe."}</p>
      <p>
        <button type="button" className="button primary" onClick={reset}>
          Try again
        </button>{" "}
        <Link className="button" href="/">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
