// Registers a document: metadata, checked with the shared schema, and optionally a file (PDF,
// DOCX, PNG, JPEG up to the shared limit), sent as multipart; the server sniffs the type and
// refuses what it does not accept.
import { useEffect, useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLE_MAX,
  DocumentCreateSchema,
  MAX_UPLOAD_BYTES,
  SECRECY_REFERENCE_MAX,
  type DocumentView,
} from '@shared/schemas/documents';
import type { BodyView } from '@shared/schemas/bodies';
import { apiData } from '../../../api';
import { stockholmToday } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { optionalField } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { queryKeys } from '../../../query/keys';

const { caseNumber, secrecyReference } = DocumentCreateSchema.shape;

const UploadSchema = DocumentCreateSchema.safeExtend({
  caseNumber: optionalField(caseNumber),
  secrecyReference: optionalField(secrecyReference),
  /** The chosen file, if any (an input's FileList). */
  file: z
    .custom<FileList | undefined>()
    .transform((files) => files?.[0])
    .pipe(z.file().max(MAX_UPLOAD_BYTES).optional()),
});
type Upload = z.output<typeof UploadSchema>;

/** Fields first, the file last: the server can then refuse bad metadata before storing. */
function multipart({ file, ...fields }: Upload): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) data.append(key, String(value));
  }
  if (file && file.size > 0) data.append('file', file);
  return data;
}

export function DocumentUploadForm({
  bodies,
  onCreated,
}: {
  bodies: BodyView[];
  onCreated?: (document: DocumentView) => void;
}) {
  const { t } = useTranslation('records');
  const id = useId();
  const client = useQueryClient();
  const labels = {
    title: t('upload.docTitle'),
    kind: t('upload.kind'),
    bodyId: t('upload.body'),
    date: t('upload.date'),
    caseNumber: t('upload.caseNumber'),
    secrecy: t('upload.secrecy'),
    secrecyReference: t('upload.secrecyReference'),
    file: t('upload.file'),
  };
  const form = useZodForm(UploadSchema, {
    labels,
    messages: {
      caseNumber: { invalid_format: { key: 'records:upload.caseNumberFormat' } },
      secrecyReference: {
        custom: { key: 'common:validation.required', values: { field: labels.secrecyReference } },
      },
      file: { too_big: { key: 'records:upload.tooLarge' } },
    },
    defaultValues: {
      title: '',
      kind: 'tjansteskrivelse',
      bodyId: bodies[0]?.id ?? '',
      date: stockholmToday(),
      secrecy: 'public',
    },
  });
  const { errors } = form.formState;
  // The bodies may arrive after the form: the first one is then the choice.
  const firstBody = bodies[0]?.id;
  const { getValues, setValue } = form;
  useEffect(() => {
    if (firstBody && !getValues('bodyId')) setValue('bodyId', firstBody);
  }, [firstBody, getValues, setValue]);
  const confidential = form.watch('secrecy') === 'confidential';
  const upload = useMutation({
    mutationFn: (input: Upload) =>
      apiData<DocumentView>('/documents', { method: 'POST', body: multipart(input) }),
    onSuccess: async (document) => {
      form.reset();
      onCreated?.(document);
      await client.invalidateQueries({ queryKey: queryKeys.documents.all });
    },
    onError: (error) => form.applyServerError(error),
  });
  const created = upload.data;
  const field = (name: keyof typeof labels) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(undefined, `${id}-${name}-error`, errors[name]),
  });

  return (
    <form
      onSubmit={form.handleSubmit((input) => upload.mutate(input))}
      aria-describedby={`${id}-status`}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{labels.title}</label>
        <input {...field('title')} maxLength={DOCUMENT_TITLE_MAX} {...form.register('title')} />
        <FieldError id={`${id}-title-error`} error={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{labels.kind}</label>
        <select {...field('kind')} {...form.register('kind')}>
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-bodyId`}>{labels.bodyId}</label>
        <select {...field('bodyId')} {...form.register('bodyId')}>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-bodyId-error`} error={errors.bodyId} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{labels.date}</label>
        <input {...field('date')} type="date" {...form.register('date')} />
        <FieldError id={`${id}-date-error`} error={errors.date} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-caseNumber`}>
          {labels.caseNumber} <span className="hint">{t('upload.caseNumberHint')}</span>
        </label>
        <input {...field('caseNumber')} {...form.register('caseNumber')} />
        <FieldError id={`${id}-caseNumber-error`} error={errors.caseNumber} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-secrecy`}>{labels.secrecy}</label>
        <select {...field('secrecy')} {...form.register('secrecy')}>
          <option value="public">{t('document.public')}</option>
          <option value="confidential">{t('document.confidential')}</option>
        </select>
      </div>
      {confidential && (
        <div className="field">
          <label htmlFor={`${id}-secrecyReference`}>
            {labels.secrecyReference}{' '}
            <span className="hint">{t('upload.secrecyReferenceHint')}</span>
          </label>
          <input
            {...field('secrecyReference')}
            maxLength={SECRECY_REFERENCE_MAX}
            {...form.register('secrecyReference')}
          />
          <FieldError id={`${id}-secrecyReference-error`} error={errors.secrecyReference} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>
          {labels.file} <span className="hint">{t('upload.fileHint')}</span>
        </label>
        <input
          {...field('file')}
          type="file"
          accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          {...form.register('file')}
        />
        <FieldError id={`${id}-file-error`} error={errors.file} />
      </div>
      <button type="submit" className="button" disabled={upload.isPending}>
        {upload.isPending ? t('upload.sending') : t('upload.submit')}
      </button>
      <div id={`${id}-status`} role="status" aria-live="polite">
        <ErrorText
          error={form.formError(upload.error)}
          role="none"
          template={(message) => t('upload.failed', { message })}
        />
        {created && (
          <p className="success-text">
            {t('upload.done')} <Link to={`/handlingar/${created.id}`}>{created.title}</Link>
          </p>
        )}
      </div>
    </form>
  );
}
