// Previous / next paging for lists: "Sida 2 av 5" between two buttons, inside a labelled nav.
import { useTranslation } from 'react-i18next';

export function Pager(props: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** The nav's accessible name (several navs on one page need distinct names). */
  label: string;
  className?: string;
  small?: boolean;
}) {
  const { t } = useTranslation('common');
  const { page, pages, onPage } = props;
  const buttonClass = `button button--secondary${props.small ? ' button--small' : ''}`;
  return (
    <nav aria-label={props.label} className={props.className}>
      <button
        type="button"
        className={buttonClass}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('pagination.previous')}
      </button>
      <span>{t('pagination.page', { page, pages })}</span>
      <button
        type="button"
        className={buttonClass}
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
