import type { Role } from "@nk/shared";
import { gql, type NoVariables } from "../../../composables/use-graphql";

export interface ViewerUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
}

export interface Viewer {
  kind: string;
  user: ViewerUser | null;
}

export interface UserError {
  field: string[] | string | null;
  message: string;
  code: string;
}

const VIEWER_FIELDS = "viewer { kind user { id email fullName role } }";

export const ViewerQuery = gql<{ viewer: Viewer | null }, NoVariables>(`
  query Viewer { ${VIEWER_FIELDS} }
`);

export const LoginMutation = gql<
  { login: { viewer: Viewer | null; userErrors: UserError[] } },
  { input: { email: string; password: string } }
>(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { ${VIEWER_FIELDS} userErrors { field message code } }
  }
`);

export const LogoutMutation = gql<{ logout: { ok: boolean } }, NoVariables>(`
  mutation Logout { logout { ok } }
`);
