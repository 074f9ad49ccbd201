import { Field, InputType } from "type-graphql";
import type { RequestContext } from "../context";
import { badInput } from "../errors";
import { actorId } from "../reach";
import { foldForSearch, likePattern, nameWords } from "../text";
import type { FilterRule, FilterVariant } from "./list";

/** The kinds of filter field a list declares; each names the node fields it reveals. */

@InputType({ description: "A span of days, both ends included; either end may be left open." })
export class DateRange {
  @Field({ nullable: true, description: "First day, YYYY-MM-DD." })
  from?: string;

  @Field({ nullable: true, description: "Last day, YYYY-MM-DD." })
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw badInput(`${field} must be a day, YYYY-MM-DD.`, field);
  return value;
}

const one = (variant: FilterVariant): FilterRule => ({ variants: [variant] });

/** `column` equals the value. */
export function equals(column: string, ...reads: string[]): FilterRule {
  return one({ reads, where: (value: unknown, p) => ({ sql: `${column} = :${p}`, params: { [p]: value } }) });
}

/** `column` is one of the values (an empty list matches nothing). */
export function oneOf(column: string, ...reads: string[]): FilterRule {
  return one({ reads, where: (value: unknown[], p) => ({ sql: `${column} = ANY(:${p})`, params: { [p]: value } }) });
}

/** Any SQL condition on the value, written with `:p` for it, e.g. an EXISTS over a join table. */
export function matches(sql: (p: string) => string, ...reads: string[]): FilterRule {
  return one({ reads, where: (value: unknown, p) => ({ sql: sql(p), params: { [p]: value } }) });
}

/** A yes/no question: the condition when true, its opposite (if any) when false. */
export function flag(whenTrue: string | null, whenFalse: string | null, ...reads: string[]): FilterRule {
  return one({
    reads,
    where: (value: boolean) => {
      const sql = value ? whenTrue : whenFalse;
      return sql ? { sql, params: {} } : null;
    },
  });
}

/** Only the viewer's own rows (`column` holds a user id); false does not narrow. */
export function mine(column: string, ...reads: string[]): FilterRule {
  return one({
    reads,
    where: (value: boolean, p, ctx: RequestContext) => (value ? { sql: `${column} = :${p}`, params: { [p]: actorId(ctx) } } : null),
  });
}

/** Days of `column` within the range, both ends included. */
export function dateRange(column: string, ...reads: string[]): FilterRule {
  return one({
    reads,
    where: (value: DateRange, p) => {
      const from = day(value.from, "filter.from");
      const to = day(value.to, "filter.to");
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a comparison with an open end (undefined) is false anyway; the guard is for the types
      if (from && to && to < from) throw badInput("The range ends before it starts.", "filter.to");
      const parts = [from ? `${column} >= :${p}from` : "", to ? `${column} <= :${p}to` : ""].filter(Boolean);
      return parts.length ? { sql: parts.join(" AND "), params: { [`${p}from`]: from, [`${p}to`]: to } } : null;
    },
  });
}

/** Days of `column` on or after (`>=`) or on or before (`<=`) the value. */
export function dayBound(column: string, op: ">=" | "<=", field: string, ...reads: string[]): FilterRule {
  return one({
    reads,
    where: (value: string, p) => {
      if (!DAY.test(value)) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
      return { sql: `${column} ${op} :${p}`, params: { [p]: value } };
    },
  });
}

/** Text search over columns, folding case and Tajik letters on both sides. */
export function textIn(columns: string[], ...reads: string[]): FilterVariant {
  const folded = `translate(lower(concat_ws(' ', ${columns.join(", ")})), 'ғӣқӯҳҷё', 'гикухче')`;
  return textColumn(folded, ...reads);
}

/** Text search in a column stored folded already (see foldForSearch). */
export function textColumn(column: string, ...reads: string[]): FilterVariant {
  return {
    reads,
    where: (value: string, p) =>
      value.trim() ? { sql: `${column} LIKE :${p}`, params: { [p]: likePattern(foldForSearch(value)) } } : null,
  };
}

/** Name search in a column stored folded as names are (see foldName): every word, in any order. */
export function nameColumn(column: string, ...reads: string[]): FilterVariant {
  return {
    reads,
    where: (value: string, p) => {
      const words = nameWords(value);
      if (words.length === 0) return null;
      const params = Object.fromEntries(words.map((w, i) => [`${p}w${i}`, likePattern(w)]));
      return { sql: words.map((_, i) => `${column} LIKE :${p}w${i}`).join(" AND "), params };
    },
  };
}

/** A search field: the first variant whose fields the viewer may read is searched. */
export function search(...variants: FilterVariant[]): FilterRule {
  return { variants };
}
