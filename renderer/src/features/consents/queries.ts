import { channelKey, channelQuery } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import type { Input } from '@shared/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export const consentKeys = {
  list: (coupleId: string) => channelKey('consents:list', { coupleId }),
};

export function consentsQuery(coupleId: string) {
  return channelQuery('consents:list', { coupleId });
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
