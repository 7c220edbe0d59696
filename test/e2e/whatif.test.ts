/**
 * End-to-end: `parindex whatif` on the example unit and scenarios, run as a
 * user would from the repository root (`npm run build` first).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PointsLeft, ScenarioComparison } from '../../src/index.js';
import { cli, requireBuild } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/so-tu-phap-2025.yaml';
const SC = 'examples/scenarios';
const FIX = 'test/unit/scenarios/fixtures';

beforeAll(() => {
  requireBuild();
});

/** Table rows as trimmed cells, the lines between borders dropped. */
const cells = (text: string, first: string) =>
  text.split('\n').filter((l) => l.startsWith(`│ ${first}`)).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));

describe('parindex whatif --scenario', () => {
  it('baseline and each scenario side by side, the rows each changes; exit 0', () => {
    const r = cli('whatif', '-c', SET, UNIT, '--scenario', `${SC}/online-payment-70.yaml`, `${SC}/plan-on-time.yaml`, `${SC}/both.yaml`, '--as-of', '2025-12-31');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('SO SÁNH KỊCH BẢN (what-if) — bộ tiêu chí example-department-2025 (phiên bản 1)');
    expect(lines).toContain('  both: Cả hai: thanh toán trực tuyến 70% và kế hoạch đúng hạn (ví dụ) (áp dụng lần lượt: online-payment-70 → both)');
    expect([...cells(r.stdout, 'Hiện trạng'), ...cells(r.stdout, 'online-payment-70'), ...cells(r.stdout, 'plan-on-time'), ...cells(r.stdout, 'both')]).toEqual([
      ['Hiện trạng', '17.60', '', '88.02', '', 'Tốt'],
      ['online-payment-70', '17.92', '+0.32', '89.60', '+1.58', 'Tốt'],
      ['plan-on-time', '18.10', '+0.50', '90.52', '+2.50', 'Xuất sắc (từ Tốt)'],
      ['both', '18.42', '+0.82', '92.10', '+4.08', 'Xuất sắc (từ Tốt)'],
    ]);
    expect(cells(r.stdout, '2.2 ')[0]?.slice(2)).toEqual(['1.18', '1.50', '+0.32', '1.5']);
    expect(cells(r.stdout, '1.1.1')[0]?.slice(2)).toEqual(['0.50', '1.00', '+0.50', '1']);
  });

  it('--format json: the comparison, exact, parseable by its schema', () => {
    const r = cli('whatif', '-c', SET, UNIT, '--scenario', `${SC}/online-payment-70.yaml`, '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const c = ScenarioComparison.parse(JSON.parse(r.stdout));
    expect(c.scenarios[0]?.units[0]?.rows.map((x) => [x.code, x.change])).toEqual([['2.2', '0.317571428571428571428571428571']]);
  });

  it('several units: every unit’s rank before and after', () => {
    const r = cli('whatif', '-c', SET, UNIT, `${FIX}/so-noi-vu-2025.yaml`, '--scenario', `${FIX}/stp-plan.yaml`, `${SC}/online-payment-70.yaml`);
    expect(r.code, r.stderr).toBe(0);
    expect(cells(r.stdout, 'Sở ').slice(0, 2)).toEqual([
      ['Sở Tư pháp (ví dụ)', '2', '2 → 1', '2'],
      ['Sở Nội vụ (ví dụ)', '1', '1 → 2', '1'],
    ]);
  });

  it('a scenario naming what does not exist: its issues with file:line:col, exit 1, nothing on stdout', () => {
    const r = cli('whatif', '-c', SET, UNIT, '--scenario', `${FIX}/broken/unknown-names.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'error: the scenarios cannot be applied (1 error); nothing was compared',
      `${FIX}/broken/unknown-names.yaml:8:5: criteria.rows["9.9"]: criteria set example-department-2025 has no row "9.9" [UNKNOWN_CODE]`,
    ]);
    const base = cli('whatif', '-c', SET, UNIT, '--scenario', `${SC}/both.yaml`);
    expect(base.code).toBe(1);
    expect(base.stderr).toContain(`${SC}/both.yaml:8:10: basedOn: scenario "both" is based on "online-payment-70", which was not given (given: both) [UNKNOWN_SCENARIO]`);
  });

  it('an invalid scenario file: exit 1 with its line', () => {
    const r = cli('whatif', '-c', SET, UNIT, '--scenario', `${FIX}/broken/unknown-key.yaml`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${FIX}/broken/unknown-key.yaml:2:1: metric: unknown key "metric"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]`);
  });

  it('bad usage exits 2: neither --scenario nor --left, both, a missing file', () => {
    expect(cli('whatif', '-c', SET, UNIT).code).toBe(2);
    expect(cli('whatif', '-c', SET, UNIT, '--left', '--scenario', `${SC}/plan-on-time.yaml`).code).toBe(2);
    const r = cli('whatif', '-c', SET, UNIT, '--scenario', 'nope.yaml');
    expect([r.code, r.stderr]).toEqual([2, 'error: cannot read scenario file nope.yaml: no such file\n']);
  });
});

describe('parindex whatif --help', () => {
  it('lists the command and its options', () => {
    expect(cli('--help').stdout).toMatch(/^ {2}whatif\b/m);
    const r = cli('whatif', '--help');
    expect(r.code).toBe(0);
    for (const option of ['--criteria', '--scenario', '--left', '--format', '--as-of']) expect(r.stdout).toContain(option);
  });
});

describe('parindex whatif --left', () => {
  it('rows by the points the next change earns, then the band gap', () => {
    const r = cli('whatif', '-c', SET, UNIT, '--left', '--as-of', '2025-12-31');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('ĐIỂM CÒN THIẾU — Sở Tư pháp (ví dụ) (stp): 17.60 / 20 điểm, chỉ số 88.02%, Tốt');
    expect(cells(r.stdout, '2.2 ')[0]?.slice(2, 5)).toEqual(['proportional', '1.18', '0.32']);
    expect(r.stdout).toContain('onlinePaymentRate 55.18 → 70: +0.32');
    expect(r.stdout).toContain('Để đạt Xuất sắc (≥ 90%): còn thiếu 1.98 điểm chỉ số ≈ 0.40 điểm (ở phần self)');
  });

  it('--format json: a list of points-left reports', () => {
    const r = cli('whatif', '-c', SET, UNIT, `${FIX}/so-noi-vu-2025.yaml`, '--left', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const list = (JSON.parse(r.stdout) as unknown[]).map((x) => PointsLeft.parse(x));
    expect(list.map((l) => [l.unit.id, l.rows[0]?.code])).toEqual([['stp', '1.1.4'], ['snv', '1.1.4']]);
  });
});

describe('parindex whatif --out', () => {
  it('writes the comparison workbook atomically; --left with --out is bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-whatif-'));
    try {
      const out = join(dir, 'whatif.xlsx');
      const r = cli('whatif', '-c', SET, UNIT, '--scenario', `${SC}/online-payment-70.yaml`, '--out', out, '--produced', '2026-02-01');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`wrote ${out}\n`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['So sánh', 'KB online-payment-70']);
      expect(readdirSync(dir)).toEqual(['whatif.xlsx']);
      const bad = cli('whatif', '-c', SET, UNIT, '--left', '--out', out);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--out writes the scenario comparison; it does not go with --left');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
