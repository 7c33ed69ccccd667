import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import type { Input } from '@shared/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function consentsQuery(coupleId: string) {
  return channelQuery('consents:list', { coupleId });
}

export function useRecordConsent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'consents:record'>) => invoke('consents:record', input),
    onSuccess: () => invalidateKeys(queryClient, channelKey('consents:list', { coupleId })),
  });
}

export function useRevokeConsent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'consents:revoke'>) => invoke('consents:revoke', input),
    onSuccess: () => invalidateKeys(queryClient, channelKey('consents:list', { coupleId })),
  });
}
