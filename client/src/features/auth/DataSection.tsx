// My page: download everything stored about me; delete my account (identity erased, what I wrote
// stays under a pseudonym).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FreshLoginNotice, isFreshLoginError } from './FreshLoginNotice';

export function DataSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation('auth');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<'fresh' | 'other' | null>(null);

  async function erase(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) return;
    try {
      await api('/me', { method: 'DELETE' });
      onDeleted();
    } catch (failure) {
      setError(isFreshLoginError(failure) ? 'fresh' : 'other');
    }
  }

  return (
    <>
      <section className="auth-section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('myPages.dataTitle')}</h2>
        <p>{t('myPages.exportText')}</p>
        <p>
          <a className="button button--secondary" href="/api/v1/me/export" download>
            {t('myPages.export')}
          </a>
        </p>
      </section>
      <section className="auth-section auth-danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('myPages.deleteTitle')}</h2>
        <p id="delete-text">{t('myPages.deleteText')}</p>
        <form onSubmit={(e) => void erase(e)} aria-describedby="delete-text">
          <label className="auth-radio">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            {t('myPages.deleteConfirm')}
          </label>
          <button type="submit" className="button button--danger" disabled={!confirmed}>
            {t('myPages.delete')}
          </button>
          {error === 'other' ? (
            <p role="alert" className="error-text">
              {t('error', { ns: 'common' })}
            </p>
          ) : null}
        </form>
        {error === 'fresh' ? <FreshLoginNotice /> : null}
      </section>
    </>
  );
}
