import { expect } from 'vitest';
import { ItemContent, type CaseView, type FormFieldInput } from '@yiwang/contracts';
import { readSeedData } from '../seed/data.js';
import { sampleContent } from './fixtures.js';
import type { AppTestContext, Browser } from './http.js';

/** The answer of a request that must succeed, as `T` (its body is shown when it does not). */
export const answer = <T>(res: { json(): unknown; statusCode: number; body: string }) => {
  expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(300);
  return res.json() as T;
};

/** A shop's application form: the certificate's face takes its values from it. */
export const SHOP_FORM: FormFieldInput[] = [
  { key: 'shop_name', label: '经营者名称', type: 'text', required: true },
  { key: 'premises', label: '经营场所', type: 'text', required: true },
];

/**
 * An item of the city's market-regulation bureau whose result is the certificate type `typeName`, decided in one
 * step by a department approver; the calendar seeded. Answers with the item's id.
 */
export async function publishCertificateItem(t: AppTestContext, basicCode: string, name: string, typeName: string): Promise<string> {
  await t.s.calendar.seedYears(readSeedData('calendar.json'));
  const content = ItemContent.parse(sampleContent({
    name, onlineDepth: '4', trips: 0,
    result: { name: typeName, type: 'certificate', certificateType: typeName },
    materials: [{ name: '营业执照', source: 'government' }],
    applicationForm: SHOP_FORM,
    reviewFlow: [{ name: '决定', steps: [{ name: '许可决定', sector: null, role: 'dept-approver' }] }],
  }));
  return t.publishItem(basicCode, content);
}

/** A case of that item applied for by the citizen, accepted by the clerk and approved: the case and its certificate's identifier. */
export async function approvedCase(
  t: AppTestContext, by: { citizen: Browser; clerk: Browser; approver: Browser }, itemId: string, key: string, shop = '湘味小馆',
): Promise<{ caseView: CaseView; identifier: string }> {
  const created = answer<CaseView>(await t.call(by.citizen, {
    method: 'POST', url: '/api/cases',
    payload: { itemId, idempotencyKey: key, submit: true, formValues: { shop_name: shop, premises: '长沙市芙蓉区五一大道 8 号' }, materials: [{ index: 0, mode: 'shared-data' }] },
  }));
  answer(await t.call(by.clerk, { method: 'POST', url: `/api/window/cases/${created.id}/accept`, payload: {} }));
  const inReview = answer<CaseView>(await t.call(by.approver, { url: `/api/staff/cases/${created.id}` }));
  const step = inReview.steps.find((s) => s.status === 'active')!;
  const done = answer<CaseView>(await t.call(by.approver, { method: 'POST', url: `/api/review/cases/${created.id}/steps/${step.id}/approve`, payload: {} }));
  expect(done.status).toBe('approved');
  return { caseView: done, identifier: (done.events.at(-1)!.data.certificates as string[])[0]! };
}
