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
			let [t, r] = Array.isArray(e) ? e : [], i = u(t) && n(r) ? Date.parse(t) : NaN;
			i > s && (o.push([t, r]), s = i);
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
	let s = {}, c = {}, l = {}, u = [], d = [];
	for (let e of a) {
		let r = o.rates[e], a = o.previous?.[e], f = o.history?.[e];
		if (n(r)) s[e] = r, n(a) && (c[e] = a), f && e !== i && (l[e] = f);
		else {
			u.push(e);
			let n = t.rates[e];
			d.push(`${e}: ${n === void 0 ? "not quoted" : `bad rate ${n}`}`);
		}
	}
	if (u.length === a.length) throw new r(`${e}: no usable rate for ${a.join(" ")} against ${i}`);
	let p = {
		base: i,
		rates: s
	};
	return o.asOf && (p.asOf = o.asOf), Object.keys(c).length > 0 && (p.previous = c), o.source && (p.source = o.source), Object.keys(l).length > 0 && (p.history = l), {
		snapshot: p,
		provider: e,
		missing: u,
		skipped: d
	};
}
// src/providers/central-banks.ts
var y = "https://www.cbr-xml-daily.ru/daily_json.js", b = "https://cbu.uz/en/arkhiv-kursov-valyut/json/", x = "no-cache";
function S(e, t) {
	let n = m(e);
	return n > 0 ? n / m(t) : NaN;
}
function C(e, n, r, i, a) {
	!t(n) || n in e.rates || (e.rates[n] = S(r, i), e.previous[n] = S(r, a));
}
function w(e, t) {
	let { Date: n, Valute: a } = i(e) ? e : {};
	if (!i(a)) throw new r("cbr: expected {Valute: {…}}");
	let o = {
		base: "RUB",
		rates: {},
		previous: {},
		source: "Central Bank of Russia"
	};
	typeof n == "string" && (o.asOf = h(Date.parse(n)));
	for (let e of Object.values(a)) i(e) && C(o, e.CharCode, e.Nominal, e.Value, e.Previous);
	return v("cbr", o, t);
}
function T(e, t) {
	if (!Array.isArray(e)) throw new r("cbu: expected [{Ccy, Nominal, Rate, Diff}]");
	let n = {
		base: "UZS",
		rates: {},
		previous: {},
		source: "Central Bank of Uzbekistan"
	};
	for (let t of e) {
		if (!i(t)) continue;
		C(n, t.Ccy, t.Nominal, t.Rate, m(t.Rate) - m(t.Diff));
		let e = typeof t.Date == "string" && t.Date.split(".").reverse().join("-");
		_(e) && e > (n.asOf ?? "") && (n.asOf = e);
	}
	return v("cbu", n, t);
}
// src/providers/currency-api.ts
var E = (e) => `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${e.toLowerCase()}.min.json`, ee = "no-cache", D = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;
function O(e, t) {
	let n = _(t) && g(Date.parse(t) - 864e5);
	return n && D.test(e) ? e.replace(D, `$1${n}`) : void 0;
}
function k(e) {
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
function A(e, t, n) {
	let r = k(e);
	try {
		let e = k(n);
		e.base === r.base && e.asOf < r.asOf && (r.previous = e.rates);
	} catch {}
	return v("currency-api", r, t);
}
// src/providers/er-api.ts
var j = (e) => `https://open.er-api.com/v6/latest/${e}`, te = "no-cache", M = Object.freeze({
	text: "Rates By Exchange Rate API",
	href: "https://www.exchangerate-api.com"
});
function N(e, n) {
	let o = i(e) ? e : {}, { result: s, base_code: c, time_last_update_unix: l, "error-type": u } = o;
	if (s !== "success" || !t(c)) throw new r(typeof u == "string" && /^[\w-]{1,40}$/.test(u) ? `er-api: error ${u}` : "er-api: expected {result: \"success\", base_code}");
	return {
		...v("er-api", {
			base: c,
			asOf: h(typeof l == "number" ? l * 1e3 : NaN),
			rates: a(o.rates),
			source: M.text
		}, n),
		attribution: M
	};
}
// src/providers/frankfurter.ts
var P = "https://api.frankfurter.dev/v2/rates", F = "no-store", ne = 26784e5;
function I(e, { base: t, symbols: n, now: r }) {
	let i = [`base=${t}`], a = Intl.supportedValuesOf?.("currency") ?? n, o = n.filter((e) => e !== t && a.includes(e));
	return o.length > 0 && i.push(`quotes=${o.join(",")}`), i.push(`from=${g(r.getTime() - ne)}`), `${e.replace(/[?#].*/, "")}?${i.join("&")}`;
}
var re = (e) => i(e) && _(e.date) && t(e.base) && t(e.quote), L = (e, t) => v("frankfurter", R(e), t);
function R(e) {
	let t = Array.isArray(e) ? e.filter(re) : [], n = t[0]?.base;
	if (!n) throw new r("frankfurter: expected [{date, base, quote, rate}]");
	let i = t.filter((e) => e.base === n).sort((e, t) => Date.parse(t.date) - Date.parse(e.date)), a = {}, o = {}, s = {};
	for (let { date: e, quote: t, rate: n } of i) s[t] ? !(t in o) && e < s[t] && (o[t] = m(n)) : (s[t] = e, a[t] = m(n));
	return {
		base: n,
		asOf: i[0].date,
		rates: a,
		previous: o,
		source: "Frankfurter",
		history: z(i)
	};
}
function z(e) {
	let t = {}, r = /* @__PURE__ */ new Set();
	for (let { date: i, quote: a, rate: o } of e) {
		let e = m(o);
		r.has(a + i) || (r.add(a + i), n(e) && (t[a] ??= []).unshift([i, e]));
	}
	return t;
}
// src/providers/carry.ts
function ie(e, t) {
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
// src/providers/official.ts
var B = {
	KGS: "NBKR",
	KZT: "NBK",
	TJS: "NBT",
	UZS: "CBU"
};
async function V(e, t, n) {
	let r = n.symbols.filter((e) => B[e] && e !== n.base), [i, ...a] = await Promise.all([e(I(t, n), F), ...r.map((r) => e(`${I(t, {
		...n,
		symbols: [r]
	})}&providers=${B[r]}`, F).catch((e) => ({ error: e.message })))]);
	return {
		body: i,
		banks: Object.fromEntries(r.map((e, t) => [e, a[t]]))
	};
}
function H({ body: e, banks: t }, a) {
	let o = R(e), s = {}, c = [];
	for (let e of Object.keys(t)) {
		let a = t[e];
		try {
			if (i(a) && "error" in a) throw Error(String(a.error));
			let t = R(a), c = t.rates[e];
			if (t.base !== o.base || !n(c)) throw new r(`no usable ${e} rate`);
			o.rates[e] = c, o.previous[e] = t.previous[e], o.history[e] = t.history[e], s[e] = B[e], t.asOf > o.asOf && (o.asOf = t.asOf);
		} catch (t) {
			c.push(`${B[e]} (${e}): ${t.message}`);
		}
	}
	let l = v("frankfurter", o, a), u = Object.keys(s).filter((e) => o.base === a.base && e in l.snapshot.rates);
	return u.length > 0 && (l.snapshot.official = Object.fromEntries(u.map((e) => [e, s[e]]))), c.length > 0 && (l.unofficial = c), l;
}
async function U(e, { source: t, query: n }) {
	return H(await V(e, t ?? "https://api.frankfurter.dev/v2/rates", n), n);
}
// src/providers/index.ts
var W = (e, t) => v("feed", l(e), t), G = {
	feed: [W],
	frankfurter: [
		L,
		() => P,
		F
	],
	"currency-api": [
		A,
		E,
		ee
	],
	"er-api": [
		N,
		j,
		te
	],
	cbr: [
		w,
		() => y,
		x
	],
	cbu: [
		T,
		() => b,
		x
	]
}, K = Object.keys(G), q = P, J = (e) => K.includes(e), ae = [
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
	return i(t) ? ae.find(([e]) => e in t)?.[1] : void 0;
}
function X(e, t, n, i) {
	let a = t === "auto" ? Y(e) : t;
	if (!a) throw new r(`expected one of: ${K.join(", ")}`);
	return G[a][0](e, n, i);
}
function Z(e, t) {
	return {
		url: e,
		provider: t === "auto" && (!e || /\/v2\/rates\/?([?#]|$)/.test(e)) ? "frankfurter" : t
	};
}
async function Q(e, { url: t, provider: n }, i) {
	if (t ??= G[n][1]?.(i.base), !t) throw new r("feed: needs a \"source\" URL");
	n === "frankfurter" && (t = I(t, i));
	let a = await e(t, G[n]?.[2]), o = {
		provider: n,
		body: a
	}, s = (n === "auto" ? Y(a) : n) === "currency-api" && O(t, a?.date);
	return s && (o.previousBody = await e(s).catch(() => void 0)), o;
}
var $ = ({ provider: e, body: t, previousBody: n }, r) => X(t, e, r, n);
async function oe(e, { source: t, provider: n, query: r }) {
	return $(await Q(e, Z(t, n), r), r);
}
export { f as A, A as C, r as D, m as E, t as O, E as S, T, L as _, J as a, N as b, X as c, B as d, V as f, I as g, ie as h, Q as i, l as j, n as k, $ as l, H as m, K as n, oe as o, U as p, Y as r, W as s, q as t, Z as u, M as v, w, O as x, j as y };
