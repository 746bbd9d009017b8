// My page: how my name is shown to others (full name, or given name and initial).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MeUpdateSchema, type Me } from '@shared/schemas/me';
import { ApiError, apiData } from '../../api';
import { useSession } from '../../session';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  const session = useSession();
  const [choice, setChoice] = useState(me.nameDisplay ?? 'full');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = MeUpdateSchema.parse({ nameDisplay: choice });
    try {
      await apiData('/me', { method: 'PATCH', json: parsed });
      await session.refresh();
      setMessage({ ok: true, text: t('myPages.saved') });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    }
  }

  return (
    <section className="auth-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('myPages.profileTitle')}</h2>
      <form onSubmit={(e) => void save(e)}>
        <fieldset className="auth-fieldset">
          <legend>{t('myPages.nameDisplayLegend')}</legend>
          <label className="auth-radio">
            <input
              type="radio"
              name="nameDisplay"
              value="full"
              checked={choice === 'full'}
              onChange={() => setChoice('full')}
            />
            {t('myPages.nameFull', { name: me.nameForms?.full ?? me.displayName })}
          </label>
          <label className="auth-radio">
            <input
              type="radio"
              name="nameDisplay"
              value="initial"
              checked={choice === 'initial'}
              onChange={() => setChoice('initial')}
            />
            {t('myPages.nameInitial', { name: me.nameForms?.initial ?? me.displayName })}
          </label>
        </fieldset>
        <button type="submit" className="button">
          {t('myPages.save')}
        </button>
        <p role="status" className={message?.ok ? 'success-text' : 'error-text'}>
          {message?.text}
        </p>
      </form>
    </section>
  );
}
