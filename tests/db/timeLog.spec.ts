import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { copyWeek, fillWeek, saveWeekNoteText, setCellHours, showTimesheetRow, TimeLogError } from '@/db/timeLog'
import { readAgreementsInForce, readTimeEntries } from '@/db/timeLogQueries'
import { seedAgreement, seedTask, seedTimeLog } from '../support/timeLogFixtures'
import { resetDatabase } from '../support/database'

let ctx: Awaited<ReturnType<typeof seedTimeLog>>
beforeEach(async () => {
  await resetDatabase()
  ctx = await seedTimeLog({ secondSchool: true })
})

const cell = (date: string, rowKey: string, hours: number, schoolId = ctx.lincoln.id) =>
  setCellHours({ schoolId, schoolYearId: ctx.year.id, date, rowKey, hours })

describe('setCellHours', () => {
  it('creates, replaces and clears one cell', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    const first = await cell('2026-09-14', task.id, 1.5)
    expect(first).toMatchObject({ taskId: task.id, bucket: 'coaching', rowKey: task.id, hours: 1.5 })
    const second = await cell('2026-09-14', task.id, 2.25)
    expect(second?.id).toBe(first?.id)
    expect(second?.createdAt).toBe(first?.createdAt)
    expect(await db.timeEntries.count()).toBe(1)
    expect(await cell('2026-09-14', task.id, 0)).toBeNull()
    expect(await db.timeEntries.count()).toBe(0)
    expect(await cell('2026-09-14', task.id, 0)).toBeNull() // clearing an empty cell is harmless
  })

  it('logs on a bucket alone', async () => {
    const row = await cell('2026-09-14', 'bucket:learning', 1)
    expect(row).toMatchObject({ taskId: null, bucket: 'learning', rowKey: 'bucket:learning' })
  })

  it('takes the bucket from the task, not the caller', async () => {
    const task = await seedTask('Lunch duty', 'other', 2)
    expect((await cell('2026-09-14', task.id, 1))?.bucket).toBe('other')
  })

  it('refuses a date outside the school year, and saves nothing', async () => {
    await expect(cell('2026-08-14', 'bucket:coaching', 1)).rejects.toThrow(
      /Aug 14, 2026 is outside the school year 2026–27 \(Aug 17, 2026 – Jun 11, 2027\)/,
    )
    await expect(cell('2027-06-12', 'bucket:coaching', 1)).rejects.toBeInstanceOf(TimeLogError)
    expect(await db.timeEntries.count()).toBe(0)
  })

  it('refuses more than 24 hours on one day, counted across all schools', async () => {
    await cell('2026-09-14', 'bucket:coaching', 10)
    await cell('2026-09-14', 'bucket:other', 10, ctx.washington!.id)
    await expect(cell('2026-09-14', 'bucket:learning', 4.25)).rejects.toThrow(/already has 20 hours logged.*at most 4 more fit/)
    expect(await db.timeEntries.count()).toBe(2)
    await cell('2026-09-14', 'bucket:learning', 4) // exactly 24 is fine
    // Replacing a cell counts its new value, not old + new.
    await cell('2026-09-14', 'bucket:coaching', 9)
    await cell('2026-09-14', 'bucket:coaching', 10)
    await expect(cell('2026-09-14', 'bucket:coaching', 10.25)).rejects.toBeInstanceOf(TimeLogError)
    expect((await db.timeEntries.toArray()).reduce((s, e) => s + e.hours, 0)).toBe(24)
  })

  it('refuses negative or non-quarter hours, unknown tasks, unknown bucket rows and unknown schools', async () => {
    await expect(cell('2026-09-14', 'bucket:coaching', -1)).rejects.toThrow('cannot be negative')
    await expect(cell('2026-09-14', 'bucket:coaching', Number.NaN)).rejects.toThrow('cannot be negative')
    await expect(cell('2026-09-14', 'bucket:coaching', 1.1)).rejects.toThrow('quarter hour')
    await expect(cell('2026-09-14', 'no-such-task', 1)).rejects.toThrow('no longer exists')
    await expect(cell('2026-09-14', 'bucket:lunch', 1)).rejects.toThrow('no longer exists')
    await expect(cell('2026-09-14', 'bucket:coaching', 1, 'no-such-school')).rejects.toThrow('school no longer exists')
    expect(await db.timeEntries.count()).toBe(0)
  })
})

describe('fillWeek', () => {
  it('fills an empty week with the planned cells in one go', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    const n = await fillWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', [
      { rowKey: task.id, date: '2026-09-14', hours: 2 },
      { rowKey: 'bucket:learning', date: '2026-09-15', hours: 0.5 },
    ])
    expect(n).toBe(2)
    const filled = await readTimeEntries(ctx.lincoln.id, '2026-09-14', '2026-09-20')
    expect(filled.map((e) => [e.date, e.rowKey, e.bucket, e.hours]).sort()).toEqual([
      ['2026-09-14', task.id, 'coaching', 2],
      ['2026-09-15', 'bucket:learning', 'learning', 0.5],
    ])
    expect(await db.dayTotals.count()).toBe(2)
  })

  it('refuses a week that has time, a day past 24 h or a day outside the year, and writes nothing', async () => {
    await cell('2026-09-16', 'bucket:other', 1)
    await expect(
      fillWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', [{ rowKey: 'bucket:coaching', date: '2026-09-14', hours: 2 }]),
    ).rejects.toThrow('only fills an empty week')
    await cell('2026-09-22', 'bucket:other', 20, ctx.washington!.id)
    await expect(
      fillWeek(ctx.lincoln.id, ctx.year.id, '2026-09-21', [
        { rowKey: 'bucket:coaching', date: '2026-09-21', hours: 2 },
        { rowKey: 'bucket:learning', date: '2026-09-22', hours: 5 },
      ]),
    ).rejects.toThrow(TimeLogError)
    await expect(
      fillWeek(ctx.lincoln.id, ctx.year.id, '2030-09-16', [{ rowKey: 'bucket:coaching', date: '2030-09-16', hours: 2 }]),
    ).rejects.toThrow('outside the school year')
    expect(await db.timeEntries.count()).toBe(2)
  })
})

describe('copyWeek', () => {
  it('copies every entry of the previous week day for day in one go', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    await cell('2026-09-14', task.id, 3)
    await cell('2026-09-18', 'bucket:learning', 1)
    await cell('2026-09-15', 'bucket:other', 2, ctx.washington!.id) // another school: not copied
    const result = await copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')
    expect(result).toMatchObject({ copied: 2, skipped: 0, markedDays: { count: 0 } })
    const copied = await readTimeEntries(ctx.lincoln.id, '2026-09-21', '2026-09-27')
    expect(copied.map((e) => [e.date, e.rowKey, e.hours]).sort()).toEqual([
      ['2026-09-21', task.id, 3],
      ['2026-09-25', 'bucket:learning', 1],
    ])
    expect(await readTimeEntries(ctx.washington!.id, '2026-09-21', '2026-09-27')).toEqual([])
  })

  it('refuses to copy into a week that already has time, and changes nothing', async () => {
    await cell('2026-09-14', 'bucket:coaching', 3)
    await cell('2026-09-22', 'bucket:other', 1)
    await expect(copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')).rejects.toThrow('only fills an empty week')
    expect(await db.timeEntries.count()).toBe(2)
  })

  it('says so when there is nothing to copy', async () => {
    await expect(copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')).rejects.toThrow('nothing to copy')
  })

  it('is all or nothing when a day would pass 24 hours', async () => {
    await cell('2026-09-14', 'bucket:coaching', 5)
    await cell('2026-09-15', 'bucket:coaching', 5)
    await cell('2026-09-22', 'bucket:other', 20, ctx.washington!.id)
    await expect(copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')).rejects.toThrow(/Tuesday, September 22/)
    expect(await readTimeEntries(ctx.lincoln.id, '2026-09-21', '2026-09-27')).toEqual([])
  })

  it('leaves behind days that fall after the end of the school year', async () => {
    await cell('2027-06-07', 'bucket:coaching', 2)
    await cell('2027-06-11', 'bucket:coaching', 2)
    // Pretend the next week exists in a longer year, then shorten it: copy skips the missing days.
    await db.schoolYears.update(ctx.year.id, { endDate: '2027-06-15' })
    const result = await copyWeek(ctx.lincoln.id, ctx.year.id, '2027-06-07', '2027-06-14')
    expect(result).toMatchObject({ copied: 1, skipped: 1, markedDays: { count: 0 } })
  })
})

describe('copyWeek and marked days', () => {
  it('leaves the days the calendar marks empty and says which, in the same transaction', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    for (const date of ['2026-11-16', '2026-11-18', '2026-11-19', '2026-11-20']) await cell(date, task.id, 2)
    await cell('2026-11-20', 'bucket:learning', 1)
    await db.schoolYears.update(ctx.year.id, {
      markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving break', days: ['2026-11-26', '2026-11-27'] }],
    })
    const result = await copyWeek(ctx.lincoln.id, ctx.year.id, '2026-11-16', '2026-11-23')
    expect(result).toEqual({
      copied: 2,
      skipped: 0,
      markedDays: { count: 3, dates: ['2026-11-26', '2026-11-27'], names: ['Thanksgiving break'] },
    })
    const copied = await readTimeEntries(ctx.lincoln.id, '2026-11-23', '2026-11-29')
    expect(copied.map((e) => e.date).sort()).toEqual(['2026-11-23', '2026-11-25'])
    expect((await db.dayTotals.toArray()).some((t) => t.date === '2026-11-26')).toBe(false)
  })

  it('copies nothing into a week marked as a whole', async () => {
    await cell('2026-11-16', 'bucket:coaching', 2)
    const result = await copyWeek(ctx.lincoln.id, ctx.year.id, '2026-11-16', '2026-11-23')
    expect(result).toMatchObject({ copied: 0, markedDays: { count: 1, dates: ['2026-11-23'], names: ['Thanksgiving'] } })
    expect(await readTimeEntries(ctx.lincoln.id, '2026-11-23', '2026-11-29')).toEqual([])
  })
})

describe('rows added to a school’s timesheet', () => {
  it('are kept on the school, once each, until taken off', async () => {
    await showTimesheetRow(ctx.lincoln.id, 'bucket:other', true)
    await showTimesheetRow(ctx.lincoln.id, 'task-1', true)
    await showTimesheetRow(ctx.lincoln.id, 'bucket:other', true)
    expect((await db.schools.get(ctx.lincoln.id))!.timesheetRows).toEqual(['task-1', 'bucket:other'])
    expect((await db.schools.get(ctx.washington!.id))!.timesheetRows).toBeUndefined()
    await showTimesheetRow(ctx.lincoln.id, 'task-1', false)
    expect((await db.schools.get(ctx.lincoln.id))!.timesheetRows).toEqual(['bucket:other'])
  })

  it('refuse an unknown school and a malformed row, keeping what was there', async () => {
    await showTimesheetRow(ctx.lincoln.id, 'bucket:other', true)
    await expect(showTimesheetRow('gone', 'bucket:other', true)).rejects.toThrow(TimeLogError)
    await expect(showTimesheetRow(ctx.lincoln.id, '', true)).rejects.toMatchObject({
      problems: [{ field: 'timesheetRows.1', message: 'A timesheet row is missing its key.' }],
    })
    expect((await db.schools.get(ctx.lincoln.id))!.timesheetRows).toEqual(['bucket:other'])
  })
})

describe('week notes', () => {
  it('saves, replaces and (when emptied) removes the note of a school’s week', async () => {
    const first = await saveWeekNoteText(ctx.lincoln.id, '2026-09-14', 'Planning for the PD day')
    const second = await saveWeekNoteText(ctx.lincoln.id, '2026-09-14', 'Planning for the PD day, moved')
    expect(second?.id).toBe(first?.id)
    expect(await db.weekNotes.count()).toBe(1)
    await saveWeekNoteText(ctx.washington!.id, '2026-09-14', 'Other school')
    expect(await db.weekNotes.count()).toBe(2)
    expect(await saveWeekNoteText(ctx.lincoln.id, '2026-09-14', '   ')).toBeNull()
    expect(await db.weekNotes.count()).toBe(1)
  })

  it('refuses a note that is too long and keeps the old one', async () => {
    await saveWeekNoteText(ctx.lincoln.id, '2026-09-14', 'Short')
    await expect(saveWeekNoteText(ctx.lincoln.id, '2026-09-14', 'x'.repeat(501))).rejects.toThrow('at most 500 characters')
    expect((await db.weekNotes.toArray())[0]?.note).toBe('Short')
  })
})

describe('reads', () => {
  it('reads one school by [schoolId+date] or every school by date', async () => {
    await cell('2026-09-14', 'bucket:coaching', 1)
    await cell('2026-09-15', 'bucket:coaching', 2, ctx.washington!.id)
    await cell('2026-09-21', 'bucket:coaching', 3)
    expect((await readTimeEntries(ctx.lincoln.id, '2026-09-14', '2026-09-20')).map((e) => e.hours)).toEqual([1])
    expect((await readTimeEntries(null, '2026-09-14', '2026-09-20')).map((e) => e.hours).sort()).toEqual([1, 2])
  })

  it('finds the agreement in force per school: latest signed, else latest draft', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    await seedAgreement(ctx.lincoln.id, ctx.year.id, [[task.id, 'will']], { targets: { coachingPct: 65, learningPct: 10 } })
    await seedAgreement(ctx.lincoln.id, ctx.year.id, [[task.id, 'wont']], { version: 2, status: 'draft' })
    await seedAgreement(ctx.washington!.id, ctx.year.id, [[task.id, 'discuss']], { status: 'draft' })
    const inForce = await readAgreementsInForce(ctx.year.id)
    expect(inForce.get(ctx.lincoln.id)?.agreement.version).toBe(1)
    expect(inForce.get(ctx.lincoln.id)?.targets.coachingPct).toBe(65)
    expect(inForce.get(ctx.lincoln.id)?.decisions.map((d) => d.choice)).toEqual(['will'])
    expect(inForce.get(ctx.washington!.id)?.agreement.status).toBe('draft')
    expect((await readAgreementsInForce('other-year')).size).toBe(0)
  })
})

describe('cells with cycle-session hours', () => {
  const withSessions = async (date: string, typed: number, minutes: number[]) => {
    const now = Date.now()
    const sessionHours = minutes.reduce((h, m) => h + m / 60, 0)
    await db.timeEntries.put({
      id: `e-${date}`,
      schoolId: ctx.lincoln.id,
      date,
      taskId: null,
      bucket: 'coaching',
      rowKey: 'bucket:coaching',
      hours: typed + sessionHours,
      sessionHours,
      createdAt: now,
      updatedAt: now,
    })
    await db.cycleSessions.bulkPut(
      minutes.map((m, i) => ({
        id: `s-${date}-${i}`,
        cycleId: 'c1',
        schoolId: ctx.lincoln.id,
        schoolYearId: ctx.year.id,
        date,
        minutes: m,
        kind: 'meeting' as const,
        rowKey: 'bucket:coaching',
        note: '',
        createdAt: now,
        updatedAt: now,
      })),
    )
  }

  it('refuses a value below the session part and keeps it when cleared', async () => {
    await withSessions('2026-09-14', 1, [60, 30])
    await expect(cell('2026-09-14', 'bucket:coaching', 1)).rejects.toThrow(
      '1.5 h of this cell come from 2 cycle sessions; change them in the cycle.',
    )
    expect(await cell('2026-09-14', 'bucket:coaching', 2)).toMatchObject({ hours: 2, sessionHours: 1.5 })
    expect(await cell('2026-09-14', 'bucket:coaching', 0)).toMatchObject({ hours: 1.5, sessionHours: 1.5 })
  })

  it('copies only the typed part of a week', async () => {
    await withSessions('2026-09-14', 1, [60])
    await withSessions('2026-09-15', 0, [30])
    const result = await copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')
    expect(result).toMatchObject({ copied: 1, skipped: 0 })
    const copied = await db.timeEntries.where('date').between('2026-09-21', '2026-09-27', true, true).toArray()
    expect(copied).toHaveLength(1)
    expect(copied[0]).toMatchObject({ date: '2026-09-21', hours: 1 })
    expect(copied[0]!.sessionHours).toBeUndefined()
  })
})
