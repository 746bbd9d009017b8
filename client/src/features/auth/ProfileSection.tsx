// My page: how my name is shown to others (full name, or given name and initial).
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MeUpdateSchema, type Me, type MeUpdate } from '@shared/schemas/me';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { useProblemText } from '../../forms/problem';
import { useZodForm } from '../../forms/useZodForm';
import { useSession } from '../../session';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  const session = useSession();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const labels = { nameDisplay: t('myPages.nameDisplayLegend') };
  const form = useZodForm(MeUpdateSchema, {
    labels,
    defaultValues: { nameDisplay: me.nameDisplay ?? 'full' },
  });
  const save = useMutation({
    mutationFn: async (input: MeUpdate) => {
      await apiData('/me', { method: 'PATCH', json: input });
      await session.refresh();
    },
  });
  const failure = save.error ?? form.formState.errors.nameDisplay;

  return (
    <section className="auth-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('myPages.profileTitle')}</h2>
      <form onSubmit={form.handleSubmit((input) => save.mutate(input))} noValidate>
        <fieldset className="auth-fieldset">
          <legend>{labels.nameDisplay}</legend>
          <label className="auth-radio">
            <input type="radio" value="full" {...form.register('nameDisplay')} />
            {t('myPages.nameFull', { name: me.nameForms?.full ?? me.displayName })}
          </label>
          <label className="auth-radio">
            <input type="radio" value="initial" {...form.register('nameDisplay')} />
            {t('myPages.nameInitial', { name: me.nameForms?.initial ?? me.displayName })}
          </label>
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('myPages.save')}
        </button>
        <p role="status" className={failure ? 'error-text' : 'success-text'}>
          {save.error
            ? errorText(save.error)
            : form.formState.errors.nameDisplay
              ? problemText(form.formState.errors.nameDisplay)
              : save.isSuccess
                ? t('myPages.saved')
                : ''}
        </p>
      </form>
    </section>
  );
}
