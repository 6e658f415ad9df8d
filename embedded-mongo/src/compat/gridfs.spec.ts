import { Readable } from 'node:stream';
import { GridFSBucket, ObjectId, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

/** The driver's GridFSBucket (used for visit photos) on top of files/chunks collections and their indexes. */
describe('compat: GridFS', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('gridfs');
  });

  const upload = (bucket: GridFSBucket, id: ObjectId, bytes: Buffer) =>
    new Promise<void>((resolve, reject) =>
      Readable.from([bytes])
        .pipe(bucket.openUploadStreamWithId(id, 'photo.jpg', { metadata: { clientId: 'c1' } }))
        .on('finish', () => resolve())
        .on('error', reject),
    );
  const read = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('stores a file over several chunks, with the indexes the driver creates, and reads it back', async () => {
    const bucket = new GridFSBucket(db, { bucketName: 'photos', chunkSizeBytes: 64 * 1024 });
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const id = new ObjectId();
    await upload(bucket, id, bytes);
    const [file] = await bucket.find({ 'metadata.clientId': 'c1' }).toArray();
    expect(file).toEqual(jasmine.objectContaining({ _id: id, length: bytes.length, chunkSize: 64 * 1024 }));
    expect(await db.collection('photos.chunks').countDocuments({ files_id: id })).toBe(5);
    const chunkIndex = (await db.collection('photos.chunks').indexes()).find(
      (i) => i.name === 'files_id_1_n_1',
    );
    expect(chunkIndex).toEqual(jasmine.objectContaining({ key: { files_id: 1, n: 1 }, unique: true }));
    expect((await db.collection('photos.files').indexes()).map((i) => i.name)).toContain(
      'filename_1_uploadDate_1',
    );
    expect((await read(bucket.openDownloadStream(id))).equals(bytes)).toBeTrue();
    expect(
      (await read(bucket.openDownloadStream(id, { start: 65_530, end: 65_546 }))).equals(
        bytes.subarray(65_530, 65_546),
      ),
    ).toBeTrue();
  });

  it('deletes a file with its chunks, and refuses a second chunk with the same number', async () => {
    const bucket = new GridFSBucket(db, { bucketName: 'photos', chunkSizeBytes: 1024 });
    const id = new ObjectId();
    await upload(bucket, id, Buffer.alloc(3000, 7));
    await expectAsync(
      db.collection('photos.chunks').insertOne({ files_id: id, n: 0, data: Buffer.alloc(1) }),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 11000 }));
    await bucket.delete(id);
    expect(await db.collection('photos.files').countDocuments()).toBe(0);
    expect(await db.collection('photos.chunks').countDocuments()).toBe(0);
  });
});
