#!/usr/bin/env python3
"""Realistic synthetic news feed no. 3 (blind test material).

Writes realistic-feed-3.jsonl (articles) and realistic-episodes-3.jsonl
(scripted ground truth) next to this script.  Standard library only,
fixed seed.  `--check` regenerates everything in memory, compares it with
the files on disk and runs the validations described in README.md.

All outlets, companies, reporters, quotes and events are invented.
Real countries, capitals, places and background history appear; leaders
are referred to by title only.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata
import random

SEED = 20261206
START = dt.datetime(2026, 11, 2, 0, 0, tzinfo=dt.timezone.utc)
DAYS = 14
END = START + dt.timedelta(days=DAYS)
HERE = os.path.dirname(os.path.abspath(__file__))
# The feed and its truth file live with Brink's other benchmark feeds.
OUT = os.path.join(HERE, "..", "src", "test", "resources", "io", "brink", "bench")
FEED_NAME = "realistic-feed-3.jsonl"
TRUTH_NAME = "realistic-episodes-3.jsonl"
FIELDS = ["id", "url", "source", "published", "title", "text", "language"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def T(day, hh, mm=0):
    """UTC datetime for 2026-11-<day> hh:mm."""
    return dt.datetime(2026, 11, day, hh, mm, tzinfo=dt.timezone.utc)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------
# Countries.  n: name used in running text, s: short form for headlines,
# a: adjective, cap: capital, ld: leader title, cities, firms (invented),
# es / fr (with article) / frd ("de" form) / de: names in other languages,
# capl: capital names in other languages where they differ.
# ---------------------------------------------------------------------------
C = {
    "AFG": dict(n="Afghanistan", s="Afghanistan", a="Afghan", cap="Kabul", ld="supreme leader",
                cities=["Jalalabad", "Kandahar", "Khost"], firms=["Hindu Kush Transport Co", "Ariana Dry Fruits Union"],
                es="Afganistán", fr="l'Afghanistan", frd="de l'Afghanistan", de="Afghanistan"),
    "PAK": dict(n="Pakistan", s="Pakistan", a="Pakistani", cap="Islamabad", ld="prime minister",
                cities=["Peshawar", "Quetta", "Karachi"], firms=["Indus Cement Works", "Margalla Textiles"],
                es="Pakistán", fr="le Pakistan", frd="du Pakistan", de="Pakistan"),
    "ERI": dict(n="Eritrea", s="Eritrea", a="Eritrean", cap="Asmara", ld="president",
                cities=["Massawa", "Assab", "Keren"], firms=["Red Sea Salt Works", "Asmara Mining Share Co"],
                es="Eritrea", fr="l'Érythrée", frd="de l'Érythrée", de="Eritrea"),
    "ETH": dict(n="Ethiopia", s="Ethiopia", a="Ethiopian", cap="Addis Ababa", ld="prime minister",
                cities=["Mekelle", "Dire Dawa", "Bahir Dar"], firms=["Abay Coffee Exporters", "Entoto Logistics"],
                es="Etiopía", fr="l'Éthiopie", frd="de l'Éthiopie", de="Äthiopien",
                capl=dict(fr="Addis-Abeba", es="Adís Abeba", de="Addis Abeba")),
    "GEO": dict(n="Georgia", s="Georgia", a="Georgian", cap="Tbilisi", ld="prime minister",
                cities=["Gori", "Kutaisi", "Batumi"], firms=["Kartli Wine Cellars", "Mtkvari Logistics"],
                es="Georgia", fr="la Géorgie", frd="de la Géorgie", de="Georgien"),
    "RUS": dict(n="Russia", s="Russia", a="Russian", cap="Moscow", ld="president",
                cities=["Vladikavkaz", "St Petersburg", "Rostov-on-Don"], firms=["Volga Freight Lines", "Uralsk Metals"],
                es="Rusia", fr="la Russie", frd="de la Russie", de="Russland",
                capl=dict(fr="Moscou", es="Moscú", de="Moskau")),
    "KHM": dict(n="Cambodia", s="Cambodia", a="Cambodian", cap="Phnom Penh", ld="prime minister",
                cities=["Siem Reap", "Poipet", "Battambang"], firms=["Tonle Sap Holdings", "Angkor Gateway Group"],
                es="Camboya", fr="le Cambodge", frd="du Cambodge", de="Kambodscha"),
    "THA": dict(n="Thailand", s="Thailand", a="Thai", cap="Bangkok", ld="prime minister",
                cities=["Surin", "Sisaket", "Chiang Mai"], firms=["Chao Phraya Holdings", "Siam Eastern Group"],
                es="Tailandia", fr="la Thaïlande", frd="de la Thaïlande", de="Thailand"),
    "DZA": dict(n="Algeria", s="Algeria", a="Algerian", cap="Algiers", ld="president",
                cities=["Tamanrasset", "Oran", "Bordj Badji Mokhtar"], firms=["Hoggar Transports", "Tassili Cement"],
                es="Argelia", fr="l'Algérie", frd="de l'Algérie", de="Algerien",
                capl=dict(fr="Alger", es="Argel", de="Algier")),
    "MLI": dict(n="Mali", s="Mali", a="Malian", cap="Bamako", ld="transitional president",
                cities=["Gao", "Kidal", "Timbuktu"], firms=["Niger Bend Cotton", "Sahel Gold Partners"],
                es="Malí", fr="le Mali", frd="du Mali", de="Mali"),
    "IRN": dict(n="Iran", s="Iran", a="Iranian", cap="Tehran", ld="president",
                cities=["Isfahan", "Mashhad", "Bandar Abbas"], firms=["Zagros Petrochemical", "Caspian Saffron Co"],
                es="Irán", fr="l'Iran", frd="de l'Iran", de="Iran",
                capl=dict(fr="Téhéran", es="Teherán", de="Teheran")),
    "SWE": dict(n="Sweden", s="Sweden", a="Swedish", cap="Stockholm", ld="prime minister",
                cities=["Gothenburg", "Malmö", "Uppsala"], firms=["Norrland Timber AB", "Kattegat Medtech"],
                es="Suecia", fr="la Suède", frd="de la Suède", de="Schweden",
                capl=dict(es="Estocolmo")),
    "GUY": dict(n="Guyana", s="Guyana", a="Guyanese", cap="Georgetown", ld="president",
                cities=["Linden", "Bartica", "Lethem"], firms=["Demerara Marine Services", "Berbice Agro"],
                es="Guyana", fr="le Guyana", frd="du Guyana", de="Guyana"),
    "VEN": dict(n="Venezuela", s="Venezuela", a="Venezuelan", cap="Caracas", ld="president",
                cities=["Ciudad Guayana", "Maracaibo", "Tumeremo"], firms=["Orinoco Ferrominera", "Caribe Polímeros"],
                es="Venezuela", fr="le Venezuela", frd="du Venezuela", de="Venezuela"),
    "BLR": dict(n="Belarus", s="Belarus", a="Belarusian", cap="Minsk", ld="president",
                cities=["Grodno", "Brest", "Vitebsk"], firms=["Neman Potash Trading", "Polesie Machine Works"],
                es="Bielorrusia", fr="le Bélarus", frd="du Bélarus", de="Belarus"),
    "LTU": dict(n="Lithuania", s="Lithuania", a="Lithuanian", cap="Vilnius", ld="president",
                cities=["Kaunas", "Klaipeda", "Medininkai"], firms=["Nemunas Energy Grid", "Baltic Amber Logistics"],
                es="Lituania", fr="la Lituanie", frd="de la Lituanie", de="Litauen"),
    "EGY": dict(n="Egypt", s="Egypt", a="Egyptian", cap="Cairo", ld="president",
                cities=["Alexandria", "Port Said", "Ismailia"], firms=["Delta Cotton Mills", "Sinai Ceramics Group"],
                es="Egipto", fr="l'Égypte", frd="de l'Égypte", de="Ägypten",
                capl=dict(fr="Le Caire", es="El Cairo", de="Kairo")),
    "KGZ": dict(n="Kyrgyzstan", s="Kyrgyzstan", a="Kyrgyz", cap="Bishkek", ld="president",
                cities=["Batken", "Osh", "Isfana"], firms=["Ala-Too Cement", "Tien Shan Freight"],
                es="Kirguistán", fr="le Kirghizistan", frd="du Kirghizistan", de="Kirgistan",
                capl=dict(de="Bischkek")),
    "TJK": dict(n="Tajikistan", s="Tajikistan", a="Tajik", cap="Dushanbe", ld="president",
                cities=["Isfara", "Khujand", "Vorukh"], firms=["Pamir Aluminium Trading", "Zeravshan Textiles"],
                es="Tayikistán", fr="le Tadjikistan", frd="du Tadjikistan", de="Tadschikistan",
                capl=dict(de="Duschanbe")),
    "ARG": dict(n="Argentina", s="Argentina", a="Argentine", cap="Buenos Aires", ld="president",
                cities=["Rosario", "Córdoba", "Neuquén"], firms=["Grupo Litoral", "Cuyo Industrial SA", "Pampa Sur Holdings"],
                es="Argentina", fr="l'Argentine", frd="de l'Argentine", de="Argentinien"),
    "BRA": dict(n="Brazil", s="Brazil", a="Brazilian", cap="Brasília", ld="president",
                cities=["São Paulo", "Porto Alegre", "Rio de Janeiro"], firms=["Grupo Cerrado", "Itacaré Participações", "Serra Azul Industrial"],
                es="Brasil", fr="le Brésil", frd="du Brésil", de="Brasilien",
                capl=dict(es="Brasilia")),
    "DEU": dict(n="Germany", s="Germany", a="German", cap="Berlin", ld="chancellor",
                cities=["Frankfurt", "Hamburg", "Munich"], firms=["Rheinwerk Group", "Elbtal Industrie AG", "Hanse Technik Holding"],
                es="Alemania", fr="l'Allemagne", frd="de l'Allemagne", de="Deutschland"),
    "FRA": dict(n="France", s="France", a="French", cap="Paris", ld="president",
                cities=["Lyon", "Toulouse", "Strasbourg"], firms=["Groupe Valmoutier", "Garonne Industries", "Rhônelec Groupe"],
                es="Francia", fr="la France", frd="de la France", de="Frankreich"),
    "JPN": dict(n="Japan", s="Japan", a="Japanese", cap="Tokyo", ld="prime minister",
                cities=["Osaka", "Fukuoka", "Nagoya"], firms=["Kuroshio Holdings", "Hoshimura Industries", "Seto Corporation"],
                es="Japón", fr="le Japon", frd="du Japon", de="Japan",
                capl=dict(es="Tokio", de="Tokio")),
    "KOR": dict(n="South Korea", s="South Korea", a="South Korean", cap="Seoul", ld="president",
                cities=["Busan", "Incheon", "Daegu"], firms=["Hanbit Group", "Daeyang Industries", "Sejin Holdings"],
                es="Corea del Sur", fr="la Corée du Sud", frd="de la Corée du Sud", de="Südkorea",
                capl=dict(es="Seúl", fr="Séoul")),
    "AUS": dict(n="Australia", s="Australia", a="Australian", cap="Canberra", ld="prime minister",
                cities=["Sydney", "Perth", "Brisbane"], firms=["Southern Cross Holdings", "Pilbara Industrial Group", "Tasman Capital"],
                es="Australia", fr="l'Australie", frd="de l'Australie", de="Australien"),
    "NZL": dict(n="New Zealand", s="New Zealand", a="New Zealand", cap="Wellington", ld="prime minister",
                cities=["Auckland", "Christchurch", "Hamilton"], firms=["Kaimai Group", "Aotea Holdings"],
                es="Nueva Zelanda", fr="la Nouvelle-Zélande", frd="de la Nouvelle-Zélande", de="Neuseeland"),
    "CAN": dict(n="Canada", s="Canada", a="Canadian", cap="Ottawa", ld="prime minister",
                cities=["Toronto", "Vancouver", "Calgary"], firms=["Laurentian Industries", "Prairie Holdings", "Boréal Capital Group"],
                es="Canadá", fr="le Canada", frd="du Canada", de="Kanada"),
    "USA": dict(n="the United States", s="US", a="US", cap="Washington", ld="president",
                cities=["Detroit", "Seattle", "Houston"], firms=["Great Lakes Industries Inc", "Cascadia Holdings", "Redwood Capital Partners"],
                es="Estados Unidos", fr="les États-Unis", frd="des États-Unis", de="die USA"),
    "CHN": dict(n="China", s="China", a="Chinese", cap="Beijing", ld="president",
                cities=["Shanghai", "Shenzhen", "Guangzhou"], firms=["Zhonghai Industrial Group", "Pearl River Holdings", "Huaxin Group"],
                es="China", fr="la Chine", frd="de la Chine", de="China",
                capl=dict(es="Pekín", fr="Pékin", de="Peking")),
    "ECU": dict(n="Ecuador", s="Ecuador", a="Ecuadorian", cap="Quito", ld="president",
                cities=["Guayaquil", "Loja", "Machala"], firms=["Grupo del Pacífico", "Andina Holding"],
                es="Ecuador", fr="l'Équateur", frd="de l'Équateur", de="Ecuador"),
    "PER": dict(n="Peru", s="Peru", a="Peruvian", cap="Lima", ld="president",
                cities=["Piura", "Tumbes", "Arequipa"], firms=["Grupo Huascarán", "Humboldt Inversiones"],
                es="Perú", fr="le Pérou", frd="du Pérou", de="Peru"),
    "GHA": dict(n="Ghana", s="Ghana", a="Ghanaian", cap="Accra", ld="president",
                cities=["Kumasi", "Tema", "Takoradi"], firms=["Volta Holdings", "Akwaaba Group"],
                es="Ghana", fr="le Ghana", frd="du Ghana", de="Ghana"),
    "NGA": dict(n="Nigeria", s="Nigeria", a="Nigerian", cap="Abuja", ld="president",
                cities=["Lagos", "Kano", "Port Harcourt"], firms=["Ikeja Holdings", "Niger Delta Group", "Zuma Rock Industries"],
                es="Nigeria", fr="le Nigeria", frd="du Nigeria", de="Nigeria"),
    "KEN": dict(n="Kenya", s="Kenya", a="Kenyan", cap="Nairobi", ld="president",
                cities=["Mombasa", "Kisumu", "Namanga"], firms=["Rift Valley Holdings", "Savanna Group"],
                es="Kenia", fr="le Kenya", frd="du Kenya", de="Kenia"),
    "TZA": dict(n="Tanzania", s="Tanzania", a="Tanzanian", cap="Dodoma", ld="president",
                cities=["Dar es Salaam", "Arusha", "Mwanza"], firms=["Kilimanjaro Industries", "Zanzibar Holdings"],
                es="Tanzania", fr="la Tanzanie", frd="de la Tanzanie", de="Tansania"),
    "QAT": dict(n="Qatar", s="Qatar", a="Qatari", cap="Doha", ld="emir",
                cities=["Al Wakrah", "Lusail", "Al Khor"], firms=["Dafna Capital", "Pearl Gulf Holding"],
                es="Catar", fr="le Qatar", frd="du Qatar", de="Katar"),
    "SAU": dict(n="Saudi Arabia", s="Saudi Arabia", a="Saudi", cap="Riyadh", ld="crown prince",
                cities=["Jeddah", "Dammam", "Al Khobar"], firms=["Najd Holding", "Hijaz Development Co"],
                es="Arabia Saudí", fr="l'Arabie saoudite", frd="de l'Arabie saoudite", de="Saudi-Arabien",
                capl=dict(fr="Riyad", es="Riad", de="Riad")),
    "IDN": dict(n="Indonesia", s="Indonesia", a="Indonesian", cap="Jakarta", ld="president",
                cities=["Surabaya", "Pontianak", "Medan"], firms=["Nusantara Group", "Garuda Mandiri Holdings"],
                es="Indonesia", fr="l'Indonésie", frd="de l'Indonésie", de="Indonesien",
                capl=dict(es="Yakarta")),
    "MYS": dict(n="Malaysia", s="Malaysia", a="Malaysian", cap="Kuala Lumpur", ld="prime minister",
                cities=["Johor Bahru", "Kuching", "Penang"], firms=["Semenanjung Holdings Berhad", "Kinabalu Group"],
                es="Malasia", fr="la Malaisie", frd="de la Malaisie", de="Malaysia"),
    "VNM": dict(n="Vietnam", s="Vietnam", a="Vietnamese", cap="Hanoi", ld="prime minister",
                cities=["Ho Chi Minh City", "Haiphong", "Bac Ninh"], firms=["Song Hong Group", "Mekong Delta Holdings JSC"],
                es="Vietnam", fr="le Vietnam", frd="du Vietnam", de="Vietnam"),
    "GBR": dict(n="Britain", s="UK", a="British", cap="London", ld="prime minister",
                cities=["Manchester", "Edinburgh", "Bristol"], firms=["Thameside Group", "Albion Holdings"],
                es="el Reino Unido", fr="le Royaume-Uni", frd="du Royaume-Uni", de="Großbritannien",
                capl=dict(es="Londres", fr="Londres")),
    "IND": dict(n="India", s="India", a="Indian", cap="New Delhi", ld="prime minister",
                cities=["Mumbai", "Chennai", "Bengaluru"], firms=["Deccan Industries", "Konkan Group", "Sahyadri Holdings"],
                es="India", fr="l'Inde", frd="de l'Inde", de="Indien"),
    "BOL": dict(n="Bolivia", s="Bolivia", a="Bolivian", cap="La Paz", ld="president",
                cities=["Santa Cruz", "Oruro", "Potosí"], firms=["Grupo Illimani", "Salar Andino Holding"],
                es="Bolivia", fr="la Bolivie", frd="de la Bolivie", de="Bolivien"),
    "CHL": dict(n="Chile", s="Chile", a="Chilean", cap="Santiago", ld="president",
                cities=["Arica", "Antofagasta", "Iquique"], firms=["Grupo Puerto Norte", "Atacama Holdings"],
                es="Chile", fr="le Chili", frd="du Chili", de="Chile"),
    "NOR": dict(n="Norway", s="Norway", a="Norwegian", cap="Oslo", ld="prime minister",
                cities=["Bergen", "Stavanger", "Trondheim"], firms=["Fjordkraft Group", "Nordkapp Holding ASA"],
                es="Noruega", fr="la Norvège", frd="de la Norvège", de="Norwegen"),
    "PHL": dict(n="the Philippines", s="Philippines", a="Philippine", cap="Manila", ld="president",
                cities=["Cebu", "Davao", "Subic"], firms=["Luzon Holdings", "Visayas Group"],
                es="Filipinas", fr="les Philippines", frd="des Philippines", de="die Philippinen"),
    "POL": dict(n="Poland", s="Poland", a="Polish", cap="Warsaw", ld="prime minister",
                cities=["Szczecin", "Wroclaw", "Gdansk"], firms=["Wisła Group", "Mazowsze Holding", "Odra Industries"],
                es="Polonia", fr="la Pologne", frd="de la Pologne", de="Polen",
                capl=dict(es="Varsovia", fr="Varsovie", de="Warschau")),
    "TUR": dict(n="Turkey", s="Turkey", a="Turkish", cap="Ankara", ld="president",
                cities=["Istanbul", "Antalya", "Izmir"], firms=["Anadolu Kablo"],
                es="Turquía", fr="la Turquie", frd="de la Turquie", de="die Türkei"),
    "OMN": dict(n="Oman", s="Oman", a="Omani", cap="Muscat", ld="sultan",
                cities=["Salalah", "Sohar"], firms=["Dhofar Marine"],
                es="Omán", fr="Oman", frd="d'Oman", de="Oman",
                capl=dict(es="Mascate", fr="Mascate", de="Maskat")),
}

# demonyms / extra forms used when checking that an article names a country
EXTRA_NAMES = {
    "USA": ["United States", "American", "Washington"],
    "GBR": ["United Kingdom", "England", "English"],
    "KOR": ["Korea"],
    "PHL": ["Philippines", "Filipino"],
    "KHM": ["Cambodge", "Khmer", "Kambodscha"],
    "THA": ["Thaïlande"],
    "DZA": ["Algérie", "Algerien", "Argelia", "Argelino"],
    "MLI": ["Mali", "Malien", "Maliens", "Malí"],
    "EGY": ["Égypte", "Egypte", "Egipto", "Ägypten", "égyptien"],
    "IRN": ["Iran", "Irán", "iranien", "iranisch"],
    "SWE": ["Schweden", "schwedisch", "Suède"],
    "GUY": ["Guyana", "guyanés", "guyanesa"],
    "VEN": ["Venezuela", "venezolano", "venezolana"],
    "BLR": ["Belarus", "belarussisch", "Weißrussland"],
    "LTU": ["Litauen", "litauisch"],
    "KGZ": ["Kirgistan", "kirgisisch", "Kirghizistan"],
    "TJK": ["Tadschikistan", "tadschikisch", "Tadjikistan"],
}


import functools


@functools.lru_cache(maxsize=None)
def country_regex(code):
    c = C[code]
    names = {c["n"].replace("the ", ""), c["a"], c["s"], c["es"].replace("el ", ""),
             re.sub(r"^(l'|le |la |les )", "", c["fr"]), c["de"].replace("die ", "")}
    names.update(EXTRA_NAMES.get(code, []))
    names = sorted((x for x in names if len(x) > 2), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-zÀ-ÿ])(?:" + "|".join(re.escape(x) for x in names) + ")", re.I)


def names_both(text, a, b):
    return bool(country_regex(a).search(text)) and bool(country_regex(b).search(text))


def capl(code, lang):
    c = C[code]
    if lang == "en":
        return c["cap"]
    return c.get("capl", {}).get(lang, c["cap"])


# ---------------------------------------------------------------------------
# Outlets.  style controls datelines and tone; case is the headline style.
# ---------------------------------------------------------------------------
OUTLETS = {
    "meridian": dict(name="Meridian Wire", domain="www.meridianwire.com", lang="en", style="wire", case="sentence",
                     tag="Meridian", url="article/{section}/{slug}-idMW{uid}"),
    "cpa": dict(name="Continental Press Agency", domain="cpa-news.net", lang="en", style="wire2", case="sentence",
                tag="CPA", url="{yyyy}/{mm}/{dd}/{slug}"),
    "sia": dict(name="State Information Agency", domain="english.sia-news.org", lang="en", style="state", case="sentence",
                tag="SIA", url="n/{yyyy}{mm}{dd}/{slug}_{uid}.html"),
    "ledger": dict(name="The Global Ledger", domain="www.globalledger.com", lang="en", style="business", case="title",
                   url="{section}/{yyyy}/{mm}/{dd}/{slug}"),
    "sentinel": dict(name="The Northern Sentinel", domain="www.northernsentinel.co.uk", lang="en", style="broadsheet",
                     case="sentence", url="{section}/{yyyy}/{mon}/{dd}/{slug}"),
    "blitz": dict(name="NewsBlitz", domain="newsblitz.co", lang="en", style="tabloid", case="title",
                  url="news/{slug}-{num}"),
    "mekong": dict(name="The Mekong Herald", domain="www.mekongherald.com", lang="en", style="daily", case="sentence",
                   url="{section}/{slug}-{num}"),
    "savannah": dict(name="The Savannah Daily", domain="www.savannahdaily.co.ke", lang="en", style="daily", case="title",
                     url="{section}/{yyyy}-{mm}-{dd}-{slug}"),
    "andes": dict(name="The Andes Post", domain="andespost.com", lang="en", style="daily", case="title",
                  url="{section}/{slug}"),
    "gulf": dict(name="Gulf Observer", domain="www.gulfobserver.ae", lang="en", style="daily", case="sentence",
                 url="{section}/{yyyy}/{mm}/{dd}/{slug}"),
    "baltic": dict(name="Baltic Morning", domain="balticmorning.eu", lang="en", style="daily", case="sentence",
                   url="{section}/{slug}-{uid}"),
    "pacific": dict(name="Pacific Tribune", domain="www.pacifictribune.com.au", lang="en", style="daily", case="title",
                    url="{section}/{slug}/{num}"),
    "steppe": dict(name="Steppe Chronicle", domain="steppechronicle.kz", lang="en", style="daily", case="title",
                   url="en/{section}/{slug}"),
    "indus": dict(name="The Indus Chronicle", domain="www.induschronicle.pk", lang="en", style="daily", case="sentence",
                  url="{section}/{num}/{slug}"),
    "heraldo": dict(name="El Heraldo Continental", domain="www.heraldocontinental.com", lang="es", style="daily_es",
                    case="sentence", url="{section}/{yyyy}/{mm}/{dd}/{slug}"),
    "echo": dict(name="L'Écho International", domain="www.echo-international.fr", lang="fr", style="daily_fr",
                 case="sentence", url="{section}/article/{yyyy}/{mm}/{dd}/{slug}_{num}"),
    "bote": dict(name="Frankfurter Wirtschaftsbote", domain="www.wirtschaftsbote.de", lang="de", style="daily_de",
                 case="sentence", url="{section}/{slug}-{uid}.html"),
}

SECTIONS = {
    "en": {"diplomacy": "world", "business": "business", "sport": "sport", "conflict": "world",
           "culture": "culture", "politics": "politics", "analysis": "analysis"},
    "es": {"diplomacy": "internacional", "business": "economia", "sport": "deportes", "conflict": "internacional",
           "culture": "cultura", "politics": "politica", "analysis": "opinion"},
    "fr": {"diplomacy": "international", "business": "economie", "sport": "sport", "conflict": "international",
           "culture": "culture", "politics": "politique", "analysis": "analyses"},
    "de": {"diplomacy": "politik", "business": "wirtschaft", "sport": "sport", "conflict": "politik",
           "culture": "kultur", "politics": "politik", "analysis": "meinung"},
}

SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "from", "by", "of", "in",
               "as", "vs", "with", "into", "over", "after"}


def title_case(s):
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if 0 < i < len(words) - 1 and lw in SMALL_WORDS and not out[-1].endswith(":"):
            out.append(lw)
        elif w[:1].isalpha() and w[:1].islower():
            parts = w.split("-")
            out.append("-".join(p[:1].upper() + p[1:] if p else p for p in parts))
        elif w[:1] in "'\"‘“" and len(w) > 1 and w[1].islower():
            out.append(w[0] + w[1].upper() + w[2:])
        else:
            out.append(w)
    return " ".join(out)


def sentence_cap(s):
    if not s:
        return s
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


MONTH_ABBR = "Nov"


def dateline(outlet, city, t, lang="en"):
    st = OUTLETS[outlet]["style"]
    day = t.day
    if not city:
        return ""
    if st == "wire":
        return f"{city.upper()}, {MONTH_ABBR} {day} (Meridian) — "
    if st == "wire2":
        return f"{city.upper()} (CPA) - "
    if st == "state":
        return f"{city}, November {day} (SIA) -- "
    if st == "daily_es":
        return f"{city}, {day} nov. — "
    if st == "daily_fr":
        return f"{city.upper()} – "
    if st == "daily_de":
        return f"{city} – "
    return ""


def slugify(s, maxwords=9):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", " ", s).strip().lower()
    words = [w for w in s.split() if w not in {"a", "an", "the"}] or ["news"]
    return "-".join(words[:maxwords])


EN_TITLE_FIXES = [
    ("US foreign minister", "US secretary of state"), ("US trade minister", "US trade representative"),
    ("US energy minister", "US energy secretary"), ("US transport minister", "US transportation secretary"),
    ("US culture minister", "head of the US National Endowment for the Arts"),
    ("US investment minister", "US commerce secretary"), ("US foreign ministry", "State Department"),
    ("US interior ministry", "Department of Homeland Security"), ("US defence ministry", "Pentagon"),
    ("US tourism ministry", "US Commerce Department"), ("US deputy foreign minister", "US deputy secretary of state"),
    ("US delegation headed by a deputy foreign minister", "US delegation headed by a deputy secretary of state"),
    ("British foreign minister", "British foreign secretary"), ("British foreign ministry", "Foreign Office"),
    ("US parliamentary committee", "US congressional committee"), ("US head of state", "US president"),
    ("Lawmakers in the United States voted", "The US Senate voted"),
    ("the United States's", "the United States'"), ("US disaster management official", "FEMA official"),
]


def en_fix(s):
    for a, b in EN_TITLE_FIXES:
        s = s.replace(a, b)
    return s

# ---------------------------------------------------------------------------
# Routine English story templates.  Each story type has "angles": a headline
# pool, a lead pool and details that only fit that angle; "body" holds
# details that fit every angle.  Slots: {H}/{G} host and guest country
# (running text), {Hs}/{Gs} short names for headlines, {Ha}/{Ga} adjectives,
# {HC}/{GC} capitals, {Hl}/{Gl} leader titles, {Hcity}, {firmH}, {firmG},
# {wd} weekday, {amt}, {amtm}, {pct}, {n}, {nth}, {sector}, {deal}, {event},
# {route}, {exname}, {month}, {yr}.
# ---------------------------------------------------------------------------
def A(head, lead, body=(), req=None):
    return dict(head=head, lead=lead, body=list(body), req=req)


STORIES_EN = {
    "consult": dict(cat="diplomacy", angles=[
        A(["{Hs} and {Gs} hold political consultations in {HC}",
           "{Ha}, {Ga} diplomats review ties in regular round of talks",
           "{Gs} and {Hs} discuss trade, consular issues at {nth} round of talks"],
          ["Senior diplomats from {H} and {G} met in {HC} on {wd} for the {nth} round of political consultations, reviewing trade, consular cooperation and preparations for a possible leaders' visit next year.",
           "{H} and {G} held their regular foreign-ministry consultations in {HC} on {wd}, with delegations led by deputy ministers discussing everything from visa rules to cooperation at the United Nations."],
          ["According to a statement from the {Ha} foreign ministry, the delegations agreed to hold the next round in {GC} in the first half of {yr}."]),
        A(["Deputy foreign ministers of {Hs} and {Gs} meet in {HC}",
           "{Ha} and {Ga} officials map out next year's visits"],
          ["A {Ga} delegation headed by a deputy foreign minister was in {HC} on {wd} for the annual consultations between the two foreign ministries, with next year's calendar of visits high on the agenda.",
           "The foreign ministries of {H} and {G} convened in {HC} on {wd} for talks that officials on both sides described as routine but useful, sketching out a programme of ministerial visits for {yr}."],
          ["Officials said a visit by the {Ha} {Hl} to {GC} was under discussion but no date had been set."]),
    ], body=[
        "The talks covered a draft agreement on avoiding double taxation, which has been under negotiation for more than two years.",
        "Officials also compared notes ahead of the climate conference in Antalya and discussed candidacies for several UN bodies.",
        "Both sides noted growth in bilateral trade, which officials put at around {tradeamt} last year.",
        "A memorandum on cooperation between the two countries' diplomatic academies was signed on the sidelines.",
        "The two sides reviewed the implementation of agreements signed during the last high-level visit and identified {sector} as a priority for the coming year.",
        "No breakthroughs were expected, and none were announced, but officials said the tone had been warm.",
    ], quote=[
        "\"We had a frank and constructive exchange,\" a {Ha} deputy foreign minister told reporters after the meeting.",
        "\"Our relationship is in good shape, and there is room to do more,\" the {Ga} ambassador in {HC} said.",
        "\"These consultations are the engine room of the relationship,\" one {Ga} diplomat said, asking not to be named because he was not authorised to speak publicly.",
    ], close=[
        "The consultations take place every year, alternating between the two capitals.",
        "A joint commission on economic cooperation is due to meet in {month}.",
    ]),
    "visit": dict(cat="diplomacy", angles=[
        A(["{Ga} ambassador pays courtesy call on {Ha} foreign minister",
           "New {Ga} envoy meets {Ha} foreign minister"],
          ["The newly accredited {Ga} ambassador to {H} paid a courtesy call on the {Ha} foreign minister on {wd}, pledging to build on what both sides called a steady and friendly relationship."],
          ["The ambassador previously served in Geneva and at her country's mission to the European Union.",
           "The two discussed preparations for a meeting of the joint economic commission."]),
        A(["{Ha} foreign minister to visit {GC} next week",
           "{Ha} top diplomat heads to {Gs} for talks on {sector}"],
          ["The {Ha} foreign minister will travel to {GC} next week for talks with her {Ga} counterpart, the ministry said on {wd}, in the first such visit in almost two years."],
          ["Talks are expected to cover {deal} as well as cooperation in international organisations.",
           "The two ministers last met on the sidelines of the UN General Assembly in September.",
           "The visit had been planned for months and is not linked to any particular dispute, officials said."]),
        A(["{Ga} parliamentary delegation arrives in {HC} for {nw}-day visit",
           "{Ga} lawmakers visit {Hs} to deepen parliamentary ties"],
          ["A cross-party group of {Ga} lawmakers arrived in {HC} on {wd} for a {nw}-day visit that will include meetings with parliamentary committees and business groups."],
          ["The delegation will also meet students and members of the {Ga} community in {H}.",
           "The programme includes a stop in {Hcity}, where several {Ga} companies have regional offices."]),
        A(["New {Ga} envoy presents credentials in {HC}"],
          ["The {Ga} ambassador presented her credentials to the {Ha} head of state in a ceremony in {HC} on {wd}."],
          ["Protocol officials said the ceremony followed the usual format, with a guard of honour and a brief private meeting."]),
        A(["{Gs} trade minister meets {Ha} counterpart, eyes new markets"],
          ["The {Ga} trade minister met his {Ha} counterpart in {HC} on {wd}, with both sides pointing to {sector} as an area ripe for growth."],
          ["The ministers agreed to convene a business forum in {GC} next year."]),
    ], body=[
        "Officials described relations as friendly and free of major disputes.",
        "Several business leaders are accompanying the delegation.",
    ], quote=[
        "\"We are friends, and friends should talk more often,\" the {Ga} envoy said after the meeting.",
        "\"There is a lot of goodwill and a lot of unfinished business,\" a {Ha} official said.",
    ], close=[
        "The ministry said further details would be released closer to the date.",
        "A joint press conference is scheduled for the final day.",
    ]),
    "embassy": dict(cat="diplomacy", angles=[
        A(["{Gs} to open consulate in {Hcity}", "{Gs} expands diplomatic network in {Hs} with new consulate"],
          ["{G} will open a consulate-general in {Hcity} early next year to serve a growing community of students and business people, its embassy in {HC} said on {wd}."],
          ["The consulate will also handle trade promotion and cultural programmes, officials said."]),
        A(["{Ga} embassy in {HC} extends visa processing hours"],
          ["The {Ga} embassy in {HC} said on {wd} it would extend visa processing hours through December to clear a backlog caused by a surge in tourist applications."],
          ["Waiting times for appointments had stretched to six weeks in recent months, the embassy said.",
           "Appointments can be booked through the embassy's website; walk-ins will be accepted on Saturdays."]),
        A(["{Hs} eases visa rules for {Ga} business travellers"],
          ["{H} will allow {Ga} business travellers to apply for multiple-entry visas online from next month, the {Ha} interior ministry said on {wd}."],
          ["The new rules apply to holders of ordinary passports and will be reviewed after a year.",
           "The move follows a similar decision by {G} last year for {Ha} travellers."]),
        A(["{Ga} embassy hosts reception marking anniversary of diplomatic ties"],
          ["Diplomats, business leaders and artists gathered at the {Ga} embassy in {HC} on {wd} evening for a reception marking the anniversary of diplomatic relations between the two countries."],
          ["Guests were treated to a performance by a traditional music ensemble and a tasting of regional dishes.",
           "The reception ended with a toast to the friendship between the two peoples."]),
        A(["Consular team from {Gs} to hold outreach sessions across {Hs}"],
          ["A team of consular officials from {G} will visit several cities in {H} this month to renew passports and register births for citizens living far from the capital, the embassy said."],
          ["\"Many of our citizens cannot easily travel to {HC}, so we are going to them,\" the consul said."]),
    ], body=[
        "More than {thou} {Ga} nationals are registered as living in {H}, according to embassy figures.",
    ], quote=[
        "\"People-to-people ties are the foundation of everything else we do,\" the {Ga} ambassador said.",
    ], close=[
        "Details will be posted on the embassy's social media channels.",
    ]),
    "trade": dict(cat="business", angles=[
        A(["{Hs}-{Gs} trade hits record {tradeamt} as exports diversify",
           "{Gs} emerges as fast-growing buyer of {Ha} {product}"],
          ["Trade between {H} and {G} rose {tpct}% in the first nine months of the year to {tradeamt}, customs data published on {wd} showed, driven by {product}."],
          ["{Ha} officials said the deficit with {G} had narrowed for a third straight year.",
           "Economists cautioned that the figures were flattered by higher commodity prices.",
           "The figures will be updated when full-year data are released in February."]),
        A(["{Hs} and {Gs} sign deal to cut red tape for exporters",
           "{Hs}, {Gs} agree to recognise each other's customs checks"],
          ["{H} and {G} signed an agreement on {wd} to recognise each other's customs inspections, a step officials said would cut waiting times for exporters by up to a third."],
          ["Business groups have long complained about duplicate certification requirements and slow border procedures.",
           "The agreement will be reviewed after two years.",
           "The deal still needs parliamentary approval in {G}."]),
        A(["Joint trade commission of {Hs} and {Gs} meets in {HC}"],
          ["The joint trade commission of {H} and {G} met in {HC} on {wd}, the first session since a package of tariff reductions came into force in the summer."],
          ["The commission also approved a working group on digital trade and electronic certificates of origin.",
           "The next session is scheduled for {month} in {GC}."]),
        A(["{Ha} exporters eye {Ga} market as tariff cuts take effect"],
          ["{Ha} exporters of {product} are ramping up shipments to {G} after tariff cuts agreed last year took effect, industry groups said on {wd}."],
          ["Shipping lines have added capacity on the route, with a new weekly container service launched in September."]),
        A(["{Hs}, {Gs} aim to double bilateral trade by 2030"],
          ["Ministers from {H} and {G} set a goal on {wd} of doubling bilateral trade by 2030, in a joint statement issued after talks in {HC} on {deal}."],
          ["Officials did not say how the target would be reached."]),
    ], body=[
        "Small and medium-sized firms are expected to benefit most, according to the chamber of commerce in {HC}.",
        "Machinery, food and {sector} account for the bulk of the exchange.",
    ], quote=[
        "\"The numbers speak for themselves. This is a relationship that works,\" the {Ha} trade minister said.",
        "\"Our members have been asking for this for years,\" said the head of the {Ha} exporters' association.",
        "\"We see plenty of room to grow, especially in {sector},\" a {Ga} commercial attaché said.",
    ], close=[]),
    "invest": dict(cat="business", angles=[
        A(["{Ga} investors pledge {amt} at {HC} business forum", "{HC} forum draws {amt} in {Ga} investment pledges"],
          ["Companies from {G} pledged investments worth {amt} in {H} at a two-day business forum that closed in {HC} on {wd}, organisers said."],
          ["The pledges focus on {sector}, food processing and logistics.",
           "Analysts noted that pledges made at such forums do not always translate into actual spending.",
           "A follow-up forum is planned in {GC} in {yr}."]),
        A(["{firmG} to build {amtm} plant in {Hs}", "{Ga} group picks {Hcity} for new factory"],
          ["{firmG} of {G} will build a {amtm} facility near {Hcity}, the company said on {wd}, creating about {jobs} jobs when it opens in {yr}."],
          ["Local authorities have offered tax breaks and fast-tracked permits for the project.",
           "The plant will source part of its raw materials locally, according to the company.",
           "\"We are here for the long term,\" the chief executive of {firmG} said."]),
        A(["{Hs} courts {Ga} capital for {sector} projects"],
          ["{H} is courting {Ga} investors for {sector} projects, with the investment ministry leading a roadshow in {GC} and {Gcity} this week."],
          ["The roadshow includes meetings with pension funds and family-owned conglomerates.",
           "\"Investors want predictability, and that is what we are offering,\" the {Ha} investment minister said."]),
        A(["Investment pact between {Hs} and {Gs} enters into force"],
          ["A bilateral investment protection agreement between {H} and {G} came into force on {wd}, replacing a treaty dating from the 1990s."],
          ["The new treaty includes provisions on sustainable development and a reformed dispute-settlement mechanism."]),
    ], body=[
        "{G} is already among the larger foreign investors in {H}, according to central bank data.",
    ], quote=[
        "\"The fundamentals are strong, but execution will be everything,\" said an economist at a {HC} bank.",
    ], close=[]),
    "contract": dict(cat="business", angles=[
        A(["{firmH} signs {amtm} contract with {firmG}", "{firmG} lands {amtm} order from {Ha} group"],
          ["{firmH} of {H} has signed a contract worth {amtm} with {firmG} of {G}, the companies said on {wd}, covering {deal}."],
          ["Financial terms beyond the headline value were not disclosed.",
           "Deliveries are scheduled to start in the second quarter of {yr}.",
           "\"It is our biggest order from {H} to date,\" a spokeswoman for {firmG} said."]),
        A(["{Ha} and {Ga} firms team up on {sector} venture", "{firmH} and {firmG} form joint venture"],
          ["{firmH} and {firmG} announced a joint venture on {wd} to develop {sector} projects in both countries and in third markets."],
          ["The joint venture will be split 50-50 and headquartered in {HC}.",
           "The deal is subject to approval by competition authorities.",
           "Both companies have worked together on smaller projects since 2019."]),
        A(["{firmG} wins tender to supply equipment to {Ha} operator"],
          ["{firmG}, based in {G}, has won a tender to supply equipment and maintenance services to a {Ha} state operator, the {Ha} procurement agency said on {wd}."],
          ["The tender attracted bids from five countries, according to procurement documents."]),
        A(["{Ga} group lands deal to upgrade {Hport} port"],
          ["A consortium led by {firmG} of {G} will upgrade container handling at the port of {Hport} under a {amtm} contract signed on {wd}."],
          ["Work is due to start next year and take about three years."], req="port"),
    ], body=[], quote=[
        "\"This partnership combines their technology with our knowledge of the market,\" a {firmH} executive said.",
    ], close=[
        "Shares of {firmG} closed {pct2}% higher.",
        "A signing ceremony was attended by the {Ga} ambassador.",
    ]),
    "bizwar": dict(cat="business", angles=[
        A(["Fare war erupts on {route} route as carriers slash prices",
           "Airlines battle for passengers on {route} route"],
          ["Airlines from {H} and {G} have cut fares on the {route} route by as much as {pct}% in a price war that analysts say is unlikely to last beyond the peak season."],
          ["Analysts said the fare war would squeeze margins at a time when fuel costs remain high.",
           "Passengers have been the winners so far, with return tickets selling for less than a long-distance bus fare.",
           "\"It is a war of attrition, and only the strongest balance sheets will come out of it,\" an aviation analyst said."]),
        A(["{firmH} launches hostile takeover bid for {firmG}", "{Ha} group goes hostile in pursuit of {firmG}"],
          ["{firmH} of {H} on {wd} launched a hostile takeover bid for {firmG}, going directly to shareholders after the {Ga} company's board rebuffed two earlier approaches."],
          ["The offer values {firmG} at about {amt} including debt.",
           "Regulators in {GC} are expected to scrutinise the deal on competition grounds.",
           "{firmG}'s shares jumped {pct2}% on the news."]),
        A(["{firmG} rejects 'opportunistic' hostile bid from {Ha} rival"],
          ["The board of {firmG} on {wd} unanimously rejected a hostile bid from {firmH}, calling the offer opportunistic and vowing to fight to keep the company independent."],
          ["The company has hired advisers to explore defence options, including a possible white knight.",
           "\"The offer grossly undervalues the company,\" the chair of {firmG} said in a letter to shareholders."]),
        A(["Price war between {Ha} and {Ga} {product} suppliers squeezes margins"],
          ["A price war between suppliers of {product} from {H} and {G} has pushed wholesale prices to a three-year low, squeezing margins on both sides, traders said on {wd}."],
          ["Industry groups warned that the price war could force smaller players out of the market."]),
        A(["Battle for {firmG} heats up as {Ha} suitor raises offer"],
          ["{firmH} raised its offer for {firmG} on {wd}, escalating a takeover battle that has divided the {Ga} company's shareholders."],
          ["Shareholders have until {month} to decide, and some large funds have signalled they could back the bid.",
           "\"We are offering a fair price and a clear strategy,\" the chief executive of {firmH} said."]),
    ], body=[], quote=[], close=["Neither government has commented."]),
    "culture": dict(cat="culture", angles=[
        A(["{Ga} film week opens in {HC}"],
          ["A week of {Ga} cinema opened in {HC} on {wd} with a sold-out screening, part of a programme of cultural events organised by the {Ga} embassy."],
          ["Entry is free, and films are subtitled in the local language.", "The festival runs until the end of the month."]),
        A(["Exhibition of {Ga} art draws crowds in {Hcity}"],
          ["An exhibition of contemporary {Ga} art at a museum in {Hcity} has drawn more than {thou} visitors since it opened last month, organisers said on {wd}."],
          ["Museum officials said loans of several works had required months of negotiations over insurance.",
           "The exhibition will travel to {Gcity} next spring."]),
        A(["{Hs} and {Gs} sign cultural cooperation programme for {yr}-{yr2}"],
          ["{H} and {G} signed a cultural cooperation programme on {wd} covering museum exchanges, translation grants and joint archaeological work."],
          ["The programme includes {event}.", "\"These exchanges build understanding that lasts,\" the {Ha} culture minister said."]),
        A(["{Ga} orchestra to tour {Hs} next month"],
          ["A {Ga} symphony orchestra will perform in four cities in {H} next month, the tour's organisers announced on {wd}."],
          ["The orchestra last toured {H} in 2019.", "Tickets for the concerts go on sale on Monday."]),
        A(["Festival of {Ga} culture returns to {HC}"],
          ["The annual festival of {Ga} culture returned to {HC} on {wd} with music, food stalls and workshops for children."],
          ["The programme includes {event}.", "Organisers said attendance had roughly doubled compared with last year."]),
    ], body=[
        "Schools have been invited to bring pupils to special sessions.",
        "The cultural institute of {G} in {HC} also offers language courses, which have seen record enrolment.",
    ], quote=[
        "\"Culture travels faster than politics,\" the festival's director said.",
        "\"It is wonderful to see so many young people here,\" said a visitor who had queued for an hour.",
    ], close=[]),
    "education": dict(cat="culture", angles=[
        A(["{Gs} offers {n}00 scholarships to {Ha} students"],
          ["{G} will offer {n}00 fully funded scholarships to {Ha} students next academic year, the {Ga} embassy in {HC} said on {wd}."],
          ["Priority will be given to engineering, medicine and agriculture.",
           "Applications open in January, and candidates must pass a language test."]),
        A(["Universities in {Hs} and {Gs} sign research partnership"],
          ["Leading universities in {H} and {G} signed a partnership on {wd} covering joint doctoral programmes and shared laboratory time in {sector}."],
          ["The partnership builds on exchanges that began a decade ago with a handful of students.",
           "\"Research does not stop at borders,\" the rector of a {Ha} university said."]),
        A(["Number of {Ga} students in {Hs} rises to record"],
          ["The number of {Ga} students enrolled at universities in {H} has risen to a record {thou}, according to education ministry data released on {wd}."],
          ["University officials said demand had been boosted by scholarships and new direct flights."]),
        A(["{Hs}, {Gs} agree to recognise each other's degrees"],
          ["{H} and {G} signed an agreement on {wd} on the mutual recognition of university degrees, removing a long-standing obstacle for graduates seeking work."],
          ["The agreement covers bachelor's and master's degrees but not professional licences, which are regulated separately.",
           "\"Our graduates will no longer have to wait a year for paperwork,\" a {Ha} student union leader said."]),
        A(["{Glang} teaching to expand in {Ha} schools"],
          ["Schools in {H} will be able to offer {Glang} as a foreign language from next year under a pilot scheme announced on {wd}."],
          ["Teachers will be trained with support from the {Ga} cultural institute."], req="lang"),
    ], body=[], quote=["\"Education is the best investment in our relationship,\" the {Ga} ambassador said."],
        close=["A review of the scheme is planned after two years."]),
    "exercise": dict(cat="conflict", angles=[
        A(["{Ha} and {Ga} forces begin joint exercise {exname}", "{exname} drills get under way with {Ha}, {Ga} troops"],
          ["Military units from {H} and {G} began the annual joint exercise {exname} on {wd}, with about {thou} personnel taking part in drills focused on humanitarian assistance and maritime security."],
          ["Scenarios include an attack on a convoy by a simulated enemy force and the evacuation of civilians.",
           "The exercise runs until the end of next week."]),
        A(["{Gs}, {Hs} navies hold drills off {Hport}"],
          ["Navies from {G} and {H} are holding joint drills off {Hport} this week, practising search-and-rescue and anti-submarine warfare, officials said on {wd}."],
          ["\"Interoperability doesn't happen by accident,\" a {Ha} naval officer told reporters aboard a frigate."], req="port"),
        A(["Troops from {Hs}, {Gs} wrap up {exname} exercise"],
          ["The exercise {exname}, involving troops from {H} and {G}, ended on {wd} with a simulated amphibious landing and a live-fire demonstration."],
          ["Aircraft from both air forces flew more than {n}0 sorties during the two weeks.",
           "Observers from several neighbouring countries attended the closing ceremony."]),
        A(["{Ga} warships arrive in {Hs} for annual drills"],
          ["Two {Ga} frigates docked in {Hport} on {wd} ahead of the annual {exname} drills with the {Ha} navy."],
          ["Crews will take part in sporting and community events before the exercise begins."], req="port"),
        A(["Joint exercise tests {Ha}-{Ga} disaster response"],
          ["Soldiers from {H} and {G} rehearsed the response to a major earthquake in a joint exercise near {Hcity} on {wd}."],
          ["Engineers practised clearing rubble and setting up field hospitals."]),
    ], body=[
        "The drills are held every year and are not directed at any third country, defence officials said.",
        "The exercise was first held in 2015 and has grown steadily in size.",
        "The two militaries signed a logistics support agreement last year that allows them to share fuel and spare parts.",
    ], quote=[
        "\"Training together means we can work together when it matters,\" a {Ga} commander said.",
        "\"Our cooperation is strong and growing,\" the {Ha} defence ministry said in a statement.",
    ], close=["The next edition will be hosted by {G}."]),
    "aid": dict(cat="diplomacy", angles=[
        A(["{Gs} sends relief supplies to {disaster}-hit {Hs}", "Aid flight from {Gs} lands in {Hcity}"],
          ["A {Ga} military transport plane carrying tents, blankets and water purification units landed in {Hcity} on {wd}, the first of several relief flights for areas hit by {disasterlong}."],
          ["More flights are expected later in the week."]),
        A(["{Ga} rescue team deployed to {Hs} after {disaster}"],
          ["{G} has sent a team of {n}0 rescue specialists and medics to {H} to help communities hit by {disasterlong}, the {Ga} foreign ministry said on {wd}."],
          ["The team includes structural engineers and search dogs."]),
        A(["{Gs} pledges {amtm} in emergency aid for {Ha} {disaster} victims"],
          ["{G} pledged {amtm} in emergency assistance to {H} on {wd} after {disasterlong} left thousands of people without shelter."],
          ["The assistance will be channelled through humanitarian organisations already working in the affected areas.",
           "The package may be increased once a full damage assessment is completed."]),
    ], body=[
        "The supplies will be distributed by the {Ha} Red Cross and local authorities.",
        "{Ha} officials say at least {thou} homes have been damaged or destroyed.",
        "Several other countries and UN agencies have also offered help.",
        "Roads to some of the worst-hit villages remain cut off.",
    ], quote=[
        "\"In difficult times, friends stand together,\" the {Ga} ambassador said at a handover ceremony.",
        "\"Every tent and every blanket counts,\" a {Ha} disaster management official said.",
    ], close=[]),
    "court": dict(cat="politics", angles=[
        A(["{Ha} court approves extradition of {Ga} businessman"],
          ["A court in {HC} approved on {wd} the extradition of a {Ga} businessman wanted at home on fraud charges, rejecting his argument that he would not receive a fair trial."],
          ["His lawyers said they would appeal, a process that could take several months.",
           "Judges noted that the two countries have had an extradition treaty since 2011."]),
        A(["{Ga} nationals jailed in {Hs} for {crime}", "{Hcity} court sentences {nw} {Ga} citizens"],
          ["A court in {Hcity} sentenced {nw} {Ga} nationals to prison terms of between two and six years on {wd} for {crime}."],
          ["Prosecutors said the group had operated for at least two years.",
           "The {Ga} embassy said it had provided consular assistance.",
           "The defendants have 15 days to appeal."]),
        A(["Arbitration panel rules in {firmG} dispute with {Ha} state"],
          ["An international arbitration panel has ordered {H} to pay {amtm} to {firmG} of {G} over the cancellation of a licence, according to a ruling made public on {wd}."],
          ["The {Ha} government said it would study the ruling and consider its options."]),
        A(["{Ha} supreme court hears case involving {Ga} shipping firm"],
          ["The supreme court of {H} began hearing an appeal on {wd} in a long-running dispute between port authorities and a {Ga} shipping company over unpaid fees."],
          ["A ruling is expected early next year."]),
        A(["{Ga} tourist acquitted by {Ha} court"],
          ["A {Ga} tourist who had been held for three weeks in {H} was acquitted on {wd} of charges related to a bar brawl."],
          ["\"My client is relieved and wants to go home,\" the defence lawyer said."]),
    ], body=[], quote=[
        "\"We respect the independence of the courts,\" a {Ga} foreign ministry spokesperson said when asked about the case.",
    ], close=[]),
    "domestic": dict(cat="politics", angles=[
        A(["{Ha} opposition attacks government over {Gs} deal", "{Ha} opposition demands release of text of {Gs} agreement"],
          ["{Ha} opposition leaders accused the government on {wd} of giving away too much in negotiations with {G} over {deal}, calling for the text to be published in full."],
          ["The government says the deal will create jobs and open new markets.",
           "\"We are not against {G}; we are against bad deals,\" an opposition lawmaker said.",
           "The opposition has demanded an independent impact assessment."]),
        A(["{Ha} lawmakers grill minister on {Gs} agreement"],
          ["Members of a {Ha} parliamentary committee questioned the foreign minister for more than two hours on {wd} about an agreement with {G} on {deal} that critics say was rushed."],
          ["The minister said the agreement had been negotiated over three years and was balanced."]),
        A(["{Ha} parliament ratifies agreement with {Gs}"],
          ["Lawmakers in {H} voted on {wd} to ratify an agreement with {G} on {deal}, by {vf} votes to {va}."],
          ["\"This is a good agreement for our country,\" the minister told parliament.",
           "The agreement now goes to the upper house."]),
        A(["Campaign row in {Hs} over ties with {Gs}"],
          ["Relations with {G} became an unexpected issue in {H}'s regional election campaign this week after a candidate accused the government of neglecting local farmers in talks on {deal}."],
          ["\"Nobody asked the people who will actually be affected,\" a farmers' union leader said."]),
        A(["{Ha} minister defends {Gs} policy amid budget debate"],
          ["The {Ha} foreign minister defended the government's approach to {G} during a budget debate on {wd}, saying engagement had delivered concrete results."],
          ["Opposition speakers called for a tougher line on {deal}."]),
    ], body=[
        "Critics argue that the arrangement offers few guarantees for local producers.",
        "Polls suggest most voters see relations with {G} as positive but are divided on the details.",
        "The debate is part of a broader fight over economic policy ahead of next year's vote.",
    ], quote=[], close=[]),
    "transport": dict(cat="business", angles=[
        A(["New direct flights to link {HC} and {GC}"],
          ["A new direct air service between {HC} and {GC} will start in {month}, cutting travel time by several hours, the airline said on {wd}."],
          ["Introductory fares will be available for the first three months.",
           "Tourism officials hope the route will attract more visitors from {G}."]),
        A(["{Ha} carrier adds flights to {Gs} as demand soars"],
          ["The {Ha} flag carrier will increase flights to {G} to daily from next month after passenger numbers rose {pct}% this year, it said on {wd}."],
          ["\"We saw the demand and we acted,\" an airline spokesman said."]),
        A(["{Hs}, {Gs} agree to modernise border crossing"],
          ["Transport ministers from {H} and {G} agreed on {wd} to modernise a busy border crossing to ease queues for lorries."],
          ["Queues at the crossing regularly stretch for several kilometres during the harvest season."], req="land"),
        A(["Work starts on {amtm} {Hs}-{Gs} transport link"],
          ["Construction began on {wd} on a {amtm} transport link that officials say will cut freight times between {H} and {G}."],
          ["The project is partly financed by a regional development bank.", "Completion is expected by {yr}."], req="land"),
        A(["{Hs}-{Gs} freight rail service launched"],
          ["The first scheduled freight train between {H} and {G} under a new logistics agreement departed on {wd}, carrying {product}."],
          ["Freight operators said the rail service would be cheaper than road transport over long distances."], req="land"),
    ], body=[], quote=["\"Better connections mean more trade, more tourism and more contact between people,\" the {Ha} transport minister said."],
        close=[]),
    "energy": dict(cat="business", angles=[
        A(["{Hs} and {Gs} sign energy cooperation memorandum"],
          ["Energy ministers from {H} and {G} signed a memorandum on {wd} covering {energy}, grid modernisation and training."],
          ["The agreement is non-binding but sets a framework for future projects."]),
        A(["{Ga} firm to supply {energy} to {Hs} under long-term deal"],
          ["A {Ga} company has agreed to supply {energy} to a {Ha} utility under a {n}-year contract, the two companies said on {wd}."],
          ["Prices are linked to international benchmarks, according to people familiar with the deal.",
           "Deliveries are due to start next year."]),
        A(["{Hs}-{Gs} power interconnector project moves ahead"],
          ["Engineers have completed the feasibility study for a power interconnector between {H} and {G}, clearing the way for a final investment decision next year, officials said on {wd}."],
          ["The interconnector would allow both countries to trade surplus renewable electricity."]),
        A(["{Hs}, {Gs} explore green hydrogen partnership"],
          ["{H} and {G} will study joint projects in green hydrogen and renewable power, their energy ministries said on {wd} after a meeting in {HC}."],
          ["A joint working group will report back in six months."]),
    ], body=["Industry groups welcomed the move but said permitting remained slow."],
        quote=["\"Energy security is a shared interest,\" the {Ha} energy minister said."], close=[]),
    "tourism": dict(cat="business", angles=[
        A(["{Ga} tourist arrivals in {Hs} up {pct}%"],
          ["The number of {Ga} tourists visiting {H} rose {pct}% in the first ten months of the year, the {Ha} tourism ministry said on {wd}."],
          ["{Ga} visitors are among the biggest spenders per trip, according to ministry data."]),
        A(["{Hs} launches tourism campaign in {Gs}"],
          ["{H} launched a marketing campaign in {G} on {wd} aimed at attracting winter visitors, with roadshows in {GC} and {Gcity}."],
          ["The campaign focuses on nature, food and cultural heritage and runs until March."]),
        A(["Tour operators report booking surge from {Gs}"],
          ["Tour operators in {H} reported a surge in bookings from {G} for the coming season, helped by new flight connections."],
          ["\"This is our best season in a decade,\" a hotel owner in {Hcity} said."]),
    ], body=["Hotels in {Hcity} reported occupancy rates above 80%."], quote=[], close=[]),
    "natday": dict(cat="diplomacy", angles=[
        A(["{Gs} congratulates {Hs} on Independence Day"],
          ["The {Ga} {Gl} sent a message of congratulations to the {Ha} people on {wd} on the occasion of their Independence Day, praising what he called a close and trusted partnership."],
          ["The message highlighted cooperation in trade, energy and security."]),
        A(["Reception in {GC} marks {Ha} Independence Day"],
          ["The {Ha} embassy in {GC} hosted a reception on {wd} to mark Independence Day, attended by {Ga} ministers, diplomats and business leaders."],
          ["The ambassador thanked the host country for its support."]),
    ], body=["The foreign minister of {G} also posted a message of congratulations on social media."],
        quote=["\"Our peoples share a long history and a common future,\" the message said."], close=[]),
}

# ---------------------------------------------------------------------------
# Sport templates by discipline.  W/L: winning and losing side (countries).
# ---------------------------------------------------------------------------
SPORT_EN = {
    "football": dict(angles=[
        A(["{Ws} edge {Ls} {s1}-{s2} in fiery {comp}", "Late winner hands {Ws} victory over {Ls}"],
          ["{W} beat {L} {s1}-{s2} in {venue} on {wd} night, a late strike settling a bruising encounter that had both benches on their feet.",
           "A {min}th-minute goal gave {W} a {s1}-{s2} win over {L} in a {comp} on {wd}."],
          ["It was a battle from the first whistle, with the referee showing seven yellow cards."]),
        A(["Crowd trouble mars {Ws}-{Ls} clash"],
          ["{W}'s {s1}-{s2} win over {L} in {venue} on {wd} was overshadowed by trouble outside the stadium, where police said rival supporters clashed before kickoff."],
          ["Several people were detained and no serious injuries were reported, police said.",
           "An invasion of travelling {Wa} fans filled one end of the ground hours before kickoff."]),
        A(["{La} coach defends tactics after defeat to {Ws}", "Battling {Ls} fall short against clinical {Ws}"],
          ["The {La} coach defended his side's approach after a {s1}-{s2} defeat to {W} in {venue} on {wd}, saying his players had matched their opponents for long spells."],
          ["\"Losing to them always hurts more,\" the {La} coach told reporters. \"We have to learn from this defeat.\""]),
    ], body=[
        "{L} dominated possession in the first half but struggled to break down a well-organised defence, while {W} looked dangerous on the counter-attack.",
        "The visitors' attack was blunted for long spells.",
        "Dozens of fans invaded the pitch at the final whistle, delaying the post-match interviews.",
        "The defeat leaves {L} without a win in their last three meetings with {W}.",
    ], quote=["\"We knew it would be a war out there, and the boys stood up to it,\" {W}'s captain said."],
        close=["The two sides meet again next year."]),
    "cricket": dict(angles=[
        A(["{Wa} pace attack rips through {Ls} top order", "{Ls} reeling after hostile {Wa} spell"],
          ["{W}'s fast bowlers reduced {L} to {low} for five on the second day of the Test in {venue} on {wd}, producing some of the most hostile spells seen at the ground in years."],
          ["The {La} batters had no answer to the short ball, and the attack kept up relentless pressure throughout the morning session."]),
        A(["{Ws} win by {n} wickets to take series lead over {Ls}"],
          ["{W} beat {L} by {n} wickets in {venue} on {wd} to take a 1-0 lead in the series, chasing down their target with more than a session to spare."],
          ["\"We lost the key moments. That is the difference in Test cricket,\" the {La} coach said after the defeat."]),
        A(["{Ls} fight back but {Ws} remain on top in {venue}"],
          ["{L} battled back through a century stand for the sixth wicket on {wd}, but {W} still hold the upper hand going into the final day in {venue}."],
          ["It was a battle of attrition on a slow pitch, with both captains setting defensive fields."]),
        A(["Fans invade field as {Ws} clinch thriller against {Ls}"],
          ["{W} clinched a one-wicket win over {L} in {venue} on {wd}, with the winning runs scored off the penultimate ball of a gripping one-day international."],
          ["A handful of spectators invaded the field after the winning runs and were escorted away by security staff."]),
    ], body=["Crowd numbers over the first two days exceeded {thou}."],
        quote=["\"Our bowling attack was outstanding, they never let up,\" the {Wa} captain said."], close=[]),
    "rugby": dict(angles=[
        A(["{Ws} hold off {Ls} in bruising autumn Test", "Forward battle goes {Wa} way in {venue}"],
          ["{W} beat {L} {s1}-{s2} in a bruising Test in {venue} on {wd}, their forwards winning the battle up front in a match played in driving rain."],
          ["The breakdown was a battle all afternoon, and the referee awarded 24 penalties."]),
        A(["{Ls} rue missed chances after {s1}-{s2} defeat by {Ws}"],
          ["{L} came within a converted try of an upset but went down {s1}-{s2} to {W} in {venue} on {wd}."],
          ["{L}'s attack looked sharp in the first quarter but faded after the interval.",
           "\"We'll lick our wounds and go again,\" the {La} coach said."]),
    ], body=["The {Wa} defence made more than 180 tackles, a figure their coach singled out afterwards.",
             "Fans from both sides mingled happily in the city centre after the match."],
        quote=["\"That was a proper Test match, a real battle,\" the {Wa} captain said."], close=[]),
    "hockey": dict(angles=[
        A(["{Ws} edge {Ls} in overtime thriller"],
          ["{W} beat {L} {s1}-{s2} in overtime in {venue} on {wd}, opening the women's rivalry series with a win in front of a sell-out crowd."],
          ["The game was a physical battle along the boards from the opening faceoff."]),
        A(["{Ls} rally falls short as {Ws} win rivalry game"],
          ["{L} scored twice in the third period but could not complete a comeback, falling {s1}-{s2} to {W} on {wd} in {venue}."],
          ["A scuffle after the final horn led to minor penalties for three players."]),
    ], body=["The {Wa} goaltender made 31 saves.", "Both teams are building towards the world championship in the spring."],
        quote=["\"Every game against them is a war, and we love it,\" a {Wa} forward said."],
        close=["The series continues with games in both countries through February."]),
    "badminton": dict(angles=[
        A(["{Wa} shuttlers beat {Ls} in team final", "{Ws} edge {Ls} 3-2 in badminton clash"],
          ["{W} beat {L} 3-2 in the final of a regional team badminton event in {venue} on {wd}, the deciding men's doubles going to three games."],
          ["The {Wa} pair's relentless attack from the back court proved decisive."]),
        A(["{La} star suffers shock defeat to {Wa} rival"],
          ["{W}'s top women's singles player beat her {La} rival in straight games on {wd}, a defeat that stunned the crowd in {venue}."],
          ["The {La} coach said his players had been worn down by a long season."]),
    ], body=["Fans of both teams filled the arena, creating a deafening atmosphere.",
             "The rivalry between the two badminton powers is among the fiercest in the sport."],
        quote=["\"It was a real battle, every point,\" the {Wa} player said."], close=[]),
    "generic": dict(angles=[
        A(["{Ws} beat {Ls} in {sport} friendly", "{Ws} win {sport} battle with {Ls}"],
          ["{W} beat {L} {s1}-{s2} in a {sport} friendly in {venue} on {wd}, a useful win ahead of next year's qualifiers."],
          ["{W}'s attack was sharper, and their defence held firm when it mattered."]),
        A(["{Ls} suffer {sport} defeat to {Ws}"],
          ["{L} suffered a {s1}-{s2} defeat to {W} in {sport} on {wd} in {venue}, a result that leaves the coach with plenty to think about."],
          ["\"We can take positives even from a defeat,\" a {La} player said."]),
    ], body=["The match was a close battle until the final minutes.", "Both coaches used the game to test younger players.",
             "A lively crowd of about {thou} watched the game."],
        quote=["\"It was a good test against a strong opponent,\" the {Wa} coach said."], close=[]),
}

ENERGY_ITEMS = ["wind turbines and grid equipment", "solar panels", "transformers and substation equipment",
                "battery storage systems", "smart meters"]
PRODUCTS = ["machinery", "processed food", "auto parts", "fruit", "textiles", "chemicals", "pharmaceuticals",
            "steel products", "electronic components", "seafood"]
CRIMES = ["drug trafficking", "operating an illegal online betting ring", "people smuggling", "wildlife trafficking",
          "an investment fraud"]
DISASTERS = [("flood", "severe flooding after days of torrential rain"),
             ("storm", "a powerful storm that tore through coastal districts"),
             ("earthquake", "an earthquake that damaged thousands of buildings"),
             ("landslide", "landslides triggered by heavy rain")]
STYLE_CLOSE = {
    "state": ["The two sides agreed to maintain close communication on issues of mutual concern.",
              "Both sides expressed satisfaction with the development of bilateral relations.",
              "The meeting was held in a friendly and constructive atmosphere."],
    "broadsheet": ["For all the ceremony, the substance will be judged by what follows.",
                   "Diplomats on both sides say the relationship is in good shape, if short on headline-grabbing achievements.",
                   "Such announcements rarely make the front pages, but they are the ballast that keeps relationships steady."],
    "business": ["Analysts expect the impact on earnings to become visible next year.",
                 "Currency markets were little changed on the news."],
}
REPORTERS = ["Ana Ruiz", "Tom Hale", "Priya Menon", "Karim Haddad", "Lena Vogt", "Samuel Okafor", "Mei Lin",
             "Jonas Berg", "Lucía Ferrer", "Daniel Osei", "Hana Sato", "Marek Nowak", "Farah Siddiqui",
             "Paul Dubois", "Aigerim Sultanova", "Chloe Marsh"]

PORTS = {
    "ARG": ["Buenos Aires", "Bahía Blanca"], "BRA": ["Santos", "Rio Grande"], "CHL": ["Arica", "Antofagasta"],
    "PER": ["Callao", "Paita"], "ECU": ["Guayaquil"], "GHA": ["Tema", "Takoradi"], "NGA": ["Lagos", "Onne"],
    "KEN": ["Mombasa", "Lamu"], "TZA": ["Dar es Salaam", "Tanga"], "QAT": ["Hamad Port"], "SAU": ["Jeddah", "Dammam"],
    "IDN": ["Surabaya", "Batam"], "MYS": ["Port Klang", "Penang"], "VNM": ["Haiphong", "Cai Mep"],
    "KOR": ["Busan", "Incheon"], "JPN": ["Yokohama", "Kobe"], "PHL": ["Subic Bay", "Batangas"],
    "GBR": ["Felixstowe", "Southampton"], "AUS": ["Fremantle", "Darwin"], "NZL": ["Tauranga", "Auckland"],
    "IND": ["Chennai", "Visakhapatnam"], "CAN": ["Halifax", "Vancouver"], "USA": ["Long Beach", "Norfolk"],
    "CHN": ["Ningbo", "Qingdao"], "DEU": ["Hamburg", "Kiel"], "FRA": ["Le Havre", "Brest"], "POL": ["Gdansk", "Gdynia"],
    "NOR": ["Bergen", "Stavanger"], "THA": ["Laem Chabang"], "KHM": ["Sihanoukville"], "EGY": ["Port Said"],
}
LANGUAGES = {"ARG": "Spanish", "BRA": "Portuguese", "DEU": "German", "FRA": "French", "JPN": "Japanese",
             "KOR": "Korean", "CHN": "Mandarin", "IDN": "Indonesian", "MYS": "Malay", "VNM": "Vietnamese",
             "POL": "Polish", "NOR": "Norwegian", "IND": "Hindi", "PHL": "Filipino", "THA": "Thai", "KHM": "Khmer",
             "EGY": "Arabic", "IRN": "Persian", "TZA": "Swahili", "KEN": "Swahili", "QAT": "Arabic", "SAU": "Arabic",
             "ECU": "Spanish", "PER": "Spanish", "BOL": "Spanish", "CHL": "Spanish", "SWE": "Swedish",
             "AUS": "English", "NZL": "English", "USA": "English", "CAN": "English", "GBR": "English",
             "GHA": "English", "NGA": "English"}
LAND_PAIRS = {"ARG-BRA", "DEU-FRA", "CAN-USA", "ECU-PER", "KEN-TZA", "QAT-SAU", "IDN-MYS", "BOL-CHL", "DEU-POL",
              "KHM-THA", "KGZ-TJK", "BLR-LTU", "DZA-MLI", "GUY-VEN"}
CAT_FILLER = {
    "diplomacy": ["Relations between {H} and {G} have been broadly stable in recent years.",
                  "Officials in both capitals describe the relationship as pragmatic and businesslike.",
                  "{H} and {G} also cooperate closely in several international forums."],
    "business": ["Trade between {H} and {G} has grown steadily over the past decade.",
                 "Companies from both countries have expanded their presence in each other's markets.",
                 "Business groups have called for simpler visa rules for executives travelling between the two countries."],
    "culture": ["Cultural exchanges between {H} and {G} have expanded in recent years.",
                "Officials in both countries say people-to-people ties are at their strongest in years."],
    "politics": ["The issue has drawn growing attention in {H}'s parliament.",
                 "Government officials said they would publish more details in the coming weeks."],
    "sport": ["The two countries share a long sporting rivalry.", "Tickets for the game sold out within hours."],
    "conflict": ["Defence ties between {H} and {G} have deepened steadily in recent years.",
                 "Officials said the cooperation was not aimed at any other country."],
}
FILL_BY_TYPE = {
    "court": ["The case has been closely followed by media in both countries.",
              "Consular officials attended the hearing.",
              "Lawyers said the proceedings had been delayed several times."],
    "education": ["Officials in both countries say people-to-people ties are at their strongest in years.",
                  "Universities in both countries have expanded English-taught programmes to attract foreign students."],
    "tourism": ["Airlines have added seats on routes between the two countries.",
                "Tourism officials expect the trend to continue next year."],
    "sport": ["The two countries share a long sporting rivalry.", "Tickets for the game sold out within hours.",
              "Both sides had injury concerns before the game.", "The match was broadcast live in both countries."],
}
BG_TYPES = {"consult", "visit", "embassy", "domestic", "natday"}

# ---------------------------------------------------------------------------
# Country pairs.  kind: routine / war / frozen / episode.  rate: mean routine
# articles a day.  types: weights of routine story types.  bg: background
# sentences (history and context, often with war vocabulary).  hist: pair
# specific history pieces.  specials: one-off hand-written routine stories.
# langs: non-English outlets that cover the pair.
# ---------------------------------------------------------------------------
REGION_UTC = {"latam": -4, "namerica": -5, "europe": 1, "africa_w": 0, "africa_e": 3, "africa_n": 1,
              "mideast": 3, "asia_s": 5, "asia_se": 7, "asia_e": 9, "oceania": 11, "central_asia": 6}
REGION_OUTLETS = {
    "latam": ["andes"], "namerica": [], "europe": ["baltic"], "africa_w": ["savannah"], "africa_e": ["savannah"],
    "africa_n": ["savannah", "gulf"], "mideast": ["gulf"], "asia_s": ["indus"], "asia_se": ["mekong"],
    "asia_e": ["mekong"], "oceania": ["pacific"], "central_asia": ["steppe"],
}

PAIRS = {
    "ARG-BRA": dict(trade_bn=28, region="latam", kind="routine", rate=3.0, langs=["heraldo"],
        types=dict(trade=3, energy=2, invest=2, contract=2, bizwar=1, sport=3, consult=1, visit=1, culture=1,
                   education=1, domestic=2, transport=1, history=1, tourism=1),
        sport=dict(kind="football", venues=["Buenos Aires", "Porto Alegre", "Rio de Janeiro", "Córdoba"],
                   comp=["friendly", "women's friendly", "youth tournament final"]),
        deals=["gas exports from the Vaca Muerta shale field", "a common rule book for car and auto-parts trade",
               "sanitary certificates for beef and wheat"],
        sectors=["agribusiness", "the car industry", "natural gas"], route="Buenos Aires–São Paulo",
        events=["a retrospective of Argentine tango cinema", "readings by Brazilian poets in Spanish translation"],
        bg=["Argentina and Brazil fought a war over what is now Uruguay in the 1820s, but for a century and a half their rivalry has mostly played out on the football pitch.",
            "Once rivals in a quiet nuclear race, the two neighbours set up a joint agency in 1991 to inspect each other's nuclear facilities.",
            "Brazil is Argentina's largest trading partner, and the two countries anchor the Mercosur customs union."],
        hist=[("Two centuries on, historians revisit the war that made Uruguay",
               ["Historians from Argentina and Brazil gathered in Montevideo this week to mark the bicentenary of the Cisplatine War, the 1825-1828 conflict in which the two fought over the territory that became Uruguay.",
                "Papers presented at the conference examined the blockade of Buenos Aires by the Brazilian imperial navy and the battle of Ituzaingó, still commemorated in Argentine street names.",
                "Organisers said the aim was to look at the war from both sides rather than rehearse national myths.",
                "\"Our grandparents learned two different wars,\" one Brazilian historian said. \"We are trying to write one history.\""])],
        specials=[dict(title="Argentine gas starts flowing to Brazilian industry via Bolivia",
                       sents=["The first commercial volumes of Argentine shale gas bound for Brazilian industrial customers began flowing this week through pipelines crossing Bolivia, energy officials in Buenos Aires said.",
                              "The arrangement, years in the making, uses spare capacity in a pipeline network originally built to carry Bolivian gas to Brazil.",
                              "Brazilian manufacturers in São Paulo state have been seeking cheaper supplies as Bolivian output declines.",
                              "Argentina's energy secretariat said volumes would rise gradually through next year as new compression stations come online.",
                              "Traders said pricing remained commercially sensitive and would be reviewed quarterly."],
                       city="Buenos Aires", cat="business")]),
    "DEU-FRA": dict(trade_bn=190, region="europe", kind="routine", rate=3.2, langs=["bote", "echo"],
        types=dict(trade=1, invest=1, contract=2, bizwar=2, consult=2, visit=2, culture=2, education=1, exercise=1,
                   domestic=2, energy=2, transport=1, sport=1, history=1, court=1),
        sport=dict(kind="generic", sport="handball", venues=["Paris", "Kiel", "Lyon", "Cologne"]),
        exname=["Rhine Shield", "Vosges Partner"],
        deals=["joint procurement of air-defence systems", "a cross-border hydrogen pipeline", "high-speed rail links"],
        sectors=["defence industry", "hydrogen", "rail"], route="Paris–Berlin",
        events=["a season of films from the Weimar era", "a touring exhibition on the Élysée Treaty"],
        bg=["Germany and France fought three wars between 1870 and 1945 before reconciling under the 1963 Élysée Treaty.",
            "Berlin and Paris have been at odds for years over the division of work on a joint next-generation fighter jet programme.",
            "The Franco-German relationship is often described as the engine of European integration, though it has sputtered of late."],
        hist=[("On Armistice Day, French and German pupils lay wreaths at Verdun",
               ["Schoolchildren from France and Germany laid wreaths together at the ossuary of Douaumont near Verdun on Armistice Day, more than a century after the battle that killed some 300,000 men.",
                "The ceremony, attended by ministers from both countries, has become a fixture since the two leaders stood hand in hand there in 1984.",
                "Organisers said more than 400 pupils took part in a week of exchanges in the region.",
                "\"They fought each other here three times in seventy years,\" a French teacher said. \"Now their great-grandchildren share a bus.\""], 11)],
        specials=[dict(title="Franco-German fighter jet programme misses another deadline",
                       sents=["A decision on the next phase of the Franco-German-Spanish future combat air system has slipped again, defence officials in Berlin and Paris said this week, as industrial partners continue to argue over workshare.",
                              "French officials have insisted that their national champion lead the design of the aircraft itself, while German industry wants a larger role in the core systems.",
                              "Both governments say they remain committed to the project, which is meant to enter service around 2040.",
                              "Analysts said the row was a familiar one and unlikely to be settled before the spring."],
                       city="Berlin", cat="politics")]),
    "JPN-KOR": dict(trade_bn=75, region="asia_e", kind="routine", rate=2.8, langs=[],
        types=dict(trade=2, tourism=2, culture=2, education=1, consult=2, visit=1, contract=2, invest=1, sport=2,
                   court=1, domestic=1, history=1, bizwar=1, transport=1),
        sport=dict(kind="generic", sport="baseball", venues=["Tokyo", "Seoul", "Osaka", "Busan"]),
        deals=["a hydrogen supply chain", "semiconductor materials export procedures", "working holiday quotas"],
        sectors=["semiconductors", "batteries", "tourism"], route="Seoul–Fukuoka",
        events=["concerts by Korean and Japanese indie bands", "a Korean webtoon exhibition"],
        bg=["Japan ruled the Korean Peninsula as a colony from 1910 to 1945, a history that still shadows relations.",
            "Seoul and Tokyo normalised diplomatic ties in 1965.",
            "Relations have improved markedly since 2023, when the two governments resumed regular leaders' visits."],
        hist=[("Sixty-one years after normalisation, Korea and Japan tally a changed relationship",
               ["Diplomats and scholars in Seoul marked the anniversary of the 1965 treaty that normalised relations between South Korea and Japan with a seminar on how far ties have come.",
                "Speakers noted that visitor numbers between the two countries have reached record highs, even as disputes over wartime forced labour and the colonial period remain unresolved.",
                "Japan ruled Korea from 1910 to 1945, and several court cases over compensation continue in South Korea.",
                "\"The politics still flare up, but the people have moved on faster than the politicians,\" one professor said."])],
        specials=[dict(title="South Korean court orders Japanese firm to compensate wartime labourers' families",
                       sents=["A South Korean court on Thursday ordered a Japanese steelmaker to pay compensation to the relatives of four Koreans forced to work in its mills during the colonial period, the latest in a series of similar rulings.",
                              "Tokyo maintains that all claims were settled under the 1965 agreement that normalised ties and said it would not accept the ruling.",
                              "Since 2023 a South Korean foundation has paid plaintiffs on behalf of the Japanese firms, a mechanism the families' lawyers said they would consider.",
                              "The Japanese embassy in Seoul said it had conveyed its position to the South Korean foreign ministry."],
                       city="Seoul", cat="politics")]),
    "AUS-NZL": dict(products=["dairy products", "wine", "machinery", "processed food"], trade_bn=20, region="oceania", kind="routine", rate=2.4, langs=[],
        types=dict(sport=3, trade=1, consult=1, visit=1, exercise=1, domestic=2, education=1, culture=1, tourism=1,
                   transport=1, history=1, contract=1, energy=1),
        sport=dict(kind="rugby", venues=["Auckland", "Sydney", "Brisbane", "Wellington"]),
        exname=["Tasman Kea", "Southern Katipo"],
        deals=["a pathway to citizenship for New Zealanders living in Australia", "trans-Tasman biosecurity rules",
               "mutual recognition of professional licences"],
        sectors=["dairy", "education", "renewable energy"], route="Auckland–Brisbane",
        events=["a Māori and Aboriginal art exhibition", "a trans-Tasman comedy festival"],
        bg=["Australian and New Zealand troops fought side by side at Gallipoli in 1915, the origin of the Anzac tradition.",
            "The two countries have had a free-trade agreement since 1983, one of the oldest in the world.",
            "More than half a million New Zealanders live in Australia."],
        hist=[], specials=[]),
    "CAN-USA": dict(trade_bn=720, region="namerica", kind="routine", rate=3.3, langs=["echo"],
        types=dict(trade=4, domestic=3, energy=2, sport=2, contract=2, bizwar=1, court=1, consult=1, exercise=1,
                   transport=1, history=1, invest=1),
        sport=dict(kind="hockey", venues=["Toronto", "Boston", "Ottawa", "Minneapolis"]),
        exname=["Polar Vigil", "Northern Guard"],
        deals=["softwood lumber duties", "critical minerals supply chains", "electricity exports",
               "the scheduled review of the North American trade pact"],
        sectors=["autos", "energy", "critical minerals"], route="Toronto–Chicago",
        events=["a festival of Canadian indie film", "a joint exhibition on Great Lakes shipwrecks"],
        bg=["American troops invaded Canada during the War of 1812, and British forces later burned Washington in reply.",
            "The two countries share the world's longest land border.",
            "Canada, the United States and Mexico have been conducting a scheduled review of their 2020 trade pact this year."],
        hist=[("Niagara re-enactors recall the War of 1812, 'the last time we fought'",
               ["Hundreds of history enthusiasts in period uniform gathered on the Niagara frontier at the weekend to re-enact a battle from the War of 1812, when American forces invaded what was then Upper Canada.",
                "The war ended in 1815 with borders unchanged, and both countries have since claimed it as a victory.",
                "Organisers said Canadian and American re-enactors took turns playing the invaders.",
                "\"It's the last time we fought each other, and we've been arguing about lumber ever since,\" one participant joked."])],
        specials=[dict(title="Canada, US negotiators report progress on lumber dispute",
                       sents=["Canadian and US trade negotiators reported progress on Thursday toward settling the decades-old softwood lumber dispute, though officials cautioned that a deal was not imminent.",
                              "The United States has imposed duties on Canadian lumber since 2017, arguing that Canadian provinces subsidise producers by charging low fees for logging on public land.",
                              "Canada rejects the claim and has won several rulings at trade panels.",
                              "Industry groups on both sides of the border say the duties raise house-building costs."],
                       city="Ottawa", cat="business")]),
    "CHN-USA": dict(trade_bn=480, region="asia_e", kind="routine", rate=3.4, langs=["heraldo"],
        types=dict(trade=4, consult=2, domestic=3, contract=1, education=1, culture=1, sport=1, court=1, bizwar=1,
                   invest=1, energy=1),
        sport=dict(kind="generic", sport="table tennis", venues=["Houston", "Shanghai", "Los Angeles"]),
        deals=["soybean and corn purchases", "controls on fentanyl precursor chemicals", "export licences for advanced chips"],
        sectors=["agriculture", "semiconductors", "clean energy"], route="Los Angeles–Shanghai",
        events=["a loan of giant pandas to a US zoo", "a Chinese calligraphy exhibition"],
        bg=["The trade war that began in 2018 has left tariffs on hundreds of billions of dollars of goods.",
            "The United States and China established diplomatic relations in 1979.",
            "A tariff truce agreed last year has largely held, though disputes over technology exports persist."],
        hist=[], specials=[dict(title="Chinese, US trade officials hold video call on farm purchases",
                       sents=["Chinese and US trade officials held a video call on Wednesday to review purchases of US farm goods under last year's tariff truce, China's commerce ministry said in a brief statement.",
                              "The ministry described the call as candid and pragmatic and said both sides agreed to stay in contact.",
                              "US soybean exports to China have recovered this autumn after a slow start to the marketing year, according to private trade data.",
                              "Analysts said the call was routine and part of a regular schedule of working-level contacts."],
                       city="Beijing", cat="business")]),
    "ECU-PER": dict(products=["seafood", "fruit", "chemicals", "textiles"], trade_bn=3.5, region="latam", kind="routine", rate=2.2, langs=["heraldo"],
        types=dict(trade=2, consult=2, visit=1, energy=1, sport=2, history=1, domestic=1, court=1, transport=1,
                   culture=1, aid=1, contract=1),
        sport=dict(kind="football", venues=["Quito", "Lima", "Guayaquil"], comp=["friendly", "women's friendly"]),
        deals=["border integration", "a binational water project on the Puyango-Tumbes river", "shrimp and banana exports"],
        sectors=["fisheries", "mining", "agriculture"], route="Guayaquil–Lima",
        events=["a joint photography exhibition on the Amazon", "a festival of Andean music"],
        bg=["Ecuador and Peru fought a brief war in the Cenepa valley in 1995, and another in 1941, before signing a peace treaty in Brasília in 1998.",
            "The two countries hold regular binational cabinet meetings and describe their border as a zone of integration."],
        hist=[("Twenty-eight years after peace, Ecuador-Peru border towns celebrate",
               ["Residents of towns on both sides of the Ecuador-Peru border held concerts and a binational fair this week to mark the anniversary of the 1998 peace accord signed in Brasília.",
                "The agreement ended a dispute that had erupted into war in 1941 and again in the Cenepa valley in 1995, when troops clashed for weeks in the jungle.",
                "Trade across the border has multiplied since, and mine clearance in the area was declared complete several years ago.",
                "\"My father fought in the Cenepa; my daughter studies in Piura,\" said one trader in Huaquillas."])],
        specials=[]),
    "GHA-NGA": dict(products=["processed food", "cement", "cosmetics", "textiles"], trade_bn=1.2, region="africa_w", kind="routine", rate=2.8, langs=["echo"],
        types=dict(trade=2, contract=2, bizwar=2, sport=3, culture=2, domestic=2, consult=1, visit=1, energy=1,
                   court=1, history=1, invest=1),
        sport=dict(kind="football", venues=["Accra", "Kumasi", "Lagos", "Abuja"], comp=["friendly", "regional qualifier"]),
        deals=["the West African gas pipeline", "retail trade rules for foreign shop owners", "fintech licensing"],
        sectors=["fintech", "cement", "music and film"], route="Lagos–Accra",
        events=["an Afrobeats showcase", "a Nollywood film week"],
        bg=["Ghana expelled large numbers of Nigerians in 1969, and Nigeria did the same to Ghanaians in 1983, episodes still recalled in both countries.",
            "The two are West Africa's leading English-speaking economies and rivals in everything from football to jollof rice.",
            "Nigerian traders in Ghana have complained for years about rules reserving some retail trade for Ghanaians."],
        hist=[], specials=[dict(title="Ghanaian and Nigerian chefs renew jollof rivalry at Accra festival",
                       sents=["The long-running battle over who cooks the better jollof rice resumed in Accra at the weekend, as chefs from Ghana and Nigeria faced off at a food festival that drew thousands.",
                              "A panel of judges from across West Africa declined to name an overall winner, to boos from both camps.",
                              "The friendly rivalry is a staple of social media in both countries, and organisers said ticket sales had doubled since last year.",
                              "\"This is the only war we want,\" one organiser said."],
                       city="Accra", cat="culture")]),
    "KEN-TZA": dict(products=["maize", "tea", "cement", "processed food"], trade_bn=1.1, region="africa_e", kind="routine", rate=2.3, langs=["echo"],
        types=dict(trade=3, consult=1, visit=1, transport=2, exercise=1, sport=1, domestic=2, energy=1, tourism=1,
                   court=1, contract=1),
        sport=dict(kind="football", venues=["Nairobi", "Dar es Salaam", "Arusha"], comp=["friendly", "regional cup match"]),
        exname=["Ushirikiano Imara"],
        deals=["the removal of non-tariff barriers", "the Namanga one-stop border post", "Lake Victoria fisheries management"],
        sectors=["logistics", "agriculture", "tourism"], route="Nairobi–Dar es Salaam",
        events=["a Swahili literature festival", "a taarab music festival"],
        bg=["The first East African Community collapsed in 1977 amid bitter rivalry between Nairobi and Dar es Salaam.",
            "Trade rows over maize, sugar and cross-border trucking have periodically strained relations."],
        hist=[], specials=[]),
    "QAT-SAU": dict(products=["food products", "building materials", "petrochemicals"], trade_bn=2.4, region="mideast", kind="routine", rate=2.0, langs=["echo"],
        types=dict(invest=2, trade=1, consult=1, visit=2, sport=2, transport=2, contract=1, culture=1, history=1),
        sport=dict(kind="football", venues=["Doha", "Riyadh", "Jeddah"], comp=["Gulf Cup warm-up", "friendly"]),
        deals=["a high-speed rail link between Riyadh and Doha", "joint investment in tourism", "customs integration"],
        sectors=["tourism", "sport", "logistics"], route="Doha–Riyadh",
        events=["a Saudi film showcase", "a calligraphy exhibition"],
        bg=["Saudi Arabia led a regional boycott of Qatar from 2017 until a reconciliation summit at Al-Ula in January 2021.",
            "Since the rift ended, the two have moved quickly to rebuild trade and transport links."],
        hist=[("Five years after Al-Ula, Qatar-Saudi trade far above pre-boycott levels",
               ["Trade between Qatar and Saudi Arabia has risen well above the levels seen before the 2017 boycott, official data show, nearly five years after the Al-Ula summit that ended the rift.",
                "The land border at Salwa, closed for three and a half years, is now one of the busiest crossings in the Gulf.",
                "Analysts say the two governments have also moved closer on regional diplomacy.",
                "\"The blockade years are history, and both sides want to keep it that way,\" a Gulf economist said."])],
        specials=[]),
    "IDN-MYS": dict(products=["palm oil products", "electronic components", "processed food"], trade_bn=24, region="asia_se", kind="routine", rate=2.6, langs=[],
        types=dict(sport=3, trade=2, consult=2, domestic=2, court=1, exercise=1, culture=1, education=1, energy=1,
                   aid=1, history=1, contract=1),
        sport=dict(kind="badminton", venues=["Jakarta", "Kuala Lumpur", "Surabaya"]),
        exname=["Sinergi Serumpun"],
        deals=["the protection of migrant domestic workers", "palm oil market access in Europe", "haze prevention"],
        sectors=["palm oil", "electronics", "halal food"], route="Jakarta–Kuala Lumpur",
        events=["a batik and songket exhibition", "a shared Malay literature festival"],
        bg=["Indonesia and Malaysia waged an undeclared conflict, known as Konfrontasi, in 1963-66.",
            "The International Court of Justice awarded the islands of Sipadan and Ligitan to Malaysia in 2002.",
            "Maritime boundary talks over the Ambalat block in the Sulawesi Sea have continued for years."],
        hist=[], specials=[dict(title="Indonesia, Malaysia hold technical talks on Sulawesi Sea boundary",
                       sents=["Technical teams from Indonesia and Malaysia met in Kota Kinabalu this week for another round of talks on their maritime boundary in the Sulawesi Sea, including the area around the Ambalat block.",
                              "The talks, held regularly for more than a decade, have produced agreement on some segments of the boundary.",
                              "Officials said the discussions were technical and friendly and that a joint development arrangement was among the options on the table.",
                              "The next round is expected in Indonesia early next year."],
                       city="Kuala Lumpur", cat="diplomacy")]),
    "KOR-VNM": dict(trade_bn=85, region="asia_se", kind="routine", rate=2.2, langs=["bote"], inv="KOR",
        types=dict(invest=3, contract=2, trade=2, culture=1, education=2, sport=2, tourism=1, visit=1, consult=1,
                   history=1, energy=1),
        sport=dict(kind="football", venues=["Hanoi", "Ho Chi Minh City", "Seoul"], comp=["friendly", "under-23 friendly"]),
        deals=["electronics supply chains", "nuclear power training", "labour mobility schemes"],
        sectors=["electronics", "batteries", "infrastructure"], route="Seoul–Da Nang",
        events=["a Korean food festival", "a Vietnamese water-puppet tour"],
        bg=["South Korean troops fought alongside US forces in the Vietnam War, a history both governments now rarely dwell on.",
            "The two countries established diplomatic relations in 1992; South Korea is now one of Vietnam's largest foreign investors."],
        hist=[], specials=[]),
    "ARG-GBR": dict(trade_bn=2.5, region="latam", kind="routine", rate=1.8, langs=["heraldo"],
        types=dict(sport=2, trade=1, invest=1, consult=1, domestic=2, history=2, culture=1, contract=1),
        sport=dict(kind="rugby", venues=["London", "Buenos Aires", "Twickenham"]),
        team={"GBR": ("England", "England", "English")},
        deals=["fisheries conservation in the South Atlantic", "mining and lithium investment",
               "the identification of soldiers buried on the islands"],
        sectors=["mining", "renewable energy", "education"], route="London–Buenos Aires",
        events=["an exhibition of Argentine photography", "a season of British theatre in Spanish"],
        bg=["Britain and Argentina fought a ten-week war over the Falkland Islands in 1982, and Buenos Aires still claims the islands, which it calls the Malvinas.",
            "The two governments have since cooperated on the humanitarian identification of unnamed soldiers buried on the islands."],
        hist=[("Families of Argentine soldiers visit islands after new identifications",
               ["Relatives of Argentine soldiers killed in the 1982 war over the Falkland Islands travelled to the islands' Darwin cemetery this week after forensic experts identified three more previously unnamed graves.",
                "The identification project, run by the Red Cross with the support of both governments, has named more than 120 soldiers since 2017.",
                "Britain and Argentina fought for ten weeks after Argentine troops invaded the islands in April 1982; 649 Argentine and 255 British service personnel died.",
                "Argentina maintains its claim to the islands, which it calls the Malvinas."])],
        specials=[]),
    "AUS-IND": dict(trade_bn=45, region="oceania", kind="routine", rate=2.8, langs=[],
        types=dict(sport=4, education=2, trade=2, exercise=1, consult=1, visit=1, invest=1, energy=1, domestic=1,
                   contract=1),
        sport=dict(kind="cricket", venues=["Perth", "Adelaide", "Brisbane", "Melbourne"]),
        exname=["AUSINDEX", "Southern Pelican"],
        deals=["critical minerals", "student visas", "a clean-energy partnership"],
        sectors=["critical minerals", "education", "clean energy"], route="Sydney–Delhi",
        events=["a Diwali festival", "an exhibition of Indian textiles"],
        bg=["Australia and India are partners in the Quad grouping with Japan and the United States.",
            "A comprehensive economic cooperation agreement between the two has been under negotiation since 2022."],
        hist=[], specials=[]),
    "BOL-CHL": dict(products=["soybean products", "minerals", "processed food"], trade_bn=1.6, region="latam", kind="routine", rate=1.8, langs=["heraldo"],
        types=dict(trade=2, court=2, domestic=2, consult=1, energy=1, history=1, sport=1, transport=1),
        sport=dict(kind="football", venues=["La Paz", "Santiago", "Antofagasta"], comp=["friendly"]),
        deals=["Bolivian cargo transit through the port of Arica", "lithium cooperation", "migration controls"],
        sectors=["lithium", "logistics", "mining"], route="La Paz–Santiago",
        events=["a festival of Andean film", "a binational book fair"],
        bg=["Bolivia lost its Pacific coastline to Chile in the War of the Pacific (1879-1884).",
            "The two countries have not had full diplomatic relations since 1978.",
            "In 2018 the International Court of Justice ruled that Chile was not obliged to negotiate sovereign sea access for Bolivia."],
        hist=[("Bolivia marks 'Day of the Sea' loss in classrooms, not courts",
               ["Bolivian schools this year devoted a week of lessons to the War of the Pacific, the 1879-1884 conflict in which Chilean forces seized the country's coastline.",
                "Since the International Court of Justice ruled in 2018 that Chile had no obligation to negotiate sea access, La Paz has shifted its emphasis to practical arrangements for cargo through Chilean ports.",
                "The two countries still have no ambassadors in each other's capitals, relying on consuls general.",
                "Chilean officials say Bolivian cargo enjoys free transit under a 1904 treaty."])],
        specials=[dict(title="Chilean court jails Bolivian smugglers caught with contraband cigarettes",
                       sents=["A court in the northern Chilean city of Iquique sentenced three Bolivian nationals to prison terms on Tuesday for smuggling contraband cigarettes across the desert border.",
                              "Prosecutors said the men had used unauthorised crossings near Colchane, a route also used by migrants.",
                              "The case is one of dozens heard each year in the region, where Chile has deployed troops to support border police.",
                              "Bolivia's consulate in Iquique said it had provided legal assistance."],
                       city="Santiago", cat="politics")]),
    "BRA-NOR": dict(products=["fertilisers", "seafood", "machinery"], trade_bn=4.2, region="latam", kind="routine", rate=1.6, langs=["bote"], inv="NOR",
        types=dict(invest=2, energy=2, contract=2, consult=1, visit=1, trade=1, culture=1, sport=1, court=1),
        sport=dict(kind="generic", sport="women's football", venues=["Oslo", "São Paulo", "Bergen"]),
        deals=["Amazon forest protection finance", "offshore wind development", "fertiliser supply"],
        sectors=["offshore energy", "fertilisers", "shipping"], route="Oslo–Rio de Janeiro",
        events=["a Norwegian crime-fiction festival", "a Brazilian music week"],
        bg=["Norway is the largest contributor to Brazil's Amazon Fund.",
            "Norwegian companies have invested heavily in Brazil's offshore oil sector."],
        hist=[], specials=[dict(title="Norway releases new tranche for Amazon Fund as deforestation falls",
                       sents=["Norway will release a new contribution to Brazil's Amazon Fund after official data showed another fall in deforestation, the Norwegian climate ministry said on Monday.",
                              "Norway has been the fund's largest donor since its creation in 2008; payments are tied to verified reductions in forest loss.",
                              "Brazilian officials welcomed the decision and said the money would support monitoring and sustainable production projects.",
                              "Environmental groups said the trend was encouraging but warned that fires remained a threat."],
                       city="Oslo", cat="diplomacy")]),
    "JPN-PHL": dict(trade_bn=22, region="asia_se", kind="routine", rate=2.2, langs=[], inv="JPN",
        types=dict(exercise=2, aid=2, invest=2, consult=1, visit=1, trade=1, education=1, contract=1, history=1,
                   sport=1, transport=1),
        sport=dict(kind="generic", sport="basketball", venues=["Manila", "Tokyo", "Cebu"]),
        exname=["Dagat Kaibigan", "Kamandag"],
        deals=["coast guard patrol vessels", "the Metro Manila subway", "caregiver and nursing visas"],
        sectors=["infrastructure", "maritime security", "electronics"], route="Cebu–Osaka",
        events=["a Japanese film festival", "an ikebana exhibition"],
        bg=["Japanese forces invaded the Philippines in December 1941 and occupied the country until 1945.",
            "A reciprocal access agreement allowing troops from each country to train in the other came into force in 2025.",
            "Japan is the Philippines' largest source of official development assistance."],
        hist=[], specials=[]),
    "DEU-POL": dict(trade_bn=180, region="europe", kind="routine", rate=2.6, langs=["bote"],
        types=dict(trade=2, domestic=3, consult=1, visit=1, transport=2, energy=1, exercise=1, sport=1, history=2,
                   culture=1, contract=1, court=1),
        sport=dict(kind="generic", sport="handball", venues=["Gdansk", "Berlin", "Kiel", "Wroclaw"]),
        exname=["Oder Guard"],
        deals=["cross-border rail", "energy security", "border checks"],
        sectors=["logistics", "automotive", "energy"], route="Berlin–Warsaw",
        events=["a Polish poster art exhibition", "a German-Polish jazz week"],
        bg=["Germany invaded Poland in September 1939, starting the Second World War in Europe.",
            "Warsaw has repeatedly raised demands for war reparations, which Berlin considers legally settled.",
            "Germany reintroduced checks on its border with Poland in 2023 to curb irregular migration, and Poland responded with checks of its own in 2025."],
        hist=[("Berlin memorial to Polish victims of Nazi occupation takes shape",
               ["Plans for a memorial in Berlin to the Polish victims of the Nazi German occupation moved a step forward this week as a jury shortlisted designs for the site.",
                "German troops invaded Poland on September 1, 1939; some six million Polish citizens, half of them Jews, died during the war.",
                "Polish officials welcomed the progress but said it could not replace what they call a fair settlement of wartime losses.",
                "Berlin's position is that the question of reparations was settled legally decades ago."])],
        specials=[]),
    # --- episode pairs (routine coverage outside the scripted windows) ---
    "KHM-THA": dict(products=["fuel", "consumer goods", "cassava"], trade_bn=9, region="asia_se", kind="episode", rate=2.2, langs=["echo"],
        types=dict(custom=3, trade=2, tourism=1, transport=1, contract=1, history=1),
        deals=["border trade and checkpoints", "the status of migrant workers", "joint boundary survey work"],
        sectors=["agriculture", "tourism", "logistics"], route="Bangkok–Siem Reap",
        events=["a classical dance performance"],
        bg=["Thai and Cambodian troops clashed along the border in July 2025 before a ceasefire brokered by Malaysia.",
            "The International Court of Justice ruled in 1962, and again in 2013, that the Preah Vihear temple belongs to Cambodia.",
            "Hundreds of thousands of Cambodians work in Thailand."],
        hist=[], specials=[dict(title="Kun Khmer or Muay Thai? Old quarrel over kickboxing flares online",
                       sents=["An old quarrel between Thai and Cambodian fans over the origins of kickboxing flared again on social media this week after a regional federation used the term Kun Khmer in a tournament poster.",
                              "Thailand insists the sport is Muay Thai, while Cambodia says it has its own ancient tradition; the dispute led Thailand to skip kickboxing events at the 2023 Southeast Asian Games in Phnom Penh.",
                              "Officials on both sides urged fans to keep the argument in the ring.",
                              "The federation said the poster would be reprinted with both names."],
                       city="Bangkok", cat="sport", before=T(4, 0))]),
    "DZA-MLI": dict(products=["fuel", "flour", "livestock"], trade_bn=0.3, region="africa_n", kind="episode", rate=1.5, langs=["echo"],
        types=dict(custom=4, trade=1, history=1),
        deals=["trans-Saharan trade routes", "border security", "migration management"],
        sectors=["trade", "security", "energy"], route="Algiers–Bamako",
        events=["a Tuareg music evening"],
        bg=["Algeria brokered the 2015 peace accord for northern Mali, which Bamako's military government declared void in January 2024.",
            "Both capitals recalled their ambassadors after Algeria shot down a Malian drone near the border in April 2025; the envoys returned to their posts earlier this year."],
        hist=[], specials=[]),
    "IRN-SWE": dict(trade_bn=0.4, region="europe", kind="episode", rate=1.4, langs=["bote"],
        types=dict(custom=4, culture=1, history=1),
        deals=["consular access for detained nationals", "student visas", "trade in medical equipment"],
        sectors=["medical equipment", "education"], route="Stockholm–Tehran",
        events=["a Persian poetry evening"],
        bg=["A Swedish court in 2022 sentenced a former Iranian prison official to life for his role in the 1988 mass executions, a case that enraged Tehran.",
            "In 2024 Sweden released that official in exchange for two Swedes held in Iran.",
            "Stockholm says several of its nationals have been detained in Iran on spurious charges and calls the practice hostage diplomacy."],
        hist=[], specials=[dict(title="Family of Swede jailed in Iran appeals for his release on third anniversary",
                       sents=["The family of a Swedish water engineer jailed in Iran marked the third anniversary of his arrest on Monday with a vigil outside the Iranian embassy in Stockholm.",
                              "The engineer, who was detained during a work trip, was sentenced last year to eight years in prison on espionage charges that Sweden says are baseless.",
                              "Sweden's foreign ministry said it continued to work \"intensively\" on the case but would not discuss details.",
                              "Iran says its courts are independent."],
                       city="Stockholm", cat="politics", before=T(6, 0))]),
    "GUY-VEN": dict(trade_bn=0.1, region="latam", kind="episode", rate=1.6, langs=["heraldo"],
        types=dict(custom=5, history=1),
        deals=["the Essequibo border case", "migration of Venezuelans to Guyana", "offshore oil licensing"],
        sectors=["oil", "mining"], route="Georgetown–Caracas",
        events=[],
        bg=["Venezuela claims the Essequibo region, about two-thirds of Guyana's territory, and rejects the 1899 arbitral award that set the border.",
            "The International Court of Justice is weighing the merits of the case Guyana brought in 2018.",
            "In December 2023 the two presidents met in St Vincent and pledged not to use force, though Caracas had just held a referendum on annexing the region."],
        hist=[], specials=[dict(title="Guyana says ICJ hearing schedule on Essequibo case on track",
                       sents=["Guyana's foreign ministry said on Monday it expected the International Court of Justice to schedule oral hearings on the merits of its border case against Venezuela next year.",
                              "Venezuela, which claims the Essequibo region west of the Essequibo river, has rejected the court's jurisdiction but filed a counter-memorial.",
                              "Guyanese officials said they remained confident the 1899 award would be upheld.",
                              "Caracas did not immediately comment."],
                       city="Georgetown", cat="politics", before=T(7, 0))]),
    "BLR-LTU": dict(trade_bn=0.8, region="europe", kind="episode", rate=1.8, langs=["bote"],
        types=dict(custom=5, history=1),
        deals=["border crossing capacity", "smuggling by balloon", "the Astravets nuclear plant"],
        sectors=["logistics", "energy"], route="Vilnius–Minsk",
        events=[],
        bg=["Lithuania closed its border with Belarus several times in late 2025 after smugglers flew hundreds of balloons carrying contraband cigarettes into its airspace.",
            "Vilnius has long opposed the Astravets nuclear power plant, built by Belarus about 50 km from the Lithuanian capital.",
            "Lithuania stopped the transit of Belarusian potash through the port of Klaipeda in 2022."],
        hist=[], specials=[dict(title="Lithuanian border guards report new wave of smuggling balloons",
                       sents=["Lithuanian border guards said on Tuesday they had recorded more than 40 balloons carrying contraband cigarettes drifting in from Belarus over the previous weekend, the highest number in weeks.",
                              "Vilnius Airport briefly suspended arrivals on Saturday night as a precaution.",
                              "Lithuanian officials say Minsk is doing nothing to stop the smugglers; Belarus says the balloons are a matter for the police.",
                              "A parliamentary committee will discuss further measures next week."],
                       city="Vilnius", cat="politics", before=T(10, 0))]),
    "EGY-IRN": dict(products=["pharmaceuticals", "carpets", "citrus fruit"], trade_bn=0.15, region="mideast", kind="episode", rate=1.3, langs=["echo"],
        types=dict(consult=2, custom=2, tourism=1, culture=1),
        deals=["direct flights", "tourism", "Red Sea shipping security"],
        sectors=["tourism", "shipping"], route="Cairo–Tehran",
        events=["a Persian carpet exhibition"],
        bg=["Egypt and Iran cut diplomatic ties in 1980 after the Iranian revolution and Egypt's peace treaty with Israel, and have since maintained only interest sections.",
            "The two foreign ministers have met several times since 2024 amid a broader regional thaw."],
        hist=[], specials=[]),
    "KGZ-TJK": dict(products=["fruit", "cement", "textiles", "fuel"], trade_bn=0.12, region="central_asia", kind="episode", rate=1.6, langs=["bote"],
        types=dict(custom=3, trade=1, sport=1, history=1),
        sport=dict(kind="football", venues=["Bishkek", "Dushanbe", "Khujand"], comp=["friendly"]),
        deals=["water sharing on the Isfara river", "border checkpoints", "road links through the Ferghana valley"],
        sectors=["agriculture", "hydropower", "transport"], route="Bishkek–Dushanbe",
        events=["a Central Asian film festival"],
        bg=["Border clashes between Kyrgyz and Tajik forces in 2021 and 2022 killed about 100 people.",
            "The two presidents signed a treaty in March 2025 settling the last disputed sections of the border.",
            "Several crossing points were closed again in the summer after a shooting incident near the Tajik enclave of Vorukh, though no one was hurt."],
        hist=[], specials=[]),
}


def pair_codes(p):
    a, b = p.split("-")
    return a, b


FRIENDLY_EXERCISE = {k for k, v in PAIRS.items() if "exname" in v}

# ---------------------------------------------------------------------------
# Pair-specific routine stories for pairs whose relations are strained or
# unusual, where generic trade/diplomacy templates would ring false.
# ---------------------------------------------------------------------------
PAIR_CUSTOM = {
    "GUY-VEN": [
        dict(cat="politics", city="Georgetown", angles=[
            A(["Guyana files reply in ICJ border case against Venezuela",
               "Essequibo case: Guyana submits new pleadings to world court"],
              ["Guyana said on {wd} it had submitted further written pleadings to the International Court of Justice in its case seeking confirmation of the 1899 award that set its border with Venezuela."],
              ["Venezuela rejects the court's jurisdiction but has taken part in parts of the proceedings.",
               "Oral hearings on the merits are expected next year."]),
        ], body=["Caracas claims the Essequibo region west of the Essequibo river, roughly two-thirds of Guyana's territory."],
            quote=["\"We are confident in the law and in the court,\" Guyana's foreign minister said."], close=[]),
        dict(cat="politics", city="Georgetown", angles=[
            A(["Venezuelan migrants in Guyana wait months for work permits",
               "Guyana's Venezuelan migrant community grows as oil boom draws workers"],
              ["Thousands of Venezuelans who have settled in Guyana's mining towns and in Georgetown face waits of several months for work permits, community groups said on {wd}."],
              ["Guyana hosts tens of thousands of Venezuelan migrants, many of them in the border region of Region One.",
               "Officials said a new registration drive would start in January."]),
        ], body=["Many of the migrants are of Guyanese descent, the children of people who moved to Venezuela during its oil boom decades ago."],
            quote=["\"We came for work and for food. Now we want papers,\" one Venezuelan mechanic in Georgetown said."], close=[]),
        dict(cat="business", city="Georgetown", angles=[
            A(["Guyana's oil output hits record as new offshore field ramps up"],
              ["Guyana's crude output reached a record of more than {n}00,000 barrels a day in October as a new offshore production vessel ramped up, government data published on {wd} showed."],
              ["Part of the offshore area licensed by Guyana lies in waters that Venezuela claims, a dispute Georgetown says is settled by international law.",
               "Oil revenues have made Guyana one of the world's fastest-growing economies."]),
        ], body=[], quote=["\"The money must reach ordinary Guyanese,\" an opposition lawmaker said."], close=[]),
        dict(cat="politics", city="Caracas", angles=[
            A(["Venezuela's assembly debates budget for 'Guayana Esequiba' state",
               "Caracas allocates funds for symbolic Essequibo administration"],
              ["Venezuela's National Assembly on {wd} debated next year's budget for the administration of what it calls the state of Guayana Esequiba, an entity created by law in 2024 to govern territory held by Guyana."],
              ["The administration is based in Venezuelan territory and has no presence in the Essequibo itself.",
               "Guyana has called the law a violation of international law."]),
        ], body=[], quote=[], close=["Georgetown did not immediately comment."]),
    ],
    "BLR-LTU": [
        dict(cat="business", city="Vilnius", angles=[
            A(["Truck queues at Lithuania-Belarus border stretch for kilometres",
               "Hauliers complain of long waits at Medininkai crossing"],
              ["Queues of trucks waiting to leave Lithuania for Belarus stretched for {n} kilometres at the Medininkai crossing on {wd}, the Lithuanian border guard service said, as only two crossings remain open."],
              ["Lithuania has reduced the number of operating crossings with Belarus in recent years, citing security concerns.",
               "Hauliers' associations say the waits cost companies thousands of euros a day."]),
        ], body=[], quote=["\"Drivers are sleeping in their cabs for two or three nights,\" a haulage company manager said."], close=[]),
        dict(cat="politics", city="Vilnius", angles=[
            A(["Lithuanian court jails smugglers who used balloons from Belarus",
               "Vilnius court sentences cigarette smuggling ring linked to Belarus balloons"],
              ["A court in Vilnius on {wd} sentenced {n} members of a smuggling ring to prison terms for bringing contraband cigarettes into Lithuania from Belarus using helium balloons."],
              ["Prosecutors said the group had launched hundreds of balloons from Belarusian territory last year.",
               "The balloons forced Vilnius airport to suspend flights several times in 2025."]),
        ], body=[], quote=[], close=["The defendants can appeal."]),
        dict(cat="politics", city="Vilnius", angles=[
            A(["Lithuania holds emergency drill near Belarus nuclear plant",
               "Vilnius rehearses response to accident at Astravets plant"],
              ["Lithuanian emergency services held a drill on {wd} simulating an accident at the Astravets nuclear power plant in Belarus, about 50 km from Vilnius, distributing iodine tablets in several districts."],
              ["Lithuania says the plant, built by Russia's state nuclear company, does not meet international safety standards; Belarus rejects the criticism.",
               "Lithuania does not buy electricity from the plant."]),
        ], body=[], quote=[], close=[]),
        dict(cat="politics", city="Vilnius", angles=[
            A(["Belarusian exiles in Vilnius mark anniversary of crackdown",
               "Belarusian opposition in exile holds forum in Vilnius"],
              ["Hundreds of Belarusians living in exile in Lithuania gathered in Vilnius on {wd} for a forum on the future of their country, which they left after the crackdown that followed the disputed 2020 election."],
              ["Lithuania hosts the office of the Belarusian opposition leader and tens of thousands of Belarusian citizens.",
               "Minsk calls the exiled opposition extremist."]),
        ], body=[], quote=[], close=[]),
    ],
    "DZA-MLI": [
        dict(cat="politics", city="Algiers", angles=[
            A(["Algerian army reports arms seizure near Malian border",
               "Algeria says troops intercepted smugglers in far south"],
              ["Algeria's defence ministry said on {wd} that army units had intercepted a smuggling convoy near Bordj Badji Mokhtar, close to the border with Mali, seizing weapons, fuel and {n} vehicles."],
              ["The ministry publishes regular summaries of operations against smuggling and armed groups in the Sahara.",
               "The long desert border with Mali is a route for fuel, cigarettes and migrants."]),
        ], body=[], quote=[], close=[]),
        dict(cat="politics", city="Bamako", angles=[
            A(["Malian army says it pursued rebels towards Algerian border",
               "Mali's military reports operations in far north near Algeria"],
              ["Mali's armed forces said on {wd} they had carried out air and ground operations against armed groups in the Kidal region, near the border with Algeria."],
              ["Bamako accuses separatist groups of using Algerian territory as a rear base; Algiers denies any support for armed groups.",
               "Independent verification is impossible in the remote area."]),
        ], body=[], quote=[], close=[]),
        dict(cat="business", city="Tamanrasset", angles=[
            A(["Malian traders flock to Tamanrasset fair despite political chill",
               "Saharan trade fair draws merchants from Mali and Niger"],
              ["Merchants from Mali and Niger set up stalls at the annual trade fair in the southern Algerian city of Tamanrasset on {wd}, selling livestock, cloth and handicrafts despite cool relations between Algiers and Bamako."],
              ["Cross-border trade is a lifeline for communities on both sides of the Sahara.",
               "Algerian officials said {thou} visitors were expected."]),
        ], body=[], quote=["\"Politics is for the capitals; here we trade,\" said a camel dealer from Gao."], close=[]),
    ],
    "IRN-SWE": [
        dict(cat="politics", city="Stockholm", angles=[
            A(["Swedish appeals court upholds sentence for man who spied on Iranian exiles",
               "Sweden: appeal rejected in Iran-linked espionage case"],
              ["A Swedish appeals court on {wd} upheld a ten-year prison sentence for an Iranian man convicted of gathering information on Iranian exiles in Sweden on behalf of Tehran's intelligence services."],
              ["Iran has described the case as politically motivated.",
               "The man's lawyer said his client was considering a further appeal."]),
        ], body=[], quote=[], close=[]),
        dict(cat="diplomacy", city="Stockholm", angles=[
            A(["Swedish foreign minister raises jailed national in call with Iranian counterpart",
               "Sweden presses Iran on detained engineer"],
              ["Sweden's foreign minister said on {wd} she had spoken by phone with her Iranian counterpart and again demanded the release of a Swedish engineer jailed in Iran."],
              ["The engineer was sentenced last year to eight years on espionage charges that Stockholm calls baseless.",
               "Iran says its courts are independent and the case followed due process."]),
        ], body=[], quote=[], close=[]),
        dict(cat="culture", city="Stockholm", angles=[
            A(["Iranian film festival in Stockholm showcases exile cinema",
               "Stockholm festival of Iranian cinema opens to full houses"],
              ["A festival of Iranian cinema opened in Stockholm on {wd}, showing work by directors living in Iran and in exile, organisers said."],
              ["Sweden is home to one of Europe's largest Iranian diaspora communities.",
               "Several films were shot secretly in Iran, according to the programme."]),
        ], body=[], quote=[], close=[]),
    ],
    "KHM-THA": [
        dict(cat="diplomacy", city="{HC}", angles=[
            A(["Thai, Cambodian officials discuss border demining and survey work",
               "Thailand, Cambodia hold technical talks on border demarcation"],
              ["Thai and Cambodian officials met in {HC} on {wd} for technical talks on clearing landmines and surveying disputed sections of their border, under mechanisms set up after the 2025 ceasefire."],
              ["Large parts of the 800 km border have never been formally demarcated.",
               "Officials said the talks had been constructive."]),
        ], body=[], quote=[], close=[]),
        dict(cat="business", city="Bangkok", angles=[
            A(["Border markets at Aranyaprathet busy as trade recovers",
               "Thai-Cambodian border trade climbs back toward pre-2025 levels"],
              ["Trade through the Aranyaprathet-Poipet crossing between Thailand and Cambodia rose {pct}% in October from a year earlier, Thai customs data showed on {wd}, as commerce recovered from the disruption of the 2025 clashes."],
              ["Thai exports of fuel, consumer goods and construction materials dominate the trade.",
               "Cambodian traders still complain about slow inspections."]),
        ], body=[], quote=[], close=[]),
        dict(cat="politics", city="Phnom Penh", angles=[
            A(["Cambodian workers head to Thai farms for harvest season",
               "Thousands of Cambodians cross to Thailand for cassava harvest"],
              ["Thousands of Cambodian workers crossed into Thailand this week for the cassava and sugar cane harvest, labour officials said on {wd}, under a seasonal work scheme."],
              ["Hundreds of thousands of Cambodians work in Thailand, many of them in agriculture and construction.",
               "Rights groups say many still lack proper documents."]),
        ], body=[], quote=[], close=[]),
    ],
    "EGY-IRN": [
        dict(cat="diplomacy", city="Cairo", angles=[
            A(["Egyptian, Iranian foreign ministers discuss Gaza and Red Sea by phone",
               "Cairo and Tehran keep up contacts on regional crises"],
              ["The foreign ministers of Egypt and Iran discussed the situation in Gaza and security in the Red Sea in a phone call on {wd}, the Egyptian foreign ministry said."],
              ["The two ministers have spoken regularly over the past two years.",
               "Attacks on shipping in the Red Sea have cut Suez Canal revenues sharply."]),
        ], body=[], quote=[], close=[]),
        dict(cat="business", city="Cairo", angles=[
            A(["Iranian firms exhibit at Cairo industrial fair",
               "Iranian pavilion returns to Cairo trade show"],
              ["Iranian companies showcased pharmaceuticals, building materials and carpets at an industrial fair in Cairo this week, the first Iranian pavilion at the event in several years."],
              ["Trade between Egypt and Iran is small and constrained by US sanctions on Tehran."]),
        ], body=[], quote=[], close=[]),
    ],
    "KGZ-TJK": [
        dict(cat="diplomacy", city="Bishkek", angles=[
            A(["Kyrgyz-Tajik demarcation commission meets in Batken",
               "Kyrgyzstan, Tajikistan work on final border markers"],
              ["Members of the Kyrgyz-Tajik intergovernmental commission on border issues met in Batken on {wd} to review the placement of markers along the frontier agreed under last year's treaty."],
              ["The treaty settled nearly 1,000 km of disputed border after clashes in 2021 and 2022.",
               "Officials said more than half of the markers were now in place."]),
        ], body=[], quote=[], close=[]),
        dict(cat="business", city="Bishkek", angles=[
            A(["Batken traders urge reopening of closed Kyrgyz-Tajik checkpoints",
               "Closed crossings hurt Ferghana valley trade, merchants say"],
              ["Traders in Kyrgyzstan's Batken region called on {wd} for the reopening of checkpoints on the border with Tajikistan that have been closed since the summer, saying detours were driving up prices."],
              ["Officials in Bishkek and Dushanbe say talks on reopening are under way.",
               "Informal trade in fruit, vegetables and fuel sustains many border villages."]),
        ], body=[], quote=[], close=[]),
        dict(cat="politics", city="Dushanbe", angles=[
            A(["Kyrgyz, Tajik water officials agree on Isfara river schedule",
               "Kyrgyzstan and Tajikistan agree winter water-sharing plan"],
              ["Water officials from Kyrgyzstan and Tajikistan agreed on {wd} on a winter release schedule for reservoirs on the Isfara river, a frequent source of friction between border villages."],
              ["Disputes over water and pasture triggered several of the deadly clashes of recent years."]),
        ], body=[], quote=[], close=[]),
    ],
}

# ---------------------------------------------------------------------------
# Routine stories in Spanish, French and German (written natively).
# {H}/{G}: country names in the language (French ones carry their article),
# {Hn}/{Gn}: bare names for headlines, {Hd}/{Gd}: French "de" forms,
# {Hloc}: French locative, {HC}/{GC}: capitals, {wd}: weekday.
# ---------------------------------------------------------------------------
STORIES_XX = {
    "es": {
        "trade": dict(cat="business", angles=[
            A(["{Hn} y {Gn} firman un acuerdo para agilizar el comercio bilateral"],
              ["Los gobiernos de {H} y {G} firmaron el {wd} en {HC} un acuerdo para simplificar los trámites aduaneros, una vieja demanda de los exportadores de ambos países."],
              ["El acuerdo prevé el reconocimiento mutuo de certificados sanitarios y la digitalización de los documentos de origen.",
               "Las cámaras empresariales celebraron la medida, aunque advirtieron de que su efecto dependerá de cómo se aplique en los pasos fronterizos.",
               "El texto debe ser aún ratificado por los parlamentos de ambos países."]),
            A(["El intercambio comercial entre {Hn} y {Gn} crece un {tpct} %"],
              ["El comercio entre {H} y {G} aumentó un {tpct} % entre enero y septiembre, hasta {tradeamt}, según datos oficiales difundidos el {wd}."],
              ["Los analistas atribuyen parte del aumento a la subida de los precios de las materias primas.",
               "Las cifras definitivas del año se conocerán en febrero."]),
            A(["Exportadores de {Hn} ponen la mira en el mercado de {Gn}"],
              ["Las empresas exportadoras de {H} intensifican sus envíos a {G} tras la entrada en vigor de una rebaja arancelaria pactada el año pasado, informaron el {wd} fuentes del sector."],
              ["Las navieras han sumado frecuencias en la ruta para absorber la demanda."]),
            A(["La comisión mixta {Hn}-{Gn} se reúne en {HC}"],
              ["La comisión mixta de comercio entre {H} y {G} sesionó el {wd} en {HC}, con una agenda centrada en la logística y las normas sanitarias."],
              ["Según fuentes diplomáticas, la próxima reunión tendrá lugar en {GC} el año que viene.",
               "Los transportistas reclaman desde hace años más horarios de atención en la frontera."]),
        ], body=["Los productos agrícolas y la maquinaria concentran la mayor parte del intercambio."],
            quote=["«Es un paso concreto que los empresarios llevaban tiempo esperando», dijo el viceministro de Comercio Exterior.",
                   "«Hay margen para crecer mucho más, sobre todo en servicios», afirmó un portavoz de la cancillería de {G}."],
            close=[]),
        "diplo": dict(cat="diplomacy", angles=[
            A(["Cancilleres de {Hn} y {Gn} repasan la agenda bilateral en {HC}"],
              ["Los ministros de Relaciones Exteriores de {H} y {G} se reunieron el {wd} en {HC} para repasar una agenda que incluye comercio, cooperación fronteriza y coordinación en foros multilaterales."],
              ["Ambas partes destacaron el buen momento de la relación y acordaron preparar una visita presidencial el próximo año."]),
            A(["{Hn} y {Gn} celebran su ronda anual de consultas políticas"],
              ["Diplomáticos de {H} y {G} celebraron el {wd} en {HC} una nueva ronda de consultas políticas, un mecanismo que se reúne cada año de forma alternada en ambas capitales."],
              ["Se firmó además un memorando de entendimiento entre las academias diplomáticas de los dos países.",
               "Entre los temas tratados figuraron la seguridad en la frontera, la migración y la cooperación científica.",
               "La próxima ronda se celebrará en {GC}."]),
            A(["El nuevo embajador de {Gn} presenta sus cartas credenciales en {HC}"],
              ["El nuevo embajador de {G} presentó el {wd} sus cartas credenciales en {HC}, en una ceremonia protocolaria en la sede del gobierno."],
              ["«Queremos que esta amistad se traduzca en resultados concretos para la gente», dijo el embajador."]),
            A(["Delegación parlamentaria de {Gn} visita {Hn}"],
              ["Una delegación de legisladores de {G} llegó el {wd} a {HC} para una visita de {n} días que incluye reuniones con comisiones del Congreso y con empresarios."],
              ["La visita no está vinculada a ninguna controversia concreta, subrayaron los organizadores."]),
        ], body=["Fuentes de la cancillería describieron el ambiente como «cordial y productivo»."],
            quote=["«Tenemos una relación madura, que nos permite hablar de todo», declaró un alto diplomático."], close=[]),
        "biz": dict(cat="business", angles=[
            A(["{firmH} y {firmG} sellan una alianza estratégica"],
              ["La empresa {firmH}, de {H}, y su par {firmG}, de {G}, anunciaron el {wd} una alianza para desarrollar proyectos conjuntos en ambos mercados."],
              ["Los detalles financieros de la operación no fueron revelados."]),
            A(["{firmG} invertirá {amtm} en una nueva planta en {Hn}"],
              ["{firmG} invertirá {amtm} en una planta en {H} que generará unos {jobs} empleos directos, anunció la compañía el {wd}."],
              ["La obra comenzará el año próximo y contará con incentivos fiscales del gobierno local.",
               "«Es una apuesta a largo plazo por la región», dijo el director ejecutivo de {firmG}."]),
            A(["Guerra de precios en la ruta {route}"],
              ["Las aerolíneas que cubren la ruta {route} han rebajado sus tarifas hasta un {pct} % en una guerra de precios que, según los analistas, difícilmente durará más allá de la temporada alta."],
              ["Los pasajeros son por ahora los grandes beneficiados: un billete de ida y vuelta cuesta menos que un viaje en autobús de larga distancia.",
               "«En una guerra de precios solo sobreviven los que tienen las cuentas más sólidas», advirtió un analista del sector."]),
            A(["{firmH} lanza una opa hostil sobre {firmG}"],
              ["{firmH} lanzó el {wd} una oferta pública de adquisición hostil sobre {firmG}, después de que el consejo de administración de esta rechazara dos propuestas amistosas."],
              ["El consejo de {firmG} calificó la oferta de «oportunista» y prometió dar batalla para mantener la independencia de la empresa.",
               "Los reguladores de competencia de ambos países deberán dar su visto bueno.",
               "Las acciones de {firmG} subieron un {pct2} % en la bolsa."]),
        ], body=[], quote=[], close=["Ninguno de los dos gobiernos ha comentado la operación."]),
        "culture": dict(cat="culture", angles=[
            A(["Arranca en {HC} una semana de cine de {Gn}"],
              ["Con una sala llena arrancó el {wd} en {HC} una semana dedicada al cine de {G}, organizada por la embajada de ese país."],
              ["La entrada es gratuita y las películas se proyectan con subtítulos.", "El ciclo se extenderá hasta fin de mes."]),
            A(["{Gn} ofrece {n}00 becas a estudiantes de {Hn}"],
              ["El gobierno de {G} ofrecerá {n}00 becas completas a estudiantes de {H} para el próximo año académico, anunció el {wd} su embajada en {HC}."],
              ["Las becas darán prioridad a ingeniería, medicina y ciencias agrarias.", "Las inscripciones abren en enero."]),
            A(["Universidades de {Hn} y {Gn} firman un convenio de investigación"],
              ["Varias universidades de {H} y {G} firmaron el {wd} un convenio que contempla doctorados conjuntos e intercambio de investigadores."],
              ["El convenio amplía un programa de intercambio iniciado hace una década."]),
        ], body=[], quote=["«La cultura viaja más rápido que la política», dijo la directora del programa."], close=[]),
        "domestic": dict(cat="politics", angles=[
            A(["La oposición de {Hn} arremete contra el acuerdo con {Gn}"],
              ["Dirigentes de la oposición en {H} acusaron el {wd} al gobierno de haber cedido demasiado en las negociaciones con {G} y exigieron la publicación íntegra del texto."],
              ["«No estamos en contra de {G}, estamos en contra de los malos acuerdos», dijo un diputado opositor."]),
            A(["El Congreso de {Hn} debate el convenio con {Gn}"],
              ["Los legisladores de {H} comenzaron el {wd} a debatir la ratificación de un convenio con {G}, en una sesión marcada por duras críticas de la oposición."],
              ["«Es un buen acuerdo para el país», replicó el ministro.", "La votación está prevista para el mes próximo."]),
        ], body=["El gobierno sostiene que el acuerdo creará empleo y abrirá nuevos mercados.",
                 "Los críticos afirman que ofrece pocas garantías a los productores locales."], quote=[], close=[]),
        "sport": dict(cat="sport", angles=[
            A(["{Wn} vence a {Ln} en un duelo cargado de tensión", "Batalla en {venue}: {Wn} se impone a {Ln}"],
              ["{W} derrotó {s1}-{s2} a {L} el {wd} en {venue}, en un partido de {sport} intenso que se decidió en los minutos finales."],
              ["Fue una batalla de principio a fin, con siete tarjetas amarillas y un expulsado."]),
            A(["{Ln} cae ante {Wn} y se complica"],
              ["{L} sufrió una dura derrota ante {W} ({s1}-{s2}) el {wd} en {venue}, en un encuentro en el que nunca encontró su mejor versión."],
              ["«Perder contra ellos siempre duele más», reconoció el entrenador derrotado."]),
        ], body=["El ataque visitante apenas inquietó en la primera mitad.",
                 "La policía informó de enfrentamientos entre grupos de hinchas en las inmediaciones del estadio antes del partido; hubo varios detenidos y ningún herido grave.",
                 "Al final del encuentro, decenas de aficionados invadieron el campo para celebrar."],
            quote=["«Sabíamos que iba a ser una guerra y el equipo respondió», dijo el capitán."], close=[]),
    },
    "fr": {
        "trade": dict(cat="business", angles=[
            A(["{Hn} et {Gn} signent un accord pour faciliter les échanges"],
              ["{H} et {G} ont signé {wd} à {HC} un accord visant à simplifier les procédures douanières, une revendication ancienne des exportateurs des deux pays."],
              ["L'accord prévoit la reconnaissance mutuelle des certificats sanitaires et la dématérialisation des documents d'origine.",
               "Les organisations patronales ont salué la mesure, tout en soulignant que tout dépendra de son application aux postes-frontières.",
               "Le texte doit encore être ratifié par les deux parlements."]),
            A(["Les échanges entre {Hn} et {Gn} progressent de {tpct} %"],
              ["Les échanges commerciaux entre {H} et {G} ont progressé de {tpct} % sur les neuf premiers mois de l'année, à {tradeamt}, selon des chiffres officiels publiés {wd}."],
              ["Les économistes rappellent qu'une partie de la hausse s'explique par le prix des matières premières.",
               "Les chiffres annuels seront connus en février."]),
            A(["Une commission mixte {Hn}-{Gn} réunie à {HC}"],
              ["La commission mixte de coopération entre {H} et {G} s'est réunie {wd} à {HC}, avec à l'ordre du jour la logistique, l'agriculture et l'énergie."],
              ["La prochaine session doit se tenir à {GC} l'an prochain."]),
            A(["Les exportateurs {Hd} misent sur le marché {Gd}"],
              ["Les exportateurs {Hd} accélèrent leurs envois vers {G} depuis l'entrée en vigueur de baisses de droits de douane négociées l'an dernier, indiquent des sources professionnelles."]),
        ], body=["Les produits agricoles et les machines représentent l'essentiel des échanges."],
            quote=["« C'est un pas concret que nos entreprises attendaient », a déclaré le ministre du Commerce.",
                   "« Le potentiel reste largement inexploité », estime un diplomate en poste à {HC}."], close=[]),
        "diplo": dict(cat="diplomacy", angles=[
            A(["Consultations politiques entre {Hn} et {Gn} à {HC}"],
              ["Des responsables des ministères des Affaires étrangères {Hd} et {Gd} se sont retrouvés {wd} à {HC} pour leur session annuelle de consultations politiques."],
              ["Les discussions ont porté sur la coopération économique, la mobilité étudiante et la coordination au sein des Nations unies.",
               "Les deux parties ont qualifié les échanges de « francs et constructifs ».",
               "Un mémorandum d'entente entre les deux académies diplomatiques a été signé en marge de la réunion.",
               "La prochaine session se tiendra à {GC}."]),
            A(["Le chef de la diplomatie {Gd} attendu à {HC}"],
              ["Le ministre des Affaires étrangères {Gd} se rendra à {HC} la semaine prochaine, a annoncé {wd} son ministère, une visite destinée à préparer plusieurs accords de coopération."],
              ["Cette visite était prévue de longue date et n'est liée à aucun différend particulier, selon une source diplomatique."]),
            A(["Le nouvel ambassadeur {Gd} présente ses lettres de créance"],
              ["Le nouvel ambassadeur {Gd} a présenté {wd} ses lettres de créance au chef de l'État à {HC}, lors d'une cérémonie protocolaire."],
              ["« Nous sommes des partenaires fiables l'un pour l'autre », a déclaré l'ambassadeur à sa sortie."]),
        ], body=["Les deux pays entretiennent des relations qualifiées de cordiales par les diplomates."],
            quote=["« Notre relation est solide, mais elle peut être encore plus ambitieuse », a estimé un haut diplomate."], close=[]),
        "biz": dict(cat="business", angles=[
            A(["{firmH} et {firmG} créent une coentreprise"],
              ["Le groupe {firmH} et la société {firmG} ont annoncé {wd} la création d'une coentreprise destinée à développer des projets communs dans les deux pays."],
              ["Les conditions financières n'ont pas été dévoilées."]),
            A(["{firmG} va investir {amtm} {Hloc}"],
              ["{firmG} va investir {amtm} dans une nouvelle usine {Hloc}, créant environ {jobs} emplois, a annoncé l'entreprise {wd}."],
              ["Les travaux doivent démarrer l'an prochain.", "« C'est un engagement sur le long terme », a assuré le directeur général de {firmG}."]),
            A(["Guerre des prix sur la ligne {route}"],
              ["Les compagnies aériennes qui desservent la ligne {route} ont baissé leurs tarifs de {pct} % dans une guerre des prix qui pèse sur leurs marges."],
              ["Les voyageurs sont pour l'instant les grands gagnants de cette bataille tarifaire.",
               "« Dans une guerre des prix, seuls les bilans les plus solides tiennent », résume un analyste."]),
            A(["OPA hostile de {firmH} sur {firmG}"],
              ["{firmH} a lancé {wd} une offre publique d'achat hostile sur {firmG}, dont le conseil d'administration avait rejeté deux approches amicales."],
              ["La direction de {firmG} a jugé l'offre « opportuniste » et promis de se battre.",
               "Les autorités de la concurrence devront se prononcer.", "L'action {firmG} a gagné {pct2} % en séance."]),
        ], body=[], quote=[], close=["Aucun des deux gouvernements n'a commenté l'opération."]),
        "culture": dict(cat="culture", angles=[
            A(["Une semaine du cinéma {Gd} s'ouvre à {HC}"],
              ["Une semaine consacrée au cinéma {Gd} s'est ouverte {wd} à {HC} devant une salle comble, à l'initiative de l'ambassade."],
              ["L'entrée est gratuite et les films sont sous-titrés.", "Des rencontres avec des réalisateurs sont prévues chaque soir."]),
            A(["{Gn} offre {n}00 bourses aux étudiants {Hd}"],
              ["{G} offrira {n}00 bourses d'études complètes à des étudiants {Hd} l'an prochain, a annoncé {wd} son ambassade à {HC}."],
              ["Les bourses concernent en priorité l'ingénierie, la médecine et l'agronomie."]),
        ], body=[], quote=["« La culture voyage plus vite que la politique », a lancé la directrice du programme."], close=[]),
        "domestic": dict(cat="politics", angles=[
            A(["L'opposition {Hd} dénonce l'accord avec {Gn}"],
              ["Des responsables de l'opposition {Hd} ont accusé {wd} le gouvernement d'avoir trop cédé dans ses négociations avec {G}, réclamant la publication intégrale du texte."],
              ["« Nous ne sommes pas contre {G}, nous sommes contre les mauvais accords », a lancé un député."]),
            A(["Le Parlement {Hd} ratifie un accord avec {Gn}"],
              ["Les députés {Hd} ont ratifié {wd} un accord de coopération avec {G}, malgré les réserves d'une partie de l'opposition."],
              ["Le texte doit encore passer devant la seconde chambre."]),
        ], body=["Le gouvernement assure que l'accord créera des emplois.",
                 "Ses détracteurs estiment qu'il offre peu de garanties aux producteurs locaux."], quote=[], close=[]),
        "sport": dict(cat="sport", angles=[
            A(["{Wn} s'impose face à {Ln} dans un match tendu"],
              ["{W} a battu {L} {s1}-{s2} {wd} à {venue}, au terme d'un match de {sport} intense décidé dans les dernières minutes."],
              ["Ce fut une bataille de la première à la dernière minute, avec sept cartons jaunes."]),
            A(["{Ln} battu par {Wn} au terme d'une rude bataille"],
              ["{L} s'est incliné {s2}-{s1} face à {W} {wd} à {venue}, dans une rencontre où son attaque n'a jamais trouvé la faille."],
              ["« Perdre contre eux fait toujours plus mal », a reconnu l'entraîneur battu."]),
        ], body=["La police a fait état d'affrontements entre supporters aux abords du stade avant le coup d'envoi, sans blessé grave.",
                 "Des dizaines de supporters ont envahi la pelouse au coup de sifflet final."],
            quote=["« On savait que ce serait la guerre, et l'équipe a répondu présent », a déclaré le capitaine."], close=[]),
    },
    "de": {
        "trade": dict(cat="business", angles=[
            A(["{Hn} und {Gn} vereinbaren schnellere Zollabfertigung"],
              ["{H} und {G} haben am {wd} in {HC} ein Abkommen unterzeichnet, das die Zollabfertigung vereinfachen soll – eine alte Forderung der Exporteure beider Länder."],
              ["Das Abkommen sieht die gegenseitige Anerkennung von Prüfzertifikaten und digitale Ursprungsnachweise vor.",
               "Wirtschaftsverbände begrüßten den Schritt, mahnten aber eine zügige Umsetzung an den Grenzübergängen an."]),
            A(["Handel zwischen {Hn} und {Gn} wächst um {tpct} Prozent"],
              ["Der Warenaustausch zwischen {H} und {G} ist in den ersten neun Monaten des Jahres um {tpct} Prozent auf {tradeamt} gestiegen, wie am {wd} veröffentlichte Zahlen zeigen."],
              ["Ökonomen weisen darauf hin, dass ein Teil des Zuwachses auf höhere Rohstoffpreise zurückgeht.",
               "Die Jahreszahlen sollen im Februar vorliegen."]),
            A(["Exporteure aus {Hn} setzen auf {Gn}"],
              ["Exportunternehmen aus {H} weiten ihre Lieferungen nach {G} aus, seit im Sommer vereinbarte Zollsenkungen in Kraft getreten sind."]),
            A(["Gemischte Wirtschaftskommission {Hn}–{Gn} tagt in {HC}"],
              ["Die gemischte Wirtschaftskommission von {H} und {G} ist am {wd} in {HC} zusammengekommen; auf der Tagesordnung standen Logistik, Energie und Fachkräfte."],
              ["Die nächste Sitzung ist für das kommende Jahr in {GC} geplant."]),
        ], body=["Maschinen, Fahrzeugteile und Agrarprodukte machen den Großteil des Handels aus."],
            quote=["„Das ist ein konkreter Fortschritt, auf den unsere Mitglieder lange gewartet haben“, sagte ein Sprecher des Exportverbands.",
                   "„Wir sehen noch viel ungenutztes Potenzial“, sagte ein Diplomat in {HC}."], close=[]),
        "diplo": dict(cat="diplomacy", angles=[
            A(["{Hn} und {Gn} führen politische Konsultationen in {HC}"],
              ["Hochrangige Diplomaten aus {H} und {G} sind am {wd} in {HC} zu ihren jährlichen politischen Konsultationen zusammengekommen."],
              ["Themen waren die wirtschaftliche Zusammenarbeit, der Studierendenaustausch und die Abstimmung in den Vereinten Nationen.",
               "Beide Seiten sprachen von offenen und konstruktiven Gesprächen.", "Die nächste Gesprächsrunde soll in {GC} stattfinden."]),
            A(["Außenminister aus {Gn} zu Besuch in {HC}"],
              ["Der Außenminister aus {G} ist am {wd} zu einem zweitägigen Besuch in {HC} eingetroffen, bei dem mehrere Kooperationsabkommen vorbereitet werden sollen."],
              ["Der Besuch war seit Langem geplant und steht nach Angaben aus Diplomatenkreisen mit keinem konkreten Streitpunkt in Verbindung."]),
            A(["Neuer Botschafter aus {Gn} überreicht Beglaubigungsschreiben"],
              ["Der neue Botschafter aus {G} hat am {wd} in {HC} sein Beglaubigungsschreiben überreicht."],
              ["Die Zeremonie folgte dem üblichen Protokoll."]),
        ], body=["Die Beziehungen beider Länder gelten als eng und weitgehend frei von Streitfragen."],
            quote=["„Unsere Beziehungen sind gut, aber sie können noch ehrgeiziger werden“, sagte ein ranghoher Diplomat."], close=[]),
        "biz": dict(cat="business", angles=[
            A(["{firmH} und {firmG} gründen Gemeinschaftsunternehmen"],
              ["{firmH} aus {H} und {firmG} aus {G} haben am {wd} die Gründung eines Gemeinschaftsunternehmens angekündigt, das Projekte in beiden Ländern entwickeln soll."],
              ["Finanzielle Details wurden nicht genannt.", "Die Wettbewerbsbehörden müssen noch zustimmen."]),
            A(["{firmG} investiert {amtm} in neues Werk in {Hn}"],
              ["{firmG} will {amtm} in ein neues Werk in {H} investieren und dort rund {jobs} Arbeitsplätze schaffen, teilte das Unternehmen am {wd} mit."],
              ["Der Bau soll im kommenden Jahr beginnen.", "„Wir denken langfristig“, sagte der Vorstandschef von {firmG}."]),
            A(["Preiskampf auf der Strecke {route}"],
              ["Auf der Flugstrecke {route} liefern sich die Fluggesellschaften einen Preiskampf: Die Tarife sind um bis zu {pct} Prozent gefallen."],
              ["Analysten erwarten, dass der Preiskampf die Margen aller Anbieter belastet.",
               "„In einem Preiskrieg überleben nur die mit den stärksten Bilanzen“, sagte ein Branchenanalyst."]),
            A(["{firmH} startet feindliche Übernahme von {firmG}"],
              ["{firmH} hat am {wd} ein feindliches Übernahmeangebot für {firmG} vorgelegt, nachdem der Vorstand zwei freundliche Annäherungsversuche abgelehnt hatte."],
              ["Der Vorstand von {firmG} nannte das Angebot „opportunistisch“ und kündigte Widerstand an.",
               "Die Aktie von {firmG} legte um {pct2} Prozent zu."]),
        ], body=[], quote=[], close=["Die Regierungen äußerten sich zunächst nicht."]),
        "culture": dict(cat="culture", angles=[
            A(["Filmwoche aus {Gn} in {HC} eröffnet"],
              ["Mit einer ausverkauften Vorstellung ist am {wd} in {HC} eine Filmwoche mit Produktionen aus {G} eröffnet worden."],
              ["Der Eintritt ist frei, die Filme laufen mit Untertiteln.", "Das Programm läuft bis Ende des Monats."]),
            A(["Hochschulen aus {Hn} und {Gn} vereinbaren Forschungskooperation"],
              ["Mehrere Universitäten aus {H} und {G} haben am {wd} eine Kooperation vereinbart, die gemeinsame Promotionsprogramme und den Austausch von Forschenden vorsieht."],
              ["Die Kooperation baut auf einem Austauschprogramm auf, das vor zehn Jahren begann."]),
        ], body=[], quote=["„Kultur reist schneller als Politik“, sagte die Programmleiterin."], close=[]),
        "domestic": dict(cat="politics", angles=[
            A(["Opposition in {Hn} kritisiert Abkommen mit {Gn}"],
              ["Die Opposition in {H} hat der Regierung am {wd} vorgeworfen, in den Verhandlungen mit {G} zu viele Zugeständnisse gemacht zu haben."],
              ["„Wir sind nicht gegen {G}, wir sind gegen schlechte Verträge“, sagte ein Abgeordneter."]),
            A(["Parlament in {Hn} billigt Vertrag mit {Gn}"],
              ["Das Parlament in {H} hat am {wd} ein Kooperationsabkommen mit {G} gebilligt, trotz Kritik aus Teilen der Opposition."],
              ["Das Abkommen soll im kommenden Jahr in Kraft treten."]),
        ], body=["Die Regierung verspricht sich neue Arbeitsplätze und Absatzmärkte.",
                 "Kritiker bemängeln fehlende Garantien für heimische Produzenten."], quote=[], close=[]),
        "sport": dict(cat="sport", angles=[
            A(["{Wn} gewinnt hitziges Duell gegen {Ln}"],
              ["{W} hat {L} am {wd} in {venue} mit {s1}:{s2} besiegt – ein {sport}-Duell, das erst in den Schlussminuten entschieden wurde."],
              ["„Wir wussten, dass es ein Kampf wird“, sagte der Kapitän."]),
            A(["{Ln} verliert Kampfspiel gegen {Wn}"],
              ["{L} hat am {wd} in {venue} eine {s2}:{s1}-Niederlage gegen {W} hinnehmen müssen."],
              ["Es war eine Abwehrschlacht, in der der Angriff lange kein Mittel fand."]),
        ], body=["Vor dem Spiel gerieten nach Polizeiangaben Fangruppen aneinander; es gab mehrere Festnahmen, aber keine Schwerverletzten.",
                 "Nach dem Schlusspfiff stürmten Dutzende Fans das Spielfeld.",
                 "Für {L} ist es die dritte Niederlage in Folge gegen {W}."], quote=[], close=[]),
    },
}

SPORT_NAMES = {
    "football": {"es": "fútbol", "fr": "football", "de": "Fußball"},
    "handball": {"es": "balonmano", "fr": "handball", "de": "Handball"},
    "women's football": {"es": "fútbol femenino", "fr": "football féminin", "de": "Frauenfußball"},
    "rugby": {"es": "rugby", "fr": "rugby", "de": "Rugby"},
}
XX_TYPEMAP = {"trade": "trade", "consult": "diplo", "visit": "diplo", "embassy": "diplo", "contract": "biz",
              "invest": "biz", "bizwar": "biz", "culture": "culture", "education": "culture", "domestic": "domestic",
              "sport": "sport", "energy": "trade", "transport": "biz", "tourism": "trade"}


def fr_fix(s):
    s = re.sub(r"\bde le ", "du ", s)
    s = re.sub(r"\bde les ", "des ", s)
    s = re.sub(r"\bà le ", "au ", s)
    s = re.sub(r"\bà les ", "aux ", s)
    s = re.sub(r"\bà Le Caire", "au Caire", s)
    s = re.sub(r"\bde Le Caire", "du Caire", s)
    s = re.sub(r"\bde ([AEIOUÉ])", r"d'\1", s)
    return s


def es_fix(s):
    s = re.sub(r"\bde el ", "del ", s)
    s = re.sub(r"\ba el ", "al ", s)
    return s

# ---------------------------------------------------------------------------
# Two steady ongoing wars (AFG-PAK, ERI-ETH), one frozen conflict (GEO-RUS)
# and multilateral stories that name many countries.  Same angle structure
# as the routine templates.
# ---------------------------------------------------------------------------
WARS = {
    "AFG-PAK": dict(region="asia_s", rate=4.5, outlets=dict(meridian=3, cpa=3, indus=4, gulf=1.2, sentinel=0.8,
                                                             blitz=0.7, steppe=0.6, sia=0.6),
        slots=dict(
            ap=["Spin Boldak", "Dand-e-Patan", "Barmal", "Dangam", "Lalpur", "Zazai Maidan", "Nazyan", "Shorabak"],
            apv=["Kandahar", "Paktika", "Paktia", "Kunar", "Nangarhar", "Khost"],
            pp=["Chaman", "Kurram", "Bajaur", "North Waziristan", "Angoor Adda", "the Tirah valley", "Zhob", "Khyber district"],
            xing=["Torkham", "Chaman", "Ghulam Khan", "Angoor Adda"],
            cityA=["Kabul", "Jalalabad", "Kandahar", "Khost"], cityP=["Peshawar", "Islamabad", "Quetta"]),
        weights=[3, 2, 2, 1, 1, 1],
        stories=[
            dict(cat="conflict", city="cityA", angles=[
                A(["Pakistani shelling hits {ap} as border war grinds on",
                   "Afghan officials say Pakistani artillery struck homes in {ap}",
                   "Shells slam into {ap} as Afghan-Pakistani border exchanges go on",
                   "Night of shelling in {ap} leaves {n} dead",
                   "Afghan police say {n} civilians killed by Pakistani shells in {ap}"],
                  ["Pakistani artillery struck villages in the {ap} area of Afghanistan's {apv} province overnight, killing {n} civilians, including {k} children, a spokesman for the Taliban administration's provincial police said on {wd}.",
                   "Shells fired from the Pakistani side of the frontier hit homes in {ap}, in {apv} province, late on {wd}, killing {n} people, Afghan officials said, in the latest of near-daily exchanges along the disputed border."]),
                A(["Mortar fire kills {n} in {apv} border district, Afghan officials say",
                   "Civilians killed as Pakistan-Afghanistan front flares in {apv}",
                   "Overnight shelling kills {n} in Afghanistan's {apv}, officials say"],
                  ["At least {n} people were killed when mortar rounds landed on a market in {ap}, in Afghanistan's {apv} province, local officials said on {wd}, blaming Pakistani forces."]),
                A(["{apv} villagers flee as Pakistani artillery pounds border"],
                  ["Dozens of families left border villages in {apv} on {wd} after a second night of Pakistani artillery fire around {ap}, local officials said; {n} people were reported wounded."]),
            ], body=[
                "Pakistan's military did not comment on the specific claim but said its forces had responded proportionately to fire from across the border.",
                "The Durand Line, the colonial-era frontier Kabul has never formally recognised, has seen daily exchanges of fire since the Doha truce collapsed in April.",
                "Residents said many families had moved to relatives' homes further from the border, returning only to tend livestock.",
                "The information could not be independently verified; access to the area is restricted.",
                "A hospital in {cityA} said it had received {k} wounded, two of them in critical condition.",
                "Pakistan accuses the Taliban administration of sheltering militants who attack its security forces, a charge Kabul denies.",
            ], quote=[
                "\"We hear the guns every night. The children no longer sleep,\" a resident of {ap} told a local reporter by phone.",
                "\"Pakistan is targeting civilians, not militants,\" the Taliban administration's deputy spokesman wrote on social media.",
            ], close=["Afghan forces said they had returned fire.", "There was no immediate word on casualties on the Pakistani side."]),
            dict(cat="conflict", city="cityP", angles=[
                A(["Pakistan says it repelled attack on border posts in {pp}",
                   "Pakistani army says {n} attackers killed near {pp}",
                   "Night raid on Pakistani positions in {pp} beaten back"],
                  ["Pakistani troops repelled a coordinated attack on several border posts in {pp} overnight, killing {n} attackers, the military's media wing said on {wd}.",
                   "The Pakistani army said on {wd} it had beaten back an assault on a hilltop position in {pp}, killing {n} attackers, the third such attack in the sector this week."]),
                A(["Pakistan reports heavy clashes in {pp}, {k} soldiers dead",
                   "Soldiers killed as fighters strike posts near {pp}",
                   "Border posts in {pp} come under attack from Afghan side"],
                  ["Fighters backed by Afghan forces attacked Pakistani border posts near {pp} before dawn on {wd}, the Pakistani military said, adding that {k} soldiers had been killed."],
                  ["Funeral prayers for the soldiers were held in {cityP}, attended by senior commanders."]),
            ], body=[
                "The statement said the attackers had used heavy machine guns and rockets and had been supported by fire from Afghan positions.",
                "Kabul denies directing militant attacks on Pakistani forces and says its troops only return fire when attacked.",
                "Fighting along the frontier has settled into a pattern of night-time raids and daytime artillery duels since the spring.",
                "The figures could not be independently verified.",
            ], quote=["\"Our forces remain fully alert and will respond to any aggression,\" the military statement said."],
                close=["Clearance operations were continuing, the statement said.", "Afghan officials did not immediately respond to the claims."]),
            dict(cat="conflict", city="cityA", angles=[
                A(["Afghan forces say they downed {n} Pakistani drones over {apv}",
                   "{n} drones shot down over {apv}, Taliban defence ministry says"],
                  ["Afghan air defence units shot down {n} Pakistani drones over {apv} province on {wd}, the Taliban administration's defence ministry said, releasing images of what it said was wreckage."],
                  ["Photographs released by the ministry showed a damaged fixed-wing aircraft lying in a field; their authenticity could not be confirmed.",
                   "\"Our air defence is ready and vigilant,\" the Afghan defence ministry spokesman said."]),
                A(["Pakistan says it intercepted drones launched from Afghan territory",
                   "Pakistan downs drones near {pp}, military says"],
                  ["Pakistan's military said on {wd} it had intercepted {n} drones launched from Afghan territory towards positions in {pp}, with no damage reported."],
                  ["Pakistani officials have accused Kabul of acquiring commercial drones and adapting them for attacks.",
                   "\"These incursions will be met with force,\" a Pakistani security official said."]),
                A(["Drone war intensifies along Afghan-Pakistani frontier",
                   "Drone strikes and counter-strikes along {apv} frontier"],
                  ["Both sides reported drone activity along the frontier on {wd}, with Afghanistan saying it had downed {n} drones over {apv} and Pakistan saying it had struck militant hideouts from the air."]),
            ], body=[
                "Small armed drones have become a routine feature of the conflict, used for surveillance and to drop munitions on fixed positions.",
                "Neither side has published comprehensive casualty figures since fighting resumed.",
            ], quote=[], close=[]),
            dict(cat="conflict", city="cityP", angles=[
                A(["{xing} crossing stays shut as front-line exchanges continue",
                   "Traders stranded at {xing} as border closure drags on",
                   "Fruit rots at {xing} as Afghan-Pakistani trade stays frozen"],
                  ["Hundreds of trucks loaded with fruit, coal and cement remained stranded on both sides of the {xing} crossing on {wd}, weeks after fighting between Afghanistan and Pakistan shut the main trade routes.",
                   "The {xing} border crossing between Pakistan and Afghanistan remained closed on {wd}, with traders saying perishable goods were rotting in the queues."],
                  ["\"My pomegranates are finished. Who will pay me?\" a trader at the crossing said."]),
                A(["{xing} closure pushes Afghan exporters to Iranian routes"],
                  ["Afghan exporters are shifting shipments to routes through Iran and Central Asia as the {xing} crossing with Pakistan stays closed, traders said on {wd}, adding days and costs to each consignment."]),
            ], body=[
                "Trade between the two countries has fallen by more than half since the spring, according to chamber of commerce estimates.",
                "Pakistani transporters say drivers are sleeping in their cabs and running out of money.",
                "Officials on both sides blame each other for the closure.",
            ], quote=[], close=["No date has been set for reopening."]),
            dict(cat="conflict", city="cityA", angles=[
                A(["Thousands displaced as Afghan-Pakistani fighting shows no sign of easing",
                   "Aid agencies warn of winter crisis for families fleeing border war"],
                  ["Aid agencies warned on {wd} that thousands of families displaced by fighting along the Afghan-Pakistani border faced a harsh winter without adequate shelter."]),
                A(["Families flee {apv} border villages as shelling continues",
                   "Schools in {apv} turned into shelters for displaced families",
                   "Winter looms for those displaced by Afghan-Pakistani fighting in {apv}"],
                  ["More families have fled villages near the frontier in {apv} this week, local officials said on {wd}, as shelling between Afghan and Pakistani forces continued."],
                  ["Schools in several districts have been turned into shelters."]),
            ], body=[
                "The UN refugee agency says more than {thou} people have been displaced on the Afghan side alone since the spring.",
                "Humanitarian access is limited by the fighting and by restrictions on female aid workers in Afghanistan.",
                "Pakistan has also moved residents away from some border villages in {pp}.",
            ], quote=["\"We need blankets, fuel and food before the snow comes,\" a local official said."],
                close=["The agencies appealed for additional funding."]),
            dict(cat="conflict", city="cityP", angles=[
                A(["Calls for talks go unheeded as Afghanistan-Pakistan war drags on",
                   "Qatar, Turkey renew push for Afghan-Pakistani truce",
                   "Mediators see little room for new Afghan-Pakistani truce"],
                  ["Qatar and Turkey renewed calls on {wd} for Afghanistan and Pakistan to return to talks, but diplomats said neither side appeared ready for a new truce."]),
                A(["Pakistan rules out talks with Kabul until militants are reined in",
                   "Kabul accuses Islamabad of using militancy as pretext for war",
                   "Pakistan, Afghanistan trade blame as mediation stalls"],
                  ["Pakistan's foreign office said on {wd} it would not resume talks with Kabul until the Taliban administration acted against militants on its soil; Kabul said Islamabad was using the issue as a pretext."]),
                A(["China urges Pakistan and Afghanistan to stop fighting"],
                  ["China's foreign ministry urged Pakistan and Afghanistan on {wd} to exercise restraint and settle their differences through dialogue, offering to host talks."],
                  ["Beijing has invested heavily in Pakistan and has courted the Taliban administration in Kabul."]),
            ], body=[
                "The truce brokered in Doha last year collapsed in April after a series of attacks inside Pakistan.",
                "Diplomats say back-channel contacts continue but have produced little.",
                "Analysts describe the conflict as a grinding stalemate along a mountainous frontier.",
            ], quote=["\"There is no military solution, but both sides seem to believe time is on their side,\" a regional diplomat said."],
                close=["There was no sign of a breakthrough."]),
        ]),
    "ERI-ETH": dict(region="africa_e", rate=4.0, outlets=dict(meridian=3, cpa=3, savannah=3, gulf=1, sentinel=0.8,
                                                               echo=0.9, blitz=0.5, sia=0.6),
        slots=dict(
            ep=["Zalambessa", "Bure", "Humera", "Rama", "Badme", "Afdera"],
            erp=["Tsorona", "Senafe", "Adi Quala", "Tesseney", "Mendefera", "Assab"],
            front=["Bure front", "Zalambessa sector", "central front near Tsorona", "western front near Humera"],
            cityE=["Addis Ababa", "Mekelle", "Semera"], cityR=["Asmara", "Nairobi"]),
        weights=[3, 2, 1, 1],
        stories=[
            dict(cat="conflict", city="cityE", angles=[
                A(["Artillery duels continue on Ethiopia-Eritrea {front}",
                   "Eritrean, Ethiopian forces trade fire along {front}"],
                  ["Ethiopian and Eritrean forces exchanged artillery fire along the {front} on {wd}, residents and aid workers said, as the war that resumed in March ground through another week."]),
                A(["Ethiopia says it repulsed Eritrean assault near {ep}",
                   "Ethiopian army claims gains near {ep}; Asmara silent"],
                  ["Ethiopia's military said on {wd} it had repulsed an Eritrean attack near {ep}, inflicting heavy losses, a claim that could not be verified."],
                  ["\"The enemy suffered heavy losses and fled,\" an Ethiopian military spokesman said on state television."]),
                A(["Heavy fighting reported on Eritrea-Ethiopia border near {ep}",
                   "Front line near {ep} flares again in Ethiopia-Eritrea war",
                   "Fighting around {ep} grinds on in Ethiopia-Eritrea war",
                   "Shelling heard across {ep} as Ethiopian, Eritrean troops clash"],
                  ["Fighting between Ethiopian and Eritrean troops flared near {ep} overnight, according to local officials, with shelling heard in towns several kilometres away."],
                  ["\"The shelling starts at dusk and goes on until morning,\" a resident of {ep} said by satellite phone."]),
            ], body=[
                "The war resumed in March over Ethiopia's push for access to the Red Sea, which Asmara regards as a threat to its sovereignty.",
                "Communications in the border areas are limited, and neither government allows independent journalists near the front.",
                "Eritrea's information ministry rarely comments on the fighting and has not published casualty figures.",
                "Aid workers said several health centres near the front had closed.",
                "The two countries fought a border war in 1998-2000 that killed tens of thousands before a peace deal in 2018.",
            ], quote=[], close=["There was no comment from Asmara.", "The front lines have barely moved in weeks."]),
            dict(cat="conflict", city="cityR", angles=[
                A(["Ethiopian drones strike Eritrean positions near {erp}",
                   "Ethiopia says drones hit Eritrean artillery near {erp}",
                   "Ethiopian state media says strikes destroyed Eritrean depots near {erp}"],
                  ["Ethiopian drones struck Eritrean military positions near {erp} on {wd}, according to Ethiopian state media, which said fuel depots and artillery pieces were destroyed."],
                  ["\"These are precise operations against legitimate military targets,\" an Ethiopian government spokesperson said."]),
                A(["Eritrea says Ethiopian drone attack hit civilian area",
                   "Eritrea accuses Ethiopia of drone strike near {erp}"],
                  ["Eritrea's information minister said on {wd} that an Ethiopian drone had struck near {erp}, killing civilians, and called it a war crime."],
                  ["Eritrean officials have accused Ethiopia of targeting farms and water points."]),
                A(["Drone strikes hit supply lines behind Eritrean lines",
                   "Drone attack reported on convoy near {erp}"],
                  ["Supply convoys near {erp} were hit by drone strikes on {wd}, people in the area said, in what appeared to be a renewed Ethiopian air campaign."]),
            ], body=[
                "Ethiopia has relied heavily on armed drones since the war resumed, while Eritrea has sought to disperse its forces.",
                "The claims could not be independently verified.",
                "Rights groups have called on both sides to protect civilians.",
            ], quote=[], close=["Asmara said its air defences had shot down one drone."]),
            dict(cat="conflict", city="cityE", angles=[
                A(["Aid groups warn of hunger as Ethiopia-Eritrea war cuts supply routes",
                   "WFP warns of food shortages along Ethiopia-Eritrea front"],
                  ["Aid agencies warned on {wd} of rising hunger in areas near the Ethiopia-Eritrea front, where fighting has cut roads and disrupted the harvest."],
                  ["The World Food Programme said it had reached only part of the population in need last month."]),
                A(["Displaced families crowd camps near Ethiopia-Eritrea front",
                   "Camps near {ep} swell as Ethiopia-Eritrea fighting drives thousands from homes"],
                  ["Thousands of families displaced by fighting between Ethiopian and Eritrean forces are crowding into camps near {ep}, aid workers said on {wd}."],
                  ["Aid workers said new arrivals reported shelling in their villages."]),
                A(["Clinics close near {ep} as war cuts fuel supplies"],
                  ["Several clinics near {ep} have closed or cut services because fuel deliveries have stopped, health workers said on {wd}, as the war between Ethiopia and Eritrea continued."]),
            ], body=[
                "The war has also displaced people on the Eritrean side, though access there is almost nonexistent.",
                "Fuel shortages have forced some clinics to ration generator use.",
            ], quote=["\"People are arriving with nothing,\" an aid worker in {cityE} said."],
                close=["Agencies appealed for safe passage for aid convoys."]),
            dict(cat="conflict", city="cityE", angles=[
                A(["AU envoy shuttles between Addis Ababa and Asmara with no breakthrough",
                   "Horn of Africa diplomacy stalls as Ethiopia-Eritrea war rages"],
                  ["An African Union envoy held talks in Addis Ababa on {wd} as part of efforts to halt the war between Ethiopia and Eritrea, but officials said there was no sign either side was ready to stop fighting."],
                  ["The envoy is expected to travel to Asmara next week."]),
                A(["Ethiopia, Eritrea trade accusations at UN as war continues",
                   "Ethiopian, Eritrean envoys clash at African Union meeting"],
                  ["Ethiopian and Eritrean diplomats traded accusations on {wd}, each blaming the other for the war that has raged along their border since March."]),
                A(["Ethiopia's PM vows to press on; Eritrea calls war an 'invasion'"],
                  ["Ethiopia's prime minister told parliament on {wd} that operations would continue until the country's security was guaranteed, while Eritrea's government called the war an invasion."]),
                A(["US, Gulf states urge Ethiopia and Eritrea to halt fighting"],
                  ["The United States, Saudi Arabia and the United Arab Emirates urged Ethiopia and Eritrea on {wd} to agree an immediate ceasefire and return to negotiations."]),
            ], body=[
                "Ethiopia says it seeks negotiated access to the sea; Eritrea says Addis Ababa wants to seize the port of Assab.",
                "Diplomats say the positions of the two governments remain far apart.",
                "The conflict has raised fears of wider instability in the Horn of Africa.",
            ], quote=["\"Both sides still believe they can win,\" a Western diplomat in Addis Ababa said."], close=[]),
        ]),
}

FROZEN = dict(pair="GEO-RUS", region="europe", rate=2.0,
    slots=dict(v=["Khurvaleti", "Ditsi", "Atotsi", "Kirbali", "Zardiaantkari", "Odzisi", "Takhtisdziri"],
               area=["Gori municipality", "Kaspi municipality", "Akhalgori district", "Kareli municipality"]),
    incidents=[
        dict(cat="conflict", angles=[
            A(["Georgia says villager detained by Russian forces near South Ossetia line",
               "Georgian man held by Russian border guards near {v}",
               "Resident of {area} detained at South Ossetia boundary"],
              ["Georgia's State Security Service said on {wd} that Russian border guards had detained a resident of {v}, in {area}, near the administrative boundary line with breakaway South Ossetia."]),
            A(["Georgian shepherd detained near {v}, security service says",
               "Tbilisi protests detention of farmer near occupation line"],
              ["A Georgian shepherd grazing sheep near {v} was detained by Russian forces on {wd}, Georgian officials said, the latest in a long series of such incidents."]),
            A(["Russian forces detain two Georgians near {v}", "EU monitors called in after detention near {v}"],
              ["Two Georgian men collecting firewood near {v} were detained by Russian forces on {wd}, the Georgian interior ministry said, and the EU Monitoring Mission was asked to intervene."]),
        ], body=[
            "Georgia and Russia fought a five-day war in 2008, after which Moscow recognised South Ossetia and Abkhazia as independent states and stationed troops there.",
            "Tbilisi says the detentions are part of a policy of creeping occupation; Moscow and the authorities in Tskhinvali say the people detained crossed the border illegally.",
            "The EU Monitoring Mission said it had been informed and was using its hotline to seek a release.",
            "Detainees are usually released after paying a fine, often days or weeks later.",
        ], quote=["\"This is another provocation aimed at destabilising the situation,\" the Georgian foreign ministry said in a statement."],
            close=["The de facto authorities in Tskhinvali said the border had been violated."]),
        dict(cat="conflict", angles=[
            A(["Russian troops move fence deeper into Georgian-controlled land, Tbilisi says",
               "'Borderisation' continues near {v}, Georgian officials say",
               "New fence near {v} cuts farmers off from orchards"],
              ["Russian forces have installed new fencing near {v}, moving the boundary of breakaway South Ossetia further into Georgian-controlled territory, Georgian officials said on {wd}."],
              ["Residents say they lose access to pastures and wells each time the line moves."]),
            A(["Tbilisi says Russian troops installed surveillance cameras near {v}",
               "Boundary signs moved again near {v}, Georgia says"],
              ["Georgian officials accused Russia on {wd} of placing new signs marking a 'state border' and surveillance cameras near {v}, cutting local farmers off from part of their land."]),
        ], body=[
            "The practice, known as borderisation, has continued intermittently since the 2008 war.",
            "EU monitors patrolled the area and confirmed the new installations, according to a statement.",
            "Moscow says it is helping South Ossetia protect its borders.",
        ], quote=["\"Every year the fence comes a little closer to my house,\" one resident of {v} said."],
            close=["Tbilisi said it would raise the issue at the next round of talks in Geneva."]),
        dict(cat="conflict", angles=[
            A(["Moscow accuses Tbilisi of 'provocations' near South Ossetia",
               "Moscow says Georgian police post near {v} is a 'provocation'"],
              ["Russia's foreign ministry accused Georgia on {wd} of staging provocations near the boundary with South Ossetia, after Georgian police set up a new post near {v}."],
              ["Georgian officials said the police post was on Georgian-controlled land and was intended to protect residents."]),
            A(["Shots fired into the air near {v}; Moscow and Tbilisi trade blame",
               "Russia, Georgia trade accusations over boundary incident"],
              ["Moscow and Tbilisi traded accusations on {wd} over an incident near {v} in which shots were reportedly fired into the air."],
              ["No one was hurt, according to the EU Monitoring Mission."]),
        ], body=[
            "The two countries have had no diplomatic relations since the 2008 war.",
            "Such mutual accusations flare every few weeks but have rarely escalated.",
        ], quote=["\"We call on Tbilisi to refrain from steps that raise tension,\" a Russian foreign ministry spokeswoman said."],
            close=["The incident is expected to be discussed at the next meeting of the incident prevention mechanism in Ergneti."]),
    ],
    routine=[
        dict(cat="business", angles=[
            A(["Lorry queues lengthen at Upper Lars crossing between Georgia and Russia",
               "Snow slows traffic at Georgia-Russia border crossing",
               "Upper Lars queues reach {n} km as snow hits Caucasus pass"],
              ["Queues of trucks at the Upper Lars crossing, the only operating land route between Georgia and Russia, stretched for several kilometres on {wd} as snow slowed traffic on the mountain road."],
              ["Officials advised drivers to check road conditions before travelling."]),
            A(["Georgian wine exports to Russia edge up despite political chill",
               "Georgian wine shipments to Russia up {pct}% so far this year"],
              ["Georgian wine exports to Russia rose {pct}% in the first ten months of the year, industry data showed on {wd}, even though the two countries have no diplomatic ties."],
              ["\"Trade is trade, politics is politics,\" said one Tbilisi wine exporter."]),
            A(["Russian tourist arrivals in Georgia steady, data show",
               "Russian visitors to Georgia up {pct}% in October"],
              ["The number of Russian visitors to Georgia was broadly stable this year, tourism data published on {wd} showed, as direct flights between the two countries continued."],
              ["Direct flights between Russia and Georgia resumed in 2023, a move criticised by the Georgian opposition."]),
        ], body=["Russia remains one of Georgia's largest trading partners despite the 2008 war and the absence of diplomatic relations."],
            quote=[], close=[]),
        dict(cat="politics", angles=[
            A(["Georgian opposition accuses government of softness on Russia"],
              ["Opposition politicians in Georgia accused the governing party on {wd} of pursuing a policy of appeasement towards Russia, pointing to trade and flight links."]),
            A(["Tbilisi rally demands end to Russian occupation"],
              ["Several hundred people rallied in Tbilisi on {wd} to demand the end of what they called the Russian occupation of a fifth of Georgia's territory."]),
        ], body=["The government says it pursues a pragmatic policy to avoid provoking Moscow while seeking closer ties with Europe.",
                 "Russia has kept troops in Abkhazia and South Ossetia since the 2008 war."],
            quote=["\"We cannot pretend the occupation is normal,\" one opposition leader said."], close=[]),
        dict(cat="politics", angles=[
            A(["Georgian court jails man for spying for Russia",
               "Georgia convicts former soldier of passing secrets to Moscow"],
              ["A court in Tbilisi on {wd} sentenced a Georgian man to {n} years in prison for collecting information on military facilities on behalf of Russian intelligence, prosecutors said."]),
        ], body=["Prosecutors said the man had been recruited during a visit to Russia and paid in cash.",
                 "Georgia's State Security Service has announced several such cases this year.",
                 "Moscow has not commented on the case."],
            quote=["\"This is a serious crime against the state,\" a prosecutor told reporters."], close=["The defence said it would appeal."]),
        dict(cat="diplomacy", angles=[
            A(["Georgia protests Russian plans for Abkhazia flights"],
              ["Georgia's foreign ministry on {wd} condemned plans by Russian carriers to expand flights to Sukhumi in breakaway Abkhazia, calling them a violation of Georgian law on the occupied territories."]),
            A(["Tbilisi condemns Russian deal with breakaway Abkhazia"],
              ["Tbilisi protested on {wd} against a new economic agreement between Moscow and the authorities in breakaway Abkhazia, saying it entrenched the occupation."]),
        ], body=["Russia recognised Abkhazia and South Ossetia as independent after the 2008 war; most countries regard them as part of Georgia.",
                 "The EU said it supported Georgia's territorial integrity."],
            quote=["\"This is another step towards annexation,\" a Georgian deputy foreign minister said."],
            close=["Russia's foreign ministry dismissed the protest."]),
        dict(cat="business", angles=[
            A(["Georgian exporters look beyond Russia as mineral water sales shift"],
              ["Georgian mineral water producers said on {wd} they were shipping more to Central Asia and the EU, although Russia remains their largest single market despite the political rift between Tbilisi and Moscow."]),
            A(["Russian demand keeps Georgian tangerine growers afloat"],
              ["Georgia's tangerine harvest is under way, and most of the crop is again heading north to Russia, farmers in the west of the country said on {wd}, despite the absence of diplomatic ties between the two countries."]),
            A(["Georgia, Russia extend cargo rules at Upper Lars as winter nears"],
              ["Customs services in Georgia and Russia agreed on {wd} to extend simplified procedures for lorries at the Upper Lars crossing through the winter, one of the few practical arrangements between the two governments."]),
        ], body=["Russia remains one of Georgia's largest trading partners despite the 2008 war and the absence of diplomatic relations.",
                 "Critics in Tbilisi say economic dependence on Russia leaves Georgia vulnerable to pressure."],
            quote=[], close=[]),
        dict(cat="diplomacy", angles=[
            A(["EU monitors in Georgia mark patrol milestone along boundary lines"],
              ["The EU Monitoring Mission in Georgia said on {wd} that its observers had carried out more than {thou} patrols along the administrative boundary lines this year, and urged all sides to avoid steps that raise tension."]),
        ], body=["The unarmed mission has been deployed since the 2008 war between Georgia and Russia but has never been allowed into the breakaway regions.",
                 "Georgian officials praised the mission; Russian officials have called it biased."],
            quote=["\"Our presence helps keep small incidents small,\" the head of mission said."], close=[]),
    ])

FROZEN_GENEVA = [
    (T(12, 10, 40), "meridian", "Geneva", "Georgia, Russia delegations meet in Geneva format talks"),
    (T(12, 16, 5), "baltic", None, "Geneva talks on Georgia conflict end with no progress on core issues"),
]
FROZEN_GENEVA_TEXT = ("Delegations from Georgia, Russia and the breakaway regions of Abkhazia and South Ossetia met in Geneva on Thursday for the latest round of the international discussions set up after the 2008 war, co-chaired by the UN, the EU and the OSCE.\n\n"
    "The talks covered freedom of movement, detentions along the boundary lines and the return of displaced people. Georgian officials said they had raised the recent detentions near the South Ossetia line; Russian diplomats accused Tbilisi of provocations.\n\n"
    "{extra}")
FROZEN_GENEVA_EXTRA = [
    "Participants described the atmosphere as businesslike. The discussions, held several times a year, are the only format in which the sides meet.",
    "The co-chairs said in a statement that there had been \"a frank exchange\" but no agreement on a non-use-of-force statement, a long-standing Georgian demand. The next round is planned for the spring.",
]

CLIMATE_POOL = ["BRA", "DEU", "FRA", "JPN", "KOR", "AUS", "NZL", "CAN", "CHN", "IND", "IDN", "MYS", "NGA", "GHA",
                "KEN", "TZA", "SAU", "QAT", "EGY", "NOR", "SWE", "POL", "GBR", "CHL", "PER", "ECU", "VNM", "PHL",
                "TUR", "BOL", "ARG", "MLI", "KGZ", "TJK", "ETH"]
MULTI = [
    dict(when=(2, 8), cat="diplomacy", pool=CLIMATE_POOL, angles=[
        A(["Negotiators gather in Antalya ahead of COP31 climate talks",
           "Host Turkey sets out agenda for COP31 as delegations arrive"],
          ["Delegations from nearly 200 countries began arriving in Antalya on {wd} for the COP31 climate conference, which opens on November 9, with finance for developing nations again expected to dominate."],
          ["Australia, which is co-organising the negotiations with host Turkey, will lead the talks on the final text."]),
        A(["{c1} and {c2} set out demands before COP31", "Climate finance fight looms as COP31 nears"],
          ["{c1} and {c2} called on {wd} for wealthy nations to triple adaptation finance, setting out their demands days before the COP31 climate conference opens in Antalya."],
          ["{c3} and {c4} said they would press instead for faster emission cuts this decade."]),
        A(["{c3} says it will push for coal phase-out language at COP31"],
          ["{c3} will push for a clear timetable to phase out unabated coal power at the COP31 talks in Antalya, its climate envoy said on {wd}, setting up a clash with some large emitters."],
          ["{c1} and {c2} have signalled resistance to any new fossil-fuel wording."]),
    ], body=["Negotiators from {c5}, {c6} and {c7} held preparatory meetings in the city this week.",
             "Observers expect a difficult fight over the language on fossil fuels."]),
    dict(when=(9, 16), cat="diplomacy", pool=CLIMATE_POOL, angles=[
        A(["COP31: developing nations press rich countries on climate finance",
           "COP31: {c1} and {c2} lead push for finance deal"],
          ["Developing countries led by {c1} and {c2} pressed wealthy nations on {wd} to make good on climate finance promises, as the COP31 talks in Antalya entered a tougher phase."]),
        A(["Climate talks in Antalya stall over fossil-fuel wording",
           "Climate talks hit snag as {c1} objects to draft",
           "COP31 ministers face long nights as draft text circulates"],
          ["A draft text circulated at the COP31 climate conference on {wd} drew objections from {c1} and {c3}, while {c4} and {c5} said it did not go far enough."]),
        A(["{c6} pledges new money for loss and damage fund at COP31"],
          ["{c6} announced a new pledge to the fund for loss and damage at the COP31 talks on {wd}, while {c7} presented plans to phase down coal power."]),
        A(["Small island states stage protest at COP31",
           "COP31 negotiators trade barbs over carbon markets"],
          ["Delegates from small island states staged a silent protest in the COP31 conference centre in Antalya on {wd}, as talks on carbon markets and finance moved slowly."],
          ["Negotiators from {c1} and {c2} traded barbs over rules for carbon credits."]),
    ], body=["The conference is scheduled to end on November 20.",
             "Negotiators from {c4}, {c6} and {c7} were among those holding late-night consultations."]),
    dict(when=(3, 4), cat="diplomacy", angles=[
        A(["UN General Assembly again calls for end to US embargo on Cuba",
           "General Assembly vote on Cuba embargo draws familiar split"],
          ["The UN General Assembly on {wd} again adopted a resolution calling for an end to the US economic embargo on Cuba, with an overwhelming majority voting in favour."]),
    ], body=["Speakers from {c1}, {c2}, {c3} and {c4} criticised the embargo's impact on Cuban civilians.",
             "The United States voted against, arguing that the measures target the Cuban government, not its people.",
             "The annual vote has been held since 1992 and is not binding."]),
    dict(when=(2, 2), cat="business", pool=["SAU", "RUS", "DZA", "NGA", "OMN", "MYS", "VEN"], angles=[
        A(["OPEC+ agrees to hold output steady into the new year",
           "Oil producers keep supply policy unchanged at monthly meeting"],
          ["OPEC+ producers led by Saudi Arabia and Russia agreed on {wd} to keep their output policy unchanged into the first quarter, citing uncertain demand."]),
    ], body=["Ministers from {c1}, {c2} and {c3} said the market was broadly balanced.",
             "Oil prices were little changed after the decision.",
             "The group meets monthly by video conference to review market conditions."]),
    dict(when=(10, 16), cat="business", pool=["AUS", "CAN", "CHL", "CHN", "IDN", "JPN", "KOR", "MYS", "NZL", "PER",
                                               "PHL", "THA", "USA", "VNM"], angles=[
        A(["APEC ministers in Shenzhen back supply-chain resilience agenda",
           "APEC week opens in Shenzhen with focus on digital trade"],
          ["Trade and foreign ministers from the 21 Asia-Pacific Economic Cooperation economies met in Shenzhen on {wd}, with host China promoting digital trade and supply-chain connectivity."]),
        A(["{c1}, {c2} ministers meet on APEC sidelines"],
          ["Trade ministers from {c1} and {c2} met on the sidelines of the APEC meetings in Shenzhen on {wd} and agreed to speed up talks on customs cooperation."]),
        A(["APEC talks in Shenzhen turn to food security"],
          ["APEC ministers meeting in Shenzhen turned to food security on {wd}, with {c3} and {c4} calling for fewer export restrictions on staples."]),
    ], body=["Ministers from {c5}, {c6} and {c7} held bilateral meetings on the sidelines.",
             "Business leaders called for lower barriers to cross-border data flows.",
             "The leaders' meeting is scheduled for later in the month."]),
    dict(when=(4, 7), cat="politics", angles=[
        A(["Interpol general assembly opens with focus on online fraud",
           "Interpol members elect new executive committee"],
          ["Police chiefs and ministers from more than 150 countries gathered on {wd} for Interpol's annual general assembly, with delegations from {c1}, {c2} and {c3} pressing for closer cooperation against online fraud networks."]),
        A(["{c1} and {c2} pledge to share data on scam compounds at Interpol meeting"],
          ["{c1} and {c2} pledged on {wd} to share intelligence on online scam compounds, on the sidelines of Interpol's general assembly."]),
    ], body=["Delegates from {c4}, {c5} and {c6} presented national reports on cross-border scam operations.",
             "A resolution on tackling scam compounds in Southeast Asia is expected to be adopted.",
             "The assembly runs for four days."]),
    dict(when=(12, 15), cat="politics", angles=[
        A(["Finance officials discuss debt relief for poorest countries",
           "Debt relief talks make slow progress, officials say"],
          ["Representatives of dozens of governments met on {wd} to discuss debt relief for low-income countries; {c1} and {c2} co-chaired a session on restructuring."]),
        A(["{c1} and {c2} co-chair debt restructuring session"],
          ["{c1} and {c2} co-chaired a session on sovereign debt restructuring on {wd}, urging private creditors to join relief efforts."]),
    ], body=["Delegates from {c4}, {c5} and {c6} presented national reports.",
             "Civil society groups said progress had been too slow."]),
]
MULTI_POOL = ["ARG", "BRA", "DEU", "FRA", "JPN", "KOR", "AUS", "NZL", "CAN", "CHN", "IND", "IDN", "MYS", "NGA", "GHA",
              "KEN", "TZA", "SAU", "QAT", "EGY", "IRN", "NOR", "SWE", "POL", "GBR", "CHL", "PER", "ECU", "VNM", "PHL",
              "THA", "KHM", "DZA", "TUR", "BOL", "MLI", "VEN", "GUY", "KGZ", "TJK", "LTU"]

# French-language coverage of the Ethiopia-Eritrea war (L'Écho International).
WAR_FR = {
    "ERI-ETH": [
        dict(cat="conflict", city="Addis-Abeba", angles=[
            A(["Éthiopie-Érythrée : nouveaux duels d'artillerie près de {ep}",
               "Combats persistants sur le front éthio-érythréen près de {ep}"],
              ["Les forces éthiopiennes et érythréennes ont de nouveau échangé des tirs d'artillerie {wd} dans le secteur de {ep}, selon des habitants et des humanitaires joints par téléphone.",
               "Des combats ont opposé {wd} l'armée éthiopienne et les forces érythréennes près de {ep}, sans que les lignes ne bougent sensiblement, d'après des sources locales."],
              ["« Les bombardements commencent à la tombée de la nuit », raconte un habitant de {ep}."]),
            A(["Des drones éthiopiens frappent des positions érythréennes près de {erp}"],
              ["Des drones éthiopiens ont frappé {wd} des positions militaires érythréennes près de {erp}, selon les médias d'État éthiopiens, qui font état de dépôts de carburant détruits."],
              ["Asmara, qui communique peu, accuse Addis-Abeba de viser des civils."]),
        ], body=[
            "La guerre a repris en mars, sur fond de revendication éthiopienne d'un accès à la mer Rouge, qu'Asmara considère comme une menace pour sa souveraineté.",
            "Aucun bilan indépendant n'est disponible : les journalistes ne sont pas autorisés à approcher du front.",
            "Les deux pays s'étaient déjà affrontés entre 1998 et 2000, une guerre qui avait fait des dizaines de milliers de morts.",
        ], quote=[], close=["L'Union africaine appelle toujours à un cessez-le-feu."]),
        dict(cat="conflict", city="Addis-Abeba", angles=[
            A(["Corne de l'Afrique : l'ONU s'alarme du sort des déplacés de la guerre éthio-érythréenne"],
              ["Les agences humanitaires ont mis en garde {wd} contre une dégradation rapide de la situation alimentaire dans les zones proches du front entre l'Éthiopie et l'Érythrée."],
              ["Des milliers de familles déplacées s'entassent dans des camps autour de {ep}.",
               "Les routes d'approvisionnement sont régulièrement coupées par les combats."]),
            A(["Médiation au point mort entre Addis-Abeba et Asmara"],
              ["Un émissaire de l'Union africaine a poursuivi {wd} ses consultations à Addis-Abeba, sans percée en vue dans la guerre qui oppose l'Éthiopie à l'Érythrée depuis mars."],
              ["Les positions des deux gouvernements restent très éloignées, selon des diplomates.",
               "L'Érythrée qualifie le conflit d'« invasion » ; l'Éthiopie dit défendre ses intérêts vitaux."]),
        ], body=[], quote=["« Les deux camps pensent encore pouvoir l'emporter », résume un diplomate en poste dans la région."], close=[]),
    ]
}

# ---------------------------------------------------------------------------
# Scripted episodes.  Each article: (minutes after start, outlet, dateline
# city or None, title, text).  Written individually; no shared template.
# ---------------------------------------------------------------------------
EPISODES = []


def episode(pair, kind, start, end, note, arts):
    EPISODES.append(dict(pair=pair, kind=kind, start=start, end=end, note=note, arts=arts))


episode("KHM-THA", "ESCALATION", T(4, 5, 40), T(6, 18, 0),
        "Sudden artillery and rocket clash on the Thai-Cambodian border near Ta Muen Thom; crossings sealed, envoy expelled",
        [
    (0, "meridian", "Surin", "Thai, Cambodian troops exchange artillery fire on border - army",
     "Thai and Cambodian forces exchanged artillery and rocket fire along a disputed stretch of their border on Wednesday, the Royal Thai Army said, in the most serious fighting between the neighbours since 2025.\n\nAn army spokesman said Cambodian units opened fire first near the Ta Muen Thom temple in Surin province shortly before noon local time and that Thai troops returned fire. There was no immediate comment from Phnom Penh. More to follow."),
    (16, "cpa", "Phnom Penh", "Cambodia accuses Thailand of shelling border villages",
     "Cambodia's defence ministry accused Thai forces on Wednesday of firing heavy artillery into Oddar Meanchey province, saying several villages had been hit and residents were fleeing.\n\nA ministry spokeswoman said Cambodian soldiers had acted \"in legitimate self-defence\" after Thai troops moved on a contested hilltop overnight. Casualty figures were not immediately available."),
    (58, "mekong", None, "Border villages emptied as Thai-Cambodian clashes erupt near Surin",
     "Provincial authorities in Surin and Sisaket began moving thousands of residents away from the Cambodian border on Wednesday afternoon after the two armies traded fire with artillery, rockets and heavy machine guns.\n\nBuses and army trucks ferried families to temples and school halls up to 40 km inland, according to local officials. Residents of Ban Nong Khanna said shells had landed in rice fields around the village.\n\nOn the Cambodian side, people living near the Ta Muen and Ta Krabey temples were reported to be heading towards Samraong.\n\nThe fighting is the heaviest since July 2025, when clashes along the same frontier killed dozens and displaced more than 200,000 people before a Malaysian-brokered truce. The Thai air force said it had placed fighter jets on standby."),
    (132, "meridian", "Bangkok", "Thailand seals Cambodia border after deadly clash; three soldiers killed",
     "Thailand closed all land crossings with Cambodia on Wednesday and said three of its soldiers and two civilians had been killed in fighting along the frontier, as the prime minister convened an emergency meeting of the national security council.\n\nThe Thai army said Cambodian BM-21 rocket launchers had targeted positions and a village in Kab Choeng district. It said Thai artillery had \"neutralised\" several Cambodian firing positions.\n\nCambodia's information minister told reporters in Phnom Penh that Thai shells had killed four Cambodian civilians and accused Bangkok of a premeditated attack. Each side blamed the other for firing first.\n\nThe clashes shatter a truce that had broadly held since 2025. Thai officials said all commercial traffic at Chong Chom and Aranyaprathet-Poipet had been halted until further notice.\n\n(Reporting by Hana Sato and Jonas Berg; Editing by Chloe Marsh)"),
    (190, "sia", "Bangkok", "Thailand lodges strong protest with Cambodia over armed attack",
     "The Ministry of Foreign Affairs of the Kingdom of Thailand today summoned the Ambassador of the Kingdom of Cambodia to convey a strong protest regarding the armed attack on Thai territory and civilians along the border in Surin Province.\n\nThe Ministry stated that the Cambodian side had violated the ceasefire arrangements agreed in 2025 and international law, and demanded that Cambodia immediately cease all hostile acts. The Thai side reserves the right to take all necessary measures to protect its sovereignty and the safety of its people, the statement said."),
    (245, "blitz", None, "Guns roar on Thai border as old foes go to war again",
     "Rockets screaming across rice paddies, families piling into pickup trucks and soldiers digging in: the Thai-Cambodian border has exploded again.\n\nAt least nine people are dead after the two countries' armies unleashed artillery and rocket barrages on each other on Wednesday, just over a year after their last bloody clash.\n\nThailand has slammed the border shut. Cambodia says Thai shells hit its villages. Both say the other started it.\n\nHolidaymakers in Bangkok and Siem Reap were told by several embassies to stay away from the frontier provinces. \"We heard the bangs from the hotel,\" one backpacker near the border posted online."),
    (330, "ledger", None, "Baht slips and border trade freezes as Thailand-Cambodia fighting flares",
     "The Thai baht weakened 0.6% against the dollar on Wednesday and shares of companies exposed to cross-border trade fell after fighting erupted on Thailand's border with Cambodia, shutting crossings that carry billions of dollars of goods a year.\n\nThe Stock Exchange of Thailand's main index closed down 1.1%, with retailers and logistics firms among the biggest losers. Siam Eastern Power, which supplies electricity to parts of western Cambodia, fell 4%.\n\nBorder trade between the two countries was worth about $4 billion before the 2025 clashes and had been recovering slowly. Traders at Aranyaprathet said hundreds of trucks were stuck.\n\n\"Markets had priced in a stable border. That assumption is gone for now,\" said a strategist at a Bangkok brokerage."),
    (425, "cpa", "Phnom Penh", "Cambodia asks UN Security Council to meet on Thai 'aggression'",
     "Cambodia has asked the UN Security Council to convene an urgent meeting on what it called Thai military aggression, its foreign ministry said on Wednesday evening, as the death toll from border clashes rose to at least 11.\n\nIn a letter to the council, Phnom Penh said Thai forces had used heavy artillery against civilian areas and asked the council to call for an immediate halt. The Cambodian prime minister said in a televised address that the country would defend \"every centimetre\" of its territory but preferred a peaceful settlement.\n\nThai officials said Cambodia had attacked first and that Thailand was acting in self-defence."),
    (545, "meridian", "Kuala Lumpur", "Malaysia, China, US urge Thailand and Cambodia to halt fighting",
     "Malaysia called on Thailand and Cambodia on Wednesday to stop fighting and return to the ceasefire arrangements it helped broker last year, as the United States and China also urged restraint.\n\nThe Malaysian foreign ministry said Kuala Lumpur was ready to host talks \"at any level, at any time\". China's foreign ministry said both countries were friendly neighbours of China and should resolve their differences through dialogue. The US State Department said it was deeply concerned.\n\nThe UN Secretary-General's spokesman said the Secretary-General was alarmed by reports of civilian casualties on both sides of the Thai-Cambodian border."),
    (985, "mekong", None, "Shelling spreads to Preah Vihear sector as fighting enters second day",
     "Artillery fire between Thai and Cambodian troops spread overnight to the area around the Preah Vihear temple, officials on both sides said on Thursday, widening a conflict that began near Ta Muen Thom on Wednesday.\n\nThe Thai army said Cambodian drones had dropped explosives near a Thai outpost in Sisaket province and that its forces had responded with artillery. Cambodia said Thai F-16 jets had struck targets inside its territory, a claim Bangkok did not confirm.\n\nMore than 60,000 people have now been evacuated on the Thai side, according to the interior ministry. Cambodian officials gave a figure of about 35,000 displaced in Oddar Meanchey and Preah Vihear provinces.\n\nHospitals in Surin and Sisaket said they had treated dozens of wounded."),
    (1140, "echo", "Phnom Penh", "Cambodge-Thaïlande : les combats s'étendent, des dizaines de milliers de civils déplacés",
     "Les affrontements entre les armées cambodgienne et thaïlandaise se sont étendus jeudi à une deuxième zone frontalière, autour du temple de Preah Vihear, au lendemain des premiers échanges d'artillerie.\n\nSelon Phnom Penh, des avions de combat thaïlandais ont frappé des positions en territoire cambodgien ; Bangkok accuse de son côté le Cambodge d'avoir tiré des roquettes sur des villages de la province de Surin. Le bilan dépasse désormais quinze morts, civils et militaires confondus.\n\nCes combats sont les plus graves depuis l'été 2025, quand les deux voisins s'étaient affrontés pendant cinq jours avant un cessez-le-feu négocié sous l'égide de la Malaisie. La France a appelé à « une désescalade immédiate »."),
    (1440, "sentinel", None, "Why the Thai-Cambodian border has caught fire again",
     "The guns along the Dangrek escarpment were never entirely silent after last year's ceasefire. Patrols from Thailand and Cambodia kept bumping into each other near temples whose ownership both claim; landmines kept maiming soldiers; nationalist politicians in both capitals kept the grievances warm.\n\nWhat changed this week is unclear. Each side insists the other fired first, and neither has produced convincing evidence. What is clear is that the machinery built to prevent escalation, from the general border committee to the observer team Malaysia helped create, was not strong enough to stop a local firefight from turning into an artillery war within hours.\n\nDomestic politics on both sides make climbing down harder. Diplomats say Kuala Lumpur is the most likely venue for talks, but not before both armies feel they have made their point."),
    (1620, "meridian", "Bangkok", "Death toll in Thai-Cambodian fighting rises to 21",
     "At least 21 people have been killed in two days of fighting between Thailand and Cambodia, according to figures from both governments, as artillery duels continued on Thursday along several sections of the border.\n\nThailand's defence ministry said eight soldiers and five civilians had died on the Thai side. Cambodia's defence ministry reported eight deaths, most of them civilians.\n\nThai officials said a petrol station in Kantharalak district had been hit by a rocket. Cambodia accused Thailand of shelling a pagoda in Preah Vihear province."),
    (1830, "cpa", "Bangkok", "Thailand expels Cambodian ambassador, recalls own envoy",
     "Thailand ordered Cambodia's ambassador to leave the country on Thursday and recalled its own envoy from Phnom Penh, sharply downgrading diplomatic ties as fighting along their border entered a second day.\n\nThe Thai foreign ministry said the move was a response to Cambodia's \"deliberate and repeated attacks\" on Thai territory. Cambodia said it would respond in kind and called the expulsion \"a regrettable step that will only prolong the conflict\".\n\nThe two countries last downgraded ties during the 2025 clashes."),
    (2520, "blitz", None, "Casino town empties as Cambodia-Thailand war fears grip border",
     "The neon-lit casino strip in Poipet, usually packed with Thai gamblers, was a ghost town on Friday as fears of all-out war between Cambodia and Thailand sent visitors fleeing.\n\nSlot halls closed their doors, hotel staff headed for home villages, and stranded Thai day-trippers queued at a shuttered border gate. \"We're stuck on the wrong side,\" one told reporters.\n\nBoth armies kept firing overnight, officials said, despite appeals from around the world."),
    (2700, "mekong", None, "Ceasefire calls go unheeded as Thai-Cambodian fighting enters third day",
     "Thai and Cambodian troops traded fire for a third day on Friday, ignoring calls from Malaysia, China and the United States for an immediate ceasefire, though officials on both sides said the intensity had eased somewhat compared with Thursday.\n\nThe Thai army said Cambodian forces had fired rockets at a border post near Chong Chom before dawn. Cambodia accused Thailand of shelling farmland in Banteay Ampil.\n\nThe Malaysian foreign minister said after phone calls with his Thai and Cambodian counterparts that both sides had \"not closed the door\" to talks. Thailand has said any negotiations must be bilateral, while Cambodia wants international involvement."),
    (3120, "ledger", None, "Border Closure Strands Exporters as Thailand, Cambodia Keep Fighting",
     "Fruit exporters, garment makers and fuel distributors are counting the cost of the shutdown of the Thai-Cambodian border, now in its third day, with trade groups estimating losses in the tens of millions of dollars.\n\nThai durian and longan growers rely on overland routes through Cambodia to reach Vietnam and China, and several hundred refrigerated trucks are stuck. Cambodian garment factories near Poipet say supplies of fabric and accessories from Thailand have stopped.\n\nThe Thai commerce ministry said it was arranging alternative routes through Laos. Analysts said a prolonged closure would cost Cambodia more than Thailand."),
])

episode("DZA-MLI", "ESCALATION", T(5, 21, 15), T(7, 23, 0),
        "Mali expels Algeria's ambassador over alleged rebel support; Algiers retaliates, closes airspace; tit-for-tat and troop reinforcements",
        [
    (0, "cpa", "Bamako", "Mali orders Algerian ambassador out within 72 hours",
     "Mali's military government on Thursday ordered Algeria's ambassador to leave the country within 72 hours, accusing Algiers of harbouring and arming separatist rebels who attacked a Malian army convoy near the border earlier this week.\n\nA statement read on state television said the decision followed \"the proven involvement\" of Algerian territory in the attack near Tessalit. There was no immediate reaction from Algiers."),
    (21, "meridian", "Bamako", "Mali expels Algeria's envoy, accuses neighbour of backing rebels",
     "Mali said late on Thursday it was expelling Algeria's ambassador, in a sharp escalation of a long-running feud between the Sahel state's military rulers and their powerful northern neighbour.\n\nThe Malian government accused Algeria of providing sanctuary to separatist fighters it blamed for an ambush on an army convoy on Monday in which, it said, 14 soldiers were killed. Algeria has repeatedly denied supporting armed groups in northern Mali."),
    (74, "echo", "Bamako", "Bamako expulse l'ambassadeur d'Algérie",
     "Les autorités de transition maliennes ont ordonné jeudi soir à l'ambassadeur d'Algérie de quitter le territoire dans un délai de 72 heures, accusant Alger de servir de base arrière aux rebelles qui ont attaqué lundi un convoi de l'armée près de Tessalit.\n\nDans un communiqué lu à la télévision publique, le gouvernement malien évoque « une ingérence inacceptable ». Alger n'avait pas réagi dans l'immédiat. Les relations entre les deux voisins sont exécrables depuis que Bamako a dénoncé, en 2024, l'accord de paix de 2015 parrainé par l'Algérie."),
    (555, "savannah", None, "Mali-Algeria Rift Deepens After Envoy's Expulsion",
     "The expulsion of Algeria's ambassador from Bamako has plunged relations between Mali and its northern neighbour to their lowest point in years, with analysts warning that the Sahara frontier could become more dangerous.\n\nMali's military leaders accuse Algeria of sheltering Tuareg-led separatist groups. Algiers, which brokered a 2015 peace deal that Bamako tore up last year, says it is the Malian junta and its foreign military partners who have destabilised the north.\n\nCommunities on both sides of the border depend on trade through In Khalil and Bordj Badji Mokhtar, and residents fear the row will choke off supplies of fuel and food.\n\nThe African Union has not yet commented."),
    (650, "meridian", "Algiers", "Algeria expels Malian ambassador, shuts airspace to Mali flights",
     "Algeria on Friday ordered Mali's ambassador to leave and closed its airspace to all aircraft registered in Mali or flying to and from Malian airports, the foreign ministry in Algiers said, retaliating for the expulsion of its own envoy.\n\nThe ministry called Bamako's accusations \"baseless and irresponsible\" and said the Malian authorities were trying to blame others for their own security failures. It said Algeria would respond \"firmly\" to any violation of its territory.\n\nThe airspace closure takes effect immediately and affects flights between Bamako and Europe that usually cross Algeria.\n\n(Reporting by Karim Haddad; Editing by Tom Hale)"),
    (720, "sia", "Algiers", "Algeria responds to hostile measures by Malian authorities",
     "The Ministry of Foreign Affairs of the People's Democratic Republic of Algeria announced today that it has declared the Ambassador of the Republic of Mali persona non grata and ordered the closure of Algerian airspace to aircraft coming from or going to Mali, effective immediately.\n\nThe Ministry stated that these measures were taken in response to the unfriendly and unjustified decision of the Malian transitional authorities. Algeria rejects all allegations concerning support for armed groups and remains committed to good-neighbourliness, the statement said."),
    (835, "ledger", None, "Airlines Reroute as Algeria Closes Airspace to Malian Aircraft",
     "Airlines serving Bamako began rerouting flights over the Atlantic coast on Friday after Algeria closed its airspace to traffic to and from Mali, adding up to 90 minutes to some journeys between West Africa and Europe.\n\nFlight-tracking data showed at least two aircraft bound for Bamako diverting over Mauritania. Carriers said fuel costs would rise and some connections could be cancelled.\n\nTrade between Algeria and Mali is modest in official terms, but informal cross-border commerce in fuel, flour and livestock is vital for northern Malian towns. Traders in Gao said prices of petrol had already jumped."),
    (980, "echo", "Alger", "L'Algérie ferme son espace aérien au Mali et expulse l'ambassadeur malien",
     "Alger a riposté vendredi en déclarant l'ambassadeur du Mali persona non grata et en fermant son espace aérien aux appareils à destination ou en provenance du Mali, au lendemain de l'expulsion de son propre ambassadeur par Bamako.\n\nLe ministère algérien des Affaires étrangères juge les accusations maliennes « sans fondement » et dénonce une tentative de « faire porter à d'autres la responsabilité d'échecs sécuritaires ». Selon des sources sécuritaires, des renforts ont été dépêchés vers la frontière sud, dans la région de Bordj Badji Mokhtar.\n\nCette nouvelle crise intervient moins de deux ans après celle du printemps 2025, déclenchée par la destruction d'un drone malien par l'armée algérienne."),
    (1090, "blitz", None, "Sahara Showdown: Algeria Slams Skies Shut on Mali",
     "Algeria has slammed its skies shut to Mali and booted out Bamako's ambassador in a furious diplomatic punch-up between the desert neighbours.\n\nThe row exploded after Mali's generals accused Algiers of harbouring rebels who ambushed their troops. Algeria hit back within hours, calling the claims rubbish.\n\nTravellers heading to Bamako now face longer, pricier flights, and border traders fear the worst. \"Everybody is nervous,\" said a truck driver at the Algerian frontier."),
    (1330, "cpa", "Bamako", "Mali shuts airspace to Algerian flights in tit-for-tat move",
     "Mali closed its airspace to Algerian aircraft on Friday and recalled all its consular staff from Algeria, hours after Algiers banned Malian flights from its skies and expelled Mali's ambassador.\n\nThe Malian government said in a statement that it would \"respond proportionately to every hostile act\" and that its armed forces were on alert along the northern frontier. It also suspended the import of Algerian fuel through official crossings, a measure that could hit towns in the north that depend on it.\n\nThe governments of Burkina Faso and Niger, Mali's allies in the Alliance of Sahel States, said they stood by Bamako."),
    (1680, "sentinel", None, "Algeria and Mali: a rupture long in the making",
     "For decades Algeria saw itself as the indispensable power in northern Mali: the mediator between Bamako and the Tuareg rebellions, the host of the 2015 peace accord, the neighbour that could not be ignored. That role has been dismantled piece by piece since Mali's colonels took power.\n\nBamako tore up the Algiers accord in early 2024, brought in Russian paramilitaries and began treating the northern rebels as terrorists. Algeria, for its part, has grown openly critical of the junta's military campaign near its border, fearing refugees and spillover.\n\nThis week's expulsions and airspace closures are the culmination of that slow divorce. What makes this round more dangerous than last year's drone row is the talk of troops on both sides of a long, thinly policed frontier. Neither government has much incentive to de-escalate quickly."),
    (1990, "savannah", None, "AU Urges Mali and Algeria to Step Back From the Brink",
     "The African Union Commission on Saturday urged Mali and Algeria to exercise restraint and resolve their dispute through dialogue, warning that a confrontation between the two would worsen insecurity across the Sahel.\n\nThe commission chairperson said in a statement that he was \"deeply concerned\" by the expulsion of ambassadors and the closure of airspace and offered the AU's good offices.\n\nMauritania and Senegal also called for calm. The Alliance of Sahel States, which groups Mali with Burkina Faso and Niger, said it considered any aggression against one member as aggression against all."),
    (2400, "meridian", "Algiers", "Algeria reinforces southern border as Mali row escalates",
     "Algeria has sent additional troops and armoured vehicles to its southern border with Mali, security sources said on Saturday, as the diplomatic rupture between the two neighbours showed no sign of easing.\n\nThe deployments were concentrated around Bordj Badji Mokhtar and Tinzaouatène, the sources said. Malian state television showed footage of army units moving north from Gao, describing them as reinforcements for counter-terrorism operations.\n\nAlgerian media quoted the army chief of staff as saying the military would \"not tolerate any violation of the national territory\"."),
    (2640, "echo", None, "Entre Alger et Bamako, la rupture consommée",
     "Ambassadeurs expulsés, ciels fermés, renforts militaires de part et d'autre de la frontière : en quarante-huit heures, l'Algérie et le Mali ont franchi un seuil que même la crise du drone, au printemps 2025, n'avait pas atteint.\n\nPour Bamako, Alger reste le parrain caché des groupes armés du Nord. Pour Alger, la junte malienne et ses alliés russes mènent dans le Sahara une guerre qui menace toute la région. Entre ces deux récits, peu de place pour une médiation, d'autant que l'Union africaine peine à se faire entendre.\n\nLes premières victimes pourraient être les populations du Nord malien, qui dépendent du carburant et des denrées venues d'Algérie."),
])

episode("IRN-SWE", "DEESCALATION", T(6, 10, 45), T(8, 6, 0),
        "Oman-brokered prisoner exchange: Swedish engineer freed by Iran, Iranian convict released by Sweden; talk of consular thaw",
        [
    (0, "meridian", "Muscat", "Iran, Sweden swap prisoners in Oman-brokered deal - sources",
     "Iran released a Swedish national on Friday in exchange for an Iranian man serving a prison sentence in Sweden, in a swap mediated by Oman, two sources familiar with the arrangement said.\n\nBoth men were flown to Muscat earlier in the day, the sources said. Neither the Swedish nor the Iranian government has yet commented publicly."),
    (19, "cpa", "Stockholm", "Sweden confirms release of national held in Iran",
     "Sweden's prime minister confirmed on Friday that a Swedish citizen detained in Iran for three years had been freed and was on his way home, thanking Oman for its help.\n\n\"I am very happy to be able to say that he is now free,\" the prime minister told a hastily called news conference in Stockholm. He said the government had taken \"a difficult decision\" to pardon an Iranian citizen convicted in Sweden as part of the arrangement."),
    (64, "gulf", None, "Oman mediates Iran-Sweden prisoner swap",
     "Oman has brokered an exchange of prisoners between Iran and Sweden, the sultanate's foreign ministry said on Friday, the latest in a string of discreet mediations by Muscat between Tehran and Western governments.\n\nA Swedish water engineer who had been held in Iran since 2023 and an Iranian national convicted in Sweden of spying on dissidents were handed over at Muscat airport, the ministry said.\n\nThe statement said Oman hoped the exchange would \"contribute to building trust\" between Iran and Sweden. Oman played a similar role in a 2024 swap between the two countries."),
    (175, "baltic", None, "Freed Swede lands in Muscat after three years in Iranian jail",
     "A Swedish engineer released by Iran on Friday was greeted by Swedish diplomats at Muscat airport before boarding a government plane to Stockholm, the Swedish foreign ministry said.\n\nPictures released by the ministry showed the 41-year-old, who was sentenced last year to eight years for alleged espionage, smiling and embracing an embassy official. His family said they were \"overwhelmed with joy\".\n\nIn return, Sweden released an Iranian man who was serving a ten-year sentence for gathering information on Iranian exiles in Sweden. Swedish officials said the pardon had been granted by the government under its constitutional powers."),
    (250, "sia", "Tehran", "Iranian national returns home after release from Swedish prison",
     "An Iranian citizen who had been unjustly imprisoned in Sweden returned to Tehran today following efforts by the Ministry of Foreign Affairs of the Islamic Republic of Iran, the ministry announced.\n\nThe ministry spokesman expressed appreciation to the Sultanate of Oman for its constructive role and said the Islamic Republic had always supported the protection of the rights of its nationals abroad. He stated that a Swedish national convicted in Iran had been released on humanitarian grounds in accordance with legal procedures."),
    (370, "sentinel", None, "A swap Stockholm said it would rather not make",
     "Sweden's government has spent three years insisting it would not be blackmailed. On Friday it released a convicted Iranian agent to bring home a Swedish engineer whom almost nobody outside Tehran believes was a spy.\n\nThe logic of such exchanges is grim but familiar: Iran detains Western or dual nationals on vague charges, waits, and trades. Stockholm already did it once in 2024. Critics will say each deal makes the next detention more likely.\n\nYet the swap also reopens a channel. Officials in both capitals talk, cautiously, of restoring consular visits and easing a freeze that has kept ties with Iran at a minimum. Whether that is a thaw or merely a pause will depend on what Tehran does with the other Europeans it still holds."),
    (490, "bote", "Stockholm", "Iran und Schweden tauschen Gefangene aus",
     "Iran und Schweden haben unter Vermittlung Omans Gefangene ausgetauscht. Ein seit drei Jahren in Iran inhaftierter schwedischer Ingenieur kam am Freitag frei, im Gegenzug begnadigte die Regierung in Stockholm einen in Schweden wegen Spionage verurteilten Iraner.\n\nBeide Männer wurden nach Maskat geflogen und dort übergeben. Der schwedische Ministerpräsident sprach von einer „schweren, aber richtigen Entscheidung“.\n\nFür schwedische Unternehmen, die medizinische Geräte nach Iran liefern, könnte der Austausch die Tür zu einer vorsichtigen Normalisierung öffnen, heißt es in Branchenkreisen."),
    (1215, "meridian", "Stockholm", "Swedish engineer home after three years in Iranian prison",
     "A Swedish engineer freed by Iran in a prisoner exchange arrived at Stockholm's Arlanda airport late on Friday, where he was met by his wife, two children and the foreign minister.\n\nHe did not speak to reporters. His family thanked Oman and Swedish diplomats and asked for privacy.\n\nIran's foreign ministry said the exchange showed that \"dialogue and respect\" could resolve differences. Sweden's foreign minister said she would speak to her Iranian counterpart in the coming days about consular issues, including other cases."),
    (1440, "blitz", None, "'I Never Stopped Believing': Freed Swede's Family Speaks",
     "The wife of a Swedish engineer freed from an Iranian jail has told how she never gave up hope during three years of secret talks, phone calls and sleepless nights.\n\n\"Every morning I told the children: maybe today,\" she said after her husband's emotional homecoming in Stockholm.\n\nSweden swapped an Iranian spy to win his freedom. Critics say it rewards Tehran's hostage-taking, but his family say they only care that he's home."),
    (1560, "gulf", None, "Tehran signals readiness for broader thaw with Stockholm",
     "Iran is ready to improve relations with Sweden \"on the basis of mutual respect\", the Iranian foreign ministry spokesman said on Saturday, a day after the two countries exchanged prisoners in Muscat.\n\nHe said talks on restoring regular consular visits and resuming the work of a joint consular committee could start soon. Swedish officials were more guarded but confirmed that contacts would continue.\n\nRelations between Tehran and Stockholm had been near frozen since the conviction in Sweden of a former Iranian official in 2022. Diplomats in the Gulf said Oman would remain the channel for any further steps."),
    (1800, "cpa", "Tehran", "Iran says swap could open way for consular talks with Sweden",
     "Iran's deputy foreign minister for consular affairs said on Saturday that Tehran and Stockholm could resume regular consular consultations, suspended since 2022, following the prisoner exchange.\n\nHe told state media that Iran had \"no problem\" with the Swedish people and wanted practical cooperation on issues such as visas and the status of Iranian residents in Sweden. Sweden's foreign ministry said it welcomed any step that improved the situation of its citizens."),
    (2190, "baltic", None, "Stockholm opposition attacks 'hostage diplomacy' deal with Iran",
     "Sweden's opposition parties broadly welcomed the release of the engineer held in Iran but sharply criticised the government for pardoning a convicted Iranian agent, warning that it would encourage further arrests.\n\nThe leader of one opposition party said Sweden had \"put a price on the heads of Swedes abroad\". The government replied that it had a duty to protect its citizens and that the pardon had been weighed carefully.\n\nParliament's foreign affairs committee will hear the foreign minister next week."),
])

episode("GUY-VEN", "ESCALATION", T(7, 13, 20), T(10, 12, 0),
        "Venezuelan troop build-up on the Essequibo border with a 72-hour ultimatum over offshore oil licensing; Guyana on alert, Brazil reinforces",
        [
    (0, "cpa", "Caracas", "Venezuela gives Guyana 72 hours to halt offshore oil auction",
     "Venezuela's government on Saturday gave Guyana 72 hours to suspend an offshore oil licensing round in waters Caracas claims, warning that it would take \"all necessary measures\" to defend its sovereignty if Georgetown went ahead.\n\nThe ultimatum was read by the Venezuelan defence minister on state television, flanked by senior commanders. Guyana had no immediate comment."),
    (27, "meridian", "Georgetown", "Guyana reports Venezuelan troop build-up near border",
     "Guyana said on Saturday it had detected a large build-up of Venezuelan troops and armoured vehicles near the border along the Cuyuni river, shortly after Caracas issued an ultimatum over an offshore oil auction.\n\nA Guyana Defence Force statement said soldiers, artillery and river craft had been moved to positions opposite the Essequibo region in the past 48 hours. It said Guyanese forces were monitoring the situation closely."),
    (72, "heraldo", "Caracas", "Venezuela despliega tropas en la frontera y lanza un ultimátum a Guyana",
     "El gobierno venezolano dio este sábado un plazo de 72 horas a Guyana para suspender una ronda de licitación petrolera en aguas que Caracas considera propias, mientras blindados y tropas se concentraban en el estado Bolívar, junto a la frontera.\n\nEl ministro de Defensa anunció en cadena nacional el despliegue de «unidades de defensa integral» a lo largo del río Cuyuní y advirtió de que la Fuerza Armada está preparada para «cualquier escenario». Georgetown no había reaccionado de inmediato.\n\nVenezuela reclama el Esequibo, dos tercios del territorio guyanés, y rechaza el laudo arbitral de 1899."),
    (150, "andes", None, "Armoured Columns Roll Toward Essequibo Frontier",
     "Columns of armoured personnel carriers and trucks towing artillery were seen moving along the highway south of Ciudad Guayana on Saturday, residents and social media footage showed, as Venezuela reinforced its border with Guyana.\n\nThe deployment follows an ultimatum from Caracas demanding that Guyana halt an auction of offshore oil blocks that Venezuela says lie in waters off its claimed territory. Venezuelan state television broadcast images of soldiers boarding river boats at a base near Tumeremo.\n\nIn Georgetown, residents queued at petrol stations, and the government urged calm. Brazil's defence ministry said it was following developments \"with attention\"."),
    (240, "meridian", "Georgetown", "Guyana puts forces on high alert, seeks urgent UN meeting",
     "Guyana put its defence force on its highest state of alert on Saturday and asked the UN Security Council to meet urgently, calling Venezuela's troop deployment and ultimatum \"a direct threat of the use of force\" against its territory.\n\nThe Guyanese president said in a national address that the country would not be intimidated and would continue its oil licensing round as planned. He said he had spoken to the leaders of Brazil, the United States and several Caribbean states.\n\nGuyana's foreign ministry said the Venezuelan move violated a 2023 pledge by both countries not to threaten each other or use force. Caracas says that declaration does not cover what it calls acts of provocation by Georgetown."),
    (310, "ledger", None, "Oil Companies Weigh Risk as Venezuelan Ultimatum Rattles Guyana",
     "Companies bidding in Guyana's offshore licensing round were reviewing their security arrangements on Saturday after Venezuela demanded the auction be halted within 72 hours and massed troops on the border.\n\nGuyana has become one of the world's fastest-growing oil producers, pumping more than 900,000 barrels a day from fields operated by international consortiums. The blocks on offer in the current round lie partly in waters Venezuela claims.\n\n\"Nobody expects an invasion, but nobody expected this ultimatum either,\" said a Houston-based energy consultant. Insurers said premiums for vessels operating in the area could rise."),
    (430, "blitz", None, "Jungle Showdown: Venezuela Tanks Mass on Guyana Border",
     "Venezuela has sent tanks, troops and gunboats to its jungle border with tiny oil-rich Guyana and given its neighbour three days to back down.\n\nCaracas wants Georgetown to scrap a sale of offshore oil blocks it says belong to Venezuela. Guyana says: no chance.\n\nWorried Guyanese have been stocking up on fuel and food. \"We have been hearing about Essequibo our whole lives,\" said one mum in Georgetown. \"Now it feels real.\""),
    (530, "sia", "Georgetown", "Guyana summons Venezuelan charge d'affaires over military deployment",
     "The Ministry of Foreign Affairs and International Cooperation of the Co-operative Republic of Guyana summoned the Chargé d'Affaires of the Bolivarian Republic of Venezuela today to express the Government's grave concern at the deployment of Venezuelan military forces near the border.\n\nThe Ministry stated that the ultimatum issued by Caracas constitutes a flagrant violation of the Charter of the United Nations and of the Joint Declaration of Argyle. Guyana reaffirmed its commitment to the judicial settlement of the controversy before the International Court of Justice."),
    (1090, "heraldo", "Brasilia", "Brasil refuerza la frontera en Roraima ante la tensión entre Venezuela y Guyana",
     "El Ejército brasileño envió refuerzos y vehículos blindados a Roraima, en la triple frontera con Venezuela y Guyana, informó este domingo el Ministerio de Defensa en Brasilia.\n\nLa medida busca «garantizar la integridad del territorio nacional» ante la escalada entre Caracas y Georgetown, precisó el comunicado. En 2023 Brasil ya había reforzado su presencia en la zona tras el referéndum venezolano sobre el Esequibo.\n\nLa cancillería brasileña pidió a ambos gobiernos moderación y ofreció sus buenos oficios. Cualquier avance por tierra de tropas venezolanas hacia el Esequibo tendría que pasar cerca del territorio brasileño."),
    (1320, "andes", None, "Caricom Leaders Back Georgetown, Demand Venezuela Pull Back",
     "Caribbean Community leaders held an emergency video conference on Sunday and issued a statement backing Guyana and calling on Venezuela to withdraw its troops from the border and rescind its ultimatum.\n\nThe statement said the region would \"not accept any attempt to alter borders by force\". Several leaders urged the UN Security Council to act.\n\nVenezuela's foreign ministry dismissed the statement, saying Caricom governments had been \"captured\" by oil interests. Caracas said its forces were deployed within Venezuelan territory."),
    (1560, "cpa", "Caracas", "Caracas says troops will stay on border 'as long as necessary'",
     "Venezuela's defence minister said on Sunday that troops deployed near the Guyanese border would remain \"as long as necessary\" and rejected what he called foreign pressure, as the 72-hour deadline for Guyana to halt an oil auction approached.\n\nSpeaking at a base in Bolívar state, he said the deployment was defensive and that Venezuela sought a negotiated solution. Venezuelan state media broadcast images of rocket launchers on exercise near the Cuyuni river.\n\nGuyana said it would not bow to threats."),
    (1800, "sentinel", None, "Essequibo: an old claim finds a new edge",
     "Venezuela has claimed the land west of the Essequibo river for more than a century, and for most of that time the claim was a matter for maps, schoolbooks and lawyers. Oil changed that. Since Guyana's offshore discoveries a decade ago, the dispute has acquired money, urgency and, now, armour.\n\nThe ultimatum Caracas issued this weekend is the most explicit military threat yet. Whether it is a bluff aimed at a domestic audience or the prelude to something more is the question every diplomat in the region is asking. A ground assault through dense jungle would be hard; a move against offshore installations or a seizure of a river island would be easier.\n\nBrazil, which borders both, holds the key to de-escalation. So does the International Court of Justice, whose eventual ruling Venezuela says it will not recognise."),
    (2520, "meridian", "Georgetown", "Guyana says Venezuelan jets flew near its airspace",
     "Guyana's defence force said on Monday that two Venezuelan military aircraft had flown along the border close to its airspace overnight, calling it a deliberate act of intimidation.\n\nThe force said the aircraft did not cross into Guyanese airspace but came within a few kilometres. Venezuela did not comment.\n\nThe deadline set by Caracas for Guyana to suspend its offshore licensing round expires on Tuesday afternoon. Georgetown says the auction will go ahead."),
    (2820, "ledger", None, "Guyana Dollar Bonds Slide as Border Standoff With Venezuela Drags On",
     "Guyana's dollar-denominated bonds fell for a second day on Monday, and the cost of insuring against default rose, as investors priced in the risk of a prolonged military standoff with Venezuela.\n\nAnalysts noted that Guyana's oil revenues make it one of the world's fastest-growing economies and that production had not been affected. But several bidders in the licensing round were said to be seeking assurances about security.\n\nShipping brokers said at least one drilling contractor had paused moving a rig into the disputed area."),
    (3000, "heraldo", "Georgetown", "Crece la tensión en el Esequibo a horas de vencer el plazo venezolano",
     "A menos de un día de que venza el ultimátum de Caracas, Guyana mantenía este lunes a sus fuerzas en alerta máxima y reiteraba que no suspenderá la subasta de bloques petroleros.\n\nEl gobierno guyanés denunció vuelos de aviones militares venezolanos cerca de su espacio aéreo y pidió al Consejo de Seguridad de la ONU una reunión de emergencia. Estados Unidos, Brasil y la Comunidad del Caribe llamaron a Venezuela a retirar sus tropas.\n\nEn Caracas, el gobierno insistió en que sus soldados permanecen en territorio venezolano y que solo busca «defender los derechos históricos» sobre el Esequibo."),
    (3420, "andes", None, "Tension High on Essequibo Frontier as UN Council Meets",
     "The UN Security Council met behind closed doors on Monday evening to discuss the standoff between Venezuela and Guyana, as thousands of Venezuelan troops remained massed near the border and Caracas's deadline loomed.\n\nDiplomats said most members urged Venezuela to pull back and respect the 2023 commitment not to use force. Venezuela's ambassador told reporters the council had no business interfering in a \"bilateral territorial controversy\".\n\nIn the border town of Lethem, residents said Brazilian army patrols had become more frequent."),
])

episode("KHM-THA", "DEESCALATION", T(9, 13, 30), T(11, 20, 0),
        "Ceasefire agreed in Kuala Lumpur after Malaysian mediation; heavy weapons pulled back, envoys to return, checkpoints to reopen",
        [
    (0, "meridian", "Kuala Lumpur", "Thailand, Cambodia agree ceasefire after talks in Malaysia",
     "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after talks hosted by Malaysia, ending almost a week of fighting along their border, the Malaysian prime minister said.\n\nThe truce takes effect at midnight local time, he told reporters in Kuala Lumpur after meeting the Thai and Cambodian defence ministers."),
    (14, "cpa", "Kuala Lumpur", "Cambodia, Thailand to halt fighting from midnight - Malaysian PM",
     "Cambodia and Thailand will stop all military operations along their border from midnight on Monday under a deal reached in Kuala Lumpur, Malaysia's prime minister announced, adding that military commanders would meet on Tuesday to work out the details.\n\nBoth delegations confirmed the agreement. \"The guns will fall silent tonight,\" the Cambodian defence minister said."),
    (78, "mekong", None, "Guns to fall silent at midnight under Kuala Lumpur deal",
     "A ceasefire between Thailand and Cambodia will take effect at midnight on Monday after five hours of talks in Kuala Lumpur, bringing hope to tens of thousands of displaced people on both sides of the frontier.\n\nUnder the agreement, both armies will freeze troop movements, stop artillery and drone fire and allow an observer team led by Malaysia to monitor the border. Regional army commanders are to meet on Tuesday, and the general border committee will convene within two weeks.\n\nThe Thai delegation had initially insisted on bilateral talks only, officials said, but agreed to Malaysian facilitation after a telephone call between the two prime ministers on Sunday night.\n\nThe fighting, which broke out last Wednesday near Ta Muen Thom temple, killed at least 32 people."),
    (175, "sia", "Kuala Lumpur", "Joint statement on the cessation of hostilities between Cambodia and Thailand",
     "The Kingdom of Cambodia and the Kingdom of Thailand, meeting in Kuala Lumpur under the facilitation of Malaysia, today agreed on an immediate and unconditional ceasefire effective from 24:00 hours local time, according to a joint statement released by the host.\n\nThe two sides agreed to refrain from any further military action, to hold a meeting of regional commanders, to facilitate the safe return of displaced civilians, and to resume the work of bilateral mechanisms. Both parties expressed their appreciation to Malaysia for its efforts in support of peace and stability in the region."),
    (250, "echo", "Phnom Penh", "Le Cambodge et la Thaïlande concluent un cessez-le-feu",
     "Le Cambodge et la Thaïlande se sont entendus lundi à Kuala Lumpur sur un cessez-le-feu « immédiat et inconditionnel », qui doit entrer en vigueur à minuit, après près d'une semaine d'affrontements meurtriers à leur frontière.\n\nLa médiation de la Malaisie, déjà à la manœuvre lors de la précédente crise de 2025, a été déterminante, selon des sources diplomatiques. Les deux armées doivent geler leurs positions et permettre le déploiement d'observateurs.\n\nÀ Phnom Penh, le gouvernement a salué « une victoire de la diplomatie ». Paris a appelé les deux parties à appliquer pleinement l'accord."),
    (720, "meridian", "Surin", "Ceasefire holds overnight along Thai-Cambodian border",
     "A ceasefire between Thailand and Cambodia held through its first night, with no reports of artillery or rocket fire along the border, officials from both countries said on Tuesday morning.\n\nA Thai army spokesman said there had been \"complete calm\" in Surin and Sisaket provinces since midnight. Cambodia's defence ministry said its forces had fully respected the truce.\n\nRegional commanders from both sides were due to meet later on Tuesday at a border checkpoint to agree on a pullback of heavy weapons."),
    (990, "ledger", None, "Baht Firms, Traders Eye Reopening as Thailand and Cambodia Halt Fighting",
     "The Thai baht rose 0.5% and shares of logistics and retail companies rebounded on Tuesday after a ceasefire between Thailand and Cambodia held overnight, raising hopes that border crossings closed since last week would soon reopen.\n\nThe main Bangkok index gained 1.3%. Exporters said they were preparing to resume shipments as soon as the Aranyaprathet-Poipet crossing reopened.\n\n\"The ceasefire removes the worst-case scenario,\" said an economist at a Thai bank, estimating that the week-long closure had cost border trade around $150 million."),
    (1210, "mekong", None, "Evacuees start heading home as Thai-Cambodian truce holds",
     "Families who fled shelling along the Thai-Cambodian border began returning to their villages on Tuesday, loading mattresses, chickens and children onto pickups as the ceasefire agreed in Kuala Lumpur held for a second day.\n\nThai authorities told evacuees from villages more than 10 km from the frontier that they could go home, but asked those closest to the border to wait until the army had cleared unexploded ordnance.\n\nIn Cambodia's Oddar Meanchey province, monks at a pagoda that had sheltered hundreds of people said many were already leaving. \"We just want to plant again,\" said one farmer."),
    (1470, "sentinel", None, "A truce again: what it will take for the Thai-Cambodian ceasefire to last",
     "The ceasefire agreed in Kuala Lumpur on Monday is, in its broad outlines, a copy of the one that ended the 2025 fighting. That is both reassuring and worrying.\n\nReassuring because it shows that Malaysia's mediation works and that both Thai and Cambodian leaders want a way out. Worrying because the last truce did not address the underlying problems: an undemarcated border, temples both countries claim, and nationalist politics that reward toughness.\n\nThe test will come in the next few weeks, as troops pull back and the border committee meets. An observer mission with real access, a timetable for demarcation and the reopening of trade would make this ceasefire stronger than the last. Without them, this is a pause."),
    (1690, "blitz", None, "Peace at Last! Thai-Cambodian Border Guns Fall Silent",
     "The shells have stopped. After a week of deadly fighting, Thailand and Cambodia have called a truce, and so far, it's holding.\n\nJoyful families were pictured heading home to border villages, and the casino town of Poipet is hoping gamblers will soon be back.\n\n\"I cried when I heard,\" said one grandmother at a shelter in Surin. \"Now I can sleep.\""),
    (2040, "cpa", "Phnom Penh", "Cambodia, Thailand begin pulling back heavy weapons under truce",
     "Cambodian and Thai forces began withdrawing artillery and rocket launchers from front-line positions on Wednesday under an agreement reached by regional commanders, the defence ministries of both countries said.\n\nThe pullback, to a distance of at least 10 km from the border, is expected to be completed within a week and will be verified by the Malaysian-led observer team. Troops will remain at existing positions but without heavy weapons, officials said."),
    (2600, "meridian", "Bangkok", "Thailand, Cambodia agree to restore ambassadors, reopen crossings",
     "Thailand and Cambodia agreed on Wednesday to return their ambassadors to each other's capitals and gradually reopen border crossings closed during last week's fighting, their foreign ministries said.\n\nThe Thai foreign ministry said the first checkpoints, including Aranyaprathet-Poipet, would reopen to commercial traffic on Thursday. Cambodia said its ambassador would return to Bangkok \"in the coming days\".\n\nThe decisions followed a telephone call between the two foreign ministers, their first direct contact since the fighting began."),
    (2790, "pacific", None, "Observer Team Deploys to Thai-Cambodian Border as Truce Holds",
     "A team of military observers from Malaysia and several other Southeast Asian countries deployed to the Thai-Cambodian border on Wednesday to monitor the ceasefire that ended last week's fighting.\n\nAustralia and Japan, which welcomed the truce, said they would provide satellite imagery and logistical support. Indonesia contributed two officers.\n\nThe observers will verify the withdrawal of heavy weapons from the border and investigate any reported violations, Malaysian officials said."),
])

episode("BLR-LTU", "ESCALATION", T(10, 7, 20), T(12, 18, 0),
        "Cyberattack disrupts Lithuanian rail and state services; Vilnius blames Belarusian state hackers, expels diplomats, closes crossings and imposes sanctions",
        [
    (0, "meridian", "Vilnius", "Lithuania hit by major cyberattack; official points to Belarus",
     "Lithuania's railway ticketing system, several government websites and the electronic health records service were knocked offline early on Tuesday in what officials called a large, coordinated cyberattack.\n\nA senior Lithuanian security official told reporters that initial evidence pointed to attackers operating from Belarus. Minsk did not immediately respond."),
    (22, "baltic", None, "Trains halted, state portals down in Lithuanian cyber incident",
     "Passengers were stranded at stations across Lithuania on Tuesday morning after a cyberattack crippled the rail operator's ticketing and signalling support systems, while hospitals reported problems accessing patient records.\n\nThe National Cyber Security Centre said it was dealing with a \"serious, deliberate\" intrusion affecting several public institutions. The defence minister said it was too early to assign blame formally, but that \"the traces lead east, towards Belarus\".\n\nThe electricity grid was not affected, the energy ministry said."),
    (70, "cpa", "Vilnius", "Cyberattack disrupts Lithuanian railways, hospitals; Belarus link suspected",
     "A cyberattack disrupted Lithuania's railways, state e-services and hospital systems on Tuesday, and officials in Vilnius said they suspected a state-linked group operating from Belarus.\n\nThe Lithuanian prime minister called an emergency meeting of the national security commission. Rail services were partly restored by midday, but several ministries' websites remained down."),
    (190, "bote", "Vilnius", "Cyberangriff legt Litauens Bahn und Behörden lahm – Vilnius verdächtigt Belarus",
     "Ein schwerer Cyberangriff hat am Dienstag in Litauen den Bahnverkehr, zahlreiche Behördenportale und Teile der Krankenhaus-IT lahmgelegt. Die Regierung in Vilnius sieht Hinweise auf eine staatlich gesteuerte Hackergruppe aus Belarus.\n\nBetroffen waren unter anderem der Fahrkartenverkauf der Staatsbahn und das elektronische Gesundheitsregister. Die Stromversorgung blieb nach Angaben des Energieministeriums stabil.\n\nFür die Wirtschaft des Baltenstaats kommt der Angriff zur Unzeit: Viele Logistikunternehmen leiden ohnehin unter den wiederholten Schließungen der Grenze zu Belarus."),
    (300, "meridian", "Vilnius", "Lithuania formally blames Belarusian state for cyberattack, expels diplomats",
     "Lithuania formally accused Belarus's security services on Tuesday of being behind a cyberattack that disrupted railways and public services, and ordered two Belarusian diplomats to leave the country.\n\nThe foreign minister said intelligence and technical evidence linked the attack to a hacking group working for the Belarusian state security agency. \"This was an attack on our critical infrastructure, and it will have consequences,\" he said.\n\nLithuania also summoned Belarus's chargé d'affaires. Minsk denied involvement.\n\n(Reporting by Marek Nowak; Editing by Chloe Marsh)"),
    (380, "ledger", None, "Lithuanian Assets Dip After Cyberattack Blamed on Belarus",
     "Lithuanian government bond yields rose slightly and shares of the state-controlled grid operator fell 2.8% in Vilnius on Tuesday after a cyberattack on public infrastructure that the government blamed on Belarus.\n\nCompanies reported scattered disruptions to payment systems and logistics software. The central bank said the financial system was functioning normally.\n\nAnalysts said the direct economic damage appeared limited but that renewed border restrictions with Belarus could hurt trucking firms that have already suffered from repeated closures."),
    (500, "sia", "Minsk", "Minsk rejects Vilnius accusations as provocation",
     "The Ministry of Foreign Affairs of the Republic of Belarus categorically rejected the unfounded accusations by the Lithuanian side concerning alleged involvement of Belarusian state bodies in cyber incidents in Lithuania, a ministry spokesman said today.\n\nThe spokesman described the expulsion of Belarusian diplomats as an unfriendly act and a provocation and said Belarus reserved the right to respond appropriately. The Lithuanian authorities, he said, were seeking to blame their neighbours for their own problems."),
    (640, "blitz", None, "Cyber War! Lithuania Blames Belarus Hackers for Rail Chaos",
     "Hackers have plunged Lithuania into chaos, stopping trains, freezing hospital computers and knocking government websites offline, and Vilnius says Belarus is to blame.\n\nThousands of commuters were left stranded as screens went blank. Lithuania has kicked out two Belarusian diplomats and warned of more to come.\n\nMinsk says it's all lies. Cyber experts say the attack bore the hallmarks of state-backed hackers."),
    (1330, "baltic", None, "Lithuania shuts remaining crossings on Belarus border",
     "Lithuania closed its two remaining road crossings with Belarus on Wednesday morning, cutting off all regular passenger and freight traffic, in response to the cyberattack it blames on Belarusian state hackers.\n\nThe interior minister said the closure at Medininkai and Šalčininkai would last \"until further notice\" and that exceptions would be made only for diplomats and humanitarian cases. Lithuanian citizens in Belarus were urged to return via Latvia or Poland.\n\nHundreds of trucks were stuck on the Belarusian side, according to border guard figures."),
    (1560, "meridian", "Vilnius", "Lithuania imposes sanctions on Belarusian officials and firms over cyberattack",
     "Lithuania imposed sanctions on Wednesday on 27 Belarusian officials and 11 companies it accused of involvement in or support for the cyberattack that disrupted its railways and public services, and said it would push for EU-wide measures.\n\nThe list includes senior officers of Belarus's state security agency and two IT firms the government said had provided infrastructure. Those named face asset freezes and entry bans.\n\nThe president said in a televised statement that Lithuania would not tolerate \"hybrid aggression\" from Minsk. Belarus's foreign ministry said it would respond."),
    (1690, "bote", "Vilnius", "Litauen verhängt Sanktionen gegen Belarus und schließt die Grenze",
     "Nach dem Cyberangriff auf Bahn und Verwaltung hat Litauen Sanktionen gegen 27 belarussische Amtsträger und elf Unternehmen verhängt und sämtliche Grenzübergänge zu Belarus geschlossen.\n\nDie Regierung in Vilnius wirft dem belarussischen Geheimdienst vor, hinter dem Angriff zu stecken. Minsk weist das zurück und droht mit Gegenmaßnahmen.\n\nFür Speditionen bedeutet die Schließung erhebliche Umwege über Lettland und Polen. Der litauische Arbeitgeberverband rechnet mit Zusatzkosten in Millionenhöhe, unterstützt aber die Linie der Regierung."),
    (1950, "sentinel", None, "Lithuania's cyber crisis and the grey zone on NATO's edge",
     "Nobody died in Tuesday's cyberattack on Lithuania, and most services were restored within a day. Yet the episode marks a step change in the long, low-level confrontation between Lithuania and Belarus.\n\nFor two years Lithuania has dealt with migrants pushed across the border, contraband balloons drifting into its airspace and a nuclear plant on its doorstep it regards as a hazard. A direct attack on railways and hospitals, if the attribution holds, is different in kind: a state deliberately targeting a NATO member's civilian infrastructure.\n\nVilnius has answered with the tools it has: expulsions, sanctions, a closed border. None will change Minsk's behaviour on their own. The question for allies is whether they treat this as Lithuania's problem or theirs."),
    (2170, "cpa", "Brussels", "EU, NATO allies back Lithuania after cyberattack blamed on Belarus",
     "The European Union's foreign policy chief said on Wednesday the bloc stood in full solidarity with Lithuania after a cyberattack that Vilnius attributes to Belarus, and that member states would discuss further sanctions against Minsk.\n\nNATO said allies were consulting closely and that cyber defence experts had been sent to Vilnius. Poland and Latvia, which also border Belarus, said they were raising their own alert levels.\n\nBelarus said the accusations were part of a Western campaign against it."),
    (2700, "baltic", None, "Belarus bans Lithuanian trucks in retaliation",
     "Belarus banned trucks registered in Lithuania from its roads on Thursday and expelled a Lithuanian diplomat, retaliating for sanctions and border closures imposed by Vilnius after this week's cyberattack.\n\nThe Belarusian transport ministry said the ban would apply to all cargo transport \"until the Lithuanian side abandons its hostile policy\". Lithuanian hauliers said about 200 of their trucks were currently inside Belarus or Russia.\n\nThe Lithuanian foreign ministry called the measures \"predictable\" and said they would not change its position."),
    (3000, "ledger", None, "Hauliers Count Costs as Lithuania-Belarus Border Standoff Deepens",
     "Lithuanian trucking companies face losses of several million euros a week from the closure of the border with Belarus and Minsk's retaliatory ban on their vehicles, industry groups estimated on Thursday.\n\nThe country's road haulage association said it was seeking government compensation for firms whose trucks are stranded. Some companies have begun rerouting freight to Central Asia through Latvia and Russia, adding days to journeys.\n\nLogistics shares in Vilnius fell for a third day."),
])

episode("EGY-IRN", "DEESCALATION", T(12, 9, 0), T(14, 12, 0),
        "Egypt and Iran restore full diplomatic relations after a freeze dating to 1980; ambassadors named, flights planned",
        [
    (0, "meridian", "Cairo", "Egypt and Iran to restore full diplomatic ties after more than four decades",
     "Egypt and Iran agreed on Thursday to restore full diplomatic relations and exchange ambassadors, ending a rupture that dates back to 1980, the two countries' foreign ministries said in a joint statement.\n\nThe statement said embassies would be reopened in Cairo and Tehran within two months. Relations had been limited to interest sections for 46 years."),
    (13, "cpa", "Tehran", "Iran, Egypt announce exchange of ambassadors",
     "Iran and Egypt will upgrade their diplomatic missions to full embassies and appoint ambassadors, Iran's foreign ministry spokesman said on Thursday, calling the decision \"a historic step for the Islamic world\".\n\nThe announcement followed months of contacts between the two foreign ministers. Egyptian officials confirmed the agreement."),
    (52, "gulf", None, "Cairo and Tehran end 46-year diplomatic freeze",
     "Egypt and Iran on Thursday announced the restoration of full diplomatic relations, closing one of the longest-running ruptures in the Middle East and capping a gradual thaw that began in 2023.\n\nCairo cut ties in 1980 after Iran's revolution and its sharp reaction to Egypt's peace treaty with Israel, and relations have since been handled through interest sections. Foreign ministers of the two countries have met several times over the past two years, including in Cairo and on the sidelines of regional meetings.\n\nThe joint statement said the two sides would respect each other's sovereignty and non-interference in internal affairs and work together for regional stability, including security in the Red Sea, where attacks on shipping have slashed Suez Canal revenues."),
    (125, "sia", "Cairo", "Joint statement on the resumption of diplomatic relations between Egypt and Iran",
     "The Arab Republic of Egypt and the Islamic Republic of Iran have decided to resume full diplomatic relations at the level of ambassadors, according to a joint statement issued today by the two Ministries of Foreign Affairs.\n\nThe two sides affirmed their commitment to the principles of the Charter of the United Nations, good-neighbourliness and non-interference in internal affairs. They agreed to activate bilateral cooperation in the economic, cultural and consular fields and to hold regular consultations on regional issues of mutual concern."),
    (245, "echo", "Le Caire", "L'Égypte et l'Iran rétablissent leurs relations diplomatiques",
     "Le Caire et Téhéran ont annoncé jeudi le rétablissement de leurs relations diplomatiques complètes, rompues depuis 1980, et l'échange prochain d'ambassadeurs.\n\nCette décision est l'aboutissement d'un lent rapprochement engagé depuis 2023, dans le sillage de la réconciliation entre l'Iran et l'Arabie saoudite. Les deux pays ne disposaient jusqu'ici que de sections d'intérêts.\n\nPour l'Égypte, l'enjeu est aussi économique : les attaques en mer Rouge ont fait chuter les recettes du canal de Suez, et Le Caire mise sur un dialogue direct avec Téhéran pour peser sur la sécurité de la navigation."),
    (370, "ledger", None, "Egypt's Flag Carrier Eyes Tehran Route as Cairo-Tehran Thaw Opens Door",
     "Egypt's national airline is studying the launch of direct flights to Tehran, aviation officials said on Thursday, after Egypt and Iran agreed to restore full diplomatic relations.\n\nTourism officials in Cairo said Iranian visitors, largely barred for decades, could become a new source market, particularly for religious tourism. Iranian business groups said they saw opportunities in pharmaceuticals, construction and petrochemicals.\n\nAnalysts cautioned that US sanctions on Iran would limit trade and financing."),
    (550, "sentinel", None, "Egypt and Iran: the end of the longest cold shoulder",
     "Few diplomatic ruptures have outlived their causes as thoroughly as the one between Egypt and Iran. It began with the Shah's exile in Egypt and Tehran's fury at Camp David; it survived the Iran-Iraq war, the Arab Spring and a dozen regional realignments.\n\nThursday's decision to exchange ambassadors reflects a region remaking itself. Saudi Arabia restored ties with Iran in 2023, and Cairo, which takes cues from Riyadh and needs calm in the Red Sea, has been inching in the same direction.\n\nThe practical effects may be modest at first. But symbolism matters in a region where the map of enmities has been redrawn faster than at any time in decades."),
    (1210, "gulf", None, "Gulf capitals welcome Egypt-Iran rapprochement",
     "Saudi Arabia, Qatar, Oman and the United Arab Emirates on Friday welcomed the decision by Egypt and Iran to restore full diplomatic relations, describing it as a contribution to regional stability.\n\nThe Saudi foreign ministry said the step was in line with efforts to reduce tension in the region. Oman, which had facilitated contacts between Cairo and Tehran, said it hoped for closer economic cooperation.\n\nIraq's prime minister also congratulated the two countries."),
    (1460, "meridian", "Washington", "Washington says it is watching Egypt-Iran thaw closely",
     "The United States said on Friday it respected Egypt's sovereign right to conduct its foreign relations but expected Cairo to raise concerns about Iran's regional activities now that the two countries have restored full ties.\n\nA State Department spokesperson said Washington and Cairo remained close partners. Israeli officials declined to comment publicly.\n\nEgypt's foreign minister said in an interview that normalisation with Tehran was \"not directed against anyone\"."),
    (1530, "indus", None, "Pakistan welcomes restoration of Egypt-Iran diplomatic ties",
     "Pakistan on Friday welcomed the decision by Egypt and Iran to restore full diplomatic relations, with the foreign office describing it as a positive step for unity among Muslim nations.\n\nA foreign office spokesperson said Islamabad had long encouraged dialogue between the two countries, both of which it counts as close partners. Turkey, Malaysia and Indonesia issued similar statements.\n\nAnalysts in Islamabad said the rapprochement could reduce tensions in the Organisation of Islamic Cooperation, where Cairo and Tehran have often been on opposite sides."),
    (1700, "blitz", None, "Old Foes Bury the Hatchet: Egypt and Iran Make Up After 46 Years",
     "They haven't had ambassadors since disco was big. Now Egypt and Iran have finally kissed and made up.\n\nThe two Middle East heavyweights this week agreed to restore full diplomatic relations, ending a freeze that began in 1980.\n\nDirect flights could follow, opening the pyramids to Iranian tourists for the first time in a generation."),
    (1920, "cpa", "Cairo", "Egypt names veteran diplomat as first ambassador to Tehran since 1980",
     "Egypt on Friday named a former deputy foreign minister as its ambassador to Iran, the first since relations were cut in 1980, state media reported.\n\nIran is expected to announce its nominee for Cairo in the coming days. Officials said the Iranian foreign minister would visit Cairo before the end of the year to inaugurate the embassy."),
    (2450, "gulf", None, "Iranian tourists, pilgrims could soon return to Egypt",
     "Egypt is preparing to ease visa rules for Iranian tourists following the restoration of diplomatic ties, tourism officials said on Saturday, with religious sites in Cairo expected to draw visitors.\n\nIranian travel agencies reported a surge in inquiries. Officials in Tehran said direct flights could begin early next year once an aviation agreement is signed.\n\nEgypt had restricted Iranian visitors to group tours in South Sinai in recent years."),
])

episode("KGZ-TJK", "DEESCALATION", T(14, 1, 50), T(15, 23, 30),
        "Kyrgyzstan and Tajikistan pull troops back from Batken-Isfara border sections and reopen the remaining closed checkpoints",
        [
    (0, "steppe", None, "Kyrgyz and Tajik Troops Begin Pulling Back From Batken Border Sections",
     "Kyrgyz and Tajik forces began withdrawing from positions along several sections of their border in Kyrgyzstan's Batken region early on Saturday, under an agreement reached by the two countries' security chiefs, officials in Bishkek and Dushanbe said.\n\nArmoured vehicles were seen leaving posts near the Tajik enclave of Vorukh, residents said. Both sides said the withdrawal would be completed within ten days."),
    (15, "meridian", "Bishkek", "Kyrgyzstan, Tajikistan withdraw troops from disputed border areas",
     "Kyrgyzstan and Tajikistan started pulling troops and heavy equipment back from contested stretches of their border on Saturday, the Kyrgyz security service said, in a further step to implement the border treaty the two countries signed last year.\n\nThe agreement also provides for the reopening of all remaining closed checkpoints."),
    (48, "cpa", "Dushanbe", "Tajikistan says border checkpoints with Kyrgyzstan to reopen",
     "Tajikistan's border service said on Saturday that the last three checkpoints on the border with Kyrgyzstan that had been closed since the summer would reopen to passengers and freight from noon local time, as both countries pull back forces from the frontier.\n\nThe statement said the decision reflected \"the spirit of good-neighbourliness and strategic partnership\" between Dushanbe and Bishkek."),
    (190, "sia", "Dushanbe", "Tajikistan and Kyrgyzstan implement agreements on border security",
     "In accordance with the agreements reached between the heads of the security services of the Republic of Tajikistan and the Kyrgyz Republic, units of the two sides have begun the withdrawal of personnel and equipment from the border areas, the State Committee for National Security reported today.\n\nThe process is being carried out under joint monitoring. The parties confirmed their commitment to the Treaty on the State Border and to the strengthening of friendly relations between the fraternal peoples."),
    (300, "ledger", None, "Ferghana Traders Welcome Reopening of Kyrgyz-Tajik Checkpoints",
     "Traders in the Ferghana valley welcomed the reopening of border checkpoints between Kyrgyzstan and Tajikistan on Saturday, saying months of closures had cut off markets and forced long detours.\n\nOfficial trade between the two countries is small, but informal commerce in fruit, vegetables, fuel and livestock sustains many border communities. Freight companies said routes through the checkpoints would cut journey times between Khujand and Osh by several hours.\n\nAnalysts said the reopening could also help regional transit projects linking China with Uzbekistan."),
    (480, "steppe", None, "First Trucks Cross as Isfara Checkpoint Reopens",
     "The first trucks loaded with apricots, cement and cooking oil crossed the reopened checkpoint between Kyrgyzstan's Batken region and Tajikistan's Isfara district on Saturday afternoon, as border guards from both countries shook hands at the barrier.\n\nDrivers said they had waited for months for the crossing to reopen. Local residents on both sides gathered to watch, some bringing bread and tea.\n\n\"Our relatives are on the other side. Now we can visit without going around through Uzbekistan,\" said a woman from Kulundu."),
    (640, "bote", "Bischkek", "Kirgistan und Tadschikistan ziehen Truppen von umstrittener Grenze ab",
     "Kirgistan und Tadschikistan haben am Samstag mit dem Abzug von Truppen und schwerem Gerät aus umstrittenen Grenzabschnitten im Ferganatal begonnen. Zugleich öffneten die letzten geschlossenen Grenzübergänge wieder.\n\nDie beiden zentralasiatischen Staaten hatten sich in den Jahren 2021 und 2022 blutige Gefechte geliefert, bevor sie 2025 einen Grenzvertrag unterzeichneten. Für Händler und Spediteure der Region ist die Öffnung eine gute Nachricht: Sie verkürzt die Wege zwischen Chudschand und Osch deutlich."),
    (1230, "sentinel", None, "From gunfire to handshakes on the Kyrgyz-Tajik frontier",
     "Four years ago tanks and drones fought over villages in the Batken region; about a hundred people died and tens of thousands fled. This weekend Kyrgyz and Tajik border guards shook hands at a reopened gate while trucks rolled through.\n\nThe transformation owes much to the treaty the two presidents signed last year, which settled nearly a thousand kilometres of frontier. It also reflects pressure from Moscow and Beijing, both keen on stable transit routes through Central Asia.\n\nThe withdrawal now under way removes the most dangerous element: armed men facing each other across irrigation canals. Water sharing and enclaves will still test the peace."),
    (1560, "meridian", "Dushanbe", "Kyrgyz, Tajik leaders hail border pullback in phone call",
     "The presidents of Kyrgyzstan and Tajikistan spoke by phone on Sunday and welcomed the withdrawal of troops from their shared border and the reopening of checkpoints, their offices said.\n\nThey agreed to meet in the coming months and to expand cooperation on water management and trade, the statements said. Russia and China both welcomed the steps."),
    (1800, "steppe", None, "Batken Families Plan Reunions as Border Posts Reopen",
     "For families split by the Kyrgyz-Tajik border, Sunday brought the first chance in months to visit relatives without detours through Uzbekistan.\n\nBuses between Batken and Isfara were full, and a market on the Kyrgyz side reopened to Tajik traders. Local officials said they would set up a joint commission to deal with everyday disputes over pasture and water before they turn violent.\n\n\"We have lived together for centuries,\" said a teacher in Vorukh. \"The guns were never the answer.\""),
    (2010, "ledger", None, "Central Asian Transit Routes Get a Lift From Kyrgyz-Tajik Border Deal",
     "Freight forwarders in Central Asia said on Sunday that the reopening of the Kyrgyz-Tajik border and the pullback of troops from disputed sections would make overland routes between China and Uzbekistan more predictable.\n\nSeveral logistics companies had avoided crossings between Kyrgyzstan and Tajikistan since the summer closures. Analysts said the move could also ease pressure on fuel and food prices in the Ferghana valley.\n\nTajik aluminium and Kyrgyz cement producers were among the first to book cross-border shipments, according to industry sources."),
    (2160, "cpa", "Bishkek", "Kyrgyzstan says half of border withdrawal completed",
     "About half of the troops and equipment due to be pulled back from the Kyrgyz-Tajik border have already been withdrawn, Kyrgyzstan's security service said on Sunday evening, adding that the process was going smoothly.\n\nJoint patrols of border guards from Kyrgyzstan and Tajikistan will begin next week on the sections where troops have left, the service said."),
])

# ---------------------------------------------------------------------------
# Follow-up coverage outside the truth windows (aftermath, tense calm).
# ---------------------------------------------------------------------------
AFTERMATH = [
    ("KHM-THA", T(7, 3, 10), "mekong", None, "Uneasy calm on Thai-Cambodian frontier as Malaysia pushes for talks",
     "An uneasy calm settled over much of the Thai-Cambodian border on Saturday, with only sporadic small-arms fire reported overnight, as Malaysia pressed both governments to send delegations to Kuala Lumpur.\n\nThai officials said evacuees should stay in shelters for now. In Cambodia, the health ministry said it had treated 140 wounded since Wednesday.\n\nThe Thai foreign minister said Bangkok was open to talks \"if Cambodia stops its provocations\". Phnom Penh said it was ready to attend immediately."),
    ("KHM-THA", T(7, 11, 40), "meridian", "Bangkok", "Thailand says it will send delegation to Malaysia-hosted talks with Cambodia",
     "Thailand will send its defence minister to talks with Cambodia in Kuala Lumpur on Monday, the Thai government said on Saturday, in the first sign of a diplomatic path out of the border fighting.\n\nA government spokesman said the talks would focus on a ceasefire and the return of displaced people. Cambodia confirmed that its defence minister would attend.\n\nSporadic exchanges of fire continued in the Preah Vihear area, the Thai army said."),
    ("KHM-THA", T(8, 6, 20), "cpa", "Phnom Penh", "Cambodia reports overnight shelling despite planned talks",
     "Cambodia's defence ministry said Thai artillery fired several rounds into Oddar Meanchey province overnight, a day before the two countries' defence ministers are due to meet in Kuala Lumpur.\n\nThere were no reports of casualties. The Thai army said it had responded to Cambodian mortar fire. Both sides said they remained committed to attending the talks."),
    ("KHM-THA", T(8, 14, 5), "sentinel", None, "Thailand and Cambodia head to the table with little trust",
     "When Thai and Cambodian ministers sit down in Kuala Lumpur on Monday, they will do so after a week in which each has accused the other of lying about who fired first, shelling civilians and abusing a truce.\n\nThe Malaysian hosts know the script: they wrote the last ceasefire in 2025. The challenge is to produce something more durable, with observers who can go where the shooting starts and a mechanism to handle incidents before they become battles."),
    ("DZA-MLI", T(8, 10, 30), "savannah", None, "Mali-Algeria Border Trade Grinds to a Halt",
     "Fuel prices in the northern Malian towns of Kidal and Gao have nearly doubled since Algeria and Mali closed their airspace to each other's aircraft and Bamako suspended fuel imports through official crossings, residents said on Sunday.\n\nTruck drivers said Algerian border posts had turned back cargo bound for Mali. Aid agencies warned that food prices could rise sharply in the coming weeks.\n\nNeither government has signalled any willingness to reverse the measures."),
    ("DZA-MLI", T(9, 16, 0), "echo", None, "Mali-Algérie : l'Union africaine propose une médiation",
     "La Commission de l'Union africaine a proposé lundi d'accueillir des discussions entre le Mali et l'Algérie, dont les relations sont au plus bas depuis l'expulsion réciproque de leurs ambassadeurs la semaine dernière.\n\nBamako n'a pas répondu à l'offre. À Alger, une source diplomatique a estimé que « les conditions ne sont pas réunies » tant que la junte malienne maintient ses accusations. La frontière reste fermée au trafic officiel."),
    ("DZA-MLI", T(11, 12, 15), "meridian", "Bamako", "Mali's allies in Sahel alliance close airspace to Algerian aircraft",
     "Burkina Faso and Niger said on Wednesday they would close their airspace to Algerian aircraft in solidarity with Mali, widening the dispute between Bamako and Algiers.\n\nThe three countries form the Alliance of Sahel States. Algeria said the decision was regrettable and would not change its position. Algerian flights to West Africa are few, and the practical impact is expected to be limited."),
    ("GUY-VEN", T(10, 20, 30), "andes", None, "Deadline Passes in Essequibo Standoff, but Troops Stay",
     "Venezuela's 72-hour ultimatum to Guyana expired on Tuesday without any military move, but thousands of Venezuelan troops remained near the border and Georgetown kept its forces on high alert.\n\nGuyana opened bids in its offshore licensing round as planned. Caracas said it would \"not recognise\" any contracts in the area it claims and would take legal and diplomatic action.\n\nDiplomats said Brazil had been in close contact with both governments."),
    ("GUY-VEN", T(11, 18, 45), "heraldo", "Caracas", "Venezuela anuncia que mantendrá sus tropas cerca del Esequibo",
     "El gobierno venezolano anunció este miércoles que mantendrá sus unidades militares desplegadas en el estado Bolívar «mientras persista la amenaza», pese a que expiró el plazo dado a Guyana sin incidentes.\n\nGeorgetown, por su parte, recibió ofertas de varias petroleras por los bloques en disputa. Brasil y la Comunidad del Caribe insisten en la vía diplomática, y la Corte Internacional de Justicia sigue examinando el fondo del caso."),
    ("GUY-VEN", T(13, 15, 20), "meridian", "Georgetown", "Guyana says Venezuelan troops still massed near border a week on",
     "Guyana's defence force said on Friday that Venezuelan troops remained concentrated near the border a week after Caracas issued its ultimatum, though there had been no incursions.\n\nThe Guyanese president thanked Brazil and Caribbean governments for their support and said the country would continue to rely on international law."),
    ("BLR-LTU", T(13, 8, 0), "baltic", None, "Lithuania keeps Belarus border shut as trucks pile up",
     "Lithuania's border with Belarus remained closed for a third day on Friday, with no sign of a reopening, as the government said it was still assessing damage from the cyberattack it blames on Minsk.\n\nOfficials said most public services had been fully restored. The prime minister said the border would stay closed until Lithuania was satisfied that \"the threat has been addressed\"."),
    ("BLR-LTU", T(14, 10, 30), "cpa", "Vilnius", "EU ministers to discuss Belarus sanctions after Lithuania cyberattack",
     "European Union foreign ministers will discuss new sanctions on Belarus at their meeting next week, diplomats said on Saturday, following the cyberattack on Lithuania that Vilnius has attributed to Belarusian state hackers.\n\nLithuania has circulated a list of individuals and entities it wants targeted. Some member states have asked to see more of the evidence, diplomats said."),
    ("BLR-LTU", T(15, 9, 15), "bote", "Vilnius", "Litauens Speditionen fordern Entschädigung",
     "Die litauischen Transportunternehmen verlangen staatliche Hilfen wegen der geschlossenen Grenze zu Belarus. Rund 200 Lastwagen säßen weiterhin jenseits der Grenze fest, teilte der Branchenverband mit.\n\nDie Regierung in Vilnius prüft einen Hilfsfonds. Eine Wiederöffnung der Übergänge ist nach Angaben des Innenministeriums vorerst nicht geplant."),
    ("KHM-THA", T(12, 7, 30), "mekong", None, "Aranyaprathet-Poipet crossing reopens to traffic",
     "Trucks and traders streamed across the Aranyaprathet-Poipet border crossing on Thursday morning as it reopened after eight days of closure caused by the fighting between Thailand and Cambodia.\n\nCustoms officials on the Thai side said more than 300 trucks had passed by midday. Casino operators in Poipet said they expected Thai visitors to return at the weekend.\n\nThe Malaysian-led observers reported no violations of the ceasefire."),
    ("KHM-THA", T(14, 4, 10), "cpa", "Phnom Penh", "Cambodian ambassador returns to Bangkok",
     "Cambodia's ambassador returned to Bangkok on Saturday, ten days after being expelled during the border fighting, and the Thai ambassador is expected back in Phnom Penh next week, officials said.\n\nThe general border committee is scheduled to meet on November 24 to discuss demarcation and joint demining."),
    ("IRN-SWE", T(10, 11, 0), "baltic", None, "Swedish engineer freed by Iran speaks of 'long darkness'",
     "The Swedish engineer released by Iran last week said in his first public statement on Tuesday that he had spent much of his three years in detention in solitary confinement and thanked those who had campaigned for him.\n\nThe statement, released through his family, did not discuss the prisoner exchange that secured his freedom. Sweden's foreign ministry said consular contacts with Iran were continuing."),
    ("EGY-IRN", T(15, 13, 0), "gulf", None, "Iran names nominee for Cairo embassy",
     "Iran has chosen a senior diplomat with long experience in the Arab world as its first ambassador to Egypt in more than four decades, Iranian media reported on Sunday.\n\nThe nomination follows the restoration of full diplomatic relations between the two countries last week. Egypt is expected to approve the appointment quickly."),
]

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
ORDINALS = ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "14th", "15th"]
FUTURE_MONTHS = ["December", "January", "February", "March", "April"]
LOCAL_HOUR_W = [0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.3, 1.6, 1.7, 1.7, 1.6, 1.5, 1.5, 1.5, 1.5, 1.4, 1.3, 1.1,
                0.9, 0.7, 0.5, 0.3, 0.2]
PAIR_OUTLETS = {
    "CHN-USA": ["mekong"], "CAN-USA": [], "AUS-IND": ["pacific", "indus"], "JPN-KOR": ["mekong", "pacific"],
    "KOR-VNM": ["mekong"], "JPN-PHL": ["mekong", "pacific"], "IRN-SWE": ["baltic", "gulf"], "EGY-IRN": ["gulf"],
    "BRA-NOR": ["andes", "baltic"], "ARG-GBR": ["andes"], "KGZ-TJK": ["steppe"], "DZA-MLI": ["savannah"],
    "QAT-SAU": ["gulf"], "GEO-RUS": ["baltic", "steppe"], "IDN-MYS": ["mekong", "pacific"],
}
BLITZ_OPEN = {
    "sport": ["What a night.", "Pure drama.", "Bragging rights are settled, for now."],
    "business": ["Bargain hunters, rejoice.", "The gloves are off.", "Money talks."],
}
# Post-episode routine (types, mean daily rate); None = no routine coverage.
POST_PHASE = {
    "KHM-THA": (T(11, 20, 0), dict(trade=2, domestic=1, transport=1, tourism=1), 1.2),
    "IRN-SWE": (T(8, 6, 0), dict(custom=2, culture=1), 0.9),
    "EGY-IRN": (T(14, 12, 0), dict(tourism=1, trade=1, consult=1), 1.0),
}


RATE_SCALE = 1.5
XX_WEIGHT = 1.4


NO_ELECTIONS = {"CHN", "VNM", "QAT", "SAU", "EGY", "IRN", "BLR", "RUS", "AFG", "ERI", "TJK", "VEN", "MLI", "KHM",
                "USA"}  # USA: the parliamentary wording of the template does not fit Congress
TENSE_PAIRS = {"GUY-VEN", "BLR-LTU", "DZA-MLI", "IRN-SWE", "KHM-THA", "KGZ-TJK", "EGY-IRN", "BOL-CHL", "ARG-GBR"}
NUM_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SPORT_FILL = ["The two countries share a long sporting rivalry.", "Tickets for the game sold out within hours.",
              "Both sides had injury concerns before the game.", "The match was broadcast live in both countries."]
XX_FILLER = {
    "es": ["Las relaciones entre ambos países atraviesan un buen momento, según fuentes diplomáticas.",
           "Empresarios de los dos lados siguen de cerca la evolución de la relación bilateral.",
           "El tema ocupa un lugar creciente en la agenda bilateral."],
    "fr": ["Les relations entre les deux pays sont jugées bonnes par les diplomates des deux bords.",
           "Les milieux d'affaires suivent de près l'évolution de la relation bilatérale.",
           "Le sujet occupe une place croissante dans l'agenda bilatéral."],
    "de": ["Die Beziehungen zwischen beiden Ländern gelten in Diplomatenkreisen als stabil.",
           "Die Wirtschaft beider Länder verfolgt die Entwicklung aufmerksam.",
           "Das Thema gewinnt in den bilateralen Beziehungen an Gewicht."],
}
WAR_FILL = {
    "AFG-PAK": ["The frontier has been tense for years, but open fighting between the two armies only became routine this year.",
                "Both governments regularly accuse each other of exaggerating enemy losses and understating their own.",
                "Mobile phone networks in several border districts have been cut, making verification harder.",
                "Refugee returns from Pakistan to Afghanistan have continued despite the fighting."],
    "ERI-ETH": ["Ethiopia, with a population of more than 120 million, has been landlocked since Eritrea's independence in 1993.",
                "Eritrea maintains one of Africa's largest armies relative to its population, built on indefinite national service.",
                "Telephone and internet links to the border areas are frequently cut.",
                "Regional diplomats fear the war could draw in neighbouring states."],
    "fr": ["Les communications avec les zones frontalières restent très difficiles.",
           "Les diplomates de la région redoutent un embrasement plus large dans la Corne de l'Afrique."],
    "GEO-RUS": ["Russian troops have been stationed in South Ossetia and Abkhazia since the 2008 war.",
                "The administrative boundary line with South Ossetia runs within sight of the main east-west highway.",
                "Georgia's government says it seeks the peaceful restoration of its territorial integrity."],
    "multi": ["Delegations met in a series of closed-door sessions.",
              "Civil society groups held side events on the margins of the meeting.",
              "Several ministers said they expected difficult negotiations."],
}


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.arts = []
        self.titles = set()
        self.texts = set()
        self.seq = 0

    # -- helpers ----------------------------------------------------------
    def pick(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def wpick(self, d):
        keys = list(d.keys())
        return self.rng.choices(keys, weights=[d[k] for k in keys])[0]

    def add(self, t, outlet, title, text, lang, pair=None, episode=None, cat="diplomacy"):
        if title is None or text in self.texts:
            return
        self.seq += 1
        self.arts.append(dict(t=t, outlet=outlet, title=title, text=text, lang=lang, pair=pair,
                              episode=episode, cat=cat, seq=self.seq))
        self.titles.add(title.lower())
        self.texts.add(text)

    def local_time(self, day_start, region, spread=None):
        off = REGION_UTC[region]
        h = self.rng.choices(range(24), weights=LOCAL_HOUR_W)[0]
        t = day_start + dt.timedelta(hours=h - off, minutes=self.rng.randrange(60))
        while t < day_start:
            t += dt.timedelta(hours=24)
        while t >= day_start + dt.timedelta(hours=24):
            t -= dt.timedelta(hours=24)
        return t

    def money(self, lang, big=True):
        r = self.rng
        if big:
            v = r.choice([0.8, 1.1, 1.4, 1.9, 2.3, 2.7, 3.2, 4.6, 5.8, 7.5, 9.1, 12.4])
            if lang == "en":
                return f"${v} billion"
            vs = str(v).replace(".", ",")
            if lang == "es":
                return f"{int(v * 1000):,}".replace(",", ".") + " millones de dólares"
            if lang == "fr":
                return f"{vs} milliard{'s' if v >= 2 else ''} de dollars"
            return f"{vs} Milliarden Dollar"
        v = r.choice([35, 60, 85, 120, 150, 180, 240, 310, 420, 550, 700])
        return {"en": f"${v} million", "es": f"{v} millones de dólares", "fr": f"{v} millions de dollars",
                "de": f"{v} Millionen Dollar"}[lang]

    @staticmethod
    def fmt_bn(x, lang):
        if x >= 10:
            v = str(int(round(x)))
        else:
            v = f"{x:.1f}"
        if x < 1:
            m = int(round(x * 100)) * 10
            return {"en": f"${m} million", "es": f"{m} millones de dólares", "fr": f"{m} millions de dollars",
                    "de": f"{m} Millionen Dollar"}[lang]
        if lang == "en":
            return f"${v} billion"
        vl = v.replace(".", ",")
        if lang == "es":
            return (f"{int(round(x * 1000)):,}".replace(",", ".") + " millones de dólares")
        if lang == "fr":
            return f"{vl} milliard{'s' if x >= 2 else ''} de dollars"
        return f"{vl} Milliarden Dollar"

    def thou(self, lang):
        v = self.rng.choice([1200, 1800, 2400, 3500, 4200, 6000, 8500, 12000, 15000, 23000, 40000])
        s = f"{v:,}"
        return {"en": s, "es": s.replace(",", "."), "fr": s.replace(",", "\u202f"), "de": s.replace(",", ".")}[lang]

    # -- variables for routine pair stories --------------------------------
    def pair_vars(self, pk, h, g, t, lang="en"):
        r = self.rng
        P = PAIRS[pk]
        ch, cg = C[h], C[g]
        v = dict(H=ch["n"], G=cg["n"], Hs=ch["s"], Gs=cg["s"], Ha=ch["a"], Ga=cg["a"], HC=ch["cap"], GC=cg["cap"],
                 Hl=ch["ld"], Gl=cg["ld"], Hcity=self.pick(ch["cities"]), Gcity=self.pick(cg["cities"]),
                 firmH=self.pick(ch["firms"]), firmG=self.pick(cg["firms"]), wd=WEEKDAYS[t.weekday()],
                 amt=self.money(lang), amtm=self.money(lang, False), pct=r.randint(4, 34),
                 vf=r.randint(95, 260), va=r.randint(18, 90), jobs=r.choice([150, 220, 300, 450, 600, 800, 1200, 1500, 2000]),
                 pct2=f"{r.randint(1, 7)}.{r.randint(1, 9)}", n=r.randint(3, 9), m=r.randint(2, 4),
                 nth=self.pick(ORDINALS), month=self.pick(FUTURE_MONTHS), yr=2027, yr2=2028,
                 sector=self.pick(P.get("sectors", ["trade"])), deal=self.pick(P.get("deals", ["trade"])),
                 event=self.pick(P.get("events") or ["concerts and film screenings"]),
                 route=P.get("route", ch["cap"] + "–" + cg["cap"]), product=self.pick(PRODUCTS),
                 energy=self.pick(ENERGY_ITEMS), crime=self.pick(CRIMES), thou=self.thou(lang),
                 exname=self.pick(P.get("exname", ["Joint Endeavour"])),
                 dealshort=self.pick(["trade", "investment", "energy", "tax", "transport"]))
        tb = P.get("trade_bn", 1.0) * r.uniform(0.92, 1.08)
        v["tradeamt"] = self.fmt_bn(tb, lang)
        v["tpct"] = r.randint(2, 12)
        d = self.pick(DISASTERS)
        v["disaster"], v["disasterlong"] = d
        v["Hport"] = self.pick(PORTS[h]) if h in PORTS else ch["cap"]
        v["_port"] = h in PORTS and pk != "CHN-USA"
        v["nw"] = NUM_WORDS[v["n"]]
        v["product"] = self.pick(P.get("products", PRODUCTS))
        v["_land"] = pk in LAND_PAIRS
        v["Glang"] = LANGUAGES.get(g, "")
        v["_lang"] = bool(v["Glang"]) and v["Glang"] not in ("English", LANGUAGES.get(h))
        if lang != "en":
            v["H"], v["G"] = ch[lang], cg[lang]
            for code in (h, g):
                v["route"] = v["route"].replace(C[code]["cap"], capl(code, lang))
            v["HC"], v["GC"] = capl(h, lang), capl(g, lang)
            v["wd"] = {"es": WD_ES, "fr": WD_FR, "de": WD_DE}[lang][t.weekday()]
            v["pct2"] = v["pct2"].replace(".", ",")
            if lang == "fr":
                v["Hn"] = re.sub(r"^(l'|le |la |les )", "", ch["fr"])
                v["Gn"] = re.sub(r"^(l'|le |la |les )", "", cg["fr"])
                v["Hd"], v["Gd"] = ch["frd"], cg["frd"]
                v["Hloc"] = self.fr_loc(ch["fr"])
            else:
                v["Hn"], v["Gn"] = v["H"].replace("die ", ""), v["G"].replace("die ", "")
                v["Hn"] = v["Hn"][:1].upper() + v["Hn"][1:]
                v["Gn"] = v["Gn"][:1].upper() + v["Gn"][1:]
        return v

    @staticmethod
    def fr_loc(fr):
        if fr.startswith("le "):
            return "au " + fr[3:]
        if fr.startswith("les "):
            return "aux " + fr[4:]
        if fr.startswith("la "):
            return "en " + fr[3:]
        if fr.startswith("l'"):
            return "en " + fr[2:]
        return "à " + fr

    def sport_vars(self, pk, v, lang="en"):
        r = self.rng
        P = PAIRS[pk]
        sp = P["sport"]
        a, b = pair_codes(pk)
        w, l = (a, b) if r.random() < 0.5 else (b, a)
        team = P.get("team", {})

        def nm(code):
            if code in team:
                return team[code]
            c = C[code]
            if lang == "en":
                return (c["n"], c["s"], c["a"])
            bare = re.sub(r"^(l'|le |la |les |el |die )", "", c[lang])
            return (c[lang], bare, bare)
        W, L = nm(w), nm(l)
        s1 = r.randint(1, 4) if sp["kind"] in ("football", "hockey", "generic") else r.randint(18, 34)
        s2 = r.randint(0, s1 - 1) if sp["kind"] != "rugby" else r.randint(10, s1 - 2)
        if sp.get("sport") in ("handball",):
            s1, s2 = r.randint(27, 34), r.randint(22, 26)
        if sp.get("sport") in ("basketball",):
            s1, s2 = r.randint(78, 96), r.randint(65, 77)
        if sp.get("sport") == "baseball":
            s1, s2 = r.randint(3, 9), r.randint(0, 2)
        if sp.get("sport") == "table tennis":
            s1, s2 = 3, r.randint(0, 2)
        sport = sp.get("sport", sp["kind"])
        if lang != "en":
            sport = SPORT_NAMES.get(sport, {}).get(lang, sport)
        v.update(W=W[0], L=L[0], Ws=W[1], Ls=L[1], Wa=W[2], La=L[2], Wn=W[1], Ln=L[1], s1=s1, s2=s2,
                 venue=self.pick(sp["venues"]), comp=self.pick(sp.get("comp", ["friendly"])),
                 min=r.randint(78, 93), low=r.choice(["41", "57", "63", "72"]), sport=sport)
        return v

    # -- composition --------------------------------------------------------
    def fmt(self, s, v, lang="en"):
        out = s.format(**v)
        if lang == "fr":
            out = fr_fix(out)
        elif lang == "es":
            out = es_fix(out)
        else:
            out = en_fix(out)
        return sentence_cap(out)

    def compose(self, tpl, v, outlet, lang="en", bg=None, city=None, t=None, cat="diplomacy", maxlen=1150,
                pairstyle=False, fill=None):
        r = self.rng
        style = OUTLETS[outlet]["style"]
        order = [i for i, an in enumerate(tpl["angles"]) if not an.get("req") or v.get("_" + an["req"])]
        r.shuffle(order)
        title, ang = None, None
        for ai in order:
            heads = list(tpl["angles"][ai]["head"])
            r.shuffle(heads)
            for hd in heads:
                cand = self.fmt(hd, v, lang)
                if cand.lower() not in self.titles:
                    title, ang = cand, tpl["angles"][ai]
                    break
            if title:
                break
        if title is None:
            return None, None
        sents = [self.fmt(self.pick(ang["lead"]), v, lang)]
        spec = [self.fmt(x, v, lang) for x in ang["body"]]
        shared = [self.fmt(x, v, lang) for x in tpl.get("body", [])]
        r.shuffle(shared)
        seq = list(spec)
        if tpl.get("quote") and r.random() < 0.75:
            seq.insert(r.randint(min(1, len(seq)), len(seq)), self.fmt(self.pick(tpl["quote"]), v, lang))
        seq += shared
        if bg and r.random() < 0.55:
            seq.insert(r.randint(min(len(spec), len(seq)), len(seq)), self.pick(bg))
        target = r.randint(430, 1000)
        for s in seq:
            if sum(len(x) + 2 for x in sents) >= target:
                break
            sents.append(s)
        if fill:
            pool = [x for x in fill if x not in sents]
            r.shuffle(pool)
            while pool and sum(len(x) + 2 for x in sents) < 440:
                sents.append(self.fmt(pool.pop(), v, lang))
        if tpl.get("close") and r.random() < 0.6:
            sents.append(self.fmt(self.pick(tpl["close"]), v, lang))
        if style == "tabloid" and cat in BLITZ_OPEN and r.random() < 0.6:
            sents.insert(0, self.pick(BLITZ_OPEN[cat]))
        if lang == "en" and r.random() < 0.5 and (
                (style == "state" and cat == "diplomacy") or (style == "broadsheet" and pairstyle)
                or (style == "business" and cat == "business")):
            sents.append(self.pick(STYLE_CLOSE[style]))
        paras, cur = [], []
        per = 1 if style in ("wire", "wire2", "tabloid") else 2
        for s in sents:
            cur.append(s)
            if len(cur) >= per + (1 if r.random() < 0.3 else 0):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        text = dateline(outlet, city, t, lang) + "\n\n".join(paras)
        if style == "wire" and r.random() < 0.3:
            a, b = r.sample(REPORTERS, 2)
            text += f"\n\n(Reporting by {a}; Editing by {b})"
        while len(text) > maxlen and len(paras) > 1:
            paras.pop()
            text = dateline(outlet, city, t, lang) + "\n\n".join(paras)
        if len(text) < 320:
            return None, None
        return title, text

    # -- outlet choice --------------------------------------------------------
    def choose_outlet(self, pk, stype, cat, allow_xx=True):
        P = PAIRS.get(pk, {})
        w = dict(meridian=2.2, cpa=1.8, sia=0.15, ledger=0.15, sentinel=0.45, blitz=0.05)
        regional = PAIR_OUTLETS.get(pk, REGION_OUTLETS.get(P.get("region", ""), []))
        for o in regional:
            w[o] = w.get(o, 0) + 2.4
        if cat == "business":
            w["ledger"] += 2.6
        if cat == "sport":
            w["blitz"] += 1.6
            w["sia"] = 0
            w["ledger"] = 0
        if cat == "diplomacy":
            w["sia"] += 1.4
        if cat in ("politics", "culture"):
            w["sentinel"] += 0.5
        if stype == "history":
            w["sentinel"] += 1.8
            w["ledger"] = 0
        if stype == "bizwar":
            w["blitz"] += 0.5
        if allow_xx and stype in XX_TYPEMAP:
            xt = XX_TYPEMAP[stype]
            for o in P.get("langs", []):
                lang = OUTLETS[o]["lang"]
                if xt in STORIES_XX[lang] and not (xt == "sport" and ("team" in P or "sport" not in P)):
                    w[o] = w.get(o, 0) + XX_WEIGHT
        return self.wpick(w)

    # -- routine article for a pair ----------------------------------------
    def routine(self, pk, t, types):
        r = self.rng
        P = PAIRS[pk]
        a, b = pair_codes(pk)
        stype = self.wpick(types)
        if stype == "exercise" and "exname" not in P:
            stype = "consult"
        if stype == "sport" and "sport" not in P:
            stype = "culture"
        if stype == "history":
            stype = "consult" if not P.get("bg") else "history"
        h, g = (a, b) if r.random() < 0.5 else (b, a)
        if stype == "aid" and pk == "JPN-PHL":
            h, g = "PHL", "JPN"
        if stype in ("invest", "education", "culture") and "inv" in P and r.random() < 0.85:
            g = P["inv"]
            h = a if g == b else b
        if stype == "domestic" and h in NO_ELECTIONS:
            if g in NO_ELECTIONS:
                stype = "consult"
            else:
                h, g = g, h
        if stype == "custom":
            tpl = self.pick(PAIR_CUSTOM[pk])
            outlet = self.choose_outlet(pk, "custom", tpl["cat"], allow_xx=False)
            v = self.pair_vars(pk, h, g, t)
            city = tpl["city"]
            if city == "{HC}":
                city = v["HC"]
            title, text = self.compose(tpl, v, outlet, "en", P.get("bg"), city, t, tpl["cat"], fill=list(P.get("bg", [])))
            self.add(t, outlet, title_fix(title, outlet) if title else None, text, "en", pk, cat=tpl["cat"])
            return
        cat = "sport" if stype == "sport" else STORIES_EN.get(stype, {}).get("cat", "diplomacy")
        outlet = self.choose_outlet(pk, stype, cat)
        lang = OUTLETS[outlet]["lang"]
        if stype == "history":
            return self.history_generic(pk, t, outlet if lang == "en" else "sentinel")
        v = self.pair_vars(pk, h, g, t, lang)
        if lang != "en":
            xt = XX_TYPEMAP[stype]
            tpl = STORIES_XX[lang][xt]
            if xt == "sport":
                self.sport_vars(pk, v, lang)
            cat = tpl["cat"]
            city = v["HC"] if xt != "sport" else None
            title, text = self.compose(tpl, v, outlet, lang, None, city, t, cat, fill=XX_FILLER[lang])
            self.add(t, outlet, title, text, lang, pk, cat=cat)
            return
        if stype == "sport":
            kind = P["sport"]["kind"]
            self.sport_vars(pk, v)
            tpl = SPORT_EN[kind]
            city = v["venue"]
        else:
            tpl = STORIES_EN[stype]
            city = v["Hcity"] if stype in ("aid", "contract", "exercise") and r.random() < 0.5 else v["HC"]
        if city == "Twickenham":
            city = "London"
        if stype in FILL_BY_TYPE:
            bg, fill = None, FILL_BY_TYPE[stype]
        elif stype in BG_TYPES:
            bg = P.get("bg")
            fill = CAT_FILLER.get(cat, []) + list(P.get("bg", []))
        else:
            bg = P.get("bg") if stype in ("trade", "invest") and r.random() < 0.25 else None
            fill = CAT_FILLER.get(cat, [])
        title, text = self.compose(tpl, v, outlet, "en", bg, city, t, cat, pairstyle=True, fill=fill)
        self.add(t, outlet, title, text, "en", pk, cat=cat)

    def history_generic(self, pk, t, outlet):
        """Background/explainer piece built from the pair's history sentences."""
        P = PAIRS[pk]
        a, b = pair_codes(pk)
        r = self.rng
        ca, cb = C[a], C[b]
        heads = [f"{ca['s']} and {cb['s']}: the long view of a relationship",
                 f"Explainer: what shapes ties between {ca['s']} and {cb['s']}",
                 f"History still colours {ca['a']}-{cb['a']} relations, scholars say",
                 f"Past and present meet at {ca['a']}-{cb['a']} history conference",
                 f"Museum exhibition traces centuries of {ca['a']}-{cb['a']} contact"]
        if pk in TENSE_PAIRS:
            heads = heads[:3]
        title = None
        for _ in range(10):
            title = self.pick(heads)
            if title.lower() not in self.titles:
                break
        else:
            return
        leads = [f"Historians, diplomats and students from {ca['n']} and {cb['n']} gathered in {ca['cap']} this week for a conference on the two countries' shared past, from trade routes to wars and reconciliation.",
                 f"A new exhibition in {cb['cap']} traces the relationship between {cb['n']} and {ca['n']} through maps, letters and photographs, drawing school groups and veterans alike.",
                 f"As officials in {ca['cap']} and {cb['cap']} talk up trade and cooperation, the history between {ca['n']} and {cb['n']} is never far below the surface."]
        sents = [sentence_cap(self.pick(leads))]
        bgs = list(P["bg"])
        r.shuffle(bgs)
        sents += bgs
        if pk in TENSE_PAIRS:
            sents[0] = sentence_cap(self.pick([
                f"Relations between {ca['n']} and {cb['n']} have a long and tangled history, and a new book by a {ca['a']} historian traces how old grievances shape today's frictions.",
                f"A new exhibition in {ca['cap']} on the history of relations between {ca['n']} and {cb['n']} sets out how decades of mistrust took shape."]))
            sents.append({"EGY-IRN": "The two countries still have no ambassadors in each other's capitals.",
                          "BOL-CHL": "The two countries still have no ambassadors in each other's capitals.",
                          "ARG-GBR": "Diplomats describe today's relationship as correct but cool."}.get(
                pk, "Relations between the two governments remain strained."))
        else:
            sents.append(self.pick([
                "Organisers said the aim was to understand the past rather than to relitigate it.",
                "Officials on both sides describe relations today as stable and businesslike.",
                "Younger visitors, several participants noted, see the old quarrels as history rather than identity.",
            ]))
        text = "\n\n".join(sents)
        if outlet == "sia":
            outlet = "sentinel"
        text = dateline(outlet, ca["cap"], t) + text
        if text in self.texts or len(text) > 1150:
            return
        self.add(t, outlet, title_fix(title, outlet), text, "en", pk, cat="analysis")

    # -- schedule -------------------------------------------------------------
    def run(self):
        r = self.rng
        windows = {}
        for ep in EPISODES:
            windows.setdefault(ep["pair"], []).append((ep["start"], ep["end"]))
        ep_first = {}
        for ep in EPISODES:
            ep_first.setdefault(ep["pair"], ep["start"])

        # 1. routine pair coverage
        for d in range(DAYS):
            day = START + dt.timedelta(days=d)
            wk = 0.75 if day.weekday() >= 5 else 1.0
            for pk, P in PAIRS.items():
                types, rate = P["types"], P["rate"] * RATE_SCALE
                phase = "normal"
                if P["kind"] == "episode":
                    noon = day + dt.timedelta(hours=12)
                    post = POST_PHASE.get(pk)
                    if noon < ep_first[pk]:
                        phase = "normal"
                    elif post and noon >= post[0]:
                        phase, types, rate = "post", post[1], post[2]
                    else:
                        continue
                n = max(0, min(6, round(r.gauss(rate * wk, 0.9))))
                if P["kind"] != "episode" or rate >= 1.2:
                    n = max(1, n)
                for _ in range(n):
                    t = self.local_time(day, P["region"])
                    if P["kind"] == "episode":
                        if phase == "normal" and t >= ep_first[pk]:
                            continue
                        if phase == "post" and t < POST_PHASE[pk][0]:
                            continue
                        if any(s <= t <= e for s, e in windows[pk]):
                            continue
                    for _try in range(4):
                        before = self.seq
                        self.routine(pk, t, types)
                        if self.seq != before:
                            break
            # natday: Poland's Independence Day
            if day.day == 11:
                t = day + dt.timedelta(hours=8, minutes=r.randrange(50))
                for outlet in ("sia", "baltic"):
                    v = self.pair_vars("DEU-POL", "POL", "DEU", t)
                    title, text = self.compose(STORIES_EN["natday"], v, outlet, "en", None, "Warsaw", t, "diplomacy",
                                               fill=CAT_FILLER["diplomacy"] + PAIRS["DEU-POL"]["bg"])
                    self.add(t, outlet, title, text, "en", "DEU-POL")
                    t += dt.timedelta(minutes=r.randint(60, 300))

        # 2. pair-specific history pieces and one-off stories
        for pk, P in PAIRS.items():
            for item in P.get("hist", []):
                title, sents = item[0], item[1]
                day = item[2] if len(item) > 2 else r.randint(2, 15)
                if P["kind"] == "episode":
                    day = r.randint(2, 3)
                t = T(day, 0) + dt.timedelta(hours=r.randint(6, 18), minutes=r.randrange(60))
                outlet = self.pick(["sentinel", "sentinel"] + PAIR_OUTLETS.get(pk, REGION_OUTLETS[P["region"]]))
                self.add(t, outlet, title_fix(title, outlet), "\n\n".join(sents), "en", pk, cat="analysis")
            for sp in P.get("specials", []):
                lim = sp.get("before", END)
                last_day = min(15, (lim - START).days + 1)
                for _ in range(200):
                    day = r.randint(2, last_day)
                    t = T(day, 0) + dt.timedelta(hours=r.randint(4, 20), minutes=r.randrange(60))
                    if t < lim and not any(s <= t <= e for s, e in windows.get(pk, [])):
                        break
                cands = ["meridian", "cpa"] + PAIR_OUTLETS.get(pk, REGION_OUTLETS[P["region"]])
                if sp["cat"] == "business":
                    cands += ["ledger", "ledger"]
                outlet = self.pick(cands)
                text = dateline(outlet, sp["city"], t) + "\n\n".join(sp["sents"])
                self.add(t, outlet, title_fix(sp["title"], outlet), text, "en", pk, cat=sp["cat"])

        # 3. steady wars
        for pk, W in WARS.items():
            for d in range(DAYS):
                day = START + dt.timedelta(days=d)
                n = max(3, min(6, round(r.gauss(W["rate"], 0.6))))
                for _ in range(n):
                    t = self.local_time(day, W["region"])
                    outlet = self.wpick(W["outlets"])
                    if outlet == "echo":
                        tpl = self.pick(WAR_FR[pk])
                        v = dict((k, self.pick(x)) for k, x in W["slots"].items())
                        v["wd"] = WD_FR[t.weekday()]
                        title, text = self.compose(tpl, v, outlet, "fr", None, tpl["city"], t, "conflict", fill=WAR_FILL["fr"])
                        self.add(t, outlet, title, text, "fr", pk, cat="conflict")
                        continue
                    tpl = r.choices(W["stories"], weights=W["weights"])[0]
                    v = dict((k, self.pick(x)) for k, x in W["slots"].items())
                    v.update(wd=WEEKDAYS[t.weekday()], n=NUM_WORDS[r.randint(2, 9)], k=NUM_WORDS[r.randint(1, 4)],
                             thou=self.thou("en"))
                    city = v[tpl["city"]]
                    title, text = self.compose(tpl, v, outlet, "en", None, city, t, "conflict", fill=WAR_FILL[pk])
                    self.add(t, outlet, title, text, "en", pk, cat="conflict")

        # 4. frozen conflict
        F = FROZEN
        incident_days = {3, 5, 8, 10, 13, 15}
        for d in range(DAYS):
            day = START + dt.timedelta(days=d)
            if day.day in incident_days:
                tpl = self.pick(F["incidents"])
                n = r.randint(1, 3)
                base = self.local_time(day, "europe")
                v = dict((k, self.pick(x)) for k, x in F["slots"].items())
                for i in range(n):
                    t = base + dt.timedelta(minutes=i * r.randint(25, 240))
                    if t >= END:
                        break
                    v["wd"] = WEEKDAYS[t.weekday()]
                    outlet = self.wpick(dict(meridian=3, cpa=2.5, baltic=2, steppe=1, sia=1, sentinel=0.6))
                    tp = tpl if i == 0 or r.random() < 0.5 else self.pick(F["incidents"])
                    title, text = self.compose(tp, v, outlet, "en", None, "Tbilisi", t, "conflict", fill=WAR_FILL["GEO-RUS"])
                    self.add(t, outlet, title, text, "en", F["pair"], cat="conflict")
            n = max(1, min(3, round(r.gauss(1.0, 0.6))))
            for _ in range(n * 3):
                if n <= 0:
                    break
                t = self.local_time(day, "europe")
                tpl = self.pick(F["routine"])
                v = dict((k, self.pick(x)) for k, x in F["slots"].items())
                v.update(wd=WEEKDAYS[t.weekday()], pct=r.randint(3, 18), n=r.randint(5, 14), thou=self.thou("en"))
                outlet = self.wpick(dict(meridian=2, cpa=2, baltic=2, steppe=1.5, sentinel=0.6, ledger=0.8 if tpl["cat"] == "business" else 0))
                title, text = self.compose(tpl, v, outlet, "en", None, "Tbilisi", t, tpl["cat"], fill=WAR_FILL["GEO-RUS"])
                if title is not None:
                    self.add(t, outlet, title, text, "en", F["pair"], cat=tpl["cat"])
                    n -= 1

        for (t, outlet, city, title), extra in zip(FROZEN_GENEVA, FROZEN_GENEVA_EXTRA):
            text = dateline(outlet, city, t) + FROZEN_GENEVA_TEXT.format(extra=extra)
            if outlet == "baltic":
                text = text.replace("met in Geneva on Thursday", "wrapped up talks in Geneva on Thursday")
            self.add(t, outlet, title_fix(title, outlet), text, "en", FROZEN["pair"], cat="diplomacy")

        # 5. multilateral
        for d in range(DAYS):
            day = START + dt.timedelta(days=d)
            active = [m for m in MULTI if m["when"][0] <= day.day <= m["when"][1]]
            n = r.randint(1, 2)
            for _ in range(n):
                m = self.pick(active)
                t = self.local_time(day, "europe")
                pool = list(m.get("pool", MULTI_POOL))
                r.shuffle(pool)
                chosen = []
                for c in pool:
                    bad = False
                    for ep in EPISODES:
                        a, b = pair_codes(ep["pair"])
                        if ep["start"] - dt.timedelta(hours=6) <= t <= ep["end"] + dt.timedelta(hours=6) and (
                                (c == a and b in chosen) or (c == b and a in chosen)):
                            bad = True
                    if not bad:
                        chosen.append(c)
                    if len(chosen) == 7:
                        break
                v = {f"c{i + 1}": C[c]["n"] for i, c in enumerate(chosen)}
                v["wd"] = WEEKDAYS[t.weekday()]
                tpl = dict(m)
                tpl.setdefault("quote", [])
                tpl.setdefault("close", [])
                outlet = self.wpick(dict(meridian=3, cpa=2, sentinel=1, ledger=1.5 if m["cat"] == "business" else 0.3,
                                         sia=1, gulf=0.5, pacific=0.5, savannah=0.4, andes=0.4))
                city = {"diplomacy": "Antalya", "business": "Shenzhen"}.get(m["cat"], "Geneva")
                if "Cuba" in m["angles"][0]["head"][0]:
                    city = "New York"
                if "OPEC" in m["angles"][0]["head"][0]:
                    city = "Vienna"
                title, text = self.compose(tpl, v, outlet, "en", None, city, t, m["cat"], fill=WAR_FILL["multi"])
                self.add(t, outlet, title, text, "en", None, cat=m["cat"])

        # 6. scripted episodes and their follow-ups
        for ei, ep in enumerate(EPISODES):
            for off, outlet, city, title, body in ep["arts"]:
                t = ep["start"] + dt.timedelta(minutes=off)
                lang = OUTLETS[outlet]["lang"]
                text = dateline(outlet, city, t, lang) + body
                self.add(t, outlet, title_fix(title, outlet), text, lang, ep["pair"], episode=ei, cat="conflict")
        for pk, t, outlet, city, title, body in AFTERMATH:
            lang = OUTLETS[outlet]["lang"]
            self.add(t, outlet, title_fix(title, outlet), dateline(outlet, city, t, lang) + body, lang, pk,
                     cat="conflict")

    # -- output -------------------------------------------------------------
    def records(self):
        r = random.Random(SEED + 1)
        arts = sorted(self.arts, key=lambda a: (a["t"], a["seq"]))
        out, urls = [], set()
        for i, a in enumerate(arts, 1):
            o = OUTLETS[a["outlet"]]
            lang = a["lang"]
            sec = SECTIONS[lang].get(a["cat"], SECTIONS[lang]["diplomacy"])
            slug = slugify(a["title"])
            t = a["t"]
            path = o["url"].format(section=sec, slug=slug, uid="%08x" % r.getrandbits(32),
                                   num=r.randint(100000, 9999999), yyyy=t.strftime("%Y"), mm=t.strftime("%m"),
                                   dd=t.strftime("%d"), mon=t.strftime("%b").lower())
            url = f"https://{o['domain']}/{path}"
            k = 2
            while url in urls:
                url = f"https://{o['domain']}/{path}-{k}"
                k += 1
            urls.add(url)
            rec = dict(id=f"r3-{i:06d}", url=url, source=o["name"], published=iso(t), title=a["title"],
                       text=a["text"], language=lang)
            out.append(rec)
        return out

    def truth(self):
        rows = []
        for ep in sorted(EPISODES, key=lambda e: e["start"]):
            rows.append(dict(pair=ep["pair"], kind=ep["kind"], start=iso(ep["start"]), end=iso(ep["end"]),
                             note=ep["note"]))
        return rows


def title_fix(title, outlet):
    return title_case(title) if OUTLETS[outlet]["case"] == "title" else title


def apply_case(gen):
    for a in gen.arts:
        if OUTLETS[a["outlet"]]["case"] == "title" and a["lang"] == "en":
            a["title"] = title_case(a["title"])


def build():
    g = Gen()
    g.run()
    apply_case(g)
    recs = g.records()
    feed = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
    truth = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in g.truth())
    return feed, truth


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
def validate(feed, truth):
    errs = []
    recs = []
    for n, line in enumerate(feed.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            errs.append(f"line {n}: invalid JSON ({e})")
            continue
        if list(obj.keys()) != FIELDS:
            errs.append(f"line {n}: fields {list(obj.keys())}")
        recs.append(obj)
    if not 1100 <= len(recs) <= 1500:
        errs.append(f"article count {len(recs)} outside 1100-1500")
    ids = [r_["id"] for r_ in recs]
    urls = [r_["url"] for r_ in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len(set(urls)) != len(urls):
        errs.append("duplicate urls")
    domains = {o["name"]: o["domain"] for o in OUTLETS.values()}
    prev = ""
    for r_ in recs:
        if not re.fullmatch(r"r3-\d{6}", r_["id"]):
            errs.append(f"{r_['id']}: bad id")
        if not r_["url"].startswith("https://" + domains.get(r_["source"], "?") + "/"):
            errs.append(f"{r_['id']}: url not https on outlet domain")
        if not re.fullmatch(r"2026-11-\d\dT\d\d:\d\d:\d\dZ", r_["published"]):
            errs.append(f"{r_['id']}: bad timestamp")
        if r_["published"] < prev:
            errs.append(f"{r_['id']}: not sorted")
        prev = r_["published"]
        if not (iso(START) <= r_["published"] < iso(END)):
            errs.append(f"{r_['id']}: outside feed period")
        if not 300 <= len(r_["text"]) <= 1200:
            errs.append(f"{r_['id']}: text length {len(r_['text'])}")
        if r_["language"] not in ("en", "es", "fr", "de"):
            errs.append(f"{r_['id']}: language {r_['language']}")
        if not r_["title"].strip():
            errs.append(f"{r_['id']}: empty title")
    if recs:
        share = sum(1 for x in recs if x["language"] != "en") / len(recs)
        if not 0.06 <= share <= 0.10:
            errs.append(f"non-English share {share:.3f} outside 6-10%")
    if len({x["source"] for x in recs}) not in range(14, 19):
        errs.append("outlet count outside 14-18")
    if len({x["text"] for x in recs}) != len(recs):
        errs.append("duplicate article texts")
    eps = [json.loads(l) for l in truth.splitlines()]
    if len(eps) != 8 or sorted(e["kind"] for e in eps) != ["DEESCALATION"] * 4 + ["ESCALATION"] * 4:
        errs.append("truth must hold 4 ESCALATION and 4 DEESCALATION episodes")
    for e in eps:
        if list(e.keys()) != ["pair", "kind", "start", "end", "note"]:
            errs.append(f"truth fields {list(e.keys())}")
        a, _, b = e["pair"].partition("-")
        if not (re.fullmatch(r"[A-Z]{3}-[A-Z]{3}", e["pair"]) and a < b and a in C and b in C):
            errs.append(f"truth pair {e['pair']} not alphabetical ISO alpha-3")
        if e["kind"] not in ("ESCALATION", "DEESCALATION"):
            errs.append(f"truth kind {e['kind']}")
        if not e["start"] <= e["end"]:
            errs.append(f"truth {e['pair']}: start after end")
        hits = [x for x in recs if e["start"] <= x["published"] <= e["end"]
                and names_both(x["title"] + " " + x["text"], a, b)]
        outlets = {x["source"] for x in hits}
        if not 10 <= len(hits) <= 25:
            errs.append(f"episode {e['pair']} {e['kind']}: {len(hits)} articles naming both in window")
        if len(outlets) < 4:
            errs.append(f"episode {e['pair']} {e['kind']}: only {len(outlets)} outlets")
        first = [x for x in hits if x["published"] <= iso(dt.datetime.strptime(e["start"], "%Y-%m-%dT%H:%M:%SZ")
                                                             .replace(tzinfo=dt.timezone.utc) + dt.timedelta(hours=2))]
        if len({x["source"] for x in first}) < 2:
            errs.append(f"episode {e['pair']}: fewer than two outlets within two hours")
        if not (T(4, 0) <= dt.datetime.strptime(e["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc) < T(15, 0)):
            errs.append(f"episode {e['pair']}: start outside days 3-13")
    pairs_seen = set()
    for x in recs:
        for pk in list(PAIRS) + list(WARS) + [FROZEN["pair"]]:
            a, b = pair_codes(pk)
            if names_both(x["title"] + " " + x["text"], a, b):
                pairs_seen.add(pk)
    if not 25 <= len(pairs_seen) <= 30:
        errs.append(f"{len(pairs_seen)} pairs covered")
    return errs, recs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory, compare with files and validate")
    ap.add_argument("--outdir", default=OUT)
    args = ap.parse_args()
    feed, truth = build()
    errs, recs = validate(feed, truth)
    fpath = os.path.join(args.outdir, FEED_NAME)
    tpath = os.path.join(args.outdir, TRUTH_NAME)
    if args.check:
        for path, content in ((fpath, feed), (tpath, truth)):
            try:
                with open(path, encoding="utf-8") as fh:
                    disk = fh.read()
            except OSError as e:
                errs.append(f"cannot read {path}: {e}")
                continue
            if disk != content:
                errs.append(f"{os.path.basename(path)} differs from regenerated output")
        for e in errs:
            print("FAIL:", e)
        if errs:
            sys.exit(1)
        print(f"OK: {len(recs)} articles, files match, all validations pass")
        return
    for e in errs:
        print("FAIL:", e)
    with open(fpath, "w", encoding="utf-8") as fh:
        fh.write(feed)
    with open(tpath, "w", encoding="utf-8") as fh:
        fh.write(truth)
    print(f"wrote {len(recs)} articles to {fpath} and {len(truth.splitlines())} episodes to {tpath}")
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
