import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMOKE_TEST_FLAG } from '@main/smoke-test';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The release workflow cannot run here (no macOS or Windows, no Electron download); what can
 * be checked is that it packages and smoke-tests on every system the app ships for.
 */
interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: {
    package: {
      strategy: { matrix: { include: { name: string; runner: string; target: string; app: string }[] } };
      steps: Step[];
    };
  };
}

const workflow = load(
  readFileSync(join(import.meta.dirname, '../../.github/workflows/release.yml'), 'utf8'),
) as Workflow;
const job = workflow.jobs.package;
const runs = job.steps.map((step) => step.run ?? '').join('\n');

describe('the release workflow', () => {
  it('packages on macOS (both architectures), Windows and Linux', () => {
    const targets = job.strategy.matrix.include.map((entry) => entry.target);
    expect(targets).toEqual([
      '--mac dmg --arm64',
      '--mac dmg --x64',
      '--win nsis --x64',
      '--linux deb --x64',
    ]);
  });

  it('uses the Node line the project targets', () => {
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    expect(String(setup?.with?.['node-version'])).toMatch(/^24\./);
  });

  it('checks that Electron has Node-API 10 or newer before packaging', () => {
    expect(runs).toMatch(/ELECTRON_RUN_AS_NODE=1 npx electron -p process\.versions\.napi/);
    expect(runs).toMatch(/-ge 10/);
  });

  it('starts every packaged app with the smoke-test flag, and the installed deb too', () => {
    for (const system of ['macOS', 'Windows', 'Linux']) {
      const smoke = job.steps.find((step) => step.if === `runner.os == '${system}'`);
      expect(smoke?.run, system).toContain(SMOKE_TEST_FLAG);
    }
    expect(runs).toMatch(/\/opt\/Rekindle\/rekindle --smoke-test/);
  });

  it('never rebuilds native modules', () => {
    expect(runs).not.toMatch(/rebuild/);
  });
});
