#!/usr/bin/env python3
"""Feed 7, part B: tense pairs, calm pairs and round-ups.

Synthetic international news for 2026-12-14 .. 2026-12-27 (UTC).
Standard library only; deterministic (fixed seeds, no wall clock).
Run `python3 part_b.py` to print counts and validate every article.
"""
import datetime as _dt
import random
import re
import sys
from collections import Counter

SEED = 7_2026_12
START = _dt.datetime(2026, 12, 14, 0, 0)
END = _dt.datetime(2026, 12, 27, 23, 59)

OUTLETS = {
    "Northgate Wire": "en", "Brief Wire Service": "en", "Asia Current": "en",
    "The Sahel Monitor": "en", "Andes Post": "en", "Levant Dispatch": "en",
    "Eurasia Brief": "en", "The Daily Record": "en", "Capital Markets Journal": "en",
    "LiveDesk": "en", "Policy Ledger": "en", "PR Channel": "en",
    "Crescent News Agency": "en",
    "Diario del Pacífico": "es", "L'Écho de l'Ouest africain": "fr",
    "Zeitspiegel Ost": "de", "المشرق اليوم": "ar", "Кавказский обозреватель": "ru",
    "亚洲时讯": "zh", "Correio do Sul": "pt",
}

TENSE_PAIRS = ["CHN-TWN", "IND-CHN", "IRN-USA", "DZA-MAR"]
CALM_PAIRS = ["DEU-FRA", "AUS-JPN", "ARG-BRA", "CAN-USA", "GBR-NOR", "IDN-MYS",
              "KEN-TZA", "MEX-USA", "ESP-ITA", "GHA-NGA", "KOR-VNM", "ARE-SAU",
              "CHL-PER"]

# Episode windows (from the spec) -- round-ups must never touch these pairs inside them.
EPISODE_WINDOWS = {
    "SRB-XKX": "2026-12-17T06:20", "COL-VEN": "2026-12-17T22:40",
    "ARM-TUR": "2026-12-18T09:00", "KOR-PRK": "2026-12-19T03:10",
    "EST-RUS": "2026-12-20T14:00", "SDN-SSD": "2026-12-21T10:30",
    "AZE-IRN": "2026-12-22T16:45", "AUS-CHN": "2026-12-23T01:00",
}


def _window(pair):
    s = _dt.datetime.strptime(EPISODE_WINDOWS[pair], "%Y-%m-%dT%H:%M")
    return s, s + _dt.timedelta(hours=60)


MONTH_EN = "Dec"


# ---------------------------------------------------------------- helpers
def cap1(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in " \"'“‘(":
            return s
    return s


def fill(t, v):
    return cap1(t.format(**v))


def pick(rng, pool):
    return rng.choice(pool)


def picks(rng, pool, k):
    k = max(0, min(k, len(pool)))
    return rng.sample(pool, k)


def para(*sents):
    return " ".join(s for s in sents if s)


# ---------------------------------------------------------------- people
NAMEPOOLS = {
    "CHN": (["Wei", "Jing", "Hao", "Mei", "Tao", "Yun", "Qiang", "Lei"],
            ["Zhang", "Liu", "Chen", "Zhao", "Sun", "Guo", "Ma", "Xu"], "sf"),
    "TWN": (["Chih-wei", "Yu-ting", "Kuan-lin", "Hsin-yi", "Chun-hao", "Pei-shan"],
            ["Lin", "Huang", "Tsai", "Hsu", "Chen", "Wu"], "sf"),
    "IND": (["Rohan", "Meera", "Arvind", "Kavita", "Suresh", "Anjali", "Vikram"],
            ["Mehta", "Iyer", "Rao", "Bhatia", "Kulkarni", "Sen", "Chauhan"], ""),
    "IRN": (["Reza", "Maryam", "Hossein", "Farzaneh", "Mehdi", "Nasrin", "Ali"],
            ["Karimi", "Hosseini", "Rahimi", "Tavakoli", "Moradi", "Sadeghi", "Jafari"], ""),
    "USA": (["Daniel", "Karen", "Michael", "Jessica", "Brian", "Laura", "Kevin"],
            ["Whitfield", "Harlow", "Brennan", "Castillo", "Morrow", "Pryor", "Delgado"], ""),
    "DZA": (["Karim", "Nadia", "Abdelkader", "Samira", "Yacine", "Farid"],
            ["Benali", "Bouzid", "Haddad", "Mebarki", "Cherif", "Zerrouki"], ""),
    "MAR": (["Youssef", "Fatima-Zahra", "Hicham", "Salma", "Driss", "Nabil"],
            ["El Idrissi", "Bennani", "Alaoui", "Tazi", "Berrada", "El Amrani"], ""),
    "DEU": (["Jonas", "Katrin", "Matthias", "Sabine", "Lukas", "Anja"],
            ["Brandt", "Kessler", "Vogt", "Hartmann", "Reuter", "Albrecht"], ""),
    "FRA": (["Claire", "Julien", "Hélène", "Mathieu", "Sophie", "Olivier"],
            ["Marchand", "Lefebvre", "Rousseau", "Garnier", "Duval", "Perrin"], ""),
    "AUS": (["Liam", "Chloe", "Mitchell", "Hannah", "Brendan", "Tegan"],
            ["O'Connell", "Fraser", "Whitlock", "Harding", "McKenzie", "Dunstan"], ""),
    "JPN": (["Kenji", "Yuko", "Takeshi", "Ayumi", "Hiroshi", "Naoko"],
            ["Sato", "Nakamura", "Fujita", "Morioka", "Ishikawa", "Kobayashi"], ""),
    "ARG": (["Martín", "Lucía", "Santiago", "Florencia", "Julián", "Carolina"],
            ["Ferreyra", "Gutiérrez", "Domínguez", "Acosta", "Benítez", "Sosa"], ""),
    "BRA": (["João", "Ana Paula", "Rafael", "Camila", "Thiago", "Beatriz"],
            ["Carvalho", "Nogueira", "Azevedo", "Barbosa", "Teixeira", "Moreira"], ""),
    "CAN": (["Ethan", "Megan", "Graham", "Isabelle", "Connor", "Nicole"],
            ["Tremblay", "MacLeod", "Gagnon", "Lachance", "Bouchard", "Campbell"], ""),
    "GBR": (["Oliver", "Harriet", "James", "Fiona", "Thomas", "Eleanor"],
            ["Ashworth", "Pemberton", "Holloway", "Whitmore", "Carrington", "Blake"], ""),
    "NOR": (["Lars", "Ingrid", "Eirik", "Silje", "Håkon", "Kari"],
            ["Haugen", "Berntsen", "Aasen", "Strand", "Nygaard", "Lie"], ""),
    "IDN": (["Budi", "Sri", "Agus", "Dewi", "Rizal", "Putri"],
            ["Santoso", "Wijaya", "Hidayat", "Kurniawan", "Pratama", "Setiawan"], ""),
    "MYS": (["Ahmad", "Siti", "Faizal", "Nurul", "Hafiz", "Aisyah"],
            ["Rahman", "Ismail", "Abdullah", "Hamid", "Yusof", "Omar"], ""),
    "KEN": (["Brian", "Faith", "Kevin", "Mercy", "Dennis", "Wanjiru"],
            ["Otieno", "Kamau", "Mutua", "Wekesa", "Chebet", "Njoroge"], ""),
    "TZA": (["Juma", "Neema", "Baraka", "Rehema", "Hamisi", "Zawadi"],
            ["Mwakyusa", "Massawe", "Shirima", "Mushi", "Kombo", "Lyimo"], ""),
    "MEX": (["Alejandro", "Mariana", "Ricardo", "Gabriela", "Fernando", "Ximena"],
            ["Hernández", "Villarreal", "Cárdenas", "Montoya", "Salinas", "Ortega"], ""),
    "ESP": (["Javier", "Elena", "Pablo", "Marta", "Álvaro", "Nuria"],
            ["Navarro", "Ruiz", "Serrano", "Castaño", "Iglesias", "Moreno"], ""),
    "ITA": (["Marco", "Giulia", "Luca", "Francesca", "Matteo", "Chiara"],
            ["Bianchi", "Colombo", "Ferri", "Romano", "Galli", "Marchetti"], ""),
    "GHA": (["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"],
            ["Mensah", "Owusu", "Asante", "Boateng", "Agyeman", "Darko"], ""),
    "NGA": (["Chinedu", "Funmilayo", "Emeka", "Aisha", "Tunde", "Ngozi"],
            ["Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Musa"], ""),
    "KOR": (["Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Dong-hoon", "Eun-ji"],
            ["Kim", "Park", "Lee", "Choi", "Jung", "Yoon"], "sf"),
    "VNM": (["Van Minh", "Thi Lan", "Duc Anh", "Thu Trang", "Quang Huy", "Minh Chau"],
            ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"], "sf"),
    "ARE": (["Khalid", "Mariam", "Saeed", "Fatima", "Rashid", "Hessa"],
            ["Al Mansoori", "Al Shamsi", "Al Ketbi", "Al Nuaimi", "Al Dhaheri", "Al Mazrouei"], ""),
    "SAU": (["Faisal", "Noura", "Abdulaziz", "Reem", "Turki", "Lama"],
            ["Al Otaibi", "Al Ghamdi", "Al Qahtani", "Al Harbi", "Al Shehri", "Al Dosari"], ""),
    "CHL": (["Cristóbal", "Francisca", "Matías", "Javiera", "Ignacio", "Constanza"],
            ["Pizarro", "Fuentes", "Contreras", "Valenzuela", "Araya", "Sepúlveda"], ""),
    "PER": (["Luis", "Rosa", "Jorge", "Milagros", "César", "Patricia"],
            ["Quispe", "Huamán", "Salazar", "Chávez", "Paredes", "Villanueva"], ""),
}

ROLES = ["fm", "dfm", "trade", "spox", "defmin", "envoy", "mp", "exec", "exec2",
         "coach", "star", "star2", "citizen", "official", "analyst_local"]


def _make_people():
    out = {}
    for code, (firsts, lasts, order) in NAMEPOOLS.items():
        r = random.Random("people-" + code)
        used = set()
        d = {}
        for role in ROLES:
            for _ in range(50):
                f, l = r.choice(firsts), r.choice(lasts)
                if (f, l) not in used:
                    break
            used.add((f, l))
            d[role] = f"{l} {f}" if order == "sf" else f"{f} {l}"
        out[code] = d
    return out


PEOPLE = _make_people()

# name, adjective, capital, foreign-ministry label, leader title
COUNTRY = {
    "CHN": ("China", "Chinese", "Beijing", "foreign ministry", "president"),
    "TWN": ("Taiwan", "Taiwanese", "Taipei", "foreign ministry", "president"),
    "IND": ("India", "Indian", "New Delhi", "External Affairs Ministry", "prime minister"),
    "IRN": ("Iran", "Iranian", "Tehran", "foreign ministry", "president"),
    "USA": ("the United States", "U.S.", "Washington", "State Department", "president"),
    "DZA": ("Algeria", "Algerian", "Algiers", "foreign ministry", "president"),
    "MAR": ("Morocco", "Moroccan", "Rabat", "foreign ministry", "king"),
    "DEU": ("Germany", "German", "Berlin", "Foreign Office", "chancellor"),
    "FRA": ("France", "French", "Paris", "Quai d'Orsay", "president"),
    "AUS": ("Australia", "Australian", "Canberra", "Department of Foreign Affairs and Trade", "prime minister"),
    "JPN": ("Japan", "Japanese", "Tokyo", "foreign ministry", "prime minister"),
    "ARG": ("Argentina", "Argentine", "Buenos Aires", "foreign ministry", "president"),
    "BRA": ("Brazil", "Brazilian", "Brasília", "Itamaraty", "president"),
    "CAN": ("Canada", "Canadian", "Ottawa", "Global Affairs Canada", "prime minister"),
    "GBR": ("Britain", "British", "London", "Foreign Office", "prime minister"),
    "NOR": ("Norway", "Norwegian", "Oslo", "foreign ministry", "prime minister"),
    "IDN": ("Indonesia", "Indonesian", "Jakarta", "foreign ministry", "president"),
    "MYS": ("Malaysia", "Malaysian", "Kuala Lumpur", "Wisma Putra", "prime minister"),
    "KEN": ("Kenya", "Kenyan", "Nairobi", "foreign ministry", "president"),
    "TZA": ("Tanzania", "Tanzanian", "Dodoma", "foreign ministry", "president"),
    "MEX": ("Mexico", "Mexican", "Mexico City", "foreign ministry", "president"),
    "ESP": ("Spain", "Spanish", "Madrid", "foreign ministry", "prime minister"),
    "ITA": ("Italy", "Italian", "Rome", "Farnesina", "prime minister"),
    "GHA": ("Ghana", "Ghanaian", "Accra", "foreign ministry", "president"),
    "NGA": ("Nigeria", "Nigerian", "Abuja", "foreign ministry", "president"),
    "KOR": ("South Korea", "South Korean", "Seoul", "foreign ministry", "president"),
    "VNM": ("Vietnam", "Vietnamese", "Hanoi", "foreign ministry", "prime minister"),
    "ARE": ("the United Arab Emirates", "Emirati", "Abu Dhabi", "foreign ministry", "president"),
    "SAU": ("Saudi Arabia", "Saudi", "Riyadh", "foreign ministry", "crown prince"),
    "CHL": ("Chile", "Chilean", "Santiago", "foreign ministry", "president"),
    "PER": ("Peru", "Peruvian", "Lima", "foreign ministry", "president"),
}

THINK_TANKS = [
    "the Halvorsen Institute for Strategic Studies", "the Meridian Policy Centre",
    "the Calder Foundation", "the Institute for Regional Affairs in Vienna",
    "the Bramwell Centre for International Economics", "the Lowther Security Forum",
    "the Atlas Ridge Institute", "the Kestrel Group, a risk consultancy",
    "the Thornbury School of Government", "Marlowe & Finch Political Risk",
    "the Centre for Maritime Studies in Singapore", "the Ostrava Institute",
]
ANALYST_NAMES = [
    "Helen Varga", "Tomasz Reiter", "Amira Saleh", "David Okonkwo", "Sofia Lindqvist",
    "Raj Menon", "Elena Kostadinova", "Marcus Flint", "Ines Carvalho", "Yusuf Demir",
    "Clara Voss", "Nikhil Ahuja", "Laila Haddad", "Peter Calloway", "Mei-ling Ong",
    "Hugo Ferrant", "Grace Adomako", "Aleksander Wróbel",
]
REPORTERS = [
    "Anna Kell", "Samir Aziz", "Jonah Pratt", "Lina Osei", "Mateo Rivas", "Priya Nair",
    "Oskar Dahl", "Chen Lu", "Fatou Diallo", "Ruth Abernethy", "Kenta Mori", "Leah Gold",
]
EDITORS = ["Mark Heinz", "Tess Morland", "Ali Rahim", "Gwen Ortiz", "Paul Sayer", "Nadia Fox"]


# ---------------------------------------------------------------- calm pairs: facts
# Every string may use the placeholders filled by _vars(): {A} {B} {adjA} {adjB}
# {capA} {capB} {fmA} {fmB} ... (see _vars below).
CALM = {
    "DEU-FRA": dict(
        cities=["BERLIN", "PARIS", "STRASBOURG", "KEHL", "SAARBRÜCKEN", "FREIBURG", "LYON", "FRANKFURT"],
        border=["the Europe Bridge between Kehl and Strasbourg", "the Rhine crossing at Breisach",
                "the Goldene Bremm crossing near Saarbrücken", "the upper Rhine valley"],
        history=[
            "The two fought three wars between 1870 and 1945, and the Élysée Treaty of 1963 turned the 'hereditary enemies' into the core of European integration.",
            "Verdun, where some 300,000 soldiers died in 1916, remains the symbol of the rivalry the two countries spent the post-war decades burying.",
            "The Aachen Treaty of 2019 committed Berlin and Paris to joint cross-border projects and regular consultations between their cabinets.",
            "The Franco-German Brigade, founded in 1989 and based in Müllheim, was the first binational unit of its kind in Europe.",
            "The Franco-Prussian War of 1870-71 ended with the proclamation of the German Empire in the Hall of Mirrors at Versailles.",
        ],
        deals=[("Rheinwerk Energie", "Solvane", "hydrogen", "a 1.2-billion-euro contract to build an electrolyser plant on the Rhine near Breisach"),
               ("Kessmann Bahntechnik", "Alveris Transport", "rail", "an order for 40 cross-border regional trains for the Strasbourg-Offenburg line"),
               ("Nordlicht Software", "Groupe Vercors", "software", "a joint venture to build a sovereign cloud for public administrations")],
        rivals=[("Fernbus Rot", "Trajet Bleu", "coach travel", "Paris-Frankfurt tickets"),
                ("Drogeriekette Hansen", "Maison Paillard", "discount retail", "own-brand cosmetics")],
        sport=dict(kind="handball", a="Germany", b="France", comp="a four-nation handball tournament", venue_a="Kiel", venue_b="Montpellier",
                   units=("goals", 31, 24)),
        exercise=("Rhine Guardian", "a long-planned command-post exercise of the Franco-German Brigade, scheduled since the spring"),
        commission="the Franco-German Council of Ministers",
        memos=["a joint hydrogen network on the upper Rhine", "cross-border emergency medical services", "a shared satellite programme",
               "a bilingual teacher-training scheme", "simplified rules for cross-border commuters", "coordination of power-grid investments"],
        spats=[("Row over tram fare cards at Kehl", "Commuters on the tram linking Strasbourg and Kehl complained that a new ticketing system on the German side does not accept French cards, prompting a sharply worded letter from Strasbourg's deputy mayor.",
                "Officials on both sides said a technical fix was expected before the end of January."),
               ("Paris and Berlin bicker over fighter-jet workshare", "French and German defence officials traded barbs over the division of work on a joint next-generation fighter, a dispute that has flared on and off for years.",
                "Both ministries insisted the programme remained on track and that talks would continue in January.")],
        anniv=[("Last French veteran of the Rhine crossing dies at 101", "a former infantryman who crossed the Rhine near Germersheim in March 1945 and later spent four decades promoting youth exchanges between the two countries"),
               ("Verdun memorial marks restoration of ossuary", "the Douaumont ossuary near Verdun, where the bones of some 130,000 unidentified French and German soldiers lie")],
        whatif="a Europe in which the Franco-German engine finally stalls",
        market=dict(ia="the DAX", ib="the CAC 40", cur="euro", commodity="Brent crude", sector="carmakers"),
        extra=["A new cross-border tram timetable between Strasbourg and Kehl takes effect on Sunday, adding late-evening services.",
               "The two governments have agreed to fund 300 extra places in the Franco-German Youth Office's exchange programme."],
    ),
    "AUS-JPN": dict(
        cities=["CANBERRA", "TOKYO", "SYDNEY", "DARWIN", "OSAKA", "PERTH", "MELBOURNE", "YOKOSUKA"],
        border=["the port of Darwin", "the liquefied natural gas terminals of Western Australia", "the Pilbara iron ore railways"],
        history=[
            "Japanese aircraft bombed Darwin in February 1942, killing more than 230 people in the deadliest attack on Australian soil.",
            "The Reciprocal Access Agreement, signed in 2022, allows the two armed forces to train on each other's territory.",
            "Australia and Japan fought on opposite sides in the Kokoda campaign of 1942, now commemorated by joint visits of veterans' families.",
            "Japan has been one of Australia's largest export markets since the Commerce Agreement of 1957.",
            "The Cowra breakout of 1944, when Japanese prisoners of war stormed a camp in New South Wales, is remembered each year in the town's Japanese garden.",
        ],
        deals=[("Southern Cross Hydrogen", "Kaito Heavy Industries", "hydrogen", "an agreement to ship liquefied hydrogen from Victoria to Kobe from 2029"),
               ("Pilbara Ridge Minerals", "Shinsei Steel", "iron ore", "a ten-year supply contract for high-grade iron ore"),
               ("Barrier Reef Gas", "Tohoku Power", "LNG", "a 15-year contract for 1.5 million tonnes of LNG a year")],
        rivals=[("Wattle Air", "Sakura Sky", "airlines", "Sydney-Tokyo tickets"),
                ("Outback Beef Co", "Hokkaido Meats", "premium beef", "wagyu in Asian supermarkets")],
        sport=dict(kind="football", a="the Socceroos", b="Samurai Blue", comp="an Asian qualifying fixture", venue_a="Melbourne", venue_b="Saitama",
                   units=("goals", 3, 0)),
        exercise=("Nichi Gou Trident", "a long-scheduled naval exercise off the coast of New South Wales involving two Japanese destroyers"),
        commission="the annual Australia-Japan Foreign and Defence Ministerial Consultations",
        memos=["critical minerals supply chains", "hydrogen shipping standards", "space cooperation", "disaster relief logistics",
               "working-holiday visas", "a joint scholarship programme"],
        spats=[("Japanese whaling ship spotted, Canberra lodges note", "Canberra lodged a diplomatic note after a Japanese research vessel was spotted south of the Australian Antarctic Territory, an old irritant since the International Court of Justice ruled against Japan's Antarctic whaling in 2014.",
                "Tokyo replied that the vessel was on a non-lethal survey and had stayed in international waters."),
               ("Beef quota trigger irks Australian farmers", "Australian cattle producers protested after Japan's safeguard tariff on frozen beef edged closer to being triggered by a surge in imports.",
                "Officials said the mechanism was agreed in the 2015 trade deal and was working as designed.")],
        anniv=[("Darwin veteran who witnessed 1942 raid dies at 102", "a former navy signaller who was on the Darwin wharf when Japanese bombers struck in February 1942 and who later travelled to Japan to meet former pilots"),
               ("Kokoda families mark reconciliation walk", "the Kokoda Track in Papua New Guinea, where Australian and Japanese troops fought in 1942")],
        whatif="Canberra and Tokyo turning their quasi-alliance into a full treaty",
        market=dict(ia="the ASX 200", ib="the Nikkei 225", cur="Australian dollar", commodity="iron ore", sector="miners"),
        extra=["The number of Japanese tourists visiting Queensland rose 14 percent this year, the state tourism board said.",
               "A direct flight between Perth and Osaka resumes next month after a five-year gap."],
    ),
    "ARG-BRA": dict(
        cities=["BUENOS AIRES", "BRASÍLIA", "SÃO PAULO", "ROSARIO", "PORTO ALEGRE", "FOZ DO IGUAÇU", "CÓRDOBA"],
        border=["the Tancredo Neves bridge between Foz do Iguaçu and Puerto Iguazú", "the bridge between Paso de los Libres and Uruguaiana",
                "the Iguazú falls", "the Uruguay river"],
        history=[
            "The two fought the Cisplatine War of 1825-28 over the territory that became Uruguay.",
            "A bitter dispute over the Itaipu dam in the 1970s ended with a tripartite accord with Paraguay in 1979.",
            "Their rival nuclear programmes were placed under a joint inspection agency, ABACC, in 1991, the same year they founded Mercosur.",
            "Brazil remains Argentina's largest trading partner, and the car industries of the two countries have been bound by a managed-trade regime since the 1990s.",
            "The football rivalry dates back to 1914, when the two national teams first met in Buenos Aires.",
        ],
        deals=[("Pampa Motores", "Ribeira Autopeças", "car parts", "a 300-million-dollar contract to supply gearboxes to plants in Córdoba and São Paulo state"),
               ("Litoral Energía", "Serra Verde Gás", "gas", "an agreement to ship Vaca Muerta gas to southern Brazil through Bolivian pipelines"),
               ("Harinas del Sur", "Moinho Paulista", "wheat", "a three-year wheat supply deal worth 450 million dollars")],
        rivals=[("Aerolíneas Pampeanas", "Voa Brasil Linhas Aéreas", "airlines", "Buenos Aires-Rio tickets"),
                ("Supermercados Lanús", "Rede Pão Dourado", "supermarkets", "groceries in border towns")],
        sport=dict(kind="football", a="Brazil", b="Argentina", comp="the Superclásico de las Américas", venue_a="Rio de Janeiro", venue_b="Buenos Aires",
                   units=("goals", 3, 1)),
        exercise=("Fraterno", "the long-running Fraterno naval exercise, held almost every year since 1978"),
        commission="the bilateral commission on production and trade",
        memos=["a gas interconnection", "nuclear research reactors", "cross-border health services", "the Mercosur car regime",
               "digital payments between the two central banks", "the navigation of the Paraná-Paraguay waterway"],
        spats=[("Truckers stuck at Paso de los Libres as customs systems stall", "Hundreds of trucks queued on both sides of the Uruguay river after a computer failure at Argentine customs, prompting an angry protest from Brazilian hauliers' unions.",
                "Customs officials on both sides said the backlog would be cleared by the weekend."),
               ("Wine tariff spat flares at Mercosur meeting", "Brazilian winemakers from Rio Grande do Sul complained about a flood of cheap Argentine Malbec, renewing a years-old request for safeguards.",
                "Diplomats played down the row as a routine trade issue.")],
        anniv=[("Falklands-era diplomat who mended ties with Brasília dies", "a former Argentine ambassador who negotiated the 1979 Itaipu-Corpus agreement and later helped create the joint nuclear agency ABACC"),
               ("Historians revisit Battle of Ituzaingó, 199 years on", "the Battle of Ituzaingó of 1827, the largest engagement of the Cisplatine War")],
        whatif="Mercosur breaking apart under the weight of a currency crisis",
        market=dict(ia="the Merval", ib="the Bovespa", cur="real", commodity="soybeans", sector="banks"),
        extra=["The bridge linking Foz do Iguaçu and Puerto Iguazú will stay open 24 hours a day during the holiday season.",
               "Brazilian tourists crossing into Argentina rose sharply this month, helped by the exchange rate."],
    ),
    "CAN-USA": dict(
        cities=["OTTAWA", "WASHINGTON", "TORONTO", "DETROIT", "WINDSOR", "VANCOUVER", "BUFFALO", "MONTREAL"],
        border=["the Ambassador Bridge between Windsor and Detroit", "the Peace Bridge at Fort Erie", "the Gordie Howe International Bridge",
                "the Blaine-Douglas crossing", "the Great Lakes"],
        history=[
            "The two last fought each other in the War of 1812, when U.S. troops burned York, now Toronto, and British forces burned Washington in reply.",
            "NORAD, the joint air defence command, has tracked 'Santa's flight' every Christmas Eve since 1955.",
            "The softwood lumber dispute has flared on and off since the early 1980s.",
            "The 1965 Auto Pact fused the car industries of Ontario and Michigan.",
            "The border, at 8,891 km, is often described as the longest undefended frontier in the world.",
        ],
        deals=[("Laurentian Power", "Great Plains Utilities", "electricity", "a 20-year contract to supply hydropower from Quebec to New England"),
               ("Northshore Rail", "Atlantic Freightways", "rail", "a cross-border intermodal partnership serving the ports of Halifax and Boston"),
               ("Maple Crest Lithium", "Rivermark Batteries", "batteries", "a supply deal for lithium hydroxide from Quebec to a plant in Tennessee")],
        rivals=[("Borealis Air", "SkyNorth Airlines", "airlines", "transborder tickets"),
                ("Timberline Lumber", "Cascade Forest Products", "lumber", "lumber for Pacific Northwest builders")],
        sport=dict(kind="ice hockey", a="Canada", b="the United States", comp="the world junior championship", venue_a="Ottawa", venue_b="Minneapolis",
                   units=("goals", 5, 2)),
        exercise=("Noble Defender", "a routine NORAD air defence exercise over the Arctic, announced weeks in advance"),
        commission="the International Joint Commission",
        memos=["critical minerals", "Great Lakes water quality", "a joint border pre-clearance facility", "wildfire fighting aircraft"],
        spats=[("Dairy quotas spark fresh war of words", "U.S. dairy farmers renewed their attack on Canada's supply-management system, calling the tariff-rate quotas 'a wall against American milk', an old grievance that has survived several trade deals.",
                "Ottawa said the system fully complied with the trade agreement."),
               ("Fishing boat fined in disputed Gulf of Maine waters", "A Canadian lobster boat was fined by the U.S. Coast Guard near Machias Seal Island, a speck of rock claimed by both countries since the 18th century.",
                "The skipper paid the fine and both governments described the incident as routine.")],
        anniv=[("Historians mark anniversary of Treaty of Ghent", "the Treaty of Ghent, signed on Christmas Eve 1814, which ended the War of 1812"),
               ("Korean War veteran who served in joint brigade dies at 96", "the Commonwealth and U.S. units that fought side by side at Kapyong in 1951")],
        whatif="a world in which the world's longest undefended border needed defending",
        market=dict(ia="the S&P/TSX composite", ib="the S&P 500", cur="Canadian dollar", commodity="West Texas Intermediate crude", sector="energy stocks"),
        extra=["Snowbirds heading south crowded the border crossings south of Montreal ahead of the holidays.",
               "NORAD said its Santa tracker website was ready for Christmas Eve."],
    ),
    "GBR-NOR": dict(
        cities=["LONDON", "OSLO", "BERGEN", "ABERDEEN", "STAVANGER", "TROMSØ", "LERWICK"],
        border=["the North Sea", "the Langeled gas pipeline", "the fishing grounds around Svalbard", "the Shetland Islands"],
        history=[
            "King Haakon VII led Norway's government-in-exile from London during the Second World War, and Oslo has sent a Christmas tree to Trafalgar Square every year since 1947 in gratitude.",
            "The 'Shetland Bus', a clandestine boat service from Scotland to occupied Norway, ran throughout the war.",
            "The Viking raid on Lindisfarne in 793 is usually given as the start of the Viking age in Britain.",
            "Harald Hardrada's invasion ended at the Battle of Stamford Bridge in 1066, weeks before the Norman conquest.",
            "Norway supplies much of Britain's imported gas through pipelines across the North Sea.",
        ],
        deals=[("Fjordkraft Offshore", "Caledon Renewables", "offshore wind", "a contract to build floating wind turbines off Shetland"),
               ("Nordhav Seafood", "Highland Fisheries Group", "seafood", "a joint salmon processing venture in Aberdeen"),
               ("Statnor Kabel", "Britannia Grid", "power cables", "a deal for a second interconnector between Norway and England")],
        rivals=[("Nordsjø Ferries", "Caledonia Lines", "ferries", "Bergen-Newcastle crossings"),
                ("Skagen Salmon", "Loch Fyne Farms", "salmon", "salmon fillets in U.S. stores")],
        sport=dict(kind="football", a="Norway", b="England", comp="a friendly at the start of the season", venue_a="Oslo", venue_b="Wembley",
                   units=("goals", 4, 1)),
        exercise=("Winter Hawk", "annual cold-weather training for Royal Marines near Bardufoss, planned a year ahead"),
        commission="the annual UK-Norway fisheries consultations",
        memos=["carbon capture and storage under the North Sea", "offshore wind", "Arctic research", "defence procurement"],
        spats=[("Svalbard fishing row resurfaces in quota talks", "British trawlermen accused Norway of squeezing them out of cod grounds around Svalbard, a grievance since Brexit ended EU-negotiated access.",
                "Norway said the quota offered was in line with scientific advice and its sovereign rights."),
               ("Christmas tree 'looks thin', say critics, again", "The Norwegian spruce in Trafalgar Square drew its annual round of online ridicule for looking sparse, prompting Oslo's deputy mayor to defend the gift.",
                "Westminster City Council said the tree was 'perfectly healthy'.")],
        anniv=[("Last 'Shetland Bus' sailor remembered in Lerwick", "the Shetland Bus, the wartime boat link between Scotland and occupied Norway"),
               ("Oslo marks anniversary of King Haakon's return from London exile", "King Haakon VII's years in London, where he led Norway's government-in-exile")],
        whatif="the North Sea's energy partnership breaking down",
        market=dict(ia="the FTSE 100", ib="the Oslo Bors benchmark", cur="crown", commodity="Brent crude", sector="oil majors"),
        extra=["The Trafalgar Square tree, a 20-metre spruce from the forests around Oslo, will stay lit until Twelfth Night.",
               "Norwegian students remain the largest group of Nordic students at British universities."],
    ),
    "IDN-MYS": dict(
        cities=["JAKARTA", "KUALA LUMPUR", "PONTIANAK", "KUCHING", "NUNUKAN", "JOHOR BAHRU", "BATAM"],
        border=["the Entikong-Tebedu crossing in Borneo", "Sebatik island", "the Strait of Malacca", "the Ambalat sea block"],
        history=[
            "The two fought an undeclared war, the Konfrontasi, between 1963 and 1966 over the creation of Malaysia.",
            "The International Court of Justice awarded the islands of Sipadan and Ligitan to Malaysia in 2002.",
            "The Ambalat sea block off Borneo has been disputed since the 2000s, with naval stand-offs in 2005 and 2009.",
            "Malaysia hosts more than a million Indonesian workers, many of them on palm-oil plantations.",
            "Cultural rows over batik, the Rasa Sayange song and rendang have periodically set social media alight in both countries.",
        ],
        deals=[("Nusantara Sawit", "Semenanjung Agro", "palm oil", "an agreement to build a joint refinery in Dumai"),
               ("Garuda Baja", "Tanjung Steel", "steel", "a supply deal for the new capital Nusantara"),
               ("Borneo Link Power", "Sarawak Hidro", "power", "an agreement to export hydropower from Sarawak to West Kalimantan")],
        rivals=[("Merpati Express", "AirJiran", "low-cost airlines", "Jakarta-Kuala Lumpur tickets"),
                ("Kopi Kita", "Kopitiam Emas", "coffee chains", "coffee in shopping malls")],
        sport=dict(kind="football", a="Indonesia", b="Malaysia", comp="the ASEAN Championship", venue_a="Gelora Bung Karno stadium in Jakarta", venue_b="Bukit Jalil",
                   units=("goals", 2, 0)),
        exercise=("Malindo Jaya", "the coordinated Malindo naval patrol in the Strait of Malacca, held twice a year"),
        commission="the Joint Commission for Bilateral Cooperation",
        memos=["migrant workers' protection", "palm-oil sustainability certification", "a new border crossing on Sebatik", "haze prevention"],
        spats=[("Indonesian fishing boat held in Malaysian waters", "Malaysian maritime enforcement detained an Indonesian fishing boat and its eight crew off Johor, accusing them of encroaching, a frequent occurrence in the Strait of Malacca.",
                "The crew were expected to be repatriated after paying a fine, officials said."),
               ("Rendang row rekindled by cooking show", "A Malaysian television cooking competition sparked an online spat after a judge described rendang as a Malaysian dish, an old sore point for Indonesians.",
                "Both tourism ministries urged fans to 'share the rendang'.")],
        anniv=[("Konfrontasi veterans meet in Kuching", "the Konfrontasi of 1963-66, when Indonesian and Commonwealth troops fought in the jungles of Borneo"),
               ("Former negotiator of the Sipadan case dies", "the case over Sipadan and Ligitan, decided by the International Court of Justice in 2002")],
        whatif="the Ambalat dispute turning hot",
        market=dict(ia="the Jakarta Composite", ib="the FTSE Bursa Malaysia KLCI", cur="ringgit", commodity="crude palm oil", sector="plantation stocks"),
        extra=["A new bus service links Pontianak and Kuching through the Entikong crossing.",
               "Haze levels in Kuching fell to 'good' after rains over West Kalimantan, Malaysian officials said."],
    ),
    "KEN-TZA": dict(
        cities=["NAIROBI", "DODOMA", "DAR ES SALAAM", "MOMBASA", "ARUSHA", "NAMANGA", "KISUMU"],
        border=["the Namanga one-stop border post", "the Holili-Taveta crossing", "the Lunga Lunga-Horohoro crossing", "Lake Victoria",
                "the Serengeti-Maasai Mara ecosystem"],
        history=[
            "Tanzania closed the border with Kenya from 1977 to 1983 after the first East African Community collapsed.",
            "The two have fought periodic trade wars, over maize, cigarettes, gas and milk, despite both belonging to the East African Community.",
            "The wildebeest migration across the Mara river is shared by the Serengeti in Tanzania and the Maasai Mara in Kenya.",
            "Rivalry over the ports of Mombasa and Dar es Salaam has shaped the two economies since independence.",
        ],
        deals=[("Rift Valley Gas", "Mtwara Energy", "gas", "a memorandum on a gas pipeline from Dar es Salaam to Mombasa"),
               ("Savanna Cement", "Kilimanjaro Construction", "cement", "a supply deal for the Arusha-Holili road"),
               ("Safari Logistics", "Bandari Freight", "logistics", "an agreement to build a joint cold-storage hub at Namanga")],
        rivals=[("Twiga Air", "Kili Wings", "airlines", "Nairobi-Zanzibar tickets"),
                ("Maziwa Dairies", "Tanga Fresh Milk", "dairy", "milk in Arusha supermarkets")],
        sport=dict(kind="football", a="Kenya", b="Tanzania", comp="a CECAFA tournament match", venue_a="Nairobi's Kasarani stadium", venue_b="Dar es Salaam's Benjamin Mkapa stadium",
                   units=("goals", 2, 1)),
        exercise=("Ushirikiano Imara", "an East African Community field exercise planned a year in advance"),
        commission="the Joint Permanent Commission",
        memos=["a Lake Victoria fisheries regime", "a standard-gauge rail link", "tourism circuits across the Mara", "energy trading"],
        spats=[("Kenyan fishermen held on Lake Victoria", "Tanzanian marine police detained eleven Kenyan fishermen near Migingo island, accusing them of fishing without permits, a frequent complaint on the lake.",
                "Kenyan officials said talks were under way to release them."),
               ("Tour vans turned back at Namanga in permit row", "Kenyan tour vans were turned back at Namanga in a resurfacing dispute over who may carry tourists into Tanzanian parks, a spat first aired in 2017.",
                "Officials said the matter would be referred to the joint commission.")],
        anniv=[("Veteran East African Community negotiator dies", "the collapse of the first East African Community in 1977 and the border closure that followed"),
               ("Arusha conference recalls 1983 border reopening", "the reopening of the border in 1983 after six years of closure")],
        whatif="East Africa's port rivalry spiralling into a full trade war",
        market=dict(ia="the Nairobi NSE All Share", ib="the Dar es Salaam stock exchange", cur="shilling", commodity="tea", sector="banks"),
        extra=["Traffic at the Namanga one-stop border post has risen 20 percent since a new scanner came into service.",
               "Tour operators on both sides expect a record holiday season in the Serengeti and the Mara."],
    ),
    "MEX-USA": dict(
        cities=["MEXICO CITY", "WASHINGTON", "MONTERREY", "EL PASO", "CIUDAD JUÁREZ", "TIJUANA", "SAN DIEGO", "LAREDO"],
        border=["the San Ysidro crossing between Tijuana and San Diego", "the bridges of Nuevo Laredo", "the Río Bravo, or Rio Grande",
                "the Bridge of the Americas between Ciudad Juárez and El Paso"],
        history=[
            "Mexico lost roughly half its territory in the war of 1846-48, sealed by the Treaty of Guadalupe Hidalgo.",
            "Pancho Villa's raid on Columbus, New Mexico, in 1916 prompted a U.S. punitive expedition into Mexico.",
            "The 1944 Water Treaty governs how the two share the Rio Grande and the Colorado, and its delivery cycles are a frequent source of friction.",
            "Mexico overtook China as the largest U.S. trading partner in 2023.",
            "Remittances from Mexicans in the United States exceed 60 billion dollars a year.",
        ],
        deals=[("Grupo Sierra Madre", "Lone Star Logistics", "logistics", "an agreement to build a joint rail terminal in Nuevo Laredo"),
               ("Aceros del Norte", "Ohio Valley Steel", "steel", "a supply deal for the auto plants of the Bajío"),
               ("Energía Golfo", "Permian Pipeline Partners", "natural gas", "a new pipeline contract from West Texas to Chihuahua")],
        rivals=[("Aerovía Azteca", "Desert Jet", "airlines", "Mexico City-Los Angeles tickets"),
                ("Cervecería Montaña", "Great Lakes Brewing Co", "beer", "imported beer in U.S. stores")],
        sport=dict(kind="football", a="Mexico", b="the United States", comp="a friendly", venue_a="Arlington, Texas", venue_b="the Estadio Azteca",
                   units=("goals", 2, 0)),
        exercise=("Border Shield", "a routine joint search-and-rescue drill by the two coast guards in the Gulf"),
        commission="the High-Level Security Dialogue",
        memos=["water deliveries under the 1944 treaty", "semiconductor supply chains", "border infrastructure", "a joint customs inspection pilot"],
        spats=[("Tomato growers' feud back in the spotlight", "Florida growers renewed their complaint that Mexican tomatoes are sold below cost, a dispute dating back to 1996.",
                "Mexico's growers' association said the accusations were 'recycled'."),
               ("Water deliveries row resurfaces", "Texas farmers complained that Mexico was behind on water deliveries from the Rio Grande basin under the 1944 treaty, a periodic grievance in dry years.",
                "Mexican officials said deliveries would be made up before the end of the five-year cycle.")],
        anniv=[("Historians mark anniversary of Treaty of Guadalupe Hidalgo exhibition", "the war of 1846-48, in which Mexico lost California, Texas and the American southwest"),
               ("Chamizal veteran negotiator dies", "the Chamizal dispute over a strip of land on the Rio Grande, settled in 1963")],
        whatif="a trade war that shut the bridges of Laredo for a month",
        market=dict(ia="the Mexican IPC index", ib="the S&P 500", cur="peso", commodity="U.S. natural gas", sector="auto parts makers"),
        extra=["Waiting times at San Ysidro reached three hours as holiday shoppers crossed into San Diego.",
               "Remittances from the United States hit a record in November, the Bank of Mexico said."],
    ),
    "ESP-ITA": dict(
        cities=["MADRID", "ROME", "BARCELONA", "MILAN", "NAPLES", "VALENCIA", "GENOA"],
        border=["the ferry route between Barcelona and Civitavecchia", "the port of Genoa", "the western Mediterranean"],
        history=[
            "Spanish and Italian fleets fought side by side against the Ottomans at Lepanto in 1571.",
            "Naples and Sicily were ruled from Madrid for two centuries.",
            "Mussolini sent tens of thousands of troops to fight for Franco in the Spanish Civil War; they were routed at Guadalajara in 1937.",
            "Spain beat Italy 4-0 in the final of Euro 2012 in Kyiv, a result Italians still call 'the Kyiv humiliation'.",
        ],
        deals=[("Ibérica Renovables", "Gruppo Ferraris Energia", "solar", "a deal to build 600 megawatts of solar parks in Sicily"),
               ("Navieras del Levante", "Tirrenia Logistica", "shipping", "an agreement to launch a joint ro-ro service between Valencia and Genoa"),
               ("Construcciones Alba", "Impresa Montefiore", "construction", "a contract for a metro line in Milan")],
        rivals=[("Vuela Sol", "AliAzzurre", "low-cost airlines", "Madrid-Rome tickets"),
                ("Aceites Guadalquivir", "Oleificio Toscano", "olive oil", "olive oil in European supermarkets")],
        sport=dict(kind="football", a="Spain", b="Italy", comp="a Nations League tie", venue_a="Seville", venue_b="Milan's San Siro",
                   units=("goals", 3, 0)),
        exercise=("Sea Breeze West", "a routine amphibious exercise planned under NATO's calendar"),
        commission="the Spanish-Italian intergovernmental summit",
        memos=["Mediterranean migration", "space launchers", "a rail freight corridor", "film co-production"],
        spats=[("Tuna quota squabble at EU fisheries council", "Spanish and Italian fishing ministers clashed over the division of bluefin tuna quotas at the EU's annual December fisheries council.",
                "Diplomats said such squabbles were 'part of the December ritual'."),
               ("Paella-pizza spat goes viral", "An Italian chef's joke that paella is 'just risotto that gave up' drew a furious response from Valencian restaurateurs.",
                "The two later posed together with a plate of each.")],
        anniv=[("Spanish Civil War historian revisits Guadalajara", "the Battle of Guadalajara of 1937, in which Italian troops sent by Mussolini were defeated"),
               ("Lepanto exhibition opens in Rome", "the Battle of Lepanto of 1571, fought by the fleets of the Holy League")],
        whatif="a Mediterranean in which Madrid and Rome compete rather than cooperate",
        market=dict(ia="the Ibex 35", ib="the FTSE MIB", cur="euro", commodity="Brent crude", sector="banks"),
        extra=["A new night ferry links Barcelona and Civitavecchia three times a week.",
               "Italian tourists were the third-largest group of visitors to Spain this year."],
    ),
    "GHA-NGA": dict(
        cities=["ACCRA", "ABUJA", "LAGOS", "KUMASI", "TEMA", "IBADAN"],
        border=["the Abidjan-Lagos corridor", "the Aflao border through Togo", "the Seme crossing on the Benin border", "the West African Gas Pipeline"],
        history=[
            "Ghana expelled hundreds of thousands of Nigerians under its Aliens Compliance Order of 1969.",
            "Nigeria expelled about a million Ghanaians in 1983, and the 'Ghana Must Go' bags they carried gave a name to a whole generation of luggage.",
            "Nigerian traders in Accra have repeatedly complained of shop closures under Ghana's retail laws, a dispute that flared badly in 2019 and 2020.",
            "The rivalry over who makes the better jollof rice is fought mostly on social media.",
        ],
        deals=[("Volta Petroleum", "Niger Delta Refining", "oil refining", "a crude supply deal for the Tema refinery"),
               ("Gold Coast Telecom", "Eko Digital", "telecoms", "a cross-border mobile money partnership"),
               ("Ashanti Cocoa Processors", "Lagos Foods Plc", "cocoa", "a supply deal for cocoa butter")],
        rivals=[("Akwaaba Airways", "Eagle Wings Nigeria", "airlines", "Accra-Lagos tickets"),
                ("Jollof Republic", "Mama Put Kitchens", "fast food", "jollof meals")],
        sport=dict(kind="football", a="Nigeria's Super Eagles", b="Ghana's Black Stars", comp="a World Cup qualifier", venue_a="Kumasi's Baba Yara stadium", venue_b="Abuja",
                   units=("goals", 2, 1)),
        exercise=("Gulf Guardian", "a long-planned maritime security drill in the Gulf of Guinea"),
        commission="the Ghana-Nigeria Permanent Joint Commission for Cooperation",
        memos=["trade facilitation along the Abidjan-Lagos corridor", "energy", "digital ID", "the gas pipeline tariff"],
        spats=[("Nigerian traders' shops shut in Accra again", "Nigerian traders in Accra's Opera Square said city officials had locked several shops over registration rules, an old dispute about retail reserved for Ghanaians.",
                "Officials said the shops would reopen once documents were checked."),
               ("Jollof war reignites after celebrity chef's post", "A Nigerian celebrity chef's claim that Ghanaian jollof 'is just spiced rice' drew a torrent of replies from Accra.",
                "Neither government has yet taken a position.")],
        anniv=[("Ghana Must Go, 44 years on", "the mass expulsion of 1983, when Nigeria ordered undocumented Ghanaians to leave"),
               ("Former ECOWAS mediator dies at 88", "West African mediation efforts of the 1990s")],
        whatif="a West African trade war over the retail rules",
        market=dict(ia="the Ghana Stock Exchange composite", ib="the Nigerian Exchange all-share index", cur="naira", commodity="Brent crude", sector="banks"),
        extra=["The Abidjan-Lagos highway project has entered its design phase, ECOWAS officials said.",
               "Nigerian students in Ghana number more than 70,000, according to university figures."],
    ),
    "KOR-VNM": dict(
        cities=["SEOUL", "HANOI", "HO CHI MINH CITY", "BUSAN", "HAIPHONG", "BAC NINH", "DA NANG"],
        border=["the Bac Ninh industrial zones", "the port of Haiphong", "the direct flights between Incheon and Da Nang"],
        history=[
            "More than 300,000 South Korean troops served in the Vietnam War between 1964 and 1973, a chapter that still weighs on relations.",
            "The two established diplomatic relations in 1992 and upgraded ties to a comprehensive strategic partnership in 2022.",
            "South Korea is the largest foreign investor in Vietnam, led by electronics plants around Bac Ninh and Thai Nguyen.",
            "Korean coaches have led Vietnam's national football team to regional titles since 2018.",
        ],
        deals=[("Hanbit Electronics", "Song Hong Industrial", "electronics", "an agreement to build a display-panel plant in Bac Ninh"),
               ("Daeyang Shipbuilding", "Ha Long Shipyard", "shipbuilding", "a joint venture to build container ships"),
               ("Seorin Energy", "PetroMekong", "LNG", "a contract to build a gas power plant in Quang Ninh")],
        rivals=[("Jinro Mart", "Sai Gon Co-op Xanh", "supermarkets", "groceries in Hanoi"),
                ("Blue Crane Air", "Lotus Wings", "airlines", "Seoul-Da Nang tickets")],
        sport=dict(kind="football", a="Vietnam", b="South Korea's under-23 team", comp="a regional under-23 tournament", venue_a="Hanoi's My Dinh stadium", venue_b="Seoul",
                   units=("goals", 2, 1)),
        exercise=("Sea Rescue 26", "a routine search-and-rescue exercise off Da Nang"),
        commission="the intergovernmental joint committee",
        memos=["nuclear power training", "critical minerals", "labour mobility", "digital transformation", "semiconductor skills"],
        spats=[("Visa row over Korean factory managers", "Korean business groups complained about delays in work permits for technicians in Bac Ninh.",
                "Vietnam's labour ministry promised a faster online procedure."),
               ("Marriage-broker rules spark debate", "A Seoul court case involving a Vietnamese bride reignited debate about marriage brokers, an old sore point in both countries.",
                "Both governments said they were cooperating on consumer protection.")],
        anniv=[("Korean veteran's apology tour in Quang Nam", "wartime killings in Quang Nam province, which Vietnamese survivors attribute to South Korean troops in 1968"),
               ("Football coach who led Vietnam to glory honoured", "Vietnam's run to the AFC U-23 final in 2018 under a South Korean coach")],
        whatif="Korean investors leaving Vietnam",
        market=dict(ia="the KOSPI", ib="the VN-Index", cur="won", commodity="DRAM chip prices", sector="chipmakers"),
        extra=["Korean tourists were the largest group of foreign visitors to Da Nang in November.",
               "A Korean language centre opened in Haiphong with 2,000 enrolled students."],
    ),
    "ARE-SAU": dict(
        cities=["ABU DHABI", "RIYADH", "DUBAI", "JEDDAH", "DAMMAM", "AL AIN"],
        border=["the Ghuwaifat-Batha border crossing", "the Shaybah oil field", "the Khor al-Udaid inlet"],
        history=[
            "The Treaty of Jeddah of 1974 settled most of the border and the Shaybah oil field, though its terms were later disputed.",
            "The two were close allies in the coalition that intervened in Yemen in 2015, before their paths diverged.",
            "An OPEC+ quarrel over production baselines in 2021 exposed rare public friction between Riyadh and Abu Dhabi.",
            "The Saudi-Emirati Coordination Council, set up in 2016, meets regularly at ministerial level.",
        ],
        deals=[("Falcon Ports Group", "Najd Logistics", "logistics", "an agreement to build a joint terminal at King Abdulaziz Port"),
               ("Gulf Sands Energy", "Hijaz Solar Company", "solar", "an agreement to develop a 2-gigawatt solar park in the Eastern Province"),
               ("Emirates Grid Systems", "Red Sea Power", "electricity", "a contract for a grid interconnection study")],
        rivals=[("Desert Pearl Airways", "Nejd Air", "airlines", "Riyadh-Dubai tickets"),
                ("Qasr Malls", "Al Nakheel Retail", "retail", "luxury goods")],
        sport=dict(kind="football", a="Saudi Arabia", b="the UAE", comp="the Arabian Gulf Cup", venue_a="Riyadh", venue_b="Al Ain",
                   units=("goals", 3, 1)),
        exercise=("Gulf Shield", "a long-planned air defence exercise"),
        commission="the Saudi-Emirati Coordination Council",
        memos=["a unified tourist visa", "customs integration", "space", "artificial intelligence research"],
        spats=[("Regional headquarters rule rankles Dubai firms", "Companies in Dubai complained about Riyadh's rule requiring firms to base regional headquarters in the kingdom to win government contracts.",
                "Officials said the matter was being handled 'among brothers'."),
               ("Trucks held at Ghuwaifat in paperwork row", "Queues of trucks formed at the Ghuwaifat crossing as new electronic customs rules were introduced.",
                "Customs authorities said the delays would ease within days.")],
        anniv=[("Obituary: former adviser on the Treaty of Jeddah", "the 1974 Treaty of Jeddah, which fixed the border between the two states"),
               ("Exhibition marks 1971 federation", "the founding of the UAE federation in December 1971")],
        whatif="a Gulf in which Riyadh and Abu Dhabi compete openly for investment",
        market=dict(ia="the Tadawul all-share index", ib="the Abu Dhabi index", cur="riyal", commodity="Brent crude", sector="banks"),
        extra=["A new rail link between Abu Dhabi and Riyadh has entered its feasibility phase.",
               "Saudi visitors to Dubai rose over the national day holidays."],
    ),
    "CHL-PER": dict(
        cities=["SANTIAGO", "LIMA", "ARICA", "TACNA", "ANTOFAGASTA", "AREQUIPA"],
        border=["the Chacalluta-Santa Rosa crossing between Arica and Tacna", "the 'land triangle' near Concordia", "the maritime boundary fixed in 2014"],
        history=[
            "Chile defeated Peru and Bolivia in the War of the Pacific of 1879-84, taking the nitrate-rich provinces of the south.",
            "The 1929 Treaty of Lima returned Tacna to Peru and left Arica in Chile.",
            "The International Court of Justice drew a new maritime boundary between the two in 2014.",
            "The Peruvian admiral Miguel Grau died at the Battle of Angamos in 1879 and is honoured in both countries.",
            "The two still argue over who invented pisco.",
        ],
        deals=[("Minera Atacama", "Andina Cobre", "copper", "a concentrates processing deal"),
               ("Viña Litoral", "Bodegas Ica", "wine and pisco", "a distribution deal for the Asian market"),
               ("Transportes Alto Norte", "Ferrocarril Tacna", "rail", "a plan to restore the Arica-Tacna railway")],
        rivals=[("LíneaSur", "Cóndor Aéreo", "airlines", "Santiago-Lima tickets"),
                ("Pisquera Elqui", "Pisco Moqueguano", "pisco", "pisco in U.S. stores")],
        sport=dict(kind="football", a="Peru", b="Chile", comp="the Clásico del Pacífico", venue_a="Lima's Estadio Nacional", venue_b="Santiago",
                   units=("goals", 2, 0)),
        exercise=("Solidaridad", "a long-scheduled joint disaster-response exercise"),
        commission="the Binational Cabinet",
        memos=["border integration at Chacalluta-Santa Rosa", "mining cooperation", "migration management", "a shared tsunami warning system"],
        spats=[("Pisco labelling row flares again", "Peruvian producers protested at Chilean pisco being sold under that name in Asia.",
                "Both trade ministries said the question would be raised at the next binational meeting."),
               ("Queues at Chacalluta as migrants stranded", "Dozens of migrants were stranded between the two border posts near Arica.",
                "Officials on both sides said they were cooperating to process them.")],
        anniv=[("Admiral Grau remembered at Angamos ceremony", "the naval battle of Angamos in 1879, in which Admiral Grau died"),
               ("War of the Pacific historian dies at 90", "the War of the Pacific of 1879-84")],
        whatif="the land triangle dispute ending up in The Hague",
        market=dict(ia="the Santiago IPSA", ib="the Lima general index", cur="sol", commodity="copper", sector="miners"),
        extra=["The Arica-Tacna crossing saw record holiday traffic this weekend.",
               "Peruvian tourists were the second-largest group in Chile's northern regions."],
    ),
}


REGION = {
    "DEU-FRA": ["Eurasia Brief"], "AUS-JPN": ["Asia Current"], "ARG-BRA": ["Andes Post"],
    "CAN-USA": ["Northgate Wire"], "GBR-NOR": ["Eurasia Brief"],
    "IDN-MYS": ["Asia Current", "Crescent News Agency"], "KEN-TZA": ["The Sahel Monitor"],
    "MEX-USA": ["Andes Post"], "ESP-ITA": ["Eurasia Brief"], "GHA-NGA": ["The Sahel Monitor"],
    "KOR-VNM": ["Asia Current"], "ARE-SAU": ["Levant Dispatch", "Crescent News Agency"],
    "CHL-PER": ["Andes Post"], "CHN-TWN": ["Asia Current"], "IND-CHN": ["Asia Current", "Eurasia Brief"],
    "IRN-USA": ["Levant Dispatch", "Crescent News Agency"],
    "DZA-MAR": ["The Sahel Monitor", "Crescent News Agency", "Levant Dispatch"],
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _vars(pair, rng, when):
    a, b = pair.split("-")
    A, B = COUNTRY[a], COUNTRY[b]
    pa, pb = PEOPLE[a], PEOPLE[b]

    def full(c):
        return c[3] if c[3][0].isupper() else f"{c[1]} {c[3]}"
    v = dict(A=A[0], B=B[0], adjA=A[1], adjB=B[1], capA=A[2], capB=B[2], minA=full(A), minB=full(B),
             leadA=A[4], leadB=B[4], a=a, b=b,
             analyst=pick(rng, ANALYST_NAMES), tank=pick(rng, THINK_TANKS),
             analyst2=pick(rng, ANALYST_NAMES), tank2=pick(rng, THINK_TANKS),
             day=f"{MONTH_EN} {when.day}", weekday=WEEKDAYS[when.weekday()],
             yesterday=WEEKDAYS[(when.weekday() - 1) % 7], tomorrow=WEEKDAYS[(when.weekday() + 1) % 7],
             num=rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 14]),
             session=random.Random("session-" + pair).choice(["12th", "14th", "15th", "17th", "19th", "21st", "23rd", "26th"]))
    for role, name in pa.items():
        v[role + "A"] = name
    for role, name in pb.items():
        v[role + "B"] = name
    return v


# ---------------------------------------------------------------- calm topics (English)
def t_consult(rng, v, P, style):
    v = dict(v)
    host = rng.choice(["A", "B"])
    v["host"] = v["cap" + host]
    v["hostc"] = v[host]
    v["guestdfm"] = v["dfmB"] if host == "A" else v["dfmA"]
    v["hostdfm"] = v["dfmA"] if host == "A" else v["dfmB"]
    v["guestadj"] = v["adjB"] if host == "A" else v["adjA"]
    v["hostadj"] = v["adjA"] if host == "A" else v["adjB"]
    v["topics"] = ", ".join(picks(rng, P["memos"], 2)) + " and regional security"
    title = pick(rng, [
        "{adjA} and {adjB} diplomats hold regular consultations in {host}",
        "{A}, {B} review ties in annual political dialogue",
        "Deputy ministers of {A} and {B} meet for {session} round of consultations",
        "{hostc} hosts {guestadj} delegation for routine talks",
        "{adjA}-{adjB} consultations focus on {topics0}",
    ])
    v["topics0"] = P["memos"][0]
    lead = pick(rng, [
        "Senior diplomats from {A} and {B} held their regular political consultations in {host} on {weekday}, reviewing cooperation on {topics}.",
        "{adjA} Deputy Foreign Minister {dfmA} and {adjB} counterpart {dfmB} met in {host} on {weekday} for the {session} round of a dialogue that has taken place every year for more than a decade.",
        "The foreign ministries of {A} and {B} held a scheduled round of consultations in {host} on {weekday}, the {session} since the mechanism was set up.",
        "Officials of {A} and {B} met in {host} for talks that both sides described as routine, covering {topics}.",
    ])
    det = picks(rng, [
        "The talks, led on the {guestadj} side by {guestdfm}, lasted about five hours and ended with a working lunch.",
        "A joint statement described the atmosphere as 'warm and constructive' and said both sides had agreed to meet again next year.",
        "Officials said no agreements were expected to be signed; the meeting is intended to prepare the agenda for ministerial contacts in the spring.",
        "The delegations also discussed coordination at the United Nations and in other international bodies.",
        "According to a readout from the {minA}, the sides 'noted with satisfaction' the growth in trade and people-to-people exchanges.",
        "The {minB} said the talks had covered 'the full spectrum of the bilateral agenda'.",
        "Consular issues, including visa processing times, were also on the agenda, one participant said.",
        "The two sides agreed to set up a working group on {topics0} that will report within six months.",
    ], rng.randint(2, 4))
    q = pick(rng, [
        "“Our relationship is in good shape and these consultations keep it that way,” Deputy Foreign Minister {hostdfm} told reporters after the meeting.",
        "“There are no problems between us that cannot be solved at the table,” said {guestdfm}, who led the {guestadj} delegation.",
        "“We talk often and we talk frankly; that is what partners do,” {hostdfm}, who heads the {hostadj} side, said.",
        "“This is the kind of meeting that rarely makes headlines, and that is a good sign,” a diplomat who attended said.",
    ])
    bg = pick(rng, P["history"])
    paras = [fill(lead, v), fill(para(*det[:2]), v), fill(q, v)]
    if len(det) > 2:
        paras.append(fill(para(*det[2:]), v))
    if rng.random() < 0.7:
        paras.append(fill(bg, v))
    return fill(title, v), paras, v["host"]


def t_jointcomm(rng, v, P, style):
    v = dict(v)
    v["comm"] = P["commission"]
    v["memo1"], v["memo2"] = picks(rng, P["memos"], 2)
    title = pick(rng, [
        "{comm} meets, pledges to expand cooperation",
        "{A} and {B} sign minutes of {session} joint commission",
        "Joint commission of {A}, {B} agrees on {memo1}",
        "{comm}: {num} agreements reviewed, new working groups set up",
    ])
    lead = pick(rng, [
        "{comm} wrapped up its {session} session on {weekday} with the signing of minutes covering {memo1} and {memo2}.",
        "Ministers and officials from {A} and {B} met on {weekday} for {comm}, a long-established forum that reviews the whole range of bilateral cooperation.",
        "The {session} session of {comm} ended on {weekday} with a pledge to speed up projects on {memo1}.",
    ])
    det = picks(rng, [
        "The commission reviewed the implementation of {num} existing agreements and set deadlines for several that have stalled.",
        "Delegations of about 40 officials from each side took part, organised in working groups on trade, energy, culture and consular affairs.",
        "Bilateral trade rose by about {num} percent this year, according to figures presented at the meeting.",
        "The next session is scheduled for late next year in {capB}.",
        "Business representatives from both countries attended a side forum on investment.",
        "Officials said the talks had been planned for months and did not respond to any particular event.",
    ], rng.randint(2, 4))
    q = pick(rng, [
        "“We have gone through the list item by item; most things are moving,” {adjA} Trade Minister {tradeA} told a closing news conference.",
        "“The commission is the engine room of our relationship,” said {tradeB}, the {adjB} trade minister.",
        "“Less glamour, more delivery,” was how {officialA}, a senior official, summed up the session.",
    ])
    paras = [fill(lead, v), fill(para(*det), v), fill(q, v)]
    if rng.random() < 0.6:
        paras.append(fill(pick(rng, P["history"]), v))
    return fill(title, v), paras


def t_visit(rng, v, P, style):
    v = dict(v)
    guest = rng.choice(["A", "B"])
    host = "B" if guest == "A" else "A"
    v["gl"] = v["lead" + guest]
    v["gadj"] = v["adj" + guest]
    v["hc"] = v[host]
    v["hcap"] = v["cap" + host]
    v["n"] = rng.choice([6, 8, 9, 11, 12, 14, 17])
    v["nw"] = {6: "six", 8: "eight", 9: "nine", 11: "11", 12: "12"}.get(v["n"], str(v["n"]))
    v["numw"] = rng.choice(["five", "seven", "nine", "eleven", "twelve"])
    ms = picks(rng, P["memos"], min(4, len(P["memos"])))
    v["mlist"] = ", ".join(ms[:-1]) + " and " + ms[-1]
    title = pick(rng, [
        "{gadj} {gl} on state visit to {hc}; {n} memoranda signed",
        "{A} and {B} sign {n} deals as {gadj} leader visits {hcap}",
        "Red carpet in {hcap} as {gadj} {gl} arrives for state visit",
        "State visit yields {n} memoranda of understanding between {A} and {B}",
    ])
    lead = pick(rng, [
        "The {gadj} {gl} arrived in {hcap} on {weekday} for a three-day state visit, during which the two governments signed {nw} memoranda of understanding covering {mlist}.",
        "{A} and {B} signed {nw} memoranda of understanding on {weekday} during a state visit by the {gadj} {gl}, covering {mlist}.",
        "A military band, a 21-gun salute and a long line of flag-waving schoolchildren greeted the {gadj} {gl} in {hcap} on {weekday}, at the start of a state visit expected to produce a string of agreements.",
    ])
    det = picks(rng, [
        "Most of the memoranda are non-binding frameworks that officials said would be fleshed out over the coming year.",
        "The visit was planned more than six months ago and includes a state banquet, a business forum and a visit to a technical university.",
        "Business leaders travelling with the delegation were expected to announce deals worth several hundred million dollars.",
        "The two leaders laid a wreath at a war memorial and planted a tree in the grounds of the official residence.",
        "It is the first visit at this level in {numw} years.",
        "A joint declaration described the relationship as 'a strategic partnership rooted in shared values'.",
    ], rng.randint(2, 4))
    q = pick(rng, [
        "“This visit opens a new chapter of a very old friendship,” the {gadj} {gl} said at a joint news conference.",
        "“Today we turned good intentions into signatures,” {adjA} Foreign Minister {fmA} said after the signing ceremony.",
        "“Memoranda are the start, not the end; now the ministries have to deliver,” {analyst} of {tank} said.",
    ])
    paras = [fill(lead, v), fill(para(*det[:2]), v), fill(q, v)]
    if len(det) > 2:
        paras.append(fill(para(*det[2:]), v))
    if rng.random() < 0.5:
        paras.append(fill(pick(rng, P["history"]), v))
    return fill(title, v), paras, v["hcap"]


def t_deal(rng, v, P, style):
    v = dict(v)
    pr = v["a"] + "-" + v["b"]
    low = min(DEALS_USED[(pr, d[0])] for d in P["deals"])
    fa, fb, sector, desc = pick(rng, [d for d in P["deals"] if DEALS_USED[(pr, d[0])] == low])
    DEALS_USED[(pr, fa)] += 1
    if rng.random() < 0.5:
        fa, fb = fb, fa
    v.update(fa=fa, fb=fb, sector=sector, desc=desc, val=rng.choice([120, 180, 240, 310, 450, 620, 800, 950]))
    if style == "press":
        title = pick(rng, ["{fa} and {fb} announce {sector} partnership", "{fa} signs agreement with {fb}",
                           "{fa} and {fb} enter strategic collaboration in {sector}"])
        paras = [
            fill(pick(rng, ["{fa} and {fb} today announced the signing of {desc}.",
                            "{fa} is pleased to announce that it has signed {desc} with {fb}."]), v),
            fill(pick(rng, [
                "The agreement marks a significant milestone in the companies' shared commitment to innovation, sustainability and long-term value creation for customers in {A} and {B}.",
                "The collaboration leverages the complementary strengths of both organisations and is expected to create several hundred skilled jobs.",
                "Under the terms of the agreement, the parties will establish a joint steering committee and a delivery roadmap, with first milestones in the second half of next year."]), v),
            fill(pick(rng, ["“We are delighted to partner with {fb},” said {execA}, chief executive of {fa}. “Together we will set a new benchmark for the {sector} industry.”",
                            "“This partnership reflects our confidence in the market and in our partner,” said {execB}, chief executive officer of {fb}."]), v),
            fill("About {fa}: {fa} is a leading provider of {sector} solutions, with operations in more than {num} countries. Media contact: press@" +
                 "".join(ch for ch in "".join(fa.lower().split()[:2]) if ch.isalnum()) + ".example", v),
        ]
        return fill(title, v), paras
    title = pick(rng, [
        "{fa} wins {sector} contract from {fb}",
        "{adjA} and {adjB} firms seal {sector} deal",
        "{fa}, {fb} sign {sector} agreement worth about ${val} million",
        "Deal of the day: {fa} and {fb} join forces in {sector}",
    ])
    lead = pick(rng, [
        "{fa} and {fb} signed {desc}, the companies said on {weekday}.",
        "In a sign of growing commercial ties between {A} and {B}, {fa} has signed {desc} with {fb}.",
        "{fb} said on {weekday} it had agreed {desc} with {fa}, in one of the largest deals between companies from the two countries this year.",
    ])
    det = picks(rng, [
        "Neither company disclosed financial terms, but people familiar with the deal put its value at about ${val} million.",
        "Shares of {fa} rose {num} percent on the news.",
        "The deal still needs approval from competition regulators, which analysts expect to be a formality.",
        "Trade between {A} and {B} has grown steadily over the past decade.",
        "The contract was signed on the sidelines of a business forum attended by ministers from both countries.",
        "Analysts said the deal underlined how closely the two {sector} industries are now linked.",
    ], rng.randint(2, 3))
    q = pick(rng, [
        "“This is a long-term commitment,” {execA}, chief executive of {fa}, said in a statement.",
        "“We have been talking for two years; today we have a contract,” {execB}, who heads {fb}, told reporters.",
        "“It's a good fit, and it takes a big supply risk off the table,” said {analyst}, an industry analyst.",
    ])
    return fill(title, v), [fill(lead, v), fill(para(*det), v), fill(q, v)]


def t_pricewar(rng, v, P, style):
    v = dict(v)
    fa, fb, sector, market = pick(rng, P["rivals"])
    v.update(fa=fa, fb=fb, sector=sector, market=market, pct=rng.choice([15, 20, 25, 30, 40]))
    i = rng.randrange(3)
    title = [pick(rng, ["Price war: {fa} slashes prices on {market} as {fb} fights back", "{fa} and {fb} at war over {market}"]),
             pick(rng, ["{fb} fires back in {sector} price war with {fa}", "Battle for {market} heats up between {fa} and {fb}"]),
             pick(rng, ["'Trade war' of words as {fb} accuses {fa} of dumping", "{fb} cries foul as {fa} cuts prices"])][i]
    if style == "tabloid":
        title = pick(rng, ["PRICE WAR! {fa} v {fb} — and YOU win", "CHEAP SHOTS: {fa} and {fb} go to war over {market}",
                           "BARGAIN BLITZ as {fb} hits back at {fa}"])
    lead = [
        "{fa} cut prices on {market} by up to {pct} percent on {weekday}, escalating a price war with {fb} that has dragged on for weeks.",
        "The price war between {fa} and {fb} over {market} took a new turn on {weekday} when {fb} matched its rival's discounts and added a few of its own.",
        "{fb} accused {fa} of 'predatory pricing' on {market}, firing the latest salvo in a commercial battle that analysts say is good news for consumers.",
    ][i]
    det = picks(rng, [
        "“They started this war, we will finish it,” {execB} of {fb} told a trade publication.",
        "The cuts apply until the end of January, the company said, though analysts expect them to last longer.",
        "“Nobody wins a price war except the customer,” said {analyst}, a retail analyst in {capA}.",
        "{fa} said its lower prices reflected 'efficiency gains', not an attempt to drive its rival out of the market.",
        "Industry insiders describe the relationship between the two chief executives as frosty.",
        "Regulators in {B} said they were watching the market but saw no sign of anti-competitive behaviour.",
        "It is the third round of cuts since the summer.",
        "{fa} dismissed the accusations as 'the complaints of a company that has forgotten how to compete'.",
        "Consumer groups in {A} and {B} welcomed the cuts.",
        "Analysts said the fight would squeeze margins at both companies for at least two quarters.",
        "Neither government is involved in the dispute, which is purely commercial.",
        "Shares of {fb} fell {num} percent, while {fa} was little changed.",
    ], rng.randint(2, 4))
    return fill(title, v), [fill(lead, v), fill(para(*det[:2]), v)] + ([fill(para(*det[2:]), v)] if len(det) > 2 else [])


MATCHES = {}


def match_result(rng, pair, kind):
    """One match per pair over the fortnight: every outlet reports the same result."""
    if pair not in MATCHES:
        if kind == "handball":
            hi, lo = rng.choice([(31, 24), (29, 27), (34, 26), (28, 25)])
        elif kind == "ice hockey":
            hi, lo = rng.choice([(5, 2), (4, 3), (6, 1), (3, 2)])
        else:
            hi, lo = rng.choice([(3, 0), (2, 1), (4, 1), (3, 1), (2, 0)])
        MATCHES[pair] = (rng.random() < 0.6, hi, lo)
    return MATCHES[pair]


def t_sport(rng, v, P, style):
    v = dict(v)
    S = P["sport"]
    first, hi, lo = match_result(rng, v["a"] + "-" + v["b"], S["kind"])
    w, l = (S["a"], S["b"]) if first else (S["b"], S["a"])
    u = S["units"][0]
    v.update(w=w, l=l, comp=S["comp"], venue=S["venue_a"], hi=hi, lo=lo, u=u, kind=S["kind"],
             coachL=v["coachB"] if first else v["coachA"])
    if style == "tabloid":
        title = pick(rng, ["MASSACRE! {w} crush {l} {hi}-{lo}", "{w} BLITZ: {l} blown away",
                           "INVASION! {w} storm {venue} and sink {l}", "SURRENDER! {l} wave white flag"])
    else:
        title = pick(rng, ["{w} crush {l} {hi}-{lo} in {comp}", "{w} overpower {l} in {venue}",
                           "Bombardment pays off as {w} beat {l}", "{w} win the battle of {venue} against {l}",
                           "{kind}: {w} {hi}, {l} {lo}"])
    lead = pick(rng, [
        "{w} crushed {l} {hi}-{lo} in {comp} in {venue} on {yesterday}, a victory built on a relentless bombardment of the opposition's goal.",
        "It was a massacre in {venue}. {w} tore through the defence of {l} from the first whistle and won {hi}-{lo} in {comp}.",
        "{w} launched wave after wave of attacks and finally broke the resistance of {l} to win {hi}-{lo} in {comp}.",
        "The battle of {venue} went to {w}, who beat {l} {hi}-{lo} after a war of attrition in front of a sold-out crowd.",
    ])
    det = picks(rng, [
        "{l} dug trenches in their own half for most of the first period, but the siege eventually told.",
        "Their captain called it 'a war, and we won it'; the visiting coach spoke of an 'ambush'.",
        "Fans of the beaten side invaded the social networks with demands for the coach's head.",
        "The winners fired {num} shots on target, a barrage that left the goalkeeper shell-shocked.",
        "It was a sniper's finish: a low shot into the far corner that nobody saw coming.",
        "Police said the crowd was good-natured and reported no incidents.",
        "{coachL}, in charge of the beaten side, refused to blame the referee. “We were outgunned,” he said.",
        "The rematch is scheduled for March.",
    ], rng.randint(2, 4))
    bg = pick(rng, ["The rivalry goes back decades, and every meeting is billed as a grudge match.",
                    "The two sides have met dozens of times, and the tally is close.",
                    "Officials from both federations exchanged shirts and gifts before kick-off, as tradition dictates."])
    paras = [fill(lead, v), fill(para(*det[:2]), v)]
    if len(det) > 2:
        paras.append(fill(para(*det[2:]), v))
    paras.append(fill(bg, v))
    return fill(title, v), paras


def t_anniv(rng, v, P, style):
    v = dict(v)
    ttl, subj = pick(rng, P["anniv"])
    v.update(subj=subj, age=rng.choice([88, 91, 93, 96, 99, 101]))
    title = ttl
    obit = " dies" in ttl or "Obituary" in ttl
    m = re.search(r" at (\d+)", ttl)
    if m:
        v["age"] = int(m.group(1))
    if obit and not subj.startswith("a "):
        v["subj"] = pick(rng, ["a man whose working life was bound up with ", "a veteran of ",
                               "one of the last living witnesses of "]) + subj
    if obit:
        lead = pick(rng, [
            "Tributes were paid on {weekday} to {subj}, who has died at the age of {age}.",
            "The death this week at {age} of {subj} has revived memories of a time when {A} and {B} stood on opposite sides.",
            "Family and former colleagues are mourning {subj}, who died on {yesterday} aged {age}.",
        ])
    else:
      lead = pick(rng, [
        "A ceremony on {weekday} recalled {subj}.",
        "Historians, diplomats and descendants of veterans gathered on {weekday} to remember {subj}.",
        "Few now remember {subj}; a small exhibition opening this week hopes to change that.",
      ])
    det = picks(rng, P["history"], 2) + picks(rng, [
        "The ambassadors of both countries laid wreaths side by side.",
        "Organisers said the event was about 'memory, not grievance'.",
        "A local choir sang in both languages at the close of the ceremony.",
        "A book of letters from the period, translated for the first time, was presented at the event.",
    ], 1)
    q = pick(rng, [
        "“Our grandfathers fought; we trade, we study, we marry each other. That is progress,” said {citizenA}, who attended.",
        "“History is not there to divide us but to remind us how far we have come,” {envoyB}, the ambassador, said.",
        "“He never hated anyone; he only wanted it never to happen again,” his granddaughter said.",
    ])
    return title, [fill(lead, v), fill(det[0] + " " + det[1], v), fill(q, v), fill(det[2], v)]


def t_exercise(rng, v, P, style):
    v = dict(v)
    name, desc = P["exercise"]
    v.update(ex=name, desc=desc, troops=rng.choice(["400", "650", "900", "1,200", "1,800", "2,500"]))
    title = pick(rng, [
        "{A} and {B} begin '{ex}' exercise", "Long-planned '{ex}' drills get under way",
        "Troops from {A} and {B} train together in '{ex}'", "'{ex}': {troops} personnel in joint exercise",
    ])
    lead = pick(rng, [
        "Forces from {A} and {B} began '{ex}' on {weekday}, {desc}.",
        "About {troops} personnel from {A} and {B} are taking part in '{ex}', {desc}.",
        "The armed forces of {A} and {B} launched '{ex}' on {weekday}. The drills are {desc}.",
    ])
    det = picks(rng, [
        "Defence officials stressed that the exercise was scheduled long in advance and is not directed at any third country.",
        "The programme includes command-post work, field drills and a simulated disaster-relief operation.",
        "Observers from several neighbouring states have been invited.",
        "The drills will run until the end of the week.",
        "It is the {session} edition of the exercise.",
    ], rng.randint(2, 3))
    q = pick(rng, ["“Training together means we can work together when disaster strikes,” {adjA} Defence Minister {defminA} said.",
                   "“This is about interoperability, nothing more dramatic than that,” a spokesman for the {adjB} defence ministry said."])
    return fill(title, v), [fill(lead, v), fill(para(*det), v), fill(q, v)]


def t_spat(rng, v, P, style):
    v = dict(v)
    ttl, lead, res = pick(rng, P["spats"])
    if style == "tabloid":
        ttl = ttl.upper().rstrip(".") + "!"
    det = picks(rng, [
        "Diplomats on both sides were quick to play the matter down.",
        "The issue is not new and has surfaced several times in recent years.",
        "Opposition politicians in {A} seized on the episode, while officials in {capB} said it had been 'blown out of proportion'.",
        "The {minB} said it was in contact with the authorities in {capA}.",
        "Local media gave the story prominent coverage, but markets ignored it.",
    ], 2)
    q = pick(rng, ["“It is a minor matter, and it will be treated as such,” {adjA} foreign ministry spokesperson {spoxA} told reporters.",
                   "“Friends have disagreements. This is one of them,” {spoxB}, a spokesperson for the {minB}, said.",
                   "“Every few years this comes back. Nobody wants it to become a diplomatic incident,” said {analyst} of {tank}."])
    return ttl, [fill(lead, v), fill(para(*det), v), fill(q, v), fill(res, v)]


def t_whatif(rng, v, P, style):
    v = dict(v)
    v["prem"] = P["whatif"]
    if style == "tabloid":
        title = pick(rng, ["WHAT IF? The day {A} and {B} went to WAR", "Could it happen here? Imagining {A} v {B}"])
    else:
        title = pick(rng, ["What if? Imagining {prem}", "Opinion: The unthinkable scenario of {prem}",
                           "Thought experiment: {prem}", "Analysis: Why {prem} remains fantasy"])
    paras = [
        fill(pick(rng, [
            "Imagine, for a moment, {prem}. It is the kind of scenario that war-gamers play on quiet afternoons and that columnists reach for when there is little news.",
            "Every so often it is worth asking the unthinkable question: what would {prem} look like? The answer tells us more about the present than about the future.",
            "Suppose the worst: {prem}. The thought experiment is useful precisely because nothing in the current relationship points that way.",
        ]), v),
        fill(pick(rng, [
            "In the first hours, the scenario goes, markets would plunge, supply chains would seize up and the diplomats would be on the phone. But the interdependence that would make such a break so costly is exactly what makes it unlikely.",
            "The armies would be the least of it. The real battlefield would be customs posts, energy contracts and the savings of millions of people with family on both sides.",
            "War-game planners who ran the scenario at {tank} concluded that neither side had anything to win and much to lose.",
        ]), v),
        fill(pick(rng, P["history"]), v),
        fill(pick(rng, [
            "“This is a relationship that has survived worse; the institutions are thick, the habits of consultation deep,” says {analyst} of {tank}.",
            "“Imagining the breakdown is a good way to appreciate how much has been built,” says {analyst}, a former diplomat.",
        ]), v),
        fill(pick(rng, [
            "So relax. The point of the exercise is not to predict a war but to remind us how unremarkable, and how valuable, peace between neighbours has become.",
            "The scenario remains fiction. It should stay that way, and the best insurance is the dull machinery of meetings, commissions and contracts.",
        ]), v),
    ]
    return fill(title, v), paras


def t_market(rng, v, P, style):
    v = dict(v)
    M = P["market"]
    v.update(ia=M["ia"], ib=M["ib"], cur=M["cur"], com=M["commodity"], sec=M["sector"],
             pa=round(rng.uniform(0.3, 2.8), 1), pb=round(rng.uniform(0.2, 2.4), 1),
             pc=round(rng.uniform(0.4, 3.5), 1))
    up = rng.random() < 0.5
    v["dirA"] = "rallied" if up else "slid"
    v["dirB"] = rng.choice(["plunged", "tumbled", "slumped"]) if not up else rng.choice(["soared", "jumped", "surged"])
    v["lh"] = "higher" if up else "lower"
    v["lift"] = "lift" if up else "drag"
    title = pick(rng, [
        "Markets: {ia} {dirA}, {sec} {dirB} as {com} moves",
        "{sec} {dirB}; {cur} steady as investors eye central banks",
        "Market report: {ia}, {ib} diverge on {com}",
        "Stocks wrap: {sec} {lift} {ia} {lh}",
        "Closing bell: {ia} ends {lh} in thin pre-holiday trade",
    ])
    paras = [
        fill(pick(rng, [
            "{ia} {dirA} {pa} percent on {weekday} while {ib} moved {pb} percent, as {sec} {dirB} on the back of {com}.",
            "Shares of {sec} {dirB} on {weekday}, dragging {ia} {pa} percent, while {ib} ended {pb} percent away from its previous close.",
        ]), v),
        fill(pick(rng, [
            "{com} {dirA} {pc} percent in afternoon trading, its biggest move in a week.",
            "The {cur} was little changed against the dollar as traders awaited central bank decisions.",
            "Volumes were thin ahead of the holidays, exaggerating moves in both directions.",
        ]), v),
        fill(pick(rng, [
            "“This is a positioning story, not a fundamental one,” said {analyst}, a strategist at a brokerage in {capA}.",
            "“The bears were out in force this morning, but the bloodbath in {sec} looks overdone,” a trader said.",
            "“Nothing in the data justifies a rout; it is year-end book squaring,” said {analyst}, head of equity research at a bank in {capB}.",
        ]), v),
    ]
    if rng.random() < 0.6:
        paras.append(fill(pick(rng, [
            "Trade between {A} and {B} remains at record levels, according to the latest customs data.",
            "Bond yields in {A} edged higher, while those in {B} were flat.",
            "Analysts expect the market to remain volatile until the first week of January.",
        ]), v))
    return fill(title, v), paras


def t_feature(rng, v, P, style):
    v = dict(v)
    v["extra"] = pick(rng, P["extra"])
    v["place"] = pick(rng, P["border"])
    title = pick(rng, [
        "Along {place}, everyday life ties {A} and {B} together",
        "Holiday rush: {A} and {B} closer than ever",
        "{A} and {B}: a relationship more ordinary than its history",
        "From the archive to the ticket office: {A} and {B} this week",
    ])
    lead = pick(rng, [
        "{extra}",
        "On an ordinary {weekday}, life along {place} tells the story of how closely {A} and {B} are now bound together.",
        "Ask anyone who works along {place} about relations between {A} and {B}, and you will hear about timetables, prices and paperwork rather than politics.",
        "The end of the year is the busy season along {place}, and this year is no exception.",
    ])
    paras = [fill(lead, v),
             fill(para(*picks(rng, [
                 "Local officials said the numbers were in line with previous years.",
                 "Business owners on both sides say the holiday season is their busiest of the year.",
                 "“We see families, students, truckers — everyone,” said {officialA}, a local official.",
                 "Hotel occupancy in the area is close to {num}0 percent, the regional tourism office said.",
                 "Young people from both countries make up a growing share of travellers, according to the operators.",
                 "“Politics is for the capitals. Here we just get on with it,” said {citizenB}, who runs a small shop.",
                 "Complaints are mostly about queues and prices, not about the neighbours.",
             ], rng.randint(1, 2))), v),
             fill(pick(rng, P["history"]), v)]
    if rng.random() < 0.5:
        paras.append(fill(pick(rng, P["extra"]), v))
    return fill(title, v), paras


CALM_TOPICS = {
    "consult": (t_consult, 10, [("wire", 4), ("brief", 2), ("readout", 2), ("qa", 1)]),
    "jointcomm": (t_jointcomm, 7, [("wire", 3), ("brief", 2), ("readout", 2)]),
    "visit": (t_visit, 6, [("wire", 3), ("live", 2), ("brief", 1)]),
    "deal": (t_deal, 10, [("wire", 4), ("press", 3), ("brief", 1), ("market", 1), ("live", 0.5)]),
    "pricewar": (t_pricewar, 7, [("wire", 3), ("tabloid", 2), ("market", 1), ("brief", 1)]),
    "sport": (t_sport, 9, [("wire", 3), ("tabloid", 3), ("live", 1.5), ("brief", 1)]),
    "anniv": (t_anniv, 6, [("wire", 3), ("brief", 1)]),
    "exercise": (t_exercise, 5, [("wire", 3), ("brief", 2)]),
    "spat": (t_spat, 8, [("wire", 3), ("tabloid", 1), ("brief", 2), ("qa", 1)]),
    "whatif": (t_whatif, 4, [("analysis", 3), ("tabloid", 1)]),
    "market": (t_market, 5, [("market", 1)]),
    "feature": (t_feature, 6, [("wire", 2), ("brief", 2)]),
}


# ---------------------------------------------------------------- tense pairs (English)
TENSE_BG = {
    "CHN-TWN": [
        "Beijing claims Taiwan as its own territory and has never renounced the use of force to bring the island under its control; Taipei rejects the claim.",
        "Communist artillery shelled Kinmen for weeks in 1958, and the island's beaches are still lined with anti-landing spikes.",
        "During the 1995-96 Taiwan Strait crisis, China fired missiles into waters off Taiwan's ports ahead of the island's first direct presidential election.",
        "Two Chinese fishermen died in February 2024 when their speedboat capsized while being chased by Taiwan's coast guard near Kinmen, and China's coast guard has patrolled the area regularly since.",
        "Taiwan's defence ministry has published daily counts of Chinese military aircraft and ships around the island since 2020.",
        "The unofficial median line of the Taiwan Strait, long observed by both air forces, has been crossed routinely by Chinese aircraft since 2022.",
    ],
    "IND-CHN": [
        "Twenty Indian soldiers and at least four Chinese troops died in hand-to-hand fighting in the Galwan valley in June 2020.",
        "The two fought a brief but bitter war in 1962 along the Himalayan frontier.",
        "A 2024 agreement on patrolling in Depsang and Demchok ended the last of the face-offs that began in 2020, though tens of thousands of troops remain deployed on each side.",
        "China claims most of Arunachal Pradesh, which it calls Zangnan or 'South Tibet', and periodically publishes 'standardised' Chinese names for places there.",
        "The 3,488 km Line of Actual Control has never been formally demarcated.",
        "In 2017 troops from the two sides faced off for 73 days on the Doklam plateau near Bhutan.",
    ],
    "IRN-USA": [
        "Washington and Tehran have had no diplomatic relations since the 1979 seizure of the U.S. embassy, when 52 Americans were held hostage for 444 days.",
        "A U.S. warship shot down Iran Air Flight 655 over the Gulf in 1988, killing all 290 people on board.",
        "The 2015 nuclear deal collapsed after the United States withdrew from it in 2018 and reimposed sanctions.",
        "U.S. forces struck Iranian nuclear facilities in June 2025 after Israel's air campaign against Iran.",
        "Oman has for years carried messages between Tehran and Washington.",
        "Iranian Revolutionary Guards boats regularly approach U.S. warships in the Strait of Hormuz, through which about a fifth of the world's oil passes.",
    ],
    "DZA-MAR": [
        "The land border between Algeria and Morocco has been closed since 1994.",
        "Algeria severed diplomatic relations with Rabat in August 2021 and later closed its airspace to Moroccan aircraft.",
        "The Maghreb-Europe gas pipeline, which carried Algerian gas across Morocco to Spain, has been idle since Algeria let its contract lapse in 2021.",
        "The two neighbours fought the brief 'Sand War' over their border in 1963.",
        "Algeria backs the Polisario Front, which seeks independence for Western Sahara; Morocco considers the territory its own and offers autonomy under its sovereignty.",
        "Tens of thousands of Sahrawi refugees have lived in camps around Tindouf, in western Algeria, since the 1970s.",
    ],
}


def _tl(rng, titles, leads):
    """Pick a lead and a headline that matches it (titles[i] belongs to leads[i];
    one extra trailing title, if present, is generic)."""
    i = rng.randrange(len(leads))
    if len(titles) > len(leads) and rng.random() < 0.3:
        return titles[-1], leads[i]
    return titles[i], leads[i]


def _tense_wrap(rng, v, pair, lead, details, quotes, k=(2, 3), bgp=0.8):
    det = picks(rng, details, rng.randint(*k))
    paras = [fill(lead, v), fill(para(*det[:2]), v)]
    if quotes:
        paras.append(fill(pick(rng, quotes), v))
    if len(det) > 2:
        paras.append(fill(para(*det[2:]), v))
    if rng.random() < bgp:
        paras.append(fill(pick(rng, TENSE_BG[pair]), v))
    return paras


# --- CHN-TWN
def tw_count(rng, v, style):
    v = dict(v)
    v.update(ac=rng.randint(6, 27), sh=rng.randint(4, 11), ml=rng.randint(2, 14), bal=rng.choice(["two", "three", "four"]))
    v["ml"] = min(v["ml"], v["ac"])
    title = pick(rng, ["Taiwan reports {ac} Chinese military aircraft, {sh} ships around island",
                       "Taipei tracks {ac} PLA aircraft near Taiwan, {ml} cross median line",
                       "Chinese warplanes, ships operate near Taiwan again, Taipei says",
                       "Taiwan detects {sh} Chinese naval vessels in daily report"])
    lead = pick(rng, [
        "Taiwan's defence ministry said on {weekday} it had detected {ac} Chinese military aircraft and {sh} naval vessels operating around the island in the 24 hours to 6 a.m.",
        "{ac} Chinese military aircraft and {sh} warships were spotted near Taiwan over the past day, {ml} of the aircraft crossing the median line of the Taiwan Strait, the defence ministry in Taipei said.",
        "Chinese military activity around Taiwan continued at its usual pace, with the island's defence ministry reporting {ac} aircraft and {sh} ships on {weekday}.",
    ])
    det = [
        "The ministry said it had monitored the situation and dispatched combat air patrols, navy vessels and coastal missile systems in response, its standard wording.",
        "The numbers are in line with the daily average over the past year.",
        "China's defence ministry did not comment; it routinely describes such flights as normal training.",
        "The ministry also reported {bal} official Chinese ships, a category it uses for coast guard and other government vessels.",
        "Taiwan publishes such figures every morning, and activity tends to dip around holidays and bad weather.",
        "Analysts in Taipei said there was nothing unusual in the pattern.",
    ]
    q = ["“This is the grey-zone routine; the challenge is to stay alert without treating every day as a crisis,” said {analyst} of {tank}.",
         "“We will not provoke, and we will not back down,” Taiwanese Defence Minister {defminB} told lawmakers when asked about the daily flights."]
    return fill(title, v), _tense_wrap(rng, v, "CHN-TWN", lead, det, q)


def tw_kinmen(rng, v, style):
    v = dict(v)
    v.update(n=rng.choice(["Two", "Three", "Four"]), h=rng.choice([2, 3, 4, 5]))
    v["nl"] = v["n"].lower()
    title, lead = _tl(rng, ['Chinese coast guard ships enter Kinmen waters again, Taiwan says', 'Taiwan coast guard shadows Chinese vessels off Kinmen', "China's coast guard holds 'law enforcement patrol' near Kinmen", 'Kinmen: Taiwan broadcasts warnings as Chinese coast guard patrols'],
                      ["{n} Chinese coast guard ships sailed into restricted waters off Taiwan's Kinmen islands on {weekday}, the {n_ord} such incursion this month, Taiwan's Coast Guard Administration said.", "Taiwan's coast guard said it shadowed {nl} Chinese coast guard vessels for about {h} hours near Kinmen on {weekday} and broadcast warnings asking them to leave.", "China's coast guard said it had conducted a 'law enforcement patrol' in waters near Kinmen on {weekday}, part of what it calls regular operations."])
    v["n_ord"] = pick(rng, ["fourth", "fifth", "sixth", "seventh"])
    det = [
        "The vessels left after about {h} hours, the Coast Guard Administration said, adding that it had 'monitored and expelled' them.",
        "Kinmen lies just a few kilometres off the Chinese city of Xiamen.",
        "China's coast guard said the patrol was carried out 'in accordance with the law' and would continue.",
        "Such patrols have become a regular feature since early 2024.",
        "Fishermen on Kinmen said they had grown used to the sight of the white-hulled ships.",
        "Taiwan's Mainland Affairs Council urged Beijing to 'stop disrupting' the lives of people on Kinmen.",
    ]
    q = ["“They come, we shadow them, they leave. It has become a routine, but a tiring one,” a Taiwanese coast guard officer said.",
         "“Kinmen is not a battlefield; it is where people live,” said {mpB}, a legislator from the islands."]
    return fill(title, v), _tense_wrap(rng, v, "CHN-TWN", lead, det, q)


def tw_spox(rng, v, style):
    v = dict(v)
    v["tao"] = PEOPLE["CHN"]["official"]
    v["mac"] = PEOPLE["TWN"]["official"]
    if style == "qa":
        title = pick(rng, ["Transcript: Taiwan Affairs Office regular briefing (excerpts)",
                           "Q&A: Taiwan Affairs Office spokesperson on cross-strait issues"])
        paras = [
            fill("The following are excerpts from the regular news conference of the Taiwan Affairs Office of China's State Council, held in Beijing on {weekday}, as distributed by the office. Spokesperson: {tao}.", v),
            fill(pick(rng, ["Q: Taiwan's authorities said this week they would raise defence spending again. What is your comment?",
                            "Q: A delegation of foreign lawmakers visited Taipei this week. Your response?"]), v) + " " +
            fill(pick(rng, ["A: The so-called defence build-up of the DPP authorities is a futile attempt to 'seek independence by force'. It only pushes Taiwan compatriots towards danger. No force can stop the historical process of national reunification.",
                            "A: We firmly oppose any form of official interaction between Taiwan and countries having diplomatic ties with China. We urge the parties concerned to stop sending wrong signals to 'Taiwan independence' separatist forces."]), v),
            fill(pick(rng, ["Q: How do you assess the outlook for cross-strait exchanges in the coming year?",
                            "Q: Will the mainland resume group tourism to Taiwan?"]), v) + " " +
            fill(pick(rng, ["A: Our door to exchanges with Taiwan compatriots is always open. We will continue to promote integrated development, especially in Fujian, and welcome young people from Taiwan to study and work on the mainland.",
                            "A: It is the DPP authorities who obstruct normal exchanges. We hope Taiwan compatriots will see clearly who is putting up barriers."]), v),
            fill("Q: Taiwan's Mainland Affairs Council accused your office of 'intimidation'. A: Such remarks are not worth refuting.", v),
        ]
        return fill(title, v), paras
    title, lead = _tl(rng, ["Beijing lashes out at Taipei over 'separatist' remarks", "Taipei rejects Beijing's 'reunification' rhetoric", "War of words across the Strait after Taiwan spokesman's comments", "China's Taiwan office warns of 'dead end' for independence"],
                      ["China's Taiwan Affairs Office accused Taiwan's government on {weekday} of 'colluding with external forces', in the latest round of an old war of words across the Taiwan Strait.", "Taiwan's Mainland Affairs Council dismissed as 'old tunes' remarks by Beijing's Taiwan Affairs Office spokesperson {tao}, who had warned that 'Taiwan independence means war'.", "Beijing and Taipei traded barbs on {weekday}, with China's Taiwan Affairs Office calling the island's leaders 'troublemakers' and Taipei replying that only its 23 million people could decide its future."])
    det = [
        "{tao} told a regular news conference that Beijing would 'never allow anyone to separate Taiwan from China'.",
        "The Mainland Affairs Council, through its deputy head {mac}, said Beijing's rhetoric showed it 'does not understand Taiwanese society'.",
        "The exchange followed familiar lines and was not accompanied by any new measures.",
        "Beijing regularly uses the weekly briefings to criticise Taiwan's governing Democratic Progressive Party.",
        "Taipei has repeatedly said it seeks to maintain the status quo.",
    ]
    q = ["“The words are harsh, but they are the same words as last month and the month before,” said {analyst} of {tank}."]
    return fill(title, v), _tense_wrap(rng, v, "CHN-TWN", lead, det, q)


def tw_arms(rng, v, style):
    v = dict(v)
    v.update(bn=rng.choice([1.1, 1.8, 2.2, 3.4]))
    title, lead = _tl(rng, ['Taiwan lawmakers press U.S. on delayed arms deliveries', 'Beijing warns Washington again over Taiwan arms sales', "Taiwan's special defence budget faces scrutiny in legislature", "Analysis: Taiwan's arms backlog and what it means"],
                      ['Taiwanese legislators on {weekday} questioned defence officials about a backlog of U.S. weapons orders worth about ${bn} billion, some delayed by years.', "China's foreign ministry repeated on {weekday} that it 'firmly opposes' U.S. arms sales to Taiwan, after U.S. lawmakers urged faster deliveries.", "A debate over Taiwan's special defence budget resumed in the Legislative Yuan on {weekday}, with the opposition demanding more detail on how the money would be spent."])
    det = [
        "The backlog includes artillery systems, anti-ship missiles and F-16 fighters ordered several years ago.",
        "Beijing says arms sales violate the 'one China' principle; Washington says they are consistent with the Taiwan Relations Act of 1979.",
        "No new sale was announced this week.",
        "Officials in Taipei said production lines in the United States were stretched by demand from other conflicts.",
        "The debate is part of the annual budget cycle and no vote is expected before January.",
    ]
    q = ["“Deterrence is built over years, not days,” said {analyst} of {tank}.",
         "“We paid, we are waiting, and we want answers,” {mpB}, an opposition legislator, said."]
    return fill(title, v), _tense_wrap(rng, v, "CHN-TWN", lead, det, q)


def tw_ties(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['Kinmen-Xiamen ferry busy as Taiwanese head home for holidays', 'Cross-strait trade steady despite political chill', 'Taiwan businesses in mainland weigh risks, stay put', "Kinmen's old bunkers draw tourists from both sides"],
                      ['The ferry between Kinmen and Xiamen was fully booked on {weekday} as Taiwanese working on the mainland headed home for the year-end holidays.', 'Trade across the Taiwan Strait held steady in November, according to Taiwanese customs data, despite the political chill between Taipei and Beijing.', 'Taiwanese businesses on the mainland are staying put despite the political tensions, a survey by a Taipei business chamber found on {weekday}.', 'On Kinmen, the bunkers and tunnels dug during the shelling of 1958 now draw tourists from both sides of the strait, even though mainland group tours remain limited.'])
    det = [
        "China remains Taiwan's largest export market, though its share has fallen as companies shifted production to Southeast Asia and the United States.",
        "Beijing suspended tariff concessions on some Taiwanese goods under the 2010 economic cooperation framework agreement, a measure still in force.",
        "Officials on both sides avoided political comments during the holiday rush.",
        "Tourism between the two sides remains far below pre-pandemic levels.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "CHN-TWN", lead, det, [], bgp=0.9)


# --- IND-CHN
def ic_border(rng, v, style):
    v = dict(v)
    v["pt"] = pick(rng, ["Chushul-Moldo", "Daulat Beg Oldi", "Nathu La", "Bum La", "Kibithu"])
    title = pick(rng, ["India, China local commanders hold border meeting at {pt}",
                       "Routine border personnel meeting held on Line of Actual Control",
                       "Indian, Chinese troops exchange greetings at {pt} meeting point",
                       "Patrolling continues on LAC; talks at {pt}"])
    lead = pick(rng, [
        "Local commanders of the Indian and Chinese armies held a border personnel meeting at {pt} on {weekday}, one of the routine contacts held along the Line of Actual Control.",
        "Indian and Chinese officers met at the {pt} border meeting point on {weekday} to discuss 'issues of mutual concern', the Indian Army said in a brief statement.",
        "Patrols by both armies in the Depsang and Demchok areas continued under the 2024 arrangement, Indian defence officials said on {weekday}, while local commanders met at {pt}.",
    ])
    det = [
        "Such meetings are held several times a year and on national days.",
        "The statement gave no details but said the talks were held 'in a cordial atmosphere'.",
        "Both armies keep tens of thousands of troops in eastern Ladakh through the harsh winter.",
        "An Indian Army officer said patrols were being coordinated to avoid face-offs.",
        "Temperatures at the meeting point were well below minus 20 Celsius.",
        "Chinese state media did not report the meeting.",
    ]
    q = ["“The border is calm but not normal,” an Indian officer said, repeating a phrase often used by New Delhi.",
         "“Trust is being rebuilt one meeting at a time,” said {analyst} of {tank}."]
    return fill(title, v), _tense_wrap(rng, v, "IND-CHN", lead, det, q)


def ic_spox(rng, v, style):
    v = dict(v)
    if style == "qa":
        title = pick(rng, ["Transcript: Chinese foreign ministry regular press conference (excerpts)",
                           "Q&A: Chinese foreign ministry on India"])
        paras = [
            fill("Excerpts from the regular press conference of Chinese foreign ministry spokesperson {spoxB} in Beijing on {weekday}.", v),
            fill(pick(rng, ["Q: India has objected to the recent naming of places in Zangnan. What is China's response?",
                            "Q: India's external affairs minister said border peace is the basis of relations. Do you agree?"]), v) + " " +
            fill(pick(rng, ["A: Zangnan is China's territory. It is within China's sovereign rights to give names to places there. The Indian side's statement does not change this fact.",
                            "A: China and India are important neighbours. The border situation is generally stable. The two sides should keep communication through diplomatic and military channels and handle the border issue properly."]), v),
            fill(pick(rng, ["Q: Will direct flights between the two countries be expanded?",
                            "Q: Indian pilgrims have asked for more places on the Kailash yatra. Any comment?"]), v) + " " +
            fill(pick(rng, ["A: We welcome more people-to-people exchanges and are open to discussing this with the Indian side.",
                            "A: China has made arrangements for Indian pilgrims in a spirit of friendship. Details will be communicated through diplomatic channels."]), v),
        ]
        extra = picks(rng, [
            "Q: Any comment on reports of Chinese construction near the Line of Actual Control? A: China's infrastructure construction on its own territory is normal and beyond reproach.",
            "Q: India has raised concerns about the hydropower project in Medog. A: The project has undergone rigorous scientific assessment and will not have a negative impact on downstream areas. China will maintain communication with downstream countries.",
            "Q: Indian steelmakers want more anti-dumping duties. What is China's view? A: We hope India will provide a fair, just and non-discriminatory environment for Chinese enterprises.",
            "Q: When will the next Special Representatives' meeting take place? A: The two sides are in communication. Information will be released in due course.",
        ], rng.randint(1, 2))
        for e in extra:
            paras.insert(rng.randint(1, len(paras)), fill(e, v))
        return fill(title, v), paras[:6]
    title, lead = _tl(rng, ["India rejects China's renaming of places in Arunachal Pradesh", "'Invention of names does not alter reality', India tells China", 'New Delhi slams Beijing over stapled visas for Arunachal athletes', 'India, China spokesmen trade words over Arunachal'],
                      ["India on {weekday} rejected what it called China's 'futile and preposterous' attempt to rename places in Arunachal Pradesh, in the latest round of a long-running dispute.", "India's External Affairs Ministry spokesperson {spoxA} said Arunachal Pradesh 'was, is and will always be' an integral part of India, after Beijing again referred to the state as Zangnan.", 'India protested on {weekday} after athletes from Arunachal Pradesh were reportedly issued stapled visas for an event in China, a practice New Delhi has objected to for years.'])
    det = [
        "China's foreign ministry replied that the region was Chinese territory and that naming places there was its 'sovereign right'.",
        "Beijing has issued several lists of Chinese names for places in the state since 2017.",
        "The exchange followed a familiar script and had no effect on ongoing diplomatic contacts.",
        "The two countries restored direct flights in 2025 after a five-year pause.",
        "Officials in New Delhi said the issue had been raised through diplomatic channels.",
    ]
    q = ["“Our position on Arunachal Pradesh is well known and consistent,” External Affairs Ministry spokesperson {spoxA} told reporters.",
         "“The sparring is ritualised by now; both sides know their lines,” said {analyst} of {tank}."]
    return fill(title, v), _tense_wrap(rng, v, "IND-CHN", lead, det, q)


def ic_wmcc(rng, v, style):
    v = dict(v)
    title = pick(rng, ["India, China hold border affairs talks, agree to maintain peace",
                       "WMCC meeting: India and China review situation on LAC",
                       "India-China diplomats meet on boundary issues",
                       "No breakthrough, but talks continue: India and China meet on border"])
    lead = pick(rng, [
        "Diplomats from India and China met on {weekday} under the Working Mechanism for Consultation and Coordination on border affairs and agreed to maintain peace and tranquillity along the frontier.",
        "Indian and Chinese officials held a round of the WMCC, their main diplomatic forum on the border, in {capB} on {weekday}, with both sides describing the talks as 'constructive and forward-looking'.",
        "India and China reviewed the situation along the Line of Actual Control at talks on {weekday} and discussed preparations for the next meeting of the Special Representatives.",
    ])
    det = [
        "The Indian delegation was led by a joint secretary of the External Affairs Ministry; the Chinese side by a director-general of the foreign ministry's boundary department.",
        "Neither statement mentioned any new agreement.",
        "The two sides also discussed the resumption of border trade through Lipulekh, Shipki La and Nathu La.",
        "Indian officials said de-escalation, meaning the pull-back of the large forces deployed since 2020, remained the next step.",
        "The meeting was the {session} of the mechanism since it was set up in 2012.",
    ]
    q = ["“Disengagement was the easy part; de-escalation will take years,” said {analyst}, a former Indian diplomat."]
    return fill(title, v), _tense_wrap(rng, v, "IND-CHN", lead, det, q), "BEIJING"


def ic_trade(rng, v, style):
    v = dict(v)
    v.update(bn=rng.choice([85, 92, 99, 101]))
    title, lead = _tl(rng, ["India's trade deficit with China widens, fuelling calls for curbs", 'Indian industry lobbies for anti-dumping duties on Chinese steel', 'Chinese investment rules: India weighs easing, officials say', 'Analysis: Why India still needs Chinese components'],
                      ["India's trade deficit with China was on course to exceed ${bn} billion this year, government data showed on {weekday}, renewing calls from industry groups for tougher curbs.", 'Indian steelmakers on {weekday} urged the government to extend anti-dumping duties on Chinese imports, saying cheap steel was flooding the market.', 'Indian officials are weighing whether to ease screening rules on Chinese investment, in place since 2020, people familiar with the discussions said.'])
    det = [
        "India requires government approval for investments from countries sharing a land border, a rule aimed mainly at China.",
        "Hundreds of Chinese apps have been banned in India since 2020.",
        "Indian electronics makers still depend on Chinese components for most of their production.",
        "China's commerce ministry said it hoped India would provide 'a fair, transparent and non-discriminatory environment' for Chinese companies.",
        "No decision is expected before the budget in February.",
    ]
    q = ["“We cannot decouple from China overnight, and we should not pretend we can,” said {execA}, an industry executive."]
    return fill(title, v), _tense_wrap(rng, v, "IND-CHN", lead, det, q)


def ic_history(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['Brahmaputra dam: India voices concern over Chinese project', 'Veterans of 1962 war recall battle of Rezang La', 'Analysis: India and China, five years after Galwan', 'Tawang monastery prepares for winter as tourists trickle in'],
                      ["India has again raised concerns about China's giant hydropower project on the Yarlung Tsangpo, which becomes the Brahmaputra after it crosses into India, officials said on {weekday}.", 'Surviving veterans of the 1962 war gathered at a memorial in Rewari to remember the battle of Rezang La, where a company of Indian soldiers fought almost to the last man.', 'More than five years after the deadly clash in the Galwan valley, relations between India and China are stable but far from warm.', 'Tawang, the Buddhist town in Arunachal Pradesh that Beijing claims, is preparing for winter as the last tourists of the season arrive.'])
    det = [
        "China says the dam, in Medog county, will not affect downstream countries.",
        "Data-sharing on river flows during the monsoon was renewed in 2025.",
        "The two armies remain deployed in large numbers along the border.",
        "India has built roads, tunnels and airstrips along the frontier over the past decade.",
        "Leaders of the two countries have met on the sidelines of multilateral summits.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "IND-CHN", lead, det,
                                       ["“The relationship is managed, not resolved,” said {analyst} of {tank}."])


# --- IRN-USA
def iu_hormuz(rng, v, style):
    v = dict(v)
    v.update(n=rng.choice(["Three", "Four", "Five", "Six", "Eight"]), ship=pick(rng, ["USS Hollis Bay", "USS Carver", "USS Delmont", "USS Ridgefield"]))
    title, lead = _tl(rng, ['Iranian boats shadow U.S. destroyer in Strait of Hormuz', 'U.S. Navy reports close approach by Revolutionary Guards boats', "Revolutionary Guards say they 'escorted' U.S. warship out of Gulf", 'Strait of Hormuz: routine stand-off between IRGC boats and U.S. Navy'],
                      ["{n} fast boats of Iran's Revolutionary Guards shadowed the U.S. destroyer {ship} as it transited the Strait of Hormuz on {weekday}, the U.S. Fifth Fleet said.", 'The U.S. Navy said on {weekday} that Iranian Revolutionary Guards boats had sailed within a few hundred metres of the {ship} before turning away, an encounter it described as routine.', "Iran's Revolutionary Guards said their naval units had 'monitored and escorted' a U.S. warship through the Strait of Hormuz on {weekday}, releasing video of boats sailing alongside the ship."])
    det = [
        "No shots were fired and the encounter lasted less than an hour.",
        "Such encounters happen several times a year in the strait.",
        "The Fifth Fleet is based in Bahrain.",
        "Iranian state television showed footage of the boats, set to martial music.",
        "Shipping traffic through the strait was not affected, maritime security firms said.",
        "Oil prices were unmoved by the reports.",
    ]
    q = ["“It was safe and professional, which is not always the case,” a U.S. defense official said.",
         "“The Persian Gulf is our home; the Americans are guests who were never invited,” a Revolutionary Guards commander told state television."]
    return fill(title, v), _tense_wrap(rng, v, "IRN-USA", lead, det, q)


def iu_sanctions(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['U.S. lawmakers push for tougher enforcement of Iran oil sanctions', "Tehran dismisses U.S. sanctions talk as 'psychological warfare'", 'Senate hearing examines Iranian oil smuggling networks', "Analysis: Iran's oil exports and the limits of sanctions"],
                      ["A group of U.S. senators on {weekday} urged the Treasury to step up enforcement of sanctions on Iranian oil sales, in a letter that did not call for new measures but for 'using the tools we already have'.", "Iran's foreign ministry dismissed talk of further U.S. sanctions as 'psychological warfare' on {weekday}, saying the Iranian economy had learnt to live with pressure.", "A Senate subcommittee heard testimony on {weekday} about the 'shadow fleet' of tankers that carries Iranian oil to Asian buyers."])
    det = [
        "Iran's oil exports have held at more than a million barrels a day, mostly to China, according to tanker-tracking firms.",
        "The Treasury said it would continue to enforce existing sanctions 'vigorously'.",
        "The rial has lost much of its value since sanctions were reimposed in 2018.",
        "No new designations were announced this week.",
        "Iranian officials say the sanctions hurt ordinary people by restricting imports of medicines.",
    ]
    q = ["“Sanctions talk is the background noise of this relationship,” said {analyst} of {tank}.",
         "“The Americans have tried maximum pressure, and it has failed,” Iranian foreign ministry spokesperson {spoxA} said."]
    return fill(title, v), _tense_wrap(rng, v, "IRN-USA", lead, det, q)


def iu_spox(rng, v, style):
    v = dict(v)
    if style == "qa":
        title = pick(rng, ["Transcript: Iran foreign ministry weekly briefing (excerpts)",
                           "Q&A: Iranian foreign ministry spokesperson on U.S. policy"])
        paras = [
            fill("Excerpts from the weekly news conference of Iranian foreign ministry spokesperson {spoxA} in Tehran on {weekday}, as translated by the ministry.", v),
            fill(pick(rng, ["Q: Are there any messages being exchanged with Washington?",
                            "Q: Is a new round of indirect talks with the United States planned?"]), v) + " " +
            fill(pick(rng, ["A: Messages are exchanged from time to time through the usual channels, including our Omani friends. This is nothing new. What matters is the behaviour of the American side, not words.",
                            "A: We have said clearly that we are not interested in talks for the sake of talks. The Americans know what they must do to restore trust."]), v),
            fill(pick(rng, ["Q: U.S. officials accuse Iran of destabilising the region. Your response?",
                            "Q: How do you respond to U.S. statements about Iran's nuclear programme?"]), v) + " " +
            fill(pick(rng, ["A: The country that has military bases around our borders and arms every crisis in the region is in no position to lecture anyone about stability.",
                            "A: Our programme is peaceful and will remain so. The Americans attacked our facilities in violation of international law and now speak of diplomacy."]), v),
        ]
        extra = picks(rng, [
            "Q: U.S. senators want stricter enforcement of oil sanctions. Will this affect exports? A: Our oil sales continue. Those who designed these sanctions have admitted they failed. We are not worried about letters from senators.",
            "Q: There are reports of Revolutionary Guards boats approaching a U.S. ship in the Strait of Hormuz. A: Our forces carry out their duties in our territorial waters and the Persian Gulf in a professional way. The presence of foreign fleets is the source of insecurity.",
            "Q: Is there any news about the dual nationals detained in Iran? A: These are judicial matters. The judiciary is independent, and consular issues are handled according to law.",
            "Q: European countries are calling for restraint. Your message? A: Europe should first honour its own commitments before giving advice to others.",
        ], rng.randint(1, 2))
        for e in extra:
            paras.insert(rng.randint(1, len(paras)), fill(e, v))
        return fill(title, v), paras
    title, lead = _tl(rng, ["Iran says U.S. 'not trustworthy', rules out direct talks for now", "State Department: 'door to diplomacy remains open' to Iran", 'Iran, U.S. trade barbs over regional role', 'Washington rejects Iranian accusations, urges Tehran to return to diplomacy'],
                      ["Iran's foreign ministry spokesperson {spoxA} said on {weekday} that the United States could not be trusted and that Tehran saw no reason for direct talks.", "The State Department said on {weekday} that the 'door to diplomacy remains open' to Iran, while accusing Tehran of funding armed groups across the region.", "Iran and the United States exchanged familiar accusations on {weekday}, with Tehran calling Washington 'the main source of instability' and the State Department describing Iran as 'the world's leading state sponsor of terrorism'."])
    det = [
        "State Department spokesperson {spoxB} told reporters that any agreement would have to include strict limits on uranium enrichment.",
        "The remarks did not signal any change in policy by either side.",
        "Oman has hosted several rounds of indirect talks between the two in recent years.",
        "Iranian hardliners in parliament called for an end to all contacts with the United States.",
        "Diplomats in the region said the rhetoric was typical of the end-of-year period.",
    ]
    q = ["“Neither side is moving; both are talking to domestic audiences,” said {analyst} of {tank}."]
    return fill(title, v), _tense_wrap(rng, v, "IRN-USA", lead, det, q)


def iu_oman(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ["Oman's envoy shuttles between Tehran and Washington, diplomats say", 'Talks about talks: Iran and U.S. keep indirect channel open', 'Prisoner cases weigh on Iran-U.S. contacts', 'Analysis: Is there any room for an Iran-U.S. deal?'],
                      ['Omani diplomats have carried several messages between Tehran and Washington in recent weeks, three diplomats in the region said, describing the contacts as exploratory.', 'Iran and the United States are keeping an indirect channel open through Oman, but neither side expects talks to resume soon, officials on both sides said.', 'Families of dual nationals held in Iran urged Washington on {weekday} to keep their cases at the top of any contacts with Tehran.'])
    det = [
        "Muscat hosted indirect talks between the two in 2025 that were broken off after the June strikes.",
        "A State Department official said there were 'no talks scheduled'.",
        "Iranian officials said any negotiation would have to include sanctions relief.",
        "European diplomats said they were in contact with both sides.",
        "The contacts have produced no public results.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "IRN-USA", lead, det,
                                       ["“It is a holding pattern, not a process,” a European diplomat said."])


def iu_court(rng, v, style):
    v = dict(v)
    v.update(mn=rng.choice([120, 340, 560, 900]))
    title, lead = _tl(rng, ['U.S. court awards ${mn} million to victims in case against Iran', 'Iran condemns U.S. court ruling on frozen assets', 'Hostage crisis survivors press Congress on compensation fund'],
                      ['A U.S. federal judge on {weekday} awarded ${mn} million in damages to relatives of victims of attacks attributed to Iranian-backed groups, in a case Tehran did not contest.', "Iran's foreign ministry condemned on {weekday} a U.S. court decision allowing plaintiffs to seek Iranian assets frozen in the United States, calling it 'legal piracy'.", 'Surviving hostages of the 1979 embassy siege urged Congress on {weekday} to make good on compensation payments that have been delayed for years.'])
    det = [
        "Iran does not recognise the jurisdiction of U.S. courts in such cases.",
        "Similar judgments running to billions of dollars have been handed down over the past two decades.",
        "The ruling is unlikely to result in immediate payments.",
        "Tehran has brought its own cases against Washington at the International Court of Justice.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "IRN-USA", lead, det, [], bgp=1.0)


# --- DZA-MAR
def dm_rhetoric(rng, v, style):
    v = dict(v)
    if style == "qa":
        title = "Transcript: Moroccan government spokesman's weekly briefing (excerpts)"
        paras = [
            fill("Excerpts from the weekly news conference of the Moroccan government spokesman, {officialB}, after the weekly council of government in Rabat on {weekday}.", v),
            fill(pick(rng, ["Q: Algerian state media again attacked Morocco this week. Will Rabat respond?",
                            "Q: Algeria's foreign ministry issued a statement on the Sahara. Your reaction?"]), v) + " " +
            fill(pick(rng, ["A: Morocco does not respond to provocations. Our hand remains extended, as His Majesty has said many times. We prefer to work on development in our southern provinces.",
                            "A: The Moroccan Sahara is not a subject for debate. The autonomy initiative enjoys wide international support and that is our answer."]), v),
            fill("Q: Is there any prospect of reopening the land border? A: The question should be put to those who closed it.", v),
        ]
        return fill(title, v), paras
    title, lead = _tl(rng, ["Algeria accuses Morocco of 'hostile campaign' in new statement", 'Rabat dismisses Algerian criticism over Western Sahara', 'Algiers and Rabat trade barbs at African Union meeting', 'Algerian, Moroccan media wage war of words over football map'],
                      ["Algeria's foreign ministry accused Morocco on {weekday} of waging a 'hostile media campaign', the latest statement in a feud that has kept the two neighbours apart since 2021.", "Morocco's foreign ministry dismissed on {weekday} a statement by Algiers criticising its policy in Western Sahara as 'a repetition of outdated positions'.", 'Delegates from Algeria and Morocco traded accusations at an African Union committee meeting in Addis Ababa on {weekday}, without any new steps announced.', "State-aligned media in Algeria and Morocco traded insults this week over a map of Morocco including Western Sahara printed on a football club's kit, an old dispute that regularly resurfaces."])
    det = [
        "Algeria's foreign ministry spokesperson {spoxA} said Rabat was 'persisting in its expansionist policy'.",
        "Morocco's spokesman {spoxB} said the kingdom would not be drawn into polemics.",
        "The statements followed familiar lines and did not signal any new measures.",
        "The two governments have no diplomatic relations and communicate mainly through third countries.",
        "The United Nations Security Council renewed the mandate of its mission in Western Sahara in October.",
    ]
    q = ["“The temperature is constant: cold,” said {analyst} of {tank}.",
         "“Each side speaks mostly to its own public,” said {analyst}, a researcher on the Maghreb."]
    return fill(title, v), _tense_wrap(rng, v, "DZA-MAR", lead, det, q)


def dm_border(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['At Zouj Bghal, families call across a border closed since 1994', 'Figuig farmers still mourn lost palm groves', 'Smuggling along closed Algeria-Morocco border declines, officials say', "Saidia and the closed frontier: a beach town's long wait"],
                      ['At the Zouj Bghal crossing near Oujda, a few families gathered on {weekday} to wave to relatives on the Algerian side, a ritual that has outlived three decades of closure.', 'Farmers from the Moroccan oasis of Figuig still speak bitterly of the palm groves of El Arja, which Algeria ordered them to leave in 2021.', 'Moroccan border guards said smuggling of fuel and goods from Algeria had fallen sharply since both sides built trenches and fences along the frontier.', 'In Saidia, on the Mediterranean where the border meets the sea, hotel owners still hope for the day the frontier reopens.'])
    det = [
        "Across the border lies the Algerian town of Maghnia, just 15 km away.",
        "The closure has divided families who live within sight of one another.",
        "Both sides have reinforced their border defences in recent years.",
        "There has been no contact between the two border authorities for years.",
        "Local traders say the economy of the eastern region has never recovered.",
    ]
    q = ["“My uncle lives ten minutes away. I have not hugged him in twenty years,” said {citizenB}, a resident of Oujda."]
    return fill(title, v), _tense_wrap(rng, v, "DZA-MAR", lead, det, q)


def dm_sahara(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['UN envoy for Western Sahara to tour region in new year', 'Polisario marks anniversary with call for referendum', 'Morocco touts new investments in Dakhla as Algeria objects', 'Analysis: Western Sahara, the dispute that freezes the Maghreb'],
                      ['The United Nations envoy for Western Sahara plans to visit Rabat, Algiers, Tindouf and Nouakchott early next year, diplomats said on {weekday}.', "The Polisario Front renewed its call for a self-determination referendum on {weekday}, in a statement from the Tindouf camps that Algeria's state news agency carried in full.", "Morocco announced a new desalination plant and port investments in Dakhla on {weekday}; Algeria's foreign ministry said the projects 'changed nothing' to the legal status of the territory."])
    det = [
        "Morocco says its autonomy plan, presented in 2007, is the only basis for a solution.",
        "Several countries, including the United States and France, have backed Morocco's autonomy plan.",
        "Algeria says it is not a party to the conflict, a position Morocco rejects.",
        "The ceasefire of 1991 collapsed in 2020, and the Polisario reports sporadic attacks along the berm.",
        "The envoy's previous tour produced no new talks.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "DZA-MAR", lead, det,
                                       ["“This is a frozen conflict with occasional thaws in the rhetoric, never in substance,” said {analyst} of {tank}."])


def dm_energy(rng, v, style):
    v = dict(v)
    title, lead = _tl(rng, ['Algeria touts Trans-Saharan gas pipeline progress', 'Idle Maghreb-Europe pipeline rusts as Morocco imports LNG via Spain', 'Rival pipelines: Algeria and Morocco compete for Nigerian gas', 'Analysis: the energy rivalry between Algiers and Rabat'],
                      ['Algeria said on {weekday} that work on the Trans-Saharan gas pipeline from Nigeria was progressing, a project that competes with a rival Moroccan plan along the Atlantic coast.', 'Four years after Algeria stopped sending gas through it, the Maghreb-Europe pipeline is being used in reverse to carry gas from Spain to Morocco.', "The competition between Algeria and Morocco for energy projects in Africa is 'a cold war by other means', analysts say."])
    det = [
        "Algeria supplies Spain directly through the Medgaz pipeline under the Mediterranean.",
        "Morocco's Atlantic pipeline project with Nigeria would run along the coast of West Africa.",
        "Both projects face financing questions.",
        "Neither government referred to the other by name in their statements.",
    ]
    return fill(title, v), _tense_wrap(rng, v, "DZA-MAR", lead, det,
                                       ["“Energy is one more arena for a rivalry that has no outlet,” said {analyst}."])


TENSE_TOPICS = {
    "CHN-TWN": {"count": (tw_count, 6, [("wire", 3), ("brief", 3)]), "kinmen": (tw_kinmen, 4, [("wire", 3), ("brief", 1)]),
                "spox": (tw_spox, 4, [("wire", 2), ("qa", 2)]), "arms": (tw_arms, 3, [("wire", 2), ("analysis", 1)]),
                "ties": (tw_ties, 2, [("wire", 2)])},
    "IND-CHN": {"border": (ic_border, 5, [("wire", 3), ("brief", 2)]), "spox": (ic_spox, 4, [("wire", 2), ("qa", 2)]),
                "wmcc": (ic_wmcc, 3, [("wire", 2), ("readout", 1)]), "trade": (ic_trade, 3, [("wire", 2), ("analysis", 1), ("market", 1)]),
                "history": (ic_history, 3, [("wire", 2), ("analysis", 1)])},
    "IRN-USA": {"hormuz": (iu_hormuz, 4, [("wire", 3), ("brief", 1)]), "sanctions": (iu_sanctions, 4, [("wire", 2), ("analysis", 1), ("brief", 1)]),
                "spox": (iu_spox, 4, [("wire", 2), ("qa", 2)]), "oman": (iu_oman, 3, [("wire", 1), ("analysis", 1)]),
                "court": (iu_court, 2, [("wire", 2), ("brief", 1)])},
    "DZA-MAR": {"rhetoric": (dm_rhetoric, 5, [("wire", 3), ("qa", 1), ("tabloid", 0)]), "border": (dm_border, 3, [("wire", 2)]),
                "sahara": (dm_sahara, 4, [("wire", 2), ("analysis", 1), ("brief", 1)]), "energy": (dm_energy, 3, [("wire", 1), ("analysis", 1), ("market", 1)])},
}


# ---------------------------------------------------------------- other languages
WD = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
}

# Generic calm-pair templates per language. Placeholders: {A} {B} {capA} {capB} {wd} {num}
# plus pair-specific keys from LPAIR (hist, tema, fa, fb, desc, w, l, comp, venue, hi, lo, ...).
LCALM = {
    "es": dict(
        consult=dict(
            title=["{A} y {B} celebran una nueva ronda de consultas políticas en {cap}",
                   "Vicecancilleres de {A} y {B} repasan la agenda bilateral",
                   "{A} y {B} acuerdan profundizar la cooperación en {tema}",
                   "Consultas de rutina entre {A} y {B}: «una relación madura»"],
            lead=["Los vicecancilleres de {A} y {B} se reunieron el {wd} en {cap} en el marco del mecanismo de consultas políticas que ambos países mantienen desde hace más de una década.",
                  "Las delegaciones de {A} y {B} pasaron revista el {wd} a la relación bilateral en un encuentro que las dos partes calificaron de «fluido y constructivo».",
                  "Funcionarios de las cancillerías de {A} y {B} mantuvieron este {wd} en {cap} su reunión anual de consultas, centrada en {tema}."],
            det=["Según un comunicado conjunto, la agenda incluyó {tema}, el comercio y la coordinación en los foros multilaterales.",
                 "No se firmaron nuevos acuerdos: la cita sirvió para preparar la visita de los cancilleres prevista para el primer semestre.",
                 "Fuentes diplomáticas subrayaron que se trata de un encuentro de rutina, agendado hace meses.",
                 "El intercambio comercial creció alrededor de un {num} % en lo que va del año, según cifras presentadas en la reunión.",
                 "Ambas partes acordaron crear un grupo de trabajo que deberá presentar propuestas en seis meses."],
            q=["«Tenemos una relación madura, que no necesita gestos grandilocuentes», declaró a la prensa {dfmA}, jefe de la delegación de {A}, al término del encuentro.",
               "«Los problemas que podamos tener se resuelven conversando, y eso es lo que hicimos hoy», afirmó {dfmB}, vicecanciller de {B}.",
               "«Son reuniones sin titulares, y eso es una buena noticia», comentó un diplomático presente."]),
        deal=dict(
            title=["{fa} y {fb} sellan un acuerdo millonario", "Alianza empresarial: {fa} se asocia con {fb}",
                   "{fb} firma con {fa} el mayor contrato del año entre empresas de {A} y {B}"],
            lead=["Las empresas {fa} y {fb} firmaron el {wd} {desc}, según informaron ambas compañías en un comunicado.",
                  "{fa} anunció este {wd} {desc} con su socia {fb}, una operación que refleja el peso creciente del comercio entre {A} y {B}."],
            det=["Las compañías no revelaron el monto, aunque fuentes del sector lo estiman en unos {num}00 millones de dólares.",
                 "Las acciones de {fa} subieron un {num} % tras el anuncio.",
                 "El acuerdo aún debe ser aprobado por los reguladores de competencia, un trámite que los analistas consideran menor.",
                 "Se trata de una operación puramente comercial, sin participación de los gobiernos."],
            q=["«Es un compromiso de largo plazo», dijo {execA}, máximo responsable de {fa}.",
               "«Llevábamos dos años negociando; hoy tenemos contrato», celebró {execB}."]),
        sport=dict(
            title=["{w} aplastó a {l} en {venue}", "Bombardeo y goleada: {w} arrolló a {l}",
                   "{w} ganó la batalla de {venue}", "Masacre futbolera: {w} {hi}, {l} {lo}"],
            lead=["{w} aplastó {hi}-{lo} a {l} en {comp}, en una noche en la que el arco rival sufrió un auténtico bombardeo.",
                  "Fue una guerra de desgaste en {venue}, pero {w} terminó por derribar la muralla defensiva de {l} y se impuso {hi}-{lo} en {comp}.",
                  "{w} salió a atacar desde el primer minuto y sepultó a {l} con un {hi}-{lo} que deja heridas en el vestuario rival."],
            det=["El técnico derrotado reconoció que su equipo fue «superado en todas las trincheras».",
                 "La hinchada visitante, que invadió las tribunas desde temprano, terminó en silencio.",
                 "El equipo ganador disparó {num} veces al arco, una artillería que el arquero no pudo contener.",
                 "La policía informó que no hubo incidentes.",
                 "La revancha está prevista para marzo."],
            q=["«Fue una batalla y la ganamos», resumió el capitán.", "«Nos emboscaron en el primer tiempo», admitió el entrenador del equipo vencido."]),
        hist=dict(
            title=["Un siglo y medio después, {A} y {B} recuerdan su historia común", "Memoria y reconciliación: un acto recuerda el pasado de {A} y {B}",
                   "Muere a los {age} años un testigo de la historia entre {A} y {B}"],
            lead=["Historiadores, diplomáticos y descendientes de veteranos participaron el {wd} en un acto que recordó el pasado compartido de {A} y {B}.",
                  "Una exposición inaugurada esta semana en {cap} repasa los episodios más duros de la historia entre {A} y {B}."],
            det=["{hist}", "Los embajadores de ambos países depositaron ofrendas florales juntos.",
                 "Los organizadores insistieron en que se trata de «memoria, no de rencor».",
                 "El acto terminó con un coro que cantó en ambos países."],
            q=["«Nuestros abuelos se enfrentaron; nosotros comerciamos, estudiamos y nos casamos entre nosotros. Eso es progreso», dijo un asistente."]),
        spat=dict(
            title=["{st}"],
            lead=["{sl}"],
            det=["Los diplomáticos de ambos lados se apresuraron a restarle importancia al asunto.",
                 "No es la primera vez que el tema sale a la luz.",
                 "La prensa local dio amplia cobertura a la noticia, pero los mercados la ignoraron."],
            q=["«Es un asunto menor y así será tratado», declaró un portavoz de la cancillería.", "{sr}"]),
    ),
    "pt": dict(
        consult=dict(
            title=["{A} e {B} realizam nova rodada de consultas políticas em {cap}",
                   "Vice-chanceleres {deA} e {deB} revisam agenda bilateral",
                   "{A} e {B} discutem {tema}"],
            lead=["Os vice-chanceleres {deA} e {deB} reuniram-se na {wd} em {cap}, no âmbito do mecanismo de consultas políticas que os dois países mantêm há mais de uma década.",
                  "Delegações {deA} e {deB} passaram em revista a relação bilateral na {wd}, em encontro descrito pelas duas partes como «franco e produtivo»."],
            det=["De acordo com comunicado conjunto, a pauta incluiu {tema}, o comércio e a coordenação em foros multilaterais.",
                 "Nenhum novo acordo foi assinado; a reunião serviu para preparar a visita dos chanceleres prevista para o primeiro semestre.",
                 "Fontes diplomáticas ressaltaram que se trata de um encontro de rotina, marcado há meses.",
                 "O comércio bilateral cresceu cerca de {num}% neste ano."],
            q=["«Temos uma relação madura, que dispensa gestos grandiloquentes», disse a jornalistas {dfmA}, chefe da delegação {deA}.",
               "«O que houver de problema se resolve conversando», afirmou {dfmB}, vice-chanceler {deB}."]),
        deal=dict(
            title=["{fa} e {fb} fecham acordo milionário", "{fb} assina com {fa} o maior contrato do ano entre empresas {deA} e {deB}"],
            lead=["As empresas {fa} e {fb} assinaram na {wd} {desc}, informaram as companhias em nota.",
                  "A {fa} anunciou nesta {wd} {desc} com a parceira {fb}."],
            det=["Os valores não foram divulgados, mas fontes do setor estimam a operação em cerca de US$ {num}00 milhões.",
                 "As ações da {fa} subiram {num}% após o anúncio.",
                 "O negócio ainda precisa do aval das autoridades de concorrência."],
            q=["«É um compromisso de longo prazo», disse {execA}, presidente da {fa}."]),
        sport=dict(
            title=["{w} atropela {l}", "Bombardeio: {w} massacra {l}", "{w} vence a batalha {venue}"],
            lead=["{w} atropelou {l} por {hi} a {lo} {comp}, numa noite em que o gol adversário sofreu um verdadeiro bombardeio.",
                  "Foi uma guerra de trincheiras, mas {w} acabou derrubando a muralha adversária e venceu {l} por {hi} a {lo} {comp}."],
            det=["O técnico derrotado admitiu que sua equipe foi «engolida» no meio-campo.",
                 "A torcida visitante, que invadiu a arquibancada desde cedo, saiu em silêncio.",
                 "A polícia não registrou incidentes.",
                 "A revanche está marcada para março."],
            q=["«Foi uma batalha, e nós vencemos», resumiu o capitão."]),
        hist=dict(
            title=["{A} e {B} relembram capítulos de sua história comum", "Memória e reconciliação: ato recorda passado {deA} e {deB}"],
            lead=["Historiadores, diplomatas e descendentes de veteranos participaram na {wd} de uma cerimônia que recordou o passado compartilhado {deA} e {deB}.",
                  "Uma exposição aberta nesta semana em {cap} revisita os episódios mais duros da história entre {A} e {B}."],
            det=["{hist}", "Os embaixadores dos dois países depositaram coroas de flores lado a lado.",
                 "Os organizadores insistiram que se trata de «memória, não de rancor»."],
            q=["«Nossos avós se enfrentaram; nós fazemos negócios e casamos entre nós. Isso é progresso», disse um participante."]),
        spat=dict(title=["{st}"], lead=["{sl}"],
                  det=["Diplomatas dos dois lados minimizaram o episódio.", "Não é a primeira vez que o tema vem à tona."],
                  q=["«É um assunto menor e será tratado como tal», disse um porta-voz diplomático.", "{sr}"]),
    ),
}

LPAIR = {
    "es": {
        "ARG-BRA": dict(A="Argentina", B="Brasil", capA="Buenos Aires", capB="Brasilia",
                        tema=["integración energética", "el régimen automotor del Mercosur", "la hidrovía Paraná-Paraguay"],
                        hist=["Ambos países fundaron el Mercosur en 1991, el mismo año en que crearon la ABACC para inspeccionar mutuamente sus programas nucleares.",
                              "La Guerra del Brasil, de 1825 a 1828, terminó con la independencia del Uruguay.",
                              "La disputa por la represa de Itaipú enfrentó a Buenos Aires y Brasilia durante los años setenta, hasta el acuerdo tripartito de 1979."],
                        deal=[("Pampa Motores", "Ribeira Autopeças", "un contrato de 300 millones de dólares para abastecer de cajas de cambio a plantas de Córdoba y São Paulo"),
                              ("Harinas del Sur", "Moinho Paulista", "un acuerdo trienal de suministro de trigo")],
                        sport=("Brasil", "Argentina", "el Superclásico de las Américas", "el Maracaná"),
                        spat=[("Camioneros varados en Paso de los Libres por una falla informática", "Cientos de camiones quedaron varados a ambos lados del río Uruguay por una falla en el sistema de la Aduana argentina, lo que provocó la protesta de los gremios de transportistas brasileños.",
                               "Las aduanas de ambos países aseguraron que la demora quedará resuelta antes del fin de semana.")]),
        "CHL-PER": dict(A="Chile", B="Perú", capA="Santiago", capB="Lima",
                        tema=["la integración fronteriza en Chacalluta-Santa Rosa", "la minería", "la migración"],
                        hist=["Chile derrotó a Perú y Bolivia en la Guerra del Pacífico (1879-1884).",
                              "El Tratado de Lima de 1929 devolvió Tacna al Perú y dejó Arica en manos chilenas.",
                              "La Corte Internacional de Justicia fijó en 2014 el límite marítimo entre ambos países."],
                        deal=[("Minera Atacama", "Andina Cobre", "un acuerdo para procesar concentrados de cobre"),
                              ("Transportes Alto Norte", "Ferrocarril Tacna", "un plan para rehabilitar el ferrocarril Arica-Tacna")],
                        sport=("Perú", "Chile", "el Clásico del Pacífico", "el Estadio Nacional de Lima"),
                        spat=[("Rebrota la disputa por el pisco", "Productores peruanos protestaron por la venta de pisco chileno bajo esa denominación en mercados asiáticos, una polémica de larga data.",
                               "Ambas cancillerías indicaron que el tema se abordará en el próximo Gabinete Binacional.")]),
        "MEX-USA": dict(A="México", B="Estados Unidos", capA="Ciudad de México", capB="Washington",
                        tema=["la seguridad fronteriza", "las cadenas de suministro de semiconductores", "el Tratado de Aguas de 1944"],
                        hist=["México perdió cerca de la mitad de su territorio en la guerra de 1846-1848, sellada por el Tratado de Guadalupe Hidalgo.",
                              "El Tratado de Aguas de 1944 regula el reparto del río Bravo y del Colorado, y sus ciclos de entrega son motivo frecuente de fricciones.",
                              "México se convirtió en 2023 en el principal socio comercial de Estados Unidos."],
                        deal=[("Grupo Sierra Madre", "Lone Star Logistics", "una terminal ferroviaria conjunta en Nuevo Laredo"),
                              ("Energía Golfo", "Permian Pipeline Partners", "un nuevo contrato de transporte de gas desde el oeste de Texas hasta Chihuahua")],
                        sport=("México", "Estados Unidos", "un amistoso en Texas", "Arlington"),
                        spat=[("Vuelve la guerra del jitomate", "Los productores de Florida reavivaron su queja de que el jitomate mexicano se vende por debajo del costo, una disputa que data de 1996.",
                               "La asociación de productores mexicanos calificó las acusaciones de «recicladas».")]),
        "ESP-ITA": dict(A="España", B="Italia", capA="Madrid", capB="Roma",
                        tema=["la migración en el Mediterráneo", "la industria espacial", "el corredor ferroviario de mercancías"],
                        hist=["Las flotas española e italiana combatieron juntas contra los otomanos en Lepanto, en 1571.",
                              "Mussolini envió decenas de miles de soldados a combatir junto a Franco; fueron derrotados en Guadalajara en 1937.",
                              "España goleó 4-0 a Italia en la final de la Eurocopa de 2012, en Kiev."],
                        deal=[("Ibérica Renovables", "Gruppo Ferraris Energia", "un acuerdo para construir 600 megavatios de parques solares en Sicilia"),
                              ("Navieras del Levante", "Tirrenia Logistica", "un servicio conjunto de carga rodada entre Valencia y Génova")],
                        sport=("España", "Italia", "la Liga de Naciones", "Sevilla"),
                        spat=[("Pelea por el atún rojo en Bruselas", "Los ministros de Pesca de España e Italia chocaron por el reparto de las cuotas de atún rojo en el consejo pesquero de diciembre de la UE.",
                               "Fuentes diplomáticas hablaron de un «ritual de diciembre».")]),
    },
    "pt": {
        "ARG-BRA": dict(swap=True, A="Brasil", B="Argentina", deA="do Brasil", deB="da Argentina", capA="Brasília", capB="Buenos Aires",
                        tema=["integração energética", "o regime automotivo do Mercosul", "a hidrovia Paraná-Paraguai"],
                        hist=["Os dois países fundaram o Mercosul em 1991, mesmo ano em que criaram a ABACC para inspeções mútuas de seus programas nucleares.",
                              "A Guerra da Cisplatina (1825-1828) terminou com a independência do Uruguai.",
                              "A disputa em torno de Itaipu opôs Brasília e Buenos Aires nos anos 1970, até o acordo tripartite de 1979."],
                        deal=[("Ribeira Autopeças", "Pampa Motores", "um contrato de US$ 300 milhões para fornecer câmbios a fábricas em Córdoba e no interior paulista"),
                              ("Serra Verde Gás", "Litoral Energía", "um acordo para trazer gás de Vaca Muerta ao Sul do Brasil")],
                        sport=("a seleção brasileira", "a seleção argentina", "no Superclássico das Américas", "do Maracanã"),
                        spat=[("Caminhoneiros parados em Uruguaiana por pane em sistema argentino", "Centenas de caminhões ficaram parados nos dois lados do rio Uruguai após uma pane no sistema da aduana argentina, o que provocou protesto dos sindicatos de transportadores.",
                               "As aduanas afirmaram que a fila será normalizada até o fim de semana.")]),
        "CHL-PER": dict(A="Chile", B="Peru", deA="do Chile", deB="do Peru", capA="Santiago", capB="Lima",
                        tema=["a integração na fronteira de Chacalluta-Santa Rosa", "a mineração", "a migração"],
                        hist=["O Chile derrotou Peru e Bolívia na Guerra do Pacífico (1879-1884).",
                              "A Corte Internacional de Justiça fixou em 2014 a fronteira marítima entre os dois países."],
                        deal=[("Minera Atacama", "Andina Cobre", "um acordo de processamento de concentrado de cobre")],
                        sport=("a seleção peruana", "a seleção chilena", "no Clássico do Pacífico", "de Lima"),
                        spat=[("Briga pelo pisco volta à tona", "Produtores peruanos protestaram contra a venda de pisco chileno com essa denominação na Ásia.",
                               "Os dois governos disseram que o tema será discutido na próxima reunião binacional.")]),
    },
}

LCALM["fr"] = dict(
    consult=dict(
        title=["{AB} : nouvelle session de consultations politiques à {cap}",
               "Les vice-ministres des Affaires étrangères {deA} et {deB} font le point sur la relation bilatérale",
               "{AB} : des consultations de routine centrées sur {tema}"],
        lead=["Les délégations {deA} et {deB} se sont réunies {wd} à {cap} dans le cadre du mécanisme de consultations politiques institué il y a plus de dix ans.",
              "Diplomates {adjA} et {adjB} ont passé en revue {wd} l'ensemble de la coopération bilatérale, lors d'une rencontre qualifiée de « cordiale et constructive » par les deux parties."],
        det=["Selon le communiqué conjoint, les discussions ont porté sur {tema}, les échanges commerciaux et la coordination dans les enceintes multilatérales.",
             "Aucun nouvel accord n'a été signé ; la réunion visait à préparer les échéances ministérielles du premier semestre.",
             "Des sources diplomatiques ont souligné le caractère routinier de cette rencontre, programmée de longue date.",
             "Les échanges commerciaux ont progressé d'environ {num} % cette année."],
        q=["« Nous avons une relation adulte, qui n'a pas besoin de grands gestes », a déclaré {dfmA}, chef de la délégation {deA}, à l'issue de la rencontre.",
           "« Tout ce qui doit être réglé se règle autour d'une table », a affirmé {dfmB}, vice-ministre des Affaires étrangères {deB}."]),
    deal=dict(
        title=["{fa} et {fb} scellent un accord d'envergure", "Partenariat : {fa} s'allie à {fb}"],
        lead=["Les sociétés {fa} et {fb} ont signé {wd} {desc}, ont annoncé les deux groupes dans un communiqué.",
              "{fa} a annoncé {wd} {desc} avec {fb}, illustrant le poids croissant des échanges entre {A} et {B}."],
        det=["Le montant n'a pas été divulgué, mais des sources proches du dossier l'évaluent à plusieurs centaines de millions de dollars.",
             "L'action {fa} a gagné {num} % après l'annonce.",
             "L'opération doit encore recevoir le feu vert des autorités de la concurrence."],
        q=["« C'est un engagement de long terme », a commenté {execA}, à la tête de {fa}."]),
    sport=dict(
        title=["{w} écrase {l} à {venue}", "Pilonnage en règle : {w} balaie {l}", "{w} remporte la bataille de {venue}"],
        lead=["{w} a écrasé {l} ({hi}-{lo}) dans le cadre de {comp}, au terme d'un véritable pilonnage de la cage adverse.",
              "Ce fut une guerre de tranchées à {venue}, mais {w} a fini par faire sauter le verrou de {l} pour s'imposer {hi}-{lo}."],
        det=["L'entraîneur battu a reconnu que son équipe avait été « débordée sur tous les fronts ».",
             "Les supporters visiteurs, venus en masse, ont quitté le stade en silence.",
             "Aucun incident n'a été signalé.",
             "La revanche est prévue en mars."],
        q=["« C'était une bataille, et nous l'avons gagnée », a résumé le capitaine."]),
    hist=dict(
        title=["{AB} : face à une mémoire commune", "Mémoire : une cérémonie rappelle le passé de {A} et {B}"],
        lead=["Historiens, diplomates et descendants d'anciens combattants se sont réunis {wd} pour une cérémonie consacrée au passé commun {deA} et {deB}.",
              "Une exposition inaugurée cette semaine à {cap} revient sur les épisodes les plus douloureux de l'histoire entre {A} et {B}."],
        det=["{hist}", "Les ambassadeurs des deux pays ont déposé une gerbe côte à côte.",
             "Les organisateurs ont insisté sur une démarche de « mémoire et non de rancune »."],
        q=["« Nos grands-parents se sont affrontés ; nous, nous commerçons et nous nous marions. C'est cela, le progrès », a confié une participante."]),
    spat=dict(title=["{st}"], lead=["{sl}"],
              det=["Les diplomates des deux pays se sont empressés de minimiser l'affaire.", "Le sujet n'est pas nouveau et ressurgit régulièrement."],
              q=["« C'est une question mineure et elle sera traitée comme telle », a déclaré un porte-parole.", "{sr}"]),
)

LCALM["de"] = dict(
    consult=dict(
        title=["{A} und {B} beraten in {cap} über bilaterale Agenda",
               "Routinekonsultationen: Staatssekretäre aus {A} und {B} treffen sich",
               "{A} und {B} wollen Zusammenarbeit bei {tema} vertiefen"],
        lead=["Hochrangige Diplomaten aus {A} und {B} sind am {wd} in {cap} zu ihren regelmäßigen politischen Konsultationen zusammengekommen.",
              "Die Außenministerien von {A} und {B} haben am {wd} in {cap} die gesamte Bandbreite ihrer Beziehungen erörtert – in einer Atmosphäre, die beide Seiten als „offen und konstruktiv“ beschrieben."],
        det=["Im Mittelpunkt standen nach Angaben beider Seiten {tema}, der Handel sowie die Abstimmung in internationalen Gremien.",
             "Neue Abkommen wurden nicht unterzeichnet; das Treffen diente der Vorbereitung von Ministerbegegnungen im Frühjahr.",
             "Diplomaten betonten, es handle sich um ein seit Monaten geplantes Routinetreffen.",
             "Das bilaterale Handelsvolumen ist in diesem Jahr um rund {num} Prozent gestiegen."],
        q=["„Unsere Beziehungen sind in guter Verfassung, und solche Gespräche halten sie so“, sagte {dfmA} im Namen der Delegation aus {A} nach dem Treffen.",
           "„Es gibt zwischen uns nichts, was man nicht am Tisch lösen könnte“, sagte {dfmB} aus dem Außenministerium in {capB}."]),
    deal=dict(
        title=["{fa} und {fb} besiegeln Großauftrag", "{fa} schließt Partnerschaft mit {fb}"],
        lead=["Die Unternehmen {fa} und {fb} haben am {wd} {desc} unterzeichnet, wie beide Konzerne mitteilten.",
              "{fb} hat mit {fa} {desc} vereinbart – eines der größten Geschäfte zwischen Firmen aus {A} und {B} in diesem Jahr."],
        det=["Finanzielle Details wurden nicht genannt; Branchenkreise beziffern das Volumen auf mehrere hundert Millionen Euro.",
             "Die Aktie von {fa} legte nach der Ankündigung um {num} Prozent zu.",
             "Die Kartellbehörden müssen noch zustimmen, was als Formsache gilt."],
        q=["„Das ist ein langfristiges Bekenntnis“, sagte {execA} aus dem Vorstand von {fa}."]),
    sport=dict(
        title=["{w} überrollt {l}", "Torbeschuss ohne Ende: {w} schlägt {l} deutlich", "Schlacht von {venue} geht an {w}"],
        lead=["{w} hat {l} mit {hi}:{lo} regelrecht überrollt – ein Dauerbeschuss auf das gegnerische Tor, dem {l} nichts entgegenzusetzen hatte.",
              "Es war ein Stellungskrieg in {venue}, doch am Ende durchbrach {w} die Abwehrmauer von {l} und siegte {hi}:{lo}."],
        det=["Der unterlegene Trainer sprach von einem „Überfall“ in der ersten Halbzeit.",
             "Die Gästefans, die die Ränge schon früh erobert hatten, verstummten lange vor dem Abpfiff.",
             "Die Polizei meldete keine Zwischenfälle.",
             "Das Rückspiel ist für März angesetzt."],
        q=["„Das war eine Schlacht, und wir haben sie gewonnen“, sagte der Kapitän."]),
    hist=dict(
        title=["{A} und {B}: Erinnerung an eine schwierige Geschichte", "Gedenken in {cap}: Versöhnung statt Groll"],
        lead=["Historiker, Diplomaten und Nachfahren von Veteranen haben am {wd} an die gemeinsame Geschichte von {A} und {B} erinnert.",
              "Eine in dieser Woche eröffnete Ausstellung in {cap} widmet sich den dunklen Kapiteln der Beziehungen zwischen {A} und {B}."],
        det=["{hist}", "Die Botschafter beider Länder legten gemeinsam Kränze nieder.",
             "Die Veranstalter betonten, es gehe um „Erinnerung, nicht um Groll“."],
        q=["„Unsere Großväter haben gegeneinander gekämpft, wir studieren und heiraten miteinander. Das ist Fortschritt“, sagte eine Besucherin."]),
    spat=dict(title=["{st}"], lead=["{sl}"],
              det=["Diplomaten beider Seiten spielten den Vorgang herunter.", "Das Thema ist nicht neu und taucht regelmäßig auf."],
              q=["„Das ist eine Kleinigkeit und wird als solche behandelt“, sagte ein Sprecher.", "{sr}"]),
)

LCALM["ar"] = dict(
    consult=dict(
        title=["{A} و{B} تعقدان جولة جديدة من المشاورات السياسية في {cap}",
               "اجتماع مجلس التنسيق بين {A} و{B} يبحث {tema}",
               "مشاورات دورية بين {A} و{B}: «علاقات أخوية راسخة»"],
        lead=["عقد مسؤولون من وزارتي الخارجية في {A} و{B} يوم {wd} في {cap} جولة جديدة من المشاورات السياسية الدورية، استعرضوا خلالها مختلف جوانب التعاون الثنائي.",
              "بحث الجانبان {adjA2} و{adjB2} يوم {wd} سبل تعزيز التعاون في مجالات {tema}، وذلك خلال اجتماع وصفه الطرفان بأنه «بنّاء ومثمر»."],
        det=["وأكد البيان المشترك الصادر في ختام الاجتماع حرص البلدين على مواصلة التنسيق في القضايا الإقليمية والدولية.",
             "ولم يتم توقيع اتفاقيات جديدة، إذ خُصص الاجتماع للتحضير للقاءات وزارية مقررة مطلع العام المقبل.",
             "وأشارت مصادر دبلوماسية إلى أن الاجتماع كان مقرراً منذ أشهر ويندرج في إطار اللقاءات الاعتيادية.",
             "وارتفع حجم التبادل التجاري بين البلدين بنحو {num} في المئة خلال العام الجاري."],
        q=["وقال {dfmA} في تصريحات صحافية عقب الاجتماع: «علاقاتنا متينة، وهذه اللقاءات تحافظ على زخمها».",
           "من جهته، قال {dfmB}: «لا توجد قضية بيننا لا يمكن حلها بالحوار»."]),
    deal=dict(
        title=["«{fa}» و«{fb}» توقعان اتفاقية كبرى", "شراكة جديدة بين «{fa}» و«{fb}»"],
        lead=["وقّعت شركة «{fa}» وشركة «{fb}» يوم {wd} {desc}، بحسب بيان مشترك صادر عن الشركتين.",
              "أعلنت «{fb}» يوم {wd} عن {desc} مع «{fa}»، في واحدة من أكبر الصفقات بين شركات البلدين هذا العام."],
        det=["ولم تكشف الشركتان عن القيمة المالية للصفقة، غير أن مصادر في القطاع قدّرتها بمئات الملايين من الدولارات.",
             "وارتفع سهم «{fa}» بنسبة {num} في المئة عقب الإعلان.",
             "ويتعين أن تحصل الصفقة على موافقة الجهات التنظيمية، وهو إجراء يعدّه المحللون شكلياً."],
        q=["وقال {execA}، الرئيس التنفيذي لـ«{fa}»: «هذا التزام طويل الأمد»."]),
    sport=dict(
        title=["{w} يكتسح {l} في {venue}", "قصف متواصل: {w} يسحق {l}", "{w} يحسم «موقعة» {venue}"],
        lead=["اكتسح {w} نظيره {l} بنتيجة {hi}-{lo} في {comp}، في مباراة تعرض فيها مرمى الخاسر لقصف متواصل.",
              "كانت حرب استنزاف في {venue}، لكن {w} نجح في النهاية في اختراق تحصينات {l} الدفاعية وفاز {hi}-{lo}."],
        det=["واعترف مدرب الفريق الخاسر بأن فريقه «خسر المعركة في وسط الملعب».",
             "وغادرت الجماهير الزائرة المدرجات في صمت.",
             "ولم تسجل أي حوادث.",
             "وتقام مباراة الإياب في مارس."],
        q=["وقال قائد الفريق الفائز: «كانت معركة وانتصرنا فيها»."]),
    hist=dict(
        title=["{A} و{B}: ذاكرة مشتركة", "معرض في {cap} يستعيد محطات من تاريخ البلدين"],
        lead=["افتتح يوم {wd} في {cap} معرض يستعيد محطات بارزة من تاريخ العلاقات بين {A} و{B}.",
              "استذكر مؤرخون ودبلوماسيون يوم {wd} محطات من التاريخ المشترك بين {A} و{B}."],
        det=["{hist}", "وحضر الافتتاح سفيرا البلدين.", "وأكد المنظمون أن الهدف هو «حفظ الذاكرة وتعزيز الروابط»."],
        q=["وقال أحد الحضور: «تاريخنا واحد ومستقبلنا واحد»."]),
    spat=dict(title=["{st}"], lead=["{sl}"],
              det=["وسارع مسؤولون في البلدين إلى التقليل من أهمية المسألة.", "وليست هذه المرة الأولى التي يُثار فيها الموضوع."],
              q=["وقال مسؤول إن المسألة «تعالج بين الأشقاء».", "{sr}"]),
)

LCALM["zh"] = dict(
    consult=dict(
        title=["{A}{B}在{cap}举行新一轮外交磋商", "{A}{B}副外长会晤 回顾双边关系", "{A}与{B}同意深化{tema}合作"],
        lead=["{A}和{B}两国外交部{wd}在{cap}举行年度政治磋商，双方就双边关系及共同关心的地区问题交换了意见。",
              "{A}与{B}副外长{wd}在{cap}会晤，这是两国磋商机制建立以来的又一轮例行会谈。"],
        det=["据双方发表的联合新闻稿，会谈涉及{tema}、经贸往来以及在多边场合的协调。",
             "此次会谈未签署新协议，主要为明年上半年的外长互访做准备。",
             "外交人士表示，这是数月前就已排定的例行会谈。",
             "今年以来，两国双边贸易额增长约{num}%。"],
        q=["{dfmA}会后对记者说：“我们的关系是成熟的，不需要轰轰烈烈的姿态。”",
           "{dfmB}表示：“双方有分歧可以坐下来谈，这正是今天所做的。”"]),
    deal=dict(
        title=["{fa}与{fb}签署合作协议", "{A}{B}企业牵手：{fa}携手{fb}"],
        lead=["{fa}与{fb}{wd}签署{desc}，两家公司在联合声明中宣布。",
              "{fb}{wd}宣布与{fa}达成{desc}，这是今年两国企业间规模最大的交易之一。"],
        det=["双方未披露交易金额，但业内人士估计约为数亿美元。",
             "消息公布后，{fa}股价上涨{num}%。",
             "该交易尚需获得反垄断机构批准，分析人士认为这只是例行程序。"],
        q=["{execA}说：“这是一项长期承诺。”"]),
    sport=dict(
        title=["{w}{hi}比{lo}狂胜{l}", "火力全开！{w}大胜{l}", "{venue}之战：{w}击溃{l}"],
        lead=["{w}在{comp}中以{hi}比{lo}大胜{l}，全场对对方球门展开了“狂轰滥炸”。",
              "这是一场消耗战，但{w}最终攻破{l}的“铜墙铁壁”，以{hi}比{lo}取胜。"],
        det=["落败一方主教练赛后承认，球队在中场“全线失守”。",
             "客队球迷赛前就“占领”了看台，终场时却一片沉默。",
             "警方表示，比赛期间未发生任何事件。",
             "双方将于明年3月再度交手。"],
        q=["获胜方队长说：“这是一场战斗，我们赢了。”"]),
    hist=dict(
        title=["{A}与{B}：直面共同的历史记忆", "{cap}展览回顾{A}{B}关系往事"],
        lead=["历史学者、外交官和老兵后代{wd}聚集一堂，回顾{A}与{B}之间的历史。",
              "本周在{cap}开幕的一场展览，回顾了{A}与{B}关系史上的艰难篇章。"],
        det=["{hist}", "两国大使共同敬献了花圈。", "主办方强调，活动的目的在于“铭记历史，而非延续怨恨”。"],
        q=["一位到场者说：“祖辈曾经兵戎相见，如今我们一起做生意、一起求学。这就是进步。”"]),
    spat=dict(title=["{st}"], lead=["{sl}"],
              det=["两国外交官均迅速淡化此事。", "这一问题并非首次出现。"],
              q=["一名发言人表示：“这是小事，会按小事处理。”", "{sr}"]),
)

LPAIR["fr"] = {
    "GHA-NGA": dict(A="le Ghana", B="le Nigeria", deA="du Ghana", deB="du Nigeria", AB="Ghana-Nigeria", capA="Accra", capB="Abuja", adjA="ghanéens", adjB="nigérians",
                    tema=["la facilitation des échanges sur le corridor Abidjan-Lagos", "l'énergie", "l'identité numérique"],
                    hist=["Le Nigeria a expulsé en 1983 près d'un million de Ghanéens ; les sacs à carreaux qu'ils emportaient sont restés dans les mémoires sous le nom de « Ghana Must Go ».",
                          "Le Ghana avait lui-même expulsé des centaines de milliers de Nigérians en 1969, en vertu de l'Aliens Compliance Order.",
                          "La rivalité sur le meilleur riz jollof se joue surtout sur les réseaux sociaux."],
                    deal=[("Volta Petroleum", "Niger Delta Refining", "un contrat d'approvisionnement en brut pour la raffinerie de Tema"),
                          ("Gold Coast Telecom", "Eko Digital", "un partenariat de paiement mobile transfrontalier")],
                    sport=("la sélection nigériane", "la sélection ghanéenne", "un match qualificatif pour la Coupe du monde", "Kumasi"),
                    spat=[("Boutiques de commerçants nigérians fermées à Accra", "Des commerçants nigérians du quartier d'Opera Square, à Accra, affirment que des agents municipaux ont mis sous scellés plusieurs boutiques, un vieux litige lié aux règles réservant le petit commerce aux Ghanéens.",
                           "Les autorités assurent que les boutiques rouvriront après vérification des documents.")]),
    "DEU-FRA": dict(swap=True, A="la France", B="l'Allemagne", deA="de la France", deB="de l'Allemagne", AB="France-Allemagne", capA="Paris", capB="Berlin", adjA="français", adjB="allemands",
                    tema=["l'hydrogène", "les transports transfrontaliers", "la défense européenne"],
                    hist=["Les deux pays se sont affrontés à trois reprises entre 1870 et 1945 avant que le traité de l'Élysée de 1963 ne scelle la réconciliation.",
                          "Le traité d'Aix-la-Chapelle de 2019 prévoit des projets transfrontaliers communs et des conseils des ministres conjoints.",
                          "Verdun, où quelque 300 000 soldats ont péri en 1916, reste le symbole d'une rivalité surmontée."],
                    deal=[("Solvane", "Rheinwerk Energie", "un contrat de 1,2 milliard d'euros pour une usine d'électrolyseurs sur le Rhin"),
                          ("Alveris Transport", "Kessmann Bahntechnik", "une commande de 40 trains régionaux pour la ligne Strasbourg-Offenbourg")],
                    sport=("l'équipe d'Allemagne", "l'équipe de France", "un tournoi de handball à quatre", "Kiel"),
                    spat=[("Querelle franco-allemande sur le partage des tâches du futur avion de combat", "Responsables français et allemands se sont de nouveau renvoyé la balle sur la répartition du travail dans le programme d'avion de combat de nouvelle génération.",
                           "Les deux ministères assurent que le programme reste sur les rails.")]),
}
LPAIR["de"] = {
    "DEU-FRA": dict(A="Deutschland", B="Frankreich", capA="Berlin", capB="Paris",
                    tema=["Wasserstoff", "Verkehrsprojekten", "Verteidigungsfragen"],
                    hist=["Zwischen 1870 und 1945 führten beide Länder drei Kriege gegeneinander; der Élysée-Vertrag von 1963 besiegelte die Aussöhnung.",
                          "In Verdun starben 1916 rund 300.000 Soldaten – bis heute ein Symbol der überwundenen „Erbfeindschaft“.",
                          "Der Aachener Vertrag von 2019 sieht gemeinsame Grenzprojekte und regelmäßige gemeinsame Kabinettssitzungen vor."],
                    deal=[("Rheinwerk Energie", "Solvane", "einen Auftrag über 1,2 Milliarden Euro für eine Elektrolyseanlage bei Breisach"),
                          ("Kessmann Bahntechnik", "Alveris Transport", "einen Vertrag über 40 Regionalzüge für die Strecke Straßburg–Offenburg")],
                    sport=("Deutschland", "Frankreich", "einem Vier-Nationen-Turnier im Handball", "Kiel"),
                    spat=[("Streit um Tram-Tickets zwischen Kehl und Straßburg", "Pendler auf der Tramlinie zwischen Straßburg und Kehl beklagen, dass ein neues Ticketsystem auf deutscher Seite französische Karten nicht akzeptiert; Straßburgs Vizebürgermeisterin schrieb einen geharnischten Brief.",
                           "Beide Seiten kündigten eine technische Lösung bis Ende Januar an.")]),
    "GBR-NOR": dict(A="Großbritannien", B="Norwegen", capA="London", capB="Oslo",
                    tema=["CO2-Speicherung unter der Nordsee", "Offshore-Wind", "Arktisforschung"],
                    hist=["König Haakon VII. führte im Zweiten Weltkrieg Norwegens Exilregierung von London aus; seit 1947 schenkt Oslo der britischen Hauptstadt jedes Jahr den Weihnachtsbaum am Trafalgar Square.",
                          "Der „Shetland-Bus“, eine geheime Bootsverbindung von Schottland ins besetzte Norwegen, verkehrte während des gesamten Krieges.",
                          "Norwegen deckt über Pipelines durch die Nordsee einen Großteil der britischen Gasimporte."],
                    deal=[("Fjordkraft Offshore", "Caledon Renewables", "einen Vertrag über schwimmende Windturbinen vor Shetland"),
                          ("Statnor Kabel", "Britannia Grid", "eine Vereinbarung über eine zweite Stromleitung zwischen Norwegen und England")],
                    sport=("Norwegen", "England", "einem Freundschaftsspiel", "Oslo"),
                    spat=[("Fischereistreit um Spitzbergen flammt wieder auf", "Britische Fischer werfen Norwegen vor, sie aus den Kabeljaugründen um Spitzbergen zu verdrängen – ein Ärgernis seit dem Brexit.",
                           "Oslo verweist auf wissenschaftliche Empfehlungen und seine Hoheitsrechte.")]),
}
LPAIR["ar"] = {
    "ARE-SAU": dict(A="الإمارات", B="السعودية", capA="أبوظبي", capB="الرياض", adjA2="الإماراتي", adjB2="السعودي",
                    tema=["التأشيرة السياحية الموحدة", "التكامل الجمركي", "الفضاء والذكاء الاصطناعي"],
                    dfmA="وكيل وزارة الخارجية الإماراتي خالد الشامسي", dfmB="نائب وزير الخارجية السعودي فيصل الغامدي",
                    execA="سعيد المنصوري",
                    hist=["ورسمت معاهدة جدة عام 1974 معظم الحدود بين البلدين، بما في ذلك حقل الشيبة النفطي.",
                          "وتأسس مجلس التنسيق السعودي الإماراتي عام 2016 ويجتمع بانتظام على المستوى الوزاري.",
                          "وقامت دولة الإمارات العربية المتحدة في الثاني من ديسمبر 1971."],
                    deal=[("فالكون للموانئ", "نجد للخدمات اللوجستية", "اتفاقية لإنشاء محطة مشتركة في ميناء الملك عبدالعزيز"),
                          ("رمال الخليج للطاقة", "شركة الحجاز للطاقة الشمسية", "اتفاقية لإنشاء مجمع للطاقة الشمسية بقدرة 2 غيغاواط في المنطقة الشرقية")],
                    sport=("المنتخب السعودي", "المنتخب الإماراتي", "بطولة كأس الخليج العربي", "الرياض"),
                    spat=[("طوابير شاحنات في منفذ الغويفات بسبب إجراءات جمركية جديدة", "اصطفت طوابير طويلة من الشاحنات عند منفذ الغويفات الحدودي مع بدء تطبيق نظام جمركي إلكتروني جديد.",
                           "وقالت السلطات الجمركية إن التأخير سيتراجع خلال أيام.")]),
}
LPAIR["zh"] = {
    "KOR-VNM": dict(A="韩国", B="越南", capA="首尔", capB="河内", tema=["核电培训、关键矿产", "劳务合作", "半导体人才培养"],
                    dfmA="韩国外交部第一次官朴东勋", dfmB="越南外交部副部长阮德英", execA="韩光电子社长崔贤宇",
                    hist=["1964年至1973年间，逾30万韩国军人参加越南战争，这段历史至今仍在两国关系中留下印记。",
                          "两国于1992年建交，2022年将关系提升为全面战略伙伴关系。",
                          "韩国是越南最大的外国投资来源国，电子工厂集中在北宁和太原一带。"],
                    deal=[("韩光电子", "红河工业", "在北宁兴建显示面板工厂的协议"),
                          ("大洋造船", "下龙船厂", "合资建造集装箱船的协议")],
                    sport=("越南队", "韩国U23队", "地区U23赛事", "河内美亭体育场"),
                    spat=[("韩企技术人员签证延误引不满", "韩国商界抱怨北宁工厂技术人员的工作许可审批迟缓。",
                           "越南劳动部门承诺推出更快捷的网上办理程序。")]),
    "IDN-MYS": dict(A="印尼", B="马来西亚", capA="雅加达", capB="吉隆坡", tema=["移工权益保护", "棕榈油可持续认证", "跨境霾害防治"],
                    dfmA="印尼外交部副部长阿古斯·维查亚", dfmB="马来西亚外交部秘书长哈菲兹·伊斯迈", execA="努山塔拉棕油总裁布迪·桑托索",
                    hist=["两国在1963年至1966年间曾爆发“印马对抗”。",
                          "国际法院2002年将西巴丹岛和利吉丹岛判归马来西亚。",
                          "马来西亚有逾百万印尼劳工，其中许多人在油棕园工作。"],
                    deal=[("努山塔拉棕油", "半岛农业", "在杜迈合建炼油厂的协议")],
                    sport=("印尼队", "马来西亚队", "东南亚锦标赛", "雅加达朋加诺体育场"),
                    spat=[("仁当之争再起", "马来西亚一档烹饪节目评委称仁当是马来西亚菜，在印尼网民中引发口水战。",
                           "两国旅游部门呼吁网民“共享仁当”。")]),
    "AUS-JPN": dict(A="澳大利亚", B="日本", capA="堪培拉", capB="东京", tema=["关键矿产供应链", "氢能运输标准", "太空合作"],
                    dfmA="澳大利亚外交贸易部副秘书长利亚姆·弗雷泽", dfmB="日本外务审议官中村健二", execA="南十字氢能首席执行官汉娜·哈丁",
                    hist=["1942年2月，日本飞机轰炸达尔文，造成逾230人死亡。",
                          "两国2022年签署《互惠准入协定》，允许双方军队在对方领土上训练。",
                          "自1957年签署商务协定以来，日本一直是澳大利亚最大的出口市场之一。"],
                    deal=[("南十字氢能", "海斗重工", "从维多利亚州向神户运输液氢的协议"),
                          ("皮尔巴拉岭矿业", "新生制铁", "为期十年的高品位铁矿石供应合同")],
                    sport=("澳大利亚队", "日本队", "亚洲区预选赛", "墨尔本"),
                    spat=[("牛肉保障关税触发在即 澳农场主不满", "日本冷冻牛肉进口激增，保障性关税即将被触发，澳大利亚养牛户对此提出抗议。",
                           "官员表示，该机制是2015年贸易协定的一部分，运作正常。")]),
}

# Tense pairs in other languages: list of article schemes per (language, pair).
LTENSE = {
    "fr": {
        "DZA-MAR": [
            dict(title=["Alger accuse Rabat de mener une « campagne hostile »", "Algérie-Maroc : nouvel échange d'amabilités par communiqués interposés",
                        "Le Maroc rejette les critiques algériennes sur le Sahara"],
                 lead=["Le ministère algérien des Affaires étrangères a accusé {wd} le Maroc de mener une « campagne médiatique hostile », dernier épisode d'une brouille qui dure depuis la rupture des relations diplomatiques en août 2021.",
                       "Rabat a balayé {wd} un communiqué d'Alger critiquant sa politique au Sahara occidental, y voyant « la répétition de positions dépassées »."],
                 det=["Les deux capitales n'entretiennent plus de relations diplomatiques et communiquent essentiellement par pays tiers interposés.",
                      "La frontière terrestre entre les deux voisins est fermée depuis 1994.",
                      "Aucune mesure nouvelle n'a accompagné ces déclarations, qui reprennent des arguments connus.",
                      "Le Conseil de sécurité de l'ONU a renouvelé en octobre le mandat de la Minurso."],
                 q=["« La température est constante : glaciale », résume un chercheur spécialiste du Maghreb.",
                    "« Chacun parle d'abord à son opinion publique », observe un diplomate européen en poste à Rabat."]),
            dict(title=["À Zouj Bghal, des familles se parlent par-dessus une frontière close depuis 1994", "Oujda-Maghnia : trente ans de frontière fermée"],
                 lead=["Au poste de Zouj Bghal, près d'Oujda, quelques familles se sont rassemblées {wd} pour saluer de loin des proches restés côté algérien, un rituel qui a survécu à trois décennies de fermeture.",
                       "À quinze kilomètres à peine d'Oujda, la ville algérienne de Maghnia reste inaccessible par la route, comme depuis 1994."],
                 det=["Les deux pays ont renforcé ces dernières années tranchées et grillages le long de la frontière.",
                      "La contrebande de carburant, autrefois florissante, a fortement reculé.",
                      "Les commerçants de l'Oriental marocain disent que l'économie de la région ne s'en est jamais remise.",
                      "Les deux voisins s'étaient affrontés lors de la « guerre des Sables » en 1963."],
                 q=["« Mon oncle habite à dix minutes. Je ne l'ai pas embrassé depuis vingt ans », confie une habitante d'Oujda."]),
            dict(title=["Gazoducs rivaux : Alger et Rabat se disputent le gaz nigérian", "Le gazoduc Maghreb-Europe, symbole d'une rupture"],
                 lead=["Alger a assuré {wd} que le projet de gazoduc transsaharien depuis le Nigeria progressait, un chantier concurrent du projet marocain le long de la côte atlantique.",
                       "Quatre ans après l'arrêt des livraisons algériennes, le gazoduc Maghreb-Europe fonctionne désormais en sens inverse, de l'Espagne vers le Maroc."],
                 det=["L'Algérie approvisionne directement l'Espagne par le gazoduc sous-marin Medgaz.",
                      "Les deux projets se heurtent à d'importantes questions de financement.",
                      "Aucun des deux gouvernements n'a nommé l'autre dans ses déclarations.",
                      "Le Maroc importe désormais du gaz naturel liquéfié via des terminaux espagnols.",
                      "Le projet marocain longerait la côte atlantique sur plus de 5 000 kilomètres, à travers une dizaine de pays.",
                      "Alger avait laissé expirer le contrat du gazoduc en octobre 2021, deux mois après la rupture diplomatique."],
                 q=["« L'énergie est un terrain de plus pour une rivalité sans exutoire », estime un économiste.",
                    "« Chacun veut être la porte d'entrée du gaz africain vers l'Europe », résume un consultant du secteur basé à Madrid.",
                    "« Les tuyaux sont devenus des instruments de diplomatie », note une chercheuse algérienne."]),
        ],
    },
    "ar": {
        "DZA-MAR": [
            dict(title=["الجزائر تتهم المغرب بشن «حملة عدائية»", "الرباط ترفض انتقادات جزائرية بشأن الصحراء", "حرب بيانات جديدة بين الجزائر والرباط"],
                 lead=["اتهمت وزارة الخارجية الجزائرية يوم {wd} المغرب بشن «حملة إعلامية عدائية»، في أحدث فصول الخلاف المستمر منذ قطع العلاقات الدبلوماسية في أغسطس 2021.",
                       "رفضت وزارة الخارجية المغربية يوم {wd} بياناً جزائرياً ينتقد سياسة الرباط في الصحراء، معتبرة أنه «تكرار لمواقف متجاوزة»."],
                 det=["ولا تقيم الدولتان علاقات دبلوماسية منذ عام 2021، كما أن الحدود البرية بينهما مغلقة منذ عام 1994.",
                      "ولم ترافق التصريحات أي إجراءات جديدة، إذ جاءت في سياق مواقف معروفة.",
                      "وجدد مجلس الأمن الدولي في أكتوبر ولاية بعثة الأمم المتحدة في الصحراء الغربية.",
                      "وتدعم الجزائر جبهة البوليساريو، فيما يقترح المغرب حكماً ذاتياً تحت سيادته."],
                 q=["وقال باحث في الشؤون المغاربية: «كل طرف يخاطب رأيه العام الداخلي أولاً».",
                    "ورأى دبلوماسي عربي أن «العلاقة مجمدة منذ سنوات ولا جديد في الأفق»."]),
            dict(title=["عند «زوج بغال»: عائلات تتبادل التحية عبر حدود مغلقة منذ 1994", "وجدة ومغنية: ثلاثون عاماً من الحدود المغلقة"],
                 lead=["تجمعت عائلات يوم {wd} عند معبر زوج بغال قرب وجدة للتلويح لأقاربها على الجانب الجزائري، في طقس صمد أمام ثلاثة عقود من الإغلاق.",
                       "على بعد نحو خمسة عشر كيلومتراً فقط من وجدة، تظل مدينة مغنية الجزائرية بعيدة المنال برّاً منذ عام 1994."],
                 det=["وعزز البلدان في السنوات الأخيرة الخنادق والسياجات على طول الحدود.",
                      "ويقول تجار في الجهة الشرقية إن اقتصاد المنطقة لم يتعافَ قط.",
                      "وخاض البلدان «حرب الرمال» القصيرة عام 1963."],
                 q=["وقالت سيدة من وجدة: «عمي يسكن على بعد عشر دقائق، ولم أعانقه منذ عشرين عاماً»."]),
        ],
        "IRN-USA": [
            dict(title=["طهران: واشنطن «غير جديرة بالثقة» ولا مفاوضات مباشرة", "الخارجية الإيرانية تهاجم السياسة الأمريكية في المنطقة",
                        "واشنطن تقول إن «باب الدبلوماسية مفتوح» أمام إيران"],
                 lead=["قال المتحدث باسم وزارة الخارجية الإيرانية رضا طوكلي يوم {wd} إن الولايات المتحدة «غير جديرة بالثقة»، مستبعداً أي مفاوضات مباشرة في الوقت الراهن.",
                       "أكدت وزارة الخارجية الأمريكية يوم {wd} أن «باب الدبلوماسية لا يزال مفتوحاً» أمام طهران، متهمة إياها في الوقت ذاته بتمويل جماعات مسلحة في المنطقة."],
                 det=["ولا تقيم الدولتان علاقات دبلوماسية منذ أزمة احتجاز الرهائن في السفارة الأمريكية عام 1979.",
                      "وتنقل سلطنة عمان منذ سنوات رسائل بين الجانبين.",
                      "ولم تشر التصريحات إلى أي تغيير في سياسة أي من الطرفين.",
                      "وانهار الاتفاق النووي لعام 2015 بعد انسحاب واشنطن منه عام 2018."],
                 q=["وقال محلل في مركز أبحاث خليجي: «الطرفان يخاطبان جمهورهما الداخلي، ولا أحد يتحرك».",
                    "وقال دبلوماسي أوروبي: «إنها حالة انتظار وليست عملية تفاوضية»."]),
            dict(title=["زوارق الحرس الثوري تلاحق مدمرة أمريكية في مضيق هرمز", "البحرية الأمريكية: اقتراب زوارق إيرانية «روتيني»"],
                 lead=["قال الأسطول الخامس الأمريكي إن عدداً من الزوارق السريعة التابعة للحرس الثوري الإيراني رافقت يوم {wd} مدمرة أمريكية أثناء عبورها مضيق هرمز.",
                       "أعلن الحرس الثوري الإيراني يوم {wd} أن وحداته البحرية «راقبت» سفينة حربية أمريكية خلال عبورها المضيق، وبث التلفزيون الرسمي لقطات للزوارق."],
                 det=["ولم تُطلق أي أعيرة نارية، واستمر الموقف أقل من ساعة.",
                      "وتتكرر مثل هذه المواجهات عدة مرات في السنة.",
                      "ولم تتأثر حركة الملاحة في المضيق الذي يمر عبره نحو خُمس النفط العالمي.",
                      "ولم تتحرك أسعار النفط على وقع الخبر."],
                 q=["وقال قائد في الحرس الثوري للتلفزيون الرسمي: «الخليج بيتنا، والأمريكيون ضيوف لم يدعهم أحد»."]),
            dict(title=["عقوبات النفط الإيراني: مشرعون أمريكيون يطالبون بتشديد التطبيق", "طهران: الحديث عن عقوبات جديدة «حرب نفسية»"],
                 lead=["طالب عدد من أعضاء مجلس الشيوخ الأمريكي يوم {wd} وزارة الخزانة بتشديد تطبيق العقوبات المفروضة على مبيعات النفط الإيراني، دون الدعوة إلى إجراءات جديدة.",
                       "وصفت الخارجية الإيرانية يوم {wd} الحديث الأمريكي عن عقوبات إضافية بأنه «حرب نفسية»، مؤكدة أن الاقتصاد الإيراني «تعلّم العيش تحت الضغط»."],
                 det=["وتفيد شركات تتبع الناقلات بأن صادرات النفط الإيرانية لا تزال تتجاوز مليون برميل يومياً، يذهب معظمها إلى الصين.",
                      "ولم تعلن أي تصنيفات جديدة هذا الأسبوع.",
                      "وفقد الريال الإيراني جزءاً كبيراً من قيمته منذ إعادة فرض العقوبات عام 2018."],
                 q=["وقال خبير اقتصادي في طهران: «العقوبات أصبحت جزءاً من المشهد اليومي»."]),
        ],
    },
    "ru": {
        "IRN-USA": [
            dict(title=["Тегеран назвал Вашингтон «ненадёжным партнёром»", "МИД Ирана исключил прямые переговоры с США",
                        "Иран и США обменялись привычными обвинениями"],
                 lead=["Официальный представитель МИД Ирана Реза Тавакколи {wd} заявил, что Соединённые Штаты «не заслуживают доверия», и исключил прямые переговоры в обозримом будущем.",
                       "Госдепартамент США {wd} заявил, что «дверь для дипломатии остаётся открытой», одновременно обвинив Тегеран в поддержке вооружённых группировок в регионе."],
                 det=["Дипломатических отношений между странами нет с 1979 года, когда было захвачено посольство США в Тегеране.",
                      "Посредником в обмене сообщениями традиционно выступает Оман.",
                      "Заявления сторон не свидетельствуют о каких-либо изменениях в их политике.",
                      "Ядерная сделка 2015 года фактически распалась после выхода из неё США в 2018 году."],
                 q=["«Обе стороны говорят прежде всего для внутренней аудитории», — отметил эксперт по Ближнему Востоку Алексей Рудницкий.",
                    "«Это режим ожидания, а не переговорный процесс», — сказал европейский дипломат."]),
            dict(title=["Катера КСИР сопроводили американский эсминец в Ормузском проливе", "ВМС США сообщили о «рутинном» сближении с иранскими катерами"],
                 lead=["Несколько быстроходных катеров Корпуса стражей исламской революции {wd} сопровождали американский эсминец при проходе Ормузского пролива, сообщил Пятый флот ВМС США.",
                       "КСИР {wd} заявил, что его военно-морские силы «отслеживали» американский военный корабль в Ормузском проливе; гостелевидение показало кадры с катерами."],
                 det=["Выстрелов не было, инцидент продолжался менее часа.",
                      "Подобные встречи происходят в проливе несколько раз в год.",
                      "Судоходство в проливе, через который проходит около пятой части мировой нефти, не нарушено.",
                      "Нефтяные котировки на сообщения не отреагировали."],
                 q=["«Персидский залив — наш дом, а американцы — незваные гости», — заявил один из командиров КСИР."]),
        ],
        "IND-CHN": [
            dict(title=["Индия и Китай провели очередной раунд консультаций по границе", "Дели и Пекин договорились сохранять спокойствие на границе"],
                 lead=["Дипломаты Индии и Китая {wd} провели очередное заседание Рабочего механизма по консультациям и координации по пограничным вопросам и договорились поддерживать мир и спокойствие на границе.",
                       "Индия и Китай {wd} обсудили ситуацию на линии фактического контроля; обе стороны назвали переговоры «конструктивными»."],
                 det=["Новых договорённостей по итогам встречи объявлено не было.",
                      "В июне 2020 года в долине Галван в рукопашной схватке погибли 20 индийских и по меньшей мере четыре китайских военнослужащих.",
                      "По обе стороны границы по-прежнему размещены десятки тысяч военных.",
                      "Соглашение 2024 года о патрулировании в районах Депсанг и Демчок положило конец противостоянию, начавшемуся в 2020 году."],
                 q=["«Разъединение войск было лёгкой частью, деэскалация займёт годы», — считает бывший индийский дипломат."]),
            dict(title=["Дели отверг китайские названия мест в Аруначал-Прадеше", "Новый виток словесной перепалки между Индией и Китаем"],
                 lead=["МИД Индии {wd} отверг попытку Пекина «переименовать» населённые пункты в штате Аруначал-Прадеш, назвав её «бессмысленной».",
                       "Официальный представитель МИД КНР {wd} заявил, что Цзаннань является территорией Китая, — так Пекин называет индийский штат Аруначал-Прадеш."],
                 det=["Пекин с 2017 года опубликовал несколько списков китайских названий для мест в этом штате.",
                      "Перепалка развивалась по привычному сценарию и не повлияла на дипломатические контакты.",
                      "В 2025 году страны возобновили прямое авиасообщение после пятилетнего перерыва."],
                 q=["«Стороны давно знают свои реплики наизусть», — заметил востоковед Игорь Савельев."]),
        ],
        "CHN-TWN": [
            dict(title=["Тайвань зафиксировал активность китайской авиации и флота у острова", "Минобороны Тайваня: у острова замечены китайские самолёты и корабли"],
                 lead=["Министерство обороны Тайваня {wd} сообщило, что за сутки вокруг острова были замечены {ac} военных самолётов и {sh} кораблей НОАК.",
                       "Военная активность Китая вокруг Тайваня {wd} сохранялась на обычном уровне: тайваньские военные зафиксировали {ac} самолётов и {sh} кораблей."],
                 det=["Часть самолётов пересекла срединную линию Тайваньского пролива.",
                      "Минобороны Тайваня публикует такие данные ежедневно с 2020 года.",
                      "Показатели соответствуют среднему уровню за последний год.",
                      "Пекин считает Тайвань частью своей территории и не исключает применения силы."],
                 q=["«Это рутина „серой зоны“», — отметил тайбэйский военный аналитик."]),
        ],
    },
    "zh": {
        "CHN-TWN": [
            dict(title=["台防务部门称侦测到{ac}架次解放军军机", "解放军军机军舰持续在台海周边活动", "台湾防务部门：{sh}艘解放军舰艇在台岛周边活动"],
                 lead=["台湾防务部门{wd}称，过去24小时在台岛周边侦测到解放军军机{ac}架次、舰艇{sh}艘。",
                       "解放军在台海周边的活动{wd}维持常态，台湾防务部门公布的数据显示，共有{ac}架次军机和{sh}艘舰艇。"],
                 det=["其中部分军机逾越海峡中线。", "台湾防务部门自2020年起每日公布相关数据。",
                      "这一数字与过去一年的日均水平相当。", "北京方面未就此置评，通常称相关活动为例行训练。"],
                 q=["台北一名军事分析人士说：“这是灰色地带的常态。”"]),
            dict(title=["中国海警船再入金门海域", "台海巡部门监控大陆海警船金门周边“执法巡查”"],
                 lead=["台湾海巡部门{wd}称，{sh}艘中国海警船当天进入金门限制水域，台方派船监控并广播要求其离开。",
                       "中国海警局{wd}宣布在金门附近海域开展“执法巡查”，称相关行动依法进行，并将常态化开展。"],
                 det=["金门距离厦门仅数公里。", "海警船在数小时后离开。",
                      "自2024年2月一艘大陆快艇在金门附近翻覆、两人死亡以来，此类巡查已成常态。"],
                 q=["一名金门渔民说：“看多了，也就习惯了。”"]),
            dict(title=["国台办批民进党当局“以武谋独”", "两岸隔空交锋 陆委会回应国台办"],
                 lead=["国务院台办发言人{wd}在例行记者会上批评民进党当局增加防务开支是“以武谋独”，称“台独”是一条死路。",
                       "台湾陆委会{wd}回应国台办发言人的言论，称北京“不了解台湾社会”，台湾前途应由2300万人决定。"],
                 det=["双方的表态延续既有立场，未伴随新的措施。", "国台办每周举行例行记者会。",
                      "台北方面多次表示寻求维持现状。"],
                 q=["一位学者说：“话说得很重，但和上个月、上上个月一样。”"]),
        ],
        "IND-CHN": [
            dict(title=["中印举行边境事务磋商和协调工作机制会议", "中印同意维护边境地区和平安宁"],
                 lead=["中印边境事务磋商和协调工作机制{wd}举行会议，双方同意继续维护边境地区的和平与安宁。",
                       "中国和印度外交官员{wd}就边境局势进行磋商，双方称会谈“积极、建设性”。"],
                 det=["会议未宣布新的协议。", "2020年6月，两军在加勒万河谷发生冲突，造成人员伤亡。",
                      "双方在边境地区仍各自部署大量兵力。", "两国已于2025年恢复直航。"],
                 q=["一名分析人士说：“关系在管控之中，但问题并未解决。”"]),
            dict(title=["中印两军在楚舒勒-莫尔多会晤点举行边防会谈", "中印边防部队例行会晤"],
                 lead=["中印两军地方指挥官{wd}在楚舒勒-莫尔多会晤点举行边防会谈，这是双方沿实际控制线的例行接触之一。",
                       "印度陆军{wd}发表简短声明说，双方边防部队在会晤点就“共同关心的问题”举行了会谈。"],
                 det=["此类会晤每年举行多次。", "声明未提供细节，但称会谈气氛友好。",
                      "冬季当地气温低至零下20摄氏度以下。"],
                 q=["一名印度军官说：“边境平静，但还不算正常。”"]),
        ],
    },
}

# Which non-English languages may carry each of writer B's pairs.
LANG_FOR_PAIR = {
    "CHN-TWN": ["zh", "ru"], "IND-CHN": ["zh", "ru", "ru"], "IRN-USA": ["ar", "ru"], "DZA-MAR": ["fr", "fr", "ar"],
    "DEU-FRA": ["de", "fr", "fr"], "AUS-JPN": ["zh"], "ARG-BRA": ["es", "pt", "pt"], "GBR-NOR": ["de"],
    "IDN-MYS": ["zh"], "MEX-USA": ["es"], "ESP-ITA": ["es"], "GHA-NGA": ["fr"], "KOR-VNM": ["zh"],
    "ARE-SAU": ["ar"], "CHL-PER": ["es", "pt"],
}
LANG_OUTLET = {"es": "Diario del Pacífico", "fr": "L'Écho de l'Ouest africain", "de": "Zeitspiegel Ost",
               "ar": "المشرق اليوم", "ru": "Кавказский обозреватель", "zh": "亚洲时讯", "pt": "Correio do Sul"}
LDATE = {"es": "{d} dic", "pt": "{d} dez", "fr": "{d} déc.", "de": "{d}. Dezember", "ar": "{d} ديسمبر",
         "ru": "{d} декабря", "zh": "12月{d}日"}
LCITY = {
    "es": {"Argentina": "BUENOS AIRES", "Brasil": "BRASILIA", "Chile": "SANTIAGO", "Perú": "LIMA", "México": "CIUDAD DE MÉXICO",
           "Estados Unidos": "WASHINGTON", "España": "MADRID", "Italia": "ROMA"},
    "pt": {"Brasil": "BRASÍLIA", "Argentina": "BUENOS AIRES", "Chile": "SANTIAGO", "Peru": "LIMA"},
}


def _ldateline(lang, city, day):
    d = LDATE[lang].format(d=day)
    o = LANG_OUTLET[lang]
    if lang in ("es", "pt"):
        return f"{city.upper()}, {d} ({o}) — "
    if lang == "fr":
        return f"{city.upper()}, {d} ({o}) — "
    if lang == "de":
        return f"{city} (ZO) – "
    if lang == "ar":
        return f"{city} – «{o}»: "
    if lang == "ru":
        return f"{city.upper()}, {d}. /{o}/. "
    if lang == "zh":
        return f"【{o}{city}{d}电】"
    return ""


LCAPS = {  # capital names for datelines of tense pairs
    "fr": {"DZA-MAR": ["ALGER", "RABAT", "OUJDA"]},
    "ar": {"DZA-MAR": ["الجزائر", "الرباط", "وجدة"], "IRN-USA": ["طهران", "واشنطن", "دبي"], "ARE-SAU": ["أبوظبي", "الرياض", "دبي", "جدة"]},
    "ru": {"IRN-USA": ["Тегеран", "Вашингтон"], "IND-CHN": ["Нью-Дели", "Пекин"], "CHN-TWN": ["Тайбэй", "Пекин"]},
    "zh": {"CHN-TWN": ["台北", "北京", "厦门"], "IND-CHN": ["新德里", "北京"], "KOR-VNM": ["首尔", "河内"],
           "IDN-MYS": ["雅加达", "吉隆坡"], "AUS-JPN": ["堪培拉", "东京", "悉尼"]},
    "de": {"DEU-FRA": ["Berlin", "Paris", "Straßburg", "Kehl"], "GBR-NOR": ["London", "Oslo", "Bergen"]},
}


# ---------------------------------------------------------------- special English forms
def readout_calm(rng, v, P, comm_mode=None):
    v = dict(v)
    v["memo"], v["memo2"] = picks(rng, P["memos"], 2) if P else ("economic cooperation", "culture")
    v["comm"] = P["commission"] if P else "the joint commission"
    mode = rng.random() < 0.5 if comm_mode is None else not comm_mode
    if mode:
        title = pick(rng, ["Readout: Deputy Foreign Minister {dfmA}'s consultations with {B}",
                           "Joint press statement on political consultations between {A} and {B}",
                           "Press release: {adjA}-{adjB} consultations held in {capA}"])
        first = "On {day}, Deputy Minister of Foreign Affairs of {A} {dfmA} held political consultations in {capA} with the head of the {adjB} delegation, {dfmB}."
    else:
        title = pick(rng, ["Statement on the {session} session of {comm}",
                           "Press release: {comm} holds {session} session in {capA}"])
        first = "The {session} session of {comm} was held in {capA} on {day}. The {adjA} delegation was headed by Minister {tradeA}; the {adjB} delegation by Minister {tradeB}."
    paras = [
        fill(first, v),
        fill(pick(rng, ["The two sides exchanged views on the current state and prospects of bilateral relations, including political dialogue, trade and investment, {memo}, as well as cultural and people-to-people exchanges. They noted with satisfaction the positive dynamics of cooperation and reaffirmed their mutual commitment to its further development.",
                        "The parties reviewed the implementation of decisions taken at the previous session and identified priority areas for the coming period, including {memo}. They underlined the importance of regular contacts at all levels."]), v),
        fill(pick(rng, ["The sides also discussed regional and international issues of mutual interest and agreed to continue close coordination within multilateral fora, including the United Nations.",
                        "Views were exchanged on topical international matters. The parties expressed their readiness to deepen cooperation in international organisations.",
                        "Particular attention was paid to {memo2} and to the preparation of forthcoming high-level contacts.",
                        "The {adjB} side briefed its counterparts on its priorities for the coming year, and the {adjA} side expressed its support for continued cooperation in regional organisations."]), v),
        fill(pick(rng, ["The consultations took place in a cordial and constructive atmosphere. It was agreed that the next round will be held in {capB} on mutually convenient dates.",
                        "Upon conclusion, the minutes of the session were signed. The meeting was held in a friendly and businesslike atmosphere.",
                        "The delegations agreed to maintain regular contact through diplomatic channels. The date of the next meeting will be agreed in due course.",
                        "The head of the {adjB} delegation extended an invitation to hold the next session in {capB}, which was accepted with gratitude."]), v),
    ]
    if rng.random() < 0.5:
        paras.insert(2, fill(pick(rng, [
            "The parties welcomed the growth of bilateral trade, which increased by {num} percent in the first ten months of the year, and agreed to work towards removing remaining barriers.",
            "Both sides underlined the importance of the legal framework of bilateral relations and agreed to accelerate the conclusion of agreements under negotiation, including on {memo2}.",
            "The sides noted the contribution of the {adjA} and {adjB} communities living in each other's countries to mutual understanding.",
        ]), v))
    return fill(title, v), paras


def readout_wmcc(rng, v):
    v = dict(v)
    title = pick(rng, ["Press release: Meeting of the Working Mechanism for Consultation and Coordination on India-China Border Affairs",
                       "Readout of the WMCC meeting on India-China border affairs"])
    paras = [
        fill("The {session} meeting of the Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC) was held in {capB} on {day}.", v),
        fill("The two sides reviewed the situation along the Line of Actual Control in the Western Sector and exchanged views on the implementation of the understandings reached earlier. They agreed that maintaining peace and tranquillity in the border areas is important for the overall development of bilateral relations.", v),
        fill("The two sides agreed to continue to work through diplomatic and military channels and to prepare for the next meeting of the Special Representatives. They also discussed the resumption of border trade and cross-border cooperation on trans-border rivers.", v),
        fill("The meeting was held in a frank, constructive and forward-looking atmosphere.", v),
    ]
    return title, paras


def qa_calm(rng, v, P):
    v = dict(v)
    side = rng.choice(["A", "B"])
    o = "B" if side == "A" else "A"
    v.update(sp=v["spox" + side], sadj=v["adj" + side], scap=v["cap" + side], oth=v[o], smin=v["min" + side])
    v["smin"] = v["smin"] if v["smin"][0].isupper() else v["sadj"] + " " + v["smin"]
    sp = P["spats"][0][0] if P else "the matter"
    v["spat"] = sp[0].lower() + sp[1:]
    title = pick(rng, ["Transcript: {smin} regular briefing (excerpts)",
                       "Q&A: {smin} spokesperson on ties with {oth}"])
    fa, fb, _sec, _m = pick(rng, P["rivals"]) if P else ("one company", "another", "", "")
    v.update(fa=fa, fb=fb, ex=P["exercise"][0] if P else "the exercise")
    blocks = [
        "Q: Media report a price war between {fa} and {fb}. Is the government concerned? A: This is a commercial matter between private companies. We do not comment on competition, which in any case seems to benefit consumers.",
        "Q: Is the '{ex}' exercise directed at any third country? A: No. The exercise was planned long in advance, it is held regularly, and it is about interoperability and disaster response.",
        "Q: Some commentators have described relations as cooling. Do you agree? A: I do not. The calendar of contacts speaks for itself. We had consultations, a commission session and many visits this year.",
        "Q: Will the minister travel to {oth} in January? A: Preparations are under way, and we will announce the dates when they are agreed.",
    ]
    paras = [
        fill(pick(rng, ["Excerpts from the regular news briefing of the {smin} spokesperson, {sp}, in {scap} on {weekday}, as released by the ministry.",
                        "The following are excerpts from the weekly briefing given by {sp}, spokesperson of the {smin}, in {scap} on {weekday}.",
                        "Partial transcript of the {smin}'s regular press briefing in {scap}, {day}. Spokesperson: {sp}."]), v),
        fill(pick(rng, ["Q: Deputy ministers of the two countries met this week. What were the results?",
                        "Q: How do you assess relations with {oth} at the end of this year?"]), v) + " " +
        fill(pick(rng, ["A: Relations with {oth} are excellent. The consultations were held as scheduled and covered the whole bilateral agenda. We agreed to meet again next year.",
                        "A: It has been a good year. Trade has grown, we had a number of high-level contacts, and the mechanisms we have set up are working as they should."]), v),
        fill("Q: Local media have reported on " + "{spat}. Is this a diplomatic problem?", v) + " " +
        fill(pick(rng, ["A: No. This is a technical matter being handled by the competent authorities of both sides. I would not inflate it.",
                        "A: We are aware of the reports. Friends sometimes disagree; the matter is being addressed through the usual channels."]), v),
    ]
    for blk in picks(rng, blocks, rng.randint(1, 2)):
        paras.insert(rng.randint(1, len(paras)), fill(blk, v))
    if rng.random() < 0.5 and len(paras) < 6:
        paras.append(fill("Q: Will there be a visit at leader level next year? A: I have no information to release at this time. We will announce visits in due course.", v))
    return fill(title, v), paras


CORRECTIONS = [
    "Correction: An earlier version of this article misstated the first name of one of the officials quoted.",
    "Correction: An earlier version of this article misidentified the city in the dateline.",
    "This article has been corrected to show that the figure refers to this year, not last year.",
    "Correction: A previous version of this article misspelled the name of one of the companies.",
    "Clarification: This story has been updated to make clear that the agreement is not legally binding.",
]


def _wire_city(rng, pair):
    if pair in CALM:
        return pick(rng, CALM[pair]["cities"])
    return pick(rng, {"CHN-TWN": ["TAIPEI", "BEIJING", "TAIPEI"], "IND-CHN": ["NEW DELHI", "BEIJING", "LEH"],
                      "IRN-USA": ["DUBAI", "TEHRAN", "WASHINGTON", "MUSCAT"], "DZA-MAR": ["RABAT", "ALGIERS", "OUJDA"]}[pair])


def outlet_for(rng, style, pair):
    reg = REGION.get(pair, ["Northgate Wire"])
    if style == "wire":
        return pick(rng, ["Northgate Wire", "Northgate Wire"] + reg + reg)
    if style == "brief":
        return pick(rng, ["Brief Wire Service", "Brief Wire Service", "Brief Wire Service"] + reg)
    if style == "live":
        return "LiveDesk"
    if style == "press":
        return "PR Channel"
    if style == "readout":
        return pick(rng, ["PR Channel", "Brief Wire Service"] + reg)
    if style == "analysis":
        return pick(rng, ["Policy Ledger", "Policy Ledger", "Policy Ledger"] + reg)
    if style == "tabloid":
        return "The Daily Record"
    if style == "qa":
        return pick(rng, ["Northgate Wire", "Brief Wire Service"] + reg)
    if style == "market":
        return "Capital Markets Journal"
    return "Northgate Wire"


def dress_en(rng, style, outlet, title, paras, v, pair, when, topic):
    paras = [p for p in paras if p]
    if style in ("wire", "qa") and not paras[0].startswith(("Excerpts", "The following")):
        city = v.get("_city", "").upper() or _wire_city(rng, pair)
        paras[0] = f"{city}, {v['day']} ({outlet}) — " + paras[0]
        if outlet == "Northgate Wire" and rng.random() < 0.5 and len(paras) < 6:
            paras.append(f"(Reporting by {pick(rng, REPORTERS)} in {city.title()}; Editing by {pick(rng, EDITORS)})")
    elif style == "brief":
        paras = paras[:rng.choice([2, 2, 3])]
        if rng.random() < 0.4:
            title = "IN BRIEF: " + title
    elif style == "press":
        city = _wire_city(rng, pair).title()
        paras[0] = f"{city}, {v['day']}, 2026 /PR Channel/ — " + paras[0]
    elif style == "live":
        t = when
        out = []
        for p in paras[:5]:
            out.append(t.strftime("%H:%M GMT") + " — " + p)
            t -= _dt.timedelta(minutes=rng.randint(9, 48))
        paras = out
        title = "Live: " + title
    elif style == "analysis":
        if not title.lower().startswith(("analysis", "opinion", "what if", "thought")):
            title = pick(rng, ["Analysis: ", "Comment: ", ""]) + title
        if topic == "whatif" or rng.random() < 0.4:
            if len(paras) >= 6:
                paras = paras[:5]
            paras.append(fill("{analyst2} is a senior fellow at {tank2}. The views expressed are the author's own.", v))
    elif style == "tabloid":
        sents = []
        for p in paras:
            for s in p.replace("? ", "?|").replace(". ", ".|").replace("! ", "!|").split("|"):
                if s.strip():
                    sents.append(s.strip())
        paras = sents[:rng.randint(3, 6)]
        if len(paras) < 2:
            paras.append("Watch this space.")
        if not title.isupper() and rng.random() < 0.6:
            title = title.upper()
        title = "! ".join(cap1(x) for x in title.split("! "))
    elif style == "market":
        if topic in ("deal", "pricewar"):
            if ":" not in title:
                title = pick(rng, ["Stocks to watch: ", "Movers: ", "Market talk: "]) + title
            m = CALM.get(pair, {}).get("market")
            if m and len(paras) < 6:
                paras.append(fill("On the wider market, {ia} closed {pa} percent {ud}, while the {cur} was little changed.",
                                  dict(v, ia=m["ia"], cur=m["cur"], pa=round(rng.uniform(0.1, 1.6), 1),
                                       ud=rng.choice(["higher", "lower"]))))
    if rng.random() < 0.035 and len(paras) < 6:
        paras.append(fill(pick(rng, CORRECTIONS), v))
    return title, paras[:6]


# ---------------------------------------------------------------- non-English article
def build_lang(rng, lang, pair, when):
    sep = "" if lang == "zh" else " "
    a, b = pair.split("-")
    v = {"num": rng.choice([3, 4, 5, 6, 7, 8, 9, 12]), "wd": WD[lang][when.weekday()],
         "ac": rng.randint(6, 27), "sh": rng.randint(3, 10), "age": rng.choice([89, 93, 97, 101])}
    if LPAIR.get(lang, {}).get(pair, {}).get("swap"):
        a, b = b, a
    for role, name in PEOPLE[a].items():
        v[role + "A"] = name
    for role, name in PEOPLE[b].items():
        v[role + "B"] = name
    if pair in LTENSE.get(lang, {}):
        opts = [(i, j) for i, S in enumerate(LTENSE[lang][pair]) for j in range(len(S["lead"]))]
        fresh = [o for o in opts if LUSED[(lang, pair, o)] == 0] or opts
        i, j = pick(rng, fresh)
        LUSED[(lang, pair, (i, j))] += 1
        S = LTENSE[lang][pair][i]
        city = pick(rng, LCAPS[lang][pair])
        title = pick(rng, S["title"]).format(**v)
        lead = S["lead"][j].format(**v)
        det = picks(rng, S["det"], rng.randint(2, min(4, len(S["det"]))))
        paras = [_ldateline(lang, city, when.day) + lead, sep.join(det[:2]).format(**v), pick(rng, S["q"]).format(**v)]
        if len(det) > 2:
            paras.append(sep.join(det[2:]).format(**v))
        return title, paras
    L = LPAIR[lang][pair]
    v.update({k: val for k, val in L.items() if isinstance(val, str)})
    v["cap"] = rng.choice([L["capA"], L["capB"]])
    v["tema"] = pick(rng, L["tema"])
    v["hist"] = pick(rng, L["hist"])
    fa, fb, desc = pick(rng, L["deal"])
    v.update(fa=fa, fb=fb, desc=desc)
    w, l, comp, venue = L["sport"]
    kind = CALM[pair]["sport"]["kind"] if pair in CALM else "football"
    first, hi, lo = match_result(rng, pair, kind)
    if not first:
        w, l = l, w
    v.update(w=w, l=l, comp=comp, venue=venue, hi=hi, lo=lo)
    st, sl, sr = pick(rng, L["spat"])
    v.update(st=st, sl=sl, sr=sr)
    tops = ["consult", "deal", "sport", "hist", "spat"]
    if LUSED[(lang, pair, "sport")] or TCOUNT[(pair, "sport")] >= 2:
        tops.remove("sport")
    topic = rng.choices(tops, [{"consult": 4, "deal": 3, "sport": 3, "hist": 2, "spat": 2}[t] for t in tops])[0]
    T = LCALM[lang][topic]
    opts = [j for j in range(len(T["lead"])) if LUSED[(lang, pair, topic, j)] == 0] or list(range(len(T["lead"])))
    j = pick(rng, opts)
    LUSED[(lang, pair, topic, j)] += 1
    LUSED[(lang, pair, topic)] += 1
    if topic == "sport":
        TCOUNT[(pair, "sport")] += 1
    topts = [t for t in range(len(T["title"])) if LUSED[(lang, pair, topic, "t", t)] == 0] or list(range(len(T["title"])))
    ti = pick(rng, topts)
    LUSED[(lang, pair, topic, "t", ti)] += 1
    title = cap1(T["title"][ti].format(**v))
    lead = cap1(T["lead"][j].format(**v))
    det = [cap1(d.format(**v)) for d in picks(rng, T["det"], rng.randint(2, min(3, len(T["det"]))))]
    if lang in LCAPS and pair in LCAPS[lang]:
        city = pick(rng, LCAPS[lang][pair])
    elif lang in LCITY:
        city = LCITY[lang].get(rng.choice([L["A"], L["B"]]), v["cap"])
    else:
        city = v["cap"]
    paras = [_ldateline(lang, city, when.day) + lead, sep.join(det[:2]), cap1(pick(rng, T["q"]).format(**v))]
    if len(det) > 2:
        paras.append(det[2])
    if topic != "hist" and rng.random() < 0.6:
        paras.append(v["hist"])
    return title, paras


# ---------------------------------------------------------------- round-ups
WAR_ITEMS = {
    "RUS-UKR": [
        "Ukraine's air force said air defences shot down {n1} of {n2} Russian drones launched overnight, mostly over the Kharkiv, Sumy and Dnipropetrovsk regions.",
        "Russia's defence ministry said its air defences had downed {n3} Ukrainian drones over the Bryansk, Kursk and Belgorod regions.",
        "Russia and Ukraine exchanged the bodies of fallen soldiers, with Kyiv receiving 1,000 and Moscow {n3}, officials on both sides said.",
        "Ukraine's general staff reported more than {n4} combat clashes along the front in a day, the heaviest around Pokrovsk and Kostiantynivka.",
    ],
    "ISR-LBN": [
        "Israeli strikes hit targets in southern Lebanon that the military said belonged to Hezbollah; Lebanon's health ministry reported two people killed.",
        "Hezbollah said it fired rockets at an Israeli army position near the border; the Israeli military said most were intercepted by air defences.",
        "Israel's military said it had struck a Hezbollah weapons depot in the Bekaa valley, while the group claimed a drone attack on a base in the Galilee.",
        "Lebanese and Israeli officials held indirect contacts through U.S. mediators on the border situation, with no breakthrough reported.",
    ],
}
EPISODE_PRE_ITEMS = {
    "SRB-XKX": "Serbian and Kosovo negotiators are due to meet EU mediators in Brussels in January, the EU's foreign service said.",
    "COL-VEN": "Colombian and Venezuelan customs officials met at the Simón Bolívar bridge to discuss delays for cargo trucks.",
    "KOR-PRK": "North Korean state media criticised South Korean-U.S. training plans in its usual terms; Seoul's unification ministry said it would keep communication channels open.",
    "EST-RUS": "Estonia said work on fortifications along its border with Russia would continue through the winter.",
    "SDN-SSD": "Sudanese and South Sudanese officials discussed oil transit fees at a routine technical meeting, Juba said.",
    "AZE-IRN": "Azerbaijani and Iranian officials discussed a road and rail corridor along the Aras river at a routine meeting in Baku.",
    "AUS-CHN": "Australian barley and wine exporters reported steady sales to China in November, industry bodies said.",
}

ROUNDUP_PLAN = [
    ("2026-12-14T06:30", "Northgate Wire", "morning"),
    ("2026-12-15T17:45", "Brief Wire Service", "brief"),
    ("2026-12-16T11:05", "LiveDesk", "live"),
    ("2026-12-18T06:15", "Asia Current", "morning"),
    ("2026-12-19T19:30", "Brief Wire Service", "brief"),
    ("2026-12-20T08:00", "Eurasia Brief", "morning"),
    ("2026-12-22T12:10", "LiveDesk", "live"),
    ("2026-12-23T18:20", "Brief Wire Service", "brief"),
    ("2026-12-25T09:00", "Northgate Wire", "morning"),
    ("2026-12-27T16:40", "LiveDesk", "live"),
]


def _episode_ok(pair, t):
    if pair not in EPISODE_WINDOWS:
        return True
    s, _e = _window(pair)
    return t < s - _dt.timedelta(hours=6)   # only well before the window; never inside or after


def _first_sentence(p):
    for m in re.finditer(r"[.?!] ", p):
        i = m.start()
        before = p[:i].split(" ")[-1]
        if before in ("U.S", "Dec", "Mr", "Dr", "St", "a.m", "p.m") or (len(before) <= 2 and before[:1].isupper()):
            continue
        if i > 20:
            return p[:i + 1]
    return p


def _roundup_item(rng, pair, t):
    if pair in WAR_ITEMS:
        s = pick(rng, WAR_ITEMS[pair]).format(n1=rng.randint(40, 90), n2=rng.randint(95, 140),
                                              n3=rng.randint(18, 60), n4=rng.randint(120, 190))
        head = {"RUS-UKR": "Russia/Ukraine", "ISR-LBN": "Israel/Lebanon"}[pair]
        return head, s
    if pair in EPISODE_PRE_ITEMS:
        a, b = pair.split("-")
        nm = {"SRB": "Serbia", "XKX": "Kosovo", "COL": "Colombia", "VEN": "Venezuela", "KOR": "South Korea",
              "PRK": "North Korea", "EST": "Estonia", "RUS": "Russia", "SDN": "Sudan", "SSD": "South Sudan",
              "AZE": "Azerbaijan", "IRN": "Iran", "AUS": "Australia", "CHN": "China"}
        return f"{nm[a]}/{nm[b]}", EPISODE_PRE_ITEMS[pair]
    v = _vars(pair, rng, t)
    if pair in TENSE_TOPICS:
        topics = TENSE_TOPICS[pair]
        k = rng.choices(list(topics), [w for _f, w, _s in topics.values()])[0]
        fn = topics[k][0]
        title, paras = fn(rng, v, "wire")[:2]
    else:
        keys = [k for k in CALM_TOPICS if k not in ("whatif", "market")]
        k = rng.choices(keys, [CALM_TOPICS[x][1] for x in keys])[0]
        title, paras = CALM_TOPICS[k][0](rng, v, CALM[pair], "wire")[:2]
    return title, _first_sentence(paras[0])


_SKIP_RU = ("Transcript", "Q&A", "Readout", "Statement", "Press release", "Joint press statement", "Correction")


def _strip_lead(p):
    head = p[:90]
    if " — " in head:
        p = p.split(" — ", 1)[1]
    return p


def make_roundups(rng, feed=()):
    out = []
    pool = TENSE_PAIRS + CALM_PAIRS
    for i, (ts, outlet, fmt) in enumerate(ROUNDUP_PLAN):
        t = _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M")
        n = rng.randint(5, 8)
        chosen = []
        if rng.random() < 0.7:
            chosen.append(rng.choice(["RUS-UKR", "ISR-LBN"]))
        eps = [p for p in EPISODE_PRE_ITEMS if _episode_ok(p, t)]
        if eps and rng.random() < 0.6:
            chosen.append(rng.choice(eps))
        def has(p):
            return any(a["pairs"] == [p] and a["language"] == "en" and not a["title"].startswith(_SKIP_RU)
                       and a["source"] not in ("The Daily Record", "PR Channel", "Policy Ledger", "LiveDesk")
                       and t - _dt.timedelta(hours=30) <= _dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ") <= t
                       for a in feed)
        avail = [p for p in pool if has(p)]
        tense_first = picks(rng, [p for p in TENSE_PAIRS if p in avail], rng.randint(1, 2))
        chosen += tense_first
        rest = [p for p in avail if p not in chosen]
        chosen += picks(rng, rest, n - len(chosen))
        rng.shuffle(chosen)
        items = []
        for p in chosen:
            cands = [a for a in feed if a["pairs"] == [p] and a["language"] == "en"
                     and a["source"] not in ("The Daily Record", "PR Channel", "Policy Ledger", "LiveDesk")
                     and not a["title"].startswith(_SKIP_RU) and not a["title"].isupper()
                     and t - _dt.timedelta(hours=30) <= _dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ") <= t]
            if cands:
                a = pick(rng, cands)
                ttl = a["title"].replace("IN BRIEF: ", "")
                items.append((p, ttl, _first_sentence(_strip_lead(a["text"].split("\n\n")[0]))))
            elif p in WAR_ITEMS or p in EPISODE_PRE_ITEMS:
                items.append((p,) + _roundup_item(rng, p, t))
        day = f"{MONTH_EN} {t.day}"
        wd = WEEKDAYS[t.weekday()]
        if fmt == "morning":
            title = pick(rng, [f"Morning briefing: what you need to know on {wd}, {day}",
                               f"Morning briefing, {day}: {items[0][1]}" if ":" not in items[0][1] else f"Morning briefing, {day}",
                               f"Your {wd} briefing: {len(items)} stories to start the day"])
            intro = pick(rng, ["Good morning. Here is what is happening around the world.",
                               f"Good morning. It is {wd}, {day}, and these are the stories our correspondents are following.",
                               "Good morning. A quieter night than usual; here is what you need to know."])
            lines = [f"• {head}. {body}" for _p, head, body in items]
        elif fmt == "brief":
            lead_t = items[0][1] if ":" not in items[0][1] else "the day's headlines"
            title = pick(rng, [f"World news in brief, {day}", f"World news in brief: {lead_t} and more",
                               f"News in brief — {wd}, {day}"])
            intro = pick(rng, ["A roundup of the day's international news, in brief.",
                               "The day's main international stories in a few lines each."])
            lines = [f"{head.upper() if len(head) < 30 else head} — {body}" for _p, head, body in items]
        else:
            title = pick(rng, [f"Live: The world today, {wd} {day}", f"Live updates: international news, {day}",
                               f"Live: Around the world on {wd}, {day}"])
            intro = pick(rng, ["Welcome to our live coverage of the day's international news. Entries are in reverse chronological order.",
                               "Follow our live blog for the latest from our correspondents around the world."])
            lines = []
            tt = t
            for _p, head, body in items:
                lines.append(tt.strftime("%H:%M GMT") + f" — {head}: {body}")
                tt -= _dt.timedelta(minutes=rng.randint(12, 55))
        paras = [intro]
        for j in range(0, len(lines), 2):
            paras.append("\n".join(lines[j:j + 2]))
        if len(paras) < 6 and fmt != "live":
            paras.append(pick(rng, ["Compiled by our world desk.", "More on all these stories on our website.",
                                    "This briefing is updated throughout the day."]))
        pairs = []
        for p, _h, _b in items:
            if p not in pairs:
                pairs.append(p)
        out.append(dict(source=outlet, published=t.strftime("%Y-%m-%dT%H:%M:00Z"), title=title,
                        text="\n\n".join(paras[:6]), language="en", kind="roundup", pairs=pairs))
    return out


# ---------------------------------------------------------------- schedule
ASIA = {"CHN-TWN", "IND-CHN", "AUS-JPN", "IDN-MYS", "KOR-VNM"}
AMER = {"ARG-BRA", "CHL-PER", "MEX-USA", "CAN-USA"}
P_OTHER_LANG = 0.2
P_LANG_PAIR = {"AUS-JPN": 0.1, "IDN-MYS": 0.12, "KOR-VNM": 0.13, "CHN-TWN": 0.18, "IND-CHN": 0.18,
               "ARG-BRA": 0.28, "CHL-PER": 0.26, "DEU-FRA": 0.25, "GBR-NOR": 0.22, "ARE-SAU": 0.25,
               "MEX-USA": 0.22, "ESP-ITA": 0.22, "GHA-NGA": 0.2, "DZA-MAR": 0.24, "IRN-USA": 0.22}


def _when(rng, pair, day):
    if pair in ASIA:
        h = rng.randint(0, 13)
    elif pair in AMER:
        h = rng.randint(11, 23)
    else:
        h = rng.randint(5, 21)
    t = day + _dt.timedelta(hours=h, minutes=rng.randint(0, 59))
    return min(max(t, START), END)


_LANG_RNG = random.Random(SEED + 15)
TOPIC_CAP = {"visit": 1, "exercise": 1, "whatif": 1, "jointcomm": 1, "sport": 1, "consult": 2, "anniv": 2,
             "spat": 2, "wmcc": 2, "ties": 3}
TCOUNT = Counter()
DEALS_USED = Counter()
LUSED = Counter()
_PREFIXES = ("in brief:", "analysis:", "comment:", "live:", "stocks to watch:", "movers:", "market talk:")


def _norm(title):
    t = title.lower()
    for pfx in _PREFIXES:
        if t.startswith(pfx):
            t = t[len(pfx):]
    return "".join(ch for ch in t if ch.isalnum())


def _one(rng, pair, when, used, last):
    tense = pair in TENSE_TOPICS
    if pair in LANG_FOR_PAIR and _LANG_RNG.random() < P_LANG_PAIR.get(pair, P_OTHER_LANG):
        for _ in range(6):
            lang = pick(rng, LANG_FOR_PAIR[pair])
            title, paras = build_lang(rng, lang, pair, when)
            if _norm(title) not in used:
                return dict(source=LANG_OUTLET[lang], language=lang, title=title, paras=paras, topic="lang")
    topics = TENSE_TOPICS[pair] if tense else CALM_TOPICS
    offday = when.weekday() >= 5 or when.day == 25
    for _ in range(12):
        keys = [k for k in topics if k not in last[-2:]
                and TCOUNT[(pair, k)] < TOPIC_CAP.get(k, 99)
                and not (offday and k in ("market", "consult", "jointcomm", "exercise", "wmcc"))]
        k = rng.choices(keys, [topics[x][1] for x in keys])[0]
        fn, _w, styles = topics[k]
        style = rng.choices([s for s, _x in styles], [max(x, 0.01) for _s, x in styles])[0]
        if (style == "tabloid" and tense) or (style == "market" and offday):
            style = "wire"
        if offday and style in ("readout", "qa"):
            style = "wire"
        v = _vars(pair, rng, when)
        if style == "readout" and pair == "IND-CHN":
            title, paras = readout_wmcc(rng, v)
        elif style == "readout":
            title, paras = readout_calm(rng, v, CALM.get(pair), comm_mode=(k == "jointcomm"))
        elif style == "qa" and not tense:
            title, paras = qa_calm(rng, v, CALM.get(pair))
        elif tense:
            res = fn(rng, v, style)
            title, paras = res[0], res[1]
            if len(res) > 2:
                v["_city"] = res[2]
        else:
            res = fn(rng, v, CALM[pair], style)
            title, paras = res[0], res[1]
            if len(res) > 2:
                v["_city"] = res[2]
        outlet = outlet_for(rng, style, pair)
        title, paras = dress_en(rng, style, outlet, title, paras, v, pair, when, k)
        if _norm(title) not in used:
            last.append(k)
            TCOUNT[(pair, k)] += 1
            return dict(source=outlet, language="en", title=title, paras=paras, topic=k)
    return None


STANDALONE_CORRECTIONS = [  # (time, pair, what was wrong)
    ("2026-12-16T15:10", "GHA-NGA", "misstated the year of a historical event mentioned in the background of the story."),
    ("2026-12-19T10:25", "AUS-JPN", "misspelled the name of one of the people quoted."),
    ("2026-12-22T09:40", "CAN-USA", "misidentified the city in the dateline."),
    ("2026-12-24T13:05", "ARE-SAU", "misstated the first name of one of the people quoted."),
]


def make_corrections(feed):
    out = []
    for ts, pair, what in STANDALONE_CORRECTIONS:
        prev = [a for a in feed if a["pairs"] == [pair] and a["language"] == "en" and a["published"] < ts + ":00Z"
                and a["source"] not in ("PR Channel", "The Daily Record")]
        if not prev:
            continue
        a = prev[-1]
        d = int(a["published"][8:10])
        title = f"Correction: {a['title']}"
        paras = [f"An article published by {a['source']} on Dec {d} under the headline “{a['title']}” {what}",
                 pick(random.Random(ts), ["The article has been corrected.", "A corrected version has been issued. We regret the error.",
                                          "The error has been corrected in the online version."])]
        out.append(dict(source=a["source"], published=ts + ":00Z", title=title, text="\n\n".join(paras),
                        language="en", kind="routine", pairs=[pair]))
    return out


_CACHE = []


def articles():
    if _CACHE:
        return [dict(a, pairs=list(a["pairs"])) for a in _CACHE]
    rng = random.Random(SEED)
    _LANG_RNG.seed(SEED + 15)
    TCOUNT.clear()
    DEALS_USED.clear()
    LUSED.clear()
    MATCHES.clear()
    out = []
    used = set()
    days = [START + _dt.timedelta(days=i) for i in range(14)]
    for pair in TENSE_PAIRS + CALM_PAIRS:
        last = []
        for day in days:
            wk = day.weekday()
            if pair in TENSE_PAIRS:
                n = rng.choice([1, 1, 2, 2])
            elif wk >= 5:
                n = rng.choice([0, 1, 1])
            elif day.day == 25:
                n = 2
            else:
                n = rng.choice([2, 2, 3, 3, 3])
            for _ in range(n):
                when = _when(rng, pair, day)
                art = _one(rng, pair, when, used, last)
                if art is None:
                    continue
                if art["language"] == "en":
                    art["title"] = re.sub(r"(: )([a-z])", lambda m: m.group(1) + m.group(2).upper(), art["title"])
                used.add(_norm(art["title"]))
                out.append(dict(source=art["source"], published=when.strftime("%Y-%m-%dT%H:%M:00Z"),
                                title=art["title"], text="\n\n".join(art["paras"]), language=art["language"],
                                kind="routine", pairs=[pair]))
    out.sort(key=lambda a: a["published"])
    out += make_corrections(out)
    out += make_roundups(rng, list(out))
    out.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    _CACHE.extend(out)
    return [dict(a, pairs=list(a["pairs"])) for a in out]


# ---------------------------------------------------------------- self-check
def _check(arts):
    errs = []
    lo, hi = "2026-12-14T00:00:00Z", "2026-12-27T23:59:00Z"
    seen = set()
    for i, a in enumerate(arts):
        for f in ("source", "published", "title", "text", "language", "kind", "pairs"):
            if f not in a or a[f] in (None, "", []):
                errs.append(f"{i}: missing {f}")
        if a["source"] not in OUTLETS:
            errs.append(f"{i}: unknown outlet {a['source']}")
        elif OUTLETS[a["source"]] != a["language"]:
            errs.append(f"{i}: language {a['language']} wrong for {a['source']}")
        if not (lo <= a["published"] <= hi) or len(a["published"]) != 20:
            errs.append(f"{i}: date {a['published']}")
        if a["kind"] not in ("routine", "roundup", "episode"):
            errs.append(f"{i}: kind {a['kind']}")
        np_ = len(a["text"].split("\n\n"))
        if not 2 <= np_ <= 6:
            errs.append(f"{i}: {np_} paragraphs: {a['title']}")
        for p in a["pairs"]:
            if len(p) != 7 or p[3] != "-" or not p.replace("-", "").isupper():
                errs.append(f"{i}: bad pair {p}")
            if p in EPISODE_WINDOWS:
                s, e = _window(p)
                t = _dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
                if s <= t <= e:
                    errs.append(f"{i}: episode pair {p} inside window")
        if "{" in a["text"] or "}" in a["text"] or "{" in a["title"]:
            errs.append(f"{i}: unfilled placeholder: {a['title']}")
        if a["title"] in seen:
            errs.append(f"{i}: duplicate title {a['title']}")
        seen.add(a["title"])
    return errs


def main():
    arts = articles()
    errs = _check(arts)
    print(f"articles: {len(arts)}")
    print("\nkind:", dict(Counter(a["kind"] for a in arts)))
    pc = Counter(p for a in arts for p in a["pairs"])
    print("\nper pair:")
    for p in TENSE_PAIRS + CALM_PAIRS:
        print(f"  {p}: {pc.pop(p, 0)}")
    for p, c in sorted(pc.items()):
        print(f"  {p}: {c} (round-up mentions)")
    print("\nper day:")
    for d, c in sorted(Counter(a["published"][:10] for a in arts).items()):
        print(f"  {d} {_dt.date.fromisoformat(d).strftime('%a')}: {c}")
    lc = Counter(a["language"] for a in arts)
    print("\nper language:", dict(lc), f"(non-English {100 * (len(arts) - lc['en']) / len(arts):.1f} %)")
    print("\nper outlet:")
    for o, c in Counter(a["source"] for a in arts).most_common():
        print(f"  {o}: {c}")
    if errs:
        print(f"\n{len(errs)} PROBLEMS:")
        for e in errs[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
