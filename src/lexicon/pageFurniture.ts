/**
 * Page furniture: the lines a scraper picks up around an article that are not reporting.
 * Collected from the templates of common news sites (wire services, broadcasters, aggregators)
 * as general shapes, not phrases of one site. Each pattern is tested against a whole line or a
 * whole sentence, after normalization (straight quotes, no markup, single spaces).
 */

/**
 * The handle line of an embedded tweet: `— Jane Doe (@jdoe) March 1, 2016`. (Spaces after the
 * dash are read by the `.+`, line breaks one by one: a run of spaces is read once, not from each.)
 */
const EMBEDDED_POST_HANDLE = /^\u2014(?:[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029])*.+\(@\w+\)/;

/** Whole lines (or sentences) that are boilerplate: sharing, counters, navigation, credits. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // sharing and social buttons
  /^(?:share|tweet|email|print|copy link|pin|whatsapp|messenger)(?:\s+(?:on|via|this|article|story|to)\b.*)?$/i,
  /^(?:share (?:on|via) \w+\s*){2,}$/i,
  /^(?:facebook|twitter|linkedin|reddit|whatsapp|email|print)(?:[\s|,/]+(?:facebook|twitter|linkedin|reddit|whatsapp|email|print))+$/i,
  // comment counters and reading time
  /^(?:\d+\s+)?comments?\s*(?:\(?\d+\)?)?$/i,
  /^(?:view|show|read|add|leave|post) (?:all )?(?:\d+ )?comments?\b.*$/i,
  /^\d+\s*(?:min(?:ute)?s?|m)\.?\s+read$/i,
  /^reading time:?\s*\d.*$/i,
  // links to other stories
  /^(?:read|see|watch|listen)(?:\s*:)?\s+(?:more|also|next|now|the full story)\b.*$/i,
  /^(?:related|recommended|most read|most popular|trending|more on this story|also read|don't miss|must read)(?:\s+(?:stories|articles|content|coverage|links|topics|news|videos))?\s*(?::.*)?$/i,
  /^(?:click|tap) here\b.*$/i,
  // sign-up prompts, advertising, navigation
  /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading.*|skip to (?:main )?content|back to top)$/i,
  /^(?:sign up (?:for|to)|subscribe (?:to|now|for)|follow us|follow @\w+|follow (?:him|her|them|\w+) on (?:twitter|x|facebook|instagram)|join our|get our|download our)\b.*$/i,
  /^(?:subscribe|newsletter|sign up|log in|register)$/i,
  /^(?:media playback is unsupported.*|image caption.*|image copyright.*|image source.*|getty images|file photo)$/i,
  // credits and legal lines
  /^(?:additional )?(?:reporting|writing|editing|compiled|contributing|research) by\b.*$/i,
  /^(?:\(?reporting by .*)$/i,
  /^(?:agencies|wire services|staff and agencies|news agencies) contributed to this report\.?$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected)\b.*)$/i,
  /^(?:copyright\s*(?:\u00A9|\(c\)|\d{4})|\u00A9|all rights reserved).*$/i,
  /^.*\ball rights reserved\.?$/i,
  // embedded posts: the handle line of a tweet, social links
  EMBEDDED_POST_HANDLE,
  /^(?:pic\.twitter\.com|https?:\/\/|www\.)\S*$/i,
  /^a post shared by\b.*$/i,
];

/** A whole paragraph is an embedded post when any line of it matches one of these. */
export const EMBED_MARKERS: readonly RegExp[] = [/\bpic\.twitter\.com\//i, /\binstagram\.com\/p\//i, EMBEDDED_POST_HANDLE];

/**
 * Photo and video credits that close a caption: `[AFP]`, `(Reuters/John Doe)`, `(Photo: ...)`. A
 * bracketed credit holds no bracket, so each opening one is read only to the next.
 */
export const PHOTO_CREDIT =
  /(?:[[(](?:[A-Z][\w.&' -]*\/)?(?:AFP|AP|Reuters|EPA|Getty(?: Images)?|Anadolu|Xinhua|TASS|Sputnik|RIA Novosti|Bloomberg|Shutterstock|Alamy|PA|UPI|Corbis|SANA|File|Handout|Photo|Video|Image|Pool)\b[^\])\n[(]*[\])]|\b(?:photo|picture|image|video) (?:by|credit|courtesy)\b.*|^(?:photo|image|picture|caption)\s*:.*)\s*$/i;

/** A horizontal rule or a line of symbols only. */
export const RULE_LINE = /^[\s\-\u2014_*=~#.\u2022|/\\]+$/;

/** An image or layout code left by a scraper (`W460`, `IMG_2041`, `800x600`). */
export const LAYOUT_CODE = /^(?:[A-Za-z]{1,3}[_-]?\d{2,5}|\d{2,4}x\d{2,4}|\w+\.(?:jpe?g|png|gif|webp))$/i;

/**
 * Kickers: the flags a news site sets before a headline's colon to say what kind of item it is
 * ("BREAKING: ...", "WATCH: ...", "Opinion: ..."), not who says it. Collected from the headline
 * conventions of wire services, broadcasters and tabloids (the flag words of their templates),
 * lower case, one space between words.
 */
export const HEADLINE_KICKERS: ReadonlySet<string> = new Set([
  'breaking', 'breaking news', 'just in', 'developing', 'update', 'updated', 'live', 'live updates',
  'exclusive', 'urgent', 'alert', 'news', 'watch', 'video', 'videos', 'photos', 'pictures', 'pictured',
  'gallery', 'listen', 'audio', 'podcast', 'opinion', 'analysis', 'editorial', 'comment', 'explainer',
  'interview', 'review', 'fact check', 'factbox', 'revealed', 'see it', 'graphic', 'graphic content',
]);
