import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter } from 'react-router';
import { createQueryClient } from './queryClient';
import { VaultGate } from './VaultGate';

/**
 * Providers around the vault gate. The hash router keeps routes working under the app://
 * protocol and the e2e static server alike, with no server-side routing.
 */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <VaultGate />
      </HashRouter>
    </QueryClientProvider>
  );
}
