import { useState } from 'react';
import { Form } from 'antd';
import { applicationFormOf, type ItemDetail } from '@yiwang/contracts';
import { newIdempotencyKey } from '../files';
import { initialApplication, specsFromItem, type ApplicationValues } from './application';

/**
 * What an application form of one item needs, online or at the window: the antd form, the item's fields and
 * material specs, the initial values, and one idempotency key for this visit (a retry or a second click answers
 * with the same case).
 */
export function useApplicationForm<Extra extends object = object>(item: ItemDetail, extra?: Extra) {
  const [form] = Form.useForm();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [fields] = useState(() => applicationFormOf(item.content.applicationForm));
  const [specs] = useState(() => specsFromItem(item.content.materials));
  const [initialValues] = useState<ApplicationValues & Extra>(() => ({ ...initialApplication(specs), ...(extra as Extra) }));
  return { form, idempotencyKey, fields, specs, initialValues };
}
