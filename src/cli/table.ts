/** The score as a tree table: one table row per area, so separators fall between areas. */
import Table from 'cli-table3';
import { Decimal, type CriteriaSet, type ResultNode, type ScoreResult } from '../index.js';
import { maxText, rounded, wrap } from './format.js';

/** One printed line of the tree, numbers already formatted. */
interface Line {
  code: string;
  depth: number;
  name: string;
  max: string;
  applicable: string;
  points: string;
  pct: string;
}

/** Text shown instead of points for a row that has none. */
export const STATUS_MARK = { 'not-applicable': 'KAD', 'missing-input': 'thiếu', 'invalid-input': 'lỗi' } as const;

const HEAD = { code: 'Mã', name: 'Tiêu chí', max: 'Tối đa', applicable: 'Áp dụng', points: 'Điểm', pct: '%' };
const MIN_NAME_WIDTH = 24;

/** Renders the tree, bonus, penalty and total as a bordered table `width` columns wide at most. */
export function scoreTable(result: ScoreResult, set: CriteriaSet, width: number): string {
  const { points: pp, index: ip } = set.rounding;
  const line = (n: ResultNode, depth: number, pct: boolean): Line => ({
    code: n.code,
    depth,
    name: n.name,
    max: maxText(n.maxPoints, pp),
    applicable: maxText(n.applicableMaxPoints, pp),
    points: n.status === 'scored' && n.points !== null ? rounded(n.points, pp) : STATUS_MARK[n.status as keyof typeof STATUS_MARK] ?? '—',
    pct: pct && n.ratio !== null ? rounded(n.ratio, ip) : pct ? '—' : '',
  });
  const tree = (n: ResultNode, depth: number): Line[] => [line(n, depth, true), ...n.children.flatMap((c) => tree(c, depth + 1))];
  const groups: Line[][] = result.nodes.map((n) => tree(n, 0));
  for (const [key, fallback] of [['bonus', 'Điểm thưởng'], ['penalty', 'Điểm trừ']] as const) {
    const adj = result[key];
    if (!adj) continue;
    const cap = maxText(adj.cap, pp);
    const head: Line = { code: '', depth: 0, name: set.adjustments?.[key]?.name ?? fallback, max: cap, applicable: cap, points: rounded(adj.points, pp), pct: '' };
    groups.push([head, ...adj.items.map((n) => line(n, 1, false))]);
  }
  groups.push([totalLine(result, set)]);
  return render(groups, showApplicable(result), width);
}

function totalLine(result: ScoreResult, set: CriteriaSet): Line {
  const pp = set.rounding.points;
  return {
    code: '',
    depth: 0,
    name: 'Tổng cộng',
    max: maxText(result.maxPoints, pp),
    applicable: maxText(result.applicableMaxPoints, pp),
    points: result.display.points ?? '—',
    pct: result.display.index ?? '—',
  };
}

/** The "Áp dụng" column only earns its place when some row has a smaller applicable maximum. */
function showApplicable(result: ScoreResult): boolean {
  const differs = (n: ResultNode): boolean => !new Decimal(n.maxPoints).eq(n.applicableMaxPoints) || n.children.some(differs);
  return result.nodes.some(differs) || !new Decimal(result.maxPoints).eq(result.applicableMaxPoints);
}

function render(groups: Line[][], applicable: boolean, width: number): string {
  const cols = (['code', 'max', ...(applicable ? (['applicable'] as const) : []), 'points', 'pct'] as const);
  const all = groups.flat();
  const widthOf = (key: (typeof cols)[number]) => Math.max(HEAD[key].length, ...all.map((l) => l[key].length));
  // Each column costs its content plus 2 padding and 1 border; one more border closes the row.
  const fixed = cols.reduce((sum, key) => sum + widthOf(key) + 3, 0) + 3 + 1;
  const nameWidth = Math.max(MIN_NAME_WIDTH, width - fixed);
  const table = new Table({
    head: [HEAD.code, HEAD.name, ...cols.slice(1).map((k) => HEAD[k])],
    colAligns: ['left', 'left', ...cols.slice(1).map(() => 'right' as const)],
    style: { head: [], border: [] },
  });
  for (const group of groups) {
    const cells = { code: [] as string[], name: [] as string[], max: [] as string[], applicable: [] as string[], points: [] as string[], pct: [] as string[] };
    for (const l of group) {
      const name = wrap(l.name, nameWidth, l.depth * 2);
      const blank = Array<string>(name.length - 1).fill('');
      cells.name.push(...name);
      for (const key of cols) cells[key].push(l[key], ...blank);
    }
    table.push([cells.code.join('\n'), cells.name.join('\n'), ...cols.slice(1).map((k) => cells[k].join('\n'))]);
  }
  return table.toString();
}
