// The steps still ahead of a proposal, with the date each is due: the review (an aim), the end of
// the signing period (the rule), the referral to a body and its answer (aims, PROPOSAL_AIMS).
// Before approval the later dates are estimates from the aims and the current rules.
import { PROPOSAL_AIMS, type UpcomingStep } from '@shared/schemas/proposals';
import { DAY_MS } from './lifecycle';
import type { ProposalFields } from './model';

const after = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export function upcomingSteps(p: ProposalFields & { createdAt?: Date }): UpcomingStep[] {
  const steps: Array<[UpcomingStep['kind'], Date]> = [];
  const { reviewDays, referralDays, answerDays } = PROPOSAL_AIMS;
  switch (p.status) {
    case 'pending_review': {
      const review = after(p.submittedAt ?? p.createdAt ?? new Date(), reviewDays);
      const ends = after(review, p.signingDays);
      const referral = after(ends, referralDays);
      steps.push(['review', review], ['signing_ends', ends], ['referral', referral]);
      steps.push(['answer', after(referral, answerDays)]);
      break;
    }
    case 'open': {
      const ends = p.closesAt ?? after(p.openedAt ?? new Date(), p.signingDays);
      const referral = after(ends, referralDays);
      steps.push(['signing_ends', ends], ['referral', referral]);
      steps.push(['answer', after(referral, answerDays)]);
      break;
    }
    case 'referred': {
      if (p.referral?.at) {
        steps.push(['answer', after(p.referral.at, answerDays)]);
      } else {
        const reached = p.timeline.at(-1)?.at ?? p.closesAt ?? new Date();
        const referral = after(reached, referralDays);
        steps.push(['referral', referral], ['answer', after(referral, answerDays)]);
      }
      break;
    }
    default:
      break;
  }
  return steps.map(([kind, due]) => ({ kind, due: due.toISOString() }));
}
