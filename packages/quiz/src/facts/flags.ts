// Why a fact may not be asked: the flags the finders put on facts, and the sentence-level signs they come from.

/** Why a fact must not be the answer of a question. */
export type FactFlag =
  | "in-quote" // inside a quotation: someone's claim, and the blank would sit in quoted speech
  | "first-person" // a sentence in the first person without quotation marks (an unmarked quote)
  | "relative" // "on Friday", "last week": not checkable without the date of the article
  | "in-list" // one item of a list: the other items fit the blank too
  | "in-headline" // the headline gives the answer away
  | "next-to-expansion" // an acronym next to its own expansion (or the reverse)
  | "conversion" // "500 miles (800 km)": the other unit gives the answer away
  | "vague" // "one", "thousands": not a checkable value
  | "metadata" // a "Categories:" or "Sources" line: not part of the story
  | "headline-word"; // a name sharing a word with the headline ("Greek Orthodox Church"): only a swap between two such names is fair
