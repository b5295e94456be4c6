/// <reference types="vite-plugin-pwa/client" />
import { createApp } from 'vue'
import type { Pinia } from 'pinia'
import { registerSW } from 'virtual:pwa-register'
import { useAppStore } from '@/stores/app'
import { useAppUpdate } from '@/stores/appUpdate'
import UpdatePrompt from '@/components/UpdatePrompt.vue'

const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker made by vite-plugin-pwa and mounts the update prompt as an app of
 * its own (a fixed corner toast, outside the page's layout). Loaded by main.ts once the first
 * screen is up, so none of it is first-screen code; a module, not an inline script, for the CSP.
 * The prompt is mounted at once, while this version's files are certainly there: once another
 * tab starts a new version, this version's chunks may be gone from the cache.
 * It also asks for persistent storage when the app runs installed.
 */
export function startServiceWorker(pinia: Pinia): void {
  // Installed, the app asks the browser to keep its data (see src/pwa/persistence.ts).
  void useAppStore(pinia).persistWhenInstalled()
  if (!('serviceWorker' in navigator)) return

  const host = document.createElement('div')
  document.body.append(host)
  createApp(UpdatePrompt).use(pinia).mount(host)

  const updates = useAppUpdate(pinia)
  const activate = registerSW({
    immediate: true,
    onNeedRefresh: () => updates.offer(() => activate()),
    // The new version controls the page: this tab reloads only if its user asked (see the store).
    onNeedReload: () => updates.tookOver(),
    onRegisteredSW(_url, registration) {
      // A tablet may stay open for days: look for a new version hourly while the app is in view
      // and online. A failed check (offline, server down) changes nothing.
      if (!registration) return
      setInterval(() => {
        if (document.visibilityState === 'visible' && navigator.onLine) registration.update().catch(() => undefined)
      }, HOUR)
    },
  })
}
