// Moderation settings on the queue page: the report threshold and pre-moderation per body.
// Each control saves on its own; the server decides who may change what.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiData } from '../../api';

interface BodyRow {
  id: string;
  name: string;
  premoderation?: boolean;
}

export function SettingsPanel() {
  const { t } = useTranslation('comments');
  const id = useId();
  const [threshold, setThreshold] = useState('');
  const [bodies, setBodies] = useState<BodyRow[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    apiData<{ reportThreshold: number }>('/comment-settings')
      .then((s) => setThreshold(String(s.reportThreshold)))
      .catch(() => setThreshold(''));
    apiData<Array<{ id: string; name: string }>>('/bodies')
      .then((list) =>
        Promise.all(
          list.map(async (b) => {
            const s = await apiData<{ premoderation: boolean }>(
              `/comment-settings/bodies/${b.id}`,
            ).catch(() => undefined);
            return { id: b.id, name: b.name, premoderation: s?.premoderation };
          }),
        ),
      )
      .then(setBodies)
      .catch(() => setBodies([]));
  }, []);

  async function saveThreshold(event: FormEvent) {
    event.preventDefault();
    try {
      await apiData('/comment-settings', {
        method: 'PUT',
        json: { reportThreshold: Number(threshold) },
      });
      setStatus(t('settings.saved'));
    } catch {
      setStatus(t('comment.actionFailed'));
    }
  }

  async function togglePremoderation(body: BodyRow, premoderation: boolean) {
    try {
      await apiData(`/comment-settings/bodies/${body.id}`, {
        method: 'PUT',
        json: { premoderation },
      });
      setBodies((list) => list.map((b) => (b.id === body.id ? { ...b, premoderation } : b)));
      setStatus(t('settings.saved'));
    } catch {
      setStatus(t('comment.actionFailed'));
    }
  }

  const editable = bodies.filter((b) => b.premoderation !== undefined);
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {threshold && (
        <form onSubmit={(e) => void saveThreshold(e)}>
          <div className="field">
            <label htmlFor={`${id}-threshold`}>{t('settings.threshold')}</label>
            <input
              id={`${id}-threshold`}
              type="number"
              min={1}
              max={100}
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
        </form>
      )}
      {editable.length > 0 && (
        <fieldset>
          <legend>{t('settings.premoderation')}</legend>
          {editable.map((body) => (
            <div key={body.id}>
              <input
                id={`${id}-${body.id}`}
                type="checkbox"
                checked={body.premoderation}
                onChange={(e) => void togglePremoderation(body, e.target.checked)}
              />{' '}
              <label htmlFor={`${id}-${body.id}`}>{body.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
