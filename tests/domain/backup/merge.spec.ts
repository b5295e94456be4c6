import { describe, expect, it } from 'vitest'
import { BackupProblem, emptyBackupData, planRestore, TABLE_NAMES, totalRecords } from '@/domain/backup'
import { sampleData } from '../../support/backupData'

describe('planning a restore', () => {
  it('replace-all says what goes and what comes, and results in exactly the file', () => {
    const here = sampleData()
    const file = sampleData()
    file.schools[0]!.name = 'Lincoln Elementary School'
    file.schools[0]!.updatedAt += 1
    file.weekNotes.pop()
    here.tasks.push({ ...here.tasks[0]!, id: 'only-here' })
    const plan = planRestore(here, file, 'replace')
    expect(plan.changes.schools).toEqual({ added: 0, updated: 1, kept: 1, removed: 0, onlyHere: 0 })
    expect(plan.changes.weekNotes).toEqual({ added: 0, updated: 0, kept: 1, removed: 1, onlyHere: 1 })
    expect(plan.changes.tasks.removed).toBe(1)
    expect(plan.result).toEqual(file)
    expect(totalRecords(plan.puts)).toBe(totalRecords(file))
  })

  it('replace-all into an empty database adds everything', () => {
    const plan = planRestore(emptyBackupData(), sampleData(), 'replace')
    expect(plan.totals.added).toBe(totalRecords(sampleData()))
    expect(plan.totals.removed).toBe(0)
  })

  it('merge adds new records, takes newer ones and keeps this device’s newer ones', () => {
    const here = sampleData()
    const file = sampleData()
    file.schools[0]!.name = 'Renamed in the file'
    file.schools[0]!.updatedAt = here.schools[0]!.updatedAt + 10
    here.schools[1]!.name = 'Renamed here, later'
    here.schools[1]!.updatedAt += 10
    file.schools[1]!.name = 'Older name in the file'
    file.tasks.push({ ...file.tasks[0]!, id: 'new-in-file', title: 'Data conversations' })
    here.weekNotes.push({ ...here.weekNotes[0]!, id: 'only-here', weekStart: '2026-09-07' })
    const plan = planRestore(here, file, 'merge')
    expect(plan.changes.schools).toEqual({ added: 0, updated: 1, kept: 1, removed: 0, onlyHere: 0 })
    expect(plan.changes.tasks).toEqual({ added: 1, updated: 0, kept: file.tasks.length - 1, removed: 0, onlyHere: 0 })
    expect(plan.changes.weekNotes).toEqual({ added: 0, updated: 0, kept: 2, removed: 0, onlyHere: 1 })
    const names = plan.result.schools.map((s) => s.name).sort()
    expect(names).toEqual(['Renamed here, later', 'Renamed in the file'])
    expect(plan.result.weekNotes.map((n) => n.id)).toContain('only-here')
    expect(plan.puts.schools.map((s) => s.name)).toEqual(['Renamed in the file'])
    expect(plan.puts.tasks.map((t) => t.id)).toEqual(['new-in-file'])
  })

  it('merge with equal updatedAt keeps this device’s copy', () => {
    const here = sampleData()
    const file = sampleData()
    file.schools[0]!.name = 'Same time, other name'
    const plan = planRestore(here, file, 'merge')
    expect(plan.changes.schools.kept).toBe(2)
    expect(plan.result.schools[0]!.name).toBe('Lincoln Elementary')
  })

  it('merge resolves one time-log slot held by two different entries: the newer wins', () => {
    const here = sampleData()
    const file = sampleData()
    const mine = here.timeEntries[0]!
    file.timeEntries[0] = { ...mine, id: 'other-device-entry', hours: 5, updatedAt: mine.updatedAt + 60_000 }
    const plan = planRestore(here, file, 'merge')
    expect(plan.changes.timeEntries).toEqual({ added: 0, updated: 1, kept: file.timeEntries.length - 1, removed: 0, onlyHere: 0 })
    expect(plan.deletes.timeEntries).toEqual([mine.id])
    expect(plan.result.timeEntries.find((e) => e.rowKey === mine.rowKey && e.date === mine.date)!.hours).toBe(5)

    // And when this device's entry is the newer one, it stays and nothing is written for the slot.
    file.timeEntries[0]!.updatedAt = mine.updatedAt - 1
    const keep = planRestore(here, file, 'merge')
    expect(keep.deletes.timeEntries).toEqual([])
    expect(keep.puts.timeEntries).toEqual([])
    expect(keep.changes.timeEntries.kept).toBe(file.timeEntries.length)
  })

  it('merge refuses two different agreement versions with the same number', () => {
    const here = sampleData()
    const file = sampleData()
    file.agreements[1] = { ...file.agreements[1]!, id: 'other-draft', updatedAt: file.agreements[1]!.updatedAt + 1 }
    file.decisions = file.decisions.map((d) => (d.agreementId === here.agreements[1]!.id ? { ...d, agreementId: 'other-draft' } : d))
    let problem: unknown
    try {
      planRestore(here, file, 'merge')
    } catch (e) {
      problem = e
    }
    expect(problem).toBeInstanceOf(BackupProblem)
    expect((problem as BackupProblem).kind).toBe('conflict')
    expect((problem as BackupProblem).message).toMatch(
      /agreement version 2 and a different agreement version on this device have the same schoolId, schoolYearId, version/,
    )
  })

  it('merge checks references across the file and this device', () => {
    const here = sampleData()
    const file = sampleData()
    // The file's decision points at a task that exists only on this device: fine after merging.
    file.tasks = file.tasks.filter((t) => t.id !== file.decisions[0]!.taskId)
    file.timeEntries = file.timeEntries.filter((e) => e.taskId !== here.decisions[0]!.taskId)
    expect(() => planRestore(here, file, 'merge')).not.toThrow()
    // Onto an empty device the same reference dangles.
    expect(() => planRestore(emptyBackupData(), file, 'merge')).toThrow(/in the file or on this device/)
  })

  it('covers every table', () => {
    const plan = planRestore(emptyBackupData(), sampleData(), 'merge')
    expect(Object.keys(plan.changes)).toEqual(TABLE_NAMES)
  })
})

describe('replace-all counts', () => {
  it('counts a record as unchanged whatever the order of its fields', () => {
    const here = sampleData()
    const file = sampleData()
    const school = file.schools[0]!
    file.schools[0] = Object.fromEntries(Object.entries(school).reverse()) as typeof school
    expect(planRestore(here, file, 'replace').changes.schools).toEqual({ added: 0, updated: 0, kept: 2, removed: 0, onlyHere: 0 })
  })
})

describe('merging never changes a signed version', () => {
  it('refuses a newer copy of a signed agreement or of its decisions, and names where it is', () => {
    const here = sampleData()
    const signed = here.agreements.find((a) => a.status === 'signed')!
    const file = sampleData()
    const changed = file.agreements.find((a) => a.id === signed.id)!
    changed.targets = { coachingPct: 40, learningPct: 10 }
    changed.updatedAt += 1000
    expect(() => planRestore(here, file, 'merge')).toThrow(BackupProblem)
    expect(() => planRestore(here, file, 'merge')).toThrow(`version ${signed.version} of an agreement that is signed`)

    const file2 = sampleData()
    const index = file2.decisions.findIndex((d) => d.agreementId === signed.id)
    file2.decisions[index]!.choice = 'wont'
    file2.decisions[index]!.updatedAt += 1000
    try {
      planRestore(here, file2, 'merge')
      expect.unreachable()
    } catch (e) {
      expect((e as BackupProblem).where).toBe(`data.decisions[${index}]`)
      expect((e as BackupProblem).message).toContain('a task decision of version')
    }
  })

  it('still merges a newer copy of a draft, and an identical signed version', () => {
    const here = sampleData()
    const file = sampleData()
    const draft = file.agreements.find((a) => a.status === 'draft')!
    draft.meeting = { ...draft.meeting, date: '2026-10-01' }
    draft.updatedAt += 1000
    const plan = planRestore(here, file, 'merge')
    expect(plan.changes.agreements).toEqual({ added: 0, updated: 1, kept: here.agreements.length - 1, removed: 0, onlyHere: 0 })
  })
})
