// Requests to see documents (begäran om allmän handling) and the registry's contact details.
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { RecordRequest } from './model';
import { requestRoutes } from './routes';

registerPersonalData('recordRequests', async (userId) => {
  const rows = await RecordRequest.find({ userId }).sort({ createdAt: -1 }).lean();
  return rows.map((r) => ({
    reference: r.reference,
    documentTitle: r.documentTitle,
    name: r.name ?? '',
    email: r.email ?? '',
    delivery: r.delivery,
    message: r.message ?? '',
    createdAt: r.createdAt.toISOString(),
  }));
});

export const requestsFeature: Feature = {
  name: 'requests',
  apiRouter: (ctx) => requestRoutes(ctx).router,
};
