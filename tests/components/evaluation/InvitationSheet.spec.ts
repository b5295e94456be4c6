import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import InvitationSheet from '@/components/evaluation/InvitationSheet.vue'
import { exportPublicKey, generateCoachKeyPair } from '@/domain/evaluation/coachKeys'
import { decodeInvitation, type Invitation } from '@/domain/evaluation/invitation'
import { defaultForm } from '@/domain/evaluation/itemBank'

const publicKey = await exportPublicKey((await generateCoachKeyPair()).publicKey)
const props: Invitation = {
  roundId: 'round-spring',
  roundLabel: 'Spring 2027',
  closingDate: '2027-04-30',
  group: 'teacher',
  coachPublicKey: publicKey,
  form: defaultForm(),
}

afterEach(() => vi.unstubAllGlobals())

describe('InvitationSheet', () => {
  it('shows the respond link for the round, which opens the same invitation', () => {
    const w = mount(InvitationSheet, { props })
    const input = w.get<HTMLInputElement>('input#invitation-link-teacher')
    expect(input.attributes('readonly')).toBeDefined()
    expect(w.get('label[for="invitation-link-teacher"]').text()).toBe('Invitation link for teachers')
    const link = input.element.value
    expect(link.startsWith(`${location.origin}/respond#i=1.`)).toBe(true)
    const decoded = decodeInvitation(new URL(link).hash)
    expect(decoded.ok && decoded.invitation.roundLabel).toBe('Spring 2027')
    expect(w.text()).toContain('answer by Apr 30, 2027')
    expect(w.text()).toContain('Your answers are anonymous.')
  })

  it('draws the link as a QR code in the page’s own SVG, with a text alternative', () => {
    const w = mount(InvitationSheet, { props: { ...props, group: 'administrator' } })
    const svg = w.get('svg[data-testid="invitation-qr"]')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('QR code of the invitation link for the administrator')
    const size = Number(svg.attributes('viewBox')!.split(' ')[2])
    // A version 1 code is 21 modules; this link needs a larger one, plus the quiet zone of 4 on each side.
    expect(size).toBeGreaterThan(21 + 8)
    const d = svg.get('path').attributes('d')!
    expect(d).toMatch(/^M4 4h7v1h-7z/) // the top-left finder pattern starts the first row
    expect(svg.html()).not.toContain('style')
    expect(w.text()).not.toContain('anonymous')
  })

  it('copies the link, and says how to copy it when the browser refuses', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const w = mount(InvitationSheet, { props, attachTo: document.body })
    await w.get('button:first-of-type').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(w.get<HTMLInputElement>('input').element.value)
    expect(w.get('[data-testid="copy-message"]').text()).toBe('Link copied. Paste it into an email or a message.')

    writeText.mockImplementationOnce(() => Promise.reject(new Error('NotAllowedError')))
    await w.get('button:first-of-type').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="copy-message"]').text()).toContain('press Ctrl+C')
    expect(document.activeElement).toBe(w.get('input').element)
    w.unmount()
  })

  it('prints only this sheet', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const w = mount(InvitationSheet, { props, attachTo: document.body })
    await w
      .findAll('button')
      .find((b) => b.text() === 'Print the sheet')!
      .trigger('click')
    expect(print).toHaveBeenCalledTimes(1)
    expect(document.documentElement.classList.contains('printing-invitation')).toBe(true)
    expect(w.get('section').classes()).toContain('printing-invitation')
    window.dispatchEvent(new Event('afterprint'))
    expect(document.documentElement.classList.contains('printing-invitation')).toBe(false)
    w.unmount()
  })
})
