/** The reader's loading state: headline, meta line and a few paragraphs (sizes in globals.css: no inline styles under the CSP). */
export function ArticleSkeleton() {
  return (
    <div aria-busy="true" className="skeleton-page">
      <p className="visually-hidden" role="status">
        Loading the article…
      </p>
      <div className="skeleton sk-headline" />
      <div className="skeleton sk-meta" />
      <div className="skeleton sk-paragraph" />
      <div className="skeleton sk-paragraph" />
      <div className="skeleton sk-paragraph" />
    </div>
  );
}
