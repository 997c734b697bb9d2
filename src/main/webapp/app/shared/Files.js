// Files the API guards with the access token (label PDFs, report downloads) cannot be plain links:
// they are fetched, then offered as an object URL, opened in a new tab when the browser allows it.
import { html, render, toast } from "../ui.js";
import { request } from "../api.js";

/**
 * Fetches a file with fetchUrl() (answering {url, type}) and shows an "Open" link for it in
 * place; the link carries the file's content type in data-type.
 */
export async function openPdf(fetchUrl, near, { name = "labels.pdf", open = true } = {}) {
  try {
    const file = await fetchUrl();
    let slot = near.querySelector(".file-link");
    if (!slot) {
      slot = document.createElement("p");
      slot.className = "file-link";
      near.append(slot);
    }
    render(slot, html`<a href="${file.url}" target="_blank" rel="noopener" data-type="${file.type}">Open ${name}</a>`);
    if (open) window.open(file.url, "_blank", "noopener");
    return file;
  } catch (error) {
    toast(error.message);
    return null;
  }
}

/** The file name a download's Content-Disposition gives, else the fallback. */
function fileName(res, fallback) {
  const header = res.headers.get("Content-Disposition") || "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Downloads a file the API guards (an export, a report's CSV) and saves it under the name the
 * server gave it (aging-report-2026-12-07.csv), never the object URL's random id. A "Save …" link
 * stays in place (data-type: the content type, download: the name) in case the browser held the
 * download back.
 */
export async function saveFile(path, near, { accept = "*/*", fallback = "download" } = {}) {
  try {
    const res = await request(path, { raw: true, headers: { Accept: accept } });
    const name = fileName(res, fallback);
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    let slot = near.querySelector(".file-link");
    if (!slot) {
      slot = document.createElement("p");
      slot.className = "file-link";
      near.append(slot);
    }
    render(slot, html`<a href="${url}" download="${name}" data-type="${blob.type}">Save ${name}</a> <span class="muted">(${sizeOf(blob.size)})</span>`);
    slot.querySelector("a").click();
    return { url, name, type: blob.type };
  } catch (error) {
    toast(error.message);
    return null;
  }
}

const sizeOf = (bytes) => (bytes < 1024 ? `${bytes} bytes` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
