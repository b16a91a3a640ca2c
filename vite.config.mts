import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://dossier-desk/ in Electron and from http://127.0.0.1:PORT/ in browser
// mode: relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // One bundle read from disk (app:// or loopback), never over a network: splitting buys nothing here.
    chunkSizeWarningLimit: 1024,
  },
});
