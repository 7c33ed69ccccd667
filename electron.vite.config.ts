import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { importAliases } from './aliases.config.ts';

const resolveAliases = { alias: importAliases() };

/**
 * Three builds: the main process (ESM, dependencies left external so the native SQLite
 * module loads from node_modules), the preload (one CommonJS file: a sandboxed preload
 * cannot load ESM or other files), and the renderer (served by the app:// protocol).
 */
export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    resolve: resolveAliases,
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // The CSP allows no inline or data: fonts or scripts; keep every asset a file.
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
