import { describe, expect, it } from 'vitest';
import { locateIssues, parsePath, type Issue } from '../../../src/index.js';
import { formatPath } from '../../../src/errors.js';

describe('parsePath', () => {
  it('reads back every form formatPath writes', () => {
    for (const path of [['metrics', 'planIssuedOn'], ['nodes', 2, 'children', 0, 'rule', 'tiers', 1], ['points', '1.1.3'], ['notApplicable', 'a "quoted" key']]) {
      expect(parsePath(formatPath(path))).toEqual(path);
    }
  });

  it('rejects text that is not a path', () => {
    expect(parsePath('metrics..x')).toBeUndefined();
    expect(parsePath('(root)')).toBeUndefined();
  });
});

describe('locateIssues', () => {
  const text = 'criteriaSet: { id: s }\nunit: { id: u, name: U, level: province }\nyear: 2025\nmetrics:\n  rate: "9x"\npoints:\n  "1.1.3": "0.3"\n';
  const issue = (path: string): Issue => ({ code: 'X', severity: 'error', message: 'm', path, file: 'u.yaml' });

  it('puts the line and column of the value on an issue of that file', () => {
    expect(locateIssues([issue('metrics.rate')], text, 'u.yaml')[0]).toMatchObject({ line: 5, column: 9 });
    expect(locateIssues([issue('points["1.1.3"]')], text, 'u.yaml')[0]).toMatchObject({ line: 7, column: 12 });
  });

  it('falls back to the nearest ancestor the file has (a missing metric points at metrics:)', () => {
    expect(locateIssues([issue('metrics.absent')], text, 'u.yaml')[0]).toMatchObject({ line: 4, column: 1 });
  });

  it('leaves issues of other files, and issues already placed, as they are', () => {
    const other = { ...issue('metrics.rate'), file: 'other.yaml' };
    const placed = { ...issue('metrics.rate'), line: 1, column: 1 };
    expect(locateIssues([other, placed], text, 'u.yaml')).toEqual([other, placed]);
  });
});
