import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FormTextarea from '@/components/FormTextarea.vue'
import { TEXT_LIMITS } from '@/domain/textLimits'

describe('FormTextarea', () => {
  it('labels its textarea and ties hint, limit and error to it', () => {
    const w = mount(FormTextarea, {
      props: { id: 'why', label: 'Why', hint: 'In a sentence', error: 'Say why', limit: TEXT_LIMITS.taskDescription, modelValue: '' },
    })
    const area = w.get('textarea')
    expect(w.get('label').attributes('for')).toBe('why')
    expect(w.get('label').text()).toBe('Why')
    expect(area.attributes('aria-invalid')).toBe('true')
    expect(area.attributes('aria-describedby')).toBe('why-hint why-limit why-error')
    expect(w.get('#why-hint').text()).toBe('In a sentence')
    expect(w.get('#why-error').text()).toBe('Say why')
  })

  it('marks an optional field in its label, and is undescribed without hint, limit or error', () => {
    const w = mount(FormTextarea, { props: { id: 'd', label: 'Description', optional: true, rows: 2, modelValue: '' } })
    expect(w.get('label').text()).toBe('Description (optional)')
    expect(w.get('label span').classes()).toEqual(['muted', 'small'])
    const area = w.get('textarea')
    expect(area.attributes('rows')).toBe('2')
    expect(area.attributes('aria-invalid')).toBeUndefined()
    expect(area.attributes('aria-describedby')).toBeUndefined()
  })

  it('keeps text over its limit with a message and emits what is typed', async () => {
    const w = mount(FormTextarea, { props: { id: 'd', label: 'Description', limit: TEXT_LIMITS.taskDescription, modelValue: '' } })
    await w.get('textarea').setValue('x'.repeat(610))
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['x'.repeat(610)])
    await w.setProps({ modelValue: 'x'.repeat(610) })
    expect(w.get('#d-limit').text()).toContain('“Description” can be at most 600 characters: this text is 10 over.')
  })

  it('shows a text not stored yet as empty, and names the limit without “(optional)”', async () => {
    const w = mount(FormTextarea, {
      props: { id: 'n', label: 'Notes', optional: true, limit: { max: 10, trims: false }, modelValue: undefined },
    })
    expect(w.get('textarea').element.value).toBe('')
    expect(w.get('#n-limit').text()).toBe('')
    await w.setProps({ modelValue: 'x'.repeat(12) })
    expect(w.get('#n-limit').text()).toContain('“Notes” can be at most 10 characters')
  })
})
