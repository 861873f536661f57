"use strict";
// The support admins' queue: GET /v1/handoffs?status=…, POST /v1/handoffs/{id}/close with a note, and
// for an open handoff what was said since (GET /v1/handoffs/{id}/messages) with a reply box (POST there).
// Everything the customer wrote is shown as text, never as markup.

const $ = (id) => document.getElementById(id);
const t = I18n.t;

const { api } = Console;

// A word for a value from the server (a role, a reason, a mood), or the value itself.
function word(key, raw) {
  const text = t(key);
  return text === key ? raw : text;
}

function line(entry) {
  return word("role." + entry.role, entry.role) + ": " + entry.text;
}

function text(tag, content, className) {
  return Object.assign(document.createElement(tag), { textContent: content, className: className || "" });
}

function closeForm(handoff) {
  const form = document.createElement("form");
  form.className = "close";
  const note = Object.assign(document.createElement("input"),
    { placeholder: t("close.note"), maxLength: 500, name: "resolution" });
  note.setAttribute("aria-label", t("close.note"));
  const button = Object.assign(document.createElement("button"), { type: "submit", textContent: t("close.button") });
  form.append(note, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await api("POST", "/v1/handoffs/" + encodeURIComponent(handoff.id) + "/close",
        note.value.trim() ? { resolution: note.value.trim() } : {});
      $("status").textContent = t("closed", { id: handoff.id });
      await show();
    } catch (error) {
      button.disabled = false;
      $("status").textContent = error.message;
    }
  });
  return form;
}

async function showSince(handoff, list) {
  const since = await api("GET", "/v1/handoffs/" + encodeURIComponent(handoff.id) + "/messages");
  list.replaceChildren(...since.messages.map((entry) => text("li", line(entry), "line-" + entry.role)));
}

function replyForm(handoff, list) {
  const form = document.createElement("form");
  form.className = "reply";
  const message = Object.assign(document.createElement("textarea"),
    { placeholder: t("reply.placeholder"), maxLength: 4000, name: "message", rows: 2, required: true });
  message.setAttribute("aria-label", t("reply.placeholder"));
  const button = Object.assign(document.createElement("button"), { type: "submit", textContent: t("reply.send") });
  form.append(message, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!message.value.trim()) return;
    button.disabled = true;
    try {
      // One key per message: a resend after a dropped answer is stored once.
      await api("POST", "/v1/handoffs/" + encodeURIComponent(handoff.id) + "/messages",
        { message: message.value.trim() }, { "Idempotency-Key": crypto.randomUUID() });
      message.value = "";
      $("status").textContent = t("sent", { id: handoff.id });
      await showSince(handoff, list);
    } catch (error) {
      $("status").textContent = error.message;
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function entry(handoff) {
  const item = document.createElement("li");
  item.className = "handoff";
  item.dataset.id = handoff.id;
  item.append(text("div", word("reason." + handoff.reason, handoff.reason) + " · " + I18n.dateTime(handoff.createdAt)
    + " · " + t("session", { id: handoff.sessionId }), "meta"),
    text("div", t("mood", { trend: handoff.sentimentTrend.map((m) => word("mood." + m, m)).join(" → ") }), "muted"));
  const transcript = document.createElement("ul");
  transcript.className = "transcript";
  for (const entry of handoff.transcript) transcript.append(text("li", line(entry)));
  item.append(transcript);
  if (handoff.closure) {
    item.append(text("div", t("closedAt", { at: I18n.dateTime(handoff.closure.closedAt) })
      + (handoff.closure.resolution ? " · " + handoff.closure.resolution : ""), "resolution"));
  } else {
    const since = document.createElement("ul");
    since.className = "transcript since";
    item.append(text("div", t("since"), "muted"), since, replyForm(handoff, since), closeForm(handoff));
    showSince(handoff, since).catch((error) => { $("status").textContent = error.message; });
  }
  return item;
}

async function show() {
  const status = $("status-filter").value;
  const queue = await api("GET", "/v1/handoffs?status=" + encodeURIComponent(status));
  $("handoffs").replaceChildren(...queue.handoffs.map(entry));
  if (!queue.handoffs.length) $("status").textContent = t("none." + status);
}

$("queue-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    await Console.signIn($("admin-id").value, "support-admins");
    await show();
  } catch (error) {
    $("status").textContent = error.message;
  }
});

Console.languageSwitch();
I18n.onChange(() => { if (Console.signedIn) show(); });
// Opened from the figures page: show the open queue at once.
$("queue-form").requestSubmit();
