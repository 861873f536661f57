"use strict";
// The support console: FAQs (GET /v1/kb/faq, PUT and DELETE /v1/kb/faq/{id}), documents (POST /v1/kb/documents) and products
// (PUT /v1/kb/products/{sku}), and a question asked as a customer would (POST /v1/chat with a
// throwaway customer's token) to see which FAQ or passage the answer cites. The handoff queue
// has its own page.

const $ = (id) => document.getElementById(id);
const { api, say, words } = Console;
const t = I18n.t;

function lines(text) {
  return String(text || "").split("\n").map((l) => l.trim()).filter(Boolean);
}

async function saveFaq(event) {
  event.preventDefault();
  const id = $("faq-id").value.trim();
  try {
    await api("PUT", "/v1/kb/faq/" + encodeURIComponent(id), {
      question: $("faq-question").value.trim(),
      alternatives: lines($("faq-alternatives").value),
      answer: $("faq-answer").value.trim(),
      locale: $("faq-locale").value,
      tags: words($("faq-tags").value),
    });
    say(t("faq.saved", { id }));
    await loadFaqs();
  } catch (error) {
    say(error.message, true);
  }
}

// GET /v1/kb/faq: every FAQ, each with Edit (into the form) and Delete.
async function loadFaqs() {
  const listing = await api("GET", "/v1/kb/faq");
  $("faqs").replaceChildren(...listing.faqs.map((faq) => {
    const item = Console.element("li", undefined, "faq");
    item.dataset.id = faq.id;
    item.append(Console.element("span", faq.id + " · " + faq.locale, "muted"),
      Console.element("div", faq.question, "question"), Console.element("div", faq.answer, "answer"));
    const tools = Console.element("div", undefined, "tools");
    tools.append(Console.button(t("edit"), () => edit(faq), "secondary edit"),
      Console.button(t("delete"), () => removeFaq(faq), "danger delete"));
    item.append(tools);
    return item;
  }));
  if (!listing.faqs.length) $("faqs").append(Console.element("li", t("faq.none"), "muted"));
}

function edit(faq) {
  $("faq-id").value = faq.id;
  $("faq-locale").value = faq.locale;
  $("faq-question").value = faq.question;
  $("faq-alternatives").value = faq.alternatives.join("\n");
  $("faq-answer").value = faq.answer;
  $("faq-tags").value = faq.tags.join(", ");
  $("faq-answer").focus();
}

async function removeFaq(faq) {
  if (!confirm(t("faq.confirmDelete", { id: faq.id }))) return;
  try {
    await api("DELETE", "/v1/kb/faq/" + encodeURIComponent(faq.id));
    say(t("faq.deleted", { id: faq.id }));
    await loadFaqs();
  } catch (error) {
    say(error.message, true);
  }
}

async function addDocument(event) {
  event.preventDefault();
  try {
    const added = await api("POST", "/v1/kb/documents", {
      id: $("doc-id").value.trim(),
      title: $("doc-title").value.trim(),
      locale: $("doc-locale").value,
      text: $("doc-text").value,
      tags: words($("doc-tags").value),
    });
    $("doc-passages").replaceChildren(...added.passages.map((p) => Console.element("li", p)));
    say(t("doc.added", { id: added.id, count: added.passages.length }));
  } catch (error) {
    say(error.message, true);
  }
}

async function saveProduct(event) {
  event.preventDefault();
  const sku = $("sku").value.trim();
  const product = {
    nameZh: $("name-zh").value.trim(),
    nameEn: $("name-en").value.trim(),
    category: $("category").value.trim(),
    price: Number($("price").value),
    currency: $("currency").value.trim(),
  };
  if (words($("colours").value).length) product.colours = words($("colours").value);
  if (words($("sizes").value).length) product.sizes = words($("sizes").value);
  if ($("stock").value) product.stock = Number($("stock").value);
  try {
    await api("PUT", "/v1/kb/products/" + encodeURIComponent(sku), product);
    say(t("product.saved", { sku }));
  } catch (error) {
    say(error.message, true);
  }
}

// A customer of its own, so the admin's trials never mix with a real customer's history.
async function ask(event) {
  event.preventDefault();
  try {
    const minted = await fetch("/local/token", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sub: "trial-" + $("admin-id").value.trim() }),
    });
    if (!minted.ok) throw new Error(await I18n.problem(minted));
    const response = await fetch("/v1/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + (await minted.json()).token },
      body: JSON.stringify({ message: $("try-question").value.trim(), locale: I18n.lang === "zh" ? "zh-CN" : "en" }),
    });
    if (!response.ok) throw new Error(await I18n.problem(response));
    const answer = await response.json();
    $("try-reply").textContent = answer.reply;
    $("try-source").textContent = t("source." + (answer.source || "model"));
    $("try-citations").textContent = answer.citations.map((c) => c.id).join(", ") || t("try.none");
    $("try-answer").dataset.turn = answer.turnId;
    $("try-answer").hidden = false;
    say(t("try.answered"));
  } catch (error) {
    say(error.message, true);
  }
}

function signedInOnly(handler) {
  return (event) => {
    if (Console.signedIn) return handler(event);
    event.preventDefault();
    say(t("signInFirst"), true);
    return undefined;
  };
}

document.addEventListener("DOMContentLoaded", () => {
  Console.languageSwitch();
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await Console.signIn($("admin-id").value.trim(), "support-admins");
      say(t("signedIn", { name: $("admin-id").value.trim() }));
      await loadFaqs();
    } catch (error) {
      say(error.message, true);
    }
  });
  $("try-form").addEventListener("submit", ask);
  $("faq-form").addEventListener("submit", signedInOnly(saveFaq));
  $("doc-form").addEventListener("submit", signedInOnly(addDocument));
  $("product-form").addEventListener("submit", signedInOnly(saveProduct));
  $("sign-in-form").requestSubmit();
});
