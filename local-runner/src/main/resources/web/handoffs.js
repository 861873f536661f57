"use strict";
// The support admins' queue: GET /v1/handoffs?status=…, POST /v1/handoffs/{id}/close with a note, and
// for an open handoff what was said since (GET /v1/handoffs/{id}/messages) with a reply box (POST there).
// Everything the customer wrote is shown as text, never as markup.

const $ = (id) => document.getElementById(id);
let bearer = null;

async function signIn(subject) {
  const response = await fetch("/local/token", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sub: subject, groups: ["support-admins"] }),
  });
  if (!response.ok) throw new Error("could not sign in: " + response.status);
  return (await response.json()).token;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...options.headers, Authorization: "Bearer " + bearer } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || String(response.status));
  return body;
}

function text(tag, content, className) {
  return Object.assign(document.createElement(tag), { textContent: content, className: className || "" });
}

function closeForm(handoff) {
  const form = document.createElement("form");
  form.className = "close";
  const note = Object.assign(document.createElement("input"),
    { placeholder: "Resolution (optional)", maxLength: 500, name: "resolution" });
  const button = Object.assign(document.createElement("button"), { type: "submit", textContent: "Close" });
  form.append(note, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await api("/v1/handoffs/" + encodeURIComponent(handoff.id) + "/close", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(note.value.trim() ? { resolution: note.value.trim() } : {}),
      });
      $("status").textContent = "Closed " + handoff.id + ".";
      await show();
    } catch (error) {
      button.disabled = false;
      $("status").textContent = error.message;
    }
  });
  return form;
}

async function showSince(handoff, list) {
  const since = await api("/v1/handoffs/" + encodeURIComponent(handoff.id) + "/messages");
  list.replaceChildren(...since.messages.map((line) => text("li", line.role + ": " + line.text, "line-" + line.role)));
}

function replyForm(handoff, list) {
  const form = document.createElement("form");
  form.className = "reply";
  const message = Object.assign(document.createElement("textarea"),
    { placeholder: "Reply to the customer", maxLength: 4000, name: "message", rows: 2, required: true });
  const button = Object.assign(document.createElement("button"), { type: "submit", textContent: "Send" });
  form.append(message, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!message.value.trim()) return;
    button.disabled = true;
    try {
      // One key per message: a resend after a dropped answer is stored once.
      await api("/v1/handoffs/" + encodeURIComponent(handoff.id) + "/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ message: message.value.trim() }),
      });
      message.value = "";
      $("status").textContent = "Sent to the customer of " + handoff.id + ".";
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
  item.append(text("div", handoff.reason + " · " + handoff.createdAt + " · session " + handoff.sessionId, "meta"),
    text("div", "mood: " + handoff.sentimentTrend.join(" → "), "muted"));
  const transcript = document.createElement("ul");
  transcript.className = "transcript";
  for (const line of handoff.transcript) transcript.append(text("li", line.role + ": " + line.text));
  item.append(transcript);
  if (handoff.closure) {
    item.append(text("div", "closed " + handoff.closure.closedAt
      + (handoff.closure.resolution ? " · " + handoff.closure.resolution : ""), "resolution"));
  } else {
    const since = document.createElement("ul");
    since.className = "transcript since";
    item.append(text("div", "since the handoff", "muted"), since, replyForm(handoff, since), closeForm(handoff));
    showSince(handoff, since).catch((error) => { $("status").textContent = error.message; });
  }
  return item;
}

async function show() {
  const status = $("status-filter").value;
  const queue = await api("/v1/handoffs?status=" + encodeURIComponent(status));
  $("handoffs").replaceChildren(...queue.handoffs.map(entry));
  if (!queue.handoffs.length) $("status").textContent = "No " + status + " handoffs.";
}

$("queue-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    bearer = await signIn($("admin-id").value);
    await show();
  } catch (error) {
    $("status").textContent = error.message;
  }
});

// Opened from the figures page: show the open queue at once.
$("queue-form").requestSubmit();
