/**
 * The installable, offline app: the web app manifest and the service worker (vite-plugin-pwa,
 * Workbox generateSW). Kept out of vite.config.ts so the build config stays readable.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa'

/** A colour token's value from the design tokens, so the manifest never drifts from the app. */
export function tokenColor(css: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css)
  if (!match?.[1]) throw new Error(`The design tokens have no colour --${name}.`)
  return match[1].toLowerCase()
}

export function webManifest(tokensCss: string): Partial<ManifestOptions> {
  return {
    id: '/',
    name: 'Coach Role Planner',
    short_name: 'Role Planner',
    description:
      'Plan and protect an instructional coach’s time: the role-clarity meeting, the weekly time log and the signed agreement. Data stays on this device.',
    lang: 'en-US',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: tokenColor(tokensCss, 'color-accent'),
    background_color: tokenColor(tokensCss, 'color-bg'),
    categories: ['education', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}

export const pwaOptions = (tokensCss: string): Partial<VitePWAOptions> => ({
  // The page asks the user before a new version takes over (src/stores/appUpdate.ts).
  registerType: 'prompt',
  // Registered from main.ts through virtual:pwa-register: no inline script, so the CSP stays strict.
  injectRegister: null,
  manifest: webManifest(tokensCss),
  // The icons are in the glob below already; listing them twice would precache them twice.
  includeManifestIcons: false,
  workbox: {
    // Everything the app can ever load, the lazy chart, PDF and CSV chunks and the PDF fonts
    // included: a coach offline on a tablet still opens the dashboard and exports the agreement.
    // The worker fetches them in the background after the first screen is up (see README).
    globPatterns: ['**/*.{html,js,css,svg,png,woff}'], // the plugin adds the manifest itself
    globIgnores: ['**/*.map'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Every route is the single-page app: a navigation offline gets index.html from the cache.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first install controls the open page at once, so lazy chunks come from the cache offline
    // before any reload. Later versions wait for the user's "Update now" (no skipWaiting).
    clientsClaim: true,
  },
})

/** The browser's toolbar colour and the icon iOS puts on the Home Screen (it ignores the manifest's). */
function installHeadTags(tokensCss: string): Plugin {
  return {
    name: 'install-head-tags',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: tokenColor(tokensCss, 'color-accent') }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' }, injectTo: 'head' },
    ],
  }
}

export function pwa(): Plugin[] {
  const tokensCss = readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8')
  return [...VitePWA(pwaOptions(tokensCss)), installHeadTags(tokensCss)]
}
