// Marsad's web page: hash routes over the JSON API. Article text and every other value from the
// store is untrusted: it reaches the page only as text nodes (textContent), never as HTML.
"use strict";

const T = {
  ar: {
    search: "بحث", map: "الخريطة", graph: "شبكة التحالفات", contradictions: "التناقضات",
    timeline: "الخط الزمني", stories: "القصص", lang: "English", query: "ابحث في الأخبار…", go: "ابحث",
    anyType: "كل أنواع الأحداث", outlet: "الوسيلة", from: "من", to: "إلى", results: "نتيجة",
    next: "التالي", prev: "السابق", noResults: "لا نتائج.", entities: "الكيانات", events: "الأحداث",
    claims: "الادعاءات", details: "التفاصيل", clickHint: "انقر على كلمة مظللة لعرض تفاصيلها.",
    actor: "الفاعل", recipient: "المتلقي", place: "المكان", date: "التاريخ", speaker: "المتحدث",
    modality: "الصيغة", content: "المضمون", relations: "العلاقات", documents: "مقالات",
    mentions: "إشارات", reason: "السبب", openActor: "صفحة الفاعل", loading: "جارٍ التحميل…",
    noItems: "لا شيء بعد.", source: "المصدر", evidence: "الدليل", via: "عبر", negated: "منفي",
    hypothetical: "افتراضي", places: "الأماكن", count: "العدد", article: "المقال",
    all: "الكل", legendEvent: "حدث", legendClaim: "ادعاء", failed: "تعذر التحميل",
    searchHelp: "كل الكلمات مطلوبة؛ OR بين كلمتين لأيٍّ منهما؛ \"عبارة بين علامتي تنصيص\" بترتيبها؛ ‎-كلمة لاستبعاد ما يحتويها.",
    anyOutlet: "أي وسيلة", anyDate: "أي تاريخ", undated: "أحداث بلا تاريخ", allPeriods: "كل الفترات",
    withUndated: "مع العلاقات غير المؤرخة", period: "الفترة", outlets: "وسائل", graphEmpty: "لا علاقات بين فاعلين بعد. أضف مقالات إلى المخزن (marsad ingest --db DIR PATH...) ثم أعد تحميل الصفحة.",
    graphHint: "انقر على خط لعرض أدلته، أو على فاعل لعرض علاقاته.", width: "سمك الخط: عدد الوسائل المستقلة",
    edgeEvidence: "أدلة العلاقة", firstLast: "من … إلى", independent: "مصادر مستقلة",
    copyOf: "نسخة من", shared: "أحداث مشتركة", singles: "مقالات منفردة لا تشاركها قصة", noStories: "لا قصص بعد: لا مقالات تروي الأحداث نفسها.",
    legendSize: "حجم الدائرة: عدد الأحداث", countryLevel: "أحداث لا يُعرف مكانها إلا على مستوى البلد",
    kind: "النوع", changes: "تحولات العلاقات عبر الزمن", noChanges: "لا تحول مؤرخ في علاقاته.", outsideMap: "أماكن خارج الخريطة", leaning: "توجه الوسيلة الموثق", page: "صفحة", story: "قصة", noDate: "بلا تاريخ",
    inOne: "في رواية", inOther: "وفي الأخرى", oneSays: "رواية تثبت", otherDenies: "وأخرى تنفي",
    controlOf: "روايتان متعارضتان عن السيطرة على", killedA: "عدد القتلى أو الجرحى في رواية", versus: "مقابل",
    keyTitle: "مفتاح الدخول", keyAsk: "هذا الخادم يطلب مفتاح الدخول الذي شُغّل به.", keyWrong: "المفتاح غير صحيح.", keyGo: "دخول",
  },
  en: {
    search: "Search", map: "Map", graph: "Alliance graph", contradictions: "Contradictions",
    timeline: "Timeline", stories: "Stories", lang: "العربية", query: "Search the news…", go: "Search",
    anyType: "Any event type", outlet: "Outlet", from: "From", to: "To", results: "results",
    next: "Next", prev: "Previous", noResults: "No results.", entities: "Entities", events: "Events",
    claims: "Claims", details: "Details", clickHint: "Click a highlighted word for its details.",
    actor: "Actor", recipient: "Recipient", place: "Place", date: "Date", speaker: "Speaker",
    modality: "Modality", content: "Content", relations: "Relations", documents: "documents",
    mentions: "mentions", reason: "Reason", openActor: "Actor page", loading: "Loading…",
    noItems: "Nothing yet.", source: "Source", evidence: "Evidence", via: "via", negated: "negated",
    hypothetical: "hypothetical", places: "Places", count: "Count", article: "Article",
    all: "All", legendEvent: "event", legendClaim: "claim", failed: "Could not load",
    searchHelp: "Every word must match; OR between two words for either; \"a phrase\" in quotes, in order; -word leaves out what has it.",
    anyOutlet: "any outlet", anyDate: "any date", undated: "Undated events", allPeriods: "All periods",
    withUndated: "with undated relations", period: "Period", outlets: "outlets", graphEmpty: "No relations between actors yet. Add articles to the store (marsad ingest --db DIR PATH...) and reload.",
    graphHint: "Click a line for its evidence, or an actor for its relations.", width: "Line width: number of independent outlets",
    edgeEvidence: "Evidence of the relation", firstLast: "from … to", independent: "independent sources",
    copyOf: "copy of", shared: "Shared events", singles: "single articles in no story", noStories: "No stories yet: no articles report the same events.",
    legendSize: "Circle size: number of events", countryLevel: "Events placed only at country level",
    kind: "Type", changes: "Relations that changed over time", noChanges: "No dated change in its relations.", outsideMap: "Places outside the map", leaning: "the outlet's documented leaning", page: "page", story: "Story", noDate: "undated",
    inOne: "In one account", inOther: "in the other", oneSays: "One account reports", otherDenies: "the other denies it",
    controlOf: "Conflicting accounts of who controls", killedA: "Dead or wounded in one account", versus: "against",
    keyTitle: "Access key", keyAsk: "This server asks for the access key it was started with.", keyWrong: "That key is not right.", keyGo: "Enter",
  },
};

// One label table for every code the API gives: [Arabic, English].
const LABELS = {
  type: {
    AGREE: ["اتفاق", "Agree"], CONSULT: ["تشاور", "Consult"], SUPPORT: ["دعم", "Support"],
    CONCEDE: ["تنازل", "Concede"], COOPERATE: ["تعاون", "Cooperate"], AID: ["مساعدة", "Aid"],
    RETREAT: ["انسحاب", "Retreat"], REQUEST: ["طلب", "Request"], ACCUSE: ["اتهام", "Accuse"],
    REJECT: ["رفض", "Reject"], THREATEN: ["تهديد", "Threaten"], PROTEST: ["احتجاج", "Protest"],
    SANCTION: ["عقوبة أو تخلٍّ", "Sanction"], MOBILIZE: ["حشد", "Mobilize"],
    COERCE: ["إكراه أو استيلاء", "Coerce"], ASSAULT: ["هجوم", "Assault"], HOLDS: ["سيطرة", "Holds"],
  },
  mode: {
    abduct: ["خطف", "abduction"], access: ["سماح بالوصول", "access"], aerial: ["جوي", "aerial"],
    arrest: ["اعتقال", "arrest"], assassinate: ["اغتيال", "assassination"], assist: ["عون", "assistance"],
    asylum: ["لجوء", "asylum"], ban: ["حظر", "ban"], boycott: ["مقاطعة", "boycott"], cancel: ["إلغاء", "cancellation"],
    ceasefire: ["وقف إطلاق النار", "ceasefire"], censor: ["رقابة", "censorship"], change: ["تغيير", "change"],
    confiscate: ["استيلاء", "seizure"], convict: ["إدانة", "conviction"], curfew: ["حظر تجول", "curfew"],
    demo: ["تظاهر", "demonstration"], deport: ["ترحيل", "deportation"], destroy: ["تدمير", "destruction"],
    disapprove: ["استنكار", "disapproval"], disarm: ["نزع سلاح", "disarmament"], discontinue: ["وقف", "discontinuation"],
    drone: ["مسيّرة", "drone"], economic: ["اقتصادي", "economic"], embargo: ["حظر تجاري", "embargo"],
    execute: ["إعدام", "execution"], expel: ["طرد", "expulsion"], explosives: ["متفجرات", "explosives"],
    firearms: ["أسلحة نارية", "firearms"], "heavy-weapons": ["أسلحة ثقيلة", "heavy weapons"], host: ["استضافة", "hosting"],
    humanitarian: ["إنساني", "humanitarian"], investigate: ["تحقيق", "investigation"], "martial-law": ["أحكام عرفية", "martial law"],
    meet: ["لقاء", "meeting"], military: ["عسكري", "military"], multilateral: ["متعدد الأطراف", "multilateral"],
    obstruct: ["عرقلة", "obstruction"], phone: ["اتصال هاتفي", "phone call"], primitive: ["سلاح بدائي", "primitive weapons"],
    relations: ["علاقات", "relations"], release: ["إفراج", "release"], resign: ["استقالة", "resignation"],
    restrict: ["تقييد", "restriction"], return: ["عودة", "return"], riot: ["شغب", "riot"], sever: ["قطع", "severing"],
    "strike-gen": ["إضراب عام", "general strike"], "strike-hun": ["إضراب عن الطعام", "hunger strike"],
    "strike-lim": ["إضراب محدود", "limited strike"], "suicide-attack": ["هجوم انتحاري", "suicide attack"],
    territory: ["أرض", "territory"], torture: ["تعذيب", "torture"], troops: ["قوات", "troops"],
    violence: ["عنف", "violence"], visit: ["زيارة", "visit"], weapons: ["أسلحة", "weapons"],
    withdraw: ["انسحاب", "withdrawal"], withhold: ["حجب", "withholding"], yield: ["استسلام", "yielding"],
  },
  entity: {
    PERSON: ["شخص", "Person"], ORGANIZATION: ["منظمة", "Organization"], LOCATION: ["مكان", "Place"],
    FACILITY: ["منشأة", "Facility"], EQUIPMENT: ["عتاد", "Equipment"],
  },
  modality: {
    asserted: ["تقرير", "asserted"], denied: ["نفي", "denied"], confirmed: ["تأكيد", "confirmed"],
    alleged: ["زعم", "alleged"], warned: ["تحذير", "warned"], predicted: ["توقع", "predicted"],
    questioned: ["تشكيك", "questioned"], hedged: ["تلميح أو ترجيح", "hedged"],
  },
  speaker: {
    named: ["مسمّى", "named"], anonymous: ["مجهول الهوية", "anonymous"], outlet: ["الوسيلة نفسها", "the outlet"],
    unknown: ["غير معروف", "unknown"],
  },
  kind: {
    opposite: ["موقفان متعاكسان", "opposite"], denied: ["إثبات ونفي", "denied"], control: ["السيطرة على مكان", "control"],
    casualties: ["أعداد الضحايا", "casualties"],
  },
  relation: {
    supports: ["يدعم", "supports"], opposes: ["يعارض", "opposes"], meets: ["يلتقي", "meets"], fights: ["يقاتل", "fights"],
  },
  overlap: { yes: ["في الفترة نفسها", "same period"], unknown: ["التوقيت غير معروف", "time unknown"] },
  // outlets' documented alignment (outlets.tsv): the usual values; others are shown as written
  leaning: {
    "pro-GNA": ["مؤيدة لحكومة الوفاق", "pro-GNA"], "pro-LNA": ["مؤيدة لقوات حفتر", "pro-LNA"],
    "pro-government": ["موالية للحكومة", "pro-government"], "Saudi-owned": ["مملوكة سعوديًا", "Saudi-owned"],
    "Russian state": ["حكومية روسية", "Russian state"], "US government-funded": ["ممولة من الحكومة الأمريكية", "US government-funded"],
    "French state-owned": ["حكومية فرنسية", "French state-owned"], "Egyptian state-owned": ["حكومية مصرية", "Egyptian state-owned"],
    "Egyptian state": ["حكومية مصرية", "Egyptian state"], "Turkish state": ["حكومية تركية", "Turkish state"],
    "Qatari-funded": ["ممولة قطريًا", "Qatari-funded"], "Qatari state-funded": ["ممولة من الدولة القطرية", "Qatari state-funded"],
    "Qatari state": ["حكومية قطرية", "Qatari state"], "Libyan state": ["حكومية ليبية", "Libyan state"],
    "Iranian state": ["حكومية إيرانية", "Iranian state"], "Emirati-owned": ["مملوكة إماراتيًا", "Emirati-owned"],
    "Emirati state": ["حكومية إماراتية", "Emirati state"], "independent": ["مستقلة", "independent"],
    "Islamist-leaning": ["ذات توجه إسلامي", "Islamist-leaning"],
  },
};
const RELATION_COLORS = { supports: "#1e8449", opposes: "#d35400", meets: "#2471a3", fights: "#b03a2e" };
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";
const t = (k) => T[lang][k] || k;
/** The label of a code in the page's language; the code itself only when the table lacks it. */
function label(group, code) {
  const l = LABELS[group] && LABELS[group][code];
  return l ? l[lang === "ar" ? 0 : 1] : code;
}
function typeLabel(type, mode) {
  return label("type", type) + (mode ? " · " + label("mode", mode) : "");
}

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick" || k === "onsubmit") e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
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

// The access key of a server that listens beyond this machine: asked for once, kept for this
// tab's session (sessionStorage), and sent with every API call in the X-Marsad-Key header.
const KEY = "marsad.key";

async function api(path, params) {
  const asked = generation;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY);
  if (key) headers["X-Marsad-Key"] = key;
  const r = await fetch(url, { headers });
  const body = await r.json();
  if (asked !== generation) return new Promise(() => {}); // a page no longer shown: never resumes
  if (r.status === 401) {
    askKey(Boolean(key));
    return new Promise(() => {}); // the page is shown again once the key is given
  }
  if (!r.ok) throw new Error(body.error || r.status);
  return body;
}

/** The form that asks for the access key; once given, the page asked for is shown again. */
function askKey(wrong) {
  generation++;
  const input = el("input", { id: "key", type: "password", autocomplete: "current-password", "aria-label": t("keyTitle") });
  const form = el("form", { class: "search", id: "key-form", onsubmit: (ev) => {
    ev.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    route();
  } }, input, el("button", { type: "submit", id: "key-go" }, t("keyGo")));
  show(el("h2", {}, t("keyTitle")), el("p", {}, t("keyAsk")),
    wrong ? el("p", { class: "error", id: "key-wrong" }, t("keyWrong")) : null, form);
  input.focus();
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

/** A value isolated from the text around it (ids, dates, numbers): never reordered by bidi. */
function bdi(value) {
  return el("bdi", { dir: "ltr" }, value);
}

/** A span of two dates, each isolated, read in the page's direction ("2019-04 إلى 2020-05"). */
function span(first, last) {
  if (!first || first === last) return bdi(first || "?");
  return el("span", { class: "span" }, bdi(first), lang === "ar" ? " إلى " : " – ", bdi(last || "?"));
}

/** Parts joined by " · ", each isolated. */
function metaLine(...parts) {
  const out = [];
  for (const p of parts.filter((x) => x !== null && x !== undefined && x !== "")) {
    if (out.length) out.push(" · ");
    out.push(p instanceof Node ? p : el("bdi", {}, p));
  }
  return out;
}

/** An arrow from actor to recipient in the page's reading direction. */
function arrow() {
  return lang === "ar" ? " ← " : " → ";
}

function entityName(e) {
  return lang === "ar" ? (e.name_ar || e.name) : (e.name || e.name_ar);
}

// ---- search

function filterForm(params, onSubmit, withQuery) {
  const type = el("select", { name: "type", "aria-label": t("anyType") }, el("option", { value: "" }, t("anyType")),
    TYPES.map((x) => el("option", { value: x, selected: params.type === x }, label("type", x))));
  const field = (name, text, hint, size) => el("label", { class: "field" }, el("span", { class: "meta" }, text),
    el("input", { name, value: params[name] || "", placeholder: hint, size, "aria-label": text }));
  const form = el("form", { class: "search", role: "search", onsubmit: (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    onSubmit(data);
  } },
    withQuery ? el("input", { name: "q", id: "q", type: "search", value: params.q || "", placeholder: t("query"), "aria-label": t("query") }) : null,
    type,
    field("outlet", t("outlet"), t("anyOutlet"), 14),
    field("from", t("from"), "YYYY-MM", 9),
    field("to", t("to"), "YYYY-MM", 9),
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

function pager(offset, size, total, goTo) {
  return el("div", { class: "pager" },
    offset > 0 ? el("a", { href: "#", class: "prev", onclick: (e) => { e.preventDefault(); goTo(Math.max(0, offset - size)); } }, t("prev")) : null,
    el("span", { class: "meta total" }, bdi(total), " ", t("results"),
      total > size ? [" · ", t("page"), " ", bdi(Math.floor(offset / size) + 1 + "/" + Math.ceil(total / size))] : null),
    offset + size < total ? el("a", { href: "#", class: "next", onclick: (e) => { e.preventDefault(); goTo(offset + size); } }, t("next")) : null);
}

async function searchPage(params) {
  const form = filterForm(params, (d) => go("search", d), true);
  const help = el("p", { class: "meta help", id: "search-help" }, t("searchHelp"));
  show(form, help, el("p", {}, t("loading")));
  const offset = Number(params.offset || 0);
  try {
    const page = await api("search", { ...params, offset, limit: 20 });
    const hits = page.items.map((h) => el("article", { class: "card hit" },
      el("a", { class: "title", href: href("doc", h.id), dir: "auto" }, h.title || h.id),
      el("div", { class: "meta" }, metaLine(h.outlet, h.published)),
      el("p", { class: "snippet", dir: "auto" }, highlighted(h.snippet || "", h.highlights))));
    const p = pager(offset, 20, page.total, (o) => go("search", { ...params, offset: o }));
    p.querySelector(".total").id = "total";
    show(form, help, p, hits.length ? hits : el("p", {}, t("noResults")));
  } catch (e) {
    show(form, help, el("p", { class: "error" }, e.message));
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

/** The direction of an article's text: right to left for Arabic whatever the page's language. */
function textDir(language) {
  return !language || language === "ar" ? "rtl" : "auto";
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
  const textBox = el("div", { class: "text", id: "article-text", lang: doc.language || "ar", dir: textDir(doc.language) });
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
    ["PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "EQUIPMENT"].map((x) => el("span", { class: "ent ent-" + x }, label("entity", x))),
    el("span", { class: "event" }, t("legendEvent")), el("span", { class: "claim" }, t("legendClaim")));
  show(el("h1", { id: "doc-title", dir: textDir(doc.language) }, doc.title || doc.id),
    el("div", { class: "meta", id: "doc-meta" }, metaLine(doc.source.outlet, doc.published.value, doc.source.url, bdi(doc.id))),
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
      el("div", {}, el("span", { class: "badge" }, label("entity", x.type)), x.country ? el("span", { class: "badge" }, bdi(x.country)) : null, x.sector ? el("span", { class: "badge" }, x.sector) : null),
      el("div", { class: "meta" }, bdi(x.mentions.length), " " + t("mentions")),
      el("a", { class: "actor-link", href: href("actor", doc.entity_keys[x.id]) }, t("openActor")));
  }
  if (n.kind === "event") {
    return el("div", { class: "note" }, el("h3", {}, typeLabel(x.type, x.mode)),
      el("div", {}, t("actor") + ": ", actorLink(ents.get(x.actor), doc)),
      el("div", {}, t("recipient") + ": ", actorLink(ents.get(x.recipient), doc)),
      el("div", {}, t("place") + ": ", ents.get(x.location) ? entityName(ents.get(x.location)) : "—"),
      el("div", {}, t("date") + ": ", x.date.value ? bdi(x.date.value) : (x.date.phrase || "—")),
      x.negated ? el("span", { class: "badge" }, t("negated")) : null,
      x.hypothetical ? el("span", { class: "badge" }, t("hypothetical")) : null);
  }
  return el("div", { class: "note" }, el("h3", {}, t("legendClaim") + " · " + label("modality", x.modality)),
    el("div", {}, t("speaker") + ": ", x.speaker.text || "—", " ", el("span", { class: "badge" }, label("speaker", x.speaker.kind))),
    x.via.length ? el("div", {}, t("via") + ": ", x.via.map((v) => ents.get(v) ? entityName(ents.get(v)) : v).join("، ")) : null,
    x.content ? el("blockquote", { dir: "rtl" }, x.content.text) : null);
}

// ---- timeline bars, shared by the timeline and the actor page

/** Every period from the first to the last, so that the axis is in proportion to time. */
function periodsBetween(first, last) {
  const out = [];
  if (/^\d{4}$/.test(first)) {
    for (let y = Number(first); y <= Number(last) && out.length < 500; y++) out.push(String(y));
  } else if (/^\d{4}-\d{2}$/.test(first)) {
    let [y, m] = first.split("-").map(Number);
    const [y2, m2] = last.split("-").map(Number);
    while ((y < y2 || (y === y2 && m <= m2)) && out.length < 600) {
      out.push(y + "-" + String(m).padStart(2, "0"));
      if (++m > 12) { m = 1; y++; }
    }
  } else {
    const d = new Date(first + "T00:00:00Z");
    const end = new Date(last + "T00:00:00Z");
    while (d <= end && out.length < 1000) { out.push(d.toISOString().slice(0, 10)); d.setUTCDate(d.getUTCDate() + 1); }
  }
  return out;
}

/**
 * Stacked bars per period, earliest at the start of the line (the right on the Arabic page), one
 * slot for every period between the first and the last, empty ones included; undated events are
 * counted apart.
 */
function bars(buckets) {
  const dated = buckets.filter((b) => b.period !== "unknown");
  const undated = buckets.filter((b) => b.period === "unknown");
  const byPeriod = new Map();
  for (const b of dated) {
    if (!byPeriod.has(b.period)) byPeriod.set(b.period, []);
    byPeriod.get(b.period).push(b);
  }
  const keys = [...byPeriod.keys()].sort();
  const periods = keys.length ? periodsBetween(keys[0], keys[keys.length - 1]) : [];
  const max = Math.max(1, ...[...byPeriod.values()].map((l) => l.reduce((s, b) => s + b.events, 0)));
  const every = Math.max(1, Math.ceil(periods.length / 12));
  const slots = periods.map((p, i) => {
    const list = byPeriod.get(p) || [];
    const total = list.reduce((s, b) => s + b.events, 0);
    return el("div", { class: "slot" + (total ? "" : " empty"), title: p + ": " + total, "data-period": p },
      el("div", { class: "bar" }, list.map((b) => el("div", { style: `height:${Math.round(150 * b.events / max)}px;background:${color(b.type)}`, title: `${p} ${label("type", b.type)}: ${b.events}` }))),
      el("div", { class: "bar-label" }, i % every === 0 || i === periods.length - 1 ? bdi(p) : ""));
  });
  const undatedCount = undated.reduce((s, b) => s + b.events, 0);
  const types = [...new Set(buckets.map((b) => b.type))];
  return el("div", {},
    periods.length ? el("div", { class: "bars" }, slots) : null,
    el("p", { class: "meta undated", id: "undated-count" }, t("undated") + ": ", bdi(undatedCount),
      undated.length ? [" (", undated.map((b) => label("type", b.type) + " " + b.events).join("، "), ")"] : null),
    el("div", { class: "legend" }, types.map((x) => el("span", { class: "badge", style: `border-color:${color(x)};color:${color(x)}` }, label("type", x)))));
}

function eventRow(v) {
  return el("tr", {},
    el("td", { class: "date" }, v.day ? bdi(v.day) : t("noDate")),
    el("td", {}, el("span", { class: "badge", style: `border-color:${color(v.type)}` }, typeLabel(v.type, v.mode))),
    el("td", {}, v.actor_key ? el("a", { href: href("actor", v.actor_key) }, v.actor_name) : "—"),
    el("td", {}, v.recipient_key ? el("a", { href: href("actor", v.recipient_key) }, v.recipient_name) : "—"),
    el("td", { dir: "rtl" }, el("a", { href: href("doc", v.document) }, v.evidence)));
}

/** The events of a filter, a page at a time, with a pager that loads the next page in place. */
async function eventsTable(params, offset = 0, id = "events-table") {
  const size = 50;
  const box = el("div", { id });
  const page = await api("events", { ...params, by: undefined, offset, limit: size });
  box.append(pager(offset, size, page.total, async (o) => box.replaceWith(await eventsTable(params, o, id))),
    el("table", {}, el("thead", {}, el("tr", {}, [t("date"), t("kind"), t("actor"), t("recipient"), t("evidence")].map((h) => el("th", {}, h)))),
      el("tbody", {}, page.items.map(eventRow))));
  return box;
}

// ---- actor

/**
 * The actor's relations that changed over time: with one counterpart, a month of backing and a
 * later month of turning away (or the reverse), from the graph's dated edges. A change is not a
 * contradiction: the two reports speak of different periods.
 */
function changes(graph, key) {
  const byOther = new Map();
  for (const e of graph.edges) {
    if (e.period === "unknown" || (e.source !== key && e.target !== key)) continue;
    if (e.relation !== "supports" && e.relation !== "opposes") continue;
    const other = e.source === key ? e.target : e.source;
    const k = other + "\t" + (e.source === key ? "out" : "in");
    if (!byOther.has(k)) byOther.set(k, []);
    byOther.get(k).push(e);
  }
  const out = [];
  for (const [k, list] of byOther) {
    list.sort((a, b) => a.period.localeCompare(b.period));
    // runs of months with one relation; a month with both is a run of its own (contested)
    const runs = [];
    for (const e of list) {
      const last = runs[runs.length - 1];
      if (last && last.relation === e.relation) last.last = e.period;
      else if (last && last.last === e.period) last.relation = "contested";
      else runs.push({ relation: e.relation, first: e.period, last: e.period });
    }
    for (let i = 1; i < runs.length; i++) {
      if (runs[i].relation !== "contested" && runs[i - 1].relation !== "contested") {
        out.push({ other: k.split("\t")[0], out: k.endsWith("out"), from: runs[i - 1], to: runs[i] });
      }
    }
  }
  return out;
}

function changeItem(c, nodes) {
  const n = nodes.get(c.other);
  const name = n ? (lang === "ar" ? (n.name_ar || n.name) : (n.name || n.name_ar)) : c.other;
  const step = (r) => [label("relation", r.relation), " (", span(r.first, r.last), ")"];
  return el("li", { class: "change" }, c.out ? "" : [el("a", { href: href("actor", c.other) }, name), arrow()],
    step(c.from), lang === "ar" ? " ثم " : " then ", step(c.to),
    c.out ? [arrow(), el("a", { href: href("actor", c.other) }, name)] : "");
}

async function actorPage(key) {
  show(el("p", {}, t("loading")));
  try {
    const [info, contra, graph] = await Promise.all([api("entities/" + encodeURIComponent(key)),
      api("contradictions", { entity: key, limit: 50 }), api("graph")]);
    const e = info.entity;
    const moves = changes(graph, e.key);
    const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
    show(el("h1", { id: "actor-name" }, entityName(e)),
      el("div", {}, el("span", { class: "badge" }, label("entity", e.type)), e.country ? el("span", { class: "badge" }, bdi(e.country)) : null,
        e.sector ? el("span", { class: "badge" }, e.sector) : null,
        el("span", { class: "meta" }, " ", bdi(e.documents), " " + t("documents") + " · ", bdi(e.mentions), " " + t("mentions"))),
      el("h2", {}, t("timeline")), el("div", { id: "actor-timeline" }, info.timeline.length ? bars(info.timeline) : t("noItems")),
      el("h2", {}, t("changes")),
      el("ul", { id: "actor-changes" }, moves.length ? moves.map((c) => changeItem(c, nodes)) : el("li", { class: "meta" }, t("noChanges"))),
      el("h2", {}, t("relations")),
      el("ul", { id: "actor-relations" }, info.relations.map((r) => el("li", {},
        (r.direction === "out") === (lang === "ar") ? "← " : "→ ", el("a", { href: href("actor", r.key) }, r.name), " ",
        el("span", { class: "badge" }, label("type", r.type)), " ×", bdi(r.events)))),
      el("h2", {}, t("contradictions")),
      el("div", { id: "actor-contradictions" }, contra.items.length ? contra.items.map(contradictionCard) : t("noItems")),
      el("h2", {}, t("events")),
      el("div", { id: "actor-events" }, await eventsTable({ entity: info.entity.key })));
  } catch (err) { fail(err); }
}

// ---- contradictions

function sideBox(s, cls) {
  return el("div", { class: "side " + cls },
    el("div", { class: "meta" }, metaLine(s.outlet, s.date, label("type", s.type))),
    el("div", {}, t("speaker") + ": ", s.speaker || "—", " ", s.speaker_kind ? el("span", { class: "badge" }, label("speaker", s.speaker_kind)) : null),
    el("p", { class: "evidence", dir: "rtl" }, s.evidence ? s.evidence.text : ""),
    el("a", { href: href("doc", s.doc) }, t("article") + " ", bdi(s.doc)));
}

/** The reason of a contradiction in the page's language, from its parts. */
function reasonText(c) {
  if (lang === "en") return c.reason || "";
  const subj = c.subject ? entityName(c.subject) : "";
  const obj = c.object ? entityName(c.object) : "";
  switch (c.kind) {
    case "opposite": return `${t("inOne")}: ${subj} ← ${label("type", c.a.type)} ← ${obj}، ${t("inOther")}: ${label("type", c.b.type)}`;
    case "denied": return `${t("oneSays")} ${label("type", c.a.type)} (${subj} ← ${obj})، ${t("otherDenies")}`;
    case "control": return `${t("controlOf")} ${subj}`;
    case "casualties": {
      const n = (s) => s.casualties ? (s.casualties.killed ?? s.casualties.injured ?? "?") : "?";
      return `${t("killedA")}: ${n(c.a)} ${t("versus")} ${n(c.b)}`;
    }
    default: return label("kind", c.kind);
  }
}

function contradictionCard(c) {
  return el("article", { class: "card contradiction" },
    el("div", {}, el("span", { class: "badge kind" }, label("kind", c.kind)),
      c.time ? el("span", { class: "badge" }, label("overlap", c.time.overlap)) : null,
      c.subject ? el("a", { href: href("actor", c.subject.key) }, entityName(c.subject)) : null,
      c.object ? [" / ", el("a", { href: href("actor", c.object.key) }, entityName(c.object))] : null),
    el("p", { class: "meta reason" }, t("reason") + ": " + reasonText(c)),
    el("div", { class: "side-by-side" }, sideBox(c.a, "a"), sideBox(c.b, "b")));
}

async function contradictionsPage() {
  show(el("p", {}, t("loading")));
  try {
    const page = await api("contradictions", { limit: 200 });
    show(el("h1", {}, t("contradictions") + " (", bdi(page.total), ")"),
      page.items.length ? page.items.map(contradictionCard) : el("p", {}, t("noItems")));
  } catch (e) { fail(e); }
}

// ---- stories

async function storiesPage() {
  show(el("p", {}, t("loading")));
  try {
    const [page, contra] = await Promise.all([api("stories", { limit: 200 }), api("contradictions", { limit: 200 })]);
    const stories = page.items.filter((s) => s.documents.length > 1);
    const singles = page.items.length - stories.length;
    const cards = stories.map((s) => {
      const docs = new Set(s.documents.map((m) => m.doc));
      const own = contra.items.filter((c) => docs.has(c.a.doc) || docs.has(c.b.doc));
      const dates = s.documents.map((m) => m.published).filter(Boolean).sort();
      return el("article", { class: "card story", "data-story": s.id },
        el("h2", { dir: "auto" }, s.documents[0].title || s.documents[0].doc),
        el("div", { class: "meta" }, bdi(s.documents.length), " " + t("documents") + " · ", bdi(s.sources), " " + t("independent"),
          dates.length ? [" · ", span(dates[0], dates[dates.length - 1])] : null),
        el("ul", { class: "story-docs" }, s.documents.map((m) => el("li", {},
          el("a", { href: href("doc", m.doc), dir: "auto" }, m.title || m.doc), " ",
          el("span", { class: "meta" }, metaLine(m.outlet, m.published || t("noDate"))),
          m.leaning ? el("span", { class: "badge leaning", title: t("leaning") }, label("leaning", m.leaning)) : null,
          m.copy_of ? el("span", { class: "badge" }, t("copyOf") + " ", bdi(m.copy_of)) : null))),
        s.shared.length ? [el("h3", {}, t("shared")), el("ul", { class: "story-shared" }, s.shared.map((x) => el("li", {},
          el("span", { class: "badge" }, label("type", x.type)), " ",
          (lang === "ar" ? x.actor_ar || x.actor : x.actor) || "—", arrow(), (lang === "ar" ? x.recipient_ar || x.recipient : x.recipient) || "—",
          x.place ? [" · ", lang === "ar" ? x.place_ar || x.place : x.place] : null)))] : null,
        own.length ? [el("h3", {}, t("contradictions")), own.map(contradictionCard)] : null);
    });
    show(el("h1", {}, t("stories") + " (", bdi(stories.length), ")"),
      cards.length ? cards : el("p", { id: "no-stories" }, t("noStories")),
      el("p", { class: "meta" }, bdi(singles), " " + t("singles")));
  } catch (e) { fail(e); }
}

// ---- graph

/** The graph's edges of a period merged per pair and relation: outlets, texts and evidence summed up. */
function mergeEdges(edges) {
  const merged = new Map();
  for (const e of edges) {
    const k = e.source + "\t" + e.target + "\t" + e.relation;
    const m = merged.get(k) || { source: e.source, target: e.target, relation: e.relation, outlets: new Set(), documents: 0, evidence: [], periods: [], first: null, last: null };
    e.outlets.forEach((o) => m.outlets.add(o));
    m.documents += e.documents;
    m.evidence.push(...e.evidence);
    m.periods.push(e.period);
    if (e.first && (!m.first || e.first < m.first)) m.first = e.first;
    if (e.last && (!m.last || e.last > m.last)) m.last = e.last;
    merged.set(k, m);
  }
  return [...merged.values()].map((m) => ({ ...m, outlets: [...m.outlets] }));
}

function evidenceList(list) {
  return el("ol", { class: "evidence-list" }, list.map((x) => el("li", {},
    el("div", { class: "meta" }, metaLine(x.outlet, x.date || t("noDate")), x.speaker ? [" · ", t("speaker") + ": ", x.speaker] : null),
    el("p", { class: "evidence", dir: "rtl" }, x.text),
    el("a", { href: href("doc", x.doc) }, t("article") + " ", bdi(x.doc)))));
}

let fcoseRegistered = false;

async function graphPage(params) {
  if (window.cytoscapeFcose && !fcoseRegistered) {
    window.cytoscape.use(window.cytoscapeFcose);
    fcoseRegistered = true;
  }
  show(el("h1", {}, t("graph")), el("p", {}, t("loading")));
  let g;
  try { g = await api("graph"); } catch (e) { return fail(e); }
  if (!g.edges.length) {
    return show(el("h1", {}, t("graph")), el("p", { class: "card empty", id: "graph-empty" }, t("graphEmpty")));
  }
  const nodes = new Map(g.nodes.map((n) => [n.key, n]));
  const periods = [...new Set(g.edges.map((e) => e.period).filter((p) => p !== "unknown"))].sort();
  const select = (id, value) => el("select", { id, "aria-label": id === "graph-from" ? t("from") : t("to") },
    el("option", { value: "" }, t("allPeriods")), periods.map((p) => el("option", { value: p, selected: value === p }, p)));
  const from = select("graph-from", params.from);
  const to = select("graph-to", params.to);
  const undated = el("input", { type: "checkbox", id: "graph-undated", checked: params.undated !== "no" });
  const box = el("div", { id: "graph" });
  const details = el("aside", { class: "card details", id: "graph-details" }, el("p", { class: "meta" }, t("graphHint")));
  const legend = el("div", { class: "legend", id: "graph-legend" },
    Object.keys(RELATION_COLORS).map((r) => el("span", { class: "rel" }, el("i", { style: `background:${RELATION_COLORS[r]}` }), label("relation", r))),
    el("span", { class: "meta" }, t("width")));
  const summary = el("p", { class: "meta", id: "graph-summary" });
  show(el("h1", {}, t("graph")),
    el("div", { class: "controls" }, el("label", {}, t("from") + " ", from), el("label", {}, t("to") + " ", to),
      el("label", {}, undated, " " + t("withUndated"))),
    legend, summary, el("div", { class: "graph-area" }, box, details));
  const name = (key) => { const n = nodes.get(key); return n ? (lang === "ar" ? (n.name_ar || n.name) : (n.name || n.name_ar)) : key; };
  let cy = null;
  function draw() {
    const f = from.value, tv = to.value;
    const chosen = g.edges.filter((e) => e.period === "unknown" ? undated.checked && !f && !tv
      : (!f || e.period >= f) && (!tv || e.period <= tv));
    const edges = mergeEdges(chosen);
    const keys = new Set(edges.flatMap((e) => [e.source, e.target]));
    summary.replaceChildren(el("span", {}, bdi(keys.size), " " + t("entities") + " · ", bdi(edges.length), " " + t("relations"),
      f || tv ? [" · ", t("period") + ": ", span(f || periods[0], tv || periods[periods.length - 1])] : null));
    const elements = [
      ...[...keys].map((k) => ({ data: { id: k, label: name(k), size: 16 + 5 * Math.sqrt((nodes.get(k) || {}).documents || 1) } })),
      ...edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, color: RELATION_COLORS[e.relation] || "#888",
        width: Math.min(9, 1.5 + 1.5 * e.outlets.length), label: label("relation", e.relation), edge: e } })),
    ];
    if (cy) cy.destroy();
    cy = window.cytoscape({ container: box, elements, wheelSensitivity: 0.3,
      layout: window.cytoscapeFcose
        ? { name: "fcose", animate: false, quality: "proof", randomize: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, nodeSeparation: 90, packComponents: true, padding: 30 }
        : { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, padding: 30 },
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#0b5d8c", "font-size": 12, "font-family": "Noto Naskh Arabic, sans-serif", "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2 } },
        { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "data(color)", "target-arrow-color": "data(color)", width: "data(width)", opacity: 0.85 } },
        { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#0b5d8c" } },
      ] });
    cy.on("tap", "edge", (ev) => {
      const e = ev.target.data("edge");
      details.replaceChildren(el("h2", { id: "edge-title" }, name(e.source), arrow(), label("relation", e.relation), arrow(), name(e.target)),
        el("div", { class: "meta" }, bdi(e.outlets.length), " " + t("outlets") + ": ", e.outlets.join("، ") || "—"),
        el("div", { class: "meta" }, t("period") + ": ", span(e.first, e.last), " · ", bdi(e.documents), " " + t("independent")),
        el("h3", {}, t("edgeEvidence")), evidenceList(e.evidence));
    });
    cy.on("tap", "node", (ev) => {
      const k = ev.target.id();
      const mine = edges.filter((e) => e.source === k || e.target === k);
      details.replaceChildren(el("h2", { id: "node-title" }, name(k)),
        el("a", { href: href("actor", k), class: "actor-link" }, t("openActor")),
        el("ul", {}, mine.map((e) => el("li", {}, name(e.source), arrow(), label("relation", e.relation), arrow(), name(e.target), " · ", bdi(e.outlets.length), " " + t("outlets")))));
    });
    window.marsadGraph = cy;
  }
  for (const c of [from, to, undated]) c.addEventListener("change", draw);
  draw();
}

// ---- map

const COS_LAT = Math.cos(27 * Math.PI / 180);
// Libya and its neighbourhood: Tunis, Cairo and Ankara are on the map; farther places are listed.
const MAP_BOX = { west: 7, east: 36, north: 41, south: 18.5 };
function project([lon, lat]) {
  return [(lon * COS_LAT).toFixed(3), (-lat).toFixed(3)];
}
function ringPath(ring) {
  return "M" + ring.map((p) => project(p).join(",")).join("L") + "Z";
}

async function mapPage(params) {
  const box = el("div", { id: "map" });
  const list = el("table", { id: "places" });
  const side = el("aside", { class: "card", id: "map-side" });
  show(el("h1", {}, t("map")), filterForm(params, (d) => go("map", d), false),
    el("div", { class: "map-area" }, box, side), el("h2", {}, t("places")), list);
  try {
    const [geo, world, places, districtsAr] = await Promise.all([fetch("/assets/vendor/map/lby.json").then((r) => r.json()),
      fetch("/assets/vendor/map/world.json").then((r) => r.json()), api("places", params),
      fetch("/assets/district-names.json").then((r) => r.json())]);
    const ns = "http://www.w3.org/2000/svg";
    const svgEl = (tag, attrs, text) => {
      const e = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const svg = svgEl("svg", { role: "img", "aria-label": t("map") });
    const [x0, y0] = project([MAP_BOX.west, MAP_BOX.north]);
    svg.setAttribute("viewBox", `${x0} ${y0} ${((MAP_BOX.east - MAP_BOX.west) * COS_LAT).toFixed(3)} ${MAP_BOX.north - MAP_BOX.south}`);
    const polygons = (f) => f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const near = (f) => polygons(f).some((poly) => poly[0].some(([lon, lat]) =>
      lon >= MAP_BOX.west - 5 && lon <= MAP_BOX.east + 5 && lat >= MAP_BOX.south - 5 && lat <= MAP_BOX.north + 5));
    for (const f of world.features.filter((x) => x.properties.name !== "Libya" && near(x))) {
      const p = svgEl("path", { d: polygons(f).map((poly) => poly.map(ringPath).join("")).join(""), class: "country" });
      if (lang === "en") p.append(svgEl("title", {}, f.properties.name));
      svg.append(p);
    }
    for (const f of geo.features) {
      const polys = polygons(f);
      const p = svgEl("path", { d: polys.map((poly) => poly.map(ringPath).join("")).join(""), class: "district" });
      const districtName = lang === "en" ? f.properties.name : districtsAr[f.properties.name];
      if (districtName) p.append(svgEl("title", {}, districtName));
      svg.append(p);
    }
    const inside = (pl) => pl.lon >= MAP_BOX.west && pl.lon <= MAP_BOX.east && pl.lat >= MAP_BOX.south && pl.lat <= MAP_BOX.north;
    const drawn = places.filter((pl) => pl.precision < 3 && inside(pl));
    const countryLevel = places.filter((pl) => pl.precision >= 3);
    const outside = places.filter((pl) => pl.precision < 3 && !inside(pl));
    const radius = (n) => (0.12 + 0.08 * Math.sqrt(n)).toFixed(3);
    for (const pl of drawn) {
      const [x, y] = project([pl.lon, pl.lat]);
      const c = svgEl("circle", { cx: x, cy: y, r: radius(pl.events), class: "place" });
      c.append(svgEl("title", {}, `${pl.name}: ${pl.events} (${pl.types.map((x) => label("type", x)).join("، ")})`));
      c.addEventListener("click", () => go("actor", pl.key));
      svg.append(c);
      svg.append(svgEl("text", { x, y: (Number(y) - Number(radius(pl.events)) - 0.08).toFixed(3), class: "place-label", "text-anchor": "middle" }, pl.name));
    }
    box.append(svg);
    const placeList = (items) => el("ul", {}, items.map((pl) => el("li", {}, el("a", { href: href("actor", pl.key) }, pl.name), " · ", bdi(pl.events), " " + t("events"))));
    side.append(el("h3", {}, t("legendSize")),
      el("div", { class: "size-legend" }, [1, 5, 20].map((n) => el("span", {}, el("i", { style: `width:${Math.round(Number(radius(n)) * 40)}px;height:${Math.round(Number(radius(n)) * 40)}px` }), bdi(n)))),
      el("h3", {}, t("countryLevel")), el("div", { id: "country-level" }, countryLevel.length ? placeList(countryLevel) : t("noItems")),
      el("h3", {}, t("outsideMap")), el("div", { id: "outside-map" }, outside.length ? placeList(outside) : t("noItems")));
    list.append(el("tbody", {}, places.map((pl) => el("tr", {},
      el("td", {}, el("a", { href: href("actor", pl.key) }, pl.name)), el("td", {}, bdi(pl.events)), el("td", {}, pl.types.map((x) => label("type", x)).join("، "))))));
  } catch (e) { fail(e); }
}

// ---- timeline

async function timelinePage(params) {
  show(el("h1", {}, t("timeline")), el("p", {}, t("loading")));
  try {
    const buckets = await api("timeline", { ...params, offset: undefined, by: params.by || "month" });
    show(el("h1", {}, t("timeline")), filterForm(params, (d) => go("timeline", d), false),
      el("div", { id: "timeline" }, buckets.length ? bars(buckets) : t("noItems")),
      el("h2", {}, t("events")), await eventsTable({ ...params, offset: undefined }),
      params.from || params.to ? null : [el("h2", {}, t("undated")),
        await eventsTable({ ...params, offset: undefined, undated: "true" }, 0, "undated-events")]);
  } catch (e) { fail(e); }
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
    case "stories": return storiesPage();
    case "graph": return graphPage(params);
    case "map": return mapPage(params);
    case "timeline": return timelinePage(params);
    default: return searchPage(params);
  }
}

function chrome() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.getElementById("brand").textContent = lang === "ar" ? "مرصد" : "Marsad";
  document.getElementById("nav").replaceChildren(...["search", "stories", "graph", "contradictions", "timeline", "map"]
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
