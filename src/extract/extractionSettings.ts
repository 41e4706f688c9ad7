import { CrosscheckInputError } from '../errors.js';
import { HEDGE_WORDS } from '../lexicon/hedges.js';
import { REPORTING_VERBS, reportingVerbForms } from '../lexicon/reportingVerbs.js';
import type { ExtractOptions } from '../options.js';
import { AliasTable } from './aliases.js';
import { CERTAINTY_SCALE, type Certainty } from './certainty.js';
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
    throw new CrosscheckInputError(`options must be an object, got ${typeof options}`, { field: 'options' });
  }
  if (options.aliases !== undefined && (options.aliases === null || typeof options.aliases !== 'object' || Array.isArray(options.aliases))) {
    throw new CrosscheckInputError('options.aliases must be an object mapping names to canonical ids', { field: 'options.aliases' });
  }
  let aliases: AliasTable;
  try {
    aliases = AliasTable.withDefaults(options.aliases);
  } catch (error) {
    throw new CrosscheckInputError((error as Error).message, { field: 'options.aliases' });
  }
  // No prototype: a verb named like an inherited member ("constructor") finds only its own entry.
  const verbCertainty: Record<string, Certainty> = Object.assign(Object.create(null) as Record<string, Certainty>, REPORTING_VERBS);
  const extra = options.lexicon?.reportingVerbs;
  if (extra !== undefined) {
    const entries: Array<[string, unknown]> = Array.isArray(extra) ? extra.map((v) => [v, 'reported']) : Object.entries(extra);
    for (const [verb, certainty] of entries) {
      if (typeof verb !== 'string' || !/^[a-z][a-z' -]*$/i.test(verb)) {
        throw new CrosscheckInputError(`options.lexicon.reportingVerbs: "${String(verb)}" is not a word`, { field: 'options.lexicon.reportingVerbs' });
      }
      if (!CERTAINTY_SCALE.includes(certainty as Certainty)) {
        throw new CrosscheckInputError(
          `options.lexicon.reportingVerbs["${verb}"] must be one of ${CERTAINTY_SCALE.join(', ')}, got ${String(certainty)}`,
          { field: 'options.lexicon.reportingVerbs' },
        );
      }
      verbCertainty[verb.toLowerCase()] = certainty as Certainty;
    }
  }
  const hedges = new Set(HEDGE_WORDS);
  for (const word of options.lexicon?.hedges ?? []) {
    if (typeof word !== 'string') throw new CrosscheckInputError('options.lexicon.hedges must be a list of words', { field: 'options.lexicon.hedges' });
    hedges.add(word.toLowerCase());
  }
  const extractors = typeof options.extractors === 'function' ? options.extractors(DEFAULT_EXTRACTORS) : (options.extractors ?? DEFAULT_EXTRACTORS);
  if (!Array.isArray(extractors)) throw new CrosscheckInputError('options.extractors must be a list of extractors', { field: 'options.extractors' });
  extractors.forEach((e: unknown, i) => {
    const candidate = e as Partial<Extractor> | null;
    if (!candidate || typeof candidate.name !== 'string' || typeof candidate.extract !== 'function') {
      throw new CrosscheckInputError(`options.extractors[${i}] must be { name: string, extract(clause, context) }`, { field: 'options.extractors' });
    }
  });
  return { aliases, verbs: reportingVerbForms(verbCertainty), verbCertainty, hedges, extractors };
}
