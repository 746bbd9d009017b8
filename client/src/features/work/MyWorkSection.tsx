// A section of /mina-sidor for staff: the way to "Mitt arbete".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session';
import { workRolesOf } from './useWork';

export function MyWorkSection() {
  const { t } = useTranslation('work');
  const { me } = useSession();
  if (workRolesOf(me).length === 0) return null;
  return (
    <section aria-labelledby="my-work-heading">
      <h2 id="my-work-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p>
        <Link to="/mitt-arbete">{t('openPage')}</Link>
      </p>
    </section>
  );
}
