// Shown while a page's code or translations load: a polite status for screen readers.
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="page">
      <p role="status">{t('loadingPage')}</p>
    </div>
  );
}
