/** `true` when two string unions are the same set: a compile-time check that an enum and a list agree. */
export type SameSet<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
