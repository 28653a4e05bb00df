/**
 * The article's entities: claimant phrases resolved in text order to one canonical entity per
 * source. Names match by full name, token subset ("Lt. Gen. Allaq" -> "Saad al-Allaq") or
 * acronym (match.ts, acronyms.ts); role nouns by their head ("the general", "Iraq's spy chief")
 * against titles, descriptions and names of earlier entities, never across countries; pronouns
 * by recency among compatible kinds (pronouns.ts). Unnamed person/organisation descriptors that
 * match nothing (the lede's "an Iraqi spy chief") are deferred and resolved at the end, when the
 * article has named its sources (deferred.ts).
 */
import {
  COMPANY_VERB_ALT,
  COUNTRY_NAMES,
  DEMONYM_NOUN_ALT,
  GENERIC_ORG_HEADS,
  UNNAMED_SOURCE_HEADS,
} from "../lexicon";
import { fold, tokens } from "../text";
import { acronymDefinition, isAcronymOf, matchAcronym } from "./acronyms";
import { analyzeNp } from "./analyse";
import { ArticleNames } from "./article";
import { countryOfTokens } from "./countries";
import { finishDeferred } from "./deferred";
import { genderOf, givenNameGender } from "./gender";
import { everyTokenIn, matchDescriptor, matchTokens } from "./match";
import { nameKind } from "./names";
import { isPersonLike, isPublisher, recent, resolvePronoun } from "./pronouns";
import {
  bare,
  isPluralRole,
  namesItsMaker,
  norm,
  ROLE_FALLBACK,
  roleTokensOf,
  singular,
} from "./tokens";
import { type Entity, type EntityKind, type NpAnalysis, newEntity } from "./types";

const DEMONYM_NOUN_RE = new RegExp(`^(?:${DEMONYM_NOUN_ALT})$`, "u");
const FORCE_LABEL_RE = /^(?:police|(?:the\s+)?force|police force)$/iu;
const NAME_BEFORE_VERB_RE = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,6}?(\\p{Lu}[\\p{L}\\p{M}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’&.-]*){0,4})\\s+(?:will|would|has|have|had|is|was|are|were|${COMPANY_VERB_ALT}|could|may|might|can)\\b`,
  "u",
);
const LEADING_NAME_RE =
  /^\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}(?=\s+\p{Ll})/u;

export class Registry {
  readonly entities: Entity[] = [];

  /** The article's text, for full names, named organisations and acronyms. */
  private readonly article = new ArticleNames();

  /**
   * Where the lede ends: an indefinite description there ("an Iraqi spy chief said") waits for
   * the article to name it; later ones ("a columnist for the site said") are sources of their own.
   */
  ledeEnd = Number.POSITIVE_INFINITY;

  /** Register article text where full names can be looked up ("Matos" -> "João Pedro Matos"). */
  scanNames(text: string, offset: number): void {
    this.article.add(text, offset);
  }

  /** A person the article has already quoted, named by `label` ("Solberg", "Ingrid Solberg"). */
  knownPerson(label: string): Entity | null {
    const toks = this.article.nameToks(label);
    if (toks.length === 0) return null;
    let best: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto || (raw.kind !== "person" && raw.kind !== "unknown")) continue;
      if (raw.names.length === 0 || !everyTokenIn(toks, raw.nameTokens, false)) continue;
      if (!best || raw.lastPos > best.lastPos) best = raw;
    }
    return best;
  }

  find(e: Entity): Entity {
    let x = e;
    while (x.mergedInto) x = x.mergedInto;
    return x;
  }

  private create(kind: EntityKind, pos: number): Entity {
    const e = newEntity(this.entities.length, kind, pos);
    this.entities.push(e);
    return e;
  }

  private addName(e: Entity, raw: string): void {
    // "the World Health Organization's representative": the organisation's name, no 's.
    const name = raw.replace(/['’]s$/u, "");
    const folded = fold(name);
    if (!e.names.includes(name)) {
      e.names.push(name);
      e.foldedNames.push(folded);
      // The token sets only grow, so a name seen before has its tokens in them already.
      for (const t of this.article.nameToks(name)) {
        e.nameTokens.add(t);
        e.pool.add(norm(t));
      }
    }
    const country = COUNTRY_NAMES.get(folded);
    if (e.kind === "country" || country) {
      e.kind = "country";
      e.countryCode = country?.code ?? e.countryCode;
    }
  }

  private addRole(e: Entity, text: string | null | undefined, isDescription: boolean): void {
    if (!text) return;
    for (const t of roleTokensOf(text)) {
      e.roleTokens.add(t);
      e.pool.add(t);
    }
    if (isDescription && !e.description) e.description = text;
    if (!isDescription && !e.titleText) e.titleText = text;
    if (!e.countryCode) e.countryCode = countryOfTokens(tokens(text));
  }

  touch(e: Entity, pos: number): void {
    const r = this.find(e);
    if (pos > r.lastPos) r.lastPos = pos;
  }

  /** Resolve a claimant phrase at `pos`. */
  resolve(
    np: string,
    pos: number,
    opts: { headline?: boolean; context?: string } = {},
  ): Entity | null {
    const a = analyzeNp(np);
    if (
      a.type === "common" &&
      a.startsWithThe &&
      a.head &&
      GENERIC_ORG_HEADS.has(a.head) &&
      opts.context
    ) {
      // "Orion Air will suspend the route, the company said": the company is the content's subject.
      const found = this.matchDescriptor(
        roleTokensOf(a.label ?? ""),
        norm(singular(a.head)),
        "org",
        true,
        pos,
      );
      if (!found) {
        const lead = opts.context.replace(/^[“"'‘\s]+/u, "");
        // "German car parts maker Kessler Antriebstechnik will cut …": the name before the verb.
        const subj = (
          NAME_BEFORE_VERB_RE.exec(lead)?.[1] ?? LEADING_NAME_RE.exec(lead)?.[0]
        )?.trim();
        if (
          subj &&
          (subj.includes(" ") || this.article.capitalisedMidSentence(subj)) &&
          !COUNTRY_NAMES.has(fold(subj)) &&
          !/^(?:The|A|An|In|On|At|It|He|She|They|We|I)$/u.test(subj)
        ) {
          const named = analyzeNp(subj);
          let known: Entity | undefined;
          if (named.type === "name") {
            const folded = fold(named.name ?? "");
            for (const e of this.entities) {
              if (!e.mergedInto && e.kind === "person" && e.foldedNames.includes(folded)) {
                known = e;
                break;
              }
            }
          }
          if (named.type === "name" && named.kind !== "country" && !known && !named.titles)
            return this.resolveName({ ...named, kind: "org" }, pos);
        }
      }
    }
    return this.resolveAnalysis(a, pos, opts);
  }

  private resolveAnalysis(a: NpAnalysis, pos: number, opts: { headline?: boolean }): Entity | null {
    if (a.type === "none") return null;
    if (a.type === "pronoun") return resolvePronoun(this.entities, a.pronoun ?? "", pos);
    if (a.redirect) {
      const r = this.resolve(a.redirect, pos, opts);
      if (r) return r;
    }
    if (a.speaksFor) {
      const r = this.resolveAnalysis(a.speaksFor, pos, opts);
      if (r) return r;
    }
    if (a.document) {
      const r = recent(this.entities, pos, isPublisher);
      if (r) return r;
    }
    if (a.type === "name") return this.resolveName(a, pos, opts.headline === true);
    return this.resolveCommon(a, pos, opts);
  }

  /**
   * A named person as the subject of a sentence that reports nothing ("Jane Roe, who runs the
   * clinic, called for an inquiry."), or as its speaker's label (`label`: "Carson: A
   * miracle."): a possible antecedent for a later he/she.
   */
  mention(np: string, pos: number, label = false): void {
    const a = analyzeNp(np);
    if (a.type !== "name" || (a.kind !== "person" && a.kind !== "unknown")) return;
    const toks = this.article.nameToks(a.name ?? "");
    // A speaker's label ("Carson: A miracle.") names the person by surname when the article
    // gives the full name ("Ben Carson") somewhere; any other lone word may be no one's name.
    const labelled =
      label && toks.length === 1 && this.article.knownFullName(a.name ?? "", toks, pos, true);
    if (toks.length < 2 && !a.titles && !labelled) return;
    const e = this.resolveName(a, pos);
    if (e.kind === "unknown" && a.titles) e.kind = "person";
  }

  private resolveName(a: NpAnalysis, pos: number, headline = false): Entity {
    const name = a.name ?? "";
    // "the Swede said", "the Brazilian added": a nationality for the person just quoted.
    if (!headline && DEMONYM_NOUN_RE.test(name) && !a.titles) {
      const person = recent(this.entities, pos, isPersonLike);
      if (person) {
        this.touch(person, pos);
        return person;
      }
    }
    const toks = this.article.nameToks(name);
    const folded = fold(name);
    let match: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      if (raw.foldedNames.includes(folded)) {
        match = raw;
        break;
      }
    }
    if (!match) match = matchTokens(this.entities, this.article, toks, a.kind, name);
    if (!match && /^\p{Lu}{2,6}$/u.test(name)) match = matchAcronym(this.entities, name);
    if (!match && headline && a.kind !== "country") {
      // Headline case: "Opposition accuses ..." names the body's "main opposition alliance".
      for (const raw of this.entities) {
        if (raw.mergedInto || !raw.label || raw.kind === "person") continue;
        if (toks.length > 0 && everyTokenIn(toks, raw.nameTokens, true)) {
          match = raw;
          break;
        }
      }
      if (match) {
        this.touch(match, pos);
        return match;
      }
    }
    if (!match) {
      match = this.create(a.kind, pos);
      this.addName(match, name);
      // "PAHO said", the article having written "the Pan American Health Organization (PAHO)".
      if (/^\p{Lu}{2,8}$/u.test(name)) {
        const full = acronymDefinition(this.article.texts, name);
        if (full) this.addName(match, full);
      }
      // "Sow Diallo" after "Aminata Sow Diallo": a person's two-word short form, named before.
      const shortForm = toks.length === 2 && (a.kind === "person" || a.kind === "unknown");
      if (a.kind !== "country" && (toks.length === 1 || a.kind === "unknown" || shortForm)) {
        const full = this.article.knownFullName(
          name.split(" ").pop() ?? name,
          toks,
          pos,
          false,
          shortForm,
        );
        if (full) {
          this.addName(match, full.text);
          if (match.kind === "unknown") match.kind = nameKind(full.text.split(/\s+/), "", "");
        }
      }
    } else {
      this.addName(match, name);
      if (match.kind === "unknown" && a.kind !== "unknown") match.kind = a.kind;
    }
    if (a.acronym) this.addName(match, a.acronym);
    this.addRole(match, a.titles, false);
    this.addRole(match, a.description, true);
    if (match.gender === null) match.gender = genderOf(a.titles);
    if (match.gender === null && (match.kind === "person" || match.kind === "unknown"))
      match.gender = givenNameGender(name);
    if (a.description && !match.description) match.description = a.description;
    this.touch(match, pos);
    return match;
  }

  private resolveCommon(a: NpAnalysis, pos: number, opts: { headline?: boolean }): Entity {
    const label = a.label ?? "";
    const folded = fold(label);
    // Same unnamed source again ("officials", "the people").
    for (const raw of a.other ? [] : this.entities) {
      if (raw.mergedInto) continue;
      if (raw.label && fold(raw.label) === folded) {
        this.touch(raw, pos);
        return raw;
      }
    }
    const desc = roleTokensOf(label);
    const headN = a.head ? norm(singular(a.head)) : "";
    // "the USC Dornsife tracking poll" is not the "Reuters/Ipsos poll" before it.
    const ownMaker = namesItsMaker(label);
    // "Other senators", "another official": by its own words not one named before.
    let found = a.other
      ? null
      : this.matchDescriptor(desc, headN, a.kind, a.definite === true, pos, false, ownMaker);
    // "the minister" for "the transport secretary, Helen Marsh" (secretaries are ministers).
    const fallback = ROLE_FALLBACK.get(headN);
    if (!found && fallback !== undefined && a.definite)
      found = this.matchDescriptor([fallback], fallback, a.kind, true, pos);
    if (found) {
      this.addRole(found, label, false);
      this.touch(found, pos);
      return found;
    }
    // "the food bank" after "the Tri-County Food Bank": the organisation the article named.
    // "police" and "the force" are the police force the article names, before or after.
    const force = FORCE_LABEL_RE.test(label);
    if ((a.kind === "org" && a.startsWithThe) || force) {
      const named = force
        ? this.article.namedForce(pos)
        : (this.article.namedOrgBefore(label, pos) ??
          (GENERIC_ORG_HEADS.has(label) ? this.article.namedCompany(pos) : null));
      if (named) {
        const e = this.resolveName(
          { type: "name", name: named, titles: "", description: null, kind: "org" },
          pos,
        );
        this.addRole(e, label, false);
        return e;
      }
    }
    const e = this.create(a.kind, pos);
    e.label = label;
    for (const t of desc) {
      e.nameTokens.add(t);
      e.pool.add(norm(t));
    }
    e.countryCode = countryOfTokens(tokens(label));
    e.headNoun = headN || null;
    e.plural = isPluralRole(bare(a.head ?? ""));
    e.gender = genderOf(a.head);
    if (opts.headline) e.inHeadline = true;
    // Lede teasers ("an Iraqi spy chief", "Colombia's army chief") wait for the article to name them.
    // Unnamed sources ("a senior official", "a person familiar with ...") stay unnamed, and so
    // does a plural role ("some party strategists"): many people, not the next one named.
    if (
      a.kind === "person" &&
      !a.startsWithThe &&
      !UNNAMED_SOURCE_HEADS.has(singular(bare(a.head ?? ""))) &&
      !e.plural &&
      (opts.headline || pos < this.ledeEnd)
    )
      e.deferred = "person";
    if (opts.headline && a.kind === "org") e.deferred = "org";
    this.touch(e, pos);
    return e;
  }

  /** Best earlier entity for a role description (head noun must match). */
  matchDescriptor(
    desc: string[],
    head: string,
    kind: EntityKind,
    definite: boolean,
    pos: number,
    named = false,
    fitAll = false,
  ): Entity | null {
    return matchDescriptor(this.entities, desc, head, kind, definite, pos, named, fitAll);
  }

  /**
   * End of article: give deferred descriptors ("an Iraqi spy chief") the named source they
   * describe, else the first named source of the same kind introduced after them.
   */
  finish(order: Entity[]): void {
    finishDeferred(this, order);
  }

  merge(from: Entity, into: Entity): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a === b) return;
    a.mergedInto = b;
    if (!b.description && a.description) b.description = a.description;
    if (b.gender === null) b.gender = a.gender;
    for (const t of a.roleTokens) {
      b.roleTokens.add(t);
      b.pool.add(t);
    }
    if (a.label)
      for (const t of roleTokensOf(a.label)) {
        b.roleTokens.add(t);
        b.pool.add(t);
      }
    b.firstPos = Math.min(a.firstPos, b.firstPos);
  }

  canonical(e: Entity): { name: string; description: string | null } {
    const r = this.find(e);
    let name = r.label ?? "";
    let best =
      r.label && r.names.every((n) => /^\p{Lu}{2,6}$/u.test(n)) ? Number.POSITIVE_INFINITY : -1;
    for (const n of r.names) {
      const score = this.article.nameToks(n).length * 1000 + n.length;
      if (score > best) {
        best = score;
        name = n;
      }
    }
    // "Associated Press’ count": a plural possessive's mark is no part of the name.
    name = name.replace(/(?<=\p{L}s)['’]$/u, "");
    // "the IMF said" of the "International Monetary Fund": the short form the article uses
    // goes with the full name, "International Monetary Fund (IMF)".
    const short = r.names.find((n) => n !== name && isAcronymOf(n, name));
    return { name: short ? `${name} (${short})` : name, description: r.description };
  }
}
