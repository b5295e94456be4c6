/**
 * Issue 12: messages are sentences. Every message a schema can produce, and the refusals the
 * app composes from them, ends with a full stop, so "Hours cannot be negative Nothing was
 * saved" can never be shown again.
 */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as schemas from '@/domain/schemas'
import { SECTION_SCHEMAS, commitmentSchema, defaultSections } from '@/domain/agreementSections'
import { firstRunSchema } from '@/domain/setup'
import { backupFileSchema } from '@/domain/backup/format'
import { encryptedBackupSchema } from '@/domain/backup/envelope'
import { TABLE_SCHEMAS, TABLE_NAMES } from '@/domain/backup/tables'
import { readBackupText } from '@/domain/backup'
import { parseHours, parseWeeklyHours } from '@/domain/hours'
import { RecordValidationError, validate } from '@/domain/validation'
import { describeStorageError } from '@/db/errors'
import { backupObject, sampleData } from '../support/backupData'

const ENDS_A_SENTENCE = /[.!?…]["”’)]?$/
const isSchema = (v: unknown): v is z.ZodType => typeof v === 'object' && v !== null && '_zod' in v

/** Every message written into a schema (its own and its checks'), found by walking its definition. */
function writtenMessages(root: z.ZodType): string[] {
  const found = new Set<string>()
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 40 || typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (isSchema(value)) {
      const def = (value as unknown as { _zod: { def: Record<string, unknown> } })._zod.def
      for (const holder of [
        def,
        ...((def.checks as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? []).map((c) => c._zod.def),
      ]) {
        if (typeof holder.error === 'function') {
          const message = (holder.error as (issue: unknown) => unknown)({ code: 'custom', input: undefined, path: [] })
          const text = typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message
          if (text) found.add(text)
        }
      }
      visit(def, depth + 1)
      return
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1)
  }
  visit(root, 0)
  return [...found]
}

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x'.repeat(5000),
  -1,
  0,
  1.5,
  1e9,
  NaN,
  Infinity,
  true,
  [],
  {},
  '2026-02-30',
  'gardening',
  3,
]

/** Every path in a valid value, down to its leaves. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix]
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))]
}
function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  const [head, ...rest] = path
  copy[head!] = withValueAt(copy[head!], rest, replacement)
  return copy
}

/** Every message the schema gives when any part of a valid value is replaced by something bad. */
function producedMessages(schema: z.ZodType, valid: unknown): string[] {
  const found = new Set<string>()
  for (const path of paths(valid)) {
    for (const bad of BAD_VALUES) {
      const result = schema.safeParse(withValueAt(valid, path, bad))
      if (!result.success) for (const issue of result.error.issues) found.add(issue.message)
    }
  }
  return [...found]
}

const RECORD_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(Object.entries(schemas).filter(([, v]) => isSchema(v))) as Record<
  string,
  z.ZodType
>
const ALL_SCHEMAS: Record<string, z.ZodType> = {
  ...RECORD_SCHEMAS,
  ...SECTION_SCHEMAS,
  commitmentSchema,
  firstRunSchema,
  backupFileSchema,
  encryptedBackupSchema,
}

describe('every message is a sentence', () => {
  it.each(Object.entries(ALL_SCHEMAS))('the messages written into %s end with a full stop', (_name, schema) => {
    const messages = writtenMessages(schema)
    expect(messages.filter((m) => !ENDS_A_SENTENCE.test(m))).toEqual([])
  })

  it('the walk finds the messages (so the check above is not empty)', () => {
    expect(writtenMessages(schemas.timeEntrySchema)).toEqual(
      expect.arrayContaining(['Hours must be more than zero.', 'A day holds no more than 24 hours.']),
    )
    expect(writtenMessages(schemas.decisionSchema)).toContain('Notes are at most 1000 characters.')
  })

  it.each(TABLE_NAMES)('every message a %s record can produce ends with a full stop, zod’s own included', (table) => {
    const records = sampleData()[table] as unknown[]
    const messages = producedMessages(TABLE_SCHEMAS[table] as z.ZodType, records[0])
    expect(messages.length).toBeGreaterThan(3)
    expect(messages.filter((m) => !ENDS_A_SENTENCE.test(m))).toEqual([])
  })

  it.each(Object.entries(SECTION_SCHEMAS))('every message the %s section can produce ends with a full stop', (id, schema) => {
    const messages = producedMessages(schema as z.ZodType, defaultSections()[id as keyof typeof SECTION_SCHEMAS])
    expect(messages.filter((m) => !ENDS_A_SENTENCE.test(m))).toEqual([])
  })

  it('every message of the first-run form and of a backup file’s header ends with a full stop', () => {
    const firstRun = {
      coachName: 'Renée',
      schoolName: 'Lincoln',
      principalName: 'José',
      startDate: '2026-08-17',
      endDate: '2027-06-11',
      firstDayOfWeek: 1,
    }
    const header = { ...backupObject(), data: {} }
    const messages = [...producedMessages(firstRunSchema, firstRun), ...producedMessages(backupFileSchema.omit({ data: true }), header)]
    expect(messages.filter((m) => !ENDS_A_SENTENCE.test(m))).toEqual([])
  })
})

describe('composed refusals read as sentences', () => {
  it('a refused record names what was not saved, then the problems, each a sentence', () => {
    const refusal = (() => {
      try {
        validate(schemas.taskSchema, 'task', {
          id: 't',
          title: ' ',
          description: '',
          bucket: 'x',
          origin: 'custom',
          archived: false,
          sortOrder: 0,
          createdAt: 0,
          updatedAt: 0,
        })
      } catch (e) {
        return e
      }
    })() as RecordValidationError
    expect(refusal.message).toBe('The task was not saved. Give the task a title. 1 more problem needs fixing too.')
    expect(describeStorageError(refusal)).toBe(refusal.message)
    expect(describeStorageError(new Error('Disk on fire'))).toBe('The change was not saved. Disk on fire.')
    expect(new RecordValidationError('settings', [{ field: 'x', message: 'Too big' }]).message).toBe(
      'The settings were not saved. Too big.',
    )
  })

  it('every refusal of a damaged backup ends with a full stop, with the count of further problems as its own sentence', () => {
    const data = sampleData()
    const broken: Array<(d: ReturnType<typeof sampleData>) => void> = [
      (d) => {
        d.timeEntries[0]!.hours = -2
        d.timeEntries[1]!.hours = -3
      },
      (d) => {
        delete (d.decisions[0] as Partial<Record<string, unknown>>).choice
      },
      (d) => {
        ;(d.schoolYears[0] as Record<string, unknown>).firstDayOfWeek = 'Monday'
      },
      (d) => {
        d.settings = []
      },
      (d) => {
        ;(d as Record<string, unknown>).extra = []
      },
      (d) => {
        ;(d.tasks[0] as Record<string, unknown>).archived = 'no'
      },
    ]
    for (const breakIt of broken) {
      const copy = structuredClone(data)
      breakIt(copy)
      let message = ''
      try {
        readBackupText(JSON.stringify(backupObject(copy)))
      } catch (e) {
        message = (e as Error).message
      }
      expect(message, message).toMatch(ENDS_A_SENTENCE)
      expect(message).not.toMatch(/\.\s*\(/)
    }
    let twoProblems = ''
    const copy = structuredClone(data)
    copy.timeEntries[0]!.hours = -2
    copy.timeEntries[1]!.hours = -3
    try {
      readBackupText(JSON.stringify(backupObject(copy)))
    } catch (e) {
      twoProblems = (e as Error).message
    }
    expect(twoProblems).toBe('In time entry 1, field “hours”: Hours must be more than zero. The file has 1 more problem after this one.')
  })

  it('every refusal of typed hours ends with a full stop', () => {
    const typed = ['-1', 'abc', '1.52', '30', '5m', '1:20', '0.1', '24.25', '1h75', '−2', '.', ',5x']
    for (const text of typed) {
      const log = parseHours(text)
      const week = parseWeeklyHours(text)
      if (!log.ok) expect(log.message, text).toMatch(ENDS_A_SENTENCE)
      if (!week.ok) expect(week.message, text).toMatch(ENDS_A_SENTENCE)
    }
  })
})
