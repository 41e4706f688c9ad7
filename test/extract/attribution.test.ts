import { describe, expect, it } from 'vitest';
import { claimOf, firstStatement, lastStatement, onlyStatement, OUTLET_VOICE, statementsOf, type ExpectedAttribution } from './helpers.js';

/** One sentence, who it is attributed to (the fields that matter), and the claim without its frame. */
type Row = [sentence: string, attribution: ExpectedAttribution, claim: string];

/** "X said (on Tuesday) (that) C": the frame opens the sentence. */
const PREFIX: Row[] = [
  [
    'Finance Minister Nils Berg said on Tuesday that the budget would be balanced by 2027.',
    { kind: 'person', source: 'Finance Minister Nils Berg', id: 'Nils Berg', role: 'Finance Minister', verb: 'say' },
    'the budget would be balanced by 2027',
  ],
  [
    'Foreign Secretary Priya Nair said the embassy would reopen this winter.',
    { kind: 'person', id: 'Priya Nair', role: 'Foreign Secretary', verb: 'say' },
    'the embassy would reopen this winter',
  ],
  [
    'The European Central Bank said interest rates would stay on hold until the summer.',
    { kind: 'organization', id: 'European Central Bank', verb: 'say' },
    'interest rates would stay on hold until the summer',
  ],
  ['Police said the driver had been arrested at the scene.', { kind: 'officials', source: 'Police', verb: 'say' }, 'the driver had been arrested at the scene'],
  // A verb that is also a noun frames a claim before a subject pronoun or "that".
  ['The airline claims it is the largest carrier in the region.', { verb: 'claim' }, 'it is the largest carrier in the region'],
  ['Analysts report that the harbour will close in June.', { verb: 'report' }, 'the harbour will close in June'],
  ['On Tuesday, a city spokesman said the bridge would reopen.', { kind: 'anonymous', source: 'city spokesman', verb: 'say' }, 'the bridge would reopen'],
  ['In Lyon, the minister said the strike was over.', { verb: 'say' }, 'the strike was over'],
  [
    'Judge Maria Costa has said the trial will resume in March.',
    { kind: 'person', id: 'Maria Costa', role: 'Judge', verb: 'say' },
    'the trial will resume in March',
  ],
  [
    'Amnesty International said on Wednesday that hundreds of protesters had been detained.',
    { kind: 'organization', id: 'Amnesty International', verb: 'say' },
    'hundreds of protesters had been detained',
  ],
  [
    'The defence ministry said in a statement on Thursday that two drones had been shot down.',
    { kind: 'officials', source: 'defence ministry', verb: 'say' },
    'two drones had been shot down',
  ],
  [
    'Meanwhile, German Chancellor Petra Lang said the pipeline would be finished next year.',
    { kind: 'person', id: 'Petra Lang', role: 'Chancellor', side: 'Germany', verb: 'say' },
    'the pipeline would be finished next year',
  ],
  [
    'A spokesman for the airline said all flights would resume on Friday.',
    { kind: 'anonymous', source: 'spokesman for the airline', verb: 'say' },
    'all flights would resume on Friday',
  ],
  [
    'The World Health Organization warned that the outbreak could spread to neighbouring countries.',
    { kind: 'organization', id: 'WHO', verb: 'warn' },
    'the outbreak could spread to neighbouring countries',
  ],
  // institutions named by a common noun
  ['The company said it would close three factories.', { kind: 'organization', source: 'company', verb: 'say' }, 'it would close three factories'],
  ['The port authority said 40 ships were waiting to unload.', { kind: 'organization', source: 'port authority', verb: 'say' }, '40 ships were waiting to unload'],
  ['The club said the stadium would be closed for a month.', { kind: 'organization', source: 'club' }, 'the stadium would be closed for a month'],
  ['The central bank said inflation had peaked.', { kind: 'organization', source: 'central bank' }, 'inflation had peaked'],
  ['The court said the ruling would take effect at once.', { kind: 'organization', source: 'court' }, 'the ruling would take effect at once'],
  ['The union said its members would strike on Monday.', { kind: 'organization', source: 'union' }, 'its members would strike on Monday'],
  ['The hospital said four patients were in a critical condition.', { kind: 'organization', source: 'hospital' }, 'four patients were in a critical condition'],
  ['The coast guard said two fishermen were still missing.', { kind: 'organization', source: 'coast guard' }, 'two fishermen were still missing'],
  ["Brazil's central bank said rates would stay on hold.", { kind: 'organization', side: 'Brazil' }, 'rates would stay on hold'],
  // titles before a name, and first names that are also months
  ['Finance Minister Jan Berg said the budget would be balanced by 2027.', { kind: 'person', id: 'Jan Berg', role: 'Finance Minister' }, 'the budget would be balanced by 2027'],
  ['Senator April Ross said the bill would pass.', { kind: 'person', id: 'April Ross', role: 'Senator' }, 'the bill would pass'],
  ['Prime Minister Theresa May said the vote would go ahead.', { kind: 'person', id: 'Theresa May', role: 'Prime Minister' }, 'the vote would go ahead'],
  ['Coach Anna Smit said the team was ready.', { kind: 'person', id: 'Anna Smit', role: 'Coach' }, 'the team was ready'],
  ['Shareholder Karin Vos said the board had failed.', { kind: 'person', id: 'Karin Vos', role: 'Shareholder' }, 'the board had failed'],
  // a bare clause after "warn"
  ['Experts warned the dam could fail.', { kind: 'anonymous', source: 'Experts', verb: 'warn' }, 'the dam could fail'],
  ['Doctors warned the hospital would run out of beds within a week.', { kind: 'anonymous', source: 'Doctors', verb: 'warn' }, 'the hospital would run out of beds within a week'],
];

/** "C, X said": the frame closes the sentence, or follows the verb ("said X"). */
const SUFFIX: Row[] = [
  ['The vaccine is safe for children over five, health officials said.', { kind: 'officials', source: 'health officials', verb: 'say' }, 'The vaccine is safe for children over five'],
  [
    'Rescue teams pulled 14 survivors from the rubble overnight, Turkish officials said on Friday.',
    { kind: 'officials', source: 'Turkish officials', id: 'Turkey', side: 'Turkey', verb: 'say' },
    'Rescue teams pulled 14 survivors from the rubble overnight',
  ],
  [
    'The two sides are close to a deal on fishing rights, French diplomats said.',
    { kind: 'officials', source: 'French diplomats', side: 'France', verb: 'say' },
    'The two sides are close to a deal on fishing rights',
  ],
  [
    'The factory will reopen on Monday, said spokeswoman Jane Roe.',
    { kind: 'person', id: 'Jane Roe', role: 'spokeswoman', verb: 'say' },
    'The factory will reopen on Monday',
  ],
  [
    'No one was injured in the blast, said Tomas Novak, the mayor of the town.',
    { kind: 'person', id: 'Tomas Novak', verb: 'say' },
    'No one was injured in the blast',
  ],
  [
    'The plan is dead, a senior EU diplomat told Reuters.',
    { kind: 'anonymous', source: 'senior EU diplomat', verb: 'tell' },
    'The plan is dead',
  ],
  [
    'The vote was rigged, opposition leader Musa Bello claimed.',
    { kind: 'person', id: 'Musa Bello', verb: 'claim' },
    'The vote was rigged',
  ],
  [
    'The drought will cut the wheat harvest by a fifth, the U.N. food agency said.',
    { kind: 'organization', id: 'UN', verb: 'say' },
    'The drought will cut the wheat harvest by a fifth',
  ],
  [
    'The convoy reached the besieged town before dawn, United Nations officials said.',
    { kind: 'officials', source: 'United Nations officials', verb: 'say' },
    'The convoy reached the besieged town before dawn',
  ],
];

/** "according to X", "X told reporters that C". */
const OTHER_FRAMES: Row[] = [
  [
    'According to the World Health Organization, measles cases doubled last year.',
    { kind: 'organization', id: 'WHO', verb: 'according to' },
    'measles cases doubled last year',
  ],
  [
    'The fire started in a kitchen on the third floor, according to the fire department.',
    { kind: 'officials', source: 'fire department', verb: 'according to' },
    'The fire started in a kitchen on the third floor',
  ],
  [
    'Turnout reached 71 percent, according to the Electoral Commission.',
    { kind: 'organization', id: 'Electoral Commission', verb: 'according to' },
    'Turnout reached 71 percent',
  ],
  [
    'Netherlands coach Anna Smit told reporters that the team had not trained for a week.',
    { kind: 'person', id: 'Anna Smit', side: 'Netherlands', verb: 'tell' },
    'the team had not trained for a week',
  ],
  [
    'The ambassador told reporters in Vienna that talks would resume in the autumn.',
    { kind: 'anonymous', source: 'ambassador', verb: 'tell' },
    'talks would resume in the autumn',
  ],
  [
    'Interior Minister Lena Falk told parliament that border checks would be extended.',
    { kind: 'person', id: 'Lena Falk', role: 'Interior Minister', verb: 'tell' },
    'border checks would be extended',
  ],
  ['The stadium will stay closed until March, according to the club.', { kind: 'organization', source: 'club', verb: 'according to' }, 'The stadium will stay closed until March'],
  ['According to the union, 300 jobs will go.', { kind: 'organization', source: 'union', verb: 'according to' }, '300 jobs will go'],
  ['The club declined to confirm that the coach had been sacked.', { kind: 'organization', source: 'club', verb: 'refuse to confirm' }, 'the coach had been sacked'],
];

/** Governments named by their country, capital or seat, and unnamed officials of a side. */
const SIDES: Row[] = [
  ['Moscow said the sanctions would hurt European farmers more than Russia.', { kind: 'government', source: 'Moscow', id: 'Russia', side: 'Russia' }, 'the sanctions would hurt European farmers more than Russia'],
  ['The Kremlin said the talks had been constructive.', { kind: 'government', source: 'Kremlin', id: 'Russia', side: 'Russia' }, 'the talks had been constructive'],
  ['Beijing has said it will retaliate against the new tariffs.', { kind: 'government', id: 'China', side: 'China' }, 'it will retaliate against the new tariffs'],
  ['Washington said the carrier group would stay in the region.', { kind: 'government', id: 'US' }, 'the carrier group would stay in the region'],
  ['Downing Street said the prime minister had full confidence in the chancellor.', { kind: 'government', id: 'UK' }, 'the prime minister had full confidence in the chancellor'],
  ['The grain deal will be extended for another 120 days, Turkey said.', { kind: 'government', id: 'Turkey', verb: 'say' }, 'The grain deal will be extended for another 120 days'],
  ['U.S. officials say the drone was shot down over international waters.', { kind: 'officials', source: 'U.S. officials', id: 'US', side: 'US', verb: 'say' }, 'the drone was shot down over international waters'],
  ['Japanese officials said the reactor had been shut down safely.', { kind: 'officials', id: 'Japan', side: 'Japan' }, 'the reactor had been shut down safely'],
  ['Officials in Nairobi said the airport would reopen on Monday.', { kind: 'officials', id: 'Kenya', side: 'Kenya' }, 'the airport would reopen on Monday'],
  ['The Brazilian foreign ministry said the ambassador had been recalled for consultations.', { kind: 'officials', side: 'Brazil' }, 'the ambassador had been recalled for consultations'],
  ['Russian Foreign Minister Sergei Lavrov said the proposal was a basis for talks.', { kind: 'person', id: 'Sergei Lavrov', role: 'Foreign Minister', side: 'Russia' }, 'the proposal was a basis for talks'],
];

/** Sources without a name: anonymous people, and the media. */
const UNNAMED: Row[] = [
  ['A source close to the negotiations said the deal could be signed within a week.', { kind: 'anonymous', verb: 'say' }, 'the deal could be signed within a week'],
  ['Sources familiar with the matter said the bank would cut its dividend.', { kind: 'anonymous' }, 'the bank would cut its dividend'],
  ['A diplomat, who asked not to be named, said that the envoy would resign within days.', { kind: 'anonymous', source: 'diplomat' }, 'the envoy would resign within days'],
  ['One senior official said the plan had been shelved.', { kind: 'anonymous' }, 'the plan had been shelved'],
  ['An Egyptian official, who spoke on condition of anonymity, said the crossing would open on Sunday.', { kind: 'anonymous', side: 'Egypt' }, 'the crossing would open on Sunday'],
  ['Witnesses said the gunman fled on foot.', { kind: 'anonymous', source: 'Witnesses' }, 'the gunman fled on foot'],
  ['Italian media reported that the mayor of Palermo had resigned.', { kind: 'reports', side: 'Italy', verb: 'report' }, 'the mayor of Palermo had resigned'],
  ['The mayor had resigned, local media reported.', { kind: 'reports', source: 'local media', verb: 'report' }, 'The mayor had resigned'],
  ['Iranian state media reported that the tanker had been seized.', { kind: 'reports', source: 'Iranian state media', side: 'Iran' }, 'the tanker had been seized'],
  ['State television said the ship was carrying grain.', { kind: 'reports', source: 'State television' }, 'the ship was carrying grain'],
  ['The coach has been sacked, Italian newspapers reported.', { kind: 'reports', side: 'Italy', verb: 'report' }, 'The coach has been sacked'],
  // people named by what they are
  ['The striker will miss the final, her agent said.', { kind: 'anonymous', source: 'her agent', verb: 'say' }, 'The striker will miss the final'],
  ['The harvest was the worst in decades, a farmer in the valley said.', { kind: 'anonymous', source: 'farmer in the valley' }, 'The harvest was the worst in decades'],
  ['Scientists said the ice shelf was melting faster than expected.', { kind: 'anonymous', source: 'Scientists' }, 'the ice shelf was melting faster than expected'],
  // capitalized words before a source noun qualify it: they are not a person's name
  ['Local media reported that the mayor had resigned.', { kind: 'reports', source: 'Local media' }, 'the mayor had resigned'],
  ['The vaccine is safe for children over five, Health officials said.', { kind: 'officials', source: 'Health officials' }, 'The vaccine is safe for children over five'],
  [
    'The probe lost contact on Monday, European Space Agency officials said.',
    { kind: 'officials', id: 'European Space Agency' },
    'The probe lost contact on Monday',
  ],
  ['NASA scientists said the probe had landed safely.', { kind: 'anonymous', id: 'NASA' }, 'the probe had landed safely'],
];

/** Appositions and relative clauses inside the source phrase are set aside. */
const APPOSITIONS: Row[] = [
  ['Nils Berg, the finance minister, said the deficit would shrink next year.', { kind: 'person', id: 'Nils Berg', verb: 'say' }, 'the deficit would shrink next year'],
  [
    'Sara Lind, who chairs the inquiry, said the report would be published in June.',
    { kind: 'person', id: 'Sara Lind', verb: 'say' },
    'the report would be published in June',
  ],
  [
    'The airline\'s chief executive, Omar Haddad, said fares would rise by a tenth.',
    { kind: 'person', id: 'Omar Haddad', verb: 'say' },
    'fares would rise by a tenth',
  ],
  // a participle between commas, like a relative clause
  ['A Western diplomat, speaking on condition of anonymity, said the talks had stalled.', { kind: 'anonymous', source: 'Western diplomat' }, 'the talks had stalled'],
  ['The mayor, speaking after the vote, said the bridge would be rebuilt.', { kind: 'anonymous', source: 'mayor' }, 'the bridge would be rebuilt'],
  ['An Iranian official, briefed on the talks, said a deal was close.', { kind: 'anonymous', side: 'Iran' }, 'a deal was close'],
];

/** A subject with a verb in it is a clause, not a source: the source is the clause's subject. */
const CLAUSES: Row[] = [
  [
    'The health ministry issued a warning on Friday, saying the outbreak could spread to the capital.',
    { kind: 'officials', source: 'health ministry', verb: 'say' },
    'the outbreak could spread to the capital',
  ],
  [
    'The airline cancelled 40 flights on Sunday, saying the strike had left it short of pilots.',
    { kind: 'organization', source: 'airline', verb: 'say' },
    'the strike had left it short of pilots',
  ],
];

/** "X cited Y who said C" and "X claimed C, Y said": the source is X, relayed by Y. */
const RELAYED: Row[] = [
  ['AP and Reuters cited officials who said the vote had been delayed.', { kind: 'officials', source: 'officials', via: 'AP and Reuters' }, 'the vote had been delayed'],
  ['The BBC quoted witnesses who said the gunman fled on foot.', { kind: 'anonymous', source: 'witnesses', via: 'The BBC' }, 'the gunman fled on foot'],
  [
    'The energy company Norvex claimed the leak had been contained by Friday, state media said.',
    { kind: 'organization', id: 'Norvex', verb: 'claim', via: 'state media' },
    'the leak had been contained by Friday',
  ],
  ['The rebels claimed they had taken the airport, the army said.', { kind: 'organization', source: 'rebels', verb: 'claim', via: 'army' }, 'they had taken the airport'],
];

/** Quotations with a speech tag: the quote is the claim. */
const QUOTES: Row[] = [
  [
    '"The evidence was never disclosed to the defence," said Ruth Adler, the defendant\'s lawyer.',
    { kind: 'person', id: 'Ruth Adler', verb: 'say' },
    'The evidence was never disclosed to the defence',
  ],
  [
    '"Our troops will stay until the job is done," Defence Minister Karl Weiss said.',
    { kind: 'person', id: 'Karl Weiss', role: 'Defence Minister', verb: 'say' },
    'Our troops will stay until the job is done',
  ],
  [
    '"We expect the first trains to run by December," said Luis Ortega, the rail operator\'s spokesman.',
    { kind: 'person', id: 'Luis Ortega', verb: 'say' },
    'We expect the first trains to run by December',
  ],
  // a name in apposition names the speaker
  [
    '"We expect the first trains to run by December," the rail operator\'s spokesman, Luis Ortega, told reporters.',
    { kind: 'person', id: 'Luis Ortega', role: 'spokesman', verb: 'tell' },
    'We expect the first trains to run by December',
  ],
  [
    '"The pool will reopen in spring," a spokeswoman for the council, Mia Holt, said.',
    { kind: 'person', id: 'Mia Holt', role: 'spokeswoman' },
    'The pool will reopen in spring',
  ],
  // a short noun phrase as the subject of the tag: someone unnamed
  ['"We had no time," the farmer said.', { kind: 'anonymous', source: 'farmer', verb: 'say' }, 'We had no time'],
  ['"It was like a bomb going off," the night porter said.', { kind: 'anonymous', source: 'night porter', verb: 'say' }, 'It was like a bomb going off'],
  // a quotation split by its tag is one claim
  ['"The board," Karin Vos said, "acted far too late."', { kind: 'person', id: 'Karin Vos', verb: 'say' }, 'The board acted far too late'],
];

/** Nothing attributes the claim: the outlet says it in its own voice. */
const OUTLET: Row[] = [
  ['The bridge reopened to traffic on Sunday after two years of repairs.', OUTLET_VOICE, 'The bridge reopened to traffic on Sunday after two years of repairs'],
  ['Shares in the mining group fell 8 percent in early trading.', OUTLET_VOICE, 'Shares in the mining group fell 8 percent in early trading'],
  ['The storm made landfall near the port city late on Friday.', OUTLET_VOICE, 'The storm made landfall near the port city late on Friday'],
  ['The spokeswoman commented on the merger at length.', OUTLET_VOICE, 'The spokeswoman commented on the merger at length'],
  ['The ministers will meet again next month to discuss the report.', OUTLET_VOICE, 'The ministers will meet again next month to discuss the report'],
  // a denial verb with an ordinary object is an act, not a frame
  ['Iran has rejected the proposal.', OUTLET_VOICE, 'Iran has rejected the proposal'],
  ['The Senate rejected the bill by 52 votes to 48.', OUTLET_VOICE, 'The Senate rejected the bill by 52 votes to 48'],
  ['The committee dismissed the complaint on Tuesday.', OUTLET_VOICE, 'The committee dismissed the complaint on Tuesday'],
  // a verb that is also a noun, used as a noun
  ["The airline's claims were rejected by the regulator on Monday.", OUTLET_VOICE, "The airline's claims were rejected by the regulator on Monday"],
  ['The report found serious faults in the dam inspection.', OUTLET_VOICE, 'The report found serious faults in the dam inspection'],
];

describe.each([
  ['prefix frames', PREFIX],
  ['suffix and inverted frames', SUFFIX],
  ['"according to" and "told"', OTHER_FRAMES],
  ['governments and sides', SIDES],
  ['anonymous sources and media', UNNAMED],
  ['appositions and relative clauses', APPOSITIONS],
  ['clauses are not sources', CLAUSES],
  ['relayed sources', RELAYED],
  ['quotations with a speech tag', QUOTES],
  ['the outlet\'s own voice', OUTLET],
])('attribution: %s', (_name, rows) => {
  it.each(rows)('%s', (sentence, attribution, claim) => {
    const statement = onlyStatement(sentence);
    expect(statement.attribution).toMatchObject(attribution);
    expect(claimOf(statement)).toBe(claim);
  });
});

/**
 * Sources named earlier in the article or sentence: a pronoun takes the last named speaker, "the
 * officials" and "one" the last group with a side, a participle (", saying C") the subject of the
 * sentence. The row checks the article's last statement.
 */
const IN_CONTEXT: Row[] = [
  [
    'Minister Nils Berg said the harbour would be dredged this year. He said the work would cost 40 million euros.',
    { kind: 'person', id: 'Nils Berg', verb: 'say' },
    'the work would cost 40 million euros',
  ],
  [
    'Chief prosecutor Elena Ruiz said the suspects had been under surveillance for months. She added that more arrests were likely.',
    { kind: 'person', id: 'Elena Ruiz', verb: 'add' },
    'more arrests were likely',
  ],
  [
    'Finnish officials said the border crossings would stay shut. The officials said traffic would be diverted to the north.',
    { kind: 'officials', id: 'Finland', side: 'Finland', verb: 'say' },
    'traffic would be diverted to the north',
  ],
  [
    'Netherlands coach Anna Smit said her players had been exhausted. "We never stopped believing," she said.',
    { kind: 'person', id: 'Anna Smit', verb: 'say' },
    'We never stopped believing',
  ],
  [
    'Minister Nils Berg said the dockers had been offered a new contract. The strike would end by Friday, he said.',
    { kind: 'person', id: 'Nils Berg', verb: 'say' },
    'The strike would end by Friday',
  ],
  [
    'Japanese officials said the reactor had been shut down. One said the cooling system had failed.',
    { kind: 'anonymous', side: 'Japan', verb: 'say' },
    'the cooling system had failed',
  ],
  [
    'Finance Minister Nils Berg defended the budget in parliament, saying it would protect pensions.',
    { kind: 'person', id: 'Nils Berg', verb: 'say' },
    'it would protect pensions',
  ],
  [
    'Prime Minister Ana Duarte visited the flooded towns on Sunday, adding that the army would stay as long as needed.',
    { kind: 'person', id: 'Ana Duarte', role: 'Prime Minister', verb: 'add' },
    'the army would stay as long as needed',
  ],
  // a person named as the subject of an earlier sentence, not only an earlier speaker
  [
    'Coach Anna Smit praised her players after the final. "We never stopped believing," she said.',
    { kind: 'person', id: 'Anna Smit', verb: 'say' },
    'We never stopped believing',
  ],
  [
    'Mayor Tomas Novak visited the flooded streets on Sunday. The town would be rebuilt, he said.',
    { kind: 'person', id: 'Tomas Novak', verb: 'say' },
    'The town would be rebuilt',
  ],
  // a colon-introduced quotation is said by the sentence's subject
  ['Karin Vos, a shareholder, put it bluntly: "The board acted far too late."', { kind: 'person', id: 'Karin Vos' }, 'The board acted far too late'],
];

describe('attribution: sources named earlier in the article', () => {
  it.each(IN_CONTEXT)('%s', (article, attribution, claim) => {
    const statement = lastStatement(article);
    expect(statement.attribution).toMatchObject(attribution);
    expect(claimOf(statement)).toBe(claim);
  });
});

/**
 * "X, Y said, adding that Z": two claims of one source, each with its own verb. A participle after
 * a plain clause (no speech tag before it) frames what follows it alone (see `IN_CONTEXT`).
 */
const TAG_THEN_PARTICIPLE: Array<[sentence: string, first: [ExpectedAttribution, string], second: [ExpectedAttribution, string]]> = [
  [
    'The ferry service will resume on Monday, port officials said on Friday, adding that tickets would cost less.',
    [{ kind: 'officials', source: 'port officials', verb: 'say' }, 'The ferry service will resume on Monday'],
    [{ kind: 'officials', source: 'port officials', verb: 'add' }, 'tickets would cost less'],
  ],
  [
    'Fares will rise by a tenth, the airline said, noting that fuel prices had doubled since spring.',
    [{ kind: 'organization', source: 'airline', verb: 'say' }, 'Fares will rise by a tenth'],
    [{ kind: 'organization', source: 'airline', verb: 'note' }, 'fuel prices had doubled since spring'],
  ],
  [
    'The harbour will be dredged this year, Minister Nils Berg told reporters, saying the work would cost 40 million euros.',
    [{ kind: 'person', id: 'Nils Berg', verb: 'tell' }, 'The harbour will be dredged this year'],
    [{ kind: 'person', id: 'Nils Berg', verb: 'say' }, 'the work would cost 40 million euros'],
  ],
];

describe('attribution: a speech tag, then a reporting participle', () => {
  it.each(TAG_THEN_PARTICIPLE)('%s', (article, [firstAttribution, firstClaim], [secondAttribution, secondClaim]) => {
    const statements = statementsOf(article);
    expect(statements).toHaveLength(2);
    expect(statements[0]!.attribution).toMatchObject(firstAttribution);
    expect(claimOf(statements[0]!)).toBe(firstClaim);
    expect(statements[1]!.attribution).toMatchObject(secondAttribution);
    expect(claimOf(statements[1]!)).toBe(secondClaim);
  });

  it('keeps a participle after a plain clause as the frame of what follows it', () => {
    const statements = statementsOf('The airline cancelled 40 flights on Sunday, saying the strike had left it short of pilots.');
    expect(statements).toHaveLength(1);
    expect(claimOf(statements[0]!)).toBe('the strike had left it short of pilots');
  });
});

/** Headlines: "Name: claim" and "claim - Name". The row checks the headline (the first line). */
const HEADLINES: Row[] = [
  ['Berg: Deal Is Close\n\nThe talks resumed on Monday.', { kind: 'person', id: 'Berg', verb: 'say' }, 'Deal Is Close'],
  ['Deal is close - Berg\n\nThe talks resumed on Monday.', { kind: 'person', id: 'Berg', verb: 'say' }, 'Deal is close'],
  ['WHO: Measles cases doubled last year\n\nThe figures were published on Friday.', { kind: 'organization', id: 'WHO' }, 'Measles cases doubled last year'],
  ['Kremlin: sanctions will not change our course\n\nThe statement came late on Friday.', { kind: 'government', id: 'Russia' }, 'sanctions will not change our course'],
  ['Rates will stay on hold until summer - Ana Duarte\n\nMarkets rose.', { kind: 'person', id: 'Ana Duarte' }, 'Rates will stay on hold until summer'],
  // a longer source phrase after a dash: titles and a name
  ['Rates will stay on hold until summer - central bank chief Ana Duarte\n\nMarkets rose.', { kind: 'person', id: 'Ana Duarte' }, 'Rates will stay on hold until summer'],
  ['Ferries will run again on Monday - island council leader Tomas Novak\n\nThe storm has passed.', { kind: 'person', id: 'Tomas Novak' }, 'Ferries will run again on Monday'],
  ['Man rescued from flood - thanks to his quick thinking dog\n\nThe storm has passed.', OUTLET_VOICE, 'Man rescued from flood - thanks to his quick thinking dog'],
  ['Storm kills three in coastal towns\n\nThe storm hit on Friday.', OUTLET_VOICE, 'Storm kills three in coastal towns'],
  // a kicker before the colon says what kind of item it is, not who speaks
  ['BREAKING: Ferry Runs Aground Off Island Coast\n\nThe storm has passed.', OUTLET_VOICE, 'Ferry Runs Aground Off Island Coast'],
  ['Watch: Firefighters rescue kitten from storm drain\n\nThe storm has passed.', OUTLET_VOICE, 'Firefighters rescue kitten from storm drain'],
  ['EXCLUSIVE: Mayor Planned Second Stadium\n\nThe council met on Monday.', OUTLET_VOICE, 'Mayor Planned Second Stadium'],
  // a claim noun before the colon: the outlet passes on a report or a rumour
  ['Rumor: Carmaker to buy rival battery firm\n\nShares rose.', { kind: 'reports' }, 'Carmaker to buy rival battery firm'],
  // an -ed reporting word before a bare noun qualifies the noun; before "the", it reports
  ['Police arrest alleged gunman after standoff\n\nThe storm has passed.', OUTLET_VOICE, 'Police arrest alleged gunman after standoff'],
  ['Mob Attacks Alleged Thief In Market\n\nThe storm has passed.', OUTLET_VOICE, 'Mob Attacks Alleged Thief In Market'],
  ['Court jails reported spy for ten years\n\nThe storm has passed.', OUTLET_VOICE, 'Court jails reported spy for ten years'],
  ['Doctors confirmed the first case of bird flu\n\nThe storm has passed.', { source: 'Doctors', verb: 'confirm' }, 'the first case of bird flu'],
];

describe('attribution: headline frames', () => {
  it.each(HEADLINES)('%s', (article, attribution, claim) => {
    const headline = firstStatement(article);
    expect(headline.role).toBe('headline');
    expect(headline.attribution).toMatchObject(attribution);
    expect(claimOf(headline)).toBe(claim);
  });
});

describe('attribution: reporting verbs added through options are read in every form', () => {
  it.each([
    ['The coach quipped that the pitch was too short.', 'quip'],
    ['The coach quips that the pitch is too short.', 'quip'],
    ['The minister signalled that the vote would pass.', 'signal'],
    ['The minister signaled that the vote would pass.', 'signal'],
  ])('%s', (sentence, verb) => {
    const statement = onlyStatement(sentence, { lexicon: { reportingVerbs: ['quip', 'signal'] } });
    expect(statement.attribution.verb).toBe(verb);
  });
});

describe('attribution: the accuser is the source of a charge', () => {
  it.each([
    ['A police spokesman accused the driver of speeding.', 'police spokesman', 'accuse'],
    ['The day before, a city spokesman blamed the contractor for the delays.', 'city spokesman', 'blame'],
  ])('%s', (sentence, source, verb) => {
    const statement = onlyStatement(sentence);
    expect(statement.certainty).toBe('hedged');
    expect(statement.attribution).toMatchObject({ source, verb });
  });
});
