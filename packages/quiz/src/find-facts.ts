import type { Article } from "@newsquiz/article";
import type { FactKind } from "./quiz-schema";
import { normalizeAnswer } from "./normalize-answer";
import type { FactFlag } from "./facts/flags";
import { posByOffset } from "./facts/nlp";
import { describeNumeric, findNumericFacts } from "./facts/numbers";
import { findPersons, isAcronym, listMembers, sentenceNames, type NameMention, type Word } from "./facts/names";
import { quoteSpans, resolveSpeakers, sentenceQuotes, type QuoteSpan } from "./facts/quotations";
import type { ArticleAnalysis, Fact, SentenceInfo } from "./facts/types";

// ---------------------------------------------------------------------------------------------------------------
/** A line of the page around the story, not the story: "Categories: August 15, 2008 Canada Published …". */
const METADATA_RE =
  /^(?:(?:Categories|Category|Tags|Filed under|Sources?|See also|Related (?:news|articles|stories)|External links)\s*:|(?:Sources|See also|External links|Related news)\s*$)/;

const FIRST_PERSON_RE = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|me|my|we|We|our|Our|us|My)(?![\p{L}'’])/u;

// ---------------------------------------------------------------------------------------------------------------

/** Everything the quiz maker needs about an article; linear in its length. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const facts: Fact[] = [];
  const sentences: SentenceInfo[] = [];
  const mentionsBySentence: { info: SentenceInfo; names: NameMention[] }[] = [];
  const headlineNorm = ` ${normalizeAnswer(article.headline)} `;
  const glossary = article.glossary ?? [];

  for (const para of article.paragraphs) {
    // tagged only when a sentence-initial word needs its part of speech (see sentenceNames)
    let posMap: Map<number, string> | undefined;
    const posAt = (offset: number): string | undefined => (posMap ??= posByOffset(para.text)).get(offset);
    const spans = quoteSpans(para.text);
    // spans and sentences are both in order: each sentence looks only at the spans that reach into it (linear, not
    // every span for every sentence)
    let firstSpan = 0;
    for (const sent of para.sentences) {
      const text = sent.text;
      const quoted = new Uint8Array(text.length);
      while (firstSpan < spans.length && (spans[firstSpan] as QuoteSpan).end <= sent.start) firstSpan++;
      const sentSpans: QuoteSpan[] = [];
      for (let j = firstSpan; j < spans.length && (spans[j] as QuoteSpan).start < sent.start + text.length; j++) sentSpans.push(spans[j] as QuoteSpan);
      for (const q of sentSpans) {
        const a = Math.max(q.start - sent.start, 0);
        const b = Math.min(q.end - sent.start, text.length);
        for (let k = a; k < b; k++) quoted[k] = 1;
      }
      let quotedCount = 0;
      for (let k = 0; k < text.length; k++) quotedCount += quoted[k] ?? 0;
      // (by code point, as it always was; with nothing quoted it is the text itself)
      const unquoted = quotedCount === 0 ? text : Array.from(text, (c, k) => (quoted[k] ? " " : c)).join("");
      const citation = / [—–-] [^—–]{2,80}, (?:\w+ \d{1,2}, )?\d{4}\.?$/.test(text);
      const voiced = quotedCount >= text.length - 2 || FIRST_PERSON_RE.test(unquoted) || citation;
      const metadata = METADATA_RE.test(text);
      const info: SentenceInfo = { paragraph: para.index, sentence: sent.index, text, voiced, quoted, metadata };
      sentences.push(info);

      const baseFlags = (s: number, e: number): FactFlag[] => {
        const f: FactFlag[] = [];
        let inQ = false;
        for (let k = s; k < e; k++) if (quoted[k]) inQ = true;
        if (inQ) f.push("in-quote");
        if (voiced) f.push("first-person");
        if (metadata) f.push("metadata");
        return f;
      };

      // numeric facts
      for (const r of findNumericFacts(text)) {
        const t = text.slice(r.start, r.end);
        const d = describeNumeric(text, r);
        const flags = [...r.flags, ...baseFlags(r.start, r.end)];
        // a number inside "I'm told two things …" is the speaker's own account, not the article's
        const holder = quoted[r.start] ? sentSpans.find((q) => q.start <= sent.start + r.start && q.end > sent.start + r.start) : undefined;
        if (holder && FIRST_PERSON_RE.test(para.text.slice(holder.start + 1, holder.end - 1))) flags.push("first-person");
        const n = normalizeAnswer(t);
        if (n && headlineNorm.includes(` ${n} `)) flags.push("in-headline");
        if (d.value !== undefined && r.kind !== "date" && new RegExp(`(?:^| )${d.value}(?: |$)`).test(headlineNorm.trim())) flags.push("in-headline");
        facts.push({
          id: `${para.index}.${sent.index}.${r.start}`,
          kind: r.kind,
          text: t,
          paragraph: para.index,
          sentence: sent.index,
          start: r.start,
          end: r.end,
          ...d,
          flags: [...new Set(flags)],
        });
      }

      const names = sentenceNames(text, (o) => posAt(o + sent.start));
      mentionsBySentence.push({ info, names });

      facts.push(...sentenceQuotes(para, sent, text, spans, names, { voiced, quotedCount, metadata }));
    }
  }

  const persons = findPersons(mentionsBySentence);

  const factsBySentence = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.kind === "quote") continue;
    const key = `${f.paragraph}.${f.sentence}`;
    const list = factsBySentence.get(key);
    if (list) list.push(f);
    else factsBySentence.set(key, [f]);
  }
  // organisations named next to their acronym
  const acronymPairs = glossary.map((g) => [g.term, g.expansion] as const);
  const acronymTerms = new Set(acronymPairs.map(([t]) => t));
  // each acronym's expansion and each expansion's acronym
  const acronymPartner = new Map<string, string>();
  for (const [term, exp] of acronymPairs) {
    if (!acronymPartner.has(term)) acronymPartner.set(term, exp);
    if (!acronymPartner.has(exp)) acronymPartner.set(exp, term);
  }
  for (const { info, names } of mentionsBySentence) {
    const { text } = info;
    const baseFlags = (s: number, e: number): FactFlag[] => {
      const f: FactFlag[] = [];
      for (let k = s; k < e; k++)
        if (info.quoted[k]) {
          f.push("in-quote");
          break;
        }
      if (info.voiced) f.push("first-person");
      if (info.metadata) f.push("metadata");
      return f;
    };
    // numeric facts in order of position, walked with the names (both in order): no name × number comparisons
    const numeric = [...(factsBySentence.get(`${info.paragraph}.${info.sentence}`) ?? [])].sort((a, b) => a.start - b.start);
    let nextNumeric = 0;
    const listed = listMembers(names, text);
    const partnerSeen = new Map<string, boolean>();
    names.forEach((nm, k) => {
      if (nm.cls === "unknown") return;
      const s = nm.seq;
      while (nextNumeric < numeric.length && (numeric[nextNumeric] as Fact).end <= s.start) nextNumeric++;
      const over = numeric[nextNumeric];
      if (over && over.start < s.end) return;
      const flags = baseFlags(s.start, s.end);
      // lists: another name right before or after, joined by a comma or "and"/"or"
      if (listed[k]) flags.push("in-list");
      // "the cities of A, B and C" counts as a list too
      if (/\b(?:and|or)\s$/.test(text.slice(Math.max(0, s.start - 5), s.start)) && /,\s[^,]{1,30},?\s(?:and|or)\s$/.test(text.slice(Math.max(0, s.start - 50), s.start))) flags.push("in-list");
      const around = text.slice(Math.max(0, s.start - 3), Math.min(text.length, s.end + 12));
      if (/\(\s?[A-Z]{2,}\s?\)/.test(text.slice(s.end, s.end + 12)) || /^\(/.test(text.slice(s.start - 1, s.start)) || /\)\s*$/.test(around.slice(0, 3))) flags.push("next-to-expansion");
      // an acronym next to its expansion (or the reverse): looked up by the name itself, each partner searched once
      const partner = acronymPartner.get(s.text);
      if (partner !== undefined) {
        let seen = partnerSeen.get(partner);
        if (seen === undefined) {
          seen = acronymTerms.has(partner) ? new RegExp(`\\b${partner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text) : text.includes(partner);
          partnerSeen.set(partner, seen);
        }
        if (seen) flags.push("next-to-expansion");
      }
      const words = normalizeAnswer(s.text).split(" ");
      if (headlineNorm.includes(` ${normalizeAnswer(s.text)} `)) flags.push("in-headline");
      else if (words.some((w) => w.length > 2 && headlineNorm.includes(` ${w} `))) flags.push("headline-word");
      let kind: FactKind = nm.cls === "person" ? "person" : nm.cls === "place" ? "place" : "organisation";
      let group: string | undefined;
      if (kind === "person") group = persons.get((s.words[s.words.length - 1] as Word).text)?.full ?? s.text;
      else if (kind === "organisation") group = nm.media ? "media" : "organisation";
      else group = nm.placeClass ?? "unknown";
      if (kind === "person" && s.words.length === 1) flags.push("vague"); // a surname alone: ask on full names only
      if (kind === "organisation" && s.words.length === 1 && isAcronym(s.text) && !acronymTerms.has(s.text)) {
        // an unexplained acronym: keep as organisation, grouped apart
        group = "acronym";
      }
      if (s.words.some((w) => w.possessive) && kind === "place") kind = "place";
      facts.push({
        id: `${info.paragraph}.${info.sentence}.${s.start}`,
        kind,
        text: s.text,
        paragraph: info.paragraph,
        sentence: info.sentence,
        start: s.start,
        end: s.end,
        flags: [...new Set(flags)],
        group,
        placeClass: nm.placeClass,
        country: nm.country,
      });
    });
  }

  // resolve quote speakers to people
  const personList = [...persons.values()];
  resolveSpeakers(facts, persons);

  facts.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence || a.start - b.start);
  return { facts, sentences, persons: personList, headline: article.headline };
}

/** The checkable facts of an article, sentence by sentence, with their kind, exact text and span. */
export function findFacts(article: Article): Fact[] {
  return analyzeArticle(article).facts;
}

export type { FactFlag } from "./facts/flags";
export { getNlp } from "./facts/nlp";
export type { ArticleAnalysis, Fact, PersonInfo, SentenceInfo } from "./facts/types";
