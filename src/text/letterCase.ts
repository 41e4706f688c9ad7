const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether a word starts with a capital letter: `/^\p{Lu}/u.test(word)`, answered without the
 * regular expression when the first character is ASCII (almost always, and asked for every token).
 *
 * @example
 * startsWithCapital('Moscow'); // true
 * startsWithCapital('moscow'); // false
 * startsWithCapital('Élysée'); // true
 */
export function startsWithCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return UPPER_FIRST.test(word);
}

const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether a word starts with a lower-case letter: `/^\p{Ll}/u.test(word)`, answered without the
 * regular expression when the first character is ASCII.
 *
 * @example
 * startsWithLowerCase('said'); // true
 * startsWithLowerCase('Said'); // false
 * startsWithLowerCase('2016'); // false
 */
export function startsWithLowerCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 97 && first <= 122;
  return LOWER_FIRST.test(word);
}

/**
 * Whether the word at `at` opens a sentence of `text`: only opening quotes, brackets and spaces
 * stand between it and the start of the text or the end of a sentence. A capital letter says
 * nothing about a word that opens a sentence; anywhere else it marks a name ("in May").
 *
 * @example
 * opensSentence('May the talks resume?', 0); // true
 * opensSentence('The talks resume in May.', 19); // false
 */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENING.includes(text[i]!)) i--;
  return i < 0 || SENTENCE_END.includes(text[i]!);
}

const OPENING = ' \t\n"\'\u201c\u2018([';
const SENTENCE_END = '.!?:';

/**
 * Whether a word written "May" at `at` is the month, not the modal. In running text a capital
 * letter where no sentence opens says so ("would reopen in May", "Theresa May"). In a title-case
 * headline (`caseless`) every word has one: there only a word of time before it ("In May") or a
 * number or the end after it ("May 5") does.
 *
 * @example
 * isMonthMay('The embassy would reopen in May.', 28); // true
 * isMonthMay('May the talks resume?', 0); // false
 * isMonthMay('Apple May Buy Path', 6, true); // false
 */
export function isMonthMay(text: string, at: number, caseless = false): boolean {
  if (!text.startsWith('May', at)) return false;
  if (!caseless) return !opensSentence(text, at);
  const before = /(?:^|\s)(in|since|until|till|by|from|through|during|early|mid|late|last|next|this|of|before|after)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
  const after = /^May(?:\s*(?:\d|[.,;:!?)]|$)|$)/.test(text.slice(at, at + 6));
  return before || after;
}

/**
 * Whether a text is set in title case or capitals, as headlines are: more than 70% of its words of
 * three letters or more are capitalized (three such words at least). Word case then marks neither
 * names nor verbs.
 *
 * @example
 * isDisplayCase('Russia Proposes March 1 Ceasefire In Syria'); // true
 * isDisplayCase('Russia proposes a March 1 ceasefire in Syria'); // false
 */
export function isDisplayCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{3,}/u.test(w));
  if (words.length < 3) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / words.length > 0.7;
}
