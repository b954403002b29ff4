/** A page's skeleton while its data loads (the loading.tsx of pages that never answer "not found": a loading
 * boundary above a page makes its 404 go out as 200, since the status is sent before the page finishes). */
export function PageSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading…</p>
      <div className="skeleton" style={{ height: "2.2rem", width: "40%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "70%", marginBottom: "0.6rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "60%", marginBottom: "2rem" }} />
      <div className="skeleton" style={{ height: "8rem", width: "100%" }} />
    </div>
  );
}
