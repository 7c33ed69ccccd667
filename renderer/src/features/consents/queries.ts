import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { invoke } from '../../api/client';

export const consentKeys = {
  list: (coupleId: string) => ['consents', 'list', coupleId] as const,
};

export function consentsQuery(coupleId: string) {
  return queryOptions({
    queryKey: consentKeys.list(coupleId),
    queryFn: () => invoke('consents:list', { coupleId }),
  });
}

export function useRecordConsent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'consents:record'>) => invoke('consents:record', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consentKeys.list(coupleId) }),
  });
}

export function useRevokeConsent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'consents:revoke'>) => invoke('consents:revoke', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consentKeys.list(coupleId) }),
  });
}
