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
  },
  { timestamps: true, strict: 'throw' },
);

export function userModel(connection: Connection): Model<User> {
  return connection.models['User'] ?? connection.model<User>('User', userSchema);
}
