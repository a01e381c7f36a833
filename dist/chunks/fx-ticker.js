import { C as e, S as t, a as n, b as r, c as i, d as a, i as o, n as s, w as c, x as l } from "./providers.js";
import { LitElement as u, css as d, html as f, nothing as p } from "lit";
// src/format.ts
function m(e, n, r) {
	if (n === e.base) return;
	let i = e.rates[n];
	if (!t(i)) return;
	let a = r ? i : 1 / i;
	if (!t(a)) return;
	let o = {
		symbol: n,
		base: e.base,
		value: a
	}, s = e.previous?.[n];
	if (t(s)) {
		let e = ((r ? i / s : s / i) - 1) * 100;
		Number.isFinite(e * 100) && (o.changePercent = e);
	}
	return o;
}
var h = /* @__PURE__ */ new Map();
function g(e, t) {
	let n = `${e}|${JSON.stringify(t)}`, r = h.get(n);
	return r || (r = new Intl.NumberFormat(e, t), h.set(n, r)), r;
}
function _(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return g(t.locale, n).format(e);
}
var v = "−";
function ee(e, t) {
	let n = g(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", v),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var te = d`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, ne = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	flat: () => "unchanged",
	up: (e) => `up ${e.slice(1)}`,
	down: (e) => `down ${e.slice(1)}`,
	pair: (e, t) => `${e} to ${t}`
}, re = {
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
function y(e) {
	return /^(ru|kk|ky|be)\b/i.test(e) ? re : ne;
}
var ie = ne.label;
// \0@oxc-project+runtime@0.156.0/helpers/esm/checkPrivateRedeclaration.js
function b(e, t) {
	if (t.has(e)) throw TypeError("Cannot initialize the same private elements twice on an object");
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateMethodInitSpec.js
function ae(e, t) {
	b(e, t), t.add(e);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldInitSpec.js
function x(e, t, n) {
	b(e, t), t.set(e, n);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/assertClassBrand.js
function S(e, t, n) {
	if (typeof e == "function" ? e === t : e.has(t)) return arguments.length < 3 ? t : n;
	throw TypeError("Private element is not present on this object");
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldSet2.js
function C(e, t, n) {
	return e.set(S(e, t), n), n;
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldGet2.js
function w(e, t) {
	return e.get(S(e, t));
}
// src/marquee-controller.ts
var T = /* @__PURE__ */ new WeakMap(), E = /* @__PURE__ */ new WeakMap(), D = /* @__PURE__ */ new WeakMap(), O = /* @__PURE__ */ new WeakMap(), k = /* @__PURE__ */ new WeakMap(), A = /* @__PURE__ */ new WeakMap(), j = /* @__PURE__ */ new WeakMap(), M = /* @__PURE__ */ new WeakMap(), N = /* @__PURE__ */ new WeakMap(), P = /* @__PURE__ */ new WeakMap(), F = /* @__PURE__ */ new WeakMap(), I = /* @__PURE__ */ new WeakMap(), L = /* @__PURE__ */ new WeakMap(), oe = /* @__PURE__ */ new WeakMap(), R = /* @__PURE__ */ new WeakSet(), z = /* @__PURE__ */ new WeakMap(), se = class {
	constructor(e, t) {
		ae(this, R), x(this, T, void 0), x(this, E, void 0), x(this, D, void 0), x(this, O, void 0), x(this, k, void 0), x(this, A, void 0), x(this, j, void 0), x(this, M, void 0), x(this, N, void 0), x(this, P, void 0), x(this, F, void 0), x(this, I, void 0), x(this, L, void 0), x(this, oe, void 0), x(this, z, void 0), this.copies = 1, this.isStatic = !1, C(D, this, matchMedia("(prefers-reduced-motion: reduce)")), C(O, this, /* @__PURE__ */ new Set()), C(F, this, 0), C(z, this, (e) => S(R, this, V).call(this, "hover", e.type === "pointerenter")), C(T, this, e), C(E, this, t), e.addController(this);
	}
	hostConnected() {
		let e = w(T, this);
		C(k, this, new AbortController()), S(R, this, B).call(this, w(D, this), "change", () => e.requestUpdate());
		let t = () => S(R, this, V).call(this, "hidden", document.visibilityState === "hidden");
		S(R, this, B).call(this, document, "visibilitychange", t), t(), S(R, this, B).call(this, e, "focusin", (e) => S(R, this, V).call(this, "focus", !e.composedPath()[0].matches?.("button"))), S(R, this, B).call(this, e, "focusout", (t) => {
			e.contains(t.relatedTarget) || S(R, this, V).call(this, "focus", !1);
		}), C(A, this, new ResizeObserver(() => S(R, this, ue).call(this))), C(j, this, new IntersectionObserver((e) => S(R, this, V).call(this, "offscreen", !e.at(-1).isIntersecting))), w(j, this).observe(e), e.requestUpdate();
	}
	hostDisconnected() {
		w(k, this)?.abort(), w(A, this)?.disconnect(), w(j, this)?.disconnect(), C(P, this, void 0), w(O, this).clear(), S(R, this, le).call(this);
	}
	hostUpdate() {
		if (this.isStatic = w(E, this).call(this).speed === 0 || w(D, this).matches, this.copies = this.isStatic ? 0 : Math.max(1, this.copies), C(oe, this, void 0), !w(I, this)) return;
		let e = w(M, this).getBoundingClientRect();
		for (let t of w(N, this).querySelectorAll("li")) {
			let { left: n, right: r } = t.getBoundingClientRect();
			if (r > e.left && n < e.right) {
				C(oe, this, {
					item: t,
					offset: S(R, this, ce).call(this, t)
				});
				break;
			}
		}
	}
	hostUpdated() {
		let e = w(T, this).renderRoot, t = e.querySelector("[role=\"list\"]");
		t !== w(P, this) && (C(P, this, t), C(M, this, e.querySelector(".viewport")), C(N, this, e.querySelector(".track") ?? void 0), w(A, this).disconnect(), S(R, this, le).call(this), t && (w(A, this).observe(t), w(A, this).observe(w(M, this)), S(R, this, B).call(this, w(M, this), "pointerenter", w(z, this)), S(R, this, B).call(this, w(M, this), "pointerleave", w(z, this)))), S(R, this, V).call(this, "button", w(E, this).call(this).paused);
		let n = w(oe, this);
		S(R, this, ue).call(this, n?.item.isConnected ? n.offset - S(R, this, ce).call(this, n.item) : 0);
	}
};
function B(e, t, n) {
	e.addEventListener(t, n, { signal: w(k, this).signal });
}
function ce(e) {
	return e.getBoundingClientRect().left - w(N, this).getBoundingClientRect().left;
}
function V(e, t) {
	t ? w(O, this).add(e) : w(O, this).delete(e);
	let n = w(I, this);
	n && (w(O, this).size > 0 ? n.pause() : n.playState !== "running" && n.play());
}
function le() {
	w(I, this)?.cancel(), C(I, this, C(L, this, void 0));
}
function ue(e = 0) {
	let t = w(P, this);
	if (!t) return;
	C(F, this, t.getBoundingClientRect().width);
	let n = Math.max(1, Math.ceil(w(M, this).clientWidth / w(F, this)));
	!this.isStatic && n !== this.copies && (this.copies = n, w(T, this).requestUpdate()), S(R, this, de).call(this, e);
}
function de(e) {
	let { speed: t, direction: n, rtl: r } = w(E, this).call(this), i = w(F, this);
	if (this.isStatic || !(i > 0) || !w(N, this)) return S(R, this, le).call(this);
	let a = r ? i : -i, [o, s] = n === "left" == a < 0 ? [0, a] : [a, 0], c = {
		from: o,
		to: s,
		duration: i / t * 1e3
	}, l = w(L, this), u = w(I, this);
	if (!e && l && JSON.stringify(l) === JSON.stringify(c)) return;
	let d = [{ transform: `translateX(${o}px)` }, { transform: `translateX(${s}px)` }], f = o;
	if (u && l) {
		let t = Number(u.currentTime) % l.duration;
		f = l.from + (l.to - l.from) * t / l.duration + e, u.effect.setKeyframes(d), u.effect.updateTiming({ duration: c.duration });
	} else u = w(N, this).animate(d, {
		duration: c.duration,
		iterations: Infinity
	});
	let p = ((f - o) / (s - o) % 1 + 1) % 1;
	u.currentTime = p * c.duration, C(I, this, u), C(L, this, c), S(R, this, V).call(this, "button", w(E, this).call(this).paused);
}
// src/options.ts
var H = (e) => ({
	value: e,
	invalid: !1
}), U = (e) => ({
	value: e,
	invalid: !0
}), W = (e) => e == null || String(e).trim() === "", fe = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function pe(e) {
	if (W(e)) return H(fe);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(l))];
	return n.length === 0 ? U(fe) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function me(e) {
	if (W(e)) return H("USD");
	let t = String(e).trim().toUpperCase();
	return l(t) ? H(t) : U("USD");
}
function G(e, t, n) {
	if (W(e)) return H(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? H(r) : U(t);
}
function he(e) {
	let t = G(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var ge = (e) => G(e, 40, (e) => e >= 0 && e <= 1e4), _e = (e) => G(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21);
function ve(e) {
	if (W(e)) return H(void 0);
	let t = G(e, NaN, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
	return t.invalid ? U(void 0) : H(t.value);
}
function ye(e, t, n) {
	if (W(e)) return H(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? H(r) : U(n);
}
var be = (e) => ye(e, [
	"light",
	"dark",
	"auto"
], "auto");
function xe(e, t) {
	return ye(e, ["left", "right"], t ? "right" : "left");
}
function Se(e, t) {
	if (!W(e)) {
		let n = String(e).trim();
		return Ce(n) ? H(n) : U(Se(void 0, t).value);
	}
	return H(Ce(t) ? t : "en");
}
function Ce(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var we = 1e6;
function Te(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function Ee(e, t) {
	let n = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: r, status: i, headers: a, body: o } = await fetch(e, {
		signal: t,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!r) throw Object.assign(n(`HTTP ${i}`), {
		status: i,
		retryAfterMs: Te(a.get("Retry-After"))
	});
	let s = o?.getReader(), c = (e) => {
		if (e > 1e6) throw s?.cancel(), n(`larger than ${we} bytes`);
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
var De = "fx-ticker:";
function Oe(e) {
	try {
		let { snapshot: t, provider: n, missing: r } = JSON.parse(localStorage.getItem(De + e));
		return o(n) ? {
			snapshot: c(t),
			provider: n,
			missing: Array.isArray(r) ? r.filter(l) : [],
			attribution: n === "er-api" ? { ...a } : void 0
		} : void 0;
	} catch {
		return;
	}
}
function ke(e, t) {
	try {
		localStorage.setItem(De + e, JSON.stringify(t));
	} catch {}
}
// src/poller.ts
var K = {
	timeoutMs: 15e3,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, Ae = 2 ** 31 - 1, je = /* @__PURE__ */ new Map(), Me = ({ source: e, provider: t, base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function Ne(e, t) {
	let n = Math.min(K.firstRetryMs * 2 ** (e - 1), t, K.maxRetryMs);
	return Math.round(n * (1 - K.jitter * K.random()));
}
function Pe(e, t) {
	let n = Me(e);
	return (je.get(n) ?? Fe(n, e))(t);
}
function Fe(e, t) {
	let r = /* @__PURE__ */ new Set(), a = Oe(e), o = a, s, c = a && ((e) => e.onData(a, "cache")), l, u = 0, d = 0, f = -Infinity, p, m = new AbortController(), h, g = () => 1e3 * Math.min(...[...r].map((e) => he(e.intervalSeconds).value)), _ = (e, t) => {
		for (let n of [...e]) try {
			t && r.has(n) && t(n.watcher);
		} catch (e) {
			console.error(e);
		}
	}, v = () => {
		if (h || (clearTimeout(p), !r.size || document.visibilityState === "hidden")) return;
		let e = (u ? d : f + g()) - Date.now();
		e > 0 ? p = setTimeout(v, Math.min(e, Ae)) : re();
	}, ee = (t) => {
		let n = {
			...t,
			snapshot: i(o?.snapshot, t.snapshot)
		}, a = JSON.stringify(n), d = u || a !== s;
		u = 0, l = void 0, d && (o = n, s = a, ke(e, n), _(r, c = (e) => e.onData(n, "network")));
	}, te = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: i = 0 } = t, a = Ne(++u, g());
		(n === 429 || n === 503) && (a = Math.max(a, Math.min(i, K.maxRetryAfterMs))), d = Date.now() + a, _(r, l = (e) => e.onError(t, Math.max(0, d - Date.now())));
	}, ne = (e) => Ee(e, m.signal), re = () => {
		clearTimeout(p), f = Date.now();
		let { signal: e } = m = new AbortController(), { timeoutMs: r } = K;
		return p = setTimeout(() => m.abort(new DOMException(`timed out after ${r / 1e3} s`, "TimeoutError")), r), h = n(ne, {
			...t,
			query: {
				...t,
				now: new Date(f)
			}
		}).then(ee).catch((t) => te(e.reason ?? t)).finally(() => {
			h = void 0, v();
		});
	}, y = new AbortController();
	document.addEventListener("visibilitychange", v, { signal: y.signal }), window.addEventListener("online", () => {
		d = 0, v();
	}, { signal: y.signal });
	let ie = () => {
		clearTimeout(p), y.abort(), m.abort(), je.delete(e);
	}, b = (e) => {
		let t = {
			watcher: e,
			intervalSeconds: e.intervalSeconds
		};
		return r.add(t), queueMicrotask(() => {
			_([t], c), _([t], l);
		}), v(), {
			async refresh() {
				r.has(t) && await (h ?? re());
			},
			setInterval(e) {
				t.intervalSeconds = e, v();
			},
			close() {
				r.delete(t) && (r.size ? v() : ie());
			}
		};
	};
	return je.set(e, b), b;
}
// src/fx-ticker.ts
var Ie, Le = ["auto", ...s], q = /* @__PURE__ */ new WeakMap(), J = /* @__PURE__ */ new WeakMap(), Y = /* @__PURE__ */ new WeakMap(), X = /* @__PURE__ */ new WeakMap(), Z = /* @__PURE__ */ new WeakMap(), Re = /* @__PURE__ */ new WeakMap(), Q = /* @__PURE__ */ new WeakSet(), ze = class extends u {
	constructor(...e) {
		super(...e), ae(this, Q), x(this, q, void 0), x(this, J, void 0), x(this, Y, void 0), x(this, X, void 0), x(this, Z, void 0), x(this, Re, void 0), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = ie, this.paused = !1, C(J, this, []), C(X, this, ""), C(Z, this, /* @__PURE__ */ new Set()), C(Re, this, new se(this, () => ({
			speed: S(Q, this, $).call(this, "speed", ge(this.speed)),
			direction: S(Q, this, $).call(this, "direction", xe(this.direction, He.call(S(Q, this)))),
			rtl: He.call(S(Q, this)),
			paused: this.paused
		})));
	}
	static define(e = "fx-ticker", t = customElements) {
		if (!t.get(e)) try {
			t.define(e, this);
		} catch {
			t.define(e, class extends this {});
		}
	}
	connectedCallback() {
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => S(Q, this, Je).call(this), { once: !0 }) : S(Q, this, Je).call(this), S(Q, this, qe).call(this);
	}
	disconnectedCallback() {
		super.disconnectedCallback(), w(Y, this)?.close(), C(Y, this, void 0), C(X, this, "");
	}
	async refresh() {
		Ue.call(S(Q, this)) && S(Q, this, Je).call(this), await w(Y, this)?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && S(Q, this, Ye).call(this, this.rates), this.isConnected && S(Q, this, qe).call(this), w(Y, this)?.setInterval(S(Q, this, $).call(this, "interval", he(this.interval))), C(J, this, this.shown ? S(Q, this, et).call(this, this.shown.snapshot) : []);
	}
	render() {
		let e = y(Ve.call(S(Q, this))), { isStatic: t, copies: n } = w(Re, this), r = this.label === ie ? e.label : this.label || e.label;
		return f`<div class="ticker ${S(Q, this, $).call(this, "theme", be(this.theme))}${t ? " static" : ""}">
      ${t ? p : f`<button
            part="control"
            aria-label=${e.pause}
            title=${e.pause}
            aria-pressed=${this.paused}
            @click=${() => this.paused = !this.paused}
          >
            ${this.paused ? it : rt}
          </button>`}
      <div
        class="viewport"
        role=${t ? "region" : p}
        tabindex=${t ? 0 : p}
        aria-label=${t ? r : p}
      >
        ${w(J, this).length ? f`<div class="track">
              <ul role="list" aria-label=${r}>
                ${w(J, this).map((e) => nt(e, !0))}
              </ul>
              ${Array.from({ length: n }, () => f`<ul aria-hidden="true" inert>${w(J, this).map((e) => nt(e, !1))}</ul>`)}
            </div>` : f`<slot></slot>`}
      </div>
      ${S(Q, this, Be).call(this, e)}
    </div>`;
	}
};
Ie = ze;
function Be(e) {
	let t = this.shown, n = t?.snapshot.asOf && S(Q, this, tt).call(this, t.snapshot.asOf), r = w(q, this) ? S(Q, this, tt).call(this, new Date(w(q, this)).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
	return f`<p part="status">
      ${n && !i ? f`<span class="as-of">${e.asOf(n)}</span>` : p}
      <span class="note" role="status">${i}</span>
      ${a ? f`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : p}
    </p>`;
}
function Ve() {
	let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
	return S(Q, this, $).call(this, "locale", Se(this.locale, e));
}
function He() {
	return getComputedStyle(this).direction === "rtl";
}
function Ue() {
	return this.source?.trim().toLowerCase() === "none";
}
function We() {
	return S(Q, this, $).call(this, "symbols", pe(this.symbols));
}
function Ge() {
	return S(Q, this, $).call(this, "base", me(this.base));
}
function $(e, t) {
	return t.invalid && S(Q, this, Ke).call(this, `<fx-ticker>: invalid ${e}="${String(this[e])}"; using ${String(t.value)}.`), t.value;
}
function Ke(e) {
	w(Z, this).has(e) || (w(Z, this).add(e), console.warn(e));
}
function qe() {
	let e = {
		source: this.source?.trim() || void 0,
		provider: S(Q, this, $).call(this, "provider", ye(this.provider, Le, "auto")),
		base: Ge.call(S(Q, this)),
		symbols: We.call(S(Q, this))
	}, t = Ue.call(S(Q, this)) ? "none" : JSON.stringify(e);
	t !== w(X, this) && (w(Y, this)?.close(), C(Y, this, void 0), C(X, this, t), Ue.call(S(Q, this)) || C(Y, this, Pe(e, {
		intervalSeconds: S(Q, this, $).call(this, "interval", he(this.interval)),
		onData: (e, t) => S(Q, this, Xe).call(this, e, t === "cache"),
		onError: (e) => S(Q, this, Qe).call(this, e)
	})));
}
function Je() {
	let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
	if (e) try {
		S(Q, this, Ye).call(this, JSON.parse(e));
	} catch (e) {
		S(Q, this, Qe).call(this, new r(`inline JSON: ${e.message}`));
	}
}
function Ye(t) {
	try {
		let n = e(c(t), Ge.call(S(Q, this)));
		if (!n) throw new r(`no rate for the base ${Ge.call(S(Q, this))}`);
		S(Q, this, Ze).call(this, {
			snapshot: n,
			stale: !1
		});
	} catch (e) {
		S(Q, this, Qe).call(this, e);
	}
}
function Xe(e, t) {
	e.missing.length && S(Q, this, Ke).call(this, `<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), t && this.shown || S(Q, this, Ze).call(this, {
		snapshot: e.snapshot,
		attribution: e.attribution,
		stale: t
	});
}
function Ze(e) {
	if (!We.call(S(Q, this)).some((t) => m(e.snapshot, t, this.inverse))) return S(Q, this, Qe).call(this, new r(`no usable rate for ${We.call(S(Q, this)).join(" ")} against ${e.snapshot.base}`));
	let t = this.shown, n = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
	e.stale || (this.failure = void 0, C(q, this, Date.now())), (n || i) && (this.shown = e, S(Q, this, $e).call(this, "fx-ticker-update", { snapshot: e.snapshot }));
}
function Qe(e) {
	this.failure = e, S(Q, this, $e).call(this, "fx-ticker-error", {
		error: e,
		stale: !!this.shown
	});
}
function $e(e, t) {
	this.dispatchEvent(new CustomEvent(e, {
		detail: t,
		bubbles: !0,
		composed: !0
	}));
}
function et(e) {
	let t = Ve.call(S(Q, this)), n = y(t), r = {
		locale: t,
		digits: S(Q, this, $).call(this, "digits", _e(this.digits)),
		decimals: S(Q, this, $).call(this, "decimals", ve(this.decimals))
	}, i = new Intl.DisplayNames(t, { type: "currency" }), a = [];
	for (let o of We.call(S(Q, this))) {
		let s = m(e, o, this.inverse);
		if (!s) continue;
		let c = this.inverse ? [s.base, o] : [o, s.base], l = _(s.value, r), u = s.changePercent === void 0 ? void 0 : ee(s.changePercent, t), d = [
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
function tt(e) {
	let t = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? {
		dateStyle: "medium",
		timeZone: "UTC"
	} : {
		dateStyle: "medium",
		timeStyle: "short"
	};
	return new Intl.DateTimeFormat(Ve.call(S(Q, this)), t).format(new Date(e));
}
Ie.styles = te, Ie.properties = {
	source: { type: String },
	provider: { type: String },
	base: { type: String },
	symbols: {},
	interval: { type: Number },
	speed: { type: Number },
	direction: { type: String },
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
function nt(e, t) {
	return f`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : p}>
    <span part="pair" aria-hidden="true">${e.pair}</span>
    <span part="rate" aria-hidden="true">${e.rate}</span>
    ${e.change ? f`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : p}
    ${t ? f`<span class="visually-hidden">${e.phrase}</span>` : p}
  </li>`;
}
var rt = f`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z" /></svg>`, it = f`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z" /></svg>`;
export { ze as t };
