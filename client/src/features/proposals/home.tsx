// The proposals feature's sections on the start page.
import type { ComponentType } from 'react';

export const proposalsHomeSections: ComponentType[] = [];
