/**
 * A message the shell shows once the records are open, until dismissed: what an unlock
 * screen did (a restore, a new passphrase, a key rotation).
 */
export interface ShellNotice {
  message: string;
  /**
   * The records came from a backup restored at the unlock or set-up screen: whoever knew
   * that backup's passphrase or recovery key opens them too, so rotating the key is offered.
   */
  offerKeyRotation?: boolean;
}
