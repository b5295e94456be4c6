/**
 * Whether the first-run introduction was closed, a preference of this browser kept in
 * localStorage like those in `preferences.ts` (a module of their own so the meeting screen, which
 * loads that one, does not carry these). A browser that refuses storage forgets: the screen then
 * remembers for as long as it is open.
 */
const INTRO_KEY = 'crp.intro.dismissed'

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Refused (private window, storage full): this visit remembers.
  }
}

export function introDismissed(): boolean {
  return read(INTRO_KEY) === 'yes'
}

export function setIntroDismissed(dismissed: boolean): void {
  write(INTRO_KEY, dismissed ? 'yes' : 'no')
}
