import type { PartnerKind } from "../../gql/graphql";

/** The kinds of partner organisation the API knows, in the order the pickers offer them. */
export const PARTNER_KINDS: readonly PartnerKind[] = ["NGO", "STATE_BODY", "UN_AGENCY", "DONOR", "OTHER"];
