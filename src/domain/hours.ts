/**
 * Hours as a coach types them into the time log. `1.5`, `1,5`, `1:30`, `90m`, `1h30`,
 * `1h 30m`, `1.5 hours` and `1 hr 30 min` all mean an hour and a half. Everything is rounded
 * to the nearest quarter hour, the precision the log keeps.
 */
import { MAX_DAILY_HOURS } from './schemas'

/** The log keeps hours to the quarter hour: 0.25 h = 15 minutes. */
export const HOURS_STEP = 0.25

export type HoursParseResult =
  | { ok: true; hours: number }
  | { ok: false; message: string }

export const HOURS_FORMAT_HINT = 'Type hours like 1.5, 1:30, 90m or 1h 30m'

const NUMBER = String.raw`(\d+(?:[.,]\d*)?|[.,]\d+)`
const HOUR_UNIT = String.raw`(?:h|hr|hrs|hour|hours)`
const MINUTE_UNIT = String.raw`(?:m|min|mins|minute|minutes)`

const PATTERNS: Array<{ re: RegExp; toHours: (m: RegExpMatchArray) => number | null }> = [
  // 1.5  1,5  .75  1.5h  2 hours
  { re: new RegExp(`^${NUMBER}\\s*${HOUR_UNIT}?$`), toHours: (m) => toNumber(m[1]) },
  // 1:30  0:45  :45
  {
    re: /^(\d*):(\d{1,2})$/,
    toHours: (m) => {
      const minutes = Number(m[2])
      return minutes >= 60 ? null : Number(m[1] || 0) + minutes / 60
    },
  },
  // 90m  90 min  45 minutes
  { re: new RegExp(`^${NUMBER}\\s*${MINUTE_UNIT}$`), toHours: (m) => (toNumber(m[1]) ?? NaN) / 60 },
  // 1h30  1h 30m  1 hr 30 min  1h30min
  {
    re: new RegExp(`^(\\d+)\\s*${HOUR_UNIT}\\s*(\\d{1,2})\\s*${MINUTE_UNIT}?$`),
    toHours: (m) => {
      const minutes = Number(m[2])
      return minutes >= 60 ? null : Number(m[1]) + minutes / 60
    },
  },
]

function toNumber(text: string | undefined): number | null {
  if (text === undefined) return null
  const n = Number(text.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/** Rounds to the nearest quarter hour (half a quarter rounds up). */
export function roundToQuarterHour(hours: number): number {
  return Math.round(hours / HOURS_STEP + 1e-9) * HOURS_STEP
}

/**
 * Reads what a coach typed into one cell. An empty cell (or 0) is valid and means "nothing
 * logged". The message of a failure is ready to show next to the cell.
 */
export function parseHours(input: string): HoursParseResult {
  const text = input.trim().toLowerCase()
  if (text === '') return { ok: true, hours: 0 }
  if (/^[-−–]/.test(text)) return { ok: false, message: 'Hours cannot be negative' }
  for (const { re, toHours } of PATTERNS) {
    const match = text.match(re)
    if (!match) continue
    const raw = toHours(match)
    if (raw === null || !Number.isFinite(raw)) break
    const hours = roundToQuarterHour(raw)
    if (hours > MAX_DAILY_HOURS) return { ok: false, message: `A day has at most ${MAX_DAILY_HOURS} hours` }
    if (raw > 0 && hours === 0) return { ok: false, message: 'Log at least a quarter hour (15 minutes), or leave the cell empty' }
    return { ok: true, hours }
  }
  return { ok: false, message: `“${input.trim()}” is not a number of hours. ${HOURS_FORMAT_HINT}.` }
}

/** Hours for display in a cell or a total: `1.5`, `0.25`, `12` (no trailing zeros). */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100)
}

/** Hours with a unit for sentences: "1.5 h". */
export function formatHoursWithUnit(hours: number): string {
  return `${formatHours(hours)} h`
}
