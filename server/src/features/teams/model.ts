import { Schema, type Connection, type Model } from 'mongoose';

export interface Team {
  name: string;
  /** Short stable code used in URLs and logs, e.g. `team-1`. */
  code: string;
  createdAt: Date;
}

const teamSchema = new Schema<Team>(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    code: { type: String, required: true, unique: true, match: /^[a-z0-9-]{2,40}$/ },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw' },
);

export function teamModel(connection: Connection): Model<Team> {
  return connection.models['Team'] ?? connection.model<Team>('Team', teamSchema);
}
