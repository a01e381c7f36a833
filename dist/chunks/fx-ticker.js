import { A as e, D as t, O as n, a as r, h as i, i as a, j as o, k as s, l as c, n as l, t as u, u as d, v as f } from "./providers.js";
import { LitElement as p, css as m, html as h, nothing as g } from "lit";
// src/format.ts
function _(e, t, n) {
	if (t === e.base) return;
	let r = e.rates[t];
	if (!s(r)) return;
	let i = n ? r : 1 / r;
	if (!s(i)) return;
	let a = { value: i }, o = e.previous?.[t];
	if (s(o)) {
		let e = ((n ? r / o : o / r) - 1) * 100;
		Number.isFinite(e * 100) && (a.changePercent = e);
	}
	return a;
}
var v = /* @__PURE__ */ new Map();
function y(e, t, n) {
	let r = e.name + t + JSON.stringify(n), i = v.get(r);
	return i || (i = new e(t, n), v.set(r, i)), i;
}
var b = { type: "currency" }, x = (e, t) => y(Intl.NumberFormat, e, t);
function S(e) {
	C(1, e), T(0, e.locale), y(Intl.DisplayNames, e.locale, b);
}
function C(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return x(t.locale, n).format(e);
}
var w = "−";
function T(e, t) {
	let n = x(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", w),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var E = m`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li,[part=link]{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=link]{color:inherit;padding:0;text-decoration:none}[part=link]:hover [part=pair]{text-decoration:underline}[part=pair]{font-weight:600}[part=trend]{fill:none;stroke:currentColor;stroke-width:1.5px;stroke-linejoin:round;align-self:center;block-size:1em;inline-size:3em}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up],.up{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.down,.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],.flat,p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, D = {
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
function O(e) {
	let t = e.split(/[-_]/)[0].toLowerCase();
	return Object.hasOwn(D, t) ? D[t] : D.en;
}
var k = (e, t) => e.replace(/\{(\w+)\}/g, (e, n) => String(t[n] ?? e)), A = D.en.label;
// src/links.ts
function ee(e) {
	try {
		return /^https?:$/.test(new URL(j(e, "XXX", "XXX"), "https://base.invalid/").protocol);
	} catch {
		return !1;
	}
}
var j = (e, t, n) => e.replace(/\{(symbol|base)\}/g, (e, r) => encodeURIComponent(r === "symbol" ? t : n)), M = class {
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
		this.copies = 1, this.isStatic = !1, this.#n = matchMedia("(prefers-reduced-motion: reduce)"), this.#r = /* @__PURE__ */ new Set(), this.#g = (e) => this.#v("hover", e.type === "pointerenter"), this.#e = e, this.#t = t, e.addController(this);
	}
	hostConnected() {
		let e = this.#e;
		this.#i = new AbortController(), this.#h(this.#n, "change", () => e.requestUpdate());
		let t = () => this.#v("hidden", document.visibilityState === "hidden");
		this.#h(document, "visibilitychange", t), t(), this.#h(e, "focusin", (e) => this.#v("focus", !e.composedPath()[0].matches?.("button"))), this.#h(e, "focusout", (t) => {
			e.contains(t.relatedTarget) || this.#v("focus", !1);
		}), this.#a = new ResizeObserver(() => this.#b()), this.#o = new IntersectionObserver((e) => this.#v("offscreen", !e.at(-1).isIntersecting)), this.#o.observe(e), e.requestUpdate();
	}
	hostDisconnected() {
		this.#i?.abort(), this.#a?.disconnect(), this.#o?.disconnect(), this.#l = void 0, this.#r.clear(), this.#y();
	}
	hostUpdate() {
		if (this.isStatic = this.#t().speed === 0 || this.#n.matches, this.copies = this.isStatic ? 0 : Math.max(1, this.copies), this.#f = void 0, !this.#u) return;
		let e = this.#s.getBoundingClientRect(), t = this.#p();
		for (let [n, r] of t.entries()) {
			let { left: i, right: a } = r.getBoundingClientRect();
			if (a > e.left && i < e.right) {
				this.#f = {
					index: n,
					items: t.length,
					offset: this.#_(r)
				};
				break;
			}
		}
	}
	hostUpdated() {
		let e = this.#e.renderRoot, t = e.querySelector("[role=\"list\"]");
		t !== this.#l && (this.#l = t, this.#s = e.querySelector(".viewport"), this.#c = e.querySelector(".track") ?? void 0, this.#a.disconnect(), this.#y(), t && (this.#a.observe(t), this.#a.observe(this.#s), this.#h(this.#s, "pointerenter", this.#g), this.#h(this.#s, "pointerleave", this.#g))), this.#v("button", this.#t().paused), this.#m();
		let n = this.#f, r = this.#p();
		this.#b(n && n.items === r.length ? n.offset - this.#_(r[n.index]) : 0);
	}
	#p() {
		return this.#c ? [...this.#c.querySelectorAll("li")] : [];
	}
	#m() {
		let e = this.#l, t = this.#c;
		if (!e || !t) return;
		for (; e.nextSibling;) e.nextSibling.remove();
		if (this.isStatic || !this.copies) return;
		let n = e.cloneNode(!0);
		n.removeAttribute("role"), n.setAttribute("aria-hidden", "true"), n.inert = !0;
		for (let e of n.querySelectorAll("[role]")) e.removeAttribute("role");
		for (let e of n.querySelectorAll(".visually-hidden")) e.remove();
		for (let e of n.querySelectorAll("a")) e.removeAttribute("href");
		t.append(n, ...Array.from({ length: this.copies - 1 }, () => n.cloneNode(!0)));
	}
	#h(e, t, n) {
		e.addEventListener(t, n, { signal: this.#i.signal });
	}
	#g;
	#_(e) {
		return e.getBoundingClientRect().left - this.#c.getBoundingClientRect().left;
	}
	#v(e, t) {
		t ? this.#r.add(e) : this.#r.delete(e);
		let n = this.#u;
		n && (this.#r.size > 0 ? n.pause() : n.playState !== "running" && n.play());
	}
	#y() {
		this.#u?.cancel(), this.#u = this.#d = void 0;
	}
	#b(e = 0) {
		let t = this.#l;
		if (!t) return;
		let n = t.getBoundingClientRect().width, r = Math.max(1, Math.ceil(this.#s.clientWidth / n));
		!this.isStatic && r !== this.copies && (this.copies = r, this.#m()), this.#x(n, e);
	}
	#x(e, t) {
		let { speed: n, direction: r, rtl: i } = this.#t();
		if (this.isStatic || !(e > 0) || !this.#c) return this.#y();
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
		u.currentTime = p * c.duration, this.#u = u, this.#d = c, this.#v("button", this.#t().paused);
	}
}, N = (e) => ({
	value: e,
	invalid: !1
}), P = (e) => ({
	value: e,
	invalid: !0
}), F = (e) => e == null || String(e).trim() === "", I = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function te(e) {
	if (F(e)) return N(I);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), r = [...new Set(t.filter(n))];
	return r.length === 0 ? P(I) : {
		value: r,
		invalid: r.length !== t.length
	};
}
function L(e) {
	if (F(e)) return N("USD");
	let t = String(e).trim().toUpperCase();
	return n(t) ? N(t) : P("USD");
}
function R(e, t, n) {
	if (F(e)) return N(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? N(r) : P(t);
}
function z(e) {
	let t = R(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var B = (e) => R(e, 40, (e) => e >= 0 && e <= 1e4), ne = (e) => R(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), re = (e) => R(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function V(e, t, n) {
	if (F(e)) return N(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? N(r) : P(n);
}
var ie = (e) => V(e, [
	"light",
	"dark",
	"auto"
], "auto");
function H(e, t) {
	return V(e, ["left", "right"], t ? "right" : "left");
}
function U(e, t) {
	let n = W(t) ? t : "en";
	if (F(e)) return N(n);
	let r = String(e).trim();
	return W(r) ? N(r) : P(n);
}
function W(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var G = 1e6;
function K(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function q(e, t, n) {
	let r = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: i, status: a, headers: o, body: s } = await fetch(e, {
		signal: t,
		cache: n,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!i) throw Object.assign(r(`HTTP ${a}`), {
		status: a,
		retryAfterMs: K(o.get("Retry-After"))
	});
	let c = s?.getReader(), l = (e) => {
		if (e > 1e6) throw c?.cancel(), r(`larger than ${G} bytes`);
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
function ae(e) {
	try {
		let { snapshot: t, provider: i, missing: a } = JSON.parse(localStorage.getItem(J + e));
		return r(i) ? {
			snapshot: o(t),
			provider: i,
			missing: Array.isArray(a) ? a.filter(n) : [],
			attribution: i === "er-api" ? { ...f } : void 0
		} : void 0;
	} catch {
		return;
	}
}
function oe(e, t) {
	try {
		localStorage.setItem(J + e, JSON.stringify(t));
	} catch {}
}
// src/tab-share.ts
function se(e, { lead: t, follow: n, hear: r }) {
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
}, ce = 2 ** 31 - 1, X = /* @__PURE__ */ new Map();
function le({ source: e, fallback: t = [], provider: n }) {
	let i = [d(e, n)];
	for (let e of t) {
		let t = r(e) ? d(void 0, e) : d(e, "auto");
		i.some(({ url: e, provider: n }) => e === t.url && n === t.provider) || i.push(t);
	}
	return i;
}
var ue = ({ provider: e, url: t }, { base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function de(e, t) {
	let n = Math.min(Y.firstRetryMs * 2 ** (e - 1), t, Y.maxRetryMs);
	return Math.round(n * (1 - Y.jitter * Y.random()));
}
function fe(e, t) {
	let n = le(e), r = JSON.stringify(n);
	return (X.get(r) ?? pe(r, n))(t, e);
}
function pe(e, t) {
	let n = /* @__PURE__ */ new Set(), r = /* @__PURE__ */ new Map(), o, s, l = 0, u = 0, d = -Infinity, f = [], p = (e) => {
		h = e, S();
	}, m = se(e, {
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
	}), h = !!m, g, _ = new AbortController(), v, y = () => 1e3 * Math.min(...[...n].map((e) => z(e.intervalSeconds).value)), b = (e, t) => {
		for (let r of [...e]) try {
			t && n.has(r) && t(r.watcher);
		} catch (e) {
			console.error(e);
		}
	}, x = (e, t) => {
		let n = ue(e, t);
		return r.has(n) || r.set(n, ae(n)), [n, r.get(n)];
	}, S = () => {
		if (v || (clearTimeout(g), !n.size || h || document.visibilityState === "hidden")) return;
		let e = (l ? u : d + y()) - Date.now();
		e > 0 ? g = setTimeout(S, Math.min(e, ce)) : D();
	}, C = ({ fetched: e }, t) => {
		let n = [...t].map((t) => {
			try {
				return [t, c(e, {
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
			l !== a.json && (l === JSON.stringify([e, s]) && (c = s), a.json = l, r.set(n, c), oe(n, c), b([a], (t) => t.onData(c, "network", e > 0)));
		}
	}, T = (e, t) => {
		o = e, l = 0, s = void 0, w(e, t);
	}, E = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: r, retryAfterMs: i = 0 } = t, a = de(++l, y());
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
				let { signal: o } = _ = new AbortController(), s = i < t.length - 1 ? Y.fallbackAfterMs : Y.timeoutMs;
				clearTimeout(g), g = setTimeout(() => _.abort(new DOMException(`timed out after ${s / 1e3} s`, "TimeoutError")), s);
				try {
					let e = {
						index: i,
						fetched: await a((e, t) => q(e, o, t), t[i], r).catch((e) => {
							throw o.reason ?? e;
						})
					}, s = C(e, n);
					return m?.publish({ answer: e }), T(e, s);
				} catch (t) {
					e ??= t;
				}
			}
			if (O.signal.aborted) return;
			let { name: i, message: o, status: s, retryAfterMs: c } = e;
			m?.publish({ error: {
				name: i,
				message: o,
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
		let a = {
			watcher: e,
			intervalSeconds: e.intervalSeconds,
			base: r,
			symbols: i
		};
		n.add(a);
		let c = [r, ...i].every((e) => f.includes(e));
		return c || (d = -Infinity), queueMicrotask(() => {
			if (o && c) b([a], () => w(o, C(o, [a])));
			else if (!a.json) {
				let e = t.findIndex((e) => x(e, a)[1]), n = e < 0 ? void 0 : x(t[e], a)[1];
				b([a], n && ((t) => t.onData(n, "cache", e > 0)));
			}
			b([a], s), S();
		}), {
			async refresh() {
				n.has(a) && await (v ?? D());
			},
			setInterval(e) {
				a.intervalSeconds = e, S();
			},
			close() {
				n.delete(a) && (n.size ? S() : k());
			}
		};
	};
	return X.set(e, A), A;
}
var Z = 1.5, Q = 864e5;
function $(e, t) {
	let n = Date.parse(e?.at(-1)?.[0] ?? ""), r = [];
	for (let [i, a] of e ?? []) {
		let e = Date.parse(i), o = t ? a : 1 / a;
		e >= n - 30 * Q && s(o) && r.push([e, o]);
	}
	if (r.length < 2) return;
	let i = r.map(([, e]) => e), a = Math.min(...i), o = Math.max(...i), c = r[0][0], l = n - c || 1, u = (e) => Math.round(e * 10) / 10, d = (e) => o === a ? 8 : Z + (o - e) / (o - a) * (16 - 2 * Z);
	return {
		points: r.map(([e, t]) => `${u((e - c) / l * 48)},${u(d(t))}`).join(" "),
		low: a,
		high: o,
		days: Math.round((n - c) / Q)
	};
}
// src/fx-ticker.ts
var me = ["auto", ...l], he = class extends p {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.trend = !1, this.theme = "auto", this.label = A, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new M(this, () => ({
			speed: this.#h("speed", B(this.speed)),
			direction: this.#h("direction", H(this.#t, this.#d)),
			rtl: this.#d,
			paused: this.paused
		}));
	}
	static {
		this.styles = E;
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
		return this.#e ?? (/^(auto|frankfurter)?$/.test(this.provider.trim()) ? u : void 0);
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
		super.connectedCallback(), document.readyState === "loading" ? ge(this, () => this.#y()) : this.#y(), this.#v(), setTimeout(() => S(this.#D(this.#l)));
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	async refresh() {
		this.#f && this.#y(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#b(this.rates), this.isConnected && this.#v(), this.#i?.setInterval(this.#h("interval", z(this.interval))), this.#r = this.shown ? this.#T(this.shown.snapshot) : [];
	}
	render() {
		let e = O(this.#l), { isStatic: t } = this.#s, n = this.label === A ? e.label : this.label || e.label;
		return h`<div class="ticker ${this.#h("theme", ie(this.theme))}${t ? " static" : ""}">${t || !this.#r.length ? g : h`<button part="control" aria-label=${e.pause} title=${e.pause} aria-pressed=${this.paused} @click=${() => this.paused = !this.paused}>${this.paused ? ye : ve}</button>`}<div class="viewport" role=${t ? "region" : g} tabindex=${t ? 0 : g} aria-label=${t ? n : g}>${this.#r.length ? h`<div class="track"><ul role="list" aria-label=${n}>${this.#r.map(_e)}</ul></div>` : h`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && this.#E(t.snapshot.asOf), r = this.#n ? this.#E(new Date(this.#n).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? r ? k(e.staleSince, { date: r }) : e.stale : e.unavailable, a = t?.attribution;
		return h`<p part="status">${n && !i ? h`<span class="as-of">${k(e.asOf, { date: n })}</span>` : g} <span class="note" role="status">${i}</span> ${a ? h`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : t?.fallback ? h`<span class="source">${t.snapshot.source}</span>` : g}</p>`;
	}
	get #l() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
		return this.#h("locale", U(this.locale, e));
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
		return this.#h("symbols", te(this.symbols));
	}
	get #m() {
		return this.#h("base", L(this.base));
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
			provider: this.#h("provider", V(this.provider, me, "auto")),
			base: this.#m,
			symbols: this.#p
		}, r = this.#f ? "none" : JSON.stringify(n);
		r !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = r, this.#f || (this.#i = fe(n, {
			intervalSeconds: this.#h("interval", z(this.interval)),
			onData: (e, t, n) => this.#x(e, t === "cache", n),
			onError: (e) => this.#C(e)
		})));
	}
	#y() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (e) try {
			this.#b(JSON.parse(e));
		} catch (e) {
			this.#C(new t(`inline JSON: ${e.message}`));
		}
	}
	#b(n) {
		try {
			let r = e(o(n), this.#m);
			if (!r) throw new t(`no rate for the base ${this.#m}`);
			this.#S({
				snapshot: r,
				stale: !1
			});
		} catch (e) {
			this.#C(e);
		}
	}
	#x(e, n, r) {
		e.missing.length && this.#_(`<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), n && this.shown || this.#S({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: n,
			fallback: r
		}) && e.skipped?.length && this.#w("fx-ticker-error", {
			error: new t(`skipped ${e.skipped.join("; ")}`),
			stale: !1
		});
	}
	#S(e) {
		if (!this.#p.some((t) => _(e.snapshot, t, this.inverse))) return this.#C(new t(`no usable rate for ${this.#p.join(" ")} against ${e.snapshot.base}`));
		let n = this.shown, r = JSON.stringify(n?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || n?.stale);
		if (e.stale || (this.failure = void 0, this.#n = Date.now()), r || i) return this.shown = e, this.#w("fx-ticker-update", { snapshot: e.snapshot }), !0;
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
		let t = this.#l, n = O(t), r = this.#u, i = this.#D(t), a = y(Intl.DisplayNames, t, b), o = [];
		for (let s of this.#p) {
			let c = _(e, s, this.inverse);
			if (!c) continue;
			let l = this.inverse ? [e.base, s] : [s, e.base], u = C(c.value, i), d = c.changePercent === void 0 ? void 0 : T(c.changePercent, t), f = this.trend ? $(e.history?.[s], this.inverse) : void 0, p = [
				k(n.pair, {
					symbol: a.of(l[0]),
					base: a.of(l[1])
				}),
				u,
				d && k(n[d.direction], { change: d.text.slice(1) }),
				f && k(n.trend, {
					days: f.days,
					low: C(f.low, i),
					high: C(f.high, i)
				})
			];
			o.push({
				symbol: s,
				pair: l.join("/"),
				rate: u,
				change: d,
				trend: f,
				href: r && j(r, s, e.base),
				phrase: p.filter(Boolean).join(", ")
			});
		}
		return o;
	}
	#E(e) {
		return (/^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? y(Intl.DateTimeFormat, this.#l, {
			dateStyle: "medium",
			timeZone: "UTC"
		}) : new Intl.DateTimeFormat(this.#l, {
			dateStyle: "medium",
			timeStyle: "short"
		})).format(new Date(e));
	}
	#D(e) {
		return {
			locale: e,
			digits: this.#h("digits", ne(this.digits)),
			decimals: this.#h("decimals", re(this.decimals))
		};
	}
};
function ge(e, t) {
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
function _e(e) {
	let t = h`<span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.trend ? h`<svg part="trend" class=${e.change?.direction ?? "flat"} viewBox="0 0 48 16" aria-hidden="true"><polyline points=${e.trend.points} /></svg>` : g} ${e.change ? h`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : g} <span class="visually-hidden">${e.phrase}</span>`;
	return h`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role="listitem">${e.href ? h`<a part="link" href=${e.href}>${t}</a>` : t}</li>`;
}
var ve = h`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, ye = h`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { he as t };
