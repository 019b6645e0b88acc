// Lets the page open with no network once it has been opened online: installing keeps every file
// the page needs in a cache, and a request the network cannot answer is answered from it.
// Network first, so a reader online always gets the newest build and a kept copy only ever
// stands in for a failed request. The build (scripts/bundle.mjs) fills in BUILD, a hash of the
// page's files, and FILES, the page's files relative to here. A new build thus changes this file,
// which makes the browser install it afresh and keep the new files under a new name. Being
// network first, it takes over at once rather than when the last open tab closes: an open page
// got its files from the network anyway, and only the copy kept for offline use changes.
const BUILD = '__BUILD__';
const FILES = ['./'];
const CACHE = `retold-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith('retold-') && name !== CACHE)
    .map((name) => caches.delete(name)))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromNetworkOrCache(request));
});

/** The address a request is kept under: the page itself for any navigation, else its URL. */
function keptAddress(request) {
  if (request.mode === 'navigate') return new URL('./', self.location.href).href;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function fromNetworkOrCache(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await caches.match(keptAddress(request), { cacheName: CACHE });
    if (kept) return kept;
    throw error;
  }
}
