// Sections of the start page contributed by the features (live now, meetings, proposals).
import type { ComponentType } from 'react';

export const homeSections: ComponentType[] = [];
