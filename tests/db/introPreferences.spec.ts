import { afterEach, describe, expect, it, vi } from 'vitest'
import { dismissBreaks, dismissedBreaks } from '@/db/breakPreferences'
import { introDismissed, setIntroDismissed } from '@/db/introPreferences'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('introduction and break-suggestion preferences', () => {
  it('remembers that the introduction was dismissed, and forgets it when shown again', () => {
    expect(introDismissed()).toBe(false)
    setIntroDismissed(true)
    expect(introDismissed()).toBe(true)
    setIntroDismissed(false)
    expect(introDismissed()).toBe(false)
  })

  it('keeps the set-aside break suggestions once each, and reads nothing from a damaged value', () => {
    dismissBreaks(['y1|labor-day|2026-09-07'])
    dismissBreaks(['y1|labor-day|2026-09-07', 'y1|spring|2027-03-15'])
    expect(dismissedBreaks()).toEqual(['y1|labor-day|2026-09-07', 'y1|spring|2027-03-15'])
    localStorage.setItem('crp.breaks.dismissed', '{not json')
    expect(dismissedBreaks()).toEqual([])
  })

  it('survives a browser that refuses storage', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError')
    })
    vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError')
    })
    expect(() => setIntroDismissed(true)).not.toThrow()
    expect(introDismissed()).toBe(false)
    expect(() => dismissBreaks(['k'])).not.toThrow()
    expect(dismissedBreaks()).toEqual([])
  })
})
