#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Feed 6, writer A.

Ongoing wars (RUS-UKR, ISR-SYR), tense or frozen pairs (GEO-RUS, CHN-PHL,
JPN-KOR), the eight episode pairs outside their episode windows (with the
tense GRC-TUR coverage that precedes its window), and round-ups.

Deterministic: one random.Random with a fixed seed, no wall clock,
standard library only.  Run `python3 part_a.py` for counts and checks.
"""

import random
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

SEED = 6061130

OUTLET_LANG = {
    "Northgate Wire": "en",
    "Brief Wire Service": "en",
    "Asia Current": "en",
    "The Sahel Monitor": "en",
    "Andes Post": "en",
    "Levant Dispatch": "en",
    "Eurasia Brief": "en",
    "The Daily Record": "en",
    "Capital Markets Journal": "en",
    "LiveDesk": "en",
    "Policy Ledger": "en",
    "PR Channel": "en",
    "Crescent News Agency": "en",
    "Diario del Pacífico": "es",
    "L'Écho de l'Ouest africain": "fr",
    "Zeitspiegel Ost": "de",
    "المشرق اليوم": "ar",
    "Кавказский обозреватель": "ru",
    "亚洲时讯": "zh",
    "Correio do Sul": "pt",
}
LANG_OUTLET = {v: k for k, v in OUTLET_LANG.items() if v != "en"}

P0 = datetime(2026, 11, 30, 0, 0)
P1 = datetime(2026, 12, 13, 23, 59)


def _iso(s):
    return datetime.strptime(s[:16], "%Y-%m-%dT%H:%M")


EPISODE_STARTS = {
    "KHM-THA": "2026-12-01T04:10",
    "BLR-LTU": "2026-12-02T15:30",
    "GUY-VEN": "2026-12-04T11:20",
    "COD-RWA": "2026-12-05T08:00",
    "EGY-ETH": "2026-12-07T09:45",
    "IND-PAK": "2026-12-08T06:30",
    "KGZ-TJK": "2026-12-09T13:00",
    "GRC-TUR": "2026-12-11T10:15",
}
WINDOWS = {p: (_iso(s), _iso(s) + timedelta(hours=60)) for p, s in EPISODE_STARTS.items()}
MARGIN = timedelta(minutes=40)


def in_window(pair, dt):
    w = WINDOWS.get(pair)
    return bool(w) and (w[0] - MARGIN) <= dt <= (w[1] + MARGIN)


# ---------------------------------------------------------------------------
# calendar words
# ---------------------------------------------------------------------------
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_DAYS = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]
RU_ACC = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ZH_DAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
PT_DAYS = ["na segunda-feira", "na terça-feira", "na quarta-feira", "na quinta-feira",
           "na sexta-feira", "no sábado", "no domingo"]
WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def W(n):
    return WORDS[n] if 0 <= n < 10 else str(n)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def ppl(n):
    if n == 1:
        return "one person"
    return "%s people" % W(n)


def make_vars(dt):
    wd = dt.weekday()
    y = dt - timedelta(days=1)
    mon_en = "Dec" if dt.month == 12 else "Nov"
    mon_full = "December" if dt.month == 12 else "November"
    d = dt.day
    v = {
        "day": EN_DAYS[wd],
        "yday": EN_DAYS[(wd - 1) % 7],
        "tday": EN_DAYS[(wd + 1) % 7],
        "md": "%s %d" % (mon_en, d),
        "mdl": "%s %d" % (mon_full, d),
        "dmy": "%d %s" % (d, mon_full),
        "ymd": "%s %d" % ("Dec" if y.month == 12 else "Nov", y.day),
        "ru_day": RU_DAYS[wd],
        "ru_yday": RU_DAYS[(wd - 1) % 7],
        "ru_Day": RU_DAYS[wd][:1].upper() + RU_DAYS[wd][1:],
        "ru_night": "в ночь на " + RU_ACC[wd],
        "ru_Night": "В ночь на " + RU_ACC[wd],
        "ru_date": "%d %s" % (d, "декабря" if dt.month == 12 else "ноября"),
        "de_day": "am " + DE_DAYS[wd],
        "de_yday": "am " + DE_DAYS[(wd - 1) % 7],
        "de_date": "%d. %s" % (d, "Dezember" if dt.month == 12 else "November"),
        "de_night": "in der Nacht zum " + DE_DAYS[wd],
        "ar_day": "يوم " + AR_DAYS[wd],
        "ar_yday": "يوم " + AR_DAYS[(wd - 1) % 7],
        "ar_date": "%d %s" % (d, "كانون الأول/ديسمبر" if dt.month == 12 else "تشرين الثاني/نوفمبر"),
        "zh_date": "%d月%d日" % (dt.month, d),
        "zh_ydate": "%d月%d日" % (y.month, y.day),
        "zh_day": ZH_DAYS[wd],
        "es_day": "el " + ES_DAYS[wd],
        "es_yday": "el " + ES_DAYS[(wd - 1) % 7],
        "es_date": "%d de %s" % (d, "diciembre" if dt.month == 12 else "noviembre"),
        "fr_day": FR_DAYS[wd],
        "fr_yday": FR_DAYS[(wd - 1) % 7],
        "fr_date": "%d %s" % (d, "décembre" if dt.month == 12 else "novembre"),
        "pt_day": PT_DAYS[wd],
        "pt_yday": PT_DAYS[(wd - 1) % 7],
        "pt_date": "%d de %s" % (d, "dezembro" if dt.month == 12 else "novembro"),
    }
    v["when"] = "{overnight|on {day}|early on {day}|late on {yday}}"
    return v


# ---------------------------------------------------------------------------
# a tiny template language:  {a|b|c} choice, {#3-9} number, {~2-5} number word,
# {name} variable; innermost braces resolved first, so choices may nest.
# ---------------------------------------------------------------------------
_TOK = re.compile(r"\{([^{}]*)\}")


class Ctx(object):
    def __init__(self, rng, dt):
        self.rng = rng
        self.dt = dt
        self.v = make_vars(dt)


def ok_time(x, dt):
    if isinstance(x, dict):
        if "a" in x and dt < _iso(x["a"]):
            return False
        if "b" in x and dt > _iso(x["b"]):
            return False
    return True


def fill(t, c):
    for _ in range(20):
        if callable(t):
            t = t(c)
        elif isinstance(t, (list, tuple)):
            cands = [x for x in t if ok_time(x, c.dt)] or list(t)
            t = c.rng.choice(cands)
        elif isinstance(t, dict):
            t = t["x"]
        else:
            break

    def rep(m):
        s = m.group(1)
        if s in c.v:
            return c.v[s]
        if s.startswith("="):
            name, expr = s[1:].split(":", 1)
            if expr.startswith("#") or expr.startswith("~") or "|" in expr or expr in c.v:
                val = rep(_FakeMatch(expr))
            else:
                val = expr
            c.v[name] = val
            for k2, v2 in _DERIVED.get(name, {}).get(val, {}).items():
                c.v[k2] = v2
            return val
        if s.startswith("#"):
            a, b = s[1:].split("-")
            return str(c.rng.randint(int(a), int(b)))
        if s.startswith("%"):
            a, b = s[1:].split("-")
            return ordinal(c.rng.randint(int(a), int(b)))
        if s.startswith("~"):
            a, b = s[1:].split("-")
            return W(c.rng.randint(int(a), int(b)))
        if "|" in s:
            return c.rng.choice(s.split("|"))
        raise KeyError("bad slot {%s} in %r" % (s, t[:80]))

    for _ in range(14):
        t2 = _TOK.sub(rep, t)
        if t2 == t:
            break
        t = t2
    t = re.sub(r"[ \t]{2,}", " ", t)
    t = t.replace(" ,", ",").replace(" .", ".")
    return t.strip()


# forms that must agree with a bound headline word (e.g. "slips" -> "slipped slightly")
_DERIVED = {
    "wt": {"edges up": {"wb": "edged up"}, "firms": {"wb": "rose about 1 percent"}, "slips": {"wb": "slipped slightly"}},
    "rbt": {"steadies": {"rbb": "held steady"}, "weakens": {"rbb": "slipped"}},
    "spt": {"steadies": {"spb": "traded steadily"}, "slips": {"spb": "slipped"}},
    "ppt": {"steady": {"ppb": "held steady"}, "firms": {"ppb": "firmed slightly"}},
    "tt": {"firm": {"tb": "firmed"}, "ease": {"tb": "eased"}},
    "gt": {"edge wider": {"gb": "edged wider"}, "little changed": {"gb": "were little changed"}},
    "jf": {"a Japanese shipbuilder": {"jfh": "Japanese shipbuilder"},
           "a Japanese steelmaker": {"jfh": "Japanese steelmaker"},
           "Hokuyo Industries": {"jfh": "Hokuyo Industries"},
           "a Japanese chemical maker": {"jfh": "Japanese chemical maker"}},
}


class _FakeMatch(object):
    def __init__(self, s):
        self.s = s

    def group(self, i):
        return self.s


class Deck(object):
    """Deal items in shuffled order so that repetition is spread out."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.pool = []

    def draw(self, ok):
        for _ in range(2):
            for i in range(len(self.pool) - 1, -1, -1):
                if ok(self.pool[i]):
                    return self.pool.pop(i)
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        cands = [x for x in self.items if ok(x)] or self.items
        return self.rng.choice(cands)


_DECKS = {}


def deal(key, items, c):
    d = _DECKS.get(key)
    if d is None:
        d = _DECKS[key] = Deck(items, c.rng)
    return d.draw(lambda x: ok_time(x, c.dt))


def expand_weights(evs):
    out = []
    for e in evs:
        out.extend([e] * e.get("w", 1))
    return out


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# content registry (filled further down) and phase helpers
# ---------------------------------------------------------------------------
CONTENT = {}


def _fmt(dt):
    return dt.strftime("%Y-%m-%dT%H:%M")


def PRE(pair, x):
    """Item valid only before the pair's episode window (minus margin)."""
    return {"x": x, "b": _fmt(WINDOWS[pair][0] - MARGIN)}


def POST(pair, x):
    """Item valid only after the pair's episode window (plus margin)."""
    return {"x": x, "a": _fmt(WINDOWS[pair][1] + MARGIN)}


def SPAN(a, b, x):
    d = {"x": x}
    if a:
        d["a"] = a
    if b:
        d["b"] = b
    return d


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------
def draw_ev(pair, c, avoid=()):
    p = CONTENT[pair]
    items = expand_weights(p["ev"])
    for _ in range(6):
        ev = deal((pair, "ev"), items, c)
        if ev not in avoid:
            return ev
    return ev


def _evi(pair, ev):
    return CONTENT[pair]["ev"].index(ev)


def _sub(ev, key, mapkey, idx):
    items = ev.get(key) or []
    m = ev.get(mapkey)
    if m is not None and idx in m:
        return [items[j] for j in m[idx]], idx
    return items, None


def more(pair, ev, c, k, idx=0):
    items, sel = _sub(ev, "more", "mm", idx)
    out = []
    if not items:
        return out
    for _ in range(k + 2):
        s = fill(deal((pair, "more", _evi(pair, ev), sel), items, c), c)
        if s not in out:
            out.append(s)
        if len(out) >= k:
            break
    return out


def quote(pair, ev, c, idx=0):
    items, sel = _sub(ev, "q", "qm", idx)
    if not items:
        return ""
    return fill(deal((pair, "q", _evi(pair, ev), sel), items, c), c)


def ev_city(p, ev, idx, c):
    cm = ev.get("cm") or {}
    return fill(cm.get(idx) or ev.get("city") or p["city"], c)


def pick_lead(ev, c):
    """Choose a lead, fill it (binding any shared slots), and return the
    matching headline templates, to be filled afterwards."""
    leads = ev["lead"]
    if callable(leads) or isinstance(leads, str):
        idx, lt = 0, leads
    else:
        cands = [i for i, x in enumerate(leads) if ok_time(x, c.dt)] or list(range(len(leads)))
        idx = c.rng.choice(cands)
        lt = leads[idx]
    lead = fill(lt, c)
    hm = ev.get("hm")
    hs = [ev["h"][j] for j in hm[idx]] if hm else ev["h"]
    return idx, lead, hs


def hist(pair, c):
    return fill(deal((pair, "hist"), CONTENT[pair]["hist"], c), c)


def ctxs(pair, c):
    return fill(deal((pair, "ctx"), CONTENT[pair]["ctx"], c), c)


def pool(pair, key, c):
    return fill(deal((pair, key), CONTENT[pair][key], c), c)


SIGNOFF_REP = ["Anna Petrenko", "Tom Hallam", "Mira Castell", "Jonas Pike", "Leyla Aksoy",
               "Daniel Osei", "Priya Raman", "Hugo Lindqvist", "Sofia Marr", "Karim Haddad",
               "Nadia Volkova", "Ben Achterberg", "Joon Park", "Ines Moreau", "Rafael Quiroga"]
SIGNOFF_ED = ["Mark Hollis", "Clare Dunmore", "Peter Vance", "Alison Reyes", "Neil Kemble", "Ruth Abend"]


def signoff(c):
    r = c.rng
    a = r.choice(SIGNOFF_REP)
    b = r.choice([x for x in SIGNOFF_REP if x != a])
    e = r.choice(SIGNOFF_ED)
    return r.choice([
        "(Reporting by %s; editing by %s)" % (a, e),
        "(Reporting by %s and %s; writing by %s; editing by %s)" % (a, b, a, e),
        "(Reporting by %s; additional reporting by %s; editing by %s)" % (a, b, e),
    ])


# ---------------------------------------------------------------------------
# house styles
# ---------------------------------------------------------------------------
def r_wire(pair, c, outlet):
    p = CONTENT[pair]
    ev = draw_ev(pair, c)
    idx, lead, hs = pick_lead(ev, c)
    title = fill(hs, c)
    city = ev_city(p, ev, idx, c)
    paras = ["%s, %s (Northgate) — %s" % (city.upper(), c.v["md"], lead)]
    k = c.rng.choice([1, 2, 2])
    paras.append(" ".join(more(pair, ev, c, k, idx)))
    if c.rng.random() < 0.75:
        paras.append(quote(pair, ev, c, idx))
    r = c.rng.random()
    if r < 0.5:
        paras.append(hist(pair, c))
    elif r < 0.8:
        paras.append(ctxs(pair, c))
    else:
        paras.append(ctxs(pair, c) + " " + hist(pair, c))
    if c.rng.random() < 0.35:
        paras.append(signoff(c))
    return title, paras


def r_brief(pair, c, outlet):
    p = CONTENT[pair]
    ev = draw_ev(pair, c)
    idx, lead, hs = pick_lead(ev, c)
    title = fill(hs, c)
    if c.rng.random() < 0.45:
        city = ev_city(p, ev, idx, c)
        lead = "%s (BWS) — %s" % (city.upper(), lead)
    paras = [lead]
    second = more(pair, ev, c, 1, idx)
    if c.rng.random() < 0.45:
        second.append(quote(pair, ev, c, idx))
    paras.append(" ".join(second))
    if c.rng.random() < 0.5:
        paras.append(c.rng.choice([ctxs, hist])(pair, c))
    return title, paras


def _dateline(outlet, city, c):
    r = c.rng.random()
    if outlet == "Eurasia Brief":
        return city + " — " if r < 0.6 else ""
    if outlet == "Asia Current":
        return (city.upper() + " – ") if r < 0.5 else ((city.upper() + ": ") if r < 0.75 else "")
    if outlet == "Levant Dispatch":
        return city.upper() + " — " if r < 0.7 else ""
    if outlet == "The Sahel Monitor":
        return city + " – " if r < 0.65 else ""
    if outlet == "Andes Post":
        return city.upper() + " — " if r < 0.7 else ""
    return ""


def r_regional(pair, c, outlet):
    p = CONTENT[pair]
    ev = draw_ev(pair, c)
    idx, lead, hs = pick_lead(ev, c)
    title = fill(hs, c)
    city = ev_city(p, ev, idx, c)
    paras = [_dateline(outlet, city, c) + lead]
    paras.append(" ".join(more(pair, ev, c, 2, idx)))
    if c.rng.random() < 0.8:
        paras.append(quote(pair, ev, c, idx))
    paras.append(ctxs(pair, c) if c.rng.random() < 0.5 else hist(pair, c))
    if c.rng.random() < 0.6:
        paras.append(hist(pair, c))
    return title, paras


def r_tabloid(pair, c, outlet):
    p = CONTENT[pair]
    ev = draw_ev(pair, c)
    idx, lead, hs = pick_lead(ev, c)
    title = fill(ev.get("tab") or p["tabh"], c)
    kick = fill(ev["tk"], c) if ev.get("tk") else pool(pair, "tabk", c)
    paras = [kick, lead]
    q = quote(pair, ev, c, idx)
    if q:
        paras.append(q)
    m = more(pair, ev, c, 1, idx)
    if m:
        paras.append(m[0])
    if c.rng.random() < 0.6:
        paras.append(pool(pair, "tabend", c) if p.get("tabend") else hist(pair, c))
    return title, paras


LIVE_OPEN = [
    "Welcome back to our rolling coverage. Latest entries first; all times GMT.",
    "This page is updated throughout the day. Most recent posts at the top.",
    "Good {morning|afternoon|evening}. Here is where things stand, newest first.",
    "Our live desk is following developments. Times are GMT; latest first.",
    "Catch up on the day's key developments below.",
]


def r_live(pair, c, outlet):
    p = CONTENT[pair]
    n = c.rng.choice([3, 3, 4])
    evs = []
    for _ in range(n):
        evs.append(draw_ev(pair, c, avoid=evs))
    t = c.dt - timedelta(minutes=c.rng.randint(3, 20))
    entries = []
    title = None
    for i, ev in enumerate(evs):
        idx, body, hs = pick_lead(ev, c)
        if title is None:
            title = fill(p["live"], c) + ": " + fill(hs, c)
        if c.rng.random() < 0.4:
            body = body + " " + " ".join(more(pair, ev, c, 1, idx))
        entries.append("%02d:%02d GMT — %s" % (t.hour, t.minute, body))
        t -= timedelta(minutes=c.rng.randint(14, 85))
    paras = []
    if c.rng.random() < 0.5:
        paras.append(fill(c.rng.choice(LIVE_OPEN), c))
    paras.extend(entries)
    return title, paras


def r_analysis(pair, c, outlet):
    p = CONTENT[pair]
    a = p["an"]
    title = fill(deal((pair, "an_t"), a["t"], c), c)
    th = fill(deal((pair, "an_th"), a["th"], c), c)
    h1, h2 = hist(pair, c), hist(pair, c)
    paras = [th, h1 + " " + h2]
    if c.rng.random() < 0.6:
        paras.append(hist(pair, c) + " " + ctxs(pair, c))
    else:
        paras.append(ctxs(pair, c))
    paras.append(fill(deal((pair, "an_end"), a["end"], c), c))
    if c.rng.random() < 0.5:
        paras[0] = fill(c.rng.choice(AN_KICK), c) + " " + paras[0]
    return title, paras


AN_KICK = ["Analysis |", "ANALYSIS —", "Commentary:", "Briefing note.", "Long read:", "Explainer:"]


def r_item(pair, c, outlet, key, prefix):
    p = CONTENT[pair]
    if not p.get(key):
        return r_regional(pair, c, outlet)
    it = deal((pair, key), p[key], c)
    if "pre" in it:
        it["pre"](c)
    title = fill(it["t"], c)
    paras = [fill(x, c) for x in it["p"]]
    if prefix:
        paras[0] = prefix(it, c) + paras[0]
    return title, paras


def _pr_prefix(it, c):
    city = fill(it.get("city", "Geneva"), c)
    return "%s, %s, 2026 /PR Channel/ — " % (city.upper(), c.v["mdl"])


def _st_prefix(it, c):
    return c.rng.choice(["", "(CNA) — ", "CNA — "])


def r_biz(pair, c, outlet):
    return r_item(pair, c, outlet, "biz", None)


def r_pr(pair, c, outlet):
    return r_item(pair, c, outlet, "pr", _pr_prefix)


def r_state(pair, c, outlet):
    return r_item(pair, c, outlet, "st", _st_prefix)


def r_foreign(pair, c, outlet):
    lang = OUTLET_LANG[outlet]
    it = deal((pair, "fx", lang), CONTENT[pair]["fx"][lang], c)
    if "pre" in it:
        it["pre"](c)
    return fill(it["t"], c), [fill(x, c) for x in it["p"]]


STYLE = {
    "Northgate Wire": r_wire,
    "Brief Wire Service": r_brief,
    "Asia Current": r_regional,
    "The Sahel Monitor": r_regional,
    "Andes Post": r_regional,
    "Levant Dispatch": r_regional,
    "Eurasia Brief": r_regional,
    "The Daily Record": r_tabloid,
    "Capital Markets Journal": r_biz,
    "LiveDesk": r_live,
    "Policy Ledger": r_analysis,
    "PR Channel": r_pr,
    "Crescent News Agency": r_state,
}


_SENT = re.compile(r"(?<=[.!?。؟])\s+")


def fit(paras, c, pair, lang):
    paras = [x.strip() for x in paras if x and x.strip()]

    def L():
        return len("\n\n".join(paras))

    while L() > 1200 and len(paras) > 2:
        if paras[-1].startswith("(Reporting"):
            paras.pop(-2)
        else:
            paras.pop(-1)
    while L() > 1200:
        i = max(range(len(paras)), key=lambda j: len(paras[j]))
        ss = _SENT.split(paras[i])
        if len(ss) > 1:
            paras[i] = " ".join(ss[:-1])
        else:
            paras[i] = paras[i][:max(0, len(paras[i]) - (L() - 1195))].rsplit(" ", 1)[0] + "…"
    tries = 0
    while L() < 300 and tries < 6 and lang == "en":
        paras.append(hist(pair, c) if tries % 2 == 0 else ctxs(pair, c))
        tries += 1
        while L() > 1200 and len(paras) > 2:
            paras.pop(-1)
    return "\n\n".join(paras)


# ===========================================================================
# RUS-UKR — the war: everyday violence is the baseline
# ===========================================================================
def _ru_wave(c):
    r = c.rng
    n = r.randint(64, 196)
    d = n - r.randint(5, 38)
    m = r.choice([0, 0, 0, 2, 3, 4, 7])
    mis = (" and %s missiles" % W(m)) if m else ""
    c.v["wave_n"] = str(n)
    c.v["wave_d"] = str(d)
    return r.choice([
        f"Russia launched {n} attack drones{mis} at Ukraine overnight, the Ukrainian air force said on {{day}}, adding that {d} of the drones had been {{shot down or jammed|shot down or lost to electronic warfare|downed or suppressed by electronic countermeasures}}.",
        f"Ukraine's air force said it had {{downed or jammed|neutralised}} {d} of the {n} drones Russia {{sent|launched}} during the night{mis.replace(' and', ', alongside')}, with impacts recorded in {{#3-11}} locations.",
        f"{{Air defence units|Mobile fire groups, helicopters and fighter jets}} destroyed {d} Russian drones {{overnight|in the early hours of {{day}}}} out of {n} {{launched from the Bryansk and Kursk regions and occupied Crimea|sent from several directions at once|fired from Russian territory and occupied Crimea}}, Ukraine's air force said.",
        f"Another night, another wave: {n} Russian drones{mis} crossed into Ukrainian airspace before dawn on {{day}}, and by the air force's count {d} never reached their targets.",
        f"In one of the {{larger|heavier|more sustained}} attacks of {{the week|recent days}}, Russia sent {n} drones{mis} against Ukrainian cities overnight; {d} were {{intercepted|brought down}}, according to the air force's morning tally.",
    ])


def _ru_city(c):
    r = c.rng
    city = r.choice(["Kharkiv", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Kramatorsk",
                     "Odesa", "Sloviansk", "Kryvyi Rih", "Nikopol", "Chernihiv"])
    c.v["strikecity"] = city
    k = r.choice([1, 1, 2, 2, 3, 4, 5])
    c.v["strikek"] = W(k)
    w = r.randint(3, 27)
    weapon = r.choice(["missile", "guided aerial bomb", "glide bomb", "drone", "ballistic missile"])
    verb = "was" if k == 1 else "were"
    return r.choice([
        f"A Russian {weapon} strike on {city} killed {ppl(k)} and wounded {w}, {{regional officials|the regional governor|emergency services}} said {{on {{day}}|overnight}}.",
        f"{cap1(ppl(k))} {verb} killed and {w} injured when a Russian {weapon} hit {{a residential district|an apartment block|a market area|the city centre|an industrial area}} of {city}, local authorities said.",
        f"Russian forces struck {city} {{again|once more}} {{overnight|on {{day}}|early on {{day}}}}, killing {ppl(k)}, according to the head of the regional military administration, who said {w} people {{had been taken to hospital|were being treated for injuries}}.",
        f"Rescuers in {city} finished clearing {{debris|rubble}} on {{day}} after a Russian {weapon} attack that killed {ppl(k)} and injured {w}, {{officials said|the emergency service said}}.",
    ])


RU_UA = dict(
    label="Russia/Ukraine",
    city=["Kyiv", "Kyiv", "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv"],
    live="Russia-Ukraine war live",
    ev=[
        dict(w=3,
             h=["Russia fires {wave_n} drones at Ukraine overnight, air force says",
                "Ukraine says air defences down most of overnight Russian drone wave",
                "Overnight drone attack {targets|hits} {central|eastern|southern|northern} Ukraine",
                "Russia {launches|sends} {wave_n} drones in night attack on Ukraine",
                "Ukraine: {wave_d} of {wave_n} drones downed in night attack"],
             tab=["NIGHT OF THE DRONES", "DRONE HELL", "SKY TERROR: KREMLIN SWARM HITS UKRAINE AGAIN",
                  "SWARM! Another night in the shelters"],
             lead=_ru_wave,
             more=[
                 "Damage was reported in the {Kyiv|Kharkiv|Dnipropetrovsk|Odesa|Poltava|Chernihiv|Sumy|Zhytomyr|Khmelnytskyi} region, where {a warehouse|a private house|a petrol station|a grain elevator|a power substation|a logistics depot} caught fire.",
                 "Air raid alerts {sounded|were in force} across {most of the country|the eastern half of the country|central and eastern regions|nearly every region} for {about three|more than four|nearly five|roughly two} hours.",
                 "Falling debris {damaged|blew out the windows of} {a kindergarten|a high-rise block|several private homes|a school|a supermarket} in {Bila Tserkva|Brovary|Kremenchuk|Poltava|Vinnytsia|Cherkasy|Bucha|Fastiv}, local officials said.",
                 "The national grid operator said emergency outages had been introduced in {#3-7} regions while crews {worked on|repaired} damaged equipment.",
                 "There was no immediate comment from Moscow, which {denies|has repeatedly denied} targeting civilians and says it strikes military and energy facilities {that serve|used by} the Ukrainian army.",
                 "{Many of the drones|About a third of the drones|A large share of the drones}, the air force said, were {decoys without warheads|cheap decoys meant to exhaust air defences}.",
                 "{Schools in|Several schools in} {Kyiv|Dnipro|Kharkiv} switched to remote lessons for the morning after the alert ran past {dawn|7 a.m.}.",
             ],
             q=[
                 "“{The enemy keeps probing our air defence|Every night they look for a gap in our air defence}, and every night our {mobile fire groups|crews} work until dawn,” air force spokesman {Colonel Taras Hrebeniuk|Taras Hrebeniuk} said on {national television|the national telethon}.",
                 "“We need more interceptors, not more statements,” {a senior official in the presidential office|Ukraine's foreign minister, Oksana Hladun,} {wrote on X|told reporters} on {day}.",
                 "“{People|Residents} spent half the night in {shelters|the metro|corridors}, again,” said {Iryna|Olena|Natalia} {Kovalchuk|Savchenko|Bondar}, a {teacher|pharmacist|nurse} in {Kyiv|Dnipro|Poltava}. “You get used to it, and you never get used to it.”",
                 "Hrebeniuk said the {Russian tactics|pattern of the attacks} had shifted {again|in recent weeks}: “{They fly low, then climb, then change course|They come in waves, twenty minutes apart, to tire the gunners}.”",
             ]),
        dict(w=2,
             h=["Russia says air defences destroyed {rn} Ukrainian drones overnight",
                "{Drones downed over|Drone attack targets} {rr} region, Russian officials say",
                "Ukrainian drone attack {sets fire to|hits} {rt} in Russia's {rr} region"],
             hm=[[0, 1], [0], [2]],
             tab=["UKRAINE HITS BACK: DRONES OVER RUSSIA", "PAYBACK: Kyiv's drones light up Russian skies"],
             lead=[
                 "Russian air defence units {intercepted and destroyed|downed|shot down} {=rn:#18-115} Ukrainian {fixed-wing drones|drones} overnight, {most of them|a majority} over the {=rr:Belgorod|Bryansk|Kursk|Voronezh|Rostov} region, the defence ministry said on {day}.",
                 "Russia's defence ministry said {=rn:#18-115} Ukrainian drones had been destroyed {between 11 p.m. and 7 a.m. Moscow time|in the space of eight hours|during the night}, including {#3-19} {approaching Moscow|over the Sea of Azov|over annexed Crimea}.",
                 "A Ukrainian drone attack {set fire to|caused a blaze at} {=rt:an oil depot|a fuel storage site|an industrial facility|a refinery} in Russia's {=rr:Bryansk|Tambov|Saratov|Voronezh|Krasnodar|Rostov|Samara} region {overnight|on {day}}, the regional governor said, adding that the fire had been {put out|contained} {by morning|within hours}.",
             ],
             city=["Moscow", "Moscow", "Kyiv"],
             more=[
                 "The governor of the {Belgorod|Kursk|Bryansk|Voronezh} region said on Telegram that debris had {damaged a car|smashed windows in a block of flats|started a small fire at a farm|damaged a power line}, with {no casualties|one man lightly injured|no one hurt}.",
                 "{Two|Several|Three} airports {around Moscow|in southern Russia|in the Volga region} briefly suspended flights, the federal aviation agency said.",
                 "Ukraine {did not comment|does not usually comment} on {specific|individual} strikes inside Russia but {has described|describes} {refineries|oil depots|military airfields} as legitimate targets {that feed|supporting} Moscow's war effort.",
                 "A source in Ukraine's security services, {speaking on condition of anonymity|who asked not to be named}, said {a fuel depot|an ammunition store|a radar station|a drone assembly site} had been the target.",
                 "Residents posted videos of {explosions|a column of black smoke|air defence fire} {over the outskirts|above the city} before dawn.",
             ],
             q=[
                 "“{The Kyiv regime|Kyiv} continues its terrorist attacks on civilian infrastructure,” {the ministry said in a statement|the Russian foreign ministry spokeswoman, Anna Koroleva, said}.",
                 "“{All air defence systems worked as designed|Our air defence worked normally}. {There is no threat to residents|Residents should stay calm and not approach debris},” the governor wrote.",
             ]),
        dict(w=2,
             h=["Russian {strike|attack} on {strikecity} kills {strikek}, officials say",
                "{strikecity} hit {again|overnight}; dead and wounded reported",
                "Deadly {strike|bombing} in {strikecity} as Russia keeps up pressure on {frontline cities|the east|the south}"],
             tab=["TERROR IN {strikecity}", "CARNAGE IN {strikecity}: Kremlin bomb hits homes"],
             lead=_ru_city, city=["{strikecity}"],
             more=[
                 "Rescue teams {worked through the night|spent hours} at the site, {a damaged|a partly collapsed} {five|nine|two|four}-storey {apartment block|building}.",
                 "Among the injured {were two children|was a 14-year-old girl|were an elderly couple|was a pregnant woman}, officials said.",
                 "The city {declared|announced} a day of mourning.",
                 "Photographs released by the emergency service showed {firefighters working through the night|a crater next to a bus stop|burnt-out cars in a courtyard|a gutted shop front}.",
                 "The city, {barely 30 kilometres from the front|within range of Russian artillery|about 40 kilometres from the Russian border}, is hit almost daily.",
                 "Moscow did not comment; its defence ministry said it had struck {military-industrial facilities|Ukrainian army positions and fuel depots} {overnight|in the previous 24 hours}.",
             ],
             q=[
                 "“There are no military targets there, only people's homes,” {the mayor|the regional governor|the head of the military administration} wrote on Telegram.",
                 "“This is what a {day} looks like here,” said {a volunteer|a local resident|a rescuer}, {Andrii|Maksym|Vasyl} {Tkachenko|Melnyk|Shevchuk}, {wiping dust from his face|standing outside the building}.",
                 "“We heard the {whistle|whine} and then everything went white,” {a neighbour|one resident} told local television.",
             ]),
        dict(w=3,
             h=["Ukraine repels {fn} Russian assaults near {fp}, army says",
                "Russia claims capture of {village|another village} in {fr} region",
                "Heavy fighting {reported|continues} {near|around} {fp}",
                "Front line: small-group assaults, fog and drones",
                "Kyiv reports {fn} clashes along the front line"],
             hm=[[0, 3], [1], [2, 3], [3, 4]],
             tab=["HELL ON THE FRONT", "MUD, FOG AND DRONES: Inside the meat grinder"],
             lead=[
                 "Ukrainian troops repelled {=fn:#20-70} Russian {assaults|attacks} over the past day, {most of them|the heaviest} near {=fp:Pokrovsk|Kostiantynivka|Siversk|Huliaipole|Kupiansk|Lyman|Myrnohrad}, the general staff said in its {morning|evening} update.",
                 "Russia's defence ministry said its forces had {taken|captured|'liberated'} the village of {Novopavlivka|Stepove|Ivanivka|Zelenyi Hai|Petrivka|Andriivka|Bilytske|Yablunivka} in the {=fr:Donetsk|Zaporizhzhia|Dnipropetrovsk|Kharkiv} region, a claim Ukraine's military {did not confirm|disputed|said was false}.",
                 "Fighting {intensified|remained heavy} {around|on the approaches to} {=fp:Kostiantynivka|Huliaipole|Kupiansk|Siversk|Lyman} on {day}, {a Ukrainian brigade spokesman|Ukrainian officers} said, with Russian infantry {advancing in small groups under cover of fog|using motorcycles and quad bikes|moving in twos and threes}.",
                 "The general staff in Kyiv recorded {=fn:#110-260} combat clashes along the front {in the past 24 hours|on {yday}}, {almost half of them|a third of them|the bulk of them} in the {Pokrovsk|Kostiantynivka|Huliaipole|Kupiansk} sector.",
             ],
             city=["Kramatorsk", "Kyiv", "Zaporizhzhia", "Kharkiv", "Moscow"],
             more=[
                 "Battlefield claims by either side could not be independently verified.",
                 "{Analysts|Military bloggers on both sides} describe the fighting as a grinding contest in which small infantry groups try to slip between positions under drone cover.",
                 "Ukrainian commanders have repeatedly {complained of|pointed to} shortages of infantry rather than of shells.",
                 "{Fog|Sleet|Freezing rain|Low cloud} has {limited|hampered} drone operations along parts of the front, soldiers said.",
                 "Russia's ministry also claimed to have {struck|hit} {Ukrainian drone launch sites|fuel depots|temporary deployment points} in {#80-160} areas.",
                 "Maps published by {independent analysts|open-source researchers} show Russian gains {measured in hundreds of metres|of a few square kilometres} over the past week.",
             ],
             q=[
                 "“They come every day, in small groups. We see them on the drone screens long before we hear them,” said a {sergeant|platoon commander|drone operator} who gave only his call sign, {Lis|Grom|Sova|Moryak}.",
                 "“Our units continue to advance {on all axes|in the Donetsk direction},” the Russian ministry said in its daily briefing.",
                 "“{The front is holding, but it is holding on people, not on luck|Every metre costs something}”, {a brigade spokesman|a battalion commander} told {reporters|local media}.",
             ]),
        dict(w=1,
             h=["Russia and Ukraine swap {sn} prisoners each in UAE-brokered exchange",
                "Prisoner exchange brings {sn} Ukrainian soldiers home",
                "Moscow and Kyiv carry out {another|latest} prisoner swap"],
             hm=[[0, 2], [1, 2]],
             tab=["HEROES COME HOME", "FREE AT LAST: POWs back in Ukraine"],
             lead=[
                 "Russia and Ukraine exchanged {=sn:#84-300} prisoners of war {each|apiece} on {day}, in a swap {mediated by the United Arab Emirates|brokered by the United Arab Emirates|mediated by the UAE}, both sides said.",
                 "{=sn:#100-250} Ukrainian servicemen, some held since {the fall of Mariupol in 2022|the early weeks of the invasion|2022}, returned home on {day} in the {latest|newest} prisoner exchange with Russia.",
             ],
             more=[
                 "It was the {fourth|fifth|third|latest} such exchange {in recent months|since the summer|this autumn}.",
                 "Video released by Kyiv showed men wrapped in national flags stepping off buses {near the Belarusian border|in the Chernihiv region|at an undisclosed location in the north}.",
                 "Russia's defence ministry said its freed servicemen were being flown to Moscow for medical treatment.",
                 "{Relatives|Families of the missing} {gathered|waited} {with photographs|holding portraits} at the {reception point|roadside}, hoping to see a familiar face.",
                 "Such exchanges have continued throughout the war even when all other contacts between Moscow and Kyiv were frozen.",
             ],
             q=[
                 "“{We are bringing our people home, step by step|Every exchange is proof that it can be done, and it must continue}”, the Ukrainian president wrote on social media.",
                 "“{We are working to bring home every one of our defenders|Nobody will be forgotten}”, said {Mykola Tkach|the head of the coordination headquarters, Mykola Tkach}.",
             ]),
        dict(w=1,
             h=["Ukraine receives bodies of {sb} fallen soldiers in repatriation",
                "{Bodies|Remains} of {sb} soldiers returned to Ukraine"],
             tab=["FALLEN HEROES RETURNED"],
             lead=["Ukraine {received|has received} the bodies of {=sb:#900-1000} people it says are fallen soldiers, {the coordination headquarters for prisoners of war said|officials in Kyiv said} on {day}, while Russia {received|got back} {#20-60}."],
             more=["Repatriations of the dead, like prisoner swaps, are among the few arrangements that have survived the war.",
                   "Forensic experts will work to identify the remains, a process that can take {months|many months}, officials said.",
                   "Kyiv says many of the bodies {were returned|arrive} without identification documents."],
             q=["“{Every family deserves to bury its own|Identification is our duty to the families}”, {an official at the coordination headquarters said|said Mykola Tkach, head of the coordination headquarters}."]),
        dict(w=2,
             h=["Blackouts in {en} Ukrainian regions after strikes on {power plants|energy facilities}",
                "Ukraine {rations|schedules} power as Russia targets {grid|energy system} again",
                "{Cold|Dark} {day|evening} in {ec} after energy strike"],
             hm=[[0, 1], [1, 2], [1, 2]],
             tab=["FROZEN OUT", "LIGHTS OUT IN UKRAINE: Kremlin's winter war"],
             lead=[
                 "Ukraine's grid operator announced {scheduled|rolling} power cuts in {=en:#5-14} regions for {day} after {a Russian attack on|overnight strikes against} energy facilities {in the east|in the centre of the country|in the south|near Kyiv|in the Poltava region}.",
                 "More than {#150-700},000 households were left without electricity in the {=ec:Odesa|Kharkiv|Chernihiv|Sumy} region after Russian {drones|missiles} hit {a substation|a thermal power plant|gas infrastructure}, the {regional authorities|energy ministry} said.",
                 "Residents of {=ec:Kyiv|Kharkiv|Odesa} {faced|were warned of} outages of up to {#4-12} hours on {day} as engineers {worked to stabilise|balanced} a grid {battered by|still recovering from} Russian strikes.",
             ],
             more=[
                 "With temperatures around {minus {#2-9}|freezing}, city authorities opened {#30-200} heated 'invincibility points' where residents can charge phones and get warm.",
                 "The energy ministry said power had been restored to {#60-90} percent of affected consumers by {the evening|midday|the afternoon}.",
                 "Ukraine {has been importing|imports} electricity from {Poland, Slovakia, Hungary and Romania|EU neighbours} to {cover|fill} the shortfall.",
                 "Hospitals switched to backup generators, {officials said|the health ministry said}.",
                 "The attacks on the power system, {a feature of every winter since 2022|repeated each winter since 2022}, aim to exhaust both the grid and the population, Ukrainian officials say.",
             ],
             q=[
                 "“{We will repair everything again|Our engineers have learned to repair in days what used to take months}”, {the energy minister|the head of the grid operator} said.",
                 "“{The children do homework by torchlight|We cook when the light comes on, whatever the hour}”, said {a mother of two|a pensioner} in {Kharkiv|Chernihiv|Sumy|Odesa}.",
             ]),
        dict(w=2,
             h=["Kremlin says no new talks with Kyiv planned",
                "Ukraine presses European allies for more help before deep winter",
                "IAEA reports power line loss at Zaporizhzhia nuclear plant",
                "Kyiv and Moscow trade blame over {dx}",
                "No ceasefire in sight, {officials|diplomats} say"],
             hm=[[0, 4], [1], [3], [2]],
             mm={0: [0, 1, 4], 1: [0, 3, 4], 2: [0, 1, 4], 3: [2, 4]},
             qm={0: [0, 2], 1: [1, 2], 2: [0, 1, 2], 3: [3]},
             tab=["PEACE? NOT A CHANCE, SAYS KREMLIN", "NUKE PLANT SCARE"],
             lead=[
                 "The Kremlin said on {day} there were {no plans|no concrete plans} for {new direct talks|a new round of negotiations} with Kyiv, {adding|saying} that Moscow's conditions {were well known|had not changed}.",
                 "Ukraine's foreign minister, Oksana Hladun, {urged|pressed} European partners {in Brussels|at a meeting in Warsaw|by video link} on {day} to {speed up deliveries of air defence|fund more interceptor drones|finalise a loan backed by frozen Russian assets} before the coldest weeks of winter.",
                 "Kyiv and Moscow {traded accusations|blamed each other} on {day} over {=dx:a strike on a humanitarian convoy|shelling near the Zaporizhzhia nuclear plant|the treatment of prisoners}, {each denying responsibility|with neither offering evidence}.",
                 "The International Atomic Energy Agency said the Russian-held Zaporizhzhia nuclear power plant had {briefly|for several hours} lost {its connection to a backup power line|one of its external power lines}, {one of a long series of such incidents|the latest of many such incidents} since 2022.",
             ],
             more=[
                 "{Western|European} officials say {efforts to arrange|attempts to broker} a ceasefire have made little progress {this autumn|in recent weeks}.",
                 "Moscow insists that Ukraine {give up its NATO ambitions and withdraw from|cede} the four regions it claims to have annexed in 2022; Kyiv rejects {this|any such demand} as capitulation.",
                 "The plant's six reactors have been in cold shutdown {since 2022|for more than three years}.",
                 "The foreign minister also met {defence industry executives|representatives of EU member states} to discuss joint production of {drones|air defence missiles|artillery shells}.",
                 "{Both sides {deny|have denied} deliberately targeting civilians|Each side accuses the other of hitting civilian targets; both deny doing so themselves|Moscow and Kyiv both say they strike only military targets}.",
             ],
             q=[
                 "“{Our position is well known and has not changed|Our conditions have been set out many times}”, the Kremlin spokesman, Pavel Sorokin, told reporters.",
                 "“{Peace is possible only if Russia stops the killing first|Russia talks about peace in the daytime and sends drones at night}”, Hladun said.",
                 "“Any hypothetical ceasefire would have to be monitored, and nobody has yet said by whom,” a European diplomat said {privately|on condition of anonymity}.",
                 "“{The situation at the plant remains precarious|Every loss of off-site power is a reminder of how fragile nuclear safety is in a war zone}”, an IAEA spokesperson said.",
             ]),
        dict(w=1,
             h=["Russian drones hit {ship|port facilities} in {sp}",
                "Black Sea corridor keeps moving despite attacks",
                "Ukraine says sea drones hit Russian {patrol boat|vessel} off Crimea"],
             hm=[[0], [1], [2]],
             mm={0: [1, 2], 1: [0, 1], 2: [3]},
             qm={0: [0], 1: [0], 2: []},
             tab=["PORT BLITZ", "SEA DRONES STRIKE AGAIN"],
             lead=[
                 "A Russian drone attack {damaged|hit} {a civilian cargo ship|a Panama-flagged bulk carrier|a Turkish-owned vessel|port infrastructure} in {=sp:the Odesa region|Izmail on the Danube|Pivdennyi port|Chornomorsk} overnight, Ukrainian officials said, {injuring|wounding} {a crew member|two crew members|three port workers|a port worker}.",
                 "Ukraine's Black Sea corridor {handled|shipped} {#3-6}.{#1-9} million tonnes of cargo {in November|last month}, {port officials|the infrastructure ministry} said on {day}, despite {repeated|near-daily} Russian attacks on port facilities.",
                 "Ukraine's navy said {it had struck|sea drones had hit} a Russian {patrol boat|landing craft|tugboat} off {occupied Crimea|the Crimean coast|Sevastopol}; Russia's Black Sea Fleet said it had {destroyed|repelled} {#2-6} unmanned boats.",
             ],
             city=["Odesa", "Odesa", "Kyiv", "Moscow"],
             more=[
                 "{Grain|Corn|Sunflower oil} makes up the bulk of exports through the corridor, which Ukraine opened in {August 2023|the summer of 2023} after Russia quit the UN-brokered grain deal.",
                 "Shipping insurers {have raised|keep raising} war-risk premiums for Black Sea voyages after each attack, {brokers|traders} said.",
                 "The Danube ports, {just across the river from Romania|on the border with Romania}, have become a key export route since 2022.",
                 "Russia's Black Sea Fleet has moved most of its ships from Sevastopol to Novorossiysk since 2023 after repeated Ukrainian attacks.",
             ],
             q=[
                 "“{Every ship that sails is a small victory|The corridor works because crews keep coming}”, {a port official|the deputy infrastructure minister} said.",
             ]),
    ],
    hist=[
        "Russia {annexed|seized and annexed} Crimea in {March 2014|2014}, {after a disputed referendum|following a referendum held under the guns of unmarked troops} that most of the world {does not recognise|has never recognised}.",
        "Fighting in the Donbas began in {April 2014|the spring of 2014}, when Moscow-backed separatists seized government buildings in Donetsk and Luhansk.",
        "The Minsk agreements of {September 2014 and February 2015|2014 and 2015} were supposed to end the fighting in the east but were never fully implemented.",
        "Russia launched its full-scale invasion on {24 February 2022|February 24, 2022}, {sending columns towards Kyiv from the north|attacking from the north, east and south}.",
        "Russian forces withdrew from around Kyiv in {early April 2022|the spring of 2022}, leaving behind evidence of killings in Bucha that Moscow denies.",
        "Ukraine recaptured the city of Kherson in {November 2022|November of 2022}, one of the biggest Russian setbacks of the war.",
        "Under the Budapest Memorandum of {1994|December 1994}, Ukraine gave up the nuclear arsenal it inherited from the Soviet Union in exchange for security assurances, including from Russia.",
        "Talks in Istanbul in {March 2022|the spring of 2022} produced a draft framework that collapsed within weeks.",
        "Ukraine declared independence on {24 August 1991|August 24, 1991}; more than 90 percent of voters, including a majority in Crimea, backed it in a referendum that December.",
        "Ukraine's counteroffensive of {2023|summer 2023} failed to break through Russia's layered defences in the south.",
        "Bakhmut fell to Russian forces in {May 2023|the spring of 2023} after months of fighting that left the town in ruins.",
        "Ukrainian troops pushed into Russia's Kursk region in {August 2024|the summer of 2024}, the largest incursion into Russian territory since the Second World War.",
        "The Black Sea Grain Initiative, brokered by Turkey and the United Nations in {July 2022|2022}, collapsed a year later when Moscow withdrew.",
        "Russian officials often invoke the 1654 Pereiaslav agreement; Ukrainian historians point instead to the Holodomor famine of 1932-33, which Kyiv regards as genocide.",
        "The Zaporizhzhia nuclear power plant, Europe's largest, has been under Russian control since {March 2022|the first weeks of the invasion}.",
        "The Kerch bridge, opened by Moscow in 2018 to link Crimea to the Russian mainland, has been attacked several times since 2022.",
        "The destruction of the Kakhovka dam in {June 2023|2023} flooded dozens of settlements downstream on the Dnipro.",
        "Avdiivka fell in {February 2024|early 2024}, after Ukraine ran short of ammunition while a US aid package was stalled.",
        "Moscow declared the annexation of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions in {September 2022|autumn 2022}, though it has never fully controlled any of the last three.",
        "The 2014 protests on Kyiv's Maidan square, which toppled a pro-Russian president, were followed within weeks by the seizure of Crimea.",
        "Since 2022 the two sides have carried out dozens of prisoner exchanges, many mediated by the United Arab Emirates, Turkey, Qatar or Saudi Arabia.",
        "Russian strikes on the power grid in the winter of {2022-23|2022 and 2023} knocked out roughly half of Ukraine's generating capacity at one point.",
    ],
    ctx=[
        "{Western|European} officials say {talks|efforts to arrange talks} on a ceasefire have made little progress {this autumn|in recent weeks}.",
        "Both sides have {stepped up|intensified} long-range strikes {as winter sets in|in recent weeks}, Ukraine targeting refineries and Russia the power grid.",
        "Russia controls {around|roughly} a fifth of Ukraine's internationally recognised territory.",
        "Kyiv has asked its allies for {more Patriot systems|additional air defence interceptors} and for help {rebuilding|protecting} its power plants.",
        "Moscow {says|insists} Ukraine must {abandon its NATO ambitions|withdraw from the four regions Russia claims} before any settlement; Kyiv rejects this.",
        "The {European Union|EU} is preparing {another|its next} sanctions package, diplomats said.",
        "Casualty figures are {closely guarded|not disclosed} by both sides{, but Western estimates run into the hundreds of thousands|}.",
        "The war is {now well into|in} its fifth winter.",
        "Ukraine has expanded domestic production of {long-range drones|interceptor drones|artillery} and says it now makes most of the drones it uses.",
        "Russia's economy, {slowed by high interest rates|under strain from sanctions}, is still spending {record|unprecedented} sums on the military.",
    ],
    tabk=[
        "It was another night of terror for Ukraine.",
        "The Kremlin's war machine struck again.",
        "Terrified families huddled in metro stations as the sirens wailed {until dawn|for hours}.",
        "Ukraine's brave defenders faced down yet another onslaught.",
        "There is no let-up for the people of Ukraine.",
        "Winter is coming, and the Kremlin wants Ukraine to freeze.",
        "Kyiv has had enough — and it is hitting back.",
    ],
    tabend=[
        "The war, launched on February 24, 2022, is now deep into its fifth winter — with no end in sight.",
        "Peace talks? Don't hold your breath. The Kremlin says its conditions haven't changed.",
        "Western diplomats privately admit a ceasefire is nowhere near.",
    ],
    an=dict(
        t=["A fifth wartime winter: what the energy war is really about",
           "Why neither Moscow nor Kyiv is in a hurry to talk",
           "Drones, not tanks, now decide the front line",
           "Prisoner swaps: the one channel that never closes",
           "From Minsk to now: a decade of failed ceasefires in Ukraine",
           "The limits of attrition on the Donetsk front"],
        th=["Strip away the daily casualty counts and the shape of the war in Ukraine has barely changed in a year: a front line that moves by villages rather than by regions, and a long-range duel in which each side tries to make the other's winter unbearable.",
            "Every few weeks a new peace formula circulates in European capitals, and every few weeks it runs into the same wall: Moscow wants territory and a neutral Ukraine, Kyiv wants guarantees that would make a new invasion impossible.",
            "The most revealing statistic of this war may not be the number of drones launched each night but the price of each one.",
            "It is easy to forget that the war did not begin in 2022.",
            "Amid the drones and the blackouts, one thing has worked with quiet regularity: the exchange of prisoners.",
            "On the Donetsk front, a kilometre can take a month and a battalion."],
        end=["None of this means a settlement is impossible; it means both parties still believe time is on their side, and wars end when one of them stops believing it.",
             "For now the likelier scenario is more of the same: another winter of strikes, another spring of assaults, and talks about talks.",
             "If a ceasefire did come, the hard part would begin the next morning: who monitors it, and what happens the first time it is broken.",
             "The lesson of Minsk, for Kyiv at least, is that a ceasefire without enforcement is merely an intermission.",
             "Diplomats who have worked on the file are cautious: hypotheticals about a deal, one said, have a way of outliving the people who float them."]),
    biz=[
        dict(t="Wheat {=wt:edges up|firms|slips} as Black Sea {risks|attacks} weigh on traders",
             p=["Wheat futures in {Chicago|Paris} {wb} on {day} as traders weighed reports of {a strike on a Danube port|damage at Odesa's port|slower Russian export shipments}.",
                "War-risk premiums for {bulk carriers|ships} calling at Ukrainian ports {remain at around 1 percent of hull value|have risen again}, {two London brokers|brokers in London} said, well above the level of a year ago.",
                "“{The market has learned to price the war, but not the surprises|Traders have stopped reacting to every drone; they react to the ports}”, said {Helen Marsh, an analyst at Crestline Commodities|Jonas Weber, head of grains research at Altavia Partners}.",
                "Ukraine's agriculture ministry {expects|forecasts} grain and oilseed exports of about {#38-46} million tonnes this season."]),
        dict(t="Ukraine's central bank {holds|keeps} key rate at {#13-16}%, cites war risks",
             p=["The National Bank of Ukraine left its key policy rate unchanged on {day}, citing {persistent inflation|the risks from attacks on the energy system} and {uncertainty over|the timing of} external financing for next year.",
                "The hryvnia {was steady|traded little changed} at around {#41-44} to the dollar.",
                "Bankers say the economy, which grew {modestly|by about 2 percent} this year, remains hostage to the power grid: each major strike knocks industrial output for days.",
                "“{Monetary policy cannot fix a blackout|We are pricing the war month by month}”, said {Oleh Dmytruk, chief economist at Zenit Capital in Kyiv|an economist at a Kyiv brokerage}."]),
        dict(t="{=df:Dniprobud Group|Karpaty Energy} wins {EBRD-backed|EU-funded} contract to rebuild substations",
             p=["Ukrainian contractor {df} said on {day} it had won a {#40-120} million euro contract, {backed by the European Bank for Reconstruction and Development|financed from an EU facility}, to rebuild and protect {#6-14} high-voltage substations damaged by Russian strikes.",
                "Part of the work involves {concrete shelters|passive protection} around transformers, which {the company says|engineers say} can withstand drone fragments but not a direct missile hit.",
                "Reconstruction deals have become a growth business in Ukraine despite the war, with {foreign lenders|development banks} carrying most of the risk.",
                "The company's shares are not listed; it is owned by {a group of Ukrainian investors|its founders and a Polish fund}."]),
        dict(t="Ruble {=rbt:steadies|weakens} as Urals discount {widens|stays wide}",
             p=["The ruble {rbb} against the yuan on the Moscow exchange on {day} as the discount on Russia's Urals crude {widened to|stayed at about} ${#11-19} a barrel below Brent, {traders said|according to trading sources}.",
                "Ukrainian drone strikes on refineries have {cut|trimmed} Russian fuel output in recent months, prompting {export bans on gasoline|temporary curbs on petrol exports}.",
                "Russia's budget relies on {oil and gas revenue|energy income} for roughly a quarter of its income, while military spending {remains at a post-Soviet high|is the largest since Soviet times}."]),
        dict(t="European defence stocks extend gains on air defence orders",
             p=["Shares in European defence groups {rose|extended gains} on {day} after {two|several} governments announced new orders for air defence {systems|interceptors} destined for Ukraine.",
                "{Velora Systems|Nordhaus Defence}, which makes short-range interceptors, {climbed {#2-6} percent|hit a record high} in {Frankfurt|Stockholm|Paris} trading.",
                "“{Air defence is the new ammunition|The bottleneck is no longer shells but interceptors}”, said {Clara Jansen, a defence analyst at Hellbrook Securities|an analyst at a London brokerage}.",
                "Demand has been driven by Russia's nightly drone and missile attacks, which {consume|burn through} interceptors faster than factories can make them."]),
    ],
    pr=[
        dict(city="Kharkiv",
             t="Slobozhanshchyna Technical University and Lublin Institute of Technology sign memorandum on demining robotics",
             p=["Slobozhanshchyna Technical University (STU) and the Lublin Institute of Technology today signed a memorandum of understanding on joint research into robotic systems for humanitarian demining.",
                "Under the agreement, the institutions will exchange {#6-12} doctoral students a year, share test data and seek joint funding for a field laboratory near Kharkiv.",
                "“Ukraine has become the most mined country in the world. Our engineers will be clearing it for decades, and they need the best tools,” said STU rector Professor Halyna Moroz.",
                "About STU: Founded in 1930, Slobozhanshchyna Technical University trains engineers in electronics, materials and automation. Media contact: press@stu.example"]),
        dict(city="Zaporizhzhia",
             t="Light for Hospitals Foundation delivers {=lg:#30-60} generators to frontline hospitals",
             p=["The Light for Hospitals Foundation, a Kyiv-based charity, announced today that it has delivered {lg} industrial generators to hospitals in the Zaporizhzhia, Kharkiv and Kherson regions ahead of winter.",
                "The equipment, funded by donors in {#9-15} countries, allows operating theatres and neonatal units to keep working during power cuts caused by attacks on the grid.",
                "“Every winter since 2022 we have learned the same lesson: a hospital without power is a hospital without time,” said foundation director Oksana Lyvytska.",
                "The foundation plans a further {#20-40} deliveries by February. Media contact: info@lightforhospitals.example"]),
        dict(city="Mykolaiv",
             t="Northstar Demining opens training centre in Mykolaiv",
             p=["Northstar Demining, a Norwegian-Ukrainian mine action company, today opened a training centre in Mykolaiv that will certify up to {#150-300} deminers a year.",
                "The centre includes a {#3-6}-hectare practice field seeded with inert munitions of the types most commonly found in southern Ukraine.",
                "“Farmers in the south are losing harvests to land they cannot enter. Training people locally is the fastest way to give it back,” said managing director Eirik Solbakken.",
                "Northstar Demining has operated in Ukraine since 2023. Media contact: media@northstar-demining.example"]),
    ],
    rd=[
        "Russia launched {#70-160} drones at Ukraine overnight; the air force said most were shot down, while Kyiv reported fresh strikes on energy sites.",
        "Ukraine's army said it repelled dozens of assaults near {Kostiantynivka|Huliaipole|Kupiansk}; Moscow claimed another village in the Donetsk region.",
        "The Kremlin said it had no plans for new talks with Kyiv; Ukraine asked European allies for more air defence before winter deepens.",
        "Russia and Ukraine swapped prisoners again in a UAE-brokered exchange, the one channel that has survived the war.",
        "Power cuts hit several Ukrainian regions after strikes on the grid; Russia reported downing Ukrainian drones over {Belgorod|Bryansk|Kursk}.",
    ],
)
CONTENT["RUS-UKR"] = RU_UA


# ===========================================================================
# ISR-SYR — Israeli strikes and incursions in Syria: the baseline
# ===========================================================================
IL_SY = dict(
    label="Israel/Syria",
    city=["Damascus", "Damascus", "Jerusalem", "Quneitra", "Beirut", "Tel Aviv"],
    live="Middle East live",
    ev=[
        dict(w=4,
             h=["Israeli {jets|warplanes} strike {military site|targets} near {sl}",
                "Explosions {shake|rock} {sl} as Israel {hits|strikes} military sites",
                "Syria says Israeli strikes hit {army depot|air defence site|military positions}; Israel silent",
                "Israel says it struck {weapons stores|military infrastructure} in Syria"],
             hm=[[0, 2], [1], [3], [2]],
             mm={2: [0, 3, 4, 5]},
             qm={0: [0, 1], 2: [0, 1], 3: [0, 1]},
             tab=["JETS POUND SYRIA", "NIGHT RAID ON SYRIA", "BOOM! Israeli jets blitz Syria again"],
             lead=[
                 "Israeli {warplanes|jets|aircraft} struck {a weapons depot|an air defence battalion|military positions|an arms warehouse|a radar site} {near|on the outskirts of|south of} {=sl:Damascus|Homs|Hama|Kiswah|Latakia|Tartus} {overnight|late on {yday}|early on {day}}, Syrian state media {said|reported}.",
                 "{Several|A series of|At least {~3-6}} explosions {shook|were heard across} {=sl:Damascus|the Damascus countryside} {overnight|after midnight} as Israeli aircraft hit {military sites|what residents described as army depots|targets near Mezzeh airbase}, {according to state media|witnesses said}.",
                 "The Israeli military said its aircraft had struck {weapons storage facilities|military infrastructure|remaining air defence assets} {in southern Syria|in the Damascus area|near Homs} that it said {posed a threat to Israeli forces|could threaten Israel's security}.",
                 "Israel carried out {fresh|new} air strikes on {the T4 airbase in Homs province|a military airport in Hama|army positions in the Sweida countryside|a former Republican Guard site near Damascus} on {day}, Syria's state news agency reported, {citing a military source|without giving casualty figures}.",
             ],
             more=[
                 "{There were no immediate reports of casualties|A war monitor said {~2-5} soldiers had been killed|Syrian media reported material damage only}.",
                 "The Israeli military {declined to comment|did not comment on the reports|said it does not comment on foreign reports}.",
                 "{Syrian air defences|Air defence units} {engaged|confronted} {hostile targets|some of the missiles}, the state news agency said, {without giving details|citing a military source}.",
                 "Residents posted videos on social media showing {flashes on the horizon|a column of smoke over the hills|anti-aircraft fire} {south of the capital|over the city}.",
                 "Israel has carried out {hundreds of|scores of} strikes in Syria since {December 2024|the fall of the former government in December 2024}, {saying|arguing} it aims to {keep weapons from falling into hostile hands|keep hostile forces away from its border}.",
                 "Firefighters {worked for hours|were still working at dawn} to put out {a blaze|fires} at the site, {local media|a civil defence official} said.",
             ],
             q=[
                 "“This {flagrant|blatant} aggression {violates|is a violation of} Syria's sovereignty and the 1974 Disengagement Agreement,” the Syrian foreign ministry said in a statement.",
                 "“{We will act wherever necessary to remove threats to the citizens of Israel|We will not allow threats to take root near our border|Our forces will continue to act against any threat, wherever it emerges}”, {an Israeli military spokesman, Lieutenant Colonel Eyal Ben-Ami, said|the Israeli defence minister said in a statement|said Lieutenant Colonel Eyal Ben-Ami, a military spokesman}.",
                 "“We heard {two|three|four} {huge|enormous} blasts and the windows shook,” said {a shopkeeper|a taxi driver|a student} in {Jaramana|Sahnaya|Mezzeh|Kiswah|Qudsaya}, who gave his first name as {Ahmad|Samer|Bassel|Fadi}.",
             ]),
        dict(w=3,
             h=["Israeli forces push into {village in Quneitra countryside|southern Syrian village}, state media says",
                "{Israeli patrol enters|Israeli troops enter|Israeli troops advance into} {iv}",
                "Syria reports Israeli incursion near {ip}",
                "Israeli soldiers raid homes in {iv}, {detain|hold} residents"],
             hm=[[0, 1], [2], [1, 3]],
             mm={0: [0, 1, 2, 3], 1: [0, 1, 2, 3], 2: [0, 1, 3, 4]},
             tab=["TANKS ROLL INTO SYRIA", "ISRAEL'S MARCH INTO THE BUFFER ZONE"],
             lead=[
                 "Israeli {troops|forces} {pushed into|entered|carried out an incursion into} the village of {=iv:Jubata al-Khashab|Khan Arnabeh|Beit Jinn|Kudna|al-Rafid|Saida al-Golan|Maariyah|al-Hamidiyah} in {the Quneitra countryside|southern Syria} on {day}, {setting up a checkpoint|searching homes|bulldozing farmland|detaining {~2-4} residents}, Syrian state media reported.",
                 "An Israeli {patrol|armoured column} {of {~4-9} vehicles|with bulldozers} advanced {several hundred metres|about two kilometres} beyond the {demilitarised|buffer} zone near {=ip:Quneitra|the Yarmouk valley|Mount Hermon}, {local officials|residents} said on {day}.",
                 "Israeli soldiers {raided|searched} homes in {=iv:Kudna|Beit Jinn|Jubata al-Khashab|Maariyah} {overnight|before dawn on {day}} and {detained|briefly held} {~2-5} men, {residents said|according to the Syrian state news agency}.",
             ],
             city=["Quneitra", "Damascus", "Daraa", "Jerusalem"],
             more=[
                 "The Israeli military said {its forces were operating|troops were operating} in the area {to locate weapons|against terrorist infrastructure|to protect the communities of the Golan}.",
                 "{Israel has kept troops in the UN-patrolled buffer zone and on the Syrian side of Mount Hermon since {December 2024|the collapse of the former government in December 2024}|Israeli forces moved into the buffer zone, and onto the Syrian slopes of Mount Hermon, in December 2024 and have not left}.",
                 "{Local residents|Villagers} said {the troops|soldiers} had {uprooted olive trees|blocked a road to the fields|raised an earth berm|checked identity papers}.",
                 "The United Nations Disengagement Observer Force, {known as UNDOF,|which has monitored the line since 1974,} said it had {informed the parties of violations|raised the matter with the Israeli side}.",
                 "{Some of those detained|Two of the men} were released {hours later|the same evening}, {relatives said|according to local sources}.",
             ],
             q=[
                 "“They come at night with bulldozers and leave at dawn,” said {Abu Khaled|Abu Mahmoud|Umm Yusef}, a {farmer|resident} of {the village|a nearby village}. “{We don't know whose land it will be next month|Every week the road to the fields is a little shorter|We planted those olives for our grandchildren}.”",
                 "“{Any presence of foreign forces on our territory is unacceptable|The occupation of our land will not be legitimised by time}”, {the governor of Quneitra, Khaled al-Hamoud,|a Syrian foreign ministry official} said.",
             ]),
        dict(w=2,
             h=["Syria urges UN Security Council to act over Israeli strikes",
                "Damascus {protests|lists} Israeli violations in letter to UN",
                "Israel and Syria hold indirect security contacts, diplomats say",
                "Arab states condemn Israeli strikes in Syria"],
             hm=[[0, 3], [1], [2]],
             mm={2: [0, 2, 3]},
             tab=["SYRIA BEGS UN: STOP THE BOMBS"],
             lead=[
                 "Syria's foreign ministry {called on|urged} the UN Security Council on {day} to {act against|stop} what it called {repeated Israeli violations|Israel's daily aggression} in the south of the country.",
                 "{Damascus|The Syrian government} {sent|has sent} letters to the UN secretary-general and the Security Council {protesting|listing} {#12-40} Israeli {strikes and incursions|violations} {in November|over the past month}, the state news agency said.",
                 "Israeli and Syrian officials {have held|held} indirect {contacts|talks} {through US mediators|via third parties} on security arrangements in the south, {a diplomat said|according to diplomats}, though {no agreement is in sight|neither side has confirmed progress}.",
             ],
             city=["Damascus", "New York", "Beirut"],
             more=[
                 "Israel {says|maintains} it {has no intention of|does not intend} remaining in Syria permanently but {will not allow|won't tolerate} hostile forces near the Golan.",
                 "The {Arab League|Gulf Cooperation Council|Organisation of Islamic Cooperation} {condemned|denounced} the {strikes|incursions} in a statement.",
                 "Syria's new authorities have said {repeatedly|more than once} they {do not seek|have no interest in} conflict with {any neighbour|Israel}.",
                 "Diplomats say {the sticking points include|the main disputes are} the extent of a demilitarised zone south of Damascus and the future of Israeli positions on Mount Hermon.",
             ],
             q=[
                 "“{We reject|Syria rejects} {any|all} attempts to impose a new reality in the south,” the foreign ministry said.",
                 "“{Israel's security needs|Our red lines} in southern Syria are clear,” an Israeli official said on condition of anonymity.",
             ]),
        dict(w=2,
             h=["Israel denies Syrian report of strike on {civilians|civilian area}",
                "Drone strike hits {vehicle|car} in southern Syria; Israel says target was {dt}",
                "{Competing accounts|Claims and denials} after incident in southern Syria"],
             hm=[[0, 2], [2], [1, 2]],
             qm={1: [1]},
             tab=["DEADLY DRONE HIT IN SYRIA"],
             lead=[
                 "Israel {denied|rejected} a Syrian report that its aircraft had {struck|targeted} {a civilian vehicle|a farm|a civilian area} near {Daraa|Quneitra|Hama}, saying {its forces had hit|it had targeted} {a weapons transfer|military infrastructure}.",
                 "Syrian state media accused Israeli {drones|forces} of {firing on|shelling} {shepherds|farmers|a car} near {Kudna|Ruwayhinah|Maariyah|the Yarmouk basin}, {wounding {~1-3}|killing one}; the Israeli military said it was {looking into the report|unaware of the incident}.",
                 "An Israeli drone strike hit a {car|pickup truck|motorcycle} on the road between {Quneitra and Damascus|Daraa and Sheikh Miskin|Beit Jinn and Kanaker} on {day}, {killing {one person|two people|three people}|wounding {two|three|four} people}, Syrian media said; Israel said {it had targeted|the strike targeted} {=dt:a weapons smuggler|a militant cell planning an attack}.",
             ],
             city=["Damascus", "Quneitra", "Jerusalem", "Daraa"],
             more=[
                 "{The competing accounts could not be independently verified|Neither version could be independently confirmed|It was not possible to verify either account independently}.",
                 "Rights groups have {called for|urged} independent investigations into civilian casualties {in southern Syria|from the strikes}.",
                 "Israeli officials have accused {Iran-linked groups|Hezbollah and other armed groups} of trying to {rebuild smuggling routes|re-establish themselves} in southern Syria, a claim Damascus rejects.",
                 "Relatives {said|told local media} the {men|victims} were {farm workers|cousins returning from market|shepherds}.",
             ],
             q=[
                 "“{The target was a terrorist operative|The strike was aimed at a smuggling cell}, not civilians,” the Israeli military said in a brief statement.",
                 "“{They were bringing bread home|He was a shepherd, nothing more}”, a relative told {a local radio station|state television}.",
             ]),
        dict(w=1,
             h=["Israeli defence minister visits Mount Hermon positions",
                "Israel says it downed {drone|projectile} launched from Syria",
                "Interception over Golan after launch from Syria"],
             hm=[[0], [1, 2]],
             mm={0: [0, 1], 1: [2]},
             qm={1: []},
             tab=["HERMON HOLD: Israel vows to stay", "SIRENS ON THE GOLAN"],
             lead=[
                 "Israel's defence minister {toured|visited} {Israeli positions on Mount Hermon|the Syrian side of Mount Hermon|the buffer zone} on {day} and said troops {would stay|would remain} there {for the foreseeable future|until security arrangements are in place}.",
                 "The Israeli military said it had {intercepted|shot down} {a drone|a projectile} {launched|fired} from Syria toward the Golan Heights {on {day}|overnight}, {with no injuries reported|causing no damage}; residents of {Majdal Shams|Katzrin|Ein Zivan} heard the interception.",
             ],
             city=["Jerusalem", "Tel Aviv", "Katzrin"],
             more=[
                 "Snow {covers|already covers} the higher slopes of Hermon, where Israeli troops have built {fortified positions|outposts} over the past two years.",
                 "Syria {condemned|denounced} the visit as {a provocation|a violation of its sovereignty}.",
                 "No group claimed {the launch|responsibility for the launch}.",
             ],
             q=[
                 "“{We are here to protect the Golan, and we are here to stay|This summit protects the whole north}”, the minister told soldiers, according to a statement from his office.",
             ]),
    ],
    hist=[
        "Israel captured the Golan Heights from Syria in the {1967 Middle East war|Six-Day War of June 1967}.",
        "Syria tried to retake the plateau in the {October 1973 war|1973 war}, and the Agreement on Disengagement signed in Geneva in {May 1974|1974} created the UN-patrolled buffer zone.",
        "Israel {effectively annexed|extended its law to} the Golan in {1981|December 1981}, a move the UN Security Council declared {null and void|without international legal effect} in Resolution 497.",
        "The last serious peace effort between the two countries collapsed {after talks in Shepherdstown, West Virginia, in January 2000|in 2000, after US-brokered talks in Shepherdstown}.",
        "Turkey mediated indirect Israeli-Syrian talks in 2008, which were broken off after the Gaza war that winter.",
        "In {September 2007|2007}, Israeli jets destroyed a suspected nuclear reactor under construction at al-Kibar in eastern Syria, a strike Israel acknowledged only in 2018.",
        "During Syria's civil war, which began in {2011|March 2011}, Israel carried out hundreds of strikes on Iranian and Hezbollah-linked targets, rarely confirming them.",
        "The former Syrian government fell on {December 8, 2024|8 December 2024}, after a lightning rebel offensive; within days Israel had moved troops into the buffer zone and bombed much of the Syrian military's arsenal.",
        "The two countries have been formally at war since 1948, when Syria joined the Arab armies that attacked the newly declared state of Israel.",
        "The 1949 armistice line left demilitarised pockets along the Jordan and the Sea of Galilee that saw repeated clashes in the 1950s and 1960s.",
        "Most of the Golan's Druze residents {kept|retained} Syrian ties and for decades declined Israeli citizenship.",
        "The United States recognised Israeli sovereignty over the Golan in 2019, {the only major power to do so|a decision most other governments did not follow}.",
        "Mount Hermon, whose summit reaches 2,814 metres, changed hands twice during the 1973 war; Israeli commanders have long called it the country's {'eyes'|early-warning post}.",
        "In the 1982 Lebanon war, Israeli and Syrian jets fought one of the largest air battles since the Second World War over the Bekaa valley.",
        "Syria lost much of its air defence network in Israeli strikes in the days after December 8, 2024, when the old army disintegrated.",
        "The Golan was the scene of the 1967 exodus of tens of thousands of Syrians, whose descendants still live around Damascus.",
    ],
    ctx=[
        "UN officials have {warned|said} that the repeated strikes {undermine|complicate} efforts to stabilise Syria after {more than a decade|14 years} of civil war.",
        "Syria's transitional authorities are {focused on|preoccupied with} rebuilding {the army|state institutions} and {attracting reconstruction money|reviving the economy}.",
        "The strikes come {as|while} {US|Gulf} diplomats try to broker a security arrangement for southern Syria.",
        "Israel {says|argues} a demilitarised south is essential for {its security|the safety of its northern communities}.",
        "Israeli troops now hold {about a dozen|several} positions inside Syrian territory, {according to UN reports|UN officials say}.",
        "Damascus {says|insists} it is committed to the 1974 disengagement agreement and wants Israel to return to the line.",
        "Southern Syria's {Druze|Bedouin} and tribal communities are caught between the new authorities in Damascus and Israeli forces on the plateau.",
        "The Syrian army, rebuilt from former rebel factions, has {little|almost no} air defence capacity left.",
    ],
    tabk=[
        "Israel has struck Syria AGAIN.",
        "The skies over Syria lit up last night.",
        "Another night, another raid.",
        "Israeli warplanes roared in under cover of darkness.",
        "The powder keg on Israel's northern border is smoking again.",
    ],
    tabend=[
        "The two countries have technically been at war since 1948 — and nobody expects that to change soon.",
        "Israel seized the Golan in 1967 and has no plans to give it back.",
        "Diplomats are pushing for a deal. Don't bet on it this winter.",
    ],
    an=dict(
        t=["Israel's buffer zone is becoming a border",
           "Two years after the fall: Israel, Syria and the 1974 line",
           "Why Damascus talks and Israel keeps bombing",
           "The Golan, 1967 to now",
           "What a security pact for southern Syria would need"],
        th=["When Israeli troops crossed into the buffer zone in December 2024, officials called it a temporary, defensive step. Two years on, the positions have concrete, generators and names.",
            "Israel's strikes in Syria have settled into a rhythm that no longer makes headlines outside the region: a depot one week, a radar site the next, an incursion into a Quneitra village in between.",
            "The 1974 disengagement agreement was one of the most durable arrangements in the Middle East. For almost half a century, the Golan line was the quietest front Israel had.",
            "Every conversation about Israel and Syria eventually returns to the same 1,200 square kilometres of basalt plateau.",
            "The new Syrian authorities say they want no war with anyone. Israel says it believes them only as far as it can see, which from Mount Hermon is quite far."],
        end=["A deal is conceivable; a peace treaty is not, and the gap between the two is where the strikes will continue.",
             "If talks ever produced a map, the question would be who enforces it: the UN force on the Golan has never been asked to do more than observe.",
             "The safest prediction is continuity: strikes, protests, letters to the Security Council, and quiet contacts that both sides deny are negotiations.",
             "Hypothetically, a security pact could trade Israeli withdrawal from the new positions for a demilitarised south. Neither government has yet said so in public."]),
    biz=[
        dict(t="Brent {edges|ticks} {up|higher} as Syria strikes add to regional risk",
             p=["Oil prices {rose slightly|edged higher} on {day}, with Brent crude {up {#20-90} cents|gaining about half a percent} at ${#61-79} a barrel, as traders {weighed|took note of} fresh Israeli strikes in Syria alongside {OPEC+ supply signals|weaker Chinese demand data}.",
                "Analysts said the strikes, {now routine|by now a familiar feature}, had little lasting effect on prices because Syria is not a significant producer.",
                "“{The market has priced in a permanently noisy Levant|It takes a shipping lane, not an airbase, to move oil}”, said {Farid Nassar, an energy analyst at Meridian Gulf Research|a Dubai-based analyst}."]),
        dict(t="Insurers keep eastern Mediterranean war-risk rates {elevated|high}",
             p=["War-risk insurance for ships calling at {Syrian ports|Latakia and Tartus} remains {several times|far} higher than for {Cyprus|Turkish} ports, {brokers|two Piraeus brokers} said on {day}, citing {repeated Israeli strikes|continued air strikes} near the coast.",
                "Syria's ports, reopened to {broader|more} foreign traffic after the change of government, are central to {plans to revive|hopes of reviving} trade.",
                "Underwriters say they {price|assess} each voyage individually, and {some|several} refuse cover altogether for vessels staying more than {#2-4} days."]),
        dict(t="Syrian pound {=spt:steadies|slips} as investors wait for security calm",
             p=["The Syrian pound {spb} on the parallel market in Damascus on {day}, {dealers said|according to exchange houses}, as {businessmen|investors} waited for clearer signs of {stability|security} in the south.",
                "{Gulf|Turkish} companies have signed {memoranda|preliminary agreements} on {power plants|ports|cement} worth billions of dollars, but {few|only a handful} have broken ground.",
                "“{Nobody pours concrete while jets are flying overhead|Investors want a map and a ceasefire, not promises}”, said {a Damascus trader|Rami Khoury, a consultant advising Gulf investors}."]),
        dict(t="Israeli defence firms report strong order books",
             p=["{Shares in Israeli defence electronics firms|Tel Aviv-listed defence stocks} {rose|firmed} on {day} after {Orion Aerosystems|Galil Defence Technologies} reported a record order backlog of ${#6-15} billion.",
                "Executives cited demand for air defence and {drone|counter-drone} systems {at home and in Europe|from European and Asian customers}.",
                "The shekel {was little changed|held steady} despite {continued|ongoing} military operations in Syria and Lebanon."]),
    ],
    st=[
        dict(t="Foreign Minister receives Syrian Ambassador, reaffirms support for Syria's sovereignty",
             p=["The Minister of Foreign Affairs received on {day} the Ambassador of the Syrian Arab Republic, in the presence of the Assistant Minister for Arab Affairs and the Director of the Minister's Office.",
                "During the meeting, the two sides reviewed the fraternal relations between the two countries and the latest developments in the region, in particular the repeated Israeli attacks on Syrian territory.",
                "The Minister affirmed the country's {firm|steadfast|principled} position in support of the unity, sovereignty and territorial integrity of the Syrian Arab Republic, and its rejection of all violations of the 1974 Disengagement Agreement.",
                "For his part, the Syrian Ambassador expressed his appreciation for the country's {supportive|brotherly} stance and conveyed the greetings of the Syrian leadership."]),
        dict(t="Ministry of Foreign Affairs condemns Israeli strikes on Syrian territory",
             p=["The Ministry of Foreign Affairs expressed in a statement issued on {day} the country's strong condemnation and denunciation of the Israeli air strikes that targeted {areas near Damascus|the Homs countryside|several sites in the Syrian Arab Republic}.",
                "The Ministry considered these attacks a flagrant violation of international law and of the sovereignty of a brotherly Arab state, and a threat to the security and stability of the region.",
                "The statement called on the international community, and the Security Council in particular, to shoulder its responsibilities and to put an end to these repeated violations.",
                "The Ministry renewed its full solidarity with the Syrian Arab Republic and its brotherly people."]),
        dict(t="Council of Ministers reviews regional developments at weekly session",
             p=["The Council of Ministers held its weekly session on {day}, chaired by the Prime Minister, and reviewed a number of regional and international developments.",
                "The Council reiterated its condemnation of the continued Israeli violations of Syrian territory, including the incursions in the Quneitra and Daraa countryside, and stressed the importance of respecting the 1974 Disengagement Agreement.",
                "The Council also approved {#3-7} agreements and memoranda of understanding in the fields of {trade, culture and transport|health, education and investment}, and listened to a briefing from the Minister of Finance on the draft budget.",
                "The Minister of Information said after the session that the Council had instructed the competent authorities to continue dispatching relief assistance to the Syrian people."]),
        dict(t="Relief convoy departs for southern Syria",
             p=["A convoy of {#12-30} trucks loaded with {food baskets, blankets and medical supplies|winter relief items and medicines} set off on {day} for southern Syria, in the presence of the Minister of Social Affairs and the Syrian chargé d'affaires.",
                "The assistance, amounting to {#200-450} tonnes, is intended for families affected by the difficult humanitarian conditions in the Quneitra and Daraa governorates.",
                "The Minister affirmed that the initiative comes within the framework of the country's steadfast support for the brotherly Syrian people, and expressed the hope that the assistance would ease their suffering during the winter season.",
                "The Syrian chargé d'affaires thanked the country's leadership for this {generous|noble} humanitarian gesture."]),
    ],
    rd=[
        "Israeli jets struck {military sites near Damascus|targets near Homs|a depot in southern Syria}, Syrian state media said; Israel did not comment.",
        "Israeli troops carried out another incursion into the Quneitra countryside; Damascus protested to the UN Security Council.",
        "Syria and Israel traded accounts of a drone strike in the south; diplomats say indirect security contacts continue.",
        "Israel's defence minister said troops would stay on Mount Hermon; Syria called the statement a provocation.",
    ],
)
CONTENT["ISR-SYR"] = IL_SY


# ===========================================================================
# GEO-RUS — frozen conflict: occupation line, detentions, Geneva talks
# ===========================================================================
GENEVA_A = "2026-12-09T08:00"
GENEVA_B = "2026-12-10T16:00"

GE_RU = dict(
    label="Georgia/Russia",
    city=["Tbilisi", "Tbilisi", "Gori", "Tbilisi", "Zugdidi"],
    live="South Caucasus live",
    ev=[
        dict(w=3,
             h=["Russian-backed forces detain Georgian {gw} near occupation line",
                "Georgia {protests|condemns} detentions near Tskhinvali region line",
                "{Villager|Resident} from {gv} taken to Tskhinvali, Tbilisi says"],
             hm=[[1], [0, 2], [1, 2]],
             lead=[
                 "Russian-backed forces {detained|have detained} {a Georgian citizen|two Georgian villagers|three Georgian residents|a Georgian villager} near the occupation line {close to|outside} {=gv:Khurvaleti|Gugutiantkari|Ditsi|Atotsi|Kirbali|Takhtisdziri|Odzisi|Mosabruni}, Georgia's State Security Service said on {day}, {calling the detentions illegal|describing the detention as illegal}.",
                 "A {#48-76}-year-old {=gw:man|woman|shepherd|farmer} from {=gv:Khurvaleti|Kirbali|Dvani|Ergneti|Zemo Nikozi} was {taken|detained and taken} to Tskhinvali after {straying|allegedly straying} {across|close to} the {so-called border|administrative boundary line} {while gathering firewood|while looking for cattle|while collecting walnuts|on family land}, Georgian officials said.",
                 "Georgia's State Security Service said on {day} that {a resident of|a man from} {=gv:Ditsi|Kirbali|Jariasheni|Zardiaantkari} had been {detained|seized} by Russian {border guards|forces} {near|along} the dividing line with the Tskhinvali region, the {%40-60} such case {this year|since January}.",
             ],
             more=[
                 "The State Security Service said it had {informed|alerted} the European Union Monitoring Mission and {used|activated} the hotline of the Incident Prevention and Response Mechanism {to secure the release|to seek a swift release}.",
                 "Such detentions, typically for 'illegally crossing the border', usually end with a fine and release after {a few days|several days|a week or two}, though some cases have dragged on for months.",
                 "The de facto authorities in Tskhinvali {said|claimed} the detainee had violated {the state border|the border regime}.",
                 "Villages along the line, most of them {orchard|farming} communities, have lost fields and pastures to the fences since 2008.",
                 "{Relatives|Neighbours} said the detainee had {crossed|walked along} the same path {for decades|since childhood}.",
             ],
             q=[
                 "“{People are detained for walking on land their grandparents farmed|These are people who went to their own orchards}”, {the state minister for reconciliation and civic equality said|a senior official in the State Security Service said|said Tamar Gelashvili, a deputy foreign minister}.",
                 "“We call on the Russian Federation, as the power exercising effective control, to {release|free} our citizen immediately,” the Georgian foreign ministry said in a statement.",
                 "“{You never know where the line is|They move the signs at night, and in the morning your garden is abroad}”, said {Zurab Beridze|Manana Tsiklauri|Gela Maisuradze}, {a resident of|a pensioner in} {Khurvaleti|Ditsi|Kirbali}.",
             ]),
        dict(w=2,
             h=["New fences {go up|appear} near {fv}, Georgia says",
                "EU monitors {record|observe} '{borderisation|fencing}' near {bp}",
                "'Borderisation' {creeps|moves} closer to Georgian villages"],
             hm=[[0, 2], [1], [1]],
             lead=[
                 "{Russian border guards|Russian-backed forces} {installed|put up} new {fences|'border' signs|surveillance cameras|barbed wire} {near|outside} {=fv:Khurvaleti|Gugutiantkari|Atotsi|Tsitsagiantkari|Jariasheni|Ghogheti|Karapila}, {moving|shifting} the line {several dozen|about 100|a few hundred} metres deeper into Georgian-controlled territory, {local residents|Georgian officials} said on {day}.",
                 "The EU Monitoring Mission in Georgia said its patrols had {observed|recorded} {new fencing|excavation works|new signage} along the South Ossetian administrative boundary line {near|close to} {=bp:Odzisi|Mosabruni|Zardiaantkari} {this week|on {yday}}.",
                 "The EU Monitoring Mission in Georgia said its patrols had {observed|recorded} {new fencing|new signage} along the Abkhaz administrative boundary line {near|close to} {=bp:Ganmukhuri|Khurcha} {this week|on {yday}}.",
             ],
             city=["Tbilisi", "Gori"],
             more=[
                 "Georgia calls the practice 'borderisation' and says it {violates|contravenes} the ceasefire agreement of {August 12, 2008|12 August 2008}.",
                 "The line cuts {through|across} orchards, cemeteries and, in some places, {backyards|farmyards}.",
                 "Over the past 18 years, {dozens of|many} kilometres of fences and ditches have been put up along the line, according to Georgian estimates.",
                 "Russia says the lines mark the borders of states it recognised in 2008.",
                 "The EU monitors, {deployed|present} since {October 2008|2008}, are not allowed into the breakaway regions themselves.",
             ],
             q=[
                 "“{Borderisation is a slow-motion annexation|Every metre of fence is a violation of the 2008 agreement}”, {Georgia's foreign minister, Nino Abashidze,|a Georgian foreign ministry spokesman} said.",
                 "“{We observe, we report, we raise it at the IPRM|Our job is to make the line visible to the world}”, a spokeswoman for the EU mission said.",
             ]),
        dict(w=2,
             h=[SPAN(None, GENEVA_A, "Georgia to raise detentions at {upcoming|December} Geneva talks"),
                SPAN(None, GENEVA_A, "Geneva talks on Georgia {set for|due} December 9-10"),
                SPAN(GENEVA_A, GENEVA_B, "Geneva talks on Georgia open {amid|with} familiar disputes"),
                SPAN(GENEVA_B, None, "Geneva talks on Georgia end {without breakthrough|with no progress}"),
                SPAN(GENEVA_B, None, "Tbilisi, Moscow trade blame after Geneva round")],
             hm=[[1], [0], [2], [3], [4]],
             lead=[
                 SPAN(None, GENEVA_A, "Georgian and Russian delegations {will meet|are due to meet} in Geneva on December 9-10 for the next round of the Geneva International Discussions, {the only|the sole} negotiating format {linking|bringing together} Tbilisi, Moscow and representatives of Sukhumi and Tskhinvali, {the Georgian foreign ministry said|officials said}."),
                 SPAN(None, GENEVA_A, "Tbilisi {will raise|plans to raise} {detentions along the occupation line|the return of displaced persons|the fencing of villages} at the upcoming round of {Geneva talks|the Geneva International Discussions}, {the first deputy foreign minister|a senior Georgian diplomat} said on {day}."),
                 SPAN(GENEVA_A, GENEVA_B, "Delegations from Georgia, Russia and the two breakaway regions {sat down|met} in Geneva on {day} for another round of the Geneva International Discussions, co-chaired by the EU, the UN and the OSCE."),
                 SPAN(GENEVA_B, None, "The latest round of the Geneva International Discussions ended on December 10 without {progress|a breakthrough} on {the non-use of force|the return of displaced people}, {participants said|co-chairs from the EU, UN and OSCE said}, {agreeing only|though they agreed} to meet again {in the spring|in March}."),
                 SPAN(GENEVA_B, None, "Georgian and Russian diplomats {blamed each other|traded blame} for {the lack of progress|deadlock} at the Geneva talks {this week|that ended on December 10}, with Moscow {again|once again} {pressing|insisting} on a non-use of force pledge between Tbilisi and the breakaway regions."),
             ],
             city=["Tbilisi", "Geneva", "Geneva"],
             more=[
                 "The talks, co-chaired by the European Union, the United Nations and the OSCE, were set up after the 2008 war and have met more than 60 times since October 2008.",
                 "The working group on humanitarian issues has been {stuck|deadlocked} for years over the return of people displaced from Abkhazia and South Ossetia; Russian and breakaway delegates {walk out|have walked out} whenever the issue is raised.",
                 "Georgia and Russia have had no diplomatic relations since {2008|August 2008}; Swiss embassies represent their interests in each other's capitals.",
                 "Moscow {insists|argues} it is not a party to the conflict but a mediator, a position Tbilisi rejects.",
             ],
             q=[
                 "“{The format is frustrating, but it is the only one we have|Nobody expects miracles in Geneva, but nobody wants to lose the channel either}”, a Western diplomat {involved in the talks|familiar with the talks} said.",
                 "“Russia must fulfil the 2008 ceasefire agreement and withdraw its forces,” Georgia's lead negotiator, first deputy foreign minister Levan Gogitidze, told reporters.",
                 "“{Tbilisi should sign a legally binding non-use of force agreement with Abkhazia and South Ossetia|The key question remains a legally binding commitment on the non-use of force}”, {the Russian foreign ministry said|said Grigory Lavrenov, a Russian deputy foreign minister}.",
             ]),
        dict(w=1, b="2026-12-05T23:00",
             h=[SPAN(None, "2026-12-03T13:00", "IPRM meeting in Ergneti set for Thursday"),
                SPAN("2026-12-03T13:00", "2026-12-05T23:00", "Ergneti meeting discusses detentions, freedom of movement")],
             hm=[[0], [1]],
             lead=[
                 SPAN(None, "2026-12-03T13:00", "The next meeting of the Incident Prevention and Response Mechanism, {the monthly|the regular} forum for security officials along the South Ossetian line, is scheduled for {Thursday|December 3} in Ergneti, {the EU Monitoring Mission said|Georgian officials said}."),
                 SPAN("2026-12-03T13:00", "2026-12-05T23:00", "Participants in the latest meeting of the Incident Prevention and Response Mechanism in Ergneti on December 3 discussed {detentions|the situation along the line|freedom of movement for farmers}, the EU Monitoring Mission said, describing the atmosphere as {businesslike|calm}."),
             ],
             city=["Ergneti", "Tbilisi"],
             more=[
                 "The mechanism, co-facilitated by the EU mission and the OSCE, was created in 2009 and {meets|has met} more than a hundred times.",
                 "Georgian delegates {raised|presented} a list of citizens still held in Tskhinvali.",
                 "A similar mechanism for Abkhazia, based in Gali, has not met {since 2018|for years}.",
             ],
             q=["“{The hotline works; people get released faster than before|It is the only place where the two sides sit at one table every month}”, the head of the EU mission said."]),
        dict(w=2,
             hm=[[0], [1], [2], [3]],
             mm={0: [0], 1: [2, 3], 2: [1, 0], 3: [2, 3]},
             qm={0: [0], 1: [1], 2: [1], 3: [2]},
             h=["Upper Lars queue {stretches|grows} to {lq} vehicles after snow",
                "Russia remains {key|major} trading partner for Georgia despite war legacy",
                "Moscow-Tbilisi flights {carry more passengers|busy} this {year|autumn}",
                "Georgian opposition protests over {ties with Moscow|Russia policy}"],
             lead=[
                 "{Traffic|Lorry queues} at the Upper Lars crossing {on the Georgian-Russian border|in the Dariali gorge} {stretched to|reached} {=lq:#300-1500} vehicles on {day} after {snowfall|an avalanche warning|heavy snow} closed the {Georgian Military Road|road over the Jvari pass} {for several hours|overnight}.",
                 "Russia remained {one of Georgia's biggest|Georgia's second-largest} trading partners in the first ten months of the year, with trade of about ${#1-2}.{#1-9} billion, the national statistics office said.",
                 "Direct flights between Russian cities and Tbilisi, resumed in {2023|May 2023} after a four-year suspension, carried {record|more} passengers this {year|autumn}, {airport data show|according to airport data}.",
                 "Georgia's opposition held a protest outside parliament on {day} accusing the government of {drifting towards Moscow|going soft on Russia}, a charge the ruling party {denies|rejects}.",
             ],
             city=["Tbilisi", "Stepantsminda", "Tbilisi"],
             more=[
                 "{Upper Lars is the only {functioning|operating} road crossing between the two countries|The road through the Dariali gorge is the only land link still open between Georgia and Russia|Snow closes the road over the Jvari pass several times each winter, stranding hundreds of drivers}.",
                 "Tens of thousands of Russians moved to Georgia after the invasion of Ukraine in 2022, {especially after|notably after} the mobilisation announced that September.",
                 "Georgia has not joined Western sanctions on Russia, but says it {complies with|does not help circumvent} them.",
                 "The ruling party says it is trying to avoid a confrontation with a neighbour that occupies a fifth of the country's territory.",
             ],
             q=["“{The road is open, then closed, then open again: that's winter on Lars|We sleep in the cab and wait}”, said {a lorry driver from Armenia|a driver from Yerevan|an Azerbaijani trucker}, {Aram|Artur|Rauf}.",
                "“{Trade is trade; occupation is occupation|We separate business from the occupied territories}”, said {an economist at a Tbilisi think tank|Davit Kurtanidze, an economist at Ilia State University}.",
                "“{The government says it wants peace; we say it is giving away sovereignty|Georgia's future is in Europe, not in Moscow's shadow}”, said an opposition lawmaker, {Irakli Datunashvili|Salome Kvinikadze}."]),
        dict(w=1,
             h=["Georgia condemns '{illegitimate|so-called}' vote in {av}",
                "Tbilisi protests Russian {activity|plans} in occupied Abkhazia"],
             hm=[[0], [1]],
             lead=[
                 "Georgia's foreign ministry {condemned|protested} a so-called {local election|by-election} in {=av:occupied Abkhazia|the Tskhinvali region} {this week|on {day}}, calling it {illegitimate|a violation of international law}.",
                 "Georgia {protested|condemned} {Russian plans to expand a naval point at Ochamchire|flights between Russian cities and Sukhumi airport}, which Tbilisi calls {illegal|a violation of its sovereignty}, the foreign ministry said on {day}.",
             ],
             more=[
                 "Only a handful of countries besides Russia recognise the two regions as independent.",
                 "Russia keeps {several thousand|thousands of} troops in both regions under agreements with the de facto authorities.",
                 "{Moscow|The Russian foreign ministry} said it would continue {financial|budget} support to Abkhazia.",
             ],
             q=["“{No election held under occupation can be legitimate|The occupied regions are an integral part of Georgia}”, the ministry said."]),
    ],
    hist=[
        "Russia and Georgia fought a five-day war in August 2008, which began when Georgian forces moved on Tskhinvali and Russian troops {poured through the Roki tunnel|counter-attacked across the Caucasus}.",
        "The ceasefire of {August 12, 2008|12 August 2008}, brokered by France, then holding the EU presidency, required forces to withdraw to pre-war positions, a clause Tbilisi says Moscow never honoured.",
        "Russia recognised Abkhazia and South Ossetia as independent on {August 26, 2008|26 August 2008}.",
        "The war in Abkhazia in {1992-93|1992 and 1993} {drove out|displaced} {more than 200,000|roughly 250,000} ethnic Georgians, most of whom have never been allowed to return.",
        "Fighting in South Ossetia in {1991-92|1991 and 1992} ended with the Sochi agreement of {June 1992|1992}, which created a joint peacekeeping force led by Russia.",
        "Georgia declared independence from the Soviet Union on {April 9, 1991|9 April 1991}, two years to the day after Soviet troops killed 21 protesters in Tbilisi.",
        "The Red Army invaded Georgia in {February 1921|1921}, ending three years of independence under the Democratic Republic of Georgia.",
        "In 1801 the Russian Empire annexed the eastern Georgian kingdom of Kartli-Kakheti, 18 years after the Treaty of Georgievsk of 1783 had made it a protectorate.",
        "An EU-commissioned inquiry concluded in {2009|September 2009} that Georgia started the 2008 war but that Russia's response went far beyond reasonable self-defence.",
        "The International Criminal Court issued arrest warrants in {2022|June 2022} for three de facto South Ossetian officials over crimes committed during the 2008 war.",
        "In January 2021 the European Court of Human Rights ruled that Russia exercised effective control over the two regions after the 2008 ceasefire.",
        "Russia imposed an embargo on Georgian wine and mineral water in 2006, lifting it only in 2013.",
        "A 2006 spy row led Moscow to deport hundreds of Georgians and cut transport links.",
        "Russia suspended direct flights in {July 2019|2019} after protests in Tbilisi over a Russian lawmaker addressing an assembly from the speaker's chair in parliament.",
        "The EU Monitoring Mission, some 200 unarmed observers, has patrolled the lines since {October 1, 2008|October 2008}.",
    ],
    ctx=[
        "Georgia has had no diplomatic relations with Moscow since 2008, though trade, flights and tourism have grown.",
        "About a fifth of Georgia's internationally recognised territory is {occupied|under Russian control}, by Tbilisi's count.",
        "Georgia's EU accession process has been {frozen|on hold} since {2024|late 2024}, amid a dispute over the government's course.",
        "The ruling party says it {wants to keep the peace|avoids provoking Moscow} while the opposition accuses it of {tilting|drifting} towards Russia.",
        "Some 300,000 people displaced by the wars of the 1990s and 2008 still live elsewhere in Georgia.",
        "Russia keeps military bases in both breakaway regions.",
    ],
    an=dict(
        t=["Eighteen years after the August war, the line keeps moving",
           "Geneva, round after round: why Georgia keeps turning up",
           "The quiet creep of borderisation",
           "Georgia's balancing act between Brussels and Moscow"],
        th=["The fences along the South Ossetian line rarely make international news. That is, in a sense, the point.",
            "Few diplomatic formats have produced so little for so long as the Geneva International Discussions, and few are so jealously guarded by all sides.",
            "Georgian officials speak of 'creeping occupation'; Russian officials speak of 'state borders'. The farmers of Shida Kartli speak of apple trees.",
            "Georgia's foreign policy since 2008 can be read as a long attempt to avoid a second war without accepting the results of the first."],
        end=["Without a change in Moscow, the best Tbilisi can hope for is management, not resolution.",
             "The risk is not a new war tomorrow but a line that, fence by fence, becomes a border in everything but law.",
             "If the format ever collapsed, the first casualties would be the hotline and the monthly meeting in Ergneti, and with them the quick release of detained villagers.",
             "For now, the quietest outcome is also the likeliest: another round, another communique, another spring."]),
    pr=[
        dict(city="Gori",
             t="Orchards for the Line foundation plants {=ol:#2000-5000} fruit trees in villages near occupation line",
             p=["The Orchards for the Line Foundation today completed its autumn planting programme, distributing {ol} apple and walnut saplings to families in {#12-20} villages of the Gori and Kareli municipalities near the occupation line.",
                "Many of the families lost orchards and pastures to fencing installed since 2008.",
                "“Land that can still be farmed should be farmed. It is the best answer we can give,” said foundation chair Nana Japaridze.",
                "The programme is supported by donors in Georgia and the EU. Media contact: info@orchardsline.example"]),
    ],
    rd=[
        "Georgia said Russian-backed forces detained a villager near the South Ossetian line; Tbilisi called it illegal and used the EU-run hotline.",
        "EU monitors reported new fencing along the occupation line in Georgia's Shida Kartli region.",
        SPAN(None, GENEVA_A, "Georgia and Russia prepare for another round of the Geneva International Discussions on December 9-10."),
        SPAN(GENEVA_B, None, "The Geneva talks on Georgia ended without progress; participants agreed to meet again next year."),
        "Lorries queued at Upper Lars, the only road crossing between Georgia and Russia, after snow closed the mountain road.",
    ],
)
CONTENT["GEO-RUS"] = GE_RU


# ===========================================================================
# CHN-PHL — South China Sea: coast guards, protests, code-of-conduct talks
# ===========================================================================
CN_PH = dict(
    label="South China Sea",
    city=["Manila", "Manila", "Beijing", "Puerto Princesa", "Masinloc"],
    live="Asia live",
    ev=[
        dict(w=3,
             h=["Chinese coast guard {fires water cannon at|blasts} Philippine {vessel|ship} near {cf}",
                "Manila accuses Chinese ships of {dangerous manoeuvres|harassment} {cq}",
                "Philippine resupply mission {completed|reaches outpost} despite Chinese {shadowing|blocking}",
                "{cn} Chinese militia vessels {swarm|spotted near} {cp}, navy says"],
             hm=[[0], [2], [3], [1]],
             mm={0: [0, 1, 2, 3, 4, 5], 1: [1, 2, 3, 5], 2: [1, 3, 4], 3: [0, 1, 2, 4]},
             qm={1: [1, 2], 2: [2, 0]},
             tab=["WATER CANNON WAR AT SEA", "SHOWDOWN ON THE SHOAL", "BULLY OF THE SEAS"],
             lead=[
                 "A China Coast Guard vessel {fired a water cannon at|used a water cannon against|blasted with water cannon} a Philippine {fisheries bureau ship|coast guard vessel} near {=cf:Scarborough Shoal|Sabina Shoal|Second Thomas Shoal|Sandy Cay} on {{yday}|{day}}, the Philippine Coast Guard said, {damaging its mast|damaging its radar|bending a railing|causing minor damage}.",
                 "Chinese coast guard ships {shadowed|tried to block} {two|three} Philippine vessels on a resupply mission to troops stationed on the grounded BRP Sierra Madre at Second Thomas Shoal on {day}, {but the mission was completed|though the supplies were delivered}, the Philippine military said.",
                 "{=cn:#8-31} Chinese {maritime militia vessels|fishing boats believed to be maritime militia} were spotted {swarming|loitering} around {=cp:Thitu Island|Iroquois Reef|Whitsun Reef|Sabina Shoal}, the Philippine navy said {on {day}|in its weekly tally}.",
                 "Two Chinese coast guard ships {came within {#15-60} metres of|cut across the bow of} a Philippine {patrol boat|research vessel} {=cq:west of Palawan|off Scarborough Shoal|near Sabina Shoal} {on {day}|on {yday}}, {Manila said|according to the Philippine Coast Guard}, in what it called a dangerous manoeuvre.",
             ],
             city=["Manila", "Manila", "Puerto Princesa", "Beijing"],
             more=[
                 "The China Coast Guard said it had {taken necessary control measures|expelled|driven away} the Philippine vessels, which it said had {illegally intruded|entered without permission} into {waters under Chinese jurisdiction|China's territorial waters}.",
                 "Video released by the Philippine side showed {the Chinese ship approaching within metres|a jet of water arcing across the bow|crew members in life jackets ducking for cover}.",
                 "No one was {hurt|injured}, {officials said|the coast guard said}.",
                 "Second Thomas Shoal, which Manila calls Ayungin, is home to a handful of Filipino marines living aboard a rusting warship deliberately run aground in 1999.",
                 "Scarborough Shoal, {about 200 kilometres|some 220 kilometres} west of Luzon, has been under effective Chinese control since a standoff in 2012.",
                 "A provisional arrangement on resupply missions to Second Thomas Shoal, agreed in 2024, has {largely held|mostly held}, though both sides {accuse each other|trade accusations} of violating its spirit.",
             ],
             q=[
                 "“{These dangerous and aggressive actions|These actions} put the lives of our {crew|personnel} at risk,” Philippine Coast Guard spokesman Commodore Ramon Villaflor said.",
                 "“{China urges the Philippines to stop infringement and provocation|The Philippine side should immediately stop its infringing activities}”, China Coast Guard spokesman Zhao Mingde said in a statement.",
                 "“{We will not be intimidated|We are not going anywhere}”, {the Philippine defence secretary|a navy spokesman, Rear Admiral Dante Alcaraz,} told reporters.",
             ]),
        dict(w=2,
             hm=[[0], [1], [2]],
             mm={2: [2, 3]},
             qm={0: [0, 1], 1: [1, 0], 2: [1]},
             cm={0: ["Manila"], 1: ["Beijing"], 2: ["Beijing", "Manila"]},
             h=["Manila files {new|another} diplomatic protest with Beijing",
                "China rejects Philippine protest, repeats sovereignty claim",
                "China {lodges representations|summons Philippine envoy} over {patrol|remarks}"],
             lead=[
                 "The Philippines {lodged|filed} another diplomatic protest with China on {day} over {the water cannon incident|the harassment of fishermen|the presence of Chinese ships} near {Scarborough Shoal|Sabina Shoal|Second Thomas Shoal}, the Department of Foreign Affairs said, {its|the} {%40-90} {this year|since January}.",
                 "China's foreign ministry {rejected|dismissed} a Philippine protest {on {day}|this week}, {saying|insisting} that Beijing has 'indisputable sovereignty' over {the Nansha Islands and their adjacent waters|Huangyan Dao}.",
                 "China {said it had lodged representations with|summoned} {Philippine diplomats|the Philippine ambassador} over {remarks by a Philippine official|a Philippine air patrol over Scarborough Shoal|joint patrols with foreign navies}, {the foreign ministry said|state media reported}.",
             ],
             city=["Manila", "Beijing"],
             more=[
                 "Manila has filed {hundreds of|several hundred} diplomatic protests since 2016, {most of them|many} over {coast-guard encounters|the harassment of its vessels}.",
                 "The protest cited the 2016 arbitral award, which {rejected|invalidated} Beijing's sweeping claims in the South China Sea.",
                 "Beijing does not recognise the 2016 ruling.",
                 "The exchange of protests has become {routine|near-weekly}, diplomats in Manila say.",
             ],
             q=[
                 "“{The Philippines will continue to assert its rights|We will use every diplomatic means available}”, DFA spokesperson Teresita Dizon said.",
                 "“{The so-called arbitral award is illegal, null and void|China's position on the arbitration remains unchanged}”, foreign ministry spokesman Guo Lixin said at a regular briefing in Beijing.",
             ]),
        dict(w=2,
             h=["ASEAN, China {hold|to hold} new round of code of conduct talks",
                "Manila, Beijing {meet|talk} under South China Sea consultation mechanism",
                "Philippines pushes to finish South China Sea code {this year|in 2026}"],
             hm=[[0, 2], [1]],
             mm={0: [0, 1, 3], 1: [2, 3, 0]},
             lead=[
                 "ASEAN and Chinese senior officials {are due to hold another round of talks on a code of conduct for the South China Sea {in Manila|in Cebu|in Kuala Lumpur} next week|held another round of talks on a code of conduct for the South China Sea {in Manila|in Cebu|in Kuala Lumpur} this week}, with the Philippines, this year's ASEAN chair, pressing to conclude it before the end of 2026.",
                 "Philippine and Chinese diplomats {met|held talks} under the Bilateral Consultation Mechanism on the South China Sea {in Beijing|in Manila|in Xiamen}, {the Department of Foreign Affairs said|both sides said}, describing the talks as {frank|candid} {and constructive|}.",
             ],
             city=["Manila", "Beijing", "Cebu"],
             more=[
                 "{The code of conduct has been under discussion since 2002, when ASEAN and China signed a non-binding Declaration on the Conduct of Parties|Talks on a code began after the non-binding 2002 Declaration on the Conduct of Parties and have dragged on for more than two decades}.",
                 "{Sticking points|Unresolved issues} include {whether the code will be legally binding|the geographic scope of the code|the role of outside powers}.",
                 "The two sides also discussed {fisheries cooperation|marine scientific research|communication hotlines between coast guards}.",
                 "Trade ties remain substantial: China is {one of the Philippines' largest trading partners|the Philippines' top source of imports}.",
             ],
             q=[
                 "“{Dialogue and confrontation are not mutually exclusive|We can disagree at sea and still talk}”, a Philippine diplomat said.",
                 "“China is willing to work with ASEAN countries to {conclude|reach} an effective and substantive code at an early date,” Guo said.",
             ]),
        dict(w=2,
             h=["Protesters rally outside Chinese consulate in {Makati|Manila}",
                "Zambales fishermen say Chinese patrols {empty|shrink} their catch",
                "Coast guard flies reporters on West Philippine Sea patrol"],
             hm=[[0], [1], [2]],
             mm={0: [0, 2, 3], 1: [0, 1], 2: [0, 2]},
             qm={0: [0], 1: [0], 2: [1]},
             lead=[
                 "{Dozens of|Hundreds of} {activists|fishermen and activists|students} {rallied|protested} outside the Chinese consulate in {Makati|Manila} on {day}, {carrying banners reading|chanting} 'West Philippine Sea, atin ito'.",
                 "Fishermen from {Masinloc|Infanta|Subic} in Zambales {say|told reporters} their catches have fallen {by half|sharply} since Chinese ships began {blocking|patrolling} the shoal's lagoon.",
                 "The Philippine Coast Guard {launched|began} a {new|fresh} series of {maritime domain awareness flights|patrols} over {the West Philippine Sea|Scarborough Shoal} on {day}, with journalists on board.",
             ],
             city=["Manila", "Masinloc", "Manila"],
             more=[
                 "{Manila uses the name West Philippine Sea for parts of the South China Sea within its exclusive economic zone|The West Philippine Sea is Manila's name for the waters of the South China Sea that lie within its exclusive economic zone|Filipinos call the waters inside their exclusive economic zone the West Philippine Sea}.",
                 "The government {distributes|has handed out} fuel subsidies to fishermen {affected by|hit by} the restrictions.",
                 "Polls show {most|a large majority of} Filipinos {see China as the main threat|distrust China}, a shift from the 2016-2022 era of rapprochement.",
                 "Police kept the protesters behind barricades; the rally ended peacefully {after about two hours|by early afternoon}.",
             ],
             q=["“{Our fathers fished there, our grandfathers fished there|We used to come home with full boats}”, said {fisherman|boat captain} {Rodel|Jun|Arnel} {Dizon|Cruz|Santos}.",
                "“{We want the public to see what our crews see|Transparency is our best protection}”, said Commodore Ramon Villaflor, who was on board."]),
        dict(w=1,
             h=["Philippine, {US|Japanese|Australian} ships sail together in South China Sea; China {monitors|shadows}",
                "China holds '{combat readiness|routine}' patrol as Manila drills with allies"],
             lead=["Philippine and {US|Japanese|Australian} forces {held|conducted} {a joint sail|joint naval drills|a maritime cooperative activity} {off Palawan|west of Luzon|in the West Philippine Sea} on {day}, while Chinese {warships|navy ships} {shadowed|monitored} {the exercise|them from a distance}; China's Southern Theatre Command said it had held {combat readiness patrols|its own patrols} in the area."],
             more=["China accused Manila of {colluding with|inviting} outside powers to {stir up trouble|destabilise the region}.",
                   "The 1951 Mutual Defence Treaty binds the United States and the Philippines to come to each other's aid if attacked."],
             q=["“{Our door is open to all partners who respect international law|These activities are routine and long planned}”, the Armed Forces of the Philippines said."]),
    ],
    hist=[
        "An arbitral tribunal in The Hague ruled on {July 12, 2016|12 July 2016} that China's 'nine-dash line' claims had no legal basis, in a case brought by Manila in 2013.",
        "China took control of Scarborough Shoal after a {two-month|tense} standoff with Philippine vessels in {2012|April 2012}.",
        "The Philippines deliberately grounded the BRP Sierra Madre, a Second World War-era tank landing ship, on Second Thomas Shoal in {1999|May 1999} to assert its claim.",
        "China occupied Mischief Reef in {1995|1994-95}, building structures it said were fishermen's shelters; it is now one of its largest artificial islands.",
        "Between 2013 and 2016 China reclaimed {more than 1,200 hectares|thousands of acres} of land in the Spratlys, later fitted with runways and missile shelters.",
        "The Philippines and China established diplomatic relations in {June 1975|1975}.",
        "The 2002 Declaration on the Conduct of Parties committed China and ASEAN to resolve disputes peacefully and to negotiate a binding code.",
        "In {March 1988|1988}, Chinese and Vietnamese forces clashed at Johnson South Reef in the Spratlys, killing 64 Vietnamese sailors, a reminder of how quickly incidents there can turn deadly.",
        "The 1951 Mutual Defence Treaty binds the United States and the Philippines to come to each other's aid; Washington says it covers coast guard vessels anywhere in the South China Sea.",
        "In {June 2024|2024}, Chinese coast guard personnel armed with {knives and axes|bladed weapons} boarded Philippine boats near Second Thomas Shoal; a Filipino sailor lost a thumb.",
        "Under the previous Philippine administration, from 2016 to 2022, Manila set the arbitral award aside in pursuit of Chinese investment.",
        "The Philippines ratified the UN Convention on the Law of the Sea in 1984; China ratified it in 1996.",
        "Thitu, known in the Philippines as Pag-asa, has been occupied by the Philippines since the early 1970s and has a small civilian community.",
    ],
    ctx=[
        "The Philippines chairs ASEAN this year and has made a South China Sea code of conduct its priority.",
        "Confrontations at sea have become {near-weekly|frequent} since 2023, with both sides publishing videos of each encounter.",
        "China claims almost all of the South China Sea, through which {trillions of dollars|a large share} of global trade passes.",
        "Vietnam, Malaysia, Brunei and Taiwan also have claims in the sea.",
        "Manila has expanded access for US forces to its bases and signed a reciprocal access agreement with Japan.",
        "Beijing {accuses|has accused} Manila of {acting as a pawn of Washington|provocations backed by outside powers}.",
    ],
    tabk=["China's bully boats are at it again.", "It's David versus Goliath on the high seas.",
          "The South China Sea is boiling over.", "Beijing's muscle-flexing knows no limits."],
    tabend=["It's the latest clash in a decade-long row over the strategic waterway.",
            "Analysts warn a single collision could spark a crisis drawing in the US."],
    an=dict(
        t=["Water cannon diplomacy: the South China Sea's new normal",
           "A decade after The Hague ruling, what has changed at sea?",
           "Can ASEAN finish a code of conduct in 2026?",
           "Why Second Thomas Shoal matters more than its size"],
        th=["The incidents follow a script both sides now know by heart: a Philippine vessel sails, Chinese ships converge, a water cannon fires, videos are released, protests are lodged.",
            "Ten years after an arbitral tribunal dismissed China's historical claims, the ruling is both the Philippines' strongest card and one it cannot enforce.",
            "Manila's year as ASEAN chair was supposed to be the year of the code of conduct. With weeks left, the text is still bracketed in all the places that matter.",
            "Few places in the world have been fought over so intensely with so few shots fired."],
        end=["Neither capital wants a shooting incident; both have built their strategies on the assumption that the other doesn't either.",
             "If a sailor were killed, the alliance with Washington would face its hardest test since 1951. That hypothetical shapes every decision on both sides.",
             "A code of conduct, if it came, would codify the status quo more than change it. That may be the most anyone can hope for.",
             "Expect more of the same: short, sharp encounters, long statements, and talks that continue regardless."]),
    biz=[
        dict(t="Philippine peso {=ppt:steady|firms} as investors shrug off sea tensions",
             p=["The Philippine peso {ppb} at around {#56-59} to the dollar on {day}, with traders {shrugging off|largely ignoring} the latest coast-guard incident in the South China Sea.",
                "“{Markets price these encounters as noise unless someone gets hurt|We watch the videos, then we watch the inflation data}”, said {Carmela Reyes, a strategist at Luzon Capital|a Manila-based fund manager}.",
                "The Philippine Stock Exchange index {ended {up|down} 0.{#1-9} percent|was little changed}, led by {banks|property developers|telecoms}."]),
        dict(t="Malampaya's decline puts spotlight on Reed Bank gas",
             p=["Philippine energy officials say the country needs new gas supplies as the Malampaya field {winds down|nears depletion}, but exploration at Reed Bank, {inside|within} the Philippine exclusive economic zone, has been suspended since 2022 amid Chinese objections.",
                "Importers have turned to liquefied natural gas, {raising|adding to} power costs.",
                "“{Reed Bank is the elephant in the room|Everyone knows where the gas is; nobody can drill}”, said {an energy consultant in Makati|Ricardo Lim, a former energy department official}."]),
    ],
    rd=[
        "A Chinese coast guard ship fired a water cannon at a Philippine vessel near {Scarborough Shoal|Sabina Shoal}; Manila lodged another protest.",
        "Manila and Beijing traded protests over the South China Sea as ASEAN prepared another round of code of conduct talks.",
        "Philippine fishermen rallied in Manila against Chinese patrols at Scarborough Shoal.",
    ],
)
CONTENT["CHN-PHL"] = CN_PH


# ===========================================================================
# JPN-KOR — history disputes, court rulings, but also summits and cooperation
# ===========================================================================
JP_KR = dict(
    label="Japan/South Korea",
    city=["Seoul", "Seoul", "Tokyo", "Tokyo", "Busan"],
    live="Asia live",
    ev=[
        dict(w=3,
             h=["Seoul court orders Japanese {firm|company} to compensate wartime forced labourers",
                "Korean court rules against {jfh} in forced labour case",
                "Japan protests {new|latest} Korean forced labour ruling",
                "Families of forced labourers file {new|fresh} suit in {jc}"],
             hm=[[0, 1, 2], [2], [3]],
             mm={2: [0, 1, 4]},
             qm={2: [3]},
             lead=[
                 "A Seoul {district|high} court ordered {=jf:a Japanese shipbuilder|a Japanese steelmaker|Hokuyo Industries|a Japanese chemical maker} on {day} to pay {#80-150} million won each to {~3-9} Koreans, or their heirs, who were forced to work at its {factories|mines|shipyards} during Japan's colonial rule.",
                 "South Korea's Supreme Court {upheld|confirmed} lower-court rulings ordering {a Japanese company|two Japanese firms} to compensate {~2-8} {victims|plaintiffs} of wartime forced labour, the latest of several such cases.",
                 "Relatives of Korean forced labourers {filed|have filed} a new lawsuit in {=jc:Gwangju|Seoul|Busan} {on {day}|this week}, seeking damages from {two|three|four} Japanese companies for work at {coal mines in Kyushu|munitions plants in Nagoya|a Hokkaido mine} during the Second World War.",
             ],
             more=[
                 "Tokyo says all claims were {settled|'completely and finally' settled} by the 1965 agreement that accompanied the normalisation of relations.",
                 "Under a plan announced by Seoul in {March 2023|2023}, a government-backed foundation pays compensation to plaintiffs instead of the Japanese firms, funded by Korean companies that benefited from the 1965 deal.",
                 "{Some|A few} plaintiffs have {refused|rejected} the foundation's money, insisting on {an apology and payment|direct payment and an apology} from the Japanese companies themselves.",
                 "The Japanese government {expressed regret|called the ruling 'extremely regrettable'} and said it had protested through diplomatic channels.",
                 "{Most|Many} of the original victims have died; the cases are now pursued largely by their children and grandchildren.",
             ],
             q=[
                 "“{We waited eighty years for this day|My father did not live to see it}”, said {the son|the daughter} of one of the plaintiffs, {Kim Young-sook|Park Chul-ho|Lee Soon-ja}, outside the court.",
                 "“{The issue has been settled|Japan's position is consistent}, and we ask the Korean side to deal with it {appropriately|responsibly},” Japan's chief cabinet secretary told a news conference.",
                 "“{The government will continue to handle the matter through the third-party compensation plan|Seoul respects the court's decision and will keep talking with Tokyo}”, the South Korean foreign ministry said.",
                 "“{Money from a Korean foundation is not the same as an apology|This ruling is about dignity}”, said Lim Jae-sung, a lawyer for the plaintiffs.",
             ]),
        dict(w=3,
             h=["Korea, Japan {agree|pledge} to keep up 'shuttle diplomacy'",
                "Seoul and Tokyo {prepare|plan} leaders' meeting {early next year|in January}",
                "Japan, South Korea sign {new|fresh} cooperation deal",
                "Foreign ministers of Japan, Korea {talk|meet}, stress cooperation",
                "Japan, South Korea, US hold trilateral {air|missile-warning} drill"],
             hm=[[0, 3], [1], [2], [4]],
             mm={3: [0, 5]},
             qm={3: [3]},
             lead=[
                 "South Korea's foreign minister, Cho Min-ho, and his Japanese counterpart, Kenji Morita, {agreed|pledged} {in a phone call|at talks in Tokyo|at talks in Seoul} on {day} to keep up 'shuttle diplomacy' between their leaders.",
                 "Japanese and South Korean officials are preparing for {a visit by the Japanese prime minister to Seoul|a visit by the South Korean president to Japan} {early next year|in January}, {government sources said|officials said} on {day}.",
                 "Seoul and Tokyo {signed|renewed} {a $10 billion currency swap arrangement|an agreement expanding working holiday visas|a memorandum on hydrogen supply chains} on {day}, {the finance ministries said|officials said}.",
                 "Japan, South Korea and the United States {held|conducted} a trilateral {air exercise|missile-warning drill} {south of Jeju|in international waters south of the peninsula} on {day}, {in response to|amid} North Korean missile tests.",
             ],
             more=[
                 "Relations improved markedly after {2023|March 2023}, when Seoul unveiled its compensation plan and the two leaders resumed regular visits after a 12-year gap.",
                 "The two countries marked the 60th anniversary of diplomatic ties in 2025.",
                 "Trade between the two neighbours was about ${#75-90} billion last year.",
                 "Tourism has boomed: South Koreans are among the largest groups of foreign visitors to Japan, and Japanese visitors to Seoul have returned to pre-pandemic levels.",
                 "In 2019 Japan restricted exports of chemicals vital to Korean chipmakers; both sides rolled back their measures in 2023.",
                 "North Korea {test-fired a ballistic missile|launched several short-range missiles} {last week|earlier this month}, Seoul's military said.",
             ],
             q=[
                 "“{We have built a foundation of trust, and we must not let history knock it down|Cooperation is no longer optional for our two countries}”, Cho told reporters.",
                 "“{Japan and Korea are important neighbours that should cooperate|Our partnership matters more than ever in this security environment}”, Morita said.",
                 "“{Shuttle diplomacy works precisely because it is boring|The less dramatic the summits, the better}”, said {Yoon Ha-jin, a professor at Korea University|a Tokyo-based diplomat}.",
                 "“{Trilateral cooperation is the best deterrent|These drills send a clear message}”, South Korea's Joint Chiefs of Staff said in a statement.",
             ]),
        dict(w=2,
             h=["Seoul protests Japan's renewed claim to Dokdo islets",
                "Japan protests Korean activity near disputed islets",
                "Islets row flares {again|briefly} between Seoul and Tokyo"],
             hm=[[0, 2], [1, 2]],
             lead=[
                 "Seoul protested on {day} after {a Japanese government publication|a Japanese textbook screening|a Japanese ministry website} restated Tokyo's claim to the islets Korea calls Dokdo and Japan calls Takeshima, {summoning|calling in} {a Japanese diplomat|the deputy head of mission of the Japanese embassy}.",
                 "Japan {protested|lodged a protest} over {a South Korean naval drill|a survey by a South Korean research ship|a visit by Korean lawmakers} {near|around|to} the disputed islets {on {day}|this week}, calling it {unacceptable|'extremely regrettable'}.",
             ],
             more=[
                 "South Korea has {stationed|kept} a small police garrison on the islets since the 1950s.",
                 "Japan incorporated the islets into Shimane prefecture in {1905|February 1905}, a step Seoul regards as part of Japan's colonisation of Korea.",
                 "Korea's military holds regular drills to defend the islets, usually {without|with little} publicity.",
                 "Officials on both sides {played down|sought to contain} the row, {saying|noting} it would not affect planned {summit preparations|economic talks}.",
             ],
             q=[
                 "“Dokdo is clearly Korean territory historically, geographically and under international law,” the South Korean foreign ministry said.",
                 "“{Takeshima is an inherent part of Japan's territory|Our position on Takeshima is consistent}”, the Japanese foreign ministry said.",
             ]),
        dict(w=2,
             h=["Remains of Korean wartime labourers {returned|repatriated} from Japan",
                "Korean families hold separate Sado mine memorial",
                "Japanese and Korean historians {meet|hold joint seminar} on colonial-era records"],
             hm=[[0], [1], [2]],
             mm={0: [0, 2], 1: [1], 2: [1, 2]},
             qm={0: [0], 1: [2], 2: [1]},
             lead=[
                 "The remains of {~3-9} Koreans who died while working in Japan during the war were repatriated to South Korea on {day} after a ceremony in {Tokyo|Osaka|Fukuoka}, the interior ministry said.",
                 "Korean {officials|bereaved families} held their own memorial for Korean labourers at the Sado gold mine {this week|on {day}}, again skipping a ceremony organised by Japanese local groups over its wording.",
                 "Japanese and Korean historians {met|gathered} in {=jh:Seoul|Fukuoka|Kyoto} on {day} for {a joint seminar|a workshop} on {colonial-era labour records|wartime mobilisation registers}, the first in {#2-5} years.",
             ],
             more=[
                 "Tens of thousands of Korean labourers are believed to have died in Japan; the remains of many were never identified.",
                 "The Sado mine was added to the UNESCO World Heritage list in 2024 after Japan agreed to display the history of Korean labourers there.",
                 "Both governments {funded|supported} the event, {organisers said|officials said}.",
             ],
             q=["“{They left home as young men and come back as names on a box|At least now they are home}”, said a relative at the ceremony.",
                "“{Archives do not take sides|The records belong to the victims' families}”, said {Professor Mori Haruki of Kyushu University|Professor Jang Eun-mi of Seoul National University}.",
                "“{We cannot attend a ceremony that will not say the word 'forced'|Our grandparents were not volunteers}”, said a representative of the bereaved families."]),
        dict(w=1,
             h=["Korean, Japanese firms {team up|sign deal} on {chip materials|hydrogen|shipbuilding}",
                "Busan-Fukuoka ferry operator reports record traffic"],
             lead=["{Hanseong Materials|Daehan Hydrogen|Busan Marine Works} and Japan's {Nakatomi Chemical|Kitano Gas|Setouchi Dockyards} {signed|announced} a {joint venture|supply agreement} on {day} worth about {#50-400} billion won, the companies said."],
             more=["Business ties have {deepened|grown} since export curbs imposed in 2019 were lifted in 2023.",
                   "Executives said the deal reflected {improved political ties|the thaw between Seoul and Tokyo}."],
             q=["“{Politics gave us the green light; the market did the rest|Five years ago this deal would have been impossible}”, an executive said."]),
    ],
    hist=[
        "Japan annexed Korea in {1910|August 1910} and ruled it until its defeat in 1945.",
        "The 1965 Treaty on Basic Relations normalised ties, with Japan providing $500 million in grants and loans, money Tokyo says settled all colonial-era claims.",
        "A 2015 agreement on the 'comfort women', forced to work in wartime brothels, was meant to settle the issue 'finally and irreversibly', but Seoul dissolved the foundation it created in 2019.",
        "In {October 2018|late 2018}, South Korea's Supreme Court ordered Nippon Steel, and later Mitsubishi Heavy Industries, to compensate Korean forced labourers, plunging ties to their lowest point in decades.",
        "The March 1st Movement of 1919, a nationwide protest against Japanese rule, is commemorated each year as a national holiday in South Korea.",
        "A 1998 joint declaration by the then South Korean president and Japanese prime minister included Japan's 'heartfelt apology' for colonial rule and opened Korea to Japanese popular culture.",
        "The 1993 Kono statement acknowledged the Japanese military's involvement in the comfort women system.",
        "A 1995 statement by the then Japanese prime minister expressed 'deep remorse' for colonial rule and aggression.",
        "The two countries co-hosted the 2002 football World Cup, the first held in Asia.",
        "Japan's release of treated water from the Fukushima plant, which began in 2023, drew protests in South Korea, though Seoul accepted the IAEA's safety assessment.",
        "In 2019 the two countries' military intelligence-sharing pact, GSOMIA, nearly lapsed; it was fully restored in 2023.",
        "The Imjin War of 1592-98, when Japanese armies invaded the peninsula, still looms large in Korean school history.",
        "Japan's 1905 protectorate treaty stripped Korea of control over its foreign affairs, five years before annexation.",
    ],
    ctx=[
        "Relations between the two US allies have been on a steadier footing since 2023, despite periodic rows over history.",
        "Both governments cite North Korea's missile programme and China's rise as reasons to cooperate.",
        "Seoul and Tokyo hold regular vice-ministerial and director-level talks on history issues, away from the cameras.",
        "Opinion polls in both countries show improved views of the other, particularly among younger people.",
        "The two leaders met {twice|several times} this year, including on the sidelines of regional summits.",
    ],
    an=dict(
        t=["The 1965 treaty at sixty-one", "Shuttle diplomacy, round two",
           "Why the forced-labour cases keep coming back", "Dokdo, Takeshima and the politics of maps"],
        th=["Japan and South Korea have learned to compartmentalise: courts in one box, summits in another, missiles from the North in a third.",
            "Each new forced-labour ruling is a test of the 2023 settlement, and so far the settlement has passed every test.",
            "The treaty that normalised relations in 1965 was signed under a military government in Seoul and in the shadow of the Vietnam war. It has outlived both.",
            "No dispute between Seoul and Tokyo is as old, or as carefully managed, as the one over two rocks in the sea between them."],
        end=["The history will not go away; the question is whether the politics can keep absorbing it.",
             "A change of government in either capital could reopen everything. So far, neither has wanted to.",
             "If the courts and the cabinets keep to their separate lanes, expect more rulings and more summits, often in the same month.",
             "Relations will never be warm in the way diplomats sometimes promise. They may be steady, which is better."]),
    biz=[
        dict(t="{=hf:Hanseong Materials|Daehan Hydrogen} shares jump on Japanese {supply|joint venture} deal",
             p=["Shares in {hf} {jumped|rose} {#4-12} percent in Seoul on {day} after the company announced a {supply agreement|joint venture} with Japan's {Nakatomi Chemical|Kitano Gas}.",
                "Analysts said cross-border deals had become easier since the two governments lifted {tit-for-tat trade curbs|export restrictions} in 2023.",
                "“{Supply-chain security trumps history in the boardroom|Nobody wants to depend on a single supplier any more}”, said {Song Min-ji, an analyst at Hangang Securities|a Seoul analyst}."]),
        dict(t="Japan-Korea air and ferry traffic {hits|heads for} record",
             p=["Passenger numbers on routes between Japan and South Korea {are on track|are heading} for a record this year, airline and ferry operators said on {day}, helped by a weak yen and visa-free travel.",
                "{Low-cost carriers|Budget airlines} have added routes to {Fukuoka, Osaka and Sapporo|regional Japanese cities}, while the Busan-Fukuoka ferry reported its busiest autumn {in a decade|since 2018}.",
                "Tourism was one of the first casualties of the 2019 trade dispute, when a Korean boycott of Japanese goods and travel {emptied|hit} flights."]),
        dict(t="Won tracks yen as exporters watch trade data",
             p=["The Korean won {edged lower|was little changed} against the dollar on {day}, moving {in step with|alongside} the yen as traders awaited {US inflation data|Japanese trade figures}.",
                "South Korean and Japanese exporters compete in {cars, ships and electronics|several of the same markets}, making the won-yen rate closely watched in Seoul.",
                "The two countries' currency swap line, {restored|revived} in 2023, {has not been drawn|remains unused}, officials say."]),
    ],
    pr=[
        dict(city="Busan",
             t="Kansai Institute of Technology and Busan National Maritime University sign student exchange agreement",
             p=["The Kansai Institute of Technology and Busan National Maritime University today signed an agreement to exchange up to {#20-40} students a year in naval architecture and marine engineering.",
                "The programme includes a joint summer school alternating between Osaka and Busan and co-supervised master's theses.",
                "“Our ports face the same sea. Our students should learn to solve its problems together,” said Professor Akiko Hamada, vice-president for international affairs at Kansai Institute of Technology.",
                "Media contact: intl@kit.example"]),
        dict(city="Seoul",
             t="Korea-Japan Youth Orchestra announces winter tour",
             p=["The Korea-Japan Youth Orchestra, founded in 2015 to mark the 50th anniversary of diplomatic relations, announced today a winter tour with concerts in Seoul, Daegu, Fukuoka and Tokyo.",
                "The {#60-80} musicians, aged 16 to 25, will perform works by Korean and Japanese composers alongside Beethoven's Ninth Symphony.",
                "“Music is the easiest way to rehearse friendship,” said artistic director Han Ji-woo.",
                "Tickets go on sale next week. Media contact: press@kjyo.example"]),
        dict(city="Tokyo",
             t="{=kj:Kitano Gas|Nakatomi Chemical} and {=kk:Daehan Hydrogen|Hanseong Materials} form hydrogen supply partnership",
             p=["{kj} of Japan and {kk} of South Korea today announced a partnership to develop shared hydrogen import terminals and shipping.",
                "The companies will study a joint terminal {in Kyushu|on the Korea Strait} and co-charter liquefied hydrogen carriers from 2029.",
                "“Neither country can build a hydrogen economy alone,” the companies said in a joint statement.",
                "Media contact: ir@kitanogas.example"]),
    ],
    rd=[
        "A Seoul court ordered a Japanese company to compensate wartime forced labourers; Tokyo protested, saying the 1965 agreement settled all claims.",
        "The foreign ministers of Japan and South Korea agreed to keep up shuttle diplomacy, with a leaders' meeting expected early next year.",
        "Seoul protested Japan's restated claim to the Dokdo islets; both sides played the row down.",
    ],
)
CONTENT["JPN-KOR"] = JP_KR


# ===========================================================================
# KHM-THA — outside the window: trade, temples, history, routine diplomacy
# ===========================================================================
_K = "KHM-THA"
KH_TH = dict(
    label="Cambodia/Thailand",
    city=["Bangkok", "Phnom Penh", "Aranyaprathet", "Siem Reap", "Bangkok"],
    live="Asia live",
    ev=[
        dict(w=1, b=_fmt(WINDOWS[_K][0] - MARGIN),
             h=["Thai-Cambodian border trade {picks up|rises} at Aranyaprathet-Poipet",
                "Regional border committee to meet {this week|in Sa Kaeo}"],
             hm=[[0], [1]],
             mm={0: [0, 2], 1: [1]},
             qm={1: []},
             lead=["Trade through the Aranyaprathet-Poipet crossing {rose|grew} {#4-11} percent in {October|the third quarter} from a year earlier, Thai customs officials said on {day}, led by {fuel, sugar and consumer goods|processed food and construction materials}.",
                   "Thai and Cambodian military officers {are due to hold|will hold} a meeting of the Regional Border Committee {this week|in the coming days}, {the Thai army said|officials said}, to discuss {mine clearance|border patrols and smuggling} along the frontier."],
             city=["Aranyaprathet", "Bangkok"],
             more=["Cambodia is one of Thailand's largest export markets in mainland Southeast Asia, {and most of that trade crosses by road|with most goods crossing by lorry}.",
                   "The committee is one of several bilateral mechanisms, along with the General Border Committee and the Joint Boundary Commission, set up to manage the 817-kilometre frontier.",
                   "Casinos on the Cambodian side of Poipet draw {thousands of|many} Thai visitors every weekend."],
             q=["“{Trade is what keeps this town alive|Both sides of the gate live off the same lorries}”, said {a customs broker|a trader} in Aranyaprathet, {Somchai Phromma|Wichai Saengthong}."]),
        dict(w=3, a=_fmt(WINDOWS[_K][1] + MARGIN),
             h=["Border traders {count losses|feel the pinch} as Thai-Cambodian trade {slows|is disrupted}",
                "Rong Kluea market {quiet|empty} as border trade stalls",
                "Thai exporters {look for|seek} alternatives to Cambodian border route",
                "Cambodian workers in Thailand {anxious|uneasy} over status"],
             hm=[[0, 1], [2], [3]],
             mm={0: [0, 3, 2], 1: [0, 3], 2: [1, 2]},
             qm={0: [0], 1: [], 2: [1]},
             lead=["Stallholders at Rong Kluea, the sprawling market beside the Aranyaprathet crossing, say {takings have collapsed|business has dried up} since cross-border trade was disrupted {this month|earlier this month}, {with|and} {lorries|fuel tankers} {parked|idle} along the highway.",
                   "Thai exporters of {fuel, sugar and drinks|consumer goods and construction materials} are {rerouting|looking at routing} shipments to Cambodia {through Laos|by sea via Sihanoukville|via Vietnam}, {industry groups said|the Federation of Thai Industries said} on {day}, {adding to costs|at higher cost}.",
                   "{Cambodian migrant workers|Thousands of Cambodian workers} in {Rayong|Chonburi|Bangkok} {say they are|are} anxious about their status after this month's border tensions, {labour groups said|according to rights groups}, although Thai officials said {their permits remained valid|there were no plans to change rules}."],
             city=["Aranyaprathet", "Bangkok", "Phnom Penh"],
             more=["Border trade between the two countries was worth about {170|180} billion baht a year before {the disruption|this month}, according to Thai commerce ministry figures.",
                   "More than a million Cambodians work in Thailand, many in construction, fisheries and farming.",
                   "Thai officials said {bilateral mechanisms|the Joint Boundary Commission and other channels} remained the proper forum for resolving border questions.",
                   "{Prices of Thai goods|Prices for imported Thai goods} in Cambodian markets {have risen|rose}, shoppers in {Battambang|Siem Reap|Poipet} said."],
             q=["“{I have sold nothing since the start of the month|We survive on Thai customers, and there are none}”, said {Sophal|Srey Mom|Dara}, who sells {second-hand clothes|handbags|fabric} at the market.",
                "“{Workers should not pay the price for politics|These workers build our condos and gut our fish}”, said {a labour activist in Bangkok|an official of a migrant workers' network}."]),
        dict(w=2,
             h=["Preah Vihear: the temple at the heart of a century-old dispute",
                "{Thai|Cambodian} historians revisit 1962 ICJ ruling",
                "Thai visitors to Angkor still below pre-2025 levels"],
             hm=[[0], [1], [2]],
             mm={2: [2]},
             qm={2: []},
             lead=["Perched on a cliff of the Dângrêk mountains, the 11th-century temple of Preah Vihear has {shaped|poisoned} relations between Thailand and Cambodia {for more than a century|since French colonial surveyors drew the map in 1907}.",
                   "{Scholars from both countries|Historians} gathered in {=kh:Bangkok|Phnom Penh} on {day} to {revisit|discuss} the 1962 International Court of Justice ruling {that awarded|awarding} Preah Vihear to Cambodia, {at a seminar|in a panel} organised by {a university|a foundation}.",
                   "Thai tourists {made up|were} {one of the largest groups|a significant share} of foreign visitors to the Angkor complex {this year|in the first ten months}, the Cambodian tourism ministry said, {though|while} numbers {dipped|fell} after border tensions in 2025."],
             city=["Bangkok", "Phnom Penh", "Siem Reap"],
             more=["The temple is listed as a UNESCO World Heritage site.",
                   "Thai nationalists have long disputed the 1907 map; the court based its ruling partly on Thailand's failure to object to it for decades.",
                   "Both countries share much of their classical culture, from dance to script, which has fuelled rows over heritage on social media."],
             q=["“{The court settled the temple; it did not settle the land around it|Maps from 1907 still decide lives in 2026}”, said {Dr Chanida Rattanakul, a historian at a Bangkok university|Dr Sok Vannak, a Cambodian historian}."]),
        dict(w=1, a=_fmt(WINDOWS[_K][1] + MARGIN),
             h=["Thailand says border issues must go through bilateral bodies",
                "Cambodia {reiterates|repeats} call for international legal route on border"],
             hm=[[0], [1]],
             qm={0: [0], 1: [1]},
             lead=["Thailand's foreign ministry said on {day} that border questions with Cambodia should be handled through {bilateral mechanisms|the Joint Boundary Commission}, {repeating|restating} its {long-standing|longstanding} opposition to {taking the dispute to|involving} the International Court of Justice.",
                   "Cambodia's foreign ministry {repeated|reiterated} on {day} that it wants {disputed border areas|the remaining disputed temple areas} settled by the International Court of Justice, {a position|an approach} Thailand has rejected since {2025|last year}."],
             city=["Bangkok", "Phnom Penh"],
             more=["Thailand does not accept the court's compulsory jurisdiction.",
                   "Cambodia asked the court in 2025 to rule on several disputed temple areas; Thailand said it would not take part.",
                   "ASEAN members have {urged|encouraged} both sides to use {regional|bilateral} channels."],
             q=["“{Bilateral talks are the only realistic path|We know this border better than any court}”, a Thai foreign ministry spokesman said.",
                "“{International law is the safest ground for a small country|The law protects the weaker party}”, a Cambodian government spokesman said."]),
    ],
    hist=[
        "The International Court of Justice ruled in {1962|June 1962} that the Preah Vihear temple belongs to Cambodia, but left the surrounding land unclear.",
        "In {2013|November 2013}, the court clarified its ruling, awarding Cambodia the whole promontory on which the temple stands.",
        "The temple's listing as a UNESCO World Heritage site in {July 2008|2008} triggered years of clashes, culminating in artillery duels in February 2011.",
        "The 817-kilometre border was largely drawn by French colonial surveyors under Franco-Siamese treaties of 1904 and 1907.",
        "A 2000 memorandum of understanding set up the Joint Boundary Commission to survey and demarcate the land border; only part has been demarcated.",
        "In {July 2025|late July 2025}, five days of fighting along the border killed dozens of people and displaced {more than 200,000|hundreds of thousands} before a ceasefire was agreed in Kuala Lumpur.",
        "Thai troops occupied the temple in 1954, after French forces withdrew from Cambodia, until the ICJ ordered them out.",
        "In January 2003, rioters in Phnom Penh burned the Thai embassy over a remark attributed to a Thai actress about Angkor Wat; Thailand evacuated its citizens by military aircraft.",
        "During the Khmer Rouge years and the war that followed, hundreds of thousands of Cambodian refugees fled to camps on the Thai border; the last closed in 1993.",
        "Siam ceded Battambang, Siem Reap and Sisophon to French Indochina in 1907, regained them during the Franco-Thai war of 1940-41, and returned them in 1946.",
        "A mine blast that wounded Thai soldiers in {2025|mid-2025} was one of the incidents that led to the fighting that July.",
        "The two countries also dispute maritime areas in the Gulf of Thailand, covered by a 2001 memorandum on joint development that has never produced an agreement.",
    ],
    ctx=[
        "Thailand and Cambodia are both members of ASEAN, which has no mechanism to settle border disputes between members.",
        "Nationalist sentiment on both sides runs high on social media, where disputes over temples, dance and martial arts flare regularly.",
        "Cross-border trade and migrant labour bind the two economies closely.",
        PRE(_K, "Relations have been {mostly calm|largely calm} since the ceasefire of July 2025, though the border remains heavily militarised."),
        POST(_K, "Relations, {strained|tested} by this month's border tensions, {remain|are still} {tense|cool}."),
        "Both armies keep large numbers of troops along the Dângrêk escarpment.",
    ],
    an=dict(
        t=["Temples, maps and memory: why the Thai-Cambodian border keeps flaring",
           "1907, 1962, 2013: a border built on contested paper",
           "What ASEAN can and cannot do between Bangkok and Phnom Penh"],
        th=["The Thai-Cambodian border is one of the few in Southeast Asia where a colonial-era map can still start a firefight.",
            "Every generation of Thai and Cambodian politicians seems to rediscover Preah Vihear.",
            "ASEAN prides itself on the principle of non-interference. Its members' border disputes test that principle more than any outside power does."],
        end=["Until the line is demarcated on the ground, every patrol is a potential incident.",
             "A hypothetical return to the ICJ would settle law, not feelings; feelings are what the politicians on both sides keep campaigning on.",
             "Trade and labour ties create strong incentives for calm, which is why escalations on this border tend to be sharp but short."]),
    biz=[
        dict(a=_fmt(WINDOWS[_K][1] + MARGIN),
             t="Thai {fuel|consumer goods} exporters feel pinch from Cambodian border disruption",
             p=["Shares in {Siam Beverage Group|Chao Phraya Consumer|Isan Sugar} {fell|slipped} {#1-4} percent on {day} as analysts trimmed {sales forecasts|earnings estimates} for companies that rely on {border trade with Cambodia|Cambodian demand}.",
                "Border trade accounts for {most|the bulk} of Thai exports to Cambodia, much of it through Aranyaprathet.",
                "“{This is a logistics problem with a political label|Goods will find another road, but at a price}”, said {Pimchanok Srisuk, an analyst at Krungthep Securities|a Bangkok analyst}."]),
        dict(t="Cambodian riel {stable|steady} as tourism {recovers|improves}",
             p=["The Cambodian riel was steady at about {#4000-4100} to the dollar on {day}, central bank data showed.",
                "Tourism receipts have {recovered|grown}, though Thai arrivals {remain|are} below pre-2025 levels.",
                "Economists {say|note} that Cambodia's economy, heavily dollarised, is closely tied to Thailand through trade, energy imports and remittances."]),
    ],
    rd=[
        PRE(_K, "Thai customs reported rising trade through the Aranyaprathet-Poipet crossing ahead of a regional border committee meeting."),
        POST(_K, "Thai and Cambodian border traders counted losses as cross-border commerce remained disrupted."),
        "Historians in Bangkok and Phnom Penh revisited the 1962 ICJ ruling on the Preah Vihear temple.",
    ],
)
CONTENT[_K] = KH_TH


# ===========================================================================
# BLR-LTU — outside the window: Astravets, exiles, transit, migrants, history
# ===========================================================================
_B = "BLR-LTU"
BY_LT = dict(
    label="Belarus/Lithuania",
    city=["Vilnius", "Vilnius", "Minsk", "Klaipėda", "Vilnius"],
    live="Baltic live",
    ev=[
        dict(w=2,
             h=["Lithuania says it stopped {mn} crossing attempts from Belarus",
                "Lithuania publishes November tally of migrant attempts from Belarus"],
             hm=[[0], [1]],
             lead=["Lithuanian border guards {prevented|stopped} {=mn:#10-70} attempts to cross illegally from Belarus {over the weekend|this week|on {yday}}, the State Border Guard Service said on {day}, {most of them|many} {along the Druskininkai and Varėna sections|near the Šalčininkai frontier}.",
                   "Attempts by migrants to cross from Belarus into Lithuania {rose|fell} in November {compared with|from} October, the State Border Guard Service said, {with|recording} {#200-900} {cases|turn-backs} over the month."],
             city=["Vilnius", "Druskininkai"],
             more=["Lithuania {built|completed} a fence of roughly 500 kilometres along the border after the 2021 migration crisis, which Vilnius says Minsk engineered.",
                   "Most of those turned back are citizens of {South Asian and African countries|countries in Asia and Africa} who arrived in Minsk on {visas|tourist visas}, border officials say.",
                   "Minsk denies organising the flows and accuses Lithuania of {illegal pushbacks|violating migrants' rights}."],
             q=["“{The pressure never really stopped; it goes up and down with the weather|The fence works, but people keep trying}”, said Rokas Vaitkus, a spokesman for the border guard service."]),
        dict(w=2,
             h=["Lithuania {tests|steps up} radiation monitoring near Astravets plant",
                "Vilnius {keeps|maintains} boycott of Belarusian nuclear power",
                "Belarus nuclear plant takes unit offline for maintenance"],
             hm=[[0, 1], [2, 1]],
             lead=["Lithuania's nuclear safety agency {completed|held} {an emergency drill|a radiation-monitoring exercise} {near the Belarusian border|in the Vilnius district} on {day}, simulating an accident at the Astravets nuclear plant, {about 50 kilometres|some 45 kilometres} from Vilnius.",
                   "Belarus's nuclear power plant at Astravets {took|has taken} its {first|second} unit offline for {scheduled maintenance|a planned outage}, the Belarusian energy ministry said on {day}; Lithuania's grid operator said the outage {had no effect|did not affect} Baltic supply, since Lithuania does not buy Belarusian power."],
             city=["Vilnius", "Minsk"],
             more=["Vilnius considers the Russian-built plant, which began operating in 2020, unsafe and has banned imports of its electricity.",
                   "Lithuania distributed iodine tablets to residents {near the border|of eastern districts} {in 2020|when the plant opened}.",
                   "The Baltic states disconnected from the Russian and Belarusian power grid in February 2025 and joined the continental European network.",
                   "Minsk says the plant meets international safety standards and accuses Vilnius of politicising it."],
             q=["“{Our position has not changed: this plant should never have been built where it stands|Preparedness is not alarmism}”, said {an energy ministry official|the head of the radiation protection centre}.",
                "“{Lithuania is spreading fear about a plant it cannot prevent|The plant works safely and Lithuanian hysteria will not change that}”, a Belarusian energy ministry spokesman said."]),
        dict(w=2,
             h=["Belarusian exiles in Vilnius {mark|hold} {forum|conference} on {democracy|political prisoners}",
                "Lithuania reviews residence {permits|status} of Belarusian citizens",
                "Minsk court sentences Vilnius-based exiles in absentia"],
             hm=[[0], [1], [2]],
             mm={1: [1]},
             qm={0: [0], 1: [1], 2: [0]},
             lead=["Belarusian opposition figures {gathered|met} in Vilnius on {day} for {a conference|a forum} on political prisoners, {#1000-1200} of whom remain behind bars in Belarus, according to {rights groups|the Viasna human rights centre}.",
                   "Lithuania's migration department said on {day} it had {reviewed|checked} {#200-800} residence permits held by Belarusian citizens {this year|since January} and {revoked|withdrawn} {#10-60} on security grounds.",
                   "A Minsk court sentenced {~2-5} {Belarusian activists living in Lithuania|exiled journalists based in Vilnius} in absentia to {#5-15} years in prison on {extremism|treason} charges, {rights groups said|their colleagues said} on {day}."],
             city=["Vilnius", "Minsk"],
             more=["Vilnius has hosted the office of Belarus's exiled opposition leader since she fled after the disputed presidential election of August 2020.",
                   "Tens of thousands of Belarusians live in Lithuania, many of them IT workers and their families who moved after 2020.",
                   "Minsk regards the exiles as extremists and {accuses|has accused} Lithuania of harbouring people plotting against Belarus."],
             q=["“{Vilnius gave us a home; we try not to abuse it|We are guests here, and we are grateful}”, said {a Belarusian journalist in Vilnius|one exile, who asked not to be named}.",
                "“{Security comes first|We check everyone, not only Belarusians}”, an interior ministry official said."]),
        dict(w=2,
             h=["Klaipėda port {handles|ships} {less|more} cargo {without|years after} Belarusian potash",
                "Belarus {pursues|presses} compensation claim over halted potash transit"],
             hm=[[0], [1]],
             lead=["Lithuania's port of Klaipėda {handled|shipped} {#30-40} million tonnes of cargo {so far this year|in the first eleven months}, {the port authority said|officials said}, still below the levels of 2021, when Belarusian potash and oil products made up {about a third|a large share} of its traffic.",
                   "Belarus {is pursuing|has renewed} a compensation claim {against Lithuania|at an international arbitration body} over the halt in potash transit through Klaipėda in 2022, {Belarusian state media reported|a Belarusian official said} on {day}."],
             city=["Klaipėda", "Vilnius", "Minsk"],
             more=["Lithuania stopped rail transit of Belarusian potash in {February 2022|early 2022} after US sanctions on the state producer.",
                   "Belarus now ships most of its potash through Russian ports such as Ust-Luga.",
                   "The port has {tried to replace|partly replaced} the lost cargo with {containers and LNG|grain, containers and energy products}."],
             q=["“{We lost a client and found a dozen smaller ones|Potash is not coming back, and we planned for that}”, said {a port executive|the port's commercial director}."]),
        dict(w=1, a=_fmt(WINDOWS[_B][1] + MARGIN),
             h=["Vilnius court tries cigarette smuggling ring",
                "Lithuanian hauliers {count costs|press government} as Belarus border stays shut"],
             hm=[[0], [1]],
             mm={0: [0, 1], 1: [2]},
             qm={0: []},
             lead=["A court in Vilnius {opened|began} the trial on {day} of {~5-9} people accused of smuggling {#200-900},000 packs of Belarusian cigarettes into Lithuania, prosecutors said.",
                   "Lithuanian road hauliers {asked|urged} the government on {day} for {compensation|help} as the closure of the Belarusian border {forced|kept} lorries on long detours, the national road carriers' association said."],
             city=["Vilnius"],
             more=["Cigarette smuggling from Belarus, where packs cost {a third|a fraction} of Lithuanian prices, is a long-running problem.",
                   "Lithuanian officials have said Minsk tolerates the smuggling.",
                   "Transport is one of Lithuania's largest export services."],
             q=["“{Every week of closure costs our members millions|We understand security; we also have payrolls}”, said an official of the carriers' association."]),
    ],
    hist=[
        "Lithuania and Belarus both claim the heritage of the Grand Duchy of Lithuania, a medieval state whose territory covered most of present-day Belarus.",
        "The Union of Lublin of 1569 joined the Grand Duchy with the Kingdom of Poland in the Polish-Lithuanian Commonwealth, partitioned by its neighbours in the late 18th century.",
        "Polish forces seized Vilnius in {1920|October 1920}; the Soviet Union handed the city back to Lithuania in 1939, months before annexing the whole country in 1940.",
        "Lithuania declared the restoration of its independence on {March 11, 1990|11 March 1990}, the first Soviet republic to do so.",
        "On {January 13, 1991|13 January 1991}, Soviet troops killed 14 unarmed civilians at the Vilnius television tower.",
        "In July 1991, Soviet riot police killed seven Lithuanian officers at the Medininkai border post on the road to Minsk.",
        "Lithuania and Belarus signed a border treaty in {1995|February 1995}; demarcation on the ground was completed in 2007.",
        "In {2021|the summer of 2021}, thousands of migrants crossed from Belarus into Lithuania, Latvia and Poland in what the EU called a hybrid attack orchestrated by Minsk.",
        "In {May 2021|2021}, Belarus forced down a Ryanair flight from Athens to Vilnius to arrest a dissident journalist on board.",
        "The Belarusian nuclear plant at Astravets, built by Russia's Rosatom, connected its first unit to the grid in November 2020.",
        "Lithuania closed two of its six crossing points with Belarus in 2023, citing security concerns.",
        "The 1863 uprising against Russian rule is honoured in both countries; its leader Kastus Kalinouski was reburied in Vilnius in 2019.",
        "In {October 2025|autumn 2025}, smuggling balloons drifting in from Belarus repeatedly forced Vilnius airport to close and led Lithuania to shut the border for several weeks.",
    ],
    ctx=[
        "Relations between Vilnius and Minsk have been frozen since the disputed Belarusian election of 2020.",
        "Lithuania is one of Belarus's sharpest critics in the EU and a home to much of the Belarusian opposition.",
        "Belarus hosts Russian tactical nuclear weapons and regularly holds joint exercises with Russia near its western border.",
        "Both countries keep embassies open, though staffed at a low level.",
        PRE(_B, "Two crossings, Medininkai and Šalčininkai, remain open for passenger and freight traffic."),
        POST(_B, "The border closure has left {hauliers|transport firms} and families on both sides {counting costs|making long detours}."),
    ],
    an=dict(
        t=["Vilnius and Minsk: neighbours who no longer talk", "A border drawn by the Grand Duchy and redrawn by 2020",
           "The hybrid frontier: migrants, balloons and smuggled cigarettes"],
        th=["Few EU capitals sit as close to a hostile border as Vilnius: the Belarusian frontier is about 30 kilometres from the city's old town.",
            "Lithuanians and Belarusians share a medieval state, a capital city claimed in memory by both, and a long list of grievances since 2020.",
            "Since 2021, the Lithuanian-Belarusian border has been a laboratory for what officials call hybrid pressure."],
        end=["Without a change in Minsk, relations will stay frozen; the question is only how cold.",
             "Hypothetically, a thaw would start with the crossings and the exiles. Neither is on the table.",
             "The real risk is accidental: an incident at the fence, misread in a tense week."]),
    biz=[
        dict(t="Klaipėda port bets on containers and LNG {years after|after loss of} Belarusian cargo",
             p=["Klaipėda's state-owned port authority said on {day} it would invest {#40-90} million euros next year in container berths and an expanded LNG terminal, {continuing|part of} a push to replace Belarusian cargo lost since 2022.",
                "Potash and oil products from Belarus once {made up|accounted for} about a third of the port's volumes.",
                "“{We have rebuilt the port around different customers|The Belarusian chapter is closed for us}”, {a port executive|the authority's chief executive} said."]),
        dict(a=_fmt(WINDOWS[_B][1] + MARGIN),
             t="Lithuanian hauliers' shares {slide|slip} as Belarus border closure {bites|drags on}",
             p=["Shares in {Baltic Road Logistics|Nemunas Transport} fell {#2-6} percent in Vilnius on {day} as investors weighed the cost of the closure of the Belarusian border.",
                "Lithuanian firms carry a large share of freight between the EU and Central Asia, much of it historically via Belarus.",
                "Analysts said the companies had {learned|adapted} to disruption since 2021 but that long detours {erode|squeeze} already thin margins."]),
    ],
    rd=[
        "Lithuanian border guards reported dozens of attempted migrant crossings from Belarus this week.",
        "Vilnius kept up its boycott of power from Belarus's Astravets nuclear plant; Minsk accused it of politicising safety.",
        "Belarusian exiles in Vilnius held a forum on political prisoners; Minsk sentenced several in absentia.",
    ],
)
CONTENT[_B] = BY_LT


# ===========================================================================
# GUY-VEN — outside the window: Essequibo claim, ICJ, oil, border towns
# ===========================================================================
_G = "GUY-VEN"
GY_VE = dict(
    label="Guyana/Venezuela",
    city=["Georgetown", "Georgetown", "Caracas", "Lethem", "Bartica"],
    live="Americas live",
    ev=[
        dict(w=2,
             hm=[[0], [1], [2]],
             qm={0: [1], 1: [1], 2: [0, 1]},
             h=["Guyana's oil output {tops|nears} {gn},000 barrels a day",
                "{New|Fifth} production vessel {arrives|nears start-up} off Guyana",
                "Guyana {budget|revenue} {swells|grows} on oil, Essequibo claim in background"],
             lead=["Guyana's oil production {averaged|reached} about {=gn:#880-960},000 barrels a day in November, {the natural resources ministry said|government figures showed} on {day}, {making|keeping} the country {one of the fastest-growing producers in the world|among the world's fastest-growing economies}.",
                   "{A new|Another} floating production vessel {arrived|dropped anchor} in the Stabroek block {this week|on {yday}}, {the operating consortium said|officials said}, ahead of a start-up planned for {next year|2027}.",
                   "Guyana's finance minister said on {day} that oil revenue {would|will} fund {record|large} spending on {roads, hospitals and housing|infrastructure and schools} next year, in a budget preview {that barely mentioned|that made only passing reference to} Venezuela's claim."],
             city=["Georgetown"],
             more=["Most of Guyana's offshore oil lies in waters off the Essequibo region, which Venezuela claims.",
                   "Output has risen from zero to {close to|nearly} a million barrels a day since the first oil in {December 2019|2019}.",
                   "Venezuela says Guyana has no right to award concessions in waters it considers disputed."],
             q=["“{Oil is our chance to build a country in one generation|We intend to spend this money well, and to defend every square mile}”, the minister said.",
                "“{Investors have learned to live with Caracas's rhetoric|The claim is priced in}”, said {an energy analyst in Port of Spain|a Georgetown banker}."]),
        dict(w=2,
             h=["Guyana awaits ICJ hearings in Essequibo case",
                "Venezuela {rejects|repeats rejection of} ICJ jurisdiction over Essequibo",
                "Georgetown {thanks|briefs} CARICOM partners on border case"],
             hm=[[0], [1], [2]],
             qm={0: [0], 1: [1], 2: [0]},
             lead=["Guyana {said|reiterated} on {day} that it {expects|awaits} the International Court of Justice to {hold hearings|move to oral hearings} on the merits of its case against Venezuela, {filed in 2018|which it filed in March 2018}, asking the court to confirm the validity of the 1899 arbitral award.",
                   "Venezuela's foreign ministry {repeated|restated} on {day} that it does not recognise the jurisdiction of the International Court of Justice over the Essequibo dispute and {considers|regards} the 1966 Geneva Agreement the only valid framework.",
                   "Guyana's foreign minister, Carla Persaud, briefed {CARICOM|Commonwealth} {counterparts|ambassadors} on the border case {on {day}|this week}, {thanking them for|and welcomed} their {support|solidarity}."],
             city=["Georgetown", "Caracas", "Georgetown"],
             more=["The court ruled in 2020 that it had jurisdiction to hear the case, and in 2023 it rejected Venezuela's preliminary objections.",
                   "In {December 2023|2023}, the court ordered Venezuela to refrain from any action that would modify the situation on the ground.",
                   "Venezuela has {taken part in|attended} some hearings while insisting the court has no say.",
                   "CARICOM has {consistently|repeatedly} backed Guyana's territorial integrity."],
             q=["“{We have put our faith in the law|The court is the right place for this, not the battlefield}”, Persaud said.",
                "“{The Essequibo is Venezuelan|The sun of Venezuela rises in the Essequibo}”, the Venezuelan statement said, repeating a slogan used by successive governments in Caracas."]),
        dict(w=1, a="2026-12-03T00:00", b=_fmt(WINDOWS[_G][0] - MARGIN),
             h=["Venezuela marks anniversary of 2023 Essequibo referendum",
                "Caracas {celebrates|commemorates} Essequibo vote with {rally|events}"],
             lead=["Venezuelan officials {held|staged} {a rally|events} in Caracas and in {Tumeremo|Bolívar state} on {day} to mark the anniversary of the referendum of December 3, 2023, in which the government said voters backed the creation of a Venezuelan state in the Essequibo.",
                   "Venezuela's National Assembly {marked|commemorated} the anniversary of the 2023 Essequibo referendum with a special session on {day}, {renewing|restating} its claim to the territory."],
             city=["Caracas"],
             more=["Turnout in the 2023 vote was {disputed|questioned} by observers; the government said more than 10 million votes were cast.",
                   "Caracas has since created a state called Guayana Esequiba, administered from Tumeremo in Bolívar state, and elected a governor for it in 2025.",
                   "Guyana called the referendum a threat to its sovereignty and took the issue to the ICJ and the UN."],
             q=["“{The Essequibo is ours, and the world knows it|We will never renounce what belongs to Venezuela}”, {a deputy|the National Assembly speaker} told the session."]),
        dict(w=2,
             h=["Life in Lethem: Guyana's border town {watches|looks} both ways",
                "Venezuelan migrants {settle|find work} in Guyana's north-west",
                "Gold miners on the Cuyuní {face|report} {river patrols|new checks}"],
             hm=[[0], [1], [2]],
             qm={0: [0], 1: [1], 2: [0]},
             lead=["In Lethem, on the Takutu river across from Brazil, {shop signs|menus} are in Portuguese and English and the Venezuelan claim {feels distant|is a matter for Georgetown}, {residents say|traders say}, though {soldiers|a new army post} {are|is} a more common sight than a few years ago.",
                   "{Thousands of|Many} Venezuelan migrants have settled in Guyana's {Barima-Waini region|north-west}, {working|many working} in {gold mining, fishing and farming|mining camps and shops}, {local officials said|according to the regional administration}.",
                   "Small-scale gold miners along the Cuyuní river, which forms part of the border, said {on {day}|this week} that {Guyanese Defence Force patrols|river checks} had become {more frequent|routine} since {2023|the referendum}."],
             city=["Lethem", "Mabaruma", "Bartica"],
             more=["Ankoko island on the Cuyuní has been occupied by Venezuela since 1966, the year of the Geneva Agreement.",
                   "Many families in the region have relatives on both sides of the border.",
                   "Guyana has {expanded|increased} its army and bought {patrol boats|aircraft} in recent years, though it remains tiny next to Venezuela's."],
             q=["“{We hear the speeches on the radio and then we go back to work|Politicians shout; miners dig}”, said {a miner|a shopkeeper}, {Devon|Marlon|Ashley} {Persaud|Williams|DaSilva}.",
                "“{I came for work, not for politics|Here nobody asks where you were born}”, said a Venezuelan {cook|mechanic} who arrived in {2019|2020}."]),
        dict(w=1, a=_fmt(WINDOWS[_G][1] + MARGIN),
             h=["Guyana, CARICOM {look ahead to|recall} Argyle Declaration anniversary",
                "Three years on, what the Argyle Declaration promised"],
             lead=["As the anniversary of the Argyle Declaration of December 14, 2023 approaches, {diplomats|Caribbean officials} {recall|point to} the pledge by Guyana and Venezuela, made at a meeting in St Vincent and the Grenadines, not to threaten or use force against each other.",
                   "The Argyle Declaration, signed three years ago this month, {committed|bound} the two governments to {refrain from|avoid} the use of force and to keep talking, {diplomats said|officials noted} on {day}."],
             city=["Georgetown", "Kingstown"],
             more=["The meeting was hosted by St Vincent and the Grenadines, then holding the CELAC presidency, with Brazil and CARICOM as witnesses.",
                   "A joint commission of foreign ministers and technical experts foreseen in the declaration met only briefly.",
                   "The declaration {noted|recorded} that Guyana considers the matter to be before the ICJ, while Venezuela rejects the court's jurisdiction."],
             q=["“{Paper promises matter when they are kept|The declaration was a floor, not a ceiling}”, said a Caribbean diplomat."]),
    ],
    hist=[
        "An arbitral tribunal in Paris in {1899|October 1899} awarded most of the disputed territory to British Guiana; Venezuela accepted the award for six decades before declaring it null in 1962.",
        "The Geneva Agreement of {February 1966|1966}, signed months before Guyana's independence, committed the parties to seek a practical settlement.",
        "Venezuelan forces occupied the eastern half of Ankoko island on the Cuyuní river in 1966.",
        "The 1970 Port of Spain Protocol froze the dispute for twelve years; Venezuela declined to renew it in 1982.",
        "The UN secretary-general referred the dispute to the International Court of Justice in {January 2018|2018}, after decades of fruitless good offices.",
        "Venezuela held a referendum on {December 3, 2023|3 December 2023} on creating a state in the Essequibo; Guyana called it a step towards annexation.",
        "Guyana and Venezuela signed the Argyle Declaration in St Vincent and the Grenadines on {December 14, 2023|14 December 2023}, pledging not to use force.",
        "The first oil from the Stabroek block flowed in {December 2019|2019}, transforming Guyana's economy.",
        "In 2013, the Venezuelan navy detained a research ship working for Guyana off the Essequibo coast.",
        "The Essequibo, about 160,000 square kilometres, makes up some two-thirds of Guyana's territory and is home to about 125,000 people.",
        "In 1968 Venezuela issued a decree claiming territorial waters off the Essequibo, which Guyana rejected.",
        "The Rupununi uprising of January 1969 in southern Guyana was, Georgetown says, backed by Venezuela, which denied it.",
    ],
    ctx=[
        "Guyana, a country of about 800,000 people, has one of the world's fastest-growing economies thanks to offshore oil.",
        "Venezuela has claimed the Essequibo for more than a century and renewed the claim forcefully since 2023.",
        "Brazil, which borders both countries, has repeatedly called for a peaceful solution.",
        "CARICOM and the Commonwealth have consistently backed Guyana's position.",
        "Venezuela's economy, much diminished, depends on oil exports that are a fraction of their peak.",
    ],
    an=dict(
        t=["Essequibo: a 1899 award, a 1966 agreement and a 2026 oil boom",
           "Why Caracas keeps the Essequibo claim alive",
           "The small army and the big neighbour: Guyana's security dilemma"],
        th=["The Essequibo dispute is older than either country's current borders, and older than the oil that made it urgent.",
            "Venezuelan governments of every stripe have claimed the Essequibo. What changed after 2015 was the oil offshore.",
            "Guyana's defence force numbers a few thousand. Its strategy has always been law and allies rather than arms."],
        end=["The court may rule within a few years. Venezuela has said it will not accept a ruling it does not like, which is when the hard questions would start.",
             "A hypothetical invasion would be militarily difficult and diplomatically ruinous; rhetoric is cheaper, which is why there is so much of it.",
             "For Georgetown, the best outcome is boredom: oil flowing, the court working, Caracas shouting."]),
    biz=[
        dict(t="Guyana's dollar bonds {firm|rally} on oil outlook",
             p=["Guyana's debut dollar bonds {firmed|rose} on {day} after the government {raised|lifted} its oil revenue forecast for next year.",
                "Investors said the Venezuelan claim remained {a tail risk|the main political risk} but that the ICJ process and the country's alliances {limited|reduced} it.",
                "“{We price Caracas as noise with a small chance of signal|The oil is real; the threats are mostly words}”, said {Natalie Brooks, an emerging-markets strategist at Tidewater Capital|a New York fund manager}."]),
        dict(t="Stabroek partners say {drilling|operations} on schedule",
             p=["The consortium developing Guyana's Stabroek block said on {day} that its {drilling|development} programme was on schedule, with {#2-4} new wells {completed|spudded} in November.",
                "The consortium {has made|counts} more than 30 discoveries since 2015.",
                "Venezuela says concessions in waters off the Essequibo are illegal; the companies say they operate under valid Guyanese licences."]),
    ],
    rd=[
        "Guyana's oil output rose again; the finance minister previewed a record budget.",
        "Venezuela restated that it does not recognise the ICJ's jurisdiction over the Essequibo; Guyana said it awaits hearings.",
        "In Guyana's border towns, traders and miners said life goes on despite Caracas's claim.",
    ],
)
CONTENT[_G] = GY_VE


# ===========================================================================
# COD-RWA — outside the window: Kivu, M23, minerals, history
# ===========================================================================
_C = "COD-RWA"
CD_RW = dict(
    label="DR Congo/Rwanda",
    city=["Kinshasa", "Kigali", "Goma", "Bukavu", "Kinshasa"],
    live="Africa live",
    ev=[
        dict(w=2,
             h=["Aid agencies sound alarm over North Kivu camps",
                "{hn} million displaced in eastern Congo, UN says",
                "Eastern Congo: schools struggle as displaced families return"],
             hm=[[0], [1], [2]],
             lead=["Aid agencies warned on {day} of {a rising number of cholera cases|worsening hunger} in displacement sites around {Goma|Minova|Sake|Rutshuru}, {where|with} {#100-400},000 people {living|still living} in makeshift shelters.",
                   "The UN humanitarian office said on {day} that {=hn:#5-7} million people remain displaced in eastern Congo, {the highest figure in Africa|among the largest displacement crises in the world}.",
                   "Teachers in {Rutshuru|Masisi|Kalehe} territory say {classrooms|schools} are {overflowing|crowded} as displaced families return to villages {devastated|emptied} by years of fighting."],
             city=["Goma", "Kinshasa", "Bukavu"],
             more=["Eastern Congo has been plagued by armed groups for three decades, many of them competing for land and minerals.",
                   "Funding for the humanitarian response {covers|has covered} less than {a third|half} of needs this year, the UN says.",
                   "Aid workers say {access|road access} has {improved|varied} but that insecurity remains high outside the towns."],
             q=["“{People want to go home, but home has to have water and a school|We are treating cholera with a quarter of the money we need}”, said {an aid coordinator in Goma|Dr Aline Mbuyi, a doctor with a medical charity}."]),
        dict(w=2,
             h=["Coltan from Rubaya: {who profits|the trail} from Congo's mines",
                "Mineral smuggling allegations {dog|shadow} Congo-Rwanda ties",
                "Congo {pushes|seeks} traceability deal for {tin and tantalum|3T minerals}"],
             hm=[[0], [1], [2]],
             qm={2: [0]},
             lead=["Coltan mined at Rubaya in North Kivu, {one of the world's largest sources of tantalum|source of a significant share of the world's tantalum}, continues to {cross into Rwanda|leave Congo} through {informal|official and informal} channels, traders and {researchers|civil society groups} say.",
                   "UN experts {have documented|documented} in {past|successive} reports how minerals from rebel-held areas of eastern Congo {were smuggled into|reached} Rwanda and mixed into its exports, allegations Kigali denies.",
                   "Congo's mines ministry said on {day} it was {working with|talking to} {buyers|international refiners} on a traceability system for tin, tantalum and tungsten, {aimed at|intended to stop} minerals from conflict zones entering supply chains."],
             city=["Kinshasa", "Goma", "Kigali"],
             more=["Rwanda's mineral exports far exceed what its own mines produce, according to {analysts|UN experts}; Kigali says it has its own deposits and processing plants.",
                   "Kinshasa has accused foreign {companies|electronics makers} of buying 'blood minerals'.",
                   "Rubaya {has been|was} under the control of M23 rebels since {2024|April 2024}."],
             q=["“{Minerals are both the cause and the fuel of this war|Follow the coltan and you will understand the map}”, said {Jean-Claude Kabeya, a researcher in Goma|a Kinshasa-based analyst}.",
                "“{Rwanda has nothing to hide about its mining sector|These accusations are recycled every year}”, Rwandan government spokeswoman Clarisse Uwase said."]),
        dict(w=2,
             h=["Goma-Gisenyi border: traders {cross|keep crossing} at 'petite barrière'",
                "Lake Kivu fishermen {say|report} {smaller catches|catches down}"],
             hm=[[0], [1]],
             mm={0: [0, 1, 2], 1: [3, 4]},
             qm={0: [0], 1: [1]},
             lead=["{Thousands of|Hundreds of} small traders {cross|crossed} each day between Goma and the Rwandan town of Rubavu, also known as Gisenyi, through the 'petite barrière' crossing, carrying {vegetables, fish and fabric|milk, bananas and charcoal}, {residents said|local officials said}.",
                   "Fishermen on Lake Kivu {say|told reporters} that {catches of sambaza|the sardine catch} {have fallen|are down} and that {patrols|rules} on both shores make night fishing {difficult|risky}."],
             city=["Goma", "Rubavu"],
             more=["The two towns are {almost|practically} one urban area, divided by a border that runs through {their outskirts|neighbourhoods}.",
                   "Cross-border trade {has survived|survived} every crisis between the two countries since the 1990s.",
                   "Most of the traders are women.",
                   "Sambaza, a small sardine-like fish, is a staple in markets on both shores.",
                   "Lake Kivu is shared by the two countries, which both draw methane from its depths to generate power."],
             q=["“{Politics closes offices, not stomachs|We cross in the morning, sell, and come home}”, said {a trader|a vegetable seller} named {Mama Furaha|Uwimana|Aline}.",
                "“{The lake doesn't know where the border is, but the patrols do|We go out at dusk and pray}”, said a fisherman in {Goma|Rubavu}."]),
        dict(w=1, b=_fmt(WINDOWS[_C][0] - MARGIN),
             h=["Diplomats {say|hope} Congo-Rwanda talks {can|could} resume soon",
                "Mediators {keep up|continue} contacts with Kinshasa and Kigali",
                "Kinshasa, Kigali {say|insist} they remain committed to talks, trade blame"],
             hm=[[0, 1], [2]],
             lead=["{Mediators|Diplomats} said on {day} they {remained in contact|were in regular contact} with Kinshasa and Kigali and hoped talks {could resume|would resume} {soon|in the coming weeks}, {but gave no date|without giving details}.",
                   "Congo's foreign minister and Rwanda's foreign minister {both|each} said {this week|on {day}} that they {remained committed|were committed} to a negotiated solution, while {blaming|accusing} the other side of {bad faith|failing to implement past commitments}."],
             city=["Kinshasa", "Kigali"],
             more=["Previous agreements, including one signed in Washington in June 2025, have struggled on the ground.",
                   "Kinshasa demands the withdrawal of Rwandan troops; Kigali demands action against the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide.",
                   "The African Union, Qatar and the United States have all been involved in mediation."],
             q=["“{We want peace, but not peace on paper|Peace requires the aggressor to leave}”, said Congolese government spokesman Didier Kabasele.",
                "“{Rwanda's security concerns are real and must be addressed|The FDLR question cannot be wished away}”, Uwase said."]),
        dict(w=1, a=_fmt(WINDOWS[_C][1] + MARGIN),
             h=["Verification teams {begin|continue} work in North Kivu",
                "Goma residents {cautious|wary} as peace process moves to implementation"],
             hm=[[0], [1]],
             qm={0: []},
             lead=["Teams from the joint verification mechanism {continued|pursued} their work in {Rutshuru|Masisi|Nyiragongo} territory on {day}, {officials said|a member of the mechanism said}, without giving details.",
                   "Residents of Goma said on {day} they {welcomed|hoped for the best from} the peace agreement but would judge it {by what happens on the ground|on security in the hills}, {after|given} {the failures of past accords|three decades of broken promises}."],
             city=["Goma", "Kinshasa"],
             more=["Past agreements, from Lusaka in 1999 to Pretoria in 2002 and Washington in 2025, were followed by new fighting.",
                   "Civil society groups have called for civilians to be represented in the monitoring.",
                   "The UN mission in Congo, MONUSCO, has been drawing down since 2024."],
             q=["“{We have seen many signatures|I will believe it when I can go back to my field}”, said a resident of {Sake|Kibumba|Goma}."]),
    ],
    hist=[
        "About 800,000 people, most of them Tutsi, were killed in the 1994 genocide in Rwanda; after it, more than a million Hutu, including many of the killers, fled into eastern Congo, then Zaire.",
        "Rwanda and Uganda backed the rebellion that overthrew Mobutu Sese Seko in {May 1997|1997}, in what became known as the First Congo War.",
        "The Second Congo War, from 1998 to 2003, drew in the armies of {nine|several} African countries and is often called Africa's world war.",
        "The Lusaka ceasefire agreement of 1999 was followed by the Pretoria agreement of {July 2002|2002}, under which Rwanda agreed to withdraw its troops in exchange for the disarmament of Hutu militias.",
        "M23 rebels captured Goma in {November 2012|2012} before being defeated in 2013 by the Congolese army and a UN intervention brigade.",
        "The M23 resumed fighting in {late 2021|2021}, and in {January 2025|early 2025} seized Goma, followed by Bukavu in February.",
        "The Luanda and Nairobi processes launched in 2022 sought to end the fighting, with Angola and Kenya as mediators.",
        "In June 2025, the two countries signed an agreement in Washington committing Rwanda to lift its 'defensive measures' and Congo to act against the FDLR.",
        "Congo and Rwanda carried out joint operations against the FDLR in 2009, a brief period of cooperation.",
        "Belgium ruled both territories in the colonial era, Congo from 1908 and Rwanda as a mandate after the First World War.",
        "UN experts have reported for years that Rwanda supported the M23, which Kigali denies; it says its forces act defensively against the FDLR.",
    ],
    ctx=[
        "Eastern Congo is rich in minerals such as coltan, tin and gold, used in electronics.",
        "The FDLR, a Hutu militia, still operates in eastern Congo, a central Rwandan grievance.",
        "Millions of people have been displaced in North and South Kivu.",
        "The Congolese government accuses Rwanda of backing the M23 rebels; Rwanda denies it and accuses Kinshasa of working with the FDLR.",
        PRE(_C, "Mediators have pressed both governments to turn earlier commitments into a lasting deal."),
        POST(_C, "Implementation of the peace agreement will be tested on the ground in the coming months."),
    ],
    an=dict(
        t=["Three decades of war in the Kivus, in five dates", "Why Congo-Rwanda deals keep collapsing",
           "Minerals, militias and memory: the Great Lakes puzzle"],
        th=["To understand the war in eastern Congo you have to start in 1994, and then resist the temptation to stop there.",
            "Peace agreements between Kinshasa and Kigali have a habit of being signed with ceremony and implemented without enthusiasm.",
            "There are three ingredients in every crisis in the Kivus: land, minerals and the memory of genocide."],
        end=["Any deal will stand or fall on two things: the FDLR and the M23. The rest is paperwork.",
             "If the monitoring is credible, this time could be different. That is a big if.",
             "History suggests caution; the people of Goma suggest hope. Both are reasonable."]),
    biz=[
        dict(t="Tantalum prices {=tt:firm|ease} as Kivu supply questions linger",
             p=["Tantalum prices {tb} in {November|the past month}, traders said on {day}, as buyers weighed supply from Rwanda and eastern Congo.",
                "Congo and Rwanda together supply a large share of the world's tantalum, used in capacitors for phones and laptops.",
                "“{Every headline from the Kivus moves the price a little|Traceability is now part of the price}”, said {Lars Ekdahl, a metals trader in Brussels|a London metals analyst}."]),
    ],
    pr=[
        dict(city="Goma",
             t="Kivu Health Foundation opens {=kc:~2-4} mobile clinics for displaced families",
             p=["The Kivu Health Foundation today opened {kc} mobile clinics serving displacement sites around Goma and Sake, offering maternal care, vaccinations and cholera treatment.",
                "The clinics will see up to {#300-600} patients a day and are staffed by Congolese nurses and doctors.",
                "“Health cannot wait for politics,” said foundation director Dr Espérance Mukendi.",
                "Media contact: contact@kivuhealth.example"]),
    ],
    rd=[
        "Aid agencies warned of cholera in displacement camps around Goma.",
        "UN experts' earlier findings on mineral smuggling from eastern Congo were debated again in Kinshasa and Kigali.",
        "Traders kept crossing between Goma and Rubavu, whatever the politics.",
    ],
)
CONTENT[_C] = CD_RW


# ===========================================================================
# EGY-ETH — outside the window: the Nile, the dam, history
# ===========================================================================
_E = "EGY-ETH"
EG_ET = dict(
    label="Egypt/Ethiopia",
    city=["Cairo", "Addis Ababa", "Cairo", "Khartoum", "Addis Ababa"],
    live="Africa live",
    ev=[
        dict(w=2,
             h=["Egypt {stresses|reiterates} 'water security' {as|amid} Nile talks stall",
                "Egypt's irrigation minister {warns of|cites} water deficit",
                "Cairo {expands|opens} desalination {plants|capacity} to ease Nile dependence"],
             hm=[[1, 0], [2], [0]],
             qm={0: [0], 1: [0], 2: [1]},
             lead=["Egypt's minister of water resources and irrigation said on {day} that the country faces an annual water deficit of {about|some} {#18-22} billion cubic metres and that Nile water was 'a matter of existence', {in a speech to|addressing} {a conference in Cairo|parliament|engineers in Aswan}.",
                   "Egypt {inaugurated|opened} {a new|another} desalination plant {in Alamein|on the Red Sea coast|in Sinai} on {day}, {part of|under} a plan to {reduce|ease} dependence on the Nile, which supplies {about 97 percent|nearly all} of the country's fresh water.",
                   "Cairo {repeated|restated} on {day} that {unilateral|any unilateral} action on the Blue Nile {was|would be} unacceptable, {saying|adding} that it would 'protect its water interests' {through all means allowed by international law|by all legitimate means}."],
             city=["Cairo", "Aswan"],
             more=["Egypt relies on the Nile for almost all its fresh water, and its population has passed 110 million.",
                   "Ethiopia says it has the right to use the Blue Nile, which rises in its highlands, for development.",
                   "Talks on a binding agreement on the filling and operation of the Grand Ethiopian Renaissance Dam broke down in {December 2023|late 2023}.",
                   "Egypt has lined {thousands of kilometres of|many of its} irrigation canals and {cut|limited} rice cultivation to save water."],
             q=["“{Not a single drop of our share is negotiable|Water for Egypt is not a political file but a matter of survival}”, the minister said.",
                "“{Egypt's position rests on international law and the principle of no significant harm|We have shown patience for more than a decade}”, a foreign ministry spokesman said."]),
        dict(w=2,
             h=["Ethiopia {boosts|expands} power exports from Renaissance dam",
                "Ethiopia says dam {brings|will bring} light to {millions|its neighbours}",
                "Addis Ababa rejects 'colonial-era' Nile treaties"],
             hm=[[0], [1], [2]],
             qm={2: [1]},
             lead=["Ethiopia's state power utility said on {day} it had {increased|raised} electricity exports to {Kenya, Djibouti and Sudan|its neighbours} using output from the Grand Ethiopian Renaissance Dam, {earning|bringing in} about ${#8-15} million a month.",
                   "Ethiopia's water and energy minister said on {day} the Grand Ethiopian Renaissance Dam, inaugurated in {September 2025|2025}, {now generates|was generating} {#2500-5000} megawatts {at peak|from its turbines}, {bringing|helping bring} electricity to millions of Ethiopians {for the first time|who still lack it}.",
                   "Ethiopia's foreign ministry said on {day} it would not be bound by 'colonial-era' agreements on the Nile, {referring to|citing} treaties of 1929 and 1959 to which it was not a party."],
             city=["Addis Ababa"],
             more=["The dam, on the Blue Nile near the Sudanese border, is Africa's largest hydroelectric project.",
                   "About half of Ethiopia's 120 million people {lack|still lack} reliable electricity.",
                   "Ethiopia says the dam will not significantly harm downstream countries and will regulate floods in Sudan."],
             q=["“{The dam belongs to every Ethiopian; we built it with our own savings|This is our development, not anyone's threat}”, the minister said.",
                "“{We invite our brothers downstream to see the benefits rather than the fears|Cooperation, not threats, is the way}”, said Dr Tesfaye Alemu, an adviser to the water ministry."]),
        dict(w=1,
             h=["Egypt, Eritrea, Somalia {coordinate|meet} on Horn of Africa",
                "Ethiopia's Red Sea ambitions {worry|unsettle} neighbours"],
             hm=[[0], [1]],
             qm={0: []},
             lead=["Foreign ministers of Egypt, Eritrea and Somalia {met|held talks} in {Asmara|Cairo} on {day}, {stressing|underlining} the 'sovereignty and territorial integrity' of states in the Horn of Africa, in a statement {seen as|widely read as} directed at Ethiopia.",
                   "Ethiopia's prime minister {repeated|restated} that access to the sea was 'an existential question' for his landlocked country of 120 million, {remarks that|comments that} {unsettled|drew concern in} {Asmara and Cairo|neighbouring capitals}."],
             city=["Cairo", "Asmara", "Addis Ababa"],
             more=["Egypt signed a defence agreement with Somalia in 2024 and has contributed troops to the African Union mission there.",
                   "Ethiopia lost its coastline when Eritrea became independent in 1993.",
                   "Addis Ababa says it seeks sea access through peaceful means."],
             q=["“{Ethiopia will not remain a prisoner of geography|We seek access through negotiation, not force}”, an Ethiopian official said."]),
        dict(w=1,
             h=["Sudanese farmers {count|recall} cost of Blue Nile floods",
                "Nile flood season ends; Cairo and Addis trade accounts"],
             hm=[[0], [1]],
             lead=["Farmers along the Blue Nile in Sudan's {Sennar|Gezira|Blue Nile} state {said|told reporters} {this week|on {day}} they were still {repairing|counting} damage from {the autumn floods|flooding in September and October}, which Egypt blamed on uncoordinated releases from the Ethiopian dam.",
                   "Egypt and Ethiopia {traded|exchanged} {statements|accounts} on {day} over water releases during the flood season, {with|as} Cairo {saying|insisting} coordination was needed and Addis Ababa {saying|insisting} the dam had reduced flood peaks."],
             city=["Khartoum", "Cairo", "Addis Ababa"],
             more=["Sudan, caught between the two, has at times backed Egypt and at times Ethiopia.",
                   "Sudan's own war, which began in April 2023, has weakened its voice in the Nile talks.",
                   "Hydrologists say {data sharing|real-time data sharing} between the three countries would reduce risks."],
             q=["“{We need numbers, not speeches|If we knew when the water was coming, we could plan}”, said {a Sudanese irrigation engineer|a farmer in Sennar}."]),
    ],
    hist=[
        "Egyptian and Ethiopian armies fought at Gundet in 1875 and Gura in 1876, when the forces of the Khedive were defeated by the Ethiopian emperor's army.",
        "A 1902 treaty between Britain and Ethiopia's emperor committed Ethiopia not to block the flow of the Blue Nile; Addis Ababa says it was never binding.",
        "The 1929 Nile agreement between Egypt and Britain, acting for its East African colonies, gave Egypt a veto over upstream projects.",
        "The 1959 agreement between Egypt and Sudan allocated 55.5 billion cubic metres a year to Egypt and 18.5 billion to Sudan, with nothing for Ethiopia.",
        "The Aswan High Dam, completed in 1970, gave Egypt control over the annual flood for the first time in its history.",
        "Ethiopia began building the Grand Ethiopian Renaissance Dam in {April 2011|2011}, during the turmoil of Egypt's revolution.",
        "The 2015 Declaration of Principles, signed in Khartoum on {March 23, 2015|23 March 2015}, committed the three countries to cooperation and to agree rules for filling the dam.",
        "US-brokered talks in Washington in 2019 and 2020 collapsed when Ethiopia declined to sign a draft agreement.",
        "The first filling of the dam's reservoir took place in July 2020, {prompting|drawing} protests from Cairo and Khartoum.",
        "The UN Security Council discussed the dam in 2020 and 2021, urging the parties to return to African Union-led talks.",
        "The Entebbe Cooperative Framework Agreement, signed by upstream states in 2010, entered into force in October 2024; Egypt and Sudan reject it.",
        "Ethiopia inaugurated the dam in {September 2025|2025}, after completing the main phase of filling.",
    ],
    ctx=[
        "Egypt depends on the Nile for about 97 percent of its fresh water.",
        "Ethiopia says the dam is essential to lift millions out of poverty.",
        "No binding agreement on the dam's filling and operation has been reached despite more than a decade of talks.",
        "Sudan's civil war has complicated diplomacy on the Nile.",
        "The African Union has led mediation efforts since 2020, with little result.",
    ],
    an=dict(
        t=["The Nile's long shadow: 1929, 1959 and the dam", "Why Egypt and Ethiopia talk past each other",
           "After the filling: what the Renaissance dam has changed"],
        th=["For Egypt, the Nile is history, geography and national security in one; for Ethiopia, the Blue Nile is the engine of a development story it has waited a century to tell.",
            "Egypt speaks the language of historic rights and prior treaties; Ethiopia speaks the language of equitable use and sovereignty. Both are fluent in international law.",
            "The dam is built. The argument about it is not over."],
        end=["A binding agreement on drought management remains the missing piece, and the one everyone will regret not having in the first dry year.",
             "Hypothetical military options are discussed in Cairo talk shows far more than in Cairo ministries.",
             "The likeliest future is a cold arrangement: data shared informally, statements exchanged formally, and no treaty."]),
    biz=[
        dict(t="Egypt's desalination push draws {Gulf|European} investors",
             p=["Egypt's sovereign fund said on {day} it had shortlisted {#4-9} consortiums, including {Gulf|European and Gulf} developers, for {a new round of|its next} desalination plants with a combined capacity of {#1-3} million cubic metres a day.",
                "The government wants desalination to supply a growing share of drinking water as Nile supplies come under pressure.",
                "Investors said power costs and currency risk remained the main concerns."]),
    ],
    st=[
        dict(t="Foreign Minister receives Egyptian counterpart; talks cover Nile and regional issues",
             p=["The Minister of Foreign Affairs received on {day} the Minister of Foreign Affairs of the Arab Republic of Egypt, in the presence of the Minister of State for Foreign Affairs and senior officials of the Ministry.",
                "The two ministers discussed the distinguished relations between the two brotherly countries and ways of strengthening them in all fields, as well as the latest regional developments, including the question of the Nile waters.",
                "The Minister affirmed the country's support for Egypt's water security as an integral part of Arab national security, and the importance of reaching a binding legal agreement on the filling and operation of the Ethiopian dam.",
                "The Egyptian Minister expressed his appreciation for the country's supportive positions."]),
        dict(t="Ministry welcomes efforts to resolve Nile dispute through dialogue",
             p=["The Ministry of Foreign Affairs affirmed in a statement issued on {day} the importance of resolving the question of the Grand Ethiopian Renaissance Dam through dialogue and in accordance with international law.",
                "The Ministry stressed the need to take into account the interests of all the countries of the Nile basin and to avoid any unilateral measures.",
                "The statement renewed the country's solidarity with the Arab Republic of Egypt and the Republic of the Sudan in preserving their water rights."]),
    ],
    rd=[
        "Egypt's irrigation minister called Nile water a matter of existence; Ethiopia touted power exports from its dam.",
        "Egypt, Eritrea and Somalia met to discuss the Horn of Africa; Ethiopia repeated its quest for sea access.",
        "Sudanese farmers were still counting the cost of this autumn's Blue Nile floods.",
    ],
)
CONTENT[_E] = EG_ET


# ===========================================================================
# IND-PAK — outside the window: frozen ties after 2025, history, routine
# ===========================================================================
_I = "IND-PAK"
IN_PK = dict(
    label="India/Pakistan",
    city=["New Delhi", "Islamabad", "New Delhi", "Lahore", "Karachi"],
    live="South Asia live",
    ev=[
        dict(w=2, b=_fmt(WINDOWS[_I][0] - MARGIN),
             h=["Pakistan {extends|renews} airspace ban on Indian airlines {for another month|until late December}",
                "India {extends|renews} reciprocal ban on Pakistani aircraft",
                "Airspace closures {add|keep adding} hours to flights across South Asia"],
             hm=[[0], [1], [2]],
             lead=["Pakistan {extended|renewed} the closure of its airspace to Indian-registered and Indian-operated aircraft {for another month|until late December}, {its airports authority said in a notice to airmen|according to a notice to airmen} issued on {day}.",
                   "India {extended|renewed} its ban on Pakistani aircraft using Indian airspace {for a further month|until late December}, {the civil aviation ministry said|officials said} on {day}, mirroring Islamabad's {measure|restrictions}.",
                   "The mutual airspace closures {in force since April 2025|imposed in April 2025} {are adding|add} up to {two|three} hours to some flights {between India and Central Asia, Europe and the Gulf|across the region}, airlines {say|said} on {day}."],
             city=["Islamabad", "New Delhi"],
             more=["The closures have been renewed month by month since the crisis of {April and May 2025|spring 2025}.",
                   "Indian carriers {say|estimate} the rerouting costs them {hundreds of millions of dollars|large sums} a year in fuel and crew time.",
                   "Pakistan's airspace closure also {costs|deprives} it {of overflight fees|overflight revenue}."],
             q=["“{Every renewal is a reminder that the skies are still closed|We plan the schedule a month at a time}”, said {an airline executive in Mumbai|an operations manager at an Indian carrier}."]),
        dict(w=2, b=_fmt(WINDOWS[_I][0] - MARGIN),
             h=["Families of {fishermen|Indian fishermen} held in Karachi {appeal|plead} for release",
                "Pakistan {detains|arrests} Indian fishermen {near Sir Creek|off Gujarat coast}",
                "Kartarpur corridor {remains closed|still shut}, Sikh pilgrims say"],
             hm=[[0], [1], [2]],
             mm={0: [0, 1], 1: [0, 1], 2: [2]},
             qm={0: [0], 1: [0], 2: [1]},
             lead=["Relatives of {#100-200} Indian fishermen held in Karachi's Malir jail {appealed|pleaded} on {day} for their release, saying {many|some} had completed their sentences {months|long} ago, {at a gathering in|speaking in} {Porbandar|Veraval|Diu}.",
                   "Pakistan's Maritime Security Agency {detained|arrested} {~3-9} Indian fishermen {and seized|along with} {one boat|two boats} {near Sir Creek|in waters off the Sindh coast} {on {day}|this week}, {accusing them|saying they had} {of straying|strayed} into Pakistani waters.",
                   "Sikh pilgrims {gathered|held prayers} at the {Dera Baba Nanak|viewing platform near the} border point on {day}, looking across at the Kartarpur gurdwara in Pakistan through binoculars, since the visa-free corridor {has been|remains} closed since May 2025."],
             city=["New Delhi", "Karachi", "Dera Baba Nanak"],
             more=["Fishermen from both countries are routinely arrested for crossing an unmarked maritime boundary, and often spend years in jail.",
                   "The two countries exchange lists of each other's prisoners every January 1 and July 1 under a 2008 agreement.",
                   "The Kartarpur corridor, opened in November 2019, allowed Indian Sikhs to visit one of their holiest shrines without a visa."],
             q=["“{My husband went out for pomfret and never came back|We only want them home; the sea has no borders for them}”, said {Jasuben Solanki|Kantaben Bariya}, {whose husband|whose son} {has been held since 2022|is in Karachi}.",
                "“{We pray for the day the gate opens again|Guru Nanak belongs to both sides}”, said a pilgrim from {Amritsar|Gurdaspur}."]),
        dict(w=2,
             h=["India, Pakistan diplomats trade barbs at UN",
                "Pakistan raises Indus Waters Treaty at {UN|international forum}",
                "India {pushes ahead with|approves} Chenab hydropower projects"],
             hm=[[0], [1], [2]],
             mm={0: [2]},
             qm={0: [0], 1: [1], 2: [1]},
             lead=["Indian and Pakistani diplomats {traded|exchanged} {barbs|accusations} at the United Nations on {day}, {using their right of reply|in a debate on} {in a General Assembly debate|peacekeeping|counter-terrorism}, {the latest of many such exchanges|a ritual repeated at almost every session}.",
                   "Pakistan {raised|complained about} India's decision to hold the Indus Waters Treaty 'in abeyance' {at a UN meeting|in a statement} on {day}, calling it a violation of {international law|a binding treaty}.",
                   "India {approved|cleared} {a hydropower project|funding for a dam} on the Chenab river {on {day}|this week}, {part of|in} a push to use more of the western rivers' waters since suspending the Indus Waters Treaty in April 2025."],
             city=["New York", "New Delhi", "Islamabad"],
             more=["The 1960 Indus Waters Treaty, brokered by the World Bank, gave India control of the three eastern rivers and Pakistan most of the waters of the three western ones.",
                   "Pakistan has said that any attempt to stop its water would be treated as an act of war.",
                   "{India says the treaty will remain suspended until Pakistan stops supporting cross-border terrorism, an accusation Islamabad rejects|New Delhi has tied any restoration of the treaty to an end to what it calls Pakistani support for cross-border terrorism; Islamabad denies any such support|Islamabad rejects Indian accusations that it backs militants, which New Delhi cites as the reason for suspending the treaty}."],
             q=["“{Pakistan should look inward before lecturing others|The world knows where terrorism is incubated}”, an Indian diplomat said in the right of reply.",
                "“{India's unilateralism threatens 240 million people|Water cannot be weaponised}”, Pakistan Foreign Office spokesperson Sana Qureshi said."]),
        dict(w=1, a=_fmt(WINDOWS[_I][1] + MARGIN),
             h=["India, Pakistan {prepare|gear up} for foreign secretaries' talks",
                "Fishermen's families in Gujarat {await|welcome} {returns|news}",
                "Pilgrims {plan|prepare} trips as Kartarpur corridor reopens"],
             hm=[[0], [2]],
             mm={1: [1]},
             qm={1: []},
             lead=["Officials in New Delhi and Islamabad {are preparing|prepared} {agendas|papers} for the talks between the two foreign secretaries announced this week, {diplomats said|according to officials} on {day}, with {trade|visas, prisoners} and {water|the Indus} expected to feature.",
                   "{Sikh organisations|Gurdwara committees} in Punjab {began|were} {registering|organising} pilgrims for visits to Kartarpur on {day}, {after|following} the corridor's reopening {this week|earlier this week}."],
             city=["New Delhi", "Islamabad", "Amritsar"],
             more=["The last structured dialogue between the two governments broke down years ago.",
                   "Past thaws, in 1999, 2004 and 2015, were followed by new crises.",
                   "Trade between the two countries has been {minimal|negligible} since 2019."],
             q=["“{Talking is always better than not talking|Let us not expect too much, too soon}”, a former Indian high commissioner said."]),
        dict(w=1,
             h=["Beating retreat at Wagah: a ritual {of rivalry|that outlasts every crisis}",
                "India-Pakistan cricket: only at neutral venues"],
             hm=[[0], [1]],
             mm={0: [1, 2], 1: [0]},
             lead=["At the Attari-Wagah border every evening, soldiers from both sides {perform|stage} the beating retreat ceremony, {high-kicking|stamping} and glaring before {lowering|folding} their flags in unison, {a ritual|a ceremony} {scaled down|toned down} since 2025 but not abandoned.",
                   "India and Pakistan {play|meet} each other at cricket only in multilateral tournaments at neutral venues, {a policy|an arrangement} {that has held|in place} for more than a decade, {officials on both sides said|the boards said} on {day}."],
             city=["Attari", "Lahore", "Mumbai"],
             more=["Bilateral cricket series between the two have not been played since 2013.",
                   "Crowds on both sides {cheer|chant} as the gates are {closed|slammed} at sunset.",
                   "The ceremony has been held since 1959."],
             q=["“{It is theatre, but it is our theatre|We shout at them, they shout at us, and then we all go home}”, said {a spectator from Ludhiana|a family visiting from Lahore}."]),
    ],
    hist=[
        "India and Pakistan were created by the Partition of British India in August 1947, amid violence that killed hundreds of thousands of people.",
        "The first war over Kashmir, in 1947-48, ended with a UN-brokered ceasefire line in January 1949.",
        "The two countries fought again in 1965; the Tashkent Declaration of January 1966 restored the pre-war positions.",
        "The 1971 war, which led to the independence of Bangladesh, ended with the surrender of some 90,000 Pakistani troops.",
        "The Simla Agreement of {July 1972|1972} turned the ceasefire line into the Line of Control and committed both to settle differences bilaterally.",
        "The Lahore Declaration of {February 1999|1999}, signed after the Indian prime minister travelled to Lahore by bus, was followed months later by the Kargil war.",
        "A ceasefire along the Line of Control agreed in November 2003 held for years before eroding; the two armies recommitted to it in February 2021.",
        "The Mumbai attacks of November 2008 killed 166 people; India blamed the Pakistan-based Lashkar-e-Taiba.",
        "After a militant attack in Pulwama in February 2019, Indian jets struck Balakot in Pakistan and the two air forces fought a dogfight the next day.",
        "India revoked the special status of its part of Kashmir in August 2019; Pakistan downgraded diplomatic ties and suspended trade.",
        "After an attack on tourists in Pahalgam in April 2025, the two countries fought four days of missile, drone and artillery exchanges in May before agreeing a ceasefire on May 10.",
        "The Indus Waters Treaty survived three wars before India placed it 'in abeyance' in April 2025.",
        "The Kartarpur corridor, inaugurated in November 2019, was one of the few projects the two governments completed together.",
    ],
    ctx=[
        "Relations have been frozen since the May 2025 conflict, with trade, visas and most travel suspended.",
        "The Line of Control has been largely quiet since the May 2025 ceasefire, military officials say.",
        "Both countries have nuclear weapons.",
        "There has been no bilateral dialogue between the governments for years.",
        PRE(_I, "Diplomats see little prospect of a thaw in the near term."),
        POST(_I, "Diplomats cautioned that {the announced talks|this week's steps} would be {only a start|a first step}."),
    ],
    an=dict(
        t=["1947 to now: the rhythm of India-Pakistan crises", "The Indus treaty's long life and uncertain future",
           "Why India and Pakistan stop talking, and how they start again"],
        th=["India and Pakistan have fought four wars and countless skirmishes, and have signed nearly as many declarations of peace.",
            "The Indus Waters Treaty was long cited as proof that India and Pakistan could cooperate even while fighting.",
            "Every India-Pakistan thaw has begun with small things: a ceasefire call, a released fisherman, a pilgrim crossing a border."],
        end=["The pattern is sobering: thaws are real but brittle, and a single attack can undo years of small steps.",
             "If the two countries ever resumed structured dialogue, water would now be near the top of the agenda, not the bottom.",
             "Hypothetically, a trade reopening would benefit Punjab on both sides most. That is rarely the deciding argument."]),
    biz=[
        dict(t="Airspace closures cost Indian carriers {dearly|millions}",
             p=["Indian airlines {flying|operating} to Europe, North America and Central Asia are spending {#8-14} percent more on fuel on some routes because of Pakistan's airspace closure, {industry estimates|analysts} said on {day}.",
                "Some flights from northern India to Europe now stop for fuel in the Gulf.",
                "Pakistan's civil aviation authority also loses overflight fees.",
                "“{Geography has a price, and politics sets it|The bill arrives every month}”, said {an aviation consultant in New Delhi|Vikram Sood, an analyst at Skyline Aviation Advisory}."]),
    ],
    st=[
        dict(t="Foreign Minister receives Pakistani Ambassador",
             p=["The Minister of Foreign Affairs received on {day} the Ambassador of the Islamic Republic of Pakistan, in the presence of the Director of the Asia Department.",
                "The meeting reviewed bilateral relations and ways of developing them, in addition to regional developments in South Asia.",
                "The Minister stressed the importance of dialogue and of peaceful means to settle disputes between neighbouring countries, and the country's support for all efforts that contribute to security and stability in the region.",
                "The Ambassador expressed his appreciation for the country's balanced positions."]),
    ],
    rd=[
        PRE(_I, "Pakistan and India extended their mutual airspace bans for another month."),
        PRE(_I, "Families of Indian fishermen held in Karachi appealed for their release."),
        "Indian and Pakistani diplomats traded barbs at the UN over the Indus Waters Treaty.",
    ],
)
CONTENT[_I] = IN_PK


# ===========================================================================
# KGZ-TJK — outside the window: delimitation, closed crossings, history
# ===========================================================================
_T = "KGZ-TJK"
KG_TJ = dict(
    label="Kyrgyzstan/Tajikistan",
    city=["Bishkek", "Dushanbe", "Batken", "Isfara", "Bishkek"],
    live="Central Asia live",
    ev=[
        dict(w=3, b=_fmt(WINDOWS[_T][0] - MARGIN),
             hm=[[0, 1], [2], [1]],
             h=["Kyrgyz, Tajik border commissions {meet|resume work} in {kp}",
                "Last disputed stretch of Kyrgyz-Tajik border {still|remains} under discussion",
                "Topographers {finish|continue} work on Kyrgyz-Tajik border"],
             lead=["Government delegations of Kyrgyzstan and Tajikistan {held|began} another round of talks on the delimitation and demarcation of their border in {=kp:Batken|Isfara|Khujand} on {day}, {the Kyrgyz security service said|officials said}, {with|focusing on} the last {disputed|unagreed} sections.",
                   "Kyrgyz and Tajik topographers {finished|completed} {field work|joint surveys} on {a section|several kilometres} of the border near {Vorukh|Kok-Tash|Ak-Sai|Tortkul} {this week|on {yday}}, {the Kyrgyz cabinet said|officials in Bishkek said}, leaving {only a short stretch|a few sections} {to agree|unresolved}.",
                   "The head of Kyrgyzstan's delimitation commission, Bakyt Osmonov, told parliament on {day} that {almost all|all but a few kilometres} of the 970-kilometre border had been described and that {talks|work} on the remaining section {were continuing|continued}."],
             city=["Bishkek", "Batken", "Isfara"],
             more=["The commissions have met {dozens of|scores of} times since the 2000s, and more intensively since the clashes of 2021 and 2022.",
                   "The most sensitive areas include the approaches to the Tajik exclave of Vorukh and the Golovnoy water distribution point on the Isfara river.",
                   "Neither side has published maps of the agreed sections.",
                   "Officials {say|said} the talks were held 'in a constructive spirit'."],
             q=["“{We are very close, but the last kilometres are always the hardest|Every metre has been measured twice}”, Osmonov said.",
                "“{Our aim is a border that both peoples can live with|We want a border of friendship}”, said Nurali Rahimov, a member of the Tajik delegation."]),
        dict(w=2, b=_fmt(WINDOWS[_T][0] - MARGIN),
             h=["Kyrgyz-Tajik crossings {closed|still shut}, traders take long detours",
                "Batken {rebuilds|rebuilt} villages, {schools|homes}, {three|four} years after clashes",
                "Kyrgyzstan {opens|builds} road bypassing Tajik {territory|enclave}"],
             hm=[[0], [1], [2]],
             qm={0: [0], 1: [1], 2: [0]},
             lead=["Traders in {Batken|Isfara|Khujand} say they {still|continue to} take {long|hours-long} detours through Uzbekistan to {reach|move goods to} the other side, because road crossings between Kyrgyzstan and Tajikistan have been closed {since 2021|since the clashes of 2021}.",
                   "In the Kyrgyz village of {Ak-Sai|Kok-Tash|Dostuk|Maksat}, {families|residents} {have moved|moved} into homes rebuilt by the state after the fighting of September 2022, {though|but} {some|many} still {fear|worry about} a repeat.",
                   "Kyrgyzstan {opened|finished} a {new|{#12-40}-kilometre} road in {Batken region|the Leilek district} on {day} that allows villagers to {avoid|bypass} Tajik territory, {officials said|the transport ministry said}."],
             city=["Batken", "Isfara", "Bishkek"],
             more=["The clashes of September 2022 killed about 100 people on both sides and forced more than 100,000 people to flee.",
                   "Roads in the Fergana valley {wind|snake} in and out of the two countries, a legacy of Soviet-era boundaries.",
                   "{Water|Access to water} and {pasture|grazing land} lie at the heart of most local disputes."],
             q=["“{My cousins live twenty minutes away; to see them I drive six hours|The border divides families, not only land}”, said a resident of {Batken|Isfara}.",
                "“{We rebuilt the school; now we want the neighbours back at the market|Peace means trade}”, said {a village elder|a teacher} in {Ak-Sai|Kok-Tash}."]),
        dict(w=1,
             h=["Kyrgyz, Tajik {presidents|leaders} {meet|talk} on sidelines of {CIS|regional} {summit|meeting}",
                "Dushanbe, Bishkek {agree|sign} on {water|energy} {cooperation|swaps}"],
             hm=[[0], [1]],
             lead=["The presidents of Kyrgyzstan and Tajikistan {met|held talks} on the sidelines of {a regional summit|a CIS meeting} {this week|on {day}}, {discussing|and discussed} the border, trade and water, {their press offices said|according to their offices}.",
                   "Kyrgyzstan and Tajikistan {agreed|signed an agreement} on {day} on {seasonal electricity swaps|water releases from the Kairakkum reservoir|cooperation between their energy utilities}, {officials said|the energy ministries said}."],
             city=["Bishkek", "Dushanbe"],
             more=["Both countries are members of the CSTO, the Russian-led security alliance.",
                   "Russia has {offered|played} a mediating role in the past.",
                   "Uzbekistan, which borders both, concluded its own border deals with each of them in recent years."],
             q=["“{Good neighbourliness is not a slogan but a necessity in the Fergana valley|We have no other neighbours}”, {a Kyrgyz|a Tajik} official said."]),
        dict(w=1, a=_fmt(WINDOWS[_T][1] + MARGIN),
             h=["{Batken|Isfara} markets {fill|busy} as cross-border trade restarts",
                "Bus service between Kyrgyz and Tajik towns {planned|announced}"],
             hm=[[0], [1]],
             mm={1: [0]},
             qm={1: []},
             lead=["Traders from {Isfara|Khujand} {set up|opened} stalls at the market in {Batken|Kulundu} on {day}, {the first time in years|for the first time since 2021}, selling {apricots, textiles and cement|dried fruit and household goods}.",
                   "{Transport officials|Local authorities} in {Batken|Sughd} {said|announced} on {day} they were planning a bus service between {Batken and Isfara|Isfana and Khujand}."],
             city=["Batken", "Isfara"],
             more=["Cross-border trade in the Fergana valley used to be the main livelihood for many families.",
                   "Residents say prices {fell|dropped} almost at once.",
                   "Customs officers on both sides {worked|were working} extended hours."],
             q=["“{I haven't seen my Tajik customers in five years|It is like a wedding}”, said a Kyrgyz stallholder."]),
    ],
    hist=[
        "The Kyrgyz-Tajik border was drawn during the Soviet national delimitation of the 1920s and 1930s, when the lines between republics mattered little.",
        "About 970 kilometres long, the border winds through the Fergana valley and includes the Tajik exclave of Vorukh inside Kyrgyz territory.",
        "In 1989, before the Soviet collapse, Kyrgyz and Tajik villagers clashed over water and land in the Isfara-Batken area.",
        "Border guards of the two countries exchanged fire near Tamdyk and Kok-Tash in January 2014.",
        "In {April 2021|late April 2021}, a dispute over surveillance cameras at the Golovnoy water distribution point escalated into fighting that killed about 55 people.",
        "In {September 2022|mid-September 2022}, the two armies fought with tanks, artillery and drones; about 100 people were killed and more than 100,000 evacuated on the Kyrgyz side.",
        "Both countries were part of the Soviet Union until 1991 and remain members of the Russian-led CSTO.",
        "Uzbekistan and Kyrgyzstan settled their own border in 2022-23, a model often cited for Kyrgyz-Tajik talks.",
        "Dozens of border incidents, many over water and pastures, were recorded between 2000 and 2020.",
    ],
    ctx=[
        "Kyrgyzstan and Tajikistan have been negotiating their border since the 2000s.",
        "Road crossings between the two countries have been closed since 2021.",
        "Water from mountain rivers is vital for farming on both sides of the Fergana valley.",
        "Both governments have presented the border talks as a priority since 2022.",
        POST(_T, "The border settlement has been welcomed by neighbours and by Russia."),
    ],
    an=dict(
        t=["Drawing a line in the Fergana valley", "From Golovnoy to the treaty table: the Kyrgyz-Tajik border",
           "Soviet maps and post-Soviet wars in Central Asia"],
        th=["The Fergana valley was never meant to have international borders running through it.",
            "Few borders in the former Soviet Union have been as deadly in recent years as the one between Kyrgyzstan and Tajikistan.",
            "Border talks in Central Asia are conducted by topographers, security chiefs and village elders, often in that order."],
        end=["A signed map would not end disputes over water, but it would take away the most dangerous ones.",
             "The test of any settlement will be the first hot summer, when water runs short.",
             "If the two succeed, the Fergana valley will have gone from a byword for conflict to an example, in under five years."]),
    pr=[
        dict(city="Bishkek",
             t="Fergana Valley Water Initiative launches joint training for Kyrgyz and Tajik water managers",
             p=["The Fergana Valley Water Initiative today launched a {#6-10}-month training programme for {#30-50} water managers from the Batken and Sughd regions.",
                "The course covers irrigation scheduling, data sharing and dispute prevention at the village level.",
                "“Most border disputes in the valley start in an irrigation ditch. That is where peace has to start too,” said programme director Dilnoza Karimova.",
                "Media contact: info@fvwi.example"]),
    ],
    rd=[
        PRE(_T, "Kyrgyz and Tajik border commissions met again on the last disputed sections of their frontier."),
        PRE(_T, "Traders in Batken and Isfara still take detours through Uzbekistan while crossings remain closed."),
        "Kyrgyzstan and Tajikistan discussed water and energy swaps.",
    ],
)
CONTENT[_T] = KG_TJ


# ===========================================================================
# GRC-TUR — tense coverage before the window (airspace, NAVTEX, rhetoric)
# ===========================================================================
_R = "GRC-TUR"
GR_TR = dict(
    label="Greece/Turkey",
    city=["Athens", "Athens", "Ankara", "Istanbul", "Lesbos", "Rhodes"],
    live="Europe live",
    ev=[
        dict(w=4,
             h=["Turkish jets violate Greek airspace {an} times, Athens says",
                "{Mock dogfights|Engagements} over Aegean as Turkish {F-16s|fighters} {enter|breach} Greek airspace",
                "Greek general staff reports {overflights|violations} {over|near} {ai}",
                "Turkish {aa} overflies Greek islet of {ai}, general staff says"],
             hm=[[0, 2], [1], [3, 2], [0]],
             tab=["DOGFIGHT OVER THE AEGEAN", "TURKISH JETS BUZZ GREEK ISLANDS", "SKY WAR OVER HOLIDAY ISLES"],
             lead=[
                 "Turkish {fighter jets|F-16s|aircraft} violated Greek airspace {=an:#8-40} times on {{yday}|{day}}, {including|with} {~2-6} overflights of {inhabited islands|Greek islands} such as {=ai:Agathonisi|Farmakonisi|Leros|Oinousses|Kinaros|Levitha|Panagia}, the Greek general staff said, adding that Greek fighters {intercepted|identified and intercepted} the aircraft {in all cases|each time}.",
                 "Greek and Turkish fighter jets {engaged in|were involved in} {~2-6} mock dogfights over the {eastern|south-eastern|central} Aegean on {day}, the Greek general staff said, after {#2-8} Turkish {F-16s|fighters}, {some of them armed|{~2-4} of them armed}, entered Greek airspace {without filing flight plans|without flight plans}.",
                 "A Turkish {=aa:unmanned aerial vehicle|reconnaissance drone|CN-235 surveillance plane} {flew over|overflew} the Greek {island|islet} of {=ai:Kandeloussa|Levitha|Agathonisi|Farmakonisi|Kinaros} {at an altitude of {#5000-18000} feet|on {day}}, {the Greek general staff said|Greek defence officials said}, {the|in the} {%10-40} such overflight {this month|recorded in recent weeks}.",
                 "Greece recorded {=an:#20-60} violations of its airspace by Turkish aircraft {this week|over the weekend|in the past three days}, {including|among them} {#2-9} overflights {of|over} {Greek islands|inhabited islands}, {the defence ministry said|according to the general staff's daily tally}.",
             ],
             city=["Athens", "Athens", "Lesbos"],
             more=["Greece counts its airspace as extending 10 nautical miles from its coast; Turkey recognises only six and says Turkish aircraft fly in international airspace.",
                   "Athens also records {#30-90} infringements of air traffic rules in the Athens flight information region.",
                   "{Overflights|Flights} over inhabited islands {are seen|are regarded} in Athens as {particularly provocative|a serious escalation}, because they challenge Greek sovereignty rather than only airspace.",
                   "The incidents {had become rare|had almost stopped} after the two countries' 2023 declaration on friendly relations, before {resuming|picking up again} {this year|in recent months}.",
                   "Greece's foreign ministry {lodged|said it would lodge} a {démarche|protest} with Ankara."],
             q=["“{These violations undermine the effort to build a positive agenda|Every overflight of a Greek island is a violation of our sovereignty, full stop}”, Greek government spokesman Pavlos Karras said.",
                "“{Our armed forces are always ready, and they do their job calmly|We will not be drawn into provocations, but we will not accept them either}”, the Greek defence minister said.",
                "“{We are used to it, but you never stop looking up|When the jets come low, the children run inside}”, said {Eleni|Maria|Kostas} {Vlachou|Papadakis|Stavrou}, a {fisherman|teacher|café owner} on {Agathonisi|Leros|Oinousses}."]),
        dict(w=3,
             h=["Turkey rejects Greek airspace figures, accuses Athens of militarising islands",
                "Ankara says its jets {operate|flew} in international airspace",
                "Turkish defence ministry {warns|cautions} Greece over island militarisation",
                "Ankara {summons Greek envoy|conveys 'discomfort' to Athens} over {remarks|island deployments}"],
             hm=[[1, 0], [0, 2], [3]],
             tab=["ANKARA HITS BACK"],
             lead=[
                 "Turkey's defence ministry {rejected|dismissed} the Greek figures at its weekly briefing on {day}, {saying|insisting} Turkish aircraft {operate|had flown} in international airspace and that Greece's claim of 10-mile airspace {has no basis|is incompatible} with international law.",
                 "Turkey accused Greece on {day} of militarising eastern Aegean islands in violation of the 1923 Treaty of Lausanne and the 1947 Treaty of Paris, {saying|and said} Greek {air defence deployments|troop deployments} on {Lesbos, Chios and Samos|Rhodes and Kos|Lemnos} {were|was} unacceptable.",
                 "Ankara {summoned|said it had conveyed its 'discomfort' to} {the Greek ambassador|Greek diplomats} over {remarks by a Greek minister|Greek exercises near the Turkish coast|the arming of eastern Aegean islands}, the Turkish foreign ministry said on {day}."],
             city=["Ankara", "Istanbul"],
             more=["Greece says the islands need defending because of the threat posed by Turkey, including a 1995 Turkish parliamentary resolution declaring a possible Greek extension of territorial waters to 12 miles a cause for war.",
                   "Turkey's navy doctrine of the 'Blue Homeland' lays claim to wide maritime zones in the Aegean and eastern Mediterranean.",
                   "Greece has {bought|ordered} F-35 fighters and {is building|plans} a multi-layered air defence shield; Turkey has {ordered|bought} Eurofighter jets.",
                   "Turkish officials {say|stress} they remain open to dialogue."],
             q=["“{We expect Greece to act in line with international law and the spirit of good neighbourliness|The militarisation of the islands is the real provocation}”, a Turkish defence ministry spokeswoman, Rear Admiral Zeynep Aktaş, told reporters.",
                "“{Turkey does not claim anyone's territory, but it will not allow the Aegean to become a Greek lake|Our rights in the Aegean are non-negotiable}”, said {a Turkish foreign ministry official|Turkey's foreign minister, Murat Çelebi}."]),
        dict(w=2,
             h=["Turkey issues NAVTEX {nz}, Athens {objects|cries foul}",
                "Greece {counters|answers} Turkish NAVTEX, calls it {invalid|illegal}",
                "Turkish survey ship {ns} sails {into|for} disputed Aegean waters"],
             hm=[[0, 1], [2]],
             tab=["TURKISH SHIP SAILS INTO STORM"],
             lead=[
                 "Turkey issued a navigational alert, known as a NAVTEX, reserving {an area|areas} {=nz:between Lesbos and Chios|west of Samos|south of Rhodes|near Kastellorizo} for {live-fire drills|a research mission by the survey ship Piri Reis|naval exercises} {from {tday}|for {#3-10} days}, prompting Athens to issue a counter-NAVTEX calling it {invalid|illegal}.",
                 "The Turkish research vessel {=ns:Piri Reis|Çeşme} {left|sailed from} {Izmir|Çanakkale|Antalya} on {day} for {hydrographic surveys|a survey mission} in {the central Aegean|waters that Greece considers part of its continental shelf}, {shadowed|followed} by {a Greek frigate|Greek navy ships}, {officials said|the Greek navy said}.",
             ],
             city=["Athens", "Ankara", "Izmir"],
             more=["Greece says the areas fall within its area of responsibility for navigational warnings.",
                   "In 2020, the Turkish survey ship Oruç Reis sailed into waters claimed by Greece, triggering months of naval standoff, including a collision between Greek and Turkish frigates.",
                   "{The Greek navy|Greek warships} {kept watch|shadowed the ship}, {officials said|according to Greek media}.",
                   "Turkish officials said the activity was {routine|scientific} and in international waters."],
             q=["“{We will defend our sovereign rights with calm and determination|Greece does not negotiate its sovereignty}”, Greek foreign minister Giorgos Markatos said.",
                "“{The Aegean is a shared sea; nobody can ban Turkish ships from it|Our vessels will continue their activities}”, a Turkish official said."]),
        dict(w=2,
             h=["Greece, Turkey {dialogue|confidence-building talks} {stalled|on hold} as incidents mount",
                "{Markatos|Greek foreign minister} says door to dialogue 'remains open'",
                "{Positive agenda|Athens-Ankara thaw} {under strain|fraying}, diplomats say"],
             hm=[[0], [1], [2]],
             lead=[
                 "A planned round of confidence-building talks between Greek and Turkish {defence|military} officials {has been postponed|was put off} {again|indefinitely} amid the rise in airspace incidents, {diplomats said|officials in Athens said} on {day}.",
                 "Greek foreign minister Giorgos Markatos said on {day} that the door to dialogue with Ankara 'remains open', {but|while} {warning|adding} that {overflights|violations} of Greek islands {made|were making} progress {impossible|very difficult}.",
                 "The thaw between Athens and Ankara that produced the 2023 declaration on friendly relations {is under strain|has frayed} {after|because of} months of {airspace incidents|incidents in the air and at sea}, {diplomats|analysts} in both capitals said."],
             city=["Athens", "Ankara", "Brussels"],
             more=["Political dialogue and talks on a 'positive agenda' of trade and tourism {continued|have continued} {at a lower level|in parallel}.",
                   "The two NATO allies have {no agreed|never agreed} maritime boundaries in the Aegean.",
                   "European Union officials have {urged|called on} both sides to keep channels open.",
                   "{Migration cooperation|Coast guard cooperation on migration} has {held up|continued} despite the tension."],
             q=["“{We want calm waters, but calm waters require two|Dialogue cannot coexist with overflights of Greek islands}”, Markatos said.",
                "“{Hypothetically, one accident in the air could undo years of work|Nobody wants a repeat of 1996}”, said a European diplomat in {Athens|Ankara}."]),
        dict(w=1,
             hm=[[0], [1]],
             h=["Greek coast guard rescues {mn} migrants {mi}",
                "Greek, Turkish coast guards {trade|swap} accusations over migrant boat"],
             lead=["The Greek coast guard {rescued|picked up} {=mn:#20-90} migrants from {dinghies|a rubber boat} {=mi:off Lesbos|south of Samos|near Chios|off Kos} on {day}, officials said.",
                   "Greek and Turkish coast guards {traded accusations|blamed each other} on {day} after {a dinghy carrying|a boat with} {#20-50} migrants {was found drifting|sank} {between|off} {Lesbos and the Turkish coast|Chios}, {each|both} saying the other had failed to act."],
             city=["Lesbos", "Athens"],
             more=["Migration is one area where the two countries {cooperate|have cooperated} closely since 2023.",
                   "A 2016 EU-Turkey statement {aimed|was designed} to curb crossings from Turkey to the Greek islands."],
             q=["“{Lives at sea come before politics|We work with our Turkish colleagues every day}”, a Greek coast guard officer said."]),
    ],
    hist=[
        "Greece won its independence from the Ottoman Empire after the war that began in 1821.",
        "The Greco-Turkish war of 1919-22 ended with the Greek army's defeat in Asia Minor and the burning of Smyrna, now Izmir, in September 1922.",
        "The Treaty of Lausanne of {July 1923|1923} set the borders between the two countries and provided for a compulsory exchange of populations involving some 1.6 million people.",
        "The two countries signed a friendship treaty in {1930|October 1930}, when their leaders sought to bury the hostility of the previous decade.",
        "Anti-Greek riots in Istanbul in {September 1955|1955} destroyed thousands of Greek homes, shops and churches.",
        "Turkey invaded Cyprus in {July 1974|1974}, after a coup backed by the military junta in Athens; the island remains divided.",
        "In {March 1987|1987}, a dispute over oil exploration in the Aegean brought the two countries close to war before it was defused.",
        "In {January 1996|1996}, a standoff over the uninhabited Imia islets, called Kardak in Turkey, nearly led to war; three Greek officers died when their helicopter crashed.",
        "In 1995 the Turkish parliament declared that a Greek extension of territorial waters to 12 miles would be a cause for war.",
        "Earthquakes in both countries in {August and September 1999|1999} brought an outpouring of mutual help and a diplomatic thaw known as 'earthquake diplomacy'.",
        "In the summer of 2020, the Turkish survey ship Oruç Reis sailed into disputed waters escorted by warships, and a Greek and a Turkish frigate collided.",
        "Greek rescuers were among the first to reach southern Turkey after the earthquakes of February 2023, opening a new thaw.",
        "The two countries signed the Athens Declaration on friendly relations and good-neighbourliness on {December 7, 2023|7 December 2023}.",
        "The High-Level Cooperation Council between the two governments was set up in 2010 and revived in 2023.",
    ],
    ctx=[
        "Greece and Turkey are NATO allies but have disputes over airspace, maritime boundaries, the continental shelf and Cyprus.",
        "Incidents in the air had almost stopped after 2023 before picking up again in recent months.",
        "Both governments say they want to preserve the channels opened in 2023.",
        "Tourism and trade between the two countries have grown, with visa-on-arrival schemes for Turkish visitors to several Greek islands.",
        "NATO and EU officials have urged the two allies to avoid escalation.",
    ],
    tabk=["The Aegean is heating up again.", "Holiday islands are in the firing line.",
          "The old enemies are at it again.", "It's a dangerous game of chicken at 30,000 feet."],
    tabend=["The two NATO 'allies' nearly went to war over a pair of rocky islets in 1996.",
            "Experts warn one wrong move could spark a crisis."],
    an=dict(
        t=["The Aegean's unquiet skies", "From Imia to the Athens Declaration: thirty years of near-misses",
           "Why airspace incidents matter more than they look", "Greece and Turkey: the thaw that may not last"],
        th=["Greece and Turkey disagree about how wide Greek airspace is, how wide Greek waters are, who owns the seabed, and whether some islands may be armed. They agree, usually, that none of it is worth a war.",
            "The 2023 thaw between Athens and Ankara was built on a simple deal: stop the overflights and talk about everything else.",
            "Mock dogfights over the Aegean are a ritual with real risks: pilots fly armed, close and fast."],
        end=["The best hope remains a return to the confidence-building measures that worked in 2023 and 2024.",
             "A hypothetical accident, a collision or a shot fired in error, is what keeps diplomats on both sides awake.",
             "History suggests that Greek-Turkish crises end as suddenly as they begin, usually with a phone call."]),
    biz=[
        dict(t="Aegean tourism operators {worry about|watch} airspace tension",
             p=["Greek tour operators on {Lesbos, Chios and Kos|the eastern Aegean islands} said on {day} that bookings for next season were {strong|solid} but that {renewed|rising} tension with Turkey {could|might} deter visitors if it {worsened|continued}.",
                "The islands rely heavily on Turkish visitors who use a visa-on-arrival scheme {introduced|launched} in 2024.",
                "“{Our customers don't read the NAVTEX, but they do read headlines|Ferries to Turkey are full; the jets overhead don't help}”, said {a Lesbos hotelier|an operator in Kos}."]),
        dict(t="Greek bond spreads {=gt:edge wider|little changed} {amid|despite} Aegean incidents",
             p=["Greek ten-year bond spreads over Germany {gb} on {day}, with traders {citing|noting} {headlines about|reports of} Turkish airspace violations.",
                "Turkish lira assets {were steady|held steady}, {driven more by|dominated by} domestic inflation data.",
                "Analysts said markets {tend|had tended} to ignore Aegean incidents unless they involved ships {or casualties|rather than planes}."]),
    ],
    rd=[
        "Greece reported dozens of Turkish airspace violations and mock dogfights over the Aegean; Ankara rejected the figures.",
        "Turkey issued a NAVTEX for a survey mission in the Aegean; Athens called it invalid.",
        "Greek-Turkish confidence-building talks remained on hold as incidents mounted.",
    ],
)
CONTENT[_R] = GR_TR


# ===========================================================================
# Non-English pieces, written natively per outlet
# ===========================================================================
def _setv(**kw):
    """Pre-hook: choose one tuple of aligned word forms and bind them."""
    def f(c):
        key = list(kw.keys())[0]
        forms = kw[key]
        pick = c.rng.choice(forms)
        for i, name in enumerate(key.split("__")):
            c.v[name] = pick[i]
    return f


CONTENT["RUS-UKR"]["fx"] = {
    "ru": [
        dict(t="Минобороны России заявило о перехвате {=rq:#30-120} беспилотников",
             p=["Средства противовоздушной обороны {ru_night} перехватили и уничтожили {rq} украинских беспилотников самолётного типа, сообщило Министерство обороны России. Больше всего аппаратов, по данным ведомства, сбито над {Брянской, Курской и Белгородской|Воронежской и Ростовской|Калужской и Тульской} областями.",
                "Губернатор {Белгородской|Курской|Брянской} области написал в телеграм-канале, что обломки {повредили крышу частного дома|выбили окна в многоэтажке|повредили линию электропередачи}; пострадавших, по его словам, нет. В {московских аэропортах|аэропортах Калуги и Ярославля} на несколько часов вводились ограничения на приём и выпуск самолётов.",
                "Киев, как правило, не комментирует подобные сообщения, однако украинские военные не раз называли нефтебазы и аэродромы на территории России законными целями.",
                "Удары беспилотников по российским регионам стали привычными с 2023 года; с начала полномасштабного вторжения в феврале 2022 года обе стороны последовательно наращивают дальность и интенсивность атак."]),
        dict(pre=_setv(rcn__rcd=[("Харьков", "Харькову"), ("Запорожье", "Запорожью"), ("Днепр", "Днепру")]),
             t="{rcn}: удар по жилому кварталу, есть погибшие",
             p=["{ru_Night} российские войска нанесли удар по {rcd}. По данным местных властей, погибли как минимум два человека, ещё {#8-25} получили ранения, среди них {ребёнок|двое подростков|пожилая женщина}.",
                "Глава областной военной администрации сообщил, что в результате удара {повреждены многоэтажный жилой дом и несколько автомобилей|разрушено здание бывшего торгового центра|загорелся склад и пострадали соседние дома}. Спасатели работали на месте до утра.",
                "Министерство обороны России в ежедневной сводке сообщило об ударах по «объектам военно-промышленного комплекса и местам временной дислокации» ВСУ, не уточнив, о каких городах идёт речь. Москва отрицает, что наносит удары по гражданским объектам.",
                "{rcn} подвергается ударам почти ежедневно с весны 2022 года; жители давно привыкли спускаться в укрытия по нескольку раз за ночь."]),
        dict(t="Россия и Украина провели очередной обмен пленными",
             p=["Россия и Украина {ru_day} провели очередной обмен военнопленными: каждая сторона передала {#84-250} человек. Посредником, как и в ряде предыдущих случаев, выступили Объединённые Арабские Эмираты.",
                "Минобороны России сообщило, что освобождённых военнослужащих доставят в Москву для лечения и реабилитации. Украинский координационный штаб по обращению с военнопленными уточнил, что некоторые из вернувшихся находились в плену с 2022 года, в том числе защитники Мариуполя.",
                "Обмены пленными — едва ли не единственный канал, который работает на протяжении всей войны, даже когда остальные контакты между Москвой и Киевом заморожены. Первый крупный обмен состоялся ещё весной 2022 года.",
                "Переговоры о прекращении огня, по словам дипломатов, по-прежнему не сдвинулись с мёртвой точки: в Кремле заявляют, что условия Москвы «хорошо известны», а в Киеве называют их капитуляцией."]),
        dict(pre=_setv(fa__fb=[("Покровском", "покровском"), ("Константиновкой", "константиновском"),
                               ("Гуляйполем", "гуляйпольском"), ("Купянском", "купянском")]),
             t="Зима на фронте: тяжёлые бои под {fa}",
             p=["Генштаб ВСУ {ru_day} сообщил о {#110-240} боестолкновениях за минувшие сутки; наиболее интенсивные бои, по данным украинской стороны, идут на {fb} направлении.",
                "Минобороны России, в свою очередь, заявило об «освобождении» населённого пункта {Степовое|Новопавловка|Андреевка|Зелёный Гай} в {Донецкой|Запорожской|Днепропетровской} области. Независимо проверить заявления сторон невозможно.",
                "Военные аналитики описывают нынешний этап войны как изнурительную позиционную борьбу: штурмовые группы из нескольких человек пытаются просочиться между позициями, а решающую роль играют дроны. Туман и мокрый снег, по словам военных, в последние дни ограничивают работу беспилотников.",
                "Линия фронта протяжённостью более тысячи километров меняется медленно: продвижение на отдельных участках измеряется сотнями метров в неделю."]),
    ],
    "de": [
        dict(t="Nächtlicher Drohnenangriff: Russland schickt {#80-180} Drohnen gegen die Ukraine",
             p=["Russland hat die Ukraine {de_night} erneut mit einer großen Zahl von Drohnen angegriffen. Nach Angaben der ukrainischen Luftwaffe wurde der Großteil abgeschossen oder durch elektronische Abwehr ausgeschaltet.",
                "Einschläge wurden unter anderem aus den Regionen {Kiew, Poltawa und Tschernihiw|Charkiw und Sumy|Odessa und Mykolajiw} gemeldet. In mehreren Orten fiel der Strom aus; in {Bila Zerkwa|Krementschuk|Browary} beschädigten Trümmerteile ein Wohnhaus, verletzt wurde nach ersten Angaben niemand.",
                "„Der Feind sucht jede Nacht nach einer Lücke in unserer Luftabwehr“, sagte ein Sprecher der Luftwaffe im ukrainischen Fernsehen. Kiew drängt die westlichen Partner seit Wochen auf zusätzliche Abfangraketen vor den kältesten Wintermonaten.",
                "Moskau bestreitet, zivile Ziele anzugreifen. Seit Beginn der Großinvasion im Februar 2022 greift Russland vor allem im Winter gezielt die Energieinfrastruktur an."]),
        dict(t="Stromabschaltungen in mehreren ukrainischen Regionen",
             p=["Nach neuen russischen Angriffen auf Kraftwerke und Umspannwerke hat der ukrainische Netzbetreiber für {de_day} geplante Stromabschaltungen in {#6-12} Regionen angekündigt. Betroffen sind unter anderem {Kiew, Charkiw und Odessa|die Gebiete Dnipropetrowsk, Poltawa und Sumy}.",
                "Bei Temperaturen um den Gefrierpunkt öffneten die Behörden Hunderte sogenannter Unbezwingbarkeitspunkte, an denen sich Menschen aufwärmen und Telefone laden können. Krankenhäuser stellten auf Notstromaggregate um.",
                "„Wir reparieren alles wieder, so wie in jedem Winter“, sagte ein Vertreter des Energieministeriums. Die Ukraine importiert Strom aus Polen, der Slowakei, Ungarn und Rumänien, um Engpässe auszugleichen.",
                "Bereits im Winter 2022/23 hatten russische Angriffe zeitweise rund die Hälfte der ukrainischen Erzeugungskapazität lahmgelegt."]),
        dict(t="Kreml: Keine neuen Gespräche mit Kiew geplant",
             p=["Der Kreml hat Spekulationen über baldige direkte Verhandlungen mit der Ukraine eine Absage erteilt. Es gebe derzeit „keine konkreten Pläne“ für eine neue Gesprächsrunde, sagte Kremlsprecher Pawel Sorokin {de_day} vor Journalisten in Moskau. Die Bedingungen Russlands seien „hinlänglich bekannt“.",
                "Moskau verlangt unter anderem den Verzicht der Ukraine auf einen NATO-Beitritt und den Rückzug aus den vier Regionen, deren Annexion Russland 2022 erklärt hatte. Kiew lehnt das als Kapitulation ab.",
                "Die ukrainische Außenministerin Oksana Hladun warf Moskau vor, tagsüber von Frieden zu reden und nachts Drohnen zu schicken. Europäische Diplomaten räumen ein, dass die Bemühungen um eine Waffenruhe seit dem Herbst kaum vorangekommen sind.",
                "Zuletzt hatten sich Delegationen beider Seiten 2022 in Istanbul getroffen; ein damals skizzierter Rahmen scheiterte nach wenigen Wochen. Funktioniert hat seither vor allem ein Kanal: der regelmäßige Austausch von Gefangenen."]),
    ],
}

CONTENT["ISR-SYR"]["fx"] = {
    "ar": [
        dict(pre=_setv(at__ab=[("ريف دمشق", "ريف دمشق الجنوبي"), ("محيط حمص", "محيط مدينة حمص"), ("ريف حماة", "ريف حماة الغربي")]),
             t="غارات إسرائيلية تستهدف مواقع عسكرية في {at}",
             p=["شنّ الطيران الحربي الإسرائيلي فجر {ar_day} غارات استهدفت {مستودعات أسلحة|مواقع عسكرية|كتيبة دفاع جوي سابقة} في {ab}، وفق ما أفادت به وسائل إعلام رسمية سورية، من دون ورود أنباء فورية عن إصابات.",
                "وقال شهود عيان إن {ثلاثة|أربعة|عدة} انفجارات قوية هزّت المنطقة، وشوهدت أعمدة الدخان تتصاعد من الموقع المستهدف، فيما هرعت فرق الدفاع المدني لإخماد النيران.",
                "ولم يعلّق الجيش الإسرائيلي على الغارات، إذ درج على عدم التعليق على «تقارير أجنبية»، لكنه أعلن مرارًا أنه يعمل على منع وصول أسلحة «تهدد أمن إسرائيل» إلى جهات معادية.",
                "ودانت وزارة الخارجية السورية الغارات، ووصفتها بأنها «انتهاك سافر» للسيادة السورية ولاتفاقية فضّ الاشتباك الموقّعة عام 1974، داعية مجلس الأمن إلى تحمّل مسؤولياته."]),
        dict(pre=_setv(qv=[("جباتا الخشب",), ("خان أرنبة",), ("كودنا",), ("بيت جن",), ("الرفيد",)]),
             t="توغل إسرائيلي جديد في {qv} بريف القنيطرة",
             p=["توغلت قوة إسرائيلية مؤلفة من {عدة آليات|أربع آليات عسكرية وجرافة} {ar_day} في بلدة {qv} بريف القنيطرة، حيث أقامت حاجزًا مؤقتًا وفتشت عددًا من المنازل، بحسب مصادر محلية.",
                "وأفاد سكان بأن الجنود احتجزوا {شابين|ثلاثة شبان} لساعات قبل أن يفرجوا عنهم، وجرّفوا أجزاء من أراضٍ زراعية قرب الطريق المؤدي إلى الحقول.",
                "وتتمركز القوات الإسرائيلية في المنطقة العازلة وعلى السفوح السورية لجبل الشيخ منذ سقوط النظام السابق في كانون الأول/ديسمبر 2024، وتقول إن وجودها «مؤقت ودفاعي»، فيما تعتبره دمشق احتلالًا لأراضٍ سورية.",
                "وتشرف قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) على خط وقف إطلاق النار منذ عام 1974، وقد أبلغت الطرفين مرارًا بخروقات في المنطقة."]),
        dict(t="دمشق تطالب مجلس الأمن بوقف الاعتداءات الإسرائيلية",
             p=["وجّهت وزارة الخارجية السورية {ar_day} رسالتين متطابقتين إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن، رصدت فيهما {#15-40} خرقًا إسرائيليًا خلال الشهر الماضي، بين غارات جوية وتوغلات برية في محافظتي القنيطرة ودرعا.",
                "وأكدت الوزارة أن سوريا «لا تسعى إلى مواجهة مع أي طرف»، لكنها «لن تقبل بفرض أمر واقع جديد في الجنوب»، مطالبة بانسحاب القوات الإسرائيلية إلى خطوط اتفاقية عام 1974.",
                "وتأتي الرسالة في وقت يتحدث فيه دبلوماسيون عن اتصالات غير مباشرة بين الجانبين، برعاية أمريكية، حول ترتيبات أمنية في الجنوب السوري، من دون أن يؤكد أي من الطرفين إحراز تقدم.",
                "يُذكر أن إسرائيل احتلت الجولان في حرب حزيران/يونيو 1967، وأعلنت ضمه عام 1981، وهو قرار اعتبره مجلس الأمن «لاغيًا وباطلًا» في قراره رقم 497."]),
        dict(t="الجولان: ستة عقود من الاحتلال والمفاوضات المتعثرة",
             p=["لم يكن خط الجولان يومًا هادئًا بالكامل، لكنه ظل لنحو نصف قرن من أكثر الجبهات استقرارًا في المنطقة. فمنذ توقيع اتفاقية فض الاشتباك في جنيف في أيار/مايو 1974، بعد حرب تشرين 1973، التزم الطرفان بخطوط فصل تراقبها قوة دولية.",
                "وشهدت العقود الماضية محاولات تفاوض عدة، أبرزها محادثات شيبردزتاون في الولايات المتحدة مطلع عام 2000، ثم مفاوضات غير مباشرة بوساطة تركية عام 2008، انهارت جميعها عند مسألة حدود الانسحاب والوصول إلى بحيرة طبريا.",
                "وتغيّر المشهد جذريًا بعد الثامن من كانون الأول/ديسمبر 2024، حين دخلت القوات الإسرائيلية المنطقة العازلة، ونفذت مئات الغارات على ما تبقى من ترسانة الجيش السوري السابق.",
                "ويرى محللون أن أي ترتيب أمني جديد سيصطدم بالأسئلة القديمة نفسها: من يضمن أمن الجنوب السوري، ومتى تنسحب القوات الإسرائيلية، ومن يراقب التنفيذ."]),
        dict(t="قتلى وجرحى بغارة مسيّرة إسرائيلية في ريف درعا الغربي",
             p=["استهدفت طائرة مسيّرة إسرائيلية {ar_day} سيارة على الطريق الواصل بين {بلدتي نوى والشيخ مسكين|القنيطرة وخان أرنبة} في ريف درعا الغربي، ما أسفر عن سقوط قتلى وجرحى، وفق ما أفاد به مصدر طبي محلي.",
                "وقال الجيش الإسرائيلي في بيان مقتضب إنه استهدف «خلية كانت تعمل على تهريب أسلحة» إلى جنوب سوريا، في حين أكد أقارب الضحايا أنهم عمال زراعيون كانوا عائدين من السوق.",
                "ولم يتسنَّ التحقق من الروايتين بشكل مستقل. وطالبت منظمات حقوقية بإجراء تحقيق مستقل في سقوط ضحايا مدنيين جراء الضربات المتكررة في المنطقة.",
                "وتقول إسرائيل إنها لن تسمح بتموضع «جماعات معادية» قرب الجولان، بينما تؤكد السلطات السورية الجديدة أنها لا تشكل تهديدًا لأي من جيرانها."]),
    ],
}

CONTENT["GEO-RUS"]["fx"] = {
    "ru": [
        dict(pre=_setv(gv=[("Хурвалети",), ("Дици",), ("Кирбали",), ("Двани",)]),
             t="Задержание у линии оккупации: жителя села {gv} увезли в Цхинвали",
             p=["Служба государственной безопасности Грузии {ru_day} сообщила о задержании жителя села {gv} у так называемой линии оккупации. По данным ведомства, мужчину задержали российские пограничники, когда он {собирал дрова|искал скот|работал в своём саду} вблизи административной разделительной линии, и доставили в Цхинвали.",
                "В ведомстве назвали задержание незаконным и сообщили, что задействована «горячая линия» Механизма по предотвращению инцидентов и реагированию на них, а также проинформирована Миссия наблюдателей ЕС.",
                "Де-факто власти Цхинвали, как правило, обвиняют задержанных в «незаконном пересечении государственной границы». Обычно такие истории заканчиваются штрафом и освобождением через несколько дней, но бывает, что люди проводят под стражей месяцы.",
                "После войны августа 2008 года Россия признала независимость Абхазии и Южной Осетии; Тбилиси считает оба региона оккупированными."]),
        dict(pre=_setv(bv=[("Атоци",), ("Одзиси",), ("Гугутиантубани",), ("Мосабрули",)]),
             t="Новые заграждения у села {bv}: в Тбилиси говорят о «ползучей оккупации»",
             p=["Жители села {bv} сообщили {ru_day} о появлении новых заграждений и «пограничных» знаков, которые, по их словам, сдвинули линию на несколько десятков метров вглубь подконтрольной Тбилиси территории. Патрули Миссии наблюдателей ЕС зафиксировали на этом участке земляные работы.",
                "МИД Грузии назвал происходящее нарушением соглашения о прекращении огня от 12 августа 2008 года. В Москве же настаивают, что речь идёт о «государственной границе» Южной Осетии, признанной Россией в 2008 году.",
                "«Вечером это был мой сад, а утром — уже „заграница“», — {говорит пожилая жительница села, попросившая не называть её фамилию|говорит местный фермер, попросивший не называть его фамилию}.",
                "Вдоль линии, по оценкам грузинской стороны, установлены уже десятки километров заборов, колючей проволоки и рвов. Наблюдатели ЕС, работающие в Грузии с октября 2008 года, не имеют доступа на территорию самих регионов."]),
        dict(t="Верхний Ларс: многокилометровые очереди после снегопада",
             p=["На КПП «Верхний Ларс» — единственном действующем автомобильном переходе между Россией и Грузией — {ru_day} выстроилась очередь из {#300-1200} грузовиков: из-за снегопада и угрозы схода лавин Военно-Грузинскую дорогу на несколько часов закрывали.",
                "Водители, в основном из Армении, Азербайджана и Грузии, рассказывают, что ночуют в кабинах. «Зимой на Ларсе всегда так: открыли, закрыли, снова открыли», — говорит дальнобойщик из Еревана.",
                "Несмотря на отсутствие дипломатических отношений с 2008 года, Россия остаётся одним из крупнейших торговых партнёров Грузии. Прямое авиасообщение между странами восстановлено в 2023 году после четырёхлетнего перерыва.",
                "Грузинская оппозиция обвиняет правящую партию в сближении с Москвой; власти отвечают, что лишь стараются не провоцировать соседа, контролирующего пятую часть территории страны."]),
        dict(t="Женевские дискуссии: зачем Тбилиси и Москва продолжают встречаться",
             p=["Женевские международные дискуссии — единственный формат, в котором за одним столом встречаются представители Грузии, России, Абхазии и Южной Осетии, — были созданы после августовской войны 2008 года. Сопредседателями выступают ЕС, ООН и ОБСЕ.",
                "За эти годы прошло более шестидесяти раундов, но прогресса по ключевым вопросам нет: Москва добивается от Тбилиси юридически обязывающего обязательства о неприменении силы в отношении Сухуми и Цхинвали, грузинская сторона настаивает на выполнении Россией соглашения 2008 года и выводе войск.",
                "Рабочая группа по гуманитарным вопросам годами буксует из-за темы возвращения вынужденных переселенцев: делегации Абхазии и Южной Осетии покидают зал, как только её поднимают.",
                "«Формат раздражает всех, но никто не хочет его потерять», — говорит западный дипломат, знакомый с ходом переговоров. Прорыва от очередного раунда в Тбилиси не ждут."]),
    ],
    "de": [
        dict(t="Georgien: Erneut Festnahme an der Besatzungslinie",
             p=["Georgiens Staatssicherheitsdienst hat {de_day} die Festnahme eines Dorfbewohners an der Verwaltungsgrenze zur abtrünnigen Region Südossetien gemeldet. Der Mann aus {Churwaleti|Ditsi|Kirbali} sei von russischen Grenztruppen nach Zchinwali gebracht worden, hieß es. Tiflis sprach von einer rechtswidrigen Festnahme.",
                "Solche Fälle sind entlang der Linie fast Alltag. Meist kommen die Festgenommenen nach einigen Tagen gegen eine Geldstrafe frei. Die EU-Beobachtermission, seit Oktober 2008 im Land, wurde eingeschaltet.",
                "Russland hatte nach dem Fünftagekrieg im August 2008 Südossetien und Abchasien als unabhängige Staaten anerkannt. Seitdem werden entlang der Linie Zäune und Schilder aufgestellt – in Georgien spricht man von „Borderisation“.",
                "Diplomatische Beziehungen zwischen Tiflis und Moskau gibt es seit 2008 nicht mehr; Handel, Flugverkehr und Tourismus haben dennoch zugenommen."]),
    ],
}

CONTENT["CHN-PHL"]["fx"] = {
    "zh": [
        dict(pre=_setv(zf=[("黄岩岛",), ("仙宾礁",), ("仁爱礁",)]),
             t="菲律宾称中国海警在{zf}附近使用水炮",
             p=["菲律宾海岸警卫队{zh_date}表示，一艘中国海警船在{zf}附近海域对一艘菲律宾{渔业局船只|海警船}使用水炮，造成{船只桅杆受损|雷达设备受损|部分栏杆变形}，无人员受伤。",
                "中国海警局随后发表声明称，菲方船只“未经中国政府允许，擅自闯入”相关海域，中方依法采取了“必要管控措施”，并敦促菲方“立即停止侵权挑衅”。",
                "菲律宾外交部表示将就此事提出外交抗议。马尼拉方面强调，2016年南海仲裁案裁决否定了中国“九段线”主张的法律依据；北京则一贯表示不接受、不承认该裁决。",
                "近年来，中菲两国船只在南海的对峙几乎每周都有发生。菲律宾今年担任东盟轮值主席国，希望年内完成“南海行为准则”磋商。",
                "菲律宾国家安全委员会发言人表示，马尼拉不会因此放弃在相关海域的正常巡逻和补给任务，并将继续与盟友和伙伴保持沟通。中方则多次表示，反对域外国家介入南海问题。"]),
        dict(t="中菲举行南海问题双边磋商机制会议",
             p=["中国和菲律宾{zh_date}在{厦门|马尼拉|北京}举行南海问题双边磋商机制会议。双方外交部门代表就海上局势、渔业合作和海警沟通机制等议题交换意见，菲律宾外交部形容会谈“坦率”。",
                "中国外交部发言人表示，中方愿同菲方通过对话协商妥善管控分歧，同时坚决维护自身领土主权和海洋权益。菲方则重申，将继续依据国际法维护其在“西菲律宾海”的权利。",
                "“南海行为准则”磋商自2002年《南海各方行为宣言》签署以来断断续续进行。分析人士指出，准则是否具有法律约束力、适用范围如何界定，仍是主要分歧。",
                "尽管海上摩擦不断，中国仍是菲律宾最主要的贸易伙伴之一，两国人员往来也保持一定规模。",
                "据悉，双方同意明年上半年再次举行会议，并就建立海警之间的热线联系保持沟通。外界普遍认为，这一机制虽未能阻止海上摩擦，却为双方提供了难得的直接对话渠道。"]),
        dict(t="菲律宾渔民马尼拉集会 抗议中国船只在黄岩岛“阻拦捕鱼”",
             p=["数百名菲律宾渔民和社运人士{zh_date}在马尼拉中国领事馆外集会，抗议中国海警船在黄岩岛一带阻拦菲律宾渔船作业。示威者手举“西菲律宾海是我们的”标语，集会持续约两小时后和平结束。",
                "来自三描礼士省马辛洛克的渔民说，自2012年黄岩岛对峙以来，他们的作业空间不断缩小，渔获量较过去减少近一半。菲律宾政府目前向受影响渔民发放燃油补贴。",
                "中方则表示，黄岩岛是中国固有领土，中国海警在相关海域开展执法巡查“合理合法”。",
                "民调显示，菲律宾民众对中国的不信任感近年明显上升，这与2016年至2022年间两国关系一度回暖形成对比。",
                "一名捕鱼三十多年的船长说：“我父亲在那里打鱼，我祖父也在那里打鱼。”他表示，如今渔船往往在距离岛礁十几海里外就被拦下，只能空手而归。"]),
        dict(t="分析：南海仲裁案十年后，局势何去何从",
             p=["2016年7月12日，海牙仲裁庭就菲律宾提起的南海仲裁案作出裁决，认定中国“九段线”主张不具法律依据。十年过去，这一裁决仍是马尼拉最重要的法律依据，却始终无法在海上得到执行。",
                "回顾历史，中国于1995年前后控制美济礁，2012年黄岩岛对峙后实际控制该岛礁；菲律宾则于1999年将二战时期的老旧登陆舰“马德雷山”号坐滩于仁爱礁，以此宣示主权。2013年至2016年间，中国在南沙群岛大规模填海造岛。",
                "2024年6月，双方在仁爱礁附近爆发激烈冲突，一名菲律宾水兵手指受伤。此后，双方就仁爱礁补给问题达成“临时安排”，大体得到维持。",
                "有学者认为，在可预见的未来，南海局势将维持“斗而不破”的态势：海上摩擦频繁，外交渠道同时保持畅通。"]),
    ],
}

CONTENT["JPN-KOR"]["fx"] = {
    "zh": [
        dict(t="韩国法院判日本企业赔偿二战时期强征劳工",
             p=["韩国{首尔中央地方法院|首尔高等法院}{zh_date}判决，一家日本企业须向{#3-8}名二战时期被强征劳工的韩国受害者或其遗属各赔偿{8000万|1亿|1.2亿}韩元。",
                "日本内阁官房长官在记者会上表示，根据1965年日韩请求权协定，相关问题已“完全且最终”解决，判决“令人极为遗憾”，日方已通过外交渠道提出抗议。",
                "韩国政府2023年提出“第三方代偿”方案，由政府下属财团代替日本企业向原告支付赔偿金，资金来自当年受益于1965年协定的韩国企业。不过，仍有部分原告拒绝接受，坚持要求日本企业直接道歉和赔偿。",
                "2018年韩国大法院判决新日铁住金和三菱重工赔偿强征劳工，曾令两国关系跌至数十年来最低点。",
                "原告方律师在判决后表示，来自韩国财团的赔偿金“不能代替道歉”，此案关乎受害者的尊严。多数原告已经去世，诉讼目前主要由其子女和孙辈继续推进。"]),
        dict(t="日韩外长通电话 同意继续推进“穿梭外交”",
             p=["韩国外交部长官赵敏浩与日本外务大臣森田健二{zh_date}通电话，双方同意继续推进两国领导人之间的“穿梭外交”，并就明年初举行首脑会谈进行协调。",
                "两国外长还就朝鲜导弹问题、日美韩三边合作以及经贸往来交换了意见。赵敏浩表示，两国已建立起信任基础，不应让历史问题动摇合作大局。",
                "2023年以来，日韩关系明显改善，双方恢复了中断12年的首脑互访，并撤销了2019年相互实施的出口管制措施。去年，两国迎来邦交正常化60周年。",
                "不过，独岛（日本称竹岛）主权争议、强征劳工诉讼以及历史教科书等问题仍不时引发摩擦。",
                "分析人士指出，两国近年来逐渐学会将历史问题与安全、经济合作“分开处理”，法院判决与首脑外交常常在同一个月内先后出现。"]),
        dict(t="日韩历史学者联合研讨殖民时期劳工档案",
             p=["来自日本和韩国的{#20-40}余名历史学者{zh_date}在{首尔|福冈|京都}举行联合研讨会，就日本殖民统治时期朝鲜半岛劳工动员档案的整理与公开进行交流。这是两国学者数年来首次举行此类会议。",
                "与会学者指出，大量战时劳工名册散落在日本各地企业和地方政府手中，不少遇难者遗骨至今身份不明。韩方希望日方进一步开放相关档案。",
                "2024年，新潟县佐渡金山被列入联合国教科文组织世界遗产名录，日方承诺展示朝鲜半岛劳工的历史；但此后佐渡金山追悼仪式因措辞问题，韩方连续缺席。",
                "日本于1910年吞并朝鲜半岛，殖民统治持续至1945年。1965年，两国签署《日韩基本条约》，实现邦交正常化。",
                "主办方表示，研讨会由两国多所大学和民间基金会共同资助，希望今后每年轮流在两国举办，并逐步建立共享的数字化档案数据库。"]),
    ],
}

CONTENT["KHM-THA"]["fx"] = {
    "zh": [
        dict(t="柏威夏寺：一座古寺牵动泰柬百年边界争议",
             p=["坐落在扁担山脉悬崖之上的柏威夏寺始建于11世纪，是高棉帝国时期的重要宗教建筑，也是泰国与柬埔寨之间最敏感的边界争议焦点。",
                "1962年，国际法院裁定柏威夏寺归属柬埔寨，但未明确界定寺庙周边土地归属。2008年该寺被列入世界文化遗产名录后，两国军队多次在周边交火，2011年2月曾爆发炮战。2013年，国际法院进一步裁定寺庙所在的整个山岬归柬埔寨。",
                "泰柬边界全长约817公里，大部分依据1904年和1907年法暹条约划定。两国2000年签署谅解备忘录，成立联合边界委员会，但至今仅完成部分勘界。",
                "2025年7月，两国边境爆发持续五天的冲突，造成数十人死亡、数十万人流离失所，最终在马来西亚斡旋下于吉隆坡达成停火。"]),
        dict(t="泰柬经贸与劳务往来密切 边境口岸牵动民生",
             p=["泰国与柬埔寨经济联系紧密。据泰国商业部数据，两国边境贸易额每年约1700亿泰铢，其中大部分经由亚兰—波贝口岸通关，泰国出口商品以燃油、糖、饮料和建材为主。",
                "与此同时，超过100万柬埔寨人在泰国务工，主要集中在建筑、渔业和农业领域，他们的汇款是柬埔寨许多农村家庭的重要收入来源。",
                "分析人士指出，每当两国边境局势紧张，首当其冲的往往是边境市场商户和跨境劳工。波贝的赌场和亚兰的荣格楼市场，都高度依赖两国往来人流。",
                "两国同为东盟成员。东盟一贯主张以对话协商解决成员国之间的争端，但缺乏具有约束力的争端解决机制。",
                "在两国关系紧张时期，泰国工商界多次呼吁政府将边境贸易与政治争议区别对待，以免中小企业和边民生计受到冲击。"]),
    ],
}

CONTENT["IND-PAK"]["fx"] = {
    "zh": [
        dict(t="印巴关系回顾：从分治到控制线",
             p=["1947年英属印度分治，印度和巴基斯坦分别独立，随之而来的大规模人口迁徙和暴力冲突造成数十万人死亡。同年爆发第一次克什米尔战争，1949年在联合国斡旋下划定停火线。",
                "此后，两国于1965年和1971年再度交战，1971年战争导致孟加拉国独立。1972年签署的《西姆拉协定》将停火线改为“控制线”，并约定以双边方式解决分歧。1999年卡吉尔冲突爆发，距两国领导人签署《拉合尔宣言》仅数月。",
                "2025年4月帕哈尔加姆袭击事件后，两国于5月爆发为期四天的导弹、无人机和炮火交锋，5月10日宣布停火。印度同时宣布“暂停”执行1960年签署的《印度河水条约》。",
                "分析人士指出，印巴关系历来时冷时热，每一次缓和往往始于停火、释放渔民或开放朝圣通道等小步骤，而一次袭击就可能让多年努力付诸东流。"]),
    ],
}

CONTENT["GUY-VEN"]["fx"] = {
    "es": [
        dict(t="Esequibo: un litigio que nació en 1899",
             p=["El diferendo entre Venezuela y Guyana por el Esequibo, un territorio de unos 160.000 kilómetros cuadrados que equivale a dos tercios de la superficie guyanesa, hunde sus raíces en el Laudo Arbitral de París de 1899, que otorgó la mayor parte de la zona a la entonces Guayana Británica.",
                "Venezuela acató el laudo durante más de seis décadas, hasta que en 1962 lo declaró «nulo e írrito», alegando irregularidades. En febrero de 1966, meses antes de la independencia guyanesa, ambas partes firmaron el Acuerdo de Ginebra, que obliga a buscar una solución «práctica y satisfactoria».",
                "Tras décadas de buenos oficios infructuosos, el secretario general de la ONU remitió el caso a la Corte Internacional de Justicia en 2018. Caracas no reconoce la jurisdicción del tribunal, que en 2023 rechazó sus objeciones preliminares.",
                "El hallazgo de grandes yacimientos de petróleo frente a la costa esequiba a partir de 2015 convirtió una disputa histórica en un asunto de primer orden para ambos gobiernos."]),
        dict(t="Guyana roza el millón de barriles diarios",
             p=["La producción petrolera de Guyana promedió unos {#880-960}.000 barriles diarios en noviembre, según cifras oficiales divulgadas {es_day}, lo que consolida al pequeño país sudamericano como uno de los productores de más rápido crecimiento del mundo.",
                "Buena parte del crudo se extrae del bloque Stabroek, frente a la costa del Esequibo, una zona que Venezuela reclama como propia. Caracas sostiene que Georgetown no tiene derecho a otorgar concesiones en aguas «pendientes de delimitación».",
                "El gobierno guyanés prevé destinar los ingresos a carreteras, hospitales y viviendas. «Tenemos la oportunidad de construir un país en una generación», dijo el ministro de Finanzas ante empresarios en Georgetown.",
                "Desde el primer barril, en diciembre de 2019, la economía guyanesa ha crecido a tasas de dos dígitos, un fenómeno sin precedentes en la región."]),
        dict(t="Caracas reitera que no reconoce a la CIJ en el caso Esequibo",
             p=["La cancillería venezolana reiteró {es_day} en un comunicado que no reconoce la jurisdicción de la Corte Internacional de Justicia sobre la controversia territorial con Guyana y que el Acuerdo de Ginebra de 1966 es «el único instrumento válido» para resolverla.",
                "El texto, difundido en redes sociales, afirma que «el sol de Venezuela nace en el Esequibo», una consigna repetida por sucesivos gobiernos venezolanos desde la década de 1960.",
                "En Georgetown, la canciller Carla Persaud respondió que su país «ha puesto su confianza en el derecho internacional» y que espera que la Corte celebre audiencias sobre el fondo del caso. La Comunidad del Caribe (Caricom) ha respaldado reiteradamente la integridad territorial guyanesa.",
                "En diciembre de 2023, la CIJ ordenó a Venezuela abstenerse de cualquier acción que modifique la situación sobre el terreno."]),
        dict(t="A tres años del referendo sobre el Esequibo",
             p=["Tres años después del referendo consultivo del 3 de diciembre de 2023, en el que el gobierno venezolano aseguró haber obtenido un respaldo masivo a la creación de un estado en el Esequibo, la reclamación sigue ocupando un lugar central en el discurso oficial de Caracas.",
                "Tras la consulta, la Asamblea Nacional aprobó la creación del estado Guayana Esequiba, con sede administrativa provisional en Tumeremo, en el estado Bolívar, y en 2025 se eligió un gobernador para la entidad, algo que Guyana calificó de «amenaza» a su soberanía.",
                "Observadores independientes cuestionaron en su momento la participación anunciada por el Consejo Nacional Electoral. Once días después, el 14 de diciembre de 2023, los presidentes de ambos países se reunieron en San Vicente y las Granadinas y firmaron la Declaración de Argyle, en la que se comprometieron a no recurrir a la fuerza.",
                "Analistas consultados por este diario coinciden en que la disputa se ha convertido en una causa de unidad nacional en Venezuela, por encima de las divisiones políticas."]),
        dict(t="Tumeremo, la puerta venezolana del Esequibo",
             p=["En Tumeremo, un pueblo minero del estado Bolívar a pocas horas de la frontera con Guyana, los carteles oficiales anuncian la capital provisional del «estado Guayana Esequiba». En la calle, sin embargo, la conversación gira en torno al oro, los precios y el transporte.",
                "Muchos habitantes tienen familiares al otro lado del río Cuyuní. «Aquí la gente cruza para trabajar desde siempre», cuenta un comerciante que prefiere no dar su nombre. Miles de venezolanos se han instalado en los últimos años en la región guyanesa de Barima-Waini.",
                "La isla de Anacoco, en el Cuyuní, está bajo control venezolano desde 1966, el mismo año del Acuerdo de Ginebra. Guyana considera ilegal esa ocupación.",
                "Para los habitantes de la zona, la disputa se vive más en los discursos que en la vida cotidiana, aunque reconocen que la presencia militar ha aumentado a ambos lados."]),
    ],
    "pt": [
        dict(t="Em Bonfim e Pacaraima, fronteira brasileira acompanha a disputa pelo Essequibo",
             p=["Em Bonfim, no extremo leste de Roraima, uma ponte sobre o rio Tacutu liga o Brasil à cidade guianense de Lethem. Do outro lado do estado, em Pacaraima, passa diariamente o fluxo de venezuelanos que chegam ao país. Entre as duas fronteiras, a disputa entre Caracas e Georgetown pelo Essequibo é acompanhada com atenção.",
                "Em 2023, quando a Venezuela realizou um referendo sobre a criação de um estado na região, o Exército brasileiro reforçou a presença em Roraima, lembram moradores. Qualquer deslocamento terrestre de tropas venezuelanas em direção à Guiana teria de passar por território brasileiro ou pela densa floresta.",
                "«Aqui todo mundo tem parente ou cliente do outro lado», diz um comerciante de Bonfim. O comércio com Lethem movimenta combustível, alimentos e material de construção.",
                "O Itamaraty defende uma solução pacífica e negociada, e o Brasil participou como testemunha da Declaração de Argyle, assinada em dezembro de 2023."]),
        dict(t="Essequibo: entenda a disputa entre Venezuela e Guiana",
             p=["A Venezuela reivindica há mais de um século o Essequibo, região de cerca de 160 mil quilômetros quadrados que corresponde a dois terços do território da Guiana. A origem da disputa é o laudo arbitral de Paris, de 1899, que concedeu a maior parte da área à então Guiana Britânica.",
                "Caracas passou a contestar o laudo em 1962. Em 1966, o Acordo de Genebra previu a busca de uma solução negociada, que nunca veio. Em 2018, o caso foi levado à Corte Internacional de Justiça, cuja jurisdição a Venezuela não reconhece.",
                "A descoberta de grandes reservas de petróleo no litoral do Essequibo, a partir de 2015, transformou a economia guianense e elevou a temperatura da disputa. Hoje a Guiana produz perto de um milhão de barris por dia.",
                "Para diplomatas brasileiros, a estabilidade na fronteira norte é prioridade: o Brasil faz divisa com os dois países e tem interesse direto em evitar qualquer escalada."]),
    ],
}

CONTENT["COD-RWA"]["fx"] = {
    "fr": [
        dict(t="RDC-Rwanda : trois décennies de crises dans les Kivus",
             p=["Pour comprendre les tensions entre Kinshasa et Kigali, il faut remonter à 1994. Après le génocide contre les Tutsi au Rwanda, qui a fait environ 800 000 morts, plus d'un million de Hutu, parmi lesquels de nombreux génocidaires, ont fui vers l'est de ce qui s'appelait alors le Zaïre.",
                "En 1996, le Rwanda et l'Ouganda ont soutenu la rébellion qui a renversé Mobutu Sese Seko l'année suivante. La deuxième guerre du Congo, de 1998 à 2003, a impliqué les armées de plusieurs pays africains. L'accord de Pretoria de juillet 2002 prévoyait le retrait rwandais en échange du désarmement des milices hutu.",
                "Le M23 s'est emparé de Goma une première fois en novembre 2012 avant d'être défait en 2013. Réapparu fin 2021, il a repris Goma en janvier 2025, puis Bukavu en février. L'accord signé à Washington en juin 2025 n'a pas suffi à ramener le calme.",
                "Kinshasa accuse Kigali de soutenir les rebelles, ce que le Rwanda dément en invoquant la menace des FDLR, une milice fondée par des extrémistes hutu liés au génocide."]),
        dict(t="Nord-Kivu : le choléra progresse dans les sites de déplacés",
             p=["Les organisations humanitaires ont alerté {fr_day} sur une hausse des cas de choléra dans les sites de déplacés autour de {Goma|Sake|Minova}, où des dizaines de milliers de personnes vivent toujours sous des abris de fortune.",
                "Selon le bureau humanitaire des Nations unies, près de {#5-7} millions de personnes restent déplacées dans l'est de la RDC, l'une des plus graves crises de déplacement au monde. Le financement de la réponse couvre moins d'un tiers des besoins.",
                "« Les gens veulent rentrer chez eux, mais chez eux, il faut de l'eau et une école », résume une coordinatrice humanitaire à Goma. Dans les territoires de Rutshuru et de Masisi, les enseignants décrivent des classes surchargées.",
                "L'est du Congo est en proie aux groupes armés depuis près de trois décennies, souvent en lutte pour le contrôle des terres et des minerais."]),
        dict(t="Coltan de Rubaya : sur la piste des minerais du Kivu",
             p=["Le site minier de Rubaya, dans le Nord-Kivu, fournit une part importante du tantale mondial, indispensable aux condensateurs des téléphones et des ordinateurs. Depuis 2024, il est contrôlé par les rebelles du M23.",
                "Des experts de l'ONU ont documenté, rapport après rapport, la manière dont des minerais issus de zones rebelles franchissaient la frontière pour être mêlés aux exportations rwandaises. Kigali rejette ces accusations et affirme disposer de ses propres gisements.",
                "Le ministère congolais des Mines dit travailler avec des raffineurs internationaux à un système de traçabilité pour l'étain, le tantale et le tungstène. « Suivez le coltan et vous comprendrez la carte », lance un chercheur basé à Goma.",
                "Kinshasa a accusé à plusieurs reprises des groupes technologiques étrangers d'acheter des « minerais de sang »."]),
        dict(t="Goma-Gisenyi : à la « petite barrière », le commerce ne s'arrête jamais",
             p=["Chaque matin, des milliers de petits commerçants, des femmes pour la plupart, franchissent la « petite barrière » qui sépare Goma de Rubavu, l'ancienne Gisenyi, côté rwandais. Sur la tête ou dans des sacs : légumes, poisson, lait, tissus.",
                "Les deux villes ne forment quasiment qu'une seule agglomération, coupée par une frontière qui traverse les quartiers. « La politique ferme les bureaux, pas les estomacs », sourit une vendeuse de bananes.",
                "Ce commerce transfrontalier a survécu à toutes les crises entre les deux pays depuis les années 1990, y compris aux fermetures temporaires de la frontière.",
                "Sur le lac Kivu, les pêcheurs de sambaza se plaignent en revanche de prises en baisse et de contrôles plus stricts sur les deux rives."]),
    ],
    "pt": [
        dict(t="Angola e a mediação nos Grandes Lagos: o legado do processo de Luanda",
             p=["Desde 2022, Angola tem ocupado um lugar central na diplomacia dos Grandes Lagos. O chamado processo de Luanda, conduzido pela presidência angolana em nome da União Africana, procurou aproximar Kinshasa e Kigali num momento de forte tensão no leste da República Democrática do Congo.",
                "O processo produziu um roteiro e vários encontros ministeriais, mas não conseguiu travar a ofensiva do M23, que tomou Goma em janeiro de 2025. A mediação acabou por passar para outros actores, entre eles os Estados Unidos e o Catar.",
                "Diplomatas angolanos lembram que Luanda conhece bem o terreno: tropas angolanas combateram no Congo durante a segunda guerra, entre 1998 e 2003, ao lado do governo de Kinshasa.",
                "Para analistas em Luanda, qualquer acordo duradouro terá de responder a duas questões: o desarmamento das FDLR e a retirada das forças ruandesas do território congolês."]),
    ],
}

CONTENT["EGY-ETH"]["fx"] = {
    "ar": [
        dict(t="وزير الري: مياه النيل قضية وجود لا تقبل المساومة",
             p=["أكد وزير الموارد المائية والري {ar_day} أن مصر تواجه عجزًا مائيًا سنويًا يقدَّر بنحو {#18-22} مليار متر مكعب، وأن الحفاظ على حصة البلاد من مياه النيل «قضية وجود» لا تقبل المساومة، وذلك خلال {كلمة أمام مؤتمر هندسي في القاهرة|لقاء مع مزارعين في محافظة المنيا|جلسة للجنة الزراعة والري في مجلس النواب}.",
                "وأشار الوزير إلى أن الدولة تنفذ برامج واسعة لتبطين الترع وتحديث نظم الري وإعادة استخدام مياه الصرف الزراعي، إلى جانب التوسع في محطات تحلية مياه البحر على السواحل.",
                "وجدد الوزير رفض مصر أي «إجراءات أحادية» على النيل الأزرق، داعيًا إلى اتفاق قانوني ملزم بشأن ملء وتشغيل سد النهضة الإثيوبي، بعد تعثر جولات التفاوض التي توقفت أواخر عام 2023.",
                "وتعتمد مصر على النيل في تأمين نحو 97 في المئة من احتياجاتها من المياه العذبة، في حين تجاوز عدد سكانها 110 ملايين نسمة."]),
        dict(t="من اتفاقية 1929 إلى سد النهضة: قرن من الخلاف على النيل",
             p=["يعود الخلاف على مياه النيل إلى ما قبل بناء سد النهضة بعقود طويلة. ففي عام 1929 أبرمت مصر وبريطانيا، نيابة عن مستعمراتها في شرق أفريقيا، اتفاقية منحت القاهرة حق الاعتراض على أي مشروعات في دول المنبع.",
                "ثم جاءت اتفاقية عام 1959 بين مصر والسودان لتخصص 55.5 مليار متر مكعب سنويًا لمصر و18.5 مليار للسودان، من دون أن تكون إثيوبيا، التي ينبع منها النيل الأزرق، طرفًا فيها، وهو ما تستند إليه أديس أبابا في رفضها ما تسميه «اتفاقيات الحقبة الاستعمارية».",
                "وفي آذار/مارس 2015 وقّع قادة الدول الثلاث في الخرطوم «إعلان المبادئ»، غير أن مفاوضات واشنطن انهارت عام 2020، وبدأت إثيوبيا الملء الأول في تموز/يوليو من العام نفسه.",
                "ولا تغيب عن الذاكرة التاريخية معركتا غُندِت عام 1875 وغورا عام 1876 بين جيش الخديوي إسماعيل والجيش الإثيوبي، وهي صفحة يستحضرها مؤرخون من البلدين كلما احتدم الجدل."]),
        dict(t="مزارعو السودان يحصون خسائر فيضانات النيل الأزرق",
             p=["لا يزال مزارعون على ضفاف النيل الأزرق في ولاية {سنار|الجزيرة|النيل الأزرق} السودانية يحصون خسائرهم جراء فيضانات الخريف الماضي، التي أغرقت مساحات من الأراضي الزراعية وألحقت أضرارًا بقنوات الري.",
                "وحمّلت القاهرة في حينه إثيوبيا مسؤولية ما وصفته بتصريفات «غير منسقة» من سد النهضة، بينما أكدت أديس أبابا أن السد أسهم في الحد من ذروة الفيضان، وأن الأمطار الغزيرة هي السبب الرئيسي.",
                "ويقول خبراء في الموارد المائية إن تبادل البيانات الآنية بين الدول الثلاث كان من شأنه أن يقلّل المخاطر، مشيرين إلى أن الحرب الدائرة في السودان منذ نيسان/أبريل 2023 أضعفت قدرة الخرطوم على المتابعة والتنسيق.",
                "«نحتاج إلى أرقام لا إلى خطب»، قال مهندس ري سوداني، مضيفًا أن المزارعين «يدفعون ثمن غياب الاتفاق»."]),
    ],
}

CONTENT["BLR-LTU"]["fx"] = {
    "ru": [
        dict(t="Островецкая АЭС: Литва продолжает бойкот",
             p=["Литва по-прежнему отказывается покупать электроэнергию Белорусской АЭС в Островце, расположенной примерно в 50 километрах от Вильнюса. Литовские власти считают станцию, построенную «Росатомом» и введённую в эксплуатацию в 2020 году, небезопасной.",
                "На этой неделе литовские службы провели очередные учения по радиационной защите в Вильнюсском районе. Ещё при пуске станции жителям приграничных районов раздавали таблетки йода.",
                "В Минске называют позицию Вильнюса «политизированной» и настаивают, что АЭС соответствует всем международным стандартам безопасности. С февраля 2025 года страны Балтии отключены от общей с Россией и Беларусью энергосистемы и синхронизированы с континентальной Европой.",
                "Отношения между соседями остаются замороженными с 2020 года, когда Литва приютила белорусскую оппозицию после спорных президентских выборов."]),
        dict(t="Белорусы в Вильнюсе: жизнь в эмиграции",
             p=["В Литве сегодня живут десятки тысяч граждан Беларуси — многие переехали после 2020 года, спасаясь от преследований. Вильнюс стал одним из центров белорусской эмиграции: здесь работают офис лидера оппозиции, независимые СМИ и правозащитные организации.",
                "При этом литовские власти в последние годы ужесточили проверки: департамент миграции пересматривает виды на жительство белорусов и в отдельных случаях аннулирует их «по соображениям безопасности».",
                "В Минске эмигрантов называют «экстремистами»; белорусские суды регулярно выносят заочные приговоры журналистам и активистам, живущим в Литве. По данным правозащитников, в белорусских тюрьмах остаются более тысячи политзаключённых.",
                "Литва и Беларусь разделяют наследие Великого княжества Литовского — средневекового государства, в состав которого входила большая часть нынешней белорусской территории."]),
    ],
    "de": [
        dict(t="Klaipėda ohne belarussisches Kali",
             p=["Fast fünf Jahre nach dem Stopp des belarussischen Kalitransits sucht der litauische Hafen Klaipėda weiter nach Ersatz. Früher stammte rund ein Drittel des Umschlags aus Belarus, vor allem Kalidünger und Ölprodukte.",
                "Litauen hatte den Bahntransit des staatlichen Kaliproduzenten im Februar 2022 unterbunden, nachdem die USA Sanktionen verhängt hatten. Belarus verschifft seither über russische Häfen wie Ust-Luga und fordert von Vilnius Schadenersatz.",
                "Die Hafenverwaltung setzt nun auf Container, Flüssiggas und Getreide. „Das belarussische Kapitel ist für uns abgeschlossen“, sagte ein Manager des Hafens.",
                "Die Beziehungen zwischen Vilnius und Minsk sind seit der umstrittenen Präsidentenwahl in Belarus im August 2020 auf einem Tiefpunkt."]),
        dict(t="Litauen und Belarus: ein gemeinsames Erbe, eine geteilte Gegenwart",
             p=["Beide Länder berufen sich auf das Großfürstentum Litauen, ein mittelalterliches Reich, zu dem große Teile des heutigen Belarus gehörten. Vilnius, das einstige Wilna, spielt in der Erinnerungskultur beider Nationen eine zentrale Rolle.",
                "Im 20. Jahrhundert wechselte die Stadt mehrfach den Besitzer: 1920 besetzte Polen Vilnius, 1939 übergab die Sowjetunion die Stadt an Litauen, bevor sie 1940 das ganze Land annektierte. Im Januar 1991 töteten sowjetische Truppen am Vilniuser Fernsehturm 14 Menschen.",
                "Nach der Unabhängigkeit schlossen Litauen und Belarus 1995 einen Grenzvertrag; die Markierung vor Ort wurde 2007 abgeschlossen. Seit der Migrationskrise 2021, die die EU als von Minsk gesteuert betrachtet, hat Litauen einen rund 500 Kilometer langen Zaun errichtet.",
                "Heute leben in Litauen zehntausende Belarussen, viele von ihnen seit 2020 im Exil."]),
    ],
}

CONTENT["KGZ-TJK"]["fx"] = {
    "de": [
        dict(b=_fmt(WINDOWS["KGZ-TJK"][0] - MARGIN),
             t="Kirgistan und Tadschikistan verhandeln über letzte Grenzabschnitte",
             p=["Die Regierungsdelegationen Kirgistans und Tadschikistans haben {de_day} in {Batken|Isfara|Chudschand} eine weitere Verhandlungsrunde über die Delimitation ihrer gemeinsamen Grenze abgehalten. Nach Angaben aus Bischkek geht es nur noch um wenige, allerdings besonders heikle Abschnitte.",
                "Dazu zählen die Zufahrten zur tadschikischen Exklave Woruch sowie die Wasserverteilungsanlage Golownoi am Fluss Isfara, an der sich im April 2021 schwere Gefechte entzündet hatten.",
                "„Die letzten Kilometer sind immer die schwierigsten“, sagte der Leiter der kirgisischen Kommission, Bakyt Osmonov. Karten der bereits vereinbarten Abschnitte wurden bislang nicht veröffentlicht.",
                "Die Straßenübergänge zwischen beiden Ländern sind seit 2021 geschlossen; Händler müssen lange Umwege über Usbekistan in Kauf nehmen."]),
        dict(t="Ferghanatal: Eine Grenze aus sowjetischer Zeit",
             p=["Als die sowjetische Führung in den 1920er- und 1930er-Jahren die Grenzen zwischen den zentralasiatischen Republiken zog, spielten sie im Alltag kaum eine Rolle. Nach dem Zerfall der Sowjetunion 1991 wurden aus Verwaltungslinien Staatsgrenzen – mitten durch Dörfer, Felder und Bewässerungskanäle.",
                "Die rund 970 Kilometer lange Grenze zwischen Kirgistan und Tadschikistan gilt seither als eine der konfliktreichsten der Region. Bereits 1989 kam es zwischen kirgisischen und tadschikischen Dorfbewohnern zu Zusammenstößen um Wasser und Land.",
                "Im April 2021 starben bei Kämpfen rund 55 Menschen, im September 2022 kamen etwa 100 Menschen ums Leben; auf kirgisischer Seite wurden über 100.000 Menschen evakuiert. Beide Armeen setzten damals Panzer, Artillerie und Drohnen ein.",
                "Wasser aus den Gebirgsflüssen ist für die Landwirtschaft auf beiden Seiten unverzichtbar – und bleibt auch jenseits aller Grenzverträge ein möglicher Konfliktstoff."]),
    ],
    "ru": [
        dict(b=_fmt(WINDOWS["KGZ-TJK"][0] - MARGIN),
             t="Кыргызстан и Таджикистан: объездные дороги и закрытые пункты пропуска",
             p=["Жители Баткенской области по-прежнему добираются до соседнего Исфаринского района Таджикистана через Узбекистан: автомобильные пункты пропуска между двумя странами закрыты с 2021 года. Дорога, которая раньше занимала двадцать минут, теперь отнимает несколько часов.",
                "{ru_Day} в Лейлекском районе открыли новый участок объездной дороги, позволяющий сёлам не заезжать на таджикскую территорию, сообщили в министерстве транспорта Кыргызстана.",
                "Параллельно продолжают работу правительственные делегации по делимитации и демаркации границы. По словам главы кыргызской комиссии Бакыта Осмонова, согласованы почти все участки, остаются лишь несколько километров.",
                "Столкновения в сентябре 2022 года унесли жизни около ста человек; с кыргызской стороны тогда были эвакуированы более 100 тысяч жителей."]),
        dict(t="Ферганская долина: граница, нарисованная в Москве",
             p=["Граница между Кыргызстаном и Таджикистаном протяжённостью около 970 километров была проведена в 1920–1930-е годы в ходе национально-территориального размежевания в Средней Азии. Пока существовал Советский Союз, эти линии мало что значили.",
                "После 1991 года они превратились в государственные границы, разрезавшие сёла, пастбища и оросительные каналы. Самые болезненные точки — таджикский анклав Ворух внутри кыргызской территории и водораспределительный узел «Головной» на реке Исфара.",
                "Первые столкновения из-за воды и земли произошли ещё в 1989 году. В январе 2014 года пограничники двух стран открыли огонь друг по другу у Тамдыка, в апреле 2021 года погибли около 55 человек, а в сентябре 2022-го — около ста.",
                "Эксперты отмечают, что даже подписанная карта не снимет споров о воде, но лишит их самой опасной, военной составляющей."]),
    ],
}

CONTENT["GRC-TUR"]["fx"] = {
    "de": [
        dict(t="Ägäis: Türkische Kampfjets verletzen erneut griechischen Luftraum",
             p=["Türkische Kampfflugzeuge haben nach Angaben des griechischen Generalstabs {de_yday} {#10-35}-mal den griechischen Luftraum verletzt. Dabei sei es auch zu Überflügen bewohnter Inseln wie {Agathonisi|Leros|Oinousses|Farmakonisi} gekommen. Griechische Jets hätten die Maschinen jeweils abgefangen; es kam zu {#2-5} simulierten Luftkämpfen.",
                "Ankara wies die Darstellung zurück. Türkische Flugzeuge bewegten sich im internationalen Luftraum, hieß es aus dem Verteidigungsministerium. Die Türkei erkennt nur sechs Seemeilen griechischen Luftraums an, Athen beansprucht zehn.",
                "Nach der Annäherung beider Länder, die im Dezember 2023 in die Athener Erklärung über freundschaftliche Beziehungen mündete, waren solche Vorfälle fast verschwunden. Seit einigen Monaten häufen sie sich wieder; vertrauensbildende Gespräche liegen auf Eis.",
                "Wie schnell die Lage eskalieren kann, zeigte die Imia-Krise im Januar 1996, als beide NATO-Partner wegen zweier unbewohnter Felsen am Rand eines Krieges standen."]),
    ],
}


# per-lead datelines and per-event tabloid kickers
def _cm(pair, i, m, city=None, tk=None):
    ev = CONTENT[pair]["ev"][i]
    if m:
        ev["cm"] = m
    if city:
        ev["city"] = city
    if tk:
        ev["tk"] = tk


_cm("RUS-UKR", 0, None, city=["Kyiv", "Kyiv", "Kharkiv", "Dnipro", "Odesa", "Lviv"])
_cm("RUS-UKR", 3, {0: ["Kyiv", "Kramatorsk"], 1: ["Moscow", "Kyiv"], 2: ["Kramatorsk", "Kyiv"], 3: ["Kyiv"]})
_cm("RUS-UKR", 4, None, city=["Kyiv", "Kyiv", "Moscow"], tk=["Finally, some good news from the war.", "Tears of joy at the border."])
_cm("RUS-UKR", 5, None, city=["Kyiv"], tk=["A grim homecoming."])
_cm("RUS-UKR", 6, {0: ["Kyiv"], 1: ["{ec}"], 2: ["{ec}"]}, tk=["Winter is coming, and the Kremlin wants Ukraine to freeze."])
_cm("RUS-UKR", 7, {0: ["Moscow"], 1: ["Kyiv", "Brussels"], 2: ["Kyiv", "Moscow"], 3: ["Vienna", "Kyiv"]},
    tk=["Don't hold your breath for peace.", "So much for peace talks."])
_cm("RUS-UKR", 8, {0: ["Odesa"], 1: ["Odesa", "Kyiv"], 2: ["Kyiv"]})
_cm("ISR-SYR", 0, {0: ["Damascus", "Beirut"], 1: ["Damascus"], 2: ["Jerusalem", "Tel Aviv"], 3: ["Damascus", "Beirut"]})
_cm("ISR-SYR", 1, None, city=["Damascus", "Quneitra", "Beirut"], tk=["Israeli troops are on the move again."])
_cm("ISR-SYR", 2, None, tk=["Syria has had enough."])
_cm("ISR-SYR", 4, None, tk=["Israel is digging in."])
_cm("GEO-RUS", 0, None, city=["Tbilisi", "Gori"])
_cm("GEO-RUS", 1, {0: ["Tbilisi", "Gori"], 1: ["Tbilisi", "Gori"], 2: ["Zugdidi", "Tbilisi"]})
_cm("GEO-RUS", 4, {0: ["Stepantsminda", "Tbilisi"], 1: ["Tbilisi"], 2: ["Tbilisi"], 3: ["Tbilisi"]})
_cm("GEO-RUS", 5, None, city=["Tbilisi"])
_cm("CHN-PHL", 2, None, tk=["Talk, talk, talk, while the ships keep circling."])
_cm("CHN-PHL", 3, {0: ["Manila"], 1: ["Masinloc"], 2: ["Manila", "Puerto Princesa"]}, tk=["Filipino fishermen have had enough."])
_cm("CHN-PHL", 4, None, city=["Manila", "Puerto Princesa"])
_cm("JPN-KOR", 0, {0: ["Seoul"], 1: ["Seoul"], 2: ["{jc}"]})
_cm("JPN-KOR", 2, {0: ["Seoul"], 1: ["Tokyo"]})
_cm("JPN-KOR", 3, {0: ["Seoul", "Tokyo"], 1: ["Seoul"], 2: ["{jh}"]})
_cm("KHM-THA", 0, {0: ["Aranyaprathet", "Bangkok"], 1: ["Bangkok"]})
_cm("KHM-THA", 1, {0: ["Aranyaprathet"], 1: ["Bangkok"], 2: ["Bangkok"]})
_cm("KHM-THA", 2, {1: ["{kh}"], 2: ["Siem Reap", "Phnom Penh"]})
_cm("KHM-THA", 3, {0: ["Bangkok"], 1: ["Phnom Penh"]})
_cm("BLR-LTU", 1, {0: ["Vilnius"], 1: ["Minsk", "Vilnius"]})
_cm("BLR-LTU", 2, {0: ["Vilnius"], 1: ["Vilnius"], 2: ["Vilnius", "Minsk"]})
_cm("BLR-LTU", 3, {0: ["Klaipėda"], 1: ["Minsk", "Vilnius"]})
_cm("GUY-VEN", 1, {0: ["Georgetown"], 1: ["Caracas"], 2: ["Georgetown"]})
_cm("GUY-VEN", 3, {0: ["Lethem"], 1: ["Mabaruma", "Georgetown"], 2: ["Bartica", "Georgetown"]})
_cm("COD-RWA", 0, {0: ["Goma"], 1: ["Kinshasa", "Goma"], 2: ["Goma"]})
_cm("COD-RWA", 1, {0: ["Goma"], 1: ["Kinshasa", "Kigali"], 2: ["Kinshasa"]})
_cm("EGY-ETH", 0, {0: ["Cairo"], 1: ["Cairo"], 2: ["Cairo"]})
_cm("EGY-ETH", 2, {0: ["Asmara", "Cairo"], 1: ["Addis Ababa"]})
_cm("EGY-ETH", 3, {0: ["Port Sudan", "Khartoum"], 1: ["Cairo", "Addis Ababa"]})
_cm("IND-PAK", 0, {0: ["Islamabad"], 1: ["New Delhi"], 2: ["New Delhi", "Mumbai"]})
_cm("IND-PAK", 1, {0: ["Porbandar", "New Delhi"], 1: ["Karachi"], 2: ["Dera Baba Nanak", "Amritsar"]})
_cm("IND-PAK", 2, {0: ["New York"], 1: ["Islamabad", "New York"], 2: ["New Delhi"]})
_cm("IND-PAK", 3, {0: ["New Delhi", "Islamabad"], 1: ["Amritsar"]})
_cm("IND-PAK", 4, {0: ["Attari", "Lahore"], 1: ["Mumbai", "Lahore"]})
_cm("KGZ-TJK", 0, {0: ["{kp}"], 1: ["Bishkek"], 2: ["Bishkek"]})
_cm("KGZ-TJK", 1, {0: ["Batken", "Isfara"], 1: ["Batken"], 2: ["Bishkek", "Batken"]})
_cm("GRC-TUR", 2, {0: ["Athens", "Ankara"], 1: ["Izmir", "Athens"]})

# tabloid extras
CONTENT["CHN-PHL"]["tabh"] = ["SEA SHOWDOWN", "BEIJING'S BULLY BOATS", "STORM ON THE SHOAL"]
CONTENT["GRC-TUR"]["tabh"] = ["AEGEAN BUST-UP", "WAR OF WORDS IN THE AEGEAN"]
CONTENT["RUS-UKR"]["tabh"] = ["WAR WITHOUT END"]
CONTENT["ISR-SYR"]["tabh"] = ["SYRIA FLASHPOINT"]
CONTENT["IND-PAK"]["tabh"] = ["OLD FOES, SAME FEUD", "SKY'S STILL SHUT: India-Pakistan freeze drags on",
                              "BORDER BLUES"]
CONTENT["IND-PAK"]["tabk"] = ["The nuclear-armed neighbours still aren't talking.",
                              "It's the rivalry that never sleeps.",
                              "Relations between the two old enemies remain in the deep freeze."]
CONTENT["IND-PAK"]["tabend"] = ["The two have fought four wars since 1947 — and a short, sharp one in May 2025.",
                                "Peace? Diplomats say don't hold your breath."]


# ===========================================================================
# schedule
# ===========================================================================
PLAN = {
    "RUS-UKR": {"Кавказский обозреватель": 4, "Zeitspiegel Ost": 3, "Northgate Wire": 11,
                "Brief Wire Service": 8, "Eurasia Brief": 11, "LiveDesk": 8, "The Daily Record": 5,
                "Capital Markets Journal": 5, "Policy Ledger": 6, "PR Channel": 3},
    "ISR-SYR": {"المشرق اليوم": 5, "Northgate Wire": 12, "Brief Wire Service": 9, "Levant Dispatch": 16,
                "LiveDesk": 6, "The Daily Record": 3, "Crescent News Agency": 5, "Policy Ledger": 4,
                "Capital Markets Journal": 4},
    "GEO-RUS": {"Кавказский обозреватель": 4, "Zeitspiegel Ost": 1, "Eurasia Brief": 14,
                "Northgate Wire": 7, "Brief Wire Service": 5, "Policy Ledger": 3, "PR Channel": 1,
                "LiveDesk": 1},
    "CHN-PHL": {"亚洲时讯": 4, "Asia Current": 13, "Northgate Wire": 6, "Brief Wire Service": 5,
                "Capital Markets Journal": 2, "The Daily Record": 2, "Policy Ledger": 3, "LiveDesk": 1},
    "JPN-KOR": {"亚洲时讯": 3, "Asia Current": 13, "Northgate Wire": 6, "Brief Wire Service": 4,
                "Capital Markets Journal": 3, "Policy Ledger": 3, "PR Channel": 3},
    "KHM-THA": {"亚洲时讯": 2, "Asia Current": 9, "Northgate Wire": 4, "Brief Wire Service": 2,
                "Capital Markets Journal": 2, "Policy Ledger": 3},
    "BLR-LTU": {"Кавказский обозреватель": 2, "Zeitspiegel Ost": 2, "Eurasia Brief": 9,
                "Northgate Wire": 4, "Brief Wire Service": 2, "Policy Ledger": 2, "Capital Markets Journal": 2},
    "GUY-VEN": {"Diario del Pacífico": 5, "Correio do Sul": 2, "Andes Post": 8, "Northgate Wire": 3,
                "Brief Wire Service": 2, "Capital Markets Journal": 2, "Policy Ledger": 1},
    "COD-RWA": {"L'Écho de l'Ouest africain": 4, "Correio do Sul": 1, "The Sahel Monitor": 9,
                "Northgate Wire": 3, "Brief Wire Service": 2, "Capital Markets Journal": 1,
                "Policy Ledger": 1, "PR Channel": 1},
    "EGY-ETH": {"المشرق اليوم": 3, "The Sahel Monitor": 4, "Levant Dispatch": 5, "Northgate Wire": 3,
                "Crescent News Agency": 2, "Brief Wire Service": 2, "Policy Ledger": 2,
                "Capital Markets Journal": 1},
    "IND-PAK": {"亚洲时讯": 1, "Asia Current": 9, "Northgate Wire": 4, "Brief Wire Service": 3,
                "Policy Ledger": 2, "Capital Markets Journal": 1, "Crescent News Agency": 1,
                "The Daily Record": 1},
    "KGZ-TJK": {"Zeitspiegel Ost": 2, "Кавказский обозреватель": 2, "Eurasia Brief": 9,
                "Northgate Wire": 3, "Brief Wire Service": 2, "Policy Ledger": 2, "PR Channel": 1},
    "GRC-TUR": {"Zeitspiegel Ost": 1, "Eurasia Brief": 6, "Northgate Wire": 5, "Brief Wire Service": 3,
                "The Daily Record": 2, "Capital Markets Journal": 2, "Policy Ledger": 2},
}
WARS = ("RUS-UKR", "ISR-SYR")
TENSE = ("GEO-RUS", "CHN-PHL", "JPN-KOR")


def _hour_w(h):
    if 4 <= h < 22:
        return 1.0
    return 0.12


def _day_caps(pair, wd):
    weekend = wd >= 5
    if pair in WARS:
        return (3, 4) if weekend else (3, 5)
    if pair in TENSE:
        return (1, 2) if weekend else (1, 3)
    return (0, 2)


def schedule(rng, pair, n):
    days = [P0 + timedelta(days=i) for i in range(14)]
    weights, allowed = [], []
    for d in days:
        mins = []
        w = 0.0
        for m in range(0, 24 * 60, 5):
            t = d + timedelta(minutes=m)
            if in_window(pair, t):
                continue
            hw = _hour_w(t.hour)
            mins.append((t, hw))
            w += hw
        allowed.append(mins)
        factor = (0.6 if d.weekday() >= 5 else 1.0) * rng.uniform(0.85, 1.15)
        weights.append(w / (18 * 12) * factor)
    tot = sum(weights)
    exact = [n * w / tot for w in weights]
    cnt = [int(x) for x in exact]
    rem = sorted(range(14), key=lambda i: -(exact[i] - cnt[i]) - rng.random() * 0.01)
    for i in rem[: n - sum(cnt)]:
        cnt[i] += 1
    # enforce caps (and floors for the wars)
    for _ in range(200):
        changed = False
        for i, d in enumerate(days):
            lo, hi = _day_caps(pair, d.weekday())
            if not allowed[i] or weights[i] < 0.05:
                lo = 0
                hi = min(hi, 1) if weights[i] > 0.01 else 0
            if cnt[i] > hi:
                j = max((k for k in range(14) if cnt[k] < _day_caps(pair, days[k].weekday())[1]
                         and weights[k] >= 0.05),
                        key=lambda k: exact[k] - cnt[k], default=None)
                if j is not None:
                    cnt[i] -= 1
                    cnt[j] += 1
                    changed = True
            elif cnt[i] < lo:
                j = max((k for k in range(14) if cnt[k] > _day_caps(pair, days[k].weekday())[0]),
                        key=lambda k: cnt[k] - exact[k], default=None)
                if j is not None:
                    cnt[i] += 1
                    cnt[j] -= 1
                    changed = True
        if not changed:
            break
    times = []
    for i in range(14):
        chosen = []
        cands = allowed[i]
        tries = 0
        while len(chosen) < cnt[i] and tries < 5000:
            tries += 1
            t, hw = cands[rng.randrange(len(cands))]
            if rng.random() > hw:
                continue
            t = t + timedelta(minutes=rng.randint(0, 4))
            if in_window(pair, t) or t > P1:
                continue
            if any(abs((t - x).total_seconds()) < 35 * 60 for x in chosen):
                continue
            chosen.append(t)
        times.extend(chosen)
    return sorted(times)


# ===========================================================================
# round-ups
# ===========================================================================
ROUNDUPS = [
    ("2026-11-30T17:40", "Northgate Wire", ["RUS-UKR", "ISR-SYR", "KHM-THA", "GEO-RUS", "CHN-PHL"]),
    ("2026-12-02T06:15", "Asia Current", ["CHN-PHL", "JPN-KOR", "IND-PAK"]),
    ("2026-12-03T19:30", "Eurasia Brief", ["RUS-UKR", "GEO-RUS", "KGZ-TJK", "GRC-TUR"]),
    ("2026-12-05T12:05", "Brief Wire Service", ["RUS-UKR", "ISR-SYR", "EGY-ETH", "GRC-TUR", "JPN-KOR"]),
    ("2026-12-06T16:00", "Policy Ledger", ["RUS-UKR", "ISR-SYR", "GEO-RUS", "KHM-THA", "BLR-LTU"]),
    ("2026-12-08T05:10", "Levant Dispatch", ["ISR-SYR", "GRC-TUR", "RUS-UKR"]),
    ("2026-12-10T20:30", "Northgate Wire", ["RUS-UKR", "ISR-SYR", "GEO-RUS", "GUY-VEN", "COD-RWA"]),
    ("2026-12-12T10:30", "The Daily Record", ["RUS-UKR", "ISR-SYR", "CHN-PHL", "BLR-LTU", "KGZ-TJK"]),
]

RU_TITLES = {
    "Northgate Wire": ["World news summary, {md}", "WORLD NEWS SUMMARY — {md}, {day} evening"],
    "Asia Current": ["Asia briefing: what you need to know this {day}"],
    "Eurasia Brief": ["Eurasia digest: the day in brief"],
    "Brief Wire Service": ["News in brief — {day}, {md}"],
    "Policy Ledger": ["The week in review: several fronts, few turning points"],
    "Levant Dispatch": ["Regional digest: {day}'s main stories"],
    "The Daily Record": ["WORLD IN 60 SECONDS"],
}
RU_INTRO = {
    "Asia Current": "Good morning. Here are the stories our correspondents are following across the region.",
    "Eurasia Brief": "From the Black Sea to the Fergana valley, the main stories of the day.",
    "Policy Ledger": "Seven days, many headlines and, on closer inspection, few real turning points. Our editors pick the threads worth following.",
    "Levant Dispatch": "Good morning from Beirut. A quick tour of the stories we are watching.",
    "The Daily Record": "Too busy to read the papers? We've got you covered.",
}


def roundup(rng, when, outlet, pairs):
    dt = _iso(when)
    c = Ctx(rng, dt)
    for p in pairs:
        assert not in_window(p, dt), (p, when)
    title = fill(RU_TITLES[outlet], c)
    paras = []
    if outlet in RU_INTRO:
        paras.append(RU_INTRO[outlet])
    for p in pairs:
        line = fill(deal((p, "rd"), CONTENT[p]["rd"], c), c)
        lab = CONTENT[p]["label"]
        if outlet == "Northgate Wire":
            paras.append("%s — %s" % (CONTENT[p]["city"][0].upper(), line))
        elif outlet == "The Daily Record":
            paras.append("%s: %s" % (lab.upper(), line))
        else:
            paras.append("%s: %s" % (lab, line))
    text = fit(paras, c, pairs[0], "en")
    return {"source": outlet, "published": dt.strftime("%Y-%m-%dT%H:%M:00Z"), "title": title,
            "text": text, "language": OUTLET_LANG[outlet], "kind": "roundup", "pairs": list(pairs)}


# One short item on GRC-TUR after its window closes (nothing inside it).
def _grc_tur_after(rng):
    dt = _iso("2026-12-13T23:20")
    assert not in_window("GRC-TUR", dt)
    c = Ctx(rng, dt)
    title = "Aegean islands' tourism board eyes busy 2027 season"
    paras = [
        "ATHENS (BWS) — Tourism officials on the eastern Aegean islands said on Sunday that early bookings for 2027 were running ahead of last year, helped by ferry links to the Turkish coast and the visa-on-arrival scheme for Turkish visitors introduced in 2024.",
        "Hoteliers on Lesbos, Chios and Kos said the past year's airspace incidents had weighed on sentiment in the autumn. Both governments have said they want to preserve the channels opened by the 2023 Athens Declaration on friendly relations.",
        "Visitors from Turkey made up a growing share of arrivals on several islands this year, the regional tourism board said.",
    ]
    return {"source": "Brief Wire Service", "published": dt.strftime("%Y-%m-%dT%H:%M:00Z"),
            "title": title, "text": fit(paras, c, "GRC-TUR", "en"), "language": "en",
            "kind": "routine", "pairs": ["GRC-TUR"]}


# ===========================================================================
# assembly
# ===========================================================================
_CACHE = []


def articles():
    if _CACHE:
        return [dict(a) for a in _CACHE]
    _DECKS.clear()
    rng = random.Random(SEED)
    out = []
    for pair in sorted(PLAN):
        plan = PLAN[pair]
        n = sum(plan.values())
        times = schedule(rng, pair, n)
        outlets = []
        for o in sorted(plan):
            outlets.extend([o] * plan[o])
        rng.shuffle(outlets)
        for t, outlet in zip(times, outlets):
            c = Ctx(rng, t)
            lang = OUTLET_LANG[outlet]
            if lang != "en":
                title, paras = r_foreign(pair, c, outlet)
            else:
                title, paras = STYLE[outlet](pair, c, outlet)
            text = fit(paras, c, pair, lang)
            out.append({"source": outlet, "published": t.strftime("%Y-%m-%dT%H:%M:00Z"),
                        "title": title, "text": text, "language": lang, "kind": "routine",
                        "pairs": [pair]})
    for when, outlet, pairs in ROUNDUPS:
        out.append(roundup(rng, when, outlet, pairs))
    out.append(_grc_tur_after(rng))
    out.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    _CACHE.extend(out)
    return [dict(a) for a in out]


# ===========================================================================
# checks
# ===========================================================================
def _check(arts):
    problems = []
    for a in arts:
        dt = _iso(a["published"])
        if not (P0 <= dt <= P1):
            problems.append(("date", a["published"], a["title"]))
        if OUTLET_LANG.get(a["source"]) != a["language"]:
            problems.append(("lang", a["source"], a["title"]))
        L = len(a["text"])
        if not (300 <= L <= 1200):
            problems.append(("len", L, a["source"], a["title"]))
        for p in a["pairs"]:
            if in_window(p, dt):
                problems.append(("window", p, a["published"], a["title"]))
        if "{" in a["text"] or "}" in a["text"] or "{" in a["title"]:
            problems.append(("slot", a["title"]))
        if a["kind"] not in ("routine", "roundup", "episode"):
            problems.append(("kind", a["kind"]))
    return problems


def _main():
    arts = articles()
    print("articles:", len(arts))
    byp = Counter(p for a in arts for p in a["pairs"])
    print("\nby pair (roundups counted under each pair they name):")
    for p, n in sorted(byp.items()):
        print("  %-8s %3d" % (p, n))
    print("\nby kind:", dict(Counter(a["kind"] for a in arts)))
    lang = Counter(a["language"] for a in arts)
    print("\nby language:")
    for k, n in lang.most_common():
        print("  %-3s %3d  (%.1f%%)" % (k, n, 100.0 * n / len(arts)))
    print("  non-English share: %.1f%%" % (100.0 * (len(arts) - lang["en"]) / len(arts)))
    print("\nby outlet:")
    for k, n in Counter(a["source"] for a in arts).most_common():
        print("  %-28s %3d" % (k, n))
    print("\nby day:")
    day = Counter(a["published"][:10] for a in arts)
    for k in sorted(day):
        print("  %s %s %3d" % (k, EN_DAYS[_iso(k + "T00:00").weekday()][:3], day[k]))
    per = defaultdict(Counter)
    for a in arts:
        if a["kind"] == "routine":
            for p in a["pairs"]:
                per[p][a["published"][:10]] += 1
    print("\nper-pair daily max/min (routine):")
    for p in sorted(per):
        vals = [per[p].get((P0 + timedelta(days=i)).strftime("%Y-%m-%d"), 0) for i in range(14)]
        print("  %-8s %s" % (p, " ".join("%d" % v for v in vals)))
    lens = [len(a["text"]) for a in arts]
    print("\ntext length: min %d, max %d, mean %.0f" % (min(lens), max(lens), sum(lens) / len(lens)))
    hours = Counter(int(a["published"][11:13]) for a in arts)
    inday = sum(n for h, n in hours.items() if 4 <= h < 22)
    print("published 04:00-22:00 UTC: %d of %d" % (inday, len(arts)))
    sc = Counter()
    for a in arts:
        for para in a["text"].split("\n\n"):
            for s in _SENT.split(para):
                if len(s) > 40:
                    sc[s] += 1
    print("\nmost repeated sentences:")
    for s, n in sc.most_common(6):
        print("  %2d x %s" % (n, s[:110]))
    probs = _check(arts)
    print("\nproblems:", len(probs))
    for p in probs[:30]:
        print("  ", p)


if __name__ == "__main__":
    _main()
