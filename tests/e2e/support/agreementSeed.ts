import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/**
 * Writes tasks and their decisions for the current draft straight into IndexedDB, the way
 * the meeting would, then reloads so the app reads them. Every task already on the device
 * gets a decision too, so only `openTitle` is left open.
 */
export async function seedMeetingDecisions(page: Page, openTitle = 'Overseeing state testing'): Promise<void> {
  await page.evaluate(async (openTitle) => {
    const request = indexedDB.open('coach-role-planner')
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = idb.transaction(store).objectStore(store).getAll()
        r.onsuccess = () => resolve(r.result as T[])
        r.onerror = () => reject(r.error)
      })
    const agreements = await all<{ id: string; status: string }>('agreements')
    const draft = agreements.find((a) => a.status === 'draft')
    if (!draft) throw new Error('no draft agreement to seed')
    const existing = await all<{ id: string; title: string; bucket: string }>('tasks')
    // Decisions the meeting may already have written for this draft: replace them in place.
    const earlier = new Map(
      (await all<{ id: string; agreementId: string; taskId: string }>('decisions'))
        .filter((d) => d.agreementId === draft.id)
        .map((d) => [d.taskId, d.id]),
    )
    const now = Date.now()
    const mine = [
      ['Impact cycles with teachers', 'coaching', 'will', 22, ''],
      ['Modelling lessons in classrooms', 'coaching', 'will', 4, ''],
      ['Coach’s own professional learning', 'learning', 'will', 4, ''],
      ['Leading PLCs', 'other', 'wont', null, 'Grade-level leads — Zoë Lindqvist'],
      ['Lunch and bus duty', 'other', 'wont', null, 'Rotating staff schedule'],
      [openTitle, 'other', 'discuss', null, ''],
    ] as const
    const tx = idb.transaction(['tasks', 'decisions'], 'readwrite')
    let order = 1000
    const decide = (taskId: string, choice: string, hours: number | null, insteadBy: string) =>
      tx.objectStore('decisions').put({
        id: earlier.get(taskId) ?? crypto.randomUUID(),
        agreementId: draft.id,
        taskId,
        choice,
        note: '',
        insteadBy,
        weeklyHours: hours,
        decidedAt: choice === 'undecided' ? null : now,
        createdAt: now,
        updatedAt: now,
      })
    for (const t of existing)
      decide(t.id, t.bucket === 'other' ? 'wont' : 'will', t.bucket === 'other' ? null : 0, t.bucket === 'other' ? 'Office staff' : '')
    for (const [title, bucket, choice, hours, insteadBy] of mine) {
      const id = crypto.randomUUID()
      tx.objectStore('tasks').put({
        id,
        title,
        description: '',
        bucket,
        origin: 'custom',
        archived: false,
        sortOrder: order++,
        createdAt: now,
        updatedAt: now,
      })
      decide(id, choice, hours, insteadBy)
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    idb.close()
  }, openTitle)
  await page.reload()
}

/** Changes one decision of the current draft the way the meeting would, then reloads. */
export async function changeDraftDecision(
  page: Page,
  taskTitle: string,
  change: { choice: string; weeklyHours: number | null; insteadBy: string },
): Promise<void> {
  await page.evaluate(
    async ({ taskTitle, change }) => {
      const request = indexedDB.open('coach-role-planner')
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const r = idb.transaction(store).objectStore(store).getAll()
          r.onsuccess = () => resolve(r.result as T[])
          r.onerror = () => reject(r.error)
        })
      const draft = (await all<{ id: string; status: string }>('agreements')).find((a) => a.status === 'draft')
      const task = (await all<{ id: string; title: string }>('tasks')).find((t) => t.title === taskTitle)
      const decision = (await all<{ agreementId: string; taskId: string }>('decisions')).find(
        (d) => d.agreementId === draft?.id && d.taskId === task?.id,
      )
      if (!decision) throw new Error(`no draft decision for ${taskTitle}`)
      const tx = idb.transaction('decisions', 'readwrite')
      tx.objectStore('decisions').put({ ...decision, ...change, updatedAt: Date.now() })
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      idb.close()
    },
    { taskTitle, change },
  )
  await page.reload()
}

/**
 * Opens the Agreement page with a draft in place. The meeting page creates the draft when it
 * is first visited; if it has not, the Agreement page's own empty state (checked with axe)
 * starts it. Returns whether the empty state was seen.
 */
export async function openDraftAgreementPage(page: Page, onEmpty?: () => Promise<void>): Promise<boolean> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreement' }).click()
  const empty = page.getByRole('heading', { name: 'No agreement yet' })
  const status = page.getByTestId('agreement-status')
  await empty.or(status).first().waitFor()
  if (!(await empty.isVisible())) return false
  await onEmpty?.()
  await page.getByRole('button', { name: 'Start a draft agreement here' }).click()
  await status.waitFor()
  return true
}

/** The number in the "The coach will do (n)" heading. */
export async function willCount(page: Page): Promise<number> {
  const text = await page
    .getByRole('heading', { name: /The coach will do \(\d+\)/ })
    .first()
    .textContent()
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN)
}

/** Marks every partnership principle agreed and chooses "what and with whom", as signing asks, through the page. */
export async function decidePrinciplesAndPolicy(page: Page): Promise<void> {
  for (const p of ['Equality', 'Choice', 'Voice', 'Dialogue', 'Reflection', 'Praxis', 'Reciprocity']) {
    await page
      .getByRole('group', { name: new RegExp(`^${p} \\(`) })
      .getByRole('radio', { name: 'Agreed', exact: true })
      .check()
  }
  await page.getByRole('radio', { name: /shares what they work on and with whom/ }).check()
  for (const id of ['principles', 'confidentiality']) {
    await expect.poll(() => page.getByTestId(`save-state-${id}`).textContent(), { timeout: 10_000 }).toContain('Saved')
  }
}
