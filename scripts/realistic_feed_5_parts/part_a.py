#!/usr/bin/env python3
"""Feed 5, writer A: wars, frozen pairs, episode pairs outside their windows,
multilateral round-ups.  Standard library only, fixed seed, deterministic."""

import json
import os
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta

SEED = 5_20261116
R = random.Random(SEED)

P_START = datetime(2026, 11, 16, 0, 0)
P_END = datetime(2026, 11, 29, 23, 59)

WINDOWS = {
    "AFG-PAK": (datetime(2026, 11, 17, 3, 20), datetime(2026, 11, 19, 3, 20)),
    "COL-ECU": (datetime(2026, 11, 18, 14, 5), datetime(2026, 11, 21, 2, 5)),
    "ARM-AZE": (datetime(2026, 11, 19, 9, 0), datetime(2026, 11, 21, 21, 0)),
    "BEN-NER": (datetime(2026, 11, 20, 6, 40), datetime(2026, 11, 22, 18, 40)),
    "CHN-JPN": (datetime(2026, 11, 22, 1, 15), datetime(2026, 11, 24, 13, 15)),
    "DZA-MAR": (datetime(2026, 11, 23, 16, 30), datetime(2026, 11, 26, 4, 30)),
    "ETH-SOM": (datetime(2026, 11, 25, 11, 0), datetime(2026, 11, 27, 23, 0)),
    "IND-CHN": (datetime(2026, 11, 27, 8, 45), datetime(2026, 11, 29, 20, 45)),
}
# margin kept between our articles and a window edge
MARGIN = timedelta(minutes=40)

ALL_PAIRS = ["RUS-UKR", "ISR-LBN", "KOR-PRK", "SRB-HRV", "AZE-IRN", "ARM-AZE",
             "IND-CHN", "AFG-PAK", "COL-ECU", "BEN-NER", "CHN-JPN", "DZA-MAR",
             "ETH-SOM", "DEU-FRA", "ESP-ITA", "CAN-USA", "AUS-IDN", "ARG-BRA",
             "MEX-USA", "KEN-TZA", "GHA-NGA", "FIN-SWE", "QAT-TUR", "CZE-POL",
             "KOR-VNM", "EGY-SAU"]

# ---------------------------------------------------------------------------
# template engine
# ---------------------------------------------------------------------------

_KEY = re.compile(r"\{(\w+)\}")
_ALT = re.compile(r"\[([^\[\]]*)\]")


def pick(seq):
    return R.choice(seq)


def X(s, c):
    """Expand {key} from context c and [a|b|c] alternatives (nested ok)."""
    for _ in range(8):
        changed = False

        def rep(m):
            v = c[m.group(1)]
            if callable(v):
                v = v()
            if isinstance(v, (list, tuple)):
                v = R.choice(v)
            return str(v)

        s2 = _KEY.sub(rep, s)
        if s2 != s:
            changed = True
            s = s2
        s2 = _ALT.sub(lambda m: R.choice(m.group(1).split("|")), s)
        if s2 != s:
            changed = True
            s = s2
        if not changed:
            break
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" ([,.;:!?])", r"\1", s)
    s = s.replace(",,", ",").replace(" ،", "،").strip()
    return cap(s)


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in "“\"‘'(«„—– ":
            return s
    return s


def lower_first(s):
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ“\"(«])|(?<=[.!?]”)\s+(?=[A-ZА-ЯЁ“\"(«])")


def sentences(txt):
    return [p for p in _SPLIT.split(txt) if p.strip()]


# ---------------------------------------------------------------------------
# dates in several languages
# ---------------------------------------------------------------------------

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_RU_ACC = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу",
             "в субботу", "в воскресенье"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WD_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
         "sábado", "domingo"]
WD_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WD_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def date_ctx(d, lang="en"):
    w = d.weekday()
    y = (w - 1) % 7
    c = {"wd": WD_EN[w], "yd": WD_EN[y], "md": "Nov %d" % d.day,
         "mdl": "November %d" % d.day, "day": str(d.day), "hh": d.strftime("%H:%M")}
    if lang == "de":
        c.update(wd=WD_DE[w], yd=WD_DE[y], md="%d. November" % d.day)
    elif lang == "ru":
        c.update(wd=WD_RU_ACC[w], yd=WD_RU_ACC[y], md="%d ноября" % d.day)
    elif lang == "fr":
        c.update(wd=WD_FR[w], yd=WD_FR[y], md="%d novembre" % d.day)
    elif lang == "es":
        c.update(wd=WD_ES[w], yd=WD_ES[y], md="%d de noviembre" % d.day)
    elif lang == "pt":
        c.update(wd=WD_PT[w], yd=WD_PT[y], md="%d de novembro" % d.day)
    elif lang == "ar":
        c.update(wd=WD_AR[w], yd=WD_AR[y], md="%d تشرين الثاني/نوفمبر" % d.day)
    elif lang == "zh":
        c.update(wd=WD_ZH[w], yd=WD_ZH[y], md="11月%d日" % d.day)
    return c


def rint(a, b):
    return R.randint(a, b)


# ---------------------------------------------------------------------------
# outlets
# ---------------------------------------------------------------------------

NG = "Northgate Wire"
BWS = "Brief Wire Service"
AC = "Asia Current"
SM = "The Sahel Monitor"
AP = "Andes Post"
LD = "Levant Dispatch"
EB = "Eurasia Brief"
DR = "The Daily Record"
CMJ = "Capital Markets Journal"
LIVE = "LiveDesk"
PL = "Policy Ledger"
PR = "PR Channel"
CNA = "Crescent News Agency"
DP = "Diario del Pacífico"
EOA = "L'Écho de l'Ouest africain"
ZO = "Zeitspiegel Ost"
MQ = "المشرق اليوم"
KO = "Кавказский обозреватель"
YS = "亚洲时讯"
CS = "Correio do Sul"

LANG = {DP: "es", EOA: "fr", ZO: "de", MQ: "ar", KO: "ru", YS: "zh", CS: "pt"}

REPORTERS = ["Olena Marchenko", "Dara Whitfield", "Samir Haddad", "Lina Farouk",
             "Tomas Reiner", "Priya Raman", "Hamid Qureshi", "Aisha Bello",
             "Jonas Ek", "Carla Mendes", "Kwame Asante", "Yuki Tanabe",
             "Marco Bellini", "Nadia Petrovic", "Ruslan Aliyarov", "Farhad Karimi",
             "Grace Otieno", "Ivan Sokol", "Mei Lin Howard", "Omar Benali",
             "Sebastian Kroll", "Leila Nasser", "Andrei Vasko", "Hana Cho"]
EDITORS = ["Tom Ballard", "Alison Greaves", "Rupert Hale", "Nick Ogden", "Helen Marsh",
           "Gareth Lyle", "Susan Pratt", "Mark Trevena", "Clare Dunmore"]

KICKERS_BY_STORY = {
    "ru_overnight": ["BLITZ!", "NIGHT OF TERROR:", "SKY WAR:", "DRONE HELL:"],
    "ru_citystrike": ["CARNAGE:", "TERROR STRIKE:", "MASSACRE IN THE CITY:"],
    "ru_swap": ["FREED:", "HOME AT LAST:"], "ru_bodies": ["FALLEN HEROES:", "HOME AT LAST:"],
    "ru_front": ["MEAT GRINDER:", "FRONT LINE:"], "ru_shelling": ["UNDER FIRE:"],
    "ru_strike_russia": ["PAYBACK:", "INFERNO:"], "ru_evac": ["GET OUT NOW:", "FLEEING THE GUNS:"],
    "ru_talks": ["DEAD END:", "NO DEAL:"], "ru_sanctions": ["SQUEEZE:"], "ru_accuse": ["WAR OF WORDS:"],
    "ru_casualties": ["DEATH TOLL:"],
    "lb_strikes": ["BOMBS AWAY:", "TERROR FROM THE SKY:"], "lb_drone_car": ["DEATH FROM ABOVE:", "HUNTED:"],
    "lb_rockets": ["ROCKETS FLY:", "SIRENS!"], "lb_evac": ["FLEE NOW:", "RUN FOR IT:"],
    "lb_mediation": ["PEACE PUSH:"], "lb_toll": ["NO WAY HOME:"], "lb_mechanism": ["TRUCE TALKS:"],
    "kp_balloons": ["TRASH ATTACK:", "RUBBISH RAID:"], "kp_gps": ["JAMMED!"], "kp_loud": ["NOISE WAR:"],
    "kp_soldier": ["BORDER DASH:", "WARNING SHOTS:"], "kp_warning": ["PYONGYANG RAGES:", "FURY:"],
    "kp_sport": ["CRUSHED!"],
    "sh_fans": ["FAN WAR:", "THUGS!"], "sh_ban": ["BANNED!", "TURNED AWAY:"], "sh_sport": ["GRUDGE MATCH:"],
    "sh_note": ["ROW ERUPTS:", "BALKAN BUST-UP:"],
    "ap_sport": ["HOWZAT!", "SPIN BLITZ:"], "dm_foot": ["DERBY FEVER:", "WAR ON THE PITCH:"],
}
KICKERS_DEFAULT = ["EXCLUSIVE:", "WAR ZONE:", "TERROR IN THE NIGHT:", "FRONT LINE:",
                   "HELL ON EARTH:", "NO LET-UP:"]


def ng_signoff(c):
    places = c.get("rep_places") or [c.get("dlc", "the capital")]
    n = R.choice([1, 1, 2]) if len(places) > 1 else 1
    reps = R.sample(REPORTERS, n)
    if n == 1:
        s = "Reporting by %s" % reps[0]
    else:
        pl = R.sample(places, min(2, len(places))) if len(places) > 1 else places * 2
        s = "Reporting by %s in %s and %s in %s" % (reps[0], pl[0], reps[1], pl[1])
    if R.random() < 0.3:
        s += "; Writing by %s" % R.choice(REPORTERS)
    s += "; Editing by %s" % R.choice(EDITORS)
    return "(" + s + ")"


def fmt_article(outlet, st, units, c, pub):
    """Turn a list of units (strings, 1+ sentences) into (title, text)."""
    title = c.get("_title") or choose_title(st, c)
    c["_title"] = title
    if outlet == NG:
        sents = []
        for u in units:
            sents.extend(sentences(u))
        sents[0] = "%s, %s (Northgate) - %s" % (c["dl"].upper(), c["md"], sents[0])
        text = "\n\n".join(sents + [ng_signoff(c)])
    elif outlet == BWS:
        alls = []
        for u in units:
            alls.extend(sentences(u))
        sents = alls[:3]
        if len(" ".join(sents)) < 330 and len(alls) > 3:
            rest = sorted(alls[1:], key=len, reverse=True)[:2]
            sents = [alls[0]] + [x for x in alls[1:] if x in rest]
        if len(" ".join(sents)) < 310 and len(alls) > 3:
            sents = alls[:4]
        lead = "%s (BWS) -- %s" % (c["dl"].title() if c["dl"].isupper() else c["dl"], sents[0])
        rest = " ".join(sents[1:])
        text = lead + ("\n\n" + rest if rest else "")
    elif outlet == DR:
        kick = pick(KICKERS_BY_STORY.get(st.get("id")) or c.get("kickers") or KICKERS_DEFAULT)
        if ": " in title:
            title = title.split(": ", 1)[1]
        title = kick + " " + title[:1].upper() + title[1:]
        sents = []
        for u in units:
            sents.extend(sentences(u))
        text = "\n\n".join(sents)
    elif outlet == YS:
        paras = [units[0]]
        rest = units[1:]
        while rest:
            paras.append("".join(rest[:2]))
            rest = rest[2:]
        text = "\n\n".join(paras)
    else:
        text = "\n\n".join(units)
    return title, text


# ---------------------------------------------------------------------------
# article assembly
# ---------------------------------------------------------------------------

_TAG = re.compile(r"^@([\w,]+):")


def split_tag(s):
    m = _TAG.match(s)
    if m:
        return set(m.group(1).split(",")), s[m.end():]
    return None, s


def compatible(vtag, ltag):
    if vtag is None:
        return True
    if ltag is None:
        return False
    return bool(vtag & ltag)


USED = set()


def pick_fresh(cands, key):
    fresh = [x for x in cands if (key, x) not in USED]
    x = pick(fresh or cands)
    USED.add((key, x))
    return x


def choose_lead(st, c):
    tag, txt = split_tag(pick_fresh(st["lead"], st["id"]))
    c["_tag"] = tag
    return X(txt, c)


def choose_title(st, c):
    ltag = c.get("_tag")
    cands = [t for t in st["titles"] if compatible(split_tag(t)[0], ltag)]
    if ltag is not None:
        tagged = [t for t in cands if split_tag(t)[0] is not None]
        if tagged and R.random() < 0.8:
            cands = tagged
    if not cands:
        cands = st["titles"]
    return X(split_tag(pick_fresh(cands, st["id"] + "/t"))[1], c)


def choose_variant(slot, c):
    cands = [v for v in slot if compatible(split_tag(v)[0], c.get("_tag"))]
    if not cands:
        return ""
    return split_tag(pick(cands))[1]


def build_units(st, c, pool, want_bg=None):
    units = [choose_lead(st, c)]
    for slot in st.get("slots", []):
        s = choose_variant(slot, c)
        if s:
            units.append(X(s, c))
    qs = st.get("quotes") or pool.get("quotes") or []
    qs = [q for q in qs if split_tag(q)[0] is None or st["id"] in split_tag(q)[0]]
    if qs and R.random() < st.get("q", 0.6) and st["kind"] not in ("business", "history", "sport"):
        pos = min(len(units), R.choice([1, 2, 2, 3]))
        units.insert(pos, X(split_tag(pick(qs))[1], c))
    bgp = st.get("bg", 0.45) if want_bg is None else (1.0 if want_bg else 0.0)
    if pool.get("bg") and R.random() < bgp:
        units.append(X(pick(pool["bg"]), c))
    return units


def fit(outlet, st, units, c, pub, pool):
    title, text = fmt_article(outlet, st, units, c, pub)
    tries = 0
    while len(text) > 1200 and len(units) > 2 and tries < 10:
        units = units[:-2] + units[-1:] if len(units) > 3 and R.random() < 0.5 else units[:-1]
        title, text = fmt_article(outlet, st, units, c, pub)
        tries += 1
    tries = 0
    extra = list(pool.get("bg") or []) + [x for x in (pool.get("filler") or []) if x not in (pool.get("bg") or [])]
    R.shuffle(extra)
    while len(text) < 300 and tries < 8 and extra:
        cand = X(extra.pop(), c)
        if cand in units:
            continue
        units = units + [cand]
        title, text = fmt_article(outlet, st, units, c, pub)
        tries += 1
    return title, text


# ===========================================================================
# RUS-UKR
# ===========================================================================

UA_CITIES = [("Kharkiv", "Kharkiv"), ("Zaporizhzhia", "Zaporizhzhia"), ("Odesa", "Odesa"),
             ("Dnipro", "Dnipropetrovsk"), ("Sumy", "Sumy"), ("Kryvyi Rih", "Dnipropetrovsk"),
             ("Chernihiv", "Chernihiv"), ("Poltava", "Poltava"), ("Kherson", "Kherson"),
             ("Mykolaiv", "Mykolaiv"), ("Kyiv", "Kyiv"), ("Lviv", "Lviv"),
             ("Kremenchuk", "Poltava"), ("Izmail", "Odesa"), ("Bila Tserkva", "Kyiv"),
             ("Shostka", "Sumy"), ("Pavlohrad", "Dnipropetrovsk"), ("Konotop", "Sumy"),
             ("Vinnytsia", "Vinnytsia"), ("Ternopil", "Ternopil")]
UA_GOV = {"Kharkiv": "Oleh Rudenko", "Zaporizhzhia": "Ivan Fedchenko", "Odesa": "Serhiy Lysak-Bondar",
          "Dnipropetrovsk": "Vitaliy Hordiienko", "Sumy": "Oleksandr Voronko", "Chernihiv": "Viacheslav Chaus-Ivanov",
          "Poltava": "Volodymyr Kohut", "Kherson": "Roman Mrochko-Shevchuk", "Mykolaiv": "Vitaliy Kimenko",
          "Kyiv": "Mykola Kalashnyk-Bilyi", "Lviv": "Maksym Kozytskyi-Hrab", "Vinnytsia": "Natalia Zabolotna-Kril",
          "Ternopil": "Vyacheslav Nehoda-Lutsiv", "Donetsk": "Vadym Filashkin-Oros"}
UA_TARGETS = ["an energy facility", "a thermal power plant", "a gas compressor station",
              "port infrastructure", "a grain terminal", "a railway junction", "an electricity substation",
              "an industrial enterprise", "a fuel depot", "a logistics warehouse", "a district heating plant",
              "a bus depot"]
FRONT = ["Pokrovsk", "Kostiantynivka", "Kupiansk", "Huliaipole", "Siversk", "Lyman",
         "Dobropillia", "Orikhiv", "Vovchansk", "Borova", "Druzhkivka", "Myrnohrad"]
VILLAGES_UA = ["Novopavlivka", "Zelenyi Hai", "Poltavka", "Ivanivka", "Petropavlivka",
               "Novoivanivka", "Stepove", "Andriivka", "Sukhyi Yar", "Berestok", "Shevchenko",
               "Novomykolaivka", "Yablunivka", "Mala Tokmachka"]
RU_REGIONS = ["Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Saratov", "Volgograd",
              "Krasnodar", "Samara", "Ryazan", "Tambov", "Oryol", "Lipetsk", "Tula"]
RU_REFINERY = ["Ryazan", "Saratov", "Volgograd", "Syzran", "Tuapse", "Novokuibyshevsk",
               "Kstovo", "Afipsky"]
UA_MIL_SPOX = ["Yurii Dovhal", "Nazar Voloshyn-Pak", "Viktor Trehubov-Lenko", "Dmytro Pletenchuk-Rai",
               "Andrii Kovalenko-Sirko", "Serhiy Bratchuk-Nem"]
RU_OFFICIALS = ["Vyacheslav Gladkov-Orlov", "Alexander Khinshtein-Belov", "Alexander Bogomaz-Lesin",
                "Vasily Golubev-Tarin", "Roman Busargin-Volk"]
UA_ANALYSTS = ["Mykola Bielieskov-Hart", "Iryna Pavlenko", "Taras Zhovtenko"]


def ctx_rus_ukr(d):
    c = base_ctx(d)
    city, region = pick(UA_CITIES)
    launched = rint(44, 176)
    down = launched - rint(4, max(7, launched // 5))
    c.update(city=city, region=region, gov=UA_GOV.get(region, "Ihor Taranenko"),
             launched=launched, down=down, hits=launched - down - rint(0, 3),
             nlocs=rint(4, 15), nregions=rint(5, 11), missiles=rint(2, 9),
             mdown=0, inj=rint(2, 17), killed=rint(2, 5), floor=pick(["five", "nine", "nine", "12", "16"]),
             target=pick(UA_TARGETS), k=rint(12, 90), front=pick(FRONT),
             front2=pick(FRONT), village=pick(VILLAGES_UA), rureg=pick(RU_REGIONS),
             rureg2=pick(RU_REGIONS), refinery=pick(RU_REFINERY), clashes=rint(118, 236),
             rudrones=rint(28, 140), spox=pick(UA_MIL_SPOX), ruoff=pick(RU_OFFICIALS),
             swap=pick([84, 103, 150, 185, 205, 246]), bodies=pick(["909", "1,000", "1,012", "1,160"]),
             rubodies=pick([24, 31, 38, 43]), evac="{:,}".format(rint(180, 1400)), children=rint(20, 160),
             dl=pick(["KYIV", "KYIV", "KYIV", "KHARKIV", "ZAPORIZHZHIA", "ODESA", "DNIPRO"]),
             kickers=["KREMLIN'S WAR:", "NO MERCY:", "WAR WITHOUT END:", "FROZEN OUT:"])
    c["mdown"] = rint(0, c["missiles"])
    c["rureg"], c["rureg2"] = R.sample(RU_REGIONS, 2)
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Kyiv", "Moscow", "Kharkiv", "London", "Brussels"]
    c["drones"] = ["drones", "attack drones", "Shahed-type drones", "long-range drones", "strike drones"]
    c["ua"] = ["Ukraine", "Kyiv", "Ukrainian officials"]
    c["ru"] = ["Russia", "Moscow", "Russian forces"]
    return c


RU_UA_BG = [
    "Russia launched its full-scale invasion of Ukraine in February 2022, eight years after it seized and annexed Crimea.",
    "The war, now in its fifth year, has killed tens of thousands of soldiers and civilians and displaced millions of Ukrainians.",
    "Fighting in the Donbas dates back to 2014, when Moscow-backed separatists seized administrative buildings in Donetsk and Luhansk.",
    "A Ukrainian counteroffensive in the summer of 2023 failed to break through dense Russian minefields in the south.",
    "Ukrainian troops pushed into Russia's Kursk region in August 2024, an incursion Moscow said it had fully repelled the following spring.",
    "Russia began systematically targeting Ukraine's power grid in October 2022, and the strikes have returned every autumn since.",
    "Rounds of direct talks in Istanbul in 2025 produced the largest prisoner exchanges of the war but no ceasefire.",
    "Ukraine reopened a Black Sea shipping corridor in 2023 after pushing Russia's fleet back from its western coast.",
    "Russia currently occupies just under a fifth of Ukraine's internationally recognised territory, according to Ukrainian and Western estimates.",
    "Since the winter of 2022, Ukrainian cities have lived with rolling blackouts whenever the grid takes heavy damage.",
    "The front line, more than 1,000 km long, has moved only slowly since the battles for Bakhmut and Avdiivka in 2023 and 2024.",
]

RU_UA_QUOTES = [
    "@ru_overnight,ru_citystrike,ru_accuse:“They choose the coldest nights to hit the grid. This is deliberate,” {spox}, a spokesman for Ukraine's air force, told local television.",
    "@ru_front,ru_evac:“The situation near {front} remains difficult, but our units are holding their positions,” {spox} said on {wd}.",
    "@ru_overnight,ru_citystrike,ru_shelling:“Every night we hear the drones. You learn the sound, you learn where to hide,” said a {city} resident who gave only her first name, Halyna.",
    "@ru_overnight,ru_citystrike:“Our air defence worked well, but the numbers keep growing and we need more interceptors,” {gov}, head of the {region} regional administration, said.",
    "@ru_strike_russia,ru_accuse:“We will continue to respond to every attack on our infrastructure,” Ukraine's foreign minister wrote on social media.",
    "@ru_talks,ru_accuse,ru_sanctions:“The special military operation will continue until its objectives are achieved,” the Kremlin's spokesman told reporters on {wd}.",
    "@ru_talks,ru_sanctions,ru_swap,ru_bodies:“There is no real negotiating track at the moment, only statements,” a European diplomat said, speaking on condition of anonymity.",
    "@ru_front,ru_evac,ru_shelling:“People are tired, but nobody here is talking about giving up,” said a volunteer driver delivering water to {front}.",
    "@ru_strike_russia:“Drone debris fell in a residential area; there are no casualties,” the governor of Russia's {rureg} region, {ruoff}, wrote on Telegram.",
    "@ru_overnight,ru_citystrike:“We count the drones the way other people count the days,” a {city} pensioner said outside her damaged building.",
]

RU_UA_EN = [
    dict(id="ru_overnight", kind="war", time=(4, 10), w=3.0,
         titles=["Ukraine says it downed {down} of {launched} Russian drones overnight",
                 "Russia launches {launched} drones at Ukraine overnight, {down} shot down - air force",
                 "@c:Overnight drone attack hits {city}; air defences down {down} of {launched}",
                 "Air defences intercept most of {launched} drones fired at Ukraine",
                 "@c:{city} hit as Russia sends {launched} drones across Ukraine",
                 "Ukrainian air force reports {down} drones downed, hits in {nlocs} locations",
                 "@c:Drone raid damages {target} in {region} region",
                 "@c:Russia keeps up nightly drone attacks; {city} counts damage"],
         lead=["Ukraine's air force said on {wd} it had shot down {down} of {launched} drones launched by Russia overnight, with hits recorded in {nlocs} locations.",
               "Russia attacked Ukraine overnight with {launched} {drones}, Ukraine's air force said on {wd}, adding that air defence units had [downed|shot down|neutralised] {down} of them.",
               "[Russian forces|Moscow] [fired|launched|sent] {launched} {drones} at Ukraine [overnight|in the early hours of {wd}], the Ukrainian air force said, reporting that {down} were [shot down|downed|intercepted or jammed].",
               "Air defence units in {nregions} regions [worked through the night|were in action for hours] as Russia sent {launched} drones toward Ukrainian cities, military officials said on {wd}; {down} were reported destroyed.",
               "@c:A Russian drone attack before dawn on {wd} [damaged|struck|hit] {target} in {city}, local officials said, as Ukraine's air force reported downing {down} of {launched} drones nationwide.",
               "@c:{city} [woke to|spent the night under] [air raid sirens|repeated air alerts] as Russia launched {launched} drones at Ukraine; the air force said {down} were [shot down|neutralised by electronic warfare or shot down].",
               "Ukrainian air defences [destroyed|brought down] {down} drones over the north, east and south of the country overnight, the air force said in its morning statement, out of {launched} launched from Russian territory and occupied Crimea.",
               "Russia [pressed on with|kept up] its near-nightly drone campaign, sending {launched} drones against Ukraine overnight into {wd}; the air force said {down} were downed and {hits} reached their targets.",
               "Russia fired {missiles} missiles and {launched} drones at Ukraine overnight, the air force said on {wd}, saying it had intercepted {mdown} of the missiles and {down} of the drones."],
         slots=[
             ["In {city}, [a {floor}-storey apartment block|a private house|a warehouse|a kindergarten building|a petrol station|a shopping centre] was damaged and {inj} people were injured, [regional governor {gov}|the head of the regional military administration, {gov},] said [on Telegram|in a statement].",
              "A fire broke out at {target} in the {region} region after [debris from a downed drone fell|drones struck] [shortly after 0200 local time|before dawn|around 0300 local time], the State Emergency Service said, adding that [the blaze was put out by morning|firefighters worked for several hours].",
              "Power was cut to about {k},000 households in the {region} region after [an energy facility|a substation|a gas infrastructure site] was hit, the regional power company said; [repairs were under way|crews were working to restore supplies].",
              "In {city}, {inj} people, [including a child|among them a teenager|two of them elderly], were injured and one person was killed, [officials said|according to local authorities].",
              "The heaviest damage was reported in the {region} region, where [windows were blown out in dozens of flats|a railway depot was struck|a grain store burned|a logistics terminal caught fire].",
              "There were no immediate reports of deaths, but {inj} people were hurt and [several cars and garages were burned|a school gym was damaged], [officials|the city's mayor] said."],
             ["The air force said mobile fire groups and interceptor drones accounted for [a large share|much] of the interceptions, [a tactic Kyiv has expanded|a method Ukraine now leans on heavily] to save costly missiles.",
              "Russia has launched more than [four|five] thousand drones at Ukraine since the start of November, according to a tally based on air force data.",
              "Kyiv [has repeatedly urged|keeps urging] Western partners to [speed up deliveries of|send more] air defence systems as temperatures fall, saying Moscow is trying to wear down the power grid before winter.",
              "Russia's defence ministry [did not comment on the strikes|made no mention of the raid] but said its forces had hit [military-industrial|energy] facilities “used by the Ukrainian army”.",
              "Moscow denies targeting civilians and says its strikes are aimed at military and energy infrastructure.",
              "Ukrainian officials say the raids have grown [larger|more frequent] over the autumn, with a hundred or more drones on many nights.",
              "[Separately|Elsewhere], Russia's defence ministry said its air defences had downed {rudrones} Ukrainian drones over the {rureg} and {rureg2} regions overnight.",
              ""],
         ]),
    dict(id="ru_citystrike", kind="war", time=(7, 20), w=1.6,
         titles=["Russian strike on {city} kills {killed}, injures {inj}",
                 "{killed} killed as Russian missiles hit {city}",
                 "Missile attack on {city} leaves {killed} dead, officials say",
                 "Russian glide bombs hit {city} suburbs; casualties reported",
                 "Deadly strike on {city} as Russia targets Ukrainian cities",
                 "{city} mourns after Russian attack on residential area"],
         lead=["A Russian [missile|ballistic missile|glide bomb] strike on {city} on {wd} killed {killed} people and injured {inj}, [regional officials|the local military administration] said.",
               "{killed} people were killed and {inj} wounded when Russian [missiles|drones|guided bombs] hit [a residential district|an industrial area|the centre] of {city} on {wd}, [Ukrainian officials said|the regional governor said].",
               "Russia [struck|hit|attacked] {city} with [missiles|drones and missiles|guided aerial bombs] on {wd}, killing {killed} [civilians|people] and damaging [apartment buildings|a hospital|a school|shops and homes], [the city's mayor|{gov}, the regional governor,] said.",
               "Rescue workers in {city} [searched the rubble|pulled survivors from a damaged building] on {wd} after a Russian strike that [killed {killed} people|left {killed} dead and {inj} injured], [officials said|according to emergency services]."],
         slots=[
             ["[Photographs|Images] released by the State Emergency Service showed [firefighters|rescuers] working at [a gutted building|a blackened car park|a collapsed section of a block of flats].",
              "Among the wounded were [two children|a pregnant woman|several elderly residents], [the regional administration said|officials said], and [{inj} people remained in hospital|some were in serious condition].",
              "The strike [hit|came] [during the morning rush hour|shortly after an air alert sounded|minutes after the siren], leaving residents little time to reach shelters, witnesses said.",
              "[The city council|The regional administration] declared a day of mourning and said [temporary housing would be offered to residents of the damaged buildings|{k} families from the damaged buildings had been registered for temporary housing].",
              "[Officials|Police] said [{floor} buildings|dozens of flats|a medical clinic] had been damaged, and that [investigators were collecting fragments of the missile|prosecutors had opened a war crimes case]."],
             ["{city} [is|has been] hit [almost daily|several times a week] [in recent weeks|this autumn] by [glide bombs|drones|missiles], [local officials say|according to local authorities].",
              "Russia's defence ministry said it had carried out [a precision strike|strikes] on [Ukrainian military targets|a weapons depot|a command post] in the area, a claim that could not be independently verified.",
              "Moscow says it does not target civilians, but [its strikes have|the strikes have] repeatedly hit residential areas across Ukraine.",
              "The attack came as [air raid alerts sounded across much of eastern Ukraine|Ukraine reported heavy fighting on the eastern front]."],
         ]),
    dict(id="ru_front", kind="war", time=(6, 21), w=2.2,
         titles=["@gs:Heaviest fighting near {front}, Ukraine's General Staff says",
                 "@cap:Russia claims capture of {village}; Kyiv says fighting continues",
                 "@gs:Ukraine reports {clashes} clashes along front line in 24 hours",
                 "@rep:Ukrainian troops repel assaults near {front} and {front2}",
                 "Russian forces press on near {front}, Ukrainian military says",
                 "@gs:Front line: {clashes} combat engagements recorded, Kyiv says",
                 "@cap:Moscow says troops take {village}; Ukraine reports assaults repelled"],
         lead=["@gs:Ukraine's General Staff said on {wd} there had been {clashes} combat clashes along the front in the past 24 hours, with [the heaviest|the most intense] fighting near {front}.",
               "@cap:Russia's defence ministry said on {wd} its forces had taken control of the village of {village} [in the Donetsk region|in the Zaporizhzhia region|near {front}], a claim Ukraine's military [did not confirm|said was false|disputed].",
               "@rep:Ukrainian troops repelled [dozens of|{k}] Russian assaults near {front} and {front2} over the past day, the General Staff said in its [evening|morning] report on {wd}.",
               "Russian forces [kept up|continued] [infantry|small-group] assaults around {front} on {wd}, [Ukraine's military said|according to Ukrainian commanders], using [motorbikes|buggies|armoured vehicles] to try to slip through Ukrainian lines.",
               "Fighting [remained heavy|raged] around {front} on {wd}, Ukraine's military said, as Russian troops tried to [push into the outskirts|cut supply roads|advance in small groups] under cover of [fog|bad weather|drones].",
               "@gs:[Kyiv|Ukraine's military] said on {wd} that its forces had [stopped|repelled|beaten back] {k} Russian attacks in the {front} sector alone in the past day, out of {clashes} clashes recorded along the entire front."],
         slots=[
             ["[A spokesman for the army group in the area|{spox}, a military spokesman,] said Russian units were [trying to infiltrate|sending small assault teams into] the town [in groups of two or three|at night], and that [drones now dominated the battlefield|both sides relied heavily on drones].",
              "Ukraine's military said it had [destroyed|hit] [tanks, artillery systems and {k} drone launch sites|{k} vehicles and several ammunition dumps] over the past day, figures that could not be verified.",
              "[Russian war bloggers|Pro-Kremlin military bloggers] said Russian units had advanced [several hundred metres|up to a kilometre] near {front2}, but [Ukrainian officials said the line was holding|the claim could not be confirmed].",
              "Neither side's battlefield claims could be independently verified, and both routinely exaggerate the other's losses.",
              "The General Staff's figures for Russian losses, [about {k}0 troops|more than a thousand soldiers] in a day, could not be independently confirmed; Moscow does not publish its own casualty figures.",
              "Russia's defence ministry said its forces had inflicted losses of [up to|about] {k}0 soldiers on Ukrainian units [in the {front} direction|in the east] over the past day."],
             ["[Military analysts|Independent analysts] say Russia has gained ground slowly [this autumn|in recent months] at a high cost, without a breakthrough.",
              "[Civilians|Residents] in nearby towns [continue to leave|are being urged to leave] as the fighting [creeps closer|edges nearer].",
              "Ukraine [has struggled|is struggling] to [rotate exhausted troops|replenish infantry units] and has [expanded|stepped up] recruitment [campaigns|drives] for younger volunteers.",
              "Both sides [use|have increasingly used] fibre-optic drones that cannot be jammed, making [supply runs|evacuation of the wounded] near the front [extremely dangerous|a daily gamble].",
              ""],
         ]),
    dict(id="ru_shelling", kind="war", time=(7, 21), w=1.2,
         titles=["@kh:Russian shelling of Kherson wounds civilians", "@nik:Nikopol shelled again, officials say",
                 "@kh:Shelling hits Kherson region villages", "@kh:Civilians hurt as Russian drones and artillery hit Kherson",
                 "@kh:Kherson under fire as shelling continues"],
         lead=["@kh:Russian [artillery|shelling] and [drone attacks|drone drops] on the Kherson region injured {inj} people on {wd}, the regional administration said, [listing|naming] {k} settlements that came under fire.",
               "@kh:[Russian forces|Russian troops] on the left bank of the Dnipro [shelled|fired on] Kherson and nearby villages {k} times [over the past day|in 24 hours], officials said on {wd}.",
               "@nik:The city of Nikopol, across the Dnipro from the Russian-held Zaporizhzhia nuclear plant, was shelled [again|repeatedly] on {wd}, [injuring {inj} people|damaging homes and a power line], the Dnipropetrovsk regional governor said.",
               "@kh:Russian [drones|artillery] [hit|targeted] [a bus stop|a market|a humanitarian aid point|a residential street] in Kherson on {wd}, wounding {inj} [civilians|people], local officials said."],
         slots=[
             ["Kherson was recaptured by Ukrainian forces in November 2022, [but Russian troops dug in on the opposite bank shell it|and since then Russian troops dug in on the opposite bank have shelled it] almost every day.",
              "[Residents|Locals] say drones [hunting|chasing] cars and pedestrians have made some streets [near the river|in the Korabel district] no-go areas.",
              "[Officials|The regional administration] said [{k} homes|a high-rise building|gas pipelines] had been damaged, and urged residents to [limit movement|stay in shelters] during alerts.",
              "[The International Atomic Energy Agency|IAEA monitors] at the [Zaporizhzhia plant|nearby nuclear plant] have repeatedly warned about [military activity|shelling] in the area.",
              ""],
         ]),
    dict(id="ru_strike_russia", kind="war", time=(5, 14), w=1.3,
         titles=["@ref:Ukrainian drones hit {refinery} oil refinery, Russian officials say",
                 "@down:Russia says it downed {rudrones} Ukrainian drones overnight",
                 "@ref:Fire at {refinery} refinery after drone attack",
                 "@air:Drone attack disrupts flights at Russian airports",
                 "@gs:Ukraine says it struck Russian military-linked sites"],
         lead=["@down:Russia's defence ministry said on {wd} its air defences had [intercepted|destroyed] {rudrones} Ukrainian drones overnight over [the {rureg} and {rureg2} regions|several regions, including {rureg}].",
               "@ref:A fire broke out at an oil refinery in {refinery} after a Ukrainian drone attack overnight, [local officials|the regional governor] said on {wd}, adding that there were no casualties.",
               "@gs:Ukraine's General Staff said on {wd} its forces had struck [an oil refinery in {refinery}, part of a campaign aimed at Russia's fuel supply|a fuel depot in the {rureg} region, in what it called a strike on the Russian army's logistics|an ammunition depot in the {rureg} region that it said supplied Russian troops].",
               "@air:[Several Russian airports|Airports in southern Russia] [suspended|restricted] flights overnight into {wd} as [Ukrainian drones|drones] [approached|were reported over] the region, Russia's aviation authority said; {rudrones} drones were downed, according to the defence ministry."],
         slots=[
             ["{ruoff}, the governor of the {rureg} region, said drone debris had [damaged a house|broken windows in a block of flats|injured {killed} people] but that [the situation was under control|emergency services were at the scene].",
              "Kyiv says the [refineries and depots|energy sites] it targets supply the Russian military and [calls the strikes|describes the strikes as] a legitimate response to Russian attacks on Ukraine's grid.",
              "[Ukraine has stepped up|Kyiv has intensified] long-range drone strikes on Russian refineries [this year|since the summer], [contributing to|adding to] [fuel shortages|price spikes for petrol] in some Russian regions.",
              "[The extent of the damage|Output losses at the plant] could not be immediately verified."],
         ]),
    dict(id="ru_evac", kind="war", time=(8, 19), w=0.9,
         titles=["@ord:Ukraine orders evacuation of families from front-line villages",
                 "@don:Evacuations expand in Donetsk region as fighting edges closer",
                 "@num:{evac} evacuated from front-line areas in a week, officials say",
                 "@ord:Families with children told to leave villages near {front}",
                 "@reg:Authorities widen evacuation zone near Russian border"],
         lead=["@ord:Ukrainian authorities [ordered|announced] the mandatory evacuation of families with children from {k} villages [near {front}|in the Donetsk region] on {wd}, [citing|as] [constant shelling|Russian drones and shelling intensify].",
               "@num:[About|More than] {evac} people have been evacuated from front-line areas of the [Donetsk|Kharkiv|Dnipropetrovsk] region over the past week, [officials|regional authorities] said on {wd}, including {children} children.",
               "@don:Volunteers and police [continued to|kept working to] evacuate elderly residents from [towns|villages] around {front} on {wd}, as [the fighting drew closer|Russian drones hit roads leading out of the area].",
               "@reg:The {region} regional administration said on {wd} it was expanding the evacuation zone near the Russian border, [adding {k} settlements to the list|urging remaining residents to leave]."],
         slots=[
             ["[Evacuees|Those leaving] are taken to [transit centres|a reception centre] in [Pavlohrad|Dnipro|Kharkiv|Zaporizhzhia] before being [resettled in central and western Ukraine|moved to temporary housing].",
              "[Many|Some] older residents [refuse to leave|are reluctant to leave their homes], [officials say|police said], despite [the lack of electricity and water|daily shelling].",
              "[The|Regional] officials said [armoured vehicles|specially equipped minibuses] were used for [the last stretch|parts of the route] because of the risk from [drones|first-person-view drones].",
              "[Aid groups|Humanitarian organisations] said the evacuations were [straining|stretching] [shelters|housing] in [receiving towns|cities further west] as winter approaches."],
         ]),
    dict(id="ru_casualties", kind="war", time=(8, 18), w=0.6,
         titles=["UN says civilian casualties in Ukraine remained high in October",
                 "Civilian deaths in Ukraine rise as drone attacks spread, monitors say",
                 "Ukraine war: monitors count civilian toll for autumn months"],
         lead=["[At least|More than] [150|170|190|210] civilians were killed and [over|about] [800|900|1,000] injured in Ukraine in October, the UN human rights monitoring mission said in a [monthly|regular] update released on {wd}.",
               "The UN's human rights monitors said on {wd} that civilian casualties in Ukraine had [stayed high|remained at a high level] through the autumn, driven by [short-range drones|long-range missile and drone attacks] and glide bombs.",
               "Civilian casualties from Russian attacks on Ukrainian cities [remained high|did not ease] in October, [according to figures|according to a report] released on {wd} by [the UN monitoring mission|a UN human rights mission]."],
         slots=[
             ["[Most|The majority] of the casualties occurred in [government-controlled|Ukrainian-held] territory, [the report said|the mission said], [notably|mainly] in the Donetsk, Kharkiv, Kherson and Zaporizhzhia regions.",
              "The mission said short-range drones were [now|increasingly] the [leading|main] cause of civilian deaths near the front line, [ahead of|overtaking] artillery.",
              "The mission [noted|said] that its figures were [likely an undercount|conservative] because it could not access [areas under Russian occupation|some front-line towns]."],
             ["Russia says it does not target civilians. Ukraine accuses Moscow of [deliberately|systematically] attacking residential areas and [energy infrastructure|the power grid].",
              "The UN has verified [more than|over] 14,000 civilian deaths since February 2022, while saying the actual number is [likely|probably] considerably higher.",
              ""],
         ]),
    dict(id="ru_swap", kind="war", time=(10, 19), w=0.0,
         titles=["Russia and Ukraine swap {swap} prisoners each", "Ukraine brings home {swap} soldiers in prisoner exchange",
                 "Prisoner swap: {swap} Ukrainians return home", "Russia, Ukraine carry out prisoner exchange mediated by the UAE"],
         lead=["Russia and Ukraine [exchanged|swapped] {swap} prisoners of war each on {wd}, [both sides said|officials in Moscow and Kyiv said], in [the latest|another] exchange mediated by the United Arab Emirates.",
               "A total of {swap} Ukrainian servicemen returned home on {wd} in a prisoner exchange with Russia, Ukraine's coordination headquarters for prisoners of war said, [with Moscow saying|while Moscow said] it had received the same number.",
               "Ukraine and Russia carried out a prisoner swap on {wd}, bringing home {swap} [soldiers|servicemen] to each side, [Russia's defence ministry said|officials said], [in a rare example of cooperation|in one of the few areas where the two sides still cooperate]."],
         slots=[
             ["Among those freed were [defenders of Mariupol|soldiers captured in 2022|wounded servicemen|several national guardsmen], [the Ukrainian coordination headquarters said|officials said].",
              "[Images released by Kyiv|Video released by Ukrainian officials] showed [men wrapped in blue-and-yellow flags|thin, shaven-headed men stepping off buses] near the border with Belarus.",
              "Russia's defence ministry said its returning soldiers were [in Belarus|being taken to Belarus] and would be [flown to Moscow|transported] for [medical treatment|rehabilitation]."],
             ["The exchanges [have continued despite the stalling of broader peace talks|are one of the few channels to have survived as broader peace talks stalled].",
              "The two sides carried out [several large|a series of large] exchanges in 2025 after direct talks in Istanbul, [the only concrete result of those meetings|one of the few concrete results of that process].",
              "Ukraine says [thousands|several thousand] of its soldiers and civilians remain in Russian captivity."],
         ]),
    dict(id="ru_bodies", kind="war", time=(10, 19), w=0.0,
         titles=["Ukraine receives {bodies} bodies of soldiers from Russia",
                 "Russia hands over {bodies} bodies in repatriation exchange",
                 "Bodies of fallen soldiers repatriated in latest exchange"],
         lead=["Ukraine received the bodies of {bodies} people that Russia says are Ukrainian soldiers, [Kyiv's coordination headquarters for prisoners of war|Ukrainian officials] said on {wd}, while returning {rubodies} bodies to Moscow.",
               "Russia [handed over|returned] {bodies} bodies to Ukraine on {wd} and received {rubodies} in return, [a Russian lawmaker involved in the process|officials on both sides] said, the latest in a series of repatriations.",
               "[The bodies of|Remains said to be those of] {bodies} fallen Ukrainian soldiers were repatriated on {wd}, Ukraine's government said, in an exchange that also saw {rubodies} bodies returned to Russia."],
         slots=[
             ["[Forensic experts|Investigators] will now [work to identify|begin identifying] the remains, a process that can take [weeks or months|many months], the Ukrainian side said.",
              "[The repatriations|Such exchanges] are [conducted|organised] with the help of the International Committee of the Red Cross [on the Belarus border|along the border].",
              "[The imbalance in the numbers|The lopsided figures] reflect[s] [the front line's movement|which side holds the ground where soldiers fell], officials [say|have said]."],
         ]),
    dict(id="ru_talks", kind="war", time=(9, 21), w=1.0,
         titles=["@kr:Kremlin says no date set for new talks with Ukraine",
                 "Peace efforts stall as Moscow and Kyiv trade blame",
                 "@ua:Ukraine accuses Russia of dragging out talks", "@ua:Kyiv says Moscow stalling peace efforts while stepping up strikes",
                 "No breakthrough in sight on Ukraine ceasefire, diplomats say",
                 "Mediators see little movement on Russia-Ukraine talks",
                 "@kr2:Kremlin: conditions for ceasefire 'not yet in place'"],
         lead=["@kr:The Kremlin said on {wd} there was no date for a new round of talks with Ukraine, [accusing Kyiv of|blaming Kyiv for] [stalling|putting forward unacceptable conditions].",
               "@ua:Ukraine's foreign minister accused Moscow on {wd} of [dragging out|stalling] peace efforts [while escalating|even as it steps up] its [air war|strikes on cities], [in a speech|at a news conference] in Kyiv.",
               "[Efforts to arrange|Hopes for] a new round of Russia-Ukraine talks [showed no sign of progress|remained stalled] on {wd}, [diplomats said|officials in several capitals said], [with each side accusing the other of bad faith|as fighting continued unabated].",
               "[Mediators|Diplomats involved in the contacts] said on {wd} that technical-level contacts between Moscow and Kyiv [had produced little|were limited to prisoner and body exchanges], with [no agreement on|no movement on] a ceasefire.",
               "@kr2:The Kremlin's spokesman said on {wd} that Moscow remained “open to a political settlement” but that [a ceasefire was impossible|conditions for a truce did not yet exist] without [guarantees|Kyiv accepting what he called realities on the ground]."],
         slots=[
             ["Kyiv [insists|says] any [talks|ceasefire] must start from the current front line and be backed by [security guarantees|Western security guarantees], [demands Moscow rejects|while Russia demands Ukraine withdraw from parts of the Donetsk region].",
              "[Ukraine's president|The Ukrainian president] said [late on {yd}|in his nightly video address] that Russia “[is not preparing for peace|only wants a pause to regroup]” and called for [more pressure on Moscow|tougher sanctions].",
              "[Russian officials|Moscow] [have repeatedly said|insist] that [the root causes of the conflict|NATO's expansion] must be addressed before any [settlement|deal].",
              "[A senior European official|One Western diplomat] said the two sides' positions were “[as far apart as they were a year ago|essentially unchanged]”."],
             ["The last direct talks, in Istanbul, [ended with|produced] agreements on prisoner swaps but [no ceasefire|nothing on the front line].",
              "[Turkey has|The Vatican has|Gulf states have] offered to host [further|new] talks.",
              "",
              ""],
         ]),
    dict(id="ru_sanctions", kind="war", time=(9, 19), w=0.7,
         titles=["@eu:EU envoys discuss new sanctions package against Russia",
                 "@uk:Britain sanctions shadow fleet tankers, Russian suppliers",
                 "New sanctions target Russia's oil revenue and drone supply chains",
                 "@eu:EU nears agreement on next Russia sanctions package, diplomats say"],
         lead=["@eu:European Union ambassadors [discussed|held a first discussion of] a new package of sanctions against Russia on {wd}, [targeting|aimed at] [the shadow fleet of tankers|banks in third countries|suppliers of drone components], diplomats said.",
               "@uk:Britain on {wd} announced sanctions on [{k} tankers|dozens of vessels] it said belonged to Russia's shadow fleet, [along with|as well as] [companies supplying electronics to Russian drone makers|several traders of Russian oil].",
               "@eu:[The European Commission|Brussels] proposed on {wd} [a fresh round of|new] sanctions against Russia, [including|with] [a ban on further banks|listings of more vessels|restrictions on chemical imports used in munitions], EU officials said.",
               "Western governments [added|imposed] [new|further] sanctions on Russia on {wd}, [targeting|taking aim at] [oil revenues|the military-industrial base], [as|while] peace efforts remained stalled."],
         slots=[
             ["@eu:[The package|The proposal] needs the [unanimous|unanimous] backing of all 27 member states, [and|but] [one or two governments have raised objections|diplomats expect weeks of haggling].",
              "[Moscow|The Kremlin] [dismissed|called] the [measures|sanctions] [as illegal|“illegitimate”] and said they would [not change its course|hurt Europe more than Russia].",
              "The [measures|listings] [bring|brought] the number of vessels [sanctioned|blacklisted] by [the EU|Britain] to [more than|over] 500, [officials said|according to the government]."],
             ["Russia's oil export revenues [have fallen in recent months|fell this autumn], [according to the International Energy Agency|analysts say], as discounts on Urals crude widened.",
              "Kyiv [welcomed|praised] the [move|decision] and [urged|called on] allies to [go further|target Russian liquefied natural gas].",
              ""],
         ]),
    dict(id="ru_accuse", kind="war", time=(9, 22), w=0.9,
         titles=["@ua:Ukraine's president calls Russian strikes 'energy terror'", "@ua:Kyiv accuses Moscow of targeting civilians as winter nears", "@ua:Ukraine urges allies to speed up air defence deliveries",
                 "@ru:Kremlin accuses Kyiv of 'terrorist' drone attacks",
                 "Leaders trade accusations as winter strikes continue",
                 "@ru:Moscow accuses Ukraine of attacks on civilians in {rureg} region"],
         lead=["@ua:Ukraine's president accused Russia on {wd} of waging “energy terror” against civilians [as temperatures drop|ahead of winter], [and urged allies to deliver more air defence systems|urging allies to speed up deliveries of Patriot interceptors].",
               "@ru:[Russia's foreign ministry|The Kremlin] accused Kyiv on {wd} of [“terrorist” drone attacks|deliberately targeting civilians] in the {rureg} region, saying [{killed} people had been hurt|a residential building had been damaged].",
               "@ua:[Ukraine's foreign minister|Kyiv] [said on {wd}|told reporters on {wd}] that Russia's [latest|overnight] attacks showed Moscow “[has no interest in peace|is mocking every peace effort]”, [after|following] [a night of drone and missile strikes|a strike on {city}].",
               "[Russia's|Moscow's] [ambassador to the UN|foreign ministry spokeswoman] [said on {wd}|said in remarks on {wd}] that Western [arms deliveries|weapons] [were prolonging the war|made Europe a party to the conflict], a charge Kyiv rejected."],
         slots=[
             ["@ua:[He|The president] said Russia had launched [more than|over] [1,200|1,500|1,700] drones and [dozens|scores] of missiles at Ukraine [this week|over the past seven days].",
              "[Moscow regularly accuses|Russian officials routinely accuse] Ukraine of attacking civilians in border regions such as Belgorod and Kursk.",
              "[The exchange of accusations|The war of words] [came|comes] [as|while] [diplomatic contacts remain frozen|fighting continues along the entire front]."],
         ]),
]

RU_UA_BUSINESS = [
    dict(id="ru_biz", kind="business", time=(7, 17), w=1.0,
         titles=["@uah:Hryvnia steady as central bank holds rate; war risk premium persists",
                 "@grain:Ukrainian grain exports via Black Sea corridor hold up despite port strikes",
                 "@ins:War-risk insurance costs for Odesa voyages edge higher",
                 "@urals:Urals discount widens as sanctions bite, traders say",
                 "@grain:Ukraine's farmers count costs of autumn strikes on grain terminals",
                 "@rec:Investors eye Ukraine reconstruction as war grinds on"],
         lead=["@grain:Ukraine's seaports [handled|shipped] [about|nearly] {k} million tonnes of [grain and other cargo|agricultural goods] [in October|last month], [the infrastructure ministry|port officials] said on {wd}, despite [repeated|regular] Russian strikes on Odesa-region terminals.",
               "@uah:The [hryvnia|Ukrainian hryvnia] [held|was little changed] [against the dollar|at around 41-42 to the dollar] on {wd} [as the National Bank of Ukraine kept its key rate unchanged|after the central bank intervened], [traders said|dealers in Kyiv said].",
               "@ins:War-risk insurance premiums for [ships calling at|voyages to] Odesa, Chornomorsk and Pivdennyi [rose slightly|edged up] [this week|on {wd}], [brokers said|according to London market sources], after [drone strikes on port infrastructure|damage to a grain terminal].",
               "@urals:The discount on Russia's flagship Urals crude [widened|grew] [this week|on {wd}] [to more than|beyond] $[15|17|19] a barrel [to Brent|against Brent], traders said, as [sanctions on tankers|new shadow-fleet listings] [tightened|squeezed] available shipping.",
               "@rec:[Western|European] [infrastructure firms|investors] [met in|gathered in] [Warsaw|Vienna|Kyiv] on {wd} to discuss [reconstruction projects|rebuilding Ukraine's energy sector], [even as|although] [the war shows no sign of ending|Russian strikes continue to damage the grid]."],
         slots=[
             ["@uah:[Analysts|Economists at a Kyiv brokerage] said the [war|conflict] [remains|was still] the [main|dominant] risk for [the currency|Ukrainian assets], with [power outages|energy strikes] weighing on industrial output.",
              "@grain:[Grain traders|Exporters] said [corn|wheat and corn] [made up the bulk of|accounted for most of the] shipments, with [sunflower oil|iron ore] volumes also recovering.",
              "@ins:[Shipowners say they are|Operators said they were] [still willing|continuing] to send vessels [despite the strikes|as long as insurance remains available], [partly thanks to|helped by] a [state-backed|government-backed] reinsurance scheme.",
              "@urals:[Russian oil companies|Russian exporters] [have turned|turned] to [older tankers|intermediaries in third countries] to keep cargoes moving, [analysts say|according to shipping data]."],
             ["Ukraine's economy [is expected to grow modestly this year, according to the central bank|grew about 2-3 % this year, the central bank said], [but|although] [the budget relies heavily on foreign aid|defence spending absorbs over half the budget].",
              "",
              "[One|A] [Kyiv-based trader|shipping broker in Odesa] [said|put it]: “[Every week without a hit on the terminals is a good week.|The war is priced in; the strikes are not.]”"],
         ]),
]

RU_UA_ANALYSIS = [
    dict(id="ru_analysis", kind="war", time=(10, 18), w=1.0, bg=0.0,
         titles=["@grid:Analysis: Russia's fifth winter campaign against Ukraine's grid",
                 "@att:Analysis: A war of attrition with no end in sight",
                 "@talks:Analysis: Why talks on Ukraine keep stalling",
                 "@drone:Analysis: Drones have rewritten the front line in Ukraine",
                 ],
         lead=["@grid:As temperatures fall, Russia is once again [concentrating|focusing] its [drone and missile strikes|air campaign] on Ukraine's [power grid|energy system], [a pattern now familiar|a pattern repeated] every autumn since 2022.",
               "@att:Nearly five years into Russia's full-scale invasion, the front line in Ukraine [moves by hundreds of metres, not kilometres|has barely shifted in months], and [neither side|neither army] appears able to [force a decision|achieve a breakthrough].",
               "@talks:[Diplomatic|Peace] efforts on Ukraine [have|seem to have] [run into the same wall|stalled] again, [analysts say|according to analysts], with Moscow and Kyiv [far apart|deadlocked] on [territory|the core questions of territory and security].",
               "@drone:[Cheap|Mass-produced] drones [now|increasingly] [account for|cause] most [casualties|losses] along the front, [reshaping|changing] how [both armies fight|the war is fought], [analysts say|specialists say]."],
         slots=[
             ["“[Russia is betting that it can outlast Ukraine and its backers|The Kremlin's theory of victory is exhaustion, not manoeuvre],” said {an}, [a senior fellow|a researcher] at the {tank}.",
              "“[Neither side has the forces for a decisive offensive|This is a war of attrition in which time is the main weapon],” said {an} of the {tank}. “[Both think the other will crack first.|Both believe time is on their side.]”",
              "{an}, [a defence analyst|a former defence official] now at the {tank}, said [the gap between|the distance between] the two sides' positions was “[as wide as ever|structural, not tactical]”."],
             ["[Russia's|Moscow's] [air campaign|strikes on energy] began [in earnest|systematically] in October 2022; [the following winters|each winter since] brought [similar|fresh] waves of attacks on [power plants|substations and gas facilities].",
              "[The war began|The full-scale war began] on February 24, 2022, [but its roots|though its roots] go back to 2014, when Russia annexed Crimea and backed separatists in the Donbas.",
              "[The Minsk agreements of 2014 and 2015|Ceasefire deals struck in Minsk in 2014-15] [never held|collapsed], [a history both sides cite|a history Kyiv in particular invokes] [when rejecting a frozen conflict|to explain its distrust of a simple truce]."],
             ["[For now|In the meantime], [the daily pattern is unchanged|the rhythm of the war is unchanged]: [drones at night, assaults by day|overnight strikes, daytime assaults], and [diplomacy that rarely moves|talks that go nowhere].",
              "[Analysts|Most analysts] [expect|see] [no major change|little change] before spring, [barring|unless there is] a [political shift|collapse in one army's manpower]."],
         ]),
]

RU_UA_PR = [
    dict(id="ru_pr", kind="war", time=(9, 16), w=1.0,
         titles=["ReliefBridge International delivers {k} generators to Kharkiv region hospitals",
                 "Warm Homes Alliance launches winter appeal for front-line Ukraine",
                 "Medline Aid opens mobile clinic network in Dnipropetrovsk region"],
         lead=["X"], slots=[]),
]

RUS_UKR_POOL = dict(bg=RU_UA_BG, quotes=RU_UA_QUOTES, filler=RU_UA_BG)


# ===========================================================================
# ISR-LBN
# ===========================================================================

LB_VILLAGES = ["Nabatieh", "Bint Jbeil", "Aitaroun", "Khiam", "Kfar Kila", "Yaroun", "Marjayoun",
               "Houla", "Odaisseh", "Aita al-Shaab", "Jibchit", "Kfar Roummane", "Srifa",
               "Deir Mimas", "Majdal Selm", "Bazouriyeh", "Tebnine", "Blida", "Mais al-Jabal",
               "Kfar Shouba", "Hebbariyeh", "Maroun al-Ras", "Yohmor", "Zawtar"]
LB_EAST = ["Baalbek", "Hermel", "Nabi Chit", "Brital", "the Bekaa valley"]
IL_NORTH = ["Kiryat Shmona", "Metula", "Shlomi", "Nahariya", "Margaliot", "Misgav Am", "Zar'it",
            "Avivim", "Shtula", "Manara"]
IL_AREA = ["the Upper Galilee", "the western Galilee", "the Galilee panhandle", "the Finger of the Galilee"]
LB_OFFICIALS = ["Rami Haidar", "Nadine Karam", "Walid Chamseddine", "Ghassan Mrad", "Joumana Saad"]
IL_OFFICIALS = ["Avi Dror", "Yael Sasson", "Eitan Mizrahi", "Noam Ben-Ari", "Tamar Levin-Gat"]


def ctx_isr_lbn(d):
    c = base_ctx(d)
    v1, v2, v3 = R.sample(LB_VILLAGES, 3)
    c.update(v1=v1, v2=v2, v3=v3, east=pick(LB_EAST), iltown=pick(IL_NORTH), ilarea=pick(IL_AREA),
             killed=rint(2, 5), inj=rint(2, 14), nstrikes=rint(6, 25), k=rint(12, 60),
             rockets=rint(2, 12), ldrones=rint(1, 4), lbofficial=pick(LB_OFFICIALS),
             ilofficial=pick(IL_OFFICIALS), toll=rint(330, 420), displaced=rint(60, 95),
             meeting_n=pick(["13th", "14th", "15th", "16th"]),
             dl=pick(["BEIRUT", "BEIRUT", "JERUSALEM", "TYRE", "NABATIEH", "MARJAYOUN"]),
             kickers=["WAR ON THE BORDER:", "NO PEACE:", "BLOODY BORDER:", "TRUCE IN TATTERS:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Beirut", "Jerusalem", "Tyre", "Haifa"]
    c["idf"] = ["the Israeli military", "Israel's military", "the Israeli army", "the IDF"]
    c["hzb"] = ["Hezbollah", "the Iran-backed Hezbollah", "the Lebanese armed group Hezbollah"]
    c["lbmin"] = ["Lebanon's health ministry", "the Lebanese health ministry", "the health ministry in Beirut"]
    c["nna"] = ["Lebanon's state news agency", "the official National News Agency", "Lebanese state media"]
    return c


IL_LB_BG = [
    "Israel and Hezbollah fought a 34-day war in 2006 that ended with UN Security Council resolution 1701.",
    "Hezbollah began firing at Israel in October 2023, a day after the Hamas attack on southern Israel, opening a front that escalated into all-out war in September 2024.",
    "A US- and French-brokered ceasefire took effect in November 2024, but Israeli strikes in the south never fully stopped.",
    "Israel still holds five hilltop positions inside southern Lebanon that it seized during the 2024 war, and says it will stay until Hezbollah is disarmed.",
    "The truce deal created a monitoring committee chaired by a US general, with France, the UN peacekeeping force UNIFIL, Israel and Lebanon as members.",
    "Israel occupied a strip of southern Lebanon from 1982 until its withdrawal in May 2000.",
    "Tens of thousands of residents on both sides of the border have been displaced since 2023, and many have not returned.",
    "Lebanon's government has pledged to bring all weapons under state control, a plan Hezbollah says it will not accept while Israeli troops remain in the south.",
    "The UN peacekeeping force, UNIFIL, has patrolled the area south of the Litani river since 1978.",
    "The border between the two countries, known as the Blue Line, was drawn by the UN after Israel's withdrawal in 2000.",
]

IL_LB_QUOTES = [
    "@lb_strikes,lb_drone_car,lb_evac,lb_toll:“We don't sleep. We listen for the drones and we wait,” said a resident of {v1} who gave his name as Abu Hassan.",
    "@lb_strikes,lb_drone_car,lb_evac,lb_mechanism,lb_toll:“The ceasefire exists only on paper for us in the south,” {lbofficial}, the mayor of {v2}, told reporters.",
    "@lb_strikes,lb_drone_car,lb_rockets,lb_evac:“We will act against any threat to the residents of the north,” an Israeli military spokesman said in a statement on {wd}.",
    "@lb_strikes,lb_mediation,lb_mechanism:“Every strike makes the job of the Lebanese army harder,” a Lebanese security official said, asking not to be named.",
    "@lb_rockets,lb_toll:“Our children have been out of their school for two years now,” {ilofficial}, a council official in {iltown}, said.",
    "@lb_mechanism,lb_mediation:“The mechanism must do more than count violations,” a Lebanese government source said after the committee met.",
    "@lb_strikes,lb_rockets,lb_mechanism:“We call on all parties to respect resolution 1701 and exercise restraint,” a UNIFIL spokesperson said on {wd}.",
    "@lb_strikes,lb_drone_car,lb_mediation:“Hezbollah is trying to rebuild, and we will not allow it,” an Israeli official said on condition of anonymity.",
    "@lb_evac,lb_toll,lb_strikes:“People come back to check their houses and leave again before dark,” said a volunteer with a civil defence team in {v3}.",
]

IL_LB_EN = [
    dict(id="lb_strikes", kind="war", time=(7, 21), w=2.6,
         titles=["@k,k2:Israeli strikes on southern Lebanon kill {killed}, ministry says",
                 "Israel strikes Hezbollah targets in south Lebanon",
                 "@k:Israeli air strikes hit villages near {v1}",
                 "@k,k2:Israeli raids on southern Lebanon kill {killed}",
                 "@k:Israel says it hit Hezbollah sites in {v1}, {v2}",
                 "@bekaa:Lebanon: Israeli jets strike south, Bekaa", "@bekaa:Israeli jets hit Bekaa valley and south Lebanon", "@bekaa:Israel widens strikes to Bekaa as south Lebanon raids continue", "Israeli raids continue in south Lebanon despite truce", "New wave of Israeli strikes on Hezbollah sites"],
         lead=["@k:Israeli air strikes on southern Lebanon killed {killed} people on {wd}, {lbmin} said, as {idf} said it had hit Hezbollah [weapons depots|launch sites|infrastructure] near {v1} and {v2}.",
               "@k:Israeli warplanes [struck|carried out a series of strikes on] [the outskirts of {v1}|hills near {v1} and {v2}|areas around {v1}] in southern Lebanon on {wd}, {nna} reported, [killing {killed} people|leaving {killed} dead].",
               "{idf} said on {wd} it had struck [{nstrikes} Hezbollah targets|Hezbollah military sites] in southern Lebanon [and the Bekaa valley|overnight], including [rocket launchers|a weapons storage facility|a site used to rebuild military infrastructure].",
               "@k2:At least {killed} people were killed in Israeli strikes in [southern Lebanon|the Nabatieh and Tyre districts] on {wd}, [Lebanese officials said|according to {lbmin}], in [some of the heaviest raids in weeks|the latest of near-daily strikes].",
               "@k:Israel [pounded|hit] [targets|areas] near {v1}, {v2} and {v3} on {wd}, [saying|and said] [it was targeting|it had targeted] Hezbollah operatives and [infrastructure|weapons], while Lebanese officials reported {killed} dead and {inj} wounded.",
               "@bekaa:[Israeli jets|Israeli warplanes] struck [the Bekaa valley|a site near {east}] on {wd} in addition to [targets|villages] in the south, {nna} said, as [the daily strikes|near-daily Israeli strikes] continued despite the [ceasefire|truce]."],
         slots=[
             ["[Footage|Video] [broadcast|aired] by Lebanese television showed [thick smoke|plumes of grey smoke] rising over [hills|orchards] near {v1}.",
              "{lbmin} said [a child was|a woman was|two civilians were] among the dead, [an account|a claim] {idf} [did not address|did not immediately comment on].",
              "[The Israeli army|The military] said [those targeted|the men killed] were Hezbollah members [who had been trying|involved in attempts] to [rebuild|restore] the group's [infrastructure|capabilities] near the border.",
              "[Civil defence teams|Rescue workers] [searched|dug through] the rubble of [a two-storey house|a building] in {v2}, {nna} said.",
              "The strikes [forced|sent] [families|residents] [who had returned to|still living in] [{v2}|border villages] to [flee again|seek shelter in Tyre|head north towards Sidon]."],
             ["Hezbollah [did not comment|made no immediate comment] on the strikes.",
              "Lebanon [has filed|filed] [repeated|numerous] complaints with the UN Security Council over [Israeli violations|the strikes], [saying|arguing] they [breach|violate] the [truce|ceasefire] terms.",
              "Israel [says|argues] the strikes are needed to stop Hezbollah from rearming and [accuses|has accused] the group of [breaching|violating] the ceasefire.",
              "[Lebanese|The Lebanese] health ministry figures [show|say] [more than|over] {toll} people have been killed by Israeli strikes since the ceasefire took effect.",
              ""],
         ]),
    dict(id="lb_drone_car", kind="war", time=(8, 21), w=1.5,
         titles=["@car:Israeli drone strike on car kills one in south Lebanon",
                 "@moto:Drone hits motorbike near {v1}; Israel says Hezbollah member killed",
                 "@car,moto,cmd:Israeli drone kills man in {v1}, Lebanese media say",
                 "Targeted strike in south Lebanon as truce strains", "Drone strike kills one in south Lebanon", "Israel says drone strike killed Hezbollah member"],
         lead=["@car:An Israeli drone strike on a car [near|on the road to|at the entrance of] {v1} in southern Lebanon killed one person on {wd}, {nna} reported.",
               "@moto:[A|An Israeli] drone [struck|hit] a motorbike in {v1} on {wd}, killing [its rider|the driver], Lebanese media said, while {idf} said it had [eliminated|killed] a Hezbollah [member|operative] in the area.",
               "@cmd:{idf} said on {wd} it had killed a Hezbollah [commander|member|operative] in a drone strike [in|near] {v1}, [accusing him of trying to restore|saying he had been involved in rebuilding] the group's [weapons sites|positions] in southern Lebanon.",
               "One man was killed [and another wounded|and two people hurt] when an Israeli drone [targeted|hit] a [pickup truck|car|van] [between {v1} and {v2}|on the coastal road near Tyre] on {wd}, [Lebanon's health ministry said|according to Lebanese officials]."],
         slots=[
             ["[Images|Pictures] [circulating|shared] on social media showed [a burned-out car|a charred motorbike] by the side of the road.",
              "[It was the second such strike in the area this week|It was one of several drone strikes in the area in two days], [local officials|residents] said.",
              "[Hezbollah|The group] [later|subsequently] [announced the death of|issued a notice mourning] one of its members [without saying how he died|but gave no details]."],
             ["Such [targeted|drone] strikes have become [an almost daily occurrence|routine] in southern Lebanon since the [ceasefire|November 2024 truce].",
              "The Lebanese army [did not comment|made no statement], [but|while] [the presidency|Lebanese officials] [have repeatedly called|repeatedly called] on Washington and Paris to press Israel to halt the strikes.",
              ""],
         ]),
    dict(id="lb_rockets", kind="war", time=(5, 22), w=1.1,
         titles=["@rk:Sirens sound in {iltown} as rockets fired from Lebanon",
                 "Israel says it intercepted projectiles launched from Lebanon",
                 "@rk:Rocket fire from Lebanon prompts Israeli retaliation",
                 "@dr:Drone from Lebanon intercepted over {ilarea}, Israel says",
                 "@rk:Rockets fired at northern Israel; no injuries reported", "@rk:Israel strikes back after rocket fire from Lebanon", "@rk:Northern Israel on alert after projectiles from Lebanon"],
         lead=["@rk:[Sirens sounded|Air raid sirens wailed] in {iltown} and [other communities in|across] {ilarea} on {wd} after {rockets} [rockets|projectiles] were fired from Lebanon, {idf} said, adding that [most were intercepted|some fell in open areas].",
               "@dr:{idf} said on {wd} it had intercepted [a drone|two drones|an explosive-laden drone] [launched|approaching] from Lebanon over {ilarea}, [with no injuries reported|causing no damage].",
               "@rk:A salvo of {rockets} rockets was launched from southern Lebanon towards {iltown} on {wd}, the Israeli military said, [and|adding that] [its artillery struck the sources of fire|it responded with strikes near {v1}].",
               "@rk:[Projectiles|A number of rockets] [fired|launched] from Lebanon [landed|fell] near {iltown} on {wd}, [causing minor damage to a building|starting a brush fire|causing no casualties], Israel's emergency services said."],
         slots=[
             ["[No group|Nobody] [immediately claimed|claimed] responsibility for the [launch|fire], and Hezbollah has [rarely claimed|generally avoided claiming] attacks since the truce.",
              "The Israeli military said it [struck|had struck] [the launchers|the area from which the rockets were fired] near {v1} [shortly afterwards|within minutes].",
              "Magen David Adom, Israel's emergency service, said [two people had been treated for shock and no one was physically hurt|it had treated two people for anxiety and minor injuries sustained while running to shelter].",
              "Residents of {iltown} [were told|were instructed] to [stay near shelters|keep to protected spaces] for [the rest of the day|several hours] under [Home Front Command|military] guidelines."],
             ["[Rocket fire|Cross-border fire] from Lebanon has been [much rarer|far less frequent] than Israeli strikes since the 2024 truce, [but|and] [it has not stopped entirely|each incident draws a heavy Israeli response].",
              "[Tens of thousands of residents of northern Israel have yet to return home|Many residents of the border communities have still not returned to their homes] [since 2023|after being evacuated in October 2023].",
              ""],
         ]),
    dict(id="lb_evac", kind="war", time=(6, 20), w=1.0,
         titles=["Israel issues evacuation warnings for buildings in south Lebanon",
                 "@v:Residents flee {v1} after Israeli warning",
                 "@v:Israeli army tells residents of {v1}, {v2} to leave before strikes",
                 "Families leave south Lebanon villages as warnings resume"],
         lead=["@v:The Israeli military's Arabic-language spokesman [issued|posted] evacuation warnings on {wd} for [buildings|several buildings] in {v1} and {v2}, [saying|and said] they [housed|contained] Hezbollah [infrastructure|weapons].",
               "@v:Residents of {v1} [fled|left their homes] on {wd} after {idf} [warned them|told them] to [move at least 500 metres away|evacuate] from [a building|buildings] it said Hezbollah was using, [before strikes hit the area|shortly before jets struck].",
               "[Hundreds of|Dozens of] families [left|streamed out of] villages in [the Nabatieh district|southern Lebanon] on {wd} [after|following] [Israeli evacuation warnings|warnings posted online by the Israeli army], [local officials said|the mayor of {v2} said]."],
         slots=[
             ["[Cars loaded with mattresses|Vehicles piled with belongings] [clogged|jammed] the [road|coastal highway] towards [Sidon|Tyre] [within an hour|soon afterwards], witnesses said.",
              "[The Lebanese army said it had inspected|Lebanese soldiers were sent to check] one of the buildings [before the strike|in coordination with the monitoring committee], but [the Israeli strike went ahead|the building was later hit].",
              "[Schools|Two schools] in the area [closed|were shut] [for the day|until further notice], [the education ministry said|local officials said]."],
             ["The International Organization for Migration [estimates|says] that about {displaced},000 people [remain displaced from|have still not returned to their homes in] southern Lebanon [a year after the ceasefire|since the war].",
              "[Such warnings have become more frequent in recent weeks|These warnings are now a regular feature this autumn], [residents|local officials] say.",
              ""],
         ]),
    dict(id="lb_mechanism", kind="war", time=(9, 20), w=0.0,
         titles=["Ceasefire monitoring committee meets in Naqoura",
                 "Truce mechanism meets as Lebanon demands halt to Israeli strikes",
                 "Lebanon, Israel envoys join US-chaired truce talks in Naqoura",
                 "Monitoring committee holds {meeting_n} meeting amid daily strikes"],
         lead=["The committee monitoring the Israel-Lebanon ceasefire met in Naqoura on {wd}, [the Lebanese presidency|the US embassy in Beirut] said, [with|as] Beirut [pressing|pushing] for an end to [daily|near-daily] Israeli strikes.",
               "[Military|Civilian and military] representatives of Lebanon and Israel [took part in|attended] the {meeting_n} meeting of the [US-chaired|US-led] truce mechanism at UNIFIL's headquarters in Naqoura on {wd}, [officials said|according to a statement].",
               "The [five-party|US-chaired] mechanism overseeing the [truce|ceasefire] between Israel and Lebanon [met on {wd}|held talks on {wd}] [without any announced breakthrough|with no sign of progress on an Israeli withdrawal], [participants said|Lebanese officials said]."],
         slots=[
             ["[A statement issued afterwards|The joint statement] said the [parties|participants] had [reviewed|discussed] the Lebanese army's deployment south of the Litani and [complaints of violations|reported violations].",
              "Lebanon [is demanding that Israel withdraw from|wants Israel to leave] the five hilltop positions it holds inside Lebanese territory, [while|whereas] Israel [wants|demands] [faster|verified] disarmament of Hezbollah.",
              "[Lebanese officials said|Beirut said] the Lebanese delegation had handed over a list of [{k}|dozens of] Israeli [violations|strikes] recorded since the previous meeting."],
             ["[Diplomats|Observers] [say|said] the mechanism has [helped avert a return to full-scale war|helped prevent a collapse of the truce] but has [not stopped|been unable to stop] the [strikes|daily violence].",
              "",
              ""],
         ]),
    dict(id="lb_mediation", kind="war", time=(9, 21), w=0.8,
         titles=["@us:US envoy in Beirut presses disarmament plan",
                 "@lbp:Lebanon says it seeks diplomatic path as strikes continue",
                 "@fr:French envoy calls for restraint on Lebanon-Israel border",
                 "@il:Israel's prime minister warns Hezbollah it will keep striking",
                 "@lbp:Lebanon's president urges pressure on Israel to stop strikes",
                 "@hz:Hezbollah chief says group will keep its weapons"],
         lead=["@us:[A US envoy|The US special envoy for Lebanon] [met|held talks with] Lebanon's president and prime minister in Beirut on {wd}, [urging|pressing] [faster progress on|a timetable for] disarming Hezbollah, [officials said|Lebanese officials said].",
               "@lbp:Lebanon's president said on {wd} his country [was committed|remained committed] to [diplomacy|a negotiated solution] and [called on|urged] [the US and France|the truce guarantors] to [press|force] Israel to halt its [strikes|attacks].",
               "@fr:France's [envoy|special envoy] [arrived in Beirut|was in Beirut] on {wd} [for talks|to meet Lebanese leaders], [calling for|urging] restraint [and|as well as] [support for the Lebanese army|reconstruction funding for the south].",
               "@il:Israel's prime minister said on {wd} that Israel would “[continue to act|keep acting] against any attempt by Hezbollah to rearm”, [after|following] [a security cabinet meeting|a visit to the northern border].",
               "@hz:Hezbollah's [leader|secretary general] said in a televised speech on {wd} that the group [would not|will not] hand over its weapons [while Israel occupies Lebanese land|as long as Israeli strikes continue], [accusing|and accused] the government's partners of [bias|siding with Israel]."],
         slots=[
             ["[The Lebanese army|Lebanon's army] says it has [dismantled|taken over] [hundreds of|many] Hezbollah [positions|sites] south of the Litani [since the truce|over the past year], [but|while] Israel says [the pace is too slow|much remains].",
              "[Lebanese officials argue|Beirut argues] that [continued|ongoing] Israeli strikes [undermine the disarmament plan|make it harder to carry out the state's plan].",
              "[Diplomats|Western diplomats] [say|said] [talks on|discussions about] [border demarcation|the disputed points along the Blue Line] [could follow|might be possible] [if the strikes ease|once calm returns], but [no date has been set|nothing is scheduled]."],
             ["", "@us,fr:[The visit|The talks] came on a day when an Israeli strike [killed a man|hit a house] in {v1}, {nna} said."],
         ]),
    dict(id="lb_toll", kind="war", time=(9, 19), w=0.5,
         titles=["@toll:Strikes since truce have killed over {toll} in Lebanon, ministry says",
                 "@disp:Displaced Lebanese face second winter away from home", "@disp:Tens of thousands still unable to return to south Lebanon, IOM says",
                 "@rec:South Lebanon reconstruction stalled as strikes go on",
                 "@il:Northern Israel residents still waiting to return home"],
         lead=["@toll:Israeli strikes have killed [more than|over] {toll} people in Lebanon since the ceasefire took effect [a year ago|in November 2024], {lbmin} said [in a statement|in figures released] on {wd}.",
               "@disp:[About|Some] {displaced},000 Lebanese [displaced|driven from their homes] by the 2024 war [remain unable|are still unable] to return to [border villages|the south], the International Organization for Migration said on {wd}.",
               "@rec:[Reconstruction|Rebuilding] of [villages|towns] along the border [has barely started|remains stalled], [officials|mayors] in southern Lebanon said on {wd}, [blaming|citing] [continued Israeli strikes|lack of funding and continued strikes].",
               "@il:[Thousands of|Many] residents of [northern Israel|Israel's border communities] [have not returned home|are still not back in their homes] [two years after|more than two years since] they were evacuated, [local councils|officials in {iltown}] said on {wd}."],
         slots=[
             ["[The World Bank|A World Bank assessment] [has estimated|estimated] the cost of [reconstruction|rebuilding] in Lebanon at [about|around] $11 billion.",
              "@toll,disp,rec:[In|At] {v1}, [whole streets|most homes] [were levelled|lie in ruins], [and|while] [families|residents] [visit|come back] only [in daylight|for a few hours].",
              "[Israel's government|The Israeli government] [has approved|approved] [compensation|a recovery plan] for [northern communities|the north], [but|although] [residents|local leaders] say [it is not enough|security must come first]."],
             ["", "[Humanitarian groups warn that winter will|Aid agencies warned that the rains would] [worsen conditions|add to hardship] for families living in [tents|unfinished buildings]."],
         ]),
]

IL_LB_BUSINESS = [
    dict(id="lb_biz", kind="business", time=(7, 17), w=1.0,
         titles=["@tour:Lebanon's tourism takes another hit as strikes continue",
                 "@port:Beirut port volumes recover despite southern strikes",
                 "@gal:Galilee firms struggle to lure back workers",
                 "@bond:Lebanese bonds edge up on reform hopes, war risk caps gains",
                 "@gal:Insurance costs weigh on northern Israel businesses"],
         lead=["@tour:Hotel occupancy in [Beirut|Lebanon] [fell|dropped] to about {k} % in [October|the autumn], [the hotel owners' syndicate said|industry figures showed] on {wd}, with [near-daily Israeli strikes|the strikes in the south] [deterring|putting off] visitors.",
               "@port:Container traffic through the port of Beirut [rose|grew] [about {k} %|modestly] [in the first ten months of the year|year on year], port officials said on {wd}, despite [the continued strikes|insecurity in the south].",
               "@gal:Businesses in [northern Israel|the Galilee] are [struggling|battling] to [bring back|recruit] workers [two years after|since] [evacuations began|the 2023 evacuations], [a regional chamber of commerce|the Manufacturers Association's northern branch] said on {wd}.",
               "@bond:[Lebanon's defaulted Eurobonds|Lebanese Eurobonds] [edged higher|firmed] on {wd} [on hopes of|as investors bet on] [progress on a debt restructuring|an IMF programme], [traders said|though war risk capped gains]."],
         slots=[
             ["[Analysts|Economists] said [the war|uncertainty on the border] [remained|was still] [the main obstacle to recovery|the biggest drag on investment].",
              "[Farmers|Growers] in the south [have lost|lost] [olive|tobacco] harvests [for a second year|again] because [fields|orchards] near the border [remain|are] [off-limits|too dangerous to reach].",
              "[Firms|Companies] [in the north|near the border] [say|said] [insurance|war-risk premiums] and [staff shortages|absent customers] [have doubled|have pushed up] costs."],
         ]),
]

IL_LB_ANALYSIS = [
    dict(id="lb_analysis", kind="war", time=(10, 18), w=1.0, bg=0.0,
         titles=["Analysis: Lebanon's truce that is not quite a truce",
                 "@mech:Analysis: Hezbollah's weapons and the limits of the Naqoura mechanism",
                 "Analysis: Why Israel keeps striking Lebanon a year after the ceasefire",
                 "Analysis: South Lebanon's long, low war"],
         lead=["A year after a ceasefire [was meant to end|formally ended] the war between Israel and Hezbollah, [southern Lebanon|the border] [lives with|still lives with] [near-daily|almost daily] Israeli strikes and [occasional|sporadic] rocket fire.",
               "@mech:The [monitoring mechanism|US-chaired committee] [meeting in Naqoura|set up under the truce] [has become|is] the [main|only] channel between Israel and Lebanon, [but|yet] [it has done little to stop|it cannot stop] the [strikes|violence], [analysts say|according to analysts].",
               "[Israel's|The Israeli] [strategy|approach] in Lebanon [rests on|is built on] [a simple premise|one idea]: [strike|hit] Hezbollah [wherever|whenever] it [tries to rebuild|moves weapons], [regardless of the ceasefire's terms|whatever the truce text says]."],
         slots=[
             ["“[This is a managed conflict, not a peace|Both sides have settled into a rhythm that neither likes but both can live with],” said {an}, [a researcher|a senior fellow] at the {tank}.",
              "“[The danger is that a routine becomes invisible until it stops being routine|Nobody wants a new war, but nobody is paying for peace either],” said {an} of the {tank}.",
              "{an} of the {tank} said [the Lebanese state|Beirut] was “[trying to disarm a movement while being bombed|caught between Washington's demands and Hezbollah's base]”."],
             ["[The 2006 war|The 34-day war of 2006] ended with resolution 1701, which [called for|required] [no armed groups south of the Litani|the area south of the Litani to be free of armed groups]; [that provision|the provision] [went largely unenforced for 17 years|was never fully enforced].",
              "[Israel's|The Israeli] occupation of a [security zone|strip] in the south [lasted|ran] from 1982 to 2000, [a history|a memory] that [shapes|colours] [Lebanese|local] [views of the five hilltop positions|suspicion of any Israeli presence].",
              "[The fighting that began|Cross-border fire that started] in October 2023 [escalated into|became] [a full war|an air and ground campaign] in September 2024, [killing|which killed] [Hezbollah's leader|much of Hezbollah's leadership] [before|ahead of] the November truce."],
             ["[For now|In the meantime], [the pattern|the daily routine] of strikes, complaints and committee meetings [looks set to continue|is likely to hold].",
              "[Analysts|Most observers] [see|expect] [no quick change|little change] [before|until] the Lebanese army completes its deployment in the south."],
         ]),
]

ISR_LBN_POOL = dict(bg=IL_LB_BG, quotes=IL_LB_QUOTES, filler=IL_LB_BG)


ANALYSTS = ["Miriam Okafor", "Daniel Reeve", "Sofia Lindqvist", "Arjun Mehta", "Claire Dubois",
            "Henrik Vass", "Yasmin Toure", "Paul Wexler", "Ines Carvalho", "Tobias Renner",
            "Layla Haddad", "Koji Nakamura", "Elena Markovic", "Samuel Adeyemi"]
TANKS = ["Meridian Institute for Security Studies", "Halvorsen Centre for Strategy",
         "Institute for Borderlands Research", "Atlas Foreign Policy Forum",
         "Lindgren Centre for Conflict Studies", "Carrow Institute", "Eastbridge Policy Group",
         "Kestrel Risk Advisory"]


def rel_when(d, ws):
    """'this week' / 'last week' relative to window start ws, for articles after a window."""
    if d.isocalendar()[1] == ws.isocalendar()[1]:
        return ["earlier this week", "this week", "in recent days"]
    return ["last week", "last week", "in recent days"]


def base_ctx(d, lang="en"):
    c = date_ctx(d, lang)
    c.update(an=pick(ANALYSTS), tank=pick(TANKS), k=rint(12, 90), an2=pick(ANALYSTS))
    return c


# ===========================================================================
# KOR-PRK
# ===========================================================================

KR_BORDER = ["Paju", "Yeoncheon", "Cheorwon", "Goseong", "Gimpo", "Ganghwa island", "Hwacheon", "Yanggu"]
KR_ISLANDS = ["Yeonpyeong", "Baengnyeong", "Daecheong", "Socheong"]
KR_OFFICIALS = ["Kim Tae-yun", "Park Ji-hoon", "Lee Soo-min", "Choi Han-gyeol", "Jung Mi-rae", "Oh Sang-woo"]


def ctx_kor_prk(d):
    c = base_ctx(d)
    c.update(btown=pick(KR_BORDER), isl=pick(KR_ISLANDS), kofficial=pick(KR_OFFICIALS),
             balloons=rint(40, 260), yrs2=16, ships=rint(12, 80), flights=rint(3, 30), yrs=2026 - 1953,
             dl=pick(["SEOUL", "SEOUL", "SEOUL", "PAJU", "INCHEON"]),
             kickers=["TRASH ATTACK:", "BORDER BLAST:", "PYONGYANG'S GAMES:", "DMZ DRAMA:", "JAMMED!"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Seoul", "Paju", "Washington"]
    c["jcs"] = ["the Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff", "the JCS", "South Korea's military"]
    c["north"] = ["North Korea", "Pyongyang", "the North"]
    c["south"] = ["South Korea", "Seoul", "the South"]
    return c


KP_BG = [
    "The two Koreas remain technically at war because the 1950-53 Korean War ended in an armistice, not a peace treaty.",
    "Since the 1953 armistice, the Demilitarised Zone has divided the peninsula along a 250-km line.",
    "North Korea shelled Yeonpyeong island in November 2010, killing two marines and two civilians.",
    "In 2024 Pyongyang declared the South its 'principal enemy' and blew up road and rail links across the border.",
    "North Korea began floating balloons loaded with rubbish across the border in May 2024, in what it called a response to leaflets sent by activists in the South.",
    "An inter-Korean military agreement signed in 2018 to reduce border tensions collapsed in 2023 and 2024.",
    "The joint industrial park at Kaesong, once a symbol of cooperation, has been closed since 2016.",
    "Millions of families were separated by the 1950-53 war; most of the registered survivors in the South are now over 80.",
]

KP_QUOTES = [
    "@kp_balloons,kp_gps,kp_soldier,kp_warning,kp_loud:“We are closely monitoring the North's activities and maintain a firm readiness posture,” a JCS official told reporters.",
    "@kp_balloons,kp_loud:“It is a nuisance more than a threat, but people are tired of it,” said a {btown} resident.",
    "@kp_gps:“Our fishermen just want to know the navigation system will work in the morning,” {kofficial}, a local fisheries official, said.",
    "@kp_unif,kp_soldier,kp_warning,kp_loud:“Dialogue remains the only way to reduce tension on the peninsula,” a unification ministry spokesperson said on {wd}.",
    "@kp_warning,kp_drills:“The South will pay dearly for its provocations,” North Korean state media quoted a military spokesman as saying.",
]

KOR_PRK_EN = [
    dict(id="kp_balloons", kind="incident", time=(6, 20), w=0.5,
         titles=["North Korea sends trash balloons across border again, Seoul says",
                 "Balloons carrying rubbish land in Seoul region",
                 "Seoul says North launched about {balloons} balloons overnight",
                 "Trash balloons from North Korea found in Gyeonggi province"],
         lead=["North Korea [launched|sent] about {balloons} balloons carrying [rubbish|waste paper and plastic] towards the South [overnight|on {yd} night and early {wd}], {jcs} said on {wd}.",
               "[Dozens of|Scores of] balloons [from North Korea|launched by the North] [landed|were found] in Seoul and [the surrounding Gyeonggi province|{btown}] on {wd}, [officials said|according to the military], the first such launch in [weeks|several days].",
               "{jcs} said on {wd} that the North had [flown|floated] [roughly|about] {balloons} [rubbish-laden|trash] balloons across the border, and that [about half had fallen|most had landed] in South Korean territory."],
         slots=[
             ["[Analysis of the contents|Initial checks] found [no hazardous material|nothing dangerous], [only|just] [waste paper, cloth and plastic bottles|scraps of paper and vinyl], the military said.",
              "[Residents|The public] were [advised|urged] not to touch the balloons and to [report them to police|call the military], [officials|Seoul city officials] said.",
              "[One balloon|A balloon] [landed on the roof of|fell near] [an apartment building|a school sports ground] in {btown}, [causing no injuries|but no one was hurt], local police said."],
             ["The military [said|says] it [does not shoot down|has chosen not to shoot down] the balloons [in the air|to avoid debris falling on homes].",
              "", ""],
         ]),
    dict(id="kp_gps", kind="incident", time=(7, 19), w=0.4,
         titles=["North Korea jams GPS signals near border islands, Seoul says",
                 "GPS jamming disrupts fishing boats near {isl}",
                 "Seoul urges Pyongyang to stop GPS jamming",
                 "Ships, aircraft report GPS interference along western border"],
         lead=["North Korea [jammed|attempted to jam] GPS signals near South Korea's [western border islands|{isl} island] on {wd}, {jcs} said, [disrupting navigation on|affecting] [some fishing boats|dozens of vessels].",
               "[About|Some] {ships} ships and {flights} aircraft reported GPS interference [near the border|around {isl} and the Gimpo area] on {wd}, South Korea's [transport ministry|science ministry] said, blaming jamming from the North.",
               "South Korea [urged|called on] North Korea on {wd} to stop [jamming|disrupting] GPS signals, after [interference was reported near {isl} for a second day|ships near {isl} reported problems for a second day]."],
         slots=[
             ["[No major disruption was|No accidents were] reported, as [vessels|pilots] [switched to|relied on] backup navigation systems, officials said.",
              "The jamming [appeared to come|originated] from [around Haeju and Kaesong|North Korean border areas], [the military said|according to the military].",
              "[Seoul|The South] [has|had] [warned|alerted] [fishermen|ship operators] to [be cautious|check their instruments] when [sailing near the Northern Limit Line|operating near the maritime border]."],
             ["The North [has used|has repeatedly used] GPS jamming [since|as far back as] [2010|the early 2010s], often [during|around] South Korean [military drills|exercises].",
              "", ""],
         ]),
    dict(id="kp_loud", kind="incident", time=(8, 20), w=0.4,
         titles=["Residents near DMZ complain of North Korean noise broadcasts",
                 "North Korea's eerie border noise returns, residents say",
                 "Seoul keeps loudspeakers silent as North's noise continues"],
         lead=["Residents of [villages near the border in|the border town of] {btown} [said on {wd}|complained on {wd}] that North Korean [noise broadcasts|loudspeakers] [had resumed|were again audible] [at night|after dark], [playing|blaring] [metallic screeching|sounds of wolves and gongs].",
               "North Korea [kept up|continued] its [noise broadcasts|border loudspeaker noise] [near|along the border opposite] {btown} [this week|on {wd}], [local officials said|residents said], [even though|despite the fact that] Seoul [halted|switched off] its own loudspeakers [last year|months ago].",
               "[South Korea's military|The JCS] said on {wd} it [had detected|was monitoring] [renewed|intermittent] noise broadcasts from North Korean [speakers|equipment] [along the central front|near {btown}]."],
         slots=[
             ["[Some residents|Farmers in the area] said they [had trouble sleeping|struggled to sleep] and [asked|called on] [local authorities|the government] for [soundproof windows|compensation].",
              "[Seoul|The defence ministry] [said|has said] it has no plans to [restart|resume] its own propaganda broadcasts [for now|at this stage], [to keep tensions down|in a bid to ease tensions].",
              "[The unification ministry|Officials in Seoul] [described the broadcasts as an unhelpful act|said the broadcasts were a source of distress for residents]."],
         ]),
    dict(id="kp_soldier", kind="incident", time=(8, 19), w=0.25,
         titles=["@def:North Korean soldier crosses border, taken into custody - Seoul",
                 "@ws:South fires warning shots as North Korean troops cross demarcation line",
                 "@ws:North Korean troops briefly cross border during construction work"],
         lead=["@def:A North Korean soldier crossed the military demarcation line on the [central|eastern] front [early on {wd}|on {wd}] and was taken into custody by South Korean troops, {jcs} said, adding that he [appeared to want|had expressed a wish] to defect.",
               "@ws:South Korean troops fired warning shots on {wd} after [about|some] [10|ten|20] North Korean soldiers [briefly crossed|stepped across] the military demarcation line [while doing construction work|during border fortification work], {jcs} said; the soldiers [returned north|withdrew].",
               "@ws:[A group of|Several] North Korean soldiers [crossed|strayed across] the border [in the Demilitarised Zone|near {btown}] on {wd}, prompting warning shots from the South's military, [officials said|the JCS said], [in what appeared to be|apparently] an accidental crossing."],
         slots=[
             ["[The military|Officials] said [there were no unusual movements|no unusual activity was detected] [by North Korean forces|on the North's side] [afterwards|after the incident].",
              "[Such crossings have occurred|Similar incidents have happened] [several times|repeatedly] since the North began [reinforcing|fortifying] its side of the border in 2024.",
              "@def:[Authorities|Investigators] will [question|interview] the soldier [to determine how he crossed|about his motives], [a standard procedure|as is standard]."],
         ]),
    dict(id="kp_warning", kind="incident", time=(6, 20), w=0.4,
         titles=["@warn:North Korea warns of 'resolute response' to allied drills",
                 "@warn:Pyongyang slams South Korea-US exercises as 'war rehearsal'",
                 "@warn2:North Korean state media warns Seoul over border drills",
                 "@art:North Korea fires artillery into sea off west coast, Seoul says"],
         lead=["@warn:North Korea warned on {wd} of a “resolute response” to [South Korean and US air drills|joint exercises] [this week|near the peninsula], [calling them a rehearsal for invasion|describing them as a grave provocation], state media said.",
               "@warn2:[A senior ruling party official|The powerful sister of the North Korean leader] denounced [the South's artillery drills|Seoul's live-fire exercises] near the border in a statement carried by state media on {wd}, [warning of consequences|threatening countermeasures].",
               "@art:North Korea fired [dozens of|about {k}] artillery rounds into waters [off its west coast|north of {isl}] on {wd}, {jcs} said, adding that [the shells|they] [did not cross|fell north of] the maritime border."],
         slots=[
             ["@warn,warn2:[Seoul's|South Korea's] defence ministry said the drills were [routine|defensive] and [urged|called on] the North to [refrain from provocations|stop its threats].",
              "{jcs} said it was [closely monitoring|tracking] [North Korean military activity|the situation] [in coordination with|together with] US forces.",
              "@art:[Residents of|Authorities on] {isl} reported [no damage|that daily life continued as normal], [officials said|an island official said]."],
             ["The North [regularly|routinely] [issues|makes] such [warnings|threats] [around|during] [allied exercises|South Korea-US drills].",
              "", ""],
         ]),
    dict(id="kp_unif", kind="routine", time=(8, 18), w=1.4,
         titles=["@aid:Seoul approves aid shipment by NGOs to North Korea",
                 "@fam:Unification ministry marks separated families' day with video messages",
                 "@def:Number of North Korean defectors arriving in South stays low",
                 "@talk:Seoul proposes military talks; Pyongyang silent",
                 "@hot:Unification minister calls for restoring hotline with North"],
         lead=["@aid:South Korea's unification ministry said on {wd} it had approved [a plan by|requests from] [three|two] [aid groups|non-governmental organisations] to send [medical supplies|fertiliser and seeds|tuberculosis drugs] to North Korea, [though|but] it was unclear whether Pyongyang would accept them.",
               "@def:The unification ministry said on {wd} that {k} North Korean defectors had arrived in the South [in the July-September quarter|so far this year], [a figure|a number] that has stayed [low|well below pre-pandemic levels] since [the North sealed its border in 2020|2020].",
               "@hot:[Seoul's|South Korea's] unification minister [called on|urged] North Korea on {wd} to [restore|reconnect] the inter-Korean hotline, which Pyongyang has [ignored|not answered] since [April 2023|2023].",
               "@fam:[Elderly|Aging] members of families separated by the Korean War [recorded|sent] video messages [to relatives in the North|for relatives in the North] [at an event|in a ceremony] in Seoul on {wd}, [organised|hosted] by the unification ministry and the Red Cross.",
               "@talk:South Korea [proposed|offered] on {wd} to hold [military talks|working-level talks] with North Korea to [prevent accidental clashes|clarify the military demarcation line], but [there was no immediate response|Pyongyang did not immediately respond]."],
         slots=[
             ["[A ministry spokesperson|The ministry] said [the government|Seoul] would [keep|continue] [trying to|making efforts to] [reopen dialogue|reduce tensions] [despite the North's silence|regardless of Pyongyang's response].",
              "[Of the|Among some] [130,000|133,000] South Koreans who registered [for reunions|to meet relatives], [fewer than 40,000|about 36,000] are still alive, [according to the ministry|ministry data show].",
              "The North has not [responded|replied] to [any|several] [proposals|offers] from Seoul [since 2023|for more than two years]."],
         ]),
    dict(id="kp_drills", kind="routine", time=(8, 18), w=0.8,
         titles=["@air:South Korea, US hold combined air drills", "@mar:Marines stage live-fire drill on {isl}",
                 "@riv:Allied forces conduct river-crossing exercise near border"],
         lead=["@air:South Korea and the United States [began combined air drills on {wd}|held joint air drills on {wd}], [involving fighter jets|with dozens of aircraft taking part], [the air force|the military] said, [describing them as routine|calling them regular annual training].",
               "@mar:South Korean marines [stationed|based] on {isl} [held|conducted] [a quarterly|a regular] live-fire exercise on {wd}, firing [K9 howitzers|artillery shells] into waters [south of the island|away from the border], the [navy|marine corps] said.",
               "@riv:[Troops|Engineers] from South Korea and the US [staged|held] a river-crossing exercise [on the Imjin river|near Yeoncheon] on {wd}, [part of|in] [routine|regular] [combined training|joint drills]."],
         slots=[
             ["[The military|Officials] said [the exercise|the drill] [had been notified in advance|was planned months ago] and [was|is] [defensive in nature|not aimed at any country].",
              "North Korea [usually|often] [condemns|denounces] such drills as [preparations for war|rehearsals for an invasion].",
              "[About|Some] 28,500 US troops are stationed in South Korea, a legacy of the 1950-53 war."],
         ]),
    dict(id="kp_history", kind="history", time=(8, 18), w=0.6, bg=0.9,
         titles=["@vet:Korean War veteran who fought at the Chosin Reservoir dies at 96",
                 "@exh:Exhibition marks armistice history at DMZ museum",
                 "@rem:Remains of Korean War soldiers identified after 73 years"],
         lead=["@vet:[A South Korean veteran|A former general] who [fought|served] in [the Korean War's|some of the fiercest battles of the] 1950-53 war, [including at the Chosin Reservoir|including the defence of the Nakdong river line], [has died|died] at the age of [96|94|97], [his family said|the veterans' ministry said] on {wd}.",
               "@exh:[A new exhibition|An exhibition] opened [at a museum near Paju|at the DMZ peace museum] on {wd}, [tracing|showing] the history of the [armistice talks at Panmunjom|Military Demarcation Line] [from 1951|since 1953] [through documents and photographs|to the present].",
               "@rem:South Korea's defence ministry said on {wd} it had identified the remains of [two|three] soldiers killed in the 1950-53 Korean War, [recovered|excavated] [from hills near Cheorwon|in the Arrowhead Ridge area] [in|during] [last year's|recent] excavations."],
         slots=[
             ["[The war|The fighting] [killed|left] [millions|millions of people dead] and [ended|was halted] [with|by] the armistice [signed|agreed] in July 1953.",
              "[Families|Relatives] of the soldiers [attended|were invited to] a ceremony [in Seoul|at the national cemetery], [officials said|the ministry said].",
              "[More than|About] 120,000 South Korean soldiers [listed as missing|whose remains have not been found] [are still missing|remain unaccounted for] from the war, [according to the ministry|the ministry said]."],
         ]),
    dict(id="kp_biz", kind="business", time=(8, 17), w=0.6,
         titles=["@kae:Former Kaesong firms seek more compensation a decade after closure",
                 "@dmz:DMZ tourism trails draw record visitors this autumn",
                 "@cty:Border county bets on 'peace tourism' to lift economy"],
         lead=["@kae:[Companies that|Firms which] [operated|ran factories] in the [now-closed|shuttered] Kaesong industrial park [asked|urged] the government on {wd} for [more|additional] compensation, [saying|arguing] [their losses|losses from the 2016 closure] [were never fully covered|have not been made good].",
               "@dmz:[Tourist trails|Hiking routes] along the Demilitarised Zone [drew|attracted] [a record|about] {k},000 visitors [this autumn|between September and November], [local authorities|the tourism ministry] said on {wd}.",
               "@cty:{btown} county [launched|unveiled] a plan on {wd} to [attract|draw] [tourists|visitors] to [observatories|lookout posts] [overlooking|facing] North Korea, [betting|hoping] that the border's [history|unique status] can [revive|lift] the local economy."],
         slots=[
             ["@kae:[About|Some] 120 South Korean firms [employed|had employed] [more than|about] 50,000 North Korean workers at Kaesong before the complex was closed in 2016.",
              "@dmz,cty:[Visitors|Tourists] must [register in advance|book ahead] and are [escorted|accompanied] by soldiers [on parts of the route|in restricted areas].",
              "@dmz,cty:[Local officials|Business owners] said [tensions|periodic tensions] [with the North|on the border] [had not|did not] [deterred|put off] [visitors|tourists]."],
         ]),
    dict(id="kp_sport", kind="sport", time=(10, 21), w=0.3,
         titles=["@q:South Korea crush North in women's Asian qualifier",
                 "@pen:Battle of Hanoi: South Korea edge North Korea on penalties"],
         lead=["@q:South Korea's women [crushed|swept aside] North Korea 3-0 in an Asian Cup qualifier [in Hanoi|on neutral ground] on {wd}, [a battle|a bruising battle] that [the coach|South Korea's coach] later said felt like “[we went to war out there|a war on grass]”.",
               "@pen:[South Korea|The South Korean side] [edged|beat] North Korea on penalties [in a tense|after a gruelling] [youth|under-20 women's] [final|match] [in Vietnam|in Hanoi] on {wd}, [ending|closing] [a battle|a fierce battle] that [went to extra time|lasted 120 minutes]."],
         slots=[
             ["[The North Korean players|North Korea's team] [did not shake hands|left the pitch quickly] after the final whistle, [as is usual|as is often the case] in [inter-Korean|matches between the two].",
              "[The win|Victory] [keeps|puts] South Korea [on course|in contention] for [next year's|the] [finals|tournament], [while|and] the North [must win|need a win] [in their last group game|in the final round]."],
         ]),
]
KOR_PRK_EN.append(
    dict(id="kp_yeonpyeong", kind="history", time=(1, 9), w=0.0, bg=0.0,
         titles=["Yeonpyeong marks {yrs2} years since North Korean shelling",
                 "Islanders, families remember 2010 Yeonpyeong attack",
                 "Memorial service held on Yeonpyeong, {yrs2} years after shelling"],
         lead=["Residents of Yeonpyeong island and families of the victims [marked|commemorated] on {wd} the {yrs2}th anniversary of North Korea's artillery attack on the island, which killed two marines and two civilians on November 23, 2010.",
               "A memorial service was held on {wd} [on Yeonpyeong island|at the marine corps base on Yeonpyeong] for the four people killed when North Korean artillery [shelled|struck] the island {yrs2} years ago, [the marine corps said|officials said]."],
         slots=[["[About|Some] 170 shells [hit|landed on] the island [that afternoon|on that day], [setting homes ablaze|destroying dozens of houses], and most residents [fled|were evacuated] to the mainland [for weeks|for months].",
                 "[Marines|South Korean marines] [returned fire|fired back] with K9 howitzers [at the time|within minutes]; the attack [was|remains] one of the most serious [since the 1953 armistice|since the Korean War].",
                 "[Residents|Islanders] [said|told reporters] [shelters|the shelters built after the attack] [are|have been] [modernised|upgraded] [in recent years|since]."],
                ["[The defence minister|A deputy defence minister] [laid a wreath|paid tribute] and [said|vowed] [the military|the armed forces] [would|will] [respond firmly|maintain a firm posture] [to any provocation|against any provocation].",
                 "[Fishing|Crab fishing] [boats|crews] [went out|were at sea] as usual, [islanders said|officials said], [a sign of how daily life has returned|though memories of the attack remain]."]],
         ))

KOR_PRK_POOL = dict(bg=KP_BG, quotes=KP_QUOTES, filler=KP_BG)

# ===========================================================================
# SRB-HRV
# ===========================================================================

SRB_OFFICIALS = ["Milan Jovanović", "Dragana Petrović", "Nenad Ilić", "Jelena Stanković", "Dejan Marić"]
HRV_OFFICIALS = ["Ivana Babić", "Tomislav Horvat", "Marko Perić", "Ana Kovačević", "Josip Novak"]


def ctx_srb_hrv(d):
    c = base_ctx(d)
    c.update(sofficial=pick(SRB_OFFICIALS), hofficial=pick(HRV_OFFICIALS),
             mtown=pick(["Belgrade", "Zagreb", "Vukovar", "Osijek", "Novi Sad"]),
             cross=pick(["Bajakovo", "Batrovci", "Tovarnik", "Šid", "Bajakovo-Batrovci"]),
             dl=pick(["BELGRADE", "ZAGREB", "ZAGREB", "BELGRADE"]),
             kickers=["FURY:", "BANNED!", "BALKAN BUST-UP:", "FAN WAR:", "ROW ERUPTS:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Belgrade", "Zagreb"]
    c["bg_"] = ["Belgrade", "Serbia", "the Serbian government"]
    c["zg_"] = ["Zagreb", "Croatia", "the Croatian government"]
    return c


SH_BG = [
    "Serbia and Croatia fought a war in 1991-95 as Yugoslavia broke apart, and relations have remained prickly since.",
    "The Yugoslav army and Serb paramilitaries besieged Vukovar for 87 days before the town fell on November 18, 1991.",
    "Croatia's 1995 Operation Storm ended the self-declared Serb statelet in Krajina, and tens of thousands of Serbs fled.",
    "About 1,800 people are still listed as missing from the 1991-95 war, according to Croatian figures.",
    "Croatia joined the European Union in 2013 and the euro area and Schengen zone in 2023; Serbia is a long-standing candidate.",
    "The two countries still dispute parts of their border along the Danube, where the river has shifted since the 19th century.",
    "Trade between the two has grown steadily since the 2000s, and Croatian retailers and food companies are among the biggest investors in Serbia.",
]
SH_QUOTES = [
    "@sh_note,sh_ban:“This is not how good-neighbourly relations are built,” {sofficial}, a Serbian foreign ministry official, said.",
    "@sh_note,sh_ban:“Croatia will not accept lectures about the past from Belgrade,” {hofficial}, a member of Croatia's ruling party, told reporters.",
    "@sh_fans,sh_sport:“Sport should bring people together, not become a stage for old hatreds,” the club's president said.",
    "@sh_note,sh_minority,sh_missing,sh_biz:“We have no choice but to keep talking,” a diplomat in Zagreb said. “We are neighbours whether we like it or not.”",
    "@sh_missing,sh_vukovar:“Families have waited more than thirty years for answers,” said a relative of a missing man at the commemoration.",
]

SRB_HRV_EN = [
    dict(id="sh_note", kind="incident", time=(9, 19), w=0.8,
         titles=["@sym:Serbia sends protest note to Croatia over nationalist symbols",
                 "@sum:Zagreb summons Serbian charge d'affaires over remarks",
                 "@graf:Belgrade protests to Zagreb after graffiti on Serb homes",
                 "@rej:Croatia rejects Serbian protest as 'interference'",
                 "Diplomatic spat flares between Belgrade and Zagreb"],
         lead=["@sym:Serbia's foreign ministry [sent|delivered] a protest note to Croatia on {wd} over [the display of Ustasha symbols at a concert|pro-Ustasha chants at a concert] in Zagreb, [calling it|describing it as] [“unacceptable”|“deeply offensive”].",
               "@sum:Croatia's foreign ministry [summoned|called in] Serbia's [charge d'affaires|chargé d'affaires] on {wd} [over|to protest] [remarks|comments] by a Serbian [minister|official] [about|describing] [Operation Storm|the 1995 war], [officials said|the ministry said].",
               "@graf:[Belgrade|Serbia] [protested|lodged a protest] to Zagreb on {wd} after [graffiti|anti-Serb graffiti] was [sprayed|painted] on [houses|homes] of [Serb returnees|ethnic Serbs] in [a village near Vukovar|eastern Slavonia], [the foreign ministry said|{sofficial}, a ministry official, said].",
               "@rej:Croatia [rejected|dismissed] a Serbian protest note on {wd}, [saying|with a ministry spokesperson saying] it [amounted to|was] “interference in Croatia's internal affairs” and [urging|telling] Belgrade to [address its own past|look at its own record]."],
         slots=[
             ["@sym,graf:[The Croatian government spokesperson|Croatia's interior ministry] said [police had opened an investigation|the incident had been condemned] and that [hate speech|such acts] [had no place in Croatia|would be prosecuted].",
              "[Serbia's|The Serbian] [president|foreign minister] said [later on {wd}|in a television interview] that Belgrade [wanted good relations|sought calm relations] with Zagreb [but would not stay silent|but could not ignore such incidents].",
              "[Such|Similar] [exchanges|notes] are [a recurring feature of|common in] relations between the two neighbours, and [rarely|seldom] [lead to more than|go beyond] [words|an exchange of statements]."],
         ]),
    dict(id="sh_ban", kind="incident", time=(9, 20), w=0.5,
         titles=["@off:Croatia bars Serbian official from entering at {cross}",
                 "@off,off3:Serbian official turned back at Croatian border",
                 "@offr:Belgrade protests after Croatia bans entry to former officer"],
         lead=["@off:Croatian police [refused|denied] entry to a Serbian [lawmaker|government official|state secretary] at the {cross} border crossing on {wd}, [saying he posed a security risk|citing an entry ban], [Serbian officials said|the Serbian government said].",
               "@offr:Croatia [banned|has banned] a [retired|former] Serbian army officer from entering the country [after he planned|who had planned] to attend [a commemoration|a memorial service] in [eastern Croatia|Vukovar], [officials in Belgrade said on {wd}|the Serbian foreign ministry said on {wd}].",
               "@off3:A Serbian [minister|official] was turned back at the Croatian border on {wd} [on his way to|while travelling to] [a meeting of the Serb minority|a church event] in Croatia, [prompting|drawing] [a protest|an angry reaction] from Belgrade."],
         slots=[
             ["[Croatia's|The Croatian] interior ministry [declined to comment on|did not give reasons for] [the decision|individual cases], [citing privacy rules|saying it did not comment on such matters].",
              "[Belgrade|Serbia] [summoned|said it would summon] the Croatian ambassador [to protest|over the incident], [calling|describing] the ban [“discriminatory”|“a provocation”].",
              "[Croatia|Zagreb] has [banned|refused entry to] [several|a number of] Serbian officials [in recent years|since 2022], [usually|often] [citing|over] [wartime roles|statements about the war]."],
         ]),
    dict(id="sh_fans", kind="incident", time=(10, 22), w=0.5,
         titles=["@bb:Fans clash after Zagreb-Belgrade basketball game",
                 "@bb:Police detain {k} fans after nationalist banners at match",
                 "@ban:Ultras' banner sparks row between Serbian and Croatian clubs",
                 "@hb:Handball fans fined over chants at Croatia-Serbia clash"],
         lead=["@bb:[Croatian|Zagreb] police [detained|arrested] {k} [fans|supporters] [after|following] [scuffles|clashes] [outside the arena|near the stadium] [when|as] [Cibona Zagreb|a Zagreb club] hosted [Crvena Zvezda|a Belgrade side] in a [regional league|basketball] game on {yd} night, [police said on {wd}|officials said on {wd}].",
               "@ban:[A banner|A giant banner] [unfurled|displayed] by [Belgrade|Partizan] ultras [referring to|glorifying] [the 1991 siege of Vukovar|wartime events] [drew|provoked] [condemnation|a furious reaction] in Croatia on {wd}, with [Zagreb|the Croatian sports ministry] [demanding|calling for] [punishment|sanctions] from [the league|European basketball's governing body].",
               "@hb:[The disciplinary commission|European handball's governing body] [fined|imposed a fine on] [both federations|the Serbian and Croatian federations] on {wd} over [nationalist chants|offensive chants] at [last month's|a recent] [match|game] between the two countries."],
         slots=[
             ["@bb:[Several|Two] police officers [were slightly injured|suffered minor injuries] and [flares|bottles] were thrown, [police said|according to police].",
              "@bb,ban:[The clubs|Both clubs] [condemned|distanced themselves from] the [behaviour|incidents] and said they would [cooperate with|help] [police|investigators].",
              "@bb,ban:[Away fans have been banned|Visiting supporters have been barred] from [such|these] [games|fixtures] [several times|in the past] [because of|after] [earlier trouble|previous violence]."],
         ]),
    dict(id="sh_missing", kind="routine", time=(9, 17), w=1.0,
         titles=["@meet:Serbian and Croatian commissions meet on missing persons",
                 "@arch:Croatia, Serbia agree to exchange more wartime archives",
                 "@exh:Exhumation at mass grave site in eastern Croatia",
                 "@meet:Missing persons talks resume in {mtown}"],
         lead=["@meet:[Commissions on missing persons|Missing persons commissions] from Serbia and Croatia [met|held talks] in {mtown} on {wd} and agreed to [exchange more documents|step up cooperation] on [locating|finding] [people|those] still missing from the 1991-95 war, [officials said|a joint statement said].",
               "@exh:[Croatian|Forensic] [experts|teams] [began|started] [exhuming|an exhumation at] [a suspected|a possible] [mass grave|burial site] [near|outside] [Vukovar|Petrinja|Glina] on {wd}, [Croatia's veterans ministry said|officials said], [based on information provided by|after receiving documents from] the Serbian side.",
               "@arch:Serbia [handed over|delivered] [documents|material] from [military|wartime] archives to Croatia on {wd} [to help|in an effort to] [locate|find] [people|those] [still missing|missing since the war], [Croatian officials|the commission] said."],
         slots=[
             ["[About|Some] 1,800 people are still [listed as|registered as] missing in Croatia from the war, [and|while] Serbia says [hundreds of|several hundred] Serbs are also unaccounted for.",
              "[Relatives|Families of the missing] [have long|long] [complained|accused both governments] of [slow progress|dragging their feet].",
              "[The talks|The meeting] [took place|was held] [in a constructive atmosphere|in a businesslike atmosphere], [both sides said|according to the statement]."],
         ]),
    dict(id="sh_vukovar", kind="history", time=(8, 20), w=0.0, bg=0.0,
         titles=["Tens of thousands march in Vukovar to mark 35 years since town's fall",
                 "Croatia remembers Vukovar victims on 35th anniversary",
                 "Vukovar Remembrance Day draws crowds to 'Column of Memory'"],
         lead=["Tens of thousands of people [marched|walked] through Vukovar on {wd} [in the annual|in the] “Column of Memory” [to mark|marking] 35 years since the [eastern Croatian town|town on the Danube] fell to Yugoslav army and Serb forces in 1991.",
               "Croatia [remembered|commemorated] on {wd} the victims of the [1991 siege of Vukovar|87-day siege of Vukovar], as [the prime minister and president|Croatian leaders] joined [war veterans|thousands of veterans and families] [in a procession|for a march] to the town's memorial cemetery."],
         slots=[
             ["After the town fell on November 18, 1991, [about 200|some 200] [wounded and civilians|prisoners] were taken from the hospital and killed at the nearby Ovčara farm.",
              "[Serbia|Belgrade] [did not send|sent no] [an official delegation|official representatives], [and|while] [the Serb minority's|Serb community] leaders [laid wreaths|held a separate commemoration].",
              "[Croatian officials|Speakers] [called|repeated calls] for [Serbia|Belgrade] to [open|hand over] [archives|records] [that could help|to help] [locate|find] the missing."],
             ["[The siege|The battle] [left Vukovar in ruins|reduced the town to rubble], and it [has become|remains] a symbol of [the war|Croatia's independence war] for Croats.",
              "[The commemoration|The day] [passed without incident|passed peacefully], police said."],
         ]),
    dict(id="sh_minority", kind="routine", time=(9, 18), w=1.0,
         titles=["@snc:Serb minority council urges Zagreb to fund returnee villages",
                 "@voj:Croat community in Vojvodina marks anniversary of cultural centre",
                 "@com:Intergovernmental committee on minorities meets in Subotica"],
         lead=["@snc:[The Serb National Council|Croatia's Serb National Council], [the main|the umbrella] body of ethnic Serbs in Croatia, [urged|asked] the government on {wd} to [fund|invest in] [roads and water supply|infrastructure] in [villages|rural areas] where [Serbs who returned after the war|returnees] live.",
               "@voj:[Members of the|The] Croat community in [Serbia's|the northern Serbian province of] Vojvodina [marked|celebrated] [the anniversary|20 years] of [its cultural centre|a cultural institute] in Subotica on {wd}, with [officials from both countries|Croatian and Serbian officials] in attendance.",
               "@com:[The|A] [joint|intergovernmental] committee on [minority rights|national minorities] [met|held its session] in Subotica on {wd}, [reviewing|discussing] [education in minority languages|political representation and schooling], [officials said|the Croatian foreign ministry said]."],
         slots=[
             ["[Officials|Both sides] [described the talks as|called the meeting] [constructive|businesslike] [but|and] [acknowledged|noted] that [several issues remained open|implementation was slow].",
              "[About|Some] 120,000 Serbs live in Croatia [today|now], [compared with|down from] more than half a million before the war, [census figures show|according to census data].",
              "[The|A] bilateral agreement on minority protection [dates from|was signed in] 2004."],
         ]),
    dict(id="sh_biz", kind="business", time=(8, 17), w=1.0,
         titles=["@jan:JANAF keeps oil flowing to Serbian refinery despite sanctions uncertainty",
                 "@ret:Croatian retailer expands in Serbia with {k} new stores",
                 "@tour:Serbian tourists flock to Croatian coast, data show",
                 "@trade:Trade between Serbia and Croatia hits record, chambers say"],
         lead=["@jan:Croatia's JANAF pipeline operator said on {wd} it [continued|was continuing] to [deliver crude|supply oil] to Serbia's [Pančevo refinery|only refinery] [under existing contracts|as normal], [amid|despite] uncertainty over US sanctions on [the refinery's Russian-controlled owner|its majority owner].",
               "@ret:[A Croatian food and retail group|Croatia's biggest grocery chain] [said|announced] on {wd} it would open {k} new stores in Serbia [next year|over the next two years], [betting on|citing] [rising consumer spending|strong demand].",
               "@tour:[Serbian tourists|Visitors from Serbia] [made|accounted for] about [a million|900,000] overnight stays on [the Croatian coast|Croatia's Adriatic coast] [this year|between January and October], [Croatian tourism board figures|official data] [showed|released on {wd} showed].",
               "@trade:[Trade|Bilateral trade] between Serbia and Croatia [reached|rose to] [a record|about] €2.[4|5|6] billion [in the first nine months|in the year to September], [the two countries' chambers of commerce said on {wd}|figures presented at a business forum on {wd} showed]."],
         slots=[
             ["[Businesspeople|Company executives] [said|say] [politics rarely gets|political spats seldom get] in the way of [trade|business] between the two neighbours, which share a language.",
              "[Croatian firms are among the largest investors in Serbia|Companies from both countries invest heavily in each other's markets], [particularly|especially] in [food|retail and food processing].",
              "@jan:[The|Serbia's] [Pančevo|refinery] [relies|depends] [almost entirely|heavily] on crude [shipped|delivered] through the JANAF pipeline [from|via] the Croatian port of Omišalj."],
         ]),
    dict(id="sh_sport", kind="sport", time=(17, 22), w=0.4,
         titles=["@wp:Croatia crush Serbia in water polo 'Balkan war' at the pool",
                 "@hb:Serbia storm back to beat Croatia in handball thriller",
                 "@wp:No truce in the pool as Croatia and Serbia renew rivalry"],
         lead=["@wp:Croatia [crushed|routed] Serbia 14-9 in a [water polo|European water polo] [grudge match|clash] in Zagreb on {wd}, [a battle|an all-out battle] that [Croatia's coach|the Croatian captain] [summed up|described] as “[war in the water, as always|a war without weapons]”.",
               "@hb:Serbia [stormed back|came from behind] to [beat|edge] Croatia [29-27|31-30] in a [handball|European handball] [qualifier|friendly] in Belgrade on {wd}, [ending|in] [a bruising battle|a physical battle] [with|featuring] [three red cards|a late blitz of goals]."],
         slots=[
             ["[Matches between the two|Meetings of the two neighbours] [are always|have long been] [charged|emotional] [because of|given] the 1990s war, [and|but] [this one|the latest meeting] [passed without|saw no] [crowd trouble|serious incidents].",
              "“[We went to war out there and came back with the points|It was a battle from the first whistle],” [the top scorer|the winning coach] said."],
         ]),
]
SRB_HRV_POOL = dict(bg=SH_BG, quotes=SH_QUOTES, filler=SH_BG)


# ===========================================================================
# AZE-IRN
# ===========================================================================

AZ_OFFICIALS = ["Elnur Mammadli", "Leyla Huseynova", "Rashad Guliyev", "Aygun Karimova", "Tural Ismayilzade"]
IR_OFFICIALS = ["Hossein Rahmani", "Mehdi Sadeghi", "Reza Kazemi-Nia", "Ali Akbarzadeh", "Masoud Farahani"]


def ctx_aze_irn(d):
    c = base_ctx(d)
    c.update(aofficial=pick(AZ_OFFICIALS), iofficial=pick(IR_OFFICIALS),
             dl=pick(["BAKU", "BAKU", "TEHRAN", "TEHRAN", "ASTARA"]),
             kickers=["SPAT!", "WAR GAMES:", "BORDER DRAMA:", "DIPLOMATIC ROW:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Baku", "Tehran", "Dubai"]
    c["baku"] = ["Baku", "Azerbaijan", "the Azerbaijani government"]
    c["tehran"] = ["Tehran", "Iran", "the Iranian government"]
    return c


AI_BG = [
    "The Aras river has marked much of the border between Azerbaijan and Iran since the 1828 Treaty of Turkmenchay divided the region between the Russian and Persian empires.",
    "More ethnic Azerbaijanis live in northern Iran than in Azerbaijan itself, a fact that has long coloured relations between Baku and Tehran.",
    "Azerbaijan closed its embassy in Tehran after a gunman stormed it in January 2023, killing its head of security; the mission reopened in 2024.",
    "Tehran has long been wary of Baku's close ties with Israel, a major supplier of arms to Azerbaijan.",
    "Iran held large military drills near the Azerbaijani border in 2021 and 2022 during a period of sharp tension.",
    "Relations improved after 2024, with the two countries opening the Khudafarin dam on the Aras and agreeing to build a rail link through Iran.",
    "The International North-South Transport Corridor is meant to link Russia to the Gulf through Azerbaijan and Iran.",
]
AI_QUOTES = [
    "@ai_spat,ai_embassy,ai_drills:“We expect the Iranian side to take this matter seriously,” {aofficial}, an Azerbaijani foreign ministry spokesperson, said.",
    "@ai_spat,ai_drills,ai_commission:“Iran values its relations with its northern neighbour and rejects any interference,” {iofficial}, an Iranian foreign ministry official, said.",
    "@ai_rail,ai_gas:“Trade does not wait for politics; the trucks keep coming,” a freight agent in Astara said.",
    "@ai_commission,ai_rail,ai_history:“The two brotherly nations share centuries of common history and culture,” an Iranian deputy minister said at the meeting.",
]

AZE_IRN_EN = [
    dict(id="ai_spat", kind="incident", time=(9, 20), w=0.7,
         titles=["@cl:Azerbaijan summons Iranian ambassador over cleric's remarks",
                 "@tv:Iran protests to Baku over TV programme",
                 "Baku and Tehran trade barbs in latest media spat",
                 "@spy:Azerbaijan detains suspects accused of spying for Iran"],
         lead=["@cl:Azerbaijan's foreign ministry [summoned|called in] Iran's ambassador on {wd} to [protest|object to] [remarks|comments] by [an Iranian cleric|a senior Iranian cleric] [who|that] [questioned|cast doubt on] [Azerbaijan's secular system|Baku's foreign policy], the ministry said.",
               "@tv:Iran's foreign ministry [protested|lodged a protest] to Azerbaijan on {wd} over [a programme|a talk show] aired on Azerbaijani [state|private] television that [Tehran said|Iran said] [insulted|offended] [Iranian officials|religious figures].",
               "@spy:[Baku|Azerbaijan's state security service] said on {wd} it had detained [two|three] people [suspected of|accused of] [spying for Iran|working for Iranian intelligence], [in the latest of several such cases|a case that drew a cool response from Tehran].",
               "@barb:[A|The latest] [war of words|media row] between Azerbaijan and Iran [flared|flared up] on {wd} after [Iranian lawmakers|Azerbaijani media] accused the other side of [hostile propaganda|stirring ethnic tensions]."],
         slots=[
             ["[The Iranian embassy|Tehran] [did not comment|made no immediate comment], [but|while] [Iranian media|state-linked outlets] [dismissed|played down] the [dispute|row].",
              "[Such|Similar] [spats|rows] [flare up|have flared] [periodically|regularly], [though|but] [relations|ties] have [improved|warmed] [since 2024|in the past two years].",
              "[Officials on both sides|Diplomats] [said|stressed] that [economic cooperation|trade and transport projects] [would not be affected|were continuing as planned]."],
         ]),
    dict(id="ai_embassy", kind="incident", time=(9, 18), w=0.4,
         titles=["@post:Tehran court postpones hearing in Azerbaijani embassy attack case",
                 "@dem:Baku demands 'fair punishment' in embassy guard killing case",
                 "@res:Azerbaijan embassy attack trial resumes in Tehran"],
         lead=["@post:A court in Tehran [postponed|adjourned] on {wd} [the|a] [hearing|session] in the case of the man accused of [storming|attacking] Azerbaijan's embassy in January 2023 and killing its head of security, [Azerbaijani officials|Baku's foreign ministry] said.",
               "@dem:Azerbaijan [called on|urged] Iran on {wd} to [ensure|deliver] “[fair punishment|a just verdict]” in the trial of the gunman who attacked its embassy in Tehran in 2023, [after|following] [another delay|a further postponement] [in the proceedings|of the case].",
               "@res:The trial of the man charged over the 2023 attack on Azerbaijan's embassy in Tehran [resumed|continued] on {wd}, [Iranian judiciary media|Iranian state media] reported, [with|as] [Azerbaijani diplomats|embassy representatives] [attending|in attendance]."],
         slots=[
             ["[Iranian officials have said|Tehran says] the attack was [a personal matter|driven by a family dispute], [a version|an account] that Baku [rejects|has rejected].",
              "[The embassy|Azerbaijan's embassy] [reopened|resumed work] in [mid-|]2024 [after|following] [a period of|months of] [diplomatic contacts|talks] between the two governments.",
              "[The next hearing|A new session] [was set for|is scheduled for] [next month|December], [the court said|according to the judiciary]."],
         ]),
    dict(id="ai_drills", kind="incident", time=(8, 19), w=0.5,
         titles=["@ir:Iran holds ground forces drills near Azerbaijan border",
                 "@ir:Iranian army exercises along Aras river; Baku monitoring",
                 "@az:Azerbaijan stages military exercises in Nakhchivan"],
         lead=["@ir:Iran's army ground forces [began|launched] [drills|exercises] [in the northwest of the country|in East Azerbaijan province] [near the border with Azerbaijan|along the Aras river] on {wd}, [Iranian state media|state television] reported, [describing|calling] them [routine|annual].",
               "@ir:Azerbaijan said on {wd} it was [monitoring|closely watching] Iranian [military exercises|troop movements] [near|along] [the Aras river|its southern border], [though|but] [its defence ministry|officials] [described|called] the situation [calm|stable].",
               "@az:Azerbaijan's armed forces [held|conducted] [exercises|drills] [in|in the exclave of] Nakhchivan on {wd}, [involving|with] [artillery|tanks and drones], [the defence ministry said|officials said], [drawing|prompting] [a muted|no] reaction from Tehran."],
         slots=[
             ["@ir:[The drills|The exercises] [involve|included] [armoured units|artillery, drones and helicopters], and [are not aimed at any country|are routine], [an Iranian commander|{iofficial}, a spokesperson,] [said|told state media].",
              "@ir:[In|During] [2021|2021 and 2022], [similar|large] Iranian drills near the border [came during|were held during] [a period of|sharp] tension [with Baku|between the two], [though|but] ties have since [improved|eased].",
              "@ir:[Baku|Azerbaijani officials] [said|noted] [they had been informed|notification had been received] [in advance|beforehand]."],
         ]),
    dict(id="ai_rail", kind="routine", time=(8, 18), w=1.0,
         titles=["@rail:Work on Rasht-Astara rail link advances, officials say",
                 "@corr:Azerbaijan, Iran discuss North-South transport corridor",
                 "@frt:Freight volumes at Astara crossing rise, customs says",
                 "@br:New bridge over Astara river to open next year"],
         lead=["@rail:[Construction of|Work on] the Rasht-Astara railway, a [missing|key] link in the North-South transport corridor, [is advancing|has advanced], [Iranian|Azerbaijani] officials said on {wd} after [a meeting|talks] in [Baku|Tehran|Astara].",
               "@corr:[Officials from Azerbaijan and Iran|Transport officials from the two countries] [met|held talks] in [Baku|Tehran] on {wd} to discuss [tariffs|freight tariffs and border procedures] on the North-South transport corridor, [officials said|a statement said].",
               "@frt:[Freight|Cargo] [traffic|volumes] [through|at] the Astara border crossing [rose|grew] [about {k} %|by {k} %] in the first ten months of the year, [Azerbaijan's customs service|customs officials] said on {wd}.",
               "@br:[A new road bridge|The new bridge] over the Astara river [between Azerbaijan and Iran|on the border] [is due to open|should open] [next year|in 2027], [Azerbaijani officials|transport officials] said on {wd}, [after|following] [an inspection visit|an inspection of the site]."],
         slots=[
             ["@rail,corr:[Baku|Azerbaijan] [has agreed to finance|is financing] [part of|much of] the [railway|line] [through|with] a [loan|credit line], [officials said|according to earlier agreements].",
              "@rail,corr:The corridor [would|is meant to] [cut|shorten] [transit times|shipping times] between [Russia|northern Europe] and [India|the Gulf] [by weeks|by up to two weeks].",
              "@frt,br:[Trucks|Lorries] [queue|wait] [for hours|for days] [at the crossing|at Astara] [during|at] [peak periods|harvest time], [drivers|freight agents] say."],
         ]),
    dict(id="ai_commission", kind="routine", time=(9, 17), w=0.8,
         titles=["@com:Azerbaijan, Iran hold intergovernmental commission talks",
                 "@mou:Baku and Tehran sign memorandums on energy, customs",
                 "@dfm:Iranian deputy foreign minister visits Baku"],
         lead=["@com:The [joint|intergovernmental] economic commission of Azerbaijan and Iran [met|held a session] in [Baku|Tehran] on {wd}, with [officials|deputy ministers] [signing|discussing] [agreements|documents] on [customs|energy, transport and customs], [officials said|state media reported].",
               "@dfm:[Iran's|An Iranian] deputy foreign minister [held talks|met officials] in Baku on {wd} [on|about] [regional issues|transport links and trade], [the Azerbaijani foreign ministry said|a ministry statement said].",
               "@mou:Azerbaijan and Iran [signed|agreed] [several|four] memorandums [of understanding|] on [energy|electricity swaps|customs cooperation] on {wd}, [officials said|according to state media], [after|following] [talks|a meeting] [of the intergovernmental commission|in Baku]."],
         slots=[
             ["[The two sides|Both sides] [expressed satisfaction|said they were satisfied] with [the level of|the state of] bilateral relations and [agreed|pledged] to [expand|increase] trade, [the statement said|officials said].",
              "[Trade|Bilateral trade] [between the two|] [stands at|is about] $500 million a year, [officials said|according to official data], [well below|far below] [the potential|the target both have set].",
              "[The next session|The next meeting] [will|is to] be held in [Tehran|Baku] [next year|in 2027]."],
         ]),
    dict(id="ai_gas", kind="business", time=(8, 17), w=0.6,
         titles=["@gas:Azerbaijan, Iran extend gas swap deal for Nakhchivan",
                 "@hyd:Khudafarin hydro plant output boosts Azerbaijan-Iran power trade",
                 "@fair:Azerbaijani firms eye Iranian market at Tabriz trade fair"],
         lead=["@gas:Azerbaijan and Iran [agreed|signed a deal] on {wd} to extend [a gas swap|the gas swap arrangement] under which [Iran delivers gas to Nakhchivan|Azerbaijani gas reaches its Nakhchivan exclave via Iran], [officials|energy officials] said.",
               "@hyd:[Power generation|Output] at the [jointly built|joint] hydroelectric plants on the Aras river [rose|increased] [this year|in 2026], [officials|Azerbaijan's energy ministry] said on {wd}, [allowing|enabling] [more|greater] electricity trade between the two countries.",
               "@fair:[About|Some] {k} Azerbaijani companies [are taking part|took part] in [a trade fair|an exhibition] in [Tabriz|Tehran] [this week|that opened on {wd}], [seeking|looking for] [buyers|partners] in [food|construction materials and food], [organisers said|Azerbaijan's export agency said]."],
         slots=[
             ["@gas:Under the [arrangement|deal], [Iran|Tehran] [keeps|retains] [a share|a portion] of the gas as a [transit fee|fee], [officials said|according to the terms].",
              "@fair:[Officials|Organisers] said [US sanctions on Iran|sanctions] [complicated payments|made financing difficult], but [barter deals were being used|local-currency deals offered a workaround].",
              "@hyd:The [Khudafarin|Giz Galasi] [dam|project] on the Aras [was|is] [one of the few joint projects|a rare joint project] [completed on schedule|finished in recent years]."],
         ]),
    dict(id="ai_history", kind="history", time=(9, 18), w=0.4, bg=0.8,
         titles=["@tk:Conference in Baku revisits the Turkmenchay treaty legacy",
                 "@tab:Exhibition in Tabriz marks poet's anniversary, shared heritage",
                 "@46:Historians debate the 1946 Azerbaijan crisis at Tehran seminar"],
         lead=["@tk:[Historians|Scholars] from [Azerbaijan, Iran and Russia|several countries] [gathered|met] in Baku on {wd} for a conference on the 1828 Treaty of Turkmenchay, which [fixed|set] the Aras river as the border [between|dividing] the [Russian and Persian empires|two empires].",
               "@tab:[An exhibition|A festival] marking the anniversary of a 19th-century poet opened in [Tabriz|Tehran] on {wd}, with [guests from Azerbaijan|Azerbaijani writers] among the visitors, [organisers said|officials said], [celebrating|highlighting] [the two nations' shared heritage|common literary traditions].",
               "@46:[A seminar|A conference] at [a Tehran university|Tehran University] on {wd} [examined|looked back at] the 1946 [Azerbaijan crisis|crisis], when [Soviet troops|Soviet forces] [lingered|stayed] in northern Iran [after|following] the Second World War."],
         slots=[
             ["[Speakers|Participants] [noted|said] that [the legacy of the treaty|the division of historical Azerbaijan] [still shapes|continues to shape] [relations|ties] [today|between the two states].",
              "[Organisers|Officials] [described the event as|said the event was] [a sign of|part of] [warming|improving] [cultural ties|relations]."],
         ]),
]
AZE_IRN_POOL = dict(bg=AI_BG, quotes=AI_QUOTES, filler=AI_BG)

# ===========================================================================
# ARM-AZE (before 2026-11-19T09:00Z and after 2026-11-21T21:00Z)
# ===========================================================================


def ctx_arm_aze(d):
    c = base_ctx(d)
    c.update(syunik=pick(["Syunik", "Tavush", "Gegharkunik", "Vayots Dzor"]),
             village=pick(["Sotk", "Nerkin Hand", "Tegh", "Khoznavar", "Berkaber", "Kut", "Yeraskh", "Chinari"]),
             adistrict=pick(["Kalbajar", "Lachin", "Gadabay", "Tovuz", "Nakhchivan", "Zangilan"]),
             dl=pick(["YEREVAN", "BAKU", "YEREVAN", "BAKU"]),
             kickers=["BORDER FIRE:", "PEACE PUSH:", "STAND-OFF:", "SHOTS FIRED:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Yerevan", "Baku", "Tbilisi"]
    return c


AA_BG = [
    "Armenia and Azerbaijan fought a six-week war in 2020 over Nagorno-Karabakh, which ended with a Russian-brokered ceasefire.",
    "Azerbaijan retook Nagorno-Karabakh in a one-day offensive in September 2023, after which almost all of the region's ethnic Armenians fled to Armenia.",
    "The two countries fought a first war over Karabakh in the early 1990s as the Soviet Union collapsed; around 30,000 people were killed.",
    "In 2024 Armenia returned four villages in the Tavush region to Azerbaijan in the first stretch of border delimitation.",
    "Armenia and Azerbaijan agreed the text of a peace treaty in March 2025 and initialled it that August in Washington, but had yet to sign it.",
    "Baku has made the signing of a peace deal conditional on Armenia removing a reference to Karabakh from its constitution.",
    "The two sides have no diplomatic relations and their roughly 1,000-km border has never been formally delimited.",
]

ARM_AZE_PRE = [
    dict(id="aa_shoot", kind="incident", time=(7, 18), w=1.0,
         titles=["@am:Armenia says Azerbaijani forces fired on positions in {syunik}; Baku denies",
                 "@az:Baku accuses Yerevan of border shooting, Armenia rejects claim",
                 "Shooting reported on Armenia-Azerbaijan border, no casualties"],
         lead=["@am:Armenia's defence ministry said on {wd} that Azerbaijani forces had fired [small arms|small arms and a sniper rifle] at Armenian positions near {village} in the {syunik} region [late on {yd}|overnight], causing no casualties.",
               "@az:Azerbaijan's defence ministry [said Armenian forces had opened fire|accused Armenian forces of opening fire] on Azerbaijani positions in the {adistrict} district on {wd}, a claim Armenia's defence ministry [denied|called “untrue”].",
               "[A|Reports of a] shooting incident on the Armenia-Azerbaijan border [on {wd}|overnight into {wd}] [caused no casualties|left no one hurt], [officials said|both defence ministries said], with each side [blaming|accusing] the other."],
         slots=[
             ["[Such reports|Reports of this kind] have become [rare|much rarer] [over the past two years|since 2024] [as|while] the two sides [negotiate|work on] a peace treaty.",
              "@az:[Armenia's|The Armenian] defence ministry said [its units|the army] [had not returned fire|did not respond] and [called the claim|described the report as] [“disinformation”|“another attempt to raise tension”].",
              "[Analysts|Observers in Yerevan] [said|noted] that [incidents|claims] of this kind [tend to|often] [surface|appear] [when talks stall|at sensitive moments in the negotiations]."],
         ]),
    dict(id="aa_talks_stall", kind="routine", time=(8, 19), w=1.0,
         titles=["Armenia-Azerbaijan peace deal still unsigned as talks drag on",
                 "@con:Baku repeats constitution demand as Yerevan urges signing",
                 "@com:Delimitation commissions meet as treaty signing stalls"],
         lead=["@con:[Armenia's|The Armenian] foreign minister said on {wd} that Yerevan was ready to sign the [agreed|initialled] peace treaty with Azerbaijan [“at any moment”|without delay], [but|while] Baku [repeated|reiterated] that Armenia must first change its constitution.",
               "@com:The [border delimitation|state] commissions of Armenia and Azerbaijan [met|held a session] [on the border|in {dlc}] on {wd}, [discussing|to discuss] [regulations for joint work|the next stretches of the frontier], [officials said|a joint statement said].",
               "[Talks|Negotiations] on [finalising|signing] a peace treaty between Armenia and Azerbaijan [remained|were] [stalled|stuck] on {wd}, [officials|diplomats] said, with [neither side signalling|no sign of] [a date for signing|movement on the remaining issues]."],
         slots=[
             ["[An Azerbaijani presidential aide|A senior aide to Azerbaijan's president] said [Baku|Azerbaijan] [wanted|sought] [a lasting peace|an end to the conflict] [but|and that] [the constitutional issue|the reference to Karabakh in Armenia's constitution] [remained|was] the main obstacle.",
              "[Armenia's|The Armenian] prime minister [has proposed|plans] a [referendum|new constitution] [but|although] [no date has been set|the timing is uncertain].",
              "@com:[The commissions|Deputy prime ministers who lead the commissions] [agreed to|said they would] [meet again|continue work] [in the coming weeks|soon], [the statement said|officials said]."],
         ]),
]
ARM_AZE_POST = [
    dict(id="aa_impl", kind="routine", time=(8, 19), w=1.4,
         titles=["@com:Armenia, Azerbaijan commissions start work on next border sections", "@com:Border commissions move on to next sections after deal",
                 "Implementation of Armenia-Azerbaijan deal on track, officials say",
                 "@post:Border posts relocated as delimitation continues",
                 "@det:Freed detainees reunited with families in Yerevan", "@det:Armenians released by Azerbaijan return home to families"],
         lead=["@com:The Armenian and Azerbaijani border commissions [began|started] work on {wd} on the next sections of their [common frontier|border], following the agreement reached {rel}, [officials said|a joint statement said].",
               "[Officials in Yerevan and Baku|Both governments] said on {wd} that implementation of the agreement reached {rel} was [proceeding|going] [according to plan|as scheduled], with [surveyors|engineering teams] at work on [the first delimited sections|newly agreed stretches of the border].",
               "@post:[Border guards|Armenian border guards] [completed|finished] the [relocation|pullback] of [posts|positions] [along|on] [the first delimited section|newly agreed sections] of the border [on {wd}|over the weekend], [officials said|the national security service said].",
               "@det:[Armenians|The men] [freed|released] by Azerbaijan {rel} [were reunited with|met] their families [in Yerevan|at a ceremony in Yerevan] on {wd}, [officials said|Armenian media reported]."],
         slots=[
             ["@com,post:[The two sides|Officials] [said|stressed] [the work was technical|work was at a technical level] and [would take months|could take years] [along the full length|for the whole border].",
              "@com,post:[Residents|Villagers] [near the border|in {village}] [said|told reporters] they [hoped|were hoping] [the deal would allow them to farm their land|for normal life] [without fear|again].",
              "@det:[Officials|Armenian officials] said [the men|the released men] would [receive medical checks|undergo medical examinations] and [meet|be visited by] officials from the ombudsman's office.",
              "@det:[Relatives|Family members] [wept|embraced them] as [the men|they] [arrived|stepped off the bus], [television footage showed|local television showed].",
              "@com,post:[Azerbaijani officials|Officials in Baku] said [demining|mine clearance] [in the areas|along the line] [would continue|remained a priority] [with international help|alongside the delimitation work]."],
         ]),
    dict(id="aa_trade", kind="business", time=(8, 17), w=1.0,
         titles=["@fuel:Armenian importers eye Azerbaijani fuel after deal", "@fuel:Yerevan fuel traders in talks on Azerbaijani petrol supplies",
                 "@tr:Transit trade talk grows after Armenia-Azerbaijan agreement", "@tr:Business groups in Yerevan and Baku eye trade openings",
                 "@rail:Rail link talks resume between Yerevan and Baku", "@rail:Armenia, Azerbaijan transport officials discuss Soviet-era railway"],
         lead=["@fuel:[Armenian|Yerevan-based] fuel importers [said on {wd}|told reporters on {wd}] they were [in talks|discussing contracts] [for|to buy] Azerbaijani [petrol|fuel] [shipped|delivered] [via Georgia|through Georgia], [a trade that began in 2025|building on trial shipments that began last year].",
               "@tr:[Business groups|Chambers of commerce] in [Armenia and Azerbaijan|Yerevan and Baku] [said|signalled] on {wd} [they were ready|their readiness] to [explore|study] [transit|trade] [opportunities|links] [after|following] the agreement reached {rel}, [though|but] [officials cautioned|diplomats said] [it would take time|direct trade remains limited].",
               "@rail:[Officials|Transport officials] from [the two countries|Armenia and Azerbaijan] [discussed|held talks on] [restoring|reopening] [Soviet-era rail links|the railway] [through|across] [Armenia's Syunik region|the border] on {wd}, [officials said|according to a statement]."],
         slots=[
             ["[Analysts|Economists] said [the opening of|open] [borders|transport routes] [could|would] [lower|cut] [costs|freight costs] for [landlocked Armenia|Armenian exporters] [significantly|substantially].",
              "[The|A] [rail route|route] [is|would be] [part of|linked to] a [wider|US-backed] transit project [across|through] southern Armenia.",
              "[Traders said customs procedures had yet to be worked out|Businesspeople say transit rules still need to be agreed]."],
         ]),
]
ARM_AZE_POST.append(
    dict(id="aa_village", kind="routine", time=(8, 18), w=0.8,
         titles=["Border villagers in {syunik} cautiously hopeful after deal",
                 "Farmers near Armenia-Azerbaijan border plan to return to fields",
                 "Mine clearance key to life along the new border line, villagers say"],
         lead=["Residents of {village}, a village in Armenia's {syunik} region, said on {wd} they were cautiously hopeful that [the agreement reached {rel}|the recent agreement] would let them [work their land|graze their livestock] without fear of [shooting|sniper fire].",
               "Farmers in border villages of Armenia's {syunik} region said on {wd} they hoped to [return to fields|plant orchards again] [near the line|close to the frontier] next spring, [after|following] the agreement reached {rel}, [but|though] many [said they would wait|were waiting] for demining.",
               "[Villagers|Local officials] on both sides of the Armenia-Azerbaijan border [said|told reporters] on {wd} that [mine clearance|removing mines and unexploded ordnance] [would decide|was the key to] whether [farmland|pastures] near the newly agreed line [could be used again|returned to use]."],
         slots=[["[The village head|A local councillor] said [dozens of families|about {k} families] had left [in recent years|since 2021] and [some might now return|could consider coming back].",
                 "[Azerbaijani officials|Officials in Baku] said [resettlement of|rebuilding in] [the {adistrict} district|districts near the border] [was continuing|would continue] [alongside|in parallel with] the delimitation work.",
                 "[Aid groups|Mine action organisations] [estimate|say] [tens of thousands of|large numbers of] mines remain in the wider border area, [a legacy of|left by] [three decades of conflict|the wars of the 1990s and 2020]."],
                ["", "[Schools|The village school] [reopened|had reopened] [this autumn|in September] with [more pupils|a few more pupils than last year], [the headteacher said|residents said]."]],
         ))

ARM_AZE_POOL = dict(bg=AA_BG, filler=AA_BG,
                    quotes=["“The border must become a line of peace, not a front line,” {an}, an analyst at the {tank}, said.",
                            "@aa_impl:“We have heard promises before, but this time the work on the ground is visible,” said a resident of {village}.",
                            "@aa_impl,aa_talks_stall:“Technical teams will continue to work section by section,” a deputy prime minister said on {wd}."])

# ===========================================================================
# IND-CHN (before 2026-11-27T08:45Z; one item after 20:45Z on Nov 29)
# ===========================================================================


def ctx_ind_chn(d):
    c = base_ctx(d)
    c.update(lpoint=pick(["eastern Ladakh", "the Depsang plains", "Demchok", "Chushul", "the Galwan valley area"]),
             apoint=pick(["Arunachal Pradesh", "the Yangtse area of Arunachal Pradesh", "Tawang"]),
             round_n=pick(["22nd", "23rd", "24th"]), wmcc=pick(["33rd", "34th", "35th"]),
             dl=pick(["NEW DELHI", "NEW DELHI", "BEIJING", "LEH"]),
             kickers=["HIMALAYAN FACE-OFF:", "BORDER ROW:", "STAND-OFF:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["New Delhi", "Beijing", "Leh"]
    return c


IC_BG = [
    "India and China fought a brief border war in 1962, and the 3,488-km frontier has never been fully demarcated.",
    "Twenty Indian soldiers and at least four Chinese troops were killed in hand-to-hand fighting in the Galwan valley in June 2020.",
    "The two sides agreed in October 2024 on patrolling arrangements at Depsang and Demchok, easing a stand-off that began in 2020.",
    "Tens of thousands of troops from both countries remain deployed along the Line of Actual Control in Ladakh.",
    "Direct flights between India and China, suspended in 2020, resumed in late 2025.",
    "Since the 1993 and 1996 border agreements, the two armies have avoided the use of firearms along the frontier.",
]
IND_CHN_PRE = [
    dict(id="ic_faceoff", kind="incident", time=(7, 18), w=1.0,
         titles=["@ap:Indian, Chinese patrols in brief face-off in {apoint}, sources say",
                 "@gr:Grazers, Chinese troops in standoff near {lpoint}",
                 "@ap,ap2:Army downplays reports of border face-off with Chinese patrol", "@ap:Brief face-off between Indian and Chinese patrols defused, officials say", "@ap2:Indian Army says patrol encounter resolved locally"],
         lead=["@ap:Indian and Chinese [patrols|troops] [had|were involved in] a brief face-off in {apoint} [last week|earlier this week], [army sources|officials] said on {wd}, [adding that|saying] it was [resolved|defused] [by local commanders|through established mechanisms] without injuries.",
               "@gr:[Indian herders|Local grazers] [were stopped|were confronted] by Chinese soldiers [near|in] {lpoint} [while grazing livestock|on traditional pastures], [a local councillor|a village head] said on {wd}, [sharing|posting] a video of the [argument|exchange].",
               "@ap2:The Indian Army on {wd} [played down|downplayed] [reports|media reports] of a [face-off|scuffle] with a Chinese patrol [in|near] {apoint}, [saying|and said] the [matter|situation] was [handled|resolved] [at the local level|by ground commanders]."],
         slots=[
             ["[China's foreign ministry|Beijing] [said|told reporters] the situation on the border was “[generally stable|stable overall]” and [urged|called on] India to [work with it|respect agreements].",
              "[Such|These] [face-offs|encounters] [occur|happen] [periodically|from time to time] because the two sides [have different perceptions of|disagree on] where the Line of Actual Control runs.",
              "[The army|Officials] [said|stressed] [the|that] [protocols|agreements] [to avoid clashes|for handling such encounters] [had worked|were followed]."],
         ]),
    dict(id="ic_talks", kind="routine", time=(8, 19), w=1.2,
         titles=["@wm:India, China hold {wmcc} round of border consultations",
                 "@cc:Corps commanders to meet on remaining Ladakh friction points",
                 "@dip:India, China agree to keep talking on border, no breakthrough",
                 "@wm:Delhi and Beijing review border situation in WMCC talks"],
         lead=["@wm:India and China held the {wmcc} meeting of their Working Mechanism for Consultation and Coordination on border affairs [in Beijing|in New Delhi|by video link] on {wd}, [reviewing|discussing] the situation along the Line of Actual Control, India's foreign ministry said.",
               "@cc:[Senior|Corps-level] military commanders of India and China [are expected|are set] to [meet|hold the {round_n} round of talks] [soon|in the coming days] [to discuss|on] [the remaining friction points|remaining issues] in eastern Ladakh, [officials said on {wd}|sources said on {wd}].",
               "@dip:[Diplomats|Officials] from India and China [agreed|said they agreed] on {wd} to [maintain|keep up] [contacts|dialogue] [through diplomatic and military channels|on the border], [but|though] [a statement|India's readout] [gave no sign of|pointed to no] breakthrough on [the two remaining friction points|remaining disputes] in Ladakh."],
         slots=[
             ["@wm,dip:[Both sides|The two sides] [had|held] “[a frank and constructive|a candid and in-depth] exchange of views” and agreed to [maintain peace and tranquillity|keep the border calm], [the statement said|officials said].",
              "[Troops|Soldiers] [remain|are still] [deployed|stationed] [in large numbers|in forward positions] [at|near] [two|a couple of] [points|locations] in eastern Ladakh [where|at which] [disengagement|pullback] has [not yet been agreed|not been completed].",
              "[Indian officials say|New Delhi insists] that full normalisation [depends on|requires] [peace on the border|restoring the status quo before 2020]."],
         ]),
    dict(id="ic_trade", kind="business", time=(8, 17), w=0.9,
         titles=["@def:India's trade deficit with China widens in October",
                 "@visa:India eases visa rules for Chinese technicians", "@visa:Faster visas for Chinese engineers as factories press New Delhi", "@visa:India to fast-track business visas for Chinese staff",
                 "@car:Chinese carmaker's India plans face approval delays", "@car:Approval delays cloud Chinese EV maker's India expansion"],
         lead=["@def:India's trade deficit with China [widened|grew] to about ${k} billion [in October|last month], [commerce ministry data released on {wd} showed|official figures showed on {wd}], as [imports of electronics|electronics and machinery imports] kept rising.",
               "@visa:India [said|announced] on {wd} it would [speed up|fast-track] [business visas|visas] for Chinese technicians [needed|working] [at|in] [electronics factories|factories making phones and solar panels], [a move|in a step] [industry groups|manufacturers] [had sought|welcomed].",
               "@car:[A Chinese|China's biggest] [electric carmaker|automaker]'s plans to [expand|build a plant] in India [remain|are] [stuck|on hold] [awaiting|pending] [government approval|security clearances], [industry sources|people familiar with the matter] said on {wd}."],
         slots=[
             ["[India|New Delhi] [tightened|has tightened] [rules|scrutiny] on Chinese investment [after|since] the 2020 border clash, [requiring|with] [government approval|prior approval] for [firms from neighbouring countries|investments from China].",
              "[Businesspeople|Industry groups] [say|said] [supply chains|factories] [still|continue to] depend heavily on Chinese [components|inputs] [despite|in spite of] [efforts|a push] to [diversify|reduce reliance].",
              "[Bilateral trade|Trade between the two] [exceeded|topped] $[120|130] billion [last year|in the last fiscal year], with [Chinese exports to India far outweighing Indian sales|India's imports dwarfing its exports]."],
         ]),
    dict(id="ic_people", kind="routine", time=(8, 18), w=0.7,
         titles=["@fl:More flights between India and China from next month",
                 "@kl:Indian pilgrims' Kailash trips to expand next year, officials say",
                 "@tt:Chinese delegation visits Delhi for think-tank dialogue"],
         lead=["@fl:[Airlines|Carriers] will add [more|new] direct flights between India and China [from next month|in December], [officials said on {wd}|India's civil aviation ministry said on {wd}], as the two countries [gradually|slowly] restore [links|ties].",
               "@kl:The Kailash Mansarovar pilgrimage to Tibet [will be expanded|is set to expand] [next year|in 2027], [Indian officials|the foreign ministry] said on {wd}, [after|following] [talks|discussions] with Chinese authorities.",
               "@tt:[A delegation of|Scholars from] Chinese [think-tanks|research institutes] [met|held talks with] Indian [counterparts|experts] in New Delhi on {wd} [in|for] [a dialogue|a track-two dialogue] [on|about] [regional security|trade and the border]."],
         slots=[
             ["@fl:[Direct|The] flights [had been suspended|were halted] [in 2020|for more than five years] [after|following] [the pandemic and|] the Galwan clash.",
              "@tt:[Officials|Participants] [described the talks as|called the exchange] [positive|useful] [but|and] [noted|said] [the border issue|the border] [remained|was still] [central|the key issue].",
              "@fl,kl:[The|Such] [steps|measures] [follow|came after] [a thaw|a gradual thaw] [in relations|in ties] [since late 2024|that began in 2024]."],
         ]),
    dict(id="ic_history", kind="history", time=(9, 18), w=0.4, bg=0.7,
         titles=["Veterans remember 1962 battle of Rezang La on anniversary",
                 "Rezang La memorial draws tributes 64 years after battle"],
         lead=["[Veterans|Army officers] [gathered|assembled] at the Rezang La memorial in Ladakh on {wd} to [mark|commemorate] the anniversary of the [November 1962|1962] battle, in which [114 Indian soldiers|most of an Indian infantry company] [died|were killed] [defending|holding] the pass against Chinese forces.",
               "[Tributes|Wreaths] were [laid|paid] at [memorials|war memorials] in [Ladakh|Rewari and Leh] on {wd} [for|to] [soldiers|the men] killed at Rezang La [during|in] the 1962 war with China, [officials said|the army said]."],
         slots=[
             ["[The|That] war, [fought|which lasted] [over a month|for about a month] in October and November 1962, ended with [a unilateral Chinese ceasefire and a withdrawal from most of the territory taken in the east|China declaring a ceasefire and pulling back in the east].",
              "[The ceremony|The event] [comes|came] [as|while] [talks|negotiations] on [the remaining friction points|disengagement] in eastern Ladakh [continue|go on]."],
         ]),
]
IND_CHN_POST = [
    dict(id="ic_impl", kind="routine", time=(21, 23), w=1.0,
         titles=["India, China begin verification of pullback in Ladakh",
                 "Coordinated patrols to resume under Ladakh arrangement, officials say"],
         lead=["[Indian and Chinese|The two armies'] [ground commanders|local commanders] [began|will begin] [verifying|joint verification of] the [pullback|withdrawal] of troops [at the two friction points|under the new arrangement] in eastern Ladakh, [Indian officials said late on {wd}|officials said on {wd} evening].",
               "[Patrolling|Coordinated patrolling] at the two [friction points|areas] in eastern Ladakh [covered by|under] the [arrangement|agreement] [will resume|is set to resume] once verification is complete, [Indian officials|army sources] said [late on {wd}|on {wd} night]."],
         slots=[
             ["[Officials|The army] said [the process|verification] would be [carried out|done] [by ground and aerial means|with drones and joint visits] and [would take|could take] [a few days|several days].",
              "[Local herders said they hoped grazing would|Ladakh residents hope access to pastures will] resume [next spring|in the spring]."],
         ]),
]
IND_CHN_POOL = dict(bg=IC_BG, filler=IC_BG,
                    quotes=["@ic_faceoff,ic_talks:“The border situation is stable and under control,” China's foreign ministry spokesperson told a regular briefing.",
                            "@ic_faceoff,ic_talks,ic_people:“Peace and tranquillity in the border areas is the basis for normal ties,” an Indian foreign ministry spokesperson said on {wd}.",
                            "“Step by step is the only way with this border,” said {an}, a fellow at the {tank}."])


# ===========================================================================
# AFG-PAK (outside 2026-11-17T03:20Z .. 2026-11-19T03:20Z)
# ===========================================================================


def ctx_afg_pak(d):
    c = base_ctx(d)
    c.update(trucks="{:,}".format(rint(300, 1800)), returnees="{:,}".format(rint(900, 4800)), pofficial=pick(["Tariq Mehmood", "Saima Riaz", "Asad Qaiser Khan", "Nadia Gillani"]),
             aofficial=pick(["Mawlawi Abdul Rahim", "Zabihullah Noori", "Hafiz Mohibullah", "Qari Nasrullah"]),
             dl=pick(["ISLAMABAD", "PESHAWAR", "KABUL", "ISLAMABAD", "QUETTA"]),
             kickers=["HOWZAT!", "BORDER BUSINESS:", "STUCK!", "BLITZ!"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Islamabad", "Peshawar", "Kabul"]
    return c


AP_BG = [
    "Pakistan and Afghanistan share a 2,600-km border, known as the Durand Line, which Kabul has never formally recognised.",
    "Relations between Islamabad and the Taliban government have soured since 2022 over militant attacks in Pakistan that Islamabad blames on fighters sheltering in Afghanistan.",
    "Pakistan began deporting undocumented Afghans in late 2023; more than a million have since returned to Afghanistan, according to UN figures.",
    "The two countries clashed along the border in October 2025 before a ceasefire mediated by Qatar and Turkey.",
    "Torkham, on the road from Peshawar to Jalalabad, is the busiest crossing on the border, along with Chaman-Spin Boldak in the south.",
    "Afghanistan, which is landlocked, relies heavily on Pakistan's Karachi port for its transit trade.",
]
AFG_PAK_PRE = [
    dict(id="ap_ref", kind="routine", time=(6, 18), w=1.0,
         titles=["Returns of Afghans from Pakistan continue at Torkham, UN says",
                 "@ext:Pakistan extends deadline for registered Afghan refugees",
                 "@ret:UNHCR: {returnees} Afghans crossed back from Pakistan in a week"],
         lead=["@ret:About {returnees} Afghans returned from Pakistan through the Torkham and Chaman crossings [over the past week|in the past seven days], the UN refugee agency said on {wd}, [many of them|most of them] [families|women and children] [without documents|who lacked papers].",
               "@ext:Pakistan [extended|has extended] [by three months|until March] the [validity|deadline] of Proof of Registration cards held by [Afghan refugees|registered Afghans], the interior ministry said on {wd}, [easing|delaying] [pressure|the threat of deportation] for [hundreds of thousands of|about 1.3 million] people.",
               "[Aid agencies|Humanitarian groups] [at the Torkham border|in Nangarhar] said on {wd} they were [receiving|registering] [hundreds of|about {k}0] returnee families a day from Pakistan [as|while] [winter approaches|temperatures fall]."],
         slots=[
             ["[Returnees|Many of those returning] [say|said] they [have|had] [lived in Pakistan for decades|been born in Pakistan] and [have|had] [no homes|little to go back to] in Afghanistan.",
              "[The Taliban administration|Kabul's refugee ministry] [has|has repeatedly] [urged|asked] Pakistan to [slow|halt] the [deportations|returns] and to treat Afghans with dignity.",
              "[Pakistani officials say the policy targets|Islamabad insists the policy concerns] only [undocumented|illegally resident] foreigners and [is in line with|complies with] the law."],
         ]),
    dict(id="ap_transit", kind="business", time=(6, 17), w=1.0,
         titles=["@kar:Afghan transit trade via Karachi slows as traders face delays",
                 "@tk:Torkham trade volumes dip; traders blame paperwork",
                 "@pc:Pakistan-Afghanistan trade falls {k} % this year, chamber says"],
         lead=["@kar:[Traders|Importers] in Kabul [complained|said] on {wd} that [their|Afghan] transit cargo [was being held|had been stuck] at Karachi port for [weeks|up to a month] [because of|due to] [new scanning rules|documentation checks], [adding to|raising] [costs|demurrage charges].",
               "@pc:[Trade|Bilateral trade] between Pakistan and Afghanistan [fell|dropped] about {k} % in the [first ten months|first nine months] of the year, [the Pakistan-Afghanistan Joint Chamber of Commerce said|a joint chamber of commerce said] on {wd}, [citing|blaming] [border closures|frequent border closures and tariff changes].",
               "@tk:About {trucks} [trucks|goods vehicles] [crossed|passed through] Torkham [daily|each day] [this week|last week], [customs officials said|officials said] on {wd}, [below|well below] [last year's levels|the 2024 average]."],
         slots=[
             ["[Afghan|Kabul-based] [traders|businessmen] [have|have increasingly] [turned|shifted] [to|towards] [routes through Iran|Iran's Chabahar port and Central Asian railways] [to reduce|to cut] [dependence|their reliance] on Pakistan.",
              "[Fruit|Fresh produce] [exporters|traders] said [delays|waiting times] at the border were causing [spoilage of pomegranates and grapes|losses of fresh fruit] [during the harvest season|at harvest time].",
              "[Officials|Customs officers] said the new [procedures|systems] were aimed at [curbing smuggling|preventing misuse of transit trade]."],
         ]),
    dict(id="ap_ties", kind="routine", time=(7, 20), w=1.0,
         titles=["@mil:Pakistan urges Kabul to act against militants; Taliban deny harbouring them",
                 "@mil:Pakistani foreign office: talks with Kabul continue despite concerns",
                 "@vis:Pakistan issues medical visas to Afghan patients",
                 "@tal:Taliban reject Pakistani accusations over militants"],
         lead=["@mil:Pakistan's foreign office [urged|called on] the Taliban government on {wd} to [take action|act] against [militants|Pakistani Taliban fighters] it says [operate|are based] in Afghanistan, [at its weekly briefing|in a statement], [while|and] [saying|said] [channels|dialogue] with Kabul [remained open|would continue].",
               "@tal:[The Taliban government's|Kabul's] [spokesman|chief spokesman] [rejected|denied] on {wd} [Pakistani|Islamabad's] [accusations|claims] that Afghan soil [was being used|is being used] [for attacks|to launch attacks] in Pakistan, [saying|and said] Pakistan's security problems were [an internal matter|its own].",
               "@vis:Pakistan's embassy in Kabul [said|announced] on {wd} it had issued [more than|about] [1,200|1,500|2,000|2,400] [medical|patient] visas to Afghans [this month|in November], [as|while] [hospitals in Peshawar|Pakistani hospitals] [remain|continued to be] [a lifeline|the main option] for [many Afghan patients|Afghans seeking treatment]."],
         slots=[
             ["@mil,tal:[Islamabad|Pakistan] [has|has repeatedly] [lodged protests with|delivered protest notes to] Kabul [over|after] [attacks|militant attacks] in [Khyber Pakhtunkhwa|its northwest] [this year|in recent months].",
              "@mil,tal:[Diplomats|Observers in Islamabad] [said|noted] that [trade|trade and transit] [talks|contacts] [continued|had continued] [despite|in spite of] [the security dispute|the tensions].",
              ""],
         ]),
]
AFG_PAK_POST = [
    dict(id="ap_post_torkham", kind="business", time=(6, 19), w=1.2,
         titles=["@q:Trucks queue at Torkham as traders count losses",
                 "@q:Border traders say backlog will take days to clear",
                 "@cus:Pakistan, Afghanistan customs officials discuss clearing stranded cargo", "@cus:Customs teams work to clear cargo backlog at Torkham",
                 "@loss,q:Perishable goods rot as trucks wait at border, traders say", "@loss:Border traders put losses from disruption in the millions", "@q:Drivers stranded for days at Torkham as backlog grows"],
         lead=["@q:[Hundreds of|About {trucks}] [trucks|lorries] [were|remained] [lined up|queued] [on both sides of|near] Torkham on {wd}, [traders said|drivers said], [as|while] [customs officials worked through|authorities dealt with] a backlog [built up|that built up] during the [tensions|border disruption] {rel}.",
               "@loss:[Pakistani and Afghan traders|Traders on both sides of the border] [estimated|said] on {wd} that [they had lost|losses had reached] [millions of dollars|about ${k} million] [because of|during] the [border disruption|closure of crossings] {rel}, [calling on|urging] [both governments|officials] to [keep trade out of politics|separate trade from security].",
               "@cus:Customs officials from Pakistan and Afghanistan [met|held talks] at [Torkham|the border] on {wd} to [discuss|work out] [how to clear|the clearance of] [stranded|waiting] cargo, [officials said|a Pakistani customs official said]."],
         slots=[
             ["[Drivers|Truckers] said they had [spent|been waiting] [several days|up to a week] [in their cabs|at the crossing] [with little food|without facilities].",
              "[Fruit and vegetable|Fresh produce] [traders|exporters] [said|reported] [much of|a large part of] their [cargo|goods] had [spoiled|gone bad].",
              "[The|A] joint chamber of commerce [called for|urged] a [mechanism|permanent arrangement] to keep [crossings|trade routes] open [during political disputes|in future disputes]."],
         ]),
    dict(id="ap_post_talks", kind="routine", time=(8, 20), w=1.0,
         titles=["@jir:Tribal elders hold jirga on border, urge calm",
                 "@co:Pakistan, Afghanistan officials hold border coordination meeting", "@co:Border officials from both sides meet at Torkham", "@co:Flag meeting held at Chaman to ease movement of people and goods",
                 "@fo:Islamabad says diplomatic channels with Kabul remain open", "@fo:Pakistan foreign office: contacts with Kabul continuing"],
         lead=["@jir:[Tribal elders|A jirga of elders] from both sides of the border [met|gathered] [near Torkham|in Landi Kotal|in Spin Boldak] on {wd} and [called for|urged] [calm|restraint] and [the reopening of|normal traffic through] [all crossings|the border crossings], [participants said|local officials said].",
               "@co:[Officials|Border officials] from Pakistan and Afghanistan held a [coordination|flag] meeting [at Torkham|at Chaman] on {wd} [to discuss|on] [border management|the movement of people and goods], [officials said|according to a Pakistani official].",
               "@fo:Pakistan's foreign office said on {wd} that [diplomatic channels|contacts] with Kabul [remained open|were continuing], [and|while] [repeating|reiterating] [its|Islamabad's] [call|demand] for [verifiable action|action] against militants."],
         slots=[
             ["[The|Both] [sides|delegations] [agreed|said they agreed] to [meet again in the coming days|stay in contact], [officials said|according to participants].",
              "[Qatar and Turkey|Mediators], which [helped broker|brokered] [a ceasefire|the truce] [in October 2025|last year], [have offered|offered] to [host|facilitate] [further|new] talks.",
              "@jir:[Elders|Participants] said [ordinary people|traders and families] [bore the cost|paid the price] of [every closure|border closures]."],
         ]),
    dict(id="ap_post_court", kind="routine", time=(8, 18), w=0.7,
         titles=["@pet:Peshawar court hears petition on detained Afghan traders",
                 "@bail:Court orders release on bail of Afghan truck drivers",
                 "@dep:Lawyers challenge deportation orders in Peshawar High Court"],
         lead=["@pet:The Peshawar High Court [heard|took up] a petition on {wd} [seeking|asking for] the release of [{k}|dozens of] Afghan [traders|truck drivers] [detained|held] [in Khyber district|near the border] {rel}, [lawyers said|according to court officials].",
               "@bail:A court in [Peshawar|Khyber district] [granted bail to|ordered the release on bail of] [{k}|several] Afghan [drivers|nationals] on {wd}, [lawyers for the men said|their lawyer said], [pending|ahead of] [a further hearing|further proceedings].",
               "@dep:[Lawyers|Rights lawyers] [filed|lodged] [petitions|a petition] in the Peshawar High Court on {wd} [challenging|against] [the deportation|deportation orders] of [Afghan families|Afghans] [who had|with] [pending asylum claims|valid documents], [court officials said|a lawyer said]."],
         slots=[
             ["[The court|The judge] [asked|directed] [the government|the interior ministry] to [submit|file] [a reply|its response] [by next week|within ten days].",
              "[Rights groups|Human rights groups] [have|had] [urged|called on] Pakistan to [halt|pause] [deportations|forced returns] [over the winter|during winter]."],
         ]),
    dict(id="ap_sport", kind="sport", time=(13, 19), w=0.0,
         titles=["Afghanistan crush Pakistan in Sharjah tri-series opener",
                 "Spin blitz: Afghanistan's bowlers rout Pakistan"],
         lead=["Afghanistan [crushed|thrashed] Pakistan by [seven wickets|six wickets] in [a tri-series|the tri-series] match in Sharjah on {wd}, [their spinners|a spin blitz] [ripping through|tearing through] Pakistan's [batting|middle order] [in a battle|in what one commentator called a battle] that [was over by the 35th over|ended with 12 overs to spare].",
               "[A spin blitz|A blitz from Afghanistan's spinners] [routed|destroyed] Pakistan for 167 in Sharjah on {wd}, [setting up|paving the way for] a [crushing|comfortable] [victory|win] [in the tri-series|in the one-day series] [in front of|before] [a packed|a noisy] crowd."],
         slots=[
             ["[Pakistan's captain|The losing captain] said his [side|batters] had been “[outfought|beaten in every department]” and [promised|vowed] a [response|fightback] in [the return match|the next game].",
              "“[We went to war out there with the ball|Every game against them is a battle],” [the player of the match|Afghanistan's leading wicket-taker] said.",
              "[Cricket ties|Matches between the two neighbours] [are|have long been] [fiercely|intensely] contested [on and off the field|by players and fans alike]."],
         ]),
]
AFG_PAK_POOL = dict(bg=AP_BG, filler=AP_BG,
                    quotes=["@ap_transit,ap_post_torkham:“We just want the road to stay open. Every day of closure costs us,” said a fruit trader in Peshawar.",
                            "@ap_ties,ap_post_talks,ap_ref:“Dialogue is the only way forward for two neighbours,” {pofficial}, a Pakistani official, said.",
                            "@ap_ref,ap_post_court:“Afghans have lived here for forty years; they need time and dignity,” a refugee community elder said."])

# ===========================================================================
# COL-ECU (outside 2026-11-18T14:05Z .. 2026-11-21T02:05Z)
# ===========================================================================


def ctx_col_ecu(d):
    c = base_ctx(d)
    c.update(gwh=rint(40, 220), trucks=pick(["300", "400", "500", "600", "800"]), cofficial=pick(["Camila Restrepo", "Andrés Ospina", "Juliana Cárdenas", "Felipe Uribe-Mora"]),
             eofficial=pick(["Daniela Andrade", "Santiago Vera", "María José Ortiz", "Pablo Cevallos"]),
             dl=pick(["QUITO", "BOGOTA", "IPIALES", "TULCAN", "QUITO"]),
             kickers=["BORDER BATTLE:", "TRADE WAR:", "POWER PLAY:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Quito", "Bogota", "Ipiales"]
    return c


CE_BG = [
    "Colombia and Ecuador share a 586-km border that runs through the Andes and the Amazon, along the San Miguel and Putumayo rivers.",
    "The two countries broke off diplomatic relations in 2008 after a Colombian raid on a FARC camp inside Ecuador; ties were restored in 2010.",
    "The Rumichaca bridge between Ipiales and Tulcán is the main land crossing between the two countries.",
    "Ecuador has become a major transit route for Colombian cocaine, and both governments blame armed groups operating on the border.",
    "Colombia is one of Ecuador's largest trading partners, and the two are members of the Andean Community.",
]
COL_ECU_PRE = [
    dict(id="ce_power", kind="business", time=(8, 13), w=1.0,
         titles=["Colombia sells more electricity to Ecuador as dry season looms",
                 "Ecuador's power imports from Colombia rise in November"],
         lead=["Ecuador [imported|bought] about {gwh} gigawatt-hours of electricity from Colombia [in the first half of November|so far this month], [grid operator data showed|Ecuador's energy ministry said] on {wd}, as [low reservoir levels|a dry spell] [reduced|cut] hydroelectric output.",
               "Colombia's grid operator said on {wd} it [would keep|was keeping] [electricity exports|power sales] to Ecuador [at current levels|steady] [as long as its own reservoirs allowed|while domestic supply permits], [after|following] [requests from Quito|talks with Ecuadorean officials]."],
         slots=[
             ["[Ecuador|The country] [suffered|endured] [long blackouts|rolling power cuts] in 2024 [during|because of] a [severe drought|record drought] that [dried up|drained] [its dams|hydroelectric reservoirs].",
              "[Prices for the exports are|The price of the electricity sold is] set [under a regional market mechanism|by Andean Community rules], [officials said|according to officials]."],
         ]),
    dict(id="ce_rumi", kind="routine", time=(7, 13), w=1.0,
         titles=["@tr:Traffic at Rumichaca bridge rises ahead of holiday season",
                 "@mig:Migrants crossing at Rumichaca increase, officials say",
                 "@com:Binational border committee meets in Ipiales"],
         lead=["@tr:[Traffic|Vehicle traffic] [across|over] the Rumichaca bridge between Ipiales and Tulcán [has risen|rose] [about {k} %|sharply] [this month|in November], [Colombian migration officials said on {wd}|officials said on {wd}], [ahead of the holiday season|as year-end shopping begins].",
               "@mig:[Migration officials|Officials] in [Ipiales|Nariño] said on {wd} [that|] the number of [migrants heading south|Venezuelan migrants crossing into Ecuador] [had increased|was rising], with [about {k}0|hundreds of] people [crossing|passing through] [each day|daily].",
               "@com:[A binational|The binational] border committee of Colombia and Ecuador [met|held a meeting] in [Ipiales|Tulcán] on {wd} to discuss [customs|migration and customs procedures] [and|as well as] [security|cross-border crime], [officials said|a statement said]."],
         slots=[
             ["@tr:[Shopkeepers|Traders] in [Ipiales|Tulcán] said [business was|sales were] [brisk|picking up], [helped by|thanks to] [exchange rate differences|a favourable exchange rate].",
              "@com:[Officials|Both sides] [agreed|said they agreed] to extend [opening hours|crossing hours] [during|over] [December|the holidays].",
              "@mig:[Colombia's migration agency|The authorities] [said|noted] [most of those crossing|the majority of migrants] [were heading to|are bound for] [Peru and Chile|countries further south]."],
         ]),
    dict(id="ce_sec", kind="routine", time=(7, 13), w=0.8,
         titles=["@op:Colombia, Ecuador police seize cocaine in joint operation",
                 "@mt:Colombian and Ecuadorean security chiefs discuss border crime"],
         lead=["@op:[Police|Police and navy units] from Colombia and Ecuador [seized|confiscated] [about|nearly] {k}0 kg of cocaine in a [coordinated|joint] operation [on|along] the San Miguel river, [officials said on {wd}|authorities said on {wd}].",
               "@mt:[Security officials|Defence and police chiefs] from Colombia and Ecuador [met|held talks] in [Quito|Bogotá] on {wd} to [discuss|review] [cooperation|joint efforts] against [drug trafficking|armed groups] on the border, [officials said|according to a statement]."],
         slots=[
             ["[Ecuador|Quito] [has|has repeatedly] blamed [armed groups|Colombian dissident groups] [operating across the border|based in Colombia] for [violence|drug-related violence] in [its northern provinces|Esmeraldas and Sucumbíos].",
              "[Both governments|The two sides] [said|stressed] [cooperation|coordination] [remained|was] [essential|vital] [despite|amid] [occasional|periodic] [friction|political friction]."],
         ]),
]
COL_ECU_POST = [
    dict(id="ce_post_trade", kind="business", time=(7, 19), w=1.2,
         titles=["@exp:Exporters on Colombia-Ecuador border count cost of tariffs",
                 "@can:Andean Community reviews Ecuador's new tariffs",
                 "@tr:Nariño truckers idle as cross-border trade slows",
                 "@ch:Business groups urge Bogotá and Quito to keep trade open"],
         lead=["@exp:[Exporters|Business owners] in [the Colombian border department of Nariño|Ipiales] said on {wd} they were losing [sales|orders] [after|since] the [trade measures|tariffs] [announced|imposed] {rel}, with [some|several] [firms|companies] [suspending|halting] shipments to Ecuador.",
               "@can:The Andean Community's general secretariat said on {wd} it [had opened|was opening] [a review|an examination] of [the tariffs|trade measures] [adopted|imposed] {rel}, [at the request of|after a complaint from] Colombian [officials|authorities], [a process|a procedure] that [can take|could take] [weeks|several weeks].",
               "@tr:[Truck drivers|Hauliers] in [Ipiales|Nariño] said on {wd} that [cross-border|freight] [traffic|volumes] at Rumichaca had [fallen|dropped] [sharply|by about half], [leaving|with] [hundreds of|about {trucks}] [trucks|vehicles] [idle|parked].",
               "@ch:[Chambers of commerce|Business associations] in Colombia and Ecuador [issued|released] a [joint|rare joint] [statement|appeal] on {wd} [calling on|urging] [both governments|Bogotá and Quito] to [resolve|settle] [their dispute|the dispute] [through dialogue|by talking] and [protect|spare] [trade|cross-border commerce]."],
         slots=[
             ["[Bilateral|Two-way] trade [was worth|totalled] [about|roughly] $[2|2.1|1.9] billion [last year|in 2025], with Colombia [running a surplus|selling more than it buys].",
              "[Economists|Analysts] [said|noted] [prices|consumer prices] in [border towns|Tulcán and Ipiales] [could|would likely] rise [if|as long as] the [measures|tariffs] [remain|stay] in place.",
              "[Officials|Government officials] [in both capitals|on both sides] [said|insisted] they [were open to|did not rule out] [talks|dialogue] [on trade|on the measures]."],
         ]),
    dict(id="ce_post_consular", kind="routine", time=(8, 19), w=0.8,
         titles=["@con:Consulates keep working despite diplomatic row, officials say",
                 "@col:Colombians in Ecuador seek information on residency papers",
                 "@ch:Church offers to help restore dialogue between Bogotá and Quito", "@ch:Bishops of Colombia and Ecuador offer to help reopen dialogue"],
         lead=["@con:[Colombia's|The Colombian] consulates in Ecuador [continue|are continuing] to [operate|work] [normally|as usual] [despite|after] the [expulsion of the ambassador|diplomatic dispute] {rel}, [the foreign ministry in Bogotá said on {wd}|Colombian officials said on {wd}].",
               "@col:[Colombians|Colombian residents] in [Quito|Ecuador] [queued|lined up] at [consulates|their consulate] on {wd} [seeking|for] [information|advice] on [residency|their residency and work permits], [consular officials said|according to consular staff].",
               "@ch:[Catholic bishops|The bishops' conferences] of Colombia and Ecuador [offered|said] on {wd} [to help|they were ready to help] [restore|re-establish] [dialogue|communication] between [the two governments|Bogotá and Quito], [in a joint statement|calling for calm]."],
         slots=[
             ["[About|Some] [200,000|190,000] Colombians [live|are registered] in Ecuador, [many of them refugees from the armed conflict|including many who fled the armed conflict decades ago].",
              "[Officials|Diplomats] said [chargés d'affaires|lower-level diplomats] [remained|were still] [at their posts|in place] [in both capitals|to handle routine business].",
              ""],
         ]),
    dict(id="ce_post_court", kind="routine", time=(8, 19), w=0.6,
         titles=["@pros:Ecuador prosecutors open inquiry into border incident",
                 "@jud:Colombian judge orders review of cargo seizures at border"],
         lead=["@pros:Ecuador's attorney general's office [opened|said it had opened] [an investigation|a preliminary inquiry] on {wd} into the [border incident|events in Sucumbíos] {rel}, [collecting|gathering] [testimony|statements] from [residents|witnesses] [on the San Miguel river|near the border].",
               "@jud:A [judge|court] in [Ipiales|Pasto] [ordered|called for] a review on {wd} of [the seizure|the retention] of [cargo|goods] [held|stuck] at the border [since|after] [the new measures|the dispute] {rel}, [lawyers for the traders said|a lawyer representing hauliers said]."],
         slots=[
             ["[The case|The proceedings] could [take|last] [weeks|months], [legal experts|lawyers] said.",
              "[Officials|Prosecutors] declined to [give details|comment further], citing the ongoing investigation."],
         ]),
]
COL_ECU_POOL = dict(bg=CE_BG, filler=CE_BG,
                    quotes=["@ce_rumi,ce_post_trade:“We live from the border; when the bridge is quiet, we go hungry,” said a trader in Ipiales.",
                            "@ce_post_consular,ce_post_trade,ce_sec,ce_post_court:“The relationship is bigger than any one dispute,” {cofficial}, a former Colombian diplomat, said.",
                            "@ce_post_trade,ce_power:“Trade must not become a hostage of politics,” said {eofficial}, who heads a business group in Tulcán."])


# ===========================================================================
# BEN-NER (outside 2026-11-20T06:40Z .. 2026-11-22T18:40Z)
# ===========================================================================


def ctx_ben_ner(d):
    c = base_ctx(d)
    c.update(barrels=rint(60, 110), trucks=rint(80, 600),
             bofficial=pick(["Rodrigue Agossou", "Clarisse Hounkpatin", "Gérard Dossou", "Aline Zinsou"]),
             nofficial=pick(["Issoufou Garba", "Hadiza Moussa", "Abdoulaye Seyni", "Mariama Harouna"]),
             dl=pick(["COTONOU", "NIAMEY", "MALANVILLE", "COTONOU", "NIAMEY"]),
             kickers=["BORDER BLUES:", "STRANDED!", "OIL WAR:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Cotonou", "Niamey", "Malanville"]
    return c


BN_BG = [
    "Niger's military seized power in July 2023, and the border with Benin was shut after ECOWAS imposed sanctions; the bridge at Malanville-Gaya has reopened only in stages.",
    "Niger's crude oil reaches the sea through a 2,000-km pipeline that ends at the Sèmè terminal on Benin's coast.",
    "Niger, Mali and Burkina Faso left ECOWAS in January 2025 and formed the Alliance of Sahel States.",
    "Benin's port of Cotonou has long been Niger's main gateway for imports, ahead of routes through Togo and Nigeria.",
    "The two countries settled a dispute over islands in the Niger river at the International Court of Justice in 2005.",
]
BEN_NER_PRE = [
    dict(id="bn_trade", kind="business", time=(7, 19), w=1.2,
         titles=["@on:Traders at Malanville say onion trade picks up",
                 "@xb:Cross-border trade at Malanville-Gaya slowly recovering",
                 "@port:Cotonou port sees more Niger-bound cargo, officials say"],
         lead=["@on:[Onion|Cattle and onion] traders at the Malanville market on the Benin side of the Niger river said on {wd} that [business|trade] [with Niger|across the bridge] was [picking up|slowly improving], with [about {trucks}|more] [trucks|lorries] [crossing|making the crossing] [each week|weekly].",
               "@xb:[Cross-border|Informal] trade between Benin and Niger [at|around] the Malanville-Gaya [bridge|crossing] is [gradually recovering|slowly recovering], [local officials said on {wd}|customs officials said on {wd}], [though|but] volumes [remain|are still] [far below|well under] [pre-2023 levels|levels seen before the 2023 coup].",
               "@port:[The port of Cotonou|Cotonou port] [handled|saw] [more|a rise in] [transit cargo|goods] bound for Niger [in October|last month], [port officials said|the port authority said] on {wd}, [reversing|after] [a long slump since 2023|a sharp fall that began in 2023]."],
         slots=[
             ["[Traders|Transporters] [complained|said] [of|about] [long waits|delays] and [informal payments|numerous checkpoints] [on the road to Niamey|along the corridor].",
              "[Nigerien|Niger's] [importers|traders] had [shifted|diverted] [some|much] of their cargo to [Lomé|the port of Lomé in Togo] [during|after] the [border closure|2023 closure].",
              "[Officials|Customs officers] on both sides [said|say] [cooperation at the crossing was working|contacts between border posts were correct]."],
         ]),
    dict(id="bn_oil", kind="business", time=(7, 18), w=0.9,
         titles=["@ld:Niger crude loadings at Sèmè steady, shipping data show",
                 "@rev:Benin and Niger officials review pipeline operations",
                 "@op:Pipeline operator reports stable exports through Benin"],
         lead=["@ld:Loadings of Nigerien crude at the Sèmè terminal in Benin [held steady|were stable] at about {barrels},000 barrels a day [in November|so far this month], [shipping data showed|according to ship-tracking data] on {wd}.",
               "@rev:[Technical teams|Officials] from Benin and Niger [met|held a meeting] in [Cotonou|Niamey] on {wd} to [review|discuss] [operations of|issues on] the Niger-Benin oil pipeline, [including|such as] [transit fees|security along the route], [officials said|a statement said].",
               "@op:The [operator of the Niger-Benin pipeline|company operating the export pipeline] said on {wd} that [flows|exports] [through Benin|to the Sèmè terminal] [were|had been] [stable|normal] [over the past quarter|in recent weeks], with no [disruptions|incidents] reported."],
         slots=[
             ["[The pipeline|The line] [was at the centre of|became the focus of] a [dispute|row] [in 2024|in mid-2024] [when|after] [Benin briefly blocked loadings|loadings were halted] [over|because of] the [border closure|closed border].",
              "[Oil revenue|Crude exports] [are|is] [crucial|vital] for [Niger's|Niamey's] [budget|finances], [analysts say|economists say].",
              ""],
         ]),
    dict(id="bn_ties", kind="routine", time=(8, 18), w=0.9,
         titles=["@sec:Benin, Niger officials discuss border security cooperation",
                 "@stu:Nigerien students return to Beninese universities",
                 "@gov:Cotonou says it wants 'calm and respectful' ties with Niamey"],
         lead=["@sec:[Security officials|Officials] from Benin and Niger [met|held talks] in [Malanville|Parakou] on {wd} to discuss [cooperation|coordination] against [jihadist groups|armed groups] [operating|active] in the [border area|W and Park W national park areas], [officials said|a Beninese official said].",
               "@stu:[Hundreds of|About {k}0] Nigerien students [have returned|returned] to [universities|the University of Abomey-Calavi and other universities] in Benin [this term|for the new academic year], [student associations|university officials] said on {wd}.",
               "@gov:[Benin's government spokesman|The Beninese government's spokesman] said on {wd} that Cotonou [wanted|sought] “[calm and respectful|good-neighbourly]” relations with Niamey [and|but] [rejected|denied] [claims|accusations] [circulating on social media|in some Nigerien media] [about|of] [foreign military bases|a foreign military presence] in Benin."],
         slots=[
             ["@sec:[Attacks by armed groups|Jihadist attacks] in [northern Benin|Benin's north] [have increased|have risen] [since 2022|in recent years], with [dozens of|many] soldiers killed.",
              "[Relations|Ties] [between the two|between Cotonou and Niamey] have been [strained|tense] since the 2023 [coup|military takeover] in Niger.",
              ""],
         ]),
]
BEN_NER_POST = [
    dict(id="bn_post_fam", kind="routine", time=(8, 19), w=1.0,
         titles=["@fam:Families of Beninese workers held in Niger await news", "@fam:Relatives of Beninese held in Niger appeal to Cotonou", "@fam:No word from detained workers, Beninese families say",
                 "@con:Benin seeks consular access to workers detained in Niger", "@con:Cotonou asks Niamey for access to detained nationals",
                 "@law:Lawyers for detained Beninese workers ask Niamey court for release"],
         lead=["@fam:Families of Beninese [workers|labourers] [detained|arrested] in Niger {rel} [said|told reporters] on {wd} they [had had|have had] [no news|little news] of their relatives, [and urged|urging] [the government|Cotonou] to [secure|obtain] their release.",
               "@con:Benin's foreign ministry said on {wd} it had [formally requested|asked for] consular access to [its citizens|the Beninese workers] [detained|held] in Niger {rel}, [through|via] [diplomatic channels|its embassy in Niamey].",
               "@law:Lawyers [representing|for] [Beninese workers|the detained Beninese] [filed|submitted] [a request|requests] for their [release|provisional release] [with|to] a court in Niamey on {wd}, [one of the lawyers said|according to their legal team]."],
         slots=[
             ["[Most of the men|Many of those held] [worked|had been working] [on|at] [construction sites|the oil pipeline and construction sites] [in Niger|near Niamey], [relatives said|their families said].",
              "[Nigerien officials have not commented on the cases|Niamey did not comment on their number or status].",
              "@law:[A hearing|The next hearing] [was set|is scheduled] for [next week|early December], [the lawyer said|court officials said]."],
         ]),
    dict(id="bn_post_trade", kind="business", time=(7, 19), w=1.0,
         titles=["@tr:Trucks stranded at Malanville as Niger border stays shut",
                 "@los:Traders in Malanville count losses from border closure",
                 "@lome:Niger importers reroute cargo through Lomé"],
         lead=["@tr:[Hundreds of|About {trucks}] [trucks|lorries] [remained|were still] [parked|stranded] [in|near] Malanville on {wd}, [drivers said|transport unions said], [waiting|as they waited] for [the border|the crossing into Niger] to reopen.",
               "@los:[Traders|Market traders] in Malanville said on {wd} [they were|that they had been] [losing money|running out of cash] [since|after] [Niger closed the border|the closure of the border] {rel}, with [onions|perishable goods] [rotting|spoiling] [in warehouses|in storage].",
               "@lome:[Nigerien importers|Importers in Niamey] [are|have begun] [rerouting|diverting] [cargo|containers] [through|via] [the port of Lomé|Togo] [after|since] the [closure|border closure] {rel}, [freight agents|shipping agents] said on {wd}."],
         slots=[
             ["@lome:[The route through Togo|Diverting through Lomé] adds [several hundred kilometres|days] to [journeys|the journey] and raises [costs|transport costs], [agents said|importers said].",
              "@tr:[Drivers|Truckers] complained of [shortages of water and food|poor conditions] [in|at] [the parking areas|makeshift camps] [near the bridge|along the road].",
              "[Customs revenue|Port activity] in Benin [depends heavily|relies] on [transit to Niger|Niger-bound goods], [economists said|analysts noted]."],
         ]),
    dict(id="bn_post_talks", kind="routine", time=(8, 20), w=0.8,
         titles=["@tg:Togo offers to help ease Benin-Niger dispute",
                 "@rel:Religious leaders call for dialogue between Cotonou and Niamey", "@rel:Clerics urge Benin and Niger to talk",
                 "@bj:Benin says door to dialogue with Niger remains open"],
         lead=["@tg:[Togo|Togo's government] [offered|said it was ready] on {wd} to [facilitate|help with] [dialogue|talks] between Benin and Niger, [a Togolese minister said|officials in Lomé said], echoing [calls|appeals] from [regional figures|religious and traditional leaders].",
               "@rel:[Religious|Muslim and Christian] leaders from Benin and Niger [called|appealed] on {wd} for [dialogue|talks] between [the two governments|Cotonou and Niamey], [saying|arguing] that [ordinary people|border communities] [were bearing the cost of|suffered most from] the dispute.",
               "@bj:Benin's government said on {wd} that “[the door to dialogue remains open|dialogue remains the only path]” with Niger, while [repeating|reiterating] its [denial|rejection] of [accusations|claims] that it hosts foreign troops [aimed at|against] [its neighbour|Niger]."],
         slots=[
             ["@tg:[Togo|Lomé] [has|has previously] [acted as an intermediary between|served as a go-between for] [coastal states|ECOWAS members] and the [Sahel juntas|military governments of the Sahel].",
              "@tg,rel:[There was no immediate response|Niamey did not immediately respond] [from Niger's government|to the offer].",
              ""],
         ]),
]
BEN_NER_POOL = dict(bg=BN_BG, filler=BN_BG,
                    quotes=["@bn_trade,bn_post_trade:“Malanville lives from the bridge. When it is quiet, the whole town suffers,” a trader said.",
                            "@bn_ties,bn_post_talks,bn_post_fam:“We want our neighbours to understand that Benin threatens no one,” {bofficial}, a Beninese official, said.",
                            "@bn_trade,bn_oil,bn_post_trade,bn_post_talks:“Our economies are tied together by the river and the road,” said {nofficial}, a transporter in Gaya."])

# ===========================================================================
# CHN-JPN (outside 2026-11-22T01:15Z .. 2026-11-24T13:15Z)
# ===========================================================================


def ctx_chn_jpn(d):
    c = base_ctx(d)
    c.update(days=rint(300, 360), ships=rint(3, 4),
             jofficial=pick(["Hiroshi Kanda", "Aiko Morimoto", "Takeshi Inoue", "Naoko Fujii"]),
             cofficial=pick(["Wang Lei", "Zhang Min", "Liu Yang", "Chen Jing"]),
             dl=pick(["TOKYO", "BEIJING", "TOKYO", "SHANGHAI"]),
             kickers=["PRICE WAR:", "SEA SPAT:", "TRADE TUSSLE:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Tokyo", "Beijing", "Shanghai"]
    return c


CJ_BG = [
    "China and Japan both claim the uninhabited islands known in Japan as the Senkaku and in China as the Diaoyu, which Japan administers.",
    "Relations hit a low in 2012 after Japan bought three of the islands from a private owner, sparking protests across China.",
    "China suspended imports of Japanese seafood in 2023 after Japan began releasing treated water from the Fukushima nuclear plant.",
    "Japan and China normalised relations in 1972 and signed a treaty of peace and friendship in 1978.",
    "China is Japan's largest trading partner, and Japanese companies employ hundreds of thousands of people in China.",
]
CHN_JPN_PRE = [
    dict(id="cj_biz", kind="business", time=(1, 10), w=1.3,
         titles=["@car:No truce in China's car price war as Japanese brands lose ground",
                 "@sea:Japanese seafood exporters wait for full resumption of China sales",
                 "@ret:Japanese retailers bet on Chinese shoppers despite slowdown", "@ret:Japanese department store chain plans new China outlets",
                 ],
         lead=["@car:Japanese carmakers [lost|continued to lose] market share in China in October, [industry data showed|figures from a Chinese dealers' association showed] on {wd}, with [a brutal price war|the price war among electric-vehicle makers] showing no sign of [a truce|easing].",
               "@sea:Japanese seafood exporters said on {wd} that [sales|shipments] to China [remained|were still] [a fraction of levels seen before the 2023 ban|far below volumes seen before 2023], [despite|even after] [a partial resumption|Beijing's partial lifting] of [import curbs|restrictions].",
               "@ret:[A Japanese|Japan's second-largest] [department store|retail] group said on {wd} it would [open|expand] [stores|outlets] in [Shanghai|Chengdu] [next year|in 2027], [betting|wagering] that [Chinese consumers|middle-class shoppers] [still|would] [favour|want] Japanese brands [despite|in spite of] [the economic slowdown|weaker spending]."],
         slots=[
             ["@car:[Chinese brands|Domestic carmakers] [have|now] [taken|account for] [more than 60 %|about two-thirds] of [the market|sales] in China, [squeezing|pushing out] [foreign|Japanese and German] [rivals|brands] in the battle for market share.",
              "[Executives|Analysts] [say|said] political friction [rarely disrupts|seldom affects] day-to-day business, [but|though] it [can|could] [hit|dent] [consumer sentiment|demand] [quickly|at short notice].",
              "[Japanese firms|Companies from Japan] employ [about|more than] a million people in China, [according to Japan's trade promotion agency|industry groups say]."],
         ]),
    dict(id="cj_people", kind="routine", time=(1, 11), w=1.0,
         titles=["@tour:Chinese tourists return to Japan in growing numbers",
                 "@vm:Japan, China hold vice-ministerial talks on trade, exchanges",
                 "@pro:Tokyo lodges protest over Chinese official's remarks"],
         lead=["@tour:[About|Some] [700,000|800,000] [Chinese visitors|tourists from China] came to Japan in October, [Japan's tourism agency said|official data showed] on {wd}, keeping China [one of the largest|among the top] sources of [visitors|tourists].",
               "@vm:[Senior|Vice-ministerial] officials from Japan and China [held talks|met] in [Tokyo|Beijing] on {wd} [on|to discuss] [trade|economic ties and people-to-people exchanges], [agreeing|and agreed] to [keep communicating|maintain dialogue], [Japan's foreign ministry said|a statement said].",
               "@pro:Japan lodged a [protest|formal protest] with China on {wd} over [remarks|comments] by a [Chinese diplomat|consul general] [on social media|online] [that Tokyo called|which Japan called] [“inappropriate”|“extremely inappropriate”], [officials said|the chief cabinet secretary said]."],
         slots=[
             ["@vm:[Both sides|The two sides] agreed to [prepare for|work towards] a [meeting|summit] of [leaders|their leaders] on the sidelines of an international gathering [next year|in 2027].",
              "@pro:[Beijing|China's foreign ministry] [said the remarks reflected its principled position|responded that the comments had been misinterpreted].",
              "@tour:[Flights|Air links] between the two countries [have not yet recovered|have not fully returned] to [pre-pandemic|2019] levels."],
         ]),
    dict(id="cj_cg", kind="routine", time=(1, 10), w=0.5,
         titles=["Chinese coast guard ships sail near Senkakus for {days}th day this year",
                 "Japan monitors Chinese vessels in contiguous zone"],
         lead=["[Three|Four] Chinese coast guard ships [sailed|were spotted] in the contiguous zone [outside|just outside] Japan's territorial waters around the Senkaku islands on {wd}, Japan's coast guard said, [a presence|a near-constant presence] [recorded|seen] on {days} days this year.",
               "Japan's coast guard said on {wd} it [was monitoring|continued to monitor] Chinese [government ships|coast guard vessels] [in the contiguous zone around the Senkaku islands|in waters near the islands], [as it does|as is routine] [almost daily|on most days]."],
         slots=[
             ["[The ships|The vessels] did not [enter|approach] [territorial waters|Japan's territorial sea], [officials said|the coast guard said], and [Tokyo|Japan] [made a routine|lodged a routine] [request|call] for them to [leave|move away].",
              "[China|Beijing] [calls the islands|refers to the islands as] Diaoyu and says its ships [are patrolling|patrol] [its own waters|Chinese waters]."],
         ]),
]
CHN_JPN_POST = [
    dict(id="cj_post_fish", kind="routine", time=(14, 20), w=1.0,
         titles=["@fam:Families of detained Japanese fishermen ask for consular access", "@fam:Relatives of fishermen held in China appeal to Tokyo",
                 "@vis:Japanese diplomats visit detained fishermen, Tokyo says",
                 "@coop:Fishing co-op in Okinawa keeps boats in port", "@coop:Okinawa fishermen stay ashore after detentions"],
         lead=["@fam:[Families|Relatives] of the Japanese fishermen [detained|held] by Chinese authorities {rel} [asked|urged] [the government|Tokyo] on {wd} to [secure|press for] [consular access|their early release], [at a news conference|speaking to reporters] in [Ishigaki|Okinawa].",
               "@vis:Japanese consular officials [visited|were allowed to meet] the [detained|held] fishermen [in China|in custody] on {wd}, [the foreign ministry said|Japan's chief cabinet secretary said], adding that they [appeared to be in good health|were in good health].",
               "@coop:[A fishing cooperative in Ishigaki said on {wd} its|Fishermen's cooperatives in Yonaguni said on {wd} their] [members|boats] would [stay in port|remain in harbour] [for now|until further notice] [after|following] [the detentions|the incident] {rel}."],
         slots=[
             ["[Tokyo|Japan] [has|has repeatedly] [called for|demanded] [their|the fishermen's] [release|early release] [through diplomatic channels|via diplomatic channels], [officials said|the ministry said].",
              "[China's foreign ministry|Beijing] [said|told reporters] the case [was being handled|would be handled] “[in accordance with the law|according to law]”.",
              ""],
         ]),
    dict(id="cj_post_talks", kind="routine", time=(14, 20), w=0.8,
         titles=["Japan, China maritime officials agree to keep hotline channel open",
                 "Tokyo and Beijing hold working-level talks on maritime issues", "Japan and China keep maritime dialogue going after tense week"],
         lead=["[Maritime affairs officials|Officials responsible for maritime affairs] from Japan and China [held working-level|held video] talks on {wd} and agreed to [keep|maintain] [communication|their hotline] [open|active], [Japan's foreign ministry said|according to officials].",
               "Japan and China [held|conducted] [talks|consultations] [by video link|in Beijing] on {wd} [on|about] [maritime issues|the East China Sea], [with each side setting out its position|with both sides restating their positions], [a statement said|officials said]."],
         slots=[
             ["[The two countries|Tokyo and Beijing] [set up|launched] a [maritime and air communication mechanism|defence hotline] in 2018 and 2023 [to prevent|to avoid] [accidental clashes|incidents at sea].",
              "[Officials|Diplomats] [described|called] the talks [businesslike|frank] [and|but] [gave no|offered no] [details|further details]."],
         ]),
    dict(id="cj_post_biz", kind="business", time=(14, 21), w=0.8,
         titles=["@sh:Japanese shares in China-exposed firms steady after week of tension",
                 "@fair:China trade fair goes ahead with Japanese exhibitors",
                 "@trv:Travel agencies report some cancellations for China-Japan trips"],
         lead=["@sh:Shares of Japanese companies with large China exposure [steadied|were little changed] on {wd}, [traders said|brokers said], [after|following] [a volatile|a nervous] [few days|stretch] {rel}.",
               "@fair:[A trade fair|An industrial trade fair] in [Shanghai|Guangzhou] [went ahead|opened] on {wd} with [about|around] {k}0 Japanese exhibitors [taking part|present], [organisers said|according to organisers], [despite|after] [the tension|the frictions] {rel}.",
               "@trv:[Travel agencies|Tour operators] in [Japan|China] [reported|said they had seen] [some|a number of] cancellations of [trips|group tours] between the two countries [for December|over the coming weeks], [industry groups said|agents said] on {wd}."],
         slots=[
             ["@sh:[Analysts|Brokers] [said|noted] [investors|markets] [had|have] [grown used|become accustomed] to [periodic|recurring] [frictions|spats] between the two [countries|neighbours].",
              "@fair:[Exhibitors|Executives] said [business ties|commercial links] [were|remained] [resilient|strong], [pointing to|citing] [long-term contracts|decades of investment].",
              ""],
         ]),
]
CHN_JPN_POOL = dict(bg=CJ_BG, filler=CJ_BG,
                    quotes=["@cj_biz,cj_post_biz,cj_people:“Business people on both sides want stability above all,” {jofficial}, a Japanese trade association official, said.",
                            "@cj_people,cj_post_talks,cj_post_fish:“China and Japan are neighbours that cannot move away from each other,” a Chinese foreign ministry spokesperson said on {wd}.",
                            "@cj_post_biz,cj_post_talks,cj_biz:“Every few years there is a storm, and then trade carries on,” said {an} of the {tank}."])


# ===========================================================================
# DZA-MAR (outside 2026-11-23T16:30Z .. 2026-11-26T04:30Z)
# ===========================================================================


def ctx_dza_mar(d):
    c = base_ctx(d)
    c.update(dofficial=pick(["Karim Benmoussa", "Nassima Belkacem", "Samir Hadjadj", "Leila Boudiaf"]),
             mofficial=pick(["Youssef El Alami", "Salma Bennani", "Hicham Tazi", "Nadia Chraibi"]),
             dl=pick(["ALGIERS", "RABAT", "ALGIERS", "RABAT", "OUJDA"]),
             kickers=["DERBY FEVER:", "CLOSED!", "BORDER HEARTACHE:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Algiers", "Rabat", "Oujda"]
    return c


DM_BG = [
    "The land border between Algeria and Morocco has been closed since 1994, after an attack on a hotel in Marrakech that Rabat blamed on Algerian intelligence.",
    "Algeria cut diplomatic ties with Morocco in August 2021, accusing Rabat of hostile acts; it closed its airspace to Moroccan aircraft a month later.",
    "Algeria stopped pumping gas through the Maghreb-Europe pipeline across Morocco when the contract expired in October 2021.",
    "The two neighbours fought a brief border conflict, known as the Sand War, in 1963.",
    "Algeria backs the Polisario Front, which seeks independence for Western Sahara, a territory Morocco considers its own.",
]
DZA_MAR_PRE = [
    dict(id="dm_border", kind="routine", time=(8, 15), w=1.0,
         titles=["@fam:At the closed Algeria-Morocco border, families wave across the divide",
                 "@tr:Oujda traders still hope for border reopening after three decades",
                 "@fam:Divided families mark another year apart at Saïdia",
                 "@fam2:Visiting relatives across closed Algeria-Morocco border means long detours"],
         lead=["@fam:At [a spot|the spot] near [Saïdia|Oujda] where [only a ditch and a fence|a fence and a dry riverbed] separate Morocco from Algeria, [families|relatives] [still gather|gathered again on {wd}] to [wave|shout greetings] to [relatives|loved ones] on the other side, [as they have|a ritual repeated] [for years|since the border closed in 1994].",
               "@tr:[Traders|Shopkeepers] in the Moroccan border city of Oujda [said|told reporters] on {wd} that [they|many] [still|had not given up] hope [the border|the land border] with Algeria [would|might] one day reopen, [more than three decades after|32 years after] it was [closed|shut] in 1994.",
               "@fam2:[Residents|Families] [in|of] [the border towns of Saïdia and Marsa Ben M'hidi|towns on either side of the border] [said|told reporters] on {wd} that [visiting|seeing] relatives [across the border|on the other side] [required|meant] [a flight through a third country|long detours via Tunis or Europe]."],
         slots=[
             ["[A round trip between Oujda and Tlemcen, less than 80 km apart, can take|Travelling from Oujda to Maghnia, about 70 km away, now takes] [two days|a day or more] and [costs|can cost] [hundreds of dollars|a month's wages], [residents said|families said].",
              "[Smuggling of fuel|Informal trade in fuel and goods] across the border, [once a mainstay|long a mainstay] of [the local economy|Oujda's economy], [has largely dried up|has dwindled] [since|after] [both sides dug trenches|both countries built barriers].",
              ""],
         ]),
    dict(id="dm_sahara", kind="routine", time=(8, 15), w=0.9,
         titles=["@dz:Algeria reaffirms support for Sahrawi self-determination",
                 "@ma:Morocco welcomes new backing for autonomy plan", "@ma:Rabat hails fresh support for Western Sahara autonomy proposal",
                 "@un:UN envoy for Western Sahara continues regional consultations"],
         lead=["@dz:Algeria's foreign ministry [reaffirmed|restated] on {wd} [its|Algiers'] support for [the Sahrawi people's right to self-determination|a UN-led referendum in Western Sahara], [in a statement|at an event] [marking|on] [a Polisario anniversary|the visit of a Polisario delegation].",
               "@ma:Morocco [welcomed|hailed] on {wd} [a statement|a decision] by [a European government|a Latin American government] [describing|calling] [its|Rabat's] autonomy plan for Western Sahara [as|] “[the most serious and credible basis|a serious and credible basis]” for a settlement, [the foreign ministry said|state media reported].",
               "@un:The UN [personal envoy|secretary-general's envoy] for Western Sahara [held|continued] [consultations|talks] [in|with officials in] [Rabat|Algiers|the Tindouf camps] on {wd}, [UN officials said|a UN spokesperson said], [as part of|in] [a regional tour|efforts to revive the political process]."],
         slots=[
             ["[The UN Security Council|The Security Council] [renewed|extended] the mandate of the MINURSO peacekeeping mission [in October|last month], [in a resolution|in a vote] [that|which] [Algeria|Algiers] [did not back|criticised].",
              "[The conflict|The dispute] [over the territory|over Western Sahara] [dates back|goes back] to 1975, when Spain [withdrew|pulled out] and Morocco [took control|annexed most of it].",
              ""],
         ]),
    dict(id="dm_energy", kind="business", time=(8, 15), w=0.8,
         titles=["@lng:Morocco's LNG imports via Spain rise as gas demand grows",
                 "@med:Algeria's gas exports to Spain via Medgaz hit record",
                 "@ram:Royal Air Maroc's Africa routes still avoid Algerian airspace"],
         lead=["@lng:Morocco [imported|took] [more|a record volume of] liquefied natural gas [through|via] Spain [this year|in 2026] [to supply|for] [its|two] power plants [formerly fed by|that once ran on] Algerian gas [via|through] the Maghreb-Europe pipeline, [energy officials said|industry figures showed] on {wd}.",
               "@med:Algeria's gas [exports|deliveries] to Spain [through|via] the [undersea|direct] Medgaz pipeline [reached|hit] [a record|record levels] [in October|last month], [Sonatrach|the state energy company] said on {wd}, [more than five years after Algiers stopped|five years after it halted] [flows|shipments] through Morocco.",
               "@ram:[Royal Air Maroc's|Moroccan] [flights|routes] to [West Africa|Tunis and Cairo] [still|continue to] [avoid|bypass] Algerian airspace, [adding|which adds] [up to|about] [an hour|50 minutes] [to journeys|of flying time], [airline officials|aviation sources] said on {wd}."],
         slots=[
             ["@ram:[The|Algeria's] [decision|closure] [in 2021|in September 2021] [also|] [affected|hit] [overflights|Moroccan airlines].",
              "@lng,med:[Analysts|Energy analysts] [said|say] [a resumption of|restoring] [flows|gas flows] [through|via] the [pipeline|GME] [would|could] [benefit|help] [both countries|both economies], [but|though] [politics stands|political relations stand] in the way.",
              ""],
         ]),
    dict(id="dm_foot", kind="sport", time=(16, 22), w=0.0,
         titles=["@draw:Algerian and Moroccan clubs set for Champions League 'war'",
                 "@win:Derby of the Maghreb: Moroccan side crush Algerian rivals"],
         lead=["@draw:[Algeria's champions|The Algerian champions] [will face|were drawn against] [Moroccan|Morocco's] [giants|champions] in the African Champions League group stage, [setting up|promising] [a battle|a fierce battle] [that|which] [fans|supporters] on both sides [are already calling|already call] a “war on the pitch”, [after|following] the [draw|draw held on {wd}].",
               "@win:[A Moroccan club|Morocco's champions] [crushed|routed] [an Algerian side|their Algerian rivals] 3-0 in [an African club competition|the African Champions League] on {wd}, [a blitz|a first-half blitz] [sealing|settling] [a battle|what the local press billed as a battle] [long before|well before] [the final whistle|half-time]."],
         slots=[
             ["[Matches|Meetings] between [clubs from the two countries|Algerian and Moroccan teams] [are|have long been] [charged|highly charged] [given|because of] [the|their] [closed border|strained relations], with [away fans|visiting supporters] [often barred|usually unable to travel].",
              "[The teams|Clubs] [had to|will have to] [fly via|travel through] [Tunis|a third country] [because|since] [direct flights|direct air links] [are|remain] suspended."],
         ]),
]
DZA_MAR_POST = [
    dict(id="dm_post_flights", kind="business", time=(6, 19), w=1.0,
         titles=["@air:Airlines prepare schedules for Algiers-Casablanca route",
                 "@air:Royal Air Maroc, Air Algérie start talks on flight slots",
                 "@ta:Travel agents report flood of inquiries for Algeria-Morocco trips"],
         lead=["@air:[Air Algérie and Royal Air Maroc|The two national airlines] [began|have started] [work on|preparing] schedules for [direct flights|resumed direct flights] between Algiers and Casablanca [after|following] the [restoration of ties|reopening of airspace] {rel}, [airline officials said|aviation sources said] on {wd}.",
               "@ta:[Travel agents|Travel agencies] in [Oujda|Algiers and Oran] said on {wd} they had [received|fielded] [a flood|hundreds] of [inquiries|calls] [about|for] [trips|travel] between [the two countries|Algeria and Morocco] [since|after] [the announcement|the agreement] {rel}."],
         slots=[
             ["@air:[Officials|Aviation officials] said [technical issues|safety and slot arrangements] [had to|needed to] be [settled|finalised] [first|before flights resume], with no [date|start date] [announced yet|set].",
              "@ta:[Families|Many families] [separated|kept apart] [for years|by the closures] [were|are] [among the first|first] [to ask|in line] for [tickets|seats], [agents said|according to agents]."],
         ]),
    dict(id="dm_post_impl", kind="routine", time=(6, 19), w=1.0,
         titles=["@emb:Embassy staff return to Rabat and Algiers as missions reopen",
                 "@com:Algeria, Morocco set up joint committee on follow-up",
                 "@gme:Gas pipeline engineers to inspect GME link, officials say"],
         lead=["@emb:[Technical teams|Diplomatic staff] [arrived|returned] [in Rabat and Algiers|to the two capitals] on {wd} to [reopen|prepare the reopening of] [embassy|consular] [services|sections], [officials said|foreign ministry sources said], [following|after] the [restoration|resumption] of [ties|diplomatic relations] {rel}.",
               "@com:Algeria and Morocco [agreed|said they agreed] on {wd} to [set up|form] a [joint|follow-up] committee [to oversee|on] [implementation|the implementation] of [the agreement|their agreement] {rel}, [including|covering] [flights|air links], [consular affairs|consular services] and [trade|economic cooperation].",
               "@gme:[Engineers|Technical teams] [from|representing] [Sonatrach|Algeria's state energy company] and [Morocco's national energy office|Moroccan energy officials] will [inspect|examine] [idle sections|an idle stretch] of the Maghreb-Europe gas pipeline [across Morocco|on Moroccan territory], [officials said on {wd}|sources said on {wd}], [as part of|in] [talks|discussions] on [resuming|restarting] [flows|gas flows]."],
         slots=[
             ["@gme:[The pipeline|The GME line] has been [idle|unused] [since October 2021|since the contract expired in 2021] and [will need|needs] [maintenance|inspections] before any restart.",
              "@emb,com:[Officials|Diplomats] [cautioned|said] that reopening the land border [was not yet on the agenda|was a separate question] and would take [longer|time].",
              ""],
         ]),
]
DZA_MAR_POOL = dict(bg=DM_BG, filler=DM_BG,
                    quotes=["@dm_border,dm_post_flights:“My sister lives twenty minutes away, and I have seen her twice in ten years,” said a woman in Oujda.",
                            "“The Maghreb will only prosper when its two largest countries talk to each other,” {an} of the {tank} said.",
                            "@dm_border,dm_post_impl,dm_post_flights:“We have waited a long time. We will wait a little longer,” said a café owner in Marsa Ben M'hidi."])

# ===========================================================================
# ETH-SOM (outside 2026-11-25T11:00Z .. 2026-11-27T23:00Z)
# ===========================================================================


def ctx_eth_som(d):
    c = base_ctx(d)
    c.update(eofficial=pick(["Dawit Tesfaye", "Meron Alemu", "Yonas Bekele", "Selamawit Girma"]),
             sofficial=pick(["Abdirahman Warsame", "Hodan Farah", "Mohamed Abdi Nur", "Fadumo Hassan"]),
             dl=pick(["ADDIS ABABA", "MOGADISHU", "ADDIS ABABA", "MOGADISHU", "NAIROBI"]),
             kickers=["PORT ROW:", "SEA ACCESS:", "HORN HEADACHE:"])
    c["dlc"] = c["dl"].title()
    c["rep_places"] = ["Addis Ababa", "Mogadishu", "Nairobi"]
    return c


ES_BG = [
    "Relations between Ethiopia and Somalia soured in January 2024 when Addis Ababa signed a memorandum with the breakaway region of Somaliland seeking access to the sea.",
    "Turkey brokered a declaration between the two in Ankara in December 2024, but talks on Ethiopian sea access have since moved slowly.",
    "Ethiopia, which has been landlocked since Eritrea's independence in 1993, relies on Djibouti for almost all its trade.",
    "Ethiopian troops have been deployed in Somalia for years to fight the al Qaeda-linked al Shabaab group, both under African Union missions and bilaterally.",
    "The two countries fought a war over the Ogaden region in 1977-78.",
]
ETH_SOM_PRE = [
    dict(id="es_port", kind="routine", time=(7, 18), w=1.1,
         titles=["@so:Somalia repeats sovereignty warning over Ethiopian sea access",
                 "@et:Ethiopia says it seeks sea access 'through peaceful means'",
                 "@tk:Officials hint at new round of Ethiopia-Somalia technical talks"],
         lead=["@so:Somalia's foreign ministry [reiterated|repeated] on {wd} that [any|any Ethiopian] access to the sea [must respect|had to respect] [Somalia's sovereignty|the country's territorial integrity], responding to [remarks|a speech] by [an Ethiopian official|Ethiopian officials] in Addis Ababa.",
               "@et:Ethiopia's [prime minister|government] said on {wd} that [access to the sea|securing a sea outlet] [remained|was] [an existential question|a national priority] for the country [but|and] that Addis Ababa would [pursue it|seek it] “[only through peaceful means|through dialogue and mutual benefit]”.",
               "@tk:[Diplomats|Officials] [in Addis Ababa and Mogadishu|in the region] said on {wd} that [technical|working-level] talks [between Ethiopia and Somalia|on the port issue] [could resume|might resume] [soon|in the coming weeks], [without giving a date|but gave no details]."],
         slots=[
             ["[Somalia|Mogadishu] [regards|considers] Somaliland, which [declared independence|broke away] in 1991, as part of its territory.",
              "[Turkey|Ankara] has been [hosting|mediating] [talks|contacts] between the two since [the 2024 Ankara declaration|December 2024].",
              ""],
         ]),
    dict(id="es_troops", kind="routine", time=(7, 18), w=0.9,
         titles=["@au:African Union mission in Somalia seeks funding as troop deal pending",
                 "@et:Ethiopian troops' future role in Somalia still under discussion", "@et:Status of Ethiopian forces in Somalia remains unsettled",
                 "@op:Somali forces, AU troops retake village from al Shabaab"],
         lead=["@au:The African Union's mission in Somalia [appealed|called] on {wd} for [sustainable|more] funding, [saying|warning] that [a shortfall|budget gaps] [threatened|could undermine] [operations|its operations] against al Shabaab, as [talks on troop contributions continue|arrangements for contributing countries remain under discussion].",
               "@et:[The status|The future role] of Ethiopian troops in Somalia [remains|is still] [under discussion|unsettled], [officials in Mogadishu said on {wd}|Somali officials said on {wd}], with [talks|negotiations] [on|over] [a formal arrangement|their legal status] [continuing|still under way].",
               "@op:Somali [forces|army units], [backed by|supported by] African Union troops, [retook|recaptured] a village [in the Hiiraan region|in Middle Shabelle] from al Shabaab [fighters|militants] on {wd}, [Somali state media|military officials] said."],
         slots=[
             ["[Ethiopia|Addis Ababa] has been [one of the largest troop contributors|a major troop contributor] to [AU missions|African Union forces] in Somalia [since 2014|for more than a decade].",
              "[Al Shabaab still controls|The group continues to control] [large parts|swathes] of [rural|central and southern] Somalia and [carries out|stages] [frequent|regular] attacks [in Mogadishu|in the capital].",
              ""],
         ]),
    dict(id="es_trade", kind="business", time=(7, 17), w=0.9,
         titles=["@kh:Khat flights from Ethiopia to Somalia hold steady",
                 "@et:Ethiopian Airlines adds Mogadishu frequencies", "@et:Ethiopian Airlines to boost Mogadishu flights from December",
                 "@lv:Livestock traders on Ethiopia-Somalia border report brisk sales"],
         lead=["@kh:[Daily|Cargo] flights carrying khat from Ethiopia to Somalia [continued|were operating] [normally|as usual] [this week|on {wd}], [traders in Mogadishu said|airport officials said], [a trade|a business] [worth|estimated at] [tens of millions of dollars|hundreds of thousands of dollars a day].",
               "@et:Ethiopian Airlines [said|announced] on {wd} it would [add|increase] [flights|frequencies] [to|on its route to] Mogadishu [from next month|in December], [citing|pointing to] [strong demand|growing passenger numbers].",
               "@lv:[Livestock|Camel and goat] traders [in the border town of Dolo|along the Ethiopia-Somalia border] reported [brisk|strong] sales on {wd} [ahead of|before] [the holiday season|the Gulf export season], with [animals|herds] [moving|being trucked] [to|towards] [Berbera and Bosaso|Somali ports]."],
         slots=[
             ["[Trade|Cross-border commerce] [between the two|between Ethiopia and Somalia] [is|remains] [largely informal|mostly informal] and [hard to measure|difficult to track], [economists say|officials say].",
              "[Traders|Businesspeople] said [politics|the diplomatic dispute] [had|has had] [little effect|only a small effect] on [day-to-day|everyday] [trade|business].",
              ""],
         ]),
    dict(id="es_aid", kind="routine", time=(7, 17), w=0.7,
         titles=["@cv:Drought relief convoys reach border areas of Somalia and Ethiopia",
                 "@un:UN warns of poor rains in Somali region and southern Somalia"],
         lead=["@cv:[Aid convoys|UN-backed convoys] [carrying|with] [food|food and water] [reached|arrived in] [drought-hit|dry] areas [on both sides of|along] the Ethiopia-Somalia border on {wd}, [aid agencies said|the World Food Programme said].",
               "@un:[The UN|UN agencies] [warned|said] on {wd} that [below-average|poor] [rains|autumn rains] in [Ethiopia's Somali region|eastern Ethiopia] and [southern Somalia|Somalia's Gedo region] [could|may] [push|leave] [hundreds of thousands|more people] [into hunger|in need of aid] [early next year|by early 2027]."],
         slots=[
             ["[Pastoralists|Herders] [in the region|along the border] [move|cross] [freely|back and forth] [between the two countries|across the frontier] [with their herds|in search of water and pasture].",
              "[Aid officials|Agencies] [said|warned] [funding was|budgets were] [far below|well short of] [needs|what is required]."],
         ]),
]
ETH_SOM_POST = [
    dict(id="es_post_impl", kind="routine", time=(0, 20), w=1.0,
         titles=["@tc:Ethiopia, Somalia technical committee to meet next week",
                 "@air:Airlines prepare to restore Addis Ababa-Mogadishu schedules",
                 "@tr:Somali traders welcome calmer ties with Ethiopia"],
         lead=["@tc:A joint technical committee of Ethiopia and Somalia [will meet|is to meet] [next week|in early December] to [work out|begin work on] [details|the details] of [the agreement|the deal] reached {rel}, [officials said|Somali officials said] on {wd}.",
               "@air:[Airlines|Carriers] [said|signalled] on {wd} they were [preparing|getting ready] to [restore|add back] [flights|full schedules] between Addis Ababa and Mogadishu [after|following] the [agreement|deal] {rel}.",
               "@tr:[Traders|Business owners] in Mogadishu [welcomed|said they welcomed] [the calmer tone|improved ties] between Somalia and Ethiopia on {wd}, [saying|and said] [it|the agreement reached {rel}] [could|would] [help|boost] [trade|cross-border business]."],
         slots=[
             ["[Officials|Diplomats] [said|stressed] that [implementation|carrying out the deal] would take [time|months] and depend on [follow-up talks|further talks].",
              "[Turkey|Ankara], which [mediated|hosted] the [talks|negotiations], [said it would|has said it will] [continue to support|keep supporting] [the process|implementation].",
              ""],
         ]),
]
ETH_SOM_POOL = dict(bg=ES_BG, filler=ES_BG,
                    quotes=["@es_trade,es_port:“The khat plane lands every morning, whatever the politicians say,” a Mogadishu trader said.",
                            "@es_port,es_post_impl,es_troops:“Ethiopia and Somalia are bound by geography, people and trade,” {eofficial}, an Ethiopian official, said.",
                            "@es_port:“Sovereignty is not negotiable, but cooperation is welcome,” {sofficial}, a Somali lawmaker, said."])


# ===========================================================================
# NON-ENGLISH BANKS
# ===========================================================================

RU_CITIES = [("Харьков", "в Харькове", "Харьковской"), ("Запорожье", "в Запорожье", "Запорожской"),
             ("Одесса", "в Одессе", "Одесской"), ("Днепр", "в Днепре", "Днепропетровской"),
             ("Сумы", "в Сумах", "Сумской"), ("Кривой Рог", "в Кривом Роге", "Днепропетровской"),
             ("Чернигов", "в Чернигове", "Черниговской"), ("Полтава", "в Полтаве", "Полтавской"),
             ("Херсон", "в Херсоне", "Херсонской"), ("Николаев", "в Николаеве", "Николаевской"),
             ("Киев", "в Киеве", "Киевской"), ("Кременчуг", "в Кременчуге", "Полтавской"),
             ("Винница", "в Виннице", "Винницкой")]
RU_FRONT = [("Покровска", "покровском"), ("Константиновки", "константиновском"), ("Купянска", "купянском"),
            ("Гуляйполя", "гуляйпольском"), ("Северска", "северском"), ("Лимана", "лиманском"),
            ("Доброполья", "добропольском"), ("Орехова", "ореховском"), ("Волчанска", "волчанском")]
RU_RUREG = ["Белгородской", "Курской", "Брянской", "Ростовской", "Воронежской", "Саратовской",
            "Волгоградской", "Рязанской", "Тамбовской", "Орловской"]
DE_CITIES = {"Kharkiv": "Charkiw", "Zaporizhzhia": "Saporischschja", "Odesa": "Odessa", "Dnipro": "Dnipro",
             "Sumy": "Sumy", "Kryvyi Rih": "Krywyj Rih", "Chernihiv": "Tschernihiw", "Poltava": "Poltawa",
             "Kherson": "Cherson", "Mykolaiv": "Mykolajiw", "Kyiv": "Kiew", "Lviv": "Lwiw",
             "Kremenchuk": "Krementschuk", "Izmail": "Ismajil", "Bila Tserkva": "Bila Zerkwa",
             "Shostka": "Schostka", "Pavlohrad": "Pawlohrad", "Konotop": "Konotop", "Vinnytsia": "Winnyzja",
             "Ternopil": "Ternopil"}
DE_FRONT = ["Pokrowsk", "Kostjantyniwka", "Kupjansk", "Huljajpole", "Siwersk", "Lyman", "Dobropillja",
            "Orichiw", "Wowtschansk", "Myrnohrad"]

RU_UA_RU = [
    dict(id="ru_ru_night", kind="war", time=(4, 10), w=1.0,
         titles=["@n:ВСУ: за ночь сбито {down} из {launched} беспилотников",
                 "@c:Ночная атака беспилотников: есть пострадавшие {rcity_loc}",
                 "@n:Россия запустила по Украине {launched} дронов, сообщили в Киеве"],
         lead=["@n:Воздушные силы Украины {wd} сообщили, что за ночь [сбили|нейтрализовали] {down} из {launched} беспилотников, запущенных российской стороной.",
               "@n:В ночь на {md} Россия атаковала Украину {launched} ударными беспилотниками, [сообщили|заявили] в командовании Воздушных сил ВСУ; по их данным, сбиты или подавлены средствами РЭБ {down} из них.",
               "@c:[Очередная|Новая] ночная атака беспилотников пришлась на {rregion} область: {rcity_loc} [повреждены|пострадали] [жилые дома|объекты инфраструктуры], число пострадавших, по данным местных властей, достигло {inj}."],
         slots=[["Минобороны России, в свою очередь, заявило, что за ночь над {rureg} и соседними областями [перехвачены|уничтожены] украинские беспилотники — всего {rudrones}.",
                 "В Москве [неоднократно заявляли|настаивают], что удары наносятся [исключительно|только] по военным объектам и объектам энергетики.",
                 "По данным украинской стороны, [под ударом|под удар] [вновь|снова] [оказалась|попала] энергетическая инфраструктура; в ряде районов введены графики отключений.",
                 "Киев [вновь|снова] призвал западных партнёров ускорить поставки систем ПВО [перед зимой|до наступления холодов]."]],
         ),
    dict(id="ru_ru_front", kind="war", time=(8, 20), w=1.0,
         titles=["@gs:Генштаб ВСУ: число боестолкновений за сутки — {clashes}",
                 "@gs,b:Самые тяжёлые бои идут в районе {rfront_gen}",
                 "@mo:Минобороны РФ заявило о продвижении на {rfront_adj} направлении"],
         lead=["@gs:Генеральный штаб ВСУ {wd} сообщил, что число боевых столкновений за минувшие сутки составило {clashes}; наиболее [напряжённая|тяжёлая] обстановка сохраняется [в районе {rfront_gen}|на {rfront_adj} направлении].",
               "@mo:Министерство обороны России {wd} заявило, что его подразделения [продвинулись|улучшили положение] на {rfront_adj} направлении; украинская сторона эти данные [не подтвердила|опровергла].",
               "@b:Бои в районе {rfront_gen} [не стихают|продолжаются], сообщили {wd} украинские военные: российские штурмовые группы [пытаются|стараются] просочиться через позиции ВСУ [небольшими группами|под прикрытием тумана]."],
         slots=[["Независимо проверить заявления сторон о ходе боёв [невозможно|не удаётся].",
                 "Обе стороны [всё шире|активно] применяют беспилотники на оптоволокне, которые невозможно подавить средствами РЭБ.",
                 "Эксперты отмечают, что линия фронта [меняется медленно|почти не сдвигается], а продвижение измеряется сотнями метров."]],
         ),
    dict(id="ru_ru_talks", kind="war", time=(9, 20), w=1.0,
         titles=["@kr:В Кремле заявили, что сроков новых переговоров с Киевом нет", "@kr:Москва: новый раунд переговоров с Киевом пока не запланирован",
                 "Переговоры о прекращении огня на Украине не сдвигаются с места"],
         lead=["@kr:Пресс-секретарь [президента России|Кремля] {wd} заявил, что [сроки нового раунда переговоров с Украиной не определены|дата нового раунда переговоров с Украиной не назначена], возложив ответственность [на Киев|на украинскую сторону].",
               "Министр иностранных дел Украины {wd} обвинил Москву в [затягивании|срыве] мирного процесса [на фоне усиления ударов|при одновременном наращивании ударов] по украинским городам."],
         slots=[["Киев настаивает, что переговоры должны начинаться с нынешней линии фронта и сопровождаться гарантиями безопасности.",
                 "Москва, в свою очередь, требует [учёта «реалий на земле»|вывода украинских войск с части Донецкой области].",
                 "Контакты сторон сейчас [ограничиваются|сводятся к] [обменами пленными|обменам пленными] и [телами погибших|репатриации тел]."]],
         ),
]
RU_UA_RU_BG = ["Полномасштабная война продолжается с февраля 2022 года; ещё в 2014 году Россия аннексировала Крым.",
               "Переговоры в Стамбуле в 2025 году привели к крупным обменам пленными, но не к прекращению огня.",
               "Удары по украинской энергосистеме Россия наносит каждую осень начиная с 2022 года.",
               "Боевые действия в Донбассе начались ещё весной 2014 года.",
               "По данным ООН, с начала войны погибли более 14 тысяч мирных жителей.",
               "Россия контролирует около пятой части территории Украины.",
               "Стороны регулярно обвиняют друг друга в ударах по гражданским объектам."]

RU_UA_DE = [
    dict(id="de_ru_night", kind="war", time=(5, 11), w=1.0,
         titles=["@n:Russland greift die Ukraine mit {launched} Drohnen an",
                 "@c:Nächtlicher Drohnenangriff: Schäden in {dcity}",
                 "@n:Ukrainische Luftabwehr meldet {down} abgeschossene Drohnen"],
         lead=["@n:Die ukrainische Luftwaffe hat nach eigenen Angaben in der Nacht zum {wd} {down} von {launched} russischen Drohnen abgeschossen oder mit elektronischen Mitteln ausgeschaltet.",
               "@n:Russland hat die Ukraine in der Nacht erneut mit {launched} Drohnen angegriffen, teilte die ukrainische Luftwaffe am {wd} mit; {down} davon seien abgefangen worden.",
               "@c:In {dcity} sind bei einem nächtlichen Drohnenangriff [mehrere Wohnhäuser|eine Energieanlage|ein Lagerhaus] beschädigt worden; {inj} Menschen wurden nach Angaben der Behörden verletzt."],
         slots=[["Das russische Verteidigungsministerium erklärte seinerseits, über mehreren Grenzregionen seien {rudrones} ukrainische Drohnen abgefangen worden.",
                 "Moskau bestreitet, zivile Ziele anzugreifen, und spricht von Schlägen gegen militärische Infrastruktur.",
                 "Kiew drängt die westlichen Partner seit Wochen, vor dem Winter mehr Flugabwehrsysteme zu liefern.",
                 "In mehreren Regionen gelten nach den Angriffen auf das Stromnetz wieder stundenweise Abschaltungen."]],
         ),
    dict(id="de_ru_front", kind="war", time=(9, 20), w=1.0,
         titles=["@gs,b:Schwere Kämpfe um {dfront}", "@mo:Moskau meldet Einnahme eines Dorfes, Kiew widerspricht",
                 "@gs:Ukrainischer Generalstab: {clashes} Gefechte binnen 24 Stunden"],
         lead=["@gs:Der ukrainische Generalstab hat am {wd} {clashes} Gefechte entlang der Front innerhalb von 24 Stunden gemeldet; am heftigsten werde weiterhin um {dfront} gekämpft.",
               "@mo:Das russische Verteidigungsministerium hat am {wd} die Einnahme eines weiteren Dorfes im Gebiet Donezk gemeldet. Die ukrainische Armee bestätigte dies nicht und sprach von andauernden Kämpfen.",
               "@b:Rund um {dfront} versuchen russische Einheiten nach ukrainischen Angaben weiterhin, in kleinen Gruppen durch die Linien zu sickern – oft im Schutz von Nebel und Dunkelheit."],
         slots=[["Die Angaben beider Seiten lassen sich nicht unabhängig überprüfen.",
                 "Militärbeobachter sprechen von einem zähen Abnutzungskrieg, in dem Geländegewinne in Hunderten Metern gemessen werden.",
                 "Drohnen bestimmen inzwischen das Geschehen an der Front; Nachschub und Evakuierungen sind nur noch nachts möglich."]],
         ),
    dict(id="de_ru_sanc", kind="war", time=(9, 19), w=1.0,
         titles=["@eu:EU berät über neues Sanktionspaket gegen Russland",
                 "@talk:Friedensbemühungen für die Ukraine stocken weiter"],
         lead=["@eu:Die Botschafter der EU-Staaten haben am {wd} erstmals über ein neues Sanktionspaket gegen Russland beraten, das vor allem die sogenannte Schattenflotte und Zulieferer der Drohnenproduktion treffen soll.",
               "@talk:Die Bemühungen um Verhandlungen zwischen Moskau und Kiew kommen nicht voran: Der Kreml erklärte am {wd}, ein Termin für neue Gespräche stehe nicht fest, und machte dafür die Ukraine verantwortlich."],
         slots=[["@eu:Für die Annahme ist Einstimmigkeit aller 27 Mitgliedstaaten nötig; Diplomaten rechnen mit wochenlangen Verhandlungen.",
                 "@talk:Kiew besteht darauf, dass Gespräche von der aktuellen Frontlinie ausgehen und von Sicherheitsgarantien begleitet werden.",
                 "@talk:Einzige greifbare Ergebnisse der Kontakte bleiben bislang der Austausch von Gefangenen und die Rückführung von Gefallenen."]],
         ),
]
RU_UA_DE_BG = ["Russland führt seit Februar 2022 einen umfassenden Angriffskrieg gegen die Ukraine; die Krim hatte Moskau bereits 2014 annektiert.",
               "Seit Herbst 2022 greift Russland jedes Jahr gezielt das ukrainische Energienetz an.",
               "Die direkten Gespräche in Istanbul 2025 brachten große Gefangenenaustausche, aber keine Waffenruhe.",
               "Nach UN-Angaben wurden seit Kriegsbeginn mehr als 14.000 Zivilisten getötet.",
               "Russland kontrolliert knapp ein Fünftel des ukrainischen Staatsgebiets.",
               "Beide Seiten werfen einander regelmäßig Angriffe auf zivile Ziele vor."]

AR_VILLAGES = ["النبطية", "بنت جبيل", "عيتا الشعب", "الخيام", "كفركلا", "يارون", "مرجعيون", "حولا",
               "العديسة", "صريف", "تبنين", "ميس الجبل", "بليدا", "حاريص", "يحمر الشقيف", "زوطر"]
AR_IL = ["كريات شمونة", "المطلة", "شلومي", "نهاريا", "مرغليوت"]

IL_LB_AR = [
    dict(id="ar_lb_strikes", kind="war", time=(7, 20), w=1.0,
         titles=["@k:غارات إسرائيلية على جنوب لبنان توقع {akilled} قتلى",
                 "الطيران الإسرائيلي يستهدف بلدات {av1} و{av2}",
                 "تصعيد إسرائيلي جديد في الجنوب رغم وقف إطلاق النار"],
         lead=["@k:قُتل {akilled} أشخاص وأصيب {ainj} آخرون في غارات شنّها الطيران الإسرائيلي يوم {wd} على بلدات {av1} و{av2} في جنوب لبنان، بحسب وزارة الصحة اللبنانية.",
               "شنّت طائرات حربية إسرائيلية يوم {wd} سلسلة غارات على [أطراف|محيط] بلدتي {av1} و{av2} في جنوب لبنان، فيما قال الجيش الإسرائيلي إنه استهدف «بنى تحتية» تابعة لحزب الله.",
               "@k:[تواصلت|استمرت] الغارات الإسرائيلية على جنوب لبنان يوم {wd}، إذ أفادت الوكالة الوطنية للإعلام بأن [غارات|ضربات] استهدفت {av1} و{av2} و{av3}، ما أدى إلى [سقوط|مقتل] {akilled} أشخاص."],
         slots=[["ولم يصدر تعليق فوري عن حزب الله.",
                 "ويقول لبنان إن هذه الغارات تشكّل خرقاً واضحاً لاتفاق وقف إطلاق النار الذي دخل حيز التنفيذ في تشرين الثاني/نوفمبر 2024.",
                 "وتقول إسرائيل إنها تتحرك لمنع حزب الله من إعادة بناء قدراته العسكرية قرب الحدود.",
                 "وأظهرت صور بثّتها محطات تلفزيونية محلية أعمدة الدخان تتصاعد من [التلال|البساتين] المحيطة بالبلدة."]],
         ),
    dict(id="ar_lb_drone", kind="war", time=(8, 20), w=1.0,
         titles=["@car:مسيّرة إسرائيلية تستهدف سيارة في {av1}", "@moto:مقتل شخص بغارة مسيّرة على دراجة نارية جنوبي لبنان"],
         lead=["@car:استهدفت طائرة مسيّرة إسرائيلية يوم {wd} سيارة على الطريق المؤدي إلى {av1} في جنوب لبنان، ما أدى إلى مقتل [سائقها|شخص كان بداخلها]، وفق ما أفادت الوكالة الوطنية للإعلام.",
               "@moto:قُتل شخص [وأصيب آخر|وجُرح اثنان] يوم {wd} بغارة نفّذتها مسيّرة إسرائيلية على دراجة نارية في بلدة {av1}، فيما قال الجيش الإسرائيلي إنه استهدف «عنصراً في حزب الله»."],
         slots=[["وباتت مثل هذه الضربات [شبه يومية|مشهداً يومياً] في الجنوب منذ بدء سريان الهدنة.",
                 "وتطالب بيروت الولايات المتحدة وفرنسا، راعيتي الاتفاق، بالضغط على إسرائيل لوقف اعتداءاتها."]],
         ),
    dict(id="ar_lb_mech", kind="war", time=(9, 19), w=1.0,
         titles=["@m:لجنة الإشراف على وقف النار تجتمع في الناقورة", "@d:لبنان يطالب «الميكانيزم» بوقف الخروق الإسرائيلية"],
         lead=["@m:عقدت اللجنة المكلّفة الإشراف على تطبيق اتفاق وقف إطلاق النار بين لبنان وإسرائيل اجتماعاً يوم {wd} في مقر قوات اليونيفيل في الناقورة، [وسط|في ظل] استمرار الغارات الإسرائيلية على الجنوب.",
               "@d:جدّد لبنان يوم {wd} مطالبته اللجنة الخماسية برئاسة الولايات المتحدة بالضغط لوقف الخروق الإسرائيلية والانسحاب من النقاط الخمس التي لا تزال إسرائيل تحتلها في الجنوب."],
         slots=[["وقالت مصادر رسمية إن الوفد اللبناني قدّم لائحة بالخروق المسجّلة منذ الاجتماع السابق.",
                 "في المقابل، تطالب إسرائيل بتسريع نزع سلاح حزب الله جنوب نهر الليطاني.",
                 "ويقول الجيش اللبناني إنه فكك مئات المواقع العسكرية جنوب الليطاني منذ بدء الهدنة."]],
         ),
    dict(id="ar_lb_displaced", kind="war", time=(9, 18), w=0.8,
         titles=["@disp:نازحو الجنوب أمام شتاء ثانٍ بعيداً عن قراهم", "@rec:إعادة الإعمار في الجنوب متوقفة مع استمرار الغارات"],
         lead=["@disp:لا يزال عشرات آلاف اللبنانيين الذين نزحوا خلال حرب 2024 عاجزين عن العودة إلى قراهم الحدودية، وفق ما أفادت المنظمة الدولية للهجرة يوم {wd}.",
               "@rec:قال رؤساء بلديات في جنوب لبنان يوم {wd} إن إعادة إعمار القرى الحدودية لم تبدأ فعلياً بعد، عازين ذلك إلى استمرار الغارات الإسرائيلية ونقص التمويل."],
         slots=[["ويقدّر البنك الدولي كلفة إعادة الإعمار في لبنان بنحو 11 مليار دولار.",
                 "ويعود بعض الأهالي نهاراً لتفقّد منازلهم ثم يغادرون قبل حلول الظلام، بحسب شهادات جمعتها «المشرق اليوم»."]],
         ),
]
IL_LB_AR_BG = ["وكانت إسرائيل وحزب الله قد خاضا حرباً استمرت 34 يوماً في صيف 2006 انتهت بصدور القرار الدولي 1701.",
               "وبدأ حزب الله إطلاق النار على إسرائيل في تشرين الأول/أكتوبر 2023، قبل أن تتحول المواجهة إلى حرب واسعة في أيلول/سبتمبر 2024.",
               "واحتلت إسرائيل شريطاً في جنوب لبنان من عام 1982 حتى انسحابها في أيار/مايو 2000.",
               "وتحتفظ إسرائيل بخمس نقاط داخل الأراضي اللبنانية منذ حرب 2024.",
               "وتنتشر قوات اليونيفيل جنوب نهر الليطاني منذ عام 1978.",
               "وتقول وزارة الصحة إن مئات الأشخاص قُتلوا بغارات إسرائيلية منذ سريان الهدنة."]

IL_LB_FR = [
    dict(id="fr_lb_strikes", kind="war", time=(7, 20), w=1.0,
         titles=["@k:Liban-Sud : nouvelles frappes israéliennes, {killed} morts",
                 "Le sud du Liban de nouveau visé par l'aviation israélienne"],
         lead=["@k:Des frappes israéliennes ont fait {killed} morts et {inj} blessés {wd} dans le sud du Liban, selon le ministère libanais de la Santé, l'armée israélienne affirmant avoir visé des infrastructures du Hezbollah près de {v1} et {v2}.",
               "L'aviation israélienne a mené {wd} une série de frappes sur les environs de {v1}, dans le sud du Liban, a rapporté l'Agence nationale d'information, un an après l'entrée en vigueur d'un cessez-le-feu qui peine à s'imposer."],
         slots=[["Beyrouth dénonce des violations répétées de la trêve et réclame le retrait israélien des cinq positions encore occupées au Liban.",
                 "Israël affirme agir pour empêcher le Hezbollah de reconstituer son arsenal au sud du Litani.",
                 "Le Hezbollah n'avait pas réagi dans l'immédiat."]],
         ),
    dict(id="fr_lb_mech", kind="war", time=(9, 19), w=1.0,
         titles=["@m:À Naqoura, le mécanisme de surveillance de la trêve se réunit sans avancée",
                 "@fr:Liban : l'émissaire français appelle à la retenue"],
         lead=["@m:Le comité chargé de surveiller le cessez-le-feu entre Israël et le Liban s'est réuni {wd} à Naqoura, au siège de la Finul, sans annonce notable, alors que les frappes israéliennes se poursuivent presque quotidiennement dans le Sud.",
               "@fr:L'émissaire français pour le Liban a appelé {wd} à Beyrouth « toutes les parties » à la retenue et réaffirmé le soutien de Paris à l'armée libanaise, chargée de se déployer au sud du Litani."],
         slots=[["Le Liban réclame l'arrêt des frappes et le retrait israélien ; Israël exige un désarmement plus rapide du Hezbollah.",
                 "Les diplomates reconnaissent que le mécanisme a évité un retour à la guerre ouverte, sans parvenir à faire cesser les violences."]],
         ),
]
IL_LB_FR_BG = ["Israël et le Hezbollah s'étaient affrontés pendant 34 jours à l'été 2006.",
               "Le cessez-le-feu négocié par Washington et Paris est entré en vigueur en novembre 2024.",
               "Israël occupe toujours cinq positions en territoire libanais depuis la guerre de 2024.",
               "La Finul est déployée au sud du Litani depuis 1978.",
               "Selon Beyrouth, plusieurs centaines de personnes ont été tuées par des frappes israéliennes depuis l'entrée en vigueur de la trêve."]

ZH_KP = [
    dict(id="zh_kp_balloon", kind="incident", time=(1, 9), w=1.0,
         titles=["朝鲜再向韩国放飞垃圾气球", "韩军：朝方夜间放飞约{balloons}个气球"],
         lead=["韩国联合参谋本部{md}表示，朝鲜前一晚再次向韩方放飞约{balloons}个载有垃圾的气球，部分落在首尔和京畿道一带。",
               "据韩国军方{md}通报，朝鲜于{wd}凌晨向南方放飞大量垃圾气球，其中约一半落入韩方境内。"],
         slots=[["军方称，初步检查未发现有害物质，气球内多为废纸、塑料瓶和布料等生活垃圾。",
                 "据悉，部分气球落在首尔市区的公寓楼顶和学校操场，警方和军方已派人回收。"],
                ["韩方表示不会在空中击落气球，以免碎片落入居民区，同时呼吁民众发现气球后不要触碰并及时报警。",
                 "首尔市政府表示，已启动应急机制，协助军方清理落地气球。"],
                ["朝鲜自2024年5月起多次向韩国放飞垃圾气球，称此举是对韩国民间团体散发反朝传单的回应。",
                 "韩国统一部发言人表示，朝方此举“低劣且危险”，敦促其立即停止。"],
                ["有分析人士认为，垃圾气球是朝鲜对韩施压的低成本手段，短期内恐难停止。",
                 "不少首尔市民表示已对此习以为常，但仍担心气球落在车辆或行人身上。"],
                ["韩国联合参谋本部表示，将持续监视朝方动向，并视情况采取必要应对措施。",
                 "有议员在国会质询时要求军方加强对气球的早期探测和回收能力，避免引发安全事故。"]],
         ),
    dict(id="zh_kp_gps", kind="incident", time=(1, 9), w=1.0,
         titles=["朝鲜在西部边境岛屿附近干扰GPS信号", "韩方敦促朝鲜停止GPS干扰"],
         lead=["韩国联合参谋本部{md}称，朝鲜在延坪岛和白翎岛附近实施GPS信号干扰，部分渔船和民航飞机的导航受到影响。",
               "韩国政府{md}敦促朝鲜立即停止干扰GPS信号。据统计，当天约有{ships}艘船只和{flights}架次飞机报告信号异常。"],
         slots=[["目前尚未接到重大事故报告，船只和飞机已改用备用导航系统。",
                 "海警方面表示，已提醒在北方界线附近作业的渔船注意航行安全。"],
                ["军方称，干扰信号疑似来自朝鲜海州和开城一带。",
                 "据统计，受影响的主要是在延坪岛附近海域作业的中小型渔船。"],
                ["朝鲜自2010年代初起曾多次在韩美联合军演期间实施GPS干扰。",
                 "2016年，朝鲜曾连续多日实施大规模GPS干扰，导致大量航班和船只受到影响。"],
                ["韩国政府表示，此举违反国际电信联盟相关规定，将通过国际渠道表达关切。",
                 "当地渔民表示，希望政府尽快拿出应对办法，保障出海作业安全。"],
                ["专家指出，GPS干扰虽未造成实际损失，但长期持续可能对民航和海上航行安全构成隐患。",
                 "仁川机场方面表示，当天进出港航班运行基本正常，飞行员已按程序改用其他导航设备。"]],
         ),
    dict(id="zh_kp_unif", kind="routine", time=(1, 9), w=2.0,
         titles=["@aid:韩国统一部批准民间团体对朝援助计划", "@talk:韩方提议举行军事会谈 朝方未予回应"],
         lead=["@aid:韩国统一部{md}表示，已批准两家民间团体向朝鲜提供医疗物资的计划，但朝方是否接收仍不明朗。",
               "@talk:韩国{wd}提议与朝鲜举行军事会谈，以防止边境地区发生意外冲突，截至发稿时朝方未作回应。"],
         slots=[["统一部发言人表示，政府将继续努力恢复南北对话，为缓和半岛紧张局势创造条件。",
                 "@aid:据介绍，获批物资主要包括结核病药品和儿童营养品，将经第三国转运。"],
                ["自2023年4月以来，朝方一直未接听南北联络热线。",
                 "朝鲜近年来对韩方提出的各类对话提议均未予回应。"],
                ["2024年，朝鲜宣布韩国为“头号敌国”，并炸毁了连接南北的公路和铁路。",
                 "分析人士指出，在朝方持续敌视的背景下，南北关系短期内难有实质性改善。"],
                ["@talk:韩国国防部表示，提议会谈旨在明确军事分界线位置，避免士兵误越边界引发冲突。",
                 "@aid:韩国民间团体表示，希望人道主义援助能够不受政治局势影响。"],
                ["@aid:据统一部统计，今年以来获批的对朝人道主义物资申请数量明显少于往年，实际送达的更是寥寥无几。",
                 "@talk:军方人士透露，近期朝鲜士兵在边境施工时多次误越军事分界线，双方有必要建立沟通机制。",
                 "韩国国内舆论对政府的对朝政策看法不一，部分在野党议员呼吁在施压的同时保留对话渠道。"]],
         ),
]
ZH_KP_BG = ["朝鲜战争于1953年以停战协定告终，双方至今在技术上仍处于战争状态。",
            "韩国国防部表示，军方正密切关注朝方动向，并与美方保持紧密协调。",
            "2018年南北签署的军事协议已于2023年至2024年间名存实亡。"]

ZH_CJ = [
    dict(id="zh_cj_biz", kind="business", time=(1, 9), w=1.0,
         titles=["@car:日系车在华份额继续下滑 价格战未见“停火”", "@tour:赴日中国游客人数持续回升"],
         lead=["@car:据中国汽车经销商协会{md}公布的数据，10月日系品牌在华市场份额继续下滑，新能源汽车价格战仍未见“停火”迹象。",
               "@tour:日本观光厅{md}公布的数据显示，10月赴日中国游客人数继续回升，中国仍是日本最主要的客源国之一。"],
         slots=[["@car:分析人士指出，中国本土品牌已占据超过六成市场份额，外资品牌在这场市场争夺战中承压明显。",
                 "@tour:旅游业界人士表示，随着航班逐步增加，预计年底前赴日游客人数还将继续增长。"],
                ["@car:有经销商表示，为争夺客源，多家车企本月再度下调售价，行业利润持续被压缩。",
                 "@car:一家日本车企驻华负责人表示，公司将加快推出针对中国市场的电动车型，力争稳住份额。",
                 "@tour:东京、大阪和北海道仍是中国游客最青睐的目的地，购物和温泉旅游需求旺盛。"],
                ["@car:数据显示，多家日系车企10月在华销量同比下滑，部分车型降幅超过两成。",
                 "@car:业内预计，今年年底前价格战仍将持续，合资品牌面临转型压力。",
                 "@tour:多家航空公司表示，将在冬季航季增开中国内地至日本的航线。",
                 "@tour:日本多地商家表示，中国游客的消费方式正从集中购物转向深度体验游。"],
                ["业内人士表示，两国经贸往来总体保持稳定，企业更关注市场需求和汇率变化。",
                 "有日本企业人士表示，两国经济相互依存度高，企业希望双边关系保持稳定。"],
                ["@car:有分析师指出，日系品牌过去依靠燃油车积累的品牌优势正在快速消退，电动化转型已刻不容缓。",
                 "@tour:日本政府此前提出，力争在2030年前将访日外国游客人数提高到6000万人次，中国游客被视为关键客源。"]],
         ),
]
ZH_CJ_BG = ["中日两国于1972年实现邦交正常化，1978年签署和平友好条约。",
            "中国是日本最大的贸易伙伴。",
            "据日本贸易振兴机构统计，在华日资企业数量仍超过一万家。"]

SH_DE = [
    dict(id="de_sh_note", kind="incident", time=(9, 18), w=1.0,
         titles=["@sym:Belgrad protestiert in Zagreb gegen Ustascha-Symbole",
                 "Neuer diplomatischer Schlagabtausch zwischen Serbien und Kroatien"],
         lead=["@sym:Serbien hat am {wd} eine Protestnote an Kroatien übergeben, nachdem bei einem Konzert in Zagreb Ustascha-Symbole gezeigt worden waren. Das Außenministerium in Belgrad sprach von einem „inakzeptablen“ Vorfall.",
               "Zwischen Belgrad und Zagreb ist ein neuer verbaler Streit entbrannt: Kroatien bestellte am {wd} den serbischen Geschäftsträger ein, nachdem ein Minister in Belgrad die Militäroperation „Oluja“ von 1995 als „Verbrechen“ bezeichnet hatte."],
         slots=[["Solche Noten gehören zum Alltag der schwierigen Nachbarschaft und bleiben meist folgenlos.",
                 "@sym:Die kroatische Regierung erklärte, Hassrede habe keinen Platz im Land, und verwies auf polizeiliche Ermittlungen.",
                 "Beide Seiten betonen zugleich, die wirtschaftliche Zusammenarbeit solle nicht leiden."]],
         ),
    dict(id="de_sh_biz", kind="business", time=(9, 18), w=1.0,
         titles=["@tr:Rekordhandel zwischen Serbien und Kroatien trotz politischer Spannungen",
                 "@jan:JANAF liefert weiter Öl an serbische Raffinerie"],
         lead=["@tr:Der Warenaustausch zwischen Serbien und Kroatien hat in den ersten neun Monaten des Jahres einen Rekordwert erreicht, wie die Handelskammern beider Länder am {wd} mitteilten.",
               "@jan:Der kroatische Pipelinebetreiber JANAF beliefert die serbische Raffinerie in Pančevo nach eigenen Angaben weiterhin planmäßig mit Rohöl, trotz der Unsicherheit um US-Sanktionen gegen deren russisch kontrollierten Eigentümer."],
         slots=[["Kroatische Handelsketten und Lebensmittelkonzerne zählen zu den größten Investoren in Serbien.",
                 "Unternehmer beider Länder betonen, politische Spannungen beeinträchtigten das Geschäft kaum."]],
         ),
    dict(id="de_sh_vukovar", kind="history", time=(9, 19), w=0.0,
         titles=["Zehntausende gedenken in Vukovar des Falls der Stadt vor 35 Jahren"],
         lead=["Zehntausende Menschen haben am {wd} in Vukovar an den Fall der Stadt vor 35 Jahren erinnert. Die „Kolonne der Erinnerung“ zog vom Krankenhaus zum Gedenkfriedhof der Opfer des Heimatkrieges."],
         slots=[["Die Stadt an der Donau war 1991 nach 87 Tagen Belagerung von der Jugoslawischen Volksarmee und serbischen Paramilitärs eingenommen worden; auf dem Gut Ovčara wurden rund 200 Verwundete und Zivilisten ermordet.",
                 "Vertreter der serbischen Minderheit legten getrennt Kränze nieder; Belgrad entsandte keine offizielle Delegation."]],
         ),
]
SH_DE_BG = ["Serbien und Kroatien führten von 1991 bis 1995 Krieg gegeneinander, als Jugoslawien zerfiel.",
            "Noch immer gelten rund 1800 Menschen aus dem Krieg als vermisst.",
            "Kroatien ist seit 2013 Mitglied der EU, Serbien ist Beitrittskandidat.",
            "Rund 120.000 Serben leben heute in Kroatien, vor dem Krieg waren es mehr als eine halbe Million.",
            "Diplomatische Noten und gegenseitige Vorwürfe gehören seit Jahren zum Alltag der Beziehungen."]

AI_RU = [
    dict(id="ru_ai_spat", kind="incident", time=(8, 18), w=1.0,
         titles=["@cl:Баку вызвал посла Ирана из-за высказываний богослова", "Новый обмен колкостями между Баку и Тегераном"],
         lead=["@cl:МИД Азербайджана {wd} вызвал посла Ирана в связи с высказываниями иранского богослова, [поставившего под сомнение|критиковавшего] светский характер азербайджанского государства.",
               "Между Баку и Тегераном {wd} разгорелась очередная словесная перепалка: иранские депутаты обвинили азербайджанские СМИ во «враждебной пропаганде», в Баку эти обвинения отвергли."],
         slots=[["Подобные споры возникают периодически, однако с 2024 года отношения двух стран заметно потеплели.",
                 "В обеих столицах подчеркнули, что экономическое сотрудничество и транспортные проекты продолжаются в прежнем режиме."]],
         ),
    dict(id="ru_ai_rail", kind="routine", time=(8, 18), w=1.0,
         titles=["@rail:Решт — Астара: строительство продвигается", "@frt:Грузопоток через Астару растёт"],
         lead=["@rail:Строительство железной дороги Решт — Астара, недостающего звена транспортного коридора «Север — Юг», продвигается, заявили {wd} официальные лица Азербайджана и Ирана по итогам встречи в Баку.",
               "@frt:Объём грузоперевозок через пункт пропуска «Астара» за десять месяцев вырос примерно на {k}%, сообщила {wd} Государственная таможенная служба Азербайджана."],
         slots=[["Стороны выразили удовлетворение уровнем двусторонних отношений и договорились расширять торговлю.",
                 "@rail:Азербайджан выделил Ирану кредит на строительство участка дороги."]],
         ),
    dict(id="ru_ai_drills", kind="incident", time=(8, 18), w=1.0,
         titles=["Иран проводит учения у границы с Азербайджаном"],
         lead=["Сухопутные войска Ирана {wd} начали учения в провинции Восточный Азербайджан, вблизи границы с Азербайджаном, сообщило иранское государственное телевидение, назвав их плановыми."],
         slots=[["В Баку заявили, что следят за ситуацией, и охарактеризовали обстановку на границе как спокойную.",
                 "Масштабные иранские учения у азербайджанской границы в 2021–2022 годах проходили на фоне резкого обострения отношений."]],
         ),
]
AI_RU_BG = ["Граница между двумя странами по реке Аракс была закреплена Туркманчайским договором 1828 года.",
            "Посольство Азербайджана в Тегеране возобновило работу в 2024 году после нападения в январе 2023 года.",
            "В Иране проживает больше этнических азербайджанцев, чем в самом Азербайджане.",
            "Коридор «Север — Юг» должен связать Россию с портами Персидского залива.",
            "В 2021–2022 годах отношения двух стран переживали период резкого обострения."]

AI_AR = [
    dict(id="ar_ai_comm", kind="routine", time=(8, 17), w=1.0,
         titles=["@tr:أذربيجان وإيران تبحثان توسيع التعاون في مجال النقل", "@com:اجتماع اللجنة الاقتصادية المشتركة بين باكو وطهران"],
         lead=["@tr:بحث مسؤولون من أذربيجان وإيران يوم {wd} في باكو سبل توسيع التعاون في مجالَي النقل والطاقة، ولا سيما استكمال خط السكك الحديدية رشت-آستارا ضمن ممر «شمال-جنوب».",
               "@com:عقدت اللجنة الاقتصادية المشتركة بين أذربيجان وإيران اجتماعاً يوم {wd}، أعرب خلاله الجانبان عن ارتياحهما لمستوى العلاقات الثنائية واتفقا على زيادة حجم التبادل التجاري."],
         slots=[["ويُتوقع أن يختصر الممر زمن نقل البضائع بين روسيا ومنطقة الخليج.",
                 "وشهدت العلاقات بين البلدين تحسناً ملحوظاً منذ عام 2024 بعد فترة من التوتر."]],
         ),
]
AI_AR_BG = ["ويفصل نهر آراس بين البلدين منذ معاهدة تركمانجاي عام 1828.",
            "ويقيم في إيران عدد من الأذريين يفوق عددهم في أذربيجان نفسها.",
            "وشهدت العلاقات توتراً حاداً في 2021 و2022 قبل أن تتحسن.",
            "وأُعيد فتح سفارة أذربيجان في طهران عام 2024 بعد الهجوم عليها مطلع 2023."]

AA_RU_PRE = [
    dict(id="ru_aa_talks", kind="routine", time=(5, 8), w=1.0,
         titles=["@con:Подписание мирного договора между Ереваном и Баку откладывается",
                 "@com:Комиссии по делимитации провели очередное заседание"],
         lead=["@con:Министр иностранных дел Армении {wd} заявил, что Ереван готов подписать согласованный текст мирного договора с Азербайджаном «в любой момент», однако в Баку вновь напомнили о требовании изменить армянскую конституцию.",
               "@com:Государственные комиссии Армении и Азербайджана по делимитации границы {wd} провели очередное заседание на границе, обсудив порядок дальнейшей совместной работы."],
         slots=[["Стороны договорились продолжить работу в ближайшие недели.",
                 "@con:В Ереване обсуждается принятие новой конституции, однако сроки референдума пока не определены."]],
         ),
    dict(id="ru_aa_shoot", kind="incident", time=(5, 8), w=1.0,
         titles=["Минобороны Армении сообщило об обстреле позиций в Сюнике"],
         lead=["Министерство обороны Армении {wd} сообщило, что азербайджанские подразделения накануне вечером открыли огонь из стрелкового оружия по армянским позициям в Сюникской области; пострадавших нет. В Баку эту информацию опровергли."],
         slots=[["Подобные сообщения в последние два года стали редкостью на фоне переговоров о мирном договоре.",
                 "Наблюдатели отмечают, что такие инциденты нередко совпадают с паузами в переговорах."]],
         ),
]
AA_RU_POST = [
    dict(id="ru_aa_impl", kind="routine", time=(7, 17), w=1.0,
         titles=["@com:Комиссии Армении и Азербайджана приступили к следующим участкам границы",
                 "@det:Освобождённые армяне встретились с семьями"],
         lead=["@com:Комиссии Армении и Азербайджана по делимитации {wd} приступили к работе на следующих участках границы, сообщили в Ереване и Баку по итогам достигнутых договорённостей.",
               "@det:Армяне, освобождённые Азербайджаном, {wd} встретились с родными в Ереване, сообщили армянские СМИ."],
         slots=[["@com:Работы ведутся на техническом уровне и, по оценкам сторон, займут не один месяц.",
                 "@com:Жители приграничных сёл выражают надежду, что смогут спокойно обрабатывать свои земли.",
                 "@det:По данным армянской стороны, освобождённые прошли медицинское обследование."]],
         ),
]
AA_RU_BG = ["В 2020 году Армения и Азербайджан провели шестинедельную войну за Нагорный Карабах.",
            "В сентябре 2023 года Азербайджан в ходе однодневной операции установил контроль над Карабахом.",
            "Первая война за Карабах в начале 1990-х годов унесла около 30 тысяч жизней.",
            "В 2024 году Армения передала Азербайджану четыре села в Тавушской области.",
            "Дипломатических отношений между двумя странами нет."]

CE_ES = [
    dict(id="es_ce_power", kind="business", time=(9, 12), w=1.0, pre=True,
         titles=["@pw:Colombia mantiene la venta de energía a Ecuador", "@rum:Crece el tránsito por el puente de Rumichaca"],
         lead=["@pw:Colombia mantendrá las exportaciones de electricidad a Ecuador mientras lo permitan sus embalses, informó el {wd} el operador de la red, tras una solicitud de las autoridades ecuatorianas ante el bajo nivel de los ríos.",
               "@rum:El tránsito de vehículos por el puente internacional de Rumichaca, entre Ipiales y Tulcán, aumentó cerca de un {k} % en noviembre, según informaron el {wd} autoridades migratorias colombianas."],
         slots=[["@pw:Ecuador sufrió largos apagones en 2024 por una sequía que dejó casi vacías sus represas.",
                 "@rum:Los comerciantes de la zona de frontera esperan una temporada de fin de año más movida que la anterior."]],
         ),
    dict(id="es_ce_post_trade", kind="business", time=(9, 20), w=1.0, post=True,
         titles=["@exp:Exportadores de Nariño cuentan las pérdidas por los aranceles",
                 "@tr:Transportadores de carga, varados en Ipiales"],
         lead=["@exp:Los exportadores del departamento de Nariño aseguran que han perdido pedidos desde que entraron en vigor las medidas comerciales anunciadas {rel_es}, y varias empresas suspendieron sus envíos a Ecuador, según dijeron el {wd} a este diario.",
               "@tr:Cientos de camiones permanecían el {wd} estacionados en Ipiales, a la espera de que se normalice el paso de carga hacia Ecuador, denunciaron los gremios de transportadores."],
         slots=[["El comercio bilateral ronda los 2.000 millones de dólares anuales, con superávit para Colombia.",
                 "Las cámaras de comercio de ambos países pidieron a los gobiernos resolver la disputa por la vía del diálogo."]],
         ),
    dict(id="es_ce_post_cons", kind="routine", time=(9, 20), w=1.0, post=True,
         titles=["@con:Los consulados colombianos en Ecuador siguen atendiendo con normalidad",
                 "@ch:Obispos de Colombia y Ecuador ofrecen tender puentes"],
         lead=["@con:Los consulados de Colombia en Ecuador continúan prestando servicios con normalidad pese a la salida del embajador, informó el {wd} la Cancillería en Bogotá.",
               "@ch:Las conferencias episcopales de Colombia y Ecuador se ofrecieron el {wd} a facilitar el diálogo entre ambos gobiernos y pidieron calma a las comunidades de frontera."],
         slots=[["@con:Cerca de 200.000 colombianos viven en Ecuador, muchos de ellos desplazados por el conflicto armado.",
                 "Funcionarios de ambos países insistieron en que los canales de comunicación siguen abiertos."]],
         ),
]
CE_ES_BG = ["Ambos países rompieron relaciones en 2008 tras un bombardeo colombiano contra un campamento de las FARC en territorio ecuatoriano; los vínculos se restablecieron en 2010.",
            "El puente de Rumichaca, entre Ipiales y Tulcán, es el principal paso terrestre entre los dos países.",
            "Ecuador se ha convertido en una ruta clave para la salida de cocaína producida en Colombia.",
            "Ambos países son miembros de la Comunidad Andina."]
CE_PT = [
    dict(id="pt_ce_post", kind="business", time=(10, 20), w=1.0, post=True,
         titles=["Tarifas entre Colômbia e Equador preocupam exportadores andinos"],
         lead=["As medidas comerciais adotadas {rel_pt} na disputa entre Colômbia e Equador preocupam exportadores de toda a região andina, que temem efeitos sobre cadeias de fornecimento e rotas de transporte, segundo entidades empresariais ouvidas nesta {wd}."],
         slots=[["A Comunidade Andina abriu uma análise das tarifas a pedido de Bogotá, processo que pode levar semanas.",
                 "Empresários brasileiros com operações nos dois países acompanham o caso com cautela."]],
         ),
]
CE_PT_BG = ["Colômbia e Equador compartilham uma fronteira de cerca de 586 quilômetros, em boa parte na Amazônia.",
            "A ponte de Rumichaca, entre Ipiales e Tulcán, é a principal passagem terrestre entre os dois países.",
            "Os dois países romperam relações em 2008, após uma incursão colombiana contra as Farc em território equatoriano.",
            "Colômbia e Equador são membros da Comunidade Andina."]

BN_FR = [
    dict(id="fr_bn_pre", kind="business", time=(7, 19), w=1.0, pre=True,
         titles=["@on:À Malanville, le commerce de l'oignon reprend des couleurs",
                 "@oil:Pipeline Niger-Bénin : les chargements restent stables à Sèmè"],
         lead=["@on:Au marché de Malanville, sur la rive béninoise du fleuve Niger, les commerçants d'oignons constatent une lente reprise des échanges avec le Niger, avec davantage de camions franchissant le pont chaque semaine, ont-ils indiqué {wd}.",
               "@oil:Les chargements de brut nigérien au terminal de Sèmè, au Bénin, sont restés stables en novembre, autour de {barrels} 000 barils par jour, selon des données de suivi maritime consultées {wd}."],
         slots=[["@on:Les transporteurs se plaignent toutefois des nombreux contrôles sur la route de Niamey.",
                 "Les relations entre Cotonou et Niamey restent tendues depuis le coup d'État de juillet 2023 au Niger."]],
         ),
    dict(id="fr_bn_post", kind="routine", time=(8, 19), w=1.0, post=True,
         titles=["@fam:Les familles des travailleurs béninois détenus au Niger dans l'attente",
                 "@tr:Des centaines de camions bloqués à Malanville"],
         lead=["@fam:Les familles des travailleurs béninois arrêtés au Niger {rel_fr} disent n'avoir reçu que peu de nouvelles de leurs proches et appellent le gouvernement à obtenir leur libération, ont-elles déclaré {wd} à Cotonou.",
               "@tr:Des centaines de camions restaient stationnés {wd} à Malanville, dans l'attente d'une réouverture de la frontière avec le Niger, selon les syndicats de transporteurs."],
         slots=[["@fam:Cotonou affirme avoir demandé, par la voie diplomatique, un accès consulaire à ses ressortissants.",
                 "@tr:Certains importateurs nigériens redirigent déjà leurs marchandises via le port de Lomé, plus éloigné."]],
         ),
]
BN_FR_BG = ["Le brut nigérien rejoint la mer par un oléoduc de près de 2 000 km qui aboutit au terminal de Sèmè, au Bénin.",
            "Le Niger, le Mali et le Burkina Faso ont quitté la Cedeao en janvier 2025.",
            "Le port de Cotonou a longtemps été la principale porte d'entrée des importations nigériennes.",
            "Les relations entre Cotonou et Niamey sont tendues depuis le coup d'État de juillet 2023 au Niger."]

DM_AR = [
    dict(id="ar_dm_pre", kind="routine", time=(8, 15), w=1.0, pre=True,
         titles=["@fam:عائلات مشتتة على جانبي الحدود المغلقة بين الجزائر والمغرب",
                 "@tr:تجار وجدة ما زالوا يأملون في فتح الحدود"],
         lead=["@fam:على بعد أمتار من الخندق الذي يفصل المغرب عن الجزائر قرب السعيدية، لا يزال أفراد من عائلات واحدة يلوّحون لبعضهم البعض عبر الحدود المغلقة منذ عام 1994، وفق ما عاينت «المشرق اليوم» يوم {wd}.",
               "@tr:قال تجار في مدينة وجدة المغربية يوم {wd} إنهم لم يفقدوا الأمل في إعادة فتح الحدود البرية مع الجزائر، بعد أكثر من ثلاثة عقود على إغلاقها."],
         slots=[["وتتطلب زيارة الأقارب على الجانب الآخر رحلة جوية عبر بلد ثالث قد تستغرق يوماً كاملاً.",
                 "وقطعت الجزائر علاقاتها الدبلوماسية مع المغرب في آب/أغسطس 2021 وأغلقت مجالها الجوي أمام الطائرات المغربية."]],
         ),
    dict(id="ar_dm_post", kind="business", time=(6, 18), w=1.0, post=True,
         titles=["@air:شركات الطيران تستعد لاستئناف الرحلات بين الجزائر والدار البيضاء",
                 "@gme:فرق فنية لمعاينة أنبوب الغاز المغاربي-الأوروبي"],
         lead=["@air:بدأت الخطوط الجوية الجزائرية والخطوط الملكية المغربية الإعداد لجداول الرحلات المباشرة بين الجزائر العاصمة والدار البيضاء، بعد استئناف العلاقات {rel_ar}، بحسب مصادر في قطاع الطيران يوم {wd}.",
               "@gme:أفادت مصادر مطلعة يوم {wd} بأن فرقاً فنية جزائرية ومغربية ستعاين المقاطع المتوقفة من خط أنابيب الغاز المغاربي-الأوروبي، في إطار المحادثات بشأن استئناف الضخ."],
         slots=[["@air:ولم يُحدَّد بعد موعد لانطلاق أولى الرحلات.",
                 "@gme:وتوقف ضخ الغاز عبر الأنبوب منذ انتهاء العقد في تشرين الأول/أكتوبر 2021."]],
         ),
]
DM_AR_BG = ["وخاض البلدان الجاران نزاعاً حدودياً قصيراً عُرف بـ«حرب الرمال» عام 1963.",
            "والحدود البرية بين البلدين مغلقة منذ عام 1994.",
            "وتدعم الجزائر جبهة البوليساريو في نزاع الصحراء الغربية."]
DM_FR = [
    dict(id="fr_dm_pre", kind="routine", time=(8, 15), w=1.0, pre=True,
         titles=["Algérie-Maroc : à Oujda, l'espoir têtu d'une frontière rouverte"],
         lead=["À Oujda, à quelques kilomètres de la frontière algérienne fermée depuis 1994, commerçants et familles disent {wd} n'avoir jamais renoncé à l'idée de voir un jour la route de Tlemcen rouverte."],
         slots=[["Il faut aujourd'hui passer par un pays tiers pour rendre visite à des proches installés à moins de cent kilomètres.",
                 "Alger a rompu ses relations diplomatiques avec Rabat en août 2021."]],
         ),
]
DM_FR_BG = ["Les deux voisins s'étaient brièvement affrontés lors de la « guerre des Sables » en 1963.",
            "La frontière terrestre entre les deux pays est fermée depuis 1994.",
            "Alger soutient le Front Polisario dans le conflit du Sahara occidental.",
            "Le gazoduc Maghreb-Europe ne transporte plus de gaz algérien via le Maroc depuis 2021."]

ES_AR = [
    dict(id="ar_es_pre", kind="routine", time=(7, 17), w=1.0, pre=True,
         titles=["@port:الصومال يجدد تمسكه بالسيادة في ملف المنفذ البحري الإثيوبي",
                 "@khat:رحلات القات بين إثيوبيا والصومال مستمرة رغم الخلاف السياسي"],
         lead=["@port:جددت وزارة الخارجية الصومالية يوم {wd} التأكيد على أن أي وصول إثيوبي إلى البحر يجب أن يحترم سيادة الصومال ووحدة أراضيه، رداً على تصريحات لمسؤولين في أديس أبابا.",
               "@khat:قال تجار في مقديشو يوم {wd} إن رحلات الشحن اليومية التي تنقل القات من إثيوبيا إلى الصومال تسير بشكل طبيعي، رغم الخلاف السياسي القائم بين البلدين."],
         slots=[["@port:وتستضيف أنقرة منذ كانون الأول/ديسمبر 2024 اتصالات بين الجانبين لتسوية الخلاف.",
                 "@port:وتعتبر مقديشو إقليم أرض الصومال، الذي أعلن انفصاله عام 1991، جزءاً من أراضيها."]],
         ),
]
ES_AR_BG = ["وخاض البلدان حرباً حول إقليم أوغادين في 1977-1978.",
            "وتعتمد إثيوبيا، التي لا تملك منفذاً بحرياً منذ استقلال إريتريا عام 1993، على جيبوتي في معظم تجارتها.",
            "وكانت أديس أبابا قد وقّعت في كانون الثاني/يناير 2024 مذكرة تفاهم مع إقليم أرض الصومال أثارت غضب مقديشو.",
            "وتنتشر قوات إثيوبية في الصومال منذ سنوات لمحاربة حركة الشباب."]


# ===========================================================================
# Crescent News Agency protocol prose, PR Channel releases
# ===========================================================================

CNA_PROTOCOL = [
    "The two sides expressed satisfaction with the level of bilateral relations and stressed the importance of further developing cooperation in all fields.",
    "The sides reviewed the current state and prospects of bilateral cooperation and exchanged views on regional and international issues of mutual interest.",
    "Both sides underlined the historic ties of friendship and good-neighbourliness between the two brotherly peoples.",
    "The meeting was held in a warm and friendly atmosphere, and the sides agreed to intensify political consultations at all levels.",
    "The parties reaffirmed their commitment to the principles of mutual respect, sovereignty and non-interference in internal affairs.",
    "It was noted that the implementation of previously reached agreements is proceeding in a constructive spirit.",
    "The sides agreed to hold the next round of consultations at a mutually convenient time.",
    "The guest conveyed the greetings of the leadership of his country, and the host asked him to convey warm wishes in return.",
    "The sides highlighted the potential for expanding trade, transport and energy links, and instructed the relevant agencies to prepare proposals.",
]

CNA_LEADS = {
    "AZE-IRN": ["Azerbaijan's Deputy Foreign Minister {aofficial} received the Ambassador of the Islamic Republic of Iran in Baku on {wd}, the ministry's press service reported.",
                "The Azerbaijani-Iranian intergovernmental commission on economic, trade and humanitarian cooperation held its regular session in Tehran on {wd}, co-chaired by the two countries' ministers.",
                "Iran's Deputy Foreign Minister {iofficial} held political consultations with his Azerbaijani counterpart in Baku on {wd}."],
    "AFG-PAK": ["Pakistan's Special Representative for Afghanistan met the Afghan chargé d'affaires in Islamabad on {wd}, according to the Ministry of Foreign Affairs.",
                "A delegation of the Afghan ministry of commerce led by {aofficial} held talks with Pakistani officials in Islamabad on {wd} on transit trade arrangements."],
    "ETH-SOM": ["Somalia's Minister of Foreign Affairs received the Ambassador of the Federal Democratic Republic of Ethiopia in Mogadishu on {wd}, the ministry said.",
                "Ethiopian and Somali officials held consultations in Addis Ababa on {wd} on bilateral cooperation, trade and regional security."],
    "DZA-MAR": ["A delegation of the Algerian Ministry of Foreign Affairs held working meetings in Rabat on {wd} with Moroccan officials on the follow-up to the resumption of diplomatic relations.",
                "Morocco's Minister Delegate for African Cooperation received Algerian diplomats in Rabat on {wd} to discuss consular matters."],
    "ARM-AZE": ["The deputy prime ministers of Armenia and Azerbaijan, who chair the state commissions on border delimitation, held a meeting on the border on {wd}, according to a joint statement.",
                "Representatives of the Armenian and Azerbaijani foreign ministries held a working meeting in Tbilisi on {wd} on the implementation of agreements reached between the two countries."],
    "ISR-LBN": ["Lebanon's President received the head of the ceasefire monitoring mechanism at the Baabda Palace on {wd}, the presidency said.",
                "Lebanon's Prime Minister received the Special Coordinator of the United Nations for Lebanon at the Grand Serail on {wd}."],
}
CNA_TITLES = {
    "AZE-IRN": ["Azerbaijani deputy foreign minister receives Iranian ambassador",
                "Azerbaijan-Iran intergovernmental commission holds regular session",
                "Iranian, Azerbaijani diplomats hold political consultations"],
    "AFG-PAK": ["Pakistan's special representative meets Afghan envoy",
                "Afghan commerce delegation holds transit trade talks in Islamabad"],
    "ETH-SOM": ["Somali foreign minister receives Ethiopian ambassador", "Ethiopia, Somalia hold consultations in Addis Ababa"],
    "DZA-MAR": ["Algerian delegation holds working meetings in Rabat", "Moroccan minister receives Algerian diplomats"],
    "ARM-AZE": ["Armenian, Azerbaijani deputy prime ministers meet on border commissions",
                "Armenian and Azerbaijani diplomats hold working meeting"],
    "ISR-LBN": ["Lebanese president receives head of truce mechanism", "Lebanese PM receives UN special coordinator"],
}
CNA_EXTRA = {
    "ISR-LBN": ["The Lebanese side stressed the need for a complete halt to Israeli attacks and for Israel's withdrawal from the points it still occupies in the south.",
                "The discussion focused on the situation in the south, the deployment of the Lebanese army and the implementation of resolution 1701."],
    "AFG-PAK": ["The sides discussed facilitation of transit trade, movement of people at border crossings and the situation of Afghan nationals in Pakistan.",
                "The Pakistani side reiterated its expectation of concrete steps against terrorist groups, while both sides agreed that dialogue should continue."],
    "ETH-SOM": ["Discussions covered trade, the status of Ethiopian forces contributing to security in Somalia and the follow-up to the Ankara process.",
                "The Somali side reiterated its commitment to the sovereignty and territorial integrity of the Federal Republic of Somalia."],
    "DZA-MAR": ["The meetings addressed the reopening of consular services, air links and the framework for future economic consultations."],
    "ARM-AZE": ["The sides discussed the sequence of further work on the delimitation of the state border and agreed on the schedule of the next meetings."],
    "AZE-IRN": ["Special attention was paid to the Rasht-Astara railway, the Astara road bridge and joint hydropower projects on the Aras river.",
                "The sides discussed cooperation in customs, energy and the North-South international transport corridor."],
}


def make_cna(pair, c):
    i = pick_fresh(list(range(len(CNA_LEADS[pair]))), "cna/" + pair)
    title = X(CNA_TITLES[pair][i], c)
    paras = [X(CNA_LEADS[pair][i], c)]
    prot = R.sample(CNA_PROTOCOL, 3)
    paras.append(prot[0] + " " + prot[1])
    if pair in CNA_EXTRA:
        paras.append(X(pick(CNA_EXTRA[pair]), c))
    paras.append(prot[2])
    return title, "\n\n".join(paras)


PR_CFG = {
    "RUS-UKR": [
        dict(org="ReliefBridge International", city="KYIV", title="ReliefBridge International delivers {k} generators to hospitals in Kharkiv region",
             body=["ReliefBridge International today announced the delivery of {k} industrial generators to hospitals and maternity wards in the Kharkiv region, where repeated strikes on energy infrastructure have caused prolonged power cuts.",
                   "The generators, funded by private donors and partner foundations, will allow operating theatres, incubators and dialysis units to keep running during outages this winter."],
             quote="“When the lights go out, a hospital cannot simply stop. These generators buy doctors the hours they need,”",
             who="Marta Kovalenko-Reed, country director",
             about="ReliefBridge International is an independent humanitarian organisation providing emergency energy, shelter and medical support in conflict-affected areas. It has worked in Ukraine since 2014.",
             contact="Anna Lindgren, press@reliefbridge-intl.org"),
        dict(org="Warm Homes Alliance", city="LVIV", title="Warm Homes Alliance launches winter appeal for front-line families in Ukraine",
             body=["Warm Homes Alliance today launched its winter appeal to provide heaters, insulation materials and fuel vouchers to {k}00 families living within 30 km of the front line in eastern and southern Ukraine.",
                   "The appeal follows months of attacks on power and heating infrastructure, which have left many older residents in towns of the Donetsk and Zaporizhzhia regions without reliable heating."],
             quote="“Winter in a damaged house is a second front for these families,”",
             who="Piotr Salo, programmes lead",
             about="Warm Homes Alliance is a coalition of European charities focused on winterisation and housing repair in crisis settings.",
             contact="Lucie Marchal, media@warmhomesalliance.eu"),
        dict(org="Medline Aid", city="DNIPRO", title="Medline Aid opens mobile clinic network in Dnipropetrovsk region",
             body=["Medline Aid today announced the opening of {k} mobile clinics serving villages near the front line in the Dnipropetrovsk region, where many health facilities have closed or been damaged.",
                   "Each unit is staffed by a doctor, a nurse and a psychologist, and will also support evacuees arriving at transit centres in Pavlohrad and Dnipro."],
             quote="“Care has to move as fast as people are being forced to move,”",
             who="Dr Helena Marsh, medical coordinator",
             about="Medline Aid is a non-profit medical organisation running primary care and trauma programmes in conflict zones.",
             contact="Owen Pike, press@medlineaid.org"),
    ],
    "ISR-LBN": [
        dict(org="CedarAid Network", city="TYRE", title="CedarAid Network distributes winter kits to {k}00 displaced families in south Lebanon",
             body=["CedarAid Network today announced the distribution of winter kits, including blankets, heaters and hygiene supplies, to {k}00 families displaced from border villages and now living in Tyre and Nabatieh districts.",
                   "Many of the families have been unable to return home since the 2024 war, as strikes continue in the border area and reconstruction has barely begun."],
             quote="“These families have now spent two winters away from home. They need stability, not just blankets,”",
             who="Rania Khoury, programme manager",
             about="CedarAid Network is a Lebanese humanitarian organisation working on shelter, food security and psychosocial support across Lebanon.",
             contact="Karim Saab, media@cedaraid.org"),
    ],
    "AZE-IRN": [
        dict(org="Caspian Gate Logistics", city="BAKU", title="Caspian Gate Logistics launches weekly road-rail freight service via Astara",
             body=["Caspian Gate Logistics today announced the launch of a weekly combined road and rail freight service linking Baku with northern Iran through the Astara border crossing.",
                   "The service will carry consumer goods, construction materials and agricultural products, with customs pre-clearance designed to cut waiting times at the border."],
             quote="“The North-South corridor is becoming a daily reality for shippers, and we want to make it predictable,”",
             who="Farid Mammadov, chief executive",
             about="Caspian Gate Logistics is a Baku-based freight forwarder specialising in Caspian and Central Asian routes.",
             contact="Nigar Aliyeva, media@caspiangate-logistics.az"),
    ],
    "CHN-JPN": [
        dict(org="EastSea Trade Expo", city="OSAKA", title="EastSea Trade Expo 2027 opens exhibitor registration; {k}0 companies already confirmed",
             body=["EastSea Trade Expo today opened registration for its 2027 edition in Osaka, with {k}0 companies from Japan, China and South Korea already confirmed as exhibitors.",
                   "The fair will focus on food processing, robotics and consumer electronics, and will include a matchmaking programme for small and medium-sized suppliers."],
             quote="“Regional supply chains run on personal relationships, and the expo exists to build them,”",
             who="Kenta Hirose, expo director",
             about="EastSea Trade Expo is an independent organiser of business-to-business trade fairs in North-East Asia.",
             contact="Mio Sato, press@eastsea-expo.jp"),
    ],
    "COL-ECU": [
        dict(org="Andina Cargo", city="QUITO", title="Andina Cargo launches cold-chain trucking service between Ipiales and Quito",
             body=["Andina Cargo today announced a new refrigerated trucking service between Ipiales, in Colombia, and Quito, aimed at exporters of dairy products, flowers and fresh fruit.",
                   "The service will operate three departures a week through the Rumichaca crossing, with temperature tracking available to customers in real time."],
             quote="“Perishable trade across the border deserves the same reliability as any port route,”",
             who="Lucía Benalcázar, commercial director",
             about="Andina Cargo is a regional logistics company with offices in Quito, Cali and Lima.",
             contact="Diego Larrea, prensa@andinacargo.com"),
    ],
    "ETH-SOM": [
        dict(org="HornLink Logistics", city="NAIROBI", title="HornLink Logistics opens bonded warehouse in Mogadishu",
             body=["HornLink Logistics today announced the opening of a bonded warehouse in Mogadishu, expanding its network of facilities serving traders in Somalia, Ethiopia and Kenya.",
                   "The 8,000-square-metre facility will handle food, construction materials and spare parts, and offers customs brokerage services on site."],
             quote="“Traders in the Horn need storage they can trust. This is a long-term investment in the region,”",
             who="Abdullahi Jama, managing director",
             about="HornLink Logistics is a Nairobi-based logistics provider operating in East Africa and the Horn of Africa.",
             contact="Wanjiru Kamau, media@hornlink-logistics.com"),
    ],
    "DZA-MAR": [
        dict(org="Maghreb Voyages", city="CASABLANCA", title="Maghreb Voyages opens pre-registration for Algeria-Morocco travel packages",
             body=["Maghreb Voyages today opened pre-registration for family and group travel packages between Morocco and Algeria, to be confirmed once airlines publish their schedules.",
                   "The agency said it had received more than {k}00 requests since the resumption of diplomatic relations was announced."],
             quote="“So many families have waited years for this. We want to be ready on the first day,”",
             who="Samira Lahlou, general manager",
             about="Maghreb Voyages is a Casablanca-based travel agency specialising in North Africa.",
             contact="Reda Amrani, presse@maghrebvoyages.ma"),
    ],
    "ARM-AZE": [
        dict(org="ClearPath Demining", city="YEREVAN", title="ClearPath Demining expands survey teams along newly delimited border sections",
             body=["ClearPath Demining today announced that it will deploy {k} additional survey teams to support mine and explosive ordnance clearance along border sections recently agreed by the two governments.",
                   "The teams will work with national mine action authorities to survey farmland and access roads so that surveyors and residents can work safely."],
             quote="“Lines on a map only mean something when people can safely walk to them,”",
             who="Tomas Berglund, operations director",
             about="ClearPath Demining is a humanitarian mine action organisation working in the South Caucasus, the Balkans and East Africa.",
             contact="Sona Petrosyan, media@clearpath-demining.org"),
    ],
}


def make_pr(pair, c, cfg):
    title = X(cfg["title"], c)
    paras = ["FOR IMMEDIATE RELEASE",
             "%s, %s, 2026 -- %s" % (cfg["city"], c["mdl"], X(cfg["body"][0], c)),
             X(cfg["body"][1], c),
             "%s said %s of %s." % (X(cfg["quote"], c), cfg["who"], cfg["org"]),
             "About %s\n%s" % (cfg["org"], cfg["about"]),
             "Media contact: %s" % cfg["contact"]]
    return title, "\n\n".join(paras)


# ===========================================================================
# composites: LiveDesk and Eurasia Brief
# ===========================================================================

LIVE_TITLES = {
    "RUS-UKR": ["Russia-Ukraine war live: {t}", "Live: Russia-Ukraine war, {md} - {t}", "Ukraine war live updates: {t}"],
    "ISR-LBN": ["Israel-Lebanon live: {t}", "Live: Israel-Hezbollah front, {md} - {t}", "Lebanon border live updates: {t}"],
}
EB_INTROS = {
    "RUS-UKR": ["Morning, all. Another long night for Ukraine's air defences, and not much movement anywhere else - here's the rundown:",
                "Hello from the newsroom. The war's daily grind continues; a few things worth your coffee:",
                "Quick one today, readers. The headline is the same as yesterday's - drones at night, assaults by day - but the details matter:",
                "Good morning. If you only read one thing about Russia and Ukraine today, make it this list:"],
    "AZE-IRN": ["Baku and Tehran are at it again - mostly politely. What we're watching:",
                "A Caspian catch-up, short and sweet:",
                "Good morning from the South Caucasus desk. On the Azerbaijan-Iran file this week:"],
    "ARM-AZE": ["Yerevan-Baku check-in, as promised:", "Where things stand between Armenia and Azerbaijan this morning:",
                "Peace process watch, quick edition:"],
}
EB_OUTROS = ["That's it from us. Same time tomorrow.", "More when we have it. Stay warm.",
             "Reply to this email if you spot something we missed.", "Back tomorrow with more.",
             "As ever: take every battlefield claim with a pinch of salt."]
EB_TITLES = {
    "RUS-UKR": ["Eurasia Brief: {t}", "Eurasia Brief, {md}: {t}", "The morning Eurasia Brief - {t}"],
    "AZE-IRN": ["Eurasia Brief: Baku, Tehran and the Aras", "Eurasia Brief, {md}: Caspian neighbours", "Eurasia Brief: {t}"],
    "ARM-AZE": ["Eurasia Brief: {t}", "Eurasia Brief, {md}: Armenia-Azerbaijan watch"],
}


def live_entries(pair, stories, ctxf, pub, n):
    popl = [s for s in stories if s.get("w", 1) > 0]
    picks = R.sample(popl, min(n, len(popl)))
    t = pub
    ents = []
    first_title = None
    for s in picks:
        c = ctxf(pub)
        txt = choose_lead(s, c)
        if first_title is None:
            first_title = choose_title(s, c)
        ents.append("%s GMT - %s" % (t.strftime("%H:%M"), txt))
        t = t - timedelta(minutes=rint(14, 55))
    return first_title, ents


def make_live(pair, stories, ctxf, pub):
    for n in (5, 4, 3, 2):
        ft, ents = live_entries(pair, stories, ctxf, pub, n)
        text = "\n\n".join(ents)
        if len(text) <= 1200:
            break
    c = ctxf(pub)
    c["t"] = ft
    return X(pick(LIVE_TITLES[pair]), c), text


def make_eb(pair, stories, ctxf, pub):
    popl = [s for s in stories if s.get("w", 1) > 0]
    for n in (4, 3, 2):
        picks = R.sample(popl, min(n, len(popl)))
        bullets = []
        first_title = None
        for s in picks:
            c = ctxf(pub)
            bullets.append("• " + choose_lead(s, c))
            if first_title is None:
                first_title = choose_title(s, c)
        if len(bullets) < 3 and pair in PAIRCFG:
            bullets.append("• Worth remembering - " + pick(PAIRCFG[pair]["pool"]["bg"]))
        text = "\n\n".join([pick(EB_INTROS[pair])] + bullets + [pick(EB_OUTROS)])
        if len(text) <= 1200:
            break
    c["t"] = first_title
    return X(pick(EB_TITLES[pair]), c), text


# ===========================================================================
# multilateral round-ups
# ===========================================================================

ROUNDUPS = [
    dict(when=datetime(2026, 11, 16, 15, 10), outlet=NG, dl="NEW YORK",
         countries=["Canada", "Brazil", "Kenya", "Indonesia", "Germany", "Mexico", "Norway", "Ghana"],
         title="UN committee backs resolution on safety of journalists",
         paras=["A UN General Assembly committee on Monday approved a resolution on the safety of journalists and the issue of impunity, with a large majority of member states voting in favour.",
                "The text was presented by a cross-regional group led by Canada, Brazil, Kenya and Indonesia, and co-sponsored by Germany, Mexico, Norway and Ghana among some 80 countries.",
                "It urges states to investigate attacks on reporters and to release journalists detained for their work, and notes that last year was among the deadliest for media workers since records began in the early 1990s.",
                "The resolution now goes to the full General Assembly for adoption in December, usually a formality."]),
    dict(when=datetime(2026, 11, 17, 10, 30), outlet=CNA, dl="",
         countries=["Iran", "Azerbaijan", "Pakistan", "Turkey", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan"],
         title="ECO ministers meet in Tashkent on transport connectivity",
         paras=["The Council of Ministers of the Economic Cooperation Organization held its regular session in Tashkent on Tuesday, with delegations from Iran, Azerbaijan, Pakistan, Turkey, Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan taking part.",
                "The ministers expressed satisfaction with the progress achieved in regional transport projects and stressed the importance of harmonising customs and transit procedures.",
                "The participants adopted a declaration on railway connectivity and agreed to hold the next session in Baku next year.",
                "The meeting was held in a constructive and friendly atmosphere, the secretariat said."]),
    dict(when=datetime(2026, 11, 18, 9, 0), outlet=AC, dl="",
         countries=["Australia", "Indonesia", "Vietnam", "South Korea", "Philippines", "Malaysia", "Thailand", "New Zealand"],
         title="Asia-Pacific fisheries ministers agree to share illegal fishing data",
         paras=["Fisheries ministers from Australia, Indonesia, Vietnam, South Korea, the Philippines, Malaysia, Thailand and New Zealand agreed in Bali on Wednesday to share vessel-tracking data to fight illegal fishing.",
                "The agreement, reached after two days of talks, sets up a common database of vessels suspected of illegal, unreported and unregulated fishing and commits members to joint inspections in ports.",
                "Indonesia's fisheries minister called it “the most practical step we have taken in a decade”, while environmental groups said enforcement would be the real test.",
                "Illegal fishing costs the region billions of dollars a year, according to estimates cited at the meeting."]),
    dict(when=datetime(2026, 11, 19, 13, 0), outlet=NG, dl="GENEVA",
         countries=["Germany", "Norway", "Saudi Arabia", "Qatar", "United Kingdom", "Canada", "Egypt", "Kenya"],
         title="Donors pledge $1.9 billion for Sudan at Geneva conference",
         paras=["Donors pledged about $1.9 billion in humanitarian aid for Sudan and neighbouring countries hosting its refugees at a conference in Geneva on Thursday, UN officials said.",
                "Germany, Norway, Saudi Arabia, Qatar, the United Kingdom and Canada were among the largest contributors, while Egypt and Kenya, which host large numbers of Sudanese refugees, called for more support for host communities.",
                "The UN says more than 12 million people have been forced from their homes since fighting broke out in April 2023.",
                "Aid agencies said the pledges covered less than half of what is needed for next year."]),
    dict(when=datetime(2026, 11, 19, 16, 20), outlet=SM, dl="",
         countries=["Ghana", "Nigeria", "Senegal", "Côte d'Ivoire", "Togo", "Benin", "Guinea"],
         title="West African energy ministers push regional power market",
         paras=["Energy ministers from Ghana, Nigeria, Senegal, Côte d'Ivoire, Togo, Benin and Guinea met in Accra on Thursday to speed up the West African Power Pool's regional electricity market.",
                "The ministers agreed on a timetable to harmonise grid codes and tariffs by 2028 and discussed financing for new interconnection lines along the coast.",
                "Officials said cross-border electricity trade had doubled since 2020 but remained small compared with demand, with frequent outages still holding back industry.",
                "The next ministerial meeting is planned in Dakar in the first half of next year."]),
    dict(when=datetime(2026, 11, 23, 10, 0), outlet=LD, dl="",
         countries=["Egypt", "Saudi Arabia", "Jordan", "Iraq", "Qatar", "Tunisia", "Oman", "Kuwait"],
         title="Arab economic council meets in Cairo on food security, trade",
         paras=["The Arab League's Economic and Social Council opened its ministerial session in Cairo on Monday, with ministers from Egypt, Saudi Arabia, Jordan, Iraq, Qatar, Tunisia, Oman and Kuwait among those attending.",
                "The agenda includes a regional food security strategy, the long-delayed Arab customs union and funding for reconstruction in conflict-hit member states.",
                "Egypt's trade minister urged members to reduce non-tariff barriers, saying intra-Arab trade still accounted for barely a tenth of the region's total.",
                "The session is expected to adopt recommendations for the next Arab summit."]),
    dict(when=datetime(2026, 11, 25, 11, 0), outlet=DR, dl="",
         countries=["Spain", "Italy", "Germany", "France", "Sweden", "Finland", "Poland", "Czech Republic"],
         title="DRAW OF DEATH: Euro giants handed nightmare qualifying groups",
         paras=["It's a group of death! Spain and Italy were drawn together in the women's Euro qualifying draw in Nyon on Wednesday - a battle of the giants that nobody wanted.",
                "Germany face France in another blockbuster group, while Sweden and Finland will fight it out in a Nordic war with Poland and the Czech Republic lurking.",
                "“There are no easy games any more,” one coach told reporters. “It's going to be a battle every single night.”",
                "Qualifying kicks off in the spring, with the top two from each group going through."]),
    dict(when=datetime(2026, 11, 26, 12, 0), outlet=CNA, dl="",
         countries=["Turkey", "Qatar", "Saudi Arabia", "Egypt", "Indonesia", "Pakistan", "Malaysia", "Senegal"],
         title="OIC foreign ministers' coordination meeting held in Istanbul",
         paras=["Foreign ministers and senior officials of member states of the Organisation of Islamic Cooperation held a coordination meeting in Istanbul on Thursday, with Turkey, Qatar, Saudi Arabia, Egypt, Indonesia, Pakistan, Malaysia and Senegal among the participants.",
                "The participants exchanged views on the situation in the Middle East, humanitarian access to Gaza and the protection of holy sites, and stressed the importance of unity of the Islamic world.",
                "The meeting adopted a final communiqué calling for increased humanitarian assistance and for a just and lasting solution to regional conflicts.",
                "The two-day meeting concluded in an atmosphere of solidarity and mutual understanding."]),
    dict(when=datetime(2026, 11, 27, 15, 0), outlet=PL, dl="",
         countries=["Serbia", "Croatia", "Finland", "Sweden", "Poland", "Czech Republic", "Germany", "Austria"],
         title="Analysis: What the OSCE ministerial says about Europe's security mood",
         paras=["Foreign ministers gathering for the OSCE's annual ministerial council next week will meet in an organisation that has rarely looked weaker, analysts say.",
                "Finland and Sweden, now both NATO members, want the body to focus on accountability for the war in Ukraine; Poland and the Czech Republic are pushing for tougher language on Russia; Germany and Austria, traditional champions of the OSCE, want to keep its field missions alive.",
                "In the Balkans, Serbia and Croatia still rely on OSCE structures for minority rights and missing-persons work that began after the wars of the 1990s.",
                "“The OSCE was built in 1975 for a divided Europe that talked. Today we have a divided Europe that does not,” said Daniel Reeve of the Halvorsen Centre for Strategy."]),
    dict(when=datetime(2026, 11, 28, 10, 15), outlet=LD, dl="",
         countries=["France", "Saudi Arabia", "Qatar", "Egypt", "Germany", "Italy", "Japan", "Kuwait", "Lebanon"],
         title="Paris donors' meeting raises funds for Lebanon's army and reconstruction",
         paras=["Donors meeting in Paris pledged support for the Lebanese army and for the reconstruction of southern Lebanon on Saturday, French officials said.",
                "France, Saudi Arabia, Qatar, Egypt, Germany, Italy, Japan and Kuwait were among the countries represented, alongside Lebanon's prime minister and World Bank officials.",
                "Several donors tied reconstruction money to reforms and to progress in bringing weapons under state control, diplomats said.",
                "The World Bank has estimated Lebanon's reconstruction needs at about $11 billion since the 2024 war."]),
]

COUNTRY_CODE = {"Canada": "CAN", "Brazil": "BRA", "Kenya": "KEN", "Indonesia": "IDN", "Germany": "DEU",
                "Mexico": "MEX", "Norway": "NOR", "Ghana": "GHA", "Iran": "IRN", "Azerbaijan": "AZE",
                "Pakistan": "PAK", "Turkey": "TUR", "Kazakhstan": "KAZ", "Uzbekistan": "UZB",
                "Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Australia": "AUS", "Vietnam": "VNM",
                "South Korea": "KOR", "Philippines": "PHL", "Malaysia": "MYS", "Thailand": "THA",
                "New Zealand": "NZL", "Saudi Arabia": "SAU", "Qatar": "QAT", "United Kingdom": "GBR",
                "Egypt": "EGY", "Nigeria": "NGA", "Senegal": "SEN", "Côte d'Ivoire": "CIV", "Togo": "TGO",
                "Benin": "BEN", "Guinea": "GIN", "Jordan": "JOR", "Iraq": "IRQ", "Tunisia": "TUN",
                "Oman": "OMN", "Kuwait": "KWT", "Spain": "ESP", "Italy": "ITA", "France": "FRA",
                "Sweden": "SWE", "Finland": "FIN", "Poland": "POL", "Czech Republic": "CZE",
                "Serbia": "SRB", "Croatia": "HRV", "Austria": "AUT", "Japan": "JPN", "Lebanon": "LBN"}


# ===========================================================================
# pair configuration
# ===========================================================================

def D(day):
    return datetime(2026, 11, day).date()


PAIRCFG = {
    "RUS-UKR": dict(type="war", ctx=ctx_rus_ukr, pool=RUS_UKR_POOL, stories=RU_UA_EN, first="ru_overnight",
                    biz=RU_UA_BUSINESS, ana=RU_UA_ANALYSIS,
                    outlets=[NG] * 5 + [BWS] * 3 + [DR],
                    extra={"live": 1.0, "eb": 0.8, "biz": 0.8, "ana": 0.45, "pr": 0.3},
                    special={D(20): ["ru_swap"], D(26): ["ru_bodies"]},
                    langs={D(17): "ru", D(23): "ru", D(27): "ru", D(18): "de", D(24): "de", D(25): "de"},
                    i18n={"ru": (KO, RU_UA_RU, RU_UA_RU_BG), "de": (ZO, RU_UA_DE, RU_UA_DE_BG)},
                    biz_outlets=[CMJ], kind_default="war"),
    "ISR-LBN": dict(type="war", ctx=ctx_isr_lbn, pool=ISR_LBN_POOL, stories=IL_LB_EN, first="lb_strikes",
                    biz=IL_LB_BUSINESS, ana=IL_LB_ANALYSIS,
                    outlets=[NG] * 3 + [LD] * 4 + [BWS] * 2 + [DR],
                    extra={"live": 0.9, "biz": 0.6, "ana": 0.45, "pr": 0.12, "cna": 0.12},
                    special={D(19): ["lb_mechanism"], D(26): ["lb_mechanism"]},
                    langs={D(16): "ar", D(20): "ar", D(25): "ar", D(18): "fr", D(24): "fr"},
                    i18n={"ar": (MQ, IL_LB_AR, IL_LB_AR_BG), "fr": (EOA, IL_LB_FR, IL_LB_FR_BG)},
                    biz_outlets=[CMJ, CMJ, LD], kind_default="war"),
    "KOR-PRK": dict(type="frozen", ctx=ctx_kor_prk, pool=KOR_PRK_POOL, stories=KOR_PRK_EN,
                    outlets=[AC] * 4 + [NG] * 3 + [BWS] * 2 + [DR],
                    special={D(23): ["kp_yeonpyeong"]},
                    langs={D(17): "zh", D(20): "zh", D(25): "zh"},
                    i18n={"zh": (YS, ZH_KP, ZH_KP_BG)}, biz_outlets=[CMJ, AC], sport_outlets=[AC, DR],
                    hours=(0, 13)),
    "SRB-HRV": dict(type="frozen", ctx=ctx_srb_hrv, pool=SRB_HRV_POOL, stories=SRB_HRV_EN,
                    outlets=[NG] * 4 + [BWS] * 3 + [DR],
                    special={D(18): ["sh_vukovar"]},
                    langs={D(18): "de", D(24): "de", D(26): "de"},
                    lang_story={D(18): "de_sh_vukovar"},
                    i18n={"de": (ZO, SH_DE, SH_DE_BG)}, biz_outlets=[CMJ], sport_outlets=[DR, NG]),
    "AZE-IRN": dict(type="frozen", ctx=ctx_aze_irn, pool=AZE_IRN_POOL, stories=AZE_IRN_EN,
                    outlets=[NG] * 3 + [BWS] * 2 + [LD] * 2,
                    special={D(17): ["@cna"], D(24): ["@cna"], D(20): ["@eb"], D(25): ["@pr"]},
                    langs={D(16): "ru", D(23): "ru", D(19): "ar"},
                    i18n={"ru": (KO, AI_RU, AI_RU_BG), "ar": (MQ, AI_AR, AI_AR_BG)}, biz_outlets=[CMJ]),
    "ARM-AZE": dict(type="episode", ctx=ctx_arm_aze, pool=ARM_AZE_POOL, pre=ARM_AZE_PRE, post=ARM_AZE_POST,
                    outlets=[NG] * 3 + [BWS] * 2 + [CNA], rate="frozen",
                    special={D(18): ["@eb"], D(27): ["@eb"], D(23): ["@cna"], D(26): ["@pr"]},
                    langs={D(17): "ru", D(25): "ru"},
                    i18n={"ru": (KO, (AA_RU_PRE, AA_RU_POST), AA_RU_BG)}, biz_outlets=[CMJ]),
    "IND-CHN": dict(type="episode", ctx=ctx_ind_chn, pool=IND_CHN_POOL, pre=IND_CHN_PRE, post=IND_CHN_POST,
                    outlets=[AC] * 4 + [NG] * 2 + [BWS] * 2, rate="frozen", post_max=1,
                    biz_outlets=[CMJ, AC], hours=(2, 14)),
    "AFG-PAK": dict(type="episode", ctx=ctx_afg_pak, pool=AFG_PAK_POOL, pre=AFG_PAK_PRE, post=AFG_PAK_POST,
                    outlets=[NG] * 3 + [AC] * 3 + [BWS] * 2,
                    special={D(16): ["@cna"], D(25): ["@cna"], D(27): ["ap_sport"]},
                    biz_outlets=[CMJ, AC], sport_outlets=[DR, AC], hours=(2, 17)),
    "COL-ECU": dict(type="episode", ctx=ctx_col_ecu, pool=COL_ECU_POOL, pre=COL_ECU_PRE, post=COL_ECU_POST,
                    outlets=[AP] * 6 + [NG] * 2 + [BWS] * 2,
                    special={D(16): ["@pr"]},
                    langs={D(17): "es", D(23): "es", D(26): "es", D(25): "pt"},
                    i18n={"es": (DP, CE_ES, CE_ES_BG), "pt": (CS, CE_PT, CE_PT_BG)}, biz_outlets=[AP, AP, CMJ],
                    hours=(11, 23)),
    "BEN-NER": dict(type="episode", ctx=ctx_ben_ner, pool=BEN_NER_POOL, pre=BEN_NER_PRE, post=BEN_NER_POST,
                    outlets=[SM] * 4 + [NG] * 3 + [BWS] * 2,
                    langs={D(18): "fr", D(24): "fr", D(27): "fr"},
                    i18n={"fr": (EOA, BN_FR, BN_FR_BG)}, biz_outlets=[CMJ, SM], hours=(6, 20)),
    "CHN-JPN": dict(type="episode", ctx=ctx_chn_jpn, pool=CHN_JPN_POOL, pre=CHN_JPN_PRE, post=CHN_JPN_POST,
                    outlets=[AC] * 4 + [NG] * 3 + [BWS] * 2,
                    special={D(18): ["@pr"]},
                    langs={D(19): "zh"},
                    i18n={"zh": (YS, ZH_CJ, ZH_CJ_BG)}, biz_outlets=[CMJ, AC], hours=(0, 13)),
    "DZA-MAR": dict(type="episode", ctx=ctx_dza_mar, pool=DZA_MAR_POOL, pre=DZA_MAR_PRE, post=DZA_MAR_POST,
                    outlets=[LD] * 4 + [NG] * 3 + [BWS],
                    special={D(27): ["@pr"], D(28): ["@cna"], D(18): ["dm_foot"]},
                    langs={D(19): "ar", D(27): "ar", D(17): "fr"},
                    i18n={"ar": (MQ, DM_AR, DM_AR_BG), "fr": (EOA, DM_FR, DM_FR_BG)},
                    biz_outlets=[CMJ, LD], sport_outlets=[DR, LD], hours=(6, 21)),
    "ETH-SOM": dict(type="episode", ctx=ctx_eth_som, pool=ETH_SOM_POOL, pre=ETH_SOM_PRE, post=ETH_SOM_POST,
                    outlets=[NG] * 4 + [BWS] * 2 + [LD] * 2,
                    special={D(23): ["@pr"], D(19): ["@cna"], D(28): ["@cna"]},
                    langs={D(20): "ar"},
                    i18n={"ar": (MQ, ES_AR, ES_AR_BG)}, biz_outlets=[CMJ, NG], hours=(4, 18)),
}

STORY_DL = {"ru_strike_russia": ["MOSCOW", "KYIV"], "ru_sanctions": ["BRUSSELS", "LONDON", "BRUSSELS"],
            "ru_talks": ["MOSCOW", "KYIV"], "ru_swap": ["KYIV"], "ru_bodies": ["KYIV"],
            "ru_casualties": ["KYIV", "GENEVA"], "ru_accuse": ["KYIV", "MOSCOW"], "ru_shelling": ["KHERSON"],
            "ru_front": ["KYIV", "KRAMATORSK"], "ru_evac": ["KRAMATORSK", "KYIV", "DNIPRO"],
            "lb_rockets": ["JERUSALEM"], "lb_mechanism": ["BEIRUT"], "lb_mediation": ["BEIRUT"],
            "lb_toll": ["BEIRUT"], "lb_strikes": ["BEIRUT", "TYRE", "NABATIEH"], "lb_drone_car": ["BEIRUT", "TYRE"],
            "lb_evac": ["BEIRUT", "TYRE"], "kp_gps": ["SEOUL", "INCHEON"], "sh_vukovar": ["VUKOVAR"],
            "ic_faceoff": ["NEW DELHI"], "aa_impl": ["YEREVAN"],
            "ap_post_court": ["PESHAWAR"], "ap_ref": ["PESHAWAR", "ISLAMABAD"], "ap_transit": ["KABUL", "PESHAWAR"],
            "ap_ties": ["ISLAMABAD", "KABUL"], "ap_post_talks": ["ISLAMABAD", "PESHAWAR"],
            "ap_post_torkham": ["PESHAWAR", "KABUL"], "cj_post_fish": ["TOKYO"], "cj_cg": ["TOKYO"],
            "bn_post_fam": ["COTONOU"], "bn_post_trade": ["MALANVILLE", "COTONOU"], "bn_oil": ["COTONOU", "NIAMEY"],
            "es_trade": ["MOGADISHU", "ADDIS ABABA"], "dm_border": ["OUJDA", "RABAT"], "ce_rumi": ["IPIALES", "BOGOTA"],
            "ce_post_trade": ["IPIALES", "BOGOTA", "QUITO"], "kp_balloons": ["SEOUL"], "kp_soldier": ["SEOUL"], "kp_warning": ["SEOUL"], "kp_unif": ["SEOUL"], "kp_loud": ["PAJU", "SEOUL"], "ic_history": ["LEH", "NEW DELHI"]}

REL_L = {
    "es": (["esta semana", "en los últimos días"], ["la semana pasada", "en los últimos días"]),
    "fr": (["cette semaine", "ces derniers jours"], ["la semaine dernière", "ces derniers jours"]),
    "pt": (["nesta semana", "nos últimos dias"], ["na semana passada", "nos últimos dias"]),
    "ar": (["هذا الأسبوع", "في الأيام الأخيرة"], ["الأسبوع الماضي", "في الأيام الأخيرة"]),
}


def pair_ctx(pair, d, lang="en"):
    cfg = PAIRCFG[pair]
    c = cfg["ctx"](d)
    if pair in WINDOWS:
        ws = WINDOWS[pair][0]
        c["rel"] = rel_when(d, ws)
        same = d.isocalendar()[1] == ws.isocalendar()[1]
        for lg, (a, b) in REL_L.items():
            c["rel_" + lg] = a if same else b
    if lang != "en":
        c.update(date_ctx(d, lang))
        if pair == "RUS-UKR" and lang == "ru":
            rc = pick(RU_CITIES)
            fr = pick(RU_FRONT)
            c.update(rcity=rc[0], rcity_loc=rc[1], rregion=rc[2], rureg=pick(RU_RUREG),
                     rfront_gen=fr[0], rfront_adj=fr[1])
        if pair == "RUS-UKR" and lang == "de":
            c.update(dcity=DE_CITIES[c["city"]], dfront=pick(DE_FRONT))
        if pair == "ISR-LBN" and lang == "ar":
            a1, a2, a3 = R.sample(AR_VILLAGES, 3)
            c.update(av1=a1, av2=a2, av3=a3, akilled=rint(3, 6), ainj=rint(3, 9))
    return c


# ===========================================================================
# scheduling
# ===========================================================================

def day_list():
    d = P_START.date()
    out = []
    while d <= P_END.date():
        out.append(d)
        d += timedelta(days=1)
    return out


def allowed(pair, day):
    lo = datetime.combine(day, datetime.min.time())
    hi = lo + timedelta(hours=23, minutes=59)
    if pair not in WINDOWS:
        return [(lo, hi)]
    ws, we = WINDOWS[pair]
    a, b = ws - MARGIN, we + timedelta(minutes=90)
    out = []
    if lo < a:
        out.append((lo, min(hi, a)))
    if hi > b:
        out.append((max(lo, b), hi))
    return [(x, y) for x, y in out if y > x]


def sample_time(day, hours, intervals):
    lo = datetime.combine(day, datetime.min.time()) + timedelta(hours=hours[0])
    hi = datetime.combine(day, datetime.min.time()) + timedelta(hours=hours[1], minutes=59)
    cands = [(max(lo, a), min(hi, b)) for a, b in intervals if min(hi, b) > max(lo, a)]
    if not cands:
        cands = intervals
    if not cands:
        return None
    tot = sum((b - a).total_seconds() for a, b in cands)
    x = R.random() * tot
    for a, b in cands:
        span = (b - a).total_seconds()
        if x <= span:
            t = a + timedelta(seconds=x)
            return t.replace(second=0, microsecond=0)
        x -= span
    return cands[-1][0]


class Deck:
    def __init__(self, items, weights=None):
        self.items = list(items)
        self.weights = weights or [1.0] * len(items)
        self.cur = []

    def refill(self):
        cur = []
        for it, w in zip(self.items, self.weights):
            n = int(w * 4 + 0.5) if w > 0 else 0
            cur.extend([it] * max(n, 1 if w > 0 else 0))
        R.shuffle(cur)
        self.cur = cur

    def draw(self, avoid=()):
        for _ in range(3):
            if not self.cur:
                self.refill()
            for i, it in enumerate(self.cur):
                if it not in avoid:
                    return self.cur.pop(i)
            self.refill()
        return self.cur.pop() if self.cur else self.items[0]


def story_by_id(pair, sid):
    cfg = PAIRCFG[pair]
    for lst in ("stories", "pre", "post", "biz", "ana"):
        for st in cfg.get(lst, []) or []:
            if st["id"] == sid:
                return st
    raise KeyError(sid)


def weekday_count(day, wk, we):
    return pick(we) if day.weekday() >= 5 else pick(wk)


def plan_pair(pair):
    cfg = PAIRCFG[pair]
    items = []
    outl_deck = Deck(cfg["outlets"])
    typ = cfg["type"]
    if typ == "war":
        pool = [s for s in cfg["stories"] if s["id"] != cfg["first"] and s.get("w", 1) > 0]
        toks = [s["id"] for s in pool] + list(cfg["extra"].keys())
        wts = [s.get("w", 1) for s in pool] + list(cfg["extra"].values())
        deck = Deck(toks, wts)
    for day in day_list():
        intervals = allowed(pair, day)
        if not intervals:
            continue
        span_h = sum((b - a).total_seconds() for a, b in intervals) / 3600.0
        day_items = []
        spec = list(cfg.get("special", {}).get(day, []))
        lang = cfg.get("langs", {}).get(day)
        if typ == "war":
            n = weekday_count(day, [5], [3, 4, 4])
            day_items.append(cfg["first"])
            day_items.extend(spec)
            if lang:
                day_items.append("@lang")
            while len(day_items) < n:
                t = deck.draw(avoid=day_items)
                day_items.append(t)
        else:
            if typ == "frozen" or cfg.get("rate") == "frozen":
                n = weekday_count(day, [1, 2, 2, 2, 1], [1, 1, 0])
            else:
                n = weekday_count(day, [1, 2, 2, 2, 2], [1, 1, 0])
            if span_h < 8:
                n = min(n, 1)
            day_items.extend(spec)
            if lang:
                day_items.append("@lang")
            n = max(n, len(day_items))
            while len(day_items) < n:
                day_items.append("@rand")
        for tok in day_items:
            items.append(dict(pair=pair, day=day, tok=tok, lang=lang if tok == "@lang" else "en",
                              intervals=intervals, outlet=None))
    # per-item outlet (news outlets from deck)
    for it in items:
        it["outlet"] = outl_deck.draw()
    return items


def materialise(it, decks):
    """Build one article dict from a plan item."""
    pair, day, tok = it["pair"], it["day"], it["tok"]
    cfg = PAIRCFG[pair]
    pool = cfg["pool"]
    hours = cfg.get("hours", (5, 21))
    kind_default = cfg.get("kind_default", "routine")

    def phase_of(t):
        if pair not in WINDOWS:
            return None
        return "pre" if t < WINDOWS[pair][0] else "post"

    # --- language items
    if tok == "@lang":
        lang = it["lang"]
        outlet, bank, bg = cfg["i18n"][lang]
        forced = cfg.get("lang_story", {}).get(day)
        # choose time first
        t = None
        if isinstance(bank, tuple):
            st0 = bank[0][0]
        elif forced:
            st0 = [s for s in bank if s["id"] == forced][0]
        else:
            st0 = None
        hrs = st0["time"] if st0 else (hours[0], hours[1])
        t = sample_time(day, hrs, it["intervals"])
        ph = phase_of(t)
        if isinstance(bank, tuple):
            cands = bank[0] if ph == "pre" else bank[1]
        elif forced:
            cands = [st0]
        else:
            cands = [s for s in bank if s.get("w", 1) > 0 and
                     ((not s.get("pre") and not s.get("post")) or (ph == "pre" and s.get("pre")) or
                      (ph == "post" and s.get("post")))]
        last = decks.get(("lastinc", pair))
        if last is not None and (day - last).days < 2 and not forced:
            cands = [x for x in cands if x["kind"] != "incident"] or cands
        st = pick(cands)
        if st["kind"] == "incident":
            decks[("lastinc", pair)] = day
        if not (isinstance(bank, tuple) or forced):
            t2 = sample_time(day, st["time"], it["intervals"])
            if t2 is not None and phase_of(t2) == ph:
                t = t2
        c = pair_ctx(pair, t, lang)
        units = build_units(st, c, {"bg": bg, "filler": bg})
        title, text = fit(outlet, st, units, c, t, {"bg": bg, "filler": bg})
        return art(outlet, t, title, text, lang, [pair], st["kind"])

    # --- composites / special formats
    if tok in ("live", "eb", "@eb"):
        outlet = LIVE if tok == "live" else EB
        t = sample_time(day, (6, 20) if tok == "live" else (5, 9), it["intervals"])
        ph = phase_of(t)
        stories = cfg.get("stories") or (cfg["pre"] if ph == "pre" else cfg["post"])
        ctxf = lambda tt: pair_ctx(pair, tt)
        if outlet == LIVE:
            title, text = make_live(pair, stories, ctxf, t)
        else:
            title, text = make_eb(pair, stories, ctxf, t)
        return art(outlet, t, title, text, "en", [pair], kind_default if pair != "RUS-UKR" else "war")
    if tok in ("cna", "@cna"):
        t = sample_time(day, (7, 15), it["intervals"])
        c = pair_ctx(pair, t)
        title, text = make_cna(pair, c)
        return art(CNA, t, title, text, "en", [pair], "routine")
    if tok in ("pr", "@pr"):
        cfgs = PR_CFG.get(pair, [])
        idx = decks.setdefault(("pr", pair), 0)
        if idx >= len(cfgs):
            tok = "@rand"
        else:
            decks[("pr", pair)] = idx + 1
            t = sample_time(day, (8, 15), it["intervals"])
            c = pair_ctx(pair, t)
            title, text = make_pr(pair, c, cfgs[idx])
            kind = "war" if cfg["type"] == "war" else "business"
            return art(PR, t, title, text, "en", [pair], kind)

    # --- ordinary stories
    outlet = it["outlet"]
    if tok == "@rand" or tok in ("pr", "@pr"):
        t = sample_time(day, hours, it["intervals"])
        ph = phase_of(t)
        if cfg["type"] == "episode":
            lst = cfg["pre"] if ph == "pre" else cfg["post"]
        else:
            lst = cfg["stories"]
        key = (pair, ph)
        if key not in decks:
            decks[key] = Deck([s["id"] for s in lst if s.get("w", 1) > 0],
                              [s.get("w", 1) for s in lst if s.get("w", 1) > 0])
        last = decks.get(("lastinc", pair))
        recent = last is not None and (day - last).days < 2
        inc_ids = tuple(s["id"] for s in lst if s["kind"] == "incident") if recent else ()
        sid = decks[key].draw(avoid=inc_ids)
        if sid in inc_ids:
            sid = pick([s["id"] for s in lst if s["id"] not in inc_ids and s.get("w", 1) > 0])
        st = [s for s in lst if s["id"] == sid][0]
        if cfg.get("post_max") and ph == "post":
            t = sample_time(day, st["time"], it["intervals"])
    else:
        if tok == "biz":
            st = pick(cfg["biz"])
        elif tok == "ana":
            st = pick(cfg["ana"])
        else:
            st = story_by_id(pair, tok)
        t = sample_time(day, st["time"], it["intervals"])
    if st["kind"] == "business":
        outlet = pick(cfg.get("biz_outlets", [CMJ]))
    elif st["kind"] == "sport":
        outlet = pick(cfg.get("sport_outlets", [DR, NG]))
    elif st.get("id", "").endswith("analysis"):
        outlet = PL
    if st["kind"] == "incident":
        decks[("lastinc", pair)] = day
    c = pair_ctx(pair, t)
    if st["id"] in STORY_DL:
        c["dl"] = pick(STORY_DL[st["id"]])
        c["dlc"] = c["dl"].title()
    units = build_units(st, c, pool)
    title, text = fit(outlet, st, units, c, t, pool)
    return art(outlet, t, title, text, "en", [pair], st["kind"])


_NUMW = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}


def numwords(txt):
    def f(m):
        w = _NUMW[m.group(2)]
        if m.group(1) in ("", ". ", "\n", "- ", "— "):
            w = w.capitalize()
        return m.group(1) + w
    txt = re.sub(r"(^|\s|\(|\. |\n|- )([1-9])(?=\s+[a-z])", f, txt)
    return re.sub(r"(?<!Nov)(?<!November)( )([1-9])(?=[,;]\s|\.\s|\.$)", f, txt)


def art(outlet, t, title, text, lang, pairs, kind):
    if lang == "en":
        text = numwords(text)
    return {"source": outlet, "published": t.strftime("%Y-%m-%dT%H:%M:00Z"), "title": title,
            "text": text, "language": lang, "pairs": pairs, "kind": kind}


def roundup_articles():
    out = []
    for r in ROUNDUPS:
        c = date_ctx(r["when"])
        paras = list(r["paras"])
        if r["outlet"] == NG:
            paras[0] = "%s, %s (Northgate) - %s" % (r["dl"], c["md"], paras[0])
            paras.append(ng_signoff({"rep_places": [r["dl"].title()]}))
        text = "\n\n".join(paras)
        codes = {COUNTRY_CODE[x] for x in r["countries"]}
        prs = [p for p in ALL_PAIRS if set(p.split("-")) <= codes]
        out.append(art(r["outlet"], r["when"], r["title"], text, "en", prs, "roundup"))
    return out


def articles():
    R.seed(SEED)
    USED.clear()
    out = []
    decks = {}
    for pair in PAIRCFG:
        items = plan_pair(pair)
        if pair == "IND-CHN":
            # exactly one follow-up after the window, late on Nov 29
            items = [i for i in items if not (i["day"] == D(29))]
            items.append(dict(pair=pair, day=D(29), tok="ic_impl", lang="en",
                              intervals=allowed(pair, D(29)), outlet=AC))
        for it in items:
            a = materialise(it, decks)
            if a is not None:
                out.append(a)
    out.extend(roundup_articles())
    out.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    return out


# ===========================================================================
# checks and preview
# ===========================================================================

NAMES = {
    "AFG": [r"\bAfghan", r"\bKabul\b", r"\bTaliban\b", "Афганистан", "أفغانستان", "阿富汗", r"\bAfganist"],
    "PAK": [r"\bPakistan", r"\bIslamabad\b", "Пакистан", "باكستان", "巴基斯坦", r"\bPakistán"],
    "COL": [r"\bColombia", r"\bBogot", r"\bColombie", r"\bKolumbien", "Колумби", "كولومبيا", "哥伦比亚", r"\bColômbia", r"\bcolombian"],
    "ECU": [r"\bEcuador", r"\bQuito\b", r"\bÉquateur", "Эквадор", "الإكوادور", "厄瓜多尔", r"\bEquador", r"\becuatorian"],
    "ARM": [r"\bArmeni", r"\bYerevan\b", r"\bArménie", "Армени", "Ереван", "أرمينيا", "亚美尼亚", "армян"],
    "AZE": [r"\bAzerbaijan", r"\bBaku\b", r"\bAserbaidschan", "Азербайджан", "Баку", "أذربيجان", "阿塞拜疆", "азербайджан"],
    "BEN": [r"\bBenin", r"\bBénin", r"\bCotonou\b", "Бенин", "بنين", "贝宁", r"\bbéninois"],
    "NER": [r"\bNiger\b(?! river)(?! Delta)", r"\bNigerien", r"\bNigérien", r"\bNiamey\b", "Нигер", "النيجر", "尼日尔", r"\bnigérien"],
    "CHN": [r"\bChina\b", r"\bChinese\b", r"\bBeijing\b", r"\bChine\b", "Китай", "الصين", "中国", "北京", "中方", r"\bchinois"],
    "JPN": [r"\bJapan", r"\bTokyo\b", r"\bJapon", "Япони", "اليابان", "日本", "日方", "东京", r"\bjaponais"],
    "DZA": [r"\bAlgeri", r"\bAlgiers\b", r"\bAlgérie", "Алжир", "الجزائر", "阿尔及利亚", r"\balgérien"],
    "MAR": [r"\bMorocc", r"\bRabat\b", r"\bMaroc", r"\bMarokko", "Марокко", "المغرب", "摩洛哥", r"\bmarocain"],
    "ETH": [r"\bEthiopia", r"\bAddis Ababa\b", r"\bÉthiopie", "Эфиопи", "إثيوبيا", "埃塞俄比亚"],
    "SOM": [r"\bSomali", r"\bMogadishu\b", r"\bSomalie", "Сомали", "الصومال", "索马里"],
    "IND": [r"\bIndia\b", r"\bIndian\b", r"\bNew Delhi\b", r"\bInde\b", r"\bIndien\b", "Инди", "الهند", "印度"],
}
REAL_LEADERS = ["Putin", "Zelensky", "Zelenskiy", "Netanyahu", "Kim Jong", "Erdogan", "Erdoğan", "Ilham Aliyev",
                "Pashinyan", "Modi", "Xi Jinping", "Tebboune", "Mohammed VI", "Abiy", "Noboa", "Tiani", "Talon",
                "Shehbaz", "Vucic", "Vučić", "Plenković", "Pezeshkian", "Aoun", "Salam", "Lee Jae", "Takaichi",
                "Petro", "Путин", "Зеленск", "Алиев", "Пашинян"]


def mentions(text, code):
    return any(re.search(p, text, flags=re.I if p.startswith(r"\b") else 0) for p in NAMES[code])


def check(arts):
    errs, warns = [], []
    keys = {"source", "published", "title", "text", "language", "pairs", "kind"}
    kinds = {"routine", "war", "incident", "episode", "roundup", "sport", "business", "history"}
    outlets = {NG, BWS, AC, SM, AP, LD, EB, DR, CMJ, LIVE, PL, PR, CNA, DP, EOA, ZO, MQ, KO, YS, CS}
    for i, a in enumerate(arts):
        tag = "#%d %s %s" % (i, a.get("published"), a.get("title", "")[:50])
        if set(a) != keys:
            errs.append("keys " + tag)
        if a["kind"] not in kinds:
            errs.append("kind " + tag)
        if a["source"] not in outlets:
            errs.append("outlet " + tag)
        if a["language"] != LANG.get(a["source"], "en"):
            errs.append("lang/outlet mismatch " + tag)
        pub = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:00Z")
        if not (P_START <= pub <= P_END):
            errs.append("period " + tag)
        for p in a["pairs"]:
            if p in WINDOWS and WINDOWS[p][0] <= pub <= WINDOWS[p][1]:
                errs.append("IN WINDOW %s %s" % (p, tag))
            if p.split("-") != sorted(p.split("-")) and p not in ALL_PAIRS:
                errs.append("pair order " + tag)
        full = a["title"] + "\n" + a["text"]
        for p, (ws, we) in WINDOWS.items():
            if ws <= pub <= we and p not in a["pairs"]:
                x, y = p.split("-")
                if mentions(full, x) and mentions(full, y):
                    errs.append("CO-MENTION %s %s" % (p, tag))
        n = len(a["text"])
        if n < 300 or n > 1200:
            errs.append("length %d %s" % (n, tag))
        if re.search(r"[{}\[\]|]|@\w+:", full):
            errs.append("template residue " + tag)
        for nm in REAL_LEADERS:
            if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", full):
                errs.append("leader name %s %s" % (nm, tag))
        if a["language"] == "en":
            wd = WD_EN[pub.weekday()]
            yd = WD_EN[(pub.weekday() - 1) % 7]
            for w in WD_EN:
                if w in full and w not in (wd, yd):
                    warns.append("weekday %s in %s (pub %s)" % (w, tag, wd))
            for m in re.findall(r"\bNov(?:ember)? (\d{1,2})\b", full):
                if int(m) not in (pub.day, pub.day - 1) and int(m) != 23 and int(m) != 18:
                    warns.append("date Nov %s in %s" % (m, tag))
    return errs, warns


def main():
    arts = articles()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "part_a.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    errs, warns = check(arts)
    pc = Counter(p for a in arts for p in (a["pairs"] or ["(none)"]))
    lc = Counter(a["language"] for a in arts)
    kc = Counter(a["kind"] for a in arts)
    oc = Counter(a["source"] for a in arts)
    print("articles:", len(arts), "->", path)
    print("per pair:", dict(sorted(pc.items(), key=lambda x: -x[1])))
    print("per language:", dict(lc.most_common()))
    print("per kind:", dict(kc.most_common()))
    print("per outlet:", dict(oc.most_common()))
    print("errors:", len(errs))
    for e in errs[:60]:
        print("  E", e)
    print("warnings:", len(warns))
    for w in warns[:30]:
        print("  W", w)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
