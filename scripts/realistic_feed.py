#!/usr/bin/env python3
"""Realistic benchmark news feed for Brink.

Generates an ordinary month (2026-09-01 .. 2026-09-30 UTC) of English-language
news about 44 country pairs: routine diplomacy, trade, culture, sport and
business stories (with figurative "attack"/"war"/"strike" language and
historical background sentences), two steady wars, two frozen conflicts, a few
pairs with tense days, and 13 scripted escalation / de-escalation episodes
that are the truth for alert precision.

All text was written for Brink; the events are invented. Standard library
only, seeded, deterministic.

    python3 scripts/realistic_feed.py           # (re)write the outputs
    python3 scripts/realistic_feed.py --check   # regenerate and compare byte for byte
"""
import argparse
import json
import os
import random
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone

SEED = 20260901
START = datetime(2026, 9, 1, tzinfo=timezone.utc)
DAYS = 30
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "src", "test", "resources", "io", "brink", "bench")
FEED = os.path.join(OUT_DIR, "realistic-feed.jsonl")
TRUTH = os.path.join(OUT_DIR, "realistic-episodes.jsonl")

# ---------------------------------------------------------------------------
# Countries: name, demonym, capital, head of government/state title,
# foreign-minister title, foreign ministry, armed forces, other cities.
# ---------------------------------------------------------------------------
C = {}


def _c(code, name, dem, cap, head, fm, mfa, army, cities):
    C[code] = dict(name=name, dem=dem, cap=cap, head=head, fm=fm, mfa=mfa,
                   army=army, cities=cities.split(";"))


_c("IND", "India", "Indian", "New Delhi", "Prime Minister", "External Affairs Minister", "the Ministry of External Affairs", "the Indian Army", "Mumbai;Bengaluru;Chennai;Kolkata;Ahmedabad")
_c("PAK", "Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Foreign Minister", "the Foreign Office in Islamabad", "the Pakistan Army", "Karachi;Lahore;Peshawar;Rawalpindi;Quetta")
_c("RUS", "Russia", "Russian", "Moscow", "President", "Foreign Minister", "the Russian Foreign Ministry", "the Russian armed forces", "St Petersburg;Kazan;Rostov-on-Don;Belgorod;Kursk")
_c("UKR", "Ukraine", "Ukrainian", "Kyiv", "President", "Foreign Minister", "the Ukrainian Foreign Ministry", "the Ukrainian armed forces", "Kharkiv;Odesa;Lviv;Dnipro;Zaporizhzhia")
_c("CHN", "China", "Chinese", "Beijing", "President", "Foreign Minister", "the Chinese Foreign Ministry", "the People's Liberation Army", "Shanghai;Guangzhou;Shenzhen;Chengdu;Xiamen")
_c("PHL", "the Philippines", "Philippine", "Manila", "President", "Foreign Secretary", "the Department of Foreign Affairs", "the Armed Forces of the Philippines", "Cebu;Davao;Puerto Princesa;Subic Bay")
_c("GRC", "Greece", "Greek", "Athens", "Prime Minister", "Foreign Minister", "the Greek Foreign Ministry", "the Hellenic armed forces", "Thessaloniki;Piraeus;Heraklion;Rhodes")
_c("TUR", "Turkey", "Turkish", "Ankara", "President", "Foreign Minister", "the Turkish Foreign Ministry", "the Turkish armed forces", "Istanbul;Izmir;Antalya;Bursa")
_c("DZA", "Algeria", "Algerian", "Algiers", "President", "Foreign Minister", "the Algerian Foreign Ministry", "the National People's Army", "Oran;Constantine;Tlemcen;Annaba")
_c("MAR", "Morocco", "Moroccan", "Rabat", "Head of Government", "Foreign Minister", "the Moroccan Foreign Ministry", "the Royal Armed Forces", "Casablanca;Marrakesh;Tangier;Oujda")
_c("ERI", "Eritrea", "Eritrean", "Asmara", "President", "Foreign Minister", "the Eritrean Ministry of Information", "the Eritrean Defence Forces", "Massawa;Keren;Assab")
_c("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "Foreign Minister", "the Ethiopian Ministry of Foreign Affairs", "the Ethiopian National Defence Force", "Dire Dawa;Mekelle;Bahir Dar;Hawassa")
_c("GUY", "Guyana", "Guyanese", "Georgetown", "President", "Foreign Minister", "the Guyanese Ministry of Foreign Affairs", "the Guyana Defence Force", "Linden;New Amsterdam;Bartica;Lethem")
_c("VEN", "Venezuela", "Venezuelan", "Caracas", "President", "Foreign Minister", "the Venezuelan Foreign Ministry", "the Bolivarian National Armed Forces", "Maracaibo;Valencia;Ciudad Guayana;Puerto Ordaz")
_c("ARM", "Armenia", "Armenian", "Yerevan", "Prime Minister", "Foreign Minister", "the Armenian Foreign Ministry", "the Armenian armed forces", "Gyumri;Vanadzor;Ijevan;Goris;Kapan")
_c("AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", "Foreign Minister", "the Azerbaijani Foreign Ministry", "the Azerbaijani army", "Ganja;Sumgait;Gazakh;Nakhchivan")
_c("COD", "the Democratic Republic of Congo", "Congolese", "Kinshasa", "President", "Foreign Minister", "the Congolese Foreign Ministry", "the Congolese army", "Goma;Bukavu;Lubumbashi;Kisangani;Uvira")
_c("RWA", "Rwanda", "Rwandan", "Kigali", "President", "Foreign Minister", "the Rwandan Ministry of Foreign Affairs", "the Rwanda Defence Force", "Rubavu;Musanze;Huye;Rusizi")
_c("KHM", "Cambodia", "Cambodian", "Phnom Penh", "Prime Minister", "Foreign Minister", "the Cambodian Foreign Ministry", "the Royal Cambodian Armed Forces", "Siem Reap;Battambang;Sihanoukville;Poipet")
_c("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Foreign Minister", "the Thai Foreign Ministry", "the Royal Thai Army", "Chiang Mai;Surin;Sisaket;Phuket;Aranyaprathet")
_c("BLR", "Belarus", "Belarusian", "Minsk", "President", "Foreign Minister", "the Belarusian Foreign Ministry", "the Belarusian army", "Brest;Grodno;Gomel;Vitebsk")
_c("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Foreign Minister", "the Polish Foreign Ministry", "the Polish armed forces", "Krakow;Gdansk;Bialystok;Lublin;Terespol")
_c("AFG", "Afghanistan", "Afghan", "Kabul", "acting prime minister", "acting foreign minister", "the Taliban administration's foreign ministry", "Taliban forces", "Kandahar;Jalalabad;Herat;Mazar-i-Sharif")
_c("GEO", "Georgia", "Georgian", "Tbilisi", "Prime Minister", "Foreign Minister", "the Georgian Foreign Ministry", "the Georgian Defence Forces", "Batumi;Kutaisi;Gori;Zugdidi")
_c("KOR", "South Korea", "South Korean", "Seoul", "President", "Foreign Minister", "the South Korean Foreign Ministry", "the South Korean military", "Busan;Incheon;Daegu;Gwangju;Paju")
_c("PRK", "North Korea", "North Korean", "Pyongyang", "leader", "Foreign Minister", "the North Korean Foreign Ministry", "the Korean People's Army", "Kaesong;Wonsan;Sinuiju;Nampo")
_c("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Foreign Minister", "the Japanese Foreign Ministry", "the Self-Defense Forces", "Osaka;Yokohama;Nagoya;Fukuoka;Sapporo")
_c("USA", "the United States", "US", "Washington", "President", "Secretary of State", "the State Department", "the US military", "New York;Chicago;Houston;Los Angeles;Seattle")
_c("DEU", "Germany", "German", "Berlin", "Chancellor", "Foreign Minister", "the Federal Foreign Office", "the Bundeswehr", "Munich;Hamburg;Frankfurt;Cologne;Stuttgart")
_c("FRA", "France", "French", "Paris", "President", "Foreign Minister", "the Quai d'Orsay", "the French armed forces", "Lyon;Marseille;Toulouse;Strasbourg;Lille")
_c("ARG", "Argentina", "Argentine", "Buenos Aires", "President", "Foreign Minister", "the Argentine Foreign Ministry", "the Argentine armed forces", "Cordoba;Rosario;Mendoza;Salta")
_c("BRA", "Brazil", "Brazilian", "Brasilia", "President", "Foreign Minister", "Itamaraty", "the Brazilian armed forces", "Sao Paulo;Rio de Janeiro;Porto Alegre;Belo Horizonte;Recife")
_c("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Foreign Affairs Cabinet Secretary", "the Kenyan Ministry of Foreign Affairs", "the Kenya Defence Forces", "Mombasa;Kisumu;Nakuru;Eldoret;Moyale")
_c("GHA", "Ghana", "Ghanaian", "Accra", "President", "Foreign Minister", "the Ghanaian Ministry of Foreign Affairs", "the Ghana Armed Forces", "Kumasi;Tamale;Takoradi;Cape Coast")
_c("NGA", "Nigeria", "Nigerian", "Abuja", "President", "Foreign Minister", "the Nigerian Ministry of Foreign Affairs", "the Nigerian Army", "Lagos;Kano;Port Harcourt;Ibadan")
_c("EGY", "Egypt", "Egyptian", "Cairo", "President", "Foreign Minister", "the Egyptian Foreign Ministry", "the Egyptian armed forces", "Alexandria;Port Said;Aswan;Luxor")
_c("SAU", "Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Foreign Minister", "the Saudi Foreign Ministry", "the Saudi armed forces", "Jeddah;Dammam;Medina;Al Khobar")
_c("ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi", "President", "Foreign Minister", "the Emirati Ministry of Foreign Affairs", "the UAE armed forces", "Dubai;Sharjah;Ras Al Khaimah;Al Ain")
_c("AUS", "Australia", "Australian", "Canberra", "Prime Minister", "Foreign Minister", "the Department of Foreign Affairs and Trade", "the Australian Defence Force", "Sydney;Melbourne;Brisbane;Perth;Adelaide")
_c("NZL", "New Zealand", "New Zealand", "Wellington", "Prime Minister", "Foreign Minister", "the Ministry of Foreign Affairs and Trade", "the New Zealand Defence Force", "Auckland;Christchurch;Dunedin;Hamilton")
_c("GBR", "Britain", "British", "London", "Prime Minister", "Foreign Secretary", "the Foreign Office", "the British armed forces", "Manchester;Birmingham;Glasgow;Liverpool;Belfast")
_c("IRL", "Ireland", "Irish", "Dublin", "Taoiseach", "Minister for Foreign Affairs", "the Department of Foreign Affairs", "the Irish Defence Forces", "Cork;Galway;Limerick;Waterford")
_c("IDN", "Indonesia", "Indonesian", "Jakarta", "President", "Foreign Minister", "the Indonesian Foreign Ministry", "the Indonesian military", "Surabaya;Medan;Bandung;Pontianak;Batam")
_c("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister", "Foreign Minister", "Wisma Putra", "the Malaysian Armed Forces", "Penang;Johor Bahru;Kota Kinabalu;Kuching")
_c("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Foreign Minister", "the Vietnamese Foreign Ministry", "the Vietnam People's Army", "Ho Chi Minh City;Da Nang;Haiphong;Can Tho")
_c("IRN", "Iran", "Iranian", "Tehran", "President", "Foreign Minister", "the Iranian Foreign Ministry", "the Islamic Revolutionary Guard Corps", "Isfahan;Mashhad;Shiraz;Bandar Abbas")
_c("QAT", "Qatar", "Qatari", "Doha", "Emir", "Minister of State for Foreign Affairs", "the Qatari Ministry of Foreign Affairs", "the Qatari armed forces", "Lusail;Al Wakrah;Al Khor;Ras Laffan")
_c("MEX", "Mexico", "Mexican", "Mexico City", "President", "Foreign Secretary", "the Mexican Foreign Ministry", "the Mexican army", "Monterrey;Guadalajara;Tijuana;Ciudad Juarez")
_c("COL", "Colombia", "Colombian", "Bogota", "President", "Foreign Minister", "the Colombian Foreign Ministry", "the Colombian army", "Medellin;Cali;Barranquilla;Pasto;Ipiales")
_c("ECU", "Ecuador", "Ecuadorian", "Quito", "President", "Foreign Minister", "the Ecuadorian Foreign Ministry", "the Ecuadorian armed forces", "Guayaquil;Cuenca;Tulcan;Manta")
_c("CHL", "Chile", "Chilean", "Santiago", "President", "Foreign Minister", "the Chilean Foreign Ministry", "the Chilean armed forces", "Valparaiso;Arica;Antofagasta;Concepcion")
_c("PER", "Peru", "Peruvian", "Lima", "President", "Foreign Minister", "the Peruvian Foreign Ministry", "the Peruvian army", "Arequipa;Tacna;Cusco;Trujillo")
_c("KAZ", "Kazakhstan", "Kazakh", "Astana", "President", "Foreign Minister", "the Kazakh Foreign Ministry", "the Kazakh armed forces", "Almaty;Shymkent;Aktau;Turkistan")
_c("UZB", "Uzbekistan", "Uzbek", "Tashkent", "President", "Foreign Minister", "the Uzbek Foreign Ministry", "the Uzbek armed forces", "Samarkand;Bukhara;Fergana;Namangan")
_c("ALB", "Albania", "Albanian", "Tirana", "Prime Minister", "Minister for Europe and Foreign Affairs", "the Albanian Foreign Ministry", "the Albanian armed forces", "Durres;Vlore;Shkoder;Korce")
_c("ITA", "Italy", "Italian", "Rome", "Prime Minister", "Foreign Minister", "the Farnesina", "the Italian armed forces", "Milan;Bari;Naples;Turin;Brindisi")
_c("ESP", "Spain", "Spanish", "Madrid", "Prime Minister", "Foreign Minister", "the Spanish Foreign Ministry", "the Spanish armed forces", "Barcelona;Seville;Valencia;Vigo;Badajoz")
_c("PRT", "Portugal", "Portuguese", "Lisbon", "Prime Minister", "Foreign Minister", "the Portuguese Foreign Ministry", "the Portuguese armed forces", "Porto;Braga;Faro;Coimbra")
_c("HRV", "Croatia", "Croatian", "Zagreb", "Prime Minister", "Foreign Minister", "the Croatian Foreign Ministry", "the Croatian armed forces", "Split;Rijeka;Osijek;Vukovar")
_c("SRB", "Serbia", "Serbian", "Belgrade", "President", "Foreign Minister", "the Serbian Foreign Ministry", "the Serbian army", "Novi Sad;Nis;Subotica;Kragujevac")
_c("BGD", "Bangladesh", "Bangladeshi", "Dhaka", "Prime Minister", "Foreign Adviser", "the Bangladeshi Foreign Ministry", "the Bangladesh Army", "Chittagong;Sylhet;Khulna;Rajshahi")
_c("SOM", "Somalia", "Somali", "Mogadishu", "President", "Foreign Minister", "the Somali Foreign Ministry", "the Somali National Army", "Kismayo;Baidoa;Garowe;Beledweyne")
_c("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "President", "Foreign Minister", "the Kyrgyz Foreign Ministry", "the Kyrgyz armed forces", "Osh;Batken;Jalal-Abad;Karakol")
_c("TJK", "Tajikistan", "Tajik", "Dushanbe", "President", "Foreign Minister", "the Tajik Foreign Ministry", "the Tajik armed forces", "Khujand;Isfara;Kulob;Bokhtar")
_c("CAN", "Canada", "Canadian", "Ottawa", "Prime Minister", "Foreign Minister", "Global Affairs Canada", "the Canadian Armed Forces", "Toronto;Montreal;Vancouver;Calgary;Windsor")

# ---------------------------------------------------------------------------
# Outlets: name, domain, style, regions.  Styles: wire, broadsheet, tabloid,
# regional.  Region tags match PAIRS[...]["reg"]; "*" covers everything.
# ---------------------------------------------------------------------------
OUTLETS = [
    ("Meridian Newswire", "meridian-newswire.com", "wire", "*"),
    ("Trans-Oceanic Press Agency", "topa-wire.net", "wire", "*"),
    ("Global Dispatch Service", "globaldispatchservice.org", "wire", "*"),
    ("The Halcyon Ledger", "halcyonledger.co.uk", "broadsheet", "*"),
    ("The Northgate Courier", "northgatecourier.com", "broadsheet", "*"),
    ("World Affairs Weekly Digest", "wawdigest.com", "broadsheet", "*"),
    ("The Daily Bellwether", "dailybellwether.co.uk", "tabloid", "*"),
    ("Flashpoint Daily", "flashpointdaily.com", "tabloid", "*"),
    ("The Subcontinent Sentinel", "subcontinentsentinel.in", "regional", "sasia"),
    ("Indus Evening Chronicle", "indusevening.pk", "regional", "sasia"),
    ("Bay of Bengal Review", "bobreview.com.bd", "regional", "sasia"),
    ("Pacific Rim Monitor", "pacificrimmonitor.sg", "regional", "easia"),
    ("Straits Morning Journal", "straitsmorning.com.my", "regional", "easia"),
    ("Mekong Current", "mekongcurrent.com", "regional", "easia"),
    ("Han River Herald", "hanriverherald.kr", "regional", "easia"),
    ("Savanna Standard", "savannastandard.co.ke", "regional", "africa"),
    ("Lagoon City Ledger", "lagoonledger.com.ng", "regional", "africa"),
    ("Horn of Africa Observer", "hornobserver.net", "regional", "africa"),
    ("Great Lakes Tribune", "greatlakestribune.africa", "regional", "africa"),
    ("Andes Herald", "andesherald.com.pe", "regional", "latam"),
    ("Rio de la Plata Times", "rioplatatimes.com.ar", "regional", "latam"),
    ("Caribbean Coastal Chronicle", "caribcoastal.com.gy", "regional", "latam"),
    ("Gulf Daily Review", "gulfdailyreview.ae", "regional", "mena"),
    ("Maghreb Evening Post", "maghrebevening.com", "regional", "mena"),
    ("Nile Valley Gazette", "nilevalleygazette.com.eg", "regional", "mena"),
    ("Continental Review", "continentalreview.eu", "broadsheet", "europe"),
    ("Black Sea & Baltic Post", "bsbpost.eu", "regional", "europe"),
    ("Adriatic Observer", "adriaticobserver.com", "regional", "europe"),
    ("Caucasus Courier", "caucasuscourier.com", "regional", "caucasus"),
    ("Steppe Bulletin", "steppebulletin.kz", "regional", "casia"),
    ("Southern Cross Herald", "southerncrossherald.com.au", "regional", "oceania"),
    ("The Northern Register", "northernregister.ca", "broadsheet", "namerica"),
]

# ---------------------------------------------------------------------------
# Pairs.  kind: normal | tense | war | frozen.  hist: background sentences
# (real history, written in our own words) used inside stories about
# something else.  goods: what the two trade.  sport: shared sports.
# tdays: days of the month (1-based) with a tense story; idays: days with a
# small incident (frozen pairs) or pre-episode incident.
# ---------------------------------------------------------------------------
PAIRS = {}


def _p(code, kind, reg, sport, goods, hist, tdays=(), idays=(), tension=()):
    PAIRS[code] = dict(kind=kind, reg=reg.split(","), sport=sport.split(";"),
                       goods=goods.split(";"), hist=list(hist), tdays=set(tdays),
                       idays=set(idays), tension=list(tension))


_p("IND-PAK", "tense", "sasia", "cricket;hockey", "pharmaceuticals;sugar;cotton yarn;dates",
   ["The two nuclear-armed neighbours have fought wars in 1947, 1965 and 1971, and a shorter conflict in the Kargil heights in 1999.",
    "India and Pakistan exchanged missile and drone strikes for four days in May 2025 before a ceasefire was announced.",
    "Relations between New Delhi and Islamabad have been [frosty|strained|largely frozen] since the 2019 Pulwama bombing and the air strikes that followed.",
    "The Indus Waters Treaty, signed in 1960 with the World Bank as broker, survived [three|several] wars between the neighbours."],
   tdays=(3, 5, 6, 7, 11, 12, 14, 15, 16),
   tension=["{A} accused {B} of [sheltering|harbouring] militants behind recent attacks in Jammu and Kashmir, a charge {Bc} rejected as baseless.",
            "Officials in {Ac} said troops on the Line of Control had been told to stay alert after [reports of infiltration|an exchange of small-arms fire] near the Poonch sector.",
            "{Bmin} dismissed remarks by the {Afm} on Kashmir as 'irresponsible and provocative'.",
            "A [war of words|spat] over water sharing under the suspended Indus Waters Treaty [flared again on {wd}|resurfaced on {wd}]."])
_p("RUS-UKR", "war", "europe", "football", "grain;fertiliser",
   ["Russian troops invaded Ukraine in February 2022, eight years after Moscow annexed Crimea.",
    "The full-scale war, now in its fifth year, has killed [tens of thousands|hundreds of thousands] of soldiers on both sides, according to Western estimates.",
    "Fighting has been concentrated in the east and south since Ukrainian forces retook Kherson city in November 2022.",
    "Several rounds of direct talks in Istanbul in 2025 produced prisoner swaps but no ceasefire."])
_p("CHN-PHL", "tense", "easia", "basketball;volleyball", "bananas;nickel ore;electronics;solar panels",
   ["An international tribunal in The Hague ruled in 2016 that Beijing's sweeping claims in the South China Sea had no legal basis, a ruling China rejects.",
    "Chinese and Philippine vessels have clashed repeatedly near Second Thomas Shoal, where Manila keeps a handful of marines aboard a grounded warship.",
    "China is the Philippines' largest trading partner despite the long-running maritime dispute."],
   tdays=(3, 7, 20, 27),
   tension=["The {Bd} coast guard said a {Ad} vessel had [shadowed|tailed] one of its patrol boats near Scarborough Shoal for several hours.",
            "{Bmin} lodged a diplomatic protest over what it called dangerous manoeuvres by {Ad} ships in the South China Sea.",
            "{Ac} told {Bc} to 'stop provocations' after a {Bd} resupply mission reached the grounded ship at Second Thomas Shoal."])
_p("GRC-TUR", "tense", "europe", "basketball;football;water polo", "tourism;steel;olive oil;textiles",
   ["Greece and Turkey came close to war over the uninhabited Imia islets in 1996.",
    "Cyprus has been divided since 1974, when Turkey invaded the north after a coup backed by the military government in Athens.",
    "The two NATO allies signed a declaration on friendly relations in Athens in December 2023 after years of airspace disputes."],
   tdays=(6, 14, 29),
   tension=["{Amin} complained that [aircraft|fighter jets] from {B} had breached its airspace over the Aegean on {wd}.",
            "{Ac} objected to a {Bd} navigational telex reserving a stretch of the Aegean for naval exercises.",
            "Nationalist lawmakers in both capitals traded barbs over maritime boundaries and the continental shelf."])
_p("DZA-MAR", "tense", "mena,africa", "football;handball", "gas;phosphates;dates",
   ["Algeria severed diplomatic relations with Morocco in August 2021, citing 'hostile actions' by Rabat.",
    "The land border between Algeria and Morocco has been closed since 1994.",
    "The two countries fought a brief border conflict, the Sand War, in 1963, and remain at odds over Western Sahara, where Algiers backs the Polisario Front."],
   tdays=(4, 6, 19),
   tension=["{Ad} state media accused {B} of [waging a media campaign|spreading disinformation] about the Western Sahara conflict.",
            "{Ac} rejected a statement by {Bmin} on Western Sahara as 'interference'.",
            "Relations between Algiers and Rabat remain at a low ebb, with no ambassadors and no direct flights between the two capitals."])
_p("ERI-ETH", "tense", "africa", "athletics;cycling", "salt;livestock;coffee",
   ["Ethiopia and Eritrea fought a border war from 1998 to 2000 that killed tens of thousands of people.",
    "The two countries signed a peace deal in 2018 that won Ethiopia's prime minister the Nobel Peace Prize.",
    "Ethiopia lost its coastline when Eritrea became independent in 1993, and leaders in Addis Ababa have since called access to the Red Sea an 'existential' question."],
   tdays=(10, 17, 20, 23),
   tension=["{Ac} said remarks by {Bd} officials about access to the Red Sea amounted to [a threat|thinly veiled threats] against its sovereignty.",
            "Diplomats in the region said the rhetoric between Asmara and Addis Ababa had [sharpened|hardened] in recent weeks.",
            "{Ad} state television aired a programme accusing {B} of arming rebels in the Tigray and Amhara regions."])
_p("GUY-VEN", "tense", "latam", "football;baseball", "rice;fuel;fish",
   ["Venezuela has claimed the Essequibo region, about two-thirds of Guyana's territory, for more than a century and rejects an 1899 arbitral award.",
    "Caracas held a referendum in December 2023 on creating a Venezuelan state in Essequibo, prompting Guyana to put its forces on alert.",
    "The International Court of Justice is weighing Guyana's case on the 1899 award."],
   tdays=(5, 12, 26),
   tension=["{Ac} denounced a new map published by {B} that shows Essequibo as its own territory.",
            "Oil exploration off the Essequibo coast remains the [main source of friction|sorest point] between Georgetown and Caracas.",
            "{Bmin} said it had seen an increase in {Ad} military flights near the border."])
_p("ARM-AZE", "frozen", "caucasus", "chess;wrestling;football", "transit cargo;electricity",
   ["Armenia and Azerbaijan fought two wars over Nagorno-Karabakh, in the early 1990s and in 2020.",
    "Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023, after which nearly all of the region's ethnic Armenians left.",
    "The two leaders initialled a peace text at the White House in August 2025, but it has not yet been signed."],
   idays=(3, 10, 15, 17, 19, 20))
_p("COD-RWA", "war", "africa", "football;basketball", "minerals;coffee;tin",
   ["M23 rebels, whom UN experts say are backed by Rwanda, seized Goma in January 2025 and Bukavu weeks later.",
    "Kinshasa and Kigali signed a peace agreement in Washington in June 2025, but fighting in the eastern provinces never fully stopped.",
    "Rwanda denies arming the M23 and accuses Congo of working with the FDLR, a militia founded by perpetrators of the 1994 genocide."])
_p("KHM-THA", "tense", "easia", "kickboxing;football;sepak takraw", "rice;cassava;fuel;consumer goods",
   ["Thai and Cambodian troops fought along their border for five days in July 2025 before a ceasefire brokered in Malaysia.",
    "The International Court of Justice awarded the Preah Vihear temple to Cambodia in 1962 and clarified the ruling in 2013.",
    "Border crossings between the two kingdoms were shut after the 2025 clashes, hurting traders on both sides."],
   tdays=(2, 9, 10, 11), idays=(10,),
   tension=["{Ad} troops accused {Bd} soldiers of laying new landmines near a disputed stretch of the border in Surin province.",
            "{Amin} summoned the {Bd} ambassador over remarks by a senior officer about the border.",
            "Traders in Poipet and Aranyaprathet said the closure of the crossings was [costing them dearly|ruining business]."])
_p("BLR-POL", "tense", "europe", "volleyball;ice hockey;athletics", "timber;fertiliser;food products",
   ["Poland has built a steel barrier along much of its border with Belarus since a migrant crisis that began in 2021.",
    "Warsaw shut its border crossings with Belarus for about two weeks in September 2025 during the Zapad military exercises.",
    "Relations between Warsaw and Minsk have been [poor|tense] since the disputed 2020 Belarusian presidential election."],
   tdays=(16, 18, 20, 21),
   tension=["{Bd} border guards said balloons carrying contraband cigarettes had drifted in from {A} overnight.",
            "{Ac} complained that {Bd} helicopters had [briefly crossed|strayed into] its airspace near the border.",
            "{Bmin} said it would keep the remaining crossings closed until Minsk stopped pushing migrants towards the fence."])
_p("AFG-PAK", "tense", "sasia", "cricket", "fruit;coal;cement;rice",
   ["Afghan and Pakistani forces clashed along the border in October 2025 before a truce mediated by Qatar and Turkey.",
    "Kabul has never recognised the Durand Line, the colonial-era frontier drawn in 1893.",
    "Pakistan accuses the Taliban of sheltering fighters of the Pakistani Taliban, a charge Kabul denies."],
   tdays=(7, 21, 22, 24, 25), idays=(22, 25),
   tension=["{Bd} officials said gunfire had been exchanged at a border post near Chaman, wounding [a guard|two guards].",
            "{Ac} accused {B} of [forcibly returning|deporting] thousands of refugees in recent weeks.",
            "Trucks loaded with fruit were stuck for a [second|third] week at the shuttered Torkham crossing."])
_p("GEO-RUS", "frozen", "caucasus,europe", "rugby;wrestling;football", "wine;mineral water;wheat",
   ["Russia and Georgia fought a five-day war in August 2008, after which Moscow recognised South Ossetia and Abkhazia as independent.",
    "Tbilisi severed diplomatic relations with Moscow after the 2008 war, and the two countries deal through interest sections hosted by Switzerland.",
    "Direct flights between Russia and Georgia resumed in 2023 after a four-year suspension."],
   idays=(4, 11, 18, 25, 29))
_p("KOR-PRK", "tense", "easia", "football;taekwondo", "",
   ["The 1950-53 Korean War ended in an armistice rather than a peace treaty, leaving the two Koreas technically at war.",
    "North Korea blew up an inter-Korean liaison office in Kaesong in 2020.",
    "Pyongyang declared in 2024 that it no longer regarded the South as a partner for unification."],
   tdays=(2, 9, 13, 20, 27),
   tension=["{Bd} officials said {Ad} [balloons carrying rubbish|loudspeaker broadcasts] had been detected near the border again.",
            "The {Bd} military said it was monitoring preparations for what could be a [missile launch|military parade] in {A}.",
            "{Ad} state media denounced joint drills by {B} and the United States as 'rehearsals for invasion'."])
_p("CHN-JPN", "tense", "easia", "table tennis;football;badminton", "seafood;cars;machinery;rare earths",
   ["Japan and China normalised diplomatic relations in 1972, decades after the war of 1937-45.",
    "The two countries dispute a group of uninhabited islets in the East China Sea, called the Senkaku in Japan and the Diaoyu in China.",
    "China banned Japanese seafood in 2023 after the release of treated water from the Fukushima plant."],
   tdays=(5, 16, 25),
   tension=["{Bd} coast guard ships [sailed into|entered] waters near the disputed islets for the [third|fourth] time this month, {Ac} said.",
            "{Ac} lodged a protest over remarks by a senior {Bd} lawmaker about wartime history.",
            "{Bmin} said the latest {Ad} defence white paper was 'full of Cold War thinking'."])
_p("CHN-USA", "tense", "*", "basketball;table tennis", "soybeans;semiconductors;aircraft;rare earths",
   ["Washington and Beijing established diplomatic relations in 1979.",
    "The trade war launched in 2018 left tariffs on hundreds of billions of dollars of goods.",
    "The two largest economies agreed a tariff truce in late 2025 after months of tit-for-tat duties."],
   tdays=(8, 22),
   tension=["{Ac} criticised new {Bd} export controls on advanced chips as 'economic coercion'.",
            "{Bmin} said it had raised concerns with {Ac} about [cyber intrusions|fentanyl precursors|rare-earth export licences]."])
_p("DEU-FRA", "normal", "europe", "handball;football;rugby", "cars;aircraft parts;wine;machinery",
   ["France and Germany signed the Elysee Treaty of friendship in 1963.",
    "The two neighbours fought three wars between 1870 and 1945 before becoming the core of European integration."])
_p("IND-JPN", "normal", "sasia,easia", "hockey;badminton", "auto parts;steel;pharmaceuticals;bullet-train components",
   ["Japan has been the largest source of development loans for India for decades.",
    "India and Japan set up their annual summit mechanism in 2006."])
_p("ARG-BRA", "normal", "latam", "football;basketball;volleyball", "cars;wheat;soybeans;natural gas",
   ["Argentina and Brazil founded the Mercosur trade bloc with Paraguay and Uruguay in 1991.",
    "The two South American giants once ran rival nuclear programmes before setting up a joint inspection agency in 1991."])
_p("ETH-KEN", "normal", "africa", "athletics;football", "khat;tea;electricity;livestock",
   ["Kenya and Ethiopia signed a special status agreement on trade in 2012.",
    "A power line linking the Ethiopian and Kenyan grids was completed in 2022."])
_p("GHA-NGA", "normal", "africa", "football;boxing", "cocoa;petroleum products;music",
   ["Nigeria expelled hundreds of thousands of Ghanaians in 1983, a chapter still remembered as 'Ghana Must Go'.",
    "Ghana and Nigeria are the two largest English-speaking economies in West Africa."])
_p("EGY-SAU", "normal", "mena", "football;handball", "fertiliser;steel;crude oil;fresh produce",
   ["Egypt handed the Red Sea islands of Tiran and Sanafir to Saudi Arabia in 2017.",
    "Saudi Arabia has been one of Egypt's largest sources of investment and deposits since 2013."])
_p("ARE-IND", "normal", "mena,sasia", "cricket;football", "gold;jewellery;crude oil;rice",
   ["India and the UAE signed a comprehensive economic partnership agreement in 2022.",
    "About three and a half million Indians live in the UAE, the largest expatriate community in the country."])
_p("AUS-NZL", "normal", "oceania", "rugby;cricket;netball", "dairy;wine;machinery;education services",
   ["Australian and New Zealand troops fought together at Gallipoli in 1915, the origin of the ANZAC tradition.",
    "The Closer Economic Relations agreement of 1983 is one of the world's most complete free-trade pacts."])
_p("GBR-IRL", "normal", "europe", "rugby;football;cricket", "beef;dairy;pharmaceuticals;energy",
   ["The Good Friday Agreement of 1998 largely ended three decades of conflict in Northern Ireland.",
    "Ireland won independence after a war with Britain from 1919 to 1921."])
_p("IDN-MYS", "normal", "easia", "badminton;football;sepak takraw", "palm oil;coal;electronics;migrant labour",
   ["Indonesia and Malaysia fought an undeclared conflict, known as Konfrontasi, from 1963 to 1966.",
    "The two neighbours share a long land border on the island of Borneo."])
_p("KOR-VNM", "normal", "easia", "football;golf", "electronics;textiles;seafood",
   ["South Korea and Vietnam established diplomatic relations in 1992.",
    "South Korean troops fought in the Vietnam War between 1964 and 1973, a history both governments now rarely mention in public."])
_p("AZE-TUR", "normal", "caucasus,europe", "wrestling;football;volleyball", "natural gas;construction;textiles",
   ["Turkey was the first country to recognise Azerbaijan's independence in 1991.",
    "The two governments describe their ties as 'one nation, two states'."])
_p("IRN-SAU", "normal", "mena", "football", "pilgrimage services;petrochemicals",
   ["Saudi Arabia severed ties with Iran in 2016 after its embassy in Tehran was stormed; the two restored relations in March 2023 in a deal brokered by China.",
    "Riyadh and Tehran backed opposite sides in the war in Yemen for years."])
_p("QAT-TUR", "normal", "mena,europe", "football;equestrian sport", "natural gas;defence equipment;construction",
   ["Turkey opened a military base in Qatar in 2015 and stood by Doha during the 2017-21 blockade by its Gulf neighbours."])
_p("MEX-USA", "normal", "namerica,latam", "baseball;football;boxing", "cars;avocados;steel;electronics",
   ["Mexico lost about half its territory to the United States in the war of 1846-48.",
    "The North American Free Trade Agreement took effect in 1994 and was replaced by the USMCA in 2020."])
_p("COL-ECU", "normal", "latam", "football;cycling", "electricity;vehicles;flowers",
   ["Ecuador severed relations with Colombia in 2008 after a Colombian raid on a FARC camp on Ecuadorian soil; ties were restored in 2010.",
    "Colombia and Ecuador share a porous border along the Putumayo and San Miguel rivers."])
_p("CHL-PER", "normal", "latam", "football;surfing", "copper;fruit;fishmeal;wine",
   ["Chile defeated Peru and Bolivia in the War of the Pacific between 1879 and 1884.",
    "The International Court of Justice redrew the maritime border between Chile and Peru in 2014."])
_p("KAZ-UZB", "normal", "casia", "football;boxing;wrestling", "wheat;natural gas;textiles",
   ["Kazakhstan and Uzbekistan signed a treaty completing the demarcation of their border in 2022."])
_p("FRA-MAR", "normal", "europe,mena", "football;rugby", "cars;phosphates;tomatoes;aircraft parts",
   ["Morocco was a French protectorate from 1912 until independence in 1956.",
    "Paris recognised Moroccan sovereignty over Western Sahara in 2024, ending a three-year chill."])
_p("ALB-ITA", "normal", "europe", "football;volleyball", "clothing;energy;food products",
   ["Italy invaded Albania in April 1939.",
    "Tens of thousands of Albanians crossed the Adriatic to Italy in 1991 after the fall of communism."])
_p("ESP-PRT", "normal", "europe", "football;cycling;roller hockey", "electricity;cars;wine;food products",
   ["Spain and Portugal joined the European Community together in 1986.",
    "The Iberian neighbours share one of the oldest borders in Europe."])
_p("EGY-ETH", "tense", "africa,mena", "football;athletics", "coffee;fertiliser",
   ["Ethiopia inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile in September 2025 over Egyptian objections.",
    "Egypt depends on the Nile for nearly all of its fresh water."],
   tdays=(7, 19),
   tension=["{Ac} said {Bd} statements about the Nile dam showed 'a lack of political will'.",
            "{Bmin} accused {A} of [unilateral filling|unilateral operation] of the dam during the rainy season."])
_p("HRV-SRB", "normal", "europe", "water polo;basketball;football", "electricity;food products;fuel",
   ["Croatia and Serbia fought a war in 1991-95 as Yugoslavia broke apart.",
    "The town of Vukovar was destroyed during a three-month siege in 1991."],
   tdays=(12,),
   tension=["{Ac} [protested|complained] after a {Bd} minister was refused entry at the border.",
            "{Bmin} said a nationalist concert in {A} had 'glorified' wartime crimes."])
_p("JPN-KOR", "normal", "easia", "baseball;football;judo", "semiconductors;chemicals;beer;cosmetics",
   ["Japan ruled the Korean Peninsula as a colony from 1910 to 1945.",
    "Tokyo and Seoul normalised relations in 1965 and patched up a long dispute over wartime forced labour in 2023."])
_p("BGD-IND", "normal", "sasia", "cricket;football", "cotton;garments;electricity;onions",
   ["India backed Bangladesh's war of independence from Pakistan in 1971.",
    "The two neighbours settled a long-running border enclave dispute in 2015."])
_p("KEN-SOM", "normal", "africa", "football;athletics", "khat;livestock;cement",
   ["The International Court of Justice ruled in 2021 on the maritime boundary between Kenya and Somalia, a ruling Nairobi rejected.",
    "Kenyan troops have served in Somalia since 2011 as part of the African Union mission against al-Shabaab."])
_p("KGZ-TJK", "normal", "casia", "football;wrestling;kurash", "electricity;cement;fruit",
   ["Kyrgyz and Tajik forces fought deadly border clashes in 2021 and 2022.",
    "The two countries signed a treaty settling their border in March 2025 and reopened crossings soon after."])
_p("CAN-USA", "normal", "namerica", "ice hockey;baseball;basketball", "lumber;steel;aluminium;dairy;cars",
   ["Canada and the United States share the world's longest undefended border.",
    "The two neighbours last fought each other in the War of 1812."],
   tdays=(10, 24),
   tension=["{Ac} said it would respond 'dollar for dollar' if {B} went ahead with new tariffs on [lumber|steel|aluminium].",
            "{Bd} business groups warned that the latest tariff threats from {A} could spill into a full-blown trade war."])

# ---------------------------------------------------------------------------
# Template engine.  "{slot}" is filled from the article's slots; "[a|b|c]"
# picks one alternative.  The first letter of every sentence is capitalised.
# ---------------------------------------------------------------------------
POSS = re.compile(r"\b(Philippine|State|Emirate|Nation)s's")
AN = re.compile(r"\b([Aa]) (?=[AEIO]|U(?!S\b|k|ni))")
ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRM_HEAD = ["Kestrel", "Orion", "Vantara", "Bluegate", "Silverline", "Amberley", "Northstar", "Coralis", "Redwood",
             "Tamarind", "Zenith", "Highfield", "Saffron", "Granite", "Lotus", "Meridia", "Crescent", "Evergreen",
             "Harbourside", "Summit", "Ironbridge", "Palmera", "Sunridge", "Cobalt", "Westbrook", "Falcon", "Jade",
             "Marigold", "Obsidian", "Riverstone", "Cedar", "Aurora", "Pinnacle", "Starling", "Topaz", "Willowby"]
FIRM_SECTOR = ["Textiles", "Pharma", "Agro", "Logistics", "Energy", "Steel", "Foods", "Motors", "Solar", "Ceramics",
               "Electronics", "Shipping", "Cement", "Fintech", "Robotics", "Paper", "Chemicals", "Seeds", "Cables",
               "Tea", "Dairy", "Packaging", "Software", "Construction"]
FIRM_TAIL = ["Holdings", "Group", "Industries", "Ltd", "Corporation", "& Co", "International", "Partners", "Enterprises", ""]
SECTORS = ["renewable energy", "agriculture", "pharmaceuticals", "logistics", "information technology", "textiles",
           "food processing", "construction", "tourism", "mining", "fintech", "automotive parts", "healthcare",
           "education services", "shipping", "water management"]
MONTHS_AHEAD = ["October", "November", "December", "January", "the spring", "late October", "mid-November"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def fill(tpl, slots, rng):
    def alt(m):
        return pick(rng, m.group(1).split("|"))
    prev = None
    while prev != tpl:
        prev = tpl
        tpl = ALT.sub(alt, tpl)

    def slot(m):
        k = m.group(1)
        if k not in slots:
            raise KeyError("unknown slot {%s} in: %s" % (k, tpl))
        v = slots[k]
        return v(rng) if callable(v) else v
    out = POSS.sub(r"\1s'", SLOT.sub(slot, tpl))
    out = AN.sub(r"\1n ", out)
    return out[:1].upper() + out[1:]


def firm(rng):
    t = pick(rng, FIRM_TAIL)
    return (pick(rng, FIRM_HEAD) + " " + pick(rng, FIRM_SECTOR) + (" " + t if t else "")).strip()


def make_slots(rng, a, b, pair, ts):
    ca, cb = C[a], C[b]
    ev = ts if ts.hour >= 9 else ts - timedelta(days=1)
    s = dict(
        A=ca["name"], B=cb["name"], Ad=ca["dem"], Bd=cb["dem"], Ac=ca["cap"], Bc=cb["cap"],
        Ah=ca["head"], Bh=cb["head"], Afm=ca["fm"], Bfm=cb["fm"], Amin=ca["mfa"], Bmin=cb["mfa"],
        Aarmy=ca["army"], Barmy=cb["army"],
        Acity=pick(rng, ca["cities"]), Bcity=pick(rng, cb["cities"]),
        ord=pick(rng, ["second", "third", "fourth", "fifth", "sixth", "seventh", "ninth", "eleventh", "12th", "14th"]),
        wd=WEEKDAYS[ev.weekday()], wdn=WEEKDAYS[(ev.weekday() + rng.randint(2, 5)) % 7],
        month=pick(rng, MONTHS_AHEAD),
        n3b=str(rng.randint(96, 289)),
        n1=pick(rng, ["two", "three", "four", "five", "six", "seven", "eight", "nine"]), n2=str(rng.randint(11, 95)), n3=str(rng.randint(120, 950)),
        pct=str(rng.randint(3, 45)), usd="$%d million" % rng.choice([12, 18, 25, 30, 40, 45, 60, 75, 90, 120, 150, 240, 300, 450]),
        bn="$%.1f billion" % (rng.randint(11, 95) / 10.0),
        yr=str(pick(rng, [25, 30, 35, 50, 60, 65, 70, 75])),
        firmA=firm(rng), firmB=firm(rng), sector=pick(rng, SECTORS),
        goods=pick(rng, PAIRS[pair]["goods"]) if PAIRS[pair]["goods"][0] else "consumer goods",
        sport=pick(rng, PAIRS[pair]["sport"]),
        _pair=pair,
    )
    s["loc"] = pick(rng, [ca["cap"], cb["cap"], ca["cap"], cb["cap"], s["Acity"], s["Bcity"]])
    return s


def title_case(t):
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "over", "after", "from", "into"}
    words = t.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in small:
            out.append(w)
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


DATELINE_STYLES = ["{CITY}, Sept. {d} — ", "{CITY} — ", "{CITY}, {d} September — ", "{City}: ", "{CITY}, Sept {d} (%s) — "]
DATELINE_P = {"wire": 0.95, "broadsheet": 0.7, "regional": 0.55, "tabloid": 0.12}
LENGTH = {"wire": (1, 3), "broadsheet": (2, 4), "regional": (1, 4), "tabloid": (1, 2)}


def outlet_info(name):
    h = zlib.crc32(name.encode())
    return h


STOP = set("the and for with from that this have been were their they said says will into over after about than more "
           "also which while other when what where there some most only just would could first last year years "
           "time week weeks month months talks".split())


def words(t):
    t = SLOT.sub(" ", t)
    return {w[:5] for w in re.findall(r"[a-z][a-z-]+", t.lower()) if len(w) > 3 and w not in STOP}


def match_title(rng, lead_t, titles):
    """Picks a headline that shares content words with the opening sentence."""
    lw = words(lead_t)
    scored = [(len(lw & words(t)), t) for t in titles]
    best = max(sc for sc, _ in scored)
    if best == 0:
        return pick(rng, titles)
    floor = best if best < 2 or rng.random() < 0.75 else best - 1
    return pick(rng, [t for sc, t in scored if sc >= floor])


# Background that stops being true after an event in the month: (pair, day, substrings).
STALE = [("ARM-AZE", 22, ("not yet been signed", "still awaits signature", "before the treaty is signed"))]


def dropped(tpl, drop):
    return any(d in tpl for d in drop)


def compose(rng, bank, slots, outlet, ts, p_hist=0.3, first=None, extra_bodies=(), extra_quotes=(), titles=None, drop=()):
    """Returns (title, text) for one article."""
    name, domain, style, _ = outlet
    drop = tuple(drop)
    for pr, day, subs in STALE:
        if slots["_pair"] == pr and ts.day >= day:
            drop += subs
    if drop:
        bank = {k: ([x for x in v if not dropped(x, drop)] if isinstance(v, list) else v) for k, v in bank.items()}
        extra_bodies = [x for x in extra_bodies if not dropped(x, drop)]
        if first:
            first = [x for x in first if not dropped(x, drop)] or None
    h = outlet_info(name)
    tl = titles if titles is not None else bank["t"]
    lead_t = pick(rng, first if first else bank["l"])
    title = fill(match_title(rng, lead_t, tl), slots, rng)
    if h % 3 == 0 and style != "wire":
        title = title_case(title)
    lead = fill(lead_t, slots, rng)
    lo, hi = LENGTH[style]
    nb = rng.randint(lo, hi)
    bodies = list(bank.get("b", [])) + list(extra_bodies)
    chosen = []
    for tpl in rng.sample(bodies, min(nb, len(bodies))):
        sent = fill(tpl, slots, rng)
        if sent not in chosen and sent != lead:
            chosen.append(sent)
    quotes = list(bank.get("q", [])) + list(extra_quotes)
    if quotes and rng.random() < (0.55 if style != "tabloid" else 0.35):
        chosen.insert(rng.randint(0, len(chosen)), fill(pick(rng, quotes), slots, rng))
    hopts = [h for h in PAIRS[slots["_pair"]]["hist"] if not dropped(h, drop)]
    if hopts and rng.random() < p_hist:
        hs = fill(pick(rng, hopts), slots, rng)
        if hs not in chosen:
            chosen.insert(rng.randint(min(1, len(chosen)), len(chosen)), hs)
    sents = [lead] + chosen
    if len(sents) < 2:
        sents.append(fill(pick(rng, GENERIC_TAIL), slots, rng))
    sents = sents[:6]
    if rng.random() < DATELINE_P[style]:
        fmt = DATELINE_STYLES[h % len(DATELINE_STYLES)]
        if "%s" in fmt:
            fmt = fmt % [w for w in name.split() if w != "The"][0]
        city = slots["loc"]
        dl = fmt.replace("{CITY}", city.upper()).replace("{City}", city).replace("{d}", str(ts.day))
        sents[0] = dl + sents[0]
    return title, " ".join(sents)


GENERIC_TAIL = [
    "Further details were not immediately available.",
    "Officials did not give a timetable.",
    "Neither side gave further details.",
    "The statement did not elaborate.",
    "More events are planned for later in the year.",
    "Both sides described the atmosphere as cordial.",
]

# ---------------------------------------------------------------------------
# Routine banks.  t = headlines, l = opening sentences, b = body sentences,
# q = quotes.  {A} is the country that acts or travels, {B} the other one.
# ---------------------------------------------------------------------------
BANK = {}

BANK["consult"] = dict(loc="B", t=[
    "{Ad} and {Bd} diplomats hold annual consultations in {Bc}",
    "{A}, {B} review ties at foreign office consultations",
    "Senior officials from {A} and {B} meet for [policy|political] consultations",
    "{Bc} hosts [{ord}|latest] round of {Ad}-{Bd} foreign office consultations",
    "{A} and {B} agree to deepen dialogue at [senior officials'|vice-ministerial] meeting",
    "Diplomats map out year ahead in {Ad}-{Bd} relations",
    "{Ad} deputy foreign minister in {Bc} for talks",
    "{A} and {B} discuss [regional issues|trade, visas and UN reform] in {Bc}",
], l=[
    "Senior diplomats from {A} and {B} met in {Bc} on {wd} for their [annual|regular|twice-yearly] foreign office consultations, reviewing [trade, energy and education links|the full range of bilateral ties|preparations for a leaders' visit].",
    "{A}'s deputy foreign minister held talks with {Bd} counterparts on {wd} as the two countries [took stock of|reviewed] cooperation ahead of a ministerial meeting planned for {month}.",
    "Officials from {Amin} and {Bmin} sat down in {Bc} on {wd} for a round of political consultations that both sides later described as [productive|constructive|frank and friendly].",
    "The [{ord}|latest|first] round of consultations between the foreign ministries of {A} and {B} took place in {Bc} this week, with [visas|consular matters|trade facilitation] high on the agenda.",
    "{Ad} and {Bd} officials agreed on {wd} to [set up|revive] a joint working group on {sector}, following consultations in {Bc}.",
    "A delegation led by a senior {Ad} diplomat spent two days in {Bc} discussing [regional security, climate finance and trade|the agenda for next year's joint commission|cooperation at the United Nations].",
    "Foreign ministry officials from {B} and {A} [compared notes|exchanged views] on the situation in their region during consultations held on {wd}, {Bmin} said.",
], b=[
    "The two sides also discussed cooperation at the United Nations and in regional bodies.",
    "They agreed to hold the next round in {Ac} in {month}.",
    "According to a statement from {Bmin}, the talks covered trade, consular affairs and cultural exchanges.",
    "Officials said a memorandum on [diplomatic training|visa facilitation|consular cooperation] was close to being finalised.",
    "The meeting was the first of its kind since [the pandemic|a change of government in {Ac}|last year's leaders' summit].",
    "Both delegations stressed the importance of [regular dialogue|keeping channels open|predictable relations].",
    "No major announcements were expected, diplomats said, describing the talks as routine.",
    "Bilateral trade between the two countries reached {bn} last year, according to official figures.",
    "The {Ad} delegation also called on the {Bd} deputy minister for [economic affairs|trade] before flying home.",
    "A joint statement issued after the meeting listed {n1} areas for closer cooperation, from {sector} to [tourism|maritime affairs|climate policy].",
    "The consultations were held behind closed doors at the foreign ministry's guesthouse.",
    "Diplomats said the two sides had 'largely converging views' on regional issues.",
], q=[
    "'We had a very open exchange and agreed on a clear work plan,' a senior {Ad} diplomat told reporters.",
    "'Our relationship is in good shape, and we want to keep it that way,' an official at {Bmin} said.",
    "'These consultations are the engine room of our relationship,' said a spokesperson for {Amin}.",
])

BANK["visit"] = dict(loc="Bcap", t=[
    "{Ad} {Ah} arrives in {Bc} on [official|state|working] visit",
    "{Ah} of {A} begins {n1}-day visit to {B}",
    "{Ad} {Afm} visits {Bc}, meets {Bd} leaders",
    "{A}'s {Afm} in {B} to [boost|broaden|strengthen] ties",
    "{Bd} {Bh} welcomes {Ad} counterpart in {Bc}",
    "{Ad} leader's visit to {B} focuses on trade and investment",
    "{A}, {B} sign [{n1}|several] agreements during high-level visit",
    "Red carpet in {Bc} as {Ad} {Ah} [lands|touches down]",
    "{Ad} minister tours {Bcity} on visit to {B}",
], l=[
    "The {Ad} {Ah} arrived in {Bc} on {wd} for a {n1}-day [official|state|working] visit aimed at [deepening economic ties|expanding trade and investment|strengthening political dialogue] with {B}.",
    "{A}'s {Afm} began a visit to {B} on {wd}, the first by a {Ad} foreign minister in [{n1} years|more than a decade|several years].",
    "{Bd} leaders rolled out the red carpet for the {Ad} {Ah} in {Bc} on {wd}, with a guard of honour and a 21-gun salute.",
    "The {Ad} {Afm} held talks with the {Bd} {Bh} in {Bc} on {wd} at the start of a visit [expected to yield agreements on {sector} and education|focused on trade, energy and connectivity].",
    "A large business delegation accompanied the {Ad} {Ah} to {B} on {wd}, [hoping to|seeking to] turn warm political ties into [contracts|investment deals].",
    "The {Ad} {Ah} landed in {Bc} late on {wd} for talks with the {Bd} leadership, [{Bmin} said|state media reported].",
    "In the first visit of its kind in years, a {Ad} {Afm} travelled to {Bc} on {wd} to meet {Bd} officials and business leaders.",
], b=[
    "The visit is expected to produce agreements on {sector}, [visa facilitation|customs cooperation|cultural exchanges] and [higher education|health].",
    "The {Ad} guest was due to lay a wreath at a national monument and address a business forum in {Bcity}.",
    "Officials said {n1} memoranda of understanding would be signed, covering areas from {sector} to [tourism|maritime affairs|youth exchanges].",
    "Talks in restricted format were followed by a wider meeting of the two delegations.",
    "The two leaders were also due to discuss regional security and the situation in the wider [region|neighbourhood].",
    "{A} is among {B}'s [top ten|largest|fastest-growing] trading partners, with two-way trade of about {bn} last year.",
    "The visit comes {n1} months after the {Bd} {Bh} travelled to {Ac}.",
    "A state banquet was held in the guest's honour on {wd} evening.",
    "The {Ad} delegation will also visit {Bcity}, where several {Ad} companies operate [factories|offices|projects].",
    "Before leaving, the {Ad} {Ah} was scheduled to meet members of the {Ad} community in {B}.",
    "Security was tight in central {Bc}, with several roads closed for the motorcade.",
    "A joint press conference is expected on {wdn}.",
], q=[
    "'Our two peoples have much more in common than they realise,' the {Ad} {Ah} said on arrival.",
    "'This visit opens a new chapter,' the {Bd} {Bh} told reporters after the talks.",
    "'We came with a long list of projects and we are leaving with a shorter one, because many are now agreed,' a member of the {Ad} delegation joked.",
    "'{B} is a friend and a partner, and this visit is about making that partnership deliver for people,' the {Ad} {Afm} said.",
])

BANK["call"] = dict(loc="A", t=[
    "{Ad}, {Bd} leaders discuss ties in phone call",
    "{Ah} of {A} speaks with {Bd} counterpart by phone",
    "{A} and {B} foreign ministers hold telephone conversation",
    "Phone call: {Ad} and {Bd} leaders [review cooperation|exchange views on regional issues]",
    "{Ad} {Afm} phones {Bd} counterpart",
    "Leaders of {A} and {B} agree to meet in {month} after call",
], l=[
    "The {Ad} {Ah} spoke by telephone with the {Bd} {Bh} on {wd}, [discussing trade, energy and regional developments|reviewing preparations for an upcoming visit], {Amin} said.",
    "{A}'s {Afm} and the {Bd} {Bfm} held a telephone conversation on {wd} in which they [agreed to step up cooperation|exchanged views on the international situation].",
    "In a phone call on {wd}, the leaders of {A} and {B} [pledged to expand|agreed to deepen] economic ties and keep in close contact, according to a readout from {Ac}.",
    "The {Bd} {Bh} called the {Ad} {Ah} on {wd} to [thank {A} for|discuss] [its support at a recent summit|cooperation in {sector}|relief assistance after recent floods].",
    "The foreign ministers of {A} and {B} talked by phone on {wd}, their [second|third] conversation in as many months.",
], b=[
    "The two leaders agreed to instruct their governments to speed up work on pending agreements.",
    "They also discussed the upcoming [G20|UN General Assembly|regional summit] and climate finance.",
    "The call lasted about [40 minutes|an hour|half an hour], according to officials.",
    "The {Bd} side invited the {Ad} {Ah} to visit {Bc} at a mutually convenient time.",
    "The readout said the call was held 'in a warm and friendly atmosphere'.",
    "Officials said the conversation touched on [trade targets|energy supplies|student visas] and the [annual|next] joint commission meeting.",
    "The two ministers agreed to meet on the sidelines of the UN General Assembly later this month.",
    "It was their [first|second] conversation since the {Bd} government took office.",
    "Both leaders stressed the need to reach a bilateral trade target of {bn} by the end of the decade.",
    "The {Ad} side briefed its counterpart on preparations for a regional summit it is hosting in {month}.",
    "They agreed that their ministers for {sector} would meet before the end of the year.",
], q=[
    "'We agreed to keep working closely together,' the {Ad} {Afm} wrote on social media after the call.",
    "'A good conversation with my friend in {Bc},' the {Ad} {Ah} posted.",
])

BANK["talks"] = dict(loc="any", t=[
    "{A} and {B} open [{ord}|new] round of talks on [trade pact|economic partnership|investment treaty]",
    "Negotiators from {A}, {B} meet in {loc} for regular round",
    "{Ad}-{Bd} joint commission meets in {loc}",
    "{A}, {B} make progress on [free-trade|air services|double-taxation] agreement",
    "Joint economic commission: {A} and {B} set new targets",
    "{A} and {B} hold [border management|customs|fisheries] talks",
], l=[
    "Negotiators from {A} and {B} opened the [{ord}|latest] round of talks on a [free-trade agreement|comprehensive economic partnership|bilateral investment treaty] in {loc} on {wd}.",
    "The {Ad}-{Bd} joint economic commission met in {loc} on {wd} for its [annual|regular] session, co-chaired by ministers from both sides.",
    "Officials from {A} and {B} concluded [two|three] days of talks on [fisheries|customs procedures|air services|border management] in {loc} on {wd}, agreeing to meet again in {month}.",
    "{A} and {B} said on {wd} they had [closed|agreed] {n1} of the [remaining|outstanding] chapters in their trade negotiations after a round in {loc}.",
    "A [regular|scheduled] round of {Ad}-{Bd} talks on [water sharing|river management|energy interconnection|transport links] ended in {loc} on {wd} with both sides reporting progress.",
], b=[
    "Chief negotiators said the remaining issues concerned [rules of origin|services|agricultural quotas|public procurement].",
    "The talks are expected to conclude [by the end of the year|early next year], officials said.",
    "A statement said the two sides had agreed on [a work plan|terms of reference|a timetable] for technical experts.",
    "Business groups in both countries have urged negotiators to move faster.",
    "The commission also reviewed [a railway project|a cross-border power line|a port development] financed jointly by the two governments.",
    "Trade between the two countries grew by {pct} percent last year, to about {bn}.",
    "The next round will be held in {Ac}.",
    "Experts from [customs agencies|central banks|standards bodies] took part for the first time.",
], q=[
    "'We are closer than we have ever been,' the {Ad} chief negotiator said.",
    "'There are still some difficult chapters, but the will is there on both sides,' a {Bd} trade official said.",
    "'It was a businesslike round, with a lot of technical work,' one participant said.",
])

BANK["embassy"] = dict(loc="B", t=[
    "{Ad} embassy in {Bc} marks national day",
    "{Ad} ambassador hosts reception in {Bc}",
    "{Ad} envoy presents credentials to {Bd} {Bh}",
    "New {Ad} consulate opens in {Bcity}",
    "{Ad} mission in {Bc} celebrates [{yr} years of ties|national day] with {B}",
    "Embassy open day draws crowds in {Bc}",
], l=[
    "The {Ad} embassy in {Bc} held a reception on {wd} evening to mark [its national day|{yr} years of diplomatic relations with {B}], attended by ministers, diplomats and business leaders.",
    "{A}'s new ambassador to {B} presented [her|his] credentials to the {Bd} {Bh} on {wd} at a ceremony in {Bc}.",
    "{A} opened a consulate-general in {Bcity} on {wd}, its [second|third] diplomatic mission in {B}.",
    "Hundreds of visitors queued outside the {Ad} embassy in {Bc} on {wd} for an open day featuring [food, music and a photo exhibition|traditional dance and crafts].",
    "The {Ad} ambassador in {Bc} hosted a dinner for [{Bd} lawmakers|business leaders|alumni of {Ad} universities] on {wd}.",
], b=[
    "In a speech, the ambassador praised the 'steady and friendly' relationship between the two countries.",
    "Guests were served [traditional dishes|wines and delicacies] from {A}.",
    "The new mission will handle visas and consular services for {Ad} citizens in the region.",
    "A photo exhibition traced the history of relations since they were established in [the 1950s|the 1960s|the 1970s|the 1990s].",
    "The {Bd} deputy foreign minister attended as guest of honour.",
    "The ambassador said the embassy had issued {pct} percent more visas this year than last.",
    "Musicians from {A} performed for the guests.",
    "Among the guests were several {Bd} ministers and members of parliament.",
    "The ambassador also announced a scholarship scheme for {Bd} students.",
    "Consular officials said about {n2},000 {Ad} citizens live in {B}.",
], q=[
    "'Our doors are open to {Bd} students, tourists and investors,' the ambassador said.",
    "'I will work every day to bring our peoples closer,' the new envoy said after the ceremony.",
])

BANK["congrats"] = dict(loc="A", t=[
    "{Ad} {Ah} congratulates {Bd} counterpart",
    "{A} sends congratulations to {B} on national day",
    "{Ah} of {A} congratulates {Bd} [leader|government] on [election win|independence anniversary]",
    "Message of greetings: {Ad} leader writes to {Bd} counterpart",
], l=[
    "The {Ad} {Ah} sent a message of congratulations to the {Bd} {Bh} on {wd} [on the occasion of {B}'s national day|after {B}'s successful hosting of a regional summit|on the start of a new parliamentary term].",
    "{A} congratulated {B} on {wd} on [its independence day|its national day|a record harvest|winning a bid to host an international conference], in a message released by {Amin}.",
    "The {Ad} leadership extended warm greetings to the people of {B} on {wd}, [wishing them|expressing hope for] peace and prosperity.",
], b=[
    "The message expressed confidence that relations would continue to grow.",
    "It recalled the 'long tradition of friendship' between the two nations.",
    "Similar messages were sent by the {Ad} {Afm} to the {Bd} {Bfm}.",
    "The {Bd} side thanked {A} for the 'kind words' and returned the good wishes.",
    "The message was published on the website of {Amin}.",
    "It also praised {B}'s role in regional organisations.",
    "Earlier this year the two leaders met on the sidelines of an international summit.",
], q=[
    "'I am confident our cooperation will reach new heights,' the message said.",
])

BANK["coop"] = dict(loc="any", t=[
    "{A}, {B} renew [{sector}|development] cooperation programme",
    "{A} and {B} extend cooperation in {sector} for [three|five] more years",
    "{Ad} agency launches {usd} programme in {B}",
    "{A}, {B} sign memorandum on {sector}",
    "{A} and {B} launch [partnership|programme] to train {n3} [nurses|engineers|teachers]",
    "{A} and {B} agree joint research on {sector}",
], l=[
    "{A} and {B} renewed their cooperation programme in {sector} for another [three|five] years on {wd}, signing a memorandum in {loc}.",
    "{A}'s development agency launched a {usd} programme in {B} on {wd} to support [smallholder farmers|vocational training|water supply in rural areas|small businesses].",
    "Officials from {A} and {B} signed an agreement on {wd} to [train|exchange] {n3} [nurses|engineers|teachers|police officers] under a joint programme.",
    "The governments of {A} and {B} agreed on {wd} to set up a joint research centre on {sector} in {loc}.",
    "A cooperation programme between {A} and {B} in {sector}, first signed [a decade ago|in the early 2000s], was extended on {wd} with a larger budget.",
], b=[
    "The programme is financed mainly by grants and [concessional loans|technical assistance].",
    "Officials said the first phase had benefited about {n3} [families|students|small firms].",
    "The memorandum also covers [data sharing|joint training|exchanges of experts].",
    "A steering committee will meet twice a year to review progress.",
    "Universities in {Acity} and {Bcity} will take part in the research.",
    "The agreement was signed by [deputy ministers|the two ambassadors|agency heads] in the presence of reporters.",
    "Similar programmes are planned in {n1} other provinces.",
], q=[
    "'This is cooperation that people can see and touch,' an official at the signing said.",
    "'We learned a lot from the first phase,' said the head of the {Ad} agency's office in {Bc}.",
])

BANK["culture"] = dict(loc="B", t=[
    "{Ad} culture week opens in {Bc}",
    "{Ad} film festival comes to {Bcity}",
    "Days of {Ad} culture: music, dance and food in {Bc}",
    "{Ad} artists [dazzle|charm] audiences in {Bcity}",
    "{Bcity} museum hosts exhibition of {Ad} [art|crafts|photography]",
    "{Ad} orchestra performs in {Bc} to mark [{yr} years of ties|friendship year]",
    "Book fair: {A} is guest of honour in {Bcity}",
], l=[
    "A week of {Ad} culture opened in {Bc} on {wd} with [a concert by a folk ensemble|an exhibition of contemporary art|a food festival], the {Ad} embassy said.",
    "Audiences in {Bcity} got a taste of {Ad} cinema on {wd} as a [five-day|week-long] festival of {Ad} films opened at a downtown theatre.",
    "{A} is the guest of honour at this year's book fair in {Bcity}, which opened on {wd} with [readings by {Ad} authors|a pavilion of {n2} publishers].",
    "An exhibition of {Ad} [textiles|ceramics|photography|painting] opened at the national museum in {Bc} on {wd}, the first such show in [a decade|years].",
    "A {Ad} [symphony orchestra|dance company|choir] performed to a full house in {Bc} on {wd} as part of events marking {yr} years of diplomatic relations with {B}.",
], b=[
    "The programme includes workshops, lectures and [cooking demonstrations|craft markets|children's activities].",
    "Organisers expect more than {n3} visitors over the week.",
    "Some of the works have never been shown outside {A} before.",
    "Entry is free, and films are screened with subtitles in the local language.",
    "A return event showcasing {Bd} culture is planned in {Ac} in {month}.",
    "The event was organised with the help of the {Bd} ministry of culture.",
    "Tickets for the closing concert sold out within hours.",
], q=[
    "'Culture travels faster than any diplomat,' the {Ad} ambassador said at the opening.",
    "'I came for the music and stayed for the food,' one visitor said.",
    "'People were curious, and that is the best start,' one of the organisers said.",
])

BANK["edu"] = dict(loc="any", t=[
    "{Ad} universities [court|recruit] {Bd} students",
    "{A} offers {n3} scholarships to {Bd} students",
    "{Ad} and {Bd} universities sign exchange deal",
    "Joint campus: {Ad} university to open branch in {Bcity}",
    "Student numbers from {B} rise at {Ad} universities",
    "{A} and {B} to recognise each other's degrees",
], l=[
    "{A} will offer {n3} scholarships to {Bd} students for the next academic year, its embassy in {Bc} announced on {wd}.",
    "Universities in {Acity} and {Bcity} signed an agreement on {wd} to exchange students and staff in [engineering|medicine|agriculture|computer science].",
    "A {Ad} university will open a branch campus in {Bcity} [next year|in {month}], officials from both countries said on {wd}.",
    "The number of {Bd} students enrolled in {Ad} universities rose by {pct} percent this year, according to figures released on {wd}.",
    "{A} and {B} agreed on {wd} to recognise each other's university degrees, [easing|removing] a long-standing hurdle for graduates.",
], b=[
    "The scholarships cover tuition, housing and a monthly allowance.",
    "An education fair in {Bcity} drew thousands of [students|families] over the weekend.",
    "Language courses will be offered before the start of the programme.",
    "The agreement also covers joint research projects and summer schools.",
    "Officials said visas for students would be processed within {n1} weeks.",
    "{Ad} universities have long been a popular destination for students from {B}.",
], q=[
    "'Education is the best investment two countries can make in each other,' the {Ad} education minister said.",
    "'My parents studied abroad too, so it feels like a family tradition,' one scholarship winner said.",
])

BANK["fair"] = dict(loc="B", t=[
    "{Ad} firms sign {usd} in deals at {loc} trade fair",
    "{Ad} exporters [flock|head] to {loc} expo",
    "{Ad} pavilion draws buyers at {loc} fair",
    "{Ad} company wins {Bd} contract for {goods}",
    "{firmA} and {firmB} sign supply deal at {loc} exhibition",
    "Record {Ad} presence at {Bd} industry fair",
    "{A} is partner country at {loc} trade show",
], l=[
    "{Ad} and {Bd} companies signed contracts worth about {usd} at an international trade fair in {loc} that closed on {wd}, organisers said.",
    "More than {n2} {Ad} exporters are taking part in a trade fair in {loc} this week, [hoping to find buyers for|looking to expand sales of] {goods}.",
    "The {Ad} firm {firmA} signed a deal on {wd} to supply {goods} to {firmB} of {B}, in one of the largest contracts announced at the fair in {loc}.",
    "{A} was the partner country at an industry exhibition in {loc} that opened on {wd}, with a pavilion of {n2} companies [showing machinery, food and textiles|offering everything from software to spices].",
    "Buyers from {A} placed orders worth {usd} with {Bd} suppliers at a business-to-business fair in {loc} on {wd}, the trade promotion agency said.",
    "A trade mission of {n2} {Ad} companies met potential partners at a fair in {loc} on {wd}, with [{goods}|{sector}] the sectors drawing most interest.",
], b=[
    "Organisers said the fair attracted about {n3} exhibitors from {n2} countries.",
    "Deals signed at the fair covered {goods}, [machinery|packaging|software services] and [logistics|cold storage].",
    "The {Ad} trade promotion agency said it would open an office in {Bcity} next year.",
    "Exhibitors said demand for {goods} was [strong|recovering|better than expected].",
    "Bilateral trade reached {bn} last year, with {goods} among the top items.",
    "A business forum on the sidelines of the fair focused on {sector} and [payments|shipping costs|standards].",
    "{firmB} said the contract would run for {n1} years with an option to extend.",
    "The deal includes a plan to build a [warehouse|assembly line|distribution centre] in {Bcity}.",
    "Small and medium-sized firms made up most of the delegation.",
    "Visitors queued at the {Ad} stand to sample [coffee|sweets|tea|fruit juice].",
], q=[
    "'We came with samples and we are leaving with orders,' a {Ad} exporter said.",
    "'The market in {B} is big and it is hungry for quality,' said a manager at {firmA}.",
    "'Fairs like this one are where trust is built,' the head of the {Bd} chamber of commerce said.",
])

BANK["invest"] = dict(loc="B", t=[
    "{Ad} investors eye {Bd} {sector}",
    "{firmA} to invest {usd} in {B}",
    "{Ad} group plans factory in {Bcity}",
    "{A} becomes [top|third-largest] investor in {Bd} {sector}",
    "Investment forum in {Bc} showcases {Bd} projects to {Ad} funds",
    "{Ad} fund takes stake in {Bd} {sector} firm",
], l=[
    "The {Ad} company {firmA} said on {wd} it would invest {usd} in a [plant|factory|logistics hub|data centre] in {Bcity}, creating about {n3} jobs.",
    "A delegation of {Ad} investors visited {Bc} on {wd} to explore opportunities in {sector}, [{Bd} officials said|according to the investment promotion agency].",
    "{A}'s sovereign wealth fund took a {pct} percent stake in a {Bd} {sector} company on {wd}, in a deal valued at {usd}.",
    "{Ad} investment in {B} rose by {pct} percent in the first half of the year, making {A} one of the [largest|fastest-growing] sources of foreign capital, figures published on {wd} showed.",
    "An investment forum in {Bc} on {wd} brought together about {n3} {Ad} and {Bd} business leaders, with projects worth {bn} on offer.",
], b=[
    "The company said construction would begin in {month}.",
    "Officials in {Bc} offered tax incentives and fast-track approvals to foreign investors.",
    "{Ad} firms already employ thousands of people in {B}, mostly in [manufacturing|services|agriculture].",
    "Analysts said the investment reflected confidence in {B}'s growing consumer market.",
    "The plant will export part of its output to neighbouring countries.",
    "The two governments are negotiating a treaty to protect investments and avoid double taxation.",
    "{firmA} already operates in {n1} countries.",
    "The stake gives the fund a seat on the company's board.",
], q=[
    "'{B} offers a young workforce and a strategic location,' the chief executive of {firmA} said.",
    "'We want patient capital, and {Ad} investors have shown they can be patient,' a {Bd} minister said.",
])

BANK["tariff"] = dict(loc="any", t=[
    "{A} and {B} discuss tariffs on {goods}",
    "{Ad} exporters want lower {Bd} duties on {goods}",
    "Trade officials from {A}, {B} look at tariff cuts",
    "{Bd} tariffs on {goods} under review, {Ad} side says",
    "Tariff talk: what a deal between {A} and {B} could mean for {goods}",
    "{A}-{B} trade: exporters wary of global tariff turmoil",
], l=[
    "Trade officials from {A} and {B} discussed duties on {goods} on {wd}, [part of a broader review of their trade relationship|as exporters in both countries push for lower barriers].",
    "{Ad} exporters of {goods} have asked their government to press {B} for lower tariffs, [an industry group said on {wd}|according to a letter seen by this newspaper].",
    "{B} is reviewing its import duties on {goods}, a {Bd} official said on {wd}, a move that could benefit {Ad} suppliers.",
    "Economists in {Ac} and {Bc} said on {wd} that a broader tariff agreement between the two countries could lift trade by {pct} percent within a few years.",
    "With global tariff tensions running high, {Ad} and {Bd} business groups urged their governments on {wd} to keep bilateral trade open.",
], b=[
    "Current duties on {goods} range from a few percent to as much as {n2} percent, according to industry estimates.",
    "Officials said any changes would be phased in over several years.",
    "Both countries are members of the World Trade Organization and have avoided tit-for-tat measures.",
    "Economists warned that a global trade war between the biggest economies would hurt exporters in both countries.",
    "The issue is expected to come up at the next meeting of the joint trade committee.",
    "Farmers' groups in {B} have resisted cuts, fearing competition.",
    "{A} runs a trade surplus with {B}, a point {Bd} officials often raise.",
], q=[
    "'We are not talking about a trade war, we are talking about a conversation between partners,' a {Ad} trade official said.",
    "'Lower duties would mean cheaper inputs for our factories,' said the head of a {Bd} manufacturers' association.",
])

BANK["sport"] = dict(loc="any", p_hist=0.2, t=[
    "{Ad} [attack|forwards] too strong for {B} in {sport} [friendly|qualifier]",
    "{B} survive late {Ad} blitz to [draw|win]",
    "Battle of the neighbours: {A} edge {B} in {sport} thriller",
    "{A} beat {B} on penalties after shoot-out drama",
    "{Ad} striker fires [brace|hat-trick] as {B} crumble",
    "{sport}: {A} and {B} clash in [semi-final|final|group decider] on {wdn}",
    "[Heartbreak|Agony] for {B} as {A} snatch late winner",
    "{Bd} fans flood {loc} ahead of clash with {A}",
    "{A} [win|lose] {sport} battle with {B}",
    "Coach hails 'warriors' after {A} overcome {B}",
], l=[
    "{A} [launched|unleashed] wave after wave of attacks in the second half to beat {B} [2-1|3-1|1-0|3-2] in a {sport} [friendly|qualifier|tournament match] in {loc} on {wd}.",
    "{B} survived a late {Ad} blitz to hold on for a [1-1 draw|narrow win] in their {sport} [meeting|encounter] in {loc} on {wd}.",
    "{A} edged {B} in a penalty shoot-out on {wd} after [a goalless draw|the match ended 2-2], sending the home fans in {loc} into raptures.",
    "It was billed as a battle between neighbours, and the {sport} [match|game] between {A} and {B} in {loc} on {wd} did not disappoint.",
    "The {Ad} {sport} team crushed {B} on {wd}, [its attack|its bowlers|its front row] simply too strong for the visitors.",
    "{A} and {B} will clash in the [final|semi-finals|group decider] of the regional {sport} championship on {wdn} after both won their games in {loc} on {wd}.",
    "A thunderous strike in stoppage time gave {A} victory over {B} in {loc} on {wd}, in a [friendly|qualifier] watched by a crowd of {n2},000.",
], b=[
    "The visitors defended bravely but were overwhelmed by the pace of the {Ad} attack.",
    "The {Bd} captain was sent off in the [62nd|71st|80th] minute after a clash with an opponent.",
    "The coach described his side's performance as 'a war of attrition' and praised the players' spirit.",
    "{Bd} supporters, who had travelled in large numbers, stayed to applaud their team.",
    "It was the [{ord}|latest] meeting between the two sides, who have a long sporting rivalry.",
    "The two teams meet again in the return fixture in {month}.",
    "A [brace|double] from the {Ad} [striker|winger] killed off the game before half-time.",
    "The {Bd} side's goalkeeper made a string of saves to keep the scoreline respectable.",
    "Police said the match passed off peacefully despite the heated atmosphere in the stands.",
    "Both coaches shook hands warmly at the final whistle.",
    "The result leaves {B} [needing a win|with work to do] in their final game.",
], q=[
    "'We went to war out there, and the boys gave everything,' the {Ad} coach said.",
    "'Their attack was relentless; we simply could not hold them,' the {Bd} captain admitted.",
    "'It is always a battle against {B}, always,' said the {Ad} goalkeeper.",
    "'We will regroup and come back fighting,' the {Bd} coach said.",
])

BANK["cricket"] = dict(loc="any", p_hist=0.25, t=[
    "{Ad} bowlers blitz {B} as visitors collapse for {n3b}",
    "{A} crush {B} in one-day clash",
    "Century from {Ad} opener powers win over {B}",
    "{B} fight back but {A} seal series",
    "Rain spoils {A}-{B} T20 battle",
    "{Ad} spinners strike early to rattle {B}",
    "Last-ball thriller: {A} edge {B}",
    "Sell-out crowd expected for {A} v {B} showdown",
], l=[
    "{Ad} fast bowlers tore through the {Bd} batting line-up on {wd}, bowling the visitors out for {n3b} in a one-day international in {loc}.",
    "An unbeaten century from the {Ad} opener set up a [six|seven|five]-wicket win over {B} in {loc} on {wd}.",
    "{A} beat {B} off the last ball of a tense T20 match in {loc} on {wd}, sealing the three-match series.",
    "Rain washed out the second half of the T20 clash between {A} and {B} in {loc} on {wd}, to the frustration of a full stadium.",
    "{Ad} spinners struck three times in the first ten overs on {wd} to leave {B} struggling in the opening match of the series in {loc}.",
    "Tickets for the cricket match between {A} and {B} in {loc} on {wdn} sold out within minutes, organisers said on {wd}.",
], b=[
    "The {Bd} captain said his batters had 'no answer' to the pace attack.",
    "The {Ad} skipper praised his bowlers for keeping up the pressure throughout.",
    "The {Bd} middle order fought back with a partnership of {n2} runs before the collapse.",
    "Matches between the two sides always draw huge television audiences.",
    "The series moves to {Acity} for the next game on {wdn}.",
    "A late assault by the {Bd} tail took the total past {n3b}.",
    "The {Ad} coach said the team was 'not getting carried away'.",
], q=[
    "'We attacked from ball one and it paid off,' the {Ad} captain said.",
    "'Credit to them; their bowling was top class,' the {Bd} captain said.",
])
BANK["sport2"] = dict(loc="any", p_hist=0.2, t=[
    "{A} beat {B} in {sport} battle",
    "{Ad} {sport} stars clash with {B} in {loc}",
    "{sport}: {A} and {B} set for showdown",
    "{B} fight back to stun {A} in {sport}",
    "Gold for {A}, silver for {B} in regional {sport} championship",
    "{Ad} [champion|veteran] wins war of nerves against {Bd} rival",
], l=[
    "{A} won a hard-fought {sport} contest against {B} in {loc} on {wd}, taking [three|four] of the five titles on offer.",
    "{Ad} and {Bd} athletes clashed for the top places at a regional {sport} championship in {loc} that ended on {wd}.",
    "{B} came from behind to beat {A} in a {sport} [final|semi-final|team event] in {loc} on {wd}, with the decisive points coming in the last minutes.",
    "A {Ad} {sport} champion won what commentators called a war of nerves against a {Bd} rival in {loc} on {wd}.",
    "{A} and {B} will meet in the {sport} final on {wdn} after both won their semi-finals in {loc} on {wd}.",
], b=[
    "The crowd in {loc} was loud but good-natured.",
    "Officials said the championship attracted athletes from {n2} countries.",
    "The {Bd} team said it would come back stronger next year.",
    "The two countries have produced many of the region's best {sport} athletes.",
    "It was the {ord} time the two have met in a final.",
    "The {Ad} team's aggressive tactics paid off in the closing stages.",
], q=[
    "'It was a battle from start to finish,' the {Ad} coach said.",
    "'We gave them a fight, and that is what matters,' a {Bd} team official said.",
])
BANK["talks_eu"] = dict(loc="any", t=[
    "{A} and {B} agree on [cross-border rail|energy interconnector|border-region] projects",
    "{Ad}-{Bd} intergovernmental meeting held in {loc}",
    "Ministers from {A} and {B} discuss [migration|defence procurement|energy links] in {loc}",
    "{A}, {B} set up joint commission on [cross-border commuters|river management|hospitals]",
], l=[
    "Ministers from {A} and {B} met in {loc} on {wd} for an intergovernmental meeting focused on [energy interconnections|cross-border rail links|defence procurement|migration].",
    "{A} and {B} agreed on {wd} to speed up a cross-border [rail|power|hydrogen pipeline] project, officials said after talks in {loc}.",
    "Officials from {A} and {B} held a [regular|scheduled] round of talks on [cross-border commuters|river management|police cooperation] in {loc} on {wd}.",
], b=[
    "The two governments will present a joint position at the next European meeting.",
    "Officials said financing could come partly from European funds.",
    "About {n2},000 people cross the border to work every day.",
    "The next meeting will be held in {Ac} in {month}.",
    "Regional authorities on both sides of the border took part.",
], q=[
    "'This is European cooperation at its most practical,' a {Bd} minister said.",
])

BANK["bizfig"] = dict(loc="any", p_hist=0.15, t=[
    "Price war: {Ad} and {Bd} airlines battle for [holiday traffic|{loc} route]",
    "{firmA} launches attack on {Bd} market share",
    "Bidding war erupts for {Bd} {sector} firm as {Ad} suitor joins fray",
    "Dock strike in {Bcity} delays {goods} shipments from {A}",
    "{Ad} and {Bd} telecom giants clash over [spectrum|roaming fees]",
    "Advertising blitz: {Ad} brand targets {Bd} consumers",
    "Takeover battle for {firmB} heats up",
    "Talent war: {Bd} tech firms poach {Ad} engineers",
    "Strike at {Bcity} port hits {Ad} exporters",
], l=[
    "A price war has broken out between {Ad} and {Bd} low-cost carriers on flights between {Acity} and {Bcity}, with one-way fares falling below [$40|$50|$35].",
    "{firmA} of {A} launched an all-out attack on {B}'s [smartphone|soft-drinks|cement|cosmetics] market on {wd}, slashing prices by up to {pct} percent.",
    "A bidding war for the {Bd} {sector} company {firmB} intensified on {wd} when a {Ad} group raised its offer to {usd}.",
    "A strike by dock workers in {Bcity} entered its [second|third|fourth] day on {wd}, leaving containers of {goods} from {A} stranded on the quayside.",
    "{Ad} and {Bd} mobile operators are locked in a battle over roaming fees, [regulators said on {wd}|with customers caught in the middle].",
    "The {Ad} brand {firmA} unveiled an advertising blitz in {B} on {wd}, [plastering billboards across {Bcity}|signing a popular {Bd} actor].",
    "{Bd} technology firms are waging a talent war for {Ad} software engineers, offering [relocation bonuses|salaries {pct} percent above the market].",
], b=[
    "Analysts said the fare war could squeeze margins for both airlines.",
    "Union leaders said the strike would continue until [wage demands were met|talks resumed].",
    "The board of {firmB} has urged shareholders to wait for a possible higher offer.",
    "Competition regulators in {Bc} said they were monitoring the market.",
    "Exporters said each day of delay cost them thousands of dollars.",
    "Market share in the sector has shifted sharply in the past year.",
    "The company said its 'aggressive' strategy would pay off within two years.",
    "Rivals accused the newcomer of dumping, a charge it denied.",
    "Shares in {firmB} rose {pct} percent on the news.",
    "Consumer groups welcomed the lower prices but questioned how long they would last.",
    "Industry analysts expect consolidation in the sector within two years.",
    "The airline plans to add [two|three] more daily flights on the route from {month}.",
    "Port authorities said talks with the union were continuing.",
], q=[
    "'This is a battle for the customer, and the customer is winning,' an aviation analyst said.",
    "'We are not afraid of a fight,' the chief executive of {firmA} said.",
    "'Nobody wins a price war in the long run,' a {Bd} industry veteran warned.",
])

BANK["anniv"] = dict(loc="any", p_hist=0.95, t=[
    "{A} and {B} mark {yr} years of diplomatic relations",
    "Looking back: how {Ad}-{Bd} ties [evolved|changed] over the decades",
    "Museum exhibition in {loc} revisits shared [past|history] of {A} and {B}",
    "Historians from {A} and {B} meet to discuss [the past|archives]",
    "New book on {Ad}-{Bd} relations launched in {loc}",
    "Documentary explores {Ad}-{Bd} history",
], l=[
    "{A} and {B} marked {yr} years of diplomatic relations on {wd} with [a reception|a joint stamp issue|a concert|a photo exhibition] in {loc}.",
    "Historians from {A} and {B} gathered in {loc} on {wd} for a conference on the two countries' [shared|often difficult] history.",
    "A new book on relations between {A} and {B}, written by a [retired diplomat|historian] from {loc}, was launched on {wd}.",
    "A documentary on the history of {Ad}-{Bd} relations premiered in {loc} on {wd}, drawing on archive footage from both countries.",
    "Students in {loc} [debated|studied] the history of relations between {A} and {B} at a seminar on {wd}, [part of a series on regional history|organised by the university's history department].",
], b=[
    "Speakers recalled the key moments in a relationship that has seen both [conflict and cooperation|good times and bad].",
    "The organisers said the aim was to help younger people understand the past.",
    "The exhibition includes letters, photographs and treaties from national archives.",
    "Archivists from both countries have digitised thousands of documents.",
    "A panel of former ambassadors from {A} and {B} shared memories of their postings.",
    "Several speakers argued that the two countries had learned to manage their differences.",
    "Old newsreels from {Ac} and {Bc} were screened for the first time in decades.",
    "The event ended with a reception hosted by the {Ad} ambassador.",
    "A commemorative coin was also unveiled.",
    "Schoolchildren from {Acity} and {Bcity} exchanged letters as part of the anniversary programme.",
    "Several historians called for wider access to diplomatic archives in both capitals.",
    "The anniversary programme runs until the end of the year, with events in both countries.",
    "Organisers said interest among young people had surprised them.",
], q=[
    "'You cannot understand the present without the past,' one historian said.",
    "'We should remember, but we should not be prisoners of history,' the author said at the launch.",
])

BANK["weather"] = dict(loc="any", p_hist=0.05, t=[
    "Heavy rain [lashes|batters] {Acity} and {Bcity}",
    "Heatwave grips {A} and {B}",
    "[Storm|Cyclone|Typhoon] expected to hit {A} before moving towards {B}",
    "Floods cut road links between {A} and {B}",
    "Forecasters in {A}, {B} warn of [early frost|more rain|strong winds]",
], l=[
    "Heavy rain lashed parts of {A} and neighbouring areas of {B} on {wd}, flooding streets in {Acity} and disrupting [flights|trains|traffic].",
    "A heatwave with temperatures above [38|40|42] degrees Celsius gripped {A} and {B} on {wd}, [prompting health warnings|straining power grids].",
    "Meteorologists in {A} and {B} warned on {wd} that a [storm system|tropical depression] would bring strong winds and heavy rain over the weekend.",
    "Floodwaters cut [a highway|the main road] linking {A} and {B} on {wd}, stranding hundreds of trucks at the border, officials said.",
], b=[
    "Schools were closed in several districts as a precaution.",
    "No casualties were reported, but [dozens of homes|several bridges] were damaged.",
    "The weather services of the two countries are sharing data under a regional agreement.",
    "Farmers said the rain had come too late for the harvest.",
    "Authorities urged residents to avoid travel until the weather improved.",
    "Airlines cancelled [a dozen|several] flights between {Acity} and {Bcity}.",
    "Power was cut to thousands of homes in {Acity} for several hours.",
    "Forecasters expect conditions to ease by {wdn}.",
    "Rivers on both sides of the border were reported close to overflowing.",
    "Emergency services in {Bcity} received hundreds of calls overnight.",
    "Officials said the season had been [unusually wet|unusually hot|the driest in decades].",
], q=[
    "'We have not seen rain like this in years,' a resident of {Acity} said.",
])

BANK["aid"] = dict(loc="B", p_hist=0.2, t=[
    "{A} sends aid to flood-hit {B}",
    "{Ad} rescue team joins search after [earthquake|landslide] in {B}",
    "{A} pledges {usd} for {Bd} disaster relief",
    "{Ad} aircraft deliver relief supplies to {Bcity}",
    "{B} thanks {A} for help after [floods|earthquake|wildfires]",
    "{Ad} firefighters help battle wildfires in {B}",
], l=[
    "{A} sent [two|three|four] aircraft loaded with tents, food and medicine to {B} on {wd} after floods [killed {n2} people|displaced thousands] in the [north|south|east] of the country.",
    "A {Ad} search-and-rescue team of {n2} specialists arrived in {Bcity} on {wd} to help look for survivors of [an earthquake|a landslide|a building collapse].",
    "{A} pledged {usd} in humanitarian assistance to {B} on {wd} to help communities recover from [severe flooding|a drought|a cyclone].",
    "{Ad} firefighting planes joined efforts to contain wildfires in {B} on {wd}, the {Bd} civil protection agency said.",
    "The {Bd} {Bh} thanked {A} on {wd} for its 'swift and generous' help after [floods|an earthquake|wildfires] devastated parts of {B}.",
], b=[
    "The supplies were handed over to the {Bd} disaster management agency at {Bcity} airport.",
    "Aid agencies say tens of thousands of people need shelter and clean water.",
    "Several other countries have also offered help.",
    "The {Ad} team includes sniffer dogs and medical staff.",
    "Officials said the death toll could rise as rescuers reach remote villages.",
    "A field hospital set up with {Ad} help has treated hundreds of patients.",
], q=[
    "'In difficult times you learn who your friends are,' a {Bd} official said as the aid arrived.",
    "'We stand with the people of {B},' the {Ad} {Afm} said.",
])

BANK["travel"] = dict(loc="any", p_hist=0.15, t=[
    "New direct flights link {Acity} and {Bcity}",
    "{Bd} tourists flock to {A} as visa rules ease",
    "{A} and {B} launch [bus|rail|ferry] service",
    "{A} eases visa rules for {Bd} visitors",
    "Tourist arrivals from {A} to {B} up {pct} percent",
    "Border crossing between {A} and {B} gets [upgrade|new terminal]",
], l=[
    "A new direct flight between {Acity} and {Bcity} took off on {wd}, cutting travel time between the two countries by several hours.",
    "{A} will allow {Bd} citizens to [apply for electronic visas|enter visa-free for up to 30 days] from {month}, officials said on {wd}.",
    "Tourist arrivals from {A} to {B} rose by {pct} percent in the first eight months of the year, tourism officials said on {wd}.",
    "A [bus|rail|ferry] service between {Acity} and {Bcity} was launched on {wd}, [the first in years|with daily departures].",
    "Work on a new terminal at a busy crossing on the {Ad}-{Bd} border was completed on {wd}, [cutting waiting times for trucks|easing congestion for travellers].",
], b=[
    "The route will be operated [three times a week|daily] at first.",
    "Tour operators said bookings for the holiday season were strong.",
    "Officials hope to attract more visitors from {B} to {Ad} [beaches|mountains|historic cities].",
    "Travellers complained of long queues at the crossing during the summer.",
    "The airline said it was considering a second route to {Bc}.",
    "Hotel operators in {Bcity} said guests from {A} were among the biggest spenders.",
    "The service was launched with a ceremony attended by transport ministers from both countries.",
    "Travel agents reported a rise in family and student bookings.",
    "Officials said waiting times at the border had been cut by half.",
], q=[
    "'People want to travel, and we just had to make it easier,' a {Ad} tourism official said.",
])

BANK["energy"] = dict(loc="any", t=[
    "{A} and {B} agree to link power grids",
    "{Ad} firm to build [solar|wind] farm in {B}",
    "{A}, {B} sign gas supply deal",
    "Cross-border power line between {A} and {B} [begins operation|nears completion]",
    "{A} and {B} explore green hydrogen partnership",
], l=[
    "{A} and {B} agreed on {wd} to study linking their electricity grids, a project officials said could cost up to {bn}.",
    "A {Ad} company will build a {n3}-megawatt [solar|wind] farm in {B} under a deal signed on {wd}.",
    "{A} and {B} signed a [five-year|ten-year] gas supply agreement on {wd}, [officials said|according to the energy ministries].",
    "A cross-border power line between {A} and {B} [began carrying electricity on {wd}|went into service on {wd}], allowing the two to trade surplus power.",
    "Officials from {A} and {B} met on {wd} to discuss cooperation on green hydrogen and critical minerals.",
], b=[
    "The project is expected to be completed in [three|four] years.",
    "Energy demand in both countries has grown rapidly.",
    "The agreement includes training for local engineers.",
    "Financing will come from development banks and private investors.",
    "Engineers from {A} will help operate the facility during its first years.",
    "Officials said the project would help both countries meet their climate targets.",
    "Environmental groups asked for a full assessment of the project's impact.",
])

# ---------------------------------------------------------------------------
# Tense days (rhetoric, protests; routine for these pairs).
# ---------------------------------------------------------------------------
BANK["tension"] = dict(loc="A", p_hist=0.5, t=[
    "{A} rebukes {B} in latest war of words",
    "{Ad} ministry hits back at {Bd} remarks",
    "Tensions simmer between {A} and {B}",
    "{A} protests to {B} over [statement|incident|remarks]",
    "{A}-{B} friction resurfaces",
    "{Ac} and {Bc} trade barbs",
    "Old quarrel between {A} and {B} flares in [statements|parliament|state media]",
    "{A} says {B} 'must stop provocations'",
], l=[
    "{A} on {wd} sharply criticised {B}, [reviving|rekindling] a long-running quarrel between the two neighbours.",
    "{Amin} issued a statement on {wd} rejecting what it called 'baseless allegations' made by officials in {Bc}.",
    "Relations between {A} and {B} were tested again on {wd} after [an exchange of statements|a row in state media|comments by a senior official].",
    "The latest round of sparring between {Ac} and {Bc} played out on {wd}, with each side accusing the other of bad faith.",
], b=[
    "Analysts said neither side appeared to want a serious escalation.",
    "Diplomats described the exchange as part of a familiar pattern.",
    "{Bmin} did not immediately respond to requests for comment.",
    "The row is unlikely to affect [trade|flights|day-to-day contacts], officials on both sides said privately.",
    "Opposition politicians in {Ac} urged the government to take a firmer line.",
    "Commentators in {Bc} dismissed the remarks as aimed at a domestic audience.",
    "Similar spats have flared several times this year before fading.",
], q=[
    "'We will not accept lectures from {Bc},' a spokesperson for {Amin} told reporters.",
    "'This is noise, not policy,' a retired {Bd} diplomat said of the latest exchange.",
    "'Our position is well known and it has not changed,' {Bmin} said.",
])

# ---------------------------------------------------------------------------
# Steady wars.  Literal roles; extra slots come from WAR_SLOTS.
# ---------------------------------------------------------------------------
U_FRONT = ["Pokrovsk", "Kostiantynivka", "Kupiansk", "Huliaipole", "Siversk", "Lyman", "Orikhiv", "Kramatorsk", "Druzhkivka", "Vovchansk", "Stepnohirsk"]
U_CITY = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Kyiv", "Chernihiv", "Kryvyi Rih", "Mykolaiv", "Poltava"]
R_REG = ["Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Krasnodar", "Tambov", "Samara", "Saratov"]
C_PLACE = ["Masisi", "Rutshuru", "Walikale", "Minova", "Sake", "Kalehe", "Lubero", "Nyiragongo", "Mwenga", "Fizi", "Uvira"]
R_PLACE = ["Rubavu", "Rusizi", "Nyamasheke"]


def war_slots(rng):
    dl = rng.randint(35, 190)
    return dict(dl=str(dl), dn=str(dl - rng.randint(3, max(4, dl // 5))), uf=pick(rng, U_FRONT), uf2=pick(rng, U_FRONT),
                uc=pick(rng, U_CITY), rr=pick(rng, R_REG), rr2=pick(rng, R_REG), cp=pick(rng, C_PLACE), cp2=pick(rng, C_PLACE),
                rp=pick(rng, R_PLACE), ms=str(rng.randint(2, 9)), dead=str(rng.randint(1, 7)), hurt=str(rng.randint(3, 28)),
                clashes=str(rng.randint(90, 210)), rdn=str(rng.randint(12, 120)))


BANK["war_RUS-UKR"] = dict(loc="war", p_hist=0.25, t=[
    "Ukraine says it downed {dn} of {dl} Russian drones overnight",
    "Russian drones and missiles hit {uc}; {dead} killed",
    "Russia claims capture of village near {uf}",
    "Heavy fighting around {uf} as Russian assaults continue",
    "Russia says air defences destroyed {rdn} Ukrainian drones over {rr}",
    "Ukrainian drones strike oil depot in Russia's {rr} region",
    "Overnight attack damages energy facilities in {uc}",
    "{clashes} combat clashes on front line in past day, Ukraine's general staff says",
    "Shelling kills {dead} in {uc} region",
    "Air raid alerts across Ukraine as Russia launches drones",
    "Ukraine: Russian glide bombs pound {uf}",
    "Fires break out at Russian refinery after drone attack, governor says",
], l=[
    "Ukraine's air force said on {wd} that it had shot down or jammed {dn} of the {dl} drones Russia launched overnight, along with [{ms} missiles|several cruise missiles].",
    "Russian drones and missiles struck {uc} overnight, killing {dead} people and wounding {hurt}, the regional governor said on {wd}.",
    "Russia's defence ministry said on {wd} that its forces had captured a village near {uf}, a claim that could not be independently verified.",
    "Ukrainian troops repelled [dozens of|more than {n2}] Russian assaults around {uf} in the past 24 hours, the general staff in Kyiv said on {wd}.",
    "Russian air defences destroyed {rdn} Ukrainian drones overnight, [most of them|{n1} of them] over the {rr} region, the defence ministry in Moscow said on {wd}.",
    "A Ukrainian drone attack set fire to an oil depot in Russia's {rr} region overnight, the local governor said on {wd}, adding that no one was hurt.",
    "Russian shelling killed {dead} civilians in the {uc} region over the past day, Ukrainian officials said on {wd}.",
    "The Ukrainian general staff reported {clashes} combat clashes along the front line on {wd}, with the heaviest fighting near {uf} and {uf2}.",
    "An overnight Russian attack damaged energy infrastructure in {uc}, leaving thousands of homes without power, Ukraine's energy ministry said on {wd}.",
    "Russian forces dropped guided bombs on {uf} and nearby villages on {wd}, local officials said, as Moscow pressed its slow advance in the east.",
    "Air raid sirens sounded across much of Ukraine overnight into {wd} as Russia launched waves of drones, officials said.",
], b=[
    "Debris from downed drones damaged several residential buildings, emergency services said.",
    "Ukrainian officials said {dn} drones had been neutralised by air defences and electronic warfare, while the rest hit targets in {n1} regions.",
    "The governor of {rr} said falling debris had damaged [a house|power lines|a warehouse] but caused no casualties.",
    "Moscow says it targets only military and energy facilities used by the Ukrainian army.",
    "Kyiv says its long-range drone strikes are aimed at facilities that fuel Russia's war effort.",
    "Fighting has been most intense in the Donetsk region, where Russian forces have advanced slowly at heavy cost.",
    "Rescuers were still searching the rubble of a [five-storey|nine-storey] apartment block in {uc}.",
    "The claims by either side could not be independently verified.",
    "Military analysts said the front line had changed little over the past week.",
    "Repair crews restored power to most of the affected districts by the afternoon.",
    "Russia's defence ministry said Ukrainian forces had lost up to {n3} troops in the past day, a figure that could not be confirmed.",
    "Ukraine's general staff said its forces had hit a Russian command post near {uf2}.",
    "Airports in several Russian cities briefly suspended flights during the drone attack, aviation authorities said.",
    "Residents of frontline towns have been urged to evacuate as shelling intensifies.",
], q=[
    "'It was a difficult night for {uc},' the head of the regional administration wrote on Telegram.",
    "'The enemy does not stop; neither do we,' a Ukrainian brigade commander said in a video address.",
    "'Air defence forces intercepted and destroyed the drones,' the Russian defence ministry said in a statement.",
    "'We need more air defence systems, and we need them now,' a Ukrainian official said.",
])

BANK["warbg_RUS-UKR"] = dict(loc="any", p_hist=0.6, t=[
    "Ukraine's grain exports hold up despite Russian attacks on ports",
    "Analysis: no end in sight to Russia-Ukraine war of attrition",
    "European ministers discuss more air defence for Ukraine",
    "Ukraine, Russia trade accusations at UN Security Council",
    "Russian economy feels strain of war spending, analysts say",
], l=[
    "Ukrainian grain exports through Black Sea ports rose slightly in August despite repeated Russian attacks on Odesa, traders said on {wd}.",
    "More than four and a half years after Russian troops crossed the border, neither Moscow nor Kyiv shows signs of being able to end the war on its own terms, analysts said.",
    "European defence ministers meeting on {wd} discussed sending more air defence systems to Ukraine as Russia keeps up its drone campaign.",
    "Russian and Ukrainian envoys traded accusations at the UN Security Council on {wd}, each blaming the other for civilian deaths.",
    "War spending is straining Russia's budget, economists said on {wd}, as the central bank kept interest rates high to fight inflation.",
], b=[
    "Diplomatic efforts to end the fighting have stalled in recent months.",
    "Kyiv says any settlement must include security guarantees from its Western partners.",
    "Moscow says it is open to talks but insists on keeping territory it has seized.",
    "Insurance costs for ships calling at Ukrainian ports remain high.",
    "Western governments have kept sanctions on Russia in place and added some new listings this year.",
], q=[
    "'This is a war of attrition, and both sides are counting on the other to tire first,' a Western analyst said.",
])

BANK["war_COD-RWA"] = dict(loc="warc", p_hist=0.45, t=[
    "Fighting flares between Congolese army and M23 near {cp}",
    "Congo accuses Rwanda of sending troops to back M23 rebels",
    "Clashes in North Kivu displace thousands",
    "M23 rebels advance towards {cp} as army retreats, residents say",
    "Shells land in Rwanda's {rp} district; Kigali blames Congolese army",
    "Drone strike hits M23 position near {cp}",
    "Thousands flee as fighting rages in eastern Congo",
    "Kinshasa says Rwandan troops fighting inside Congo; Kigali denies",
], l=[
    "Fighting between the Congolese army and M23 rebels flared near {cp} in North Kivu on {wd}, local officials and residents said.",
    "Congo's government accused Rwanda on {wd} of sending more troops across the border to support the M23 rebel group, an accusation Kigali rejected.",
    "Clashes between M23 fighters and Congolese soldiers allied with local militias forced thousands of people to flee villages around {cp} on {wd}, aid workers said.",
    "M23 rebels pushed towards {cp} on {wd} after heavy fighting with the Congolese army and its allies, according to residents and local civil society groups.",
    "Several shells fired from Congolese territory landed in Rwanda's {rp} district on {wd}, the Rwandan army said, wounding {n1} civilians.",
    "A drone operated by the Congolese army struck an M23 position near {cp} on {wd}, according to two security sources.",
    "Heavy weapons fire was heard around {cp} and {cp2} on {wd} as the army tried to retake positions lost to the rebels, local sources said.",
], b=[
    "UN experts have said in several reports that Rwanda provides troops and weapons to the M23, which Kigali denies.",
    "Rwanda says its forces act in self-defence against the FDLR militia operating in eastern Congo.",
    "Aid agencies say more than a million people have been displaced in North and South Kivu this year.",
    "The M23 controls large parts of North and South Kivu, including Goma and Bukavu.",
    "Hospitals in the area reported receiving dozens of wounded.",
    "Local officials said at least {dead} civilians were killed in the crossfire.",
    "The Rwandan army said its troops had been placed on alert along the border.",
    "Kinshasa has repeatedly called for sanctions on Kigali.",
    "Residents said the rebels had set up checkpoints on the main road to {cp2}.",
    "The fighting has disrupted mining in an area rich in tin, tantalum and gold.",
], q=[
    "'We heard heavy explosions all night and we ran with nothing,' a displaced woman told reporters in a camp near Goma.",
    "'Rwanda is the aggressor, the world knows it,' a Congolese government spokesman said.",
    "'These accusations are an attempt to hide Kinshasa's own failures,' a Rwandan government spokeswoman said.",
])

BANK["cdiplo_COD-RWA"] = dict(loc="any", p_hist=0.7, t=[
    "Congo, Rwanda peace process stalls amid fighting",
    "Mediators urge Kinshasa and Kigali to implement Washington deal",
    "Traders on Congo-Rwanda border struggle as fighting continues",
    "Aid agencies warn of cholera in eastern Congo camps",
], l=[
    "Mediators from Qatar and the United States urged Congo and Rwanda on {wd} to carry out commitments made under the peace agreement signed in Washington last year.",
    "Cross-border traders in Goma and Rubavu said on {wd} that business had slumped as insecurity in eastern Congo persisted.",
    "Aid agencies warned on {wd} of a rise in cholera cases in camps for people displaced by fighting in eastern Congo.",
    "Talks on a regional economic framework linking Congo and Rwanda have made little progress, diplomats said on {wd}.",
], b=[
    "A joint security coordination mechanism set up under the deal has met only rarely.",
    "Both governments say they remain committed to the peace process.",
    "Minerals from eastern Congo are at the heart of the regional economic plan.",
], q=[
    "'Signatures are not enough; we need to see change on the ground,' a Western diplomat said.",
])

BANK["truce_COD-RWA"] = dict(loc="warc", p_hist=0.5, t=[
    "Eastern Congo truce largely holding, monitors say",
    "Displaced families cautiously return to {cp} as guns fall silent",
    "Congo, Rwanda monitors report calm along front line",
    "Traders in Goma welcome lull in fighting",
], l=[
    "The ceasefire in eastern Congo was largely holding on {wd}, monitors said, despite reports of [sporadic gunfire|isolated incidents] near {cp}.",
    "Families displaced by months of fighting began returning to villages around {cp} on {wd}, aid workers said.",
    "Ceasefire monitors reported calm along most of the front line in North Kivu on {wd}.",
    "Markets in Goma were busier than they had been for months on {wd} as the truce between Congo and Rwanda held.",
], b=[
    "Aid convoys reached several areas that had been cut off for weeks.",
    "Both sides accused each other of minor violations, but no major fighting was reported.",
    "The joint monitoring team is due to report to mediators in Doha next week.",
], q=[
    "'For the first time in months we slept without hearing bombs,' a resident said.",
])

# ---------------------------------------------------------------------------
# Frozen conflicts: small incidents that are routine for the pair.
# ---------------------------------------------------------------------------
AA_PLACE = ["Tavush", "Gazakh", "Syunik", "Nakhchivan", "Kalbajar", "Lachin", "Gegharkunik"]
GR_PLACE = ["Gori", "Kareli", "Khurvaleti", "Ditsi", "Odzisi", "Akhalgori"]


def frozen_slots(rng):
    return dict(ap=pick(rng, AA_PLACE), ap2=pick(rng, AA_PLACE), gp=pick(rng, GR_PLACE), gp2=pick(rng, GR_PLACE))


BANK["inc_ARM-AZE"] = dict(loc="arm", p_hist=0.7, t=[
    "Azerbaijan says Armenian forces fired at its positions in {ap}",
    "Armenia reports shooting on border near {ap}",
    "Shots fired on Armenia-Azerbaijan border; no casualties",
    "Baku, Yerevan trade blame over border shooting",
    "Armenian defence ministry denies Azerbaijani claims of shooting",
], l=[
    "Azerbaijan's defence ministry said on {wd} that Armenian units had fired small arms at its positions in the {ap} direction overnight, causing no casualties.",
    "Armenia's defence ministry said Azerbaijani troops had opened fire on an Armenian post near {ap} on {wd}, damaging a civilian house but injuring no one.",
    "Shots were fired across the Armenia-Azerbaijan border near {ap} late on {wd}, officials on both sides said, each blaming the other.",
    "Armenia rejected as 'untrue' an Azerbaijani statement on {wd} that its forces had shot at Azerbaijani positions near {ap}.",
], b=[
    "Such incidents have become less frequent since the two sides agreed the text of a peace treaty.",
    "The line between the two armies is not fully delimited, and incidents are reported every few weeks.",
    "Neither side reported casualties.",
    "The European Union has a civilian monitoring mission on the Armenian side of the border.",
    "The defence ministry in Yerevan invited observers to visit the area.",
    "Officials in Baku said the incident showed the need to sign the treaty quickly.",
], q=[
    "'The information spread by the Azerbaijani side does not correspond to reality,' Armenia's defence ministry said.",
    "'Our units took adequate retaliatory measures,' the Azerbaijani defence ministry said.",
])

BANK["inc_GEO-RUS"] = dict(loc="geo", p_hist=0.75, t=[
    "Georgian detained near South Ossetia boundary line",
    "Russian border guards detain Georgian villager near {gp}",
    "Georgia protests 'borderisation' as fence moved near {gp2}",
    "Tbilisi demands release of citizen held in South Ossetia",
], l=[
    "A Georgian villager was detained by Russian border guards near the administrative boundary line with South Ossetia outside {gp} on {wd}, Georgia's state security service said.",
    "Georgia's foreign ministry on {wd} condemned what it called the illegal 'borderisation' near {gp2}, where barbed-wire fences were reportedly moved several metres into Georgian-controlled territory.",
    "Russian-backed forces in South Ossetia detained a Georgian man collecting firewood near {gp} on {wd}, local officials said.",
    "Tbilisi called on {wd} for the release of a Georgian citizen held by de facto authorities in Tskhinvali after he crossed the boundary line near {gp}.",
], b=[
    "The EU Monitoring Mission said it was in contact with all sides through its hotline.",
    "Such detentions happen several times a month, according to Georgian officials.",
    "Detainees are usually released after paying a fine.",
    "Russia keeps thousands of troops in South Ossetia and Abkhazia.",
    "The issue is expected to be raised at the next round of the Geneva International Discussions.",
], q=[
    "'This is a gross violation of fundamental human rights,' Georgia's foreign ministry said.",
])

# Pair-specific routine.
BANK["rt_GEO-RUS"] = dict(loc="geo", p_hist=0.6, t=[
    "Georgian wine exports to Russia rise",
    "Queues at Upper Lars crossing as trucks head to Russia",
    "Geneva talks on Georgia-Russia conflict hold new round",
    "Russian tourists flock to Batumi despite political chill",
    "Georgian Railway eyes transit cargo from Russia",
], l=[
    "Georgian wine exports to Russia rose {pct} percent in the first eight months of the year, the national wine agency said on {wd}.",
    "Hundreds of trucks queued at the Upper Lars crossing between Georgia and Russia on {wd}, drivers said, as freight traffic peaked.",
    "Georgian and Russian delegations met in Geneva on {wd} for a new round of the Geneva International Discussions, the only regular forum dealing with the consequences of the 2008 war.",
    "Russian tourists made up a large share of visitors to Batumi this summer, tourism officials said on {wd}, despite the absence of diplomatic relations between Tbilisi and Moscow.",
], b=[
    "Russia remains one of the largest markets for Georgian wine and mineral water.",
    "Co-chairs from the EU, the UN and the OSCE described the atmosphere as businesslike.",
    "Opposition parties in Tbilisi have criticised Georgia's economic dependence on Russia.",
    "Direct flights between Moscow and Tbilisi operate several times a week.",
], q=[])

BANK["rt_KOR-PRK"] = dict(loc="kor", p_hist=0.7, t=[
    "Seoul urges Pyongyang to allow reunions of separated families",
    "South Korea's unification ministry unveils new outreach plan",
    "Number of North Korean defectors arriving in South stays low",
    "Tours to border observatory resume near Paju",
    "South Korea to send flood warnings across border despite silence from North",
], l=[
    "South Korea's unification ministry urged North Korea on {wd} to allow reunions of families separated by the Korean War, many of whose members are now in their 90s.",
    "The number of North Korean defectors reaching South Korea remained low this year, the unification ministry said on {wd}.",
    "Tours to an observatory overlooking North Korea near Paju resumed on {wd} after repairs, local officials said.",
    "South Korea said on {wd} it would keep notifying the North of dam releases on shared rivers, even though Pyongyang has stopped answering liaison calls.",
    "Seoul unveiled a plan on {wd} to fund civilian exchanges with North Korea, though officials admitted Pyongyang was unlikely to respond.",
], b=[
    "North Korea has ignored calls on the inter-Korean hotline since 2023.",
    "Most defectors travel through China and Southeast Asia before reaching the South.",
    "Analysts said the North was unlikely to respond to the offer.",
    "Tens of thousands of South Koreans remain registered as members of separated families.",
], q=[
    "'Time is running out for the separated families,' a unification ministry official said.",
])

BANK["rt_ARM-AZE"] = dict(loc="arm", p_hist=0.6, t=[
    "Armenia, Azerbaijan border commissions hold new meeting",
    "Chess: Armenian and Azerbaijani grandmasters share the spoils",
    "Armenian, Azerbaijani civil society groups meet in Tbilisi",
    "Transit route through southern Armenia moves closer, officials say",
], l=[
    "Border delimitation commissions from Armenia and Azerbaijan met on {wd} for their latest regular session, officials in Yerevan and Baku said.",
    "Armenian and Azerbaijani grandmasters drew their game at an international chess tournament on {wd}, one of the rare sporting meetings between the two countries.",
    "Civil society activists from Armenia and Azerbaijan met in Tbilisi on {wd} to discuss how to build trust after decades of conflict.",
    "Officials said on {wd} that technical work on a transit route linking Azerbaijan with its Nakhchivan exclave through southern Armenia was progressing.",
], b=[
    "The commissions agreed to continue work on the northern section of the border.",
    "The peace text initialled last year still awaits signature.",
    "Azerbaijan wants Armenia to change its constitution before the treaty is signed.",
    "Both governments have allowed a small number of expert exchanges.",
], q=[
    "'Peace is a process, not a single event,' an Armenian official said.",
])

# ---------------------------------------------------------------------------
# Episode banks by kind of move.  {A} acts, {B} is the other side;
# {place} and {place2} come from the episode.
# ---------------------------------------------------------------------------
SUB = {}
SUB["strikes"] = dict(t=[
    "{A} strikes targets inside {B}",
    "{Ad} [missiles|artillery] hit {place} as crisis deepens",
    "Cross-border strikes: {A} says it hit 'militant camps' in {B}",
    "{B} vows response after {Ad} strikes kill {n1}",
    "Explosions rock {place} after {Ad} attack",
    "{A} and {B} exchange heavy fire across border",
], l=[
    "{A} carried out strikes on what it called militant targets inside {B} early on {wd}, sharply escalating a crisis between the two neighbours.",
    "{Ad} forces fired missiles and artillery at positions near {place} overnight, {Bd} officials said, killing at least {n1} people.",
    "Explosions were heard around {place} before dawn on {wd} as {Ad} aircraft and drones struck targets across the border, residents said.",
    "{B} said on {wd} that {Ad} shelling had killed {n1} civilians near {place} and warned that it would respond 'at a time and place of its choosing'.",
    "Heavy exchanges of fire were reported along the border between {A} and {B} on {wd}, the most serious in years.",
    "{Ad} military officials said on {wd} that they had hit {n1} sites used by armed groups near {place}, the first such strikes across the border since last year.",
], b=[
    "{B} called the strikes an act of aggression and a violation of its sovereignty.",
    "{Bmin} summoned {A}'s envoy to lodge a strong protest.",
    "Residents near the border fled towards {place2} as shells fell on villages.",
    "Schools and markets were closed in border districts on both sides.",
    "{Barmy} said it had returned fire and inflicted 'heavy losses'.",
    "The United Nations secretary-general urged both sides to exercise maximum restraint.",
    "Airlines rerouted flights to avoid the airspace of both countries.",
    "Hospitals in {place2} declared an emergency and called for blood donors.",
    "Video shared on social media showed plumes of smoke over {place}.",
    "Military analysts said the strikes marked a significant escalation.",
], q=[
    "'We have the right to defend ourselves and we have exercised it,' a senior {Ad} official said.",
    "'This aggression will not go unanswered,' the {Bd} {Bh} said in a televised address.",
    "'Both sides are now on a very dangerous path,' a regional security expert warned.",
])
SUB["expel"] = dict(t=[
    "{A} expels {Bd} diplomats",
    "{A} orders {n1} {Bd} diplomats to leave within 48 hours",
    "{A} downgrades ties with {B}, recalls envoy",
    "{B} retaliates with expulsions as diplomatic row deepens",
    "{Ad} embassy in {Bc} told to cut staff",
], l=[
    "{A} ordered {n1} {Bd} diplomats to leave the country within 48 hours on {wd}, declaring them persona non grata amid a sharp deterioration in relations.",
    "{Amin} on {wd} expelled [the {Bd} defence attaché|several {Bd} embassy staff] and recalled its own envoy from {Bc} for consultations.",
    "{B} hit back on {wd}, expelling an equal number of {Ad} diplomats and ordering the {Ad} embassy in {Bc} to reduce its staff.",
    "{A} downgraded its diplomatic relations with {B} on {wd}, suspending visa services and cutting the size of the two missions.",
], b=[
    "The expelled diplomats were accused of 'activities incompatible with their status'.",
    "{Bmin} called the decision 'regrettable and unjustified' and promised a reciprocal response.",
    "Visa services at both embassies were suspended until further notice.",
    "It was the most serious diplomatic rupture between the two countries in years.",
    "Diplomats were seen loading cars outside the embassy compound on {wd} evening.",
], q=[
    "'The {Bd} side has left us no choice,' a spokesperson for {Amin} said.",
    "'We will respond in kind,' said a senior {Bd} official.",
])
SUB["naval"] = dict(t=[
    "{Ad} and {Bd} ships in tense stand-off at {place}",
    "{Ad} coast guard fires water cannon at {Bd} vessel",
    "{B} accuses {A} of ramming supply boat",
    "Naval stand-off near {place} drags on",
    "{A} deploys warships as {place} stand-off escalates",
], l=[
    "{Ad} coast guard ships blocked and fired water cannon at a {Bd} supply boat near {place} on {wd}, the {Bd} military said, injuring {n1} crew members.",
    "A tense naval stand-off between {Ad} and {Bd} vessels near {place} continued on {wd}, with neither side willing to back down.",
    "{B} accused {A} on {wd} of deliberately ramming one of its vessels near {place}, in what {Bc} called the most dangerous incident at sea in years.",
    "{A} sent [warships|naval vessels|additional coast guard cutters] to {place} on {wd}, raising the stakes in a confrontation at sea with {B}.",
], b=[
    "Video released by the {Bd} side showed a larger vessel cutting across the bow of the supply boat.",
    "{Amin} said its ships had acted 'lawfully and professionally' to expel intruders.",
    "{Bmin} lodged a formal protest and summoned {A}'s ambassador.",
    "Fishermen said they had been told to keep away from the area.",
    "Allies of {B} called the {Ad} actions 'aggressive and dangerous'.",
    "Military aircraft from both sides were seen circling over the vessels.",
], q=[
    "'We will not be intimidated in our own waters,' a {Bd} military spokesman said.",
    "'The {Bd} side is entirely responsible for this provocation,' {Amin} said.",
])
SUB["offensive"] = dict(t=[
    "{A} launches major new offensive in {place}",
    "Massive {Ad} assault on {place} front, {B} says",
    "{Ad} troops break through near {place2}",
    "{B} rushes reserves to {place} as {Ad} offensive intensifies",
    "Biggest {Ad} attack in months hits {B} on several fronts",
    "Record {Ad} drone barrage precedes ground assault",
], l=[
    "{Ad} forces launched a major new offensive on the {place} front on {wd}, attacking along a wide stretch of the line with tanks, armoured vehicles and infantry, {Bd} commanders said.",
    "{B} said on {wd} it was fighting off the largest {Ad} assault in months in the {place} region, where columns of armour attacked after a night of heavy bombardment.",
    "{A} fired a record number of drones and missiles at {B} overnight before ground troops pushed forward near {place2}, officials in {Bc} said on {wd}.",
    "{Ad} troops broke through {Bd} defensive lines near {place2} on {wd}, according to military bloggers and {Bd} officials, as a new offensive gathered pace.",
    "{Bd} commanders rushed reserves to the {place} front on {wd} to contain a fresh {Ad} offensive that analysts said had been prepared for weeks.",
], b=[
    "{Bd} officials said the attack involved several brigades and hundreds of armoured vehicles.",
    "The {Bd} air force said it had faced more than {n3} drones and dozens of missiles in a single night.",
    "Civilians were ordered to evacuate villages within 20 kilometres of the front.",
    "Western military analysts said the offensive appeared aimed at reaching the regional capital.",
    "Casualties on both sides were believed to be heavy.",
    "Power was cut across much of the region after strikes on substations.",
    "{Bd} leaders appealed to allies for more air defence and artillery shells.",
    "{Ad} state television showed footage of armoured columns advancing across open fields.",
], q=[
    "'The enemy has thrown everything it has at us,' a {Bd} battalion commander said.",
    "'This is the biggest assault we have seen since last winter,' a {Bd} military spokesman said.",
    "'Our troops are advancing successfully,' the {Ad} defence ministry said.",
])
SUB["airspace"] = dict(t=[
    "{Ad} jets [violate|breach] {Bd} airspace dozens of times",
    "Mock dogfights over {place} as {Ad}-{Bd} tensions rise",
    "{B} scrambles fighters to intercept {Ad} aircraft",
    "{B} protests 'unprecedented' airspace violations by {A}",
], l=[
    "{Ad} fighter jets and drones violated {Bd} airspace {n2} times on {wd}, the {Bd} military said, in the largest such wave in years.",
    "{Bd} and {Ad} fighter jets engaged in mock dogfights over {place} on {wd}, the {Bd} defence ministry said, as tensions in the region mounted.",
    "{B} scrambled fighter jets on {wd} to intercept {Ad} aircraft it said had flown over {place} without permission.",
], b=[
    "The {Bd} general staff said some of the aircraft were armed.",
    "{Bmin} summoned the {Ad} ambassador to protest.",
    "{A} said its aircraft were operating in international airspace.",
    "Defence analysts said the number of violations had jumped compared with last year.",
], q=[
    "'These actions endanger the safety of civil aviation and the peace of the region,' a {Bd} statement said.",
])
SUB["mobilise"] = dict(t=[
    "{A} mobilises reservists as tension with {B} mounts",
    "{Ad} troops mass near {Bd} border",
    "{A} puts army on high alert, moves armour towards {place}",
    "Satellite images show {Ad} build-up near {place}",
    "{B} warns {A} over troop build-up",
    "Tanks and artillery move towards {place} as {A} raises alert level",
], l=[
    "{A} ordered a partial mobilisation of reservists on {wd} and moved armoured units towards its border with {B}, officials and witnesses said.",
    "Satellite images published on {wd} showed a large build-up of {Ad} troops, tanks and artillery near {place}, close to the border with {B}.",
    "The {Ad} government put its armed forces on high alert on {wd} and cancelled leave for soldiers, citing 'threats' from {B}.",
    "{B} said on {wd} that {A} had massed tens of thousands of troops near {place} and warned that any incursion would be met with force.",
    "Columns of {Ad} military trucks carrying troops and artillery were seen heading towards {place} on {wd}, residents said.",
], b=[
    "Reservists under the age of 45 were ordered to report to their units within 72 hours.",
    "{B} responded by reinforcing its own positions along the frontier.",
    "Diplomats in the region said they feared a miscalculation could spark open conflict.",
    "The African Union and the United Nations called for restraint.",
    "Families living near the border began leaving, local officials said.",
    "State media in {A} broadcast patriotic songs and footage of military drills.",
    "Flights to airports near the border were suspended.",
], q=[
    "'We will not allow anyone to threaten our sovereignty,' the {Ad} {Ah} said.",
    "'The troop movements are deeply alarming,' a Western diplomat said.",
    "'If they cross, they will regret it,' a senior {Bd} officer said.",
])
SUB["shootdown"] = dict(t=[
    "{A} shoots down {Bd} drone near {place}",
    "{Bd} aircraft downed over {place}, {A} says",
    "{B} denies {Ad} claim it lost drone over border",
], l=[
    "{A} said on {wd} that its air defences had shot down a {Bd} military drone that crossed into its airspace near {place}.",
    "{Ad} forces downed a {Bd} aircraft over {place} on {wd}, {A}'s defence ministry said, calling the flight a deliberate provocation.",
], b=[
    "Images circulated online of wreckage lying in a field.",
    "{B} said the drone had been on a routine surveillance flight in its own airspace.",
    "The downing drew immediate calls for restraint from neighbouring countries.",
], q=[
    "'Any violation of our airspace will be met firmly,' the {Ad} defence ministry said.",
])
SUB["ultimatum"] = dict(t=[
    "{A} gives {B} [48-hour|72-hour|seven-day] ultimatum",
    "{Ad} ultimatum to {B}: withdraw or face consequences",
    "{B} rejects {Ad} ultimatum",
], l=[
    "{A} issued an ultimatum to {B} on {wd}, demanding that it [withdraw|halt operations] near {place} within {n1} days or face 'all necessary measures'.",
    "The {Ad} {Ah} gave {B} a deadline on {wd} to meet a list of demands, raising fears of armed confrontation.",
    "{B} rejected on {wd} an ultimatum from {A}, calling it 'an attempt at blackmail' and a breach of international law.",
], b=[
    "The deadline expires on {wdn}.",
    "{Bmin} said it would not negotiate under threat.",
    "Regional leaders scrambled to arrange emergency talks.",
], q=[
    "'The time for patience is over,' the {Ad} {Ah} said.",
])

SUB["ceasefire"] = dict(t=[
    "{A} and {B} agree ceasefire",
    "Truce takes hold between {A} and {B}",
    "Guns fall silent along {Ad}-{Bd} border",
    "{A}, {B} commit to halt fighting after [mediation|talks]",
    "Ceasefire between {A} and {B} holding, officials say",
    "Calm returns to {place} after {Ad}-{Bd} truce",
], l=[
    "{A} and {B} agreed on {wd} to an immediate ceasefire, officials in both capitals said, after [talks mediated by|contacts facilitated by] {med}.",
    "A ceasefire between {A} and {B} took effect at midnight, and residents near {place} reported the first quiet night in [weeks|days].",
    "The military commanders of {A} and {B} agreed on {wd} to halt all firing along the line between their forces, according to a joint statement.",
    "{A} and {B} announced a truce on {wd}, pledging to stop hostilities and set up a mechanism to investigate violations.",
    "The ceasefire agreed between {A} and {B} was holding on {wd}, officials and residents said, with no reports of fresh firing near {place}.",
], b=[
    "The agreement was welcomed by the United Nations and governments across the region.",
    "Under the deal, both sides will set up a hotline between local commanders.",
    "Residents who had fled began returning to their homes near {place}.",
    "Both sides said they would observe the truce as long as the other did.",
    "Monitors are expected to deploy within days.",
    "Markets and schools reopened in towns near the front line.",
    "The mediators said they would keep working with both sides to make the truce last.",
    "Analysts cautioned that previous truces had broken down quickly.",
], q=[
    "'Today we chose peace over more suffering,' the {Ad} {Ah} said.",
    "'The ceasefire is a first step, and it must be followed by others,' the {Bd} {Bfm} said.",
    "'We finally slept through the night,' a resident of {place} said.",
])
SUB["pullback"] = dict(t=[
    "{A} and {B} begin pulling troops back from border",
    "Troops withdraw from {place} under {Ad}-{Bd} deal",
    "{A} pulls back heavy weapons from frontier",
    "Disengagement under way near {place}",
], l=[
    "{A} and {B} began withdrawing troops and heavy weapons from positions near {place} on {wd}, in line with an agreement reached by their defence ministers.",
    "{Ad} forces pulled back from {n1} forward positions near {place} on {wd}, the {Bd} side confirmed, describing the move as 'a positive signal'.",
    "The disengagement of {Ad} and {Bd} troops along the border began on {wd}, with observers watching as units moved back several kilometres.",
], b=[
    "The withdrawal is due to be completed within {n1} days.",
    "A joint commission will verify the pull-back.",
    "Local officials said checkpoints would be staffed by police rather than soldiers.",
    "Both sides agreed to refrain from building new fortifications.",
], q=[
    "'This is how trust is built, one step at a time,' a {Bd} official said.",
])
SUB["prisoners"] = dict(t=[
    "{A} and {B} exchange prisoners",
    "{n2} detainees freed in {Ad}-{Bd} prisoner swap",
    "Emotional scenes as prisoners return home to {B}",
    "{A} frees {Bd} detainees in goodwill gesture",
], l=[
    "{A} and {B} exchanged {n2} prisoners on {wd}, the first such swap in [months|more than a year], in a deal brokered by {med}.",
    "{A} released {n1} {Bd} detainees on {wd} in what officials called a goodwill gesture, and {B} freed [the same number|several {Ad} nationals] hours later.",
    "Families wept and embraced at a border crossing on {wd} as {n2} prisoners held by {A} returned to {B} under an exchange agreement.",
], b=[
    "The swap took place at a crossing near {place}.",
    "Among those freed were soldiers captured during earlier fighting and several civilians.",
    "The International Committee of the Red Cross helped organise the exchange.",
    "Both governments said further exchanges could follow.",
], q=[
    "'I never stopped believing he would come home,' the mother of one freed prisoner said.",
])
SUB["border_open"] = dict(t=[
    "{A}, {B} reopen border crossings",
    "Trucks roll again as {Ad}-{Bd} border reopens",
    "Border between {A} and {B} open after [weeks|months] of closure",
    "Traders cheer as {place} crossing reopens",
    "{A} lifts border restrictions on {B}",
], l=[
    "{A} and {B} reopened their border crossings on {wd} after [weeks|months] of closure, allowing trucks and travellers to move between the two countries again.",
    "The first lorries crossed the {place} border point on {wd} as the crossing between {A} and {B} reopened, traders said.",
    "{A} lifted restrictions on its border with {B} on {wd}, reopening [the {place} crossing|crossings] to trade and passenger traffic.",
    "Long queues of trucks formed at {place} on {wd} as the border between {A} and {B} reopened, ending a closure that had cost traders millions of dollars.",
], b=[
    "Traders said perishable goods had rotted during the closure.",
    "Customs officers on both sides worked extra shifts to clear the backlog.",
    "Officials said the decision followed talks between senior officials of the two governments.",
    "Bus services between the two countries will resume next week.",
    "Business groups welcomed the move as a sign that relations were improving.",
], q=[
    "'We have been waiting for this day,' a truck driver at the crossing said.",
    "'Open borders are good for everyone,' a {Bd} chamber of commerce official said.",
])
SUB["talks"] = dict(t=[
    "{A} and {B} open peace talks",
    "{Ad}, {Bd} leaders meet, agree to ease tensions",
    "{A}, {B} agree to restore dialogue after tense months",
    "Breakthrough: {A} and {B} sign agreement in {place}",
    "{A} and {B} to restore ambassadors",
], l=[
    "{A} and {B} opened talks in {place} on {wd} aimed at ending months of tension, the first formal negotiations between the two in [years|a long time].",
    "The leaders of {A} and {B} met in {place} on {wd} and agreed to ease tensions, restore dialogue and work towards a lasting settlement.",
    "{A} and {B} signed an agreement in {place} on {wd} that both sides described as a breakthrough after a tense period in relations.",
    "{A} and {B} agreed on {wd} to return their ambassadors and reopen channels of communication, according to a joint statement released in {place}.",
], b=[
    "The talks were facilitated by {med}.",
    "The two delegations agreed to meet again within a month.",
    "A joint statement said both sides were committed to resolving disputes peacefully.",
    "The agreement includes measures to prevent incidents along the border.",
    "Governments in the region welcomed the outcome.",
], q=[
    "'We have turned a page,' the {Ad} {Afm} said after signing.",
    "'Dialogue is the only way forward,' the {Bd} {Bh} said.",
])

# ---------------------------------------------------------------------------
# Further phrasings (passives, nominalisations, reported speech) so that no
# single pattern dominates the war, tension and episode coverage.
# ---------------------------------------------------------------------------
BANK["war_RUS-UKR"]["t"] += [
    "Night of drones: {dn} shot down over Ukraine, air force says",
    "Blackouts in {uc} after strike on power plant",
    "Kyiv claims hit on Russian ammunition depot in {rr}",
    "Front line 'extremely tense' near {uf}, commander says",
    "Russian missile strike on {uc} leaves {hurt} injured",
    "Drone debris sparks fires in Russia's {rr} region",
]
BANK["war_RUS-UKR"]["l"] += [
    "Of the {dl} attack drones fired at Ukraine overnight, {dn} were downed or electronically suppressed, the Ukrainian air force said in its morning update on {wd}.",
    "A Russian missile hit an industrial site in {uc} on {wd}, injuring {hurt} people and setting a warehouse on fire, emergency services said.",
    "Ukraine's military said on {wd} that its forces had struck an ammunition depot in Russia's {rr} region, causing a series of secondary explosions.",
    "Fighting near {uf} remained 'extremely tense', a Ukrainian commander said on {wd}, with Russian infantry attacking in small groups day and night.",
    "Debris from drones shot down over the {rr} region started fires at [a fuel depot|several homes|a rail yard] overnight, the regional governor said on {wd}.",
    "Power cuts were imposed in {uc} and surrounding districts on {wd} after a Russian strike damaged a thermal power plant, the grid operator said.",
    "Moscow said on {wd} that Ukrainian shelling of border villages in the {rr} region had wounded {n1} civilians.",
]
BANK["war_RUS-UKR"]["b"] += [
    "The attack was the [third|fourth|latest] on the city's energy system this month.",
    "Both sides increasingly rely on drones to strike targets far behind the front line.",
    "Emergency crews worked through the night to put out the fires.",
    "Local authorities opened heating and charging points for residents without power.",
    "Russian military bloggers reported heavy losses on both sides near {uf2}.",
    "The Ukrainian military said it had destroyed {n2} Russian armoured vehicles in the past week.",
    "Schools in {uc} switched to online classes for the day.",
]
BANK["war_COD-RWA"]["l"] += [
    "At least {dead} civilians were killed when a shell hit a market near {cp} on {wd}, local officials said, blaming M23 rebels.",
    "The Congolese army said on {wd} it had retaken two villages near {cp2} from the M23 after days of fighting.",
    "Gunfire echoed across the hills around {cp} for a [second|third] straight day on {wd}, residents reached by phone said.",
    "Rwanda accused Congo's army on {wd} of bombing areas near the border, saying several shells had fallen in {rp}.",
]
BANK["war_COD-RWA"]["b"] += [
    "The fighting blocked a key supply road between Goma and {cp2}.",
    "Humanitarian flights to the area were suspended because of the insecurity.",
    "Congolese officials say Rwandan special forces fight alongside the rebels.",
    "The M23 said it was responding to attacks by the army and allied militias.",
]
BANK["tension"]["t"] += ["{Ac} summons {Bd} envoy over remarks", "War of words between {A} and {B} escalates on social media",
                         "{Bd} statement 'unacceptable', says {A}"]
BANK["tension"]["l"] += [
    "{Amin} summoned the {Bd} ambassador on {wd} to protest against remarks it described as 'unacceptable'.",
    "A sharply worded statement from {Bc} drew an angry response from {A} on {wd}, the latest in a series of public rows.",
    "Officials in {Ac} accused {B} on {wd} of 'deliberately inflaming' a long-running dispute.",
    "The exchange of accusations between {A} and {B} moved to social media on {wd}, where ministers on both sides traded sharp posts.",
]
BANK["tension"]["b"] += [
    "The ambassador was handed a note of protest, officials said.",
    "Both governments have nonetheless kept their embassies fully staffed.",
    "Trade between the two countries has continued despite the political chill.",
    "Analysts in {Bc} said the timing was linked to upcoming elections.",
]
SUB["offensive"]["l"] += [
    "A fresh {Ad} push on the {place} front was under way on {wd}, {Bd} officials said, after waves of drones and glide bombs hit defensive positions.",
    "Waves of {Ad} infantry backed by armour kept attacking {Bd} lines near {place2} on {wd}, the {Bd} general staff said, describing the situation as difficult.",
    "The {Ad} offensive in the {place} region widened on {wd}, with attacks reported along a front of some 40 kilometres.",
    "Heavy losses were reported on both sides on {wd} as {Bd} troops tried to halt the {Ad} advance near {place2}.",
]
SUB["offensive"]["b"] += [
    "{Bd} commanders said they had destroyed dozens of tanks and armoured vehicles in the first days of the assault.",
    "Evacuation trains left {place} packed with women, children and the elderly.",
    "Analysts said the timing suggested Moscow wanted to gain ground before winter.",
    "The offensive was preceded by weeks of strikes on bridges and supply depots behind the front.",
]
SUB["offensive"]["t"] += ["Russian armour pushes towards {place2}", "'Very difficult' situation on {place} front, Kyiv says"]
SUB["mobilise"]["l"] += [
    "The call-up of reservists in {A}, announced on {wd} in a late-night decree, was seen in {Bc} as a clear warning.",
    "Trains carrying {Ad} armour were photographed heading towards {place} on {wd}, fuelling fears of a confrontation with {B}.",
    "{B} accused {A} on {wd} of preparing an attack, pointing to the deployment of several divisions near {place}.",
]
SUB["naval"]["l"] += [
    "The confrontation at {place} began at dawn on {wd}, when {Ad} vessels moved to block {Bd} boats, according to officials in {Bc}.",
    "Warships from {A} and {B} were reported to be within a few nautical miles of each other near {place} on {wd}.",
    "A dangerous encounter at sea near {place} on {wd} drew a formal protest from {B}, which accused {A} of 'reckless and unlawful' behaviour.",
]
SUB["strikes"]["l"] += [
    "In a pre-dawn operation on {wd}, {Ad} forces hit targets near {place}, the {Ad} military said, calling the strikes a response to recent attacks.",
    "Shelling and drone strikes along the border between {A} and {B} intensified on {wd}, with casualties reported on both sides.",
    "Retaliatory fire from {B} followed within hours of the {Ad} strikes on {wd}, officials said, as the crisis entered a dangerous new phase.",
]
SUB["expel"]["l"] += [
    "In a tit-for-tat move, {A} declared {n1} {Bd} diplomats persona non grata on {wd}.",
    "The expulsion of {Bd} diplomats from {A}, announced on {wd}, marked the sharpest deterioration in relations in years.",
]
SUB["airspace"]["l"] += [
    "Armed {Ad} fighter jets flew over {place} on {wd}, the {Bd} defence ministry said, calling the flights a serious provocation.",
    "Intercepts of {Ad} aircraft by {Bd} fighters over {place} rose sharply on {wd}, according to figures released by the {Bd} general staff.",
]
SUB["ultimatum"]["l"] += ["{A} set a deadline of {wdn} for {B} to comply with its demands over {place}, warning of 'consequences'."]
SUB["ceasefire"]["l"] += [
    "A halt to the fighting between {A} and {B} was announced on {wd}, with both sides ordering their troops to cease fire from midnight.",
    "After [days|weeks] of clashes, {A} and {B} reached a truce on {wd}, mediators said, and the front lines near {place} fell quiet.",
    "The announcement of a ceasefire between {A} and {B} on {wd} was greeted with relief in towns near {place}.",
]
SUB["border_open"]["l"] += [
    "The reopening of the border between {A} and {B} on {wd} brought traffic back to {place} for the first time in [weeks|months].",
    "Buses and lorries began crossing at {place} again on {wd} after {A} and {B} agreed to lift the closure.",
]
SUB["talks"]["l"] += [
    "A new chapter in relations between {A} and {B} opened on {wd} with the signing of an agreement in {place}, officials said.",
    "The two delegations shook hands in {place} on {wd} after talks that officials said went better than expected.",
]
SUB["pullback"]["l"] += [
    "The pull-back of forces from {place} began on {wd}, with convoys of {Ad} troops seen moving away from the front.",
    "Troops from {A} left several forward positions near {place} on {wd} under the terms of the new agreement with {B}.",
]
SUB["prisoners"]["l"] += [
    "Freed detainees crossed into {B} on {wd} as part of a swap agreed with {A}, officials said.",
    "The release of {n2} prisoners by {A} and {B} on {wd} was the most concrete sign yet of a thaw between the two.",
]

# Who is {A} in each pair-specific tension line (None: either side).
TROLE = {
    "IND-PAK": ["IND", None, None, None], "CHN-PHL": ["CHN", "CHN", "CHN"], "GRC-TUR": ["GRC", None, None],
    "DZA-MAR": [None, None, None], "ERI-ETH": ["ERI", None, "ETH"], "GUY-VEN": ["GUY", None, "VEN"],
    "KHM-THA": ["THA", None, None], "BLR-POL": ["BLR", "POL", "BLR"], "AFG-PAK": [None, "AFG", None],
    "KOR-PRK": ["PRK", "PRK", "PRK"], "CHN-JPN": ["JPN", "CHN", "JPN"], "CHN-USA": ["CHN", "CHN"],
    "EGY-ETH": ["EGY", "ETH"], "HRV-SRB": [None, None], "CAN-USA": ["CAN", "USA"],
}

# ---------------------------------------------------------------------------
# Scripted episodes (the truth).  subs: (bank, A, slot overrides, weight).
# first: opening sentences of the first report.  b/t: episode-specific
# headlines and sentences (literal names, so they fit either orientation).
# ---------------------------------------------------------------------------
EPISODES = [
    dict(pair="IND-PAK", kind="ESCALATION", start=(8, 4, 40), days=3, n=22,
         note="India strikes camps in Pakistan-administered Kashmir after an attack on pilgrims; shelling across the Line of Control and expulsions of diplomats",
         locs=["New Delhi", "Islamabad", "Srinagar", "Muzaffarabad"], med="",
         subs=[("strikes", "IND", dict(place="Muzaffarabad", place2="Kotli"), 3), ("strikes", "PAK", dict(place="Poonch", place2="Rajouri"), 1),
               ("expel", "IND", {}, 1), ("expel", "PAK", {}, 1)],
         first=["India said early on {wd} that it had struck {n1} militant camps in Pakistan-administered Kashmir, three days after gunmen killed 14 pilgrims near Anantnag.",
                "Indian missiles hit targets around Muzaffarabad before dawn on {wd}, Pakistan's military said, in the first Indian strikes across the Line of Control since last year's conflict."],
         t=["India hits 'terror camps' across Line of Control", "Pakistan vows to avenge Indian missile strikes",
            "Shelling along Line of Control after Indian strikes", "India, Pakistan on brink as strikes and counter-fire spread"],
         b=["Pakistan closed its airspace to Indian airlines and suspended what little trade remained with India.",
            "India said the strikes were 'focused, measured and non-escalatory' and had avoided Pakistani military installations.",
            "Pakistani artillery pounded Indian positions in Poonch and Kupwara, Indian officials said.",
            "Both countries' armies reported casualties in exchanges of fire along the Line of Control.",
            "Islamabad convened a meeting of its National Security Committee.",
            "Washington, Riyadh and Tehran urged both sides to step back from the brink."]),
    dict(pair="DZA-MAR", kind="ESCALATION", start=(9, 6, 20), days=2, n=14,
         note="Algeria says it shot down a Moroccan drone near Bechar; both sides move troops to the border",
         locs=["Algiers", "Rabat", "Oran", "Oujda"], med="",
         subs=[("shootdown", "DZA", dict(place="Bechar", place2="Figuig"), 2), ("mobilise", "DZA", dict(place="Bechar", place2="Tlemcen"), 2),
               ("mobilise", "MAR", dict(place="Figuig", place2="Oujda"), 1)],
         first=["Algeria's defence ministry said on {wd} that its air defences had downed a Moroccan military drone that entered Algerian airspace near Bechar.",
                "Algerian forces shot down what they described as a Moroccan reconnaissance drone near the border town of Bechar overnight, state television reported on {wd}."],
         t=["Algeria downs 'Moroccan drone', moves troops to border", "Morocco reinforces eastern border after drone incident",
            "Algeria-Morocco tension spikes after drone shot down"],
         b=["Morocco did not confirm the loss of a drone but said its armed forces were 'ready to face any threat'.",
            "Algerian state media showed images of what it said was the wreckage.",
            "The land border between the two countries has been closed since 1994, but troops had rarely been moved in such numbers.",
            "Spain and France called on Algiers and Rabat to show restraint."]),
    dict(pair="CHN-PHL", kind="ESCALATION", start=(11, 2, 10), days=3, n=18,
         note="Chinese coast guard rams and water-cannons a Philippine resupply mission at Second Thomas Shoal; Manila expels a Chinese diplomat",
         locs=["Manila", "Beijing", "Puerto Princesa"], med="",
         subs=[("naval", "CHN", dict(place="Second Thomas Shoal", place2="Scarborough Shoal"), 4), ("expel", "PHL", {}, 1)],
         first=["Chinese coast guard ships fired water cannon at a Philippine resupply boat and rammed an escort vessel near Second Thomas Shoal on {wd}, the Philippine military said, injuring {n1} sailors.",
                "A Philippine mission to resupply marines on a grounded warship at Second Thomas Shoal was blocked by Chinese vessels on {wd}, officials in Manila said."],
         t=["China rams Philippine boat at Second Thomas Shoal", "Manila expels Chinese diplomat after shoal clash",
            "Philippines sends navy ships as South China Sea stand-off deepens", "Beijing warns Manila after ramming incident"],
         b=["Manila said one sailor lost a thumb when the boats collided, and the injured were airlifted to Puerto Princesa.",
            "The Philippines ordered a Chinese embassy official to leave the country over what it called 'malign activities'.",
            "Beijing said the Philippine vessels had 'illegally intruded' into Chinese waters and that its coast guard had acted professionally.",
            "The United States said its mutual defence treaty with the Philippines extended to attacks on Philippine coast guard vessels.",
            "Philippine navy ships were sent to the area, and Chinese warships were seen nearby."]),
    dict(pair="KHM-THA", kind="DEESCALATION", start=(13, 3, 30), days=2, n=12,
         note="Thailand and Cambodia reopen border crossings and pull troops back after weeks of tension",
         locs=["Bangkok", "Phnom Penh", "Poipet", "Aranyaprathet"], med="Malaysia",
         subs=[("border_open", "THA", dict(place="Poipet"), 3), ("pullback", "KHM", dict(place="the Preah Vihear area"), 2)],
         first=["Thailand and Cambodia agreed on {wd} to reopen their main border crossings and withdraw troops from disputed areas, after a meeting of their defence ministers in Kuala Lumpur.",
                "Thai and Cambodian officials said on {wd} that crossings closed since last year's clashes would reopen within days."],
         t=["Thailand, Cambodia to reopen border after defence talks", "Poipet crossing reopens; traders celebrate",
            "Thai and Cambodian troops pull back from border temples"],
         b=["Thai and Cambodian defence ministers met in Kuala Lumpur with Malaysian officials in attendance.",
            "The two sides also agreed to clear landmines together along the disputed stretch.",
            "Casino and market workers in Poipet said they had lost months of income.",
            "ASEAN observers will monitor the withdrawal."]),
    dict(pair="RUS-UKR", kind="ESCALATION", start=(15, 1, 30), days=3, n=25,
         note="Russia opens a major new offensive on the Zaporizhzhia front after a record drone and missile barrage",
         locs=["Kyiv", "Zaporizhzhia", "Moscow", "Dnipro"], med="",
         subs=[("offensive", "RUS", dict(place="Zaporizhzhia", place2="Huliaipole"), 1)],
         first=["Russia launched more than {n3} drones and dozens of missiles at Ukraine overnight, Kyiv said on {wd}, before Russian armour attacked along the Zaporizhzhia front in what Ukrainian commanders called a major new offensive.",
                "Ukrainian officials said on {wd} that Russian forces had begun a large-scale offensive in the Zaporizhzhia region after the heaviest air attack of the war."],
         t=["Russia opens major offensive in Zaporizhzhia", "Record Russian barrage precedes push on Zaporizhzhia",
            "Ukraine says it is holding lines as Russian offensive widens", "Zaporizhzhia under heaviest attack of the war"],
         b=["Ukraine's air force said Russia had launched a record number of drones and missiles in a single night.",
            "Russian troops attacked towards Orikhiv and Huliaipole with several mechanised brigades, Ukrainian officials said.",
            "Power was lost in Zaporizhzhia city after strikes on substations.",
            "Ukraine's president called an emergency meeting of military commanders.",
            "Russia's defence ministry said its forces had taken {n1} villages in the region."]),
    dict(pair="GUY-VEN", kind="ESCALATION", start=(17, 13, 0), days=3, n=16,
         note="Venezuela deploys troops near the Essequibo border and gives oil firms an ultimatum; Guyana puts its forces on alert",
         locs=["Georgetown", "Caracas", "Ciudad Guayana"], med="",
         subs=[("mobilise", "VEN", dict(place="the Cuyuni river", place2="Anacoco island"), 3), ("ultimatum", "VEN", dict(place="the Essequibo coast"), 2),
               ("mobilise", "GUY", dict(place="Eteringbang", place2="Lethem"), 1)],
         first=["Venezuela moved troops and armoured vehicles to its border with Guyana on {wd} and ordered foreign oil companies to leave waters off the disputed Essequibo region.",
                "Guyana said on {wd} that Venezuelan soldiers had been deployed along the Cuyuni river, opposite Guyanese territory, in a build-up it called alarming."],
         t=["Venezuela sends troops to Essequibo border", "Caracas gives oil firms ultimatum over Essequibo waters",
            "Guyana puts forces on alert as Venezuela masses troops"],
         b=["Caribbean leaders held an emergency video call on the crisis.",
            "Oil companies operating off Guyana said their work continued normally.",
            "Brazil moved additional troops to its northern border as a precaution.",
            "Guyana asked the UN Security Council to meet on the crisis."]),
    dict(pair="IND-PAK", kind="DEESCALATION", start=(19, 10, 0), days=2, n=12,
         note="India and Pakistan recommit to the Line of Control ceasefire after hotline talks and restore high commission staff",
         locs=["New Delhi", "Islamabad", "Lahore"], med="Saudi and Emirati diplomats",
         subs=[("ceasefire", "IND", dict(place="Poonch"), 3), ("ceasefire", "PAK", dict(place="Kotli"), 1)],
         first=["The military operations chiefs of India and Pakistan agreed in a hotline call on {wd} to strictly observe the ceasefire along the Line of Control, both armies said in a rare joint statement.",
                "India and Pakistan said on {wd} they would recommit to their 2021 ceasefire understanding on the Line of Control, easing weeks of tension."],
         t=["India, Pakistan recommit to Line of Control ceasefire", "Hotline call eases India-Pakistan tension",
            "India and Pakistan to restore high commission staff", "Calm returns to Kashmir border villages"],
         b=["The two countries also agreed to restore the staff of their high commissions to previous levels.",
            "Flights between the two countries' airspace were allowed again from midnight.",
            "Villagers along the Line of Control began repairing homes damaged by shelling.",
            "The Kartarpur corridor for Sikh pilgrims will reopen next week, officials said."]),
    dict(pair="GRC-TUR", kind="ESCALATION", start=(21, 8, 15), days=3, n=17,
         note="Turkish survey ship escorted by warships off Kastellorizo; airspace violations and a naval stand-off in the Aegean",
         locs=["Athens", "Ankara", "Rhodes", "Istanbul"], med="", exclude=("water cannon", "supply boat", "ramm", "Fishermen"),
         subs=[("naval", "TUR", dict(place="Kastellorizo", place2="Rhodes"), 3), ("airspace", "TUR", dict(place="the eastern Aegean"), 2)],
         first=["A Turkish survey ship escorted by {n1} warships began work south of the Greek island of Kastellorizo on {wd}, prompting Greece to put its navy on alert.",
                "Greece said on {wd} that a Turkish research vessel and naval escort had entered waters it claims as its continental shelf near Kastellorizo."],
         t=["Turkish survey ship and warships off Kastellorizo spark alarm", "Greek and Turkish warships face off in eastern Mediterranean",
            "Athens calls emergency security council over Turkish ship"],
         b=["Greek warships shadowed the Turkish flotilla, keeping a few nautical miles away.",
            "Ankara said the ship was operating on Turkey's continental shelf and would not be deterred.",
            "The Greek prime minister chaired an emergency meeting of the government's security council.",
            "NATO called on the two allies to resolve the dispute through dialogue.",
            "The European Union said it stood in solidarity with Greece."]),
    dict(pair="ARM-AZE", kind="DEESCALATION", start=(22, 9, 0), days=3, n=18,
         note="Armenia and Azerbaijan sign the peace treaty, agree to pull troops back from the border and release detainees",
         locs=["Yerevan", "Baku", "Abu Dhabi"], med="the United Arab Emirates", exclude=("ambassador", "restore dialogue"),
         subs=[("talks", "ARM", dict(place="Abu Dhabi"), 3), ("pullback", "AZE", dict(place="Tavush and Gazakh"), 2),
               ("prisoners", "AZE", dict(place="the border near Gazakh"), 1)],
         first=["The leaders of Armenia and Azerbaijan signed their long-awaited peace treaty in Abu Dhabi on {wd}, pledging to respect each other's borders after more than three decades of conflict.",
                "Armenia and Azerbaijan agreed on {wd} to sign a peace treaty and withdraw troops from the border, officials in Yerevan and Baku said."],
         t=["Armenia and Azerbaijan sign peace treaty", "Baku frees Armenian detainees after treaty",
            "Troops pull back from Armenia-Azerbaijan border", "Peace at last? Caucasus rivals sign deal"],
         b=["The treaty commits both countries to renounce territorial claims against each other.",
            "Azerbaijan released {n1} Armenian detainees as a goodwill gesture.",
            "The two sides agreed to pull troops back from contact points on the border.",
            "Russia, the European Union and the United States welcomed the signing."]),
    dict(pair="BLR-POL", kind="DEESCALATION", start=(24, 7, 30), days=2, n=13,
         note="Poland reopens border crossings with Belarus and the two swap prisoners",
         locs=["Warsaw", "Minsk", "Terespol", "Brest"], med="the United States",
         subs=[("border_open", "POL", dict(place="Terespol"), 3), ("prisoners", "BLR", dict(place="the Terespol-Brest crossing"), 2)],
         first=["Poland said on {wd} it would reopen its border crossings with Belarus after Minsk freed a jailed Polish journalist as part of a prisoner exchange.",
                "Polish border guards began letting traffic through the Terespol crossing on {wd}, the first step in reopening the border with Belarus."],
         t=["Poland reopens Belarus border after prisoner swap", "Belarus frees Polish journalist in exchange",
            "Trucks queue as Poland-Belarus border reopens"],
         b=["The exchange was brokered with the help of US diplomats.",
            "Freight trains between China and Europe that pass through Belarus and Poland resumed normal schedules.",
            "Polish officials said the reopening could be reversed if migrant pressure on the border resumed."]),
    dict(pair="ERI-ETH", kind="ESCALATION", start=(25, 7, 0), days=4, n=24,
         note="Ethiopia and Eritrea mass troops near Bure and Zalambessa; artillery exchanges across the border",
         locs=["Addis Ababa", "Asmara", "Mekelle", "Nairobi"], med="",
         subs=[("mobilise", "ETH", dict(place="Bure", place2="Assab"), 3), ("mobilise", "ERI", dict(place="Zalambessa", place2="Senafe"), 2),
               ("strikes", "ERI", dict(place="Zalambessa", place2="Adigrat"), 1)],
         first=["Ethiopia moved large numbers of troops and heavy weapons towards its border with Eritrea near Bure on {wd}, diplomats and residents said, as Asmara called up reservists.",
                "Eritrea ordered a general mobilisation on {wd}, accusing Ethiopia of preparing to seize the port of Assab."],
         t=["Ethiopia and Eritrea mass troops on border", "Fears of new Horn of Africa war as Asmara mobilises",
            "Artillery fire reported near Zalambessa", "African Union calls emergency meeting on Ethiopia-Eritrea crisis"],
         b=["Eritrea called up men and women up to the age of 60, according to residents of Asmara.",
            "Ethiopia's government said its troop movements were defensive.",
            "Artillery fire was reported near Zalambessa for the first time since the 2018 peace deal.",
            "The African Union and the UN urged Addis Ababa and Asmara to step back."]),
    dict(pair="COD-RWA", kind="DEESCALATION", start=(26, 6, 0), days=3, n=18,
         note="Congo and Rwanda agree a ceasefire in the east in Doha; pull-back of forces from the front line around Masisi",
         locs=["Doha", "Kinshasa", "Kigali", "Goma"], med="Qatar",
         subs=[("ceasefire", "COD", dict(place="Masisi"), 3), ("pullback", "RWA", dict(place="Masisi"), 2)],
         first=["Congo and Rwanda agreed on {wd} to an immediate ceasefire in eastern Congo, with the M23 rebels also signing up, after talks mediated by Qatar in Doha.",
                "Negotiators for Kinshasa, Kigali and the M23 signed a ceasefire in Doha on {wd}, mediators said."],
         t=["Congo, Rwanda and M23 sign ceasefire in Doha", "Guns fall silent in North Kivu", "Rwanda to pull forces back under Doha deal"],
         b=["The deal provides for a phased withdrawal of Rwandan forces and the return of displaced people.",
            "Aid agencies said they hoped to reach hundreds of thousands of people cut off by fighting.",
            "The ceasefire will be monitored by a team including Qatari, US and African Union officials."]),
    dict(pair="AFG-PAK", kind="DEESCALATION", start=(28, 5, 0), days=2, n=14,
         note="Pakistan and Afghanistan reopen Torkham and Chaman and agree a truce after border clashes, mediated by Qatar and Turkey",
         locs=["Islamabad", "Kabul", "Peshawar", "Doha"], med="Qatar and Turkey",
         subs=[("border_open", "PAK", dict(place="Torkham"), 3), ("ceasefire", "AFG", dict(place="Chaman"), 2)],
         first=["Pakistan and Afghanistan agreed on {wd} to reopen the Torkham and Chaman crossings and observe a truce along their border, after talks in Doha mediated by Qatar and Turkey.",
                "The Torkham border crossing between Pakistan and Afghanistan will reopen, officials from both sides said on {wd}, after weeks of closure and sporadic clashes."],
         t=["Pakistan, Afghanistan reopen Torkham crossing", "Afghanistan and Pakistan agree truce in Doha", "Trade resumes at Chaman after months"],
         b=["Thousands of trucks loaded with fruit and coal had been stranded on both sides.",
            "The two sides agreed to set up a joint mechanism to handle border incidents.",
            "Refugees returning from Pakistan also crossed at Torkham."]),
]

# ---------------------------------------------------------------------------
# Mixes.
# ---------------------------------------------------------------------------
W_DEFAULT = dict(consult=6, visit=6, call=5, talks=5, embassy=4, congrats=2, coop=5, culture=5, edu=4, fair=8, invest=6,
                 tariff=4, sport=9, bizfig=6, anniv=3, weather=3, aid=2, travel=4, energy=3)
W_PAIR = {
    "IND-PAK": dict(consult=1, call=1, sport=9, bizfig=3, anniv=4, weather=3, aid=1, tariff=1, travel=1),
    "DZA-MAR": dict(sport=8, bizfig=5, anniv=5, weather=4, aid=1),
    "ERI-ETH": dict(consult=3, call=2, sport=6, anniv=4, weather=3, aid=2, travel=1, fair=1),
    "GUY-VEN": dict(consult=3, call=3, talks=2, sport=5, anniv=4, weather=3, bizfig=3, fair=1, aid=2),
    "BLR-POL": dict(consult=1, tariff=2, sport=6, bizfig=4, anniv=4, weather=3, culture=2),
    "AFG-PAK": dict(consult=3, call=3, talks=4, sport=6, aid=3, anniv=3, weather=2, tariff=3, fair=2),
    "KOR-PRK": {"rt_KOR-PRK": 6, "anniv": 4, "weather": 2},
    "GEO-RUS": {"rt_GEO-RUS": 6, "travel": 2, "anniv": 3, "weather": 1},
    "ARM-AZE": {"rt_ARM-AZE": 6, "consult": 2, "call": 2, "talks": 3, "sport": 2, "anniv": 3, "weather": 1},
    "COD-RWA": {"cdiplo_COD-RWA": 4, "aid": 2, "anniv": 1},
    "RUS-UKR": {"warbg_RUS-UKR": 1},
    "EGY-ETH": dict(consult=3, call=3, talks=4, sport=3, fair=2, invest=2, anniv=3, weather=2, culture=2),
}
_khm = dict(W_DEFAULT)
del _khm["travel"], _khm["energy"]
W_PAIR["KHM-THA"] = _khm
HOURS = [1, 1, 1, 2, 3, 5, 7, 9, 10, 10, 10, 9, 9, 9, 9, 9, 8, 8, 7, 6, 5, 4, 3, 2]
TABLOID_CATS = {"sport", "bizfig", "weather", "tension", "aid"}


def day_dt(d):
    return START + timedelta(days=d - 1)


def rand_time(rng, d, after=None):
    base = day_dt(d)
    while True:
        t = base + timedelta(hours=rng.choices(range(24), HOURS)[0], minutes=rng.randrange(60))
        if after is None or t > after:
            return t
        if after.date() != base.date() or after.hour >= 23:
            return after + timedelta(minutes=rng.randint(7, 40))


def outlet_for(rng, pair, cat):
    reg = PAIRS[pair]["reg"]
    cands, ws = [], []
    for o in OUTLETS:
        if o[3] != "*" and o[3] not in reg:
            continue
        w = {"wire": 2.0, "broadsheet": 1.4, "tabloid": 0.5, "regional": 1.0}[o[2]]
        if o[3] != "*":
            w = 3.0
        if o[2] == "tabloid" and cat in TABLOID_CATS:
            w *= 3
        cands.append(o)
        ws.append(w)
    return rng.choices(cands, ws)[0]


def set_loc(rng, slots, rule, a, b):
    if rule == "A":
        slots["loc"] = pick(rng, [C[a]["cap"]] * 4 + [slots["Acity"]])
    elif rule == "B":
        slots["loc"] = pick(rng, [C[b]["cap"]] * 4 + [slots["Bcity"]])
    elif rule == "Bcap":
        slots["loc"] = C[b]["cap"]
    elif rule == "war":
        slots["loc"] = pick(rng, ["Kyiv", "Kyiv", "Moscow", slots["uc"]])
    elif rule == "warc":
        slots["loc"] = pick(rng, ["Goma", "Kinshasa", "Kigali", "Goma"])
    elif rule == "arm":
        slots["loc"] = pick(rng, ["Yerevan", "Baku"])
    elif rule == "geo":
        slots["loc"] = "Tbilisi"
    elif rule == "kor":
        slots["loc"] = "Seoul"


BALL = {"football", "hockey", "handball", "water polo", "ice hockey", "roller hockey"}
EU = {"DEU", "FRA", "ESP", "PRT", "IRL", "ITA", "GRC", "HRV", "POL"}


def sport_bank(rng, pair):
    sp = pick(rng, PAIRS[pair]["sport"])
    if sp == "cricket":
        return "cricket", sp
    return ("sport" if sp in BALL else "sport2"), sp


def make_article(rng, pair, cat, ts, a=None, extra=None):
    x, y = pair.split("-")
    if a is None:
        a = x if rng.random() < 0.5 else y
    b = y if a == x else x
    slots = make_slots(rng, a, b, pair, ts)
    slots.update(war_slots(rng))
    slots.update(frozen_slots(rng))
    if cat == "sport":
        cat, slots["sport"] = sport_bank(rng, pair)
    if cat == "talks" and (set(pair.split("-")) <= EU or pair == "GBR-IRL"):
        cat = "talks_eu"
    bank = BANK[cat]
    set_loc(rng, slots, bank.get("loc", "any"), a, b)
    outlet = outlet_for(rng, pair, cat)
    kw = dict(p_hist=bank.get("p_hist", 0.3))
    if extra:
        kw.update(extra)
    title, text = compose(rng, bank, slots, outlet, ts, **kw)
    return dict(ts=ts, outlet=outlet, title=title, text=text, pair=pair, cat=cat, ep=None, slug=rng.randrange(10000, 99999))


# Dated lead-up stories (the attack that precedes the India-Pakistan strikes).
DATED = {
    ("IND-PAK", 5): ["Gunmen opened fire on a bus carrying pilgrims near Anantnag in Indian-administered Kashmir on {wd}, killing 14 people, and Indian officials said the attackers had links to a group based in Pakistan.",
                     "India blamed a Pakistan-based militant group on {wd} for the killing of 14 pilgrims near Anantnag, while Islamabad condemned the attack and denied any involvement."],
    ("IND-PAK", 6): ["India's cabinet committee on security met on {wd} to weigh its response to the Anantnag attack, as officials in New Delhi again pointed the finger at Pakistan.",
                     "Pakistan's Foreign Office said on {wd} that it rejected 'baseless insinuations' by India over the Anantnag attack and offered to take part in a neutral investigation."],
    ("IND-PAK", 7): ["Pakistan warned on {wd} that it would respond to any Indian 'misadventure' after the Anantnag attack, as Indian television channels called for retaliation.",
                     "Security was stepped up along the Line of Control on {wd} after India vowed to punish those behind the killing of 14 pilgrims near Anantnag."],
}


DATED_T = ["Gunmen kill 14 pilgrims in Kashmir; India points at Pakistan", "Pakistan denies role in Anantnag attack",
           "India weighs response to Kashmir pilgrim killings", "Anantnag attack: Islamabad rejects New Delhi's 'insinuations'",
           "Pressure mounts on New Delhi to retaliate for pilgrim massacre"]


def tension_article(rng, pair, ts):
    if (pair, ts.day) in DATED:
        return make_article(rng, pair, "tension", ts, a="IND", extra=dict(first=DATED[(pair, ts.day)], p_hist=0.6, titles=DATED_T))
    lines = PAIRS[pair]["tension"]
    roles = TROLE[pair]
    i = rng.randrange(len(lines))
    x, y = pair.split("-")
    a = roles[i] or (x if rng.random() < 0.5 else y)
    compat = [l for j, l in enumerate(lines) if j != i and roles[j] in (None, a)]
    first = [lines[i]] if rng.random() < 0.75 else None
    return make_article(rng, pair, "tension", ts, a=a, extra=dict(first=first, extra_bodies=compat))


def routine(rng):
    arts = []
    truce_day = [e for e in EPISODES if e["pair"] == "COD-RWA"][0]["start"][0]
    for d in range(1, DAYS + 1):
        for pair in sorted(PAIRS):
            p = PAIRS[pair]
            w = dict(W_PAIR.get(pair, W_DEFAULT))
            if EU & set(pair.split("-")):
                w.pop("tariff", None)
            cats, ws = list(w), list(w.values())
            plan = []
            if pair == "RUS-UKR":
                plan = ["war_RUS-UKR"] * rng.randint(3, 4) + (["warbg_RUS-UKR"] if rng.random() < 0.5 else [])
            elif pair == "COD-RWA":
                if d < truce_day:
                    plan = ["war_COD-RWA"] * rng.randint(2, 3)
                elif d < truce_day + 3:
                    plan = ["war_COD-RWA"] if d == truce_day else ["truce_COD-RWA"]
                else:
                    plan = ["truce_COD-RWA"] * rng.randint(1, 2)
                plan += rng.choices(cats, ws, k=rng.randint(0, 2))
            elif pair in ("ARM-AZE", "GEO-RUS", "KOR-PRK"):
                plan = rng.choices(cats, ws, k=rng.randint(2, 3))
            else:
                k = rng.choices([2, 3, 4, 5], [30, 36, 24, 10])[0]
                plan = rng.choices(cats, ws, k=k)
            if d in p["idays"]:
                plan.append("inc_" + pair if ("inc_" + pair) in BANK else "tension")
            if d in p["tdays"]:
                if len(plan) > 2:
                    plan.pop()
                plan += ["tension"] * rng.choices([1, 2], [70, 30])[0]
            while len(plan) < 2:
                plan.append(rng.choices(cats, ws)[0])
            plan = plan[:6]
            for cat in plan:
                ts = rand_time(rng, d)
                if cat == "tension":
                    arts.append(tension_article(rng, pair, ts))
                else:
                    arts.append(make_article(rng, pair, cat, ts))
    return arts


def episode_articles(rng, ei, ep):
    d0, h0, m0 = ep["start"]
    t0 = day_dt(d0) + timedelta(hours=h0, minutes=m0)
    dw = [1.0, 2.2, 1.6, 1.0][:ep["days"]]
    times = [t0]
    for _ in range(ep["n"] - 1):
        k = rng.choices(range(ep["days"]), dw)[0]
        times.append(rand_time(rng, d0 + k, after=t0 + timedelta(minutes=25) if k == 0 else None))
    times.sort()
    x, y = ep["pair"].split("-")
    elig = [o for o in OUTLETS if o[3] == "*" or o[3] in PAIRS[ep["pair"]]["reg"]]
    wires = [o for o in elig if o[2] == "wire"]
    pool = [pick(rng, wires)] + rng.sample(elig, min(len(elig), max(4, ep["n"] // 3)))
    seen = []
    for o in pool:
        if o not in seen:
            seen.append(o)
    pool = seen
    subs = ep["subs"]
    fixed = dict(n1=pick(rng, ["two", "three", "four", "five", "six", "seven", "eight", "nine"]),
                 n2=str(rng.randint(11, 95)), n3=str(rng.randint(120, 950)))
    arts = []
    for i, ts in enumerate(times):
        sname, a, ov, _w = subs[0] if i == 0 else rng.choices(subs, [s[3] for s in subs])[0]
        b = y if a == x else x
        slots = make_slots(rng, a, b, ep["pair"], ts)
        slots.update(war_slots(rng))
        slots.update(fixed)
        slots.update(dict(place="the border", place2="the border area", med=ep["med"] or "regional diplomats"))
        slots.update(ov)
        slots["place2"] = ov.get("place2", slots["place"] if "place" in ov else slots["place2"])
        slots["loc"] = pick(rng, ep["locs"])
        outlet = pool[i] if i < len(pool) else pick(rng, pool)
        sb = SUB[sname]
        bank = dict(t=ep["t"] + sb["t"], l=sb["l"], b=sb["b"], q=sb["q"])
        first = ep["first"] if i == 0 or rng.random() < 0.12 else None
        title, text = compose(rng, bank, slots, outlet, ts, p_hist=0.35, first=first, extra_bodies=ep["b"],
                              drop=ep.get("exclude", ()))
        arts.append(dict(ts=ts, outlet=outlet, title=title, text=text, pair=ep["pair"], cat=sname, ep=ei,
                         slug=rng.randrange(10000, 99999)))
    return arts


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return "-".join(s.split("-")[:9])


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def generate():
    assert all(p == "-".join(sorted(p.split("-"))) for p in PAIRS), "pair codes must be sorted"
    rng = random.Random(SEED)
    arts = routine(rng)
    truth = []
    for ei, ep in enumerate(EPISODES):
        ea = episode_articles(rng, ei, ep)
        arts += ea
        truth.append(dict(pair=ep["pair"], kind=ep["kind"], start=iso(ea[0]["ts"]), end=iso(max(a["ts"] for a in ea)),
                          note=ep["note"]))
    arts.sort(key=lambda a: (a["ts"], a["outlet"][0], a["title"], a["text"]))
    lines = []
    for i, a in enumerate(arts, 1):
        a["id"] = "rf-%06d" % i
        rec = dict(id=a["id"], url="https://%s/%s-%d" % (a["outlet"][1], slugify(a["title"]), a["slug"]),
                   source=a["outlet"][0], published=iso(a["ts"]), title=a["title"], text=a["text"], language="en")
        lines.append(json.dumps(rec, ensure_ascii=False))
    feed = "\n".join(lines) + "\n"
    truth_s = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth)
    return arts, truth, feed, truth_s


def mentions(text, code):
    c = C[code]
    keys = {c["name"].replace("the ", ""), c["dem"], c["cap"]}
    if code == "USA":
        keys |= {"United States", "American", "Washington"}
    return any(k in text for k in keys)


def validate(arts, truth, feed_s, truth_s):
    errs = []
    recs = [json.loads(l) for l in feed_s.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    pubs = [r["published"] for r in recs]
    if pubs != sorted(pubs):
        errs.append("feed not sorted by published")
    for r in recs:
        if set(r) != {"id", "url", "source", "published", "title", "text", "language"}:
            errs.append("bad keys in %s" % r["id"])
        if not ("2026-09-01" <= r["published"][:10] <= "2026-09-30"):
            errs.append("out of range %s" % r["id"])
    if not 3500 <= len(recs) <= 5000:
        errs.append("article count %d outside 3500-5000" % len(recs))
    if len(feed_s.encode()) >= 8 * 1024 * 1024:
        errs.append("feed larger than 8 MB")
    if len(PAIRS) < 40:
        errs.append("fewer than 40 pairs")
    if len({r["source"] for r in recs}) < 25:
        errs.append("fewer than 25 outlets")
    kinds = [t["kind"] for t in truth]
    if len(truth) < 12 or kinds.count("ESCALATION") < 5 or kinds.count("DEESCALATION") < 5:
        errs.append("not enough episodes")
    for ei, t in enumerate(json.loads(l) for l in truth_s.splitlines()):
        x, y = t["pair"].split("-")
        if t["pair"] != "-".join(sorted((x, y))):
            errs.append("unsorted pair %s" % t["pair"])
        both = [r for r in recs if mentions(r["title"] + " " + r["text"], x) and mentions(r["title"] + " " + r["text"], y)]
        if not both:
            errs.append("truth pair %s never appears in the feed" % t["pair"])
        ea = [a for a in arts if a["ep"] == ei]
        if len({a["outlet"][0] for a in ea}) < 3:
            errs.append("episode %d has fewer than 3 sources" % ei)
        if not 6 <= len(ea) <= 25:
            errs.append("episode %d has %d articles" % (ei, len(ea)))
        inwin = [r for r in both if t["start"] <= r["published"] <= t["end"]]
        if len({r["source"] for r in inwin}) < 3:
            errs.append("episode %d: fewer than 3 sources in window" % ei)
    return errs


def readme(arts, truth):
    per_pair = {}
    for a in arts:
        if a["ep"] is None:
            per_pair[a["pair"]] = per_pair.get(a["pair"], 0) + 1
    cats = {}
    for a in arts:
        if a["ep"] is None:
            cats[a["cat"]] = cats.get(a["cat"], 0) + 1
    sources = sorted({a["outlet"] for a in arts})
    L = []
    L.append("# Realistic benchmark feed for Brink (September 2026)\n")
    L.append("Generated by `scripts/realistic_feed.py` (Python 3, standard library only, seed %d). "
             "Re-running it rewrites the files below byte for byte; `python3 scripts/realistic_feed.py --check` "
             "regenerates everything in memory, compares it with the committed files and exits 1 on any difference "
             "(it also validates the feed: JSON on every line, unique ids, sorted by time, every truth pair present, "
             ">= 3 sources per episode). Do not edit the outputs by hand: change the script and re-run it.\n" % SEED)
    L.append("- Feed: `src/test/resources/io/brink/bench/realistic-feed.jsonl` (JSON Lines, UTF-8, sorted by `published`; "
             "fields `id`, `url`, `source`, `published`, `title`, `text`, `language`).")
    L.append("- Truth: `src/test/resources/io/brink/bench/realistic-episodes.jsonl` (one episode a line: `pair`, `kind`, `start`, `end`, `note`).\n")
    L.append("## Purpose and provenance\n")
    L.append("The feed measures Brink's alert precision on an ordinary news month: most of it is routine coverage that "
             "should raise no alert, with 13 scripted episodes that should. All text was written for Brink for this "
             "benchmark, blind (without looking at Brink's lexicon, gazetteer, code or tests), so that it tests language Brink "
             "was not tuned on. It contains no third-party text. Countries, capitals, demonyms, institutions and historical "
             "background are real; every event in September 2026, every quote, company and outlet is invented. Leaders "
             "are referred to by title only.\n")
    n_ep = sum(1 for a in arts if a["ep"] is not None)
    L.append("## Totals\n")
    L.append("- %d articles, %s to %s." % (len(arts), iso(arts[0]["ts"]), iso(arts[-1]["ts"])))
    L.append("- %d country pairs (ISO 3166-1 alpha-3, sorted, joined with `-`)." % len(PAIRS))
    L.append("- %d outlets (invented names and domains; wire, broadsheet, tabloid and regional styles)." % len(sources))
    L.append("- %d routine articles, %d episode articles in %d episodes (%d ESCALATION, %d DEESCALATION).\n" % (
        len(arts) - n_ep, n_ep, len(truth), sum(t["kind"] == "ESCALATION" for t in truth), sum(t["kind"] == "DEESCALATION" for t in truth)))
    L.append("## Pairs\n")
    L.append("| pair | kind | routine articles | notes |")
    L.append("|---|---|---|---|")
    notes = {"war": "steady ongoing war, reported every day (not an episode)",
             "frozen": "frozen conflict: small incidents about weekly, routine for the pair",
             "tense": "calm overall with some tense days (protests, rhetoric, small incidents)", "normal": "routine"}
    special = {"COD-RWA": "steady war (daily fighting reports) until the Doha ceasefire episode; afterwards reports that the truce is holding",
               "RUS-UKR": "steady ongoing war: 3-4 war reports a day (interceptions, shelling, front-line fighting, drone strikes both ways) plus background; one offensive episode",
               "ARM-AZE": "frozen conflict: border shootings about weekly, more often before the treaty episode, none after",
               "GEO-RUS": "frozen conflict: detentions and 'borderisation' at the South Ossetia line about weekly; no diplomatic relations, so no embassy or visit stories"}
    for p in sorted(PAIRS):
        note = special.get(p, notes[PAIRS[p]["kind"]])
        if PAIRS[p]["tdays"]:
            note += "; tense days (Sept.): " + ", ".join(str(d) for d in sorted(PAIRS[p]["tdays"]))
        if PAIRS[p]["idays"]:
            note += "; incident days: " + ", ".join(str(d) for d in sorted(PAIRS[p]["idays"]))
        L.append("| %s | %s | %d | %s |" % (p, PAIRS[p]["kind"], per_pair.get(p, 0), note))
    L.append("")
    L.append("Routine mixes per pair are weighted draws from story banks (see `W_DEFAULT` and `W_PAIR`): "
             "diplomacy (consultations, visits, phone calls, rounds of talks, embassy events, congratulations, cooperation "
             "programmes, cultural weeks), trade and investment (fairs, investors, tariffs discussed in general), "
             "education, sport and business stories with figurative conflict words (attack, blitz, battle, clash, "
             "shoot-out, price war, trade war, strike), weather, disasters with foreign aid, travel, energy, and "
             "historical recaps inserted as background sentences. Pairs without diplomatic relations or at war get "
             "restricted mixes (for example no embassy receptions between Algeria and Morocco, war reports plus "
             "background analysis for Russia-Ukraine).\n")
    L.append("Routine articles by story type: " + ", ".join("%s %d" % (k, cats[k]) for k in sorted(cats)) + ".\n")
    L.append("## Episodes (truth)\n")
    L.append("`start` is the first article of the burst, `end` the last.\n")
    L.append("| pair | kind | start | end | articles | sources | note |")
    L.append("|---|---|---|---|---|---|---|")
    for ei, t in enumerate(truth):
        ea = [a for a in arts if a["ep"] == ei]
        L.append("| %s | %s | %s | %s | %d | %d | %s |" % (t["pair"], t["kind"], t["start"], t["end"], len(ea),
                                                         len({a["outlet"][0] for a in ea}), t["note"]))
    L.append("")
    L.append("Between episodes the episode pairs keep their routine coverage. De-escalations follow tension: "
             "India-Pakistan after the strikes of 8-10 September and tense days after them; Armenia-Azerbaijan after a run of "
             "border shootings; Thailand-Cambodia, Poland-Belarus and Afghanistan-Pakistan after tense days and small "
             "incidents; Congo-Rwanda after a month of daily fighting (after the Doha ceasefire the daily war reports give "
             "way to reports that the truce is holding). Russia-Ukraine keeps its steady war coverage before and after "
             "the offensive episode.\n")
    L.append("## Outlets\n")
    L.append("| outlet | domain | style | region |")
    L.append("|---|---|---|---|")
    for o in sorted(OUTLETS):
        if o in sources:
            L.append("| %s | %s | %s | %s |" % (o[0], o[1], o[2], "global" if o[3] == "*" else o[3]))
    L.append("")
    L.append("## Regenerate and check\n")
    L.append("```\npython3 scripts/realistic_feed.py          # write the three files\n"
             "python3 scripts/realistic_feed.py --check  # verify them byte for byte (exit 1 on difference)\n```\n")
    return "\n".join(L)


README = os.path.join(ROOT, "scripts", "README-realistic-feed.md")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare with the committed files")
    args = ap.parse_args()
    arts, truth, feed_s, truth_s = generate()
    readme_s = readme(arts, truth)
    errs = validate(arts, truth, feed_s, truth_s)
    outs = [(FEED, feed_s), (TRUTH, truth_s), (README, readme_s)]
    if args.check:
        for path, s in outs:
            try:
                with open(path, "rb") as f:
                    cur = f.read()
            except OSError:
                cur = None
            if cur != s.encode("utf-8"):
                errs.append("%s differs from the generator output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        for path, s in outs:
            with open(path, "wb") as f:
                f.write(s.encode("utf-8"))
    for e in errs:
        print("error:", e, file=sys.stderr)
    print("%d articles, %d pairs, %d outlets, %d episodes%s" % (
        len(arts), len(PAIRS), len({a["outlet"][0] for a in arts}), len(truth), "" if errs else ", ok"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
