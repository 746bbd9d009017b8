// Sections of the start page, in order: live now, coming meetings, popular proposals.
import type { ComponentType } from 'react';
import { liveHomeSections } from './live/home';
import { recordsHomeSections } from './records/home';
import { proposalsHomeSections } from './proposals/home';

export const homeSections: ComponentType[] = [
  ...liveHomeSections,
  ...recordsHomeSections,
  ...proposalsHomeSections,
];
