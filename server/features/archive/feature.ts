// The public archive search over meetings, agenda items, documents and decisions.
import type { Feature } from '../../context';

export const archiveFeature: Feature = { name: 'archive' };
