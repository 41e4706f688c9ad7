/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and common
 * adverbs. Source: the SMART stop list (Salton 1971) trimmed of content words that carry news
 * meaning (numbers, negation, modal verbs, "new", "former"), which crosscheck reads elsewhere.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am
  among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because
  become becomes becoming been before beforehand behind being below beside besides between beyond both but by
  can could did do does doing done down due during each either else elsewhere enough etc even ever every
  everyone everything everywhere except few for from further had has have having he hence her here hereafter
  hereby herein hereupon hers herself him himself his how however i ie if in indeed into is it its itself just
  last latter latterly least less let like made many may me meanwhile might mine more moreover most mostly much
  my myself namely neither nevertheless next nobody none noone nor now nowhere of off often on once one only
  onto or other others otherwise our ours ourselves out over own per perhaps please rather re same seem seemed
  seeming seems several she since so some somehow someone something sometime sometimes somewhere still such
  than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon
  these they this those though through throughout thru thus to together too toward towards under until up upon
  us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein
  whereupon wherever whether which while whither who whoever whole whom whose why will with within without
  would yet you your yours yourself yourselves s t ve ll d re m`.split(/\s+/),
);

/** Verbs that carry little content on their own (auxiliaries, light verbs), dropped from similarity. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `be is are was were been being am have has had having do does did done get gets got make makes made take
  takes took go goes went come comes came say says said tell tells told`.split(/\s+/),
);
