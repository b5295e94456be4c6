import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import RestorePanel from '@/components/data/RestorePanel.vue'
import { db } from '@/db/database'
import { dumpDatabase } from '@/db/backup'
import { encryptBackup } from '@/domain/backup'
import { useAppStore } from '@/stores/app'
import { backupText, loadData, sampleData } from '../../support/backupData'
import { resetDatabase } from '../../support/database'

function mountPanel() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(RestorePanel, { global: { plugins: [pinia] }, attachTo: document.body })
}

async function choose(wrapper: VueWrapper, text: string, name = 'backup.json') {
  const input = wrapper.get<HTMLInputElement>('#restore-file')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
}

beforeEach(async () => {
  await resetDatabase()
  document.body.innerHTML = ''
})

describe('RestorePanel', () => {
  it('previews a backup on an empty device and restores it in one step', async () => {
    const wrapper = mountPanel()
    await choose(wrapper, backupText())
    await vi.waitFor(() => expect(wrapper.find('[data-testid="restore-preview"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('What backup.json holds')
    expect(wrapper.text()).toContain('for Renée Okafor, with Lincoln Elementary, Washington Middle School')
    expect(wrapper.find('#mode-merge').exists()).toBe(false)
    expect(wrapper.get('[data-testid="preview-timeEntries"]').text()).toMatch(/Time entries\s*25\s*25/)
    await wrapper.get('button.btn-primary').trigger('click')
    await vi.waitFor(() => expect(wrapper.emitted('restored')).toHaveLength(1))
    expect(await dumpDatabase()).toEqual(sampleData())
    expect(useAppStore().status?.text).toMatch(/^Restored backup.json: 76 added/)
  })

  it('offers merge by default on a device with data, and replace with a warning', async () => {
    await loadData(db, sampleData())
    const data = sampleData()
    data.schools[0] = { ...data.schools[0]!, name: 'Lincoln Elementary School', updatedAt: data.schools[0]!.updatedAt + 1 }
    data.weekNotes.pop()
    const wrapper = mountPanel()
    await choose(wrapper, backupText(data))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="restore-preview"]').exists()).toBe(true))
    expect(wrapper.get<HTMLInputElement>('#mode-merge').element.checked).toBe(true)
    expect(wrapper.get('[data-testid="preview-schools"]').text()).toMatch(/Schools\s*2\s*0\s*1\s*1/)
    await wrapper.get('#mode-replace').setValue(true)
    expect(wrapper.get('[data-testid="preview-summary"]').text()).toContain('1 record now on this device will be deleted')
    expect(wrapper.get('button.btn-primary').text()).toBe('Replace everything on this device')
    await wrapper.get('#mode-merge').setValue(true)
    await wrapper.get('button.btn-primary').trigger('click')
    await vi.waitFor(() => expect(wrapper.emitted('restored')).toHaveLength(1))
    const after = await dumpDatabase()
    expect(after.schools.find((s) => s.id === data.schools[0]!.id)!.name).toBe('Lincoln Elementary School')
    expect(after.weekNotes).toHaveLength(2)
  })

  it('names the first problem of a bad file and changes nothing', async () => {
    await loadData(db, sampleData())
    const before = await dumpDatabase()
    const wrapper = mountPanel()
    await choose(wrapper, backupText().replace('"hours":3.5', '"hours":-3.5'), 'edited.json')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="restore-problem"]').exists()).toBe(true))
    const problem = wrapper.get('[data-testid="restore-problem"]').text()
    expect(problem).toContain('edited.json was not restored; nothing on this device has changed.')
    expect(problem).toContain('In time entry 1, field “hours”: Hours must be more than zero.')
    // The place in the file is for whoever made it: folded away behind "details", not in the sentence.
    expect(problem.split('Details for whoever made the file')[0]).not.toContain('data.timeEntries')
    expect(wrapper.get('[data-testid="restore-problem"] details').text()).toContain('Where in the file: data.timeEntries[0].hours')
    expect(wrapper.find('[data-testid="restore-preview"]').exists()).toBe(false)
    expect(await dumpDatabase()).toEqual(before)
  })

  it('asks for the passphrase of a protected backup and says when it is wrong', async () => {
    const envelope = await encryptBackup(
      backupText(),
      'the right passphrase',
      { appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z' },
      2_000,
    )
    const wrapper = mountPanel()
    await choose(wrapper, JSON.stringify(envelope), 'protected.json')
    await vi.waitFor(() => expect(wrapper.find('#restore-passphrase').exists()).toBe(true))
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#restore-passphrase-error').text()).toContain('Enter the passphrase')
    await wrapper.get('#restore-passphrase').setValue('the wrong passphrase')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#restore-passphrase-error').text()).toContain('does not open this backup'))
    await wrapper.get('#restore-passphrase').setValue('the right passphrase')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="restore-preview"]').exists()).toBe(true))
    await flushPromises()
  })
})

describe('RestorePanel drop zone', () => {
  it('reads a file dropped on it', async () => {
    const wrapper = mountPanel()
    const zone = wrapper.get('[data-testid="drop-zone"]')
    await zone.trigger('dragover')
    expect(zone.classes()).toContain('drop--active')
    const drop = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File([backupText()], 'dropped.json')] } })
    zone.element.dispatchEvent(drop)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="restore-preview"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('What dropped.json holds')
    expect(zone.classes()).not.toContain('drop--active')
  })
})
