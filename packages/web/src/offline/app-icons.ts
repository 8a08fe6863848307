// Hearth's app icons, drawn as pixels and written as PNG when the app is built: a white house with a warm hearth
// fire on the header's blue. Nothing to keep in the repository, and nothing borrowed (never the NHS logo).

export const themeColour = '#005eb8';
export const backgroundColour = '#ffffff';

type Rgb = readonly [number, number, number];
const blue: Rgb = [0x00, 0x5e, 0xb8];
const white: Rgb = [0xff, 0xff, 0xff];
const fire: Rgb = [0xff, 0xb8, 0x1c];

export interface IconSpec {
  size: number;
  /** Drawn inside the middle 60% so a launcher's circle or rounded square never cuts into the house. */
  maskable: boolean;
}

/** What colour a point of the picture is, in the picture's own square (0..1 each way); null for background. */
function shapeAt(x: number, y: number): Rgb | null {
  // A drop of flame: a circle and the two lines from its tip that touch it (30° either side).
  const isFlame = Math.hypot(x - 0.5, y - 0.8) <= 0.12 || (y >= 0.56 && y <= 0.74 && Math.abs(x - 0.5) <= (y - 0.56) * Math.tan(Math.PI / 6));
  if (isFlame) return fire;
  const isRoof = y >= 0.05 && y <= 0.47 && Math.abs(x - 0.5) <= ((y - 0.05) / 0.42) * 0.49;
  const isWalls = x >= 0.14 && x <= 0.86 && y >= 0.45 && y <= 0.95;
  return isRoof || isWalls ? white : null;
}

/** The icon as RGBA pixels, each pixel the average of 4 × 4 samples so the edges are smooth. */
export function drawIcon({ size, maskable }: IconSpec): Uint8Array {
  const inset = maskable ? 0.2 : 0.14;
  const span = 1 - 2 * inset;
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size - inset) / span;
          const y = ((py + (sy + 0.5) / samples) / size - inset) / span;
          const colour = shapeAt(x, y) ?? blue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const n = samples * samples;
      pixels.set([Math.round(r / n), Math.round(g / n), Math.round(b / n), 255], (py * size + px) * 4);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit RGBA PNG; `deflate` is zlib's (node:zlib deflateSync at build time). */
export function encodePng(width: number, height: number, rgba: Uint8Array, deflate: (data: Uint8Array) => Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  // Each row starts with filter type 0 (none).
  const rows = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflate(rows)), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
