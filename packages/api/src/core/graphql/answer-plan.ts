import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  visit,
} from "graphql";
import { collectFields, collectSubfields } from "graphql/execution/collectFields";
import { Extensions } from "type-graphql";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import { closedUntilEnrolled } from "../access";
import type { Viewer } from "../context";
import { allows, grantsOf } from "../grants";
import { isOwnProperty } from "./guard";
import type { ListDefinition } from "./list";

/**
 * What a query answered by one SQL statement is made of (its plan), and which fields may be so
 * answered; core/graphql/answer.ts builds and sends the statement and assembles the answer.
 *
 * A query answered by one SQL statement: PostgreSQL gives each page's rows as JSON — each row's
 * fields, the records it links to and its nested pages — and the server shapes the connections
 * around them (edges, encoded cursors, pageInfo, counts) and sends the answer on.
 * Run through the resolvers, a page of 50 women with their last 5 services cost four statements
 * and about 1,000 resolver calls, each row turned into an entity and back into JSON.
 *
 * Only what is known to answer exactly as the resolvers would is answered so; any other document
 * runs through the resolvers as always (core/graphql/executor.ts). A document qualifies when every
 * field it selects is one of:
 * - a page of a declared list (`@AnswersPage`, `@AnswersNestedPage`: the field's resolver is that
 *   list's `page` or `nested` of the same arguments), through the list's own statement — the
 *   viewer's reach, the filters, the sort and its permissions, the cursor — with its `edges`,
 *   `cursor`, `node`, `pageInfo` and `totalCount`;
 * - a link to a record by its id (`@AnswersLink`: the resolver is the record's `byId` loader);
 * - a plain column of the entity read as it is (text, a date, a small integer, a boolean, an enum
 *   whose values are their names, or a moment printed as `DateTimeISO` prints it): never a
 *   decrypted or computed field;
 * - `__typename`;
 * and the viewer may read every one of them by her role alone (not through `SELF`, not while she
 * must still enrol her second step), and no argument holds a refused text. Fields are collected
 * as graphql-js's execution collects them (fragments, `@include`, `@skip`).
 * Whatever is refused is answered by the resolvers, refusal, error and audit as always. The
 * records read are audited as their lists audit them. `NK_SQL_ANSWERS=false` turns it off.
 */

const ANSWER = "sqlAnswer";

// biome-ignore lint/suspicious/noExplicitAny: a list of any filter and sort
type AnyList = ListDefinition<any, string>;

type Declared =
  | { kind: "page"; list: AnyList }
  | { kind: "nested"; list: AnyList; column: string }
  | { kind: "link"; entity: EntityTarget<ObjectLiteral>; property: string };

/** Declares that this root field's resolver is `list.page` of its arguments `filter`, `sort`, `first` and `after`. */
export function AnswersPage(list: AnyList): MethodDecorator {
  return Extensions({ [ANSWER]: { kind: "page", list } satisfies Declared });
}

/**
 * Declares that this field's resolver is `list.nested` under its parent, whose id is the list's
 * column `column`, of its arguments `filter`, `sort`, `first` and `after`.
 */
export function AnswersNestedPage(list: AnyList, column: string): MethodDecorator {
  return Extensions({ [ANSWER]: { kind: "nested", list, column } satisfies Declared });
}

/** Declares that this field's resolver is `entity`'s `byId` loader of its parent's `property`. */
export function AnswersLink(entity: EntityTarget<ObjectLiteral>, property: string): MethodDecorator {
  return Extensions({ [ANSWER]: { kind: "link", entity, property } satisfies Declared });
}

export interface Typename {
  kind: "typename";
  key: string;
  name: string;
}
export interface ColumnShape {
  kind: "column";
  key: string;
  column: ColumnMetadata;
  /** A moment (`timestamptz`) printed as `DateTimeISO` prints a Date: ISO 8601 in UTC, to the millisecond. */
  moment: boolean;
}
export interface LinkShape {
  kind: "link";
  key: string;
  column: ColumnMetadata;
  metadata: EntityMetadata;
  node: NodePlan;
}
export interface ListShape {
  kind: "list";
  key: string;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  list: AnyList;
  /** The list's column naming its parent; null at the root. */
  parentColumn: string | null;
  metadata: EntityMetadata;
  /** The entity's primary column, its id. */
  id: ColumnMetadata;
  connection: ConnectionShape[];
  /** The node plan of its edges (every `node` selected below `edges`), for the columns they read. */
  nodes: NodePlan[];
  /**
   * How each row of the page comes: as its node's JSON (`node`: one node selected, showing the
   * id under `id`, and no cursor), as its id alone (`id`: no node selected), or as an array of its
   * id, its cursor's key and the JSON of each node selected (`array`).
   */
  rows: { kind: "node"; id: string } | { kind: "id" } | { kind: "array" };
  /** Whether a cursor is selected (encoded by the server). */
  cursors: boolean;
  /** The properties its rows are read with: those of every node selected, or the id alone. */
  properties: string[];
  /** What the request asks of the page besides its rows: pageInfo's fields and `totalCount`. */
  asks: ReadonlySet<InfoShape["kind"] | "totalCount">;
}
export type NodeShape = Typename | ColumnShape | LinkShape | ListShape;
export interface NodePlan {
  /** The entity's primary column, its id. */
  id: ColumnMetadata;
  shapes: NodeShape[];
  /** The properties its rows are read with: the id, the columns and the links. */
  properties: string[];
  /** Whether a page is selected below it (assembled by the server there). */
  pages: boolean;
}
/** A node of an edge: `index` is its place among the nodes of a row given as an array. */
export type EdgeShape = Typename | { kind: "cursor"; key: string } | { kind: "node"; key: string; node: NodePlan; index: number };
export type InfoShape = Typename | { kind: "hasNextPage" | "hasPreviousPage" | "startCursor" | "endCursor"; key: string };
export type ConnectionShape =
  | Typename
  | { kind: "edges"; key: string; edge: EdgeShape[] }
  | { kind: "pageInfo"; key: string; info: InfoShape[] }
  | { kind: "totalCount"; key: string };

export interface Plan {
  roots: ListShape[];
  /** Every page of the plan, the root's first, in the order the resolvers would read (and audit) them. */
  pages: ListShape[];
  /** The operation with the root fields answered otherwise (by their resolvers), if any; null when none. */
  rest: DocumentNode | null;
  /** Every root field's response key, in the document's order. */
  keys: string[];
}

/** json_build_object takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50;
const PAGE_ARGUMENTS = new Set(["first", "after", "filter", "sort"]);
const TEXT_TYPES = new Set<unknown>(["uuid", "varchar", "character varying", "text", "date"]);
const INT_TYPES = new Set<unknown>(["int", "integer", "smallint"]);
const MOMENT_TYPES = new Set<unknown>(["timestamptz", "timestamp with time zone"]);

export class NotAnswered extends Error {}
export const no = (): never => {
  throw new NotAnswered();
};

/** The variables a document's `@include` and `@skip` read: a plan is made for each set of their values. */
const directiveVariables = new WeakMap<DocumentNode, string[]>();
export function variablesOfDirectives(document: DocumentNode): string[] {
  let names = directiveVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Directive(node) {
        for (const a of node.arguments ?? []) if (a.value.kind === Kind.VARIABLE) found.add(a.value.name.value);
      },
    });
    names = [...found];
    directiveVariables.set(document, names);
  }
  return names;
}

class Planner {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly db: DataSource,
    private readonly viewer: Viewer | null,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  readonly pages: ListShape[] = [];

  /** The fields selected below `nodes` on `type`, by response key, as graphql-js's execution collects them. */
  fields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    return collectSubfields(this.schema, this.fragments, this.variables, type, nodes);
  }

  /** The field of `type` named by `nodes`, when the viewer may read it by her role alone. */
  field(type: GraphQLObjectType, nodes: readonly FieldNode[]): GraphQLField<unknown, unknown> {
    const field = type.getFields()[nodes[0]?.name.value ?? ""];
    const grants = field && grantsOf(type, field);
    if (
      !field ||
      !grants ||
      grants.includes("SELF") ||
      !allows(grants, this.viewer) ||
      closedUntilEnrolled(this.viewer, type.name, field)
    ) {
      return no();
    }
    return field;
  }

  objectType(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
    const type = getNamedType(field.type);
    return isObjectType(type) && !isListType(getNullableType(field.type)) ? type : no();
  }

  page(key: string, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], declared: Declared): ListShape {
    if (declared.kind === "link" || !field.args.every((a) => PAGE_ARGUMENTS.has(a.name))) return no();
    const node = nodes[0] as FieldNode;
    const metadata = this.db.getMetadata(declared.list.spec.entity);
    const id = primary(metadata);
    const shape: ListShape = {
      kind: "list",
      key,
      field,
      node,
      list: declared.list,
      parentColumn: declared.kind === "nested" ? declared.column : null,
      metadata,
      id,
      connection: [],
      nodes: [],
      rows: { kind: "array" },
      cursors: false,
      properties: [],
      asks: new Set(),
    };
    this.pages.push(shape);
    const connection = this.objectType(field);
    for (const [k, fieldNodes] of this.fields(connection, nodes)) {
      const name = fieldNodes[0]?.name.value;
      if (name === "__typename") {
        shape.connection.push({ kind: "typename", key: k, name: connection.name });
        continue;
      }
      const f = this.field(connection, fieldNodes);
      if (name === "edges") {
        const edgeType = getNamedType(f.type);
        if (!isObjectType(edgeType)) return no();
        const edge = this.edge(edgeType, fieldNodes, shape);
        shape.connection.push({ kind: "edges", key: k, edge });
        shape.cursors ||= edge.some((e) => e.kind === "cursor");
      } else if (name === "pageInfo") {
        const info = this.objectType(f);
        const shapes: InfoShape[] = [];
        for (const [ik, infoNodes] of this.fields(info, fieldNodes)) {
          const n = infoNodes[0]?.name.value;
          if (n === "__typename") shapes.push({ kind: "typename", key: ik, name: info.name });
          else if (n === "hasNextPage" || n === "hasPreviousPage" || n === "startCursor" || n === "endCursor") {
            this.field(info, infoNodes);
            shape.cursors ||= n === "startCursor" || n === "endCursor";
            shapes.push({ kind: n, key: ik });
          } else no();
        }
        shape.connection.push({ kind: "pageInfo", key: k, info: shapes });
      } else if (name === "totalCount") shape.connection.push({ kind: "totalCount", key: k });
      else no();
    }
    const edgeCursor = shape.connection.some((c) => c.kind === "edges" && c.edge.some((e) => e.kind === "cursor"));
    const [only] = shape.nodes;
    const shown = only?.shapes.find((n): n is ColumnShape => n.kind === "column" && n.column === id);
    if (shape.nodes.length === 0 && !edgeCursor) shape.rows = { kind: "id" };
    else if (shape.nodes.length === 1 && shown && !edgeCursor) shape.rows = { kind: "node", id: shown.key };
    shape.properties = shape.nodes.length ? [...new Set(shape.nodes.flatMap((n) => n.properties))] : ["id"];
    shape.asks = new Set(
      shape.connection.flatMap((c) =>
        c.kind === "totalCount"
          ? ["totalCount" as const]
          : c.kind === "pageInfo"
            ? c.info.flatMap((i) => (i.kind === "typename" ? [] : [i.kind]))
            : [],
      ),
    );
    return shape;
  }

  edge(type: GraphQLObjectType, nodes: readonly FieldNode[], list: ListShape): EdgeShape[] {
    const shapes: EdgeShape[] = [];
    for (const [k, fieldNodes] of this.fields(type, nodes)) {
      const name = fieldNodes[0]?.name.value;
      if (name === "__typename") {
        shapes.push({ kind: "typename", key: k, name: type.name });
        continue;
      }
      const f = this.field(type, fieldNodes);
      if (name === "cursor") shapes.push({ kind: "cursor", key: k });
      else if (name === "node") {
        const nodeType = this.objectType(f);
        if (nodeType.name !== list.list.spec.node) return no();
        const node = this.node(nodeType, list.metadata, fieldNodes);
        shapes.push({ kind: "node", key: k, node, index: list.nodes.length });
        list.nodes.push(node);
      } else no();
    }
    return shapes;
  }

  node(type: GraphQLObjectType, metadata: EntityMetadata, nodes: readonly FieldNode[]): NodePlan {
    const plan: NodePlan = { id: primary(metadata), shapes: [], properties: ["id"], pages: false };
    const fields = this.fields(type, nodes);
    if (fields.size > MAX_KEYS) return no();
    for (const [key, fieldNodes] of fields) {
      if (fieldNodes[0]?.name.value === "__typename") {
        plan.shapes.push({ kind: "typename", key, name: type.name });
        continue;
      }
      const field = this.field(type, fieldNodes);
      const declared = field.extensions[ANSWER] as Declared | undefined;
      if (declared?.kind === "link") {
        const column = metadata.findColumnWithPropertyName(declared.property);
        const target = this.objectType(field);
        if (field.args.length > 0 || !column || (column.isNullable && isNonNullType(field.type))) return no();
        const linked = this.db.getMetadata(declared.entity);
        const node = this.node(target, linked, fieldNodes);
        plan.shapes.push({ kind: "link", key, column, metadata: linked, node });
        plan.properties.push(column.propertyName);
        plan.pages ||= node.pages;
      } else if (declared?.kind === "nested") {
        plan.shapes.push(this.page(key, field, fieldNodes, declared));
        plan.pages = true;
      } else if (!declared && field.args.length === 0 && isOwnProperty(this.schema, field)) {
        const column = plainColumn(metadata, field);
        plan.shapes.push({ kind: "column", key, column, moment: MOMENT_TYPES.has(column.type) });
        plan.properties.push(column.propertyName);
      } else no();
    }
    plan.properties = [...new Set(plan.properties)];
    return plan;
  }
}

/** The entity's id column, the primary key: a record is not answered here without one. */
function primary(metadata: EntityMetadata): ColumnMetadata {
  const id = metadata.findColumnWithPropertyName("id");
  return id?.isPrimary ? id : no();
}

/** The column a plain field reads, when PostgreSQL's JSON of it is the field's value as the resolvers print it. */
function plainColumn(metadata: EntityMetadata, field: GraphQLField<unknown, unknown>): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(field.name);
  if (!column?.isSelect || column.isVirtual || column.embeddedMetadata || column.transformer || column.isArray) return no();
  if (column.isNullable && isNonNullType(field.type)) return no();
  if (isListType(getNullableType(field.type))) return no();
  const type = getNamedType(field.type);
  if (isEnumType(type)) {
    const same = type.getValues().every((v) => v.name === v.value);
    return same && TEXT_TYPES.has(column.type) && column.type !== "date" ? column : no();
  }
  if (!isScalarType(type)) return no();
  if ((type.name === "String" || type.name === "ID") && TEXT_TYPES.has(column.type)) return column;
  if (type.name === "Int" && INT_TYPES.has(column.type)) return column;
  if (type.name === "Boolean" && column.type === "boolean") return column;
  if (type.name === "DateTimeISO" && MOMENT_TYPES.has(column.type)) return column;
  return no();
}

export function planOf(
  schema: GraphQLSchema,
  db: DataSource,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  viewer: Viewer | null,
  variables: Record<string, unknown>,
): Plan | null {
  const query = schema.getQueryType();
  if (!query || operation.operation !== OperationTypeNode.QUERY) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const planner = new Planner(schema, db, viewer, fragments, variables);
  const fields = collectFields(schema, fragments, variables, query, operation.selectionSet);
  const roots: ListShape[] = [];
  const others = new Set<string>();
  for (const [key, nodes] of fields) {
    const pages = planner.pages.length;
    try {
      const field = planner.field(query, nodes);
      const declared = field.extensions[ANSWER] as Declared | undefined;
      roots.push(declared?.kind === "page" ? planner.page(key, field, nodes, declared) : no());
    } catch (error) {
      if (!(error instanceof NotAnswered)) throw error;
      // Left to its resolvers, refusal and audit included; nothing of it is read here.
      planner.pages.length = pages;
      others.add(key);
    }
  }
  if (roots.length === 0) return null;
  let rest: DocumentNode | null = null;
  if (others.size > 0) {
    // Root fields given through fragments cannot be told apart here: then the resolvers answer it all.
    const own = operation.selectionSet.selections.filter(
      (s): s is FieldNode => s.kind === Kind.FIELD && others.has(s.alias?.value ?? s.name.value),
    );
    if (operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD)) return null;
    rest = {
      ...document,
      definitions: document.definitions.map((d) =>
        d === operation ? { ...operation, selectionSet: { ...operation.selectionSet, selections: own } } : d,
      ),
    };
  }
  return { roots, pages: planner.pages, rest, keys: [...fields.keys()] };
}
