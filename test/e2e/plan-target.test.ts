/** End-to-end `parindex plan` on the built CLI (`npm run build` first): table, JSON, unreachable targets, bad levers, usage. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal, TargetPlan } from '../../src/index.js';
import { cli, requireBuild } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/so-tu-phap-2025.yaml';
const LEVERS = 'examples/targets/levers.yaml';
let dir: string;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-plan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parindex plan', () => {
  it('prints the cheapest changes to a band, re-scored, and exits 0', () => {
    const r = cli('plan', '-c', SET, UNIT, '--target', 'Xuất sắc', '--levers', LEVERS, '--as-of', '2025-12-31');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('KẾ HOẠCH ĐẠT MỤC TIÊU — Sở Tư pháp (ví dụ) (stp): xếp loại "Xuất sắc"');
    expect(r.stdout).toMatch(/│ planCompletionRate +│ +90 │ +90\.01 │ +2 │ 1\.1\.4: 1\.00 → 2\.00/);
    expect(r.stdout).toMatch(/│ Sau thay đổi \(chấm lại\) │ +18\.60 │ +93\.02 │ Xuất sắc/);
  });

  it('prints the plan as JSON (TargetPlan) with an index target', () => {
    const r = cli('plan', '-c', SET, UNIT, '--target', '95', '--levers', LEVERS, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const plan = TargetPlan.parse(JSON.parse(r.stdout));
    expect(plan.status).toBe('reached');
    expect(new Decimal(plan.result.index!).gte(95)).toBe(true);
  });

  it('exits 1 when the target is out of reach, still printing the best reachable result', () => {
    const r = cli('plan', '-c', SET, UNIT, '--target', '99', '--levers', LEVERS);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('KHÔNG đạt được trong giới hạn cho phép');
  });

  it('reaches a rank among a batch', () => {
    const r = cli('plan', '-c', 'criteria/department-example/criteria.yaml', 'examples/province-batch/so-tu-phap.yaml', '--target', 'rank:1', '--batch', 'examples/province-batch', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const plan = TargetPlan.parse(JSON.parse(r.stdout));
    expect(plan.result.rank).toBe(1);
  });

  it('exits 1 on a levers file naming a metric that does not exist, with the issue', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'levers:\n  noSuchMetric: { max: "80" }\n');
    const r = cli('plan', '-c', SET, UNIT, '--target', '95', '--levers', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('UNKNOWN_METRIC');
  });

  it('exits 2 on bad usage: no target, a rank without --batch, a missing file', () => {
    expect(cli('plan', '-c', SET, UNIT).code).toBe(2);
    expect(cli('plan', '-c', SET, UNIT, '--target', 'rank:2').code).toBe(2);
    expect(cli('plan', '-c', SET, 'nope.yaml', '--target', '95').code).toBe(2);
  });
});

describe('parindex plan --out', () => {
  it('writes the plan workbook (also for an unreachable target: the best plan)', async () => {
    {
      const out = join(dir, 'plan.xlsx');
      const r = cli('plan', '-c', SET, UNIT, '--target', '95', '--levers', LEVERS, '--out', out, '--produced', '2026-02-01');
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toContain(`wrote ${out}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet('Kế hoạch cải thiện')!;
      expect(ws.getCell('A3').value).toBe('Mục tiêu: Chỉ số 95 (chỉ số cần từ 95.00%)');
      expect(wb.created.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    }
  });
});
