#!/usr/bin/env python3
"""Generator for the second realistic news feed (realistic-feed-2) and its truth file.

Standard library only, fixed seed. Every article, outlet, quote and dated event is invented.
  python3 scripts/realistic_feed_2.py          writes the feed, the episodes and nothing else
  python3 scripts/realistic_feed_2.py --check  regenerates in memory, compares byte for byte
                                               with the committed files, validates, exit 1 on
                                               any difference or failed check
"""
import datetime as dt
import json
import os
import random
import re
import sys

SEED = 20261001
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEED = os.path.join(ROOT, "src/test/resources/io/brink/bench/realistic-feed-2.jsonl")
TRUTH = os.path.join(ROOT, "src/test/resources/io/brink/bench/realistic-episodes-2.jsonl")
START = dt.datetime(2026, 10, 1, 0, 0, tzinfo=dt.timezone.utc)
DAYS = 14

# code: name, adjective, capital, leader title, foreign-ministry phrase, people
C = {
    "THA": ("Thailand", "Thai", "Bangkok", "prime minister"),
    "KHM": ("Cambodia", "Cambodian", "Phnom Penh", "prime minister"),
    "IRN": ("Iran", "Iranian", "Tehran", "president"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad", "prime minister"),
    "CHN": ("China", "Chinese", "Beijing", "premier"),
    "VNM": ("Vietnam", "Vietnamese", "Hanoi", "prime minister"),
    "BLR": ("Belarus", "Belarusian", "Minsk", "president"),
    "LTU": ("Lithuania", "Lithuanian", "Vilnius", "president"),
    "IND": ("India", "Indian", "New Delhi", "prime minister"),
    "ECU": ("Ecuador", "Ecuadorian", "Quito", "president"),
    "MEX": ("Mexico", "Mexican", "Mexico City", "president"),
    "RUS": ("Russia", "Russian", "Moscow", "president"),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv", "president"),
    "ISR": ("Israel", "Israeli", "Jerusalem", "prime minister"),
    "LBN": ("Lebanon", "Lebanese", "Beirut", "prime minister"),
    "KOR": ("South Korea", "South Korean", "Seoul", "president"),
    "PRK": ("North Korea", "North Korean", "Pyongyang", "leader"),
    "EST": ("Estonia", "Estonian", "Tallinn", "prime minister"),
    "DZA": ("Algeria", "Algerian", "Algiers", "president"),
    "MLI": ("Mali", "Malian", "Bamako", "transitional president"),
    "DEU": ("Germany", "German", "Berlin", "chancellor"),
    "FRA": ("France", "French", "Paris", "president"),
    "JPN": ("Japan", "Japanese", "Tokyo", "prime minister"),
    "ARG": ("Argentina", "Argentine", "Buenos Aires", "president"),
    "BRA": ("Brazil", "Brazilian", "Brasilia", "president"),
    "GBR": ("Britain", "British", "London", "prime minister"),
    "IRL": ("Ireland", "Irish", "Dublin", "taoiseach"),
    "AUS": ("Australia", "Australian", "Canberra", "prime minister"),
    "NZL": ("New Zealand", "New Zealand", "Wellington", "prime minister"),
    "ESP": ("Spain", "Spanish", "Madrid", "prime minister"),
    "PRT": ("Portugal", "Portuguese", "Lisbon", "prime minister"),
    "EGY": ("Egypt", "Egyptian", "Cairo", "president"),
    "ETH": ("Ethiopia", "Ethiopian", "Addis Ababa", "prime minister"),
    "GRC": ("Greece", "Greek", "Athens", "prime minister"),
    "TUR": ("Turkey", "Turkish", "Ankara", "president"),
    "BEL": ("Belgium", "Belgian", "Brussels", "prime minister"),
    "NLD": ("the Netherlands", "Dutch", "The Hague", "prime minister"),
    "KEN": ("Kenya", "Kenyan", "Nairobi", "president"),
    "TZA": ("Tanzania", "Tanzanian", "Dodoma", "president"),
    "NGA": ("Nigeria", "Nigerian", "Abuja", "president"),
    "ZAF": ("South Africa", "South African", "Pretoria", "president"),
    "ARE": ("the United Arab Emirates", "Emirati", "Abu Dhabi", "president"),
    "SAU": ("Saudi Arabia", "Saudi", "Riyadh", "crown prince"),
    "PER": ("Peru", "Peruvian", "Lima", "president"),
    "BOL": ("Bolivia", "Bolivian", "La Paz", "president"),
    "CHL": ("Chile", "Chilean", "Santiago", "president"),
    "IDN": ("Indonesia", "Indonesian", "Jakarta", "president"),
    "FIN": ("Finland", "Finnish", "Helsinki", "president"),
    "SWE": ("Sweden", "Swedish", "Stockholm", "prime minister"),
    "POL": ("Poland", "Polish", "Warsaw", "prime minister"),
}


def nm(c):
    return C[c][0]


def Nm(c):
    n = C[c][0]
    return n[0].upper() + n[1:]


def adj(c):
    return C[c][1]


def cap(c):
    return C[c][2]


def ldr(c):
    return C[c][3]


# Outlets: name, domain, kind, short tag used in datelines
OUTLETS = [
    ("Meridian Wire", "meridianwire.com", "wire", "Meridian"),
    ("Continental Press Agency", "cpa-newsdesk.net", "wire", "CPA"),
    ("Global Dispatch Service", "globaldispatch.news", "wire", "GDS"),
    ("The Morning Ledger", "morningledger.co.uk", "broadsheet", "Ledger"),
    ("The Evening Courier", "eveningcourier.com", "broadsheet", "Courier"),
    ("The Atlantic Standard", "atlanticstandard.org", "broadsheet", "Standard"),
    ("The Daily Clarion", "dailyclarion.co.uk", "tabloid", "Clarion"),
    ("The Daily Blaze", "dailyblaze.com", "tabloid", "Blaze"),
    ("Gulf & Levant Observer", "gl-observer.com", "regional", "Observer"),
    ("Mekong Times Online", "mekongtimes.asia", "regional", "Mekong Times"),
    ("The Baltic Sentinel", "balticsentinel.eu", "regional", "Sentinel"),
    ("Savanna Post", "savannapost.africa", "regional", "Savanna Post"),
    ("Andean Chronicle", "andeanchronicle.net", "regional", "Chronicle"),
    ("Subcontinent Today", "subcontinent-today.in", "regional", "ST"),
    ("Pacific Review", "pacificreview.au", "regional", "Pacific Review"),
    ("FrontLine Live", "frontline-live.tv", "liveblog", "FrontLine"),
    ("Chancery Notes", "chancerynotes.org", "communique", "Chancery"),
    ("The Strategic Lens", "strategiclens.com", "analysis", "Lens"),
    ("El Heraldo Austral", "heraldoaustral.es", "es", "Heraldo"),
    ("La Gazette du Soir", "gazettedusoir.fr", "fr", "Gazette"),
    ("Rheinische Abendpost", "rheinische-abendpost.de", "de", "Abendpost"),
]
OUT_BY_NAME = {o[0]: o for o in OUTLETS}
REGION_OUTLET = {
    "seasia": "Mekong Times Online", "mideast": "Gulf & Levant Observer",
    "europe": "The Baltic Sentinel", "africa": "Savanna Post", "latam": "Andean Chronicle",
    "sasia": "Subcontinent Today", "pacific": "Pacific Review", "easia": "Pacific Review",
}

# Pairs: role, region, history lines (real history, recalled as background)
PAIRS = {
    # episodes
    "KHM-THA": ("episode", "seasia", [
        "The two neighbours fought a series of deadly artillery duels near the Preah Vihear temple between 2008 and 2011.",
        "The International Court of Justice awarded the temple to Cambodia in 1962 and clarified the surrounding area in 2013.",
        "Troops from both sides had last exchanged fire in the disputed border zone in 2025.",
    ]),
    "IRN-PAK": ("episode", "sasia", [
        "In January 2024 the two countries traded missile and drone strikes on each other's territory before patching up relations within weeks.",
        "The 900-kilometre border runs through Baluchistan, where separatist groups operate on both sides.",
    ]),
    "CHN-VNM": ("episode", "seasia", [
        "China and Vietnam fought a short, bloody border war in 1979.",
        "Chinese forces seized the Paracel Islands from South Vietnam in 1974, and 64 Vietnamese sailors were killed at Johnson South Reef in 1988.",
        "The two communist parties have kept close ties despite their maritime dispute.",
    ]),
    "BLR-LTU": ("episode", "europe", [
        "Lithuania has long objected to the Astravets nuclear plant, built some 50 kilometres from Vilnius.",
        "Relations collapsed in 2021, when thousands of migrants were pushed across the Belarusian border into Lithuania.",
        "Last year Vilnius repeatedly closed border crossings over smuggling balloons drifting in from Belarus.",
    ]),
    "CHN-IND": ("episode", "sasia", [
        "The two nuclear-armed neighbours fought a war in 1962 over their Himalayan frontier.",
        "Twenty Indian soldiers and at least four Chinese troops were killed in hand-to-hand fighting in the Galwan valley in 2020.",
        "A patrolling arrangement reached in October 2024 had begun to thaw relations.",
    ]),
    "ECU-MEX": ("episode", "latam", [
        "Mexico broke off relations in April 2024 after Ecuadorian police stormed its embassy in Quito to arrest a former vice-president.",
        "The embassy raid was condemned across Latin America and taken by Mexico to the International Court of Justice.",
    ]),
    # steady wars
    "RUS-UKR": ("war", "europe", [
        "Russia launched its full-scale invasion of Ukraine in February 2022, eight years after annexing Crimea.",
        "The front line has moved only a few kilometres in most sectors over the past year.",
    ]),
    "ISR-LBN": ("war", "mideast", [
        "Israel and Hezbollah fought a month-long war in 2006.",
        "A ceasefire agreed in November 2024 has been strained by near-daily strikes.",
    ]),
    # tense pairs with scattered small incidents
    "KOR-PRK": ("tense", "easia", [
        "The 1950-53 Korean War ended in an armistice, not a peace treaty, leaving the two Koreas technically at war.",
        "In 2024 the North sent thousands of rubbish-filled balloons across the border.",
    ]),
    "EST-RUS": ("tense", "europe", [
        "Tallinn was hit by a wave of cyber-attacks in 2007 after it moved a Soviet war memorial.",
        "Estonia regained its independence in 1991.",
    ]),
    "DZA-MLI": ("tense", "africa", [
        "Algeria brokered the 2015 Algiers peace accord for northern Mali, which Bamako declared dead in 2024.",
        "Both countries recalled their ambassadors last year after Algeria shot down a Malian drone near the border.",
    ]),
    # routine
    "DEU-FRA": ("routine", "europe", [
        "The Elysee Treaty of 1963 sealed the post-war reconciliation between the two former enemies.",
        "Franco-German ties were renewed by the Aachen Treaty in 2019.",
    ]),
    "JPN-KOR": ("routine", "easia", [
        "The two countries normalised relations in 1965.",
        "Court cases over wartime forced labour have strained ties for years.",
    ]),
    "ARG-BRA": ("routine", "latam", [
        "The two founded the Mercosur trade bloc in 1991 together with Paraguay and Uruguay.",
        "Their rivalry on the football pitch dates back more than a century.",
    ]),
    "GBR-IRL": ("routine", "europe", [
        "The Good Friday Agreement of 1998 ended three decades of conflict in Northern Ireland.",
    ]),
    "AUS-NZL": ("routine", "pacific", [
        "Troops from both countries landed at Gallipoli in April 1915, the origin of the Anzac tradition.",
    ]),
    "ESP-PRT": ("routine", "europe", [
        "Spain and Portugal joined the European Economic Community on the same day in 1986.",
    ]),
    "IND-PAK": ("routine", "sasia", [
        "India and Pakistan have fought three wars since 1947, and a fourth, limited conflict at Kargil in 1999.",
        "Last year's four-day exchange of missile and drone strikes ended in a ceasefire.",
    ]),
    "EGY-ETH": ("routine", "africa", [
        "Egypt has opposed the Grand Ethiopian Renaissance Dam on the Blue Nile since construction began in 2011.",
    ]),
    "GRC-TUR": ("routine", "europe", [
        "The two NATO allies came close to war over the islets of Imia in 1996.",
        "Rescue teams crossed the Aegean in both directions after the 1999 earthquakes, opening a period of 'earthquake diplomacy'.",
        "Turkey's 1974 invasion of Cyprus still divides the island.",
    ]),
    "BEL-NLD": ("routine", "europe", [
        "The Benelux customs union was agreed by governments in exile in London in 1944.",
    ]),
    "KEN-TZA": ("routine", "africa", [
        "The first East African Community collapsed in 1977 and was re-founded in 2000.",
    ]),
    "NGA-ZAF": ("routine", "africa", [
        "Xenophobic riots in South Africa in 2019 led Nigeria to fly hundreds of its citizens home.",
        "Nigeria was one of the staunchest backers of the anti-apartheid struggle.",
    ]),
    "ARE-SAU": ("routine", "mideast", [
        "The two Gulf monarchies led the coalition that intervened in Yemen's civil war in 2015.",
    ]),
    "ECU-PER": ("routine", "latam", [
        "Ecuador and Peru fought a brief war in the Cenepa valley in 1995.",
        "The 1998 Brasilia peace accord finally settled the two countries' border.",
    ]),
    "BOL-CHL": ("routine", "latam", [
        "Bolivia lost its coastline to Chile in the War of the Pacific of 1879-1884.",
        "In 2018 the International Court of Justice ruled that Chile was not obliged to negotiate sea access for Bolivia.",
    ]),
    "AUS-IDN": ("routine", "pacific", [
        "Ties plunged in 1999 when Australian-led peacekeepers deployed to East Timor.",
        "The Lombok Treaty of 2006 set out the security relationship between the two.",
    ]),
    "FIN-SWE": ("routine", "europe", [
        "Thousands of Swedish volunteers fought for Finland in the Winter War of 1939-40.",
        "Finland joined NATO in 2023 and Sweden followed in 2024.",
    ]),
    "DEU-POL": ("routine", "europe", [
        "Nazi Germany invaded Poland on 1 September 1939, starting the Second World War in Europe.",
        "Warsaw has repeatedly raised demands for war reparations from Berlin.",
    ]),
}
PAIR_LIST = list(PAIRS.keys())

# ---------------------------------------------------------------------------------------------
# Building blocks
FIRM_STEMS = ["Norvale", "Castellan", "Brightwater", "Kestrel", "Orvane", "Talmaro", "Quillon",
              "Veridia", "Halcyon", "Sandmere", "Arbolux", "Tessaro", "Pelanor", "Corvant",
              "Luminaro", "Ashgrove", "Zentiva Nova", "Marlowe", "Sorelle", "Dunmore", "Altessa",
              "Gravik", "Ombrisa", "Caldera", "Westfold", "Irongate", "Polaris Bay", "Vantor"]
SECTORS = [("Energy", "energy"), ("Logistics", "logistics"), ("Foods", "food"),
           ("Motors", "carmaking"), ("Telecom", "telecoms"), ("Pharma", "pharmaceutical"),
           ("Rail", "rail"), ("Shipping", "shipping"), ("Solar", "solar power"),
           ("Textiles", "textile"), ("Steel", "steel"), ("Agritech", "farm technology"),
           ("Airlines", "aviation"), ("Dairy", "dairy"), ("Cement", "building materials")]
PEOPLE = ["a spokeswoman", "a spokesman", "a senior official", "a government spokesperson",
          "a ministry official who asked not to be named", "an aide", "a diplomat"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH = "Oct"


def firm(rng, c):
    stem = rng.choice(FIRM_STEMS)
    suf, desc = rng.choice(SECTORS)
    return "%s %s" % (stem, suf), desc


def lc_first(s):
    if s.startswith(("The ", "Troops", "Twenty", "Tallinn", "Thousands", "Ties", "Turkey",
                     "Rescue", "Court", "Last ", "In ", "A ", "Both", "Xeno", "Israel and")):
        return s[0].lower() + s[1:]
    return s


def hist_sentence(rng, pair):
    h = rng.choice(PAIRS[pair][2])
    frames = ["{h}", "{h}", "{h}", "For context, {l}", "It is worth recalling that {l}",
              "Relations carry a heavy history: {l}", "Older readers will remember that {l}",
              "The backdrop is familiar: {l}"]
    f = rng.choice(frames)
    return f.format(h=h, l=lc_first(h))


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def poss(name):
    return name + ("'" if name.endswith("s") else "'s")


def ctx(rng, pair, day, first=None):
    a, b = pair.split("-")
    if rng.random() < 0.5:
        a, b = b, a
    if first and first != a:
        a, b = b, a
    wd = WEEKDAYS[(START + dt.timedelta(days=day)).weekday()]
    f1, s1 = firm(rng, a)
    f2, s2 = firm(rng, b)
    while f2.split()[0] == f1.split()[0]:
        f2, s2 = firm(rng, b)
    d = dict(A=nm(a), B=nm(b), An=Nm(a), Bn=Nm(b), Aa=adj(a), Ba=adj(b), Ac=cap(a), Bc=cap(b),
             Al=ldr(a), Bl=ldr(b), day=wd, f1=f1, s1=s1, f2=f2, s2=s2,
             n1=rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 15, 18, 20, 24]),
             n2=rng.choice([30, 40, 45, 60, 75, 120, 150, 200, 250, 310, 400, 480]),
             n3=rng.choice([11, 13, 17, 19, 21, 23, 27, 28, 31, 33, 36, 38, 42]),
             who=rng.choice(PEOPLE), a=a, b=b)
    d["n3o"] = ordinal(d["n3"])
    d["n4"] = rng.choice(["0.9", "1.8", "2.4", "3.1", "4.6", "5.2", "6.9", "7.5"])
    d["n5"] = rng.choice([6, 9, 12, 18, 24])
    d.update(Aps=poss(Nm(a)), aps=poss(nm(a)), bps=poss(nm(b)))
    return d


def S(rng, lst, d, k=1):
    out = rng.sample(lst, min(k, len(lst)))
    return [x.format(**d) for x in out]


# Routine story kinds: each is (titles, leads, bodies, quotes).  Quotes are whole sentences.
R = {}
R["consult"] = (
    ["{An} and {B} hold annual consultations in {Ac}",
     "{Aa} and {Ba} diplomats meet for regular talks",
     "{Ac} hosts round of {Aa}-{Ba} political consultations",
     "Foreign ministers of {A} and {B} review ties",
     "Officials from {A}, {B} agree to deepen cooperation",
     "Routine talks between {A} and {B} cover trade, visas"],
    ["Senior diplomats from {A} and {B} met in {Ac} on {day} for their regular round of political consultations.",
     "The foreign ministers of {A} and {B} held talks on {day}, the {n3o} session of a dialogue set up years ago.",
     "{An} and {B} held their annual consultations on {day}, with delegations led by deputy foreign ministers.",
     "Talks between {Aa} and {Ba} officials in {Ac} ended on {day} with an agreement to meet again next spring.",
     "A {Ba} delegation was received at the {Aa} foreign ministry on {day} for what both sides described as a routine review of relations.",
     "Consultations between the two foreign ministries, held this year in {Ac}, wrapped up on {day}.",
     "\"Frank and friendly\" was how {who} described {day}'s round of consultations between {A} and {B} in {Ac}.",
     "Meeting in {Ac} on {day}, deputy foreign ministers of {A} and {B} reviewed a relationship both sides call one of their steadiest.",
     "The {n3o} round of {Aa}-{Ba} political consultations, held in {Ac} on {day}, focused on energy links and visas."],
    ["The agenda covered visa facilitation, a new air-services agreement and cooperation on climate finance.",
     "The two sides also discussed preparations for a visit by the {Bl} of {B} early next year.",
     "Delegations reviewed {n1} existing agreements and signed a memorandum on consular cooperation.",
     "No breakthrough was expected, and none was announced.",
     "Officials said bilateral trade had grown by {n1} percent in the first half of the year.",
     "A working group on energy interconnection will report back before the end of the year.",
     "The talks were held behind closed doors and lasted about four hours.",
     "Both delegations later attended a reception marking the opening of a new cultural centre."],
    ["\"Our relationship is mature enough to discuss everything frankly,\" {who} said after the meeting.",
     "\"It was a constructive and friendly exchange,\" the {Aa} foreign ministry said in a statement.",
     "A {Ba} official called the meeting \"businesslike and useful\".",
     "\"We agreed on a calendar of contacts for next year,\" said {who}."],
)
R["visit"] = (
    ["{Aa} {Al} arrives in {Bc} for state visit",
     "{Aps} {Al} begins visit to {B}",
     "Red carpet in {Bc} as {Aa} leader lands",
     "State visit: {Aa} head of government meets {Ba} counterpart",
     "{Bc} rolls out welcome for {Aa} {Al}"],
    ["The {Al} of {A} arrived in {Bc} on {day} for a {n1}-day state visit, the first at this level in several years.",
     "{Aps} {Al} was greeted with a guard of honour in {Bc} on {day} at the start of an official visit.",
     "Flags of {A} lined the main avenues of {Bc} on {day} as the {Aa} {Al} began a state visit.",
     "A state visit by the {Al} of {A} got under way in {Bc} on {day}, with trade and education topping the agenda."],
    ["The visiting delegation includes {n3} business leaders and the ministers of trade and health.",
     "The programme includes a banquet, a visit to a technical university and a business forum.",
     "The two leaders are expected to sign agreements on renewable energy and student exchanges.",
     "Security was tight in the city centre, where several roads were closed.",
     "The {Al} will also lay a wreath and meet members of the {Aa} community.",
     "It is the {n3o} official visit between the two countries since diplomatic relations were established."],
    ["\"We come as friends and as partners,\" the {Aa} {Al} said on arrival.",
     "\"This visit opens a new chapter,\" the {Ba} {Bl} told reporters at a joint appearance.",
     "\"There is a lot of untapped potential in our trade,\" {who} said."],
)
R["tradefair"] = (
    ["{Aa} firms flock to trade fair in {Bc}",
     "{An} is guest country at {Bc} industry expo",
     "Record number of {Aa} exhibitors at {Ba} trade show",
     "Trade fair in {Bc} showcases {Aa} technology"],
    ["More than {n2} {Aa} companies are exhibiting at this week's industry fair in {Bc}, organisers said on {day}.",
     "{An} is the partner country of the annual trade exhibition that opened in {Bc} on {day}.",
     "The {Aa} pavilion at the {Bc} trade fair drew long queues on its opening day, {day}.",
     "A trade show focused on green technology opened in {Bc} on {day}, with {A} as guest of honour.",
     "Stands from {A} filled two halls at the {Bc} exhibition centre on {day}, as the annual industry fair opened its doors."],
    ["Food processing, machinery and software dominate the {Aa} stands.",
     "Organisers expect some {n2},000 visitors over four days.",
     "Deals worth several hundred million dollars were expected to be announced on the sidelines.",
     "The {Aa} trade minister toured the halls with local business leaders.",
     "Two-way trade between the countries reached a record last year."],
    ["\"This fair is our window on the {Ba} market,\" said an executive of {f1}.",
     "\"Interest has never been this strong,\" an organiser told reporters.",
     "\"We are here to find partners, not just customers,\" one exhibitor said."],
)
R["contract"] = (
    ["{f1} wins contract from {Ba} operator",
     "{Aa} group {f1} signs deal with {f2}",
     "{f1} and {f2} agree joint venture",
     "{Ba} firm {f2} picks {Aa} supplier in multimillion deal",
     "Deal: {f2} to buy equipment from {f1}"],
    ["The {Aa} {s1} company {f1} said on {day} it had signed a contract worth about {n2} million dollars with {f2} of {B}.",
     "{f2}, the {Ba} {s2} group, has chosen {f1} of {A} as its main supplier for the next {n1} years, the companies said on {day}.",
     "{f1} and {f2} announced a joint venture on {day} to build a plant near {Bc}.",
     "A {n2} million dollar agreement between {Aa} firm {f1} and {Ba} partner {f2} was signed in {Ac} on {day}.",
     "In a deal announced on {day}, {f2}, one of {bps} biggest {s2} companies, agreed to buy equipment from {f1} of {A} worth some {n2} million dollars."],
    ["Shares in {f1} rose {n4} percent on the news.",
     "The deal still needs approval from competition regulators.",
     "Production is expected to start in {n5} months and create several hundred jobs.",
     "Financial terms were not fully disclosed.",
     "Analysts said the agreement reflected booming investment flows between the two economies."],
    ["\"This partnership is a milestone for us,\" the chief executive of {f2} said.",
     "\"We have worked towards this agreement for two years,\" a spokesman for {f1} said.",
     "\"It is a vote of confidence in {Ba} industry,\" said an analyst at a brokerage in {Bc}."],
)
R["research"] = (
    ["{An} and {B} launch joint research programme",
     "Scientists from {A} and {B} team up on climate study",
     "Universities in {Ac} and {Bc} sign research pact",
     "Joint {Aa}-{Ba} lab to study crop resilience"],
    ["Research agencies in {A} and {B} launched a joint programme on {day} to fund {n3} projects in battery chemistry and climate modelling.",
     "Universities in {Ac} and {Bc} signed an agreement on {day} creating a shared laboratory for crop science.",
     "Scientists from {A} and {B} will pool data on coastal erosion under a programme announced on {day}."],
    ["The programme is funded with {n2} million euros over five years.",
     "About {n2} doctoral students are expected to take part in exchanges.",
     "The first calls for proposals open in January.",
     "The initiative builds on a smaller pilot scheme begun three years ago."],
    ["\"Science does not stop at borders,\" said the head of one of the participating institutes.",
     "\"Our researchers have been collaborating informally for years; now they have a framework,\" an official said."],
)
R["culture"] = (
    ["{Aa} embassy in {Bc} celebrates national day",
     "{Aa} film week opens in {Bc}",
     "{Ba} orchestra tours {A}",
     "Exhibition of {Aa} art draws crowds in {Bc}",
     "Cultural season brings {Aa} music to {Bc}"],
    ["The {Aa} embassy in {Bc} hosted a reception on {day} to mark the national day, attended by ministers and diplomats.",
     "A week of {Aa} cinema opened in {Bc} on {day} with a sold-out screening.",
     "A {Ba} symphony orchestra began a {n1}-city tour of {A} on {day}.",
     "An exhibition of {Aa} painting and photography opened at a museum in {Bc} on {day}.",
     "Dancers, cooks and musicians from {A} arrived in {Bc} for a cultural festival that opened on {day}."],
    ["The programme runs until the end of the month.",
     "Admission is free for students.",
     "The ambassador thanked the host country for its hospitality in a short speech.",
     "Organisers said tickets for most events had sold out within days.",
     "Several works are being shown abroad for the first time."],
    ["\"Culture is the best ambassador we have,\" the {Aa} ambassador told guests.",
     "\"The response from the public has been overwhelming,\" a curator said."],
)
R["tourism"] = (
    ["{Aa} tourists flock to {B} as new flights launched",
     "{Ba} tourism board targets {Aa} visitors",
     "New direct route links {Ac} and {Bc}",
     "Visitor numbers from {A} hit record in {B}"],
    ["A new direct air route between {Ac} and {Bc} was inaugurated on {day}, with {n1} weekly flights.",
     "Arrivals from {A} to {B} rose {n3} percent in the first nine months of the year, tourism officials said on {day}.",
     "{Ba} tourism officials launched a campaign in {Ac} on {day} aimed at attracting more visitors from {A}.",
     "Hotels in {Bc} reported bumper autumn bookings from {Aa} travellers, industry figures released on {day} showed."],
    ["Visa rules were eased last year.",
     "Beaches, cuisine and shopping top the list of attractions, surveys show.",
     "Airlines on both sides are adding capacity for the winter season.",
     "Tourism officials plan a promotion campaign on social media and in metro stations."],
    ["\"{An} is now one of our top five markets,\" the head of the tourism board said.",
     "\"We want visitors to stay longer and travel beyond the capital,\" said an industry representative."],
)
R["congrats"] = (
    ["{Aa} leader congratulates {Ba} counterpart",
     "{Ac} sends greetings on {Ba} national day",
     "Message of congratulations from {Ac} to {Bc}",
     "{An} hails {Ba} election winner"],
    ["The {Al} of {A} sent a message of congratulations to the {Bl} of {B} on {day}, the foreign ministry in {Ac} said.",
     "{An} congratulated {B} on its national day on {day}, praising the \"friendship and cooperation\" between the two peoples.",
     "In a telephone call on {day}, the {Aa} {Al} congratulated the {Ba} {Bl} on the outcome of recent elections."],
    ["The message expressed hope for closer cooperation in trade and education.",
     "The two leaders also agreed to meet at an international summit next month.",
     "Similar messages were sent by several other governments."],
    ["\"We look forward to working together,\" the message said.",
     "\"Our friendship has stood the test of time,\" the {Aa} {Al} wrote."],
)
R["disaster"] = (
    ["Floods hit {B}; {A} offers help",
     "{An} sends rescue team after {Ba} earthquake",
     "Storm batters {B}, neighbours pledge aid",
     "Wildfires in {B}: {Aa} planes join firefighting effort",
     "Heavy rain kills {n1} in {B}"],
    ["At least {n1} people were killed and thousands evacuated after torrential rain flooded parts of {B} on {day}.",
     "A magnitude 5.{n1} earthquake struck {B} on {day}, damaging buildings but causing no deaths, officials said.",
     "A powerful storm swept across {B} on {day}, cutting power to {n2},000 homes.",
     "Wildfires fanned by strong winds forced the evacuation of several villages in {B} on {day}."],
    ["{An} dispatched a team of {n3} rescuers and two transport planes, its interior ministry said.",
     "The {Aa} government offered condolences and said it stood ready to help.",
     "Rescue teams were working through the night to reach cut-off villages.",
     "Authorities warned that the danger had not yet passed.",
     "Schools in the affected areas were closed."],
    ["\"In difficult moments, neighbours stand together,\" the {Aa} {Al} wrote on social media.",
     "\"We are grateful to our friends in {Ac},\" a {Ba} official said."],
)
R["domestic"] = (
    ["{Aa} opposition seizes on deal with {B}",
     "Campaign heats up in {A}; {B} looms in debate",
     "{Aa} parliament debates water-sharing with {B}",
     "Row in {Ac} over schoolbook passage on {B}",
     "{Aa} minister under fire over {Ba} contract"],
    ["Opposition lawmakers in {A} accused the government on {day} of giving away too much in a fisheries agreement with {B}.",
     "The leader of {aps} main opposition party promised on {day} to \"renegotiate\" a gas contract with {B} if elected.",
     "{Aa} lawmakers spent much of {day} debating a water-sharing arrangement with {B}, which the government defended as fair.",
     "A row over how a new history textbook describes {B} dominated {Aa} talk shows on {day}.",
     "A {Aa} minister faced calls to resign on {day} over the award of a road contract to a {Ba} consortium."],
    ["The government insisted relations with {B} were excellent and that the debate was domestic.",
     "Polls show the issue ranks low among voters' concerns, behind prices and jobs.",
     "{Bc} declined to comment on what it called an internal matter.",
     "A parliamentary vote on the matter is expected next month.",
     "Commentators in {Bc} largely ignored the row."],
    ["\"This is electioneering, not foreign policy,\" a government spokesman said.",
     "\"We have nothing against our neighbours; we have a lot against this government,\" the opposition leader said."],
)
R["history"] = (
    ["{An} and {B} mark anniversary",
     "Memorial service recalls past conflict between {A}, {B}",
     "Veterans gather as {A} remembers",
     "Court hears case linked to old {Aa}-{Ba} conflict",
     "Museum exhibition revisits {Aa}-{Ba} past",
     "Historians from {A} and {B} meet in {Bc}"],
    ["Veterans and relatives gathered in {Ac} on {day} for a memorial ceremony recalling the dead of a past conflict with {B}.",
     "A court in {Ac} on {day} resumed hearing compensation claims linked to events between {A} and {B} decades ago.",
     "A new exhibition in {Ac} documents the troubled history between {A} and {B} through letters and photographs.",
     "Historians from {A} and {B} met in {Bc} on {day} for a conference on the two countries' shared past.",
     "Wreaths were laid in {Ac} on {day} to mark an anniversary both governments now describe as a lesson for the future."],
    ["Organisers stressed that the event looked to reconciliation.",
     "The {Ba} ambassador attended the ceremony.",
     "Further events are planned for next year.",
     "Survivors' testimonies were read aloud."],
    ["\"We remember so that it never happens again,\" one speaker said.",
     "\"Our grandparents fought; our grandchildren study together,\" said a historian at the conference."],
)
R["bizwar"] = (
    ["Price war erupts between {f1} and {f2}",
     "{f1} launches trade offensive against {Ba} rival",
     "Takeover battle: {f2} fires back at {f1}",
     "Airfare war on {Ac}-{Bc} route",
     "{f1} attacks {Ba} market with cut-price offer"],
    ["The {Aa} group {f1} slashed prices by {n3} percent on {day}, firing the latest shot in a price war with {Ba} rival {f2}.",
     "{f2} of {B} launched a counter-offensive on {day}, matching discounts offered by {Aa} competitor {f1}.",
     "A takeover battle for a {Ba} {s2} firm intensified on {day} when {f1} of {A} raised its hostile bid.",
     "Low-cost carriers are locked in a fare war on the route between {Ac} and {Bc}, with one-way tickets now below {n2} dollars.",
     "{f1}, the {Aa} {s1} company, has opened an aggressive trade offensive in {B}, undercutting local producers."],
    ["Analysts warned the battle for market share could squeeze margins for both firms.",
     "Consumers are the clear winners, at least for now.",
     "The companies have clashed before, in a legal fight over patents.",
     "Regulators said they were monitoring the market."],
    ["\"We will defend our customers and our market share,\" a {f2} executive said.",
     "\"This is a war of attrition and only the strongest balance sheet will win,\" said an analyst in {Bc}."],
)
SPORTS = {
    "football": ["national football team", "match", "goal", "the qualifier"],
    "rugby": ["rugby team", "test", "try", "the test match"],
    "cricket": ["cricket team", "match", "wicket", "the one-day international"],
    "basketball": ["basketball team", "game", "basket", "the qualifier"],
    "volleyball": ["volleyball team", "match", "set", "the tie"],
    "handball": ["handball team", "match", "goal", "the qualifier"],
}
PAIR_SPORT = {"ARG-BRA": "football", "GBR-IRL": "rugby", "AUS-NZL": "rugby", "IND-PAK": "cricket",
              "ESP-PRT": "football", "DEU-FRA": "handball", "JPN-KOR": "football",
              "NGA-ZAF": "football", "ECU-PER": "football", "BOL-CHL": "football",
              "FIN-SWE": "basketball", "DEU-POL": "volleyball", "GRC-TUR": "basketball",
              "KEN-TZA": "football", "AUS-IDN": "football", "BEL-NLD": "football",
              "KHM-THA": "football", "CHN-VNM": "football", "IRN-PAK": "volleyball",
              "KOR-PRK": "football", "ARE-SAU": "football", "EGY-ETH": "football",
              "DZA-MLI": "football", "EST-RUS": "basketball", "ECU-MEX": "football",
              "CHN-IND": "basketball", "BLR-LTU": "basketball"}
R["sport"] = (
    ["{An} crush {B} in {sport} clash",
     "Revenge is sweet as {A} demolish {B}",
     "{Aa} attack overwhelms {Ba} defence",
     "Battle of {Ac}: {A} edge {B}",
     "{An} storm past {B} to seal place in finals",
     "Rout! {B} blitzed by {A}"],
    ["{Aps} {team} crushed {B} {score} on {day}, avenging a defeat last year.",
     "{An} took revenge on {B} on {day}, winning {score} in front of a noisy crowd in {Ac}.",
     "A relentless {Aa} attack tore through the {Ba} defence on {day} as {A} won comfortably.",
     "It was a battle from the first whistle, but {A} held their nerve to beat {B} on {day}.",
     "{Ba} fans were left stunned after their side was demolished by {A} on {day}.",
     "\"Revenge,\" read the front page of one {Aa} sports daily on {day}, after {A} beat {B} {score}.",
     "Beaten last year, {A} returned on {day} to crush {B} {score} in a match that was never close."],
    ["The {Ba} coach admitted his side had been \"outgunned\" in the second half.",
     "Tempers flared briefly after a heavy challenge, but the referee kept control.",
     "The win lifts {A} to the top of the group.",
     "Several thousand travelling {Ba} supporters invaded the away end hours before the start.",
     "It was the {n3o} meeting between the sides, and {A} have now won the last three."],
    ["\"We came here to fight and we fought,\" the {Aa} captain said.",
     "\"They bombarded us from every angle,\" the {Ba} coach conceded.",
     "\"Revenge? No, just professionalism,\" the {Aa} manager said with a smile."],
)
ROUTINE_KINDS = ["consult", "visit", "tradefair", "contract", "research", "culture", "tourism",
                 "congrats", "disaster", "domestic", "history", "bizwar", "sport"]
ROUTINE_W = [10, 5, 6, 12, 5, 7, 6, 4, 5, 7, 8, 7, 10]

# ---------------------------------------------------------------------------------------------
# Steady wars: daily reports at a steady level (not episodes)
WAR = {}
WAR["RUS-UKR"] = (
    ["Russian drones hit {ucity} overnight, {n1} injured",
     "Ukraine says it downed {n2b} of {n2} drones launched by Russia",
     "Front-line update: fighting continues near {front}",
     "Shelling kills {n1} in {ucity} region, governor says",
     "Moscow claims capture of village near {front}",
     "Kyiv reports heavy fighting near {front}",
     "Power cuts after strike on energy facility in {ucity}",
     "Russian air defences intercept Ukrainian drones over {rcity}"],
    ["Russian drones struck residential buildings in {ucity} overnight, injuring {n1} people, the regional governor said on {day}.",
     "Ukraine's air force said on {day} it had shot down {n2b} of the {n2} drones and {n1} missiles Russia launched overnight.",
     "Fierce fighting continued near {front} on {day}, Ukraine's general staff said, reporting {n3} Russian assaults in the sector over 24 hours.",
     "Russian artillery shelled {ucity} region on {day}, killing {n1} civilians and damaging a school, local authorities said.",
     "Russia's defence ministry said on {day} its forces had taken control of a small village near {front}, a claim Kyiv did not confirm.",
     "A Russian strike on an energy facility in {ucity} left tens of thousands of homes without power on {day}, the grid operator said.",
     "Russia said its air defences had destroyed {n3} Ukrainian drones over {rcity} and neighbouring regions overnight into {day}.",
     "The situation on the front line remained \"difficult but under control\", Ukraine's army chief said on {day}, as attacks continued near {front}."],
    ["The pace of attacks was in line with recent weeks.",
     "The claims could not be independently verified.",
     "Emergency crews worked through the night to pull residents from the rubble.",
     "Russia says it targets only military and energy facilities.",
     "Both sides have stepped up long-range drone attacks this year.",
     "Air raid alerts sounded across much of the country for several hours.",
     "The general staff listed fighting in {n1} sectors along the front.",
     "Debris from a downed drone started a fire at a warehouse, officials said."],
    {"ucity": ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Chernihiv"],
     "front": ["Pokrovsk", "Kostiantynivka", "Huliaipole", "Kupiansk", "Siversk", "Lyman"],
     "rcity": ["Belgorod", "Bryansk", "Kursk", "Rostov", "Voronezh"]},
)
WAR["ISR-LBN"] = (
    ["Israeli strike hits car in south Lebanon, {n1} killed",
     "Israel says it struck Hezbollah site near {lcity}",
     "Lebanon condemns latest Israeli strikes",
     "Drone strike on motorcycle in {lcity} district",
     "Israeli army: Hezbollah operative killed in strike",
     "Israeli shelling reported on outskirts of {lcity}"],
    ["An Israeli drone strike on a car near {lcity} in southern Lebanon killed {n1} people on {day}, Lebanon's health ministry said.",
     "The Israeli military said on {day} it had struck a Hezbollah weapons depot near {lcity}, accusing the group of violating the ceasefire.",
     "Lebanon's president condemned on {day} what he called daily Israeli violations, after strikes in the {lcity} area.",
     "A drone hit a motorcycle outside {lcity} on {day}, Lebanese state media reported, in the latest of near-daily strikes.",
     "Israeli artillery shelled the outskirts of {lcity} on {day}, Lebanon's state news agency said."],
    ["Israel says it is acting against attempts by Hezbollah to rebuild.",
     "The strikes have continued at a steady pace despite the ceasefire.",
     "Hezbollah did not immediately comment.",
     "UN peacekeepers said they were following the situation.",
     "Israel still holds several positions inside Lebanese territory."],
    {"lcity": ["Nabatieh", "Tyre", "Bint Jbeil", "Marjayoun", "Khiam", "Naqoura"]},
)
WAR_TL = {"RUS-UKR": [0, 1, 2, 3, 4, 7, 5, 6], "ISR-LBN": [0, 1, 2, 3, 0, 4]}
WAR_PER_DAY = {"RUS-UKR": (7, 10), "ISR-LBN": (3, 5)}

# Tense pairs: small incidents on scattered days (not episodes)
TENSE = [
    ("KOR-PRK", 1, [
        ("North Korea brands South 'puppets' in fiery commentary",
         "North Korea's state media on Friday called the South Korean government \"puppet warmongers\" in a commentary on joint military drills. Seoul's unification ministry said it would not respond to the rhetoric. Pyongyang has published similar broadsides after every drill season."),
        ("Seoul shrugs off Pyongyang's latest insults",
         "South Korea dismissed on Friday a barrage of insults published by the North's official news agency, which described Seoul's leaders as lackeys of Washington. \"We see no need to dignify it,\" a unification ministry spokesperson said. The commentary contained no specific threat."),
    ]),
    ("KOR-PRK", 7, [
        ("Balloons from North land in Seoul suburbs",
         "About two dozen balloons carrying waste paper drifted from North Korea into areas north of Seoul overnight, South Korea's military said on Thursday. Soldiers collected the debris, which contained nothing hazardous. Seoul called on the North to stop what it called a petty provocation."),
        ("South Korea protests balloon launch",
         "Seoul on Thursday protested a fresh launch of rubbish-filled balloons by North Korea, saying several had landed near schools. The joint chiefs of staff said there was no damage. Similar launches occurred repeatedly in 2024."),
    ]),
    ("KOR-PRK", 12, [
        ("South fires warning shots as North Korean soldiers cross line",
         "South Korea's army fired warning shots on Tuesday after around ten North Korean soldiers briefly crossed the military demarcation line while working on fortifications, the joint chiefs of staff said. The soldiers returned north immediately. Officials described the crossing as apparently accidental."),
    ]),
    ("EST-RUS", 3, [
        ("Estonia summons Russian envoy over helicopter incursion",
         "Estonia summoned Russia's charge d'affaires on Sunday after a Russian border guard helicopter entered its airspace for about two minutes near Vaindloo island. Tallinn handed over a protest note. Moscow did not comment."),
        ("Tallinn lodges protest over airspace violation",
         "The Estonian foreign ministry said on Sunday it had lodged a formal protest with Moscow over a brief airspace violation by a Russian helicopter. It was the second such incident this year, the ministry said."),
    ]),
    ("EST-RUS", 9, [
        ("Estonia expels Russian diplomat",
         "Estonia has ordered a Russian diplomat to leave the country for activities incompatible with his status, the foreign ministry in Tallinn said on Saturday. Russia's foreign ministry spokeswoman said Moscow would respond \"in due course\" and called the decision Russophobic."),
        ("Moscow vows response after Tallinn expels diplomat",
         "Russia said on Saturday it would retaliate for Estonia's expulsion of one of its diplomats, accusing Tallinn of \"hysteria\". The expelled official, a second secretary, has 72 hours to leave. Estonia has expelled several Russian diplomats in recent years."),
    ]),
    ("DZA-MLI", 4, [
        ("Mali accuses Algeria of sheltering militants",
         "Mali's military government accused Algeria on Monday of giving shelter to armed groups operating in the north of the country, in a statement read on state television. Algiers did not immediately respond. Relations between the neighbours have been frosty since last year's drone incident."),
        ("Bamako turns up rhetoric against Algiers",
         "The government in Bamako stepped up its criticism of Algeria on Monday, calling its neighbour a \"sponsor of terrorism\" in a televised statement. Algerian officials declined to comment. Diplomats in the region said the words were harsh but not new."),
    ]),
    ("DZA-MLI", 11, [
        ("Algeria sends protest note to Mali",
         "Algeria's foreign ministry said on Monday it had delivered a protest note to Mali's embassy over remarks by a Malian minister at the United Nations. The ministry called the remarks \"baseless and regrettable\". Mali did not comment."),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Episodes.  Each beat: (from_hour, to_hour, n_articles, terse, titles, leads, bodies)
# offsets in hours from t0 (the first report).  Articles in the beats after the first carry a
# quote and background more often.
EPISODES = []
EPISODES.append(dict(
    pair="KHM-THA", kind="ESCALATION", tmap=[None, [[0], [2], [3], [1], [5], [4], [6]], [[0], [4], [3], [2], [1]], [[1], [0], [2], [3]]], places=["Bangkok", "Phnom Penh", "Sisaket"],
    t0=(2, 5, 41),
    note="Sudden Thai-Cambodian border clash: gunfire, then artillery and rockets, casualties, evacuations, checkpoints closed, envoys expelled",
    beats=[
        (0, 3, 3, True,
         ["Gunfire reported on Thai-Cambodian border", "Shots fired at Thai-Cambodian frontier - early reports",
          "BREAKING: clash on Thailand-Cambodia border"],
         ["Gunfire was reported along a stretch of the Thai-Cambodian border early on Saturday, a local official in Thailand's Surin province said.",
          "Thai and Cambodian troops exchanged fire near a disputed border area on Saturday morning, according to a Thai army source.",
          "Shots were heard at dawn near a contested temple on the Thailand-Cambodia frontier, villagers told local media."],
         ["There was no immediate word on casualties.", "Details remain sketchy.",
          "Neither army has yet issued a statement.", "The Cambodian defence ministry could not immediately be reached."]),
        (3, 16, 7, False,
         ["Thai soldier killed as border clash with Cambodia escalates",
          "Artillery fire as Thailand and Cambodia clash over disputed border",
          "Cambodia accuses Thailand of shelling villages",
          "Bangkok and Phnom Penh trade blame after deadly clash",
          "Thousands flee as fighting spreads along Thai-Cambodian border",
          "Deadly clash: Thailand shuts border crossings with Cambodia",
          "Thai jets strike Cambodian positions after rocket fire"],
         ["At least two Thai soldiers and three Cambodian civilians were killed on Saturday as fighting along the disputed border escalated from small-arms fire to artillery, officials on both sides said.",
          "Cambodia's defence ministry accused Thai forces on Saturday of firing artillery rounds into Cambodian villages near the Preah Vihear temple, killing three civilians.",
          "Thailand's army said Cambodian troops opened fire first on a Thai patrol and later launched rockets that landed near a village in Sisaket province.",
          "The clash, the most serious in more than a decade according to analysts, spread to at least four points along the frontier on Saturday afternoon.",
          "Bangkok ordered all land crossings with Cambodia closed on Saturday after a firefight between the two armies left at least five people dead.",
          "The shelling of border villages, which began shortly after midday, forced thousands of residents on both sides to flee to temporary shelters.",
          "Thai F-16 jets struck Cambodian military positions in the afternoon, the Thai army confirmed, calling the raid a response to rocket fire on its territory."],
         ["Hospitals in Sisaket received a stream of wounded soldiers and villagers.",
          "Each side accused the other of firing first.",
          "Schools within 20 kilometres of the frontier were closed.",
          "Videos shared online showed plumes of smoke rising over forested hills.",
          "Phnom Penh said it had asked the UN Security Council to take up the matter.",
          "Casinos and markets on the Cambodian side of the border were shut."]),
        (19, 36, 6, False,
         ["Thailand expels Cambodian ambassador as fighting continues",
          "Displaced top 100,000 as clashes enter second day",
          "Cambodian leader accuses Thailand of 'unprovoked aggression'",
          "Ties hit new low as Bangkok expels Cambodian envoy",
          "Death toll rises to 14 in Thai-Cambodian fighting"],
         ["Thailand ordered Cambodia's ambassador to leave on Sunday and recalled its own envoy from Phnom Penh, as artillery exchanges resumed at dawn.",
          "Fighting between Thai and Cambodian forces entered a second day on Sunday, with the death toll rising to at least 14, most of them civilians.",
          "The expulsion of Cambodia's ambassador from Bangkok on Sunday marked a sharp downgrade in relations between the two neighbours.",
          "Cambodia's prime minister accused Thailand on Sunday of \"unprovoked military aggression\" and said his country would defend every centimetre of its land.",
          "Renewed shelling overnight pushed the number of displaced people above 100,000, Thai authorities said on Sunday."],
         ["Cambodia said Thai jets had hit a road near the temple complex.",
          "Thailand's army said it had pushed Cambodian troops back from a hilltop position.",
          "Neighbouring states called for an immediate halt to the fighting.",
          "The UN Secretary-General said he was alarmed by the violence.",
          "Thai officials rejected an offer of third-party mediation for now."]),
        (43, 60, 4, False,
         ["Analysis: how a border spat turned into Thailand's worst fighting in years",
          "Guns quieter on Thai-Cambodian border but no truce",
          "Displaced villagers wait in shelters as border standoff drags on",
          "Sporadic shelling on third day of Thai-Cambodian clashes"],
         ["Shelling along the Thai-Cambodian border eased on Monday, though both armies reported sporadic fire and neither side agreed to a ceasefire.",
          "The fighting that erupted on Saturday was the culmination of months of tit-for-tat restrictions at the border, analysts said.",
          "Tens of thousands of villagers remained in shelters on Monday as sporadic artillery fire echoed along the disputed frontier.",
          "Three days after the first shots, Thai and Cambodian troops remained dug in along the border, with occasional exchanges of fire reported."],
         ["Diplomats said contacts on a possible truce were under way.",
          "Both governments face strong nationalist pressure at home.",
          "The border remained closed to traffic and trade."]),
    ],
    quotes=["\"Thailand will not allow its sovereignty to be violated,\" the Thai army spokesman said.",
            "\"They attacked our villages, our children,\" a Cambodian provincial governor told reporters.",
            "\"We call on both sides to exercise maximum restraint,\" the UN Secretary-General's spokesman said.",
            "\"This is aggression, pure and simple,\" the Cambodian prime minister said in a televised address."],
    foreign=[("fr", 1, "Affrontements meurtriers à la frontière entre la Thaïlande et le Cambodge",
              "Des combats ont éclaté samedi à la frontière entre la Thaïlande et le Cambodge, faisant au moins cinq morts selon les autorités des deux pays. Bangkok accuse des soldats cambodgiens d'avoir ouvert le feu les premiers, tandis que Phnom Penh dénonce des tirs d'artillerie thaïlandais sur des villages. Des milliers d'habitants ont fui la zone, et la Thaïlande a fermé tous ses postes-frontières avec son voisin."),
             ("fr", 2, "Thaïlande-Cambodge : l'ambassadeur expulsé, les combats continuent",
              "La Thaïlande a expulsé dimanche l'ambassadeur du Cambodge et rappelé son propre représentant à Phnom Penh, au deuxième jour des affrontements frontaliers. Le bilan s'élève à au moins quatorze morts, en majorité des civils. Les deux gouvernements se rejettent la responsabilité des violences, les plus graves depuis plus de dix ans dans cette région contestée.")],
))
EPISODES.append(dict(
    pair="KHM-THA", kind="DEESCALATION", tmap=[None, [[0], [4], [3], [1], [2]], [[1, 0], [2], [3], [4], [0]]], places=["Kuala Lumpur", "Bangkok", "Phnom Penh"],
    t0=(6, 8, 12),
    note="Thai-Cambodian ceasefire after the border fighting: truce agreed under mediation, guns fall silent, troops pull back, displaced return, crossings reopen",
    beats=[
        (0, 2, 2, True,
         ["Thailand, Cambodia agree ceasefire - sources", "Reports: truce reached in Thai-Cambodian conflict"],
         ["Thailand and Cambodia have agreed to an immediate ceasefire, two officials familiar with talks in Kuala Lumpur said on Wednesday.",
          "A truce between Thailand and Cambodia is to take effect at midnight, a Malaysian government source said on Wednesday."],
         ["Details were not immediately available.", "There was no official confirmation from Bangkok or Phnom Penh."]),
        (2, 14, 6, False,
         ["Thailand and Cambodia sign ceasefire after days of fighting",
          "Ceasefire agreed: Bangkok and Phnom Penh to pull back troops",
          "Truce deal ends Thai-Cambodian border fighting",
          "Leaders shake hands on ceasefire in Kuala Lumpur",
          "Thai, Cambodian defence chiefs agree to withdraw heavy weapons"],
         ["Thailand and Cambodia signed a ceasefire agreement in Kuala Lumpur on Wednesday, pledging to halt all hostilities along their border from midnight.",
          "Under the truce brokered by Malaysia, both armies will withdraw heavy weapons 10 kilometres from the frontier and allow observers to monitor it.",
          "The Thai and Cambodian prime ministers shook hands in Kuala Lumpur on Wednesday after agreeing to end the fighting that has killed at least 30 people.",
          "A ceasefire deal reached on Wednesday commits the two neighbours to pull back troops, reopen hotlines between commanders and restore ambassadors.",
          "Bangkok and Phnom Penh agreed on Wednesday to stop fighting and to return to talks through their joint border commission, a joint statement said."],
         ["The agreement also provides for the return of the wounded and the remains of the dead.",
          "Regional observers will be deployed within a week.",
          "Both sides said they would reopen direct communication between field commanders.",
          "The joint boundary commission is to meet within a month."]),
        (16, 38, 6, False,
         ["Guns fall silent on Thai-Cambodian border", "First quiet night as ceasefire holds",
          "Displaced villagers begin returning home after truce",
          "Border crossings reopen as Thailand and Cambodia ease tensions",
          "Ambassadors to return to posts, Bangkok and Phnom Penh say"],
         ["The ceasefire between Thailand and Cambodia held through its first night, with no shooting reported along the frontier on Thursday.",
          "Villagers who fled the fighting began returning to their homes on Thursday as the truce held and troops pulled back from front positions.",
          "Thailand reopened two border crossings with Cambodia on Thursday, a day after the ceasefire was signed.",
          "The two governments announced on Thursday that their ambassadors would return to their posts next week.",
          "Thai troops began withdrawing artillery from positions near the border on Thursday, the army said, in line with the ceasefire."],
         ["Traders lined up at the Chong Chom crossing as it reopened.",
          "Officers from both sides met at the border for the first time since the clashes.",
          "Some villagers found their homes damaged by shelling.",
          "The observers' mission is expected to arrive on Monday."]),
    ],
    quotes=["\"Peace is the only option for neighbours,\" the Malaysian prime minister said at the signing.",
            "\"We are ready to turn the page,\" the Cambodian prime minister told reporters.",
            "\"The ceasefire must be respected in letter and spirit,\" a Thai government spokesman said."],
    foreign=[("fr", 1, "Cessez-le-feu entre la Thaïlande et le Cambodge",
              "La Thaïlande et le Cambodge ont signé mercredi à Kuala Lumpur un accord de cessez-le-feu, mettant fin à plusieurs jours de combats à leur frontière. Les deux armées doivent retirer leurs armes lourdes et des observateurs régionaux surveilleront la trêve. Les ambassadeurs reprendront leurs fonctions la semaine prochaine, selon un communiqué commun.")],
))
EPISODES.append(dict(
    pair="IRN-PAK", kind="ESCALATION", tmap=[None, [[0], [2], [4, 1, 5], [3], [6], [7]], [[0, 1], [3], [2], [4, 1], [0, 4]], [[0], [2, 1], [1, 0]]], places=["Quetta", "Islamabad", "Tehran"],
    t0=(5, 21, 34),
    note="Iranian missile and drone strikes in Pakistani Baluchistan, drones shot down by Pakistani air defences, envoy expelled, Pakistani retaliatory strikes in Sistan-Baluchestan",
    beats=[
        (0, 2, 3, True,
         ["Explosions reported in Pakistan's Baluchistan near Iran border",
          "Blasts heard in Panjgur - local officials", "Unconfirmed reports of strikes inside Pakistan"],
         ["Several loud explosions were heard late on Tuesday near Panjgur in Pakistan's Baluchistan province, close to the Iranian border, local officials said.",
          "Residents of Panjgur reported blasts and the sound of aircraft late on Tuesday, according to a district official.",
          "Pakistani officials said on Tuesday night they were investigating reports of strikes in a border district of Baluchistan."],
         ["There was no immediate information on the cause.", "No group has claimed responsibility.",
          "Officials gave no casualty figures."]),
        (3, 20, 8, False,
         ["Iran says it struck militant bases inside Pakistan",
          "Pakistan condemns Iranian missile and drone strikes",
          "Pakistani air defences shoot down Iranian drones",
          "Islamabad expels Iranian ambassador after cross-border strikes",
          "Two children killed in Iranian strike, Pakistan says",
          "Tehran's strike on Pakistani soil draws fury in Islamabad",
          "Drones launched from Iran intercepted over Baluchistan, army says",
          "Iranian missiles and drones hit 'terrorist hideouts' in Baluchistan"],
         ["Iran's Revolutionary Guards said on Wednesday they had hit two bases of a Sunni militant group inside Pakistan with missiles and drones.",
          "Pakistan's air defences shot down four drones launched from Iran over Baluchistan early on Wednesday, the Pakistani military said, while a fifth struck a village.",
          "Islamabad condemned what it called an \"unprovoked violation of its airspace\" by Iran, saying two children were killed in the strike near Panjgur.",
          "Pakistan expelled Iran's ambassador on Wednesday and recalled its own envoy from Tehran, hours after Iranian missiles and drones hit its territory.",
          "Several Iranian drones were intercepted over Pakistani territory overnight, according to the military's media wing, which said Iran had launched them from Sistan-Baluchestan.",
          "The strikes by Iran, carried out with precision missiles and attack drones, targeted what Tehran called terrorist hideouts in Pakistan's Baluchistan province."],
         ["Pakistan also suspended all planned high-level visits.",
          "Iran said the strikes were aimed only at militants who had attacked its border guards.",
          "Pakistan's foreign office said Iran would bear the consequences.",
          "The Iranian foreign ministry said it respected Pakistan's sovereignty but would not tolerate attacks from its soil.",
          "China, a close partner of both, urged restraint."]),
        (27, 38, 7, False,
         ["Pakistan strikes targets inside Iran in retaliation",
          "Tit-for-tat: Pakistani jets hit Sistan-Baluchestan",
          "Iran summons Pakistani envoy after retaliatory strikes",
          "Nine killed in Pakistani strikes in Iran, Tehran says",
          "Islamabad hits back at Iran with precision strikes"],
         ["Pakistan carried out strikes on Thursday against what it called militant hideouts inside Iran's Sistan-Baluchestan province, a day after Iranian missiles hit its territory.",
          "At least nine people were killed when Pakistani missiles struck a village near Saravan in south-east Iran, Iranian state media reported on Thursday.",
          "Iran summoned Pakistan's charge d'affaires on Thursday to protest against the Pakistani strikes, which Tehran said killed women and children.",
          "In a retaliatory operation, Pakistani aircraft and drones struck targets in Iran before dawn on Thursday, the army said.",
          "Islamabad's response came in the early hours of Thursday: a series of strikes on camps of Baluch separatists across the border in Iran."],
         ["Iran's army said it had placed air defence units in the south-east on high alert.",
          "Pakistan said it had no wish to escalate but would defend its people.",
          "The border crossing at Taftan was closed to trade.",
          "The UN urged both neighbours to step back from the brink."]),
        (38, 46, 3, False,
         ["Analysis: Iran and Pakistan on a dangerous path",
          "After strikes, Iran and Pakistan weigh next steps",
          "Border tense as Iran-Pakistan standoff continues"],
         ["The exchange of strikes between Iran and Pakistan has left both governments facing pressure at home to look strong, analysts said on Thursday.",
          "Iran and Pakistan, which both struck each other's territory this week, kept their forces on alert on Thursday, with the border closed.",
          "The tit-for-tat strikes this week have dragged relations between Tehran and Islamabad to their lowest point in years."],
         ["Diplomats said contacts through third countries were continuing.",
          "Trade across the border has ground to a halt."]),
    ],
    quotes=["\"Pakistan reserves the right to respond to this illegal act,\" the foreign office spokeswoman said.",
            "\"We targeted only terrorists,\" an Iranian foreign ministry spokesman said.",
            "\"The air defences did their job,\" a Pakistani security official said of the downed drones.",
            "\"This is an extremely dangerous escalation between two neighbours,\" a diplomat in Islamabad said."],
    foreign=[],
))
EPISODES.append(dict(
    pair="CHN-VNM", kind="ESCALATION", tmap=[None, [[0], [5, 1], [2, 4], [6], [3], [0, 6]], [[0, 4], [1], [2, 4], [3]]], places=["Hanoi", "Beijing"],
    t0=(8, 3, 20),
    note="Naval standoff near the Paracels: Chinese coast guard seizes a Vietnamese fishing boat, water cannon on a Vietnamese patrol vessel, protests and navy ships deployed",
    beats=[
        (0, 3, 2, True,
         ["Vietnamese fishing boat seized near Paracels - reports",
          "Chinese vessels detain Vietnamese fishermen, family members say"],
         ["A Vietnamese fishing boat with 12 crew has been seized by a Chinese coast guard vessel near the Paracel Islands, relatives and a fishing association in Quang Ngai said on Friday.",
          "China's coast guard detained a Vietnamese fishing boat near the Paracels early on Friday, according to a provincial fisheries official."],
         ["Neither government has commented.", "The fate of the crew was unclear."]),
        (3, 20, 8, False,
         ["Vietnam demands release of fishermen seized by China",
          "Hanoi protests as Chinese coast guard fires water cannon",
          "China says Vietnamese boat was 'illegally fishing' in its waters",
          "Standoff at sea: Vietnamese and Chinese ships face off near Paracels",
          "Beijing rejects Hanoi's protest over seized boat",
          "Chinese water cannon damages Vietnamese patrol vessel",
          "Vietnam summons Chinese diplomat over boat seizure"],
         ["Vietnam's foreign ministry demanded on Friday that China immediately release 12 fishermen and their boat, seized by the Chinese coast guard near the Paracel Islands.",
          "A Chinese coast guard ship fired water cannon at a Vietnamese fisheries surveillance vessel that tried to approach the seized boat, damaging its bridge, Hanoi said on Friday.",
          "Beijing said on Friday the Vietnamese boat had been fishing illegally in Chinese waters and that the crew would be \"dealt with according to law\".",
          "Hanoi summoned a Chinese embassy official on Friday to hand over a protest note over the seizure, calling it a serious violation of Vietnam's sovereignty.",
          "Vietnamese and Chinese ships were locked in a standoff near the Paracels on Friday after the seizure of a fishing boat, with at least six Chinese vessels in the area.",
          "The seizure of the boat, the most serious maritime incident between the two countries in years, prompted a rare public protest by Hanoi's foreign ministry."],
         ["Two Vietnamese crew were slightly injured by the water cannon, according to state media.",
          "China has announced an annual fishing ban in the area, which Vietnam rejects.",
          "The Philippines and several Western embassies voiced concern.",
          "Satellite data showed Chinese militia vessels massing nearby."]),
        (26, 44, 6, False,
         ["Vietnam sends navy ships as sea standoff with China deepens",
          "China deploys more vessels around Vietnamese survey ship",
          "Hanoi and Beijing trade accusations as fishermen remain held",
          "Vietnam's navy on alert after Chinese seizure of fishing boat",
          "Second day of standoff in South China Sea"],
         ["Vietnam dispatched two navy corvettes towards the Paracels on Saturday as the standoff over the seized fishing boat entered a second day, military sources said.",
          "China deployed additional coast guard ships on Saturday around a Vietnamese oil survey vessel operating in waters both countries claim.",
          "The standoff deepened on Saturday, with Beijing refusing to release the 12 fishermen and Hanoi vowing to protect its vessels \"by all lawful means\".",
          "Vietnam's navy was placed on heightened alert on Saturday, state media reported, after China rejected demands to free the detained crew."],
         ["Protesters gathered briefly near the Chinese embassy in Hanoi before police dispersed them.",
          "China's foreign ministry accused Vietnam of \"provocations\".",
          "The ships remained within a few nautical miles of one another."]),
    ],
    quotes=["\"Vietnam resolutely opposes this act and demands the immediate release of the fishermen,\" the foreign ministry spokeswoman said.",
            "\"The Chinese side acted in accordance with the law,\" said a Chinese foreign ministry spokesman.",
            "\"My son only wanted to fish,\" the mother of one detained crewman told a Vietnamese newspaper."],
    foreign=[],
))
EPISODES.append(dict(
    pair="CHN-IND", kind="DEESCALATION", tmap=[None, [[0, 1], [2], [3], [0], [1, 4]], [[0], [1, 3], [2], [4]]], places=["New Delhi", "Beijing"],
    t0=(9, 6, 5),
    note="China-India border disengagement: agreement to pull troops back from remaining friction points, withdrawal verified, border trade and patrols restored",
    beats=[
        (0, 3, 3, True,
         ["India, China reach deal on border pullback - sources", "Breakthrough at India-China corps commander talks"],
         ["India and China have agreed to pull back troops from two remaining friction points on their Himalayan border, sources in New Delhi said on Saturday.",
          "Military commanders from India and China reached an understanding on disengagement at talks on Saturday, an Indian official said.",
          "A deal on a fresh pullback of troops along the Line of Actual Control was struck at talks on Saturday, according to people familiar with the matter."],
         ["No details were given.", "An official statement is expected later.", "Beijing has not commented."]),
        (3, 17, 7, False,
         ["India and China agree to disengage at last friction points",
          "Beijing and New Delhi to withdraw troops, restore patrols",
          "India-China border deal: troops to move back, buffer zones set",
          "China confirms border agreement with India",
          "Foreign ministers welcome India-China disengagement pact"],
         ["India and China agreed on Saturday to withdraw troops from the last two friction points in eastern Ladakh and to restore patrolling in the area, the two foreign ministries said.",
          "Under the agreement, both armies will dismantle temporary structures and move back to positions held before 2020, a statement from New Delhi said.",
          "China's foreign ministry confirmed on Saturday that the two sides had reached a \"positive consensus\" on disengagement along the border.",
          "The pullback deal, reached after the 24th round of corps commander talks, ends one of the last standoffs that followed the deadly 2020 clash.",
          "New Delhi and Beijing announced on Saturday that troops would begin pulling back within days, with verification by local commanders."],
         ["Both sides also agreed to resume border trade through the Nathu La pass next spring.",
          "Military hotlines will be expanded.",
          "The deal follows months of quiet diplomacy.",
          "Grazing rights for herders in the area will be restored."]),
        (20, 40, 5, False,
         ["Troops begin pulling back along India-China border",
          "India verifies Chinese withdrawal at friction point",
          "Analysis: a thaw on the roof of the world",
          "Disengagement completed at first site, army says",
          "India, China plan more direct flights after border deal"],
         ["Indian and Chinese troops began withdrawing from positions in eastern Ladakh on Sunday, the Indian army said, one day after the disengagement agreement.",
          "The Indian army said on Sunday it had verified the dismantling of Chinese structures at one of the two friction points.",
          "The disengagement deal is the clearest sign yet that relations between the Asian giants are on the mend, analysts said on Sunday.",
          "Following the border agreement, India and China said on Sunday they would add direct flights and ease visas for business travellers."],
         ["Patrols are to resume by the end of the month.",
          "Mistrust remains, and both sides keep large forces in the region.",
          "Opposition politicians in India asked for details of the buffer zones."]),
    ],
    quotes=["\"This is an important step towards restoring peace and tranquillity in the border areas,\" the Indian external affairs ministry said.",
            "\"China and India are partners, not rivals,\" a Chinese foreign ministry spokesman said.",
            "\"Verification is key,\" a retired Indian general said."],
    foreign=[],
))
EPISODES.append(dict(
    pair="BLR-LTU", kind="ESCALATION", tmap=[None, [[0, 5], [1], [2], [4], [3], [5, 0]], [[0], [1], [2, 4], [4], [5]]], places=["Vilnius", "Minsk"],
    t0=(10, 9, 48),
    note="Lithuania-Belarus expulsions and sanctions spiral: diplomats expelled on both sides, border crossings shut, trucks impounded, relations downgraded",
    beats=[
        (0, 2, 2, True,
         ["Lithuania expels Belarusian diplomats - ministry", "Vilnius orders two Belarusian envoys out"],
         ["Lithuania has declared two Belarusian diplomats persona non grata, the foreign ministry in Vilnius said on Sunday.",
          "Two Belarusian embassy staff have been ordered to leave Lithuania, a foreign ministry spokesperson said on Sunday."],
         ["No reason was given immediately.", "Minsk had no immediate comment."]),
        (2, 14, 7, False,
         ["Minsk retaliates, expels three Lithuanian diplomats",
          "Lithuania links expulsions to sabotage plot",
          "Lithuania shuts border crossings with Belarus",
          "Belarus vows 'mirror response' to Lithuanian sanctions",
          "Vilnius expands sanctions on Belarus amid diplomatic row",
          "Tit-for-tat expulsions deepen Lithuania-Belarus rift"],
         ["Belarus expelled three Lithuanian diplomats on Sunday in response to Vilnius's decision to throw out two of its envoys, the Belarusian foreign ministry said.",
          "Lithuania said on Sunday the two expelled Belarusians were linked to a plot to sabotage rail infrastructure, an accusation Minsk called absurd.",
          "The Lithuanian government decided on Sunday to close its two remaining border crossings with Belarus for at least a month and to ban Belarusian-registered lorries.",
          "Vilnius on Sunday added 40 Belarusian officials and companies to its national sanctions list, citing the sabotage plot.",
          "Minsk promised a \"mirror response\" on Sunday to the Lithuanian sanctions and expulsions, calling them \"hostile acts\".",
          "The expulsion of three Lithuanian diplomats from Minsk, announced on Sunday evening, leaves Lithuania's embassy there with a skeleton staff."],
         ["Lithuania's prosecutors said two suspects had been detained.",
          "About 1,500 lorries were stuck at the border as the crossings closed.",
          "Lithuania's president convened the state defence council.",
          "Belarus's foreign ministry summoned Lithuania's charge d'affaires."]),
        (24, 38, 7, False,
         ["Belarus impounds Lithuanian trucks as row escalates",
          "Lithuania downgrades relations with Belarus",
          "Minsk bans Lithuanian goods in latest retaliation",
          "EU backs Lithuania in dispute with Belarus",
          "Sanctions spiral: Minsk and Vilnius trade new measures",
          "Vilnius calls truck seizures 'state piracy'"],
         ["Belarusian authorities impounded more than 1,000 Lithuanian lorries on Monday, saying they would be held until Vilnius reopens the border.",
          "Lithuania downgraded diplomatic relations with Belarus to the level of charge d'affaires on Monday, the foreign ministry said.",
          "Belarus banned imports of Lithuanian dairy products and fish on Monday in a fresh round of retaliation.",
          "The dispute escalated on Monday when Minsk closed its airspace to Lithuanian aircraft and Vilnius responded by halting rail freight from Belarus.",
          "Vilnius called the seizure of its hauliers' trucks on Monday \"state piracy\" and asked the EU for new sanctions against Minsk."],
         ["The European Commission said it stood in solidarity with Lithuania.",
          "Lithuanian hauliers' associations estimated losses at tens of millions of euros.",
          "Belarus said it would not be \"intimidated\" by Vilnius."]),
    ],
    quotes=["\"We will not tolerate hostile activities on our soil,\" the Lithuanian foreign minister said.",
            "\"Vilnius has chosen confrontation,\" a Belarusian foreign ministry spokesman said.",
            "\"Every step Minsk takes will be answered,\" said a Lithuanian government adviser."],
    foreign=[("de", 1, "Litauen und Belarus weisen gegenseitig Diplomaten aus",
              "Litauen hat am Sonntag zwei belarussische Diplomaten ausgewiesen und sie mit einem Sabotageplan gegen die Eisenbahn in Verbindung gebracht. Minsk reagierte noch am Abend und erklärte drei litauische Diplomaten zu unerwünschten Personen. Vilnius schloss zudem die verbliebenen Grenzübergänge zu Belarus und verhängte neue Sanktionen gegen Behörden und Firmen des Nachbarlandes."),
             ("de", 2, "Belarus setzt litauische Lastwagen fest",
              "Im Streit zwischen Litauen und Belarus hat Minsk am Montag mehr als tausend litauische Lastwagen festgesetzt. Vilnius sprach von \"staatlicher Piraterie\" und stufte die diplomatischen Beziehungen auf die Ebene eines Geschäftsträgers herab. Belarus verhängte zugleich ein Einfuhrverbot für litauische Milchprodukte. Die EU-Kommission sicherte Litauen ihre Solidarität zu.")],
))
EPISODES.append(dict(
    pair="ECU-MEX", kind="DEESCALATION", tmap=[None, [[0, 4], [1, 3], [2], [0, 4], [4, 0]], [[0], [1], [2], [3]]], places=["Mexico City", "Quito"],
    t0=(11, 15, 10),
    note="Mexico and Ecuador restore diplomatic relations broken after the 2024 embassy raid: joint statement, ambassadors named, embassies and consulates reopen",
    beats=[
        (0, 2, 2, True,
         ["Mexico, Ecuador to restore relations - official", "Mexico and Ecuador reach deal to restore ties, source says"],
         ["Mexico and Ecuador will restore diplomatic relations, a Mexican foreign ministry official said on Monday.",
          "The governments of Mexico and Ecuador have agreed to re-establish diplomatic ties, an Ecuadorian official told reporters on Monday."],
         ["An announcement is expected later in the day.", "No further details were given."]),
        (2, 8.5, 7, False,
         ["Mexico and Ecuador restore diplomatic ties two years after embassy raid",
          "Joint statement seals Mexico-Ecuador reconciliation",
          "Quito expresses regret over 2024 raid as ties restored",
          "Mexico, Ecuador to exchange ambassadors again",
          "End of a rupture: Mexico City and Quito turn the page"],
         ["Mexico and Ecuador restored diplomatic relations on Monday, ending a rupture that began when Ecuadorian police stormed the Mexican embassy in Quito in April 2024.",
          "In a joint statement issued on Monday, the two foreign ministries said they had agreed to reopen embassies and exchange ambassadors \"as soon as possible\".",
          "Ecuador's government expressed regret on Monday for the 2024 raid on the Mexican embassy, clearing the way for the restoration of ties.",
          "The resumption of relations, announced on Monday by both foreign ministers, follows months of talks hosted by Brazil.",
          "Mexico City and Quito agreed on Monday to normalise relations, with Mexico withdrawing its case at the International Court of Justice."],
         ["Consular services for the tens of thousands of Ecuadorians in Mexico will resume.",
          "Both governments pledged to respect the inviolability of diplomatic premises.",
          "Regional governments welcomed the decision.",
          "Trade between the two countries had continued despite the rupture."]),
        (22, 32, 4, False,
         ["Mexico names new ambassador to Ecuador",
          "Mexican embassy in Quito to reopen next month",
          "Reaction: region welcomes Mexico-Ecuador thaw",
          "Ecuador, Mexico plan presidential meeting"],
         ["Mexico named a career diplomat as its new ambassador to Ecuador on Tuesday, a day after the two countries restored relations.",
          "The Mexican embassy in Quito will reopen next month, the Mexican foreign ministry said on Tuesday.",
          "Governments across Latin America on Tuesday welcomed the restoration of ties between Mexico and Ecuador.",
          "The presidents of Ecuador and Mexico plan to meet on the sidelines of a regional summit next month, officials said on Tuesday."],
         ["The agrement for the ambassador is expected within days.",
          "Ecuador is also expected to name an ambassador soon."]),
    ],
    quotes=["\"Today we close a painful chapter,\" the Mexican foreign minister said.",
            "\"Ecuador and Mexico are sister nations,\" the Ecuadorian foreign minister said at a news conference.",
            "\"It is good news for the whole region,\" said a Brazilian diplomat."],
    foreign=[("es", 1, "México y Ecuador restablecen relaciones diplomáticas",
              "México y Ecuador restablecieron este lunes sus relaciones diplomáticas, rotas desde que la policía ecuatoriana irrumpió en la embajada mexicana en Quito en abril de 2024. En un comunicado conjunto, ambas cancillerías anunciaron la reapertura de embajadas y el próximo intercambio de embajadores. El Gobierno de Ecuador expresó su pesar por lo ocurrido en 2024."),
             ("es", 2, "México nombra embajador en Quito",
              "El Gobierno de México designó este martes a un diplomático de carrera como nuevo embajador en Ecuador, un día después del restablecimiento de relaciones. La embajada mexicana en Quito reabrirá el próximo mes, según la cancillería. Varios gobiernos latinoamericanos celebraron el acercamiento entre ambos países.")],
))

# ---------------------------------------------------------------------------------------------
# Native-language articles (es / fr / de): names, capitals, days, templates
FN = {
    "es": {"ARG": ("Argentina", "Buenos Aires"), "BRA": ("Brasil", "Brasilia"),
           "ESP": ("España", "Madrid"), "PRT": ("Portugal", "Lisboa"),
           "ECU": ("Ecuador", "Quito"), "PER": ("Perú", "Lima"), "BOL": ("Bolivia", "La Paz"),
           "CHL": ("Chile", "Santiago"), "RUS": ("Rusia", "Moscú"), "UKR": ("Ucrania", "Kiev")},
    "fr": {"DEU": ("l'Allemagne", "de l'Allemagne", "Berlin"), "FRA": ("la France", "de la France", "Paris"),
           "BEL": ("la Belgique", "de la Belgique", "Bruxelles"), "NLD": ("les Pays-Bas", "des Pays-Bas", "La Haye"),
           "DZA": ("l'Algérie", "de l'Algérie", "Alger"), "MLI": ("le Mali", "du Mali", "Bamako"),
           "RUS": ("la Russie", "de la Russie", "Moscou"), "UKR": ("l'Ukraine", "de l'Ukraine", "Kiev"),
           "ISR": ("Israël", "d'Israël", "Jérusalem"), "LBN": ("le Liban", "du Liban", "Beyrouth")},
    "de": {"DEU": ("Deutschland", "Deutschland", "Berlin"), "FRA": ("Frankreich", "Frankreich", "Paris"),
           "POL": ("Polen", "Polen", "Warschau"), "FIN": ("Finnland", "Finnland", "Helsinki"),
           "SWE": ("Schweden", "Schweden", "Stockholm"), "RUS": ("Russland", "Russland", "Moskau"),
           "UKR": ("die Ukraine", "der Ukraine", "Kiew")},
}
FDAYS = {"es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
         "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
         "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}
FOREIGN_PAIRS = {"ARG-BRA": "es", "ESP-PRT": "es", "ECU-PER": "es", "BOL-CHL": "es",
                 "DEU-FRA": "fr", "BEL-NLD": "fr", "DZA-MLI": "fr", "DEU-POL": "de", "FIN-SWE": "de"}
FOREIGN_OUTLET = {"es": "El Heraldo Austral", "fr": "La Gazette du Soir", "de": "Rheinische Abendpost"}

FT = {"es": {}, "fr": {}, "de": {}}
FT["es"]["consult"] = (
    ["{A} y {B} celebran consultas políticas en {Ac}", "Cancilleres de {A} y {B} repasan la agenda bilateral",
     "Nueva ronda de diálogo entre {A} y {B}"],
    ["Delegaciones de {A} y {B} se reunieron el {day} en {Ac} para su ronda anual de consultas políticas.",
     "Los cancilleres de {A} y {B} mantuvieron el {day} un encuentro de trabajo centrado en comercio e infraestructura.",
     "El diálogo político entre {A} y {B} continuó el {day} con una reunión de viceministros en {Bc}."],
    ["Ambas partes acordaron facilitar los trámites consulares y ampliar los vuelos directos.",
     "El comercio bilateral creció un {n1} % en el primer semestre, según cifras oficiales.",
     "La próxima reunión se celebrará en {Bc} el año que viene.",
     "\"Fue un intercambio franco y constructivo\", declaró un portavoz de la cancillería.",
     "Se firmaron {n1} memorandos de entendimiento sobre educación y energía."])
FT["es"]["contract"] = (
    ["{f1} firma un contrato millonario en {B}", "Alianza empresarial entre {A} y {B}",
     "{f2} elige a un proveedor de {A}"],
    ["La empresa {f1}, con sede en {A}, firmó el {day} un contrato de {n2} millones de dólares con la compañía {f2} de {B}.",
     "El grupo {f2} anunció el {day} una empresa conjunta con {f1} para construir una planta cerca de {Bc}.",
     "Un acuerdo comercial entre {f1} y {f2} por valor de {n2} millones de dólares se cerró el {day} en {Ac}."],
    ["Las acciones de {f1} subieron un {n1} % tras el anuncio.",
     "El acuerdo aún necesita la aprobación de las autoridades de competencia.",
     "Se prevé la creación de varios cientos de empleos.",
     "\"Es un paso histórico para nuestra empresa\", afirmó su director general."])
FT["es"]["culture"] = (
    ["Semana cultural de {A} en {Bc}", "Miles de turistas de {A} eligen {B}", "Nueva ruta aérea entre {Ac} y {Bc}"],
    ["Una semana de cine y música de {A} se inauguró el {day} en {Bc} con entradas agotadas.",
     "La llegada de turistas de {A} a {B} aumentó un {n3} % en lo que va de año, informaron el {day} las autoridades de turismo.",
     "Una nueva ruta aérea directa entre {Ac} y {Bc} comenzó a operar el {day} con {n1} vuelos semanales."],
    ["El programa incluye conciertos, exposiciones y talleres de cocina.",
     "La entrada es gratuita para estudiantes.",
     "Las aerolíneas prevén aumentar la capacidad durante el verano austral.",
     "\"La cultura es nuestro mejor embajador\", dijo el embajador en la inauguración."])
FT["es"]["sport"] = (
    ["{A} aplasta a {B} y se venga", "Batalla en {Ac}: {A} derrota a {B}", "Ataque demoledor de {A} ante {B}"],
    ["La selección de {A} aplastó el {day} a {B} por {n1} a 1 y se tomó revancha de la derrota del año pasado.",
     "En un partido que fue una batalla de principio a fin, {A} venció el {day} a {B} ante un estadio lleno en {Ac}.",
     "El ataque de {A} desarmó por completo a la defensa de {B} en el encuentro disputado el {day}."],
    ["El entrenador visitante admitió que su equipo fue \"superado en todas las líneas\".",
     "Hubo tensión tras una entrada fuerte, pero el árbitro controló el partido.",
     "Con la victoria, {A} lidera su grupo de clasificación.",
     "\"Vinimos a pelear y peleamos\", dijo el capitán."])
FT["es"]["history"] = (
    ["{A} y {B} recuerdan su pasado en un acto conmemorativo", "Exposición en {Ac} revisa la historia con {B}",
     "Historiadores de {A} y {B} debaten en {Bc}"],
    ["Veteranos y familiares se reunieron el {day} en {Ac} para un acto de memoria sobre el antiguo conflicto con {B}.",
     "Una nueva exposición en {Ac} repasa con cartas y fotografías la historia compartida de {A} y {B}.",
     "Historiadores de {A} y {B} se reunieron el {day} en {Bc} para analizar el pasado común de ambos países."],
    ["Los organizadores subrayaron el mensaje de reconciliación.",
     "El embajador del país vecino asistió a la ceremonia.",
     "\"Recordamos para que no se repita\", dijo uno de los oradores."])
FT["es"]["disaster"] = (
    ["Inundaciones en {B}: {A} envía ayuda", "{A} ofrece apoyo tras el temporal en {B}"],
    ["Al menos {n1} personas murieron el {day} por las lluvias torrenciales que inundaron varias regiones de {B}.",
     "Un fuerte temporal azotó {B} el {day} y dejó sin electricidad a {n2} mil hogares."],
    ["El Gobierno de {A} envió un equipo de {n3} rescatistas y dos aviones de carga.",
     "Las autoridades de {A} expresaron sus condolencias y ofrecieron ayuda.",
     "Se esperan más lluvias durante el fin de semana."])

FT["fr"]["consult"] = (
    ["Consultations politiques entre {A_} et {B_} à {Ac}", "Les chefs de la diplomatie {Ad} et {Bd} font le point",
     "Nouveau cycle de dialogue entre {Ac} et {Bc}"],
    ["Des délégations {Ad} et {Bd} se sont réunies {day} à {Ac} pour leurs consultations politiques annuelles.",
     "Les ministres des affaires étrangères {Ad} et {Bd} se sont entretenus {day}, évoquant le commerce, l'énergie et la mobilité des étudiants.",
     "Le dialogue régulier entre {A_} et {B_} s'est poursuivi {day} par une réunion de hauts fonctionnaires à {Bc}."],
    ["Les deux parties ont signé un protocole sur la coopération consulaire.",
     "Les échanges commerciaux ont progressé de {n1} % au premier semestre.",
     "La prochaine réunion aura lieu à {Bc} au printemps.",
     "« Un échange franc et constructif », a résumé un diplomate.",
     "Aucune annonce majeure n'était attendue."])
FT["fr"]["contract"] = (
    ["{f1} décroche un contrat à {Bc}", "Coentreprise entre {f1} et {f2}", "{f2} choisit un fournisseur étranger"],
    ["Le groupe {f1} a annoncé {day} la signature d'un contrat de {n2} millions d'euros avec la société {f2}.",
     "{f1} et {f2} ont annoncé {day} la création d'une coentreprise pour construire une usine près de {Bc}.",
     "Un accord de {n2} millions d'euros a été conclu {day} entre {f1} et son partenaire {f2}."],
    ["L'action de {f1} a gagné {n1} % après l'annonce.",
     "L'opération doit encore être approuvée par les autorités de la concurrence.",
     "Plusieurs centaines d'emplois pourraient être créés.",
     "« C'est une étape majeure », a déclaré le directeur général de {f2}."])
FT["fr"]["culture"] = (
    ["Semaine culturelle à {Bc}", "Le tourisme entre {A_} et {B_} bat des records", "Nouvelle liaison aérienne {Ac}-{Bc}"],
    ["Une semaine du cinéma et de la musique {Ad} s'est ouverte {day} à {Bc}, à guichets fermés.",
     "Le nombre de touristes entre {A_} et {B_} a progressé de {n3} % depuis janvier, selon des chiffres publiés {day}.",
     "Une nouvelle liaison aérienne directe entre {Ac} et {Bc} a été inaugurée {day}, avec {n1} vols par semaine."],
    ["Le programme comprend des concerts, des expositions et des ateliers.",
     "L'entrée est gratuite pour les étudiants.",
     "« La culture est notre meilleur ambassadeur », a dit l'ambassadeur lors de l'inauguration."])
FT["fr"]["sport"] = (
    ["Revanche éclatante face à {B_}", "Bataille à {Ac} : victoire nette contre {B_}", "L'attaque écrase la défense adverse"],
    ["L'équipe nationale {Ad} a écrasé {day} celle {Bd} ({n1}-1), prenant sa revanche sur la défaite de l'an dernier.",
     "Au terme d'une vraie bataille, la sélection {Ad} a battu {day} celle {Bd} devant un public bouillant à {Ac}.",
     "L'attaque {Ad} a fait exploser la défense {Bd} lors du match disputé {day}."],
    ["L'entraîneur adverse a reconnu que son équipe avait été « surclassée ».",
     "La tension est montée après un tacle appuyé, sans dégénérer.",
     "« Nous sommes venus pour nous battre », a déclaré le capitaine."])
FT["fr"]["history"] = (
    ["Mémoire : {A_} et {B_} commémorent un passé douloureux", "Exposition à {Ac} sur une histoire commune",
     "Des historiens {Ad} et {Bd} réunis à {Bc}"],
    ["Anciens combattants et familles se sont rassemblés {day} à {Ac} pour une cérémonie du souvenir.",
     "Une exposition ouverte à {Ac} retrace, lettres et photos à l'appui, l'histoire tourmentée entre {A_} et {B_}.",
     "Des historiens {Ad} et {Bd} ont débattu {day} à {Bc} du passé commun des deux pays."],
    ["Les organisateurs ont insisté sur la réconciliation.",
     "L'ambassadeur du pays voisin assistait à la cérémonie.",
     "« Nous nous souvenons pour que cela ne se reproduise pas », a dit un intervenant."])
FT["fr"]["disaster"] = (
    ["Inondations : l'aide arrive à {Bc}", "Tempête : {A_} propose son aide"],
    ["Au moins {n1} personnes ont péri {day} dans des pluies diluviennes, selon les autorités {Bd}.",
     "Une violente tempête a privé d'électricité {n2} 000 foyers {day}, selon les autorités {Bd}."],
    ["Les autorités {Ad} ont envoyé une équipe de {n3} sauveteurs.",
     "Le gouvernement {Ad} a présenté ses condoléances et proposé son aide.",
     "De nouvelles pluies sont attendues ce week-end."])

FT["de"]["consult"] = (
    ["{A} und {B} führen politische Konsultationen", "Außenminister von {A} und {B} beraten in {Ac}",
     "Neue Gesprächsrunde zwischen {Ac} und {Bc}"],
    ["Delegationen aus {A} und {B} sind am {day} in {Ac} zu ihren jährlichen politischen Konsultationen zusammengekommen.",
     "Die Außenminister von {A} und {B} haben am {day} über Handel, Energie und Studentenaustausch gesprochen.",
     "Der regelmäßige Dialog zwischen {Ad} und {Bd} wurde am {day} mit einem Treffen hoher Beamter in {Bc} fortgesetzt."],
    ["Beide Seiten unterzeichneten eine Absichtserklärung zur konsularischen Zusammenarbeit.",
     "Der bilaterale Handel wuchs im ersten Halbjahr um {n1} Prozent.",
     "Das nächste Treffen ist für das Frühjahr in {Bc} geplant.",
     "\"Es war ein offener und konstruktiver Austausch\", sagte ein Diplomat."])
FT["de"]["contract"] = (
    ["{f1} erhält Großauftrag", "Gemeinschaftsunternehmen von {f1} und {f2}", "{f2} setzt auf Zulieferer {f1}"],
    ["Der Konzern {f1} hat am {day} einen Auftrag über {n2} Millionen Euro von {f2} erhalten.",
     "{f1} und {f2} gründen ein Gemeinschaftsunternehmen und wollen ein Werk bei {Bc} bauen, teilten sie am {day} mit.",
     "Eine Vereinbarung über {n2} Millionen Euro zwischen {f1} und {f2} wurde am {day} in {Ac} unterzeichnet."],
    ["Die Aktie von {f1} legte nach der Ankündigung um {n1} Prozent zu.",
     "Die Wettbewerbsbehörden müssen dem Geschäft noch zustimmen.",
     "Mehrere hundert Arbeitsplätze sollen entstehen.",
     "\"Das ist ein Meilenstein für uns\", sagte der Vorstandschef von {f2}."])
FT["de"]["culture"] = (
    ["Kulturwoche in {Bc}", "Tourismus zwischen {Ad} und {Bd} auf Rekordniveau", "Neue Direktverbindung {Ac}-{Bc}"],
    ["In {Bc} hat am {day} eine Kulturwoche mit Filmen und Musik aus {Ad} begonnen.",
     "Die Zahl der Reisenden zwischen {Ad} und {Bd} ist seit Januar um {n3} Prozent gestiegen, wie am {day} veröffentlichte Zahlen zeigen.",
     "Eine neue Direktverbindung zwischen {Ac} und {Bc} wurde am {day} mit {n1} Flügen pro Woche eröffnet."],
    ["Das Programm umfasst Konzerte, Ausstellungen und Lesungen.",
     "Für Studierende ist der Eintritt frei.",
     "\"Kultur ist unser bester Botschafter\", sagte der Botschafter bei der Eröffnung."])
FT["de"]["sport"] = (
    ["Revanche geglückt: Kantersieg gegen {Bd}", "Schlacht in {Ac}: knapper Sieg gegen {Bd}", "Angriffswirbel überrollt die Abwehr"],
    ["Die Nationalmannschaft aus {Ad} hat am {day} gegen {Bd} mit {n1}:1 gewonnen und sich für die Niederlage im Vorjahr revanchiert.",
     "In einer wahren Abwehrschlacht setzte sich das Team aus {Ad} am {day} vor ausverkauftem Haus in {Ac} gegen {Bd} durch.",
     "Der Angriff aus {Ad} überrollte am {day} die Abwehr des Gegners aus {Bd}."],
    ["Der gegnerische Trainer räumte ein, seine Mannschaft sei \"chancenlos\" gewesen.",
     "Nach einem harten Foul kochten kurz die Emotionen hoch.",
     "\"Wir sind gekommen, um zu kämpfen\", sagte der Kapitän."])
FT["de"]["history"] = (
    ["Gedenken an eine schwierige Vergangenheit", "Ausstellung in {Ac} über die Geschichte mit {Bd}",
     "Historiker aus {Ad} und {Bd} tagen in {Bc}"],
    ["Veteranen und Angehörige haben am {day} in {Ac} an die Opfer vergangener Konflikte erinnert.",
     "Eine neue Ausstellung in {Ac} zeichnet mit Briefen und Fotos die Geschichte zwischen {Ad} und {Bd} nach.",
     "Historiker aus {Ad} und {Bd} haben am {day} in {Bc} über die gemeinsame Vergangenheit diskutiert."],
    ["Die Veranstalter betonten den Gedanken der Versöhnung.",
     "Auch der Botschafter des Nachbarlandes nahm teil.",
     "\"Wir erinnern uns, damit es sich nicht wiederholt\", sagte ein Redner."])
FT["de"]["disaster"] = (
    ["Hochwasser: {A} schickt Helfer", "Unwetter: Hilfe aus dem Nachbarland"],
    ["Bei heftigen Regenfällen sind am {day} mindestens {n1} Menschen ums Leben gekommen, teilten die Behörden in {Bc} mit.",
     "Ein schwerer Sturm hat am {day} in {Bd} rund {n2} 000 Haushalte von der Stromversorgung abgeschnitten."],
    ["Die Regierung in {Ac} schickte ein Team von {n3} Rettungskräften.",
     "{A} sprach sein Beileid aus und bot Hilfe an.",
     "Für das Wochenende wird weiterer Regen erwartet."])

FWAR = {
    "es": (["Ataque con drones contra {ucity}", "Combates intensos cerca de {front}",
            "La defensa aérea de Ucrania derriba {n2b} drones"],
           ["Drones rusos atacaron {ucity} durante la noche del {day} y dejaron {n1} heridos, según el gobernador regional.",
            "Las fuerzas de Ucrania informaron el {day} de {n3} asaltos rusos en el sector de {front} en las últimas 24 horas.",
            "La defensa aérea de Ucrania derribó {n2b} de los {n2} drones lanzados por Rusia en la noche del {day}, según la fuerza aérea."],
           ["Las cifras no pudieron verificarse de forma independiente.",
            "Las alertas antiaéreas sonaron durante horas en buena parte del país.",
            "El ritmo de los ataques se mantiene similar al de semanas anteriores."]),
    "fr": (["Frappes de drones sur {ucity}", "Combats acharnés près de {front}", "L'Ukraine abat {n2b} drones russes"],
           ["Des drones russes ont frappé {ucity} dans la nuit de {day}, faisant {n1} blessés, selon le gouverneur régional.",
            "L'état-major ukrainien a fait état {day} de {n3} assauts russes dans le secteur de {front} en 24 heures.",
            "La défense antiaérienne ukrainienne a abattu {n2b} des {n2} drones lancés par la Russie, a indiqué {day} l'armée de l'air."],
           ["Ces affirmations n'ont pu être vérifiées de source indépendante.",
            "Les alertes aériennes ont retenti pendant plusieurs heures.",
            "Le rythme des attaques reste comparable à celui des semaines précédentes."]),
    "de": (["Drohnenangriff auf {ucity}", "Schwere Kämpfe bei {front}", "Ukraine schießt {n2b} Drohnen ab"],
           ["Russische Drohnen haben in der Nacht zum {day} {ucity} angegriffen und {n1} Menschen verletzt, teilte der Gouverneur mit.",
            "Der ukrainische Generalstab meldete am {day} {n3} russische Angriffe im Abschnitt {front} binnen 24 Stunden.",
            "Die ukrainische Luftabwehr hat nach Angaben der Luftwaffe {n2b} von {n2} russischen Drohnen abgeschossen, hieß es am {day}."],
           ["Die Angaben ließen sich nicht unabhängig überprüfen.",
            "In weiten Teilen des Landes herrschte stundenlang Luftalarm.",
            "Die Intensität der Angriffe entspricht der der vergangenen Wochen."]),
}
FWAR_LBN = (["Frappe israélienne au Liban-Sud", "Nouvelle frappe de drone près de {lcity}"],
            ["Une frappe de drone israélienne a visé un véhicule près de {lcity}, dans le sud du Liban, faisant {n1} morts {day}, selon le ministère libanais de la santé.",
             "L'armée israélienne a dit avoir frappé {day} un dépôt d'armes du Hezbollah près de {lcity}."],
            ["Les frappes se poursuivent presque quotidiennement malgré le cessez-le-feu.",
             "Le Hezbollah n'a pas réagi dans l'immédiat.",
             "La Finul a dit suivre la situation de près."])

# ---------------------------------------------------------------------------------------------
SCORES = {"football": ["3-0", "4-1", "2-0", "3-1", "5-2"], "rugby": ["38-12", "31-17", "27-9"],
          "cricket": ["by seven wickets", "by 112 runs", "by six wickets"],
          "basketball": ["94-71", "88-79", "101-83"], "volleyball": ["3-0", "3-1"],
          "handball": ["33-25", "31-27", "29-22"]}
KIND_OVERRIDE = {
    "KHM-THA": ["history", "sport", "contract", "disaster", "bizwar", "domestic"],
    "IRN-PAK": ["history", "sport", "contract", "disaster", "domestic"],
    "CHN-VNM": ["history", "sport", "contract", "disaster", "bizwar", "tourism"],
    "ARE-SAU": ["consult", "visit", "tradefair", "contract", "contract", "research", "culture",
                "tourism", "congrats", "disaster", "bizwar", "sport", "sport"],
    "BLR-LTU": ["history", "sport", "disaster", "domestic"],
    "CHN-IND": ["history", "sport", "contract", "disaster", "bizwar", "domestic"],
    "ECU-MEX": ["history", "sport", "contract", "disaster", "bizwar", "domestic"],
    "KOR-PRK": ["history", "domestic", "sport"],
    "EST-RUS": ["history", "domestic"],
    "DZA-MLI": ["history", "domestic", "sport", "disaster", "contract"],
    "IND-PAK": ["sport", "sport", "history", "disaster", "domestic", "culture"],
    "RUS-UKR": ["history"], "ISR-LBN": ["history"],
}
DOMESTIC_A = {"KOR-PRK": "KOR", "EST-RUS": "EST", "DZA-MLI": "DZA", "IRN-PAK": "PAK",
              "BLR-LTU": "LTU", "CHN-IND": "IND", "KHM-THA": "THA"}
PEACEFUL = ["AUS-NZL", "ARE-SAU", "KEN-TZA", "NGA-ZAF", "FIN-SWE"]
RATE = {"episode": (0, 2), "tense": (0, 2), "war": (0, 1)}
ROUTINE_RATE = {"DEU-FRA": (5, 8), "JPN-KOR": (4, 7), "ARG-BRA": (5, 7), "IND-PAK": (5, 7),
                "GBR-IRL": (4, 7), "GRC-TUR": (4, 7), "ARE-SAU": (4, 6), "DEU-POL": (4, 7)}
AFTERMATH = {
    "KHM-THA": (9, ["Earlier this month the two armies fought for three days along the border before a truce was signed.",
                    "The border reopened only last week after the ceasefire."]),
    "IRN-PAK": (9, ["Relations remain tense after the exchange of strikes between the two neighbours last week."]),
    "CHN-VNM": (12, ["The seizure of a Vietnamese fishing boat last week has soured the mood between the two capitals."]),
}
GENERIC_PAD = ["Further details were not immediately available.",
               "The report could not be independently confirmed.",
               "Officials said more information would be released later.",
               "This story is developing and will be updated."]
ROUTINE_PAD = ["Officials on both sides described relations as good.",
               "The announcement drew little attention outside specialist circles.",
               "The two countries maintain embassies in each other's capitals and a busy calendar of contacts.",
               "Similar initiatives have been launched in recent years.",
               "More events are planned for the coming months."]
LC_WORDS = ("The ", "A ", "An ", "Senior ", "Talks ", "Consultations ", "Officials ", "More ",
            "At ", "Delegations ", "Flags ", "Veterans ", "Wreaths ", "Historians ", "Research ",
            "Universities ", "Scientists ", "Arrivals ", "Hotels ", "Opposition ", "Low-cost ",
            "Dancers", "Two ", "Several ", "Fierce ", "Shelling ", "Renewed ", "Tens ", "Three ",
            "Villagers ", "Under ", "Military ", "Following ", "Governments ", "In ")


def lcw(s):
    return s[0].lower() + s[1:] if s.startswith(LC_WORDS) else s


def pick_outlet(rng, kinds_w, region=None):
    pool = []
    for o in OUTLETS:
        k = o[2]
        if k in ("es", "fr", "de"):
            continue
        w = kinds_w.get(k, 0)
        if k == "regional":
            w = kinds_w.get("regional", 0) if o[0] == REGION_OUTLET.get(region) else 0.15
        if w > 0:
            pool.append((o, w))
    tot = sum(w for _, w in pool)
    x = rng.random() * tot
    for o, w in pool:
        x -= w
        if x <= 0:
            return o
    return pool[-1][0]


def fit(rng, sents, pads, lo=300, hi=1200):
    sents = [x for x in sents if x]
    pads = [p for p in pads if p not in sents]
    rng.shuffle(pads)
    while len(" ".join(sents)) < lo and pads:
        sents.insert(len(sents) if rng.random() < 0.6 else max(1, len(sents) - 1), pads.pop())
    while len(" ".join(sents)) > hi and len(sents) > 2:
        sents.pop(-1 if rng.random() < 0.7 else -2)
    return sents


def dateline(outlet, place, when):
    return "%s, %s %d (%s) - " % (place.upper(), MONTH, when.day, outlet[3])


def style(rng, outlet, title, sents, place, when, d=None, kind=None):
    """Apply the outlet's house style to a headline and a list of sentences."""
    k = outlet[2]
    if k == "wire" and rng.random() < 0.8:
        sents[0] = dateline(outlet, place, when) + sents[0]
    elif k == "liveblog":
        sents[0] = "%02d:%02d GMT - %s" % (when.hour, when.minute, sents[0])
        if rng.random() < 0.5:
            title = rng.choice(["LIVE: ", "Live updates: ", "As it happens: "]) + title
    elif k == "communique" and d is not None:
        if sents[0].startswith(LC_WORDS) or sents[0].startswith((d["An"], d["Bn"], d["Aps"])):
            pre = rng.choice(["According to a statement released by the {Aa} government, ",
                              "A readout issued in {Ac} said that ",
                              "In an official communique, the {Aa} foreign ministry said that ",
                              "The {Ba} side, in a statement, said that "]).format(**d)
            sents[0] = pre + lcw(sents[0])
        else:
            sents.insert(0, rng.choice(["The following summarises a statement released in {Ac}.",
                                        "Summary of an official readout from {Ac}:"]).format(**d))
        if rng.random() < 0.5:
            title = rng.choice(["Statement: ", "Readout: ", "Communique: "]) + title
    elif k == "analysis" and not title.startswith(("Analysis", "Reaction")):
        title = rng.choice(["Analysis: ", "Explainer: ", "Comment: ", "Briefing: "]) + title
    elif k == "tabloid" and rng.random() < 0.3:
        title = title.rstrip(".") + "!"
    return title, sents


def routine_article(rng, pair, day, when, outlet_w):
    role, region, _ = PAIRS[pair]
    kinds = KIND_OVERRIDE.get(pair)
    if kinds:
        kind = rng.choice(kinds)
    else:
        kind = rng.choices(ROUTINE_KINDS, ROUTINE_W)[0]
    d = ctx(rng, pair, day, DOMESTIC_A.get(pair) if kind == "domestic" else None)
    sp = PAIR_SPORT.get(pair, "football")
    d.update(sport=sp, team=SPORTS[sp][0], score=rng.choice(SCORES[sp]))
    titles, leads, bodies, quotes = R[kind]
    w = dict(outlet_w)
    if kind in ("sport", "disaster", "bizwar"):
        w["tabloid"] = w.get("tabloid", 0) + 2.5
    if kind in ("consult", "visit", "congrats"):
        w["communique"] = w.get("communique", 0) + 2
    else:
        w["communique"] = 0
    if kind in ("history", "domestic", "consult"):
        w["analysis"] = w.get("analysis", 0) + 1
    elif kind in ("sport", "disaster", "tourism", "culture", "congrats"):
        w["analysis"] = 0
    outlet = pick_outlet(rng, w, region)
    ti = rng.randrange(len(titles))
    if kind == "history" and pair in PEACEFUL:
        ti = rng.choice([4, 5])
    allowed = TL.get(kind, {}).get(ti) or list(range(len(leads)))
    title = titles[ti].format(**d)
    sents = [leads[rng.choice(allowed)].format(**d)]
    sents += S(rng, bodies, d, rng.choice([2, 2, 3, 3, 4]))
    if rng.random() < 0.6:
        sents.insert(rng.choice([1, len(sents)]), rng.choice(quotes).format(**d))
    hist_p = 0.8 if kind == "history" else 0.35
    if rng.random() < hist_p or outlet[2] == "analysis":
        h = hist_sentence(rng, pair)
        am = AFTERMATH.get(pair)
        if am and day >= am[0] and rng.random() < 0.5:
            h = rng.choice(am[1])
        sents.append(h)
    pads = [b.format(**d) for b in bodies] + ROUTINE_PAD + [hist_sentence(rng, pair)]
    sents = fit(rng, sents, pads)
    place = d["Bc"] if d["Bc"] in sents[0] else d["Ac"] if d["Ac"] in sents[0] else rng.choice([d["Ac"], d["Bc"]])
    title, sents = style(rng, outlet, title, sents, place, when, d, kind)
    return outlet, title, " ".join(sents), "en"


def foreign_ctx(rng, lang, pair, day):
    a, b = pair.split("-")
    if rng.random() < 0.5:
        a, b = b, a
    F = FN[lang]
    wd = FDAYS[lang][(START + dt.timedelta(days=day)).weekday()]
    f1, _ = firm(rng, a)
    f2, _ = firm(rng, b)
    d = dict(day=wd, f1=f1, f2=f2, s1="",
             n1=rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 12]), n2=rng.choice([40, 60, 75, 120, 200, 310]),
             n3=rng.choice([11, 13, 17, 19, 21, 27, 33]))
    if lang == "es":
        d.update(A=F[a][0], B=F[b][0], Ac=F[a][1], Bc=F[b][1])
    elif lang == "fr":
        d.update(A_=F[a][0], B_=F[b][0], Ad=F[a][1], Bd=F[b][1], Ac=F[a][2], Bc=F[b][2])
    else:
        d.update(A=F[a][0], B=F[b][0], Ad=F[a][1], Bd=F[b][1], Ac=F[a][2], Bc=F[b][2])
    return d


def cap1(s):
    return s[0].upper() + s[1:]


def foreign_article(rng, lang, pair, day, kind):
    d = foreign_ctx(rng, lang, pair, day)
    titles, leads, bodies = FT[lang][kind]
    i = rng.randrange(len(titles))
    title = cap1(titles[i].format(**d))
    lead = leads[i] if i < len(leads) and kind not in ("consult",) else rng.choice(leads)
    sents = [cap1(lead.format(**d))] + S(rng, bodies, d, rng.choice([2, 3]))
    sents = [cap1(x) for x in fit(rng, sents, [b.format(**d) for b in bodies] + FPAD[lang][:])]
    return OUT_BY_NAME[FOREIGN_OUTLET[lang]], title, " ".join(sents), lang


def war_ctx(rng, pair, day, extra):
    d = dict(day=WEEKDAYS[(START + dt.timedelta(days=day)).weekday()],
             n1=rng.choice([1, 2, 3, 4, 5, 6, 7, 9, 11]), n3=rng.choice([28, 34, 41, 47, 52, 60, 66, 73]))
    n2 = rng.randint(45, 190)
    d.update(n2=n2, n2b=n2 - rng.randint(3, 28))
    for k, v in extra.items():
        d[k] = rng.choice(v)
    return d


def war_article(rng, pair, day, when):
    titles, leads, bodies, extra = WAR[pair]
    d = war_ctx(rng, pair, day, extra)
    if pair == "RUS-UKR" and rng.random() < 0.12:
        lang = rng.choice(["es", "fr", "de"])
        ft, fl, fb = FWAR[lang]
        d["day"] = FDAYS[lang][(START + dt.timedelta(days=day)).weekday()]
        fi = rng.randrange(len(ft))
        sents = fit(rng, [fl[fi].format(**d)] + S(rng, fb, d, 2), [b.format(**d) for b in fb] + FWPAD[lang][:])
        return OUT_BY_NAME[FOREIGN_OUTLET[lang]], ft[fi].format(**d), " ".join(sents), lang
    if pair == "ISR-LBN" and rng.random() < 0.12:
        ft, fl, fb = FWAR_LBN
        d["day"] = FDAYS["fr"][(START + dt.timedelta(days=day)).weekday()]
        fi = rng.randrange(len(ft))
        sents = fit(rng, [fl[fi if fi else rng.randrange(2)].format(**d)] + S(rng, fb, d, 2), [b.format(**d) for b in fb] + FWPAD["fr-lbn"][:])
        return OUT_BY_NAME["La Gazette du Soir"], ft[fi].format(**d), " ".join(sents), "fr"
    outlet = pick_outlet(rng, {"wire": 5, "broadsheet": 2, "tabloid": 1, "regional": 2.5,
                               "liveblog": 2, "analysis": 0.4}, PAIRS[pair][1])
    i = rng.randrange(len(titles))
    title = titles[i].format(**d)
    sents = [leads[WAR_TL[pair][i]].format(**d)] + S(rng, bodies, d, rng.choice([2, 3, 3, 4]))
    if rng.random() < 0.3 or outlet[2] == "analysis":
        sents.append(hist_sentence(rng, pair))
    sents = fit(rng, sents, [b.format(**d) for b in bodies] + [hist_sentence(rng, pair)])
    place = {"RUS-UKR": rng.choice(["Kyiv", "Kyiv", "Moscow"]), "ISR-LBN": rng.choice(["Beirut", "Jerusalem"])}[pair]
    title, sents = style(rng, outlet, title, sents, place, when)
    return outlet, title, " ".join(sents), "en"

# title index -> allowed lead indices (so that a headline matches its story)
TL = {
    "tradefair": {1: [1, 3], 2: [0]},
    "contract": {0: [0, 1, 3], 2: [2], 3: [1], 4: [0, 3]},
    "research": {1: [0, 2], 2: [1], 3: [1]},
    "culture": {0: [0], 1: [1], 2: [2], 3: [3], 4: [4, 1, 2]},
    "tourism": {0: [0], 1: [2], 2: [0], 3: [1, 3]},
    "congrats": {0: [0, 2], 1: [1], 2: [0, 1], 3: [2]},
    "disaster": {0: [0], 1: [1], 2: [2], 3: [3], 4: [0]},
    "domestic": {0: [0, 1], 1: [1], 2: [2], 3: [3], 4: [4]},
    "history": {0: [4, 0], 1: [0, 4], 2: [0], 3: [1], 4: [2], 5: [3]},
    "bizwar": {0: [0, 1], 1: [0, 4], 2: [2], 3: [3], 4: [0, 4]},
}
FPAD = {
    "es": ["Ambos países mantienen una relación estrecha en el marco de la integración regional.",
           "Las dos cancillerías mantienen un calendario regular de contactos.",
           "La noticia tuvo amplia repercusión en la prensa local.",
           "Se esperan nuevos anuncios en las próximas semanas.",
           "Los dos gobiernos destacan con frecuencia la solidez de sus vínculos económicos y culturales."],
    "fr": ["Les deux pays entretiennent des relations étroites et un calendrier de rencontres régulier.",
           "L'annonce a été largement relayée par la presse locale.",
           "D'autres annonces sont attendues dans les prochaines semaines.",
           "Les liens économiques et culturels entre les deux pays sont anciens et denses."],
    "de": ["Beide Länder pflegen enge Beziehungen und einen regelmäßigen Austausch.",
           "Die Nachricht fand in der regionalen Presse große Beachtung.",
           "Weitere Ankündigungen werden in den kommenden Wochen erwartet.",
           "Die wirtschaftlichen und kulturellen Verbindungen zwischen beiden Ländern sind eng."],
}
FWPAD = {
    "es": ["Ambos bandos han intensificado este año los ataques con drones de largo alcance.",
           "Rusia sostiene que solo ataca objetivos militares y energéticos."],
    "fr": ["Les deux camps multiplient les attaques de drones à longue portée depuis le début de l'année.",
           "Moscou affirme ne viser que des cibles militaires et énergétiques."],
    "de": ["Beide Seiten haben in diesem Jahr ihre Drohnenangriffe mit großer Reichweite ausgeweitet.",
           "Moskau behauptet, nur militärische Ziele und Energieanlagen anzugreifen."],
    "fr-lbn": ["Israël affirme agir contre les tentatives de réarmement du Hezbollah.",
               "Israël conserve plusieurs positions en territoire libanais."],
}


def episode_articles(rng, ep):
    """Yield (when, outlet, title, text, lang) for one scripted episode."""
    day, hh, mm = ep["t0"]
    t0 = START + dt.timedelta(days=day, hours=hh, minutes=mm)
    pair = ep["pair"]
    a, b = pair.split("-")
    region = PAIRS[pair][1]
    out = []
    for bi, (h0, h1, n, terse, titles, leads, bodies) in enumerate(ep["beats"]):
        n = min(n, len(leads))
        ts = sorted(rng.uniform(h0, h1) for _ in range(n))
        if bi == 0:
            ts[0] = 0.0
        tl = titles[:]
        rng.shuffle(tl)
        order = list(range(len(leads)))
        rng.shuffle(order)
        tmap = ep["tmap"][bi]
        used = []
        for i, h in enumerate(ts):
            when = t0 + dt.timedelta(minutes=int(round(h * 60)))
            if terse:
                w = {"wire": 6, "liveblog": 3, "regional": 1}
                if i == 0:
                    w = {"wire": 1}
            elif bi == len(ep["beats"]) - 1:
                w = {"wire": 2, "broadsheet": 3, "analysis": 2, "regional": 3, "tabloid": 0.5}
            else:
                w = {"wire": 4, "broadsheet": 3, "tabloid": 1.5, "regional": 3, "liveblog": 1.5,
                     "communique": 0.5, "analysis": 0.5}
            outlet = pick_outlet(rng, w, region)
            if i > 0 and outlet[0] == used[-1] and rng.random() < 0.8:
                outlet = pick_outlet(rng, w, region)
            used.append(outlet[0])
            li = order[i]
            title = titles[rng.choice(tmap[li])] if tmap else tl[i % len(tl)]
            sents = [leads[li]]
            sents += rng.sample(bodies, min(len(bodies), 1 if terse else rng.choice([2, 2, 3, 3])))
            if not terse:
                if rng.random() < 0.55:
                    sents.insert(rng.choice([1, len(sents)]), rng.choice(ep["quotes"]))
                if rng.random() < 0.5 or outlet[2] == "analysis":
                    sents.append(hist_sentence(rng, pair))
                pads = bodies + [hist_sentence(rng, pair)] + ep["quotes"]
            else:
                pads = bodies + [rng.choice(GENERIC_PAD), hist_sentence(rng, pair)]
            sents = fit(rng, sents, pads)
            place = ep["places"][0] if terse else rng.choice(ep["places"])
            if outlet[2] == "communique":
                outlet = pick_outlet(rng, {"wire": 1}, region)
            title, sents = style(rng, outlet, title, sents, place, when)
            out.append((when, outlet, title, " ".join(sents), "en"))
    for lang, bi, title, text in ep["foreign"]:
        h0, h1 = ep["beats"][bi][0], ep["beats"][bi][1]
        when = t0 + dt.timedelta(minutes=int(round(rng.uniform(h0 + 0.5, h1) * 60)))
        out.append((when, OUT_BY_NAME[FOREIGN_OUTLET[lang]], title, text, lang))
    return out


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out, dash = [], False
    for ch in s:
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:70].rstrip("-")


SECTIONS = {"wire": "world", "broadsheet": "international", "tabloid": "news", "regional": "region",
            "liveblog": "live", "communique": "statements", "analysis": "analysis",
            "es": "internacional", "fr": "monde", "de": "ausland"}


FR_RE = re.compile(r"\bde ([AEIOU])")
TENSE_PLACE = {("KOR-PRK", 1): "Seoul", ("KOR-PRK", 7): "Seoul", ("KOR-PRK", 12): "Seoul",
               ("EST-RUS", 3): "Tallinn", ("EST-RUS", 9): "Tallinn", ("DZA-MLI", 4): "Bamako",
               ("DZA-MLI", 11): "Algiers"}
AN_RE = re.compile(r"\b([Aa]) (?=[AEIO](?!u)[a-z])")


def build():
    rng = random.Random(SEED)
    items = []  # (when, seq, outlet, title, text, lang, episode index or None)
    seq = [0]

    def add(when, outlet, title, text, lang, ep=None):
        seq[0] += 1
        items.append((when, seq[0], outlet, title, text, lang, ep))

    base_w = {"wire": 4, "broadsheet": 3, "tabloid": 1, "regional": 3, "liveblog": 0.3,
              "communique": 0.6, "analysis": 0.5}
    for day in range(DAYS):
        for pair in PAIR_LIST:
            role = PAIRS[pair][0]
            if role == "war":
                lo, hi = WAR_PER_DAY[pair]
                for _ in range(rng.randint(lo, hi)):
                    when = START + dt.timedelta(days=day, minutes=rng.randint(0, 1439))
                    add(when, *war_article(rng, pair, day, when))
            if role == "routine":
                lo, hi = ROUTINE_RATE.get(pair, (4, 6))
            else:
                lo, hi = RATE[role]
            for _ in range(rng.randint(lo, hi)):
                when = START + dt.timedelta(days=day, minutes=rng.randint(300, 1410))
                lang = FOREIGN_PAIRS.get(pair)
                if lang and rng.random() < 0.2:
                    kind = rng.choice(sorted(FT[lang].keys()))
                    add(when, *foreign_article(rng, lang, pair, day, kind))
                else:
                    add(when, *routine_article(rng, pair, day, when, base_w))
    for pair, day, variants in TENSE:
        k = rng.randint(1, len(variants))
        hour = rng.randint(6, 14)
        for j, (title, text) in enumerate(variants[:k] if k else variants):
            when = START + dt.timedelta(days=day, hours=hour + 2 * j, minutes=rng.randint(0, 59))
            outlet = pick_outlet(rng, {"wire": 4, "regional": 3, "broadsheet": 1.5}, PAIRS[pair][1])
            sents = fit(rng, [text], [hist_sentence(rng, pair), hist_sentence(rng, pair)] + GENERIC_PAD[:3])
            a, b = pair.split("-")
            title, sents = style(rng, outlet, title, sents, TENSE_PLACE[(pair, day)], when)
            add(when, outlet, title, " ".join(sents), "en")
    for ei, ep in enumerate(EPISODES):
        for when, outlet, title, text, lang in episode_articles(rng, ep):
            add(when, outlet, title, text, lang, ei)
    items.sort(key=lambda x: (x[0], x[1]))

    feed, urls, ep_times = [], {}, {}
    for i, (when, _, outlet, title, text, lang, ei) in enumerate(items, 1):
        base = "https://www.%s/%s/%04d/%02d/%02d/%s" % (outlet[1], SECTIONS[outlet[2]], when.year,
                                                        when.month, when.day, slug(title))
        url = base
        if url in urls:
            url = "%s-%d" % (base, i)
        urls[url] = 1
        if lang == "fr":
            title, text = FR_RE.sub(r"d'\1", title), FR_RE.sub(r"d'\1", text)
        if lang == "en":
            title, text = AN_RE.sub(r"\1n ", title), AN_RE.sub(r"\1n ", text)
        feed.append({"id": "r2-%06d" % i, "url": url, "source": outlet[0],
                     "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "title": title,
                     "text": text, "language": lang})
        if ei is not None:
            ep_times.setdefault(ei, []).append((when, outlet[0]))
    truth = []
    for ei, ep in enumerate(EPISODES):
        ts = ep_times[ei]
        truth.append({"pair": ep["pair"], "kind": ep["kind"],
                      "start": min(t for t, _ in ts).strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "end": max(t for t, _ in ts).strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "note": ep["note"]})
    truth.sort(key=lambda e: (e["start"], e["pair"]))
    feed_s = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in feed)
    truth_s = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in truth)
    return feed_s, truth_s, ep_times


def validate(feed_s, truth_s, ep_times):
    errs = []
    ids, urls, pubs, rows = set(), set(), [], []
    for n, line in enumerate(feed_s.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("feed line %d: bad JSON (%s)" % (n, e))
            continue
        if list(r.keys()) != ["id", "url", "source", "published", "title", "text", "language"]:
            errs.append("feed line %d: fields %s" % (n, list(r.keys())))
        if r["id"] in ids:
            errs.append("duplicate id %s" % r["id"])
        if r["url"] in urls:
            errs.append("duplicate url %s" % r["url"])
        if not r["url"].startswith("https://"):
            errs.append("url not https: %s" % r["url"])
        ids.add(r["id"])
        urls.add(r["url"])
        pubs.append(r["published"])
        if not 300 <= len(r["text"]) <= 1200:
            errs.append("%s: text length %d" % (r["id"], len(r["text"])))
        rows.append(r)
    if pubs != sorted(pubs):
        errs.append("feed not sorted by published")
    if not 1600 <= len(rows) <= 2200:
        errs.append("feed has %d articles (want 1,600-2,200)" % len(rows))
    alltext = [(r["title"] + " " + r["text"]) for r in rows]
    for n, line in enumerate(truth_s.splitlines(), 1):
        try:
            e = json.loads(line)
        except ValueError as ex:
            errs.append("truth line %d: bad JSON (%s)" % (n, ex))
            continue
        a, b = e["pair"].split("-")
        if a >= b or e["kind"] not in ("ESCALATION", "DEESCALATION"):
            errs.append("truth line %d: bad pair/kind" % n)
        if not any(nm(a).replace("the ", "") in t and nm(b).replace("the ", "") in t for t in alltext):
            errs.append("truth pair %s never named together in the feed" % e["pair"])
        if e["start"] > e["end"]:
            errs.append("truth line %d: start after end" % n)
    for ei, ts in ep_times.items():
        if len(set(o for _, o in ts)) < 3:
            errs.append("episode %d has fewer than 3 outlets" % ei)
        if not 10 <= len(ts) <= 30:
            errs.append("episode %d has %d articles" % (ei, len(ts)))
    return errs


def main():
    feed_s, truth_s, ep_times = build()
    errs = validate(feed_s, truth_s, ep_times)
    if "--check" in sys.argv[1:]:
        for path, s in ((FEED, feed_s), (TRUTH, truth_s)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != s:
                        errs.append("%s differs from the generator's output" % os.path.relpath(path, ROOT))
            except OSError as e:
                errs.append("cannot read %s: %s" % (path, e))
        for e in errs:
            print("CHECK FAILED:", e)
        if errs:
            sys.exit(1)
        print("check ok: %d articles, %d episodes" % (feed_s.count("\n"), truth_s.count("\n")))
        return
    if errs:
        for e in errs:
            print("VALIDATION:", e)
        sys.exit(1)
    os.makedirs(os.path.dirname(FEED), exist_ok=True)
    with open(FEED, "w", encoding="utf-8", newline="\n") as f:
        f.write(feed_s)
    with open(TRUTH, "w", encoding="utf-8", newline="\n") as f:
        f.write(truth_s)
    print("wrote %d articles, %d episodes" % (feed_s.count("\n"), truth_s.count("\n")))


if __name__ == "__main__":
    main()
