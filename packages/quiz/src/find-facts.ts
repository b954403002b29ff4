import type { Article } from "@newsquiz/article";
import type { FactKind } from "./quiz-schema";
import { lookupPlace, type PlaceClass } from "./places";
import { normalizeAnswer } from "./normalize-answer";
import type { FactFlag } from "./facts/flags";
import { posByOffset } from "./facts/nlp";
import { ALL_MONTHS, describeNumeric, findNumericFacts } from "./facts/numbers";
import { quoteSpans, resolveSpeakers, SAID_AFTER_RE, sentenceQuotes, type QuoteSpan } from "./facts/quotations";
import type { ArticleAnalysis, Fact, PersonInfo, SentenceInfo } from "./facts/types";
import { MEDIA_WORDS, ORG_WORDS, ROLE_WORDS, STOP_CAPS, TITLE_WORDS, WEEKDAYS } from "./word-lists";

/** Words of ministries' names that run into a title's person ("Secretary of State Colin Powell"). */
const DEPARTMENT_WORDS = new Set(
  "State Defense Defence Commerce Energy Education Labor Labour Agriculture Interior Transportation Treasury Justice Health Homeland Housing".split(" "),
);

/** Common Chinese family names, written first ("Hu Jintao", "Wen Jiabao"). */
const CHINESE_FAMILY_NAMES = new Set(
  "Hu Wen Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Guo Lin Luo Gao Deng Jiang Xi Tang Zeng Xie Han Feng Cao Peng Cheng Dong Yuan Pan Du Wei Jia Xia Shen Qian Tan Liao Zou Xiong Kong Bai Mao Qin".split(" "),
);

// ---------------------------------------------------------------------------------------------------------------
/** A line of the page around the story, not the story: "Categories: August 15, 2008 Canada Published …". */
const METADATA_RE =
  /^(?:(?:Categories|Category|Tags|Filed under|Sources?|See also|Related (?:news|articles|stories)|External links)\s*:|(?:Sources|See also|External links|Related news)\s*$)/;

const FIRST_PERSON_RE = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|me|my|we|We|our|Our|us|My)(?![\p{L}'’])/u;

// ---------------------------------------------------------------------------------------------------------------
// Names: people, places, organisations.

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  cap: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const ABBREV = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Rev.", "Gen.", "Col.", "Lt.", "Sgt.", "Inc.", "Co.", "Corp.", "Ltd.", "Sen.", "Gov.", "Rep."]);
const CONNECTORS = new Set(["of", "the", "for", "de", "du", "da", "del", "van", "von", "der", "bin", "on"]);
/** Words after which "of" continues a name ("Republic of Korea", "Church of Scientology"). */
const JOIN_OF = new Set(["Republic", "Kingdom", "Daughters", "Sons", "Friends", "Commonwealth", "Province", "State", "City", "Isle", "Gulf", "Bay", "Sea", "Cape", "Mount", "Lake", "Duke", "Prince", "Princess", "King", "Queen", "Bishop", "Secretary", "Minister", "Head", "Director", "President", "Chief", "Governor", "Mayor", "Professor", "Bank", "Port", "Strait", "Straits", "Statue", "Tower", "Palace", "Hall", "House"]);
const PARTICLE_RE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|der|den|la|le)[-’'][\p{Lu}]/u;

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let t = m[0];
    let end = m.index + t.length;
    if (t.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(t) && !ABBREV.has(t)) {
      t = t.slice(0, -1);
      end--;
    }
    let possessive = false;
    const pm = /(?:['’]s|s['’])$/.exec(t);
    if (pm && t.length > 3) {
      possessive = true;
      if (/['’]s$/.test(t)) {
        t = t.slice(0, -2);
        end -= 2;
      } else {
        t = t.slice(0, -1);
        end -= 1;
      }
    }
    t = t.replace(/[-'’]+$/, "");
    end = m.index + t.length;
    if (t === "") continue;
    const cap = /^\p{Lu}/u.test(t) || PARTICLE_RE.test(t);
    words.push({ text: t, start: m.index, end, possessive, cap });
  }
  return words;
}

interface NameSeq {
  words: Word[];
  start: number;
  end: number;
  text: string;
  /** Index into the sentence's words of the first word of this name. */
  first: number;
  last: number;
}

function capSequences(text: string, words: Word[]): NameSeq[] {
  const seqs: NameSeq[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!w.cap || /^\d/.test(w.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const cur = words[j] as Word;
      if (cur.possessive) break;
      const nx = words[j + 1] as Word;
      const gap = text.slice(cur.end, nx.start);
      // "Council on American - Islamic Relations": a spaced hyphen inside a name
      if (gap === " - " && nx.cap && /^\p{Lu}/u.test(nx.text)) {
        j++;
        continue;
      }
      if (gap !== " ") break;
      if (nx.cap && !/^\d/.test(nx.text)) {
        j++;
        continue;
      }
      const ofOk = nx.text !== "of" || JOIN_OF.has(cur.text) || isOrgWord(cur.text) || j === i;
      if (CONNECTORS.has(nx.text) && ofOk && j + 2 < words.length) {
        const nn = words[j + 2] as Word;
        const nn2 = words[j + 3];
        const gapOk = text.slice(nx.end, nn.start) === " ";
        if (gapOk && nn.cap && !/^\d/.test(nn.text)) {
          j += 2;
          continue;
        }
        if (gapOk && nx.text === "of" && nn.text === "the" && nn2 && nn2.cap && text.slice(nn.end, nn2.start) === " ") {
          j += 3;
          continue;
        }
      }
      break;
    }
    const ws = words.slice(i, j + 1);
    const a = ws[0] as Word;
    const b = ws[ws.length - 1] as Word;
    seqs.push({ words: ws, start: a.start, end: b.end, text: text.slice(a.start, b.end), first: i, last: j });
    i = j + 1;
  }
  return seqs;
}

function subSeq(text: string, seq: NameSeq, from: number, to: number): NameSeq | undefined {
  const ws = seq.words.slice(from, to);
  // a name does not start or end with a connector
  while (ws.length > 0 && !(ws[0] as Word).cap) ws.shift();
  while (ws.length > 0 && !(ws[ws.length - 1] as Word).cap) ws.pop();
  if (ws.length === 0) return undefined;
  const a = ws[0] as Word;
  const b = ws[ws.length - 1] as Word;
  const first = seq.first + seq.words.indexOf(a);
  return { words: ws, start: a.start, end: b.end, text: text.slice(a.start, b.end), first, last: first + ws.length - 1 };
}

const SAID_BEFORE_RE = /(?:\b(?:said|says|according to|told by|wrote|added|asked|stated)|\bby) $/;
const APPOSITION_RE = /^, (?:\d{1,3},|(?:a|an|the|who|whose)\s)/;

type NameClass = "person" | "place" | "organisation" | "unknown";

interface NameMention {
  seq: NameSeq;
  cls: NameClass;
  personEvidence: boolean;
  placeClass?: PlaceClass;
  country?: string;
  media?: boolean;
  titled?: boolean;
}

function isOrgWord(t: string): boolean {
  return ORG_WORDS.has(t) || (t.endsWith("s") && ORG_WORDS.has(t.slice(0, -1)));
}

function isAcronym(t: string): boolean {
  return /^[A-Z][A-Z&]{1,5}$/.test(t) && !/^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII|XVII|OK|TV|VR)$/.test(t);
}

/** The candidate names of one sentence, with their class (before article-wide person clustering). */
function sentenceNames(text: string, pos: (offset: number) => string | undefined): NameMention[] {
  const words = splitWords(text);
  const out: NameMention[] = [];
  for (const raw of capSequences(text, words)) {
    let seq: NameSeq | undefined = raw;
    // drop leading function words and a sentence-initial word that is not a proper noun
    while (seq) {
      const w = seq.words[0] as Word;
      const atStart = /^[\s"“‘'(]*$/.test(text.slice(0, w.start));
      const orgName = seq.words.length > 1 && seq.words.some((x) => isOrgWord(x.text));
      // the part of speech last: it may need the tagger to read the paragraph
      const notProper = (p: string | undefined): boolean => p !== undefined && p !== "PROPN";
      if (STOP_CAPS.has(w.text) || WEEKDAYS.has(w.text) || (atStart && !orgName && !lookupPlace(w.text) && notProper(pos(w.start)))) {
        seq = subSeq(text, seq, 1, seq.words.length);
      } else break;
    }
    if (!seq) continue;
    if (seq.words.every((w) => ALL_MONTHS.has(w.text) || ALL_MONTHS.has(`${w.text}.`) || WEEKDAYS.has(w.text))) continue;
    // split around title words: "NATO Secretary General Mark Rutte" -> NATO | Mark Rutte (titled)
    // title words inside an organisation's name ("Civil Defense Authority", "Foreign Ministry") are not titles
    let lastOrg = -1;
    seq.words.forEach((w, k) => {
      if (isOrgWord(w.text)) lastOrg = k;
    });
    const titleIdx = seq.words.map((w, k) => (TITLE_WORDS.has(w.text) && k > lastOrg ? k : -1)).filter((k) => k >= 0);
    const parts: { seq: NameSeq; titled: boolean }[] = [];
    if (titleIdx.length > 0) {
      const firstT = titleIdx[0] as number;
      const lastT = titleIdx[titleIdx.length - 1] as number;
      const before = firstT > 0 ? subSeq(text, seq, 0, firstT) : undefined;
      const after = subSeq(text, seq, lastT + 1, seq.words.length);
      if (before) parts.push({ seq: before, titled: false });
      // "Secretary of State", "Prime Minister" alone: a title, not a name
      if (after && !(seq.words.slice(firstT, lastT + 1).some((w) => w.text === "of") && after.words.length <= 2 && lookupPlace(after.text))) {
        parts.push({ seq: after, titled: true });
      }
    } else parts.push({ seq, titled: false });
    // "United States Hamdullah Mohib", "Islamic Relations Alia Salem": a place or organisation glued before a name
    for (let pi = 0; pi < parts.length; pi++) {
      const part = parts[pi] as { seq: NameSeq; titled: boolean };
      const ws = part.seq.words;
      if (ws.length < 3) continue;
      let cut = -1;
      let lastOrgWord = -1;
      ws.forEach((w, k) => {
        if (isOrgWord(w.text)) lastOrgWord = k;
      });
      if (lastOrgWord >= 0 && lastOrgWord <= ws.length - 3) cut = lastOrgWord + 1;
      for (let k = Math.min(3, ws.length - 2); k >= 1 && cut < 0; k--) {
        const pre = subSeq(text, part.seq, 0, k);
        if (pre && (lookupPlace(pre.text) || isOrgWord((ws[k - 1] as Word).text))) {
          cut = k;
          break;
        }
      }
      if (cut > 0) {
        const pre = subSeq(text, part.seq, 0, cut);
        const rest = subSeq(text, part.seq, cut, ws.length);
        if (pre && rest && rest.words.length >= 2 && rest.words.every((w) => !isOrgWord(w.text))) {
          parts.splice(pi, 1, { seq: pre, titled: false }, { seq: rest, titled: part.titled });
          pi++;
        }
      }
    }

    for (const part of parts) {
      const s = part.seq;
      const prevText = text.slice(Math.max(0, s.start - 40), s.start);
      const prevWordM = /([\p{L}-]+)(,)? $/u.exec(prevText);
      const role = prevWordM ? ROLE_WORDS.has((prevWordM[1] ?? "").toLowerCase()) && /^[a-z]/.test(prevWordM[1] ?? "") : false;
      const after = text.slice(s.end, s.end + 90);
      const saidAfter = SAID_AFTER_RE.test(after);
      const saidBefore = SAID_BEFORE_RE.test(prevText);
      const appos = (APPOSITION_RE.test(after) || (/^ of (?:the |The )?\p{Lu}/u.test(after) && s.words.length >= 2 && s.words.length <= 3)) && !lookupPlace(s.text);
      const last = s.words[s.words.length - 1] as Word;
      const hasOrgWord = s.words.some((w) => isOrgWord(w.text));
      if (hasOrgWord && s.words.length === 1) continue; // "News of …", "Police arrested …": a common noun
      const place = lookupPlace(s.text);
      const mention: NameMention = { seq: s, cls: "unknown", personEvidence: false, titled: part.titled };
      if (hasOrgWord || (s.words.length === 1 && isAcronym(s.text) && !place)) {
        mention.cls = "organisation";
        mention.media = s.words.some((w) => MEDIA_WORDS.has(w.text));
      } else if (place && !part.titled && !role) {
        mention.cls = "place";
        mention.placeClass = place.cls;
        mention.country = place.country;
      } else if (part.titled || role || ((saidAfter || saidBefore || appos) && s.words.length >= 2 && s.words.length <= 4)) {
        mention.cls = "person";
        mention.personEvidence = true;
      } else if (s.words.length <= 4 && s.words.every((w) => w.cap && /^[\p{Lu}][\p{L}'’.-]*$/u.test(w.text))) {
        mention.cls = "unknown";
      }
      // a place-looking name right after "in/from/to/near" that is not known: a place of unknown class
      if (mention.cls === "unknown" && /\b(?:in|from|to|near|outside|across) $/.test(prevText) && s.words.length <= 3 && !last.possessive) {
        mention.cls = "place";
      }
      out.push(mention);
    }
  }
  return out;
}

/**
 * For each name of a sentence: is it joined to its neighbours by commas and "and"/"or" — three or more items, or two
 * joined by "and"/"or"? One pass over the names (a run of thousands of names is walked once, not once per name).
 */
function listMembers(names: NameMention[], text: string): boolean[] {
  const joins: (string | undefined)[] = names.map((a, i) => {
    const b = names[i + 1];
    if (!b) return undefined;
    const gap = text.slice(a.seq.end, b.seq.start);
    return /^(?:,|, and|, or| and| or|,? &|\/)\s?$/.test(gap) ? gap : undefined;
  });
  const out = new Array<boolean>(names.length).fill(false);
  let lo = 0;
  while (lo < names.length) {
    let hi = lo;
    while (joins[hi] !== undefined) hi++;
    if (hi > lo) {
      let listed = hi - lo + 1 >= 3;
      for (let i = lo; i < hi && !listed; i++) if (/\b(?:and|or)\b|&|\//.test(joins[i] ?? "")) listed = true;
      for (let i = lo; i <= hi; i++) out[i] = listed;
    }
    lo = hi + 1;
  }
  return out;
}

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

  // people: full names with evidence, or two-to-four-word names whose surname recurs alone
  const singleCounts = new Map<string, number>();
  for (const { names } of mentionsBySentence)
    for (const nm of names) if (nm.seq.words.length === 1) singleCounts.set(nm.seq.text, (singleCounts.get(nm.seq.text) ?? 0) + 1);
  const persons = new Map<string, PersonInfo>(); // by surname
  const addPerson = (full: string): void => {
    const ws = full.split(" ");
    const notName = (w: string): boolean =>
      /^[A-Z]{2,}$/.test(w) || isOrgWord(w) || (lookupPlace(w)?.cls ?? "city") !== "city" || /^(?:Northern|Southern|Eastern|Western|North|South|East|West|New|Saint|Democrat|Republican|Liberal|Conservative|Labour|Green)$/.test(w);
    if (lookupPlace(full) || ws.some(notName)) return;
    // "Secretary of State Colin Powell": a department's name run into the person's
    if (DEPARTMENT_WORDS.has(ws[0] ?? "") && ws.length >= 3) return;
    // "Hu Jintao", "Wu Dawei": the family name comes first, so the last word is no surname to ask or offer alone
    if (ws.length === 2 && CHINESE_FAMILY_NAMES.has(ws[0] ?? "") && /^\p{Lu}\p{Ll}{3,}$/u.test(ws[1] ?? "")) return;
    // "a vote by MEPs on Thursday": a run with a weekday in it, or joined by "on"/"at"/"by", is no person's name (a month
    // may be one: Theresa May)
    if (ws.some((w) => WEEKDAYS.has(w) || /^(?:on|at|by|in|for|to)$/.test(w))) return;
    const surname = full.split(" ").pop() ?? full;
    const known = persons.get(surname);
    if (!known || known.full.length < full.length) persons.set(surname, { full, surname });
  };
  for (const { info, names } of mentionsBySentence) {
    for (const nm of names) {
      const n = nm.seq.words.length;
      if (info.quoted[nm.seq.start]) continue; // a name inside a quotation ("Better Idea of Afghan Girls") is not evidence
      if (nm.cls === "person" && n >= 2) addPerson(nm.seq.text);
    }
  }
  // a two-or-three-word name whose surname recurs alone, unless it starts with a known surname ("Warhol Polaroid")
  for (const { info, names } of mentionsBySentence) {
    for (const nm of names) {
      const n = nm.seq.words.length;
      if (info.quoted[nm.seq.start] || nm.cls !== "unknown" || n < 2 || n > 3) continue;
      if (persons.has((nm.seq.words[0] as Word).text)) continue;
      if ((singleCounts.get((nm.seq.words[n - 1] as Word).text) ?? 0) > 0) {
        const before = persons.size;
        addPerson(nm.seq.text);
        if (persons.size > before || persons.get((nm.seq.words[n - 1] as Word).text)?.full === nm.seq.text) nm.cls = "person";
      }
    }
  }
  for (const { names } of mentionsBySentence) {
    for (const nm of names) {
      const n = nm.seq.words.length;
      const p = persons.get((nm.seq.words[n - 1] as Word).text);
      if (p && (n === 1 || p.full === nm.seq.text) && nm.cls !== "organisation") nm.cls = "person";
      else if (nm.cls === "person" && (!p || p.full !== nm.seq.text)) nm.cls = "unknown"; // not a name we could check
    }
  }

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
