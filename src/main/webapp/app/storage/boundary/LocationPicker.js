import { html, render } from "../../ui.js";
import * as storage from "../control/StorageControl.js";

let pickers = 0;

/**
 * <resell-location-picker name="location_id" value="<id>" label="Location">: a storage location
 * chosen from the tree by typing part of its code or name (type-ahead, arrow keys and Enter, or a
 * tap). The chosen id is a hidden input named `name`, so the surrounding form sends it like any
 * field; clearing the text clears the location, leaving without choosing keeps the one before.
 * Fires `change` (bubbling) on the hidden input when the choice changes.
 */
export class LocationPicker extends HTMLElement {
  connectedCallback() {
    if (this.ready) return;
    this.ready = true;
    const id = `location-picker-${++pickers}`;
    this.inputId = this.getAttribute("input-id") || id;
    this.listId = `${id}-list`;
    render(
      this,
      html`<label for="${this.inputId}">${this.getAttribute("label") ?? "Location"}</label>
      <div class="picker">
        <input type="hidden" name="${this.getAttribute("name") ?? "location_id"}" value="${this.getAttribute("value") ?? ""}">
        <input id="${this.inputId}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${this.listId}" autocomplete="off" placeholder="Code or name">
        <ul role="listbox" id="${this.listId}" class="picker-list" aria-label="Matching locations" hidden></ul>
      </div>
      <p class="muted picker-hint" id="${id}-hint" aria-live="polite" hidden>No location has that code or name.</p>`,
    );
    this.hidden_ = this.querySelector("input[type=hidden]");
    this.text = this.querySelector("[role=combobox]");
    this.list = this.querySelector("[role=listbox]");
    this.hint = this.querySelector(".picker-hint");
    this.loaded = storage.cached().then((locations) => {
      this.locations = locations;
      if (!this.text.value) this.text.value = this.describe(this.hidden_.value);
    });
    this.text.addEventListener("input", () => this.suggest());
    this.text.addEventListener("focus", () => this.suggest());
    this.text.addEventListener("keydown", (e) => this.key(e));
    // leaving without choosing keeps the location chosen before (the text shows it again)
    this.text.addEventListener("blur", () =>
      setTimeout(() => {
        this.close();
        if (this.hidden_.value && this.text.value.trim()) this.text.value = this.describe(this.hidden_.value);
      }, 150),
    );
    this.list.addEventListener("mousedown", (e) => {
      const option = e.target.closest("[role=option]");
      if (!option) return;
      e.preventDefault();
      this.choose(option.dataset.id);
    });
  }

  /** The chosen location's id, or "" for none. */
  get value() {
    return this.hidden_?.value ?? this.getAttribute("value") ?? "";
  }

  describe(id) {
    const l = this.locations?.find((x) => x.id === id);
    return l ? `${storage.path(this.locations, l)} (${l.code})` : "";
  }

  async suggest() {
    await this.loaded;
    const typed = this.text.value.trim();
    if (typed === "" && this.hidden_.value) this.choose("", true);
    const matches = storage.matching(this.locations ?? [], typed).slice(0, 8);
    this.active = -1;
    this.hint.hidden = matches.length > 0 || typed === "";
    if (!matches.length) return this.close();
    render(
      this.list,
      html`${matches.map((l, i) => html`<li role="option" id="${this.listId}-${i}" data-id="${l.id}" aria-selected="false"><strong>${l.code}</strong> ${storage.path(this.locations, l)}</li>`)}`,
    );
    this.list.hidden = false;
    this.text.setAttribute("aria-expanded", "true");
  }

  key(e) {
    const options = [...this.list.querySelectorAll("[role=option]")];
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (this.list.hidden) this.suggest();
      if (!options.length) return;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length;
      options.forEach((o, i) => o.setAttribute("aria-selected", String(i === this.active)));
      this.text.setAttribute("aria-activedescendant", options[this.active].id);
    } else if (e.key === "Enter" && !this.list.hidden && options.length) {
      e.preventDefault();
      this.choose(options[Math.max(this.active, 0)].dataset.id);
    } else if (e.key === "Escape") {
      this.close();
    }
  }

  choose(id, keepText = false) {
    const changed = this.hidden_.value !== id;
    this.hidden_.value = id;
    if (!keepText) this.text.value = this.describe(id);
    this.hint.hidden = true;
    this.close();
    if (changed) this.hidden_.dispatchEvent(new Event("change", { bubbles: true }));
  }

  close() {
    this.list.hidden = true;
    this.text.setAttribute("aria-expanded", "false");
    this.text.removeAttribute("aria-activedescendant");
  }
}

customElements.define("resell-location-picker", LocationPicker);
