/** The photo types a visit may attach, told apart by their first bytes (never by the header alone). */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/heic';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** ISO base media `ftyp` brands of HEIF/HEIC images (what phones and tablets save). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= PNG.length && bytes.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    if (HEIC_BRANDS.has(bytes.toString('latin1', 8, 12))) return 'image/heic';
  }
  return null;
}

/** The header's type may be generic; if it names an image type, it must be the one the bytes are. */
export function declaredTypeFits(declared: string | undefined, actual: ImageType): boolean {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || type === 'application/octet-stream') return true;
  if (type === 'image/heif') return actual === 'image/heic';
  if (type === 'image/jpg') return actual === 'image/jpeg';
  return type === actual;
}
