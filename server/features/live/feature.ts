// Live dialogue sessions.
import type { Feature } from '../../context';

export const liveFeature: Feature = { name: 'live' };
