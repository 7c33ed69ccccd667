import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { AssessmentInput } from '@shared/contract/assessments';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function assessmentsListQuery(coupleId: string) {
  return channelQuery('assessments:list', { coupleId });
}

export function assessmentQuery(id: string) {
  return channelQuery('assessments:get', { id });
}

export function useCreateAssessment(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentInput) => invoke('assessments:create', input),
    onSuccess: (assessment) => {
      queryClient.setQueryData(assessmentQuery(assessment.id).queryKey, assessment);
      invalidateKeys(queryClient, channelKey('assessments:list', { coupleId }));
      invalidateCoupleRecord(queryClient, coupleId);
    },
  });
}
