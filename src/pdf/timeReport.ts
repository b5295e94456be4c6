/**
 * The principal's time report as a PDF (jsPDF + jspdf-autotable, loaded on demand with this
 * module). It draws only a `PrincipalReport` (see domain/report.ts), which carries what the
 * agreed confidentiality policy allows and nothing else, plus an image of the weekly chart.
 */
import { jsPDF } from 'jspdf'
import { autoTable, type RowInput } from 'jspdf-autotable'
import { BUCKETS, BUCKET_LABELS } from '@/domain/buckets'
import { formatLongDate } from '@/domain/dates'
import { formatHours } from '@/domain/hours'
import { formatPercent, ROLLING_WEEKS } from '@/domain/shares'
import { STATUS_LABELS } from '@/domain/flags'
import type { PrincipalReport, ReportShares } from '@/domain/report'
import type { ChartPalette } from '@/components/dashboard/chartOptions'
import { addPdfFonts, loadPdfFonts, PDF_FONT, type PdfFonts } from './pdfFonts'

const MARGIN = 15
const pct = (s: ReportShares, b: (typeof BUCKETS)[number]) => (s.percent ? formatPercent(s.percent[b]) : '–')
const hoursAndPct = (s: ReportShares, b: (typeof BUCKETS)[number]) => `${formatHours(s.hours[b])} h (${pct(s, b)})`
const status = (s: ReportShares) => `${s.status === 'below-target' ? '⚠ ' : s.status === 'on-target' ? '✓ ' : ''}${STATUS_LABELS[s.status]}`

export interface ReportImage {
  /** A PNG data URL. */
  dataUrl: string
  /** Width / height of the image. */
  aspect: number
}

/** Builds the report PDF; returns the document's bytes as a Blob. */
export async function timeReportPdf(report: PrincipalReport, chart: ReportImage | null, palette: ChartPalette): Promise<Blob> {
  return renderTimeReportPdf(report, chart, palette, await loadPdfFonts()).output('blob')
}

/** The report as a jsPDF document, with the fonts given (tests pass them from disk). */
export function renderTimeReportPdf(report: PrincipalReport, chart: ReportImage | null, palette: ChartPalette, fonts: PdfFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
  addPdfFonts(doc, fonts)
  doc.setProperties({ title: `${report.title}: ${report.scope}, ${report.period}`, subject: 'Coaching time by bucket and task', creator: 'Coach Role Planner' })
  const pageWidth = doc.internal.pageSize.getWidth()
  const pageHeight = doc.internal.pageSize.getHeight()
  const width = pageWidth - 2 * MARGIN
  let y = MARGIN

  const ensureRoom = (needed: number) => { if (y + needed > pageHeight - MARGIN) { doc.addPage(); y = MARGIN } }
  const text = (value: string, size: number, style: 'normal' | 'bold' = 'normal', gap = 1.5) => {
    doc.setFont(PDF_FONT, style).setFontSize(size).setTextColor(palette.ink)
    const lines = doc.splitTextToSize(value, width) as string[]
    const lineHeight = size * 0.42
    ensureRoom(lines.length * lineHeight)
    doc.text(lines, MARGIN, y + size * 0.35)
    y += lines.length * lineHeight + gap
  }
  const heading = (value: string) => { ensureRoom(20); y += 3; text(value, 13, 'bold', 1) }
  const table = (head: string[], body: RowInput[], columnStyles: Record<number, { halign?: 'right' | 'left'; cellWidth?: number | 'auto' }> = {}) => {
    autoTable(doc, {
      startY: y, head: [head], body, margin: { left: MARGIN, right: MARGIN },
      styles: { font: PDF_FONT, fontSize: 8.5, cellPadding: 1.4, textColor: palette.ink, lineColor: palette.border, lineWidth: 0.1 },
      headStyles: { fillColor: palette.surfaceMuted, textColor: palette.ink, fontStyle: 'bold' },
      columnStyles,
    })
    y = ((doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? y) + 4
  }
  const right = { halign: 'right' as const }

  // Title block
  text(report.title, 18, 'bold', 2)
  text(`${report.scope} · ${report.period}`, 11, 'bold')
  text(`School year ${report.schoolYear}. Coach: ${report.coachName}. Principal: ${report.principalNames.join(', ') || '–'}. Made on ${formatLongDate(report.generatedOn)}.`, 9.5)
  text(`Targets: at least ${report.targets.coachingPct}% of logged time coaching teachers and at least ${report.targets.learningPct}% on the coach’s own professional learning.`, 9.5)
  heading('Confidentiality, as agreed')
  for (const line of report.policy.lines) text(`${line.school ? `${line.school}: ` : ''}${line.label}. ${line.statement}`, 9.5)
  text(report.policy.carries, 9.5, 'bold', 3)

  heading('At a glance')
  text(report.coverage.text, 9.5, 'normal', 2)
  const rolling = report.rolling
  table(['', BUCKET_LABELS.coaching, BUCKET_LABELS.learning, BUCKET_LABELS.other, 'Hours', 'Status'], [
    rolling ? [`Last ${rolling.weeks} school weeks (${rolling.loggedWeeks} logged)`, pct(rolling.shares, 'coaching'), pct(rolling.shares, 'learning'), pct(rolling.shares, 'other'), formatHours(rolling.shares.total), status(rolling.shares)]
      : [`Last ${ROLLING_WEEKS} school weeks`, '–', '–', '–', '0', 'Nothing logged'],
    [`Year to date (${report.yearToDate.loggedWeeks} of ${report.yearToDate.weeks} school weeks logged)`, pct(report.yearToDate.shares, 'coaching'), pct(report.yearToDate.shares, 'learning'), pct(report.yearToDate.shares, 'other'), formatHours(report.yearToDate.shares.total), status(report.yearToDate.shares)],
    [`This period (${report.coverage.loggedSchoolWeeks} of ${report.coverage.schoolWeeks} school weeks logged)`, pct(report.periodShares, 'coaching'), pct(report.periodShares, 'learning'), pct(report.periodShares, 'other'), formatHours(report.periodShares.total), status(report.periodShares)],
  ], { 1: right, 2: right, 3: right, 4: right })
  text(report.summaries.rolling, 9)
  text(report.summaries.rollingRule, 8.5)
  text(report.summaries.yearToDate, 9)

  heading('Week by week')
  text(report.summaries.weekly, 9, 'normal', 2)
  if (chart) {
    const imageHeight = Math.min(width / chart.aspect, 95)
    ensureRoom(imageHeight + 12)
    doc.addImage(chart.dataUrl, 'PNG', MARGIN, y, imageHeight * chart.aspect, imageHeight)
    y += imageHeight + 2
    text(`Each line is one share per week, drawn against its own target line. A gap in a line is a week with nothing logged.`, 7.5, 'normal', 3)
  }
  table(['Week', 'Type', BUCKET_LABELS.coaching, BUCKET_LABELS.learning, BUCKET_LABELS.other, 'Total h', 'Status'],
    report.weeks.map((w) => [w.range, w.kind, hoursAndPct(w.shares, 'coaching'), hoursAndPct(w.shares, 'learning'), hoursAndPct(w.shares, 'other'), formatHours(w.shares.total),
      [status(w.shares), ...w.flags].join('\n')]),
    { 2: right, 3: right, 4: right, 5: right })

  heading('Planned and logged')
  text(report.summaries.plan, 9, 'normal', 2)
  if (report.plan.hasPlan) {
    table(['Bucket', 'Planned h a week', 'Logged h a week', 'Logged h in total'],
      report.plan.byBucket.map((r) => [r.label, r.plannedPerWeek === null ? '–' : formatHours(r.plannedPerWeek), formatHours(r.actualPerWeek), formatHours(r.actualHours)]),
      { 1: right, 2: right, 3: right })
  }
  if (report.plan.byTask.length) {
    const kind = { planned: 'Will do', unplanned: 'Not in the plan', wont: '⚠ Won’t do' } as const
    table(['Task', 'Bucket', 'In the agreement', 'Planned h a week', 'Logged h a week'],
      report.plan.byTask.map((r) => [r.label, BUCKET_LABELS[r.bucket], kind[r.kind], r.plannedPerWeek === null ? '–' : formatHours(r.plannedPerWeek), formatHours(r.actualPerWeek)]),
      { 3: right, 4: right })
  }

  heading('Drift: time on won’t-do tasks')
  text(report.summaries.drift, 9, 'normal', 2)
  if (report.drift.tasks.length) {
    table(['Task', 'Hours'], report.drift.tasks.map((t) => [t.task, formatHours(t.hours)]), { 1: right })
    table(['Week', 'Hours'], report.drift.weeks.map((w) => [w.range, formatHours(w.hours)]), { 1: right })
  }

  const pages = doc.getNumberOfPages()
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i)
    doc.setFont(PDF_FONT, 'normal').setFontSize(7.5).setTextColor(palette.inkMuted)
    doc.text(`${report.title} · ${report.scope} · ${report.period}`, MARGIN, pageHeight - 7)
    doc.text(`Page ${i} of ${pages}`, pageWidth - MARGIN, pageHeight - 7, { align: 'right' })
  }
  return doc
}
