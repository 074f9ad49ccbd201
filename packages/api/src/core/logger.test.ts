import { Writable } from "node:stream";
import { QueryFailedError } from "typeorm";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger("info", stream), text: () => lines.join("") };
}

describe("logs", () => {
  it("redact personal fields and credentials wherever a request or input carries them", () => {
    const { log, text } = capture();
    log.info(
      {
        input: { firstName: "Гулнора", lastName: "Намунаева", phone: "+992918123456", password: "Secret-Pass-1" },
        variables: { input: { email: "woman@example.org", birthYear: 1990 } },
        req: { headers: { cookie: "nk_session=abcdef", authorization: "Bearer nk_secret" } },
      },
      "request",
    );
    const out = text();
    for (const value of ["Гулнора", "Намунаева", "+992918123456", "Secret-Pass-1", "woman@example.org", "1990", "abcdef", "nk_secret"]) {
      expect(out).not.toContain(value);
    }
    expect(out).toContain("[redacted]");
    expect(JSON.parse(out)).toMatchObject({ level: 30, msg: "request", service: "nk-api" });
  });

  it("log database errors without their parameters, detail or SQL", () => {
    const { log, text } = capture();
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: "23505",
      detail: "Key (phone)=(+992918123456) already exists.",
    });
    const error = new QueryFailedError('INSERT INTO beneficiary ("first_name") VALUES ($1)', ["Гулнора"], driverError);
    log.error({ err: error }, "unexpected error in a request");
    const out = text();
    expect(out).not.toContain("Гулнора");
    expect(out).not.toContain("+992918123456");
    expect(out).not.toContain("INSERT INTO");
    expect(JSON.parse(out).err).toMatchObject({ type: "QueryFailedError", message: "database error", code: "23505" });
  });
});
