/** The exported workbook: a golden dump of the example, decimals as exact numbers, text never a formula, fixed dates. */
import { describe, expect, it } from 'vitest';
import { decimalValue, decodeXmlText, encodeXmlText } from '../../../src/excel/cells.js';
import { buildCriteriaWorkbook } from '../../../src/excel/criteria-workbook.js';
import { importCriteriaWorkbook } from '../../../src/excel/criteria-import.js';
import { SHEETS } from '../../../src/excel/layout.js';
import { formatTiers, parseTiers } from '../../../src/excel/tier-notation.js';
import { checkCriteriaSet } from '../../../src/index.js';
import { dumpWorkbook, loadSet, throughBytes } from './support.js';

const SET = loadSet('examples/example-department-2025.yaml');

describe('buildCriteriaWorkbook', () => {
  it('matches the golden dump of the example (read back from xlsx bytes)', async () => {
    await expect(dumpWorkbook(await throughBytes(buildCriteriaWorkbook(SET)))).toMatchFileSnapshot('../../golden/criteria-workbook.txt');
  });

  it('gives the same bytes-independent dump twice (fixed dates) and does not mutate the set', async () => {
    const before = structuredClone(SET);
    const a = dumpWorkbook(await throughBytes(buildCriteriaWorkbook(SET)));
    const b = dumpWorkbook(await throughBytes(buildCriteriaWorkbook(SET)));
    expect(a).toBe(b);
    expect(a).toContain('created 2000-01-01T00:00:00.000Z');
    expect(SET).toStrictEqual(before);
  });

  it('writes maxima as numbers only when the number prints back as the same decimal', () => {
    expect(decimalValue('0.25')).toBe(0.25);
    expect(decimalValue('14.5')).toBe(14.5);
    expect(decimalValue('100')).toBe(100);
    expect(decimalValue('1.50')).toBe('1.50');
    expect(decimalValue('0.1234567890123456789')).toBe('0.1234567890123456789');
  });

  it('reads a maximum typed as a number or as text back as the same decimal string', async () => {
    const set = checkCriteriaSet({ id: 's', version: '1', title: 't', status: 'example', unitLevels: ['province'], nodes: [
      { code: '1', name: 'a', maxPoints: '1.50', children: [{ code: '1.1', name: 'b', maxPoints: '1.5', rule: { kind: 'manual' } }] },
    ] });
    if (!set.ok) throw new Error('valid');
    const wb = await throughBytes(buildCriteriaWorkbook(set.value));
    expect(wb.getWorksheet(SHEETS.nodes)!.getCell('E2').value).toBe('1.50');
    expect(wb.getWorksheet(SHEETS.nodes)!.getCell('E3').value).toBe(1.5);
    const back = importCriteriaWorkbook(wb);
    expect(back.ok && back.value.nodes[0]!.maxPoints).toBe('1.50');
    expect(back.ok && back.value.nodes[0]!.children![0]!.maxPoints).toBe('1.5');
  });

  it('writes text starting with = + - @ as text, never a formula', async () => {
    const names = ['=SUM(A1:A9)', '+1', '-cmd', '@x'];
    const set = checkCriteriaSet({ id: 's', version: '1', title: '=HYPERLINK("x")', status: 'example', unitLevels: ['province'], nodes: names.map((name, i) => ({ code: String(i + 1), name, maxPoints: '1', rule: { kind: 'manual' } })) });
    if (!set.ok) throw new Error('valid');
    const wb = await throughBytes(buildCriteriaWorkbook(set.value));
    names.forEach((name, i) => {
      const cell = wb.getWorksheet(SHEETS.nodes)!.getCell(`C${i + 2}`);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
    });
    const back = importCriteriaWorkbook(wb);
    expect(back.ok && back.value).toStrictEqual(set.value);
  });

  it('escapes characters XML cannot hold the OOXML way, and back', () => {
    expect(encodeXmlText('a\u0000b\rc')).toBe('a_x0000_b_x000D_c');
    expect(encodeXmlText('_x0041_')).toBe('_x005F_x0041_');
    for (const s of ['a\u0000b', '_x0041_', 'x\uD800', 'plain']) expect(decodeXmlText(encodeXmlText(s))).toBe(s);
  });
});

describe('tier notation', () => {
  it('parses every interval form with its inclusive flags', () => {
    expect(parseTiers('>90: 2 "trên 90%"; [70,90]: 1; <70: 0')).toEqual([
      { min: '90', minInclusive: false, points: '2', label: 'trên 90%' },
      { min: '70', minInclusive: true, max: '90', maxInclusive: true, points: '1' },
      { max: '70', maxInclusive: false, points: '0' },
    ]);
    expect(parseTiers('≥ 80 : 1; (0, 80): 0.5; <=0: 0; *: 0')).toEqual([
      { min: '80', minInclusive: true, points: '1' },
      { min: '0', minInclusive: false, max: '80', maxInclusive: false, points: '0.5' },
      { max: '0', maxInclusive: true, points: '0' },
      { points: '0' },
    ]);
  });

  it('rejects what it cannot read, naming the tier', () => {
    expect(parseTiers('>90: 2; từ 70: 1')).toBe('tier 2 "từ 70: 1" is not written like `>90: 2`, `[70,90]: 1` or `<70: 0` (decimals with a point)');
    expect(parseTiers(' ; ')).toMatch(/^no tier/);
  });

  it('formats only tiers it can say exactly', () => {
    expect(formatTiers([{ min: '90', minInclusive: false, points: '2' }])).toBe('>90: 2');
    expect(formatTiers([{ min: '90', points: '2' }])).toBeUndefined();
    expect(formatTiers([{ min: 90, minInclusive: false, points: '2' }])).toBeUndefined();
    expect(formatTiers([{ max: '1', maxInclusive: true, points: '2', label: 'say "hi"' }])).toBeUndefined();
  });
});
