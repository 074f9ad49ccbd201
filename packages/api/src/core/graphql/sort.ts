import { registerEnumType } from "type-graphql";

/** The direction of every list's sort input. */
export enum SortDirectionEnum {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirectionEnum, { name: "SortDirection", description: "Ascending or descending." });
