import type { PartnerKind, ReceiverKind, ReferralStatus } from "../../gql/graphql";

export const STATUSES: readonly ReferralStatus[] = ["IN_PROGRESS", "ACCEPTED", "REJECTED", "DONE", "REVOKED"];
export const RECEIVER_KINDS: readonly ReceiverKind[] = ["HOSPITAL", "POLICE", "LEGAL_AID", "NGO", "STATE_BODY", "PARTNER", "OTHER"];

/** The kind a registered partner is referred as by default; she may choose another (a partner hospital). */
export function kindOfPartner(kind: PartnerKind): ReceiverKind {
  if (kind === "NGO") return "NGO";
  if (kind === "STATE_BODY") return "STATE_BODY";
  return "PARTNER";
}

/** Who receives her: the partner's name, or the body named. */
export function receiverOf(r: { partner?: { name: string } | null; receiverName?: string | null }): string {
  return r.partner?.name ?? r.receiverName ?? "";
}

/** Tag colour of a status. */
export function statusSeverity(status: ReferralStatus): "info" | "success" | "danger" | "secondary" | "warn" {
  const severities: Record<ReferralStatus, "info" | "success" | "danger" | "secondary" | "warn"> = {
    IN_PROGRESS: "info",
    ACCEPTED: "warn",
    DONE: "success",
    REJECTED: "danger",
    REVOKED: "secondary",
  };
  return severities[status];
}
