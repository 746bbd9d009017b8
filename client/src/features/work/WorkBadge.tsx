// The header's "Mitt arbete" link for staff, with the number of things that ask for an action;
// it updates live. Citizens see nothing here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionCount } from '@shared/schemas/work';
import { useWork, useWorkRoom } from './useWork';
import './work.css';

export function WorkBadge() {
  const { t } = useTranslation('work');
  const { roles, counts } = useWork();
  useWorkRoom();
  if (roles.length === 0) return null;
  const waiting = counts ? actionCount(counts) : 0;
  return (
    <Link
      to="/mitt-arbete"
      className="work-badge"
      aria-label={waiting > 0 ? t('badgeWaiting', { count: waiting }) : t('badge')}
      data-testid="work-badge"
    >
      <span aria-hidden="true">{t('badge')}</span>
      {waiting > 0 && (
        <span className="work-badge__count" aria-hidden="true">
          {waiting}
        </span>
      )}
    </Link>
  );
}
