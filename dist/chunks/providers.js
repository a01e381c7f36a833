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
	let s = {}, c = {}, l = [];
	for (let e of a) {
		let t = o.rates[e], r = o.previous?.[e];
		n(t) ? (s[e] = t, n(r) && (c[e] = r)) : l.push(e);
	}
	if (l.length === a.length) throw new r(`${e}: no usable rate for ${a.join(" ")} against ${i}`);
	let d = {
		base: i,
		rates: s
	};
	return o.asOf && (d.asOf = o.asOf), Object.keys(c).length > 0 && (d.previous = c), o.source && (d.source = o.source), {
		snapshot: d,
		provider: e,
		missing: l
	};
}
// src/providers/central-banks.ts
var g = "https://www.cbr-xml-daily.ru/daily_json.js", _ = "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
function v(e, t) {
	let n = d(e);
	return n > 0 ? n / d(t) : NaN;
}
function y(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = v(r, i), e.previous[n] = v(r, a));
}
function b(e, t) {
	let { Date: n, Valute: a } = i(e) ? e : {};
	if (!i(a)) throw new r("cbr: expected {Valute: {…}}");
	let o = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (o.asOf = f(Date.parse(n)));
	for (let e of Object.values(a)) i(e) && y(o, e.CharCode, e.Nominal, e.Value, e.Previous);
	return h("cbr", o, t);
}
function x(e, t) {
	if (!Array.isArray(e)) throw new r("cbu: expected [{Ccy, Nominal, Rate, Diff}]");
	let n = {
		base: "UZS",
		rates: {},
		previous: {},
		source: "Central Bank of Uzbekistan"
	};
	for (let t of e) {
		if (!i(t)) continue;
		y(n, t.Ccy, t.Nominal, t.Rate, d(t.Rate) - d(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		m(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return h("cbu", n, t);
}
// src/providers/currency-api.ts
var S = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, C = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function w(e, t) {
	let n = m(t) && p(Date.parse(t) - 864e5);
	return n && C.test(e) ? e.replace(C, `$1${n}`) : void 0;
}
function T(e) {
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
function E(e, t, n) {
	let r = T(e);
	try {
		let e = T(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return h("currency-api", r, t);
}
// src/providers/er-api.ts
var D = (e) => `https://open.er-api.com/v6/latest/${e}`, O = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function k(e, n) {
	let o = i(e) ? e : {}, { result: s, base_code: c, time_last_update_unix: l, "error-type": u } = o;
	if (s !== "success" || !t(c)) throw new r(typeof u == "string" && /^[\w-]{1,40}$/.test(u) ? `er-api: error ${u}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...h("er-api", {
			base: c,
			asOf: f(typeof l == "number" ? l * 1e3 : NaN),
			rates: a(o.rates),
			source: O.text
		}, n),
		attribution: O
	};
}
// src/providers/frankfurter.ts
var A = "https://api.frankfurter.dev/v2/rates", j = 12096e5;
function M(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${p(r.getTime() - j)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var N = (e) => i(e) && m(e.date) && t(e.base) && t(e.quote);
function P(e, t) {
	let n = Array.isArray(e) ? e.filter(N) : [], i = n[0]?.base;
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
function F(e, t) {
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
var I = (e, t) => h("feed", l(e), t), L = {
	feed: [I],
	frankfurter: [P, () => A],
	"currency-api": [E, S],
	"er-api": [k, D],
	cbr: [b, () => g],
	cbu: [x, () => _]
}, R = Object.keys(L), z = A, B = (e) => R.includes(e), V = [
	["quote", "frankfurter"],
	["Ccy", "cbu"],
	["Valute", "cbr"],
	["base_code", "er-api"],
	["error-type", "er-api"],
	["rates", "feed"],
	["date", "currency-api"]
];
function H(e) {
	let t = Array.isArray(e) ? e.find(i) : e;
	return i(t) ? V.find(([e]) => e in t)?.[1] : void 0;
}
function U(e, t, n) {
	let i = t === "auto" ? H(e) : t;
	if (!i) throw new r(`expected one of: ${R.join(", ")}`);
	return L[i][0](e, n);
}
async function W(e, { source: t, provider: n, query: i }) {
	n === "auto" && (!t || /\/v2\/rates\/?([?#]|$)/.test(t)) && (n = "frankfurter");
	let a = t ?? L[n][1]?.(i.base);
	if (!a) throw new r("feed: needs a \"source\" URL");
	n === "frankfurter" && (a = M(a, i));
	let o = await e(a), s = U(o, n, i), c = s.provider === "currency-api" && w(a, s.snapshot.asOf);
	if (!c) return s;
	try {
		return E(o, i, await e(c));
	} catch {
		return s;
	}
}
export { u as C, n as S, b as _, W as a, r as b, F as c, O as d, D as f, E as g, S as h, B as i, M as l, w as m, R as n, I as o, k as p, H as r, U as s, z as t, P as u, x as v, l as w, t as x, d as y };
