import { Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';

export function PublicFooter() {
  const t = useT();
  return (
    <footer className="yw-footer">
      <div className="yw-container">
        <Space separator="|" wrap>
          <a href="/api/docs" target="_blank" rel="noreferrer" data-testid="footer-api-docs">
            {t('footer.openApi')}
          </a>
          <Link to="/admin" data-testid="footer-admin">
            {t('footer.admin')}
          </Link>
          <a href="tel:12345">{t('footer.hotline')}</a>
        </Space>
        <p className="yw-footer-note">{t('footer.note')}</p>
      </div>
    </footer>
  );
}
