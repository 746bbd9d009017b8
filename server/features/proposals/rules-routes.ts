// The municipality's proposal rules: anyone reads them (the write form shows them), admins set them.
import { Router } from 'express';
import { z } from 'zod';
import { ProposalRulesSchema } from '@shared/schemas/proposals';
import { currentUser, requireUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import { canEditRules } from '../../policies/proposals';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { recordAudit, requestIp } from '../../audit/service';
import { getRules, setRules } from './rules';

const Answer = z.object({ data: ProposalRulesSchema });

describeApi({
  method: 'get',
  path: '/api/v1/proposal-rules',
  summary: 'Signature threshold, signing period, similar-proposal refusal period, review rules',
  tags: ['proposals'],
  responses: { 200: { description: 'The rules', schema: Answer } },
});
describeApi({
  method: 'put',
  path: '/api/v1/proposal-rules',
  summary: 'Set the proposal rules (applies to proposals approved from now on)',
  tags: ['proposals'],
  auth: 'admin',
  body: ProposalRulesSchema,
  responses: { 200: { description: 'The rules', schema: Answer } },
});

export function proposalRulesRouter(): Router {
  const router = Router();
  router.get('/proposal-rules', async (_req, res) => {
    res.json({ data: await getRules() });
  });
  router.put('/proposal-rules', requireUser, async (req, res) => {
    const user = currentUser(req);
    authorize(user, canEditRules, 'Only administrators set the proposal rules');
    const input = parseInput(ProposalRulesSchema, req.body);
    const before = await getRules();
    const rules = await setRules(input, user.id);
    await recordAudit({
      actor: user.id,
      action: 'proposal.rules_set',
      subject: { type: 'proposalRules', id: 'rules' },
      before,
      after: rules,
      ip: requestIp(req),
    });
    res.json({ data: rules });
  });
  return router;
}
