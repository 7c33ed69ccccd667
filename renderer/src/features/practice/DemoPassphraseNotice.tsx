import { usePractice } from './practiceContext';

/** On the demo's unlock screen: its passphrase, in plain sight (it protects nothing real). */
export function DemoPassphraseNotice() {
  const { status } = usePractice();
  if (status?.practice !== 'demo' || !status.demoPassphrase) return null;
  return (
    <div className="notice notice--info demo-passphrase">
      <p>
        This is the demo practice. Its passphrase is{' '}
        <code className="demo-passphrase__value" data-testid="demo-passphrase">
          {status.demoPassphrase}
        </code>
      </p>
    </div>
  );
}
