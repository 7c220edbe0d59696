/** Loading the version fixtures for the resolver, catalogue and diff tests. */
import { readFileSync } from 'node:fs';
import { Edition, parseCriteriaSet, parseEdition, type CriteriaSet, type EditionInput } from '../../../src/index.js';

const DIR = new URL('../../fixtures/versions/', import.meta.url);

export function fixtureSet(name: string): CriteriaSet {
  const r = parseCriteriaSet(readFileSync(new URL(name, DIR), 'utf8'), { file: name });
  if (!r.ok) throw new Error(`${name} should load: ${JSON.stringify(r.issues)}`);
  return r.value;
}

export function fixtureEdition(name: string): Edition {
  const r = parseEdition(readFileSync(new URL(name, DIR), 'utf8'), { file: name });
  if (!r.ok) throw new Error(`${name} should parse: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** An edition of base-2025 with the given changes. */
export function edition(changes: EditionInput['changes'], extra: Partial<EditionInput> = {}): Edition {
  return Edition.parse({ id: 'test-2026', version: '1', extends: { id: 'base-2025', version: '1' }, changes, ...extra });
}

const PASS = (metric: string) => ({ kind: 'pass-fail', metric });
export const RULE = { planIssued: PASS('planIssued'), reportsSent: PASS('reportsSent') };
