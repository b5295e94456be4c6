import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { saveSectionFields } from '@/db/agreements'
import { openMeetingAgreement, recordDecision } from '@/db/meeting'
import { saveWeekNoteText } from '@/db/timeLog'
import { defaultSections, readSections } from '@/domain/agreementSections'
import { FieldConflictError } from '@/domain/fieldMerge'
import { freshSetup } from './support'

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
  await ensureCatalog()
})

const sectionsOf = async (id: string) => readSections((await db.agreements.get(id))?.sections)

describe('two tabs editing one agreement section', () => {
  it('keeps both edits when they touch different fields', async () => {
    const draft = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const read = defaultSections().understanding // what both tabs opened
    const a = await saveSectionFields(draft.id, 'understanding', [
      { path: ['frequency'], base: read.frequency, value: 'Every week, from tab A.' },
    ])
    const b = await saveSectionFields(draft.id, 'understanding', [{ path: ['note'], base: read.note, value: 'A note from tab B.' }])
    expect([a.conflicts, b.conflicts]).toEqual([[], []])
    expect((await sectionsOf(draft.id)).understanding).toMatchObject({ frequency: 'Every week, from tab A.', note: 'A note from tab B.' })
  })

  it('refuses the second write of the same field and names what is stored; keeping mine then writes it', async () => {
    const draft = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const read = defaultSections().understanding
    await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: read.frequency, value: 'A.' }])
    const b = await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: read.frequency, value: 'B.' }])
    expect(b.conflicts).toEqual([{ path: ['frequency'], theirs: 'A.' }])
    expect((await sectionsOf(draft.id)).understanding.frequency).toBe('A.')
    await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: 'A.', value: 'B.' }])
    expect((await sectionsOf(draft.id)).understanding.frequency).toBe('B.')
  })

  it('saves nothing of a text over its limit, and still saves the other fields', async () => {
    const draft = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const read = defaultSections().understanding
    const result = await saveSectionFields(draft.id, 'understanding', [
      { path: ['note'], base: '', value: 'x'.repeat(10_000) },
      { path: ['frequency'], base: read.frequency, value: 'Weekly.' },
    ])
    expect(result.problems.map((p) => p.field)).toEqual(['note'])
    expect((await sectionsOf(draft.id)).understanding).toMatchObject({ note: '', frequency: 'Weekly.' })
  })
})

describe('two tabs editing one week note', () => {
  it('refuses to overwrite a note another tab changed since it was read', async () => {
    await saveWeekNoteText(ids.schoolId, '2026-09-14', 'From tab A.', '')
    const refused = await saveWeekNoteText(ids.schoolId, '2026-09-14', 'From tab B.', '').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(FieldConflictError)
    expect((refused as FieldConflictError).theirs).toBe('From tab A.')
    expect((await db.weekNotes.toArray()).map((n) => n.note)).toEqual(['From tab A.'])
    await saveWeekNoteText(ids.schoolId, '2026-09-14', 'From tab B.', 'From tab A.')
    expect((await db.weekNotes.toArray()).map((n) => n.note)).toEqual(['From tab B.'])
  })
})

describe('two tabs editing one decision', () => {
  it('refuses a note or who-instead written over another tab’s change, and lets other fields through', async () => {
    const draft = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const taskId = 'cat-other-leading-plcs'
    await recordDecision(draft.id, taskId, { choice: 'wont' })
    await recordDecision(draft.id, taskId, { note: 'Tab A’s note.' }, Date.now(), { note: '' })
    const refused = await recordDecision(draft.id, taskId, { note: 'Tab B’s note.' }, Date.now(), { note: '' }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(FieldConflictError)
    expect(refused).toMatchObject({ field: 'note', theirs: 'Tab A’s note.' })
    await recordDecision(draft.id, taskId, { insteadBy: 'Assistant principal' }, Date.now(), { insteadBy: '' })
    const stored = await db.decisions.where('[agreementId+taskId]').equals([draft.id, taskId]).first()
    expect(stored).toMatchObject({ note: 'Tab A’s note.', insteadBy: 'Assistant principal' })
  })
})
