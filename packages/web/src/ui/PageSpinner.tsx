import { Spin } from 'antd';

export function PageSpinner() {
  return (
    <div className="yw-page-spinner" role="status" aria-live="polite">
      <Spin size="large" />
    </div>
  );
}
