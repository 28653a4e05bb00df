/**
 * What the article's text says about names: full names around a word ("Matos" -> "João Pedro
 * Matos"), organisations by the end of their name ("the food bank" -> "Tri-County Food Bank"),
 * the company it is about, the police force it names. One per article, memoised.
 */
import {
  COMPANY_DESCRIPTION_HEAD_ALT,
  COMPANY_RELATION_NOUNS,
  COMPANY_SUFFIX_ALT,
  COUNTRY_NAMES,
  DATE_WORDS,
  DETERMINERS,
  FEMALE_GIVEN_NAMES,
  INTRO_WORDS,
  MALE_GIVEN_NAMES,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  PARTY_LABELS,
  PERSON_ROLE_NOUNS,
  POLICE_FORCE_NAMES,
  PRONOUNS,
  TITLE_HEADS,
  TITLE_WORDS,
  WEEKDAY_NAMES,
} from "../lexicon";
import { fold, tokens } from "../text";
import { nameKind } from "./names";
import { stripPostNominals } from "./phrase";
import { tailMatches } from "./tail-search";
import { bare, COORDINATED_NAME_RE, isCapToken } from "./tokens";

/**
 * "the Bill and Melinda Gates Foundation", "Organization for Economic Cooperation and
 * Development", "Procter & Gamble": an organisation's name, with its "and", when it holds an
 * organisation's word or joins with "&" ("the CIA and Bob" is two).
 */
function namesAnOrganisation(text: string): boolean {
  if (text.includes("&")) return true;
  return text.split(/\s+/u).some((w) => ORG_NAME_WORDS.has(fold(w)));
}

const COMPANY_NAME = "(\\p{Lu}[\\p{L}\\p{M}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}&.'’-]*){0,3})";
const SHARES_OF_RE = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}\\p{M}&'’-]*\\s+){1,3}(?:${COMPANY_SUFFIX_ALT}))\\b(?!\\s+\\p{Lu})|\\b[Ss]hares\\s+(?:of|in)\\s+(?:the\\s+)?${COMPANY_NAME}|${COMPANY_NAME},\\s+(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${COMPANY_DESCRIPTION_HEAD_ALT})\\b`,
  "gu",
);

interface KnownName {
  text: string;
  toks: string[];
  pos: number;
}

function isSpaceOrPunct(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 34
  );
}

function nameToksUncached(name: string): string[] {
  const out: string[] = [];
  const toks = tokens(name);
  const opensWithGivenName = isGivenNameWord(/^\s*(\S+)\s/u.exec(name)?.[1] ?? "");
  toks.forEach((t, i) => {
    if (t === "s") return;
    if (NAME_PARTICLES.has(t) && !(i === 0 && opensWithGivenName)) return;
    out.push(t);
  });
  return out;
}

/**
 * A word written as a given name: "Ben" of "Ben Carson", "Al" of "Al Gore", "Ash" of "Ash
 * Carter" are no particles ("ben", "al" of "Saad al-Allaq"), which NAME_PARTICLES also holds.
 */
function isGivenNameWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  return MALE_GIVEN_NAMES.has(w) || FEMALE_GIVEN_NAMES.has(w);
}

function everyIncluded(toks: string[], list: string[]): boolean {
  for (const t of toks) if (!list.includes(t)) return false;
  return true;
}

/** Up to four capitalised words ending a text, each followed by a space. */
const LEAD_RUN_RE = /(?:^|(?<=[^\p{L}\p{M}'’&.-]))(?:\p{Lu}[\p{L}\p{M}'’&.-]*\s+){1,4}$/u;

export class ArticleNames {
  /** Body paragraphs where full names are looked up: [text, offset]. */
  readonly texts: Array<[string, number]> = [];

  /** nameToks per name for this article (canonical() asks again for every claim). */
  private nameToksMemo = new Map<string, string[]>();

  private namedOrgMemo = new Map<string, Array<[number, string]>>();

  /** namesAround per word: the same few surnames are looked up again for every claim. */
  private namesAroundMemo = new Map<string, KnownName[]>();

  private companies: Array<[number, string]> | null = null;

  /** Register article text where full names can be looked up ("Matos" -> "João Pedro Matos"). */
  add(text: string, offset: number): void {
    this.texts.push([text, offset]);
    this.namesAroundMemo.clear();
    this.companies = null;
  }

  /** Folded name tokens without particles: "Saad al-Allaq" -> ["saad", "allaq"]. Shared: do not mutate. */
  nameToks(name: string): string[] {
    let t = this.nameToksMemo.get(name);
    if (t === undefined) {
      t = nameToksUncached(name);
      this.nameToksMemo.set(name, t);
    }
    return t;
  }

  /**
   * Does `word` occur capitalised after a lower-case word somewhere in the article? A
   * sentence-initial "Operating profit fell" is no name; "shares of Acme fell" makes Acme one.
   */
  capitalisedMidSentence(word: string): boolean {
    for (const [text] of this.texts) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        if (at < 2 || text.charCodeAt(at - 1) !== 32) continue;
        const c = text.charCodeAt(at - 2);
        if ((c >= 97 && c <= 122) || c === 44) return true;
      }
    }
    return false;
  }

  /** Capitalised runs around each occurrence of `word` in the article, titles stripped. Shared: do not mutate. */
  private namesAround(word: string): KnownName[] {
    let found = this.namesAroundMemo.get(word);
    if (found === undefined) {
      found = this.namesAroundUncached(word);
      this.namesAroundMemo.set(word, found);
    }
    return found;
  }

  private namesAroundUncached(word: string): KnownName[] {
    const out: KnownName[] = [];
    for (const [text, offset] of this.texts) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        let s = at;
        // Walk left over capitalised words and name particles.
        for (;;) {
          const prevEnd = s - 1;
          if (prevEnd <= 0 || text.charCodeAt(prevEnd) !== 32) break;
          let ws = prevEnd;
          while (ws > 0 && !isSpaceOrPunct(text.charCodeAt(ws - 1))) ws--;
          const w = text.slice(ws, prevEnd);
          if (
            !w ||
            !(isCapToken(w) || NAME_PARTICLES.has(w)) ||
            (/[.,;:]$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) ||
            WEEKDAY_NAMES.has(w.toLowerCase())
          )
            break;
          s = ws;
        }
        let e = at + word.length;
        for (;;) {
          if (e >= text.length || text.charCodeAt(e) !== 32) break;
          // A full stop ends the name unless it closes an initial ("J. Smith").
          if (
            text.charCodeAt(e - 1) === 46 &&
            !/(?:^|\s)\p{Lu}\.$/u.test(text.slice(Math.max(0, e - 3), e))
          )
            break;
          let we = e + 1;
          while (we < text.length && !isSpaceOrPunct(text.charCodeAt(we))) we++;
          const w = text.slice(e + 1, we);
          if (!w || !(isCapToken(w) || NAME_PARTICLES.has(w)) || WEEKDAY_NAMES.has(w.toLowerCase()))
            break;
          e = we;
        }
        // One word alone (the word itself, or a hit inside a longer word) is no full name.
        const space = text.indexOf(" ", s);
        if (space < 0 || space >= e) continue;
        let words = text.slice(s, e).split(" ");
        while (words.length > 0 && NAME_PARTICLES.has(words[words.length - 1] ?? "")) words.pop();
        let lastTitle = -1;
        for (let i = 0; i < words.length - 1; i++)
          if (TITLE_HEADS.has(bare(words[i] ?? "").replace(/\./g, ""))) lastTitle = i;
        words = words.slice(lastTitle + 1);
        while (words.length > 0) {
          const b0 = bare(words[0] ?? "");
          if (
            TITLE_WORDS.has(b0) ||
            DETERMINERS.has(b0) ||
            INTRO_WORDS.has(b0) ||
            PRONOUNS.has(b0) ||
            (NAME_PARTICLES.has(b0) && !isGivenNameWord(words[0] ?? "")) ||
            (PERSON_ROLE_NOUNS.has(b0) && words.length > 2) || // "Barrister Omar Sadiq"
            // "Democrat Alice Brennan", not "Republican National Committee"
            (PARTY_LABELS.has(b0) &&
              words.length > 2 &&
              nameKind(words.slice(1), "", "") === "person") ||
            (/['’]s?$/u.test(words[0] ?? "") && /['’]/u.test(words[0] ?? "") && words.length > 2) // "Greens' Maya Oduya"
          )
            words = words.slice(1);
          else break;
        }
        words = stripPostNominals(words);
        // "Rosa Treviño and Phil Anand": two people; keep the one holding the word.
        if (words.includes("and") || words.includes("&")) {
          const at = words.indexOf(word);
          let from = 0;
          let to = words.length;
          for (let i = 0; i < words.length; i++) {
            if (words[i] !== "and" && words[i] !== "&") continue;
            if (i < at) from = i + 1;
            else if (i > at && to === words.length) to = i;
          }
          if (at >= 0 && to - from >= 2) words = words.slice(from, to);
        }
        // "Shares of Norvane Systems": a common word before "of" is not part of the name.
        const of = words.indexOf("of");
        if (of === 1 && COMPANY_RELATION_NOUNS.has(words[0] ?? "")) words = words.slice(of + 1);
        // "Bernie Sanders of Vermont", "Patrick Murray of Monmouth University": a person's name
        // ends before the place or employer "of" adds ("Public Policy Institute of California"
        // is an organisation's whole name).
        else if (
          of >= 2 &&
          words.indexOf(word) < of &&
          nameKind(words.slice(0, of), "", "") === "person"
        )
          words = words.slice(0, of);
        if (words.length < 2) continue;
        const t = words
          .join(" ")
          .replace(/['’]s$/u, "")
          .replace(/[.,]+$/u, "");
        out.push({ text: t, toks: this.nameToks(t), pos: offset + s });
      }
    }
    return out;
  }

  /**
   * The last proper name before `pos` that ends with `label` capitalised: "food bank" ->
   * "Tri-County Food Bank", "ministry" -> "Health Ministry".
   */
  namedOrgBefore(label: string, pos: number): string | null {
    const found = this.namedOrgMemoised(label);
    let best: string | null = null;
    for (const [at, name] of found) if (at < pos) best = name;
    return best;
  }

  /**
   * The company an article is about, for "the company said" before it is quoted by name: the X
   * of "shares of X" / "shares in X", else of "X, the … company".
   */
  namedCompany(pos: number): string | null {
    let best: [number, string] | null = null;
    for (const [at, name] of this.companyMentions()) {
      if (
        !best ||
        (at < pos && (best[0] >= pos || at > best[0])) ||
        (best[0] >= pos && at < best[0])
      )
        best = [at, name];
    }
    return best?.[1] ?? null;
  }

  /** Every company name of "shares of X" / "X, the … company", in text order (read once). */
  private companyMentions(): Array<[number, string]> {
    if (this.companies) return this.companies;
    const out: Array<[number, string]> = [];
    for (const [text, offset] of this.texts) {
      SHARES_OF_RE.lastIndex = 0;
      for (let r = SHARES_OF_RE.exec(text); r; r = SHARES_OF_RE.exec(text)) {
        const name = (r[1] ?? r[2] ?? r[3] ?? "").replace(/['’]s$/u, "").trim();
        // "on Wednesday, the ferry company said": a date is no company.
        if (!name || COUNTRY_NAMES.has(fold(name)) || DATE_WORDS.has(name.toLowerCase())) continue;
        out.push([offset + r.index, name]);
      }
    }
    this.companies = out;
    return out;
  }

  /** The police force the article names ("Leicestershire Police"), the last before `pos`, else the first. */
  namedForce(pos: number): string | null {
    let found: Array<[number, string]> = [];
    for (const tail of POLICE_FORCE_NAMES) found = found.concat(this.namedOrgMemoised(tail));
    found.sort((x, y) => x[0] - y[0]);
    let best: string | null = null;
    for (const [at, name] of found) if (at < pos) best = name;
    return best ?? found[0]?.[1] ?? null;
  }

  private namedOrgMemoised(label: string): Array<[number, string]> {
    let found = this.namedOrgMemo.get(label);
    if (found === undefined) {
      found = this.namedOrgsEndingWith(label);
      this.namedOrgMemo.set(label, found);
    }
    return found;
  }

  /** Every proper name in the article ending with `label` capitalised, in text order. */
  private namedOrgsEndingWith(label: string): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    const words = label.split(/\s+/);
    if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w)))
      return out;
    const capitalised = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    const tail = capitalised.join(" ");
    const source = `((?:\\p{Lu}[\\p{L}\\p{M}'’&.-]*\\s+){1,4})${capitalised.join("\\s+")}(?![\\p{L}\\p{M}])`;
    const re = new RegExp(source, "gu");
    const sticky = new RegExp(source, "uy");
    const last = capitalised[capitalised.length - 1] ?? tail;
    // "the department" -> "Department of Education": the head first, then of/for and a name.
    if (words.length === 1) {
      // It opens with the head: tried at each occurrence of it only (sticky), as the global
      // search would find them.
      const head = new RegExp(
        `${tail}\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*){0,3}`,
        "uy",
      );
      for (const [text, offset] of this.texts) {
        for (let at = text.indexOf(tail); at !== -1; ) {
          head.lastIndex = at;
          const r = head.exec(text);
          if (r) {
            // "Lakeside Policy Institute of Vermont": capitalised words before the head are the
            // start of the same name (a sentence's "The" is not).
            const lead = (
              LEAD_RUN_RE.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? ""
            ).replace(/^(?:(?:The|A|An)\s+)+/u, "");
            out.push([offset + at - lead.length, lead + r[0]]);
          }
          at = text.indexOf(tail, r ? at + r[0].length : at + 1);
        }
      }
    }
    for (const [text, offset] of this.texts) {
      if (!text.includes(last)) continue;
      // Up to 4 words before the label's words.
      for (const r of tailMatches(text, re, sticky, last, 4 + words.length - 1)) {
        const lead = (r[1] ?? "")
          .trim()
          .split(/\s+/)
          .filter((w) => !/^(?:The|A|An)$/u.test(w));
        if (lead.length === 0 || (lead.length === 1 && COUNTRY_NAMES.has(fold(lead[0] ?? ""))))
          continue;
        out.push([offset + r.index, `${lead.join(" ")} ${r[0].slice((r[1] ?? "").length)}`]);
      }
    }
    // One name found both ways ("Lakeside Policy Institute of Vermont" by its head, "Lakeside
    // Policy Institute" by its tail): the longer.
    out.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
    return out.filter((o, i) => i === 0 || out[i - 1]?.[0] !== o[0]);
  }

  knownFullName(
    word: string,
    toks: string[],
    pos: number,
    surnameOnly = false,
    beforeOnly = false,
  ): KnownName | null {
    let before: KnownName | null = null;
    let beforeRank = 0;
    let after: KnownName | null = null;
    for (const k of this.namesAround(word)) {
      if (k.toks.length <= toks.length) continue;
      if (!everyIncluded(toks, k.toks)) continue;
      // "Mr. Obama and Hillary Clinton": two people, no one's full name (an organisation's
      // "and" is its name: "the Bill and Melinda Gates Foundation").
      if (COORDINATED_NAME_RE.test(k.text) && !namesAnOrganisation(k.text)) continue;
      const n = k.toks.length;
      // One word is a surname (last), a given name (first), or, in names of three or more
      // words, the paternal surname before the maternal one ("Rengifo" of "Andrés Felipe
      // Rengifo Salazar"); a surname match wins over the others.
      let rank = 3;
      if (toks.length === 1) {
        if (toks[0] === k.toks[n - 1]) rank = 3;
        else if (toks[0] === k.toks[0]) rank = 2;
        else if (n >= 3 && toks[0] === k.toks[n - 2]) rank = 1;
        else continue;
      }
      if (surnameOnly && toks[toks.length - 1] !== k.toks[n - 1]) continue;
      // "Sow Diallo" for "Aminata Sow Diallo": a two-word name must be the known name's end.
      if (toks.length > 1 && toks.some((t, i) => t !== k.toks[n - toks.length + i])) continue;
      if (k.pos <= pos) {
        if (
          !before ||
          rank > beforeRank ||
          (rank === beforeRank &&
            (n > before.toks.length ||
              (n === before.toks.length && k.text.length > before.text.length)))
        ) {
          before = k;
          beforeRank = rank;
        }
      } else if (!after) after = k;
    }
    return beforeOnly ? before : (before ?? after);
  }
}
