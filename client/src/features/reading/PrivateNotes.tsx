// My private notes on a document (at a page or paragraph) or an agenda item: only mine, shown
// with whether the anchor still holds after a new version of the text.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../errors/ErrorText';
import { useSession } from '../../session';
import { useNoteMutations, useNotes } from './queries';
import './reading.css';

interface Props {
  type: 'document' | 'agendaItem';
  id: string;
  /** Documents: offer page and paragraph anchors. */
  anchors?: boolean;
}

export function PrivateNotes({ type, id, anchors = false }: Props) {
  const { t } = useTranslation('reading');
  const { me } = useSession();
  const notes = useNotes(type, id, Boolean(me));
  const { write, remove } = useNoteMutations(type, id);
  const [text, setText] = useState('');
  const [page, setPage] = useState('');
  const [quote, setQuote] = useState('');
  if (!me) return null;
  const field = `note-${type}-${id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const anchor = {
      ...(page ? { page: Number(page) } : {}),
      ...(quote.trim() ? { quote: quote.trim() } : {}),
    };
    write.mutate(
      { text, ...(Object.keys(anchor).length ? { anchor } : {}) },
      {
        onSuccess: () => {
          setText('');
          setPage('');
          setQuote('');
        },
      },
    );
  }

  return (
    <section className="private-notes" aria-labelledby={`${field}-heading`}>
      <h3 id={`${field}-heading`}>{t('notes.title')}</h3>
      <p className="meta">{t('notes.private')}</p>
      <ErrorText error={notes.error ?? remove.error} />
      {notes.data?.length === 0 && <p>{t('notes.empty')}</p>}
      <ul className="private-notes__list">
        {notes.data?.map((note) => (
          <li key={note.id} className="card">
            <p className="private-notes__text">{note.text}</p>
            {note.anchor?.page !== undefined && (
              <span className="meta">{t('notes.at', { page: note.anchor.page })} </span>
            )}
            {note.anchor?.quote && <q className="meta">{note.anchor.quote}</q>}
            {note.anchorState === 'moved' && <p className="badge">{t('notes.moved')}</p>}
            {note.anchorState === 'changed' && <p className="badge">{t('notes.changed')}</p>}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => remove.mutate(note.id)}
            >
              {t('notes.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="private-notes__form">
        <label htmlFor={`${field}-text`}>{t('notes.text')}</label>
        <textarea
          id={`${field}-text`}
          value={text}
          required
          maxLength={4000}
          onChange={(e) => setText(e.target.value)}
        />
        {anchors && (
          <>
            <label htmlFor={`${field}-page`}>{t('notes.page')}</label>
            <input
              id={`${field}-page`}
              type="number"
              min={1}
              inputMode="numeric"
              value={page}
              onChange={(e) => setPage(e.target.value)}
            />
            <label htmlFor={`${field}-quote`}>{t('notes.quote')}</label>
            <input
              id={`${field}-quote`}
              value={quote}
              maxLength={200}
              onChange={(e) => setQuote(e.target.value)}
            />
          </>
        )}
        <ErrorText error={write.error} />
        <button type="submit" className="button" disabled={write.isPending}>
          {t('notes.save')}
        </button>
      </form>
    </section>
  );
}
