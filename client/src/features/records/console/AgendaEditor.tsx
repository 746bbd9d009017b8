// Builds a meeting's agenda: add items with documents, edit them, and while the meeting is a
// draft move and remove them; on a published meeting, record each item's decision.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '@shared/schemas/documents';
import type { AgendaItemView, MeetingView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { formText } from '../format';
import { errorMessage } from './useConsole';

interface Props {
  meeting: MeetingView;
  documents: DocumentView[];
  onChange: () => void;
}

function DocumentChoices({
  documents,
  chosen,
  legend,
}: {
  documents: DocumentView[];
  chosen: string[];
  legend: string;
}) {
  const id = useId();
  const { t } = useTranslation('records');
  if (documents.length === 0) return <p className="hint">{t('editor.noDocuments')}</p>;
  return (
    <fieldset className="document-choices">
      <legend>{legend}</legend>
      {documents.map((document) => (
        <div key={document.id}>
          <input
            type="checkbox"
            id={`${id}-${document.id}`}
            name="documentIds"
            value={document.id}
            defaultChecked={chosen.includes(document.id)}
          />{' '}
          <label htmlFor={`${id}-${document.id}`} className="plain-label">
            {document.title}
            {document.caseNumber && ` (${document.caseNumber})`}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function itemInput(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    title: formText(data, 'title'),
    description: formText(data, 'description'),
    documentIds: data.getAll('documentIds').map(String),
  };
}

function ItemEditor({ meeting, item, documents, onChange }: Props & { item: AgendaItemView }) {
  const { t } = useTranslation('records');
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const isDraft = meeting.status === 'draft';
  const base = `/meetings/${meeting.id}/agenda-items/${item.id}`;

  async function run(action: () => Promise<unknown>) {
    setError('');
    try {
      await action();
      setEditing(false);
      onChange();
    } catch (e) {
      setError(t('console.failed', { message: errorMessage(e) }));
    }
  }
  const move = (delta: number) => {
    const ids = meeting.items.map((i) => i.id);
    const from = ids.indexOf(item.id);
    ids.splice(from, 1);
    ids.splice(from + delta, 0, item.id);
    return run(() =>
      api(`/meetings/${meeting.id}/agenda-order`, { method: 'PUT', json: { itemIds: ids } }),
    );
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = itemInput(event.currentTarget);
    return run(() => api(base, { method: 'PATCH', json: input }));
  };
  const decide = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'decision');
    return run(() => api(`${base}/decision`, { method: 'PUT', json: { text } }));
  };

  return (
    <li className="agenda-item">
      <h3>
        <span className="agenda-number">§ {item.number}</span> {item.title}
      </h3>
      {item.description && <p>{item.description}</p>}
      {item.documents.length > 0 && (
        <ul className="document-links">
          {item.documents.map((d) => (
            <li key={d.id}>{d.title}</li>
          ))}
        </ul>
      )}
      <div className="records-actions">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
        >
          {t('editor.edit', { title: item.title })}
        </button>
        {isDraft && (
          <>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={item.number === 1}
              onClick={() => move(-1)}
            >
              {t('editor.up', { title: item.title })}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={item.number === meeting.items.length}
              onClick={() => move(1)}
            >
              {t('editor.down', { title: item.title })}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => run(() => api(base, { method: 'DELETE' }))}
            >
              {t('editor.remove', { title: item.title })}
            </button>
          </>
        )}
      </div>
      {editing && (
        <form onSubmit={save} className="records-subform">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('editor.itemTitle')}</label>
            <input
              id={`${id}-title`}
              name="title"
              defaultValue={item.title}
              required
              maxLength={300}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
            <textarea
              id={`${id}-description`}
              name="description"
              defaultValue={item.description ?? ''}
            />
          </div>
          <DocumentChoices
            documents={documents}
            chosen={item.documents.map((d) => d.id)}
            legend={t('editor.documents')}
          />
          <button type="submit" className="button button--small">
            {t('editor.save')}
          </button>
        </form>
      )}
      {meeting.status === 'published' && (
        <form onSubmit={decide} className="records-subform">
          <div className="field">
            <label htmlFor={`${id}-decision`}>{t('editor.decision', { title: item.title })}</label>
            <textarea
              id={`${id}-decision`}
              name="decision"
              defaultValue={item.decision?.text ?? ''}
              required
            />
          </div>
          <button type="submit" className="button button--small">
            {t('editor.saveDecision')}
          </button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {error && <p className="error-text">{error}</p>}
      </div>
    </li>
  );
}

export function AgendaEditor({ meeting, documents, onChange }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const [error, setError] = useState('');
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = itemInput(form);
    setError('');
    try {
      await api(`/meetings/${meeting.id}/agenda-items`, {
        method: 'POST',
        json: { ...input, description: input.description || undefined },
      });
      form.reset();
      onChange();
    } catch (e) {
      setError(t('console.failed', { message: errorMessage(e) }));
    }
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.agenda')}</h2>
      {meeting.items.length === 0 && <p>{t('editor.emptyAgenda')}</p>}
      <ol className="agenda">
        {meeting.items.map((item) => (
          <ItemEditor
            key={item.id}
            meeting={meeting}
            item={item}
            documents={documents}
            onChange={onChange}
          />
        ))}
      </ol>
      <h3>{t('editor.addItem')}</h3>
      <form onSubmit={add} className="records-subform">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('editor.itemTitle')}</label>
          <input id={`${id}-title`} name="title" required maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
          <textarea id={`${id}-description`} name="description" />
        </div>
        <DocumentChoices documents={documents} chosen={[]} legend={t('editor.documents')} />
        <button type="submit" className="button">
          {t('editor.add')}
        </button>
        <div role="status" aria-live="polite">
          {error && <p className="error-text">{error}</p>}
        </div>
      </form>
    </section>
  );
}
