import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { crc32, drawIcon, encodePng } from './app-icons';

const pixel = (rgba: Uint8Array, size: number, x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe('the app icons', () => {
  test('a white house with a warm fire on the theme blue', () => {
    const size = 64;
    const icon = drawIcon({ size, maskable: false });
    expect(icon).toHaveLength(size * size * 4);
    expect(pixel(icon, size, 1, 1)).toEqual([0x00, 0x5e, 0xb8, 255]);
    // The wall, to the left of the fire, and the fire low in the middle.
    expect(pixel(icon, size, 17, 50)).toEqual([255, 255, 255, 255]);
    expect(pixel(icon, size, 32, 48)).toEqual([0xff, 0xb8, 0x1c, 255]);
  });

  test('the maskable icon keeps the house inside the middle 60%, where no launcher cuts', () => {
    const size = 100;
    const icon = drawIcon({ size, maskable: true });
    for (let i = 0; i < size; i++) {
      for (const [x, y] of [[i, 19], [i, 80], [19, i], [80, i]] as const) expect(pixel(icon, size, x, y)).toEqual([0x00, 0x5e, 0xb8, 255]);
    }
  });

  test('crc32 as PNG and zlib compute it', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('writes a PNG a reader can take apart: signature, header, and the pixels back row by row', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 4]);
    const png = encodePng(2, 2, rgba, (data) => new Uint8Array(deflateSync(data)));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([2, 2, 8, 6]);
    expect(view.getUint32(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = view.getUint32(33);
    expect(new TextDecoder().decode(png.subarray(37, 41))).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
    expect(new TextDecoder().decode(png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
  });
});
