/**
 * The article analysis: sentences, facts and people, put together from the finders in facts/ — numbers.ts (numbers,
 * dates, money, percentages, durations), quotations.ts (quotations and their speakers), names.ts (people, places,
 * organisations), flags.ts (why a fact may not be asked); types.ts holds what they produce, nlp.ts the wink-nlp loader.
 */
import type { Article } from "@newsquiz/article";
import type { FactKind } from "./quiz-schema";
import { normalizeAnswer } from "./normalize-answer";
import { acronymPartners, inFirstPerson, nameFlags, sentenceVoice, spanFlags, valueHeadlineFlags } from "./facts/flags";
import { posByOffset } from "./facts/nlp";
import { describeNumeric, findNumericFacts } from "./facts/numbers";
import { findPersons, isAcronym, listMembers, sentenceNames, type NameMention, type Word } from "./facts/names";
import { quoteSpans, resolveSpeakers, sentenceQuotes, type QuoteSpan } from "./facts/quotations";
import type { ArticleAnalysis, Fact, SentenceInfo } from "./facts/types";

/** A sentence in the story's own words: no quotation in it, not in the first person, no page clutter around the story. */
export function inStoryWords(s: SentenceInfo): boolean {
  return !s.metadata && !s.voiced && !s.quoted.some((q) => q === 1);
}

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
        quoted.fill(1, a, b);
      }
      // (counted only where a quotation reaches in: most sentences have none, and a loop per character is slow before
      // the engine's code is optimised)
      let quotedCount = 0;
      if (sentSpans.length > 0) for (let k = 0; k < text.length; k++) quotedCount += quoted[k] ?? 0;
      const { voiced, metadata } = sentenceVoice(text, quoted, quotedCount);
      const info: SentenceInfo = { paragraph: para.index, sentence: sent.index, text, voiced, quoted, metadata };
      sentences.push(info);

      // numeric facts
      for (const r of findNumericFacts(text)) {
        const t = text.slice(r.start, r.end);
        const d = describeNumeric(text, r);
        const flags = [...r.flags, ...spanFlags(info, r.start, r.end)];
        // a number inside "I'm told two things …" is the speaker's own account, not the article's
        const holder = quoted[r.start] ? sentSpans.find((q) => q.start <= sent.start + r.start && q.end > sent.start + r.start) : undefined;
        if (holder && inFirstPerson(para.text.slice(holder.start + 1, holder.end - 1))) flags.push("first-person");
        flags.push(...valueHeadlineFlags(headlineNorm, t, d.value, r.kind));
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
  const acronyms = acronymPartners(glossary);
  for (const { info, names } of mentionsBySentence) {
    const { text } = info;
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
      const flags = [...spanFlags(info, s.start, s.end), ...nameFlags(text, s, listed[k] === true, acronyms, partnerSeen, headlineNorm)];
      let kind: FactKind = nm.cls === "person" ? "person" : nm.cls === "place" ? "place" : "organisation";
      let group: string | undefined;
      if (kind === "person") group = persons.get((s.words[s.words.length - 1] as Word).text)?.full ?? s.text;
      else if (kind === "organisation") group = nm.media ? "media" : "organisation";
      else group = nm.placeClass ?? "unknown";
      if (kind === "person" && s.words.length === 1) flags.push("vague"); // a surname alone: ask on full names only
      if (kind === "organisation" && s.words.length === 1 && isAcronym(s.text) && !acronyms.terms.has(s.text)) {
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

export { unquotedText, type FactFlag } from "./facts/flags";
export { getNlp } from "./facts/nlp";
export type { ArticleAnalysis, Fact, PersonInfo, SentenceInfo } from "./facts/types";
