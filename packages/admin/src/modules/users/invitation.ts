export { INVITATION_DAYS } from "@nk/shared";

/** The link she opens: the public page of this admin, on the address the admin is using. */
export function invitationLink(token: string): string {
  return `${window.location.origin}/invite/${encodeURIComponent(token)}`;
}
