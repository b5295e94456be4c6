import { describe, expect, it } from 'vitest'
import { emptyBackupData, restoreButtonLabel, restoreChoices, restoredMessage, restoreStatusText, totalRecords } from '@/domain/backup'
import { sampleData } from '../../support/backupData'

describe('what the restore screen offers', () => {
  it('offers merge first when the device holds data and merging is possible', () => {
    const c = restoreChoices(sampleData(), sampleData())
    expect(c.mode).toBe('merge')
    expect(c.deviceEmpty).toBe(false)
    expect(c.mergePlan?.mode).toBe('merge')
    expect(c.mergeProblem).toBeNull()
    expect(c.replacePlan.mode).toBe('replace')
  })

  it('offers replace on an empty device', () => {
    const c = restoreChoices(emptyBackupData(), sampleData())
    expect(c.deviceEmpty).toBe(true)
    expect(c.mode).toBe('replace')
    expect(c.replacePlan.totals.added).toBe(totalRecords(sampleData()))
  })

  it('offers replace and says why when merging is refused', () => {
    const here = sampleData()
    const file = sampleData()
    const signed = here.agreements.find((a) => a.status === 'signed')!
    const changed = file.agreements.find((a) => a.id === signed.id)!
    changed.targets = { coachingPct: 40, learningPct: 10 }
    changed.updatedAt += 1000
    const c = restoreChoices(here, file)
    expect(c.mergePlan).toBeNull()
    expect(c.mergeProblem).toMatch(/^Merging is not possible: .*signed/)
    expect(c.mode).toBe('replace')
  })

  it('words the announcement, the status line and the button', () => {
    const replace = restoreChoices(sampleData(), sampleData()).replacePlan
    const t = replace.totals
    expect(restoredMessage('b.json', replace)).toBe(
      `Restored b.json: ${t.added} added, ${t.updated} updated, ${t.kept} unchanged, ${t.removed} removed.`,
    )
    const merge = restoreChoices(sampleData(), sampleData()).mergePlan!
    expect(restoredMessage('b.json', merge)).toBe(
      `Restored b.json: ${merge.totals.added} added, ${merge.totals.updated} updated, ${merge.totals.kept} kept.`,
    )
    expect(restoreStatusText('reading', 'b.json')).toBe('Reading and checking b.json…')
    expect(restoreStatusText('locked', 'b.json')).toBe('b.json is protected. Enter its passphrase.')
    expect(restoreStatusText('preview', 'b.json')).toBe('b.json is checked. Review what will change below, then confirm.')
    expect(restoreStatusText('choose', 'b.json')).toBe('')
    expect(restoreStatusText('restoring', 'b.json')).toBe('')
    expect(restoreButtonLabel(true, 'merge')).toBe('Restore this backup')
    expect(restoreButtonLabel(false, 'merge')).toBe('Merge into this device')
    expect(restoreButtonLabel(false, 'replace')).toBe('Replace everything on this device')
  })
})
