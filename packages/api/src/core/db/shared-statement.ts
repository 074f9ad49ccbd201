/**
 * One statement for what concurrent requests each need alike (the session a cookie names, the
 * audit events of what a request read): while one is on its way to PostgreSQL, the items of the
 * requests behind it wait and go together in the next, as a database's group commit does. A
 * request alone is sent at once, as before; ten requests in flight share one or two statements
 * (and, for writes, one commit) instead of sending ten.
 *
 * Each caller gets its own item's answer or error. When a statement of several items fails, each
 * item is sent again alone, so one item's fault (a value PostgreSQL refuses) fails only its own
 * request. A statement that takes long (a lock wait, a stalled server) holds back the requests
 * behind it for `patienceMs` at most: then another statement carries them, up to `maxLanes` at
 * once. Outside production a statement is counted in the `x-nk-sql-statements` of the request
 * whose turn sent it.
 */
export class SharedStatement<I, O> {
  private readonly waiting: { item: I; resolve(out: O): void; reject(error: unknown): void }[] = [];
  /** Statements on their way (each lane sends one at a time). */
  private lanes = 0;
  private patience: NodeJS.Timeout | undefined;

  /** `send` answers its items in order, one answer per item. */
  constructor(
    private readonly send: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly options: { maxItems?: number; maxLanes?: number; patienceMs?: number } = {},
  ) {}

  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.lanes === 0) void this.lane();
      else this.waitPatiently();
    });
  }

  /** Items waiting behind a statement on its way: another lane takes them if it is still there after patienceMs. */
  private waitPatiently(): void {
    if (this.patience) return;
    this.patience = setTimeout(() => {
      this.patience = undefined;
      if (this.waiting.length > 0 && this.lanes < (this.options.maxLanes ?? 4)) void this.lane();
      if (this.waiting.length > 0) this.waitPatiently();
    }, this.options.patienceMs ?? 25);
    this.patience.unref();
  }

  private async lane(): Promise<void> {
    this.lanes++;
    try {
      while (this.waiting.length > 0) await this.settle(this.waiting.splice(0, this.options.maxItems ?? 100));
    } finally {
      this.lanes--;
      if (this.lanes === 0 && this.patience) {
        clearTimeout(this.patience);
        this.patience = undefined;
      }
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
