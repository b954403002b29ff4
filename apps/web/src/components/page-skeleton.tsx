/** A page's skeleton while its data loads (the loading.tsx of pages that never answer "not found": a loading
 * boundary above a page makes its 404 go out as 200, since the status is sent before the page finishes). */
export function PageSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading…</p>
      {/* classes, not style attributes: the Content-Security-Policy allows no inline styles */}
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line skeleton-line-short" />
      <div className="skeleton skeleton-block" />
    </div>
  );
}
