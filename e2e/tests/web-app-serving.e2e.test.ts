// How the built web app reaches a phone: its files compressed for a browser that accepts it, plain for one that
// does not, and each kept by the browser for as long as it cannot change.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { inject } from 'vitest';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with Node's own http client, which neither asks for nor undoes compression unless told to. */
function rawGet(path: string, acceptEncoding?: string): Promise<RawAnswer> {
  const url = new URL(path, inject('baseUrl'));
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => { resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }); });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function mainScript(): Promise<string> {
  const page = (await rawGet('/')).body.toString('utf8');
  const src = /<script[^>]+src="(\/assets\/index-[^"]+\.js)"/.exec(page)?.[1];
  if (!src) throw new Error('index.html names no main script');
  return src;
}

describe('serving the web app', () => {
  test('the main script goes brotli-compressed to a browser that accepts it, and unchanged when decompressed', async () => {
    const src = await mainScript();
    const plain = await rawGet(src);
    const br = await rawGet(src, 'gzip, deflate, br');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
  });

  test('a browser that takes only gzip gets gzip; any page address is answered with the app, checked every load', async () => {
    const src = await mainScript();
    const gz = await rawGet(src, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals((await rawGet(src)).body)).toBe(true);
    // The page itself is about 1 KB, under the size worth compressing: it may come either way.
    const page = await rawGet('/people', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.headers['content-encoding'] === 'br' ? brotliDecompressSync(page.body) : page.body;
    expect(html.toString('utf8')).toContain('<div id="root">');
  });
});
