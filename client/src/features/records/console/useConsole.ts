// What the secretary console needs from the session: whether the caller may use it, and the
// bodies they keep (`canManage` on each body, decided by the server).
import type { BodyView } from '@shared/schemas/bodies';
import { useSession } from '../../../session';
import { useFetch } from '../useFetch';

export function useConsole() {
  const { me, loading } = useSession();
  const isSecretary = Boolean(me?.roles.some((grant) => grant.role === 'secretary'));
  const bodies = useFetch<BodyView[]>(isSecretary ? '/bodies' : null);
  return {
    me,
    loading: loading || bodies.loading,
    isSecretary,
    bodies: (bodies.data ?? []).filter((body) => body.canManage),
  };
}

/** A failed request's message for the person: the server names the field and the problem. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
