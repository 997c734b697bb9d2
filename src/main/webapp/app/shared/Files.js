// Files the API guards with the access token (label PDFs, report downloads) cannot be plain links:
// they are fetched, then offered as an object URL, opened in a new tab when the browser allows it.
import { html, render, toast } from "../ui.js";

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
