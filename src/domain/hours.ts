/**
 * Hours as a coach types them, and the one way the app writes hours back out.
 *
 * `1.5`, `1,5`, `1:30`, `90m`, `1h30`, `1h 30m`, `1.5 hours` and `1 hr 30 min` all mean an hour
 * and a half. The app keeps hours to the quarter hour, so a value between two quarters (1.52,
 * 1:20) is refused with a message naming the two nearest quarters: what is saved is always
 * exactly what was typed, never a rounded neighbour.
 */
import { MAX_DAILY_HOURS, MAX_WEEKLY_HOURS } from './schemas'

/** The app keeps hours to the quarter hour: 0.25 h = 15 minutes. */
export const HOURS_STEP = 0.25

export type HoursParseResult = { ok: true; hours: number } | { ok: false; message: string }

export const HOURS_FORMAT_HINT = 'Type hours like 1.5, 1:30, 90m or 1h 30m.'

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

/** Whole quarter hours in `hours` when it is one (allowing for float noise), else null. */
export function quartersOf(hours: number): number | null {
  const quarters = Math.round(hours / HOURS_STEP)
  return Math.abs(hours / HOURS_STEP - quarters) < 1e-6 ? quarters : null
}

/**
 * Hours as whole quarter hours, rounded to the nearest quarter. Sums of hours are taken in
 * quarters (integers) so 0.1-style float error never creeps into a total.
 */
export function toQuarters(hours: number): number {
  return Math.round(hours * 4)
}

/** Hours from whole quarter hours. */
export function fromQuarters(quarters: number): number {
  return quarters / 4
}

/** The total hours of `items`, exact to the quarter hour. */
export function sumHours(items: readonly { hours: number }[]): number {
  return fromQuarters(items.reduce((q, i) => q + toQuarters(i.hours), 0))
}

/**
 * The refusal for a value between two quarter hours, naming both neighbours so the coach can
 * pick one: "Hours are kept to the quarter hour (15 minutes): type 1.5 or 1.75."
 */
export function quarterHourMessage(hours: number): string {
  const below = Math.floor(hours / HOURS_STEP) * HOURS_STEP
  if (below === 0) return 'Log at least a quarter hour (15 minutes), or leave the cell empty.'
  return `Hours are kept to the quarter hour (15 minutes): type ${formatHours(below)} or ${formatHours(below + HOURS_STEP)}.`
}

/**
 * Reads what a coach typed into one cell of the time log. An empty cell (or 0) is valid and
 * means "nothing logged". The message of a failure is a sentence ready to show at the cell.
 */
export function parseHours(input: string): HoursParseResult {
  const text = input.trim().toLowerCase()
  if (text === '') return { ok: true, hours: 0 }
  if (/^[-−–]/.test(text)) return { ok: false, message: 'Hours cannot be negative.' }
  for (const { re, toHours } of PATTERNS) {
    const match = text.match(re)
    if (!match) continue
    const raw = toHours(match)
    if (raw === null || !Number.isFinite(raw)) break
    if (raw > MAX_DAILY_HOURS) return { ok: false, message: `A day has at most ${MAX_DAILY_HOURS} hours.` }
    const quarters = quartersOf(raw)
    if (quarters === null) return { ok: false, message: quarterHourMessage(raw) }
    return { ok: true, hours: quarters * HOURS_STEP }
  }
  return { ok: false, message: `“${input.trim()}” is not a number of hours. ${HOURS_FORMAT_HINT}` }
}

export type WeeklyHoursParseResult = { ok: true; value: number | null } | { ok: false; message: string }

/**
 * An estimate of hours per week as typed in the meeting: blank means "not estimated yet"; a
 * comma decimal is accepted; like the log, estimates are kept to the quarter hour.
 */
export function parseWeeklyHours(text: string): WeeklyHoursParseResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const normalised = trimmed.replace(',', '.')
  if (!/^[-+−]?(\d+\.?\d*|\.\d+)$/.test(normalised))
    return { ok: false, message: 'Enter hours per week as a number, for example 4 or 2.5.' }
  if (/^[-−]/.test(normalised)) return { ok: false, message: 'Hours cannot be negative.' }
  const value = Number(normalised)
  if (value > MAX_WEEKLY_HOURS) return { ok: false, message: `A single task cannot take more than ${MAX_WEEKLY_HOURS} hours a week.` }
  const quarters = quartersOf(value)
  if (quarters === null) {
    const below = Math.floor(value / HOURS_STEP) * HOURS_STEP
    return {
      ok: false,
      message: `Estimates are kept to the quarter hour (15 minutes): type ${formatHours(below)} or ${formatHours(below + HOURS_STEP)}.`,
    }
  }
  return { ok: true, value: quarters * HOURS_STEP }
}

/**
 * The one way hours are written for people, on every screen, in both PDFs and in the CSV files:
 * `1.25`, `0.75`, `2`, `12.5` (no trailing zeros, no rounding of quarter hours). Figures
 * worked out from hours (averages per week) keep two decimals.
 */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/** Hours with a unit for sentences: "1.5 h". */
export function formatHoursWithUnit(hours: number): string {
  return `${formatHours(hours)} h`
}
