import { C as e, S as t, T as n, i as r, n as i, r as a, s as o, w as s, x as c } from "./providers.js";
import { LitElement as l, css as u, html as d, nothing as f } from "lit";
// src/format.ts
function p(t, n, r) {
	if (n === t.base) return;
	let i = t.rates[n];
	if (!e(i)) return;
	let a = r ? i : 1 / i;
	if (!e(a)) return;
	let o = {
		symbol: n,
		base: t.base,
		value: a
	}, s = t.previous?.[n];
	if (e(s)) {
		let e = ((r ? i / s : s / i) - 1) * 100;
		Number.isFinite(e) && (o.changePercent = e);
	}
	return o;
}
var m = /* @__PURE__ */ new Map();
function h(e, t) {
	let n = `${e}|${JSON.stringify(t)}`, r = m.get(n);
	return r || (r = new Intl.NumberFormat(e, t), m.set(n, r)), r;
}
function g(e, t) {
	let n = t.decimals === void 0 ? {
		minimumSignificantDigits: t.digits,
		maximumSignificantDigits: t.digits
	} : {
		minimumFractionDigits: t.decimals,
		maximumFractionDigits: t.decimals
	};
	return h(t.locale, n).format(e);
}
var _ = "−";
function v(e, t) {
	let n = h(t, {
		style: "percent",
		maximumFractionDigits: 2,
		signDisplay: "exceptZero"
	}), r = Math.round(e * 100) / 100, i = r > 0 ? "up" : r < 0 ? "down" : "flat";
	return {
		text: n.format(i === "flat" ? 0 : r / 100).replace("-", _),
		direction: i
	};
}
// src/fx-ticker.styles.ts
var y = u`:host{contain:layout paint;block-size:var(--fx-ticker-height,2.5rem);display:block}:host([hidden]){display:none}.ticker{all:initial;font:var(--fx-ticker-font,500 .875rem/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);--_background:var(--fx-ticker-background,#fff);--_color:var(--fx-ticker-color,#1b1f24);--_up:var(--fx-ticker-up-color,#0a7a3c);--_down:var(--fx-ticker-down-color,#b3261e);--_flat:var(--fx-ticker-flat-color,#5a626c);--_gap:var(--fx-ticker-gap,2rem);box-sizing:border-box;background:var(--_background);block-size:100%;color:var(--_color);align-items:stretch;display:flex;overflow:hidden;container-type:inline-size}.ticker.dark{--_background:var(--fx-ticker-background,#11161c);--_color:var(--fx-ticker-color,#e8edf2);--_up:var(--fx-ticker-up-color,#4ade80);--_down:var(--fx-ticker-down-color,#ff8a80);--_flat:var(--fx-ticker-flat-color,#a3acb6)}@media (prefers-color-scheme:dark){.ticker.auto{--_background:var(--fx-ticker-background,#11161c);--_color:var(--fx-ticker-color,#e8edf2);--_up:var(--fx-ticker-up-color,#4ade80);--_down:var(--fx-ticker-down-color,#ff8a80);--_flat:var(--fx-ticker-flat-color,#a3acb6)}}[part=control]{border:0;border-inline-end:1px solid color-mix(in srgb, currentColor 20%, transparent);inline-size:2.5em;color:inherit;font:inherit;cursor:pointer;background:0 0;flex:none;place-items:center;margin:0;padding:0;display:grid}[part=control]:focus-visible{outline-offset:-4px;outline:2px solid}[part=control] svg{fill:currentColor;block-size:.9em;inline-size:.9em}.viewport{flex:auto;align-items:center;min-inline-size:0;display:flex;overflow:hidden}.static .viewport{scrollbar-width:thin;overflow-x:auto}.viewport:focus-visible{outline-offset:-2px;outline:2px solid}.track{will-change:transform;flex:none;inline-size:max-content;display:flex}.static .track{will-change:auto}.set{flex:none;margin:0;padding:0;list-style:none;display:flex}[part~=item]{padding-inline:calc(var(--_gap) / 2);white-space:nowrap;font-variant-numeric:tabular-nums;align-items:baseline;gap:.5em;display:flex}[part=pair]{font-weight:600}[part=pair]:after{content:" =";font-weight:400}[part=rate]{text-align:end;min-inline-size:7ch}[part~=change]{min-inline-size:9.5ch}[part~=up]{color:var(--_up)}[part~=down]{color:var(--_down)}[part~=flat]{color:var(--_flat)}[part~=up]:before{content:"▲ "}[part~=down]:before{content:"▼ "}[part=status]{border-inline-start:1px solid color-mix(in srgb, currentColor 20%, transparent);max-inline-size:45%;color:var(--_flat);white-space:nowrap;flex:none;align-items:center;gap:.75em;padding-inline:.75em;font-size:.8em;display:flex}.note{color:var(--_down);text-overflow:ellipsis;overflow:hidden}[part=status] a{color:inherit}@container (width<=36rem){.as-of{display:none}}.visually-hidden{clip-path:inset(50%);white-space:nowrap;block-size:1px;inline-size:1px;position:absolute;overflow:hidden}`, b = {
	label: "Exchange rates",
	pause: "Pause exchange rates",
	asOf: (e) => `as of ${e}`,
	stale: (e) => `Rates may be out of date${e ? `: last updated ${e}` : ""}`,
	unavailable: "Exchange rates are unavailable right now",
	unchanged: "unchanged",
	up: (e) => `up ${e}`,
	down: (e) => `down ${e}`,
	pair: (e, t) => `${e} to ${t}`
}, x = {
	label: "Курсы валют",
	pause: "Остановить курсы валют",
	asOf: (e) => `на ${e}`,
	stale: (e) => `Курсы могут быть устаревшими${e ? `: обновлены ${e}` : ""}`,
	unavailable: "Курсы валют сейчас недоступны",
	unchanged: "без изменений",
	up: (e) => `рост ${e}`,
	down: (e) => `снижение ${e}`,
	pair: (e, t) => `${e} — ${t}`
}, S = {
	en: b,
	ru: x,
	kk: x,
	ky: x,
	be: x
};
function C(e) {
	return S[e.toLowerCase().split(/[-_]/)[0] ?? "en"] ?? b;
}
var w = b.label, T = "(prefers-reduced-motion: reduce)", E = class {
	constructor(e, t, n) {
		this.host = e, this.settings = t, this.findParts = n, this.copies = 1, this.isStatic = !1, this.pauseReasons = /* @__PURE__ */ new Set(), this.setWidth = 0, this.viewportWidth = 0, this.onResize = () => {
			this.parts && (this.measure(), this.syncAnimation());
		}, this.onMotionPreference = () => this.host.requestUpdate(), this.onVisibility = () => this.togglePause("hidden-tab", document.visibilityState === "hidden"), this.onIntersection = (e) => {
			let t = e[e.length - 1];
			t && this.togglePause("offscreen", !t.isIntersecting);
		}, this.onPointerEnter = () => this.togglePause("hover", !0), this.onPointerLeave = () => this.togglePause("hover", !1), this.onFocusIn = (e) => this.togglePause("focus", !this.isControl(e.composedPath()[0])), this.onFocusOut = (e) => {
			let t = e.relatedTarget;
			t instanceof Node && this.host.contains(t) || this.togglePause("focus", !1);
		}, e.addController(this);
	}
	hostConnected() {
		this.reducedMotion = matchMedia(T), this.reducedMotion.addEventListener("change", this.onMotionPreference), document.addEventListener("visibilitychange", this.onVisibility), this.onVisibility(), this.resizeObserver = new ResizeObserver(this.onResize), this.intersectionObserver = new IntersectionObserver(this.onIntersection), this.intersectionObserver.observe(this.host), this.host.addEventListener("focusin", this.onFocusIn), this.host.addEventListener("focusout", this.onFocusOut), this.host.requestUpdate();
	}
	hostDisconnected() {
		this.reducedMotion?.removeEventListener("change", this.onMotionPreference), document.removeEventListener("visibilitychange", this.onVisibility), this.resizeObserver?.disconnect(), this.intersectionObserver?.disconnect(), this.host.removeEventListener("focusin", this.onFocusIn), this.host.removeEventListener("focusout", this.onFocusOut), this.detachParts(), this.pauseReasons.clear();
	}
	hostUpdate() {
		let { speed: e } = this.settings();
		this.isStatic = e === 0 || !!this.reducedMotion?.matches, this.isStatic ? this.copies = 0 : this.copies === 0 && (this.copies = 1), this.anchor = this.animation ? this.findAnchor() : void 0;
	}
	hostUpdated() {
		let e = this.findParts();
		e && e.firstSet !== this.parts?.firstSet && this.attachParts(e), this.togglePause("button", this.settings().paused);
		let t = this.anchor;
		this.anchor = void 0, t?.item.isConnected && this.parts ? (this.measure(), this.syncAnimation(t.offset - this.offsetInTrack(t.item))) : this.syncAnimation();
	}
	get offset() {
		return !this.parts || !this.animation ? 0 : new DOMMatrixReadOnly(getComputedStyle(this.parts.track).transform).m41;
	}
	get isMoving() {
		return this.animation?.playState === "running";
	}
	attachParts(e) {
		this.detachParts(), this.parts = e, this.resizeObserver?.observe(e.viewport), this.resizeObserver?.observe(e.firstSet), e.viewport.addEventListener("pointerenter", this.onPointerEnter), e.viewport.addEventListener("pointerleave", this.onPointerLeave);
	}
	detachParts() {
		this.parts && (this.resizeObserver?.unobserve(this.parts.viewport), this.resizeObserver?.unobserve(this.parts.firstSet), this.parts.viewport.removeEventListener("pointerenter", this.onPointerEnter), this.parts.viewport.removeEventListener("pointerleave", this.onPointerLeave), this.parts = void 0, this.stopAnimation());
	}
	stopAnimation() {
		this.animation?.cancel(), this.animation = void 0, this.loop = void 0;
	}
	measure() {
		if (!this.parts) return;
		this.setWidth = this.parts.firstSet.getBoundingClientRect().width, this.viewportWidth = this.parts.viewport.clientWidth;
		let e = this.isStatic || this.setWidth === 0 ? 0 : Math.max(1, Math.ceil(this.viewportWidth / this.setWidth));
		!this.isStatic && e !== this.copies && (this.copies = e, this.host.requestUpdate());
	}
	findAnchor() {
		if (!this.parts) return;
		let e = this.parts.viewport.getBoundingClientRect();
		for (let t of this.parts.track.querySelectorAll("[part~=\"item\"]")) {
			let n = t.getBoundingClientRect();
			if (n.right > e.left && n.left < e.right) return {
				item: t,
				offset: this.offsetInTrack(t)
			};
		}
	}
	offsetInTrack(e) {
		return e.getBoundingClientRect().left - this.parts.track.getBoundingClientRect().left;
	}
	isControl(e) {
		return e instanceof Element && e.matches("[part~=\"control\"]");
	}
	togglePause(e, t) {
		t !== this.pauseReasons.has(e) && (t ? this.pauseReasons.add(e) : this.pauseReasons.delete(e), this.applyPlayState());
	}
	applyPlayState() {
		let e = this.animation;
		if (!e) return;
		let t = this.pauseReasons.size === 0;
		t && e.playState !== "running" ? e.play() : !t && e.playState === "running" && e.pause();
	}
	syncAnimation(e = 0) {
		let t = this.parts, { speed: n, direction: r, rtl: i } = this.settings();
		if (!t || this.isStatic || this.setWidth <= 0 || n <= 0) {
			this.stopAnimation();
			return;
		}
		let a = i ? this.setWidth : -this.setWidth, [o, s] = r === "left" == a < 0 ? [0, a] : [a, 0], c = this.setWidth / n * 1e3, l = {
			from: o,
			to: s,
			duration: c
		}, u = this.animation, d = this.loop;
		if (u && d && ee(d, l) && e === 0) return;
		let f = [{ transform: `translateX(${o}px)` }, { transform: `translateX(${s}px)` }], p = u && d ? te(Number(u.currentTime ?? 0), d) + e : o, m = u ?? t.track.animate(f, {
			duration: c,
			iterations: Infinity,
			easing: "linear"
		});
		u && (m.effect.setKeyframes(f), m.effect?.updateTiming({ duration: c })), m.currentTime = D(p, l) * c, this.animation = m, this.loop = l, this.applyPlayState();
	}
}, ee = (e, t) => e.from === t.from && e.to === t.to && e.duration === t.duration;
function te(e, { from: t, to: n, duration: r }) {
	let i = e % r / r;
	return t + (n - t) * i;
}
function D(e, { from: t, to: n }) {
	let r = (e - t) / (n - t) % 1;
	return r < 0 ? r + 1 : r;
}
// src/options.ts
var O = (e) => ({
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
	let n = (Array.isArray(e) ? e.map(String) : String(e).split(/[\s,]+/)).map((e) => e.trim().toUpperCase()).filter(Boolean), r = [...new Set(n.filter(t))];
	return r.length === 0 ? k(j) : {
		value: r,
		invalid: r.length !== n.length
	};
}
function N(e) {
	if (A(e)) return O("USD");
	let n = String(e).trim().toUpperCase();
	return t(n) ? O(n) : k("USD");
}
function P(e, t, n) {
	if (A(e)) return O(t);
	let r = typeof e == "number" ? e : Number(String(e).trim());
	return Number.isFinite(r) && n(r) ? O(r) : k(t);
}
function F(e) {
	let t = P(e, 300, (e) => e > 0);
	return {
		...t,
		value: Math.max(10, t.value)
	};
}
var ne = (e) => P(e, 40, (e) => e >= 0 && e <= 1e4), re = (e) => P(e, 4, (e) => Number.isInteger(e) && e >= 1 && e <= 21);
function ie(e) {
	if (A(e)) return O(void 0);
	let t = P(e, NaN, (e) => Number.isInteger(e) && e >= 0 && e <= 20);
	return t.invalid ? k(void 0) : O(t.value);
}
function I(e, t, n) {
	if (A(e)) return O(n);
	let r = String(e).trim().toLowerCase();
	return t.includes(r) ? O(r) : k(n);
}
var ae = (e) => I(e, [
	"light",
	"dark",
	"auto"
], "auto");
function oe(e, t) {
	return I(e, ["left", "right"], t ? "right" : "left");
}
function L(e, t) {
	if (!A(e)) {
		let n = String(e).trim();
		return R(n) ? O(n) : k(L(void 0, t).value);
	}
	return O(R(t) ? t : "en");
}
function R(e) {
	try {
		return e !== "" && Intl.NumberFormat.supportedLocalesOf(e).length > 0;
	} catch {
		return !1;
	}
}
// src/fetch-json.ts
var z = class extends Error {
	constructor(e, t, n) {
		super(`HTTP ${e} from ${n}`), this.status = e, this.retryAfterMs = t, this.name = "HttpError";
	}
};
function B(e) {
	let t = e?.trim();
	if (!t) return;
	let n = /^\d+$/.test(t) ? Number(t) * 1e3 : Date.parse(t) - Date.now();
	return Number.isFinite(n) ? Math.max(0, n) : void 0;
}
var V = (e, t) => /* @__PURE__ */ Error(`response from ${e} is larger than ${t} bytes`);
async function H(e, { signal: t, timeoutMs: n = 15e3, maxBytes: r = 1e6 } = {}) {
	let i = new AbortController(), a = !1, o = setTimeout(() => {
		a = !0, i.abort();
	}, n), s = () => {
		clearTimeout(o), i.abort(t?.reason);
	};
	t?.aborted && s(), t?.addEventListener("abort", s);
	try {
		let t = await fetch(e, {
			signal: i.signal,
			credentials: "omit",
			headers: { Accept: "application/json" }
		});
		if (!t.ok) throw new z(t.status, B(t.headers.get("Retry-After")), e);
		if (Number(t.headers.get("Content-Length")) > r) throw V(e, r);
		let n = await U(t, e, r);
		try {
			return JSON.parse(n);
		} catch {
			let t = n.slice(0, 40).replace(/\s+/g, " ").trim();
			throw Error(`response from ${e} is not JSON: "${t}${n.length > 40 ? "…" : ""}"`);
		}
	} catch (t) {
		if (!a) throw t;
		let r = /* @__PURE__ */ Error(`request to ${e} timed out after ${n / 1e3} s`);
		throw r.name = "TimeoutError", r;
	} finally {
		clearTimeout(o), t?.removeEventListener("abort", s), i.abort();
	}
}
async function U(e, t, n) {
	let r = e.body?.getReader();
	if (!r) return "";
	let i = new TextDecoder(), a = "", o = 0;
	for (;;) {
		let { done: e, value: s } = await r.read();
		if (e) return a + i.decode();
		if (o += s.byteLength, o > n) throw V(t, n);
		a += i.decode(s, { stream: !0 });
	}
}
// src/snapshot-cache.ts
var W = "fx-ticker:";
function G(e) {
	try {
		let t = localStorage.getItem(W + e);
		return t ? se(JSON.parse(t)) : void 0;
	} catch {
		return;
	}
}
function K(e, t) {
	try {
		localStorage.setItem(W + e, JSON.stringify(t));
	} catch {}
}
function se(e) {
	let { provider: r } = e;
	if (!a(r)) return;
	let i = {
		snapshot: n(e.snapshot),
		provider: r,
		missing: Array.isArray(e.missing) ? e.missing.filter(t) : []
	}, o = ce(e.attribution);
	return o && (i.attribution = o), i;
}
function ce(e) {
	let { text: t, href: n } = e ?? {};
	if (typeof t == "string" && typeof n == "string" && /^https:\/\//.test(n)) return {
		text: t.slice(0, 200),
		href: n
	};
}
// src/poller.ts
var q = {
	defaultIntervalSeconds: 300,
	timeoutMs: 15e3,
	maxBytes: 1e6,
	firstRetryMs: 5e3,
	maxRetryMs: 9e5,
	jitter: .2,
	maxRetryAfterMs: 36e5,
	random: Math.random
}, le = 2 ** 31 - 1, J = /* @__PURE__ */ new Map(), ue = ({ source: e, provider: t, base: n, symbols: r }) => [
	e ?? "",
	t,
	n,
	r.join(",")
].join("|");
function de(e, t) {
	let n = Math.min(t, q.maxRetryMs), r = Math.min(q.firstRetryMs * 2 ** (e - 1), n);
	return Math.round(r * (1 - q.jitter * q.random()));
}
function fe(e, t) {
	let n = ue(e), r = J.get(n);
	r || J.set(n, r = pe(n, e));
	let i = {
		watcher: t,
		intervalSeconds: t.intervalSeconds
	}, a = r, o = !0;
	return a.add(i), {
		refresh: () => o ? a.refresh() : Promise.resolve(),
		setInterval(e) {
			i.intervalSeconds = e, o && a.retime();
		},
		close() {
			o && a.remove(i), o = !1;
		}
	};
}
function pe(e, t) {
	let n = /* @__PURE__ */ new Set(), i = G(e), a = "cache", s, c = 0, l, u = 0, d, f, p, m = () => {
		let e = Infinity;
		for (let { intervalSeconds: t } of n) t > 0 && (e = Math.min(e, t));
		return Math.max(10, e < Infinity ? e : q.defaultIntervalSeconds) * 1e3;
	}, h = (e, t) => {
		if (n.has(e)) try {
			t(e.watcher);
		} catch (e) {
			console.error(e);
		}
	}, g = (e) => {
		for (let t of [...n]) h(t, e);
	}, _ = () => {
		if (clearTimeout(d), d = void 0, p || n.size === 0 || document.visibilityState === "hidden") return;
		let e = u - Date.now();
		e <= 0 ? x() : d = setTimeout(_, Math.min(e, le));
	}, v = (t, n) => {
		let r = {
			...t,
			snapshot: o(i?.snapshot, t.snapshot)
		}, d = a === "network" && !s;
		c = 0, s = void 0, l = n, u = n + m(), d && JSON.stringify(r) === JSON.stringify(i) || (i = r, a = "network", K(e, r), g((e) => e.onData(r, "network")));
	}, y = (e) => {
		let t = e instanceof Error ? e : Error(String(e)), { status: n, retryAfterMs: r } = t, i = de(++c, m());
		(n === 429 || n === 503) && r !== void 0 && (i = Math.max(i, Math.min(r, q.maxRetryAfterMs))), s = t, u = Date.now() + i, g((e) => e.onError(t, i));
	}, b = (e) => f ? H(e, {
		signal: f.signal,
		timeoutMs: q.timeoutMs,
		maxBytes: q.maxBytes
	}) : Promise.reject(new DOMException("The rates poller stopped", "AbortError")), x = () => p = S();
	async function S() {
		clearTimeout(d), d = void 0, f?.abort();
		let e = f = new AbortController(), n = Date.now(), i = {
			base: t.base,
			symbols: t.symbols,
			now: new Date(n)
		};
		try {
			let a = await r(b, {
				source: t.source,
				provider: t.provider,
				query: i
			});
			f === e && v(a, n);
		} catch (t) {
			f === e && y(t);
		} finally {
			f === e && (f = p = void 0, _());
		}
	}
	let C = () => _(), w = () => {
		s && (u = 0, _());
	};
	document.addEventListener("visibilitychange", C), window.addEventListener("online", w);
	let T = {
		add(e) {
			n.add(e), queueMicrotask(() => {
				let [t, n] = [i, s];
				t && h(e, (e) => e.onData(t, a)), n && h(e, (e) => e.onError(n, Math.max(0, u - Date.now())));
			}), T.retime();
		},
		remove(t) {
			if (n.delete(t), n.size > 0) return T.retime();
			clearTimeout(d), f?.abort(), f = p = d = void 0, document.removeEventListener("visibilitychange", C), window.removeEventListener("online", w), J.get(e) === T && J.delete(e);
		},
		retime() {
			s || (u = (l ?? -Infinity) + m()), _();
		},
		refresh: () => p ?? x()
	};
	return T;
}
// src/fx-ticker.ts
var Y, me = ["auto", ...i], X = class extends l {
	constructor(...e) {
		super(...e), this.provider = "auto", this.base = "USD", this.symbols = "KGS KZT TJS UZS TMT", this.interval = 300, this.speed = 40, this.inverse = !1, this.digits = 4, this.theme = "auto", this.label = w, this.paused = !1, this.items = [], this.subscriptionKey = "", this.warned = /* @__PURE__ */ new Set(), this.marquee = new E(this, () => ({
			speed: this.effective("speed", ne(this.speed)),
			direction: this.scrollDirection,
			rtl: this.isRtl,
			paused: this.paused
		}), () => {
			let e = this.renderRoot, t = e.querySelector(".viewport"), n = e.querySelector(".track"), r = e.querySelector("[role=\"list\"]");
			return t && n && r ? {
				viewport: t,
				track: n,
				firstSet: r
			} : void 0;
		});
	}
	static define(e = "fx-ticker", t = customElements) {
		if (!t.get(e)) try {
			t.define(e, this);
		} catch {
			t.define(e, class extends this {});
		}
	}
	connectedCallback() {
		super.connectedCallback(), document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => this.readInlineJson(), { once: !0 }) : this.readInlineJson(), this.subscribe();
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this.subscription?.close(), this.subscription = void 0, this.subscriptionKey = "";
	}
	async refresh() {
		this.isOffline && this.readInlineJson(), await this.subscription?.refresh();
	}
	willUpdate(e) {
		e.has("rates") && this.rates !== void 0 && this.showInput(this.rates, "rates property"), this.isConnected && this.subscribe(), this.subscription?.setInterval(this.effective("interval", F(this.interval))), this.items = this.shown ? this.itemViews(this.shown.snapshot) : [];
	}
	render() {
		let e = this.messages, t = `ticker ${this.effective("theme", ae(this.theme))}${this.marquee.isStatic ? " static" : ""}`, n = this.label === w ? e.label : this.label || e.label;
		return d`<div class=${t}>
      ${this.marquee.isStatic ? f : d`<button
            part="control"
            type="button"
            aria-label=${e.pause}
            title=${e.pause}
            aria-pressed=${this.paused ? "true" : "false"}
            @click=${this.togglePaused}
          >
            ${this.paused ? ge : he}
          </button>`}
      <div
        class="viewport"
        role=${this.marquee.isStatic ? "region" : f}
        tabindex=${this.marquee.isStatic ? "0" : f}
        aria-label=${this.marquee.isStatic ? n : f}
      >
        ${this.items.length === 0 ? d`<slot></slot>` : d`<div class="track">
              <ul class="set" role="list" aria-label=${n}>
                ${this.items.map((e) => Z(e, !0))}
              </ul>
              ${Array.from({ length: this.marquee.copies }, () => d`<ul class="set" aria-hidden="true" inert>
                  ${this.items.map((e) => Z(e, !1))}
                </ul>`)}
            </div>`}
      </div>
      ${this.renderStatus(e)}
    </div>`;
	}
	renderStatus(e) {
		let t = this.shown, n = t?.snapshot.asOf ? this.formatDate(t.snapshot.asOf) : void 0, r = this.confirmedAt === void 0 ? n : this.formatDate(new Date(this.confirmedAt).toISOString()), i = !this.failure && !t?.stale ? "" : t ? e.stale(r) : e.unavailable, a = t?.attribution;
		return d`<p part="status">
      ${n && !i ? d`<span class="as-of">${e.asOf(n)}</span>` : f}
      <span class="note" role="status">${i}</span>
      ${a ? d`<a href=${a.href} target="_blank" rel="noopener noreferrer">${a.text}</a>` : f}
    </p>`;
	}
	togglePaused() {
		this.paused = !this.paused;
	}
	get messages() {
		return C(this.effectiveLocale);
	}
	get effectiveLocale() {
		let e = this.closest("[lang]")?.getAttribute("lang") || navigator.language || "en";
		return this.effective("locale", L(this.locale, e));
	}
	get isRtl() {
		return getComputedStyle(this).direction === "rtl";
	}
	get scrollDirection() {
		return this.effective("direction", oe(this.direction, this.isRtl));
	}
	get isOffline() {
		return this.source?.trim().toLowerCase() === "none";
	}
	effective(e, t) {
		if (t.invalid) {
			let n = this[e];
			this.warnOnce(`${e}=${String(n)}`, `<fx-ticker>: invalid ${e}="${String(n)}"; using ${String(t.value)}.`);
		}
		return t.value;
	}
	warnOnce(e, t) {
		this.warned.has(e) || (this.warned.add(e), console.warn(t));
	}
	get symbolList() {
		return this.effective("symbols", M(this.symbols));
	}
	get baseCurrency() {
		return this.effective("base", N(this.base));
	}
	subscribe() {
		let e = this.effective("provider", I(this.provider, me, "auto")), t = {
			source: this.source?.trim() || void 0,
			provider: e,
			base: this.baseCurrency,
			symbols: this.symbolList
		}, n = this.isOffline ? "none" : JSON.stringify(t);
		n !== this.subscriptionKey && (this.subscription?.close(), this.subscription = void 0, this.subscriptionKey = n, this.isOffline || (this.subscription = fe(t, {
			intervalSeconds: this.effective("interval", F(this.interval)),
			onData: (e, t) => this.showLoaded(e, t === "cache"),
			onError: (e) => this.fail(e)
		})));
	}
	readInlineJson() {
		let e = this.querySelector(":scope > script[type=\"application/json\"]");
		if (e?.textContent) try {
			this.showInput(JSON.parse(e.textContent), "inline JSON");
		} catch (e) {
			this.fail(new c(`inline JSON: ${e.message}`));
		}
	}
	showInput(e, t) {
		try {
			let r = s(n(e), this.baseCurrency);
			if (!r) throw new c(`${t}: no rate for the base ${this.baseCurrency}`);
			this.show({
				snapshot: r,
				stale: !1
			});
		} catch (e) {
			let n = e instanceof Error ? e.message : String(e);
			this.fail(e instanceof c ? e : new c(`${t}: ${n}`));
		}
	}
	showLoaded(e, t) {
		if (e.missing.length > 0) {
			let t = e.missing.join(" ");
			this.warnOnce(`missing=${t}`, `<fx-ticker>: the source has no rate for ${t}; skipped.`);
		}
		t && this.shown || this.show({
			snapshot: e.snapshot,
			attribution: e.attribution,
			stale: t
		});
	}
	show(e) {
		let t = this.shown, n = !t || !_e(t.snapshot, e.snapshot), r = !e.stale && (this.failure !== void 0 || t?.stale === !0);
		e.stale || (this.failure = void 0, this.confirmedAt = Date.now()), (n || r) && (this.shown = e, this.emit("fx-ticker-update", { snapshot: e.snapshot }));
	}
	fail(e) {
		this.failure = e, this.emit("fx-ticker-error", {
			error: e,
			stale: this.shown !== void 0
		});
	}
	emit(e, t) {
		this.dispatchEvent(new CustomEvent(e, {
			detail: t,
			bubbles: !0,
			composed: !0
		}));
	}
	itemViews(e) {
		let t = this.effectiveLocale, n = C(t), r = this.inverse, i = {
			locale: t,
			digits: this.effective("digits", re(this.digits)),
			decimals: this.effective("decimals", ie(this.decimals))
		}, a = $(t), o = [];
		for (let s of this.symbolList) {
			let c = p(e, s, r);
			if (!c) continue;
			let [l, u] = r ? [c.base, s] : [s, c.base], d = g(c.value, i), f = c.changePercent === void 0 ? void 0 : v(c.changePercent, t), m = f ? f.direction === "flat" ? n.unchanged : f.direction === "up" ? n.up(f.text.replace(/^[+\u2212]/, "")) : n.down(f.text.replace(/^[+\u2212]/, "")) : void 0, h = [
				n.pair(a.of(l) ?? l, a.of(u) ?? u),
				d,
				m
			].filter(Boolean).join(", ");
			o.push({
				symbol: s,
				pair: `${l}/${u}`,
				rate: d,
				change: f,
				phrase: h
			});
		}
		return o;
	}
	formatDate(e) {
		let t = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(e) ? {
			dateStyle: "medium",
			timeZone: "UTC"
		} : {
			dateStyle: "medium",
			timeStyle: "short"
		};
		return new Intl.DateTimeFormat(this.effectiveLocale, t).format(new Date(e));
	}
};
Y = X, Y.styles = y, Y.properties = {
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
function Z(e, t) {
	return d`<li part="item item-${e.symbol}" data-symbol=${e.symbol} role=${t ? "listitem" : f}>
    <span part="pair" aria-hidden="true">${e.pair}</span>
    <span part="rate" aria-hidden="true">${e.rate}</span>
    ${e.change ? d`<span part="change ${e.change.direction}" aria-hidden="true">${e.change.text}</span>` : f}
    ${t ? d`<span class="visually-hidden">${e.phrase}</span>` : f}
  </li>`;
}
var he = d`<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="2" width="3.5" height="12" /><rect x="9.5" y="2" width="3.5" height="12" /></svg>`, ge = d`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z" /></svg>`, Q = /* @__PURE__ */ new Map();
function $(e) {
	let t = Q.get(e);
	return t || (t = new Intl.DisplayNames(e, {
		type: "currency",
		fallback: "code"
	}), Q.set(e, t)), t;
}
function _e(e, t) {
	let n = (e, t) => {
		if (!e || !t) return e === t;
		let n = Object.keys(e);
		return n.length === Object.keys(t).length && n.every((n) => e[n] === t[n]);
	};
	return e.base === t.base && e.asOf === t.asOf && e.source === t.source && n(e.rates, t.rates) && n(e.previous, t.previous);
}
export { X as t };
