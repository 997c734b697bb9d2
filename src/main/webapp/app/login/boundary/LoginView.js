import { login } from "../../api.js";
import { Page, html, render, showProblem, clearProblem } from "../../ui.js";

/** Sign-in with email and password; afterwards back to the page that asked for it. */
class LoginView extends Page {
  load() {
    document.title = "Sign in · Resell";
    render(
      this,
      html`<section class="card login">
        <h1>Sign in to Resell</h1>
        <form novalidate>
          <p class="form-error" data-form-error role="alert" hidden></p>
          <div class="fields">
            <div class="wide"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required></div>
            <div class="wide"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
          </div>
          <div class="actions"><button type="submit" id="sign-in">Sign in</button></div>
        </form>
      </section>`,
    );
    const form = this.querySelector("form");
    form.email.focus();
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      form.querySelector("button").disabled = true;
      try {
        await login(form.email.value.trim(), form.password.value);
        const next = sessionStorage.getItem("resell.after-login") || "#/dashboard";
        sessionStorage.removeItem("resell.after-login");
        location.hash = next.startsWith("#/login") ? "#/dashboard" : next;
      } catch (error) {
        showProblem(form, error);
      } finally {
        form.querySelector("button").disabled = false;
      }
    });
  }
}
customElements.define("resell-login", LoginView);
