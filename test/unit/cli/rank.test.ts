/** `rank` with a fake terminal: progress on stderr only on a TTY and beyond 200 files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/io.js';
import { rankCommand } from '../../../src/cli/rank.js';
import { isCriteriaFile } from '../../../src/cli/rank-files.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SET = 'criteria/commune-example/criteria.yaml';
const texts: Record<string, string> = { [SET]: readFileSync(`${ROOT}${SET}`, 'utf8') };
const unit = readFileSync(`${ROOT}examples/province-batch/xa-cam-lo.yaml`, 'utf8');

function fakeIo(files: number, tty: boolean): Io & { statuses: string[]; out: (t: string) => void; printed: string[] } {
  const statuses: string[] = [];
  const printed: string[] = [];
  return {
    statuses,
    printed,
    out: (t) => void printed.push(t),
    err: (t) => void printed.push(t),
    readText: (path) => texts[path] ?? unit,
    columns: undefined,
    listDir: (path) => (path === 'batch' ? Array.from({ length: files }, (_, k) => `batch/xa-${String(k).padStart(3, '0')}.yaml`) : undefined),
    errIsTTY: tty,
    status: (t) => void statuses.push(t),
  };
}
const args = { criteria: [SET, 'batch'], assessments: [], format: 'json' as const, ties: 'competition' as const };

describe('rank progress', () => {
  it('shows progress on a terminal beyond 200 files, then clears the line', () => {
    const io = fakeIo(201, true);
    expect(rankCommand(args, io)).toBe(0);
    expect(io.statuses).toEqual(['Đang chấm điểm 0/201 tệp…', 'Đang chấm điểm 50/201 tệp…', 'Đang chấm điểm 100/201 tệp…', 'Đang chấm điểm 150/201 tệp…', 'Đang chấm điểm 200/201 tệp…', '']);
    expect(JSON.parse(io.printed[0]!).groups[0].units).toHaveLength(201);
  });

  it('shows none when stderr is not a terminal, or for 200 files or fewer', () => {
    const piped = fakeIo(201, false);
    const few = fakeIo(200, true);
    expect(rankCommand(args, piped)).toBe(0);
    expect(rankCommand(args, few)).toBe(0);
    expect([...piped.statuses, ...few.statuses]).toEqual([]);
  });
});

describe('isCriteriaFile', () => {
  it('knows criteria sets and editions (YAML or JSON) from assessments', () => {
    expect(isCriteriaFile('id: s\nnodes:\n  - code: "1"\n')).toBe(true);
    expect(isCriteriaFile('id: s\nextends: { id: base }\n')).toBe(true);
    expect(isCriteriaFile('{ "id": "s", "nodes": [] }')).toBe(true);
    expect(isCriteriaFile('criteriaSet: { id: s }\nunit: { id: u, name: U, level: province }\nyear: 2025\n')).toBe(false);
    // A nested key named like one is not a criteria file: the parse confirms the key is at the top level.
    expect(isCriteriaFile('criteriaSet: { id: s }\nmetrics:\n  nodes: 3\n')).toBe(false);
    expect(isCriteriaFile('nodes: [unclosed\n')).toBe(false);
  });
});
