// Client routes of the proposals feature (and of personal notifications).
import type { RouteObject } from 'react-router';
import { notificationsRoutes } from '../notifications/routes';
import { ListPage } from './ListPage';
import { NewProposalPage } from './NewProposalPage';
import { ProposalPage } from './ProposalPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { RulesPage } from './RulesPage';

export const proposalsRoutes: RouteObject[] = [
  { path: 'forslag', element: <ListPage /> },
  { path: 'forslag/nytt', element: <NewProposalPage /> },
  { path: 'forslag/granska', element: <ReviewQueuePage /> },
  { path: 'forslag/regler', element: <RulesPage /> },
  { path: 'forslag/:id', element: <ProposalPage /> },
  ...notificationsRoutes,
];
