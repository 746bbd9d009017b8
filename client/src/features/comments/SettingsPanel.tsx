// Moderation settings on the queue page: the report threshold and pre-moderation per body.
// Each control saves on its own; the server decides who may change what (a body whose setting the
// moderator may not read is not offered).
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CommentSettingsSchema } from '@shared/schemas/comments';
import { apiData } from '../../api';
import { useErrorText } from '../../errors/ErrorText';
import { FieldError, describedBy } from '../../forms/FieldError';
import { useZodForm } from '../../forms/useZodForm';
import { queryKeys } from '../../query/keys';
import { useBodiesQuery } from '../../query/useBodies';

interface Settings {
  reportThreshold: number;
}

interface BodyRow {
  id: string;
  name: string;
  premoderation: boolean;
}

const { reportThreshold } = CommentSettingsSchema.shape;

function ThresholdForm({
  settings,
  onSaved,
  onFailed,
}: {
  settings: Settings;
  onSaved: () => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useTranslation('comments');
  const id = useId();
  const client = useQueryClient();
  const labels = { reportThreshold: t('settings.threshold') };
  const form = useZodForm(CommentSettingsSchema, { labels, defaultValues: settings });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: Settings) =>
      apiData<Settings>('/comment-settings', { method: 'PUT', json: input }),
    onSuccess: (_answer, input) => {
      client.setQueryData(queryKeys.comments.settings, input);
      onSaved();
    },
    onError: (error) => {
      if (!form.applyServerError(error)) onFailed(error);
    },
  });
  return (
    <form onSubmit={form.handleSubmit((input) => save.mutate(input))} noValidate>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>{labels.reportThreshold}</label>
        <input
          id={`${id}-threshold`}
          type="number"
          min={reportThreshold.minValue ?? undefined}
          max={reportThreshold.maxValue ?? undefined}
          aria-invalid={errors.reportThreshold ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-threshold-error`, errors.reportThreshold)}
          {...form.register('reportThreshold', { valueAsNumber: true })}
        />
        <FieldError id={`${id}-threshold-error`} error={errors.reportThreshold} />
      </div>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}

export function SettingsPanel() {
  const { t } = useTranslation('comments');
  const id = useId();
  const client = useQueryClient();
  const errorText = useErrorText();
  /** The outcome of the last change, for the status line. */
  const [outcome, setOutcome] = useState<{ failure: unknown } | null>(null);
  const bodies = useBodiesQuery();
  const settings = useQuery({
    queryKey: queryKeys.comments.settings,
    queryFn: ({ signal }) => apiData<Settings>('/comment-settings', { signal }),
  });
  const bodyIds = (bodies.data ?? []).map((b) => b.id);
  const bodySettingsKey = [...queryKeys.comments.bodySettings, ...bodyIds];
  const bodySettings = useQuery({
    queryKey: bodySettingsKey,
    enabled: bodies.isSuccess,
    queryFn: async ({ signal }) => {
      const rows = await Promise.all(
        (bodies.data ?? []).map(async (b): Promise<BodyRow | undefined> => {
          const s = await apiData<{ premoderation: boolean }>(`/comment-settings/bodies/${b.id}`, {
            signal,
          }).catch(() => undefined);
          return s && { id: b.id, name: b.name, premoderation: s.premoderation };
        }),
      );
      return rows.filter((row) => row !== undefined);
    },
  });
  const premoderation = useMutation({
    mutationFn: ({ body, on }: { body: BodyRow; on: boolean }) =>
      apiData(`/comment-settings/bodies/${body.id}`, {
        method: 'PUT',
        json: { premoderation: on },
      }),
    onSuccess: (_answer, { body, on }) => {
      client.setQueryData<BodyRow[]>(bodySettingsKey, (rows) =>
        rows?.map((b) => (b.id === body.id ? { ...b, premoderation: on } : b)),
      );
      setOutcome({ failure: null });
    },
    onError: (failure) => setOutcome({ failure }),
  });
  const editable = bodySettings.data ?? [];

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {settings.data && (
        <ThresholdForm
          settings={settings.data}
          onSaved={() => setOutcome({ failure: null })}
          onFailed={(failure) => setOutcome({ failure })}
        />
      )}
      {editable.length > 0 && (
        <fieldset>
          <legend>{t('settings.premoderation')}</legend>
          {editable.map((body) => (
            <div key={body.id}>
              <input
                id={`${id}-${body.id}`}
                type="checkbox"
                checked={body.premoderation}
                disabled={premoderation.isPending}
                onChange={(e) => premoderation.mutate({ body, on: e.target.checked })}
              />{' '}
              <label htmlFor={`${id}-${body.id}`}>{body.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <p role="status">
        {outcome?.failure ? errorText(outcome.failure) : outcome ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
