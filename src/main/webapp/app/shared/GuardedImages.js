// Images the API guards with the access token (photo thumbnails) cannot be a plain <img src>: each
// is fetched with the token once it nears the screen and shown as an object URL. A photo id always
// serves the same bytes, so the object URLs are kept for the session (the newest few hundred).
import { blobUrl } from "../api.js";

const KEPT = 400;
const urls = new Map();

async function objectUrl(path) {
  if (urls.has(path)) return urls.get(path);
  const pending = blobUrl(path, "image/*").then((b) => b.url);
  urls.set(path, pending);
  pending.catch(() => urls.delete(path));
  if (urls.size > KEPT) {
    const [oldest, url] = urls.entries().next().value;
    urls.delete(oldest);
    url.then((u) => URL.revokeObjectURL(u), () => {});
  }
  return pending;
}

function show(img) {
  const path = img.dataset.guardedSrc;
  delete img.dataset.guardedSrc;
  objectUrl(path)
    .then((url) => (img.src = url))
    .catch(() => (img.alt += " (not available)"));
}

const watcher =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            watcher.unobserve(e.target);
            show(e.target);
          }
        },
        { rootMargin: "200px" },
      )
    : null;

/** Loads each img[data-guarded-src] under root when it comes near the screen (lazily). */
export function loadGuardedImages(root) {
  for (const img of root.querySelectorAll("img[data-guarded-src]")) {
    if (watcher) watcher.observe(img);
    else show(img);
  }
}
