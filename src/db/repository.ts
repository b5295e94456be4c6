/**
 * The one way data is written. Every function validates the complete record against its
 * schema before it touches IndexedDB, stamps createdAt / updatedAt, and runs multi-record
 * writes in a single transaction so a failure leaves nothing half-written.
 */
import type { Table } from 'dexie'
import type { z } from 'zod'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { newId } from '@/domain/ids'
import {
  agreementSchema,
  decisionSchema,
  schoolSchema,
  schoolYearSchema,
  settingsSchema,
  SETTINGS_ID,
  taskSchema,
  type Agreement,
  type Decision,
  type School,
  type SchoolYear,
  type Settings,
  type Task,
} from '@/domain/schemas'
import { firstRunSchema, type FirstRunInput } from '@/domain/setup'
import { schoolYearLabel } from '@/domain/dates'
import { validate } from '@/domain/validation'
import { db } from './database'

/**
 * A signed version is a record of what two people agreed: it never changes. The one check every
 * write to an agreement or its decisions goes through.
 */
export function refuseIfSigned(agreement: Pick<Agreement, 'status'> | undefined): void {
  if (agreement?.status === 'signed') throw new Error('This version is signed and cannot be changed. Use “Revise” to start a new draft.')
}

/** What callers provide: everything but the bookkeeping fields, which this module owns. */
export type Input<T extends { id: string; createdAt: number; updatedAt: number }> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & {
  id?: string
}

interface Stamped {
  id: string
  createdAt: number
  updatedAt: number
}

async function stampAndValidate<S extends z.ZodType<Stamped>>(
  table: Table<z.infer<S>, string>,
  schema: S,
  record: string,
  input: object & { id?: string },
  now = Date.now(),
): Promise<z.infer<S>> {
  const id = input.id ?? newId()
  const existing = input.id ? await table.get(id) : undefined
  return validate(schema, record, { ...input, id, createdAt: existing?.createdAt ?? now, updatedAt: now })
}

async function put<S extends z.ZodType<Stamped>>(
  table: Table<z.infer<S>, string>,
  schema: S,
  record: string,
  input: object & { id?: string },
): Promise<z.infer<S>> {
  return db.transaction('rw', table, async () => {
    const row = await stampAndValidate(table, schema, record, input)
    await table.put(row)
    return row
  })
}

export const saveSchool = (input: Input<School>) => put(db.schools, schoolSchema, 'school', input)
export const saveSchoolYear = (input: Input<SchoolYear>) => put(db.schoolYears, schoolYearSchema, 'school year', input)
export const saveTask = (input: Input<Task>) => put(db.tasks, taskSchema, 'task', input)

export async function saveAgreement(input: Input<Agreement>): Promise<Agreement> {
  return db.transaction('rw', db.agreements, async () => {
    if (input.id) refuseIfSigned(await db.agreements.get(input.id))
    const row = await stampAndValidate(db.agreements, agreementSchema, 'agreement', input)
    await db.agreements.put(row)
    return row
  })
}

export async function saveDecision(input: Input<Decision>): Promise<Decision> {
  return db.transaction('rw', db.decisions, db.agreements, async () => {
    const agreement = await db.agreements.get(input.agreementId)
    if (!agreement) throw new Error('The decision was not saved. Its agreement no longer exists; reload the page.')
    refuseIfSigned(agreement)
    const row = await stampAndValidate(db.decisions, decisionSchema, 'decision', input)
    await db.decisions.put(row)
    return row
  })
}

export async function getSettings(): Promise<Settings | undefined> {
  return db.settings.get(SETTINGS_ID)
}

export async function saveSettings(patch: Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await db.settings.get(SETTINGS_ID)
    if (!current) throw new Error('Finish the first-run setup before changing settings.')
    const row = validate(settingsSchema, 'settings', { ...current, ...patch, updatedAt: Date.now() })
    await db.settings.put(row)
    return row
  })
}

/** First run: the coach, their first school and the school year, written together or not at all. */
export async function completeFirstRun(input: FirstRunInput): Promise<Settings> {
  const form = validate(firstRunSchema, 'setup', input)
  const now = Date.now()
  const school = validate(schoolSchema, 'school', {
    id: newId(),
    name: form.schoolName,
    principalName: form.principalName,
    createdAt: now,
    updatedAt: now,
  })
  const year = validate(schoolYearSchema, 'school year', {
    id: newId(),
    label: schoolYearLabel(form.startDate, form.endDate),
    startDate: form.startDate,
    endDate: form.endDate,
    firstDayOfWeek: form.firstDayOfWeek,
    markedWeeks: [],
    createdAt: now,
    updatedAt: now,
  })
  const settings = validate(settingsSchema, 'settings', {
    id: SETTINGS_ID,
    coachName: form.coachName,
    defaultTargets: { ...DEFAULT_TARGETS },
    activeSchoolId: school.id,
    activeSchoolYearId: year.id,
    lastBackupAt: null,
    createdAt: now,
    updatedAt: now,
  })
  await db.transaction('rw', db.schools, db.schoolYears, db.settings, async () => {
    if (await db.settings.get(SETTINGS_ID)) throw new Error('Setup has already been completed on this device.')
    await db.schools.add(school)
    await db.schoolYears.add(year)
    await db.settings.add(settings)
  })
  return settings
}
