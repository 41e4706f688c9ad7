import { describe, expect, it } from 'vitest';
import { compare, type Entity } from '../../src/index.js';
import type { ExtractOptions } from '../../src/options.js';
import { onlyStatement } from './helpers.js';

/** An entity as a row states it: the words, the canonical id, and whether it acts or locates. */
type EntityRow = [text: string, id: string, role: Entity['role']];

function entitiesOf(sentence: string, options?: ExtractOptions): EntityRow[] {
  return onlyStatement(sentence, options).entities.map((e) => [e.text, e.id, e.role]);
}

/** Sentences and every place or actor named in their claim. */
const ENTITIES: Array<[sentence: string, entities: EntityRow[]]> = [
  // one country, many names: capital, seat of government, long form, demonym
  ['Moscow has moved troops closer to the border.', [['Moscow', 'Russia', 'actor']]],
  ['The Kremlin has ordered a review of the gas deal.', [['Kremlin', 'Russia', 'actor']]],
  ['Russian officials have ordered a review of the gas deal.', [['Russian', 'Russia', 'actor']]],
  ['Washington has imposed new tariffs on steel.', [['Washington', 'US', 'actor']]],
  ['The U.S. has imposed new tariffs on steel.', [['U.S.', 'US', 'actor']]],
  ['The USA won the relay in a world record time.', [['USA', 'US', 'actor']]],
  ['The United States will send more aid to the region.', [['United States', 'US', 'actor']]],
  // letters joined by "&" are one name
  ['The rating agency S&P cut the port authority to junk.', [['S&P', 'S&P', 'actor']]],
  ['American investors pulled money out of the fund.', [['American', 'US', 'actor']]],
  // headline abbreviations
  ['N. Korea has fired two missiles into the sea.', [['N. Korea', 'North Korea', 'actor']]],
  ['S. Korean troops joined the drills.', [['S. Korean', 'South Korea', 'actor']]],
  // one armed group, many names
  ['Daesh fighters have retreated from the town.', [['Daesh', 'Islamic State', 'actor']]],
  ['ISIL has lost most of its territory.', [['ISIL', 'Islamic State', 'actor']]],
  ['ISIS has lost most of its territory.', [['ISIS', 'Islamic State', 'actor']]],
  ['Islamic State fighters have retreated from the town.', [['Islamic State', 'Islamic State', 'actor']]],
  // one event, two names
  ['The bridge was built before World War II.', [['World War II', 'World War II', 'actor']]],
  ['The bridge survived the Second World War.', [['Second World War', 'World War II', 'actor']]],
  // a place where something happens, or an actor that does something
  ['Talks in Geneva ended without a deal.', [['Geneva', 'Geneva', 'place']]],
  ['Officials said Geneva had withdrawn its bid to host the games.', [['Geneva', 'Geneva', 'actor']]],
  ['The delegation arrived in Moscow on Monday.', [['Moscow', 'Moscow', 'place']]],
  ['Protesters gathered outside the Kremlin.', [['Kremlin', 'Kremlin', 'place']]],
  ['Fighting continued in northern Syria.', [['Syria', 'Syria', 'place']]],
  ['Germany beat France 2-1 in Paris.', [['Germany', 'Germany', 'actor'], ['France', 'France', 'actor'], ['Paris', 'Paris', 'place']]],
  ['Rescue teams from Japan reached the village near Kathmandu.', [['Japan', 'Japan', 'place'], ['Kathmandu', 'Kathmandu', 'place']]],
  // a city name that opens a person's name is a first name
  ['Florence Nightingale founded the nursing school in London.', [['Florence Nightingale', 'Florence Nightingale', 'actor'], ['London', 'London', 'place']]],
  ['The singer Paris Jackson arrived in Paris.', [['Paris Jackson', 'Paris Jackson', 'actor'], ['Paris', 'Paris', 'place']]],
  // names in the frame are the source, not facts of the claim
  ['Geneva said the summit would go ahead as planned.', []],
  ['Russian officials said the convoy had turned back.', []],
  // organizations named with their head noun, people with their titles dropped
  ['The Munich Security Conference opened on Friday.', [['Munich Security Conference', 'Munich Security Conference', 'actor']]],
  ['The International Monetary Fund cut its growth forecast.', [['International Monetary Fund', 'IMF', 'actor']]],
  ['The European Court of Human Rights ruled against the ban.', [['European Court of Human Rights', 'European Court of Human Rights', 'actor']]],
  ['Prime Minister Ana Duarte visited the flooded towns.', [['Ana Duarte', 'Ana Duarte', 'actor']]],
  ['The striker Marco Bianchi scored twice against Ajax.', [['Marco Bianchi', 'Marco Bianchi', 'actor'], ['Ajax', 'Ajax', 'actor']]],
  // modifiers and possessives
  ['US-led forces pulled back from the town.', [['US-led', 'US', 'actor']]],
  ['Russian-backed separatists shelled the airport.', [['Russian-backed', 'Russia', 'actor']]],
  ["Syria's economy shrank by a third.", [["Syria's", 'Syria', 'actor']]],
  ["Brazil's central bank cut rates for a fourth time.", [["Brazil's", 'Brazil', 'actor']]],
  // an alias covering the whole run of capitals wins over the organization head noun
  ['The Russian Federation has suspended its participation in the treaty.', [['Russian Federation', 'Russia', 'actor']]],
  ['Delegates from the Russian Federation arrived in Geneva.', [['Russian Federation', 'Russia', 'place'], ['Geneva', 'Geneva', 'place']]],
  // month words that are names: a first name before a surname, a surname after a name
  ['Police questioned Jan Berg for six hours.', [['Jan Berg', 'Jan Berg', 'actor']]],
  ['The jury believed April Ross.', [['April Ross', 'April Ross', 'actor']]],
  ['Prime Minister Theresa May visited the flooded towns.', [['Theresa May', 'Theresa May', 'actor']]],
  // titles drop from a name
  ['Coach Anna Smit praised her players after the final.', [['Anna Smit', 'Anna Smit', 'actor']]],
  // a name that looks like a word: "us" and "is" never match US and IS
  ['The storm is heading for us at speed.', []],
  // a colon or a bracket ends a name; a weekday without its apostrophe is still the day
  ['The panel heard Sen. Ana Duarte (D-Ore.) on Monday.', [['Ana Duarte', 'Ana Duarte', 'actor'], ['D-Ore', 'D-Ore', 'actor']]],
  ['Notes: Varga is the youngest player to join the club.', [['Varga', 'Varga', 'actor']]],
  ['He spoke after Tuesdays debate in the hall.', []],
  // the Pentagon under its other name
  ['The Defense Department ordered a review of the crash.', [['Defense Department', 'US', 'actor']]],
];

describe('entities: ids and roles', () => {
  it.each(ENTITIES)('%s', (sentence, entities) => {
    expect(entitiesOf(sentence)).toEqual(entities);
  });
});

/** The kind of a named thing and the country it belongs to. */
const KINDS: Array<[sentence: string, text: string, expected: Partial<Entity>]> = [
  ['The delegation arrived in Moscow on Monday.', 'Moscow', { id: 'Moscow', kind: 'city', role: 'place', country: 'Russia' }],
  ['Moscow has moved troops closer to the border.', 'Moscow', { id: 'Russia', kind: 'city', country: 'Russia' }],
  ['Talks in Geneva ended without a deal.', 'Geneva', { kind: 'city', country: 'Switzerland' }],
  ['The Kremlin has ordered a review of the gas deal.', 'Kremlin', { id: 'Russia', kind: 'organization', country: 'Russia' }],
  ['The United States will send more aid to the region.', 'United States', { kind: 'country', country: 'US' }],
  ['ISIL has lost most of its territory.', 'ISIL', { kind: 'group' }],
  ['The bridge survived the Second World War.', 'Second World War', { kind: 'event' }],
  ['The Munich Security Conference opened on Friday.', 'Munich Security Conference', { kind: 'organization', country: 'Germany' }],
  ['Prime Minister Ana Duarte visited the flooded towns.', 'Ana Duarte', { kind: 'person' }],
  ['Aid workers reached towns across the Middle East.', 'Middle East', { id: 'Middle East', kind: 'region', role: 'place' }],
  // a run holding an organization's head noun ("Bank of ...") is an organization
  ['The Bank of England held rates at 5 percent.', 'Bank of England', { id: 'Bank of England', kind: 'organization', country: 'UK' }],
  ['The University of Edinburgh opened a new campus.', 'University of Edinburgh', { kind: 'organization' }],
  ['The Russian Federation has suspended its participation in the treaty.', 'Russian Federation', { id: 'Russia', kind: 'country' }],
  // the nations of the United Kingdom
  ['Voters in Scotland backed the plan.', 'Scotland', { id: 'Scotland', kind: 'region', role: 'place', country: 'UK' }],
  ['Heavy rain fell across Wales overnight.', 'Wales', { id: 'Wales', kind: 'region', country: 'UK' }],
];

describe('entities: kind and country', () => {
  it.each(KINDS)('%s (%s)', (sentence, text, expected) => {
    const entity = onlyStatement(sentence).entities.find((e) => e.text === text);
    expect(entity).toMatchObject(expected);
  });
});

/** The caller's aliases: a name the table lacks, a made-up place, an override. */
const CUSTOM: Array<[sentence: string, aliases: NonNullable<ExtractOptions['aliases']>, text: string, expected: Partial<Entity>]> = [
  ['Pyongyang fired two missiles into the sea.', { Pyongyang: 'North Korea' }, 'Pyongyang', { id: 'North Korea', role: 'actor' }],
  ['The ECB raised its deposit rate by a quarter point.', { ECB: 'European Central Bank' }, 'ECB', { id: 'European Central Bank', role: 'actor' }],
  [
    'Wildfires spread across Veldmark overnight.',
    { Veldmark: { id: 'Veldmark', kind: 'region', country: 'Norway' } },
    'Veldmark',
    { id: 'Veldmark', kind: 'region', role: 'place', country: 'Norway' },
  ],
  [
    'Voters in Veldmark backed the new wind farm.',
    { Veldmark: { id: 'Veldmark', kind: 'region', country: 'Norway' } },
    'Veldmark',
    { id: 'Veldmark', kind: 'region', role: 'place', country: 'Norway' },
  ],
  ['The Hermit Kingdom tested another rocket engine.', { 'Hermit Kingdom': 'North Korea' }, 'Hermit Kingdom', { id: 'North Korea', kind: 'country' }],
];

describe('entities: aliases given by the caller', () => {
  it.each(CUSTOM)('%s', (sentence, aliases, text, expected) => {
    const entity = onlyStatement(sentence, { aliases }).entities.find((e) => e.text === text);
    expect(entity).toMatchObject(expected);
  });
});

/**
 * A text given alone (as `compare` reads a string): a line without final punctuation is a
 * headline, and in a title-case headline capitals mark every word, not names: only names the
 * alias table knows count there.
 */
const ALONE: Array<[text: string, entities: EntityRow[]]> = [
  ['Village Baker Wins Prize For Tallest Cake In Norway', [['Norway', 'Norway', 'place']]],
  ['Retired Teacher Finds Rare Coin Hidden In Old Piano', []],
  // a headline in sentence case keeps its names
  ['Police question Jan Berg over stolen paintings', [['Jan Berg', 'Jan Berg', 'actor']]],
];

describe('entities: a text read alone', () => {
  it.each(ALONE)('%s', (text, entities) => {
    const [statement] = compare(text, 'Nothing else happened.').statements;
    expect(statement.entities.map((e) => [e.text, e.id, e.role])).toEqual(entities);
  });
});
