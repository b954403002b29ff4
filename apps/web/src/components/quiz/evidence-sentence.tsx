/** The sentence that proves an answer, with the answer's words marked (falls back to plain text on a bad span). */
export function EvidenceSentence({ evidence }: { evidence: { text: string; start: number; end: number } }) {
  const { text, start, end } = evidence;
  const ok = start < end && end <= text.length;
  return (
    <blockquote className="results-evidence">
      {ok ? (
        <>
          {text.slice(0, start)}
          <mark>{text.slice(start, end)}</mark>
          {text.slice(end)}
        </>
      ) : (
        text
      )}
    </blockquote>
  );
}
