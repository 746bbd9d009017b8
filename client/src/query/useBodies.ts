// The bodies (nämnder), fetched once and shared by every select, filter and name lookup.
import { useQuery } from '@tanstack/react-query';
import type { BodyView } from '@shared/schemas/bodies';
import { apiData } from '../api';
import { queryKeys } from './keys';

export function useBodiesQuery() {
  return useQuery({
    queryKey: queryKeys.bodies,
    queryFn: ({ signal }) => apiData<BodyView[]>('/bodies', { signal }),
    // Bodies change rarely (an administrator's act); five minutes is fresh enough.
    staleTime: 5 * 60_000,
  });
}

/** The bodies, or none while they load. */
export function useBodies(): BodyView[] {
  return useBodiesQuery().data ?? [];
}

/** Body names by id ("Nämndsekreterare (Byggnadsnämnden)"). */
export function bodyNameMap(bodies: readonly BodyView[]): Map<string, string> {
  return new Map(bodies.map((b) => [b.id, b.name]));
}
