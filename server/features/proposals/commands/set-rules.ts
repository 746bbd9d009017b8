// The municipality's proposal rules, set by a platform administrator (they apply to proposals
// approved from now on).
import { ProposalRulesSchema, type ProposalRules } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { canEditRules } from '../../../policies/proposals';
import { getRules, setRules } from '../rules';

export const setProposalRules = defineCommand({
  name: 'proposal.rules_set',
  input: ProposalRulesSchema,
  load: () => getRules(),
  policy: (user) => canEditRules(user),
  work: ({ input, user }) => setRules(input, user!.id),
  audit: (rules: ProposalRules, { subject: before }) => ({
    action: 'proposal.rules_set',
    subject: { type: 'proposalRules', id: 'rules' },
    before,
    after: rules,
  }),
});
