import { contentTerm } from '../../cluster/profile.js';
import type { Entity } from '../../extract/entity.js';
import type { Statement } from '../../extract/statement.js';
import { tokenize } from '../../text/tokenize.js';
import { changedSlot, entityInSlot, spanIn } from '../changedSlot.js';
import { quoteText, type Detector, type DetectorContext, type DivergenceFinding } from '../detector.js';
import { perStatement } from '../perStatement.js';
import { collectivePartiesOf, nounAgentsOf, type NounAgent } from '../nounAgents.js';
import { namedIn, partiesApart } from '../sameParty.js';
import { synonymousStems } from '../../text/synonyms.js';

/** Share of each claim's other words the other claim must hold for the two to say the same thing. */
const SAME_WORDS = 0.6;

/**
 * A different party in the same role: two claims that say the same thing in nearly the same words
 * but name different actors ("waiting for a **US** response" vs "waiting for a response from
 * **Europe**"). Each claim must name an actor the other does not, and share at least 60% of
 * its remaining content words with it. A party named two ways is one party: by its initials
 * ("S&P" / "Standard & Poor's", "UN" / "United Nations"), by part of its name ("Oracle" /
 * "Oracle Corp.", "Bush" / "George W. Bush"), or when the other claim has its name in words the
 * entity reader did not take as an actor. The two parties must be of one kind (two countries,
 * two organizations, two people). A party may also be told apart as the agent of one noun, one
 * of the two a collective party ("a reaction from **world powers**" / "a **US** response": see
 * {@link agentSwap}).
 */
export const actorDetector: Detector = {
  kind: 'actor',
  name: 'actor-swap',
  compare(a, b, context) {
    // The two parties are of one kind (two countries, two companies, two people): a person named
    // in one report and a committee in the other are more likely one party described two ways.
    const apart = partiesApart(a, b);
    if (!apart) return swappedName(a, b, context) ?? agentSwap(a, b);
    const [onlyA, onlyB] = apart;
    const wordsA = otherWordsOf(a);
    const wordsB = otherWordsOf(b);
    if (wordsA.size < 3 || wordsB.size < 3) return agentSwap(a, b);
    const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
    if (shared / wordsA.size < SAME_WORDS || shared / wordsB.size < SAME_WORDS) return agentSwap(a, b);
    return {
      spans: [onlyA, onlyB],
      values: [onlyA.map((e) => e.id), onlyB.map((e) => e.id)],
      score: 0.5,
      explanation: `Same statement, different party: ${a.outlet} names ${onlyA.map((e) => quoteText(e.text, 30)).join(', ')}, ${b.outlet} ${onlyB.map((e) => quoteText(e.text, 30)).join(', ')}.`,
    };
  },
};

/**
 * One name put in place of another in otherwise the same words, reporting frame included ("SCO
 * is suing **Cisco**" / "suing **IBM**", "according to an **Oracle** spokeswoman" / "a **Ford**
 * spokeswoman", "**Egypt's** foreign ministry" / "**Turkey's**"): the rest of the sentence gives
 * both names one role, so their kinds as read from their words (person, company) need not agree.
 * Cities and regions are places (the place detector reads them); a country outside a phrase of
 * place is a party.
 */
function swappedName(a: Statement, b: Statement, context: DetectorContext): DivergenceFinding | undefined {
  // Every change must be a name put for a name: a paraphrase that also rewords ("Pentagon officials
  // said" / "Defense Department officials say") or describes ("De Niro" / "the New York-based
  // actor") may name one party two ways.
  const slots = changedSlot(a, b, { onlyReplacements: true }) ?? [];
  let swap: [Entity, Entity] | undefined;
  for (const slot of slots) {
    const ea = nameInSlot(a, slot.a, context);
    const eb = nameInSlot(b, slot.b, context);
    if (!ea || !eb) return undefined;
    if (ea.id === eb.id || namedIn(ea, [eb], b) || namedIn(eb, [ea], a)) continue;
    if (!isParty(ea) || !isParty(eb)) return undefined;
    swap ??= [ea, eb];
  }
  if (swap) {
    const [ea, eb] = swap;
    return {
      spans: [[ea], [eb]],
      values: [[ea.id], [eb.id]],
      score: 0.5,
      explanation: `${a.outlet} names ${quoteText(ea.text, 30)} where ${b.outlet}, in otherwise the same words, names ${quoteText(eb.text, 30)}.`,
    };
  }
  return undefined;
}

/**
 * Two parties as the agent of one noun (the same stem, or WordNet synonyms): "was waiting for a
 * reaction from **world powers**" / "waiting for a **US** response", "**France's** proposal" /
 * "a proposal by **the UN**". The noun's agent is one role, whatever else the sentences say, so
 * two parties there are two reports of who acted. Neither party may be named anywhere in the
 * other claim (then both reports name both). A collective party ("world powers", "the
 * international community") and a named one differ; two collective parties may be one set of
 * states described two ways, and two named ones must be of one kind (a person and a country are
 * more likely a leader and the state he speaks for; a capital is its country).
 */
function agentSwap(a: Statement, b: Statement): DivergenceFinding | undefined {
  for (const x of nounAgentsOf(a)) {
    for (const y of nounAgentsOf(b)) {
      if (!synonymousStems(x.stem, y.stem) || !agentsApart(x, y)) continue;
      if (namedElsewhere(x, b) || namedElsewhere(y, a)) continue;
      return {
        spans: [[x.party], [y.party]],
        values: [partyValue(x), partyValue(y)],
        score: 0.5,
        explanation: `Different party in the same role: ${a.outlet} has the ${x.noun.text} of ${quoteText(withoutPossessive(x.party.text), 30)}, ${b.outlet} the ${y.noun.text} of ${quoteText(withoutPossessive(y.party.text), 30)}.`,
      };
    }
  }
  return undefined;
}

/** Whether two noun agents are two parties: not one entity, not both collective, named ones of one kind. */
function agentsApart(x: NounAgent, y: NounAgent): boolean {
  if (!x.entity && !y.entity) return false;
  if (!x.entity || !y.entity) return true;
  return partyOf(x.entity) !== partyOf(y.entity) && stateOrKind(x.entity) === stateOrKind(y.entity);
}

/** A country and its capital are one kind of party (a state); other kinds as read. */
function stateOrKind(entity: Entity): string {
  return entity.kind === 'country' || entity.kind === 'city' ? 'state' : entity.kind;
}

/** The party an entity stands for: a city read as a place ("a response from Washington") for its country's government. */
function partyOf(entity: Entity): string {
  return entity.kind === 'city' ? (entity.country ?? entity.id) : entity.id;
}

/** The agent's party is named in the other claim too: as one of its entities, or, a collective party, by any collective party. */
function namedElsewhere(agent: NounAgent, other: Statement): boolean {
  if (agent.entity) {
    const others = other.entities.filter((e) => e.start >= other.claim.start && e.end <= other.claim.end);
    const party = partyOf(agent.entity);
    return others.some((e) => partyOf(e) === party) || namedIn(agent.entity, others, other);
  }
  return collectivePartiesOf(other).length > 0;
}

function withoutPossessive(name: string): string {
  return name.replace(/['\u2019]s$/, '');
}

/** How a noun agent's party is given in `values`: the entity id, or the collective phrase in lower case. */
function partyValue(agent: NounAgent): string[] {
  return [agent.entity?.id ?? agent.party.text.toLowerCase()];
}

/**
 * The name a changed slot holds, when the slot is that name and nothing else ("the", a possessive
 * aside). In a title-case headline every word is capitalized: only names the statement read count.
 */
function nameInSlot(statement: Statement, slot: { start: number; end: number }, context: DetectorContext): Entity | undefined {
  const entity =
    statement.role === 'headline'
      ? spanIn(statement.text, statement.entities, slot.start, slot.end)
      : entityInSlot(statement, slot, context.aliases);
  if (!entity) return undefined;
  const bare = (text: string) => text.replace(/^the\s+/i, '').replace(/['\u2019]s$/, '');
  return bare(statement.text.slice(slot.start, slot.end)) === bare(entity.text) ? entity : undefined;
}

/** A named party: a country outside a phrase of place, an organization, a group, a person or another name read as an actor. */
function isParty(entity: Entity): boolean {
  return entity.role === 'actor' && entity.kind !== 'city' && entity.kind !== 'region' && entity.kind !== 'event';
}

/** Content words of the claim that are not part of a named entity: read once per statement, asked for by every pair it is in. */
const otherWordsOf = perStatement(otherWords);

function otherWords(statement: Statement): ReadonlySet<string> {
  const names = new Set(statement.entities.flatMap((e) => tokenize(e.text).map((t) => t.lower)));
  const words = new Set<string>();
  for (const token of tokenize(statement.claim.text)) {
    if (names.has(token.lower)) continue;
    const term = contentTerm(token.lower);
    if (term && !term.startsWith('#')) words.add(term);
  }
  return words;
}
