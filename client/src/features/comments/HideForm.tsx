// A moderator's form to hide a comment under a rule with a reason (used in threads and the queue).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_LIMITS, type Comment, type ModerationRule } from '@shared/schemas/comments';
import { apiData } from '../../api';
import { RuleSelect } from './RuleSelect';
import { useErrorText } from '../../errors/ErrorText';
import { useFocusOnMount } from '../../layout/useFocusOnMount';

interface Props {
  commentId: string;
  onDone: (comment: Comment) => void;
  onCancel: () => void;
}

export function HideForm({ commentId, onDone, onCancel }: Props) {
  const { t } = useTranslation('comments');
  const id = useId();
  const errorText = useErrorText();
  const focusRef = useFocusOnMount<HTMLInputElement>();
  const [rule, setRule] = useState<ModerationRule>('personal_attack');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('form.empty'));
    try {
      onDone(
        await apiData<Comment>(`/comments/${commentId}/hide`, {
          method: 'POST',
          json: { rule, reason },
        }),
      );
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <form className="comment-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <RuleSelect id={`${id}-rule`} label={t('moderation.rule')} value={rule} onChange={setRule} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('moderation.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setError('');
          }}
          maxLength={COMMENT_LIMITS.maxReasonLength}
          ref={focusRef}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="comment-form__buttons">
        <button type="submit" className="button button--danger">
          {t('moderation.hideSend')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
