import { declaredTypeFits, sniffImageType } from './image-type.js';

describe('photo types by their bytes', () => {
  it('knows JPEG, PNG and HEIC/HEIF by their first bytes', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    for (const brand of ['heic', 'heix', 'mif1'])
      expect(sniffImageType(Buffer.from(`\0\0\0\x18ftyp${brand}\0\0\0\0`, 'latin1')))
        .withContext(brand)
        .toBe('image/heic');
  });

  it('refuses anything else, including a video in the same container and truncated files', () => {
    expect(sniffImageType(Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0', 'latin1'))).toBeNull(); // MP4
    expect(sniffImageType(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });

  it('accepts a generic or matching declared type, not another image type', () => {
    expect(declaredTypeFits(undefined, 'image/png')).toBeTrue();
    expect(declaredTypeFits('application/octet-stream', 'image/png')).toBeTrue();
    expect(declaredTypeFits('image/jpg', 'image/jpeg')).toBeTrue();
    expect(declaredTypeFits('image/heif', 'image/heic')).toBeTrue();
    expect(declaredTypeFits('IMAGE/PNG; charset=binary', 'image/png')).toBeTrue();
    expect(declaredTypeFits('image/png', 'image/jpeg')).toBeFalse();
  });
});
