/**
 * Safari (on macOS, iPhone and iPad) deletes everything a website stored, IndexedDB included,
 * after seven days in which the site was not used, unless the site was added to the Home Screen
 * or the Dock. The app warns Safari users in a browser tab about it.
 */

/** Other browsers put "Safari" in their user agent too; they name themselves as well. */
const NOT_SAFARI = /Chrome|Chromium|CriOS|FxiOS|Firefox|EdgiOS|Edg\/|OPR|OPiOS|YaBrowser|SamsungBrowser|Android/

export function isSafari(userAgent: string): boolean {
  return /Version\/[\d.]+.*Safari\//.test(userAgent) && /AppleWebKit\//.test(userAgent) && !NOT_SAFARI.test(userAgent)
}

/** The seven-day rule applies to Safari in a tab, not to the app added to the Home Screen or Dock. */
export function safariMayClearData(input: { userAgent: string; installed: boolean }): boolean {
  return !input.installed && isSafari(input.userAgent)
}
