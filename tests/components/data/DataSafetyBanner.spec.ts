import { beforeEach, describe, expect, it, vi } from 'vitest'
import DataSafetyBanner from '@/components/data/DataSafetyBanner.vue'
import { db } from '@/db/database'
import { useStorageHealth } from '@/stores/storageHealth'
import { loadData, sampleData } from '../../support/backupData'
import { resetDatabase } from '../../support/database'
import { mountWithRouter } from '../../support/mountWithRouter'

async function mountBanner(path = '/settings') {
  return (await mountWithRouter(DataSafetyBanner, path, { attach: false })).wrapper
}

beforeEach(async () => {
  await resetDatabase()
})

describe('DataSafetyBanner', () => {
  it('reminds when the last backup is more than four weeks old, except on the Data page', async () => {
    const data = sampleData()
    data.settings[0]!.lastBackupAt = Date.now() - 30 * 86_400_000
    await loadData(db, data)
    const wrapper = await mountBanner()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="backup-reminder"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('Your last backup is 30 days old.')
    expect(wrapper.get('a').attributes('href')).toBe('/data')
    const onData = await mountBanner('/data')
    await new Promise((r) => setTimeout(r, 20))
    expect(onData.find('[data-testid="backup-reminder"]').exists()).toBe(false)
  })

  it('stays quiet after a recent backup', async () => {
    const data = sampleData()
    data.settings[0]!.lastBackupAt = Date.now() - 2 * 86_400_000
    await loadData(db, data)
    const wrapper = await mountBanner()
    await new Promise((r) => setTimeout(r, 20))
    expect(wrapper.html()).not.toContain('backup')
  })

  it('shows a storage problem as an alert with a reload button', async () => {
    const wrapper = await mountBanner()
    useStorageHealth().report('Coach Role Planner was updated in another tab.')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[role="alert"]').text()).toContain('updated in another tab')
    expect(wrapper.get('button').text()).toBe('Reload')
  })
})
