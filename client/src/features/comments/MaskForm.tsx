// A moderator's form to mask a part of a comment (a phone number, an address): the text is taken
// from a selection inside the comment or typed, the rule chosen; every occurrence then reads
// "[maskerat: <rule>]" in the public text. Whether the original is kept depends on the rule.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMENT_LIMITS,
  MASK_DISCARDS_ORIGINAL,
  type Comment,
  type ModerationRule,
} from '@shared/schemas/comments';
import { apiData } from '../../api';
import { RuleSelect } from './RuleSelect';
import { asApiError } from '../../errors/errorText';
import { useErrorText } from '../../errors/ErrorText';
import { useFocusOnMount } from '../../layout/useFocusOnMount';

interface Props {
  commentId: string;
  /** The text selected inside the comment when the form opened (the moderator's span). */
  selected: string;
  onDone: (comment: Comment, rule: ModerationRule, count: number) => void;
  onCancel: () => void;
}

const MARKER = /\[maskerat: [^\]]+\]/g;

export function MaskForm({ commentId, selected, onDone, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation('comments');
  const id = useId();
  const errorText = useErrorText();
  const focusRef = useFocusOnMount<HTMLInputElement>();
  const [text, setText] = useState(selected);
  const [rule, setRule] = useState<ModerationRule>('personal_data');
  const [error, setError] = useState('');
  const marker = `[maskerat: ${tc(`moderation.rules.${rule}`, { lng: 'sv' }).toLowerCase()}]`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError(tc('form.empty'));
    try {
      const comment = await apiData<Comment>(`/comments/${commentId}/mask`, {
        method: 'POST',
        json: { text: text.trim(), rule },
      });
      onDone(comment, rule, (comment.body.match(MARKER) ?? []).length);
    } catch (e) {
      setError(asApiError(e).code === 'validation_failed' ? t('mask.notFound') : errorText(e));
    }
  }

  return (
    <form
      className="comment-inline-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('mask.title')}</h3>
      <p className="meta" id={`${id}-hint`}>
        {t('mask.hint', { marker })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('mask.text')}</label>
        <input
          id={`${id}-text`}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
          maxLength={COMMENT_LIMITS.maxMaskLength}
          ref={focusRef}
        />
      </div>
      <RuleSelect id={`${id}-rule`} label={t('mask.rule')} value={rule} onChange={setRule} />
      <p className="meta">
        {MASK_DISCARDS_ORIGINAL.includes(rule) ? t('mask.discardedPolicy') : t('mask.keptPolicy')}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="comment-form__buttons">
        <button type="submit" className="button button--danger">
          {t('mask.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('mask.cancel')}
        </button>
      </div>
    </form>
  );
}
