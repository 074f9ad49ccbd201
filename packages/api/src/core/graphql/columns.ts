import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { createParameterDecorator, Extensions, getMetadataStorage } from "type-graphql";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

/**
 * Which columns a page reads: those of the node fields the request selects, not every column of
 * the entity. A list page printed every woman's timestamps (each parsed into a Date), her
 * encrypted phone (decrypted) and her other columns only to print five of them; the rows it
 * reads are now as narrow as the question.
 *
 * - A plain field reads its own column (`firstName` → `first_name`).
 * - A field resolver reads what it declares with `@Reads("communityId")`; one that declares
 *   nothing may read anything, so a request selecting it reads every column, as before.
 * - The id is always read: the access guard (a `SELF` grant), the audit, cursors and the field
 *   resolvers declaring `@Reads()` work from it. The ids of linked records are read when a field
 *   asks for them: a field resolver following a link declares its column (`@Reads("unitId")`),
 *   and reach is tested in the statement, not on the rows. (They were always read: for Q1's 250
 *   services, four uuids each that the answer never showed cost PostgreSQL about 40 % of the
 *   statement's CPU.)
 */

const READS = "reads";

/** Declares the properties of its parent row a field resolver reads (beyond the ids, always read). */
export function Reads(...properties: string[]): MethodDecorator {
  return Extensions({ [READS]: properties });
}

/** The fields a request selects on the nodes of a list; `fields` null when they cannot be told. */
export interface NodeFields {
  readonly fields: ReadonlySet<string> | null;
}

/** What each field of each object type reads: its properties, or null for "any column". */
const fieldReads = new Map<string, Map<string, readonly string[] | null>>();

/**
 * Works out, from the built schema and type-graphql's metadata, what every field of every object
 * type reads; called once when the schema is built.
 */
export function bindColumns(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const resolved = new Set<string>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    const name = typeNames.get(target);
    if (name) resolved.add(`${name}.${r.schemaName}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const properties = new Map<string, string>();
    for (const o of storage.objectTypes) {
      if (o.name !== type.name) continue;
      for (const f of o.fields ?? []) properties.set(f.schemaName, f.name);
    }
    const reads = new Map<string, readonly string[] | null>();
    for (const field of Object.values(type.getFields())) {
      const declared = field.extensions[READS] as string[] | undefined;
      if (declared) reads.set(field.name, declared);
      else if (resolved.has(`${type.name}.${field.name}`)) reads.set(field.name, null);
      else reads.set(field.name, [properties.get(field.name) ?? field.name]);
    }
    fieldReads.set(type.name, reads);
  }
}

/** The properties a request selecting `fields` of `node` needs, or null for every column. */
export function propertiesRead(node: string, fields: ReadonlySet<string> | null): string[] | null {
  const reads = fieldReads.get(node);
  if (!reads || !fields) return null;
  const needed = new Set<string>();
  for (const name of fields) {
    if (name === "__typename") continue;
    const properties = reads.get(name);
    if (!properties) return null;
    for (const p of properties) needed.add(p);
  }
  return [...needed];
}

/**
 * The entity's columns (property names) a page needs for `properties`: those and the id; null
 * (every column) when one of them is not a plain column of the entity, such as a getter, which may
 * read anything.
 */
export function columnsRead(metadata: EntityMetadata, properties: readonly string[] | null): string[] | null {
  if (!properties) return null;
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.embeddedMetadata);
  const byProperty = new Map(columns.map((c) => [c.propertyName, c]));
  if (properties.some((p) => !byProperty.has(p))) return null;
  const wanted = new Set(properties);
  return columns.filter((c) => c.isPrimary || wanted.has(c.propertyName)).map((c) => c.propertyName);
}

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields selected under `nodes`, by name, through fragments; null when a fragment is missing. */
function subFields(nodes: readonly FieldNode[], fragments: Fragments): Map<string, FieldNode[]> | null {
  const byName = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const list = byName.get(s.name.value);
        if (list) list.push(s);
        else byName.set(s.name.value, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(s.selectionSet)) return false;
      } else {
        const fragment = fragments[s.name.value];
        if (!fragment || !visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  // Directives (@include, @skip) are not read: a field left out by one is read all the same.
  for (const n of nodes) if (!visit(n.selectionSet)) return null;
  return byName;
}

function fieldsAt(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): ReadonlySet<string> | null {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) {
    const below = subFields(level, info.fragments);
    if (!below) return null;
    level = below.get(step) ?? [];
  }
  const fields = subFields(level, info.fragments);
  return fields && new Set(fields.keys());
}

/** Per document position (its field nodes), what is selected below it: the same few on every request. */
const selections = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; selected: NodeFields }[]>();

/** The fields selected on the nodes of the connection `info` resolves (`edges { node { … } }`). */
export function connectionNodeFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): NodeFields {
  const first = info.fieldNodes[0];
  if (!first) return { fields: null };
  let seen = selections.get(first);
  if (!seen) {
    seen = [];
    selections.set(first, seen);
  }
  const same = seen.find((s) => s.nodes.length === info.fieldNodes.length && s.nodes.every((n, i) => n === info.fieldNodes[i]));
  if (same) return same.selected;
  const selected: NodeFields = { fields: fieldsAt(info, ["edges", "node"]) };
  if (seen.length < 8) seen.push({ nodes: info.fieldNodes, selected });
  return selected;
}

/** The fields a request selects on the nodes of the connection this resolver answers (a parameter). */
export function SelectedNodes() {
  return createParameterDecorator(({ info }) => connectionNodeFields(info));
}
