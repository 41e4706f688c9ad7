/**
 * Sanity check of the dataset readers: `npx tsx eval/datasets/check.ts [--data DIR]`.
 * Loads every dataset, prints row counts and label distributions, and exits with 1 when a
 * dataset cannot be read.
 */
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../dataPaths.js';
import { type ClaimDiffPair, readClaimDiff } from './claimdiff.js';
import { readEmergent } from './emergent.js';
import { MRPC_UNKNOWN, readMrpcPairs, readMrpcSentences } from './mrpc.js';
import { readRte3 } from './rte3.js';
import { readRteNegated } from './rteNegated.js';
import { readSick } from './sick.js';
import { readSts } from './sts.js';

/** `label count, label count, ...` sorted by count, largest first. */
function distribution(values: Iterable<string | number | boolean>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, n]) => `${label} ${n}`)
    .join(', ');
}

const distinct = (values: Iterable<unknown>) => new Set(values).size;

function show(label: string, value: string | number): void {
  console.log(`  ${label.padEnd(28)} ${value}`);
}

const CHECKS: Record<string, (dataDir: string) => void> = {
  emergent(dataDir) {
    const rows = readEmergent(dataDir);
    show('headlines', rows.length);
    show('claims (claimId)', distinct(rows.map((r) => r.claimId)));
    show('stance', distribution(rows.map((r) => r.stance)));
  },
  mrpc(dataDir) {
    const pairs = readMrpcPairs(dataDir);
    const sentences = readMrpcSentences(dataDir);
    const byId = new Map(sentences.map((s) => [s.id, s]));
    show('train pairs', pairs.length);
    show('label', distribution(pairs.map((p) => p.label)));
    show('sentences', sentences.length);
    show('sentences with unknown url', sentences.filter((s) => s.url === MRPC_UNKNOWN).length);
    show('distinct urls', distinct(sentences.map((s) => s.url)));
    const site = (id: string) => byId.get(id)?.url;
    const missing = pairs.filter((p) => site(p.id1) === undefined || site(p.id2) === undefined).length;
    show('pair ids not in data file', missing);
    show(
      'pairs by site',
      distribution(
        pairs.map((p) => {
          const [u1, u2] = [site(p.id1), site(p.id2)];
          if (u1 === undefined || u2 === undefined || u1 === MRPC_UNKNOWN || u2 === MRPC_UNKNOWN) return 'unknown';
          return u1 === u2 ? 'same-site' : 'cross-site';
        }),
      ),
    );
  },
  sts(dataDir) {
    for (const split of ['train', 'dev'] as const) {
      const rows = readSts(dataDir, split);
      show(`${split} pairs`, rows.length);
      show(`${split} genre`, distribution(rows.map((r) => r.genre)));
      show(`${split} file`, distribution(rows.map((r) => r.file)));
      show(`${split} score`, distribution(rows.map((r) => (r.score >= 4 ? '>=4' : r.score <= 1 ? '<=1' : '(1,4)'))));
      const scores = rows.map((r) => r.score);
      show(`${split} score range`, `${Math.min(...scores)} .. ${Math.max(...scores)}`);
    }
  },
  claimdiff(dataDir) {
    const pairs = readClaimDiff(dataDir);
    show('train pairs (directed)', pairs.length);
    show('reversed (_rev)', pairs.filter((p) => p.reversed).length);
    show('topics', distinct(pairs.map((p) => p.topic)));
    show(
      'relation',
      distribution(pairs.map((p) => (p.strengthen && p.weaken ? 'BOTH' : p.strengthen ? 'strengthen' : p.weaken ? 'weaken' : 'neither'))),
    );
    const relation = (p: ClaimDiffPair) => (p.strengthen ? 'strengthen' : p.weaken ? 'weaken' : 'neither');
    show('relation, original direction', distribution(pairs.filter((p) => !p.reversed).map(relation)));
    const byId = new Map(pairs.map((p) => [p.id, p]));
    const both = pairs.filter((p) => p.reversed && byId.has(p.id.slice(0, -'_rev'.length)));
    show('_rev with original present', both.length);
    show('label differs by direction', both.filter((p) => relation(p) !== relation(byId.get(p.id.slice(0, -'_rev'.length))!)).length);
  },
  rteNegated(dataDir) {
    const pairs = readRteNegated(dataDir);
    show('pairs', pairs.length);
    show('distinct ids', distinct(pairs.map((p) => p.id)));
    show('contradiction', distribution(pairs.map((p) => p.contradiction)));
  },
  sick(dataDir) {
    const rows = readSick(dataDir);
    show('pairs', rows.length);
    show('set', distribution(rows.map((r) => r.set)));
    show('entailment', distribution(rows.map((r) => r.entailment)));
    const scores = rows.map((r) => r.relatedness);
    show('relatedness range', `${Math.min(...scores)} .. ${Math.max(...scores)}`);
  },
  rte3(dataDir) {
    const pairs = readRte3(dataDir);
    show('pairs', pairs.length);
    show('label (joined)', distribution(pairs.map((p) => p.label)));
    show('English 2-way entailed', distribution(pairs.map((p) => p.entailed)));
    show('French label', distribution(pairs.map((p) => p.frenchLabel)));
    const changed = pairs.filter((p) => p.label !== p.frenchLabel).map((p) => `${p.id} (${p.frenchLabel} -> ${p.label})`);
    show('labels reset by English gold', changed.join(', ') || 'none');
    show('contradiction by task', distribution(pairs.filter((p) => p.label === 'contradiction').map((p) => p.task)));
  },
};

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dataDir = resolveDataDir(values.data);
  console.log(`data: ${dataDir}`);
  let failed = 0;
  for (const [name, check] of Object.entries(CHECKS)) {
    console.log(`\n${name}`);
    const started = performance.now();
    try {
      check(dataDir);
      show('(load time)', `${((performance.now() - started) / 1000).toFixed(2)} s`);
    } catch (error) {
      failed++;
      console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed > 0) console.error(`\n${failed} dataset(s) could not be read`);
  return failed > 0 ? 1 : 0;
}

process.exit(main());
