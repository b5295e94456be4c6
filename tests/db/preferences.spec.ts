import { afterEach, describe, expect, it, vi } from 'vitest'
import { dismissSafariNote, readMeetingPositions, safariNoteDismissed, saveMeetingPositions } from '@/db/preferences'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('browser preferences', () => {
  it('keeps where each meeting was left, across page loads', () => {
    saveMeetingPositions({ 'school-1|year-1': 'task-7' })
    expect(readMeetingPositions()).toEqual({ 'school-1|year-1': 'task-7' })
  })

  it('reads nothing from a missing, damaged or wrongly shaped value', () => {
    expect(readMeetingPositions()).toEqual({})
    localStorage.setItem('crp.meeting.position', '{not json')
    expect(readMeetingPositions()).toEqual({})
    localStorage.setItem('crp.meeting.position', '["task-7"]')
    expect(readMeetingPositions()).toEqual({})
  })

  it('remembers that the Safari note was dismissed', () => {
    expect(safariNoteDismissed()).toBe(false)
    dismissSafariNote()
    expect(safariNoteDismissed()).toBe(true)
  })

  it('survives a browser that refuses storage: nothing is kept, nothing throws', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError')
    })
    vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError')
    })
    expect(() => saveMeetingPositions({ a: 'b' })).not.toThrow()
    expect(() => dismissSafariNote()).not.toThrow()
    expect(readMeetingPositions()).toEqual({})
    expect(safariNoteDismissed()).toBe(false)
  })
})
