// The records feature's sections on the start page.
import type { ComponentType } from 'react';

export const recordsHomeSections: ComponentType[] = [];
