#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: everything a newcomer needs to see Rekindle running, in two steps.
 *
 *  1. Electron's binary. npm does not run Electron's install script (package.json
 *     `allowScripts`), so the first start downloads it.
 *  2. Build with electron-vite, then launch Electron on the build.
 *
 * Nothing native is built: the SQLite driver ships one Node-API binary per platform inside its
 * npm package, and the same file loads in Node (the tests) and in Electron. A development start
 * keeps its own data folder (`Rekindle-dev`), never the installed app's practice.
 *
 * Plain Node ESM on purpose: it must run before anything is built.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const requireFromRoot = createRequire(join(root, 'package.json'));

/** @param {string} message */
function say(message) {
  console.log(`\n[rekindle] ${message}`);
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`\n[rekindle] ${message}`);
  process.exit(1);
}

/** @param {string} path */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * `node <script>` with its output shown; returns whether it succeeded. Avoids .cmd shims and
 * npx downloads: the scripts are in node_modules.
 * @param {string} script
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function runNodeScript(script, args, options = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`[rekindle] could not run ${script}: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

// 1. Electron ----------------------------------------------------------------------------

function ensureElectron() {
  const electronDir = join(modules, 'electron');
  if (!existsSync(join(electronDir, 'package.json'))) {
    fail('node_modules/electron is missing. Run `npm ci` first.');
  }
  const { version } = readJson(join(electronDir, 'package.json'));
  if (!existsSync(join(electronDir, 'path.txt'))) {
    say(`Downloading Electron ${version} (first start only; about 100 MB)...`);
    const ok = runNodeScript(join(electronDir, 'install.js'), [], { cwd: electronDir });
    if (!ok || !existsSync(join(electronDir, 'path.txt'))) {
      fail(
        [
          `Could not download Electron ${version}.`,
          'It comes from GitHub releases on the first start. Check the network or proxy',
          '(HTTPS_PROXY), or use a mirror, e.g.',
          '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
          'Tests do not need Electron: `npm run test:unit` works without it.',
        ].join('\n'),
      );
    }
  }
  return version;
}

// 2. Build and launch ------------------------------------------------------------------------

function build() {
  say('Building (electron-vite build)...');
  const electronVite = join(modules, 'electron-vite', 'bin', 'electron-vite.js');
  if (!runNodeScript(electronVite, ['build'], { cwd: root })) fail('The build failed; see the errors above.');
}

function launch() {
  say('Starting Rekindle (development data folder: Rekindle-dev)...');
  // The electron package's main export is the path of the binary it downloaded.
  const electronBinary = requireFromRoot('electron');
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  const child = spawn(electronBinary, ['.'], { cwd: root, stdio: 'inherit', env });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => fail(`Could not start Electron: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && process.platform === 'linux') {
      console.error(
        '\n[rekindle] Electron exited with an error. If it mentioned the sandbox (chrome-sandbox or' +
          '\nuser namespaces), see https://www.electronjs.org/docs/latest/tutorial/sandbox#linux;' +
          '\nRekindle does not turn the sandbox off.',
      );
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/** The SQLite driver is Node-API 10 (Node 22.14 and later): an older Node would crash at unlock. */
function ensureNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 14)) {
    fail(
      `Rekindle needs Node.js 22.14 or newer (24 recommended); this is ${process.version}. See the README.`,
    );
  }
}

ensureNode();
ensureElectron();
build();
launch();
