// The public archive search over meetings, agenda items, documents and decisions.
import type { Feature } from '../../context';
import { archiveRouter } from './routes';

export const archiveFeature: Feature = { name: 'archive', apiRouter: () => archiveRouter() };
