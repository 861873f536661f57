// The local chat page. Everything the server returns is rendered with textContent, never as HTML:
// replies quote customer text, and customer text must never become markup.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { customer: null, token: null, sessionId: null, sending: false, photo: null, people: new Set(), watch: null };

function storageKey(customer) {
  return "rapport.session." + customer;
}

function addMessage(kind, text, meta) {
  const item = document.createElement("li");
  item.className = "msg " + kind;
  item.textContent = text;
  if (meta && meta.length) {
    const line = document.createElement("span");
    line.className = "meta";
    for (const part of meta) {
      const badge = document.createElement("span");
      badge.className = "badge" + (part.kind ? " " + part.kind : "");
      badge.textContent = part.text;
      line.appendChild(badge);
    }
    item.appendChild(line);
  }
  $("messages").appendChild(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

// A customer message; with a photo, the picture the customer chose is shown above the text. The
// server never stores the picture, so history shows what was sent by description only.
function addUserMessage(text, photo, meta) {
  const item = addMessage("user", text, meta);
  if (photo) {
    const thumb = document.createElement("img");
    thumb.className = "thumb";
    thumb.alt = "your photo";
    thumb.src = photo.url;
    item.prepend(thumb);
  }
  return item;
}

function photoMeta(turn) {
  if (!turn.photo) return [];
  return [{ text: "photo: " + turn.photo.format + " " + turn.photo.width + "×" + turn.photo.height + " (not kept)" }];
}

function clearPhoto() {
  state.photo = null;
  $("photo-input").value = "";
  $("photo-preview").hidden = true;
  $("photo-thumb").removeAttribute("src");
}

// Reads the chosen file as a data: URL: its base64 part is the request's image.data, the whole URL
// is the thumbnail. The server checks everything again; this only spares an obviously wrong upload.
function choosePhoto() {
  const file = $("photo-input").files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    const url = String(reader.result);
    state.photo = { url, data: url.substring(url.indexOf(",") + 1), format: (file.type || "").replace("image/", "") };
    $("photo-thumb").src = url;
    $("photo-name").textContent = file.name;
    $("photo-preview").hidden = false;
    $("message").placeholder = "Ask about the photo…";
    $("message").focus();
  };
  reader.onerror = () => addMessage("error", "The photo could not be read.");
  reader.readAsDataURL(file);
}

function replyMeta(turn) {
  const meta = [];
  if (turn.sentiment && turn.sentiment !== "neutral") meta.push({ text: turn.sentiment });
  if (turn.emotion && turn.emotion !== "none") meta.push({ text: turn.emotion });
  if (turn.source === "handoff") meta.push({ text: "a colleague has this conversation", kind: "handoff" });
  else if (turn.handoff) meta.push({ text: "handing over to a person", kind: "handoff" });
  if (turn.memoriesUsed && turn.memoriesUsed.length) {
    meta.push({ text: "remembered: " + turn.memoriesUsed.map((m) => m.statement).join(", ") });
  }
  if (turn.usage && (turn.usage.inputTokens || turn.usage.outputTokens)) {
    meta.push({ text: turn.usage.inputTokens + " in · " + turn.usage.outputTokens + " out tokens" });
  }
  return meta;
}

// An answer with the customer's thumbs under it. Pressing one sends the verdict; pressing the other
// later replaces it, as the server keeps one verdict per answer.
function addAnswer(turn) {
  const item = addMessage("assistant", turn.reply, replyMeta(turn));
  if (!turn.turnId) return item;
  const bar = document.createElement("span");
  bar.className = "votes";
  for (const [thumbs, label, name] of [["up", "👍", "helpful"], ["down", "👎", "not helpful"]]) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "vote vote-" + thumbs;
    button.textContent = label;
    button.title = name;
    button.setAttribute("aria-label", name);
    button.addEventListener("click", async () => {
      const response = await api("POST", "/v1/turns/" + encodeURIComponent(turn.turnId) + "/feedback", { thumbs });
      if (!response.ok) {
        addMessage("error", await problemText(response));
        return;
      }
      bar.querySelectorAll("button").forEach((b) => b.classList.toggle("chosen", b === button));
    });
    bar.appendChild(button);
  }
  item.appendChild(bar);
  return item;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return (problem.title || "Error") + (problem.detail ? ": " + problem.detail : "");
  } catch (ignored) {
    return "HTTP " + response.status;
  }
}

async function api(method, path, body, headers) {
  const init = { method, headers: Object.assign({ Authorization: "Bearer " + state.token }, headers || {}) };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  return fetch(path, init);
}

function setSession(sessionId) {
  state.sessionId = sessionId;
  $("session-id").textContent = sessionId || "new";
  $("new-session").disabled = !sessionId;
  if (sessionId) localStorage.setItem(storageKey(state.customer), sessionId);
  else localStorage.removeItem(storageKey(state.customer));
}

function clearMessages() {
  $("messages").replaceChildren();
}

async function loadHistory(sessionId) {
  const response = await api("GET", "/v1/sessions/" + encodeURIComponent(sessionId) + "/turns");
  if (response.status === 404) {
    setSession(null);
    return;
  }
  if (!response.ok) {
    addMessage("error", await problemText(response));
    return;
  }
  const history = await response.json();
  for (const turn of history.turns) {
    if (turn.from === "person") {
      addPersonMessage(turn);
      continue;
    }
    addUserMessage(turn.message, null, photoMeta(turn));
    addAnswer(turn);
  }
}

// A colleague's message after a handoff: marked as from a person, never as the assistant's.
function addPersonMessage(entry) {
  state.people.add(entry.messageId);
  return addMessage("person", entry.reply, [{ text: "from a person", kind: "person" }]);
}

// While a colleague has the conversation, look for their messages every few seconds.
function watchForPeople() {
  if (state.watch) return;
  state.watch = setInterval(async () => {
    if (!state.sessionId || !state.token) return;
    const response = await api("GET", "/v1/sessions/" + encodeURIComponent(state.sessionId) + "/turns");
    if (!response.ok) return;
    for (const entry of (await response.json()).turns) {
      if (entry.from === "person" && !state.people.has(entry.messageId)) addPersonMessage(entry);
    }
  }, 5000);
}

async function signIn(event) {
  event.preventDefault();
  const customer = $("customer-id").value.trim();
  if (!$("customer-id").checkValidity() || !customer) {
    $("customer-id").reportValidity();
    return;
  }
  const response = await fetch("/local/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sub: customer }),
  });
  if (!response.ok) {
    addMessage("error", await problemText(response));
    return;
  }
  state.customer = customer;
  state.token = (await response.json()).token;
  $("signed-in-as").textContent = "signed in as " + customer;
  $("signed-in-as").hidden = false;
  clearMessages();
  setSession(localStorage.getItem(storageKey(customer)));
  state.people.clear();
  if (state.sessionId) await loadHistory(state.sessionId);
  if (state.people.size) watchForPeople();
  if (!$("messages").children.length) addMessage("system", "Say hello, " + customer + ".");
  $("message").disabled = false;
  $("send").disabled = false;
  $("photo").disabled = false;
  await loadSettings();
  await loadReminders();
  $("message").focus();
}

async function send(event) {
  event.preventDefault();
  const text = $("message").value.trim();
  if (state.photo && !text && !state.sending) {
    addMessage("error", "Add a question about the photo.");
    return;
  }
  if (!text || state.sending || !state.token) return;
  state.sending = true;
  $("send").disabled = true;
  $("message").value = "";
  const photo = state.photo;
  clearPhoto();
  $("message").placeholder = "Write a message… (Enter to send, Shift+Enter for a new line)";
  addUserMessage(text, photo);
  const pending = addMessage("assistant pending", "…");
  const body = { message: text, locale: navigator.language || "en" };
  if (state.sessionId) body.sessionId = state.sessionId;
  if (photo) body.image = { format: photo.format, data: photo.data };
  // One key per message: if the network drops and the customer sends again, the server answers
  // once and stores one turn.
  const headers = { "Idempotency-Key": crypto.randomUUID() };
  try {
    const response = await api("POST", photo ? "/v1/inquiries/image" : "/v1/chat", body, headers);
    pending.remove();
    if (!response.ok) {
      addMessage("error", await problemText(response));
      return;
    }
    const reply = await response.json();
    setSession(reply.sessionId);
    addAnswer(reply);
    if (reply.handoff) watchForPeople();
    // Memories are curated off the reply's path; look again shortly for what this turn taught us.
    setTimeout(loadMemories, 1500);
    await loadReminders();
  } catch (failure) {
    pending.remove();
    addMessage("error", "The local stack did not answer. Is it still running?");
  } finally {
    state.sending = false;
    $("send").disabled = false;
    $("message").focus();
  }
}

async function loadMemories() {
  const response = await api("GET", "/v1/memory");
  const list = $("memories");
  if (!response.ok) {
    list.replaceChildren(Object.assign(document.createElement("li"), { className: "muted", textContent: await problemText(response) }));
    return;
  }
  const listing = await response.json();
  list.replaceChildren();
  if (listing.full) {
    list.appendChild(Object.assign(document.createElement("li"), { className: "muted full",
      textContent: "Memory is full (" + listing.capacity + " items): delete something so I can remember new things." }));
  }
  if (!listing.memories.length) {
    list.appendChild(Object.assign(document.createElement("li"), { className: "muted", textContent: "Nothing yet." }));
  }
  for (const memory of listing.memories) {
    const item = document.createElement("li");
    item.className = "memory";
    item.dataset.id = memory.id;
    const statement = document.createElement("span");
    statement.className = "statement";
    statement.textContent = memory.statement;
    const source = document.createElement("span");
    source.className = "source";
    source.textContent = "from \u201c" + memory.provenance.quote + "\u201d, " + new Date(memory.provenance.at).toLocaleString();
    const tools = document.createElement("span");
    tools.className = "tools";
    const edit = Object.assign(document.createElement("button"), { type: "button", className: "secondary edit", textContent: "Edit" });
    edit.addEventListener("click", () => editMemory(memory));
    const remove = Object.assign(document.createElement("button"), { type: "button", className: "danger delete", textContent: "Delete" });
    remove.addEventListener("click", () => deleteMemory(memory));
    tools.append(edit, remove);
    item.append(statement, source, tools);
    list.appendChild(item);
  }
}

async function editMemory(memory) {
  const statement = prompt("What should we remember instead?", memory.statement);
  if (statement === null) return;
  const response = await api("PATCH", "/v1/memory/" + encodeURIComponent(memory.id), { statement });
  if (!response.ok) $("data-status").textContent = await problemText(response);
  await loadMemories();
}

async function deleteMemory(memory) {
  const response = await api("DELETE", "/v1/memory/" + encodeURIComponent(memory.id));
  if (!response.ok) $("data-status").textContent = await problemText(response);
  await loadMemories();
}

async function loadSettings() {
  const response = await api("GET", "/v1/settings");
  if (!response.ok) {
    $("settings-status").textContent = await problemText(response);
    return;
  }
  const settings = await response.json();
  $("memory-enabled").checked = settings.memoryEnabled;
  $("sensitive-allowed").checked = settings.sensitiveMemoryAllowed;
  $("marketing-opt-in").checked = settings.marketingOptIn;
  $("timezone").value = settings.timezone;
  $("your-data").hidden = false;
  await loadMemories();
}

async function saveSettings(event) {
  event.preventDefault();
  const response = await api("PUT", "/v1/settings", {
    memoryEnabled: $("memory-enabled").checked,
    sensitiveMemoryAllowed: $("sensitive-allowed").checked,
    marketingOptIn: $("marketing-opt-in").checked,
    timezone: $("timezone").value.trim() || "UTC",
  });
  $("settings-status").textContent = response.ok ? "Saved." : await problemText(response);
}

async function exportData() {
  const response = await api("GET", "/v1/me/export");
  if (!response.ok) {
    $("data-status").textContent = await problemText(response);
    return;
  }
  const blob = new Blob([JSON.stringify(await response.json(), null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "rapport-export.json";
  link.click();
  URL.revokeObjectURL(link.href);
  $("data-status").textContent = "Your data was downloaded.";
}

async function forgetMe() {
  if (!confirm("Delete everything Rapport holds about you? This cannot be undone.")) return;
  const response = await api("DELETE", "/v1/me");
  if (!response.ok) {
    $("data-status").textContent = await problemText(response);
    return;
  }
  const erasure = await response.json();
  setSession(null);
  clearMessages();
  addMessage("system", "Everything about you was deleted (" + erasure.itemsDeleted + " items).");
  $("data-status").textContent = "Forgotten at " + erasure.completedAt + ".";
  await loadSettings();
}

function listItem(text, detail) {
  const item = document.createElement("li");
  item.className = "memory";
  const main = document.createElement("span");
  main.textContent = text;
  const source = document.createElement("span");
  source.className = "source";
  source.textContent = detail;
  item.append(main, source);
  return item;
}

function fill(list, items, empty) {
  list.replaceChildren(...items);
  if (!items.length) {
    const none = document.createElement("li");
    none.className = "muted";
    none.textContent = empty;
    list.append(none);
  }
}

// Reminders and the inbox: a chat turn may have set a reminder, so both are read again after each reply.
async function loadReminders() {
  const [reminders, inbox] = await Promise.all([api("GET", "/v1/reminders"), api("GET", "/v1/inbox?limit=20")]);
  if (reminders.ok) {
    const items = (await reminders.json()).reminders.map((reminder) => {
      const when = reminder.nextAt ? new Date(reminder.nextAt).toLocaleString() : "done";
      const item = listItem(reminder.text, (reminder.rrule ? reminder.rrule + " · " : "") + "next: " + when);
      item.dataset.id = reminder.id;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary";
      remove.textContent = "Delete";
      remove.addEventListener("click", async () => {
        const response = await api("DELETE", "/v1/reminders/" + encodeURIComponent(reminder.id));
        $("reminder-status").textContent = response.ok ? "Deleted." : await problemText(response);
        await loadReminders();
      });
      const tools = document.createElement("div");
      tools.className = "tools";
      tools.append(remove);
      item.append(tools);
      return item;
    });
    fill($("reminders"), items, "None yet.");
  }
  if (inbox.ok) {
    const items = await Promise.all((await inbox.json()).messages.map(async (message) => {
      const item = listItem(message.text, new Date(message.occurrence).toLocaleString());
      if (message.card) await showCard(item, message);
      return item;
    }));
    fill($("inbox"), items, "No messages yet.");
  }
}

// A birthday card is fetched with the customer's token and shown as an image: an SVG in <img> runs nothing.
async function showCard(item, message) {
  const response = await api("GET", message.card);
  if (!response.ok) return;
  const card = document.createElement("img");
  card.src = URL.createObjectURL(await response.blob());
  card.alt = message.text;
  card.width = 320;
  item.append(card);
}

async function addReminder(event) {
  event.preventDefault();
  const body = { text: $("reminder-text").value.trim(), at: $("reminder-at").value };
  if ($("reminder-repeat").value) body.rrule = "FREQ=" + $("reminder-repeat").value;
  if ($("timezone").value) body.timezone = $("timezone").value;
  const response = await api("POST", "/v1/reminders", body);
  $("reminder-status").textContent = response.ok ? "Added." : await problemText(response);
  if (response.ok) $("reminder-text").value = "";
  await loadReminders();
}

function newConversation() {
  setSession(null);
  clearMessages();
  addMessage("system", "New conversation.");
  $("message").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in-form").addEventListener("submit", signIn);
  $("composer").addEventListener("submit", send);
  $("photo").addEventListener("click", () => $("photo-input").click());
  $("photo-input").addEventListener("change", choosePhoto);
  $("photo-remove").addEventListener("click", clearPhoto);
  $("new-session").addEventListener("click", newConversation);
  $("settings-form").addEventListener("submit", saveSettings);
  $("export-data").addEventListener("click", exportData);
  $("forget-me").addEventListener("click", forgetMe);
  $("refresh-memories").addEventListener("click", loadMemories);
  $("reminder-form").addEventListener("submit", addReminder);
  $("refresh-reminders").addEventListener("click", loadReminders);
  $("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("composer").requestSubmit();
    }
  });
});
