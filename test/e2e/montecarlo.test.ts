/** End-to-end `parindex simulate` on the built CLI (`npm run build` first): table, reproducible JSON, a batch, bad data, usage. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/index.js';
import { cli, requireBuild } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/so-tu-phap-2025.yaml';
const UNCERTAINTY = 'examples/uncertainty/example.yaml';
let dir: string;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-simulate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parindex simulate', () => {
  it('prints the index distribution and band chances, and exits 0', () => {
    const r = cli('simulate', '-c', SET, UNIT, '--uncertainty', UNCERTAINTY, '--draws', '500', '--seed', '7');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('MÔ PHỎNG MONTE CARLO — bộ tiêu chí example-department-2025: 500 lần rút thăm, seed 7');
    expect(r.stdout).toMatch(/│ Đơn vị +│ Hiện tại │ Trung bình │ P5 +│ P50 +│ P95 +│ P\(Xuất sắc\)/);
    expect(r.stdout).toMatch(/│ Sở Tư pháp \(ví dụ\) │ 88\.02 /);
  });

  it('gives the same JSON for the same seed, and another for another seed', () => {
    const run = (seed: string) => cli('simulate', '-c', SET, UNIT, '-u', UNCERTAINTY, '-n', '300', '--seed', seed, '--format', 'json').stdout;
    const a = Simulation.parse(JSON.parse(run('3')));
    expect(JSON.parse(run('3'))).toEqual(a);
    expect(Simulation.parse(JSON.parse(run('4'))).units[0]!.index!.mean).not.toBe(a.units[0]!.index!.mean);
  });

  it('ranks a batch with rank intervals', () => {
    const u = join(dir, 'batch.yaml');
    writeFileSync(u, 'metrics:\n  onlinePaymentRate: { uniform: { min: "-10", max: "10" }, relative: true }\n');
    const r = cli('simulate', '-c', 'criteria/department-example/criteria.yaml', 'criteria/commune-example/criteria.yaml', 'examples/province-batch', '-u', u, '-n', '200', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const runs = (JSON.parse(r.stdout) as unknown[]).map((x) => Simulation.parse(x));
    expect(runs.map((s) => s.criteriaSet.id).sort()).toEqual(['commune-example', 'department-example']);
    for (const s of runs) for (const x of s.units) expect(x.rank!.low).toBeLessThanOrEqual(x.rank!.high);
  });

  it('exits 1 when the uncertainty names a metric no set declares, 2 on bad usage', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'metrics:\n  noSuchMetric: { uniform: { min: "0", max: "1" } }\n');
    const r = cli('simulate', '-c', SET, UNIT, '-u', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('noSuchMetric');
    const misfit = join(dir, 'misfit.yaml');
    writeFileSync(misfit, 'metrics:\n  onlinePaymentRate: { probability: "0.5" }\n');
    const m = cli('simulate', '-c', SET, UNIT, '-u', misfit);
    expect({ code: m.code, stderr: m.stderr.trim().split('\n') }).toEqual({
      code: 1,
      stderr: [`error: ${misfit}: does not fit the criteria set; nothing was simulated`, `${misfit}:2:3: metrics.onlinePaymentRate: onlinePaymentRate: probability is for boolean metrics; this one is percent [DISTRIBUTION_MISMATCH]`],
    });
    expect(cli('simulate', '-c', SET, UNIT, '-u', UNCERTAINTY, '--draws', '0').code).toBe(2);
    const many = cli('simulate', '-c', SET, UNIT, '-u', UNCERTAINTY, '--draws', '2000000');
    expect({ code: many.code, stderr: many.stderr.trim() }).toEqual({ code: 2, stderr: 'error: simulate: draws must be at most 1,000,000, got 2000000' });
    expect(cli('simulate', '-c', SET, UNIT).code).toBe(2);
  });

  it('draws a part\'s weight for every unit at once, says so, and refuses a part no set has', () => {
    const other = join(dir, 'other.yaml');
    writeFileSync(other, readFileSync(UNIT, 'utf8').replace(/^  id: .*$/m, '  id: other').replace(/satisfactionRate: .*$/m, 'satisfactionRate: "99"'));
    const r = cli('simulate', '-c', SET, UNIT, other, '-u', 'examples/uncertainty/survey-weight.yaml', '-n', '300', '--seed', '3');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Trọng số rút thăm, chung cho mọi đơn vị: Điều tra xã hội học (survey, trọng số 5 trong bộ tiêu chí).');
    const bad = join(dir, 'bad-weight.yaml');
    writeFileSync(bad, 'weights:\n  surveys: { uniform: { min: "3", max: "7" } }\n');
    const e = cli('simulate', '-c', SET, UNIT, '-u', bad);
    expect({ code: e.code, stderr: e.stderr.trim() }).toEqual({ code: 1, stderr: `error: ${bad}: no criteria set given has an index part surveys (weights name the ids of index.parts)` });
  });
});
