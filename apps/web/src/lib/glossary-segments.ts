import type { GlossaryEntry } from "@newsquiz/article";

export type Segment = { kind: "text"; text: string } | { kind: "term"; text: string; expansion: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits a sentence into plain text and glossary terms. Each term is marked once per paragraph
 * (`marked` is shared across a paragraph's sentences) so the keyboard does not stop on every repeat.
 */
export function segmentSentence(text: string, glossary: readonly GlossaryEntry[], marked: Set<string>): Segment[] {
  // A term is not marked where the sentence itself spells it out ("National Intelligence Service’s (NIS)").
  const pending = glossary.filter((g) => !marked.has(g.term) && !text.includes(g.expansion));
  if (pending.length === 0) return [{ kind: "text", text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${pending.map((g) => escapeRegExp(g.term)).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = match[0];
    const entry = pending.find((g) => g.term === term);
    if (!entry || marked.has(term) || match.index === undefined) continue;
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    segments.push({ kind: "term", text: term, expansion: entry.expansion });
    marked.add(term);
    last = match.index + term.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
