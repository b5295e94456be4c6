// @vitest-environment node
/**
 * Issue 13: per policy, the report PDF's text and the principal's CSV hold exactly what the
 * policy allows: the policy stated on page one, task names only where allowed, never notes.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderTimeReportPdf } from '@/pdf/timeReport'
import { principalCsv, PRINCIPAL_HEADER, TASKS_COLUMN } from '@/export/csv'
import { POLICY_LABELS, POLICY_STATEMENTS, type Confidentiality } from '@/domain/agreementSections'
import type { PrincipalReport } from '@/domain/report'
import { readPdf, testFonts } from '../support/pdfDocument'
import { confidentiality, LOGGED_TITLES, LUNCH, reportUnder } from '../support/reportPolicies'

async function pdfPages(report: PrincipalReport): Promise<string[]> {
  const { bytes } = await renderTimeReportPdf(report, null, testFonts)
  return (await readPdf(bytes)).pages.map((p) => p.replace(/\s+/g, ' '))
}
const csvRows = (report: PrincipalReport) => Papa.parse<string[]>(principalCsv(report).slice(1), { skipEmptyLines: true }).data
/** Task names found in a text; the PDF wraps lines, so compare without spaces. */
const squash = (s: string) => s.replace(/\s+/g, '')
const namesIn = (text: string) => LOGGED_TITLES.filter((t) => squash(text).includes(squash(t)) || squash(text).includes(squash(`'${t}`)))

async function documents(policy: Confidentiality | null, chosen: string[] = []) {
  const { report, notes } = reportUnder(policy, chosen)
  const pages = await pdfPages(report)
  const rows = csvRows(report)
  return { report, notes, pages, pdf: pages.join('\n'), rows, csv: rows.map((r) => r.join('|')).join('\n') }
}

function expectNoNotes(d: Awaited<ReturnType<typeof documents>>) {
  for (const note of d.notes) {
    expect(squash(d.pdf)).not.toContain(squash(note))
    expect(d.csv).not.toContain(note)
  }
}

describe('report PDF and principal’s CSV per policy', { timeout: 60_000 }, () => {
  it('“what and with whom”: the policy on page one; task names in both; weeks up to today only', async () => {
    const d = await documents(confidentiality('what-and-whom'))
    expect(squash(d.pages[0]!)).toContain(squash(POLICY_LABELS['what-and-whom']))
    expect(squash(d.pages[0]!)).toContain(squash(POLICY_STATEMENTS['what-and-whom']))
    expect(squash(d.pages[0]!)).toContain(squash('14 of 14 school weeks logged'))
    expect(namesIn(d.pdf).sort()).toEqual([...LOGGED_TITLES].sort())
    expect(d.rows[0]).toEqual([...PRINCIPAL_HEADER, TASKS_COLUMN])
    expect(namesIn(d.csv).sort()).toEqual([...LOGGED_TITLES].sort())
    // No week after today (27 Nov): the last row is the Thanksgiving week.
    expect(d.rows.at(-1)!.slice(0, 4)).toEqual(['2026-11-23', '2026-11-29', 'Lincoln Elementary', 'Holiday'])
    expect(d.pdf).not.toMatch(/30 Nov|Dec 2026 – /)
    expectNoNotes(d)
  })

  it('“the coach shares nothing”: buckets, shares, flags and drift hours; no task name in either', async () => {
    const d = await documents(confidentiality('nothing-shared'))
    expect(squash(d.pages[0]!)).toContain(squash(POLICY_LABELS['nothing-shared']))
    expect(squash(d.pages[0]!)).toContain(squash(POLICY_STATEMENTS['nothing-shared']))
    expect(squash(d.pages[0]!)).toContain(squash('It names no task.'))
    expect(namesIn(d.pdf)).toEqual([])
    expect(d.rows[0]).toEqual([...PRINCIPAL_HEADER])
    expect(namesIn(d.csv)).toEqual([])
    // What it does carry: flags and drift hours.
    expect(d.pdf).toContain('Drift: time on won’t-do tasks')
    expect(d.rows.some((r) => r[12]!.includes('is below the'))).toBe(true)
    expect(d.rows.some((r) => Number(r[13]) > 0)).toBe(true)
    expectNoNotes(d)
  })

  it('“the coach shares nothing” with a title the coach picked: that name only', async () => {
    const d = await documents(confidentiality('nothing-shared'), [LUNCH])
    expect(namesIn(d.pdf)).toEqual([LUNCH])
    expect(d.rows[0]).toContain(TASKS_COLUMN)
    expect(namesIn(d.csv)).toEqual([LUNCH])
    expectNoNotes(d)
  })

  it('“own policy”: the coach’s words on page one, and the contents chosen with the agreement', async () => {
    const none = await documents(confidentiality('own', 'none'))
    expect(squash(none.pages[0]!)).toContain(squash('Our own words: who I coach stays with me.'))
    expect(namesIn(none.pdf)).toEqual([])
    expect(namesIn(none.csv)).toEqual([])
    const all = await documents(confidentiality('own', 'all'))
    expect(namesIn(all.pdf).sort()).toEqual([...LOGGED_TITLES].sort())
    expect(namesIn(all.csv).sort()).toEqual([...LOGGED_TITLES].sort())
    expectNoNotes(none)
    expectNoNotes(all)
  })
})
