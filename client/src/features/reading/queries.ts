// Server state of the reading room: my meetings, my notes, a meeting's absences.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AbsenceList, MyMeetings, NoteCreate, NoteView } from '@shared/schemas/reading';
import { api, apiData } from '../../api';

export const readingKeys = {
  mine: ['reading', 'mine'] as const,
  notes: (type: string, id: string) => ['reading', 'notes', type, id] as const,
  absences: (meetingId: string) => ['reading', 'absences', meetingId] as const,
};

export function useMyMeetings(enabled: boolean) {
  return useQuery({
    queryKey: readingKeys.mine,
    queryFn: ({ signal }) => apiData<MyMeetings>('/me/meetings', { signal }),
    enabled,
  });
}

const notesPath = (type: 'document' | 'agendaItem', id: string) =>
  type === 'document' ? `/documents/${id}/notes` : `/agenda-items/${id}/notes`;

export function useNotes(type: 'document' | 'agendaItem', id: string, enabled: boolean) {
  return useQuery({
    queryKey: readingKeys.notes(type, id),
    queryFn: ({ signal }) => apiData<NoteView[]>(notesPath(type, id), { signal }),
    enabled,
  });
}

export function useNoteMutations(type: 'document' | 'agendaItem', id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: readingKeys.notes(type, id) });
  const write = useMutation({
    mutationFn: (note: NoteCreate) =>
      apiData<NoteView>(notesPath(type, id), { method: 'POST', json: note }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (noteId: string) => api<void>(`/notes/${noteId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { write, remove };
}

export function useAbsences(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: readingKeys.absences(meetingId),
    queryFn: ({ signal }) => apiData<AbsenceList>(`/meetings/${meetingId}/absences`, { signal }),
    enabled,
    // The secretary's console sees new reports without reloading.
    refetchInterval: 15_000,
  });
}

export function useReportAbsence(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiData<AbsenceList>(`/meetings/${meetingId}/absence`, {
        method: 'POST',
        json: reason ? { reason } : {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reading'] }),
  });
}

export function useCallIn(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; forUserId: string }) =>
      apiData<AbsenceList>(`/meetings/${meetingId}/substitutes`, { method: 'PUT', json: input }),
    onSuccess: (list) => client.setQueryData(readingKeys.absences(meetingId), list),
  });
}
