// Kneadform's service worker: go-app's gen/app-worker.js (v10.1.11) with
// four changes, and without the push-notification code (Kneadform sends
// nothing and receives nothing):
//   1. install and activate wait for their work (event.waitUntil), so the
//      worker only becomes active once every resource is cached;
//   2. cached responses match without the query string (ignoreSearch), so
//      /?clinic=x and /intake/about?step=2 work offline;
//   3. a page navigation the network cannot answer gets the cached app
//      shell "/", so any deep link such as /intake/where opens offline and
//      the wasm router renders the right screen;
//   4. no clients.claim(): go-app's page script reports "app updated"
//      when a worker activates while the page already has a controller,
//      and claiming during activation made every first visit look like an
//      update. Without it the first page stays uncontrolled until its
//      next load (which is then served offline-capable); updates are
//      unaffected, since skipWaiting hands controlled pages over.
// Non-GET requests are left to the browser.
// go-app fills in the version and the list of resources to cache.

const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker());
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
  await self.skipWaiting();
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activateWorker());
});

async function activateWorker() {
  await deletePreviousCaches();
  console.log("app worker {{.Version}} is activated");
}

async function deletePreviousCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys.map(async (key) => {
      if (key !== cacheName) {
        try {
          console.log("deleting", key, "cache");
          await caches.delete(key);
        } catch (err) {
          console.error("deleting", key, "cache failed:", err);
        }
      }
    })
  );
}

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) {
    return cached;
  }
  try {
    const response = await fetch(request);
    if (request.mode === "navigate" && !response.ok) {
      // A static host without a page for this path (a plain file server
      // and /intake/where): the app shell routes it in the browser.
      const shell = await caches.match("/");
      if (shell) {
        return shell;
      }
    }
    return response;
  } catch (err) {
    if (request.mode === "navigate") {
      const shell = await caches.match("/");
      if (shell) {
        return shell;
      }
    }
    throw err;
  }
}
