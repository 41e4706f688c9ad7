import type { Cluster } from '../cluster/cluster.js';
import { CERTAINTY_SCALE, type Certainty } from '../extract/certainty.js';
import type { Statement } from '../extract/statement.js';
import { clusterStatements, type ReportIndex } from './reportIndex.js';

/** How an outlet stands on what a cluster reports: the certainty of its statements, or `silent`. */
export type Stance = Certainty | 'silent';

/** Stances from firmest to absent: the columns of a legend, the order of the colours. */
export const STANCES: readonly Stance[] = [...CERTAINTY_SCALE, 'silent'];

/** The verb a reader sees for each stance ("Outlet X *hedges*"). */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  asserted: 'asserts',
  reported: 'reports',
  hedged: 'hedges',
  unconfirmed: 'unconfirmed',
  denied: 'denies',
  silent: 'silent',
};

/** One outlet's statements in a cluster and their distinct certainties, firmest first. */
export interface OutletStance {
  outlet: string;
  statements: Statement[];
  /** Distinct certainties of the statements in {@link CERTAINTY_SCALE} order; `['silent']` when none. */
  stances: Stance[];
}

/**
 * Every outlet's stance on a cluster, in the order of `index.outlets`; outlets with no statement
 * in the cluster are `silent`.
 *
 * @example
 * outletStances(index, cluster).map((s) => `${s.outlet}: ${s.stances.join('/')}`);
 * // ['Daily: reported', 'Herald: unconfirmed', 'Post: silent']
 */
export function outletStances(index: ReportIndex, cluster: Cluster): OutletStance[] {
  const members = clusterStatements(index, cluster);
  return index.outlets.map((outlet) => {
    const statements = members.filter((s) => s.outlet === outlet);
    const present = new Set(statements.map((s) => s.certainty));
    const stances: Stance[] = CERTAINTY_SCALE.filter((c) => present.has(c));
    return { outlet, statements, stances: stances.length > 0 ? stances : ['silent'] };
  });
}
