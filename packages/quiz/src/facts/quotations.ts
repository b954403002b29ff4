import { ROLE_WORDS, TITLE_WORDS } from "../word-lists";
import type { FactFlag } from "./flags";
import type { Fact, PersonInfo } from "./types";

// Quotations and their speakers. Quotation state is tracked across the sentences of a paragraph.

export interface QuoteSpan {
  start: number; // offset of the opening mark in the paragraph
  end: number; // offset after the closing mark
}

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // (from one quotation mark to the next: a loop over every character is slow before the engine's code is optimised)
  for (const m of text.matchAll(/[“”"]/g)) {
    const i = m.index;
    const c = m[0];
    if (c === "“") {
      if (open < 0) open = i;
    } else if (c === "”") {
      if (open >= 0) spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (open < 0) {
        // 'a very effective recruiting sergeant" for terrorists". His party plans …': a mark glued to the word before it
        // and followed by a space or punctuation closes a quotation the source never opened — a stray, which read as an
        // opening made the narration after it someone's words (reading BR: "Who said: “. His party plans …”?")
        if (/[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? "") && /^(?:[\s.,;:!?)]|)$/u.test(text[i + 1] ?? "")) continue;
        open = i;
      } else if (/\s/.test(text[i - 1] ?? "") && /[\p{L}\p{N}‘'“]/u.test(text[i + 1] ?? "")) {
        // 'Bailey said: "It will be tough … growing years. "I'm confident …' — a quotation the writer runs on into the
        // next without closing it: a mark after a space and before a word opens, so the one open ends here. Counted as a
        // close it would flip every pair after it and read narration as someone's words (reading AB: a wrong key)
        spans.push({ start: open, end: i });
        open = i;
      } else {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length }); // a quotation that runs to the end of the paragraph
  return spans;
}

/** Verbs of saying that put a speaker's name after them ("…,” insisted Hassell"), besides said/says/wrote/added. */
export const SAID_BEFORE_NAME_VERBS = "insisted|explained|admitted|warned|argued|continued|claimed|stressed|commented|recalled|recalls|agreed|observed|noted";

/** Role nouns that may stand in lower case between a verb of saying and the speaker's name ("said judge Claire Armistead"). */
export const ROLE_BEFORE_NAME = [...ROLE_WORDS, "skipper", "pundit", "star", "fellow", "controller", "strategist", "presenter", "comedian", "comic", "rapper", "frontman", "bassist", "guitarist", "drummer", "consultant", "expert", "broadcaster", "organiser", "organizer", "owner", "commissioner"].join("|");

/**
 * "said Wales coach Mike Ruddock", "according to Mr Smith", "said Amazon's Robin Terrell", "declared Kasabian's singer Tom
 * Meighan", "said the Observer's Philip French": the words before a name that make it the speaker.
 */
const INVERTED_SAID_RE = new RegExp(
  `\\b(?:said|says|wrote|according to|stated|tweeted|added|told|declared|laughs|laughed|${SAID_BEFORE_NAME_VERBS}) (?:the )?(?:\\p{Lu}[\\p{L}.-]*(?:['’]s?)? |(?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_BEFORE_NAME}) )*$`,
  "u",
);

/**
 * What may follow a speaker named after the verb ("said Spacey at the premiere", "said Ben Coppin from Envisional"): a
 * place, a body or a time, not a clause — in "said Mr Blair had shown he could rouse the party" he is what was said about.
 */
const AFTER_INVERTED_SPEAKER = /^\s+(?!(?:of|from|at|in|on|during|before|after|when|while|who|adding|as|yesterday|today|last|this|recently|earlier|later)\b)\p{Ll}/u;

/** "X said", "X, a spokesman, told …": the verb of saying after a name that makes it a speaker. */
export const SAID_AFTER_RE =
  /^(?:(?:,[^,"“”]{1,70}){1,3},| (?:of|from|at) (?:the |The )?\p{Lu}[\p{L}.&'’-]*(?: (?:and |of |for |the )*\p{Lu}[\p{L}.&'’-]*)*)? (?:also |later |then |recently |personally |has |had |have )?(?:said|says|told|tweeted|wrote|stated|asserted|commented|added|claimed|claims|believes|explained|noted|argued|denied|insisted|warned|announced|reported|observed|suggested|stressed|replied|recalled|described|requested|tells|writes|dubbed|called|characterized|characterised)\b/u;

/**
 * The quotations of a sentence, with their speaker when a name in the sentence says them. A quotation may run over
 * several sentences ("X said: “A. B.”" or "“A. B,” X said."): the speaker's sentence is the evidence.
 */
export function sentenceQuotes(
  para: { index: number; text: string },
  sent: { index: number; start: number },
  text: string,
  spans: readonly QuoteSpan[],
  names: readonly { seq: { start: number; end: number; text: string } }[],
  voice: { voiced: boolean; quotedCount: number; metadata: boolean },
): Fact[] {
  const out: Fact[] = [];
  const { voiced, quotedCount, metadata } = voice;
  for (const q of spans) {
    const a = q.start - sent.start;
    const b = q.end - sent.start;
    if (b <= 0 || a >= text.length) continue;
    const crosses = a < 0 || b > text.length;
    const inner = para.text.slice(q.start + 1, q.end - 1).trim().replace(/[”"]$/, "");
    // (fewer than six words: no quotation to ask, but one its speaker says is kept, flagged, so that the words the same
    // person goes on to say in the next sentences are known to be theirs — '“That is not the case,” said Tim Ellsmore.
    // “People need to recognise …”', 2.11.37)
    const wordCount = inner.split(/\s+/).length;
    const short = wordCount < 6;
    if (short && (crosses || wordCount < 2)) continue;
    // "“I've lost three years of my life, because I was a Muslim. He added: “The authorities …”": the source left a
    // quotation open, and its mark was paired with the next one — the narrator's words are no one's quotation
    if (/[.!?]\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:added|said|says|continued|went on|told [\p{L} ]{1,30})\s*[:,]?$/u.test(inner)) continue;
    const lo = Math.max(a, 0);
    const hi = Math.min(b, text.length);
    const outside = text.slice(0, lo) + " ".repeat(hi - lo) + text.slice(hi);
    const attributed = names.filter((nm) => {
      if (nm.seq.start >= lo && nm.seq.end <= hi) return false;
      const after = outside.slice(nm.seq.end, nm.seq.end + 90);
      const before = outside.slice(Math.max(0, nm.seq.start - 40), nm.seq.start);
      // "said Mr Blair" names the speaker only when the sentence's clause ends there: in "… said Mr Blair had shown he
      // could rouse the party: “…”" Mr Blair is what was said about (reading O keyed him as the speaker)
      // ("insisted Hassell", "said Wales coach Mike Ruddock": other verbs of saying, and a role in lower case before the
      // name, 2.7.9)
      // "said Yahoo's Yonca Brunini": a name that owns the next is whose the speaker is, not the speaker
      if (/^['’]s?\s/u.test(after)) return false;
      const inverted = INVERTED_SAID_RE.test(before) && !AFTER_INVERTED_SPEAKER.test(after);
      // "A spokesman for Mr Blair said …", "a friend of Mr Smith told …": the name is whom the speaker speaks for, and the
      // words are not theirs (reading AS keyed Tony Blair as the speaker)
      if (/\b(?:for|of|with|close to|from|behind|(?<!according )to)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?$/i.test(before)) return false;
      // "Harriet Harman told researchers of the hostility …: “Well, you've only succeeded because you're a woman.”", "she
      // was told: “…”": words said to or about the person, who only reports them (reading BB keyed Harman)
      if (nm.seq.end <= lo && /\b(?:(?:was|were|been|being) told\b[^“"”]*|(?:told|spoke|wrote|complained|recalled|talked)\b[^:“"”]{0,80}?\b(?:of|about)\b[^:“"”]*:\s*)$/.test(outside.slice(nm.seq.end, lo))) return false;
      return SAID_AFTER_RE.test(after) || inverted;
    });
    // "Ross believes pursuing appeals “would be the morally wrong thing to do,” Norko said": the name right after the
    // closing mark is whose words they are; a name before it may only be what the words are about
    // "said Treasury Under Secretary John Taylor": a name run straight into a title and another name is the title's
    // start, not the speaker
    // ("said Merrill Lynch Commodity Marketing Vice President Neil McGarrity": a business, a title and the person — the
    // name after the title is the speaker whether or not "said" reads as standing before it, reading ZZZD keyed the
    // business)
    const nameAfterTitle = (nm: (typeof names)[number]): (typeof names)[number] | undefined =>
      names.find((o) => o.seq.start > nm.seq.end && /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(outside.slice(nm.seq.end, o.seq.start)));
    const speakers = [...new Set(attributed.map((nm) => nameAfterTitle(nm) ?? nm))];
    const speakerName =
      speakers.find((nm) => nm.seq.start >= hi && /^[\s,”"’']*$/.test(outside.slice(hi, nm.seq.start))) ?? speakers[0];
    if ((crosses || short) && !speakerName) continue;
    const flags: FactFlag[] = voiced && quotedCount < text.length - 2 ? ["first-person"] : [];
    if (short) flags.push("short");
    if (metadata) flags.push("metadata");
    out.push({
      id: `${para.index}.${sent.index}.${lo}`,
      kind: "quote",
      text: inner,
      paragraph: para.index,
      sentence: sent.index,
      start: a >= 0 ? a + 1 : 0,
      end: b <= text.length ? b - 1 : text.length,
      flags,
      speaker: speakerName?.seq.text,
    });
  }
  return out;
}

/** Each quotation's speaker named in full when the article names that person; a speaker who is no known person is dropped. */
export function resolveSpeakers(facts: Fact[], persons: ReadonlyMap<string, PersonInfo>): void {
  for (const f of facts) {
    if (f.kind !== "quote" || !f.speaker) continue;
    const last = f.speaker.split(" ").pop() ?? "";
    const p = persons.get(last);
    // (a surname two people of the article share says neither: "Osbourne said" beside Ozzy and Sharon Osbourne; and a
    // full name that is not the one kept for the surname is the other one's — "said Osamu Fukushima" beside Keijirou
    // Fukushima had been keyed as Keijirou's, reading ZZM)
    const otherOfName = p?.shared === true && f.speaker.split(" ").some((w, i, ws) => i < ws.length - 1 && !TITLE_WORDS.has(w) && !ROLE_WORDS.has(w.toLowerCase())) && !p.full.endsWith(f.speaker);
    if (p && !(p.shared && !f.speaker.includes(" ")) && !otherOfName) f.speakerFull = p.full;
    else f.speaker = undefined;
  }
}
