// The municipality's proposal rules: one stored document, defaults until an admin changes them.
import { DEFAULT_PROPOSAL_RULES, type ProposalRules } from '@shared/schemas/proposals';
import { ProposalRulesModel } from './model';

export async function getRules(): Promise<ProposalRules> {
  const stored = await ProposalRulesModel.findById('rules').lean();
  return {
    threshold: stored?.threshold ?? DEFAULT_PROPOSAL_RULES.threshold,
    signingDays: stored?.signingDays ?? DEFAULT_PROPOSAL_RULES.signingDays,
    similarRefusalMonths:
      stored?.similarRefusalMonths ?? DEFAULT_PROPOSAL_RULES.similarRefusalMonths,
    reviewRulesText: stored?.reviewRulesText ?? DEFAULT_PROPOSAL_RULES.reviewRulesText,
  };
}

export async function setRules(rules: ProposalRules, actorId: string): Promise<ProposalRules> {
  await ProposalRulesModel.updateOne(
    { _id: 'rules' },
    { $set: { ...rules, updatedBy: actorId } },
    { upsert: true },
  );
  return getRules();
}
