/**
 * The principal's time report as a document model (pure). It draws only a `PrincipalReport`
 * (see domain/report.ts), which decides what the report may hold, plus an image of the weekly
 * chart. Page one (who, what, the figures at a glance and the chart) can be handed out alone.
 */
import { BUCKETS, BUCKET_LABELS } from '@/domain/buckets'
import { formatLongDate } from '@/domain/dates'
import { formatHours } from '@/domain/hours'
import { formatPercent, ROLLING_WEEKS } from '@/domain/shares'
import { STATUS_LABELS } from '@/domain/flags'
import type { PrincipalReport, ReportShares } from '@/domain/report'
import type { Block, PdfDocumentModel, TableColumn } from './document/model'
import { programBlocks } from './programBlocks'

export interface ReportImage {
  /** A PNG data URL. */
  dataUrl: string
  /** Width / height of the image. */
  aspect: number
  /** How to read the chart, printed under it. */
  caption?: string
}

type Bucket = (typeof BUCKETS)[number]
const pct = (s: ReportShares, b: Bucket) => (s.percent ? formatPercent(s.percent[b]) : '–')
const hoursAndPct = (s: ReportShares, b: Bucket) => `${formatHours(s.hours[b])} h (${pct(s, b)})`
const status = (s: ReportShares) => `${s.status === 'below-target' ? '⚠ ' : s.status === 'on-target' ? '✓ ' : ''}${STATUS_LABELS[s.status]}`
const num = (header: string, weight?: number): TableColumn => ({ header, align: 'right', weight })

function atAGlance(report: PrincipalReport): Block[] {
  const r = report.rolling
  const row = (label: string, s: ReportShares) => ({ cells: [label, ...BUCKETS.map((b) => pct(s, b)), formatHours(s.total), status(s)] })
  return [
    { kind: 'heading', level: 2, text: 'At a glance' },
    { kind: 'paragraph', small: true, text: report.coverage.text },
    {
      kind: 'table',
      columns: [
        { header: 'Period', weight: 4.4 },
        num(BUCKET_LABELS.coaching, 1.5),
        num(BUCKET_LABELS.learning, 1.9),
        num(BUCKET_LABELS.other, 1.4),
        num('Hours', 1.2),
        { header: 'Status', weight: 2.2 },
      ],
      rows: [
        r
          ? row(`Last ${r.weeks} school weeks (${r.loggedWeeks} logged)`, r.shares)
          : { cells: [`Last ${ROLLING_WEEKS} school weeks`, '–', '–', '–', '0', 'Nothing logged'] },
        row(`Year to date (${report.yearToDate.loggedWeeks} of ${report.yearToDate.weeks} school weeks logged)`, report.yearToDate.shares),
        row(
          `This period (${report.coverage.loggedSchoolWeeks} of ${report.coverage.schoolWeeks} school weeks logged)`,
          report.periodShares,
        ),
      ],
    },
    { kind: 'paragraph', small: true, text: report.summaries.rolling },
  ]
}

export function reportDocument(report: PrincipalReport, chart: ReportImage | null): PdfDocumentModel {
  const principals = report.principalNames.join(', ')
  const kind = { planned: 'Will do', unplanned: 'Not in the plan', wont: '⚠ Won’t do' } as const
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: report.title },
    { kind: 'paragraph', lead: true, text: `${report.scope}, ${report.period}` },
    {
      kind: 'facts',
      rows: [
        ['School', report.scope],
        ['School year', report.schoolYear],
        ['Coach', report.coachName || 'Not named'],
        ['Principal', principals || 'Not named'],
        [
          'Targets',
          `At least ${report.targets.coachingPct}% of logged time coaching teachers and at least ${report.targets.learningPct}% on the coach’s own professional learning.`,
        ],
      ],
    },
    // The agreed confidentiality policy decides what the report carries; page one says so in plain words.
    { kind: 'heading', level: 3, text: 'Confidentiality, as agreed' },
    {
      kind: 'paragraph',
      small: true,
      text: [
        ...report.policy.lines.map((line) => `${line.school ? `${line.school}: ` : ''}${line.label}. ${line.statement}`),
        report.policy.carries,
      ].join(' '),
    },
    ...atAGlance(report),
    ...(chart
      ? [{ kind: 'image', png: chart.dataUrl, aspect: chart.aspect, alt: report.summaries.weekly, caption: chart.caption } as Block]
      : []),
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: 'Week by week' },
    { kind: 'paragraph', small: true, text: report.summaries.weekly },
    // How the four-week figure on page one is counted (page one has no room for it beside the chart).
    { kind: 'paragraph', small: true, tone: 'muted', text: report.summaries.rollingRule },
    { kind: 'paragraph', small: true, text: report.summaries.yearToDate },
    {
      kind: 'table',
      columns: [
        { header: 'Week', weight: 76 },
        { header: 'Type', weight: 58 },
        num(BUCKET_LABELS.coaching, 78),
        num(BUCKET_LABELS.learning, 78),
        num(BUCKET_LABELS.other, 78),
        num('Total h', 40),
        { header: 'Status', weight: 92 },
      ],
      rows: report.weeks.map((w) => ({
        cells: [
          w.range,
          w.kind,
          ...BUCKETS.map((b) => hoursAndPct(w.shares, b)),
          formatHours(w.shares.total),
          [status(w.shares), ...w.flags].join('\n'),
        ],
      })),
    },
    { kind: 'heading', level: 2, text: 'Planned and logged' },
    { kind: 'paragraph', small: true, text: report.summaries.plan },
  ]
  if (report.plan.hasPlan) {
    blocks.push({
      kind: 'table',
      columns: [{ header: 'Bucket', weight: 2 }, num('Planned h a week'), num('Logged h a week'), num('Logged h in total')],
      rows: report.plan.byBucket.map((r) => ({
        cells: [
          r.label,
          r.plannedPerWeek === null ? '–' : formatHours(r.plannedPerWeek),
          formatHours(r.actualPerWeek),
          formatHours(r.actualHours),
        ],
      })),
    })
  }
  if (report.plan.byTask.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Task', weight: 3 },
        { header: 'Bucket', weight: 1.8 },
        { header: 'In the agreement', weight: 1.6 },
        num('Planned h a week', 1.3),
        num('Logged h a week', 1.3),
      ],
      rows: report.plan.byTask.map((r) => ({
        cells: [
          r.label,
          BUCKET_LABELS[r.bucket],
          kind[r.kind],
          r.plannedPerWeek === null ? '–' : formatHours(r.plannedPerWeek),
          formatHours(r.actualPerWeek),
        ],
      })),
    })
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Drift: time on won’t-do tasks' },
    { kind: 'paragraph', small: true, text: report.summaries.drift },
  )
  if (report.drift.tasks.length) {
    blocks.push(
      {
        kind: 'table',
        columns: [{ header: 'Task', weight: 4 }, num('Hours')],
        rows: report.drift.tasks.map((t) => ({ cells: [t.task, formatHours(t.hours)] })),
      },
      {
        kind: 'table',
        columns: [{ header: 'Week', weight: 4 }, num('Hours')],
        rows: report.drift.weeks.map((w) => ({ cells: [w.range, formatHours(w.hours)] })),
      },
    )
  }
  blocks.push(...programBlocks(report.program))
  return {
    title: `${report.title}: ${report.scope}, ${report.period}`,
    author: report.coachName || 'Coach Role Planner',
    subject: 'Coaching time by bucket and task',
    header: { left: `${report.scope} · ${report.title} · ${report.schoolYear}`, right: report.period },
    footer: `Made on ${formatLongDate(report.generatedOn)} · Carries only what the agreed confidentiality policy allows`,
    blocks,
  }
}
