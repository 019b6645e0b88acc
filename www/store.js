// Keeping the reader's two texts in local storage for the next visit, as a pair: both are kept or
// neither is, so a reload never restores a new source beside an old target.

/** The storage keys of the two texts (unchanged since the first version, so saved texts still load). */
export const STORAGE_KEYS = { source: 'retold.source', target: 'retold.target' };

/**
 * Saves both texts in `storage` (a Storage), or neither: when a write fails both keys are
 * removed. Returns what happened: `kept`; `too_large` when the storage is full (a quota error);
 * `unavailable` when there is no storage or it refuses every write (switched off, a private
 * window that forbids it), so the page can say which.
 */
export function saveTexts(storage, texts) {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(STORAGE_KEYS.source, texts.source);
    storage.setItem(STORAGE_KEYS.target, texts.target);
    return 'kept';
  } catch (error) {
    try {
      storage.removeItem(STORAGE_KEYS.source);
      storage.removeItem(STORAGE_KEYS.target);
    } catch {
      // Storage that refuses even that has nothing of ours to leave behind.
    }
    return isQuotaError(error) ? 'too_large' : 'unavailable';
  }
}

/**
 * Whether a failed write hit the storage quota: `QuotaExceededError` in Chromium and Safari,
 * `NS_ERROR_DOM_QUOTA_REACHED` in older Firefox, or the legacy codes 22 and 1014.
 */
export function isQuotaError(error) {
  if (!error) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 || error.code === 1014;
}

/**
 * What to tell the reader after saveTexts said `outcome` for `texts`, or null: a full quota and
 * storage that is switched off call for different words, and empty boxes need none.
 */
export function storageNote(outcome, texts) {
  if (outcome === 'too_large') return 'These texts are too large to keep for the next visit; they are only in this tab.';
  if (outcome === 'unavailable' && (texts.source.trim() || texts.target.trim())) {
    return 'This browser does not let the page store anything, so these texts are only in this tab: ' +
      'they will be gone after a reload.';
  }
  return null;
}

/** The pair saved by saveTexts, or null when there is none (or only half of one, or no storage). */
export function loadTexts(storage) {
  try {
    const source = storage.getItem(STORAGE_KEYS.source);
    const target = storage.getItem(STORAGE_KEYS.target);
    return source === null || target === null ? null : { source, target };
  } catch {
    return null;
  }
}

/**
 * Whether putting `after` in the boxes in place of `before` loses text the reader had: a side that
 * held more than blanks gets something else.
 */
export function losesText(before, after) {
  return ['source', 'target'].some((side) => before[side].trim() !== '' && before[side] !== after[side]);
}

/** The browser's local storage, or null where it is switched off: the page works without it. */
export function browserStorage() {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}
