// "Följ" on a meeting, a body or a document: a toggle (aria-pressed) that says what following
// brings; signed-out visitors get a link to log in. The state comes from GET …/:id/follow.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { useSession } from '../../session';
import './citizen.css';

export type Followable = 'meetings' | 'bodies' | 'documents';

export const followKey = (type: Followable, id: string) => ['follows', type, id] as const;

export function FollowButton({ type, id, name }: { type: Followable; id: string; name?: string }) {
  const { t } = useTranslation('citizen');
  const { me } = useSession();
  const location = useLocation();
  const client = useQueryClient();
  const key = followKey(type, id);
  const state = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiData<{ following: boolean }>(`/${type}/${id}/follow`, { signal }),
    enabled: Boolean(me),
  });
  const following = state.data?.following ?? false;
  const toggle = useMutation({
    mutationFn: () => api(`/${type}/${id}/follow`, { method: following ? 'DELETE' : 'POST' }),
    onSuccess: () => {
      client.setQueryData(key, { following: !following });
      void client.invalidateQueries({ queryKey: ['follows'] });
    },
  });
  if (!me) {
    return (
      <p className="follow">
        <Link to={`/logga-in?returnTo=${encodeURIComponent(location.pathname)}`}>
          {t(`follow.login.${type}`)}
        </Link>
      </p>
    );
  }
  return (
    <div className="follow">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={following}
        disabled={state.isPending || toggle.isPending}
        onClick={() => toggle.mutate()}
      >
        {name ? t(`follow.named.${type}`, { name }) : t(`follow.${type}`)}
      </button>
      <p className="meta" role="status">
        {following ? t(`follow.on.${type}`) : ''}
      </p>
      <ErrorText error={toggle.error} />
    </div>
  );
}
