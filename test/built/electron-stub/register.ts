/**
 * `node --import ./test/built/electron-stub/register.ts out/main/index.js`: maps every import
 * of `electron` (the main bundle's and electron-store's) to the stand-in beside this file, so
 * the built main bundle can start under plain Node. Run by Node's own type stripping.
 */
import { registerHooks } from 'node:module';

const stub = new URL('./electron.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    return specifier === 'electron' ? { url: stub, shortCircuit: true } : nextResolve(specifier, context);
  },
});
