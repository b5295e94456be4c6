/**
 * Preferences of this browser for the first-run introduction and the break suggestions, kept in
 * localStorage like those in `preferences.ts` (a module of their own so the meeting screen, which
 * loads that one, does not carry these). A browser that refuses storage forgets: the screen then
 * remembers for as long as it is open.
 */
const INTRO_KEY = 'crp.intro.dismissed'
const BREAKS_KEY = 'crp.breaks.dismissed'

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

/** Break suggestions the coach set aside, as `<schoolYearId>|<suggestion key>`. */
export function dismissedBreaks(): string[] {
  try {
    const parsed: unknown = JSON.parse(read(BREAKS_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []
  } catch {
    return []
  }
}

export function dismissBreaks(keys: readonly string[]): void {
  write(BREAKS_KEY, JSON.stringify([...new Set([...dismissedBreaks(), ...keys])].slice(-200)))
}
