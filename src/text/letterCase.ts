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
