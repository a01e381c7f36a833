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
var o = 200, s = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, c = (e) => typeof e == "string" && e.trim() ? e.trim().slice(0, o) : void 0;
function l(e) {
	if (!i(e)) throw new r("feed: expected a JSON object");
	if (!t(e.base)) throw new r("feed: \"base\" must be an ISO 4217 code");
	if (!i(e.rates)) throw new r("feed: \"rates\" must be an object");
	let n = a(e.rates);
	if (Object.keys(n).length === 0) throw new r("feed: no usable rate in \"rates\"");
	let o = {
		base: e.base,
		rates: n
	}, l = a(e.previous);
	Object.keys(l).length > 0 && (o.previous = l);
	let d = c(e.asOf);
	d && s.test(d) && !Number.isNaN(Date.parse(d)) && (o.asOf = d);
	let p = c(e.source);
	p && (o.source = p);
	let m = f(e.history);
	m && (o.history = m);
	let h = u(e.official, n);
	return h && (o.official = h), o;
}
function u(e, t) {
	if (!i(e)) return;
	let n = Object.create(null);
	for (let r of Object.keys(e)) {
		let i = e[r];
		r in t && typeof i == "string" && /^[A-Z]{2,8}$/.test(i) && (n[r] = i);
	}
	return Object.keys(n).length ? n : void 0;
}
var d = (e) => typeof e == "string" && e.length <= 40 && s.test(e) && !Number.isNaN(Date.parse(e));
function f(e) {
	if (!i(e)) return;
	let r = Object.create(null);
	for (let i of Object.keys(e)) {
		let a = e[i];
		if (!t(i) || !Array.isArray(a)) continue;
		let o = [], s = -Infinity;
		for (let e of a) {
			let [t, r] = Array.isArray(e) ? e : [], i = d(t) && n(r) ? Date.parse(t) : NaN;
			i > s && (o.push([t, r]), s = i);
		}
		o.length && (r[i] = o.slice(-64));
	}
	return Object.keys(r).length ? r : void 0;
}
function p(e, t) {
	if (e.base === t) return e;
	let r = (r) => {
		let i = r?.[t];
		if (!r || !n(i)) return;
		let a = {
			...r,
			[e.base]: 1
		}, o = Object.create(null);
		for (let e of Object.keys(a)) {
			let t = a[e] / i;
			n(t) && (o[e] = t);
		}
		return delete o[t], o;
	}, i = r(e.rates);
	if (!i) return;
	let a = {
		...e,
		base: t,
		rates: i
	};
	delete a.official;
	let o = r(e.previous);
	o ? a.previous = o : delete a.previous;
	let s = e.history && m(e.history, e.base, t);
	return s ? a.history = s : delete a.history, a;
}
function m(e, t, r) {
	let i = new Map(e[r]?.map(([e, t]) => [e, t]));
	if (!i.size) return;
	let a = Object.create(null), o = {
		...e,
		[t]: [...i.keys()].map((e) => [e, 1])
	};
	for (let e of Object.keys(o)) {
		if (e === r) continue;
		let t = [];
		for (let [r, a] of o[e]) {
			let e = a / i.get(r);
			n(e) && t.push([r, e]);
		}
		t.length && (a[e] = t);
	}
	return Object.keys(a).length ? a : void 0;
}
// src/providers/shared.ts
function h(e) {
	let t = typeof e == "number" ? e : NaN;
	if (typeof e == "string" && e.length <= 64) {
		let n = e.replace(/[\s']/g, "").replace(",", ".");
		/^[\d.e+-]+$/i.test(n) && (t = Number(n));
	}
	return Number.isFinite(t) ? t : NaN;
}
var g = (e) => new Date(e).toJSON() ?? void 0, _ = (e) => g(e)?.slice(0, 10), v = (e) => typeof e == "string" && /^\d{4}-\d\d-\d\d$/.test(e) && _(Date.parse(e)) === e;
function y(e, t, { base: i, symbols: a }) {
	let o = p(t, i);
	if (!o) throw new r(`${e}: no rate for the base ${i}`);
	o.rates[i] = 1, o.previous && (o.previous[i] = 1);
	let s = {}, c = {}, l = {}, u = {}, d = [], f = [];
	for (let e of a) {
		let r = o.rates[e], a = o.previous?.[e], p = o.history?.[e];
		if (n(r)) s[e] = r, n(a) && (c[e] = a), p && e !== i && (l[e] = p), o.official?.[e] && (u[e] = o.official[e]);
		else {
			d.push(e);
			let n = t.rates[e];
			f.push(`${e}: ${n === void 0 ? "not quoted" : `bad rate ${n}`}`);
		}
	}
	if (d.length === a.length) throw new r(`${e}: no usable rate for ${a.join(" ")} against ${i}`);
	let m = {
		base: i,
		rates: s
	};
	return o.asOf && (m.asOf = o.asOf), Object.keys(c).length > 0 && (m.previous = c), o.source && (m.source = o.source), Object.keys(l).length > 0 && (m.history = l), Object.keys(u).length > 0 && (m.official = u), {
		snapshot: m,
		provider: e,
		missing: d,
		skipped: f
	};
}
// src/providers/central-banks.ts
var b = "https://www.cbr-xml-daily.ru/daily_json.js", x = "https://cbu.uz/en/arkhiv-kursov-valyut/json/", S = "no-cache";
function C(e, t) {
	let n = h(e);
	return n > 0 ? n / h(t) : NaN;
}
function w(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = C(r, i), e.previous[n] = C(r, a));
}
function T(e, t) {
	let { Date: n, Valute: a } = i(e) ? e : {};
	if (!i(a)) throw new r("cbr: expected {Valute: {…}}");
	let o = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (o.asOf = g(Date.parse(n)));
	for (let e of Object.values(a)) i(e) && w(o, e.CharCode, e.Nominal, e.Value, e.Previous);
	return y("cbr", o, t);
}
function E(e, t) {
	if (!Array.isArray(e)) throw new r("cbu: expected [{Ccy, Nominal, Rate, Diff}]");
	let n = {
		base: "UZS",
		rates: {},
		previous: {},
		source: "Central Bank of Uzbekistan"
	};
	for (let t of e) {
		if (!i(t)) continue;
		w(n, t.Ccy, t.Nominal, t.Rate, h(t.Rate) - h(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		v(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return y("cbu", n, t);
}
// src/providers/currency-api.ts
var D = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, ee = "no-cache", O = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function k(e, t) {
	let n = v(t) && _(Date.parse(t) - 864e5);
	return n && O.test(e) ? e.replace(O, `$1${n}`) : void 0;
}
function A(e) {
	let n = i(e) && v(e.date) && Object.keys(e).find((t) => /^[a-z]{3}$/.test(t) && i(e[t]));
	if (!n) throw new r("currency-api: expected {date, <base>: {…}}");
	let { date: a, [n]: o } = e, s = {};
	for (let e of Object.keys(o)) {
		let n = e.toUpperCase();
		t(n) && (s[n] = h(o[e]));
	}
	return {
		base: n.toUpperCase(),
		asOf: a,
		rates: s,
		source: "currency-api"
	};
}
function j(e, t, n) {
	let r = A(e);
	try {
		let e = A(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return y("currency-api", r, t);
}
// src/providers/er-api.ts
var M = (e) => `https://open.er-api.com/v6/latest/${e}`, te = "no-cache", N = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function P(e, n) {
	let o = i(e) ? e : {}, { result: s, base_code: c, time_last_update_unix: l, "error-type": u } = o;
	if (s !== "success" || !t(c)) throw new r(typeof u == "string" && /^[\w-]{1,40}$/.test(u) ? `er-api: error ${u}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...y("er-api", {
			base: c,
			asOf: g(typeof l == "number" ? l * 1e3 : NaN),
			rates: a(o.rates),
			source: N.text
		}, n),
		attribution: N
	};
}
// src/providers/frankfurter.ts
var F = "https://api.frankfurter.dev/v2/rates", I = "no-store", ne = 26784e5;
function L(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${_(r.getTime() - ne)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var re = (e) => i(e) && v(e.date) && t(e.base) && t(e.quote), R = (e, t) => y("frankfurter", z(e), t);
function z(e) {
	let t = Array.isArray(e) ? e.filter(re) : [], n = t[0]?.base;
	if (!n) throw new r("frankfurter: expected [{date, base, quote, rate}]");
	let i = t.filter((e) => e.base === n).sort((e, t) => Date.parse(t.date) - Date.parse(e.date)), a = {}, o = {}, s = {};
	for (let { date: e, quote: t, rate: n } of i) s[t] ? !(t in o) && e < s[t] && (o[t] = h(n)) : (s[t] = e, a[t] = h(n));
	return {
		base: n,
		asOf: i[0].date,
		rates: a,
		previous: o,
		source: "Frankfurter",
		history: B(i)
	};
}
function B(e) {
	let t = {}, r = /* @__PURE__ */ new Set();
	for (let { date: i, quote: a, rate: o } of e) {
		let e = h(o);
		r.has(a + i) || (r.add(a + i), n(e) && (t[a] ??= []).unshift([i, e]));
	}
	return t;
}
// src/providers/official.ts
var V = {
	KGS: "NBKR",
	KZT: "NBK",
	TJS: "NBT",
	UZS: "CBU"
};
async function H(e, t, n) {
	let r = n.symbols.filter((e) => V[e] && e !== n.base), [i, ...a] = await Promise.all([e(L(t, n), I), ...r.map((r) => e(`${L(t, {
		...n,
		symbols: [r]
	})}&providers=${V[r]}`, I).catch((e) => ({ error: e.message })))]);
	return {
		body: i,
		banks: Object.fromEntries(r.map((e, t) => [e, a[t]]))
	};
}
function U({ body: e, banks: t }, a) {
	let o = z(e), s = {}, c = [];
	for (let e of Object.keys(t)) {
		let a = t[e];
		try {
			if (i(a) && "error" in a) throw Error(String(a.error));
			let t = z(a), c = t.rates[e];
			if (t.base !== o.base || !n(c)) throw new r(`no usable ${e} rate`);
			o.rates[e] = c, o.previous[e] = t.previous[e], o.history[e] = t.history[e], s[e] = V[e], t.asOf > o.asOf && (o.asOf = t.asOf);
		} catch (t) {
			c.push(`${V[e]} (${e}): ${t.message}`);
		}
	}
	let l = y("frankfurter", o, a), u = Object.keys(s).filter((e) => o.base === a.base && e in l.snapshot.rates);
	return u.length > 0 && (l.snapshot.official = Object.fromEntries(u.map((e) => [e, s[e]]))), c.length > 0 && (l.unofficial = c), l;
}
async function ie(e, { source: t, query: n }) {
	return U(await H(e, t ?? "https://api.frankfurter.dev/v2/rates", n), n);
}
// src/providers/carry.ts
function W(e, t) {
	if (e?.base !== t.base || (e.asOf ?? "") > (t.asOf ?? "")) return t;
	let r = e.asOf === t.asOf && JSON.stringify(e.rates) === JSON.stringify(t.rates) ? e.previous : e.rates;
	if (!r) return t;
	let i = {}, a = !1;
	for (let o of Object.keys(t.rates)) {
		let s = t.previous?.[o];
		n(s) ? i[o] = s : n(r[o]) && e.official?.[o] === t.official?.[o] && (i[o] = r[o], a = !0);
	}
	return a ? {
		...t,
		previous: i
	} : t;
}
// src/providers/index.ts
var G = (e, t) => y("feed", l(e), t), K = {
	feed: [G],
	frankfurter: [
		R,
		() => F,
		I
	],
	"currency-api": [
		j,
		D,
		ee
	],
	"er-api": [
		P,
		M,
		te
	],
	cbr: [
		T,
		() => b,
		S
	],
	cbu: [
		E,
		() => x,
		S
	]
}, q = Object.keys(K), J = F, ae = (e) => q.includes(e), oe = [
	["quote", "frankfurter"],
	["Ccy", "cbu"],
	["Valute", "cbr"],
	["base_code", "er-api"],
	["error-type", "er-api"],
	["rates", "feed"],
	["date", "currency-api"]
];
function Y(e) {
	let t = Array.isArray(e) ? e.find(i) : e;
	return i(t) ? oe.find(([e]) => e in t)?.[1] : void 0;
}
function X(e, t, n, i) {
	let a = t === "auto" ? Y(e) : t;
	if (!a) throw new r(`expected one of: ${q.join(", ")}`);
	return K[a][0](e, n, i);
}
function Z(e, t) {
	return {
		url: e,
		provider: t === "auto" && (!e || /\/v2\/rates\/?([?#]|$)/.test(e)) ? "frankfurter" : t
	};
}
async function Q(e, { url: t, provider: n, official: i }, a) {
	if (t ??= K[n][1]?.(a.base), !t) throw new r("feed: needs a \"source\" URL");
	if (i) return {
		provider: n,
		...await H(e, t, a)
	};
	n === "frankfurter" && (t = L(t, a));
	let o = await e(t, K[n]?.[2]), s = {
		provider: n,
		body: o
	}, c = (n === "auto" ? Y(o) : n) === "currency-api" && k(t, o?.date);
	return c && (s.previousBody = await e(c).catch(() => void 0)), s;
}
var $ = ({ provider: e, body: t, previousBody: n, banks: r }, i) => r ? U({
	body: t,
	banks: r
}, i) : X(t, e, i, n);
async function se(e, { source: t, provider: n, query: r }) {
	return $(await Q(e, Z(t, n), r), r);
}
export { n as A, j as C, y as D, h as E, l as M, r as O, D as S, E as T, R as _, ae as a, P as b, X as c, W as d, V as f, L as g, U as h, Q as i, p as j, t as k, $ as l, ie as m, q as n, se as o, H as p, Y as r, G as s, J as t, Z as u, N as v, T as w, k as x, M as y };
