/**
 * One copy of each short string: statements a worker thread posts arrive with a fresh copy of
 * every string they hold (structured cloning copies strings), where statements read on this
 * thread share their kinds, roles and names ("actor", "reported", "Russia") as literals or
 * cached words. Some ten strings of a statement are such words; at ten thousand articles the
 * copies cost about 100 MB. Strings longer than {@link MAX_POOLED} characters (the statements'
 * own texts) are left as they are: they are seldom alike.
 *
 * @example
 * const pool = new StringPool();
 * pool.share(received); // `received`'s short strings now the pool's
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pooled copy of `text`: `text` itself the first time it is seen. */
  get(text: string): string {
    let pooled = this.strings.get(text);
    if (pooled === undefined) this.strings.set(text, (pooled = text));
    return pooled;
  }

  /**
   * Replaces in place every string of at most {@link MAX_POOLED} characters in a tree of plain
   * objects and arrays (what structured cloning delivers) with its pooled copy.
   */
  share(value: object): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') {
          if (item.length <= MAX_POOLED) value[i] = this.get(item);
        } else if (isTree(item)) this.share(item);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') {
        if (item.length <= MAX_POOLED) record[key] = this.get(item);
      } else if (isTree(item)) this.share(item);
    }
  }
}

/** Strings longer than this are not pooled. */
export const MAX_POOLED = 40;

function isTree(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
