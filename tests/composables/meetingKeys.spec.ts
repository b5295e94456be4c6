import { describe, expect, it } from 'vitest'
import { isTypingTarget, meetingKeyAction } from '@/composables/meetingKeys'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  meetingKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

describe('meeting keyboard shortcuts', () => {
  it('maps one key per decision, movement and undo', () => {
    expect([key('w'), key('W'), key('n'), key('d')]).toEqual(['will', 'will', 'wont', 'discuss'])
    expect([key('ArrowRight'), key('j'), key('ArrowLeft'), key('k')]).toEqual(['next', 'next', 'previous', 'previous'])
    expect([key('u'), key('z', { ctrlKey: true }), key('z', { metaKey: true })]).toEqual(['undo', 'undo', 'undo'])
    expect([key('p'), key('P'), key('p', { ctrlKey: true })]).toEqual(['present', 'present', null])
  })

  it('leaves browser and system shortcuts alone', () => {
    expect(key('w', { ctrlKey: true })).toBeNull()
    expect(key('z', { ctrlKey: true, shiftKey: true })).toBeNull()
    expect(key('d', { altKey: true })).toBeNull()
    expect(key('x')).toBeNull()
  })

  it('stays quiet while typing in a field, not on buttons or radio buttons', () => {
    const make = (html: string) => {
      const div = document.createElement('div')
      div.innerHTML = html
      return div.firstElementChild
    }
    expect(isTypingTarget(make('<input type="text">'))).toBe(true)
    expect(isTypingTarget(make('<input type="number">'))).toBe(true)
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTypingTarget(make('<select></select>'))).toBe(true)
    expect(isTypingTarget(make('<input type="radio">'))).toBe(true)
    expect(isTypingTarget(make('<button>x</button>'))).toBe(false)
    expect(isTypingTarget(make('<h2>t</h2>'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
