// Where notifications are e-mailed: the confirmed address, and a new one waiting for the person to
// open the confirmation link mailed to it (the server uses it only then). Checked with the shared
// schema; an empty address stops the e-mail.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  EMAIL_MODES,
  NotificationSettingsSchema,
  type NotificationSettings,
  type NotificationSettingsView,
} from '@shared/schemas/notifications';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';

const EmailForm = NotificationSettingsSchema.safeExtend({
  email: z.string().trim().pipe(NotificationSettingsSchema.shape.email),
});

function savedText(
  t: (key: string, options?: Record<string, unknown>) => string,
  saved: NotificationSettingsView,
) {
  if (saved.pending) return t('notifications.emailPending', { email: saved.pending.email });
  return saved.email ? t('notifications.emailSaved') : t('notifications.emailRemoved');
}

function EmailSettingsForm({
  settings,
  headingLevel,
}: {
  settings: NotificationSettingsView;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const client = useQueryClient();
  const errorText = useErrorText();
  const labels = { email: t('notifications.emailLabel') };
  const invalid = { key: 'proposals:notifications.emailInvalid' };
  const form = useZodForm(EmailForm, {
    labels,
    defaultValues: {
      email: settings.pending?.email ?? settings.email,
      emailMode: settings.emailMode,
    },
    messages: { email: { invalid_union: invalid, invalid_format: invalid, too_big: invalid } },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: NotificationSettings) =>
      apiData<NotificationSettingsView>('/notification-settings', { method: 'PUT', json: input }),
    onSuccess: (saved) => client.setQueryData(queryKeys.notifications.settings, saved),
    onError: (error) => form.applyServerError(error),
  });
  const failure = form.formError(save.error);
  return (
    <form
      onSubmit={form.handleSubmit((input) => save.mutate(input))}
      aria-labelledby="email-settings-heading"
      noValidate
    >
      <Heading id="email-settings-heading">{t('notifications.emailTitle')}</Heading>
      <p data-testid="email-current">
        {settings.email
          ? t('notifications.emailCurrent', { email: settings.email })
          : t('notifications.emailNone')}
      </p>
      {settings.pending && !save.isSuccess ? (
        <p>{t('notifications.emailPending', { email: settings.pending.email })}</p>
      ) : null}
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
      <fieldset className="field">
        <legend>{c('digest.legend')}</legend>
        {EMAIL_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" value={mode} {...form.register('emailMode')} />{' '}
            {c(`digest.${mode}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('notifications.emailSave')}
      </button>
      <p role="status" className={failure ? 'error-text' : 'success-text'}>
        {failure ? errorText(failure) : save.data ? savedText(t, save.data) : ''}
      </p>
    </form>
  );
}

export function EmailSettings({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const settings = useQuery({
    queryKey: queryKeys.notifications.settings,
    queryFn: ({ signal }) =>
      apiData<NotificationSettingsView>('/notification-settings', { signal }),
  });
  // Until the stored address is known the form would show an empty one.
  if (settings.isPending) return null;
  return (
    <EmailSettingsForm
      settings={settings.data ?? { email: '', pending: null, emailMode: 'each' }}
      headingLevel={headingLevel}
    />
  );
}
