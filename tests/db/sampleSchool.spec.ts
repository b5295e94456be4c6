import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { createBackup, dumpDatabase } from '@/db/backup'
import { ensureCatalog } from '@/db/catalog'
import { addSampleSchool, findSampleSchool, keepSampleSchool, removeSampleSchool, sampleImpact } from '@/db/sampleSchool'
import { saveSettings } from '@/db/repository'
import { SETTINGS_ID } from '@/domain/keys'
import { freshSetup } from './support'

let realSchoolId = ''

async function counts() {
  const d = await dumpDatabase()
  return {
    schools: d.schools.length,
    agreements: d.agreements.length,
    decisions: d.decisions.length,
    timeEntries: d.timeEntries.length,
    dayTotals: await db.dayTotals.count(),
    cycles: d.cycles.length,
    cycleSessions: d.cycleSessions.length,
  }
}

describe('the sample school on the device', () => {
  beforeEach(async () => {
    realSchoolId = (await freshSetup()).schoolId
    await ensureCatalog()
  })

  it('adds a school, a decided draft agreement, past weeks and coaching cycles in one go, and makes it the active school', async () => {
    const before = await counts()
    const school = await addSampleSchool({ today: '2026-12-03' })
    expect(school.sample).toBe(true)
    const after = await counts()
    expect(after.schools).toBe(before.schools + 1)
    expect(after.agreements).toBe(before.agreements + 1)
    expect(after.decisions).toBe(before.decisions + (await db.tasks.filter((t) => !t.archived).count()))
    expect(after.timeEntries).toBeGreaterThan(0)
    expect(after.dayTotals).toBe(15) // three weeks of five school days
    expect(after.cycles).toBe(3)
    expect(after.cycleSessions).toBe(8)
    // Each session's time is inside a logged cell, as a session the coach logs would be.
    const entries = await db.timeEntries.toArray()
    for (const s of await db.cycleSessions.toArray()) {
      const cell = entries.find((e) => e.date === s.date && e.rowKey === s.rowKey)
      expect(cell?.sessionHours).toBeGreaterThan(0)
    }
    expect((await db.timeEntries.toArray()).every((e) => e.date < '2026-12-03')).toBe(true)
    expect((await db.settings.get(SETTINGS_ID))!.activeSchoolId).toBe(school.id)
    await expect(addSampleSchool({ today: '2026-12-03' })).rejects.toThrow(/already/)
  })

  it('says what removing takes, then removes every record of the sample and nothing else', async () => {
    const before = await dumpDatabase()
    const school = await addSampleSchool({ today: '2026-12-03' })
    const impact = await sampleImpact(school.id)
    expect(impact.agreements).toBe(1)
    expect(impact.decisions).toBeGreaterThan(50)
    expect(impact.entries).toBeGreaterThan(0)
    expect(impact.cycles).toBe(3)
    await removeSampleSchool(school.id)
    const after = await dumpDatabase()
    expect(after.schools).toEqual(before.schools)
    expect(after.agreements).toEqual(before.agreements)
    expect(after.decisions).toEqual(before.decisions)
    expect(after.timeEntries).toEqual([])
    expect(after.cycles).toEqual([])
    expect(after.cycleSessions).toEqual([])
    expect(await db.dayTotals.count()).toBe(0)
    expect(after.settings[0]!.activeSchoolId).toBe(realSchoolId)
    expect(await findSampleSchool()).toBeUndefined()
  })

  it('never removes a real school', async () => {
    await expect(removeSampleSchool(realSchoolId)).rejects.toThrow(/Only the sample school/)
    const school = await addSampleSchool({ today: '2026-12-03' })
    await keepSampleSchool(school.id)
    await expect(removeSampleSchool(school.id)).rejects.toThrow(/Only the sample school/)
  })

  it('leaves the sample out of a backup, and points the backup’s active school at a real one', async () => {
    const school = await addSampleSchool({ today: '2026-12-03' })
    const file = JSON.parse((await createBackup()).text)
    const text = JSON.stringify(file.data)
    expect(text).not.toContain(school.id)
    expect(text).not.toContain('Maple Grove')
    expect(file.data.schools).toHaveLength(1)
    expect(file.data.timeEntries).toEqual([])
    expect(file.data.cycles).toEqual([])
    expect(file.data.cycleSessions).toEqual([])
    expect(file.data.settings[0].activeSchoolId).toBe(realSchoolId)
  })

  it('backs up a sample kept as a real school like any other', async () => {
    const school = await addSampleSchool({ today: '2026-12-03' })
    const kept = await keepSampleSchool(school.id)
    expect(kept.sample).toBeUndefined()
    expect(await findSampleSchool()).toBeUndefined()
    await saveSettings({ activeSchoolId: school.id })
    const file = JSON.parse((await createBackup()).text)
    expect(file.data.schools.map((s: { id: string }) => s.id)).toContain(school.id)
    expect(file.data.timeEntries.length).toBeGreaterThan(0)
    expect(file.data.cycles).toHaveLength(3)
    expect(file.data.cycleSessions).toHaveLength(8)
    expect(file.data.settings[0].activeSchoolId).toBe(school.id)
  })
})
