#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: everything a newcomer needs to see Rekindle running, in three steps.
 *
 *  1. Electron's binary. npm does not run Electron's install script here (package.json
 *     `allowScripts`), so the first start downloads it.
 *  2. An Electron-ABI build of the SQLite cipher module, kept in .cache/ so the Node build
 *     in node_modules (which the tests load) is never touched.
 *  3. Build with electron-vite, then launch Electron with REKINDLE_NATIVE_BINDING pointing
 *     at the build from step 2.
 *
 * Plain Node ESM on purpose: it must run before anything is built.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const requireFromRoot = createRequire(join(root, 'package.json'));
const isWindows = process.platform === 'win32';

const NATIVE_PACKAGE = 'better-sqlite3-multiple-ciphers';
const NATIVE_FILE = 'better_sqlite3.node';

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
 * Runs a command to completion with its output shown; returns whether it succeeded.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`[rekindle] could not run ${command}: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

/**
 * `node <script>`: avoids .cmd shims and npx downloads; the scripts are in node_modules.
 * @param {string} script
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function runNodeScript(script, args, options = {}) {
  return run(process.execPath, [script, ...args], options);
}

/**
 * Environment for native builds. Under `npm start`, npm exports the project .npmrc as
 * npm_config_* variables; `nodedir=/usr` (there so the Node build needs no header
 * download) would make node-gyp compile against Node's headers instead of Electron's.
 */
function nativeBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key))
      delete env[key];
  }
  return env;
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

// 2. SQLite cipher module built for Electron's ABI -----------------------------------------

/** @param {string} electronVersion */
function ensureNativeBinding(electronVersion) {
  const sourceDir = join(modules, NATIVE_PACKAGE);
  if (!existsSync(join(sourceDir, 'package.json'))) {
    fail(`node_modules/${NATIVE_PACKAGE} is missing. Run \`npm ci\` first.`);
  }
  const moduleVersion = readJson(join(sourceDir, 'package.json')).version;
  const cacheDir = join(root, '.cache', 'electron-native', electronVersion);
  const target = join(cacheDir, NATIVE_FILE);
  const stampPath = join(cacheDir, 'stamp.json');
  const stamp = {
    module: NATIVE_PACKAGE,
    moduleVersion,
    electronVersion,
    platform: process.platform,
    arch: process.arch,
  };

  if (existsSync(target) && existsSync(stampPath)) {
    const previous = readJson(stampPath);
    if (JSON.stringify(previous) === JSON.stringify(stamp)) return target;
  }

  say(`Preparing ${NATIVE_PACKAGE} ${moduleVersion} for Electron ${electronVersion} (first start only)...`);
  // Build in a copy: rebuilding in place would replace the Node build the tests load.
  const work = mkdtempSync(join(tmpdir(), 'rekindle-native-'));
  const copy = join(work, NATIVE_PACKAGE);
  const oldBuild = join(sourceDir, 'build');
  try {
    cpSync(sourceDir, copy, {
      recursive: true,
      filter: (path) => path !== oldBuild && !path.startsWith(oldBuild + sep),
    });
    const env = nativeBuildEnv();
    const built = join(copy, 'build', 'Release', NATIVE_FILE);

    say('Trying a prebuilt binary (prebuild-install)...');
    const prebuildInstall = join(modules, 'prebuild-install', 'bin.js');
    const prebuilt =
      existsSync(prebuildInstall) &&
      runNodeScript(
        prebuildInstall,
        ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--verbose'],
        { cwd: copy, env },
      ) &&
      existsSync(built);

    if (!prebuilt) {
      say('No prebuilt binary; compiling from source with node-gyp (needs Python and a C++ compiler)...');
      const gypArgs = [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ];
      const localGyp = join(modules, 'node-gyp', 'bin', 'node-gyp.js');
      const compiled = existsSync(localGyp)
        ? runNodeScript(localGyp, gypArgs, { cwd: copy, env })
        : run(isWindows ? 'npx.cmd' : 'npx', ['--yes', 'node-gyp', ...gypArgs], {
            cwd: copy,
            env,
            shell: isWindows,
          });
      if (!compiled || !existsSync(built)) {
        fail(
          [
            `Could not build ${NATIVE_PACKAGE} for Electron ${electronVersion}.`,
            'node-gyp needs Python 3 and a C++ toolchain (Linux: build-essential; macOS: Xcode',
            'command line tools; Windows: Visual Studio Build Tools with "Desktop C++"), and',
            'downloads Electron headers from electronjs.org on the first build.',
          ].join('\n'),
        );
      }
    }

    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(built, target);
    writeFileSync(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
    say(`Cached ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// 3. Build and launch ------------------------------------------------------------------------

function build() {
  say('Building (electron-vite build)...');
  const electronVite = join(modules, 'electron-vite', 'bin', 'electron-vite.js');
  if (!runNodeScript(electronVite, ['build'], { cwd: root })) fail('The build failed; see the errors above.');
}

/** @param {string} nativeBinding */
function launch(nativeBinding) {
  say('Starting Rekindle...');
  // The electron package's main export is the path of the binary it downloaded.
  const electronBinary = requireFromRoot('electron');
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, REKINDLE_NATIVE_BINDING: nativeBinding };
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

const electronVersion = ensureElectron();
const nativeBinding = ensureNativeBinding(electronVersion);
build();
launch(nativeBinding);
