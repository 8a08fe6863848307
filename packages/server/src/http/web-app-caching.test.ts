import { describe, expect, test } from 'vitest';
import { cacheControlFor } from './web-app-caching.js';

describe('how long the browser keeps each file of the web app', () => {
  test.each([
    ['sw.js', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['registerSW.js', 'no-cache'],
    ['manifest.webmanifest', 'no-cache'],
    ['index.html', 'no-cache'],
    ['workbox-2178cfdb.js', 'public, max-age=31536000, immutable'],
    ['assets/index-B7YsZWOV.js', 'public, max-age=31536000, immutable'],
    ['assets/index-DtHPfy90.css', 'public, max-age=31536000, immutable'],
    // The compressed copies the build writes beside them.
    ['assets/index-B7YsZWOV.js.br', 'public, max-age=31536000, immutable'],
    ['assets/index-DtHPfy90.css.gz', 'public, max-age=31536000, immutable'],
    ['index.html.br', 'no-cache'],
    ['sw.js.gz', 'no-cache'],
    // Copied as they are, under a fixed name: the browser checks them each time.
    ['assets/images/nhsuk-icon-chevron-left.svg', 'public, max-age=0'],
    ['icons/hearth-192.png', 'public, max-age=0'],
    ['assets/sw.js.map', 'public, max-age=0'],
  ])('%s → %s', (file, header) => {
    expect(cacheControlFor(file)).toBe(header);
  });
});
