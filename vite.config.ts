import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The renderer build. Both shells (Electron and the local browser host) serve the built files
 * from dist-renderer/; nothing depends on the Vite dev server. `base: './'` keeps every asset
 * URL relative so the same build works under a custom protocol and under http://127.0.0.1.
 */
const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 ships Chromium 140; the browser host targets current Chromium too.
    target: 'es2023',
    // Source maps stay out of the shipped bundle; the renderer is small enough to read.
    sourcemap: false,
    // No inlined assets as data: URLs beyond small icons; keeps CSP img-src 'self' data: honest.
    assetsInlineLimit: 4096,
    // Vite's modulepreload polyfill is not needed in Chromium and would add code.
    modulePreload: { polyfill: false },
  },
});
