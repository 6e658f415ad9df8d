import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The append-only log of a shared document: one entry per acknowledged update, `seq` gapless and
 * increasing per document (the unique index is what orders writers in several processes), stored
 * before the update is acknowledged. `kind: 'freeze'` marks finalising: nothing is stored after it.
 */
export interface DocUpdateEntry {
  docName: string;
  seq: number;
  kind: 'update' | 'freeze';
  update: Buffer;
  /** The Yjs client id of the socket's document (0 for the server's own edits). */
  clientId: number;
  clientMutationId: string;
  userId: string;
  /** The server process that stored it: a process skips its own entries on the change stream. */
  node: string;
  at: Date;
}

const docUpdateSchema = new Schema<DocUpdateEntry>(
  {
    docName: { type: String, required: true },
    seq: { type: Number, required: true },
    kind: { type: String, enum: ['update', 'freeze'], required: true },
    update: { type: Buffer, required: true },
    clientId: { type: Number, required: true },
    clientMutationId: { type: String, required: true },
    userId: { type: String, required: true },
    node: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
docUpdateSchema.index({ docName: 1, seq: 1 }, { unique: true, name: 'doc_seq' });
docUpdateSchema.index({ docName: 1, clientMutationId: 1 }, { unique: true, name: 'doc_mutation' });

export function docUpdateModel(connection: Connection): Model<DocUpdateEntry> {
  return (
    connection.models['MeetingDocUpdate'] ??
    connection.model<DocUpdateEntry>('MeetingDocUpdate', docUpdateSchema)
  );
}

/** The whole document state after every update up to and including `upToSeq`. */
export interface DocSnapshotEntry {
  docName: string;
  upToSeq: number;
  state: Buffer;
  frozen: boolean;
  at: Date;
}

const docSnapshotSchema = new Schema<DocSnapshotEntry>(
  {
    docName: { type: String, required: true },
    upToSeq: { type: Number, required: true },
    state: { type: Buffer, required: true },
    frozen: { type: Boolean, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
docSnapshotSchema.index({ docName: 1, upToSeq: -1 }, { unique: true, name: 'doc_upto' });

export function docSnapshotModel(connection: Connection): Model<DocSnapshotEntry> {
  return (
    connection.models['MeetingDocSnapshot'] ??
    connection.model<DocSnapshotEntry>('MeetingDocSnapshot', docSnapshotSchema)
  );
}
