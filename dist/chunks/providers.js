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
	let u = c(e.asOf);
	u && s.test(u) && !Number.isNaN(Date.parse(u)) && (o.asOf = u);
	let d = c(e.source);
	return d && (o.source = d), o;
}
function u(e, t) {
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
	}, o = r(e.previous);
	return o ? a.previous = o : delete a.previous, a;
}
// src/providers/shared.ts
function d(e) {
	let t = typeof e == "number" ? e : NaN;
	if (typeof e == "string" && e.length <= 64) {
		let n = e.replace(/[\s']/g, "").replace(",", ".");
		/^[\d.e+-]+$/i.test(n) && (t = Number(n));
	}
	return Number.isFinite(t) ? t : NaN;
}
var f = (e) => new Date(e).toJSON() ?? void 0, p = (e) => f(e)?.slice(0, 10), m = (e) => typeof e == "string" && /^\d{4}-\d\d-\d\d$/.test(e) && p(Date.parse(e)) === e;
function h(e, t, { base: i, symbols: a }) {
	let o = u(t, i);
	if (!o) throw new r(`${e}: no rate for the base ${i}`);
	o.rates[i] = 1, o.previous && (o.previous[i] = 1);
	let s = {}, c = {}, l = [], d = [];
	for (let e of a) {
		let r = o.rates[e], i = o.previous?.[e];
		if (n(r)) s[e] = r, n(i) && (c[e] = i);
		else {
			l.push(e);
			let n = t.rates[e];
			d.push(`${e}: ${n === void 0 ? "not quoted" : `bad rate ${n}`}`);
		}
	}
	if (l.length === a.length) throw new r(`${e}: no usable rate for ${a.join(" ")} against ${i}`);
	let f = {
		base: i,
		rates: s
	};
	return o.asOf && (f.asOf = o.asOf), Object.keys(c).length > 0 && (f.previous = c), o.source && (f.source = o.source), {
		snapshot: f,
		provider: e,
		missing: l,
		skipped: d
	};
}
// src/providers/central-banks.ts
var g = "https://www.cbr-xml-daily.ru/daily_json.js", _ = "https://cbu.uz/en/arkhiv-kursov-valyut/json/", v = "no-cache";
function y(e, t) {
	let n = d(e);
	return n > 0 ? n / d(t) : NaN;
}
function b(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = y(r, i), e.previous[n] = y(r, a));
}
function x(e, t) {
	let { Date: n, Valute: a } = i(e) ? e : {};
	if (!i(a)) throw new r("cbr: expected {Valute: {…}}");
	let o = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (o.asOf = f(Date.parse(n)));
	for (let e of Object.values(a)) i(e) && b(o, e.CharCode, e.Nominal, e.Value, e.Previous);
	return h("cbr", o, t);
}
function S(e, t) {
	if (!Array.isArray(e)) throw new r("cbu: expected [{Ccy, Nominal, Rate, Diff}]");
	let n = {
		base: "UZS",
		rates: {},
		previous: {},
		source: "Central Bank of Uzbekistan"
	};
	for (let t of e) {
		if (!i(t)) continue;
		b(n, t.Ccy, t.Nominal, t.Rate, d(t.Rate) - d(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		m(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return h("cbu", n, t);
}
// src/providers/currency-api.ts
var C = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, w = "no-cache", T = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function E(e, t) {
	let n = m(t) && p(Date.parse(t) - 864e5);
	return n && T.test(e) ? e.replace(T, `$1${n}`) : void 0;
}
function D(e) {
	let n = i(e) && m(e.date) && Object.keys(e).find((t) => /^[a-z]{3}$/.test(t) && i(e[t]));
	if (!n) throw new r("currency-api: expected {date, <base>: {…}}");
	let { date: a, [n]: o } = e, s = {};
	for (let e of Object.keys(o)) {
		let n = e.toUpperCase();
		t(n) && (s[n] = d(o[e]));
	}
	return {
		base: n.toUpperCase(),
		asOf: a,
		rates: s,
		source: "currency-api"
	};
}
function O(e, t, n) {
	let r = D(e);
	try {
		let e = D(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return h("currency-api", r, t);
}
// src/providers/er-api.ts
var k = (e) => `https://open.er-api.com/v6/latest/${e}`, A = "no-cache", j = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function M(e, n) {
	let o = i(e) ? e : {}, { result: s, base_code: c, time_last_update_unix: l, "error-type": u } = o;
	if (s !== "success" || !t(c)) throw new r(typeof u == "string" && /^[\w-]{1,40}$/.test(u) ? `er-api: error ${u}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...h("er-api", {
			base: c,
			asOf: f(typeof l == "number" ? l * 1e3 : NaN),
			rates: a(o.rates),
			source: j.text
		}, n),
		attribution: j
	};
}
// src/providers/frankfurter.ts
var N = "https://api.frankfurter.dev/v2/rates", P = "no-store", F = 12096e5;
function I(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${p(r.getTime() - F)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var L = (e) => i(e) && m(e.date) && t(e.base) && t(e.quote);
function R(e, t) {
	let n = Array.isArray(e) ? e.filter(L) : [], i = n[0]?.base;
	if (!i) throw new r("frankfurter: expected [{date, base, quote, rate}]");
	let a = n.filter((e) => e.base === i).sort((e, t) => Date.parse(t.date) - Date.parse(e.date)), o = {}, s = {}, c = {};
	for (let { date: e, quote: t, rate: n } of a) c[t] ? !(t in s) && e < c[t] && (s[t] = d(n)) : (c[t] = e, o[t] = d(n));
	return h("frankfurter", {
		base: i,
		asOf: a[0].date,
		rates: o,
		previous: s,
		source: "Frankfurter"
	}, t);
}
// src/providers/carry.ts
function z(e, t) {
	if (e?.base !== t.base || (e.asOf ?? "") > (t.asOf ?? "")) return t;
	let r = e.asOf === t.asOf && JSON.stringify(e.rates) === JSON.stringify(t.rates) ? e.previous : e.rates;
	if (!r) return t;
	let i = {}, a = !1;
	for (let e of Object.keys(t.rates)) {
		let o = t.previous?.[e];
		n(o) ? i[e] = o : n(r[e]) && (i[e] = r[e], a = !0);
	}
	return a ? {
		...t,
		previous: i
	} : t;
}
// src/providers/index.ts
var B = (e, t) => h("feed", l(e), t), V = {
	feed: [B],
	frankfurter: [
		R,
		() => N,
		P
	],
	"currency-api": [
		O,
		C,
		w
	],
	"er-api": [
		M,
		k,
		A
	],
	cbr: [
		x,
		() => g,
		v
	],
	cbu: [
		S,
		() => _,
		v
	]
}, H = Object.keys(V), U = N, W = (e) => H.includes(e), G = [
	["quote", "frankfurter"],
	["Ccy", "cbu"],
	["Valute", "cbr"],
	["base_code", "er-api"],
	["error-type", "er-api"],
	["rates", "feed"],
	["date", "currency-api"]
];
function K(e) {
	let t = Array.isArray(e) ? e.find(i) : e;
	return i(t) ? G.find(([e]) => e in t)?.[1] : void 0;
}
function q(e, t, n, i) {
	let a = t === "auto" ? K(e) : t;
	if (!a) throw new r(`expected one of: ${H.join(", ")}`);
	return V[a][0](e, n, i);
}
function J(e, t) {
	return {
		url: e,
		provider: t === "auto" && (!e || /\/v2\/rates\/?([?#]|$)/.test(e)) ? "frankfurter" : t
	};
}
async function Y(e, { url: t, provider: n }, i) {
	if (t ??= V[n][1]?.(i.base), !t) throw new r("feed: needs a \"source\" URL");
	n === "frankfurter" && (t = I(t, i));
	let a = await e(t, V[n]?.[2]), o = {
		provider: n,
		body: a
	}, s = (n === "auto" ? K(a) : n) === "currency-api" && E(t, a?.date);
	return s && (o.previousBody = await e(s).catch(() => void 0)), o;
}
var X = ({ provider: e, body: t, previousBody: n }, r) => q(t, e, r, n);
async function Z(e, { source: t, provider: n, query: r }) {
	return X(await Y(e, J(t, n), r), r);
}
export { r as C, l as D, u as E, d as S, n as T, E as _, W as a, x as b, q as c, z as d, I as f, M as g, k as h, Y as i, X as l, j as m, H as n, Z as o, R as p, K as r, B as s, U as t, J as u, C as v, t as w, S as x, O as y };
