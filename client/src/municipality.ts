// The municipality's profile for the frame of every page: its name, logo, primary colour and the
// registry's contact. One query, long-lived (it changes when an administrator saves it).
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { MunicipalityProfile } from '@shared/schemas/municipality';
import { apiData } from './api';
import { queryKeys } from './query/keys';

export function useMunicipality(): MunicipalityProfile | undefined {
  const query = useQuery({
    queryKey: queryKeys.municipality,
    queryFn: () => apiData<MunicipalityProfile>('/municipality'),
    staleTime: 5 * 60_000,
  });
  return query.data;
}

/** Puts the municipality's colour into the page's palette (checked for contrast by the server). */
export function useMunicipalityColour(profile: MunicipalityProfile | undefined): void {
  const colour = profile?.primaryColor;
  useEffect(() => {
    if (!colour) return;
    const style = document.documentElement.style;
    style.setProperty('--brand', colour);
    style.setProperty('--brand-dark', colour);
  }, [colour]);
}
