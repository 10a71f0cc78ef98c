import { Anchor, Col, Grid, Result, Row, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { type MessageKey, useT } from '../../../app/i18n';
import { useItem } from '../../../features/catalog/items.api';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { BasicInfo } from './BasicInfo';
import {
  ConditionsSection, ContactSection, FaqSection, FeesSection, LegalBasisSection, LocationSection, ResultSection,
} from './GuideDetails';
import { GuideHeader } from './GuideHeader';
import type { GuideSectionId } from './GuideSection';
import { MaterialsTable } from './MaterialsTable';
import { ProcessSection } from './ProcessSection';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

const ANCHORS: [GuideSectionId, MessageKey][] = [
  ['guide-basic', 'guide.basic'],
  ['guide-conditions', 'guide.conditions'],
  ['guide-materials', 'guide.materialsShort'],
  ['guide-process', 'guide.process'],
  ['guide-fees', 'guide.fees'],
  ['guide-result', 'guide.result'],
  ['guide-location', 'guide.location'],
  ['guide-contact', 'guide.contact'],
  ['guide-faq', 'guide.faq'],
  ['guide-legal-basis', 'guide.legalBasis'],
];

/** 办事指南: every element of a published implementation item. */
export default function ItemGuidePage() {
  const { id } = useParams();
  const t = useT();
  const screens = Grid.useBreakpoint();
  const item = useItem(id);
  useDocumentTitle(item.data?.name);
  if (isApiError(item.error) && item.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('guide.notFound')}
        subTitle={item.error.message}
        extra={<LinkButton type="primary" to="/search">{t('search.title')}</LinkButton>}
        data-testid="guide-not-found"
      />
    );
  }
  if (item.isError) return <QueryError error={item.error} onRetry={() => void item.refetch()} />;
  if (item.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  const { content } = item.data;
  return (
    <div className="yw-stack" data-testid="item-guide">
      <GuideHeader item={item.data} />
      <Row gutter={24}>
        <Col xs={24} lg={19}>
          <div className="yw-stack">
            <BasicInfo item={item.data} />
            <ConditionsSection content={content} />
            <MaterialsTable materials={content.materials} />
            <ProcessSection online={content.processOnline} offline={content.processOffline} />
            <FeesSection fees={content.fees} />
            <ResultSection content={content} />
            <LocationSection content={content} />
            <ContactSection content={content} />
            <FaqSection content={content} />
            <LegalBasisSection item={item.data} />
          </div>
        </Col>
        {screens.lg && (
          <Col lg={5}>
            <Anchor
              offsetTop={16}
              replace
              aria-label={t('guide.contents')}
              items={ANCHORS.map(([key, label]) => ({ key, href: `#${key}`, title: t(label) }))}
            />
          </Col>
        )}
      </Row>
    </div>
  );
}
