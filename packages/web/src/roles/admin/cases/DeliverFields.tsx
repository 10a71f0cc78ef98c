import { Form, type FormInstance, Input, Radio } from 'antd';
import { DELIVERY_METHODS, type DeliveryMethod } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';

/** 送达: 窗口领取 (who took it), 邮寄 (address, carrier, waybill) or 电子送达. */
export function DeliverFields({ form }: { form: FormInstance }) {
  const t = useT();
  const method = (Form.useWatch('method', form) as DeliveryMethod | undefined) ?? 'pickup';
  return (
    <>
      <Form.Item name="method" label={t('case.delivery.method')} required>
        <Radio.Group
          data-testid="deliver-method"
          options={DELIVERY_METHODS.codes.map((code) => ({
            value: code,
            label: <span data-testid={`deliver-method-${code}`}>{DELIVERY_METHODS.label(code)}</span>,
          }))}
        />
      </Form.Item>
      {method === 'pickup' && (
        <Form.Item name="recipient" label={t('case.delivery.recipient')} required>
          <Input maxLength={30} data-testid="deliver-recipient" />
        </Form.Item>
      )}
      {method === 'post' && (
        <>
          <Form.Item name="address" label={t('case.delivery.address')} required>
            <Input.TextArea rows={2} maxLength={200} data-testid="deliver-address" />
          </Form.Item>
          <Form.Item name="carrier" label={t('case.delivery.carrier')} required>
            <Input maxLength={30} placeholder={t('case.delivery.carrierPlaceholder')} data-testid="deliver-carrier" />
          </Form.Item>
          <Form.Item name="trackingNumber" label={t('case.delivery.trackingNumber')} required>
            <Input maxLength={30} className="yw-code" data-testid="deliver-tracking" />
          </Form.Item>
        </>
      )}
      {method === 'electronic' && <p className="yw-muted">{t('case.delivery.electronicHint')}</p>}
    </>
  );
}
