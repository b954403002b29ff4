/** A text as a regular expression that matches it literally ("Dr Reddy's (India)" → "Dr Reddy's \(India\)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
