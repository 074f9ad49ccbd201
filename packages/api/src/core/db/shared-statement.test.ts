import { SharedStatement } from "./shared-statement";

/** A statement that answers each item doubled, once `release()` lets it, recording what it was sent. */
function doubling(options: { patienceMs?: number } = {}) {
  const sent: number[][] = [];
  const gates: (() => void)[] = [];
  const shared = new SharedStatement<number, number>(
    async (items) => {
      sent.push([...items]);
      await new Promise<void>((resolve) => gates.push(resolve));
      if (items.includes(13)) throw new Error("13 refused");
      return items.map((i) => i * 2);
      // Patience long enough that no second statement starts unless a test asks for it.
    },
    { maxItems: 3, patienceMs: 60_000, ...options },
  );
  const release = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()?.();
  };
  return { shared, sent, release };
}

describe("a statement shared by concurrent requests", () => {
  it("sends a request alone at once, and those arriving meanwhile together next, at most maxItems at a time", async () => {
    const { shared, sent, release } = doubling();
    const first = shared.run(1);
    expect(sent).toEqual([[1]]);
    const rest = [2, 3, 4, 5].map((i) => shared.run(i));
    await release();
    expect(await first).toBe(2);
    await release();
    await release();
    expect(await Promise.all(rest)).toEqual([4, 6, 8, 10]);
    expect(sent).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("fails only the request whose item the statement refused: the others are sent again alone", async () => {
    const { shared, sent, release } = doubling();
    const first = shared.run(1);
    const others = [7, 13, 8].map((i) =>
      shared.run(i).then(
        (v) => ({ ok: v }),
        (e: Error) => ({ error: e.message }),
      ),
    );
    for (let i = 0; i < 5; i++) await release();
    expect(await first).toBe(2);
    expect(await Promise.all(others)).toEqual([{ ok: 14 }, { error: "13 refused" }, { ok: 16 }]);
    expect(sent).toEqual([[1], [7, 13, 8], [7], [13], [8]]);
  });

  it("goes on sending after a failure, with nothing left waiting", async () => {
    const { shared, release } = doubling();
    const refused = shared.run(13);
    await release();
    await expect(refused).rejects.toThrow("13 refused");
    const next = shared.run(21);
    await release();
    expect(await next).toBe(42);
  });

  it("does not hold the requests behind a statement that does not answer: after patienceMs another carries them", async () => {
    const sent: number[][] = [];
    let unstick: () => void = () => {};
    const shared = new SharedStatement<number, number>(
      async (items) => {
        sent.push([...items]);
        // The first statement waits (a lock, a stalled server) until the test lets it go.
        if (sent.length === 1) await new Promise<void>((resolve) => (unstick = resolve));
        return items.map((i) => i * 2);
      },
      { patienceMs: 20 },
    );
    const stuck = shared.run(1);
    const behind = [2, 3].map((i) => shared.run(i));
    expect(await Promise.all(behind)).toEqual([4, 6]);
    expect(sent).toEqual([[1], [2, 3]]);
    unstick();
    expect(await stuck).toBe(2);
  });
});
