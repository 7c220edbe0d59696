/** import(export(set)) gives the same set back: the example, every shipped set, and random valid sets. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCriteriaWorkbook } from '../../../src/excel/criteria-workbook.js';
import { importCriteriaWorkbook } from '../../../src/excel/criteria-import.js';
import { checkCriteriaSet, formatIssue } from '../../../src/index.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { setWithSources } from '../../support/source-arbitraries.js';
import { loadSet, ROOT, throughBytes } from './support.js';

async function roundTrip(set: CriteriaSet): Promise<CriteriaSet> {
  const back = importCriteriaWorkbook(await throughBytes(buildCriteriaWorkbook(set)));
  if (!back.ok) throw new Error(back.issues.map(formatIssue).join('\n'));
  return back.value;
}

/** Criteria sets under criteria/ (files with a `nodes` list; assessments and editions sit beside them), found at test time. */
function shippedSets(): string[] {
  const dir = fileURLToPath(new URL('criteria/', ROOT));
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) return walk(p);
      if (!/\.(ya?ml|json)$/.test(name)) return [];
      const data: unknown = parse(readFileSync(p, 'utf8'));
      // An edition (`extends`) is a patch over another set, not a set on its own.
      return data !== null && typeof data === 'object' && 'nodes' in data && !('extends' in data) ? [p.slice(fileURLToPath(ROOT).length)] : [];
    });
  try {
    return walk(dir).sort();
  } catch {
    return [];
  }
}

describe('criteria workbook round trip', () => {
  it('gives back examples/example-department-2025.yaml exactly', async () => {
    const set = loadSet('examples/example-department-2025.yaml');
    expect(await roundTrip(set)).toStrictEqual(set);
  });

  const sets = shippedSets();
  it('finds the shipped sets under criteria/', () => expect(sets.length).toBeGreaterThanOrEqual(3));
  it.each(sets)('gives back %s exactly', async (file) => {
    const set = loadSet(file);
    expect(await roundTrip(set)).toStrictEqual(set);
  });

  it('gives back random valid sets exactly', async () => {
    await fc.assert(
      fc.asyncProperty(setWithSources, async (set) => {
        const checked = checkCriteriaSet(set);
        if (!checked.ok) throw new Error(checked.issues.map(formatIssue).join('\n'));
        // toEqual: generated rules may hold keys set to undefined, which no file (YAML, JSON, xlsx) can carry.
        expect(await roundTrip(checked.value)).toEqual(checked.value);
      }),
      { numRuns: Number(process.env.XLSX_RUNS ?? 25) },
    );
  });
});
