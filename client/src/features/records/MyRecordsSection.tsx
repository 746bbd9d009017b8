// A section of /mina-sidor for secretaries: the way into the secretary console.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session';

export function MyRecordsSection() {
  const { t } = useTranslation('records');
  const { me } = useSession();
  if (!me?.roles.some((grant) => grant.role === 'secretary')) return null;
  return (
    <section aria-labelledby="my-records-heading">
      <h2 id="my-records-heading">{t('console.title')}</h2>
      <p>{t('console.intro')}</p>
      <p>
        <Link to="/sekreterare">{t('console.open')}</Link>
      </p>
    </section>
  );
}
