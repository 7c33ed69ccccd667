import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import type { AssessmentInput } from '@shared/contract/assessments';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function assessmentsListQuery(coupleId: string) {
  return queryOptions({
    queryKey: recordKeys.assessments(coupleId),
    queryFn: () => invoke('assessments:list', { coupleId }),
  });
}

export function assessmentQuery(id: string) {
  return queryOptions({
    queryKey: recordKeys.assessment(id),
    queryFn: () => invoke('assessments:get', { id }),
  });
}

export function useCreateAssessment(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentInput) => invoke('assessments:create', input),
    onSuccess: (assessment) => {
      queryClient.setQueryData(recordKeys.assessment(assessment.id), assessment);
      void queryClient.invalidateQueries({ queryKey: recordKeys.assessments(coupleId) });
      invalidateCoupleRecord(queryClient, coupleId);
    },
  });
}
