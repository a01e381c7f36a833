import { C as e, D as t, E as n, T as r, a as i, d as a, i as o, l as s, m as c, n as l, t as u, u as d, w as f } from "./providers.js";
import { LitElement as p, css as m, html as h, nothing as g } from "lit";
// src/format.ts
function _(e, t, n) {
	if (t === e.base) return;
	let i = e.rates[t];
	if (!r(i)) return;
	let a = n ? i : 1 / i;
	if (!r(a)) return;
	let o = { value: a }, s = e.previous?.[t];
	if (r(s)) {
		let e = ((n ? i / s : s / i) - 1) * 100;
		Number.isFinite(e * 100) && (o.changePercent = e);
	}
	return o;
}
var v = /* @__PURE__ */ new Map();
function y(e, t) {
	let n = `${e}|${JSON.stringify(t)}`, r = v.get(n);
	return r || (r = new Intl.NumberFormat(e, t), v.set(n, r)), r;
}
function b(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return y(t.locale, n).format(e);
}
var x = "−";
function S(e, t) {
	let n = y(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", x),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var C = m`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, w = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	flat: () => "unchanged",
	up: (e) => `up ${e.slice(1)}`,
	down: (e) => `down ${e.slice(1)}`,
	pair: (e, t) => `${e} to ${t}`
}, T = {
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
function E(e) {
	return /^(ru|kk|ky|be)\b/i.test(e) ? T : w;
}
var D = w.label, O = class {
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
}, k = (e) => ({
	value: e,
	invalid: !1
}), A = (e) => ({
	value: e,
	invalid: !0
}), j = (e) => e == null || String(e).trim() === "", M = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function N(e) {
	if (j(e)) return k(M);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(f))];
	return n.length === 0 ? A(M) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function P(e) {
	if (j(e)) return k("USD");
	let t = String(e).trim().toUpperCase();
	return f(t) ? k(t) : A("USD");
}
function F(e, t, n) {
	if (j(e)) return k(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? k(r) : A(t);
}
function I(e) {
	let t = F(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var L = (e) => F(e, 40, (e) => e >= 0 && e <= 1e4), ee = (e) => F(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21), R = (e) => F(e, void 0, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
function z(e, t, n) {
	if (j(e)) return k(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? k(r) : A(n);
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
	if (j(e)) return k(n);
	let r = String(e).trim();
	return U(r) ? k(r) : A(n);
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
async function K(e, t, n) {
	let r = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: i, status: a, headers: o, body: s } = await fetch(e, {
		signal: t,
		cache: n,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!i) throw Object.assign(r(`HTTP ${a}`), {
		status: a,
		retryAfterMs: G(o.get("Retry-After"))
	});
	let c = s?.getReader(), l = (e) => {
		if (e > 1e6) throw c?.cancel(), r(`larger than ${W} bytes`);
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
var q = "fx-ticker:";
function J(e) {
	try {
		let { snapshot: n, provider: r, missing: a } = JSON.parse(localStorage.getItem(q + e));
		return i(r) ? {
			snapshot: t(n),
			provider: r,
			missing: Array.isArray(a) ? a.filter(f) : [],
			attribution: r === "er-api" ? { ...c } : void 0
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
var X = {}, Z = {
	timeoutMs: 15e3,
	fallbackAfterMs: 5e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, te = 2 ** 31 - 1, Q = /* @__PURE__ */ new Map();
function ne({ source: e, fallback: t = [], provider: n }) {
	let r = [d(e, n)];
	for (let e of t) {
		let t = i(e) ? d(void 0, e) : d(e, "auto");
		r.some(({ url: e, provider: n }) => e === t.url && n === t.provider) || r.push(t);
	}
	return r;
}
var re = ({ provider: e, url: t }, { base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function ie(e, t) {
	let n = Math.min(Z.firstRetryMs * 2 ** (e - 1), t, Z.maxRetryMs);
	return Math.round(n * (1 - Z.jitter * Z.random()));
}
function ae(e, t) {
	let n = ne(e), r = JSON.stringify(n);
	return (Q.get(r) ?? oe(r, n))(t, e);
}
function oe(e, t) {
	let n = /* @__PURE__ */ new Set(), r = /* @__PURE__ */ new Map(), i, c, l = 0, u = 0, d = -Infinity, f = [], p = !1, m, h = new AbortController(), g, _ = () => 1e3 * Math.min(...[...n].map((e) => I(e.intervalSeconds).value)), v = (e, t) => {
		for (let r of [...e]) try {
			t && n.has(r) && t(r.watcher);
		} catch (e) {
			console.error(e);
		}
	}, y = (e, t) => {
		let n = re(e, t);
		return r.has(n) || r.set(n, J(n)), [n, r.get(n)];
	}, b = () => {
		if (g || (clearTimeout(m), !n.size || p || document.visibilityState === "hidden")) return;
		let e = (l ? u : d + _()) - Date.now();
		e > 0 ? m = setTimeout(b, Math.min(e, te)) : T();
	}, x = ({ fetched: e }, t) => {
		let n = [...t].map((t) => {
			try {
				return [t, s(e, {
					...t,
					now: /* @__PURE__ */ new Date()
				})];
			} catch (e) {
				return [t, e];
			}
		});
		if (n[0] && n.every(([, e]) => e instanceof Error)) throw n[0][1];
		return n;
	}, S = ({ index: e }, n) => {
		for (let [i, o] of n) {
			if (o instanceof Error) {
				v([i], (e) => e.onError(o, void 0));
				continue;
			}
			let [n, s] = y(t[e], i), c = {
				...o,
				snapshot: a(s?.snapshot, o.snapshot)
			}, l = JSON.stringify([e, c]);
			l !== i.json && (l === JSON.stringify([e, s]) && (c = s), i.json = l, r.set(n, c), Y(n, c), v([i], (t) => t.onData(c, "network", e > 0)));
		}
	}, C = (e, t) => {
		i = e, l = 0, c = void 0, S(e, t);
	}, w = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: r, retryAfterMs: i = 0 } = t, a = ie(++l, _());
		(r === 429 || r === 503) && (a = Math.max(a, Math.min(i, Z.maxRetryAfterMs))), u = Date.now() + a;
		for (let e of n) e.json = void 0;
		v(n, c = (e) => e.onError(t, Math.max(0, u - Date.now())));
	}, T = () => {
		d = Date.now();
		let r = [...n], i = {
			base: r[0].base,
			symbols: [...new Set(r.flatMap((e) => [e.base, ...e.symbols]))],
			now: new Date(d)
		};
		return f = i.symbols, g = (async () => {
			let r;
			for (let a = 0; a < t.length && !E.signal.aborted; a++) {
				let { signal: s } = h = new AbortController(), c = a < t.length - 1 ? Z.fallbackAfterMs : Z.timeoutMs;
				clearTimeout(m), m = setTimeout(() => h.abort(new DOMException(`timed out after ${c / 1e3} s`, "TimeoutError")), c);
				try {
					let r = {
						index: a,
						fetched: await o((e, t) => K(e, s, t), t[a], i).catch((e) => {
							throw s.reason ?? e;
						})
					}, c = x(r, n);
					return X.polled?.(e, { answer: r }), C(r, c);
				} catch (e) {
					r ??= e;
				}
			}
			X.polled?.(e, { error: r }), w(r);
		})().finally(() => {
			g = void 0, b();
		});
	}, E = new AbortController();
	document.addEventListener("visibilitychange", b, { signal: E.signal }), window.addEventListener("online", () => {
		u = 0, b();
	}, { signal: E.signal });
	let D = () => {
		clearTimeout(m), E.abort(), h.abort(), Q.delete(e), X.stopped?.(e);
	}, O = (e, { base: r, symbols: a }) => {
		let o = {
			watcher: e,
			intervalSeconds: e.intervalSeconds,
			base: r,
			symbols: a
		};
		n.add(o);
		let s = [r, ...a].every((e) => f.includes(e));
		return s || (d = -Infinity), queueMicrotask(() => {
			if (i && s) v([o], () => S(i, x(i, [o])));
			else if (!o.json) {
				let e = t.findIndex((e) => y(e, o)[1]), n = e < 0 ? void 0 : y(t[e], o)[1];
				v([o], n && ((t) => t.onData(n, "cache", e > 0)));
			}
			v([o], c), b();
		}), {
			async refresh() {
				n.has(o) && await (g ?? T());
			},
			setInterval(e) {
				o.intervalSeconds = e, b();
			},
			close() {
				n.delete(o) && (n.size ? b() : D());
			}
		};
	};
	return Q.set(e, O), X.started?.({
		key: e,
		follow(e) {
			p = e, b();
		},
		deliverAnswer(e) {
			d = Date.now();
			try {
				C(e, x(e, n));
			} catch (e) {
				w(e);
			}
		},
		deliverFailure: w
	}), O;
}
// src/fx-ticker.ts
var se = ["auto", ...l], ce = class extends p {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = D, this.paused = !1, this.#r = [], this.#a = "", this.#o = /* @__PURE__ */ new Set(), this.#s = new O(this, () => ({
			speed: this.#m("speed", L(this.speed)),
			direction: this.#m("direction", V(this.#t, this.#u)),
			rtl: this.#u,
			paused: this.paused
		}));
	}
	static {
		this.styles = C;
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
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => this.#_(), { once: !0 }) : this.#_(), this.#g();
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.#i?.close(), this.#i = void 0, this.#a = "";
	}
	async refresh() {
		this.#d && this.#_(), await this.#i?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.#v(this.rates), this.isConnected && this.#g(), this.#i?.setInterval(this.#m("interval", I(this.interval))), this.#r = this.shown ? this.#C(this.shown.snapshot) : [];
	}
	render() {
		let e = E(this.#l), { isStatic: t, copies: n } = this.#s, r = this.label === D ? e.label : this.label || e.label;
		return h`<div class="ticker ${this.#m("theme", B(this.theme))}${t ? " static" : ""}">${t || !this.#r.length ? g : h`<button part="control" aria-label=${e.pause} title=${e.pause} aria-pressed=${this.paused} @click=${() => this.paused = !this.paused}>${this.paused ? ue : le}</button>`}<div class="viewport" role=${t ? "region" : g} tabindex=${t ? 0 : g} aria-label=${t ? r : g}>${this.#r.length ? h`<div class="track"><ul role="list" aria-label=${r}>${this.#r.map((e) => $(e, !0))}</ul>${Array.from({ length: n }, () => h`<ul aria-hidden="true" inert>${this.#r.map((e) => $(e, !1))}</ul>`)}</div>` : h`<slot></slot>`}</div>${this.#c(e)}</div>`;
	}
	#c(e) {
		let t = this.shown, n = t?.snapshot.asOf && this.#w(t.snapshot.asOf), r = this.#n ? this.#w(new Date(this.#n).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
		return h`<p part="status">${n && !i ? h`<span class="as-of">${e.asOf(n)}</span>` : g} <span class="note" role="status">${i}</span> ${a ? h`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : t?.fallback ? h`<span class="source">${t.snapshot.source}</span>` : g}</p>`;
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
		return this.#m("symbols", N(this.symbols));
	}
	get #p() {
		return this.#m("base", P(this.base));
	}
	#m(e, t) {
		return t.invalid && this.#h(`<fx-ticker>: invalid ${e}="${String(this[e])}"; using ${String(t.value)}.`), t.value;
	}
	#h(e) {
		this.#o.has(e) || (this.#o.add(e), console.warn(e));
	}
	#g() {
		let e = this.#e?.trim() || void 0, t = (this.fallback ?? (e ? "" : "currency-api")).match(/\S+/g) ?? [], n = {
			source: e,
			fallback: t.includes("none") ? [] : t,
			provider: this.#m("provider", z(this.provider, se, "auto")),
			base: this.#p,
			symbols: this.#f
		}, r = this.#d ? "none" : JSON.stringify(n);
		r !== this.#a && (this.#i?.close(), this.#i = void 0, this.#a = r, this.#d || (this.#i = ae(n, {
			intervalSeconds: this.#m("interval", I(this.interval)),
			onData: (e, t, n) => this.#y(e, t === "cache", n),
			onError: (e) => this.#x(e)
		})));
	}
	#_() {
		let t = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
		if (t) try {
			this.#v(JSON.parse(t));
		} catch (t) {
			this.#x(new e(`inline JSON: ${t.message}`));
		}
	}
	#v(r) {
		try {
			let i = n(t(r), this.#p);
			if (!i) throw new e(`no rate for the base ${this.#p}`);
			this.#b({
				snapshot: i,
				stale: !1
			});
		} catch (e) {
			this.#x(e);
		}
	}
	#y(t, n, r) {
		n && this.shown || this.#b({
			snapshot: t.snapshot,
			attribution: t.attribution,
			stale: n,
			fallback: r
		}) && t.skipped?.length && this.#S("fx-ticker-error", {
			error: new e(`skipped ${t.skipped.join("; ")}`),
			stale: !1
		});
	}
	#b(t) {
		if (!this.#f.some((e) => _(t.snapshot, e, this.inverse))) return this.#x(new e(`no usable rate for ${this.#f.join(" ")} against ${t.snapshot.base}`));
		let n = this.shown, r = JSON.stringify(n?.snapshot) !== JSON.stringify(t.snapshot), i = !t.stale && (this.failure || n?.stale);
		if (t.stale || (this.failure = void 0, this.#n = Date.now()), r || i) return this.shown = t, this.#S("fx-ticker-update", { snapshot: t.snapshot }), !0;
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
		let t = this.#l, n = E(t), r = {
			locale: t,
			digits: this.#m("digits", ee(this.digits)),
			decimals: this.#m("decimals", R(this.decimals))
		}, i = new Intl.DisplayNames(t, { type: "currency" }), a = [];
		for (let o of this.#f) {
			let s = _(e, o, this.inverse);
			if (!s) continue;
			let c = this.inverse ? [e.base, o] : [o, e.base], l = b(s.value, r), u = s.changePercent === void 0 ? void 0 : S(s.changePercent, t), d = [
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
		return new Intl.DateTimeFormat(this.#l, t).format(new Date(e));
	}
};
function $(e, t) {
	return h`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : g}><span part="pair" aria-hidden="true">${e.pair}</span> <span part="rate" aria-hidden="true">${e.rate}</span> ${e.change ? h`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : g} ${t ? h`<span class="visually-hidden">${e.phrase}</span>` : g}</li>`;
}
var le = h`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z"/></svg>`, ue = h`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z"/></svg>`;
export { ce as t };
