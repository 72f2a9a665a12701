/** Entry point of the emulator's browser bundle. */
import { render } from "preact";
import { App } from "./app";
import { html } from "./html";

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(html`<${App} />`, root);
}
