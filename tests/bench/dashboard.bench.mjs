/**
 * Dashboard benchmark (not a test): `npm run bench`.
 *
 * In headless Chromium against the built app, for two data sets:
 *   A. ten school years of logs for a coach at two schools (about 20,000 entries), and
 *   B. 100,000 entries in the school year shown (ten schools: a stress case),
 * it measures the time from opening the dashboard (school year, all schools) to its summary
 * figures being painted (the frame after they are in the page), and compares it with the fair
 * baseline: a raw IndexedDB `getAll` of the shown school year's own entries through the `date`
 * index, in the same page (no Dexie, no app code). Opening is an in-app navigation (the app
 * already running, as when a coach clicks "Dashboard"); a cold page load to the summary and to
 * all six charts drawn is reported too. Prints medians of several runs and the goals, met or not.
 *
 * Records are built by the tests' seed helpers and checked with the app's zod schemas (loaded
 * through Vite so the TypeScript sources run unchanged), then written straight to IndexedDB
 * together with the day totals the app keeps beside them (`dayTotalsOf`, as every write does).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, preview } from 'vite'
import { chromium } from 'playwright-core'

const root = fileURLToPath(new URL('../..', import.meta.url))
const RUNS = 7
const ACTIVE_YEAR = 2026

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const ms = (x) => `${x.toFixed(1)} ms`

async function loadSeedModules() {
  const vite = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  })
  const seed = await vite.ssrLoadModule('/tests/support/dashboardSeed.ts')
  const schemas = await vite.ssrLoadModule('/src/domain/schemas.ts')
  const dayTotals = await vite.ssrLoadModule('/src/domain/dayTotals.ts')
  return { vite, seed, schemas, dayTotals }
}

/** Settings, schools, school years (weeks from Monday) and entries for one data set. */
function buildDataSet({ seed, schemas, dayTotals }, { years, schools, extraRows, wholeYear }) {
  const now = Date.UTC(2026, 10, 1)
  const schoolRecords = Array.from({ length: schools }, (_, i) =>
    schemas.schoolSchema.parse({
      id: `school-${i + 1}`,
      name: `School ${String(i + 1).padStart(2, '0')}`,
      principalName: `Principal ${i + 1}`,
      createdAt: now,
      updatedAt: now,
    }),
  )
  const yearRecords = Array.from({ length: years }, (_, i) => {
    const y = ACTIVE_YEAR - years + 1 + i
    return schemas.schoolYearSchema.parse({
      id: `year-${y}`,
      label: `${y}–${String(y + 1).slice(-2)}`,
      startDate: `${y}-08-17`,
      endDate: `${y + 1}-06-11`,
      firstDayOfWeek: 1,
      markedWeeks: [],
      createdAt: now,
      updatedAt: now,
    })
  })
  const active = yearRecords[yearRecords.length - 1]
  const tasks = seed.seedTasks(now)
  const extraTasks = Array.from({ length: extraRows }, (_, i) =>
    schemas.taskSchema.parse({
      id: `extra-${i}`,
      title: `Extra task ${i + 1}`,
      description: '',
      bucket: ['coaching', 'learning', 'other'][i % 3],
      origin: 'custom',
      archived: false,
      sortOrder: 100 + i,
      createdAt: now,
      updatedAt: now,
    }),
  )
  const agreements = []
  const decisions = []
  for (const school of schoolRecords) {
    const a = seed.seedAgreement(school.id, active.id, now)
    agreements.push(a.agreement)
    decisions.push(...a.decisions)
  }
  const entries = []
  for (const year of yearRecords) {
    // Logs up to 20 Nov in the year shown (a term so far), whole years before it.
    const to = year === active && !wholeYear ? `${ACTIVE_YEAR}-11-20` : year.endDate
    for (const school of schoolRecords) {
      entries.push(...seed.seedEntries({ schoolId: school.id, from: year.startDate, to, now, idPrefix: year.id.slice(5) }))
      if (!extraRows) continue
      // Dense rows for the stress case: more tasks a day, a quarter hour each.
      for (const e of seed.seedEntries({ schoolId: school.id, from: year.startDate, to, now, idPrefix: 'x' })) {
        if (e.taskId !== 'task-cycles') continue
        for (const t of extraTasks) {
          entries.push(
            schemas.timeEntrySchema.parse({
              ...e,
              id: `${e.id.slice(0, 40)}-${t.id}`,
              taskId: t.id,
              bucket: t.bucket,
              rowKey: t.id,
              hours: 0.25,
            }),
          )
        }
      }
    }
  }
  const settings = schemas.settingsSchema.parse({
    id: 'app',
    coachName: 'Bench Coach',
    defaultTargets: { coachingPct: 60, learningPct: 10 },
    activeSchoolId: schoolRecords[0].id,
    activeSchoolYearId: active.id,
    lastBackupAt: now,
    createdAt: now,
    updatedAt: now,
  })
  // The day totals the app keeps beside the entries (written in the same transaction as each entry).
  return {
    settings,
    schools: schoolRecords,
    schoolYears: yearRecords,
    tasks: [...tasks, ...extraTasks],
    agreements,
    decisions,
    entries,
    dayTotals: dayTotals.dayTotalsOf(entries),
    active,
  }
}

async function seedDatabase(page, data) {
  const put = (store, records) =>
    page.evaluate(
      async ({ store, records }) => {
        const db = await new Promise((resolve, reject) => {
          const r = indexedDB.open('coach-role-planner')
          r.onsuccess = () => resolve(r.result)
          r.onerror = () => reject(r.error)
        })
        await new Promise((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite')
          for (const rec of records) tx.objectStore(store).put(rec)
          tx.oncomplete = resolve
          tx.onerror = () => reject(tx.error)
        })
        db.close()
      },
      { store, records },
    )
  await put('settings', [data.settings])
  for (const [store, records] of Object.entries({
    schools: data.schools,
    schoolYears: data.schoolYears,
    tasks: data.tasks,
    agreements: data.agreements,
    decisions: data.decisions,
  }))
    await put(store, records)
  for (let i = 0; i < data.entries.length; i += 10_000) await put('timeEntries', data.entries.slice(i, i + 10_000))
  await put('dayTotals', data.dayTotals)
}

/** In-app navigation to a path; resolves with the ms until `selector` is in the page. */
function navigateAndTime(page, path, selector) {
  return page.evaluate(
    ({ path, selector }) =>
      new Promise((resolve) => {
        const t0 = performance.now()
        // Painted: the frame after the figures are in the page has been drawn.
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0))
        const done = () => {
          if (document.querySelector(selector)) {
            observer.disconnect()
            painted()
            return true
          }
          return false
        }
        const observer = new MutationObserver(done)
        observer.observe(document.body, { childList: true, subtree: true, attributes: true })
        history.pushState({}, '', path)
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
        // Already there (same page): nothing will change, so check once now.
        queueMicrotask(() => {
          if (location.pathname + location.search === path) setTimeout(done, 0)
        })
      }),
    { path, selector },
  )
}

/** Back on Settings with the dashboard gone, and the page idle again (as before a coach's click). */
async function leaveDashboard(page) {
  await navigateAndTime(page, '/settings', 'h1')
  await page.waitForFunction(
    () =>
      location.pathname === '/settings' &&
      !document.querySelector('[data-testid="dashboard-summary"]') &&
      document.querySelector('h1')?.textContent?.includes('Settings'),
  )
  await page.waitForTimeout(300)
  // Start every measurement from a collected heap, so one run's garbage is not the next one's pause.
  await page.evaluate(() => window.gc?.())
}

async function measure(context, baseURL, data, label) {
  const page = await context.newPage()
  await page.goto(`${baseURL}/settings`)
  await seedDatabase(page, data)
  await page.reload()
  await page.getByRole('heading', { level: 1 }).waitFor()
  const { startDate, endDate } = data.active
  const dashboardPath = '/dashboard?period=year&school=all'

  const open = []
  const charts = []
  const raw = []
  let rows = 0
  let dayTotals = 0
  let summaryText = ''
  // Opens first, raw reads after: each kind of run starts from a quiet page and database, not
  // from the other's garbage and disk work. The first run of each warms caches and is not counted.
  for (let i = 0; i < RUNS + 1; i++) {
    await leaveDashboard(page)
    const t = await navigateAndTime(page, dashboardPath, '[data-testid="dashboard-summary"] .figure__value')
    const c = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now()
          const tick = () =>
            document.querySelectorAll('.chart canvas').length >= 6 ? resolve(performance.now() - t0) : requestAnimationFrame(tick)
          tick()
        }),
    )
    summaryText = (await page.locator('[data-figure="ytd"] .figure__value').textContent()) ?? ''
    if (i > 0) {
      open.push(t)
      charts.push(t + c)
    }
  }
  // The raw reads run on a page without the dashboard, like the dashboard's own first read.
  await leaveDashboard(page)
  for (let i = 0; i < RUNS + 1; i++) {
    await page.waitForTimeout(300)
    await page.evaluate(() => window.gc?.())
    const r = await page.evaluate(
      async ({ startDate, endDate }) => {
        const db = await new Promise((resolve, reject) => {
          const q = indexedDB.open('coach-role-planner')
          q.onsuccess = () => resolve(q.result)
          q.onerror = () => reject(q.error)
        })
        const tx = db.transaction(['timeEntries', 'dayTotals'], 'readonly')
        const range = IDBKeyRange.bound(startDate, endDate)
        const t0 = performance.now()
        const list = await new Promise((resolve, reject) => {
          const q = tx.objectStore('timeEntries').index('date').getAll(range)
          q.onsuccess = () => resolve(q.result)
          q.onerror = () => reject(q.error)
        })
        const elapsed = performance.now() - t0
        const totals = await new Promise((resolve) => {
          const q = tx.objectStore('dayTotals').index('date').count(range)
          q.onsuccess = () => resolve(q.result)
        })
        db.close()
        return { elapsed, count: list.length, totals }
      },
      { startDate, endDate },
    )
    if (i === 0) continue
    raw.push(r.elapsed)
    rows = r.count
    dayTotals = r.totals
  }

  const cold = []
  const coldCharts = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`${baseURL}${dashboardPath}`)
    await page.locator('[data-testid="dashboard-summary"] .figure__value').first().waitFor()
    cold.push(
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))),
    )
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 6)
    coldCharts.push(await page.evaluate(() => performance.now()))
  }
  await page.close()
  const result = {
    label,
    stored: data.entries.length,
    rows,
    open: median(open),
    raw: median(raw),
    charts: median(charts),
    cold: median(cold),
    coldCharts: median(coldCharts),
    summaryText,
  }
  const n = (x) => x.toLocaleString('en-US')
  console.log(`\n${label}`)
  console.log(
    `  entries stored: ${n(result.stored)}; in the school year shown: ${n(rows)}, summarised by ${n(dayTotals)} day totals the dashboard reads`,
  )
  console.log(`  raw IndexedDB getAll of the school year's entries: ${ms(result.raw)}`)
  console.log(`  open dashboard → summary figures painted: ${ms(result.open)}   ratio ${(result.open / result.raw).toFixed(2)}×`)
  console.log(`  open dashboard → all six charts drawn:    ${ms(result.charts)}`)
  console.log(`  cold page load → summary figures painted: ${ms(result.cold)}; all six charts drawn: ${ms(result.coldCharts)}`)
  console.log(`  (year-to-date coaching shown: ${summaryText?.trim()})`)
  return result
}

async function main() {
  const modules = await loadSeedModules()
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  const baseURL = `http://127.0.0.1:${address.port}`
  const results = []
  try {
    for (const [label, options] of [
      ['A. 10 school years, 2 schools (~20,000 entries)', { years: 10, schools: 2, extraRows: 3, wholeYear: false }],
      [
        'B. 100,000 entries in the school year shown (10 schools, 50 rows a day each: a stress case)',
        { years: 1, schools: 10, extraRows: 48, wholeYear: true },
      ],
    ]) {
      const data = buildDataSet(modules, options)
      const dir = await mkdtemp(join(tmpdir(), 'crp-bench-'))
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--js-flags=--expose-gc'],
        viewport: { width: 1280, height: 860 },
        locale: 'en-US',
        timezoneId: 'America/Chicago',
        reducedMotion: 'reduce',
      })
      try {
        results.push(await measure(context, baseURL, data, label))
      } finally {
        await context.close()
        await rm(dir, { recursive: true, force: true })
      }
    }
  } finally {
    await server.close()
    await modules.vite.close()
  }
  const [a, b] = results
  const verdict = (ok) => (ok ? 'met' : 'NOT met')
  console.log('\nGoals:')
  console.log(
    `  A. open ≤ 1.5× the raw read of the year's entries: ${ms(a.open)} vs ${ms(a.raw)} = ${(a.open / a.raw).toFixed(2)}× (${verdict(a.open <= 1.5 * a.raw)})`,
  )
  console.log(
    `  B. 100,000 entries: summary painted in under 500 ms: ${ms(b.open)} (${verdict(b.open < 500)}); ratio to the raw read ${(b.open / b.raw).toFixed(2)}×`,
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
