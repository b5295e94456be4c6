/**
 * One meaning per status on every screen (time log, year view, dashboard): the same words and
 * the same SVG icon (Lucide, imported per icon so only these few ship). Words always go with
 * the icon, so colour and shape are never the only signal.
 */
import type { Component } from 'vue'
import { CalendarOff, CircleCheck, CircleDashed, Clock, TriangleAlert } from '@lucide/vue'
import { STATUS_LABELS, type ShareStatus } from '@/domain/flags'

/** A share status, or a week that has not begun yet (shown, never counted). */
export type DisplayStatus = ShareStatus | 'upcoming'

export const DISPLAY_STATUS_LABELS: Record<DisplayStatus, string> = { ...STATUS_LABELS, upcoming: 'Upcoming' }

export const STATUS_ICONS: Record<DisplayStatus, Component> = {
  'below-target': TriangleAlert,
  'on-target': CircleCheck,
  'nothing-logged': CircleDashed,
  'no-school': CalendarOff,
  upcoming: Clock,
}
