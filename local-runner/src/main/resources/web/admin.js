"use strict";
// The support admins' view of GET /v1/analytics/summary: a few headline figures and two charts.

const $ = (id) => document.getElementById(id);
const t = I18n.t;
const SVG = "http://www.w3.org/2000/svg";

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function percent(x) {
  return x === null || x === undefined ? "–" : Math.round(x * 100) + "%";
}

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}


function tiles(summary) {
  const figures = [
    ["Turns", summary.turns],
    ["Sessions", summary.sessions],
    ["Contained", percent(summary.containmentRate)],
    ["CSAT", percent(summary.ratings.csat)],
    ["Average rating", summary.ratings.average === null ? "–" : summary.ratings.average.toFixed(1)],
    ["Handoffs", summary.handoffs.count],
    ["p50 / p99 latency", (summary.latencyP50Ms ?? "–") + " / " + (summary.latencyP99Ms ?? "–") + " ms"],
    ["Cost per turn", summary.model.estimatedCostUsdPerTurn === null ? "–"
      : "$" + summary.model.estimatedCostUsdPerTurn.toFixed(5)],
    ["Memories written / deleted", summary.memory.writes + " / " + summary.memory.deletions],
    ["Reminders / campaign messages delivered", summary.deliveries.reminders + " / " + summary.deliveries.campaigns],
  ];
  const box = $("tiles");
  box.replaceChildren();
  for (const [label, value] of figures) {
    const tile = document.createElement("div");
    tile.className = "tile";
    tile.dataset.figure = label;
    tile.append(Object.assign(document.createElement("div"), { className: "value", textContent: String(value) }),
      Object.assign(document.createElement("div"), { className: "label", textContent: t("figure." + label) }));
    box.append(tile);
  }
}

function turnsChart(days) {
  const chart = $("turns-chart");
  chart.replaceChildren();
  const width = 600, height = 170, left = 30, top = 20;
  const most = Math.max(1, ...days.map((d) => d.turns));
  const step = width / Math.max(1, days.length);
  const points = [];
  days.forEach((day, i) => {
    const h = (day.turns / most) * height;
    const x = left + i * step;
    const bar = svg("rect", { class: "bar", x: x + step * 0.15, y: top + height - h, width: step * 0.7, height: h });
    bar.append(svg("title", {}, t("chart.day", { day: day.day, turns: day.turns, csat: percent(day.csat) })));
    chart.append(bar);
    if (day.csat !== null) points.push((x + step / 2) + "," + (top + height - day.csat * height));
    if (days.length <= 14 || i % Math.ceil(days.length / 10) === 0) {
      chart.append(svg("text", { class: "axis", x: x + step / 2, y: top + height + 14, "text-anchor": "middle" }, day.day.slice(5)));
    }
  });
  chart.append(svg("text", { class: "axis", x: 2, y: top + 8 }, String(most)));
  if (points.length > 1) chart.append(svg("polyline", { class: "csat", points: points.join(" ") }));
  else if (points.length === 1) {
    const [x, y] = points[0].split(",");
    chart.append(svg("circle", { class: "csat", cx: x, cy: y, r: 4 }));
  }
}

function reasonsChart(reasons) {
  const chart = $("reasons-chart");
  chart.replaceChildren();
  const entries = Object.entries(reasons);
  const most = Math.max(1, ...entries.map(([, n]) => n));
  entries.forEach(([reason, count], i) => {
    const y = 15 + i * 40;
    const label = t("reason." + reason);
    chart.append(svg("text", { class: "axis", x: 5, y: y + 17 }, label === "reason." + reason ? reason : label));
    chart.append(svg("rect", { class: "bar", x: 90, y, width: Math.max(2, (count / most) * 480), height: 24 }));
    chart.append(svg("text", { class: "axis", x: 95 + (count / most) * 480, y: y + 17 }, String(count)));
  });
}

async function show(event) {
  if (event) event.preventDefault();
  const status = $("status");
  try {
    await Console.signIn($("admin-id").value.trim(), "support-admins");
    const summary = await Console.api("GET", "/v1/analytics/summary?from=" + $("from").value + "&to=" + $("to").value);
    status.textContent = t("range", { from: summary.from, to: summary.to });
    tiles(summary);
    turnsChart(summary.days);
    reasonsChart(summary.handoffs.reasons);
    $("notes").replaceChildren(...summary.notes.map((n) => Object.assign(document.createElement("li"), { textContent: n })));
  } catch (e) {
    status.textContent = String(e.message || e);
  }
}

const today = new Date();
$("to").value = isoDay(today);
$("from").value = isoDay(new Date(today.getTime() - 13 * 86400000));
$("range-form").addEventListener("submit", show);
Console.languageSwitch();
I18n.onChange(() => show());
show();
