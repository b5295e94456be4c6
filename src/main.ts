// First, before any module validates anything: zod must not probe for eval (see zodConfig.ts).
import './domain/zodConfig'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { db } from './db/database'
import { openDatabase, watchDatabase } from './db/lifecycle'
import { useStorageHealth } from './stores/storageHealth'
import StorageUnavailable from './components/data/StorageUnavailable.vue'
import './styles/base.css'
// Print rules last, so they override the screen rules they share selectors with.
import './styles/print.css'

const pinia = createPinia()
// Before opening: an older tab blocking this tab's upgrade is reported during the open itself.
watchDatabase(db, (message) => useStorageHealth(pinia).report(message))
// The app starts only on storage that opened: without IndexedDB every screen would fail on its
// first read. Show why instead of a blank page.
void openDatabase(db).then((problem) => {
  if (problem) createApp(StorageUnavailable, { message: problem }).mount('#app')
  else createApp(App).use(pinia).use(createAppRouter()).mount('#app')
})
