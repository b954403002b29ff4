/** The reader's loading state: headline, meta line and a few paragraphs. */
export function ArticleSkeleton() {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the article…
      </p>
      <div className="skeleton" style={{ height: "2.4rem", width: "80%", marginBottom: "0.75rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "45%", marginBottom: "2rem" }} />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton" style={{ height: "4.5rem", maxWidth: "42rem", marginBottom: "1rem" }} />
      ))}
    </div>
  );
}
