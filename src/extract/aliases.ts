import { CrosscheckInputError } from '../errors.js';
import { CITY_LINES, REGION_LINES } from '../lexicon/cities.js';
import { COUNTRY_LINES, GOVERNMENT_SEAT_LINES } from '../lexicon/countries.js';
import { NAMED_ENTITY_LINES } from '../lexicon/organizations.js';
import { startsWithCapital } from '../text/letterCase.js';
import { tokenize } from '../text/tokenize.js';
import type { EntityKind } from './entity.js';

/** What a name stands for. */
export interface AliasEntry {
  /** Canonical id when the name acts ("Moscow said" -> `Russia`). */
  actorId: string;
  /** Canonical id when the name locates something ("in Moscow" -> `Moscow`). */
  placeId: string;
  kind: EntityKind;
  /** The country a city or institution belongs to, for containment checks. */
  country?: string;
}

/** A user's alias: a canonical id, or a full entry. */
export type AliasDefinition = string | { id: string; kind?: EntityKind; country?: string };

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: AliasEntry;
  /** The alias is written in capitals (`US`, `IS`): only an all-capital surface form matches it. */
  acronym?: boolean;
}

/**
 * Names of places and actors mapped to canonical ids, matched on whole words (longest match).
 * The default table holds countries (with demonyms and capitals), seats of government, major
 * cities, international organizations, armed groups, news agencies and major events; callers
 * add or override entries through `options.aliases`.
 *
 * @example
 * const table = AliasTable.withDefaults({ Pyongyang: 'North Korea' });
 * table.lookup(['the', 'Kremlin'], 1); // { entry: { actorId: 'Russia', ... }, length: 1 }
 */
export class AliasTable {
  private readonly root: TrieNode = { children: new Map() };

  /** The default table, extended (or overridden) by the caller's aliases. */
  static withDefaults(extra?: Readonly<Record<string, AliasDefinition>>): AliasTable {
    const table = new AliasTable();
    table.addDefaults();
    if (extra) for (const [name, definition] of Object.entries(extra)) table.addUserAlias(name, definition);
    return table;
  }

  /** Adds one name. Later additions of the same name replace earlier ones. */
  add(name: string, entry: AliasEntry): void {
    const words = tokenize(name);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let next = node.children.get(word.lower);
      if (!next) {
        next = { children: new Map() };
        node.children.set(word.lower, next);
      }
      node = next;
    }
    node.entry = entry;
    node.acronym = words.length === 1 && isAcronym(words[0]!.text);
  }

  /**
   * The longest alias starting at token `at` of `words` (surface forms), or undefined. An alias
   * only matches capitalized words, and an acronym only all-capital ones, so "us" and "is" never
   * match `US` and `IS`.
   */
  lookup(words: readonly string[], at: number): { entry: AliasEntry; length: number } | undefined {
    // skip: an alias only matches from a capitalized word (most words are not)
    if (at >= words.length || !isCapitalized(words[at]!)) return undefined;
    let node: TrieNode | undefined = this.root;
    let best: { entry: AliasEntry; length: number } | undefined;
    for (let i = at; i < words.length && node; i++) {
      const word = words[i]!;
      node = node.children.get(lowerWord(word));
      if (!node) break;
      if (node.entry && (!node.acronym || isAcronym(word))) {
        best = { entry: node.entry, length: i - at + 1 };
      }
    }
    return best;
  }

  private addUserAlias(name: string, definition: AliasDefinition): void {
    const id = typeof definition === 'string' ? definition : definition.id;
    if (typeof id !== 'string' || id.trim() === '') {
      throw new CrosscheckInputError(`options.aliases["${name}"] must be a canonical id string or { id: string }`, { code: 'INVALID_OPTION', field: 'options.aliases' });
    }
    const known = this.lookup(tokenize(id).map((t) => t.text), 0);
    const kind = typeof definition === 'object' && definition.kind ? definition.kind : (known?.entry.kind ?? 'other');
    const country = typeof definition === 'object' ? definition.country : known?.entry.country;
    this.add(name, { actorId: id, placeId: id, kind, ...(country !== undefined && { country }) });
  }

  private addDefaults(): void {
    for (const line of lines(COUNTRY_LINES)) {
      const [names = '', demonyms = '', capitals = ''] = line.split(';');
      const [id, ...others] = names.split('|');
      if (!id) continue;
      const country: AliasEntry = { actorId: id, placeId: id, kind: 'country', country: id };
      for (const name of [id, ...others]) this.add(name, country);
      for (const demonym of split(demonyms)) this.add(demonym, country);
      const [capital, ...spellings] = split(capitals);
      if (capital) {
        const city: AliasEntry = { actorId: id, placeId: capital, kind: 'city', country: id };
        for (const name of [capital, ...spellings]) this.add(name, city);
      }
    }
    for (const line of lines(GOVERNMENT_SEAT_LINES)) {
      const [names = '', country = ''] = line.split(';');
      const [name, ...others] = split(names);
      if (!name) continue;
      const seat: AliasEntry = { actorId: country, placeId: name, kind: 'organization', country };
      for (const n of [name, ...others]) this.add(n, seat);
    }
    for (const line of lines(CITY_LINES)) {
      const [names = '', country = ''] = line.split(';');
      const [name, ...others] = split(names);
      if (!name) continue;
      const city: AliasEntry = { actorId: name, placeId: name, kind: 'city', country };
      for (const n of [name, ...others]) this.add(n, city);
    }
    for (const line of [...lines(REGION_LINES), ...lines(NAMED_ENTITY_LINES)]) {
      const [names = '', kind = 'other', country = ''] = line.split(';');
      const [id, ...others] = split(names);
      if (!id) continue;
      const entry: AliasEntry = { actorId: id, placeId: id, kind: kind as EntityKind, ...(country !== '' && { country }) };
      for (const n of [id, ...others]) this.add(n, entry);
    }
  }
}

function lines(block: string): string[] {
  return block.split('\n').map((l) => l.trim()).filter(Boolean);
}

function split(field: string): string[] {
  return field.split('|').map((s) => s.trim()).filter(Boolean);
}

/** Lower case, acronym periods and a possessive ending dropped: `U.S.` -> `us`, `Syria's` -> `syria`. */
function lowerWord(word: string): string {
  // (the patterns are only tried on words holding their period or apostrophe: most hold neither)
  if (word.includes('.') && /^(?:\p{L}\.){2,}$/u.test(word)) return word.toLowerCase().replace(/\./g, '');
  const lower = word.toLowerCase();
  return lower.includes("'") ? lower.replace(/'s?$/, '') : lower;
}

function isCapitalized(word: string): boolean {
  // (the pattern is only tried on words with a hyphen third: it is asked of every word of a sentence)
  return startsWithCapital(word) || (word.charCodeAt(2) === HYPHEN && PARTICLE_NAME.test(word));
}

const HYPHEN = 45;
const PARTICLE_NAME = /^(?:al|el|de)-\p{Lu}/u;

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(word) && !/\p{Ll}/u.test(word);
}
