/**
 * Auxiliaries that say when a verb phrase holds. Source: the English auxiliary system as described
 * by Quirk et al. (1985), ch. 3-4: the future with "will"/"shall" (an infinitive, "is going to",
 * "is set to", is read as a future by the reader); the past and perfect with "did", "was", "has",
 * "had". Lower case; contractions ("won't", "he'll") are recognised by the reader.
 */

/** Auxiliaries of the future, "would" included: news reports a future in the past ("said it would"). */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', 'would']);

/** Auxiliaries of the past and the perfect: "**did** sign", "**was** signed", "**has** signed". */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'was', 'were', 'has', 'have', 'had']);

/** Auxiliaries of the present: "**is** signed", "**does** sign". */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'do', 'does']);
