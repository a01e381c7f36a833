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
		let a = Object.create(null);
		for (let t of Object.keys(r)) {
			let o = t === e.base ? 1 / i : r[t] / i;
			n(o) && (a[t] = o);
		}
		let o = 1 / i;
		return n(o) && (a[e.base] = o), delete a[t], a;
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
var d = i;
function f(e) {
	let t = typeof e == "number" ? e : NaN;
	if (typeof e == "string" && e.length <= 64) {
		let n = e.replace(/[\s']/g, "").replace(",", ".");
		/^[\d.e+-]+$/i.test(n) && (t = Number(n));
	}
	return Number.isFinite(t) ? t : NaN;
}
var p = (e) => new Date(e).toJSON() ?? void 0, m = (e) => p(e)?.slice(0, 10), h = (e) => typeof e == "string" && /^\d{4}-\d\d-\d\d$/.test(e) && m(Date.parse(e)) === e;
function g(e, t, { base: i, symbols: a }) {
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
var _ = "https://www.cbr-xml-daily.ru/daily_json.js", v = "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
function y(e, t) {
	let n = f(e);
	return n > 0 ? n / f(t) : NaN;
}
function b(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = y(r, i), e.previous[n] = y(r, a));
}
function x(e, t) {
	let { Date: n, Valute: i } = d(e) ? e : {};
	if (!d(i)) throw new r("cbr: expected {Valute: {…}}");
	let a = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (a.asOf = p(Date.parse(n)));
	for (let e of Object.values(i)) d(e) && b(a, e.CharCode, e.Nominal, e.Value, e.Previous);
	return g("cbr", a, t);
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
		if (!d(t)) continue;
		b(n, t.Ccy, t.Nominal, t.Rate, f(t.Rate) - f(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		h(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return g("cbu", n, t);
}
// src/providers/currency-api.ts
var C = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, w = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function T(e, t) {
	let n = h(t) && m(Date.parse(t) - 864e5);
	return n && w.test(e) ? e.replace(w, `$1${n}`) : void 0;
}
function E(e) {
	let n = d(e) && h(e.date) && Object.keys(e).find((t) => /^[a-z]{3}$/.test(t) && d(e[t]));
	if (!n) throw new r("currency-api: expected {date, <base>: {…}}");
	let { date: i, [n]: a } = e, o = {};
	for (let e of Object.keys(a)) {
		let n = e.toUpperCase();
		t(n) && (o[n] = f(a[e]));
	}
	return {
		base: n.toUpperCase(),
		asOf: i,
		rates: o,
		source: "currency-api"
	};
}
function D(e, t, n) {
	let r = E(e);
	try {
		let e = E(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return g("currency-api", r, t);
}
// src/providers/er-api.ts
var O = (e) => `https://open.er-api.com/v6/latest/${e}`, k = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function A(e, n) {
	let i = d(e) ? e : {}, { result: o, base_code: s, time_last_update_unix: c, "error-type": l } = i;
	if (o !== "success" || !t(s)) throw new r(typeof l == "string" && /^[\w-]{1,40}$/.test(l) ? `er-api: error ${l}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...g("er-api", {
			base: s,
			asOf: p(typeof c == "number" ? c * 1e3 : NaN),
			rates: a(i.rates),
			source: k.text
		}, n),
		attribution: k
	};
}
// src/providers/frankfurter.ts
var j = "https://api.frankfurter.dev/v2/rates", M = 12096e5;
function N(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${m(r.getTime() - M)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var P = (e) => d(e) && h(e.date) && t(e.base) && t(e.quote);
function F(e, t) {
	let n = Array.isArray(e) ? e.filter(P) : [], i = n[0]?.base;
	if (!i) throw new r("frankfurter: expected [{date, base, quote, rate}]");
	n.sort((e, t) => Date.parse(t.date) - Date.parse(e.date));
	let a = {}, o = {}, s = {}, c = {};
	for (let { date: e, base: t, quote: r, rate: l } of n) t === i && (s[r] ? !c[r] && e < s[r] && (c[r] = e, o[r] = f(l)) : (s[r] = e, a[r] = f(l)));
	let l = n.find((e) => e.base === i).date;
	return g("frankfurter", {
		base: i,
		asOf: l,
		rates: a,
		previous: o,
		source: "Frankfurter"
	}, t);
}
// src/providers/carry.ts
function I(e, t) {
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
var L = (e, t) => g("feed", l(e), t), R = {
	feed: [L],
	frankfurter: [F, () => j],
	"currency-api": [D, C],
	"er-api": [A, O],
	cbr: [x, () => _],
	cbu: [S, () => v]
}, z = Object.keys(R), B = j, V = (e) => z.includes(e), H = [
	["quote", "frankfurter"],
	["Ccy", "cbu"],
	["Valute", "cbr"],
	["base_code", "er-api"],
	["error-type", "er-api"],
	["rates", "feed"],
	["date", "currency-api"]
];
function U(e) {
	let t = Array.isArray(e) ? e.find(d) : e;
	return d(t) ? H.find(([e]) => e in t)?.[1] : void 0;
}
function W(e, t, n) {
	let i = t === "auto" ? U(e) : t;
	if (!i) throw new r(`expected one of: ${z.join(", ")}`);
	return R[i][0](e, n);
}
async function G(e, { source: t, provider: n, query: i }) {
	n === "auto" && (!t || /\/v2\/rates\/?([?#]|$)/.test(t)) && (n = "frankfurter");
	let a = t ?? R[n][1]?.(i.base);
	if (!a) throw new r("feed: needs a \"source\" URL");
	n === "frankfurter" && (a = N(a, i));
	let o = await e(a), s = W(o, n, i), c = s.provider === "currency-api" && T(a, s.snapshot.asOf);
	if (!c) return s;
	try {
		return D(o, i, await e(c));
	} catch {
		return s;
	}
}
export { u as C, n as S, x as _, G as a, r as b, I as c, k as d, O as f, D as g, C as h, V as i, N as l, T as m, z as n, L as o, A as p, U as r, W as s, B as t, F as u, S as v, l as w, t as x, f as y };
