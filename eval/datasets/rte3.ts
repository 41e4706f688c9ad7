/**
 * RTE-3 development pairs with approximate 3-way labels: the English text and 2-way gold of
 * `rte3_dev.xml`, joined on `id` with the 3-class label of the French translation
 * `RTE3-FR-dev-set-3class.tsv`. See `data/rte3-3way-proxy/SOURCE.md`.
 *
 * How labels join: English YES (entailed) is kept as `entailment` whatever the French file says
 * (three pairs were re-judged after translation, per SOURCE.md); English NO takes the French
 * `neutral` or `contradiction`. The contradiction-vs-neutral split is the approximate part.
 */
import { join } from 'node:path';
import { attribute, childText, oneOf, parseCsv, parseXmlPairs, readText, withHeader } from './parse.js';

export type Rte3Label = 'entailment' | 'neutral' | 'contradiction';
export const RTE3_LABELS: readonly Rte3Label[] = ['entailment', 'neutral', 'contradiction'];

/** One English RTE-3 dev pair with its joined 3-way label. */
export interface Rte3Pair {
  id: string;
  text: string;
  hypothesis: string;
  /** The joined 3-way label (see the module comment). */
  label: Rte3Label;
  /** The English 2-way gold: the text entails the hypothesis. */
  entailed: boolean;
  /** The French file's label, before reconciling it with the English gold. */
  frenchLabel: Rte3Label;
  /** `IE`, `IR`, `QA` or `SUM`. */
  task: string;
  /** `short` or `long` text. */
  length: string;
}

/** Reads `rte3_dev.xml` and `RTE3-FR-dev-set-3class.tsv` from `data/rte3-3way-proxy/` and joins them. */
export function readRte3(dataDir: string): Rte3Pair[] {
  const dir = join(dataDir, 'data', 'rte3-3way-proxy');
  const xmlName = 'rte3_dev.xml';
  const tsvName = 'RTE3-FR-dev-set-3class.tsv';
  const xml = readText(join(dir, xmlName), 'the English RTE-3 dev pairs');
  const tsv = readText(join(dir, tsvName), 'the RTE3-FR 3-class labels');
  // The French file is tab-separated but CSV-quoted (`""` escapes), unlike the other TSVs here.
  const french = new Map<string, Rte3Label>();
  for (const [i, r] of withHeader(parseCsv(tsv, '\t'), ['id', 'label'] as const, tsvName).entries()) {
    const code = oneOf(r.label, ['0', '1', '2'] as const, `${tsvName} row ${i + 2}`);
    french.set(r.id, RTE3_LABELS[Number(code)]!);
  }
  return parseXmlPairs(xml, xmlName).map((pair) => {
    const id = attribute(pair, 'id', xmlName);
    const frenchLabel = french.get(id);
    if (!frenchLabel) throw new Error(`${tsvName}: no label for English pair ${id}`);
    const entailed = oneOf(attribute(pair, 'entailment', xmlName), ['YES', 'NO'] as const, xmlName) === 'YES';
    const label: Rte3Label = entailed ? 'entailment' : frenchLabel === 'contradiction' ? 'contradiction' : 'neutral';
    return {
      id,
      text: childText(pair, 't', xmlName),
      hypothesis: childText(pair, 'h', xmlName),
      label,
      entailed,
      frenchLabel,
      task: attribute(pair, 'task', xmlName),
      length: attribute(pair, 'length', xmlName),
    };
  });
}
