// Sections of the signed-in person's own page (/mina-sidor) contributed by the features
// (my proposals and signatures, notifications, ...). The page itself belongs to auth.
import type { ComponentType } from 'react';
import { MyProposals } from './proposals/MyProposals';
import { NotificationsSection } from './notifications/NotificationsPage';
import { MyRecordsSection } from './records/MyRecordsSection';
import { MyMeetingsSection } from './reading/MyMeetingsSection';

export const myPageSections: ComponentType[] = [
  MyProposals,
  NotificationsSection,
  MyRecordsSection,
  MyMeetingsSection,
];
