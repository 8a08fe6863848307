// Build-time plugins that make Hearth an installable web app: its icons (drawn, see app-icons.ts), the web app
// manifest, and a service worker that precaches the app shell so a reload without signal still opens the app.
// The service worker keeps no API answers: those are kept per worker by the app itself (kept-copies.ts).
import { deflateSync } from 'node:zlib';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { backgroundColour, drawIcon, encodePng, themeColour } from './app-icons';

const icons = [
  { fileName: 'icons/hearth-180.png', size: 180, maskable: false },
  { fileName: 'icons/hearth-192.png', size: 192, maskable: false },
  { fileName: 'icons/hearth-512.png', size: 512, maskable: false },
  { fileName: 'icons/hearth-maskable-512.png', size: 512, maskable: true },
];

function appIcons(): Plugin {
  return {
    name: 'hearth-app-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of icons) {
        const png = encodePng(icon.size, icon.size, drawIcon(icon), (data) => new Uint8Array(deflateSync(data, { level: 9 })));
        this.emitFile({ type: 'asset', fileName: icon.fileName, source: png });
      }
    },
  };
}

export function offlineAppPlugins(): PluginOption[] {
  return [
    appIcons(),
    VitePWA({
      registerType: 'autoUpdate',
      // A script file, not an inline script, so the content security policy need not allow inline scripts.
      injectRegister: 'script-defer',
      manifest: {
        id: '/',
        name: 'Hearth',
        short_name: 'Hearth',
        description: 'Hearth: a person-centred digital social care record.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeColour,
        background_color: backgroundColour,
        icons: icons
          .filter((icon) => icon.size !== 180)
          .map((icon) => ({
            src: `/${icon.fileName}`,
            sizes: `${icon.size}x${icon.size}`,
            type: 'image/png',
            purpose: icon.maskable ? 'maskable' : 'any',
          })),
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // Every page of the app opens from the precached shell; the API is never answered by the service worker.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The page that installed the worker is looked after at once, so the first visit already works offline.
        clientsClaim: true,
        skipWaiting: true,
        // The app's bundle must be precached whole, or a reload offline would open a blank page.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ];
}
