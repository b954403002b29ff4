import { lookupPlace, type PlaceClass } from "../places";
import { BEYOND_ASCII } from "../regexp";
import { MEDIA_WORDS, ORG_WORDS, ROLE_WORDS, STOP_CAPS, TITLE_WORDS, WEEKDAYS } from "../word-lists";
import { ALL_MONTHS } from "./numbers";
import { ROLE_BEFORE_NAME, SAID_AFTER_RE, SAID_BEFORE_NAME_VERBS } from "./quotations";
import type { PersonInfo, SentenceInfo } from "./types";

// Names: people, places, organisations — found as runs of capitalised words, classed, and people clustered by surname.

/** Words of ministries' names that run into a title's person ("Secretary of State Colin Powell"). */
const DEPARTMENT_WORDS = new Set(
  "State Defense Defence Commerce Energy Education Labor Labour Agriculture Interior Transportation Treasury Justice Health Homeland Housing".split(" "),
);

/** Common Korean family names, written first ("Kim Jong-un", "Yoon Suk Yeol", "Moon Jae-in"). */
const KOREAN_FAMILY_NAMES = new Set("Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Ko Bae Baek Roh Chun Ban".split(" "));

/** Common Chinese family names, written first ("Hu Jintao", "Wen Jiabao"). */
const CHINESE_FAMILY_NAMES = new Set(
  "Hu Wen Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Guo Lin Luo Gao Deng Jiang Xi Tang Zeng Xie Han Feng Cao Peng Cheng Dong Yuan Pan Du Wei Jia Xia Shen Qian Tan Liao Zou Xiong Kong Bai Mao Qin".split(" "),
);


export interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  cap: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
/** WORD_RE for a text with nothing BEYOND_ASCII. */
const ASCII_WORD_RE = /[A-Za-z0-9][A-Za-z0-9'’.&-]*/g;
const ABBREV = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Rev.", "Gen.", "Col.", "Lt.", "Sgt.", "Inc.", "Co.", "Corp.", "Ltd.", "Sen.", "Gov.", "Rep."]);
const CONNECTORS = new Set(["of", "the", "for", "de", "du", "da", "del", "van", "von", "der", "bin", "on"]);
/** Words after which "of" continues a name ("Republic of Korea", "Church of Scientology"). */
const JOIN_OF = new Set(["Republic", "Kingdom", "Daughters", "Sons", "Friends", "Commonwealth", "Province", "State", "City", "Isle", "Gulf", "Bay", "Sea", "Cape", "Mount", "Lake", "Duke", "Prince", "Princess", "King", "Queen", "Bishop", "Secretary", "Minister", "Head", "Director", "President", "Chief", "Governor", "Mayor", "Professor", "Bank", "Port", "Strait", "Straits", "Statue", "Tower", "Palace", "Hall", "House"]);
const PARTICLE_RE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|der|den|la|le)[-’'][\p{Lu}]/u;
// (hoisted: esbuild, which runs this code under tsx and vitest, rewrites a `\p{…}` pattern outside a class into a
// `new RegExp(…)` built again at every evaluation — these run once per word or per candidate)
const CAP_START = /^\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+$/u;
const BASED_END = /\p{L}-based$/u;
const OF_NAME_AFTER = /^ of (?:the |The )?\p{Lu}/u;

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(BEYOND_ASCII.test(text) ? WORD_RE : ASCII_WORD_RE)) {
    let t = m[0];
    let end = m.index + t.length;
    if (t.endsWith(".") && !INITIALS.test(t) && !ABBREV.has(t)) {
      t = t.slice(0, -1);
      end--;
    }
    let possessive = false;
    // (the patterns only where the word's last character lets them match: most words end on a letter)
    const lastChar = t.charAt(t.length - 1);
    const pm = lastChar === "s" || lastChar === "'" || lastChar === "’" ? /(?:['’]s|s['’])$/.exec(t) : null;
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
    const tail = t.charAt(t.length - 1);
    if (tail === "-" || tail === "'" || tail === "’") t = t.replace(/[-'’]+$/, "");
    end = m.index + t.length;
    if (t === "") continue;
    const cap = CAP_START.test(t) || PARTICLE_RE.test(t);
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
      if (gap === " - " && nx.cap && CAP_START.test(nx.text)) {
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
        // ("said spokeswoman Ann Mathers on Tuesday": a day or a month after "on" is when, not more of the name, 2.11.37)
        if (gapOk && nn.cap && !/^\d/.test(nn.text) && !(nx.text === "on" && (WEEKDAYS.has(nn.text) || ALL_MONTHS.has(nn.text)))) {
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

// ("said Xbox's Peter Moore", "declared Kasabian's singer Tom Meighan", "said awards pundit Tom Neville": a body's or a
// band's person, a role between)
const SAID_BEFORE_RE = new RegExp(
  `(?:\\b(?:said|says|according to|told by|wrote|added|asked|stated|declared|${SAID_BEFORE_NAME_VERBS})(?:(?: the)? \\p{Lu}[\\p{L}.-]*['’]s?)?(?:(?: [\\p{Ll}-]+){0,2} (?:${ROLE_BEFORE_NAME}))?|\\bby) $`,
  "u",
);
const APPOSITION_RE = /^, (?:\d{1,3},|(?:a|an|the|who|whose)\s)/;
/** After a name: a role noun in lower case and another name ("Pirate Bay founder Peter Sunde"), so the name is an employer. */
const EMPLOYER_BEFORE_ROLE = new RegExp(`^\\s(?:[\\p{Ll}-]+\\s){0,2}(?:${ROLE_BEFORE_NAME})\\s\\p{Lu}`, "u");

/** Roles a report sets off after a name besides ROLE_WORDS ("Malcolm Seagrave, security expert at Energis"). */
const ROLE_AFTER_WORDS = new Set(["expert", "specialist", "architect", "presenter", "comedian", "drummer", "guitarist", "rapper", "star"]);
/** Words that end a role's run before its role word: the clause goes on, it does not describe the name. */
const NOT_IN_ROLE = new Set(["and", "or", "but", "who", "which", "that", "is", "was", "are", "were", "has", "had", "have", "said", "says", "told", "in", "on", "to", "from", "with", "by", "as", "of", "the", "a", "an"]);

/**
 * A role set off after a name without an article, as news writing has it: "Ann Simpson, marketing manager at Snappy
 * Snaps", "Paul King, chief security architect at Cisco", "Chris Stening, UK Online general manager" — up to three words
 * (the body's name, what kind of role) and then the role word, before any "at"/"of" or the end of the phrase.
 */
function roleSetOffAfter(after: string): boolean {
  if (!after.startsWith(", ")) return false;
  const words = (after.slice(2).split(/[,.;:()]/)[0] ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
  for (const w of words) {
    if (/^\p{Ll}/u.test(w) && (ROLE_WORDS.has(w) || ROLE_AFTER_WORDS.has(w))) return true;
    if (NOT_IN_ROLE.has(w.toLowerCase())) return false;
  }
  return false;
}

/** Last words of a group's name ("Lib Dem MPs", "Senate Democrats"): no one person's name. */
// ("Beastie Boys", "Spice Girls": a band offered among singers as a speaker, reading CN; "Qrio Robot" swapped in as a
// speaker, reading CP)
const GROUP_NAME_END = /^(?:MPs|MEPs|MSPs|AMs|TDs|Democrats|Republicans|Tories|Conservatives|Lords|Peers|Ministers|Members|Fans|Players|Officials|Leaders|Boys|Girls|Brothers|Sisters|Robots?|Americans|Indians|Africans|Europeans|Asians|Mexicans|Canadians|Christians|Muslims|Catholics|Protestants|Federalists|Whigs|Loyalists|Patriots|Puritans|Pilgrims|Colonists)$/;
/**
 * A name's last word that makes it an event, a period, a law or a state, no person ("the Great Depression" was offered as
 * a speaker of Hoover's words; "Native Americans", read as a person, is a group above: U.S. History, reading VA's pool;
 * "The Mauryan Empire was founded by …" had "Harsha Vardhana" swapped in for it, reading VO).
 */
const EVENT_NAME_END = /^(?:Depression|Recession|Revolution|Wars?|Renaissance|Reformation|Enlightenment|Era|Age|Compromise|Panic|Crash|Awakening|Migration|Purchase|Rebellion|Uprising|Movement|Crisis|Doctrine|Amendment|Acts?|Treaty|Proclamation|Declaration|Constitution|Empire|Dynasty|Kingdom|Caliphate|Sultanate|Khanate|Shogunate|Period)$/;

/** A field's or an office's last word ("the High Commissioner for Human Rights": "Human Rights" was swapped as a person,
 * reading VH). */
const FIELD_NAME_END = /^(?:Rights|Affairs|Relations|Studies|Sciences|Services|Resources|Security|Development|Education|Welfare|Justice|Commerce|Energy|Transportation|Agriculture|Defense|Defence)$/;
/** A day's name that reads like a person's ("Election Day", "Memorial Day"): not "Doris Day". */
const HOLIDAY = /^(?:Election|Independence|Memorial|Labor|Labour|Veterans|Thanksgiving|Christmas|Boxing|Armistice|Remembrance|Inauguration|Presidents|Columbus|Victory|Polling|Budget|Easter|Earth|Flag|Constitution|Emancipation|Juneteenth|Primary)\s+Day$/;

type NameClass = "person" | "place" | "organisation" | "unknown";

export interface NameMention {
  seq: NameSeq;
  cls: NameClass;
  personEvidence: boolean;
  placeClass?: PlaceClass;
  country?: string;
  media?: boolean;
  titled?: boolean;
}

export function isOrgWord(t: string): boolean {
  // ("Chambers" is a surname, John Chambers, more often than chambers of commerce)
  return ORG_WORDS.has(t) || (t.endsWith("s") && t !== "Chambers" && ORG_WORDS.has(t.slice(0, -1)));
}

export function isAcronym(t: string): boolean {
  return /^[A-Z][A-Z&]{1,5}$/.test(t) && !/^(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII|XVII|OK|TV|VR)$/.test(t);
}

/**
 * Parties and houses a source runs into the name after them ("Lib Dems David Laws said", "Commons Oliver Heald",
 * "Tory David Davis"): cut off like a body's name, so the person is the last two words (reading AF; a new order of the
 * options showed the speaker still offered and swapped whole).
 */
const PARTY_BEFORE_NAME = new Set(["Dem", "Dems", "Tory", "Tories", "Labour", "UKIP", "Commons", "Lords", "Justices"]);

/**
 * "Namibian Agnes Samaria", "Russian Yelena Isinbayeva": a people's name before a person's is no part of it — a word that
 * is a country's name with its "-ian"/"-an"/"-ese" ending (reading AN's golden quizzes offered "Namibian Agnes Samaria").
 */
function demonymOfCountry(word: string): boolean {
  // ("Briton Hayley Yelling", "Scot Liz Yelling": a people's noun, reading ZD)
  if (PEOPLES_NOUN.test(word)) return true;
  const m = /^(\p{Lu}\p{Ll}{2,}?)(ian|an|ese)$/u.exec(word);
  if (!m) return false;
  const stem = m[1] ?? "";
  return [m[2] === "ian" ? `${stem}ia` : `${stem}a`, stem].some((place) => lookupPlace(place)?.cls === "country");
}

/** A people's noun that no "-ian"/"-an"/"-ese" ending shows ("Briton", "Scot", "Dane"). */
const PEOPLES_NOUN = /^(?:Briton|Scot|Welshman|Welshwoman|Englishman|Englishwoman|Irishman|Irishwoman|Frenchman|Frenchwoman|Dutchman|Spaniard|Dane|Swede|Finn|Pole|Czech|Slovak|Serb|Croat|Swiss|Argentine|Kiwi|Aussie|Filipino|Thai|Turk|Greek|Iraqi|Israeli|Pakistani|Bangladeshi|Kuwaiti|Yemeni|Saudi|Somali)$/;

/** A people's adjective ("Saudi", "Jordanian", "Danish"), by its shape. */
const PEOPLES_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u;

/**
 * "Paul King", "Mr King", "BB King": "King" ending a run of capitals after a name is a surname, not a title — but not
 * after a people's adjective, "the Saudi King" (2.11.41).
 */
function kingAsSurname(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  return k === words.length - 1 && prev !== undefined && words[k]?.text === "King" && !PEOPLES_ADJECTIVE.test(prev.text);
}

/** "the" right before a name: "the Milky Way, the galaxy in which the Sun is located" is a thing's name, whatever its
 * apposition says (reading WM swapped "William Herschel" in for it); a person after "the" has a role word between
 * ("the astronomer William Herschel"). */
const THE_BEFORE = /\b[Tt]he $/;

/** The candidate names of one sentence, with their class (before article-wide person clustering). */
// ("oil producer Gazprom", but "producer Gil Cates", "film producer Jerry Bruckheimer": a producer of films is a person)
const ORG_BEFORE_RE =
  /(?:\p{L}-based|\b(?:maker|makers|carmaker|automaker|drugmaker|chipmaker|firm|giant|group|company|retailer|carrier|operator|supplier|manufacturer|conglomerate|insurer|airline|chain|brand|bank|lender|broker|label|publisher|broadcaster|network|studio)|\b(?!(?:film|movie|executive|music|record|television|theatre|theater|series|show|associate|line|co|TV|Hollywood|Broadway)\s)\p{L}[\p{L}-]*\sproducer)\s$/u;

// (the two tests below are module functions, not closures made for every run of capitals: under tsx each closure made
// costs a call that names it)

/** A part of speech the tagger gave that is not a proper noun's. */
function notProper(p: string | undefined): boolean {
  return p !== undefined && p !== "PROPN";
}

/**
 * A title word at place `k` of a run of `length` capitalised words. A role opening the run at a sentence's start counts
 * as a title too: "Defender Sam Reed said …" is Sam Reed ("Vice-President Dick Cheney", "Major-General …": a hyphened
 * title is a title, reading BV offered "Vice-President Dick Cheney" beside plain names).
 */
function isTitleAt(w: Word, k: number, length: number): boolean {
  return TITLE_WORDS.has(w.text) || (w.text.includes("-") && w.text.split("-").every((part) => TITLE_WORDS.has(part))) || (k === 0 && length >= 3 && ROLE_WORDS.has(w.text.toLowerCase()));
}

export function sentenceNames(text: string, pos: (offset: number) => string | undefined): NameMention[] {
  const words = splitWords(text);
  const out: NameMention[] = [];
  for (const raw of capSequences(text, words)) {
    let seq: NameSeq | undefined = raw;
    // drop leading function words and a sentence-initial word that is not a proper noun
    while (seq) {
      const w = seq.words[0] as Word;
      const atStart = /^[\s"“‘'(]*$/.test(text.slice(0, w.start));
      const orgName = seq.words.length > 1 && seq.words.some((x) => isOrgWord(x.text));
      // "last November Samuel Amoah …": a month after a word of time opens the run, and is no part of the name (reading AE)
      const monthOfTime = seq.words.length > 1 && ALL_MONTHS.has(w.text) && /\b(?:last|next|this|in|early|late|mid|since|by|until|from|during)\s+$/i.test(text.slice(Math.max(0, w.start - 12), w.start));
      // (the part of speech last: it may need the tagger to read the paragraph)
      // ("Seventeen-year-old Stone": an age glued before the name, reading CN offered it as a speaker)
      if (STOP_CAPS.has(w.text) || WEEKDAYS.has(w.text) || monthOfTime || /-year-old$/i.test(w.text) || (atStart && !orgName && !lookupPlace(w.text) && notProper(pos(w.start)))) {
        seq = subSeq(text, seq, 1, seq.words.length);
      } else break;
    }
    if (!seq) continue;
    // "Hong Kong-based Hutchison Whampoa": what follows "-based" is the name (of a body, see ORG_BEFORE_RE)
    const based = seq.words.findIndex((w, k) => k < (seq as NameSeq).words.length - 1 && BASED_END.test(w.text));
    if (based >= 0) seq = subSeq(text, seq, based + 1, seq.words.length) ?? seq;
    if (seq.words.every((w) => ALL_MONTHS.has(w.text) || ALL_MONTHS.has(`${w.text}.`) || WEEKDAYS.has(w.text))) continue;
    // split around title words: "NATO Secretary General Mark Rutte" -> NATO | Mark Rutte (titled)
    // title words inside an organisation's name ("Civil Defense Authority", "Foreign Ministry") are not titles
    let lastOrg = -1;
    seq.words.forEach((w, k) => {
      if (isOrgWord(w.text)) lastOrg = k;
    });
    // (a role opening the run counts as a title too: isTitleAt)
    const length = seq.words.length;
    const run = seq.words;
    const titleIdx = run.map((w, k) => (isTitleAt(w, k, length) && k > lastOrg && !kingAsSurname(run, k) ? k : -1)).filter((k) => k >= 0);
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
        if (isOrgWord(w.text) || PARTY_BEFORE_NAME.has(w.text)) lastOrgWord = k;
      });
      if (lastOrgWord >= 0 && lastOrgWord <= ws.length - 3) cut = lastOrgWord + 1;
      for (let k = Math.min(3, ws.length - 2); k >= 1 && cut < 0; k--) {
        const pre = subSeq(text, part.seq, 0, k);
        if (pre && (lookupPlace(pre.text) || isOrgWord((ws[k - 1] as Word).text) || (k === 1 && demonymOfCountry(pre.text)))) {
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
      // (only text that ends on a space can match, and only its last word: the pattern is tried on that alone, not from
      // every place of the 40 characters)
      const prevWordM = prevText.endsWith(" ") ? /([\p{L}-]+)(,)? $/u.exec(prevText.slice(prevText.lastIndexOf(" ", prevText.length - 2) + 1)) : null;
      const role = prevWordM ? ROLE_WORDS.has((prevWordM[1] ?? "").toLowerCase()) && /^[a-z]/.test(prevWordM[1] ?? "") : false;
      const after = text.slice(s.end, s.end + 90);
      // ("A spokesman for Reporters Without Borders, which tracks press freedom …, described …": a "which" clause says the
      // name is a thing's, whatever follows it — reading CL swapped a blogger in for the body)
      const saidAfter = SAID_AFTER_RE.test(after) && !/^,\s+which\b/.test(after);
      const saidBefore = SAID_BEFORE_RE.test(prevText);
      const appos = (APPOSITION_RE.test(after) || roleSetOffAfter(after) || (OF_NAME_AFTER.test(after) && s.words.length >= 2 && s.words.length <= 3)) && !lookupPlace(s.text);
      const last = s.words[s.words.length - 1] as Word;
      // ("the Scottish Executive": a body when the word ends the name; "Chief Executive Tim Smith" is a title, reading AJ)
      const hasOrgWord = s.words.some((w) => isOrgWord(w.text)) || (s.words.length > 1 && last.text === "Executive");
      if (hasOrgWord && s.words.length === 1) continue; // "News of …", "Police arrested …": a common noun
      const place = lookupPlace(s.text);
      const mention: NameMention = { seq: s, cls: "unknown", personEvidence: false, titled: part.titled };
      // "Born Jocelyn Stoker, the Devon diva …": another name of someone the article names, no one else to swap in or offer
      // (reading CN keyed "Jocelyn Stoker is quoted as saying …" false for Joss Stone's words)
      if (/\b(?:[Bb]orn|n[ée]e|(?:real|birth|maiden) name(?:\s+(?:is|was))?)\s$/.test(prevText)) {
        out.push(mention);
        continue;
      }
      // "parts maker Robert Bosch", "Hong Kong-based Hutchison Whampoa": a maker, firm or "-based" body is no person
      const orgBefore = !part.titled && ORG_BEFORE_RE.test(prevText);
      // "Sri Mulyani Indrawati, State Minister for National Development Planning": an office's field, no one's name
      // (reading BA offered it as a speaker)
      // (a portfolio's last word is a field's — "Planning", "Affairs", "Health" — where a name would end on a surname)
      const portfolio = /\b(?:Minister|Secretary|Ministry|Department|Commissioner|Spokes(?:man|woman|person)) (?:for|of) (?:the )?$/.test(prevText) && /(?:ing|tion|ment|ance|ence|ity|ics|ure|ies|ness|ism|Affairs|Trade|Industry|Defen[cs]e|Health|Education|Transport|Environment|Energy|Finance|Justice|Security|Sport|Culture|Agriculture|Labour|Labor|Housing|Treasury)$/.test(last.text);
      // "Lib Dem MPs", "Senate Democrats": a group, no one's name (reading BB swapped "Lib Dem MPs" in as a speaker)
      const group = GROUP_NAME_END.test(last.text);
      if (group) {
        out.push(mention);
        continue;
      }
      if (hasOrgWord || orgBefore || portfolio || (s.words.length === 1 && isAcronym(s.text) && !place)) {
        mention.cls = "organisation";
        mention.media = s.words.some((w) => MEDIA_WORDS.has(w.text));
      } else if (place && !part.titled && !role) {
        mention.cls = "place";
        mention.placeClass = place.cls;
        mention.country = place.country;
      } else if (!part.titled && !role && EMPLOYER_BEFORE_ROLE.test(after)) {
        // "said Pirate Bay founder Peter Sunde", "Sky Networks chief Ann Smith": whose the person is, not a person
        mention.cls = "organisation";
      } else if (part.titled || role || ((saidAfter || saidBefore || appos) && s.words.length >= 2 && s.words.length <= 4 && !THE_BEFORE.test(prevText))) {
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
export function listMembers(names: NameMention[], text: string): boolean[] {
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


/** The word for a business right before a name, maybe with a comma: "drinks company, Red Bull", "carmaker Nissan". */
const BUSINESS_BEFORE_NAME = /\b(?:company|firm|brand|manufacturer|maker|carmaker|retailer|supermarket|chain|airline|brewer|label|sponsor)\s*,?\s+$/;

/**
 * The people of the article, by surname: full names with evidence, or two-to-four-word names whose surname recurs
 * alone. Each name mention is classed again as it goes (a checked person, or unknown).
 */
export function findPersons(mentionsBySentence: readonly { info: SentenceInfo; names: NameMention[] }[]): Map<string, PersonInfo> {
  const singleCounts = new Map<string, number>();
  for (const { names } of mentionsBySentence)
    for (const nm of names) if (nm.seq.words.length === 1) singleCounts.set(nm.seq.text, (singleCounts.get(nm.seq.text) ?? 0) + 1);
  const persons = new Map<string, PersonInfo>(); // by surname
  const addPerson = (full: string): void => {
    const ws = full.split(" ");
    const last = ws[ws.length - 1] ?? "";
    const notName = (w: string): boolean =>
      /^[A-Z]{2,}$/.test(w) || GROUP_NAME_END.test(w) || isOrgWord(w) || (lookupPlace(w)?.cls ?? "city") !== "city" || /^(?:Northern|Southern|Eastern|Western|North|South|East|West|New|Saint|Democrat|Republican|Liberal|Conservative|Labour|Green)$/.test(w);
    if (lookupPlace(full) || ws.some(notName)) return;
    // "Larry Mullen Jr": the last word is no surname to ask or offer alone (reading CN offered "Jr" as a speaker)
    if (/^(?:Jr|Sr|II|III|IV)\.?$/.test(last)) return;
    // "the leader of Roman Catholic Christianity": a faith, a creed or a field of study is no one's surname (reading YK
    // offered "Christianity" as a speaker)
    if (/^\p{Lu}\p{Ll}+(?:ity|ism|ology)$/u.test(last)) return;
    // ("Agence France-Presse", "Associated Press": a news agency is no one who speaks, reading YL)
    if (ws.some((w) => /^(?:Agence|France-Presse|Presse|Press|Associated|Reuters)$/.test(w))) return;
    // "the Brit Awards announced …", "Universal Music said …": an event's or a business's name that speaks like a person
    // (offered as a speaker of a quotation, 2.11.37)
    if (/^(?:Awards?|Prizes?|Festival|Music|Records|Pictures|Studios)$/.test(last) || EVENT_NAME_END.test(last) || FIELD_NAME_END.test(last)) return;
    // "voting your party on Election Day": a day's name, no person ("V. O. Key" was swapped in for it, reading VE)
    if (HOLIDAY.test(full)) return;
    // "Secretary of State Colin Powell": a department's name run into the person's
    if (DEPARTMENT_WORDS.has(ws[0] ?? "") && ws.length >= 3) return;
    // "Hu Jintao", "Wu Dawei": the family name comes first, so the last word is no surname to ask or offer alone
    if (ws.length === 2 && CHINESE_FAMILY_NAMES.has(ws[0] ?? "") && /^\p{Lu}\p{Ll}{3,}$/u.test(ws[1] ?? "")) return;

    // "a vote by MEPs on Thursday": a run with a weekday in it, or joined by "on"/"at"/"by", is no person's name (a month
    // may be one: Theresa May)
    // ("Sales of Blume", "Cannes - Nair": a phrase or a dateline run into a surname, 2.11.39)
    if (ws.some((w) => WEEKDAYS.has(w) || /^(?:on|at|by|in|for|to|of|-|–)$/.test(w))) return;
    const surname = full.split(" ").pop() ?? full;
    const known = persons.get(surname);
    // "Kim Jong-un", "Yoon Suk Yeol": a Korean family name comes first, and is the name the person goes by alone ("Jong-un"
    // was swapped in for "Zelenskyy" in the sample's own quiz: "True or false? Jong-un suggested that Russia is …") — the
    // person is still found by the name's last word
    const korean = KOREAN_FAMILY_NAMES.has(ws[0] ?? "") && ((ws.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1] ?? "")) || (ws.length === 3 && ws.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w))));
    if (!known || known.full.length < full.length) persons.set(surname, { full, surname: korean ? (ws[0] as string) : surname });
  };
  for (const { info, names } of mentionsBySentence) {
    for (const nm of names) {
      const n = nm.seq.words.length;
      if (info.quoted[nm.seq.start]) continue; // a name inside a quotation ("Better Idea of Afghan Girls") is not evidence
      // "a four-year deal with energy drink company, Red Bull, who will …": a business's name after the word for it is
      // no person, however it acts (reading ZB offered "Red Bull" as a speaker)
      if (BUSINESS_BEFORE_NAME.test(info.text.slice(Math.max(0, nm.seq.start - 30), nm.seq.start))) continue;
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
  // "Rock star Ozzy Osbourne …" beside "Sharon Osbourne": another first name before a person's surname, whether or not
  // it was read as a person's — the surname alone no longer says who (reading CQ keyed Ozzy's words "Osbourne said" as
  // Sharon's)
  for (const { names } of mentionsBySentence) {
    for (const nm of names) {
      const ws = nm.seq.words;
      if (ws.length < 2) continue;
      const p = persons.get((ws[ws.length - 1] as Word).text);
      if (p && !p.full.endsWith(nm.seq.text) && !nm.seq.text.endsWith(p.full) && !TITLE_WORDS.has((ws[0] as Word).text) && !ROLE_WORDS.has((ws[0] as Word).text.toLowerCase())) p.shared = true;
    }
  }
  for (const { names } of mentionsBySentence) {
    for (const nm of names) {
      const n = nm.seq.words.length;
      const p = persons.get((nm.seq.words[n - 1] as Word).text);
      if (p && n === 1 && p.shared) {
        if (nm.cls === "person") nm.cls = "unknown";
        continue;
      }
      if (p && (n === 1 || p.full === nm.seq.text) && nm.cls !== "organisation") nm.cls = "person";
      else if (nm.cls === "person" && (!p || p.full !== nm.seq.text)) nm.cls = "unknown"; // not a name we could check
    }
  }
  return persons;
}
