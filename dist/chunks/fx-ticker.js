import { A as e, M as t, O as n, a as r, d as i, f as a, i as o, j as s, k as c, l, n as u, t as d, u as f, v as p } from "./providers.js";
import { LitElement as m, css as h, html as g, nothing as _, render as v } from "lit";
// src/i18n.ts
var y = {
	en: {
		label: "Exchange rates",
		pause: "Pause exchange rates",
		asOf: "as of {date}",
		stale: "Rates may be out of date",
		staleSince: "Rates may be out of date: last updated {date}",
		unavailable: "Exchange rates are unavailable right now",
		up: "up {change}",
		down: "down {change}",
		flat: "unchanged",
		pair: "{symbol} to {base}",
		trend: "{days}-day low {low}, high {high}"
	},
	ru: {
		label: "Курсы валют",
		pause: "Остановить курсы валют",
		asOf: "на {date}",
		stale: "Курсы могут быть устаревшими",
		staleSince: "Курсы могут быть устаревшими: обновлены {date}",
		unavailable: "Курсы валют сейчас недоступны",
		up: "рост {change}",
		down: "снижение {change}",
		flat: "без изменений",
		pair: "{symbol} — {base}",
		trend: "за {days} дн.: минимум {low}, максимум {high}"
	},
	kk: {
		label: "Валюта бағамдары",
		pause: "Валюта бағамдарын тоқтату",
		asOf: "{date} жағдай бойынша",
		stale: "Бағамдар ескірген болуы мүмкін",
		staleSince: "Бағамдар ескірген болуы мүмкін: соңғы жаңарту {date}",
		unavailable: "Валюта бағамдары қазір қолжетімсіз",
		up: "{change} өсті",
		down: "{change} төмендеді",
		flat: "өзгеріссіз",
		pair: "{symbol} — {base}",
		trend: "{days} күнде ең төмені {low}, ең жоғарысы {high}"
	},
	ky: {
		label: "Валюта курстары",
		pause: "Валюта курстарын токтотуу",
		asOf: "{date} карата",
		stale: "Курстар эскирген болушу мүмкүн",
		staleSince: "Курстар эскирген болушу мүмкүн: акыркы жаңыртуу {date}",
		unavailable: "Валюта курстары азыр жеткиликсиз",
		up: "{change} өстү",
		down: "{change} төмөндөдү",
		flat: "өзгөрүүсүз",
		pair: "{symbol} — {base}",
		trend: "{days} күндө эң төмөнү {low}, эң жогорусу {high}"
	},
	uz: {
		label: "Valyuta kurslari",
		pause: "Valyuta kurslarini toʻxtatish",
		asOf: "{date} holatiga",
		stale: "Kurslar eskirgan boʻlishi mumkin",
		staleSince: "Kurslar eskirgan boʻlishi mumkin: oxirgi yangilanish {date}",
		unavailable: "Valyuta kurslari hozir mavjud emas",
		up: "{change} oshdi",
		down: "{change} pasaydi",
		flat: "oʻzgarishsiz",
		pair: "{symbol} — {base}",
		trend: "{days} kunda eng past {low}, eng yuqori {high}"
	},
	tg: {
		label: "Қурби асъор",
		pause: "Боздоштани қурби асъор",
		asOf: "ба ҳолати {date}",
		stale: "Қурбҳо шояд кӯҳна бошанд",
		staleSince: "Қурбҳо шояд кӯҳна бошанд: навсозии охирин {date}",
		unavailable: "Қурби асъор ҳоло дастрас нест",
		up: "{change} боло рафт",
		down: "{change} поён рафт",
		flat: "бетағйир",
		pair: "{symbol} — {base}",
		trend: "дар {days} рӯз ҳадди ақал {low}, ҳадди аксар {high}"
	},
	tk: {
		label: "Walýuta hümmetleri",
		pause: "Walýuta hümmetlerini saklamak",
		asOf: "{date} senesine",
		stale: "Hümmetler köne bolmagy mümkin",
		staleSince: "Hümmetler köne bolmagy mümkin: soňky täzelenme {date}",
		unavailable: "Walýuta hümmetleri häzir elýeterli däl",
		up: "{change} ýokarlandy",
		down: "{change} peseldi",
		flat: "üýtgewsiz",
		pair: "{symbol} — {base}",
		trend: "{days} günde iň pes {low}, iň ýokary {high}"
	}
}, b = {
	kk: "{y} ж. {dd} {m}, {t}|қаң.|ақп.|нау.|сәу.|мам.|мау.|шіл.|там.|қыр.|қаз.|қар.|жел.",
	ky: "{y}-ж., {d}-{m} {t}|янв.|фев.|мар.|апр.|май|июн.|июл.|авг.|сен.|окт.|ноя.|дек.",
	uz: "{d}-{m}, {y}, {t}|yan|fev|mar|apr|may|iyn|iyl|avg|sen|okt|noy|dek",
	tg: "{dd} {m} {y}, {t}|Янв|Фев|Мар|Апр|Май|Июн|Июл|Авг|Сен|Окт|Ноя|Дек",
	tk: "{d} {m} {y}, {t}|ýan|few|mart|apr|maý|iýun|iýul|awg|sen|okt|noý|dek"
}, x = {
	NBKR: [
		"ky",
		"Улуттук банк",
		"Кыргыз Республикасынын Улуттук банкы",
		"НБКР",
		"Национальный банк Кыргызской Республики",
		"NBKR",
		"National Bank of the Kyrgyz Republic",
		"https://www.nbkr.kg/index1.jsp?item=1562&lang=ENG"
	],
	NBK: [
		"kk",
		"Ұлттық Банк",
		"Қазақстан Республикасының Ұлттық Банкі",
		"НБРК",
		"Национальный Банк Республики Казахстан",
		"NBK",
		"National Bank of Kazakhstan",
		"https://nationalbank.kz/en/exchangerates/ezhednevnye-oficialnye-rynochnye-kursy-valyut"
	],
	NBT: [
		"tg",
		"Бонки миллӣ",
		"Бонки миллии Тоҷикистон",
		"НБТ",
		"Национальный банк Таджикистана",
		"NBT",
		"National Bank of Tajikistan",
		"https://nbt.tj/en/kurs/kurs.php"
	],
	CBU: [
		"uz",
		"Markaziy bank",
		"Oʻzbekiston Respublikasi Markaziy banki",
		"ЦБ РУз",
		"Центральный банк Республики Узбекистан",
		"CBU",
		"Central Bank of the Republic of Uzbekistan",
		"https://cbu.uz/en/arkhiv-kursov-valyut/"
	]
};
function S(e, t) {
	let n = x[e];
	if (!n) return [e, e];
	let r = w(t), i = r === n[0] ? 1 : /^(ru|kk|ky|tg)$/.test(r) ? 3 : 5;
	return [
		n[i],
		n[i + 1],
		n[7]
	];
}
function C(e) {
	let t = w(e);
	return Object.hasOwn(y, t) ? y[t] : y.en;
}
var w = (e) => e.split(/[-_]/)[0].toLowerCase(), T = (e, t) => e.replace(/\{(\w+)\}/g, (e, n) => String(t[n] ?? e)), E = y.en.label;
// src/format.ts
function D(t, n, r) {
	if (n === t.base) return;
	let i = t.rates[n];
	if (!e(i)) return;
	let a = r ? i : 1 / i;
	if (!e(a)) return;
	let o = { value: a }, s = t.previous?.[n];
	if (e(s)) {
		let e = ((r ? i / s : s / i) - 1) * 100;
		Number.isFinite(e * 100) && (o.changePercent = e);
	}
	return o;
}
var O = /* @__PURE__ */ new Map();
function k(e, t, n) {
	let r = e.name + t + JSON.stringify(n), i = O.get(r);
	return i || (i = new e(t, n), O.set(r, i)), i;
}
var A = { type: "currency" }, j = (e) => b[w(e)], M = (e, t) => k(Intl.NumberFormat, j(e) ? "ru" : e, t);
function ee(e) {
	N(1, e), P(0, e.locale), k(Intl.DisplayNames, e.locale, A);
}
function N(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return M(t.locale, n).format(e);
}
var te = "−";
function P(e, t) {
	let n = M(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat", a = n.format(i === "flat" ? 0 : r / 100).replace("-", te);
	return j(t) && w(t) !== "tk" && (a = a.replace("\xA0%", "%")), {
		text: a,
		direction: i
	};
}
function F(e, t) {
	let n = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e), r = new Date(e), i = j(t);
	if (!i) return (n ? k(Intl.DateTimeFormat, t, {
		dateStyle: "medium",
		timeZone: "UTC"
	}) : new Intl.DateTimeFormat(t, {
		dateStyle: "medium",
		timeStyle: "short"
	})).format(r);
	let a = new Date(n ? r.getTime() : r.getTime() - r.getTimezoneOffset() * 6e4), [o, ...s] = i.split("|"), c = a.getUTCDate();
	return T(n ? o.replace(/,? \{t\}/, "") : o, {
		y: a.getUTCFullYear(),
		d: c,
		dd: String(c).padStart(2, "0"),
		m: s[a.getUTCMonth()],
		t: a.toISOString().slice(11, 16)
	});
}
// src/fx-ticker.styles.ts
var ne = h`:host{display:block;contain:layout paint;block-size:var(--fx-ticker-height,2.5rem)}:host([hidden]){display:none}.ticker{all:initial;direction:ltr;color-scheme:light dark;display:flex;block-size:100%;overflow:hidden;container-type:inline-size;font:var(--fx-ticker-font, 500 0.875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2))}:host(:dir(rtl)) .ticker{direction:rtl}.light{color-scheme:light}.dark{color-scheme:dark}button{flex:none;inline-size:2.5em;padding:0;border:0;border-inline-end:1px solid #8886;background:0 0;color:inherit;cursor:pointer}:focus-visible{outline:2px solid;outline-offset:-3px}svg{inline-size:0.9em;fill:currentColor}.viewport{flex:1;display:flex;align-items:center;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{display:flex;flex:none;margin:0;padding:0}[part=link],li{display:flex;align-items:baseline;gap:.5em;padding-inline:calc(var(--fx-ticker-gap,2rem)/ 2);white-space:nowrap;font-variant-numeric:tabular-nums}[part=link]{padding:0;color:inherit;text-decoration:none}[part=link]:hover [part=pair]{text-decoration:underline}[part=pair]{font-weight:600}[part=trend]{align-self:center;inline-size:3em;block-size:1em;fill:none;stroke:currentColor;stroke-width:1.5;stroke-linejoin:round}[part=pair]::after{content:' =';font-weight:400}[part~=blend] [part=rate]::after{content:'*'}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}.up,[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}.down,.note,[part~=down]{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}.flat,[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]::before{content:'▲ '}[part~=down]::before{content:'▼ '}p{display:flex;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:0.75em;border-inline-start:1px solid #8886;font-size:.8em;white-space:nowrap;overflow:hidden}a{color:inherit}@container (max-width:36rem){.as-of{display:none}}.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}`;
// src/links.ts
function re(e) {
	try {
		return /^https?:$/.test(new URL(I(e, "XXX", "XXX"), "https://base.invalid/").protocol);
	} catch {
		return !1;
	}
}
var I = (e, t, n) => e.replace(/\{(symbol|base)\}/g, (e, r) => encodeURIComponent(r === "symbol" ? t : n)), L = class {
	#e;
	#t;
	#n;
	#r;
	#i;
	#a;
	#o;
	#s;
	#c;
	#l;
	#u;
	#d;
	#f;
	#p;
	#m;
	#h;
	constructor(e, t, n) {
		this.copies = 1, this.isStatic = !1, this.#i = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)"), this.#a = /* @__PURE__ */ new Set(), this.#m = [], this.#h = 0, this.#v = (e) => this.#y("hover", e.type === "pointerenter"), this.#e = e, this.#t = t, this.#r = n, e.addController(this);
	}
	hostConnected() {
		let e = this.#e;
		this.#o = new AbortController(), this.#_(this.#i, "change", () => e.requestUpdate());
		let t = () => this.#y("hidden", document.visibilityState === "hidden");
		this.#_(document, "visibilitychange", t), t(), this.#_(e, "focusin", (e) => this.#y("focus", !e.composedPath()[0].matches?.("button"))), this.#_(e, "focusout", (t) => {
			e.contains(t.relatedTarget) || this.#y("focus", !1);
		}), this.#s = new ResizeObserver(() => this.#x()), this.#c = new IntersectionObserver((e) => this.#y("offscreen", !e.at(-1).isIntersecting)), this.#c.observe(e), e.requestUpdate();
	}
	hostDisconnected() {
		this.#o?.abort(), this.#s?.disconnect(), this.#c?.disconnect(), this.#d = void 0, this.#a.clear(), this.#b();
	}
	hostUpdate() {
		this.#n = this.#t(), this.isStatic = this.#n.speed === 0 || !!this.#i?.matches;
	}
	hostUpdated() {
		let e = this.#e.renderRoot, t = e.querySelector("[role=\"list\"]");
		t !== this.#d && (this.#d = t, this.#l = e.querySelector(".viewport"), this.#u = e.querySelector(".track") ?? void 0, this.#s.disconnect(), this.#b(), this.#h = 0, t && (this.#s.observe(this.#l), this.#_(this.#l, "pointerenter", this.#v), this.#_(this.#l, "pointerleave", this.#v)));
		for (let e of t?.children ?? []) this.#s.observe(e);
		this.#y("button", this.#n.paused), this.#g(), this.#S(this.#h, 0);
	}
	#g() {
		let e = this.#d, t = this.#u;
		if (!e || !t) return;
		let n = this.isStatic ? 0 : this.copies;
		for (; t.children.length > n + 1;) t.lastElementChild.remove();
		for (; t.children.length <= n;) {
			let e = t.appendChild(document.createElement("ul"));
			e.ariaHidden = "true", e.inert = !0;
		}
		let r = this.#r();
		for (let e of [...t.children].slice(1)) v(r, e);
	}
	#_(e, t, n) {
		e.addEventListener(t, n, { signal: this.#o.signal });
	}
	#v;
	#y(e, t) {
		t ? this.#a.add(e) : this.#a.delete(e);
		let n = this.#f;
		n && (this.#a.size > 0 ? n.pause() : n.playState !== "running" && n.play());
	}
	#b() {
		this.#f?.cancel(), this.#f = this.#p = void 0;
	}
	#x() {
		let e = this.#d, t = this.#u;
		if (!e || !t) return;
		let n = e.getBoundingClientRect().width, r = Math.max(1, Math.ceil(this.#l.clientWidth / n));
		!this.isStatic && n && r !== this.copies && (this.copies = r, this.#g());
		let i = this.#l.getBoundingClientRect(), { left: a } = t.getBoundingClientRect(), o = this.#m, s = [...t.querySelectorAll("li")].map((e) => {
			let t = e.getBoundingClientRect();
			return [t.left - a, t.right - a];
		}), c = o.length === s.length ? o.findIndex(([e, t]) => a + t > i.left && a + e < i.right) : -1;
		this.#m = s, this.#S(this.#h = n, c < 0 ? 0 : o[c][0] - s[c][0]);
	}
	#S(e, t) {
		let { speed: n, direction: r, rtl: i, paused: a } = this.#n;
		if (this.isStatic || !(e > 0) || !this.#u) return this.#b();
		let o = i ? e : -e, [s, c] = r === "left" == o < 0 ? [0, o] : [o, 0], l = {
			from: s,
			to: c,
			duration: e / n * 1e3
		}, u = this.#p, d = this.#f;
		if (!t && u && JSON.stringify(u) === JSON.stringify(l)) return;
		let f = [{ transform: `translateX(${s}px)` }, { transform: `translateX(${c}px)` }], p = s;
		if (d && u) {
			let e = Number(d.currentTime) % u.duration;
			p = u.from + (u.to - u.from) * e / u.duration + t, d.effect.setKeyframes(f), d.effect.updateTiming({ duration: l.duration });
		} else d = this.#u.animate(f, {
			duration: l.duration,
			iterations: Infinity
		});
		let m = ((p - s) / (c - s) % 1 + 1) % 1;
		d.currentTime = m * l.duration, this.#f = d, this.#p = l, this.#y("button", a);
	}
};
// src/prerendered-root.ts
function ie(e, t) {
	let n = e.shadowRoot;
	return e.hasUpdated || !n?.firstChild ? t() : new Promise((e) => document.readyState === "loading" ? addEventListener("DOMContentLoaded", e, { once: !0 }) : e(0)).then(() => new Promise((e) => requestAnimationFrame(() => setTimeout(e)))).then(() => (n.replaceChildren(), e.renderOptions.renderBefore = null, t()));
}
// src/options.ts
var R = (e) => ({
	value: e,
	invalid: !1
}), z = (e) => ({
	value: e,
	invalid: !0
}), B = (e) => e == null || String(e).trim() === "", V = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function H(e) {
	if (B(e)) return R(V);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(c))];
	return n.length === 0 ? z(V) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function U(e) {
	if (B(e)) return R("USD");
	let t = String(e).trim().toUpperCase();
	return c(t) ? R(t) : z("USD");
}
function W(e, t, n) {
	if (B(e)) return R(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? R(r) : z(t);
}
function G(e) {
	let t = W(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var ae = (e) => W(e, 40, (e) => e >= 0 && e <= 1e4), oe = (e) => W(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), se = (e) => W(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function K(e, t, n) {
	if (B(e)) return R(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? R(r) : z(n);
}
var ce = (e) => K(e, [
	"light",
	"dark",
	"auto"
], "auto");
function le(e, t) {
	return K(e, ["left", "right"], t ? "right" : "left");
}
function ue(e, t) {
	let n = q(t) ? t : "en";
	if (B(e)) return R(n);
	let r = String(e).trim();
	return q(r) ? R(r) : z(n);
}
function q(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var de = 1e6;
function fe(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function pe(e, t, n) {
	let r = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: i, status: a, headers: o, body: s } = await fetch(e, {
		signal: t,
		cache: n,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!i) throw Object.assign(r(`HTTP ${a}`), {
		status: a,
		retryAfterMs: fe(o.get("Retry-After"))
	});
	let c = s?.getReader(), l = (e) => {
		if (e > 1e6) throw c?.cancel(), r(`larger than ${de} bytes`);
	};
	l(Number(o.get("Content-Length")));
	let u = new TextDecoder(), d = "", f = 0;
	for (; c;) {
		let { done: e, value: t } = await c.read();
		if (e) break;
		l(f += t.length), d += u.decode(t, { stream: !0 });
	}
	d += u.decode();
	try {
		return JSON.parse(d);
	} catch {
		throw r(`not JSON: ${JSON.stringify(d.slice(0, 40))}`);
	}
}
// src/snapshot-cache.ts
var J = "fx-ticker:";
function me(e) {
	try {
		let { snapshot: n, provider: i, missing: a } = JSON.parse(localStorage.getItem(J + e));
		return r(i) ? {
			snapshot: t(n),
			provider: i,
			missing: Array.isArray(a) ? a.filter(c) : [],
			attribution: i === "er-api" ? { ...p } : void 0
		} : void 0;
	} catch {
		return;
	}
}
function he(e, t) {
	try {
		localStorage.setItem(J + e, JSON.stringify(t));
	} catch {}
}
// src/tab-share.ts
function ge(e, { lead: t, follow: n, hear: r }) {
	if (!navigator.locks || typeof BroadcastChannel != "function") return;
	let i = `fx-ticker:${e}`, a = new BroadcastChannel(i), o = new AbortController(), s = !1, c, l = () => {}, u, d = () => {
		if (s || u || o.signal.aborted || document.visibilityState === "hidden") return;
		let e = u = new AbortController();
		navigator.locks.request(i, { signal: e.signal }, () => (u = void 0, s = !0, t(), new Promise((e) => l = e))).catch(() => {});
	}, f = () => {
		u?.abort(), u = void 0, l(), s && (s = !1, n());
	};
	return a.onmessage = ({ data: e }) => {
		"ask" in e ? s && c && a.postMessage(c) : e.id !== c?.id && r((c = e).news);
	}, document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" ? f() : d(), { signal: o.signal }), addEventListener("pagehide", f, { signal: o.signal }), addEventListener("pageshow", d, { signal: o.signal }), a.postMessage({ ask: 1 }), d(), {
		get leading() {
			return s;
		},
		publish(e) {
			a.postMessage(c = {
				news: e,
				id: Math.random()
			});
		},
		close() {
			o.abort(), f(), a.close();
		}
	};
}
// src/poller.ts
var Y = {
	timeoutMs: 15e3,
	fallbackAfterMs: 5e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, _e = 2 ** 31 - 1, X = /* @__PURE__ */ new Map();
function ve({ source: e, fallback: t = [], provider: n, official: i }) {
	let a = f(e, n), o = [i && a.provider === "frankfurter" ? {
		...a,
		official: i
	} : a];
	for (let e of t) {
		let t = r(e) ? f(void 0, e) : f(e, "auto");
		o.some(({ url: e, provider: n }) => e === t.url && n === t.provider) || o.push(t);
	}
	return o;
}
var ye = ({ provider: e, url: t, official: n }, { base: r, symbols: i }) => [
	n ? "official" : e,
	t,
	r,
	i
].join("|");
function be(e, t) {
	let n = Math.min(Y.firstRetryMs * 2 ** (e - 1), t, Y.maxRetryMs);
	return Math.round(n * (1 - Y.jitter * Y.random()));
}
function xe(e, t) {
	let n = ve(e), r = JSON.stringify(n);
	return (X.get(r) ?? Se(r, n))(t, e);
}
function Se(e, t) {
	let n = /* @__PURE__ */ new Set(), r = /* @__PURE__ */ new Map(), a, s, c = 0, u = 0, d = -Infinity, f = [], p = (e) => {
		h = e, S();
	}, m = ge(e, {
		lead: () => p(!1),
		follow: () => p(!0),
		hear: (e) => {
			if ("error" in e) return E(Object.assign(/* @__PURE__ */ Error(), e.error));
			d = Date.now();
			try {
				T(e.answer, C(e.answer, n));
			} catch (e) {
				E(e);
			}
		}
	}), h = !!m, g, _ = new AbortController(), v, y = () => 1e3 * Math.min(...[...n].map((e) => G(e.intervalSeconds).value)), b = (e, t) => {
		for (let r of [...e]) try {
			t && n.has(r) && t(r.watcher);
		} catch (e) {
			console.error(e);
		}
	}, x = (e, t) => {
		let n = ye(e, t);
		return r.has(n) || r.set(n, me(n)), [n, r.get(n)];
	}, S = () => {
		if (v || (clearTimeout(g), !n.size || h || document.visibilityState === "hidden")) return;
		let e = (c ? u : d + y()) - Date.now();
		e > 0 ? g = setTimeout(S, Math.min(e, _e)) : D();
	}, C = ({ fetched: e }, t) => {
		let n = [...t].map((t) => {
			try {
				return [t, l(e, {
					...t,
					now: /* @__PURE__ */ new Date()
				})];
			} catch (e) {
				return [t, e];
			}
		}), r = n[0]?.[1];
		if (r instanceof Error && n.every(([, e]) => e instanceof Error)) throw r;
		return n;
	}, w = ({ index: e }, n) => {
		for (let [a, o] of n) {
			if (o instanceof Error) {
				b([a], (e) => e.onError(o, void 0));
				continue;
			}
			let [n, s] = x(t[e], a), c = {
				...o,
				snapshot: i(s?.snapshot, o.snapshot)
			}, l = JSON.stringify([e, c]);
			l !== a.json && (l === JSON.stringify([e, s]) && (c = s), a.json = l, r.set(n, c), he(n, c), b([a], (t) => t.onData(c, "network", e > 0)));
		}
	}, T = (e, t) => {
		a = e, c = 0, s = void 0, w(e, t);
	}, E = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: r, retryAfterMs: i = 0 } = t, a = be(++c, y());
		(r === 429 || r === 503) && (a = Math.max(a, Math.min(i, Y.maxRetryAfterMs))), u = Date.now() + a;
		for (let e of n) e.json = void 0;
		b(n, s = (e) => e.onError(t, Math.max(0, u - Date.now())));
	}, D = () => {
		d = Date.now();
		let e = [...n], r = {
			base: e[0].base,
			symbols: [...new Set(e.flatMap((e) => [e.base, ...e.symbols]))],
			now: new Date(d)
		};
		return f = r.symbols, v = (async () => {
			let e;
			for (let i = 0; i < t.length && !O.signal.aborted; i++) {
				let { signal: a } = _ = new AbortController(), s = i < t.length - 1 ? Y.fallbackAfterMs : Y.timeoutMs;
				clearTimeout(g), g = setTimeout(() => _.abort(new DOMException(`timed out after ${s / 1e3} s`, "TimeoutError")), s);
				try {
					let e = {
						index: i,
						fetched: await o((e, t) => pe(e, a, t), t[i], r).catch((e) => {
							throw a.reason ?? e;
						})
					}, s = C(e, n);
					return m?.publish({ answer: e }), T(e, s);
				} catch (t) {
					e ??= t;
				}
			}
			if (O.signal.aborted) return;
			let { name: i, message: a, status: s, retryAfterMs: c } = e;
			m?.publish({ error: {
				name: i,
				message: a,
				status: s,
				retryAfterMs: c
			} }), E(e);
		})().finally(() => {
			v = void 0, S();
		});
	}, O = new AbortController();
	document.addEventListener("visibilitychange", S, { signal: O.signal }), window.addEventListener("online", () => {
		u = 0, S();
	}, { signal: O.signal });
	let k = () => {
		clearTimeout(g), O.abort(), _.abort(), X.delete(e), m?.close();
	}, A = (e, { base: r, symbols: i }) => {
		let o = {
			watcher: e,
			intervalSeconds: e.intervalSeconds,
			base: r,
			symbols: i
		};
		n.add(o);
		let c = [r, ...i].every((e) => f.includes(e));
		return c || (d = -Infinity), queueMicrotask(() => {
			if (a && c) b([o], () => w(a, C(a, [o])));
			else if (!o.json) {
				let e = t.findIndex((e) => x(e, o)[1]), n = e < 0 ? void 0 : x(t[e], o)[1];
				b([o], n && ((t) => t.onData(n, "cache", e > 0)));
			}
			b([o], s), S();
		}), {
			async refresh() {
				n.has(o) && await (v ?? D());
			},
			setInterval(e) {
				o.intervalSeconds = e, S();
			},
			close() {
				n.delete(o) && (n.size ? S() : k());
			}
		};
	};
	return X.set(e, A), A;
}
var Z = 1.5, Q = 864e5;
function Ce(t, n) {
	let r = Date.parse(t?.at(-1)?.[0] ?? ""), i = [];
	for (let [a, o] of t ?? []) {
		let t = Date.parse(a), s = n ? o : 1 / o;
		t >= r - 30 * Q && e(s) && i.push([t, s]);
	}
	if (i.length < 2) return;
	let a = i.map(([, e]) => e), o = Math.min(...a), s = Math.max(...a), c = i[0][0], l = r - c || 1, u = (e) => Math.round(e * 10) / 10, d = (e) => s === o ? 8 : Z + (s - e) / (s - o) * (16 - 2 * Z);
	return {
		points: i.map(([e, t]) => `${u((e - c) / l * 48)},${u(d(t))}`).join(" "),
		low: o,
		high: s,
		days: Math.round((r - c) / Q)
	};
}
// src/fx-ticker.ts
var $ = ["auto", ...u], we = class extends m {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.official = !1, this.trend = !1, this.theme = "auto", this.label = E, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new L(this, () => ({
			speed: this.#h("speed", ae(this.speed)),
			direction: this.#h("direction", le(this.#t, this.#d)),
			rtl: this.#d,
			paused: this.paused
		}), () => this.#r.map((e) => Ee(e, !0)));
	}
	static {
		this.styles = ne;
	}
	static {
		this.properties = {
			source: {
				type: String,
				noAccessor: !0
			},
			fallback: { type: String },
			provider: { type: String },
			base: { type: String },
			symbols: {},
			interval: { type: Number },
			speed: { type: Number },
			direction: {
				type: String,
				noAccessor: !0
			},
			inverse: { type: Boolean },
			digits: { type: Number },
			decimals: { type: Number },
			locale: { type: String },
			official: { type: Boolean },
			trend: { type: Boolean },
			href: { type: String },
			theme: { type: String },
			label: { type: String },
			paused: {
				type: Boolean,
				reflect: !0
			},
			rates: { attribute: !1 },
			shown: {
				state: !0,
				attribute: !1
			},
			failure: {
				state: !0,
				attribute: !1
			}
		};
	}
	static define(e = "fx-ticker", t = customElements) {
		if (!t.get(e)) try {
			t.define(e, this);
		} catch {
			t.define(e, class extends this {});
		}
	}
	#e;
	get source() {
		return this.#e ?? (/^(auto|frankfurter)$/.test(K(this.provider, $, "auto").value) ? d : void 0);
	}
	set source(e) {
		let t = this.source;
		this.#e = e ?? void 0, this.requestUpdate("source", t);
	}
	#t;
	get direction() {
		return this.#t ?? (this.isConnected && this.#d ? "right" : "left");
	}
	set direction(e) {
		let t = this.#t;
		this.#t = e ?? void 0, this.requestUpdate("direction", t);
	}
	#n;
	#r;
	#i;
	#a;
	#o;
	#s;
	connectedCallback() {
		super.connectedCallback(), document.readyState === "loading" ? Te(this, () => this.#b()) : this.#b(), this.#v(), setTimeout(() => ee(this.#D(this.#l)));
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	scheduleUpdate() {
		return ie(this, () => super.scheduleUpdate());
	}
	async refresh() {
		this.#f && this.#b(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#x(this.rates), this.isConnected && this.#v(), this.#i?.setInterval(this.#h("interval", G(this.interval))), this.#r = this.shown ? this.#E(this.shown.snapshot) : [];
	}
	render() {
		let e = C(this.#l), { isStatic: t } = this.#s, n = this.label === E ? e.label : this.label || e.label;
		return g`<div class="ticker ${this.#h("theme", ce(this.theme))}${t ? " static" : ""}">${t || !this.#r.length ? _ : g`<button part="control" aria-label="${e.pause}" title="${e.pause}" aria-pressed="${this.paused}" @click="${() => this.paused = !this.paused}">${this.paused ? Oe : De}</button>`}<div class="viewport" role="${t ? "region" : _}" tabindex="${t ? 0 : _}" aria-label="${t ? n : _}">${this.#r.length ? g`<div class="track"><ul role="list" aria-label="${n}">${this.#r.map((e) => Ee(e))}</ul></div>` : g`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && F(t.snapshot.asOf, this.#l), r = (this.failure || t?.stale) && this.#n ? F(new Date(this.#n).toISOString(), this.#l) : n, i = !this.failure && !t?.stale ? "" : t ? r ? T(e.staleSince, { date: r }) : e.stale : e.unavailable, a = t?.attribution, o = t?.snapshot.official ?? {}, s = [...new Set(Object.values(o))];
		return g`<p part="status">${n && !i ? g`<span class="as-of">${T(e.asOf, { date: n })}</span>` : _} <span class="note" role="status">${i}</span> ${s.map((e) => {
			let [t, n, r] = S(e, this.#l);
			return r ? g`<a href="${r}" title="${n}" target="_blank" rel="noopener noreferrer">${t}</a>` : t;
		})} ${a ? g`<a href="${a.href}" target="_blank" rel="noopener noreferrer">${a.text}</a>` : t?.fallback || this.#r.some((e) => e.blend) ? g`<span class="source">${this.#r.some((e) => e.blend) ? "* " : ""}${t.snapshot.source}</span>` : _}</p>`;
	}
	get #l() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
		return this.#h("locale", ue(this.locale, e));
	}
	get #u() {
		let e = this.href?.trim();
		if (e) {
			if (re(e)) return e;
			this.#_(`<fx-ticker>: href="${e}" is not an http(s) or relative URL; items are not links.`);
		}
	}
	get #d() {
		return this.matches(":dir(rtl)");
	}
	get #f() {
		return this.#e?.trim().toLowerCase() === "none";
	}
	get #p() {
		return this.#h("symbols", H(this.symbols));
	}
	get #m() {
		return this.#h("base", U(this.base));
	}
	#h(e, t) {
		return t.invalid && this.#_(`<fx-ticker>: invalid ${e}="${this.#g(e)}"; using ${String(t.value)}.`), t.value;
	}
	#g(e) {
		let t = this[e];
		return typeof t == "number" && Number.isNaN(t) && this.hasAttribute(e) ? String(this.getAttribute(e)) : String(t);
	}
	#_(e) {
		this.#o.has(e) || (this.#o.add(e), console.warn(e));
	}
	#v() {
		let e = this.#e?.trim() || void 0, t = (this.fallback ?? (e ? "" : "currency-api")).match(/\S+/g) ?? [], n = {
			source: e,
			fallback: t.includes("none") ? [] : t,
			provider: this.#h("provider", K(this.provider, $, "auto")),
			official: this.#y,
			base: this.#m,
			symbols: this.#p
		}, r = this.#f ? "none" : JSON.stringify(n);
		r !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = r, this.#f || (this.#i = xe(n, {
			intervalSeconds: this.#h("interval", G(this.interval)),
			onData: (e, t, n) => this.#S(e, t === "cache", n),
			onError: (e) => this.#w(e)
		})));
	}
	get #y() {
		let e = this.#e?.trim() || void 0, t = f(e, K(this.provider, $, "auto").value).provider === "frankfurter";
		return this.official && !t && !this.#f && this.#_(`<fx-ticker>: official needs a Frankfurter v2 source; showing the rates of ${e} as they are.`), this.official && t;
	}
	#b() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (e) try {
			this.#x(JSON.parse(e));
		} catch (e) {
			this.#w(new n(`inline JSON: ${e.message}`));
		}
	}
	#x(e) {
		try {
			let r = s(t(e), this.#m);
			if (!r) throw new n(`no rate for the base ${this.#m}`);
			this.#C({
				snapshot: r,
				stale: !1
			});
		} catch (e) {
			this.#w(e);
		}
	}
	#S(e, t, r) {
		if (e.missing.length && this.#_(`<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), !(t && this.shown) && this.#C({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: t,
			fallback: r
		})) for (let [t, r] of [["skipped", e.skipped], ["no official rate from", e.unofficial]]) r?.length && this.#T("fx-ticker-error", {
			error: new n(`${t} ${r.join("; ")}`),
			stale: !1
		});
	}
	#C(e) {
		if (!this.#p.some((t) => D(e.snapshot, t, this.inverse))) return this.#w(new n(`no usable rate for ${this.#p.join(" ")} against ${e.snapshot.base}`));
		let t = this.shown, r = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
		if (e.stale || (this.failure = void 0, this.#n = Date.now()), r || i) return this.shown = e, this.#T("fx-ticker-update", { snapshot: e.snapshot }), !0;
	}
	#w(e) {
		this.failure = e, this.#T("fx-ticker-error", {
			error: e,
			stale: !!this.shown
		});
	}
	#T(e, t) {
		this.dispatchEvent(new CustomEvent(e, {
			detail: t,
			bubbles: !0,
			composed: !0
		}));
	}
	#E(e) {
		let t = this.#l, n = C(t), r = this.#u, i = this.#D(t), o = k(Intl.DisplayNames, t, A), s = this.#y, c = [];
		for (let l of this.#p) {
			let u = D(e, l, this.inverse);
			if (!u) continue;
			let d = this.inverse ? [e.base, l] : [l, e.base], f = N(u.value, i), p = u.changePercent === void 0 ? void 0 : P(u.changePercent, t), m = this.trend ? Ce(e.history?.[l], this.inverse) : void 0, h = s && !!a[l] && !e.official?.[l], g = [
				T(n.pair, {
					symbol: o.of(d[0]),
					base: o.of(d[1])
				}),
				f,
				p && T(n[p.direction], { change: p.text.slice(1) }),
				m && T(n.trend, {
					days: m.days,
					low: N(m.low, i),
					high: N(m.high, i)
				}),
				h && e.source
			];
			c.push({
				symbol: l,
				pair: d.join("/"),
				rate: f,
				change: p,
				trend: m,
				href: r && I(r, l, e.base),
				blend: h,
				phrase: g.filter(Boolean).join(", ")
			});
		}
		return c;
	}
	#D(e) {
		return {
			locale: e,
			digits: this.#h("digits", oe(this.digits)),
			decimals: this.#h("decimals", se(this.decimals))
		};
	}
};
function Te(e, t) {
	let n = () => {
		let i = e;
		for (; i && !i.nextSibling;) i = i.parentNode;
		(i || document.readyState !== "loading") && (r.disconnect(), document.removeEventListener("DOMContentLoaded", n), t());
	}, r = new MutationObserver(n);
	r.observe(document, {
		childList: !0,
		subtree: !0
	}), document.addEventListener("DOMContentLoaded", n);
}
function Ee(e, t) {
	let n = g`<span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.trend ? g`<svg part="trend" class="${e.change?.direction ?? "flat"}" viewBox="0 0 48 16" aria-hidden="true"><polyline points="${e.trend.points}"/></svg>` : _} ${e.change ? g`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : _} ${t ? _ : g`<span class="visually-hidden">${e.phrase}</span>`}`;
	return g`<li part="item item-${e.symbol}${e.blend ? " blend" : ""}" data-symbol="${e.symbol}" role="${t ? _ : "listitem"}">${e.href ? g`<a part="link" href="${t ? _ : e.href}">${n}</a>` : n}</li>`;
}
var De = g`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, Oe = g`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { L as a, H as i, U as n, K as r, we as t };
