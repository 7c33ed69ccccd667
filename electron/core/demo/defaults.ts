/**
 * The demo practice's defaults, in a module of their own with no imports, so the CLI can
 * check its arguments (and print its usage) before it loads the core.
 */
export const DEFAULT_DEMO_SEED = 'rekindle-demo';
/** The longest history a couple has, in months; each couple gets 3 to this many. */
export const DEFAULT_DEMO_MONTHS = 9;
export const DEFAULT_DEMO_COUPLES = 8;
/** The demo vault's passphrase: plainly not one for real records, and shown wherever it is needed. */
export const DEFAULT_DEMO_PASSPHRASE = 'demo practice passphrase — not for real records';
