/** End-to-end `parindex rank` on the built CLI (`npm run build` first): the example province batch, JSON, and a broken file among good ones. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild, ROOT } from '../support/cli.js';
import { Ranking } from '../../src/index.js';

const DEPT = 'criteria/department-example/criteria.yaml';
const COMMUNE = 'criteria/commune-example/criteria.yaml';
const BATCH = 'examples/province-batch';


beforeAll(() => {
  requireBuild();
});

describe('parindex rank: the example province batch', () => {
  it('ranks every unit within its set, cleanly, with Vietnamese labels', () => {
    const r = cli('rank', '--criteria', DEPT, COMMUNE, BATCH);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('│ Hạng │ Mã');
    expect(r.stdout).toContain('Điểm │ Tối đa áp dụng │ Chỉ số (%) │ Xếp loại');
    expect(r.stdout).toMatch(/│ +3 │ so-noi-vu +│ Sở Nội vụ +│ 74\.45 │ +92\.00 │ +80\.92 │ Tốt/);
    expect(r.stdout).toMatch(/│ +6 │ xa-an-binh .*\n│ +6 │ xa-an-phu .*\n│ +8 │/);
    expect(r.stdout).toContain('Số đơn vị: 13 (xếp hạng 13)');
    expect(r.stdout).toContain('Chỉ số bình quân:');
    // Groups follow the order of --criteria.
    expect(r.stdout.indexOf('department-example')).toBeLessThan(r.stdout.indexOf('commune-example'));
  });

  it('prints JSON the Ranking schema accepts; dense ties give 6, 6, 7', () => {
    const r = cli('rank', '-c', DEPT, COMMUNE, BATCH, '--format', 'json', '--ties', 'dense');
    expect(r.code, r.stderr).toBe(0);
    const ranking = Ranking.parse(JSON.parse(r.stdout));
    const [dept, commune] = ranking.groups;
    expect(dept!.units).toHaveLength(13);
    expect(commune!.units).toHaveLength(14);
    const noiVu = dept!.units.find((u) => u.unit.id === 'so-noi-vu')!;
    const taiChinh = dept!.units.find((u) => u.unit.id === 'so-tai-chinh')!;
    expect(noiVu.applicableMaxPoints).toBe('92');
    expect(taiChinh.applicableMaxPoints).toBe('100');
    expect(noiVu.rank!).toBeLessThan(taiChinh.rank!);
    expect(commune!.units.filter((u) => u.rank === 6).map((u) => u.unit.id)).toEqual(['xa-an-binh', 'xa-an-phu']);
    expect(commune!.units[7]!.rank).toBe(7);
    expect(noiVu.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(noiVu.areas[1]).toMatchObject({ code: '2', ratio: { exact: expect.any(String) } });
  });
});

describe('parindex rank: a broken file among good ones', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parindex-rank-'));
    for (const f of ['so-y-te.yaml', 'so-tu-phap.yaml', 'xa-an-binh.yaml']) copyFileSync(`${ROOT}${BATCH}/${f}`, join(dir, f));
    copyFileSync(`${ROOT}${COMMUNE}`, join(dir, 'criteria.yaml')); // a criteria file in the folder is skipped
    const noiVu = readFileSync(`${ROOT}${BATCH}/so-noi-vu.yaml`, 'utf8');
    writeFileSync(join(dir, 'so-hong.yaml'), noiVu.replace(/^year: 2025$/m, 'year: twenty'));
    writeFileSync(join(dir, 'notes.txt'), 'not an assessment');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the bad file with file:line:col, ranks the rest, and exits 1', () => {
    const r = cli('rank', '-c', DEPT, COMMUNE, dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'so-hong.yaml')}:11:7: year: expected a number, got text "twenty" [INVALID_TYPE]`,
      'error: 1 file of 4 could not be scored completely; the others are ranked',
    ]);
    expect(r.stdout).toMatch(/│ +1 │ so-y-te /);
    expect(r.stdout).toMatch(/│ +2 │ so-tu-phap /);
    expect(r.stdout).toMatch(/│ +1 │ xa-an-binh /);
    expect(r.stdout).not.toContain('so-noi-vu');
  });

  it('lists a unit with a missing input as unranked, with the reason', () => {
    const xayDung = readFileSync(`${ROOT}${BATCH}/so-xay-dung.yaml`, 'utf8');
    const file = join(dir, 'so-thieu.yaml');
    writeFileSync(file, xayDung.replace(/^ {2}planCompletionRate: .*\n/m, ''));
    const r = cli('rank', '-c', DEPT, file, join(dir, 'so-y-te.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/│ +— │ so-xay-dung .*chưa xếp hạng/);
    expect(r.stdout).toContain('row 1.1.3 needs metric "planCompletionRate" [INPUT_MISSING]');
    expect(r.stderr).toMatch(/so-thieu\.yaml:\d+:\d+: metrics\.planCompletionRate: .*\[INPUT_MISSING\]/);
    rmSync(file);
  });

  it('is a usage error (exit 2) without assessments', () => {
    const r = cli('rank', '-c', DEPT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs assessment files/);
  });
});
