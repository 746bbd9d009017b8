// The start page: what is live now, coming meetings, popular proposals (filled by the features).
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../usePageTitle';
import { homeSections } from '../features/home-sections';

export function Home() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {homeSections.map((Section, index) => (
        <Section key={index} />
      ))}
    </div>
  );
}
