// The moderator's review of a proposal: first the decision (approve, send back for changes,
// reject), then what that decision needs: an optional note, a message to the author, or the rule
// and the reason of the rejection. The rule belongs to the rejection only.
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS, REJECTION_RULES, type Proposal } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';

type Decision = 'approve' | 'return' | 'reject';
const DECISIONS: Decision[] = ['approve', 'return', 'reject'];

export function ReviewForm({
  proposal,
  onDone,
}: {
  proposal: Proposal;
  onDone: (proposal: Proposal, message: string) => void;
}) {
  const { t } = useTranslation('admin');
  const { t: tp } = useTranslation('proposals');
  const id = useId();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [rule, setRule] = useState<(typeof REJECTION_RULES)[number]>('other');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const review = useMutation({
    mutationFn: (input: unknown) =>
      apiData<Proposal>(`/proposals/${proposal.id}/review`, { method: 'POST', json: input }),
    onSuccess: (next, input) =>
      onDone(next, t(`review.done.${(input as { decision: Decision }).decision}`)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) return;
    const reason = text.trim();
    if (decision !== 'approve' && !reason) return setMissing(true);
    review.mutate(
      decision === 'reject'
        ? { decision, rule, reason }
        : decision === 'return'
          ? { decision, reason }
          : reason
            ? { decision, reason }
            : { decision },
    );
  }

  const textLabel =
    decision === 'return'
      ? t('review.message')
      : decision === 'reject'
        ? t('review.reason')
        : t('review.note');
  return (
    <form
      className="card staff-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`${id}-heading`}>{t('review.title')}</h2>
      <fieldset className="field">
        <legend>{t('review.decision')}</legend>
        {DECISIONS.map((d) => (
          <div key={d} className="choice">
            <input
              type="radio"
              id={`${id}-${d}`}
              name={`${id}-decision`}
              value={d}
              checked={decision === d}
              onChange={() => {
                setDecision(d);
                setMissing(false);
              }}
            />
            <label htmlFor={`${id}-${d}`}>{t(`review.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      {decision === 'reject' && (
        <div className="field">
          <label htmlFor={`${id}-rule`}>{t('review.rule')}</label>
          <select
            id={`${id}-rule`}
            value={rule}
            onChange={(e) => setRule(e.target.value as typeof rule)}
          >
            {REJECTION_RULES.map((r) => (
              <option key={r} value={r}>
                {tp(`rule.${r}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {decision && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{textLabel}</label>
          <textarea
            id={`${id}-text`}
            value={text}
            maxLength={PROPOSAL_LIMITS.reasonMax}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-text-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p id={`${id}-text-error`} className="error-text" role="alert">
              {t('common:validation.required', { field: textLabel })}
            </p>
          )}
        </div>
      )}
      <ErrorText
        error={review.error}
        template={(message) => tp('page.actionFailed', { message })}
      />
      {decision && (
        <button
          type="submit"
          className={decision === 'reject' ? 'button button--danger' : 'button'}
          disabled={review.isPending}
        >
          {t(`review.submit.${decision}`)}
        </button>
      )}
    </form>
  );
}
