import type { ReactNode } from 'react';
import { Card } from 'antd';

export type GuideSectionId =
  | 'guide-basic'
  | 'guide-conditions'
  | 'guide-materials'
  | 'guide-process'
  | 'guide-fees'
  | 'guide-result'
  | 'guide-location'
  | 'guide-contact'
  | 'guide-faq'
  | 'guide-legal-basis';

/** A titled part of the guide; its id is the anchor and the test id. */
export function GuideSection({ id, title, children }: { id: GuideSectionId; title: string; children: ReactNode }) {
  return (
    <Card id={id} data-testid={id} title={<h2 className="yw-card-title">{title}</h2>} className="yw-guide-section">
      {children}
    </Card>
  );
}

export function TextBlock({ text, empty }: { text: string | null | undefined; empty: string }) {
  return <p className="yw-pre">{text?.trim() ? text : empty}</p>;
}
