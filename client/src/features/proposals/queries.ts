// Server state of the proposals feature that pages share.
import { useQuery } from '@tanstack/react-query';
import type {
  MyProposals,
  Proposal,
  ProposalRules,
  ProposalSummary,
} from '@shared/schemas/proposals';
import { api, apiData } from '../../api';
import { queryKeys } from '../../query/keys';

export function useProposals(query: string) {
  return useQuery({
    queryKey: queryKeys.proposals.list(query),
    queryFn: ({ signal }) =>
      api<{ data: ProposalSummary[]; total: number }>(`/proposals?${query}`, { signal }),
  });
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: queryKeys.proposals.detail(id),
    queryFn: ({ signal }) => apiData<Proposal>(`/proposals/${id}`, { signal }),
  });
}

export function useMyProposals() {
  return useQuery({
    queryKey: queryKeys.proposals.mine,
    queryFn: ({ signal }) => apiData<MyProposals>('/proposals/mine', { signal }),
  });
}

export function useReviewQueue() {
  return useQuery({
    queryKey: queryKeys.proposals.reviewQueue,
    queryFn: ({ signal }) =>
      apiData<ProposalSummary[]>('/proposals/review-queue?pageSize=100', { signal }),
  });
}

export function useProposalRules() {
  return useQuery({
    queryKey: queryKeys.proposals.rules,
    queryFn: ({ signal }) => apiData<ProposalRules>('/proposal-rules', { signal }),
  });
}
