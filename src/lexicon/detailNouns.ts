/**
 * Nouns that name a detail of an event, not the event: when it happens, how many it counts, where
 * it takes place. Not knowing such a detail ("not aware of a specific date for the talks", "could
 * not confirm the death toll", "the exact location remains unclear") leaves the detail in doubt,
 * not the event; the question words "when", "where" and "how many" ask for the same three. Source:
 * compiled by us from the nouns English news copy uses to ask for a time, a figure or a place,
 * after the temporal, quantitative and locative adjunct questions of Quirk et al. (1985), A
 * Comprehensive Grammar of the English Language, §11.14. Lower case, singular and plural.
 */

/** The kinds of detail, named after the statement facts that give one (times, quantities, places). */
export type DetailKind = 'time' | 'quantity' | 'place';

/** Detail nouns by the kind of detail they ask for. */
export const DETAIL_NOUNS: Readonly<Record<DetailKind, ReadonlySet<string>>> = {
  time: new Set(['date', 'dates', 'day', 'days', 'time', 'times', 'timing', 'timeline', 'timelines', 'timetable', 'timetables', 'deadline', 'deadlines', 'schedule', 'hour']),
  quantity: new Set(['figure', 'figures', 'number', 'numbers', 'toll', 'tolls', 'total', 'tally', 'count', 'amount', 'amounts', 'estimate', 'estimates', 'sum']),
  place: new Set(['location', 'locations', 'place', 'site', 'venue', 'venues', 'whereabouts', 'destination']),
};

/** Question words that ask for a detail: "it is unclear **when** the talks will resume", "**how many** were hurt". */
export const DETAIL_QUESTIONS: ReadonlyMap<string, DetailKind> = new Map([
  ['when', 'time'],
  ['where', 'place'],
  ['how many', 'quantity'],
  ['how much', 'quantity'],
]);
