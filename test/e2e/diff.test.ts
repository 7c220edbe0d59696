/**
 * End-to-end: `parindex diff` and `parindex validate` with editions, run as a
 * user would from the repository root (`npm run build` first).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild } from '../support/cli.js';
import { SetDiff } from '../../src/index.js';

const FIX = 'test/fixtures/versions';
const BASE = `${FIX}/base-2025.yaml`;
const EDITION = `${FIX}/edition-2026.yaml`;


beforeAll(() => {
  requireBuild();
});

describe('parindex diff', () => {
  it('a table with one line per change, Vietnamese labels, exit 0', () => {
    const r = cli('diff', BASE, EDITION);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'So sánh bộ tiêu chí: base-2025 (phiên bản 1) → base-2026 (phiên bản 1)',
      '  Từ:  Bộ tiêu chí thử nghiệm 2025',
      '  Đến: Bộ tiêu chí thử nghiệm 2026',
    ]);
    const rows = lines.filter((l) => l.startsWith('│') && !l.includes('Thay đổi')).map((l) => l.split('│').slice(1, 4).map((c) => c.trim()));
    expect(rows).toEqual([
      ['Thêm', '1.3', 'Sáng kiến CCHC (1 điểm, thuộc 1)'],
      ['Bỏ', '1.2', 'Tuyên truyền (1 điểm, thuộc 1)'],
      ['Đổi tên', '1.1', 'Kế hoạch CCHC → Kế hoạch cải cách hành chính'],
      ['Đổi điểm', '2', '2 → 2.5 điểm'],
      ['Đổi điểm', '2.1', '2 → 2.5 điểm'],
      ['Đổi cách chấm', '2.1', 'tiers: đổi tham số'],
      ['Đổi xếp loại', 'Tốt', '[80, +∞) → [85, +∞)'],
      ['Đổi xếp loại', 'Khá', '[50, 80) → [50, 85)'],
      ['Thêm chỉ tiêu', 'initiativeRecognised', 'Có sáng kiến CCHC được công nhận (boolean)'],
      ['Bỏ chỉ tiêu', 'outreachDone', 'Tuyên truyền CCHC (boolean)'],
    ]);
    expect(lines.at(-1)).toBe('Tổng: 10 thay đổi.');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('--format json: the SetDiff, parseable by its schema', () => {
    const r = cli('diff', BASE, EDITION, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const diff = SetDiff.parse(JSON.parse(r.stdout));
    expect([diff.from.id, diff.to.id, diff.same]).toEqual(['base-2025', 'base-2026', false]);
    expect(diff.rows.added.map((x) => x.code)).toEqual(['1.3']);
  });

  it('identical sets: exit 0 and a sentence saying so', () => {
    const r = cli('diff', BASE, BASE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không có thay đổi về tiêu chí, xếp loại hay chỉ tiêu.');
    expect(JSON.parse(cli('diff', BASE, BASE, '-f', 'json').stdout).same).toBe(true);
  });

  it('an invalid file: its issues with lines, exit 1, nothing on stdout', () => {
    const r = cli('diff', BASE, `${FIX}/broken-edition.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'error: test/fixtures/versions/broken-edition.yaml: invalid criteria set (1 error); nothing was compared',
      'test/fixtures/versions/broken-edition.yaml:7:25: changes[1].code: no row "9.9" in base base-2025 [UNKNOWN_CODE]',
    ]);
  });

  it('bad usage exits 2: a missing argument, a bad format, a path that does not exist', () => {
    expect(cli('diff', BASE).code).toBe(2);
    expect(cli('diff', BASE, BASE, '--format', 'xml').code).toBe(2);
    const r = cli('diff', BASE, 'nope.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: cannot read criteria file nope.yaml: no such file\n');
  });
});

describe('parindex validate with editions', () => {
  it('resolves each edition against the other files, chains included', () => {
    const r = cli('validate', BASE, EDITION, `${FIX}/edition-2027.yaml`);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `${BASE}: ok`,
      `${EDITION}: ok (edition of base-2025@1)`,
      `${FIX}/edition-2027.yaml: ok (edition of base-2026)`,
    ]);
  });

  it('a change that breaks a sum is reported at the change, with its line; exit 1', () => {
    const r = cli('validate', BASE, `${FIX}/sum-broken-edition.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^test\/fixtures\/versions\/sum-broken-edition\.yaml:6:5: changes\[0\]: row 1\.1 has maxPoints 2 but its children add up to 2\.5 .*\[MAX_SUM_MISMATCH\]$/m);
  });

  it('an edition whose base is not given: UNKNOWN_BASE; --help says how editions are resolved', () => {
    const r = cli('validate', EDITION);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('extends: no set "base-2025" version "1" to extend; no other set was given [UNKNOWN_BASE]');
    expect(cli('validate', '--help').stdout).toContain('resolved against the other files given');
    expect(cli('--help').stdout).toMatch(/^ {2}diff\b/m);
  });
});
