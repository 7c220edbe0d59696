/** Values checked once by identity: what checkAssessment and checkScenario return is not parsed again by the entry points that need every field. */
import { describe, expect, it } from 'vitest';
import { checkAssessment, checkScenario, parseAssessment } from '../../../src/index.js';
import { markChecked, wasChecked } from '../../../src/load/checked.js';

const input = { criteriaSet: { id: 's' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, metrics: { x: '5' } };

describe('checked values', () => {
  it('marks what checkAssessment, parseAssessment and checkScenario return, and nothing else', () => {
    const a = checkAssessment(input);
    const p = parseAssessment('criteriaSet: { id: s }\nunit: { id: u, name: u, level: province }\nyear: 2025\n');
    const s = checkScenario({ id: 'x' });
    if (!a.ok || !p.ok || !s.ok) throw new Error('inputs do not load');
    expect([wasChecked(a.value), wasChecked(p.value), wasChecked(s.value)]).toEqual([true, true, true]);
    // A copy is a new value: checked again where it matters.
    expect([wasChecked({ ...a.value }), wasChecked(input), wasChecked(null), wasChecked('x')]).toEqual([false, false, false, false]);
    const o = {};
    expect(markChecked(o)).toBe(o);
    expect(wasChecked(o)).toBe(true);
  });
});
