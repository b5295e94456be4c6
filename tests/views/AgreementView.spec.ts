import { beforeEach, describe, expect, it, vi } from 'vitest'
import AgreementView from '@/views/AgreementView.vue'
import { db } from '@/db/database'
import { reviseAgreement } from '@/db/agreements'
import { updateTask } from '@/db/meeting'
import { saveSchool } from '@/db/repository'
import { shortFingerprint } from '@/domain/agreementSnapshot'
import { seedSchool, seedSignedVersion } from '../support/seed'
import { resetDatabase } from '../support/database'
import { mountWithRouter } from '../support/mountWithRouter'

async function mountView(path = '/agreement') {
  return mountWithRouter(AgreementView, path)
}

beforeEach(async () => {
  await resetDatabase()
  document.body.innerHTML = ''
})

describe('AgreementView', () => {
  it('points to the meeting when there is no agreement, and can start the draft itself', async () => {
    await seedSchool()
    const { wrapper } = await mountView()
    await vi.waitFor(() => expect(wrapper.text()).toContain('No agreement yet'))
    expect(wrapper.find('a[href="/meeting"]').text()).toBe('Go to the meeting')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Start a draft agreement here')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-status"]').exists()).toBe(true), { timeout: 4000 })
    expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('Draft')
    expect(await db.agreements.count()).toBe(1)
    expect(wrapper.find('#understanding-frequency').exists()).toBe(true)
  })

  it('shows a signed version read-only, offers Revise, and opens the version named in the address', async () => {
    const ids = await seedSchool()
    const signed = await seedSignedVersion(ids)
    const { wrapper, router } = await mountView()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('Signed'))
    expect(wrapper.findAll('textarea, input').length).toBe(0)
    expect(wrapper.text()).toContain('This version is read-only')
    expect(wrapper.findAll('button').some((b) => b.text() === 'Revise')).toBe(true)

    await reviseAgreement(signed.id)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('Draft'))
    expect(wrapper.findAll('button').some((b) => b.text() === 'Revise')).toBe(false)
    await router.replace({ query: { version: '1' } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('Signed'))
    // Version 1 is no longer the latest, so it cannot be revised a second time.
    expect(wrapper.findAll('button').some((b) => b.text() === 'Revise')).toBe(false)
  })

  it('shows a signed version from its snapshot with its fingerprint, whatever the tasks and school say later', async () => {
    const ids = await seedSchool()
    const signed = await seedSignedVersion(ids)
    const { wrapper } = await mountView()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('Signed'))
    const fingerprint = shortFingerprint(signed.fingerprint!)
    expect(wrapper.find('[data-testid="fingerprint"]').text()).toContain(fingerprint)
    expect(wrapper.find('[data-testid="bar-fingerprint"]').text()).toBe(fingerprint)
    expect(wrapper.find('.history').text()).toContain(`Fingerprint ${fingerprint}`)
    const before = wrapper.find('.agreement-document').text()
    expect(before).toContain('Leading PLCs')

    await updateTask(ids.tasks[2]!.id, { title: 'Leading professional learning communities', bucket: 'coaching', description: 'Weekly' })
    await updateTask(ids.tasks[0]!.id, { bucket: 'other' })
    await saveSchool({ ...(await db.schools.get(ids.schoolId))!, name: 'Lincoln Academy' })
    // Give the live queries time to deliver anything they would.
    await vi.waitFor(() => expect(wrapper.text()).toContain('Lincoln Academy'))
    await new Promise((r) => setTimeout(r, 100))
    expect(wrapper.find('.agreement-document').text()).toBe(before)
    expect(wrapper.find('.agreement-document').text()).not.toContain('Leading professional learning communities')
  })
})
