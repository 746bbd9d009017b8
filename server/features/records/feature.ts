// Council records: bodies, meetings and agendas, documents, notice board, feeds, open data.
import type { Feature } from '../../context';

export const recordsFeature: Feature = { name: 'records' };
