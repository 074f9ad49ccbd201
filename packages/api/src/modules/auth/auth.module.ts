import { defineModule } from "../../core/module";
import { AuthResolver } from "./auth.resolver";
import { LoginLockResolver } from "./login-lock.resolver";
import { LoginThrottle } from "./login-throttle.entity";
import { MfaChallenge, MfaFactor, MfaRecoveryCode } from "./mfa.entity";
import { MfaResolver, UserMfaResolver } from "./mfa.resolver";

/** Signing in and out (with the second step), the viewer, sign-in throttling and its locks. */
export const authModule = defineModule({
  name: "auth",
  resolvers: [AuthResolver, MfaResolver, UserMfaResolver, LoginLockResolver],
  entities: [LoginThrottle, MfaFactor, MfaRecoveryCode, MfaChallenge],
});
