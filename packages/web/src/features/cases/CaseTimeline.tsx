import { Link } from 'react-router';
import { Timeline, Typography } from 'antd';
import { DELIVERY_METHODS, SPECIAL_PROCEDURES, type CaseEventView } from '@yiwang/contracts';
import { type Translate, useT } from '../../app/i18n';
import { formatDateTime } from '../catalog/format';
import { channelLabel, eventLabel, roleLabel } from './caseLabels';

const COLORS: Record<string, string> = {
  'not-accept': 'red',
  'deny-step': 'red',
  withdraw: 'gray',
  'request-correction': 'orange',
  return: 'orange',
  accept: 'green',
  'approve-step': 'green',
  deliver: 'green',
};

interface CorrectionItem {
  materialIndex: number | null;
  note: string;
}

/** The channel says how a case came in: shown on the events that file it. */
const SUBMISSIONS: readonly string[] = ['created', 'submit', 'resubmit', 'file-at-window'];

/** Where it happened: a department's name (a bare region code of the window's hall says little: left out). */
const placeLabel = (place: string | null) => (place && !/^\d+$/.test(place) ? place : null);

/** What an event's data adds: the notice's items, the delivery, the procedure, the days. */
function EventDetail({ event, materialName, t }: { event: CaseEventView; materialName: (index: number) => string; t: Translate }) {
  const data = event.data;
  if (event.action === 'request-correction' && Array.isArray(data.items)) {
    return (
      <ol className="yw-case-notice-list">
        {(data.items as CorrectionItem[]).map((item, i) => (
          <li key={i}>
            {item.materialIndex !== null && <strong>{materialName(item.materialIndex)}：</strong>}
            {item.note}
          </li>
        ))}
      </ol>
    );
  }
  if (event.action === 'deliver' && typeof data.method === 'string') {
    const method = (DELIVERY_METHODS.labels as Record<string, string>)[data.method] ?? data.method;
    const extra =
      data.method === 'pickup'
        ? t('case.delivery.recipientIs', { name: String(data.recipient ?? '') })
        : data.method === 'post'
          ? `${String(data.carrier ?? '')} ${String(data.trackingNumber ?? '')}`
          : '';
    return <div>{extra ? `${method}（${extra}）` : method}</div>;
  }
  if ((event.action === 'start-special' || event.action === 'end-special') && typeof data.kind === 'string') {
    return <div>{(SPECIAL_PROCEDURES.labels as Record<string, string>)[data.kind] ?? data.kind}</div>;
  }
  if (event.action === 'accept' && typeof data.deemedAcceptedOn === 'string') {
    return <div>{t('case.deemedAccepted', { date: data.deemedAcceptedOn })}</div>;
  }
  if (Array.isArray(data.certificates) && data.certificates.length) {
    return (
      <div data-testid="event-certificates">
        {t('case.certificatesIssued')}
        {(data.certificates as string[]).map((id) => <div key={id}><Link to={`/certificates/verify?id=${encodeURIComponent(id)}`} className="yw-code">{id}</Link></div>)}
      </div>
    );
  }
  if (event.action === 'extend' && typeof data.workdays === 'number') {
    return <div>{t('case.extendBy', { n: data.workdays })}</div>;
  }
  return null;
}

/** 办理过程: every event appended to the case, oldest first — who, in which role, where, when, and the opinion. */
export function CaseTimeline({ events, materialName }: { events: CaseEventView[]; materialName: (index: number) => string }) {
  const t = useT();
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((event) => ({
        key: event.seq,
        color: COLORS[event.action] ?? 'blue',
        content: (
          <div className="yw-case-event" data-testid="case-event" data-action={event.action}>
            <div className="yw-case-event-head">
              <strong data-testid="case-event-action">{eventLabel(event.action, t)}</strong>
              {typeof event.data.step === 'string' && <span className="yw-muted">（{event.data.step}）</span>}
              <span className="yw-muted yw-nowrap">{formatDateTime(event.at)}</span>
            </div>
            <div className="yw-muted">
              {[event.actorName, roleLabel(event.role, t), placeLabel(event.place), SUBMISSIONS.includes(event.action) && event.channel ? channelLabel(event.channel) : null].filter(Boolean).join(' · ')}
            </div>
            {event.opinion && (
              <Typography.Paragraph className="yw-case-opinion" data-testid="case-event-opinion">
                {event.opinion}
              </Typography.Paragraph>
            )}
            <EventDetail event={event} materialName={materialName} t={t} />
          </div>
        ),
      }))}
    />
  );
}
