import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/extract/quantity.js';

type Expected = Pick<Quantity, 'text' | 'value' | 'low' | 'high' | 'approx' | 'unit'> & { modifier?: string };

/** One expected quantity: the words matched, the number as written, the interval, vagueness, unit and bound word. */
function q(text: string, value: number, low: number, high: number | null, approx: boolean, unit: string, modifier?: string): Expected {
  return { text, value, low, high, approx, unit, ...(modifier === undefined ? {} : { modifier }) };
}

const DIGITS: Array<[string, Expected[]]> = [
  ['Aid agencies say 51,000 Syrians crossed the border.', [q('51,000', 51000, 51000, 51000, false, 'syrian')]],
  ['The storm left 300,000 people without power.', [q('300,000', 300000, 300000, 300000, false, 'people')]],
  ['Jets struck 1,900 targets overnight.', [q('1,900', 1900, 1900, 1900, false, 'target')]],
  ['The agency counted 2.5 million refugees.', [q('2.5 million', 2500000, 2500000, 2500000, false, 'refugee')]],
  ['Turnout reached 1.5m voters.', [q('1.5m', 1500000, 1500000, 1500000, false, 'voter')]],
  ['The 17-nation group meets again.', [q('17-nation', 17, 17, 17, false, 'nation')]],
  ['Floods destroyed 2000 homes in the valley.', [q('2000', 2000, 2000, 2000, false, 'home')]],
  ['In Tartus 300 sailors waited.', [q('300', 300, 300, 300, false, 'sailor')]],
  // after a possessive, a count goes on with what it counts, not with a name
  ["Halden's 150 stores closed early.", [q('150', 150, 150, 150, false, 'store')]],
  ['Rescuers pulled 12 survivors and 40 bodies from the rubble.', [
    q('12', 12, 12, 12, false, 'survivor'),
    q('40', 40, 40, 40, false, 'body'),
  ]],
  ['The convoy of 35 trucks carried 200 tonnes of flour.', [
    q('35', 35, 35, 35, false, 'truck'),
    q('200', 200, 200, 200, false, 'tonne'),
  ]],
];

const MONEY_AND_SHARES: Array<[string, Expected[]]> = [
  ['Donors pledged $2.5 billion on Tuesday.', [q('$2.5 billion', 2500000000, 2500000000, 2500000000, false, 'usd')]],
  ['The bank lent €300m and £40 million.', [
    q('€300m', 300000000, 300000000, 300000000, false, 'eur'),
    q('£40 million', 40000000, 40000000, 40000000, false, 'gbp'),
  ]],
  ['The plan costs US$12bn.', [q('US$12bn', 12000000000, 12000000000, 12000000000, false, 'usd')]],
  ['He was fined 5,000 euros.', [q('5,000', 5000, 5000, 5000, false, 'eur')]],
  ['Prices rose 40% in the north.', [q('40%', 40, 40, 40, false, 'percent')]],
  ['Prices rose 40 percent in the south.', [q('40 percent', 40, 40, 40, false, 'percent')]],
  ['Prices rose 40 per cent in the east.', [q('40 per cent', 40, 40, 40, false, 'percent')]],
  ['The lead shrank by 2.5 percentage points.', [q('2.5 percentage points', 2.5, 2.5, 2.5, false, 'percentage point')]],
  ['One in five children is underfed.', [q('One in five', 20, 20, 20, false, 'percent')]],
  ['Nine out of ten clinics closed.', [q('Nine out of ten', 90, 90, 90, false, 'percent')]],
];

const WORDS: Array<[string, Expected[]]> = [
  ['Three hospitals were hit.', [q('Three', 3, 3, 3, false, 'hospital')]],
  ['Twenty-five schools stayed shut.', [q('Twenty-five', 25, 25, 25, false, 'school')]],
  ['Two dozen ambulances arrived.', [q('Two dozen', 24, 24, 24, false, 'ambulance')]],
  ['A dozen envoys signed.', [q('A dozen', 12, 12, 12, false, 'envoy')]],
  ['A hundred families returned.', [q('A hundred', 100, 100, 100, false, 'family')]],
  ['One and a half million people voted.', [q('One and a half million', 1500000, 1500000, 1500000, false, 'people')]],
  ['The camp holds a quarter of a million people.', [q('a quarter of a million', 250000, 250000, 250000, false, 'people')]],
  ['A quarter-million migrants moved west.', [q('A quarter-million', 250000, 250000, 250000, false, 'migrant')]],
  ['Half a million children need vaccines.', [q('Half a million', 500000, 500000, 500000, false, 'child')]],
  ['Only one bridge remains standing.', [q('one', 1, 1, 1, false, 'bridge')]],
  ['Two of the three crossings reopened.', [
    q('Two', 2, 2, 2, false, 'crossing'),
    q('three', 3, 3, 3, false, 'crossing'),
  ]],
];

const VAGUE: Array<[string, Expected[]]> = [
  ['Dozens of fishermen were stranded.', [q('Dozens', 12, 24, 99, true, 'fisherman')]],
  ['Hundreds of pilgrims waited.', [q('Hundreds', 100, 200, 999, true, 'pilgrim')]],
  ['Thousands of workers marched.', [q('Thousands', 1000, 2000, 9999, true, 'worker')]],
  ['Tens of thousands of civilians fled the city.', [q('Tens of thousands', 10000, 20000, 99999, true, 'civilian')]],
  ['Hundreds of thousands of farmers lost crops.', [q('Hundreds of thousands', 100000, 200000, 999999, true, 'farmer')]],
  ['Millions of viewers watched.', [q('Millions', 1000000, 2000000, 9999999, true, 'viewer')]],
  ['A few hundred students protested.', [q('A few hundred', 100, 200, 599, true, 'student')]],
  ['Several thousand troops massed nearby.', [q('Several thousand', 1000, 3000, 7999, true, 'troop')]],
  ['A third of the wells are dry.', [q('A third', 100 / 3, 100 / 3, 100 / 3, true, 'percent')]],
  ['Two-thirds of members agreed.', [q('Two-thirds', 200 / 3, 200 / 3, 200 / 3, true, 'percent')]],
  ['Half the staff left.', [q('Half', 50, 50, 50, true, 'percent')]],
];

const BOUNDS: Array<[string, Expected[]]> = [
  ['More than 51,000 Syrians registered.', [q('More than 51,000', 51000, 51000, null, false, 'syrian', 'more than')]],
  ['Over 1,000 homes flooded.', [q('Over 1,000', 1000, 1000, null, false, 'home', 'over')]],
  ['Upwards of 50 villages emptied.', [q('Upwards of 50', 50, 50, null, false, 'village', 'upwards of')]],
  ['At least 300 people died.', [q('At least 300', 300, 300, null, false, 'people', 'at least')]],
  ['More than two dozen countries attended.', [q('More than two dozen', 24, 24, null, false, 'country', 'more than')]],
  ['More than a quarter-million voters signed.', [q('More than a quarter-million', 250000, 250000, null, false, 'voter', 'more than')]],
  ['More than half of the nurses quit.', [q('More than half', 50, 50, null, true, 'percent', 'more than')]],
  ['At least one reporter was detained.', [q('At least one', 1, 1, null, false, 'reporter', 'at least')]],
  ['Nearly 300 fighters surrendered.', [q('Nearly 300', 300, 270, 300, true, 'fighter', 'nearly')]],
  ['Almost 2.5 million refugees remain.', [q('Almost 2.5 million', 2500000, 2250000, 2500000, true, 'refugee', 'almost')]],
  ['Close to 500 people gathered.', [q('Close to 500', 500, 450, 500, true, 'people', 'close to')]],
  ['Just under 1,000 troops left.', [q('Just under 1,000', 1000, 900, 1000, true, 'troop', 'just under')]],
  ['Around 1,900 airstrikes were logged.', [q('Around 1,900', 1900, 1710, 2090, true, 'airstrike', 'around')]],
  ['About 300 people queued.', [q('About 300', 300, 270, 330, true, 'people', 'about')]],
  ['Some 40 tanks rolled in.', [q('Some 40', 40, 36, 44, true, 'tank', 'some')]],
  ['Roughly 40 percent voted.', [q('Roughly 40 percent', 40, 36, 44, true, 'percent', 'roughly')]],
  ['Approximately 500 troops deployed.', [q('Approximately 500', 500, 450, 550, true, 'troop', 'approximately')]],
  ['An estimated 250,000 people live there.', [q('An estimated 250,000', 250000, 225000, 275000, true, 'people', 'an estimated')]],
  ['Up to 300 people may be trapped.', [q('Up to 300', 300, 0, 300, false, 'people', 'up to')]],
  ['As many as 500 soldiers defected.', [q('As many as 500', 500, 0, 500, false, 'soldier', 'as many as')]],
  ['At most 40 trucks got through.', [q('At most 40', 40, 0, 40, false, 'truck', 'at most')]],
  ['Fewer than 100 doctors stayed.', [q('Fewer than 100', 100, 0, 100, false, 'doctor', 'fewer than')]],
  ['Less than 5 percent of aid arrived.', [q('Less than 5 percent', 5, 0, 5, false, 'percent', 'less than')]],
  ['Under 20 vehicles crossed.', [q('Under 20', 20, 0, 20, false, 'vehicle', 'under')]],
  ['Some 300 or so fighters and 500 or more refugees left.', [
    q('Some 300 or so', 300, 270, 330, true, 'fighter', 'some'),
    q('500 or more', 500, 500, null, false, 'refugee', 'or more'),
  ]],
  ['A 300-plus crowd and 40-odd tanks.', [
    q('300-plus', 300, 300, null, false, 'crowd', 'plus'),
    q('40-odd', 40, 40, 44, true, 'tank', 'odd'),
  ]],
];

const RANGES: Array<[string, Expected[]]> = [
  ['Between 300 and 400 people were arrested.', [q('Between 300 and 400', 300, 300, 400, false, 'people', 'between')]],
  ['Police held 300-400 protesters.', [q('300-400', 300, 300, 400, false, 'protester')]],
  ['Officials said 300 to 400 civilians were hurt.', [q('300 to 400', 300, 300, 400, false, 'civilian')]],
  ['Two or three shells landed.', [q('Two or three', 2, 2, 3, false, 'shell')]],
  ['The fund needs 2 to 3 million dollars.', [q('2 to 3 million', 2000000, 2000000, 3000000, false, 'usd')]],
  ['The repairs will cost $2-3 billion.', [q('$2-3 billion', 2000000000, 2000000000, 3000000000, false, 'usd')]],
  ['Between 20% and 30% of roads are blocked.', [q('Between 20% and 30%', 20, 20, 30, false, 'percent', 'between')]],
  ['There were 3,000-4,000 militants.', [q('3,000-4,000', 3000, 3000, 4000, false, 'militant')]],
  ['The toll rose from 300 to 400.', [q('300', 300, 300, 300, false, ''), q('400', 400, 400, 400, false, '')]],
  // "from" a few words before the first amount: still a change.
  ['Membership will grow from the present 3,000 to 8,500 next year.', [q('3,000', 3000, 3000, 3000, false, ''), q('8,500', 8500, 8500, 8500, false, '')]],
  // A word of change before "X to Y": the change and the level reached.
  ['The Tarvel index fell 3.14 to 412.60.', [q('3.14', 3.14, 3.14, 3.14, false, ''), q('412.60', 412.6, 412.6, 412.6, false, '')]],
  ['Halvorsen stock rose $2.25, to $61.40, in late trading.', [q('$2.25', 2.25, 2.25, 2.25, false, 'usd'), q('$61.40', 61.4, 61.4, 61.4, false, 'usd')]],
  // A share and a level: a range of shares writes the percent after the second.
  ['The index slipped 0.8 percent to 1,580.', [q('0.8 percent', 0.8, 0.8, 0.8, false, 'percent'), q('1,580', 1580, 1580, 1580, false, '')]],
  // After a word of change, a unit or scale written once after the second keeps the range.
  ['Sales rose 4 to 6 percent in the quarter.', [q('4 to 6 percent', 4, 4, 6, false, 'percent')]],
  ['Exports climbed 2 to 3 million tonnes.', [q('2 to 3 million', 2000000, 2000000, 3000000, false, 'tonne')]],
  ['Payrolls added 90,000 to 120,000 jobs.', [q('90,000 to 120,000', 90000, 90000, 120000, false, 'job')]],
];

const UNITS: Array<[string, Expected[]]> = [
  ['About 2,000 U.S. troops stayed.', [q('About 2,000', 2000, 1800, 2200, true, 'troop', 'about')]],
  ['The raid involved 300 Saudi-led coalition airstrikes.', [q('300', 300, 300, 300, false, 'airstrike')]],
  ['The attack wounded 14 policemen and 6 women.', [q('14', 14, 14, 14, false, 'policeman'), q('6', 6, 6, 6, false, 'woman')]],
  ['Officials counted 12 casualties.', [q('12', 12, 12, 12, false, 'casualty')]],
  ['Three more weeks of rain fell on 40 more villages.', [q('40', 40, 40, 40, false, 'village')]],
  ['Police said 14 were killed.', [q('14', 14, 14, 14, false, '')]],
  ['Around 40,000 of the 300,000 residents fled.', [
    q('Around 40,000', 40000, 36000, 44000, true, 'resident', 'around'),
    q('300,000', 300000, 300000, 300000, false, 'resident'),
  ]],
  ['One military hospital was hit.', [q('One', 1, 1, 1, false, 'hospital')]],
  ['Jets flew 60 sorties over the ridge.', [q('60', 60, 60, 60, false, 'sortie')]],
  ['Some 3,000 Iraqis and 40 Yemenis crossed.', [
    q('Some 3,000', 3000, 2700, 3300, true, 'iraqi', 'some'),
    q('40', 40, 40, 40, false, 'yemeni'),
  ]],
  ['Ministers signed a 6 billion euro loan.', [q('6 billion', 6000000000, 6000000000, 6000000000, false, 'eur')]],
];

describe('findQuantities', () => {
  const tables: Array<[string, Array<[string, Expected[]]>]> = [
    ['digits', DIGITS],
    ['money and shares', MONEY_AND_SHARES],
    ['number words', WORDS],
    ['vague amounts and fractions', VAGUE],
    ['bounds and approximations', BOUNDS],
    ['ranges', RANGES],
    ['counted things', UNITS],
  ];

  for (const [name, rows] of tables) {
    describe(name, () => {
      it.each(rows)('%s', (sentence, expected) => {
        const found = findQuantities(sentence);
        expect(found).toHaveLength(expected.length);
        found.forEach((quantity, n) => {
          const want = expected[n]!;
          expect(quantity.text).toBe(want.text);
          expect(quantity.value).toBeCloseTo(want.value, 6);
          expect(quantity.low).toBeCloseTo(want.low, 6);
          if (want.high === null) expect(quantity.high).toBeNull();
          else expect(quantity.high).toBeCloseTo(want.high, 6);
          expect(quantity.approx).toBe(want.approx);
          expect(quantity.unit).toBe(want.unit);
          expect(quantity.modifier).toBe(want.modifier);
        });
      });
    });
  }

  it.each(tables.flatMap(([, rows]) => rows.map(([sentence]) => sentence)))('offsets point at the words: %s', (sentence) => {
    for (const quantity of findQuantities(sentence)) {
      expect(sentence.slice(quantity.start, quantity.end)).toBe(quantity.text);
    }
  });
});
