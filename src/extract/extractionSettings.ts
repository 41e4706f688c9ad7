import { CrosscheckInputError } from '../errors.js';
import { HEDGE_WORDS } from '../lexicon/hedges.js';
import { REPORTING_VERBS, reportingVerbForms } from '../lexicon/reportingVerbs.js';
import { checkOptionNames, optionPath, OPTION_NAMES } from '../optionNames.js';
import type { ExtractOptions } from '../options.js';
import { AliasTable } from './aliases.js';
import { CERTAINTY_SCALE, type Certainty } from './certainty.js';
import type { EntityKind } from './entity.js';
import type { Extractor } from './extractor.js';
import { DEFAULT_EXTRACTORS } from './extractors.js';

/** Extraction options resolved once per call: tables built, lists merged, input checked. */
export interface ExtractionSettings {
  aliases: AliasTable;
  /** Reporting verb forms -> base form. */
  verbs: ReadonlyMap<string, string>;
  /** Reporting verb base form -> certainty. */
  verbCertainty: Readonly<Record<string, Certainty>>;
  hedges: ReadonlySet<string>;
  extractors: readonly Extractor[];
}

/**
 * Checks the caller's extraction options and builds the tables they describe. Bad options throw
 * a {@link CrosscheckInputError} naming the option.
 */
export function resolveExtractOptions(options?: ExtractOptions): ExtractionSettings {
  if (options === undefined) return (defaultSettings ??= buildSettings({}));
  return buildSettings(options);
}

/** Built once: the default tables are immutable and the same for every call without options. */
let defaultSettings: ExtractionSettings | undefined;

function buildSettings(options: ExtractOptions): ExtractionSettings {
  if (options === null || typeof options !== 'object') {
    throw new CrosscheckInputError(`options must be an object, got ${typeof options}`, { code: 'INVALID_OPTION', field: 'options' });
  }
  if (options.aliases !== undefined) checkAliases(options.aliases);
  let aliases: AliasTable;
  try {
    aliases = AliasTable.withDefaults(options.aliases);
  } catch (error) {
    if (error instanceof CrosscheckInputError) throw error;
    throw new CrosscheckInputError((error as Error).message, { code: 'INVALID_OPTION', field: 'options.aliases' });
  }
  if (options.lexicon !== undefined) checkOptionNames(options.lexicon, OPTION_NAMES.lexicon, 'options.lexicon');
  // No prototype: a verb named like an inherited member ("constructor") finds only its own entry.
  const verbCertainty: Record<string, Certainty> = Object.assign(Object.create(null) as Record<string, Certainty>, REPORTING_VERBS);
  const extra: unknown = options.lexicon?.reportingVerbs;
  if (extra !== undefined) {
    if (extra === null || typeof extra !== 'object') {
      throw new CrosscheckInputError('options.lexicon.reportingVerbs must be a list of verbs or an object mapping verbs to certainties', {
        code: 'INVALID_OPTION',
        field: 'options.lexicon.reportingVerbs',
      });
    }
    const entries: Array<[unknown, unknown]> = Array.isArray(extra) ? extra.map((v: unknown) => [v, 'reported']) : Object.entries(extra);
    for (const [verb, certainty] of entries) {
      if (typeof verb !== 'string' || !/^[a-z][a-z' -]*$/i.test(verb)) {
        throw new CrosscheckInputError(`options.lexicon.reportingVerbs: ${JSON.stringify(verb) ?? String(verb)} is not a word`, {
          code: 'INVALID_OPTION',
          field: 'options.lexicon.reportingVerbs',
        });
      }
      if (!CERTAINTY_SCALE.includes(certainty as Certainty)) {
        throw new CrosscheckInputError(
          `options.lexicon.reportingVerbs["${verb}"] must be one of ${CERTAINTY_SCALE.join(', ')}, got ${String(certainty)}`,
          { code: 'INVALID_OPTION', field: 'options.lexicon.reportingVerbs' },
        );
      }
      verbCertainty[verb.toLowerCase()] = certainty as Certainty;
    }
  }
  const hedges = new Set(HEDGE_WORDS);
  const extraHedges: unknown = options.lexicon?.hedges;
  if (extraHedges !== undefined) {
    // A string would be read letter by letter: "purportedly" as eleven one-letter hedges.
    if (!Array.isArray(extraHedges) || extraHedges.some((word) => typeof word !== 'string')) {
      throw new CrosscheckInputError('options.lexicon.hedges must be a list of words', { code: 'INVALID_OPTION', field: 'options.lexicon.hedges' });
    }
    for (const word of extraHedges as string[]) hedges.add(word.toLowerCase());
  }
  const extractors = typeof options.extractors === 'function' ? options.extractors(DEFAULT_EXTRACTORS) : (options.extractors ?? DEFAULT_EXTRACTORS);
  if (!Array.isArray(extractors)) {
    throw new CrosscheckInputError('options.extractors must be a list of extractors', { code: 'INVALID_OPTION', field: 'options.extractors' });
  }
  extractors.forEach((e: unknown, i) => {
    const candidate = e as Partial<Extractor> | null;
    if (!candidate || typeof candidate.name !== 'string' || typeof candidate.extract !== 'function') {
      throw new CrosscheckInputError(`options.extractors[${i}] must be { name: string, extract(clause, context) }`, { code: 'INVALID_OPTION', field: 'options.extractors' });
    }
  });
  return { aliases, verbs: reportingVerbForms(verbCertainty), verbCertainty, hedges, extractors };
}

/** The kinds an alias may give its entity (`EntityKind`), checked at run time. */
const ENTITY_KINDS: Readonly<Record<EntityKind, true>> = {
  country: true,
  city: true,
  region: true,
  organization: true,
  group: true,
  person: true,
  event: true,
  other: true,
};

/**
 * The caller's alias table, checked entry by entry: each name holds a word (a key that could
 * never match text, such as `""` or `__proto__`, is an error rather than an entry that silently
 * never applies, or applies to the wrong word); each definition is an id or `{ id, kind?, country? }`.
 * Only the table's own keys are read, so keys named like `Object.prototype` members are names.
 */
function checkAliases(aliases: unknown): void {
  if (aliases === null || typeof aliases !== 'object' || Array.isArray(aliases)) {
    throw new CrosscheckInputError('options.aliases must be an object mapping names to canonical ids', { code: 'INVALID_OPTION', field: 'options.aliases' });
  }
  for (const [name, definition] of Object.entries(aliases)) {
    const field = optionPath('options.aliases', name);
    const fail = (problem: string, key?: 'kind' | 'country'): never => {
      const at = key === undefined ? field : `${field}.${key}`;
      throw new CrosscheckInputError(`${at}${problem}`, { code: 'INVALID_OPTION', field: at });
    };
    // An underscore is never part of a written name, and tokenizing drops it: "__proto__" would match "Proto".
    if (!/[\p{L}\p{N}]/u.test(name) || name.includes('_')) fail(`: ${JSON.stringify(name)} is not a name (a name is words: letters, digits, spaces and punctuation other than "_")`);
    if (typeof definition === 'string') {
      if (definition.trim() === '') fail(' must be a canonical id string or { id: string }, got ""');
      continue;
    }
    if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
      fail(` must be a canonical id string or { id: string }, got ${definition === null ? 'null' : Array.isArray(definition) ? 'a list' : typeof definition}`);
    }
    checkOptionNames(definition, OPTION_NAMES.aliasDefinition, field, 'a field of an alias');
    const { id, kind, country } = definition as Record<string, unknown>;
    if (typeof id !== 'string' || id.trim() === '') fail(' must be a canonical id string or { id: string }');
    if (kind !== undefined && !(typeof kind === 'string' && Object.hasOwn(ENTITY_KINDS, kind))) {
      fail(` must be one of ${Object.keys(ENTITY_KINDS).join(', ')}, got ${JSON.stringify(kind) ?? String(kind)}`, 'kind');
    }
    if (country !== undefined && typeof country !== 'string') fail(` must be a string, got ${typeof country}`, 'country');
  }
}

/** Whether the settings run the default extractors, unchanged (a worker thread, or a kept reading, has no others). */
export function runsDefaultExtractors(settings: ExtractionSettings): boolean {
  return settings.extractors.length === DEFAULT_EXTRACTORS.length && settings.extractors.every((e, i) => e === DEFAULT_EXTRACTORS[i]);
}
