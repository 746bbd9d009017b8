// The HTTP API of private notes: each route a command (commands.ts).
import { z } from 'zod';
import { NoteCreateSchema, NoteSchema } from '@shared/schemas/reading';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import {
  deleteNote,
  listDocumentNotes,
  listItemNotes,
  writeDocumentNote,
  writeItemNote,
} from './commands';

const tags = ['notes'];
const own = 'the caller’s own notes only';

export function noteRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/documents/:id/notes', listDocumentNotes, {
      summary: 'My private notes on a document (with whether each anchor still holds)',
      tags,
      auth: own,
      response: z.array(NoteSchema),
    })
    .post('/documents/:id/notes', writeDocumentNote, {
      summary: 'Write a private note on a document, optionally at a page or paragraph',
      tags,
      auth: own,
      status: 201,
      body: NoteCreateSchema,
      response: NoteSchema,
    })
    .get('/agenda-items/:id/notes', listItemNotes, {
      summary: 'My private notes on an agenda item',
      tags,
      auth: own,
      response: z.array(NoteSchema),
    })
    .post('/agenda-items/:id/notes', writeItemNote, {
      summary: 'Write a private note on an agenda item',
      tags,
      auth: own,
      status: 201,
      body: NoteCreateSchema,
      response: NoteSchema,
    })
    .delete('/notes/:id', deleteNote, {
      summary: 'Remove one of my notes (another person’s note is 404)',
      tags,
      auth: own,
      status: 204,
    });
}
