/**
 * Writes to coaching cycles, the playbook and the termly support reviews. Each write reads the
 * current record inside its transaction, changes only its own fields and validates the whole
 * record before it is stored, so a write from another tab to another field is never lost.
 */
import { newId } from '@/domain/ids'
import type { IsoDate } from '@/domain/dates'
import {
  coachingCycleSchema,
  playbookStrategySchema,
  supportReviewSchema,
  type CoachingCycle,
  type CycleResult,
  type PlaybookStrategy,
  type SupportReview,
} from '@/domain/schemas/cycle'
import { RecordValidationError, validate } from '@/domain/validation'
import { db } from './database'

export type CyclePatch = Partial<
  Pick<
    CoachingCycle,
    | 'teacherName'
    | 'teacherLabel'
    | 'gradeOrSubject'
    | 'startDate'
    | 'evidence'
    | 'currentReality'
    | 'goal'
    | 'peers'
    | 'measure'
    | 'baseline'
    | 'target'
    | 'strategies'
    | 'reflection'
  >
>

const PATCH_FIELDS: (keyof CyclePatch)[] = [
  'teacherName',
  'teacherLabel',
  'gradeOrSubject',
  'startDate',
  'evidence',
  'currentReality',
  'goal',
  'peers',
  'measure',
  'baseline',
  'target',
  'strategies',
  'reflection',
]

export async function createCycle(input: {
  schoolId: string
  schoolYearId: string
  teacherName: string
  teacherLabel: string
  gradeOrSubject: string
  startDate: IsoDate
}): Promise<CoachingCycle> {
  return db.transaction('rw', db.cycles, async () => {
    const now = Date.now()
    const row = validate(coachingCycleSchema, 'coaching cycle', {
      id: newId(),
      schoolId: input.schoolId,
      schoolYearId: input.schoolYearId,
      teacherName: input.teacherName,
      teacherLabel: input.teacherLabel,
      gradeOrSubject: input.gradeOrSubject,
      startDate: input.startDate,
      evidence: [],
      currentReality: '',
      goal: '',
      peers: [],
      measure: { what: '', kind: 'percent', unitLabel: '%', min: null, max: null },
      baseline: null,
      target: null,
      strategies: [],
      adaptations: [],
      progressChecks: [],
      outcome: null,
      reflection: '',
      createdAt: now,
      updatedAt: now,
    })
    await db.cycles.add(row)
    return row
  })
}

/** Reads the stored cycle inside the running transaction, applies `change`, validates and stores it. */
async function changeCycle(id: string, change: (current: CoachingCycle) => Partial<CoachingCycle>): Promise<CoachingCycle> {
  return db.transaction('rw', db.cycles, async () => {
    const current = await db.cycles.get(id)
    if (!current) throw new Error('This coaching cycle no longer exists.')
    const row = validate(coachingCycleSchema, 'coaching cycle', {
      ...current,
      ...change(current),
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: Math.max(Date.now(), current.updatedAt + 1),
    })
    await db.cycles.put(row)
    return row
  })
}

export function updateCycle(id: string, patch: CyclePatch): Promise<CoachingCycle> {
  const fields: Partial<CoachingCycle> = {}
  for (const key of PATCH_FIELDS) if (key in patch) Object.assign(fields, { [key]: patch[key] })
  return changeCycle(id, () => fields)
}

export function addProgressCheck(
  cycleId: string,
  check: { date: IsoDate; value: number; note: string },
  today: IsoDate,
): Promise<CoachingCycle> {
  if (check.date > today) {
    return Promise.reject(
      new RecordValidationError('progress check', [{ field: 'date', message: 'A progress check cannot be in the future.' }]),
    )
  }
  return changeCycle(cycleId, (current) => ({
    progressChecks: [...current.progressChecks, { id: newId(), date: check.date, value: check.value, note: check.note }],
  }))
}

export function removeProgressCheck(cycleId: string, checkId: string): Promise<CoachingCycle> {
  return changeCycle(cycleId, (current) => ({ progressChecks: current.progressChecks.filter((c) => c.id !== checkId) }))
}

export function addAdaptation(cycleId: string, adaptation: { date: IsoDate; note: string }): Promise<CoachingCycle> {
  return changeCycle(cycleId, (current) => ({ adaptations: [...current.adaptations, { date: adaptation.date, note: adaptation.note }] }))
}

export function setCycleOutcome(
  cycleId: string,
  outcome: { result: CycleResult; date: IsoDate; reason: string } | null,
): Promise<CoachingCycle> {
  return changeCycle(cycleId, () => ({ outcome: outcome ? { result: outcome.result, date: outcome.date, reason: outcome.reason } : null }))
}

export async function addPlaybookStrategy(input: {
  schoolId: string
  name: string
  description: string
  checklist: string[]
}): Promise<PlaybookStrategy> {
  return db.transaction('rw', db.playbook, async () => {
    const now = Date.now()
    const row = validate(playbookStrategySchema, 'strategy', {
      id: newId(),
      schoolId: input.schoolId,
      name: input.name,
      description: input.description,
      checklist: input.checklist,
      retired: false,
      createdAt: now,
      updatedAt: now,
    })
    await db.playbook.add(row)
    return row
  })
}

export async function updatePlaybookStrategy(
  id: string,
  patch: Partial<Pick<PlaybookStrategy, 'name' | 'description' | 'checklist' | 'retired'>>,
): Promise<PlaybookStrategy> {
  return db.transaction('rw', db.playbook, async () => {
    const current = await db.playbook.get(id)
    if (!current) throw new Error('This strategy no longer exists.')
    const fields: Partial<PlaybookStrategy> = {}
    for (const key of ['name', 'description', 'checklist', 'retired'] as const)
      if (key in patch) Object.assign(fields, { [key]: patch[key] })
    const row = validate(playbookStrategySchema, 'strategy', {
      ...current,
      ...fields,
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: Math.max(Date.now(), current.updatedAt + 1),
    })
    await db.playbook.put(row)
    return row
  })
}

export async function saveSupportReview(
  input: Omit<SupportReview, 'id' | 'createdAt' | 'updatedAt'> & { id?: string },
): Promise<SupportReview> {
  return db.transaction('rw', db.supportReviews, async () => {
    const now = Date.now()
    const existing = input.id ? await db.supportReviews.get(input.id) : undefined
    if (input.id && !existing) throw new Error('This support review no longer exists.')
    const row = validate(supportReviewSchema, 'support review', {
      ...input,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: existing ? Math.max(now, existing.updatedAt + 1) : now,
    })
    await db.supportReviews.put(row)
    return row
  })
}
