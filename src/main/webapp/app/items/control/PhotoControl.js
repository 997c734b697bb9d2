// Calls for an item's photos (docs/PHOTOS.md): upload with progress, order, delete, and the images
// themselves, which need the same sign-in as the item and so are fetched as object URLs.
import { ApiError, BASE, accessToken, blobUrl, del, put } from "../../api.js";

/**
 * Uploads one image as a multipart "file" part, reporting progress (0..1) while the bytes go up.
 * Answers the created photos; rejects with an ApiError carrying the server's problem.
 */
export function upload(lotId, file, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${BASE}inventory/${encodeURIComponent(lotId)}/photos`);
    xhr.setRequestHeader("Accept", "application/json, application/problem+json");
    const token = accessToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body = {};
      try {
        body = JSON.parse(xhr.responseText || "{}");
      } catch {
        body = { title: xhr.statusText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: "The upload did not reach the server" }));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

export const reorder = (lotId, ids) => put(`inventory/${lotId}/photos/order`, ids);
export const remove = (photoId) => del(`photos/${photoId}`);
/** An object URL of an image the API guards (a thumbnail_url or url of a photo). */
export const image = async (path) => (await blobUrl(path, "image/*")).url;
