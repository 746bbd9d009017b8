// Comment threads on documents, agenda items and proposals.
import type { Feature } from '../../context';

export const commentsFeature: Feature = { name: 'comments' };
