import { AuditEvent } from "./audit";
import { ApiKey } from "./auth/api-key.entity";
import { Session } from "./auth/session.entity";
import { User } from "./auth/user.entity";

/** The tables core owns; the modules add theirs through their descriptors. */
export const coreEntities: Function[] = [User, Session, ApiKey, AuditEvent];
