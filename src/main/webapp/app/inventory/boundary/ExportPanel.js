import { html, raw, render } from "../../ui.js";
import { saveFile } from "../../shared/Files.js";
import { options } from "../entity/Vocabulary.js";
import { FORMATS, WITH_COLUMNS, COLUMNS } from "../entity/ExportChoices.js";
import { exportPath, accept } from "../control/ExportControl.js";

/**
 * "Export": the inventory list as it is filtered now, as xlsx, CSV, JSON or a PDF report, with the
 * spreadsheet columns a person picks (none picked: the full sheet, which imports back). The file
 * is saved under the server's name (resell-inventory-<day>.<ext>).
 */
export function exportPanel(slot, filters, describe) {
  render(
    slot,
    html`<details class="export" id="export">
      <summary>Export this list</summary>
      <form id="export-form" class="card" novalidate>
        <p class="muted" id="export-what"></p>
        <div class="toolbar">
          <div><label for="export-format">Format</label><select id="export-format" name="format">${raw(options(FORMATS, "xlsx"))}</select></div>
          <button type="submit" id="export-download">Download</button>
        </div>
        <fieldset id="export-columns" class="columns-choice">
          <legend>Columns (none ticked: every column, ready to import back)</legend>
          <div class="choices">${COLUMNS.map(
            ([name, label]) => html`<label class="check"><input type="checkbox" name="columns" value="${name}"> ${label}</label>`,
          )}</div>
        </fieldset>
      </form>
    </details>`,
  );
  const form = slot.querySelector("form");
  const columns = form.querySelector("#export-columns");
  const sync = () => {
    columns.hidden = !WITH_COLUMNS.includes(form.format.value);
    slot.querySelector("#export-what").textContent = describe();
  };
  form.format.addEventListener("change", sync);
  slot.querySelector("details").addEventListener("toggle", sync);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const format = form.format.value;
    const chosen = [...form.querySelectorAll("input[name=columns]:checked")].map((b) => b.value);
    const button = form.querySelector("#export-download");
    button.disabled = true;
    try {
      await saveFile(exportPath(filters(), format, WITH_COLUMNS.includes(format) ? chosen : []), form, {
        accept: accept(format),
        fallback: `resell-inventory.${format}`,
      });
    } finally {
      button.disabled = false;
    }
  });
  sync();
}
