import { Schema, Types, type Connection, type Model } from 'mongoose';
import { LANGUAGES, ROLES, type Language, type Role } from '@keha/shared';

export interface User {
  username: string;
  displayName: string;
  roles: Role[];
  teamIds: Types.ObjectId[];
  language: Language;
  /** argon2id; never leaves the server (excluded from every query unless asked for). */
  passwordHash: string;
  active: boolean;
  /** TOTP second factor is on. The secrets below never leave the server (select: false). */
  mfaEnabled: boolean;
  /** AES-256-GCM encrypted base32 TOTP secret (platform/auth/secret-box.ts). */
  mfaSecret?: string;
  /** Secret issued by enrolment and not yet confirmed with a code. */
  mfaPendingSecret?: string;
  /** Last accepted TOTP time step: a code is accepted once (RFC 6238 §5.2). */
  mfaLastUsedStep?: number;
  /** SHA-256 of the unused one-time recovery codes. */
  recoveryCodeHashes: string[];
  /** Sessions signed in before this moment are refused ("log out everywhere", admin lock, MFA reset). */
  sessionsValidAfter?: Date;
  /** Single sign-on identity `<issuer>#<sub>`: SSO users are matched by this, never by username. */
  oidcIdentity?: string;
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new Schema<User>(
  {
    username: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
      match: /^[a-z0-9._-]{2,64}$/,
    },
    displayName: { type: String, required: true, trim: true, maxlength: 120 },
    roles: { type: [String], enum: ROLES, required: true, validate: (roles: string[]) => roles.length > 0 },
    teamIds: { type: [Schema.Types.ObjectId], ref: 'Team', default: [] },
    language: { type: String, enum: LANGUAGES, default: 'fi' },
    passwordHash: { type: String, required: true, select: false },
    active: { type: Boolean, default: true },
    mfaEnabled: { type: Boolean, default: false },
    mfaSecret: { type: String, select: false },
    mfaPendingSecret: { type: String, select: false },
    mfaLastUsedStep: { type: Number, select: false },
    recoveryCodeHashes: { type: [String], select: false, default: [] },
    sessionsValidAfter: Date,
    oidcIdentity: { type: String, unique: true, sparse: true },
  },
  { timestamps: true, strict: 'throw' },
);

export function userModel(connection: Connection): Model<User> {
  return connection.models['User'] ?? connection.model<User>('User', userSchema);
}
