// Every page has a unique <title>: "<page> – Mötesplats".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('siteName')}`;
  }, [title, t]);
}
