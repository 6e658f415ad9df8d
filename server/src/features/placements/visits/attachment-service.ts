import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { mongo, Types, type Connection } from 'mongoose';
import { MAX_ATTACHMENT_BYTES, type VisitAttachment } from '@keha/shared';
import type { Caller } from '../../../platform/access/caller.js';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.js';
import type { PlacementAccess } from '../placement-access.js';
import { declaredTypeFits, sniffImageType } from './image-type.js';
import { visitInspectorOnly, type VisitService } from './visit-service.js';
import { visitModel, type StoredAttachment } from './visit.model.js';

const VIEW = 'placement.attachments';
export const ATTACHMENT_BUCKET = 'visitAttachments';

export class AttachmentTooLargeError extends AppError {
  constructor() {
    super('payload_too_large', `An attachment is at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
  }
}

const toAttachment = (a: StoredAttachment): VisitAttachment => ({
  id: a.clientId,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  uploadedAt: a.uploadedAt.toISOString(),
});

/**
 * Visit photos in GridFS (bucket `visitAttachments`): JPEG, PNG or HEIC by their bytes, at most 10 MB.
 * The client names each photo with its own id, so a retried upload returns the stored photo instead
 * of storing it twice. Reads and writes are decided and audited on the visit's children.
 */
export class VisitAttachmentService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly visits: VisitService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private bucket(): mongo.GridFSBucket {
    return new mongo.GridFSBucket(this.connection.db!, { bucketName: ATTACHMENT_BUCKET });
  }

  /** Stores the bytes (already read and size-checked by the route); `created` false for a retry. */
  async upload(
    caller: Caller,
    visitId: string,
    file: { clientId: string; fileName: string; declaredType?: string; bytes: Buffer },
  ): Promise<{ attachment: VisitAttachment; created: boolean }> {
    const visit = await this.visits.find(visitId);
    await this.access.decide(caller, visit.childIds, 'write', VIEW, visitInspectorOnly(visit));
    const stored = visit.attachments.find((a) => a.clientId === file.clientId);
    if (stored) return { attachment: toAttachment(stored), created: false };
    if (visit.status === 'submitted')
      throw new ConflictError('The visit has been submitted; its minutes are final.');
    if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError();
    const type = sniffImageType(file.bytes);
    if (!type)
      throw new ValidationError(
        [{ path: 'file', message: 'Only photos: JPEG, PNG or HEIC.' }],
        'Not a photo.',
      );
    if (!declaredTypeFits(file.declaredType, type))
      throw new ValidationError([
        { path: 'file', message: `The file is ${type}, not ${file.declaredType}.` },
      ]);
    const fileId = new Types.ObjectId();
    await new Promise<void>((resolve, reject) =>
      Readable.from([file.bytes])
        .pipe(
          this.bucket().openUploadStreamWithId(fileId, file.fileName, {
            metadata: { visitId: visit._id, clientId: file.clientId, contentType: type },
          }),
        )
        .on('finish', () => resolve())
        .on('error', reject),
    );
    const attachment: StoredAttachment = {
      clientId: file.clientId,
      fileId,
      fileName: file.fileName,
      contentType: type,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      uploadedAt: this.clock(),
      uploadedById: new Types.ObjectId(caller.user.id),
    };
    const added = await visitModel(this.connection).updateOne(
      { _id: visit._id, status: { $ne: 'submitted' }, 'attachments.clientId': { $ne: file.clientId } },
      { $push: { attachments: attachment } },
    );
    if (added.modifiedCount === 1) return { attachment: toAttachment(attachment), created: true };
    // A twin upload won (or the visit was submitted meanwhile): keep one copy of the bytes.
    await this.bucket().delete(fileId);
    const winner = (await this.visits.find(visitId)).attachments.find((a) => a.clientId === file.clientId);
    if (!winner) throw new ConflictError('The visit has been submitted; its minutes are final.');
    return { attachment: toAttachment(winner), created: false };
  }

  async open(
    caller: Caller,
    visitId: string,
    clientId: string,
  ): Promise<{ attachment: VisitAttachment; stream: NodeJS.ReadableStream }> {
    const visit = await this.visits.find(visitId);
    await this.access.decide(caller, visit.childIds, 'read', VIEW);
    const stored = visit.attachments.find((a) => a.clientId === clientId);
    if (!stored) throw new NotFoundError('No such attachment.');
    return { attachment: toAttachment(stored), stream: this.bucket().openDownloadStream(stored.fileId) };
  }
}
