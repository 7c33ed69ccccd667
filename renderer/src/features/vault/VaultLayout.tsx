import type { ReactNode } from 'react';

/** The frame of every screen shown before the records are open: brand and one centred card. */
export function VaultLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="vault-layout">
      <header className="vault-layout__brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Rekindle</span>
      </header>
      <main className={`vault-card${wide ? ' vault-card--wide' : ''}`}>{children}</main>
    </div>
  );
}
