// src/snapshot.ts
var e = /^[A-Z]{3}$/, t = (t) => typeof t == "string" && e.test(t), n = (e) => typeof e == "number" && Number.isFinite(e) && e > 0, r = class extends Error {
	constructor(...e) {
		super(...e), this.name = "RatesFormatError";
	}
}, i = (e) => typeof e == "object" && !!e && !Array.isArray(e);
function a(e) {
	let r = Object.create(null);
	if (!i(e)) return r;
	for (let i of Object.keys(e)) {
		let a = e[i];
		t(i) && n(a) && (r[i] = a);
	}
	return r;
}
var o = 200, s = (e) => typeof e == "string" && e.trim() ? e.trim().slice(0, o) : void 0;
function c(e) {
	if (!i(e)) throw new r("feed: expected a JSON object");
	if (!t(e.base)) throw new r("feed: \"base\" must be an ISO 4217 code");
	if (!i(e.rates)) throw new r("feed: \"rates\" must be an object");
	let n = a(e.rates);
	if (Object.keys(n).length === 0) throw new r("feed: no usable rate in \"rates\"");
	let o = {
		base: e.base,
		rates: n
	}, c = a(e.previous);
	Object.keys(c).length > 0 && (o.previous = c);
	let l = s(e.asOf);
	l && !Number.isNaN(Date.parse(l)) && (o.asOf = l);
	let u = s(e.source);
	return u && (o.source = u), o;
}
function l(e, t) {
	if (e.base === t) return e;
	let r = (r) => {
		let i = r?.[t];
		if (!r || !n(i)) return;
		let a = Object.create(null);
		for (let t of Object.keys(r)) {
			let o = t === e.base ? 1 / i : r[t] / i;
			n(o) && (a[t] = o);
		}
		return a[e.base] = 1 / i, delete a[t], a;
	}, i = r(e.rates);
	if (!i) return;
	let a = {
		...e,
		base: t,
		rates: i
	}, o = r(e.previous);
	return o ? a.previous = o : delete a.previous, a;
}
// src/providers/dates.ts
var u = /^(\d{4})-(\d{2})-(\d{2})$/, d = /^(\d{2})\.(\d{2})\.(\d{4})$/, f = 864e5, p = (e) => e.toISOString().slice(0, 10);
function m(e) {
	if (typeof e != "string") return !1;
	let t = u.exec(e);
	if (!t) return !1;
	let n = new Date(Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3])));
	return !Number.isNaN(n.getTime()) && p(n) === e;
}
function h(e, t) {
	return p(new Date(Date.parse(`${e}T00:00:00Z`) + t * f));
}
function ee(e) {
	if (typeof e != "string") return;
	let t = d.exec(e.trim());
	if (!t) return;
	let n = `${t[3]}-${t[2]}-${t[1]}`;
	return m(n) ? n : void 0;
}
function g(e) {
	if (typeof e != "string" || e.length > 40) return;
	let t = e.trim();
	if (/^\d{4}-\d{2}-\d{2}/.test(t) && !Number.isNaN(Date.parse(t))) return t;
}
// src/providers/numbers.ts
var te = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/, ne = /[\s\u00a0\u202f\u2009']/g;
function _(e) {
	if (typeof e == "number") return Number.isFinite(e) ? e : void 0;
	if (typeof e != "string" || e.length > 64) return;
	let t = e.replace(ne, ""), n = t.lastIndexOf(","), r = t.lastIndexOf(".");
	if (n >= 0 && r >= 0) t = n > r ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
	else if (n >= 0) {
		if (t.indexOf(",") !== n) return;
		t = t.replace(",", ".");
	}
	if (!te.test(t)) return;
	let i = Number(t);
	return Number.isFinite(i) ? i : void 0;
}
function v(e) {
	let t = _(e);
	return n(t) ? t : void 0;
}
// src/providers/select.ts
var y = () => Object.create(null), b = (e) => typeof e == "object" && !!e && !Array.isArray(e), re = (e, t) => Object.hasOwn(e, t) ? e[t] : void 0;
function x(e) {
	let t = /* @__PURE__ */ new Set();
	for (let n of e) {
		let e = String(n).trim().toUpperCase();
		e && t.add(e);
	}
	return [...t];
}
function S(e, t) {
	let r = e[t];
	if (!n(r)) return;
	let i = y();
	for (let t of Object.keys(e)) {
		let a = r / e[t];
		n(a) && (i[t] = a);
	}
	return i;
}
function C(e, t, n) {
	let i = l(t, n);
	if (!i) throw new r(`${e}: ${n} is not quoted, so nothing can be expressed per ${n}`);
	return i;
}
function w(e, i, a) {
	let o = i.base, s = x(a.symbols), c = s.length > 0 ? s : Object.keys(i.rates).filter((e) => e !== o), l = y(), u = y(), d = [];
	for (let e of c) if (!t(e)) d.push(e);
	else if (e === o) l[e] = 1, i.previous && (u[e] = 1);
	else if (n(i.rates[e])) {
		l[e] = i.rates[e];
		let t = i.previous?.[e];
		n(t) && (u[e] = t);
	} else d.push(e);
	if (Object.keys(l).length === 0) throw new r(`${e}: no usable rate for ${c.length > 0 ? c.join(", ") : "any currency"} against ${o}`);
	let f = {
		base: o,
		rates: l
	};
	return i.asOf && (f.asOf = i.asOf), Object.keys(u).length > 0 && (f.previous = u), i.source && (f.source = i.source), {
		snapshot: f,
		missing: d
	};
}
function T({ base: e, asOf: t, rates: n, previous: r, source: i }) {
	return {
		base: e,
		...t ? { asOf: t } : {},
		rates: n,
		...r && Object.keys(r).length > 0 ? { previous: r } : {},
		...i ? { source: i } : {}
	};
}
var ie = "Central Bank of Russia", E = "RUB";
function D(e, n) {
	if (!b(e) || !b(e.Valute)) throw new r("cbr: expected {\"Date\": …, \"Valute\": {\"USD\": {\"Nominal\", \"Value\", \"Previous\"}, …}}");
	let i = e.Valute, a = y(), o = y();
	a[E] = 1, o[E] = 1;
	for (let e of Object.keys(i)) {
		let n = i[e];
		if (!b(n)) continue;
		let r = t(n.CharCode) ? n.CharCode : e;
		if (!t(r) || r === E) continue;
		let s = v(n.Nominal), c = v(n.Value);
		if (s === void 0 || c === void 0) continue;
		a[r] = c / s;
		let l = v(n.Previous);
		l !== void 0 && (o[r] = l / s);
	}
	let s = n.base.toUpperCase(), c = S(a, s);
	if (!c) throw new r(`cbr: ${s} is not quoted, so nothing can be expressed per ${s}`);
	let l = {
		base: s,
		asOf: g(e.Date),
		rates: c,
		source: ie
	}, u = S(o, s);
	u && (l.previous = u);
	let { snapshot: d, missing: f } = w("cbr", l, n);
	return {
		snapshot: T(d),
		provider: "cbr",
		missing: f
	};
}
var O = "Central Bank of Uzbekistan", k = "UZS";
function A(e, n) {
	if (!Array.isArray(e)) throw new r("cbu: expected a JSON array of {\"Ccy\", \"Nominal\", \"Rate\", \"Diff\", \"Date\"} rows");
	let i = y(), a = y(), o = /* @__PURE__ */ new Map();
	i[k] = 1, a[k] = 1;
	for (let n of e) {
		if (!b(n)) continue;
		let e = n.Ccy;
		if (!t(e) || e === k || e in i) continue;
		let r = v(n.Nominal), s = v(n.Rate);
		if (r === void 0 || s === void 0) continue;
		i[e] = s / r;
		let c = _(n.Diff), l = c === void 0 ? void 0 : v(s - c);
		l !== void 0 && (a[e] = l / r);
		let u = ee(n.Date);
		u && o.set(e, u);
	}
	let s = n.base.toUpperCase(), c = S(i, s);
	if (!c) throw new r(`cbu: ${s} is not quoted, so nothing can be expressed per ${s}`);
	let l = {
		base: s,
		rates: c,
		source: O
	}, u = S(a, s);
	u && (l.previous = u);
	let { snapshot: d, missing: f } = w("cbu", l, n), p = [s, ...Object.keys(d.rates)].map((e) => o.get(e) ?? "").reduce((e, t) => t > e ? t : e, "");
	return {
		snapshot: T({
			...d,
			asOf: p || void 0
		}),
		provider: "cbu",
		missing: f
	};
}
// src/providers/currency-api.ts
var ae = "currency-api (fawazahmed0/exchange-api)", oe = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${encodeURIComponent(e.toLowerCase())}.min.json`, j = /@(?:latest|\d{4}-\d{2}-\d{2})(?=\/)/, M = /^(https?:\/\/)(?:latest|\d{4}-\d{2}-\d{2})(\.currency-api\.pages\.dev\/)/;
function N(e, t) {
	if (!m(t)) return;
	let n = h(t, -1);
	if (j.test(e)) return e.replace(j, `@${n}`);
	if (M.test(e)) return e.replace(M, `$1${n}$2`);
}
var se = /^[a-z]{3}$/;
function ce(e, t) {
	let n = Object.keys(e).filter((t) => se.test(t) && b(e[t])), r = t.toLowerCase();
	return n.includes(r) ? r : n.length === 1 ? n[0] : void 0;
}
function P(e, n) {
	if (!b(e) || !m(e.date)) throw new r("currency-api: expected {\"date\": \"YYYY-MM-DD\", \"<base>\": {…}}");
	let i = ce(e, n);
	if (!i) throw new r(`currency-api: expected one lower-case currency table such as "${n.toLowerCase()}"`);
	let a = re(e, i), o = y();
	for (let e of Object.keys(a)) {
		let n = e.toUpperCase(), r = v(a[e]);
		t(n) && r !== void 0 && (o[n] = r);
	}
	return {
		base: i.toUpperCase(),
		asOf: e.date,
		rates: o,
		source: ae
	};
}
function F(e, t, n) {
	let r = t.base.toUpperCase(), i = P(e, r), a = C("currency-api", i, r), o = n === void 0 ? void 0 : le(n, i.asOf, r), { snapshot: s, missing: c } = w("currency-api", o ? {
		...a,
		previous: o
	} : a, t);
	return {
		snapshot: T(s),
		provider: "currency-api",
		missing: c
	};
}
function le(e, t, n) {
	try {
		let r = P(e, n);
		return r.asOf < t ? l(r, n)?.rates : void 0;
	} catch {
		return;
	}
}
// src/providers/detect.ts
var I = "feed {\"base\", \"rates\"}; frankfurter [{\"date\", \"base\", \"quote\", \"rate\"}]; currency-api {\"date\", \"<base>\": {…}}; er-api {\"result\", \"base_code\", \"rates\"}; cbr {\"Date\", \"Valute\": {…}}; cbu [{\"Ccy\", \"Nominal\", \"Rate\", \"Diff\", \"Date\"}]", ue = /^[a-z]{3}$/;
function L(e) {
	if (Array.isArray(e)) {
		let t = e.find(b);
		return b(t) ? "quote" in t && "rate" in t && "date" in t ? "frankfurter" : "Ccy" in t && "Rate" in t ? "cbu" : void 0 : void 0;
	}
	if (b(e)) {
		if (b(e.Valute)) return "cbr";
		if (typeof e.result == "string" && ("base_code" in e || "error-type" in e)) return "er-api";
		if (t(e.base) && b(e.rates)) return "feed";
		if (typeof e.date == "string" && Object.keys(e).some((t) => ue.test(t) && b(e[t]))) return "currency-api";
	}
}
function R(e) {
	let t;
	try {
		t = new URL(e, "http://relative.invalid/");
	} catch {
		return;
	}
	let n = t.hostname.toLowerCase(), r = t.pathname, i = (e) => n === e || n.endsWith(`.${e}`);
	if (/\/v2\/rates\/?$/.test(r)) return "frankfurter";
	if (n === "cdn.jsdelivr.net" && r.includes("/@fawazahmed0/currency-api@") || i("currency-api.pages.dev")) return "currency-api";
	if (n === "open.er-api.com") return "er-api";
	if (i("cbr-xml-daily.ru") && r.includes("daily_json")) return "cbr";
	if (i("cbu.uz") && r.includes("/json")) return "cbu";
}
// src/providers/er-api.ts
var z = (e) => `https://open.er-api.com/v6/latest/${encodeURIComponent(e.toUpperCase())}`, B = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
}), V = /^[a-z0-9-]{1,40}$/i;
function H(e) {
	let t = _(e.time_last_update_unix);
	if (t !== void 0 && t > 0) {
		let e = /* @__PURE__ */ new Date(t * 1e3);
		if (!Number.isNaN(e.getTime())) return e.toISOString();
	}
	let n = typeof e.time_last_update_utc == "string" ? Date.parse(e.time_last_update_utc) : NaN;
	return Number.isNaN(n) ? void 0 : new Date(n).toISOString();
}
function U(e, n) {
	if (!b(e)) throw new r("er-api: expected a JSON object with \"result\" and \"rates\"");
	if (e.result === "error") {
		let t = e["error-type"];
		throw new r(`er-api: the source answered with an error (${typeof t == "string" && V.test(t) ? t : "unknown error"})`);
	}
	if (e.result !== "success") throw new r("er-api: expected \"result\": \"success\"");
	if (!t(e.base_code)) throw new r("er-api: \"base_code\" must be an ISO 4217 code");
	if (!b(e.rates)) throw new r("er-api: \"rates\" must be an object");
	let { snapshot: i, missing: o } = w("er-api", C("er-api", {
		base: e.base_code,
		asOf: H(e),
		rates: a(e.rates),
		source: B.text
	}, n.base.toUpperCase()), n);
	return {
		snapshot: T(i),
		provider: "er-api",
		missing: o,
		attribution: { ...B }
	};
}
// src/providers/feed.ts
function W(e, t) {
	let n = t.base.toUpperCase(), { snapshot: r, missing: i } = w("feed", C("feed", c(e), n), t);
	return {
		snapshot: T(r),
		provider: "feed",
		missing: i
	};
}
// src/providers/frankfurter.ts
var de = "https://api.frankfurter.dev/v2/rates", fe = "Frankfurter (national central banks)", pe = /* @__PURE__ */ new Set([
	"base",
	"quotes",
	"from"
]);
function G(e, n) {
	let r = e.indexOf("#"), i = r >= 0 ? e.slice(0, r) : e, a = i.indexOf("?"), o = a >= 0 ? i.slice(0, a) : i, s = (a >= 0 ? i.slice(a + 1) : "").split("&").filter((e) => e && !pe.has(he(e.split("=")[0]))), c = n.base.toUpperCase(), l = x(n.symbols).filter((e) => t(e) && e !== c && me(e)), u = [`base=${encodeURIComponent(c)}`];
	return l.length > 0 && u.push(`quotes=${l.join(",")}`), u.push(`from=${h(p(n.now), -14)}`), `${o}?${[...s, ...u].join("&")}`;
}
var K;
function me(e) {
	if (K === void 0) try {
		K = new Set(Intl.supportedValuesOf("currency"));
	} catch {
		K = null;
	}
	return K === null || K.has(e);
}
function he(e) {
	try {
		return decodeURIComponent(e.replace(/\+/g, " "));
	} catch {
		return e;
	}
}
function q(e, n) {
	if (!Array.isArray(e)) throw new r("frankfurter: expected a JSON array of {date, base, quote, rate} rows");
	let i = /* @__PURE__ */ new Map();
	for (let n of e) {
		if (!b(n)) continue;
		let { date: e, base: r, quote: a } = n, o = v(n.rate);
		if (!m(e) || !t(r) || !t(a) || a === r) continue;
		let s = i.get(r);
		s || i.set(r, s = /* @__PURE__ */ new Map());
		let c = s.get(a);
		c || s.set(a, c = []), c.push({
			date: e,
			rate: o
		});
	}
	if (i.size === 0) throw new r("frankfurter: no usable {date, base, quote, rate} row in the response");
	let a = n.base.toUpperCase(), o = i.has(a) ? a : i.keys().next().value, s = i.get(o), c = y(), l = y(), u = /* @__PURE__ */ new Map();
	for (let [e, t] of s) {
		let n = [...t].sort((e, t) => e.date < t.date ? 1 : e.date > t.date ? -1 : 0), r = n[0];
		if (r.rate === void 0) continue;
		let i = n.find((e) => e.date < r.date);
		c[e] = r.rate, u.set(e, r.date), i?.rate !== void 0 && (l[e] = i.rate);
	}
	let d = {
		base: o,
		rates: c,
		source: fe
	};
	Object.keys(l).length > 0 && (d.previous = l);
	let { snapshot: f, missing: p } = w("frankfurter", C("frankfurter", d, a), n), h = [...Object.keys(f.rates), o].map((e) => u.get(e) ?? "").reduce((e, t) => t > e ? t : e, "");
	return {
		snapshot: T({
			...f,
			asOf: h || void 0
		}),
		provider: "frankfurter",
		missing: p
	};
}
// src/providers/carry.ts
var ge = (e, t) => {
	let n = Object.keys(e);
	return n.length === Object.keys(t).length && n.every((n) => e[n] === t[n]);
};
function _e(e, t) {
	let n = e.asOf ? Date.parse(e.asOf) : NaN, r = t.asOf ? Date.parse(t.asOf) : NaN;
	return !Number.isNaN(n) && !Number.isNaN(r) ? n === r ? "same" : n < r ? "prior-older" : "prior-newer" : ge(e.rates, t.rates) ? "same" : "prior-older";
}
function ve(e, t) {
	if (!e || e.base !== t.base) return t;
	let r = _e(e, t), i = r === "same" ? e.previous : r === "prior-older" ? e.rates : void 0;
	if (!i) return t;
	let a = y(), o = !1;
	for (let e of Object.keys(t.rates)) {
		let r = t.previous?.[e];
		n(r) ? a[e] = r : Object.hasOwn(i, e) && n(i[e]) && (a[e] = i[e], o = !0);
	}
	return o ? T({
		...t,
		previous: a
	}) : t;
}
// src/providers/index.ts
var J = Object.freeze([
	"feed",
	"frankfurter",
	"currency-api",
	"er-api",
	"cbr",
	"cbu"
]), ye = de, Y = (e) => typeof e == "string" && J.includes(e), be = {
	feed: W,
	frankfurter: q,
	"currency-api": (e, t) => F(e, t),
	"er-api": U,
	cbr: D,
	cbu: A
};
function X(e, t, n) {
	switch (e) {
		case "frankfurter": return G(n ?? "https://api.frankfurter.dev/v2/rates", t);
		case "currency-api": return n ?? oe(t.base);
		case "er-api": return n ?? z(t.base);
		case "cbr": return n ?? "https://www.cbr-xml-daily.ru/daily_json.js";
		case "cbu": return n ?? "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
		case "feed":
			if (n) return n;
			throw new r("feed: a \"source\" URL is needed; the feed format has no public URL");
	}
}
function Z(e, t, n) {
	let i = t === "auto" ? L(e) : t;
	if (!i) throw new r(`unrecognised rates response; expected one of: ${I}`);
	if (!Y(i)) throw new r(`unknown provider "${String(i)}"`);
	return be[i](e, n);
}
var Q = /* @__PURE__ */ new WeakMap(), xe = 8;
async function Se(e, t) {
	let n = Q.get(e);
	if (n || Q.set(e, n = /* @__PURE__ */ new Map()), n.has(t)) return n.get(t);
	let r = await e(t);
	return n.size >= xe && n.delete(n.keys().next().value), n.set(t, r), r;
}
async function $(e, t, n, r) {
	let i = F(n, r), a = i.snapshot.asOf ? N(t, i.snapshot.asOf) : void 0;
	if (!a) return i;
	try {
		return F(n, r, await Se(e, a));
	} catch {
		return i;
	}
}
async function Ce(e, t) {
	let { source: n, query: i } = t, a;
	if (a = t.provider === "auto" ? n === void 0 ? "frankfurter" : R(n) : t.provider, !a) {
		let t = await e(n), r = Z(t, "auto", i);
		return r.provider === "currency-api" ? $(e, n, t, i) : r;
	}
	if (!Y(a)) throw new r(`unknown provider "${String(a)}"`);
	let o = X(a, i, n), s = await e(o);
	return a === "currency-api" ? $(e, o, s, i) : Z(s, a, i);
}
export { n as C, t as S, c as T, F as _, Z as a, _ as b, G as c, B as d, U as f, N as g, R as h, Ce as i, q as l, L as m, J as n, X as o, I as p, Y as r, ve as s, ye as t, W as u, A as v, l as w, r as x, D as y };
