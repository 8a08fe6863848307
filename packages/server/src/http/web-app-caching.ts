// How long a browser may keep each file of the built web app. The service worker, its registration script and the
// web app manifest are checked with the server on every load, so a new version reaches phones at once; the bundles
// named by their content hash never change, so they may be kept for a year.

const alwaysCheck = /^\/?(sw\.js|registerSW\.js|manifest\.webmanifest|index\.html)$/;
const workboxRuntime = /^\/?workbox-[0-9a-f]+\.js$/;
const hashedBundle = /^\/?assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css)$/;

/** For a compressed copy (file.js.br, file.js.gz), the answer is the same as for the file it is a copy of. */
export function cacheControlFor(relativePath: string): string {
  const file = relativePath.replaceAll('\\', '/').replace(/\.(br|gz)$/, '');
  if (alwaysCheck.test(file)) return 'no-cache';
  if (workboxRuntime.test(file) || hashedBundle.test(file)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=0';
}
