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
var x = f`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, S = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	flat: () => "unchanged",
	up: (e) => `up ${e.slice(1)}`,
	down: (e) => `down ${e.slice(1)}`,
	pair: (e, t) => `${e} to ${t}`
}, C = {
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
function w(e) {
	return /^(ru|kk|ky|be)\b/i.test(e) ? C : S;
}
var T = S.label, E = class {
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
}, D = (e) => ({
	value: e,
	invalid: !1
}), O = (e) => ({
	value: e,
	invalid: !0
}), k = (e) => e == null || String(e).trim() === "", A = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function j(e) {
	if (k(e)) return D(A);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(u))];
	return n.length === 0 ? O(A) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function ee(e) {
	if (k(e)) return D("USD");
	let t = String(e).trim().toUpperCase();
	return u(t) ? D(t) : O("USD");
}
function M(e, t, n) {
	if (k(e)) return D(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? D(r) : O(t);
}
function N(e) {
	let t = M(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var P = (e) => M(e, 40, (e) => e >= 0 && e <= 1e4), F = (e) => M(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), I = (e) => M(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function L(e, t, n) {
	if (k(e)) return D(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? D(r) : O(n);
}
var R = (e) => L(e, [
	"light",
	"dark",
	"auto"
], "auto");
function z(e, t) {
	return L(e, ["left", "right"], t ? "right" : "left");
}
function B(e, t) {
	let n = V(t) ? t : "en";
	if (k(e)) return D(n);
	let r = String(e).trim();
	return V(r) ? D(r) : O(n);
}
function V(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var H = 1e6;
function U(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function W(e, t) {
	let n = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: r, status: i, headers: a, body: o } = await fetch(e, {
		signal: t,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!r) throw Object.assign(n(`HTTP ${i}`), {
		status: i,
		retryAfterMs: U(a.get("Retry-After"))
	});
	let s = o?.getReader(), c = (e) => {
		if (e > 1e6) throw s?.cancel(), n(`larger than ${H} bytes`);
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
var G = "fx-ticker:";
function K(e) {
	try {
		let { snapshot: t, provider: n, missing: r } = JSON.parse(localStorage.getItem(G + e));
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
function q(e, t) {
	try {
		localStorage.setItem(G + e, JSON.stringify(t));
	} catch {}
}
// src/poller.ts
var J = {
	timeoutMs: 15e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, Y = 2 ** 31 - 1, X = /* @__PURE__ */ new Map(), Z = ({ source: e, provider: t, base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function Q(e, t) {
	let n = Math.min(J.firstRetryMs * 2 ** (e - 1), t, J.maxRetryMs);
	return Math.round(n * (1 - J.jitter * J.random()));
}
function te(e, t) {
	let n = Z(e);
	return (X.get(n) ?? ne(n, e))(t);
}
function ne(e, t) {
	let r = /* @__PURE__ */ new Set(), a = K(e), o = a, s, c = a && ((e) => e.onData(a, "cache")), l, u = 0, d = 0, f = -Infinity, p, m = new AbortController(), h, g = () => 1e3 * Math.min(...[...r].map((e) => N(e.intervalSeconds).value)), _ = (e, t) => {
		for (let n of [...e]) try {
			t && r.has(n) && t(n.watcher);
		} catch (e) {
			console.error(e);
		}
	}, v = () => {
		if (h || (clearTimeout(p), !r.size || document.visibilityState === "hidden")) return;
		let e = (u ? d : f + g()) - Date.now();
		e > 0 ? p = setTimeout(v, Math.min(e, Y)) : S();
	}, y = (t) => {
		let n = {
			...t,
			snapshot: i(o?.snapshot, t.snapshot)
		}, a = JSON.stringify(n), d = u || a !== s;
		u = 0, l = void 0, d && (o = n, s = a, q(e, n), _(r, c = (e) => e.onData(n, "network")));
	}, b = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: i = 0 } = t, a = Q(++u, g());
		(n === 429 || n === 503) && (a = Math.max(a, Math.min(i, J.maxRetryAfterMs))), d = Date.now() + a, _(r, l = (e) => e.onError(t, Math.max(0, d - Date.now())));
	}, x = (e) => W(e, m.signal), S = () => {
		clearTimeout(p), f = Date.now();
		let { signal: e } = m = new AbortController(), { timeoutMs: r } = J;
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
		clearTimeout(p), C.abort(), m.abort(), X.delete(e);
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
	return X.set(e, T), T;
}
// src/fx-ticker.ts
var re = ["auto", ...s], ie = class extends d {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = T, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new E(this, () => ({
			speed: this.#m("speed", P(this.speed)),
			direction: this.#m("direction", z(this.#t, this.#u)),
			rtl: this.#u,
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
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => this.#v(), { once: !0 }) : this.#v(), this.#_();
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	async refresh() {
		this.#d && this.#v(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#y(this.rates), this.isConnected && this.#_(), this.#i?.setInterval(this.#m("interval", N(this.interval))), this.#r = this.shown ? this.#w(this.shown.snapshot) : [];
	}
	render() {
		let e = w(this.#l), { isStatic: t, copies: n } = this.#s, r = this.label === T ? e.label : this.label || e.label;
		return p`<div class="ticker ${this.#m("theme", R(this.theme))}${t ? " static" : ""}">${t ? m : p`<button part="control" aria-label=${e.pause} title=${e.pause} aria-pressed=${this.paused} @click=${() => this.paused = !this.paused}>${this.paused ? oe : ae}</button>`}<div class="viewport" role=${t ? "region" : m} tabindex=${t ? 0 : m} aria-label=${t ? r : m}>${this.#r.length ? p`<div class="track"><ul role="list" aria-label=${r}>${this.#r.map((e) => $(e, !0))}</ul>${Array.from({ length: n }, () => p`<ul aria-hidden="true" inert>${this.#r.map((e) => $(e, !1))}</ul>`)}</div>` : p`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && this.#T(t.snapshot.asOf), r = this.#n ? this.#T(new Date(this.#n).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
		return p`<p part="status">${n && !i ? p`<span class="as-of">${e.asOf(n)}</span>` : m} <span class="note" role="status">${i}</span> ${a ? p`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : m}</p>`;
	}
	get #l() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
		return this.#m("locale", B(this.locale, e));
	}
	get #u() {
		return getComputedStyle(this).direction === "rtl";
	}
	get #d() {
		return this.#e?.trim().toLowerCase() === "none";
	}
	get #f() {
		return this.#m("symbols", j(this.symbols));
	}
	get #p() {
		return this.#m("base", ee(this.base));
	}
	#m(e, t) {
		return t.invalid && this.#g(`<fx-ticker>: invalid ${e}="${this.#h(e)}"; using ${String(t.value)}.`), t.value;
	}
	#h(e) {
		let t = this[e];
		return typeof t == "number" && Number.isNaN(t) && this.hasAttribute(e) ? String(this.getAttribute(e)) : String(t);
	}
	#g(e) {
		this.#o.has(e) || (this.#o.add(e), console.warn(e));
	}
	#_() {
		let e = {
			source: this.#e?.trim() || void 0,
			provider: this.#m("provider", L(this.provider, re, "auto")),
			base: this.#p,
			symbols: this.#f
		}, t = this.#d ? "none" : JSON.stringify(e);
		t !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = t, this.#d || (this.#i = te(e, {
			intervalSeconds: this.#m("interval", N(this.interval)),
			onData: (e, t) => this.#b(e, t === "cache"),
			onError: (e) => this.#S(e)
		})));
	}
	#v() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (e) try {
			this.#y(JSON.parse(e));
		} catch (e) {
			this.#S(new r(`inline JSON: ${e.message}`));
		}
	}
	#y(t) {
		try {
			let n = e(l(t), this.#p);
			if (!n) throw new r(`no rate for the base ${this.#p}`);
			this.#x({
				snapshot: n,
				stale: !1
			});
		} catch (e) {
			this.#S(e);
		}
	}
	#b(e, t) {
		e.missing.length && this.#g(`<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), t && this.shown || this.#x({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: t
		});
	}
	#x(e) {
		if (!this.#f.some((t) => h(e.snapshot, t, this.inverse))) return this.#S(new r(`no usable rate for ${this.#f.join(" ")} against ${e.snapshot.base}`));
		let t = this.shown, n = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
		e.stale || (this.failure = void 0, this.#n = Date.now()), (n || i) && (this.shown = e, this.#C("fx-ticker-update", { snapshot: e.snapshot }));
	}
	#S(e) {
		this.failure = e, this.#C("fx-ticker-error", {
			error: e,
			stale: !!this.shown
		});
	}
	#C(e, t) {
		this.dispatchEvent(new CustomEvent(e, {
			detail: t,
			bubbles: !0,
			composed: !0
		}));
	}
	#w(e) {
		let t = this.#l, n = w(t), r = {
			locale: t,
			digits: this.#m("digits", F(this.digits)),
			decimals: this.#m("decimals", I(this.decimals))
		}, i = new Intl.DisplayNames(t, { type: "currency" }), a = [];
		for (let o of this.#f) {
			let s = h(e, o, this.inverse);
			if (!s) continue;
			let c = this.inverse ? [e.base, o] : [o, e.base], l = v(s.value, r), u = s.changePercent === void 0 ? void 0 : b(s.changePercent, t), d = [
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
	#T(e) {
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
	return p`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : m}><span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.change ? p`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : m} ${t ? p`<span class="visually-hidden">${e.phrase}</span>` : m}</li>`;
}
var ae = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, oe = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { ie as t };
