/**
 * Past forms of English irregular verbs and their base forms, so that "fled" and "flee", "took"
 * and "take" count as one word when statements are compared (the Porter stemmer only strips
 * regular endings). Source: the common irregular verbs of English grammars, limited to those in
 * news use.
 */
const LINES = `
arise arose arisen; awake awoke awoken; bear bore borne; beat beat beaten; become became become; begin began begun;
bend bent bent; bet bet bet; bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken;
bring brought brought; build built built; burn burnt burnt; buy bought bought; catch caught caught; choose chose chosen;
cling clung clung; come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt; dig dug dug;
do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed fed;
feel felt felt; fight fought fought; find found found; flee fled fled; fly flew flown; forbid forbade forbidden;
forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got gotten; give gave given; go went gone; grind ground ground; grow grew grown; hang hung hung; have had had;
hear heard heard; hide hid hidden; hit hit hit; hold held held; hurt hurt hurt; keep kept kept; know knew known;
lay laid laid; lead led led; leave left left; lend lent lent; let let let; lie lay lain; light lit lit; lose lost lost;
make made made; mean meant meant; meet met met; overcome overcame overcome; overtake overtook overtaken; pay paid paid;
put put put; quit quit quit; read read read; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said;
see saw seen; seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed;
shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk; sit sat sat;
sleep slept slept; slide slid slid; speak spoke spoken; spend spent spent; spread spread spread; stand stood stood;
steal stole stolen; stick stuck stuck; sting stung stung; strike struck struck; strive strove striven; swear swore sworn;
sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught; tear tore torn; tell told told;
think thought thought; throw threw thrown; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn; win won won;
withdraw withdrew withdrawn; withhold withheld withheld; write wrote written
`;

/** Irregular past and participle forms -> base form (`fled` -> `flee`, `taken` -> `take`). */
export const IRREGULAR_VERB_BASES: ReadonlyMap<string, string> = new Map(
  LINES.split(';')
    .map((entry) => entry.trim().split(/\s+/))
    .filter((forms) => forms.length === 3)
    .flatMap(([base, past, participle]) => [[past!, base!], [participle!, base!]] as Array<[string, string]>)
    .filter(([form, base]) => form !== base && !['found', 'ground', 'lay', 'left', 'lit', 'read'].includes(form)),
);
