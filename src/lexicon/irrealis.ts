/**
 * Words that put a verb in a world other than the reported one: the verb is wanted, tried,
 * asked for, planned or possible, not said to have happened. Sources: the non-implicative and
 * non-factive complement-taking verbs of Karttunen (1971) and Nairn, Condoravdi & Karttunen
 * (2006) ("try to", "want to", "ask X to": the complement may or may not hold), FactBank's
 * (Saurí & Pustejovsky 2009) markers of possible events, and the conditional subordinators of
 * English grammars. General language, limited to words news copy uses.
 */

/**
 * Verbs and nouns whose "to" complement is not asserted: "**attempted to** kidnap him" does not
 * say he was kidnapped, nor "**called on** the minister **to** resign" that he resigned. Inflected
 * forms are listed; nouns too ("an **attempt to** expand", "**plans to** close").
 */
export const INTENTION_WORDS: ReadonlySet<string> = new Set([
  'attempt', 'attempts', 'attempted', 'attempting',
  'try', 'tries', 'tried', 'trying',
  'seek', 'seeks', 'sought', 'seeking',
  'want', 'wants', 'wanted', 'wanting',
  'wish', 'wishes', 'wished',
  'hope', 'hopes', 'hoped', 'hoping',
  'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended', 'intending',
  'aim', 'aims', 'aimed', 'aiming',
  'call', 'calls', 'called', 'calling',
  'urge', 'urges', 'urged', 'urging',
  'ask', 'asks', 'asked', 'asking',
  'demand', 'demands', 'demanded', 'demanding',
  'propose', 'proposes', 'proposed', 'proposing', 'proposal',
  'offer', 'offers', 'offered', 'offering',
  'threaten', 'threatens', 'threatened', 'threatening', 'threat',
  'vow', 'vows', 'vowed', 'vowing',
  'promise', 'promises', 'promised', 'promising',
  'pledge', 'pledges', 'pledged', 'pledging',
  'bid', 'bids', 'effort', 'efforts',
]);

/** Subordinators that open a clause whose content is a condition or an open question, not a fact. */
export const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Modals of possibility and obligation: "**may** close", "**should** resign" (what may or ought to be, not what is). "can" is left out: it mostly states an ability or a general truth ("tea can protect against"). */
export const IRREALIS_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'should', 'must']);

/** Modifiers that present an event as only charged, feared or intended: "the **alleged** mistreatment", "a **planned** strike". */
export const IRREALIS_MODIFIERS: ReadonlySet<string> = new Set([
  'alleged', 'allegedly', 'suspected', 'reported', 'reportedly', 'possible', 'possibly', 'potential', 'planned', 'proposed', 'attempted', 'would-be',
]);
