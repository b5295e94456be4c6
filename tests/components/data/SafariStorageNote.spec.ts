import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import SafariStorageNote from '@/components/data/SafariStorageNote.vue'

const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

function asBrowser(userAgent: string, standalone = false) {
  vi.stubGlobal('navigator', { ...navigator, userAgent, standalone })
}

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('SafariStorageNote', () => {
  it('tells a Safari user in a tab about the seven-day rule, with text and an icon', () => {
    asBrowser(SAFARI)
    const note = mount(SafariStorageNote).get('[data-testid=safari-note]')
    expect(note.text()).toContain('Safari may clear this app’s data after seven days without use.')
    expect(note.text()).toContain('Add to Home Screen')
    expect(note.find('svg[data-sign="warning"]').exists()).toBe(true)
  })

  it('stays away in other browsers and in the app opened from the Home Screen', () => {
    asBrowser(CHROME)
    expect(mount(SafariStorageNote).find('[data-testid=safari-note]').exists()).toBe(false)
    asBrowser(SAFARI, true)
    expect(mount(SafariStorageNote).find('[data-testid=safari-note]').exists()).toBe(false)
  })

  it('can be dismissed, and stays dismissed in this browser', async () => {
    asBrowser(SAFARI)
    const first = mount(SafariStorageNote)
    await first.get('button').trigger('click')
    expect(first.find('[data-testid=safari-note]').exists()).toBe(false)
    expect(mount(SafariStorageNote).find('[data-testid=safari-note]').exists()).toBe(false)
  })
})
