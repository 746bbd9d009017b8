// Sections of the signed-in person's own page (/mina-sidor) contributed by the features
// (my proposals and signatures, notifications, ...). The page itself belongs to auth.
import type { ComponentType } from 'react';

export const myPageSections: ComponentType[] = [];
