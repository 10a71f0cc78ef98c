import { Space } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { SearchBox } from '../../../ui/SearchBox';

const HOT_WORDS = ['身份证', '户口', '居住证', '营业执照', '公积金', '不动产登记', '社保卡'];

export function searchPath(q: string, region: string | undefined): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (region) params.set('region', region);
  return `/search?${params.toString()}`;
}

/** The big search box of the home page. */
export function SearchHero() {
  const t = useT();
  const navigate = useNavigate();
  const { region } = useSelectedRegion();
  return (
    <section className="yw-hero" aria-label={t('home.searchTitle')}>
      <h1 className="yw-hero-title">{t('home.searchTitle')}</h1>
      <SearchBox
        size="large"
        buttonText={t('action.search')}
        placeholder={t('search.placeholder')}
        testId="search-input"
        className="yw-hero-search"
        onSearch={(q) => void navigate(searchPath(q, region))}
      />
      <Space wrap className="yw-hero-hot" size={[12, 4]}>
        <span>{t('home.hotWords')}</span>
        {HOT_WORDS.map((word) => (
          <Link key={word} to={searchPath(word, region)}>
            {word}
          </Link>
        ))}
      </Space>
    </section>
  );
}
