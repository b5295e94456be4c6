/**
 * Small preferences of this browser that are not records: where each meeting was left and whether a
 * note was dismissed. Kept in localStorage (read synchronously on first paint, not worth a table, and
 * never in backups). Every read and write survives a browser that refuses storage (private windows):
 * the value then lasts for this visit only.
 */

const MEETING_POSITION_KEY = 'crp.meeting.position'
const SAFARI_NOTE_KEY = 'coach-role-planner.safari-note-dismissed'

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
    // Refused (private window, storage full): the address bar or this visit keeps the state.
  }
}

/** The task each meeting was left at, by `<schoolId>|<schoolYearId>`. */
export function readMeetingPositions(): Record<string, string> {
  try {
    const raw = read(MEETING_POSITION_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {}
  } catch {
    return {}
  }
}

export function saveMeetingPositions(positions: Record<string, string>): void {
  write(MEETING_POSITION_KEY, JSON.stringify(positions))
}

export function safariNoteDismissed(): boolean {
  return read(SAFARI_NOTE_KEY) === 'yes'
}

export function dismissSafariNote(): void {
  write(SAFARI_NOTE_KEY, 'yes')
}
