import { describe, expect, it } from 'vitest';
import { allowedCaseActions, CASE_ACTIONS, CASE_STATUSES, CASE_TRANSITIONS, nextCaseStatus } from './case-lifecycle.js';
import { applicationFormOf, DEFAULT_APPLICATION_FORM, formValuesSchema, type FormField } from './application-form.js';

describe('case transition table', () => {
  it('walks the happy path from submission to delivery', () => {
    expect(nextCaseStatus('draft', 'submit')).toBe('submitted');
    expect(nextCaseStatus('submitted', 'request-correction')).toBe('correction');
    expect(nextCaseStatus('correction', 'resubmit')).toBe('submitted');
    expect(nextCaseStatus('submitted', 'accept')).toBe('in-review');
    expect(nextCaseStatus('in-review', 'approve-step', false)).toBe('in-review');
    expect(nextCaseStatus('in-review', 'approve-step', true)).toBe('approved');
    expect(nextCaseStatus('approved', 'deliver')).toBe('delivered');
  });

  it('refuses what the law does not allow', () => {
    expect(nextCaseStatus('in-review', 'request-correction')).toBeNull(); // 补正 only before acceptance
    expect(nextCaseStatus('approved', 'withdraw')).toBeNull(); // no withdrawal after the decision
    expect(nextCaseStatus('delivered', 'accept')).toBeNull();
    expect(nextCaseStatus('draft', 'accept')).toBeNull();
    expect(nextCaseStatus('returned', 'accept')).toBe('in-review');
  });

  it('gives each party only its own actions', () => {
    expect(allowedCaseActions('submitted', 'applicant')).toEqual(['withdraw']);
    expect(allowedCaseActions('submitted', 'window')).toEqual(['request-correction', 'accept', 'not-accept']);
    expect(allowedCaseActions('in-review', 'reviewer')).toEqual(['approve-step', 'deny-step', 'return', 'start-special', 'end-special', 'extend']);
    expect(allowedCaseActions('in-review', 'window')).toEqual([]);
    expect(allowedCaseActions('approved', 'window')).toEqual(['deliver']);
  });

  it('names every action and leads only to known statuses', () => {
    for (const action of CASE_ACTIONS.codes) {
      const t = CASE_TRANSITIONS[action];
      for (const from of t.from) expect(CASE_STATUSES.codes).toContain(from);
      if (t.to !== 'by-steps') expect(CASE_STATUSES.codes).toContain(t.to);
    }
  });
});

describe('application forms', () => {
  const fields: FormField[] = [
    { key: 'name', label: '店铺名称', type: 'text', required: true, options: [], help: '', maxLength: 10 },
    { key: 'area', label: '面积', type: 'number', required: true, options: [], help: '', maxLength: null },
    { key: 'kind', label: '类别', type: 'select', required: false, options: ['餐饮', '零售'], help: '', maxLength: null },
    { key: 'agree', label: '承诺', type: 'checkbox', required: true, options: [], help: '', maxLength: null },
    { key: 'id', label: '身份证号码', type: 'id-number', required: false, options: [], help: '', maxLength: null },
    { key: 'day', label: '开业日期', type: 'date', required: false, options: [], help: '', maxLength: null },
  ];

  it('validates values with the field definitions and names each field in Chinese', () => {
    const bad = formValuesSchema(fields).safeParse({ name: '一二三四五六七八九十十一', area: 'x', kind: '批发', agree: false, id: '430102199003071235', day: '2026-02-30' });
    expect(bad.success).toBe(false);
    const byField = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toMatchObject({
      name: '店铺名称不能超过 10 个字', area: '面积应为数字', kind: '类别须从选项中选择', agree: '请填写承诺',
      id: expect.stringContaining('GB 11643'), day: '开业日期不是有效日期',
    });
  });

  it('accepts good values, coerces numbers, drops empty optional ones and unknown keys', () => {
    const ok = formValuesSchema(fields).parse({ name: '湘味', area: '60', kind: '', agree: true, id: '430102199003071234', extra: 'x' });
    expect(ok).toEqual({ name: '湘味', area: 60, agree: true, id: '430102199003071234' });
  });

  it('reports a required field left out altogether, not only an empty one', () => {
    const r = formValuesSchema(DEFAULT_APPLICATION_FORM).safeParse({});
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['contact_name', 'contact_phone', 'request']);
  });

  it('uses the default form when an item defines none', () => {
    expect(applicationFormOf([])).toBe(DEFAULT_APPLICATION_FORM);
    expect(applicationFormOf(fields)).toEqual(fields);
  });
});
