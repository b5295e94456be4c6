import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import WeekNote from '@/components/timelog/WeekNote.vue'
import { db } from '@/db/database'
import { saveWeekNoteText } from '@/db/timeLog'
import { seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('the week note when the week changes', () => {
  beforeEach(resetDatabase)

  it('never shows the week being left while the next week’s note is read, then shows that note', async () => {
    const { schoolId } = await seedSchool()
    await saveWeekNoteText(schoolId, '2026-09-14', 'PD day on Friday.')
    const w = mount(WeekNote, { props: { schoolId, weekStart: '2026-09-14' } })
    await settle()
    const area = () => w.get('#week-note').element as HTMLTextAreaElement
    expect(area().value).toBe('PD day on Friday.')
    expect(w.get('#week-note').attributes('aria-busy')).toBeUndefined()

    await w.setProps({ weekStart: '2026-09-21' })
    // Straight after the change, before the new week's note is read: empty and marked busy.
    expect(area().value).toBe('')
    expect(w.get('#week-note').attributes('aria-busy')).toBe('true')
    await settle()
    expect(area().value).toBe('')
    expect(w.get('#week-note').attributes('aria-busy')).toBeUndefined()

    await w.setProps({ weekStart: '2026-09-14' })
    await settle()
    expect(area().value).toBe('PD day on Friday.')
  })

  it('keeps text typed before the next week’s note arrives, and asks instead of overwriting a note already there', async () => {
    const { schoolId } = await seedSchool()
    await saveWeekNoteText(schoolId, '2026-09-21', 'Testing week.')
    const w = mount(WeekNote, { props: { schoolId, weekStart: '2026-09-14' }, attachTo: document.body })
    await settle()
    await w.setProps({ weekStart: '2026-09-21' })
    await w.get('#week-note').setValue('Typed too early')
    await settle()
    expect((w.get('#week-note').element as HTMLTextAreaElement).value).toBe('Typed too early')
    await w.get('#week-note').trigger('blur')
    await settle()
    expect(w.find('#week-note-conflict').exists()).toBe(true)
    expect(w.get('#week-note-conflict').text()).toContain('Testing week.')
    const stored = await db.weekNotes.where('[schoolId+weekStart]').equals([schoolId, '2026-09-21']).first()
    expect(stored?.note).toBe('Testing week.')
    w.unmount()
  })
})
