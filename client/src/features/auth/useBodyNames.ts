// The bodies (nämnder) by id, so a per-body role reads "Nämndsekreterare (Byggnadsnämnden)".
import { useEffect, useState } from 'react';
import type { BodyView } from '@shared/schemas/bodies';
import { apiData } from '../../api';

export function useBodies(): BodyView[] {
  const [bodies, setBodies] = useState<BodyView[]>([]);
  useEffect(() => {
    let cancelled = false;
    apiData<BodyView[]>('/bodies')
      .then((list) => !cancelled && setBodies(list))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return bodies;
}

export function bodyNameMap(bodies: BodyView[]): Map<string, string> {
  return new Map(bodies.map((b) => [b.id, b.name]));
}
