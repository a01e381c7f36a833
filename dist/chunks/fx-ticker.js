import { C as e, S as t, a as n, b as r, c as i, d as a, i as o, n as s, t as c, w as l, x as u } from "./providers.js";
import { LitElement as d, css as f, html as p, nothing as m } from "lit";
// src/format.ts
function h(e, n, r) {
	if (n === e.base) return;
	let i = e.rates[n];
	if (!t(i)) return;
	let a = r ? i : 1 / i;
	if (!t(a)) return;
	let o = { value: a }, s = e.previous?.[n];
	if (t(s)) {
		let e = ((r ? i / s : s / i) - 1) * 100;
		Number.isFinite(e * 100) && (o.changePercent = e);
	}
	return o;
}
var g = /* @__PURE__ */ new Map();
function _(e, t) {
	let n = `${e}|${JSON.stringify(t)}`, r = g.get(n);
	return r || (r = new Intl.NumberFormat(e, t), g.set(n, r)), r;
}
function v(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return _(t.locale, n).format(e);
}
var y = "−";
function b(e, t) {
	let n = _(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", y),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var x = f`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li,[part=link]{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=link]{color:inherit;padding:0;text-decoration:none}[part=link]:hover [part=pair]{text-decoration:underline}[part=pair]{font-weight:600}[part=trend]{fill:none;stroke:currentColor;stroke-width:1.5px;stroke-linejoin:round;align-self:center;block-size:1em;inline-size:3em}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up],.up{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.down,.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],.flat,p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, S = {
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
};
function C(e) {
	let t = e.split(/[-_]/)[0].toLowerCase();
	return Object.hasOwn(S, t) ? S[t] : S.en;
}
var w = (e, t) => e.replace(/\{(\w+)\}/g, (e, n) => String(t[n] ?? e)), T = S.en.label;
// src/links.ts
function ee(e) {
	try {
		return /^https?:$/.test(new URL(E(e, "XXX", "XXX"), "https://base.invalid/").protocol);
	} catch {
		return !1;
	}
}
var E = (e, t, n) => e.replace(/\{(symbol|base)\}/g, (e, r) => encodeURIComponent(r === "symbol" ? t : n)), D = class {
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
	constructor(e, t) {
		this.copies = 1, this.isStatic = !1, this.#n = matchMedia("(prefers-reduced-motion: reduce)"), this.#r = /* @__PURE__ */ new Set(), this.#m = (e) => this.#g("hover", e.type === "pointerenter"), this.#e = e, this.#t = t, e.addController(this);
	}
	hostConnected() {
		let e = this.#e;
		this.#i = new AbortController(), this.#p(this.#n, "change", () => e.requestUpdate());
		let t = () => this.#g("hidden", document.visibilityState === "hidden");
		this.#p(document, "visibilitychange", t), t(), this.#p(e, "focusin", (e) => this.#g("focus", !e.composedPath()[0].matches?.("button"))), this.#p(e, "focusout", (t) => {
			e.contains(t.relatedTarget) || this.#g("focus", !1);
		}), this.#a = new ResizeObserver(() => this.#v()), this.#o = new IntersectionObserver((e) => this.#g("offscreen", !e.at(-1).isIntersecting)), this.#o.observe(e), e.requestUpdate();
	}
	hostDisconnected() {
		this.#i?.abort(), this.#a?.disconnect(), this.#o?.disconnect(), this.#l = void 0, this.#r.clear(), this.#_();
	}
	hostUpdate() {
		if (this.isStatic = this.#t().speed === 0 || this.#n.matches, this.copies = this.isStatic ? 0 : Math.max(1, this.copies), this.#f = void 0, !this.#u) return;
		let e = this.#s.getBoundingClientRect();
		for (let t of this.#c.querySelectorAll("li")) {
			let { left: n, right: r } = t.getBoundingClientRect();
			if (r > e.left && n < e.right) {
				this.#f = {
					item: t,
					offset: this.#h(t)
				};
				break;
			}
		}
	}
	hostUpdated() {
		let e = this.#e.renderRoot, t = e.querySelector("[role=\"list\"]");
		t !== this.#l && (this.#l = t, this.#s = e.querySelector(".viewport"), this.#c = e.querySelector(".track") ?? void 0, this.#a.disconnect(), this.#_(), t && (this.#a.observe(t), this.#a.observe(this.#s), this.#p(this.#s, "pointerenter", this.#m), this.#p(this.#s, "pointerleave", this.#m))), this.#g("button", this.#t().paused);
		let n = this.#f;
		this.#v(n?.item.isConnected ? n.offset - this.#h(n.item) : 0);
	}
	#p(e, t, n) {
		e.addEventListener(t, n, { signal: this.#i.signal });
	}
	#m;
	#h(e) {
		return e.getBoundingClientRect().left - this.#c.getBoundingClientRect().left;
	}
	#g(e, t) {
		t ? this.#r.add(e) : this.#r.delete(e);
		let n = this.#u;
		n && (this.#r.size > 0 ? n.pause() : n.playState !== "running" && n.play());
	}
	#_() {
		this.#u?.cancel(), this.#u = this.#d = void 0;
	}
	#v(e = 0) {
		let t = this.#l;
		if (!t) return;
		let n = t.getBoundingClientRect().width, r = Math.max(1, Math.ceil(this.#s.clientWidth / n));
		!this.isStatic && r !== this.copies && (this.copies = r, this.#e.requestUpdate()), this.#y(n, e);
	}
	#y(e, t) {
		let { speed: n, direction: r, rtl: i } = this.#t();
		if (this.isStatic || !(e > 0) || !this.#c) return this.#_();
		let a = i ? e : -e, [o, s] = r === "left" == a < 0 ? [0, a] : [a, 0], c = {
			from: o,
			to: s,
			duration: e / n * 1e3
		}, l = this.#d, u = this.#u;
		if (!t && l && JSON.stringify(l) === JSON.stringify(c)) return;
		let d = [{ transform: `translateX(${o}px)` }, { transform: `translateX(${s}px)` }], f = o;
		if (u && l) {
			let e = Number(u.currentTime) % l.duration;
			f = l.from + (l.to - l.from) * e / l.duration + t, u.effect.setKeyframes(d), u.effect.updateTiming({ duration: c.duration });
		} else u = this.#c.animate(d, {
			duration: c.duration,
			iterations: Infinity
		});
		let p = ((f - o) / (s - o) % 1 + 1) % 1;
		u.currentTime = p * c.duration, this.#u = u, this.#d = c, this.#g("button", this.#t().paused);
	}
}, O = (e) => ({
	value: e,
	invalid: !1
}), k = (e) => ({
	value: e,
	invalid: !0
}), A = (e) => e == null || String(e).trim() === "", j = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function M(e) {
	if (A(e)) return O(j);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(u))];
	return n.length === 0 ? k(j) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function te(e) {
	if (A(e)) return O("USD");
	let t = String(e).trim().toUpperCase();
	return u(t) ? O(t) : k("USD");
}
function N(e, t, n) {
	if (A(e)) return O(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? O(r) : k(t);
}
function P(e) {
	let t = N(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var F = (e) => N(e, 40, (e) => e >= 0 && e <= 1e4), I = (e) => N(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), L = (e) => N(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function R(e, t, n) {
	if (A(e)) return O(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? O(r) : k(n);
}
var ne = (e) => R(e, [
	"light",
	"dark",
	"auto"
], "auto");
function re(e, t) {
	return R(e, ["left", "right"], t ? "right" : "left");
}
function z(e, t) {
	let n = B(t) ? t : "en";
	if (A(e)) return O(n);
	let r = String(e).trim();
	return B(r) ? O(r) : k(n);
}
function B(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var V = 1e6;
function H(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function U(e, t) {
	let n = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: r, status: i, headers: a, body: o } = await fetch(e, {
		signal: t,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!r) throw Object.assign(n(`HTTP ${i}`), {
		status: i,
		retryAfterMs: H(a.get("Retry-After"))
	});
	let s = o?.getReader(), c = (e) => {
		if (e > 1e6) throw s?.cancel(), n(`larger than ${V} bytes`);
	};
	c(Number(a.get("Content-Length")));
	let l = new TextDecoder(), u = "", d = 0;
	for (; s;) {
		let { done: e, value: t } = await s.read();
		if (e) break;
		c(d += t.length), u += l.decode(t, { stream: !0 });
	}
	u += l.decode();
	try {
		return JSON.parse(u);
	} catch {
		throw n(`not JSON: ${JSON.stringify(u.slice(0, 40))}`);
	}
}
// src/snapshot-cache.ts
var W = "fx-ticker:";
function G(e) {
	try {
		let { snapshot: t, provider: n, missing: r } = JSON.parse(localStorage.getItem(W + e));
		return o(n) ? {
			snapshot: l(t),
			provider: n,
			missing: Array.isArray(r) ? r.filter(u) : [],
			attribution: n === "er-api" ? { ...a } : void 0
		} : void 0;
	} catch {
		return;
	}
}
function K(e, t) {
	try {
		localStorage.setItem(W + e, JSON.stringify(t));
	} catch {}
}
// src/poller.ts
var q = {
	timeoutMs: 15e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, J = 2 ** 31 - 1, Y = /* @__PURE__ */ new Map(), ie = ({ source: e, provider: t, base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function ae(e, t) {
	let n = Math.min(q.firstRetryMs * 2 ** (e - 1), t, q.maxRetryMs);
	return Math.round(n * (1 - q.jitter * q.random()));
}
function oe(e, t) {
	let n = ie(e);
	return (Y.get(n) ?? se(n, e))(t);
}
function se(e, t) {
	let r = /* @__PURE__ */ new Set(), a = G(e), o = a, s, c = a && ((e) => e.onData(a, "cache")), l, u = 0, d = 0, f = -Infinity, p, m = new AbortController(), h, g = () => 1e3 * Math.min(...[...r].map((e) => P(e.intervalSeconds).value)), _ = (e, t) => {
		for (let n of [...e]) try {
			t && r.has(n) && t(n.watcher);
		} catch (e) {
			console.error(e);
		}
	}, v = () => {
		if (h || (clearTimeout(p), !r.size || document.visibilityState === "hidden")) return;
		let e = (u ? d : f + g()) - Date.now();
		e > 0 ? p = setTimeout(v, Math.min(e, J)) : S();
	}, y = (t) => {
		let n = {
			...t,
			snapshot: i(o?.snapshot, t.snapshot)
		}, a = JSON.stringify(n), d = u || a !== s;
		u = 0, l = void 0, d && (o = n, s = a, K(e, n), _(r, c = (e) => e.onData(n, "network")));
	}, b = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: i = 0 } = t, a = ae(++u, g());
		(n === 429 || n === 503) && (a = Math.max(a, Math.min(i, q.maxRetryAfterMs))), d = Date.now() + a, _(r, l = (e) => e.onError(t, Math.max(0, d - Date.now())));
	}, x = (e) => U(e, m.signal), S = () => {
		clearTimeout(p), f = Date.now();
		let { signal: e } = m = new AbortController(), { timeoutMs: r } = q;
		return p = setTimeout(() => m.abort(new DOMException(`timed out after ${r / 1e3} s`, "TimeoutError")), r), h = n(x, {
			...t,
			query: {
				...t,
				now: new Date(f)
			}
		}).then(y).catch((t) => b(e.reason ?? t)).finally(() => {
			h = void 0, v();
		});
	}, C = new AbortController();
	document.addEventListener("visibilitychange", v, { signal: C.signal }), window.addEventListener("online", () => {
		d = 0, v();
	}, { signal: C.signal });
	let w = () => {
		clearTimeout(p), C.abort(), m.abort(), Y.delete(e);
	}, T = (e) => {
		let t = {
			watcher: e,
			intervalSeconds: e.intervalSeconds
		};
		return r.add(t), queueMicrotask(() => {
			_([t], c), _([t], l);
		}), v(), {
			async refresh() {
				r.has(t) && await (h ?? S());
			},
			setInterval(e) {
				t.intervalSeconds = e, v();
			},
			close() {
				r.delete(t) && (r.size ? v() : w());
			}
		};
	};
	return Y.set(e, T), T;
}
var X = 1.5, Z = 864e5;
function Q(e, n) {
	let r = Date.parse(e?.at(-1)?.[0] ?? ""), i = [];
	for (let [a, o] of e ?? []) {
		let e = Date.parse(a), s = n ? o : 1 / o;
		e >= r - 30 * Z && t(s) && i.push([e, s]);
	}
	if (i.length < 2) return;
	let a = i.map(([, e]) => e), o = Math.min(...a), s = Math.max(...a), c = i[0][0], l = r - c || 1, u = (e) => Math.round(e * 10) / 10, d = (e) => s === o ? 8 : X + (s - e) / (s - o) * (16 - 2 * X);
	return {
		points: i.map(([e, t]) => `${u((e - c) / l * 48)},${u(d(t))}`).join(" "),
		low: o,
		high: s,
		days: Math.round((r - c) / Z)
	};
}
// src/fx-ticker.ts
var ce = ["auto", ...s], le = class extends d {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.trend = !1, this.theme = "auto", this.label = T, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new D(this, () => ({
			speed: this.#h("speed", F(this.speed)),
			direction: this.#h("direction", re(this.#t, this.#d)),
			rtl: this.#d,
			paused: this.paused
		}));
	}
	static {
		this.styles = x;
	}
	static {
		this.properties = {
			source: {
				type: String,
				noAccessor: !0
			},
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
		return this.#e ?? (/^(auto|frankfurter)?$/.test(this.provider.trim()) ? c : void 0);
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
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => this.#y(), { once: !0 }) : this.#y(), this.#v();
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	async refresh() {
		this.#f && this.#y(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#b(this.rates), this.isConnected && this.#v(), this.#i?.setInterval(this.#h("interval", P(this.interval))), this.#r = this.shown ? this.#T(this.shown.snapshot) : [];
	}
	render() {
		let e = C(this.#l), { isStatic: t, copies: n } = this.#s, r = this.label === T ? e.label : this.label || e.label;
		return p`<div class="ticker ${this.#h("theme", ne(this.theme))}${t ? " static" : ""}">${t ? m : p`<button part="control" aria-label=${e.pause} title=${e.pause} aria-pressed=${this.paused} @click=${() => this.paused = !this.paused}>${this.paused ? de : ue}</button>`}<div class="viewport" role=${t ? "region" : m} tabindex=${t ? 0 : m} aria-label=${t ? r : m}>${this.#r.length ? p`<div class="track"><ul role="list" aria-label=${r}>${this.#r.map((e) => $(e, !0))}</ul>${Array.from({ length: n }, () => p`<ul aria-hidden="true" inert>${this.#r.map((e) => $(e, !1))}</ul>`)}</div>` : p`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && this.#E(t.snapshot.asOf), r = this.#n ? this.#E(new Date(this.#n).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? r ? w(e.staleSince, { date: r }) : e.stale : e.unavailable, a = t?.attribution;
		return p`<p part="status">${n && !i ? p`<span class="as-of">${w(e.asOf, { date: n })}</span>` : m} <span class="note" role="status">${i}</span> ${a ? p`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : m}</p>`;
	}
	get #l() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
		return this.#h("locale", z(this.locale, e));
	}
	get #u() {
		let e = this.href?.trim();
		if (e) {
			if (ee(e)) return e;
			this.#_(`<fx-ticker>: href="${e}" is not an http(s) or relative URL; items are not links.`);
		}
	}
	get #d() {
		return getComputedStyle(this).direction === "rtl";
	}
	get #f() {
		return this.#e?.trim().toLowerCase() === "none";
	}
	get #p() {
		return this.#h("symbols", M(this.symbols));
	}
	get #m() {
		return this.#h("base", te(this.base));
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
		let e = {
			source: this.#e?.trim() || void 0,
			provider: this.#h("provider", R(this.provider, ce, "auto")),
			base: this.#m,
			symbols: this.#p
		}, t = this.#f ? "none" : JSON.stringify(e);
		t !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = t, this.#f || (this.#i = oe(e, {
			intervalSeconds: this.#h("interval", P(this.interval)),
			onData: (e, t) => this.#x(e, t === "cache"),
			onError: (e) => this.#C(e)
		})));
	}
	#y() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (e) try {
			this.#b(JSON.parse(e));
		} catch (e) {
			this.#C(new r(`inline JSON: ${e.message}`));
		}
	}
	#b(t) {
		try {
			let n = e(l(t), this.#m);
			if (!n) throw new r(`no rate for the base ${this.#m}`);
			this.#S({
				snapshot: n,
				stale: !1
			});
		} catch (e) {
			this.#C(e);
		}
	}
	#x(e, t) {
		e.missing.length && this.#_(`<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), t && this.shown || this.#S({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: t
		});
	}
	#S(e) {
		if (!this.#p.some((t) => h(e.snapshot, t, this.inverse))) return this.#C(new r(`no usable rate for ${this.#p.join(" ")} against ${e.snapshot.base}`));
		let t = this.shown, n = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
		e.stale || (this.failure = void 0, this.#n = Date.now()), (n || i) && (this.shown = e, this.#w("fx-ticker-update", { snapshot: e.snapshot }));
	}
	#C(e) {
		this.failure = e, this.#w("fx-ticker-error", {
			error: e,
			stale: !!this.shown
		});
	}
	#w(e, t) {
		this.dispatchEvent(new CustomEvent(e, {
			detail: t,
			bubbles: !0,
			composed: !0
		}));
	}
	#T(e) {
		let t = this.#l, n = C(t), r = this.#u, i = {
			locale: t,
			digits: this.#h("digits", I(this.digits)),
			decimals: this.#h("decimals", L(this.decimals))
		}, a = new Intl.DisplayNames(t, { type: "currency" }), o = [];
		for (let s of this.#p) {
			let c = h(e, s, this.inverse);
			if (!c) continue;
			let l = this.inverse ? [e.base, s] : [s, e.base], u = v(c.value, i), d = c.changePercent === void 0 ? void 0 : b(c.changePercent, t), f = this.trend ? Q(e.history?.[s], this.inverse) : void 0, p = [
				w(n.pair, {
					symbol: a.of(l[0]),
					base: a.of(l[1])
				}),
				u,
				d && w(n[d.direction], { change: d.text.slice(1) }),
				f && w(n.trend, {
					days: f.days,
					low: v(f.low, i),
					high: v(f.high, i)
				})
			];
			o.push({
				symbol: s,
				pair: l.join("/"),
				rate: u,
				change: d,
				trend: f,
				href: r && E(r, s, e.base),
				phrase: p.filter(Boolean).join(", ")
			});
		}
		return o;
	}
	#E(e) {
		let t = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? {
			dateStyle: "medium",
			timeZone: "UTC"
		} : {
			dateStyle: "medium",
			timeStyle: "short"
		};
		return new Intl.DateTimeFormat(this.#l, t).format(new Date(e));
	}
};
function $(e, t) {
	let n = p`<span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.trend ? p`<svg part="trend" class=${e.change?.direction ?? "flat"} viewBox="0 0 48 16" aria-hidden="true"><polyline points=${e.trend.points} /></svg>` : m} ${e.change ? p`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : m} ${t ? p`<span class="visually-hidden">${e.phrase}</span>` : m}`;
	return p`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : m}>${e.href ? p`<a part="link" href=${t ? e.href : m}>${n}</a>` : n}</li>`;
}
var ue = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, de = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { le as t };
