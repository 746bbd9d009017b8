// What the secretary console needs from the session: whether the caller may use it, and the
// bodies they keep (`canManage` on each body, decided by the server).
import { useSession } from '../../../session';
import { useBodiesQuery } from '../../../query/useBodies';

export function useConsole() {
  const { me, loading } = useSession();
  const isSecretary = Boolean(me?.roles.some((grant) => grant.role === 'secretary'));
  const bodies = useBodiesQuery();
  return {
    me,
    loading: loading || (isSecretary && bodies.isPending),
    isSecretary,
    bodies: (bodies.data ?? []).filter((body) => body.canManage),
  };
}
