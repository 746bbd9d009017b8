// Client routes of the proposals feature (and of personal notifications); the review queue is its
// own chunk.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lazyPage';
import { notificationsRoutes } from '../notifications/routes';

const ListPage = lazyPage(() => import('./ListPage'), 'ListPage');
const NewProposalPage = lazyPage(() => import('./NewProposalPage'), 'NewProposalPage');
const EditProposalPage = lazyPage(() => import('./NewProposalPage'), 'EditProposalPage');
const ProposalPage = lazyPage(() => import('./ProposalPage'), 'ProposalPage');
const ReviewQueuePage = lazyPage(() => import('./ReviewQueuePage'), 'ReviewQueuePage');
const RulesPage = lazyPage(() => import('./RulesPage'), 'RulesPage');

export const proposalsRoutes: RouteObject[] = [
  { path: 'forslag', element: <ListPage /> },
  { path: 'forslag/nytt', element: <NewProposalPage /> },
  { path: 'forslag/granska', element: <ReviewQueuePage /> },
  { path: 'forslag/regler', element: <RulesPage /> },
  { path: 'forslag/:id', element: <ProposalPage /> },
  { path: 'forslag/:id/redigera', element: <EditProposalPage /> },
  ...notificationsRoutes,
];
