/**
 * Verbs of blaming. To blame someone or something for an event takes the event as given and
 * claims who or what is responsible for it: "the outage has been blamed on the storm" does not
 * doubt the outage, only that the storm caused it. Source: Fillmore (1971), "Verbs of judging: an
 * exercise in semantic description" ("blame" presupposes that the event happened and was bad, and
 * asserts the responsibility). Lower case, inflected forms.
 */
export const BLAME_VERBS: ReadonlySet<string> = new Set(['blame', 'blames', 'blamed', 'blaming']);
