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
	let f = c(e.source);
	f && (o.source = f);
	let p = d(e.history);
	return p && (o.history = p), o;
}
var u = (e) => typeof e == "string" && e.length <= 40 && s.test(e) && !Number.isNaN(Date.parse(e));
function d(e) {
	if (!i(e)) return;
	let r = Object.create(null);
	for (let i of Object.keys(e)) {
		let a = e[i];
		if (!t(i) || !Array.isArray(a)) continue;
		let o = [], s = -Infinity;
		for (let e of a) {
			let t = Array.isArray(e) && u(e[0]) && n(e[1]) ? Date.parse(e[0]) : NaN;
			t > s && (o.push([e[0], e[1]]), s = t);
		}
		o.length && (r[i] = o.slice(-64));
	}
	return Object.keys(r).length ? r : void 0;
}
function f(e, t) {
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
	o ? a.previous = o : delete a.previous;
	let s = e.history && p(e.history, e.base, t);
	return s ? a.history = s : delete a.history, a;
}
function p(e, t, r) {
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
function m(e) {
	let t = typeof e == "number" ? e : NaN;
	if (typeof e == "string" && e.length <= 64) {
		let n = e.replace(/[\s']/g, "").replace(",", ".");
		/^[\d.e+-]+$/i.test(n) && (t = Number(n));
	}
	return Number.isFinite(t) ? t : NaN;
}
var h = (e) => new Date(e).toJSON() ?? void 0, g = (e) => h(e)?.slice(0, 10), _ = (e) => typeof e == "string" && /^\d{4}-\d\d-\d\d$/.test(e) && g(Date.parse(e)) === e;
function v(e, t, { base: i, symbols: a }) {
	let o = f(t, i);
	if (!o) throw new r(`${e}: no rate for the base ${i}`);
	o.rates[i] = 1, o.previous && (o.previous[i] = 1);
	let s = {}, c = {}, l = {}, u = [];
	for (let e of a) {
		let t = o.rates[e], r = o.previous?.[e], a = o.history?.[e];
		n(t) ? (s[e] = t, n(r) && (c[e] = r), a && e !== i && (l[e] = a)) : u.push(e);
	}
	if (u.length === a.length) throw new r(`${e}: no usable rate for ${a.join(" ")} against ${i}`);
	let d = {
		base: i,
		rates: s
	};
	return o.asOf && (d.asOf = o.asOf), Object.keys(c).length > 0 && (d.previous = c), o.source && (d.source = o.source), Object.keys(l).length > 0 && (d.history = l), {
		snapshot: d,
		provider: e,
		missing: u
	};
}
// src/providers/central-banks.ts
var y = "https://www.cbr-xml-daily.ru/daily_json.js", b = "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
function x(e, t) {
	let n = m(e);
	return n > 0 ? n / m(t) : NaN;
}
function S(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = x(r, i), e.previous[n] = x(r, a));
}
function C(e, t) {
	let { Date: n, Valute: a } = i(e) ? e : {};
	if (!i(a)) throw new r("cbr: expected {Valute: {…}}");
	let o = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (o.asOf = h(Date.parse(n)));
	for (let e of Object.values(a)) i(e) && S(o, e.CharCode, e.Nominal, e.Value, e.Previous);
	return v("cbr", o, t);
}
function w(e, t) {
	if (!Array.isArray(e)) throw new r("cbu: expected [{Ccy, Nominal, Rate, Diff}]");
	let n = {
		base: "UZS",
		rates: {},
		previous: {},
		source: "Central Bank of Uzbekistan"
	};
	for (let t of e) {
		if (!i(t)) continue;
		S(n, t.Ccy, t.Nominal, t.Rate, m(t.Rate) - m(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		_(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return v("cbu", n, t);
}
// src/providers/currency-api.ts
var T = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, E = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function D(e, t) {
	let n = _(t) && g(Date.parse(t) - 864e5);
	return n && E.test(e) ? e.replace(E, `$1${n}`) : void 0;
}
function O(e) {
	let n = i(e) && _(e.date) && Object.keys(e).find((t) => /^[a-z]{3}$/.test(t) && i(e[t]));
	if (!n) throw new r("currency-api: expected {date, <base>: {…}}");
	let { date: a, [n]: o } = e, s = {};
	for (let e of Object.keys(o)) {
		let n = e.toUpperCase();
		t(n) && (s[n] = m(o[e]));
	}
	return {
		base: n.toUpperCase(),
		asOf: a,
		rates: s,
		source: "currency-api"
	};
}
function k(e, t, n) {
	let r = O(e);
	try {
		let e = O(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return v("currency-api", r, t);
}
// src/providers/er-api.ts
var A = (e) => `https://open.er-api.com/v6/latest/${e}`, j = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function M(e, n) {
	let o = i(e) ? e : {}, { result: s, base_code: c, time_last_update_unix: l, "error-type": u } = o;
	if (s !== "success" || !t(c)) throw new r(typeof u == "string" && /^[\w-]{1,40}$/.test(u) ? `er-api: error ${u}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...v("er-api", {
			base: c,
			asOf: h(typeof l == "number" ? l * 1e3 : NaN),
			rates: a(o.rates),
			source: j.text
		}, n),
		attribution: j
	};
}
// src/providers/frankfurter.ts
var N = "https://api.frankfurter.dev/v2/rates", P = 26784e5;
function F(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${g(r.getTime() - P)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var I = (e) => i(e) && _(e.date) && t(e.base) && t(e.quote);
function L(e, t) {
	let n = Array.isArray(e) ? e.filter(I) : [], i = n[0]?.base;
	if (!i) throw new r("frankfurter: expected [{date, base, quote, rate}]");
	let a = n.filter((e) => e.base === i).sort((e, t) => Date.parse(t.date) - Date.parse(e.date)), o = {}, s = {}, c = {};
	for (let { date: e, quote: t, rate: n } of a) c[t] ? !(t in s) && e < c[t] && (s[t] = m(n)) : (c[t] = e, o[t] = m(n));
	return v("frankfurter", {
		base: i,
		asOf: a[0].date,
		rates: o,
		previous: s,
		source: "Frankfurter",
		history: R(a)
	}, t);
}
function R(e) {
	let t = {}, r = /* @__PURE__ */ new Set();
	for (let { date: i, quote: a, rate: o } of e) {
		let e = m(o);
		r.has(a + i) || (r.add(a + i), n(e) && (t[a] ??= []).unshift([i, e]));
	}
	return t;
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
var B = (e, t) => v("feed", l(e), t), V = {
	feed: [B],
	frankfurter: [L, () => N],
	"currency-api": [k, T],
	"er-api": [M, A],
	cbr: [C, () => y],
	cbu: [w, () => b]
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
function q(e, t, n) {
	let i = t === "auto" ? K(e) : t;
	if (!i) throw new r(`expected one of: ${H.join(", ")}`);
	return V[i][0](e, n);
}
async function J(e, { source: t, provider: n, query: i }) {
	n === "auto" && (!t || /\/v2\/rates\/?([?#]|$)/.test(t)) && (n = "frankfurter");
	let a = t ?? V[n][1]?.(i.base);
	if (!a) throw new r("feed: needs a \"source\" URL");
	n === "frankfurter" && (a = F(a, i));
	let o = await e(a), s = q(o, n, i), c = s.provider === "currency-api" && D(a, s.snapshot.asOf);
	if (!c) return s;
	try {
		return k(o, i, await e(c));
	} catch {
		return s;
	}
}
export { f as C, n as S, C as _, J as a, r as b, z as c, j as d, A as f, k as g, T as h, W as i, F as l, D as m, H as n, B as o, M as p, K as r, q as s, U as t, L as u, w as v, l as w, t as x, m as y };
