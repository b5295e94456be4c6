/**
 * The break suggestions the coach set aside (Settings → School calendar), a preference of this
 * browser kept in localStorage like those in `preferences.ts`; a browser that refuses storage
 * offers them again on the next visit.
 */
const BREAKS_KEY = 'crp.breaks.dismissed'

function read(): string | null {
  try {
    return localStorage.getItem(BREAKS_KEY)
  } catch {
    return null
  }
}

/** Break suggestions the coach set aside, as `<schoolYearId>|<suggestion key>`. */
export function dismissedBreaks(): string[] {
  try {
    const parsed: unknown = JSON.parse(read() ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []
  } catch {
    return []
  }
}

function write(value: string): void {
  try {
    localStorage.setItem(BREAKS_KEY, value)
  } catch {
    // Refused (private window, storage full): the screen remembers while it is open.
  }
}

export function dismissBreaks(keys: readonly string[]): void {
  write(JSON.stringify([...new Set([...dismissedBreaks(), ...keys])].slice(-200)))
}
