/** The projected week of the agreement: the split chart, its table and the notes about it. */
import { BUCKETS, BUCKET_LABELS } from '@/domain/buckets'
import { snapshotSplit } from '@/domain/agreementText'
import { formatPercent } from '@/domain/shares'
import { formatHours as fmtHours } from '@/domain/hours'
import type { Block, SplitBar } from '../document/model'
import type { AgreementPdfInput } from '../agreementDocument'
import { plural } from './decisions'

export function splitBlocks(input: AgreementPdfInput): { chart: Block | null; table: Block; notes: Block[] } {
  const t = input.snapshot.targets
  const split = snapshotSplit(input.snapshot)
  const other = Math.max(0, 100 - t.coachingPct - t.learningPct)
  const target = { coaching: t.coachingPct, learning: t.learningPct, other }
  const bars: SplitBar[] = BUCKETS.map((b) => ({
    label: BUCKET_LABELS[b],
    percent: split.percent[b],
    value: `${formatPercent(split.percent[b])} · ${fmtHours(split.hours[b])} h a week`,
    target: target[b],
    targetLabel: `target ${b === 'other' ? 'at most' : 'at least'} ${target[b]}%`,
  }))
  const alt = split.totalHours
    ? `Projected week of ${fmtHours(split.totalHours)} hours: ${BUCKETS.map((b) => `${BUCKET_LABELS[b].toLowerCase()} ${formatPercent(split.percent[b])} (target ${b === 'other' ? 'at most' : 'at least'} ${target[b]}%)`).join(', ')}.`
    : 'No hours are estimated yet, so there is no projected week to show.'
  const notes: Block[] = [
    ...split.warnings.map((w): Block => ({ kind: 'paragraph', text: `⚠ ${w.message}`, small: true, tone: 'alert' })),
    ...(split.unestimatedCount
      ? [
          {
            kind: 'paragraph',
            small: true,
            tone: 'muted',
            text: `${plural(split.unestimatedCount, 'will-do task has', 'will-do tasks have')} no hours estimate and ${split.unestimatedCount === 1 ? 'is' : 'are'} not counted.`,
          } as Block,
        ]
      : []),
  ]
  const table: Block = {
    kind: 'table',
    columns: [
      { header: 'Area', weight: 3 },
      { header: 'Hours per week', align: 'right', weight: 2 },
      { header: 'Share', align: 'right', weight: 2 },
      { header: 'Target', weight: 2 },
    ],
    rows: [
      ...BUCKETS.map((b) => ({
        cells: [
          BUCKET_LABELS[b],
          fmtHours(split.hours[b]),
          split.totalHours ? formatPercent(split.percent[b]) : '–',
          `${b === 'other' ? 'at most' : 'at least'} ${target[b]}%`,
        ],
      })),
      { cells: ['Total', fmtHours(split.totalHours), '', ''], strong: true },
    ],
  }
  return { chart: split.totalHours ? { kind: 'splitChart', bars, alt } : null, table, notes }
}
