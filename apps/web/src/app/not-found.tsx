import Link from "next/link";

export default function NotFound() {
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
