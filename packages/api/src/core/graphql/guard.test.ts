import "reflect-metadata";
import type { Role } from "@nk/shared";
import { type ExecutionResult, execute, type GraphQLObjectType, type GraphQLSchema, parse } from "graphql";
import {
  Arg,
  Authorized,
  buildSchema,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  type MiddlewareFn,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
} from "type-graphql";
import { type DirectDatabase, directDatabase } from "../../../test/direct";
import { Allow, AllowDuringEnrolment } from "../access";
import type { Viewer } from "../context";
import { notFound } from "../errors";
import { compiledExecution } from "./executor";
import { guardFields, inlinedFieldsAllowed, withoutPropertyGuards } from "./guard";
import { UserError } from "./mutation";

/**
 * The field guards put around every field of a schema built here: what the viewer may read, with
 * clean arguments, resolves at once (graphql-js then answers synchronously, without a promise);
 * everything else goes through the access guard, the text guard and, for mutations, the mapping
 * of failures to userErrors.
 */
@ObjectType()
@Allow("ADMIN", "CASE_WORKER")
class Note {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  @Allow("SELF")
  owner: string;

  @Field()
  @Allow("ADMIN")
  reviewer: string;
}

@ObjectType()
@Allow("PUBLIC")
class NotePayload {
  @Field(() => Note, { nullable: true })
  note?: Note;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
class ArchiveNoteInput {
  @Field(() => ID)
  noteId: string;
}

const ME = "00000000-0000-4000-8000-0000000000a1";

/** A middleware of the field itself: its field keeps its resolver, so the middleware still runs. */
const shouted: MiddlewareFn = async (_, next) => String(await next()).toUpperCase();

@ObjectType()
@Allow("ADMIN", "CASE_WORKER")
class Box {
  @Field()
  summary: string;
}

/** A shelf's fields declared on the class it extends, and overridden. */
@ObjectType()
class Shelved {
  @Field()
  label: string;

  @Field()
  place: string;

  @Field()
  summary: string;
}

/** Every kind of field that needs its resolver, beside plain ones (`place`, `box`, `label` of the base). */
@ObjectType()
@Allow("ADMIN", "CASE_WORKER")
class Shelf extends Shelved {
  @Field()
  @UseMiddleware(shouted)
  override label: string;

  @Field()
  @Authorized()
  guarded: string;

  @Field({ name: "renamed" })
  original: string;

  @Field(() => Int)
  count: number | Promise<number>;

  @Field(() => String)
  later: Promise<string>;

  @Field(() => String)
  shout(@Arg("loud") loud: boolean): string {
    return loud ? "LOUD" : "quiet";
  }

  declare raw: string;

  @Field(() => Box)
  box: Box;
}
// Declared without a type of its own (no design:type), as a class written in JavaScript would be.
Field(() => String)(Shelf.prototype, "raw");

@Resolver(() => Shelf)
class ShelfResolver {
  @Query(() => Shelf)
  @Allow("ADMIN", "CASE_WORKER")
  shelf(): Shelf {
    return Object.assign(new Shelf(), {
      label: "label",
      place: "place",
      summary: "stored summary",
      guarded: "guarded",
      original: "original",
      count: 3,
      later: Promise.resolve("later"),
      raw: "raw",
      box: { summary: "box summary" },
    });
  }

  @FieldResolver(() => String)
  summary(): string {
    return "resolved summary";
  }
}

@Resolver()
class NoteResolver {
  @Query(() => String)
  @Allow("PUBLIC")
  hello(): string {
    return "hello";
  }

  @Query(() => String)
  @Allow("PUBLIC")
  echo(@Arg("text") text: string): string {
    return text;
  }

  @Query(() => String)
  @Allow("ADMIN")
  secret(): string {
    return "secret";
  }

  @Query(() => String)
  unruled(): string {
    return "nobody should read this";
  }

  @Query(() => String)
  @Allow("ADMIN", "CASE_WORKER")
  @AllowDuringEnrolment()
  enrolment(): string {
    return "enrol";
  }

  @Query(() => Note)
  @Allow("ADMIN", "CASE_WORKER")
  note(): Note {
    return { id: ME, text: "a note", owner: "her own", reviewer: "the admin" };
  }

  @Mutation(() => NotePayload)
  @Allow("ADMIN")
  archiveNote(@Arg("input") _input: ArchiveNoteInput): NotePayload {
    throw notFound("Note");
  }
}

let u: DirectDatabase;
let schema: GraphQLSchema;
beforeAll(async () => {
  u = await directDatabase();
});
// Each test guards a schema of its own, so what guardFields works out is part of the test.
beforeEach(async () => {
  schema = await buildSchema({ resolvers: [NoteResolver, ShelfResolver], validate: false, authChecker: () => true });
});
afterAll(() => u?.stop());

const staff = (role: Role, extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user",
  userId: ME,
  role,
  unitIds: [],
  sessionId: "s-1",
  ...extra,
});

const guarded = new WeakSet<GraphQLSchema>();

/** The answer to `source`, and whether it came synchronously (every field on the fast path). */
async function run(viewer: Viewer | null, source: string) {
  if (!guarded.has(schema)) guardFields(schema);
  guarded.add(schema);
  const answer = execute({ schema, document: parse(source), contextValue: u.context(viewer) });
  const sync = !(answer instanceof Promise);
  const result: ExecutionResult = await answer;
  return {
    sync,
    data: result.data,
    errors: result.errors?.map((e) => ({ path: e.path?.join("."), code: e.extensions.code, reason: e.extensions.reason })),
  };
}

/** The compiled execution of the guarded schema: `compiled(viewer, source)` answers as the server does. */
async function compiledExecutor() {
  await run(null, "{ hello }");
  const executor = (await compiledExecution(schema)?.load({} as never))?.executor;
  if (!executor) throw new Error("the compiled execution gave no executor");
  return async (viewer: Viewer, source: string) => {
    const request = { document: parse(source), request: { variables: {} }, context: u.context(viewer) };
    const result = await executor(request as unknown as Parameters<typeof executor>[0]);
    return { data: result?.data, errors: result?.errors?.map((e) => ({ path: e.path?.join("."), code: e.extensions.code })) };
  };
}

const denied = async (field: string, actorId: string) =>
  (
    await u.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'DENIED' AND actor_id = $1 AND details->>'field' = $2",
      [actorId, field],
    )
  )[0]?.n;

describe("the field guards", () => {
  it("resolves what the viewer may read at once", async () => {
    expect(await run(null, "{ hello }")).toEqual({ sync: true, data: { hello: "hello" }, errors: undefined });
    expect(await run(staff("CASE_WORKER"), "{ hello note { id text owner } }")).toEqual({
      sync: true,
      data: { hello: "hello", note: { id: ME, text: "a note", owner: "her own" } },
      errors: undefined,
    });
    // type-graphql itself answers a field with arguments through a promise.
    expect(await run(staff("CASE_WORKER"), '{ echo(text: "on one line") }')).toEqual({
      sync: false,
      data: { echo: "on one line" },
      errors: undefined,
    });
    expect(await run(staff("ADMIN"), "{ secret }")).toEqual({ sync: true, data: { secret: "secret" }, errors: undefined });
  });

  it("leaves introspection alone", async () => {
    expect(await run(null, "{ __typename __schema { queryType { name } mutationType { name } } }")).toEqual({
      sync: true,
      data: { __typename: "Query", __schema: { queryType: { name: "Query" }, mutationType: { name: "Mutation" } } },
      errors: undefined,
    });
  });

  it("refuses through the access guard, auditing the refusal", async () => {
    const trainer = "00000000-0000-4000-8000-0000000000a2";
    expect(await run(staff("TRAINER", { userId: trainer }), "{ hello secret }")).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "secret", code: "FORBIDDEN", reason: undefined }],
    });
    expect(await denied("Query.secret", trainer)).toBe(1);
    expect(await run(null, "{ secret }")).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "secret", code: "UNAUTHENTICATED", reason: undefined }],
    });
    expect(await run(staff("ADMIN"), "{ unruled }")).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "unruled", code: "FORBIDDEN", reason: undefined }],
    });
  });

  it("opens a SELF field of a record only to the person it is about", async () => {
    const other = "00000000-0000-4000-8000-0000000000a3";
    expect(await run(staff("ADMIN", { userId: other }), "{ note { id owner } }")).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "note.owner", code: "FORBIDDEN", reason: undefined }],
    });
    expect(await denied("Note.owner", other)).toBe(1);
  });

  it("refuses a text no field takes through the text guard", async () => {
    expect(await run(staff("ADMIN"), '{ echo(text: "two\\nlines") }')).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "echo", code: "BAD_USER_INPUT", reason: undefined }],
    });
    expect(await run(null, '{ echo(text: "a\\u0000b") }')).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "echo", code: "BAD_USER_INPUT", reason: undefined }],
    });
  });

  it("sends someone who must still enrol her second step through the access guard, except to enrol", async () => {
    const enrolling = staff("CASE_WORKER", { mustEnrol: true });
    expect(await run(enrolling, "{ note { id } }")).toEqual({
      sync: false,
      data: null,
      errors: [{ path: "note", code: "FORBIDDEN", reason: "MFA_ENROLMENT_REQUIRED" }],
    });
    expect(await run(enrolling, "{ enrolment }")).toEqual({ sync: true, data: { enrolment: "enrol" }, errors: undefined });
  });

  it("runs every mutation through the chain, so its data-state failures arrive as userErrors", async () => {
    expect(
      await run(staff("ADMIN"), 'mutation { archiveNote(input: { noteId: "n-1" }) { note { id } userErrors { field code } } }'),
    ).toEqual({
      sync: false,
      data: { archiveNote: { note: null, userErrors: [{ field: ["input", "noteId"], code: "NOT_FOUND" }] } },
      errors: undefined,
    });
  });

  it("reads the plain properties a viewer may all read straight from their parents, checked once per document", async () => {
    await run(null, "{ hello }");
    const note = schema.getType("Note") as GraphQLObjectType;
    const fields = note.getFields();
    const resolvers = () => Object.fromEntries(Object.values(fields).map((f) => [f.name, f.resolve !== undefined]));
    // The SELF field depends on the record, so it keeps its guard.
    expect(withoutPropertyGuards(schema, resolvers)).toEqual({ id: false, text: false, owner: true, reviewer: false });
    expect(resolvers()).toEqual({ id: true, text: true, owner: true, reviewer: true });
    const document = parse("{ note { ...Reviewed } } fragment Reviewed on Note { id reviewer }");
    expect(inlinedFieldsAllowed(schema, document, staff("ADMIN"))).toBe(true);
    expect(inlinedFieldsAllowed(schema, document, staff("CASE_WORKER"))).toBe(false);
    expect(inlinedFieldsAllowed(schema, parse("{ note { id text owner } }"), staff("CASE_WORKER"))).toBe(true);
  });

  it("takes off the guard only of a field that is its parent's property, as it is", async () => {
    await run(null, "{ hello }");
    const resolved = (name: string) => {
      const fields = (schema.getType(name) as GraphQLObjectType).getFields();
      return Object.fromEntries(Object.values(fields).map((f) => [f.name, f.resolve !== undefined]));
    };
    expect(withoutPropertyGuards(schema, () => [resolved("Shelf"), resolved("Box")])).toEqual([
      {
        // With a middleware of its own (overriding a plain field of the class it extends), a role,
        // another name, a field resolver, a value that may be a promise, one with no type recorded,
        // a method (with arguments; type-graphql makes it a field resolver): each keeps its resolver.
        label: true,
        guarded: true,
        renamed: true,
        summary: true,
        count: true,
        later: true,
        raw: true,
        shout: true,
        place: false,
        box: false,
      },
      // The field resolver of Shelf.summary is not Box's.
      { summary: false },
    ]);
    // Compiled reading the plain fields straight from their parents, the others still run their resolvers.
    const compiled = await compiledExecutor();
    const source = "{ shelf { label place summary renamed count later shout(loud: true) raw box { summary } } }";
    expect(inlinedFieldsAllowed(schema, parse(source), staff("CASE_WORKER"))).toBe(true);
    expect(await compiled(staff("CASE_WORKER"), source)).toEqual({
      data: {
        shelf: {
          label: "LABEL",
          place: "place",
          summary: "resolved summary",
          renamed: "original",
          count: 3,
          later: "later",
          shout: "LOUD",
          raw: "raw",
          box: { summary: "box summary" },
        },
      },
      errors: undefined,
    });
  });

  it("finds nothing to take off a schema it has not guarded", () => {
    const before = Object.values((schema.getType("Note") as GraphQLObjectType).getFields()).map((f) => f.resolve);
    expect(inlinedFieldsAllowed(schema, parse("{ note { id } }"), staff("ADMIN"))).toBe(false);
    expect(withoutPropertyGuards(schema, () => "compiled")).toBe("compiled");
    expect(Object.values((schema.getType("Note") as GraphQLObjectType).getFields()).map((f) => f.resolve)).toEqual(before);
  });

  it("answers and refuses through the compiled execution as through graphql-js", async () => {
    const compiled = await compiledExecutor();
    const source = "{ note { id text reviewer } }";
    expect(await compiled(staff("ADMIN"), source)).toEqual({
      data: { note: { id: ME, text: "a note", reviewer: "the admin" } },
      errors: undefined,
    });
    const worker = "00000000-0000-4000-8000-0000000000a4";
    expect(await compiled(staff("CASE_WORKER", { userId: worker }), source)).toEqual({
      data: null,
      errors: [{ path: "note.reviewer", code: "FORBIDDEN" }],
    });
    expect(await denied("Note.reviewer", worker)).toBe(1);
    // The same document, now compiled for each kind of viewer, answers each as before.
    expect((await compiled(staff("ADMIN"), source)).data).toEqual({ note: { id: ME, text: "a note", reviewer: "the admin" } });
    expect((await compiled(staff("CASE_WORKER", { userId: worker }), "{ note { id text } }")).data).toEqual({
      note: { id: ME, text: "a note" },
    });
  });

  it("refuses to guard a schema when a guard did not load (a circular import)", () => {
    jest.isolateModules(() => {
      jest.doMock("./input-guard", () => ({ ...jest.requireActual<object>("./input-guard"), inputGuard: undefined }));
      const fresh = require("./guard") as typeof import("./guard");
      expect(() => fresh.guardFields(schema)).toThrow("a field guard is not loaded");
    });
  });
});
