"use client";

import "./globals.css";

/**
 * Shown when the root layout itself fails. Next's built-in one styles itself with inline `style` attributes and
 * a `<style>` element, which this app's CSP (`style-src 'self'`) refuses, so it would appear unstyled; this one
 * uses the app's stylesheet. It replaces the root layout, so it has its own <html> and <body>.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="content">
          <div className="state-page" role="alert">
            <h1>Something went wrong</h1>
            <p>The page could not be loaded. Your reading progress is safe.</p>
            <p>
              <button type="button" className="button primary" onClick={reset}>
                Try again
              </button>{" "}
              <a className="button" href="/">
                Back to the library
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
