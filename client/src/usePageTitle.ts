// Every page has a unique <title>: "<page> – Mötesplats", set with the page's first paint.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useLayoutEffect(() => {
    document.title = `${title} – ${t('siteName')}`;
  }, [title, t]);
}
