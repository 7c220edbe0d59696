/** Plan files: what loads, and the exact issue (with line) for each problem. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { checkPlan, parsePlan } from '../../../src/plan/parse-plan.js';

const HEAD = `id: test-plan
title: Kế hoạch thử
issuer: Sở Nội vụ
year: 2025
source: { document: "KH 1/KH-SNV" }
tasks:
`;

function problems(body: string): string {
  const loaded = parsePlan(HEAD + body, { file: 'p.yaml' });
  expect(loaded.ok).toBe(false);
  return formatIssues(loaded.issues);
}

describe('parsePlan', () => {
  it('loads the Khánh Hòa example with its tasks verbatim', () => {
    const file = 'examples/plans/khanh-hoa-2025.yaml';
    const plan = parsePlan(readFileSync(file, 'utf8'), { file });
    expect(plan.ok && plan.value.tasks.length).toBe(63);
    expect(plan.ok && plan.value.tasks[2]).toEqual({
      id: 'I.2',
      task: 'Xây dựng Chương trình Xúc tiến đầu tư tỉnh Khánh Hòa năm 2025',
      product: 'Chương trình được UBND tỉnh phê duyệt',
      assignment: 'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với cơ quan, đơn vị liên quan tham mưu',
      coordinating: [],
      due: 'Quý I/2025',
      line: 136,
    });
  });

  it('the Quảng Trị example keeps lead and coordinating apart', () => {
    const file = 'examples/plans/quang-tri-ldtbxh-2024.yaml';
    const plan = parsePlan(readFileSync(file, 'utf8'), { file });
    expect(plan.ok && plan.value.tasks.length).toBe(58);
    expect(plan.ok && plan.value.tasks.find((t) => t.id === 'II.4.1')).toMatchObject({ lead: 'Văn phòng', due: 'Khi có TTHC ban hành mới hoặc khi có thay đổi', line: 201 });
  });

  it("an unreadable or impossible due time is an error at its line; \"Quý I\" takes the plan year", () => {
    const body = `  - { id: a, task: Việc A, lead: Sở Nội vụ, due: "sắp tới" }
  - { id: b, task: Việc B, lead: Sở Nội vụ, due: "Quý V/2025" }
  - { id: c, task: Việc C, lead: Sở Nội vụ, due: "Quý I" }
`;
    expect(problems(body)).toBe(
      [
        'p.yaml:7:50: tasks[0].due: "sắp tới" is not a due time parindex can read; write e.g. "Quý I/2025", "Tháng 01/2025", "Trước 15/01/2025", "Trong năm 2025", "Hàng quý" or "Thường xuyên" [DUE_TIME_UNREADABLE]',
        'p.yaml:8:50: tasks[1].due: "Quý V/2025": there is no quarter V (quarters are I–IV) [DUE_TIME_INVALID_DATE]',
      ].join('\n'),
    );
  });

  it('duplicate ids, missing fields and unknown keys are reported together', () => {
    const body = `  - { id: a, task: Việc A, lead: Sở Nội vụ, due: Quý I/2025 }
  - { id: a, task: Việc B, lead: Sở Nội vụ, due: Quý II/2025 }
`;
    expect(problems(body)).toBe('p.yaml:8:11: tasks[1].id: task id "a" is used by an earlier task; ids must be unique [DUPLICATE_TASK_ID]');
    const shape = problems(`  - { id: a, task: Việc A, due: Quý I/2025, hạn: x }\n`);
    expect(shape).toContain('tasks[0].lead: a task needs a lead (cơ quan chủ trì) or an assignment cell');
    expect(shape).toContain('tasks[0]["hạn"]: unknown key "hạn"');
  });

  it('bad YAML and an empty file are refused', () => {
    expect(parsePlan('tasks: [', { file: 'p.yaml' }).issues[0]?.code).toBe('PARSE_ERROR');
    expect(parsePlan('', {}).issues.map((i) => i.code)).toEqual(['EMPTY_FILE']);
  });

  it('checkPlan validates data; misuse throws naming the function', () => {
    expect(checkPlan({ id: 'x' }).ok).toBe(false);
    expect(() => parsePlan(42 as unknown as string)).toThrow('parsePlan: text must be a string');
  });
});
