/**
 * One statement for what concurrent requests each need alike (the session a cookie names, the
 * audit events of what a request read): while one is on its way to PostgreSQL, the items of the
 * requests behind it wait and go together in the next, as a database's group commit does. A
 * request alone is sent at once, as before; ten requests in flight share one or two statements
 * (and, for writes, one commit) instead of sending ten.
 *
 * Each caller gets its own item's answer or error. When a statement of several items fails, each
 * item is sent again alone, so one item's fault (a value PostgreSQL refuses) fails only its own
 * request. Outside production a statement is counted in the `x-nk-sql-statements` of the request
 * whose turn sent it.
 */
export class SharedStatement<I, O> {
  private readonly waiting: { item: I; resolve(out: O): void; reject(error: unknown): void }[] = [];
  private sending = false;

  /** `send` answers its items in order, one answer per item. */
  constructor(
    private readonly send: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly maxItems = 100,
  ) {}

  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.length > 0) await this.settle(this.waiting.splice(0, this.maxItems));
    } finally {
      this.sending = false;
    }
  }

  private async settle(batch: typeof this.waiting): Promise<void> {
    try {
      const answers = await this.send(batch.map((b) => b.item));
      batch.forEach((b, i) => {
        b.resolve(answers[i] as O);
      });
    } catch (error) {
      const [only] = batch;
      if (batch.length === 1 && only) return only.reject(error);
      await Promise.all(batch.map((b) => this.send([b.item]).then(([answer]) => b.resolve(answer as O), b.reject)));
    }
  }
}

/** One shared statement per owner (a data source), made on first use. */
export function sharedPer<K extends object, I, O>(make: (owner: K) => SharedStatement<I, O>): (owner: K) => SharedStatement<I, O> {
  const made = new WeakMap<K, SharedStatement<I, O>>();
  return (owner) => {
    let shared = made.get(owner);
    if (!shared) {
      shared = make(owner);
      made.set(owner, shared);
    }
    return shared;
  };
}
