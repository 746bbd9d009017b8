// Sections of the signed-in person's own page (/mina-sidor) contributed by the features
// (my proposals and signatures, notifications, ...). The page itself belongs to auth.
import type { ComponentType } from 'react';
import { MyProposals } from './proposals/MyProposals';
import { NotificationsSection } from './notifications/NotificationsPage';
import { MyRecordsSection } from './records/MyRecordsSection';
import { MyWorkSection } from './work/MyWorkSection';
import { MyActivity } from './citizen/MyActivity';
import { MyMeetingsSection } from './reading/MyMeetingsSection';

export const myPageSections: ComponentType[] = [
  MyWorkSection,
  MyProposals,
  MyActivity,
  NotificationsSection,
  MyRecordsSection,
  MyMeetingsSection,
];
