import type { ChartPalette, ChartSettings } from './chartBase'

const TOKENS: Record<keyof ChartPalette, string> = {
  coaching: '--color-coaching',
  learning: '--color-learning',
  other: '--color-other',
  ink: '--color-ink',
  inkMuted: '--color-ink-muted',
  border: '--color-border',
  surface: '--color-surface',
  surfaceMuted: '--color-surface-muted',
  warning: '--color-warning',
  accent: '--color-accent',
}

/** Chart colours from the design tokens, so charts and the rest of the app never disagree. */
export function readPalette(root: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(root)
  const entries = Object.entries(TOKENS).map(([key, token]) => [key, style.getPropertyValue(token).trim()])
  return Object.fromEntries(entries) as ChartPalette
}

/**
 * The light (paper) palette whatever the screen shows, for charts drawn into a PDF: read from an
 * element carrying the light tokens (`.tokens-light` in tokens.css), so a dark screen prints ink on paper.
 */
export function readPaperPalette(): ChartPalette {
  const probe = document.createElement('div')
  probe.className = 'tokens-light'
  probe.hidden = true
  document.body.append(probe)
  try {
    return readPalette(probe)
  } finally {
    probe.remove()
  }
}

/** Calls `onChange` when the system switches between light and dark, until the returned stop is called. */
export function onColorSchemeChange(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const query = matchMedia('(prefers-color-scheme: dark)')
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Animation follows the reader's motion preference (and is off where motion is reduced, as in tests). */
export function chartSettings(): ChartSettings {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
  return { palette: readPalette(), animation: !reduce }
}
