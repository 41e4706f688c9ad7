/**
 * Reason clauses. A clause opened by "because" gives why the main clause holds: a second
 * proposition, the reason, beside the one reported. Outlets that report one claim often give it
 * with different reasons or none, so what a statement is grouped by is its main clause. Unless a
 * focusing adverb before the conjunction makes the reason itself the point ("only because",
 * "not because", "partly because"). Sources: Quirk et al. (1985), A Comprehensive Grammar of the
 * English Language, §15.45 on reason clauses and §8.116 on focusing subjuncts. "Since" and "as"
 * also open time and manner clauses, and "because of" a mere phrase: they are left out.
 */

/** Subordinators that open a reason clause and nothing else. */
export const REASON_SUBORDINATORS: readonly string[] = ['because'];

/**
 * Focusing adverbs (and "not", "in part") that, right before the subordinator, put the reason in
 * focus; and "but", closing a contrast of reasons ("not because of X but because Y").
 */
export const REASON_FOCUS_WORDS: readonly string[] = [
  'only', 'not', 'but', 'just', 'simply', 'merely', 'purely', 'solely', 'exactly', 'precisely', 'partly', 'part',
  'largely', 'mainly', 'mostly', 'chiefly', 'primarily', 'principally', 'partially', 'especially', 'particularly', 'even',
];
