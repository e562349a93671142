// Marsad's web page: hash routes over the JSON API. Article text and every other value from the
// store is untrusted: it reaches the page only as text nodes (textContent), never as HTML.
"use strict";

const T = {
  ar: {
    search: "بحث", map: "الخريطة", graph: "شبكة الفاعلين", contradictions: "التناقضات",
    timeline: "الخط الزمني", lang: "English", query: "ابحث في الأخبار…", go: "ابحث",
    anyType: "كل أنواع الأحداث", outlet: "المصدر", from: "من", to: "إلى", results: "نتيجة",
    next: "التالي", prev: "السابق", noResults: "لا نتائج.", entities: "الكيانات", events: "الأحداث",
    claims: "الادعاءات", details: "التفاصيل", clickHint: "انقر على كلمة مظللة لعرض تفاصيلها.",
    actor: "فاعل", recipient: "المتلقي", place: "المكان", date: "التاريخ", speaker: "المتحدث",
    modality: "الصيغة", content: "المضمون", relations: "العلاقات", documents: "مقالات",
    mentions: "إشارات", reason: "السبب", openActor: "صفحة الفاعل", loading: "جارٍ التحميل…",
    noItems: "لا شيء بعد.", source: "المصدر", evidence: "الدليل", via: "عبر", negated: "منفي",
    hypothetical: "افتراضي", places: "الأماكن", count: "العدد", article: "المقال",
    all: "الكل", legendEvent: "حدث", legendClaim: "ادعاء", failed: "تعذر التحميل",
  },
  en: {
    search: "Search", map: "Map", graph: "Actor graph", contradictions: "Contradictions",
    timeline: "Timeline", lang: "العربية", query: "Search the news…", go: "Search",
    anyType: "Any event type", outlet: "Outlet", from: "From", to: "To", results: "results",
    next: "Next", prev: "Previous", noResults: "No results.", entities: "Entities", events: "Events",
    claims: "Claims", details: "Details", clickHint: "Click a highlighted word for its details.",
    actor: "Actor", recipient: "Recipient", place: "Place", date: "Date", speaker: "Speaker",
    modality: "Modality", content: "Content", relations: "Relations", documents: "documents",
    mentions: "mentions", reason: "Reason", openActor: "Actor page", loading: "Loading…",
    noItems: "Nothing yet.", source: "Source", evidence: "Evidence", via: "via", negated: "negated",
    hypothetical: "hypothetical", places: "Places", count: "Count", article: "Article",
    all: "All", legendEvent: "event", legendClaim: "claim", failed: "Could not load",
  },
};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";
const t = (k) => T[lang][k] || k;

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick" || k === "onsubmit") e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A link to a page of this app; parts are encoded. */
function href(...parts) {
  return "#/" + parts.map(encodeURIComponent).join("/");
}

// Counts the pages shown: an answer that comes back after the reader has moved on to another
// page (or language) is dropped, so a slow page never overwrites the one in front of the reader.
let generation = 0;

async function api(path, params) {
  const asked = generation;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (asked !== generation) return new Promise(() => {}); // a page no longer shown: never resumes
  if (!r.ok) throw new Error(body.error || r.status);
  return body;
}

const main = () => document.getElementById("main");
function show(...nodes) {
  main().replaceChildren(...nodes.flat());
}
function fail(e) {
  show(el("p", { class: "error" }, t("failed") + ": " + e.message));
}

function color(type) {
  let h = 0;
  for (const c of String(type)) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h}, 55%, 48%)`;
}

function entityName(e) {
  return lang === "ar" ? (e.name_ar || e.name) : (e.name || e.name_ar);
}

// ---- search

function filterForm(params, onSubmit, withQuery) {
  const type = el("select", { name: "type" }, el("option", { value: "" }, t("anyType")),
    TYPES.map((x) => el("option", { value: x, selected: params.type === x }, x)));
  const form = el("form", { class: "search", role: "search", onsubmit: (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    onSubmit(data);
  } },
    withQuery ? el("input", { name: "q", id: "q", type: "search", value: params.q || "", placeholder: t("query"), "aria-label": t("query") }) : null,
    type,
    el("input", { name: "outlet", value: params.outlet || "", placeholder: t("outlet"), "aria-label": t("outlet") }),
    el("input", { name: "from", value: params.from || "", placeholder: t("from") + " 2020-05", size: 10, "aria-label": t("from") }),
    el("input", { name: "to", value: params.to || "", placeholder: t("to") + " 2020-06", size: 10, "aria-label": t("to") }),
    params.entity ? el("input", { type: "hidden", name: "entity", value: params.entity }) : null,
    el("button", { type: "submit", id: "go" }, t("go")));
  return form;
}

/** The snippet with its highlights as <mark> elements (offsets into the snippet). */
function highlighted(text, marks) {
  const out = [];
  let at = 0;
  for (const m of marks || []) {
    if (m.start < at) continue;
    out.push(text.slice(at, m.start), el("mark", {}, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

async function searchPage(params) {
  const form = filterForm(params, (d) => go("search", d), true);
  show(form, el("p", {}, t("loading")));
  const offset = Number(params.offset || 0);
  try {
    const page = await api("search", { ...params, offset, limit: 20 });
    const hits = page.items.map((h) => el("article", { class: "card hit" },
      el("a", { class: "title", href: href("doc", h.id) }, h.title || h.id),
      el("div", { class: "meta" }, [h.outlet, h.published].filter(Boolean).join(" · ")),
      el("p", { class: "snippet" }, highlighted(h.snippet || "", h.highlights))));
    const pager = el("div", { class: "pager" },
      offset > 0 ? el("a", { href: "#", onclick: (e) => { e.preventDefault(); go("search", { ...params, offset: Math.max(0, offset - 20) }); } }, t("prev")) : null,
      el("span", { class: "meta", id: "total" }, page.total + " " + t("results")),
      offset + 20 < page.total ? el("a", { href: "#", onclick: (e) => { e.preventDefault(); go("search", { ...params, offset: offset + 20 }); } }, t("next")) : null);
    show(form, pager, hits.length ? hits : el("p", {}, t("noResults")));
  } catch (e) {
    show(form, el("p", { class: "error" }, e.message));
  }
}

// ---- article

/** Splits the text at every annotation boundary; each piece knows the annotations covering it. */
function annotate(text, notes) {
  const cuts = new Set([0, text.length]);
  for (const n of notes) { cuts.add(n.start); cuts.add(n.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    pieces.push({ start: s, end: e, notes: notes.filter((n) => n.start <= s && n.end >= e) });
  }
  return pieces;
}

async function documentPage(id) {
  show(el("p", {}, t("loading")));
  let doc;
  try { doc = await api("documents/" + encodeURIComponent(id)); } catch (e) { return fail(e); }
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const notes = [];
  for (const e of doc.entities) for (const m of e.mentions) notes.push({ kind: "ent", start: m.start, end: m.end, item: e });
  for (const v of doc.events) notes.push({ kind: "event", start: v.evidence.start, end: v.evidence.end, item: v });
  for (const c of doc.claims) notes.push({ kind: "claim", start: c.evidence.start, end: c.evidence.end, item: c });
  const details = el("aside", { class: "card details", id: "details" }, el("h2", {}, t("details")), el("p", { class: "meta" }, t("clickHint")));
  const textBox = el("div", { class: "text", id: "article-text", lang: doc.language || "ar" });
  for (const p of annotate(doc.text, notes)) {
    const piece = doc.text.slice(p.start, p.end);
    if (!p.notes.length) { textBox.append(document.createTextNode(piece)); continue; }
    const ent = p.notes.find((n) => n.kind === "ent");
    const classes = [];
    if (ent) classes.push("ent", "ent-" + ent.item.type);
    if (p.notes.some((n) => n.kind === "event")) classes.push("event");
    if (p.notes.some((n) => n.kind === "claim")) classes.push("claim");
    const span = el("span", { class: classes.join(" "), "data-entity": ent ? ent.item.id : null, tabindex: 0 }, piece);
    span.addEventListener("click", () => {
      textBox.querySelectorAll(".selected").forEach((x) => x.classList.remove("selected"));
      span.classList.add("selected");
      details.replaceChildren(el("h2", {}, t("details")), ...p.notes.map((n) => noteDetails(n, ents, doc)));
    });
    textBox.append(span);
  }
  const legend = el("div", { class: "legend meta" },
    ["PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "EQUIPMENT"].map((x) => el("span", { class: "ent ent-" + x }, x)),
    el("span", { class: "event" }, t("legendEvent")), el("span", { class: "claim" }, t("legendClaim")));
  show(el("h1", { id: "doc-title" }, doc.title || doc.id),
    el("div", { class: "meta" }, [doc.source.outlet, doc.published.value, doc.source.url].filter(Boolean).join(" · ")),
    legend,
    el("div", { class: "article" }, el("div", { class: "card" }, textBox), details));
}

function actorLink(e, doc) {
  return e ? el("a", { class: "actor-link", href: href("actor", doc.entity_keys[e.id]) }, entityName(e)) : "—";
}

function noteDetails(n, ents, doc) {
  const x = n.item;
  if (n.kind === "ent") {
    return el("div", { class: "note" }, el("h3", {}, entityName(x)),
      el("div", {}, el("span", { class: "badge" }, x.type), x.country ? el("span", { class: "badge" }, x.country) : null, x.sector ? el("span", { class: "badge" }, x.sector) : null),
      el("div", { class: "meta" }, x.mentions.length + " " + t("mentions")),
      el("a", { class: "actor-link", href: href("actor", doc.entity_keys[x.id]) }, t("openActor")));
  }
  if (n.kind === "event") {
    return el("div", { class: "note" }, el("h3", {}, x.type + (x.mode ? " · " + x.mode : "")),
      el("div", {}, t("actor") + ": ", actorLink(ents.get(x.actor), doc)),
      el("div", {}, t("recipient") + ": ", actorLink(ents.get(x.recipient), doc)),
      el("div", {}, t("place") + ": ", ents.get(x.location) ? entityName(ents.get(x.location)) : "—"),
      el("div", {}, t("date") + ": ", x.date.value || x.date.phrase || "—"),
      x.negated ? el("span", { class: "badge" }, t("negated")) : null,
      x.hypothetical ? el("span", { class: "badge" }, t("hypothetical")) : null);
  }
  return el("div", { class: "note" }, el("h3", {}, t("legendClaim") + " · " + x.modality),
    el("div", {}, t("speaker") + ": ", x.speaker.text || "—", " ", el("span", { class: "badge" }, x.speaker.kind)),
    x.via.length ? el("div", {}, t("via") + ": ", x.via.map((v) => ents.get(v) ? entityName(ents.get(v)) : v).join("، ")) : null,
    x.content ? el("blockquote", {}, x.content.text) : null);
}

// ---- actor

function bars(buckets) {
  const byPeriod = new Map();
  for (const b of buckets) {
    if (!byPeriod.has(b.period)) byPeriod.set(b.period, []);
    byPeriod.get(b.period).push(b);
  }
  const max = Math.max(1, ...[...byPeriod.values()].map((l) => l.reduce((s, b) => s + b.events, 0)));
  return el("div", {}, el("div", { class: "bars" }, [...byPeriod.entries()].map(([p, list]) =>
    el("div", { class: "bar", title: p },
      list.map((b) => el("div", { style: `height:${Math.round(160 * b.events / max)}px;background:${color(b.type)}`, title: `${p} ${b.type}: ${b.events}` }))))),
  el("div", { class: "bars-labels meta" }, [...byPeriod.keys()].join(" · ")));
}

function eventRow(v) {
  return el("tr", {},
    el("td", {}, v.day || "—"), el("td", {}, el("span", { class: "badge", style: `border-color:${color(v.type)}` }, v.type)),
    el("td", {}, v.actor_key ? el("a", { href: href("actor", v.actor_key) }, v.actor_name) : "—"),
    el("td", {}, v.recipient_key ? el("a", { href: href("actor", v.recipient_key) }, v.recipient_name) : "—"),
    el("td", {}, el("a", { href: href("doc", v.document) }, v.evidence)));
}

async function actorPage(key) {
  show(el("p", {}, t("loading")));
  try {
    const [info, events, contra] = await Promise.all([api("entities/" + encodeURIComponent(key)),
      api("events", { entity: key, limit: 100 }), api("contradictions", { entity: key, limit: 50 })]);
    const e = info.entity;
    show(el("h1", { id: "actor-name" }, entityName(e)),
      el("div", {}, el("span", { class: "badge" }, e.type), e.country ? el("span", { class: "badge" }, e.country) : null,
        e.sector ? el("span", { class: "badge" }, e.sector) : null,
        el("span", { class: "meta" }, ` ${e.documents} ${t("documents")} · ${e.mentions} ${t("mentions")}`)),
      el("h2", {}, t("timeline")), el("div", { id: "actor-timeline" }, info.timeline.length ? bars(info.timeline) : t("noItems")),
      el("h2", {}, t("relations")),
      el("ul", { id: "actor-relations" }, info.relations.map((r) => el("li", {},
        r.direction === "out" ? "→ " : "← ", el("a", { href: href("actor", r.key) }, r.name), " ",
        el("span", { class: "badge" }, r.type), " ×" + r.events))),
      el("h2", {}, t("contradictions")),
      el("div", { id: "actor-contradictions" }, contra.items.length ? contra.items.map(contradictionCard) : t("noItems")),
      el("h2", {}, t("events")),
      el("table", { id: "actor-events" }, el("tbody", {}, events.items.map(eventRow))));
  } catch (err) { fail(err); }
}

// ---- contradictions

function sideBox(s, cls) {
  return el("div", { class: "side " + cls },
    el("div", { class: "meta" }, [s.outlet, s.date].filter(Boolean).join(" · ")),
    el("div", {}, t("speaker") + ": ", s.speaker || "—", " ", s.speaker_kind ? el("span", { class: "badge" }, s.speaker_kind) : null),
    el("p", { class: "evidence" }, s.evidence ? s.evidence.text : ""),
    el("a", { href: href("doc", s.doc) }, t("article") + " " + s.doc));
}

function contradictionCard(c) {
  return el("article", { class: "card contradiction" },
    el("div", {}, el("span", { class: "badge" }, c.kind), el("span", { class: "badge" }, c.relation || ""),
      c.subject ? el("a", { href: href("actor", c.subject.key) }, entityName(c.subject)) : null,
      c.object ? [" / ", el("a", { href: href("actor", c.object.key) }, entityName(c.object))] : null),
    el("p", { class: "meta" }, t("reason") + ": " + (c.reason || "")),
    el("div", { class: "side-by-side" }, sideBox(c.a, "a"), sideBox(c.b, "b")));
}

async function contradictionsPage() {
  show(el("p", {}, t("loading")));
  try {
    const page = await api("contradictions", { limit: 100 });
    show(el("h1", {}, t("contradictions") + " (" + page.total + ")"),
      page.items.length ? page.items.map(contradictionCard) : el("p", {}, t("noItems")));
  } catch (e) { fail(e); }
}

// ---- graph

async function graphPage() {
  const box = el("div", { id: "graph" });
  show(el("h1", {}, t("graph")), box);
  try {
    const g = await api("graph");
    const names = new Map(g.nodes.map((n) => [n.key, lang === "ar" ? (n.name_ar || n.name) : (n.name || n.name_ar)]));
    const elements = [
      ...g.nodes.map((n) => ({ data: { id: n.key, label: names.get(n.key), size: 18 + 6 * Math.sqrt(n.documents) } })),
      ...g.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, label: e.relation, color: color(e.relation) } })),
    ];
    const cy = window.cytoscape({ container: box, elements, layout: { name: "cose", animate: false },
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#0b5d8c", "font-size": 11, "text-valign": "bottom" } },
        { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "data(color)", "target-arrow-color": "data(color)", width: 2, label: "data(label)", "font-size": 8 } },
      ] });
    cy.on("tap", "node", (ev) => go("actor", ev.target.id()));
    window.marsadGraph = cy;
  } catch (e) { fail(e); }
}

// ---- map

const COS_LAT = Math.cos(27 * Math.PI / 180);
function project([lon, lat]) {
  return [(lon * COS_LAT).toFixed(3), (-lat).toFixed(3)];
}
function ringPath(ring) {
  return "M" + ring.map((p) => project(p).join(",")).join("L") + "Z";
}

async function mapPage(params) {
  const box = el("div", { id: "map" });
  const list = el("table", { id: "places" });
  show(el("h1", {}, t("map")), filterForm(params, (d) => go("map", d), false), box, el("h2", {}, t("places")), list);
  try {
    const [geo, places] = await Promise.all([fetch("/assets/vendor/map/lby.json").then((r) => r.json()), api("places", params)]);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    const [x0, y0] = project([9, 34]);
    svg.setAttribute("viewBox", `${x0} ${y0} ${(17 * COS_LAT).toFixed(3)} 15.5`);
    svg.setAttribute("role", "img");
    for (const f of geo.features) {
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const p = document.createElementNS(ns, "path");
      p.setAttribute("d", polys.map((poly) => poly.map(ringPath).join("")).join(""));
      const title = document.createElementNS(ns, "title");
      title.textContent = f.properties.name;
      p.append(title);
      svg.append(p);
    }
    for (const pl of places) {
      const c = document.createElementNS(ns, "circle");
      const [x, y] = project([pl.lon, pl.lat]);
      c.setAttribute("cx", x); c.setAttribute("cy", y);
      c.setAttribute("r", (0.12 + 0.08 * Math.sqrt(pl.events)).toFixed(3));
      c.setAttribute("class", "place");
      const title = document.createElementNS(ns, "title");
      title.textContent = `${pl.name}: ${pl.events} (${pl.types.join(", ")})`;
      c.append(title);
      c.addEventListener("click", () => go("actor", pl.key));
      svg.append(c);
    }
    box.append(svg);
    list.append(el("tbody", {}, places.map((pl) => el("tr", {},
      el("td", {}, el("a", { href: href("actor", pl.key) }, pl.name)), el("td", {}, pl.events), el("td", {}, pl.types.join(" "))))));
  } catch (e) { fail(e); }
}

// ---- timeline

async function timelinePage(params) {
  show(el("h1", {}, t("timeline")), el("p", {}, t("loading")));
  try {
    const buckets = await api("timeline", { ...params, by: params.by || "month" });
    const types = [...new Set(buckets.map((b) => b.type))];
    show(el("h1", {}, t("timeline")), filterForm(params, (d) => go("timeline", d), false),
      el("div", { id: "timeline" }, buckets.length ? bars(buckets) : t("noItems")),
      el("div", { class: "legend" }, types.map((x) => el("span", { class: "badge", style: `border-color:${color(x)};color:${color(x)}` }, x))),
      el("h2", {}, t("events")), await eventsTable(params));
  } catch (e) { fail(e); }
}

async function eventsTable(params) {
  const page = await api("events", { ...params, by: undefined, limit: 100 });
  return el("table", {}, el("tbody", {}, page.items.map(eventRow)));
}

// ---- routing

function go(page, params, ...path) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  location.hash = href(page, ...path) + (q.toString() ? "?" + q : "");
}

function route() {
  generation++;
  const hash = location.hash.slice(2) || "search";
  const [path, query] = hash.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query || "").entries());
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.page === parts[0]));
  switch (parts[0]) {
    case "doc": return documentPage(parts[1]);
    case "actor": return actorPage(parts[1]);
    case "contradictions": return contradictionsPage();
    case "graph": return graphPage();
    case "map": return mapPage(params);
    case "timeline": return timelinePage(params);
    default: return searchPage(params);
  }
}

function chrome() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.getElementById("brand").textContent = lang === "ar" ? "مرصد" : "Marsad";
  document.getElementById("nav").replaceChildren(...["search", "map", "graph", "contradictions", "timeline"]
    .map((p) => el("a", { href: href(p), "data-page": p, id: "nav-" + p }, t(p))));
  document.getElementById("lang").textContent = t("lang");
}

document.getElementById("lang").addEventListener("click", () => {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", lang);
  chrome();
  route();
});
window.addEventListener("hashchange", route);
chrome();
route();
