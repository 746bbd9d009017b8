// The ask box: a question of at most 300 characters, optionally anonymous to the public.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_QUESTION_MAX, type LiveQuestion } from '@shared/schemas/live';
import { emitLive } from './socket';

export function AskForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('live');
  const id = useId();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ack = await emitLive<LiveQuestion>('live:ask', { sessionId, text, anonymous });
    setBusy(false);
    if (!ack.ok) {
      setStatus(t('error', { message: ack.error.message }));
      return;
    }
    setText('');
    setStatus(ack.data.state === 'pending' ? t('ask.sentPending') : t('ask.sentVisible'));
  }

  return (
    <form className="live-ask" onSubmit={(e) => void submit(e)}>
      <h2>{t('ask.title')}</h2>
      <label htmlFor={`${id}-text`}>{t('ask.label')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        maxLength={LIVE_QUESTION_MAX}
        rows={3}
        required
        aria-describedby={`${id}-help`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-help`} className="live-help">
        {t('ask.help', { max: LIVE_QUESTION_MAX })}{' '}
        {t('ask.remaining', { count: LIVE_QUESTION_MAX - text.length })}
      </p>
      <label className="live-check">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />{' '}
        {t('ask.anonymous')}
      </label>
      <button type="submit" className="button" disabled={busy || text.trim() === ''}>
        {t('ask.submit')}
      </button>
      <p role="status" className="live-help">
        {status}
      </p>
    </form>
  );
}
