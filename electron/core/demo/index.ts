/**
 * The demo practice generator. Plain Node and the core's public API only, so the CLI
 * (`npm run demo`), the tests and the app's "Try the demo practice" choice share it.
 */
export { createDemoClock, type DemoClock, historyStart } from './clock';
export type { DemoTally } from './couple-history';
export {
  DEFAULT_DEMO_COUPLES,
  DEFAULT_DEMO_MONTHS,
  DEFAULT_DEMO_PASSPHRASE,
  DEFAULT_DEMO_SEED,
} from './defaults';
export {
  DEMO_CLINICIAN,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  DEMO_REFERRALS,
  isDemoDisplayName,
} from './names';
export {
  type DemoCounts,
  type DemoDispatch,
  DemoGenerationError,
  type DemoPracticeOptions,
  type DemoProgress,
  generateDemoPractice,
} from './practice';
