/**
 * Photo-sized JPEG files for the sync benchmark: a real JFIF header (quantisation and Huffman tables,
 * baseline frame, scan) followed by pseudo-random entropy-coded data (0xFF stuffed as JPEG requires)
 * and the end marker. The server tells the type by the first bytes; the size is what loads the sync.
 */
import { seededRandom } from '../../testing/seeded-random.js';

const segment = (marker: number, body: number[]): number[] => [
  0xff,
  marker,
  (body.length + 2) >> 8,
  (body.length + 2) & 0xff,
  ...body,
];

const JFIF = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 72, 0, 72, 0, 0]);
const QUANT = segment(0xdb, [0x00, ...Array.from({ length: 64 }, (_, i) => 2 + (i >> 2))]);
/** The standard luminance DC table (ITU T.81 K.3). */
const HUFFMAN = segment(0xc4, [
  0x00,
  ...[0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
]);
const frame = (width: number, height: number) =>
  segment(0xc0, [
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    0,
    3,
    0x11,
    0,
  ]);
const SCAN = segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

/** A JPEG of about `bytes` bytes (a 2048x1536 frame, as a tablet camera takes at medium quality). */
export function jpegOfSize(bytes: number, seed: number): Buffer {
  const next = seededRandom(seed);
  const head = Buffer.from([0xff, 0xd8, ...JFIF, ...QUANT, ...frame(2048, 1536), ...HUFFMAN, ...SCAN]);
  const data = Buffer.alloc(Math.max(0, bytes - head.length - 2));
  for (let i = 0; i < data.length; i++) {
    // After 0xFF the entropy-coded data needs a stuffed 0x00.
    data[i] = i > 0 && data[i - 1] === 0xff ? 0 : Math.floor(next() * 256);
  }
  if (data.length && data[data.length - 1] === 0xff) data[data.length - 1] = 0;
  return Buffer.concat([head, data, Buffer.from([0xff, 0xd9])]);
}
