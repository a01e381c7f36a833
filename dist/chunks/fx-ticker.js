import { C as e, S as t, a as n, b as r, c as i, d as a, i as o, n as s, t as c, w as l, x as u } from "./providers.js";
import { LitElement as d, css as f, html as p, nothing as m } from "lit";
// src/format.ts
function h(e, n, r) {
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
var ee = "−";
function te(e, t) {
	let n = _(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", ee),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var ne = f`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;color-scheme:light dark;block-size:100%;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, sans-serif);background:var(--fx-ticker-background,light-dark(#fff,#11161c));color:var(--fx-ticker-color,light-dark(#1b1f24,#e8edf2));display:flex;overflow:hidden;container-type:inline-size}.light{color-scheme:light}.dark{color-scheme:dark}button{border:0;inline-size:2.5em;color:inherit;cursor:pointer;background:0 0;border-inline-end:1px solid #8886;flex:none;padding:0}:focus-visible{outline-offset:-3px;outline:2px solid}svg{fill:currentColor;inline-size:.9em}.viewport{flex:1;align-items:center;display:flex;overflow:hidden}.static .viewport{overflow-x:auto}.track,ul{flex:none;margin:0;padding:0;display:flex}li{padding-inline:calc(var(--fx-ticker-gap,2rem) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--fx-ticker-up-color,light-dark(#0a7a3c,#4ade80))}[part~=down],.note{color:var(--fx-ticker-down-color,light-dark(#b3261e,#ff8a80))}[part~=flat],p{color:var(--fx-ticker-flat-color,light-dark(#5a626c,#a3acb6))}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}p{white-space:nowrap;border-inline-start:1px solid #8886;align-items:center;gap:.75em;max-inline-size:45%;margin:0;padding-inline:.75em;font-size:.8em;display:flex;overflow:hidden}a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, y = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	flat: () => "unchanged",
	up: (e) => `up ${e.slice(1)}`,
	down: (e) => `down ${e.slice(1)}`,
	pair: (e, t) => `${e} to ${t}`
}, b = {
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
function re(e) {
	return /^(ru|kk|ky|be)\b/i.test(e) ? b : y;
}
var x = y.label;
// \0@oxc-project+runtime@0.156.0/helpers/esm/checkPrivateRedeclaration.js
function ie(e, t) {
	if (t.has(e)) throw TypeError("Cannot initialize the same private elements twice on an object");
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateMethodInitSpec.js
function ae(e, t) {
	ie(e, t), t.add(e);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldInitSpec.js
function S(e, t, n) {
	ie(e, t), t.set(e, n);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/assertClassBrand.js
function C(e, t, n) {
	if (typeof e == "function" ? e === t : e.has(t)) return arguments.length < 3 ? t : n;
	throw TypeError("Private element is not present on this object");
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldSet2.js
function w(e, t, n) {
	return e.set(C(e, t), n), n;
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/classPrivateFieldGet2.js
function T(e, t) {
	return e.get(C(e, t));
}
// src/marquee-controller.ts
var E = /* @__PURE__ */ new WeakMap(), D = /* @__PURE__ */ new WeakMap(), oe = /* @__PURE__ */ new WeakMap(), O = /* @__PURE__ */ new WeakMap(), k = /* @__PURE__ */ new WeakMap(), A = /* @__PURE__ */ new WeakMap(), j = /* @__PURE__ */ new WeakMap(), M = /* @__PURE__ */ new WeakMap(), N = /* @__PURE__ */ new WeakMap(), P = /* @__PURE__ */ new WeakMap(), F = /* @__PURE__ */ new WeakMap(), I = /* @__PURE__ */ new WeakMap(), L = /* @__PURE__ */ new WeakMap(), R = /* @__PURE__ */ new WeakMap(), z = /* @__PURE__ */ new WeakSet(), B = /* @__PURE__ */ new WeakMap(), se = class {
	constructor(e, t) {
		ae(this, z), S(this, E, void 0), S(this, D, void 0), S(this, oe, void 0), S(this, O, void 0), S(this, k, void 0), S(this, A, void 0), S(this, j, void 0), S(this, M, void 0), S(this, N, void 0), S(this, P, void 0), S(this, F, void 0), S(this, I, void 0), S(this, L, void 0), S(this, R, void 0), S(this, B, void 0), this.copies = 1, this.isStatic = !1, w(oe, this, matchMedia("(prefers-reduced-motion: reduce)")), w(O, this, /* @__PURE__ */ new Set()), w(F, this, 0), w(B, this, (e) => C(z, this, H).call(this, "hover", e.type === "pointerenter")), w(E, this, e), w(D, this, t), e.addController(this);
	}
	hostConnected() {
		let e = T(E, this);
		w(k, this, new AbortController()), C(z, this, V).call(this, T(oe, this), "change", () => e.requestUpdate());
		let t = () => C(z, this, H).call(this, "hidden", document.visibilityState === "hidden");
		C(z, this, V).call(this, document, "visibilitychange", t), t(), C(z, this, V).call(this, e, "focusin", (e) => C(z, this, H).call(this, "focus", !e.composedPath()[0].matches?.("button"))), C(z, this, V).call(this, e, "focusout", (t) => {
			e.contains(t.relatedTarget) || C(z, this, H).call(this, "focus", !1);
		}), w(A, this, new ResizeObserver(() => C(z, this, ue).call(this))), w(j, this, new IntersectionObserver((e) => C(z, this, H).call(this, "offscreen", !e.at(-1).isIntersecting))), T(j, this).observe(e), e.requestUpdate();
	}
	hostDisconnected() {
		T(k, this)?.abort(), T(A, this)?.disconnect(), T(j, this)?.disconnect(), w(P, this, void 0), T(O, this).clear(), C(z, this, le).call(this);
	}
	hostUpdate() {
		if (this.isStatic = T(D, this).call(this).speed === 0 || T(oe, this).matches, this.copies = this.isStatic ? 0 : Math.max(1, this.copies), w(R, this, void 0), !T(I, this)) return;
		let e = T(M, this).getBoundingClientRect();
		for (let t of T(N, this).querySelectorAll("li")) {
			let { left: n, right: r } = t.getBoundingClientRect();
			if (r > e.left && n < e.right) {
				w(R, this, {
					item: t,
					offset: C(z, this, ce).call(this, t)
				});
				break;
			}
		}
	}
	hostUpdated() {
		let e = T(E, this).renderRoot, t = e.querySelector("[role=\"list\"]");
		t !== T(P, this) && (w(P, this, t), w(M, this, e.querySelector(".viewport")), w(N, this, e.querySelector(".track") ?? void 0), T(A, this).disconnect(), C(z, this, le).call(this), t && (T(A, this).observe(t), T(A, this).observe(T(M, this)), C(z, this, V).call(this, T(M, this), "pointerenter", T(B, this)), C(z, this, V).call(this, T(M, this), "pointerleave", T(B, this)))), C(z, this, H).call(this, "button", T(D, this).call(this).paused);
		let n = T(R, this);
		C(z, this, ue).call(this, n?.item.isConnected ? n.offset - C(z, this, ce).call(this, n.item) : 0);
	}
};
function V(e, t, n) {
	e.addEventListener(t, n, { signal: T(k, this).signal });
}
function ce(e) {
	return e.getBoundingClientRect().left - T(N, this).getBoundingClientRect().left;
}
function H(e, t) {
	t ? T(O, this).add(e) : T(O, this).delete(e);
	let n = T(I, this);
	n && (T(O, this).size > 0 ? n.pause() : n.playState !== "running" && n.play());
}
function le() {
	T(I, this)?.cancel(), w(I, this, w(L, this, void 0));
}
function ue(e = 0) {
	let t = T(P, this);
	if (!t) return;
	w(F, this, t.getBoundingClientRect().width);
	let n = Math.max(1, Math.ceil(T(M, this).clientWidth / T(F, this)));
	!this.isStatic && n !== this.copies && (this.copies = n, T(E, this).requestUpdate()), C(z, this, de).call(this, e);
}
function de(e) {
	let { speed: t, direction: n, rtl: r } = T(D, this).call(this), i = T(F, this);
	if (this.isStatic || !(i > 0) || !T(N, this)) return C(z, this, le).call(this);
	let a = r ? i : -i, [o, s] = n === "left" == a < 0 ? [0, a] : [a, 0], c = {
		from: o,
		to: s,
		duration: i / t * 1e3
	}, l = T(L, this), u = T(I, this);
	if (!e && l && JSON.stringify(l) === JSON.stringify(c)) return;
	let d = [{ transform: `translateX(${o}px)` }, { transform: `translateX(${s}px)` }], f = o;
	if (u && l) {
		let t = Number(u.currentTime) % l.duration;
		f = l.from + (l.to - l.from) * t / l.duration + e, u.effect.setKeyframes(d), u.effect.updateTiming({ duration: c.duration });
	} else u = T(N, this).animate(d, {
		duration: c.duration,
		iterations: Infinity
	});
	let p = ((f - o) / (s - o) % 1 + 1) % 1;
	u.currentTime = p * c.duration, w(I, this, u), w(L, this, c), C(z, this, H).call(this, "button", T(D, this).call(this).paused);
}
// src/options.ts
var U = (e) => ({
	value: e,
	invalid: !1
}), W = (e) => ({
	value: e,
	invalid: !0
}), G = (e) => e == null || String(e).trim() === "", fe = [
	"KGS",
	"KZT",
	"TJS",
	"UZS",
	"TMT"
];
function pe(e) {
	if (G(e)) return U(fe);
	let t = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), n = [...new Set(t.filter(u))];
	return n.length === 0 ? W(fe) : {
		value: n,
		invalid: n.length !== t.length
	};
}
function me(e) {
	if (G(e)) return U("USD");
	let t = String(e).trim().toUpperCase();
	return u(t) ? U(t) : W("USD");
}
function he(e, t, n) {
	if (G(e)) return U(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? U(r) : W(t);
}
function ge(e) {
	let t = he(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var _e = (e) => he(e, 40, (e) => e >= 0 && e <= 1e4), ve = (e) => he(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21);
function ye(e) {
	if (G(e)) return U(void 0);
	let t = he(e, NaN, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
	return t.invalid ? W(void 0) : U(t.value);
}
function be(e, t, n) {
	if (G(e)) return U(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? U(r) : W(n);
}
var xe = (e) => be(e, [
	"light",
	"dark",
	"auto"
], "auto");
function Se(e, t) {
	return be(e, ["left", "right"], t ? "right" : "left");
}
function Ce(e, t) {
	if (!G(e)) {
		let n = String(e).trim();
		return we(n) ? U(n) : W(Ce(void 0, t).value);
	}
	return U(we(t) ? t : "en");
}
function we(e) {
	try {
		return Intl.getCanonicalLocales(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var Te = 1e6;
function Ee(e) {
	let t = e?.trim() ?? "", n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isNaN(n) ? void 0 : Math.max(0, n);
}
async function De(e, t) {
	let n = (t) => /* @__PURE__ */ Error(`${e}: ${t}`), { ok: r, status: i, headers: a, body: o } = await fetch(e, {
		signal: t,
		credentials: "omit",
		headers: { Accept: "application/json" }
	});
	if (!r) throw Object.assign(n(`HTTP ${i}`), {
		status: i,
		retryAfterMs: Ee(a.get("Retry-After"))
	});
	let s = o?.getReader(), c = (e) => {
		if (e > 1e6) throw s?.cancel(), n(`larger than ${Te} bytes`);
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
var Oe = "fx-ticker:";
function ke(e) {
	try {
		let { snapshot: t, provider: n, missing: r } = JSON.parse(localStorage.getItem(Oe + e));
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
function Ae(e, t) {
	try {
		localStorage.setItem(Oe + e, JSON.stringify(t));
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
}, je = 2 ** 31 - 1, Me = /* @__PURE__ */ new Map(), Ne = ({ source: e, provider: t, base: n, symbols: r }) => [
	e,
	t,
	n,
	r
].join("|");
function Pe(e, t) {
	let n = Math.min(K.firstRetryMs * 2 ** (e - 1), t, K.maxRetryMs);
	return Math.round(n * (1 - K.jitter * K.random()));
}
function Fe(e, t) {
	let n = Ne(e);
	return (Me.get(n) ?? Ie(n, e))(t);
}
function Ie(e, t) {
	let r = /* @__PURE__ */ new Set(), a = ke(e), o = a, s, c = a && ((e) => e.onData(a, "cache")), l, u = 0, d = 0, f = -Infinity, p, m = new AbortController(), h, g = () => 1e3 * Math.min(...[...r].map((e) => ge(e.intervalSeconds).value)), _ = (e, t) => {
		for (let n of [...e]) try {
			t && r.has(n) && t(n.watcher);
		} catch (e) {
			console.error(e);
		}
	}, v = () => {
		if (h || (clearTimeout(p), !r.size || document.visibilityState === "hidden")) return;
		let e = (u ? d : f + g()) - Date.now();
		e > 0 ? p = setTimeout(v, Math.min(e, je)) : y();
	}, ee = (t) => {
		let n = {
			...t,
			snapshot: i(o?.snapshot, t.snapshot)
		}, a = JSON.stringify(n), d = u || a !== s;
		u = 0, l = void 0, d && (o = n, s = a, Ae(e, n), _(r, c = (e) => e.onData(n, "network")));
	}, te = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: i = 0 } = t, a = Pe(++u, g());
		(n === 429 || n === 503) && (a = Math.max(a, Math.min(i, K.maxRetryAfterMs))), d = Date.now() + a, _(r, l = (e) => e.onError(t, Math.max(0, d - Date.now())));
	}, ne = (e) => De(e, m.signal), y = () => {
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
	}, b = new AbortController();
	document.addEventListener("visibilitychange", v, { signal: b.signal }), window.addEventListener("online", () => {
		d = 0, v();
	}, { signal: b.signal });
	let re = () => {
		clearTimeout(p), b.abort(), m.abort(), Me.delete(e);
	}, x = (e) => {
		let t = {
			watcher: e,
			intervalSeconds: e.intervalSeconds
		};
		return r.add(t), queueMicrotask(() => {
			_([t], c), _([t], l);
		}), v(), {
			async refresh() {
				r.has(t) && await (h ?? y());
			},
			setInterval(e) {
				t.intervalSeconds = e, v();
			},
			close() {
				r.delete(t) && (r.size ? v() : re());
			}
		};
	};
	return Me.set(e, x), x;
}
// src/fx-ticker.ts
var Le, Re = ["auto", ...s], q = /* @__PURE__ */ new WeakMap(), J = /* @__PURE__ */ new WeakMap(), ze = /* @__PURE__ */ new WeakMap(), Y = /* @__PURE__ */ new WeakMap(), X = /* @__PURE__ */ new WeakMap(), Z = /* @__PURE__ */ new WeakMap(), Be = /* @__PURE__ */ new WeakMap(), Ve = /* @__PURE__ */ new WeakMap(), Q = /* @__PURE__ */ new WeakSet(), He = class extends d {
	constructor(...e) {
		super(...e), ae(this, Q), S(this, q, void 0), S(this, J, void 0), S(this, ze, void 0), S(this, Y, void 0), S(this, X, void 0), S(this, Z, void 0), S(this, Be, void 0), S(this, Ve, void 0), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = x, this.paused = !1, w(Y, this, []), w(Z, this, ""), w(Be, this, /* @__PURE__ */ new Set()), w(Ve, this, new se(this, () => ({
			speed: C(Q, this, $).call(this, "speed", _e(this.speed)),
			direction: C(Q, this, $).call(this, "direction", Se(T(J, this), Ge.call(C(Q, this)))),
			rtl: Ge.call(C(Q, this)),
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
	get source() {
		return T(q, this) ?? (/^(auto|frankfurter)?$/.test(this.provider.trim()) ? c : void 0);
	}
	set source(e) {
		let t = this.source;
		w(q, this, e ?? void 0), this.requestUpdate("source", t);
	}
	get direction() {
		return T(J, this) ?? (this.isConnected && Ge.call(C(Q, this)) ? "right" : "left");
	}
	set direction(e) {
		let t = T(J, this);
		w(J, this, e ?? void 0), this.requestUpdate("direction", t);
	}
	connectedCallback() {
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => C(Q, this, Ze).call(this), { once: !0 }) : C(Q, this, Ze).call(this), C(Q, this, Xe).call(this);
	}
	disconnectedCallback() {
		super.disconnectedCallback(), T(X, this)?.close(), w(X, this, void 0), w(Z, this, "");
	}
	async refresh() {
		Ke.call(C(Q, this)) && C(Q, this, Ze).call(this), await T(X, this)?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && C(Q, this, Qe).call(this, this.rates), this.isConnected && C(Q, this, Xe).call(this), T(X, this)?.setInterval(C(Q, this, $).call(this, "interval", ge(this.interval))), w(Y, this, this.shown ? C(Q, this, rt).call(this, this.shown.snapshot) : []);
	}
	render() {
		let e = re(We.call(C(Q, this))), { isStatic: t, copies: n } = T(Ve, this), r = this.label === x ? e.label : this.label || e.label;
		return p`<div class="ticker ${C(Q, this, $).call(this, "theme", xe(this.theme))}${t ? " static" : ""}">
      ${t ? m : p`<button
            part="control"
            aria-label=${e.pause}
            title=${e.pause}
            aria-pressed=${this.paused}
            @click=${() => this.paused = !this.paused}
          >
            ${this.paused ? st : ot}
          </button>`}
      <div
        class="viewport"
        role=${t ? "region" : m}
        tabindex=${t ? 0 : m}
        aria-label=${t ? r : m}
      >
        ${T(Y, this).length ? p`<div class="track">
              <ul role="list" aria-label=${r}>
                ${T(Y, this).map((e) => at(e, !0))}
              </ul>
              ${Array.from({ length: n }, () => p`<ul aria-hidden="true" inert>${T(Y, this).map((e) => at(e, !1))}</ul>`)}
            </div>` : p`<slot></slot>`}
      </div>
      ${C(Q, this, Ue).call(this, e)}
    </div>`;
	}
};
Le = He;
function Ue(e) {
	let t = this.shown, n = t?.snapshot.asOf && C(Q, this, it).call(this, t.snapshot.asOf), r = T(ze, this) ? C(Q, this, it).call(this, new Date(T(ze, this)).toISOString()) : n, i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
	return p`<p part="status">
      ${n && !i ? p`<span class="as-of">${e.asOf(n)}</span>` : m}
      <span class="note" role="status">${i}</span>
      ${a ? p`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : m}
    </p>`;
}
function We() {
	let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language;
	return C(Q, this, $).call(this, "locale", Ce(this.locale, e));
}
function Ge() {
	return getComputedStyle(this).direction === "rtl";
}
function Ke() {
	return T(q, this)?.trim().toLowerCase() === "none";
}
function qe() {
	return C(Q, this, $).call(this, "symbols", pe(this.symbols));
}
function Je() {
	return C(Q, this, $).call(this, "base", me(this.base));
}
function $(e, t) {
	return t.invalid && C(Q, this, Ye).call(this, `<fx-ticker>: invalid ${e}="${String(this[e])}"; using ${String(t.value)}.`), t.value;
}
function Ye(e) {
	T(Be, this).has(e) || (T(Be, this).add(e), console.warn(e));
}
function Xe() {
	let e = {
		source: T(q, this)?.trim() || void 0,
		provider: C(Q, this, $).call(this, "provider", be(this.provider, Re, "auto")),
		base: Je.call(C(Q, this)),
		symbols: qe.call(C(Q, this))
	}, t = Ke.call(C(Q, this)) ? "none" : JSON.stringify(e);
	t !== T(Z, this) && (T(X, this)?.close(), w(X, this, void 0), w(Z, this, t), Ke.call(C(Q, this)) || w(X, this, Fe(e, {
		intervalSeconds: C(Q, this, $).call(this, "interval", ge(this.interval)),
		onData: (e, t) => C(Q, this, $e).call(this, e, t === "cache"),
		onError: (e) => C(Q, this, tt).call(this, e)
	})));
}
function Ze() {
	let e = this.querySelector(":scope > script[type=\"application/json\"]")?.textContent;
	if (e) try {
		C(Q, this, Qe).call(this, JSON.parse(e));
	} catch (e) {
		C(Q, this, tt).call(this, new r(`inline JSON: ${e.message}`));
	}
}
function Qe(t) {
	try {
		let n = e(l(t), Je.call(C(Q, this)));
		if (!n) throw new r(`no rate for the base ${Je.call(C(Q, this))}`);
		C(Q, this, et).call(this, {
			snapshot: n,
			stale: !1
		});
	} catch (e) {
		C(Q, this, tt).call(this, e);
	}
}
function $e(e, t) {
	e.missing.length && C(Q, this, Ye).call(this, `<fx-ticker>: the source has no rate for ${e.missing.join(" ")}; skipped.`), t && this.shown || C(Q, this, et).call(this, {
		snapshot: e.snapshot,
		attribution: e.attribution,
		stale: t
	});
}
function et(e) {
	if (!qe.call(C(Q, this)).some((t) => h(e.snapshot, t, this.inverse))) return C(Q, this, tt).call(this, new r(`no usable rate for ${qe.call(C(Q, this)).join(" ")} against ${e.snapshot.base}`));
	let t = this.shown, n = JSON.stringify(t?.snapshot) !== JSON.stringify(e.snapshot), i = !e.stale && (this.failure || t?.stale);
	e.stale || (this.failure = void 0, w(ze, this, Date.now())), (n || i) && (this.shown = e, C(Q, this, nt).call(this, "fx-ticker-update", { snapshot: e.snapshot }));
}
function tt(e) {
	this.failure = e, C(Q, this, nt).call(this, "fx-ticker-error", {
		error: e,
		stale: !!this.shown
	});
}
function nt(e, t) {
	this.dispatchEvent(new CustomEvent(e, {
		detail: t,
		bubbles: !0,
		composed: !0
	}));
}
function rt(e) {
	let t = We.call(C(Q, this)), n = re(t), r = {
		locale: t,
		digits: C(Q, this, $).call(this, "digits", ve(this.digits)),
		decimals: C(Q, this, $).call(this, "decimals", ye(this.decimals))
	}, i = new Intl.DisplayNames(t, { type: "currency" }), a = [];
	for (let o of qe.call(C(Q, this))) {
		let s = h(e, o, this.inverse);
		if (!s) continue;
		let c = this.inverse ? [s.base, o] : [o, s.base], l = v(s.value, r), u = s.changePercent === void 0 ? void 0 : te(s.changePercent, t), d = [
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
function it(e) {
	let t = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? {
		dateStyle: "medium",
		timeZone: "UTC"
	} : {
		dateStyle: "medium",
		timeStyle: "short"
	};
	return new Intl.DateTimeFormat(We.call(C(Q, this)), t).format(new Date(e));
}
Le.styles = ne, Le.properties = {
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
function at(e, t) {
	return p`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : m}>
    <span part="pair" aria-hidden="true">${e.pair}</span>
    <span part="rate" aria-hidden="true">${e.rate}</span>
    ${e.change ? p`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : m}
    ${t ? p`<span class="visually-hidden">${e.phrase}</span>` : m}
  </li>`;
}
var ot = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z" /></svg>`, st = p`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z" /></svg>`;
export { He as t };
