// /forslag/regler: the proposal rules, readable by anyone and editable by administrators (checked
// with the shared schema, whose limits the number fields carry).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  PROPOSAL_LIMITS,
  ProposalRulesSchema,
  type ProposalRules,
} from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { ErrorText, useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { PlainText } from './PlainText';
import { useProposalRules } from './queries';
import './proposals.css';

const NUMBERS = ['threshold', 'signingDays', 'similarRefusalMonths'] as const;
const { shape } = ProposalRulesSchema;

function RulesForm({ rules }: { rules: ProposalRules }) {
  const { t } = useTranslation('proposals');
  const client = useQueryClient();
  const errorText = useErrorText();
  const labels = {
    threshold: t('rules.threshold'),
    signingDays: t('rules.signingDays'),
    similarRefusalMonths: t('rules.similarRefusalMonths'),
    reviewRulesText: t('rules.text'),
  };
  const form = useZodForm(ProposalRulesSchema, { labels, defaultValues: rules });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: ProposalRules) =>
      apiData<ProposalRules>('/proposal-rules', { method: 'PUT', json: input }),
    onSuccess: (saved) => client.setQueryData(queryKeys.proposals.rules, saved),
    onError: (error) => form.applyServerError(error),
  });
  const failure = form.formError(save.error);
  return (
    <form
      onSubmit={form.handleSubmit((input) => save.mutate(input))}
      className="card"
      aria-labelledby="rules-edit-heading"
      noValidate
    >
      <h2 id="rules-edit-heading">{t('rules.edit')}</h2>
      {NUMBERS.map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`rules-${key}`}>{labels[key]}</label>
          <input
            id={`rules-${key}`}
            type="number"
            min={shape[key].minValue ?? undefined}
            max={shape[key].maxValue ?? undefined}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={describedBy(undefined, `rules-${key}-error`, errors[key])}
            {...form.register(key, { valueAsNumber: true })}
          />
          <FieldError id={`rules-${key}-error`} error={errors[key]} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="rules-text">{labels.reviewRulesText}</label>
        <textarea
          id="rules-text"
          maxLength={PROPOSAL_LIMITS.rulesTextMax}
          aria-invalid={errors.reviewRulesText ? true : undefined}
          aria-describedby={describedBy(undefined, 'rules-text-error', errors.reviewRulesText)}
          {...form.register('reviewRulesText')}
        />
        <FieldError id="rules-text-error" error={errors.reviewRulesText} />
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('rules.save')}
      </button>
      <p role="status" className={failure ? 'error-text' : 'success-text'}>
        {failure
          ? t('page.actionFailed', { message: errorText(failure) })
          : save.isSuccess
            ? t('rules.saved')
            : ''}
      </p>
    </form>
  );
}

export function RulesPage() {
  const { t } = useTranslation('proposals');
  const { me } = useSession();
  usePageTitle(t('form.rulesTitle'));
  const { data: rules, error } = useProposalRules();
  const isAdmin = me?.roles.some((r) => r.role === 'admin') ?? false;
  if (!rules) {
    return (
      <>
        <h1>{t('form.rulesTitle')}</h1>
        <ErrorText error={error} />
      </>
    );
  }
  return (
    <>
      <h1>{t('form.rulesTitle')}</h1>
      <p>
        {t('form.rulesSummary', {
          threshold: rules.threshold,
          days: rules.signingDays,
          months: rules.similarRefusalMonths,
        })}
      </p>
      {rules.reviewRulesText && <PlainText text={rules.reviewRulesText} />}
      {isAdmin && <RulesForm rules={rules} />}
    </>
  );
}
