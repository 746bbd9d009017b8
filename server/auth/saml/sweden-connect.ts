// The Sweden Connect profile's names: attribute OIDs, levels of assurance, entity category.
export const ATTR = {
  personalIdentityNumber: 'urn:oid:1.2.752.29.4.13',
  displayName: 'urn:oid:2.16.840.1.113730.3.1.241',
  givenName: 'urn:oid:2.5.4.42',
  surname: 'urn:oid:2.5.4.4',
} as const;

export const LOA_PREFIX = 'http://id.elegnamnden.se/loa/1.0/';
/** Known levels, weakest first. */
export const LOA_LEVELS = ['loa1', 'loa2', 'loa3', 'loa4'].map((l) => `${LOA_PREFIX}${l}`);
export const ENTITY_CATEGORY_LOA3_PNR = 'http://id.elegnamnden.se/ec/1.0/loa3-pnr';
export const NAMEID_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

/** Rank of a level (higher is stronger), or -1 for a URI we do not know. */
export function loaRank(uri: string): number {
  return LOA_LEVELS.indexOf(uri);
}

/**
 * The levels the SP asks for: the required one and every stronger known level. A configured
 * level we do not know (a federation's own URI) is asked for alone and must come back as is.
 */
export function requestedLevels(required: string): string[] {
  const rank = loaRank(required);
  return rank < 0 ? [required] : LOA_LEVELS.slice(rank);
}

/** The returned level must be one we asked for (which are all at least the required one). */
export function acceptableLoa(returned: string | undefined, required: string): boolean {
  if (!returned) return false;
  return requestedLevels(required).includes(returned);
}
