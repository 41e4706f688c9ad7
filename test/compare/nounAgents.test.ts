import { describe, expect, it } from 'vitest';
import { collectivePartiesOf, nounAgentsOf } from '../../src/compare/nounAgents.js';
import { extractStatements, type Statement } from '../../src/index.js';

function read(text: string): Statement {
  const statements = extractStatements({ id: 'a', outlet: 'Daily', text });
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

/** The (noun, party) pairs read from a sentence's claim. */
function agents(text: string): Array<[string, string]> {
  return nounAgentsOf(read(text)).map((x) => [x.noun.text, x.party.text]);
}

describe('nounAgentsOf: the party behind a noun', () => {
  const ROWS: Array<[string, Array<[string, string]>]> = [
    ['Valmora is waiting for a US response.', [['response', 'US']]],
    ["The council rejected Moscow's proposal.", [['proposal', "Moscow's"]]],
    ['Valmora is waiting for a reaction from world powers.', [['reaction', 'world powers']]],
    ['The plan drew a swift response from the international community.', [['response', 'the international community']]],
    ["The international community's response was muted.", [['response', "The international community's"]]],
    ['An offer by Western governments arrived on Monday.', [['offer', 'Western governments']]],
    ['The envoy welcomed a proposal by the UN.', [['proposal', 'UN']]],
  ];

  it.each(ROWS)('%s', (text, expected) => {
    expect(agents(text)).toEqual(expected);
  });
});

describe('nounAgentsOf: no noun agent', () => {
  const ROWS: string[] = [
    // The word after the party is a verb: "says", "warned", "struck" (irregular past), "will".
    'Officials believe the US says too little.',
    'Officials believe the UN warned of famine.',
    'Officials believe the US struck the depot.',
    'Officials believe the EU will act.',
    // A participle between the verb and "by" is no noun: "was welcomed by world powers" names a doer, not a noun's agent.
    'The truce was welcomed by world powers.',
    // Possessive before a name or a number: no lower-case noun follows.
    "Officials discussed Russia's March 1 truce offer.",
    // A collective word with no collective modifier is no party ("emergency powers").
    'The president was given emergency powers by parliament.',
  ];

  it.each(ROWS)('%s', (text) => {
    expect(agents(text)).toEqual([]);
  });
});

describe('collectivePartiesOf', () => {
  it.each([
    ['Arab states condemned the raid.', ['Arab states']],
    ['The move angered the international community and other countries.', ['the international community', 'other countries']],
    ['Foreign powers have armed both sides.', ['Foreign powers']],
    ['Parliament granted the president sweeping powers.', []],
    // Upper case, and a possessive.
    ["THE INTERNATIONAL COMMUNITY's patience ran out.", ["THE INTERNATIONAL COMMUNITY's"]],
    // The words of a collective party inside other words are none.
    ['The otherworld powers of the novel returned.', []],
    ['Talks on world powersharing stalled.', []],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(collectivePartiesOf(read(text)).map((p) => p.text)).toEqual(expected);
  });
});
