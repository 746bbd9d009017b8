// The accessibility statement required by the Swedish act on accessible digital public services.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../usePageTitle';

export function Accessibility() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <div className="page">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.reportTitle')}</h2>
      <p>{t('accessibility.report')}</p>
      <h2>{t('accessibility.methodTitle')}</h2>
      <p>{t('accessibility.method')}</p>
    </div>
  );
}
