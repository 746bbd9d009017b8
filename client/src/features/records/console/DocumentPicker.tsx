// The secretary's document picker: a searchable combobox (ARIA 1.2 pattern) over the body's
// documents, minutes left out, asking the server for at most 20 matches at a time so it scales to
// any registry; the chosen documents as a list with remove buttons; and "register a new document
// here", whose form sits beside (not inside) the item's form and chooses what it registered.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyView } from '@shared/schemas/bodies';
import type { DocumentView } from '@shared/schemas/documents';
import { apiData } from '../../../api';
import { queryKeys } from '../../../query/keys';
import { DocumentUploadForm } from './DocumentUploadForm';

export interface PickedDocument {
  id: string;
  title: string;
  caseNumber?: string;
}

const label = (d: PickedDocument) => (d.caseNumber ? `${d.title} (${d.caseNumber})` : d.title);

/** The text typed, once typing pauses. */
function useDebounced(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function DocumentPicker({
  body,
  value,
  onChange,
}: {
  body: BodyView | undefined;
  value: PickedDocument[];
  onChange: (documents: PickedDocument[]) => void;
}) {
  const { t } = useTranslation('work');
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState('');
  const q = useDebounced(text.trim());
  const bodyId = body?.id ?? '';
  const query = `bodyId=${bodyId}&notKind=protokoll&pageSize=20${q ? `&q=${encodeURIComponent(q)}` : ''}`;
  const matches = useQuery({
    queryKey: queryKeys.documents.list(query),
    queryFn: ({ signal }) => apiData<DocumentView[]>(`/documents?${query}`, { signal }),
    enabled: open && bodyId !== '',
    // The list stays while the next one loads: a key pressed meanwhile still finds its option.
    placeholderData: keepPreviousData,
  });
  const options = matches.data ?? [];
  const chosen = new Set(value.map((d) => d.id));
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;

  const choose = (document: PickedDocument) => {
    if (!chosen.has(document.id)) onChange([...value, document]);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      // Never submits the item's form: the picker's Enter chooses.
      event.preventDefault();
      const option = expanded ? options[active] : undefined;
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="document-picker">
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('console.picker.search')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('console.picker.hint')}
        </p>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('console.picker.label')}
          className="document-picker__options"
          hidden={!expanded}
        >
          {options.map((document, index) => (
            <li
              key={document.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'document-picker__option--active' : undefined}
              // Chosen with the pointer before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(document);
              }}
            >
              {chosen.has(document.id) && <span aria-hidden="true">✓ </span>}
              {label(document)}
            </li>
          ))}
        </ul>
        <p className="visually-hidden" aria-live="polite">
          {open && matches.data
            ? options.length === 0
              ? t('console.picker.none')
              : t('console.picker.count', { count: options.length })
            : ''}
        </p>
      </div>
      <h4 id={`${id}-chosen`}>{t('console.picker.chosen')}</h4>
      {value.length === 0 ? (
        <p className="hint">{t('console.picker.noneChosen')}</p>
      ) : (
        <ul className="document-picker__chosen" aria-labelledby={`${id}-chosen`}>
          {value.map((document) => (
            <li key={document.id}>
              <span>{label(document)}</span>{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onChange(value.filter((d) => d.id !== document.id))}
              >
                {t('console.picker.remove', { title: document.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="link-button"
        aria-expanded={registering}
        onClick={() => setRegistering(!registering)}
      >
        {t('console.picker.registerNew')}
      </button>
      {registering && body && (
        <div className="records-subform">
          <DocumentUploadForm
            bodies={[body]}
            onCreated={(document) => {
              choose(document);
              setRegistering(false);
              setNotice(t('console.picker.registered', { title: document.title }));
            }}
          />
        </div>
      )}
      <p role="status" className="success-text">
        {notice}
      </p>
    </div>
  );
}
