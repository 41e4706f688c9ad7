/**
 * Counted things that can stand for one another when two reports give a number: people are
 * counted as "people", "civilians", "refugees"... (nationalities too: "51,000 Syrians"). Source:
 * the person nouns of casualty and displacement reports (UN OCHA situation-report vocabulary).
 */
export const PERSON_UNITS: ReadonlySet<string> = new Set([
  'people', 'person', 'civilian', 'resident', 'refugee', 'migrant', 'inhabitant', 'citizen', 'individual',
  'victim', 'casualty', 'adult', 'child', 'children', 'man', 'men', 'woman', 'women', 'family', 'displaced',
  'evacuee', 'survivor', 'passenger', 'worker', 'voter', 'protester', 'demonstrator',
]);
