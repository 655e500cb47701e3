/**
 * Tells the teacher that a Common Cartridge could not be made, with the reason, rather than
 * leaving a button that does nothing (offline, or the site was redeployed since the page loaded,
 * so a script the cartridge needs cannot be fetched).
 */
export function cartridgeFailed(error: unknown): void {
  // the bundler's message runs over several lines ("Loading chunk 5227 failed.\n(error: …)")
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
  window.alert(`The Common Cartridge could not be made: ${reason}. Reload the page and try again.`);
}
