import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import BackupPanel from '@/components/data/BackupPanel.vue'
import { db } from '@/db/database'
import { useAppStore } from '@/stores/app'
import { loadData, sampleData } from '../../support/backupData'
import { resetDatabase } from '../../support/database'

function mountPanel() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(BackupPanel, { global: { plugins: [pinia] }, attachTo: document.body })
}

beforeEach(async () => {
  await resetDatabase()
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('BackupPanel', () => {
  it('downloads a dated backup file and records when', async () => {
    const data = sampleData()
    data.settings[0]!.lastBackupAt = Date.now() - 35 * 86_400_000
    await loadData(db, data)
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup')
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const wrapper = mountPanel()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="backup-due"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="backup-due"]').text()).toMatch(/more than four weeks ago/)
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled())
    const blob = created.mock.calls[0]![0] as Blob
    expect(JSON.parse(await blob.text()).data.schools).toHaveLength(2)
    expect(useAppStore().status?.text).toMatch(/^Backup saved as coach-role-planner-backup-\d{4}-\d{2}-\d{2}\.json \(76 records\)/)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="last-backup"]').text()).toMatch(/^Last backup: /))
  })

  it('checks the passphrase before protecting the file', async () => {
    await loadData(db, sampleData())
    const wrapper = mountPanel()
    await wrapper.get('#backup-protect').setValue(true)
    await wrapper.get('#backup-passphrase').setValue('short')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#backup-passphrase-error').text()).toContain('at least 8 characters')
    expect(wrapper.get('#backup-passphrase').attributes('aria-invalid')).toBe('true')
    await wrapper.get('#backup-passphrase').setValue('long enough now')
    await wrapper.get('#backup-repeat').setValue('long enough no')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#backup-repeat-error').text()).toContain('not the same')
    expect((await db.settings.get('app'))!.lastBackupAt).toBe(sampleData().settings[0]!.lastBackupAt)
  })
})
