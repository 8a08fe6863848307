// Builds the Hearth web app into dist, which the server serves at / with /api on the same origin.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineAppPlugins } from './src/offline/pwa-plugins';
import { precompressedAssets } from './src/build/precompressed-assets';

/**
 * nhsuk-frontend declares its fonts on an NHS host. Hearth is not an NHS service and must work
 * without reaching it, so the @font-face rules are dropped and hearth.css falls back to Arial.
 */
function dropNhsFonts(): Plugin {
  return {
    name: 'hearth-drop-nhs-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('nhsuk-frontend') || !id.split('?')[0]!.endsWith('.css')) return null;
      return { code: code.replace(/@font-face\s*{[^}]*}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  plugins: [dropNhsFonts(), react(), ...offlineAppPlugins(), precompressedAssets()],
  css: { lightningcss: { errorRecovery: true } },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
