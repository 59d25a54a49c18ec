#!/usr/bin/env python3
"""Synthetic international news feed 7, part A.

Contents: the eight scripted episodes (kind "episode", the ground truth listed
in EPISODES), the ten episode pairs' ordinary coverage outside their windows
(kind "routine") and the two ongoing wars RUS-UKR and ISR-LBN (kind "routine").

Standard library only, deterministic (fixed seed, no wall clock).
Run ``python3 part_a.py`` to print counts and check every article.
"""
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

SEED = 7_2026_12_14

FORTNIGHT_START = datetime(2026, 12, 14, 0, 0)
FORTNIGHT_END = datetime(2026, 12, 27, 23, 59)

OUTLETS = {
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

WIRE_TAG = {
    "Northgate Wire": "Northgate",
    "Brief Wire Service": "BWS",
    "Asia Current": "Asia Current",
    "The Sahel Monitor": "Sahel Monitor",
    "Andes Post": "Andes Post",
    "Levant Dispatch": "Levant Dispatch",
    "Eurasia Brief": "Eurasia Brief",
    "Crescent News Agency": "CNA",
    "Capital Markets Journal": "CMJ",
    "LiveDesk": "LiveDesk",
    "Policy Ledger": "Policy Ledger",
    "PR Channel": "PR Channel",
    "The Daily Record": "Daily Record",
}

KINDS = ("routine", "roundup", "episode")


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:00Z")


def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def _ep(pair, kind, start, note):
    s = parse_iso(start)
    return {"pair": pair, "kind": kind, "start": start,
            "end": iso(s + timedelta(hours=60)), "note": note}


# ---------------------------------------------------------------------------
# Ground truth
# ---------------------------------------------------------------------------
EPISODES = [
    _ep("SRB-XKX", "ESCALATION", "2026-12-17T06:20:00Z",
        "Gunmen clash with Kosovo police in the north, Kosovo closes two crossings, Serbia puts its army "
        "on highest alert and moves units to the administrative line while Pristina accuses Belgrade of "
        "arming the group and KFOR steps up patrols."),
    _ep("COL-VEN", "ESCALATION", "2026-12-17T22:40:00Z",
        "After an attack on a Colombian border post blamed on a group based in Venezuela, Colombia closes "
        "the border at Cúcuta, recalls its ambassador and deploys troops; Caracas calls it aggression and "
        "expels Colombian diplomats."),
    _ep("ARM-TUR", "DEESCALATION", "2026-12-18T09:00:00Z",
        "Armenia and Turkey agree to establish diplomatic relations and open the Margara-Alican crossing; "
        "envoys sign a protocol in Vienna and the first trucks cross."),
    _ep("KOR-PRK", "ESCALATION", "2026-12-19T03:10:00Z",
        "North Korean artillery fire near the western sea border lands near Yeonpyeong; the South returns "
        "fire and scrambles jets, Pyongyang threatens merciless strikes and Seoul suspends a military accord."),
    _ep("EST-RUS", "ESCALATION", "2026-12-20T14:00:00Z",
        "A Russian helicopter enters Estonian airspace near Narva and Russian border guards detain an "
        "Estonian officer; Tallinn summons the ambassador and expels two diplomats, Moscow threatens a "
        "response and cuts rail traffic."),
    _ep("SDN-SSD", "DEESCALATION", "2026-12-21T10:30:00Z",
        "In talks hosted by Ethiopia's prime minister, Sudan and South Sudan agree to pull forces back from "
        "Abyei and Heglig, reopen the oil pipeline and exchange detainees; a joint monitoring team deploys."),
    _ep("AZE-IRN", "ESCALATION", "2026-12-22T16:45:00Z",
        "Iran stages large drills on the Aras with a bridge-crossing exercise; Baku calls it a threat, "
        "closes its airspace to Iranian flights and arrests alleged agents, and Tehran closes the Astara crossing."),
    _ep("AUS-CHN", "DEESCALATION", "2026-12-23T01:00:00Z",
        "China lifts the remaining tariffs on Australian goods and frees a detained Australian writer; the "
        "foreign ministers agree in Canberra to resume a defence dialogue."),
]

EPISODE_BY_PAIR = {e["pair"]: e for e in EPISODES}


# ---------------------------------------------------------------------------
# Generator helpers
# ---------------------------------------------------------------------------
_SLOT = re.compile(r"\{(\w+)\}")


class Gen:
    """Random helper with 'decks': draws without replacement from a list,
    reshuffling only when the list is exhausted, so that repeated calls on the
    same pool spread across all of its variants."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self._decks = {}

    def pick(self, seq):
        return self.rng.choice(seq)

    def draw(self, seq):
        key = id(seq)
        deck = self._decks.get(key)
        if not deck:
            deck = list(range(len(seq)))
            self.rng.shuffle(deck)
            self._decks[key] = deck
        return seq[deck.pop()]

    def draw_n(self, seq, n):
        out = []
        seen = set()
        tries = 0
        while len(out) < min(n, len(seq)) and tries < 4 * n + 10:
            tries += 1
            x = self.draw(seq)
            if x in seen:
                continue
            seen.add(x)
            out.append(x)
        return out

    def fill(self, text, ctx):
        def rep(m):
            k = m.group(1)
            if k not in ctx:
                return m.group(0)
            v = ctx[k]
            if callable(v):
                v = v()
            if isinstance(v, (list, tuple)):
                v = self.rng.choice(v)
            return str(v)
        # two passes so that slot values may contain slots
        return _SLOT.sub(rep, _SLOT.sub(rep, text))

    def chance(self, p):
        return self.rng.random() < p

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)


REPORTERS = [
    "Mira Halden", "Tomasz Wierzbicki", "Leila Haddad", "Jonah Pettigrew", "Sunita Raval", "Oren Blakely",
    "Katya Morozova", "Diego Salcedo", "Amara Okafor", "Lukas Brenner", "Hyejin Park", "Farid Nasser",
    "Chloe Vasseur", "Ivo Stanić", "Priya Menon", "Gareth Lloyd", "Nadia Karimova", "Ben Achterberg",
    "Sofía Quintero", "Marek Dvořák", "Aylin Demirtaş", "Callum Reid", "Yuki Tanabe", "Hassan El-Amin",
]
EDITORS = [
    "Peter Graves", "Alison Marr", "Richard Coyle", "Hannah Birk", "Simon Ashdown", "Lena Voss",
    "Michael Orr", "Joanna Pike", "Daniel Fenwick", "Ruth Calloway",
]
ANALYSTS = [
    ("Helena Marsh", "a senior fellow at the Westbridge Institute for Security Studies"),
    ("Viktor Lindqvist", "director of the Nordic Centre for Conflict Research"),
    ("Anjali Rao", "head of the Asia programme at the Harcourt Foundation"),
    ("Samuel Okoye", "a researcher at the Horn and Sahel Policy Forum"),
    ("Carmen Iturbe", "a lecturer in international relations in Lima"),
    ("Dmitri Ostrovsky", "a former diplomat now at the Caspian Studies Group"),
    ("Rachel Feldmann", "a senior analyst at Meridian Risk Advisory"),
    ("Kemal Ergüven", "a columnist and visiting scholar at the Bosphorus Policy Centre"),
    ("Aiden Whitlock", "the Policy Ledger's diplomatic editor"),
    ("Mariam Saade", "a fellow at the Eastern Mediterranean Forum"),
    ("Jae-won Seo", "a former naval officer now at the Han River Security Institute"),
    ("Grace Tolliver", "a trade economist at Pacific Rim Analytics"),
]

LIVE_OPENERS = [
    "Welcome to our live coverage. We will bring you the latest developments as they happen.",
    "Good morning and welcome to LiveDesk's rolling coverage. Here is where things stand.",
    "This live page is being updated throughout the day by our editors in London and Singapore.",
    "Hello and welcome. Our team is following events as they unfold; refresh for the newest entries.",
]


def dateline(lang, outlet, city, dt, city_local=None):
    c = city_local or city
    d = dt.day
    tag = WIRE_TAG.get(outlet, outlet)
    if lang == "en":
        return f"{city.upper()}, Dec {d} ({tag}) —"
    if lang == "es":
        return f"{c.upper()}, {d} dic (Diario del Pacífico).–"
    if lang == "pt":
        return f"{c.upper()}, {d} dez (Correio do Sul) –"
    if lang == "fr":
        return f"{c.upper()}, {d} décembre (L'Écho) –"
    if lang == "de":
        return f"{c} (Zeitspiegel Ost) –"
    if lang == "ru":
        return f"{c.upper()}, {d} дек – Кавказский обозреватель."
    if lang == "ar":
        return f"{c} - المشرق اليوم:"
    if lang == "zh":
        return f"【亚洲时讯{c}12月{d}日电】"
    return c


# ---------------------------------------------------------------------------
# English house styles.  Each renderer returns (title, [paragraphs]).
# ---------------------------------------------------------------------------

def r_wire(G, outlet, dt, city, title, paras):
    body = list(paras[:5])
    body[0] = f"{dateline('en', outlet, city, dt)} {body[0]}"
    if len(body) < 6 and G.chance(0.35):
        body.append(f"(Reporting by {G.pick(REPORTERS)}; editing by {G.pick(EDITORS)})")
    return title, body


def r_brief(G, outlet, dt, city, title, paras):
    n = G.pick([2, 2, 3])
    body = list(paras[:n])
    body[0] = f"{city.upper()} (BWS) — {body[0]}"
    return G.pick(["BRIEF: ", "", "IN BRIEF: "]) + title, body


def r_live(G, outlet, dt, city, title, entries):
    t = dt
    body = []
    for e in entries[:5]:
        body.append(f"{t:%H:%M} GMT — {e}")
        t -= timedelta(minutes=G.num(9, 48))
    if len(body) < 6 and G.chance(0.5):
        body.append(f"{t:%H:%M} GMT — {G.pick(LIVE_OPENERS)}")
    return G.pick(["LIVE: ", "Live updates: ", "LIVE — "]) + title, body


def r_analysis(G, outlet, dt, city, title, paras):
    name, role = G.pick(ANALYSTS)
    body = list(paras[:5])
    body.append(f"{name} is {role}.")
    return G.pick(["Analysis: ", "Opinion: ", "Analysis | "]) + title, body


def r_tabloid(G, outlet, dt, city, title, paras):
    body = [p for p in paras[:5]]
    return title, body


def r_press(G, outlet, dt, city, title, paras, issuer="", contact=""):
    body = [f"{issuer} — {paras[0]}" if issuer else paras[0]] + list(paras[1:5])
    body.append(contact or G.pick(["For media enquiries, please contact the press office.",
                                   "Media contact: press office. Distributed by PR Channel.", "— ENDS —",
                                   "Issued by the press service. Distributed via PR Channel."]))
    return title, body


def r_correction(G, outlet, dt, city, title, paras, fix):
    t, body = r_wire(G, outlet, dt, city, title, paras[:4])
    return "CORRECTED-" + t, [f"(Corrects {fix})"] + body


def r_qa(G, outlet, dt, city, title, intro, qas):
    body = [intro] + [f"Q: {q}\nA: {a}" for q, a in qas[:4]]
    return title, body[:6]


def r_market(G, outlet, dt, city, title, paras):
    body = list(paras[:5])
    body[0] = f"{city.upper()}, Dec {dt.day} (CMJ) — {body[0]}"
    return title, body


def mk(source, dt, title, paras, kind, pairs, lang=None):
    paras = [p.strip() for p in paras if p and p.strip()]
    return {
        "source": source,
        "published": iso(dt),
        "title": title.strip(),
        "text": "\n\n".join(paras),
        "language": lang or OUTLETS[source],
        "kind": kind,
        "pairs": list(pairs),
    }


# ---------------------------------------------------------------------------
# Episode content.  Phases: 0 = first hours, 1 = first day, 2 = later.
# ---------------------------------------------------------------------------
EP = {}

EP["SRB-XKX"] = {
    "cities": [["PRISTINA", "NORTH MITROVICA", "ZVECAN"], ["PRISTINA", "BELGRADE", "JARINJE"],
               ["BELGRADE", "PRISTINA", "BRUSSELS", "RASKA"]],
    "titles": [
        ["Gunmen clash with Kosovo police in the north, officers wounded",
         "Gunfight erupts near Zvečan as masked group attacks Kosovo police patrol",
         "Kosovo police come under fire in the north; Jarinje and Brnjak crossings shut",
         "Armed group fights Kosovo police near Leposavić, one attacker killed"],
        ["Serbia puts army on highest alert after northern Kosovo gunfight",
         "Belgrade moves troops towards administrative line as Pristina blames Serbia",
         "Kosovo says seized weapons prove Belgrade armed northern gunmen",
         "KFOR steps up patrols as Serbian units deploy near Kosovo boundary"],
        ["Crossings stay shut, troops on alert as Kosovo-Serbia standoff hardens",
         "Pristina and Belgrade trade accusations a day after northern gun battle",
         "NATO mission reinforces north Kosovo as Serbia keeps army on top alert",
         "EU envoy urges restraint as Kosovo keeps two crossings closed"],
    ],
    "leads": [
        ["A group of about twenty masked gunmen opened fire on a Kosovo police patrol near the village of Rudare, between Zvečan and Leposavić, before dawn on Thursday, setting off a gun battle that lasted more than two hours, police said.",
         "Kosovo police fought a heavily armed group in the Serb-majority north on Thursday morning, wounding and killing at least one attacker, while two officers were taken to hospital in Pristina, the interior ministry said.",
         "Kosovo closed its two main northern crossings with Serbia, Jarinje and Brnjak, on Thursday after gunmen ambushed a police patrol on the road between Zvečan and Leposavić.",
         "Shooting broke out on Thursday morning near Rudare in northern Kosovo when a police unit on a routine patrol was attacked by men in military-style uniforms travelling in several unmarked vehicles, officials said."],
        ["Serbia's president ordered the army to the highest level of combat readiness late on Thursday and said units were moving to positions along the administrative line with Kosovo, hours after a deadly gunfight between Kosovo police and an armed group in the north.",
         "Kosovo accused Belgrade on Thursday of arming and training the group that attacked its police, saying mortar rounds, rocket launchers and grenades seized after the gun battle carried the markings of a state arms factory in Serbia.",
         "NATO's peacekeeping mission in Kosovo, KFOR, said on Thursday it had stepped up patrols in the north and placed reserve troops on standby after gunmen clashed with Kosovo police near Zvečan.",
         "Serbian armoured and special forces units were seen moving south towards Raška and Kuršumlija on Thursday evening after Belgrade put its army on top alert over the fighting in northern Kosovo."],
        ["Kosovo kept the Jarinje and Brnjak crossings closed for a second day on Friday and Serbia held its army at the highest state of readiness, as the two sides traded accusations over Thursday's gun battle in the north.",
         "A day after masked gunmen fought Kosovo police for more than two hours near Zvečan, KFOR helicopters circled over the administrative line and queues of lorries built up at the Merdare crossing, the only main route still open.",
         "Pristina said on Friday it had asked NATO and the European Union to hold Serbia responsible for Thursday's attack in the north, while Belgrade dismissed the charge and kept troops deployed close to the boundary.",
         "The standoff between Kosovo and Serbia showed no sign of easing on Friday, with two crossings shut, Serbian units dug in near the administrative line and KFOR running round-the-clock patrols in the north."],
    ],
    "details": [
        ["Police spokesman Besnik Hoxha said the attackers used automatic rifles and at least one rocket-propelled grenade, and that a police armoured vehicle was set on fire.",
         "Special police units were sent from Pristina and the road between Zvečan and Leposavić was sealed off, residents said.",
         "Some of the gunmen withdrew into the wooded hills towards the administrative line, police said, and a search was under way.",
         "Schools in Zvečan and Leposavić were told to keep children indoors, according to local officials.",
         "Interior Minister Driton Berisha said the two crossings at Jarinje and Brnjak would stay closed 'until the security situation allows'."],
        ["Defence Minister Nenad Jovanović said the deployment was 'purely defensive' and meant to protect Serbs in Kosovo 'if institutions fail to do so'.",
         "Kosovo police displayed the seized arms at a news conference in Pristina: two mortars, a dozen anti-tank launchers, boxes of grenades and hundreds of rounds of ammunition.",
         "KFOR said it had moved a reserve company to Jarinje and was flying helicopter patrols along the boundary.",
         "Belgrade called the accusation that it had armed the group 'a shameless lie' and said the dead attacker was a local man 'driven to despair by police terror'.",
         "Serbia's Chief of the General Staff visited units near Raška, the army said, without giving numbers."],
        ["Traders at Merdare said waits had stretched to nine hours as lorries diverted from the closed northern crossings.",
         "Kosovo's prime minister told parliament the attack was 'planned in Serbia and paid for by Serbia', drawing protests from the Serb List deputies.",
         "KFOR said Italian, Polish and US soldiers were manning additional checkpoints near Jarinje, and asked residents not to approach the boundary.",
         "Serbian television showed tanks on low-loaders on the road south of Kraljevo, and the army said its units would stay 'as long as necessary'.",
         "The EU's special representative for the dialogue said he would travel to both capitals next week."],
    ],
    "quotes": [
        "\"This was not a spontaneous incident. This was a trained and equipped unit, and the equipment came from Serbia,\" Berisha told reporters.",
        "\"Serbia will not stand by while our people are hunted in their own homes,\" the Serbian president said in a televised address.",
        "\"We have increased our presence and we will act if freedom of movement or the safety of any community is threatened,\" KFOR spokeswoman Lt. Col. Marta Lindgren said.",
        "\"Every soldier who is now on the line is there to defend, not to attack,\" Jovanović said. \"But nobody should test us.\"",
        "\"We are afraid to go to the shop,\" said Milica, a 34-year-old resident of Zvečan who did not want to give her surname. \"Everyone stayed indoors when the shooting started.\"",
        "\"Pristina uses every incident as an excuse to close the roads and punish ordinary Serbs,\" said Dušan Perić, a Serb List official in North Mitrovica.",
    ],
    "third": [
        "The European Union's foreign policy chief called on both sides to 'refrain from any step that could further inflame the situation' and urged Belgrade to pull back its forces.",
        "The U.S. State Department said it was 'deeply concerned' by the troop movements and was in contact with leaders in both capitals.",
        "Russia's foreign ministry said Moscow supported 'the legitimate right of Serbia to protect its people' and blamed Pristina for provoking the violence.",
        "Albania's prime minister said the attack was an assault 'on the statehood of Kosovo' and called for NATO to reinforce its mission.",
        "Germany's foreign ministry summoned no one but said it expected Belgrade to 'de-escalate immediately and visibly'.",
        "Turkey, which has troops in KFOR, said it was ready to contribute more soldiers if the mission requested them.",
    ],
    "background": [
        "Kosovo declared independence from Serbia in 2008, nearly a decade after a NATO bombing campaign ended the 1998-99 war; Belgrade still regards it as a southern province.",
        "The attack revived memories of September 2023, when a group of armed Serbs stormed the village of Banjska and killed a Kosovo police officer.",
        "About 50,000 Serbs live in the four northern municipalities, which have been the scene of repeated unrest, including clashes with KFOR troops in Zvečan in May 2023 that injured dozens of peacekeepers.",
        "An EU-facilitated dialogue meant to normalise relations between Belgrade and Pristina has produced several agreements since 2013, but most have not been implemented.",
        "Kosovo is recognised by more than 100 countries, including the United States and most EU members, but not by Serbia, Russia or China.",
        "The 2022 dispute over licence plates led to weeks of barricades in the north and was only defused after Western mediation.",
    ],
    "live": [
        ["Kosovo police say a patrol has come under fire near Rudare, between Zvečan and Leposavić.",
         "Reports of sustained gunfire in the area; residents say they can hear explosions.",
         "The interior minister confirms two officers have been wounded and taken to Pristina.",
         "Kosovo has closed the Jarinje and Brnjak crossings to all traffic, the border police say.",
         "Police say one attacker has been killed and the rest have withdrawn towards the administrative line."],
        ["Serbia's president is due to address the nation this evening, state television says.",
         "KFOR confirms it has stepped up patrols and moved reserve troops north.",
         "Pristina shows seized weapons and accuses Belgrade of arming the group.",
         "The Serbian army is now at the highest level of combat readiness, the defence ministry says."],
        ["Both northern crossings remain closed this morning; lorries are being diverted to Merdare.",
         "KFOR helicopters have been seen over Jarinje throughout the night.",
         "The EU urges both sides to show restraint and calls on Belgrade to pull back its troops."],
    ],
    "tabloid": {
        "titles": ["BALKAN POWDER KEG: Gun battle in Kosovo as Serbia puts army on red alert",
                   "GUNMEN AMBUSH COPS IN KOSOVO — TANKS ROLL TO BORDER"],
        "lines": ["Masked gunmen armed to the teeth blasted a police patrol in northern Kosovo yesterday, sparking a two-hour shoot-out.",
                  "Within hours Serbia had slapped its army on maximum alert and sent armoured columns rumbling towards the frontier.",
                  "British troops serving with NATO's peacekeeping force were among those sent to beef up patrols, defence sources said.",
                  "It is the worst flare-up since 2023, when gunmen holed up in a monastery after killing a policeman."],
    },
    "analysis": {
        "titles": ["Why the gunfight in northern Kosovo is more dangerous than the last one",
                   "Serbia's troop moves test NATO's resolve in the Balkans"],
        "paras": ["The gun battle near Zvečan did not come out of nowhere. For three years the north of Kosovo has been governed by a fragile arrangement of police stations, closed municipal offices and NATO patrols, and every attempt to change it has been met with barricades.",
                  "What is different this time is Belgrade's response. Putting the army on the highest alert and moving units to the administrative line is a step Serbia has threatened before but rarely taken so quickly.",
                  "Pristina's decision to close Jarinje and Brnjak is understandable from a security point of view, but it also cuts the lifeline of northern Serbs to Serbia and hands Belgrade a grievance.",
                  "The weapons displayed in Pristina, if their origin is confirmed, would put Serbia in an awkward position with Brussels, where its accession talks have been frozen in all but name.",
                  "KFOR is the only actor both sides still trust to keep the peace on the ground. Its decision to step up patrols is the right one, but the mission has fewer than 5,000 troops."],
    },
    "press": {
        "issuer": "KFOR Public Affairs Office, Pristina",
        "titles": ["KFOR increases presence in northern Kosovo"],
        "paras": ["Following the armed incident near Zvečan on 17 December, the Kosovo Force (KFOR) has increased its presence and patrolling activity in northern Kosovo, including along the Administrative Boundary Line.",
                  "KFOR has deployed additional forces from its reserve and conducts ground and air patrols on a 24-hour basis. The Commander of KFOR is in close contact with the Kosovo Police, the EU Rule of Law Mission and the Serbian Armed Forces.",
                  "KFOR remains committed to its UN mandate to ensure a safe and secure environment and freedom of movement for all communities in Kosovo, in an impartial manner.",
                  "KFOR calls on all parties to refrain from any rhetoric or action that could cause tensions to escalate further."],
    },
    "plan": [(12, "Eurasia Brief", "wire"), (55, "LiveDesk", "live"), (95, "Northgate Wire", "wire"),
             (170, "Brief Wire Service", "brief"), (300, "Zeitspiegel Ost", "native:de"),
             (520, "Crescent News Agency", "wire"), (1380, "The Daily Record", "tabloid"),
             (1150, "Northgate Wire", "correction"), (1500, "Policy Ledger", "analysis"),
             (1900, "Кавказский обозреватель", "native:ru"), (2700, "Eurasia Brief", "wire"),
             (3300, "PR Channel", "press")],
    "correction": "name of village in first paragraph to Rudare from Rudnica",
    "correction_key": "Rudare",
    "native": {
        "de": ("Schießerei im Norden des Kosovo: Pristina schließt Grenzübergänge", "Pristina", [
            "Nach einem stundenlangen Feuergefecht zwischen maskierten Bewaffneten und der kosovarischen Polizei hat die Regierung in Pristina die beiden wichtigsten Grenzübergänge zu Serbien im Norden geschlossen. Jarinje und Brnjak blieben am Donnerstag für jeden Verkehr gesperrt, teilte die Grenzpolizei mit.",
            "Nach Angaben des Innenministeriums hatten etwa zwanzig Männer in Tarnuniformen am frühen Morgen eine Polizeistreife zwischen Zvečan und Leposavić angegriffen. Zwei Beamte wurden verletzt, ein Angreifer kam ums Leben. Die übrigen zogen sich offenbar in die Wälder in Richtung der Verwaltungslinie zurück.",
            "Innenminister Driton Berisha sprach von einem „organisierten, bewaffneten Angriff auf die Souveränität des Kosovo“. Die sichergestellten Waffen – darunter Granatwerfer und Panzerfäuste – stammten „eindeutig aus Serbien“. Belgrad wies das umgehend zurück.",
            "Die Nato-geführte Schutztruppe KFOR, an der auch die Bundeswehr beteiligt ist, verstärkte ihre Patrouillen. Erinnerungen an den Überfall von Banjska im September 2023 werden wach, bei dem ein kosovarischer Polizist getötet worden war.",
        ]),
        "ru": ("Сербия привела армию в высшую степень боеготовности", "Белград", [
            "Президент Сербии отдал приказ о приведении вооружённых сил в высшую степень боевой готовности после перестрелки на севере Косова. Подразделения выдвигаются к административной линии в районе Рашки и Куршумлии, сообщили в министерстве обороны.",
            "В четверг утром группа вооружённых людей вступила в бой с косовской полицией у села Рударе между Звечаном и Лепосавичем. По данным Приштины, ранены двое полицейских, один из нападавших погиб. Косовские власти закрыли пункты пропуска Яринье и Брняк.",
            "Приштина обвинила Белград в том, что он вооружил группу: изъятые миномёты и гранатомёты, по словам косовского МВД, имеют маркировку сербского оборонного завода. В Белграде назвали эти обвинения «бесстыдной ложью».",
            "МИД России заявил, что поддерживает право Сербии защищать сербское население края. Миссия НАТО KFOR усилила патрулирование на севере Косова и перебросила резервы к Яринье.",
        ]),
    },
}

EP["COL-VEN"] = {
    "cities": [["CUCUTA", "BOGOTA"], ["BOGOTA", "CARACAS", "CUCUTA"], ["CARACAS", "BOGOTA", "SAN ANTONIO DEL TACHIRA"]],
    "titles": [
        ["Attack on Colombian border post near Cúcuta kills soldiers; Bogotá blames group based in Venezuela",
         "Colombia closes Cúcuta border crossings after deadly raid on army post",
         "Colombian soldiers killed in attack on border post in Norte de Santander"],
        ["Colombia recalls ambassador from Caracas, sends troops to border",
         "Venezuela calls Colombian troop deployment 'aggression', expels diplomats",
         "Bogotá shuts Simón Bolívar bridge, deploys thousands of soldiers after border attack"],
        ["Colombia-Venezuela border stays shut as diplomatic rupture deepens",
         "Expelled Colombian diplomats leave Caracas as troops mass in Norte de Santander",
         "Border towns count cost of closure as Bogotá and Caracas trade accusations"],
    ],
    "leads": [
        ["Gunmen attacked a Colombian army post on the border near Cúcuta on Thursday afternoon, killing at least four soldiers, and Colombia's defence ministry said the assailants had crossed from and withdrawn into Venezuelan territory.",
         "Colombia closed its border crossings at Cúcuta early on Friday after an attack on a military post near Puerto Santander that the government blamed on a guerrilla faction operating from Venezuela.",
         "An armed group using explosives and rifles overran part of a Colombian army post on the bank of the Táchira river on Thursday afternoon, killing soldiers and wounding several others, military officials said."],
        ["Colombia recalled its ambassador from Caracas on Friday and ordered thousands of troops to the border, a day after an attack on an army post near Cúcuta that Bogotá says was launched from Venezuelan soil.",
         "Venezuela on Friday described Colombia's troop deployment as 'an act of aggression' and ordered Colombia's chargé d'affaires and three consular officials to leave the country within 72 hours.",
         "The Simón Bolívar, Francisco de Paula Santander and Tienditas bridges were closed to traffic on Friday as Colombia sealed the border around Cúcuta and moved soldiers and armoured vehicles into Norte de Santander."],
        ["The border between Colombia and Venezuela remained closed on Saturday, with Colombian troops patrolling the banks of the Táchira river and Caracas repeating that Bogotá's deployment amounted to aggression.",
         "Colombian diplomats expelled by Venezuela crossed into Colombia on Saturday as relations between the two neighbours sank to their lowest point since they were restored in 2022.",
         "Shops in Cúcuta and San Antonio del Táchira stood empty on Saturday as the closure of the bridges, ordered by Bogotá after a deadly attack on a border post, entered its second day."],
    ],
    "details": [
        ["The post, manned by soldiers of the army's Thirtieth Brigade, was hit shortly after 4:30 p.m. local time with rifle fire and improvised mortars, the brigade said.",
         "Defence Minister Andrés Velandia said intelligence pointed to a front of the ELN guerrilla that has camps on the Venezuelan side of the river.",
         "Migration Colombia said the Simón Bolívar and Francisco de Paula Santander bridges would close from 5 a.m.",
         "Helicopters evacuated the wounded to a military hospital in Cúcuta, officials said."],
        ["Velandia said 3,000 soldiers, including special forces, would be sent to Norte de Santander and Arauca.",
         "Venezuela's foreign minister Rafael Ochoa said the closure and deployment were 'a plan to provoke a conflict on our border dictated from abroad'.",
         "Venezuela said it was reinforcing its own units in Táchira state, without giving details.",
         "Colombia's president said the ambassador had been called home 'for consultations' and that Caracas must 'act against the criminals on its territory'."],
        ["Colombia's chamber of commerce in Cúcuta estimated daily losses at several million dollars, noting that the crossing handles most bilateral trade.",
         "Thousands of people who cross daily for school, work or medical care were stranded, aid groups said.",
         "The Organization of American States called an extraordinary session of its permanent council for Monday.",
         "Venezuelan state television showed troops digging positions near Ureña."],
    ],
    "quotes": [
        "\"They came from Venezuela, they went back to Venezuela, and there they are protected,\" Velandia told a news conference in Cúcuta.",
        "\"Venezuela will not accept threats from anyone. Colombia's military deployment is an aggression against our people,\" Ochoa said on state television.",
        "\"I have two children at school in Cúcuta and I do not know how they will get home,\" said Yolanda, a street vendor in San Antonio del Táchira.",
        "\"We were told nothing. At five in the morning the soldiers put up the barriers,\" said a lorry driver waiting at the Tienditas bridge.",
        "\"Closing the border hurts the people of Norte de Santander more than the armed groups,\" said a local councillor in Villa del Rosario.",
    ],
    "third": [
        "Brazil's foreign ministry urged both governments to 'preserve dialogue' and offered to host talks.",
        "The United States condemned the attack on Colombian soldiers and said armed groups 'must not find safe haven in Venezuela'.",
        "The UN refugee agency said it was concerned about migrants and families separated by the closure.",
        "Cuba and Nicaragua expressed support for Caracas and criticised Colombia's troop movements.",
        "Peru and Chile called for calm and an investigation into the attack.",
    ],
    "background": [
        "Colombia and Venezuela share a 2,200-km border and restored diplomatic relations in 2022 after a three-year rupture.",
        "The border was closed for years after 2015, when Caracas deported thousands of Colombians, and again in 2019 during a standoff over aid convoys on the Cúcuta bridges.",
        "The ELN and dissident FARC factions have long used the Venezuelan side of the border as a refuge, a charge Caracas has always rejected.",
        "Violence in the Catatumbo region, north of Cúcuta, displaced tens of thousands of people in early 2025 as rival armed groups fought for control of drug routes.",
        "The Tienditas bridge, built in 2016, only opened to traffic in 2023 as part of the normalisation of relations.",
    ],
    "market": {
        "city": "BOGOTA",
        "titles": ["Colombian peso slides, border-exposed stocks fall after Venezuela rupture"],
        "paras": ["Colombia's peso fell 1.4% against the dollar on Friday, its steepest daily drop in two months, as investors reacted to the closure of the Venezuelan border and the recall of Colombia's ambassador from Caracas.",
                  "Shares of retailers and transport firms with large operations in Norte de Santander fell, with logistics group Transandina del Norte down 6.2% and the local benchmark index off 1.1%.",
                  "\"The market is pricing in a longer closure and some risk of incidents on the border,\" said an analyst at a Bogotá brokerage. \"It is not a war scenario, but it is noise the country did not need.\"",
                  "Venezuelan dollar bonds, thinly traded, were little changed. Bilateral trade, which recovered to about $1 billion a year after relations were restored, passes mostly through the Cúcuta bridges."],
    },
    "press": {
        "issuer": "Ministerio de Relaciones Exteriores de Colombia (unofficial English translation)",
        "titles": ["Statement by the Ministry of Foreign Affairs of Colombia on the attack in Norte de Santander"],
        "paras": ["The Government of the Republic of Colombia condemns in the strongest terms the terrorist attack perpetrated on the afternoon of 17 December against a military post of the National Army in the municipality of Puerto Santander, Norte de Santander.",
                  "In view of the evidence that the perpetrators acted from and withdrew to the territory of the Bolivarian Republic of Venezuela, the Government has decided to call its Ambassador in Caracas for consultations and to close temporarily the border crossings of the Cúcuta metropolitan area.",
                  "Colombia calls on the Venezuelan authorities to take immediate and verifiable action against illegal armed groups present on their territory, in accordance with their international obligations.",
                  "The Ministry expresses its solidarity with the families of the fallen soldiers."],
    },
    "plan": [(8, "Diario del Pacífico", "native:es1"), (70, "Andes Post", "wire"), (150, "Northgate Wire", "wire"),
             (420, "PR Channel", "press"), (640, "Diario del Pacífico", "native:es2"),
             (760, "Brief Wire Service", "brief"), (980, "Capital Markets Journal", "market"),
             (1380, "Correio do Sul", "native:pt"), (1900, "Andes Post", "wire"),
             (2500, "Policy Ledger", "analysis"), (3200, "Northgate Wire", "wire")],
    "analysis": {
        "titles": ["Colombia and Venezuela: a rupture both capitals said would never happen again"],
        "paras": ["When Bogotá and Caracas restored relations in 2022, both governments promised that the border would never again be held hostage by politics. Four years later, the bridges at Cúcuta are closed once more.",
                  "The attack on the army post near Puerto Santander exposed the weakest point of the rapprochement: neither government has been able, or willing, to take on the armed groups that straddle the Táchira river.",
                  "Recalling the ambassador and sending troops is a message to a domestic audience as much as to Caracas. Venezuela's expulsion of Colombian diplomats was a predictable answer.",
                  "The people who lose most are those who live on both sides of a border that, for them, has never been a line on a map."],
    },
    "native": {
        "es1": ("Ataque a puesto militar en la frontera con Venezuela deja al menos cuatro soldados muertos", "Cúcuta", [
            "Un grupo armado atacó en la tarde de este jueves un puesto del Ejército en zona rural de Puerto Santander, Norte de Santander, a pocos metros del río Táchira, y dejó al menos cuatro soldados muertos y seis heridos, informó la Trigésima Brigada.",
            "Según fuentes militares, los atacantes dispararon fusiles y lanzaron artefactos explosivos improvisados desde la orilla venezolana, y después se replegaron hacia territorio del vecino país. El ministro de Defensa, Andrés Velandia, atribuyó la acción a un frente del ELN que, dijo, «tiene sus campamentos del otro lado del río».",
            "Migración Colombia anunció el cierre de los pasos fronterizos del área metropolitana de Cúcuta a partir de las cinco de la mañana. «No vamos a permitir que nuestros soldados sean asesinados desde un santuario», afirmó Velandia en un mensaje desde Cúcuta.",
            "Es el ataque más grave contra la Fuerza Pública en la frontera desde que ambos países restablecieron relaciones diplomáticas en agosto de 2022.",
        ]),
        "es2": ("Venezuela expulsa a diplomáticos colombianos y habla de «agresión»", "Caracas", [
            "El Gobierno venezolano ordenó este viernes la salida del encargado de negocios de Colombia y de tres funcionarios consulares en un plazo de 72 horas, en respuesta al despliegue de tropas colombianas en la frontera y al cierre de los puentes de Cúcuta.",
            "«Lo que hace Bogotá es una agresión contra el pueblo venezolano, preparada y dictada desde afuera», declaró el canciller Rafael Ochoa en cadena nacional. Caracas negó cualquier vínculo con el ataque al puesto militar de Puerto Santander.",
            "Horas antes, el presidente colombiano había llamado a consultas a su embajador en Caracas y anunciado el envío de 3.000 militares a Norte de Santander y Arauca. En San Antonio del Táchira, comerciantes bajaron las persianas ante la ausencia de clientes.",
            "La frontera común, de más de 2.200 kilómetros, estuvo cerrada entre 2015 y 2022, con breves reaperturas, y los puentes fueron escenario en 2019 del pulso por la ayuda humanitaria.",
        ]),
        "pt": ("Colômbia fecha fronteira e convoca embaixador; Caracas fala em agressão", "Bogotá", [
            "A Colômbia fechou as passagens de fronteira na região de Cúcuta, chamou de volta seu embaixador em Caracas e enviou cerca de 3 mil militares para a divisa com a Venezuela, depois de um ataque a um posto do Exército que deixou soldados mortos na tarde de quinta-feira.",
            "O governo venezuelano reagiu expulsando o encarregado de negócios colombiano e três funcionários consulares, e qualificou o envio de tropas como «agressão». O chanceler Rafael Ochoa disse que Caracas não aceitará «ameaças de ninguém».",
            "O Itamaraty divulgou nota pedindo que os dois governos «preservem o diálogo» e ofereceu o Brasil como sede de uma eventual conversa. Diplomatas em Brasília avaliam que a crise pode afetar o comércio regional e o fluxo de migrantes em Roraima.",
            "Bogotá e Caracas haviam reatado relações em 2022, após três anos de ruptura.",
        ]),
    },
}

EP["ARM-TUR"] = {
    "cities": [["VIENNA", "YEREVAN", "ANKARA"], ["YEREVAN", "ANKARA", "VIENNA"], ["MARGARA", "KARS", "YEREVAN", "ANKARA"]],
    "titles": [
        ["Armenia and Turkey agree to establish diplomatic relations, open Margara crossing",
         "Armenian, Turkish envoys sign protocol in Vienna to restore ties after three decades",
         "Turkey and Armenia to open border at Margara-Alican under deal signed in Vienna"],
        ["Armenia-Turkey accord: embassies within months, crossing to open for trade",
         "Yerevan hails 'historic day' as Ankara confirms diplomatic ties with Armenia",
         "Vienna protocol ends decades without relations between Armenia and Turkey"],
        ["First trucks cross Armenia-Turkey border at Margara under new accord",
         "Lorries roll through Margara-Alican as Armenia and Turkey open land border",
         "Border villages celebrate as Margara crossing opens to traffic"],
    ],
    "leads": [
        ["Armenia and Turkey agreed on Friday to establish full diplomatic relations and to open the Margara-Alican border crossing, in a protocol signed by their special envoys in Vienna that ends more than three decades without formal ties.",
         "The special envoys of Armenia and Turkey signed a protocol in Vienna on Friday under which the two countries will establish diplomatic relations and open their shared land border at Margara-Alican to people and goods, the Austrian foreign ministry said.",
         "Turkey and Armenia, whose land border has been closed since 1993, agreed in Vienna on Friday to exchange ambassadors and open the crossing between Margara and Alican, officials on both sides said."],
        ["Armenia's prime minister called Friday's agreement with Turkey 'a historic day for our region' and said the Margara crossing would open to cargo within days, as Ankara confirmed it would name an ambassador to Yerevan early next year.",
         "Turkey's foreign ministry said on Friday that diplomatic relations with Armenia would be established 'with immediate effect' under the protocol signed in Vienna, and that customs staff were being sent to the Alican crossing.",
         "The accord signed in Vienna on Friday commits Armenia and Turkey to open embassies, restore direct trade across their land border and set up a joint commission on transport, the text released by both governments showed."],
        ["The first lorries crossed the border between Armenia and Turkey at Margara-Alican on Saturday, a day after the two countries agreed in Vienna to establish diplomatic relations and open the crossing.",
         "A convoy of twelve trucks loaded with building materials and fruit crossed from Turkey into Armenia on Saturday morning at Margara, the first commercial traffic through the crossing since the border was closed in 1993.",
         "Villagers waved flags and border guards from both sides shook hands as trucks rolled through the Margara-Alican crossing on Saturday under the accord signed in Vienna."],
    ],
    "details": [
        ["The protocol was signed by Turkey's special envoy, Ambassador Levent Aktaş, and Armenia's envoy, Deputy Speaker Davit Harutyunyan, at the Austrian foreign ministry.",
         "Under the text, the crossing will first open to third-country nationals, diplomats and cargo, and to all travellers within six months.",
         "The two sides also agreed to set up a joint commission to study the reopening of the Kars-Gyumri railway.",
         "Austria's foreign minister, who hosted the ceremony, said Vienna was 'proud to have offered a neutral table'."],
        ["Armenia's parliament is expected to debate the protocol in January; in Turkey, the foreign ministry said it did not require ratification to take effect.",
         "Aktaş said the crossing would help 'bring the peoples of the region together through trade, not politics'.",
         "Officials said a temporary customs post had been set up at Alican, on the Turkish side, while Armenia had modernised the Margara post in 2023.",
         "Azerbaijan's foreign ministry said it had been informed in advance and 'took note' of the agreement."],
        ["Drivers said the passage through customs took about two hours.",
         "Turkish officials said up to 200 trucks a day could eventually use the crossing.",
         "In Kars, the chamber of commerce said local firms hoped to sell cement, textiles and food to Armenia directly instead of via Georgia.",
         "In Yerevan, some opposition groups protested outside the government building, saying the deal ignored the question of the 1915 genocide."],
    ],
    "quotes": [
        "\"Today we open a door that was closed for thirty years,\" Harutyunyan said after the signing. \"It will not solve everything, but it is the right door.\"",
        "\"This is a good day for Türkiye, for Armenia and for the South Caucasus as a whole,\" Aktaş told reporters in Vienna.",
        "\"My grandfather told me about trains to Kars. Maybe my son will take one,\" said Gevorg, a farmer in Margara.",
        "\"We have waited since 2009 for this. This time it must not stop halfway,\" said an Armenian businessman at the crossing.",
        "\"Trade will go where the road is shortest, and now the road is short,\" said the head of the Iğdır chamber of commerce.",
    ],
    "third": [
        "The European Union welcomed the agreement as 'an important step for stability and connectivity in the South Caucasus'.",
        "The U.S. secretary of state called it 'a courageous decision by both governments' and pledged support for border infrastructure.",
        "Russia's foreign ministry said it welcomed 'any steps towards normalisation' and noted its role as a mediator in the past.",
        "France, home to a large Armenian diaspora, said the accord was 'a hope for the whole region'.",
        "Georgia's prime minister said Tbilisi supported the agreement and did not fear losing transit traffic.",
    ],
    "background": [
        "Turkey closed the border in 1993 in solidarity with Azerbaijan during the first war over Nagorno-Karabakh.",
        "A previous attempt at normalisation, the Zurich protocols of 2009, collapsed before either parliament ratified them.",
        "The two countries appointed special envoys in late 2021 and their talks were held in Moscow, Vienna and at the border.",
        "The Margara crossing was briefly opened in February 2023 to let Armenian aid through to Turkish regions hit by the earthquake.",
        "Relations remain overshadowed by the 1915 mass killings of Armenians in the Ottoman Empire, which Armenia and many historians call genocide and which Turkey denies.",
    ],
    "live": [
        ["Envoys of Armenia and Turkey arrive at the Austrian foreign ministry in Vienna.",
         "The protocol has been signed; the two envoys shake hands before the cameras.",
         "Armenia's prime minister: 'a historic day for our region'."],
        ["Turkey says diplomatic relations take effect immediately.",
         "Customs staff are being sent to the Alican post, the Turkish trade ministry says.",
         "The EU and the United States welcome the accord."],
        ["A line of trucks is waiting on the Turkish side at Alican this morning.",
         "The first truck has crossed into Armenia at Margara to applause from villagers.",
         "Twelve trucks have now crossed, officials say; more are expected this afternoon."],
    ],
    "press": {
        "issuer": "Federal Ministry for European and International Affairs of Austria",
        "titles": ["Joint statement on the signing of the Protocol on the Establishment of Diplomatic Relations between the Republic of Armenia and the Republic of Türkiye"],
        "paras": ["On 18 December 2026, in Vienna, the Special Representatives of the Republic of Armenia and the Republic of Türkiye signed the Protocol on the Establishment of Diplomatic Relations and the Opening of the Common Border.",
                  "The Parties agreed to establish diplomatic relations at the level of embassies and to open the Margara-Alican border crossing for the passage of goods, third-country nationals and holders of diplomatic passports, to be followed by full opening.",
                  "The Parties further agreed to establish a Joint Commission on Transport and Communications, which will hold its first meeting in the first quarter of 2027.",
                  "The Federal Ministry expresses its appreciation to both delegations for their constructive spirit and reaffirms Austria's readiness to continue to support the process."],
    },
    "market": {
        "city": "ISTANBUL",
        "titles": ["Armenian dram firms, Turkish border-region stocks gain on normalisation accord"],
        "paras": ["Shares of Turkish cement and logistics firms with plants in eastern Anatolia rose on Friday after Turkey and Armenia agreed to establish diplomatic ties and open the Margara-Alican crossing.",
                  "Doğu Çimento, which has a plant near Kars, gained 7.8%, while trucking company Anadolu Transit added 5.1%. The broader Borsa Istanbul index was up 0.4%.",
                  "Armenia's dram firmed slightly against the dollar. Analysts said direct trade could reach several hundred million dollars a year within a few years, from near zero via official routes today.",
                  "\"This is small for Turkey's economy but large for Kars, Iğdır and for Armenia,\" said an economist at an Istanbul bank."],
    },
    "analysis": {
        "titles": ["Armenia and Turkey finally open a door. Can it stay open?"],
        "paras": ["Seventeen years after the Zurich protocols died in two parliaments, Armenia and Turkey have done what many thought impossible: signed an agreement that takes effect without waiting for ratification in Ankara.",
                  "The difference this time is the context. With the Karabakh conflict over and a peace text between Armenia and Azerbaijan on the table, Ankara no longer needs to make normalisation conditional on Baku's consent.",
                  "The risk lies elsewhere. In Yerevan, a government under pressure from a nationalist opposition must explain why the question of 1915 is not mentioned. In Turkey, the accord remains hostage to the mood of the moment.",
                  "Still, trucks crossing at Margara are harder to reverse than signatures on paper. That is the best guarantee the deal has."],
    },
    "plan": [(6, "L'Écho de l'Ouest africain", "native:fr"), (60, "Eurasia Brief", "wire"),
             (120, "Northgate Wire", "wire"), (240, "PR Channel", "press"),
             (400, "Кавказский обозреватель", "native:ru"), (700, "Crescent News Agency", "wire"),
             (430, "Capital Markets Journal", "market"), (1560, "LiveDesk", "live"),
             (1700, "Eurasia Brief", "wire"), (2300, "Policy Ledger", "analysis"),
             (3000, "Brief Wire Service", "brief")],
    "native": {
        "fr": ("L'Arménie et la Turquie vont établir des relations diplomatiques", "Vienne", [
            "L'Arménie et la Turquie ont signé vendredi à Vienne un protocole qui prévoit l'établissement de relations diplomatiques et l'ouverture du poste-frontière de Margara-Alican, fermé depuis 1993, ont annoncé les deux gouvernements.",
            "Le texte a été paraphé au ministère autrichien des Affaires étrangères par les deux émissaires spéciaux, l'ambassadeur turc Levent Aktaş et le vice-président du Parlement arménien Davit Harutyunyan. « Nous ouvrons aujourd'hui une porte fermée depuis trente ans », a déclaré ce dernier.",
            "La frontière sera d'abord ouverte aux marchandises, aux diplomates et aux ressortissants de pays tiers, puis à tous les voyageurs dans un délai de six mois. Une commission mixte doit par ailleurs étudier la remise en service de la voie ferrée Kars-Gyumri.",
            "Une première tentative de normalisation, les protocoles de Zurich de 2009, avait échoué faute de ratification. Les relations restent assombries par le souvenir des massacres de 1915, qu'Erevan qualifie de génocide, ce que conteste Ankara.",
        ]),
        "ru": ("Армения и Турция договорились об установлении дипотношений", "Ереван", [
            "Спецпредставители Армении и Турции подписали в Вене протокол об установлении дипломатических отношений и открытии пункта пропуска Маргара – Аликан на армяно-турецкой границе, закрытой с 1993 года.",
            "Премьер-министр Армении назвал пятницу «историческим днём для региона». Согласно документу, граница сначала откроется для грузов, дипломатов и граждан третьих стран, а в течение полугода – для всех путешественников.",
            "В Баку заявили, что были заранее проинформированы о договорённости и «принимают её к сведению». МИД России приветствовал «любые шаги к нормализации», напомнив о роли Москвы в предыдущих раундах переговоров.",
            "Армянская оппозиция провела акцию у здания правительства, обвинив власти в уступках по вопросу признания геноцида 1915 года.",
        ]),
    },
}

EP["KOR-PRK"] = {
    "cities": [["SEOUL", "YEONPYEONG ISLAND", "INCHEON"], ["SEOUL", "YEONPYEONG ISLAND"], ["SEOUL", "YEONPYEONG ISLAND", "TOKYO"]],
    "titles": [
        ["North Korean shells land near Yeonpyeong; South Korea returns fire",
         "North Korea fires artillery near sea border, South scrambles jets",
         "Yeonpyeong residents flee to shelters as North Korean artillery fire hits sea near island"],
        ["Pyongyang threatens 'merciless' strikes after exchange of fire near Yeonpyeong",
         "Seoul suspends 2018 military accord after North Korean shelling",
         "South Korea says it fired back at North Korean gun positions, jets on patrol"],
        ["Two Koreas on edge a day after artillery duel near western sea border",
         "Yeonpyeong islanders spend second night in shelters as tensions simmer",
         "Seoul keeps forces on high alert after suspending military accord with North"],
    ],
    "leads": [
        ["North Korea fired dozens of artillery shells near the disputed western sea border on Saturday, some of them landing in waters close to South Korea's Yeonpyeong island, and South Korean marines returned fire, the Joint Chiefs of Staff said.",
         "South Korea scrambled fighter jets and its marines fired back on Saturday after North Korean coastal guns sent shells into waters near Yeonpyeong island, forcing residents into shelters, military officials said.",
         "Artillery fire from North Korean coastal positions hit the sea south of the Northern Limit Line near Yeonpyeong island shortly before noon on Saturday, prompting the South to fire back with K9 howitzers and scramble F-15K jets."],
        ["North Korea's military threatened on Saturday to launch 'merciless' strikes on South Korean territory if 'a single shell' landed on its side again, hours after an exchange of artillery fire near Yeonpyeong island.",
         "South Korea said on Saturday it was suspending the 2018 inter-Korean military agreement after North Korean shelling near Yeonpyeong, ending a buffer-zone arrangement the government in Seoul had sought to restore earlier this year.",
         "South Korea's Joint Chiefs of Staff said marines on Yeonpyeong fired about twice as many rounds as the North at the gun positions that opened fire, and that fighter jets remained on patrol over the Yellow Sea."],
        ["South Korea kept its forces on high alert on Sunday, a day after an exchange of artillery fire with North Korea near Yeonpyeong island, as Pyongyang's state media repeated threats of 'merciless' retaliation.",
         "Hundreds of residents of Yeonpyeong spent a second night in shelters on Sunday after North Korean shells fell into the sea near the island and the South fired back, officials said.",
         "Seoul's decision to suspend the 2018 military accord took effect on Sunday, freeing the military to resume drills near the border, while North Korean state media accused the South of 'provoking a war'."],
    ],
    "details": [
        ["The JCS said the North fired about 60 rounds from coastal positions at Kaemori and Jangsan Cape between 11:20 and 11:50 local time.",
         "No casualties were reported on the island, but a fishing boat returning to port was ordered to take shelter, the coast guard said.",
         "Ferry services between Incheon and Yeonpyeong were suspended, the ferry operator said.",
         "About 2,000 residents were told over loudspeakers to go to the island's shelters."],
        ["The statement by the General Staff of the Korean People's Army, carried by KCNA, accused the South of 'reckless firing drills' near the border.",
         "Defence Minister Cho Hyun-woo said the military would respond 'swiftly and sternly' to any further provocation.",
         "The National Security Council met in emergency session at the presidential office and recommended suspending the accord.",
         "The unification ministry said it had tried to contact the North through the liaison line but received no answer."],
        ["The military said it had detected no further firing overnight but had reinforced surveillance of the North's coastal positions.",
         "Fishermen on Yeonpyeong said they had been told not to put to sea during the peak of the crab season.",
         "South Korea's president visited a marine unit on the island and told troops to 'respond first, report later' if attacked.",
         "The UN Command said it was investigating whether the firing violated the 1953 armistice."],
    ],
    "quotes": [
        "\"Our forces responded immediately and proportionately. The responsibility lies entirely with the North,\" JCS spokesman Col. Kang Min-seok said.",
        "\"If a single shell of the puppets falls on our sacred territory, we will answer with merciless strikes,\" the KPA General Staff said in a statement carried by KCNA.",
        "\"I heard the booms and the windows shook. I thought about 2010 straight away,\" said Park Soon-ja, 67, a resident of Yeonpyeong speaking from a shelter.",
        "\"The government will not hesitate to take every measure needed to protect our people,\" said presidential spokeswoman Yoon Ji-hye.",
        "\"This is a deliberate test of the new government in Seoul,\" said a retired South Korean admiral.",
    ],
    "third": [
        "The United States condemned the North's 'provocative' fire and said its commitment to the defence of South Korea was 'ironclad'.",
        "China's foreign ministry urged 'all parties to exercise calm and restraint' and to avoid steps that could raise tensions on the peninsula.",
        "Japan's chief cabinet secretary said Tokyo was sharing information closely with Seoul and Washington.",
        "The UN secretary-general's spokesman said he was 'deeply concerned' and called for the reopening of military communication lines.",
        "Russia said it was following the situation and blamed joint U.S.-South Korean exercises for raising tensions.",
    ],
    "background": [
        "In November 2010 North Korean shelling of Yeonpyeong killed four people, two marines and two civilians, the first attack on South Korean civilians since the Korean War.",
        "The Northern Limit Line was drawn by the U.N. Command at the end of the 1950-53 Korean War and has never been recognised by Pyongyang; naval clashes near it occurred in 1999, 2002 and 2009.",
        "The 2018 military agreement created buffer zones on land, at sea and in the air; it was partly scrapped by both sides in 2023 and 2024 before Seoul's current government moved to restore it.",
        "The two Koreas remain technically at war because the Korean War ended in an armistice, not a peace treaty.",
        "In January 2024 the North fired about 200 shells near Yeonpyeong, prompting evacuations but no exchange of fire.",
    ],
    "live": [
        ["JCS: North Korea fired artillery from coastal positions near the western sea border.",
         "Shells have landed in the sea near Yeonpyeong island, the military says. Residents ordered into shelters.",
         "South Korean marines have returned fire with K9 howitzers, local media report, citing the JCS.",
         "Fighter jets have been scrambled, the air force confirms.",
         "Ferries between Incheon and Yeonpyeong suspended."],
        ["KCNA carries a statement threatening 'merciless strikes'.",
         "The NSC is meeting at the presidential office.",
         "Seoul announces suspension of the 2018 military accord.",
         "Washington condemns the North's fire; Beijing urges restraint."],
        ["No further firing overnight, the JCS says.",
         "Residents remain in shelters on Yeonpyeong."],
    ],
    "tabloid": {
        "titles": ["KIM'S GUNS BLAZE: North Korea shells island as South fires back",
                   "SHELL SHOCK! Korean islanders flee as artillery duel erupts"],
        "lines": ["Terrified islanders dived into bunkers yesterday as North Korean artillery rained shells into the sea near their homes.",
                  "South Korea hit back within minutes, pounding the North's gun positions and scrambling fighter jets.",
                  "Kim Jong Un's generals then threatened 'merciless' strikes — the kind of language that sent a shiver through the region.",
                  "It is the same island where four people died when the North opened fire in 2010."],
    },
    "market": {
        "city": "SEOUL",
        "titles": ["Won weakens, KOSPI slips as markets digest weekend artillery clash"],
        "paras": ["South Korea's won fell 0.9% against the dollar on Monday and the KOSPI index dropped 1.3% in early trade, the first session since North and South Korea exchanged artillery fire near Yeonpyeong island on Saturday.",
                  "Defence stocks rallied, with howitzer maker Hanbit Defence up 8.4% and missile-systems firm Daesan Aerospace up 6.1%, while airlines and tourism shares fell.",
                  "\"North Korean provocations usually have a short shelf life for markets, but the suspension of the military accord adds a layer of uncertainty,\" said a strategist at a Seoul brokerage.",
                  "Credit default swaps on South Korean government debt widened by 3 basis points. The finance ministry said it stood ready to act against 'excessive herd behaviour'."],
    },
    "analysis": {
        "titles": ["The Yeonpyeong duel shows how fast the Korean buffer can vanish"],
        "paras": ["For six months, Seoul has tried to rebuild the scaffolding of the 2018 military agreement. On Saturday, in less than an hour of firing, that effort collapsed.",
                  "North Korea's choice of target is not random. Yeonpyeong is where the North killed four people in 2010; firing near it carries a message that no other piece of sea does.",
                  "The South's response followed doctrine: fire back at the source, double the volume, put jets in the air. It avoided casualties and kept the exchange short, but it also commits Seoul to a tit-for-tat logic.",
                  "Suspending the accord gives the military freedom to drill near the border again. It also removes one of the few tools that reduced the chance of accidents at sea."],
    },
    "plan": [(5, "亚洲时讯", "native:zh1"), (40, "Asia Current", "wire"), (75, "LiveDesk", "live"),
             (130, "Northgate Wire", "wire"), (1290, "The Daily Record", "tabloid"),
             (800, "Brief Wire Service", "brief"), (1300, "亚洲时讯", "native:zh2"),
             (1700, "Asia Current", "wire"), (2200, "Policy Ledger", "analysis"),
             (2730, "Capital Markets Journal", "market"), (3400, "Northgate Wire", "wire")],
    "native": {
        "zh1": ("朝鲜炮弹落入延坪岛附近海域 韩军开炮还击", "首尔", [
            "韩国联合参谋本部19日称，朝鲜当天上午从西部海上边界附近的海岸炮阵地发射数十枚炮弹，部分炮弹落在延坪岛附近海域。韩国海军陆战队随即使用K9自行火炮进行还击，空军紧急出动F-15K战机。",
            "据韩方通报，朝军炮击持续约半小时，落点位于“北方限界线”以南海域。延坪岛居民约两千人已按广播指示进入防空洞避难，仁川至延坪岛的客轮停航。目前尚无人员伤亡报告。",
            "韩国联参发言人姜敏锡表示，韩军“立即作出了相应回应”，事态责任“完全在于北方”。",
            "2010年11月，朝鲜炮击延坪岛，造成两名海军陆战队员和两名平民死亡，这是朝鲜战争以来首次针对韩国平民的攻击。",
        ]),
        "zh2": ("韩国宣布暂停执行“9·19军事协议” 朝方威胁“无情打击”", "首尔", [
            "韩国政府19日晚宣布，暂停执行2018年签署的北南军事领域协议。此前，朝韩双方在延坪岛附近海域发生炮击交火。韩国国家安全保障会议当天召开紧急会议，建议暂停协议效力。",
            "朝中社当天播发朝鲜人民军总参谋部声明称，如果再有“一发炮弹”落在朝方领土上，朝军将予以“无情打击”。声明指责韩方在边境地区进行“鲁莽的射击演习”。",
            "中国外交部发言人表示，希望有关各方保持冷静克制，避免采取可能加剧半岛紧张局势的行动。美国国务院则谴责朝方的“挑衅行为”。",
            "分析人士指出，该协议曾在2023年和2024年被双方部分废止，韩国现政府今年以来一直寻求恢复协议，此次暂停意味着相关努力受挫。",
        ]),
    },
}

EP["EST-RUS"] = {
    "cities": [["TALLINN", "NARVA"], ["TALLINN", "MOSCOW", "NARVA"], ["TALLINN", "MOSCOW", "NARVA", "BRUSSELS"]],
    "titles": [
        ["Russian helicopter violates Estonian airspace near Narva",
         "Estonia says Russian border guards detained one of its officers on Narva river",
         "Estonian officer seized by Russian border guards after helicopter incursion"],
        ["Estonia summons Russian ambassador, expels two diplomats over border incident",
         "Tallinn expels Russian diplomats after officer detained at Narva",
         "Moscow vows response as Estonia expels diplomats over detained officer"],
        ["Russia halts rail freight to Estonia at Narva as border row deepens",
         "Estonian officer still held in Russia as Moscow cuts rail link",
         "NATO allies back Tallinn as Russia threatens 'response' over expulsions"],
    ],
    "leads": [
        ["A Russian Mi-8 helicopter entered Estonian airspace near Narva for about four minutes on Sunday afternoon, and shortly afterwards Russian border guards detained an Estonian border officer on the Narva river, Estonia's Police and Border Guard Board said.",
         "Russian border guards detained an Estonian officer on Sunday during what Tallinn described as a routine patrol on the Narva river, minutes after a Russian helicopter violated Estonian airspace over the area, Estonian officials said.",
         "Estonia said on Sunday that a Russian military helicopter crossed into its airspace near the border city of Narva and that one of its border guards had been taken to Russia by FSB border troops."],
        ["Estonia summoned Russia's ambassador on Sunday evening and ordered two Russian diplomats to leave the country within 48 hours after Russian border guards detained an Estonian officer near Narva.",
         "Tallinn declared two Russian embassy staff persona non grata late on Sunday, saying the detention of a border officer on the Narva river and an airspace violation by a Russian helicopter were 'a deliberate and coordinated provocation'.",
         "Russia's foreign ministry said on Monday that Moscow would respond to Estonia's expulsion of two diplomats 'in a way Tallinn will feel', and insisted the detained Estonian officer had been arrested on Russian territory."],
        ["Russia halted freight trains across the Narva-Ivangorod rail bridge on Monday, Estonian Railways said, a day after Tallinn expelled two Russian diplomats over the detention of an Estonian border officer.",
         "The Estonian border officer seized by Russian border guards on Sunday was still being held in Pskov on Tuesday, Estonian officials said, as Moscow cut rail traffic across the border and threatened further retaliation.",
         "Estonia's allies in NATO closed ranks behind Tallinn on Tuesday after Russia cut rail traffic at Narva and threatened a response to the expulsion of two of its diplomats."],
    ],
    "details": [
        ["The helicopter crossed the border at about 15:05 local time and flew some two kilometres inside Estonian territory before turning back, the Estonian Defence Forces said.",
         "The officer, a 41-year-old senior inspector, was on a boat patrol checking border markers on the river when he was approached by a Russian boat, his agency said.",
         "Estonia's Police and Border Guard Board said it had lost radio contact with the officer at 15:22.",
         "NATO's Baltic air policing jets were not scrambled because the helicopter had already left, a defence spokesman said."],
        ["Foreign Minister Kristjan Lepp said the ambassador had been handed a protest note demanding the officer's 'immediate and unconditional release'.",
         "Russia's FSB said the officer had been detained on the Russian side of the river 'while carrying out intelligence tasks' and that a criminal case had been opened.",
         "Estonia's government held an emergency session and informed NATO allies under its consultation procedures.",
         "Estonian police said GPS data from the officer's boat showed it had been in Estonian waters."],
        ["Russian Railways said freight traffic over the bridge was suspended 'for technical reasons', a formula Estonian officials called transparent.",
         "About a dozen freight trains a week had still used the line, mainly carrying fertiliser and timber, according to Estonian Railways.",
         "The officer's wife appealed on Estonian television for his release.",
         "Finland and Latvia summoned Russian envoys in solidarity, their foreign ministries said."],
    ],
    "quotes": [
        "\"This was not an accident. A helicopter in our airspace and a man taken from our river within half an hour is a planned operation,\" Lepp told reporters.",
        "\"The Estonian side will receive a response. Provocations against Russia never go unanswered,\" Russian foreign ministry spokeswoman Yelena Voronova said.",
        "\"Our officer was doing his job on our side of the border. We want him home,\" said Egert Saar, head of the border guard's eastern prefecture.",
        "\"In Narva we are used to tension, but this feels different,\" said a café owner near the Hermann fortress.",
        "\"Estonia will not be intimidated,\" the prime minister said in a statement posted on social media.",
    ],
    "third": [
        "NATO's secretary-general said the alliance stood 'in full solidarity with Estonia' and called the detention 'unacceptable'.",
        "The European Commission said it would discuss the incident at the next meeting of EU foreign ministers.",
        "Finland's president said the incident showed 'the pattern of pressure' on countries bordering Russia.",
        "The U.S. State Department called for the officer's immediate release.",
        "Latvia and Lithuania said they were raising the alert level of their border guards.",
    ],
    "background": [
        "In 2014 an Estonian security officer was abducted by Russian agents near the Luhamaa border post, held for a year and then exchanged on a bridge.",
        "Russian border guards removed buoys marking the border on the Narva river in May 2024, a move Tallinn condemned as a provocation.",
        "Estonia, a NATO member since 2004, has a large Russian-speaking minority concentrated in Ida-Viru county around Narva.",
        "Relations have been strained since 2007, when the relocation of a Soviet war memorial in Tallinn led to riots and a wave of cyberattacks.",
        "Estonia has complained for two years of Russian GPS jamming affecting flights over the Baltic.",
    ],
    "live": [
        ["Estonian border guard says a Russian helicopter has crossed into Estonian airspace near Narva.",
         "Contact lost with a border officer on the Narva river, the agency says.",
         "The officer has been taken to Russia by FSB border troops, Tallinn confirms.",
         "Foreign minister Lepp: 'a deliberate provocation'."],
        ["Russia's ambassador summoned to the foreign ministry in Tallinn.",
         "Estonia expels two Russian diplomats, giving them 48 hours to leave.",
         "Moscow says it will respond."],
        ["Freight trains halted at the Narva-Ivangorod bridge."],
    ],
    "qa": {
        "title": "Transcript: Estonian foreign ministry briefing on Narva incident (excerpts)",
        "intro": "Excerpts from the briefing given by the spokesperson of the Estonian Ministry of Foreign Affairs, Tallinn, 21 December. Questions were asked in Estonian and English; translation by Eurasia Brief.",
        "qas": [("Can you confirm where exactly the officer was when he was detained?",
                 "All the data we have, including the position of his boat, shows that he was on the Estonian side of the river. The claim that he was on Russian territory is false."),
                ("Why expel diplomats now instead of waiting for the officer's release?",
                 "Because a helicopter entering our airspace and the seizure of an officer are not separate events. We have responded to both, in proportion, and we have informed our allies."),
                ("Moscow says it will respond. Are you prepared for retaliatory expulsions?",
                 "We are prepared for any steps. Our priority is the return of our colleague, and we demand his immediate release."),
                ("Has the consul been able to visit him?",
                 "Not yet. We have requested consular access through our embassy in Moscow and have had no answer so far.")],
    },
    "tabloid": {
        "titles": ["PUTIN'S CHOPPER INVADES NATO SKY — and snatches border guard",
                   "NATO NATION FURY: Russians grab officer on Estonia frontier"],
        "lines": ["A Russian military helicopter buzzed into NATO airspace on Sunday — and minutes later Kremlin border troops seized an Estonian officer.",
                  "The 41-year-old was patrolling the river that marks the frontier when he was grabbed and whisked into Russia.",
                  "Estonia booted out two Russian diplomats last night. Moscow snarled that it would hit back.",
                  "Narva, a mostly Russian-speaking city, sits right on the front line of the new cold war."],
    },
    "analysis": {
        "titles": ["The Narva incident is a textbook probe of NATO's eastern flank"],
        "paras": ["An airspace violation, a seized border officer, a criminal case in Pskov and a rail line cut 'for technical reasons': the Narva incident follows a script Moscow has used before.",
                  "The aim is not a military confrontation but a political one: to test whether allies respond as one and whether Tallinn can be pushed into a move that looks disproportionate.",
                  "Estonia's expulsion of two diplomats was measured. The harder question is how to get the officer back; the 2014 precedent suggests months of detention and, eventually, an exchange.",
                  "For residents of Narva, who watch Ivangorod's fortress across the river every day, the incident is a reminder that the border is also a front line."],
    },
    "plan": [(10, "Zeitspiegel Ost", "native:de1"), (45, "Eurasia Brief", "wire"), (100, "Northgate Wire", "wire"),
             (200, "LiveDesk", "live"), (480, "Brief Wire Service", "brief"),
             (1200, "Кавказский обозреватель", "native:ru"), (1400, "Eurasia Brief", "qa"),
             (1150, "The Daily Record", "tabloid"), (2600, "Policy Ledger", "analysis"),
             (3000, "Zeitspiegel Ost", "native:de2"), (3300, "Northgate Wire", "wire")],
    "native": {
        "de1": ("Russischer Hubschrauber verletzt estnischen Luftraum – Grenzbeamter festgenommen", "Tallinn", [
            "Ein russischer Militärhubschrauber vom Typ Mi-8 ist am Sonntagnachmittag nahe Narva in den estnischen Luftraum eingedrungen. Kurz darauf nahmen russische Grenzschützer einen estnischen Beamten auf dem Grenzfluss Narva fest, wie die estnische Polizei- und Grenzschutzbehörde mitteilte.",
            "Der 41-jährige Oberinspektor sei auf einer Routinestreife mit dem Boot unterwegs gewesen, um Grenzmarkierungen zu kontrollieren. Um 15.22 Uhr Ortszeit sei der Funkkontakt abgebrochen. Nach estnischen Angaben befand sich das Boot zu diesem Zeitpunkt eindeutig auf estnischer Seite.",
            "Außenminister Kristjan Lepp sprach von einer „geplanten Provokation“. Der Hubschrauber sei etwa zwei Kilometer tief in estnisches Gebiet geflogen und nach rund vier Minuten umgekehrt.",
            "Der Vorfall weckt Erinnerungen an 2014, als russische Agenten einen estnischen Sicherheitsbeamten nahe dem Grenzübergang Luhamaa entführt hatten. Er kam erst ein Jahr später bei einem Gefangenenaustausch frei.",
        ]),
        "de2": ("Russland stoppt Güterzüge nach Estland – Nato stellt sich hinter Tallinn", "Narva", [
            "Im Streit um einen festgenommenen estnischen Grenzbeamten hat Russland den Güterverkehr über die Eisenbahnbrücke zwischen Narva und Iwangorod eingestellt. Die russische Staatsbahn begründete das mit „technischen Gründen“, in Tallinn spricht man von einer durchsichtigen Vergeltung.",
            "Estland hatte am Sonntagabend den russischen Botschafter einbestellt und zwei Diplomaten ausgewiesen. Moskau kündigte daraufhin eine Antwort an, „die Tallinn spüren wird“. Der Beamte sitzt nach Angaben seiner Familie weiterhin in Pskow in Haft; der russische Geheimdienst FSB wirft ihm Spionage vor.",
            "Nato-Generalsekretär und EU-Kommission sicherten Estland ihre Solidarität zu. Finnland und Lettland bestellten ihrerseits russische Diplomaten ein. In Narva, wo die Mehrheit der Einwohner Russisch spricht, herrscht gedrückte Stimmung: „Man gewöhnt sich an vieles, aber nicht daran“, sagte eine Händlerin am Marktplatz.",
        ]),
        "ru": ("МИД России пообещал ответить Таллину на высылку дипломатов", "Москва", [
            "Москва ответит на высылку двух российских дипломатов из Эстонии, заявила официальный представитель МИД России Елена Воронова. «Провокации против России никогда не остаются без ответа», – сказала она.",
            "По данным ФСБ, задержанный в воскресенье эстонский пограничник находился на российской части реки Нарвы и «выполнял разведывательные задачи». В отношении него возбуждено уголовное дело. Таллин настаивает, что сотрудник был задержан на эстонской стороне.",
            "Власти Эстонии также обвинили Россию в нарушении воздушного пространства вертолётом Ми-8 в районе Нарвы. В Москве это заявление назвали «очередной выдумкой».",
            "Отношения двух стран остаются напряжёнными с 2007 года, когда перенос памятника Воину-освободителю в Таллине вызвал беспорядки.",
        ]),
    },
}

EP["SDN-SSD"] = {
    "cities": [["ADDIS ABABA", "KHARTOUM", "JUBA"], ["ADDIS ABABA", "JUBA", "PORT SUDAN"], ["ABYEI", "JUBA", "PORT SUDAN", "ADDIS ABABA"]],
    "titles": [
        ["Sudan and South Sudan agree to pull troops back from Abyei and Heglig",
         "Sudan, South Sudan sign deal in Addis Ababa on troop pullback, oil pipeline",
         "Khartoum and Juba agree to reopen oil pipeline, swap detainees in Ethiopia-hosted talks"],
        ["Sudan and South Sudan to exchange detainees, restart oil flows under Addis deal",
         "Juba hails 'new chapter' with Sudan as pipeline reopening agreed",
         "Ethiopia's prime minister brokers Sudan-South Sudan border accord"],
        ["Joint monitoring team deploys to Abyei under Sudan-South Sudan accord",
         "First detainees freed as Sudan and South Sudan begin implementing deal",
         "Monitors arrive on Sudan-South Sudan border as troops start pulling back"],
    ],
    "leads": [
        ["Sudan and South Sudan agreed on Monday to withdraw their forces from the disputed Abyei area and the Heglig oil region, reopen the pipeline carrying South Sudanese crude to Port Sudan and exchange detainees, in talks hosted by Ethiopia's prime minister in Addis Ababa.",
         "The leaders of Sudan and South Sudan signed an agreement in Addis Ababa on Monday committing both sides to pull troops back from Abyei and Heglig and to restart oil exports through Sudan, Ethiopian officials said.",
         "Sudan and South Sudan reached a deal on Monday to demilitarise their contested border around Abyei and Heglig and to resume the flow of oil through the pipeline to the Red Sea, after two days of talks in the Ethiopian capital."],
        ["South Sudan's government said on Monday that oil would flow again through the pipeline to Port Sudan within weeks and that detainees held by both sides would be exchanged, after an agreement with Sudan brokered by Ethiopia.",
         "Under the accord signed in Addis Ababa on Monday, Sudanese and South Sudanese forces will move back 10 kilometres on each side of the line around Abyei and Heglig, and a joint team will monitor the withdrawal.",
         "Sudan's delegation said on Monday the agreement with Juba would 'close a painful file' and free resources for the war-hit economy, as details of the Addis Ababa accord were released."],
        ["A joint Sudanese and South Sudanese monitoring team flew into Abyei on Tuesday, a day after the two countries agreed in Addis Ababa to pull back their forces from the disputed border area.",
         "The first group of detainees crossed between Sudan and South Sudan on Tuesday as both sides began implementing the accord reached in Addis Ababa, the International Committee of the Red Cross said.",
         "Sudanese and South Sudanese troops began pulling back from positions near Heglig on Tuesday, the newly deployed monitoring team said, in the first visible sign that Monday's agreement was taking effect."],
    ],
    "details": [
        ["The agreement was signed by Lt. Gen. Osman Abdelrahim for Sudan and presidential adviser Deng Akol Mayen for South Sudan, with Ethiopia's prime minister as witness.",
         "The text provides for a joint monitoring team supported by U.N. peacekeepers to verify the withdrawal.",
         "Both sides will release all detainees held in connection with the border conflict within 30 days.",
         "The pipeline, which runs some 1,500 km to Port Sudan, has been shut for much of the past two years."],
        ["South Sudan depends on oil for more than 90% of government revenue, and its economy has been squeezed by the pipeline shutdown.",
         "Sudan earns transit fees on every barrel of South Sudanese crude pumped through its territory.",
         "The accord also commits both sides to resume talks on the final status of Abyei within six months.",
         "The African Union's commission chairperson called the deal 'a model of African solutions to African problems'."],
        ["The ICRC said 48 detainees were exchanged in the first group, at the Joda crossing.",
         "The monitoring team includes 24 officers from each side and is backed by the U.N. interim force in Abyei, UNISFA.",
         "Traders at the Joda border crossing said they hoped trade in sorghum, fuel and livestock would pick up.",
         "Engineers began inspecting pumping stations along the pipeline, oil ministry officials in Juba said."],
    ],
    "quotes": [
        "\"Today we have chosen to be neighbours and not enemies,\" Deng Akol Mayen said after the signing.",
        "\"Our two peoples were one country, and they remain one family,\" Sudan's negotiator Osman Abdelrahim said.",
        "\"Ethiopia will stand with both brothers until every clause is implemented,\" Ethiopia's prime minister told reporters.",
        "\"For the first time in years I can think of taking my cattle south without fear,\" said Ajak, a herder interviewed by phone in Abyei.",
        "\"The real test is on the ground, in Abyei and around Heglig, not in hotel rooms in Addis,\" said a Western diplomat in Juba.",
    ],
    "third": [
        "The United Nations secretary-general welcomed the agreement and called on both parties to implement it 'in good faith and without delay'.",
        "The African Union said it would support the monitoring mechanism.",
        "The United States, Britain and Norway, the so-called troika, said the deal offered 'a real chance for peace along the border'.",
        "China, a major investor in South Sudan's oil sector, welcomed the reopening of the pipeline.",
        "Egypt and Kenya issued statements praising Ethiopia's mediation.",
    ],
    "background": [
        "South Sudan became independent from Sudan in 2011 after decades of civil war, but the two never agreed on the border or on the status of Abyei.",
        "In April 2012 the two countries fought a brief border war when South Sudanese troops seized the Heglig oilfield, which Juba calls Panthou.",
        "South Sudan shut down its oil production in 2012 in a dispute over transit fees, causing heavy losses to both economies.",
        "The war that broke out in Sudan in April 2023 damaged the pipeline and drove hundreds of thousands of refugees into South Sudan.",
        "U.N. peacekeepers have been deployed in Abyei since 2011, where clashes between communities claiming the area have killed dozens in recent years.",
    ],
    "press": {
        "issuer": "Office of the Prime Minister of the Federal Democratic Republic of Ethiopia",
        "titles": ["Joint Communiqué on the Addis Ababa talks between the Republic of the Sudan and the Republic of South Sudan"],
        "paras": ["At the invitation of the Prime Minister of the Federal Democratic Republic of Ethiopia, delegations of the Republic of the Sudan and the Republic of South Sudan met in Addis Ababa on 20 and 21 December 2026.",
                  "The Parties agreed to redeploy their forces outside the Abyei Area and the Heglig/Panthou area to a distance of 10 kilometres from the line of control, under the verification of a Joint Monitoring Team.",
                  "The Parties agreed to resume the transportation of crude oil through the pipeline system to Port Sudan and instructed their ministries of petroleum to finalise technical arrangements within 30 days.",
                  "The Parties further agreed to release and exchange all persons detained in connection with the border situation, with the assistance of the International Committee of the Red Cross.",
                  "The Parties expressed their gratitude to the Government and people of Ethiopia for their hospitality and facilitation."],
    },
    "market": {
        "city": "LONDON",
        "titles": ["Dar Blend traders eye return of South Sudan crude after pipeline deal"],
        "paras": ["Oil traders said on Tuesday that South Sudan's Dar Blend crude could return to the market in the first quarter after Sudan and South Sudan agreed to reopen the export pipeline to Port Sudan.",
                  "Brent crude was little changed at around $71 a barrel, as the volumes involved, at most 150,000 barrels per day, are small for the global market.",
                  "\"For Asian refiners that like Dar Blend, it is welcome news, but nobody will book cargoes until oil actually reaches Port Sudan,\" said a broker in Singapore.",
                  "South Sudanese Eurobond-like loans backed by oil revenue rallied in thin over-the-counter trading, according to two dealers."],
    },
    "analysis": {
        "titles": ["The Addis accord gives Sudan and South Sudan a rare shared interest: oil"],
        "paras": ["Agreements between Khartoum and Juba have a poor record. The 2012 cooperation agreement, signed with great ceremony in the same city, was implemented in fits and starts.",
                  "What may make this one different is money. Both governments are broke; both need the pipeline to work. A war-torn Sudan needs transit fees, and Juba needs the exports that pay its soldiers.",
                  "The withdrawal from Abyei and Heglig is the hardest part. Militias loyal to neither capital roam the area, and a monitoring team of a few dozen officers cannot police it alone.",
                  "Ethiopia's mediation is also a statement of regional ambition. Success would bolster Addis Ababa's claim to be the Horn's indispensable broker."],
    },
    "plan": [(15, "المشرق اليوم", "native:ar1"), (60, "The Sahel Monitor", "wire"), (110, "Northgate Wire", "wire"),
             (300, "PR Channel", "press"), (600, "L'Écho de l'Ouest africain", "native:fr"),
             (900, "Crescent News Agency", "wire"), (1300, "Brief Wire Service", "brief"),
             (1700, "Capital Markets Journal", "market"), (2300, "The Sahel Monitor", "wire"),
             (2900, "المشرق اليوم", "native:ar2"), (3400, "Policy Ledger", "analysis")],
    "native": {
        "ar1": ("السودان وجنوب السودان يتفقان على سحب القوات من أبيي وهجليج", "أديس أبابا", [
            "اتفق السودان وجنوب السودان، اليوم الاثنين، على سحب قواتهما من منطقة أبيي المتنازع عليها ومن منطقة هجليج النفطية، وإعادة تشغيل خط الأنابيب الذي ينقل نفط الجنوب إلى ميناء بورتسودان، وتبادل المحتجزين، وذلك في ختام محادثات استضافها رئيس الوزراء الإثيوبي في أديس أبابا.",
            "ووقّع الاتفاق عن الجانب السوداني الفريق عثمان عبد الرحيم، وعن جنوب السودان مستشار الرئيس دينق أكول ماين، بحضور رئيس الوزراء الإثيوبي. وينص الاتفاق على إعادة انتشار قوات البلدين على مسافة عشرة كيلومترات من خط التماس، تحت رقابة فريق مراقبة مشترك.",
            "وقال الفريق عبد الرحيم عقب التوقيع إن «الشعبين كانا بلداً واحداً وسيظلان أسرة واحدة»، فيما وصف المسؤول الجنوبي الاتفاق بأنه «فصل جديد».",
            "يُذكر أن البلدين خاضا في أبريل/نيسان 2012 حرباً حدودية قصيرة بعد سيطرة قوات جنوب السودان على حقل هجليج، ولم يُحسم حتى الآن الوضع النهائي لمنطقة أبيي.",
        ]),
        "ar2": ("وصول فريق المراقبة المشترك إلى أبيي وبدء تبادل المحتجزين", "جوبا", [
            "وصل فريق المراقبة المشترك بين السودان وجنوب السودان إلى بلدة أبيي، في أول خطوة عملية لتنفيذ اتفاق أديس أبابا، بينما أعلنت اللجنة الدولية للصليب الأحمر إتمام تبادل الدفعة الأولى من المحتجزين عبر معبر جودة.",
            "وأفاد مصدر في الفريق بأن وحدات من الجانبين بدأت الانسحاب من مواقع قرب هجليج، وأن المراقبين سيزورون نقاط التماس خلال الأيام المقبلة بدعم من قوة الأمم المتحدة المؤقتة في أبيي (يونيسفا).",
            "وفي جوبا، قال مسؤولون في وزارة النفط إن مهندسين بدأوا تفقد محطات الضخ على طول الخط، معربين عن أملهم في استئناف التصدير خلال أسابيع. ويعتمد جنوب السودان على النفط في أكثر من تسعين في المئة من إيراداته.",
            "ورحّب الاتحاد الأفريقي والأمم المتحدة بالاتفاق، ودعوا الطرفين إلى تنفيذه «بحسن نية ودون إبطاء».",
        ]),
        "fr": ("Le Soudan et le Soudan du Sud s'accordent sur un retrait de leurs troupes", "Addis-Abeba", [
            "Le Soudan et le Soudan du Sud se sont engagés lundi à retirer leurs forces de la zone contestée d'Abyei et de la région pétrolière de Heglig, à rouvrir l'oléoduc vers Port-Soudan et à échanger leurs détenus, au terme de pourparlers accueillis par le Premier ministre éthiopien.",
            "L'accord prévoit un retrait de dix kilomètres de part et d'autre de la ligne de contact, sous le contrôle d'une équipe de surveillance conjointe appuyée par les Casques bleus de la FISNUA. Les détenus liés au conflit frontalier devront être libérés dans un délai de trente jours.",
            "À Djouba, le gouvernement espère une reprise rapide des exportations de brut, dont dépend l'essentiel de ses recettes. « C'est un nouveau chapitre », a déclaré le négociateur sud-soudanais Deng Akol Mayen.",
            "Les deux pays s'étaient brièvement affrontés en 2012 autour de Heglig, un an après l'indépendance du Soudan du Sud. Plusieurs accords signés depuis sont restés lettre morte.",
        ]),
    },
}

EP["AZE-IRN"] = {
    "cities": [["BAKU", "TEHRAN", "JOLFA"], ["BAKU", "TEHRAN", "ASTARA"], ["BAKU", "TEHRAN", "ASTARA", "NAKHCHIVAN"]],
    "titles": [
        ["Iran launches large-scale drills on Aras river, practises bridge crossing near Azerbaijan border",
         "Iranian troops lay pontoon bridges on the Aras in drills Baku calls a threat",
         "Azerbaijan says Iranian war games on its border are 'a direct threat'"],
        ["Azerbaijan closes airspace to Iranian flights, arrests alleged Iranian agents",
         "Baku shuts skies to Iranian aircraft as Aras drills continue",
         "Tehran warns Baku 'not to play with fire' after arrests of alleged spies"],
        ["Iran closes Astara crossing as row with Azerbaijan escalates",
         "Trucks stranded at Astara after Iran shuts border with Azerbaijan",
         "Azerbaijan-Iran tensions rise as both sides trade warnings over Aras drills"],
    ],
    "leads": [
        ["Iran's army and Revolutionary Guards began large-scale military drills along the Aras river on the border with Azerbaijan on Tuesday, including an exercise in which armoured units crossed the river on pontoon bridges, Iranian state media reported.",
         "Azerbaijan's defence ministry said on Tuesday that Iranian war games on the Aras, involving tanks, artillery and a river-crossing exercise near Jolfa, were 'a direct threat to the security of Azerbaijan' and that its own forces had been put on alert.",
         "Iranian ground forces practised laying pontoon bridges and moving tanks across a channel of the Aras on Tuesday, in the biggest drills near the Azerbaijani border in five years, state television footage showed."],
        ["Azerbaijan closed its airspace to all Iranian aircraft on Wednesday and its security service said it had arrested seven people accused of spying for Iranian intelligence, a day after Iran began large military drills on the border.",
         "Iran warned Azerbaijan on Wednesday 'not to play with fire', after Baku banned Iranian flights from its airspace and detained alleged Iranian agents in response to Iranian war games on the Aras river.",
         "Azerbaijan's State Security Service said on Wednesday it had broken up a network working for Iran's intelligence ministry that was planning sabotage, hours after Baku shut its skies to Iranian planes."],
        ["Iran closed the Astara border crossing with Azerbaijan on Thursday, leaving hundreds of trucks stranded on both sides, as a dispute over Iranian military drills on the Aras river deepened.",
         "Tehran shut the main road crossing at Astara on Thursday and summoned Azerbaijan's ambassador for the second time in two days, in retaliation for Baku's airspace ban and the arrest of alleged Iranian agents.",
         "The row between Azerbaijan and Iran escalated on Thursday when Iran closed the Astara crossing, cutting the main land route on the North-South trade corridor, while its drills on the Aras entered a third day."],
    ],
    "details": [
        ["Iranian media said the exercise, named 'Aras Shield', involved units of the army's ground forces and the IRGC in East Azerbaijan and Ardabil provinces.",
         "State television showed engineers assembling a floating bridge and tanks crossing it under cover of drones and helicopters.",
         "Azerbaijan's defence ministry said it was 'closely monitoring' the movements and had reinforced positions in the Jabrayil and Zangilan districts along the river.",
         "The ground forces commander, Brig. Gen. Ali Moradi, said the drills were 'a message to those who want to change the borders of the region'."],
        ["The airspace closure applies to Iranian civil and state aircraft, Azerbaijan's civil aviation authority said; flights between Tehran and Nakhchivan will have to be rerouted.",
         "The State Security Service said the seven suspects included two Iranian nationals and had been collecting information on military sites near the border.",
         "Iran's foreign ministry summoned Azerbaijan's ambassador and called the arrests 'fabricated'.",
         "Azerbaijani officials said the Iranian drills had been announced only hours in advance."],
        ["Drivers at Astara said the gates were closed without warning at dawn.",
         "The Astara crossing handles a large share of trade between Iran and Russia along the International North-South Transport Corridor.",
         "Azerbaijan's presidential administration said Baku would 'not be intimidated by tanks on the riverbank'.",
         "Iranian state media showed the drills continuing with night-time artillery fire on ranges near Khoda Afarin."],
    ],
    "quotes": [
        "\"Tanks rehearsing a river crossing a few hundred metres from our border are not a friendly gesture,\" Azerbaijani foreign ministry spokesman Elnur Gasimli said.",
        "\"We advise the leaders in Baku not to play with fire. Iran's patience has limits,\" Iranian foreign ministry spokesman Mehdi Kazemzadeh told reporters in Tehran.",
        "\"These drills are in our territory and are our sovereign right. No one can tell Iran where to train its forces,\" Brig. Gen. Ali Moradi said.",
        "\"We have been waiting twelve hours and nobody tells us anything,\" said a truck driver from Lankaran stuck at Astara.",
        "\"Azerbaijan will defend every centimetre of its land and sky,\" said a senior aide to Azerbaijan's president.",
    ],
    "third": [
        "Turkey's foreign ministry said it stood 'with brotherly Azerbaijan' and called on Iran to avoid steps that raise tensions.",
        "Russia urged both neighbours to settle their differences 'through dialogue', with officials noting the importance of the North-South corridor.",
        "The European Union said it was following developments with concern and called for restraint.",
        "Armenia's foreign ministry said it was monitoring the situation along the Aras, part of which forms its own border with Iran.",
        "Israel declined to comment on Iranian claims that the alleged spy network had links to Israeli intelligence.",
    ],
    "background": [
        "Iran held similar drills near the border in October 2021, shortly after Azerbaijan's victory in the 2020 war over Nagorno-Karabakh.",
        "Relations hit a low in January 2023 when a gunman attacked Azerbaijan's embassy in Tehran, killing its head of security; Baku only reopened the embassy in mid-2024.",
        "Tehran is wary of Baku's close ties with Israel, a major arms supplier and buyer of Azerbaijani oil, and of plans for a transport route across southern Armenia.",
        "Some 15 million ethnic Azerbaijanis live in north-western Iran, a fact that has long coloured relations between the two countries.",
        "The two presidents inaugurated a joint dam on the Aras in May 2024, hours before the Iranian president died in a helicopter crash on his way back.",
    ],
    "qa": {
        "title": "Azerbaijan foreign ministry briefing on Iran: questions and answers",
        "intro": "Excerpts from the weekly briefing by the spokesman of Azerbaijan's Ministry of Foreign Affairs, Elnur Gasimli, Baku, 23 December. Translated from Azerbaijani by Eurasia Brief.",
        "qas": [("Is the airspace closure a permanent measure?",
                 "The measure is in force until further notice. It will be reviewed when the threat created by the military activity along our border is removed."),
                ("Tehran says the arrests are fabricated. What evidence do you have?",
                 "The State Security Service has published part of the evidence. The rest belongs to the investigation. Azerbaijan does not arrest people to send political messages."),
                ("Are you in contact with the Iranian side?",
                 "Our ambassador in Tehran has been received at the ministry, and we have conveyed our position clearly: drills simulating a crossing towards our territory are unacceptable."),
                ("Could the dispute affect the transport corridor projects?",
                 "Azerbaijan has always been a reliable partner for transit. It is not Azerbaijan that is holding tanks on the riverbank.")],
    },
    "analysis": {
        "titles": ["Why Iran is rattling its sabre on the Aras again"],
        "paras": ["Five years after the 'Conquerors of Khaibar' drills, Iran has returned to the Aras with pontoon bridges and tanks, and Baku has answered more sharply than it did in 2021.",
                  "For Tehran the drills are a message about the transit route across southern Armenia and about Azerbaijan's partnership with Israel. For Baku, a state that won a war in 2020 and retook Karabakh in 2023, the time for quiet diplomacy with Tehran appears to be over.",
                  "Closing the airspace and arresting alleged agents raises the cost for Iran without firing a shot. Iran's closure of Astara hurts Azerbaijan's truckers, but also Russia's trade with Iran.",
                  "Neither side wants a war. Both, however, seem to have concluded that showing weakness now would cost more than a few weeks of crisis."],
    },
    "plan": [(12, "Кавказский обозреватель", "native:ru1"), (50, "Eurasia Brief", "wire"),
             (110, "Crescent News Agency", "wire"), (260, "Levant Dispatch", "wire"),
             (600, "Northgate Wire", "wire"), (900, "Brief Wire Service", "brief"),
             (1300, "المشرق اليوم", "native:ar"), (1500, "Eurasia Brief", "qa"),
             (2300, "Кавказский обозреватель", "native:ru2"), (2600, "Policy Ledger", "analysis"),
             (3200, "Northgate Wire", "wire")],
    "native": {
        "ru1": ("Иран начал масштабные учения на Араксе у границы с Азербайджаном", "Баку", [
            "Сухопутные войска Ирана и КСИР во вторник приступили к масштабным учениям вдоль реки Аракс на границе с Азербайджаном. По данным иранского гостелевидения, в ходе манёвров инженерные части наводят понтонные переправы, по которым танки форсируют протоку реки в районе Джульфы.",
            "Минобороны Азербайджана назвало учения «прямой угрозой безопасности страны» и сообщило о приведении подразделений в Джебраильском и Зангиланском районах в повышенную готовность. В Баку подчеркнули, что иранская сторона уведомила о манёврах лишь за несколько часов.",
            "Командующий сухопутными войсками Ирана бригадный генерал Али Моради заявил, что учения — «послание тем, кто хочет изменить границы региона».",
            "Похожие манёвры под названием «Завоеватели Хайбара» Иран проводил у границы в октябре 2021 года, вскоре после второй карабахской войны.",
        ]),
        "ru2": ("Иран закрыл пункт пропуска «Астара» — сотни фур застряли на границе", "Астара", [
            "Иран в четверг закрыл пункт пропуска «Астара» на границе с Азербайджаном. По словам водителей, ворота закрылись на рассвете без предупреждения; по обе стороны выстроились очереди из сотен грузовиков.",
            "Шаг Тегерана стал ответом на закрытие Баку воздушного пространства для иранских самолётов и арест семи человек, которых Служба государственной безопасности Азербайджана обвиняет в шпионаже в пользу иранской разведки. МИД Ирана назвал обвинения «сфабрикованными» и предупредил Баку «не играть с огнём».",
            "Через «Астару» проходит значительная часть грузов по международному транспортному коридору «Север – Юг», связывающему Россию с Ираном. В Москве призвали соседей урегулировать разногласия «путём диалога».",
            "Отношения двух стран резко ухудшились в январе 2023 года после нападения на посольство Азербайджана в Тегеране, в результате которого погиб начальник охраны дипмиссии.",
        ]),
        "ar": ("أذربيجان تغلق أجواءها أمام الطائرات الإيرانية وتعتقل «عملاء» لطهران", "باكو", [
            "أعلنت أذربيجان، الأربعاء، إغلاق مجالها الجوي أمام جميع الطائرات الإيرانية، فيما قال جهاز أمن الدولة إنه اعتقل سبعة أشخاص بتهمة التجسس لصالح الاستخبارات الإيرانية، وذلك غداة بدء مناورات عسكرية إيرانية واسعة على نهر آراس الحدودي.",
            "وردّت طهران باستدعاء السفير الأذربيجاني، ووصف المتحدث باسم الخارجية الإيرانية مهدي كاظم زاده الاتهامات بأنها «ملفقة»، محذراً باكو من «اللعب بالنار».",
            "وأظهرت لقطات بثها التلفزيون الإيراني وحدات هندسية تمد جسوراً عائمة ودبابات تعبر أحد مجاري النهر قرب جلفا، في أكبر مناورات من نوعها قرب الحدود منذ عام 2021.",
            "وتنظر طهران بريبة إلى العلاقات الوثيقة بين باكو وتل أبيب، في حين تتهم أذربيجان إيران بدعم جماعات معادية لها.",
        ]),
    },
}

EP["AUS-CHN"] = {
    "cities": [["CANBERRA", "BEIJING", "SYDNEY"], ["CANBERRA", "BEIJING", "SYDNEY"], ["SYDNEY", "CANBERRA", "MELBOURNE"]],
    "titles": [
        ["China lifts remaining tariffs on Australian goods as foreign ministers meet in Canberra",
         "Beijing scraps last trade curbs on Australia, frees detained writer",
         "Australia, China agree to resume defence dialogue; Beijing ends remaining tariffs"],
        ["Detained Australian writer freed by China, on his way home",
         "Canberra talks seal Australia-China thaw with trade, consular and defence steps",
         "Australia welcomes release of writer Daniel Xu after four years in Chinese detention"],
        ["Freed writer Daniel Xu lands in Sydney after China releases him",
         "Exporters cheer end of Chinese tariffs as Australia-China ties thaw",
         "Australia and China to hold first defence talks in years after Canberra meeting"],
    ],
    "leads": [
        ["China has lifted the last of the tariffs and import suspensions it imposed on Australian goods since 2020, and the two countries' foreign ministers agreed in Canberra on Wednesday to resume a defence dialogue suspended for years, both governments said.",
         "China's commerce ministry said on Wednesday it was removing all remaining anti-dumping duties and import bans on Australian products, as its foreign minister held talks in Canberra that also secured the release of detained Australian writer Daniel Xu.",
         "Australia and China agreed on Wednesday to restart talks between their defence establishments, and Beijing announced the end of its remaining trade restrictions on Australian goods, after a meeting of the two foreign ministers in Canberra."],
        ["Australian writer Daniel Xu, detained in China since 2022 on espionage charges, has been released and is on his way home, Australia's prime minister said on Wednesday, calling it 'the result of patient and persistent advocacy'.",
         "The foreign ministers of Australia and China agreed in Canberra to resume the defence strategic dialogue, expand student and tourist exchanges and set up a new trade consultation mechanism, according to a joint statement released on Wednesday.",
         "Australian exporters of beef, steel products and timber welcomed China's decision on Wednesday to scrap its remaining trade curbs, which marks the formal end of a dispute that began in 2020."],
        ["Freed Australian writer Daniel Xu arrived in Sydney early on Thursday and was reunited with his family, a day after China released him as part of a broader thaw in relations.",
         "Australian meat processors barred from the Chinese market since 2020 said on Thursday they were preparing their first shipments, after Beijing lifted the last of its trade restrictions on Australia.",
         "A day after their foreign ministers met in Canberra, Australia and China began preparing the first round of defence talks in years, officials said on Thursday."],
    ],
    "details": [
        ["The measures lifted include anti-dumping duties on some steel products and suspensions on several beef abattoirs, the ministry said.",
         "The ministers met at Parliament House for the Foreign and Strategic Dialogue, the first held in Canberra since 2018.",
         "Xu, a novelist and commentator who holds Australian citizenship, was detained at Guangzhou airport in 2022.",
         "Both sides said the defence dialogue would meet in the first half of 2027."],
        ["Officials said Xu was released on medical grounds and would fly home via Hong Kong.",
         "The joint statement said both sides 'acknowledged their differences' but would 'manage them wisely'.",
         "Australia's trade minister said two-way trade, at nearly A$300 billion a year, was now 'free of the disruptions of recent years'.",
         "China's foreign minister is due to meet Australian business leaders in Sydney on Thursday."],
        ["Xu's wife Grace Liu said in a statement that the family was 'overwhelmed with relief' and asked for privacy.",
         "Kimberley Pastoral, one of the processors barred in 2020, said it expected to ship to China within weeks.",
         "The opposition said it welcomed Xu's release but that Australia must 'stay clear-eyed' about China's military build-up.",
         "Analysts said the defence dialogue would focus on incident prevention after several unsafe encounters between aircraft and ships."],
    ],
    "quotes": [
        "\"This is a good day for Australia and a good day for the relationship,\" Australia's foreign minister told reporters at Parliament House.",
        "\"China and Australia have no fundamental conflict of interests. We should be partners, not rivals,\" China's foreign minister said at a joint press appearance.",
        "\"Daniel is coming home. We have waited four years for these words,\" his wife Grace Liu said.",
        "\"We have not shipped a box of beef to China since 2020. Now we can start again,\" said the chief executive of Kimberley Pastoral.",
        "\"Talking to the Chinese military does not mean agreeing with them. It means reducing the risk that an accident becomes a crisis,\" a senior Australian official said.",
    ],
    "third": [
        "The U.S. embassy in Canberra welcomed Xu's release and said Washington 'supports Australia's sovereign choices' on engaging China.",
        "New Zealand's foreign minister called the outcome 'good news for the region'.",
        "Japan said it hoped the dialogue would contribute to stability and transparency in the region.",
        "Human rights groups welcomed Xu's release but urged Beijing to free other detained writers.",
    ],
    "background": [
        "China imposed tariffs and bans on Australian barley, wine, coal, beef, lobster and timber in 2020 after Canberra called for an independent inquiry into the origins of COVID-19.",
        "Most of the restrictions were lifted in stages from 2023 to 2024 as relations stabilised under the current Australian government.",
        "In 2023 China freed Australian journalist Cheng Lei after three years in detention, weeks before the Australian prime minister visited Beijing.",
        "Defence contacts between the two countries have been strained by incidents in which Chinese jets released flares near Australian aircraft and a Chinese warship used sonar near Australian divers.",
        "China is Australia's biggest trading partner, buying about a third of its exports, led by iron ore.",
    ],
    "live": [
        ["China's commerce ministry announces removal of remaining duties on Australian goods.",
         "The foreign ministers are meeting at Parliament House in Canberra.",
         "Joint statement: the defence strategic dialogue will resume."],
        ["Prime minister confirms writer Daniel Xu has been released.",
         "Xu is expected to fly home via Hong Kong, officials say.",
         "Exporters welcome the end of the trade curbs."],
        ["Daniel Xu's flight has landed in Sydney.",
         "Xu is reunited with his family at the airport, in a private area away from cameras.",
         "His wife thanks the government and asks for privacy."],
    ],
    "press": {
        "issuer": "Department of Foreign Affairs and Trade, Canberra",
        "titles": ["Joint Statement on the Australia-China Foreign and Strategic Dialogue"],
        "paras": ["The Foreign Minister of Australia and the Foreign Minister of the People's Republic of China held the Foreign and Strategic Dialogue in Canberra on 23 December 2026.",
                  "Both sides welcomed the removal of all remaining trade impediments and agreed to establish a Trade Consultation Mechanism to resolve future trade concerns through dialogue.",
                  "Both sides agreed to resume the Australia-China Defence Strategic Dialogue, with the next meeting to be held in the first half of 2027, and to strengthen communication to reduce the risk of incidents.",
                  "Both sides acknowledged their differences and agreed to manage them wisely, in the spirit of the Comprehensive Strategic Partnership."],
    },
    "market": {
        "city": "SYDNEY",
        "titles": ["Aussie dollar edges up, meat and steel stocks rally as China drops last tariffs"],
        "paras": ["The Australian dollar rose 0.3% to a one-month high and shares of meat processors and steel fabricators jumped on Wednesday after China lifted its remaining trade restrictions on Australian goods.",
                  "Kimberley Pastoral surged 11.5% and Southern Cross Steel gained 6.3%. The S&P/ASX 200 closed 0.6% higher, led by materials.",
                  "\"The big items came back in 2023 and 2024, so the direct trade impact is modest, but the signal is important,\" said an economist at a Sydney bank. \"It removes a tail risk that investors had been carrying.\"",
                  "Wine exporter Barossa Ridge Estates, which regained the Chinese market in 2024, rose 2.1%."],
    },
    "tabloid": {
        "titles": ["DAN'S COMING HOME! Aussie writer freed after four years in China jail"],
        "lines": ["Australian writer Daniel Xu is finally coming home after four years locked up in China.",
                  "The breakthrough came as Beijing's top diplomat sat down with our foreign minister in Canberra — and agreed to scrap the last of China's trade punishments.",
                  "His wife Grace, who campaigned tirelessly for his release, said the family was 'overwhelmed'.",
                  "Critics warned Canberra not to get too cosy with Beijing."],
    },
    "analysis": {
        "titles": ["The Canberra meeting closes the trade war chapter. The strategic one stays open"],
        "paras": ["With the last tariffs gone and Daniel Xu on his way home, Australia and China have cleared away the most visible debris of the 2020 rupture.",
                  "The resumption of a defence dialogue is more significant than it looks. After a string of dangerous encounters in the air and at sea, both militaries need a channel to talk before incidents, not after them.",
                  "None of this changes the fundamentals: Australia remains a U.S. ally building nuclear-powered submarines, and China remains its biggest customer and its main security concern.",
                  "Stabilisation, the word both governments favour, is exactly what this is. It is not a reset."],
    },
    "plan": [(3, "Asia Current", "wire"), (40, "Northgate Wire", "wire"), (90, "亚洲时讯", "native:zh"),
             (200, "PR Channel", "press"), (330, "Capital Markets Journal", "market"),
             (600, "Brief Wire Service", "brief"), (900, "The Daily Record", "tabloid"),
             (1400, "LiveDesk", "live"), (1900, "Asia Current", "wire"),
             (2500, "Policy Ledger", "analysis"), (3100, "Northgate Wire", "correction")],
    "correction": "year of Daniel Xu's detention in first paragraph to 2022 from 2021",
    "correction_key": "2022",
    "native": {
        "zh": ("中澳外长在堪培拉会谈 同意恢复防务战略对话", "堪培拉", [
            "中澳两国外长23日在堪培拉举行外交与战略对话。双方同意恢复中澳防务战略对话，并建立贸易磋商机制，妥善处理经贸领域关切。",
            "中国商务部同日宣布，取消对部分澳大利亚产品仍在实施的反倾销措施及进口暂停措施。澳方对此表示欢迎，称两国贸易已经摆脱近年来的干扰。",
            "中方外长在会后记者会上表示，中澳之间不存在根本利害冲突，应当做伙伴而不是对手。澳方表示，作家徐明远已获释并将返回澳大利亚。",
            "2020年以来，中澳关系一度陷入低谷，中方先后对澳大麦、葡萄酒、牛肉等产品采取限制措施。相关措施自2023年起陆续取消。",
        ]),
    },
}


# Titles re-ordered so that titles[i] matches leads[i] in every phase.
def _reorder(pair, ph, order, new=None):
    old = EP[pair]["titles"][ph]
    EP[pair]["titles"][ph] = [old[i] if isinstance(i, int) else i for i in order]


_reorder("SRB-XKX", 0, [0, 3, 2, 1])
_reorder("SRB-XKX", 1, [0, 2, 3, 1])
_reorder("SRB-XKX", 2, [0, 2, 1, "Kosovo-Serbia standoff shows no sign of easing as crossings stay shut"])
_reorder("ARM-TUR", 1, [1, 2, 0])
_reorder("KOR-PRK", 0, [0, 1, "North Korean artillery fire hits sea south of border line; South fires back"])
_reorder("SDN-SSD", 1, [0, "Sudan, South Sudan forces to pull back 10 km under Addis accord",
                        "Sudan says Addis accord with Juba will 'close a painful file'"])
_reorder("AZE-IRN", 0, [0, 2, 1])
_reorder("AZE-IRN", 1, [0, 2, "Azerbaijan says it broke up Iranian spy network planning sabotage"])
_reorder("AZE-IRN", 2, [1, 0, 2])
_reorder("AUS-CHN", 1, [0, 1, "Australian exporters welcome end of China's remaining trade curbs"])
for _p, _E in EP.items():
    for _ph in range(3):
        assert len(_E["titles"][_ph]) == len(_E["leads"][_ph]), (_p, _ph)


# ---------------------------------------------------------------------------
# Episode pairs outside their windows: ordinary coverage (English)
#   topic = {"t": titles, "l": leads, "d": details}; {weekday} is filled in.
# ---------------------------------------------------------------------------
RT = {}

RT["SRB-XKX"] = {
    "outlets": ["Eurasia Brief", "Northgate Wire", "Brief Wire Service", "Crescent News Agency", "Policy Ledger"],
    "cities": ["PRISTINA", "BELGRADE", "BRUSSELS", "NORTH MITROVICA"],
    "hours": (6, 20),
    "before": [
        {"t": ["Kosovo, Serbia negotiators meet in Brussels on energy deal, no breakthrough",
               "EU-facilitated talks between Belgrade and Pristina resume at technical level"],
         "l": ["Chief negotiators from Kosovo and Serbia met in Brussels on {weekday} for a round of EU-facilitated talks on energy supply to the north, but left without an agreement, the EU's external action service said.",
               "Technical teams from Belgrade and Pristina spent {weekday} in Brussels discussing electricity billing in Kosovo's Serb-majority north, a file that has been open for more than a decade."],
         "d": ["An EU spokesperson described the talks as 'frank and detailed' and said the teams would meet again in January.",
               "The energy arrangement agreed in 2013 has never been fully implemented, and many households in the north have not paid for electricity in years.",
               "Neither delegation spoke to reporters after the meeting."]},
        {"t": ["Serbs in north Kosovo still queue for pensions across the line, two years after dinar ban",
               "Dinar ban still weighs on daily life in Kosovo's north"],
         "l": ["Pensioners from North Mitrovica still travel to Raška in Serbia each month to collect their pensions, almost three years after Kosovo banned the use of the Serbian dinar, local officials said on {weekday}.",
               "Kosovo's central bank said on {weekday} that more than 90% of payments in the north are now made in euros, but Serb institutions financed by Belgrade still struggle to pay salaries and benefits."],
         "d": ["The central bank ruling of February 2024 made the euro the only legal tender for cash payments in Kosovo.",
               "Belgrade says the measure aims to force Serbs out of the north; Pristina says it is a matter of fighting money laundering.",
               "A post office in Zvečan now distributes some payments in euros under an arrangement with a Kosovo bank."]},
        {"t": ["Trial over 2023 Banjska attack hears police witnesses in Pristina",
               "Pristina court resumes trial of suspects in Banjska monastery siege"],
         "l": ["A court in Pristina heard testimony from three police officers on {weekday} in the trial of men accused of taking part in the September 2023 attack in Banjska, in which a Kosovo police sergeant was killed.",
               "The trial of suspects charged over the 2023 armed attack in the northern village of Banjska resumed in Pristina on {weekday}, with prosecutors presenting video recovered from the attackers' phones."],
         "d": ["Most of the suspects, including the alleged organiser, are in Serbia and are being tried in absentia.",
               "Belgrade has rejected requests for their extradition.",
               "Defence lawyers argue the evidence was obtained unlawfully."]},
        {"t": ["Missing persons commission from Kosovo war meets; 1,600 still unaccounted for",
               "Belgrade and Pristina teams discuss search for war missing"],
         "l": ["Representatives of Kosovo and Serbia met in Pristina on {weekday} under the auspices of the International Committee of the Red Cross to discuss the search for people still missing from the 1998-99 war.",
               "About 1,600 people remain missing from the Kosovo war more than a quarter of a century after it ended, the ICRC said on {weekday} as a joint working group met."],
         "d": ["Families of the missing held a silent protest outside the meeting venue.",
               "Remains of several people were exhumed from a site in southern Serbia earlier this year.",
               "The working group was created in 2004 and meets several times a year."]},
        {"t": ["Traders at Merdare complain of slow customs as pre-holiday traffic builds",
               "Kosovo-Serbia trade still running below pre-2023 levels"],
         "l": ["Hauliers at the Merdare crossing between Serbia and Kosovo complained on {weekday} of waits of up to five hours as pre-holiday traffic built up.",
               "Trade between Kosovo and Serbia has recovered only partly since Pristina restricted Serbian goods in 2023, Kosovo's chamber of commerce said in a report published on {weekday}."],
         "d": ["Serbian goods still make up a sizeable share of Kosovo's food imports, the report said.",
               "Customs officials said extra staff had been assigned for the holiday period.",
               "Kosovo argues its measures respond to Serbian non-recognition of its customs stamps."]},
    ],
    "after": [
        {"t": ["Kosovo prosecutors identify dead gunman, charge two suspects over northern attack",
               "Investigation into northern Kosovo gunfight widens"],
         "l": ["Kosovo's special prosecution said on {weekday} it had identified the gunman killed in the Dec. 17 clash with police near Zvečan as a 38-year-old man from Leposavić and charged two suspects detained afterwards with terrorism.",
               "Prosecutors in Pristina said on {weekday} they had widened their investigation into the attack on a police patrol near Rudare to include the suppliers of the weapons seized after the gun battle."],
         "d": ["The two suspects, arrested in Zubin Potok, deny the charges, their lawyers said.",
               "EULEX, the EU rule of law mission, said it was following the case closely.",
               "Belgrade said it had not received any request for legal assistance."]},
        {"t": ["Northern crossings still shut as traders count losses",
               "Jarinje and Brnjak remain closed; lorries queue at Merdare"],
         "l": ["The Jarinje and Brnjak crossings between Kosovo and Serbia remained closed on {weekday}, and Kosovo's chamber of commerce estimated that traders had lost several million euros since the crossings were shut on Dec. 17.",
               "Lorry queues stretched for several kilometres at Merdare on {weekday}, the only main crossing still open between Kosovo and Serbia since the northern gates were shut after the Dec. 17 attack on police."],
         "d": ["Kosovo's interior ministry said there was no date for reopening the crossings.",
               "Shops in North Mitrovica reported shortages of some Serbian dairy products.",
               "Bus companies rerouted services between Belgrade and North Mitrovica via Merdare, adding several hours to the journey."]},
        {"t": ["Wounded Kosovo police officers discharged from hospital",
               "Kosovo police honour officers hurt in northern gunfight"],
         "l": ["The two Kosovo police officers wounded in the Dec. 17 gun battle near Zvečan were discharged from the university hospital in Pristina on {weekday}, the police said.",
               "Kosovo's police held a ceremony in Pristina on {weekday} for the officers wounded in the northern gunfight, with the interior minister presenting medals."],
         "d": ["One of the officers will need several months of rehabilitation, doctors said.",
               "Police unions called for better armoured vehicles for units serving in the north.",
               "Hundreds of people attended the ceremony."]},
        {"t": ["EU envoy shuttles between Belgrade and Pristina, calls for calm",
               "EU special representative hears both sides after northern clash"],
         "l": ["The EU's special representative for the Belgrade-Pristina dialogue met Serbia's president and Kosovo's prime minister on {weekday} in separate talks, urging both to avoid 'unilateral steps' after the Dec. 17 gunfight.",
               "Brussels' envoy for the Kosovo-Serbia dialogue said on {weekday} that the two sides had agreed to keep talking but that no date had been set for a new high-level meeting."],
         "d": ["Neither leader commented publicly after the meetings.",
               "Diplomats said the envoy's priority was to prevent further incidents during the holiday season.",
               "The EU has linked progress in the dialogue to both sides' accession ambitions."]},
        {"t": ["Serbian parliament debates Kosovo as army stays on alert",
               "Serbian troops remain near administrative line days after gunfight"],
         "l": ["Serbian lawmakers spent most of {weekday} debating the situation in Kosovo, as the army kept units deployed near the administrative line following the Dec. 17 clash in the north.",
               "Serbian army units moved to positions near the administrative line on Dec. 17 were still there on {weekday}, the defence ministry said, adding that the level of readiness was 'under constant review'."],
         "d": ["Opposition deputies accused the government of using the crisis to distract from domestic protests.",
               "KFOR said it was in regular contact with the Serbian Armed Forces through an established channel.",
               "An opinion poll showed a majority of Serbs opposed any agreement with Pristina."]},
        {"t": ["In Kosovo's north, KFOR patrols become part of the landscape again",
               "Life in North Mitrovica under closer watch of NATO peacekeepers"],
         "l": ["Italian carabinieri and Polish soldiers patrolled the main bridge over the Ibar in Mitrovica on {weekday}, a visible sign of the reinforced NATO presence since the Dec. 17 gunfight.",
               "Residents of North Mitrovica said on {weekday} that daily life had returned to a tense routine, with more KFOR vehicles on the roads and Kosovo police checkpoints on the way to Zvečan."],
         "d": ["Cafés were open but quieter than usual, owners said.",
               "KFOR said its additional patrols would continue 'for as long as required'.",
               "Local Serb leaders called on residents not to respond to provocations."]},
    ],
    "bg": [
        "Kosovo declared independence in 2008, a decade after the war in which NATO bombed Serbia to end a crackdown on ethnic Albanians.",
        "Serbia does not recognise Kosovo's independence, and the two have been engaged in EU-facilitated talks since 2011.",
        "Tensions in the Serb-majority north have flared repeatedly, notably in 2022 over licence plates and in 2023 when armed Serbs attacked police in Banjska.",
        "NATO has led the KFOR peacekeeping mission in Kosovo since June 1999.",
        "Around 1.8 million people live in Kosovo, more than 90% of them ethnic Albanians.",
        "Under the 2023 Ohrid understanding, the two sides agreed not to block each other's path to the EU, but implementation has stalled.",
    ],
    "q": [
        "\"Every month without a solution makes life harder for ordinary people on both sides,\" said a civil society activist in Mitrovica.",
        "\"We are ready for dialogue, but not for dialogue that erases our state,\" a Kosovo government official said.",
        "\"Belgrade will protect the interests of Serbs in Kosovo through peaceful means,\" a Serbian official said.",
        "\"The north needs jobs, not more police stations or more speeches,\" said a local businessman.",
    ],
}

RT["COL-VEN"] = {
    "outlets": ["Andes Post", "Northgate Wire", "Brief Wire Service", "Policy Ledger"],
    "cities": ["BOGOTA", "CARACAS", "CUCUTA"],
    "hours": (12, 23),
    "before": [
        {"t": ["Christmas shoppers crowd Cúcuta bridges as border trade picks up",
               "Colombia-Venezuela border commerce enjoys busy pre-holiday season"],
         "l": ["Thousands of Venezuelans crossed the Simón Bolívar bridge into Cúcuta on {weekday} to buy clothes, toys and food ahead of Christmas, as commerce along the reopened border enjoyed its busiest weeks of the year.",
               "Traders in Cúcuta said on {weekday} that December sales were up on last year, helped by shoppers from San Cristóbal and San Antonio del Táchira."],
         "d": ["Bilateral trade has recovered since the border reopened in 2022 but remains far below its 2008 peak of more than $7 billion.",
               "Colombian migration officials estimate more than 40,000 people cross the Cúcuta bridges daily.",
               "Shopkeepers said the exchange rate made Colombian goods cheaper for Venezuelans than a year ago."]},
        {"t": ["Colombia presses Venezuela to act against ELN as peace talks stall",
               "Bogotá raises armed groups on the border in talks with Caracas"],
         "l": ["Colombia's foreign minister said on {weekday} she had asked Venezuela to do more against ELN guerrillas operating on its side of the border, as peace talks with the group remained frozen.",
               "Colombian and Venezuelan officials discussed border security at a meeting in Caracas on {weekday}, a year after talks between Bogotá and the ELN were suspended."],
         "d": ["Venezuela has hosted rounds of the talks in the past and was a guarantor of the process.",
               "Caracas says it does not allow armed groups on its territory.",
               "The ELN is estimated to have several thousand fighters, many of them in Arauca and Norte de Santander."]},
        {"t": ["Colombia extends protection status for Venezuelan migrants",
               "Venezuelan migrants in Colombia get more time to renew permits"],
         "l": ["Colombia's migration agency said on {weekday} that Venezuelans with temporary protection permits would have until June to renew them, affecting more than 1.5 million people.",
               "Colombia, which hosts the largest Venezuelan migrant population in the world, announced on {weekday} simplified procedures for migrants to register children born in the country."],
         "d": ["Nearly 2.8 million Venezuelans live in Colombia, according to official figures.",
               "Aid groups welcomed the move but said funding for migrant services had fallen.",
               "Some migrants have returned to Venezuela in recent years, but most say they plan to stay."]},
        {"t": ["Colombia studies Venezuelan gas imports through old pipeline",
               "Energy officials from Colombia and Venezuela review gas pipeline project"],
         "l": ["Technical teams from Colombia's Ecopetrol-linked gas operator and Venezuelan officials met in Maracaibo on {weekday} to review the condition of the Antonio Ricaurte pipeline, idle for most of the past decade.",
               "Colombia is studying imports of Venezuelan natural gas to ease a looming domestic shortfall, its energy minister said on {weekday}."],
         "d": ["U.S. sanctions on Venezuela's state oil company complicate any deal, analysts said.",
               "The pipeline, inaugurated in 2007, once carried Colombian gas to Venezuela.",
               "Officials said any supply would not start before 2028."]},
        {"t": ["Catatumbo displaced still waiting to go home, aid groups say",
               "A year on, Catatumbo violence keeps thousands from their farms"],
         "l": ["Thousands of people displaced by fighting in Colombia's Catatumbo region earlier this year are still living in shelters in Cúcuta and Tibú, humanitarian organisations said on {weekday}.",
               "The Norwegian Refugee Council said on {weekday} that violence among armed groups in Catatumbo, on the Venezuelan border, had displaced more people this year than anywhere else in Colombia."],
         "d": ["Some families fled across the border to Venezuela during the worst of the fighting.",
               "Colombia declared a state of internal commotion in the region at the height of the crisis.",
               "Coca cultivation in Catatumbo is among the highest in the country."]},
    ],
    "after": [
        {"t": ["Families split by closed border face Christmas apart",
               "Closed Cúcuta bridges leave families stranded on both sides"],
         "l": ["With the bridges at Cúcuta still closed on {weekday}, families split between Colombia and Venezuela prepared to spend Christmas apart, and some tried to cross through informal paths known as trochas.",
               "Parish priests in Villa del Rosario said on {weekday} they were hosting dozens of Venezuelans who had been unable to return home since the border closed on Dec. 18."],
         "d": ["Colombian authorities warned that the trochas are controlled by armed groups and are dangerous.",
               "The Red Cross set up a help point near the Simón Bolívar bridge.",
               "Students from Venezuela who attend school in Cúcuta were given remote classes."]},
        {"t": ["Soldiers killed in border attack buried in home towns",
               "Colombia mourns soldiers killed at Puerto Santander post"],
         "l": ["Funerals were held on {weekday} in Boyacá and Santander for soldiers killed in the Dec. 17 attack on an army post near Cúcuta, with the army commander attending one of the ceremonies.",
               "Colombia's army held a memorial service in Cúcuta on {weekday} for the soldiers killed at the Puerto Santander post."],
         "d": ["Prosecutors said the investigation into the attack was progressing and that several suspects had been identified.",
               "Relatives called for more protection for small rural posts.",
               "The youngest of the dead soldiers was 19."]},
        {"t": ["OAS debates Colombia-Venezuela crisis without resolution",
               "Regional diplomats urge dialogue at OAS session on Colombia and Venezuela"],
         "l": ["The Organization of American States' permanent council discussed the crisis between Colombia and Venezuela on {weekday} but adjourned without adopting a resolution.",
               "Several Latin American governments called for dialogue between Bogotá and Caracas at a session of the OAS permanent council on {weekday}."],
         "d": ["Venezuela, which left the OAS, did not take part.",
               "Brazil reiterated its offer to host talks.",
               "Colombia's representative presented evidence about the attackers' movements."]},
        {"t": ["Cúcuta merchants count losses as border stays shut",
               "Border closure hits Norte de Santander economy at worst time of year"],
         "l": ["Merchants in Cúcuta said on {weekday} that sales had collapsed since the border closed on Dec. 18, in what should have been the busiest fortnight of the year.",
               "The Cúcuta chamber of commerce said on {weekday} that about 70% of shops near the border had reported sharply lower sales since the closure."],
         "d": ["Fuel prices in Cúcuta rose because of a drop in cheap Venezuelan petrol smuggled across the border, traders said.",
               "The regional governor asked Bogotá for emergency credit lines for small businesses.",
               "Hotel occupancy in the city fell by half, the hotel association said."]},
    ],
    "bg": [
        "Colombia and Venezuela broke off relations in 2019 and restored them in 2022.",
        "The two countries share a 2,200-km border, much of it porous and controlled by armed groups.",
        "Relations between Bogotá and Caracas have swung sharply over two decades, with closures of the border in 2015 and 2019.",
        "Colombia is home to the largest share of the nearly eight million Venezuelans who have left their country.",
        "The Simón Bolívar bridge at Cúcuta is the busiest crossing on the border.",
    ],
    "q": [
        "\"The border is our life. When it closes, we close,\" said a shopkeeper in Cúcuta.",
        "\"Both governments should remember that people live here,\" said a Catholic bishop in Norte de Santander.",
        "\"Security on the border cannot be achieved by one country alone,\" a Colombian official said.",
    ],
}

RT["ARM-TUR"] = {
    "outlets": ["Eurasia Brief", "Northgate Wire", "Brief Wire Service", "Crescent News Agency", "Policy Ledger"],
    "cities": ["YEREVAN", "ANKARA", "KARS", "GYUMRI"],
    "hours": (6, 19),
    "before": [
        {"t": ["Armenian and Turkish envoys to meet again, no date set",
               "Normalisation talks between Armenia and Turkey 'continuing', says Yerevan"],
         "l": ["Armenia's foreign ministry said on {weekday} that contacts between its special envoy and his Turkish counterpart were 'continuing', but gave no date for their next meeting.",
               "A spokesman for Turkey's foreign ministry said on {weekday} that talks on normalising relations with Armenia were progressing 'step by step'."],
         "d": ["The envoys last met in the summer at the border, where they discussed opening the crossing to third-country nationals.",
               "Ankara has long tied normalisation to progress in Armenia's talks with Azerbaijan.",
               "Officials gave no details of the issues still outstanding."]},
        {"t": ["Yerevan-Istanbul flights busy as Armenian tourism to Turkey grows",
               "More Armenians holiday in Turkey despite closed land border"],
         "l": ["Airlines flying between Yerevan and Istanbul reported near-full planes in December, with Armenian tourists heading to Turkish resorts and shopping centres, industry data showed on {weekday}.",
               "The number of Armenian citizens visiting Turkey rose by about a fifth this year, Turkish tourism statistics published on {weekday} showed."],
         "d": ["Direct flights between the two countries resumed in 2022.",
               "Armenians can obtain Turkish visas on arrival.",
               "Travel agents in Yerevan said Istanbul was the most popular destination for New Year."]},
        {"t": ["Experts inspect medieval bridge at Ani ahead of joint restoration",
               "Armenian and Turkish specialists discuss restoring Ani bridge"],
         "l": ["Armenian and Turkish experts met at the medieval site of Ani on {weekday} to discuss restoring the ruined bridge over the Akhurian river that once linked the two banks.",
               "A joint technical group on the restoration of the Ani bridge held its third meeting on {weekday}, Armenian officials said."],
         "d": ["The ruins of Ani, once a capital of medieval Armenian kingdoms, lie on the Turkish side of the border.",
               "The restoration was one of the confidence-building steps discussed by the envoys.",
               "Only two pillars of the bridge still stand."]},
        {"t": ["Kars traders wait for Armenian border to open",
               "In eastern Turkey, hopes for Armenia trade meet long memory of closed border"],
         "l": ["Merchants in the eastern Turkish city of Kars said on {weekday} that they were still waiting for the Armenian border to open, three decades after it was closed.",
               "The Kars chamber of commerce said on {weekday} that the city's economy had suffered for decades from the closed border with Armenia."],
         "d": ["Goods between the two countries currently travel through Georgia, adding days to delivery times.",
               "Kars's population has fallen as young people leave for western Turkey.",
               "Business groups say a reopened railway to Gyumri would transform the region."]},
        {"t": ["Armenia's parliament debates peace process with Azerbaijan and Turkey",
               "Yerevan opposition criticises government over regional talks"],
         "l": ["Armenian lawmakers debated the government's policy towards Azerbaijan and Turkey on {weekday}, with the opposition accusing ministers of making concessions without guarantees.",
               "Armenia's prime minister defended his regional peace agenda in parliament on {weekday}, saying open borders were 'the best guarantee of security'."],
         "d": ["Armenia and Azerbaijan initialled a peace text in 2025, but it has not been signed.",
               "Opposition deputies insisted on the recognition of the 1915 genocide.",
               "The debate ran late into the evening."]},
    ],
    "after": [
        {"t": ["Margara crossing handles dozens of trucks a day in first week",
               "Customs teething problems at new Armenia-Turkey crossing"],
         "l": ["About 40 trucks a day have crossed between Turkey and Armenia at Margara since the crossing opened on Dec. 19, Armenia's state revenue committee said on {weekday}.",
               "Truck drivers at the Margara-Alican crossing complained on {weekday} of slow paperwork, as customs officers on both sides adapted to the new route."],
         "d": ["Most of the cargo so far has been building materials, fruit and textiles.",
               "Officials said electronic pre-declaration would be introduced in the spring.",
               "The crossing is open during daylight hours for now."]},
        {"t": ["Gyumri and Kars businesses plan trade fair after border opening",
               "Chambers of commerce in Kars and Gyumri hold first joint meeting"],
         "l": ["Business associations from Gyumri and Kars met on {weekday} to plan a joint trade fair next spring, days after the two countries agreed to establish relations.",
               "Armenian and Turkish business leaders discussed supply contracts at a meeting in Gyumri on {weekday}."],
         "d": ["Participants said they hoped the Kars-Gyumri railway could resume within two years.",
               "Some Armenian producers fear competition from cheaper Turkish goods.",
               "The meeting was held partly in Russian, the common language of many participants."]},
        {"t": ["Armenian parliament to debate Vienna protocol in January",
               "Armenian opposition vows to fight Turkey accord in parliament"],
         "l": ["Armenia's parliament will debate the protocol on relations with Turkey in mid-January, the speaker's office said on {weekday}.",
               "Armenia's main opposition bloc said on {weekday} it would vote against the protocol with Turkey and call supporters to protest."],
         "d": ["The ruling party has a comfortable majority in parliament.",
               "The opposition objects to the absence of any reference to the genocide.",
               "Government officials say the text is about borders and trade, not history."]},
        {"t": ["Armenian diaspora divided over Turkey accord",
               "From Los Angeles to Marseille, Armenian diaspora debates deal with Ankara"],
         "l": ["Armenian diaspora organisations gave mixed reactions on {weekday} to the protocol with Turkey, with some welcoming open borders and others warning against 'normalisation without justice'.",
               "The agreement between Armenia and Turkey has divided the diaspora, community leaders said on {weekday}."],
         "d": ["The largest diaspora communities live in Russia, the United States and France.",
               "Some groups plan to raise the issue with lawmakers in their countries of residence.",
               "Younger Armenians abroad were more supportive, a survey showed."]},
    ],
    "bg": [
        "Armenia and Turkey have never had diplomatic relations since Armenia's independence in 1991.",
        "Turkey closed the border in 1993 during the first Nagorno-Karabakh war.",
        "The 2009 Zurich protocols, signed with Swiss mediation, were never ratified.",
        "Special envoys were appointed by both countries in December 2021.",
        "Armenia and many historians say the 1915 killings of Armenians in the Ottoman Empire were genocide, which Turkey rejects.",
    ],
    "q": [
        "\"Borders that are open are harder to close again,\" said an Armenian analyst in Yerevan.",
        "\"We sell to Georgia what Armenians then buy. It makes no sense,\" said a trader in Kars.",
        "\"History cannot be forgotten, but trade can start,\" said a Gyumri businessman.",
    ],
}

RT["KOR-PRK"] = {
    "outlets": ["Asia Current", "Northgate Wire", "Brief Wire Service", "Policy Ledger"],
    "cities": ["SEOUL", "INCHEON", "PAJU"],
    "hours": (0, 10),
    "before": [
        {"t": ["Number of North Korean defectors reaching South stays low, ministry says",
               "Fewer than 250 North Korean defectors arrived in South Korea this year"],
         "l": ["South Korea's unification ministry said on {weekday} that 236 North Korean defectors had reached the South so far this year, roughly the same number as last year and far below pre-pandemic levels.",
               "The flow of North Koreans reaching the South remained a trickle this year, with most of the arrivals having left the North years ago and lived in China, the unification ministry said on {weekday}."],
         "d": ["Before the pandemic more than 1,000 defectors a year arrived in the South.",
               "Tighter border controls on both sides of the China-North Korea border have made escapes harder.",
               "Women continue to make up the majority of arrivals."]},
        {"t": ["Seoul weighs next steps on restoring 2018 military accord",
               "South Korean lawmakers debate fate of inter-Korean military agreement"],
         "l": ["South Korea's defence ministry told lawmakers on {weekday} it was still reviewing how to restore the remaining provisions of the 2018 inter-Korean military agreement, which the government partly reinstated earlier this year.",
               "Opposition and ruling party lawmakers clashed in a parliamentary committee on {weekday} over the government's plan to fully restore the 2018 military accord with North Korea."],
         "d": ["North Korea has not responded to Seoul's overtures.",
               "The accord created buffer zones on land, at sea and in the air.",
               "Critics say the buffer zones weaken the South's readiness near the border."]},
        {"t": ["North Korea to hold year-end party plenum, state media says",
               "Pyongyang prepares year-end party meeting to review economy"],
         "l": ["North Korea's ruling Workers' Party will hold a plenary meeting of its central committee in late December to review the year's economic plans, state media KCNA reported on {weekday}.",
               "North Korean leader Kim Jong Un visited a new regional factory on {weekday}, state media said, days before a year-end party meeting expected to set next year's goals."],
         "d": ["Year-end plenums have in past years been used to announce major policy lines.",
               "Analysts in Seoul will watch for references to the South, which Pyongyang now describes as a 'hostile state'.",
               "The North has pursued a 'regional development' campaign building factories in provinces."]},
        {"t": ["Yeonpyeong fishermen end crab season near sea border",
               "On Yeonpyeong, crab boats stay close to the line"],
         "l": ["Fishermen on Yeonpyeong island, a few kilometres from North Korean waters, said on {weekday} the autumn crab season had been average, with catches held back by Chinese boats fishing illegally near the sea border.",
               "The Incheon coast guard said on {weekday} it had expelled more than 40 Chinese fishing boats from waters near Yeonpyeong this month."],
         "d": ["The island of about 2,000 people depends on blue crab fishing.",
               "Fishing near the Northern Limit Line is restricted to designated zones and hours.",
               "Residents still hold drills in the island's shelters several times a year."]},
        {"t": ["Aging separated families send video letters to relatives in North",
               "Fewer than 35,000 South Koreans with family in North remain alive"],
         "l": ["South Korea's unification ministry said on {weekday} that fewer than 35,000 South Koreans registered as having relatives in the North were still alive, most of them over 80.",
               "Elderly South Koreans recorded video messages for relatives in the North on {weekday} under a Red Cross programme, with no sign that family reunions will resume."],
         "d": ["The last reunions were held in 2018.",
               "Seoul has proposed talks on the issue, but the North has not responded.",
               "Around 133,000 people have registered for reunions since 1988."]},
    ],
    "after": [
        {"t": ["Yeonpyeong residents assess damage to fishing gear after shelling",
               "Island fishermen seek compensation after artillery exchange"],
         "l": ["Fishermen on Yeonpyeong said on {weekday} that nets and crab pots in waters closed during last weekend's exchange of fire had been damaged or lost, and asked authorities for compensation.",
               "Incheon city officials visited Yeonpyeong on {weekday} to hear complaints from residents about the impact of last week's artillery exchange on the local economy."],
         "d": ["Officials said compensation would be considered under existing law for border islands.",
               "Some elderly residents said they had stayed with relatives on the mainland.",
               "Local schools held lessons as normal."]},
        {"t": ["UN Command investigation into Yeonpyeong firing continues",
               "UNC team visits Yeonpyeong to gather evidence on shelling"],
         "l": ["A team from the U.N. Command visited Yeonpyeong on {weekday} to collect evidence as part of its investigation into last week's exchange of artillery fire, a spokesman said.",
               "The U.N. Command said on {weekday} it would publish the findings of its investigation into the firing near Yeonpyeong in the new year."],
         "d": ["The UNC oversees the armistice that ended fighting in the Korean War.",
               "North Korea has not cooperated with UNC investigations in years.",
               "Investigators examined crater locations in the sea using sonar."]},
        {"t": ["Seoul politicians spar over suspension of military accord",
               "Debate in South Korea over how to handle North after artillery duel"],
         "l": ["South Korean opposition lawmakers said on {weekday} the government had been naive in trying to restore the 2018 accord, while ruling party members defended the suspension as a 'necessary response'.",
               "A survey published on {weekday} showed a majority of South Koreans backed the government's decision to suspend the military accord with the North."],
         "d": ["The president's approval rating dipped slightly, the poll showed.",
               "Lawmakers agreed to hold a hearing with the defence minister in January.",
               "Some civic groups called on Seoul to keep channels with the North open."]},
        {"t": ["North Korean media keep up attacks on Seoul",
               "KCNA commentary repeats threats against South after border incident"],
         "l": ["North Korean state media published a commentary on {weekday} repeating accusations that the South was to blame for last week's incident near Yeonpyeong, but reported no new military activity.",
               "The Rodong Sinmun newspaper ran a lengthy editorial on {weekday} calling South Korea's leaders 'war maniacs', echoing threats made after last week's exchange of fire."],
         "d": ["South Korea's military said it had detected no unusual movements in the North.",
               "The unification ministry said it would not respond to 'every piece of rhetoric'.",
               "Analysts said the language was in line with Pyongyang's usual year-end propaganda."]},
    ],
    "bg": [
        "The two Koreas remain technically at war after the 1950-53 conflict ended in an armistice rather than a peace treaty.",
        "North Korea does not recognise the Northern Limit Line, the maritime border drawn by the U.N. Command in 1953.",
        "In 2010 North Korean shelling of Yeonpyeong killed four people, months after the sinking of the South Korean corvette Cheonan.",
        "North Korea declared in 2024 that it no longer sought unification and described the South as a separate, hostile state.",
        "About 28,500 U.S. troops are stationed in South Korea.",
    ],
    "q": [
        "\"The sea here is beautiful, but we never forget where we are,\" said a Yeonpyeong resident.",
        "\"Pyongyang's silence is a message in itself,\" said a former unification ministry official.",
        "\"Deterrence and dialogue are not opposites,\" a South Korean official said.",
    ],
}

RT["EST-RUS"] = {
    "outlets": ["Eurasia Brief", "Northgate Wire", "Brief Wire Service", "Policy Ledger"],
    "cities": ["TALLINN", "NARVA", "TARTU"],
    "hours": (6, 19),
    "before": [
        {"t": ["Narva border crossing handles trickle of pedestrians before holidays",
               "Queues at Narva checkpoint as Russian pensioners cross for holidays"],
         "l": ["Several hundred people a day are crossing the bridge between Narva and Ivangorod on foot ahead of the holidays, Estonia's border guard said on {weekday}, most of them pensioners visiting relatives.",
               "The Narva border crossing, open only to pedestrians since 2024, saw longer queues on {weekday} as residents of the region travelled to visit family in Russia."],
         "d": ["Vehicle traffic through the Narva crossing has been suspended since 2024 while the checkpoint is rebuilt.",
               "Many residents of Narva hold Russian passports or have no citizenship.",
               "The border guard said waits did not exceed two hours."]},
        {"t": ["Estonian court convicts man of spying for Russia",
               "Tallinn court jails former railway worker for passing information to Russian intelligence"],
         "l": ["A court in Tallinn on {weekday} sentenced a 52-year-old man to six years in prison for gathering information on military transport for Russia's FSB, the Internal Security Service said.",
               "Estonia's Harju county court convicted a man of treason on {weekday} for photographing military trains and passing the images to Russian intelligence."],
         "d": ["Estonia has convicted more than a dozen people of spying for Russia since 2022.",
               "The man admitted guilt under a plea agreement.",
               "The Internal Security Service said he had been recruited during a visit to Russia."]},
        {"t": ["GPS interference disrupts flights to Tartu again",
               "Estonian airlines report continued satellite navigation jamming"],
         "l": ["Two flights to Tartu were diverted on {weekday} because of interference with satellite navigation signals, Estonia's transport administration said, blaming the jamming on Russia.",
               "Estonia's consumer protection and technical regulatory authority said on {weekday} that GPS interference over eastern Estonia had continued at a steady level throughout December."],
         "d": ["The airport in Tartu has installed a ground-based landing system to reduce dependence on GPS.",
               "Finland and Latvia have reported similar problems.",
               "Moscow denies responsibility."]},
        {"t": ["Estonia completes first bunkers of Baltic Defence Line near border",
               "Concrete bunkers rise along Estonia's eastern frontier"],
         "l": ["Estonia's defence investment centre said on {weekday} that the first 28 bunkers of the Baltic Defence Line had been completed in the south-east of the country.",
               "Workers finished pouring concrete for the first batch of bunkers along Estonia's border with Russia on {weekday}, part of a defensive line agreed with Latvia and Lithuania in 2024."],
         "d": ["The plan calls for about 600 bunkers along the border.",
               "Landowners will be compensated for land used by the project.",
               "Estonia spends more than 3% of GDP on defence."]},
        {"t": ["Narva schools complete switch to Estonian-language teaching",
               "In Narva, Russian-speaking pupils adjust to new school rules"],
         "l": ["Schools in Narva are completing the transition to teaching in Estonian, local education officials said on {weekday}, with a shortage of qualified teachers still the main difficulty.",
               "Parents in Narva said on {weekday} that their children were coping with the switch to Estonian-language education better than they had feared."],
         "d": ["More than 90% of Narva's residents speak Russian as their first language.",
               "The reform was adopted in 2022.",
               "The state has offered bonuses to teachers who move to Ida-Viru county."]},
    ],
    "after": [
        {"t": ["Family of detained Estonian officer hold vigil in Narva",
               "Estonian border officer held in Russia still denied consular visit"],
         "l": ["Colleagues and relatives of the Estonian border officer detained by Russia held a candlelit vigil on the Narva riverbank on {weekday}, as Tallinn said it had still not been granted consular access to him.",
               "Estonia's foreign ministry said on {weekday} that its requests for consular access to the border officer held in Pskov had gone unanswered."],
         "d": ["His lawyer, appointed by the Russian court, has met him once, according to the family.",
               "Estonian officials say they are using 'all channels' to secure his return.",
               "Several hundred people attended the vigil."]},
        {"t": ["Estonian transit firms reroute freight after Russia halts trains at Narva",
               "Rail halt at Narva hits Estonian logistics companies"],
         "l": ["Estonian logistics firms said on {weekday} they were moving remaining freight to road and sea after Russia stopped trains across the Narva bridge on Dec. 21.",
               "The halt of rail traffic at Narva has cut off one of the last remaining business links between Estonia and Russia, industry groups said on {weekday}."],
         "d": ["Rail transit through Estonia has fallen sharply since 2022.",
               "The port of Sillamäe said it expected lower volumes next year.",
               "Estonian Railways said its staff at the border station had been reassigned."]},
        {"t": ["Estonian parliament backs extra border funding",
               "Riigikogu debates border security after Narva incident"],
         "l": ["Estonia's parliament debated border security on {weekday}, with deputies from all parties supporting extra funding for surveillance on the Narva river.",
               "Estonian lawmakers agreed on {weekday} to fast-track funding for drones and river patrol boats for the border guard."],
         "d": ["The government plans to install more cameras along the river border next year.",
               "Some deputies called for a review of rules of engagement for border guards.",
               "The debate was broadcast live."]},
        {"t": ["A quiet Christmas in Narva under shadow of border row",
               "Narva residents shrug off tension as holidays begin"],
         "l": ["Narva's central square was quieter than usual on {weekday}, residents said, as the border row with Russia hung over the holiday season.",
               "In Narva, where the Hermann castle faces Russia's Ivangorod fortress across the river, residents said on {weekday} they were used to living on a fault line."],
         "d": ["The Orthodox Christmas, celebrated by many in Narva, falls on January 7.",
               "Local businesses said sales had been weak.",
               "The city's Christmas market opened as planned."]},
    ],
    "bg": [
        "Estonia regained independence in 1991 and joined NATO and the EU in 2004.",
        "About a quarter of Estonia's 1.3 million people are ethnic Russians.",
        "Estonia expelled Russia's ambassador in 2023, and relations are conducted at chargé d'affaires level in practice.",
        "The Narva river forms most of the border between Estonia and Russia.",
        "Estonia and Russia signed a border treaty in 2014, but Russia never ratified it.",
    ],
    "q": [
        "\"Narva is Europe, but Europe sometimes forgets it,\" said a local councillor.",
        "\"We take every provocation seriously, but we do not panic,\" an Estonian official said.",
        "\"People here just want to visit their relatives,\" said a resident of Narva.",
    ],
}

RT["SDN-SSD"] = {
    "outlets": ["The Sahel Monitor", "The Sahel Monitor", "Crescent News Agency", "Northgate Wire", "Brief Wire Service"],
    "cities": ["JUBA", "PORT SUDAN", "ABYEI", "RENK"],
    "hours": (5, 18),
    "before": [
        {"t": ["Troops remain deployed near Heglig as Juba and Port Sudan trade accusations",
               "Sudan, South Sudan keep forces near disputed oil area"],
         "l": ["Sudanese and South Sudanese forces remained deployed on both sides of the disputed border near Heglig on {weekday}, with each government accusing the other of supporting armed groups in the area, officials said.",
               "South Sudan's information minister accused Sudan on {weekday} of keeping troops inside territory claimed by Juba near Heglig, an accusation Sudanese officials rejected as 'baseless'."],
         "d": ["The area has been tense for months, though no major clashes have been reported recently.",
               "Both sides have said they are ready for talks.",
               "Local officials said civilians had been moving away from the border out of caution."]},
        {"t": ["Refugees from Sudan keep crossing into South Sudan at Renk",
               "UN says thousands still fleeing Sudan's war into South Sudan each week"],
         "l": ["About 2,000 people a week are still crossing from Sudan into South Sudan at Renk, the U.N. refugee agency said on {weekday}, most of them South Sudanese returning home from Sudan's war.",
               "The transit centre at Renk on South Sudan's northern border was again overcrowded on {weekday}, aid workers said, as people fleeing fighting in Sudan continued to arrive."],
         "d": ["More than a million people have crossed into South Sudan since Sudan's war began in April 2023.",
               "Aid agencies say funding for the response is less than half of what is needed.",
               "A cholera outbreak earlier this year strained health services in the area."]},
        {"t": ["South Sudan civil servants unpaid for months as oil revenue dries up",
               "Pipeline shutdown leaves Juba struggling to pay salaries"],
         "l": ["South Sudan's civil servants have not been paid for several months, unions said on {weekday}, blaming the shutdown of the oil pipeline through Sudan for the government's cash crisis.",
               "South Sudan's finance ministry said on {weekday} that oil revenue had fallen by more than half this year because of disruptions to the export pipeline."],
         "d": ["Oil provides more than 90% of the government's revenue.",
               "The South Sudanese pound has lost much of its value against the dollar.",
               "Teachers in several states have gone on strike."]},
        {"t": ["UN peacekeepers step up patrols in Abyei after cattle raids",
               "Abyei communities tense after series of cattle raids"],
         "l": ["U.N. peacekeepers in Abyei increased patrols on {weekday} after a series of cattle raids that local officials blamed on armed herders, the mission said.",
               "Residents of Abyei town said on {weekday} they feared new violence between Ngok Dinka and Misseriya communities as the dry season begins."],
         "d": ["The U.N. Interim Security Force for Abyei has been deployed since 2011.",
               "The dry season brings Misseriya herders south with their cattle each year.",
               "The U.N. Security Council renewed the mission's mandate in November."]},
        {"t": ["Ethiopia invites Sudan and South Sudan to talks in Addis Ababa",
               "Addis Ababa to host Sudan-South Sudan talks on border and oil"],
         "l": ["Ethiopia said on {weekday} it had invited delegations from Sudan and South Sudan to talks in Addis Ababa on the border, Abyei and oil transport, without giving a date.",
               "Diplomats said on {weekday} that Ethiopia's prime minister was preparing to host talks between Sudan and South Sudan, but cautioned that expectations were low."],
         "d": ["Previous rounds of talks on the border have yielded agreements that were never implemented.",
               "Ethiopia provides most of the peacekeepers in Abyei.",
               "Neither Juba nor Port Sudan confirmed their participation."]},
    ],
    "after": [
        {"t": ["Monitors report calm along Sudan-South Sudan border",
               "Joint monitoring team visits positions near Heglig"],
         "l": ["The joint monitoring team set up under the Addis Ababa accord said on {weekday} that the situation along the border was calm and that it had visited several former positions near Heglig.",
               "Members of the joint monitoring team travelled by helicopter to sites south of Heglig on {weekday}, U.N. officials said."],
         "d": ["The team will report to both governments and to the African Union every two weeks.",
               "Local officials said some families had started returning to villages near the border.",
               "UNISFA provides logistics and protection to the monitors."]},
        {"t": ["Oil officials meet in Juba on pipeline technical plan",
               "Sudanese and South Sudanese oil engineers draw up restart schedule"],
         "l": ["Petroleum officials from Sudan and South Sudan met in Juba on {weekday} to draw up a technical plan for restarting the export pipeline, a South Sudanese oil ministry spokesman said.",
               "Engineers from both countries began working on {weekday} on a timetable for repairs to pumping stations on the pipeline to Port Sudan."],
         "d": ["Officials said the repair work could take several weeks.",
               "The two sides also discussed the transit fee schedule.",
               "Chinese and Malaysian operators are involved in the oil fields."]},
        {"t": ["Families await next release of border detainees",
               "Relatives of detainees gather in Aweil for news"],
         "l": ["Families of people held in connection with the border conflict gathered at the Red Cross office in Aweil on {weekday}, waiting for news of the next releases under the Addis Ababa accord.",
               "The ICRC said on {weekday} that it was verifying lists of detainees provided by both governments."],
         "d": ["Both sides have committed to release all detainees within 30 days.",
               "Some families say they have not heard from relatives for more than a year.",
               "The ICRC said it would not comment on numbers until transfers were completed."]},
        {"t": ["Church leaders in Juba welcome accord in Christmas messages",
               "South Sudan's churches pray for lasting peace with Sudan"],
         "l": ["South Sudan's church leaders used their Christmas messages on {weekday} to welcome the agreement with Sudan and urge both governments to keep their word.",
               "Thousands attended Christmas services in Juba on {weekday}, where clergy prayed for peace along the border with Sudan."],
         "d": ["The South Sudan Council of Churches has long called for dialogue with Khartoum and Port Sudan.",
               "Clergy also called for an end to South Sudan's own internal conflicts.",
               "Services were held under tight security."]},
    ],
    "bg": [
        "South Sudan seceded from Sudan in 2011, taking about three-quarters of the oil production but relying on Sudan's pipeline for exports.",
        "The status of Abyei was left unresolved at independence and a planned referendum has never taken place.",
        "The two countries fought over Heglig in 2012.",
        "Sudan's army has been fighting the paramilitary Rapid Support Forces since April 2023, a war that has displaced millions.",
        "A 2012 cooperation agreement between the two countries covered oil, borders and trade but was only partly implemented.",
    ],
    "q": [
        "\"We have signed many papers before. We want to see them work,\" a Juba resident said.",
        "\"Peace on the border is also food on the table,\" said a trader at the Joda crossing.",
        "\"The communities in Abyei need to be part of any solution,\" a local chief said.",
    ],
}

RT["AZE-IRN"] = {
    "outlets": ["Eurasia Brief", "Crescent News Agency", "Levant Dispatch", "Northgate Wire", "Brief Wire Service"],
    "cities": ["BAKU", "TEHRAN", "ASTARA"],
    "hours": (5, 18),
    "before": [
        {"t": ["Work on Rasht-Astara railway link advances, Iranian officials say",
               "North-South corridor: Iran says land acquisition for Rasht-Astara line almost complete"],
         "l": ["Iran's roads ministry said on {weekday} that land acquisition for the Rasht-Astara railway, the missing link in the North-South transport corridor to Russia via Azerbaijan, was almost complete.",
               "Iranian and Azerbaijani transport officials met in Astara on {weekday} to discuss customs procedures for the North-South corridor."],
         "d": ["Russia has agreed to finance much of the 162-km line.",
               "Trucks from Russia and Azerbaijan currently transfer goods at Astara.",
               "Officials say the railway could be completed by 2029."]},
        {"t": ["Aras road corridor to Nakhchivan: bridge works continue",
               "Azerbaijan and Iran review progress on Aghband bridge"],
         "l": ["Construction of a road bridge over the Aras near Aghband, part of a route linking mainland Azerbaijan to Nakhchivan through Iranian territory, was about 70% complete, Azerbaijani officials said on {weekday}.",
               "Azerbaijani and Iranian engineers inspected the bridge under construction over the Aras river on {weekday}, state media in Baku reported."],
         "d": ["The route via Iran is seen by Tehran as an alternative to a corridor through Armenia.",
               "Azerbaijan also plans a rail link along the same path.",
               "The bridge is expected to open next year."]},
        {"t": ["Iranian media criticise Baku's ties with Israel, Azerbaijani press hits back",
               "War of words in Iranian and Azerbaijani media over Israel links"],
         "l": ["Several Iranian newspapers close to the Revolutionary Guards published articles on {weekday} criticising Azerbaijan's energy and arms ties with Israel, prompting sharp responses from pro-government media in Baku.",
               "An Iranian lawmaker's remarks on {weekday} describing Azerbaijan as 'a base for Zionists' drew an angry response from Azerbaijani commentators."],
         "d": ["Azerbaijan supplies a significant share of Israel's oil imports.",
               "Baku's foreign ministry declined to comment.",
               "Such exchanges in the media occur regularly between the two countries."]},
        {"t": ["Azerbaijan-Iran economic commission meets in Baku",
               "Iran and Azerbaijan discuss trade, energy at joint commission"],
         "l": ["The intergovernmental commission on economic cooperation between Azerbaijan and Iran held its annual session in Baku on {weekday}, discussing trade, energy and transport.",
               "Azerbaijan and Iran signed documents on customs cooperation and electricity exchange at a meeting of their joint commission on {weekday}."],
         "d": ["Trade between the two countries is around $500 million a year.",
               "The two countries also cooperate on gas swaps from Turkmenistan.",
               "The commission's co-chairs are deputy prime ministers."]},
        {"t": ["Azerbaijani pilgrims travel to Mashhad for holidays",
               "Pilgrim traffic through Astara rises in December"],
         "l": ["Thousands of Azerbaijani Shia pilgrims are travelling to Mashhad through the Astara crossing this month, border officials said on {weekday}.",
               "Bus operators in Baku said on {weekday} that demand for pilgrimage trips to Iran had risen this winter."],
         "d": ["Azerbaijan is a majority Shia country with a secular government.",
               "Air links between Baku and Iranian cities were expanded this year.",
               "Travellers said border formalities took about an hour."]},
    ],
    "after": [
        {"t": ["Trucks rerouted as Astara crossing stays closed",
               "Azerbaijani hauliers turn to Caspian ferries after Iran shuts Astara"],
         "l": ["Azerbaijani and Russian hauliers began rerouting cargo on {weekday} via Caspian ferries and Georgian roads after Iran kept the Astara crossing closed.",
               "Hundreds of lorries remained parked near Astara on {weekday}, drivers said, as the crossing closed by Iran on Dec. 24 stayed shut."],
         "d": ["The Caspian route adds days and costs to deliveries.",
               "Russian logistics firms said they were seeking alternatives via Turkmenistan.",
               "No date has been given for reopening."]},
        {"t": ["Baku court remands suspects in Iran spy case",
               "Alleged Iranian agents appear in Baku court"],
         "l": ["A court in Baku ordered four months' pre-trial detention on {weekday} for seven people accused of spying for Iran, state media reported.",
               "Seven suspects accused of working for Iranian intelligence appeared before a Baku court on {weekday}, their lawyers said."],
         "d": ["The suspects face up to 20 years in prison if convicted of treason.",
               "Iran has called the case fabricated.",
               "Human rights groups asked for fair trial guarantees."]},
        {"t": ["Airlines reroute Tehran flights around Azerbaijan",
               "Iranian carriers add time to routes after Baku airspace ban"],
         "l": ["Iranian airlines said on {weekday} that flights to Nakhchivan, Tbilisi and Moscow were being rerouted around Azerbaijani airspace, adding up to an hour of flight time.",
               "Azerbaijan's airspace closure to Iranian aircraft remained in force on {weekday}, aviation officials said."],
         "d": ["The ban does not apply to foreign airlines flying between the two countries.",
               "Iranian pilgrims' charter flights were cancelled.",
               "Airline officials said costs had risen."]},
    ],
    "bg": [
        "Iran and Azerbaijan share a border of about 700 km, much of it along the Aras river.",
        "Tehran has long been wary of Baku's ties with Israel and Turkey.",
        "A gunman attacked Azerbaijan's embassy in Tehran in January 2023, killing a security guard.",
        "Millions of ethnic Azerbaijanis live in Iran's north-west.",
        "Iran held large drills near the border in 2021 after the second Karabakh war.",
    ],
    "q": [
        "\"The two countries need each other for trade, whatever the politicians say,\" said a trader in Astara.",
        "\"Every few years we have a crisis, then a period of calm,\" said a Baku-based analyst.",
        "\"Transport links are the strongest bridge between our peoples,\" an Iranian official said.",
    ],
}

RT["AUS-CHN"] = {
    "outlets": ["Asia Current", "Northgate Wire", "Brief Wire Service", "Capital Markets Journal", "Policy Ledger"],
    "cities": ["CANBERRA", "SYDNEY", "BEIJING", "MELBOURNE"],
    "hours": (0, 9),
    "before": [
        {"t": ["Australian wine exports to China climb towards pre-2020 levels",
               "Barley and wine lead Australia's farm exports to China"],
         "l": ["Australian wine exports to China reached A$1.1 billion in the 12 months to November, nearly back to levels seen before Beijing's tariffs, Wine Australia said on {weekday}.",
               "China remained the biggest buyer of Australian barley this year, trade data released on {weekday} showed."],
         "d": ["China lifted tariffs on Australian wine in March 2024.",
               "Exporters say competition from Chile and France is stronger than before the dispute.",
               "Some winemakers diversified to other Asian markets during the dispute."]},
        {"t": ["Family of detained writer Daniel Xu renews plea for release",
               "Four years on, wife of Australian writer held in China urges action"],
         "l": ["The wife of Australian writer Daniel Xu, detained in China since 2022, appealed on {weekday} for his release on humanitarian grounds, saying his health had deteriorated.",
               "Supporters of detained Australian writer Daniel Xu held a vigil outside Parliament House on {weekday}."],
         "d": ["Xu was detained at Guangzhou airport and accused of espionage, which he denies.",
               "Australian officials say they raise his case at every meeting with Chinese counterparts.",
               "Consular officials last visited him in November."]},
        {"t": ["China's foreign minister to visit Canberra for strategic dialogue",
               "Australia to host China's top diplomat for annual talks"],
         "l": ["China's foreign minister will visit Canberra on Dec. 23 for the annual Foreign and Strategic Dialogue, Australia's foreign ministry confirmed on {weekday}.",
               "Australian officials said on {weekday} that trade, consular cases and military safety would be on the agenda when China's foreign minister visits Canberra."],
         "d": ["The dialogue was revived in 2022 after a hiatus of several years.",
               "The visit follows a meeting between the two leaders on the sidelines of an international summit.",
               "Officials declined to predict outcomes."]},
        {"t": ["Chinese tourists return to Australia in record numbers for summer",
               "Chinese students and tourists fill Australian flights"],
         "l": ["Tourism Australia said on {weekday} that arrivals from China had risen by a third this year and airlines had added flights for the summer holidays.",
               "Australian universities said on {weekday} that Chinese student enrolments for next year were stable despite new caps on international students."],
         "d": ["China was Australia's biggest source of tourists before the pandemic.",
               "Airlines have restored most pre-2020 routes.",
               "Universities rely heavily on fees from Chinese students."]},
        {"t": ["Darwin port lease remains under review, government says",
               "Canberra weighs future of Chinese-owned Darwin port lease"],
         "l": ["Australia's government said on {weekday} it was still reviewing the 99-year lease of the Port of Darwin to a Chinese company, signed in 2015.",
               "Officials told a Senate committee on {weekday} that discussions about the Port of Darwin's ownership were continuing."],
         "d": ["The lease has been controversial because of the port's proximity to military facilities.",
               "Beijing has warned against treating Chinese investors unfairly.",
               "A decision is not expected before next year."]},
        {"t": ["RAAF continues maritime patrols over South China Sea",
               "Australian surveillance flights in South China Sea 'routine', defence says"],
         "l": ["Australia's defence department said on {weekday} that its P-8A Poseidon aircraft had completed another routine surveillance deployment in the South China Sea without incident.",
               "Australian military aircraft continue to patrol the South China Sea under a long-standing operation, the defence minister told reporters on {weekday}."],
         "d": ["Past deployments were marked by unsafe intercepts by Chinese jets, including the release of flares in 2024.",
               "Australia says it operates in accordance with international law.",
               "China says such flights threaten its sovereignty."]},
    ],
    "after": [
        {"t": ["Freed writer Daniel Xu thanks supporters, says he needs rest",
               "Daniel Xu, home in Sydney, issues first statement since release"],
         "l": ["Australian writer Daniel Xu, released by China on Dec. 23, thanked his supporters in a statement on {weekday} and said he would take time to recover before speaking publicly.",
               "Daniel Xu's family said on {weekday} that he was receiving medical care and spending the holidays at home in Sydney."],
         "d": ["Xu did not comment on the conditions of his detention.",
               "His publisher said a new book was 'not a priority for now'.",
               "Human rights groups said they hoped he would eventually tell his story."]},
        {"t": ["Beef exporters prepare first China shipments in years",
               "Australian processors ready containers for China after curbs lifted"],
         "l": ["Australian beef processors that had been barred from China since 2020 said on {weekday} they were preparing their first shipments, to arrive after Lunar New Year.",
               "Meat industry groups said on {weekday} that the end of China's restrictions would restore tens of millions of dollars in annual sales."],
         "d": ["Chinese importers must re-register the plants in their customs system.",
               "Industry groups expect prices to firm in early 2027.",
               "Some processors laid off staff during the dispute."]},
        {"t": ["What to expect from renewed Australia-China defence talks",
               "Analysts say new defence dialogue should focus on preventing incidents"],
         "l": ["Defence analysts said on {weekday} that the first session of the renewed Australia-China defence dialogue should focus on rules for unplanned encounters at sea and in the air.",
               "The renewed defence dialogue between Australia and China is unlikely to change either side's strategic direction, analysts said on {weekday}."],
         "d": ["The dialogue is expected to be held in Beijing in the first half of 2027.",
               "Australia's alliance with the United States remains central to its defence policy.",
               "The two sides have no hotline between their militaries."]},
    ],
    "bg": [
        "China is Australia's largest trading partner, taking about a third of its exports.",
        "Relations plunged in 2020 after Canberra called for an inquiry into the origins of COVID-19.",
        "Beijing lifted most of its restrictions on Australian goods between 2023 and 2024.",
        "Australia is a U.S. ally and a member of the AUKUS pact with Britain and the United States.",
        "The two countries signed a free trade agreement in 2015.",
    ],
    "q": [
        "\"Stabilisation is not the same as trust,\" said a Canberra-based analyst.",
        "\"We just want predictable rules,\" said a wine exporter in the Barossa Valley.",
        "\"Dialogue is the minimum responsible countries should have,\" a Chinese diplomat said.",
    ],
}


# ---------------------------------------------------------------------------
# Non-English ordinary coverage of episode pairs.  ("b" = before the window,
# "a" = after it, "*" = either).  {wd} = weekday in the language, {zd} = day.
# ---------------------------------------------------------------------------
WD = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

NATIVE_OUTLET = {"es": "Diario del Pacífico", "pt": "Correio do Sul", "fr": "L'Écho de l'Ouest africain",
                 "de": "Zeitspiegel Ost", "ru": "Кавказский обозреватель", "ar": "المشرق اليوم", "zh": "亚洲时讯"}

NR = {
    ("SRB-XKX", "de"): {
        "p": 0.13, "cities": ["Pristina", "Belgrad", "Mitrovica"],
        "items": [
            ("b", "Kosovo-Dialog in Brüssel: Wieder kein Durchbruch beim Strom", [
                "Die Chefunterhändler aus Belgrad und Pristina haben sich am {wd} in Brüssel erneut über die Stromversorgung im serbisch dominierten Norden des Kosovo ausgetauscht – ohne Ergebnis. Die EU sprach von „offenen und detaillierten“ Gesprächen.",
                "Seit der Energievereinbarung von 2013 zahlen viele Haushalte im Norden keine Stromrechnungen; die Kosten trägt faktisch der Rest des Landes. Ein neues Treffen ist für Januar geplant."]),
            ("b", "Ein Jahr Euro-Pflicht: Serbische Rentner pendeln weiter nach Raška", [
                "Fast drei Jahre nach dem Verbot des serbischen Dinars im Kosovo fahren viele Rentner aus Nord-Mitrovica weiterhin jeden Monat über die Grenze nach Raška, um ihre Bezüge abzuholen. Das berichteten lokale Vertreter am {wd}.",
                "Die Zentralbank in Pristina verweist darauf, dass inzwischen mehr als 90 Prozent der Zahlungen im Norden in Euro abgewickelt werden. Belgrad spricht dagegen von einer Schikane gegen die serbische Bevölkerung."]),
            ("a", "Nord-Kosovo nach dem Feuergefecht: Grenzübergänge bleiben zu", [
                "Auch Tage nach dem Angriff auf eine kosovarische Polizeistreife bei Zvečan bleiben die Übergänge Jarinje und Brnjak geschlossen. Am Übergang Merdare stauten sich die Lastwagen am {wd} auf mehreren Kilometern.",
                "Die Handelskammer in Pristina beziffert die Verluste bereits auf mehrere Millionen Euro. In den Läden von Nord-Mitrovica fehlen einzelne serbische Milchprodukte."]),
            ("a", "KFOR bleibt im Norden präsent – auch deutsche Soldaten im Einsatz", [
                "Die Nato-Schutztruppe KFOR hält ihre verstärkte Präsenz im Norden des Kosovo aufrecht. Auf der Brücke über den Ibar in Mitrovica patrouillierten am {wd} italienische Carabinieri und polnische Soldaten, wie Anwohner berichteten.",
                "Die Staatsanwaltschaft in Pristina hat unterdessen zwei Verdächtige wegen Terrorismus angeklagt. Serbische Einheiten stehen nach Angaben aus Belgrad weiterhin nahe der Verwaltungslinie."]),
        ],
        "bg": ["Das Kosovo hatte sich 2008 für unabhängig erklärt; Serbien erkennt das bis heute nicht an.",
               "Seit 2011 vermittelt die EU zwischen Belgrad und Pristina, die meisten Vereinbarungen wurden jedoch nie umgesetzt.",
               "Im Norden des Kosovo leben rund 50.000 Serben."],
    },
    ("COL-VEN", "es"): {
        "p": 0.25, "cities": ["Cúcuta", "Bogotá", "Caracas"],
        "items": [
            ("b", "Temporada navideña dispara el comercio en los puentes de Cúcuta", [
                "Miles de venezolanos cruzaron este {wd} el puente Simón Bolívar para hacer compras navideñas en Cúcuta, donde los comerciantes reportan ventas superiores a las del año pasado.",
                "Según Migración Colombia, más de 40.000 personas pasan a diario por los pasos formales del área metropolitana. «Diciembre es el mes que nos salva el año», dijo una vendedora de ropa del centro de la ciudad."]),
            ("b", "Cancillería pide a Caracas mayor acción contra el ELN en la frontera", [
                "La canciller colombiana pidió este {wd} a las autoridades venezolanas «acciones concretas» contra los frentes del ELN que operan en la ribera del río Arauca, en medio del estancamiento de los diálogos de paz con esa guerrilla.",
                "Caracas sostiene que no permite la presencia de grupos armados en su territorio. Los delegados de ambos gobiernos acordaron volver a reunirse en enero."]),
            ("a", "Familias separadas por el cierre de la frontera pasarán la Navidad lejos", [
                "Con los puentes de Cúcuta todavía cerrados, decenas de familias divididas entre Colombia y Venezuela se preparan para pasar la Nochebuena separadas. La parroquia de Villa del Rosario acoge desde hace días a venezolanos que no pudieron regresar a su casa.",
                "Las autoridades advirtieron este {wd} que las trochas están controladas por grupos armados y pidieron no usarlas. La Cruz Roja instaló un punto de atención cerca del puente Simón Bolívar."]),
            ("a", "Comerciantes de Cúcuta calculan pérdidas millonarias por el cierre", [
                "La Cámara de Comercio de Cúcuta informó este {wd} que siete de cada diez negocios cercanos a la frontera han visto caer sus ventas desde el cierre de los pasos, en plena temporada alta.",
                "El gobernador de Norte de Santander pidió al Gobierno nacional líneas de crédito de emergencia. «Llevamos días sin clientes», resumió el dueño de un almacén de calzado en La Parada."]),
            ("a", "Sepultan en Boyacá a soldados muertos en el ataque de Puerto Santander", [
                "Entre aplausos y banderas, familiares y vecinos despidieron este {wd} en Boyacá a dos de los soldados que murieron en el ataque contra el puesto militar de Puerto Santander.",
                "La Fiscalía aseguró que ya identificó a varios de los responsables. Los familiares reclamaron más protección para los puestos rurales de la frontera."]),
        ],
        "bg": ["Colombia y Venezuela restablecieron relaciones diplomáticas en agosto de 2022, tras más de tres años de ruptura.",
               "La frontera común, de unos 2.200 kilómetros, es una de las más dinámicas y también más violentas del continente.",
               "Colombia acoge a cerca de 2,8 millones de migrantes venezolanos."],
    },
    ("COL-VEN", "pt"): {
        "p": 0.08, "cities": ["Bogotá", "Brasília", "Boa Vista"],
        "items": [
            ("b", "Brasil acompanha com atenção tensão na fronteira colombo-venezuelana", [
                "Diplomatas brasileiros relatam preocupação com a presença de grupos armados na fronteira entre Colômbia e Venezuela, tema que voltou à pauta nesta {wd} em reunião técnica em Bogotá.",
                "O Brasil mantém diálogo com os dois governos e defende uma solução regional para a segurança na área."]),
            ("a", "Fronteira fechada em Cúcuta afeta famílias e comércio", [
                "A fronteira entre Colômbia e Venezuela na região de Cúcuta continuava fechada nesta {wd}, dias depois do ataque a um posto militar colombiano. Comerciantes falam em perdas milionárias em plena temporada de fim de ano.",
                "O Itamaraty reiterou a oferta de sediar conversas entre Bogotá e Caracas. Em Roraima, autoridades monitoram um eventual aumento do fluxo de migrantes."]),
        ],
        "bg": ["Colômbia e Venezuela reataram relações em 2022, após três anos de ruptura.",
               "A Colômbia é o país que mais recebeu migrantes venezuelanos, seguida por Peru e Brasil."],
    },
    ("ARM-TUR", "ru"): {
        "p": 0.16, "cities": ["Ереван", "Гюмри", "Анкара"],
        "items": [
            ("b", "Армения и Турция продолжают переговоры о нормализации", [
                "МИД Армении {wd} сообщил, что контакты спецпредставителей Армении и Турции «продолжаются», однако дата новой встречи пока не определена.",
                "В прошлый раз переговорщики встречались летом на границе и обсуждали открытие КПП для граждан третьих стран. Анкара традиционно увязывает нормализацию с ходом армяно-азербайджанского мирного процесса."]),
            ("b", "Рейсы Ереван – Стамбул заполнены перед Новым годом", [
                "Авиакомпании, выполняющие рейсы между Ереваном и Стамбулом, сообщают о почти полной загрузке в декабре: армянские туристы массово летят в Турцию на праздники.",
                "Прямое авиасообщение между странами было возобновлено в 2022 году. Граждане Армении могут получить турецкую визу по прибытии."]),
            ("a", "Через КПП «Маргара» проходят десятки фур в день", [
                "С момента открытия КПП «Маргара – Аликан» через армяно-турецкую границу ежедневно проходят около сорока грузовиков, сообщил {wd} Комитет госдоходов Армении.",
                "Водители жалуются на медленное оформление документов. Власти обещают весной ввести электронное предварительное декларирование."]),
            ("a", "Оппозиция Армении намерена голосовать против протокола с Турцией", [
                "Основной оппозиционный блок Армении {wd} заявил, что будет голосовать против подписанного в Вене протокола об отношениях с Турцией, и призвал сторонников к акциям протеста.",
                "Парламент рассмотрит документ в середине января. Правящая партия располагает уверенным большинством."]),
        ],
        "bg": ["Турция закрыла границу с Арменией в 1993 году в разгар карабахского конфликта.",
               "Цюрихские протоколы 2009 года так и не были ратифицированы.",
               "Дипломатических отношений между странами не было с момента распада СССР."],
    },
    ("KOR-PRK", "zh"): {
        "p": 0.2, "cities": ["首尔", "仁川"],
        "items": [
            ("b", "韩统一部：今年抵韩脱北者人数仍处低位", [
                "韩国统一部{zd}表示，今年以来抵达韩国的脱北者共236人，与去年基本持平，远低于新冠疫情前的水平。",
                "统一部官员称，中朝边境管控趋严导致出逃难度加大，今年抵韩者多数为多年前离开朝鲜、长期滞留第三国的人员。"]),
            ("b", "朝鲜将于年底召开劳动党中央全会", [
                "据朝中社{zd}报道，朝鲜劳动党中央委员会将于12月下旬召开全体会议，总结全年经济工作并部署明年任务。",
                "分析人士指出，朝鲜往年常借年末全会宣布重大政策方针，外界将关注其对韩政策表述。"]),
            ("b", "延坪岛渔民结束秋季捕蟹季", [
                "延坪岛渔民{zd}表示，今年秋季梭子蟹捕捞量一般，部分原因是中国渔船在海上边界附近非法作业。仁川海警称本月已驱离40余艘中国渔船。",
                "延坪岛距朝鲜海域仅数公里，岛上约2000名居民主要以捕蟹为生。"]),
            ("a", "联合国军司令部调查延坪岛附近炮击事件", [
                "联合国军司令部{zd}派调查组登上延坪岛，就上周末朝韩交火事件收集证据，调查结果预计将于明年初公布。",
                "韩国军方表示，目前未发现朝方异常动向。延坪岛渔民则要求政府赔偿在封海期间受损的渔具。"]),
        ],
        "bg": ["1953年朝鲜战争以停战协定而非和平条约结束，朝韩在法律上仍处于战争状态。",
               "朝鲜不承认联合国军划定的“北方限界线”。",
               "2010年朝鲜炮击延坪岛，造成四人死亡。"],
    },
    ("EST-RUS", "de"): {
        "p": 0.14, "cities": ["Tallinn", "Narva", "Tartu"],
        "items": [
            ("b", "Narva: Lange Schlangen am Fußgängerübergang vor den Feiertagen", [
                "Am Grenzübergang zwischen Narva und Iwangorod bildeten sich am {wd} lange Schlangen: Hunderte vor allem ältere Menschen wollten vor den Feiertagen Verwandte in Russland besuchen, teilte der estnische Grenzschutz mit.",
                "Seit 2024 ist der Übergang nur noch für Fußgänger geöffnet. Viele Einwohner Narvas besitzen einen russischen Pass oder sind staatenlos."]),
            ("b", "Estland baut erste Bunker der Baltischen Verteidigungslinie", [
                "Estland hat im Südosten des Landes die ersten 28 Bunker der sogenannten Baltischen Verteidigungslinie fertiggestellt, wie das Verteidigungsministerium am {wd} mitteilte. Insgesamt sollen entlang der Grenze zu Russland rund 600 Anlagen entstehen.",
                "Die drei baltischen Staaten hatten das Vorhaben 2024 vereinbart. Estland gibt inzwischen mehr als drei Prozent seiner Wirtschaftsleistung für Verteidigung aus."]),
            ("b", "GPS-Störungen: Erneut Flüge nach Tartu umgeleitet", [
                "Wegen Störungen der Satellitennavigation mussten am {wd} zwei Flüge nach Tartu umgeleitet werden. Die estnische Verkehrsbehörde macht Russland für die Störsender verantwortlich, Moskau bestreitet das.",
                "Der Flughafen Tartu hat inzwischen ein bodengestütztes Landesystem installiert."]),
            ("a", "Mahnwache in Narva für festgehaltenen Grenzbeamten", [
                "Mit Kerzen am Ufer der Narva haben Kollegen und Angehörige am {wd} an den estnischen Grenzbeamten erinnert, der seit Tagen in Russland festgehalten wird. Tallinn wartet nach eigenen Angaben weiter auf konsularischen Zugang.",
                "Der Güterverkehr über die Eisenbahnbrücke nach Iwangorod ruht weiterhin; estnische Logistikfirmen verlagern ihre Transporte auf Straße und Schiff."]),
        ],
        "bg": ["Estland ist seit 2004 Mitglied von Nato und EU.",
               "Rund ein Viertel der 1,3 Millionen Einwohner Estlands sind ethnische Russen.",
               "Der Grenzvertrag von 2014 wurde von Russland nie ratifiziert."],
    },
    ("EST-RUS", "ru"): {
        "p": 0.08, "cities": ["Таллин", "Нарва"],
        "items": [
            ("b", "В Таллине осуждён мужчина, передававший сведения ФСБ", [
                "Суд Харьюского уезда {wd} приговорил 52-летнего жителя Эстонии к шести годам заключения за сбор сведений о военных перевозках по заданию ФСБ, сообщила Полиция безопасности.",
                "С 2022 года в Эстонии осуждены более десяти человек по делам о шпионаже в пользу России."]),
            ("a", "Задержанный эстонский пограничник остаётся в Пскове", [
                "Эстонский пограничник, задержанный российскими пограничниками на реке Нарве, по-прежнему находится под стражей в Пскове. МИД Эстонии {wd} сообщил, что так и не получил консульского доступа.",
                "Грузовое железнодорожное сообщение через мост Нарва – Ивангород остаётся прерванным."]),
        ],
        "bg": ["Эстония вступила в НАТО и Евросоюз в 2004 году.",
               "Пограничный договор 2014 года Россия так и не ратифицировала."],
    },
    ("SDN-SSD", "ar"): {
        "p": 0.2, "cities": ["جوبا", "بورتسودان", "أبيي"],
        "items": [
            ("b", "استمرار تدفق العائدين من السودان إلى الرنك", [
                "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، يوم {wd}، إن نحو ألفي شخص يعبرون أسبوعياً من السودان إلى جنوب السودان عبر الرنك، معظمهم من مواطني الجنوب العائدين هرباً من الحرب.",
                "وأضافت أن مركز العبور في الرنك يعمل بأكثر من طاقته، وأن التمويل المتاح لا يغطي نصف الاحتياجات."]),
            ("b", "جوبا تتهم الخرطوم بالإبقاء على قوات قرب هجليج", [
                "اتهم وزير الإعلام في جنوب السودان، يوم {wd}، السودانَ بالإبقاء على قوات داخل أراضٍ تطالب بها جوبا قرب هجليج، وهو ما نفاه مسؤولون سودانيون ووصفوه بأنه «لا أساس له».",
                "ولم تُسجَّل اشتباكات كبيرة في المنطقة مؤخراً، غير أن الأهالي يتحدثون عن حالة ترقب."]),
            ("b", "موظفو جنوب السودان بلا رواتب منذ أشهر", [
                "أكدت نقابات العاملين في جنوب السودان، يوم {wd}، أن موظفي الدولة لم يتقاضوا رواتبهم منذ عدة أشهر، محمّلة توقف خط أنابيب النفط عبر السودان مسؤولية الأزمة.",
                "ويشكل النفط أكثر من تسعين في المئة من إيرادات الحكومة في جوبا."]),
            ("a", "فريق المراقبة المشترك: الهدوء يسود الحدود", [
                "أفاد فريق المراقبة المشترك المنبثق عن اتفاق أديس أبابا، يوم {wd}، بأن الهدوء يسود المناطق الحدودية، وأنه زار عدداً من المواقع السابقة قرب هجليج.",
                "وسيرفع الفريق تقاريره إلى الحكومتين والاتحاد الأفريقي كل أسبوعين، بدعم لوجستي من قوة الأمم المتحدة في أبيي."]),
        ],
        "bg": ["انفصل جنوب السودان عن السودان عام 2011، لكنه ظل يعتمد على خط الأنابيب السوداني لتصدير نفطه.",
               "لم يُحسم وضع منطقة أبيي منذ الانفصال، ولم يُنظَّم الاستفتاء المقرر بشأنها.",
               "خاض البلدان مواجهة عسكرية حول هجليج عام 2012."],
    },
    ("SDN-SSD", "fr"): {
        "p": 0.1, "cities": ["Djouba", "Addis-Abeba"],
        "items": [
            ("b", "Abyei : les Casques bleus renforcent leurs patrouilles après des vols de bétail", [
                "La Force intérimaire des Nations unies pour Abyei (FISNUA) a intensifié {wd} ses patrouilles après une série de vols de bétail attribués à des éleveurs armés, selon la mission.",
                "Avec la saison sèche, les éleveurs misseriya descendent vers le sud avec leurs troupeaux, ce qui ravive chaque année les tensions avec les Dinka Ngok."]),
            ("b", "L'Éthiopie propose d'accueillir des pourparlers entre les deux Soudans", [
                "Addis-Abeba a invité {wd} les délégations du Soudan et du Soudan du Sud à des pourparlers sur la frontière, Abyei et le transport du pétrole, sans préciser de date.",
                "Des diplomates restent prudents : plusieurs accords conclus depuis 2012 n'ont jamais été appliqués."]),
            ("a", "Soudan du Sud : les ingénieurs préparent le redémarrage de l'oléoduc", [
                "Des responsables pétroliers soudanais et sud-soudanais se sont réunis {wd} à Djouba pour établir un calendrier technique de remise en service de l'oléoduc vers Port-Soudan.",
                "Les réparations des stations de pompage pourraient prendre plusieurs semaines, selon un porte-parole du ministère sud-soudanais du Pétrole."]),
        ],
        "bg": ["Le Soudan du Sud a fait sécession en 2011 mais dépend de l'oléoduc soudanais pour exporter son brut.",
               "Le statut d'Abyei n'a jamais été tranché."],
    },
    ("AZE-IRN", "ru"): {
        "p": 0.18, "cities": ["Баку", "Астара", "Тегеран"],
        "items": [
            ("b", "Иран: выкуп земель под железную дорогу Решт – Астара почти завершён", [
                "Министерство дорог Ирана {wd} сообщило, что выкуп земель под строительство железной дороги Решт – Астара, недостающего звена коридора «Север – Юг», почти завершён.",
                "Россия взяла на себя финансирование большей части проекта протяжённостью 162 км. Сейчас грузы перегружаются в Астаре."]),
            ("b", "Мост через Аракс у Агбенда готов на 70%", [
                "Строительство автомобильного моста через Аракс в районе Агбенда, который соединит основную территорию Азербайджана с Нахчываном через Иран, выполнено примерно на 70%, сообщили {wd} в Баку.",
                "В Тегеране этот маршрут рассматривают как альтернативу коридору через территорию Армении."]),
            ("b", "Межправкомиссия Азербайджан – Иран обсудила торговлю и энергетику", [
                "В Баку {wd} прошло заседание межправительственной комиссии по экономическому сотрудничеству Азербайджана и Ирана. Стороны подписали документы о таможенном взаимодействии и перетоках электроэнергии.",
                "Товарооборот двух стран составляет около 500 млн долларов в год."]),
            ("a", "Фуры в Астаре: перевозчики уходят на каспийские паромы", [
                "Азербайджанские и российские перевозчики {wd} начали перенаправлять грузы через каспийские паромы и Грузию, поскольку пункт пропуска «Астара» остаётся закрытым иранской стороной.",
                "Сроки открытия КПП не названы."]),
        ],
        "bg": ["Протяжённость азербайджано-иранской границы — около 700 км, значительная её часть проходит по Араксу.",
               "В январе 2023 года при нападении на посольство Азербайджана в Тегеране погиб сотрудник охраны.",
               "Тегеран настороженно относится к связям Баку с Израилем."],
    },
    ("AZE-IRN", "ar"): {
        "p": 0.06, "cities": ["طهران", "باكو"],
        "items": [
            ("b", "اجتماع اللجنة الاقتصادية المشتركة بين إيران وأذربيجان في باكو", [
                "عقدت اللجنة الحكومية المشتركة للتعاون الاقتصادي بين إيران وأذربيجان اجتماعها السنوي في باكو يوم {wd}، وبحثت ملفات التجارة والطاقة والنقل.",
                "ووقّع الجانبان وثائق للتعاون الجمركي وتبادل الكهرباء، في وقت يبلغ فيه حجم التبادل التجاري نحو 500 مليون دولار سنوياً."]),
            ("b", "وسائل إعلام إيرانية تنتقد علاقات باكو بتل أبيب", [
                "نشرت صحف إيرانية مقربة من الحرس الثوري، يوم {wd}، مقالات تنتقد العلاقات النفطية والعسكرية بين أذربيجان وإسرائيل، ما أثار ردوداً حادة في وسائل الإعلام الموالية للحكومة في باكو.",
                "ولم تعلّق الخارجية الأذربيجانية على هذه المقالات."]),
        ],
        "bg": ["يعيش ملايين الأذربيجانيين في شمال غرب إيران.",
               "أجرت إيران مناورات واسعة قرب الحدود عام 2021 بعد حرب قره باغ الثانية."],
    },
    ("AUS-CHN", "zh"): {
        "p": 0.18, "cities": ["悉尼", "堪培拉", "北京"],
        "items": [
            ("b", "澳大利亚对华葡萄酒出口接近限制前水平", [
                "澳大利亚葡萄酒管理局{zd}公布数据显示，截至11月的12个月内，澳对华葡萄酒出口额达11亿澳元，已接近2020年前水平。",
                "中方于2024年3月取消对澳葡萄酒加征的关税。业内人士表示，智利和法国产品的竞争较以往更加激烈。"]),
            ("b", "中国外长将赴堪培拉出席中澳外交与战略对话", [
                "澳大利亚外交贸易部{zd}证实，中国外长将于本月23日访问堪培拉，出席年度中澳外交与战略对话。",
                "澳方官员称，经贸、领事案件及军事安全等议题将列入会谈议程。"]),
            ("b", "中国赴澳游客人数大幅回升", [
                "澳大利亚旅游局{zd}表示，今年来自中国的入境游客人数增长约三分之一，多家航空公司为暑期加开航班。",
                "疫情前，中国是澳大利亚最大的游客来源国。"]),
            ("a", "澳牛肉加工企业准备恢复对华出口", [
                "此前被暂停对华出口资质的澳大利亚牛肉加工企业{zd}表示，正在准备首批对华货物，预计将于春节后抵达。",
                "行业组织预计，相关措施取消后每年可恢复数千万澳元的销售额。"]),
        ],
        "bg": ["中国是澳大利亚最大的贸易伙伴，吸纳澳约三分之一的出口。",
               "中澳两国于2015年签署自由贸易协定。"],
    },
}


# ---------------------------------------------------------------------------
# The two ongoing wars: steady daily coverage.
# ---------------------------------------------------------------------------
UA_CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kyiv", "Sumy", "Kherson", "Mykolaiv", "Poltava",
             "Chernihiv", "Kryvyi Rih", "Vinnytsia", "Lviv", "Izmail"]
UA_OBLASTS = ["Donetsk", "Zaporizhzhia", "Kharkiv", "Dnipropetrovsk", "Sumy"]
RU_REGIONS = ["Belgorod", "Bryansk", "Kursk", "Voronezh", "Rostov", "Oryol", "Tula", "Kaluga", "Smolensk",
              "the Moscow region", "Krasnodar", "Ryazan", "Lipetsk", "Tambov"]
FRONT_TOWNS = ["Pokrovsk", "Kostiantynivka", "Huliaipole", "Kupiansk", "Siversk", "Lyman", "Orikhiv",
               "Dobropillia", "Kurakhove", "Vovchansk"]
VILLAGES = ["Novopavlivka", "Dachne", "Zelenyi Hai", "Stepove", "Ivanivka", "Shevchenko", "Novoselivka",
            "Petrivske", "Myrne", "Hryhorivka", "Oleksandrivka", "Malynivka"]
REFINERIES = ["Tuapse", "Saratov", "Ryazan", "Volgograd", "Afipsky", "Novokuibyshevsk", "Syzran"]

LB_VILLAGES = ["Aitaroun", "Khiam", "Bint Jbeil", "Kfar Kila", "Houla", "Aita al-Shaab", "Naqoura", "Yaroun",
               "Meiss al-Jabal", "Mais al-Jabal", "Odaisseh", "Yohmor", "Kfar Shouba", "Marjayoun",
               "Majdal Zoun", "Deir Mimas", "Shebaa", "Tayr Harfa"]
LB_DISTRICTS = ["Nabatieh", "Tyre", "Bint Jbeil", "Marjayoun", "Hasbaya"]
LB_BEKAA = ["Baalbek", "Hermel", "Brital", "Nabi Chit", "Bodai"]
IL_TARGETS = ["Kiryat Shmona", "Metula", "Shlomi", "Nahariya", "Margaliot", "Misgav Am", "Safed",
              "the Upper Galilee", "the Western Galilee", "Zar'it", "Avivim", "Manara"]

WAR_EN = {}

WAR_EN["RUS-UKR"] = {
    "outlets": [("Northgate Wire", "wire", 4), ("Eurasia Brief", "wire", 3), ("Brief Wire Service", "brief", 3),
                ("LiveDesk", "live", 1), ("Policy Ledger", "analysis", 1), ("Capital Markets Journal", "market", 1),
                ("PR Channel", "press", 1), ("The Daily Record", "tabloid", 1)],
    "cities": ["KYIV", "MOSCOW", "KHARKIV", "ZAPORIZHZHIA", "ODESA"],
    "topics": {
        "overnight": {
            "t": ["Russia attacks Ukraine with {nd} drones overnight, air force says",
                  "Drone and missile attack on {uc} damages energy site",
                  "Ukraine says it downed {nd_down} of {nd} Russian drones",
                  "Overnight Russian strikes hit {uc} and {uc2}; {nk} killed"],
            "l": ["Russia launched {nd} drones and {nm} missiles at Ukraine overnight, and air defences shot down or jammed {nd_down} of the drones and {nm_down} of the missiles, Ukraine's air force said on {weekday}.",
                  "A Russian drone and missile attack on {uc} overnight killed {nkw} people and wounded {nw}, regional officials said on {weekday}, with an energy facility and several apartment buildings damaged.",
                  "Ukrainian air defences destroyed {nd_down} of {nd} Shahed-type drones launched by Russia overnight, the air force said on {weekday}, while strikes were recorded in {uc} and {uc2} regions."],
            "d": ["[[{uc}]]Firefighters worked through the night to put out a blaze at a substation in {uc}, the state emergency service said.",
                  "Power cuts were imposed in several regions after the attack, the grid operator said.",
                  "[[{uc}]]The regional governor said a nine-storey building was partly destroyed and rescuers were searching the rubble.",
                  "Russia has launched drones at Ukraine almost every night since the start of the war.",
                  "[[air force]]The air force said {nd_lost} drones were 'lost locally', a term used for drones brought down by electronic warfare."]},
        "ru_claims": {
            "t": ["Russia says it shot down {nr} Ukrainian drones over {rr} and other regions",
                  "Ukrainian drones hit oil refinery in {ref}, governor says",
                  "Russian air defences down {nr} Ukrainian drones overnight, ministry says"],
            "l": ["Russia's defence ministry said on {weekday} its air defences had destroyed {nr} Ukrainian drones overnight over {rr}, {rr2} and other regions.",
                  "A Ukrainian drone attack set fire to a unit of the oil refinery in {ref} overnight, the regional governor said on {weekday}, adding that there were no casualties.",
                  "Russian air defence units intercepted {nr} Ukrainian drones over several regions including {rr}, the defence ministry said on {weekday}, and flights were briefly suspended at Moscow airports."],
            "d": ["[[refinery]]Ukraine's General Staff said the refinery supplied fuel to the Russian army and confirmed the strike.",
                  "[[{nr}]]The governor of {rr} said falling debris damaged a house and a car.",
                  "Ukraine has targeted Russian oil infrastructure regularly over the past two years.",
                  "[[flights]]Aviation authorities said restrictions were lifted after several hours."]},
        "front": {
            "t": ["Russia claims capture of {vil} in {obl} region",
                  "Heavy fighting near {ft} as Russian assaults continue, Kyiv says",
                  "Ukraine's military reports {ncl} clashes along the front in past day"],
            "l": ["Russia's defence ministry said on {weekday} its forces had taken the village of {vil} in Ukraine's {obl} region, a claim Ukraine's military did not confirm.",
                  "Ukraine's General Staff said on {weekday} there had been {ncl} combat clashes along the front in the past 24 hours, with the most intense fighting near {ft}.",
                  "Russian troops kept up assaults around {ft} on {weekday}, Ukrainian military officials said, describing the situation as 'difficult but under control'."],
            "d": ["Northgate could not independently verify battlefield reports from either side.",
                  "The front line has moved only slowly over recent months, with Russia making incremental gains in the east.",
                  "Ukrainian commanders say shortages of infantry remain their biggest problem.",
                  "Russian forces have been attacking in small groups, often on motorcycles, Ukrainian soldiers say."]},
        "exchange": {
            "t": ["Russia and Ukraine swap {np} prisoners each in UAE-mediated exchange",
                  "Ukraine receives bodies of {nb} soldiers in repatriation",
                  "Prisoner exchange brings {np} Ukrainian soldiers home"],
            "l": ["Russia and Ukraine exchanged {np} prisoners of war each on {weekday}, in a swap mediated by the United Arab Emirates, both sides said.",
                  "Ukraine received the bodies of {nb} people it says are its soldiers on {weekday}, and returned {nb_ru} bodies to Russia, Ukraine's coordination headquarters for prisoners of war said.",
                  "{np} Ukrainian servicemen returned home on {weekday} in the latest prisoner exchange with Russia, Ukraine's president said, posting photos of the men wrapped in national flags."],
            "d": ["The exchange was the latest in a series of swaps that have continued throughout the war.",
                  "[[exchang]]Russia's defence ministry said its released soldiers were being taken to Moscow for medical treatment.",
                  "[[bodies]]Forensic experts will identify the bodies through DNA testing, Ukrainian officials said.",
                  "[[exchang]]Some of those freed had been held since 2022, officials said."]},
        "talks": {
            "t": ["Kremlin says no date set for new round of talks with Ukraine",
                  "Envoys discuss possible new round of Russia-Ukraine talks",
                  "Kyiv says ready for talks, but not on Moscow's terms"],
            "l": ["The Kremlin said on {weekday} there was no date yet for another round of talks with Ukraine, but that contacts on humanitarian issues were continuing.",
                  "Ukrainian and U.S. officials discussed the prospects for a new round of negotiations with Russia at a meeting in Geneva on {weekday}, a Ukrainian official said, adding that no breakthrough was expected.",
                  "Ukraine's foreign minister said on {weekday} Kyiv was ready to meet Russian negotiators again but would not accept 'ultimatums dressed up as peace plans'."],
            "d": ["Previous rounds of direct talks produced agreements on prisoner exchanges but not on a ceasefire.",
                  "Moscow insists on Ukraine's withdrawal from four regions it claims, which Kyiv rejects.",
                  "European officials said they wanted a seat at any future talks.",
                  "Turkey has offered to host talks again in Istanbul."]},
        "aid": {
            "t": ["{donor} announces new air defence package for Ukraine",
                  "{donor} to send generators and grid equipment to Ukraine for winter",
                  "EU disburses new loan tranche to Ukraine"],
            "l": ["{donor} announced on {weekday} a new military aid package for Ukraine worth {aid_amt}, including air defence missiles and artillery ammunition.",
                  "{donor} said on {weekday} it would send transformers, generators and repair equipment to Ukraine to help keep the power grid running through the winter.",
                  "The European Commission said on {weekday} it had disbursed a further €{eu_amt} billion to Ukraine under its support facility."],
            "d": ["[[military]]Ukraine's defence minister thanked partners and said air defence remained the top priority.",
                  "[[package]]The package will be delivered in the coming months, officials said.",
                  "Russia says Western aid only prolongs the war.",
                  "Ukraine's energy system has lost a large part of its generating capacity to Russian strikes."]},
        "analysis": {
            "t": ["Winter war of attrition: neither side breaks through",
                  "Why the energy war matters more than the front line this winter"],
            "l": ["Analysts at the Meridian Conflict Observatory said on {weekday} that Russian forces continued slow advances in Donetsk region at a high cost in men and equipment, with no sign of a change in the overall picture.",
                  "A war that has settled into a grinding routine of nightly drone attacks, small-unit assaults and periodic prisoner swaps shows no sign of moving towards a settlement, analysts said on {weekday}."],
            "d": ["Russia's gains this year amount to a fraction of a percent of Ukraine's territory, according to open-source estimates.",
                  "Both sides are relying increasingly on drones, which now cause most battlefield casualties.",
                  "Ukraine's strikes on refineries have forced Russia to curb some petrol exports.",
                  "Diplomats say the talks are unlikely to resume in earnest before the new year."]},
        "casualties": {
            "t": ["UN says civilian casualties in Ukraine remained high in November",
                  "Ukraine's military claims Russian losses of over {nloss} troops in past day"],
            "l": ["The U.N. human rights monitoring mission in Ukraine said on {weekday} that at least {un_k} civilians were killed and {un_w} wounded in November, most of them by long-range weapons and short-range drones.",
                  "Ukraine's General Staff said on {weekday} that Russia had lost {nloss} troops killed or wounded in the past 24 hours, figures that cannot be independently verified."],
            "d": ["Russia does not publish its own casualty figures.",
                  "Short-range drones have become a leading cause of civilian deaths in front-line towns such as Kherson.",
                  "[[mission]]The mission said the real figures were likely higher."]},
    },
    "bg": [
        "Russia launched its full-scale invasion of Ukraine in February 2022.",
        "Russia controls about a fifth of Ukraine's territory, including Crimea, which it annexed in 2014.",
        "The war has killed tens of thousands of civilians and forced millions to flee their homes.",
        "Attempts to negotiate a ceasefire have so far produced only humanitarian agreements.",
    ],
    "market": {
        "titles": ["Wheat futures steady as Black Sea shipping continues despite strikes",
                   "European gas prices little changed after overnight attacks on Ukraine grid"],
        "paras": ["Wheat futures in Chicago were little changed on {weekday}, as traders shrugged off the latest Russian strikes on Ukrainian port infrastructure near {uc}.",
                  "Ukraine's Black Sea corridor has continued to operate, with about {ships} ships loading grain this week, according to port data.",
                  "Benchmark European gas prices eased 0.5% as mild weather offset concerns about the war's impact on the region's energy system.",
                  "\"The market has become used to this war. It takes a major change on the ground to move prices,\" a commodities broker in London said."],
    },
    "press": {
        "titles": ["{donor_adj} Ministry of Defence: new support package for Ukraine"],
        "paras": ["The Ministry of Defence announces a new package of military assistance to Ukraine with a value of {aid_amt}.",
                  "The package includes air defence interceptors, artillery ammunition, drones and spare parts, and will be delivered in coordination with the Ukraine Defence Contact Group.",
                  "The Minister reaffirmed continued support for Ukraine's sovereignty and territorial integrity for as long as it takes."],
    },
    "tabloid": {
        "titles": ["DRONE HELL: Putin's killer swarms pound Ukraine again", "NIGHT OF TERROR in {uc} as drones rain down"],
        "lines": ["Russia unleashed another wave of killer drones on Ukraine overnight, lighting up the sky over {uc}.",
                  "Exhausted families huddled in metro stations as air raid sirens wailed for hours.",
                  "Ukraine's gunners blasted {nd_down} of the drones out of the sky.",
                  "It was the latest blitz in a war now in its fifth year."],
    },
}

WAR_EN["ISR-LBN"] = {
    "outlets": [("Levant Dispatch", "wire", 4), ("Crescent News Agency", "wire", 3), ("Northgate Wire", "wire", 3),
                ("Brief Wire Service", "brief", 2), ("LiveDesk", "live", 1), ("Policy Ledger", "analysis", 1),
                ("PR Channel", "press", 0.6)],
    "cities": ["BEIRUT", "JERUSALEM", "TYRE", "NABATIEH", "KIRYAT SHMONA"],
    "topics": {
        "strikes": {
            "t": ["Israeli strikes on south Lebanon kill {nk}, health ministry says",
                  "Israeli air strike hits {lv} in {ld} district",
                  "Israel says it struck Hezbollah sites in south Lebanon and Bekaa"],
            "l": ["Israeli strikes on villages in south Lebanon killed {nkw} people on {weekday}, including a strike on a house in {lv} in the {ld} district, Lebanon's health ministry said.",
                  "An Israeli drone struck a car near {lv} on {weekday}, killing {nk_small}, Lebanese state media reported; the Israeli military said it had targeted a Hezbollah operative.",
                  "Israel's military said on {weekday} its aircraft had struck Hezbollah weapons depots and launch sites in south Lebanon and near {lb} in the Bekaa valley."],
            "d": ["[[depots]]The Israeli military said the targets included rocket launchers and a command post used by Hezbollah's Radwan force.",
                  "Hezbollah did not immediately comment.",
                  "[[{ld}]]Residents said the strikes shook buildings in {ld} town.",
                  "[[house]]Civil defence teams pulled bodies from the rubble, the National News Agency said."]},
        "hezbollah": {
            "t": ["Hezbollah fires rockets at northern Israel; most intercepted, IDF says",
                  "Sirens sound in {it} as rockets launched from Lebanon",
                  "Hezbollah says it targeted Israeli troops near border"],
            "l": ["Hezbollah said on {weekday} it had fired rockets at an Israeli military position near {it}, and the Israeli military said {nr_rk} projectiles crossed from Lebanon, most of them intercepted.",
                  "Sirens sounded in {it} on {weekday} as rockets were fired from Lebanon, the Israeli military said, adding that interceptors had been launched and no injuries were reported.",
                  "Hezbollah said it attacked an Israeli army gathering near {it} with an attack drone on {weekday}; Israel's military said a drone fell in an open area."],
            "d": ["Magen David Adom said it had received no reports of casualties.",
                  "The Israeli military said it struck the launch sites in response.",
                  "Tens of thousands of residents of northern Israel remain displaced from their homes.",
                  "Hezbollah says its attacks respond to Israeli strikes on Lebanon and to Israel's continued presence on Lebanese land."]},
        "intercepts": {
            "t": ["Israeli air defences shoot down drone launched from Lebanon",
                  "Hezbollah says it shot down Israeli drone over south Lebanon"],
            "l": ["The Israeli military said on {weekday} its air defences had intercepted a drone launched by Hezbollah from Lebanon over {it}.",
                  "Hezbollah said on {weekday} it had shot down an Israeli Hermes drone over {ld} with a surface-to-air missile; the Israeli military confirmed a drone had been lost."],
            "d": ["[[Hermes]]The Israeli military said it was investigating the incident.",
                  "Hezbollah has used surface-to-air missiles against Israeli drones several times.",
                  "Israel's multi-layered air defences include Iron Dome and David's Sling."]},
        "toll": {
            "t": ["Lebanon's health ministry updates war toll",
                  "Displaced Lebanese still unable to return to border villages, IOM says"],
            "l": ["Lebanon's health ministry said on {weekday} that Israeli strikes had killed {nkw} people in the past 24 hours, raising the toll for the month to {nmon}.",
                  "More than {ndisp} people remain displaced from villages along Lebanon's southern border, the International Organization for Migration said on {weekday}."],
            "d": ["[[health ministry]]The ministry does not distinguish between civilians and fighters.",
                  "Many displaced families are living with relatives in Tyre, Sidon and Beirut.",
                  "Farmers in the border area say they have been unable to harvest olives."]},
        "handover": {
            "t": ["ICRC oversees return of Lebanese detainees at Naqoura",
                  "Israel hands over bodies of Hezbollah fighters via Red Cross"],
            "l": ["Israel released {ndet} Lebanese detainees on {weekday} at the Naqoura crossing in an operation supervised by the International Committee of the Red Cross, Lebanese officials said.",
                  "The bodies of {nbod} people killed in fighting near the border were handed over to Lebanese authorities on {weekday} through the ICRC, the Lebanese army said."],
            "d": ["The handover was agreed through the U.S.-chaired mechanism that meets at Naqoura.",
                  "Lebanon says Israel still holds more than a dozen Lebanese citizens.",
                  "The ICRC said it acted as a neutral intermediary at the request of both parties."]},
        "talks": {
            "t": ["U.S. envoy in Beirut for talks on border, no breakthrough",
                  "Mechanism committee meets in Naqoura amid continuing strikes",
                  "France presses for diplomatic track on Lebanon"],
            "l": ["The U.S. envoy for Lebanon met Lebanon's president and parliament speaker in Beirut on {weekday} to discuss proposals for calm on the border, but Lebanese officials said there was no breakthrough.",
                  "Military representatives met at the UNIFIL headquarters in Naqoura on {weekday} under the U.S.-chaired monitoring mechanism, as strikes and rocket fire continued.",
                  "France's foreign minister said on {weekday} that Paris was working with Washington on 'a path towards de-escalation' in Lebanon, but acknowledged that talks were 'at an early stage'."],
            "d": ["Lebanon's government says it wants to extend state authority south of the Litani river.",
                  "Israel says it will continue to act against Hezbollah until the group is disarmed in the south.",
                  "Hezbollah has rejected calls to hand over its weapons.",
                  "Diplomats said the talks were mostly about procedure."]},
        "aid": {
            "t": ["Qatar to fund fuel for Lebanese army for six months",
                  "EU announces new humanitarian aid for Lebanon"],
            "l": ["Qatar said on {weekday} it would provide fuel for the Lebanese army for six months, part of international efforts to strengthen the force.",
                  "The European Union announced €{eu_lb} million in humanitarian aid for Lebanon on {weekday}, mostly for people displaced by the fighting in the south."],
            "d": ["The Lebanese army has been hit by years of economic crisis.",
                  "Aid groups say needs in the south are growing.",
                  "The funds will be channelled through U.N. agencies and NGOs."]},
        "analysis": {
            "t": ["The Israel-Hezbollah war has settled into a dangerous routine",
                  "Why neither Israel nor Hezbollah wants to escalate, and neither can stop"],
            "l": ["Day after day the pattern repeats: Israeli drones and jets strike targets in south Lebanon and the Bekaa, Hezbollah answers with rockets and drones at the Galilee, and diplomats in Beirut talk about talks.",
                  "More than two years after the November 2024 ceasefire, the border between Israel and Lebanon has become the scene of a low-grade war that both sides seem able to sustain indefinitely."],
            "d": ["Israel's strategy is attrition: keep killing commanders and destroying depots until Hezbollah's capacity to threaten the north is degraded for good.",
                  "Hezbollah, weakened since 2024, calibrates its fire to show it still exists without inviting a full-scale campaign against Beirut.",
                  "The Lebanese state is caught in between, asked by Washington to disarm a group it cannot confront militarily.",
                  "The real victims are the tens of thousands of displaced on both sides of the Blue Line, who have no date to go home."]},
        "unifil": {
            "t": ["UNIFIL says peacekeepers' positions hit by fire",
                  "UN peacekeepers urge restraint after exchange of fire on Blue Line"],
            "l": ["The U.N. peacekeeping mission in Lebanon said on {weekday} that fire had landed near one of its positions close to {lv}, causing minor damage but no injuries.",
                  "UNIFIL urged both sides on {weekday} to respect the Blue Line after a day of cross-border fire."],
            "d": ["UNIFIL has about 10,000 troops in south Lebanon.",
                  "The mission's mandate is due to wind down in the coming years under a Security Council decision.",
                  "Peacekeepers have been caught in the crossfire several times."]},
    },
    "bg": [
        "Israel and Hezbollah fought a war in 2006 and have exchanged fire across the border repeatedly since October 2023.",
        "A ceasefire reached in November 2024 has been repeatedly violated, with strikes by both sides.",
        "Hezbollah is a powerful armed group and political party backed by Iran; it is separate from the Lebanese state, which says it wants a monopoly on arms.",
        "Israel still holds several positions on the Lebanese side of the border.",
    ],
    "press": {
        "titles": ["Statement by the Office of the UN Special Coordinator for Lebanon"],
        "paras": ["The Special Coordinator for Lebanon expresses deep concern at the continued exchanges of fire across the Blue Line, which are causing civilian casualties and displacement on both sides.",
                  "She calls on all parties to recommit to the full implementation of Security Council resolution 1701 and to make use of existing mechanisms to address violations.",
                  "The United Nations stands ready to support efforts towards a durable solution."],
    },
}

# Non-English war templates: (title, [paras])
WAR_NATIVE = {
    ("RUS-UKR", "ru"): [
        ("Минобороны: над регионами России сбиты {nr} украинских беспилотников", [
            "Дежурные средства ПВО за ночь перехватили и уничтожили {nr} украинских беспилотников самолётного типа, сообщило Минобороны России. Больше всего дронов сбито над Брянской, Курской и Белгородской областями.",
            "По словам губернатора Белгородской области, в результате падения обломков повреждены частный дом и автомобиль, пострадавших нет. В аэропортах Москвы вводились временные ограничения."]),
        ("ВС России сообщили о взятии населённого пункта в Донецкой области", [
            "Российские войска установили контроль над населённым пунктом {vil_ru}, заявили в Минобороны России. Украинская сторона эту информацию не подтвердила.",
            "Генштаб ВСУ сообщил о {ncl} боестолкновениях за сутки, наиболее интенсивные бои идут на покровском направлении."]),
        ("Россия и Украина провели очередной обмен пленными", [
            "Россия и Украина провели обмен военнопленными по формуле «{np} на {np}» при посредничестве ОАЭ, сообщили в Минобороны России.",
            "Освобождённых российских военнослужащих доставят в Москву для прохождения лечения. Обмены пленными продолжаются, несмотря на отсутствие прогресса в переговорах о прекращении огня."]),
        ("В Кремле заявили, что даты нового раунда переговоров нет", [
            "Дата следующего раунда переговоров с Украиной пока не определена, заявил пресс-секретарь президента России. По его словам, контакты по гуманитарным вопросам продолжаются.",
            "Ранее Киев заявил о готовности к встрече, но «не на условиях ультиматума». Москва настаивает на выводе украинских войск из четырёх регионов."]),
    ],
    ("RUS-UKR", "de"): [
        ("Nächtliche Drohnenangriffe auf Ukraine – Energieanlagen getroffen", [
            "Russland hat die Ukraine in der Nacht erneut mit {nd} Drohnen und mehreren Raketen angegriffen. Nach Angaben der ukrainischen Luftwaffe wurden {nd_down} Drohnen abgeschossen oder elektronisch abgefangen. In {uc} wurde eine Energieanlage beschädigt.",
            "In mehreren Regionen kam es zu Stromabschaltungen. Russland greift seit Beginn des Krieges fast jede Nacht mit Drohnen an; Kiew fordert von seinen Partnern weitere Flugabwehrsysteme."]),
        ("Gefangenenaustausch: {np} Ukrainer kehren heim", [
            "Bei einem von den Vereinigten Arabischen Emiraten vermittelten Austausch sind {np} ukrainische Kriegsgefangene in ihre Heimat zurückgekehrt. Im Gegenzug übergab Kiew ebenso viele russische Soldaten.",
            "Solche Austausche gehören zu den wenigen Bereichen, in denen Moskau und Kiew weiterhin zusammenarbeiten. Über einen Waffenstillstand gibt es keine Fortschritte."]),
        ("Analyse: Der Abnutzungskrieg im Winter", [
            "An der Front im Donbass rücken russische Truppen nur langsam und unter hohen Verlusten vor. Militärbeobachter sehen keine Anzeichen für eine grundlegende Veränderung der Lage.",
            "Entscheidender als die Frontlinie könnte in diesem Winter der Kampf um das ukrainische Stromnetz sein. Kiew wiederum setzt seine Angriffe auf russische Raffinerien fort."]),
    ],
    ("RUS-UKR", "es"): [
        ("Rusia lanza un nuevo ataque con drones contra Ucrania", [
            "Rusia atacó Ucrania durante la noche con {nd} drones y varios misiles, de los que {nd_down} drones fueron derribados o neutralizados, según la Fuerza Aérea ucraniana. En {uc} resultó dañada una instalación energética.",
            "Los ataques nocturnos con drones se han convertido en una rutina casi diaria desde el inicio de la invasión a gran escala, en febrero de 2022."]),
    ],
    ("RUS-UKR", "pt"): [
        ("Rússia e Ucrânia trocam prisioneiros com mediação dos Emirados", [
            "Rússia e Ucrânia realizaram uma nova troca de prisioneiros de guerra, com {np} militares libertados de cada lado, em operação mediada pelos Emirados Árabes Unidos.",
            "As trocas continuam apesar da falta de avanços nas negociações para um cessar-fogo. Moscou e Kiev não têm data para uma nova rodada de conversas."]),
    ],
    ("RUS-UKR", "zh"): [
        ("俄国防部称击落{nr}架乌克兰无人机", [
            "俄罗斯国防部{zd}发布消息称，俄防空系统过去一夜在布良斯克、库尔斯克等州上空拦截并摧毁{nr}架乌克兰无人机。",
            "乌克兰空军同日表示，俄军当晚向乌境内发射{nd}架无人机，其中{nd_down}架被击落或压制。俄乌双方近期均未就新一轮谈判时间作出表态。"]),
    ],
    ("ISR-LBN", "ar"): [
        ("غارات إسرائيلية على بلدات في الجنوب اللبناني", [
            "شنّ الطيران الإسرائيلي غارات على عدد من البلدات في جنوب لبنان، بينها {lv_ar}، ما أدى إلى سقوط {nk} قتلى وعدد من الجرحى، بحسب وزارة الصحة اللبنانية.",
            "وقال الجيش الإسرائيلي إنه استهدف بنى تحتية ومنصات إطلاق تابعة لحزب الله، فيما عملت فرق الدفاع المدني على رفع الأنقاض."]),
        ("حزب الله يعلن استهداف موقع إسرائيلي قرب الحدود", [
            "أعلن حزب الله استهداف تجمع لجنود إسرائيليين قرب الحدود بصواريخ ومسيّرة انقضاضية، في حين قال الجيش الإسرائيلي إن صفارات الإنذار دوّت في الجليل الأعلى وإن معظم المقذوفات اعتُرضت.",
            "وردّ الجيش الإسرائيلي بقصف مصادر النيران، وفق بيان عسكري. ولم تُسجَّل إصابات في الجانب الإسرائيلي بحسب نجمة داود الحمراء."]),
        ("تسليم معتقلين لبنانيين عند معبر الناقورة برعاية الصليب الأحمر", [
            "تسلّمت السلطات اللبنانية {ndet_n} معتقلين أفرجت عنهم إسرائيل عند معبر الناقورة، في عملية أشرفت عليها اللجنة الدولية للصليب الأحمر.",
            "ويقول لبنان إن إسرائيل لا تزال تحتجز أكثر من اثني عشر مواطناً لبنانياً، وتُبحث هذه الملفات ضمن لجنة «الميكانيزم» برئاسة أميركية."]),
        ("المبعوث الأميركي في بيروت: لا اختراق في ملف الحدود", [
            "التقى المبعوث الأميركي الخاص بلبنان رئيس الجمهورية ورئيس مجلس النواب في بيروت، وبحث معهما مقترحات لتثبيت الهدوء على الحدود الجنوبية، من دون تسجيل أي اختراق.",
            "ويتمسك لبنان بانسحاب إسرائيل من النقاط التي لا تزال تحتلها، فيما تشترط إسرائيل نزع سلاح حزب الله جنوب الليطاني."]),
    ],
    ("ISR-LBN", "fr"): [
        ("Liban : nouvelles frappes israéliennes dans le Sud", [
            "Des frappes israéliennes ont visé plusieurs localités du Sud-Liban, dont {lv}, faisant {nk} morts selon le ministère libanais de la Santé. L'armée israélienne affirme avoir ciblé des infrastructures du Hezbollah.",
            "Le Hezbollah a de son côté revendiqué des tirs de roquettes vers le nord d'Israël, où les sirènes ont retenti. La plupart des projectiles ont été interceptés, selon l'armée israélienne."]),
        ("La France plaide pour une voie diplomatique au Liban", [
            "Le ministre français des Affaires étrangères a affirmé que Paris travaillait avec Washington à « une trajectoire de désescalade » au Liban, tout en reconnaissant que les discussions n'en étaient qu'à « un stade précoce ».",
            "Le comité de surveillance présidé par les États-Unis s'est réuni à Naqoura, alors que les échanges de tirs se poursuivent de part et d'autre de la Ligne bleue."]),
    ],
    ("ISR-LBN", "es"): [
        ("Bombardeos israelíes en el sur del Líbano dejan {nk} muertos", [
            "Ataques aéreos israelíes contra varias localidades del sur del Líbano causaron {nk} muertos, según el Ministerio de Salud libanés. El Ejército israelí afirmó haber atacado depósitos de armas de Hezbolá.",
            "Hezbolá, por su parte, lanzó cohetes contra el norte de Israel, la mayoría interceptados. Los intercambios de fuego se repiten casi a diario pese al alto el fuego de noviembre de 2024."]),
    ],
    ("ISR-LBN", "pt"): [
        ("Hezbollah lança foguetes contra o norte de Israel; exército israelense responde", [
            "O Hezbollah disparou foguetes contra posições militares no norte de Israel, e as Forças de Defesa de Israel afirmaram ter interceptado a maioria dos projéteis. Em seguida, aviões israelenses bombardearam pontos de lançamento no sul do Líbano.",
            "Segundo o Ministério da Saúde libanês, {nk} pessoas morreram nos ataques do dia. A troca de disparos na fronteira tornou-se rotina, sem sinais de acordo à vista."]),
    ],
}

WAR_NATIVE_COUNTS = {("RUS-UKR", "ru"): 3, ("RUS-UKR", "de"): 2, ("RUS-UKR", "es"): 1, ("RUS-UKR", "pt"): 1,
                     ("RUS-UKR", "zh"): 1, ("ISR-LBN", "ar"): 3, ("ISR-LBN", "fr"): 2, ("ISR-LBN", "es"): 1,
                     ("ISR-LBN", "pt"): 1}
WAR_NATIVE_CITIES = {
    ("RUS-UKR", "ru"): ["Москва", "Киев"], ("RUS-UKR", "de"): ["Kiew", "Moskau"], ("RUS-UKR", "es"): ["Kiev", "Moscú"],
    ("RUS-UKR", "pt"): ["Kiev", "Moscou"], ("RUS-UKR", "zh"): ["莫斯科", "基辅"],
    ("ISR-LBN", "ar"): ["بيروت", "صور", "النبطية"], ("ISR-LBN", "fr"): ["Beyrouth", "Jérusalem"],
    ("ISR-LBN", "es"): ["Beirut", "Jerusalén"], ("ISR-LBN", "pt"): ["Beirute", "Jerusalém"],
}
LB_VILLAGES_AR = ["عيترون", "الخيام", "بنت جبيل", "كفركلا", "حولا", "عيتا الشعب", "يارون", "ميس الجبل", "العديسة", "يحمر الشقيف"]
VILLAGES_RU = ["Новопавловка", "Дачное", "Зелёный Гай", "Степовое", "Ивановка", "Новоселовка", "Петровское", "Мирное"]


# ---- more variants for the wars (appended to the pools above) ---------------
_RU = WAR_EN["RUS-UKR"]["topics"]
_LB = WAR_EN["ISR-LBN"]["topics"]
_RU["overnight"]["t"] += ["{uc} hit in overnight attack as Russia keeps up pressure on Ukraine's grid",
                          "Air raid alerts across Ukraine as Russia sends {nd} drones",
                          "Russian strike on {uc} leaves thousands without power"]
_RU["overnight"]["l"] += [
    "Explosions shook {uc} for several hours overnight as Russian drones targeted the city's energy infrastructure, the mayor said on {weekday}, leaving parts of the city without heating.",
    "Ukraine's air force said on {weekday} that Russia had attacked with {nd} Shahed and decoy drones and {nm} ballistic missiles overnight; mobile fire groups and electronic warfare brought down {nd_down} of the drones.",
    "Russian drones struck residential areas of {uc} overnight, wounding {nw} people, including a child, the regional military administration said on {weekday}.",
    "Air raid alerts sounded across most of Ukraine for several hours overnight as Russia launched {nd} drones, the air force said on {weekday}; debris fell in {uc} and {uc2}.",
]
_RU["overnight"]["d"] += [
    "[[{uc}]]Rescuers said they had evacuated residents of a damaged apartment block.",
    "Trains on several routes were delayed after a strike cut power to the railway, the operator Ukrzaliznytsia said.",
    "The mayor urged residents to stay in shelters until the all-clear.",
    "Ukraine's energy minister said repair crews were working to restore supply.",
]
_RU["ru_claims"]["l"] += [
    "Drones attacked {rr} region overnight and one struck a fuel depot, the regional governor said on {weekday}, adding that the fire had been put out.",
    "The governor of {rr} said on {weekday} that a Ukrainian drone had damaged an electricity substation, leaving several villages without power.",
    "Russia said on {weekday} it had downed {nr} Ukrainian drones, including several over {rr2}, and that a woman was injured by falling debris.",
]
_RU["ru_claims"]["t"] += ["Drone attack sparks fire at fuel depot in {rr} region", "Ukrainian drones target {rr} overnight, governor says"]
_RU["front"]["l"] += [
    "Ukrainian troops repelled {ncl} Russian assaults over the past day, the General Staff said on {weekday}, most of them on the {ft} and Kostiantynivka directions.",
    "A Ukrainian brigade commander near {ft} said on {weekday} that Russian infantry were attacking in small groups under cover of fog, using drones to target supply routes.",
    "Russian forces advanced near {vil} in {obl} region, according to open-source maps updated on {weekday}, but the overall front line remained largely unchanged.",
]
_RU["front"]["t"] += ["Fog and drones: Russian infantry probe Ukrainian lines near {ft}", "Front line largely unchanged despite Russian attacks near {ft}"]
_RU["exchange"]["l"] += [
    "Ukraine and Russia carried out a prisoner exchange on {weekday}, with {np} servicemen returned to each side, officials in Kyiv and Moscow said; some of the Ukrainians had been held since the battle of Mariupol.",
]
_RU["talks"]["t"] += ["Kyiv ready to meet Russian negotiators but rejects 'ultimatums'",
                      "Moscow 'open to contacts' with Kyiv but sees no basis for summit",
                      "European security advisers meet in Berlin to coordinate on Ukraine talks"]
_RU["aid"]["t"] += ["EU disburses further €{eu_amt} billion to Ukraine", "Japan delivers generators and transformers to Ukraine",
                    "{donor} to fund long-range drone production in Ukraine"]
_RU["casualties"]["t"] += ["Russian shelling killed {nk} civilians in Kherson region in past week, prosecutors say"]
_LB["strikes"]["t"] += ["Israeli artillery and drones hit villages in {ld} district"]
_LB["handover"]["t"] += ["Bodies of {nbod} people handed over to Lebanon via ICRC", "Lebanese shepherd detained near Shebaa handed back at Naqoura"]
_LB["talks"]["t"] += ["Lebanon ready to negotiate 'through existing mechanism', president tells U.S. lawmakers"]
_RU["talks"]["l"] += [
    "Russia's deputy foreign minister said on {weekday} that Moscow was 'open to contacts' with Kyiv but saw no basis for a summit, in comments carried by state media.",
    "European national security advisers met in Berlin on {weekday} to coordinate positions on possible peace talks, a German official said.",
]
_RU["aid"]["l"] += [
    "{donor} will finance the production of long-range drones in Ukraine under a new agreement signed on {weekday}, the Ukrainian defence ministry said.",
    "Japan handed over a batch of mobile power generators and transformers to Ukraine on {weekday}, the Japanese embassy in Kyiv said.",
]
_RU["casualties"]["l"] += [
    "Ukrainian prosecutors said on {weekday} that at least {nkw} civilians had been killed by Russian shelling and drone strikes in Kherson region over the past week.",
]

_LB = WAR_EN["ISR-LBN"]["topics"]
_LB["strikes"]["t"] += ["Drone strike on car near {lv} kills {nk}, Lebanon says",
                        "Israeli jets strike Bekaa valley near {lb}",
                        "Israel says it killed Hezbollah commander in south Lebanon strike"]
_LB["strikes"]["l"] += [
    "Israeli warplanes struck targets near {lb} in the Bekaa valley late on {weekday}, Lebanese state media said, in one of the deepest strikes in recent weeks.",
    "The Israeli military said on {weekday} it had killed a Hezbollah commander responsible for rocket launches in the {ld} sector in a drone strike near {lv}.",
    "A strike on a motorbike in {lv} killed {nk_small} on {weekday}, the health ministry said, while Israeli artillery shelled the outskirts of nearby villages.",
    "Israeli artillery and drones hit several villages in the {ld} district on {weekday}, Lebanon's National News Agency said, reporting damage to homes and a water station.",
]
_LB["strikes"]["d"] += [
    "Lebanon's army said it had deployed troops to the area after the strike.",
    "Schools in several villages were closed for the day.",
    "[[depots]]The Israeli military published video it said showed secondary explosions at the site.",
]
_LB["hezbollah"]["t"] += ["Rocket barrage from Lebanon targets {it}; no injuries reported",
                          "Hezbollah claims drone attack on Israeli army post"]
_LB["hezbollah"]["l"] += [
    "Around {nr_rk} rockets were fired from Lebanon towards {it} on {weekday}, the Israeli military said; interceptors brought down most of them and the rest fell in open areas.",
    "Hezbollah claimed several attacks on Israeli army positions along the border on {weekday}, saying it had used guided missiles and an attack drone.",
    "A rocket fired from Lebanon hit an empty building in {it} on {weekday}, causing damage but no injuries, Israeli police said.",
]
_LB["intercepts"]["l"] += [
    "An Iron Dome interceptor brought down a suspicious aerial target that crossed from Lebanon towards {it} on {weekday}, the Israeli military said.",
    "Lebanese state media said on {weekday} that Hezbollah fired a surface-to-air missile at Israeli warplanes over {ld}, without hitting them.",
]
_LB["toll"]["l"] += [
    "Lebanon's health ministry said on {weekday} that {nkw} people had been killed in Israeli strikes in the south over the previous day, including a paramedic.",
]
_LB["handover"]["l"] += [
    "A Lebanese shepherd detained by Israeli troops near Shebaa last month was handed back at Naqoura on {weekday}, UNIFIL said.",
]
_LB["talks"]["l"] += [
    "Lebanon's president told a visiting U.S. congressional delegation on {weekday} that Beirut was ready to negotiate 'through the existing mechanism' on the border, his office said.",
]

WAR_EN["RUS-UKR"]["press_v"] = [
    WAR_EN["RUS-UKR"]["press"],
    {"titles": ["Joint statement by the Nordic-Baltic Eight on continued support to Ukraine"],
     "paras": ["The foreign ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden reaffirm their steadfast support for Ukraine's independence, sovereignty and territorial integrity within its internationally recognised borders.",
               "The Ministers condemn Russia's continued strikes against Ukraine's civilian and energy infrastructure during the winter months.",
               "The Nordic-Baltic Eight will continue to provide military, humanitarian and financial assistance, including support for the repair of the Ukrainian energy grid."]},
    {"titles": ["ICRC: families of missing persons in the Russia-Ukraine armed conflict need answers"],
     "paras": ["The International Committee of the Red Cross (ICRC) continues to act as a neutral intermediary between the parties to the international armed conflict between Russia and Ukraine.",
               "Through its Central Tracing Agency, the ICRC has helped thousands of families obtain news of relatives, including prisoners of war, and has facilitated the return of human remains.",
               "The ICRC reminds the parties of their obligations under international humanitarian law to account for the missing and to treat all detainees humanely."]},
]
WAR_EN["ISR-LBN"]["press_v"] = [
    WAR_EN["ISR-LBN"]["press"],
    {"titles": ["EU announces humanitarian support for people affected by hostilities in Lebanon"],
     "paras": ["The European Commission has announced €{eu_lb} million in humanitarian aid to support people affected by the continued hostilities in southern Lebanon.",
               "The funding will provide shelter, food, health care and protection to displaced families and host communities, through humanitarian partners on the ground.",
               "The EU calls on all parties to respect international humanitarian law and to protect civilians and civilian infrastructure."]},
]
WAR_EN["RUS-UKR"]["market_v"] = [
    WAR_EN["RUS-UKR"]["market"],
    {"titles": ["Russian refinery strikes lift diesel cracks; Brent steady",
                "Diesel margins firm after drone attacks on Russian refineries"],
     "paras": ["European diesel margins rose on {weekday} after Ukrainian drones hit another Russian refinery, this time in {ref}, while Brent crude was steady around $70 a barrel.",
               "Analysts estimate that Ukrainian strikes have taken a significant share of Russia's refining capacity offline at various points this year, forcing Moscow to extend a ban on petrol exports.",
               "\"Each strike on its own is a small event. Taken together, they are a persistent supply risk for middle distillates,\" an oil analyst in London said.",
               "The rouble was little changed against the dollar in Moscow trading."]},
    {"titles": ["Ukrainian bonds edge lower as talks stall; hryvnia stable"],
     "paras": ["Ukraine's dollar bonds slipped by about half a cent on {weekday} as investors saw little prospect of an early resumption of peace talks, traders said.",
               "The hryvnia was stable against the dollar, supported by central bank interventions and steady inflows of foreign aid.",
               "\"The market had priced in some chance of a diplomatic breakthrough before the new year. That chance has faded,\" a strategist at a London fund said.",
               "Ukraine's central bank kept its key rate unchanged at its last meeting, citing war-related risks to inflation."]},
]


# Titles matched to each war lead (index into the topic's lead list).
WAR_LEAD_TITLES = {
    ("RUS-UKR", "overnight"): {
        0: ["Russia attacks Ukraine with {nd} drones and {nm} missiles overnight", "Ukraine says it downed {nd_down} of {nd} Russian drones"],
        1: ["Russian strike on {uc} kills {nk}, damages energy facility", "Overnight attack on {uc} kills {nk}, wounds {nw}"],
        2: ["Ukraine's air defences destroy {nd_down} of {nd} Shahed drones", "Russia sends {nd} drones at Ukraine; strikes reported in {uc} and {uc2}"],
        3: ["{uc} hit in overnight attack as Russia keeps up pressure on Ukraine's grid", "Russian strike on {uc} leaves parts of city without heating"],
        4: ["Russia launches {nd} drones, {nm} ballistic missiles at Ukraine", "Air force: {nd_down} Russian drones brought down overnight"],
        5: ["Russian drones hit residential areas of {uc}, {nw} wounded", "Child among {nw} wounded in drone attack on {uc}"],
        6: ["Air raid alerts across Ukraine as Russia sends {nd} drones", "Hours-long air raid alert as drones target Ukraine; debris falls in {uc}"],
    },
    ("RUS-UKR", "ru_claims"): {
        0: ["Russia says it shot down {nr} Ukrainian drones over {rr} and other regions"],
        1: ["Ukrainian drones hit oil refinery in {ref}, governor says", "Fire at {ref} refinery after Ukrainian drone attack"],
        2: ["Russian air defences down {nr} Ukrainian drones; Moscow airports briefly restricted"],
        3: ["Drone attack sparks fire at fuel depot in {rr} region"],
        4: ["Ukrainian drone damages substation in {rr}, villages without power"],
        5: ["Russia says {nr} Ukrainian drones downed, woman hurt by debris in {rr2}"],
    },
    ("RUS-UKR", "front"): {
        0: ["Russia claims capture of {vil} in {obl} region"],
        1: ["Ukraine's military reports {ncl} clashes along the front in past day", "Heaviest fighting near {ft}, Ukraine's General Staff says"],
        2: ["Heavy fighting near {ft} as Russian assaults continue, Kyiv says"],
        3: ["Ukraine says it repelled {ncl} Russian assaults in past day"],
        4: ["Fog and drones: Russian infantry probe Ukrainian lines near {ft}"],
        5: ["Front line largely unchanged despite Russian gains near {vil}"],
    },
    ("RUS-UKR", "exchange"): {
        0: ["Russia and Ukraine swap {np} prisoners each in UAE-mediated exchange"],
        1: ["Ukraine receives bodies of {nb} soldiers in repatriation"],
        2: ["Prisoner exchange brings {np} Ukrainian soldiers home"],
        3: ["Ukraine, Russia exchange {np} prisoners; some held since 2022"],
    },
    ("RUS-UKR", "talks"): {
        0: ["Kremlin says no date set for new round of talks with Ukraine"],
        1: ["Ukrainian, U.S. officials discuss new round of talks in Geneva"],
        2: ["Kyiv ready to meet Russian negotiators but rejects 'ultimatums'"],
        3: ["Moscow 'open to contacts' with Kyiv but sees no basis for summit"],
        4: ["European security advisers meet in Berlin to coordinate on Ukraine talks"],
    },
    ("RUS-UKR", "aid"): {
        0: ["{donor} announces new air defence package for Ukraine"],
        1: ["{donor} to send generators and grid equipment to Ukraine for winter"],
        2: ["EU disburses further €{eu_amt} billion to Ukraine"],
        3: ["{donor} to fund long-range drone production in Ukraine"],
        4: ["Japan delivers generators and transformers to Ukraine"],
    },
    ("RUS-UKR", "analysis"): {
        0: ["Winter war of attrition: neither side breaks through", "Slow, costly advances: the front in Donetsk at year's end"],
        1: ["A war without a turning point", "Why the energy war matters more than the front line this winter"],
    },
    ("RUS-UKR", "casualties"): {
        0: ["UN says civilian casualties in Ukraine remained high in November"],
        1: ["Ukraine's military claims Russian losses of over {nloss} troops in past day"],
        2: ["Russian shelling killed {nk} civilians in Kherson region in past week, prosecutors say"],
    },
    ("ISR-LBN", "strikes"): {
        0: ["Israeli strikes on south Lebanon kill {nk}, health ministry says", "Strike on house in {lv} among raids that kill {nk} in south Lebanon"],
        1: ["Drone strike on car near {lv} kills {nk_small}, Lebanese media say", "Israel says it targeted Hezbollah operative in car strike near {lv}"],
        2: ["Israel says it struck Hezbollah depots in south Lebanon and near {lb}"],
        3: ["Israeli jets strike Bekaa valley near {lb}"],
        4: ["Israel says it killed Hezbollah commander in strike near {lv}"],
        5: ["Motorbike strike in {lv} kills {nk_small}; artillery hits nearby villages"],
        6: ["Israeli artillery and drones hit villages in {ld} district"],
    },
    ("ISR-LBN", "hezbollah"): {
        0: ["Hezbollah fires rockets at Israeli position near {it}; most intercepted", "IDF says {nr_rk} projectiles crossed from Lebanon"],
        1: ["Sirens sound in {it} as rockets launched from Lebanon"],
        2: ["Hezbollah claims drone attack on Israeli troops near {it}"],
        3: ["Rocket barrage from Lebanon targets {it}; no injuries reported"],
        4: ["Hezbollah says it targeted Israeli army positions along border"],
        5: ["Rocket from Lebanon hits empty building in {it}"],
    },
    ("ISR-LBN", "intercepts"): {
        0: ["Israeli air defences shoot down drone launched from Lebanon"],
        1: ["Hezbollah says it shot down Israeli Hermes drone over south Lebanon"],
        2: ["Iron Dome intercepts aerial target from Lebanon over {it}"],
        3: ["Hezbollah fires missile at Israeli warplanes over {ld}, Lebanese media say"],
    },
    ("ISR-LBN", "toll"): {
        0: ["Lebanon's health ministry: {nk} killed in Israeli strikes in past day"],
        1: ["Displaced Lebanese still unable to return to border villages, IOM says"],
        2: ["Paramedic among {nk} killed in Israeli strikes in south Lebanon"],
    },
    ("ISR-LBN", "handover"): {
        0: ["ICRC oversees return of Lebanese detainees at Naqoura"],
        1: ["Bodies of {nbod} people handed over to Lebanon via ICRC"],
        2: ["Lebanese shepherd detained near Shebaa handed back at Naqoura"],
    },
    ("ISR-LBN", "talks"): {
        0: ["U.S. envoy in Beirut for talks on border, no breakthrough"],
        1: ["Mechanism committee meets in Naqoura amid continuing strikes"],
        2: ["France presses for diplomatic track on Lebanon"],
        3: ["Lebanon ready to negotiate 'through existing mechanism', president tells U.S. lawmakers"],
    },
    ("ISR-LBN", "aid"): {
        0: ["Qatar to fund fuel for Lebanese army for six months"],
        1: ["EU announces €{eu_lb} million in humanitarian aid for Lebanon"],
    },
    ("ISR-LBN", "analysis"): {
        0: ["The Israel-Hezbollah war has settled into a dangerous routine"],
        1: ["Why neither Israel nor Hezbollah wants to escalate, and neither can stop"],
    },
    ("ISR-LBN", "unifil"): {
        0: ["UNIFIL says fire landed near peacekeepers' position close to {lv}"],
        1: ["UN peacekeepers urge restraint after exchange of fire on Blue Line"],
    },
}


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

_STOP = {"after", "their", "there", "which", "while", "about", "under", "with", "says", "said", "would", "could",
         "first", "other", "since", "still", "again", "north", "south", "border", "state", "media", "drone", "drones",
         "russian", "ukrainian", "israeli", "hezbollah", "lebanon", "ukraine", "russia", "israel", "lebanese",
         "overnight", "region"}
_TITLE_USE = Counter()


def _words(s):
    return {w.lower() for w in re.findall(r"[^\W\d_]{5,}", _SLOT.sub(" ", s))} - _STOP


def slots_ok(t, lead):
    st = set(_SLOT.findall(t))
    sl = set(_SLOT.findall(lead))
    if "nkw" in sl:
        sl.add("nk")
    return st <= sl


def title_ok(t, lead):
    if not slots_ok(t, lead):
        return False
    common = _words(t) & _words(lead)
    return len(common) >= 2 or (len(common) >= 1 and len(set(_SLOT.findall(t))) >= 2)


def pick_title(G, titles, lead):
    cands = ([t for t in titles if title_ok(t, lead)] or [t for t in titles if slots_ok(t, lead)]
             or list(titles))
    low = min(_TITLE_USE[t] for t in cands)
    cands = [t for t in cands if _TITLE_USE[t] == low]
    t = G.pick(cands)
    _TITLE_USE[t] += 1
    return t


def phase_of(off_min):
    return 0 if off_min < 360 else (1 if off_min < 1560 else 2)


def _native_first(lang, outlet, city_local, dt, paras):
    paras = list(paras)
    dl = dateline(lang, outlet, city_local, dt, city_local)
    paras[0] = dl + ("" if lang == "zh" else " ") + paras[0]
    return paras


def _lang_ctx(lang, dt):
    return {"wd": WD[lang][dt.weekday()], "zd": f"{dt.day}日", "weekday": WD["en"][dt.weekday()]}


def _fix_pt(text):
    return text.replace("nesta sábado", "neste sábado").replace("nesta domingo", "neste domingo")


def compose_ep(G, E, ph, li=None):
    lead = G.draw(E["leads"][ph]) if li is None else E["leads"][ph][li]
    dets = G.draw_n(E["details"][ph], G.pick([1, 2, 2]))
    extra = []
    if G.chance(0.75):
        extra.append(G.draw(E["quotes"]))
    if ph > 0 or G.chance(0.3):
        extra.append(G.draw(E["third"]))
    mid = dets + extra
    G.rng.shuffle(mid)
    paras = [lead] + mid[:3]
    if G.chance(0.85):
        paras.append(G.draw(E["background"]))
    return paras


def r_live_bounded(G, outlet, dt, title, entries, tmin):
    n = len(entries)
    room = max(0, int((dt - tmin).total_seconds() // 60))
    body = []
    t = dt
    for i, e in enumerate(entries):
        body.append(f"{t:%H:%M} GMT — {e}")
        step = G.num(9, 48)
        left = n - i - 1
        if left:
            step = min(step, max(2, room // (n)))
        t -= timedelta(minutes=step)
    return G.pick(["LIVE: ", "Live updates: ", "LIVE — "]) + title, body


def gen_episodes(G):
    out = []
    for ep in EPISODES:
        E = EP[ep["pair"]]
        start = parse_iso(ep["start"])
        for i, (off, outlet, style) in enumerate(E["plan"]):
            dt = start + timedelta(minutes=off + (0 if i == 0 else G.num(0, 9)))
            ph = phase_of(off)
            lang = OUTLETS[outlet]
            city = G.pick(E["cities"][ph])
            if style.startswith("native:"):
                title, city_local, paras = E["native"][style.split(":", 1)[1]]
                out.append(mk(outlet, dt, title, _native_first(lang, outlet, city_local, dt, paras),
                              "episode", [ep["pair"]]))
                continue
            title = G.draw(E["titles"][ph])
            if style in ("wire", "brief"):
                li = G.draw(_IDX.setdefault((ep["pair"], ph), list(range(len(E["leads"][ph])))))
                paras = compose_ep(G, E, ph, li)
                title = E["titles"][ph][li]
                rend = r_wire if style == "wire" else r_brief
                t, b = rend(G, outlet, dt, city, title, paras)
            elif style == "correction":
                paras = compose_ep(G, E, ph)
                key = E.get("correction_key")
                cands = [(k, l) for k, pl in enumerate(E["leads"]) for l in pl if key and key in l]
                if cands:
                    k, paras[0] = G.pick(cands)
                    title = E["titles"][k][E["leads"][k].index(paras[0])]
                t, b = r_correction(G, outlet, dt, city, title, paras, E["correction"])
            elif style == "live":
                entries = []
                for p in range(ph, -1, -1):
                    entries += list(reversed(E["live"][p]))
                t, b = r_live_bounded(G, outlet, dt, title, entries[:G.pick([4, 5])], start)
            elif style == "tabloid":
                T = E["tabloid"]
                idx = sorted(G.rng.sample(range(len(T["lines"])), min(3, len(T["lines"]))))
                paras = [T["lines"][k] for k in idx] + [G.draw(E["quotes"])]
                t, b = r_tabloid(G, outlet, dt, city, G.pick(T["titles"]), paras)
            elif style == "analysis":
                A = E["analysis"]
                paras = list(A["paras"][:4]) + [G.draw(E["background"])]
                t, b = r_analysis(G, outlet, dt, city, G.pick(A["titles"]), paras)
            elif style == "press":
                P = E["press"]
                t, b = r_press(G, outlet, dt, city, P["titles"][0], P["paras"][:4], issuer=P["issuer"])
            elif style == "qa":
                Q = E["qa"]
                t, b = r_qa(G, outlet, dt, city, Q["title"], Q["intro"], Q["qas"])
            elif style == "market":
                M = E["market"]
                t, b = r_market(G, outlet, dt, M["city"], M["titles"][0], M["paras"])
            else:
                raise ValueError(style)
            out.append(mk(outlet, dt, t, b, "episode", [ep["pair"]]))
    return out


# ---- episode pairs outside their windows ------------------------------------

NR_COUNTS = {("SRB-XKX", "de"): 2, ("COL-VEN", "es"): 2, ("COL-VEN", "pt"): 1, ("ARM-TUR", "ru"): 2,
             ("KOR-PRK", "zh"): 2, ("EST-RUS", "de"): 2, ("EST-RUS", "ru"): 1, ("SDN-SSD", "ar"): 2,
             ("SDN-SSD", "fr"): 1, ("AZE-IRN", "ru"): 2, ("AZE-IRN", "ar"): 1, ("AUS-CHN", "zh"): 2}

MINUTES = [0, 3, 7, 12, 15, 18, 22, 26, 30, 34, 38, 41, 45, 48, 52, 56]


def _routine_slots(G, pair, hours):
    ep = EPISODE_BY_PAIR[pair]
    s, e = parse_iso(ep["start"]), parse_iso(ep["end"])
    slots = []
    for d in range(14):
        day = FORTNIGHT_START + timedelta(days=d)
        weekend = day.weekday() >= 5
        n = G.pick([0, 1, 1, 2] if weekend else [1, 1, 2, 2, 2, 1])
        used = set()
        for _ in range(n):
            for _try in range(30):
                h = G.num(hours[0], hours[1])
                t = day + timedelta(hours=h, minutes=G.pick(MINUTES))
                if s - timedelta(minutes=30) <= t <= e + timedelta(minutes=45):
                    continue
                if h in used or t > FORTNIGHT_END:
                    continue
                used.add(h)
                slots.append((t, "b" if t < s else "a"))
                break
    slots.sort()
    return slots


def compose_rt(G, R, topic, ctx):
    lead = G.fill(G.draw(topic["l"]), ctx)
    dets = G.draw_n(topic["d"], G.pick([1, 2, 2]))
    extra = [G.draw(R["q"])] if G.chance(0.4) else []
    mid = dets + extra
    G.rng.shuffle(mid)
    paras = [lead] + mid
    if G.chance(0.8):
        paras.append(G.draw(R["bg"]))
    return paras[:5]


def gen_pair_routine(G):
    out = []
    for pair in [e["pair"] for e in EPISODES]:
        R = RT[pair]
        slots = _routine_slots(G, pair, R["hours"])
        assigned = {}
        for (p, lang), cnt in NR_COUNTS.items():
            if p != pair:
                continue
            N = NR[(p, lang)]
            cands = [i for i, (t, ph) in enumerate(slots) if i not in assigned
                     and any(tag in (ph, "*") for tag, _, _ in N["items"])]
            # prefer different phases: sample evenly
            for i in sorted(G.rng.sample(cands, min(cnt, len(cands)))):
                assigned[i] = lang
        for i, (t, ph) in enumerate(slots):
            if i in assigned:
                lang = assigned[i]
                N = NR[(pair, lang)]
                items = [it for it in N["items"] if it[0] in (ph, "*")]
                key = (pair, lang, ph)
                if not hasattr(G, "_nr_lists"):
                    G._nr_lists = {}
                items = G._nr_lists.setdefault(key, items)
                tag, title, paras = G.draw(items)
                ctx = _lang_ctx(lang, t)
                paras = [G.fill(p_, ctx) for p_ in paras]
                if G.chance(0.6):
                    paras.append(G.draw(N["bg"]))
                outlet = NATIVE_OUTLET[lang]
                paras = _native_first(lang, outlet, G.pick(N["cities"]), t, paras)
                if lang == "pt":
                    paras = [_fix_pt(p_) for p_ in paras]
                out.append(mk(outlet, t, G.fill(title, ctx), paras, "routine", [pair]))
                continue
            pool = R["before"] if ph == "b" else R["after"]
            topic = G.draw(pool)
            ctx = _lang_ctx("en", t)
            paras = compose_rt(G, R, topic, ctx)
            title = pick_title(G, topic["t"], paras[0])
            city = G.pick(R["cities"])
            r = G.rng.random()
            outlets = [o for o in R["outlets"] if o != "Policy Ledger"]
            if r < 0.08 and "Policy Ledger" in R["outlets"]:
                paras = paras[:4]
                if len(paras) < 3:
                    paras.append(G.draw(R["bg"]))
                tt, b = r_analysis(G, "Policy Ledger", t, city, title, paras)
                out.append(mk("Policy Ledger", t, tt, b, "routine", [pair]))
                continue
            outlet = G.pick(outlets)
            if outlet == "Brief Wire Service":
                tt, b = r_brief(G, "Brief Wire Service", t, city, title, paras)
                outlet = "Brief Wire Service"
            elif outlet == "Capital Markets Journal":
                tt, b = r_market(G, outlet, t, city, title, paras)
            elif r < 0.2 and outlet != "Northgate Wire":
                tt, b = title, paras  # regional feature, no dateline
            elif r < 0.23:
                tt, b = r_correction(G, outlet, t, city, title, paras,
                                     G.pick(["spelling of a name", "title of an official", "spelling of a place name"]))
            else:
                tt, b = r_wire(G, outlet, t, city, title, paras)
            out.append(mk(outlet, t, tt, b, "routine", [pair]))
    return out


# ---- the wars -------------------------------------------------------------------

DONORS = [("Germany", "German"), ("The Netherlands", "Dutch"), ("Norway", "Norwegian"), ("Sweden", "Swedish"),
          ("Denmark", "Danish"), ("Canada", "Canadian"), ("Japan", "Japanese"), ("Britain", "British"),
          ("Finland", "Finnish")]

WAR_TOPIC_WEIGHTS = {
    "RUS-UKR": {"overnight": 5, "ru_claims": 3, "front": 3, "exchange": 1, "talks": 1, "aid": 1, "casualties": 1},
    "ISR-LBN": {"strikes": 5, "hezbollah": 3, "intercepts": 2, "toll": 1, "handover": 1, "talks": 1, "aid": 1,
                "unifil": 1},
}


NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

WAR_TOPIC_CITY = {
    "overnight": ["KYIV", "{UC}", "{UC}"], "ru_claims": ["MOSCOW"], "front": ["KYIV", "MOSCOW", "KRAMATORSK"],
    "exchange": ["KYIV", "MOSCOW"], "talks": ["MOSCOW", "KYIV", "GENEVA"], "aid": ["KYIV", "BRUSSELS", "BERLIN"],
    "analysis": ["LONDON"], "casualties": ["KYIV", "GENEVA"],
    "strikes": ["BEIRUT", "TYRE", "NABATIEH"], "hezbollah": ["JERUSALEM", "KIRYAT SHMONA", "BEIRUT"],
    "intercepts": ["JERUSALEM", "BEIRUT"], "toll": ["BEIRUT"], "handover": ["NAQOURA", "BEIRUT"],
    "l_talks": ["BEIRUT", "PARIS", "NAQOURA"], "l_aid": ["BEIRUT", "DOHA", "BRUSSELS"], "unifil": ["NAQOURA", "BEIRUT"],
}


def war_ctx(G, dt, lang="en"):
    two = G.rng.sample(UA_CITIES, 2)
    rr = G.rng.sample(RU_REGIONS, 2)
    nd = G.num(38, 165)
    nk = G.num(1, 7)
    nm = G.num(1, 7)
    donor, adj = G.pick(DONORS)
    return {
        "weekday": WD["en"][dt.weekday()], "wd": WD.get(lang, WD["en"])[dt.weekday()], "zd": f"{dt.day}日",
        "nd": nd, "nd_down": nd - G.num(4, 22), "nd_lost": G.num(5, 24), "nm": nm, "nm_down": max(0, nm - G.num(0, 2)),
        "nk": nk, "nkw": NUMW[nk], "nw": G.num(3, 24), "nr": G.num(11, 92), "ncl": G.num(108, 192),
        "np": G.pick([84, 103, 120, 146, 150, 175, 205]), "nb": G.pick([1000, 909, 757, 1003, 502]),
        "nb_ru": G.pick([19, 24, 31, 41, 38]), "nloss": G.num(850, 1250), "un_k": G.num(140, 210),
        "un_w": G.num(600, 900), "donor": donor, "donor_adj": adj,
        "aid_amt": G.pick(["€400 million", "€250 million", "$300 million", "€1.1 billion", "€180 million"]),
        "eu_amt": G.pick(["1.5", "2.1", "3", "4.2"]), "ships": G.num(40, 75),
        "uc": two[0], "uc2": two[1], "rr": rr[0], "rr2": rr[1], "ref": G.pick(REFINERIES),
        "vil": G.pick(VILLAGES), "vil_ru": G.pick(VILLAGES_RU), "obl": G.pick(UA_OBLASTS), "ft": G.pick(FRONT_TOWNS),
        "lv": G.pick(LB_VILLAGES), "lv_ar": G.pick(LB_VILLAGES_AR), "ld": G.pick(LB_DISTRICTS), "lb": G.pick(LB_BEKAA),
        "it": G.pick(IL_TARGETS), "nr_rk": G.num(3, 20), "nk_small": G.pick(["one person", "two people", "two men", "a man"]),
        "nmon": G.num(70, 140), "ndisp": G.pick(["60,000", "75,000", "80,000", "90,000"]), "ndet": NUMW[G.num(2, 7)], "ndet_n": G.num(3, 9),
        "nbod": NUMW[G.num(2, 9)], "eu_lb": G.pick(["30", "45", "60"]),
    }


LIVE_TITLES = {
    "RUS-UKR": ["Russia-Ukraine war: overnight attacks, front line and diplomacy", "Ukraine war latest: what we know today",
                "Russia-Ukraine war, hour by hour"],
    "ISR-LBN": ["Israel-Hezbollah fighting: latest from the border", "Lebanon and northern Israel: today's developments",
                "Israel-Hezbollah conflict, hour by hour"],
}


_REQ = re.compile(r"^\[\[(.+?)\]\]")


def _req_ok(d, lead):
    m = _REQ.match(d)
    return not m or m.group(1).lower() in lead.lower()


def _strip_req(d):
    return _REQ.sub("", d)


_IDX = {}


def _weighted(G, d):
    keys = list(d)
    return G.rng.choices(keys, weights=[d[k] for k in keys])[0]


def gen_wars(G):
    out = []
    for pair in ["RUS-UKR", "ISR-LBN"]:
        W = WAR_EN[pair]
        slots = []
        for d in range(14):
            day = FORTNIGHT_START + timedelta(days=d)
            n = G.pick([3, 4, 4, 4, 5])
            hrs = sorted(G.rng.sample(range(3, 23), n))
            for h in hrs:
                slots.append(day + timedelta(hours=h, minutes=G.pick(MINUTES)))
        native = {}
        for (p, lang), cnt in WAR_NATIVE_COUNTS.items():
            if p != pair:
                continue
            free = [i for i in range(len(slots)) if i not in native]
            for i in G.rng.sample(free, cnt):
                native[i] = lang
        used_styles = Counter()
        onames = [o for o, _, _ in W["outlets"]]
        oweights = [w for _, _, w in W["outlets"]]
        ostyle = {o: s for o, s, _ in W["outlets"]}
        for i, t in enumerate(slots):
            if i in native:
                lang = native[i]
                ctx = war_ctx(G, t, lang)
                title, paras = G.draw(WAR_NATIVE[(pair, lang)])
                paras = [G.fill(p_, ctx) for p_ in paras]
                outlet = NATIVE_OUTLET[lang]
                paras = _native_first(lang, outlet, G.pick(WAR_NATIVE_CITIES[(pair, lang)]), t, paras)
                out.append(mk(outlet, t, G.fill(title, ctx), paras, "routine", [pair]))
                continue
            ctx = war_ctx(G, t)
            outlet = G.rng.choices(onames, weights=oweights)[0]
            style = ostyle[outlet]
            cap = {"press": len(W.get("press_v", [])), "market": len(W.get("market_v", [])),
                   "tabloid": 2 if "tabloid" in W else 0, "live": 3}.get(style)
            if cap is not None:
                used_styles[style] += 1
                if used_styles[style] > cap:
                    outlet, style = onames[0], "wire"
            city = G.pick(W["cities"])
            if style == "live":
                keys = G.rng.sample(list(W["topics"]), 4)
                entries = [G.fill(G.draw(W["topics"][k]["l"]), ctx) for k in keys]
                title = G.draw(LIVE_TITLES[pair])
                tt, b = r_live_bounded(G, outlet, t, title, entries, t - timedelta(hours=6))
                out.append(mk(outlet, t, tt, b, "routine", [pair]))
                continue
            if style == "market" and "market" in W:
                M = G.draw(W["market_v"])
                paras = [G.fill(p_, ctx) for p_ in M["paras"]]
                tt, b = r_market(G, outlet, t, "LONDON", G.draw(M["titles"]), paras)
                out.append(mk(outlet, t, tt, b, "routine", [pair]))
                continue
            if style == "press" and "press" in W:
                P = G.draw(W["press_v"])
                paras = [G.fill(p_, ctx) for p_ in P["paras"]]
                tt, b = r_press(G, outlet, t, city, G.fill(G.pick(P["titles"]), ctx), paras)
                out.append(mk(outlet, t, tt, b, "routine", [pair]))
                continue
            if style == "tabloid" and "tabloid" in W:
                T = W["tabloid"]
                idx = sorted(G.rng.sample(range(len(T["lines"])), 3))
                paras = [G.fill(T["lines"][k], ctx) for k in idx]
                out.append(mk(outlet, t, G.fill(G.pick(T["titles"]), ctx), paras, "routine", [pair]))
                continue
            if style == "analysis":
                key = "analysis"
            else:
                wts = dict(WAR_TOPIC_WEIGHTS[pair])
                if t.hour >= 12:
                    for k in ("overnight", "ru_claims"):
                        if k in wts:
                            wts[k] = 1
                key = _weighted(G, wts)
            T = W["topics"][key]
            ckey = ("l_" + key) if pair == "ISR-LBN" and key in ("talks", "aid") else key
            city = G.pick(WAR_TOPIC_CITY.get(ckey, W["cities"])).replace("{UC}", ctx["uc"].upper())
            idxs = _IDX.setdefault((pair, key), list(range(len(T["l"]))))
            li = G.draw(idxs)
            lead_t = T["l"][li]
            tl = WAR_LEAD_TITLES.get((pair, key), {}).get(li)
            title = G.fill(pick_title(G, tl, lead_t) if tl else pick_title(G, T["t"], lead_t), ctx)
            lead = G.fill(lead_t, ctx)
            pool = [d for d in T["d"] if _req_ok(d, lead_t)]
            dets = [G.fill(_strip_req(x), ctx) for x in G.rng.sample(pool, min(len(pool), G.pick([1, 2, 2, 3])))]
            if outlet != "Northgate Wire":
                dets = [x.replace("Northgate could not", "Reporters could not") for x in dets]
            paras = [lead] + dets
            if G.chance(0.6):
                paras.append(G.draw(W["bg"]))
            if style == "brief":
                tt, b = r_brief(G, outlet, t, city, title, paras)
            elif style == "analysis":
                tt, b = r_analysis(G, outlet, t, city, title, paras[:5])
            else:
                tt, b = r_wire(G, outlet, t, city, title, paras[:5])
            out.append(mk(outlet, t, tt, b, "routine", [pair]))
    return out


# ---------------------------------------------------------------------------

def articles():
    _TITLE_USE.clear()
    _IDX.clear()
    G = Gen(SEED)
    out = gen_episodes(G) + gen_pair_routine(G) + gen_wars(G)
    out.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    return out


def _check(arts):
    errors = []
    start, end = FORTNIGHT_START, FORTNIGHT_END
    for i, a in enumerate(arts):
        for f in ("source", "published", "title", "text", "language", "kind", "pairs"):
            if f not in a or a[f] in (None, "", []):
                errors.append(f"#{i}: missing {f}")
        if a["source"] not in OUTLETS:
            errors.append(f"#{i}: unknown outlet {a['source']}")
        elif OUTLETS[a["source"]] != a["language"]:
            errors.append(f"#{i}: language {a['language']} wrong for {a['source']}")
        try:
            t = parse_iso(a["published"])
            if not (start <= t <= end):
                errors.append(f"#{i}: date outside fortnight {a['published']}")
        except ValueError:
            errors.append(f"#{i}: bad date {a['published']}")
            continue
        n = len(a["text"].split("\n\n"))
        if not 2 <= n <= 6:
            errors.append(f"#{i}: {n} paragraphs ({a['source']}, {a['title'][:50]})")
        if a["kind"] not in KINDS:
            errors.append(f"#{i}: bad kind")
        for p in a["pairs"]:
            if not re.fullmatch(r"[A-Z]{3}-[A-Z]{3}", p):
                errors.append(f"#{i}: bad pair {p}")
        if re.search(r"\{\w+\}", a["text"] + a["title"]):
            errors.append(f"#{i}: unfilled slot in {a['title'][:50]}")
    # episodes
    for ep in EPISODES:
        s, e = parse_iso(ep["start"]), parse_iso(ep["end"])
        inside = [a for a in arts if ep["pair"] in a["pairs"] and s <= parse_iso(a["published"]) <= e]
        if any(a["kind"] != "episode" for a in inside):
            errors.append(f"{ep['pair']}: non-episode article inside window")
        outside = [a for a in arts if a["kind"] == "episode" and ep["pair"] in a["pairs"]
                   and not (s <= parse_iso(a["published"]) <= e)]
        if outside:
            errors.append(f"{ep['pair']}: episode article outside window")
        if not 10 <= len(inside) <= 12:
            errors.append(f"{ep['pair']}: {len(inside)} articles in window")
        if len({a["source"] for a in inside}) < 7:
            errors.append(f"{ep['pair']}: fewer than 7 outlets")
        first = min(inside, key=lambda a: a["published"])
        if parse_iso(first["published"]) - s > timedelta(minutes=30):
            errors.append(f"{ep['pair']}: first report late")
    texts = Counter(a["text"] for a in arts)
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        errors.append(f"{len(dup)} duplicated texts")
    return errors


def _main():
    arts = articles()
    print(f"articles: {len(arts)}")
    print("\nper kind:", dict(Counter(a["kind"] for a in arts)))
    print("\nper pair:")
    for k, v in sorted(Counter(p for a in arts for p in a["pairs"]).items()):
        print(f"  {k}: {v}")
    print("\nper day:")
    for k, v in sorted(Counter(a["published"][:10] for a in arts).items()):
        print(f"  {k}: {v}")
    lang = Counter(a["language"] for a in arts)
    print("\nper language:", dict(lang), f"(non-English {100 * (len(arts) - lang['en']) / len(arts):.1f} %)")
    print("\nper outlet:")
    for k, v in Counter(a["source"] for a in arts).most_common():
        print(f"  {k}: {v}")
    print("\nepisodes:")
    for ep in EPISODES:
        s, e = parse_iso(ep["start"]), parse_iso(ep["end"])
        inside = sorted((a for a in arts if ep["pair"] in a["pairs"] and s <= parse_iso(a["published"]) <= e),
                        key=lambda a: a["published"])
        print(f"  {ep['pair']} {ep['kind']:12s} {ep['start']} -> {ep['end']}: {len(inside)} articles, "
              f"{len({a['source'] for a in inside})} outlets, first {inside[0]['published']} {inside[0]['source']}")
    errs = _check(arts)
    print("\ncheck:", "OK" if not errs else f"{len(errs)} problem(s)")
    for e in errs[:50]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(_main())
