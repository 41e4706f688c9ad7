import { AliasTable } from '../extract/aliases.js';
import { PERSON_UNITS } from '../lexicon/units.js';

let defaultAliases: AliasTable | undefined;

/**
 * What an amount counts, as a class: people counted under any name ("civilians", "refugees",
 * "Syrians": nationalities from the alias table) are one class; other units stand for themselves.
 *
 * @example
 * countedThing('syrian') === countedThing('civilian'); // true: both 'person'
 */
export function countedThing(unit: string, aliases?: AliasTable): string {
  if (PERSON_UNITS.has(unit)) return 'person';
  aliases ??= defaultAliases ??= AliasTable.withDefaults();
  const demonym = aliases.lookup([unit.charAt(0).toUpperCase() + unit.slice(1)], 0);
  return demonym?.entry.kind === 'country' ? 'person' : unit;
}
