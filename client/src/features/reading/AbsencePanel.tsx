// The secretary's view of a meeting's absences (on the meeting page, beside the console): who
// reported, who serves for whom, and calling in a substitute chosen from the body's members.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../errors/ErrorText';
import { useAbsences, useCallIn } from './queries';
import './reading.css';

export function AbsencePanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('reading');
  const absences = useAbsences(meetingId, true);
  const callIn = useCallIn(meetingId);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const list = absences.data;

  function submit(event: FormEvent, forUserId: string) {
    event.preventDefault();
    const userId = choice[forUserId];
    if (userId) callIn.mutate({ userId, forUserId });
  }

  return (
    <section aria-labelledby="absences-heading" className="absence-panel">
      <h2 id="absences-heading">{t('absences.title')}</h2>
      <ErrorText error={absences.error ?? callIn.error} />
      {list?.absences.length === 0 && <p>{t('absences.none')}</p>}
      <ul className="card-list" aria-live="polite">
        {list?.absences.map((absence) => (
          <li key={absence.userId} className="card">
            <strong>{absence.displayName}</strong>
            {absence.reason && <span className="meta"> – {absence.reason}</span>}
            {absence.substitute ? (
              <p>{t('absences.substitute', { name: absence.substitute.displayName })}</p>
            ) : (
              list.canManage && (
                <form onSubmit={(e) => submit(e, absence.userId)} className="absence-panel__form">
                  <label htmlFor={`substitute-${absence.userId}`}>{t('absences.who')}</label>
                  <select
                    id={`substitute-${absence.userId}`}
                    value={choice[absence.userId] ?? ''}
                    onChange={(e) => setChoice({ ...choice, [absence.userId]: e.target.value })}
                  >
                    <option value="">{t('absences.choose')}</option>
                    {list.candidates.map((c) => (
                      <option key={c.userId} value={c.userId}>
                        {c.displayName}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button" disabled={!choice[absence.userId]}>
                    {t('absences.save')}
                  </button>
                </form>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
