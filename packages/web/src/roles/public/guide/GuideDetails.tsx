import { Collapse, Descriptions, Empty, Table } from 'antd';
import { RESULT_TYPES, type Fee, type ItemDetail } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { GuideSection, TextBlock } from './GuideSection';

type Content = ItemDetail['content'];

export function ConditionsSection({ content }: { content: Content }) {
  const t = useT();
  return (
    <GuideSection id="guide-conditions" title={t('guide.conditions')}>
      <TextBlock text={content.conditions} empty={t('common.none')} />
    </GuideSection>
  );
}

/** 收费: a table of fees, or 不收费. */
export function FeesSection({ fees }: { fees: Fee[] }) {
  const t = useT();
  return (
    <GuideSection id="guide-fees" title={t('guide.fees')}>
      {fees.length === 0 ? (
        <p className="yw-strong" data-testid="fees-none">
          {t('guide.noFee')}
        </p>
      ) : (
        <Table
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={fees}
          scroll={{ x: 600 }}
          columns={[
            { key: 'name', title: t('fee.name'), dataIndex: 'name' },
            { key: 'standard', title: t('fee.standard'), dataIndex: 'standard' },
            { key: 'basis', title: t('fee.basis'), dataIndex: 'basis' },
            { key: 'reducible', title: t('fee.reducible'), render: (_, fee) => (fee.reducible ? t('common.yes') : t('common.no')) },
          ]}
        />
      )}
    </GuideSection>
  );
}

export function ResultSection({ content }: { content: Content }) {
  const t = useT();
  const r = content.result;
  return (
    <GuideSection id="guide-result" title={t('guide.result')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('result.name'), children: r.name },
          { key: 'type', label: t('result.type'), children: RESULT_TYPES.label(r.type) },
          { key: 'cert', label: t('result.certificateType'), children: r.certificateType ?? t('common.none') },
          { key: 'sample', label: t('result.sample'), children: r.sample ?? t('common.none') },
        ]}
      />
    </GuideSection>
  );
}

export function LocationSection({ content }: { content: Content }) {
  const t = useT();
  return (
    <GuideSection id="guide-location" title={t('guide.location')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'location', label: t('field.location'), children: <span className="yw-pre">{content.location || t('common.none')}</span> },
          { key: 'hours', label: t('field.hours'), children: <span className="yw-pre">{content.hours || t('common.none')}</span> },
        ]}
      />
    </GuideSection>
  );
}

function Phone({ number, empty }: { number: string | null; empty: string }) {
  return number ? <a href={`tel:${number.replace(/[^\d-]/g, '')}`}>{number}</a> : <span>{empty}</span>;
}

export function ContactSection({ content }: { content: Content }) {
  const t = useT();
  return (
    <GuideSection id="guide-contact" title={t('guide.contact')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'consult', label: t('field.consultPhone'), children: <Phone number={content.consultPhone} empty={t('common.none')} /> },
          { key: 'complaint', label: t('field.complaintPhone'), children: <Phone number={content.complaintPhone} empty={t('common.none')} /> },
        ]}
      />
    </GuideSection>
  );
}

export function FaqSection({ content }: { content: Content }) {
  const t = useT();
  return (
    <GuideSection id="guide-faq" title={t('guide.faq')}>
      {content.faqs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('guide.noFaq')} />
      ) : (
        <Collapse
          items={content.faqs.map((faq, i) => ({
            key: i,
            label: faq.question,
            children: <p className="yw-pre">{faq.answer}</p>,
          }))}
        />
      )}
    </GuideSection>
  );
}

export function LegalBasisSection({ item }: { item: ItemDetail }) {
  const t = useT();
  return (
    <GuideSection id="guide-legal-basis" title={t('guide.legalBasis')}>
      <TextBlock text={item.content.legalBasis || item.catalogItem.legalBasis} empty={t('common.none')} />
    </GuideSection>
  );
}
