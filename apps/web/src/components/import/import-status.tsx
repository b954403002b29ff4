/** The shared pending / error lines under an import form. */
export function ImportStatus({ id, pending, pendingText, error, done }: { id: string; pending: boolean; pendingText: string; error: string | null; done?: string | null }) {
  return (
    <div className="import-status">
      <p role="status" className={pending || done ? "import-pending" : "visually-hidden"}>
        {pending ? (
          <>
            <span className="spinner" aria-hidden="true" /> {pendingText}
          </>
        ) : (
          (done ?? "")
        )}
      </p>
      {error ? (
        <p id={id} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
