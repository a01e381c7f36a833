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
function _(e, t, n) {
	let r = e.name + t + JSON.stringify(n), i = g.get(r);
	return i || (i = new e(t, n), g.set(r, i)), i;
}
var v = { type: "currency" }, y = (e, t) => _(Intl.NumberFormat, e, t);
function b(e) {
	x(1, e), C(0, e.locale), _(Intl.DisplayNames, e.locale, v);
}
function x(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return y(t.locale, n).format(e);
}
var S = "−";
function C(e, t) {
	let n = y(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", S),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var w = f`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, T = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	flat: () => "unchanged",
	up: (e) => `up ${e.slice(1)}`,
	down: (e) => `down ${e.slice(1)}`,
	pair: (e, t) => `${e} to ${t}`
}, E = {
	label: "Курсы валют",
	pause: "Остановить курсы валют",
	asOf: (e) => `на ${e}`,
	stale: (e) => `Курсы могут быть устаревшими${e ? `: обновлены ${e}` : ""}`,
	unavailable: "Курсы валют сейчас недоступны",
	flat: () => "без изменений",
	up: (e) => `рост ${e.slice(1)}`,
	down: (e) => `снижение ${e.slice(1)}`,
	pair: (e, t) => `${e} — ${t}`
};
function D(e) {
	return /^(ru|kk|ky|be)\b/i.test(e) ? E : T;
}
var O = T.label, k = class {
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
}, A = (e) => ({
	value: e,
	invalid: !1
}), j = (e) => ({
	value: e,
	invalid: !0
}), M = (e) => e == null || String(e).trim() === "", N = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function P(e) {
	if (M(e)) return A(N);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(u))];
	return n.length === 0 ? j(N) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function F(e) {
	if (M(e)) return A("USD");
	let t = String(e).trim().toUpperCase();
	return u(t) ? A(t) : j("USD");
}
function I(e, t, n) {
	if (M(e)) return A(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? A(r) : j(t);
}
function L(e) {
	let t = I(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var ee = (e) => I(e, 40, (e) => e >= 0 && e <= 1e4), te = (e) => I(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), R = (e) => I(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function z(e, t, n) {
	if (M(e)) return A(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? A(r) : j(n);
}
var B = (e) => z(e, [
	"light",
	"dark",
	"auto"
], "auto");
function V(e, t) {
	return z(e, ["left", "right"], t ? "right" : "left");
}
function H(e, t) {
	let n = U(t) ? t : "en";
	if (M(e)) return A(n);
	let r = String(e).trim();
	return U(r) ? A(r) : j(n);
}
function U(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var W = 1e6;
function G(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function K(e, t) {
	let n = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: r, status: i, headers: a, body: o } = await fetch(e, {
		signal: t,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!r) throw Object.assign(n(`HTTP ${i}`), {
		status: i,
		retryAfterMs: G(a.get("Retry-After"))
	});
	let s = o?.getReader(), c = (e) => {
		if (e > 1e6) throw s?.cancel(), n(`larger than ${W} bytes`);
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
var q = "fx-ticker:";
function J(e) {
	try {
		let { snapshot: t, provider: n, missing: r } = JSON.parse(localStorage.getItem(q + e));
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
function Y(e, t) {
	try {
		localStorage.setItem(q + e, JSON.stringify(t));
	} catch {}
}
// src/poller.ts
var X = {
	timeoutMs: 15e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, Z = 2 ** 31 - 1, Q = /* @__PURE__ */ new Map(), ne = ({ source: e, provider: t, base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function re(e, t) {
	let n = Math.min(X.firstRetryMs * 2 ** (e - 1), t, X.maxRetryMs);
	return Math.round(n * (1 - X.jitter * X.random()));
}
function ie(e, t) {
	let n = ne(e);
	return (Q.get(n) ?? ae(n, e))(t);
}
function ae(e, t) {
	let r = /* @__PURE__ */ new Set(), a = J(e), o = a, s, c = a && ((e) => e.onData(a, "cache")), l, u = 0, d = 0, f = -Infinity, p, m = new AbortController(), h, g = () => 1e3 * Math.min(...[...r].map((e) => L(e.intervalSeconds).value)), _ = (e, t) => {
		for (let n of [...e]) try {
			t && r.has(n) && t(n.watcher);
		} catch (e) {
			console.error(e);
		}
	}, v = () => {
		if (h || (clearTimeout(p), !r.size || document.visibilityState === "hidden")) return;
		let e = (u ? d : f + g()) - Date.now();
		e > 0 ? p = setTimeout(v, Math.min(e, Z)) : S();
	}, y = (t) => {
		let n = {
			...t,
			snapshot: i(o?.snapshot, t.snapshot)
		}, a = JSON.stringify(n), d = u || a !== s;
		u = 0, l = void 0, d && (o = n, s = a, Y(e, n), _(r, c = (e) => e.onData(n, "network")));
	}, b = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: i = 0 } = t, a = re(++u, g());
		(n === 429 || n === 503) && (a = Math.max(a, Math.min(i, X.maxRetryAfterMs))), d = Date.now() + a, _(r, l = (e) => e.onError(t, Math.max(0, d - Date.now())));
	}, x = (e) => K(e, m.signal), S = () => {
		clearTimeout(p), f = Date.now();
		let { signal: e } = m = new AbortController(), { timeoutMs: r } = X;
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
		clearTimeout(p), C.abort(), m.abort(), Q.delete(e);
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
	return Q.set(e, T), T;
}
// src/fx-ticker.ts
var $ = ["auto", ...s], oe = class extends d {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = O, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new k(this, () => ({
			speed: this.#m("speed", ee(this.speed)),
			direction: this.#m("direction", V(this.#t, this.#u)),
			rtl: this.#u,
			paused: this.paused
		}));
	}
	static {
		this.styles = w;
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
		return this.#t ?? (this.isConnected && this.#u ? "right" : "left");
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
		super.connectedCallback(), document.readyState === "loading" ? se(this, () => this.#_()) : this.#_(), this.#g(), setTimeout(() => b(this.#T(this.#l)));
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	async refresh() {
		this.#d && this.#_(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#v(this.rates), this.isConnected && this.#g(), this.#i?.setInterval(this.#m("interval", L(this.interval))), this.#r = this.shown ? this.#C(this.shown.snapshot) : [];
	}
	render() {
		let e = D(this.#l), { isStatic: t } = this.#s, n = this.label === O ? e.label : this.label || e.label;
		return p`<div class="ticker ${this.#m("theme", B(this.theme))}${t ? " static" : ""}">${t ? m : p`<button part="control" aria-label=${e.pause} title=${e.pause} aria-pressed=${this.paused} @click=${() => this.paused = !this.paused}>${this.paused ? ue : le}</button>`}<div class="viewport" role=${t ? "region" : m} tabindex=${t ? 0 : m} aria-label=${t ? n : m}>${this.#r.length ? p`<div class="track"><ul role="list" aria-label=${n}>${this.#r.map((e) => ce(e, !0))}</ul></div>` : p`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && this.#w(t.snapshot.asOf), r = this.#n ? this.#w(new Date(this.#n).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
		return p`<p part="status">${n && !i ? p`<span class="as-of">${e.asOf(n)}</span>` : m} <span class="note" role="status">${i}</span> ${a ? p`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : m}</p>`;
	}
	get #l() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
		return this.#m("locale", H(this.locale, e));
	}
	get #u() {
		return getComputedStyle(this).direction === "rtl";
	}
	get #d() {
		return this.#e?.trim().toLowerCase() === "none";
	}
	get #f() {
		return this.#m("symbols", P(this.symbols));
	}
	get #p() {
		return this.#m("base", F(this.base));
	}
	#m(e, t) {
		return t.invalid && this.#h(`<fx-ticker>: invalid ${e}="${String(this[e])}"; using ${String(t.value)}.`), t.value;
	}
	#h(e) {
		this.#o.has(e) || (this.#o.add(e), console.warn(e));
	}
	#g() {
		let e = {
			source: this.#e?.trim() || void 0,
			provider: this.#m("provider", z(this.provider, $, "auto")),
			base: this.#p,
			symbols: this.#f
		}, t = this.#d ? "none" : JSON.stringify(e);
		t !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = t, this.#d || (this.#i = ie(e, {
			intervalSeconds: this.#m("interval", L(this.interval)),
			onData: (e, t) => this.#y(e, t === "cache"),
			onError: (e) => this.#x(e)
		})));
	}
	#_() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (e) try {
			this.#v(JSON.parse(e));
		} catch (e) {
			this.#x(new r(`inline JSON: ${e.message}`));
		}
	}
	#v(t) {
		try {
			let n = e(l(t), this.#p);
			if (!n) throw new r(`no rate for the base ${this.#p}`);
			this.#b({
				snapshot: n,
				stale: !1
			});
		} catch (e) {
			this.#x(e);
		}
	}
	#y(e, t) {
		e.missing.length && this.#h(`<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), t && this.shown || this.#b({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: t
		});
	}
	#b(e) {
		if (!this.#f.some((t) => h(e.snapshot, t, this.inverse))) return this.#x(new r(`no usable rate for ${this.#f.join(" ")} against ${e.snapshot.base}`));
		let t = this.shown, n = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
		e.stale || (this.failure = void 0, this.#n = Date.now()), (n || i) && (this.shown = e, this.#S("fx-ticker-update", { snapshot: e.snapshot }));
	}
	#x(e) {
		this.failure = e, this.#S("fx-ticker-error", {
			error: e,
			stale: !!this.shown
		});
	}
	#S(e, t) {
		this.dispatchEvent(new CustomEvent(e, {
			detail: t,
			bubbles: !0,
			composed: !0
		}));
	}
	#C(e) {
		let t = this.#l, n = D(t), r = this.#T(t), i = _(Intl.DisplayNames, t, v), a = [];
		for (let o of this.#f) {
			let s = h(e, o, this.inverse);
			if (!s) continue;
			let c = this.inverse ? [e.base, o] : [o, e.base], l = x(s.value, r), u = s.changePercent === void 0 ? void 0 : C(s.changePercent, t), d = [
				n.pair(i.of(c[0]), i.of(c[1])),
				l,
				u && n[u.direction](u.text)
			];
			a.push({
				symbol: o,
				pair: c.join("/"),
				rate: l,
				change: u,
				phrase: d.filter(Boolean).join(", ")
			});
		}
		return a;
	}
	#w(e) {
		let t = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? {
			dateStyle: "medium",
			timeZone: "UTC"
		} : {
			dateStyle: "medium",
			timeStyle: "short"
		};
		return _(Intl.DateTimeFormat, this.#l, t).format(new Date(e));
	}
	#T(e) {
		return {
			locale: e,
			digits: this.#m("digits", te(this.digits)),
			decimals: this.#m("decimals", R(this.decimals))
		};
	}
};
function se(e, t) {
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
function ce(e, t) {
	return p`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : m}><span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.change ? p`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : m} ${t ? p`<span class="visually-hidden">${e.phrase}</span>` : m}</li>`;
}
var le = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, ue = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { oe as t };
