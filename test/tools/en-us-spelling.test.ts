/**
 * One locale: Rekindle is for US practices, so every word a user reads (on screen and on paper)
 * is US English. This scans the text of the source (string literals and JSX text, not comments
 * or keys) and the library content for British spellings. Stored keys keep their names
 * (`licenceNumber`, `referringProgramme`, the session outcome `cancelled`): a key is a single
 * lower-case camelCase token, which the scan leaves alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** British stems; each matches with the usual endings (organise, organised, organising, organisation...). */
const BRITISH = [
  'organis',
  'recognis',
  'summaris',
  'prioritis',
  'minimis',
  'maximis',
  'realis(?:e|ed|es|ing|ation)',
  'specialis',
  'personalis',
  'finalis',
  'normalis',
  'authoris',
  'categoris',
  'customis',
  'optimis',
  'utilis',
  'visualis',
  'standardis',
  'initialis',
  'apologis',
  'emphasis(?:e|ed|es|ing)',
  'criticis(?:e|ed|es|ing)',
  'memoris',
  'sanitis',
  'stabilis',
  'capitalis',
  'analys(?:e|ed|es|ing)',
  'colour',
  'behaviour',
  'centre',
  'licence',
  'programme',
  'counsell',
  'cancell(?:ed|ing)',
  'judgement',
  'labell(?:ed|ing)',
  'modell(?:ed|ing)',
  'travell',
  'defence',
  'offence',
  'favour',
  'honour',
  'neighbour',
  'humour',
  'harbour',
  'whilst',
  'amongst',
  'learnt',
  'catalogue',
  'grey',
  'fulfil(?:s|ment)?',
  'enrol(?:s|ment)?',
  'ageing',
  'sceptic',
  'practis(?:e|ed|es|ing)',
  'fortnight',
  // More -ise / -yse verbs a clinical text meets.
  '(?:re)?organis',
  'traumatis',
  'socialis(?:e|ed|es|ing|ation)',
  'sympathis',
  'empathis',
  'familiaris',
  'hospitalis',
  'characteris',
  'harmonis',
  'rationalis',
  'internalis',
  'externalis',
  'verbalis',
  'stigmatis',
  'catastrophis',
  'desensitis',
  'sensitis',
  'mobilis',
  'energis',
  'jeopardis',
  'idealis',
  'neutralis',
  'antagonis(?:e|ed|es|ing)',
  'agonis(?:e|ed|es|ing)',
  'hypothesis(?:e|ed|es|ing)',
  'paralys(?:e|ed|es|ing)',
  'catalys(?:e|ed|es|ing)',
  // More -our, -re, -ence, doubled l and medical spellings.
  'labour',
  'endeavour',
  'flavour',
  'vigour',
  'rumour',
  'odour',
  'armour',
  'metre',
  'litre',
  'fibre',
  'theatre',
  'pretence',
  'analogue',
  'skilful',
  'wilful',
  'instil(?:s)?',
  'levell(?:ed|ing)',
  'signall(?:ed|ing)',
  'fuell(?:ed|ing)',
  'channell(?:ed|ing)',
  'totall(?:ed|ing)',
  'spelt',
  'enquir',
  'cheque',
  'jewellery',
  'mould',
  'plough',
  'paediatr',
  'anaem',
  'haem',
  'oesophag',
  'anaesthe',
  'oestr',
  'foet',
  'diarrhoea',
  'gynaecolog',
];
const BRITISH_WORD = new RegExp(`\\b(?:${BRITISH.join('|')})\\w*\\b`, 'i');

// Not electron/core/db: SQL, whose column and value names are stored keys (`cancelled_by`).
const SOURCE_DIRS = [
  'renderer/src',
  'electron/core/reports',
  'electron/core/services',
  'electron/main',
  'shared',
];
const CONTENT_DIRS = ['resources/library'];

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ending.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The source without comments (block, and line comments not inside a URL-like string). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * What a user may read: string literals that are words rather than keys (they hold a space or
 * start with a capital), and JSX text between tags.
 */
function userText(source: string): string[] {
  const code = withoutComments(source);
  const literals = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  // Between a tag's end and the next tag; what holds operators is code between generics, not text.
  const jsx = [...code.matchAll(/>([^<>{}]*[A-Za-z][^<>{}]*)</g)]
    .map((m) => m[1] ?? '')
    .filter((text) => !/===|=>|&&|\|\||\bconst\b|\breturn\b/.test(text));
  // Interpolations are code (`${lh.licenceNumber}`), not text.
  return [...literals.map((text) => text.replace(/\$\{[^}]*\}/g, ' ')), ...jsx].filter(
    (text) => !text.startsWith('.') && !text.startsWith('/') && (/\s/.test(text) || /^[A-Z]/.test(text)),
  );
}

/**
 * Every string value of a JSON document but its keys' values: ids are stable slugs that never
 * change once published (`individual-counselling-session`), and `per` is a frequency key.
 */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'id' || key === 'per' ? [] : jsonStrings(inner),
    );
  }
  return [];
}

function findings(file: string, texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const found = BRITISH_WORD.exec(text);
    return found ? [`${file}: “${found[0]}” in “${text.replace(/\s+/g, ' ').trim().slice(0, 90)}”`] : [];
  });
}

describe('US English everywhere a user reads', () => {
  it('the scanner finds British spellings in text and leaves keys and comments alone', () => {
    const sample = [
      "const label = 'Your licence number';",
      '<p>Counselling programme</p>',
      "if (outcome === 'cancelled') return; // cancelled sessions",
      "const key = 'licenceNumber';",
      '/* the colour of the chart */',
    ].join('\n');
    expect(findings('sample.tsx', userText(sample))).toEqual([
      'sample.tsx: “licence” in “Your licence number”',
      'sample.tsx: “Counselling” in “Counselling programme”',
    ]);
  });

  it('no British spelling in the UI, the documents or the library', () => {
    const found = [
      ...SOURCE_DIRS.flatMap((dir) => files(dir, /\.(ts|tsx)$/)).flatMap((file) =>
        findings(file, userText(readFileSync(join(ROOT, file), 'utf8'))),
      ),
      ...CONTENT_DIRS.flatMap((dir) => files(dir, /\.json$/)).flatMap((file) =>
        findings(file, jsonStrings(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))),
      ),
    ];
    expect(found).toEqual([]);
  });
});
