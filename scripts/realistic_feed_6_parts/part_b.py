#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writer B: calm pairs of the feed-6 synthetic news fortnight.

Thirteen calm pairs (the ordinary machinery of peace) plus regional round-ups.
Deterministic: random.Random(SEED) only, Python 3 standard library only.
Run `python3 part_b.py` to print counts and run the checks.
"""
import random
import re
import datetime
import collections

SEED = 20261130

PERIOD_START = datetime.datetime(2026, 11, 30, 0, 0)
PERIOD_END = datetime.datetime(2026, 12, 13, 23, 59)

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH = {11: "November", 12: "December"}
MON = {11: "Nov", 12: "Dec"}

OUTLET_LANG = {
    "Northgate Wire": "en", "Brief Wire Service": "en", "Asia Current": "en",
    "The Sahel Monitor": "en", "Andes Post": "en", "Levant Dispatch": "en",
    "Eurasia Brief": "en", "The Daily Record": "en", "Capital Markets Journal": "en",
    "LiveDesk": "en", "Policy Ledger": "en", "PR Channel": "en",
    "Crescent News Agency": "en", "Diario del Pacífico": "es",
    "L'Écho de l'Ouest africain": "fr", "Zeitspiegel Ost": "de",
    "المشرق اليوم": "ar", "Кавказский обозреватель": "ru", "亚洲时讯": "zh",
    "Correio do Sul": "pt",
}


def day_date(d):
    return (PERIOD_START + datetime.timedelta(days=d)).date()


def wd(d):
    return WD[d % 7]


def mdate(d):
    x = day_date(d)
    return "%s %d" % (MONTH[x.month], x.day)


def sdate(d):
    x = day_date(d)
    return "%s %d" % (MON[x.month], x.day)


def _expand(s, r):
    """Expand [a|b|c] alternatives (nestable)."""
    if "[" not in s:
        return s
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "[":
            depth, j, start, parts = 1, i + 1, i + 1, []
            while j < n:
                ch = s[j]
                if ch == "[":
                    depth += 1
                elif ch == "]":
                    depth -= 1
                    if depth == 0:
                        parts.append(s[start:j])
                        break
                elif ch == "|" and depth == 1:
                    parts.append(s[start:j])
                    start = j + 1
                j += 1
            if depth != 0:
                raise ValueError("unbalanced brackets in: " + s[:80])
            out.append(_expand(r.choice(parts), r))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


_CAP_RE = re.compile(r'((?<!\s[A-Z])[.!?]["”’»)]?\s+["“‘«(]?)([a-zà-ÿ])')


def capfix(s):
    s = s.strip()
    if not s:
        return s
    # first letter (skip opening quotes)
    m = re.match(r'^(["“‘«(]?)([a-zà-ÿ])', s)
    if m:
        s = m.group(1) + m.group(2).upper() + s[m.end():]
    s = _CAP_RE.sub(lambda mm: mm.group(1) + mm.group(2).upper(), s)
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    s = re.sub(r"  +", " ", s)
    return s


def fill(s, ctx, r):
    for _ in range(4):
        s = _expand(s, r)
        if "{" not in s:
            break
        s = s.format_map(ctx)
    s = _expand(s, r)
    return capfix(s)


def pick(r, seq, k=1):
    seq = list(seq)
    if k == 1:
        return r.choice(seq)
    return r.sample(seq, k)


def join_list(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


NUMWORD = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
           9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def when(ev_day, pub_day, r, future_ok=True):
    """News-style reference to a day relative to the publication day."""
    diff = ev_day - pub_day
    if diff == 0:
        return r.choice(["on %s" % wd(ev_day), "on %s" % wd(ev_day), "today" if future_ok else "on %s" % wd(ev_day)])
    if -6 <= diff <= 6:
        if diff == -1 and r.random() < 0.25:
            return "yesterday"
        return "on %s" % wd(ev_day)
    if diff < 0:
        return r.choice(["on %s" % mdate(ev_day), "last month" if day_date(ev_day).month != day_date(pub_day).month else "on %s" % mdate(ev_day)])
    return "on %s" % mdate(ev_day)

# ---------------------------------------------------------------------------
# Countries (real names and places; all officials below are invented)
# ---------------------------------------------------------------------------
C = {}


def _c(code, **kw):
    C[code] = kw


_c("BEL", name="Belgium", adj="Belgian", ppl="[Belgians|Belgian nationals]", cap="Brussels",
   cities=["Antwerp", "Ghent", "Bruges", "Liège", "Hasselt", "Leuven", "Mechelen", "Ostend", "Namur"],
   lead="[the Belgian prime minister|Belgium's prime minister]", fm="[the Belgian foreign minister|Belgium's foreign minister]", fmn="Hélène Vandenbroucke",
   tm="[Belgium's economy minister|the Belgian economy minister]", tmn="Koen Verhaegen", spoxn="Pieter Claes",
   spox="[a spokesman for the Belgian foreign ministry|a Belgian foreign ministry spokesman]", ambn="Lotte Hermans",
   dm="[the Belgian defence minister|Belgium's defence minister]", dmn="Marc Delvigne", min="the Belgian foreign ministry",
   first=["Wim", "Sofie", "Jan", "Els", "Thomas", "Nathalie", "Bart", "Inge", "Olivier", "Céline", "Stijn", "An"],
   last=["Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Dubois", "Lambert", "Desmet", "Claeys", "Wouters", "Goossens", "Lemaire"])
_c("NLD", name="the Netherlands", adj="Dutch", ppl="[Dutch nationals|Dutch residents]", cap="The Hague",
   cities=["Rotterdam", "Amsterdam", "Maastricht", "Breda", "Eindhoven", "Middelburg", "Vlissingen", "Utrecht", "Tilburg"],
   lead="[the Dutch prime minister|the Netherlands' prime minister]", fm="[the Dutch foreign minister|the Netherlands' foreign minister]", fmn="Joris van der Meulen",
   tm="[the Dutch economy minister|the Netherlands' economy minister]", tmn="Sanne Bakker", spoxn="Eline de Groot",
   spox="[a spokeswoman for the Dutch foreign ministry|a Dutch foreign ministry spokeswoman]", ambn="Ruud Verbeek",
   dm="[the Dutch defence minister|the Netherlands' defence minister]", dmn="Femke Dijkstra", min="the Dutch foreign ministry",
   first=["Daan", "Sanne", "Bram", "Fleur", "Jeroen", "Marloes", "Koen", "Lieke", "Maarten", "Anouk", "Ruben", "Ilse"],
   last=["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Leeuwen", "Kramer", "Hendriks"])
_c("DNK", name="Denmark", adj="Danish", ppl="Danes", cap="Copenhagen",
   cities=["Aarhus", "Aalborg", "Hirtshals", "Frederikshavn", "Esbjerg", "Odense", "Skagen"],
   lead="[the Danish prime minister|Denmark's prime minister]", fm="[the Danish foreign minister|Denmark's foreign minister]", fmn="Mette Kjærgaard",
   tm="[Denmark's business minister|the Danish business minister]", tmn="Anders Thygesen", spoxn="Rasmus Holm",
   spox="[a spokesman for the Danish foreign ministry|a Danish foreign ministry spokesman]", ambn="Karen Lindholm",
   dm="[the Danish defence minister|Denmark's defence minister]", dmn="Søren Brix", min="the Danish foreign ministry",
   first=["Lars", "Mette", "Søren", "Camilla", "Mikkel", "Louise", "Anders", "Signe", "Kasper", "Ida", "Jonas", "Freja"],
   last=["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Møller", "Madsen", "Kristensen"])
_c("NOR", name="Norway", adj="Norwegian", ppl="Norwegians", cap="Oslo",
   cities=["Bergen", "Stavanger", "Kristiansand", "Larvik", "Tromsø", "Trondheim", "Arendal"],
   lead="[the Norwegian prime minister|Norway's prime minister]", fm="[the Norwegian foreign minister|Norway's foreign minister]", fmn="Eirik Solheim",
   tm="[Norway's trade minister|the Norwegian trade minister]", tmn="Ingrid Haugland", spoxn="Kristine Bakke",
   spox="[a spokeswoman for the Norwegian foreign ministry|a Norwegian foreign ministry spokeswoman]", ambn="Torbjørn Lie",
   dm="[the Norwegian defence minister|Norway's defence minister]", dmn="Hanne Strand", min="the Norwegian foreign ministry",
   first=["Ola", "Kari", "Henrik", "Silje", "Magnus", "Ingrid", "Espen", "Tone", "Håkon", "Marte", "Sindre", "Guro"],
   last=["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Dahl", "Lunde", "Nilsen", "Bakken", "Moen", "Aas", "Strøm"])
_c("AUS", name="Australia", adj="Australian", ppl="Australians", cap="Canberra",
   cities=["Sydney", "Melbourne", "Perth", "Darwin", "Brisbane", "Adelaide", "Townsville"],
   lead="[the Australian prime minister|Australia's prime minister]", fm="[Australia's foreign minister|the Australian foreign minister]", fmn="Catherine Dwyer",
   tm="[Australia's trade minister|the Australian trade minister]", tmn="Tom Haddad", spoxn="Lisa Mercer",
   spox="[a spokesperson for the Department of Foreign Affairs and Trade|a DFAT spokesperson]", ambn="Andrew Kell",
   dm="[Australia's defence minister|the Australian defence minister]", dmn="Michael Brennan", min="the Department of Foreign Affairs and Trade",
   first=["Mick", "Sarah", "Josh", "Emma", "Liam", "Chloe", "Ben", "Hannah", "Tom", "Priya", "Jack", "Zoe"],
   last=["Walsh", "Nguyen", "Murphy", "Taylor", "Kelly", "Smith", "Papadopoulos", "Harris", "Brown", "Collins", "Singh", "O'Neill"])
_c("JPN", name="Japan", adj="Japanese", ppl="Japanese nationals", cap="Tokyo",
   cities=["Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo", "Kobe", "Kitakyushu"],
   lead="[the Japanese prime minister|Japan's prime minister]", fm="[Japan's foreign minister|the Japanese foreign minister]", fmn="Kenji Hayashida",
   tm="[Japan's trade minister|the Japanese trade minister]", tmn="Yuko Morimoto", spoxn="Takashi Ueno",
   spox="[a Japanese foreign ministry press secretary|a Japanese foreign ministry spokesman]", ambn="Hiroshi Tanabe",
   dm="[Japan's defence minister|the Japanese defence minister]", dmn="Daisuke Kuroda", min="the Japanese foreign ministry",
   first=["Haruto", "Yui", "Sota", "Aoi", "Takumi", "Mei", "Ren", "Sakura", "Kaito", "Hina", "Kenta", "Naoko"],
   last=["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Mori", "Ogawa"])
_c("BWA", name="Botswana", adj="Botswana", ppl="[Batswana|Botswana citizens]", cap="Gaborone",
   cities=["Francistown", "Maun", "Kasane", "Lobatse", "Palapye", "Selebi-Phikwe", "Serowe"],
   lead="[Botswana's president|the Botswana president]", fm="[Botswana's foreign minister|the Botswana foreign minister]", fmn="Onkemetse Sebina",
   tm="[Botswana's trade minister|the Botswana trade and industry minister]", tmn="Tebogo Molefhe", spoxn="Masego Kgosi",
   spox="[a spokeswoman for Botswana's foreign ministry|a Botswana foreign ministry spokeswoman]", ambn="Lesego Modise",
   dm="[Botswana's defence minister|the Botswana defence minister]", dmn="Kagiso Tau", min="Botswana's Ministry of Foreign Affairs",
   first=["Kabelo", "Neo", "Tshepo", "Boitumelo", "Kagiso", "Lorato", "Onalenna", "Mpho", "Thato", "Keabetswe", "Oratile", "Goitseone"],
   last=["Molefe", "Kgosi", "Motsumi", "Ntshole", "Gaolatlhe", "Mogotsi", "Sebego", "Tau", "Moilwa", "Ramotswa", "Keitseng", "Mmolawa"])
_c("ZAF", name="South Africa", adj="South African", ppl="South Africans", cap="Pretoria",
   cities=["Johannesburg", "Mahikeng", "Polokwane", "Rustenburg", "Zeerust", "Durban", "Cape Town"],
   lead="[South Africa's president|the South African president]", fm="[South Africa's international relations minister|the South African minister of international relations]", fmn="Naledi Khumalo",
   tm="[South Africa's trade minister|the South African trade, industry and competition minister]", tmn="Sipho Mahlangu", spoxn="Lindiwe Dube",
   spox="[a spokeswoman for the Department of International Relations and Cooperation|a DIRCO spokeswoman]", ambn="Thabo Nkosi",
   dm="[South Africa's defence minister|the South African defence minister]", dmn="Zola Mabuza", min="the Department of International Relations and Cooperation",
   first=["Sipho", "Thandi", "Johan", "Anele", "Pieter", "Zanele", "Mandla", "Lerato", "Riaan", "Nomsa", "Kgothatso", "Marike"],
   last=["Nkosi", "Dlamini", "van der Merwe", "Mokoena", "Botha", "Naidoo", "Khumalo", "Pretorius", "Ndlovu", "Mahlangu", "Venter", "Sithole"])
_c("CHL", name="Chile", adj="Chilean", ppl="Chileans", cap="Santiago",
   cities=["Arica", "Iquique", "Antofagasta", "Valparaíso", "Concepción", "Calama", "La Serena"],
   lead="[Chile's president|the Chilean president]", fm="[Chile's foreign minister|the Chilean foreign minister]", fmn="Javiera Fuenzalida",
   tm="[Chile's economy minister|the Chilean economy minister]", tmn="Rodrigo Irarrázaval", spoxn="Ignacio Sepúlveda",
   spox="[a Chilean foreign ministry spokesman|a spokesman for the Chilean foreign ministry]", ambn="Carolina Aravena",
   dm="[Chile's defence minister|the Chilean defence minister]", dmn="Andrés Valdivieso", min="the Chilean foreign ministry",
   first=["Camila", "Matías", "Francisca", "Benjamín", "Valentina", "Joaquín", "Catalina", "Tomás", "Fernanda", "Vicente"],
   last=["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Araya", "Fuentes"])
_c("PER", name="Peru", adj="Peruvian", ppl="Peruvians", cap="Lima",
   cities=["Tacna", "Arequipa", "Cusco", "Trujillo", "Piura", "Ica", "Callao"],
   lead="[Peru's president|the Peruvian president]", fm="[Peru's foreign minister|the Peruvian foreign minister]", fmn="Luis Alberto Quispe",
   tm="[Peru's trade and tourism minister|the Peruvian foreign trade minister]", tmn="Rosa María Huamán", spoxn="Diego Salazar",
   spox="[a spokesman for Peru's foreign ministry|a Peruvian foreign ministry spokesman]", ambn="Milagros Paredes",
   dm="[Peru's defence minister|the Peruvian defence minister]", dmn="Víctor Cárdenas", min="Peru's foreign ministry",
   first=["José", "María", "Luis", "Carmen", "Jorge", "Rosa", "Miguel", "Ana", "César", "Lucía", "Renzo", "Milagros"],
   last=["Quispe", "Flores", "Sánchez", "Rodríguez", "Huamán", "Mamani", "García", "Chávez", "Ramos", "Vargas", "Condori", "Salas"])
_c("PRY", name="Paraguay", adj="Paraguayan", ppl="Paraguayans", cap="Asunción",
   cities=["Ciudad del Este", "Encarnación", "Concepción", "Villarrica", "Pilar", "San Lorenzo"],
   lead="[Paraguay's president|the Paraguayan president]", fm="[Paraguay's foreign minister|the Paraguayan foreign minister]", fmn="Hugo Benítez Ortiz",
   tm="[Paraguay's industry and trade minister|the Paraguayan trade minister]", tmn="Liz Giménez", spoxn="Óscar Cáceres",
   spox="[a spokesman for the Paraguayan foreign ministry|a Paraguayan foreign ministry spokesman]", ambn="Gustavo Villalba",
   dm="[Paraguay's defence minister|the Paraguayan defence minister]", dmn="Arnaldo Rivarola", min="the Paraguayan foreign ministry",
   first=["Ramón", "Lourdes", "Derlis", "Fátima", "Néstor", "Celeste", "Aníbal", "Mirta", "Rodrigo", "Gabriela"],
   last=["Benítez", "Giménez", "Cáceres", "Duarte", "Ortiz", "Acosta", "Villalba", "Ayala", "Insfrán", "Riquelme", "Aquino", "Báez"])
_c("URY", name="Uruguay", adj="Uruguayan", ppl="Uruguayans", cap="Montevideo",
   cities=["Salto", "Paysandú", "Colonia del Sacramento", "Punta del Este", "Nueva Palmira", "Fray Bentos", "Rivera"],
   lead="[Uruguay's president|the Uruguayan president]", fm="[Uruguay's foreign minister|the Uruguayan foreign minister]", fmn="Florencia Etchevarren",
   tm="[Uruguay's industry minister|the Uruguayan economy minister]", tmn="Martín Olivera", spoxn="Santiago Ferreira",
   spox="[a spokesman for Uruguay's foreign ministry|a Uruguayan foreign ministry spokesman]", ambn="Lucía Pereyra",
   dm="[Uruguay's defence minister|the Uruguayan defence minister]", dmn="Gabriel Larrañaga", min="Uruguay's foreign ministry",
   first=["Facundo", "Florencia", "Nicolás", "Agustina", "Gonzalo", "Valeria", "Sebastián", "Camila", "Federico", "Lucía"],
   last=["Rodríguez", "Pereira", "Fernández", "Sosa", "Etcheverry", "Olivera", "Núñez", "Cabrera", "Techera", "Bentancur", "Acuña", "Laborde"])
_c("MYS", name="Malaysia", adj="Malaysian", ppl="Malaysians", cap="Kuala Lumpur",
   cities=["Johor Bahru", "Putrajaya", "Penang", "Malacca", "Kota Kinabalu", "Iskandar Puteri", "Ipoh"],
   lead="[Malaysia's prime minister|the Malaysian prime minister]", fm="[Malaysia's foreign minister|the Malaysian foreign minister]", fmn="Azman Harun",
   tm="[Malaysia's trade minister|the Malaysian investment, trade and industry minister]", tmn="Ong Wei Liang", spoxn="Nurul Hidayah Zainal",
   spox="[a spokeswoman for Wisma Putra|a Malaysian foreign ministry spokeswoman]", ambn="Kamarul Ariffin",
   dm="[Malaysia's defence minister|the Malaysian defence minister]", dmn="Rashid Mansor", min="Wisma Putra",
   full=["Ahmad Faizal Osman", "Siti Norhaliza Rahim", "Tan Chee Keong", "Kavitha Subramaniam", "Mohd Hafiz Ismail", "Wong Mei Ling",
         "Nor Azlina Yusof", "Rajesh Menon", "Lee Kah Wai", "Farah Adibah Kamal", "Chong Yee Lin", "Amirul Hakim Zulkifli"])
_c("SGP", name="Singapore", adj="Singaporean", ppl="Singaporeans", cap="Singapore",
   cities=["Singapore", "Woodlands", "Tuas", "Jurong", "Changi"],
   lead="[Singapore's prime minister|the Singapore prime minister]", fm="[Singapore's foreign minister|the Singaporean foreign minister]", fmn="Daniel Tan Kok Meng",
   tm="[Singapore's trade and industry minister|the Singaporean trade minister]", tmn="Grace Lim", spoxn="Benjamin Goh",
   spox="[a spokesman for Singapore's Ministry of Foreign Affairs|an MFA spokesman]", ambn="Rachel Chua",
   dm="[Singapore's defence minister|the Singaporean defence minister]", dmn="Kelvin Ong", min="Singapore's Ministry of Foreign Affairs",
   full=["Tan Wei Ming", "Nur Aisyah Salleh", "Lim Jia Hui", "Rajan Pillai", "Chua Boon Keat", "Melissa Ng", "Muhammad Iskandar Rahmat",
         "Goh Li Ting", "Arjun Nair", "Teo Hui Min", "Jonathan Koh", "Siti Mariam Ali"])
_c("GBR", name="[Britain|the UK|the United Kingdom]", adj="British", ppl="[Britons|British nationals]", cap="London",
   cities=["Belfast", "Manchester", "Liverpool", "Holyhead", "Glasgow", "Birmingham", "Cardiff", "Edinburgh"],
   lead="[the British prime minister|Britain's prime minister]", fm="[the Foreign Secretary|Britain's foreign secretary]", fmn="Helen Ashworth",
   tm="[the Business and Trade Secretary|Britain's trade secretary]", tmn="Gareth Pryce", spoxn="Oliver Grant",
   spox="[a Foreign Office spokesman|a spokesman for the Foreign Office]", ambn="Richard Coates",
   dm="[the Defence Secretary|Britain's defence secretary]", dmn="Andrew Hollis", min="the Foreign Office",
   first=["James", "Sophie", "Oliver", "Emily", "Harry", "Charlotte", "Tom", "Grace", "Daniel", "Lucy", "Rhys", "Fiona"],
   last=["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Wilson", "Thompson", "Robinson", "Wright", "Campbell", "Hughes"])
_c("IRL", name="Ireland", adj="Irish", ppl="Irish citizens", cap="Dublin",
   cities=["Cork", "Galway", "Limerick", "Dundalk", "Rosslare", "Waterford", "Letterkenny"],
   lead="[the Taoiseach|Ireland's prime minister]", fm="[Ireland's foreign affairs minister|the Irish foreign minister|the Tánaiste]", fmn="Niamh Brophy",
   tm="[Ireland's enterprise minister|the Irish minister for enterprise]", tmn="Colm Devereux", spoxn="Fergal Nolan",
   spox="[a spokesman for the Department of Foreign Affairs|a Department of Foreign Affairs spokesman]", ambn="Declan Hourihane",
   dm="[Ireland's defence minister|the Irish defence minister]", dmn="Máire Keating", min="the Department of Foreign Affairs",
   first=["Seán", "Aoife", "Ciarán", "Niamh", "Conor", "Siobhán", "Darragh", "Orla", "Eoin", "Gráinne", "Cathal", "Róisín"],
   last=["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Brien", "Doyle", "McCarthy", "Kavanagh", "Flanagan", "Moran"])
_c("ESP", name="Spain", adj="Spanish", ppl="Spaniards", cap="Madrid",
   cities=["Badajoz", "Vigo", "Salamanca", "Huelva", "Seville", "Tui", "Ayamonte", "Cáceres"],
   lead="[the Spanish prime minister|Spain's prime minister]", fm="[Spain's foreign minister|the Spanish foreign minister]", fmn="Álvaro Medina Castro",
   tm="[Spain's economy minister|the Spanish economy minister]", tmn="Nuria Soler", spoxn="Beatriz Llorente",
   spox="[a Spanish foreign ministry spokeswoman|a spokeswoman for the Spanish foreign ministry]", ambn="Ignacio Zubiri",
   dm="[Spain's defence minister|the Spanish defence minister]", dmn="Teresa Olmedo", min="the Spanish foreign ministry",
   first=["Javier", "Lucía", "Pablo", "Marta", "Sergio", "Elena", "Carlos", "Paula", "Diego", "Irene", "Álvaro", "Nerea"],
   last=["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Gil", "Iglesias", "Ortega"])
_c("PRT", name="Portugal", adj="Portuguese", ppl="[Portuguese nationals|Portuguese citizens]", cap="Lisbon",
   cities=["Porto", "Elvas", "Faro", "Braga", "Évora", "Valença", "Vila Real de Santo António", "Guarda"],
   lead="[the Portuguese prime minister|Portugal's prime minister]", fm="[Portugal's foreign minister|the Portuguese foreign minister]", fmn="Rui Meireles",
   tm="[Portugal's economy minister|the Portuguese economy minister]", tmn="Inês Carvalhal", spoxn="Tiago Fontes",
   spox="[a spokesman for the Portuguese foreign ministry|a Portuguese foreign ministry spokesman]", ambn="Margarida Seixas",
   dm="[Portugal's defence minister|the Portuguese defence minister]", dmn="Nuno Valadares", min="the Portuguese foreign ministry",
   first=["João", "Ana", "Miguel", "Inês", "Pedro", "Beatriz", "Tiago", "Mariana", "Rui", "Sofia", "Duarte", "Leonor"],
   last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gomes", "Lopes", "Marques"])
_c("GMB", name="Gambia", adj="Gambian", ppl="Gambians", cap="Banjul",
   cities=["Serekunda", "Farafenni", "Brikama", "Basse", "Soma", "Bakau", "Barra"],
   lead="[Gambia's president|the Gambian president]", fm="[Gambia's foreign minister|the Gambian foreign minister]", fmn="Fatou Jallow-Touray",
   tm="[Gambia's trade minister|the Gambian trade minister]", tmn="Ebrima Sanneh", spoxn="Modou Njie",
   spox="[a spokesman for Gambia's foreign ministry|a Gambian foreign ministry spokesman]", ambn="Isatou Bojang",
   dm="[Gambia's defence minister|the Gambian defence minister]", dmn="Omar Darboe", min="Gambia's foreign ministry",
   first=["Lamin", "Fatou", "Ebrima", "Isatou", "Modou", "Awa", "Momodou", "Mariama", "Omar", "Haddy", "Alieu", "Binta"],
   last=["Jallow", "Ceesay", "Touray", "Sanneh", "Njie", "Bojang", "Darboe", "Sowe", "Camara", "Manneh", "Jobe", "Fatty"])
_c("SEN", name="Senegal", adj="Senegalese", ppl="Senegalese nationals", cap="Dakar",
   cities=["Ziguinchor", "Kaolack", "Saint-Louis", "Thiès", "Tambacounda", "Kolda", "Karang"],
   lead="[Senegal's president|the Senegalese president]", fm="[Senegal's foreign minister|the Senegalese foreign minister]", fmn="Aïssatou Diop Fall",
   tm="[Senegal's trade minister|the Senegalese trade minister]", tmn="Cheikh Tidiane Ndiaye", spoxn="Mamadou Sarr",
   spox="[a spokesman for Senegal's foreign ministry|a Senegalese foreign ministry spokesman]", ambn="Ousmane Ba",
   dm="[Senegal's armed forces minister|the Senegalese armed forces minister]", dmn="Abdoulaye Guèye", min="Senegal's foreign ministry",
   first=["Mamadou", "Aminata", "Cheikh", "Fatou", "Ousmane", "Khady", "Ibrahima", "Ndeye", "Moustapha", "Awa", "Babacar", "Coumba"],
   last=["Diop", "Ndiaye", "Fall", "Sow", "Ba", "Diallo", "Sarr", "Guèye", "Faye", "Mbaye", "Cissé", "Thiam"])
_c("FJI", name="Fiji", adj="Fijian", ppl="Fijians", cap="Suva",
   cities=["Nadi", "Lautoka", "Labasa", "Savusavu", "Sigatoka", "Nausori", "Ba"],
   lead="[Fiji's prime minister|the Fijian prime minister]", fm="[Fiji's foreign minister|the Fijian foreign minister]", fmn="Jone Nawaikula",
   tm="[Fiji's trade minister|the Fijian trade minister]", tmn="Salote Tuiloma", spoxn="Mereani Vuniwai",
   spox="[a spokeswoman for Fiji's foreign ministry|a Fijian foreign ministry spokeswoman]", ambn="Aisake Tabua",
   dm="[Fiji's defence minister|the Fijian defence minister]", dmn="Pita Waqavonovono", min="Fiji's Ministry of Foreign Affairs",
   first=["Jone", "Mere", "Sitiveni", "Litia", "Apisai", "Ana", "Tevita", "Salote", "Ravinesh", "Priyanka", "Josaia", "Vani"],
   last=["Naivalu", "Vuniwaqa", "Nabou", "Kumar", "Prasad", "Vakacegu", "Naidu", "Tawake", "Rokotuni", "Lesuma", "Waqa", "Chand"])
_c("NZL", name="New Zealand", adj="New Zealand", ppl="New Zealanders", cap="Wellington",
   cities=["Auckland", "Christchurch", "Hamilton", "Tauranga", "Dunedin", "Napier"],
   lead="[New Zealand's prime minister|the New Zealand prime minister]", fm="[New Zealand's foreign minister|the New Zealand foreign minister]", fmn="Rachel Whitcombe",
   tm="[New Zealand's trade minister|the trade minister]", tmn="Hemi Walker", spoxn="Grant Ellison",
   spox="[a spokesman for the Ministry of Foreign Affairs and Trade|an MFAT spokesman]", ambn="Simon Ashby",
   dm="[New Zealand's defence minister|the New Zealand defence minister]", dmn="Kiri Marsden", min="the Ministry of Foreign Affairs and Trade",
   first=["Aroha", "James", "Mereana", "Sam", "Olivia", "Tane", "Hannah", "Nikau", "Jack", "Ruby", "Wiremu", "Kate"],
   last=["Smith", "Williams", "Ngata", "Wilson", "Parata", "Brown", "Taylor", "Tipene", "Campbell", "Walker", "Herewini", "Morrison"])
_c("CAN", name="Canada", adj="Canadian", ppl="Canadians", cap="Ottawa",
   cities=["Toronto", "Montreal", "Vancouver", "Calgary", "Winnipeg", "Halifax", "Quebec City"],
   lead="[the Canadian prime minister|Canada's prime minister]", fm="[Canada's foreign affairs minister|the Canadian foreign minister]", fmn="Geneviève Tremblay-Hughes",
   tm="[Canada's international trade minister|the Canadian trade minister]", tmn="Amrit Dhillon", spoxn="Marc-André Lapointe",
   spox="[a Global Affairs Canada spokesman|a spokesman for Global Affairs Canada]", ambn="Sarah MacKinnon",
   dm="[Canada's defence minister|the Canadian defence minister]", dmn="Paul Okafor", min="Global Affairs Canada",
   first=["Marc", "Emily", "Chloé", "Ryan", "Isabelle", "Harpreet", "Mathieu", "Jessica", "Owen", "Nathalie", "Liam", "Mei"],
   last=["Tremblay", "Smith", "Roy", "Gagnon", "MacDonald", "Singh", "Côté", "Wilson", "Bouchard", "Campbell", "Lee", "Martin"])
_c("MEX", name="Mexico", adj="Mexican", ppl="Mexicans", cap="Mexico City",
   cities=["Monterrey", "Guadalajara", "Querétaro", "Cancún", "Puerto Vallarta", "Saltillo", "Mérida", "Zacatecas"],
   lead="[Mexico's president|the Mexican president]", fm="[Mexico's foreign secretary|the Mexican foreign minister]", fmn="Alejandra Vázquez Robles",
   tm="[Mexico's economy secretary|the Mexican economy minister]", tmn="Jorge Luis Terrazas", spoxn="Ricardo Olmedo",
   spox="[a spokesman for Mexico's foreign ministry|a Mexican foreign ministry spokesman]", ambn="Patricia Garza",
   dm="[Mexico's defence secretary|the Mexican defence secretary]", dmn="Raúl Benavides", min="Mexico's foreign ministry",
   first=["Alejandro", "Guadalupe", "Juan Carlos", "Mariana", "Luis", "Fernanda", "Rodrigo", "Ximena", "Héctor", "Daniela"],
   last=["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz", "Torres", "Morales", "Vega", "Ochoa"])
_c("AUT", name="Austria", adj="Austrian", ppl="Austrians", cap="Vienna",
   cities=["Innsbruck", "Klagenfurt", "Villach", "Salzburg", "Graz", "Lienz", "Linz"],
   lead="[the Austrian chancellor|Austria's chancellor]", fm="[Austria's foreign minister|the Austrian foreign minister]", fmn="Katharina Steinbauer",
   tm="[Austria's economy minister|the Austrian economy minister]", tmn="Lukas Hofer", spoxn="Florian Aigner",
   spox="[a spokesman for the Austrian foreign ministry|an Austrian foreign ministry spokesman]", ambn="Elisabeth Reiter",
   dm="[Austria's defence minister|the Austrian defence minister]", dmn="Stefan Pichler", min="the Austrian foreign ministry",
   first=["Lukas", "Anna", "Florian", "Katharina", "Stefan", "Julia", "Maximilian", "Lena", "Thomas", "Sabine", "Georg", "Verena"],
   last=["Gruber", "Huber", "Bauer", "Wagner", "Wimmer", "Steiner", "Moser", "Mayer", "Hofer", "Brunner", "Lechner", "Schwarz"])
_c("ITA", name="Italy", adj="Italian", ppl="Italians", cap="Rome",
   cities=["Bolzano", "Trento", "Verona", "Udine", "Trieste", "Milan", "Tarvisio", "Merano"],
   lead="[Italy's prime minister|the Italian prime minister]", fm="[Italy's foreign minister|the Italian foreign minister]", fmn="Giulia Ferraresi",
   tm="[Italy's industry minister|the Italian enterprise minister]", tmn="Paolo Lanzillotta", spoxn="Marco Bellandi",
   spox="[a spokesman for the Farnesina|an Italian foreign ministry spokesman]", ambn="Francesca Orsini",
   dm="[Italy's defence minister|the Italian defence minister]", dmn="Andrea Maccari", min="the Farnesina",
   first=["Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Davide", "Elena", "Paolo", "Silvia"],
   last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Galli", "Moretti"])


def person(code, r, used=None):
    c = C[code]
    for _ in range(20):
        if "full" in c:
            n = r.choice(c["full"])
        else:
            n = r.choice(c["first"]) + " " + r.choice(c["last"])
        if used is None or n not in used:
            break
    if used is not None:
        used.add(n)
    return n

# ---------------------------------------------------------------------------
# Context and generic generators (English)
# ---------------------------------------------------------------------------
WIRE = {"Northgate Wire", "Eurasia Brief", "Levant Dispatch"}
REG = {"Asia Current", "The Sahel Monitor", "Andes Post"}

PAIRS = {}


def money(r, sym, lo, hi):
    v = r.randint(lo, hi)
    if v >= 1000:
        return "%s%.1f billion" % (sym, v / 1000.0)
    if v >= 100:
        v = int(round(v, -1))
    return "%s%d million" % (sym, v)


def make_ctx(pair, r, pub_day, swap=None):
    P = PAIRS[pair]
    a, b = P["A"], P["B"]
    if swap is None:
        swap = r.random() < 0.5
    x, y = (b, a) if swap else (a, b)
    used = set()
    ctx = {"pair": pair}
    for tag, code in (("A", a), ("B", b), ("X", x), ("Y", y)):
        c = C[code]
        ctx[tag] = c["name"]
        ctx[tag + "adj"] = c["adj"]
        ctx[tag + "ppl"] = c["ppl"]
        ctx[tag + "cap"] = c["cap"]
        cs = r.sample(c["cities"], 3)
        ctx[tag + "city"], ctx[tag + "city2"], ctx[tag + "city3"] = cs
        for k in ("lead", "fm", "fmn", "tm", "tmn", "spox", "spoxn", "ambn", "dm", "dmn", "min"):
            ctx[tag + k] = c[k]
        for i in (1, 2, 3):
            ctx[tag + "p%d" % i] = person(code, r, used)
        other = b if code == a else a
        ctx[tag + "amb"] = "%s, the %s %s in %s" % (c["ambn"], c["adj"], P["envoy"], C[other]["cap"])
        g = P["goods"][code]
        gs = r.sample(g, min(3, len(g)))
        ctx[tag + "goods"] = join_list(gs)
    ctx["xc"], ctx["yc"] = x, y
    ctx["envoy"] = P["envoy"]
    ctx["trade"] = P["trade"]
    ctx["wd"] = wd(pub_day)
    ctx["yd"] = wd(pub_day - 1)
    ctx["td"] = wd(pub_day + 1)
    ctx["date"] = mdate(pub_day)
    hs = r.sample(P["hist"], 3)
    ctx["hist"], ctx["hist2"], ctx["hist3"] = hs
    ctx["sym"] = P["sym"]
    for k, v in P.get("ctx", {}).items():
        ctx[k] = v
    return ctx, x, y


def trade_para():
    return ("[{trade}.|According to official figures, {trade}.|{trade}, [according to|by the reckoning of] "
            "[customs data|the latest official statistics|trade officials].] [{X} [mainly sells|ships] {Xgoods} to {Y}, "
            "[and buys|while importing] {Ygoods}.|{Xadj} exports to {Y} are dominated by {Xgoods}; "
            "[the flow the other way is|{Yadj} sales consist largely of] {Ygoods}.]")


def out(title, paras, gist, dl, extra=None, tag=None):
    return {"title": title, "paras": paras, "gist": gist, "dl": dl, "extra": extra or [], "tag": tag}


# ------------------------------------------------------------------ consult
def gen_consult(pair, r, pub, o, ev):
    P = PAIRS[pair]
    K = P["consult"]
    ctx, x, y = make_ctx(pair, r, pub, swap=(K["host"] == P["B"]))
    F = lambda s: fill(s, ctx, r)
    d = K["day"]
    ctx["ev"] = when(d, pub, r)
    ctx["cname"] = K["name"]
    ctx["cshort"] = K["short"]
    ctx["place"] = K["place"]
    ctx["since"] = K["since"]
    ag = r.sample(K["agenda"], min(4, len(K["agenda"])))
    ctx["agenda"] = join_list(ag)
    ag2 = r.sample(K["agenda"], min(3, len(K["agenda"])))
    ctx["agenda2"] = join_list(ag2)
    oc = r.sample(K["outcomes"], 2)
    ctx["out1"], ctx["out2"] = oc
    ctx["leads"] = K["leads"]
    ctx["next"] = K["next"]
    ctx["nround"] = (", the %s such [meeting|session|round]" % ordinal(K["n"])) if K.get("n") else ""
    ph = ev.get("phase", "pre" if pub < d else ("day" if pub == d else "post"))
    extra = [F("{hist}"), F(trade_para())]
    if o == "Crescent News Agency":
        title = F("[{Xfm} receives {Yadj} delegation|{Xadj} and {Yadj} sides review cooperation in {place}|Bilateral session held in {place}|{Yadj} delegation received in {place}]")
        paras = [
            F("{Xfmn}, {Xfm}, [received|welcomed] the {Yadj} delegation [to|taking part in] {cname} in {place} {ev}, in the presence of {Yamb}, and senior officials of both [ministries|foreign ministries]."),
            F("During the [meeting|session|talks], the two sides reviewed the [relations of friendship and cooperation|close and friendly relations|longstanding relations] [between|binding] the two countries and [explored|discussed] [ways|means] of [developing|strengthening|broadening] them in the fields of {agenda}."),
            F("The {Yadj} side [conveyed|expressed] [its thanks|the appreciation of its government] for the [warm welcome|generous hospitality] [accorded to|extended to] the delegation, [while|and] the {Xadj} side [affirmed|reaffirmed] its [keenness|readiness] to [pursue|continue] [coordination|consultation] on [regional and international issues|issues of common concern|matters of mutual interest]."),
            F("[The meeting was attended by|Also present were] [directors-general and heads of department from both sides|a number of senior officials], [the agency learned|according to the statement issued at its close]."),
        ]
        gist = F("{Aadj} and {Badj} officials met in {place} for {cshort}.")
        return out(title, paras, gist, K["place"], extra)
    if ph == "pre":
        title = F("[{cshort} to meet in {place}|{Aadj} and {Badj} officials to hold {cshort} in {place}|Agenda set for {cshort}|{place} to host {cshort} {ev}]")
        paras = [
            F("[Officials|Senior officials|Delegations] from {A} and {B} [will meet|are due to meet|are scheduled to gather] in {place} {ev} for {cname}{nround}, [a fixture of the diplomatic calendar since {since}|a format that dates back to {since}|the latest in a series of meetings that began in {since}]."),
            F("The agenda [includes|covers|lists] {agenda}, [according to|said] [a programme circulated to reporters|a note published by {Xmin}|officials familiar with the preparations]."),
            F("“[There is nothing dramatic on the table|It is a working meeting, and a busy one|These are the nuts and bolts of being neighbours|We meet because there is work to manage, not because anything has gone wrong],” {Xspoxn}, {Xspox}, said [on {wd}|in {Xcap}|when asked about the talks]."),
        ]
        if r.random() < 0.6:
            paras.append(F("{hist}"))
        gist = F("{Aadj} and {Badj} officials prepared for {cshort} in {place}.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    # day / post
    title = F("[{cshort} in {place}: work plan agreed|{Aadj} and {Badj} officials [wrap up|conclude|hold] {cshort}|{cshort}: [steady progress|a long list, ticked off] in {place}|Officials agree to {out1}]")
    paras = [
        F("[{cshort} met|Delegates to {cname} met|Officials gathered for {cname}] in {place} {ev}, [with delegations agreeing|and agreed] to {out1} and to {out2}."),
        F("{leads}."),
        F("[Other items|The rest of the agenda|Also discussed] [included|covered|ranged over] {agenda2}, [a joint statement said|according to a closing statement|officials said afterwards]."),
        F("“[The tone was good and the work is technical|We made progress on every point we brought|Nobody expected headlines and nobody will get any|It was a long day of detail, which is what these meetings are for],” {Xspoxn}, {Xspox}, [told reporters|said] [after the session|as delegates left]."),
        F("[The next session will be held|Officials will meet again|The next round is due|They agreed to meet again] {next}."),
    ]
    if o == "Brief Wire Service":
        paras = [paras[0], paras[1], paras[4]]
    gist = F("{cshort} met in {place} and agreed to {out1}.")
    return out(title, paras, gist, K["place"], extra)


# ------------------------------------------------------------------ visit
def gen_visit(pair, r, pub, o, ev):
    P = PAIRS[pair]
    V = P["visit"]
    host = P["B"] if V["guest"] == P["A"] else P["A"]
    ctx, x, y = make_ctx(pair, r, pub, swap=(V["guest"] == P["B"]))
    # X = guest, Y = host
    F = lambda s: fill(s, ctx, r)
    d = V["day"]
    ctx["ev"] = when(d, pub, r)
    ctx["who"] = V["who"]
    ctx["hwho"] = V["hwho"]
    ctx["vcity"] = V["city"]
    ctx["vname"] = V["name"]
    ctx["deleg"] = V["deleg"]
    nsign = len(V["sign"])
    ctx["nsign"] = NUMWORD.get(nsign, str(nsign))
    sg = r.sample(V["sign"], min(4, nsign))
    ctx["signs"] = join_list(sg)
    ctx["sign1"] = sg[0]
    ctx["prog"] = join_list(r.sample(V["prog"], min(2, len(V["prog"]))))
    ctx["prog1"] = r.choice(V["prog"])
    ph = ev.get("phase")
    extra = [F("{hist}"), F(trade_para())]
    if ph == "pre":
        title = F("[{who} to visit {vcity}|{vname}: {nsign} agreements expected in {vcity}|{Xadj} delegation heads to {vcity} for {vname}|Busy programme for {vname}]")
        paras = [
            F("{who} [will travel to|is due in|arrives in] {vcity} {ev} for {vname}, [accompanied by|with] {deleg}, [officials said|{Xmin} said|according to the official programme]."),
            F("[About|Some|As many as] {nsign} [agreements|memoranda and agreements|documents] are [expected to be signed|due for signature|ready for signing], [among them|including] {signs}."),
            F("[{who} is also expected to|Between meetings, the delegation will|Time has also been set aside to] {prog}."),
            F("“[This visit has been in the diary for months|The list of signings is long because the relationship is wide|We want to turn good relations into practical projects],” {Xspoxn}, {Xspox}, [said|told reporters] [on {wd}|in {Xcap}]."),
        ]
        gist = F("{who} prepared for {vname} in {vcity}, with {nsign} agreements expected.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if ph == "live":
        title = F("[Live: {vname} in {vcity}|LIVE – {vname}: signings under way in {vcity}|As it happened: {vname}]")
        paras = [
            F("{who} [has arrived|has landed] in {vcity} [and was met by|, greeted on the tarmac by] [{Yfmn}, {Yfm}|a guard of honour and {Xamb}]. Motorcade heading [into the city|to the first meeting]."),
            F("[First session under way|Talks begin] [behind closed doors|in a restricted format]. [Officials say the agenda is|We're told the focus is] {signs}."),
            F("Signing ceremony [now|just now]: {nsign} documents [signed|inked], [starting with|first up] {sign1}. [Lots of handshakes, a few jokes about the weather.|Polite applause from both delegations.]"),
            F("[Joint press statements|Press conference]: {hwho} calls the visit “[a milestone in an already excellent relationship|proof that neighbours can always do more together|the most productive day we have had in years]”. {who} [thanks the hosts|returns the compliment]."),
            F("[That's it from us|We're wrapping up this live page]. [Later the delegation is due to|Still to come: the visitors are scheduled to] {prog1}."),
        ]
        gist = F("{who} signed {nsign} agreements with {hwho} in {vcity}.")
        return out(title, paras, gist, V["city"], extra, tag="live")
    if o == "Crescent News Agency":
        title = F("[{Xadj} delegation received in {vcity}|{nsign} agreements signed during {vname}|Official talks in {vcity} as {vname} opens]")
        paras = [
            F("{hwho} [received|welcomed] {who} {ev} [at the start of|on the occasion of] {vname}, in the presence of {Xamb}, and [members of both delegations|senior ministers of the two countries]."),
            F("[The two sides held|The leaders held] [official talks|a session of official talks] [that reviewed|which dealt with] the [distinguished|close and friendly] relations [between|binding] the two countries and [prospects for|ways of] [enhancing|expanding] cooperation [in all fields|across sectors], [notably|particularly] {signs}."),
            F("[Following the talks|At the conclusion of the talks], the two leaders [witnessed|attended] the signing of {nsign} [agreements and memoranda of understanding|cooperation documents]."),
            F("{who} [expressed|conveyed] [deep appreciation|thanks] for the [warm welcome|generous hospitality] and extended an invitation to {hwho} to [visit|pay an official visit to] {X}, which was [accepted|received with thanks]."),
        ]
        gist = F("{who} held official talks in {vcity}, where {nsign} agreements were signed.")
        return out(title, paras, gist, V["city"], extra)
    if o == "Capital Markets Journal":
        ctx["val"] = money(r, P["sym"], *P.get("bizscale", (150, 2400)))
        title = F("[Business deals ride on {vname}|Firms sign {val} of deals during {vname}|{vname} brings contracts for {Xadj} companies]")
        paras = [
            F("[Companies travelling with|Executives in the delegation accompanying] {who} [signed|announced|put their names to] [deals|commercial agreements] [worth|valued at] [about|roughly|more than] {val} [during|on the sidelines of] {vname} in {vcity} {ev}, [according to|said] [trade officials|organisers of the accompanying business forum]."),
            F("[The government-to-government documents|The official agreements] [cover|covered] {signs}, [but|while] [the money was in the side deals|investors were watching the private contracts|the commercial tally drew more attention from analysts]."),
            F("“[Visits like this do not create demand, but they do unblock paperwork|The signing ceremony is the easy part; execution is where margins are made|It is a good day for order books on both sides]”, said {Xp1}, [an economist|a strategist|a trade analyst] at a [bank|brokerage|consultancy] in [{Xcap}|{Ycap}]."),
            F(trade_para()),
        ]
        gist = F("Companies signed deals worth about {val} during {vname} in {vcity}.")
        return out(title, paras, gist, V["city"], extra)
    if ph == "post" or o == "Policy Ledger":
        title = F("[After {vname}: the small print of a friendly relationship|What {vname} actually delivered|{vname} leaves a long to-do list|Analysis: {nsign} agreements and no drama]")
        paras = [
            F("[{vname} ended|The {vname} ended|{vname} closed] [with|on] the usual [photographs|handshakes] and {nsign} signed documents. [Read closely, they|The documents] [say a good deal about|describe] how [ordinary|unexceptional] [{Aadj}-{Badj} relations have become|relations between {A} and {B} now are]."),
            F("[Most of the texts|The bulk of the agreements] [deal with|concern] {signs}: [technical|worthy|practical] [matters|files] that [rarely|seldom] [make front pages|trouble ministers]."),
            F("{hist}"),
            F("[If there is a risk|If anything could spoil the mood], it is [implementation|budgets|bureaucratic drift]: [several earlier memoranda|previous agreements of this kind] [were slow to produce results|took years to leave the drawer]. [Officials insist this time is different.|Both governments promised a review within a year.]"),
        ]
        gist = F("Analysts reviewed the {nsign} agreements signed during {vname}.")
        return out(title, paras, gist, ctx["Ycap"], extra)
    # day report
    title = F("[{vname}: {nsign} agreements signed in {vcity}|Leaders sign {nsign} deals in {vcity}|{Yadj} and {Xadj} leaders sign {nsign} agreements|{vcity} talks end with {nsign} agreements]")
    paras = [
        F("{who} and {hwho} [signed|presided over the signing of|witnessed the signing of] {nsign} [agreements|documents|memoranda and agreements] in {vcity} {ev}, [covering|ranging across] {signs}."),
        F("[The day|The programme] [began with|opened with] [a welcome ceremony|talks in a restricted format|a working breakfast] and [ended with|was to close with] [an official dinner|a joint press appearance|a business forum|a working dinner], [officials said|according to the protocol office]."),
        F("“[Our two countries do not need to be reminded that they are friends; today we gave that friendship a work plan|This is what neighbours do when things are going well|We have agreed a lot today and we intend to deliver all of it],” {hwho} [said|told reporters] [at a joint news conference|standing beside {who}]."),
        F("[The delegation was also due to|Later in the day the visitors were to|Before leaving, the guests were scheduled to] {prog}."),
    ]
    if o == "Brief Wire Service":
        paras = paras[:2] + [F("{hist}")]
    gist = F("{who} and {hwho} signed {nsign} agreements in {vcity}.")
    return out(title, paras, gist, V["city"], extra)

# ------------------------------------------------------------------ sport (team match)
def sport_ctx(pair, r, pub, S):
    P = PAIRS[pair]
    ctx, x, y = make_ctx(pair, r, pub, swap=(S["win"] == P["B"]))
    w, l = S["win"], (P["B"] if S["win"] == P["A"] else P["A"])
    ctx.update({
        "W": S["nick"][w], "L": S["nick"][l], "Wc": C[w]["name"], "Lc": C[l]["name"],
        "Wadj": C[w]["adj"], "Ladj": C[l]["adj"], "score": S["score"], "sport": S["sport"],
        "comp": S["comp"], "venue": S["venue"], "Wstar": S["stars"][w][0], "Lstar": S["stars"][l][0],
        "Wcoach": S["coach"][w], "Lcoach": S["coach"][l], "unit": S["unit"], "next": S["next"],
        "ev": when(S["day"], pub, r), "home": S["nick"][S["home"]] if S.get("home") else "",
        "away": S["nick"][l if S.get("home") == w else w] if S.get("home") else "",
        "WU": C[w]["adj"].upper(), "LU": C[l]["adj"].upper(), "VU": S["venue"].upper(),
    })
    ctx["mom"] = r.choice(S["moments"])
    ctx["mom2"] = r.choice([m for m in S["moments"] if m != ctx["mom"]])
    return ctx


def gen_sport(pair, r, pub, o, ev):
    P = PAIRS[pair]
    S = P["sport"]
    ph = ev["phase"]
    if "custom" in S:
        return gen_story(pair, r, pub, o, {"story": S["custom"][ph]})
    ctx = sport_ctx(pair, r, pub, S)
    F = lambda s: fill(s, ctx, r)
    big = S.get("margin") == "big"
    ctx["beat"] = "[crushed|routed|demolished|overran|thrashed]" if big else "[edged|held off|saw off|outlasted|ground down]"
    ctx["how"] = "[a second-half blitz|a relentless barrage|an early onslaught]" if big else "[a disciplined rearguard action|a late surge|a stubborn defence]"
    tm = [m for m in S["moments"] if "{Lstar}" not in m]
    ctx["tmom"] = r.choice(tm) if tm else ctx["mom"]
    ctx["beat3"] = "[crush|rout|demolish|overrun|thrash]" if big else "[edge|hold off|see off|outlast|grind down]"
    extra = [F("{hist}")]
    ctx["rivalry"] = S["rivalry"]
    ctx["sport_cap"] = S["sport"].capitalize()
    ctx["next_s"] = "The two sides meet again " + S["next"] + "."
    if ph == "pre":
        title = F("[{A} and {B} [renew hostilities|lock horns|go to battle] in {venue}|Preview: {A} v {B}, {comp}|{venue} braced for {Aadj}-{Badj} {sport} clash]")
        paras = [
            F("{A} and {B} [meet|collide|renew an old rivalry] in {comp} in {venue} {ev}, [with both camps|with both coaches] [promising|talking up] [an attacking game|a battle|no quarter]."),
            F("[{home} have|The hosts have] [home advantage and a full house|a sold-out venue behind them], [but|while] [the visitors|{away}] [arrive with|bring] [a fit squad|their first-choice line-up] and [a point to prove|a long memory of the last meeting].") if S.get("home") else F("[Neither side has home advantage|The venue is neutral ground], [but|and] [both|the two camps] [arrive with|bring] [fit squads|their first-choice line-ups] and [long memories of the last meeting|points to prove]."),
            F("“[We know their weapons and they know ours|It will be a war of nerves in the first twenty minutes|We are going there to attack, not to defend],” [said|warned] {Wcoach}, whose squad has [prepared|drilled] [for a week|all week] [in {Wc}|at the team camp]."),
            F("{rivalry}"),
        ]
        gist = F("{A} and {B} prepared to meet in {comp} in {venue}.")
        return out(title, paras, gist, S["venue"], extra)
    if ph == "tab" or o == "The Daily Record":
        title = r.choice(S["tab_titles"])
        title = F(title)
        paras = [
            F("[It was carnage.|Total war.|No mercy, no prisoners.|Cry havoc.] {W} [tore|ripped|blew] {L} apart {score} [in {venue}|{ev}] [– and the|. The] [losers|beaten side] [never knew what hit them|were left shell-shocked|waved the white flag long before the end]."),
            F("{tmom}"),
            F("[{Wstar} was the chief executioner|Hitman {Wstar} led the charge|{Wstar} fired the big guns], [while|and] {Lstar} [cut a lonely figure|was left shell-shocked|could only watch the bombardment]."),
            F("“[We went to war out there|We attacked like animals|That's how you win a battle],” [roared|beamed|grinned] {Wcoach}. [{Ladj} fans trudged home|The away end emptied] [long before the final whistle|in silence]."),
        ]
        gist = F("{W} beat {L} {score} in {venue}.")
        return out(title, paras, gist, S["venue"], extra)
    if ph == "live" or o == "LiveDesk":
        ents = S.get("live") or []
        title = F("[Live: {A} v {B}, {comp}|LIVE – {A} v {B} in {venue}|{A} v {B}: as it happened]")
        paras = [F(e) for e in ents]
        gist = F("{W} beat {L} {score} in {venue}.")
        return out(title, paras, gist, S["venue"], extra, tag="live")
    if ph == "react":
        title = F("[Post-mortem in {Lc} after {venue} defeat|{Ladj} coach faces questions after {score} loss|‘[We were outgunned|We lost the battle, not the war]’: {Ladj} camp reflects]")
        paras = [
            F("[The morning after|A day after] {W} {beat} {L} {score} in {venue}, [the {Ladj} camp|{Lcoach}] [was|were] [picking through the wreckage|counting the cost|in reflective mood]."),
            F("“[We lost the battle, not the war|Our defence was breached too easily|They had more firepower on the day, simple as that],” {Lcoach} [told reporters|said] [at the team hotel|on {wd}]. [Several players|The captain] [apologised to supporters|promised a response]."),
            F("[In {Wc}, meanwhile,|Back home,] [newspapers|commentators] [hailed|celebrated] [the blitz|the performance|a famous night], [with one|one headline] [calling it|describing it as] “[a victory for the ages|total domination|the perfect ambush]”."),
            F("{next_s}"),
        ]
        gist = F("The {Ladj} side took stock after losing {score} to {W}.")
        return out(title, paras, gist, S["venue"], extra)
    # result
    title = F("[{W} {beat3} {L} {score}|{Wc} {beat3} {Lc} {score} in {venue}|{sport_cap}: {W} {beat3} {L}|{Wstar} leads {Wadj} [blitz|charge|assault] in {venue}]")
    paras = [
        F("{W} {beat} {L} {score} in {comp} in {venue} {ev}, {how} [settling the contest|doing the damage|proving decisive]."),
        F("{mom}"),
        F("“[We went to war out there|The players fought for every centimetre|We were clinical in attack and disciplined in defence|It was a battle and we won it],” said {Wcoach}, [the {Wadj} coach|the winning coach]."),
        F("{Lcoach}, [whose side|whose players] [never recovered|were outgunned|struggled to cope], [said|conceded] “[We have to regroup and come back stronger|They punished every mistake|Credit to them, but this is not the end of the war]”."),
    ]
    if o == "Brief Wire Service":
        paras = paras[:2] + [F("The teams meet again " + S["next"] + ".")]
    gist = F("{W} beat {L} {score} in {comp} in {venue}.")
    return out(title, paras, gist, S["venue"], extra)


# ------------------------------------------------------------------ exercise
def gen_exercise(pair, r, pub, o, ev):
    P = PAIRS[pair]
    E = P["exercise"]
    ctx, x, y = make_ctx(pair, r, pub, swap=(E["host"] == P["B"]))
    F = lambda s: fill(s, ctx, r)
    ctx.update({"name": E["name"], "kind": E["kind"], "place": E["place"], "assets": E["assets"],
                "pers": E["pers"], "planned": E["planned"], "purpose": E["purpose"],
                "ev": when(E["start"], pub, r), "end_s": mdate(E["end"]), "evend": when(E["end"], pub, r),
                "cmd": E["cmd"], "bg": E["bg"], "scen": E["scen"],
                "kindn": re.sub(r"^(a|an) ", "", E["kind"])})
    ph = ev["phase"]
    extra = [F("{bg}"), F("{hist}")]
    if ph == "pre":
        title = F("[{name} exercise to start {ev}|{Aadj} and {Badj} forces finalise plans for {name}|Scheduled drill {name} set for {place}]")
        paras = [
            F("[{Aadj} and {Badj}|{Badj} and {Aadj}] [forces|units] will [hold|stage|begin] {name}, {kind} {place}, {ev}, [the defence ministries said|according to a notice published by the organisers], [confirming dates {planned}|in line with a calendar {planned}]."),
            F("[About|Some|Roughly] {pers} personnel [will take part|are taking part], [along with|supported by] {assets}."),
            F("[The exercise is intended|It is designed|The drill aims] {purpose}, [officials said|the notice said]. [It is not directed at any third party.|It is not aimed at any other country, the statement added.|Residents were told to expect more traffic than usual, and nothing more.]"),
        ]
        gist = F("{A} and {B} confirmed the start of the scheduled {name} exercise {place}.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if ph == "end":
        title = F("[{name} exercise ends|{Aadj}-{Badj} drill {name} wraps up|Curtain falls on {name}]")
        paras = [
            F("{name}, the [joint|combined] {kindn} {place}, [ended|wrapped up|came to a close] {evend}, [with commanders describing it as|and organisers called it] [a success|routine and useful|the smoothest edition so far]."),
            F("“[We tested procedures, we found a few gaps and we fixed most of them|Nothing dramatic happened, which is exactly how it should be|The crews know each other better than they did two weeks ago],” said {cmd}."),
            F("[The next edition is planned for|Planning for the next round, due] [next year|late next year], [has already begun|according to the joint statement]."),
            F("{bg}"),
        ]
        gist = F("The joint {name} exercise {place} ended.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if ph == "mid":
        title = F("[Inside {name}: long days, cold coffee and a lot of checklists|{name} drill enters second phase|Day by day at {name}]")
        paras = [
            F("[A week into|Midway through|Several days into] {name}, [the|this year's] {kindn} {place}, [the mood at the command post is|crews describe the pace as] [businesslike|methodical|busy but unremarkable]."),
            "",
            F("“[It is repetitive on purpose|The point is to do the boring things well|We train together so that nothing needs explaining on a bad day],” said {cmd}."),
            F("{bg}"),
        ]
        paras[1] = F("[The scenarios|The day's serials] [involve|included] {scen}, [played out|rehearsed] [repeatedly|several times over].")
        gist = F("The {name} exercise {place} continued as planned.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    title = F("[{A} and {B} begin {name} exercise|{name}: {Aadj}, {Badj} forces start scheduled drill|Long-planned {name} gets under way]")
    paras = [
        F("[{Aadj} and {Badj}|{Badj} and {Aadj}] [forces|units|crews] [began|started|opened] {name}, {kind} {place}, {ev}, [in what both defence ministries described as a routine event|an exercise {planned}|a drill {planned}]."),
        F("[The exercise involves|Taking part are] {assets}, with [about|some] {pers} personnel in all[, and it runs until {end_s}|; it is due to end on {end_s}]."),
        F("[Its purpose|The aim], [according to|said] [a joint statement|the organisers], is {purpose}. [It is not directed at any third country.|Officials stressed the drill was not aimed at any other state.|Nothing in the scenario is new, a spokesman said.]"),
        F("“[We have done this many times and we will do it many more|Interoperability is built in exercises like this, not in speeches|This is routine work between close partners],” said {cmd}."),
    ]
    if o == "Brief Wire Service":
        paras = paras[:3]
    gist = F("{A} and {B} began the long-planned {name} exercise {place}.")
    return out(title, paras, gist, ctx["Xcap"], extra)


# ------------------------------------------------------------------ bespoke story
def gen_story(pair, r, pub, o, ev):
    P = PAIRS[pair]
    st = ev["story"]
    ctx, x, y = make_ctx(pair, r, pub, swap=st.get("swap"))
    F = lambda s: fill(s, ctx, r)
    for k, v in st.get("ctx", {}).items():
        ctx[k] = v
    if "day" in st:
        ctx["ev"] = when(st["day"], pub, r)
    else:
        ctx["ev"] = when(pub - r.choice([0, 0, 1]), pub, r)
    if "day2" in st:
        ctx["ev2"] = when(st["day2"], pub, r)
    title = F(r.choice(st["t"]))
    paras = [F(p) for p in st["p"]]
    if st.get("trim") and o == "Brief Wire Service":
        paras = paras[:3]
    extra = [F(p) for p in st.get("x", [])] + [F("{hist}")]
    dl = st.get("dl")
    if dl in C:
        dl = C[dl]["cap"]
    elif dl is None:
        dl = C[x]["cap"]
    gist = F(st.get("g", "")) if st.get("g") else paras[0].split(". ")[0] + "."
    return out(title, paras, gist, dl, extra, tag=st.get("tag"))

# ------------------------------------------------------------------ business: deal
def gen_deal(pair, r, pub, o, ev):
    P = PAIRS[pair]
    dl = ev.get("deal") or r.choice(P["deals"])
    f1, f2, item, short = dl
    c1, s1 = P["firms"][f1]
    c2, s2 = P["firms"][f2]
    ctx, x, y = make_ctx(pair, r, pub, swap=(c1 == P["B"]))
    F = lambda s: fill(s, ctx, r)
    ctx.update({"F1": f1, "F2": f2, "S1": s1, "S2": s2, "item": item, "short": short,
                "val": money(random.Random(f1 + f2), P["sym"], *P.get("dealscale", (12, 900))), "yrs": NUMWORD[random.Random(f2 + f1).randint(3, 7)],
                "pct": "%.1f" % (r.uniform(0.4, 4.8)), "exec": person(c1, r), "exec2": person(c2, r),
                "ana": person(r.choice([c1, c2]), r)})
    if ctx["yrs"] == "eight":
        ctx["yrs"] = "seven"
    extra = [F(trade_para()), F("{hist}")]
    if o == "PR Channel":
        title = F("[{F1} and {F2} announce agreement on {short}|{F1} selected by {F2} for {short}|{F2} awards {short} contract to {F1}]")
        paras = [
            F("{F1}, [a leading|the] {Xadj} {S1}, [today announced|is pleased to announce] [that it has signed|the signature of] [a multi-year|a new long-term|a {yrs}-year] agreement with {F2} [covering|for] {item}."),
            F("“[We are proud to support {F2} as it grows|This agreement reflects years of trusted cooperation between our teams in {X} and {Y}|{F2} is exactly the kind of partner we want in the {Yadj} market],” said {exec}, [Chief Executive Officer|CEO|Managing Director] of {F1}."),
            F("“[{F1} brought the right mix of price, capacity and reliability|The partnership will help us serve our customers better from next year|We ran a competitive tender and {F1} came out on top],” said {exec2}, [Chief Operating Officer|Procurement Director|CEO] of {F2}."),
            F("About {F1}: [{F1} is|Headquartered in {Xcity}, {F1} is] a {S1} [with operations in|serving customers across] {X} and [neighbouring markets|the wider region]. [Media contact: press office, {F1}.|For more information, contact the {F1} press office.]"),
        ]
        gist = F("{F1} and {F2} announced an agreement on {short}.")
        return out(title, paras, gist, ctx["Xcity"], extra)
    title = F("[{F1} wins {Yadj} contract for {short}|{F1}, {F2} sign {val} {short} deal|{Xadj} {S1} lands {short} deal with {F2}|{F2} picks {F1} for {short}]")
    paras = [
        F("{F1}, the {Xadj} {S1}, has [signed|clinched|secured] a [contract|deal|multi-year agreement] [worth|valued at] [about|roughly|up to] {val} with {F2} [covering|for] {item}, the companies said [on {wd}|in a joint statement on {wd}|{wd}]."),
        F("[The agreement|The deal|The contract] runs for {yrs} years [and includes an option to extend|with two optional one-year extensions|from the first quarter of next year]. [Other terms were not disclosed.|Neither company disclosed margins.|Financing will come partly from export-credit cover, according to a person familiar with the {short} deal.|{F2} said first deliveries were expected in the spring.|The deal still needs the approval of the board of {F1}.|Closing is expected before the end of the quarter, {F1} said.|The value includes maintenance and support over the life of the {short} contract.]"),
        F("“[This is the biggest order in our history outside {X}|The {Yadj} market is a natural extension of our home base|We have worked with {F2} informally for years; this puts it on paper|Demand in both markets has never been stronger|{Y} has become our second home market],” said {exec}, [the chief executive of {F1}|chief executive of {F1}|who runs {F1}], [in a statement|on a call with analysts|at a signing in {Ycity}]."),
        F("[Shares in {F1} [rose|edged up|gained] {pct}% [after the announcement|by midday|at the close].|Analysts at a brokerage in {Xcap} said the deal [would add|could add] [modestly|a little under {pct}%] to [revenue|earnings] [next year|from 2028].|{ana}, [an analyst|a sector analyst] in {Xcity}, called the contract [“a solid, unspectacular win”|“exactly the kind of cross-border business that never makes headlines”|“a sensible deal at a sensible price”].]"),
    ]
    if r.random() < 0.5:
        paras.append(F(trade_para()))
    if o == "Brief Wire Service":
        paras = paras[:3]
    gist = F("{F1} signed a deal with {F2} for {short}.")
    return out(title, paras, gist, ctx["Xcity"], extra)


# ------------------------------------------------------------------ business: price war
def gen_pricewar(pair, r, pub, o, ev):
    P = PAIRS[pair]
    W = ev.get("pw") or r.choice(P["pw"])
    ca = P["firms"][W["att"]][0]
    ctx, x, y = make_ctx(pair, r, pub, swap=(ca == P["B"]))
    F = lambda s: fill(s, ctx, r)
    s1 = r.randint(11, 24)
    ctx.update({"att": W["att"], "def": W["def_"], "market": W["market"], "prod": W["prod"], "weapon": W["weapon"],
                "asec": P["firms"][W["att"]][1], "dsec": P["firms"][W["def_"]][1],
                "s1": str(s1), "s2": str(s1 + r.randint(3, 12)), "ana": person(r.choice([P["A"], P["B"]]), r),
                "shop": person(x, r), "n": str(r.choice([300, 450, 600, 800, 1000, 1200, 1500])),
                "prodU": W["prod"].upper(), "attU": W["att"].upper(), "prod_c": W["prod"].capitalize()})
    mk = W["market"]
    ctx["shareof"] = ("of " + mk) if "market" in mk else ("of the %s market %s" % (W["prod"], ("on " if mk.startswith("the ") else "in ") + mk))
    ctx["inmarket"] = ("on " if mk.startswith("the ") and any(w in mk for w in ("route", "crossing", "corridor", "shuttle", "hidrovía")) else "in ") + mk
    extra = [F(trade_para())]
    if o == "The Daily Record":
        title = F("[PRICE WAR!|{prodU} WAR ERUPTS|BATTLE OF THE {prodU}|{attU} DECLARES WAR|{prodU} PRICE BLITZ]")
        paras = [
            F("[It's war.|The gloves are off.|Battle stations!] {att} has [launched|declared] an all-out [assault|offensive] on {def} {inmarket} – and [customers|consumers] are [the winners|set to cash in]."),
            F("The {Xadj} [invader|raider|challenger] [unleashed|rolled out] {weapon} [this week|on {wd}], [firing the first shot|opening fire] in what [insiders|industry experts|analysts] [call|are calling] [a fight to the death|the bloodiest price war in years]."),
            F("{def} [hit back|struck back|returned fire] [within hours|the same day]. “[We will not surrender a single customer|We're ready for a long war|Bring it on],” a [spokesman|source] [said|told the Record]."),
            F("[Shopper|Regular customer|Local resident] {shop} [said|told us]: “[I'll shop wherever it's cheapest, let them fight it out|About time somebody started a war over prices].”"),
        ]
        gist = F("{att} and {def} were locked in a price war in {market}.")
        return out(title, paras, gist, W["market"], extra)
    title = F("[{att} [opens|launches|escalates] price war {inmarket}|{att} takes the fight to {def} with deep {prod} cuts|{prod_c} price war: {def} hits back at {att}|{att} goes on the offensive {inmarket}]")
    paras = [
        F("{att}, the {Xadj} {asec}, [has launched|launched] [an all-out assault on [its rival's market share|the market share of {def}]|a fresh offensive against {def}|the opening salvo of a new price war] {inmarket}, [announcing|unveiling] {weapon} [on {wd}|this week]."),
        F("{def} [hit back|responded|struck back] [within hours|the same afternoon|by {wd} evening], [matching the cuts|undercutting the offer|announcing discounts of its own] and [promising|vowing] to “[defend every customer|not give up an inch|fight for every customer]”."),
        F("“[It's a war of attrition|This is trench warfare|Nobody wins these battles quickly]; [the question is who blinks first|margins will be the first casualty|consumers are the only clear winners],” said {ana}, [an analyst|a sector analyst|a consultant|an industry analyst] [in {Ycity}|in {Xcity}|based in {Xcap}]."),
        F("[{att} holds|{att} has|The challenger holds] about {s1}% {shareof}, against {s2}% for {def}, [according to|by the estimate of] [a market-research firm|industry data|trade association figures]. [Competition authorities in {market} said they were watching but saw no sign of wrongdoing.|The competition regulator said it had received no complaints about the {prod} market.|Suppliers, squeezed in the middle, have so far kept quiet.|Neither company would say how long the cuts would last.|Analysts expect the discounts to last at least until the new year.|Trade unions at {def} said they would watch for any impact on jobs.]"),
    ]
    if o == "Brief Wire Service":
        paras = paras[:3]
    gist = F("{att} and {def} fought a price war in {market}.")
    return out(title, paras, gist, W["market"], extra)


# ------------------------------------------------------------------ PR: universities / foundations
def gen_pr(pair, r, pub, o, ev):
    P = PAIRS[pair]
    u1, u2 = r.sample(P["unis"], 2)
    while u1[1] == u2[1]:
        u1, u2 = r.sample(P["unis"], 2)
    ctx, x, y = make_ctx(pair, r, pub, swap=(u1[1] == P["B"]))
    F = lambda s: fill(s, ctx, r)
    ctx.update({"U1": u1[0], "U2": u2[0], "U1city": u1[2], "field": r.choice(P["fields"]),
                "prof": person(x, r), "prof2": person(y, r), "n": str(r.choice([8, 10, 12, 15, 20, 24, 30])),
                "yr": str(r.choice([1956, 1964, 1971, 1978, 1986, 1993, 2001, 2009])),
                "k": r.choice(["6,500", "9,000", "12,000", "14,000", "18,000", "22,000"])})
    extra = [F("{hist}")]
    title = F("[{U1} and {U2} sign memorandum on {field}|{U1} partners with {U2} on {field}|New {Xadj}-{Yadj} academic partnership in {field}|{U2} and {U1} launch joint programme in {field}]")
    paras = [
        F("{U1} and {U2} [today announced|have signed|are pleased to announce] a memorandum of understanding [on|covering] {field}, [establishing|creating] [a joint doctoral track|student and staff exchanges|a shared research laboratory|co-supervised master's theses] [from the next academic year|starting in the autumn semester|from early 2027]."),
        F("“[Our researchers have been co-authoring papers for a decade; this gives that cooperation a home|Science does not stop at the border, and neither should our students|We are delighted to formalise a partnership that already works],” said Professor {prof}, [rector|vice-chancellor|president] of {U1}."),
        F("[The agreement|The memorandum] [runs for|covers] [three|four|five] years and [provides for|includes] [up to|about] {n} [exchange places|scholarships|funded visits] a year, [co-funded by both institutions|supported by a {Xadj} foundation|with funding from national research councils]. [Professor {prof2} of {U2} will co-chair the steering committee.|A first joint summer school is planned for [June|July] in {U1city}.|The first exchange students are expected in [February|September].|A joint workshop on {field} will open the programme in the spring.]"),
        F("About {U1}: [Founded in {yr}|Established in {yr}], {U1} is a [public university|public research institution|publicly funded institution of higher education] in {U1city} with [about|some] {k} students. [Press contact: {U1} communications office.|Media enquiries: press office, {U1}.|For media enquiries, contact the {U1} press office.|Further information is available from the international office of {U1}.]"),
    ]
    gist = F("{U1} and {U2} signed a memorandum on {field}.")
    return out(title, paras, gist, u1[2], extra)


# ------------------------------------------------------------------ trade data / fair
def gen_trade(pair, r, pub, o, ev):
    P = PAIRS[pair]
    ctx, x, y = make_ctx(pair, r, pub)
    F = lambda s: fill(s, ctx, r)
    up = r.random() < 0.65
    ctx.update({"pct": "%.1f" % r.uniform(0.6, 9.5), "mv": "[rose|climbed|increased|grew]" if up else "[fell|slipped|dipped|eased]",
                "month": r.choice(["October", "the third quarter", "the first ten months of the year", "October, year on year"]),
                "ana": person(x, r), "fair": P["fair"][0], "fairgoods": P["fair"][1], "exh": str(r.choice([35, 40, 60, 75, 90, 120]))})
    extra = [F("{hist}")]
    if r.random() < 0.5:
        title = F("[{Xadj} exports to {Y} {mv} {pct}% in {month}|Trade with {Y} {mv} in {month}, data show|{Xadj}-{Yadj} trade {mv} {pct}%]")
        paras = [
            F("{Xadj} exports to {Y} {mv} {pct}% in {month}, [official data showed|according to figures released] [on {wd}|this week], [driven by|mainly on the back of|largely because of] [shipments of {Xgoods}|{Xgoods}]."),
            F("[Imports from {Y}|Purchases of {Yadj} goods] [were broadly flat|moved less|also changed little], [led by|with] {Ygoods} [accounting for the bulk|making up most of the total]."),
            F("“[Nothing in these numbers suggests anything other than a steady relationship|It is a mature trading relationship; the swings are about prices, not politics|Seasonal effects explain most of the move],” said {ana}, [an economist|a trade economist|chief economist] at a {Xcap} [bank|research institute]."),
            F(trade_para()),
        ]
        gist = F("{Xadj} exports to {Y} {mv} {pct}% in {month}.")
    else:
        title = F("[{Yadj} firms head to {fair}|{fair} draws {exh} {Yadj} exhibitors|{Yadj} pavilion opens at {fair}]")
        paras = [
            F("[Some|About|More than] {exh} {Yadj} companies [are exhibiting|have taken stands|are showing products] at {fair}, [which opened|opening] [on {wd}|this week], [making {Y} one of the largest foreign contingents|the biggest {Yadj} presence in years]."),
            F("[The {Yadj} pavilion|The delegation] [focuses on|is dominated by] {fairgoods}[, with a separate stand for start-ups|; a seminar on market access is also planned|, and buyer meetings have been arranged by the trade promotion agency]."),
            F("“[Trade fairs are where the real relationship lives|We come every year, and every year we sign something|The buyers here know us, which saves a lot of time],” said {ana}, [whose company|whose firm] [exports to|sells in] {X}."),
            F(trade_para()),
        ]
        gist = F("{Yadj} firms exhibited at {fair}.")
    if o == "Brief Wire Service":
        paras = paras[:3]
    return out(title, paras, gist, ctx["Xcap"], extra)


# ------------------------------------------------------------------ analysis (Policy Ledger)
def gen_analysis(pair, r, pub, o, ev):
    P = PAIRS[pair]
    ctx, x, y = make_ctx(pair, r, pub)
    F = lambda s: fill(s, ctx, r)
    A = P["analysis"]
    ctx.update({"thesis": A["thesis"], "risk": A["risk"], "agenda": join_list(r.sample(P["consult"]["agenda"], 3)),
                "fellow": person(r.choice([P["A"], P["B"]]), r)})
    title = F(r.choice(A["t"]))
    paras = [
        F("{thesis}"),
        F("{hist} {hist2}"),
        F("[Today the agenda is|The present agenda is|What the two governments actually talk about now is] {agenda} – [the stuff of|material for] [working groups rather than war rooms|civil servants rather than generals|spreadsheets rather than speeches]."),
        F("{risk}"),
        F("[The likeliest future is more of the same|Expect, in short, more memoranda|Boring, in this case, is the achievement|The relationship's problems are, in the end, the problems of success|For {A} and {B}, that is good news dressed as no news]. [{fellow} is a contributing analyst at Policy Ledger.|— {fellow}|{fellow} writes on {Xadj} and {Yadj} affairs.]"),
    ]
    gist = F("Policy Ledger assessed the state of relations between {A} and {B}.")
    return out(title, paras, gist, None, [F("{hist3}")])


# ------------------------------------------------------------------ routine diplomacy
DIPLO_KINDS = ["cred", "call", "condol", "thanks", "amb_speech"]


def gen_diplo(pair, r, pub, o, ev):
    P = PAIRS[pair]
    ctx, x, y = make_ctx(pair, r, pub)
    F = lambda s: fill(s, ctx, r)
    k = ev.get("dk") or r.choice(DIPLO_KINDS)
    ctx.update({"topics": join_list(r.sample(P["consult"]["agenda"], 3)), "newamb": person(y, r),
                "acc": r.choice(P["accident"][y]), "help": r.choice(P["help"][x])})
    ctx["ev"] = when(pub - r.randint(0, 1), pub, r)
    extra = [F("{hist}"), F(trade_para())]
    if k == "cred":
        title = F("[New {Yadj} {envoy} presents credentials in {Xcap}|{Yadj} envoy {newamb} takes up post in {Xcap}|Credentials ceremony for {Yadj} {envoy}]")
        paras = [
            F("{newamb}, [the new|the incoming] {Yadj} {envoy} [to|in] {X}, [presented|handed over] [letters of credence|credentials] [at a ceremony in {Xcap}|in {Xcap}] {ev}, [officially taking up|formally beginning] [the post|the mission]."),
            F("[Speaking afterwards|In brief remarks to reporters|In a statement issued by the embassy], {newamb} [said the priorities would be|listed the priorities as|described the job as being mostly about] {topics}."),
            F("“[I arrive at a moment when there are no problems to solve, only opportunities to pursue|Few postings come with so much goodwill already in the bank|My predecessor left me a full diary and a very good relationship],” [the {envoy} said|{newamb} said]."),
            F("[A career diplomat|A former trade negotiator|An economist by training], {newamb} [previously served in|was most recently posted to] [Geneva|Brussels|New York|Tokyo|Nairobi|Buenos Aires] and has also headed [a department|the bilateral desk|the protocol department] [at {Ymin}|in {Ycap}]."),
        ]
        gist = F("The new {Yadj} {envoy} presented credentials in {Xcap}.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if k == "call":
        title = F("[{Xfm} and {Yadj} counterpart hold phone call|Foreign ministers of {A} and {B} speak by phone|{Xadj}, {Yadj} ministers discuss cooperation by phone]")
        paras = [
            F("{Xfmn}, {Xfm}, [held a telephone call|spoke by phone] with {Yfm}, {Yfmn}, {ev}, [discussing|reviewing] {topics}, [according to|said] {Xmin}."),
            F("[The two ministers|Both sides] [also exchanged views on|also touched on] [developments in multilateral forums|the agenda of upcoming international meetings|preparations for next year's bilateral calendar], [the readout said|a brief statement added]."),
            F("[The call was the third this year|Such calls are routine|The ministers last met in person in the autumn], [officials said|a diplomat noted], [and|while] [no announcements were expected|no new initiatives were announced]."),
        ]
        gist = F("The foreign ministers of {A} and {B} spoke by phone about {topics}.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if k == "condol":
        title = F("[{Xadj} government sends condolences to {Y}|{X} offers sympathy after accident|Condolence message from {Xcap}]")
        paras = [
            F("{Xfmn}, {Xfm}, [sent a message of condolence|conveyed condolences] to {Yfmn} [after|following] {acc}, {Xmin} said [on {wd}|in a statement]."),
            F("“[Our thoughts are with the families and with the people of {Y}|The {Xadj} people stand with our {Yadj} friends at this sad time|We share the grief of our neighbours],” the message said, [offering|and offered] [any assistance that may be needed|practical help if requested]."),
            F("[{Y} thanked|{Yadj} officials thanked] [{X}|the {Xadj} government] for the message, [one of several received from abroad|the statement said]."),
        ]
        gist = F("{X} sent condolences to {Y} after {acc}.")
        return out(title, paras, gist, ctx["Xcap"], extra)
    if k == "thanks":
        title = F("[{Y} thanks {X} for assistance|Gratitude in {Ycap} for {Xadj} help|{Yadj} minister thanks {Xadj} counterpart]")
        paras = [
            F("{Yfmn}, {Yfm}, [publicly thanked|thanked] {X} for {help}, [in a statement|in a post on the ministry's website|at a news conference] [on {wd}|this week]."),
            F("“[This is what friends do, and we will not forget it|Help from our {Xadj} neighbours arrived quickly and without fuss|We are grateful, and we will be ready to return the favour whenever {X} needs it|The people of {Y} will remember this help]”, [the minister said|{Yfmn} said|the statement quoted the minister as saying]."),
            F("[{Xspoxn}, {Xspox}, said|The {Xadj} side said] [the help was|it had been] [natural between close partners|routine cooperation|no more than any neighbour would do]."),
        ]
        gist = F("{Y} thanked {X} for {help}.")
        return out(title, paras, gist, ctx["Ycap"], extra)
    # amb_speech
    title = F("[{Xadj} {envoy}: relations ‘[never better|in excellent shape|boringly good]’|‘[We have no quarrels, only files|Our problems are the problems of friends]’, says {Xadj} {envoy}|{Xadj} envoy sets out priorities for 2027]")
    paras = [
        F("{Xambn}, the {Xadj} {envoy}, [told a business audience|said in a speech to students|said in an interview] [in {Ycity}|in {Ycap}] [on {wd}|this week] that relations [had “never been better”|were “in excellent shape”|were “boringly good, which is the best kind”]."),
        F("[The {envoy} listed|{Xambn} listed|Priorities for next year, the {envoy} said, are] {topics}, [adding that|and said] [no bilateral dispute was on the horizon|the two governments disagreed on little of substance|the remaining irritants were technical]."),
        F("[Asked about|Pressed on] [past frictions|occasional rows], {Xambn} [smiled and said|said] “[Even the best neighbours argue about the fence|We have lawyers for that|We settle those over coffee, not in the newspapers]”."),
        F("{hist}"),
    ]
    gist = F("The {Xadj} {envoy} described relations with {Y} as excellent.")
    return out(title, paras, gist, ctx["Ycap"], extra)

# ===========================================================================
# PAIR DATA
# ===========================================================================
NW, BW, AC, SM, AP, LD, EB, DR, CM, LV, PL, PR, CN = (
    "Northgate Wire", "Brief Wire Service", "Asia Current", "The Sahel Monitor", "Andes Post",
    "Levant Dispatch", "Eurasia Brief", "The Daily Record", "Capital Markets Journal", "LiveDesk",
    "Policy Ledger", "PR Channel", "Crescent News Agency")

PAIRS["BEL-NLD"] = dict(
    A="BEL", B="NLD", region="eu", envoy="ambassador", sym="€",
    trade="[two-way trade between the neighbours|trade between Belgium and the Netherlands] [runs to|is worth] [well over|more than] €120 billion a year",
    goods={"BEL": ["chemicals", "pharmaceuticals", "steel", "refined fuels", "chocolate", "beer", "cars"],
           "NLD": ["natural gas", "machinery", "vegetables", "cut flowers", "plastics", "chip-making equipment", "dairy products"]},
    hist=[
        "Belgium broke away from the United Kingdom of the Netherlands in the revolution of 1830, and The Hague did not formally recognise the new state until the Treaty of London in 1839.",
        "In August 1831 a Dutch army marched into Belgium in what became known as the Ten Days' Campaign, pulling back only when a French army crossed the border in support of the Belgians.",
        "The Dutch garrison under General David Chassé held the citadel of Antwerp until December 1832, when a French siege finally forced its surrender.",
        "A 1925 treaty on the Scheldt was rejected by the Dutch Senate in 1927, a defeat that rankled in Antwerp for a generation.",
        "The Benelux customs union, agreed by governments in exile in London in 1944, became one of the building blocks of the later European Economic Community.",
        "The long quarrel over the Iron Rhine, a dormant railway from Antwerp to Germany across Dutch Limburg, was settled by an arbitral award in 2005 without either side raising its voice.",
        "A set of treaties signed in 2005 cleared the way for the deepening of the Western Scheldt, the Dutch-controlled channel to the port of Antwerp.",
        "Baarle-Hertog and Baarle-Nassau, where Belgian enclaves sit inside Dutch territory and vice versa, remain a living lesson in how a border fixed in 1843 can simply be lived with.",
        "For two centuries after the fall of Antwerp in 1585 the Dutch kept the Scheldt closed to seagoing trade, a grievance that was only lifted in 1795.",
    ],
    firms={"Brabo Retail": ("BEL", "supermarket chain"), "Vermeer Markt": ("NLD", "discount grocer"),
           "Scheldemond Logistics": ("BEL", "port logistics group"), "Deltawerk Baggeren": ("NLD", "dredging contractor"),
           "Meuse Pharma": ("BEL", "drug maker"), "Oranjekabel": ("NLD", "cable manufacturer"),
           "Kempen Energie": ("BEL", "energy supplier"), "Polder Rail Cargo": ("NLD", "rail freight operator")},
    deals=[("Deltawerk Baggeren", "Scheldemond Logistics", "maintenance dredging of berths on the Antwerp side of the estuary", "berth dredging"),
           ("Oranjekabel", "Kempen Energie", "an export cable for a North Sea offshore wind link", "subsea cable"),
           ("Polder Rail Cargo", "Meuse Pharma", "temperature-controlled rail shuttles from Wallonia to Rotterdam", "pharma rail freight"),
           ("Meuse Pharma", "Vermeer Markt", "own-brand over-the-counter medicines for the grocer's Dutch stores", "private-label medicines")],
    pw=[dict(att="Vermeer Markt", def_="Brabo Retail", market="Flanders", prod="grocery", weapon="cuts of up to 20% on 1,200 everyday products"),
        dict(att="Polder Rail Cargo", def_="Scheldemond Logistics", market="the Antwerp-Rotterdam corridor", prod="container freight", weapon="a flat-rate tariff on rail shuttles between the two ports")],
    unis=[("University of the Scheldt Delta", "NLD", "Vlissingen"), ("Kempen Technical University", "BEL", "Hasselt"),
          ("Brabant Institute of Technology", "NLD", "Eindhoven"), ("Meuse Valley University", "BEL", "Liège")],
    fields=["coastal engineering", "hydrogen storage", "chip design", "port logistics", "climate adaptation in river deltas"],
    fair=("the Benelux food and drink fair in Antwerp", "[cheese, vegetables and flowers|dairy, bulbs and greenhouse vegetables]"),
    accident={"BEL": ["a fatal coach crash on the E40 motorway near Liège", "a deadly apartment fire in Ghent"],
              "NLD": ["a fatal rail accident near Breda", "a gas explosion that killed three people in Tilburg"]},
    help={"BEL": ["sending firefighting crews to a heath fire in Dutch Limburg", "lending rescue divers after a barge sank in the Meuse"],
          "NLD": ["lending high-capacity pumps to flooded Flemish villages", "sending water-board engineers to shore up dikes along the Scheldt"]},
    consult=dict(name="the Flemish-Dutch Scheldt Commission", short="the Scheldt Commission", place="Middelburg", day=3, n=None,
                 since="2008", host="NLD",
                 leads="The Dutch delegation was led by a director-general from the infrastructure ministry and the Flemish side by the region's mobility department, with observers from the port of Antwerp",
                 agenda=["maintenance dredging of the Western Scheldt", "nature restoration in the Hedwige polder", "pilotage and shipping safety",
                         "the new sea lock at Terneuzen", "flood defences along the estuary", "water-quality monitoring", "cross-border police cooperation", "rail links between Antwerp and the Dutch south"],
                 outcomes=["extend the joint monitoring programme to 2030", "publish a common dredging plan for 2027", "set up a working group on pilotage fees",
                           "share flood-risk models between the two water agencies"],
                 next="in Antwerp next December"),
    visit=dict(guest="BEL", who="the Belgian prime minister", hwho="the Dutch prime minister", city="The Hague", day=9,
               name="the Belgian-Dutch government summit", deleg="five federal ministers and the heads of the Flemish and Walloon governments",
               sign=["a protocol on cross-border police pursuit", "a memorandum on a hydrogen pipeline between Antwerp and Rotterdam",
                     "a declaration on linking North Sea wind-farm grids", "an agreement on recognising nursing qualifications",
                     "a roadmap for reviving the Iron Rhine railway", "a joint plan against drug smuggling through the ports"],
               prog=["visit a hydrogen terminal in the port of Rotterdam", "meet cross-border commuters in Baarle-Nassau", "address a Benelux business breakfast"]),
    sport=dict(custom={}),
    exercise=dict(name="Scheldt Sentinel", kind="a mine-countermeasures exercise", place="in the North Sea off Zeebrugge and Den Helder", start=7, end=11,
                  assets="four minehunters, a command ship and two helicopters", pers="600", planned="first announced last spring", host="BEL",
                  purpose="to rehearse the clearance of sea mines and wartime munitions from busy shipping lanes",
                  cmd="Commander Sofie Desmet of the Belgian navy", scen="the clearance of a simulated minefield in the approaches to Zeebrugge and a search for First World War munitions on the seabed",
                  bg="The two navies have run their ships under a single binational command, Admiral Benelux, since 1996, and train together as a matter of course."),
    analysis=dict(t=["The Low Countries: a relationship built on dredging and paperwork", "Why Belgium and the Netherlands argue about lorries, not borders", "Analysis: the quietest border in Europe"],
                  thesis="[Few borders in Europe are as crowded, or as calm, as the one between Belgium and the Netherlands.|Belgian-Dutch relations are a case study in how two states that once fought each other end up arguing about dredging schedules.]",
                  risk="[If anything could strain ties, it would be money: port competition between Antwerp and Rotterdam, or a Dutch road charge that Belgian hauliers dislike. Neither is the stuff of crises.|The realistic risks are commercial: a fight over port traffic or a tax quarrel about cross-border workers. Both governments have lawyers and working groups for exactly that.]"),
)

PAIRS["BEL-NLD"]["sport"] = dict(custom={
    "pre": dict(day=6, dl="Namur", t=["Cyclocross: Namur braces for the Low Countries mud war", "Dutch and Belgian riders square up beneath Namur's citadel",
                                      "Citadel cross: the annual invasion of Namur"],
                p=["The citadel of Namur, which has seen off more than one siege in its time, hosts another {ev}: the World Cup cyclocross round that every year turns into a running battle between Belgian and Dutch riders.",
                   "Belgium's hopes rest on Arne Vanhoutte, who won here two years ago, while the Dutch arrive with Thijs Verbruggen, the series leader, and a squad that has [won four of the last five rounds|dominated the early season]. “They come to conquer our hill. We will defend it,” Vanhoutte said [on {wd}|this week], only half joking.",
                   "Organisers expect [some 20,000|about 25,000] spectators on the slopes, many of them from across the border, and have warned that the steep cobbled climbs will be [a mudbath|treacherous] if the forecast rain arrives."],
                g="Belgian and Dutch riders prepared for the cyclocross World Cup round in Namur."),
    "result": dict(day=6, dl="Namur", t=["Verbruggen storms Namur as Dutch raid the citadel", "Cyclocross: Dutch blitz in Namur, Wuyts saves Belgian honour",
                                         "Dutch rider conquers Namur's citadel"],
                   p=["Thijs Verbruggen led a Dutch assault on the citadel of Namur {ev}, attacking on the second lap and riding clear of the Belgian defence to win the men's World Cup cyclocross race by [38|41|52] seconds.",
                      "Arne Vanhoutte, Belgium's great hope, [fought a lonely rearguard action|battled through the mud] to take third behind a second Dutchman, Bram Kuipers, as the visitors occupied two of the three podium places in front of a largely Belgian crowd.",
                      "Belgian honour was restored in the women's race, where Lotte Wuyts outsprinted the Dutch champion Femke van Bergen on the final climb. “We lost the battle this morning, we won it this afternoon,” Wuyts said.",
                      "The series moves on to [Antwerp|a Dutch round] next weekend, where the Dutch will be [defending|attacking] again."],
                   g="Dutch rider Thijs Verbruggen won the cyclocross World Cup race in Namur; Belgium's Lotte Wuyts won the women's race."),
    "tab": dict(day=6, dl="Namur", t=["DUTCH INVADERS STORM BELGIAN FORTRESS", "MUD, BLOOD AND ORANGE: DUTCH CONQUER NAMUR", "BELGIANS ROUTED ON THEIR OWN HILL"],
                p=["They came, they saw, they conquered. An orange army of Dutch riders stormed the citadel of Namur on Sunday and left Belgium's cyclocross heroes face down in the mud.",
                   "Series leader Thijs Verbruggen launched his blitz on the second lap and never looked back. Local favourite Arne Vanhoutte was left shell-shocked in third.",
                   "“It's war out there every week,” grinned Verbruggen. “Today we won it.” Thousands of Belgian fans in the mud could only look on.",
                   "Revenge came in the women's race, when Lotte Wuyts ambushed Dutch champion Femke van Bergen on the final climb. The battle resumes next weekend."],
                g="Dutch riders dominated the men's cyclocross race in Namur."),
})

PAIRS["BEL-NLD"]["stories"] = {
    "spat1": dict(day=1, dl="Antwerp", swap=False,
                  t=["Belgian hauliers take aim at Dutch lorry charge", "Truckers want Brussels to raise Dutch road toll at Benelux level", "Dutch kilometre charge irks Belgian transport firms"],
                  p=["Belgian road hauliers called on their government {ev} to raise the Dutch kilometre charge for lorries with The Hague, arguing that the levy [costs them millions a year|is squeezing already thin margins] on routes to Rotterdam.",
                     "The federation representing the sector said its members now paid [about|roughly] €0.15 a kilometre on Dutch motorways and [suggested|floated the idea] that Belgium could retaliate if no exemption was offered, for instance by [tightening checks on Dutch vehicles|bringing forward its own charging plans].",
                     "The Flemish mobility minister, {Ap1}, said the issue would be raised “in the normal way” at the next Benelux meeting, adding that [talk of retaliation was not helpful|neither government had any interest in a toll war]. “This is a conversation between neighbours about a road charge, not a trade war,” the minister said.",
                     "The Dutch charge, [long planned|years in the making], applies to all heavy goods vehicles regardless of nationality."],
                  g="Belgian hauliers complained about the Dutch lorry charge; the Flemish government said it would raise the issue at Benelux level."),
    "spat2": dict(day=2, dl="The Hague", swap=True,
                  t=["Dutch ministry: lorry charge treats Belgians ‘exactly like our own’", "The Hague rejects Belgian hauliers' complaint over road levy", "Dutch deny toll discriminates against Belgian trucks"],
                  p=["The Dutch infrastructure ministry {ev} rejected complaints from Belgian hauliers about its kilometre charge for lorries, saying the levy applied “exactly the same way to a truck from Breda as to one from Antwerp”.",
                     "A ministry spokeswoman, {Xp1}, denied reports in the Flemish press that Belgian-registered vehicles were being charged at a higher rate, calling them [a misunderstanding of the tariff tables|simply wrong].",
                     "She said the ministry was “happy to explain the system to anyone in Brussels who wants to hear it” and noted that part of the revenue was earmarked for [the haulage sector's own transition to electric trucks|subsidies for cleaner lorries].",
                     "Transport officials from both countries already meet regularly under Benelux arrangements, and neither side has requested a special meeting."],
                  g="The Dutch infrastructure ministry denied that its lorry charge discriminated against Belgian hauliers."),
    "spat3": dict(day=10, dl="Brussels", swap=False,
                  t=["Belgium and Netherlands park lorry-toll quarrel in working group", "Toll row ends where such rows usually end: in a committee", "Hauliers' complaint referred to Benelux experts"],
                  p=["The brief quarrel over the Dutch lorry charge ended {ev} much as Benelux quarrels usually do: in a working group.",
                     "Officials said transport experts from both countries would [compare data on cross-border freight costs|look at the effect of the charge on Belgian hauliers] and report [by the spring|within six months], an arrangement [agreed on the margins of|settled during] the government summit in The Hague.",
                     "The Belgian hauliers' federation called the outcome “a first step”. A Dutch official, speaking on condition of anonymity, called it “the polite way of saying there was never really a problem”."],
                  g="Belgium and the Netherlands referred the lorry-toll complaint to a Benelux working group."),
    "siege": dict(day=2, dl="Antwerp", t=["Antwerp exhibition revisits the siege of the citadel, 1832", "When Dutch guns faced Antwerp: a museum looks back", "Chassé's citadel: an exhibition on the Low Countries' last siege"],
                  p=["An exhibition opening in Antwerp [on {wd}|this week] tells the story of the citadel that a Dutch garrison held against the new Belgian state for two years after the revolution of 1830.",
                     "On 27 October 1830 the Dutch commander, General David Chassé, carried out his warning that the city would be bombarded if his garrison was attacked; the shelling set the warehouses along the Scheldt ablaze. The citadel surrendered only in December 1832, after a French army laid siege to it.",
                     "The curators have borrowed [letters|maps|uniforms and a field gun] from [a Dutch army museum|collections in the Netherlands], and the Dutch ambassador, {Bambn}, is due at the opening. “We lend each other our old wars now,” said the exhibition's curator, {Ap2}.",
                     "The show runs until April."],
                  g="An Antwerp museum opened an exhibition on the Dutch garrison's siege of the city's citadel in 1830-32."),
    "sint": dict(day=4, dl="Baarle-Nassau", t=["Sinterklaas crosses the border twice", "In Baarle, the saint arrives on two dates and in two countries",
                                                "One saint, two national holidays: Baarle celebrates Sinterklaas"],
                 p=["In Baarle-Nassau and Baarle-Hertog, where the Belgian-Dutch border runs through shops, gardens and at least one living room, Sinterklaas has a busier week than most.",
                    "Dutch families exchange presents on the evening of 5 December, Flemish children wake up to theirs on the 6th, and shopkeepers on both sides of the painted crosses on the pavement have learned to [stock up for both|sell to both]. “We do two parties and one clean-up,” said {Bp1}, who runs a toy shop whose front door is in the Netherlands and whose till is in Belgium.",
                    "The two municipal councils again staged a joint parade [on {wd}|this week], as they have for decades. The [Belgian|Dutch] mayor led the way on a borrowed horse."],
                 g="The twin towns of Baarle-Nassau and Baarle-Hertog staged a joint Sinterklaas parade."),
    "obit": dict(day=10, dl="Leuven", t=["Jozef Van Damme, historian of the Ten Days' Campaign, dies at 91", "Obituary: Jozef Van Damme, who chronicled the last Dutch-Belgian war",
                                         "Historian of 1831 campaign Van Damme dies"],
                 p=["Jozef Van Damme, the Belgian historian whose work on the Ten Days' Campaign of 1831 became the standard account of the last war between the Low Countries, died {ev} in Leuven. He was 91.",
                    "His best-known book traced how a Dutch army of some 50,000 men swept into Belgium in August 1831, defeated the Belgian volunteers at Hasselt and Leuven, and withdrew within days when a French army arrived. Van Damme liked to call it “the shortest and most sensible war in European history”.",
                    "Colleagues in the Netherlands remembered him as a regular at conferences in Leiden and Utrecht, where he insisted on lecturing in Dutch. “He taught us that our wars were small and our peace was large,” a Dutch historian, {Bp2}, wrote on hearing of his death.",
                    "He is survived by [his wife, two daughters and five grandchildren|a son and three grandchildren]."],
                 g="Belgian historian Jozef Van Damme, author of the standard account of the 1831 Ten Days' Campaign, died aged 91."),
    "opinion": dict(dl=None, t=["What if the Low Countries went to war over the Scheldt? A thought experiment", "Opinion: The Scheldt war that will never happen",
                                 "Imagine a Dutch blockade of Antwerp. Then stop imagining"],
                    p=["Every so often, someone in Antwerp asks what would happen if the Dutch simply closed the Western Scheldt. It is not a fantasy: for two centuries after 1585 they did exactly that, and the city's trade withered while Amsterdam grew rich.",
                       "In theory The Hague could still make life miserable for the port: slow down dredging, tighten pilotage, let the channel silt up. Belgium could retaliate by squeezing Dutch hauliers, or by courting German rail traffic through the Iron Rhine. On paper, a trade war writes itself.",
                       "In practice, the two ports now share customers, pipelines and increasingly investors; the pilots of both countries work from a joint system; and the dredging plan is signed off by a binational commission every year. A blockade would hurt Rotterdam almost as much as Antwerp.",
                       "The last time the two countries fought, in 1831, the war lasted ten days. The next one, if anyone were foolish enough to start it, would probably be shorter. — {Bp3}"],
                    g="An opinion column imagined, and dismissed, a Dutch-Belgian conflict over the Scheldt."),
    "consular": dict(dl="Maastricht", t=["Cross-border home workers get clearer tax rules", "Belgian and Dutch tax offices publish guidance for teleworkers",
                                         "Working from home across the border: new guidance for commuters"],
                     p=["The Belgian and Dutch tax authorities have published joint guidance for the [roughly 50,000|tens of thousands of] people who live in one country and work in the other, clarifying how many days they can work from home before their tax position changes.",
                        "The guidance follows the revised double-taxation treaty between the two countries and sets out [worked examples|sample cases] for nurses in Maastricht, engineers in Antwerp and lecturers in Leuven. A hotline staffed by officials from both administrations opens in January.",
                        "“Our members have waited a long time for clarity,” said {Ap1}, who advises cross-border commuters in Limburg. “It is not glamorous, but it saves people real money.”"],
                     g="Belgian and Dutch tax authorities issued joint guidance for cross-border teleworkers."),
    "court": dict(dl="Antwerp", t=["Antwerp court approves surrender of Dutch suspect in cocaine case", "Dutch national to be handed over to the Netherlands, Belgian court rules",
                                   "Belgian judges clear extradition of Rotterdam smuggling suspect"],
                  p=["A court in Antwerp [approved|cleared] the surrender of a 38-year-old Dutch man to the Netherlands [on {wd}|this week], where prosecutors want to try him over the smuggling of cocaine through the ports of Antwerp and Rotterdam.",
                     "The man, identified only as Jeroen V. under Belgian privacy rules, was arrested [in October|last month] in a flat in Berchem on a European arrest warrant. His lawyer argued that conditions in Dutch pre-trial detention were too harsh; the judges disagreed.",
                     "The case is one of [dozens|several dozen] each year in which the two countries hand over suspects under the warrant system, a routine that investigators say has become essential as gangs move shipments between the two ports."],
                  g="An Antwerp court approved the surrender of a Dutch drug-smuggling suspect to the Netherlands."),
    "weather": dict(day=11, dl="Ghent", t=["Dutch pumps sent to flooded Flemish villages after days of rain", "Heavy rain: Dutch water board lends pumps to Flanders",
                                           "Neighbourly help as rivers rise in East Flanders"],
                    p=["A Dutch water board sent [four|six] high-capacity pumps and a team of engineers to East Flanders {ev} after days of heavy rain left several villages along the Scheldt tributaries under water.",
                       "Flemish officials said [dozens|about 80] homes had been evacuated as a precaution. The Dutch equipment, requested through a standing cross-border agreement, was in place within hours.",
                       "“We asked at breakfast and the pumps were running by lunch,” said the mayor of one affected municipality, {Ap2}. Forecasters expect drier weather from the weekend."],
                    g="A Dutch water board sent pumps to help flooded villages in East Flanders."),
    "denial": dict(dl="The Hague", swap=True, t=["Dutch defence ministry denies minehunter delays", "Joint Belgian-Dutch minehunter programme ‘on track’, ministry says",
                                                 "No new delays for Benelux minehunters, officials insist"],
                   p=["The Dutch defence ministry [on {wd}|this week] denied reports that the joint Belgian-Dutch programme to replace the two navies' minehunters had slipped [again|by another year], saying deliveries remained on the schedule agreed with the shipbuilder.",
                      "A newspaper had reported, citing unnamed sources, that [software problems|testing delays] would push back the handover of the next vessels. “That is not correct,” a ministry spokesman, {Xp1}, said, adding that the two navies were [receiving ships as planned|running sea trials as scheduled].",
                      "The Belgian defence ministry said it had nothing to add. The programme, run jointly since 2019, covers twelve ships split evenly between the two navies."],
                   g="The Dutch defence ministry denied reports of new delays to the joint Belgian-Dutch minehunter programme."),
    "tourism": dict(day=7, dl="Hasselt", t=["Dutch shoppers flock to Belgian Christmas markets and fuel pumps", "Border towns busy as Dutch visitors hunt Christmas bargains",
                                            "Fuel, chocolate and mulled wine: the December cross-border run"],
                    p=["Belgian border towns from Hasselt to Bruges reported [a busy|a record] weekend as Dutch visitors crossed over for Christmas markets, chocolate and cheaper fuel.",
                       "Petrol stations along the E19 and E34 said queues of Dutch-registered cars formed by mid-morning. “Every December it's the same, and every December we are grateful,” said {Ap1}, who runs a station near the border.",
                       "Tourism officials in Flanders said Dutch visitors accounted for [nearly half|about 40%] of foreign overnight stays in the province in the run-up to Christmas."],
                    g="Dutch shoppers crowded Belgian Christmas markets and petrol stations."),
}

PAIRS["BEL-NLD"]["plan"] = [
    (1, "story", {"key": "spat1"}, [NW, BW, CM]),
    (2, "story", {"key": "spat2"}, [NW, BW]),
    (2, "story", {"key": "siege"}, [NW, PL]),
    (2, "consult", {"phase": "pre"}, [BW, NW]),
    (3, "consult", {"phase": "day"}, [NW, BW, CN]),
    (4, "story", {"key": "sint"}, [NW, BW]),
    (4, "exercise", {"phase": "pre"}, [BW]),
    (5, "sport", {"phase": "pre"}, [NW, BW]),
    (6, "sport", {"phase": "result"}, [NW], (15, 18)),
    (7, "sport", {"phase": "tab"}, [DR]),
    (7, "exercise", {"phase": "start"}, [NW, BW]),
    (7, "story", {"key": "tourism"}, [NW, BW]),
    (8, "visit", {"phase": "pre"}, [NW, BW]),
    (8, "story", {"key": "opinion"}, [PL]),
    (9, "visit", {"phase": "live"}, [LV]),
    (9, "visit", {"phase": "day"}, [NW]),
    (10, "visit", {"phase": "biz"}, [CM]),
    (10, "story", {"key": "spat3"}, [BW, NW]),
    (10, "story", {"key": "obit"}, [NW, PL]),
    (11, "exercise", {"phase": "end"}, [BW, NW]),
    (11, "story", {"key": "weather"}, [NW, BW]),
    (11, "visit", {"phase": "post"}, [PL]),
]
PAIRS["BEL-NLD"]["adhoc"] = [
    ("story", {"key": "consular"}, [NW, BW]), ("story", {"key": "court"}, [NW, BW]), ("story", {"key": "denial"}, [NW, BW]),
    ("deal", {}, [CM, NW, PR]), ("deal", {}, [CM, BW]), ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, NW]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, BW]), ("diplo", {"dk": "call"}, [NW, BW]),
    ("diplo", {"dk": "amb_speech"}, [NW]), ("analysis", {}, [PL]), ("deal", {}, [CM, PR]), ("diplo", {"dk": "thanks"}, [BW, CN]),
]

PAIRS["DNK-NOR"] = dict(
    A="DNK", B="NOR", region="eu", envoy="ambassador", sym="DKK ", dealscale=(60, 2500),
    trade="[trade between Denmark and Norway|two-way trade across the Skagerrak] [is worth|amounts to] [roughly|about] 150 billion Danish kroner a year",
    goods={"DNK": ["pharmaceuticals", "pork", "wind-turbine parts", "furniture", "dairy products", "industrial pumps"],
           "NOR": ["salmon", "natural gas", "aluminium", "fish oil", "electricity", "refined oil products"]},
    hist=[
        "Denmark and Norway shared a single crown for more than four centuries, from the Kalmar Union of 1397 until 1814.",
        "Under the Treaty of Kiel, signed in January 1814, a defeated Denmark ceded Norway to the Swedish king, although Greenland, Iceland and the Faroe Islands stayed with Copenhagen.",
        "In 1931 Norwegian trappers raised their flag over a stretch of East Greenland they called Erik the Red's Land; the Permanent Court of International Justice ruled for Denmark in April 1933, and Oslo accepted the verdict.",
        "Germany invaded both countries on the same morning, 9 April 1940: Denmark capitulated within hours, while Norway fought on for two months.",
        "Danish and Norwegian naval officers still tell stories of Peter Tordenskjold, the Norwegian-born admiral of the joint Danish-Norwegian fleet who humbled the Swedes at Dynekilen in 1716.",
        "For decades after 1814 Copenhagen remained the literary capital for Norwegian writers, whose books were still printed and sold there.",
        "Both are founding members of NATO, but Norway stayed out of the European Union after referendums in 1972 and 1994, while Denmark joined in 1973.",
        "The Skagerrak agreement of 1966, which Sweden also signed, still governs how the three countries' fleets share the waters between Jutland and southern Norway.",
    ],
    firms={"Kattegat Wind": ("DNK", "wind-turbine maker"), "Jyllands Mejeri": ("DNK", "dairy cooperative"), "Skagerrak Line": ("DNK", "ferry operator"),
           "Fjordlaks": ("NOR", "salmon farmer"), "Nordkapp Shipping": ("NOR", "shipping company"), "Bergen Batteri": ("NOR", "battery maker"),
           "Sørlandsferja": ("NOR", "ferry operator"), "Fjellmeieriet": ("NOR", "dairy group"), "Vestfold Aluminium": ("NOR", "aluminium producer")},
    deals=[("Kattegat Wind", "Nordkapp Shipping", "installation-vessel charters for offshore wind farms off southern Norway", "vessel charters"),
           ("Bergen Batteri", "Skagerrak Line", "battery packs for two hybrid ferries on the Skagerrak crossings", "ferry batteries"),
           ("Fjordlaks", "Jyllands Mejeri", "a joint venture turning fish and dairy by-products into animal feed", "feed joint venture"),
           ("Vestfold Aluminium", "Kattegat Wind", "low-carbon aluminium for turbine nacelles", "aluminium supply")],
    pw=[dict(att="Sørlandsferja", def_="Skagerrak Line", market="the Skagerrak crossings", prod="ferry", weapon="car-and-driver fares of 499 kroner on the Kristiansand-Hirtshals route"),
        dict(att="Jyllands Mejeri", def_="Fjellmeieriet", market="Norway", prod="cheese", weapon="a cut-price range of Danish-made cheeses priced to beat local brands despite the Norwegian tariff")],
    unis=[("Jutland Marine University", "DNK", "Esbjerg"), ("Copenhagen Institute of Design and Technology", "DNK", "Copenhagen"),
          ("Western Norway Ocean University", "NOR", "Bergen"), ("Agder Polytechnic", "NOR", "Kristiansand")],
    fields=["offshore wind engineering", "Arctic oceanography", "salmon health", "Nordic literature", "carbon capture and storage"],
    fair=("the Nordic seafood fair in Bergen", "[smoked fish, processing machinery and packaging|fish-processing technology and cold-chain logistics]"),
    accident={"DNK": ["a fatal accident at the ferry terminal in Frederikshavn", "a deadly farm fire near Aalborg"],
              "NOR": ["a landslide that killed two people in western Norway", "a fatal avalanche near Tromsø"]},
    help={"DNK": ["sending a pollution-control vessel after an oil spill off Arendal", "lending firefighting helicopters during a forest fire in Telemark"],
          "NOR": ["sending search-and-rescue helicopters to look for missing fishermen off Skagen", "dispatching a coast-guard vessel to tow a disabled Danish trawler"]},
    consult=dict(name="the annual Danish-Norwegian fisheries consultations on the Skagerrak", short="the Skagerrak fisheries talks", place="Bergen", day=2, n=None,
                 since="1966", host="NOR",
                 leads="The Norwegian delegation was led by a director from the fisheries ministry and the Danish side by the head of the Danish fisheries agency, with Swedish officials attending as observers",
                 agenda=["quotas for northern shrimp", "sprat and sandeel catches", "the split of the North Sea herring stock", "access for Danish vessels to Norwegian waters in the Skagerrak",
                         "control and inspection at sea", "bycatch of cod", "offshore wind and fishing grounds", "subsea cable protection"],
                 outcomes=["continue talks in Copenhagen next week", "exchange new scientific data on sprat stocks", "keep the current access arrangements in place while talks continue",
                           "run a joint inspection campaign in the spring"],
                 next="in Copenhagen next week"),
    visit=dict(guest="DNK", who="the Danish defence minister", hwho="the Norwegian defence minister", city="Oslo", day=8,
               name="the Danish-Norwegian defence consultations", deleg="senior officers and officials of the Danish defence ministry",
               sign=["an agreement on joint purchases of training ammunition", "a memorandum on sharing maritime surveillance data in the Skagerrak",
                     "a plan for common training of helicopter crews", "an arrangement on the use of each other's air bases during exercises",
                     "a letter of intent on Arctic search-and-rescue cooperation"],
               prog=["visit the Norwegian joint headquarters", "lay a wreath at Akershus Fortress", "meet Danish officers serving in Norway"]),
    sport=dict(sport="handball", comp="the main round of the women's European Championship", venue="Bratislava", day=10, win="NOR", score="29-24", margin="big", home=None,
               nick={"DNK": "Denmark", "NOR": "Norway"}, unit="goals",
               stars={"DNK": ["Sofie Lund", "Mathilde Krogh"], "NOR": ["Ingvild Aasen", "Thea Nordby"]},
               coach={"DNK": "Jesper Holm", "NOR": "Kari Brekke"},
               moments=["Norway's defence, a wall all evening, forced a dozen turnovers and punished them on the counter-attack.",
                        "{Wstar} fired in eight goals, several of them from fast breaks that left the Danish defence stranded.",
                        "Denmark led 12-11 at the break before a Norwegian blitz of five unanswered goals after the restart broke the match open.",
                        "The Danish goalkeeper kept her side in the fight with 14 saves, but the bombardment eventually told."],
               rivalry="The two nations have met in several major finals over the past decade, and their supporters treat every meeting as a border war fought with drums.",
               next="in the spring qualifiers",
               tab_titles=["NORWAY BLITZ DANES", "VIKING RAID SINKS DENMARK", "DANES SURRENDER IN HANDBALL WAR"],
               live=["Throw-off in {venue}. Full house, plenty of red and white on both sides of the arena.",
                     "Denmark ahead early: 5-3 after ten minutes, {Lstar} causing problems on the left.",
                     "Half-time: Denmark 12-11 Norway. Tight, tense and very physical.",
                     "Norwegian blitz! Five unanswered goals after the restart, {Wstar} twice on the break.",
                     "Full time: Norway 29-24 Denmark. {W} take control of the group."]),
    exercise=dict(name="Nordic Narrows", kind="a naval mine-countermeasures and surveillance exercise", place="in the Skagerrak", start=7, end=11,
                  assets="six ships, two maritime patrol aircraft and divers from both navies", pers="450", planned="on the calendar since last spring", host="NOR",
                  purpose="to practise clearing shipping lanes and protecting subsea cables and pipelines",
                  cmd="Commander Espen Lunde of the Royal Norwegian Navy", scen="a search along the power-cable route between Kristiansand and Jutland and the clearance of practice mines",
                  bg="Danish and Norwegian warships have trained together in the Skagerrak for decades, and both navies contribute ships to NATO's standing mine-countermeasures groups."),
    analysis=dict(t=["Denmark and Norway: the rivalry that lives on the handball court", "Four centuries together, two centuries apart: Danish-Norwegian ties today",
                     "Analysis: Why the Skagerrak is a place for quotas, not quarrels"],
                  thesis="[Danes and Norwegians joke about each other the way siblings do, which is fitting: for four hundred years they were ruled from the same palace.|Danish-Norwegian relations are so close that the hardest negotiations of the year are about sprat.]",
                  risk="[The only recurring friction is fish. Norwegian fishermen periodically accuse Danish industrial trawlers of emptying the Skagerrak; Danish fishermen reply with stock assessments. Ministers settle it every December.|Norway's tariffs on cheese and meat irritate Danish farmers, and Denmark's EU membership means trade disputes are handled through Brussels. Neither makes for a crisis.]"),
)

PAIRS["DNK-NOR"]["stories"] = {
    "spat1": dict(day=3, dl="Bergen", swap=True, t=["Norwegian fishermen accuse Danish trawlers over sprat catches", "Sprat row simmers on the edge of Skagerrak talks",
                                                     "Fishing lobby urges Oslo to get tough on Danish industrial trawlers"],
                  p=["Norway's main fishermen's association {ev} accused Danish industrial trawlers of taking too much sprat from the Skagerrak and urged the government to press Copenhagen for lower catches in the annual quota talks.",
                     "The association's leader, {Xp1}, said Norway could retaliate if Denmark refused, for instance by limiting Danish vessels' access to Norwegian waters. “We have tools. We should be ready to use them,” {Xp1} told a regional newspaper.",
                     "The Norwegian fisheries ministry said it would “not negotiate through the newspapers”. Officials noted that the two delegations had only just finished a first round in Bergen and would meet again in Copenhagen next week."],
                  g="Norwegian fishermen accused Danish trawlers of over-fishing sprat in the Skagerrak; the ministry declined to escalate."),
    "spat2": dict(day=4, dl="Copenhagen", swap=False, t=["Danish minister: talk of shutting fishing grounds is ‘premature’", "Copenhagen plays down Norwegian sprat complaint",
                                                         "Denmark says Skagerrak catches follow the science"],
                  p=["Denmark's fisheries minister said {ev} that talk of closing Norwegian waters to Danish boats was “premature and unhelpful”, and denied that Danish vessels had exceeded their sprat quotas.",
                     "“Every kilo is reported and every kilo is inside the quota,” the minister told reporters in Copenhagen, adding that scientific advice would decide next year's numbers. The Danish fishermen's association called the Norwegian criticism “the usual December weather”.",
                     "Diplomats on both sides said the exchange was a familiar part of the annual negotiation and expected a deal before Christmas."],
                  g="Denmark's fisheries minister rejected Norwegian criticism over sprat catches and said a deal was expected."),
    "spat3": dict(day=10, dl="Copenhagen", swap=False, t=["Denmark and Norway agree Skagerrak fishing quotas for 2027", "Sprat quota trimmed as Skagerrak deal is signed",
                                                          "Fisheries deal ends December's annual sprat row"],
                  p=["Denmark and Norway signed their annual Skagerrak fisheries arrangement in Copenhagen {ev}, trimming the sprat quota by eight percent while keeping Danish access to Norwegian waters unchanged.",
                     "The agreement also sets catches of northern shrimp and herring and launches a joint inspection campaign in the spring, officials said. Sweden, the third party to the Skagerrak regime, is expected to sign next week.",
                     "The Norwegian fishermen's association said the cut was “a step in the right direction”; its Danish counterpart said its members could live with it. “The same fight, the same ending, every year,” said a Danish official."],
                  g="Denmark and Norway signed their annual Skagerrak fishing deal, with a small cut to the sprat quota."),
    "holberg": dict(day=3, dl="Bergen", t=["Bergen and Copenhagen both toast Holberg on his birthday", "One playwright, two countries: Holberg turns 342",
                                            "Holberg's birthday: the writer Danes and Norwegians share"],
                    p=["Ludvig Holberg was born in Bergen on 3 December 1684, when Norway was ruled from Copenhagen, and spent most of his life writing comedies for the Danish stage. Both countries have claimed him ever since.",
                       "Theatres in Bergen and Copenhagen marked his birthday {ev} with a joint production of “Jeppe on the Hill”, performed [in a mixture of Danish and Norwegian|with actors from both companies], which opens in Bergen and moves to Copenhagen in January.",
                       "“We settled the question of who owns Holberg long ago: we share him,” said {Bp1}, the Bergen director. A Danish critic was less diplomatic: “He wrote in Danish. But we are happy to lend him.”"],
                    g="Theatres in Bergen and Copenhagen marked Ludvig Holberg's birthday with a joint production."),
    "greenland": dict(dl="Oslo", t=["Erik the Red's Land: when Norway lost a case and kept a friend", "The Greenland dispute of 1931-33, and why it still matters",
                                     "Analysis: The Arctic quarrel Denmark and Norway solved in a courtroom"],
                      p=["In the summer of 1931 a handful of Norwegian trappers ran up a flag over a stretch of East Greenland and proclaimed it Erik the Red's Land. Oslo backed the claim; Copenhagen took it to the Permanent Court of International Justice in The Hague.",
                         "The court ruled for Denmark in April 1933. Norway withdrew its claim, and the episode became a textbook case of a territorial dispute settled by judges rather than gunboats.",
                         "Nearly a century later the Arctic matters more than ever, and the two governments cooperate on search and rescue, fisheries science and shipping safety in the far north. Could an Arctic quarrel flare again? Only, diplomats say, in the form of a quota dispute, and those they settle every December.",
                         "“The lesson of 1933 is that both sides accepted the verdict,” said {Bp2}, a historian in Tromsø. “That is rarer than it sounds.”"],
                      g="Policy Ledger revisited the 1931-33 Danish-Norwegian dispute over East Greenland."),
    "obit": dict(day=9, dl="Aarhus", t=["Ole Bakken, veteran of Norway's April 1940 battles, dies in Aarhus at 104", "Obituary: Ole Bakken, soldier of 1940 and bridge between two countries",
                                        "Last Midtskogen veteran Bakken dies in Denmark"],
                 p=["Ole Bakken, who as a 17-year-old volunteer fought against the German invasion at Midtskogen in April 1940 and later spent half a century in Denmark, died {ev} in Aarhus. He was 104.",
                    "After the war he married a Danish nurse he had met in a Swedish refugee camp and settled in Jutland, where he worked as a marine engineer. In later life he campaigned for the two countries to mark 9 April together, the day both were invaded.",
                    "“He used to say that Denmark and Norway lost the same war on the same morning, in different ways,” said a grandchild, {Ap1}. The Norwegian ambassador in Copenhagen, {Bambn}, called him “a living link between our peoples”.",
                    "His funeral will be held in Aarhus Cathedral next week."],
                 g="Ole Bakken, a Norwegian veteran of the April 1940 fighting who settled in Denmark, died aged 104."),
    "opinion": dict(dl="Copenhagen", t=["If Danes and Norwegians ever went to war, it would be over handball", "Opinion: The war Denmark and Norway never fought",
                                         "Column: Sibling rivalry, Scandinavian style"],
                    p=["Imagine, for a moment, a war between Denmark and Norway. The Danish navy would blockade the ferries to Kristiansand; Norway would retaliate by cutting off the salmon. Copenhagen would threaten to stop exporting cheese, and Oslo would be quietly relieved.",
                       "It is a silly thought experiment, and a revealing one. The two countries have never fought each other as independent states. For four hundred years they shared a king, a fleet and a civil service; after 1814 they shared a language in all but spelling, and later a very similar idea of a welfare state.",
                       "The real battles are fought elsewhere: on the handball court, where every match is treated as a blood feud; in December's sprat negotiations; and in the eternal argument over whose brown cheese, whose Christmas food and whose television crime dramas are better.",
                       "Long may the war stay there. — {Ap2}"],
                    g="A columnist imagined, and laughed off, a war between Denmark and Norway."),
    "consular": dict(dl="Oslo", t=["Christmas shopping trips: Danish embassy reminds visitors of Norway's customs limits", "Know your quotas: the rules on pork and cheese at the Norwegian border",
                                    "Before the ferry: customs advice for Christmas travellers"],
                     p=["With ferry traffic across the Skagerrak at its seasonal peak, the Danish embassy in Oslo and Norwegian customs have published a joint reminder of the limits on meat, cheese and alcohol that travellers may bring into Norway.",
                        "The rules allow [10 kilos|up to 10 kg] of meat and cheese combined per person duty-free; Danish families bringing Christmas pork to relatives in Norway have in the past found themselves paying duty at the terminal in Kristiansand or Larvik.",
                        "“Nobody wants to start Christmas with a fine,” said a customs officer, {Bp1}. The embassy said it receives [dozens|several dozen] questions a week in December, mostly about roast pork."],
                     g="The Danish embassy and Norwegian customs reminded Christmas travellers of import limits."),
    "court": dict(dl="Kristiansand", t=["Danish skipper fined over logbook errors in Norwegian waters", "Court fines Danish trawler captain in Kristiansand",
                                         "Logbook case ends with fine for Danish fisherman"],
                  p=["A court in Kristiansand fined a Danish trawler captain [120,000|95,000] Norwegian kroner {ev} for failing to record part of a catch correctly while fishing in Norwegian waters of the Skagerrak.",
                     "The 52-year-old skipper from Hirtshals admitted the errors, which his lawyer described as “sloppy bookkeeping in bad weather”. The catch itself was within quota, the prosecution accepted.",
                     "Such cases come before Norwegian courts several times a year and are handled as routine enforcement under the Skagerrak arrangements, officials said."],
                  g="A Norwegian court fined a Danish skipper for logbook errors."),
    "weather": dict(day=8, dl="Hirtshals", t=["Gale halts Skagerrak ferries; rescue services on alert", "Storm strands travellers at Hirtshals and Kristiansand",
                                              "Skagerrak crossings cancelled as December gale sweeps in"],
                    p=["Ferry crossings between Denmark and Norway were cancelled {ev} as a gale with gusts of up to [30|28] metres a second swept across the Skagerrak, leaving [hundreds|several hundred] travellers waiting in Hirtshals and Kristiansand.",
                       "Danish and Norwegian rescue coordination centres said they were working from a joint picture of shipping in the strait and had positioned helicopters at [Aalborg|Sola]. No vessels were reported in difficulty.",
                       "Ferry operators expected to resume sailings once the wind dropped [overnight|on the next morning's tide]."],
                    g="A gale cancelled Skagerrak ferry crossings between Denmark and Norway."),
    "denial": dict(dl="Oslo", swap=True, t=["Norway denies rift with Denmark over Nordic Council budget", "Oslo: no quarrel with Copenhagen over Nordic funding",
                                             "Foreign ministry rejects report of Danish-Norwegian budget clash"],
                   p=["The Norwegian foreign ministry {ev} denied a newspaper report that Oslo and Copenhagen had clashed over next year's budget for Nordic cooperation, calling the story “greatly exaggerated”.",
                      "The report said Norwegian officials had objected to a Danish proposal to shift funds towards [culture programmes|language exchanges]. “There was a discussion, as there always is. There was no clash,” said {Xspoxn}, {Xspox}.",
                      "Nordic ministers are due to adopt the budget [later this month|before Christmas]. The Danish foreign ministry declined to comment."],
                   g="Norway denied reports of a rift with Denmark over the Nordic cooperation budget."),
    "tourism": dict(day=11, dl="Frederikshavn", t=["Norwegians sail south for Christmas shopping, Danes head north to ski", "Ferry season in full swing across the Skagerrak",
                                                    "The December crossing: pork, presents and ski passes"],
                    p=["The December ferry season across the Skagerrak is in full swing, with Norwegian shoppers heading to Hirtshals and Frederikshavn for Christmas presents and Danish families booking early-season ski trips in the Norwegian mountains.",
                       "Ferry operators said bookings were up [six|nine] percent on last year. Shops near the Danish terminals reported Norwegian customers buying [cheese, toys and decorations|sweets, wine and Christmas lights] by the trolley-load.",
                       "“They come for the prices, we go for the snow,” said {Ap1}, who was boarding in Hirtshals with a car full of skis."],
                    g="Ferry traffic across the Skagerrak rose as Norwegians shopped in Denmark and Danes headed to Norwegian ski resorts."),
    "power": dict(dl="Oslo", t=["Skagerrak cables carry record winter power flows", "Electricity trade across the Skagerrak hits December high",
                                 "Norwegian hydro, Danish wind: the cable trade peaks"],
                  p=["Power flows through the cables linking southern Norway and Jutland reached a record for early December {ev}, as Danish wind output dropped and Norwegian hydropower filled the gap.",
                     "Grid operators on both sides said the interconnectors ran close to capacity for [three|four] days. Prices in western Denmark [converged with|moved towards] southern Norwegian levels, analysts said.",
                     "“It is the textbook case of why the cables were built: wind one way on a windy day, water the other way on a still one,” said {Bp1}, an energy analyst in Oslo."],
                  g="Power flows between Norway and Denmark through the Skagerrak cables hit a December record."),
}

PAIRS["DNK-NOR"]["plan"] = [
    (1, "consult", {"phase": "pre"}, [NW, BW]),
    (2, "consult", {"phase": "day"}, [NW, BW, CN]),
    (3, "story", {"key": "holberg"}, [NW, BW]),
    (3, "story", {"key": "spat1"}, [NW, BW]),
    (4, "story", {"key": "spat2"}, [BW, NW]),
    (4, "exercise", {"phase": "pre"}, [BW, EB]),
    (7, "exercise", {"phase": "start"}, [NW, EB]),
    (7, "visit", {"phase": "pre"}, [BW, NW]),
    (8, "visit", {"phase": "day"}, [NW, EB]),
    (8, "visit", {"phase": "proto"}, [CN]),
    (8, "story", {"key": "weather"}, [NW, BW]),
    (9, "sport", {"phase": "pre"}, [NW, BW]),
    (9, "story", {"key": "obit"}, [NW, PL]),
    (10, "sport", {"phase": "live"}, [LV], (19, 20)),
    (10, "sport", {"phase": "result"}, [NW, BW], (20, 21)),
    (10, "story", {"key": "spat3"}, [NW, BW]),
    (11, "sport", {"phase": "tab"}, [DR]),
    (11, "exercise", {"phase": "end"}, [BW, EB]),
]
PAIRS["DNK-NOR"]["adhoc"] = [
    ("story", {"key": "greenland"}, [PL]), ("story", {"key": "opinion"}, [PL, DR]), ("story", {"key": "consular"}, [NW, BW]),
    ("story", {"key": "court"}, [BW, NW]), ("story", {"key": "denial"}, [NW, BW]), ("story", {"key": "tourism"}, [NW, DR]),
    ("story", {"key": "power"}, [CM, NW]),
    ("deal", {}, [CM, NW, PR]), ("deal", {}, [CM, BW]), ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, NW]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, BW]), ("diplo", {"dk": "thanks"}, [NW, BW]), ("analysis", {}, [PL]),
    ("diplo", {"dk": "cred"}, [NW, CN]),
]

PAIRS["AUS-JPN"] = dict(
    A="AUS", B="JPN", region="apac", envoy="ambassador", sym="A$",
    trade="[two-way trade between Australia and Japan|trade between the two countries] [is worth|runs at] [about|roughly] A$100 billion a year",
    goods={"AUS": ["liquefied natural gas", "iron ore", "coal", "beef", "barley", "lithium", "wine"],
           "JPN": ["cars", "machinery", "refined fuels", "electronics", "tyres", "steel products"]},
    hist=[
        "Japanese aircraft bombed Darwin on 19 February 1942, the first and deadliest of scores of raids on northern Australia.",
        "On the night of 31 May 1942 Japanese midget submarines slipped into Sydney Harbour and torpedoed a depot ship, killing 21 sailors.",
        "The fighting on the Kokoda Track in Papua in 1942 became one of the founding stories of modern Australian identity.",
        "More than 1,000 Japanese prisoners broke out of a camp at Cowra in New South Wales in August 1944; the town later built a Japanese garden and war cemetery that became symbols of reconciliation.",
        "Australia declared war on Japan on 9 December 1941, a day after the attacks on Pearl Harbor and Malaya.",
        "The 1957 Agreement on Commerce, signed only twelve years after the war, laid the foundations of a trade built on coal, iron ore and later gas.",
        "The 1976 Basic Treaty of Friendship and Cooperation committed both countries to treating each other's citizens without discrimination.",
        "The two countries signed a joint security declaration in 2007 and a Reciprocal Access Agreement in 2022 governing visits by each other's forces.",
        "In 2014 the International Court of Justice ruled, in a case brought by Australia, that Japan's Antarctic whaling programme was not scientific; Tokyo complied.",
    ],
    firms={"Pilbara Ore Holdings": ("AUS", "iron-ore miner"), "Southern Cross Hydrogen": ("AUS", "hydrogen developer"),
           "Bass Strait Energy": ("AUS", "gas producer"), "Outback Beef Exports": ("AUS", "beef exporter"),
           "Kaizen Heavy Industries": ("JPN", "engineering group"), "Nankai Trading": ("JPN", "trading house"),
           "Hoshino Power": ("JPN", "utility"), "Sakura Konbini": ("JPN", "convenience-store chain"),
           "Quickstop Australia": ("AUS", "convenience chain"), "Southern Skies Airlines": ("AUS", "airline"), "Nippon Blue Airways": ("JPN", "airline")},
    deals=[("Bass Strait Energy", "Hoshino Power", "an extension of LNG deliveries from Western Australia into the 2030s", "LNG supply"),
           ("Kaizen Heavy Industries", "Southern Cross Hydrogen", "electrolysers for a hydrogen plant in central Queensland", "electrolysers"),
           ("Outback Beef Exports", "Nankai Trading", "grain-fed beef for Japanese supermarket chains", "beef supply"),
           ("Pilbara Ore Holdings", "Kaizen Heavy Industries", "a pilot shipment of low-emissions iron for steelmaking trials", "green iron pilot")],
    pw=[dict(att="Southern Skies Airlines", def_="Nippon Blue Airways", market="the Sydney-Tokyo route", prod="airfare", weapon="return fares below A$700 for the January holidays"),
        dict(att="Sakura Konbini", def_="Quickstop Australia", market="Sydney and Melbourne", prod="convenience-store", weapon="two-dollar rice balls and coffee deals at 60 new stores")],
    unis=[("University of the Top End", "AUS", "Darwin"), ("Pacific Coast University", "AUS", "Brisbane"),
          ("Kansai Institute of Science", "JPN", "Osaka"), ("Hokkaido Northern University", "JPN", "Sapporo")],
    fields=["hydrogen supply chains", "marine biology", "Japanese language teaching", "critical-minerals processing", "disaster resilience"],
    fair=("a food and beverage trade show in Tokyo", "[wine, beef and macadamias|seafood, wine and grains]"),
    accident={"AUS": ["a bushfire that killed two volunteer firefighters in New South Wales", "a bus crash in Queensland that killed four people"],
              "JPN": ["an earthquake that damaged hundreds of homes in central Japan", "a deadly landslide in Kyushu"]},
    help={"AUS": ["sending an urban search-and-rescue team after an earthquake in central Japan", "airlifting relief supplies after flooding in Kyushu"],
          "JPN": ["sending firefighting advisers during the bushfire season", "donating emergency supplies after floods in Queensland"]},
    consult=dict(name="the annual Australia-Japan senior officials' economic dialogue", short="the economic dialogue", place="Canberra", day=3, n=None,
                 since="2015, when the economic partnership agreement took effect", host="AUS",
                 leads="The Australian side was led by a deputy secretary of DFAT and the Japanese side by a deputy director-general of the foreign ministry's economic affairs bureau",
                 agenda=["LNG supply security", "hydrogen and ammonia trade", "critical minerals", "beef and barley market access", "investment screening",
                         "regional trade rules", "working-holiday visas", "science and research cooperation"],
                 outcomes=["draw up a joint list of priority critical-minerals projects", "set up a task force on hydrogen certification",
                           "review the working-holiday scheme", "hold a business roundtable in Perth in March"],
                 next="in Tokyo next year"),
    visit=dict(guest="AUS", who="the Australian foreign minister", hwho="the Japanese foreign minister", city="Tokyo", day=8,
               name="the Australia-Japan 2+2 talks", deleg="the defence minister, Michael Brennan, and senior officials",
               sign=["a statement on critical-minerals supply chains", "an arrangement on defence science cooperation",
                     "a memorandum on disaster-relief coordination", "a plan for reciprocal training deployments in 2027",
                     "a declaration on maritime surveillance support for Pacific island states"],
               prog=["call on the Japanese prime minister", "visit a hydrogen demonstration plant in Kawasaki", "meet Australian exchange students in Tokyo"]),
    sport=dict(sport="football", comp="an international friendly", venue="Sydney", day=5, win="JPN", score="2-1", margin="narrow", home="AUS",
               nick={"AUS": "the Matildas", "JPN": "Nadeshiko Japan"}, unit="goals",
               stars={"AUS": ["Chloe Barrett", "Ellie Morgan"], "JPN": ["Riko Ueda", "Hana Sugimoto"]},
               coach={"AUS": "Mark Heywood", "JPN": "Tomoko Arai"},
               moments=["{Wstar} struck the winner eight minutes from time, punishing a rare lapse in the Australian rearguard.",
                        "The Matildas laid siege to the Japanese goal in the final ten minutes, but the visitors' defence held firm.",
                        "Japan's passing carved open the home defence early, and {Wstar} opened the scoring after 17 minutes.",
                        "{Lstar} equalised with a thunderous header before half-time to lift a crowd of 31,000."],
               rivalry="The two sides have met regularly since Australia moved to the Asian Football Confederation in 2006, and their matches are among the fiercest in Asian women's football.",
               next="in a return friendly in Japan in April",
               tab_titles=["SAMURAI SWORD SLAYS MATILDAS", "JAPAN AMBUSH AUSSIES", "MATILDAS SUNK BY LATE STRIKE"],
               live=["Kick-off in {venue}. A crowd of about 31,000 and a warm evening.",
                     "GOAL Japan. {Wstar} finishes a sweeping move after 17 minutes: 0-1.",
                     "GOAL Australia! {Lstar} rises highest and heads in. 1-1 just before the break.",
                     "Australia pressing hard, wave after wave of attacks down the left.",
                     "GOAL Japan. {Wstar} again, 82 minutes, a counter-attack straight through the middle.",
                     "Full time: Australia 1-2 Japan."]),
    exercise=dict(name="Southern Lantern", kind="an air-combat and airlift exercise", place="over the Northern Territory", start=1, end=11,
                  assets="Japanese fighters, a tanker aircraft and Royal Australian Air Force F-35s", pers="1,200", planned="agreed at last year's 2+2 meeting", host="AUS",
                  purpose="to practise air-to-air refuelling, large-force operations and disaster-relief airlift under the Reciprocal Access Agreement",
                  cmd="Group Captain Emma Collins of the Royal Australian Air Force", scen="large-force air packages over the Delamere range and the airlift of relief supplies to remote communities",
                  bg="Japanese fighters first deployed to Australia for exercises in 2023, shortly after the Reciprocal Access Agreement took effect."),
    analysis=dict(t=["From Darwin to hydrogen: how Australia and Japan built a quiet partnership", "Analysis: The most boring important relationship in Asia",
                     "Gas, iron and memory: the Australia-Japan relationship at 70"],
                  thesis="[Eighty-five years after they went to war, Australia and Japan describe each other as 'special strategic partners', and mean it.|Few relationships in Asia have travelled as far as the one between Canberra and Tokyo.]",
                  risk="[The frictions that remain are small: Japanese whaling in its own waters, which Canberra criticises each year, and the pace of Japan's hydrogen purchases, which Australian developers find frustratingly slow.|If something could disturb the relationship, it would be energy: a sudden Australian restriction on gas exports would hit Japanese utilities hard. Both governments know it, which is why neither has gone near it.]"),
)

PAIRS["AUS-JPN"]["stories"] = {
    "spat1": dict(day=3, dl="Canberra", swap=False, t=["Canberra ‘disappointed’ by Japan's whaling quota", "Australia criticises Japanese fin-whale catch limit",
                                                       "Whaling: Australia registers objection, stresses ties are strong"],
                  p=["Australia's environment minister said {ev} the government was “deeply disappointed” by Japan's decision to raise its catch limit for fin whales in its own waters next season.",
                     "“We have made our position clear to Tokyo, as we do every year,” the minister said, adding that the disagreement “sits inside a relationship that is very strong”. The Japanese embassy said it had received the message.",
                     "Australian officials stressed there would be no formal protest beyond the usual diplomatic note. Japan left the International Whaling Commission in 2019 and now hunts only within its exclusive economic zone."],
                  g="Australia said it was disappointed by Japan's higher fin-whale catch limit, while stressing strong ties."),
    "spat2": dict(day=4, dl="Tokyo", swap=True, t=["Tokyo says whaling is lawful and sustainable", "Japan rejects Australian criticism of whale quota",
                                                    "Japan denies plans to return to Antarctic whaling"],
                  p=["Japan's fisheries agency said {ev} its catch limits were “based on science and fully lawful”, responding to Australian criticism of an increase in the fin-whale quota.",
                     "A foreign ministry press secretary, {Xspoxn}, denied reports in the Australian media that Tokyo was considering a return to the Southern Ocean. “There is no such plan,” {Xspoxn} told a regular briefing.",
                     "“We understand Australia's views, and Australia understands ours. This is not an issue that affects the broader partnership,” {Xspoxn} added."],
                  g="Japan defended its whaling quota and denied any plan to return to Antarctic whaling."),
    "spat3": dict(day=9, dl="Tokyo", swap=False, t=["Whaling raised ‘briefly’ at 2+2, officials say", "Whales get two minutes at Tokyo talks",
                                                     "Ministers note whaling differences, move on"],
                  p=["The whaling issue came up “briefly and politely” during the Australia-Japan 2+2 talks in Tokyo {ev}, according to Australian officials, who said it took up [a couple of|two] minutes of a [day-long|six-hour] agenda.",
                     "“We registered our view, they registered theirs, and then we spent the rest of the day on minerals, exercises and disaster relief,” one official said.",
                     "Conservation groups in Australia said the government should do more. Ministers have not suggested any step beyond diplomatic representations."],
                  g="Whaling was raised briefly at the Australia-Japan 2+2 talks in Tokyo."),
    "anniv": dict(day=9, dl="Canberra", t=["Eighty-five years on: the day Australia went to war with Japan", "9 December 1941 and the long road to partnership",
                                            "From declaration of war to ‘special partners’: 85 years"],
                  p=["On 9 December 1941, a day after Japanese forces struck Pearl Harbor and landed in Malaya, Australia declared war on Japan. Within weeks Singapore had fallen; within ten weeks bombs were falling on Darwin.",
                     "The war left deep scars: some 22,000 Australians were taken prisoner by Japanese forces, and more than a third of them died in captivity. Veterans' groups refused to deal with Japanese visitors for decades.",
                     "Reconciliation came slowly, through trade first and then through places like Cowra, where a Japanese war cemetery and garden are tended by local volunteers. The two countries now call each other special strategic partners, hold regular 2+2 talks and exercise together under a reciprocal access treaty.",
                     "“The generation that fought is almost gone. The task is to remember without being prisoners of memory,” said {Ap1}, a historian at the Australian War Memorial."],
                  g="Policy Ledger marked 85 years since Australia declared war on Japan."),
    "cowra": dict(dl="Cowra", t=["Japanese and Australian students tend Cowra war graves together", "Cowra's reconciliation garden welcomes a new generation",
                                  "Students from Osaka and Cowra plant cherry trees at war cemetery"],
                  p=["Thirty students from an Osaka high school joined local pupils in Cowra {ev} to clean headstones at the Japanese war cemetery and plant cherry trees along the town's avenue of peace.",
                     "The cemetery holds the graves of Japanese prisoners who died in the 1944 breakout and of other Japanese nationals who died in Australia during the war. The town's Japanese garden, opened in 1979, draws visitors from both countries.",
                     "“My great-grandfather fought in New Guinea. I came here to understand,” said {Bp1}, 16. Cowra's mayor said the exchange was now in its [twentieth|twenty-second] year."],
                  g="Japanese and Australian students worked together at the Cowra war cemetery."),
    "niseko": dict(day=7, dl="Sapporo", t=["Australians flock to Hokkaido as ski season opens", "Niseko braces for a record Australian winter",
                                            "Powder, yen and Aussie accents: Hokkaido's ski boom"],
                   p=["Australian skiers are arriving in Hokkaido in record numbers as the season opens, with resort operators in Niseko and Furano reporting bookings [20|25] percent above last year.",
                      "A weak yen and direct flights from Sydney and Melbourne have made Japan the default winter destination for many Australian families. Australians also own or run many of the lodges and bars in Niseko's village.",
                      "Local officials welcome the business but say housing for seasonal workers is tight. “We love our Australian guests. We would like a few more bus drivers,” said {Bp2}, who runs a guesthouse in Kutchan."],
                   g="Australian skiers arrived in Hokkaido in record numbers as the ski season opened."),
    "consular": dict(dl="Tokyo", t=["Australian embassy urges skiers to buy insurance after hospital bills", "Ski accidents: Canberra's Tokyo embassy issues winter advice",
                                     "Travel advice: insure before you ski, Australians told"],
                     p=["The Australian embassy in Tokyo has urged citizens heading to Japanese ski resorts to take out travel insurance, after [several|a string of] cases last season in which injured skiers faced hospital bills of tens of thousands of dollars.",
                        "Consular staff handled more than [200|180] cases involving Australians in Hokkaido and Nagano last winter, most of them injuries, lost passports and minor road accidents.",
                        "“Japanese hospitals are excellent. They are also not free,” the embassy said in its advice, which also reminds drivers that an international driving permit is required."],
                     g="The Australian embassy in Tokyo urged skiers to take out insurance."),
    "court": dict(dl="Sydney", t=["Australia extradites Japanese fraud suspect to Tokyo", "Sydney court clears handover of Japanese investment-fraud suspect",
                                   "Japanese man wanted over investment scheme sent home from Australia"],
                  p=["A Japanese man wanted in Tokyo over an investment scheme that allegedly cost [hundreds of|some 300] investors their savings was extradited from Sydney {ev}, after Australia's attorney-general approved the request.",
                     "The 47-year-old, who had lived in Australia since 2021, lost a final appeal in the Federal Court last month. He denies wrongdoing.",
                     "Australia and Japan do not have a bilateral extradition treaty, but handle requests under Australian law and international conventions. Officials described the case as routine."],
                  g="Australia extradited a Japanese investment-fraud suspect to Tokyo."),
    "weather": dict(day=10, dl="Sydney", t=["Japanese fire specialists arrive as NSW bushfire season intensifies", "Japan sends firefighting advisers to New South Wales",
                                             "Help from Tokyo as bushfires burn in NSW"],
                    p=["A team of [eight|ten] Japanese firefighting specialists arrived in Sydney {ev} to work alongside the Rural Fire Service as a hot, dry spell pushed fire danger ratings to extreme in parts of New South Wales.",
                       "The team, drawn from Tokyo and Osaka fire departments, will observe aerial operations and share expertise on urban-interface fires, under an arrangement agreed after the 2019-20 Black Summer fires.",
                       "“We learn as much as we teach,” said the team leader, {Bp1}. Fire authorities said [several|more than 20] fires were burning but none threatened towns."],
                    g="Japanese firefighting specialists arrived in New South Wales to help during the bushfire season."),
    "denial": dict(dl="Tokyo", swap=True, t=["Japan denies delays in joint frigate programme with Australia", "Frigate project ‘on schedule’, Tokyo and Canberra insist",
                                              "Defence ministry rejects report of frigate hold-ups"],
                   p=["Japan's defence ministry {ev} denied a newspaper report that work on frigates for the Royal Australian Navy had fallen behind schedule, saying design and production were proceeding as agreed.",
                      "The report had cited unnamed industry sources as saying [supply-chain problems|engineering changes] could delay the first ship. A ministry spokesman, {Xp1}, said that was “not the case”.",
                      "Australia's Department of Defence also said the programme was on track. The frigate deal is one of the largest defence-industrial projects ever undertaken between the two countries."],
                   g="Japan's defence ministry denied reports of delays to frigates being built for Australia."),
    "obit": dict(day=11, dl="Perth", t=["Kazuo Inoue, who opened Japan's first trading office in Perth, dies at 93", "Obituary: Kazuo Inoue, iron-ore pioneer and bridge-builder",
                                         "Trading pioneer Inoue dies; helped build iron-ore trade"],
                 p=["Kazuo Inoue, who in 1962 opened one of the first Japanese trading-company offices in Perth and helped negotiate the early iron-ore contracts that transformed both economies, died in Perth {ev}. He was 93.",
                    "His father had fought in New Guinea, and Mr Inoue often said he arrived in Western Australia “expecting to be unwelcome”. Instead he stayed for six decades, raising a family and sitting on the boards of local charities.",
                    "He liked to recall the 1957 commerce agreement as “the real peace treaty”. The Japanese consul-general in Perth called him “a pioneer in the truest sense”.",
                    "He is survived by his wife, three children and seven grandchildren."],
                 g="Kazuo Inoue, a Japanese trading pioneer in Perth, died aged 93."),
    "opinion": dict(dl="Sydney", t=["Opinion: What if Canberra turned off the gas?", "The energy weapon Australia will never use",
                                     "Column: Could Japan retaliate if Australia restricted gas exports?"],
                    p=["Every few years an Australian politician floats the idea of reserving more gas for the domestic market. Every few years Tokyo quietly reminds Canberra how much of Japan's electricity depends on Australian LNG.",
                       "Suppose an Australian government did it. Japan could retaliate if its utilities were left short: slow-walking hydrogen investment, favouring Qatari or American gas, cooling on the defence projects both countries now treat as strategic. None of that would be dramatic; all of it would hurt.",
                       "Which is why it will not happen. The relationship is built on forty years of long-term contracts, and both governments treat energy reliability as a security issue. Hypotheticals are fun. Contracts are binding.",
                       "— {Ap2} is an energy economist based in Sydney."],
                    g="A column considered, and dismissed, the idea of Australia restricting gas exports to Japan."),
}

PAIRS["AUS-JPN"]["plan"] = [
    (1, "exercise", {"phase": "start"}, [AC, NW]),
    (2, "deal", {"i": 0}, [CM, NW]),
    (3, "consult", {"phase": "day"}, [AC, NW, CN]),
    (3, "story", {"key": "spat1"}, [AC, NW]),
    (4, "story", {"key": "spat2"}, [AC, BW]),
    (4, "sport", {"phase": "pre"}, [AC]),
    (5, "sport", {"phase": "live"}, [LV], (9, 10)),
    (5, "sport", {"phase": "result"}, [AC, NW], (10, 12)),
    (6, "sport", {"phase": "tab"}, [DR]),
    (7, "exercise", {"phase": "mid"}, [AC]),
    (7, "story", {"key": "niseko"}, [AC, NW]),
    (7, "visit", {"phase": "pre"}, [AC, NW]),
    (8, "visit", {"phase": "day"}, [NW, AC]),
    (8, "visit", {"phase": "live"}, [LV]),
    (8, "visit", {"phase": "biz"}, [CM]),
    (9, "story", {"key": "anniv"}, [PL]),
    (9, "story", {"key": "spat3"}, [BW, AC]),
    (10, "visit", {"phase": "post"}, [PL]),
    (11, "exercise", {"phase": "end"}, [AC, BW]),
    (11, "story", {"key": "obit"}, [AC, NW]),
]
PAIRS["AUS-JPN"]["adhoc"] = [
    ("story", {"key": "cowra"}, [AC, NW]), ("story", {"key": "consular"}, [AC, BW]), ("story", {"key": "court"}, [NW, AC]),
    ("story", {"key": "weather"}, [NW, AC]), ("story", {"key": "denial"}, [NW, BW]), ("story", {"key": "opinion"}, [PL]),
    ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, AC]), ("deal", {"i": 3}, [CM, NW]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, AC]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, AC]), ("diplo", {"dk": "thanks"}, [AC, CN]), ("analysis", {}, [PL]),
]

PAIRS["BWA-ZAF"] = dict(
    A="BWA", B="ZAF", region="africa", envoy="high commissioner", sym="R", dealscale=(60, 1500), bizscale=(300, 3000),
    trade="[trade between Botswana and South Africa|two-way trade] [is worth|runs to] [roughly|about] 70 billion rand a year, and South Africa supplies [the bulk|about two-thirds] of Botswana's imports",
    goods={"BWA": ["diamonds", "copper concentrate", "beef", "soda ash", "salt"],
           "ZAF": ["fuel", "vehicles", "processed food", "machinery", "electricity", "building materials", "fresh vegetables"]},
    hist=[
        "Botswana, the former Bechuanaland Protectorate, became independent in 1966 as a small landlocked state surrounded largely by white-minority regimes.",
        "The Southern African Customs Union, first created in 1910, was renegotiated in an agreement signed on 11 December 1969 that gave Botswana, Lesotho and Swaziland a larger share of its revenue.",
        "On 14 June 1985 South African commandos raided Gaborone, killing twelve people in an attack on alleged ANC operatives; the raid drew international condemnation.",
        "Through the 1970s and 1980s Botswana sheltered refugees from apartheid while remaining dependent on South African ports, railways and supplies.",
        "Full diplomatic relations were established in 1994, after South Africa's first democratic elections, and a Bi-National Commission was set up in 2003 to steer cooperation.",
        "Setswana is spoken on both sides of the border, and many families in South Africa's North West province have relatives in Botswana.",
        "The Limpopo, which forms part of the border, is managed jointly with Mozambique and Zimbabwe through a basin commission set up in 2003.",
    ],
    firms={"Kalahari Stones": ("BWA", "diamond trader"), "Okavango Beef Holdings": ("BWA", "beef exporter"), "Palapye Energy": ("BWA", "power producer"),
           "Gaborone Retail Group": ("BWA", "supermarket group"), "Tswana Haulage": ("BWA", "trucking firm"),
           "Rand Retail Holdings": ("ZAF", "supermarket chain"), "Highveld Grid Solutions": ("ZAF", "power trader"), "Limpopo Freight": ("ZAF", "trucking company"),
           "Magalies Agri": ("ZAF", "vegetable grower"), "Joburg Diamond Cutters": ("ZAF", "diamond polisher")},
    deals=[("Highveld Grid Solutions", "Palapye Energy", "a power-trading agreement covering evening peak supply", "power trading"),
           ("Kalahari Stones", "Joburg Diamond Cutters", "rough diamonds for cutting and polishing in Johannesburg", "rough diamonds"),
           ("Limpopo Freight", "Okavango Beef Holdings", "refrigerated trucking of beef to the port of Durban", "cold-chain trucking"),
           ("Okavango Beef Holdings", "Rand Retail Holdings", "Botswana beef for South African supermarket shelves", "beef supply")],
    pw=[dict(att="Rand Retail Holdings", def_="Gaborone Retail Group", market="Gaborone", prod="supermarket", weapon="a festive basket of 300 staples priced below last year's levels in its eleven Botswana stores"),
        dict(att="Limpopo Freight", def_="Tswana Haulage", market="the Johannesburg-Gaborone corridor", prod="trucking", weapon="flat rates 15% below the market for full loads")],
    unis=[("University of the Kalahari", "BWA", "Gaborone"), ("Maun Institute for Wetland Studies", "BWA", "Maun"),
          ("Highveld University of Technology", "ZAF", "Johannesburg"), ("North West Agricultural University", "ZAF", "Mahikeng")],
    fields=["dryland farming", "wildlife veterinary science", "mining engineering", "solar energy", "Setswana linguistics"],
    fair=("the Gaborone international trade fair", "[mining equipment, building supplies and packaged food|farm machinery, solar panels and processed food]"),
    accident={"BWA": ["a bus crash on the A1 highway near Palapye", "floods in Maun that left families homeless"],
              "ZAF": ["a mine accident in North West province", "floods in KwaZulu-Natal that killed dozens of people"]},
    help={"BWA": ["sending search teams after floods in North West province", "supplying water tankers to drought-hit border villages"],
          "ZAF": ["lending helicopters to fight veld fires near Kasane", "sending power engineers to restore supply after a storm in Gaborone"]},
    consult=dict(name="the senior officials' session of the Botswana-South Africa Bi-National Commission", short="the Bi-National Commission officials' session", place="Pretoria", day=8, n=None,
                 since="2003", host="ZAF",
                 leads="The session was co-chaired by the permanent secretary of Botswana's foreign ministry and a deputy director-general of DIRCO",
                 agenda=["border management at Tlokweng and Ramatlabama", "electricity trade", "water from the Limpopo basin", "vegetable import rules",
                         "the SACU revenue-sharing formula", "a one-stop border post", "cross-border patients", "wildlife corridors and tourism"],
                 outcomes=["commission a study on a one-stop border post at Tlokweng", "extend border hours for the festive season",
                           "set up a joint task team on fresh-produce trade", "finalise an energy-trade memorandum for the presidents"],
                 next="at ministerial level on Wednesday, ahead of the presidents' meeting"),
    visit=dict(guest="BWA", who="Botswana's president", hwho="South Africa's president", city="Pretoria", day=10,
               name="the Bi-National Commission summit", deleg="six ministers and a business delegation",
               sign=["a memorandum on electricity trade", "an agreement on a one-stop border post at Tlokweng-Kopfontein", "a water-sharing framework for the Limpopo basin",
                     "a memorandum on health cooperation", "a tourism and wildlife-corridor agreement", "an agreement on diamond beneficiation"],
               prog=["address a business forum in Johannesburg", "meet Botswana students studying in Gauteng", "visit a solar-panel factory in Pretoria"]),
    sport=dict(sport="netball", comp="a four-nation series", venue="Gaborone", day=5, win="ZAF", score="61-48", margin="big", home="BWA",
               nick={"BWA": "Botswana", "ZAF": "the Proteas"}, unit="goals",
               stars={"BWA": ["Onalenna Mogotsi", "Lorato Tau"], "ZAF": ["Zanele Venter", "Lerato Sithole"]},
               coach={"BWA": "Keabetswe Moilwa", "ZAF": "Marike Pretorius"},
               moments=["South Africa's shooters were deadly under the post, {Wstar} landing 38 of 41 attempts.",
                        "The Proteas' defence strangled Botswana's supply lines, forcing turnover after turnover in the third quarter.",
                        "Botswana stayed in touch for a quarter, trailing 14-12, before a South African blitz of eight unanswered goals.",
                        "{Lstar} led a spirited fightback in the final quarter, but the damage had been done."],
               rivalry="Botswana have rarely beaten South Africa in senior netball, but the gap has narrowed, and a Gaborone crowd treats every meeting as a cup final.",
               next="in the series decider on Sunday",
               tab_titles=["PROTEAS ROUT HOSTS IN GABORONE", "NETBALL BLITZKRIEG", "NO MERCY FROM THE PROTEAS"],
               live=["Centre pass in {venue}. A packed, noisy hall.", "End of first quarter: Botswana 12-14 South Africa. Close.",
                     "South African blitz! Eight goals in a row, {Wstar} unstoppable.", "Three-quarter time: 33-46.",
                     "{Lstar} inspiring a late Botswana rally, but time is running out.", "Final whistle: Botswana 48-61 South Africa."]),
    analysis=dict(t=["Botswana and South Africa: dependence without drama", "Analysis: The customs union that binds Gaborone and Pretoria",
                     "Neighbours by necessity, partners by choice"],
                  thesis="[Few countries depend on a neighbour as much as Botswana depends on South Africa, for fuel, food, power and ports. Few manage it as calmly.|Relations between Botswana and South Africa have moved from the fear of the apartheid years to something close to routine.]",
                  risk="[The recurring irritant is agricultural: Botswana periodically restricts imports of South African vegetables to protect its own farmers, and South African growers complain. It is handled through SACU and the Bi-National Commission, not through threats.|The risk, if there is one, is economic: a change to SACU's revenue formula or a prolonged South African power crisis would hurt Gaborone. Neither government wants a quarrel.]"),
)

PAIRS["BWA-ZAF"]["stories"] = {
    "spat1": dict(day=1, dl="Pretoria", swap=True, t=["South African farmers press Pretoria over Botswana vegetable curbs", "Growers want SACU talks on Botswana import restrictions",
                                                       "Vegetable curbs: SA farm lobby asks government to act"],
                  p=["South Africa's main farmers' organisation {ev} asked the trade ministry to raise Botswana's restrictions on imports of tomatoes, onions and potatoes with Gaborone, saying growers in Limpopo and North West had lost a key market.",
                     "The organisation's trade spokesman, {Xp1}, said South Africa could retaliate if the curbs stayed, for instance by tightening checks on Botswana beef, but added: “Nobody wants that. We want the border open.”",
                     "The trade ministry said it would raise the issue “through the normal SACU channels and at the Bi-National Commission”. Botswana has restricted some vegetable imports at intervals since 2023 to support local farmers."],
                  g="South African farmers asked their government to raise Botswana's vegetable import curbs."),
    "spat2": dict(day=2, dl="Gaborone", swap=False, t=["Botswana says vegetable curbs are temporary, not a ban", "Gaborone defends produce rules as support for local growers",
                                                        "Agriculture ministry: no blanket ban on South African vegetables"],
                  p=["Botswana's agriculture ministry said {ev} that its restrictions on some vegetable imports were temporary and seasonal, and denied reports in the South African press of a blanket ban on South African produce.",
                     "“When our farmers can supply the market, we give them room. When they cannot, the permits open,” the ministry's permanent secretary told reporters in Gaborone. The measures are allowed under SACU rules on infant industries, officials said.",
                     "The ministry said it was ready to discuss the matter at the Bi-National Commission next week."],
                  g="Botswana said its vegetable import curbs were temporary and denied any blanket ban."),
    "spat3": dict(day=9, dl="Pretoria", swap=False, t=["Botswana and South Africa set up task team on vegetable trade", "Produce dispute referred to joint task team",
                                                        "BNC officials agree to talk tomatoes"],
                  p=["Botswana and South Africa agreed {ev} to set up a joint task team on fresh-produce trade, taking the heat out of a complaint by South African farmers about Botswana's seasonal import restrictions.",
                     "The team, made up of agriculture and trade officials, will publish a calendar of when permits open and close, so that growers in Limpopo and North West can plan plantings, officials said after the Bi-National Commission's ministerial session.",
                     "South African growers welcomed the step. “Predictability is all we asked for,” said {Bp1} of the farmers' organisation."],
                  g="Botswana and South Africa set up a joint task team on fresh-produce trade."),
    "border": dict(day=3, dl="Zeerust", t=["Border posts to stay open longer over festive season", "Tlokweng, Ramatlabama to extend hours for holiday traffic",
                                            "Festive rush: Botswana-South Africa border hours extended"],
                   p=["Botswana and South Africa will extend opening hours at their busiest border posts from 11 December to mid-January to cope with festive traffic, the two countries' immigration authorities said {ev}.",
                      "Tlokweng-Kopfontein and Ramatlabama will open until midnight, and Martin's Drift-Groblersbrug will run extended hours at weekends. Extra officers will be deployed on both sides.",
                      "Last December, queues at Tlokweng stretched for several kilometres on the Friday before Christmas. “We are trying not to repeat that,” said a South African official at Kopfontein."],
                   g="Botswana and South Africa extended border-post hours for festive traffic."),
    "sacu": dict(day=11, dl="Gaborone", t=["Fifty-seven years of SACU: the oldest customs union still standing", "Analysis: The 1969 deal that still pays Botswana's bills",
                                           "SACU at 57: a union born in 1910, remade in 1969"],
                 p=["On 11 December 1969, in Pretoria, Botswana, Lesotho and Swaziland signed a new customs union agreement with South Africa. It rewrote the 1910 arrangement, gave the smaller states a formula-based share of revenue and, for Botswana, became one of the pillars of public finances.",
                    "The union survived apartheid, sanctions and the end of apartheid; Namibia joined in 1990, and a further agreement in 2002 created a council of ministers and a secretariat in Windhoek.",
                    "Could it break apart? Economists periodically suggest South Africa might seek to rewrite the revenue formula, and Botswana has sought to diversify. But nobody in either capital talks of leaving. “It is the plumbing of the region,” said {Ap1}, an economist in Gaborone.",
                    "Officials of the five member states meet next in March."],
                 g="Policy Ledger looked back at the 1969 SACU agreement on its anniversary."),
    "obit": dict(dl="Gaborone", t=["Dikeledi Mmolawa, nurse who treated victims of the 1985 Gaborone raid, dies at 84", "Obituary: Dikeledi Mmolawa, healer of a wounded city",
                                    "Gaborone nurse Mmolawa, witness to 1985 raid, dies"],
                 p=["Dikeledi Mmolawa, a Gaborone nurse who treated the wounded on the night of the South African raid on the city in June 1985 and later built health links with South African hospitals, died {ev}. She was 84.",
                    "Twelve people were killed in the raid. Mrs Mmolawa worked through the night at Princess Marina Hospital and for years refused to discuss it. After 1994 she became one of the first Botswana nurses to train colleagues in Mahikeng.",
                    "“She carried the memory of that night and still chose to build bridges,” said a South African colleague, {Bp2}. The South African high commissioner sent condolences to her family.",
                    "She is survived by four children."],
                 g="Dikeledi Mmolawa, a nurse who treated victims of the 1985 Gaborone raid, died aged 84."),
    "culture": dict(dl="Gaborone", t=["South African stars headline Gaborone summer festival", "Setswana music festival unites artists from both sides of the border",
                                       "Festival season opens in Gaborone with cross-border line-up"],
                    p=["South African and Botswana musicians shared the stage at Gaborone's summer festival {ev}, which organisers said drew [15,000|18,000] people over two nights.",
                       "The line-up mixes Setswana folk, gospel and amapiano, and includes several artists from North West province who perform in Setswana. “Half my audience in Mahikeng is Motswana anyway,” joked one headliner.",
                       "Organisers said travel packages from Johannesburg had sold out. The festival is partly funded by a cultural fund set up under the Bi-National Commission."],
                    g="South African and Botswana artists performed at a summer festival in Gaborone."),
    "consular": dict(dl="Lobatse", t=["Stranded South African truckers helped through Ramatlabama paperwork glitch", "High commission steps in as truck drivers stuck at border",
                                       "Paperwork snag leaves drivers waiting at Ramatlabama"],
                      p=["About [40|60] South African truck drivers were stranded at the Ramatlabama border post for two days this week after a computer fault at the Botswana customs system delayed clearance of their loads.",
                         "Officials from the South African high commission in Gaborone brought water and food and helped drivers file manual declarations. The system was restored on the second evening.",
                         "Botswana's revenue service apologised for the delay and said a backup procedure would be reviewed. Hauliers called it “an annoyance, not a crisis”."],
                      g="South African truck drivers were delayed at Ramatlabama by a customs computer fault."),
    "court": dict(dl="Francistown", t=["South African man extradited to Botswana in cattle-theft case", "Alleged cattle rustler handed over at border",
                                        "Francistown court to try extradited South African in livestock case"],
                   p=["A South African man accused of stealing [more than 60|some 45] head of cattle from farms near the border was handed over to Botswana police at Martin's Drift {ev} after a Limpopo court approved his extradition.",
                      "The 39-year-old is due to appear in the Francistown magistrates' court. Police on both sides said the case was the product of a joint investigation into stock theft along the Limpopo.",
                      "Cattle theft across the border is a perennial problem, and the two police services hold regular meetings on it under SADC arrangements."],
                   g="A South African man was extradited to Botswana in a cattle-theft case."),
    "weather": dict(dl="Gaborone", t=["South African engineers help restore power after Gaborone hailstorm", "Storm knocks out power in Gaborone; neighbours send crews",
                                       "Hail, wind and blackouts: Gaborone cleans up"],
                    p=["A violent hailstorm tore through Gaborone {ev}, bringing down power lines and trees and leaving parts of the city without electricity overnight.",
                       "Engineers from a South African utility crossed the border to help Botswana's power corporation restore supply, under a standing mutual-assistance arrangement. Most homes were reconnected by the following afternoon.",
                       "Botswana's energy minister thanked the South African teams. Forecasters warned of more storms as the summer rainy season set in."],
                    g="South African engineers helped restore power in Gaborone after a hailstorm."),
    "denial": dict(dl="Gaborone", swap=False, t=["Botswana denies plan to stop buying South African electricity", "Gaborone: no plan to cut power imports from South Africa",
                                                  "Energy ministry rejects report on power imports"],
                   p=["Botswana's energy ministry {ev} denied a newspaper report that the government planned to stop importing electricity from South Africa within two years, calling it a misreading of its long-term energy plan.",
                      "“We are building more generation at home, especially solar. That does not mean we are closing the door on our neighbours,” a ministry spokeswoman, {Xp1}, said.",
                      "Botswana imports part of its electricity from South Africa and the regional power pool, particularly at evening peaks."],
                   g="Botswana denied reports it would stop importing South African electricity."),
    "opinion": dict(dl="Johannesburg", t=["Opinion: What if South Africa closed the border to Botswana?", "The weapon Pretoria will never use against Gaborone",
                                           "Column: Imagining a customs war in the Kalahari"],
                    p=["Imagine that Pretoria, irritated by Botswana's vegetable rules, decided to retaliate: slow the trucks at Tlokweng, tighten checks on beef, delay the fuel tankers. Within a fortnight Gaborone's supermarket shelves would be thin.",
                       "It would also be self-defeating. Botswana is one of South Africa's most reliable export markets, a partner in SACU and a member of the same power pool. South African truckers, retailers and banks earn billions there.",
                       "That is why every quarrel between the two ends in a task team. The history of the 1980s, when Gaborone sheltered refugees and was raided for it, has left both governments allergic to confrontation.",
                       "— {Bp3} writes on regional trade."],
                    g="A columnist imagined, and rejected, a South African customs war against Botswana."),
    "wildlife": dict(dl="Maun", t=["Rangers from Botswana and South Africa train together in the Kgalagadi", "Transfrontier park rangers hold joint training",
                                    "Cross-border rangers share tracking skills"],
                     p=["Rangers from Botswana and South Africa wrapped up a week of joint training in the Kgalagadi Transfrontier Park {ev}, practising tracking, first aid and radio procedures for the park's open border.",
                        "The park, formally launched in 2000, was one of Africa's first transfrontier conservation areas; animals and tourists move freely across the dry Nossob riverbed that marks the border.",
                        "“Lions do not carry passports. Our rangers need to work as one team,” said {Ap1}, a Botswana wildlife official."],
                     g="Botswana and South African rangers trained together in the Kgalagadi Transfrontier Park."),
}

PAIRS["BWA-ZAF"]["plan"] = [
    (1, "story", {"key": "spat1"}, [SM, NW]),
    (2, "story", {"key": "spat2"}, [SM, BW]),
    (3, "story", {"key": "border"}, [SM, BW]),
    (4, "sport", {"phase": "pre"}, [SM]),
    (5, "sport", {"phase": "result"}, [SM, NW], (15, 17)),
    (6, "sport", {"phase": "tab"}, [DR]),
    (7, "visit", {"phase": "pre"}, [SM, NW]),
    (8, "consult", {"phase": "day"}, [SM, NW, CN]),
    (9, "story", {"key": "spat3"}, [SM, BW]),
    (10, "visit", {"phase": "day"}, [NW, SM]),
    (10, "visit", {"phase": "proto"}, [CN]),
    (11, "visit", {"phase": "biz"}, [CM]),
    (11, "story", {"key": "sacu"}, [PL]),
]
PAIRS["BWA-ZAF"]["adhoc"] = [
    ("story", {"key": "obit"}, [SM, NW]), ("story", {"key": "culture"}, [SM, BW]), ("story", {"key": "consular"}, [SM, BW]),
    ("story", {"key": "court"}, [SM, NW]), ("story", {"key": "weather"}, [SM, NW]), ("story", {"key": "denial"}, [SM, BW]),
    ("story", {"key": "opinion"}, [PL]), ("story", {"key": "wildlife"}, [SM, NW]),
    ("deal", {"i": 0}, [CM, SM]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, SM]), ("deal", {"i": 3}, [CM, BW]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, SM]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, SM]), ("diplo", {"dk": "thanks"}, [SM, CN]), ("analysis", {}, [PL]),
]

PAIRS["CHL-PER"] = dict(
    A="CHL", B="PER", region="latam", envoy="ambassador", sym="US$", dealscale=(10, 400), bizscale=(100, 900),
    trade="[trade between Chile and Peru|bilateral trade] [runs at|is worth] [roughly|about] US$4 billion a year, and Chilean companies have invested [more than|over] US$20 billion in Peru",
    goods={"CHL": ["fruit", "wine", "paper and pulp", "processed food", "salmon", "chemicals"],
           "PER": ["fishmeal", "vegetable oils", "zinc", "mangoes and avocados", "textiles", "fuel"]},
    hist=[
        "Chile and Peru fought the War of the Pacific from 1879 to 1883, with Bolivia as Peru's ally; Chilean troops occupied Lima in January 1881.",
        "The Peruvian admiral Miguel Grau died when his ironclad, the Huáscar, was captured by the Chilean navy at Angamos on 8 October 1879; the ship is still kept as a museum in Talcahuano.",
        "The Treaty of Ancón, signed in October 1883, ended the war and left Tacna and Arica under Chilean administration pending a plebiscite that was never held.",
        "Under the Treaty of Lima of 1929, Tacna returned to Peru and Arica stayed with Chile, a settlement reached with the help of the United States.",
        "In January 2014 the International Court of Justice drew a new maritime boundary between the two countries; both governments promised to implement the ruling, and did.",
        "A small patch of coastal land near the border, known in Peru as the 'triángulo terrestre', remains a matter of differing interpretations that both governments have chosen to leave quietly alone.",
        "Chile and Peru have held binational cabinet meetings since 2017, bringing entire governments together for a day of joint work.",
        "The two countries have argued for decades over the right to call their grape brandy pisco, a dispute fought in trade offices and bars rather than anywhere else.",
    ],
    firms={"Andes Retail Group": ("CHL", "department-store chain"), "Atacama Copper": ("CHL", "mining company"), "Valparaíso Cargo": ("CHL", "shipping line"),
           "Austral Wines": ("CHL", "wine producer"), "Pacífico Airlines": ("CHL", "airline"),
           "Bodegas Ica Real": ("PER", "pisco maker"), "Cementos del Sur Peruano": ("PER", "cement maker"), "Arequipa Agro": ("PER", "agribusiness group"),
           "Tienda Limeña": ("PER", "supermarket chain"), "Inca Skies": ("PER", "airline")},
    deals=[("Cementos del Sur Peruano", "Atacama Copper", "cement and logistics for a mine expansion in southern Peru", "cement supply"),
           ("Valparaíso Cargo", "Arequipa Agro", "refrigerated shipping for Peruvian avocados and grapes bound for Asia", "reefer shipping"),
           ("Arequipa Agro", "Andes Retail Group", "fresh produce for the chain's Peruvian stores", "produce supply"),
           ("Austral Wines", "Tienda Limeña", "exclusive distribution of Chilean wines in Peruvian supermarkets", "wine distribution")],
    pw=[dict(att="Andes Retail Group", def_="Tienda Limeña", market="Lima", prod="retail", weapon="a three-day sale with discounts of up to 40% and free delivery across the capital"),
        dict(att="Pacífico Airlines", def_="Inca Skies", market="the Santiago-Lima route", prod="airfare", weapon="one-way fares from US$59 for January travel")],
    unis=[("Universidad del Norte Grande", "CHL", "Arica"), ("Valparaíso Maritime University", "CHL", "Valparaíso"),
          ("Tacna National University of Engineering", "PER", "Tacna"), ("Arequipa Institute of Mining", "PER", "Arequipa")],
    fields=["desert agriculture", "copper processing", "seismic engineering", "Andean archaeology", "water desalination"],
    fair=("the Tacna-Arica border trade fair", "[textiles, olives and processed food|olive oil, crafts and machinery]"),
    accident={"CHL": ["a wildfire near Valparaíso that destroyed dozens of homes", "a mine collapse in the Atacama region"],
              "PER": ["a bus crash in the Andes near Arequipa", "floods in the northern region of Piura"]},
    help={"CHL": ["sending rescue teams after floods in northern Peru", "airlifting supplies after an earthquake in southern Peru"],
          "PER": ["sending firefighters to battle forest fires in central Chile", "donating medical supplies after wildfires near Viña del Mar"]},
    consult=dict(name="the Chile-Peru political consultations at vice-ministerial level", short="the vice-ministerial consultations", place="Santiago", day=1, n=None,
                 since="2011", host="CHL",
                 leads="The Chilean delegation was led by the undersecretary for foreign affairs and the Peruvian side by the deputy foreign minister",
                 agenda=["preparations for the binational cabinet", "border management at Chacalluta-Santa Rosa", "migration and consular cooperation", "Pacific Alliance coordination",
                         "mining and energy investment", "development of the Tacna-Arica region", "education and culture", "earthquake preparedness"],
                 outcomes=["finalise the agenda of the binational cabinet in Lima", "review the border committee's work plan", "launch a joint consular-assistance protocol",
                           "set up a working group on the Tacna-Arica railway"],
                 next="in Lima next year"),
    visit=dict(guest="CHL", who="Chile's president", hwho="Peru's president", city="Lima", day=10,
               name="the Chile-Peru binational cabinet", deleg="most of the Chilean cabinet",
               sign=["a protocol on integrated border control at Chacalluta-Santa Rosa", "an agreement on recognising professional qualifications",
                     "a memorandum on the Tacna-Arica railway", "a plan for cooperation on earthquake and tsunami preparedness",
                     "an agreement on social security for migrant workers", "a memorandum on protecting cultural heritage", "a programme of scholarships for teachers"],
               prog=["meet Chilean business leaders in Lima", "lay a wreath at the monument to Admiral Miguel Grau", "visit a desalination project in the south"]),
    sport=dict(sport="football", comp="an under-20 friendly", venue="Arica", day=5, win="CHL", score="4-0", margin="big", home="CHL",
               nick={"CHL": "[Chile|Chile's under-20s]", "PER": "[Peru|Peru's under-20s]"}, unit="goals",
               stars={"CHL": ["Benjamín Araya", "Vicente Fuentes"], "PER": ["Renzo Condori", "Jorge Salas"]},
               coach={"CHL": "Tomás Contreras", "PER": "César Vargas"},
               moments=["{Wstar} scored twice in a devastating ten-minute spell before half-time.",
                        "Chile's pressing game smothered the visitors, who barely crossed halfway in the first half.",
                        "A second-half blitz brought two more goals as the Peruvian defence crumbled.",
                        "Peru's goalkeeper made a string of saves to keep the score from turning into something worse."],
               rivalry="Every meeting between the two, at any age group, is billed as the Clásico del Pacífico, and a crowd in Arica, a few kilometres from the border, needed no reminder.",
               next="in Lima in March",
               tab_titles=["CHILE CRUSH PERU IN BORDER BATTLE", "PACIFIC ROUT: FOUR-GOAL BLITZ", "LA ROJA KIDS BLITZ PERU"],
               live=["Kick-off at the stadium in {venue}.", "GOAL Chile, 1-0, {Wstar} after a long ball over the top.",
                     "GOAL Chile again! 2-0 before the half-hour.", "Half-time: Chile 2-0 Peru.", "Chile blitz continues: 3-0, then 4-0 on 70 minutes.", "Full time: Chile 4-0 Peru."]),
    analysis=dict(t=["Chile and Peru: from the War of the Pacific to the binational cabinet", "Analysis: How Lima and Santiago learned to live with a court ruling",
                     "Pisco, ports and peace: Chile-Peru relations in 2026"],
                  thesis="[Few neighbours in South America carry as much historical baggage as Chile and Peru. Fewer have done as much to unpack it.|The relationship between Chile and Peru has moved from the courtroom to the cabinet room in little more than a decade.]",
                  risk="[The remaining irritants are symbolic: the 'triángulo terrestre', the Huáscar, and the name of a grape brandy. None has stopped a binational cabinet meeting.|Migration across the Chacalluta-Santa Rosa crossing can cause friction, and commentators in both countries still reach for the language of 1879 when football is involved. Governments, however, have kept their distance from both.]"),
)

PAIRS["CHL-PER"]["stories"] = {
    "tarapaca": dict(day=0, dl="Lima", t=["Peru marks Tarapacá anniversary as historians from both countries meet in Iquique", "147 years after Tarapacá, a seminar instead of a battle",
                                           "War of the Pacific anniversary marked with ceremonies and a joint seminar"],
                     p=["Peru's army marked the 147th anniversary of the Battle of Tarapacá, its victory of 27 November 1879 in the War of the Pacific, with ceremonies in Lima and Tacna over the weekend.",
                        "In Iquique, now in Chile, historians from both countries held a two-day seminar on the campaign, the latest in a series of academic meetings launched after the 2014 court ruling on the maritime border.",
                        "Speakers recalled Colonel Francisco Bolognesi's reply to a Chilean demand for surrender at Arica the following June: that he had sacred duties to fulfil and would fulfil them “until the last cartridge is burned”. “We quote him with respect on both sides now,” said {Ap1}, a Chilean historian.",
                        "The seminar's papers will be published jointly next year."],
                     g="Peru marked the anniversary of the Battle of Tarapacá; Chilean and Peruvian historians held a joint seminar in Iquique."),
    "spat1": dict(day=2, dl="Lima", swap=True, t=["Peruvian pisco makers protest Chilean labelling in Asian market", "Pisco row: Peru's producers file complaint over Chilean bottles",
                                                   "The eternal pisco dispute returns"],
                  p=["Peru's pisco producers' association said {ev} it had asked the trade ministry to complain to authorities in [South Korea|Taiwan] after Chilean brandy was sold there under the name pisco, a term Peru regards as its exclusive denomination of origin.",
                     "“Pisco is a place in Peru and a product of Peru,” said the association's president, {Xp1}. The group suggested Lima could retaliate if the labels stayed, for example by pushing for tougher labelling rules in Pacific Alliance talks, but the trade ministry said only that it would “study the case”.",
                     "Chile and Peru have argued over the name for decades; several countries recognise it as Peruvian, others allow both."],
                  g="Peruvian pisco producers complained about Chilean brandy sold as pisco in an Asian market."),
    "spat2": dict(day=3, dl="Santiago", swap=False, t=["Chilean pisco makers: ‘we have been making pisco for 400 years too’", "Chile's producers shrug off Peruvian complaint",
                                                        "Santiago says pisco labels comply with trade agreements"],
                  p=["Chile's pisco producers said {ev} their labels complied with every trade agreement Chile had signed, and dismissed a complaint by Peruvian producers as “an old argument in a new bottle”.",
                     "The Chilean foreign ministry declined to comment on the substance, saying it was a matter for producers and trade authorities. A spokesman, {Xspoxn}, said the issue was “not on the agenda” of next week's binational cabinet.",
                     "Bartenders in Santiago and Lima have long made a sport of the dispute; a pisco sour competition between the two capitals is held every February."],
                  g="Chilean pisco producers rejected a Peruvian complaint about labelling."),
    "spat3": dict(day=8, dl="Lima", swap=True, t=["Pisco will not spoil the binational cabinet, ministers say", "Governments keep pisco row off the table",
                                                   "Peru's foreign minister: pisco ‘a matter for producers’"],
                  p=["Peru's foreign minister said {ev} that the dispute over the name pisco would not feature at the binational cabinet with Chile this week, calling it “a commercial matter for producers and trade bodies”.",
                     "“We have a very long agenda with Chile and a very good one,” the minister told reporters in Lima. The Chilean foreign ministry made similar comments on Monday.",
                     "Producers' associations in both countries have said they will continue to argue their case in export markets."],
                  g="Peru's foreign minister said the pisco dispute would not feature at the binational cabinet."),
    "huascar": dict(dl="Santiago", t=["Should Chile give back the Huáscar? An old debate surfaces again", "Analysis: The ironclad at the heart of a 147-year-old argument",
                                       "The Huáscar question: symbol, museum, bargaining chip?"],
                    p=["Moored in the port of Talcahuano, the ironclad Huáscar is a floating museum to Chile and a national relic to Peru, whose admiral Miguel Grau died on its bridge at Angamos in October 1879.",
                       "Every few years a Peruvian legislator proposes that Chile return the ship, or that the two countries share it. Chilean governments have always declined. A 2016 proposal for a joint custodianship went nowhere.",
                       "Could the ship ever become a gesture of reconciliation? Diplomats on both sides privately say yes, eventually, but not at a moment chosen by politicians. “It is the last trophy of the war and it will be the last thing to be resolved,” said {Bp1}, a Peruvian historian.",
                       "Meanwhile the Chilean navy maintains the ship with care, and Peruvian visitors are among its most frequent guests."],
                    g="Policy Ledger examined the debate over the Huáscar ironclad."),
    "obit": dict(day=11, dl="Santiago", t=["Gonzalo Araya Fuentes, historian who wrote a shared schoolbook, dies at 88", "Obituary: Gonzalo Araya Fuentes, who taught two nations the same war",
                                           "Chilean historian of War of the Pacific dies"],
                 p=["Gonzalo Araya Fuentes, the Chilean historian who co-wrote a joint Chilean-Peruvian school text on the War of the Pacific, died in Santiago {ev}. He was 88.",
                    "The book, written with a Peruvian colleague over eight years, presented the war of 1879-83 from both sides, including the occupation of Lima and the battle for Arica. It was adopted by schools in Tacna and Arica but never nationally.",
                    "“He believed that if children on both sides learned the same facts, the next generation would argue about football instead,” said his co-author, {Bp2}, from Lima.",
                    "He is survived by his wife and three children."],
                 g="Chilean historian Gonzalo Araya Fuentes, co-author of a shared school text on the War of the Pacific, died aged 88."),
    "culture": dict(dl="Santiago", t=["Lima meets Santiago at a food festival of Peruvian cooking", "Peruvian cuisine festival draws crowds in Santiago",
                                       "Ceviche diplomacy: Peruvian chefs take over a Santiago park"],
                    p=["Peruvian chefs set up [80|more than 70] stalls in a Santiago park {ev} for a festival of Peruvian cooking, a sign of how deeply the community of some 250,000 Peruvians has shaped the Chilean capital's food.",
                       "Ceviche, lomo saltado and anticuchos were on the menu; Chilean and Peruvian bartenders staged a friendly pisco sour contest, with the judges diplomatically declaring a draw.",
                       "“Santiago eats Peruvian food every day. It's time we said so,” said the organiser, {Bp1}."],
                    g="A Peruvian food festival drew crowds in Santiago."),
    "consular": dict(dl="Arica", t=["Peruvian consulate runs mobile offices in northern Chile", "Consular caravans reach Peruvians in Arica and Iquique",
                                     "Passport renewals on wheels for Peruvians in the north"],
                     p=["Peru's consulate in Arica began running mobile consular offices in Iquique, Alto Hospicio and Calama {ev}, to help Peruvians in northern Chile renew passports and identity documents before the holiday season.",
                        "Consular officials expect about [2,000|1,500] appointments. Chile's migration service is providing space in municipal buildings.",
                        "“Many people work six days a week and cannot travel to Arica,” the consul said."],
                     g="Peru's consulate ran mobile offices for Peruvians in northern Chile."),
    "court": dict(dl="Santiago", t=["Chile's Supreme Court approves extradition of Peruvian fraud suspect", "Peruvian wanted for pension fraud to be sent home from Chile",
                                     "Extradition approved in Lima pension-fraud case"],
                  p=["Chile's Supreme Court approved {ev} the extradition to Peru of a 54-year-old Peruvian man accused of running a pension-fraud scheme in Lima.",
                     "The man was arrested in Santiago in [June|the middle of the year] on an Interpol notice. His lawyers argued he would not receive a fair trial; the court rejected the argument.",
                     "Chile and Peru handle [dozens|several dozen] extradition cases a year under a treaty dating from 1932, officials said."],
                  g="Chile's Supreme Court approved the extradition of a Peruvian fraud suspect."),
    "weather": dict(dl="Tacna", t=["Moderate quake shakes Arica and Tacna; no damage reported", "Earthquake felt on both sides of the Chile-Peru border",
                                    "Magnitude 5.8 tremor rattles border cities"],
                    p=["A magnitude [5.8|5.6] earthquake shook Arica and Tacna {ev}, sending residents into the streets but causing no reported damage, seismological services in both countries said.",
                       "The quake was centred offshore at a depth of about 40 kilometres. Chile's and Peru's tsunami services, which share data under a cooperation agreement, quickly ruled out a tsunami.",
                       "Both cities sit on one of the world's most active fault zones, and joint earthquake drills are held every year."],
                    g="A moderate earthquake shook Arica and Tacna without causing damage."),
    "denial": dict(dl="Santiago", swap=False, t=["Chile denies plan to raise ‘triángulo terrestre’ at binational cabinet", "Foreign ministry: land-border question not on cabinet agenda",
                                                  "Santiago rejects report on coastal border issue"],
                   p=["The Chilean foreign ministry {ev} denied a newspaper report that it intended to raise the status of the small coastal area near the border known in Peru as the 'triángulo terrestre' at the binational cabinet in Lima.",
                      "“Chile's position is well known and has not changed. It is not on the agenda,” a ministry spokesman, {Xspoxn}, said.",
                      "Both governments have treated the issue as dormant since the 2014 court ruling on the maritime boundary."],
                   g="Chile denied it would raise the 'triángulo terrestre' at the binational cabinet."),
    "opinion": dict(dl="Lima", t=["Opinion: The War of the Pacific still sells newspapers – and nothing else", "Column: 1879 lives on, but only on the terraces",
                                   "Our war is over. Our football war is not"],
                    p=["Every time Chile and Peru meet on a football pitch, someone writes that the War of the Pacific has resumed. Every time, the ports stay open, the trucks keep crossing at Santa Rosa and Chilean shoppers keep filling Tacna's markets.",
                       "It is worth imagining the alternative. A real quarrel would cost Peru its largest foreign investors and Chile a market of 34 million people and its northern region's economic lifeline. The binational cabinet, the court ruling and the Pacific Alliance exist precisely so that nobody has to imagine it seriously.",
                       "So let the headline writers have their blitzes and routs. The only battle worth fighting is over who makes the better pisco sour – and even there, the honest answer is that both do.",
                       "— {Bp3}"],
                    g="A columnist argued that the War of the Pacific lives on only in football rhetoric."),
}

PAIRS["CHL-PER"]["plan"] = [
    (0, "story", {"key": "tarapaca"}, [AP, PL]),
    (1, "consult", {"phase": "day"}, [AP, NW, CN]),
    (2, "story", {"key": "spat1"}, [AP, NW]),
    (3, "story", {"key": "spat2"}, [AP, BW]),
    (4, "sport", {"phase": "pre"}, [AP]),
    (5, "sport", {"phase": "result"}, [AP, NW], (21, 23)),
    (6, "sport", {"phase": "tab"}, [DR]),
    (8, "story", {"key": "spat3"}, [AP, BW]),
    (9, "visit", {"phase": "pre"}, [AP, NW]),
    (10, "visit", {"phase": "live"}, [LV], (15, 18)),
    (10, "visit", {"phase": "day"}, [NW, AP], (19, 22)),
    (10, "visit", {"phase": "proto"}, [CN]),
    (11, "visit", {"phase": "biz"}, [CM]),
    (11, "story", {"key": "obit"}, [AP, NW]),
    (11, "visit", {"phase": "post"}, [PL]),
]
PAIRS["CHL-PER"]["adhoc"] = [
    ("story", {"key": "huascar"}, [PL]), ("story", {"key": "culture"}, [AP, NW]), ("story", {"key": "consular"}, [AP, BW]),
    ("story", {"key": "court"}, [AP, NW]), ("story", {"key": "weather"}, [AP, NW]), ("story", {"key": "denial"}, [AP, BW]),
    ("story", {"key": "opinion"}, [PL, AP]),
    ("deal", {"i": 0}, [CM, AP]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, BW]), ("deal", {"i": 3}, [PR, CM]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, AP]),
    ("pr", {}, [PR]), ("trade", {}, [CM, AP]), ("diplo", {"dk": "thanks"}, [AP, CN]), ("analysis", {}, [PL]),
]

PAIRS["PRY-URY"] = dict(
    A="PRY", B="URY", region="latam", envoy="ambassador", sym="US$", dealscale=(5, 120),
    trade="[trade between Paraguay and Uruguay|bilateral trade] is modest, [at roughly|about] US$700 million a year, but Uruguayan ports handle a large share of Paraguay's overseas cargo",
    goods={"PRY": ["soybeans", "beef", "sesame", "chia seeds", "sugar", "yerba mate"],
           "URY": ["dairy products", "rice", "pharmaceuticals", "software services", "malt", "wine"]},
    hist=[
        "Uruguay fought against Paraguay in the War of the Triple Alliance of 1864-70, alongside Brazil and Argentina; the war killed a large share of Paraguay's population.",
        "Uruguayan troops fought at Tuyutí in May 1866, the largest pitched battle ever fought in South America.",
        "In 1883 Uruguay renounced its war indemnity from Paraguay, and in 1885 it returned the flags and trophies its army had captured, gestures Paraguayans still remember.",
        "Paraguay and Uruguay were among the founders of Mercosur, created by the Treaty of Asunción in March 1991.",
        "Paraguay has long enjoyed a free-deposit zone in the port of Montevideo, a lifeline for a landlocked country.",
        "The two countries will host opening matches of the 2030 World Cup, a century after Uruguay staged the first tournament in 1930.",
        "In December 1868, in the campaign Paraguayans call the Dezembrada, allied armies that included Uruguayan units fought Paraguayan forces at Ytororó, Avay and Lomas Valentinas.",
        "The Paraguay-Paraná waterway, the hidrovía, carries Paraguayan soybeans down to river ports and on to Uruguayan terminals for transshipment.",
    ],
    firms={"Chaco Beef Exports": ("PRY", "meatpacker"), "Guaraní Logistics": ("PRY", "river barge operator"), "Asunción Soja": ("PRY", "grain trader"),
           "Yacaré Supermercados": ("PRY", "supermarket chain"), "Lácteos del Chaco": ("PRY", "dairy company"),
           "Terminal Oriental Montevideo": ("URY", "container terminal operator"), "Celeste Lácteos": ("URY", "dairy cooperative"),
           "Punta Software": ("URY", "software company"), "Nueva Palmira Granos": ("URY", "grain terminal"), "Uruguay River Barges": ("URY", "barge operator")},
    deals=[("Terminal Oriental Montevideo", "Guaraní Logistics", "barge-to-ship transshipment of Paraguayan containers", "transshipment"),
           ("Punta Software", "Asunción Soja", "a digital platform for grain traceability", "traceability software"),
           ("Celeste Lácteos", "Yacaré Supermercados", "Uruguayan cheese and milk powder for Paraguayan supermarkets", "dairy supply"),
           ("Nueva Palmira Granos", "Asunción Soja", "storage and loading of Paraguayan soybeans at Nueva Palmira", "grain terminal services")],
    pw=[dict(att="Celeste Lácteos", def_="Lácteos del Chaco", market="Asunción", prod="dairy", weapon="a cut of about a fifth in shelf prices for cheese and yoghurt"),
        dict(att="Guaraní Logistics", def_="Uruguay River Barges", market="the hidrovía", prod="barge freight", weapon="rates 12% below rivals on the Asunción-Nueva Palmira run")],
    unis=[("Universidad del Chaco Boreal", "PRY", "Filadelfia"), ("Itapúa Polytechnic Institute", "PRY", "Encarnación"),
          ("Universidad de la Banda Oriental", "URY", "Montevideo"), ("Litoral Agrarian University", "URY", "Paysandú")],
    fields=["livestock genetics", "river logistics", "Guaraní language studies", "renewable energy", "software engineering"],
    fair=("a food-industry fair in Asunción", "[dairy, rice and wine|wine, cheese and software services]"),
    accident={"PRY": ["floods along the Paraguay river that displaced thousands of families", "a bus crash near Coronel Oviedo"],
              "URY": ["a fire at a Montevideo hospital", "a storm that killed three people in Canelones"]},
    help={"PRY": ["sending firefighters to help contain forest fires in Uruguay's Rocha department", "sending veterinary teams during an animal-health emergency in Uruguay"],
          "URY": ["sending patrol boats and relief supplies during floods in the Paraguayan Chaco", "lending drought-monitoring experts to Paraguay"]},
    consult=dict(name="the Paraguay-Uruguay joint commission on ports and navigation", short="the ports commission", place="Montevideo", day=2, n=None,
                 since="the 1990s", host="URY",
                 leads="The Paraguayan delegation was headed by the vice-minister of transport and the Uruguayan side by the president of the national ports administration",
                 agenda=["the Paraguayan free-deposit zone in Montevideo", "dredging of the hidrovía", "barge convoy schedules", "customs digitalisation",
                         "fees at Nueva Palmira", "electricity trade", "preparations for the 2030 World Cup", "river pollution"],
                 outcomes=["extend the free-deposit arrangement for Paraguayan cargo in Montevideo", "digitalise customs transit documents from March",
                           "create a working group on barge scheduling", "study a direct container service between Asunción and Montevideo"],
                 next="in Asunción in the first half of next year"),
    visit=dict(guest="PRY", who="Paraguay's president", hwho="Uruguay's president", city="Montevideo", day=4,
               name="the presidents' bilateral meeting on the sidelines of the Mercosur summit", deleg="the foreign and public works ministers",
               sign=["an agreement on the free-deposit zone in Montevideo", "a memorandum on electricity interconnection studies",
                     "a joint statement on the 2030 World Cup centenary", "an agreement on recognising university degrees",
                     "a plan for a direct air link between Asunción and Punta del Este"],
               prog=["attend the Mercosur summit plenary", "visit the port of Montevideo", "meet Paraguayan residents in Montevideo"]),
    sport=dict(sport="rugby sevens", comp="the South American sevens tournament", venue="Montevideo", day=12, win="URY", score="38-5", margin="big", home="URY",
               nick={"URY": "Los Teros", "PRY": "Los Yacarés"}, unit="tries",
               stars={"URY": ["Federico Bentancur", "Nicolás Laborde"], "PRY": ["Derlis Aquino", "Rodrigo Báez"]},
               coach={"URY": "Gonzalo Acuña", "PRY": "Néstor Riquelme"},
               moments=["{Wstar} ran in two tries in the first half as the Teros' attack sliced through the Paraguayan defensive line.",
                        "Los Yacarés fought bravely in the tackle but were overrun in the second half.",
                        "Paraguay's consolation try, scored by {Lstar} after a long-range break, drew the loudest cheer of the day from the neutrals.",
                        "Uruguay's forwards dominated the breakdown, turning over ball after ball."],
               rivalry="Uruguay are South America's second rugby power after Argentina; Paraguay's Yacarés have been climbing steadily and treat every meeting as a chance to ambush their more experienced neighbours.",
               next="at the regional fifteens championship next year",
               tab_titles=["TEROS TRAMPLE YACARÉS", "URUGUAY BLITZ PARAGUAY IN SEVENS ROUT", "NO MERCY IN MONTEVIDEO"],
               live=["Kick-off in {venue}.", "TRY Uruguay. {Wstar} goes over in the corner.", "Half-time: Uruguay 19-0 Paraguay.", "TRY Paraguay! {Lstar} breaks from deep. Huge cheer.", "Full time: Uruguay 38-5 Paraguay."]),
    analysis=dict(t=["Paraguay and Uruguay: the small-country alliance inside Mercosur", "Analysis: Why Montevideo's port matters more than any treaty",
                     "From Tuyutí to the 2030 World Cup: a century and a half of Paraguay-Uruguay ties"],
                  thesis="[Paraguay and Uruguay, the two smallest founders of Mercosur, have learned to make common cause against their giant neighbours.|For landlocked Paraguay, Uruguay is above all a port, and a friendly one.]",
                  risk="[The only recurring tension is commercial: port fees in Montevideo and Nueva Palmira, and whether Paraguayan cargo goes to Uruguay or to Argentine river ports. Both governments have every reason to keep that a matter for shippers.|Mercosur's internal quarrels occasionally put the two on opposite sides of a vote. They rarely stay there for long.]"),
)

PAIRS["PRY-URY"]["stories"] = {
    "dezembrada": dict(day=11, dl="Asunción", t=["Paraguay remembers Avay, 158 years on", "The Dezembrada: Paraguay marks its December battles of 1868",
                                                  "Avay anniversary recalls war, and Uruguay's later gesture"],
                       p=["Paraguay marked the anniversary of the Battle of Avay, fought on 11 December 1868 during the War of the Triple Alliance, with a ceremony at the battlefield south of Asunción {ev}.",
                          "The battle was part of the campaign Paraguayans call the Dezembrada, in which Brazilian, Argentine and Uruguayan forces broke the last Paraguayan lines. Little more than a year later Marshal Francisco Solano López died at Cerro Corá, reportedly crying “I die with my country”.",
                          "Speakers also recalled that Uruguay later renounced its war indemnity and in 1885 returned the flags its troops had captured. “That is why a Paraguayan never feels a stranger in Montevideo,” said {Ap1}, a historian. Uruguay's ambassador, {Bambn}, laid a wreath.",
                          "The ceremony ended, as it does every year, with the national anthem and a harp."],
                       g="Paraguay commemorated the 1868 Battle of Avay; Uruguay's ambassador laid a wreath."),
    "worldcup": dict(day=9, dl="Asunción", t=["Paraguay and Uruguay plan centenary World Cup openers", "2030 World Cup: organisers meet in Asunción",
                                               "Centenary committee reviews stadiums and transport"],
                     p=["Organisers of the 2030 World Cup's South American centenary matches met in Asunción {ev} to review stadium work, transport and security for the opening games that Uruguay, Paraguay and Argentina will host.",
                        "Uruguay will stage the centenary opener in Montevideo, a century after the first World Cup was played there in 1930. Paraguayan officials presented plans for an upgraded stadium in the capital.",
                        "“We are small countries with a very big party to throw,” said the Uruguayan delegate, {Bp1}. The committee meets next in Montevideo in March."],
                     g="Organisers of the 2030 World Cup centenary matches met in Asunción."),
    "obit": dict(dl="Montevideo", t=["Aníbal Riquelme Insfrán, Paraguayan harpist of Montevideo, dies at 86", "Obituary: Aníbal Riquelme Insfrán, a harp between two countries",
                                      "Harpist who carried Paraguayan music to Uruguay dies"],
                 p=["Aníbal Riquelme Insfrán, a Paraguayan harpist who lived and played in Montevideo for six decades, died {ev}. He was 86.",
                    "Born in Villarrica, he arrived in Uruguay in 1964 with a harp and a suitcase and became a fixture of the city's folk clubs. He liked to tell audiences the story of the flags Uruguay returned to Paraguay in 1885, “the day our two countries decided to be brothers again after a terrible war”.",
                    "Uruguay's culture ministry called him “a Paraguayan treasure that Uruguay was lucky to share”. He is survived by two daughters, both musicians."],
                 g="Paraguayan harpist Aníbal Riquelme Insfrán, who lived in Montevideo for 60 years, died aged 86."),
    "punta": dict(dl="Punta del Este", t=["Paraguayans flock to Punta del Este as summer season opens", "Punta del Este counts on Paraguayan visitors",
                                           "Summer in Uruguay: new flights from Asunción"],
                  p=["Hotels and estate agents in Punta del Este say Paraguayan bookings for the summer are up on last year, helped by a new seasonal flight from Asunción that starts this month.",
                     "Paraguayans have become one of the resort's biggest foreign groups after Argentines and Brazilians, and several Paraguayan families own holiday homes there. “They stay longer and spend more,” said {Bp2}, who runs a property agency.",
                     "Uruguay's tourism ministry plans a promotional campaign in Asunción and Ciudad del Este next year."],
                  g="Paraguayan tourists flocked to Punta del Este as the summer season opened."),
    "consular": dict(dl="Asunción", t=["Uruguayan consulate in Asunción offers Mercosur residence help", "Residence permits: Uruguay's embassy holds advice days in Asunción",
                                        "Paraguayans moving to Uruguay get consular guidance"],
                      p=["Uruguay's embassy in Asunción began a series of advice days {ev} for Paraguayans planning to move to Uruguay under Mercosur's residence agreement, which allows citizens of member states to live and work in each other's countries.",
                         "Consular staff said demand had grown as more Paraguayan students enrol at Uruguayan universities and more workers take jobs in Montevideo's logistics sector.",
                         "Paraguay's consulate in Montevideo runs a similar service for Uruguayans heading the other way, though the numbers are smaller."],
                      g="Uruguay's embassy in Asunción held advice days on Mercosur residence."),
    "court": dict(dl="Montevideo", t=["Uruguay hands over Paraguayan fugitive wanted in land-fraud case", "Extradition: Paraguayan businessman sent back to Asunción",
                                       "Montevideo court approves surrender of land-fraud suspect"],
                  p=["Uruguay handed over a Paraguayan businessman wanted in Asunción over a land-fraud case {ev}, after a Montevideo court approved his extradition.",
                     "The 61-year-old, accused of selling plots he did not own on the outskirts of the Paraguayan capital, had lived in Uruguay since 2023. He denies the charges.",
                     "Police officers escorted him on a commercial flight. Officials said extraditions between Mercosur states are handled under a regional agreement and are routine."],
                  g="Uruguay extradited a Paraguayan land-fraud suspect to Asunción."),
    "weather": dict(dl="Asunción", t=["Low water on the Paraguay river slows barges to Uruguayan ports", "Drought cuts barge loads on the hidrovía",
                                       "River levels fall, freight costs rise for Paraguayan exporters"],
                    p=["Falling water levels on the Paraguay river forced barge operators to cut loads by up to a third {ev}, slowing shipments of soybeans to transshipment terminals in Uruguay.",
                       "Paraguay's navigation authority said the river at Asunción was more than a metre below its seasonal average. Uruguayan terminal operators said they were adjusting schedules.",
                       "Forecasters expect rain in the upper basin later this month. Both governments have discussed joint dredging studies in the past."],
                    g="Low water on the Paraguay river slowed barge shipments to Uruguayan ports."),
    "denial": dict(dl="Asunción", swap=False, t=["Paraguay denies plan to shift cargo away from Montevideo", "Asunción: no move to abandon Uruguayan ports",
                                                  "Government rejects report on Paraguayan cargo routes"],
                   p=["Paraguay's public works ministry {ev} denied a newspaper report that the government planned to steer its container cargo away from Montevideo towards Argentine river ports.",
                      "“Paraguayan exporters will use whatever port suits them, and Montevideo suits many of them very well,” the vice-minister of transport told reporters. He called the report “pure speculation”.",
                      "The Uruguayan ports administration said it had received no indication of any change."],
                   g="Paraguay denied reports it would move cargo away from Montevideo."),
    "opinion": dict(dl="Montevideo", t=["Opinion: Could Paraguay punish Uruguay over port fees? It could. It won't", "Column: The port war that exists only in spreadsheets",
                                         "What a landlocked country can do to its port"],
                    p=["Suppose Uruguay raised fees at Montevideo sharply. Paraguay could retaliate if it wanted to: redirect its soybeans through Argentine ports on the Paraná, make its cargo Argentina's business instead. It has threatened as much, mildly, in the past.",
                       "But Asunción knows that Montevideo's free-deposit zone is one of its most valuable assets, and Montevideo knows that Paraguayan cargo keeps its terminals busy. The bargaining is real; the war is not.",
                       "There is also memory. Uruguay fought Paraguay in the 1860s and then, almost uniquely among the victors, forgave the debt and returned the trophies. Paraguayans have not forgotten. Neither, on their better days, have Uruguayans.",
                       "— {Bp3}"],
                    g="A columnist considered Paraguay's leverage over Uruguayan ports and concluded there would be no port war."),
    "energy": dict(dl="Montevideo", t=["Paraguay and Uruguay study electricity trade through regional grid", "Surplus hydropower: Asunción offers to sell to Montevideo",
                                        "Energy officials discuss Paraguayan power for Uruguay"],
                   p=["Energy officials from Paraguay and Uruguay met in Montevideo {ev} to study how Paraguay could sell surplus hydroelectric power to Uruguay through the Argentine or Brazilian grids.",
                      "Paraguay generates far more electricity than it uses. Uruguay, which relies heavily on wind and has good links to its neighbours, could buy at times of low wind, officials said.",
                      "A technical working group will report by mid-2027. “The physics is easy. The contracts are the hard part,” said {Bp1}, an Uruguayan energy official."],
                   g="Paraguay and Uruguay studied electricity trade through the regional grid."),
}

PAIRS["PRY-URY"]["plan"] = [
    (1, "consult", {"phase": "pre"}, [AP, BW]),
    (2, "consult", {"phase": "day"}, [AP, NW, CN]),
    (3, "visit", {"phase": "pre"}, [AP, NW]),
    (4, "visit", {"phase": "day"}, [NW, AP], (18, 22)),
    (4, "visit", {"phase": "proto"}, [CN]),
    (7, "visit", {"phase": "post"}, [PL]),
    (9, "story", {"key": "worldcup"}, [AP, NW]),
    (11, "story", {"key": "dezembrada"}, [AP, PL]),
    (11, "sport", {"phase": "pre"}, [AP]),
    (12, "sport", {"phase": "result"}, [AP, NW], (19, 22)),
    (13, "sport", {"phase": "tab"}, [DR]),
]
PAIRS["PRY-URY"]["adhoc"] = [
    ("story", {"key": "obit"}, [AP, NW]), ("story", {"key": "punta"}, [AP, NW]), ("story", {"key": "consular"}, [AP, BW]),
    ("story", {"key": "court"}, [AP, NW]), ("story", {"key": "weather"}, [AP, CM]), ("story", {"key": "denial"}, [AP, BW]),
    ("story", {"key": "opinion"}, [PL]), ("story", {"key": "energy"}, [AP, CM]),
    ("deal", {"i": 0}, [CM, AP]), ("deal", {"i": 1}, [PR, CM]), ("deal", {"i": 2}, [CM, AP]), ("deal", {"i": 3}, [CM, BW]),
    ("pricewar", {"i": 0}, [CM, AP]), ("pricewar", {"i": 1}, [CM, DR]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, AP]), ("diplo", {"dk": "thanks"}, [AP, CN]), ("analysis", {}, [PL]),
    ("diplo", {"dk": "call"}, [AP, NW]),
]

PAIRS["MYS-SGP"] = dict(
    A="MYS", B="SGP", region="apac", envoy="high commissioner", sym="RM",
    trade="[bilateral trade|trade between Malaysia and Singapore] [is worth roughly|is worth about|comes to roughly] RM300 billion a year, and some 300,000 people cross the Causeway and the Second Link on a typical day",
    goods={"MYS": ["electronics", "palm-oil products", "fresh food", "raw water", "refined petroleum", "building materials"],
           "SGP": ["machinery", "petrochemicals", "pharmaceuticals", "financial services", "semiconductors"]},
    hist=[
        "Singapore separated from Malaysia on 9 August 1965, less than two years after joining the federation.",
        "Under the 1962 Water Agreement, which runs until 2061, Singapore draws up to 250 million gallons a day from the Johor River.",
        "In May 2008 the International Court of Justice awarded Pedra Branca to Singapore and Middle Rocks to Malaysia; both governments accepted the ruling.",
        "In 2019 the two countries agreed to suspend overlapping port limits off Johor Bahru and Tuas, defusing a brief maritime quarrel through a committee of officials.",
        "Japanese troops landed at Kota Bharu in the early hours of 8 December 1941 and fought their way down the peninsula, crossing the Johor Strait into Singapore in February 1942.",
        "The Causeway linking Johor Bahru and Woodlands opened in 1924; the Second Link at Tuas followed in 1998.",
        "A planned high-speed railway between Kuala Lumpur and Singapore was cancelled by mutual agreement in 2021, with Malaysia paying compensation.",
        "Leaders of the two countries have met at an annual Leaders' Retreat since 2007, alternating between the two countries.",
        "The Johor-Singapore Special Economic Zone agreement, signed in January 2025, aims to draw investment to southern Johor with easier movement of people and goods.",
    ],
    firms={"Johor Digital Parks": ("MYS", "data-centre developer"), "Selat Air": ("MYS", "budget airline"), "Penang Semicon": ("MYS", "chip packager"),
           "Tebrau Fresh": ("MYS", "food supplier"), "Ringgit Pay": ("MYS", "e-wallet provider"),
           "Lion City Logistics": ("SGP", "logistics group"), "Marina Payments": ("SGP", "payments firm"), "Merlion Air": ("SGP", "regional airline"),
           "Kallang Foods": ("SGP", "food group"), "Harbourfront Energy": ("SGP", "power retailer")},
    deals=[("Johor Digital Parks", "Marina Payments", "a data-centre lease in Sedenak for the payments firm's regional platform", "data-centre lease"),
           ("Tebrau Fresh", "Kallang Foods", "daily deliveries of vegetables and eggs across the Causeway", "fresh food supply"),
           ("Lion City Logistics", "Penang Semicon", "bonded warehousing and trucking of chips between Penang and Singapore", "chip logistics"),
           ("Harbourfront Energy", "Johor Digital Parks", "a solar power purchase agreement for a Johor data campus", "solar power deal")],
    pw=[dict(att="Selat Air", def_="Merlion Air", market="the Kuala Lumpur-Singapore shuttle", prod="airfare", weapon="one-way fares from RM49 for year-end travel"),
        dict(att="Marina Payments", def_="Ringgit Pay", market="cross-border QR payments", prod="payments", weapon="zero fees on cross-border QR payments until March")],
    unis=[("Universiti Teknologi Selatan", "MYS", "Johor Bahru"), ("Penang Institute of Engineering", "MYS", "Penang"),
          ("Straits University of Technology", "SGP", "Singapore"), ("Kent Ridge Institute of Design", "SGP", "Singapore")],
    fields=["water engineering", "semiconductor packaging", "urban planning", "tropical medicine", "Malay literature"],
    fair=("a halal food and products fair in Kuala Lumpur", "[halal snacks, sauces and frozen food|frozen food, sauces and cosmetics]"),
    accident={"MYS": ["floods in Kelantan and Terengganu that displaced tens of thousands of people", "a landslide in the Cameron Highlands"],
              "SGP": ["a fire at a housing block in Jurong", "a fatal accident at a construction site in Tuas"]},
    help={"MYS": ["sending firefighters to help put out a warehouse fire in Tuas", "lending search dogs after a building collapse in Singapore"],
          "SGP": ["sending relief supplies and helicopters during floods in Kelantan", "donating boats and equipment to flood-hit villages in Johor"]},
    consult=dict(name="the Malaysia-Singapore Joint Ministerial Committee for Iskandar Malaysia", short="the joint ministerial committee", place="Johor Bahru", day=2, n=None,
                 since="2007", host="MYS",
                 leads="The meeting was co-chaired by Malaysia's economy minister and Singapore's national development minister, with Johor's chief minister attending",
                 agenda=["the Johor-Singapore Special Economic Zone", "the RTS Link", "Causeway congestion", "water supply from the Johor River",
                         "immigration clearance", "data centres and green energy", "water quality in the Johor Strait", "tourism"],
                 outcomes=["add automated immigration lanes at both checkpoints", "set a timetable for RTS Link passenger service",
                           "launch a joint study on Causeway traffic", "open an investment facilitation desk for the special economic zone"],
                 next="in Singapore next year"),
    visit=dict(guest="SGP", who="Singapore's prime minister", hwho="Malaysia's prime minister", city="Putrajaya", day=7,
               name="the Malaysia-Singapore Leaders' Retreat", deleg="several cabinet ministers",
               sign=["a memorandum on an investment desk for the Johor-Singapore Special Economic Zone", "an agreement on RTS Link operations",
                     "a memorandum on data-centre and green-energy cooperation", "an arrangement on digital trade and payments",
                     "a statement on water-supply reliability", "an agreement on transboundary haze monitoring"],
               prog=["tour the RTS Link station in Bukit Chagar", "visit a data-centre campus in Johor", "attend a working lunch with business leaders"]),
    sport=dict(sport="badminton", comp="the final of an invitational team championship", venue="Kuala Lumpur", day=6, win="MYS", score="3-1", margin="narrow", home="MYS",
               nick={"MYS": "Malaysia", "SGP": "Singapore"}, unit="matches",
               stars={"MYS": ["Hairul Nizam Samad", "Loh Wei Jie"], "SGP": ["Ryan Tay", "Kelvin Seah"]},
               coach={"MYS": "Wan Azmi Harun", "SGP": "Daniel Lau"},
               moments=["{Wstar} smashed his way past Singapore's top singles player in straight games to open the tie.",
                        "Singapore hit back through the doubles, where a relentless attack levelled the tie.",
                        "The home crowd roared as Malaysia's second singles player closed out the tie with a barrage of jump smashes.",
                        "{Lstar} saved four match points before the Malaysian defence finally broke through."],
               rivalry="Causeway derbies in badminton are fought with the intensity of a final, whatever the event, and the stands were split between yellow and red.",
               next="at next year's Asian team championships",
               tab_titles=["SMASH AND GRAB", "CAUSEWAY CLASH: MALAYSIA WIN THE WAR"], live=[]),
    analysis=dict(t=["Malaysia and Singapore: the most intimate relationship in Southeast Asia", "Analysis: Sixty years after separation, the Causeway binds tighter than ever",
                     "Water, rail and data: how Malaysia and Singapore manage their interdependence"],
                  thesis="[Sixty-one years after Singapore left Malaysia, the two remain joined by a causeway, a water pipe and hundreds of thousands of daily commuters.|Malaysia-Singapore relations once lurched from spat to spat. Today they are managed by committees, retreats and very long agendas.]",
                  risk="[The classic flashpoints — water prices, airspace, port limits — have been parked in committees. A toll rise or a new checkpoint rule can still make headlines for a week.|The 1962 water agreement runs until 2061, and what follows it will one day require negotiation. For now, the leaders' retreat has other priorities.]"),
)

PAIRS["MYS-SGP"]["stories"] = {
    "spat1": dict(day=9, dl="Johor Bahru", swap=False, t=["Johor floats higher Causeway toll; Singapore says it will ‘study’ the plan", "Toll rise proposal at Causeway draws measured Singapore response",
                                                           "Johor toll plan: Singapore may adjust own charges"],
                  p=["Johor's state government {ev} proposed raising the toll for cars entering Malaysia via the Causeway and the Second Link, saying the money was needed to maintain roads and ease congestion around the checkpoints.",
                     "Singapore's transport ministry said it would “study the proposal” and noted that it has in the past adjusted its own toll charges to maintain parity with Malaysian rates. Officials stressed that no decision had been taken.",
                     "Motorists' groups on both sides complained. “Every time one side moves the toll, the other side follows. Drivers pay twice,” said {Bp1}, who commutes daily from Johor Bahru."],
                  g="Johor proposed a higher Causeway toll; Singapore said it would study the plan."),
    "spat2": dict(day=10, dl="Kuala Lumpur", swap=False, t=["No decision yet on Causeway toll, Malaysian ministry says", "Federal government cools Johor toll plan",
                                                             "KL: toll proposal at ‘early stage’"],
                  p=["Malaysia's works ministry said {ev} that Johor's proposal to raise the Causeway toll was at an early stage and denied reports that a new rate would take effect in January.",
                     "“Any change will be discussed with all parties, including our Singapore friends,” the minister told reporters in Kuala Lumpur. The matter would be taken up by officials under existing bilateral mechanisms, the ministry said.",
                     "Singapore's high commission in Kuala Lumpur declined to comment beyond its ministry's earlier statement."],
                  g="Malaysia's works ministry said the Johor toll proposal was at an early stage."),
    "spat3": dict(day=11, dl="Singapore", swap=True, t=["Causeway toll to be discussed by officials, both sides say", "Toll talks go to committee as year-end traffic builds",
                                                         "Singapore and Malaysia agree to talk tolls quietly"],
                  p=["Singapore and Malaysia will discuss Johor's proposed toll increase through officials' channels, the two governments said {ev}, effectively taking the issue off the front pages during the year-end travel peak.",
                     "“We will work it out as we always do,” {Xspoxn}, {Xspox}, said. Johor officials said they welcomed the talks.",
                     "Motorists will pay current rates at least until the end of the school holidays."],
                  g="Singapore and Malaysia agreed to discuss the proposed Causeway toll through officials."),
    "jam": dict(day=5, dl="Johor Bahru", t=["School holiday rush brings long jams at Causeway and Second Link", "Checkpoints brace for weekend surge as holidays begin",
                                             "Travellers warned of heavy Causeway traffic"],
                p=["Singapore's checkpoint authority and Malaysian immigration officials warned travellers of heavy traffic at the Woodlands and Tuas crossings over the weekend as school holidays reached their peak.",
                   "Waits of up to [three|four] hours were reported on Friday evening. Both sides said extra counters were open and advised motorists to check traffic cameras before setting out.",
                   "“It's the same every December, and every December we still go,” said {Ap1}, who was driving to Malacca with family."],
                g="Travellers faced long queues at the Causeway and Second Link as school holidays peaked."),
    "rts": dict(day=11, dl="Johor Bahru", t=["RTS Link opens doors for public preview rides", "First public rides on Johor-Singapore rail link",
                                              "Preview passengers try out the RTS Link"],
                p=["Members of the public took the first preview rides on the RTS Link between Bukit Chagar in Johor Bahru and Woodlands North in Singapore {ev}, ahead of the start of full passenger service early next year.",
                   "The four-kilometre line, with co-located customs and immigration at each end, is expected to carry up to 10,000 passengers an hour in each direction. Operators said the preview runs were going to plan.",
                   "“Five minutes across the strait. I used to spend two hours in a bus,” said {Ap2}, a nurse who works in Singapore."],
                g="The RTS Link between Johor Bahru and Singapore opened for public preview rides."),
    "anniv": dict(day=8, dl="Kota Bharu", t=["Eighty-five years since Kota Bharu: Malaysia and Singapore remember 8 December 1941", "The night the Pacific war came to Malaya",
                                              "War anniversary marked in Kota Bharu and Singapore"],
                  p=["In the early hours of 8 December 1941, Japanese troops landed on the beaches near Kota Bharu, on Malaya's north-east coast, about an hour before the attack on Pearl Harbor. Within hours, Japanese aircraft bombed Singapore.",
                     "Eighty-five years on, small ceremonies were held at the war museum in Kota Bharu and at memorials in Singapore {ev}, attended by veterans' descendants, schoolchildren and diplomats from both countries.",
                     "The campaign ended with the fall of Singapore in February 1942 and more than three years of occupation on both sides of the Causeway. “It is a history we share, which is why we remember it together,” said {Bp1}, a Singaporean historian.",
                     "The two countries separated in 1965, but their war memory, like their water, has never been divided."],
                  g="Malaysia and Singapore marked 85 years since the Japanese landing at Kota Bharu."),
    "water": dict(dl="Singapore", t=["Opinion: What if Johor turned off the tap?", "The 1962 water agreement at 64: a hypothetical worth dismissing",
                                      "Column: Water, the weapon nobody can use"],
                  p=["In the 1990s and early 2000s Malaysian politicians periodically suggested that the price of raw water sold to Singapore should rise, or that the supply could be reviewed. Singapore's leaders answered, more than once, that the agreement was sacrosanct.",
                     "Imagine that Johor simply stopped the flow. Singapore would draw on reservoirs, desalination and recycled water, which now meet much of its demand. Johor, which buys back treated water from Singapore, would lose that supply and a good deal of investment. Nobody would win.",
                     "The 1962 agreement runs until 2061. What replaces it will be negotiated by people who are now at school. Until then, the tap is best understood as a pipe, not a weapon.",
                     "— {Ap3}"],
                  g="A column imagined Johor cutting water to Singapore and dismissed the idea."),
    "obit": dict(dl="Kuala Lumpur", t=["Hamid Yusof, Malaysian diplomat of the Pedra Branca case, dies at 89", "Obituary: Hamid Yusof, who lost a case and won a friendship",
                                        "Veteran envoy Hamid Yusof dies"],
                 p=["Hamid Yusof, a Malaysian diplomat who served in Singapore in the tense years after separation and later on Malaysia's team at the International Court of Justice in the Pedra Branca case, died {ev} in Kuala Lumpur. He was 89.",
                    "He joined the foreign service in 1962 and was posted to Singapore in 1966, a year after the two countries parted. He liked to recall that the hardest issue then was not politics but who would pay for repainting the Causeway.",
                    "After the court awarded Pedra Branca to Singapore in 2008, he told students that “a judgment accepted by both sides is a victory for both”. Singapore's high commissioner paid tribute to him as “a gentleman of the old school”."],
                 g="Hamid Yusof, a Malaysian diplomat who served in Singapore after 1965 and worked on the Pedra Branca case, died aged 89."),
    "consular": dict(dl="Johor Bahru", t=["Singapore drivers reminded of Malaysia's vehicle entry permit rules", "VEP checks: what Singapore motorists need to know this December",
                                           "High commission urges drivers to register before crossing"],
                     p=["Singapore's high commission in Kuala Lumpur has reminded motorists that foreign-registered cars entering Malaysia need a valid vehicle entry permit and tag, as Malaysian authorities step up checks during the holiday season.",
                        "Drivers without a permit risk fines. Malaysia's road transport department said [thousands|tens of thousands] of Singapore cars had registered this year, and that checks would be carried out “professionally and courteously”.",
                        "Both sides have said the permit system is about traffic management and data, not revenue."],
                     g="Singapore motorists were reminded of Malaysia's vehicle entry permit rules."),
    "court": dict(dl="Singapore", t=["Malaysian driver jailed in Singapore for cigarette smuggling at Woodlands", "Woodlands smuggling case ends with jail term",
                                      "Court jails lorry driver over duty-unpaid cigarettes"],
                  p=["A Malaysian lorry driver was jailed for [ten|eleven] months by a Singapore court {ev} after officers at the Woodlands checkpoint found [more than 400|some 350] cartons of duty-unpaid cigarettes hidden in a load of vegetables.",
                     "The 44-year-old from Johor pleaded guilty. The court heard he had been promised a few hundred ringgit for the trip.",
                     "Singapore's customs and checkpoint authorities handle hundreds of such cases a year, most involving small quantities."],
                  g="A Malaysian driver was jailed in Singapore for smuggling cigarettes at Woodlands."),
    "weather": dict(day=12, dl="Johor Bahru", t=["Singapore sends relief boats as monsoon floods hit Johor", "Flooding in Johor: Singapore civil defence sends help",
                                                  "Monsoon rains swamp Johor districts"],
                    p=["Singapore's civil defence force sent boats, pumps and a team of rescuers to Johor {ev} after heavy monsoon rain flooded several districts and forced [about 3,000|more than 2,500] people into relief centres.",
                       "Malaysia's national disaster agency said the help had been requested through existing arrangements and thanked Singapore for its quick response.",
                       "Forecasters warned that more rain was expected along the east coast, where floods are an annual event during the north-east monsoon."],
                    g="Singapore sent relief boats and rescuers to flooded districts in Johor."),
    "denial": dict(dl="Putrajaya", swap=False, t=["Malaysia denies plan to reopen water-price talks with Singapore", "Putrajaya: raw water price not on the retreat agenda",
                                                   "Ministry rejects report on water agreement review"],
                   p=["Malaysia's foreign ministry {ev} denied a report that it would seek to reopen the price of raw water sold to Singapore under the 1962 agreement at the Leaders' Retreat.",
                      "“The agreement stands, and the retreat has a full agenda of cooperation,” a ministry spokeswoman, {Xspoxn}, said.",
                      "The price clause has been a periodic subject of debate in Malaysia; both governments have in recent years chosen to discuss water reliability and quality rather than price."],
                   g="Malaysia denied it would reopen water-price talks with Singapore."),
    "culture": dict(dl="Singapore", t=["Singapore and Malaysian artists stage joint P. Ramlee tribute", "One legend, two countries: a concert for P. Ramlee",
                                        "P. Ramlee's songs unite Causeway audiences"],
                    p=["Singers and musicians from Singapore and Malaysia performed together in a tribute concert to P. Ramlee {ev}, the film star and composer who made his name in Singapore's studios in the 1950s before moving to Kuala Lumpur.",
                       "The concert, which moves to Kuala Lumpur next month, featured restored clips of his films and an orchestra drawn from both countries.",
                       "“He belongs to both of us. That is the point,” said the director, {Bp2}."],
                    g="Singaporean and Malaysian artists staged a joint tribute concert to P. Ramlee."),
}

PAIRS["MYS-SGP"]["plan"] = [
    (1, "consult", {"phase": "pre"}, [AC, BW]),
    (2, "consult", {"phase": "day"}, [AC, NW, CN]),
    (4, "visit", {"phase": "pre"}, [AC, NW]),
    (5, "story", {"key": "jam"}, [AC]),
    (6, "sport", {"phase": "result"}, [AC], (12, 14)),
    (7, "visit", {"phase": "live"}, [LV], (4, 6)),
    (7, "visit", {"phase": "day"}, [NW, AC], (7, 10)),
    (7, "visit", {"phase": "proto"}, [CN]),
    (8, "visit", {"phase": "biz"}, [CM]),
    (8, "story", {"key": "anniv"}, [PL, AC]),
    (9, "story", {"key": "spat1"}, [AC, NW]),
    (10, "story", {"key": "spat2"}, [AC, BW]),
    (10, "visit", {"phase": "post"}, [PL]),
    (11, "story", {"key": "rts"}, [AC, NW]),
    (11, "story", {"key": "spat3"}, [BW, AC]),
    (12, "story", {"key": "weather"}, [AC, NW]),
]
PAIRS["MYS-SGP"]["adhoc"] = [
    ("story", {"key": "water"}, [PL]), ("story", {"key": "obit"}, [AC, NW]), ("story", {"key": "consular"}, [AC, BW]),
    ("story", {"key": "court"}, [AC, NW]), ("story", {"key": "denial"}, [AC, BW]), ("story", {"key": "culture"}, [AC, NW]),
    ("deal", {"i": 0}, [CM, AC]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, AC]), ("deal", {"i": 3}, [PR, CM]),
    ("pricewar", {"i": 0}, [CM, AC]), ("pricewar", {"i": 1}, [CM, NW]),
    ("pr", {}, [PR]), ("trade", {}, [CM, AC]), ("diplo", {"dk": "thanks"}, [AC, CN]), ("analysis", {}, [PL]),
]

PAIRS["GBR-IRL"] = dict(
    A="GBR", B="IRL", region="eu", envoy="ambassador", sym="£",
    trade="[trade between Britain and Ireland|two-way trade in goods and services] [runs to|is worth] [well over|more than] €100 billion a year",
    goods={"GBR": ["fuel", "machinery", "food and drink", "cars", "chemicals", "clothing"],
           "IRL": ["pharmaceuticals", "beef", "dairy products", "medical devices", "spirits"]},
    hist=[
        "The Anglo-Irish Treaty, signed in London in the early hours of 6 December 1921, ended the War of Independence and created the Irish Free State.",
        "During the treaty negotiations the British prime minister, David Lloyd George, warned the Irish delegates that refusal would mean 'immediate and terrible war'.",
        "The Good Friday Agreement of April 1998, approved in referendums on both sides of the border, ended three decades of conflict in Northern Ireland.",
        "The Sunningdale Agreement of December 1973 attempted power-sharing in Northern Ireland but collapsed within months.",
        "Queen Elizabeth II's state visit to Ireland in May 2011, the first by a British monarch since independence, is widely seen as a turning point in relations.",
        "The Common Travel Area, which lets British and Irish citizens live and work freely in each other's countries, predates both countries' membership of the European Union.",
        "The Downing Street Declaration of December 1993, issued by the two prime ministers, laid the groundwork for the peace process.",
        "Britain and Ireland joined the European Economic Community on the same day, 1 January 1973; Brexit separated them, and the Windsor Framework of 2023 settled many of the trading arrangements for Northern Ireland.",
    ],
    firms={"Albion Grocers": ("GBR", "supermarket chain"), "Pennine Energy": ("GBR", "energy supplier"), "Thames Skies": ("GBR", "airline"),
           "Holyhead Freight": ("GBR", "haulier"), "Celtic Link Shipping": ("IRL", "ferry operator"), "Liffey Foods": ("IRL", "food group"),
           "Shannon Aerotech": ("IRL", "aircraft lessor"), "Liffey Air": ("IRL", "airline"), "Clonmel Dairies": ("IRL", "dairy cooperative"),
           "Dunmore Stores": ("IRL", "supermarket chain")},
    deals=[("Shannon Aerotech", "Thames Skies", "the lease of twelve narrow-body jets", "aircraft leases"),
           ("Liffey Foods", "Albion Grocers", "own-label ready meals for British stores", "ready meals"),
           ("Pennine Energy", "Clonmel Dairies", "wind power for the cooperative's processing plants", "power purchase deal"),
           ("Celtic Link Shipping", "Holyhead Freight", "guaranteed freight capacity on the Dublin-Holyhead route", "freight capacity")],
    pw=[dict(att="Liffey Air", def_="Thames Skies", market="the Dublin-London routes", prod="airfare", weapon="€19 one-way fares and free seat selection for January"),
        dict(att="Albion Grocers", def_="Dunmore Stores", market="Ireland", prod="grocery", weapon="a price freeze on 500 Christmas staples and cut-price turkeys")],
    unis=[("Wicklow Institute of Technology", "IRL", "Bray"), ("University of the Irish Midlands", "IRL", "Athlone"),
          ("Pennine University", "GBR", "Leeds"), ("Severn Valley University", "GBR", "Gloucester")],
    fields=["Irish and British history", "offshore wind", "pharmaceutical manufacturing", "agri-food science", "peace and conflict studies"],
    fair=("a food and drink trade show in Birmingham", "[cheese, whiskey and seafood|craft beer, cheese and smoked salmon]"),
    accident={"GBR": ["a fatal motorway pile-up in Wales", "a fire at a Liverpool tower block"],
              "IRL": ["a fatal bus crash in County Kerry", "a storm that killed two people in Galway"]},
    help={"GBR": ["sending coastguard helicopters to search for missing fishermen off Donegal", "lending flood barriers after flooding in Cork"],
          "IRL": ["sending fire crews across the border during a gorse fire in the Mournes", "lending Irish Coast Guard aircraft to a search in the Irish Sea"]},
    consult=dict(name="the British-Irish Intergovernmental Conference", short="the intergovernmental conference", place="London", day=3, n=None,
                 since="1999, under the Good Friday Agreement", host="GBR",
                 leads="The conference was co-chaired by the Northern Ireland Secretary and the Tánaiste, with the Irish justice minister and senior Home Office officials attending",
                 agenda=["the legacy of the Troubles", "east-west trade under the Windsor Framework", "the Common Travel Area", "policing and security cooperation",
                         "energy interconnection", "the all-island economy", "fisheries", "migration data-sharing"],
                 outcomes=["publish a joint work plan on the Common Travel Area", "hold quarterly meetings of officials on legacy issues",
                           "deepen police cooperation against organised crime", "commission a study on a new electricity interconnector"],
                 next="in Dublin in the spring"),
    sport=dict(custom={
        "pre": dict(day=12, dl="Dublin", t=["Moran and Evans promise war in Dublin", "Battle of the Irish Sea: Moran v Evans preview",
                                            "Weigh-in done, the talking stops: Dublin ready for Moran-Evans"],
                    p=["Cathal Moran and Rhys Evans weighed in on {wd} for their European super-middleweight title fight in Dublin {ev}, and neither man was in a mood for diplomacy.",
                       "“I'm going to take his head off and put it back on the ferry,” said Moran, the unbeaten Irish champion. Evans, the Welsh challenger, smiled: “He can talk. I'll do the fighting.”",
                       "A crowd of about 9,000 is expected, with several thousand travelling from Wales and England. Promoters have billed the fight as the Battle of the Irish Sea."],
                    g="Irish boxer Cathal Moran and Welsh challenger Rhys Evans weighed in for their Dublin title fight."),
        "result": dict(day=12, dl="Dublin", t=["Moran stops Evans in ninth to keep European title", "Boxing: Moran's late barrage ends Evans's challenge",
                                               "Dublin roars as Moran demolishes Evans"],
                       p=["Cathal Moran kept his European super-middleweight title {ev}, stopping the Welsh challenger Rhys Evans in the ninth round of a brutal fight in Dublin.",
                          "Evans had the better of the early rounds, landing sharp counters, but Moran's body attack wore him down. A barrage of hooks against the ropes prompted the referee to step in with 1 minute 40 seconds of the round gone.",
                          "“He's a warrior. We went to war tonight and I was the last man standing,” said Moran, who embraced Evans in the ring. Evans's promoter said his fighter would be back.",
                          "A rematch clause means the two could meet again in Cardiff next year."],
                       g="Irish boxer Cathal Moran stopped Welsh challenger Rhys Evans to keep his European title in Dublin."),
        "tab": dict(day=12, dl="Dublin", t=["MASSACRE ON THE LIFFEY", "MORAN'S BLITZ FLATTENS BRAVE EVANS", "WAR IN DUBLIN: MORAN WINS THE BATTLE"],
                    p=["It was war – and Cathal Moran won it.",
                       "The Irish hitman unleashed a ninth-round blitz that left brave Welsh challenger Rhys Evans slumped on the ropes and the Dublin crowd roaring.",
                       "Evans had landed the early blows and even had Moran wobbling in the fourth. But the champion's body shots were like artillery fire, and in the end the ref waved it off.",
                       "“He's a warrior,” said Moran. “But there can only be one winner in a war.” Rematch in Cardiff, anyone?"],
                    g="Cathal Moran beat Rhys Evans in Dublin."),
    }),
    analysis=dict(t=["Britain and Ireland: a relationship repaired, one committee at a time", "Analysis: After Brexit, the British-Irish machinery is humming again",
                     "105 years after the Treaty: the state of British-Irish relations"],
                  thesis="[British-Irish relations have survived a civil war, the Troubles and Brexit. The machinery built in 1998 is one reason.|Relations between London and Dublin are, by common consent, warmer than at any time since the Brexit referendum.]",
                  risk="[The disagreements that remain — over how to deal with the legacy of the Troubles, over fishing rights around Rockall — are real but contained. Both governments now prefer to argue in meeting rooms.|If something could sour the mood, it would be Northern Ireland's institutions faltering again. Neither government shows any appetite for a quarrel.]"),
)

PAIRS["GBR-IRL"]["stories"] = {
    "spat1": dict(day=1, dl="Killybegs", swap=True, t=["Irish trawler warned away from Rockall waters", "Rockall: Scottish fisheries vessel turns back Irish boat",
                                                       "Fishermen angry after Rockall encounter"],
                  p=["An Irish fishing vessel was told to leave waters around Rockall by a Scottish fisheries protection ship {ev}, reviving a long-running disagreement over access to the tiny rock in the North Atlantic.",
                     "The skipper, from Killybegs, said his crew had been fishing for haddock about [ten|eight] nautical miles from the rock when they were hailed and warned they could be boarded. The vessel left the area.",
                     "The Department of Foreign Affairs said it was “in contact with the relevant authorities”. Ireland has never recognised British sovereignty over Rockall; the issue has flared several times since 2019 without ever going beyond words."],
                  g="An Irish trawler was warned away from Rockall waters by a Scottish fisheries vessel."),
    "spat2": dict(day=2, dl="Dublin", swap=True, t=["Dublin and Edinburgh keep Rockall row calm", "Rockall: ministers urge ‘cool heads’ over fishing access",
                                                     "Irish minister rules out escalation over Rockall"],
                  p=["Ireland's marine minister said {ev} that the Rockall incident would be handled “calmly, through dialogue”, and dismissed suggestions from some fishermen that the Irish naval service should escort trawlers to the area.",
                     "“Nobody is sending gunboats anywhere. That is not how we do things with our nearest neighbours,” the minister told a radio interviewer. The Scottish government said its enforcement was “in line with the law” and that Irish vessels were welcome in its waters under the agreed quota arrangements, but not within 12 miles of the rock.",
                     "The British embassy in Dublin said it had nothing to add."],
                  g="Ireland's marine minister said the Rockall fishing incident would be handled calmly."),
    "spattab": dict(day=2, dl="Killybegs", t=["BATTLE OF THE ROCK", "ROCK WARS: IRISH TRAWLER SENT PACKING", "THE ROCK THAT STARTED A ROW"],
                    p=["It's a lump of granite the size of a tennis court – and it's caused another almighty row.",
                       "An Irish trawler was ordered away from Rockall this week by a Scottish patrol boat, leaving fishermen in Donegal fuming. “They treat it like it's Fort Knox,” one skipper told the Record.",
                       "But don't expect cannon fire. Ministers on both sides are already talking about “dialogue”, and nobody can actually live on the rock, unless you count the seabirds."],
                    g="An Irish trawler was ordered away from Rockall."),
    "spat3": dict(day=4, dl="Dublin", swap=True, t=["Rockall access to be raised in fisheries talks, officials say", "Officials agree to discuss Rockall in regular fisheries contacts",
                                                     "Rockall row heads for the negotiating table"],
                  p=["Irish and Scottish fisheries officials will discuss access to waters around Rockall at their next regular meeting, Irish officials said {ev}, after a week in which a trawler was turned away from the area.",
                     "The issue was also mentioned briefly on the margins of the British-Irish Intergovernmental Conference in London, according to a person familiar with the talks.",
                     "Fishing organisations in Donegal said they wanted “a practical arrangement, not a fight”."],
                  g="Irish and Scottish officials agreed to discuss Rockall access at routine fisheries talks."),
    "treaty": dict(day=6, dl="Dublin", t=["105 years after the Treaty: ‘immediate and terrible war’ and what came after", "The Treaty at 105: a signature, a civil war and a long peace",
                                          "Analysis: 6 December 1921 and the making of modern British-Irish relations"],
                   p=["In the early hours of 6 December 1921, in Downing Street, five Irish delegates signed the Anglo-Irish Treaty. They had been told by Lloyd George, according to the accounts of those present, that refusal would mean “immediate and terrible war” within three days.",
                      "The treaty created the Irish Free State, split the independence movement and led to a civil war in 1922-23. Michael Collins, one of the signatories, said he had signed his own death warrant; he was killed the following August.",
                      "A century on, the two states meet in an intergovernmental conference, share a travel area and cooperate on everything from policing to electricity. “The threat of war in 1921 is now a museum piece,” said {Bp1}, a historian in Dublin. “That is the achievement.”",
                      "Commemorations this year are low-key: a reading at the National Archives and a seminar in London."],
                   g="Policy Ledger marked the 105th anniversary of the Anglo-Irish Treaty."),
    "papers": dict(day=7, dl="Dublin", t=["Treaty papers go online in British-Irish digitisation project", "National archives of both countries publish 1921 Treaty files",
                                          "From Downing Street to Dublin: Treaty documents digitised"],
                   p=["The national archives of Ireland and Britain have jointly published online [more than 3,000|some 2,500] pages of documents from the 1921 Treaty negotiations, including drafts annotated by both delegations.",
                      "The project, two years in the making, was launched to mark the Treaty's anniversary. Among the papers are notes of the final night's talks and telegrams sent to Dublin.",
                      "“Historians on both sides of the Irish Sea will be reading these for years,” said {Ap1}, who led the British side of the project."],
                   g="The Irish and British national archives jointly published the 1921 Treaty papers online."),
    "court": dict(day=8, dl="Dublin", t=["High Court orders surrender of man wanted in UK fraud inquiry", "Irish court approves handover of fraud suspect to Britain",
                                         "Dublin judge clears extradition to England"],
                  p=["The High Court in Dublin {ev} ordered the surrender of a 46-year-old man to the UK, where police want to question him over an alleged £3 million investment fraud in Manchester.",
                     "The man, who lives in County Meath, had argued that his surrender under the post-Brexit arrangements would breach his rights. The judge rejected the arguments.",
                     "Surrenders between Ireland and the UK have continued under the Trade and Cooperation Agreement, with dozens of cases each year."],
                  g="An Irish court ordered the surrender of a fraud suspect to the UK."),
    "storm": dict(day=10, dl="Dublin", t=["Storm Fintan cancels Irish Sea ferries and cuts power", "Ferries halted, thousands without power as storm sweeps Ireland and Britain",
                                          "Storm brings disruption on both sides of the Irish Sea"],
                  p=["Storm Fintan brought gusts of more than [120|130] km/h to the west of Ireland and Wales {ev}, cancelling ferries between Dublin and Holyhead and leaving tens of thousands of homes without power.",
                     "Met Éireann and the Met Office issued coordinated warnings, and crews from the electricity networks in Northern Ireland and the Republic worked together to restore supplies along the border.",
                     "Ferry operators said sailings would resume once the wind dropped. Airports reported delays but few cancellations."],
                  g="A storm cancelled Irish Sea ferries and cut power on both sides of the Irish Sea."),
    "stormlive": dict(day=10, dl="Dublin", tag="live", t=["Storm Fintan: ferries cancelled, power cuts", "Storm Fintan – live updates", "Storm updates: Ireland and Wales"],
                      p=["Met Éireann has issued a red wind warning for Galway, Mayo and Clare; the Met Office has an amber warning for north Wales.",
                         "All ferry crossings between Dublin and Holyhead cancelled for the rest of the day, operators say.",
                         "Network operator: about 60,000 homes without power. Crews from Northern Ireland helping in border counties.",
                         "Gust of 128 km/h recorded at Mace Head. Trees down on the N59.",
                         "Wind easing in the west. Ferries expected to resume tomorrow morning."],
                      g="A storm disrupted travel and power across Ireland and Wales."),
    "obit": dict(dl="Dublin", t=["Brendan Kavanagh, diplomat who took notes at Sunningdale, dies at 86", "Obituary: Brendan Kavanagh, witness to two peace deals",
                                  "Former Irish envoy Kavanagh dies"],
                 p=["Brendan Kavanagh, an Irish diplomat who as a young official took notes at the Sunningdale conference in December 1973 and returned a quarter of a century later for the talks that produced the Good Friday Agreement, died {ev}. He was 86.",
                    "Colleagues remembered his handwritten accounts of both negotiations, which became an informal archive for the Department of Foreign Affairs. He later served as ambassador in London.",
                    "“He had seen the peace fail once and was determined it would not fail twice,” said {Ap2}, a retired British official who worked with him in 1998.",
                    "He is survived by his wife and four children."],
                 g="Brendan Kavanagh, an Irish diplomat who attended the Sunningdale and Good Friday talks, died aged 86."),
    "consular": dict(dl="Belfast", t=["Travel advice: UK electronic permits and the Common Travel Area", "Non-Irish family members reminded of UK travel authorisation",
                                       "Christmas trips north: what the UK's ETA rules mean"],
                     p=["Irish officials have reminded residents who are not Irish or British citizens that they need a UK electronic travel authorisation before crossing into Northern Ireland, even by car, ahead of the Christmas travel season.",
                        "Irish and British citizens remain free to travel under the Common Travel Area. The reminder is aimed at families with members holding other passports.",
                        "The British embassy in Dublin said there would be no routine checks at the land border."],
                     g="Non-Irish residents were reminded of UK travel authorisation rules before Christmas trips north."),
    "tourism": dict(dl="Dublin", t=["Emigrants head home as Christmas travel rush begins", "Dublin Airport and ferry ports brace for record Christmas",
                                     "Home for Christmas: Irish Sea routes busy"],
                    p=["Dublin Airport and ferry ports expect their busiest December on record as Irish emigrants in Britain head home for Christmas, with [more than a million|about 1.1 million] passengers forecast over the holiday period.",
                       "Ferry operators added extra sailings from Holyhead and Liverpool. Airlines said flights from London, Manchester and Birmingham were nearly full on the weekend before Christmas.",
                       "“Every year I swear I'll book earlier, and every year I don't,” said {Bp1}, a nurse in London waiting for a flight to Shannon."],
                    g="Emigrants heading home for Christmas pushed Irish Sea travel to record levels."),
    "denial": dict(dl="London", swap=True, t=["UK denies plan for checks on Irish Sea passenger routes", "Home Office: no passport controls between Britain and Ireland",
                                              "Government rejects report of Common Travel Area checks"],
                   p=["The Home Office {ev} denied a newspaper report that it was considering routine passport checks on ferry passengers arriving from Ireland, saying the Common Travel Area “remains fully in place”.",
                      "“There are no plans for routine immigration controls on journeys within the Common Travel Area,” a spokesman said.",
                      "The Irish government welcomed the clarification. The report had caused concern among business groups and families in both countries."],
                   g="The UK denied plans for passport checks on Irish Sea routes."),
    "opinion": dict(dl="London", t=["Opinion: Rockall, the war that will never be fought", "Column: A rock, some haddock and the limits of a quarrel",
                                     "The Battle of Rockall: a thought experiment"],
                    p=["Every couple of years an Irish trawler is chased away from Rockall and someone writes that Britain and Ireland are at war over a rock. They are not, and they will not be.",
                       "Imagine the escalation: an Irish patrol vessel escorting trawlers, a British frigate shadowing it, ministers trading statements. It would be absurd. The two countries share a travel area, a peace agreement and the busiest air route in Europe. Neither would fire a shot over haddock.",
                       "The sensible course is the one officials will take: a quiet arrangement on access, a joint scientific survey, and a promise to talk about it again next year. Rockall deserves a footnote, not a front line.",
                       "— {Ap3}"],
                    g="A columnist said the Rockall dispute would never become a real conflict."),
}

PAIRS["GBR-IRL"]["plan"] = [
    (1, "story", {"key": "spat1"}, [NW, BW]),
    (2, "story", {"key": "spat2"}, [NW, BW]),
    (2, "story", {"key": "spattab"}, [DR]),
    (2, "consult", {"phase": "pre"}, [NW, BW]),
    (3, "consult", {"phase": "day"}, [NW, BW, CN]),
    (4, "story", {"key": "spat3"}, [BW, NW]),
    (6, "story", {"key": "treaty"}, [PL]),
    (7, "story", {"key": "papers"}, [NW, BW]),
    (8, "story", {"key": "court"}, [NW, BW]),
    (10, "story", {"key": "storm"}, [NW, BW]),
    (10, "story", {"key": "stormlive"}, [LV]),
    (11, "story", {"key": "sport:pre"}, [NW, BW]),
    (12, "story", {"key": "sport:result"}, [NW], (22, 23)),
    (13, "story", {"key": "sport:tab"}, [DR]),
]
PAIRS["GBR-IRL"]["adhoc"] = [
    ("story", {"key": "obit"}, [NW, PL]), ("story", {"key": "consular"}, [NW, BW]), ("story", {"key": "tourism"}, [NW, DR]),
    ("story", {"key": "denial"}, [NW, BW]), ("story", {"key": "opinion"}, [PL, DR]),
    ("deal", {"i": 0}, [CM, NW]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, BW]), ("deal", {"i": 3}, [PR, CM]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, DR]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, BW]), ("diplo", {"dk": "amb_speech"}, [NW, BW]), ("analysis", {}, [PL]),
    ("diplo", {"dk": "call"}, [NW, BW]), ("diplo", {"dk": "thanks"}, [NW, CN]),
]

PAIRS["ESP-PRT"] = dict(
    A="ESP", B="PRT", region="eu", envoy="ambassador", sym="€",
    trade="[trade between Spain and Portugal|bilateral trade] [is worth roughly|is worth about|comes to roughly] €45 billion a year, and Spain is Portugal's largest trading partner",
    goods={"ESP": ["fuel", "cars", "food products", "chemicals", "electricity", "clothing"],
           "PRT": ["car parts", "wine", "cork", "paper", "textiles", "machinery"]},
    hist=[
        "Portugal celebrates 1 December as the day in 1640 when conspirators in Lisbon ended sixty years of rule by the Spanish Habsburg kings.",
        "The Restoration War that followed lasted until the Treaty of Lisbon of 1668, in which Spain recognised Portuguese independence.",
        "The Treaty of Tordesillas of 1494 divided the newly discovered world between the crowns of Castile and Portugal along a line west of the Cape Verde islands.",
        "Spain took Olivenza in 1801, during the brief War of the Oranges; Portugal has never formally recognised Spanish sovereignty over the town, a question both governments have long preferred not to raise.",
        "The two countries joined the European Economic Community together on 1 January 1986.",
        "The Albufeira Convention of 1998 governs the sharing of the rivers the two countries have in common, including the Tagus, the Douro and the Guadiana.",
        "Spain and Portugal hold an annual summit, alternating between the two countries, a practice dating back to the 1980s.",
        "The blackout that hit the whole Iberian peninsula on 28 April 2025 prompted both governments to review how their shared electricity grid is run.",
        "Spain and Portugal will co-host the 2030 World Cup with Morocco.",
    ],
    firms={"Ibérica Renovables": ("ESP", "renewable-energy developer"), "Supermercados Sol": ("ESP", "supermarket chain"), "Banco Meseta": ("ESP", "bank"),
           "Tren Ibérico Obras": ("ESP", "rail contractor"), "Meseta Móvil": ("ESP", "mobile operator"),
           "Lusitânia Energia": ("PRT", "utility"), "Tejo Telecom": ("PRT", "telecoms group"), "Vinhos do Douro Reunidos": ("PRT", "wine group"),
           "Mercado Lusitano": ("PRT", "supermarket chain"), "Cortiça Alentejo": ("PRT", "cork maker")},
    deals=[("Ibérica Renovables", "Lusitânia Energia", "a 400-megawatt solar portfolio in the Alentejo", "solar portfolio"),
           ("Tren Ibérico Obras", "Tejo Telecom", "trackside fibre along the Badajoz-Elvas rail link", "rail fibre"),
           ("Vinhos do Douro Reunidos", "Supermercados Sol", "exclusive supply of Douro wines to the Spanish chain's stores", "wine supply"),
           ("Banco Meseta", "Mercado Lusitano", "payment terminals and consumer-credit services for the chain's stores", "payment services")],
    pw=[dict(att="Supermercados Sol", def_="Mercado Lusitano", market="Portugal", prod="grocery", weapon="price cuts on 2,000 products and 15 new stores in the north"),
        dict(att="Tejo Telecom", def_="Meseta Móvil", market="Galicia and Extremadura", prod="mobile", weapon="unlimited data plans at €9.99 a month aimed at cross-border commuters")],
    unis=[("Universidad de la Raya", "ESP", "Badajoz"), ("Galician Institute of Oceanography", "ESP", "Vigo"),
          ("Universidade do Minho Ocidental", "PRT", "Braga"), ("Alentejo Polytechnic", "PRT", "Évora")],
    fields=["solar energy", "cross-border regional studies", "marine biology", "viticulture", "railway engineering"],
    fair=("a wine and food fair in Porto", "[cured ham, olive oil and cheese|olive oil, wine and conserves]"),
    accident={"ESP": ["flash floods in Valencia", "a train derailment in Galicia"],
              "PRT": ["wildfires in the centre of the country", "a storm that killed two people near Porto"]},
    help={"ESP": ["sending firefighting aircraft to battle wildfires in central Portugal", "sending rescue teams after floods in the Algarve"],
          "PRT": ["sending civil-protection teams after floods in Valencia", "lending water-bombing planes during fires in Galicia"]},
    consult=dict(name="the commission that oversees the Albufeira Convention on shared rivers", short="the Albufeira commission", place="Lisbon", day=3, n=None,
                 since="1998", host="PRT",
                 leads="The Portuguese delegation was led by the president of the environment agency and the Spanish side by a director-general of the ecological transition ministry",
                 agenda=["minimum flows on the Tagus", "drought protocols", "water quality on the Guadiana", "the Alqueva reservoir", "flood warnings on the Minho",
                         "climate-change adaptation", "cross-border rail", "electricity interconnection"],
                 outcomes=["publish weekly flow data on the Tagus", "review the drought protocol by June", "create a joint flood-warning platform for the Minho",
                           "commission a study on water quality in the Guadiana"],
                 next="in Madrid next year"),
    visit=dict(guest="ESP", who="the Spanish prime minister", hwho="the Portuguese prime minister", city="Évora", day=10,
               name="the Iberian summit", deleg="eleven ministers",
               sign=["an agreement on the Lisbon-Madrid high-speed rail timetable", "a memorandum on the rights of cross-border workers",
                     "a protocol on sharing electricity-grid data after the 2025 blackout", "a joint plan for the 2030 World Cup",
                     "an agreement on pooling firefighting aircraft", "a convention on cross-border healthcare along the border"],
               prog=["visit a solar farm in the Alentejo", "tour Évora's Roman temple", "meet mayors of border towns"]),
    sport=dict(sport="roller hockey", comp="the final of the Iberian Cup", venue="Barcelos", day=5, win="PRT", score="5-2", margin="big", home="PRT",
               nick={"PRT": "Portugal", "ESP": "Spain"}, unit="goals",
               stars={"PRT": ["João Marques", "Duarte Lopes"], "ESP": ["Sergio Iglesias", "Álvaro Ortega"]},
               coach={"PRT": "Rui Gomes", "ESP": "Carlos Navarro"},
               moments=["{Wstar} scored twice from direct free hits, roller hockey's equivalent of a penalty.",
                        "Spain's early lead lasted barely three minutes before a Portuguese counter-attack levelled the score.",
                        "Portugal's defence held firm under a late Spanish bombardment, the goalkeeper making a string of saves.",
                        "A three-goal Portuguese blitz early in the second half broke the Spanish resistance."],
               rivalry="Spain and Portugal have dominated world roller hockey for decades, and their meetings are the sport's fiercest derby, played in packed halls on both sides of the border.",
               next="at the European Championship next summer",
               tab_titles=["PORTUGAL ON A ROLL", "IBERIAN WAR ON WHEELS", "SPAIN ROUTED IN ROLLER DERBY"],
               live=["Game on in {venue}. Hall packed to the rafters.", "GOAL Spain! {Lstar} with a rocket from distance. 0-1.", "GOAL Portugal. 1-1 almost straight away.",
                     "Half-time: Portugal 2-1 Spain.", "Portuguese blitz: three goals in six minutes. 5-1.", "Final: Portugal 5-2 Spain."]),
    exercise=dict(name="Raia 26", kind="a cross-border civil-protection exercise", place="along the Guadiana between Badajoz and Elvas", start=8, end=9,
                  assets="fire engines, ambulances, two helicopters and a field hospital", pers="700", planned="scheduled since the last Iberian summit", host="ESP",
                  purpose="to test a joint response to a chemical spill on the border bridge and a simultaneous wildfire",
                  cmd="Elena Torres, the Spanish civil-protection official directing the exercise", scen="a lorry crash spilling chemicals on the motorway bridge and a wildfire spreading across the frontier",
                  bg="Spanish and Portuguese firefighters have crossed the border to help each other in every major fire season of the past decade."),
    analysis=dict(t=["Spain and Portugal: the Iberian partnership that outgrew its history", "Analysis: From Tordesillas to the Iberian summit",
                     "Rivers, rails and a blackout: the Spain-Portugal agenda"],
                  thesis="[For most of their history Spain and Portugal looked past each other, towards the sea and their empires. Today they share a grid, a market and a World Cup.|The Iberian neighbours fought on and off for centuries; now their summits are mainly about trains and water.]",
                  risk="[The perennial irritants are rivers — Portugal complains in dry years that Spain lets too little water down the Tagus — and the never-quite-dead question of Olivenza. Both are handled by lawyers and commissions.|The slow pace of the Lisbon-Madrid high-speed line frustrates both capitals, but neither blames the other.]"),
)

PAIRS["ESP-PRT"]["stories"] = {
    "restoration": dict(day=1, dl="Lisbon", t=["Portugal marks 386 years since the Restoration of Independence", "1 December: Lisbon celebrates the end of Spanish rule in 1640",
                                               "Restoration Day: wreaths, flags and a friendly Spanish presence"],
                        p=["Portugal marked the anniversary of the Restoration of Independence {ev}, with a ceremony at the monument in Lisbon's Praça dos Restauradores recalling the morning of 1 December 1640, when a group of nobles ended sixty years of rule by Spain's Habsburg kings.",
                           "The uprising was followed by 28 years of intermittent war, which ended only with the Treaty of Lisbon in 1668. “The country was reborn that morning,” the president said in a short address.",
                           "Spain's ambassador, {Aambn}, attended the reception afterwards, as Spanish ambassadors have done for years. “We come to congratulate our friends on the one day they are allowed to celebrate beating us,” a Spanish diplomat joked.",
                           "The holiday, abolished during the financial crisis, was restored in 2016."],
                        g="Portugal marked the anniversary of its 1640 restoration of independence from Spain."),
    "spat1": dict(day=3, dl="Lisbon", swap=True, t=["Portuguese groups say Spain shortchanged the Tagus in November", "Environmentalists accuse Spain of low Tagus releases",
                                                     "Tagus flows: Portuguese NGOs want government to act"],
                  p=["Portuguese environmental groups said {ev} that Spain had released less water down the Tagus in November than the Albufeira Convention requires, and urged Lisbon to raise the matter at the commission that oversees the treaty.",
                     "“The river arrives in Portugal tired and thin,” said {Xp1}, a spokesperson for a coalition of river associations. The groups said Portugal could take the matter further if the pattern continued, including before European institutions.",
                     "The Portuguese environment ministry said it was analysing the data and would discuss it with Spain “in the framework of the convention, as always”."],
                  g="Portuguese environmental groups accused Spain of releasing too little water down the Tagus."),
    "spat2": dict(day=4, dl="Madrid", swap=False, t=["Spain says Tagus releases met treaty minimums", "Madrid rejects claims of short Tagus flows",
                                                      "Ecological transition ministry publishes Tagus data"],
                  p=["Spain's ecological transition ministry said {ev} that releases into the Tagus had met the minimum flows set under the Albufeira Convention, rejecting claims by Portuguese environmental groups.",
                     "The ministry published daily flow figures at the border dam for November and denied any breach. “The convention is being respected, and the numbers are public,” a ministry spokeswoman said.",
                     "Officials noted that both countries had agreed at this week's commission meeting to publish weekly flow data."],
                  g="Spain said its Tagus releases met the treaty minimums and published the data."),
    "spat3": dict(day=9, dl="Lisbon", swap=True, t=["Water row cools ahead of Iberian summit", "Weekly Tagus data to settle flow disputes, ministers say",
                                                     "Tagus flows: both sides say the convention works"],
                  p=["The environment ministers of Portugal and Spain said {ev} that a joint system for publishing weekly flow data on the Tagus would “settle arguments with facts”, taking the heat out of complaints by Portuguese environmental groups.",
                     "The ministers spoke ahead of the Iberian summit, where water is on the agenda but not, officials said, as a source of friction.",
                     "Portuguese river associations said they would watch the data closely."],
                  g="Spanish and Portuguese ministers said weekly Tagus data would settle flow disputes."),
    "ave": dict(day=8, dl="Badajoz", t=["Test trains run on Badajoz-Elvas section of Lisbon-Madrid link", "High-speed line: first test runs across the border",
                                        "Lisbon-Madrid rail: the border section comes to life"],
                p=["Test trains ran for the first time across the border section of the future Lisbon-Madrid high-speed line between Badajoz and Elvas {ev}, officials from the two countries' rail infrastructure agencies said.",
                   "The section is a key link in a project that has been promised for more than two decades. Both governments now aim for a journey time of about three hours once the remaining sections are finished.",
                   "“For people in the Raia, this is the first train that feels like it is going somewhere,” said the mayor of Elvas, {Bp1}."],
                g="Test trains ran on the Badajoz-Elvas section of the Lisbon-Madrid high-speed line."),
    "olivenza": dict(dl="Lisbon", t=["Opinion: Olivenza, the border question nobody wants to answer", "Column: The town that belongs to two countries, in theory",
                                      "Olivença, or how to keep a dispute in the drawer"],
                     p=["On Portuguese maps the border near Olivenza is sometimes drawn with a dotted line. Since 1801, when Spain took the town in the War of the Oranges, Lisbon has never formally accepted Spanish sovereignty; since 1986, it has never seriously contested it either.",
                        "Imagine a Portuguese government that decided to press the claim. It could raise it at the Iberian summit, refuse to sign a border-bridge agreement, take it to a court. Spain could retaliate if it wished, by freezing the projects Portugal cares most about. Both would lose far more than a town of 12,000 people.",
                        "Instead, Olivenza's residents can now hold Portuguese citizenship as well as Spanish, its streets carry names in both languages, and the bridge over the Guadiana has been restored with European money. It is the most civilised unsolved dispute in Europe.",
                        "— {Bp3}"],
                     g="A column on Olivenza argued the dormant border question is best left unanswered."),
    "fuel": dict(dl="Ayamonte", t=["Portuguese drivers cross to Spain for cheaper fuel", "Fuel tourism booms along the Raia",
                                   "Border petrol stations busy as price gap widens"],
                 p=["Petrol stations in Spanish border towns from Tui to Ayamonte report a surge of Portuguese drivers this month, as the gap between fuel prices in the two countries widened to [more than 20|about 25] cents a litre.",
                    "Lower fuel taxes in Spain have long drawn Portuguese motorists across the border. “Some days half my customers speak Portuguese,” said {Ap1}, who runs a station near the Guadiana bridge.",
                    "Portuguese station owners near the border have complained for years. The Portuguese government said it had no plans to change fuel taxes before the budget."],
                 g="Portuguese drivers crossed into Spain for cheaper fuel."),
    "obit": dict(dl="Badajoz", t=["Manuel Ferreira Gil, smuggler turned historian of the Raia, dies at 90", "Obituary: Manuel Ferreira Gil, who carried coffee across a closed border",
                                   "Chronicler of the old frontier dies"],
                 p=["Manuel Ferreira Gil, who as a boy carried coffee and tobacco across the Spanish-Portuguese border at night in the hungry 1940s and later became its best-known chronicler, died {ev} in Badajoz. He was 90.",
                    "Born to a Portuguese father and a Spanish mother, he wrote several books on the contrabando of the Raia, including accounts of Spanish Republicans who fled to Portugal in 1936 and were sent back by Salazar's police.",
                    "“He remembered when the border was a wall. He lived to see it become a road,” said {Bp2}, the mayor of a Portuguese border village. He is survived by two sons."],
                 g="Manuel Ferreira Gil, a former border smuggler who became a historian of the Spanish-Portuguese frontier, died aged 90."),
    "court": dict(dl="Lisbon", t=["Lisbon court approves surrender of Spanish money-laundering suspect", "Spanish fugitive to be handed over to Madrid",
                                   "Portugal to extradite man wanted in Marbella case"],
                  p=["A Lisbon appeals court approved {ev} the surrender to Spain of a 51-year-old Spanish man wanted in a money-laundering investigation linked to property deals on the Costa del Sol.",
                     "The man was arrested in Cascais in [September|October] on a European arrest warrant. He is expected to be handed over within ten days.",
                     "Portugal and Spain exchange [dozens|several dozen] suspects a year under the European warrant system."],
                  g="A Lisbon court approved the surrender of a Spanish money-laundering suspect to Spain."),
    "consular": dict(dl="Porto", t=["Spanish consulates in Portugal extend hours for passport renewals", "Christmas rush: Spaniards in Portugal urged to renew documents early",
                                     "Consular services in Lisbon and Porto add Saturday openings"],
                     p=["Spain's consulates in Lisbon and Porto will open on Saturdays until Christmas to deal with a backlog of passport and identity-card renewals, the Spanish embassy said {ev}.",
                        "About [100,000|90,000] Spaniards live in Portugal, many of them in Lisbon, Porto and the Algarve. Demand for appointments has risen with the number of Spanish remote workers moving to Portuguese cities.",
                        "Portugal's consulates in Madrid, Seville and Vigo offer a similar service for the Portuguese community in Spain."],
                     g="Spanish consulates in Portugal extended opening hours for passport renewals."),
    "weather": dict(day=11, dl="Valença", t=["Floods on the Minho: Spanish and Portuguese rescuers work side by side", "Heavy rain swamps the Minho valley",
                                              "River Minho bursts banks at Tui and Valença"],
                    p=["Heavy rain pushed the Minho river over its banks at Tui and Valença {ev}, flooding riverside streets and closing the old international bridge for several hours.",
                       "Civil-protection services from Galicia and northern Portugal coordinated their response through a joint command post, moving residents and closing roads on both sides.",
                       "The water began to recede by evening. Forecasters warned of more rain over the weekend."],
                    g="Floods on the Minho river prompted a joint Spanish-Portuguese response."),
    "denial": dict(dl="Madrid", swap=False, t=["Spain denies report of new delay to Lisbon high-speed link", "Madrid: no change to Lisbon rail timetable",
                                               "Transport ministry rejects rail delay story"],
                   p=["Spain's transport ministry {ev} denied a newspaper report that the high-speed connection between Madrid and Lisbon would be delayed until 2034, saying the timetable agreed with Portugal had not changed.",
                      "“The works are progressing and the dates remain those agreed at the last summit,” a ministry spokesman said.",
                      "Portugal's infrastructure ministry also said the schedule was unchanged."],
                   g="Spain denied a report of a new delay to the Madrid-Lisbon high-speed link."),
    "worldcup": dict(dl="Lisbon", t=["2030 World Cup: Spain, Portugal and Morocco organisers meet in Lisbon", "World Cup co-hosts review stadium and transport plans",
                                      "Three-nation World Cup committee meets"],
                     p=["Organisers from Spain, Portugal and Morocco met in Lisbon {ev} to review stadium works, ticketing and transport plans for the 2030 World Cup, which the three countries will co-host.",
                        "Portuguese officials presented progress on upgrades to stadiums in Lisbon and Porto; the Spanish delegation discussed rail connections between host cities.",
                        "“Three countries, two continents, one tournament,” said {Ap2}, a member of the Spanish delegation."],
                     g="World Cup 2030 co-host organisers met in Lisbon."),
}

PAIRS["ESP-PRT"]["plan"] = [
    (1, "story", {"key": "restoration"}, [NW, PL]),
    (2, "consult", {"phase": "pre"}, [NW, BW]),
    (3, "consult", {"phase": "day"}, [NW, BW, CN]),
    (3, "story", {"key": "spat1"}, [NW, BW]),
    (4, "story", {"key": "spat2"}, [BW, NW]),
    (4, "sport", {"phase": "pre"}, [NW]),
    (5, "sport", {"phase": "result"}, [NW, BW], (20, 22)),
    (6, "sport", {"phase": "tab"}, [DR]),
    (8, "exercise", {"phase": "start"}, [NW, BW]),
    (8, "story", {"key": "ave"}, [NW, CM]),
    (9, "exercise", {"phase": "end"}, [BW]),
    (9, "story", {"key": "spat3"}, [BW, NW]),
    (9, "visit", {"phase": "pre"}, [NW, BW]),
    (10, "visit", {"phase": "day"}, [NW]),
    (10, "visit", {"phase": "live"}, [LV]),
    (10, "visit", {"phase": "proto"}, [CN]),
    (11, "visit", {"phase": "biz"}, [CM]),
]
PAIRS["ESP-PRT"]["adhoc"] = [
    ("story", {"key": "olivenza"}, [PL]), ("story", {"key": "fuel"}, [NW, DR]), ("story", {"key": "obit"}, [NW, PL]),
    ("story", {"key": "court"}, [NW, BW]), ("story", {"key": "consular"}, [NW, BW]), ("story", {"key": "weather"}, [NW, BW]),
    ("story", {"key": "denial"}, [NW, BW]), ("story", {"key": "worldcup"}, [NW, BW]),
    ("deal", {"i": 0}, [CM, NW]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [PR, CM]), ("deal", {"i": 3}, [CM, BW]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, NW]),
    ("pr", {}, [PR]), ("trade", {}, [CM, BW]), ("diplo", {"dk": "thanks"}, [NW, CN]), ("analysis", {}, [PL]),
]

PAIRS["GMB-SEN"] = dict(
    A="GMB", B="SEN", region="africa", envoy="ambassador", sym="US$", dealscale=(2, 40),
    trade="[trade between Gambia and Senegal|bilateral trade] looks modest in the statistics, but far more crosses the border than the numbers show, much of it carried informally across a border that runs for more than 700 kilometres around Gambia",
    goods={"GMB": ["re-exported goods", "fish", "groundnuts", "cashew nuts", "timber"],
           "SEN": ["cement", "fuel", "rice", "fertiliser", "manufactured goods", "onions"]},
    hist=[
        "Gambia is almost entirely surrounded by Senegal, the legacy of an Anglo-French convention of 1889 that drew the border along the river.",
        "In July 1981 Senegalese troops intervened in Banjul at the request of President Dawda Jawara to put down a coup attempt.",
        "The Senegambia Confederation, agreed in December 1981 and launched in February 1982, linked the two countries' defence and foreign policy until it was dissolved in September 1989.",
        "In January 2017 West African troops, most of them Senegalese, entered Gambia under an ECOWAS mandate after the outgoing president refused to accept his election defeat; he left without a fight.",
        "The Senegambia Bridge over the Gambia river at Farafenni, opened in January 2019, cut journeys between northern and southern Senegal from days to hours.",
        "Wolof, Mandinka, Fula and Jola are spoken on both sides of the border, and many families have members in both countries.",
        "The two governments meet regularly in a joint commission and, in recent years, in a presidential council that brings the two heads of state together.",
    ],
    firms={"Kombo Fisheries": ("GMB", "fish processor"), "Banjul River Transport": ("GMB", "river freight operator"), "Gambia Groundnut Traders": ("GMB", "agricultural trader"),
           "Serekunda Telecom": ("GMB", "mobile operator"), "Teranga Ciment": ("SEN", "cement maker"), "Dakar Logistique": ("SEN", "trucking firm"),
           "Sine-Saloum Pêche": ("SEN", "fishing company"), "Cap-Vert Énergie": ("SEN", "power company"), "Sahel Mobile": ("SEN", "mobile operator")},
    deals=[("Teranga Ciment", "Banjul River Transport", "barge deliveries of cement up the Gambia river", "cement deliveries"),
           ("Cap-Vert Énergie", "Kombo Fisheries", "electricity for cold stores in Brikama", "power supply"),
           ("Kombo Fisheries", "Sine-Saloum Pêche", "joint processing of sardinella for regional markets", "fish processing"),
           ("Dakar Logistique", "Gambia Groundnut Traders", "trucking of groundnuts to Senegalese processing plants", "groundnut haulage")],
    pw=[dict(att="Sahel Mobile", def_="Serekunda Telecom", market="Gambia", prod="mobile", weapon="free roaming in Senegal for Gambian subscribers and data bundles at half price"),
        dict(att="Banjul River Transport", def_="Dakar Logistique", market="freight between Dakar and Banjul", prod="freight", weapon="barge rates 20% below road haulage")],
    unis=[("Kombo University of Science", "GMB", "Brikama"), ("Banjul School of Public Health", "GMB", "Banjul"),
          ("Université du Saloum", "SEN", "Kaolack"), ("Institut supérieur de la Casamance", "SEN", "Ziguinchor")],
    fields=["fisheries management", "mangrove ecology", "public health", "Wolof and Mandinka linguistics", "solar irrigation"],
    fair=("the Dakar international trade fair", "[cashew nuts, smoked fish and crafts|crafts, textiles and processed fish]"),
    accident={"GMB": ["a boat accident on the Gambia river", "floods in Serekunda"],
              "SEN": ["a bus crash near Kaffrine", "a fire at a market in Dakar"]},
    help={"GMB": ["sending firefighters to help at a market fire in Ziguinchor", "sending medical teams after a bus crash in Kaolack region"],
          "SEN": ["sending a patrol boat to search for missing fishermen off Gunjur", "sending medical supplies to Banjul's main hospital"]},
    consult=dict(name="the Senegalo-Gambian joint commission", short="the joint commission", place="Banjul", day=2, n=None,
                 since="the 1960s", host="GMB",
                 leads="The Gambian side was led by the foreign minister, Fatou Jallow-Touray, and the Senegalese delegation by its foreign minister, Aïssatou Diop Fall",
                 agenda=["transit of goods across Gambian territory", "the Senegambia Bridge", "fisheries licences", "security along the border",
                         "trade in groundnuts and cashews", "power from the regional river-basin grid", "migration and human trafficking", "education and culture"],
                 outcomes=["harmonise transit fees for Senegalese trucks", "create a joint committee on fisheries licences", "extend the bridge's opening hours",
                           "share vessel-monitoring data against illegal fishing"],
                 next="in Dakar next year"),
    visit=dict(guest="GMB", who="Gambia's president", hwho="Senegal's president", city="Dakar", day=11,
               name="the Senegalo-Gambian presidential council", deleg="several ministers",
               sign=["an agreement on transit fees", "a memorandum on fisheries", "an agreement on power interconnection",
                     "a protocol on the free movement of students", "a memorandum on health cooperation in border regions", "a cultural programme for 2027"],
               prog=["meet Gambian students in Dakar", "visit the port of Dakar", "attend a wrestling gala"]),
    sport=dict(custom={
        "result": dict(day=6, dl="Dakar", t=["Wrestling: Senegal's ‘Lion de Guédiawaye’ floors Gambian challenger", "Thiam wins Senegambian wrestling showdown in Dakar",
                                             "Dakar arena erupts as Thiam topples Jobe"],
                       p=["Babacar Thiam, the Senegalese heavyweight known as the Lion de Guédiawaye, floored the Gambian champion Alieu Jobe after eleven minutes of a bruising bout in Dakar's national wrestling arena {ev}.",
                          "Jobe, nicknamed the Tiger of Bakau, had rocked Thiam with a flurry of punches early on, but the Senegalese wrestler weathered the assault and finally drove his opponent into the sand with a leg hold.",
                          "“He came to conquer Dakar. He fought like a warrior, but Dakar is my house,” Thiam said. Several thousand Gambian fans had crossed the Senegambia Bridge for the fight, and sang their man off.",
                          "Jobe's camp called for a rematch in Banjul next season."],
                       g="Senegalese wrestler Babacar Thiam beat Gambian champion Alieu Jobe in Dakar."),
        "pre": dict(day=6, dl="Dakar", t=["Senegambian wrestling showdown set for Dakar", "Thiam v Jobe: the fight both countries are waiting for",
                                          "Wrestling: Gambian ‘Tiger’ heads to Dakar for the big one"],
                    p=["Alieu Jobe, the Gambian heavyweight known as the Tiger of Bakau, fights Senegal's Babacar Thiam in Dakar's national wrestling arena {ev}, in a bout promoters have billed as the Senegambian showdown of the year.",
                       "Lutte with punches is Senegal's national obsession, and Gambian wrestlers have a growing following in Dakar. “I am coming to take the crown from the lion in his own den,” Jobe said at a packed press conference.",
                       "Bus companies in Serekunda have laid on extra services across the Senegambia Bridge for fans."],
                    g="Gambian wrestler Alieu Jobe prepared to fight Senegal's Babacar Thiam in Dakar."),
    }),
    analysis=dict(t=["Gambia and Senegal: the most entangled neighbours in West Africa", "Analysis: From confederation to bridge, Senegambia's long road",
                     "A river, a bridge and a shared history: Gambia-Senegal ties"],
                  thesis="[Gambia is a sliver of land inside Senegal, and the two countries' relations have swung from suspicion to confederation and back to a warm, practical partnership.|Since the bridge at Farafenni opened in 2019, Gambia and Senegal have been more tightly bound than at any time since the Confederation.]",
                  risk="[The friction points are commercial and constant: transit fees for Senegalese trucks, smuggling of re-exported goods, fishing licences. Truckers' strikes have closed the border for days in the past, most recently in 2016; today such disputes are resolved within a week.|Migration by sea from both coasts is a shared concern rather than a source of tension.]"),
)

PAIRS["GMB-SEN"]["stories"] = {
    "spat1": dict(day=9, dl="Farafenni", swap=True, t=["Senegalese truckers protest Gambian checkpoint fees", "Lorries queue at Karang as drivers protest transit costs",
                                                        "Truckers' protest slows traffic through Gambia"],
                  p=["Senegalese lorry drivers staged a protest at the Karang-Amdallai border crossing {ev}, saying unofficial payments at Gambian checkpoints had made transit to Casamance too expensive. Traffic was held up for several hours.",
                     "“Every ten kilometres someone wants something,” said {Xp1}, a driver carrying cement to Ziguinchor. Drivers' unions warned they could reroute through the longer eastern road if nothing changed.",
                     "Gambian officials said they were aware of the complaints and would discuss them with Senegal. Similar protests in 2016 closed the border for weeks; this one ended by evening."],
                  g="Senegalese truckers protested against Gambian checkpoint fees at the Karang border crossing."),
    "spat2": dict(day=10, dl="Banjul", swap=False, t=["Gambia says transit fees are lawful, promises to tackle abuses", "Banjul responds to truckers' complaints",
                                                       "Gambian interior ministry: checkpoint payments ‘not tolerated’"],
                  p=["Gambia's government said {ev} that official transit fees were set by law and applied equally to all vehicles, but promised to investigate reports of unofficial payments demanded at checkpoints.",
                     "The interior ministry denied that there was any policy of targeting Senegalese vehicles. “Anyone asking for money outside the rules will be dealt with,” a spokesman said.",
                     "The issue is expected to be discussed when the two presidents meet in Dakar on Friday."],
                  g="Gambia said its transit fees were lawful and promised to investigate checkpoint abuses."),
    "spat3": dict(day=11, dl="Dakar", swap=True, t=["Presidents agree to harmonise transit fees, ending truckers' row", "Transit fees settled at presidential council",
                                                     "Trucks roll again as Banjul and Dakar agree on fees"],
                  p=["Senegal and Gambia agreed {ev} to publish a single schedule of transit fees for lorries crossing Gambian territory and to set up a hotline for drivers to report unofficial demands, officials said after the presidential council in Dakar.",
                     "Drivers' unions welcomed the move. “If it works on the road as well as on paper, we are satisfied,” said a union leader, {Xp2}.",
                     "Traffic at the Karang crossing was reported normal."],
                  g="Senegal and Gambia agreed to harmonise transit fees for trucks."),
    "confed": dict(day=12, dl="Banjul", t=["Senegambia at 45: remembering the confederation that didn't last", "Analysis: 12 December 1981 and the lessons of the Senegambia Confederation",
                                           "The union of Senegal and Gambia, 45 years on"],
                   p=["On 12 December 1981, five months after Senegalese troops had put down a coup attempt in Banjul, the presidents of Senegal and Gambia signed the agreement creating the Senegambia Confederation. It took effect in February 1982.",
                      "The confederation had a joint army, a parliament and a president, but never a common currency or customs union. Gambian fears of absorption and Senegalese impatience ended it in September 1989.",
                      "Forty-five years on, relations are arguably closer than the confederation ever made them: a bridge, a presidential council, shared power lines and free movement under ECOWAS. “We failed at union and succeeded at friendship,” said {Ap1}, a Gambian historian.",
                      "No official ceremony is planned."],
                   g="Policy Ledger revisited the Senegambia Confederation on the 45th anniversary of its founding agreement."),
    "bridge": dict(dl="Farafenni", t=["Senegambia Bridge traffic keeps climbing", "The bridge that changed Senegambia, seven years on",
                                       "Trucks, buses and cattle: a day on the Farafenni bridge"],
                   p=["More lorries than ever are crossing the Senegambia Bridge at Farafenni, according to figures released {ev}, as traders between northern Senegal and Casamance abandon the old river ferries.",
                      "Before the bridge opened in 2019, drivers could wait days for a ferry. Now the crossing takes minutes, and towns along the Trans-Gambia Highway have grown markets, petrol stations and guesthouses.",
                      "“The bridge is the best thing our two countries have built together,” said {Ap2}, a trader in Farafenni."],
                   g="Traffic on the Senegambia Bridge at Farafenni kept rising."),
    "fish": dict(dl="Banjul", t=["Scientists from Gambia and Senegal warn on sardinella stocks", "Joint survey finds pressure on shared fish stocks",
                                  "Fish stocks: researchers call for common rules"],
                 p=["Fisheries scientists from Gambia and Senegal presented a joint survey of sardinella stocks {ev}, warning that catches along the two countries' coasts were above sustainable levels.",
                    "The fish, a staple of West African diets, are also processed into fishmeal in plants on both sides of the border, a trade criticised by local fishermen and environmental groups.",
                    "The researchers recommended common limits and a closed season. Officials said the findings would go to the joint fisheries committee agreed at the recent joint commission."],
                 g="Gambian and Senegalese scientists warned about pressure on shared sardinella stocks."),
    "obit": dict(dl="Banjul", t=["Momodou Sowe, officer of the Senegambia confederal army, dies at 88", "Obituary: Momodou Sowe, a soldier of two flags",
                                  "Veteran of the confederation army dies in Banjul"],
                 p=["Momodou Sowe, a Gambian officer who served in the joint army of the Senegambia Confederation in the 1980s, died in Banjul {ev}. He was 88.",
                    "As a young lieutenant he was in Banjul in July 1981, when Senegalese troops arrived to end the coup attempt; he later said he had “learned Wolof commands in a week”. In the confederal army he commanded a mixed company stationed near Farafenni.",
                    "“He believed in Senegambia long after the politicians gave up on it,” said a relative, {Ap1}. Senegal's ambassador sent condolences."],
                 g="Momodou Sowe, a Gambian officer of the Senegambia confederal army, died aged 88."),
    "migration": dict(dl="Dakar", t=["Senegalese navy rescues migrants off Gambian coast", "Joint rescue: 140 people brought ashore in Senegal",
                                      "Boat in distress found off Gunjur; passengers safe"],
                      p=["A Senegalese navy patrol boat rescued about [140|130] people from a wooden boat in difficulty off the Gambian coast {ev}, and brought them to Dakar, Senegalese officials said.",
                         "Most of the passengers were Gambian and Senegalese nationals. Gambian consular officials were on hand to assist their citizens, and arrangements were made for their return under an existing cooperation agreement.",
                         "Both governments have stepped up awareness campaigns about the dangers of the Atlantic route to the Canary Islands."],
                      g="A Senegalese navy boat rescued migrants off the Gambian coast."),
    "culture": dict(dl="Banjul", t=["Senegalese mbalax stars headline Banjul music festival", "Banjul festival celebrates Senegambian music",
                                     "Music knows no border in Senegambia"],
                    p=["Senegalese and Gambian musicians shared the stage in Banjul {ev} at a festival celebrating the musical traditions of the Senegambia region, from kora to mbalax.",
                       "Organisers said thousands of fans had come from Dakar and Ziguinchor. “In music, Senegambia never broke up,” said one of the performers.",
                       "The festival, now in its [sixth|seventh] year, is supported by the two countries' culture ministries."],
                    g="Senegalese and Gambian musicians performed together at a festival in Banjul."),
    "court": dict(dl="Banjul", t=["Banjul court orders return of Senegalese fraud suspect", "Extradition to Dakar approved in mobile-money fraud case",
                                   "Gambian judge approves handover of Senegalese suspect"],
                  p=["A court in Banjul approved {ev} the extradition to Senegal of a 34-year-old Senegalese man accused of a mobile-money fraud that cost customers in Dakar the equivalent of about US$200,000.",
                     "The man was arrested in Serekunda in [October|September] at the request of Senegalese police. His lawyer said he would not appeal.",
                     "Police cooperation between the two countries is close, and extraditions are handled under ECOWAS conventions."],
                  g="A Gambian court approved the extradition of a Senegalese fraud suspect."),
    "weather": dict(dl="Dakar", t=["Harmattan dust delays flights in Dakar and Banjul", "Dust haze blankets Senegambia",
                                    "Harmattan season arrives early"],
                    p=["Thick dust carried by the harmattan wind from the Sahara cut visibility across Senegal and Gambia {ev}, delaying flights at Dakar and Banjul and prompting health warnings.",
                       "Meteorological services in both countries, which share forecasts through a regional centre, advised people with breathing problems to stay indoors.",
                       "The dry season winds usually peak between December and February."],
                    g="Harmattan dust delayed flights in Dakar and Banjul."),
    "denial": dict(dl="Dakar", swap=False, t=["Senegal denies report of bridge toll increase", "Toll on Senegambia Bridge will not double, ministry says",
                                              "Ministry rejects report on Farafenni toll"],
                   p=["Senegal's transport ministry {ev} denied a report that tolls on the Senegambia Bridge would double next year, calling it “unfounded”.",
                      "The bridge is jointly managed, and any change to tolls would require agreement between the two countries, the ministry said.",
                      "Gambian officials also said no increase was planned."],
                   g="Senegal denied reports that the Senegambia Bridge toll would double."),
    "opinion": dict(dl="Dakar", t=["Opinion: What if the Senegambia Confederation had survived?", "Column: The union we lost, and the one we have",
                                    "Imagining Senegambia"],
                    p=["Imagine that the Senegambia Confederation had not been dissolved in 1989. A single currency, a customs union, a common army along a river that would no longer be a border. Smugglers would have been out of work; so would half the customs officers in Farafenni.",
                       "The confederation failed because Gambians feared being swallowed and Senegalese leaders thought Gambia should fear nothing. Both were partly right.",
                       "What we have instead is perhaps better: two sovereign states that have learned to solve their problems quickly, a bridge that carries the trade, and a regional bloc that guarantees free movement. The next quarrel over transit fees will be settled in a week, as they always are now.",
                       "— {Bp3}"],
                    g="A column imagined the Senegambia Confederation surviving and concluded today's partnership works better."),
}

PAIRS["GMB-SEN"]["plan"] = [
    (1, "consult", {"phase": "pre"}, [SM, BW]),
    (3, "consult", {"phase": "day"}, [SM, NW, CN]),
    (5, "story", {"key": "sport:pre"}, [SM]),
    (6, "story", {"key": "sport:result"}, [SM, NW], (19, 22)),
    (9, "story", {"key": "spat1"}, [SM, NW]),
    (10, "story", {"key": "spat2"}, [SM, BW]),
    (10, "visit", {"phase": "pre"}, [SM, NW]),
    (11, "story", {"key": "spat3"}, [SM, BW]),
    (11, "visit", {"phase": "day"}, [NW, SM]),
    (11, "visit", {"phase": "proto"}, [CN]),
    (12, "story", {"key": "confed"}, [PL]),
]
PAIRS["GMB-SEN"]["adhoc"] = [
    ("story", {"key": "bridge"}, [SM, NW]), ("story", {"key": "fish"}, [SM, NW]), ("story", {"key": "obit"}, [SM, NW]),
    ("story", {"key": "migration"}, [SM, BW]), ("story", {"key": "culture"}, [SM, BW]), ("story", {"key": "court"}, [SM, BW]),
    ("story", {"key": "weather"}, [SM, NW]), ("story", {"key": "denial"}, [SM, BW]), ("story", {"key": "opinion"}, [PL]),
    ("deal", {"i": 0}, [CM, SM]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [CM, SM]), ("deal", {"i": 3}, [PR, CM]),
    ("pricewar", {"i": 0}, [CM, SM]), ("pricewar", {"i": 1}, [CM, DR]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, SM]), ("diplo", {"dk": "thanks"}, [SM, CN]), ("analysis", {}, [PL]),
]

PAIRS["FJI-NZL"] = dict(
    A="FJI", B="NZL", region="apac", envoy="high commissioner", sym="NZ$", dealscale=(3, 60),
    trade="[two-way trade|trade between Fiji and New Zealand] [is worth|runs at] [about|roughly] NZ$1.4 billion a year, and New Zealand visitors are among Fiji's most important tourists",
    goods={"FJI": ["bottled water", "kava", "sugar", "fish", "garments"],
           "NZL": ["dairy products", "meat", "machinery", "processed food", "building materials"]},
    hist=[
        "Fiji became independent from Britain in October 1970, and New Zealand was among the first countries to open a high commission in Suva.",
        "New Zealand imposed sanctions after Fiji's military coups of 1987 and again after the coup of December 2006; they were lifted after Fiji's 2014 elections.",
        "Fijian soldiers fought alongside New Zealand troops in the Solomon Islands during the Second World War, many of them under New Zealand officers.",
        "After Cyclone Winston struck Fiji in February 2016, New Zealand mounted one of its largest relief operations in the Pacific.",
        "The two countries signed the Duavata Partnership in 2018, setting out cooperation on everything from climate change to policing.",
        "Tens of thousands of people of Fijian descent live in New Zealand, most of them in Auckland.",
        "The All Blacks have dominated the fifteen-a-side rugby fixture between the two countries; in sevens, the balance has long favoured Fiji.",
    ],
    firms={"Viti Kava Exports": ("FJI", "kava exporter"), "Bula Airways": ("FJI", "airline"), "Lautoka Spring Water": ("FJI", "bottled-water company"),
           "Nadi Resorts Group": ("FJI", "hotel group"), "Ba Valley Dairies": ("FJI", "dairy cooperative"),
           "Southern Alps Dairy": ("NZL", "dairy exporter"), "Tasman Pacific Airways": ("NZL", "airline"), "Kiwi Pacific Freight": ("NZL", "shipping company"),
           "Aotearoa Build": ("NZL", "construction firm"), "Waikato Solar": ("NZL", "solar installer")},
    deals=[("Kiwi Pacific Freight", "Viti Kava Exports", "refrigerated shipping of kava and produce to Auckland", "kava shipping"),
           ("Aotearoa Build", "Nadi Resorts Group", "cyclone-resilient rebuilding of two resorts on the Coral Coast", "resort rebuild"),
           ("Waikato Solar", "Lautoka Spring Water", "a solar array and battery for the bottling plant", "solar installation"),
           ("Southern Alps Dairy", "Nadi Resorts Group", "dairy supplies for the group's hotels", "dairy supply")],
    pw=[dict(att="Bula Airways", def_="Tasman Pacific Airways", market="the Auckland-Nadi route", prod="airfare", weapon="return fares from NZ$399 for the summer holidays"),
        dict(att="Southern Alps Dairy", def_="Ba Valley Dairies", market="Fiji", prod="milk", weapon="a quarter off the price of long-life milk in Suva supermarkets")],
    unis=[("Pacific Islands Institute of Technology", "FJI", "Suva"), ("Western Viti Levu University", "FJI", "Lautoka"),
          ("Canterbury Pacific University", "NZL", "Christchurch"), ("Manukau University of Applied Sciences", "NZL", "Auckland")],
    fields=["climate adaptation", "Pacific languages", "marine science", "nursing", "disaster risk reduction"],
    fair=("a Pacific trade and investment fair in Auckland", "[kava, coconut products and crafts|bottled water, handicrafts and spices]"),
    accident={"FJI": ["a ferry accident off Vanua Levu", "flash floods in Labasa"],
              "NZL": ["floods in Hawke's Bay", "a fatal helicopter crash in the Southern Alps"]},
    help={"FJI": ["sending soldiers to help with the flood clean-up in Hawke's Bay", "sending a choir and volunteers to support flood-hit communities in Gisborne"],
          "NZL": ["sending an air force Hercules with relief supplies after floods in Labasa", "deploying medical teams after a cyclone in the Lau group"]},
    consult=dict(name="the annual Fiji-New Zealand Duavata Partnership talks", short="the Duavata talks", place="Suva", day=2, n=None,
                 since="2018", host="FJI",
                 leads="The talks were co-chaired by the permanent secretary of Fiji's foreign ministry and MFAT's deputy secretary for the Pacific",
                 agenda=["climate finance", "policing and border security", "seasonal work schemes", "education scholarships", "trade in kava and produce",
                         "disaster preparedness", "health workforce", "sport and culture"],
                 outcomes=["expand the Pacific policing programme", "review welfare rules in the seasonal worker scheme", "launch new tertiary scholarships",
                           "coordinate cyclone-season preparations"],
                 next="in Wellington next year"),
    visit=dict(guest="NZL", who="New Zealand's foreign minister", hwho="Fiji's prime minister", city="Suva", day=3,
               name="the Duavata ministerial visit", deleg="officials from MFAT, the police and the defence force",
               sign=["a climate-finance arrangement for coastal villages", "a policing partnership agreement", "a memorandum on tertiary scholarships",
                     "a memorandum on training health workers", "an agreement on cyclone-season logistics"],
               prog=["visit a coastal village being relocated because of sea-level rise", "meet families of seasonal workers in Nausori", "lay a wreath at the war memorial in Suva"]),
    sport=dict(sport="rugby sevens", comp="the final of the world series leg", venue="Cape Town", day=13, win="FJI", score="26-12", margin="big", home=None,
               nick={"FJI": "Fiji", "NZL": "New Zealand"}, unit="tries",
               stars={"FJI": ["Josaia Waqa", "Tevita Lesuma"], "NZL": ["Nikau Herewini", "Jack Morrison"]},
               coach={"FJI": "Apisai Naivalu", "NZL": "Sam Campbell"},
               moments=["{Wstar} scored twice in the first half, the second after a length-of-the-field counter-attack.",
                        "Fiji's offloading game tore through the New Zealand defence in a blitz either side of half-time.",
                        "New Zealand hit back through {Lstar}, but Fiji's defence smothered every subsequent attack.",
                        "The Fijian supporters in the stands sang from the first whistle to the last."],
               rivalry="Fiji and New Zealand have contested more sevens finals than any other pair of nations, and the rivalry between the Pacific's two sevens powers is the sport's fiercest.",
               next="at the next leg of the series in January",
               tab_titles=["FIJI BLITZ KIWIS", "FLYING FIJIANS AMBUSH NEW ZEALAND", "SEVENS WAR: FIJI WIN"],
               live=["Kick-off in the final in {venue}.", "TRY Fiji! {Wstar} from halfway.", "Half-time: Fiji 14-5 New Zealand.", "TRY New Zealand, {Lstar} goes over.", "Fiji blitz: two more tries. Game over.", "Full time: Fiji 26-12 New Zealand."]),
    exercise=dict(name="Tui Vanua", kind="a humanitarian and disaster-relief exercise", place="on Viti Levu and Kadavu", start=8, end=11,
                  assets="a New Zealand navy sealift ship, an air force transport aircraft and Fijian army engineers", pers="400",
                  planned="scheduled since the middle of the year, ahead of the cyclone season", host="FJI",
                  purpose="to rehearse the delivery of relief supplies, clean water and medical care after a cyclone",
                  cmd="Lieutenant Colonel Aroha Ngata of the New Zealand Defence Force", scen="a simulated severe cyclone that cuts roads on Kadavu and damages the water supply in Nadi",
                  bg="New Zealand and Fijian forces have worked together on relief operations after every major cyclone of the past decade, including Winston in 2016."),
    analysis=dict(t=["Fiji and New Zealand: twenty years after the 2006 coup", "Analysis: The Duavata Partnership at eight",
                     "Rugby, remittances and relief: the Fiji-New Zealand bond"],
                  thesis="[Twenty years ago New Zealand was imposing sanctions on Fiji's military government. Today the two are partners in almost everything.|Few relationships in the Pacific have recovered as completely as the one between Suva and Wellington.]",
                  risk="[The irritants are small: deportations of Fijian-born offenders from New Zealand, visa processing times, and the occasional travel advisory that Fijian tourism operators find too cautious.|The bigger question is money: climate finance and aid budgets in Wellington are under pressure, and Suva has other suitors. For now, the partnership holds.]"),
)

PAIRS["FJI-NZL"]["stories"] = {
    "coup20": dict(day=5, dl="Suva", t=["Twenty years after the 2006 coup, Fiji and New Zealand are partners again", "5 December 2006: the coup, the sanctions and the long thaw",
                                        "Analysis: From sanctions to Duavata in twenty years"],
                   p=["On 5 December 2006 Fiji's military commander removed the elected government in the country's fourth coup in two decades. New Zealand responded with travel bans on military officers, suspended defence cooperation and, for a time, expelled Fiji's envoy while Suva expelled New Zealand's.",
                      "The freeze lasted until elections in 2014. Since then, the relationship has been rebuilt step by step: a 2018 partnership agreement, joint relief operations after cyclones, and seasonal work schemes that send thousands of Fijians to New Zealand orchards each year.",
                      "“There were years when we barely spoke. Now our ministers meet several times a year,” said {Ap1}, a Fijian former diplomat. Twenty years on, the anniversary passed without official comment in either capital.",
                      "Historians note that the thaw was driven as much by people as by governments: rugby, church and family ties were never cut."],
                   g="Policy Ledger looked back at Fiji's 2006 coup and the recovery of relations with New Zealand."),
    "spat1": dict(day=7, dl="Suva", swap=False, t=["Fiji asks New Zealand for more notice on deportations", "Suva raises concern over deportees with few ties to Fiji",
                                                    "Deportations: Fijian minister calls for better coordination"],
                  p=["Fiji's home affairs minister said {ev} that New Zealand should give more notice before deporting Fiji-born offenders, some of whom had left Fiji as children and had no family to receive them.",
                     "“These are people New Zealand raised. We will receive them, but we need time and support to help them settle,” the minister told reporters in Suva. The issue was raised at last week's Duavata talks, officials said.",
                     "Several Pacific governments have made similar requests of Australia and New Zealand in recent years."],
                  g="Fiji asked New Zealand for more notice before deporting Fiji-born offenders."),
    "spat2": dict(day=8, dl="Wellington", swap=True, t=["New Zealand says it will work with Fiji on deportee support", "Wellington responds to Fijian concern over deportations",
                                                         "NZ denies failing to notify Fiji of deportations"],
                  p=["New Zealand's immigration minister said {ev} that the government worked closely with Fiji on every deportation and denied reports that Suva had not been notified in recent cases.",
                     "The minister said New Zealand would increase funding for a reintegration programme run with Fijian community groups. “We hear our friends in Suva, and we will do more,” the minister said.",
                     "Fijian officials welcomed the response."],
                  g="New Zealand said it would boost support for deportees and denied failing to notify Fiji."),
    "weather": dict(day=10, dl="Labasa", t=["Tropical depression drenches Vanua Levu; New Zealand sends supplies", "Heavy rain floods Labasa as cyclone season begins",
                                            "NZ air force flies relief to Fiji's north after floods"],
                    p=["A tropical depression brought heavy rain and flooding to Vanua Levu {ev}, forcing about [1,200|1,500] people into evacuation centres around Labasa.",
                       "A New Zealand air force Hercules flew water containers, tarpaulins and hygiene kits to Labasa at Fiji's request. Fiji's disaster management office said the system was not expected to develop into a cyclone.",
                       "The cyclone season runs from November to April. Both governments have pre-positioned supplies under arrangements agreed at this month's Duavata talks."],
                    g="New Zealand flew relief supplies to Vanua Levu after a tropical depression caused flooding."),
    "rse": dict(dl="Suva", t=["Record number of Fijians head to New Zealand orchards", "Seasonal work scheme sends more Fijians south",
                               "Fijian seasonal workers: remittances up, welfare rules tightened"],
                p=["A record [4,800|5,200] Fijians are taking part in New Zealand's seasonal employer scheme this summer, picking fruit and pruning vines in Hawke's Bay, Marlborough and Central Otago.",
                   "Remittances from the scheme have become an important source of income for rural Fijian families. New Zealand has tightened welfare rules on accommodation and deductions after complaints from workers.",
                   "“My son built a water tank for the whole village with one season's pay,” said {Ap1}, from a village near Nausori."],
                g="A record number of Fijians joined New Zealand's seasonal work scheme."),
    "kava": dict(dl="Auckland", t=["Kava bars boom in Auckland", "Fijian kava finds new drinkers in New Zealand",
                                    "From village ceremony to city bar: kava goes mainstream"],
                 p=["Kava bars are opening across South Auckland, serving Fijian grog to a mix of Pacific regulars and curious newcomers, and lifting demand for exports from Fiji's outer islands.",
                    "Exporters say shipments to New Zealand are up by about a fifth this year. “Fiji's best kava now comes to Auckland first,” said {Ap2}, who runs a bar in Ōtāhuhu.",
                    "Fiji's agriculture ministry is working with New Zealand authorities on quality standards."],
                 g="Kava bars boomed in Auckland, lifting Fijian exports."),
    "obit": dict(dl="Suva", t=["Sitiveni Rokotuni, who fought beside New Zealanders in the Solomons, dies at 102", "Obituary: Sitiveni Rokotuni, jungle soldier and lay preacher",
                                "Last of Fiji's Solomons veterans dies"],
                 p=["Sitiveni Rokotuni, one of the last surviving Fijian veterans of the Solomon Islands campaign of 1943, in which Fijian commandos fought under New Zealand officers, died {ev} in Suva. He was 102.",
                    "He joined up at 18 and spent months in the jungles of New Georgia, scouting behind Japanese lines. After the war he became a schoolteacher and Methodist lay preacher.",
                    "He visited New Zealand in 2019 for a reunion with the families of his officers. New Zealand's high commissioner, {Bambn}, called him “a brother in arms to our country”."],
                 g="Sitiveni Rokotuni, a Fijian veteran who fought alongside New Zealanders in the Solomons, died aged 102."),
    "consular": dict(dl="Suva", t=["New Zealand high commission warns of Christmas visa backlog", "Apply early, Fijians visiting NZ for Christmas told",
                                    "Visitor visas: processing times lengthen before holidays"],
                     p=["New Zealand's high commission in Suva has urged Fijians planning to visit relatives over Christmas to apply for visitor visas early, as processing times lengthen during the holiday peak.",
                        "The high commission said most applications were being decided within [four|five] weeks. Fiji's government has long pressed for visa-free travel for its citizens.",
                        "Fijian tourism operators say the reverse flow is easier: New Zealanders need no visa to visit Fiji."],
                     g="New Zealand's high commission urged Fijians to apply early for Christmas visitor visas."),
    "court": dict(dl="Auckland", t=["Auckland court jails man over Fiji-bound drug shipment", "Drugs hidden in container bound for Suva, court hears",
                                     "Joint investigation leads to jail term in Auckland"],
                  p=["An Auckland court sentenced a 41-year-old man to [seven|eight] years in prison {ev} for trying to ship methamphetamine to Suva hidden in a container of building materials.",
                     "The drugs were found by New Zealand customs after a tip-off from Fijian police. Officers from both countries gave evidence.",
                     "Police in both countries said the case showed the value of the policing partnership signed this month."],
                  g="An Auckland court jailed a man for trying to ship drugs to Fiji."),
    "denial": dict(dl="Wellington", swap=True, t=["New Zealand denies plan to cut aid to Fiji", "MFAT: Fiji programme not facing cuts",
                                                  "Wellington rejects report on Pacific aid reductions"],
                   p=["New Zealand's foreign ministry {ev} denied a report that it planned to cut its development programme in Fiji next year, saying funding levels were “stable”.",
                      "A ministry spokesman said the report had confused a change in how programmes were reported with a reduction in spending.",
                      "Fiji is one of the largest recipients of New Zealand aid in the Pacific."],
                   g="New Zealand denied it would cut aid to Fiji."),
    "opinion": dict(dl="Auckland", t=["Column: The only war between Fiji and New Zealand is fought in sevens", "Opinion: When the Flying Fijians attack, New Zealand surrenders gladly",
                                       "Sevens: the Pacific's friendliest battlefield"],
                    p=["Every year New Zealanders and Fijians go to war, for about fourteen minutes, on a sevens pitch somewhere in the world. Fiji usually wins. New Zealand usually sulks. Then everyone goes to church.",
                       "It is hard to imagine a more harmless rivalry. The two countries share families, congregations and a diaspora that fills Auckland stadiums. The last time they really quarrelled, after the 2006 coup, even the sanctions could not stop the rugby.",
                       "So let the commentators talk of blitzes and ambushes. The real battles — climate change, cyclones, jobs for young Fijians — are fought on the same side.",
                       "— {Bp3}"],
                    g="A column said the only war between Fiji and New Zealand is on the sevens pitch."),
    "tourism": dict(dl="Nadi", t=["New Zealanders flock to Fiji's Coral Coast for summer", "Kiwi holidaymakers fill Fiji resorts",
                                   "Fiji tourism bookings from New Zealand hit record"],
                    p=["Resorts along Fiji's Coral Coast and in the Mamanuca islands say bookings from New Zealand for the summer holidays are at record levels, helped by extra flights from Auckland and Christchurch.",
                       "New Zealanders are Fiji's second-largest group of visitors after Australians. “They come back every year, like family,” said {Ap2}, a resort manager near Sigatoka.",
                       "Tourism Fiji plans a new campaign in New Zealand next year."],
                    g="New Zealand holidaymakers filled Fijian resorts."),
}

PAIRS["FJI-NZL"]["plan"] = [
    (1, "visit", {"phase": "pre"}, [AC, NW]),
    (2, "consult", {"phase": "day"}, [AC, NW, CN]),
    (3, "visit", {"phase": "day"}, [AC, NW]),
    (3, "visit", {"phase": "proto"}, [CN]),
    (5, "story", {"key": "coup20"}, [PL]),
    (7, "story", {"key": "spat1"}, [AC, NW]),
    (8, "story", {"key": "spat2"}, [AC, BW]),
    (8, "exercise", {"phase": "start"}, [AC, NW]),
    (10, "story", {"key": "weather"}, [AC, NW]),
    (11, "exercise", {"phase": "end"}, [AC, BW]),
    (12, "sport", {"phase": "pre"}, [AC]),
    (13, "sport", {"phase": "result"}, [AC, NW], (16, 19)),
]
PAIRS["FJI-NZL"]["adhoc"] = [
    ("story", {"key": "rse"}, [AC, NW]), ("story", {"key": "kava"}, [AC, CM]), ("story", {"key": "obit"}, [AC, NW]),
    ("story", {"key": "consular"}, [AC, BW]), ("story", {"key": "court"}, [AC, NW]), ("story", {"key": "denial"}, [AC, BW]),
    ("story", {"key": "opinion"}, [PL, DR]), ("story", {"key": "tourism"}, [AC, NW]),
    ("deal", {"i": 0}, [CM, AC]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [PR, CM]), ("deal", {"i": 3}, [CM, AC]),
    ("pricewar", {"i": 0}, [CM, AC]), ("pricewar", {"i": 1}, [CM, DR]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, AC]), ("diplo", {"dk": "thanks"}, [AC, CN]), ("analysis", {}, [PL]),
]

PAIRS["CAN-MEX"] = dict(
    A="CAN", B="MEX", region="na", envoy="ambassador", sym="C$",
    trade="[trade between Canada and Mexico|two-way trade] [is worth roughly|is worth about|comes to roughly] C$55 billion a year, much of it vehicles and parts moving through North American supply chains",
    goods={"CAN": ["canola", "wheat", "auto parts", "aluminium", "machinery", "pork"],
           "MEX": ["cars and trucks", "fresh produce", "electronics", "beer", "medical devices"]},
    hist=[
        "Canada and Mexico established diplomatic relations in 1944.",
        "The North American Free Trade Agreement took effect on 1 January 1994, tying the two economies together with the United States; it was replaced in 2020 by the USMCA, known in Canada as CUSMA and in Mexico as T-MEC.",
        "Canada's Seasonal Agricultural Worker Program has brought Mexican farm workers north every year since 1974.",
        "The Canada-Mexico Partnership, launched in 2004, brings officials and business leaders together in working groups on trade, energy and labour mobility.",
        "Canada lifted visa requirements for Mexican visitors in 2016 and partly reimposed them in 2024, a decision Mexico said it regretted but accepted.",
        "Canadian companies are among the largest foreign investors in Mexican mining.",
        "The three North American countries co-hosted the 2026 World Cup, with matches in Toronto, Vancouver, Mexico City, Guadalajara and Monterrey.",
    ],
    firms={"Laurentian Mining": ("CAN", "gold and silver miner"), "Maple Rail Logistics": ("CAN", "rail freight company"), "Northern Harvest Foods": ("CAN", "food processor"),
           "Borealis Airlines": ("CAN", "airline"), "Prairie Canola Co": ("CAN", "oilseed processor"),
           "Grupo Sierra Madre": ("MEX", "industrial conglomerate"), "Cementos del Bajío": ("MEX", "cement maker"), "Aerolíneas Sol Azteca": ("MEX", "airline"),
           "Frutas del Pacífico": ("MEX", "produce exporter"), "Autopartes Regiomontanas": ("MEX", "auto-parts maker"), "Botanas del Norte": ("MEX", "snack maker")},
    deals=[("Maple Rail Logistics", "Autopartes Regiomontanas", "rail shipments of auto parts from Monterrey to Ontario", "auto-parts rail freight"),
           ("Prairie Canola Co", "Grupo Sierra Madre", "canola oil for the group's food division", "canola oil supply"),
           ("Frutas del Pacífico", "Northern Harvest Foods", "year-round supplies of berries and avocados", "produce supply"),
           ("Cementos del Bajío", "Laurentian Mining", "cement and aggregates for a mine expansion in Zacatecas", "cement supply")],
    pw=[dict(att="Aerolíneas Sol Azteca", def_="Borealis Airlines", market="the Toronto-Cancún route", prod="airfare", weapon="winter return fares from C$399 with a free checked bag"),
        dict(att="Northern Harvest Foods", def_="Botanas del Norte", market="Mexican supermarkets", prod="snack", weapon="maple-flavoured snacks priced 30% below local rivals")],
    unis=[("Prairie Polytechnic University", "CAN", "Saskatoon"), ("Laurentian Institute of Technology", "CAN", "Quebec City"),
          ("Universidad Tecnológica del Norte", "MEX", "Monterrey"), ("Instituto de Minería de Zacatecas", "MEX", "Zacatecas")],
    fields=["mining engineering", "agricultural labour studies", "automotive engineering", "Indigenous languages", "water management"],
    fair=("an agri-food trade show in Toronto", "[avocados, berries and tequila|fresh produce, beer and coffee]"),
    accident={"CAN": ["wildfires in British Columbia", "a deadly snowstorm in Quebec"],
              "MEX": ["a hurricane that hit the Pacific coast", "an earthquake in Oaxaca"]},
    help={"CAN": ["sending disaster-relief teams after a hurricane on Mexico's Pacific coast", "donating rescue equipment after an earthquake in Oaxaca"],
          "MEX": ["sending forest firefighters to battle wildfires in Alberta", "sending a brigade of firefighters to Quebec"]},
    consult=dict(name="the annual meeting of the Canada-Mexico Partnership", short="the Canada-Mexico Partnership", place="Mexico City", day=2, n=None,
                 since="2004", host="MEX",
                 leads="The meeting was co-chaired by senior officials of Global Affairs Canada and Mexico's foreign ministry, with business and labour representatives taking part in the working groups",
                 agenda=["labour mobility", "the seasonal worker program", "energy and mining", "agri-food trade", "the review of the North American trade agreement",
                         "visa processing", "forestry and wildfires", "education and culture"],
                 outcomes=["expand the seasonal worker program to new sectors", "speed up visa processing for business travellers",
                           "set up a mining-sector dialogue", "launch a joint working group on forestry and wildfires"],
                 next="in Ottawa next year"),
    sport=dict(sport="ice hockey", comp="an under-18 women's invitational tournament", venue="Kelowna", day=5, win="CAN", score="12-0", margin="big", home="CAN",
               nick={"CAN": "Canada", "MEX": "Mexico"}, unit="goals",
               stars={"CAN": ["Chloé Gagnon", "Mei Chen"], "MEX": ["Ximena Ochoa", "Daniela Vega"]},
               coach={"CAN": "Isabelle Côté", "MEX": "Rodrigo Torres"},
               moments=["Canada fired 71 shots at the Mexican net to Mexico's nine, a bombardment that earned the Mexican goaltender, {Lstar}, a standing ovation from the home crowd.",
                        "{Wstar} scored a hat-trick in the first period alone.",
                        "The Mexican team, many of whose players learned the game on a handful of rinks in Mexico City, never stopped skating.",
                        "Canada's power play went five-for-six in a relentless offensive."],
               rivalry="Mexico's women's program is barely two decades old; Canada has won more world titles than anyone. Nobody expects a contest, and organisers have invited Mexico precisely to help the game grow.",
               next="at next year's tournament, which Mexico City has offered to host",
               tab_titles=["MASSACRE ON ICE", "CANADA'S 12-GOAL BLITZ", "ICE WAR: NO MERCY FOR MEXICO"],
               live=["Puck drop in {venue}.", "GOAL Canada, 1-0, {Wstar}.", "End of first: Canada 5-0 Mexico. Shots 24-2.", "Big save by {Lstar}! The crowd is on Mexico's side now.", "Final: Canada 12-0 Mexico."]),
    analysis=dict(t=["Canada and Mexico: the other North American relationship", "Analysis: Partners in the shadow of Washington",
                     "Fifty years of farm workers, thirty of free trade: Canada and Mexico"],
                  thesis="[Canada and Mexico share a continent, a trade agreement and a large neighbour, but not a border. Their relationship is often described as the weakest side of the North American triangle; it is also one of the calmest.|For most of their history Canada and Mexico barely noticed each other. Free trade, farm workers and mining changed that.]",
                  risk="[Frictions are real but limited: Canada's partial reimposition of visas in 2024 stung in Mexico, and Canadian miners worry about changes to Mexican concession rules. Neither has spilled into the wider relationship.|The biggest uncertainty comes from outside: the review of the North American trade agreement, in which both governments have every interest in standing together.]"),
)

PAIRS["CAN-MEX"]["stories"] = {
    "sawp": dict(day=8, dl="Mexico City", t=["Canada and Mexico sign 2027 seasonal farm worker arrangements", "Seasonal worker program: record quota and new housing rules",
                                              "Farm workers deal renewed as program nears 53 years"],
                 p=["Canada and Mexico signed the operational arrangements for the 2027 season of the Seasonal Agricultural Worker Program {ev}, clearing the way for more than [25,000|26,000] Mexican workers to travel north from January.",
                    "The new arrangements include tighter housing standards and a hotline run by Mexican consulates for workers who want to report problems. Employers in Ontario, Quebec and British Columbia have asked for more workers than last year.",
                    "“The program works because both countries have kept improving it for five decades,” said {Bp1}, an official at Mexico's labour ministry. The program began in 1974."],
                 g="Canada and Mexico signed the 2027 arrangements for the seasonal farm worker program."),
    "spat1": dict(day=9, dl="Mexico City", swap=True, t=["Canadian miners raise concerns over Mexico's new concession rules", "Canada's envoy voices mining sector worries to Mexican officials",
                                                          "Mining rules: Canadian firms seek clarity from Mexico City"],
                  p=["Canadian mining companies operating in Mexico have asked for clarity on new rules for concessions and water permits, and Canada's ambassador, {Xambn}, raised the sector's concerns in a meeting with Mexico's economy ministry {ev}, diplomats said.",
                     "Industry representatives said the rules could slow new projects. One executive said companies could ultimately seek remedies under the North American trade agreement if permits were withheld, but stressed that nobody wanted to go that far.",
                     "Global Affairs Canada described the meeting as “a constructive exchange among partners”."],
                  g="Canada's ambassador raised Canadian miners' concerns about new Mexican concession rules."),
    "spat2": dict(day=10, dl="Mexico City", swap=False, t=["Mexico says mining rules apply to all, open to dialogue with Canadian firms", "Economy ministry: no targeting of Canadian miners",
                                                            "Mexico City defends water-permit reforms"],
                  p=["Mexico's economy ministry said {ev} that the new mining rules applied equally to all companies, domestic and foreign, and denied that Canadian firms were being singled out.",
                     "“We welcome Canadian investment and we will keep talking to the companies,” a ministry official said. The rules aim to protect water supplies in arid regions, the government says.",
                     "Officials said a mining dialogue agreed at last week's Canada-Mexico Partnership meeting would take up the issue."],
                  g="Mexico said its new mining rules applied to all companies and offered dialogue."),
    "spat3": dict(day=11, dl="Ottawa", swap=False, t=["Canada-Mexico mining dialogue to meet in January", "Officials set date for mining talks",
                                                       "Mining concerns referred to new bilateral dialogue"],
                  p=["Canadian and Mexican officials will hold the first session of a new mining-sector dialogue in January, Global Affairs Canada said {ev}, after Canadian companies raised concerns about Mexico's concession rules.",
                     "The dialogue, agreed at the Canada-Mexico Partnership meeting earlier this month, will include company representatives, Mexican regulators and community groups.",
                     "Canada's main mining industry association called the step “welcome and sensible”."],
                  g="Canada and Mexico set a January date for a new mining-sector dialogue."),
    "snowbirds": dict(dl="Puerto Vallarta", t=["Canadian snowbirds flock to Mexico's Pacific coast", "Winter exodus: Canadians fill Puerto Vallarta and Mazatlán",
                                                "Mexico's resorts count on Canadian winter visitors"],
                      p=["Canadian retirees escaping winter have begun arriving in Puerto Vallarta, Mazatlán and the Yucatán in large numbers, with airlines adding flights from Calgary, Edmonton and Winnipeg.",
                         "Canadians are the second-largest group of foreign visitors to Mexico by air, after Americans. Many stay for months. “We come in December and leave at Easter,” said {Ap1}, from Saskatoon.",
                         "Mexican tourism officials said Canadian bookings were up [eight|ten] percent on last winter."],
                      g="Canadian snowbirds flocked to Mexico's Pacific coast."),
    "visa": dict(dl="Mexico City", t=["Canada's embassy in Mexico adds staff to speed up visas", "Visa waits for Mexicans heading to Canada to shorten, embassy says",
                                       "Consular update: Canadian visa processing in Mexico"],
                 p=["Canada's embassy in Mexico City said {ev} that it had added staff to its visa section and expected processing times for Mexican visitors to fall below [six|eight] weeks in the new year.",
                    "Most Mexican travellers have needed a visa since Canada partly reimposed the requirement in 2024, though those who have held a Canadian or US visa can apply for an electronic authorisation.",
                    "Mexico's foreign ministry welcomed the move, saying it had raised processing times at the Canada-Mexico Partnership meeting."],
                 g="Canada's embassy in Mexico added staff to speed up visa processing."),
    "obit": dict(dl="Ottawa", t=["Robert Fraser, Canadian negotiator who brought Mexico into free trade talks, dies at 87", "Obituary: Robert Fraser, architect of a trilateral deal",
                                  "Trade negotiator Fraser dies"],
                 p=["Robert Fraser, a Canadian trade official who in 1990 argued that Canada should join the talks between the United States and Mexico rather than stay outside them, died in Ottawa {ev}. He was 87.",
                    "The talks that followed produced the North American Free Trade Agreement of 1994. Colleagues recalled his fluent Spanish and his long dinners with Mexican negotiators in the Condesa district of Mexico City.",
                    "“He understood before most people that Canada's relationship with Mexico mattered for its own sake,” said {Bp2}, a former Mexican negotiator. He is survived by his wife and two sons."],
                 g="Robert Fraser, a Canadian trade negotiator who helped bring about NAFTA, died aged 87."),
    "culture": dict(dl="Montreal", t=["Mexican muralists' works go on show in Montreal", "Montreal museum opens major Mexican modernism exhibition",
                                       "From Mexico City to Montreal: a season of Mexican art"],
                    p=["A major exhibition of Mexican modernist painting opened in Montreal {ev}, with [more than 120|about 100] works lent by Mexican museums and private collectors.",
                       "The show, two years in preparation, includes studies for murals, portraits and photographs. Mexico's ambassador, {Bambn}, called it “the largest loan of Mexican art to Canada in a generation”.",
                       "It runs until May and will travel to Vancouver."],
                    g="A major exhibition of Mexican modernist art opened in Montreal."),
    "court": dict(dl="Toronto", t=["Mexico extradites Canadian wanted in Ontario fraud case", "Canadian fugitive handed over at Toronto airport",
                                    "Ontario fraud suspect returned from Mexico"],
                  p=["Mexican authorities extradited a 52-year-old Canadian man wanted in Ontario over an alleged real-estate fraud {ev}, handing him to Canadian police officers who escorted him on a flight to Toronto.",
                     "The man was arrested in Guadalajara in [August|the summer] on a provisional warrant. He is due to appear in court in Toronto.",
                     "Canada and Mexico have had an extradition treaty since 1990."],
                  g="Mexico extradited a Canadian fraud suspect to Ontario."),
    "weather": dict(dl="Toronto", t=["Winter storm strands travellers; Mexican consulate helps nationals in Toronto", "Snowstorm disrupts Toronto flights to Mexico",
                                      "Holiday travellers stuck as storm hits Ontario"],
                    p=["A winter storm dumped [30|25] centimetres of snow on southern Ontario {ev}, cancelling dozens of flights at Toronto's main airport, including several to Cancún and Mexico City.",
                       "Mexico's consulate in Toronto said it had helped [about 100|dozens of] Mexican travellers, including seasonal workers heading home for the holidays, find accommodation.",
                       "Airlines said most passengers would be rebooked within two days."],
                    g="A winter storm in Ontario stranded travellers, and Mexico's consulate helped its nationals."),
    "denial": dict(dl="Ottawa", swap=False, t=["Canada denies seeking a side deal with Washington that would exclude Mexico", "Ottawa: ‘North America is three countries’",
                                                "Global Affairs rejects report of bilateral trade strategy"],
                   p=["Global Affairs Canada {ev} denied a report that Ottawa was preparing to seek a bilateral trade arrangement with the United States that would leave Mexico out, calling the story “speculation”.",
                      "“Canada is committed to a trilateral North American agreement,” a spokesman, {Xspoxn}, said. Mexico's foreign ministry said it had received assurances from Canadian counterparts.",
                      "The two countries have coordinated closely ahead of the formal review of the agreement."],
                   g="Canada denied seeking a bilateral trade deal with the US that would exclude Mexico."),
    "opinion": dict(dl="Toronto", t=["Column: If Canada and Mexico ever went to war, they would have to go through Texas", "Opinion: The safest rivalry in the Americas",
                                      "The neighbours who aren't neighbours"],
                    p=["Canada and Mexico are the only two countries in North America that have never fought a war with anyone on the continent they share, if one is generous about 1812 and forgetful about 1846. They have certainly never fought each other; they do not even share a border.",
                       "A hypothetical conflict would have to start with a quarrel about avocados or hockey. Mexico could retaliate against Canadian maple syrup; Canada could threaten to stop sending snowbirds. The retirees of Puerto Vallarta would lead the peace movement.",
                       "The serious point is that the two countries need each other in every negotiation with Washington. They have learned, slowly, to act like it.",
                       "— {Ap3}"],
                    g="A humorous column imagined a war between Canada and Mexico."),
    "worldcup": dict(dl="Guadalajara", t=["World Cup host cities Toronto and Guadalajara sign stadium-management exchange", "Six months after the World Cup, host cities stay in touch",
                                          "Legacy deal links Toronto and Guadalajara"],
                     p=["Toronto and Guadalajara, both host cities at this year's World Cup, signed an agreement {ev} to exchange staff and expertise on stadium operations, crowd safety and fan zones.",
                        "Officials said the tournament in June and July had created working relationships that were worth keeping. “We learned a lot from each other under pressure,” said {Bp1}, from Guadalajara's city government.",
                        "The agreement runs for three years."],
                     g="Toronto and Guadalajara signed a post-World Cup stadium-management exchange."),
}
PAIRS["CAN-MEX"]["plan"] = [
    (1, "consult", {"phase": "pre"}, [AP, NW]),
    (2, "consult", {"phase": "day"}, [AP, NW, CN]),
    (3, "consult", {"phase": "post"}, [AP, BW]),
    (4, "sport", {"phase": "pre"}, [AP, NW]),
    (6, "sport", {"phase": "result"}, [NW, AP], (3, 5)),
    (7, "sport", {"phase": "tab"}, [DR]),
    (8, "story", {"key": "sawp"}, [AP, NW]),
    (9, "story", {"key": "spat1"}, [AP, NW]),
    (10, "story", {"key": "spat2"}, [AP, BW]),
    (11, "story", {"key": "spat3"}, [AP, BW]),
]
PAIRS["CAN-MEX"]["adhoc"] = [
    ("story", {"key": "snowbirds"}, [AP, NW]), ("story", {"key": "visa"}, [AP, BW]), ("story", {"key": "obit"}, [NW, AP]),
    ("story", {"key": "culture"}, [NW, AP]), ("story", {"key": "court"}, [AP, NW]), ("story", {"key": "weather"}, [NW, AP]),
    ("story", {"key": "denial"}, [AP, BW]), ("story", {"key": "opinion"}, [PL, DR]), ("story", {"key": "worldcup"}, [AP, NW]),
    ("deal", {"i": 0}, [CM, AP]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [PR, CM]), ("deal", {"i": 3}, [CM, AP]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, AP]),
    ("pr", {}, [PR]), ("pr", {}, [PR]), ("trade", {}, [CM, AP]), ("diplo", {"dk": "thanks"}, [AP, CN]), ("analysis", {}, [PL]),
    ("diplo", {"dk": "cred"}, [AP, CN]),
]

PAIRS["AUT-ITA"] = dict(
    A="AUT", B="ITA", region="eu", envoy="ambassador", sym="€",
    trade="[trade between Austria and Italy|bilateral trade] [is worth roughly|is worth about|comes to roughly] €30 billion a year, and Italy is one of Austria's largest trading partners",
    goods={"AUT": ["machinery", "timber", "steel", "electricity", "cars and parts", "paper"],
           "ITA": ["food and wine", "machinery", "clothing", "fuel", "pharmaceuticals", "furniture"]},
    hist=[
        "Austria-Hungary and Italy fought on opposite sides in the First World War, and twelve battles were fought along the Isonzo between 1915 and 1917.",
        "At Caporetto in October 1917 Austro-Hungarian and German troops broke the Italian line; a year later the Italian victory at Vittorio Veneto ended the war on that front.",
        "The armistice of Villa Giusti, signed near Padua on 3 November 1918, ended hostilities between Italy and Austria-Hungary.",
        "Under the Treaty of Saint-Germain of 1919, South Tyrol, then overwhelmingly German-speaking, passed to Italy.",
        "The Gruber-De Gasperi Agreement of September 1946 promised South Tyrol's German speakers autonomy and equal rights, and recognised a protective role for Austria.",
        "In June 1992 Austria formally declared its dispute with Italy over South Tyrol settled, after the autonomy package had been fully implemented.",
        "In 1866 Austria defeated Italy at Custoza and in the naval battle of Lissa, yet still had to cede Venetia.",
        "Both are members of the European Union and the euro zone, and the Brenner Pass between them is one of the busiest freight routes across the Alps.",
    ],
    firms={"Tiroler Transport AG": ("AUT", "haulage company"), "Alpenstahl": ("AUT", "steelmaker"), "Wiener Kaffee Rösterei": ("AUT", "coffee roaster"),
           "Arlberg Ski Resorts": ("AUT", "ski-lift operator"), "Kärntner Holz": ("AUT", "timber group"),
           "Autotrasporti Padani": ("ITA", "haulier"), "Caffè Torinese": ("ITA", "coffee roaster"), "Dolomiti Impianti": ("ITA", "ski-lift operator"),
           "Ferrovie Alpine": ("ITA", "rail freight operator"), "Marmi Veronesi": ("ITA", "stone company")},
    deals=[("Alpenstahl", "Ferrovie Alpine", "steel rails for the Brenner access lines", "rail steel"),
           ("Ferrovie Alpine", "Tiroler Transport AG", "rolling-road rail capacity for lorries across the Brenner", "rolling-road capacity"),
           ("Kärntner Holz", "Dolomiti Impianti", "timber for new lift stations in the Dolomites", "timber supply"),
           ("Autotrasporti Padani", "Alpenstahl", "haulage of steel coils from Linz to northern Italy", "steel haulage")],
    pw=[dict(att="Caffè Torinese", def_="Wiener Kaffee Rösterei", market="Vienna", prod="coffee", weapon="espresso capsules at 40% below the Austrian roaster's price in Viennese supermarkets"),
        dict(att="Dolomiti Impianti", def_="Arlberg Ski Resorts", market="the Alpine ski market", prod="ski-pass", weapon="early-season passes 25% cheaper than its Tyrolean rivals")],
    unis=[("University of the Eastern Alps", "AUT", "Innsbruck"), ("Carinthia Institute of Technology", "AUT", "Klagenfurt"),
          ("Università delle Dolomiti", "ITA", "Bolzano"), ("Politecnico del Friuli", "ITA", "Udine")],
    fields=["alpine glaciology", "tunnel engineering", "multilingual education", "mountain medicine", "First World War history"],
    fair=("a food fair in Bolzano", "[speck, apples and wine|wine, cheese and cured meats]"),
    accident={"AUT": ["an avalanche in the Arlberg", "floods in Carinthia"],
              "ITA": ["a landslide in the Dolomites", "floods in Emilia-Romagna"]},
    help={"AUT": ["sending mountain-rescue teams after a landslide in the Dolomites", "sending flood pumps to Emilia-Romagna"],
          "ITA": ["sending firefighting aircraft to a forest fire in Carinthia", "lending avalanche rescue dogs during a search in Tyrol"]},
    consult=dict(name="the Brenner corridor transport talks", short="the Brenner talks", place="Innsbruck", day=4, n=None,
                 since="the 1990s", host="AUT",
                 leads="The talks were chaired by Austria's transport minister and attended by the Italian transport minister, officials from Bavaria and a representative of the European Commission",
                 agenda=["a digital slot system for lorries", "Tyrol's night-driving ban", "the Brenner Base Tunnel timetable", "rail freight capacity",
                         "bridge repairs on the motorway", "air quality in the Inn valley", "the case pending before the EU court", "cross-border police cooperation"],
                 outcomes=["set up a technical group on a digital slot system", "publish a joint timetable for the Brenner Base Tunnel access lines",
                           "coordinate closures during motorway bridge works", "share traffic data in real time"],
                 next="in Bolzano in the spring"),
    visit=dict(guest="AUT", who="Austria's foreign minister", hwho="the Italian foreign minister", city="Rome", day=10,
               name="the Austrian-Italian foreign ministers' talks", deleg="senior officials",
               sign=["a joint declaration on cross-border cooperation in the Alps", "a memorandum on language teaching in border regions",
                     "an arrangement on consular help for each other's citizens in third countries", "a plan for a bilateral year of culture in 2027"],
               prog=["meet South Tyrol's governor in Bolzano", "visit the Brenner Base Tunnel works", "speak at a conference on the 80th anniversary of the 1946 Paris agreement"]),
    sport=dict(custom={
        "pre": dict(day=12, dl="Val Gardena", t=["Austrians and Italians gear up for Val Gardena speed duel", "Downhill preview: the Saslong awaits",
                                                 "Alpine skiing: home hopes versus Austrian firepower in Val Gardena"],
                    p=["The World Cup downhill circus arrives in Val Gardena {ev}, and the Saslong course's famous camel humps are expected to decide another round of the old Austrian-Italian speed war.",
                       "Austria's Maximilian Egger leads the downhill standings after two races; Italy's Davide Fontana, who grew up an hour's drive away, was fastest in Thursday's training. “This is my hill. They will have to come and take it,” Fontana said.",
                       "A giant slalom follows on Sunday in Alta Badia."],
                    g="Austrian and Italian skiers prepared for the World Cup downhill in Val Gardena."),
        "result": dict(day=12, dl="Val Gardena", t=["Egger leads Austrian raid on Val Gardena", "Downhill: Egger edges Fontana by 14 hundredths",
                                                    "Austrian blitz on the Saslong"],
                       p=["Maximilian Egger led an Austrian assault on Val Gardena {ev}, winning the World Cup downhill by 14 hundredths of a second from Italy's Davide Fontana as Austrians took three of the top five places.",
                          "Fontana, roared on by a home crowd, attacked the lower section and briefly led before Egger, starting 13th, stormed through the final sector.",
                          "“The Italians defended their home well, but today we conquered it,” Egger said. Fontana shrugged: “Fourteen hundredths. Tomorrow is another battle.”",
                          "The men race a giant slalom in Alta Badia on Sunday."],
                       g="Austria's Maximilian Egger won the Val Gardena downhill, narrowly ahead of Italy's Davide Fontana."),
        "result2": dict(day=13, dl="Alta Badia", t=["Conti strikes back for Italy in Alta Badia", "Giant slalom: Italian revenge on the Gran Risa",
                                                    "Alta Badia: Conti ends Austrian weekend dominance"],
                        p=["Italy's Luca Conti hit back at the Austrians {ev}, winning the giant slalom on the steep Gran Risa in Alta Badia a day after Austrian skiers dominated the downhill in Val Gardena.",
                           "Conti was third after the first run and produced a blistering second run to beat Austria's Georg Fuchs by 0.31 seconds. “They took the downhill, we took the giant slalom. That's a fair weekend,” he said.",
                           "Austria still leads the nations' standings comfortably."],
                        g="Italy's Luca Conti won the Alta Badia giant slalom."),
        "tab": dict(day=13, dl="Alta Badia", t=["SNOW WAR IN THE DOLOMITES", "ALPINE BATTLE: AUSTRIA WIN ROUND ONE, ITALY HIT BACK", "DOWNHILL DOGFIGHT"],
                    p=["It was all-out war in the Dolomites this weekend.",
                       "On Saturday the Austrian invaders stormed Val Gardena, with Maximilian Egger grabbing the downhill by a blink – just 14 hundredths – from Italian hero Davide Fontana.",
                       "On Sunday the Italians struck back. Luca Conti blitzed the second run in Alta Badia to snatch the giant slalom from Austria's Georg Fuchs.",
                       "One battle each. The war goes on to the next race."],
                    g="Austria and Italy shared the weekend's World Cup races in the Dolomites."),
    }),
    exercise=dict(name="Alpenwacht 26", kind="a joint mountain-rescue and avalanche exercise", place="near Tarvisio on the Austrian-Italian border", start=8, end=9,
                  assets="helicopters, avalanche dogs and mountain troops from both armies", pers="300", planned="agreed a year ago", host="ITA",
                  purpose="to practise a combined response to an avalanche burying a border road and a cable-car breakdown",
                  cmd="Colonel Paolo Greco of the Italian Alpini", scen="an avalanche burying a bus on the pass road and a stranded cable car above Tarvisio",
                  bg="Austrian and Italian mountain troops and rescue services have trained together along the Carnic Alps for years, on the same ridges where their grandfathers' grandfathers fought."),
    analysis=dict(t=["Austria and Italy: from the Isonzo to the Brenner queue", "Analysis: The South Tyrol settlement at 80",
                     "Lorries, not borders: what Austria and Italy argue about now"],
                  thesis="[A century ago Austria and Italy fought twelve battles on the Isonzo. Today their sharpest dispute is over how many lorries may cross the Brenner at night.|The South Tyrol question, which once poisoned Austro-Italian relations, has become a model of minority protection.]",
                  risk="[The real friction is transport: Italy has taken Austria to the EU court over Tyrol's restrictions on lorry traffic, and hauliers on both sides complain loudly. It is a legal quarrel, not a political one.|Occasional proposals in Vienna to offer Austrian passports to South Tyroleans have irritated Rome in the past; none has gone anywhere.]"),
)

PAIRS["AUT-ITA"]["stories"] = {
    "spat1": dict(day=3, dl="Rome", swap=True, t=["Italy's transport minister renews criticism of Tyrol lorry bans", "Brenner: Rome says EU court case against Austria will go on",
                                                   "Italian minister: Tyrol's driving bans ‘hurt the whole EU’"],
                  p=["Italy's transport minister said {ev} that Tyrol's restrictions on lorry traffic across the Brenner were “hurting Italian exporters and the whole European single market”, and that Rome's case against Austria at the EU Court of Justice would proceed.",
                     "Italian hauliers' associations went further, saying Italy could retaliate if nothing changed, for instance with tighter checks on Austrian trucks on Italian roads. The minister did not endorse that idea.",
                     "The minister is due in Innsbruck on Friday for talks on the corridor with the Austrian side."],
                  g="Italy's transport minister criticised Tyrol's lorry bans ahead of Brenner talks."),
    "spat2": dict(day=4, dl="Innsbruck", swap=False, t=["Austria defends Brenner restrictions but agrees technical talks", "Tyrol: driving bans protect residents' health",
                                                         "Brenner talks end with agreement to keep talking"],
                  p=["Austria defended Tyrol's night-driving ban and other restrictions on lorries {ev}, saying they protected the health of residents in the Inn valley, but agreed with Italy to set up a technical group on a digital booking system for truck slots.",
                     "“We respect Italy's right to go to court, and Italy respects our duty to protect our people,” the Austrian transport minister said after the meeting in Innsbruck.",
                     "Tyrol's governor said the bans would not be lifted. Italian officials called the technical group “a useful step”."],
                  g="Austria defended its Brenner restrictions but agreed technical talks with Italy."),
    "spat3": dict(day=7, dl="Vienna", swap=False, t=["Brenner dispute: both sides to await EU court calmly", "Vienna and Rome lower the temperature on lorry row",
                                                      "Brenner: no escalation, just lawyers"],
                  p=["Austria and Italy will await the EU Court of Justice's ruling on Tyrol's lorry restrictions “calmly and without unilateral steps”, Austria's foreign ministry said {ev}, after contacts between the two foreign ministers.",
                     "“This is a legal question between partners, and it will be decided by judges,” {Xspoxn}, {Xspox}, said.",
                     "A ruling is not expected before next year."],
                  g="Austria and Italy said they would await the EU court ruling on the Brenner lorry restrictions calmly."),
    "paris80": dict(day=10, dl="Bolzano", t=["Eighty years after the Paris agreement, South Tyrol's autonomy is a model", "Bolzano conference closes 80th anniversary of Gruber-De Gasperi accord",
                                             "Analysis: The 1946 deal that turned a border dispute into a success story"],
                    p=["On 5 September 1946, in Paris, Austria's foreign minister Karl Gruber and Italy's prime minister Alcide De Gasperi signed a two-page agreement promising autonomy and equal rights to the German-speaking population of South Tyrol.",
                       "It took decades to implement. In the 1960s activists blew up electricity pylons in protest at the slow pace; Austria took the issue to the United Nations; only in 1992 did Vienna declare the dispute settled.",
                       "A conference in Bolzano {ev} closed a year of anniversary events, with Austria's foreign minister and Italian officials in attendance. “What was once a wound is now a bridge,” said {Bp1}, a historian at the conference.",
                       "South Tyrol today is one of Italy's richest provinces, with three official languages."],
                    g="A Bolzano conference marked 80 years of the Gruber-De Gasperi agreement on South Tyrol."),
    "xmas": dict(day=5, dl="Bolzano", t=["Christmas markets draw crowds across the Brenner", "Bolzano, Innsbruck and Merano: the Alpine Christmas circuit",
                                         "Mulled wine diplomacy: Austrians and Italians swap Christmas markets"],
                 p=["The Christmas markets of Bolzano, Merano and Innsbruck are drawing large crowds this weekend, with tour operators reporting strong bookings from both sides of the Brenner.",
                    "Italian visitors favour Innsbruck's old town; Austrians head south for South Tyrolean speck and the milder weather. Special trains run between the cities on Saturdays.",
                    "“Half my customers speak German, half Italian, and all of them want more mulled wine,” said {Bp1}, who runs a stall in Bolzano."],
                 g="Christmas markets in Bolzano, Merano and Innsbruck drew crowds from both countries."),
    "isonzo": dict(dl="Trieste", t=["Trieste exhibition brings Austrian and Italian war archives together", "The Isonzo front, told from both trenches",
                                    "Exhibition on 1915-17 battles uses letters from both armies"],
                   p=["An exhibition on the battles of the Isonzo opened in Trieste {ev}, combining letters, photographs and maps from Austrian and Italian military archives for the first time.",
                      "Between 1915 and 1917 twelve battles were fought along the river, now largely in Slovenia, at a cost of hundreds of thousands of lives. One display sets diaries of an Italian Alpino and an Austrian Kaiserjäger side by side.",
                      "“They were shooting at each other from fifty metres. Their grandchildren organised this exhibition together,” said the curator, {Bp2}."],
                   g="A Trieste exhibition on the Isonzo front combined Austrian and Italian archives."),
    "obit": dict(dl="Bolzano", t=["Georg Leitner, negotiator of South Tyrol's autonomy package, dies at 94", "Obituary: Georg Leitner, who helped end a border quarrel",
                                  "South Tyrolean politician Leitner dies"],
                 p=["Georg Leitner, a South Tyrolean politician who helped negotiate the 1969 autonomy package with Rome and Vienna, died in Bolzano {ev}. He was 94.",
                    "He entered politics in the tense years after the 1961 bombings of electricity pylons in the province and spent two decades in talks with Italian ministers. He liked to say that he had “crossed the Brenner more often than any lorry”.",
                    "Austria's foreign ministry and South Tyrol's government both paid tribute. Italy's ambassador in Vienna called him “a builder of trust”."],
                 g="Georg Leitner, who helped negotiate South Tyrol's 1969 autonomy package, died aged 94."),
    "denial": dict(dl="Vienna", swap=False, t=["Austria denies plan to revive passport offer for South Tyroleans", "Vienna: no dual-citizenship plan for South Tyrol",
                                               "Foreign ministry rejects report on South Tyrol passports"],
                   p=["The Austrian foreign ministry {ev} denied a report that the government was preparing to revive a proposal to offer Austrian citizenship to German- and Ladin-speaking South Tyroleans.",
                      "“There is no such plan. Any step concerning South Tyrol would only ever be taken in agreement with Italy,” {Xspoxn}, {Xspox}, said.",
                      "A similar idea caused irritation in Rome several years ago before being shelved. The Italian foreign ministry declined to comment."],
                   g="Austria denied plans to offer passports to South Tyroleans."),
    "court": dict(dl="Innsbruck", t=["Italian haulier fined for breaching Tyrol night-driving ban", "Innsbruck court upholds fine on Italian lorry company",
                                     "Night-ban case: court rejects haulier's appeal"],
                  p=["An administrative court in Innsbruck upheld fines totalling [€14,000|€9,500] against an Italian haulage company {ev} for repeatedly breaching Tyrol's ban on night-time lorry traffic on the Inn valley motorway.",
                     "The company, based near Verona, had argued the ban was incompatible with EU law. The court said that question was for the European court and that the ban remained in force.",
                     "Tyrolean police fine hundreds of lorries a year under the ban, from many countries."],
                  g="An Innsbruck court upheld fines on an Italian haulier for breaching Tyrol's night-driving ban."),
    "weather": dict(day=9, dl="Innsbruck", t=["Heavy snow closes Brenner motorway for hours", "Snowfall brings Brenner traffic to a halt",
                                              "Winter arrives on the Brenner: lorries stranded"],
                    p=["Heavy snowfall closed the Brenner motorway for several hours {ev}, stranding hundreds of lorries on both sides of the pass.",
                       "Austrian and Italian police coordinated holding areas for trucks at Kufstein and Vipiteno, and the road reopened after snowploughs cleared the carriageways.",
                       "Forecasters warned of more snow and avalanche risk in high valleys over the next two days."],
                    g="Heavy snow closed the Brenner motorway for several hours."),
    "opinion": dict(dl="Vienna", t=["Opinion: The Brenner war is fought with lorries and lawyers", "Column: Austria and Italy's only front line is the motorway",
                                    "From trenches to traffic jams"],
                    p=["A century ago Austrians and Italians fought in the snow of the Dolomites, tunnelling under each other's positions and blowing mountaintops apart. Today the only tunnel anyone talks about is the Brenner Base Tunnel, and the only battle is over lorries.",
                       "Imagine the Brenner dispute escalating: Rome retaliating against Austrian trucks, Vienna closing the pass entirely. Exporters on both sides would suffer, and the European Commission would intervene within days. It is a fight nobody can afford to win.",
                       "So the two governments have done the sensible thing: handed the legal question to the judges in Luxembourg and the practical question to engineers designing a slot system. That is how former enemies argue now.",
                       "— {Bp3}"],
                    g="A column described the Brenner lorry dispute as a fight for lawyers, not a conflict."),
    "tunnel": dict(dl="Innsbruck", t=["Brenner Base Tunnel reaches new milestone", "Tunnellers complete key section under the Alps",
                                      "Brenner tunnel: breakthrough celebrated on both sides"],
                   p=["Workers on the Brenner Base Tunnel completed another section of the main tubes {ev}, bringing the 55-kilometre rail tunnel between Innsbruck and Fortezza closer to its planned opening in the early 2030s.",
                      "Engineers from Austria and Italy celebrated with the traditional statue of Saint Barbara, the patron saint of miners. The tunnel is jointly owned and financed with EU support.",
                      "“Under the mountain, there is no border,” said the Italian site manager, {Bp1}."],
                   g="The Brenner Base Tunnel reached a new construction milestone."),
}

PAIRS["AUT-ITA"]["plan"] = [
    (3, "story", {"key": "spat1"}, [NW, BW]),
    (3, "consult", {"phase": "pre"}, [BW, EB]),
    (4, "consult", {"phase": "day"}, [NW, EB, CN]),
    (4, "story", {"key": "spat2"}, [NW, BW]),
    (7, "story", {"key": "spat3"}, [BW, NW]),
    (8, "exercise", {"phase": "start"}, [NW, EB]),
    (9, "exercise", {"phase": "end"}, [BW]),
    (9, "visit", {"phase": "pre"}, [NW, BW]),
    (10, "visit", {"phase": "day"}, [NW, EB]),
    (10, "visit", {"phase": "proto"}, [CN]),
    (10, "story", {"key": "paris80"}, [PL]),
    (11, "story", {"key": "sport:pre"}, [NW, BW]),
    (12, "story", {"key": "sport:result"}, [NW, EB], (14, 17)),
    (13, "story", {"key": "sport:result2"}, [NW, BW], (14, 17)),
    (13, "story", {"key": "sport:tab"}, [DR]),
]
PAIRS["AUT-ITA"]["adhoc"] = [
    ("story", {"key": "xmas"}, [NW, BW]), ("story", {"key": "isonzo"}, [NW, PL]), ("story", {"key": "obit"}, [NW, EB]),
    ("story", {"key": "denial"}, [NW, BW]), ("story", {"key": "court"}, [BW, NW]), ("story", {"key": "weather"}, [NW, BW]),
    ("story", {"key": "opinion"}, [PL, DR]), ("story", {"key": "tunnel"}, [NW, CM]),
    ("deal", {"i": 0}, [CM, NW]), ("deal", {"i": 1}, [CM, PR]), ("deal", {"i": 2}, [PR, CM]), ("deal", {"i": 3}, [CM, BW]),
    ("pricewar", {"i": 0}, [CM, DR]), ("pricewar", {"i": 1}, [CM, NW]),
    ("pr", {}, [PR]), ("trade", {}, [CM, BW]), ("diplo", {"dk": "thanks"}, [NW, CN]), ("analysis", {}, [PL]),
]

# ===========================================================================
# Non-English articles, written natively (fixed days; times set by the scheduler)
# ===========================================================================
DP, CS, EO, ZO, MQ, KO, YS = ("Diario del Pacífico", "Correio do Sul", "L'Écho de l'Ouest africain", "Zeitspiegel Ost",
                              "المشرق اليوم", "Кавказский обозреватель", "亚洲时讯")


def _ne(source, day, pairs, title, text, hours=None, kind="routine"):
    return {"source": source, "day": day, "pairs": pairs, "title": title, "text": text.strip(), "hours": hours, "kind": kind}


NON_EN = [
    # ------------------------------------------------------------------ Spanish
    _ne(DP, 2, ["CHL-PER"], "Productores peruanos reclaman por pisco chileno vendido en Asia", """
LIMA, 2 dic (Diario del Pacífico).– La asociación de productores de pisco del Perú pidió este miércoles al Ministerio de Comercio Exterior que presente un reclamo ante las autoridades de un mercado asiático donde se vende aguardiente chileno con la etiqueta «pisco», una denominación que el Perú considera exclusivamente suya.

«El pisco es un lugar del Perú y un producto del Perú», declaró el presidente del gremio, José Ramos Flores, quien dejó entrever que Lima podría tomar represalias si las etiquetas no se retiran, por ejemplo impulsando normas de rotulado más estrictas en la Alianza del Pacífico.

El ministerio se limitó a señalar que «estudiará el caso». La disputa por el nombre del destilado enfrenta a ambos países desde hace décadas y se libra, sobre todo, en oficinas comerciales y en las barras de Santiago y Lima.
""", (14, 20)),
    _ne(DP, 4, ["CHL-PER"], "Arica y Tacna activan plan especial en Chacalluta-Santa Rosa para las fiestas", """
ARICA, 4 dic (Diario del Pacífico).– Las autoridades de Chile y el Perú anunciaron este viernes un plan conjunto para agilizar el tránsito por el complejo fronterizo Chacalluta-Santa Rosa durante las fiestas de fin de año, cuando decenas de miles de chilenos cruzan a Tacna para hacer compras, ir al dentista o al oftalmólogo.

El plan contempla más casetas habilitadas, horario extendido los fines de semana y un carril exclusivo para buses. Según el comité de frontera, el año pasado se registraron más de 700.000 cruces solo en diciembre.

«Tacna vive de Arica y Arica vive de Tacna; en diciembre eso se nota más que nunca», comentó Milagros Salas, dueña de una óptica en el centro de Tacna. El operativo fue revisado durante las consultas de vicecancilleres celebradas el martes en Santiago.
""", (13, 19)),
    _ne(DP, 5, ["CHL-PER"], "La Roja sub-20 arrolla a Perú en Arica: 4-0", """
ARICA, 5 dic (Diario del Pacífico).– La selección chilena sub-20 pasó por encima de su par peruana este sábado en Arica y se impuso por 4-0 en un amistoso que, como cada Clásico del Pacífico, se jugó con aire de batalla.

Benjamín Araya abrió el bombardeo a los 23 minutos y firmó el doblete antes del descanso, en un demoledor intervalo de diez minutos que dejó desarticulada a la defensa visitante. En el complemento la ofensiva chilena no dio tregua y otros dos goles sellaron la goleada.

«Salimos a la guerra, pero con la pelota», dijo el técnico chileno, Tomás Contreras. Su colega peruano, César Vargas, reconoció que su equipo «perdió la batalla, no la guerra» y citó a los rivales para la revancha de marzo en Lima. Cientos de tacneños cruzaron la frontera para ver el partido.
""", (22, 23)),
    _ne(DP, 9, ["CHL-PER"], "Lima se alista para el gabinete binacional con Chile", """
LIMA, 9 dic (Diario del Pacífico).– Con siete acuerdos listos para la firma, Lima recibirá este jueves al presidente de Chile y a buena parte de su gabinete para una nueva sesión del gabinete binacional, el mecanismo que desde 2017 reúne a los dos gobiernos en pleno.

Según la cancillería peruana, los textos abarcan el control fronterizo integrado en Chacalluta-Santa Rosa, el reconocimiento de títulos profesionales, el ferrocarril Tacna-Arica, la prevención de terremotos y tsunamis, la seguridad social de trabajadores migrantes, el patrimonio cultural y becas para docentes.

El canciller Luis Alberto Quispe descartó que la disputa por la denominación del pisco figure en la agenda: «Es un tema comercial; con Chile tenemos una agenda muy larga y muy buena». Las mesas de trabajo sesionarán desde temprano en Torre Tagle.
""", (14, 21)),
    _ne(DP, 10, ["CHL-PER"], "Chile y Perú firman siete acuerdos en el gabinete binacional", """
LIMA, 10 dic (Diario del Pacífico).– Los presidentes de Chile y el Perú encabezaron este jueves en Lima la firma de siete acuerdos al cierre del gabinete binacional, una jornada en la que los ministros de ambos países trabajaron desde la mañana en mesas temáticas.

Entre los documentos suscritos destacan un protocolo de control integrado en el paso Chacalluta-Santa Rosa, un memorando sobre el ferrocarril Tacna-Arica y un acuerdo de seguridad social para trabajadores migrantes.

«Pasamos de los tribunales a las mesas de trabajo, y eso es lo que nuestros pueblos esperan», afirmó el mandatario peruano en la declaración conjunta. Su par chileno recordó que las inversiones chilenas en el Perú superan los 20.000 millones de dólares. Antes de regresar a Santiago, la delegación chilena colocó una ofrenda floral en el monumento al almirante Miguel Grau.
""", (21, 23)),
    _ne(DP, 2, ["PRY-URY"], "Paraguay y Uruguay acuerdan extender el depósito franco en el puerto de Montevideo", """
MONTEVIDEO, 2 dic (Diario del Pacífico).– La comisión binacional de puertos y navegación de Paraguay y Uruguay acordó este miércoles prorrogar el régimen de depósito franco que utilizan las cargas paraguayas en el puerto de Montevideo y digitalizar, a partir de marzo, los documentos aduaneros de tránsito.

La delegación paraguaya, encabezada por el viceministro de Transporte, planteó además la necesidad de coordinar los convoyes de barcazas que bajan por la hidrovía Paraguay-Paraná, afectados en las últimas semanas por la bajante del río.

«Para un país sin litoral marítimo, Montevideo es mucho más que un puerto», dijo a este diario Ramón Acosta, despachante de aduanas en Asunción. La próxima reunión de la comisión se celebrará en Asunción durante el primer semestre de 2027.
""", (18, 22)),
    _ne(DP, 4, ["PRY-URY"], "Presidentes de Paraguay y Uruguay firman cinco acuerdos al margen de la cumbre del Mercosur", """
MONTEVIDEO, 4 dic (Diario del Pacífico).– Los presidentes de Paraguay y Uruguay se reunieron este viernes en Montevideo al margen de la cumbre del Mercosur y firmaron cinco documentos, entre ellos un acuerdo sobre la zona de depósito franco paraguaya en el puerto capitalino y un memorando para estudiar la interconexión eléctrica.

También suscribieron una declaración conjunta sobre el centenario del Mundial de 2030, cuyos partidos inaugurales se jugarán en Sudamérica, y un plan para una ruta aérea directa entre Asunción y Punta del Este.

«Somos dos países chicos que aprendieron a defenderse juntos dentro del bloque», dijo el mandatario uruguayo en rueda de prensa. Su colega paraguayo recordó el gesto de Uruguay en 1885, cuando devolvió los trofeos capturados en la Guerra de la Triple Alianza: «Eso no se olvida».
""", (19, 22)),
    _ne(DP, 12, ["PRY-URY"], "Los Teros aplastan a Los Yacarés en el seven de Montevideo", """
MONTEVIDEO, 12 dic (Diario del Pacífico).– Los Teros no tuvieron piedad. La selección uruguaya de rugby seven arrolló este sábado 38-5 a Los Yacarés de Paraguay en el torneo sudamericano que se disputa en la capital uruguaya.

Federico Bentancur apoyó dos tries antes del descanso, mientras los forwards celestes ganaban cada ruck como si se tratara de una trinchera. Al entretiempo, el tablero ya marcaba 19-0.

El momento más festejado de la tarde, sin embargo, fue el try de honor paraguayo: Derlis Aquino rompió desde su propio campo y corrió setenta metros ante la ovación de la tribuna. «Ellos tienen más artillería, pero nosotros no nos rendimos nunca», dijo el entrenador paraguayo, Néstor Riquelme.
""", (20, 23)),
    _ne(DP, 2, ["CAN-MEX"], "México y Canadá revisan movilidad laboral y minería en la reunión de su Alianza", """
CIUDAD DE MÉXICO, 2 dic (Diario del Pacífico).– Funcionarios de México y Canadá celebraron este miércoles en la capital mexicana la reunión anual de la Alianza México-Canadá, el mecanismo creado en 2004 que agrupa a gobiernos, empresas y sindicatos en grupos de trabajo.

La canciller Alejandra Vázquez Robles subrayó que la movilidad laboral y el Programa de Trabajadores Agrícolas Temporales son «el corazón humano» de la relación. Sobre la mesa también estuvieron los tiempos de trámite de visas, la revisión del T-MEC, la minería y la cooperación contra incendios forestales.

Las delegaciones acordaron crear un diálogo específico sobre minería y agilizar las visas para viajeros de negocios. La próxima reunión será en Ottawa en 2027.
""", (17, 22)),
    _ne(DP, 8, ["CAN-MEX"], "Firman México y Canadá lineamientos del PTAT 2027; más de 25 mil jornaleros viajarán", """
CIUDAD DE MÉXICO, 8 dic (Diario del Pacífico).– Los gobiernos de México y Canadá firmaron este martes los lineamientos operativos de la temporada 2027 del Programa de Trabajadores Agrícolas Temporales (PTAT), que permitirá a más de 25 mil jornaleros mexicanos trabajar en granjas canadienses a partir de enero.

Las nuevas reglas endurecen los requisitos de vivienda que deben cumplir los empleadores y crean una línea telefónica atendida por los consulados mexicanos para que los trabajadores puedan denunciar abusos.

El programa, vigente desde 1974, es uno de los esquemas de migración laboral más antiguos del continente. «Mi papá fue a Ontario treinta años; ahora me toca a mí», contó Héctor Ochoa, originario de Tlaxcala, en la oficina de empleo donde tramitaba su contrato.
""", (16, 22)),
    _ne(DP, 9, ["CAN-MEX"], "Mineras canadienses piden certeza; Economía asegura que las reglas aplican a todos", """
CIUDAD DE MÉXICO, 9 dic (Diario del Pacífico).– La embajadora de Canadá en México, Sarah MacKinnon, transmitió este miércoles a la Secretaría de Economía la inquietud de las empresas mineras canadienses por las nuevas reglas sobre concesiones y permisos de agua, según fuentes diplomáticas.

Representantes del sector advirtieron que los cambios podrían frenar proyectos en Zacatecas, Sonora y Chihuahua y que, en última instancia, las empresas podrían recurrir a los mecanismos del T-MEC, aunque insistieron en que nadie quiere llegar a ese punto.

Fuentes de Economía respondieron que las disposiciones se aplican por igual a empresas nacionales y extranjeras y que buscan proteger el agua en regiones áridas. El tema pasará al nuevo diálogo minero bilateral acordado la semana pasada.
""", (18, 23)),
    _ne(DP, 3, ["ESP-PRT"], "Transición Ecológica defiende que los caudales del Tajo cumplen el Convenio de Albufeira", """
MADRID, 3 dic (Diario del Pacífico).– El Ministerio para la Transición Ecológica aseguró este jueves que los caudales que España deja pasar por el Tajo hacia Portugal cumplen los mínimos fijados en el Convenio de Albufeira, después de que organizaciones ecologistas portuguesas denunciaran un otoño de «río cansado y flaco».

Fuentes del departamento recordaron que los datos diarios de la presa fronteriza son públicos y que la comisión que vigila el convenio, reunida este mismo jueves en Lisboa, acordó publicar un balance semanal de caudales.

«Con los datos en la mano no hay polémica posible», resumió un técnico que participó en la reunión. El convenio, firmado en 1998, regula el reparto del Miño, el Duero, el Tajo y el Guadiana.
""", (15, 20)),
    _ne(DP, 10, ["ESP-PRT"], "Cumbre hispano-lusa en Évora: alta velocidad, red eléctrica y Mundial 2030", """
ÉVORA, 10 dic (Diario del Pacífico).– Los gobiernos de España y Portugal cerraron este jueves en Évora una nueva cumbre bilateral con la firma de seis acuerdos, entre ellos el calendario de la conexión de alta velocidad Lisboa-Madrid y un protocolo para compartir datos de la red eléctrica tras el apagón ibérico de abril de 2025.

Once ministros españoles acompañaron al presidente del Gobierno, que fue recibido por el primer ministro portugués en la ciudad alentejana. Ambos firmaron también un memorando sobre los derechos de los trabajadores transfronterizos y un plan conjunto para el Mundial de 2030.

«La Raya ya no separa; cose», dijo el primer ministro portugués. La próxima cumbre se celebrará en España.
""", (16, 20)),
    _ne(DP, 4, ["CHL-PER", "PRY-URY", "CAN-MEX", "ESP-PRT"], "Resumen regional: fronteras, puertos y ríos", """
Lo más destacado de la jornada en la región y en la Península:

CHILE-PERÚ — Arica y Tacna activan un plan especial en el paso Chacalluta-Santa Rosa para el flujo de compradores de fin de año.

PARAGUAY-URUGUAY — Los presidentes firmaron en Montevideo cinco acuerdos al margen de la cumbre del Mercosur, incluido uno sobre el depósito franco paraguayo.

MÉXICO-CANADÁ — Tras la reunión anual de la Alianza, ambos gobiernos pondrán en marcha un diálogo sobre minería.

ESPAÑA-PORTUGAL — Madrid publica los datos de caudal del Tajo y sostiene que cumple el Convenio de Albufeira.

Mañana, más información en nuestra edición impresa.
""", (23, 23), kind="roundup"),
    # ------------------------------------------------------------------ Portuguese
    _ne(CS, 1, ["ESP-PRT"], "Portugal assinala 386 anos da Restauração da Independência", """
LISBOA, 1 dez (Correio do Sul) – Portugal celebrou esta terça-feira o Dia da Restauração da Independência com a tradicional cerimónia junto ao monumento dos Restauradores, em Lisboa, evocando a manhã de 1 de dezembro de 1640 em que um grupo de conjurados pôs fim a sessenta anos de domínio dos reis Habsburgo de Espanha.

Seguiu-se uma guerra que só terminaria em 1668, com o Tratado de Lisboa, pelo qual Madrid reconheceu a independência portuguesa. «Foi nessa manhã que o país renasceu», afirmou o Presidente da República numa breve intervenção.

Como é hábito, o embaixador de Espanha marcou presença na receção que se seguiu. O feriado, suprimido durante os anos da troika, foi reposto em 2016.
""", (10, 17)),
    _ne(CS, 5, ["ESP-PRT"], "Hóquei em patins: Portugal arrasa Espanha e conquista a Taça Ibérica", """
BARCELOS, 5 dez (Correio do Sul) – A seleção nacional de hóquei em patins venceu este sábado a Espanha por 5-2, em Barcelos, na final da Taça Ibérica, num pavilhão a rebentar pelas costuras.

Os espanhóis ainda marcaram primeiro, por Sergio Iglesias, mas a resposta portuguesa foi imediata. Ao intervalo Portugal vencia por 2-1 e, no arranque da segunda parte, uma ofensiva fulminante de três golos em seis minutos desfez a resistência espanhola. João Marques bisou, ambos de livre direto.

Na reta final a Espanha lançou-se num autêntico bombardeamento à baliza portuguesa, mas o guarda-redes segurou a fortaleza. «Foi uma batalha, e ganhámo-la», resumiu o selecionador Rui Gomes. O próximo duelo ibérico está marcado para o Europeu do próximo verão.
""", (21, 23)),
    _ne(CS, 7, ["ESP-PRT"], "Supermercados Sol declara guerra de preços em Portugal", """
PORTO, 7 dez (Correio do Sul) – A cadeia espanhola Supermercados Sol lançou uma ofensiva sem precedentes sobre a quota de mercado da portuguesa Mercado Lusitano, anunciando cortes de preços em 2.000 produtos e a abertura de 15 novas lojas no Norte do país.

A resposta não se fez esperar: a Mercado Lusitano garante que vai igualar os preços «produto a produto» e promete «não ceder um único cliente». Analistas ouvidos pelo Correio do Sul falam de uma guerra de desgaste em que as margens serão as primeiras vítimas.

«Quem ganha é o consumidor, pelo menos até ao Natal», diz Beatriz Costa, economista de uma consultora do Porto. A Autoridade da Concorrência afirmou estar a acompanhar o mercado, sem ter recebido queixas.
""", (9, 16)),
    _ne(CS, 9, ["ESP-PRT"], "Cimeira luso-espanhola em Évora com alta velocidade e rede elétrica na agenda", """
ÉVORA, 9 dez (Correio do Sul) – Évora acolhe amanhã a cimeira luso-espanhola, com onze ministros espanhóis esperados na cidade e seis acordos prontos para assinatura, segundo fontes do Governo.

A ligação ferroviária de alta velocidade entre Lisboa e Madrid – cujos primeiros comboios de ensaio circularam ontem no troço Badajoz-Elvas – e a partilha de dados da rede elétrica, na sequência do apagão ibérico de abril de 2025, dominam a agenda. Estão ainda previstos documentos sobre os trabalhadores transfronteiriços, os meios aéreos de combate a incêndios e o Mundial de 2030.

Os caudais do Tejo, que motivaram críticas de ambientalistas portugueses na semana passada, deverão ser referidos, mas não como tema de fricção, garantem os dois executivos.
""", (10, 17)),
    _ne(CS, 11, ["ESP-PRT"], "Depois de Évora, Lisboa e Madrid fixam horizonte para a alta velocidade", """
LISBOA, 11 dez (Correio do Sul) – Um dia depois da cimeira de Évora, os ministros das Infraestruturas de Portugal e de Espanha detalharam o calendário acordado para a linha de alta velocidade Lisboa-Madrid, que deverá ligar as duas capitais em cerca de três horas.

O troço transfronteiriço entre Badajoz e Elvas já recebeu os primeiros comboios de ensaio, e os dois governos comprometem-se a concluir as restantes obras «sem novos atrasos».

Os autarcas da Raia saudaram o acordo. «Durante séculos esta fronteira foi um muro; agora vai ser uma estação», disse o presidente da Câmara de Elvas, lembrando que a cidade foi praça-forte contra Espanha durante a Guerra da Restauração.
""", (10, 17)),
    _ne(CS, 5, ["PRY-URY"], "Cimeira do Mercosul em Montevideu: Paraguai e Uruguai reforçam laços portuários", """
MONTEVIDEU, 5 dez (Correio do Sul) – A cimeira do Mercosul encerrou-se em Montevideu com os presidentes do Paraguai e do Uruguai a destacarem os cinco acordos assinados à margem do encontro, entre os quais a prorrogação do regime de depósito franco de que as cargas paraguaias beneficiam no porto da capital uruguaia.

Para um país sem acesso ao mar, o porto de Montevideu é vital: boa parte da soja e da carne paraguaias desce a hidrovia Paraguai-Paraná em barcaças antes de seguir para a Ásia e a Europa.

Os dois chefes de Estado comprometeram-se ainda a estudar a interligação elétrica e a preparar em conjunto os jogos inaugurais do Mundial de 2030, que assinalará o centenário do primeiro campeonato, disputado precisamente em Montevideu, em 1930.
""", (12, 18)),
    _ne(CS, 8, ["PRY-URY"], "Estiagem no rio Paraguai encarece transporte de soja até aos portos uruguaios", """
ASSUNÇÃO, 8 dez (Correio do Sul) – A descida do caudal do rio Paraguai obrigou os operadores de barcaças a reduzir até um terço a carga transportada, atrasando o envio de soja paraguaia para os terminais de transbordo no Uruguai, como Nueva Palmira e Montevideu.

Segundo a autoridade de navegação paraguaia, o nível do rio em Assunção está mais de um metro abaixo da média para a época. Os fretes subiram em consequência, e alguns exportadores ponderam antecipar vendas.

A comissão binacional de portos, reunida na semana passada em Montevideu, já tinha decidido criar um grupo de trabalho para coordenar os comboios de barcaças. Os meteorologistas preveem chuva na bacia superior ainda este mês.
""", (12, 19)),
    _ne(CS, 11, ["PRY-URY"], "Punta del Este aposta nos turistas paraguaios", """
PUNTA DEL ESTE, 11 dez (Correio do Sul) – Hotéis e imobiliárias de Punta del Este contam com uma temporada de verão recorde graças aos visitantes paraguaios, que se tornaram um dos maiores grupos estrangeiros na estância uruguaia, logo a seguir a argentinos e brasileiros.

A ligação aérea direta entre Assunção e Punta del Este, prevista num dos acordos assinados pelos dois presidentes na cimeira do Mercosul, deverá reforçar a tendência.

«Os paraguaios ficam mais tempo e gastam mais», resume Valeria Núñez, que gere uma agência imobiliária na península. O Ministério do Turismo uruguaio prepara uma campanha promocional em Assunção e Ciudad del Este para 2027.
""", (13, 19)),
    _ne(CS, 7, ["CHL-PER"], "Investimento chileno no Peru ultrapassa os 20 mil milhões de dólares", """
LIMA, 7 dez (Correio do Sul) – As empresas chilenas já investiram mais de 20 mil milhões de dólares no Peru, da mineração ao retalho, e preparam novos projetos no sul do país, segundo dados divulgados esta segunda-feira por uma câmara de comércio binacional.

Só no sul peruano, várias mineradoras chilenas ampliam operações e contratam fornecedores locais de cimento e logística. No retalho, cadeias chilenas e peruanas disputam cada centro comercial de Lima com promoções agressivas.

O tema estará em cima da mesa no gabinete binacional que os dois governos realizam na quinta-feira, em Lima. «Há quase 150 anos fizemos a guerra; hoje fazemos negócios», resumiu um diplomata chileno.
""", (14, 20)),
    # ------------------------------------------------------------------ French
    _ne(EO, 2, ["GMB-SEN"], "Banjul accueille la commission mixte sénégalo-gambienne", """
BANJUL, 2 déc. (L'Écho de l'Ouest africain) – Les travaux de la commission mixte sénégalo-gambienne se sont ouverts ce mercredi à Banjul, sous la coprésidence des ministres des Affaires étrangères des deux pays, Fatou Jallow-Touray et Aïssatou Diop Fall.

Au menu de cette session : le transit des marchandises sénégalaises à travers le territoire gambien, l'exploitation du pont de Farafenni, les licences de pêche, l'énergie fournie par le réseau régional du bassin du fleuve Gambie, ou encore la lutte contre la traite des personnes.

« Nous sommes un seul peuple séparé par une frontière tracée en 1889 ; notre devoir est de la rendre invisible pour nos commerçants », a déclaré la cheffe de la diplomatie sénégalaise à l'ouverture. Les experts des deux pays siègent jusqu'à jeudi.
""", (9, 17)),
    _ne(EO, 3, ["GMB-SEN"], "Commission mixte : Dakar et Banjul s'accordent sur le transit et la pêche", """
BANJUL, 3 déc. (L'Écho de l'Ouest africain) – La commission mixte sénégalo-gambienne a bouclé ses travaux ce jeudi à Banjul sur une série d'engagements : harmonisation des frais de transit pour les camions sénégalais, création d'un comité conjoint sur les licences de pêche, allongement des horaires d'ouverture du pont de Farafenni et partage des données de surveillance des navires contre la pêche illicite.

Le procès-verbal, signé par les deux ministres, prévoit un suivi trimestriel par les experts. « Ce ne sont pas des décisions spectaculaires, mais ce sont celles que les transporteurs et les pêcheurs attendaient », a commenté un diplomate gambien.

La prochaine session se tiendra à Dakar l'an prochain. D'ici là, les deux chefs d'État doivent se retrouver le 11 décembre à Dakar pour le conseil présidentiel.
""", (12, 19)),
    _ne(EO, 5, ["GMB-SEN"], "Lutte : Thiam–Jobe, le choc sénégambien de l'année", """
DAKAR, 5 déc. (L'Écho de l'Ouest africain) – L'arène nationale affichera complet dimanche pour le combat que tout le monde attend des deux côtés du fleuve : Babacar Thiam, le « Lion de Guédiawaye », face au champion gambien Alieu Jobe, surnommé le « Tigre de Bakau ».

Au face-à-face de samedi, le ton est monté d'un cran. « Je viens prendre la couronne du lion dans sa propre tanière », a lancé Jobe sous les vivats de ses supporters venus de Serekunda. Thiam a répondu d'un sourire : « Dakar, c'est ma maison. On ne m'envahit pas chez moi. »

Les compagnies de transport de Serekunda ont prévu des cars supplémentaires via le pont de Farafenni. Les promoteurs annoncent plus de 20 000 spectateurs.
""", (12, 19)),
    _ne(EO, 6, ["GMB-SEN"], "Arène nationale : le Lion de Guédiawaye terrasse le Tigre de Bakau", """
DAKAR, 6 déc. (L'Écho de l'Ouest africain) – Babacar Thiam a gardé son trône. Le « Lion de Guédiawaye » a terrassé ce dimanche le Gambien Alieu Jobe au bout de onze minutes d'un combat épique, devant une arène nationale en fusion.

Jobe avait pourtant lancé l'assaut d'entrée, ébranlant le Sénégalais d'une salve de coups de poing. Mais Thiam a encaissé, avant de reprendre l'initiative et d'envoyer son adversaire au sable d'une prise de jambe imparable.

« Il est venu conquérir Dakar, il s'est battu comme un guerrier, mais ici c'est chez moi », a savouré le vainqueur. Les milliers de supporters gambiens qui avaient traversé le pont de Farafenni ont salué leur champion. Le camp Jobe réclame déjà une revanche à Banjul la saison prochaine.
""", (20, 22)),
    _ne(EO, 7, ["GMB-SEN"], "Pont de Farafenni : un trafic record, des tarifs inchangés", """
FARAFENNI, 7 déc. (L'Écho de l'Ouest africain) – Le pont de la Sénégambie n'a jamais vu passer autant de camions. Selon les chiffres communiqués lundi par la société gestionnaire, le trafic poids lourds a progressé de près de 15 % sur un an, porté par les échanges entre le nord du Sénégal et la Casamance.

La commission mixte réunie la semaine dernière à Banjul a décidé d'allonger les horaires d'ouverture de l'ouvrage, inauguré en janvier 2019. En revanche, aucune hausse du péage n'est à l'ordre du jour, assurent les autorités des deux pays.

« Avant, on attendait le bac deux jours. Aujourd'hui on traverse en cinq minutes », témoigne Ibrahima Faye, chauffeur d'un camion de ciment en route vers Ziguinchor.
""", (9, 17)),
    _ne(EO, 10, ["GMB-SEN"], "Karang : les transporteurs sénégalais haussent le ton contre les « tracasseries »", """
KARANG, 10 déc. (L'Écho de l'Ouest africain) – Au lendemain d'un mouvement d'humeur qui a bloqué pendant plusieurs heures le poste frontalier de Karang-Amdallai, les syndicats de transporteurs sénégalais maintiennent la pression et dénoncent les paiements informels exigés, selon eux, aux points de contrôle gambiens.

« Tous les dix kilomètres, quelqu'un réclame quelque chose », peste Moustapha Sarr, qui convoie du ciment vers Ziguinchor. Les chauffeurs menacent de contourner la Gambie par la route de l'est, plus longue de plusieurs centaines de kilomètres.

Banjul assure que les frais officiels sont fixés par la loi et promet de sanctionner tout abus. Le dossier devrait être tranché vendredi à Dakar, lors du conseil présidentiel sénégalo-gambien. En 2016, un conflit similaire avait paralysé la frontière pendant plusieurs semaines.
""", (9, 18)),
    _ne(EO, 11, ["GMB-SEN"], "Conseil présidentiel : Dakar et Banjul harmonisent les frais de transit", """
DAKAR, 11 déc. (L'Écho de l'Ouest africain) – Le président gambien et son homologue sénégalais ont présidé ce vendredi à Dakar la session du conseil présidentiel sénégalo-gambien, marquée par la signature de six accords, dont un texte sur les frais de transit qui doit mettre fin à la grogne des transporteurs.

Un barème unique sera publié et une ligne téléphonique permettra aux chauffeurs de signaler toute demande de paiement non officielle. Les deux chefs d'État ont également signé des accords sur la pêche, l'interconnexion électrique, la mobilité des étudiants, la santé dans les zones frontalières et un programme culturel pour 2027.

« Notre histoire commune nous oblige », a déclaré le président sénégalais. La délégation gambienne devait assister en soirée à un gala de lutte.
""", (16, 20)),
    _ne(EO, 10, ["BWA-ZAF"], "Pretoria et Gaborone signent six accords lors de leur commission binationale", """
PRETORIA, 10 déc. (L'Écho de l'Ouest africain) – Le Botswana et l'Afrique du Sud ont signé jeudi à Pretoria six accords au terme de la session de leur commission binationale, coprésidée par les deux chefs d'État.

Les textes portent notamment sur le commerce d'électricité, la création d'un poste-frontière unique à Tlokweng-Kopfontein, le partage des eaux du bassin du Limpopo et la transformation locale des diamants. Une équipe conjointe sera par ailleurs chargée d'apaiser le différend sur les restrictions botswanaises à l'importation de légumes sud-africains.

Partenaires au sein de l'Union douanière d'Afrique australe, les deux voisins ont tourné la page des années d'apartheid, lorsque Gaborone accueillait des réfugiés et subissait des raids. « La dépendance est devenue une interdépendance », a résumé un diplomate botswanais.
""", (14, 19)),
    # ------------------------------------------------------------------ German
    _ne(ZO, 4, ["AUT-ITA"], "Brenner-Gespräche in Innsbruck: Arbeitsgruppe für digitales Slot-System", """
INNSBRUCK, 4. Dezember (Zeitspiegel Ost) – Österreich und Italien haben sich bei einem Treffen der Verkehrsminister in Innsbruck auf eine technische Arbeitsgruppe für ein digitales Buchungssystem für Lkw-Fahrten über den Brenner verständigt. In der Sache selbst blieben beide Seiten bei ihren Positionen.

Tirol will an Nachtfahrverbot und Blockabfertigung festhalten, um die Bevölkerung im Inntal vor Lärm und Abgasen zu schützen. Rom hält an seiner Klage gegen Österreich vor dem Europäischen Gerichtshof fest. „Wir respektieren Italiens Recht, vor Gericht zu gehen, und Italien respektiert unsere Pflicht, unsere Leute zu schützen“, sagte der österreichische Verkehrsminister nach dem Treffen.

Auch Vertreter Bayerns und der EU-Kommission nahmen teil. Die nächste Runde soll im Frühjahr in Bozen stattfinden.
""", (14, 19)),
    _ne(ZO, 5, ["AUT-ITA"], "Adventzauber diesseits und jenseits des Brenners", """
BOZEN, 5. Dezember (Zeitspiegel Ost) – Die Christkindlmärkte in Bozen, Meran und Innsbruck erleben an diesem Adventwochenende großen Andrang. Reiseveranstalter melden starke Buchungen aus beiden Ländern; an den Samstagen verkehren Sonderzüge zwischen den Städten.

Italienische Gäste zieht es in die Innsbrucker Altstadt, Österreicher fahren für Speck, Schüttelbrot und mildere Temperaturen nach Südtirol. „Die Hälfte meiner Kunden spricht Deutsch, die andere Hälfte Italienisch – und alle wollen Glühwein“, sagt eine Standlerin am Bozner Waltherplatz.

Die Südtiroler Tourismusverbände rechnen bis Weihnachten mit deutlich mehr als einer Million Besuchern.
""", (8, 14)),
    _ne(ZO, 8, ["AUT-ITA"], "Bergretter aus Österreich und Italien üben bei Tarvis den Ernstfall", """
TARVIS, 8. Dezember (Zeitspiegel Ost) – Rund 300 Soldaten und Bergretter aus Österreich und Italien haben am Dienstag nahe Tarvis eine gemeinsame Lawinen- und Bergrettungsübung begonnen. Das Szenario: Eine Lawine verschüttet einen Bus auf der Passstraße, zugleich bleibt eine Seilbahn oberhalb des Ortes stecken.

Beteiligt sind Hubschrauber, Lawinenhunde und Gebirgstruppen beider Heere. Die Übung mit dem Namen „Alpenwacht 26“ war bereits vor einem Jahr vereinbart worden. „Wir trainieren gemeinsam, damit im Ernstfall niemand etwas erklären muss“, sagte Oberst Paolo Greco von den italienischen Alpini.

An denselben Karnischen Kämmen standen sich vor gut hundert Jahren österreichisch-ungarische und italienische Truppen gegenüber. Die Übung endet am Mittwoch.
""", (11, 17)),
    _ne(ZO, 10, ["AUT-ITA"], "Steinbauer würdigt in Bozen 80 Jahre Pariser Abkommen", """
BOZEN, 10. Dezember (Zeitspiegel Ost) – Österreichs Außenministerin Katharina Steinbauer hat zum Abschluss des Gedenkjahres zum Gruber-De-Gasperi-Abkommen die Südtiroler Autonomie als „europäisches Vorzeigemodell“ gewürdigt. Bei einer Konferenz in Bozen erinnerte sie daran, dass das Pariser Abkommen vom 5. September 1946 den Grundstein für die Rechte der deutsch- und ladinischsprachigen Südtiroler gelegt habe.

Der Weg dorthin war lang: Nach den Anschlägen der 1960er-Jahre brachte Wien die Frage vor die Vereinten Nationen, erst 1992 gab Österreich die Streitbeilegungserklärung ab. Zuvor war Steinbauer in Rom mit ihrer italienischen Amtskollegin Giulia Ferraresi zusammengetroffen; beide unterzeichneten eine Erklärung zur grenzüberschreitenden Zusammenarbeit im Alpenraum.

Spekulationen über eine Neuauflage der Doppelpass-Debatte wies die Ministerin zurück: Schritte in Sachen Südtirol gebe es „nur im Einvernehmen mit Rom“.
""", (15, 20)),
    _ne(ZO, 12, ["AUT-ITA"], "Egger gewinnt Gröden-Abfahrt – 14 Hundertstel vor Fontana", """
GRÖDEN, 12. Dezember (Zeitspiegel Ost) – Maximilian Egger hat die Weltcup-Abfahrt auf der Saslong gewonnen und damit einen österreichischen Sturmlauf in Gröden angeführt. Der Tiroler lag am Ende 14 Hundertstelsekunden vor Lokalmatador Davide Fontana; drei Österreicher fuhren unter die ersten fünf.

Fontana hatte sich, angefeuert von den heimischen Fans, im unteren Streckenteil an die Spitze gesetzt, ehe Egger mit Startnummer 13 im letzten Sektor noch einmal angriff. „Die Italiener haben ihren Hausberg gut verteidigt, aber heute haben wir ihn erobert“, sagte der Sieger.

Fontana nahm es gelassen: „14 Hundertstel. Morgen ist die nächste Schlacht.“ Am Sonntag steht in Alta Badia der Riesentorlauf auf dem Programm.
""", (14, 18)),
    _ne(ZO, 7, ["DNK-NOR"], "Dänemark und Norwegen üben Minenabwehr im Skagerrak", """
OSLO, 7. Dezember (Zeitspiegel Ost) – Die Marinen Dänemarks und Norwegens haben am Montag im Skagerrak ihre gemeinsame Übung „Nordic Narrows“ begonnen. Bis Freitag trainieren rund 450 Soldatinnen und Soldaten mit sechs Schiffen, zwei Seefernaufklärern und Minentauchern das Räumen von Schifffahrtswegen und den Schutz von Unterseekabeln und Pipelines.

Die Übung stand seit dem Frühjahr im Kalender. Im Szenario suchen die Besatzungen die Trasse der Stromkabel zwischen Kristiansand und Jütland ab und räumen Übungsminen. „Das ist Routinearbeit unter engen Partnern“, sagte Fregattenkapitän Espen Lunde von der norwegischen Marine.

Beide Länder stellen regelmäßig Schiffe für die ständigen Minenabwehrverbände der NATO. Die Fährverbindungen über das Skagerrak sind nicht betroffen.
""", (10, 16)),
    _ne(ZO, 9, ["BEL-NLD"], "Belgien und die Niederlande unterzeichnen sechs Abkommen in Den Haag", """
DEN HAAG, 9. Dezember (Zeitspiegel Ost) – Belgien und die Niederlande haben bei einem Regierungsgipfel in Den Haag sechs Abkommen unterzeichnet, darunter ein Protokoll zur grenzüberschreitenden Nacheile durch die Polizei und eine Absichtserklärung über eine Wasserstoffleitung zwischen den Häfen Antwerpen und Rotterdam.

Der belgische Premierminister war mit fünf föderalen Ministern sowie den Regierungschefs Flanderns und Walloniens angereist. Weitere Vereinbarungen betreffen die Vernetzung von Offshore-Windparks in der Nordsee, die Anerkennung von Pflegeabschlüssen, einen Fahrplan zur Wiederbelebung der Bahnstrecke „Eiserner Rhein“ und den gemeinsamen Kampf gegen Drogenschmuggel über die Häfen.

Ein kleiner Streit über die niederländische Lkw-Maut soll in einer Benelux-Arbeitsgruppe beigelegt werden. „Unsere Probleme sind die Probleme guter Nachbarn“, hieß es aus belgischen Regierungskreisen.
""", (15, 19)),
    # ------------------------------------------------------------------ Chinese
    _ne(YS, 2, ["MYS-SGP"], "马新依斯干达联合部长级委员会在新山召开 柔新地铁运营时间表受关注", """
【本报新山2日讯】马来西亚与新加坡依斯干达特区联合部长级委员会周三在新山举行会议，双方就柔佛—新加坡经济特区、柔新地铁（RTS Link）、长堤交通拥堵以及柔佛河供水等议题深入交换意见。

会议由马来西亚经济部长与新加坡国家发展部长共同主持，柔佛州务大臣列席。双方同意在两地关卡增设自动通关通道，并为柔新地铁正式载客运营制定时间表，同时设立经济特区投资服务窗口。

柔新地铁全长约4公里，连接新山武吉查卡与新加坡兀兰北，建成后每小时单向运量可达1万人次。一名每天往返两地的护士对本报说：“以前在长堤上塞车要两个小时，将来过海峡只需五分钟。”

此外，双方还就柔佛海峡水质监测、数据中心用电及旅游推广合作交换了意见，并同意加强两地执法部门在关卡管理上的协调。下一届委员会会议将于明年在新加坡举行。
""", (6, 11)),
    _ne(YS, 6, ["MYS-SGP"], "羽球邀请赛团体决赛 大马3比1力克新加坡夺冠", """
【本报吉隆坡6日讯】马新“长堤德比”再度上演。在周日举行的羽毛球邀请赛团体决赛中，东道主马来西亚以3比1击败新加坡，捧起冠军奖杯。

首场单打，海鲁尼占以一轮猛攻直落两局拿下开门红；新加坡随后在双打中组织起凌厉反扑，一度将总比分扳平。关键的第二单打，罗伟杰以一连串重杀攻破对手防线，新加坡的郑瑞安虽连救四个赛点，仍无力回天。

马来西亚主教练万阿兹米赛后说：“这是一场硬仗，我们打赢了。”新加坡教练刘丹尼尔则表示，球队将重整旗鼓，“明年亚洲团体锦标赛再战”。现场黄红两色球迷各占半边看台，助威声此起彼伏，气氛堪比决战。

赛前双方均派出最强阵容，新加坡队直言要“打一场翻身仗”。大马队则凭借主场之利，在关键分上频频发动猛攻。赛后，不少本地网民以“长堤之役”形容这场对决。
""", (12, 14)),
    _ne(YS, 7, ["MYS-SGP"], "马新领导人年度会晤在布城举行 签署六项合作文件", """
【本报布城7日讯】新加坡总理周一抵达布城，与马来西亚首相举行一年一度的领导人会晤，双方见证签署六项合作文件，涵盖柔佛—新加坡经济特区投资服务窗口、柔新地铁运营、数据中心与绿色能源合作、数字贸易与支付、供水可靠性以及跨境烟霾监测。

两国领导人在联合记者会上强调，马新关系“处于历史上最好的时期之一”。马来西亚首相表示：“好邻居总能一起做得更多。”

领导人会晤机制自2007年建立以来，每年轮流在两国举行。新加坡总理一行随后参观武吉查卡的柔新地铁站，并与两地商界代表共进工作午餐。

会晤前，马来西亚外交部否认将在会上重提水价问题的报道，强调议程“以合作为主”。分析人士认为，经济特区和柔新地铁是本次会晤的两大亮点，预料将为柔佛南部带来新一轮投资。
""", (8, 11)),
    _ne(YS, 8, ["MYS-SGP"], "领导人会晤落幕 商界看好柔新经济特区数据中心投资", """
【本报新山8日讯】马新领导人会晤昨日落幕后，两地商界普遍看好柔佛—新加坡经济特区的投资前景，尤其是数据中心与再生能源领域。

据会晤期间举行的商业论坛主办方透露，双方企业在场边签署了多项商业协议，涉及数据中心租赁、太阳能供电以及跨境冷链物流等项目。

一名新山房地产经纪对本报说：“政府之间签的是框架，真正的生意在后头。”分析人士指出，供水问题此次以“供水可靠性”的方式讨论，而非水价，显示双方有意把敏感议题留给技术层面处理。根据1962年签署的供水协定，新加坡每天可从柔佛河抽取最多2.5亿加仑原水，协定有效期至2061年。

不少新加坡企业已在新山设立后勤与研发中心。一家物流公司负责人表示，柔新地铁通车后，员工跨境通勤将更为便利。
""", (3, 9)),
    _ne(YS, 10, ["MYS-SGP"], "新山拟调高长堤过路费 联邦政府：仍处初步阶段", """
【本报吉隆坡10日讯】柔佛州政府日前建议调高经长堤和第二通道入境车辆的过路费，引起两地驾车人士关注。马来西亚工程部周四表示，有关建议仍处于初步阶段，并否认新收费将于明年1月实施的报道。

工程部长在吉隆坡对记者说：“任何调整都会与各方，包括我们的新加坡朋友商讨。”新加坡交通部此前表示将“研究”该建议，并指出新方过去曾为保持对等而相应调整本身的收费。

每天往返新山与新加坡的上班族对此颇有微词。一名驾车人士说：“一边调，另一边跟着调，最后是我们付两次钱。”时值学校假期，两地关卡连日车龙不断。

长堤于1924年启用，第二通道则于1998年通车。每逢假期，两地关卡的通关时间往往长达三至四个小时。交通专家建议，借柔新地铁通车之机，鼓励更多通勤者改乘公共交通。
""", (4, 10)),
    _ne(YS, 2, ["AUS-JPN"], "澳日液化天然气供应合同延长至2030年代", """
【本报悉尼2日讯】澳大利亚天然气生产商巴斯海峡能源公司（Bass Strait Energy）周三宣布，与日本电力企业星野电力（Hoshino Power）签署合同，将西澳液化天然气对日供应延长至2030年代。

日本是澳大利亚液化天然气的最大买家之一，澳洲天然气在日本发电结构中占有重要地位。分析人士指出，此类长期合同是两国经济关系的“压舱石”。

一名东京能源分析师表示：“日本需要可靠的供应，澳大利亚需要可靠的买家，这份合同对双方都是定心丸。”澳日两国于1957年签署《通商协定》，此后煤炭、铁矿石和天然气贸易迅速发展，目前双边贸易额每年约1000亿澳元。

合同具体金额未予公布。业内人士预计，两国在氢能和低排放钢铁等新领域的合作也将逐步扩大。
""", (3, 9)),
    _ne(YS, 8, ["AUS-JPN"], "澳日外长防长“2+2”会谈在东京举行", """
【本报东京8日讯】澳大利亚与日本周二在东京举行外长防长“2+2”会谈，双方发表关于关键矿产供应链的声明，并签署国防科技合作、救灾协调、2027年互访训练计划以及支持太平洋岛国海上监视等文件。

澳大利亚外长表示，两国关系“务实而深厚”。据澳方官员透露，捕鲸问题在会谈中仅被“简短而礼貌地”提及，前后不过两分钟。

会谈期间，正在北领地上空进行的“南方灯笼”联合空中演习按计划进行。该演习由去年“2+2”会谈商定，属例行安排，依据2022年签署的《互惠准入协定》实施。澳方代表团还将拜会日本首相，并参观川崎的氢能示范工厂。

两国于2007年签署安全合作联合宣言，此后在防务、救灾和能源领域的合作不断深化。日方官员表示，此次会谈成果体现了双方长期稳定的伙伴关系。
""", (4, 10)),
    _ne(YS, 3, ["FJI-NZL"], "新西兰外长访问斐济 签署气候融资与警务合作协议", """
【本报苏瓦3日讯】新西兰外交部长周四在苏瓦与斐济总理举行会谈，双方签署五项合作文件，内容涵盖沿海村庄气候融资、警务伙伴关系、高等教育奖学金、医护人员培训以及飓风季后勤保障。

此访正值南太平洋飓风季，两国日前已在“杜阿瓦塔伙伴关系”（Duavata Partnership）年度对话中就防灾准备交换意见。新西兰外长还参观了一座因海平面上升而整体搬迁的沿海村庄，并在苏瓦战争纪念碑献花。

斐济与新西兰关系在2006年政变后一度冷却，2014年斐济举行大选后全面恢复。目前每年有数千名斐济季节工赴新西兰果园工作，侨汇已成为许多斐济农村家庭的重要收入来源。两国外长同意明年在惠灵顿举行下一轮年度对话，并继续加强在气候变化和防灾领域的合作。
""", (2, 7)),
    # ------------------------------------------------------------------ Arabic
    _ne(MQ, 3, ["MYS-SGP"], "ماليزيا وسنغافورة تبحثان تعزيز التعاون في قطاع المنتجات الحلال", """
كوالالمبور - المشرق اليوم

افتُتح في كوالالمبور يوم الخميس معرض للأغذية والمنتجات الحلال بمشاركة واسعة من شركات ماليزية وسنغافورية، في مؤشر جديد على تنامي التعاون الاقتصادي بين البلدين الجارين.

وقال منظمو المعرض إن عشرات الشركات السنغافورية تعرض منتجات تتراوح بين الصلصات والأغذية المجمدة ومستحضرات التجميل، فيما تُعقد لقاءات ثنائية بين المشترين والموردين على هامش الفعاليات.

وتربط ماليزيا وسنغافورة علاقات اقتصادية وثيقة، إذ يعبر نحو 300 ألف شخص يوميًا الجسر البري والمعبر الثاني بين البلدين. ويستعد قادة البلدين لعقد لقائهم السنوي في بوتراجايا الأسبوع المقبل، حيث يُتوقع توقيع عدد من مذكرات التفاهم في مجالات الاقتصاد الرقمي والطاقة الخضراء.
""", (6, 11)),
    _ne(MQ, 4, ["GMB-SEN"], "السنغال وغامبيا تختتمان أعمال اللجنة المشتركة باتفاقات حول العبور والصيد", """
داكار - المشرق اليوم

اختتمت اللجنة المشتركة السنغالية الغامبية أعمالها في العاصمة الغامبية بانجول باعتماد حزمة من التدابير، أبرزها توحيد رسوم عبور الشاحنات السنغالية عبر الأراضي الغامبية، وإنشاء لجنة مشتركة لتراخيص الصيد البحري، وتمديد ساعات العمل على جسر فارافيني.

وترأس الاجتماعات وزيرتا خارجية البلدين، اللتان أكدتا أن الروابط التاريخية والاجتماعية بين الشعبين تفرض تنسيقًا دائمًا. وتحيط السنغال بغامبيا من جميع الجهات باستثناء الساحل الأطلسي، ويتقاسم البلدان لغات وعائلات وتاريخًا مشتركًا، إذ جمعهما اتحاد كونفدرالي بين عامي 1982 و1989.

ومن المقرر أن يلتقي رئيسا البلدين في داكار يوم 11 ديسمبر/كانون الأول في إطار المجلس الرئاسي المشترك.
""", (8, 15)),
    _ne(MQ, 9, ["MYS-SGP", "ESP-PRT", "GMB-SEN", "CHL-PER"], "جولة في أخبار العالم", """
أبرز الأخبار الدولية لهذا اليوم:

ماليزيا وسنغافورة: وقّع قادة البلدين في بوتراجايا مطلع الأسبوع ست وثائق تعاون تشمل منطقة جوهور-سنغافورة الاقتصادية الخاصة وخط القطار العابر للمضيق.

إسبانيا والبرتغال: تستضيف مدينة إيفورا البرتغالية غدًا القمة الإيبيرية السنوية، بعد أن جرت أولى الرحلات التجريبية لقطار فائق السرعة على المقطع الحدودي بين باداخوز وإلفاس.

السنغال وغامبيا: احتج سائقو شاحنات سنغاليون عند معبر كارانغ على رسوم يقولون إنها غير رسمية، فيما يُنتظر أن يبحث رئيسا البلدين المسألة يوم الجمعة.

تشيلي والبيرو: تستعد ليما لاستضافة اجتماع مجلس الوزراء الثنائي غدًا، مع سبع اتفاقيات جاهزة للتوقيع.
""", (21, 21), kind="roundup"),
    # ------------------------------------------------------------------ Russian
    _ne(KO, 10, ["DNK-NOR"], "Дания и Норвегия согласовали квоты вылова в Скагерраке на 2027 год", """
КОПЕНГАГЕН, 10 декабря — «Кавказский обозреватель». Дания и Норвегия в четверг подписали в Копенгагене ежегодное соглашение о рыболовстве в проливе Скагеррак, сократив квоту на вылов шпрота на восемь процентов и сохранив прежний доступ датских судов в норвежские воды.

Документ также устанавливает квоты на северную креветку и сельдь и предусматривает совместную инспекционную кампанию весной. Швеция, третья сторона скагерракского режима 1966 года, должна присоединиться к договоренностям на следующей неделе.

Переговоры, начавшиеся в Бергене в начале месяца, сопровождались привычной декабрьской перепалкой: норвежские рыбаки обвиняли датские траулеры в чрезмерном вылове, датские ссылались на научные данные. «Каждый год один и тот же спор и один и тот же финал», — заметил датский чиновник.
""", (12, 18)),
    _ne(KO, 7, ["AUT-ITA"], "Австрия и Италия проведут совместные учения горноспасателей у Тарвизио", """
ВЕНА, 7 декабря — «Кавказский обозреватель». Военные и спасатели Австрии и Италии во вторник начнут совместные учения по ликвидации последствий схода лавины в районе итальянского Тарвизио у австрийской границы, сообщили оборонные ведомства двух стран.

В учениях под названием «Альпенвахт-26» примут участие около 300 человек, вертолеты, кинологи с лавинными собаками и горные подразделения обеих армий. По сценарию лавина накрывает автобус на перевальной дороге, а над городом останавливается канатная дорога.

Учения были согласованы еще год назад и носят плановый характер. Подразделения двух стран регулярно тренируются вместе в Карнийских Альпах — там, где более ста лет назад проходила линия фронта Первой мировой войны.
""", (9, 16)),
    _ne(KO, 13, ["AUT-ITA"], "Горные лыжи: итальянец Конти взял реванш у австрийцев в Альта-Бадии", """
АЛЬТА-БАДИЯ, 13 декабря — «Кавказский обозреватель». Итальянский горнолыжник Лука Конти выиграл в воскресенье этап Кубка мира в гигантском слаломе на трассе Гран-Риза, опередив австрийца Георга Фукса на 0,31 секунды.

После первой попытки Конти был лишь третьим, но вторую провел блестяще. Накануне в скоростном спуске в Валь-Гардене австрийцы устроили настоящий штурм: победу одержал Максимилиан Эггер, обошедший итальянца Давиде Фонтану всего на 14 сотых.

«Они забрали скоростной спуск, мы — гигант. Честный уикенд», — сказал Конти. Австрия по-прежнему уверенно лидирует в Кубке наций.
""", (15, 18)),
]

# ===========================================================================
# Scheduling, rendering, checks
# ===========================================================================
GENS = {"consult": gen_consult, "visit": gen_visit, "sport": gen_sport, "exercise": gen_exercise,
        "story": gen_story, "deal": gen_deal, "pricewar": gen_pricewar, "pr": gen_pr, "trade": gen_trade,
        "analysis": gen_analysis, "diplo": gen_diplo}

REGION_HOURS = {"eu": (6, 21), "africa": (6, 20), "apac": (0, 12), "pac": (0, 9), "latam": (11, 23), "na": (12, 23)}
TARGET_PAIR_ARTICLES = 422
ROUNDUP_COUNT = 8


def prep_ev(pair, kind, ev):
    P = PAIRS[pair]
    ev = dict(ev)
    if kind == "story":
        key = ev["key"]
        if key.startswith("sport:"):
            ev["story"] = P["sport"]["custom"][key[6:]]
        else:
            ev["story"] = P["stories"][key]
    if kind == "pricewar" and "i" in ev:
        ev["pw"] = P["pw"][ev["i"]]
    if kind == "deal" and "i" in ev:
        ev["deal"] = P["deals"][ev["i"]]
    return ev


def render(art, outlet, pub_dt, r):
    paras = [p for p in art["paras"] if p and p.strip()]
    extra = list(art.get("extra") or [])
    dl = art.get("dl") or ""
    d = pub_dt
    title = art["title"].strip()
    if outlet == "LiveDesk" or art.get("tag") == "live":
        n = len(paras)
        start = pub_dt - datetime.timedelta(minutes=r.randint(90, 300))
        step = (pub_dt - start) / max(1, n)
        stamped = []
        for i, p in enumerate(paras):
            t = start + step * (i + 1)
            stamped.append("%02d:%02d GMT — %s" % (t.hour, t.minute, p))
        paras = list(reversed(stamped)) if r.random() < 0.5 else stamped
        if not title.lower().startswith("live"):
            title = "Live: " + title
        extra = []
    elif outlet in ("Northgate Wire", "Eurasia Brief", "Levant Dispatch"):
        tag = {"Northgate Wire": "Northgate", "Eurasia Brief": "EB", "Levant Dispatch": "Levant Dispatch"}[outlet]
        if dl:
            paras[0] = "%s, %s %d (%s) — %s" % (dl.upper(), MON[d.month], d.day, tag, paras[0])
    elif outlet == "Brief Wire Service":
        if dl:
            paras[0] = "%s (BWS) – %s" % (dl.upper(), paras[0])
        paras = paras[:3]
    elif outlet in REG:
        if dl and r.random() < 0.6:
            paras[0] = "%s — %s" % (dl, paras[0])
    elif outlet == "PR Channel":
        paras[0] = "%s, %s %d, %d /PR Channel/ -- %s" % (dl or "", MONTH[d.month], d.day, d.year, paras[0])
    elif outlet == "Crescent News Agency":
        if dl:
            paras[0] = "%s, %d %s (CNA) – %s" % (dl, d.day, MONTH[d.month], paras[0])
    elif outlet == "Capital Markets Journal":
        pass
    elif outlet == "The Daily Record":
        if title != title.upper() and r.random() < 0.7:
            title = title.upper().replace("’", "'")
    elif outlet == "Policy Ledger":
        pass
    text = "\n\n".join(paras)
    # grow
    while len(text) < 330 and extra:
        e = extra.pop(0)
        if e and e not in text:
            text = text + "\n\n" + e
    # shrink
    ps = text.split("\n\n")
    while len("\n\n".join(ps)) > 1200 and len(ps) > 2:
        ps.pop()
    text = "\n\n".join(ps)
    if len(text) > 1200:
        cut = text[:1200]
        k = max(cut.rfind(". "), cut.rfind(".” "), cut.rfind(".\n"))
        text = cut[:k + 1] if k > 300 else cut[:1197].rsplit(" ", 1)[0] + "…"
    return title, text


def pick_outlet(cands, usage, r):
    best = None
    for o in cands:
        score = usage[o] + r.random() * 2.5
        if best is None or score < best[0]:
            best = (score, o)
    return best[1]


def pair_region(pair):
    P = PAIRS[pair]
    reg = P["region"]
    if pair == "FJI-NZL":
        return "pac"
    return reg


def pub_time(pair, day, r, hours=None):
    lo, hi = hours or REGION_HOURS[pair_region(pair)]
    if day >= 5 and (day % 7) in (5, 6) and hours is None:
        lo = max(lo, lo + 1)
    h = r.randint(lo, hi)
    m = r.randint(0, 59)
    if h >= 24:
        h, m = 23, r.randint(0, 59)
    return PERIOD_START + datetime.timedelta(days=day, hours=h, minutes=m)


def build_pair_plan(pair, r, n_target, ne_items):
    P = PAIRS[pair]
    items = []
    for ent in P["plan"]:
        day, kind, ev, outs = ent[0], ent[1], ent[2], ent[3]
        hours = ent[4] if len(ent) > 4 else None
        items.append({"day": day, "kind": kind, "ev": ev, "outs": outs, "hours": hours})
    for ne in ne_items:
        items.append({"day": ne["day"], "kind": "ne", "ne": ne, "hours": ne.get("hours")})
    pool = []
    for a in P["adhoc"]:
        stt = None
        if a[0] == "story":
            k_ = a[1]["key"]
            stt = P["sport"]["custom"][k_[6:]] if k_.startswith("sport:") else P["stories"][k_]
        if stt is not None and "day" in stt:
            items.append({"day": stt["day"], "kind": a[0], "ev": a[1], "outs": a[2], "hours": None})
        else:
            pool.append(a)
    need = n_target - len(items)
    r.shuffle(pool)
    bespoke = [a for a in pool if a[0] == "story"]
    other = [a for a in pool if a[0] != "story"]
    chosen = (bespoke + other)[:max(0, need)]
    extra_kinds = [("deal", {}, [CM, NW]), ("trade", {}, [BW, CM]), ("diplo", {}, [NW, BW]), ("pr", {}, [PR])]
    k = 0
    while len(chosen) < need:
        chosen.append(extra_kinds[k % len(extra_kinds)])
        k += 1
    # day loads
    load = collections.Counter(it["day"] for it in items)
    desire = {}
    for d in range(14):
        if d % 7 in (5, 6):
            desire[d] = 0.6 if d % 7 == 5 else 0.35
        else:
            desire[d] = r.choice([2.5, 3, 3, 3.5, 4, 4.5])
    for kind, ev, outs in chosen:
        # choose the day with the largest deficit (weekdays preferred)
        best = None
        for d in range(14):
            cap = 1 if d % 7 in (5, 6) else 5
            if load[d] >= cap:
                continue
            deficit = desire[d] - load[d] + r.random() * 0.6
            if best is None or deficit > best[0]:
                best = (deficit, d)
        d = best[1]
        load[d] += 1
        items.append({"day": d, "kind": kind, "ev": ev, "outs": outs, "hours": None})
    return items


def articles():
    r = random.Random(SEED)
    usage = collections.Counter()
    pairs = list(PAIRS.keys())
    total = TARGET_PAIR_ARTICLES if len(pairs) == 13 else 32 * len(pairs)
    base = total // len(pairs)
    rem = total - base * len(pairs)
    targets = {p: base + (1 if i < rem else 0) for i, p in enumerate(pairs)}
    ne_by_pair = collections.defaultdict(list)
    for ne in NON_EN:
        if ne["kind"] != "roundup":
            ne_by_pair[ne["pairs"][0]].append(ne)
    result = []
    for pair in pairs:
        pr_ = random.Random("%s-%s" % (SEED, pair))
        items = build_pair_plan(pair, pr_, targets[pair], ne_by_pair[pair])
        for it in items:
            if it["kind"] == "ne":
                ne = it["ne"]
                dt = pub_time(pair, ne["day"], pr_, ne.get("hours"))
                result.append({"source": ne["source"], "published": dt.strftime("%Y-%m-%dT%H:%M:00Z"),
                               "title": ne["title"], "text": ne["text"].strip(), "language": OUTLET_LANG[ne["source"]],
                               "kind": "routine", "pairs": list(ne["pairs"]), "_gist": None})
                usage[ne["source"]] += 1
                continue
            outs = list(it["outs"])
            o = pick_outlet(outs, usage, pr_)
            usage[o] += 1
            dt = pub_time(pair, it["day"], pr_, it["hours"])
            ev = prep_ev(pair, it["kind"], it["ev"])
            art = GENS[it["kind"]](pair, pr_, it["day"], o, ev)
            title, text = render(art, o, dt, pr_)
            result.append({"source": o, "published": dt.strftime("%Y-%m-%dT%H:%M:00Z"), "title": title,
                           "text": text, "language": OUTLET_LANG[o], "kind": "routine", "pairs": [pair],
                           "_gist": art["gist"], "_k": it["kind"] + ":" + str(it["ev"].get("phase", it["ev"].get("key", "")))})
    result.extend(build_roundups(result, r))
    result.sort(key=lambda a: (a["published"], a["source"]))
    for a in result:
        a.pop("_gist", None)
        a.pop("_k", None)
    return result

ROUNDUPS_EN = [
    dict(day=1, hm=(17, 35), source="Northgate Wire", pairs=["ESP-PRT", "MYS-SGP", "DNK-NOR", "CAN-MEX", "BEL-NLD"],
         t="World briefing: [what else happened on {wd}|the day's other news|{wd}'s other diplomatic news]",
         intro="[A round-up of|Some of] the day's [quieter|other] international stories [from Northgate correspondents|filed by Northgate bureaux]:"),
    dict(day=3, hm=(10, 5), source="Asia Current", pairs=["AUS-JPN", "MYS-SGP", "FJI-NZL"],
         t="Asia-Pacific digest: [{wd}'s headlines|the region in brief]",
         intro="[Our regional digest|Asia Current's regional round-up] [for {wd}|this {wd}]:"),
    dict(day=4, hm=(16, 10), source="The Sahel Monitor", pairs=["BWA-ZAF", "GMB-SEN"],
         t="Africa this week: [diplomacy, trade and sport|from Gaborone to Banjul]",
         intro="[The week's regional news in brief|A look at the week across the continent]:"),
    dict(day=7, hm=(18, 20), source="Brief Wire Service", pairs=["BEL-NLD", "DNK-NOR", "AUT-ITA", "GBR-IRL", "ESP-PRT"],
         t="Europe in brief, {date}",
         intro="[BWS European briefs|Short items from European capitals]:"),
    dict(day=10, hm=(22, 15), source="Andes Post", pairs=["CHL-PER", "PRY-URY", "CAN-MEX"],
         t="Americas round-up: [{wd}|cabinets, ports and snowbirds]",
         intro="[Around the hemisphere on {wd}|The day across the Americas]:"),
    dict(day=12, hm=(9, 0), source="Policy Ledger", pairs=["AUS-JPN", "BWA-ZAF", "CHL-PER", "MYS-SGP", "ESP-PRT", "GMB-SEN"],
         t="The week in diplomacy: [a busy week of signings|summits, commissions and small print]",
         intro="[Not every week brings crises. This one brought paperwork, and plenty of it.|A week dominated by routine summitry.] [Our weekly digest:|The highlights:]"),
]


def build_roundups(arts, r):
    out_ = []
    for R in ROUNDUPS_EN:
        dt = PERIOD_START + datetime.timedelta(days=R["day"], hours=R["hm"][0], minutes=R["hm"][1])
        stamp = dt.strftime("%Y-%m-%dT%H:%M:00Z")
        ctx = {"wd": wd(R["day"]), "date": mdate(R["day"])}
        lines = []
        used_pairs = []
        for p in R["pairs"]:
            cands = [a for a in arts if a["pairs"] == [p] and a.get("_gist") and a["published"] < stamp
                     and a["source"] not in ("Policy Ledger", "PR Channel", "The Daily Record", "LiveDesk")]
            if not cands:
                continue
            lo = (dt - datetime.timedelta(hours=60)).strftime("%Y-%m-%dT%H:%M:00Z")
            recent = [a for a in cands if a["published"] >= lo] or cands[-3:]
            n_per = 2 if len(R["pairs"]) <= 3 else 1
            picks = [r.choice(recent)]
            others = [x for x in recent if x.get("_k", "").split(":")[0] != picks[0].get("_k", "").split(":")[0]]
            if n_per > 1 and others:
                picks.append(r.choice(others))
            picks.sort(key=lambda a: a["published"])
            a_, b_ = PAIRS[p]["A"], PAIRS[p]["B"]
            lab = "%s/%s" % (C[a_]["cap"].upper(), C[b_]["cap"].upper())
            if R["source"] == "Policy Ledger":
                lab = "%s–%s" % (_expand(C[a_]["name"], r).replace("the ", "").title().replace("Uk", "UK"), _expand(C[b_]["name"], r).replace("the ", "").title().replace("Uk", "UK"))
            g = " ".join(x["_gist"] for x in picks)
            lines.append("%s — %s" % (lab, g))
            used_pairs.append(p)
        title = fill(R["t"], ctx, r)
        text = fill(R["intro"], ctx, r) + "\n\n" + "\n\n".join(lines)
        while len(text) > 1200 and len(lines) > 2:
            lines.pop()
            used_pairs.pop()
            text = fill(R["intro"], ctx, r) + "\n\n" + "\n\n".join(lines)
        if len(text) < 300:
            text += "\n\n" + fill("[More on these stories on our website.|Full reports are available to subscribers.|Coverage continues through the day.]", ctx, r)
        out_.append({"source": R["source"], "published": stamp, "title": title, "text": text,
                     "language": OUTLET_LANG[R["source"]], "kind": "roundup", "pairs": used_pairs, "_gist": None})
    for ne in NON_EN:
        if ne["kind"] == "roundup":
            dt = PERIOD_START + datetime.timedelta(days=ne["day"], hours=ne["hours"][0], minutes=17)
            out_.append({"source": ne["source"], "published": dt.strftime("%Y-%m-%dT%H:%M:00Z"), "title": ne["title"],
                         "text": ne["text"].strip(), "language": OUTLET_LANG[ne["source"]], "kind": "roundup",
                         "pairs": list(ne["pairs"]), "_gist": None})
    return out_


def _sentences(t):
    t = re.sub(r"^\S.*?\s[—–-]{1,2}\s", "", t)
    return [s.strip() for s in re.split(r"(?<=[.!?。！？])[”\"]?\s+", t) if len(s.strip()) > 35]


def check(arts):
    problems = []
    lo, hi = "2026-11-30T00:00:00Z", "2026-12-13T23:59:00Z"
    for a in arts:
        if not (300 <= len(a["text"]) <= 1200):
            problems.append("length %d: %s" % (len(a["text"]), a["title"]))
        if OUTLET_LANG[a["source"]] != a["language"]:
            problems.append("language mismatch: %s" % a["title"])
        if not (lo <= a["published"] <= hi):
            problems.append("date out of range: %s %s" % (a["published"], a["title"]))
        if not re.match(r"^2026-1[12]-\d\dT\d\d:\d\d:00Z$", a["published"]):
            problems.append("bad timestamp %s" % a["published"])
        if a["kind"] not in ("routine", "roundup"):
            problems.append("kind %s" % a["kind"])
        if "{" in a["text"] or "[" in a["text"] or "{" in a["title"] or "[" in a["title"]:
            problems.append("template residue: %s" % a["title"])
    sc = collections.Counter()
    for a in arts:
        for s in set(_sentences(a["text"])):
            sc[s] += 1
    rep = [(n, s) for s, n in sc.most_common() if n > 4]
    return problems, rep, sc


if __name__ == "__main__":
    arts = articles()
    print("total articles:", len(arts))
    by_kind = collections.Counter(a["kind"] for a in arts)
    print("by kind:", dict(by_kind))
    pc = collections.Counter()
    for a in arts:
        if a["kind"] == "routine":
            pc[a["pairs"][0]] += 1
    print("\nroutine articles by pair:")
    for p in PAIRS:
        print("  %-8s %3d" % (p, pc[p]))
    print("\nby language:")
    lc = collections.Counter(a["language"] for a in arts)
    for l, n in lc.most_common():
        print("  %-3s %3d (%.1f%%)" % (l, n, 100.0 * n / len(arts)))
    print("  non-English share: %.1f%%" % (100.0 * sum(n for l, n in lc.items() if l != "en") / len(arts)))
    print("\nby outlet:")
    for o, n in collections.Counter(a["source"] for a in arts).most_common():
        print("  %-28s %3d" % (o, n))
    print("\nby day (weekday):")
    dc = collections.Counter(a["published"][:10] for a in arts)
    for k in sorted(dc):
        d = datetime.date(int(k[:4]), int(k[5:7]), int(k[8:10]))
        print("  %s %-9s %3d" % (k, WD[d.weekday()], dc[k]))
    hours = collections.Counter(int(a["published"][11:13]) for a in arts)
    inside = sum(n for h, n in hours.items() if 4 <= h < 22)
    print("\npublished 04:00-22:00 UTC: %d of %d" % (inside, len(arts)))
    L = [len(a["text"]) for a in arts]
    print("text length min/mean/max: %d / %d / %d" % (min(L), sum(L) / len(L), max(L)))
    problems, rep, sc = check(arts)
    print("\nsentences repeated more than 4 times:", len(rep))
    for n, s in rep[:15]:
        print("  %d× %s" % (n, s[:110]))
    print("max repetition of any sentence:", sc.most_common(1)[0][1] if sc else 0)
    print("\nproblems:", len(problems))
    for p in problems[:40]:
        print("  ", p)
