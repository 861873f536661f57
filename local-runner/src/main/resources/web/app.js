// The local chat page. Everything the server returns is rendered with textContent, never as HTML:
// replies quote customer text, and customer text must never become markup.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { customer: null, token: null, sessionId: null, sending: false, photo: null, people: new Set(), watch: null,
  timezone: null, inboxPoll: null };
const t = I18n.t;
// How often the inbox is read again while the page is open: delivered reminders and offers appear by themselves.
const INBOX_POLL_MS = 10000;

// A word for a value from the server (a mood), or the value itself when the page has none for it.
function word(key, raw) {
  const text = t(key);
  return text === key ? raw : text;
}

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
    thumb.alt = t("photo.yours");
    thumb.src = photo.url;
    item.prepend(thumb);
  }
  return item;
}

function photoMeta(turn) {
  if (!turn.photo) return [];
  return [{ text: t("photo.meta", turn.photo) }];
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
    $("message").placeholder = t("photo.ask");
    $("message").focus();
  };
  reader.onerror = () => addMessage("error", t("photo.unreadable"));
  reader.readAsDataURL(file);
}

function replyMeta(turn) {
  const meta = [];
  if (turn.sentiment && turn.sentiment !== "neutral") meta.push({ text: word("mood." + turn.sentiment, turn.sentiment) });
  if (turn.emotion && turn.emotion !== "none") meta.push({ text: word("mood." + turn.emotion, turn.emotion) });
  if (turn.source === "handoff") meta.push({ text: t("handoff.colleague"), kind: "handoff" });
  else if (turn.handoff) meta.push({ text: t("handoff.handing"), kind: "handoff" });
  if (turn.memoriesUsed && turn.memoriesUsed.length) {
    meta.push({ text: t("meta.remembered", { list: turn.memoriesUsed.map((m) => m.statement).join(", ") }) });
  }
  if (turn.usage && (turn.usage.inputTokens || turn.usage.outputTokens)) {
    meta.push({ text: t("meta.tokens", { in: turn.usage.inputTokens, out: turn.usage.outputTokens }) });
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
  for (const [thumbs, label, name] of [["up", "👍", t("vote.up")], ["down", "👎", t("vote.down")]]) {
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

function problemText(response) {
  return I18n.problem(response);
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
  return addMessage("person", entry.reply, [{ text: t("person.badge"), kind: "person" }]);
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
  $("signed-in-as").dataset.name = customer;
  $("signed-in-as").textContent = t("signIn.as", { name: customer });
  $("signed-in-as").hidden = false;
  clearMessages();
  setSession(localStorage.getItem(storageKey(customer)));
  state.people.clear();
  if (state.sessionId) await loadHistory(state.sessionId);
  if (state.people.size) watchForPeople();
  if (!$("messages").children.length) addMessage("system", t("chat.hello", { name: customer }));
  $("message").disabled = false;
  $("send").disabled = false;
  $("photo").disabled = false;
  $("talk").disabled = false;
  await loadSettings();
  await loadReminders();
  clearInterval(state.inboxPoll);
  state.inboxPoll = setInterval(loadInbox, INBOX_POLL_MS);
  $("message").focus();
}

async function send(event) {
  event.preventDefault();
  const text = $("message").value.trim();
  if (state.photo && !text && !state.sending) {
    addMessage("error", t("photo.needQuestion"));
    return;
  }
  if (!text || state.sending || !state.token) return;
  state.sending = true;
  $("send").disabled = true;
  $("message").value = "";
  const photo = state.photo;
  clearPhoto();
  $("message").placeholder = t("composer.placeholder");
  addUserMessage(text, photo);
  const pending = addMessage("assistant pending", "…");
  const body = { message: text, locale: I18n.lang === "zh" ? "zh-CN" : "en" };
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
    await showReply(await response.json());
  } catch (failure) {
    pending.remove();
    addMessage("error", t("error.offline"));
  } finally {
    state.sending = false;
    $("send").disabled = false;
    $("message").focus();
  }
}

// A turn's answer, typed or spoken: shown, then what it may have changed (memories, reminders) read again.
async function showReply(reply) {
  setSession(reply.sessionId);
  const answer = addAnswer(reply);
  if (reply.handoff) watchForPeople();
  // Memories are curated off the reply's path; look again shortly for what this turn taught us.
  setTimeout(loadMemories, 1500);
  await loadReminders();
  return answer;
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
      textContent: t("memory.full", { capacity: listing.capacity }) }));
  }
  if (!listing.memories.length) {
    list.appendChild(Object.assign(document.createElement("li"), { className: "muted", textContent: t("memory.none") }));
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
    source.textContent = t("memory.source", { quote: memory.provenance.quote, at: I18n.dateTime(memory.provenance.at, state.timezone) });
    const tools = document.createElement("span");
    tools.className = "tools";
    const edit = Object.assign(document.createElement("button"), { type: "button", className: "secondary edit", textContent: t("edit") });
    edit.addEventListener("click", () => editMemory(memory));
    const remove = Object.assign(document.createElement("button"), { type: "button", className: "danger delete", textContent: t("delete") });
    remove.addEventListener("click", () => deleteMemory(memory));
    tools.append(edit, remove);
    item.append(statement, source, tools);
    list.appendChild(item);
  }
}

async function editMemory(memory) {
  const statement = prompt(t("memory.editPrompt"), memory.statement);
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
  state.timezone = settings.timezone;
  // The customer's own choice of language, once made, wins over the browser's.
  if (settings.locale && I18n.pick(settings.locale) !== I18n.lang) I18n.use(I18n.pick(settings.locale));
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
  $("settings-status").textContent = response.ok ? t("saved") : await problemText(response);
  if (response.ok) {
    state.timezone = $("timezone").value.trim() || "UTC";
    await loadReminders();
  }
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
  $("data-status").textContent = t("data.downloaded");
}

async function forgetMe() {
  if (!confirm(t("data.confirmForget"))) return;
  const response = await api("DELETE", "/v1/me");
  if (!response.ok) {
    $("data-status").textContent = await problemText(response);
    return;
  }
  const erasure = await response.json();
  setSession(null);
  clearMessages();
  addMessage("system", t("data.forgotten", { count: erasure.itemsDeleted }));
  $("data-status").textContent = t("data.forgottenAt", { at: I18n.dateTime(erasure.completedAt, state.timezone) });
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
  const [reminders] = await Promise.all([api("GET", "/v1/reminders"), loadInbox()]);
  if (reminders.ok) {
    const items = (await reminders.json()).reminders.map((reminder) => {
      const when = reminder.nextAt ? I18n.dateTime(reminder.nextAt, state.timezone) : t("reminders.done");
      const item = listItem(reminder.text, (reminder.rrule ? reminder.rrule + " · " : "") + t("reminders.next", { when }));
      item.dataset.id = reminder.id;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary";
      remove.textContent = t("delete");
      remove.addEventListener("click", async () => {
        const response = await api("DELETE", "/v1/reminders/" + encodeURIComponent(reminder.id));
        $("reminder-status").textContent = response.ok ? t("deleted") : await problemText(response);
        await loadReminders();
      });
      const tools = document.createElement("div");
      tools.className = "tools";
      tools.append(remove);
      item.append(tools);
      return item;
    });
    fill($("reminders"), items, t("reminders.none"));
  }
}

async function loadInbox() {
  if (!state.token) return;
  const inbox = await api("GET", "/v1/inbox?limit=20");
  if (!inbox.ok) return;
  const items = await Promise.all((await inbox.json()).messages.map(async (message) => {
    const item = listItem(message.text, word("inbox." + message.kind, message.kind || "") + " · "
      + I18n.dateTime(message.occurrence, state.timezone));
    if (message.card) await showCard(item, message);
    return item;
  }));
  fill($("inbox"), items, t("inbox.none"));
}

// A birthday card is fetched with the customer's token and shown as an image: an SVG in <img> runs nothing.
async function showCard(item, message) {
  const response = await api("GET", message.card);
  if (!response.ok) return;
  const card = document.createElement("img");
  card.src = URL.createObjectURL(await response.blob());
  // The inbox is read again every few seconds: each fetched card is let go once shown.
  card.addEventListener("load", () => URL.revokeObjectURL(card.src), { once: true });
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
  $("reminder-status").textContent = response.ok ? t("added") : await problemText(response);
  if (response.ok) $("reminder-text").value = "";
  await loadReminders();
}

function newConversation() {
  setSession(null);
  clearMessages();
  addMessage("system", t("session.started"));
  $("message").focus();
}

// The switch: remembered in this browser and, once signed in, as the customer's locale setting.
async function chooseLanguage(lang) {
  localStorage.setItem("rapport.lang", lang);
  I18n.use(lang);
  if (state.token) {
    const response = await api("PUT", "/v1/settings", { locale: lang === "zh" ? "zh-CN" : "en" });
    if (!response.ok) $("settings-status").textContent = await problemText(response);
  }
}

// Text built from server data is re-rendered in the new language; the conversation stays as it was.
I18n.onChange((lang) => {
  document.querySelectorAll("[data-lang]").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === lang)));
  if (!state.token) return;
  $("signed-in-as").textContent = t("signIn.as", { name: state.customer });
  loadMemories();
  loadReminders();
});

document.addEventListener("DOMContentLoaded", () => {
  I18n.use(localStorage.getItem("rapport.lang") || I18n.pick(navigator.languages || [navigator.language]));
  document.querySelectorAll("[data-lang]").forEach((b) => b.addEventListener("click", () => chooseLanguage(b.dataset.lang)));
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
