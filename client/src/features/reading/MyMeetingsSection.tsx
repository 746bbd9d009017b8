// A section of /mina-sidor for members of a body: the way to "Mina möten".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session';

export function MyMeetingsSection() {
  const { t } = useTranslation('reading');
  const { me } = useSession();
  if (!me?.roles.some((grant) => grant.role === 'official')) return null;
  return (
    <section aria-labelledby="my-meetings-heading">
      <h2 id="my-meetings-heading">{t('mine.title')}</h2>
      <p>{t('mine.intro')}</p>
      <p>
        <Link to="/mina-moten">{t('mine.title')}</Link>
      </p>
    </section>
  );
}
