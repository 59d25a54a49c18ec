#!/usr/bin/env python3
"""Feed 5, writer B: the 13 routine (calm) pairs over 2026-11-16 .. 2026-11-29.

`articles()` returns the list of article dicts; running the module writes
part_b.jsonl next to this file and prints counts per pair, language and kind.
Python 3 standard library only, fixed seed, deterministic output.
"""
import json
import os
import random
import sys
import zlib
from collections import Counter
from datetime import datetime, timedelta

SEED = 5_2026_11
PERIOD_START = datetime(2026, 11, 16)
NDAYS = 14
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAIRS = ["DEU-FRA", "ESP-ITA", "CAN-USA", "AUS-IDN", "ARG-BRA", "MEX-USA", "KEN-TZA",
         "GHA-NGA", "FIN-SWE", "QAT-TUR", "CZE-POL", "KOR-VNM", "EGY-SAU"]


# ---------------------------------------------------------------- utilities
def ch(rng, seq):
    return seq[rng.randrange(len(seq))]


def cap1(s):
    if not s:
        return s
    if s[0] in "\"'\u2018\u201c" and len(s) > 1:
        return s[0] + s[1].upper() + s[2:]
    return s[0].upper() + s[1:]


def F(rng, variants, c):
    """Pick one variant and format it with the context; capitalise."""
    return cap1(ch(rng, variants).format(**c))


def f(rng, variants, c):
    """Pick one variant and format it (no capitalisation: a fragment)."""
    return ch(rng, variants).format(**c)


def stable(s):
    return zlib.crc32(s.encode("utf-8"))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def sample(rng, seq, k):
    seq = list(seq)
    rng.shuffle(seq)
    return seq[:k]


# ---------------------------------------------------------------- countries
def _c(code, **kw):
    kw["code"] = code
    return kw


CT = {}
for _d in [
    _c("DEU", name="Germany", adj="German", cap="Berlin",
       cities=["Hamburg", "Munich", "Frankfurt", "Stuttgart", "Saarbrücken", "Freiburg", "Cologne"],
       leader="the German chancellor", head="the German federal president",
       cred_place="Bellevue Palace", fm=("foreign minister", "Katrin Vollmer"),
       tm=("economy minister", "Jens Hartwig"), dm=("defence minister", "Matthias Brandl"),
       fn=["Anna", "Lukas", "Miriam", "Tobias", "Sabine", "Florian", "Petra", "Johannes", "Ulrike", "Stefan"],
       ln=["Steinhoff", "Krüger", "Bauer", "Reuter", "Albrecht", "Kessler", "Winkler", "Haas", "Lorenz", "Pohl"],
       firms={"energy": "Nordstern Energie", "industry": "Hessler Maschinenbau", "finance": "Mainufer Bank",
              "transport": "Rheintal Logistik", "tech": "Kesselring Digital", "consumer": "Brenner Markt",
              "air": "SkyRhein"},
       cur="euro", team="Germany"),
    _c("FRA", name="France", adj="French", cap="Paris",
       cities=["Lyon", "Strasbourg", "Marseille", "Toulouse", "Lille", "Metz", "Bordeaux"],
       leader="the French president", head="the French president",
       cred_place="the Élysée Palace", fm=("foreign minister", "Claire Dumonteil"),
       tm=("economy minister", "Bastien Roussel"), dm=("armed forces minister", "Hélène Marchetti"),
       fn=["Camille", "Julien", "Sophie", "Mathieu", "Élodie", "Thomas", "Nathalie", "Antoine", "Manon", "Olivier"],
       ln=["Delcourt", "Fontaine", "Garnier", "Perrin", "Chevalier", "Moreau", "Lacroix", "Besson", "Vidal", "Renaud"],
       firms={"energy": "Électra Réseaux", "industry": "Groupe Valmont", "finance": "Banque Corbière",
              "transport": "Transalpe Fret", "tech": "Numéris", "consumer": "Marché Ardent",
              "air": "Aérolis"},
       cur="euro", team="France"),
    _c("ESP", name="Spain", adj="Spanish", cap="Madrid",
       cities=["Barcelona", "Valencia", "Seville", "Bilbao", "Málaga", "Zaragoza", "Palma"],
       leader="the Spanish prime minister", head="the Spanish king",
       cred_place="the Royal Palace in Madrid", fm=("foreign minister", "Álvaro Ibarra"),
       tm=("economy minister", "Nuria Cuesta"), dm=("defence minister", "Marta Serrano"),
       fn=["Lucía", "Javier", "Elena", "Pablo", "Carmen", "Diego", "Sergio", "Inés", "Raúl", "Beatriz"],
       ln=["Navarrete", "Olmedo", "Castell", "Robles", "Vidal", "Montero", "Prieto", "Aranda", "Solís", "Herrero"],
       firms={"energy": "Ventisca Energía", "industry": "Grupo Navarrete", "finance": "Banco Almenara",
              "transport": "Navieras del Levante", "tech": "Teleonda", "consumer": "Supermercados Olmedo",
              "air": "Iberluz Air"},
       cur="euro", team="Spain"),
    _c("ITA", name="Italy", adj="Italian", cap="Rome",
       cities=["Milan", "Naples", "Turin", "Genoa", "Bologna", "Florence", "Palermo"],
       leader="the Italian prime minister", head="the Italian president",
       cred_place="the Quirinal Palace", fm=("foreign minister", "Lorenzo Bellandi"),
       tm=("business minister", "Francesca Rinaldi"), dm=("defence minister", "Davide Marchesi"),
       fn=["Giulia", "Marco", "Chiara", "Matteo", "Silvia", "Andrea", "Paola", "Riccardo", "Valeria", "Stefano"],
       ln=["Ferraro", "Gallo", "Conti", "Moretti", "De Santis", "Barbieri", "Colombo", "Greco", "Fabbri", "Leone"],
       firms={"energy": "Energia Tirrenica", "industry": "Fonderie Valtellina", "finance": "Banca Sforzesca",
              "transport": "Linee Tirreno Azzurre", "tech": "Retevia", "consumer": "Casale Alimentari",
              "air": "Voli Aurora"},
       cur="euro", team="Italy"),
    _c("CAN", name="Canada", adj="Canadian", cap="Ottawa",
       cities=["Toronto", "Montreal", "Vancouver", "Calgary", "Winnipeg", "Halifax", "Windsor"],
       leader="the Canadian prime minister", head="the Governor General",
       cred_place="Rideau Hall", fm=("foreign minister", "Émilie Gagnon"),
       tm=("trade minister", "Owen MacLeod"), dm=("defence minister", "Marc Pelletier"),
       fn=["Liam", "Chloé", "Noah", "Megan", "Étienne", "Priya", "Hannah", "Jordan", "Isabelle", "Graham"],
       ln=["Tremblay", "Fraser", "Bouchard", "Campbell", "Lavoie", "Singh", "Morrison", "Caron", "Doucet", "Reid"],
       firms={"energy": "Boreal Hydro", "industry": "Laurentide Minerals", "finance": "Maple Crest Bank",
              "transport": "Great Lakes Freightways", "tech": "Northpine Systems", "consumer": "Timberline Coffee",
              "air": "Polaris Air"},
       cur="Canadian dollar", team="Canada"),
    _c("USA", name="the United States", adj="US", cap="Washington",
       cities=["New York", "Chicago", "Houston", "Detroit", "San Diego", "El Paso", "Seattle"],
       leader="the US president", head="the US president",
       cred_place="the White House", fm=("Secretary of State", "Rachel Whitfield"),
       tm=("Commerce Secretary", "Brian Holloway"), dm=("Defense Secretary", "Kevin Carver"),
       fn=["Jennifer", "Michael", "Ashley", "David", "Laura", "Tyler", "Monica", "Grant", "Dana", "Curtis"],
       ln=["Harmon", "Delgado", "Brooks", "Sullivan", "Tate", "Reyes", "Kendrick", "Lowell", "Pruitt", "Abbott"],
       firms={"energy": "Prairie Grid Partners", "industry": "Ironwood Industries",
              "finance": "Hudson Meridian Capital", "transport": "Continental Link Logistics",
              "tech": "Bluegate Software", "consumer": "Redwood Roasters", "air": "Liberty Skyways"},
       cur="dollar", team="the United States"),
    _c("AUS", name="Australia", adj="Australian", cap="Canberra",
       cities=["Sydney", "Melbourne", "Perth", "Darwin", "Brisbane", "Adelaide"],
       leader="the Australian prime minister", head="the Governor-General",
       cred_place="Government House in Canberra", fm=("foreign minister", "Sophie Harlow"),
       tm=("trade minister", "Lachlan Pearce"), dm=("defence minister", "Hamish Callaghan"),
       fn=["Olivia", "Jack", "Chloe", "Mitchell", "Emma", "Riley", "Kate", "Brendan", "Tess", "Declan"],
       ln=["Whitaker", "Doyle", "McKenna", "Fitzgerald", "Rowe", "Sheridan", "Nolan", "Burke", "Ashby", "Quinlan"],
       firms={"energy": "Southern Cross Power", "industry": "Kimberley Resources", "finance": "Harbourside Bank",
              "transport": "Tasman Freight", "tech": "Wattle Digital", "consumer": "Outback Provisions",
              "air": "Coral Sky Airways"},
       cur="Australian dollar", team="Australia"),
    _c("IDN", name="Indonesia", adj="Indonesian", cap="Jakarta",
       cities=["Surabaya", "Denpasar", "Makassar", "Medan", "Kupang", "Bandung", "Yogyakarta"],
       leader="the Indonesian president", head="the Indonesian president",
       cred_place="Merdeka Palace", fm=("foreign minister", "Arief Wijaya"),
       tm=("trade minister", "Rina Kusuma"), dm=("defence minister", "Hendra Pratama"),
       fn=["Dewi", "Budi", "Siti", "Agus", "Putri", "Eko", "Wulan", "Rizky", "Indah", "Fajar"],
       ln=["Santoso", "Nugroho", "Hidayat", "Saputra", "Setiawan", "Lestari", "Gunawan", "Siregar", "Purba", "Halim"],
       firms={"energy": "Nusantara Daya", "industry": "Sulawesi Nikel Prima", "finance": "Bank Merapi Sejahtera",
              "transport": "Samudra Logistik", "tech": "Rajawali Digital", "consumer": "Warung Nusantara Group",
              "air": "Langit Biru Air"},
       cur="rupiah", team="Indonesia"),
    _c("ARG", name="Argentina", adj="Argentine", cap="Buenos Aires",
       cities=["Córdoba", "Rosario", "Mendoza", "Neuquén", "Posadas", "Paso de los Libres", "Salta"],
       leader="the Argentine president", head="the Argentine president",
       cred_place="the Casa Rosada", fm=("foreign minister", "Florencia Ledesma"),
       tm=("economy minister", "Tomás Aguirre"), dm=("defence minister", "Facundo Villalba"),
       fn=["Martina", "Santiago", "Valentina", "Joaquín", "Camila", "Facundo", "Matías", "Agustina", "Nicolás", "Rocío"],
       ln=["Ferreyra", "Quiroga", "Acosta", "Bustos", "Sosa", "Medina", "Paz", "Godoy", "Benítez", "Luna"],
       firms={"energy": "Patagonia Gas Andino", "industry": "Metalúrgica del Plata", "finance": "Banco Río Dorado",
              "transport": "Transportes Pampeanos", "tech": "Pampa Labs", "consumer": "Cervecería Los Andes",
              "air": "Aerovías del Plata"},
       cur="peso", team="Argentina"),
    _c("BRA", name="Brazil", adj="Brazilian", cap="Brasília",
       cities=["São Paulo", "Rio de Janeiro", "Porto Alegre", "Curitiba", "Foz do Iguaçu", "Uruguaiana", "Florianópolis"],
       leader="the Brazilian president", head="the Brazilian president",
       cred_place="the Planalto Palace", fm=("foreign minister", "Gustavo Lacerda"),
       tm=("development and trade minister", "Juliana Moura"), dm=("defence minister", "Rafael Nogueira"),
       fn=["Ana", "João", "Fernanda", "Thiago", "Beatriz", "Larissa", "Felipe", "Renata", "Caio", "Mariana"],
       ln=["Carvalho", "Oliveira", "Teixeira", "Barbosa", "Ribeiro", "Pinheiro", "Araújo", "Duarte", "Fonseca", "Queiroz"],
       firms={"energy": "Energia Paraná", "industry": "Siderúrgica Serra Alta", "finance": "Banco Ipê",
              "transport": "Rodoviária Cruzeiro", "tech": "Tucano Tech", "consumer": "Cervejaria Pampulha",
              "air": "Asa Sul Linhas Aéreas"},
       cur="real", team="Brazil"),
    _c("MEX", name="Mexico", adj="Mexican", cap="Mexico City",
       cities=["Monterrey", "Guadalajara", "Tijuana", "Ciudad Juárez", "Nuevo Laredo", "Puebla", "Mérida"],
       leader="the Mexican president", head="the Mexican president",
       cred_place="the National Palace", fm=("foreign minister", "Ximena Villarreal"),
       tm=("economy minister", "Rodrigo Cárdenas"), dm=("defence minister", "Héctor Zúñiga"),
       fn=["Guadalupe", "Alejandro", "Fernanda", "Emiliano", "Daniela", "Iván", "Mariana", "Arturo", "Paola", "Ramiro"],
       ln=["Hernández", "Garza", "Ochoa", "Salinas", "Mendoza", "Treviño", "Rosales", "Cervantes", "Ibarra", "Luna"],
       firms={"energy": "Energía del Bajío", "industry": "Grupo Acero Norteño", "finance": "Banco Sierra Madre",
              "transport": "Autotransportes Frontera Norte", "tech": "Nopal Tech",
              "consumer": "Cervecería Real de Catorce", "air": "Aerolíneas Quetzal"},
       cur="peso", team="Mexico"),
    _c("KEN", name="Kenya", adj="Kenyan", cap="Nairobi",
       cities=["Mombasa", "Kisumu", "Nakuru", "Eldoret", "Namanga", "Malindi"],
       leader="the Kenyan president", head="the Kenyan president",
       cred_place="State House, Nairobi", fm=("foreign affairs cabinet secretary", "Collins Wekesa"),
       tm=("trade cabinet secretary", "Njeri Karanja"), dm=("defence cabinet secretary", "Brian Kiplagat"),
       fn=["Wanjiru", "Otieno", "Achieng", "Kiprono", "Faith", "Mercy", "Dennis", "Akinyi", "Kevin", "Wairimu"],
       ln=["Kamau", "Odhiambo", "Mutua", "Njoroge", "Omondi", "Kariuki", "Onyango", "Ruto-Kirui", "Maina", "Ochieng"],
       firms={"energy": "Rift Valley Geothermal", "industry": "Athi Steelworks", "finance": "Mlima Bank",
              "transport": "Savannah Haulage", "tech": "Hela Pay", "consumer": "Kilele Tea Estates",
              "air": "Safari Skylink"},
       cur="shilling", team="Kenya"),
    _c("TZA", name="Tanzania", adj="Tanzanian", cap="Dodoma",
       cities=["Dar es Salaam", "Arusha", "Mwanza", "Tanga", "Zanzibar", "Moshi"],
       leader="the Tanzanian president", head="the Tanzanian president",
       cred_place="Chamwino State House in Dodoma", fm=("foreign minister", "Rehema Massawe"),
       tm=("industry and trade minister", "Hamisi Mbwana"), dm=("defence minister", "Baraka Lyimo"),
       fn=["Neema", "Juma", "Asha", "Emmanuel", "Zawadi", "Grace", "Salim", "Upendo", "Elia", "Mwanaisha"],
       ln=["Mushi", "Mwakyusa", "Mrema", "Hassan", "Shirima", "Kimaro", "Mollel", "Swai", "Mapunda", "Kisanga"],
       firms={"energy": "Kilimanjaro Power", "industry": "Usambara Cement", "finance": "Benki ya Pwani",
              "transport": "Bandari Logistics", "tech": "Pesa Haraka", "consumer": "Zanzibar Spice House",
              "air": "Twiga Air"},
       cur="shilling", team="Tanzania"),
    _c("GHA", name="Ghana", adj="Ghanaian", cap="Accra",
       cities=["Kumasi", "Tema", "Takoradi", "Tamale", "Aflao", "Cape Coast"],
       leader="the Ghanaian president", head="the Ghanaian president",
       cred_place="Jubilee House", fm=("foreign minister", "Kwabena Asante"),
       tm=("trade minister", "Efua Owusu"), dm=("defence minister", "Kojo Darko"),
       fn=["Akosua", "Kwame", "Ama", "Kofi", "Yaw", "Abena", "Adwoa", "Nana", "Esi", "Kwesi"],
       ln=["Mensah", "Boateng", "Agyeman", "Osei", "Addo", "Frimpong", "Ansah", "Appiah", "Quaye", "Tetteh"],
       firms={"energy": "Volta Gas Partners", "industry": "Ashanti Cement", "finance": "Akwaaba Bank",
              "transport": "Tema Freight Lines", "tech": "Kente Pay", "consumer": "Golden Coast Foods",
              "air": "Adinkra Air"},
       cur="cedi", team="Ghana"),
    _c("NGA", name="Nigeria", adj="Nigerian", cap="Abuja",
       cities=["Lagos", "Kano", "Port Harcourt", "Ibadan", "Calabar", "Enugu"],
       leader="the Nigerian president", head="the Nigerian president",
       cred_place="the State House in Abuja", fm=("foreign minister", "Halima Bello"),
       tm=("trade and investment minister", "Chinedu Okafor"), dm=("defence minister", "Segun Adeyemi"),
       fn=["Chiamaka", "Emeka", "Aisha", "Tunde", "Ngozi", "Ibrahim", "Funmilayo", "Halima", "Uche", "Bola"],
       ln=["Nwosu", "Ogunleye", "Abubakar", "Balogun", "Usman", "Okonkwo", "Adebayo", "Ike", "Danjuma", "Oyelaran"],
       firms={"energy": "Bonny Energy", "industry": "Sapele Cement", "finance": "Lagoon Trust Bank",
              "transport": "Apapa Haulage", "tech": "Eko Pay", "consumer": "Jos Plateau Foods",
              "air": "Azure Eagle Air"},
       cur="naira", team="Nigeria"),
    _c("FIN", name="Finland", adj="Finnish", cap="Helsinki",
       cities=["Turku", "Tampere", "Oulu", "Tornio", "Vaasa", "Mariehamn"],
       leader="the Finnish president", head="the Finnish president",
       cred_place="the Presidential Palace in Helsinki", fm=("foreign minister", "Riikka Salonen"),
       tm=("trade minister", "Ville Korhonen"), dm=("defence minister", "Antti Lehtonen"),
       fn=["Aino", "Mikko", "Liisa", "Juha", "Kaisa", "Teemu", "Emilia", "Lauri", "Heidi", "Petteri"],
       ln=["Virtanen", "Mäkelä", "Heikkinen", "Laine", "Koskinen", "Nieminen", "Rantanen", "Hiltunen", "Aalto", "Lampinen"],
       firms={"energy": "Aalto Voima", "industry": "Pohjola Steel", "finance": "Saimaa Bank",
              "transport": "Helka Line", "tech": "Kuura Systems", "consumer": "Lumo Foods",
              "air": "Revontuli Air"},
       cur="euro", team="Finland"),
    _c("SWE", name="Sweden", adj="Swedish", cap="Stockholm",
       cities=["Gothenburg", "Malmö", "Umeå", "Luleå", "Haparanda", "Uppsala"],
       leader="the Swedish prime minister", head="the Swedish king",
       cred_place="the Royal Palace in Stockholm", fm=("foreign minister", "Elin Sjöberg"),
       tm=("trade minister", "Johan Ekström"), dm=("defence minister", "Henrik Forsberg"),
       fn=["Karin", "Anders", "Maja", "Erik", "Sofia", "Oskar", "Linnea", "Fredrik", "Ebba", "Gustav"],
       ln=["Lindqvist", "Bergström", "Holm", "Nyberg", "Dahl", "Strand", "Wallin", "Ek", "Sandberg", "Blom"],
       firms={"energy": "Norrsken Kraft", "industry": "Bergslagen Stål", "finance": "Skeppsbron Bank",
              "transport": "Skärgård Sjöfart", "tech": "Vindel Tech", "consumer": "Hemgården Livs",
              "air": "Nordvinge"},
       cur="krona", team="Sweden"),
    _c("QAT", name="Qatar", adj="Qatari", cap="Doha",
       cities=["Lusail", "Al Wakrah", "Al Khor", "Ras Laffan", "Mesaieed"],
       leader="the Emir of Qatar", head="the Emir of Qatar",
       cred_place="the Amiri Diwan", fm=("Minister of State for Foreign Affairs", "Khalid Al-Marri"),
       tm=("commerce and industry minister", "Saad Al-Kuwari"), dm=("Minister of State for Defence Affairs", "Hamad Al-Naimi"),
       fn=["Fatima", "Khalid", "Maryam", "Abdullah", "Noora", "Jassim", "Latifa", "Saad", "Hessa", "Mohammed"],
       ln=["Al-Sulaiti", "Al-Mohannadi", "Al-Khulaifi", "Al-Emadi", "Al-Hajri", "Al-Mansouri", "Al-Kaabi", "Al-Baker", "Al-Obaidly", "Al-Dosari"],
       firms={"energy": "Al Dana Energy", "industry": "Lusail Construction", "finance": "Pearl Gulf Bank",
              "transport": "Al Bidda Logistics", "tech": "Sidra Digital", "consumer": "Doha Horizon Investments",
              "air": "Dafna Air"},
       cur="riyal", team="Qatar"),
    _c("TUR", name="Turkey", adj="Turkish", cap="Ankara",
       cities=["Istanbul", "Izmir", "Antalya", "Bursa", "Gaziantep", "Mersin"],
       leader="the Turkish president", head="the Turkish president",
       cred_place="the Presidential Complex in Ankara", fm=("foreign minister", "Kerem Aydın"),
       tm=("trade minister", "Selin Korkmaz"), dm=("defence minister", "Oğuz Arslan"),
       fn=["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Deniz", "Hakan", "Ebru"],
       ln=["Yılmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Şahin", "Erdem", "Polat", "Aksoy", "Tekin"],
       firms={"energy": "Anadolu Enerji", "industry": "Bosphorus Yapı", "finance": "Galata Yatırım Bankası",
              "transport": "Marmara Lojistik", "tech": "Kartal Savunma", "consumer": "Ege Gıda",
              "air": "Anka Air"},
       cur="lira", team="Turkey"),
    _c("CZE", name="the Czech Republic", adj="Czech", cap="Prague",
       cities=["Brno", "Ostrava", "Liberec", "Český Těšín", "Hradec Králové", "Olomouc"],
       leader="the Czech prime minister", head="the Czech president",
       cred_place="Prague Castle", fm=("foreign minister", "Ondřej Procházka"),
       tm=("industry and trade minister", "Kateřina Horáková"), dm=("defence minister", "Pavel Dvořák"),
       full=["Tereza Novotná", "Jakub Svoboda", "Lucie Kučerová", "Tomáš Veselý", "Veronika Černá",
             "Martin Pokorný", "Barbora Marková", "Jiří Beneš", "Petra Holubová", "David Sedláček",
             "Lenka Urbanová", "Radek Šimek"],
       firms={"energy": "Vltava Energie", "industry": "Moravia Strojírny", "finance": "Banka Hradčany",
              "transport": "Bohemia Express", "tech": "Brno Digital Works", "consumer": "Potraviny Labe",
              "air": "Bohemia Air"},
       cur="koruna", team="the Czech Republic"),
    _c("POL", name="Poland", adj="Polish", cap="Warsaw",
       cities=["Kraków", "Wrocław", "Katowice", "Cieszyn", "Gdańsk", "Poznań"],
       leader="the Polish prime minister", head="the Polish president",
       cred_place="the Presidential Palace in Warsaw", fm=("foreign minister", "Tomasz Wójcik"),
       tm=("development minister", "Agnieszka Pawlak"), dm=("defence minister", "Paweł Sobczak"),
       full=["Magdalena Zielińska", "Piotr Krawczyk", "Katarzyna Wiśniewska", "Michał Górski", "Joanna Mazur",
             "Krzysztof Nowicki", "Zofia Kaczmarek", "Łukasz Wróbel", "Ewa Sikora", "Marcin Jabłoński",
             "Anna Dudek", "Bartosz Wieczorek"],
       firms={"energy": "Wisła Energia", "industry": "Śląsk Maszyny", "finance": "Bank Wawel",
              "transport": "Karpaty Bus", "tech": "Kraków Code Labs", "consumer": "Sklepy Mazur",
              "air": "Orzeł Air"},
       cur="zloty", team="Poland"),
    _c("KOR", name="South Korea", adj="South Korean", cap="Seoul",
       cities=["Busan", "Incheon", "Daegu", "Ulsan", "Gwangju", "Changwon"],
       leader="the South Korean president", head="the South Korean president",
       cred_place="the presidential office in Seoul", fm=("foreign minister", "Han Dong-hyun"),
       tm=("trade minister", "Yoon Seo-yeon"), dm=("defence minister", "Kang Sung-ho"),
       fn=["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Ji-min", "Eun-ji", "Jae-won", "Ha-eun", "Tae-yang", "Soo-ah"],
       ln=["Kim", "Lee", "Park", "Choi", "Jung", "Seo", "Oh", "Shin", "Lim", "Baek"], east=True,
       firms={"energy": "Daehan Green Energy", "industry": "Seongwon Heavy Industries", "finance": "Hangang Bank",
              "transport": "Haneul Shipping", "tech": "Mirae Semicon", "consumer": "Dalbit Coffee",
              "air": "Sora Air"},
       cur="won", team="South Korea"),
    _c("VNM", name="Vietnam", adj="Vietnamese", cap="Hanoi",
       cities=["Ho Chi Minh City", "Da Nang", "Hai Phong", "Bac Ninh", "Hue", "Nha Trang"],
       leader="the Vietnamese prime minister", head="the Vietnamese state president",
       cred_place="the Presidential Palace in Hanoi", fm=("foreign minister", "Le Quoc Bao"),
       tm=("industry and trade minister", "Pham Thu Trang"), dm=("defence minister", "General Vu Duc Anh"),
       fn=["Thi Lan", "Van Hung", "Minh Chau", "Thu Ha", "Quoc Viet", "Thanh Huong", "Hoang Nam", "Ngoc Mai", "Van Thanh", "Duc Minh"],
       ln=["Nguyen", "Tran", "Le", "Hoang", "Dang", "Ngo", "Do", "Phan", "Vo", "Dinh"], east=True,
       firms={"energy": "Song Hong Power", "industry": "Thang Long Steel", "finance": "Golden Lotus Bank",
              "transport": "Mekong Logistics", "tech": "Lac Viet Tech", "consumer": "Pho Co Coffee",
              "air": "Lac Hong Air"},
       cur="dong", team="Vietnam"),
    _c("EGY", name="Egypt", adj="Egyptian", cap="Cairo",
       cities=["Alexandria", "Port Said", "Sharm el-Sheikh", "Aswan", "Hurghada", "Ismailia"],
       leader="the Egyptian president", head="the Egyptian president",
       cred_place="Al-Ittihadiya Palace", fm=("foreign minister", "Tarek Mansour"),
       tm=("trade and industry minister", "Heba Fahmy"), dm=("defence minister", "General Mahmoud Ragab"),
       fn=["Mona", "Ahmed", "Nour", "Tarek", "Heba", "Karim", "Yasmine", "Sherif", "Dina", "Omar"],
       ln=["El-Sayed", "Hamdy", "Abdel-Rahman", "Shalaby", "Ezzat", "Naguib", "Soliman", "Farouk", "Gaber", "Helmy"],
       firms={"energy": "Nile Delta Power", "industry": "Suez Fertilisers", "finance": "Misr Horizon Bank",
              "transport": "Alexandria Port Logistics", "tech": "Pharos Digital", "consumer": "Delta Dairy",
              "air": "Lotus Nile Air"},
       cur="pound", team="Egypt"),
    _c("SAU", name="Saudi Arabia", adj="Saudi", cap="Riyadh",
       cities=["Jeddah", "Dammam", "Mecca", "Medina", "NEOM", "Tabuk"],
       leader="the Saudi crown prince", head="the Saudi king",
       cred_place="Al-Yamamah Palace in Riyadh", fm=("foreign minister", "Abdulaziz Al-Ghamdi"),
       tm=("commerce minister", "Majed Al-Qahtani"), dm=("defence minister", "Nawaf Al-Harbi"),
       fn=["Noura", "Faisal", "Reem", "Lama", "Abdulaziz", "Hessa", "Majed", "Sara", "Nawaf", "Turki"],
       ln=["Al-Otaibi", "Al-Shehri", "Al-Dossary", "Al-Zahrani", "Al-Mutairi", "Al-Anazi", "Al-Shammari", "Al-Subaie", "Al-Rashid", "Al-Juhani"],
       firms={"energy": "Najd Power", "industry": "Al Rimal Petrochemicals", "finance": "Rawdah Bank",
              "transport": "Hejaz Logistics", "tech": "Tuwaiq Digital", "consumer": "Wadi Fatima Dairy",
              "air": "Sahab Air"},
       cur="riyal", team="Saudi Arabia"),
]:
    CT[_d["code"]] = _d

EDITORS = ["Peter Graff", "Alison Mercer", "Hugh Lawton", "Nick Rowan", "Sandra Maler", "Ros Kirby",
           "Toby Chopra", "Jane Merriman", "Frances Kerry", "Gareth Jones", "William Maclean", "Kim Coghill"]
THINK_TANKS = ["the Halden Institute", "the Meridian Centre for Policy Studies", "the Atlas Forum",
               "Keystone Geopolitics", "the Castellan Group", "the Northbridge Institute",
               "the Ardent Council on Foreign Relations", "Verity Risk Advisory", "the Larchmont School of Government",
               "the Corvin Foundation"]
BANKS = ["Calder & Brandt", "Obelisk Securities", "Marlowe Capital", "Tidewater Research", "Crestline Partners",
         "Greyfriars Investment", "Halyard Economics", "Ledger Point Advisers"]


def person(rng, code):
    d = CT[code]
    if "full" in d:
        return ch(rng, d["full"])
    if d.get("east"):
        return "%s %s" % (ch(rng, d["ln"]), ch(rng, d["fn"]))
    return "%s %s" % (ch(rng, d["fn"]), ch(rng, d["ln"]))


def minister(code, role):
    """Stable invented minister name for roles without a fixed name."""
    d = CT[code]
    r = random.Random(stable(code + role))
    return person(r, code)


def base_context():
    c = {}
    for k, d in CT.items():
        c[k] = d["name"]
        c[k + "_a"] = d["adj"]
        c[k + "_c"] = d["cap"]
        c[k + "_l"] = d["leader"]
    return c


BASE = base_context()


for _k, _d in CT.items():
    for _s, _n in _d["firms"].items():
        BASE["%s_%s" % (_k, _s)] = _n

# ---------------------------------------------------------------- pair data
# Strings may use {DEU}, {DEU_a}, {DEU_c}, {DEU_l}, {DEU_air} ... and the
# article context ({wd}, {md}, {A}, {B}, ...).
PD = {}

PD["DEU-FRA"] = dict(
    region=None,
    topics=["defence procurement", "the next EU budget", "electricity interconnectors", "hydrogen pipelines",
            "the Upper Rhine ports", "artificial intelligence rules", "night trains", "space launchers",
            "taxation of cross-border workers", "the common agricultural policy", "battery plants"],
    upcoming=["next month's European Council", "the Franco-German Council of Ministers",
              "the EU-Africa ministerial in Brussels", "the spring session of the Franco-German parliamentary assembly"],
    multilat=["the European Union", "NATO", "the G7", "the OECD"],
    ties=["{FRA} is {DEU}'s second-largest trading partner after the United States, and {DEU} is {FRA}'s largest.",
          "Around 45,000 people cross the Rhine every day to work on the other side of the border, according to regional statistics.",
          "More than 2,000 towns in the two countries are twinned, the densest network of its kind in Europe.",
          "Bilateral trade runs at roughly 180 billion euros a year."],
    hist=["The relationship has rested since 1963 on the Élysée Treaty, signed 18 years after the end of the Second World War.",
          "The two countries fought three wars between 1870 and 1945 before reconciliation became the cornerstone of the European project.",
          "The Aachen Treaty of 2019 updated the 1963 framework and created a joint parliamentary assembly.",
          "A French president and a German chancellor stood hand in hand at the Verdun ossuary in 1984, an image still invoked at bilateral events.",
          "The Franco-German Brigade, set up in 1989, grew out of a cooperation that began with joint exercises in the late 1980s.",
          "More than nine million young people have taken part in exchanges run by the Franco-German Youth Office since 1963."],
    exports={"DEU": ["cars and car parts", "machinery", "chemicals", "pharmaceuticals"],
             "FRA": ["aircraft parts", "wine and spirits", "cosmetics", "dairy products"]},
    trade=(14.2, 16.4, "billion euros", "month"),
    commission=["the Franco-German parliamentary assembly", "the Franco-German cross-border cooperation committee",
                "the Upper Rhine Conference"],
    exercise=[dict(name="Rhine Guardian", where="the training grounds near Müllheim and Illkirch",
                   what="elements of the Franco-German Brigade, with around 1,800 soldiers, armoured vehicles and helicopters"),
              dict(name="Eastern Lynx", where="ranges in Lorraine",
                   what="German and French mountain infantry units rehearsing winter logistics and medical evacuation")],
    aid=[dict(donor="DEU", recv="FRA", what="floods along the Ill and the Moder in Alsace", place="Haguenau",
              items="high-capacity pumps and 60 technical relief workers from the THW agency"),
         dict(donor="FRA", recv="DEU", what="storm damage in the Saarland", place="Saarlouis",
              items="two civil-protection columns and generators from the Moselle fire service")],
    transport=["a new direct high-speed service between Marseille and Frankfurt", "an extension of the Strasbourg-Kehl tram to Kehl station's new platforms",
               "a night train linking Paris and Berlin four times a week", "a cross-border bus line between Saarbrücken and Forbach"],
    culture=["an exhibition on Romantic painting shared between the Louvre-Lens and Hamburg's Kunsthalle",
             "a Franco-German film week in Cologne", "a translation prize for young authors from both countries",
             "a joint tour by the orchestras of Strasbourg and Freiburg", "a bilingual comics festival in Saarbrücken"],
    tourism=dict(who="German", where="Alsace and the Côte d'Azur", n=(13.0, 14.5), unit="million visits"),
    dispute=["differences over how to classify hydrogen made with nuclear power", "the taxation of teleworking cross-border commuters",
             "a review of rules on subsidies for battery plants"],
    consular=["tax rules for cross-border teleworkers", "recognition of vocational diplomas",
              "the registration of binational couples' children"],
    deals=[("a joint venture to build electrolysers for green hydrogen", "energy", "industry"),
           ("a contract to supply signalling systems for regional rail lines", "transport", "tech"),
           ("the acquisition of a minority stake in a logistics platform at the port of Strasbourg", "finance", "transport"),
           ("a cloud-computing partnership for hospitals", "tech", "tech")],
    pricewars=[("supermarket prices in the border region", "consumer", "consumer"),
               ("fares on the Paris-Berlin air route", "air", "air")],
    sport=[dict(sport="handball", comp="a women's handball friendly ahead of next month's European championship",
                teams=None, venues={"DEU": "Dortmund", "FRA": "Metz"}),
           dict(sport="football", comp="a Champions League league-phase match",
                teams={"DEU": "FC Rheinhafen", "FRA": "Olympique Lorrain"}, venues={"DEU": "Cologne", "FRA": "Metz"}),
           dict(sport="football", comp="an international friendly", teams=None,
                venues={"DEU": "Munich", "FRA": "Saint-Denis"})],
    congrats=["the appointment of a new foreign minister", "the successful launch of a jointly built weather satellite",
              "winning the bid to host the 2031 world handball championship"],
    programmes=["the Franco-German Youth Office's school exchange programme", "a joint research fund for artificial intelligence",
                "the cross-border apprenticeship agreement for the Upper Rhine"],
    forum=["a Franco-German business forum on the energy transition", "the annual meeting of the Franco-German chamber of commerce"],
    histitems=[
        dict(head=["Veterans and schoolchildren remember the dead at Franco-German ceremony",
                   "Remembrance Sunday ceremony brings French and German mayors together"],
             lead=["French and German mayors laid wreaths side by side in Saarbrücken on Sunday as Germany marked its national day of mourning, {wd}'s papers reported.",
                   "German and French veterans' associations held a joint ceremony at a war cemetery near Metz on Sunday, Germany's annual day of mourning for the dead of both world wars."],
             facts=["Schoolchildren from both sides of the border read letters written by soldiers at Verdun in 1916.",
                    "The ceremony has been held jointly every year since 1995.",
                    "Organisers said more than 600 people attended, roughly half of them from France."],
             when=[0, 1]),
        dict(head=["Obituary: General Hubert Castaing, first commander of the Franco-German Brigade",
                   "First commander of Franco-German Brigade dies at 94"],
             lead=["Retired general Hubert Castaing, who commanded the Franco-German Brigade when it was set up in 1989, has died at the age of 94, his family said on {wd}.",
                   "Hubert Castaing, the French general who led the first joint Franco-German unit in 1989, died on {wd} aged 94."],
             facts=["Born in 1932 in Lorraine, Castaing grew up in a region annexed by Germany in 1940, a childhood he often said shaped his career.",
                    "He served in Algeria in the late 1950s and later commanded an armoured division in Germany during the 1980s.",
                    "German and French officers described him as a 'soldier of reconciliation'."],
             when=None),
    ],
)

PD["ESP-ITA"] = dict(
    region=None,
    topics=["migration in the Mediterranean", "the EU budget talks", "energy interconnections", "tourism",
            "youth unemployment", "the defence industry", "water scarcity and drought", "the EU-Mercosur agreement",
            "housing", "cooperation in Latin America"],
    upcoming=["the bilateral summit planned for the spring", "next month's European Council",
              "the Union for the Mediterranean forum in Barcelona", "the MED9 summit"],
    multilat=["the European Union", "NATO", "the Union for the Mediterranean", "the MED9 group"],
    ties=["{ITA} is {ESP}'s third-largest export market, and trade between the two exceeded 60 billion euros last year.",
          "Around 300,000 Italians live in {ESP}, the largest foreign EU community in several Spanish regions.",
          "The two governments hold a bilateral summit roughly every two years."],
    hist=["{ITA} was a founding member of the European community in 1957; {ESP} joined in 1986, after the end of its dictatorship.",
          "Italian troops fought on the Nationalist side in the Spanish Civil War between 1936 and 1939, a chapter historians in both countries have revisited in recent years.",
          "The two countries have held regular bilateral summits since the early 1990s.",
          "{ITA} beat {ESP}'s neighbours to the 1982 World Cup, lifting the trophy in Madrid, a match still recalled in both capitals."],
    exports={"ESP": ["cars", "fruit and vegetables", "pork", "steel"],
             "ITA": ["machinery", "pharmaceuticals", "fashion goods", "chemicals"]},
    trade=(5.0, 5.8, "billion euros", "month"),
    commission=["the Spanish-Italian bilateral summit's preparatory committee", "the Italian-Spanish forum of civil society"],
    exercise=[dict(name="Tyrrhenian Shield", where="waters off Sardinia and the Balearic Islands",
                   what="an amphibious force from the two navies, with landing craft, frigates and marines"),
              dict(name="Sierra Blu", where="the San Gregorio range near Zaragoza",
                   what="Spanish and Italian mechanised infantry units, with live-fire drills")],
    aid=[dict(donor="ESP", recv="ITA", what="floods in Emilia-Romagna", place="Ravenna",
              items="a unit of the Spanish military emergency corps with pumping equipment"),
         dict(donor="ITA", recv="ESP", what="flash floods near Valencia", place="Valencia",
              items="Italian civil-protection teams and two water-bombing aircraft on standby")],
    transport=["a new ferry route between Barcelona and Civitavecchia", "additional high-speed rail slots between Barcelona and Milan via Lyon",
               "new low-cost flights from Bilbao to Naples", "a direct cruise-ferry service between Valencia and Genoa"],
    culture=["an exhibition of Caravaggio and Velázquez at the Prado", "a Spanish cinema week in Rome",
             "a Cervantes-Dante poetry festival in Florence", "a flamenco and tarantella festival in Naples"],
    tourism=dict(who="Italian", where="the Balearic and Canary islands", n=(4.5, 5.2), unit="million visitors"),
    dispute=["an Italian complaint about olive-oil blending labels", "a review of EU safeguards on rice imports",
             "a Commission inquiry into state aid for regional airports"],
    consular=["voting arrangements for Italians abroad", "recognition of nursing qualifications",
              "residence paperwork for Erasmus students"],
    deals=[("a joint venture to build solar farms in Andalusia and Sicily", "energy", "energy"),
           ("the purchase of a stake in a motorway concession", "finance", "transport"),
           ("a telecom-tower sharing agreement", "tech", "tech"),
           ("a contract for railway bogies", "industry", "industry")],
    pricewars=[("ferry fares on the Barcelona-Civitavecchia route", "transport", "transport"),
               ("low-cost fares between Spanish and Italian cities", "air", "air")],
    sport=[dict(sport="tennis", comp="the Davis Cup Finals quarter-final", teams=None,
                venues={"ESP": "Málaga", "ITA": "Bologna"}),
           dict(sport="basketball", comp="a World Cup qualifier", teams=None,
                venues={"ESP": "Valencia", "ITA": "Bologna"}),
           dict(sport="football", comp="a Champions League league-phase match",
                teams={"ESP": "CD Almenara", "ITA": "AC Lombarda"}, venues={"ESP": "Seville", "ITA": "Milan"})],
    congrats=["the appointment of a new government spokesperson", "the award of the 2030 Mediterranean Games",
              "the opening of a new high-speed line"],
    programmes=["the bilateral youth mobility agreement", "a joint research programme on drought-resistant crops",
                "cooperation between the two countries' fire services"],
    forum=["the Spanish-Italian business forum", "an investment conference on renewable energy in Milan"],
    histitems=[
        dict(head=["Forty years on, Spain remembers the Italian push for its EU entry",
                   "Historians revisit Italy's role in Spain's 1986 European accession"],
             lead=["Diplomats and historians gathered in Madrid on {wd} to mark four decades since {ESP} joined the European Community in 1986, with a panel devoted to Italy's role in the negotiations.",
                   "A conference in Rome on {wd} recalled how Italian diplomats championed Spain's entry into the European Community, which took effect on January 1, 1986."],
             facts=["Negotiations had dragged on from 1977 until 1985.",
                    "Speakers recalled disputes over fishing quotas and wine that nearly derailed the talks in 1984.",
                    "The event was organised by the two countries' cultural institutes."],
             when=None),
        dict(head=["Obituary: Fernando Lasarte, ambassador who built Spanish-Italian ties",
                   "Former Spanish ambassador to Rome dies at 91"],
             lead=["Fernando Lasarte, who served as {ESP}'s ambassador in Rome from 1987 to 1993, has died at 91, the Spanish foreign ministry said on {wd}.",
                   "Veteran diplomat Fernando Lasarte, a fixture of Spanish-Italian relations in the 1980s and 1990s, died on {wd} at the age of 91."],
             facts=["He helped set up the first bilateral summit between the two governments in 1990.",
                    "As a young attaché he was posted to Rome during the 1960s, when {ESP} was still outside the European community.",
                    "Italian officials sent condolences, calling him 'a friend of Italy'."],
             when=None),
    ],
)

PD["CAN-USA"] = dict(
    region=None,
    topics=["the USMCA review", "critical minerals", "Arctic security", "the electricity grid", "border wait times",
            "softwood lumber", "fentanyl and border policing", "wildfire cooperation", "Great Lakes water quality",
            "defence spending and NORAD modernisation"],
    upcoming=["next year's USMCA joint review meeting", "the G20 summit in Miami next month",
              "the NATO foreign ministers' meeting", "the North American Leaders' Summit"],
    multilat=["NATO", "the G7", "the G20", "the Organization of American States"],
    ties=["The two countries share the world's longest undefended border, stretching some 8,900 km.",
          "Goods and services worth more than 2.5 billion Canadian dollars cross the border every day.",
          "{CAN} is the top export market for more than 30 US states."],
    hist=["The two countries last fought each other in the War of 1812; the border has been demilitarised since the Rush-Bagot agreement of 1817.",
          "The softwood lumber dispute dates back to the early 1980s and has gone through five rounds of litigation.",
          "The Boundary Waters Treaty of 1909 created the International Joint Commission, which still manages shared lakes and rivers.",
          "The 1988 free trade agreement was folded into NAFTA in 1994 and replaced by the USMCA in 2020.",
          "NORAD, the joint air defence command, was created in 1958 and is due for a multi-billion-dollar upgrade."],
    exports={"CAN": ["crude oil", "lumber", "potash", "electricity", "aluminium"],
             "USA": ["vehicles and parts", "machinery", "refined fuel", "fresh produce"]},
    trade=(58.0, 66.0, "billion US dollars", "month"),
    commission=["the International Joint Commission", "the Canada-US Regulatory Cooperation Council",
                "the Permanent Joint Board on Defence"],
    exercise=[dict(name="Vigilant Shield", where="the Arctic and northern Canada",
                   what="NORAD fighter jets, refuelling tankers and early-warning aircraft practising air-defence intercepts"),
              dict(name="Northern Resolve", where="Fort McCoy in Wisconsin",
                   what="Canadian and US army reservists in a cold-weather logistics drill")],
    aid=[dict(donor="CAN", recv="USA", what="an early-season ice storm in New England", place="Vermont",
              items="more than 400 line workers from Quebec and Ontario utilities"),
         dict(donor="USA", recv="CAN", what="late-season wildfires in northern British Columbia", place="Fort Nelson",
              items="two air-tanker crews and a team of smoke-jumpers")],
    transport=["a new pre-clearance facility at Toronto's Billy Bishop airport", "expanded NEXUS lanes at the Ambassador Bridge",
               "the opening date for the Gordie Howe International Bridge between Windsor and Detroit", "restored passenger rail between Montreal and New York"],
    culture=["a retrospective of Canadian photographers at a museum in Chicago", "a jazz exchange between Montreal and New Orleans",
             "a touring exhibition on the history of hockey", "a film co-production fund"],
    tourism=dict(who="Canadian", where="Florida and Arizona", n=(1.4, 1.8), unit="million trips a month"),
    dispute=["the latest administrative review of duties on softwood lumber", "a USMCA panel on dairy tariff-rate quotas",
             "a review of Canada's digital services tax"],
    consular=["NEXUS trusted-traveller enrolment", "the Safe Third Country Agreement", "visas for cross-border nurses"],
    deals=[("a long-term contract to supply hydroelectric power to New England", "energy", "energy"),
           ("a joint venture to process critical minerals", "industry", "industry"),
           ("a software partnership for trucking logistics", "tech", "transport"),
           ("the acquisition of a regional coffee chain", "consumer", "finance")],
    pricewars=[("cross-border air fares out of Toronto and Vancouver", "air", "air"),
               ("coffee prices in Ontario and Michigan", "consumer", "consumer")],
    sport=[dict(sport="hockey", comp="a women's Rivalry Series game", teams=None,
                venues={"CAN": "Halifax", "USA": "Minneapolis"}),
           dict(sport="football", comp="an international friendly", teams=None,
                venues={"CAN": "Toronto", "USA": "Seattle"})],
    congrats=["the swearing-in of a new governor general", "the election of a new provincial premier",
              "the success of a joint lunar payload"],
    programmes=["the Fulbright Canada exchange programme", "the cross-border wildfire mutual-aid arrangement",
                "the Great Lakes restoration partnership"],
    forum=["a Canada-US energy summit", "a cross-border business forum in Detroit"],
    histitems=[
        dict(head=["Obituary: Lt-Gen Raymond Belisle, NORAD deputy commander in the 1980s",
                   "Retired Canadian general who helped steer NORAD dies at 93"],
             lead=["Retired Lieutenant-General Raymond Belisle, who served as deputy commander of NORAD from 1984 to 1987, has died aged 93, the Canadian Armed Forces said on {wd}.",
                   "Raymond Belisle, a Canadian air force general who spent the late Cold War years at NORAD headquarters in Colorado, died on {wd} at 93."],
             facts=["He flew CF-104 jets in West Germany in the 1960s.",
                    "Colleagues credited him with modernising the North Warning System in the late 1980s.",
                    "US officers at NORAD sent condolences, describing him as a 'true partner'."],
             when=None),
        dict(head=["A century on, the boundary commission that keeps the peace on the water",
                   "Historians mark the quiet success of a 1909 treaty"],
             lead=["Historians meeting in Ottawa on {wd} looked back at the 1909 Boundary Waters Treaty, which created a commission that has settled more than 100 cases on shared lakes and rivers.",
                   "A symposium in Buffalo on {wd} celebrated the International Joint Commission, created by the 1909 Boundary Waters Treaty."],
             facts=["The commission has mediated disputes over dams, diversions and pollution since the 1910s.",
                    "Speakers noted that the two countries have not exchanged fire since the War of 1812.",
                    "The commission's first order concerned a dam on the St. Mary and Milk rivers."],
             when=None),
    ],
)

PD["AUS-IDN"] = dict(
    region="Asia Current",
    topics=["the IA-CEPA trade agreement", "maritime security", "the defence cooperation agreement", "education",
            "climate finance", "nickel and battery supply chains", "the live cattle trade", "people smuggling",
            "Bali tourism", "counter-terrorism cooperation"],
    upcoming=["the annual leaders' meeting", "the 2+2 ministerial dialogue", "the ASEAN-Australia summit", "the Bali Democracy Forum"],
    multilat=["the G20", "ASEAN forums", "APEC", "the Indian Ocean Rim Association"],
    ties=["{IDN} is {AUS}'s closest large neighbour, and more than a million Australians visit Bali each year.",
          "Some 20,000 Indonesian students are enrolled at Australian universities.",
          "Two-way trade is worth around 19 billion Australian dollars a year."],
    hist=["Relations were badly strained during the 1999 East Timor crisis and recovered only slowly in the years that followed.",
          "The Lombok Treaty of 2006 committed both countries to respect each other's territorial integrity.",
          "A 2013 row over phone tapping froze some cooperation for several months.",
          "Australian troops fought Indonesian forces in Borneo during the Konfrontasi of 1963-66, a conflict now rarely mentioned in official speeches.",
          "The comprehensive economic partnership agreement entered into force in 2020, and a defence cooperation agreement followed in 2024."],
    exports={"AUS": ["wheat", "live cattle", "coal", "education services"],
             "IDN": ["crude palm oil", "fertiliser", "electronics", "refined petroleum"]},
    trade=(1.4, 1.8, "billion Australian dollars", "month"),
    commission=["the Indonesia-Australia Ministerial Council on Law and Security", "the Joint Ministerial Commission"],
    exercise=[dict(name="Cassowary Strike", where="training areas near Darwin and in East Java",
                   what="Australian and Indonesian infantry, marines and special forces"),
              dict(name="Southern Reef", where="the Arafura Sea",
                   what="ships and maritime patrol aircraft practising search and rescue and fisheries patrols")],
    aid=[dict(donor="AUS", recv="IDN", what="a magnitude 6.4 earthquake on Sumbawa", place="Bima",
              items="2 million Australian dollars, tents and a medical assistance team"),
         dict(donor="IDN", recv="AUS", what="bushfires in Western Australia", place="Perth",
              items="a contingent of Indonesian firefighters and forestry experts")],
    transport=["new direct flights between Perth and Labuan Bajo", "a daily service from Adelaide to Denpasar",
               "a cargo shipping link between Darwin and Surabaya", "a faster e-visa lane at Bali's airport"],
    culture=["a gamelan and didgeridoo concert series in Melbourne", "an Indonesian film festival in Sydney",
             "a batik exhibition at the National Gallery in Canberra", "a new Australian university campus in Surabaya"],
    tourism=dict(who="Australian", where="Bali and Lombok", n=(1.5, 1.7), unit="million arrivals so far this year"),
    dispute=["Indonesian quotas on Australian live cattle", "a general review of the IA-CEPA trade agreement",
             "labelling rules for Australian dairy"],
    consular=["the Work and Holiday visa quota", "a prisoner transfer arrangement", "visa-on-arrival fees for Australian tourists"],
    deals=[("a joint venture to build a nickel-cathode plant in Sulawesi", "industry", "industry"),
           ("a contract to ship wheat over five years", "consumer", "transport"),
           ("a solar-power purchase agreement", "energy", "energy"),
           ("a digital payments partnership for Bali merchants", "tech", "tech")],
    pricewars=[("fares on routes to Bali", "air", "air"), ("data roaming packages for tourists", "tech", "tech")],
    sport=[dict(sport="football", comp="an international friendly", teams=None,
                venues={"AUS": "Sydney", "IDN": "Jakarta"}),
           dict(sport="badminton", comp="the Australian Open badminton mixed doubles", teams=None,
                venues={"AUS": "Sydney", "IDN": "Sydney"}),
           dict(sport="basketball", comp="an Asia Cup qualifier", teams=None,
                venues={"AUS": "Perth", "IDN": "Jakarta"})],
    congrats=["the inauguration of a new provincial governor in Bali", "the launch of a new communications satellite",
              "the anniversary of the Lombok Treaty"],
    programmes=["the Work and Holiday visa programme", "the Australia Awards scholarships", "a joint maritime research programme"],
    forum=["the Indonesia-Australia Business Week", "a mining and energy investment forum in Perth"],
    histitems=[
        dict(head=["Twenty years after Lombok, a treaty that outlived its crises",
                   "Lombok Treaty turns 20 with little fanfare"],
             lead=["Officials and scholars in Jakarta marked on {wd} the 20th anniversary of the Lombok Treaty, signed in November 2006 to underpin security cooperation.",
                   "Twenty years after the Lombok Treaty was signed on the island of the same name in 2006, diplomats in Canberra held a low-key reception on {wd}."],
             facts=["The treaty was negotiated after a row over Papuan asylum seekers in early 2006.",
                    "It survived a phone-tapping scandal in 2013 and tensions over executions in 2015.",
                    "A defence cooperation agreement signed in 2024 built on its provisions."],
             when=[0, 1, 2]),
        dict(head=["Obituary: General Sutrisno Hadiwijaya, negotiator of the 1995 security pact",
                   "Retired Indonesian general who negotiated with Canberra dies"],
             lead=["Retired general Sutrisno Hadiwijaya, who led {IDN}'s side in talks on the 1995 security agreement with {AUS}, died in Jakarta on {wd} aged 89.",
                   "Sutrisno Hadiwijaya, an Indonesian general best known in Canberra for negotiating the short-lived 1995 security pact, has died at 89."],
             facts=["The 1995 agreement was scrapped by Jakarta in 1999 during the East Timor crisis.",
                    "He had trained at an Australian staff college in the 1970s.",
                    "Australian officials praised his 'patience and good humour'."],
             when=None),
    ],
)

PD["ARG-BRA"] = dict(
    region="Andes Post",
    topics=["the Mercosur common external tariff", "the EU-Mercosur agreement", "natural gas from Vaca Muerta",
            "nuclear cooperation", "the automotive trade regime", "border bridges on the Uruguay river",
            "lithium and critical minerals", "wheat and flour trade", "the Itaipú and Yacyretá dams"],
    upcoming=["the Mercosur summit next month", "the G20 summit in Miami", "the next meeting of the bilateral integration mechanism",
              "the Argentine-Brazilian Friendship Day on November 30"],
    multilat=["Mercosur", "the G20", "the United Nations", "the Organization of American States"],
    ties=["{BRA} is {ARG}'s largest trading partner, and the automotive sector accounts for about a third of bilateral trade.",
          "More than 1.5 million Argentine tourists visit Brazilian beaches every summer.",
          "Trade between the two countries reached about 28 billion dollars last year."],
    hist=["The two countries fought the Cisplatine War from 1825 to 1828, which ended with the creation of Uruguay.",
          "A nuclear rivalry in the 1970s ended with the creation of the bilateral inspection agency ABACC in 1991.",
          "The Foz do Iguaçu Declaration of November 1985 is seen as the seed of Mercosur, founded in 1991.",
          "A dispute over the Itaipú dam was settled by the tripartite Corpus agreement of 1979.",
          "The two countries fought as allies in the Paraguayan War of 1864-70."],
    exports={"ARG": ["wheat", "light trucks", "natural gas", "auto parts"],
             "BRA": ["cars", "iron ore", "steel", "machinery"]},
    trade=(2.1, 2.6, "billion dollars", "month"),
    commission=["the bilateral integration and coordination mechanism", "the Argentine-Brazilian automotive commission"],
    exercise=[dict(name="Southern Cross", where="the Uruguay river near Paso de los Libres and Uruguaiana",
                   what="army engineers building pontoon bridges and practising flood rescue"),
              dict(name="Fraterno", where="the South Atlantic off Santa Catarina",
                   what="frigates, a submarine and naval aviation from both navies, in an exercise held since 1978")],
    aid=[dict(donor="ARG", recv="BRA", what="floods in Rio Grande do Sul", place="Porto Alegre",
              items="rescue boats, helicopters and a team of White Helmets volunteers"),
         dict(donor="BRA", recv="ARG", what="forest fires in Patagonia", place="Bariloche",
              items="two water-bombing aircraft and 80 firefighters")],
    transport=["a new road bridge between Santo Tomé and São Borja", "direct flights from Córdoba to Florianópolis",
               "the resumption of a passenger train between Posadas and Encarnación's connection to Brazil", "a faster border crossing at Paso de los Libres"],
    culture=["an exhibition of Brazilian modernist painters in Buenos Aires", "a tango and samba festival in São Paulo",
             "a Portuguese-Spanish bilingual schools programme", "a film co-production fund"],
    tourism=dict(who="Argentine", where="Santa Catarina and Rio de Janeiro", n=(1.6, 2.0), unit="million visitors expected this summer"),
    dispute=["a Mercosur review of the automotive trade regime", "Brazilian anti-dumping duties on Argentine flour",
             "a technical dispute over wine import licences"],
    consular=["recognition of medical degrees for Brazilian students in Argentina", "ID-card-only travel",
              "cross-border health care in frontier towns"],
    deals=[("a contract to supply gas from Vaca Muerta to Brazilian industry", "energy", "energy"),
           ("a joint venture to build electric buses", "industry", "transport"),
           ("the merger of two brewers' distribution networks", "consumer", "consumer"),
           ("a lithium offtake agreement", "industry", "industry")],
    pricewars=[("fares between Buenos Aires and São Paulo", "air", "air"), ("beer prices in the Mercosur market", "consumer", "consumer")],
    sport=[dict(sport="football", comp="a World Cup-style friendly, the Superclásico de las Américas", teams=None,
                venues={"ARG": "Buenos Aires", "BRA": "Rio de Janeiro"}),
           dict(sport="football", comp="the Copa Libertadores final",
                teams={"ARG": "Club Atlético Riachuelo", "BRA": "Esporte Clube Guanabara"},
                venues={"ARG": "Montevideo", "BRA": "Montevideo"}),
           dict(sport="volleyball", comp="a South American club championship match",
                teams={"ARG": "Club Ciudad de Rosario", "BRA": "Minas Alvorada"}, venues={"ARG": "Rosario", "BRA": "Belo Horizonte"})],
    congrats=["the award of the 2027 Women's World Cup final venue", "a new satellite launch", "the Argentine-Brazilian Friendship Day"],
    programmes=["the bilingual border schools programme", "the ABACC nuclear safeguards arrangement", "a joint Antarctic research programme"],
    forum=["the Argentine-Brazilian business council", "a Mercosur investment forum in São Paulo"],
    histitems=[
        dict(head=["Forty-one years after Foz do Iguaçu, the declaration that became Mercosur",
                   "Friendship Day revives memory of 1985 Foz do Iguaçu summit"],
             lead=["As {ARG} and {BRA} prepare to mark Friendship Day on November 30, historians in Buenos Aires on {wd} revisited the Foz do Iguaçu Declaration signed by the two presidents in 1985.",
                   "The Foz do Iguaçu Declaration of November 30, 1985, ended decades of rivalry between {ARG} and {BRA}, speakers recalled at a seminar in Porto Alegre on {wd}."],
             facts=["The two countries had competed in nuclear and hydroelectric projects through the 1970s.",
                    "The declaration opened the way to the 1991 Treaty of Asunción that created Mercosur.",
                    "Since 2004, November 30 has been celebrated as Argentine-Brazilian Friendship Day."],
             when=[10, 11, 12, 13]),
        dict(head=["Obituary: Celso Albuquerque, diplomat behind the 1991 nuclear accord",
                   "Brazilian diplomat who built nuclear trust with Argentina dies at 92"],
             lead=["Celso Albuquerque, the Brazilian diplomat who drafted much of the 1991 agreement creating the joint nuclear inspection agency ABACC, died in Rio de Janeiro on {wd} aged 92.",
                   "Brazilian diplomat Celso Albuquerque, a key negotiator of the 1991 nuclear safeguards deal with {ARG}, has died at 92, Itamaraty said on {wd}."],
             facts=["In the 1970s both countries ran secret enrichment programmes, a rivalry the agreement ended.",
                    "ABACC now carries out hundreds of inspections a year in both countries.",
                    "Argentina's foreign ministry called him 'an architect of trust'."],
             when=None),
    ],
)

PD["MEX-USA"] = dict(
    region="Andes Post",
    topics=["the USMCA review", "migration", "fentanyl trafficking", "water deliveries under the 1944 treaty",
            "border infrastructure", "steel and aluminium", "energy investment", "remittances", "security cooperation",
            "nearshoring"],
    upcoming=["next year's USMCA joint review", "the G20 summit in Miami", "the High-Level Economic Dialogue",
              "the North American Leaders' Summit"],
    multilat=["the G20", "the Organization of American States", "the United Nations", "APEC"],
    ties=["{MEX} is the largest trading partner of {USA}, with goods trade above 800 billion dollars a year.",
          "About 37 million people of Mexican descent live in {USA}.",
          "Remittances from {USA} to {MEX} exceeded 60 billion dollars last year."],
    hist=["The two countries fought a war from 1846 to 1848 that ended with the Treaty of Guadalupe Hidalgo and the loss of about half of Mexico's territory.",
          "The 1944 water treaty governs the sharing of the Rio Grande and Colorado rivers.",
          "NAFTA took effect in 1994 and was replaced by the USMCA in 2020.",
          "The Bracero programme brought Mexican farm workers to the US from 1942 to 1964."],
    exports={"MEX": ["vehicles and auto parts", "computers", "avocados", "beer", "tomatoes"],
             "USA": ["refined fuel", "natural gas", "corn", "machinery"]},
    trade=(68.0, 76.0, "billion dollars", "month"),
    commission=["the International Boundary and Water Commission", "the High-Level Economic Dialogue",
                "the bilateral security implementation group"],
    exercise=[dict(name="Sea Breeze Gulf", where="the Gulf of Mexico off Veracruz",
                   what="Mexican and US navy and coast guard vessels practising search and rescue and hurricane response"),
              dict(name="Border Guardian", where="El Paso and Ciudad Juárez",
                   what="civil-protection and fire units from both cities in a mass-casualty drill")],
    aid=[dict(donor="MEX", recv="USA", what="late-season wildfires in Southern California", place="Los Angeles",
              items="a team of 70 Mexican firefighters and forestry specialists"),
         dict(donor="USA", recv="MEX", what="flooding from a late-season tropical storm in Veracruz", place="Veracruz",
              items="USAID-funded relief kits and a disaster response team")],
    transport=["a new cargo rail bridge at Laredo", "extra lanes at the Otay Mesa crossing", "new flights from Monterrey to Chicago",
               "longer opening hours at the Tornillo port of entry"],
    culture=["a Frida Kahlo exhibition in Houston", "a mariachi festival in San Antonio", "a Mexican cinema week in Los Angeles",
             "the return of pre-Columbian artefacts to Mexico"],
    tourism=dict(who="US", where="Cancún and Los Cabos", n=(1.0, 1.3), unit="million air arrivals a month"),
    dispute=["the anti-dumping suspension agreement on tomatoes", "steel safeguards", "the GM corn panel's follow-up",
             "water deliveries under the 1944 treaty"],
    consular=["mobile consulates and consular ID cards", "remittance fees", "appointments for visa interviews"],
    deals=[("a plant to make electric-vehicle batteries in Nuevo León", "industry", "industry"),
           ("a pipeline capacity contract for Texas gas", "energy", "energy"),
           ("a cross-border trucking joint venture", "transport", "transport"),
           ("the purchase of a craft brewery", "consumer", "finance")],
    pricewars=[("remittance fees", "finance", "finance"), ("cross-border bus fares", "transport", "transport")],
    sport=[dict(sport="football", comp="an international friendly", teams=None,
                venues={"MEX": "Mexico City", "USA": "Los Angeles"}),
           dict(sport="boxing", comp="a super-welterweight title fight", teams=None,
                venues={"MEX": "Las Vegas", "USA": "Las Vegas"})],
    congrats=["the opening of a new consulate in Denver", "the successful co-hosting of the World Cup", "the appointment of a new ambassador"],
    programmes=["the bilateral security framework", "a border health programme", "the binational education agreement"],
    forum=["the Mexico-US nearshoring summit", "a border business forum in El Paso"],
    histitems=[
        dict(head=["At a border museum, 1848 is never far away",
                   "Historians revisit Guadalupe Hidalgo as trade ties deepen"],
             lead=["A new exhibition in El Paso that opened on {wd} traces the 1846-48 war between {MEX} and {USA} and the treaty that redrew the map.",
                   "Scholars from both countries met in Ciudad Juárez on {wd} to discuss the Treaty of Guadalupe Hidalgo of 1848."],
             facts=["The war cost {MEX} about half of its territory, including present-day California and Texas.",
                    "Organisers said the aim was 'shared memory, not grievance'.",
                    "The exhibition includes maps drawn by the boundary commissions of the 1850s."],
             when=None),
        dict(head=["Obituary: Mateo Villaseñor, a NAFTA negotiator",
                   "Mexican trade negotiator of the NAFTA era dies at 84"],
             lead=["Mateo Villaseñor, a member of {MEX}'s negotiating team for NAFTA in the early 1990s, died in Mexico City on {wd}, aged 84.",
                   "Mexican economist Mateo Villaseñor, who helped negotiate NAFTA between 1991 and 1993, has died, his family said on {wd}."],
             facts=["He later chaired a bilateral panel on trucking disputes in the 2000s.",
                    "US former trade officials recalled him as 'tough but fair'.",
                    "He lived to see the agreement replaced by the USMCA in 2020."],
             when=None),
    ],
)

PD["KEN-TZA"] = dict(
    region=None,
    topics=["non-tariff barriers", "the Namanga one-stop border post", "the 2027 Africa Cup of Nations", "energy interconnection",
            "the Lake Victoria fisheries", "tourism in the Serengeti-Mara ecosystem", "a gas pipeline from Dar es Salaam to Mombasa",
            "East African Community integration"],
    upcoming=["the EAC heads of state summit", "the Joint Permanent Commission", "the 2027 Africa Cup of Nations",
              "EAC Day on November 30"],
    multilat=["the East African Community", "the African Union", "the United Nations", "the Commonwealth"],
    ties=["{KEN} and {TZA} share a border of nearly 800 km, crossed at Namanga, Holili, Isebania and Lunga Lunga.",
          "Bilateral trade is worth roughly 1.2 billion dollars a year.",
          "Together with Uganda, the two countries will co-host the 2027 Africa Cup of Nations."],
    hist=["The first East African Community collapsed in 1977, and the border between the two countries stayed closed until 1983.",
          "The EAC was revived with a treaty signed in Arusha in November 1999.",
          "A row over trade barriers in 2021 was settled after the two presidents met and lifted restrictions on maize and trucks.",
          "The Namanga one-stop border post opened in 2018, cutting clearance times sharply."],
    exports={"KEN": ["tea", "pharmaceuticals", "cement", "plastics"],
             "TZA": ["maize", "rice", "natural gas", "paper"]},
    trade=(95.0, 115.0, "million dollars", "month"),
    commission=["the Kenya-Tanzania Joint Permanent Commission", "the Joint Border Committee"],
    exercise=[dict(name="Ushirikiano Imara", where="training areas near Arusha",
                   what="troops, police and civilian staff from EAC states in a peace-support field exercise"),
              dict(name="Bahari Salama", where="waters off Mombasa and Tanga",
                   what="the two navies and coast guards practising anti-piracy boarding and search and rescue")],
    aid=[dict(donor="KEN", recv="TZA", what="floods in the Rufiji basin", place="Rufiji",
              items="Kenya Red Cross volunteers and 50 tonnes of food"),
         dict(donor="TZA", recv="KEN", what="flooding in the Tana river delta", place="Garissa",
              items="relief supplies and a medical team")],
    transport=["a new bus terminal at Namanga", "the upgrade of the Malindi-Bagamoyo highway", "daily flights from Nairobi to Zanzibar",
               "a ferry between Mombasa and Tanga"],
    culture=["a Swahili literature festival in Zanzibar", "a joint film festival in Arusha", "a taarab music tour",
             "a Maasai cultural heritage exhibition"],
    tourism=dict(who="Kenyan", where="Zanzibar and Arusha", n=(180.0, 230.0), unit="thousand visitors this year"),
    dispute=["Kenyan milk and Tanzanian maize at the EAC non-tariff barriers committee", "work permit fees",
             "cigarette excise rules"],
    consular=["work permits for Kenyan teachers", "the EAC single tourist visa", "the registration of traders at Namanga"],
    deals=[("a deal to supply geothermal expertise", "energy", "energy"), ("a joint venture in cement", "industry", "industry"),
           ("a mobile-money interoperability agreement", "tech", "tech"), ("a logistics deal at Dar es Salaam port", "transport", "transport")],
    pricewars=[("mobile-money transfer fees", "tech", "tech"), ("bus fares between Nairobi and Arusha", "transport", "transport")],
    sport=[dict(sport="football", comp="a CECAFA Senior Challenge Cup match", teams=None,
                venues={"KEN": "Nairobi", "TZA": "Dar es Salaam"}),
           dict(sport="football", comp="an international friendly ahead of the 2027 Africa Cup of Nations", teams=None,
                venues={"KEN": "Nairobi", "TZA": "Arusha"})],
    congrats=["the approaching anniversary of independence", "the opening of a new stadium for the 2027 Africa Cup of Nations", "the appointment of a new cabinet"],
    programmes=["the joint Lake Victoria fisheries management plan", "the Serengeti-Mara wildlife cooperation", "the teachers' exchange"],
    forum=["a Kenya-Tanzania business forum in Arusha", "the East African Business Council meeting"],
    histitems=[
        dict(head=["EAC turns 27: from a closed border to a common market",
                   "Remembering 1977, when the border closed"],
             lead=["Ahead of EAC Day on November 30, officials in Arusha on {wd} recalled the 1999 treaty that revived the East African Community, 22 years after the first bloc collapsed.",
                   "Historians speaking in Nairobi on {wd} revisited the collapse of the first East African Community in 1977, when the Kenya-Tanzania border was closed for six years."],
             facts=["The border reopened in 1983 after a mediation by the World Bank on the division of the bloc's assets.",
                    "Trade between the two countries is now more than ten times its level in the 1980s.",
                    "The bloc now has eight members."],
             when=[9, 10, 11, 12, 13]),
        dict(head=["Obituary: Brig-Gen Salim Mkwawa, veteran of the 1979 Kagera war",
                   "Tanzanian general who served in Kagera war dies at 90"],
             lead=["Retired Brigadier-General Salim Mkwawa, who served in the 1978-79 Kagera war and later led EAC defence liaison, died in Dar es Salaam on {wd} at 90.",
                   "Salim Mkwawa, a Tanzanian general who fought in the Kagera war of 1978-79, has died at 90, the army said on {wd}."],
             facts=["He later helped draft the EAC defence protocol signed in 2012.",
                    "Kenyan officers remembered him as a strong advocate of joint training.",
                    "He will be buried in his home region of Iringa."],
             when=None),
    ],
)

PD["GHA-NGA"] = dict(
    region="The Sahel Monitor",
    topics=["the ECOWAS trade liberalisation scheme", "the West African Gas Pipeline", "free movement of people",
            "maritime security in the Gulf of Guinea", "retail trade rules for foreign traders", "the regional electricity market",
            "the Lagos-Abidjan highway", "the single currency project"],
    upcoming=["the ECOWAS summit in December", "the Lagos-Abidjan corridor ministerial", "the Permanent Joint Commission session",
              "the AfCFTA council of ministers"],
    multilat=["ECOWAS", "the African Union", "the Commonwealth", "the United Nations"],
    ties=["Nigerians are the largest foreign community in {GHA}, and Ghanaian traders are a fixture of Lagos markets.",
          "The West African Gas Pipeline has carried Nigerian gas to Ghanaian power stations since 2010.",
          "Trade between the two countries is worth around 1 billion dollars a year, much of it informal."],
    hist=["In 1969 {GHA} expelled hundreds of thousands of Nigerians under the Aliens Compliance Order.",
          "In 1983 {NGA} ordered out more than a million Ghanaians, an exodus remembered by the 'Ghana Must Go' bags.",
          "A row in 2020 over the closure of Nigerian-owned shops in Accra was settled through diplomatic talks.",
          "Both countries were founding members of ECOWAS under the 1975 Treaty of Lagos.",
          "Ghanaian and Nigerian troops served side by side in the ECOMOG force in Liberia and Sierra Leone in the 1990s."],
    exports={"GHA": ["cocoa products", "processed food", "plastics", "cement"],
             "NGA": ["natural gas", "refined fuel", "consumer goods", "fertiliser"]},
    trade=(75.0, 95.0, "million dollars", "month"),
    commission=["the Ghana-Nigeria Permanent Joint Commission for Cooperation", "the joint trade committee"],
    exercise=[dict(name="Obangame Sentinel", where="the Gulf of Guinea",
                   what="patrol boats and aircraft from the two navies practising counter-piracy boarding"),
              dict(name="Atlantic Partner", where="waters off Tema and Lagos", what="a maritime interdiction and search-and-rescue drill")],
    aid=[dict(donor="NGA", recv="GHA", what="a fire at Kumasi's Kejetia market", place="Kumasi",
              items="relief funds for traders who lost their stalls"),
         dict(donor="GHA", recv="NGA", what="floods in Kogi state", place="Lokoja",
              items="medical supplies and food from Ghana's disaster agency")],
    transport=["new flights from Kumasi to Lagos", "a bus line from Accra to Lagos via Aflao and Seme",
               "faster clearance at the Seme border", "a coastal cargo shipping service"],
    culture=["a highlife and Afrobeats festival in Accra", "the annual 'jollof war' cook-off", "a Nollywood-Ghallywood film week",
             "a pan-African book festival in Lagos"],
    tourism=dict(who="Nigerian", where="Accra and Cape Coast", n=(280.0, 340.0), unit="thousand visitors this year"),
    dispute=["Ghana's retail rules for foreign traders", "rules of origin for Ghanaian-made goods", "rice smuggling and border checks"],
    consular=["registration of Nigerian traders in Accra", "the ECOWAS passport", "student visas and fees"],
    deals=[("a gas supply contract", "energy", "energy"), ("a cement joint venture", "industry", "industry"),
           ("a fintech payment link", "tech", "tech"), ("a bank acquisition", "finance", "finance")],
    pricewars=[("data prices", "tech", "tech"), ("fares between Accra and Lagos", "air", "air")],
    sport=[dict(sport="football", comp="an international friendly", teams=None,
                venues={"GHA": "Kumasi", "NGA": "Lagos"}),
           dict(sport="football", comp="a CAF Confederation Cup group match",
                teams={"GHA": "Accra Hearts United", "NGA": "Enugu Rangers International"}, venues={"GHA": "Accra", "NGA": "Enugu"})],
    congrats=["the swearing-in of new cabinet ministers", "the launch of a single-window customs system", "the successful hosting of a regional summit"],
    programmes=["the bilateral visa-free business travel scheme", "a teachers' exchange", "the joint anti-piracy arrangement"],
    forum=["a Ghana-Nigeria business forum in Lagos", "the AfCFTA trade fair in Accra"],
    histitems=[
        dict(head=["'Ghana Must Go': the bag that carries a history",
                   "A museum in Accra revisits the expulsions of 1969 and 1983"],
             lead=["An exhibition that opened in Accra on {wd} revisits the expulsions of 1969 and 1983, when first Nigerians and then Ghanaians were ordered out of each other's countries.",
                   "Historians in Lagos on {wd} discussed the 1983 expulsion of Ghanaians from {NGA}, remembered by the chequered 'Ghana Must Go' bags."],
             facts=["The exhibition includes a chequered bag donated by a family that left Lagos in 1983.",
                    "Organisers said the point was to show 'how far the two peoples have come'.",
                    "ECOWAS free movement rules were adopted in 1979 but applied only gradually."],
             when=None),
        dict(head=["Obituary: Maj-Gen Olusegun Adebanjo, ECOMOG commander",
                   "Nigerian general who led ECOMOG troops dies at 88"],
             lead=["Retired Major-General Olusegun Adebanjo, who commanded ECOMOG troops in Liberia in the 1990s alongside Ghanaian contingents, died in Ibadan on {wd} aged 88.",
                   "Olusegun Adebanjo, the Nigerian general who led the West African peacekeeping force in Liberia in 1993, died on {wd}."],
             facts=["Ghanaian officers recalled his close cooperation with their contingent in Monrovia.",
                    "He later taught at the Kofi Annan peacekeeping centre in Accra.",
                    "He will be buried with military honours."],
             when=None),
    ],
)

PD["FIN-SWE"] = dict(
    region=None,
    topics=["NATO's northern plans", "Arctic cooperation", "electricity transmission across the Gulf of Bothnia", "the Torne river",
            "the Åland islands", "railway links to Haparanda", "forestry and EU rules", "Nordic defence integration",
            "Swedish-language education in Finland"],
    upcoming=["the Nordic Council session", "the NATO foreign ministers' meeting", "the Finnish-Swedish government consultations",
              "the Baltic Sea states' summit"],
    multilat=["the European Union", "NATO", "the Nordic Council", "the Council of the Baltic Sea States"],
    ties=["Swedish is an official language of {FIN}, and about 5% of Finns speak it as their mother tongue.",
          "{SWE} is home to around 700,000 people of Finnish descent.",
          "The Tornio-Haparanda twin city shares a shopping centre, a golf course and a joint school."],
    hist=["{FIN} was part of the Swedish realm for about 600 years until the Finnish War of 1808-09.",
          "A dispute over the Åland islands was settled by the League of Nations in 1921, leaving them Finnish and demilitarised.",
          "Some 8,000 Swedish volunteers fought for {FIN} in the Winter War of 1939-40.",
          "Some 70,000 Finnish children were evacuated to {SWE} during the Second World War.",
          "The two countries joined the EU together in 1995 and NATO in 2023 and 2024 respectively."],
    exports={"FIN": ["paper and pulp", "steel", "machinery", "electricity"],
             "SWE": ["cars", "refined fuel", "food", "telecom equipment"]},
    trade=(1.6, 2.0, "billion euros", "month"),
    commission=["the Finnish-Swedish Transboundary River Commission", "the Finnish-Swedish government consultations"],
    exercise=[dict(name="Northern Viking", where="the Gulf of Bothnia and the Åland Sea",
                   what="Finnish and Swedish navy ships, coastal troops and helicopters"),
              dict(name="Arctic Challenge", where="air bases at Rovaniemi and Luleå",
                   what="fighter jets from both air forces and other Nordic states")],
    aid=[dict(donor="FIN", recv="SWE", what="an autumn storm that cut power in Norrland", place="Sundsvall",
              items="line crews and mobile generators"),
         dict(donor="SWE", recv="FIN", what="forest fires in Lapland", place="Rovaniemi",
              items="two water-bombing helicopters")],
    transport=["direct trains from Luleå to Oulu through Haparanda", "a new ferry between Vaasa and Umeå", "more flights from Helsinki to Gothenburg",
               "a second power cable across the Gulf of Bothnia"],
    culture=["a Sibelius and Stenhammar concert", "a Moomin exhibition in Stockholm", "the Finland-Swedish literature prize",
             "a Nordic design week in Helsinki"],
    tourism=dict(who="Swedish", where="Helsinki and Lapland", n=(520.0, 600.0), unit="thousand overnight stays so far this year"),
    dispute=["cross-border power transmission capacity", "salmon quotas on the Torne river", "rules on snus in border shops"],
    consular=["cross-border workers in the Tornio valley", "pension rules for Finns in Sweden", "ID cards at the Åland ferries"],
    deals=[("a fossil-free steel supply contract", "industry", "industry"), ("a forest-products merger", "consumer", "industry"),
           ("a battery-materials joint venture", "energy", "energy"), ("a ferry order", "transport", "transport")],
    pricewars=[("ferry fares between Helsinki and Stockholm", "transport", "transport"), ("grocery prices in the Tornio valley", "consumer", "consumer")],
    sport=[dict(sport="hockey", comp="a Euro Hockey Tour game", teams=None, venues={"FIN": "Helsinki", "SWE": "Stockholm"}),
           dict(sport="floorball", comp="a pre-championship floorball international", teams=None, venues={"FIN": "Tampere", "SWE": "Gothenburg"}),
           dict(sport="hockey", comp="a Champions Hockey League match",
                teams={"FIN": "Tampere Ilves", "SWE": "Luleå Vargar"}, venues={"FIN": "Tampere", "SWE": "Luleå"})],
    congrats=["the approaching Independence Day", "the election of a new speaker of parliament", "a successful Nordic Council session"],
    programmes=["the joint defence plan", "the Finnish-Swedish cultural fund", "the border river fisheries agreement"],
    forum=["a Nordic energy forum in Helsinki", "a Finnish-Swedish chamber of commerce meeting"],
    histitems=[
        dict(head=["Winter War anniversary: Swedish volunteers remembered",
                   "87 years on, Sweden's Winter War volunteers are not forgotten"],
             lead=["With the anniversary of the Winter War falling on November 30, a ceremony in Tornio on {wd} honoured the Swedish volunteers who fought for {FIN} in 1939-40.",
                   "A memorial service in Stockholm on {wd} recalled the Swedish volunteer corps that joined {FIN}'s fight in the Winter War, which began on November 30, 1939."],
             facts=["About 8,000 Swedes volunteered, and some 30 were killed.",
                    "The war ended in March 1940 with the loss of Karelia.",
                    "Descendants of volunteers read from letters sent home from the front."],
             when=[10, 11, 12, 13]),
        dict(head=["Obituary: Aune Lindqvist, one of Sweden's Finnish 'war children'",
                   "A war child who became a bridge between Finland and Sweden"],
             lead=["Aune Lindqvist, one of the 70,000 Finnish children sent to {SWE} during the Second World War, has died aged 88, her family said on {wd}.",
                   "Aune Lindqvist, evacuated to {SWE} at the age of four in 1942, has died at 88."],
             facts=["She stayed in {SWE} after 1945 and later led an association of former war children.",
                    "She often said she was 'a Finn by birth and a Swede by chance'.",
                    "The war children's story was long a taboo in both countries."],
             when=None),
    ],
)

PD["QAT-TUR"] = dict(
    region="Levant Dispatch",
    topics=["defence industry cooperation", "LNG supply", "Qatari investment", "the Supreme Strategic Committee",
            "regional diplomacy", "construction contracts", "media and education cooperation", "currency swap lines"],
    upcoming=["the Supreme Strategic Committee meeting", "the OIC summit", "the Doha Forum", "the Antalya Diplomacy Forum"],
    multilat=["the OIC", "the United Nations", "the Gulf Cooperation Council's dialogue with Ankara", "the G20"],
    ties=["Turkey has kept a military base in Qatar since 2015, under a 2014 defence agreement.",
          "Qatari investment in Turkey is estimated at more than 30 billion dollars.",
          "The two countries have held a Supreme Strategic Committee every year since 2015."],
    hist=["Turkey sent troops and food to Qatar during the 2017-21 blockade imposed by four Arab states.",
          "An Ottoman garrison left Doha in 1915, ending Ottoman rule in Qatar.",
          "A 2018 Qatari currency swap helped Turkey during a lira crisis.",
          "The two countries signed a free-trade agreement in 2016."],
    exports={"QAT": ["LNG", "petrochemicals", "aluminium"], "TUR": ["food", "furniture", "construction materials", "textiles"]},
    trade=(230.0, 290.0, "million dollars", "month"),
    commission=["the Qatar-Turkey Supreme Strategic Committee's preparatory committee", "the Joint Economic Commission"],
    exercise=[dict(name="Nasr", where="training areas in Qatar", what="troops, armour and special forces from both armies"),
              dict(name="Gulf Shield Turquoise", where="waters off Qatar", what="Turkish and Qatari naval vessels")],
    aid=[dict(donor="QAT", recv="TUR", what="a magnitude 5.9 earthquake in Malatya province", place="Malatya",
              items="container homes and funds through the Qatar Fund for Development"),
         dict(donor="TUR", recv="QAT", what="a flash flood in Doha's low-lying districts", place="Doha",
              items="pumps and a team of engineers")],
    transport=["extra flights between Doha and Istanbul", "new flights to Antalya", "a shipping link from Mersin to Hamad port",
               "a visa facility for business travellers"],
    culture=["a Turkish film week in Doha", "an Ottoman manuscripts exhibition at a Doha museum", "Turkish-language courses at Qatar University",
             "a calligraphy festival in Istanbul"],
    tourism=dict(who="Qatari", where="Istanbul and Trabzon", n=(140.0, 180.0), unit="thousand visitors this year"),
    dispute=["rules of origin in the free trade agreement", "steel import duties", "a construction contract arbitration"],
    consular=["visa-free travel", "residency for Turkish workers", "recognition of engineering diplomas"],
    deals=[("a drone and naval patrol vessel contract", "finance", "tech"), ("LNG supply", "energy", "energy"),
           ("a Qatari stake in a Turkish port", "finance", "transport"), ("a construction joint venture", "industry", "industry")],
    pricewars=[("fares between Doha and Istanbul", "air", "air")],
    sport=[dict(sport="basketball", comp="an exhibition game in the run-up to the 2027 Basketball World Cup in Qatar", teams=None,
                venues={"QAT": "Lusail", "TUR": "Istanbul"}),
           dict(sport="football", comp="an international friendly", teams=None, venues={"QAT": "Doha", "TUR": "Antalya"})],
    congrats=["the anniversary of the defence agreement", "the election of a new parliament speaker", "the approaching National Day"],
    programmes=["the defence cooperation agreement", "the joint investment fund", "the media cooperation programme"],
    forum=["a Qatar-Turkey business forum in Istanbul", "a Turkish construction expo in Doha"],
    histitems=[
        dict(head=["Analysis: the Ottoman past and the Gulf present",
                   "From a garrison in 1915 to a base in 2015"],
             lead=["A century after the last Ottoman garrison left Doha in 1915, Turkish troops returned under a 2014 defence pact, historians reminded a seminar in Istanbul on {wd}.",
                   "Scholars meeting in Doha on {wd} traced ties from the Ottoman presence in the 19th century to the 2017 blockade."],
             facts=["The Ottoman presence in Qatar began in 1871.",
                    "Turkey's support during the 2017 blockade is still cited by Qatari officials.",
                    "The base hosts about 3,000 Turkish personnel."],
             when=None),
    ],
)

PD["CZE-POL"] = dict(
    region=None,
    topics=["the Visegrad group", "cross-border transport", "the Turów mine agreement", "energy security", "nuclear power plans",
            "the Oder river", "the EU budget", "defence cooperation", "the Cieszyn region"],
    upcoming=["the Visegrad summit", "next month's European Council", "the Czech-Polish intergovernmental consultations",
              "the Three Seas summit"],
    multilat=["the European Union", "NATO", "the Visegrad Group", "the Three Seas Initiative"],
    ties=["{POL} is the Czech Republic's second-largest trading partner after Germany.",
          "The twin towns of Cieszyn and Český Těšín are linked by bridges over the Olza river.",
          "Bilateral trade reached about 40 billion euros last year."],
    hist=["The two countries fought a brief war over Těšín Silesia in January 1919.",
          "Poland annexed the Zaolzie area in 1938, a fact historians revisit each year.",
          "Polish troops took part in the 1968 Warsaw Pact invasion of Czechoslovakia.",
          "A dispute over the Turów lignite mine went to the EU Court of Justice in 2021 and was settled in 2022.",
          "Polish and Czechoslovak dissidents met secretly on the Karkonosze ridge in 1978."],
    exports={"CZE": ["cars", "machinery", "electrical equipment"], "POL": ["food", "coal", "furniture", "steel"]},
    trade=(3.2, 3.8, "billion euros", "month"),
    commission=["the Czech-Polish intergovernmental commission for cross-border cooperation", "the joint Turów monitoring commission"],
    exercise=[dict(name="Krkonoše Rescue", where="the Giant Mountains", what="mountain rescue, army and fire units"),
              dict(name="Tatra Shield", where="ranges in Silesia", what="mechanised units from both armies")],
    aid=[dict(donor="CZE", recv="POL", what="flooding on the Nysa Kłodzka", place="Kłodzko", items="pumps and fire crews"),
         dict(donor="POL", recv="CZE", what="a forest fire in Bohemian Switzerland", place="Hřensko", items="firefighters and helicopters")],
    transport=["a new railway connection between Prague and Wrocław", "cross-border bus lines in the Cieszyn area",
               "a motorway section near Kudowa", "faster trains between Ostrava and Katowice"],
    culture=["a Czech film festival in Kraków", "a Polish jazz festival in Prague", "an exhibition on Czech and Polish poster art",
             "a joint theatre festival in Cieszyn"],
    tourism=dict(who="Polish", where="Prague and the Krkonoše mountains", n=(2.1, 2.5), unit="million overnight stays this year"),
    dispute=["the Turów settlement's monitoring", "cross-border fuel prices", "an EU inquiry into coal subsidies"],
    consular=["cross-border workers in Cieszyn", "pensions for Polish workers in Ostrava", "Czech property tax for Polish residents"],
    deals=[("a nuclear components contract", "industry", "industry"), ("a power grid deal", "energy", "energy"),
           ("a supermarket chain merger", "consumer", "consumer"), ("a logistics partnership", "transport", "transport")],
    pricewars=[("coach fares between Prague and Kraków", "transport", "transport"), ("supermarket prices in border towns", "consumer", "consumer")],
    sport=[dict(sport="football", comp="a Nations League match", teams=None, venues={"CZE": "Prague", "POL": "Warsaw"}),
           dict(sport="volleyball", comp="a CEV Champions League match",
                teams={"CZE": "VK Labe Liberec", "POL": "Karpaty Rzeszów"}, venues={"CZE": "Liberec", "POL": "Rzeszów"}),
           dict(sport="hockey", comp="a Champions Hockey League match",
                teams={"CZE": "HC Ocelář Ostrava", "POL": "KH Śląsk Katowice"}, venues={"CZE": "Ostrava", "POL": "Katowice"})],
    congrats=["the anniversary of November 17, 1989", "the appointment of a new foreign minister", "the opening of a new motorway section"],
    programmes=["the Czech-Polish Forum grants", "the Interreg cross-border programme", "a joint rescue service agreement"],
    forum=["a Czech-Polish business forum in Ostrava", "a Three Seas investment forum"],
    histitems=[
        dict(head=["Poles join Prague's commemoration of November 17",
                   "Polish guests at Czech freedom day ceremonies"],
             lead=["Polish officials and former dissidents joined Czech commemorations in Prague on {wd} marking the student protests of 1939 and the Velvet Revolution of 1989.",
                   "On the anniversary of the 1989 Velvet Revolution, a Polish delegation laid flowers at Národní třída in Prague on {wd}."],
             facts=["Polish and Czechoslovak dissidents had met secretly on the Karkonosze ridge in 1978.",
                    "The 1939 protests were crushed by Nazi occupiers, who closed Czech universities.",
                    "Organisers recalled that Polish Solidarity inspired Czech activists in 1980."],
             when=[1]),
        dict(head=["Historians revisit the seven-day war of 1919",
                   "A forgotten war: Czechs and Poles recall 1919"],
             lead=["Historians from both countries met in Cieszyn on {wd} to discuss the Seven-Day War of January 1919 over Těšín Silesia.",
                   "A new book presented in Český Těšín on {wd} revisits the brief 1919 war between Czechoslovakia and Poland."],
             facts=["The conflict was settled by a 1920 arbitration that split the city along the Olza river.",
                    "Poland annexed the Czech part in 1938.",
                    "Today the two towns share a tram and a festival."],
             when=None),
    ],
)

PD["KOR-VNM"] = dict(
    region="Asia Current",
    topics=["trade and investment", "semiconductors", "critical minerals", "labour migration", "nuclear power", "defence industry",
            "climate finance", "the 150-billion-dollar trade target"],
    upcoming=["the ASEAN-Korea summit", "the APEC meetings", "the Joint Committee on trade", "the 34th anniversary of ties in December"],
    multilat=["ASEAN", "APEC", "the United Nations", "the Mekong-Korea partnership"],
    ties=["{KOR} is {VNM}'s largest foreign investor, with more than 90 billion dollars invested.",
          "About 300,000 Vietnamese live in {KOR}, and Korean tourists are the second-largest group in {VNM}.",
          "Bilateral trade reached about 87 billion dollars last year."],
    hist=["South Korean troops fought in the Vietnam War from 1964 to 1973.",
          "The two countries established diplomatic relations in December 1992.",
          "Ties were upgraded to a comprehensive strategic partnership in 2022."],
    exports={"KOR": ["semiconductors", "display panels", "machinery", "steel"],
             "VNM": ["smartphones", "textiles", "seafood", "coffee"]},
    trade=(7.0, 8.1, "billion dollars", "month"),
    commission=["the Joint Committee on Economy, Trade and Industry", "the labour cooperation committee"],
    exercise=[dict(name="Blue Lotus", where="waters off Da Nang", what="coast guard vessels in search and rescue"),
              dict(name="Mekong Rescue", where="Hai Phong", what="disaster relief units")],
    aid=[dict(donor="KOR", recv="VNM", what="floods in central Vietnam", place="Hue", items="2 million dollars, water purifiers and rice")],
    transport=["direct flights from Busan to Phu Quoc", "new flights from Daegu to Da Nang", "a shipping line from Incheon to Hai Phong",
               "a metro line in Hanoi built by a Korean consortium"],
    culture=["a K-pop concert in Hanoi", "a Vietnamese film week in Seoul", "a Korean language centre in Da Nang", "a Vietnamese food festival in Busan"],
    tourism=dict(who="South Korean", where="Da Nang and Nha Trang", n=(3.8, 4.3), unit="million arrivals this year"),
    dispute=["Vietnamese anti-dumping duties on Korean steel", "a review of rules of origin", "labour brokers' fees"],
    consular=["the Employment Permit System quota", "marriage migrants' visas", "overstayers"],
    deals=[("a semiconductor packaging plant", "tech", "industry"), ("an LNG power plant", "energy", "energy"),
           ("a shipyard joint venture", "industry", "industry"), ("a coffee chain franchise", "consumer", "consumer")],
    pricewars=[("fares between Seoul and Da Nang", "air", "air"), ("coffee prices in Hanoi", "consumer", "consumer")],
    sport=[dict(sport="football", comp="an AFC Champions League Two group match",
                teams={"KOR": "Incheon Gulls FC", "VNM": "Thang Long FC"}, venues={"KOR": "Incheon", "VNM": "Hanoi"}),
           dict(sport="football", comp="an Under-23 friendly", teams=None, venues={"KOR": "Seoul", "VNM": "Ho Chi Minh City"})],
    congrats=["the successful launch of a weather satellite", "the appointment of a new foreign minister", "the approaching anniversary of diplomatic ties"],
    programmes=["the Employment Permit System", "the Korea-Vietnam science fund", "the Saemaul rural development programme"],
    forum=["a Korea-Vietnam business forum in Hanoi", "a semiconductor investment forum in Bac Ninh"],
    histitems=[
        dict(head=["Obituary: Col. Choi Byung-ho, war veteran who built schools in Quang Nam",
                   "Korean Vietnam War veteran who funded schools dies at 85"],
             lead=["Choi Byung-ho, a retired colonel who served in the Vietnam War and later funded schools in Quang Nam province, died in Seoul on {wd} at 85.",
                   "Retired colonel Choi Byung-ho, who fought in the Vietnam War in the late 1960s and returned decades later to build schools, has died."],
             facts=["He served in central Vietnam in 1967 and 1968.",
                    "Since 2000 he had funded seven schools.",
                    "Vietnamese officials in Quang Nam sent condolences."],
             when=None),
    ],
)

PD["EGY-SAU"] = dict(
    region="Levant Dispatch",
    topics=["Saudi investment", "the electricity interconnection", "the Red Sea", "food security", "Egyptian workers",
            "regional diplomacy", "the Supreme Coordination Council", "tourism"],
    upcoming=["the Supreme Coordination Council meeting", "the Arab League summit", "the OIC meetings", "the Future Investment Initiative"],
    multilat=["the Arab League", "the OIC", "the United Nations", "the G20"],
    ties=["More than two million Egyptians live in {SAU}, the largest Egyptian community abroad.",
          "Saudi investment in {EGY} is estimated at more than 35 billion dollars.",
          "A power link between the two grids is due to start operating next year."],
    hist=["The two countries backed opposing sides in the 1962-70 civil war in North Yemen.",
          "Riyadh cut ties with Cairo after the 1979 Camp David accords; they were restored in 1987.",
          "{EGY} transferred Tiran and Sanafir islands to {SAU} under a 2016 agreement.",
          "{SAU} backed {EGY} with an oil embargo during the 1973 war."],
    exports={"EGY": ["fruit and vegetables", "furniture", "pharmaceuticals"], "SAU": ["petrochemicals", "plastics", "fuel"]},
    trade=(0.9, 1.2, "billion dollars", "month"),
    commission=["the Egyptian-Saudi Supreme Coordination Council", "the joint business council"],
    exercise=[dict(name="Morgan", where="the Red Sea", what="the two navies"), dict(name="Faisal", where="the Western Desert", what="air forces")],
    aid=[dict(donor="SAU", recv="EGY", what="flash floods in Aswan", place="Aswan", items="relief supplies")],
    transport=["extra flights for Umrah pilgrims", "a ferry between Safaga and Duba", "a land transport corridor",
               "new flights from Sohag to Riyadh"],
    culture=["an Egyptian film week in Jeddah", "the Cairo book fair's Saudi guest of honour programme", "an Egyptian antiquities exhibition in Riyadh",
             "a Saudi music festival in Cairo"],
    tourism=dict(who="Saudi", where="the Red Sea coast and Cairo", n=(1.0, 1.3), unit="million visitors this year"),
    dispute=["agricultural import standards", "rules of origin", "fees for recruiting workers"],
    consular=["work visas", "Umrah visas", "recruitment fees"],
    deals=[("a renewable energy plant", "energy", "energy"), ("a fertiliser venture", "industry", "industry"),
           ("a real estate project", "finance", "industry"), ("a dairy plant", "consumer", "consumer")],
    pricewars=[("Umrah package prices", "air", "air")],
    sport=[dict(sport="football", comp="an international friendly", teams=None, venues={"EGY": "Cairo", "SAU": "Jeddah"})],
    congrats=["the anniversary of the king's accession", "the appointment of a new cabinet", "the success of an international conference held in the country"],
    programmes=["the Saudi fund's projects", "the labour agreement", "the electricity interconnection"],
    forum=["a Saudi-Egyptian investment forum in Cairo", "the joint business council"],
    histitems=[],
)

# -- enrichments / corrections
PD["ESP-ITA"]["hist"][3] = ("{ITA} won the 1982 World Cup final in Madrid, a match still recalled fondly in Rome "
                            "and with a touch of wistfulness in Spain.")
PD["QAT-TUR"]["exercise"] = [
    dict(name="Nasr-2026", where="the Al Udeid and Al Rayyan training areas",
         what="Qatari and Turkish armoured units, special forces and attack helicopters"),
    dict(name="Gulf Turquoise", where="waters off Ras Laffan",
         what="Turkish and Qatari corvettes, fast patrol boats and naval commandos practising the protection of offshore energy sites")]
PD["QAT-TUR"]["histitems"].append(dict(
    head=["Obituary: Ahmet Karaosmanoğlu, engineer who built Doha's first Turkish-run port",
          "Turkish engineer who helped build Qatar's ports dies at 86"],
    lead=["Ahmet Karaosmanoğlu, a Turkish civil engineer who supervised harbour works in Doha in the 1970s, died in Istanbul on {wd} aged 86.",
          "Turkish engineer Ahmet Karaosmanoğlu, among the first Turkish contractors to work in Qatar in the 1970s, has died at 86, his family said on {wd}."],
    facts=["He first arrived in Doha in 1974, three years after Qatar's independence.",
           "Turkish builders now hold contracts worth more than 20 billion dollars in Qatar.",
           "Qatar's embassy in Ankara sent condolences."],
    when=None))
PD["CZE-POL"]["exercise"] = [
    dict(name="Krkonoše Rescue", where="the Giant Mountains on both sides of the border",
         what="army engineers, mountain rescue teams and fire brigades rehearsing a winter avalanche response"),
    dict(name="Silesian Shield", where="the training area at Libavá and the Polish range at Żagań",
         what="Czech and Polish mechanised infantry with tanks and artillery, as part of NATO planning")]
PD["KOR-VNM"]["exercise"] = [
    dict(name="Blue Lotus", where="waters off Da Nang",
         what="coast guard cutters and helicopters from both countries practising search and rescue at sea"),
    dict(name="Mekong Shield", where="Hai Phong and the Red River delta",
         what="disaster-relief units, army engineers and medical teams in a typhoon-response drill")]
PD["KOR-VNM"]["aid"] = [
    dict(donor="KOR", recv="VNM", what="floods in central Vietnam", place="Hue",
         items="2 million dollars in emergency aid, water purifiers and 500 tonnes of rice"),
    dict(donor="KOR", recv="VNM", what="landslides in Quang Ngai province", place="Quang Ngai",
         items="a rescue team and emergency shelters from the Korea Disaster Relief Team")]
PD["KOR-VNM"]["histitems"].append(dict(
    head=["Thirty-four years of ties: from foes to partners",
          "Historians recall 1992 normalisation"],
    lead=["A seminar in Hanoi on {wd} looked back at the normalisation of ties between {VNM} and {KOR} in December 1992, two decades after Korean troops left Vietnam in 1973.",
          "Scholars in Seoul discussed on {wd} how {KOR} and {VNM} moved from the battlefields of the 1960s to a comprehensive strategic partnership in 2022."],
    facts=["About 320,000 South Korean troops served in Vietnam between 1964 and 1973.",
           "Trade has grown more than 150-fold since 1992.",
           "Some 80,000 Korean-Vietnamese families live in Korea today."],
    when=None))
PD["EGY-SAU"]["exercise"] = [
    dict(name="Morgan-22", where="the Red Sea off Safaga",
         what="Egyptian and Saudi naval units, special forces and helicopters"),
    dict(name="Faisal-14", where="air bases in the Western Desert",
         what="fighter jets and refuelling aircraft from the two air forces")]
PD["EGY-SAU"]["aid"] = [
    dict(donor="SAU", recv="EGY", what="flash floods in Aswan and Qena", place="Aswan",
         items="relief supplies, tents and funds from the Saudi relief agency"),
    dict(donor="EGY", recv="SAU", what="torrential rains in Jeddah", place="Jeddah",
         items="an Egyptian civil defence team and pumps")]
PD["EGY-SAU"]["histitems"] = [
    dict(head=["Obituary: General Fouad Abdel-Meguid, veteran of Yemen and 1973",
               "Egyptian general who served in Yemen and 1973 war dies at 91"],
         lead=["Retired general Fouad Abdel-Meguid, who served in Yemen in the 1960s and commanded a brigade in the 1973 war, died in Cairo on {wd} aged 91.",
               "Fouad Abdel-Meguid, an Egyptian general who fought in Yemen during the 1962-70 civil war, has died at 91, his family said on {wd}."],
         facts=["He later served as defence attaché in Riyadh in the 1980s, after ties were restored in 1987.",
                "Saudi officials described him as 'a friend of the kingdom'.",
                "He wrote a memoir about the Yemen years."],
         when=None),
    dict(head=["Historians revisit the 1973 oil embargo",
               "Fifty-three years on, 1973 still shapes ties"],
         lead=["A conference in Cairo on {wd} revisited the 1973 oil embargo, when {SAU} cut exports in support of {EGY}.",
               "Egyptian and Saudi historians met in Riyadh on {wd} to discuss ties since the 1960s."],
         facts=["Ties were cut after the 1979 Camp David accords and restored in 1987.",
                "The two countries backed opposing sides in North Yemen in the 1960s.",
                "The 2016 islands agreement remains a reference in legal scholarship."],
         when=None)]


PD["MEX-USA"]["sport"].append(dict(sport="football", comp="a women's international friendly", teams=None,
                                  venues={"MEX": "Monterrey", "USA": "San Diego"}))
PD["KEN-TZA"]["sport"].append(dict(sport="football", comp="a CAF Champions League second-round tie",
                                  teams={"KEN": "Kisumu Lakeside FC", "TZA": "Dar Mabingwa SC"},
                                  venues={"KEN": "Kisumu", "TZA": "Dar es Salaam"}))
PD["EGY-SAU"]["sport"].append(dict(sport="football", comp="a club friendly",
                                  teams={"EGY": "Nile Stars SC", "SAU": "Al Waha FC"}, venues={"EGY": "Cairo", "SAU": "Jeddah"}))
PD["QAT-TUR"]["sport"].append(dict(sport="volleyball", comp="a women's club volleyball friendly",
                                  teams={"QAT": "Al Dafna Volleyball Club", "TUR": "Ege Spor Kulübü"}, venues={"QAT": "Doha", "TUR": "Izmir"}))
PD["ESP-ITA"]["sport"][0]["venues"] = {"ESP": "Málaga", "ITA": "Málaga"}
ALL = list(range(14))
SPORT_WIN = {
    "DEU-FRA": [(range(8, 14), 2), ([1, 2, 8, 9], 1), ([0, 1], 1)],
    "ESP-ITA": [([3, 4], 1), (range(10, 14), 1), ([1, 2, 8, 9], 1)],
    "CAN-USA": [(range(2, 7), 2), ([0, 1], 1)],
    "AUS-IDN": [([0, 1], 1), ([4, 5, 6], 1), (range(10, 14), 1)],
    "ARG-BRA": [([0, 1], 1), ([12], 1), ([2, 3, 9, 10], 2)],
    "MEX-USA": [([0, 1], 1), ([5, 12], 1), (range(7, 13), 1)],
    "KEN-TZA": [(ALL, 1), ([0, 1], 1), ([5, 6, 12, 13], 2)],
    "GHA-NGA": [([0, 1], 1), ([2, 3, 9, 10, 12, 13], 2)],
    "FIN-SWE": [(range(0, 7), 1), (range(8, 14), 2), ([1, 2, 8, 9], 1)],
    "QAT-TUR": [(ALL, 2), ([0, 1], 1), ([4, 5, 11, 12], 1)],
    "CZE-POL": [([0, 1], 1), ([1, 2, 8, 9], 1), ([1, 2, 8, 9], 1)],
    "KOR-VNM": [([2, 3, 9, 10], 2), (ALL, 1)],
    "EGY-SAU": [([0, 1], 1), ([5, 6, 12, 13], 1)],
}
for _p, _w in SPORT_WIN.items():
    for _fx, (_days, _legs) in zip(PD[_p]["sport"], _w):
        _fx["days"] = list(_days)
        _fx["legs"] = _legs

MORE_TIES = {
    "DEU-FRA": ["The two governments hold a joint cabinet meeting, the Franco-German Council of Ministers, roughly once a year.",
                "Franco-German cooperation on defence projects has had its ups and downs, but the two remain each other's closest EU partners.",
                "Some 170,000 French students learn German and around 1.2 million Germans learn French at school."],
    "ESP-ITA": ["Spanish and Italian firms are among each other's biggest investors in energy, telecoms and motorways.",
                "The two Mediterranean countries often share positions in Brussels on migration and budget rules.",
                "Italy is the third most popular destination for Spanish tourists in Europe."],
    "CAN-USA": ["About 400,000 people cross the border every day for work, study or leisure.",
                "The two countries jointly manage the Great Lakes, which hold a fifth of the world's surface fresh water.",
                "Canada supplies the bulk of US electricity and crude oil imports."],
    "AUS-IDN": ["Australian aid to Indonesia is among its largest bilateral programmes in the region.",
                "The two militaries hold more than a dozen joint exercises a year.",
                "Bahasa Indonesia has been taught in Australian schools since the 1950s."],
    "ARG-BRA": ["The two countries share a border of about 1,200 km, mostly along the Uruguay and Iguazú rivers.",
                "Some 20,000 Brazilian students are enrolled at Argentine universities, many of them in medicine.",
                "Brazilian carmakers and Argentine parts suppliers operate a largely integrated industry."],
    "MEX-USA": ["The two countries share a 3,100 km border with more than 50 ports of entry.",
                "About a million people cross the border legally every day.",
                "Mexico overtook China as the largest source of US imports in 2023."],
    "KEN-TZA": ["Lake Victoria, shared with Uganda, supports millions of people in fishing communities on both shores.",
                "The Serengeti and Maasai Mara form a single ecosystem straddling the border.",
                "Kenyan banks and insurers have expanded steadily in Tanzania over the past decade."],
    "GHA-NGA": ["The Lagos-Abidjan corridor, which runs through Accra, carries most of the region's road trade.",
                "Nigerian banks hold a significant share of Ghana's banking market.",
                "Friendly rivalry over jollof rice has become a staple of social media banter between the two countries."],
    "FIN-SWE": ["The two countries coordinate closely in NATO's northern planning and in the Nordic Defence Cooperation.",
                "Ferries between Helsinki, Turku and Stockholm carry millions of passengers a year.",
                "Swedish and Finnish companies are among the largest investors in each other's economies."],
    "QAT-TUR": ["Turkish contractors have built stadiums, roads and hospitals in Qatar.",
                "Qatari tourists are among the biggest spenders in Istanbul and the Black Sea region.",
                "The two countries often coordinate on regional mediation efforts."],
    "CZE-POL": ["Polish workers make up one of the largest foreign labour groups in the Moravian-Silesian region.",
                "Czech and Polish rail operators run several cross-border regional lines.",
                "The two countries cooperate closely within the Visegrad Group and NATO's eastern flank planning."],
    "KOR-VNM": ["Korean firms account for roughly a fifth of Vietnam's exports through their local factories.",
                "Some 80,000 Korean-Vietnamese multicultural families live in South Korea.",
                "Korean dramas and music are among the most popular cultural imports in Vietnam."],
    "EGY-SAU": ["Egypt and Saudi Arabia coordinate closely on Red Sea security.",
                "Millions of Egyptians perform Umrah each year, making Egypt one of the largest sources of pilgrims.",
                "Saudi tourists are among the biggest spenders in Cairo and on Egypt's north coast."],
}
for _p, _t in MORE_TIES.items():
    PD[_p]["ties"] += _t


# ---------------------------------------------------------------- context
def day_of(i):
    return PERIOD_START + timedelta(days=i)


def make_ctx(pair, di, rng, host=None):
    a, b = pair.split("-")
    if host is None:
        host = a if rng.random() < 0.5 else b
    guest = b if host == a else a
    A, B = CT[host], CT[guest]
    d = day_of(di)
    c = dict(BASE)
    c.update(A=A["name"], B=B["name"], Aa=A["adj"], Ba=B["adj"], Ac=A["cap"], Bc=B["cap"],
             Al=A["leader"], Bl=B["leader"], Ah=A["head"], Bh=B["head"],
             Afmt=A["fm"][0], Afm=A["fm"][1], Bfmt=B["fm"][0], Bfm=B["fm"][1],
             Atmt=A["tm"][0], Atm=A["tm"][1], Btmt=B["tm"][0], Btm=B["tm"][1],
             Admt=A["dm"][0], Adm=A["dm"][1], Bdmt=B["dm"][0], Bdm=B["dm"][1],
             Acur=A["cur"], Bcur=B["cur"])
    c["a"], c["b"], c["pair"], c["di"] = host, guest, pair, di
    c["Ap"] = A["name"] + ("'" if A["name"].endswith("s") else "'s")
    c["Bp"] = B["name"] + ("'" if B["name"].endswith("s") else "'s")
    c["wd"] = WEEKDAYS[d.weekday()]
    c["yd"] = WEEKDAYS[(d.weekday() - 1) % 7]
    c["md"] = "Nov %d" % d.day
    c["mdl"] = "November %d" % d.day
    for k in range(1, 8):
        c["wd+%d" % k] = WEEKDAYS[(d.weekday() + k) % 7]
    c["tmrw"] = WEEKDAYS[(d.weekday() + 1) % 7]
    pd = PD[pair]
    ts = sample(rng, pd["topics"], 4)
    c["t1"], c["t2"], c["t3"], c["t4"] = ts
    c["up"] = ch(rng, pd["upcoming"])
    c["ml"] = ch(rng, pd["multilat"])
    c["city"] = A["cap"]
    c["acity"] = ch(rng, A["cities"])
    c["bcity"] = ch(rng, B["cities"])
    c["ord"] = ordinal(rng.randint(4, 19))
    c["yrs"] = ch(rng, ["three", "four", "five", "two"])
    return c


def qt(rng, who, text, first=True):
    t = text.strip()
    end = t[-1] if t and t[-1] in ".?!" else "."
    if t.endswith("."):
        t = t[:-1]
    if end in "?!":
        forms = ['"{t}{e}" {w} said.', '"{t}{e}" asked {w}.' if end == "?" else '"{t}{e}" {w} said.',
                 '{W} said: "{t}{e}"']
    else:
        forms = ['"{t}," {w} said.', '"{t}," said {w}.', '{W} told reporters: "{t}."',
                 '"{t}," {w} told a news conference.', '"{t}," {w} said in a statement.', '{W} said: "{t}."',
                 '"{t}," {w} said on the sidelines.', '"{t}," {w} said in remarks broadcast by local media.']
        if not first:
            forms += ['"{t}," {w} added.', '"{t}," {w} went on.']
    wm = who + ("," if "," in who else "")
    forms = [x.replace("{w} ", "{wm} ").replace("{W} ", "{Wm} ") for x in forms]
    return ch(rng, forms).format(t=t, e=end, w=who, W=cap1(who), wm=wm, Wm=cap1(wm))


def who(rng, code, role, name=None, c=None):
    adj = CT[code]["adj"]
    if name is None:
        name = person(rng, code)
    forms = ["{n}, the {a} {r}", "{a} {r} {n}", "{n}, the {a} {r}"]
    return ch(rng, forms).format(n=name, a=adj, r=role)


def spokes(rng, code):
    adj = CT[code]["adj"]
    n = person(rng, code)
    forms = ["a spokesperson for the {a} foreign ministry", "{n}, a spokesperson for the {a} foreign ministry",
             "{a} foreign ministry spokesperson {n}", "{n}, who speaks for the {a} foreign ministry",
             "a senior {a} diplomat who asked not to be named", "an official in the {a} delegation"]
    return ch(rng, forms).format(a=adj, n=n)


def analyst(rng, code=None):
    if code is None or rng.random() < 0.12:
        code = ch(rng, list(CT.keys()))
    n = person(rng, code)
    roles = ["a senior fellow at {tt}", "a researcher at {tt}", "a visiting scholar at {tt}",
             "an analyst at {tt}", "who heads the economics desk at {tt}", "a former diplomat now at {tt}",
             "a political scientist at {tt}", "a regional specialist at {tt}"]
    return "%s, %s" % (n, ch(rng, roles).format(tt=ch(rng, THINK_TANKS)))


def econ(rng, code=None):
    code = code or ch(rng, list(CT.keys()))
    n = person(rng, code)
    return "%s, %s at %s" % (n, ch(rng, ["an economist", "chief economist", "a strategist", "head of research",
                                          "a senior analyst", "a credit analyst"]), ch(rng, BANKS))


def bg(rng, c, n=1, hist_p=0.55):
    pd = PD[c["pair"]]
    out = []
    pools = [pd["hist"], pd["ties"]]
    for _ in range(n):
        pool = pools[0] if rng.random() < hist_p else pools[1]
        s = F(rng, pool, c)
        if s not in out:
            out.append(s)
    return out


def S(kind, city, heads, lead, body, quotes=(), bgs=(), **kw):
    d = dict(kind=kind, city=city, heads=heads, lead=lead, body=list(body), quotes=list(quotes), bg=list(bgs))
    d.update(kw)
    return d


EXTRA_CITIES = ["Kehl", "Forbach", "Civitavecchia", "Louvre-Lens", "Ravenna", "Buffalo", "Labuan Bajo", "Santo Tomé", "São Borja",
                "Encarnación", "Laredo", "Otay Mesa", "Tornillo", "Houston", "San Antonio", "Los Angeles", "Zanzibar", "Arusha",
                "Bagamoyo", "Seme", "Kejetia", "Vaasa", "Umeå", "Helsinki", "Phu Quoc", "Da Nang", "Busan", "Kraków", "Wrocław",
                "Kudowa", "Cieszyn", "Ostrava", "Katowice", "Jeddah", "Safaga", "Duba", "Sohag", "Antalya", "Mersin", "Hamad port",
                "Istanbul", "Trabzon", "Bilbao", "Naples", "Genoa", "Valencia", "Barcelona", "Florence", "Rome", "Madrid", "Milan",
                "Cologne", "Saarbrücken", "Strasbourg", "Freiburg", "Marseille", "Frankfurt", "Hamburg", "Chicago", "Montreal",
                "New Orleans", "Toronto", "Detroit", "Windsor", "Perth", "Adelaide", "Denpasar", "Darwin", "Surabaya", "Sydney",
                "Melbourne", "Canberra", "Córdoba", "Florianópolis", "Posadas", "São Paulo", "Buenos Aires", "Monterrey", "El Paso",
                "Nairobi", "Mombasa", "Tanga", "Malindi", "Namanga", "Accra", "Lagos", "Kumasi", "Aflao", "Oulu", "Luleå",
                "Haparanda", "Gothenburg", "Stockholm", "Prague", "Doha", "Seoul", "Hanoi", "Daegu", "Incheon", "Hai Phong",
                "Riyadh", "Cairo", "Paris", "Berlin", "Dodoma", "Dar es Salaam"]


def city_in(text, default):
    best = None
    for cty in EXTRA_CITIES:
        i = text.find(cty)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, cty)
    if best is None:
        return default
    return {"Louvre-Lens": "Lens", "Kejetia": "Kumasi", "Hamad port": "Doha", "Otay Mesa": "San Diego"}.get(best[1], best[1])


BIZ_TOPICS = ["energy", "logistics", "digital services", "agri-food", "infrastructure", "green hydrogen", "tourism",
              "financial services", "manufacturing", "critical minerals", "health care", "construction"]

MEET_ADJ = ["constructive", "businesslike", "warm", "productive", "friendly", "substantive", "cordial", "routine but useful"]


# ---------------------------------------------------------------- English story generators
def g_consult(c, rng):
    c["adep"] = person(rng, c["a"])
    c["bdep"] = person(rng, c["b"])
    c["madj"] = ch(rng, MEET_ADJ)
    lead = F(rng, [
        "{Aa} and {Ba} diplomats held a {ord} round of political consultations in {city} on {wd}, reviewing {t1} and {t2}, officials said.",
        "Senior officials from {A} and {B} met in {city} on {wd} for routine consultations covering {t1}, {t2} and preparations for {up}.",
        "{Ac} and {Bc} kept up their regular diplomatic calendar on {wd}, with deputy foreign ministers meeting in {city} to go over {t1} and {t2}.",
        "The foreign ministries of {A} and {B} held their annual consultations in {city} on {wd}, a meeting both sides described as {madj}.",
        "{Aa} deputy foreign minister {adep} hosted {Ba} counterpart {bdep} in {city} on {wd} for talks on {t1}, {t2} and {t3}.",
        "A {Ba} delegation led by deputy foreign minister {bdep} was in {city} on {wd} for the {ord} round of consultations with {A}, focused largely on {t1}.",
        "Political consultations between {A} and {B} took place in {city} on {wd}, with {t1} and {t2} at the top of the agenda, according to a joint statement.",
        "{A} and {B} reviewed cooperation on {t1} and {t2} at a round of foreign-ministry consultations in {city} on {wd}.",
        "Deputy foreign ministers from {A} and {B} sat down in {city} on {wd} for what officials called a {madj} review of the relationship.",
    ], c)
    body = sample(rng, [
        F(rng, ["The talks also touched on {t3}, officials said, without giving details.",
                "{t3} and {t4} were also discussed, according to a readout from the {Aa} side.",
                "A second session in the afternoon dealt with {t3}."], c),
        F(rng, ["Both delegations agreed to step up contacts ahead of {up}.",
                "The two sides agreed to coordinate positions ahead of {up}.",
                "Officials said the meeting was partly intended to prepare {up}."], c),
        F(rng, ["According to the {Aa} foreign ministry, the two sides 'reaffirmed the close and friendly nature' of their ties.",
                "A statement from the {Ba} embassy said the consultations had been held 'in a spirit of trust'.",
                "Neither side reported any points of friction."], c),
        F(rng, ["No major announcements were expected, and none were made.",
                "The consultations are held every year and rarely make headlines.",
                "It was the {ord} such meeting since the format was set up."], c),
        F(rng, ["Working groups will follow up on {t2} before the end of the year, officials said.",
                "The sides signed a plan of consultations for 2027-2028.",
                "The next round is expected to take place in {Bc} in the first half of 2027."], c),
        F(rng, ["They also compared notes on work within {ml}.",
                "Cooperation within {ml} was also on the agenda.",
                "The delegations discussed their positions in {ml}."], c),
    ], rng.randint(3, 4))
    quotes = [qt(rng, who(rng, c["a"], "deputy foreign minister", c["adep"]), f(rng, [
        "We have a dense agenda and very few problems, which is how it should be between partners.",
        "These consultations are part of the normal rhythm of our relations.",
        "Our cooperation on {t1} is moving in the right direction.",
        "We agreed to meet more often at working level, especially on {t2}.",
        "There is a great deal of trust between our two ministries.",
        "We see eye to eye on most questions, and where we do not, we talk.",
    ], c)), qt(rng, spokes(rng, c["b"]), f(rng, [
        "It was a useful exchange ahead of {up}.",
        "We covered a lot of ground in a short time.",
        "The relationship is in good shape.",
        "There was nothing dramatic, just the steady work of diplomacy.",
    ], c), first=False)]
    heads = {"p": [F(rng, [
        "{A}, {B} hold {ord} round of political consultations",
        "{Aa}, {Ba} diplomats review {t1} at {city} talks",
        "{Ac} hosts routine consultations with {B}",
        "{A} and {B} talk {t1}, {t2} in {city}",
        "Diplomats from {A}, {B} meet ahead of {up}",
        "{Ba} delegation in {city} for annual consultations",
        "{A}, {B} pledge closer contacts at foreign ministry talks",
    ], c)], "a": [F(rng, [
        "Analysis: the quiet machinery of {Aa}-{Ba} diplomacy",
        "Analysis: why routine talks matter for {A} and {B}",
        "Analysis: {t1} tops a crowded {Aa}-{Ba} agenda",
    ], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 2), topic=c["t1"], proto=True)


def g_visit(c, rng):
    role = ch(rng, ["fm", "tm", "dm", "other"])
    if role == "tm":
        c["t1"] = ch(rng, ["trade and investment", "supply chains", "market access", "investment"] + [c["t1"]])
    if role == "fm":
        c["vt"], c["vn"], c["ht"], c["hn"] = c["Bfmt"], c["Bfm"], c["Afmt"], c["Afm"]
    elif role == "tm":
        c["vt"], c["vn"], c["ht"], c["hn"] = c["Btmt"], c["Btm"], c["Atmt"], c["Atm"]
    elif role == "dm":
        c["vt"], c["vn"], c["ht"], c["hn"] = c["Bdmt"], c["Bdm"], c["Admt"], c["Adm"]
        c["t1"] = ch(rng, ["defence cooperation", "military training", "defence industry cooperation", "joint exercises"])
    else:
        r = ch(rng, ["health minister", "education minister", "transport minister", "agriculture minister",
                     "energy minister", "tourism minister", "culture minister", "interior minister"])
        c["vt"], c["vn"], c["ht"], c["hn"] = r, minister(c["b"], r), r, minister(c["a"], r)
        c["t1"] = {"health minister": "health cooperation", "education minister": "education and scholarships",
                   "transport minister": "transport links", "agriculture minister": "agricultural trade",
                   "energy minister": "energy cooperation", "tourism minister": "tourism",
                   "culture minister": "cultural exchanges", "interior minister": "migration and police cooperation"}[r]
    c["ndays"] = ch(rng, ["two-day", "three-day", "one-day", "two-day"])
    c["mou"] = ch(rng, ["a memorandum of understanding on {t1}".format(**c), "an action plan on {t1}".format(**c),
                        "a letter of intent on {t1}".format(**c), "two cooperation agreements",
                        "a joint declaration", "a protocol on {t1}".format(**c)])
    c["madj"] = ch(rng, MEET_ADJ)
    lead_t = ch(rng, [
        "{Ba} {vt} {vn} arrived in {city} on {wd} for a {ndays} visit focused on {t1} and {t2}.",
        "{Ba} {vt} {vn} met {Aa} counterpart {hn} in {city} on {wd}, and the two signed {mou}.",
        "{A} and {B} signed {mou} on {wd} during a visit to {city} by {Ba} {vt} {vn}.",
        "{vn}, the {Ba} {vt}, held talks in {city} on {wd} with {Aa} {ht} {hn}, the latest in a series of high-level contacts.",
        "The {Ba} {vt}, {vn}, began a {ndays} visit to {A} on {wd}, with {t1} expected to dominate the talks.",
        "{Aa} {ht} {hn} welcomed {Ba} counterpart {vn} to {city} on {wd} for talks that officials described as {madj}.",
        "{vn} became the latest {Ba} minister to visit {A} this year, holding talks in {city} on {wd} on {t1}.",
        "Talks between the {Aa} and {Ba} ministers responsible for {t1} in {city} on {wd} ended with {mou}.",
    ])
    lead = cap1(lead_t.format(**c))
    has_mou = "{mou}" in lead_t
    body = sample(rng, [
        F(rng, ["{vn} was also received by {Al}, officials said.", "The visitor was due to call on {Al} later in the day.",
                "A meeting with {Al} was scheduled for {tmrw}.", "{vn} also met members of the {Aa} parliament's foreign affairs committee."], c),
        F(rng, (["Officials said further agreements were being prepared for {up}.",
                 "Experts from both ministries will meet again in January to follow up."] if has_mou else
                ["The two ministers signed {mou}.", "Officials said {mou} was signed on the sidelines.",
                 "No agreements were signed, but officials said several were being prepared for {up}."]), c),
        F(rng, ["The programme includes a visit to {acity} and a meeting with business leaders.",
                "On {tmrw}, {vn} is due to travel to {acity}.", "The delegation includes representatives of some 20 companies."], c),
        F(rng, ["The talks also covered {t3}.", "Officials said {t3} and {t4} were also discussed.",
                "{t3} came up briefly, a diplomat said."], c),
        F(rng, ["It is {vn}'s first visit to {A} since taking office.", "It was the second meeting between the two ministers this year.",
                "The visit returns one made by {hn} to {Bc} in the spring."], c),
    ], rng.randint(3, 4))
    quotes = [qt(rng, "%s" % c["vn"], f(rng, [
        "{A} is a natural partner for us, and today we took another practical step.",
        "We came with a long list and we are leaving with most of it ticked off.",
        "Our cooperation on {t1} is going to grow.",
        "I thank my friend {hn} for a very warm welcome.",
        "Good relations are built through regular visits like this one.",
        "There is enormous potential in {t2}, and we want to use it.",
    ], c)), qt(rng, c["hn"], f(rng, [
        "We have agreed to meet again in the spring.",
        "Our relations have never been better.",
        "We want more investment and more exchanges in both directions.",
        "This visit confirms the dynamism of our partnership.",
    ], c), first=False)]
    heads = {"p": [F(rng, [
        "{Ba} {vt} visits {A} for talks on {t1}",
        "{A}, {B} ministers discuss {t1} in {city}",
        "{vn} in {city} for talks on {t1} and {t2}",
        "{Ba} minister's visit to {A} yields {mou}",
        "{Ac} welcomes {Ba} {vt}",
        "{Aa}, {Ba} ministers agree to deepen cooperation on {t2}",
    ], c)], "a": [F(rng, ["Analysis: what {vn}'s {city} visit says about {Aa}-{Ba} ties",
                          "Analysis: on {t1}, {A} and {B} keep talking"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 2), topic=c["t1"], proto=True, live=False)


def g_call(c, rng):
    lvl = rng.random()
    if lvl < 0.5:
        c["x"], c["y"] = c["Al"], c["Bl"]
    else:
        c["x"], c["y"] = "%s %s %s" % (c["Aa"], c["Afmt"], c["Afm"]), "%s %s %s" % (c["Ba"], c["Bfmt"], c["Bfm"])
    c["occ"] = ch(rng, ["ahead of {up}".format(**c), "to prepare {up}".format(**c), "after the recent talks between the two governments",
                        "following last month's meeting of experts", "a week after their foreign ministers met",
                        "to discuss {t1}".format(**c)])
    lead = F(rng, [
        "{x} spoke by telephone with {y} on {wd}, discussing {t1}, {t2} and preparations for {up}, according to a readout.",
        "{x} and {y} held a phone call on {wd} {occ}, their offices said.",
        "In a telephone conversation on {wd}, {x} and {y} reviewed {t1} and agreed to keep in close contact.",
        "{x} received a phone call on {wd} from {y}, during which the two discussed {t1} and {t2}.",
        "{y} called {x} on {wd} {occ}, officials in {Ac} said.",
        "The leaders' offices said {x} and {y} spoke on {wd} about {t1} and ways to step up cooperation.",
        "{x} and {y} talked by phone on {wd}, the latest of several calls this year.",
    ], c)
    body = sample(rng, [
        F(rng, ["The call lasted about half an hour, an official said.", "The conversation lasted around 40 minutes.",
                "The call was described as friendly."], c),
        F(rng, ["They agreed that their teams would follow up on {t2}.", "Both sides agreed to keep up regular contacts.",
                "They discussed the timetable for {up}."], c),
        F(rng, ["The two also exchanged views on {t3}.", "{t3} was also discussed.",
                "They touched on cooperation within {ml}."], c),
        F(rng, ["An invitation to visit {Ac} next year was renewed.", "The {Ba} side accepted an invitation to visit {A} in 2027.",
                "No new visit was announced."], c),
    ], rng.randint(2, 3))
    quotes = [qt(rng, spokes(rng, c["a"]), f(rng, [
        "It was a warm and substantive conversation.", "The call confirmed the excellent state of our relations.",
        "The two agreed on next steps on {t1}.", "It was a regular exchange between close partners.",
        "The two agreed to stay in touch as {up} approaches."], c))]
    heads = {"p": [F(rng, [
        "{A}, {B} leaders discuss {t1} by phone", "{x} and {y} hold phone call", "{A}, {B} talk {t1} in phone call",
        "{Ac}, {Bc} compare notes on {t2} in phone call", "Phone diplomacy: {A} and {B} eye {up}", "{x} calls {y}",
        "{A}, {B} agree to follow up on {t2} after call",
        "Phone call between {Ac} and {Bc} focuses on {t1}",
        "{A} and {B} review ties in phone call ahead of {up}"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1), topic=c["t1"], proto="call")


def g_cred(c, rng):
    c["amb"] = person(rng, c["b"])
    c["place"] = CT[c["a"]]["cred_place"]
    c["nenv"] = ch(rng, ["five", "six", "seven", "eight", "four", "nine"])
    c["prev"] = ch(rng, ["Geneva", "Brussels", "Vienna", "New York", "Nairobi", "Singapore", "Lisbon", "Ottawa"])
    if c["prev"] in (c["Ac"], c["Bc"]):
        c["prev"] = "Vienna"
    lead = F(rng, [
        "{Bc}'s new ambassador to {A}, {amb}, presented credentials to {Ah} at {place} on {wd}.",
        "{amb}, the new {Ba} ambassador, was among {nenv} envoys who presented their credentials to {Ah} at {place} on {wd}.",
        "{Ah} received the credentials of {Bp} new ambassador, {amb}, at a ceremony at {place} on {wd}.",
        "{Bp} incoming ambassador {amb} formally took up the post on {wd}, presenting letters of credence to {Ah}.",
        "A new {Ba} envoy, {amb}, handed credentials to {Ah} on {wd} in a ceremony at {place}.",
        "{amb} formally became {Bp} ambassador in {Ac} on {wd} after presenting credentials at {place}.",
    ], c)
    body = sample(rng, [
        F(rng, ["{amb} previously served in {prev}.", "A career diplomat, {amb} was previously posted to {prev}.",
                "{amb} most recently headed a department in the {Ba} foreign ministry dealing with {t1}."], c),
        F(rng, ["In a brief conversation after the ceremony, the two discussed {t1} and {t2}, the ambassador's office said.",
                "The ambassador said priorities would include {t1} and {t2}.",
                "The embassy said the new envoy would focus on {t2}."], c),
        F(rng, ["The ceremony included a military band and an honour guard.",
                ("The envoy arrived in a horse-drawn carriage, as is the custom." if c["a"] in ("ESP", "SWE") else
                 "The envoy inspected a guard of honour on arrival."),
                "Family members attended the ceremony.", "The ceremony lasted about twenty minutes."], c),
        F(rng, ["The post had been filled by a chargé d'affaires since the summer.", "{amb} replaces an ambassador who served four years in {Ac}.",
                "It is a routine rotation."], c),
    ], rng.randint(2, 3))
    quotes = [qt(rng, c["amb"], f(rng, [
        "It is an honour to represent {B} in a country with which we share so much.",
        "My task is simple: more trade, more students, more tourists.",
        "I arrive at a moment when our relationship is in very good shape.",
        "I look forward to working with all parts of {Aa} society."], c))]
    heads = {"p": [F(rng, [
        "New {Ba} ambassador presents credentials in {Ac}", "{amb} takes up post as {Ba} envoy to {A}",
        "{Ah} receives new {Ba} ambassador", "New {Ba} envoy to {A} pledges to boost {t1}",
        "{Bp} new ambassador arrives in {Ac}"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.3), topic=c["t1"], proto=True)


def g_commission(c, rng):
    pd = PD[c["pair"]]
    c["com"] = ch(rng, pd["commission"])
    c["sess"] = ordinal(rng.randint(3, 14))
    c["ndocs"] = ch(rng, ["six", "four", "eleven", "eight", "a dozen", "five", "nine"])
    lead = F(rng, [
        "{com} held its {sess} session in {city} on {wd}, with officials from {A} and {B} reviewing {t1} and {t2}.",
        "Officials from {A} and {B} wrapped up a meeting of {com} in {city} on {wd}, signing {ndocs} documents.",
        "The {sess} meeting of {com} opened in {city} on {wd}, with {t1} high on the agenda.",
        "{com} met in {city} on {wd} and agreed a work plan covering {t1}, {t2} and {t3}.",
        "A {Ba} delegation was in {city} on {wd} for the {sess} session of {com}.",
        "{Aa} and {Ba} officials closed the {sess} session of {com} on {wd} with agreements on {t2}.",
    ], c)
    body = sample(rng, [
        F(rng, ["The session was co-chaired by {Afm} and {Bfm}.", "It was co-chaired by senior officials from the two foreign ministries.",
                "The meeting was co-chaired by {Atm} and {Btm}."], c),
        F(rng, ["The documents cover {t1}, {t2} and {t3}.", "They include an agreement on {t2} and a plan on {t3}.",
                "Officials agreed to set up a working group on {t3}."], c),
        F(rng, ["The next session will be held in {Bc} in 2027.", "The body meets every two years.",
                "The previous session was held in {Bc} in 2024."], c),
        F(rng, ["Officials said most of the work was technical.", "There were no disagreements on the agenda, an official said.",
                "Experts' groups met for two days before the plenary."], c),
    ], rng.randint(3, 4))
    quotes = [qt(rng, who(rng, c["a"], "official who co-chaired the meeting"), f(rng, [
        "The commission is where the practical work gets done.",
        "We closed several files that had been open for too long.",
        "Most of what we agreed will not make headlines, but it will make a difference.",
        "We agreed to meet more often, and at a higher level."], c))]
    heads = {"p": [F(rng, ["{com} meets in {city}", "{A}, {B} sign {ndocs} documents at joint commission",
                           "{A}, {B} agree work plan on {t1}", "Joint commission reviews {Aa}-{Ba} cooperation"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 2), topic=c["t1"], proto=True)


CONGRATS = {'DEU-FRA': [('FRA', 'the appointment of a new foreign minister'), ('DEU', 'the successful launch of a jointly built weather satellite'), ('FRA', 'winning the bid to host the 2031 world handball championship')], 'ESP-ITA': [('ESP', 'the appointment of a new government spokesperson'), ('ITA', 'the award of the 2030 Mediterranean Games'), ('ESP', 'the opening of a new high-speed line')], 'CAN-USA': [('CAN', 'the swearing-in of a new governor general'), ('CAN', 'the election of a new provincial premier'), (None, 'the success of a joint lunar payload')], 'AUS-IDN': [('IDN', 'the inauguration of a new provincial governor in Bali'), ('IDN', 'the launch of a new communications satellite'), (None, 'the anniversary of the Lombok Treaty')], 'ARG-BRA': [('BRA', "the award of the 2027 Women's World Cup final venue"), ('ARG', 'a new satellite launch'), (None, 'the approaching Argentine-Brazilian Friendship Day')], 'MEX-USA': [(None, 'the successful co-hosting of the World Cup'), ('MEX', "the completion of the Maya Train's final section"), ('USA', 'the successful landing of a lunar mission')], 'KEN-TZA': [('TZA', 'the approaching anniversary of independence'), ('KEN', 'the opening of a new stadium for the 2027 Africa Cup of Nations'), ('TZA', 'the appointment of a new cabinet')], 'GHA-NGA': [('NGA', 'the swearing-in of new cabinet ministers'), ('GHA', 'the launch of a single-window customs system'), ('NGA', 'the successful hosting of a regional summit')], 'FIN-SWE': [('FIN', 'the approaching Independence Day'), ('SWE', 'the election of a new speaker of parliament'), (None, 'a successful Nordic Council session')], 'QAT-TUR': [(None, 'the anniversary of the defence agreement'), ('TUR', 'the election of a new parliament speaker'), ('QAT', 'the approaching National Day')], 'CZE-POL': [('CZE', 'the successful launch of its first national research satellite'), ('POL', 'the appointment of a new foreign minister'), ('CZE', 'the opening of a new motorway section')], 'KOR-VNM': [('KOR', 'the successful launch of a weather satellite'), ('VNM', 'the appointment of a new foreign minister'), (None, 'the approaching anniversary of diplomatic ties')], 'EGY-SAU': [('SAU', "the anniversary of the king's accession"), ('EGY', 'the appointment of a new cabinet'), ('SAU', 'the success of an international conference held in the country')]}


def g_congrats(c, rng):
    rec, why = ch(rng, CONGRATS[c["pair"]])
    if rec is not None and rec != c["b"]:
        c = make_ctx(c["pair"], c["di"], rng, host=c["b"])
    c["why"] = why
    c["msg"] = ch(rng, ["a message", "a cable", "a letter", "a statement", "a telegram"])
    lead = F(rng, [
        "{Al} sent {msg} to {Bl} on {wd} congratulating {B} on {why}.",
        "{A} congratulated {B} on {why} in {msg} from {Al} on {wd}.",
        "{Aa} {Afmt} {Afm} congratulated {Ba} counterpart {Bfm} on {why} on {wd}.",
        "{Al} congratulated {Bl} on {wd} on {why}, according to {msg} released by the presidency.",
        "In {msg} released on {wd}, {Al} offered congratulations to {Bl} on {why}.",
        "{Ac} sent its congratulations to {Bc} on {wd} on {why}.",
    ], c)
    body = sample(rng, [
        F(rng, ["The message praised 'the deep friendship' between the two peoples.",
                "The text expressed hope for further growth in cooperation on {t1}.",
                "It also wished the {Ba} people 'peace, progress and prosperity'."], c),
        F(rng, ["Such messages are routine between the two capitals.", "It was the second such message this year.",
                "{Bl} thanked {A} for its message."], c),
        F(rng, ["{Al} also invited the {Ba} side to visit {A}.", "The message mentioned {up}.",
                "The message noted cooperation within {ml}."], c),
    ], 2)
    quotes = [qt(rng, spokes(rng, c["a"]), f(rng, [
        "The message reflects the warm relations between our countries.",
        "We share the joy of our {Ba} friends.", "It is a natural gesture between partners."], c))]
    heads = {"p": [F(rng, ["{A} congratulates {B} on {why}", "{Al} sends congratulations to {Bl}",
                           "{Ac} congratulates {Bc}", "Congratulations from {A} on {why}"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.3), topic=c["why"], proto="msg", short=True, ctx=c)


def g_programme(c, rng):
    pd = PD[c["pair"]]
    c["prog"] = ch(rng, pd["programmes"])
    c["amt"] = ch(rng, ["12 million", "4.5 million", "30 million", "8 million", "20 million", "2.8 million"])
    c["unit"] = "euros" if c["pair"] in ("DEU-FRA", "ESP-ITA", "FIN-SWE", "CZE-POL") else "dollars"
    c["nben"] = ch(rng, ["2,000", "more than 5,000", "about 800", "some 12,000", "around 3,500", "1,200"])
    lead = F(rng, [
        "{A} and {B} renewed {prog} for a further {yrs} years on {wd}, officials said.",
        "{prog} was extended for another {yrs} years at a signing in {city} on {wd}.",
        "Officials from {A} and {B} signed an extension of {prog} in {city} on {wd}.",
        "The two governments agreed on {wd} to renew {prog}, which has run since the early 2010s.",
        "{prog} will continue for at least {yrs} more years under an agreement signed on {wd} in {city}.",
        "{Ac} and {Bc} extended {prog} on {wd}, adding new funds and widening its scope.",
    ], c)
    body = sample(rng, [
        F(rng, ["Funding will be {amt} {unit} over the period.", "The budget was raised to {amt} {unit}.",
                "The budget will rise to {amt} {unit}, officials said."], c),
        F(rng, ["So far {nben} people have benefited.", "It has reached {nben} participants.",
                "Organisers expect {nben} beneficiaries."], c),
        F(rng, ["The renewal adds {t2} to the programme's scope.", "It now includes a component on {t3}.",
                "A review found the programme had met its goals."], c),
        F(rng, ["The signing took place at the {Aa} foreign ministry.", "The documents were signed by senior officials.",
                "The extension had been agreed in principle earlier this year."], c),
    ], 3)
    quotes = [qt(rng, who(rng, c["a"], "official in charge of the programme"), f(rng, [
        "This is one of our most successful programmes.", "The results speak for themselves.",
        "People-to-people ties are the backbone of this relationship.", "We are glad to keep it going."], c))]
    heads = {"p": [F(rng, ["{A}, {B} renew {prog}", "{prog} extended for {yrs} years",
                           "{Aa}-{Ba} programme renewed", "{A} and {B} extend cooperation programme"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.3), topic=c["prog"], proto="msg", pr=True,
             org=f(rng, ["the {Aa} Agency for International Cooperation", "the {Aa}-{Ba} Cooperation Fund"], c))


MONTHS_DONE = "October"


def money(rng, lo, hi, unit):
    v = rng.uniform(lo, hi)
    if v >= 100:
        return "%d %s" % (round(v), unit)
    return "%.1f %s" % (v, unit)


def g_trade(c, rng):
    pd = PD[c["pair"]]
    lo, hi, unit, per = pd["trade"]
    c["val"] = money(rng, lo, hi, unit)
    c["ytd"] = money(rng, lo * 9.6, hi * 10.2, unit)
    c["pct"] = "%.1f%%" % rng.uniform(1.2, 11.5)
    c["pct2"] = "%.1f%%" % rng.uniform(0.8, 18.0)
    c["dir"] = ch(rng, ["rose", "rose", "rose", "edged up", "climbed", "dipped", "slipped", "rose"])
    up = c["dir"] in ("rose", "edged up", "climbed")
    c["dir2"] = "up" if up else "down"
    c["xa"] = ch(rng, pd["exports"][c["a"]])
    c["xb"] = ch(rng, pd["exports"][c["b"]])
    c["stat"] = ch(rng, ["data from the {Aa} statistics office", "customs data published by {Ac}", "official figures from {Ac}",
                         "figures from the {Aa} trade ministry", "data from the {Aa} central bank"]).format(**c)
    lead = F(rng, [
        "Trade between {A} and {B} {dir} {pct} year on year in {MONTHS_DONE} to {val}, {stat} showed on {wd}.",
        "{Aa} exports to {B} {dir} {pct} in {MONTHS_DONE}, driven by {xa}, according to {stat} released on {wd}.".replace("according to data", "according to data"),
        "Bilateral trade between {A} and {B} reached {ytd} in the first ten months of the year, {dir2} {pct} on the same period of 2025, {stat} showed on {wd}.",
        "{Ap} trade with {B} {dir} in {MONTHS_DONE}, with {xb} imports offsetting softer sales of {xa}, {stat} showed on {wd}.",
        "Two-way trade with {B} stood at {val} in {MONTHS_DONE}, {dir2} {pct} from a year earlier, {stat} showed on {wd}.",
        "{Ba} purchases of {xa} from {A} {dir} {pct2} in {MONTHS_DONE}, {stat} showed on {wd}, keeping bilateral trade close to record levels.",
    ], dict(c, MONTHS_DONE=MONTHS_DONE))
    body = sample(rng, [
        F(rng, ["Shipments of {xa} accounted for the bulk of the increase.", "Imports of {xb} from {B} rose {pct2}.",
                "Sales of {xa} were {dir2} {pct2}, while {xb} imports were broadly flat."], c),
        F(rng, ["{B} remains one of {Ap} ten largest trading partners.", "The balance remained in {Ap} favour.",
                "The trade balance narrowed slightly."], c),
        F(rng, ["The figures are not seasonally adjusted.", "Revised data for September showed a slightly stronger month.",
                "Services trade, published separately, also grew."], c),
        F(rng, ["Officials have set a goal of raising bilateral trade further by 2030.",
                "The two governments are due to review {t1} at {up}.",
                "Business groups expect the trend to continue into 2027."], c),
        F(rng, ["The {Acur} was little changed after the release.", "Markets showed little reaction to the data.",
                "The numbers were in line with forecasts."], c),
    ], 3)
    quotes = [qt(rng, econ(rng, c["a"]), f(rng, [
        "The underlying trend is solid, despite month-to-month noise.",
        "Demand for {xa} is the main driver, and we see no sign of it fading.",
        "This is a mature trading relationship, so growth tends to be steady rather than spectacular.",
        "Currency moves explain part of the swing.",
        "The numbers confirm how integrated the two economies have become."], c))]
    heads = {"p": [F(rng, [
        "{Aa}-{Ba} trade {dir} {pct} in {M}", "{Ap} exports to {B} {dir} on {xa}",
        "Trade with {B} {dir} {pct}, data show", "{A}, {B} trade at {val} in {M}",
        "Strong {xa} sales lift {Aa} exports to {B}", "Bilateral trade with {B} {dir} in {M}"], dict(c, M=MONTHS_DONE))],
        "b": [F(rng, ["{Aa}-{Ba} trade {dir} {pct} as {xa} shipments {dir}",
                      "Trade data: {A}, {B} ties steady at {val}", "{xa} drive {Aa} trade with {B}"], c)],
        "a": [F(rng, ["Analysis: {A} and {B} trade ties show resilience", "Analysis: behind the {Aa}-{Ba} trade numbers"], c)]}
    return S("business", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.3))


def g_forum(c, rng):
    pd = PD[c["pair"]]
    c["fn"] = ch(rng, pd["forum"])
    c["ncos"] = ch(rng, ["more than 200", "about 150", "nearly 400", "some 300", "around 120", "more than 500"])
    c["dv"] = ch(rng, ["1.2 billion dollars", "450 million euros", "800 million dollars", "2 billion dollars", "300 million dollars",
                       "650 million euros"])
    c["fcity"] = city_in(c["fn"], ch(rng, [c["Ac"], c["acity"]]))
    c["fn"] = c["fn"].split(" in ")[0]
    c["t1"], c["t2"] = sample(rng, BIZ_TOPICS, 2)
    lead = F(rng, [
        "{ncos} companies from {A} and {B} took part in {fn} in {fcity} on {wd}, where deals worth {dv} were announced.",
        "{fn} opened in {fcity} on {wd}, with organisers promising deals worth {dv} across {t1} and {t2}.",
        "Business leaders from {A} and {B} gathered in {fcity} on {wd} for {fn}, focusing on {t1}.",
        "Deals worth an estimated {dv} were signed on {wd} at {fn} in {fcity}, organisers said.",
        "{fn} drew {ncos} firms to {fcity} on {wd}, a sign of growing interest in {t1}.",
        "Investors from {B} were out in force at {fn} in {fcity} on {wd}.",
    ], c)
    body = sample(rng, [
        F(rng, ["Ministers from both countries attended the opening.", "{Aa} {Atmt} {Atm} opened the forum.",
                "The {Ba} {Btmt}, {Btm}, addressed the opening session."], c),
        F(rng, ["Panels covered {t1}, {t2} and logistics.", "Sessions on {t2} drew the largest crowds.",
                "Start-ups from both countries pitched to investors."], c),
        F(rng, ["The event was organised by the bilateral chamber of commerce.",
                "The forum is held every year, alternating between the two countries.",
                "Organisers said registrations were up a third on last year.",
                "It was the largest edition since the forum began.", "Banks and export-credit agencies had stands at the venue."], c),
        F(rng, ["About a dozen memorandums of understanding were signed.", "Most deals were in energy and logistics.",
                "Some of the deals announced are non-binding.", "Small and medium-sized firms made up most of the delegations.",
                "A matchmaking session paired some 80 companies."], c),
    ], 3)
    quotes = [qt(rng, who(rng, c["a"], "chamber of commerce president"), f(rng, [
        "Our companies know each other well, but there is still plenty of room to grow.",
        "The mood in the room was very positive.", "We need more direct flights and fewer forms.",
        "This forum keeps getting bigger every year."], c))]
    heads = {"p": [F(rng, ["{Aa}, {Ba} firms sign deals worth {dv} at {fcity} forum", "Business forum in {fcity} focuses on {t1}",
                           "{Ba} investors eye {A} at {fcity} forum", "{fn} draws {ncos} firms"], c)],
             "b": [F(rng, ["Forum deals worth {dv} as {Aa}, {Ba} firms chase {t1}",
                           "{fcity} forum: {Ba} money looks for {Aa} projects"], c)]}
    return S("business", c["fcity"], heads, lead, body, quotes, bg(rng, c, 1, 0.25), pr=True, live=True,
             org=f(rng, ["the {Aa}-{Ba} Chamber of Commerce", "the {Aa}-{Ba} Business Council"], c))


DEAL_VERBS = ["signed", "agreed", "sealed", "announced", "clinched", "finalised"]


def g_deal(c, rng):
    pd = PD[c["pair"]]
    proj, sa, sb = ch(rng, pd["deals"])
    a, b = c["pair"].split("-")
    fa, fb = CT[a]["firms"][sa], CT[b]["firms"][sb]
    if rng.random() < 0.5:
        fa, fb = fb, fa
        a, b = b, a
    c.update(proj=proj, fa=fa, fb=fb, faa=CT[a]["adj"], fba=CT[b]["adj"], fac=CT[a]["cap"],
             fap=fa + ("'" if fa.endswith("s") else "'s"))
    c["dv"] = ch(rng, ["1.3 billion dollars", "420 million euros", "780 million dollars", "2.1 billion dollars",
                       "260 million dollars", "95 million euros", "610 million dollars", "550 million dollars"])
    c["vb"] = ch(rng, DEAL_VERBS)
    c["shr"] = "%.1f%%" % rng.uniform(0.4, 4.8)
    c["yr"] = ch(rng, ["2028", "2029", "2027", "2030"])
    lead = F(rng, [
        "{faa} firm {fa} and {fba} group {fb} have {vb} {proj}, the companies said on {wd}.",
        "{fb} of {B_} {vb} {proj} with {faa} partner {fa} on {wd}, in a deal valued at {dv}.",
        "{fa} said on {wd} it had {vb} {proj} with {fb}, deepening business ties between the two countries.",
        "{faa} company {fa} and {fb} of {B_} {vb} {proj} worth {dv}, they announced on {wd}.",
        "Shares in {fa} rose {shr} on {wd} after it {vb} {proj} with {fba} firm {fb}.",
        "{fa} and {fb} on {wd} unveiled {proj}, valued at {dv}.",
    ], dict(c, B_=CT[b]["name"]))
    body = sample(rng, [
        F(rng, ["The deal is worth {dv}, according to people familiar with it.", "Financial terms were not disclosed.",
                "The value was put at {dv}."], c),
        F(rng, ["Work is due to start next year, with completion expected by {yr}.", "The first deliveries are planned for {yr}.",
                "The agreement runs until {yr}."], c),
        F(rng, ["The deal still needs approval from competition regulators.", "No regulatory hurdles are expected.",
                "It is subject to the usual approvals."], c),
        F(rng, ["{fb} has been expanding abroad for several years.", "It is {fap} largest foreign deal to date.",
                "The two firms already work together on smaller projects."], c),
        F(rng, ["Analysts said the deal made strategic sense.", "Investors welcomed the news.",
                "Shares in {fb} were little changed.", "Advisers on the deal included two international banks.",
                "The announcement came after months of talks, people close to the companies said.",
                "Credit analysts said the deal would not strain either firm's balance sheet."], c),
    ], 3)
    ceo = person(rng, a)
    quotes = [qt(rng, "%s, chief executive of %s" % (ceo, fa), f(rng, [
        "This partnership brings together two companies that complement each other perfectly.",
        "We see {B_} as a core market for the next decade.",
        "Together we can move faster than either of us could alone.",
        "This is a long-term commitment.", "Our customers will see the benefits quickly.",
        "It gives us scale in a market we know well.", "We have been working toward this for two years.",
        "This is about building capacity close to our customers.", "It fits perfectly with our growth strategy."],
        dict(c, B_=CT[b]["name"])))]
    heads = {"p": [F(rng, ["{fa}, {fb} sign {dv} deal", "{faa} firm {fa} teams up with {fb}",
                           "{fa} and {fb} agree {proj}", "{fba} group {fb} in deal with {fa}"], c)],
             "b": [F(rng, ["{fa} and {fb} seal deal as cross-border tie-ups gather pace",
                           "Deal: {fa} teams up with {fb} on {proj}", "{fa} shares rise on {fb} pact"], c)],
             "pr": [F(rng, ["{fa} and {fb} Announce Partnership", "{fa} and {fb} Sign Strategic Agreement",
                            "{fa} Partners with {fb} to Expand International Footprint"], c)]}
    about = ch(rng, ["{fa} is {an} {faa} company founded in {y1} with operations in more than {n} countries.",
                     "Founded in {y1}, {fa} employs about {e} people and is listed in {fac}.",
                     "{fa} is a leading {faa} group with {e} employees."]).format(
        an="an" if c["faa"][0] in "AEIOU" else "a", fa=fa, faa=c["faa"], fac=c["fac"], y1=rng.randint(1912, 2011), n=rng.randint(6, 40), e=ch(rng, ["2,400", "11,000", "38,000", "6,500", "850"]))
    prlead = F(rng, ["{fa} and {fb} today announced {proj}, a partnership valued at {dv}.",
                     "{fa}, a leading {faa} company, today announced that it has {vb} {proj} with {fba} group {fb}.",
                     "{fa} has {vb} {proj} with {fb}, the two companies announced today.",
                     "{fa} today announced {proj} with {fba} partner {fb}, marking a new step in its international expansion."], c)
    return S("business", c["fac"], heads, lead, body, quotes, bg(rng, c, 1, 0.2),
             firm=fa, about=about, pr=True, prlead=prlead)


def g_pricewar(c, rng):
    pd = PD[c["pair"]]
    market, sa, sb = ch(rng, pd["pricewars"])
    a, b = c["pair"].split("-")
    fa, fb = CT[a]["firms"][sa], CT[b]["firms"][sb]
    if rng.random() < 0.5:
        fa, fb = fb, fa
    c.update(mkt=market, fa=fa, fb=fb)
    c["cut"] = ch(rng, ["15%", "20%", "a third", "25%", "up to 40%", "12%", "30%"])
    lead = F(rng, [
        "There is no truce in sight in the battle over {mkt}: {fa} cut prices by {cut} on {wd}, days after {fb} did the same.",
        "{fa} fired the latest shot in the price war over {mkt} on {wd}, slashing prices by {cut}.",
        "The battle for market share in {mkt} escalated on {wd} as {fb} matched rival {fa}'s cuts.",
        "{fb} hit back at {fa} on {wd} with a {cut} price cut, deepening a price war over {mkt}.",
        "Consumers are the winners of a price war over {mkt}, with {fa} cutting by {cut} on {wd}.",
        "The fight between {fa} and {fb} over {mkt} shows no sign of ending after another round of cuts on {wd}.",
    ], c)
    body = sample(rng, [
        F(rng, ["{fb} said it would not be outdone.", "{fb} declined to comment but is expected to respond.",
                "Analysts expect {fb} to retaliate with promotions."], c),
        F(rng, ["The cuts apply until the end of January.", "Loyalty-programme members get extra discounts.",
                "The offers cover the holiday season.", "Some promotions are limited to online bookings.",
                "The new prices take effect immediately."], c),
        F(rng, ["Analysts say the war will squeeze margins.", "Both firms have deep pockets.",
                "Smaller rivals may struggle to keep up."], c),
        F(rng, ["Regulators say they are watching but see no abuse.", "Consumer groups welcomed the lower prices.",
                "Shares in {fa} fell slightly."], c),
    ], 3)
    quotes = [qt(rng, econ(rng), f(rng, [
        "This is a war of attrition, and whoever blinks first loses market share.",
        "Nobody wants to be the first to call a ceasefire.",
        "Consumers are the only clear winners.",
        "It is a battle for market share, pure and simple.",
        "Both sides are bleeding, but neither wants to retreat first.",
        "This is trench warfare on price, and it could last well into next year.",
        "The aggressor usually wins market share and loses money."], c))]
    heads = {"p": [F(rng, ["Price war over {mkt} deepens", "{fa} slashes prices in battle with {fb}",
                           "No truce in fare war as {fb} hits back", "{fa}, {fb} battle for market share"], c)],
             "t": [F(rng, ["FARE WAR! {fa} slashes prices", "PRICE WAR: {fb} hits back", "BARGAIN BLITZ: prices cut {cut}"], c)],
             "b": [F(rng, ["{fa} cuts prices again as battle for market share rages",
                           "Margins at risk as {fa}, {fb} price war drags on", "No ceasefire in {mkt} price war"], c)]}
    return S("business", c["city"], heads, lead, body, quotes, [], tab=True)



def g_culture(c, rng):
    pd = PD[c["pair"]]
    c["ev"] = ch(rng, pd["culture"])
    c["until"] = ch(rng, ["until mid-January", "until the end of February", "for three weeks", "until December 20",
                          "through the end of the year", "for ten days"])
    c["nvis"] = ch(rng, ["20,000", "several thousand", "50,000", "8,000", "15,000"])
    lead = F(rng, [
        "{ev} opened on {wd}, the latest in a series of cultural events linking {A} and {B}.",
        "Organisers of {ev} said on {wd} they expected {nvis} visitors.",
        "{ev} got under way on {wd}, with artists from {A} and {B} taking part.",
        "Audiences will get a taste of each other's culture as {ev} runs {until}.",
        "The {Aa} and {Ba} cultural institutes presented {ev} on {wd}.",
        "{ev}, backed by both governments, opened to the public on {wd} and runs {until}.",
    ], c)
    body = sample(rng, [
        F(rng, ["The event runs {until}.", "Tickets sold out within days.", "Entry is free for students."], c),
        F(rng, ["The ambassadors of both countries attended the opening.", "The {Aa} culture minister opened the event.",
                "The event is co-funded by the two governments."], c),
        F(rng, ["Organisers hope to make it an annual fixture.", "Part of the programme will tour {bcity} next year.",
                "A catalogue is published in both languages."], c),
        F(rng, ["It is one of more than 200 events organised this year by the two countries' cultural institutes.",
                "Schools have booked guided visits until the end of the season.", "Critics have given it warm reviews."], c),
    ], 2)
    curator = person(rng, c["a"])
    quotes = [qt(rng, "%s, %s" % (curator, ch(rng, ["the curator", "the festival director", "one of the organisers", "the artistic director"])), f(rng, [
        "Culture is the best ambassador our two countries have.", "We wanted to show how much we have in common.",
        "The public response has been overwhelming.", "Artists do not need visas to understand each other.",
        "It took three years to bring these works together.", "We hope young audiences will discover something new.",
        "There is a real appetite for this kind of exchange."], c))]
    heads = {"p": [F(rng, ["{ev} opens", "Culture: {ev} draws crowds", "{Aa} and {Ba} artists share the stage",
                           "Curtain up on {ev}", "A cultural bridge between {Ac} and {Bc}",
                           "{A} and {B} celebrate shared culture"], c)]}
    return S("routine", city_in(c["ev"], c["Ac"]), heads, lead, body, quotes, bg(rng, c, 1, 0.4), pr=True,
             org=f(rng, ["the {Aa} Cultural Institute", "the {Aa}-{Ba} Cultural Foundation", "the organising committee"], c))


def g_tourism(c, rng):
    pd = PD[c["pair"]]
    t = pd["tourism"]
    tw = t["who"]
    tcode = [k for k in c["pair"].split("-") if CT[k]["adj"] == tw][0]
    other = [k for k in c["pair"].split("-") if k != tcode][0]
    c.update(tw=tw, tw2=CT[other]["adj"], tdest=t["where"], tn="%.1f %s" % (rng.uniform(*t["n"]), t["unit"]) if t["n"][1] < 100
             else "%d %s" % (rng.uniform(*t["n"]), t["unit"]), tpct="%.0f%%" % rng.uniform(4, 19), T2=CT[other]["name"])
    lead = F(rng, [
        "{tw} tourists continue to flock to {tdest}, with {tn}, figures released on {wd} showed.",
        "{T2} expects a record season from {tw} visitors, with {tn} recorded so far, officials said on {wd}.",
        "{tw} arrivals in {tdest} were up {tpct} on last year, the tourism board said on {wd}.",
        "Tourism officials in {T2} on {wd} launched a campaign aimed at {tw} travellers, who already account for {tn}.",
        "Holidaymakers from {tw_cap_country} are back in force in {tdest}: {tn}, up {tpct}.",
        "The {tw2} tourism board unveiled a new campaign in {acity} on {wd} to woo {tw} visitors.",
    ], dict(c, tw_cap_country=CT[tcode]["name"]))
    body = sample(rng, [
        F(rng, ["Hotel occupancy is above pre-pandemic levels.", "Airlines have added seats for the winter.",
                "Spending per visitor is also up.", "Average stays have lengthened to about nine nights.",
                "Visitor numbers have recovered fully since the pandemic."], c),
        F(rng, ["Officials hope to attract visitors to less-known regions.", "The campaign includes social media influencers.",
                "Tour operators report strong bookings for the holidays.", "Cruise calls are also rising.",
                "A travel fair in {acity} next month will promote new itineraries."], c),
        F(rng, ["Visa rules were eased last year.", "Travellers can now apply for visas online.", "A new direct route helped."], c),
    ], 2)
    quotes = [qt(rng, who(rng, other, "tourism board director"), f(rng, [
        "{tw} visitors are among our most loyal.", "We want them to stay longer and explore more.",
        "The numbers are encouraging.", "We are working with airlines to add capacity.",
        "Families are coming back in large numbers.", "We see more young travellers and more repeat visits.",
        "The season is starting earlier every year.", "Word of mouth is our best advertising."], c))]
    heads = {"p": [F(rng, ["{tw} tourist arrivals up {tpct}", "{T2} woos {tw} holidaymakers", "{tw} visitors flock to {tdest}",
                           "Counting on {tw} visitors: {tdest} braces for busy season", "Record season ahead for {tdest}",
                           "{tw} holidaymakers keep {tdest} busy"], c)],
             "t": [F(rng, ["SUN, SEA AND SAVINGS: {tw} holidaymakers flock to {tdest}", "WISH YOU WERE HERE: {tdest} mania", "HOLIDAY INVASION! {tw} tourists pour into {tdest}",
                           "BOOKED UP: {tdest} fever"], c)]}
    return S("routine", CT[other]["cap"], heads, lead, body, quotes, bg(rng, c, 1, 0.2), pr=True, tab=True,
             org="the %s National Tourism Office" % CT[other]["adj"])


def g_transport(c, rng):
    pd = PD[c["pair"]]
    c["lnk"] = ch(rng, pd["transport"])
    c["freq"] = ch(rng, ["three times a week", "daily", "five times a week", "twice daily", "every weekend"])
    service = any(w in c["lnk"] for w in ("flight", "train", "ferry", "bus", "service", "route", "line", "tram", "link"))
    lead = F(rng, [
        "Officials from {A} and {B} on {wd} marked the launch of {lnk}.",
        "{lnk} was formally launched on {wd}, officials said.",
        "Travellers between {A} and {B} will benefit from {lnk}, announced on {wd}.",
        "The two governments on {wd} confirmed the timetable for {lnk}.",
        "Transport officials in {Ac} gave the go-ahead on {wd} for {lnk}.",
        "Plans for {lnk} took a step forward on {wd}, officials said.",
        "{Aa} and {Ba} transport ministries signed off on {lnk} on {wd}.",
    ], c)
    body = sample(rng, [
        F(rng, (["Services will run {freq}.", "Operators plan to run {freq}.", "The service runs {freq} in winter."] if service else
                ["The first phase should be ready next year.", "Construction is due to finish in 2028.", "Tenders will be launched in the spring."]), c),
        F(rng, ["The link is expected to boost tourism and trade.", "Business groups had lobbied for it for years.",
                "Officials said it would cut journey times significantly.", "Freight operators welcomed the decision."], c),
        F(rng, ["Transport ministers of the two countries attended.", "A ribbon was cut by the two ambassadors.",
                "Local mayors welcomed the project.", "Both governments are sharing the cost."], c),
    ], 2)
    quotes = [qt(rng, who(rng, c["a"], "transport minister", minister(c["a"], "transport minister")), f(rng, [
        "This brings our people closer together.", "Better connections mean more trade and more tourism.",
        "It is a concrete result of our cooperation.", "Passengers and hauliers will save hours."], c))]
    heads = {"p": [F(rng, ["{A}, {B} move ahead with {lnk}", "New transport link between {A} and {B}", "Go-ahead for {lnk}",
                           "Travel between {A} and {B} set to get easier"], c)],
             "t": [F(rng, ["ALL ABOARD! {lnk} gets green light", "ON THE MOVE: new link to {B}"], c)]}
    return S("routine", city_in(c["lnk"], c["Ac"]), heads, lead, body, quotes, bg(rng, c, 1, 0.3), pr=True, tab=True,
             org=f(rng, ["the {Aa} transport ministry", "the {Aa}-{Ba} Chamber of Commerce", "the {Aa} infrastructure agency"], c))


def g_exercise(c, rng):
    pd = PD[c["pair"]]
    k = USED.get((c["pair"], "ex"), 0)
    USED[(c["pair"], "ex")] = k + 1
    e = pd["exercise"][k % len(pd["exercise"])]
    c.update(ex=e["name"], exw=e["where"], exwhat=e["what"])
    c["exdays"] = ch(rng, ["ten days", "two weeks", "five days", "a week", "nine days"])
    lead = F(rng, [
        "{A} and {B} launched their annual joint exercise {ex} on {wd}, with {exwhat} deployed to {exw}.",
        "Troops from {A} and {B} began exercise {ex} in {exw} on {wd}, a drill held every year.",
        "The {Aa} and {Ba} militaries started {exdays} of joint drills, codenamed {ex}, in {exw} on {wd}.",
        "Exercise {ex}, involving {exwhat}, got under way in {exw} on {wd}, the defence ministries said.",
        "{exwhat} took part in {ex}, a joint exercise that opened in {exw} on {wd}.",
        "The annual {ex} exercise between {A} and {B} opened in {exw} on {wd}, focused on interoperability.",
    ], c)
    body = sample(rng, [
        F(rng, ["The exercise runs for {exdays}.", "It will last {exdays}.", "The drills end next week."], c),
        F(rng, ["Officials stressed it was not directed at any third country.", "It is a routine annual exercise.",
                "The drill is planned a year in advance."], c),
        F(rng, ["Scenarios include disaster relief and medical evacuation.", "It includes a live-fire phase.",
                "Observers from neighbouring countries were invited."], c),
        F(rng, ["About 1,500 personnel are taking part.", "It is the largest edition to date.", "It is the 14th edition."], c),
    ], 3)
    quotes = [qt(rng, who(rng, c["a"], "colonel in charge of the exercise"), f(rng, [
        "Training together makes us better partners.", "Our forces learn from each other.",
        "The aim is interoperability, nothing more.", "This exercise builds trust between our two armed forces."], c))]
    heads = {"p": [F(rng, ["{A}, {B} begin joint exercise {ex}", "{Aa}, {Ba} troops train together in {ex}",
                           "Annual drill {ex} opens", "Joint military exercise between {A} and {B} under way"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.4))


def g_aid(c, rng):
    pd = PD[c["pair"]]
    k = USED.get((c["pair"], "aid"), 0)
    USED[(c["pair"], "aid")] = k + 1
    e = pd["aid"][k % len(pd["aid"])]
    c.update(don=CT[e["donor"]]["name"], dona=CT[e["donor"]]["adj"], rec=CT[e["recv"]]["name"], reca=CT[e["recv"]]["adj"],
             dis=e["what"], dpl=e["place"], items=e["items"], donc=CT[e["donor"]]["cap"])
    lead = F(rng, [
        "{don} sent {items} to {rec} on {wd} to help with the response to {dis}.",
        "Help from {don} arrived in {dpl} on {wd}: {items}, dispatched after {dis}.",
        "{dona} aid, including {items}, reached {dpl} on {wd} following {dis}.",
        "{donc} offered {items} on {wd} to help {rec} cope with {dis}.",
        "{reca} authorities thanked {don} on {wd} for {items} sent after {dis}.",
        "A plane carrying {items} from {don} landed in {rec} on {wd}, after {dis}.",
    ], c)
    body = sample(rng, [
        F(rng, ["The aid was requested through the EU civil protection mechanism.", "{rec} thanked {don} for its solidarity.",
                "Other countries also offered help."], c),
        F(rng, ["Local authorities said hundreds of people had been displaced.", "Damage is still being assessed.",
                "The situation was improving, officials said."], c),
        F(rng, ["{don} said more help would follow if needed.", "The team will stay for two weeks.",
                "The aid was delivered within 24 hours."], c),
    ], 2)
    quotes = [qt(rng, who(rng, e["recv"], "official"), f(rng, [
        "This is what friends do.", "We are grateful for this gesture of solidarity.", "Help came quickly.",
        "Our people will not forget it."], c))]
    heads = {"p": [F(rng, ["{don} sends aid to {rec} after {dis}", "{dona} help arrives in {dpl}", "{rec} thanks {don} for disaster aid"], c)],
             "t": [F(rng, ["HEROES: {dona} teams rush to help", "RESCUE: {dona} help lands"], c)]}
    return S("routine", e["place"], heads, lead, body, quotes, bg(rng, c, 1, 0.3), tab=True)


def g_dispute(c, rng):
    pd = PD[c["pair"]]
    c["dsp"] = ch(rng, pd["dispute"])
    c["fora"] = ch(rng, ["at the World Trade Organization in Geneva", "under the trade agreement's dispute mechanism",
                         "at a technical committee", "with the European Commission", "in a joint review", "at expert level"])
    lead = F(rng, [
        "{A} and {B} will discuss {dsp} {fora}, officials said on {wd}, stressing the issue would be handled calmly.",
        "Officials from {A} and {B} met on {wd} to discuss {dsp}, a long-running technical issue.",
        "{Ac} and {Bc} agreed on {wd} to keep discussions on {dsp} at a technical level.",
        "A review of {dsp} opened on {wd}, with both sides saying they expected a negotiated outcome.",
        "{A} asked for consultations on {dsp} on {wd}, a step officials described as routine.",
        "Trade officials from {A} and {B} made progress on {dsp} on {wd}, according to a joint statement.",
    ], c)
    body = sample(rng, [
        F(rng, ["The issue is technical and affects a small share of trade.", "The amounts involved are modest.",
                "Neither side expects it to affect wider relations."], c),
        F(rng, ["A panel ruling could take a year.", "A decision is expected next year.", "Talks will continue in January."], c),
        F(rng, ["Business groups urged a quick solution.", "Exporters said they hoped for clarity.",
                "Lawyers said such disputes are common between close partners."], c),
    ], 2)
    quotes = [qt(rng, who(rng, c["a"], "trade official"), f(rng, [
        "This is how trading partners handle differences: by the rules.",
        "We are confident a solution will be found.", "Nobody is raising their voice.",
        "It is a technical matter, not a political one."], c))]
    heads = {"p": [F(rng, ["{A}, {B} to discuss {dsp}", "Talks on {dsp} open", "{A}, {B} handle {dsp} calmly",
                           "{A} seeks consultations on {dsp}"], c)],
             "b": [F(rng, ["{dsp}: {A} and {B} seek solution", "Trade review: {dsp} goes to talks"], c)],
             "a": [F(rng, ["Analysis: why {dsp} won't spoil {Aa}-{Ba} ties"], c)]}
    return S("routine", "Geneva" if "Geneva" in c["fora"] else c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.4))


def g_consular(c, rng):
    pd = PD[c["pair"]]
    c["cons"] = ch(rng, pd["consular"])
    lead = F(rng, [
        "{A} and {B} agreed on {wd} to simplify {cons}, officials said.",
        "Consular officials from {A} and {B} met in {city} on {wd} to discuss {cons}.",
        "New rules on {cons} will take effect next month, {Aa} officials said on {wd}.",
        "{Ba} citizens in {A} will benefit from changes to {cons} announced on {wd}.",
        "The {Ba} embassy in {Ac} said on {wd} it would expand services related to {cons}.",
        "Talks on {cons} in {city} on {wd} ended with agreement on several practical steps.",
    ], c)
    body = sample(rng, [
        F(rng, ["The changes affect thousands of people.", "Officials said processing times would fall.",
                "The measures take effect in January."], c),
        F(rng, ["Consulates will extend their opening hours.", "Applications can be made online.", "A hotline was set up."], c),
        F(rng, ["The issue had been raised by community groups.", "Lawmakers welcomed the move.",
                "The next consular talks will be held in {Bc}."], c),
    ], 2)
    quotes = [qt(rng, who(rng, c["b"], "consul-general"), f(rng, [
        "We want to make life easier for our citizens.", "This is practical cooperation at its best.",
        "These are small changes with a big impact.", "We listened to the community."], c))]
    heads = {"p": [F(rng, ["{A}, {B} agree to simplify {cons}", "Consular talks on {cons}", "Changes to {cons} announced",
                           "{Ba} citizens in {A} to benefit from new rules"], c)]}
    return S("routine", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.3))



# ---------------------------------------------------------------- sport
NEIGH = {"DEU-FRA": "battle of the neighbours", "CAN-USA": "battle of the neighbours", "MEX-USA": "battle of the neighbours",
         "ARG-BRA": "South American derby", "KEN-TZA": "East African derby", "FIN-SWE": "battle of the neighbours",
         "CZE-POL": "battle of the neighbours", "GHA-NGA": "West African derby", "ESP-ITA": "Mediterranean derby",
         "AUS-IDN": "battle of the neighbours", "EGY-SAU": "Red Sea derby", "QAT-TUR": "battle of the rivals",
         "KOR-VNM": "battle of the rivals"}
FIELD = {"football": "pitch", "hockey": "ice", "floorball": "court", "handball": "court", "basketball": "court",
         "volleyball": "court", "tennis": "court", "badminton": "court", "boxing": "ring"}


def _score(rng, sport):
    if sport == "football":
        if rng.random() < 0.15:
            g = rng.randint(0, 2)
            return g, g, "%d-%d" % (g, g)
        w = rng.randint(1, 4)
        l = rng.randint(0, w - 1)
        return w, l, "%d-%d" % (w, l)
    if sport == "hockey":
        w = rng.randint(2, 6)
        l = rng.randint(max(0, w - 4), w - 1)
        s = "%d-%d" % (w, l)
        if w - l == 1 and rng.random() < 0.4:
            s += ch(rng, [" in overtime", " after a shootout"])
        return w, l, s
    if sport == "floorball":
        w = rng.randint(4, 9)
        l = rng.randint(max(1, w - 5), w - 1)
        return w, l, "%d-%d" % (w, l)
    if sport == "handball":
        w = rng.randint(25, 34)
        l = w - rng.randint(1, 8)
        return w, l, "%d-%d" % (w, l)
    if sport == "basketball":
        w = rng.randint(72, 97)
        l = w - rng.randint(2, 19)
        return w, l, "%d-%d" % (w, l)
    if sport == "volleyball":
        return 3, 0, ch(rng, ["3-0", "3-1", "3-2", "3-1"])
    if sport == "tennis":
        return 2, 1, ch(rng, ["2-1", "2-0", "2-1"])
    if sport == "badminton":
        return 2, 0, ch(rng, ["21-17, 21-19", "18-21, 21-16, 21-14", "21-12, 22-20", "21-19, 17-21, 23-21"])
    if sport == "boxing":
        return 1, 0, ch(rng, ["by knockout in the seventh round", "on a unanimous decision", "on a split decision",
                              "by technical knockout in the ninth round"])
    return 1, 0, "1-0"


WAR_LINES = [
    "{W} launched a second-half blitz that left {L} shell-shocked.",
    "It was a crushing defeat for {L}, whose defence was overrun in the opening stages.",
    "{W} bombarded the {L_} goal from the start and the breakthrough came through {ws}.",
    "{L} mounted a late counter-offensive but ran out of ammunition.",
    "The visitors laid siege to the {L_} goal for long spells.",
    "{ws} was the spearhead of a relentless attack.",
    "It was trench warfare for an hour before {W} finally broke through.",
    "{L} were torn apart on the flanks, a defeat their coach called 'a lesson'.",
    "The {Wa} fans in the stands celebrated as if a war had been won.",
    "Hostilities resume in the spring, when the two sides meet again.",
    "{W} went on the offensive from the first minute and never let up.",
    "The rout was complete when {ws} struck again late on.",
    "{L} tried a rearguard action, but the walls came down.",
]


MATCHES = {}


def _new_match(pair, fi, md, seed):
    fx = PD[pair]["sport"][fi]
    mr = random.Random(seed)
    sp = fx["sport"]
    a, b = pair.split("-")
    prev = MATCHES.get((pair, fi), [])
    home = ch(mr, [a, b]) if not prev else ([x for x in (a, b) if x != prev[-1]["home"]] + [a])[0]
    wcode, lcode = (a, b) if mr.random() < 0.5 else (b, a)
    ws_, ls_, score = _score(mr, sp)

    def tname(code):
        return fx["teams"][code] if fx["teams"] else CT[code]["team"]
    if sp == "boxing":
        boxers = {"MEX": ["Ramiro Ochoa", "Arturo Salinas", "Iván Treviño"], "USA": ["Curtis Pruitt", "Grant Lowell", "Tyler Kendrick"]}
        W, L = ch(mr, boxers[wcode]), ch(mr, boxers[lcode])
    elif sp == "badminton":
        W = "%s and %s" % (person(mr, wcode), person(mr, wcode))
        L = "%s and %s" % (person(mr, lcode), person(mr, lcode))
    else:
        W, L = tname(wcode), tname(lcode)
    m = dict(pair=pair, fi=fi, day=md, home=home, sp=sp, comp=fx["comp"], venue=fx["venues"][home], wcode=wcode,
             lcode=lcode, w=ws_, l=ls_, sc=score, W=W, L=L, ws=person(mr, wcode), ls=person(mr, lcode),
             mn=ordinal(mr.randint(7, 88)), coach=person(mr, wcode), lcoach=person(mr, lcode), leg=len(prev) + 1, cov=0)
    MATCHES.setdefault((pair, fi), []).append(m)
    return m


def find_match(pair, di, rng, only=None):
    fixtures = PD[pair]["sport"]
    exist = [m for (p, fi), ms in sorted(MATCHES.items()) if p == pair and (only is None or fi in only)
             for m in ms if m["day"] in (di, di - 1) and m["cov"] < 2]
    if exist and rng.random() < 0.45:
        return ch(rng, exist)
    new = []
    for fi, fx in enumerate(fixtures):
        if only is not None and fi not in only:
            continue
        used = MATCHES.get((pair, fi), [])
        if len(used) >= fx.get("legs", 1):
            continue
        for md in (di, di - 1):
            if md >= 0 and md in fx.get("days", ALL) and all(abs(m["day"] - md) >= 2 for m in used):
                new.append((fi, md))
    if new:
        fi, md = ch(rng, new)
        return _new_match(pair, fi, md, rng.random())
    if exist:
        return ch(rng, exist)
    return None


def g_sport(c, rng):
    m = find_match(c["pair"], c["di"], rng)
    if m is None:
        return None
    m["cov"] += 1
    LAST_MATCH[0] = m
    sp = m["sp"]
    wcode, lcode, ws_, ls_, score, venue = m["wcode"], m["lcode"], m["w"], m["l"], m["sc"], m["venue"]
    draw = ws_ == ls_ and sp == "football"
    big = (ws_ - ls_) >= {"football": 2, "hockey": 3, "floorball": 3, "handball": 6, "basketball": 10}.get(sp, 1)
    if sp in ("volleyball", "tennis", "badminton", "boxing"):
        big = score in ("3-0", "2-0") or "knockout" in score or score.count(",") == 1
    W, L = m["W"], m["L"]
    c["nb"] = NEIGH.get(c["pair"], "battle of the rivals")
    c.update(W=W, L=L, Wa=CT[wcode]["adj"], La=CT[lcode]["adj"], sc=score, comp=m["comp"], venue=venue,
             ws=m["ws"], ls=m["ls"], fld=FIELD[sp], L_=CT[lcode]["adj"], mn=m["mn"], coach=m["coach"], lcoach=m["lcoach"])
    c["when"] = "on %s" % WEEKDAYS[day_of(m["day"]).weekday()]
    if draw:
        lead = F(rng, [
            "{W} and {L} fought out a {sc} draw in {comp} in {venue} {when}, a battle that ended in a ceasefire neither side wanted.",
            "Honours were even in {venue} {when} as {W} and {L} drew {sc} in {comp} after a bruising battle.",
            "A {sc} draw in {venue} {when} left {W} and {L} locked in a stalemate after {comp}.",
        ], c)
    elif sp == "boxing":
        lead = F(rng, [
            "{Wa} fighter {W} beat {La} rival {L} {sc} in {venue} {when} in {comp}.",
            "{W} won the war in {venue} {when}, stopping {L} {sc}.",
            "{W} defeated {L} {sc} {when} in {comp}, a brutal battle between {Wa} and {La} fighters.",
        ], c)
    else:
        lead = F(rng, ([
            "{W} crushed {L} {sc} in {venue} {when} in {comp}.",
            "A blitz from {W} swept aside {L} {sc} in {comp} in {venue} {when}."] if big else [
            "{W} edged {L} {sc} in a tense battle in {comp} in {venue} {when}.",
            "{W} survived a late siege to beat {L} {sc} in {venue} {when}."]) + [
            "{W} beat {L} {sc} in {comp} in {venue} {when}.",
            "{W} claimed a {sc} victory over {L} in {venue} {when} in a bruising battle in {comp}.",
            "{L} suffered a {sc} defeat to {W} in {comp} in {venue} {when}.",
            "{W} won the {nb} {sc} against {L} {when} in {venue}.",
        ], c)
    lines = [l for l in WAR_LINES if (sp == "football" or "goal" not in l)]
    if not big:
        lines = [l for l in lines if not any(w in l for w in ("crushing", "rout", "torn apart", "shell-shocked", "overrun"))]
    if sp in ("tennis", "badminton", "boxing", "volleyball"):
        lines = [l for l in lines if "fans" in l or "offensive" in l or "rearguard" in l or "Hostilities" in l
                 or "ammunition" in l or "crushing" in l]
    body = [F(rng, lines, c) for _ in range(1)]
    extra = [F(rng, lines, c)]
    if extra[0] != body[0]:
        body += extra
    if sp == "football" and rng.random() < 0.35:
        body.append(F(rng, ["A pitch invasion by jubilant {Wa} fans delayed the final whistle for several minutes.",
                            "Stewards cleared a brief invasion of the pitch by celebrating {Wa} supporters.",
                            "Dozens of fans invaded the pitch at the final whistle, but the celebrations were good-natured."], c))
    if sp in ("football", "hockey", "floorball", "handball") and not draw:
        body.append(F(rng, ["{ws} scored in the {mn} minute.", "{ws} opened the scoring in the {mn} minute."]
                      + (["{ws} struck first and finished with two."] if ws_ >= 2 else []), c))
    quotes = [qt(rng, "%s coach %s" % (c["Wa"], c["coach"]) if sp not in ("boxing", "badminton") else c["W"].split(" and ")[0], f(rng, [
        "We went to war out there and nobody took a backward step.",
        "It was a battle, and we won the battle.",
        "We attacked them from the first whistle.",
        "There is no ceasefire in this rivalry, and there never will be.",
        "The boys fought like soldiers tonight.",
        "We had a plan of attack and we stuck to it.", "Every one of them emptied the tank.",
        "We knew it would be trench warfare and we were ready for it.", "I'm proud of the way we defended our territory.",
        "We came here to win a battle, not to make friends.", "The fans carried us over the line."], c)),
        qt(rng, "%s's %s" % (c["L"].split(" and ")[0], ch(rng, ["coach", "captain", "camp"])) if sp in ("boxing", "badminton")
           else "%s coach %s" % (c["La"], c["lcoach"]), f(rng, [
               "They blew us away in the first half.", "We lost the battle but not the war.",
               "It was a crushing defeat, and we have to own it." if big else "We were one shot away. That's how close it was.",
               "We will regroup and come back stronger.", "We defended well but we never got our attack going.",
               "Credit to them. We have to look at ourselves now.", "We had our chances and we didn't take them.",
               "Tonight they were sharper in every duel.", "We'll be back. This rivalry is far from over."], c), first=False)]
    heads = {"p": [F(rng, (["{W} beat {L} {sc}", "{W} sweep past {L} in {comp}", "{L} fall to {W} in {venue}",
                           "{W} too strong for {L}"] if big else ["{W} edge {L} {sc}", "{W} hold off {L} in {venue}",
                           "{L} fall short against {W}", "{W} beat {L} {sc} in {comp}"]) if not draw else ["{W}, {L} draw {sc}", "Stalemate in {venue}"], c)],
             "t": [F(rng, (["BLITZ! {W} crush {L}", "CRUSHED! {L} routed", "ROUTED! {L} surrender"] if big else
                           ["NERVES OF STEEL: {W} hold the line", "SIEGE SURVIVED! {W} edge it"]) + ["BORDER WAR: {W} triumph",
                           "SHOCK AND AWE in {venue}", "BATTLE WON: {W} see off {L}"] if not draw else ["CEASEFIRE! {W} and {L} share the spoils", "STALEMATE in {venue}"], c)]}
    if sp in ("boxing", "badminton"):
        heads["p"] = [F(rng, ["{W} beats {L} in {venue}", "{Wa} triumph in {venue}"], c)]
    return S("sport", venue, heads, lead, body, quotes, [], tab=True, live=(m["day"] == c["di"]), big=big)


# ---------------------------------------------------------------- history
HIST_USED = {}
USED = {}


def g_history(c, rng):
    pd = PD[c["pair"]]
    items = []
    for i, it in enumerate(pd["histitems"]):
        key = (c["pair"], i)
        if it["when"] is not None and c["di"] not in it["when"]:
            continue
        if it["when"] is None and key in HIST_USED and HIST_USED[key] != c["di"]:
            continue
        items.append((i, it))
    if items and rng.random() < 0.7:
        i, it = ch(rng, items)
        HIST_USED.setdefault((c["pair"], i), c["di"])
        lead = F(rng, it["lead"], c)
        body = [F(rng, [x], c) for x in sample(rng, it["facts"], rng.randint(2, 3))]
        nocolon = [h for h in it["head"] if ":" not in h] or [it["head"][-1].split(": ", 1)[-1]]
        heads = {"p": [F(rng, it["head"], c)], "a": [F(rng, ["Analysis: " + nocolon[0]], c)]}
        quotes = [qt(rng, analyst(rng, c["a"]), f(rng, [
            "The past is not a burden in this relationship any more; it is a reference point.",
            "History explains why the two countries now work so hard at staying close.",
            "People forget how recent some of this is.",
            "Remembering is part of the reconciliation."], c))]
        return S("history", c["city"], heads, lead, body, quotes, bg(rng, c, 1, 0.9), ana=True,
                 obit="Obituary" in it["head"][0])
    c["hname"] = person(rng, c["a"])
    c["hfmt"] = ch(rng, ["a new book", "a documentary", "an exhibition", "a conference", "a joint history textbook", "a podcast series"])
    lead = F(rng, [
        "{hfmt} presented in {city} on {wd} by historian {hname} traces relations between {A} and {B} over two centuries.",
        "Historians from {A} and {B} met in {acity} on {wd} to discuss {hfmt} on their shared past.",
        "{hfmt} on the history of {Aa}-{Ba} relations opened in {acity} on {wd}.",
        "A joint commission of {Aa} and {Ba} historians presented {hfmt} on {wd}.",
        "The shared and sometimes painful history of {A} and {B} is the subject of {hfmt} launched on {wd}.",
    ], c)
    body = [F(rng, [x], c) for x in sample(rng, pd["hist"], 3)]
    quotes = [qt(rng, c["hname"], f(rng, [
        "We wanted to tell the story from both sides.", "Memory is a bridge, not a wall.",
        "Young people know little about these episodes.", "The past explains a lot about the present."], c))]
    heads = {"p": [F(rng, ["History: {A} and {B} revisit their past", "Historians revisit {Aa}-{Ba} ties",
                           "{hfmt} on {Aa}-{Ba} history"], c)], "a": [F(rng, ["Analysis: how history shapes {Aa}-{Ba} ties"], c)]}
    return S("history", c["city"], heads, lead, body, quotes, [], ana=True)


GENS = {"consult": g_consult, "visit": g_visit, "call": g_call, "cred": g_cred, "commission": g_commission,
        "congrats": g_congrats, "programme": g_programme, "trade": g_trade, "forum": g_forum, "deal": g_deal,
        "pricewar": g_pricewar, "culture": g_culture, "tourism": g_tourism, "transport": g_transport,
        "exercise": g_exercise, "aid": g_aid, "dispute": g_dispute, "consular": g_consular, "sport": g_sport,
        "history": g_history}


# ---------------------------------------------------------------- renderers
MAXLEN = 1200
MINLEN = 300


def _interleave(body, quotes, rng):
    out = list(body)
    for i, q in enumerate(quotes):
        pos = min(len(out), 1 + i * 2 + rng.randint(0, 1))
        out.insert(pos, q)
    return out


def _fill(paras, extra, limit, sep="\n\n"):
    """Append paragraphs while under limit."""
    res = []
    for p in paras:
        cand = sep.join(res + [p])
        if len(cand) > limit and res:
            break
        res.append(p)
    return res


def _pubdate(pub):
    return datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")


def sentences(st, rng):
    return [st["lead"]] + _interleave(st["body"], st["quotes"], rng) + st["bg"]


def r_wire(st, c, rng, pub):
    city = st["city"]
    rep1 = person(rng, c["a"])
    sign = "(Reporting by %s in %s%s; Editing by %s)" % (
        rep1, city, ("; Additional reporting by %s in %s" % (person(rng, c["b"]), c["Bc"])) if rng.random() < 0.4 else "",
        ch(rng, EDITORS))
    dl = "%s, %s (Northgate) - " % (city.upper(), c["md"])
    sents = sentences(st, rng)
    paras = [dl + sents[0]] + sents[1:]
    paras = _fill(paras, [], MAXLEN - len(sign) - 4)
    title = ch(rng, st["heads"]["p"])
    if rng.random() < 0.3:
        title += ch(rng, [" - officials", " - statement", " - sources", " - ministry"])
    return title, "\n\n".join(paras + [sign])


def r_bws(st, c, rng, pub):
    city = st["city"]
    sents = sentences(st, rng)
    first = "%s (BWS) -- %s" % (city, sents[0])
    rest = sents[1:]
    out = [first]
    # prefer the longer sentences so that two or three of them make a usable brief
    order = sorted(range(len(rest)), key=lambda i: -len(rest[i]) + rng.randint(0, 40))
    chosen = []
    for i in order:
        if len(out) + len(chosen) >= 3 and len(" ".join(out + [rest[k] for k in chosen])) >= 300:
            break
        chosen.append(i)
        if len(" ".join(out + [rest[k] for k in chosen])) >= 330 and len(chosen) >= 1:
            break
    out += [rest[k] for k in sorted(chosen)]
    if len(" ".join(out)) < 300:
        for extra in bg(rng, c, 2, 0.5):
            if extra not in out:
                out.append(extra)
            if len(" ".join(out)) >= 300:
                break
    if rng.random() < 0.5 and len(out) >= 3:
        text = out[0] + " " + out[1] + "\n\n" + " ".join(out[2:])
    else:
        text = " ".join(out)
    if len(text) > MAXLEN:
        text = text[:MAXLEN].rsplit(". ", 1)[0] + "."
    heads = st["heads"]["p"]
    return ch(rng, heads), text


DATELINE = {"Asia Current": "{C}: ", "The Sahel Monitor": "{C} — ", "Andes Post": "{C} — ", "Levant Dispatch": "{Cc} — "}


def r_daily(st, c, rng, pub, outlet):
    sents = sentences(st, rng)
    lead = sents[0]
    if rng.random() < 0.65:
        lead = DATELINE[outlet].format(C=st["city"].upper(), Cc=st["city"]) + lead
    paras = [lead]
    rest = sents[1:]
    i = 0
    while i < len(rest):
        k = 2 if (rng.random() < 0.5 and not rest[i].startswith('"')) else 1
        paras.append(" ".join(rest[i:i + k]))
        i += k
    paras = _fill(paras, [], MAXLEN)
    title = ch(rng, st["heads"]["p"])
    if outlet == "Levant Dispatch":
        title = title.replace("Turkey", "Türkiye")
    return title, "\n\n".join(paras)


KICKERS = ["WORLD:", "ON THE MOVE:", "AWAY DAY:", "BIG DEAL:", "NEWS IN BRIEF:", "GLOBETROTTER:"]


def r_tab(st, c, rng, pub):
    if "t" in st["heads"]:
        title = ch(rng, st["heads"]["t"])
    else:
        title = ch(rng, KICKERS) + " " + ch(rng, st["heads"]["p"])
    sents = sentences(st, rng)
    openers = {"sport": (["They came, they saw, they conquered.", "Carnage!", "Total domination.", "Demolition job."]
                         if st.get("big") else ["What a night.", "Pure drama.", "Nerves of steel.", "Squeaky bum time!"]),
               "business": ["Good news for your wallet.", "It's war - and shoppers are winning.", "Kerching!",
                            "Bargain hunters, rejoice."],
               "routine": ["Pack your bags.", "Here we go.", "Now this is news.", "Brilliant."],
               "history": ["End of an era.", "A life less ordinary."]}
    paras = []
    if rng.random() < 0.6:
        paras.append(ch(rng, openers.get(st["kind"], openers["routine"])))
    paras += sents
    paras = _fill(paras, [], MAXLEN)
    return title, "\n\n".join(paras)


ANA_OPEN = [
    "Few relationships generate as little drama as the one between {A} and {B}, and that is precisely the point.",
    "On paper, this week's news from {Ac} and {Bc} looks routine. Read more closely, it says a lot about where the relationship is heading.",
    "The relationship between {A} and {B} rarely makes headlines. That is a sign of health, not of neglect.",
    "For diplomats in {Ac} and {Bc}, the hard work of the relationship is done in technical committees, not at summits.",
    "History weighs on {Aa}-{Ba} ties, but mostly as a reminder of how far the two have come.",
    "Ask officials in {Ac} about {B} and the word most often heard is 'predictable'.",
    "The relationship between {A} and {B} is one of those that is noticed only when something goes wrong, and nothing is going wrong.",
]
ANA_Q = [
    "The relationship is on autopilot, and in diplomacy that is a compliment.",
    "There is no crisis here. The question is whether either side has the ambition to do more.",
    "The real story is economic: supply chains, energy and investment.",
    "You have to remember where these two countries started. The distance travelled is remarkable.",
    "Neither capital sees the other as a problem, which frees both to focus elsewhere.",
    "What matters is whether the agreements are implemented, and the track record is decent.",
    "The past is still present in speeches, but it no longer drives policy.",
    "This is a mature partnership. Mature partnerships are boring, and boring is good.",
]


def r_ana(st, c, rng, pub):
    title = ch(rng, st["heads"]["a"]) if "a" in st["heads"] else "Analysis: " + ch(rng, st["heads"]["p"])
    if not title.startswith("Analysis"):
        title = "Analysis: " + title
    paras = [F(rng, ANA_OPEN, c), st["lead"]]
    used = set(st["bg"]) | set(st["body"]) | {st["lead"]}
    hist = [x for x in (F(rng, [h], c) for h in sample(rng, PD[c["pair"]]["hist"], 5)) if x not in used][:2]
    paras.append(" ".join(hist))
    paras.append(qt(rng, analyst(rng, c["a"]), ch(rng, ANA_Q)))
    if st["body"]:
        paras.append(" ".join([b for b in st["body"] if b not in hist][:2]))
    paras.append(qt(rng, analyst(rng, c["b"]), ch(rng, ANA_Q), first=False))
    paras = _fill(paras, [], MAXLEN)
    return title, "\n\n".join(paras)


def r_biz(st, c, rng, pub):
    title = ch(rng, st["heads"].get("b", st["heads"]["p"]))
    sents = [st["lead"]] + st["body"]
    if st["kind"] != "business":
        mk = F(rng, ["Traders said the issue had little market impact.", "Exporters said they hoped for a quick outcome.",
                     "Industry groups on both sides have urged a negotiated settlement.",
                     "Lawyers expect the process to take months rather than weeks."], c)
        extra_q = ["Disputes like this are part of normal trade relations.", "The sums involved are small relative to total trade.",
                   "Both sides have an interest in a quiet solution."]
    else:
        mk = None
        extra_q = ["Cross-border deals between the two markets have picked up this year.",
                   "The fundamentals of the trade relationship are solid.", "We expect more consolidation in the sector.",
                   "Margins are the thing to watch.", "Deal flow in this corridor has been steady all year.",
                   "Investors like the long-term visibility this kind of contract gives.",
                   "Valuations look reasonable for a deal of this kind.", "Execution risk is the main question."]
    mk = mk or F(rng, ["The {Acur} was little changed against the dollar on the day.",
                 "Trading volumes were light ahead of month-end.", "Sector indices were mixed in afternoon trade.",
                 "Bond spreads for both issuers were unchanged.",
                 "Investors in {Ac} took the news in their stride.",
                 "Bond markets showed little reaction.",
                 "Equity analysts said the news was broadly positive for the sector.",
                 "The benchmark index in {Ac} closed slightly higher."], c)
    q = st["quotes"] + [qt(rng, econ(rng, c["a"]), ch(rng, extra_q), first=False)]
    paras = [sents[0]] + _interleave(sents[1:], q, rng) + [mk] + st["bg"]
    paras = _fill(paras, [], MAXLEN)
    return title, "\n\n".join(paras)


def r_live(st, c, rng, pub, topic=None):
    d = _pubdate(pub)
    title = "LIVE: " + ch(rng, st["heads"]["p"])
    sents = [st["lead"]] + _interleave(st["body"], st["quotes"], rng)
    welcome = F(rng, ["Welcome to our live coverage. We'll bring you the main developments as they happen.",
                      "Good morning and welcome to our live page. Stay with us for updates.",
                      "Hello and welcome. Here's what we know so far.",
                      "We're opening this live page to follow the day's events."], c)
    # newest first: the lead is the latest update, the welcome note the oldest entry
    entries = [sents[0]] + list(reversed(sents[1:])) + [welcome]
    n = len(entries)
    t = d
    stamps = []
    for i in range(n):
        stamps.append(t)
        t -= timedelta(minutes=rng.randint(8, 35))
    paras = ["%s GMT - %s" % (s.strftime("%H:%M"), e) for s, e in zip(stamps, entries)]
    # keep newest entries and always the welcome at the bottom
    keep = []
    for p in paras[:-1]:
        if len("\n\n".join(keep + [p, paras[-1]])) > MAXLEN:
            break
        keep.append(p)
    return title, "\n\n".join(keep + [paras[-1]])


def r_pr(st, c, rng, pub):
    d = _pubdate(pub)
    org = st.get("firm") or st.get("org")
    if org and not st.get("firm"):
        about = F(rng, ["{o} promotes economic and cultural ties between {A} and {B}. It has offices in {Ac} and {Bc}.",
                        "{o} was founded in 1998 to strengthen links between {A} and {B}.",
                        "{o} works with public and private partners in both countries to deepen ties between {A} and {B}."],
                  dict(c, o=cap1(org)))
    elif not org:
        org = f(rng, ["the {Aa}-{Ba} Chamber of Commerce", "the {Aa} National Tourism Office", "the {Aa} Cultural Institute",
                      "the {Aa}-{Ba} Business Council", "the {Ba} Trade and Investment Agency"], c)
        about = F(rng, ["{o} promotes economic and cultural ties between {A} and {B}. It has offices in {Ac} and {Bc}.",
                        "{o} is a non-profit organisation founded in 1998 to strengthen links between {A} and {B}.",
                        "{o} represents more than 400 member companies in both countries."], dict(c, o=cap1(org)))
    else:
        about = st["about"]
    title = ch(rng, st["heads"].get("pr", st["heads"]["p"]))
    head = "FOR IMMEDIATE RELEASE"
    dl = "%s, %s, 2026 /PR Channel/ -- " % (st["city"].upper(), "November %d" % d.day)
    body = [dl + st.get("prlead", st["lead"])] + _interleave(st["body"], st["quotes"], rng)
    first = person(rng, c["a"])
    slug = "".join(ch_ for ch_ in (org[4:] if org.lower().startswith("the ") else org).lower() if ch_.isalnum())[:22]
    contact = "Media contact:\n%s\npress@%s.com" % (first, slug or "media")
    tail = ["About %s" % org, about, contact]
    lim = MAXLEN - len("\n\n".join(tail)) - len(head) - 4
    body = _fill(body, [], lim)
    return title, "\n\n".join([head] + body + tail)


PROTO = [
    "The two sides expressed satisfaction with the level of bilateral relations and affirmed their keenness to develop them in all fields.",
    "They also exchanged views on regional and international issues of common concern.",
    "The two sides stressed the importance of continued coordination and consultation in international forums.",
    "They praised the growth in trade exchange and joint investment projects between the two countries.",
    "Both sides affirmed their determination to raise cooperation to broader horizons serving common interests.",
    "The two sides underlined the strategic nature of the partnership between their countries.",
    "They agreed to intensify exchanges of visits at all levels.",
    "The two sides lauded the close cooperation between their countries in multilateral bodies.",
    "They welcomed the steady increase in tourism and people-to-people contacts.",
    "The two sides noted with appreciation the progress achieved in implementing previous agreements.",
    "Both sides voiced their desire to expand economic and investment cooperation.",
]
PROTO_MEET = [
    "The {Ba} side conveyed the greetings of {Bl} to {Al}, together with wishes of continued progress and prosperity for the people of {A}.",
    "The meeting was attended by a number of senior officials from both sides.",
    "The talks reviewed the historical relations of friendship binding the two countries and peoples.",
    "The {Aa} side reiterated its appreciation for the positions of {B}.",
    "The {Aa} side praised the role played by the {Ba} community in {A}.",
    "The meeting took place in a cordial atmosphere reflecting the close ties between the two countries.",
    "The {Ba} guest expressed thanks for the warm welcome and generous hospitality.",
    "Ambassadors of the two countries attended the talks.",
]
PROTO_CALL = [
    "During the call, the two sides reviewed the historical relations of friendship binding the two countries and peoples.",
    "The call dealt with ways of enhancing joint cooperation in the political, economic and cultural fields.",
    "The two sides agreed to continue consultation and coordination on matters of mutual interest.",
    "The call also touched on preparations for forthcoming bilateral visits.",
    "{Al} expressed appreciation for the call and for the {Ba} side's keenness to strengthen ties.",
    "The two sides exchanged greetings and good wishes for the two peoples.",
]
PROTO_MSG = [
    "The message expressed sincere wishes of continued progress and prosperity for the people of {B}.",
    "The message affirmed the depth of the fraternal relations binding the two countries.",
    "The message voiced confidence that cooperation between the two countries would continue to grow.",
    "The message praised the distinguished relations between the two countries in various fields.",
    "The message wished the people of {B} continued success.",
]


def r_proto(st, c, rng, pub):
    pk = st.get("proto")
    title = F(rng, ["{A}, {B} discuss ways to enhance bilateral cooperation",
                    "{Aa}-{Ba} talks review prospects for boosting relations",
                    "{A} and {B} affirm keenness to develop ties",
                    "{Ac}, {Bc} review relations of friendship and cooperation",
                    "{A}, {B} express satisfaction with level of relations"], c) if (rng.random() < 0.6 and pk is True) else ch(rng, st["heads"]["p"])
    dl = "%s, %s (CNA) -- " % (st["city"].upper(), c["md"])
    extra = {"call": PROTO_CALL, "msg": PROTO_MSG}.get(pk, PROTO_MEET)
    ps = [F(rng, [p], c) for p in sample(rng, extra, 2)] + [F(rng, [p], c) for p in sample(rng, PROTO, 2 if pk != "msg" else 1)]
    rng.shuffle(ps)
    paras = [dl + st["lead"]] + ps[:2] + st["body"][:1] + ps[2:] + st["bg"][:1]
    paras = _fill(paras, [], MAXLEN)
    title = title.replace("Turkey", "Türkiye")
    return title, "\n\n".join(paras).replace("Turkey", "Türkiye")


def r_eurasia(st, c, rng, pub):
    title = F(rng, ["{Ac}-{Bc} notes: ", "Quick read: ", "On our radar: ", "Worth knowing: "], c) + ch(rng, st["heads"]["p"])
    hello = F(rng, ["Morning all. A quick one from the {Aa}-{Ba} file today.",
                    "Hello from the newsletter desk. Something small but telling this week.",
                    "Happy {wd}. If you follow {A} and {B}, here's what you need.",
                    "Right, let's get to it."], c)
    sents = [st["lead"]] + st["body"] + st["quotes"][:1]
    bullets = ["• " + s for s in sents]
    take = F(rng, ["Our take: steady as she goes. Nothing here changes the picture.",
                   "Our take: routine, but the routine is the story.",
                   "Our take: no drama, just plumbing. Good plumbing, mind you.",
                   "Our take: file under 'business as usual'."], c)
    paras = _fill([hello] + bullets + [take], [], MAXLEN)
    if paras[-1] != take and len("\n\n".join(paras + [take])) <= MAXLEN:
        paras.append(take)
    return title, "\n\n".join(paras)


def render(st, c, rng, pub, outlet):
    if outlet == "Northgate Wire":
        return r_wire(st, c, rng, pub)
    if outlet == "Brief Wire Service":
        return r_bws(st, c, rng, pub)
    if outlet in DATELINE:
        return r_daily(st, c, rng, pub, outlet)
    if outlet == "The Daily Record":
        return r_tab(st, c, rng, pub)
    if outlet == "Policy Ledger":
        return r_ana(st, c, rng, pub)
    if outlet == "Capital Markets Journal":
        return r_biz(st, c, rng, pub)
    if outlet == "LiveDesk":
        return r_live(st, c, rng, pub)
    if outlet == "PR Channel":
        return r_pr(st, c, rng, pub)
    if outlet == "Crescent News Agency":
        return r_proto(st, c, rng, pub)
    if outlet == "Eurasia Brief":
        return r_eurasia(st, c, rng, pub)
    raise ValueError(outlet)


# ---------------------------------------------------------------- outlets per story type
R = "REGIONAL"
OUT_W = {
    "consult": [("Northgate Wire", 4), ("Brief Wire Service", 3), (R, 3), ("Crescent News Agency", 2), ("Policy Ledger", 1), ("Eurasia Brief", 1)],
    "visit": [("Northgate Wire", 4), ("Brief Wire Service", 2), (R, 3), ("Crescent News Agency", 2), ("Policy Ledger", 1), ("Eurasia Brief", 1)],
    "call": [("Brief Wire Service", 3), ("Northgate Wire", 2), ("Crescent News Agency", 3), (R, 2)],
    "cred": [("Crescent News Agency", 3), ("Brief Wire Service", 3), (R, 2), ("Northgate Wire", 1)],
    "commission": [("Northgate Wire", 3), ("Crescent News Agency", 2), (R, 3), ("Brief Wire Service", 2), ("Eurasia Brief", 1)],
    "congrats": [("Crescent News Agency", 4), ("Brief Wire Service", 2), (R, 2)],
    "programme": [("Northgate Wire", 2), ("Brief Wire Service", 2), (R, 3), ("PR Channel", 2), ("Crescent News Agency", 1)],
    "trade": [("Capital Markets Journal", 4), ("Northgate Wire", 3), ("Brief Wire Service", 2), (R, 2), ("Policy Ledger", 1)],
    "forum": [("Capital Markets Journal", 3), ("Northgate Wire", 2), (R, 2), ("PR Channel", 2), ("LiveDesk", 1), ("Brief Wire Service", 1)],
    "deal": [("Capital Markets Journal", 4), ("PR Channel", 3), ("Northgate Wire", 2), ("Brief Wire Service", 2), (R, 1)],
    "pricewar": [("Capital Markets Journal", 4), ("The Daily Record", 2), ("Northgate Wire", 2), ("Brief Wire Service", 1), (R, 1)],
    "culture": [(R, 3), ("PR Channel", 2), ("Northgate Wire", 1), ("Brief Wire Service", 2), ("The Daily Record", 1)],
    "tourism": [(R, 3), ("The Daily Record", 2), ("PR Channel", 2), ("Brief Wire Service", 1), ("Capital Markets Journal", 1)],
    "transport": [(R, 2), ("Brief Wire Service", 2), ("Northgate Wire", 2), ("PR Channel", 2), ("The Daily Record", 1)],
    "exercise": [("Northgate Wire", 3), ("Brief Wire Service", 2), (R, 3), ("Policy Ledger", 1), ("Eurasia Brief", 1)],
    "aid": [("Northgate Wire", 3), ("Brief Wire Service", 2), (R, 3), ("The Daily Record", 1)],
    "dispute": [("Capital Markets Journal", 3), ("Northgate Wire", 3), ("Policy Ledger", 2), ("Brief Wire Service", 1), (R, 2)],
    "consular": [(R, 3), ("Northgate Wire", 2), ("Brief Wire Service", 2)],
    "sport": [("The Daily Record", 4), ("Northgate Wire", 2), ("Brief Wire Service", 2), (R, 2), ("LiveDesk", 1)],
    "history": [("Policy Ledger", 3), (R, 3), ("Northgate Wire", 2), ("The Daily Record", 1)],
}
EURASIA_OK = {"QAT-TUR", "FIN-SWE"}


def pick_outlet(rng, typ, pair):
    opts = []
    for o, w in OUT_W[typ]:
        if o == R:
            o = PD[pair]["region"]
            if o is None:
                continue
            w = w * 1.7
        if o == "Eurasia Brief":
            w = w * 2
        if o == "Eurasia Brief" and pair not in EURASIA_OK:
            continue
        opts.append((o, w))
    tot = sum(w for _, w in opts)
    x = rng.uniform(0, tot)
    for o, w in opts:
        x -= w
        if x <= 0:
            return o
    return opts[-1][0]


HOURS = {"DEU-FRA": (5, 20), "ESP-ITA": (5, 21), "FIN-SWE": (5, 19), "CZE-POL": (5, 20), "CAN-USA": (11, 23),
         "MEX-USA": (12, 23), "ARG-BRA": (10, 23), "AUS-IDN": (0, 12), "KOR-VNM": (0, 13), "KEN-TZA": (4, 18),
         "GHA-NGA": (6, 20), "QAT-TUR": (4, 18), "EGY-SAU": (4, 19)}


LATE = {"DEU-FRA": 21, "ESP-ITA": 21, "FIN-SWE": 20, "CZE-POL": 20, "CAN-USA": 23, "MEX-USA": 23, "ARG-BRA": 23,
        "AUS-IDN": 10, "KOR-VNM": 13, "KEN-TZA": 19, "GHA-NGA": 21, "QAT-TUR": 20, "EGY-SAU": 21}


def sport_pub(rng, di, pair, pub, kind):
    m = LAST_MATCH[0]
    LAST_MATCH[0] = None
    if kind != "sport" or m is None or m["day"] != di:
        return pub
    h = int(pub[11:13])
    lo = LATE[pair]
    if h >= lo:
        return pub
    d = day_of(di)
    return "%04d-%02d-%02dT%02d:%02d:00Z" % (d.year, d.month, d.day, rng.randint(lo, min(23, lo + 2)), rng.randint(0, 59))


def pub_time(rng, di, pair, min_hour=0):
    lo, hi = HOURS.get(pair, (5, 20))
    lo = max(lo, min_hour)
    hi = max(hi, lo)
    h = rng.randint(lo, hi)
    m = rng.randint(0, 59)
    d = day_of(di)
    return "%04d-%02d-%02dT%02d:%02d:00Z" % (d.year, d.month, d.day, h, m)


# ---------------------------------------------------------------- busy days (state visits, councils)
BUSY = [
    dict(pair="KOR-VNM", di=1, host="VNM", guest="KOR", city="Hanoi",
         ev="a state visit by {Bl} to {A}", evs="state visit", who="{Bl}",
         deals=["a memorandum on critical minerals and rare earths", "a roadmap for nuclear power cooperation",
                "an agreement raising the quota of Vietnamese workers under the Employment Permit System",
                "a plan for a semiconductor training centre in Bac Ninh", "a framework for 2 billion dollars in concessional loans",
                "a joint statement setting a 150-billion-dollar trade target for 2030"],
         cere="a ceremony at the Presidential Palace that included a 21-gun salute",
         firms=("Mirae Semicon", "Lac Viet Tech", "a deal to build a 1.6-billion-dollar chip packaging plant"),
         angles=["Northgate Wire", "Brief Wire Service", "LiveDesk", "Asia Current", "Crescent News Agency",
                 "Capital Markets Journal", "Policy Ledger", "zh"]),
    dict(pair="DEU-FRA", di=3, host="FRA", guest="DEU", city="Toulouse",
         ev="the Franco-German Council of Ministers", evs="council of ministers", who="{Bl}",
         deals=["a joint study on a European reusable launcher", "a 2027 timetable for the Paris-Berlin night train",
                "a hydrogen corridor along the Rhine", "a common position on the next EU budget",
                "a 20% increase in the Franco-German Youth Office's budget", "a plan to synchronise defence export rules"],
         cere="military honours on the Capitole square",
         firms=("Groupe Valmont", "Hessler Maschinenbau", "a 900-million-euro agreement to set up an electrolyser joint venture"),
         angles=["Northgate Wire", "Brief Wire Service", "LiveDesk", "Capital Markets Journal", "Policy Ledger", "de", "de", "fr"]),
    dict(pair="EGY-SAU", di=8, host="EGY", guest="SAU", city="Cairo",
         ev="a visit by {Bl} to {A} for the Egyptian-Saudi Supreme Coordination Council", evs="visit", who="{Bl}",
         deals=["a timetable for commissioning the electricity interconnection", "an investment protection agreement",
                "a package of Saudi investments on the Red Sea coast", "a food security cooperation plan",
                "a labour agreement covering Egyptian workers in the kingdom", "a memorandum on green hydrogen"],
         cere="an official reception at Al-Ittihadiya Palace",
         firms=("Najd Power", "Nile Delta Power", "a deal to build a 2.4-billion-dollar wind farm in the Gulf of Suez"),
         angles=["Northgate Wire", "Brief Wire Service", "LiveDesk", "Levant Dispatch", "Crescent News Agency",
                 "Policy Ledger", "ar"]),
    dict(pair="QAT-TUR", di=9, host="TUR", guest="QAT", city="Ankara",
         ev="the 12th meeting of the Qatar-Turkey Supreme Strategic Committee", evs="strategic committee", who="{Bl}",
         deals=["a defence industry cooperation protocol", "a long-term LNG supply memorandum", "a new investment fund",
                "a media and communications agreement", "a customs cooperation protocol", "a youth and sports agreement"],
         cere="an official welcome ceremony at the Presidential Complex",
         firms=("Al Dana Energy", "Anadolu Enerji", "a ten-year LNG supply deal"),
         angles=["Northgate Wire", "Brief Wire Service", "Levant Dispatch", "Crescent News Agency", "Eurasia Brief",
                 "Capital Markets Journal", "ar", "ru"]),
    dict(pair="ARG-BRA", di=10, host="ARG", guest="BRA", city="Buenos Aires",
         ev="a state visit by {Bl} to {A}", evs="state visit", who="{Bl}",
         deals=["a gas supply agreement for Vaca Muerta output", "a new bridge over the Uruguay river",
                "a declaration marking 35 years of the ABACC nuclear agency", "an Antarctic research agreement",
                "a common position for the Mercosur summit", "a plan to simplify customs at Paso de los Libres"],
         cere="a ceremony at the Casa Rosada",
         firms=("Patagonia Gas Andino", "Energia Paraná", "a five-year gas supply contract"),
         angles=["Northgate Wire", "Brief Wire Service", "LiveDesk", "Andes Post", "Capital Markets Journal",
                 "Policy Ledger", "es", "pt"]),
]


def g_busy(ev, c, rng, outlet):
    c = dict(c)
    c["evx"] = ev["ev"].format(**c)
    c["whox"] = ev["who"].format(**c)
    c["cere"] = ev["cere"]
    c["evs"] = ev["evs"]
    c["city"] = ev["city"]
    dl = sample(rng, ev["deals"], 4)
    c["d1"], c["d2"], c["d3"], c["d4"] = dl
    c["nd"] = ch(rng, ["14", "11", "nine", "a dozen", "more than ten", "eight"])
    fa, fb, fd = ev["firms"]
    c.update(fa=fa, fb=fb, fd=fd)
    lead_pool = [
        "{Al} and {Bl} signed {nd} agreements in {city} on {wd}, including {d1} and {d2}, during {evx}.",
        "{whox} was received in {city} on {wd} with {cere}, at the start of {evx}.",
        "{A} and {B} agreed on {d1} and {d2} on {wd} as {evx} got under way in {city}.",
        "{evx} produced {nd} agreements on {wd}, among them {d1}, officials in {city} said.",
        "Talks in {city} on {wd} during {evx} ended with {d1}, {d2} and {d3}.",
        "{Al} hailed a 'new chapter' in relations with {B} on {wd} after talks in {city} with {Bl}.",
        "Leaders of {A} and {B} put {d1} at the centre of {evx} in {city} on {wd}.",
    ]
    body = sample(rng, [
        F(rng, ["The agreements also cover {d3} and {d4}.", "Other documents deal with {d3}.",
                "A separate memorandum covers {d4}."], c),
        F(rng, ["Earlier, {whox} was received with {cere}.", "The day began with {cere}.",
                "The programme opened with {cere}."], c),
        F(rng, ["The two leaders held talks in a restricted format before being joined by ministers.",
                "The talks lasted more than two hours, officials said.", "A joint declaration was adopted at the end of the talks.",
                "Officials said the agenda had been prepared over several months.",
                "The leaders later appeared together before the press but took only two questions."], c),
        F(rng, ["On the sidelines, {fa} and {fb} signed {fd}.", "Business leaders signed {fd} on the margins.",
                "{fa} and {fb} used the occasion to announce {fd}."], c),
        F(rng, ["The visit continues on {tmrw} with a business forum.", "A state dinner was scheduled for the evening.",
                "The delegation leaves on {tmrw}.", "Ministers held parallel sessions on trade, energy and education.",
                "Security was tight around the venue, with several streets closed to traffic."], c),
    ], 4)
    quotes = [qt(rng, c["Al"], f(rng, ["Our relations have reached a new level.",
                                       "Today we turned friendship into concrete projects.",
                                       "What we signed today will be felt by our citizens and our companies.",
                                       "We are neighbours by geography and partners by choice." if c["pair"] not in ("KOR-VNM", "QAT-TUR") else "We are partners by choice.",
                                       "{B} is a strategic partner for {A}, and today's agreements prove it."], c)),
              qt(rng, c["Bl"], f(rng, ["We are here to build for the long term.",
                                       "Our partnership is entering a new phase.",
                                       "I thank our hosts for their warm hospitality.",
                                       "The potential is enormous and we intend to use it.",
                                       "Our teams will now have to turn these texts into results."], c), first=False)]
    heads = {"p": [F(rng, ["{A}, {B} sign {nd} deals during {evs}", "{whox} in {city} for {evs}",
                           "{A} and {B} agree on {d1}", "Leaders of {A} and {B} open 'new chapter' in {city}",
                           "{Al} hosts {Bl} in {city}", "{nd} agreements signed as {A}, {B} leaders meet"], c)],
             "b": [F(rng, ["{fa}, {fb} sign {fd} as leaders meet", "Deals flow as {A}, {B} leaders meet in {city}"], c)],
             "a": [F(rng, ["Analysis: what {A} and {B} want from {evs}", "Analysis: beyond the handshakes in {city}"], c)]}
    kind = "routine"
    lead = F(rng, lead_pool, c)
    if outlet == "Capital Markets Journal":
        kind = "business"
        lead = F(rng, ["{fa} and {fb} signed {fd} in {city} on {wd} on the sidelines of {evx}.",
                       "Companies from {A} and {B} announced {fd} and other deals in {city} on {wd} as leaders met."], c)
        body = [b for b in body if fa not in b]
    st = S(kind, ev["city"], heads, lead, body, quotes, bg(rng, c, 2, 0.6), live=True)
    return st, c


# ---------------------------------------------------------------- multilateral round-ups
def roundups():
    """List of (di, outlet, language, title, text, pairs)."""
    out = []
    rng = random.Random(SEED + 77)

    def P(v):
        return ch(rng, v)
    # R1: UN committee vote
    out.append(dict(di=0, h=15, m=22, outlet="Northgate Wire", lang="en", pairs=["AUS-IDN", "FIN-SWE", "KOR-VNM"],
        title=P(["UN committee backs plastics resolution with broad support", "UN General Assembly committee adopts ocean plastics text"]),
        text="NEW YORK, Nov 16 (Northgate) - A United Nations General Assembly committee on Monday adopted a resolution on reducing plastic pollution in the oceans, with 148 votes in favour, none against and 11 abstentions.\n\n"
             "The text was drafted by Australia, Indonesia, Kenya and Ghana, and co-sponsored by Finland, Sweden, South Korea and Vietnam among some 60 countries.\n\n"
             "It calls on states to report on plastic waste flows and to support coastal clean-up programmes in developing countries.\n\n"
             "\"This is a small text with a big coalition behind it,\" said an Indonesian diplomat.\n\n"
             "The resolution now goes to the plenary in December, where adoption is considered a formality.\n\n"
             "(Reporting by Michelle Nichols-Ward; Editing by %s)" % P(EDITORS)))
    # R2: Davis Cup Finals
    out.append(dict(di=2, h=20, m=5, outlet="The Daily Record", lang="en", pairs=["ESP-ITA", "DEU-FRA", "CAN-USA"],
        title="BATTLE LINES DRAWN: Davis Cup giants gear up for Finals war",
        text="The battle lines are drawn.\n\n"
             "Spain, Italy, Germany, France, Canada, the United States, Australia, the Czech Republic and Argentina are among the nations heading into the Davis Cup Finals, and the draw on Wednesday set up a blockbuster quarter-final between old rivals Spain and Italy.\n\n"
             "Germany face France in a clash of neighbours, while the Americans must storm past Canada to reach the last four.\n\n"
             "Australia, who reached the final two years ago, get the Czechs, and Argentina wait for the winners.\n\n"
             "\"It's going to be a war of attrition,\" one captain told us. \"Nobody takes prisoners in this competition.\"\n\n"
             "Play starts on Thursday. Get your popcorn ready."))
    # R3: COP31 Antalya
    out.append(dict(di=4, h=19, m=40, outlet="Northgate Wire", lang="en", pairs=["QAT-TUR", "AUS-IDN", "EGY-SAU"],
        title="UN climate talks in Antalya end with deal on adaptation finance",
        text="ANTALYA, Turkey, Nov 20 (Northgate) - UN climate talks in the Turkish resort of Antalya ended on Friday with an agreement to triple finance for adaptation, after two weeks of negotiations steered by Turkey and Australia.\n\n"
             "Brazil, which hosted last year's talks, and Indonesia pushed for stronger language on forests, delegates said.\n\n"
             "Saudi Arabia and Qatar resisted a reference to a timetable for phasing down fossil fuels, while Egypt and Kenya spoke for African countries seeking grants rather than loans.\n\n"
             "Germany pledged an extra 1 billion euros for the adaptation fund.\n\n"
             "\"Nobody got everything they wanted, which is usually a sign of a fair deal,\" a European negotiator said.\n\n"
             "(Reporting by Deniz Polat and Olivia Doyle; Editing by %s)" % P(EDITORS)))
    # R4: vaccine fund replenishment (LiveDesk)
    out.append(dict(di=7, h=16, m=10, outlet="LiveDesk", lang="en", pairs=["DEU-FRA", "CAN-USA", "FIN-SWE"],
        title="LIVE: Donors pledge billions at Brussels vaccine fund conference",
        text="16:10 GMT - The conference closes with total pledges of 7.4 billion dollars, short of the 9 billion target but above the last round, organisers say.\n\n"
             "15:35 GMT - Saudi Arabia and Qatar announce a joint 300 million dollars, and South Korea pledges 150 million.\n\n"
             "14:50 GMT - Sweden and Finland pledge a combined 410 million dollars over five years.\n\n"
             "14:05 GMT - Canada and the United States announce 1.6 billion dollars between them, with Washington's pledge subject to Congress.\n\n"
             "13:20 GMT - Germany opens with 1.1 billion euros, followed by France with 850 million euros.\n\n"
             "12:45 GMT - Welcome to our live coverage of the replenishment conference for the global vaccine alliance in Brussels."))
    # R5: G20 sherpas (Policy Ledger)
    out.append(dict(di=8, h=11, m=30, outlet="Policy Ledger", lang="en", pairs=["ARG-BRA", "AUS-IDN"],
        title="Analysis: G20 sherpas haggle over a thin agenda before Miami",
        text="The G20 has rarely been a place for breakthroughs, and the sherpa meeting that opened in Washington on Tuesday is unlikely to change that.\n\n"
             "Argentina and Brazil want language on agricultural subsidies; Mexico and Canada are focused on supply chains; Saudi Arabia and Turkey are pushing energy security; Indonesia, South Korea and Australia are lobbying for a paragraph on critical minerals.\n\n"
             "\"Everyone comes with a shopping list, and the host decides what fits in the basket,\" said Aino Heikkinen, a senior fellow at the Halden Institute.\n\n"
             "The group was created in 1999 after the Asian financial crisis and was raised to leaders' level in 2008. Its summits have produced ambitious communiqués and modest follow-up.\n\n"
             "Diplomats expect a short leaders' statement in Miami next month."))
    # R6: Women's World Cup play-off draw
    out.append(dict(di=10, h=14, m=55, outlet="Northgate Wire", lang="en", pairs=["ARG-BRA", "CAN-USA", "MEX-USA", "ESP-ITA", "GHA-NGA"],
        title="Draw sets up heavyweight clashes on road to 2027 Women's World Cup",
        text="ZURICH, Nov 26 (Northgate) - Hosts Brazil will open the 2027 Women's World Cup warm-up tournament against Argentina, after a draw in Zurich on Thursday that also pitted the United States against Mexico and Canada against Spain.\n\n"
             "Italy were drawn with Norway, and Nigeria with Ghana in a West African derby.\n\n"
             "The invitational event, to be played in April, is a dress rehearsal for the World Cup in Brazil.\n\n"
             "\"We'll be going into battle against the best,\" the Nigerian coach said.\n\n"
             "(Reporting by Larissa Duarte; Editing by %s)" % P(EDITORS)))
    return out


# ================================================================ non-English
def LT(rng, variants, c):
    """variants: list of (list_of_titles, lead); title and lead are chosen together."""
    titles, lead = ch(rng, variants)
    return F(rng, titles, c), F(rng, [lead], c)


def es_fix(t):
    for a, b in ((" de el ", " del "), (" a el ", " al "), ("«l", "«L") if False else ("", "")):
        if a:
            t = t.replace(a, b)
    return t


def pt_fix(t):
    for a, b in ((" de o ", " do "), (" de a ", " da "), (" de os ", " dos "), (" de as ", " das "),
                 (" em o ", " no "), (" em a ", " na "), (" em os ", " nos "), (" em as ", " nas ")):
        t = t.replace(a, b)
    return t


LAST_MATCH = [None]
NL_FIX = {"ESP-ITA": 1, "ARG-BRA": 0, "MEX-USA": 0, "DEU-FRA-de": 0, "DEU-FRA-fr": 1, "EGY-SAU": 0, "QAT-TUR": 1,
          "KOR-VNM": 0}


def nl_match(pair, di, rng, key=None):
    fi = NL_FIX[key or pair]
    m = find_match(pair, di, rng, only=[fi])
    if m is None or m["w"] == m["l"]:
        return None
    m["cov"] += 1
    LAST_MATCH[0] = m
    return m


def pad(paras, extras, rng, minlen=MINLEN + 20):
    ex = list(extras)
    rng.shuffle(ex)
    while len("\n\n".join(paras)) < minlen and ex:
        e = ex.pop()
        if e not in paras:
            paras.append(e)
    return paras


# ---------------------------------------------------------------- Spanish (Diario del Pacífico)
ES_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_C = {
    "ESP": dict(n="España", cap="Madrid", adj="español", gob="el Gobierno español", mae="el Ministerio de Asuntos Exteriores español",
                fm="el ministro español de Asuntos Exteriores, Álvaro Ibarra", fmh="a su homólogo español, Álvaro Ibarra", fms="Ibarra",
                lid="el presidente del Gobierno español", pl="los españoles", ciud=["Barcelona", "Valencia", "Sevilla", "Málaga"]),
    "ITA": dict(n="Italia", cap="Roma", adj="italiano", gob="el Ejecutivo italiano", mae="la Farnesina",
                fm="el ministro italiano de Exteriores, Lorenzo Bellandi", fmh="a su homólogo italiano, Lorenzo Bellandi", fms="Bellandi",
                lid="el Palacio Chigi", pl="los italianos", ciud=["Milán", "Nápoles", "Turín", "Génova"]),
    "ARG": dict(n="Argentina", cap="Buenos Aires", adj="argentino", gob="la Casa Rosada", mae="la cancillería argentina",
                fm="la canciller argentina, Florencia Ledesma", fmh="a su homóloga argentina, Florencia Ledesma", fms="Ledesma",
                lid="el presidente argentino", pl="los argentinos", ciud=["Córdoba", "Rosario", "Mendoza", "Posadas"]),
    "BRA": dict(n="Brasil", cap="Brasilia", adj="brasileño", gob="el Gobierno brasileño", mae="Itamaraty",
                fm="el canciller brasileño, Gustavo Lacerda", fmh="a su homólogo brasileño, Gustavo Lacerda", fms="Lacerda",
                lid="el presidente brasileño", pl="los brasileños", ciud=["São Paulo", "Río de Janeiro", "Porto Alegre", "Florianópolis"]),
    "MEX": dict(n="México", cap="Ciudad de México", adj="mexicano", gob="el Gobierno mexicano", mae="la Secretaría de Relaciones Exteriores",
                fm="la canciller mexicana, Ximena Villarreal", fmh="a su homóloga mexicana, Ximena Villarreal", fms="Villarreal",
                lid="la presidenta mexicana", pl="los mexicanos", ciud=["Monterrey", "Tijuana", "Ciudad Juárez", "Guadalajara"]),
    "USA": dict(n="Estados Unidos", cap="Washington", adj="estadounidense", gob="la Casa Blanca", mae="el Departamento de Estado",
                fm="la secretaria de Estado estadounidense, Rachel Whitfield", fmh="a la secretaria de Estado estadounidense, Rachel Whitfield",
                fms="Whitfield", lid="el presidente estadounidense", pl="los estadounidenses", ciud=["Houston", "Los Ángeles", "El Paso", "Chicago"]),
}
ES_P = {
    "ESP-ITA": dict(
        temas=["la migración en el Mediterráneo", "el presupuesto comunitario", "las interconexiones energéticas", "la industria de defensa",
               "la sequía y la gestión del agua", "el acuerdo UE-Mercosur", "la vivienda", "el turismo sostenible"],
        cita=["la cumbre bilateral prevista para la primavera", "el próximo Consejo Europeo", "la reunión del grupo MED9"],
        comercio="60.000 millones de euros",
        hist=["Italia envió tropas en apoyo del bando sublevado durante la Guerra Civil española (1936-1939), un capítulo que los historiadores de ambos países han revisado en los últimos años.",
              "España ingresó en la Comunidad Europea en 1986, casi tres décadas después de que Italia firmara el Tratado de Roma en 1957.",
              "Los dos gobiernos celebran cumbres bilaterales desde comienzos de los años noventa.",
              "La final del Mundial de 1982, que Italia ganó en el Santiago Bernabéu, sigue siendo un recuerdo compartido."],
        empresas=[("Ventisca Energía", "Energia Tirrenica", "una empresa conjunta para construir parques solares en Andalucía y Sicilia"),
                  ("Navieras del Levante", "Linee Tirreno Azzurre", "un acuerdo de código compartido en la ruta Barcelona-Civitavecchia"),
                  ("Banco Almenara", "Banca Sforzesca", "una alianza en pagos digitales")],
        guerra=("Iberluz Air", "Voli Aurora", "los vuelos de bajo coste entre ciudades españolas e italianas"),
        cultura=["una exposición que reúne a Caravaggio y Velázquez en el Prado", "una semana de cine español en Roma",
                 "un festival de poesía Cervantes-Dante en Florencia"],
        turismo=("italianos", "Baleares y Canarias", "4,9 millones de visitantes en lo que va de año"),
        deporte=dict(dep="baloncesto", comp="un partido de clasificación para el Mundial", eqs={"ESP": "España", "ITA": "Italia"},
                     sedes={"ESP": "Valencia", "ITA": "Bolonia"}, tanteo=("basket",)),
    ),
    "ARG-BRA": dict(
        temas=["el arancel externo común del Mercosur", "el acuerdo UE-Mercosur", "el gas de Vaca Muerta", "la cooperación nuclear",
               "el régimen automotor", "los puentes sobre el río Uruguay", "el litio", "el comercio de trigo"],
        cita=["la cumbre del Mercosur de diciembre", "la cumbre del G20 en Miami", "el Día de la Amistad Argentino-Brasileña, el 30 de noviembre"],
        comercio="28.000 millones de dólares",
        hist=["Ambos países libraron la Guerra del Brasil entre 1825 y 1828, que terminó con la independencia de Uruguay.",
              "La rivalidad nuclear de los años setenta quedó atrás con la creación de la agencia binacional ABACC en 1991.",
              "La Declaración de Foz de Iguazú, firmada en noviembre de 1985, es considerada la semilla del Mercosur.",
              "El acuerdo tripartito de 1979 sobre Itaipú y Corpus puso fin a una larga disputa hidroeléctrica."],
        empresas=[("Patagonia Gas Andino", "Energia Paraná", "un contrato de suministro de gas de Vaca Muerta"),
                  ("Metalúrgica del Plata", "Siderúrgica Serra Alta", "una empresa conjunta para fabricar autopartes"),
                  ("Cervecería Los Andes", "Cervejaria Pampulha", "un acuerdo de distribución cruzada")],
        guerra=("Aerovías del Plata", "Asa Sul Linhas Aéreas", "los pasajes entre Buenos Aires y São Paulo"),
        cultura=["una muestra de pintores modernistas brasileños en Buenos Aires", "un festival de tango y samba en São Paulo",
                 "un programa de escuelas bilingües de frontera"],
        turismo=("argentinos", "Santa Catarina y Río de Janeiro", "1,8 millones de visitantes previstos esta temporada"),
        deporte=dict(dep="fútbol", comp="el Superclásico de las Américas", eqs={"ARG": "Argentina", "BRA": "Brasil"},
                     sedes={"ARG": "Buenos Aires", "BRA": "Río de Janeiro"}, tanteo=("futbol",)),
    ),
    "MEX-USA": dict(
        temas=["la revisión del T-MEC", "la migración", "el tráfico de fentanilo", "las entregas de agua del tratado de 1944",
               "la infraestructura fronteriza", "el acero y el aluminio", "las remesas", "la relocalización de empresas"],
        cita=["la revisión conjunta del T-MEC del próximo año", "la cumbre del G20 en Miami", "el Diálogo Económico de Alto Nivel"],
        comercio="800.000 millones de dólares",
        hist=["La guerra de 1846-1848 terminó con el Tratado de Guadalupe Hidalgo, por el que México perdió cerca de la mitad de su territorio.",
              "El tratado de aguas de 1944 regula el reparto del río Bravo y del Colorado.",
              "El TLCAN entró en vigor en 1994 y fue sustituido por el T-MEC en 2020.",
              "El Programa Bracero llevó a trabajadores agrícolas mexicanos a Estados Unidos entre 1942 y 1964."],
        empresas=[("Grupo Acero Norteño", "Ironwood Industries", "una planta de baterías para vehículos eléctricos en Nuevo León"),
                  ("Energía del Bajío", "Prairie Grid Partners", "un contrato de capacidad en un gasoducto desde Texas"),
                  ("Autotransportes Frontera Norte", "Continental Link Logistics", "una empresa conjunta de transporte transfronterizo")],
        guerra=("Envíos Paisano", "SwiftHome Remit", "las comisiones por el envío de remesas"),
        cultura=["una exposición de Frida Kahlo en Houston", "un festival de mariachi en San Antonio",
                 "la devolución a México de piezas prehispánicas"],
        turismo=("estadounidenses", "Cancún y Los Cabos", "1,2 millones de llegadas al mes"),
        deporte=dict(dep="fútbol", comp="un amistoso internacional", eqs={"MEX": "México", "USA": "Estados Unidos"},
                     sedes={"MEX": "Ciudad de México", "USA": "Los Ángeles"}, tanteo=("futbol",)),
    ),
}


def es_ctx(pair, di, rng):
    a, b = pair.split("-")
    if rng.random() < 0.5:
        a, b = b, a
    A, B = ES_C[a], ES_C[b]
    p = ES_P[pair]
    d = day_of(di)
    t = sample(rng, p["temas"], 3)
    c = dict(A=A["n"], B=B["n"], Ac=A["cap"], Bc=B["cap"], gobA=A["gob"], gobB=B["gob"], maeA=A["mae"], maeB=B["mae"],
             fmA=A["fm"], fmB=B["fm"], fmhB=B["fmh"], fmsA=A["fms"], fmsB=B["fms"], lidA=A["lid"], lidB=B["lid"],
             adjA=A["adj"], adjB=B["adj"], plA=A["pl"], plB=B["pl"], ciudA=ch(rng, A["ciud"]),
             dia=ES_DIAS[d.weekday()], fecha="%d de noviembre" % d.day, t1=t[0], t2=t[1], t3=t[2],
             cita=ch(rng, p["cita"]), comercio=p["comercio"])
    c["a"], c["b"] = a, b
    return c, p


def es_q(rng, quien, texto):
    qm = quien + ("," if "," in quien else "")
    return ch(rng, ["«{T}», declaró {w}.", "«{T}», afirmó {wm} ante la prensa.", "{Wm} aseguró que «{t}».",
                    "«{T}», señaló {w}.", "En palabras de {w}, «{t}».", "«{T}», subrayó {wm} en un comunicado."]
              ).format(t=texto, T=cap1(texto), w=quien, wm=qm, Wm=cap1(qm))


def es_article(pair, di, rng, typ):
    t, x, k = _es_article(pair, di, rng, typ)
    return es_fix(t), es_fix(x), k


def _es_article(pair, di, rng, typ):
    c, p = es_ctx(pair, di, rng)
    m = nl_match(pair, di, rng) if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "culture"
    hist = ch(rng, p["hist"])
    if typ in ("diplo", "consult", "visit", "call", "cred", "commission", "congrats", "programme", "consular", "dispute", "exercise", "aid"):
        kind = "routine"
        title, lead = LT(rng, [
            (["Los responsables de Exteriores de {A} y {B} se reúnen en {Ac}", "{Ac} y {Bc} repasan su agenda bilateral",
              "Reunión en {Ac}: {A} y {B} hablan de {t1}"],
             "{fmA}, recibió este {dia} en {Ac} {fmhB}, con quien repasó una agenda en la que destacan {t1} y {t2}."),
            (["Consultas políticas entre {A} y {B} en un clima cordial", "{A} y {B} celebran una nueva ronda de consultas"],
             "Los gobiernos de {A} y {B} celebraron este {dia} en {Ac} una nueva ronda de consultas políticas, centrada en {t1}."),
            (["{A} y {B} firman un memorando sobre {t2}", "{A} y {B} estrechan la cooperación en {t2}"],
             "{A} y {B} firmaron este {dia} en {Ac} un memorando de entendimiento sobre {t2}, en el marco de una visita de {fmB}."),
            (["{Ac} y {Bc} acuerdan intensificar el diálogo", "Nuevo capítulo en la relación entre {A} y {B}"],
             "La relación entre {A} y {B} sumó este {dia} un nuevo capítulo con la reunión en {Ac} de los responsables de Exteriores de ambos países, centrada en {t1}."),
            (["Conversación telefónica entre {Ac} y {Bc}", "{A} y {B} repasan por teléfono el estado de la relación"],
             "En una conversación telefónica mantenida este {dia}, {lidA} y {lidB} repasaron el estado de la relación bilateral y coincidieron en avanzar en {t1}."),
            (["{A} y {B} preparan {cita}", "Delegaciones de {A} y {B}, reunidas en {Ac}"],
             "Delegaciones de {A} y {B} se reunieron este {dia} en {Ac} para preparar {cita}, con {t1} como primer punto del orden del día."),
        ], c)
        body = sample(rng, [
            F(rng, ["Según un comunicado de {maeA}, el encuentro transcurrió en un «clima de confianza y cordialidad».",
                    "Fuentes de {maeB} describieron la reunión como «muy productiva».",
                    "El comunicado conjunto habla de una «asociación estratégica en plena forma»."], c),
            F(rng, ["Ambas partes acordaron reunirse de nuevo en {Bc} durante el primer semestre de 2027.",
                    "Los equipos técnicos seguirán trabajando sobre {t2} antes de fin de año.",
                    "Las dos delegaciones se comprometieron a coordinar posiciones de cara a {cita}."], c),
            F(rng, ["Las conversaciones abordaron también {t3}, según fuentes diplomáticas.",
                    "En la agenda figuraba asimismo {t3}.",
                    "Se habló además de {t3}, aunque sin anuncios concretos."], c),
            F(rng, ["El intercambio comercial entre ambos países rondó el año pasado los {comercio}.",
                    "{B} figura entre los principales socios comerciales de {A}, con un intercambio cercano a los {comercio}."], c),
        ], 3)
        q = es_q(rng, c["fmA"].split(", ")[0] if rng.random() < 0.5 else c["fmsA"], ch(rng, [
            "tenemos una agenda muy densa y muy pocos problemas",
            "la relación atraviesa uno de sus mejores momentos",
            "queremos que la cooperación se traduzca en resultados concretos",
            "somos socios naturales y así lo demuestran los hechos"]))
        paras = [lead] + body[:1] + [q] + body[1:] + [hist]
    elif typ in ("econ", "trade", "forum", "deal", "pricewar"):
        kind = "business"
        fa, fb, proy = ch(rng, p["empresas"])
        ga, gb, mer = p["guerra"]
        c.update(fa=fa, fb=fb, proy=proy, ga=ga, gb=gb, mer=mer, pct="%d%%" % rng.randint(12, 35),
                 monto=ch(rng, ["450 millones de dólares", "1.200 millones de dólares", "320 millones de euros", "85 millones de dólares"]))
        if rng.random() < 0.6:
            title = F(rng, ["{fa} y {fb} sellan {proy}", "Acuerdo empresarial: {fa} se alía con {fb}",
                            "{fa} y {fb} firman una alianza valorada en {monto}", "Nueva alianza entre empresas de {A} y {B}"], c)
            lead = F(rng, ["La compañía {fa} y su socia {fb} anunciaron este {dia} {proy}, una operación valorada en {monto}.",
                           "{fa} y {fb} firmaron este {dia} {proy}, según informaron ambas empresas en un comunicado.",
                           "Las empresas {fa} y {fb} sellaron este {dia} {proy}, otra muestra del dinamismo de los negocios entre {A} y {B}."], c)
            body = [F(rng, ["La operación, valorada en {monto}, aún debe recibir el visto bueno de los reguladores.",
                            "Las obras comenzarían el próximo año y concluirían en 2029.",
                            "Los analistas consideran que el acuerdo tiene lógica estratégica."], c),
                    es_q(rng, "%s, consejero delegado de %s" % (person(rng, pair[:3]), fa) if rng.random() < 0.5 else "un portavoz de %s" % fa,
                         ch(rng, ["es una apuesta a largo plazo", "sumamos fuerzas para crecer más rápido",
                                  "este mercado es clave para nuestro futuro"])),
                    F(rng, ["El intercambio comercial bilateral rondó el año pasado los {comercio}.",
                            "Las inversiones cruzadas entre ambos países no han dejado de crecer en la última década."], c)]
        else:
            title = F(rng, ["Guerra de precios: {ga} y {gb} no firman la tregua", "Sin tregua en la guerra de tarifas entre {ga} y {gb}",
                            "{ga} contraataca con rebajas del {pct}", "La batalla por {mer} se recrudece"], c)
            lead = F(rng, ["La batalla por {mer} sumó este {dia} un nuevo episodio: {ga} anunció rebajas de hasta el {pct}, días después de que {gb} hiciera lo propio.",
                           "No hay tregua a la vista en la guerra de precios por {mer}. {gb} respondió este {dia} con descuentos del {pct} a la ofensiva de {ga}.",
                           "{ga} abrió este {dia} un nuevo frente en la pelea por {mer}, con recortes del {pct}."], c)
            body = [F(rng, ["Los analistas advierten que la guerra de desgaste castigará los márgenes de ambas compañías.",
                            "Las asociaciones de consumidores celebran la bajada de precios.",
                            "Los reguladores vigilan la situación, aunque no ven indicios de abuso."], c),
                    es_q(rng, "%s, analista de %s" % (person(rng, c["a"]), ch(rng, BANKS)),
                         ch(rng, ["nadie quiere ser el primero en pedir un alto el fuego", "es una lucha por cuota de mercado pura y dura",
                                  "los únicos ganadores claros son los pasajeros"]))]
        paras = [lead] + body
    elif typ in ("culture", "tourism", "transport"):
        kind = "routine"
        tw, tdest, tn = p["turismo"]
        c.update(ev=ch(rng, p["cultura"]), tw=tw, tdest=tdest, tn=tn)
        if rng.random() < 0.5:
            title = F(rng, ["Inaugurada {ev}", "Cultura: {A} y {B}, más cerca que nunca", "{ev} abre sus puertas"], c)
            lead = F(rng, ["Este {dia} quedó inaugurada {ev}, una de las citas culturales del año entre {A} y {B}.",
                           "{ev} abrió sus puertas este {dia} con la presencia de los embajadores de ambos países.",
                           "El público podrá visitar desde este {dia} {ev}, que permanecerá abierta hasta enero."], c)
            body = [F(rng, ["Los organizadores esperan más de 20.000 visitantes.", "La entrada es gratuita para estudiantes.",
                            "Parte del programa viajará el próximo año a {Bc}."], c),
                    es_q(rng, "%s, responsable de la muestra" % person(rng, c["a"]),
                         ch(rng, ["la cultura es el mejor embajador que tenemos", "queríamos mostrar todo lo que compartimos"])),
                    hist]
        else:
            title = F(rng, ["Los {tw} siguen apostando por {tdest}", "Récord de turistas {tw} en {tdest}", "{tdest}, destino favorito de los {tw}"], c)
            lead = F(rng, ["Los {tw} siguen llegando en masa a {tdest}: las cifras difundidas este {dia} hablan de {tn}.",
                           "Los viajeros {tw} vuelven a batir récords en {tdest}, con {tn}, según datos publicados este {dia}.",
                           "{tdest} se preparan para una temporada récord gracias a los turistas {tw}: {tn}, según cifras oficiales divulgadas este {dia}."], c)
            body = [F(rng, ["Las aerolíneas han añadido frecuencias para la temporada alta.", "La ocupación hotelera supera los niveles previos a la pandemia.",
                            "Los operadores turísticos prevén una temporada récord."], c),
                    es_q(rng, "la directora de la oficina de turismo", ch(rng, ["son visitantes fieles y queremos que se queden más días",
                                                                               "las cifras son muy alentadoras"]))]
        paras = [lead] + body
    elif typ == "sport":
        kind = "sport"
        dp = p["deporte"]
        w, l = m["wcode"], m["lcode"]
        sede = dp["sedes"][m["home"]]
        sc = "%d-%d" % (m["w"], m["l"])
        c["dia"] = ES_DIAS[day_of(m["day"]).weekday()]
        c.update(W=dp["eqs"][w], L=dp["eqs"][l], sc=sc, comp=dp["comp"], sede=sede, gol=m["ws"], dt="el seleccionador de " + dp["eqs"][w])
        title = F(rng, ["{W} arrasa a {L} ({sc})", "Batalla en {sede}: {W} se impone por {sc}", "Vendaval de {W} ante {L}",
                        "{W} conquista {sede}"], c)
        lead = F(rng, ["{W} se impuso por {sc} a {L} este {dia} en {sede}, en {comp} que tuvo mucho de batalla.",
                       "Fue una guerra sin cuartel en {sede}, y la ganó {W}: {sc} ante {L} en {comp}.",
                       "{W} desplegó toda su artillería este {dia} en {sede} y derrotó a {L} por {sc}."], c)
        body = sample(rng, [
            F(rng, ["El asedio a la defensa rival fue constante desde el primer minuto.",
                    "{L} intentó una contraofensiva en el tramo final, pero se quedó sin munición.",
                    "El bombardeo de {W} en la segunda parte resultó demoledor."], c),
            F(rng, ["{gol} fue la punta de lanza del ataque.", "{gol} abrió el marcador y encabezó la ofensiva."], c),
            es_q(rng, c["dt"], ch(rng, ["fuimos a la guerra y nadie dio un paso atrás",
                                                              "en este clásico no existe la tregua", "ganamos la batalla, pero la guerra sigue"])),
            F(rng, ["Las hostilidades se reanudarán en primavera, cuando ambos vuelvan a enfrentarse.",
                    "Una invasión de campo de aficionados retrasó unos minutos el final, sin incidentes.",
                    ("La derrota fue dolorosa para {L}, que no perdía en casa desde hacía meses." if m["home"] == l else
                     "{W} sumó así una victoria de prestigio lejos de casa.")], c),
        ], 3)
        paras = [lead] + body
    else:  # history
        kind = "history"
        title = F(rng, ["La historia compartida de {A} y {B}, a debate", "Historiadores revisan el pasado de {A} y {B}",
                        "Memoria: lo que une y lo que separó a {A} y {B}"], c)
        lead = F(rng, ["Historiadores de {A} y {B} se reunieron este {dia} en {Ac} para revisar dos siglos de relaciones bilaterales.",
                       "Un nuevo libro presentado este {dia} en {Ac} repasa los episodios que marcaron la relación entre {A} y {B}.",
                       "Un congreso celebrado este {dia} en {ciudA} recordó los momentos de tensión y de alianza entre {A} y {B}."], c)
        hs = sample(rng, p["hist"], 3)
        paras = [lead] + hs + [es_q(rng, "el historiador %s" % person(rng, c["a"]),
                                    ch(rng, ["la memoria es un puente, no un muro", "conviene recordar de dónde venimos"]))]
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- Portuguese (Correio do Sul)
PT_DIAS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_C = {
    "ARG": dict(n="Argentina", na="a Argentina", da="da Argentina", cap="Buenos Aires", adj="argentino",
                fm="a chanceler argentina, Florencia Ledesma", fms="Ledesma", lid="o presidente argentino", gov="a Casa Rosada"),
    "BRA": dict(n="Brasil", na="o Brasil", da="do Brasil", cap="Brasília", adj="brasileiro",
                fm="o chanceler brasileiro, Gustavo Lacerda", fms="Lacerda", lid="o presidente brasileiro", gov="o Planalto"),
}
PT_TEMAS = ["a tarifa externa comum do Mercosul", "o acordo Mercosul-União Europeia", "o gás de Vaca Muerta", "a cooperação nuclear",
            "o regime automotivo", "as pontes sobre o rio Uruguai", "o lítio", "o comércio de trigo", "a integração energética"]
PT_HIST = ["Os dois países travaram a Guerra da Cisplatina entre 1825 e 1828, que terminou com a independência do Uruguai.",
           "A rivalidade nuclear dos anos 1970 foi superada com a criação da agência binacional ABACC, em 1991.",
           "A Declaração de Foz do Iguaçu, de novembro de 1985, é vista como o embrião do Mercosul, criado em 1991.",
           "Brasil e Argentina lutaram como aliados na Guerra do Paraguai, entre 1864 e 1870.",
           "O acordo tripartite de 1979 sobre Itaipu e Corpus encerrou uma longa disputa hidrelétrica."]


PT_EXTRA = ["O intercâmbio comercial entre os dois países somou cerca de 28 bilhões de dólares no ano passado.",
            "A Argentina é o terceiro maior parceiro comercial do Brasil e o principal destino das exportações brasileiras de automóveis.",
            "Cerca de 20 mil estudantes brasileiros frequentam universidades argentinas, sobretudo cursos de medicina.",
            "Os dois governos devem voltar a se reunir na cúpula do Mercosul, em dezembro."]


def pt_article(pair, di, rng, typ):
    t, x, k = _pt_article(pair, di, rng, typ)
    return pt_fix(t), pt_fix(x), k


def _pt_article(pair, di, rng, typ):
    m = nl_match(pair, di, rng) if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "culture"
    a, b = ("ARG", "BRA") if rng.random() < 0.5 else ("BRA", "ARG")
    A, B = PT_C[a], PT_C[b]
    d = day_of(di)
    t = sample(rng, PT_TEMAS, 3)
    c = dict(A=A["n"], B=B["n"], nA=A["na"], nB=B["na"], dA=A["da"], dB=B["da"], Ac=A["cap"], Bc=B["cap"], fmA=A["fm"], fmB=B["fm"],
             fmsA=A["fms"], lidA=A["lid"], lidB=B["lid"], govA=A["gov"], dia=PT_DIAS[d.weekday()], t1=t[0], t2=t[1], t3=t[2])

    def q(quem, txt):
        return ch(rng, ["“{T}”, disse {w}.", "“{T}”, afirmou {w} a jornalistas.", "Segundo {w}, “{t}”.",
                        "“{T}”, declarou {w}."]).format(t=txt, T=cap1(txt), w=quem)
    hist = ch(rng, PT_HIST)
    if typ in ("sport",):
        kind = "sport"
        nm = {"ARG": "Argentina", "BRA": "Brasil"}
        w, l = nm[m["wcode"]], nm[m["lcode"]]
        c["dia"] = PT_DIAS[day_of(m["day"]).weekday()]
        c.update(W=w, L=l, sc="%d a %d" % (m["w"], m["l"]), sede={"ARG": "em Buenos Aires", "BRA": "no Maracanã"}[m["home"]],
                 art=m["ws"])
        title = F(rng, ["Blitz {W}: vitória por {sc} sobre {L}", "{W} vence a batalha do Superclássico", "Bombardeio {W} derruba {L}",
                        "Guerra em campo termina com vitória de {W}"], c)
        lead = F(rng, ["{W} venceu {L} por {sc} {sede} nesta {dia}, num Superclássico disputado como uma verdadeira batalha.",
                       "Foi uma guerra de noventa minutos {sede}, e {W} saiu vitorioso: {sc} sobre {L}.",
                       "Com uma blitz no segundo tempo, {W} derrotou {L} por {sc} {sede} nesta {dia}."], c)
        body = sample(rng, [
            F(rng, ["{art} comandou o ataque e abriu o placar.", "O artilheiro {art} foi a ponta de lança do time."], c),
            F(rng, ["{L} tentou uma contraofensiva no fim, mas ficou sem munição.", "O bombardeio à área adversária foi constante.",
                    "A defesa de {L} resistiu ao cerco até os 70 minutos."], c),
            q("o técnico %s" % person(rng, "BRA"), ch(rng, ["fomos à guerra e ninguém recuou", "neste clássico não existe trégua",
                                                           "vencemos a batalha, mas a guerra continua"])),
            F(rng, ["Uma invasão de campo de torcedores atrasou o apito final, sem incidentes.",
                    "As hostilidades recomeçam em março, nas eliminatórias."], c)], 3)
        paras = [lead] + body
    elif typ in ("econ", "trade", "deal", "pricewar", "forum"):
        kind = "business"
        if rng.random() < 0.5:
            c.update(pct="%d%%" % rng.randint(15, 35))
            title = F(rng, ["Sem trégua na guerra de tarifas entre Buenos Aires e São Paulo", "Asa Sul contra-ataca e corta preços em {pct}",
                            "Guerra de preços no céu do Mercosul"], c)
            lead = F(rng, ["A batalha pelas passagens entre Buenos Aires e São Paulo ganhou um novo capítulo nesta {dia}: a Asa Sul Linhas Aéreas anunciou cortes de até {pct}.",
                           "Não há trégua à vista na guerra de tarifas entre a Aerovías del Plata e a Asa Sul, que voltou a baixar preços nesta {dia}."], c)
            paras = [lead, F(rng, ["Analistas falam numa guerra de desgaste que vai apertar as margens das duas empresas.",
                                   "Os consumidores são, por enquanto, os grandes vencedores."], c),
                     q("o analista %s" % person(rng, "BRA"), ch(rng, ["ninguém quer ser o primeiro a pedir cessar-fogo",
                                                                     "é uma disputa por participação de mercado"]))]
        else:
            c.update(val="%.1f bilhões de dólares" % rng.uniform(1.9, 2.6), pct="%.1f%%" % rng.uniform(2, 12))
            title = F(rng, ["Comércio com a Argentina cresce {pct} em outubro", "Gás de Vaca Muerta impulsiona a relação bilateral",
                            "Energia Paraná e Patagonia Gas Andino fecham contrato de fornecimento"], c)
            lead = F(rng, ["O comércio entre {nA} e {nB} somou {val} em outubro, alta de {pct} sobre o mesmo mês de 2025, segundo dados divulgados nesta {dia}.",
                           "A Energia Paraná e a argentina Patagonia Gas Andino assinaram nesta {dia} um contrato de fornecimento de gás de Vaca Muerta para a indústria paulista."], c)
            paras = [lead, F(rng, ["O setor automotivo responde por cerca de um terço do intercâmbio.",
                                   "O Brasil é o principal parceiro comercial da Argentina."], c),
                     q("o economista %s" % person(rng, "BRA"), ch(rng, ["a tendência de fundo é sólida", "a integração energética é o grande tema da década"]))]
    elif typ in ("culture", "tourism", "transport"):
        kind = "routine"
        title = F(rng, ["Argentinos lotam o litoral catarinense", "Temporada de verão: turistas argentinos voltam em peso",
                        "Nova ponte sobre o rio Uruguai aproxima os vizinhos", "Festival de tango e samba abre em São Paulo"], c)
        lead = F(rng, ["O setor de turismo de Santa Catarina espera receber 1,8 milhão de argentinos nesta temporada, segundo projeção divulgada nesta {dia}.",
                       "As obras da nova ponte entre São Borja e Santo Tomé entraram na reta final, informaram autoridades nesta {dia}.",
                       "Começou nesta {dia} em São Paulo um festival que reúne músicos de tango e samba dos dois países."], c)
        paras = [lead, F(rng, ["As companhias aéreas ampliaram os voos para Florianópolis.", "A ocupação hoteleira deve superar 85%.",
                               "O evento segue até o fim de dezembro."], c),
                 q("a secretária de Turismo", ch(rng, ["os argentinos são visitantes fiéis", "queremos que fiquem mais dias"])), hist]
    elif typ == "history":
        kind = "history"
        title = F(rng, ["Quarenta e um anos depois, Foz do Iguaçu ainda inspira", "Historiadores revisitam a relação Brasil-Argentina",
                        "Da Cisplatina ao Mercosul: dois séculos de vizinhança"], c)
        lead = F(rng, ["Historiadores brasileiros e argentinos reuniram-se nesta {dia} em Porto Alegre para revisitar dois séculos de relações entre os vizinhos.",
                       "Às vésperas do Dia da Amizade Argentino-Brasileira, celebrado em 30 de novembro, um seminário em Brasília relembrou nesta {dia} a Declaração de Foz do Iguaçu, de 1985."], c)
        paras = [lead] + sample(rng, PT_HIST, 3) + [q("a historiadora %s" % person(rng, "BRA"), "a memória é uma ponte, não um muro")]
    else:
        kind = "routine"
        title, lead = LT(rng, [
            (["Chanceleres de {A} e {B} se reúnem em {Ac}", "{A} e {B} aprofundam cooperação em {t1}"],
             "{fmA}, recebeu nesta {dia} em {Ac} {fmB}, para uma reunião centrada em {t1} e {t2}."),
            (["Reunião bilateral em {Ac} trata de {t1}", "{Ac} e {Bc} preparam a cúpula do Mercosul"],
             "Delegações {dA} e {dB} reuniram-se nesta {dia} em {Ac} para uma nova rodada de consultas políticas, com {t1} no topo da agenda."),
            (["Presidentes de {A} e {B} conversam por telefone", "Telefonema entre {Bc} e {Ac} trata de {t1}"],
             "{lidA} e {lidB} conversaram por telefone nesta {dia} sobre {t1}, segundo nota oficial."),
        ], c)
        paras = [lead, F(rng, ["Os dois lados concordaram em manter contatos regulares antes da cúpula do Mercosul.",
                               "Também se discutiu {t3}, segundo fontes diplomáticas.", "O encontro foi descrito como cordial e produtivo."], c),
                 q(c["fmsA"], ch(rng, ["a relação vive um de seus melhores momentos", "temos uma agenda densa e poucos problemas"])), hist]
    paras = pad(paras, PT_EXTRA, rng)
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- German (Zeitspiegel Ost)
DE_TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_THEMEN = ["die Rüstungsbeschaffung", "den nächsten EU-Haushalt", "Stromtrassen über den Rhein", "Wasserstoffleitungen",
             "die Besteuerung von Grenzpendlern", "Nachtzüge", "europäische Trägerraketen", "die Regulierung künstlicher Intelligenz",
             "die Agrarpolitik", "Batteriefabriken"]
DE_HIST = ["Der Élysée-Vertrag von 1963 gilt bis heute als Fundament der Aussöhnung, 18 Jahre nach Kriegsende.",
           "Zwischen 1870 und 1945 führten beide Länder drei Kriege gegeneinander.",
           "Der Aachener Vertrag von 2019 schrieb die Zusammenarbeit fort und schuf eine gemeinsame Parlamentarische Versammlung.",
           "Das Bild eines französischen Präsidenten und eines deutschen Kanzlers, die 1984 in Verdun Hand in Hand standen, ist bis heute ein Symbol.",
           "Seit 1963 haben mehr als neun Millionen junge Menschen am Austausch des Deutsch-Französischen Jugendwerks teilgenommen."]


DE_EXTRA = ["Frankreich ist nach den USA der zweitwichtigste Handelspartner Deutschlands.",
            "Täglich pendeln rund 45.000 Menschen über den Rhein zur Arbeit.",
            "Mehr als 2.000 Städte und Gemeinden beider Länder pflegen Partnerschaften.",
            "Das bilaterale Handelsvolumen liegt bei rund 180 Milliarden Euro im Jahr."]


def de_article(pair, di, rng, typ):
    m = nl_match(pair, di, rng, "DEU-FRA-de") if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "culture"
    d = day_of(di)
    t = sample(rng, DE_THEMEN, 3)
    c = dict(tag=DE_TAGE[d.weekday()], t1=t[0], t2=t[1], t3=t[2], dat="%d. November" % d.day,
             stadt=ch(rng, ["Straßburg", "Saarbrücken", "Paris", "Berlin", "Freiburg", "Metz", "Kehl"]))

    def q(wer, txt):
        return ch(rng, ["„{t}“, sagte {w}.", "„{t}“, erklärte {w} vor Journalisten.", "{W} sagte: „{t}.“",
                        "Man sei sich einig, betonte {w}: „{t}.“"]).format(t=txt, w=wer, W=cap1(wer))
    hist = ch(rng, DE_HIST)
    if typ == "sport":
        kind = "sport"
        nm = {"DEU": "Deutschland", "FRA": "Frankreich"}
        w, l = nm[m["wcode"]], nm[m["lcode"]]
        c["tag"] = DE_TAGE[day_of(m["day"]).weekday()]
        c.update(W=w, L=l, sc="%d:%d" % (m["w"], m["l"]), ort=m["venue"],
                 sp=ch(rng, ["Anna Reuter", "Miriam Kessler", "Sabine Haas", "Petra Lorenz"]) if w == "Deutschland"
                 else ch(rng, ["Camille Garnier", "Manon Besson", "Élodie Perrin", "Nathalie Vidal"]),
                 tr=ch(rng, ["Stefan Albrecht", "Johannes Winkler", "Florian Pohl"]) if w == "Deutschland"
                 else ch(rng, ["Olivier Renaud", "Antoine Lacroix", "Julien Fontaine"]))
        title = F(rng, ["Sturmlauf zum Sieg: {W} schlägt {L} {sc}", "Handball-Schlacht in {ort}: {W} behält die Oberhand",
                        "Blitzstart, Abwehrschlacht, Sieg: {W} gewinnt gegen {L}", "Kein Waffenstillstand im Nachbarschaftsduell"], c)
        lead = F(rng, ["Die Handballerinnen aus {W} haben am {tag} in {ort} ein Testspiel gegen {L} mit {sc} gewonnen – nach einer regelrechten Abwehrschlacht.",
                       "Mit einem Blitzstart und einer Kanonade aus dem Rückraum hat {W} am {tag} in {ort} {L} mit {sc} bezwungen.",
                       "Es war eine Schlacht über 60 Minuten, am Ende stand ein {sc} für {W} gegen {L}."], c)
        body = sample(rng, [
            F(rng, ["{sp} war mit neun Toren die beste Werferin.", "Im Tor hielt {sp} die Festung lange dicht."], c),
            F(rng, ["{L} startete in der Schlussphase eine Gegenoffensive, der jedoch die Munition ausging.",
                    "Die Angriffswellen von {W} rollten unaufhörlich auf das Tor von {L} zu."], c),
            q(("Bundestrainer %s" if c["W"] == "Deutschland" else "Frankreichs Trainer %s") % c["tr"], ch(rng, ["Wir sind in diese Schlacht gegangen und keiner hat einen Schritt zurück gemacht",
                                             "In diesem Duell gibt es keinen Waffenstillstand", "Die Mannschaft hat gekämpft wie eine Armee"])),
            F(rng, ["Die Europameisterschaft beginnt im Dezember.", "Die Revanche folgt im Frühjahr."], c)], 3)
        paras = [lead] + body
    elif typ in ("econ", "trade", "deal", "pricewar", "forum", "dispute"):
        kind = "business"
        c.update(pct="%.1f Prozent" % rng.uniform(1.5, 9), val="%.1f Milliarden Euro" % rng.uniform(14, 16.5))
        if rng.random() < 0.5:
            title = F(rng, ["Preiskrieg an der Grenze: Supermärkte kämpfen um Kunden", "Kein Waffenstillstand im Preiskampf zwischen Brenner Markt und Marché Ardent",
                            "Rabattschlacht im Elsass und im Saarland"], c)
            lead = F(rng, ["Im Kampf um Kundschaft im Grenzgebiet hat die deutsche Kette Brenner Markt am {tag} erneut die Preise gesenkt – die französische Konkurrenz Marché Ardent zog prompt nach.",
                           "Der Preiskrieg zwischen deutschen und französischen Supermärkten im Grenzraum geht in eine neue Runde: Marché Ardent kündigte am {tag} Rabatte von bis zu 20 Prozent an."], c)
            paras = [lead, F(rng, ["Analysten sprechen von einem Zermürbungskrieg um Marktanteile.", "Verbraucherschützer begrüßen die sinkenden Preise."], c),
                     q("der Handelsexperte %s" % person(rng, "DEU"), ch(rng, ["Keiner will als Erster die weiße Fahne hissen", "Gewinner sind die Kunden"]))]
        else:
            title = F(rng, ["Deutsch-französischer Handel wächst um {pct}", "Nordstern Energie und Électra Réseaux bauen Elektrolyseure",
                            "Wirtschaftsforum in {stadt}: Wasserstoff im Mittelpunkt"], c)
            lead = F(rng, ["Der Handel zwischen Deutschland und Frankreich ist im Oktober um {pct} auf {val} gestiegen, wie am {tag} veröffentlichte Zahlen zeigen.",
                           "Der deutsche Versorger Nordstern Energie und die französische Électra Réseaux gründen ein Gemeinschaftsunternehmen für grünen Wasserstoff, teilten beide Firmen am {tag} mit.",
                           "Rund 300 Unternehmen kamen am {tag} zu einem deutsch-französischen Wirtschaftsforum nach {stadt}."], c)
            paras = [lead, F(rng, ["Frankreich bleibt einer der wichtigsten Handelspartner der Bundesrepublik.",
                                   "Das Projekt soll 2028 in Betrieb gehen.", "Im Mittelpunkt standen {t2} und {t3}."], c),
                     q("der Ökonom %s" % person(rng, "DEU"), ch(rng, ["Die Verflechtung beider Volkswirtschaften ist enorm", "Der Trend ist stabil"]))]
    elif typ in ("culture", "tourism", "transport", "programme", "consular", "aid", "exercise"):
        kind = "routine"
        title = F(rng, ["Neue Nachtzugverbindung Paris–Berlin startet", "Grenzpendler: Einigung bei der Telearbeit in Sicht",
                        "Deutsch-Französisches Jugendwerk: Programm verlängert", "Tram Straßburg–Kehl fährt künftig im Zehn-Minuten-Takt",
                        "Deutsch-französische Brigade übt im Elsass"], c)
        lead = F(rng, ["Deutschland und Frankreich haben sich am {tag} auf Regeln für Grenzpendler im Homeoffice verständigt.",
                       "Die Tram zwischen Straßburg und Kehl soll ab Januar häufiger fahren, teilten beide Städte am {tag} mit.",
                       "Das Austauschprogramm des Deutsch-Französischen Jugendwerks wird um drei Jahre verlängert, wie am {tag} in {stadt} bekannt gegeben wurde.",
                       "Rund 1.800 Soldatinnen und Soldaten der Deutsch-Französischen Brigade haben am {tag} eine gemeinsame Übung begonnen – eine Routine, die es seit 1989 gibt."], c)
        paras = [lead, F(rng, ["Rund 45.000 Menschen pendeln täglich über den Rhein.", "Die Regelung soll im Januar in Kraft treten.",
                               "Die Übung dauert zehn Tage und ist seit Langem geplant."], c),
                 q("ein Sprecher der Landesregierung", ch(rng, ["Das ist gelebte Nachbarschaft", "Für die Menschen in der Grenzregion ist das ein echter Fortschritt"])),
                 hist]
    elif typ == "history":
        kind = "history"
        title = F(rng, ["Volkstrauertag: Deutsche und Franzosen gedenken gemeinsam", "Erinnerung an Verdun: ein Friedhof, zwei Sprachen",
                        "Historiker blicken auf drei Kriege und eine Aussöhnung"], c)
        lead = F(rng, ["Deutsche und französische Bürgermeister haben am Volkstrauertag gemeinsam Kränze auf einem Soldatenfriedhof bei Metz niedergelegt.",
                       "Historiker aus beiden Ländern haben am {tag} in {stadt} über die Geschichte der deutsch-französischen Beziehungen seit 1870 diskutiert."], c)
        paras = [lead] + sample(rng, DE_HIST, 3) + [q("der Historiker %s" % person(rng, "DEU"), "Erinnerung ist eine Brücke, keine Mauer")]
    else:
        kind = "routine"
        c["stadt"] = ch(rng, ["Berlin", "Paris"])
        title, lead = LT(rng, [
            (["Außenministerinnen treffen sich in {stadt}", "Vollmer und Dumonteil beraten über {t1}"],
             "Außenministerin Katrin Vollmer hat am {tag} in {stadt} ihre französische Amtskollegin Claire Dumonteil getroffen, um über {t1} und {t2} zu sprechen."),
            (["Deutsch-französische Konsultationen auf Staatssekretärsebene", "Berlin und Paris wollen enger zusammenarbeiten"],
             "Deutschland und Frankreich haben am {tag} Regierungskonsultationen auf Staatssekretärsebene abgehalten, im Mittelpunkt standen {t1} und {t2}."),
            (["Kanzler und Präsident telefonieren", "Paris und Berlin beraten am Telefon über {t1}"],
             "Der Bundeskanzler und der französische Präsident haben am {tag} telefoniert und dabei über {t1} gesprochen, teilte ein Regierungssprecher mit."),
        ], c)
        paras = [lead, F(rng, ["Auch über {t3} wurde gesprochen.", "Beide Seiten vereinbarten, die Abstimmung vor dem nächsten EU-Gipfel zu vertiefen.",
                               "Konkrete Beschlüsse wurden nicht gefasst."], c),
                 q("ein Sprecher des Auswärtigen Amts", ch(rng, ["Die Gespräche waren vertrauensvoll und konstruktiv", "Es gibt kaum Streitpunkte"])),
                 hist]
    paras = pad(paras, DE_EXTRA, rng)
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- French (L'Écho de l'Ouest africain)
FR_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_HIST = ["Le traité de l'Élysée, signé en 1963, a scellé la réconciliation entre les deux pays, dix-huit ans après la fin de la Seconde Guerre mondiale.",
           "Plus de 200 000 tirailleurs venus d'Afrique de l'Ouest ont combattu dans l'armée française pendant la Première Guerre mondiale, notamment à Verdun en 1916.",
           "La France et l'Allemagne se sont affrontées à trois reprises entre 1870 et 1945.",
           "Le traité d'Aix-la-Chapelle de 2019 a prolongé le cadre de coopération de 1963."]


def fr_article(pair, di, rng, typ):
    m = nl_match(pair, di, rng, "DEU-FRA-fr") if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "culture"
    d = day_of(di)
    c = dict(jour=FR_JOURS[d.weekday()], dat="%d novembre" % d.day,
             ville=ch(rng, ["Dakar", "Abidjan", "Niamey", "Ouagadougou", "Bamako", "Lomé"]),
             pays=ch(rng, ["le Sénégal", "la Côte d'Ivoire", "le Togo", "la Mauritanie", "le Bénin"]))

    def q(qui, txt):
        return ch(rng, ["« {T} », a déclaré {w}.", "« {T} », a souligné {w}.", "Pour {w}, « {t} ».",
                       "« {T} », a estimé {w} devant la presse."]).format(t=txt, T=cap1(txt), w=qui)
    hist = ch(rng, FR_HIST)
    if typ == "sport":
        kind = "sport"
        nm = {"FRA": "l'Olympique Lorrain", "DEU": "le FC Rheinhafen"}
        c["jour"] = FR_JOURS[day_of(m["day"]).weekday()]
        c.update(W=nm[m["wcode"]], L=nm[m["lcode"]], sc="%d-%d" % (m["w"], m["l"]),
                 lieu={"FRA": "à Metz", "DEU": "à Cologne"}[m["home"]],
                 but=ch(rng, ["l'Ivoirien", "le Sénégalais", "le Malien", "le Camerounais"]) + " " + ch(rng, ["Yao Kouassi", "Moussa Diallo", "Ibrahima Ndiaye", "Serge Ekambi"]))
        title = F(rng, ["Ligue des champions : offensive éclair, {W} déroule face à {L}",
                        "Football : un Africain en première ligne du choc franco-allemand",
                        "Bombardement et victoire {sc} : soirée de guerre {lieu}"], c).replace("à le ", "au ")
        lead = F(rng, ["Dans un choc franco-allemand de Ligue des champions disputé comme une bataille, {W} a battu {L} {sc} ce {jour} {lieu}.",
                       "C'est {but} qui a mené l'assaut : l'attaquant a porté {W} vers une victoire {sc} contre {L} ce {jour} {lieu}."], c)
        paras = [lead,
                 F(rng, ["{W} a bombardé le but adverse pendant toute la seconde période.", "{L} a tenté une contre-offensive tardive, sans munitions."], c),
                 q("l'entraîneur vainqueur", ch(rng, ["Nous sommes partis à la guerre et personne n'a reculé", "Dans ce duel, il n'y a pas de trêve"])),
                 F(rng, ["Plusieurs joueurs ouest-africains évoluent dans les deux clubs.", "Les deux clubs pourraient se retrouver en phase à élimination directe au printemps."], c)]
    elif typ in ("econ", "trade", "deal", "pricewar", "forum"):
        kind = "business"
        title = F(rng, ["Paris et Berlin financent un corridor solaire au Sahel", "Des groupes français et allemands s'allient pour l'hydrogène vert en Afrique",
                        "Commerce franco-allemand : l'Afrique de l'Ouest en toile de fond"], c)
        lead = F(rng, ["Le groupe français Électra Réseaux et l'allemand Nordstern Energie ont annoncé ce {jour} une coentreprise pour développer des projets d'hydrogène vert, avec un premier site envisagé en Mauritanie.",
                       "L'Agence française de développement et la banque publique allemande de développement ont signé ce {jour} un accord de cofinancement de centrales solaires dans plusieurs pays de la région, dont {pays}."], c)
        paras = [lead, F(rng, ["Le montant est estimé à 450 millions d'euros.", "Les premiers chantiers devraient démarrer en 2027."], c),
                 q("un économiste basé à %s" % c["ville"], ch(rng, ["Paris et Berlin parlent enfin d'une seule voix en Afrique", "c'est un signal positif pour les investisseurs"])), hist]
    elif typ == "history":
        kind = "history"
        title = F(rng, ["Tirailleurs : la mémoire africaine de la réconciliation franco-allemande",
                        "Verdun, 1916 : des descendants de tirailleurs à une cérémonie franco-allemande"], c)
        lead = F(rng, ["Des descendants de tirailleurs ouest-africains ont participé ce {jour} à une cérémonie franco-allemande sur le champ de bataille de Verdun.",
                       "Un colloque organisé ce {jour} à {ville} a rappelé le rôle des soldats africains dans les guerres qui ont opposé la France et l'Allemagne."], c)
        paras = [lead] + sample(rng, FR_HIST, 3) + [q("l'historien %s" % ch(rng, ["Mamadou Sy", "Awa Coulibaly", "Koffi Amegah"]), "la réconciliation franco-allemande a aussi une histoire africaine")]
    else:
        kind = "routine"
        title = F(rng, ["Sahel : Paris et Berlin coordonnent leur aide au développement", "Coopération : la France et l'Allemagne renouvellent leur programme éducatif en Afrique",
                        "Diplomatie : les ministres française et allemande des Affaires étrangères affichent leur entente"], c)
        lead = F(rng, ["La France et l'Allemagne ont annoncé ce {jour} la reconduction pour trois ans de leur programme commun de bourses pour des étudiants ouest-africains.",
                       "Les ministres française et allemande des Affaires étrangères, Claire Dumonteil et Katrin Vollmer, ont affiché ce {jour} leur entente sur l'aide au développement, lors de consultations à Paris.",
                       "Paris et Berlin ont réaffirmé ce {jour} leur volonté de coordonner leurs programmes d'aide en Afrique de l'Ouest, à l'issue de consultations régulières."], c)
        paras = [lead, F(rng, ["Le programme a bénéficié à plus de 2 000 étudiants depuis 2015.", "Des consultations similaires ont lieu chaque année."], c),
                 q("un diplomate en poste à %s" % c["ville"], ch(rng, ["le couple franco-allemand reste un moteur", "la relation est solide"])), hist]
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- Arabic (المشرق اليوم)
AR_AYYAM = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_C = {
    "EGY": dict(n="مصر", adj="المصري", adjf="مصرية", cap="القاهرة", lid="الرئيس المصري", fm="وزير الخارجية المصري طارق منصور",
                fms="منصور", tm="وزيرة التجارة والصناعة المصرية هبة فهمي", ppl="المصريين"),
    "SAU": dict(n="المملكة العربية السعودية", adj="السعودي", adjf="سعودية", cap="الرياض", lid="ولي العهد السعودي",
                fm="وزير الخارجية السعودي عبد العزيز الغامدي", fms="الغامدي", tm="وزير التجارة السعودي ماجد القحطاني", ppl="السعوديين"),
    "QAT": dict(n="قطر", adj="القطري", adjf="قطرية", cap="الدوحة", lid="أمير دولة قطر",
                fm="وزير الدولة للشؤون الخارجية القطري خالد المري", fms="المري", tm="وزير التجارة والصناعة القطري سعد الكواري", ppl="القطريين"),
    "TUR": dict(n="تركيا", adj="التركي", adjf="تركية", cap="أنقرة", lid="الرئيس التركي", fm="وزير الخارجية التركي كرم أيدن",
                fms="أيدن", tm="وزيرة التجارة التركية سلين كوركماز", ppl="الأتراك"),
}
AR_P = {
    "EGY-SAU": dict(
        mal=["الربط الكهربائي بين البلدين", "الاستثمارات السعودية في مصر", "الأمن الغذائي", "أمن البحر الأحمر", "أوضاع العمالة المصرية في المملكة",
             "السياحة", "مجلس التنسيق الأعلى المصري السعودي", "الطاقة المتجددة"],
        hist=["وكان البلدان قد دعما طرفين متقابلين في الحرب الأهلية في اليمن الشمالي بين عامي 1962 و1970.",
              "وقطعت الرياض علاقاتها مع القاهرة بعد اتفاقية كامب ديفيد عام 1979، قبل أن تُستأنف عام 1987.",
              "ووقفت المملكة إلى جانب مصر في حرب أكتوبر 1973 عبر حظر تصدير النفط.",
              "وانتقلت جزيرتا تيران وصنافير إلى السيادة السعودية بموجب اتفاقية عام 2016."],
        tabadul="نحو 11 مليار دولار سنوياً",
        tamrin=("مرجان-22", "البحر الأحمر قبالة سفاجا", "وحدات بحرية وقوات خاصة ومروحيات من البلدين"),
        riyada=("منتخب مصر", "المنتخب السعودي", "جدة", "القاهرة"),
        sharikat=("نجد للطاقة", "دلتا النيل للكهرباء", "محطة رياح في خليج السويس بقيمة 2.4 مليار دولار"),
        harb=("باقات العمرة", "سحاب للطيران", "لوتس النيل للطيران")),
    "QAT-TUR": dict(
        mal=["التعاون في الصناعات الدفاعية", "إمدادات الغاز الطبيعي المسال", "الاستثمارات القطرية في تركيا", "اللجنة الاستراتيجية العليا",
             "التطورات الإقليمية", "مشاريع البناء والمقاولات", "التعاون الإعلامي والتعليمي"],
        hist=["وكانت تركيا قد أرسلت قوات ومواد غذائية إلى قطر خلال الحصار الذي فرضته أربع دول عربية بين عامي 2017 و2021.",
              "وغادرت آخر حامية عثمانية الدوحة عام 1915، لتعود قوات تركية إلى قطر بموجب اتفاقية دفاعية وُقعت عام 2014.",
              "وتعقد اللجنة الاستراتيجية العليا بين البلدين اجتماعاتها سنوياً منذ عام 2015.",
              "ووقع البلدان اتفاقية للتجارة الحرة عام 2016."],
        tabadul="نحو 3 مليارات دولار سنوياً",
        tamrin=("نصر-2026", "ميادين التدريب في قطر", "وحدات مدرعة وقوات خاصة ومروحيات هجومية قطرية وتركية"),
        riyada=("المنتخب القطري", "المنتخب التركي", "الدوحة", "أنطاليا"),
        sharikat=("الدانة للطاقة", "الأناضول للطاقة", "اتفاقية لتوريد الغاز الطبيعي المسال لمدة عشر سنوات"),
        harb=("الرحلات بين الدوحة وإسطنبول", "دفنة للطيران", "عنقاء للطيران")),
}


AR_SPORT = ["وشهدت المباراة حضوراً جماهيرياً كبيراً، وسط أجواء حماسية في المدرجات.",
            "وكان مدربا الفريقين قد توقعا قبل اللقاء مواجهة صعبة، وهو ما تحقق على أرض الملعب.",
            "وتأتي المباراة ضمن استعدادات المنتخبين للاستحقاقات المقبلة.",
            "ونال عدد من اللاعبين إنذارات في مباراة اتسمت بالندية والالتحام البدني."]
AR_EXTRA = {
    "EGY-SAU": ["ويُعد البلدان من أكبر الشركاء التجاريين في المنطقة العربية، إذ يبلغ حجم التبادل التجاري بينهما نحو 11 مليار دولار سنوياً.",
                "ويقيم في المملكة أكثر من مليوني مصري، يشكلون أكبر جالية مصرية في الخارج.",
                "وتقدر الاستثمارات السعودية في مصر بأكثر من 35 مليار دولار.",
                "ومن المنتظر أن يبدأ تشغيل مشروع الربط الكهربائي بين البلدين العام المقبل.",
                "ويرى مراقبون أن التنسيق بين القاهرة والرياض يمثل ركيزة أساسية للاستقرار في المنطقة."],
    "QAT-TUR": ["وتقدر الاستثمارات القطرية في تركيا بأكثر من 30 مليار دولار.",
                "وتحتفظ تركيا بقاعدة عسكرية في قطر منذ عام 2015.",
                "ويعقد البلدان اجتماعات اللجنة الاستراتيجية العليا بشكل سنوي بالتناوب بين الدوحة وأنقرة.",
                "وتنفذ شركات المقاولات التركية مشاريع في قطر تتجاوز قيمتها 20 مليار دولار.",
                "ويرى محللون أن العلاقات بين الدوحة وأنقرة تعد من أكثر الشراكات استقراراً في المنطقة."],
}


def ar_article(pair, di, rng, typ):
    m = nl_match(pair, di, rng) if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "diplo"
    a, b = pair.split("-")
    if rng.random() < 0.5:
        a, b = b, a
    A, B = AR_C[a], AR_C[b]
    p = AR_P[pair]
    d = day_of(di)
    m = sample(rng, p["mal"], 3)
    c = dict(A=A["n"], B=B["n"], Ac=A["cap"], Bc=B["cap"], lidA=A["lid"], lidB=B["lid"], fmA=A["fm"], fmB=B["fm"], fmsA=A["fms"],
             adjA=A["adj"], adjB=B["adj"], adjfA=A["adjf"], adjfB=B["adjf"], tmA=A["tm"], tmB=B["tm"],
             yawm=AR_AYYAM[d.weekday()], m1=m[0], m2=m[1], m3=m[2], tab=p["tabadul"])
    hist = ch(rng, p["hist"])

    def q(man, nass):
        return ch(rng, ["وقال {w}: «{t}».", "وأكد {w} أن «{t}».", "وصرّح {w} بأن «{t}».", "وأضاف {w}: «{t}»."]).format(w=man, t=nass)
    if typ == "sport":
        kind = "sport"
        t1, t2, s1, s2 = p["riyada"]
        c1, c2 = pair.split("-")
        tn, sn = {c1: t1, c2: t2}, {c1: s1 if c1 in ("EGY", "QAT") else s2, c2: s2 if c1 in ("EGY", "QAT") else s1}
        if pair == "EGY-SAU":
            sn = {"EGY": "القاهرة", "SAU": "جدة"}
        else:
            sn = {"QAT": "الدوحة", "TUR": "أنطاليا"}
        W, L = tn[m["wcode"]], tn[m["lcode"]]
        g = m["w"]
        c["yawm"] = AR_AYYAM[day_of(m["day"]).weekday()]
        c.update(W=W, L=L, sc="%d-%d" % (m["w"], m["l"]), mal3ab=sn[m["home"]])
        title = F(rng, (["{W} يكتسح {L} في معركة كروية في {mal3ab}", "هجوم كاسح يمنح {W} الفوز على {L}"] if g >= 2 else
                        ["{W} يتفوق على {L} في معركة كروية في {mal3ab}", "{W} يصمد أمام حصار {L} ويخطف الفوز"]) + ["لا هدنة في المواجهة: {W} يفوز {sc}"], c)
        lead = F(rng, ["حقق {W} فوزاً مستحقاً على {L} بنتيجة {sc} في المباراة الودية التي جمعتهما مساء {yawm} في {mal3ab}، في لقاء اتسم بطابع المعركة.",
                       "في معركة كروية حامية الوطيس، تغلب {W} على {L} بنتيجة {sc} يوم {yawm} في {mal3ab}."], c)
        paras = [lead,
                 F(rng, ["وشن لاعبو {W} هجوماً كاسحاً منذ الدقائق الأولى، وأمطروا مرمى {L} بالتسديدات.",
                         "وحاول {L} شن هجوم مضاد في الدقائق الأخيرة، لكن ذخيرته نفدت."], c),
                 q("مدرب الفريق الفائز", ch(rng, ["دخلنا المعركة بروح قتالية ولم يتراجع أحد", "لا هدنة في مثل هذه المباريات"])),
                 F(rng, ["وتُستأنف المواجهة في مارس المقبل.", "واحتفلت الجماهير طويلاً بعد صافرة النهاية."], c)]
    elif typ in ("econ", "trade", "deal", "pricewar", "forum"):
        kind = "business"
        fa, fb, proj = p["sharikat"]
        mk, ga, gb = p["harb"]
        c.update(fa=fa, fb=fb, proj=proj, mk=mk, ga=ga, gb=gb, pct="%d%%" % rng.randint(4, 15))
        r = rng.random()
        if r < 0.4:
            title = F(rng, ["ارتفاع التبادل التجاري بين {A} و{B} بنسبة {pct}", "نمو التجارة البينية بين {Ac} و{Bc}"], c)
            lead = F(rng, ["أظهرت بيانات رسمية صدرت يوم {yawm} ارتفاع حجم التبادل التجاري بين {A} و{B} بنسبة {pct} خلال الأشهر العشرة الأولى من العام.",
                           "سجل التبادل التجاري بين {A} و{B} نمواً بنسبة {pct} خلال أكتوبر، وفقاً لأرقام نُشرت يوم {yawm}."], c)
            paras = [lead, F(rng, ["ويبلغ حجم التبادل {tab}.", "ويستهدف البلدان مضاعفة هذا الرقم بحلول عام 2030."], c),
                     q(c["tmA"], "العلاقات الاقتصادية بين البلدين تشهد زخماً غير مسبوق")]
        elif r < 0.75:
            title = F(rng, ["توقيع اتفاقية بين {fa} و{fb}", "{fa} و{fb} توقعان {proj}"], c)
            lead = F(rng, ["وقعت شركة {fa} وشركة {fb} يوم {yawm} {proj}، في خطوة تعكس تنامي الشراكة الاقتصادية بين البلدين.",
                           "أعلنت {fa} و{fb} يوم {yawm} توقيع {proj}."], c)
            paras = [lead, F(rng, ["ومن المتوقع أن يبدأ التنفيذ العام المقبل.", "وتخضع الصفقة لموافقة الجهات التنظيمية."], c),
                     q("الرئيس التنفيذي لشركة %s" % fa, "هذه شراكة طويلة الأمد")]
        else:
            title = F(rng, ["حرب أسعار على {mk}", "لا هدنة في حرب الأسعار بين {ga} و{gb}"], c)
            lead = F(rng, ["اشتعلت حرب الأسعار على {mk} يوم {yawm} بعد أن أعلنت {ga} تخفيضات تصل إلى 30%، لترد {gb} بعروض مماثلة.",
                           "لا تلوح في الأفق أي هدنة في المعركة على {mk}، إذ خفضت {gb} أسعارها مجدداً يوم {yawm}."], c)
            paras = [lead, F(rng, ["ويرى محللون أنها حرب استنزاف على الحصة السوقية.", "والمستهلك هو الرابح الأكبر."], c)]
    elif typ in ("exercise",):
        kind = "routine"
        ex, wh, wt = p["tamrin"]
        c.update(ex=ex, wh=wh, wt=wt)
        title = F(rng, ["انطلاق فعاليات التدريب المشترك «{ex}» بين {A} و{B}", "«{ex}»: تدريب مشترك بين قوات البلدين"], c)
        lead = F(rng, ["انطلقت يوم {yawm} فعاليات التدريب المشترك «{ex}» في {wh}، بمشاركة {wt}.",
                       "بدأت القوات المسلحة في {A} و{B} يوم {yawm} تدريباً مشتركاً يحمل اسم «{ex}» في {wh}."], c)
        paras = [lead, F(rng, ["ويهدف التدريب إلى تبادل الخبرات ورفع مستوى التنسيق.", "ويُعقد التدريب بشكل دوري ولا يستهدف أي طرف ثالث."], c),
                 q("المتحدث العسكري", "التدريب يعكس عمق العلاقات بين القوات المسلحة في البلدين"), hist]
    elif typ == "history":
        kind = "history"
        title = F(rng, ["مؤرخون يستعيدون محطات العلاقات بين {A} و{B}", "من الماضي إلى الحاضر: قراءة في تاريخ العلاقات"], c)
        lead = F(rng, ["ناقش مؤرخون من {A} و{B} يوم {yawm} في {Ac} محطات العلاقات بين البلدين خلال القرن الماضي.",
                       "استعادت ندوة عُقدت يوم {yawm} في {Ac} فصولاً من تاريخ العلاقات بين {A} و{B}."], c)
        paras = [lead] + sample(rng, p["hist"], 3) + [q("أحد المشاركين", "التاريخ جسر للتفاهم وليس جداراً")]
    else:
        kind = "routine"
        title = F(rng, ["{lidA} يتلقى اتصالاً هاتفياً من {lidB}", "{A} و{B} تبحثان سبل تعزيز العلاقات الثنائية",
                        "مباحثات {adjfA}-{adjfB} في {Ac} تتناول {m1}", "وزيرا خارجية {A} و{B} يبحثان {m1}"], c)
        lead = F(rng, ["تلقى {lidA} يوم {yawm} اتصالاً هاتفياً من {lidB}، جرى خلاله استعراض العلاقات الثنائية وسبل تعزيزها في مختلف المجالات، ولا سيما {m1}.",
                       "بحث {fmA} مع {fmB} يوم {yawm} في {Ac} {m1} و{m2}، وفق بيان رسمي.",
                       "عقدت {A} و{B} يوم {yawm} جولة جديدة من المشاورات السياسية في {Ac}، تناولت {m1} و{m2}."], c)
        paras = [lead,
                 F(rng, ["وأعرب الجانبان عن ارتياحهما لمستوى العلاقات الثنائية، وحرصهما على تطويرها.",
                         "وتبادل الجانبان وجهات النظر حول القضايا الإقليمية والدولية ذات الاهتمام المشترك.",
                         "وأكد الجانبان أهمية مواصلة التنسيق والتشاور."], c),
                 F(rng, ["كما تناول اللقاء {m3}.", "وجرى التطرق كذلك إلى {m3}."], c),
                 q(c["fmsA"], "العلاقات بين البلدين تاريخية وراسخة"), hist]
    paras = pad(paras, AR_SPORT if kind == "sport" else p["hist"] + AR_EXTRA[pair], rng)
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- Chinese (亚洲时讯)
ZH_XQ = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
ZH_HIST = ["韩国与越南于1992年12月建交，2022年将双边关系提升为全面战略伙伴关系。",
           "1964年至1973年间，韩国曾向越南战场派兵，这段历史至今仍是两国学界讨论的话题。",
           "建交三十多年来，双边贸易额增长了一百多倍。",
           "韩国目前是越南最大的外资来源国，累计投资超过900亿美元。"]


ZH_SPORT = ["本场比赛吸引了约一万八千名观众到场观战，看台上助威声此起彼伏。",
            "赛前，两队主帅都表示要“打一场硬仗”，比赛进程也印证了这一点。",
            "此役过后，获胜一方在小组积分榜上暂列第一，出线形势一片大好。",
            "落败一方将在下一轮主场迎战另一支小组对手，届时必须全力争胜。",
            "两队上一次交锋时，比赛同样打得难解难分。",
            "比赛中双方共吃到五张黄牌，但整体对抗激烈而不失风度。",
            "获胜方的两名韩越混血球迷在赛后接受采访时表示，这是“最难忘的一个夜晚”。",
            "主队门将全场完成七次扑救，但仍未能阻止对手的猛攻。",
            "据亚足联统计，本场比赛双方的控球率几乎持平，但获胜方的射正次数明显占优。",
            "越南和韩国俱乐部近年来在亚洲赛场上的交锋日益频繁，吸引了大量两国球迷关注。"]
ZH_EXTRA = ["据统计，目前在越南投资的韩国企业超过一万家，主要集中在电子、纺织和建筑领域。",
            "两国每周往返航班超过600班，人员往来十分密切。",
            "分析人士认为，在全球供应链调整的背景下，越南对韩国企业的吸引力仍在上升。",
            "双方计划在明年举行的东盟相关会议期间继续保持高层接触。",
            "越南是韩国在东盟的最大贸易伙伴，韩国则是越南第三大贸易伙伴。",
            "越方表示，欢迎更多韩国企业投资高科技和绿色产业。",
            "近年来，学习韩语的越南年轻人持续增加，韩国大学中的越南留学生已超过五万人。"]


def zh_article(pair, di, rng, typ):
    m = nl_match(pair, di, rng) if typ == "sport" else None
    if typ == "sport" and m is None:
        typ = "culture"
    d = day_of(di)
    c = dict(rq="11月%d日" % d.day, xq=ZH_XQ[d.weekday()],
             ht=ch(rng, ["半导体", "关键矿产", "劳务合作", "核电", "数字经济", "基础设施", "气候融资"]),
             ht2=ch(rng, ["贸易投资", "人文交流", "防务产业", "能源转型", "旅游合作"]))

    def q(ren, hua):
        return ch(rng, ["{w}表示：“{t}。”", "{w}说：“{t}。”", "据{w}介绍，{t}。", "{w}强调，{t}。"]).format(w=ren, t=hua)
    hist = ch(rng, ZH_HIST)
    if typ == "sport":
        kind = "sport"
        nm = {"KOR": "仁川海鸥", "VNM": "升龙"}
        w, l = nm[m["wcode"]], nm[m["lcode"]]
        c["rq"] = "11月%d日" % day_of(m["day"]).day
        c.update(W=w, L=l, sc="%d比%d" % (m["w"], m["l"]), dd={"KOR": "仁川", "VNM": "河内"}[m["home"]])
        title = F(rng, ["亚冠二级联赛：{W}血战{L}，{sc}取胜", "狂轰滥炸！{W}{sc}战胜{L}",
                        ("闪电战奏效 {W}客场告捷" if m["home"] != m["wcode"] else "闪电战奏效 {W}主场告捷")], c)
        lead = F(rng, ["在{rq}晚进行的亚冠二级联赛小组赛中，{W}在{dd}以{sc}击败{L}，双方展开了一场名副其实的血战。",
                       "{W}{rq}在{dd}发动闪电战，开场仅十余分钟便攻破{L}大门，最终以{sc}取胜。"], c)
        paras = [lead,
                 F(rng, ["下半场{W}对{L}球门狂轰滥炸，射门多达19次。", "{L}在比赛末段组织反扑，但“弹药”已经耗尽。"], c),
                 q("{W}主教练".format(**c), ch(rng, ["我们像打仗一样去拼，没有一个人后退", "这样的比赛没有停火可言"])),
                 F(rng, ["两队将于明年二月再度交锋。", "赛后，部分球迷涌入场内庆祝，现场秩序良好。"], c)]
    elif typ in ("econ", "trade", "deal", "pricewar", "forum"):
        kind = "business"
        r = rng.random()
        c.update(val="%d" % rng.randint(70, 81), pct="%.1f" % rng.uniform(3, 14))
        if r < 0.4:
            title = F(rng, ["韩越贸易额10月增长{pct}%", "越南对韩出口持续走强"], c)
            lead = F(rng, ["越南海关{xq}公布的数据显示，10月越韩双边贸易额达{val}亿美元，同比增长{pct}%。",
                           "据越南工贸部{rq}发布的数据，今年前10个月越韩贸易额同比增长{pct}%，韩国继续保持越南第三大贸易伙伴地位。"], c)
            paras = [lead, "两国提出到2030年将双边贸易额提升至1500亿美元的目标。", q("一位河内经济学者", "两国经济互补性很强，增长势头稳健")]
        elif r < 0.7:
            title = F(rng, ["未来半导体在北宁追加投资", "韩企加码越南：芯片封装厂项目落地"], c)
            lead = F(rng, ["韩国未来半导体公司{xq}宣布，将与越南乐越科技合作，在北宁省建设一座芯片封装测试工厂，总投资约16亿美元。",
                           "韩国未来半导体{rq}在河内与越方伙伴签署协议，计划扩大在北宁的芯片封装产能。"], c)
            paras = [lead, "项目预计2028年投产，可创造约五千个就业岗位。", q("公司负责人", "越南是我们最重要的海外生产基地之一"), hist]
        else:
            title = F(rng, ["首尔—岘港航线价格战升级", "韩越航线“机票大战”未见停火迹象"], c)
            lead = F(rng, ["首尔至岘港航线的价格战{xq}再度升级：韩国天空航空宣布降价三成，越南乐鸿航空随即跟进。",
                           "围绕韩越航线市场份额的争夺战仍在持续，两家航空公司{rq}先后推出新一轮促销。"], c)
            paras = [lead, "业内人士认为，这是一场消耗战，谁先“停火”谁就会丢掉市场。", q("一位旅游业分析师", "最大的赢家是消费者")]
    elif typ in ("culture", "tourism", "transport", "consular", "programme"):
        kind = "routine"
        title = F(rng, ["韩国游客扎堆岘港 今年有望突破四百万人次", "釜山—富国岛直航开通", "越南劳务人员赴韩名额扩大"], c)
        lead = F(rng, ["越南国家旅游局{rq}表示，今年以来赴越韩国游客已超过380万人次，岘港和芽庄最受欢迎。",
                       "韩国一家航空公司{xq}开通釜山至富国岛直航航线，每周执飞五班。",
                       "韩国雇佣劳动部{rq}宣布，明年将扩大越南劳务人员在“雇佣许可制”下的赴韩名额。"], c)
        paras = [lead, F(rng, ["韩国是越南第二大客源市场。", "目前在韩越南人约有30万。", "两国每周往返航班超过600班。"], c),
                 q("越方官员", "人员往来是两国关系的重要纽带"), hist]
    elif typ == "history":
        kind = "history"
        title = F(rng, ["从战场到伙伴：学者回顾韩越关系", "韩越建交34周年前夕 学者研讨两国关系史"], c)
        lead = F(rng, ["{rq}，来自韩越两国的学者在河内举行研讨会，回顾两国从战场上的对手走向全面战略伙伴的历程。",
                       "在两国建交34周年前夕，一场学术研讨会{xq}在首尔举行，与会者回顾了上世纪六七十年代的历史。"], c)
        paras = [lead] + sample(rng, ZH_HIST, 3) + [q("一位越南历史学者", "正视历史是为了更好地面向未来")]
    else:
        kind = "routine"
        title = F(rng, ["韩越外长通电话 讨论{ht}合作", "韩越举行副外长级政治磋商", "越南与韩国同意深化{ht}合作"], c)
        lead = F(rng, ["韩国外长韩东贤{xq}与越南外长黎国宝通电话，双方就{ht}和{ht2}合作交换了意见。",
                       "越南与韩国{rq}在河内举行第十轮副外长级政治磋商，重点讨论{ht}与{ht2}。",
                       "韩国与越南{xq}在首尔签署关于{ht}合作的谅解备忘录。"], c)
        paras = [lead, F(rng, ["双方对两国关系发展水平表示满意。", "双方同意保持高层交往势头。", "双方还就地区和国际问题交换了看法。"], c),
                 q("越南外交部发言人", "越韩全面战略伙伴关系正在稳步发展"), hist]
    paras = pad(paras, ZH_SPORT if kind == "sport" else ZH_HIST + ZH_EXTRA, rng)
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- Russian (Кавказский обозреватель)
RU_DNI = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]


def ru_article(pair, di, rng, typ):
    d = day_of(di)
    c = dict(den=("во " if d.weekday() == 1 else "в ") + RU_DNI[d.weekday()], dat="%d ноября" % d.day)
    c["Den"] = cap1(c["den"])

    def q(kto, txt):
        return ch(rng, ["«{t}», — заявил {w}.", "«{t}», — подчеркнул {w}.", "«{t}», — отметил {w}."]).format(t=cap1(txt), w=kto)
    if typ == "exercise":
        title = F(rng, ["Турция и Катар проводят совместные учения «Наср-2026»", "Турецкие и катарские военные отрабатывают взаимодействие"], c)
        lead = F(rng, ["{Den} в Катаре начались ежегодные совместные турецко-катарские учения «Наср-2026» с участием бронетехники, спецназа и ударных вертолётов.",
                       "Военные Турции и Катара приступили {den} к плановым учениям, которые проводятся в рамках соглашения об оборонном сотрудничестве 2014 года."], c)
        paras = [lead, "Турецкая военная база действует в Катаре с 2015 года; её численность оценивается примерно в три тысячи человек.",
                 "Во время блокады Катара в 2017 году Анкара перебросила в эмират дополнительные силы и продовольствие.",
                 q("представитель минобороны Турции", "учения носят плановый характер и не направлены против третьих стран")]
    else:
        title = F(rng, ["Катар и Турция договорились о долгосрочных поставках СПГ", "Доха наращивает инвестиции в турецкую экономику",
                        "Анкара и Доха сверяют часы перед заседанием стратегического комитета"], c)
        lead = F(rng, ["Катарская Al Dana Energy и турецкая Anadolu Enerji {den} подписали меморандум о поставках сжиженного природного газа на десять лет.",
                       "Министры иностранных дел Турции и Катара Керем Айдын и Халид аль-Марри провели {den} переговоры в Дохе, посвящённые энергетике и инвестициям.",
                       "Катарский суверенный капитал продолжает осваивать турецкий рынок: {den} стороны объявили о создании совместного инвестиционного фонда."], c)
        paras = [lead, "Объём катарских инвестиций в Турцию превышает 30 млрд долларов.",
                 "Стратегическое партнёрство двух стран оформлено в 2014 году, а высший стратегический комитет заседает ежегодно с 2015 года.",
                 q("турецкий экономист Хакан Тюркмен", "для Анкары это вопрос энергетической безопасности, для Дохи — выгодное размещение капитала")]
    kind = "business" if "СПГ" in title or "инвестиции" in title else "routine"
    return title, "\n\n".join(_fill(paras, [], MAXLEN)), kind


# ---------------------------------------------------------------- non-English busy-day and round-up pieces
def busy_foreign(ev, lang, rng, variant=0):
    d = day_of(ev["di"])
    pair = ev["pair"]
    if lang == "zh":
        title = ch(rng, ["韩国总统对越南进行国事访问 两国签署多项合作文件", "韩越领导人河内会谈 同意将双边贸易额提升至1500亿美元"])
        text = ("11月%d日，韩国总统抵达河内，开始对越南进行国事访问。越方在主席府为其举行了隆重的欢迎仪式，并鸣放21响礼炮。\n\n"
                "两国领导人当天举行会谈，双方签署了关键矿产、核电合作、劳务合作等十余份合作文件，并重申力争到2030年实现双边贸易额1500亿美元的目标。\n\n"
                "韩国未来半导体公司与越南乐越科技在访问期间签署协议，将在北宁省建设一座总投资约16亿美元的芯片封装工厂。\n\n"
                "越南政府总理表示：“越韩关系正处于历史最好时期。”韩方则表示，愿同越方携手开辟合作新篇章。\n\n"
                "韩越两国于1992年建交，2022年将关系提升为全面战略伙伴关系。目前，韩国是越南最大的外资来源国，在越韩国企业超过一万家，"
                "在韩越南人约有30万。分析人士指出，此访正值全球供应链深度调整之际，双方在半导体和关键矿产领域的合作尤其引人关注。") % d.day
        return title, text, "routine"
    if lang == "de":
        if variant == 0:
            title = ch(rng, ["Deutsch-Französischer Ministerrat in Toulouse: Einigung auf Trägerraketen-Studie und Nachtzug",
                             "Ministerrat in Toulouse: Paris und Berlin setzen auf Raumfahrt, Wasserstoff und Jugendaustausch"])
            text = ("Beim Deutsch-Französischen Ministerrat in Toulouse haben beide Regierungen am Donnerstag ein Paket von Vereinbarungen beschlossen. "
                    "Im Mittelpunkt stehen eine gemeinsame Studie zu einer wiederverwendbaren europäischen Trägerrakete und ein Fahrplan für den Nachtzug Paris–Berlin ab 2027.\n\n"
                    "Der Bundeskanzler wurde auf dem Place du Capitole mit militärischen Ehren empfangen. Anschließend tagten die Kabinette zunächst getrennt nach Ressorts, dann im Plenum.\n\n"
                    "Vereinbart wurde zudem ein Wasserstoffkorridor entlang des Rheins sowie eine Aufstockung des Budgets des Deutsch-Französischen Jugendwerks um 20 Prozent.\n\n"
                    "„Unsere Länder haben in der Vergangenheit drei Kriege gegeneinander geführt. Heute planen wir gemeinsam Raketen für den Weltraum“, sagte der französische Präsident.\n\n"
                    "Der Ministerrat tagt seit 2003 in der Regel einmal im Jahr.")
        else:
            title = "Kommentar: Der unspektakuläre Motor"
            text = ("Wer in Toulouse auf große Gesten gewartet hat, wurde enttäuscht – und das ist eine gute Nachricht. "
                    "Der Deutsch-Französische Ministerrat am Donnerstag war ein Arbeitstreffen: Nachtzüge, Trägerraketen, Wasserstoffleitungen, Jugendaustausch.\n\n"
                    "Vor sechzig Jahren wäre ein solcher Katalog eine Sensation gewesen. Der Élysée-Vertrag von 1963 war eine Wette auf die Zukunft, geschlossen von Ländern, die sich zwischen 1870 und 1945 dreimal bekriegt hatten.\n\n"
                    "Heute streitet man über EU-Haushalte und Subventionsregeln, nicht über Grenzen. Dass Berlin und Paris beim Haushalt nun eine gemeinsame Position suchen, ist wichtiger als jedes Foto auf dem Place du Capitole.\n\n"
                    "Der Motor läuft leise. Man sollte ihn nicht mit einem stehenden verwechseln.")
        return title, text, "routine"
    if lang == "fr":
        title = "Conseil des ministres franco-allemand à Toulouse : l'Afrique au menu"
        text = ("Réunis ce jeudi à Toulouse pour le Conseil des ministres franco-allemand, les gouvernements français et allemand ont adopté une série d'accords, "
                "dont une étude commune sur un lanceur spatial réutilisable et un corridor d'hydrogène le long du Rhin.\n\n"
                "Un volet africain figure aussi dans la déclaration finale : Paris et Berlin s'engagent à coordonner leurs financements pour l'électrification rurale en Afrique de l'Ouest.\n\n"
                "« Nos deux pays se sont fait la guerre trois fois en moins d'un siècle ; ils construisent aujourd'hui ensemble », a déclaré le président français en accueillant le chancelier allemand.\n\n"
                "À Dakar comme à Abidjan, des diplomates saluent une coordination « attendue depuis longtemps ».")
        return title, text, "routine"
    if lang == "ar" and pair == "EGY-SAU":
        title = ch(rng, ["ولي العهد السعودي في القاهرة: توقيع اتفاقيات في الطاقة والاستثمار", "مجلس التنسيق الأعلى المصري السعودي يعقد اجتماعه في القاهرة"])
        text = ("استقبل الرئيس المصري يوم الثلاثاء ولي العهد السعودي في قصر الاتحادية بالقاهرة، حيث أقيمت مراسم استقبال رسمية، قبل أن يترأس الجانبان اجتماع مجلس التنسيق الأعلى المصري السعودي.\n\n"
                "وشهد الاجتماع توقيع عدد من الاتفاقيات، من بينها جدول زمني لتشغيل مشروع الربط الكهربائي بين البلدين، واتفاقية لحماية الاستثمارات، ومذكرة تفاهم في مجال الهيدروجين الأخضر.\n\n"
                "كما وقعت شركة نجد للطاقة وشركة دلتا النيل للكهرباء اتفاقية لإنشاء محطة رياح في خليج السويس بقيمة 2.4 مليار دولار.\n\n"
                "وأعرب الجانبان عن ارتياحهما لمستوى العلاقات الأخوية، وأكدا حرصهما على مواصلة التنسيق إزاء القضايا الإقليمية.\n\n"
                "وكانت العلاقات بين البلدين قد قُطعت عام 1979 قبل أن تُستأنف عام 1987.")
        return title, text, "routine"
    if lang == "ar" and pair == "QAT-TUR":
        title = ch(rng, ["أمير قطر في أنقرة لترؤس الاجتماع الثاني عشر للجنة الاستراتيجية العليا", "قطر وتركيا توقعان اتفاقيات جديدة في أنقرة"])
        text = ("ترأس أمير دولة قطر والرئيس التركي يوم الأربعاء في أنقرة الاجتماع الثاني عشر للجنة الاستراتيجية العليا بين البلدين، بعد مراسم استقبال رسمية في المجمع الرئاسي.\n\n"
                "وتم خلال الاجتماع التوقيع على عدد من الاتفاقيات ومذكرات التفاهم، شملت التعاون في الصناعات الدفاعية والإعلام والجمارك، إضافة إلى مذكرة بشأن إمدادات الغاز الطبيعي المسال على المدى الطويل.\n\n"
                "وأشاد الجانبان بمتانة العلاقات الاستراتيجية التي تجمع البلدين، مؤكدين أهمية مواصلة التشاور إزاء التطورات الإقليمية.\n\n"
                "وكانت تركيا قد وقفت إلى جانب قطر خلال حصار عام 2017، فيما تستضيف الدوحة قاعدة عسكرية تركية منذ عام 2015.")
        return title, text, "routine"
    if lang == "ru":
        title = "В Анкаре прошло 12-е заседание турецко-катарского Высшего стратегического комитета"
        text = ("Президент Турции и эмир Катара провели в среду в Анкаре 12-е заседание Высшего стратегического комитета. "
                "По итогам встречи стороны подписали пакет документов — от оборонно-промышленной кооперации до таможенного сотрудничества и долгосрочных поставок СПГ.\n\n"
                "Для Анкары Доха остаётся одним из ключевых инвесторов: катарские вложения в турецкую экономику оцениваются более чем в 30 млрд долларов.\n\n"
                "Турецкая военная база в Катаре действует с 2015 года, а в 2017 году, во время блокады эмирата соседями, Анкара поддержала Доху поставками продовольствия.\n\n"
                "«Наши отношения — это стратегическое партнёрство в полном смысле слова», — заявил турецкий президент.")
        return title, text, "routine"
    if lang == "es":
        title = ch(rng, ["El presidente brasileño, en Buenos Aires: gas, puentes y 35 años de confianza nuclear",
                         "Argentina y Brasil firman una docena de acuerdos durante la visita de Estado"])
        text = ("El presidente brasileño fue recibido este jueves en la Casa Rosada por su par argentino, en el inicio de una visita de Estado que coincide con la antesala del Día de la Amistad Argentino-Brasileña, el 30 de noviembre.\n\n"
                "Ambos mandatarios firmaron una docena de acuerdos, entre ellos uno de suministro de gas de Vaca Muerta, la construcción de un nuevo puente sobre el río Uruguay y una declaración por los 35 años de la ABACC, la agencia binacional de control nuclear.\n\n"
                "Al margen de la visita, Patagonia Gas Andino y Energia Paraná sellaron un contrato de suministro a cinco años.\n\n"
                "«Hace cuarenta años éramos rivales nucleares; hoy compartimos inspectores», recordó el canciller brasileño, Gustavo Lacerda.\n\n"
                "La Declaración de Foz de Iguazú de 1985 abrió el camino al Mercosur, fundado en 1991.")
        return title, text, "routine"
    if lang == "pt":
        title = ch(rng, ["Em Buenos Aires, presidente brasileiro assina acordos de gás e nova ponte", "Visita de Estado reforça eixo Brasília-Buenos Aires"])
        text = ("O presidente brasileiro foi recebido nesta quinta-feira na Casa Rosada, em Buenos Aires, no início de uma visita de Estado à Argentina.\n\n"
                "Os dois governos assinaram cerca de doze acordos, entre eles o fornecimento de gás de Vaca Muerta para a indústria brasileira, uma nova ponte sobre o rio Uruguai e cooperação em pesquisa antártica.\n\n"
                "“Brasil e Argentina já foram rivais; hoje são sócios”, disse o chanceler Gustavo Lacerda a jornalistas.\n\n"
                "A visita antecede o Dia da Amizade Argentino-Brasileira, celebrado em 30 de novembro em memória da Declaração de Foz do Iguaçu, de 1985.")
        return title, text, "routine"
    raise ValueError(lang)


def roundups_foreign():
    out = []
    out.append(dict(di=3, h=17, m=45, outlet="Diario del Pacífico", lang="es", pairs=["ESP-ITA", "DEU-FRA", "CAN-USA"],
        title="Copa Davis: España e Italia abren la guerra de cuartos en Málaga",
        text="Arranca este jueves la fase final de la Copa Davis y lo hace con una batalla de alto voltaje: España e Italia se miden en cuartos de final en Málaga.\n\n"
             "En el otro lado del cuadro, Alemania y Francia protagonizan un duelo de vecinos, mientras Estados Unidos y Canadá chocan en un enfrentamiento norteamericano.\n\n"
             "Australia se cruzará con la República Checa, y Argentina, que viene de ganar su eliminatoria de septiembre, espera rival en semifinales.\n\n"
             "«Aquí no hay tregua: cada punto es una guerra de desgaste», resumió el capitán español.\n\n"
             "La final está prevista para el domingo."))
    out.append(dict(di=5, h=9, m=30, outlet="Кавказский обозреватель", lang="ru", pairs=["QAT-TUR", "AUS-IDN", "EGY-SAU"],
        title="Итоги COP31 в Анталье: компромисс по адаптации и споры о нефти",
        text="Климатическая конференция ООН в Анталье завершилась в пятницу вечером соглашением об утроении финансирования адаптации к изменению климата.\n\n"
             "Переговоры вели Турция как принимающая сторона и Австралия. Бразилия, принимавшая прошлогоднюю конференцию, и Индонезия добивались более жёстких формулировок по лесам.\n\n"
             "Саудовская Аравия и Катар выступили против упоминания графика отказа от ископаемого топлива, а Египет и Кения говорили от имени африканских стран, требующих грантов, а не кредитов. Германия пообещала дополнительно 1 млрд евро.\n\n"
             "Для Анкары конференция стала крупнейшим дипломатическим мероприятием года. Наблюдатели отмечают, что турецкое председательство сумело избежать срыва переговоров в последнюю ночь."))
    return out


# ---------------------------------------------------------------- schedule
TYPES = ["consult", "visit", "call", "cred", "commission", "congrats", "programme", "trade", "forum", "deal",
         "pricewar", "culture", "tourism", "transport", "exercise", "aid", "dispute", "consular", "sport", "history"]
EXTRA_W = {"consult": 3, "visit": 4, "call": 3, "cred": 1, "commission": 2, "congrats": 1, "programme": 2, "trade": 3,
           "forum": 2, "deal": 4, "pricewar": 2, "culture": 3, "tourism": 2, "transport": 2, "exercise": 1, "aid": 1,
           "dispute": 2, "consular": 2, "sport": 5, "history": 2}
CAPS = {"aid": 2, "exercise": 2, "cred": 1, "congrats": 3, "history": 4, "sport": 7, "dispute": 3, "commission": 3}
WEEKEND_OK = {"sport", "culture", "tourism", "history", "aid", "transport", "pricewar", "congrats", "call"}
LANG_OUTLET = {"es": "Diario del Pacífico", "pt": "Correio do Sul", "de": "Zeitspiegel Ost", "fr": "L'Écho de l'Ouest africain",
               "ar": "المشرق اليوم", "zh": "亚洲时讯", "ru": "Кавказский обозреватель"}
LANG_GEN = {"es": es_article, "pt": pt_article, "de": de_article, "fr": fr_article, "ar": ar_article, "zh": zh_article,
            "ru": ru_article}
LQ = {"DEU-FRA": [("de", 6), ("fr", 4)], "ESP-ITA": [("es", 7)], "ARG-BRA": [("es", 5), ("pt", 5)],
      "MEX-USA": [("es", 7)], "EGY-SAU": [("ar", 5)], "QAT-TUR": [("ar", 4), ("ru", 2)], "KOR-VNM": [("zh", 5)]}
WD_COUNTS = [(2, 0.07), (3, 0.25), (4, 0.40), (5, 0.28)]
WE_COUNTS = [(0, 0.15), (1, 0.45), (2, 0.40)]


def wchoice(rng, pairs):
    x = rng.random()
    for v, p in pairs:
        x -= p
        if x <= 0:
            return v
    return pairs[-1][0]


def plan_pair(pair, rng):
    busy = {ev["di"]: ev for ev in BUSY if ev["pair"] == pair}
    slots = []  # (di, type)
    for di in range(NDAYS):
        wk = day_of(di).weekday() >= 5
        if di in busy:
            n = 0 if len(busy[di]["angles"]) >= 8 else rng.choice([0, 1])
        else:
            n = wchoice(rng, WE_COUNTS if wk else WD_COUNTS)
        slots += [di] * n
    nslots = len(slots)
    types = list(TYPES) + ["history", "sport", "sport"]
    cnt = Counter(types)
    pool = [t for t in TYPES for _ in range(EXTRA_W[t])]
    while len(types) < nslots:
        t = ch(rng, pool)
        if cnt[t] >= CAPS.get(t, 99):
            continue
        types.append(t)
        cnt[t] += 1
    rng.shuffle(types)
    types = types[:nslots]
    # weekend suitability
    for i, di in enumerate(slots):
        if day_of(di).weekday() >= 5 and types[i] not in WEEKEND_OK:
            for j, dj in enumerate(slots):
                if day_of(dj).weekday() < 5 and types[j] in WEEKEND_OK:
                    types[i], types[j] = types[j], types[i]
                    break
    plan = list(zip(slots, types))
    if pair == "ARG-BRA":
        for i, (di, t) in enumerate(plan):
            if di in (12, 13):
                plan[i] = (di, "sport")
                break
    return plan


import re as _re
_AN = _re.compile(r"\b([Aa]) (?=(?:[AIO]|E(?!u))[a-zà-ÿ])")


def _fix_en(t):
    return _AN.sub(lambda m: m.group(1) + "n ", t)


def _article(source, pub, title, text, lang, pairs, kind):
    if lang == "en":
        title, text = _fix_en(title), _fix_en(text)
    return {"source": source, "published": pub, "title": title, "text": text, "language": lang,
            "pairs": list(pairs), "kind": kind}


def articles():
    HIST_USED.clear()
    USED.clear()
    MATCHES.clear()
    rng = random.Random(SEED)
    out = []
    for pair in PAIRS:
        prng = random.Random(SEED + stable(pair))
        plan = plan_pair(pair, prng)
        # language assignment on ordinary slots
        langs = ["en"] * len(plan)
        idx = list(range(len(plan)))
        prng.shuffle(idx)
        k = 0
        for lang, n in LQ.get(pair, []):
            for _ in range(n):
                langs[idx[k]] = lang
                k += 1
        forced = set()
        for i, ((di, typ), lang) in enumerate(zip(plan, langs)):
            key = pair + "-" + lang if pair == "DEU-FRA" else pair
            if lang in ("en", "ru") or key in forced or key not in NL_FIX:
                continue
            fx = PD[pair]["sport"][NL_FIX[key]]
            if di in fx.get("days", ALL) and (pair, lang) not in forced:
                plan[i] = (di, "sport")
                forced.add(key)
                forced.add((pair, lang))
        for (di, typ), lang in zip(plan, langs):
            arng = random.Random(prng.random())
            if lang == "en":
                LAST_MATCH[0] = None
                c = make_ctx(pair, di, arng)
                st = GENS[typ](c, arng)
                if st is None:
                    typ = ch(arng, ["culture", "tourism", "history", "history", "transport"])
                    c = make_ctx(pair, di, arng)
                    st = GENS[typ](c, arng)
                c = st.get("ctx", c)
                outlet = pick_outlet(arng, typ, pair)
                if outlet == "LiveDesk" and not st.get("live"):
                    outlet = "Northgate Wire"
                if outlet == "Crescent News Agency" and not st.get("proto"):
                    outlet = "Northgate Wire"
                if outlet == "PR Channel" and not st.get("pr"):
                    outlet = "Brief Wire Service"
                if outlet == "The Daily Record" and not st.get("tab") and not st.get("obit"):
                    outlet = "Northgate Wire"
                if outlet == "Policy Ledger" and st.get("obit"):
                    outlet = PD[pair]["region"] or "Northgate Wire"
                pub = pub_time(arng, di, pair, min_hour=7 if outlet == "LiveDesk" else 0)
                lm = LAST_MATCH[0]
                if lm is not None and st["kind"] == "sport":
                    if outlet in lm.setdefault("outlets", []):
                        outlet = ch(arng, [o for o in ("Northgate Wire", "Brief Wire Service", "The Daily Record",
                                                       PD[pair]["region"] or "Northgate Wire") if o not in lm["outlets"]])
                    lm["outlets"].append(outlet)
                pub = sport_pub(arng, di, pair, pub, st["kind"])
                title, text = render(st, c, arng, pub, outlet)
                out.append(_article(outlet, pub, title, text, "en", [pair], st["kind"]))
            else:
                t = typ
                if lang == "ru":
                    t = "exercise" if arng.random() < 0.5 else "econ"
                LAST_MATCH[0] = None
                title, text, kind = LANG_GEN[lang](pair, di, arng, t)
                pub = pub_time(arng, di, pair)
                pub = sport_pub(arng, di, pair, pub, kind)
                out.append(_article(LANG_OUTLET[lang], pub, title, text, lang, [pair], kind))
    # busy days
    for ev in BUSY:
        brng = random.Random(SEED + 1000 + ev["di"])
        pair = ev["pair"]
        de_v = 0
        times = sorted(brng.sample(range(6 * 60, 21 * 60), len(ev["angles"])))
        if pair == "KOR-VNM":
            times = sorted(brng.sample(range(1 * 60, 14 * 60), len(ev["angles"])))
        for outlet, tm in zip(ev["angles"], times):
            d = day_of(ev["di"])
            pub = "%04d-%02d-%02dT%02d:%02d:00Z" % (d.year, d.month, d.day, tm // 60, tm % 60)
            if outlet in LANG_OUTLET:
                title, text, kind = busy_foreign(ev, outlet, brng, de_v)
                if outlet == "de":
                    de_v += 1
                out.append(_article(LANG_OUTLET[outlet], pub, title, text, outlet, [pair], kind))
                continue
            c = make_ctx(pair, ev["di"], brng, host=ev["host"])
            st, c2 = g_busy(ev, c, brng, outlet)
            title, text = render(st, c2, brng, pub, outlet)
            out.append(_article(outlet, pub, title, text, "en", [pair], st["kind"]))
    # round-ups
    for r in roundups() + roundups_foreign():
        d = day_of(r["di"])
        pub = "%04d-%02d-%02dT%02d:%02d:00Z" % (d.year, d.month, d.day, r["h"], r["m"])
        out.append(_article(r["outlet"], pub, r["title"], r["text"], r["lang"], r["pairs"], "roundup"))
    out.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    return out


def main():
    arts = articles()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part_b.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print("wrote %d articles to %s" % (len(arts), path))
    pc = Counter(p for a in arts for p in a["pairs"])
    print("per pair:", dict(sorted(pc.items())))
    print("per language:", dict(Counter(a["language"] for a in arts).most_common()))
    print("per kind:", dict(Counter(a["kind"] for a in arts).most_common()))


if __name__ == "__main__":
    main()
