// "Begär att ta del av handlingen" on a confidential document: the registry's contact details and
// a form that sends the request to the registry (anyone may ask, also anonymously; an e-mail
// address gets the answer by mail). After sending, the reference and what happens next.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '@shared/schemas/documents';
import {
  CreateRecordRequestSchema,
  REQUEST_DELIVERIES,
  REQUEST_LIMITS,
  type CreateRecordRequestInput,
  type RecordRequestView,
  type RegistryContact,
} from '@shared/schemas/requests';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';

export function RegistryContactDetails() {
  const { t } = useTranslation('citizen');
  const { data } = useQuery({
    queryKey: queryKeys.registry,
    queryFn: ({ signal }) => apiData<RegistryContact>('/registry', { signal }),
    staleTime: 10 * 60_000,
  });
  if (!data) return null;
  return (
    <dl className="records-facts registry-contact" data-testid="registry-contact">
      <dt>{t('registry.name')}</dt>
      <dd>{data.name}</dd>
      <dt>{t('registry.email')}</dt>
      <dd>
        <a href={`mailto:${data.email}`}>{data.email}</a>
      </dd>
      {data.phone && (
        <>
          <dt>{t('registry.phone')}</dt>
          <dd>
            <a href={`tel:${data.phone.replace(/[^0-9+]/g, '')}`}>{data.phone}</a>
          </dd>
        </>
      )}
      {data.address && (
        <>
          <dt>{t('registry.address')}</dt>
          <dd>{data.address}</dd>
        </>
      )}
      {data.hours && (
        <>
          <dt>{t('registry.hours')}</dt>
          <dd>{data.hours}</dd>
        </>
      )}
    </dl>
  );
}

export function RequestDocument({ document }: { document: DocumentView }) {
  const { t, i18n } = useTranslation('citizen');
  const { me } = useSession();
  const labels = {
    name: t('request.name'),
    email: t('request.email'),
    delivery: t('request.delivery'),
    message: t('request.message'),
  };
  const form = useZodForm(CreateRecordRequestSchema, {
    labels,
    defaultValues: { name: me?.displayName ?? '', email: '', delivery: 'email', message: '' },
  });
  const { errors } = form.formState;
  const send = useMutation({
    mutationFn: (input: CreateRecordRequestInput) =>
      apiData<RecordRequestView>(`/documents/${document.id}/requests`, {
        method: 'POST',
        json: input,
      }),
    onError: (error) => form.applyServerError(error),
  });
  if (send.data) {
    return (
      <div className="card card--success" role="status" data-testid="request-sent">
        <h3>{t('request.sentTitle')}</h3>
        <p>{t('request.sent', { reference: send.data.reference })}</p>
        <p>
          {send.data.confirmationMailed
            ? t('request.sentMailed')
            : me
              ? t('request.sentNotified')
              : t('request.sentKeep')}
        </p>
        <p className="meta">
          {new Date(send.data.createdAt).toLocaleString(
            i18n.language === 'en' ? 'en-GB' : 'sv-SE',
            {
              timeZone: 'Europe/Stockholm',
            },
          )}
        </p>
      </div>
    );
  }
  return (
    <form
      className="request-form"
      aria-labelledby="request-form-heading"
      noValidate
      onSubmit={form.handleSubmit((input) => send.mutate(input))}
    >
      <h3 id="request-form-heading">{t('request.title')}</h3>
      <p>{t('request.intro')}</p>
      <div className="field">
        <label htmlFor="request-name">{labels.name}</label>
        <span className="hint" id="request-name-hint">
          {t('request.nameHint')}
        </span>
        <input
          id="request-name"
          autoComplete="name"
          maxLength={REQUEST_LIMITS.nameMax}
          aria-describedby={describedBy('request-name-hint', 'request-name-error', errors.name)}
          {...form.register('name')}
        />
        <FieldError id="request-name-error" error={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="request-email">{labels.email}</label>
        <span className="hint" id="request-email-hint">
          {me ? t('request.emailHintMe') : t('request.emailHint')}
        </span>
        <input
          id="request-email"
          type="email"
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('request-email-hint', 'request-email-error', errors.email)}
          {...form.register('email')}
        />
        <FieldError id="request-email-error" error={errors.email} />
      </div>
      <fieldset className="field">
        <legend>{labels.delivery}</legend>
        {REQUEST_DELIVERIES.map((d) => (
          <label key={d} className="choice">
            <input type="radio" value={d} {...form.register('delivery')} /> {t(`request.via.${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="request-message">{labels.message}</label>
        <span className="hint" id="request-message-hint">
          {t('request.messageHint')}
        </span>
        <textarea
          id="request-message"
          rows={4}
          maxLength={REQUEST_LIMITS.messageMax}
          aria-describedby="request-message-hint"
          {...form.register('message')}
        />
      </div>
      <button type="submit" className="button" disabled={send.isPending}>
        {t('request.send')}
      </button>
      <ErrorText error={form.formError(send.error)} />
    </form>
  );
}
