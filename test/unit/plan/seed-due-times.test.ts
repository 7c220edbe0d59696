/** Every due time the three seed plans write reads, and reads the same in any time zone. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDueTime } from '../../../src/plan/parse-due-time.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';

const PLANS = ['soc-trang-2025', 'quang-tri-ldtbxh-2024', 'khanh-hoa-2025'].map((id) => `examples/plans/${id}.yaml`);

/** Due cells of seed 000 outside the section extracted to soc-trang-2025.yaml (seed lines 182-584). */
const SOC_TRANG_REST = ['Hàng quý', 'Quý I', 'Trong quý I/2025', 'Tháng 10/2025', 'Tháng 12/2025', 'Năm 2025', 'Theo Công văn số 3553/UBND-NC ngày 31/10/2024 của Chủ tịch UBND tỉnh Sóc Trăng'];

function seedDueTimes(): Map<string, number> {
  const byText = new Map<string, number>();
  for (const file of PLANS) {
    const plan = parsePlan(readFileSync(file, 'utf8'), { file });
    if (!plan.ok) throw new Error(`${file} does not load: ${plan.issues[0]?.message}`);
    for (const task of plan.value.tasks) byText.set(task.due, plan.value.year);
  }
  for (const text of SOC_TRANG_REST) if (!byText.has(text)) byText.set(text, 2025);
  return byText;
}

describe('due times written in the seed plans', () => {
  const all = seedDueTimes();

  it('there are 50 distinct expressions', () => {
    expect(all.size).toBe(50);
  });

  it('every one reads, with the plan year for those that omit it', () => {
    const unreadable = [...all].filter(([text, year]) => !parseDueTime(text, { year }).ok);
    expect(unreadable).toEqual([]);
  });

  it('each plan file loads with no issue at all', () => {
    for (const file of PLANS) expect(parsePlan(readFileSync(file, 'utf8'), { file }).issues).toEqual([]);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // January offsets in minutes (Date#getTimezoneOffset), to prove the zone really changed.
  it.each([['Asia/Ho_Chi_Minh', -420], ['America/New_York', 300], ['Pacific/Kiritimati', -840], ['Pacific/Pago_Pago', 660], ['UTC', 0]] as const)('every seed due time reads the same in %s', (zone, offset) => {
    const all = [...seedDueTimes()];
    delete process.env.TZ;
    process.env.TZ = 'UTC';
    const inUtc = all.map(([text, year]) => parseDueTime(text, { year }));
    process.env.TZ = zone;
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(offset);
    expect(all.map(([text, year]) => parseDueTime(text, { year }))).toEqual(inUtc);
    expect(parseDueTime('Quý IV/2024')).toMatchObject({ value: { due: '2024-12-31', start: '2024-10-01' } });
    expect(parseDueTime('Trước 01/01/2025')).toMatchObject({ value: { due: '2024-12-31' } });
  });
});
