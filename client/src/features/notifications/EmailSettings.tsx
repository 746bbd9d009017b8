// Where notifications are e-mailed: an optional address on the person's own page, checked with the
// shared schema (an empty address stops the e-mail).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  NotificationSettingsSchema,
  type NotificationSettings,
} from '@shared/schemas/notifications';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';

const EmailForm = NotificationSettingsSchema.safeExtend({
  email: z.string().trim().pipe(NotificationSettingsSchema.shape.email),
});

function EmailSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation('proposals');
  const client = useQueryClient();
  const errorText = useErrorText();
  const labels = { email: t('notifications.emailLabel') };
  const form = useZodForm(EmailForm, { labels, defaultValues: settings });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: NotificationSettings) =>
      apiData('/notification-settings', { method: 'PUT', json: input }),
    onSuccess: (_answer, input) => client.setQueryData(queryKeys.notifications.settings, input),
    onError: (error) => form.applyServerError(error),
  });
  const failure = form.formError(save.error);
  return (
    <form
      onSubmit={form.handleSubmit((input) => save.mutate(input))}
      aria-labelledby="email-settings-heading"
      noValidate
    >
      <h3 id="email-settings-heading">{t('notifications.emailTitle')}</h3>
      <div className="field">
        <label htmlFor="notification-email">{labels.email}</label>
        <span className="hint" id="notification-email-hint">
          {t('notifications.emailHint')}
        </span>
        <input
          id="notification-email"
          type="email"
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(
            'notification-email-hint',
            'notification-email-error',
            errors.email,
          )}
          {...form.register('email')}
        />
        <FieldError id="notification-email-error" error={errors.email} />
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('notifications.emailSave')}
      </button>
      <p role="status" className={failure ? 'error-text' : 'success-text'}>
        {failure ? errorText(failure) : save.isSuccess ? t('notifications.emailSaved') : ''}
      </p>
    </form>
  );
}

export function EmailSettings() {
  const settings = useQuery({
    queryKey: queryKeys.notifications.settings,
    queryFn: ({ signal }) => apiData<NotificationSettings>('/notification-settings', { signal }),
  });
  // Until the stored address is known the form would show an empty one.
  if (settings.isPending) return null;
  return <EmailSettingsForm settings={settings.data ?? { email: '' }} />;
}
