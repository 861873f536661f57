"use strict";
// What the marketer and support consoles share: signing in with a group, calling the API, telling
// problems plainly in the page's language, and the language switch.

const Console = (() => {
  let bearer = null;

  async function signIn(subject, group) {
    const response = await fetch("/local/token", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sub: subject, groups: [group] }),
    });
    if (!response.ok) throw new Error(await I18n.problem(response));
    bearer = (await response.json()).token;
  }

  /** The JSON answer, or an Error carrying the problem in the page's language. */
  async function api(method, path, body, headers) {
    const init = { method, headers: { ...headers, Authorization: "Bearer " + bearer } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (!response.ok) throw new Error(await I18n.problem(response));
    return response.status === 204 ? null : response.json();
  }

  function say(text, isError) {
    const status = document.getElementById("status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(label, onClick, className) {
    const node = element("button", label, className);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function languageSwitch() {
    const chosen = localStorage.getItem("rapport.lang");
    I18n.use(chosen || I18n.pick(navigator.languages || [navigator.language]));
    const mark = (lang) => document.querySelectorAll("[data-lang]")
      .forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === lang)));
    mark(I18n.lang);
    I18n.onChange(mark);
    document.querySelectorAll("[data-lang]").forEach((b) => b.addEventListener("click", () => {
      localStorage.setItem("rapport.lang", b.dataset.lang);
      I18n.use(b.dataset.lang);
    }));
  }

  /** Comma- or 、-separated words as a list, blanks dropped. */
  function words(text) {
    return String(text || "").split(/[,，、]/).map((w) => w.trim()).filter(Boolean);
  }

  return { signIn, api, say, element, button, languageSwitch, words, get signedIn() { return bearer !== null; } };
})();
