// The live feature's sections on the start page.
import type { ComponentType } from 'react';

export const liveHomeSections: ComponentType[] = [];
