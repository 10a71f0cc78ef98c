import { describe, expect, it } from 'vitest';
import { createCalendar, DEFAULT_DEADLINE_THRESHOLDS } from '@yiwang/contracts';
import { deadlines } from './deadlines.js';
import type { CaseRow, CaseStepRow } from './cases.repository.js';

// December 2026 has no holidays: working days are Monday to Friday.
const cal = createCalendar([{ year: 2026, holidays: [], makeupWorkdays: [] }]);

// Accepted on Friday 2026-11-27 with 3 promised working days: due Wednesday 2026-12-02.
const row = { acceptedOn: '2026-11-27', promisedWorkdays: 3, concludedAt: null } as CaseRow;
const step = (id: string, stage: number, status: string, extra: Partial<CaseStepRow> = {}) =>
  ({ id, stage, status, pauses: [], extensions: [], ...extra }) as CaseStepRow;

describe('the case deadline over its steps', () => {
  it('keeps an undecided case on the clock when a step of it is decided: overdue shows red', () => {
    const steps = [step('exam', 0, 'approved'), step('decide', 1, 'active'), step('fire', 1, 'approved')];
    const { caseDeadline, byStep } = deadlines(cal, row, steps, '2026-12-08', DEFAULT_DEADLINE_THRESHOLDS);
    expect(caseDeadline).toMatchObject({ known: true, due: '2026-12-02', remainingWorkdays: -4, level: 'red' });
    // A decided step has no time left to show; the step still open does.
    expect(byStep.get('exam')).toMatchObject({ due: '2026-12-02', remainingWorkdays: null, level: null });
    expect(byStep.get('decide')).toMatchObject({ remainingWorkdays: -4, level: 'red' });
  });

  it('is due when the slowest chain of steps is: an extension of one parallel step moves the case', () => {
    const extended = { extensions: [{ workdays: 5, reason: '需现场核查', at: '2026-12-01T02:00:00.000Z' }] };
    const steps = [step('exam', 0, 'approved'), step('decide', 1, 'active'), step('fire', 1, 'active', extended)];
    const { caseDeadline, byStep } = deadlines(cal, row, steps, '2026-12-08', DEFAULT_DEADLINE_THRESHOLDS);
    expect(byStep.get('decide')).toMatchObject({ due: '2026-12-02', level: 'red' });
    expect(byStep.get('fire')).toMatchObject({ due: '2026-12-09', remainingWorkdays: 1 });
    expect(caseDeadline).toMatchObject({ due: '2026-12-09', remainingWorkdays: 1, level: 'yellow' });
  });

  it('shows no time left once the case is concluded', () => {
    const steps = [step('exam', 0, 'approved'), step('decide', 1, 'approved')];
    const { caseDeadline } = deadlines(cal, { ...row, concludedAt: new Date() }, steps, '2026-12-08', DEFAULT_DEADLINE_THRESHOLDS);
    expect(caseDeadline).toMatchObject({ known: true, due: '2026-12-02', remainingWorkdays: null, level: null });
  });

  it('is unknown when a step needs a year the calendar does not hold', () => {
    const late = { ...row, acceptedOn: '2026-12-28', promisedWorkdays: 5 };
    const { caseDeadline } = deadlines(cal, late, [step('exam', 0, 'active')], '2026-12-29', DEFAULT_DEADLINE_THRESHOLDS);
    expect(caseDeadline).toMatchObject({ known: false, due: null, level: null });
    expect(caseDeadline?.message).toContain('2027');
  });
});
