/**
 * `count` short texts drawn from `alphabet` by a seeded linear congruential generator: the same
 * texts on every run, for comparing a hand-written scanner with the pattern it replaces.
 *
 * @example
 * randomTexts(['a', ' ', '7'], 42, 2); // e.g. ['a7 a', '']
 */
export function randomTexts(alphabet: readonly string[], seed: number, count: number): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}
