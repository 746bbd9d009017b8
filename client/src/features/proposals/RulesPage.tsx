// /forslag/regler: the proposal rules, readable by anyone and editable by administrators.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalRulesSchema, type ProposalRules } from '@shared/schemas/proposals';
import { apiData } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { PlainText } from './PlainText';
import { useAction } from './useAction';
import './proposals.css';

export function RulesPage() {
  const { t } = useTranslation('proposals');
  const { me } = useSession();
  usePageTitle(t('form.rulesTitle'));
  const [rules, setRules] = useState<ProposalRules | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const isAdmin = me?.roles.some((r) => r.role === 'admin') ?? false;
  useEffect(() => {
    apiData<ProposalRules>('/proposal-rules')
      .then(setRules)
      .catch(() => undefined);
  }, []);
  if (!rules) return <h1>{t('form.rulesTitle')}</h1>;

  const number = (key: 'threshold' | 'signingDays' | 'similarRefusalMonths', label: string) => (
    <div className="field">
      <label htmlFor={`rules-${key}`}>{label}</label>
      <input
        id={`rules-${key}`}
        type="number"
        min={key === 'similarRefusalMonths' ? 0 : 1}
        value={rules[key]}
        onChange={(e) => setRules({ ...rules, [key]: Number(e.target.value) })}
      />
    </div>
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(
      () =>
        apiData<ProposalRules>('/proposal-rules', {
          method: 'PUT',
          json: ProposalRulesSchema.parse(rules),
        }),
      (next) => {
        setRules(next);
        setSaved(true);
      },
    );
  };
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
      {isAdmin && (
        <form onSubmit={save} className="card" aria-labelledby="rules-edit-heading">
          <h2 id="rules-edit-heading">{t('rules.edit')}</h2>
          {number('threshold', t('rules.threshold'))}
          {number('signingDays', t('rules.signingDays'))}
          {number('similarRefusalMonths', t('rules.similarRefusalMonths'))}
          <div className="field">
            <label htmlFor="rules-text">{t('rules.text')}</label>
            <textarea
              id="rules-text"
              value={rules.reviewRulesText}
              onChange={(e) => setRules({ ...rules, reviewRulesText: e.target.value })}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('rules.save')}
          </button>
          <p role="status" className={error ? 'error-text' : 'success-text'}>
            {error ? t('page.actionFailed', { message: error }) : saved ? t('rules.saved') : ''}
          </p>
        </form>
      )}
    </>
  );
}
