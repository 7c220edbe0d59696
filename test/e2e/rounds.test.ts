/** End-to-end `parindex rounds` on the built CLI (`npm run build` first): the appraised example, JSON, and bad data. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Decimal, RoundsReport } from '../../src/index.js';
import { cli, requireBuild, ROOT } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/rounds/so-tu-phap-2025-appraised.yaml';
let dir: string;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-rounds-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parindex rounds', () => {
  it('prints a column per round, the final points, the lists and the issues, and exits 0', () => {
    const r = cli('rounds', '--criteria', SET, UNIT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('giai đoạn: thẩm định lần 2');
    expect(r.stdout).toMatch(/│ Mã +│ Tiêu chí +│ Tối đa │ Theo dữ liệu │ +Tự ĐG │ TĐ lần 1 │ TĐ lần 2 │ +Đạt │ Chênh lệch │ Ghi chú/);
    expect(r.stdout).toMatch(/│ 1\.1\.4 +│ .*│ +2\.00 │ +1\.00 │ +2\.00 │ +1\.00 │ +1\.50 │ +1\.50 │ +-0\.50 │ tự chấm cao; đã giải trình/);
    expect(r.stdout).toMatch(/│ +│ Chỉ số \(%\) +│ +│ +— │ +93\.35 │ +82\.10 │ +84\.60 │ +84\.60 │/);
    expect(r.stdout).toContain('Tự chấm cao hơn kết quả (5):\n  1.1.1: tự chấm 1.00, đạt 0.50, cao hơn 0.50\n  1.1.4: tự chấm 2.00, đạt 1.50, cao hơn 0.50');
    expect(r.stdout).toContain('Chờ giải trình (1):\n  2.4');
    expect(r.stdout).toContain('Có điểm nhưng không có tài liệu kiểm chứng (2):\n  1.3.1: 1.00 điểm (có ghi chú giải trình)');
    expect(r.stdout).toContain('Nộp muộn (1):\n  Giải trình: 27/01/2026, hạn 25/01/2026 (muộn 2 ngày)');
    expect(r.stdout).toContain(`Vấn đề (7):\n  ${UNIT}:96:36: rounds.appraisal1.explanationRequired[1]: warning: row 2.4: appraisal 1 asks for an explanation; none given yet [EXPLANATION_PENDING]`);
    expect(r.stdout).toContain(`  ${UNIT}:98:11: rounds.explanation.date: warning: the explanation is dated 2026-01-27, 2 day(s) after its phase closed (2026-01-25) [INPUT_LATE]`);
    expect(r.stdout).toContain('metrics.planCompletionRate: info: planCompletionRate = 83.333333333333333333333333333333 from the plan: 5 of 6 counted tasks on time as of 2025-12-31 [METRIC_DERIVED]');
  });

  it('--format json prints a report the RoundsReport schema accepts, final = appraisal 2', () => {
    const r = cli('rounds', '-c', SET, UNIT, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const report = RoundsReport.parse(JSON.parse(r.stdout));
    expect(report.stage).toBe('appraisal2');
    expect(report.final.index).toBe('84.60396950578338590956887486856');
    expect(report.final.display.index).toBe('84.60');
    expect(report.final.band).toBe('Tốt');
    expect(report.totals.map((t) => [t.round, t.index && new Decimal(t.index).toFixed(2)])).toEqual([
      ['rules', null], ['self', '93.35'], ['appraisal1', '82.10'], ['appraisal2', '84.60'], ['final', '84.60'],
    ]);
    expect(report.rows.find((x) => x.code === '1.1.4')).toMatchObject({ rules: '1', self: '2', appraisal1: '1', appraisal2: '1.5', final: '1.5', finalFrom: 'appraisal2' });
  });

  it('score uses the final round of the same file', () => {
    const s = cli('score', '-c', SET, UNIT, '--format', 'json');
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).index).toBe('84.60396950578338590956887486856');
  });

  it('points above the maximum in the last round: exit 1, the cell’s line, no stack', () => {
    const a = parse(readFileSync(join(ROOT, UNIT), 'utf8'));
    a.rounds.appraisal2.points['1.1.4'] = '2.5';
    const file = join(dir, 'over.yaml');
    writeFileSync(file, stringify(a));
    const r = cli('rounds', '-c', SET, file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/over\.yaml:\d+:\d+: rounds\.appraisal2\.points\["1\.1\.4"\]: row 1\.1\.4: appraisal 2: 2\.5 is above the maximum 2 \[POINTS_ABOVE_MAX\]/);
    expect(r.stderr).toContain('error in the final result; no index was computed');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a round with a wrong shape is a schema error with its line', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync(join(ROOT, UNIT), 'utf8').replace('explanationRequired: ["1.1.4", "2.4"]', 'explanationRequired: "1.1.4"'));
    const r = cli('rounds', '-c', SET, file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:96:26: rounds\.appraisal1\.explanationRequired: expected a list, got text "1\.1\.4" \[INVALID_TYPE\]/);
  });
});

describe('parindex score on a file with rounds', () => {
  it('says which round it scored', () => {
    const r = cli('score', '-c', SET, UNIT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025',
      'Đơn vị: Sở Tư pháp (ví dụ)',
      'Bộ tiêu chí: Bộ tiêu chí ví dụ — Chỉ số CCHC cấp sở (ví dụ, không phải văn bản chính thức) (example-department-2025, phiên bản 1)',
      'Điểm: vòng thẩm định lần 2 (vòng cuối trong tệp; từng vòng: parindex rounds)',
    ]);
  });
});
