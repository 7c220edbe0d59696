/**
 * End-to-end: runs the built CLI (`npm run build` first) as a user would, from
 * the repository root, and checks output and exit codes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, requireBuild, ROOT, type Run } from '../support/cli.js';
import { parseAssessment, parseCriteriaSet, RuleRegistry, scoreAssessment } from '../../src/index.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/so-tu-phap-2025.yaml';
const FIX = 'test/fixtures/cli';



/** A usage or data error: the given exit code, nothing on stdout, one message per line and no stack. */
function expectFailure(r: Run, code: number, pattern: RegExp, lines = 1): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(lines);
  expect(r.stderr).not.toContain('    at ');
}

function scoreDirect(set: string, unit: string, asOf?: string) {
  const s = parseCriteriaSet(readFileSync(`${ROOT}${set}`, 'utf8'), { file: set });
  const a = parseAssessment(readFileSync(`${ROOT}${unit}`, 'utf8'), { file: unit });
  if (!s.ok || !a.ok) throw new Error('example files should load');
  return scoreAssessment(s.value, a.value, { file: unit, ...(asOf !== undefined && { asOf }) });
}

beforeAll(() => {
  requireBuild();
});

describe('parindex score (table)', () => {
  let run: Run;
  beforeAll(() => {
    run = cli('score', '--criteria', SET, UNIT, '--as-of', '2025-12-31');
  });

  it('prints the total, the index and the band, and exits 0', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toContain('Tổng điểm:   17.60 / 20.00');
    expect(lines).toContain('Chỉ số CCHC: 88.02%');
    expect(lines).toContain('Xếp loại:    Tốt');
    expect(lines).toContain('Đơn vị: Sở Tư pháp (ví dụ) — tính đến ngày 31/12/2025');
    expect(run.stdout).toMatch(/│ Tổng cộng +│ +20\.00 │ +17\.60 │ +88\.02 │/);
  });

  it('matches the golden table', async () => {
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/score-example.txt');
  });

  it('is exactly what `npm start` runs', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe(`node ${BIN} score --criteria ${SET} ${UNIT} --as-of 2025-12-31`);
  });

  it('fits 100 columns when piped, every table line the same width', () => {
    const table = run.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(table.length).toBeGreaterThan(20);
    expect(new Set(table.map((l) => l.length))).toEqual(new Set([100]));
  });

  it('shows rounded points and ratios, never the unrounded decimals', () => {
    expect(run.stdout).toMatch(/│ 2\.2 +│ .* │ +1\.50 │ +1\.18 │ +78\.83 │/);
    expect(run.stdout).not.toMatch(/\d\.\d{3,}/);
  });

  it('reads a file with a UTF-8 byte-order mark', () => {
    const bom = cli('score', '--criteria', SET, `${FIX}/bom-assessment.yaml`, '--as-of', '2025-12-31');
    expect(bom.code, bom.stderr).toBe(0);
    expect(bom.stdout).toBe(run.stdout);
  });
});

describe('parindex score (incomplete data)', () => {
  const unit = `${FIX}/so-incomplete.yaml`;

  it('marks not-applicable and missing rows, shows the applicable maximum, lists the issue, exits 1', () => {
    const r = cli('score', '-c', SET, unit, '--as-of', '2025-12-31');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('│ Áp dụng │');
    expect(r.stdout).toMatch(/│ 2\.1 +│ .* │ +2\.00 │ +0\.00 │ +KAD │ +— │/);
    expect(r.stdout).toMatch(/│ 3\.2 +│ .* │ +thiếu │ +— │/);
    expect(r.stdout).toContain('Ghi chú: KAD = không áp dụng (không phát sinh); thiếu = thiếu dữ liệu.');
    expect(r.stdout).toContain('Chỉ số CCHC: chưa tính được');
    expect(r.stdout).toMatch(/so-incomplete\.yaml:6:1: metrics\.leaderSurveyScore: .*\[INPUT_MISSING\]/);
    expect(r.stderr).toBe('error: test/fixtures/cli/so-incomplete.yaml: 1 error in the result; no index was computed\n');
  });

  it('--missing zero scores the row 0 with a warning and exits 0', () => {
    const r = cli('score', '-c', SET, unit, '--missing', 'zero');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Chỉ số CCHC: \d+\.\d\d%/);
    expect(r.stdout).toMatch(/warning: .*\[INPUT_MISSING_SCORED_ZERO\]/);
  });
});

describe('parindex score --format json', () => {
  it('prints the ScoreResult exactly as scoreAssessment returns it', () => {
    const r = cli('score', '--criteria', SET, UNIT, '--as-of', '2025-12-31', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as ReturnType<typeof scoreAssessment>;
    const direct = scoreDirect(SET, UNIT, '2025-12-31');
    expect(printed.index).toBe(direct.index);
    expect(printed.display.index).toBe('88.02');
    expect(printed).toEqual(direct);
    expect(r.stdout).toBe(`${JSON.stringify(direct, null, 2)}\n`);
  });
});

describe('usage errors exit 2 with one line and no stack', () => {
  it.each(['2025-02-30', '31/12/2025'])('--as-of %s', (date) => {
    expectFailure(cli('score', '-c', SET, UNIT, '--as-of', date), 2, /^error: option '--as-of <YYYY-MM-DD>' argument '.*' is invalid\. Expected a real date YYYY-MM-DD/);
  });

  it('a criteria file that does not exist', () => {
    expectFailure(cli('score', '-c', 'examples/nope.yaml', UNIT), 2, /^error: cannot read criteria file examples\/nope\.yaml: no such file$/m);
  });

  it('an assessment file that does not exist', () => {
    expectFailure(cli('score', '-c', SET, 'nope.yaml'), 2, /^error: cannot read assessment file nope\.yaml: no such file$/m);
  });

  it('a directory given as a file', () => {
    expectFailure(cli('score', '-c', 'examples', UNIT), 2, /is a directory/);
  });

  it.each([
    [['frobnicate'], /^error: unknown command 'frobnicate'/],
    [['score', '-c', SET, UNIT, '--bogus'], /^error: unknown option '--bogus'/],
    [['--bogus'], /^error: unknown option '--bogus'/],
    [['score', UNIT], /^error: required option '-c, --criteria <file>' not specified/],
    [['score', '-c', SET], /^error: missing required argument 'assessment'/],
    [['score', '-c', SET, UNIT, 'extra'], /^error: too many arguments/],
    [['score', '-c', SET, UNIT, '--format', 'xml'], /Allowed choices are table, json/],
    [['score', '-c', SET, UNIT, '--missing', 'skip'], /Allowed choices are report, zero/],
    [['validate'], /^error: missing required argument 'criteria'/],
  ])('%j', (args, pattern) => {
    expectFailure(cli(...args), 2, pattern);
  });

  it('no command at all shows the help on stderr', () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: parindex');
  });
});

describe('bad data exits 1 with coded issue lines and no stack', () => {
  it('an invalid criteria set', () => {
    const r = cli('score', '-c', `${FIX}/broken-criteria.yaml`, UNIT);
    expectFailure(r, 1, /^error: test\/fixtures\/cli\/broken-criteria\.yaml: invalid criteria set \(3 errors\); nothing was scored$/m, 4);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/broken-criteria\.yaml:12:16: nodes\[0\]\.maxPoints: .*\[MAX_SUM_MISMATCH\]$/m);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/broken-criteria\.yaml:\d+:\d+: nodes\[0\]\.children\[0\]\.rule\.kind: .*\[UNKNOWN_RULE_KIND\]$/m);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/broken-criteria\.yaml:\d+:\d+: nodes\[0\]\.children\[1\]\.rule\.tiers.*\[TIER_GAP\]$/m);
  });

  it('an assessment of the wrong shape', () => {
    const r = cli('score', '-c', SET, `${FIX}/broken-assessment.yaml`);
    expectFailure(r, 1, /invalid assessment \(2 errors\)/, 3);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/broken-assessment\.yaml:\d+:\d+: year: .*\[INVALID_TYPE\]$/m);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/broken-assessment\.yaml:\d+:\d+: metric: .*\[UNKNOWN_KEY\]$/m);
  });

  it('both files invalid: both are reported in one run', () => {
    const r = cli('score', '-c', `${FIX}/broken-criteria.yaml`, `${FIX}/broken-assessment.yaml`);
    expectFailure(r, 1, /invalid criteria set \(3 errors\)[^]*invalid assessment \(2 errors\)/, 7);
  });

  it('a file that is not YAML', () => {
    const r = cli('score', '-c', `${FIX}/syntax-error.yaml`, UNIT);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^test\/fixtures\/cli\/syntax-error\.yaml:\d+:\d+: \(root\): .*\[PARSE_ERROR\]$/m);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('parindex validate', () => {
  it('a valid set: one summary line, exit 0', () => {
    const r = cli('validate', SET);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${SET}: ok\n`);
  });

  it('warnings are listed but do not fail', () => {
    const r = cli('validate', `${FIX}/warning-criteria.yaml`);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^test\/fixtures\/cli\/warning-criteria\.yaml:\d+:\d+: metrics\.neverRead: warning: .*\[UNUSED_METRIC\]$/),
      'test/fixtures/cli/warning-criteria.yaml: ok (1 warning)',
    ]);
  });

  it('a broken set: every issue, one line each, then the summary; exit 1', () => {
    const r = cli('validate', `${FIX}/broken-criteria.yaml`);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => /\[([A-Z_]+)\]$/.exec(l)?.[1]).sort()).toEqual(['MAX_SUM_MISMATCH', 'TIER_GAP', 'UNKNOWN_RULE_KIND']);
    expect(lines[3]).toBe('test/fixtures/cli/broken-criteria.yaml: invalid (3 errors)');
    expect(r.stderr).toBe('');
  });

  it('several files: each is reported; an unreadable path makes it exit 2', () => {
    const r = cli('validate', SET, 'nope.yaml', `${FIX}/broken-criteria.yaml`);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${SET}: ok\n`);
    expect(r.stdout).toContain('test/fixtures/cli/broken-criteria.yaml: invalid (3 errors)\n');
    expect(r.stderr).toBe('error: cannot read criteria file nope.yaml: no such file\n');
  });
});

describe('help, version and rules', () => {
  it('--help mentions every subcommand and the exit codes', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const command of ['validate', 'diff', 'score', 'rounds', 'rank', 'rules', 'criteria', 'whatif']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(r.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n(.*\n)* {2}2 .*\n(.*\n)* {2}3 /);
    expect(r.stdout).toContain('does not exist');
  });

  it('score --help lists its options', () => {
    const r = cli('score', '--help');
    expect(r.code).toBe(0);
    for (const option of ['--criteria', '--format', '--as-of', '--missing', '--verbose']) expect(r.stdout).toContain(option);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('rules lists the 12 built-in kinds with their summaries', () => {
    const r = cli('rules');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(RuleRegistry.builtIn().kinds());
    for (const kind of RuleRegistry.builtIn().list()) expect(r.stdout).toContain(kind.summary);
  });
});
