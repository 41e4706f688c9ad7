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
  /** Counts the calls of {@link RecentCache.forgetAll}. */
  private static forgotten = 0;
  private values = new Map<K, V>();
  /** The keys in the order they came, as a ring: `next` holds the oldest once it is full. */
  private order: K[] = [];
  private next = 0;
  /** {@link RecentCache.forgotten} when this cache was last emptied. */
  private emptiedAt = RecentCache.forgotten;

  constructor(private readonly limit: number) {}

  /**
   * Empties every cache (each when it is next used). The divergence stage calls it between
   * clusters: it never asks about a cluster's statements again once it has moved on, and answers
   * kept across clusters would live long enough to be copied into the old generation of the heap,
   * where at ten thousand articles they pile up some 400 MB of garbage before a full collection.
   * Emptied, they die young, and cheaply.
   */
  static forgetAll(): void {
    RecentCache.forgotten++;
  }

  get(key: K): V | undefined {
    if (this.emptiedAt !== RecentCache.forgotten) return undefined;
    return this.values.get(key);
  }

  /** Keeps an answer `get` did not find (a key set twice would be dropped early, never wrongly kept). */
  set(key: K, value: V): void {
    if (this.emptiedAt !== RecentCache.forgotten) this.empty();
    if (this.order.length === this.limit) this.values.delete(this.order[this.next]!);
    this.order[this.next] = key;
    this.next = (this.next + 1) % this.limit;
    this.values.set(key, value);
  }

  private empty(): void {
    this.emptiedAt = RecentCache.forgotten;
    if (this.order.length === 0) return;
    this.values = new Map();
    this.order = [];
    this.next = 0;
  }
}
