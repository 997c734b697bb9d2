// Where printed QR labels lead (GET /locations/label-address), for the pages that print them.
import { html, render } from "../ui.js";
import { get } from "../api.js";

/**
 * A notice when printed labels would lead to this computer only (localhost), which a phone that
 * scans them cannot open; silent when the address cannot be asked.
 */
export async function warnAboutLabels(slot) {
  try {
    const address = await get("locations/label-address");
    if (!address.loopback) return;
    render(
      slot,
      html`<p class="notice" role="status" id="label-loopback">Labels printed now open <strong>${address.url}</strong>, which only this computer can reach: a phone that scans them cannot.
      ${address.configured ? html`Set RESELL_PUBLIC_URL to the address other devices use` : html`Open Resell by its network address (such as http://192.168.1.20:8080) before printing, or set RESELL_PUBLIC_URL`}.</p>`,
    );
  } catch {
    // an older server without the endpoint: no notice
  }
}

