// Creates a meeting as a draft and opens it in the editor.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BodyView } from '@shared/schemas/bodies';
import type { MeetingView } from '@shared/schemas/meetings';
import { apiData } from '../../../api';
import { localInputToIso, formText } from '../format';
import { errorMessage } from './useConsole';

export function NewMeetingForm({ bodies }: { bodies: BodyView[] }) {
  const { t } = useTranslation('records');
  const id = useId();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => formText(data, name);
    setError('');
    setBusy(true);
    try {
      const meeting = await apiData<MeetingView>('/meetings', {
        method: 'POST',
        json: {
          bodyId: text('bodyId'),
          title: text('title'),
          startsAt: localInputToIso(text('startsAt')),
          location: text('location') || undefined,
          streamUrl: text('streamUrl') || undefined,
        },
      });
      await navigate(`/sekreterare/moten/${meeting.id}`);
    } catch (e) {
      setError(t('console.failed', { message: errorMessage(e) }));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('console.body')}</label>
        <select id={`${id}-body`} name="bodyId" required>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('console.meetingTitle')}</label>
        <input id={`${id}-title`} name="title" required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-starts`}>{t('console.startsAt')}</label>
        <input id={`${id}-starts`} name="startsAt" type="datetime-local" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-location`}>{t('console.location')}</label>
        <input id={`${id}-location`} name="location" maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-stream`}>
          {t('console.streamUrl')} <span className="hint">{t('console.optional')}</span>
        </label>
        <input id={`${id}-stream`} name="streamUrl" type="url" />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('console.create')}
      </button>
      <div role="status" aria-live="polite">
        {error && <p className="error-text">{error}</p>}
      </div>
    </form>
  );
}
