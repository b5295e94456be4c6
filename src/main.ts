import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { startStorage } from './db/lifecycle'
import { useStorageHealth } from './stores/storageHealth'
import StorageUnavailable from './components/data/StorageUnavailable.vue'
import './styles/base.css'
import './styles/controls.css'
import './styles/surfaces.css'
// Print rules last, so they override the screen rules they share selectors with.
import './styles/print.css'

const pinia = createPinia()
// An invitation's respond page opens on a respondent's device: it needs neither the database
// (opening it would create one) nor the offline cache.
const respondent = location.pathname === '/respond'
// The app starts only on storage that opened: without IndexedDB every screen would fail on its
// first read. Show why instead of a blank page.
const storage = respondent ? Promise.resolve(null) : startStorage((message) => useStorageHealth(pinia).report(message))
const firstScreen = storage.then((problem) => {
  if (problem) {
    createApp(StorageUnavailable, { message: problem }).mount('#app')
    return
  }
  const router = createAppRouter()
  createApp(App).use(pinia).use(router).mount('#app')
  return router.isReady()
})
// Offline use and updates: loaded a few seconds after the first screen is up, when the browser is
// idle, so neither the code nor the worker's 1.4 MB of downloads compete with the first screen or
// the first clicks on a slow network.
const SERVICE_WORKER_DELAY_MS = 3000
void firstScreen
  .catch(() => undefined)
  .then(() => {
    if (respondent) return
    const start = () => void import('./pwa/serviceWorker').then((m) => m.startServiceWorker(pinia))
    const later = () =>
      setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : start()), SERVICE_WORKER_DELAY_MS)
    if (document.readyState === 'complete') later()
    else window.addEventListener('load', later, { once: true })
  })
