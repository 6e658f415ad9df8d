import { encodeRecord, HEADER_BYTES, parseHeader, payloadMatches, RECORD_MAGIC } from './record-format.js';

describe('journal record format', () => {
  const record = encodeRecord(42n, [Buffer.from('hello '), Buffer.from('world')]);
  const header = record.subarray(0, HEADER_BYTES);
  const payload = record.subarray(HEADER_BYTES);

  it('lays out magic, length, sequence and checksum before the payload', () => {
    expect(record.readUInt32LE(0)).toBe(RECORD_MAGIC);
    expect(record.subarray(0, 4).toString('latin1')).toBe('KRJ1');
    expect(parseHeader(header)).toEqual({ length: 11, seq: 42n, crc: record.readUInt32LE(16) });
    expect(payload.toString()).toBe('hello world');
    expect(payloadMatches(header, payload)).toBeTrue();
  });

  it('detects a changed sequence number or payload byte through the checksum', () => {
    const otherSeq = Buffer.from(header);
    otherSeq.writeBigUInt64LE(43n, 8);
    expect(payloadMatches(otherSeq, payload)).toBeFalse();
    const otherPayload = Buffer.from(payload);
    otherPayload[3] ^= 1;
    expect(payloadMatches(header, otherPayload)).toBeFalse();
  });

  it('rejects a bad magic or an implausible length before reading the payload', () => {
    const zeroed = Buffer.alloc(HEADER_BYTES);
    expect(parseHeader(zeroed)).toBe('bad magic');
    const huge = Buffer.from(header);
    huge.writeUInt32LE(0xfffffff0, 4);
    expect(parseHeader(huge)).toMatch(/implausible length/);
  });
});
