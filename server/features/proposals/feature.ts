// Citizen proposals (e-förslag).
import type { Feature } from '../../context';

export const proposalsFeature: Feature = { name: 'proposals' };
