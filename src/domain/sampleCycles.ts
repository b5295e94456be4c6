/**
 * The sample school's coaching cycles: one finished with its goal met, one under way and one just
 * begun, with their sessions on the logged weeks. A session's time is part of a cell the sample
 * already logged (`sessionHours` on that entry), so the weeks' totals stay as they were and the
 * grid shows which hours came from sessions, as it does for a real coach.
 */
import { addWeeks } from 'date-fns'
import { fromIsoDate, toIsoDate, type IsoDate } from './dates'
import { fromQuarters, toQuarters } from './hours'
import { defaultSessionRowKey, sessionPartOf, typedPart } from './cycles/sessionHours'
import { emptyCycleFields } from './cycles/newCycle'
import type { TimeEntry } from './schemas'
import type { CoachingCycle, CycleSession, SessionKind } from './schemas/cycle'

export interface SampleCyclesInput {
  schoolId: string
  schoolYear: { id: string; endDate: IsoDate }
  /** The logged weeks, oldest first, each with its school days. */
  weeks: ReadonlyArray<{ days: readonly IsoDate[] }>
  entries: readonly TimeEntry[]
  now: number
  newId: () => string
}

export interface SampleCycles {
  cycles: CoachingCycle[]
  sessions: CycleSession[]
  /** The sample's entries, with the session part of each cell a session landed on. */
  entries: TimeEntry[]
}

/** A planned session: in which week of the cycle (0 = its first), on which school day, how long. */
interface PlannedSession {
  week: number
  day: number
  kind: SessionKind
  minutes: number
  note: string
}

interface CycleStory {
  teacherName: string
  teacherLabel: string
  gradeOrSubject: string
  /** The logged week it starts in, counted from the last one (0 = the last week). */
  startsWeeksAgo: number
  fields: (c: { start: IsoDate; checkDays: IsoDate[]; yearEnd: IsoDate }) => Partial<CoachingCycle>
  sessions: PlannedSession[]
}

const PERCENT = { kind: 'percent', unitLabel: '%', min: null, max: null } as const

/** `count` weeks after `start`, or the year's last day when that comes first. */
function weeksAfter(start: IsoDate, count: number, yearEnd: IsoDate): IsoDate {
  const date = toIsoDate(addWeeks(fromIsoDate(start), count))
  return date < yearEnd ? date : yearEnd
}

const STORIES: readonly CycleStory[] = [
  {
    teacherName: 'Jordan Ellis',
    teacherLabel: 'J.E.',
    gradeOrSubject: 'Grade 4 math',
    startsWeeksAgo: 2,
    fields: ({ start, checkDays, yearEnd }) => {
      const values = [61, 74, 88].slice(0, checkDays.length)
      const met = values.length === 3
      return {
        evidence: ['video', 'student-work'],
        currentReality: 'Most students set up two-step word problems but stop after the first step.',
        goal: '85% of students solve two-step word problems correctly on the Friday exit ticket.',
        peers: ['powerful', 'easy', 'emotional', 'reachable', 'studentFocused'],
        measure: { what: 'Students solving two-step word problems correctly', ...PERCENT },
        baseline: { value: 48, date: start },
        target: { value: 85, date: checkDays[2] ?? weeksAfter(start, 3, yearEnd) },
        strategies: [{ playbookId: null, name: 'Worked examples with a partner check' }],
        progressChecks: values.map((value, i) => ({ id: `check-${i}`, date: checkDays[i]!, value, note: '' })),
        outcome: met ? { result: 'met', date: checkDays[2]!, reason: '' } : null,
        reflection: met ? 'Students now say what the second step asks before they start it.' : '',
      }
    },
    sessions: [
      { week: 0, day: 0, kind: 'meeting', minutes: 30, note: 'Set the goal from the exit tickets' },
      { week: 0, day: 2, kind: 'modeling', minutes: 30, note: '' },
      { week: 1, day: 2, kind: 'observation', minutes: 30, note: '' },
      { week: 2, day: 3, kind: 'meeting', minutes: 30, note: 'Looked at the last exit ticket together' },
    ],
  },
  {
    teacherName: 'Priya Natarajan',
    teacherLabel: 'P.N.',
    gradeOrSubject: 'Grade 2 reading',
    startsWeeksAgo: 1,
    fields: ({ start, checkDays, yearEnd }) => ({
      evidence: ['observation', 'conversation'],
      currentReality: 'During partner reading, a few students do most of the talking.',
      goal: '75% of students ask their partner a question about the text during partner reading.',
      peers: ['powerful', 'emotional', 'reachable', 'studentFocused'],
      measure: { what: 'Students asking their partner a question about the text', ...PERCENT },
      baseline: { value: 35, date: start },
      target: { value: 75, date: weeksAfter(start, 6, yearEnd) },
      strategies: [{ playbookId: null, name: 'Question cards for partner reading' }],
      adaptations: checkDays.length > 1 ? [{ date: checkDays[1]!, note: 'Added sentence starters to the question cards.' }] : [],
      progressChecks: [44, 52].slice(0, checkDays.length).map((value, i) => ({ id: `check-${i}`, date: checkDays[i]!, value, note: '' })),
    }),
    sessions: [
      { week: 0, day: 1, kind: 'observation', minutes: 30, note: '' },
      { week: 0, day: 3, kind: 'meeting', minutes: 30, note: 'Chose the question cards' },
      { week: 1, day: 1, kind: 'video-review', minutes: 30, note: '' },
    ],
  },
  {
    teacherName: 'Marcus Bell',
    teacherLabel: 'M.B.',
    gradeOrSubject: 'Grade 7 science',
    startsWeeksAgo: 0,
    fields: () => ({
      evidence: ['conversation'],
      currentReality: 'Lab days run long, and the closing discussion is often skipped.',
    }),
    sessions: [{ week: 0, day: 4, kind: 'meeting', minutes: 30, note: 'First conversation' }],
  },
]

/** The sample's cycles and sessions; none when no week has been logged yet. */
export function sampleCycles(input: SampleCyclesInput): SampleCycles {
  const { weeks } = input
  const entries = input.entries.map((e) => ({ ...e }))
  const cycles: CoachingCycle[] = []
  const sessions: CycleSession[] = []
  if (!weeks.length) return { cycles, sessions, entries }
  // Quarters still free for sessions in each cell: the part typed, less what sessions took.
  const cellKey = (date: IsoDate, rowKey: string) => `${date}|${rowKey}`
  const cells = new Map(entries.map((e) => [cellKey(e.date, e.rowKey), e]))
  const sessionMinutes = new Map<string, number>()

  for (const story of STORIES) {
    const first = Math.max(0, weeks.length - 1 - story.startsWeeksAgo)
    const own = weeks.slice(first)
    const dayOf = (week: number, day: number) => {
      const days = own[week]?.days ?? []
      return days[Math.min(day, days.length - 1)]
    }
    const start = own[0]!.days[0]!
    const checkDays = own.map((w) => w.days[w.days.length - 1]!)
    const cycle: CoachingCycle = {
      id: input.newId(),
      schoolId: input.schoolId,
      schoolYearId: input.schoolYear.id,
      teacherName: story.teacherName,
      teacherLabel: story.teacherLabel,
      gradeOrSubject: story.gradeOrSubject,
      startDate: start,
      ...emptyCycleFields(),
      ...story.fields({ start, checkDays, yearEnd: input.schoolYear.endDate }),
      createdAt: input.now,
      updatedAt: input.now,
    }
    cycle.progressChecks = cycle.progressChecks.map((c) => ({ ...c, id: input.newId() }))
    cycles.push(cycle)

    for (const planned of story.sessions) {
      const date = dayOf(planned.week, planned.day)
      if (!date) continue
      const rowKeys = entries.filter((e) => e.date === date && e.hours > 0).map((e) => e.rowKey)
      const rowKey = defaultSessionRowKey(planned.kind, rowKeys)
      const cell = cells.get(cellKey(date, rowKey))
      if (!cell) continue
      // A session never changes what the week logged: the quarters it needs beyond the cell's own
      // come from the same row on the week's other days.
      const wanted = Math.round(planned.minutes / 15)
      const week = own[planned.week]!.days
      for (const other of week) {
        const donor = other === date ? undefined : cells.get(cellKey(other, rowKey))
        const short = wanted - toQuarters(typedPart(cell))
        if (short <= 0) break
        if (!donor) continue
        const moved = Math.min(short, toQuarters(typedPart(donor)))
        donor.hours = fromQuarters(toQuarters(donor.hours) - moved)
        cell.hours = fromQuarters(toQuarters(cell.hours) + moved)
      }
      const minutes = Math.min(wanted, toQuarters(typedPart(cell))) * 15
      if (minutes < 15) continue
      const key = cellKey(date, rowKey)
      const total = (sessionMinutes.get(key) ?? 0) + minutes
      sessionMinutes.set(key, total)
      cell.sessionHours = sessionPartOf(total)
      sessions.push({
        id: input.newId(),
        cycleId: cycle.id,
        schoolId: input.schoolId,
        schoolYearId: input.schoolYear.id,
        date,
        minutes,
        kind: planned.kind,
        rowKey,
        note: planned.note,
        createdAt: input.now,
        updatedAt: input.now,
      })
    }
  }
  return { cycles, sessions, entries: entries.filter((e) => e.hours > 0) }
}
