"use strict";
// The marketer console: schedule a campaign (POST /v1/campaigns), see whom its segment reaches and
// what they would read (POST …/preview), follow delivery (GET …/{id}) and cancel (POST …/cancel).
// The campaigns this browser scheduled or opened are remembered in it; the API has no listing.

const $ = (id) => document.getElementById(id);
const { api, say, element, button, words } = Console;
const t = I18n.t;
const KNOWN = "rapport.campaigns";
const FOLLOW_MS = 5000;
const views = new Map();

function known() {
  return JSON.parse(localStorage.getItem(KNOWN) || "[]");
}

function remember(id) {
  localStorage.setItem(KNOWN, JSON.stringify([id, ...known().filter((k) => k !== id)].slice(0, 20)));
}

function segment() {
  const chosen = {};
  const regions = words($("regions").value);
  const locales = [...document.querySelectorAll("input[name=locale]:checked")].map((box) => box.value);
  const tags = words($("tags").value);
  if (regions.length) chosen.regions = regions;
  if (locales.length) chosen.locales = locales;
  if (tags.length) chosen.tagsAny = tags;
  if ($("purchased").value) chosen.purchasedWithinDays = Number($("purchased").value);
  if ($("birth-month").value) chosen.birthMonth = Number($("birth-month").value);
  return chosen;
}

async function schedule(event) {
  event.preventDefault();
  try {
    const campaign = await api("POST", "/v1/campaigns", {
      name: $("name").value.trim(),
      brief: $("brief").value.trim(),
      segment: segment(),
      sendAt: $("send-at").value,
      timezone: $("zone").value.trim(),
      quietHours: $("quiet-from").value + "-" + $("quiet-to").value,
      frequencyCap: Number($("cap").value),
    });
    remember(campaign.id);
    say(t("scheduled", { name: campaign.name, id: campaign.id }));
    const card = show(campaign);
    await preview(campaign, card);
  } catch (error) {
    say(error.message, true);
  }
}

function stats(campaign) {
  const s = campaign.stats;
  const list = element("dl", undefined, "stats");
  const add = (key, value) => list.append(element("dt", t(key)), element("dd", value, "stat-" + key.split(".").pop()));
  add("stats.targeted", s.targeted === null || s.targeted === undefined ? "–" : s.targeted);
  add("stats.sent", s.sent);
  for (const reason of ["noConsent", "quietHours", "frequencyCap", "cancelled"]) {
    add("skipped." + reason, s.skipped[reason] || 0);
  }
  add("stats.failed", s.failed);
  return list;
}

function describeSegment(chosen) {
  const parts = [];
  if (chosen.regions && chosen.regions.length) parts.push(t("segment.regions") + ": " + chosen.regions.join(", "));
  if (chosen.locales && chosen.locales.length) parts.push(t("segment.locales") + ": " + chosen.locales.join(", "));
  if (chosen.tagsAny && chosen.tagsAny.length) parts.push(t("segment.tags") + ": " + chosen.tagsAny.join(", "));
  if (chosen.purchasedWithinDays) parts.push(t("segment.purchased") + ": " + chosen.purchasedWithinDays);
  if (chosen.birthMonth) parts.push(t("segment.birthMonth") + ": " + chosen.birthMonth);
  return parts.length ? parts.join(" · ") : t("segment.everyone");
}

/** A card per campaign, replaced in place when it is read again. */
function show(campaign) {
  views.set(campaign.id, campaign);
  const card = element("li", undefined, "handoff campaign");
  card.dataset.id = campaign.id;
  card.dataset.status = campaign.status;
  card.append(
    element("div", campaign.name + " · " + t("status." + campaign.status), "meta"),
    element("div", t("when", { at: campaign.sendAt.replace("T", " "), zone: campaign.timezone,
      quiet: campaign.quietHours, cap: campaign.frequencyCap }), "muted"),
    element("div", describeSegment(campaign.segment), "muted"),
    element("p", campaign.brief, "brief"),
    stats(campaign));
  const tools = element("div", undefined, "tools");
  tools.append(button(t("preview"), () => preview(campaign, card).catch((e) => say(e.message, true)), "secondary preview"),
    button(t("refresh"), () => read(campaign.id).catch((e) => say(e.message, true)), "secondary refresh"));
  if (campaign.status === "scheduled" || campaign.status === "running") {
    tools.append(button(t("cancel"), () => cancel(campaign), "danger cancel"));
  }
  const samples = element("div", undefined, "samples");
  card.append(tools, samples);
  const old = document.querySelector("#campaigns [data-id='" + CSS.escape(campaign.id) + "']");
  // A preview stays shown while the card is read again.
  if (old) samples.replaceChildren(...old.querySelector(".samples").childNodes);
  if (old) old.replaceWith(card);
  else $("campaigns").prepend(card);
  return card;
}

async function preview(campaign, card) {
  const found = await api("POST", "/v1/campaigns/" + encodeURIComponent(campaign.id) + "/preview");
  const box = card.querySelector(".samples");
  const heading = found.matchesAnyone
    ? t("preview.matches", { count: found.samples.length })
    : t("preview.nobody");
  const list = element("ul", undefined, "transcript");
  for (const sample of found.samples) list.append(element("li", sample.recipient + ": " + sample.message));
  box.replaceChildren(element("div", heading, found.matchesAnyone ? "reach" : "reach none"), list);
}

async function read(id) {
  const campaign = await api("GET", "/v1/campaigns/" + encodeURIComponent(id));
  remember(campaign.id);
  show(campaign);
  return campaign;
}

async function cancel(campaign) {
  if (!confirm(t("cancel.confirm", { name: campaign.name }))) return;
  try {
    const cancelled = await api("POST", "/v1/campaigns/" + encodeURIComponent(campaign.id) + "/cancel");
    show(cancelled);
    say(t("cancelled", { name: campaign.name }));
  } catch (error) {
    say(error.message, true);
  }
}

// Delivery moves on by itself: campaigns still to finish are read again every few seconds.
async function follow() {
  if (!Console.signedIn) return;
  for (const campaign of views.values()) {
    if (campaign.status === "scheduled" || campaign.status === "running") {
      await read(campaign.id).catch(() => {});
    }
  }
}

async function signIn(event) {
  event.preventDefault();
  try {
    await Console.signIn($("marketer-id").value.trim(), "marketers");
    say(t("signedIn", { name: $("marketer-id").value.trim() }));
    for (const id of known().reverse()) await read(id).catch(() => {});
  } catch (error) {
    say(error.message, true);
  }
}

function defaults() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  $("zone").value = zone;
  const soon = new Date(Date.now() + 3600000);
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(soon);
  $("send-at").value = parts.replace(" ", "T");
}

function months() {
  for (let month = 1; month <= 12; month++) {
    const option = element("option", new Intl.DateTimeFormat(I18n.lang === "zh" ? "zh-CN" : "en-GB", { month: "long" })
      .format(new Date(2026, month - 1, 1)));
    option.value = String(month);
    $("birth-month").append(option);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  Console.languageSwitch();
  I18n.onChange(() => views.forEach((campaign) => show(campaign)));
  defaults();
  months();
  $("sign-in-form").addEventListener("submit", signIn);
  $("campaign-form").addEventListener("submit", (event) => {
    if (!Console.signedIn) {
      event.preventDefault();
      say(t("signInFirst"), true);
      return;
    }
    schedule(event);
  });
  $("open-form").addEventListener("submit", (event) => {
    event.preventDefault();
    read($("open-id").value.trim()).catch((error) => say(error.message, true));
  });
  setInterval(follow, FOLLOW_MS);
  $("sign-in-form").requestSubmit();
});
