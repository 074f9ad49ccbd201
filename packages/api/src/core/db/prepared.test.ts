import { QueryFailedError } from "typeorm";
import { createTestDatabase } from "../../../test/db";
import { createDataSource, type DataSource } from "./data-source";
import { preparedRows } from "./prepared";

// One connection, so the statements prepared by one call are there for the next to see.
let db: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  db = createDataSource(database.url, { poolSize: 1 });
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await drop();
});

const SQUARES = "SELECT n, n * n AS square FROM generate_series(1, $1::int) AS n ORDER BY n";

/** The statements prepared on the pool's one connection, with the text of each. */
const prepared = () =>
  db.query("SELECT name, statement FROM pg_prepared_statements ORDER BY name") as Promise<{ name: string; statement: string }[]>;

describe("prepared statements", () => {
  it("prepares a text once on a connection and runs it again with other values", async () => {
    expect(await preparedRows(db, SQUARES, [2])).toEqual([
      { n: 1, square: 1 },
      { n: 2, square: 4 },
    ]);
    expect(await preparedRows(db, SQUARES, [3])).toHaveLength(3);
    const squares = (await prepared()).filter((p) => p.statement === SQUARES);
    expect(squares).toHaveLength(1);
    expect(squares[0]?.name).toMatch(/^nk_[A-Za-z0-9_-]{24}$/);
  });

  it("fails as TypeORM's own query does, and the connection goes on serving", async () => {
    const failing = preparedRows(db, "SELECT 1 / $1::int AS x", [0]);
    await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failing).rejects.toMatchObject({ driverError: { code: "22012" } });
    expect(await preparedRows(db, "SELECT 1 / $1::int AS x", [1])).toEqual([{ x: 1 }]);
  });

  it("runs on a transaction's connection, and what it wrote goes with the transaction", async () => {
    await db.query("CREATE TABLE prepared_probe (v int)");
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    await preparedRows(db, "INSERT INTO prepared_probe (v) VALUES ($1)", [7], runner);
    expect(await preparedRows(db, "SELECT count(*)::int AS n FROM prepared_probe", [], runner)).toEqual([{ n: 1 }]);
    await runner.rollbackTransaction();
    await runner.release();
    expect(await db.query("SELECT count(*)::int AS n FROM prepared_probe")).toEqual([{ n: 0 }]);
    const released = preparedRows(db, "SELECT 1", [], runner);
    await expect(released).rejects.toThrow(/released/i);
  });
});
