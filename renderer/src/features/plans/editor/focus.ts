/**
 * After an item moved, focus stays on what the clinician was using. React may have moved the
 * focused element's row in the DOM (which drops focus), and a Move button can turn disabled
 * at either end of the list: then its twin takes focus.
 */
export function keepFocus(previous: Element | null): void {
  if (!(previous instanceof HTMLElement) || !previous.isConnected) return;
  if (previous instanceof HTMLButtonElement && previous.disabled) {
    const twin = previous
      .closest('.plan-item__actions')
      ?.querySelector<HTMLButtonElement>('.button--icon:not([disabled])');
    twin?.focus();
    return;
  }
  if (document.activeElement !== previous) previous.focus();
  previous.scrollIntoView({ block: 'nearest' });
}
