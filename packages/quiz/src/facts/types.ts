import type { ConceptInfo } from "../find-concepts";
import type { DefinitionInfo } from "../question-types/definition";
import type { ListInfo } from "../question-types/list";
import type { MeaningInfo } from "../question-types/meaning";
import type { StatementInfo } from "../question-types/statement";
import type { TermInfo } from "../question-types/term";
import type { PlaceClass } from "../places";
import type { FactKind } from "../quiz-schema";
import type { FactFlag } from "./flags";

// What the finders of facts/ produce and find-facts.ts puts together: facts, sentences, people.

export interface Fact {
  /** Stable within an article: `p.s.start`. */
  id: string;
  kind: FactKind;
  /** The exact text of the fact in its sentence (what a question blanks). */
  text: string;
  paragraph: number;
  sentence: number;
  /** UTF-16 offsets into the sentence text, end exclusive. */
  start: number;
  end: number;
  flags: FactFlag[];
  /** Numbers: the value; dates: a sortable day number or year. */
  value?: number;
  /** How a number is written: "digits", "words", "Words" (capitalised), "year", "month", "md", "dm", "my". */
  form?: string;
  /** Counts: the noun counted ("troops"); durations: the unit ("weeks"); money: the currency prefix. */
  unit?: string;
  /** "min" for "over/at least", "max" for "nearly/under/up to", "about" for "around/approximately". */
  hedge?: "min" | "max" | "about";
  /** People: the full name of the person; organisations: a grouping key; places: the place class. */
  group?: string;
  placeClass?: PlaceClass;
  country?: string;
  /** Quotes: the speaker as written in the sentence, and the person's full name when known. */
  speaker?: string;
  speakerFull?: string;
  /** Quotes: the speaker is named in a sentence before, and this one says "he said" (see `newsReferents`). */
  speakerBefore?: boolean;
  /** Key concepts (kind "concept"): the noun phrase and its head (see find-concepts.ts). */
  concept?: ConceptInfo;
  /** Definitions (kind "definition"): how the text defines the term (see question-types/definition.ts). */
  definition?: DefinitionInfo;
  /** Statements (kind "statement"): the sentence turned round (see question-types/statement.ts). */
  statement?: StatementInfo;
  /** Vocabulary (kind "vocabulary"): the word's part of speech and the meaning offered (see question-types/meaning.ts). */
  meaning?: MeaningInfo;
  /** Counted lists (kind "list"): the list's items and what a reader may type for the blanked one (see question-types/list.ts). */
  list?: ListInfo;
  /** Named terms (kind "term"): other terms the text names, written alike (see question-types/term.ts). */
  term?: TermInfo;
}

export interface SentenceInfo {
  paragraph: number;
  sentence: number;
  text: string;
  /** The sentence is in the first person without quotation marks, or wholly inside a quotation. */
  voiced: boolean;
  /** Character offsets (in the sentence) that are inside quotation marks. */
  quoted: Uint8Array;
  /** A line of the page around the story ("Categories: …"), not the story. */
  metadata: boolean;
}
export interface PersonInfo {
  full: string;
  surname: string;
  /** Someone else the article names has this surname ("Ozzy Osbourne" beside "Sharon Osbourne"): the surname alone says
   * neither. */
  shared?: boolean;
}

export interface ArticleAnalysis {
  facts: Fact[];
  sentences: SentenceInfo[];
  persons: PersonInfo[];
  headline: string;
}
