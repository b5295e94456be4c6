/** The settings table holds a single row under this id. Kept apart from the schemas so the
 * router can check for it without loading the validation library on the first screen. */
export const SETTINGS_ID = 'app'
