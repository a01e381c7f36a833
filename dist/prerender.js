import { a as e, i as t, n, r, t as i } from "./chunks/fx-ticker.js";
import { D as a, M as o, O as s, m as c, n as l, o as u, u as d } from "./chunks/providers.js";
import { html as f } from "lit";
import { createHash as p } from "node:crypto";
import { render as m } from "@lit-labs/ssr";
import { collectResultSync as h } from "@lit-labs/ssr/lib/render-result.js";
import { html as g, parse as _ } from "parse5";
// src/prerender.ts
var v = "data-prerendered", y = "fx-ticker", b = "fx-ticker-prerendered", x = ":host(:not(:defined)) [part=control]{visibility:hidden}:host(:not(:defined)) :not(.static)>.viewport{overflow-x:auto;scrollbar-width:none}@media (prefers-reduced-motion:reduce){:host(:not(:defined)) [part=control]{display:none}:host(:not(:defined)) :not(.static)>.viewport{scrollbar-width:auto}}";
async function S(e, t = {}) {
	return F(e, await N([e], t)).html;
}
var C = (e, t) => e.attrs.find((e) => e.name === t)?.value, w = (e) => "tagName" in e;
function T(e) {
	let t = [], n = (e, r, i) => {
		if (w(e) || "childNodes" in e) {
			if (w(e)) {
				let n = C(e, "lang");
				n !== void 0 && (r = n.trim() || void 0);
				let a = C(e, "dir")?.trim().toLowerCase();
				if ((a === "rtl" || a === "ltr") && (i = a === "rtl"), e.tagName === y && e.namespaceURI === g.NS.HTML) {
					t.push(E(e, r, i));
					return;
				}
			}
			for (let t of e.childNodes ?? []) n(t, r, i);
		}
	};
	return n(_(e, { sourceCodeLocationInfo: !0 }), void 0, !1), t;
}
function E(e, t, n) {
	let r = new Set(i.observedAttributes), a = [], o;
	for (let t of e.childNodes) w(t) && (t.tagName === "template" && C(t, "shadowrootmode") !== void 0 ? a.push(t) : t.tagName === "script" && C(t, "type") === "application/json" && (C(t, v) === void 0 ? o === void 0 && (o = t.childNodes.map((e) => "value" in e ? e.value : "").join("")) : a.push(t)));
	return {
		element: e,
		attributes: e.attrs.filter(({ name: e }) => r.has(e)).map(({ name: e, value: t }) => [e, t]),
		lang: t,
		rtl: n,
		ownJson: o,
		earlier: a
	};
}
var D = (e) => O(e, "source")?.trim().toLowerCase() === "none", O = (e, t) => e.attributes.find(([e]) => e === t)?.[1];
function k(e) {
	if (O(e, "official") === void 0) return !1;
	let t = O(e, "source")?.trim() || void 0, n = r(O(e, "provider"), ["auto", ...l], "auto").value;
	return d(t, n).provider === "frankfurter";
}
var A = (e) => D(e) && e.ownJson !== void 0, j = (e) => t(O(e, "symbols")).value, M = (e) => n(O(e, "base")).value;
async function N(e, t = {}) {
	let { source: n, provider: r = "auto", now: i = /* @__PURE__ */ new Date(), getJson: a = P } = t, o = d(n, r).provider === "frankfurter", s = {
		rates: [],
		official: []
	};
	for (let n of e) for (let e of T(n)) A(e) || s[o && (t.official || k(e)) ? "official" : "rates"].push(e);
	let l = { loads: [] };
	for (let e of ["rates", "official"]) {
		let t = s[e];
		if (!t.length) continue;
		let o = t.map(M), d = o.sort((e, t) => o.filter((e) => e === t).length - o.filter((t) => t === e).length)[0], f = [...new Set(t.flatMap((e) => [...j(e), M(e)]))].filter((e) => e !== d), p = {
			base: d,
			symbols: f.length ? f : [d === "USD" ? "EUR" : "USD"],
			now: i
		}, m = e === "official" ? await c(a, {
			source: n,
			query: p
		}) : await u(a, {
			source: n,
			provider: r,
			query: p
		});
		l[e] = m.snapshot, l.loads.push(m);
	}
	return l;
}
var P = async (e) => {
	let t = await fetch(e, {
		signal: AbortSignal.timeout(3e4),
		headers: { accept: "application/json" }
	});
	if (!t.ok) throw Error(`${e}: HTTP ${t.status}`);
	return t.json();
};
function F(e, t) {
	let n = [], r = [], i = /* @__PURE__ */ new Set(), a = T(e), o = 0;
	a.forEach((e, a) => {
		let s = e.element.sourceCodeLocation, c = `<fx-ticker> ${a + 1} (line ${s?.startLine ?? "?"})`;
		if (!s?.startTag || !s.endTag) {
			n.push(`${c} has no </fx-ticker>: left as it was`);
			return;
		}
		let l = A(e), u = l ? I(e, c) : L(e, t, c, n);
		e.lang === void 0 && O(e, "locale") === void 0 && n.push(`${c}: no lang on the page and no locale: drawn in English; a reader whose browser is set to another language sees the words change when the script takes over (set lang on <html>, or locale on the element)`);
		let d = V(e, u, c, n);
		i.add(d.styleHash);
		let f = l ? "" : `<script type="application/json" ${v}>${R(u)}<\/script>`;
		r.push({
			start: s.startTag.endOffset,
			end: s.startTag.endOffset,
			text: d.html + f
		});
		for (let t of e.earlier) {
			let { startOffset: e, endOffset: n } = t.sourceCodeLocation;
			r.push({
				start: e,
				end: n,
				text: ""
			});
		}
		o += 1;
	}), r.sort((e, t) => e.start - t.start || e.end - t.end);
	let s = "", c = 0;
	for (let { start: t, end: n, text: i } of r) s += e.slice(c, t) + i, c = n;
	return s += e.slice(c), {
		html: s,
		tickers: o,
		warnings: n,
		styleHash: [...i][0]
	};
}
function I(e, t) {
	try {
		return o(JSON.parse(e.ownJson));
	} catch (e) {
		throw new s(`${t}: its inline JSON cannot be shown (${e.message})`);
	}
}
function L(e, t, n, r) {
	let i = k(e) ? t.official ?? t.rates : t.rates ?? t.official;
	if (!i) throw new s(`${n}: no rates given to draw it with`);
	let c = j(e), l;
	try {
		l = a("feed", o(i), {
			base: M(e),
			symbols: c,
			now: /* @__PURE__ */ new Date()
		});
	} catch (e) {
		throw new s(`${n}: ${e.message}`);
	}
	l.missing.length && r.push(`${n}: no rate for ${l.missing.join(" ")}; not shown`);
	let { history: u, ...d } = l.snapshot;
	return O(e, "trend") === void 0 || !u ? d : {
		...d,
		history: u
	};
}
var R = (e) => JSON.stringify(e).replace(/</g, "\\u003c"), z = /* @__PURE__ */ new WeakMap(), B = class extends i {
	#e;
	set place(e) {
		this.#e = e, this.addEventListener("fx-ticker-error", (t) => e.problems.push(t.detail.error.message));
		for (let [t, n] of e.attributes) this.setAttribute(t, n), this.attributeChangedCallback(t, null, n);
		this.rates = e.rates;
	}
	addController(t) {
		super.addController(t), t instanceof e && z.set(this, t);
	}
	willUpdate(e) {
		super.willUpdate(e), z.get(this)?.hostUpdate();
	}
	closest() {
		let e = this.#e?.lang;
		return { getAttribute: () => e };
	}
	matches(e) {
		return e === ":dir(rtl)" && !!this.#e?.rtl;
	}
};
function V(e, t, n, r) {
	customElements.get(b) || customElements.define(b, B);
	let i = {
		attributes: e.attributes,
		lang: e.lang ?? "en",
		rtl: e.rtl,
		rates: t,
		problems: []
	}, a = console.warn, o;
	console.warn = (...e) => r.push(`${n}: ${e.join(" ").replace(/^<fx-ticker>: /, "")}`);
	try {
		o = h(m(f`<fx-ticker-prerendered .place="${i}"></fx-ticker-prerendered>`));
	} finally {
		console.warn = a;
	}
	if (i.problems.length) throw new s(`${n}: nothing to show (${i.problems.join("; ")})`);
	let c = o.indexOf(">", o.indexOf("<template")) + 1, l = o.slice(c, o.lastIndexOf("</template>")).replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, "").replace("</style>", `${x}</style>`), u = l.slice(l.indexOf("<style>") + 7, l.indexOf("</style>"));
	return {
		html: `<template shadowrootmode="open">${l}</template>`,
		styleHash: `'sha256-${p("sha256").update(u, "utf8").digest("base64")}'`
	};
}
export { N as loadRatesFor, S as prerender, F as prerenderPage };
