import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import PaperEntryForm from '@/components/evaluation/PaperEntryForm.vue'
import { defaultForm } from '@/domain/evaluation/itemBank'
import { MISSING_ANSWER } from '@/domain/evaluation/answers'

const form = defaultForm()
const ids = form.items.map((i) => i.id)
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})
function mountForm(f = form) {
  wrapper = mount(PaperEntryForm, { props: { form: f }, attachTo: document.body })
  return wrapper
}
const radio = (w: VueWrapper, id: string, value: string | number) => w.get(`#paper-item-${id}-${value}`)
async function answerAll(w: VueWrapper, value: string | number, except: string[] = []) {
  for (const id of ids) if (!except.includes(id)) await radio(w, id, value).setValue(true)
}

describe('PaperEntryForm', () => {
  it('refuses a sheet with a missing answer at its field, keeps what was typed and emits nothing', async () => {
    const w = mountForm()
    await w.get('#paper-group-teacher').setValue(true)
    await answerAll(w, 4, ['models'])
    await w.get('#paper-keepDoing').setValue('Modeling in my room')
    await w.get('form').trigger('submit')
    await nextTick()

    expect(w.emitted('save')).toBeUndefined()
    const row = w.get('[data-item="paper-item-models"]')
    expect(row.get('.field-error').text()).toBe(MISSING_ANSWER)
    const first = radio(w, 'models', 1)
    expect(first.attributes('aria-invalid')).toBe('true')
    expect(first.attributes('aria-describedby')).toBe('paper-item-models-error')
    expect(document.activeElement).toBe(first.element)
    expect(w.findAll('.field-error')).toHaveLength(2) // the row, and the sentence by the Save button
    expect(w.get('[data-testid="paper-problems"]').text()).toBe('Not saved: 1 problem, marked at its field.')
    // Everything typed stays.
    expect((radio(w, 'listens', 4).element as HTMLInputElement).checked).toBe(true)
    expect((w.get('#paper-keepDoing').element as HTMLTextAreaElement).value).toBe('Modeling in my room')
    expect((w.get('#paper-group-teacher').element as HTMLInputElement).checked).toBe(true)
  })

  it('asks whose sheet it is before anything else', async () => {
    const w = mountForm()
    await answerAll(w, 3)
    await w.get('form').trigger('submit')
    await nextTick()
    expect(w.emitted('save')).toBeUndefined()
    expect(w.get('.paper-entry__group .field-error').text()).toBe('Choose whose sheet this is.')
    expect(document.activeElement).toBe(w.get('#paper-group-teacher').element)
    expect(w.get('#paper-group-self').attributes('aria-invalid')).toBe('true')
  })

  it('emits a valid sheet with its group, answers and comments, keeps it until stored, then clears for the next one', async () => {
    const w = mountForm()
    await w.get('#paper-group-administrator').setValue(true)
    // The items read in the administrator's wording once that group is chosen.
    expect(w.get('[data-item="paper-item-choice"] legend').text()).toContain('The coach lets teachers decide what they work on.')
    await answerAll(w, 5, ['models'])
    await radio(w, 'models', 'na').setValue(true)
    await w.get('#paper-keepDoing').setValue('Clear goals with teachers')
    await w.get('#paper-doDifferently').setValue('Share the schedule earlier')
    await w.get('form').trigger('submit')
    await nextTick()

    expect(w.emitted('save')).toHaveLength(1)
    expect(w.emitted('save')![0]).toEqual([
      {
        group: 'administrator',
        answers: Object.fromEntries(ids.map((id) => [id, id === 'models' ? 'na' : 5])),
        keepDoing: 'Clear goals with teachers',
        doDifferently: 'Share the schedule earlier',
      },
    ])
    // Until the caller has stored it, the sheet stays as typed (a failed store loses nothing).
    expect((w.get('#paper-keepDoing').element as HTMLTextAreaElement).value).toBe('Clear goals with teachers')
    ;(w.vm as unknown as { clear: () => void }).clear()
    await nextTick()
    expect(w.findAll('input[type="radio"]').some((r) => (r.element as HTMLInputElement).checked)).toBe(false)
    expect((w.get('#paper-keepDoing').element as HTMLTextAreaElement).value).toBe('')
    expect((w.get('#paper-doDifferently').element as HTMLTextAreaElement).value).toBe('')
    expect(w.find('.field-error').exists()).toBe(false)
    expect(document.activeElement).toBe(w.get('#paper-group-teacher').element)
  })

  it('asks only the form’s visible items', async () => {
    const w = mountForm({ items: form.items.map((i) => (i.id === 'recommend' ? { ...i, hidden: true } : i)) })
    expect(w.find('[data-item="paper-item-recommend"]').exists()).toBe(false)
    await w.get('#paper-group-self').setValue(true)
    await answerAll(w, 2, ['recommend'])
    await w.get('form').trigger('submit')
    const sheet = w.emitted<[{ answers: Record<string, unknown> }]>('save')![0]![0]
    expect(Object.keys(sheet.answers)).toHaveLength(ids.length - 1)
    expect(sheet.answers.recommend).toBeUndefined()
  })

  it('answers an item from the keyboard with 1–5 or N and moves on to the next', async () => {
    const w = mountForm()
    const first = radio(w, ids[0]!, 1)
    ;(first.element as HTMLInputElement).focus()
    await first.trigger('keydown', { key: '4' })
    await nextTick()
    expect((radio(w, ids[0]!, 4).element as HTMLInputElement).checked).toBe(true)
    expect(document.activeElement).toBe(radio(w, ids[1]!, 1).element)
    await radio(w, ids[1]!, 1).trigger('keydown', { key: 'n' })
    await nextTick()
    expect((radio(w, ids[1]!, 'na').element as HTMLInputElement).checked).toBe(true)
    expect(document.activeElement).toBe(radio(w, ids[2]!, 1).element)
    // After the last item, on to the first open question.
    const last = ids.at(-1)!
    await radio(w, last, 1).trigger('keydown', { key: '5' })
    await nextTick()
    expect(document.activeElement).toBe(w.get('#paper-keepDoing').element)
    // Other keys are left alone.
    await radio(w, ids[3]!, 1).trigger('keydown', { key: 'x' })
    expect(w.findAll(`input[name="paper-item-${ids[3]}"]`).some((r) => (r.element as HTMLInputElement).checked)).toBe(false)
  })

  it('gives every radio a full name: the point and its words', () => {
    const w = mountForm()
    // The name a screen reader hears: the label's text without what is hidden from it.
    const name = (value: string | number) => {
      const label = radio(w, 'choice', value).element.closest('label')!.cloneNode(true) as HTMLElement
      label.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove())
      return label.textContent!.trim()
    }
    expect(name(2)).toBe('2 – Disagree')
    expect(name(5)).toBe('5 – Strongly agree')
    expect(name('na')).toBe('Not able to judge')
  })
})
