import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import RespondForm from '@/components/respond/RespondForm.vue'
import { exportPublicKey, generateCoachKeyPair } from '@/domain/evaluation/coachKeys'
import { askedItems, defaultForm } from '@/domain/evaluation/itemBank'

const download = vi.hoisted(() => vi.fn())
vi.mock('@/export/download', () => ({ downloadText: download }))

const publicKey = await exportPublicKey((await generateCoachKeyPair()).publicKey)
const form = defaultForm()
const invitation = {
  roundId: 'round-1',
  roundLabel: 'Spring',
  closingDate: '2099-06-30',
  group: 'teacher' as const,
  coachPublicKey: publicKey,
  form,
}

describe('RespondForm in respondent mode (answers stored on the coach’s device)', () => {
  it('hands the answers over instead of making a file, and keeps no half-answered form for the next person', async () => {
    sessionStorage.clear()
    const deliver = vi.fn(async (_answers: unknown) => undefined)
    const w = mount(RespondForm, { props: { invitation, deliver }, attachTo: document.body })
    const items = askedItems(form)
    await w.get(`input[name="q-${items[0]!.id}"][value="4"]`).setValue(true)
    // A half-answered form leaves nothing behind in this tab.
    expect(sessionStorage.length).toBe(0)
    for (const item of items) await w.get(`input[name="q-${item.id}"][value="4"]`).setValue(true)
    expect(w.get('button[type="submit"]').text()).toBe('Submit my answers')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(deliver).toHaveBeenCalledTimes(1))
    expect(deliver.mock.calls[0]![0]).toMatchObject({ group: 'teacher', keepDoing: '', doDifferently: '' })
    expect(Object.keys((deliver.mock.calls[0]![0] as { answers: object }).answers)).toHaveLength(items.length)
    expect(download).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(w.emitted('submitted')).toHaveLength(1))
    expect(w.findAll('input[type="radio"]').some((r) => (r.element as HTMLInputElement).checked)).toBe(false)
    w.unmount()
  })
})
