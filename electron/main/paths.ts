import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built bundles sit relative to each other: `out/main/index.js`,
 * `out/preload/index.cjs` and `out/renderer/`. The main process is bundled into one file,
 * so this module's directory is `out/main` at run time.
 */
const mainDir = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));

/** The built renderer, served by the app:// protocol. */
export const rendererRoot = join(mainDir, '../renderer');

/** The sandboxed preload; CommonJS because a sandboxed preload cannot load ESM. */
export const preloadPath = join(mainDir, '../preload/index.cjs');
