/**
 * The last few answers of a computation that several stages ask for in turn (the tokens of a
 * sentence, the phrases it may hold), by key. When full, the oldest answer is dropped first (the
 * keys are kept in a ring), so a cache never grows with the text read.
 *
 * @example
 * const lengths = new RecentCache<string, number>(2);
 * lengths.set('a', 1); lengths.set('b', 2); lengths.set('c', 3);
 * lengths.get('a'); // undefined: dropped for 'c'
 * lengths.get('c'); // 3
 */
export class RecentCache<K, V> {
  private readonly values = new Map<K, V>();
  /** The keys in the order they came, as a ring: `next` holds the oldest once it is full. */
  private readonly order: K[] = [];
  private next = 0;

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  /** Keeps an answer `get` did not find (a key set twice would be dropped early, never wrongly kept). */
  set(key: K, value: V): void {
    if (this.order.length === this.limit) this.values.delete(this.order[this.next]!);
    this.order[this.next] = key;
    this.next = (this.next + 1) % this.limit;
    this.values.set(key, value);
  }
}
