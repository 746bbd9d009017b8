// The development IdP's test persons. Fixed personnummer (in Skatteverket's test-number style),
// so a persona is the same user on every login; their roles come from grants seeded while the
// development IdP is on.
import type { RoleGrant } from '@shared/roles';

export const PERSONA_NAMES = ['citizen', 'official', 'secretary', 'moderator', 'admin'] as const;
export type PersonaName = (typeof PERSONA_NAMES)[number];

export interface Persona {
  personnummer: string;
  givenName: string;
  surname: string;
  roles: RoleGrant[];
}

export const PERSONAS: Record<PersonaName, Persona> = {
  citizen: {
    personnummer: '199001019802',
    givenName: 'Elsa',
    surname: 'Lind',
    roles: [{ role: 'citizen' }],
  },
  official: {
    personnummer: '196505059813',
    givenName: 'Karin',
    surname: 'Berg',
    roles: [{ role: 'citizen' }, { role: 'official' }],
  },
  secretary: {
    personnummer: '197803039824',
    givenName: 'Johan',
    surname: 'Ek',
    roles: [{ role: 'citizen' }, { role: 'secretary' }],
  },
  moderator: {
    personnummer: '198512129835',
    givenName: 'Sara',
    surname: 'Nilsson',
    roles: [{ role: 'citizen' }, { role: 'moderator' }],
  },
  admin: {
    personnummer: '197007079846',
    givenName: 'Ali',
    surname: 'Hassan',
    roles: [{ role: 'citizen' }, { role: 'admin' }],
  },
};

export function isPersonaName(value: unknown): value is PersonaName {
  return typeof value === 'string' && (PERSONA_NAMES as readonly string[]).includes(value);
}
