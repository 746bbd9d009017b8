// The author's own draft: the moderator's message when it was sent back for changes, and the form
// to change the title and the text before submitting it (again).
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS, type Proposal } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { PlainText } from './PlainText';

/** The message of the latest "sent back" step, when the draft has not been submitted since. */
function returnMessage(proposal: Proposal): string | undefined {
  const last = proposal.timeline.at(-1);
  return last?.kind === 'returned' ? (last.reason ?? '') : undefined;
}

export function DraftEditor({
  proposal,
  onSaved,
}: {
  proposal: Proposal;
  onSaved: (proposal: Proposal) => void;
}) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [title, setTitle] = useState(proposal.title);
  const [body, setBody] = useState(proposal.body);
  const [status, setStatus] = useState('');
  const labels = { title: t('returned.titleField'), body: t('returned.bodyField') };
  const save = useMutation({
    mutationFn: () =>
      apiData<Proposal>(`/proposals/${proposal.id}`, {
        method: 'PUT',
        json: { title, body },
      }),
    onSuccess: (next) => {
      setStatus(t('returned.saved'));
      onSaved(next);
    },
  });
  const message = returnMessage(proposal);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    save.mutate();
  }

  return (
    <>
      {message !== undefined && (
        <section className="card notice" aria-labelledby={`${id}-returned`}>
          <h2 id={`${id}-returned`}>{t('returned.title')}</h2>
          <p>{t('returned.message')}</p>
          <blockquote>
            <PlainText text={message} />
          </blockquote>
        </section>
      )}
      <form className="card staff-form" aria-labelledby={`${id}-edit`} onSubmit={submit} noValidate>
        <h2 id={`${id}-edit`}>{t('returned.edit')}</h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>{labels.title}</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={PROPOSAL_LIMITS.titleMax}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{labels.body}</label>
          <textarea
            id={`${id}-body`}
            rows={8}
            value={body}
            maxLength={PROPOSAL_LIMITS.bodyMax}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <ErrorText error={save.error} labels={labels} />
        <p role="status">{status}</p>
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {t('returned.save')}
        </button>
      </form>
    </>
  );
}
