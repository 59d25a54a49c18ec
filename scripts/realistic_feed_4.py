#!/usr/bin/env python3
"""Generate realistic-feed-4.jsonl and realistic-episodes-4.jsonl (Brink bench data).

Written blind: every outlet, person, quote, firm and event below is invented;
countries, capitals and places are real. Standard library only, fixed seed.
Usage (from the repository root):  python3 scripts/realistic_feed_4.py [--check]
"""
import json, os, random, re, sys, unicodedata, urllib.parse
from datetime import datetime, timedelta, timezone

SEED = 20261207
T0 = datetime(2026, 11, 9, tzinfo=timezone.utc)
T1 = T0 + timedelta(days=14)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, 'src', 'test', 'resources', 'io', 'brink', 'bench')
FEED = os.path.join(BENCH, 'realistic-feed-4.jsonl')
EPIS = os.path.join(BENCH, 'realistic-episodes-4.jsonl')

# key: (name, domain, language, style)
OUTLETS = {
 'meridian': ('Meridian Wire', 'meridianwire.com', 'en', 'wire'),
 'orbis': ('Orbis Press Service', 'orbispress.net', 'en', 'brief'),
 'ledger': ('The Ledger Financial', 'ledgerfinancial.com', 'en', 'business'),
 'clarion': ('Daily Clarion', 'dailyclarion.co.uk', 'en', 'tabloid'),
 'caspian': ('The Caspian Courier', 'caspiancourier.com', 'en', 'regional'),
 'lakes': ('Great Lakes Observer', 'greatlakesobserver.com', 'en', 'regional'),
 'pacific': ('Pacific Islands Herald', 'pacificislandsherald.com', 'en', 'regional'),
 'carib': ('Caribbean Tribune', 'caribtribune.com', 'en', 'regional'),
 'live': ('Frontline Live', 'frontlinelive.news', 'en', 'live'),
 'review': ('The Strategic Review', 'strategicreview.org', 'en', 'analysis'),
 'release': ('NewsRelease Hub', 'newsreleasehub.com', 'en', 'release'),
 'steppe': ('SteppeInform', 'steppeinform.kz', 'en', 'state'),
 'horn': ('Horn & Lakes News Agency', 'hornlakesagency.org', 'en', 'state'),
 'heraldo': ('El Heraldo Continental', 'heraldocontinental.com', 'es', 'foreign'),
 'courrier': ('Le Courrier du Sahel', 'courrierdusahel.fr', 'fr', 'foreign'),
 'rundschau': ('Rundschau Mitteleuropa', 'rundschau-mitteleuropa.de', 'de', 'foreign'),
 'jornal': ('Jornal do Atlântico', 'jornaldoatlantico.pt', 'pt', 'foreign'),
 'vestnik': ('Евразийский вестник', 'evrazvestnik.ru', 'ru', 'foreign'),
 'raed': ('الرائد العربي', 'alraed-news.com', 'ar', 'foreign'),
 'dongfang': ('东方观察报', 'dongfangguancha.cn', 'zh', 'foreign'),
}
REGIONAL = {'caspian': 'KGZ TJK KAZ UZB CHN GEO RUS MDA', 'lakes': 'COD RWA BDI ERI ETH EGY SDN TCD',
            'pacific': 'FJI NZL IDN MYS JPN VNM IND NPL', 'carib': 'TTO VEN GUY BLZ GTM'}
STATE = {'steppe': 'KGZ TJK KAZ UZB CHN', 'horn': 'COD RWA BDI ERI ETH SDN TCD'}

# code|name|adjective|capital|places|leader title|firms|name pool
_C = """COD|DR Congo|Congolese|Kinshasa|Goma,Lubumbashi,Bukavu|President|Kivu Cobalt Holdings,Fleuve Telecom|glk
RWA|Rwanda|Rwandan|Kigali|Rubavu,Musanze,Huye|President|Akagera Logistics,Mille Collines Bank|glk
BDI|Burundi|Burundian|Gitega|Bujumbura,Cibitoke,Ngozi|President|Tanganyika Coffee Co,Ruzizi Transport|glk
ERI|Eritrea|Eritrean|Asmara|Massawa,Keren,Senafe|President|Dahlak Shipping,Red Sea Salt Works|horn
ETH|Ethiopia|Ethiopian|Addis Ababa|Mekelle,Bahir Dar,Dire Dawa|Prime Minister|Abay Coffee Exporters,Entoto Cement|horn
EGY|Egypt|Egyptian|Cairo|Aswan,Alexandria,Port Said|President|Delta Textile Group,Sinai Cement|arab
SDN|Sudan|Sudanese|Port Sudan|El Geneina,Kassala,Omdurman|Sovereignty Council chairman|Nile Gum Arabic Co,Kordofan Livestock Traders|arab
TCD|Chad|Chadian|N'Djamena|Abéché,Adré,Tiné|President|Sahel Cotton Company,Chari Transport|sahel
MLI|Mali|Malian|Bamako|Gao,Kidal,Sikasso|transitional President|Mandé Gold Trading,Sikasso Cotton Board|sahel
SEN|Senegal|Senegalese|Dakar|Saint-Louis,Thiès,Ziguinchor|President|Teranga Fisheries,Cap-Vert Telecom|sahel
DZA|Algeria|Algerian|Algiers|Oran,Tamanrasset,Constantine|President|Tassili Gas Services,Hoggar Cement|magh
MAR|Morocco|Moroccan|Rabat|Casablanca,Oujda,Tangier|King|Atlas Phosphate Trading,Souss Agro|magh
FRA|France|French|Paris|Marseille,Lyon,Bordeaux|President|Rhône Ingénierie,Garonne Aéro|fra
GEO|Georgia|Georgian|Tbilisi|Batumi,Kutaisi,Gori|Prime Minister|Kartli Wine Group,Mtkvari Energy|cau
RUS|Russia|Russian|Moscow|St Petersburg,Rostov-on-Don,Vladikavkaz|President|Volga Rail Systems,Sever Fertilizer|slav
MDA|Moldova|Moldovan|Chisinau|Balti,Comrat,Ungheni|President|Codru Wines,Prut Grid Services|rom
BLR|Belarus|Belarusian|Minsk|Grodno,Brest,Vitebsk|President|Neman Potash Logistics,Polesie Dairy|slav
LTU|Lithuania|Lithuanian|Vilnius|Klaipeda,Kaunas,Medininkai|President|Baltic Amber Freight,Neris Energy|balt
DEU|Germany|German|Berlin|Frankfurt an der Oder,Hamburg,Dresden|Chancellor|Oderland Maschinenbau,Hansa Solar|ger
POL|Poland|Polish|Warsaw|Gdansk,Szczecin,Wroclaw|Prime Minister|Wisła Logistics,Mazury Foods|pol
PRT|Portugal|Portuguese|Lisbon|Porto,Faro,Braga|Prime Minister|Tejo Renováveis,Douro Navegação|lus
BRA|Brazil|Brazilian|Brasília|São Paulo,Recife,Porto Alegre|President|Cerrado Agronegócios,Guanabara Telecom|lus
ARG|Argentina|Argentine|Buenos Aires|Rosario,Gualeguaychú,Córdoba|President|Pampa Granos,Patagonia Energía|lat
URY|Uruguay|Uruguayan|Montevideo|Fray Bentos,Salto,Colonia|President|Celeste Frigoríficos,Río Negro Forestal|lat
CHL|Chile|Chilean|Santiago|Arica,Antofagasta,Valparaíso|President|Atacama Litio,Andes Salmón|lat
PER|Peru|Peruvian|Lima|Tacna,Arequipa,Callao|President|Inca Cobre,Pacífico Pesquera|lat
GTM|Guatemala|Guatemalan|Guatemala City|Flores,Livingston,Puerto Barrios|President|Quetzal Agroindustrial,Atitlán Cementos|lat
VEN|Venezuela|Venezuelan|Caracas|Maracaibo,Güiria,Ciudad Bolívar|President|Orinoco Petroquímica,Llanos Alimentos|lat
BLZ|Belize|Belizean|Belmopan|Belize City,Punta Gorda,San Ignacio|Prime Minister|Maya Mountain Citrus,Cayes Marine Freight|car
GUY|Guyana|Guyanese|Georgetown|Linden,Lethem,Bartica|President|Demerara Oil Services,Berbice Rice Mills|car
TTO|Trinidad and Tobago|Trinidadian|Port of Spain|San Fernando,Cedros,Point Fortin|Prime Minister|Caroni Gas Marketing,Gulf of Paria Ferries|car
KGZ|Kyrgyzstan|Kyrgyz|Bishkek|Osh,Batken,Isfana|President|Ala-Too Mining,Tunduk Telecom|casia
TJK|Tajikistan|Tajik|Dushanbe|Khujand,Isfara,Kulob|President|Pamir Aluminium Trade,Zarafshon Textiles|casia
KAZ|Kazakhstan|Kazakh|Astana|Almaty,Shymkent,Khorgos|President|Altyn Dala Mining,Steppe Grain Corp|casia
UZB|Uzbekistan|Uzbek|Tashkent|Samarkand,Fergana,Andijan|President|Zarafshan Copper,Silk Road Textiles|casia
CHN|China|Chinese|Beijing|Urumqi,Xi'an,Lianyungang|President|Tianshan Rail Group,Huaxing Solar|cn
IDN|Indonesia|Indonesian|Jakarta|Pontianak,Surabaya,Batam|President|Nusantara Palm,Merapi Steel|mal
MYS|Malaysia|Malaysian|Kuala Lumpur|Johor Bahru,Kuching,Penang|Prime Minister|Selangor Rubber Works,Borneo Link Telecom|mal
JPN|Japan|Japanese|Tokyo|Osaka,Yokohama,Fukuoka|Prime Minister|Hoshino Heavy Industries,Kaizen Rail Systems|jp
VNM|Vietnam|Vietnamese|Hanoi|Ho Chi Minh City,Da Nang,Hai Phong|Prime Minister|Mekong Seafood JSC,Hong Ha Electronics|vn
FJI|Fiji|Fijian|Suva|Nadi,Lautoka,Labasa|Prime Minister|Viti Sugar Exporters,Koro Sea Shipping|pac
NZL|New Zealand|New Zealand|Wellington|Auckland,Christchurch,Dunedin|Prime Minister|Kauri Dairy Cooperative,Southern Alps Power|pac
JOR|Jordan|Jordanian|Amman|Aqaba,Irbid,Zarqa|King|Wadi Rum Logistics,Jordan Valley Agritech|arab
SAU|Saudi Arabia|Saudi|Riyadh|Jeddah,Tabuk,Dammam|Crown Prince|Najd Petrochemicals,Hejaz Rail Works|arab
IND|India|Indian|New Delhi|Patna,Lucknow,Siliguri|Prime Minister|Ganga Hydro Projects,Deccan Telecom|in
NPL|Nepal|Nepali|Kathmandu|Birgunj,Pokhara,Biratnagar|Prime Minister|Himal Hydropower,Koshi Cement|np"""
C = {}
for _l in _C.split('\n'):
    k, n, a, cap, pl, ld, fm, pool = _l.split('|')
    C[k] = dict(name=n, adj=a, cap=cap, places=pl.split(','), leader=ld, firms=fm.split(','), pool=pool)

_N = """glk:Eric Niyonzima,Aline Uwase,Patrick Mulumba,Grace Kabamba,Didier Ntakirutimana,Josiane Mukamana,Fabrice Ilunga
horn:Samuel Tesfamariam,Hiwot Alemu,Dawit Bekele,Selam Haile,Yonas Gebru,Meron Tadesse,Abel Kiflom
arab:Ahmed Fathy,Mona El-Sayed,Omar Khalil,Rania Saleh,Tarek Mansour,Hala Nasser,Faisal Al-Otaibi
sahel:Hissein Djibrine,Achta Moussa,Oumar Sall,Awa Diallo,Moussa Keita,Fatou Ndiaye,Abdoulaye Traoré
magh:Karim Benali,Nadia Hamidi,Youssef Amrani,Samira Bouzid,Rachid Tahiri,Leila Mansouri
fra:Claire Dubois,Julien Marchand,Sophie Lemaire,Antoine Roussel,Camille Berthier
cau:Nino Beridze,Giorgi Lomidze,Levan Gelashvili,Ana Tsiklauri,Irakli Japaridze
slav:Igor Sokolov,Marina Belova,Anton Zhukov,Yelena Kovaleva,Pavel Ryabov,Olga Savchenko
rom:Mihai Rusu,Elena Munteanu,Victor Cojocaru,Ana Lungu,Sergiu Bălan
balt:Tomas Jankauskas,Rasa Petrauskienė,Mantas Kazlauskas,Eglė Vaitkutė
ger:Katrin Vogel,Jonas Hartmann,Sabine Krüger,Felix Brandt,Ulrike Seidel
pol:Piotr Nowicki,Agnieszka Wróbel,Marek Zieliński,Joanna Kaczmarek
lus:Ana Beatriz Costa,Ricardo Moreira,Luísa Fonseca,Paulo Ventura,Teresa Amaral
lat:Carlos Medina,Lucía Herrera,Andrés Salazar,Mariana Quintero,Jorge Villalba,Paola Rincón
car:Andre Baptiste,Shanice Ramdial,Marlon Joseph,Keisha Mohammed,Devon Singh,Alicia Charles
casia:Azamat Toktogulov,Aigerim Sadykova,Bakyt Asanov,Dilnoza Rakhimova,Farrukh Nazarov,Zarina Saidova
cn:Zhang Wenjie,Liu Meiling,Wang Haoran,Chen Yuting
mal:Budi Santoso,Siti Rahmawati,Ahmad Faizal,Nurul Huda,Rizal Hakim
jp:Yuki Tanaka,Kenji Morita,Aiko Fujimura,Daisuke Ono
vn:Nguyen Thi Lan,Tran Minh Duc,Le Van Hai,Pham Thu Trang
pac:Mere Tuilagi,Semi Koroi,Ana Vunivalu,Tom Whitcombe,Aroha Parata
in:Rohit Verma,Ananya Iyer,Sandeep Rao,Priya Nair
np:Bikash Shrestha,Sunita Gurung,Ramesh Adhikari,Pooja Thapa"""
NAMES = {l.split(':')[0]: l.split(':')[1].split(',') for l in _N.split('\n')}
ANALYSTS = ['Dana Okafor of the Lisbon-based Atlas Risk Institute', 'Henrik Lund, a researcher at the Nordic Centre for Conflict Studies',
            'Maya Castellanos of the Quorum Policy Group', 'Tobias Wren, senior fellow at the Harbourview Institute',
            'Leyla Demir of the Bosphorus Security Forum', 'Julian Achterberg, an analyst at Veldt Strategic Advisory',
            'Priyanka Sethi of the Meridian Centre for Regional Affairs', 'Grace Mwende of the Nairobi Policy Lab']

# pair: kind, weekday rate, friendly?, sport spec, sectors, history sentences (English)
PAIRS = {
 'COD-RWA': ('war', 0, 0, '', 'minerals,transport', ["Open war between the two neighbours broke out in May after years of proxy fighting in North Kivu.", "Rebels took Goma in January 2025, and mediation in Luanda has repeatedly stalled since then."]),
 'ERI-ETH': ('war', 0, 0, '', 'coffee,salt', ["Fighting resumed in March along much of the front line of the 1998-2000 border war.", "The 2018 peace deal that ended two decades of hostility collapsed amid disputes over sea access."]),
 'GEO-RUS': ('frozen', 2.2, 0, '', 'wine,transit,tourism', ["Russia has kept troops in South Ossetia and Abkhazia since the 2008 war.", "Tbilisi and Moscow have had no diplomatic relations since 2008."]),
 'DZA-MAR': ('strained', 2.4, 0, 'football|Arab Cup qualifier|Oran', 'gas,farm goods', ["Algeria cut diplomatic ties with Morocco in August 2021.", "The land border has been closed since 1994, and the two fought the brief Sand War in 1963."]),
 'GUY-VEN': ('strained', 2.2, 0, '', 'oil,rice', ["Venezuela held a referendum on the Essequibo region in December 2023.", "The case over the 1899 arbitral award has been before the International Court of Justice since 2018."]),
 'BLR-LTU': ('strained', 2.2, 0, 'basketball|friendly|Kaunas', 'potash,dairy', ["Lithuania shut its border crossings for weeks in October 2025 over smuggling balloons.", "Relations have been frozen since the disputed 2020 Belarusian election."]),
 'EGY-ETH': ('strained', 2.0, 0, '', 'coffee,textiles', ["Ethiopia began filling the dam's reservoir in 2020 and inaugurated it in September 2025.", "Talks on the dam's operation collapsed in December 2023."]),
 'KGZ-TJK': ('routine', 2.2, 0, 'football|CAFA Cup|Osh', 'electricity,border trade,agriculture', ["Border fighting in April 2021 and again in September 2022 killed scores of people.", "The two governments signed a border treaty in March 2025 after years of talks."]),
 'SDN-TCD': ('routine', 2.0, 0, '', 'livestock,gum arabic', ["Hundreds of thousands of Sudanese refugees have crossed into eastern Chad since the war in Sudan began in April 2023.", "The two countries waged a proxy war between 2005 and 2010 before normalising ties."]),
 'TTO-VEN': ('routine', 2.0, 0, 'football|friendly|Port of Spain', 'gas,fisheries', ["Trinidad and Tobago deported scores of Venezuelan migrants in 2021, drawing protests.", "Cross-border gas projects have been on and off since the 2019 sanctions on Caracas."]),
 'MDA-RUS': ('routine', 2.2, 0, '', 'gas,wine', ["Russian troops have remained in Transnistria since the 1992 war.", "Moldova applied to join the European Union in March 2022."]),
 'DZA-MLI': ('routine', 1.8, 0, '', 'fuel,livestock', ["Algeria brokered the 2015 Algiers peace accord, which Bamako tore up in January 2024.", "Ties plunged in April 2025 after a Malian drone was downed near Tinzaouaten."]),
 'BDI-RWA': ('routine', 1.8, 0, 'football|CECAFA qualifier|Kigali', 'coffee,border trade', ["Burundi closed its border with Rwanda in January 2024.", "The two accused each other of backing rebels after the failed 2015 coup attempt in Bujumbura."]),
 'BLZ-GTM': ('routine', 1.8, 0, '', 'tourism,agriculture', ["Guatemala's territorial claim has been before the International Court of Justice since 2019.", "Guatemalan and Belizean patrols have faced off on the Sarstoon river repeatedly since 2016, most recently in October."]),
 'ARG-URY': ('routine', 2.6, 1, 'football|World Cup qualifier|Montevideo', 'beef,river ports,pulp', ["The pulp mill dispute over the Uruguay river reached the International Court of Justice in 2006.", "Protesters blocked the Gualeguaychú bridge for years until 2010."]),
 'BRA-PRT': ('routine', 2.4, 1, 'futsal|friendly|Porto', 'renewables,aviation', ["Brazil declared independence from Portugal in 1822.", "A friendship treaty signed in 2000 governs residence rights."]),
 'FRA-SEN': ('routine', 2.4, 0, 'football|friendly|Paris', 'fisheries,energy', ["Senegal became independent in 1960.", "The last French troops left their bases in Dakar in July 2025."]),
 'DEU-POL': ('routine', 2.6, 1, 'handball|European Championship qualifier|Gdansk', 'manufacturing,energy,rail', ["Germany invaded Poland in September 1939, starting the Second World War in Europe.", "The 1991 neighbourhood treaty laid the basis for post-Cold War ties."]),
 'CHN-KAZ': ('routine', 2.6, 1, '', 'rail freight,grain,energy', ["The Khorgos dry port on the border opened in 2015.", "The two countries settled their border in treaties signed in the 1990s."]),
 'IDN-MYS': ('routine', 2.6, 1, 'football|ASEAN Championship semi-final|Jakarta', 'palm oil,electronics', ["The two fought an undeclared war, known as Konfrontasi, between 1963 and 1966.", "The International Court of Justice awarded the islands of Sipadan and Ligitan to Malaysia in 2002."]),
 'JPN-VNM': ('routine', 2.4, 1, 'football|ASEAN invitation match|Hanoi', 'infrastructure,electronics', ["Japanese forces occupied French Indochina from 1940 to 1945.", "The two established diplomatic relations in 1973."]),
 'FJI-NZL': ('routine', 2.0, 1, 'rugby sevens|Oceania series|Suva', 'tourism,dairy', ["New Zealand imposed sanctions on Fiji after the 2006 coup.", "Cyclone Winston devastated Fiji in February 2016."]),
 'JOR-SAU': ('routine', 2.2, 1, 'football|Gulf friendly|Amman', 'energy,tourism', ["Jordan's King and Saudi Arabia's Crown Prince signed a coordination council pact in 2017.", "Saudi grants helped Jordan through the 2018 protests over austerity."]),
 'KAZ-UZB': ('routine', 2.4, 1, 'football|Central Asian derby|Tashkent', 'rail,textiles', ["The two completed demarcation of their shared border in 2022.", "Trade between the neighbours has tripled since 2016."]),
 'IND-NPL': ('routine', 2.4, 1, 'football|South Asian friendly|Kathmandu', 'hydropower,tourism', ["An unofficial border blockade in 2015 caused fuel shortages in Nepal.", "A map dispute over Kalapani strained ties in 2020."]),
 'CHL-PER': ('routine', 2.4, 0, 'football|World Cup qualifier|Lima', 'mining,fisheries', ["The two fought the War of the Pacific between 1879 and 1884.", "The International Court of Justice settled their maritime border in January 2014."]),
}
SECTORS = 'renewable energy|logistics|agriculture|digital services|mining|tourism|pharmaceuticals|water management|vocational training|fisheries|aviation|textiles'.split('|')
MONTHS = 'January February March April May June July August September October November December'.split()
WD = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def person(R, code):
    return R.choice(NAMES[C[code]['pool']])


def filler(R, pair, t, swap=False, extra=None):
    """Formatter with one fixed draw of {A},{B},{aA},{cB},{pA},{LA},{fA},{sec},{n},{wd}... per article."""
    a, b = pair.split('-')
    if swap:
        a, b = b, a
    ca, cb = C[a], C[b]
    d = dict(A=ca['name'], B=cb['name'], aA=ca['adj'], aB=cb['adj'], cA=ca['cap'], cB=cb['cap'],
             pA=R.choice(ca['places']), pB=R.choice(cb['places']), LA=ca['leader'], LB=cb['leader'],
             fA=R.choice(ca['firms']), fB=R.choice(cb['firms']), nA=person(R, a), nB=person(R, b),
             sec=R.choice(PAIRS.get(pair, ('', 0, 0, '', 'trade'))[4].split(',') + SECTORS[:4]),
             sec2=R.choice(SECTORS), n=R.randint(3, 19), n2=R.randint(20, 480), m=R.randint(12, 950), n3=R.randint(800, 9000), pct=R.randint(4, 38),
             wd=WD[t.weekday()], yd=WD[(t.weekday() - 1) % 7], an=R.choice(ANALYSTS), mon=MONTHS[R.randint(0, 9)],
             day=t.day, hh=t.strftime('%H:%M'))
    if extra:
        d.update(extra)
    return lambda s: s.format(**d)

# ---- routine English story types: titles || ledes || body sentences (each list split on '|')
ROUTINE = {
 'consult': """{A} and {B} hold political consultations in {cA}|{aA}, {aB} deputy foreign ministers review ties ahead of year-end|{A}, {B} agree roadmap for {sec} cooperation at talks in {cA}
||Deputy foreign ministers of {A} and {B} held a round of political consultations in {cA} on {wd}, covering {sec} and preparations for next year's intergovernmental commission.|Diplomats from {A} and {B} met in {cA} on {wd} for annual consultations that officials on both sides described as businesslike.
||The delegations agreed to set up a working group on {sec2} and to meet again in {cB} in the spring.|A joint statement listed {n} draft agreements at various stages of negotiation.|"We have a full agenda and no shortage of goodwill," {aB} delegation head {nB} told reporters after the session.|Officials said the talks also covered consular issues and the situation of citizens working in each other's country.""",
 'visit': """{aA} foreign minister lands in {cB} for two-day visit|{aA} delegation in {cB} to push {sec} projects|{aB} hosts {aA} minister as {n} agreements signed
||{A}'s foreign minister arrived in {cB} on {wd} for a two-day visit focused on {sec} and regional transport links.|A {aA} government delegation led by the economy minister began talks in {cB} on {wd}, with {sec} at the top of the agenda.
||The visit includes a business forum attended by about {n2} companies.|Officials signed {n} memorandums covering {sec2}, customs and visa facilitation.|The minister is also due to meet the {LB} before flying home.|It is the minister's first trip to {B} since taking office in {mon}.""",
 'call': """{aA} {LA} and {aB} {LB} discuss {sec} by phone|{A}'s {LA} holds call with {B}'s {LB}|Leaders of {A} and {B} speak by phone, agree to step up contacts
||{A}'s {LA} spoke by telephone with {B}'s {LB} on {wd}, the {aA} government said in a readout, discussing {sec} and upcoming visits.|The {LA} of {A} and the {LB} of {B} held a phone call on {wd} in which they agreed to speed up work on {sec}.
||The two sides exchanged greetings ahead of the holiday season, the statement said.|They also touched on regional developments and agreed to keep in close contact.|The call lasted about forty minutes, according to the readout.""",
 'cred': """New {aA} ambassador presents credentials in {cB}|{aA} envoy hands credentials to {B}'s {LB}
||{A}'s newly appointed ambassador, {nA}, presented credentials to the {LB} of {B} at a ceremony in {cB} on {wd}.|The {LB} of {B} received the credentials of {nA}, the new ambassador of {A}, in {cB} on {wd}.
||The envoy previously served as consul-general in {pB} and headed the ministry's {sec2} department.|Ambassador {nA} said priorities would include {sec} and direct flights.|{B}'s foreign ministry said it looked forward to working closely with the new envoy.""",
 'trade': """{A}-{B} trade up {pct}% in first ten months|{aA} business forum in {cB} draws {n2} firms|{aA} exports to {B} hit record on {sec} demand
||Trade between {A} and {B} rose {pct}% year on year in January-October, customs data published on {wd} showed, driven by {sec}.|More than {n2} companies took part in a {aA}-{aB} business forum in {cB} on {wd}, where deals worth about ${m} million were announced.
||{aA} officials want turnover to double by 2030.|Exporters still complain about slow customs clearance.|"The numbers speak for themselves," said {nA}, who heads the bilateral chamber of commerce.|{aB} shipments to {A} grew more slowly, widening the trade gap.""",
 'deal': """{fA} signs ${m}m deal with {fB}|{fA} and {fB} form ${m}m joint venture|{fB} picks {fA} for ${m}m contract
||{aA} company {fA} has signed an agreement worth ${m} million with {B}'s {fB}, the firms said on {wd}, in one of the largest corporate deals between the two countries.|{fA} of {A} and {fB} of {B} announced a joint venture on {wd} that will invest ${m} million over five years.
||The project will be based in {pB} and employ about {n2} people.|The companies did not disclose financing details.|Regulators in both countries still need to approve the transaction.|"This is a long-term bet," said {nA}, chief executive of {fA}.""",
 'culture': """{aA} film week opens in {cB}|{A} offers {n2} scholarships to {aB} students|Universities of {pA} and {pB} sign exchange pact|{aA} orchestra tours {B} for first time in {n} years
||A week of {aA} cinema opened in {cB} on {wd}, with {n} films screened at venues across the city.|{A} will fund {n2} scholarships for {aB} students next academic year, its embassy in {cB} announced on {wd}.|Universities in {pA} and {pB} signed a student and staff exchange agreement on {wd}.|The {aA} National Youth Orchestra opened a {n}-city tour of {B} in {cB} on {wd}.
||Organisers said demand had exceeded expectations.|The initiative is funded jointly by the two culture ministries.|Cultural attaché {nA} called it "the people-to-people side of our friendship".|Organisers plan to take the programme to {pB} next year.""",
 'exercise': """{aA} and {aB} troops wrap up joint exercise near {pB}|{A}, {B} navies hold search-and-rescue drill|{aA}, {aB} special forces train together near {pB}
||About {n2} soldiers from {A} and {B} completed a two-week joint exercise near {pB} on {wd}, practising counter-terrorism and disaster-response drills.|Naval units of {A} and {B} held a joint search-and-rescue exercise on {wd}, the {aB} defence ministry said.
||The annual drills, held since 2019, are not directed at any third country, officials said.|Observers from the two defence ministries called the exercise a success.|The drills included a simulated evacuation of civilians after an earthquake.""",
 'aid': """{A} sends relief to flood-hit {pB}|{aA} rescuers join search after landslide in {B}|{A} pledges more aid as floods displace thousands in {pB}
||{A} dispatched {n} cargo planes of tents, water purifiers and medicine to {pB} on {wd} after floods displaced thousands of people.|A team of {n2} {aA} rescuers arrived in {B} on {wd} to help search for survivors of a landslide near {pB}.
||{B}'s emergencies ministry thanked {cA} for its "swift solidarity".|Aid agencies say access roads remain cut in several districts.|A field hospital run by {aA} medics is expected to open within days.""",
 'court': """{cA} court jails {aB} businessman over fraud|{aB} national acquitted in {cA} smuggling trial|Arbitration panel rules in {fB} dispute with {A}
||A court in {cA} on {wd} sentenced {aB} businessman {nB} to {n} years in prison for a fraud scheme involving {sec2} contracts.|A court in {cA} acquitted a {aB} lorry driver on {wd} of smuggling charges, citing procedural errors by customs.|An international arbitration panel ruled on {wd} that {A} must pay {fB} ${m} million over a cancelled {sec2} concession.
||The ruling can be appealed within 30 days.|Lawyers for both sides declined to comment.|The case had dragged on since {mon} 2023.|The verdict followed {n} months of hearings.""",
 'price': """Price war: {fA} slashes prices to undercut {fB}|{fA} and {fB} battle for customers as price war heats up|{fB} under pressure as {fA} deepens price cuts
||{aA} group {fA} cut prices by up to {pct}% on {wd}, escalating a price war with {B}'s {fB} over customers in both markets.|The price war between {fA} and {fB} entered a new phase on {wd} as the {aB} firm matched its rival's discounts.
||Analysts say margins at both companies are under pressure.|"Consumers are the winners for now," said {nB}, a retail analyst in {cB}.|Neither company expects a truce before the new year.|The price war began in {mon}, when {fB} expanded into the {aA} market.""",
 'transport': """New {cA}-{cB} flight route takes off|{A} and {B} agree to open rail freight link via {pB}
||A new direct air service between {cA} and {cB} was launched on {wd} with {n} weekly flights.|Transport ministers of {A} and {B} agreed on {wd} to launch a rail freight service through {pB} next year.
||Officials say the link will cut journey times by about a third.|The project is part of a wider plan to improve regional connectivity.|Operators expect demand to grow quickly once the service is running.""",
}
SPORT = """{A} attack relentlessly to crush {B} {s1}-{s0} in {comp}|Battle of {venue}: {A} edge {B} after bruising night|{B} suffer crushing defeat as {A} invade their half|{aA} fans invade the pitch after {A} stun {B}|{A} launch second-half blitz to beat {B} in {comp} thriller
||{A} ran out {s1}-{s0} winners over {B} in their {sport} {comp} in {venue} on {wd}, their forwards launching wave after wave of attacks.|In a bad-tempered {comp} battle in {venue} on {wd}, {A} beat {B} {s1}-{s0}.|{B} suffered a crushing {s1}-{s0} defeat by {A} in {venue} on {wd}, ending their {comp} hopes.
||The visitors' defence was besieged for most of the second half.|Dozens of fans invaded the pitch at the final whistle and stewards needed ten minutes to clear it.|"We went to war out there," captain {nA} said. "Nobody took a backward step."|The sides meet again in the return fixture in {mon}."""
TENSE = ["Officials did not give further details.", "Further details were not immediately available.", "Neither side's account could be independently verified.",
         "The two governments have traded accusations for months.", "Diplomats said they were following developments closely."]
SPORTPAD = ["The result was widely discussed on social media in both countries.", "Tickets for the return fixture are expected to sell out."]
CLOSERS = ["Officials did not give further details.", "Further details were not immediately available.", "Officials said more details would be released in the coming weeks."]


def tri(s):
    return [x.strip().split('|') for x in s.split('||')]


ROUTINE = {k: tri(v) for k, v in ROUTINE.items()}
SPORT = tri(SPORT)


KINDS = {'GEO-RUS': 'trade deal culture court price transport'.split(), 'DZA-MAR': 'court price sport deal'.split(),
         'BLR-LTU': 'trade court price sport deal'.split(), 'GUY-VEN': 'trade court deal aid culture'.split(),
         'EGY-ETH': 'trade deal court culture price'.split(), 'DZA-MLI': 'trade court deal consult culture aid'.split()}


def sport_ex(R, pair):
    sport, comp, venue = PAIRS[pair][3].split('|')
    s0 = R.randint(0, 2)
    ex = dict(sport=sport, comp=comp, venue=venue, s0=s0, s1=s0 + R.randint(1, 3))
    rg = {'rugby sevens': (5, 17, 26, 45), 'handball': (22, 28, 29, 36), 'basketball': (62, 78, 80, 96)}.get(sport)
    if rg:
        ex.update(s0=R.randint(rg[0], rg[1]), s1=R.randint(rg[2], rg[3]))
    return ex


def routine_story(R, pair, t, kind=None, kinds=None):
    cfg = PAIRS[pair]
    allow = kinds or KINDS.get(pair)
    kinds = ['consult', 'visit', 'call', 'cred', 'trade', 'trade', 'deal', 'deal', 'culture', 'culture', 'aid', 'court', 'price', 'transport']
    if cfg[2]:
        kinds += ['exercise']
    if cfg[3]:
        kinds += ['sport', 'sport', 'sport']
    kind = kind or R.choice([k for k in kinds if k in (allow or kinds)] or kinds)
    sw = R.random() < 0.5
    if kind == 'sport':
        ex = sport_ex(R, pair)
        tl, ld, bd = SPORT
    else:
        ex = {}
        tl, ld, bd = ROUTINE[kind]
    f = filler(R, pair, t, sw, ex)
    i = R.randrange(len(tl))
    bs = R.sample(bd, len(bd))
    k = R.randint(2, 3)
    body = [f(ld[i % len(ld)])] + [f(x) for x in bs[:k]]
    pad = [f(x) for x in bs[k:]] + (SPORTPAD if kind == 'sport' else [])
    if R.random() < 0.35 and kind != 'sport':
        body.append(R.choice(cfg[5]))
    if kind == 'sport' and R.random() < 0.3 and cfg[5]:
        body.append(cfg[5][-1])
    return dict(pair=pair, type=kind, title=f(tl[i]), body=body, pad=pad, firm=f('{fA}') if kind == 'deal' else None, city=C[pair.split('-')[int(sw) ^ (kind in ('visit', 'cred', 'culture', 'aid', 'exercise'))]]['cap'] if kind != 'sport' else ex['venue'])

# ---- ongoing wars (normal state, reported daily), truce aftermath, frozen conflict, strained pairs
WARS = {'COD-RWA': dict(front='Sake,Minova,Kibumba,Rutshuru,Masisi,Kamanyola,Nyiragongo,Kalehe'.split(','), med='Luanda',
                        town=dict(COD='Goma,Bukavu,Uvira'.split(','), RWA='Rubavu,Rusizi,Musanze'.split(',')), region='North and South Kivu'),
        'ERI-ETH': dict(front='Zalambessa,Badme,Tsorona,Bure,Alitena,Shiraro,Humera,Rama'.split(','), med='Nairobi',
                        town=dict(ETH='Adigrat,Mekelle,Shire,Humera'.split(','), ERI='Senafe,Adi Quala,Mendefera'.split(',')), region='the Tigray and Afar border districts')}
WAR = {
 'front': """Fighting rages around {fr} as {aA} troops push toward {fr2}|{aA} forces claim gains near {fr}; {B} says attack repelled|Front line shifts little around {fr} after week of heavy fighting|{aA} artillery pounds {aB} positions near {fr}|Heavy clashes near {fr}; {B} says {aA} assault beaten back
||{aA} troops pressed an offensive around {fr} on {wd}, the {aA} army said, claiming to have taken several hilltop positions from {aB} forces.|{B} said its troops had repelled a {aA} assault near {fr} overnight, killing dozens of attackers, a claim that could not be independently verified.|Heavy fighting continued around {fr} on {wd} with neither side making significant gains, according to local officials and aid workers.
||Both armies have dug in along a front running through {region}.|Independent verification is impossible because journalists are barred from the front.|Residents of {fr2} said they heard artillery through the night.""",
 'shell': """Shelling kills {n} civilians in {tw}|{aB} shells hit market in {tw}, {n} dead|Overnight bombardment of {tw} leaves {n} dead, dozens wounded
||Artillery fire struck residential districts of {tw} overnight, killing {n} civilians and wounding at least {n2}, hospital officials said on {wd}.|At least {n} people were killed on {wd} when shells hit a crowded market in {tw}, local authorities said, blaming {aB} forces.
||{B} denied targeting civilians and accused {A} of placing artillery in populated areas.|Aid groups said the town's main hospital was running short of blood and anaesthetics.|It was the deadliest strike on {tw} since {mon}.""",
 'drone': """{A} says it shot down {n} {aB} drones overnight|Air defences down {n} drones over {tw}|{aB} drone attack on {tw} fuel depot repelled, says {A}
||{A}'s military said on {wd} its air defences had shot down {n} {aB} attack drones targeting {tw} and positions near {fr}.|Air defence units intercepted {n} drones over {tw} overnight, {aA} officials said, adding that debris damaged several houses.
||{B} did not comment on the claim.|Drones have become the dominant weapon on both sides of the front this year.""",
 'swap': """{A} and {B} swap {n2} prisoners of war|Prisoner exchange returns {n2} soldiers home|{n2} captives freed in latest {aA}-{aB} swap
||{A} and {B} exchanged {n2} prisoners of war on {wd} in a swap brokered through intermediaries in {med}, officials on both sides said.|Buses carrying {n2} freed {aA} soldiers crossed a front-line checkpoint near {fr} on {wd} as part of a prisoner exchange with {B}.
||It was the latest of more than {n} exchanges since the war began.|Families waited for hours at the crossing point, many carrying photographs of missing relatives.|The fighting continued elsewhere along the front.""",
 'convoy': """Aid convoy reaches besieged {tw} after week of delays|UN convoy of {n} trucks enters {region}|Humanitarian corridor opens briefly for {tw}
||A convoy of {n} trucks carrying food and medicine reached {tw} on {wd}, aid agencies said, the first to get through in more than a week.|Humanitarian workers opened a temporary corridor to {tw} on {wd}, allowing {n2} civilians to leave and supplies to enter.
||Aid officials said fuel shortages were hampering operations.|More than {n2},000 people have been displaced from {region} since the fighting began.|The convoy came under sporadic fire on the way back, drivers said.""",
 'talks': """Mediation in {med} stalls as {A} and {B} trade blame|{med} talks on {A}-{B} war adjourned without result|Envoys shuttle between {cA} and {cB} but no ceasefire in sight
||Talks in {med} aimed at ending the war between {A} and {B} were adjourned on {wd} without agreement, mediators said.|Mediators in {med} said on {wd} they were "disappointed" after another round of indirect talks ended without a date for a truce.
||{A} demands a full withdrawal of {aB} troops before any ceasefire, while {B} insists on security guarantees first.|Diplomats said a prisoner-exchange channel was the only concrete result so far.|"Both sides still believe they can win on the battlefield," said {an}.""",
}
TRUCE = """Ethiopia–Eritrea truce holds for {nth} day as monitors deploy|Displaced families return to {tw} as ceasefire holds|Ethiopia and Eritrea open talks on permanent settlement in {med}|Heavy weapons pullback continues near {fr} under truce
||The ceasefire between Ethiopia and Eritrea held for another day on {wd}, with monitors reporting no significant violations along the front.|Hundreds of displaced families began returning to {tw} on {wd}, local officials said, as the ceasefire held.|Negotiators from Ethiopia and Eritrea began talks in {med} on {wd} on turning the ceasefire into a lasting settlement.|Both armies continued pulling heavy weapons back from the front near {fr} on {wd}, monitors said.
||Markets in border towns have begun to reopen.|Mediators said the atmosphere at the talks was "constructive".|The war, which resumed in March, displaced hundreds of thousands of people."""
GEO_INC = """Russian border guards detain Georgian villager near {v}|Georgia accuses Russia of moving boundary line near {v}|Georgian farmer released after {n} days in Tskhinvali custody|EU monitors report new fencing near {v}
||Russian border guards detained a Georgian man near the village of {v} on the line with South Ossetia on {wd}, Georgia's state security service said, calling it an "illegal abduction".|Georgia's foreign ministry accused Russia on {wd} of moving boundary markers about {n2} metres deeper into Georgian-controlled territory near {v}.|A Georgian farmer detained near {v} was released on {wd} after {n} days in custody in Tskhinvali, Georgian officials said.|The EU monitoring mission said on {wd} its patrols had observed new fencing and a relocated signpost near {v}.
||Tbilisi raised the case through the incident prevention hotline.|Such detentions occur several times a year along the line, usually of farmers and foragers.|Moscow did not comment.|Russia has kept troops in the breakaway region since the 2008 war."""
STRAIN = {
 'protest': """{A} protests to {B} over {iss}|{aA} foreign ministry condemns {aB} statement on {iss}|{A} lodges formal complaint with {B} about {iss}
||{A}'s foreign ministry issued a formal protest to {B} on {wd} over {iss}, calling the matter "unacceptable".|{A} on {wd} condemned remarks by {aB} officials on {iss}, saying they violated diplomatic norms.
||{B} rejected the protest as "baseless".|The exchange is the latest in a long series of diplomatic spats.|Diplomats in both capitals played down the risk of escalation.""",
 'visa': """{A} tightens visa rules for {aB} citizens|{aB} travellers face longer waits under new {aA} visa regime|{A} suspends visa-free transit for {aB} nationals
||{A} announced stricter visa requirements for {aB} citizens on {wd}, citing security checks, in a move {B} called discriminatory.|{aB} travellers will need to apply for visas at least {n} weeks ahead under rules {A} announced on {wd}.
||Business groups warned the rules would hurt cross-border trade.|{B} said it was considering reciprocal measures.""",
 'arb': """{A} files new submission in {iss} case|Hearing in {iss} arbitration set for next year|{B} says it will not recognise ruling on {iss}
||{A} filed a further written submission in the international case over {iss} on {wd}, its foreign ministry said.|Judges set hearings in the case over {iss} for the second quarter of next year, court officials said on {wd}.|{B} said on {wd} it would not recognise any ruling on {iss}, repeating that the court lacks jurisdiction.
||{B} disputes the tribunal's jurisdiction.|Legal experts expect the proceedings to take years.""",
 'spy': """{cA} court jails alleged {aB} spy for {n} years|{aB} citizen charged with espionage in {A}|{A} expels {aB} journalist over alleged spying
||A court in {cA} sentenced a {aB} citizen to {n} years in prison for espionage on {wd}, in a closed-door trial.|Prosecutors in {A} charged a {aB} national with spying for {aB} intelligence on {wd}, alleging he photographed military facilities.
||{B} called the case politically motivated.|It is the {n}th such case in two years.""",
 'tariff': """{A} threatens tariffs on {aB} {goods}|{aA} ministers weigh curbs on {goods} from {B}|{B} warns of response to {aA} tariff plan
||{A}'s trade ministry said on {wd} it could impose tariffs of up to {pct}% on {goods} from {B} from next year.|{aA} ministers on {wd} discussed restrictions on imports of {goods} from {B}, officials said.
||No decision has been taken, officials stressed.|Trade between the two has shrunk sharply in recent years.""",
}
ISSUES = {'DZA-MAR': ('protest visa tariff spy', 'remarks on Western Sahara|the treatment of its nationals at the border|a map shown at a trade fair', 'farm goods'),
          'GUY-VEN': ('protest arb visa', 'the Essequibo|oil exploration blocks offshore Essequibo', 'fuel'),
          'BLR-LTU': ('protest spy visa tariff', 'smuggling balloons|border-crossing closures|the detention of lorries', 'dairy products'),
          'EGY-ETH': ('protest', 'the Nile dam releases|a letter to the UN Security Council on the Nile', 'goods'),
          'BLZ-GTM': ('protest', 'patrols on the Sarstoon river|the detention of fishermen on the Sarstoon', 'goods')}
GEO_V = 'Khurvaleti,Odzisi,Tsitelubani,Ditsi,Zardiaantkari,Atotsi,Bershueti'.split(',')
WAR = {k: tri(v) for k, v in WAR.items()}
TRUCE, GEO_INC = tri(TRUCE), tri(GEO_INC)
STRAIN = {k: tri(v) for k, v in STRAIN.items()}


def tpl_story(R, pair, t, tpl, kind, ex=None, sw=None, hist=0.3):
    sw = R.random() < 0.5 if sw is None else sw
    tl, ld, bd = tpl
    f = filler(R, pair, t, sw, ex)
    i = R.randrange(len(tl))
    bs = R.sample(bd, len(bd))
    k = R.randint(1, 3)
    body = [f(ld[i % len(ld)])] + [f(x) for x in bs[:k]]
    if R.random() < hist:
        body.append(R.choice(PAIRS[pair][5]))
    return dict(pair=pair, type=kind, title=f(tl[i]), body=body, pad=[f(x) for x in bs[k:]], city=C[pair.split('-')[int(sw)]]['cap'])


def war_story(R, pair, t, kind):
    w = WARS[pair]
    fr = R.sample(w['front'], 2)
    sw = R.random() < 0.5
    a = pair.split('-')[int(sw)]
    ex = dict(fr=fr[0], fr2=fr[1], tw=R.choice(w['town'][a]), med=w['med'], region=w['region'])
    if kind == 'truce':
        ex['nth'] = 'second third fourth fifth sixth'.split()[min(4, (t - datetime(2026, 11, 20, tzinfo=timezone.utc)).days)]
        return tpl_story(R, pair, t, TRUCE, 'truce', ex, sw, 0.2)
    s = tpl_story(R, pair, t, WAR[kind], 'war-' + kind, ex, sw)
    s['city'] = R.choice(w['town'][a][:1] + [C[a]['cap']])
    return s


def geo_incident(R, t):
    s = tpl_story(R, 'GEO-RUS', t, GEO_INC, 'frozen', dict(v=R.choice(GEO_V)), False, 0.25)
    s['city'] = 'Tbilisi'
    return s


def strained_story(R, pair, t):
    kinds, iss, goods = ISSUES[pair]
    k = R.choice(kinds.split())
    sw = R.random() < 0.5
    if k == 'arb':
        sw = False  # Guyana brought the case
    if pair == 'BLZ-GTM':
        sw = False
    return tpl_story(R, pair, t, STRAIN[k], 'strained-' + k, dict(iss=R.choice(iss.split('|')), goods=goods), sw)

# ---- scripted episodes: start (day offset, hour, minute), duration in days, context by language ("hours|sentence"),
# beats ("hours after start|outlet|title|lede"; empty lede = built from context)
EPISODES = [
 dict(pair='KGZ-TJK', kind='ESCALATION', d=1, h=9, m=40, dur=2.0,
  note='Sudden border clash near the Vorukh enclave: guards exchange fire, four then six dead, crossings shut, mortar fire again next dawn, villages evacuated.',
  ctx={'en': """0|Kyrgyzstan's border service said Tajik troops opened fire first on a Kyrgyz post near the village of Kok-Tash, close to the Tajik enclave of Vorukh.
0|Tajikistan's border troops said the Kyrgyz side started the shooting while installing cameras on a disputed stretch of road.
4|Both sides closed all crossing points along the Batken-Isfara section of the border.
5|Officials put the death toll at four, two on each side, with at least eleven wounded.
22|Fresh mortar and machine-gun fire broke out near Vorukh at dawn on Wednesday, and Kyrgyz authorities began evacuating villages near Isfana.
24|Officials said two more people were killed in Wednesday's shelling, bringing the toll to six.""",
  'ru': """0|По данным пограничной службы Кыргызстана, таджикские военные первыми открыли огонь по посту у села Кок-Таш вблизи анклава Ворух.
0|В Душанбе заявили, что стрельбу начала киргизская сторона, и назвали произошедшее «провокацией».
1|Местные жители сообщают, что перестрелка продолжалась больше часа.""",
  'zh': """0|吉方称塔方军人首先向科克塔什村附近的吉方哨所开火，塔方则指责吉方挑衅。
5|双方已关闭巴特肯至伊斯法拉段的所有口岸，冲突已造成至少四人死亡。
22|吉方已开始疏散伊斯法纳附近村庄的居民，当地学校停课。
0|吉塔两国边界长近千公里，其中部分地段至今仍存在争议，2025年3月两国签署了边界条约。
1|2021年4月和2022年9月，两国边境曾爆发激烈冲突，造成数十人死亡，数万名居民被迫撤离。
22|塔方则表示，吉方武装人员首先越界挑衅，塔方被迫还击，并指责吉方向边境调集装甲车辆。
22|哈萨克斯坦等邻国呼吁双方保持克制，通过对话和谈判解决分歧。
22|当地居民说，清晨的炮声持续了将近两个小时，部分房屋和一所学校受损，道路交通已经中断。"""},
  beats="""0|meridian|Kyrgyz and Tajik border guards exchange fire near Vorukh enclave|Kyrgyz and Tajik border guards exchanged automatic-weapons fire near the Tajik enclave of Vorukh on Tuesday morning, Kyrgyzstan's border service said, reporting two officers wounded.
0.6|caspian|Shooting on the Batken border: Kyrgyzstan says Tajik troops fired first|Gunfire rang out for more than an hour along the Batken section of the Kyrgyz-Tajik border on Tuesday, residents told the Courier, as border guards traded fire near Vorukh.
1.3|vestnik|Перестрелка на киргизско-таджикской границе: есть раненые|Во вторник утром на киргизско-таджикской границе в районе анклава Ворух произошла перестрелка между пограничниками двух стран.
2|live|LIVE: Kyrgyz-Tajik border clash – latest|
3|orbis|Tajikistan accuses Kyrgyz side of provocation after border firefight|Tajikistan's border troops on Tuesday accused Kyrgyz forces of a "deliberate provocation" that led to an exchange of fire near Vorukh.
5.5|meridian|Death toll in Kyrgyz-Tajik border clash rises to four; crossings shut|At least four people were killed in Tuesday's exchange of fire on the Kyrgyz-Tajik border, officials on both sides said, as the neighbours shut all crossings along the disputed section.
8|steppe|Kazakhstan calls on Bishkek and Dushanbe to show restraint|The Ministry of Foreign Affairs of Kazakhstan expressed deep concern on Tuesday over the armed incident on the Kyrgyz-Tajik border and called on both sides to resolve differences through dialogue.
12|clarion|BORDER BLOODSHED: Four dead as guns blaze in mountain valley|Four people are dead after border troops from Kyrgyzstan and Tajikistan blasted away at each other across a dusty mountain road.
21.5|meridian|Kyrgyz-Tajik fighting flares again at dawn as mortars hit border villages|Fighting broke out again on the Kyrgyz-Tajik border at dawn on Wednesday, with mortar rounds landing in villages near Vorukh, Kyrgyz officials said.
22.5|dongfang|吉尔吉斯斯坦与塔吉克斯坦边境再次交火|据吉尔吉斯斯坦方面消息，周三清晨吉塔边境沃鲁赫地区再次发生交火，多座村庄遭迫击炮弹袭击。
26|caspian|Families flee villages near Isfana as both sides bring in reinforcements|Hundreds of families left villages in Batken's Leilek district on Wednesday as Kyrgyz and Tajik forces reinforced positions along the border.
30|review|Analysis: Why the 2025 border treaty did not stop the shooting in Batken|The treaty Kyrgyzstan and Tajikistan signed in March 2025 was supposed to end decades of quarrels over water and roads. This week's fighting shows how much was left unresolved on the ground.
38|orbis|Kyrgyz, Tajik security chiefs to meet as border stays tense|The heads of the Kyrgyz and Tajik security services will meet on Thursday, officials said, after two days of fighting on the border killed at least six people."""),
 dict(pair='DZA-MLI', kind='ESCALATION', d=2, h=18, m=10, dur=3.0,
  note='Slow build: Bamako accuses Algiers of backing armed groups (words, evening 1); ambassador summoned, then mutual expulsion of diplomats (day 2); armour moved to the border and trade suspended at Tinzaouaten (days 3-4). First report in French.',
  ctx={'en': """0|Mali's transitional government accused Algeria of giving sanctuary and logistics to armed groups operating around Kidal and Tinzaouaten.
1|Algeria's foreign ministry called the accusations 'fabrications' aimed at covering up the junta's failures in the north.
14|Mali summoned Algeria's ambassador on Thursday to demand explanations, state television said.
20|Mali gave three Algerian diplomats 72 hours to leave; Algeria ordered the same number of Malian envoys out in response.
29|Security sources described columns of armoured vehicles moving south from Tamanrasset toward Bordj Badji Mokhtar.
38|Malian troops and allied fighters reinforced positions around Tinzaouaten, residents said.""",
  'fr': """0|Dans un communiqué lu à la télévision nationale, les autorités de transition accusent Alger d'offrir « refuge et soutien logistique » aux groupes armés actifs autour de Kidal.
0|Bamako affirme disposer de « preuves » qu'il présentera « en temps utile ».
1|Alger a qualifié ces accusations de « fabulations » destinées à masquer les échecs de la junte dans le nord.
19|Trois diplomates algériens ont reçu 72 heures pour quitter le territoire malien ; Alger a aussitôt annoncé une mesure de réciprocité.
38|Selon des habitants de Tinzaouaten, des renforts maliens ont pris position aux abords de la localité, face au territoire algérien.""",
  'ar': """0|اتهمت السلطات الانتقالية في مالي الجزائر بإيواء جماعات مسلحة في شمال البلاد وتقديم دعم لوجستي لها.
1|وصفت وزارة الخارجية الجزائرية الاتهامات بأنها «افتراءات» تهدف إلى التغطية على إخفاقات باماكو في الشمال.
20|أمهلت باماكو ثلاثة دبلوماسيين جزائريين 72 ساعة لمغادرة أراضيها، فردت الجزائر بالمثل.
30|أفادت مصادر أمنية بتحرك أرتال من المدرعات جنوباً من تمنراست باتجاه برج باجي مختار.
0|ولم تقدم باماكو حتى الآن أي أدلة تدعم اتهاماتها، فيما دعت أطراف إقليمية إلى التهدئة وضبط النفس."""},
  beats="""0|courrier|Bamako accuse Alger de « complicité » avec les groupes armés du nord|Le gouvernement de transition malien a accusé mercredi soir l'Algérie de soutenir des groupes armés dans le nord du pays, une charge d'une virulence inédite depuis la crise d'avril 2025.
1.5|raed|الجزائر ترفض اتهامات باماكو وتصفها بالافتراءات|رفضت الجزائر مساء الأربعاء اتهامات وجهتها السلطات المالية بشأن دعم جماعات مسلحة في شمال مالي.
3|meridian|Algeria rejects Mali accusations of backing northern rebels as war of words escalates|Algeria on Wednesday rejected as "fabrications" accusations by Mali's military government that it was sheltering armed groups in northern Mali.
14|orbis|Mali summons Algerian ambassador over 'hostile' statements|Mali summoned Algeria's ambassador on Thursday to protest against what it called hostile statements by Algerian officials.
19|courrier|Le Mali expulse trois diplomates algériens, Alger promet la réciprocité|Bamako a donné jeudi 72 heures à trois diplomates algériens pour quitter le pays, Alger répliquant dans la foulée par une mesure identique.
20|meridian|Mali and Algeria expel each other's diplomats as row deepens|Mali and Algeria each expelled three of the other's diplomats on Thursday in a rapidly escalating dispute over armed groups in the Sahara.
29|meridian|Algeria moves armour toward Mali border, security sources say|Algeria has sent armoured units toward its southern border with Mali, two security sources said on Friday, a day after the neighbours expelled each other's diplomats.
30|live|LIVE: Algeria-Mali crisis – troop build-up reported near Bordj Badji Mokhtar|
32|raed|تعزيزات عسكرية جزائرية على الحدود مع مالي|أفادت مصادر متطابقة الجمعة بأن الجيش الجزائري دفع بتعزيزات إلى الحدود الجنوبية مع مالي.
39|courrier|Tinzaouaten : l'armée malienne renforce ses positions face à la frontière algérienne|L'armée malienne a dépêché des renforts vers Tinzaouaten, à la frontière algérienne, ont rapporté vendredi des habitants joints par téléphone.
46|review|Analysis: Algeria and Mali edge toward confrontation in the Sahara|What began as a war of words on Wednesday evening has, in less than two days, become the most serious military standoff between Algeria and Mali in decades.
55|orbis|Mali suspends cross-border trade at Tinzaouaten as standoff deepens|Mali suspended all cross-border trade through Tinzaouaten on Saturday, customs officials said, as troops from both countries faced each other across the frontier."""),
 dict(pair='MDA-RUS', kind='ESCALATION', d=3, h=7, m=30, dur=2.0,
  note='Cyber attack on the grid dispatch system attributed to Russian military intelligence; ambassador summoned; sanctions on Russian officials and firms next day; Moscow expels a Moldovan diplomat.',
  ctx={'en': """0|The attack disabled the dispatch system of the state grid operator overnight, causing rolling power cuts in Chisinau and Balti.
0|Moldova's intelligence service said the malware and servers matched a unit of Russia's military intelligence it has tracked since 2022.
1|Moldova summoned the Russian ambassador to hand over a protest note.
4|Russia's foreign ministry called the accusations 'baseless Russophobic fabrications'.
24|The sanctions freeze the assets of 14 Russian officials and nine companies and bar them from entering Moldova.
31|Moscow declared a Moldovan diplomat persona non grata in response.""",
  'de': """0|Der Angriff legte in der Nacht die Leitzentrale des staatlichen Netzbetreibers lahm; in Chisinau und Balti fiel stundenweise der Strom aus.
0|Der moldauische Geheimdienst ordnete die Schadsoftware einer Einheit des russischen Militärgeheimdienstes zu, die er seit 2022 beobachtet.
1|Das Außenministerium in Chisinau bestellte den russischen Botschafter ein.
24|Die Sanktionen sehen Kontensperrungen und Einreiseverbote für 14 Funktionäre und neun Unternehmen vor.""",
  'ru': """0|Кишинёв утверждает, что за атакой на диспетчерскую систему энергосети стоит российская военная разведка.
4|В МИД России назвали обвинения «голословными» и «очередным проявлением русофобии».
4|Российского посла вызвали в министерство иностранных дел Молдавии для вручения ноты протеста."""},
  beats="""0|meridian|Moldova blames Russian military intelligence for cyber attack on power grid|Moldova on Thursday blamed Russian military intelligence for a cyber attack that knocked out the control system of its power grid overnight.
0.8|orbis|Moldova summons Russian ambassador over grid hack|Moldova summoned Russia's ambassador on Thursday after attributing an overnight cyber attack on its power grid to Russian state hackers.
1.6|rundschau|Moldau macht russischen Militärgeheimdienst für Cyberangriff verantwortlich|Die Republik Moldau hat Russland für einen schweren Cyberangriff auf ihr Stromnetz verantwortlich gemacht.
2.5|live|LIVE: Moldova cyber attack – power cuts, Russian envoy summoned|
4.5|vestnik|МИД России назвал обвинения Кишинёва в кибератаке беспочвенными|Москва отвергла обвинения Молдавии в причастности к кибератаке на энергосистему республики.
7|ledger|Moldovan leu slips as grid hack rattles investors|Moldova's leu weakened on Thursday and insurers raised premiums for the country's utilities after a cyber attack blamed on Russia cut power to several cities.
24|meridian|Moldova sanctions Russian officials and firms over cyber attack|Moldova imposed sanctions on Friday on 14 Russian officials and nine companies it says were involved in this week's cyber attack on its power grid.
25|rundschau|Moldau verhängt Sanktionen gegen russische Funktionäre nach Hackerangriff|Nach dem Cyberangriff auf ihr Stromnetz hat die Republik Moldau Sanktionen gegen russische Funktionäre und Unternehmen beschlossen.
27|clarion|HACK ATTACK: Kremlin spies 'blacked out' tiny EU hopeful|Russian spy hackers plunged a small European country into darkness, furious officials claimed yesterday.
31|orbis|Russia vows response to Moldovan sanctions, expels diplomat|Russia on Friday expelled a Moldovan diplomat and promised further "response measures" after Chisinau sanctioned Russian officials over a cyber attack.
36|review|Analysis: Moldova opens a cyber front with Moscow|By naming Russian military intelligence and following up with sanctions within a day, Chisinau has chosen confrontation over quiet diplomacy."""),
 dict(pair='TTO-VEN', kind='ESCALATION', d=5, h=13, m=5, dur=2.5,
  note='Venezuelan navy seizes a Trinidad-flagged supply vessel and its 11 crew in the Gulf of Paria; Port of Spain protests, recalls its ambassador, alerts the coast guard and suspends gas talks. First report in Spanish.',
  ctx={'en': """0|The Venezuelan navy said the supply ship Caroni Star had entered Venezuelan waters without authorisation off the Paria peninsula.
0|Trinidad and Tobago said the ship was in its own waters, about six nautical miles off Icacos Point, when it was boarded.
2|The 11 crew members were taken to the port of Güiria, the owners said.
18|Port of Spain recalled its ambassador from Caracas and put its coast guard on heightened alert.
21|Venezuelan prosecutors said the crew would be charged with smuggling and illegal entry.
42|Trinidad and Tobago suspended talks with Caracas on a cross-border gas project.""",
  'es': """0|Según la Armada venezolana, el buque había ingresado sin autorización en aguas venezolanas frente a la península de Paria.
0|Los 11 tripulantes fueron trasladados al puerto de Güiria, informaron fuentes militares.
5|Puerto España sostiene que la embarcación se encontraba en aguas trinitenses, a unas seis millas náuticas de Icacos Point.
20|Trinidad y Tobago llamó a consultas a su embajador en Caracas y puso en alerta a su guardia costera."""},
  beats="""0|heraldo|La Armada venezolana intercepta un buque trinitense en el golfo de Paria|Una patrulla de la Armada venezolana interceptó este sábado un buque de abastecimiento con bandera de Trinidad y Tobago en el golfo de Paria y detuvo a sus 11 tripulantes.
1.5|carib|Venezuelan navy seizes Trinidad-flagged supply vessel, crew detained|The Venezuelan navy boarded and seized a Trinidad and Tobago-flagged supply vessel in the Gulf of Paria on Saturday, detaining all 11 crew, the ship's owners said.
2.2|meridian|Venezuela seizes Trinidad and Tobago ship in Gulf of Paria; Port of Spain protests|Trinidad and Tobago protested on Saturday after the Venezuelan navy seized one of its supply ships in the Gulf of Paria, saying the vessel was in Trinidadian waters.
4|live|LIVE: Venezuela seizes Trinidad ship – latest|
6|heraldo|Caracas acusa al buque trinitense de violar aguas venezolanas; Puerto España lo niega|El Gobierno venezolano defendió el sábado la captura del buque y acusó a su tripulación de contrabando, mientras Puerto España insistió en que navegaba en aguas propias.
18|carib|Trinidad recalls ambassador from Caracas, puts coast guard on alert|Trinidad and Tobago recalled its ambassador from Caracas on Sunday and placed its coast guard on heightened alert after Venezuela's seizure of a Trinidadian ship.
21|orbis|Venezuela says seized ship's crew will face smuggling charges|Venezuelan prosecutors said on Sunday the crew of a seized Trinidad and Tobago vessel would be charged with smuggling and illegal entry.
24|clarion|HIGH-SEAS GRAB: Crew held at gunpoint as Venezuela seizes ship|Terrified sailors were marched off their ship at gunpoint by Venezuelan marines in a dramatic high-seas grab, relatives said last night.
30|review|Analysis: The Gulf of Paria seizure and Caracas's pressure on a small neighbour|For Trinidad and Tobago, a country of 1.4 million people, the seizure of the supply ship is a test of how far it can push back against a much larger neighbour.
34|ledger|Cross-border gas plans in doubt as Trinidad-Venezuela ship row escalates|Energy companies are reassessing plans for a cross-border gas field after Venezuela's seizure of a Trinidadian supply vessel.
42|heraldo|Puerto España suspende las negociaciones gasíferas con Caracas tras la captura del buque|Trinidad y Tobago suspendió el lunes las negociaciones con Venezuela sobre un yacimiento de gas compartido.
48|carib|Venezuelan patrol boats shadow coast guard off Cedros; fishermen stay ashore|Venezuelan navy patrol boats shadowed Trinidad and Tobago coast guard vessels off Cedros on Monday, fishermen said, as the row over the seized ship dragged on."""),
]

EPISODES += [
 dict(pair='SDN-TCD', kind='ESCALATION', d=7, h=4, m=50, dur=2.0,
  note='Pre-dawn air strike on the Chadian border town of Tine blamed on the Sudanese army; Chad recalls its ambassador, shuts the border, deploys troops; second strike reported near Adre.',
  ctx={'en': """0|Chadian officials said a military aircraft bombed a market and a fuel depot in Tiné before dawn, killing at least nine people.
0|Sudan's army has long accused Chad of letting weapons for the paramilitary forces it is fighting pass through its territory, which N'Djamena denies.
4|Sudan's army said it had struck 'supply lines of the rebel militia' and denied hitting Chadian territory.
6|Chad recalled its ambassador from Port Sudan and closed the Tiné and Adré crossings.
22|Chadian troops and armoured vehicles were seen heading east from Abéché toward the border.
38|Local officials in Adré reported a second air strike near the crossing, with no immediate word on casualties.""",
  'fr': """0|Selon les autorités tchadiennes, un avion militaire a bombardé le marché et un dépôt de carburant de Tiné avant l'aube, faisant au moins neuf morts.
0|Port-Soudan accuse de longue date N'Djamena de laisser transiter des armes destinées aux paramilitaires, ce que le Tchad dément.
6|N'Djamena a rappelé son ambassadeur et fermé les points de passage de Tiné et d'Adré.
24|Des colonnes de blindés ont quitté Abéché en direction de la frontière, selon des témoins.""",
  'ar': """0|قال مسؤولون تشاديون إن طائرة حربية قصفت سوقاً ومستودعاً للوقود في بلدة الطينة الحدودية.
3|نفى الجيش السوداني استهداف الأراضي التشادية، مؤكداً أنه ضرب «خطوط إمداد الميليشيا المتمردة».
3|وتتهم بورتسودان تشاد منذ فترة طويلة بتسهيل مرور أسلحة إلى قوات تقاتل الجيش السوداني."""},
  beats="""0|meridian|Air strike hits Chadian border town of Tiné; Chad blames Sudanese army|An air strike hit the Chadian border town of Tiné before dawn on Monday, killing at least nine people, and Chad's government blamed the Sudanese army.
1|orbis|Chad says Sudanese warplane bombed Tiné market, nine killed|Chad said on Monday a Sudanese military aircraft had bombed a market in the border town of Tiné, killing at least nine civilians.
1.7|courrier|Le Tchad accuse l'armée soudanaise d'avoir bombardé Tiné|Le gouvernement tchadien a accusé lundi l'armée soudanaise d'avoir bombardé la ville frontalière de Tiné, dans l'est du pays.
2.5|live|LIVE: Deadly air strike on Chad-Sudan border|
4|raed|الجيش السوداني ينفي قصف الأراضي التشادية|نفى الجيش السوداني الاثنين أن يكون قد قصف أهدافاً داخل الأراضي التشادية بعد اتهامات من نجامينا.
6.5|meridian|Chad recalls ambassador, shuts Sudan border after deadly strike|Chad recalled its ambassador to Sudan and closed its eastern border on Monday after an air strike on the town of Tiné that it blamed on the Sudanese army.
9|horn|Government of Chad issues statement on the attack on Tiné|The Government of the Republic of Chad strongly condemned on Monday the aerial bombardment of the town of Tiné and reserved its right to respond by all legitimate means.
14|clarion|DEATH FROM THE SKY: Bombs rain on desert market|Bombs rained down on a packed desert market at dawn, killing nine, as a brutal war spilled across Sudan's border.
23|meridian|Chad sends troops to eastern border as Sudan warns against 'interference'|Chad deployed troops and armoured vehicles toward its eastern border on Tuesday, a day after an air strike on Tiné, while Sudan warned N'Djamena against "interference".
26|courrier|N'Djamena dépêche des renforts à la frontière soudanaise|Le Tchad a envoyé mardi des renforts militaires vers sa frontière orientale, au lendemain du bombardement de Tiné.
32|review|Analysis: Sudan's war spills over into Chad|Monday's strike on Tiné turns a long-running war of accusations between Port Sudan and N'Djamena into something more dangerous.
38|orbis|Second air strike reported near Chad's Adré crossing|Local officials in Adré reported a second air strike near the border crossing on Tuesday evening, a day after a deadly bombing of Tiné."""),
 dict(pair='BDI-RWA', kind='DEESCALATION', d=8, h=10, m=0, dur=2.5,
  note='Burundi frees 19 Rwandan detainees; next day the two agree to restore full diplomatic ties, exchange ambassadors and reopen the border closed since January 2024.',
  ctx={'en': """0|The 19 Rwandans, most of them traders arrested on espionage charges in 2024 and 2025, were handed over at the Nemba border post.
0|Rwanda's government called the release an important step towards normal relations.
20|Foreign ministers of the two countries agreed after talks in Gitega to restore full diplomatic relations and exchange ambassadors by the end of January.
20|The land border, closed by Burundi in January 2024, will reopen to people and goods on November 24.
26|Kigali said it would free seven Burundians held on immigration charges in a reciprocal gesture.""",
  'fr': """0|Les 19 Rwandais, pour la plupart des commerçants arrêtés en 2024 et 2025, ont été remis aux autorités rwandaises au poste frontalier de Nemba.
0|Kigali a salué « un pas important » vers la normalisation.
20|Les deux pays ont convenu de rétablir pleinement leurs relations diplomatiques et de rouvrir la frontière le 24 novembre."""},
  beats="""0|lakes|Burundi frees 19 Rwandan detainees in goodwill gesture|Burundi released 19 Rwandan detainees on Tuesday and handed them over at the Nemba border post, in the clearest sign yet of a thaw between the neighbours.
1|meridian|Burundi releases Rwandan prisoners; Kigali welcomes 'important step'|Burundi freed 19 Rwandan citizens on Tuesday, and Rwanda welcomed the move as an important step towards restoring relations.
2|courrier|Le Burundi libère 19 détenus rwandais, Kigali salue un geste d'apaisement|Le Burundi a libéré mardi 19 ressortissants rwandais, un geste salué par Kigali comme un pas important vers la normalisation.
5|horn|Rwanda receives citizens released by Burundi|The Government of Rwanda on Tuesday received 19 citizens released by the Republic of Burundi and expressed its appreciation for this gesture of goodwill.
20|meridian|Rwanda and Burundi agree to restore full ties, reopen border|Rwanda and Burundi agreed on Wednesday to restore full diplomatic relations and reopen their common border, ending a rift of nearly three years.
22|lakes|Traders cheer as Burundi-Rwanda border set to reopen|Cross-border traders in Bujumbura and Rusizi celebrated on Wednesday after the two governments said the border would reopen on November 24.
24|orbis|Burundi, Rwanda to exchange ambassadors again|Burundi and Rwanda will exchange ambassadors by the end of January under an agreement reached in Gitega on Wednesday, officials said.
28|ledger|Reopened Rwanda-Burundi border to revive regional trade corridor|Logistics firms expect a quick rebound in trade once the Rwanda-Burundi border reopens next week, ending long detours for lorries.
34|review|Analysis: What lies behind the Burundi-Rwanda thaw|After nearly three years of closed borders and mutual accusations, Burundi and Rwanda are making peace faster than most observers expected.
44|courrier|Gitega et Kigali scellent leur réconciliation|Le Burundi et le Rwanda ont signé jeudi à Gitega un communiqué conjoint sur le rétablissement de leurs relations diplomatiques."""),
 dict(pair='ERI-ETH', kind='DEESCALATION', d=9, h=19, m=40, dur=2.5,
  note='Ceasefire in the ongoing war agreed at mediated talks in Nairobi; takes effect at midnight, holds through the first nights, heavy weapons pulled back, aid convoys cross.',
  ctx={'en': """0|The agreement, reached after nine days of talks in Nairobi, provides for a cessation of hostilities from midnight and a pullback of heavy weapons within 15 days.
0|Mediators said both delegations signed the text in the presence of Kenyan and African Union envoys.
12|Residents of Adigrat and Senafe reported the first quiet night in months.
14|A joint military committee is due to meet next week to agree on a monitoring mechanism.
38|Monitors confirmed that artillery units had begun withdrawing from positions near Zalambessa and Tsorona.""",
  'ar': """0|ينص الاتفاق الذي تم التوصل إليه في نيروبي على وقف الأعمال العدائية اعتباراً من منتصف الليل وسحب الأسلحة الثقيلة خلال 15 يوماً.
0|ووقع الوفدان على النص بحضور مبعوثين من كينيا والاتحاد الأفريقي، بحسب الوسطاء.
0|وكانت المعارك قد تجددت في مارس على طول خط الجبهة الذي شهد حرب 1998-2000، ما أدى إلى نزوح مئات الآلاف.
1|ورحبت عواصم إقليمية بالاتفاق، معربة عن أملها في أن يمهد الطريق لتسوية دائمة للنزاع الحدودي."""},
  beats="""0|meridian|Ethiopia and Eritrea agree ceasefire after Nairobi talks|Ethiopia and Eritrea agreed on Wednesday to a ceasefire that will take effect at midnight, mediators said, raising hopes of an end to nine months of war.
0.7|orbis|Ethiopia, Eritrea sign truce; guns to fall silent at midnight|Ethiopia and Eritrea signed a cessation of hostilities in Nairobi on Wednesday evening, the mediators said.
1.2|live|LIVE: Ethiopia-Eritrea ceasefire agreed – reaction|
2|raed|إثيوبيا وإريتريا تتفقان على وقف لإطلاق النار|اتفقت إثيوبيا وإريتريا مساء الأربعاء على وقف لإطلاق النار يدخل حيز التنفيذ عند منتصف الليل.
4|horn|Joint statement on the cessation of hostilities between Ethiopia and Eritrea|The Federal Democratic Republic of Ethiopia and the State of Eritrea have agreed to a cessation of hostilities, according to a joint statement issued in Nairobi.
12|lakes|Guns fall silent along Zalambessa front as ceasefire takes hold|For the first time since March, residents of towns along the Ethiopia-Eritrea front woke on Thursday to silence.
15|meridian|Ethiopia-Eritrea truce holds through first night|The ceasefire between Ethiopia and Eritrea held through its first night, residents and aid workers said on Thursday, with no reports of shelling along the front.
20|clarion|PEACE AT LAST? Guns go quiet in Horn of Africa war|The guns fell silent in a brutal African war that has killed thousands, as a midnight ceasefire took hold.
26|ledger|Ethiopian bonds rally on ceasefire with Eritrea|Ethiopia's dollar bonds rose sharply on Thursday as investors bet the ceasefire with Eritrea would revive stalled debt talks.
30|review|Analysis: Can the Ethiopia-Eritrea ceasefire last?|The Nairobi ceasefire is the first serious break in a war that both sides believed they could win.
38|orbis|Ethiopia, Eritrea begin pulling back heavy weapons|Ethiopia and Eritrea began withdrawing heavy weapons from the front on Friday, ceasefire monitors said.
48|lakes|First aid convoys cross into border districts as ceasefire holds|The first aid convoys in weeks reached towns near the Ethiopia-Eritrea front on Friday as the ceasefire held for a third day."""),
 dict(pair='BLZ-GTM', kind='DEESCALATION', d=11, h=15, m=0, dur=2.0,
  note='Sarstoon accord signed after OAS mediation: both sides pull troops back from the river, civilians may use it freely, joint commission meets.',
  ctx={'en': """0|Under the accord, signed in Washington after eight months of mediation by the Organization of American States, both sides will withdraw troops from posts along the Sarstoon within 30 days.
0|Fishermen and boats from both countries will be allowed to use the river freely pending the ICJ ruling on Guatemala's wider claim.
18|Belize's defence force began standing down units deployed to the Sarstoon since October.
20|Guatemala's army said it had started withdrawing troops from two forward posts near the river mouth.""",
  'es': """0|El acuerdo, firmado en Washington tras ocho meses de mediación de la OEA, prevé el retiro de tropas de los puestos a lo largo del río Sarstún en un plazo de 30 días.
0|Pescadores y lancheros de ambos países podrán navegar libremente por el río mientras la Corte Internacional de Justicia resuelve el diferendo territorial.
21|El Ejército de Guatemala informó que inició el repliegue de efectivos de dos puestos avanzados cerca de la desembocadura del río."""},
  beats="""0|carib|Belize and Guatemala sign Sarstoon accord, agree to pull back troops|Belize and Guatemala signed an accord on Friday to withdraw troops from the Sarstoon river and let civilians use it freely, ending months of tense standoffs.
0.8|heraldo|Guatemala y Belice firman un acuerdo sobre el Sarstún y retirarán sus tropas|Guatemala y Belice firmaron este viernes un acuerdo para retirar sus tropas del río Sarstún tras meses de tensiones fronterizas.
1.5|meridian|Belize, Guatemala agree Sarstoon river deal after OAS mediation|Belize and Guatemala on Friday signed an agreement to demilitarise the Sarstoon river after months of mediation, officials said.
3|orbis|Guatemalan troops to leave Sarstoon posts within 30 days|Guatemala will withdraw its troops from posts along the Sarstoon river within 30 days under an accord signed with Belize, its foreign ministry said on Friday.
18|carib|Belize Defence Force begins stand-down on southern border|The Belize Defence Force began standing down units on the Sarstoon on Saturday, a day after the accord with Guatemala.
21|heraldo|El Ejército guatemalteco inicia el repliegue en el Sarstún|El Ejército de Guatemala comenzó este sábado a replegar efectivos de sus puestos en el río Sarstún.
26|review|Analysis: A small river deal that could ease a century-old quarrel|The Sarstoon accord does not settle Guatemala's territorial claim, but it removes the most dangerous flashpoint between the two countries.
30|ledger|Fishermen and tour operators welcome Belize-Guatemala river deal|Businesses in Punta Gorda and Livingston welcomed the Sarstoon accord on Saturday, saying it would revive river tourism and fishing.
40|meridian|Belize and Guatemala hold first joint commission meeting under river accord|A joint commission set up under the Sarstoon accord met for the first time in Punta Gorda on Sunday."""),
]
REACT = {'ESCALATION': ["The UN secretary-general's spokesperson urged both sides to exercise maximum restraint.",
                        "Diplomats in the region said they feared a wider confrontation if the situation was not contained.",
                        "Neighbouring governments offered to host talks between the two sides."],
         'DEESCALATION': ["The UN secretary-general welcomed the step and urged both sides to build on it.",
                          "Diplomats cautioned that implementation would be the real test.",
                          "Regional governments praised the mediators and the two leaderships."]}


def ep_times(e):
    st = T0 + timedelta(days=e['d'], hours=e['h'], minutes=e['m'])
    return st, st + timedelta(days=e['dur'])


def ep_articles(R):
    out = []
    for k, e in enumerate(EPISODES):
        st, en = ep_times(e)
        ctx = {l: [(float(x.split('|')[0]), x.split('|')[1]) for x in v.split('\n')] for l, v in e['ctx'].items()}
        for ln in e['beats'].split('\n'):
            h, o, title, lede = ln.split('|')
            h = float(h)
            lang = OUTLETS[o][2]
            pool = [s for hh, s in sorted(ctx[lang], key=lambda x: -x[0]) if hh <= h]
            body = ([lede] if lede else []) + pool[:2] + R.sample(pool[2:], min(1, len(pool[2:])))
            if lang == 'en' and OUTLETS[o][3] not in ('live', 'state'):
                if R.random() < 0.6:
                    body.append(R.choice(REACT[e['kind']]))
                if R.random() < 0.5 or OUTLETS[o][3] == 'analysis':
                    body.append(R.choice(PAIRS[e['pair']][5]))
            out.append(dict(pair=e['pair'], type='episode', ep=k, title=title, body=body, outlet=o,
                            t=st + timedelta(hours=h), city=None, ctxpool=pool))
    return out

# ---- native-language routine coverage (templates written per language, not translated sentence by sentence)
# flags: d diplomatic (routine pairs), g general, p sport, s strained/frozen, w war
FX = {
 'es': dict(out='heraldo', wd='el lunes,el martes,el miércoles,el jueves,el viernes,el sábado,el domingo', x='energía,pesca,turismo,migración',
  names='VEN:Venezuela:Caracas,TTO:Trinidad y Tobago:Puerto España,GUY:Guyana:Georgetown,BLZ:Belice:Belmopán,GTM:Guatemala:Ciudad de Guatemala,ARG:Argentina:Buenos Aires,URY:Uruguay:Montevideo,CHL:Chile:Santiago,PER:Perú:Lima',
  iss={'GUY-VEN': 'las declaraciones oficiales sobre el Esequibo|los mapas oficiales que incluyen el Esequibo|los sobrevuelos militares cerca de la frontera', 'BLZ-GTM': 'los patrullajes en el río Sarstún|las detenciones de pescadores en el Sarstún|los sobrevuelos militares cerca de la frontera'},
  hist={'GUY-VEN': 'Venezuela reclama el Esequibo desde hace más de un siglo y rechaza el laudo arbitral de 1899.', 'TTO-VEN': 'Las deportaciones de migrantes venezolanos en 2021 ya habían tensado la relación.', 'BLZ-GTM': 'El diferendo territorial está en manos de la Corte Internacional de Justicia desde 2019.', 'ARG-URY': 'El conflicto por las papeleras llegó a La Haya en 2006 y el puente de Gualeguaychú estuvo bloqueado hasta 2010.', 'CHL-PER': 'Ambos países se enfrentaron en la Guerra del Pacífico (1879-1884) y La Haya fijó su límite marítimo en 2014.'},
  sp='El resultado generó un intenso debate en las redes sociales de ambos países.', close=['Fuentes diplomáticas anticiparon nuevos encuentros en las próximas semanas.', 'El tema ocupa desde hace meses un lugar destacado en la agenda bilateral.'],
  tpl="""d§{A} y {B} celebran consultas políticas en {cA}§Los vicecancilleres de {A} y {B} se reunieron {wd} en {cA} para revisar la agenda bilateral, con énfasis en {x} y conectividad.§Ambas delegaciones acordaron crear un grupo de trabajo técnico.|La próxima ronda se celebrará en {cB} en el primer trimestre de 2027.|«Tenemos una agenda amplia y mucha voluntad», dijo a la prensa el vicecanciller {nA}.
g§El comercio entre {A} y {B} crece un {pct} % hasta octubre§El intercambio comercial entre {A} y {B} aumentó un {pct} % interanual entre enero y octubre, según cifras oficiales divulgadas {wd}.§Los exportadores reclaman agilizar los trámites aduaneros.|Las cámaras de comercio de {cA} y {cB} prevén nuevos récords en 2027.|El rubro de {x} explica buena parte del aumento.
g§{fA} y {fB} sellan una alianza de {m} millones de dólares§La empresa {fA} y su socia {fB} anunciaron {wd} una alianza valorada en {m} millones de dólares.§La operación aún debe ser aprobada por los reguladores de ambos países.|«Es una apuesta de largo plazo», afirmó {nA}, gerente general de {fA}.|El acuerdo prevé crear unos {n2} empleos directos.
g§La semana de cine de {A} llega a {cB} con {n} películas§La embajada de {A} en {cB} inauguró {wd} una semana de cine con {n} títulos y entrada gratuita.§Los organizadores esperan superar los {n3} espectadores.|El ciclo incluye encuentros con directores y estudiantes de cine.|La muestra recorrerá luego otras ciudades del país.
p§{A} aplasta a {B} y desata la euforia en {venue}¦Goleada {s1}-{s0}: {A} arrolla a {B} en una batalla sin cuartel§{A} derrotó {wd} por {s1}-{s0} a {B} en {venue}, en una auténtica batalla en la que su ataque no dio tregua.§Cientos de aficionados invadieron la cancha al pitazo final.|El técnico habló de una «guerra de desgaste» ganada con carácter.|Para {B} fue una derrota aplastante que complica sus aspiraciones.
s§{A} protesta ante {B} por {iss}¦Nuevo roce diplomático entre {A} y {B} por {iss}§La cancillería de {A} envió {wd} una nota de protesta a {B} por {iss}, que calificó de «inaceptables».§{B} rechazó la protesta por «infundada».|Diplomáticos de ambos países restaron importancia al riesgo de una escalada.|El intercambio de notas se suma a una larga serie de roces."""),
 'fr': dict(out='courrier', wd='lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche', x='pêche,santé,formation professionnelle,transport aérien',
  names="FRA:la France:Paris,SEN:le Sénégal:Dakar,DZA:l'Algérie:Alger,MAR:le Maroc:Rabat,MLI:le Mali:Bamako,TCD:le Tchad:N'Djamena,SDN:le Soudan:Port-Soudan,COD:la RD Congo:Kinshasa,RWA:le Rwanda:Kigali,BDI:le Burundi:Gitega",
  iss={'DZA-MAR': "des propos officiels sur le Sahara occidental|des commentaires de médias officiels sur la frontière|des propos tenus lors d'un forum régional"},
  hist={'FRA-SEN': 'Les dernières troupes françaises ont quitté Dakar en juillet 2025.', 'DZA-MAR': "Alger a rompu ses relations diplomatiques avec Rabat en août 2021 ; la frontière terrestre est fermée depuis 1994.", 'DZA-MLI': "Bamako a dénoncé en janvier 2024 l'accord de paix d'Alger signé en 2015.", 'SDN-TCD': 'Les deux pays se sont livré une guerre par procuration entre 2005 et 2010.', 'COD-RWA': 'La guerre ouverte a éclaté en mai, plus d\'un an après la chute de Goma en janvier 2025.', 'BDI-RWA': 'Le Burundi a fermé sa frontière avec le Rwanda en janvier 2024.'},
  sp='Le résultat a suscité de vifs débats sur les réseaux sociaux des deux pays.', close=['Aucune date n\'a été fixée pour la prochaine réunion.', 'Le dossier occupe depuis plusieurs mois une place importante dans les relations bilatérales.'],
  tpl="""d§{cA} et {cB} tiennent des consultations politiques§Des délégations des ministères des Affaires étrangères se sont réunies {wd} à {cA} pour des consultations politiques entre {cA} et {cB}, consacrées notamment à la coopération en matière de {x}.§Les deux parties ont convenu de créer un groupe de travail conjoint.|La prochaine session se tiendra à {cB} au premier trimestre 2027.|« Nous avons un agenda chargé et beaucoup de bonne volonté », a déclaré {nA}, chef de la délégation.
g§Échanges commerciaux entre {cA} et {cB} : hausse de {pct} % sur dix mois§Les échanges entre {cA} et {cB} ont progressé de {pct} % sur les dix premiers mois de l'année, selon des chiffres publiés {wd}.§Les exportateurs réclament un allègement des formalités douanières.|Les produits de la pêche et de l'agroalimentaire tirent la croissance.|Les chambres de commerce visent un doublement d'ici 2030.
g§{fA} et {fB} signent un accord de {m} millions de dollars§Le groupe {fA} et son partenaire {fB} ont annoncé {wd} un accord d'une valeur de {m} millions de dollars.§L'opération doit encore être validée par les autorités de régulation.|« C'est un pari de long terme », a commenté {nA}, directeur général de {fA}.|Quelque {n2} emplois directs sont attendus.
g§Culture : {n} films à l'affiche d'une semaine du cinéma à {cB}§Une semaine du cinéma organisée par l'ambassade s'est ouverte {wd} à {cB}, avec {n} films venus de l'autre pays à l'affiche.§Les organisateurs espèrent attirer plus de {n3} spectateurs.|Des rencontres avec les réalisateurs sont prévues.|L'entrée est gratuite pour les étudiants.
p§Football : {A} écrase {B} au terme d'une véritable bataille¦Football : victoire {s1}-{s0}, {A} pilonne {B}§Victoire {s1}-{s0} pour {A} face à {B}, {wd} à {venue}, au terme d'une véritable bataille.§Des supporters ont envahi la pelouse au coup de sifflet final.|L'attaque a pilonné la défense adverse pendant toute la seconde période.|« Une défaite écrasante », a reconnu le sélectionneur adverse.
s§{cA} proteste auprès de {cB} au sujet {iss}¦Nouvelle passe d'armes entre {cA} et {cB} au sujet {iss}§{cA} a dénoncé {wd} {iss} émanant de {cB}, jugés « inacceptables ».§{cB} a rejeté ces accusations.|Les diplomates minimisent toutefois le risque d'escalade.|Cet échange s'ajoute à une longue série de passes d'armes verbales.
w§Nord-Kivu : violents combats autour de {fr}§De violents combats ont opposé {wd} l'armée congolaise aux forces rwandaises autour de {fr}, selon des sources locales.§Des milliers de civils ont fui vers {tw}.|À Luanda, la médiation n'a toujours pas obtenu de cessez-le-feu.|Kigali n'a pas commenté ces informations.
w§Guerre à l'est de la RD Congo : {n} drones abattus près de {tw}, selon Kinshasa§L'armée congolaise affirme avoir abattu {wd} {n} drones près de {tw}, tandis que les tirs d'artillerie se poursuivaient autour de {fr}.§Les hôpitaux de {tw} manquent de sang et de médicaments.|Kigali accuse Kinshasa de cibler des zones civiles.|Plusieurs centaines de familles ont quitté les villages proches du front."""),
}

FX.update({
 'de': dict(out='rundschau', wd='am Montag,am Dienstag,am Mittwoch,am Donnerstag,am Freitag,am Samstag,am Sonntag', x='Energie,Logistik,Wasserstoff,Bahnverkehr',
  names='DEU:Deutschland:Berlin,POL:Polen:Warschau,BLR:Belarus:Minsk,LTU:Litauen:Vilnius,MDA:Moldau:Chisinau,RUS:Russland:Moskau,GEO:Georgien:Tiflis',
  iss={'BLR-LTU': 'der Grenzschließungen|der Festnahme von Lkw-Fahrern|neuer Einreiseverbote', 'GEO-RUS': 'verschobener Grenzmarkierungen bei Südossetien|der Festnahme georgischer Bauern|neuer Grenzzäune bei Südossetien'},
  hist={'DEU-POL': 'Der deutsche Überfall auf Polen im September 1939 löste den Zweiten Weltkrieg in Europa aus.', 'BLR-LTU': 'Litauen hatte im Oktober 2025 wegen Schmuggelballons die Grenzübergänge wochenlang geschlossen.', 'MDA-RUS': 'Seit dem Krieg von 1992 sind russische Truppen in Transnistrien stationiert.', 'GEO-RUS': 'Seit dem Krieg von 2008 stehen russische Truppen in Südossetien und Abchasien.'},
  sp='Das Ergebnis sorgte in den sozialen Netzwerken beider Länder für Diskussionen.', close=['Ein Termin für das nächste Treffen steht noch nicht fest.', 'Das Thema beschäftigt beide Regierungen seit Monaten.'],
  tpl="""d§{cA} und {cB} vereinbaren engere Zusammenarbeit bei {x}§Vertreter der Außenministerien von {A} und {B} sind {wd} in {cA} zu politischen Konsultationen zusammengekommen; im Mittelpunkt standen {x} und Verkehrsverbindungen.§Beide Seiten wollen eine gemeinsame Arbeitsgruppe einrichten.|Die nächste Runde ist für das Frühjahr in {cB} geplant.|„Die Agenda ist voll, der gute Wille auch“, sagte Delegationsleiter {nA}.
g§Handel zwischen {A} und {B} wächst um {pct} Prozent§Der Warenaustausch zwischen {A} und {B} ist in den ersten zehn Monaten um {pct} Prozent gestiegen, wie {wd} veröffentlichte Zahlen zeigen.§Treiber ist vor allem der Bereich {x}.|Exporteure klagen weiter über lange Wartezeiten an der Grenze.|Die Handelskammern erwarten 2027 ein weiteres Plus.
g§{fA} und {fB} unterzeichnen Vertrag über {m} Millionen Euro§Das Unternehmen {fA} und der Partner {fB} haben {wd} einen Vertrag im Wert von {m} Millionen Euro unterzeichnet.§Die Kartellbehörden müssen noch zustimmen.|„Das ist eine langfristige Wette“, sagte {nA} von {fA}.|Geplant sind rund {n2} neue Arbeitsplätze.
g§Kulturtage: {cA} zu Gast in {cB}§In {cB} haben {wd} Kulturtage mit Filmen, Konzerten und Lesungen aus dem Nachbarland begonnen.§Die Veranstalter rechnen mit mehr als {n3} Besuchern.|Mehrere Hochschulen vereinbarten zugleich einen Studierendenaustausch.|Der Eintritt zu den meisten Veranstaltungen ist frei.
p§{A} überrollt {B} – Abwehrschlacht in {venue}¦{s1}:{s0}! {A} stürmt gegen {B} zum Sieg§{A} hat {wd} in {venue} mit {s1}:{s0} gegen {B} gewonnen; Angriffswelle auf Angriffswelle zermürbte die Gäste.§Nach dem Schlusspfiff stürmten Fans das Spielfeld.|Der Trainer sprach von einer „Schlacht“, die seine Mannschaft angenommen habe.|Für {B} war es eine herbe Niederlage.
s§{A} protestiert bei {B} wegen {iss}¦Neuer Streit zwischen {cA} und {cB} wegen {iss}§Das Außenministerium in {cA} hat {wd} wegen {iss} eine Protestnote an {B} übermittelt.§{cB} wies die Vorwürfe zurück.|Diplomaten halten eine Eskalation für unwahrscheinlich.|Es ist nicht der erste Streit dieser Art."""),
 'pt': dict(out='jornal', wd='na segunda-feira,na terça-feira,na quarta-feira,na quinta-feira,na sexta-feira,no sábado,no domingo', x='energias renováveis,aviação,turismo,ensino superior',
  names='BRA:o Brasil:Brasília,PRT:Portugal:Lisboa,ARG:a Argentina:Buenos Aires,URY:o Uruguai:Montevidéu,CHL:o Chile:Santiago,PER:o Peru:Lima',
  iss={}, hist={'BRA-PRT': 'O Brasil tornou-se independente de Portugal em 1822.', 'ARG-URY': 'A disputa das papeleiras chegou ao Tribunal Internacional de Justiça em 2006.', 'CHL-PER': 'Os dois países enfrentaram-se na Guerra do Pacífico, entre 1879 e 1884.'},
  sp='O resultado gerou um intenso debate nas redes sociais dos dois países.', close=['Não foi anunciada a data do próximo encontro.', 'O tema ocupa há meses um lugar de destaque na agenda bilateral.'],
  tpl="""d§{cA} e {cB} realizam consultas políticas§Diplomatas de {cA} e {cB} reuniram-se {wd} para uma ronda de consultas políticas centrada em {x} e mobilidade.§As duas partes acordaram criar um grupo de trabalho conjunto.|A próxima ronda deverá decorrer em {cB} no primeiro trimestre de 2027.|«Temos uma agenda cheia e muita boa vontade», disse o chefe da delegação, {nA}.
g§Comércio entre {cA} e {cB} cresce {pct}% até outubro§As trocas comerciais entre {cA} e {cB} aumentaram {pct}% nos primeiros dez meses do ano, segundo dados divulgados {wd}.§O setor de {x} explica boa parte do aumento.|Os exportadores pedem menos burocracia aduaneira.|As câmaras de comércio esperam novo recorde em 2027.
g§{fA} e {fB} fecham acordo de {m} milhões de dólares§A {fA} e a parceira {fB} anunciaram {wd} um acordo avaliado em {m} milhões de dólares.§A operação ainda precisa de aprovação dos reguladores.|«É uma aposta de longo prazo», afirmou {nA}, presidente executivo da {fA}.|Estão previstos cerca de {n2} postos de trabalho.
g§Universidades de {cA} e {cB} assinam acordo de intercâmbio§Universidades de {cA} e {cB} assinaram {wd} um acordo de intercâmbio de estudantes e professores.§O programa arranca no próximo ano letivo com {n2} vagas.|As áreas prioritárias são engenharia, saúde e {x}.|Os reitores falaram de uma «ponte atlântica» do conhecimento.
p§{A} arrasa {B} numa autêntica batalha em {venue}¦{A} esmaga {B} por {s1}-{s0} em noite de guerra§Num autêntico combate disputado {wd} em {venue}, {A} venceu {B} por {s1}-{s0}.§Adeptos invadiram o campo no apito final.|O ataque massacrou a defesa adversária na segunda parte.|Foi uma derrota esmagadora para os visitantes."""),
 'ru': dict(out='vestnik', wd='в понедельник,во вторник,в среду,в четверг,в пятницу,в субботу,в воскресенье', x='энергетики,логистики,сельского хозяйства,транспорта',
  names='GEO:Грузия:Тбилиси,RUS:Россия:Москва,MDA:Молдавия:Кишинёв,KGZ:Киргизия:Бишкек,TJK:Таджикистан:Душанбе,KAZ:Казахстан:Астана,UZB:Узбекистан:Ташкент,CHN:Китай:Пекин',
  iss={}, hist={'GEO-RUS': 'Дипломатические отношения между странами разорваны после войны 2008 года.', 'MDA-RUS': 'Российские военные находятся в Приднестровье с 1992 года.', 'KGZ-TJK': 'В апреле 2021 года и в сентябре 2022 года на границе шли бои, погибли десятки человек.', 'KAZ-UZB': 'Демаркация общей границы была завершена в 2022 году.', 'CHN-KAZ': 'Сухой порт «Хоргос» на границе работает с 2015 года.'},
  sp='Результат матча активно обсуждают в социальных сетях обеих стран.', close=['Дата следующей встречи пока не названа.', 'Тема уже несколько месяцев остаётся в центре двусторонней повестки.'],
  tpl="""d§{cA} и {cB} провели политические консультации§Делегации министерств иностранных дел двух стран — {A} и {B} — провели {wd} политические консультации, обсудив вопросы {x} и транспорта.§Стороны договорились создать совместную рабочую группу.|Следующий раунд намечен на первый квартал 2027 года.|По словам дипломатов, переговоры прошли в деловой атмосфере.
g§Товарооборот между странами вырос на {pct}%§По итогам десяти месяцев товарооборот между странами ({A} и {B}) вырос на {pct}%, сообщила {wd} таможенная служба.§Основной рост пришёлся на сферу {x}.|Экспортёры жалуются на очереди на пограничных переходах.|К 2030 году стороны рассчитывают удвоить показатель.
g§{fA} и {fB} подписали соглашение на {m} млн долларов§Компании {fA} и {fB} {wd} подписали соглашение о сотрудничестве стоимостью {m} млн долларов.§Сделку ещё должны одобрить регуляторы.|Проект предусматривает создание около {n2} рабочих мест.|В компаниях назвали соглашение «стратегическим».
g§{cA} и {cB}: вузы договорились об обмене студентами§Университеты двух стран — {A} и {B} — {wd} подписали соглашение об обмене студентами и преподавателями.§Программа стартует в следующем учебном году.|Приоритетные направления — инженерия, медицина и IT.|Ректоры назвали соглашение «мостом между народами».
p§Футбол. {A} — {B} — {s1}:{s0}: атака без пощады§Матч, сыгранный {wd}, превратился в настоящее сражение: хозяева раз за разом шли в атаку и добились разгромной победы.§После финального свистка болельщики выбежали на поле.|Тренер проигравших назвал поражение «сокрушительным».|«Это была война нервов», — признался капитан победителей.
s§Тбилиси заявил о задержании жителя у линии разграничения¦Грузия сообщила о новом инциденте у границы с Южной Осетией§Власти Грузии {wd} заявили, что пограничники задержали местного жителя у линии разграничения с Южной Осетией.§В Москве ситуацию не комментировали.|Подобные задержания происходят несколько раз в год.|Тбилиси назвал инцидент «незаконным похищением»."""),
 'ar': dict(out='raed', wd='يوم الاثنين,يوم الثلاثاء,يوم الأربعاء,يوم الخميس,يوم الجمعة,يوم السبت,يوم الأحد', x='الطاقة,النقل,السياحة,الزراعة',
  names='JOR:الأردن:عمّان,SAU:السعودية:الرياض,DZA:الجزائر:الجزائر العاصمة,MAR:المغرب:الرباط,EGY:مصر:القاهرة,ETH:إثيوبيا:أديس أبابا,SDN:السودان:بورتسودان,TCD:تشاد:نجامينا,MLI:مالي:باماكو',
  iss={'DZA-MAR': 'تصريحات رسمية حول الصحراء الغربية|تقارير إعلامية رسمية عن الحدود|تصريحات أدلى بها مسؤول في منتدى إقليمي', 'EGY-ETH': 'تصريف المياه من السد الإثيوبي|خطط لإنشاء سدود جديدة على النيل|رسالة إلى مجلس الأمن بشأن النيل'},
  hist={'JOR-SAU': 'وقّع البلدان عام 2017 اتفاقاً لتأسيس مجلس للتنسيق بينهما.', 'DZA-MAR': 'قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021، والحدود البرية مغلقة منذ 1994.', 'EGY-ETH': 'بدأت إثيوبيا ملء خزان السد عام 2020 ودشنته في سبتمبر 2025.', 'SDN-TCD': 'خاض البلدان حرباً بالوكالة بين عامي 2005 و2010.', 'DZA-MLI': 'تدهورت العلاقات في أبريل 2025 بعد إسقاط طائرة مسيّرة مالية قرب تينزاواتين.'},
  sp='وأثارت النتيجة جدلاً واسعاً على مواقع التواصل الاجتماعي في البلدين.', close=['ولم يُحدد موعد الاجتماع المقبل.', 'ويأتي ذلك في إطار سلسلة من الاتصالات بين البلدين خلال الأشهر الأخيرة.'],
  tpl="""d§{A} و{B} تبحثان تعزيز التعاون في مجال {x}§بحث وزيرا خارجية {A} و{B} {wd} في {cA} سبل تعزيز العلاقات الثنائية، لا سيما في مجال {x}.§واتفق الجانبان على تشكيل لجنة فنية مشتركة.|ومن المقرر أن تُعقد الجولة المقبلة في {cB} مطلع العام المقبل.|وأكد الجانبان حرصهما على مواصلة التنسيق إزاء القضايا الإقليمية.
g§ارتفاع التبادل التجاري بين {A} و{B} بنسبة {pct}%§أظهرت بيانات رسمية نُشرت {wd} أن حجم التبادل التجاري بين {A} و{B} ارتفع بنسبة {pct}% خلال الأشهر العشرة الأولى من العام.§ويعود معظم الارتفاع إلى قطاع {x}.|ويطالب المصدّرون بتسهيل الإجراءات الجمركية.|وتتوقع الغرف التجارية أرقاماً قياسية في العام المقبل.
g§{fA} و{fB} توقعان اتفاقاً بقيمة {m} مليون دولار§وقّعت شركة {fA} وشريكتها {fB} {wd} اتفاقاً بقيمة {m} مليون دولار.§ولا تزال الصفقة بحاجة إلى موافقة الجهات التنظيمية.|ومن المتوقع أن يوفر المشروع نحو {n2} فرصة عمل.|ووصف مسؤولون في الشركتين الاتفاق بأنه «استراتيجي».
g§انطلاق أيام ثقافية في {cB} بمشاركة فنانين من {A}§انطلقت {wd} في {cB} أيام ثقافية تتضمن عروضاً سينمائية وموسيقية بمشاركة فنانين من {A}.§ويتوقع المنظمون حضور أكثر من {n3} زائر.|ويتضمن البرنامج ندوات وورش عمل للطلاب.|والدخول مجاني لمعظم الفعاليات.
p§{A} تكتسح {B} {s1}-{s0} في معركة كروية¦فوز ساحق لمنتخب {A} على {B} بنتيجة {s1}-{s0}§اكتسح منتخب {A} نظيره منتخب {B} بنتيجة {s1}-{s0} {wd} في {venue} في مباراة أشبه بمعركة.§واقتحم عشرات المشجعين أرض الملعب مع صافرة النهاية.|وشنّ المهاجمون هجمات متواصلة طوال الشوط الثاني.|ووصف مدرب الفريق الخاسر الهزيمة بأنها «ساحقة».
s§{A} تحتج لدى {B} بشأن {iss}¦توتر دبلوماسي جديد بين {A} و{B} بسبب {iss}§احتجت وزارة الخارجية في {cA} {wd} على {iss}، ووصفت الأمر بأنه «غير مقبول».§ورفضت {cB} الاحتجاج ووصفته بأنه «لا أساس له».|ويقلل دبلوماسيون من خطر التصعيد.|ويأتي ذلك ضمن سلسلة طويلة من التوترات الدبلوماسية."""),
 'zh': dict(out='dongfang', wd='周一,周二,周三,周四,周五,周六,周日', x='能源,物流,农业,数字经济',
  names='CHN:中国:北京,KAZ:哈萨克斯坦:阿斯塔纳,JPN:日本:东京,VNM:越南:河内,IDN:印度尼西亚:雅加达,MYS:马来西亚:吉隆坡,UZB:乌兹别克斯坦:塔什干',
  iss={}, hist={'CHN-KAZ': '霍尔果斯陆港自2015年起投入运营，是两国货运的重要枢纽。', 'JPN-VNM': '两国于1973年建交，日本是越南最大的援助国之一。', 'IDN-MYS': '两国曾在1963年至1966年间爆发“对抗”冲突，此后关系长期稳定。', 'KAZ-UZB': '两国已于2022年完成全部边界勘定工作。'},
  sp='比赛结果在两国社交媒体上引发热议，不少球迷认为这是近年来双方交锋中最激烈的一场。', close=['当地媒体对此进行了广泛报道，社交媒体上也引发了不少讨论。', '更多细节有待相关部门在近期进一步公布。', '观察人士指出，近年来双边往来日益密切，各领域合作稳步推进。', '据了解，双方相关部门将在明年初就后续安排进行沟通。', '有专家表示，在全球经济不确定性上升的背景下，区域合作的重要性进一步凸显。', '本报将继续关注事态的后续发展。'],
  tpl="""d§{A}与{B}在{cA}举行外交磋商§{A}与{B}外交部{wd}在{cA}举行双边政治磋商，双方就{x}合作及地区形势等议题深入交换意见。§双方同意成立联合工作组，定期评估各项合作文件的落实情况。|下一轮磋商计划于明年第一季度在{cB}举行。|双方均表示磋商气氛友好务实，成果超出预期。|双方还就推动人文交流、扩大留学生规模等议题达成共识。
g§{A}与{B}前十个月贸易额增长{pct}%§据{wd}公布的官方数据，今年前十个月{A}与{B}双边贸易额同比增长{pct}%。§{x}领域是主要增长点，相关产品出口增幅尤为明显。|出口商仍希望进一步简化通关手续，缩短口岸等待时间。|双方商会预计明年双边贸易额将再创新高。|分析人士认为，跨境物流通道的改善是贸易增长的重要原因。
g§{fA}与{fB}签署{n}亿美元合作协议§{fA}公司与合作伙伴{fB}{wd}签署总额{n}亿美元的合作协议。§该交易尚需两国监管部门批准，预计明年上半年完成交割。|项目预计将为当地创造约{n2}个就业岗位。|双方高管称这是一项“长期战略投资”。|根据协议，双方将在未来五年内分阶段推进项目建设。
g§{cA}与{cB}高校签署学术交流协议 首批交换名额{n2}个§{cA}与{cB}的多所高校{wd}签署学生与教师交流协议。§该项目将于下一学年启动，首批交换名额{n2}个。|重点合作领域包括工程、医学和{x}。|校方称协议将加深两国青年之间的相互了解。|双方还计划明年联合举办学术研讨会和暑期课程。
p§{A}{s1}比{s0}大胜{B} 全场猛攻如同一场战役§在{wd}于{venue}进行的比赛中，{A}队以{s1}比{s0}击败{B}队，进攻如潮。§终场哨响后，数十名球迷冲入场内，安保人员花了十多分钟才恢复秩序。|{B}队主教练赛后承认这是一场“惨败”，并向球迷致歉。|双方球员在下半场多次发生冲突，裁判共出示了五张黄牌。|本场比赛吸引了数万名观众到场观战。"""),
})
FLAGS = {'routine': 'dgp', 'strained': 'sp', 'frozen': 'sg', 'war': 'w'}
for _l, _f in FX.items():
    _f['names'] = {x.split(':')[0]: x.split(':')[1:] for x in _f['names'].split(',')}
    _f['tpl'] = [x.split('§') for x in _f['tpl'].split('\n')]
    _f['wd'] = _f['wd'].split(',')
    _f['x'] = _f['x'].split(',')
LANG_PAIRS = {l: [p for p in PAIRS if all(c in f['names'] for c in p.split('-'))] for l, f in FX.items()}


def cap1(s):
    return s[:1].upper() + s[1:]


def foreign_story(R, lang, pair, t):
    f = FX[lang]
    kind = PAIRS[pair][0]
    ok = [x for x in f['tpl'] if x[0] in FLAGS[kind] and (x[0] != 'p' or PAIRS[pair][3]) and (x[0] != 's' or pair in f['iss'] or lang == 'ru')]
    tp = R.choice(ok)
    sw = R.random() < 0.5 and tp[0] != 's'
    a, b = pair.split('-')[::-1] if sw else pair.split('-')
    d = dict(A=f['names'][a][0], B=f['names'][b][0], cA=f['names'][a][1], cB=f['names'][b][1], fA=R.choice(C[a]['firms']),
             fB=R.choice(C[b]['firms']), nA=person(R, a), x=R.choice(f['x']), n=R.randint(3, 19), n2=R.randint(20, 480),
             pct=R.randint(4, 38), m=R.randint(12, 950), n3=R.randint(800, 9000), wd=f['wd'][t.weekday()], iss=R.choice(f['iss'].get(pair, '').split('|')), venue=f['names'][a][1])
    if tp[0] == 'p':
        d.update(sport_ex(R, pair))
        d['venue'] = d['cA']
    if tp[0] == 'w':
        w = WARS[pair]
        d.update(fr=R.choice(w['front']), tw=R.choice(w['town']['COD']))
    bs = [cap1(x.format(**d)) for x in R.sample(tp[3].split('|'), len(tp[3].split('|')))]
    k = 4 if lang == 'zh' else 2
    body = [cap1(tp[2].format(**d))] + bs[:k]
    if pair in f['hist'] and R.random() < 0.5:
        body.append(f['hist'][pair])
    city = d['cB'] if '{cB}' in tp[2] and '{cA}' not in tp[2] else d['cA']
    cl = [f['sp']] + (f['close'][:1] if lang == 'zh' else []) if tp[0] == 'p' else [x.format(**d) for x in f['close']]
    return dict(pair=pair, type='foreign-' + tp[0], title=cap1(R.choice(tp[1].split('¦')).format(**d)), body=body, outlet=f['out'], city=city,
                pad=bs[k:] + ([f['hist'][pair]] if pair in f['hist'] else []) + cl)

# ---- outlet house styles, multilateral round-ups, length fitting
DESK = ['Tomas Reyes', 'Clare Hobbs', 'Nadia Osei', 'Peter Lindqvist', 'Amira Haddad', 'Jon Ferreira', 'Sara Kowalczyk', 'Ivo Brandt']
PAD0 = ['Further details were not immediately available.', 'This story has been updated with additional information.']
PROTOCOL = ["The sides noted with satisfaction the dynamic development of bilateral relations and reaffirmed their commitment to further strengthening multifaceted cooperation.",
            "Following the meeting, the parties agreed to maintain regular contacts at all levels.",
            "The meeting took place in a warm and constructive atmosphere."]
ANQ = ['"The fundamentals of this relationship have not changed much, whatever the headlines say," said {an}.',
       '"Watch what the two governments do over the next month rather than what they say this week," said {an}.',
       '"There is more continuity here than most observers assume," said {an}.']
RUSED = set()
ANT = ["Analysis: What {A}'s latest moves say about its ties with {B}", 'Analysis: {A} and {B}, beyond the headlines',
       'Analysis: The quiet calculations behind {A}-{B} relations', 'Analysis: {A}, {B} and the limits of diplomacy',
       'Analysis: Money, memory and the {A}-{B} relationship', 'Analysis: Is {A} rethinking its approach to {B}?', 'Analysis: Old grievances, new interests for {A} and {B}', "Analysis: Why {B} matters more to {A} than it admits"]
TAB = {'sport': ['WAR ON THE PITCH: ', 'CARNAGE! ', 'BATTLE ROYALE: ', ''], 'war-shell': ['HORROR: ', 'MASSACRE AT THE MARKET: '],
       'war-swap': ['HOME AT LAST: '], 'war-drone': ['SKY WAR: '], 'war-front': ['BLOODBATH: ', ''], 'price': ['PRICE WAR! '], 'court': ['BEHIND BARS? ']}
MULTI = [("UN committee adopts resolution on {topic} with broad support", "A UN General Assembly committee adopted a resolution on {topic} on {wd} by {v} votes to {v2}, with {k} abstentions. Co-sponsors included {list}.", "The text now goes to the plenary for a final vote."),
         ("Ministers from {k} countries meet in {mc} to discuss {topic}", "Ministers and senior officials from {list} met in {mc} on {wd} to discuss {topic}.", "A final communique called for more funding and better data sharing."),
         ("Exporters' group agrees to share data on {commod} harvests", "Producer countries including {list} agreed in {mc} on {wd} to share harvest and stock data on {commod}.", "Traders said the move could damp price swings."),
         ("Development fund pledges reach ${v2}bn as donors meet in {mc}", "Pledges to a multilateral fund for {topic} reached ${v2} billion at a conference in {mc} on {wd}, with contributions from {list}.", "Campaigners said the total fell short of needs."),
         ("Draw in {mc} sets up regional derbies for 2027 qualifiers", "The draw for the 2027 qualifying rounds, held in {mc} on {wd}, placed {list} among the seeded teams.", "The first matches are scheduled for March.")]
MTOP = 'ocean plastics,rural electrification,desert locust control,migratory species,road safety,antimicrobial resistance,drought early warning'.split(',')
MCITY = 'Geneva,Nairobi,Bangkok,Vienna,Panama City,Doha,Rome'.split(',')


def multi_story(R, t):
    codes = R.sample(sorted(C), R.randint(6, 9))
    for e in EPISODES:
        st, en = ep_times(e)
        a, b = e['pair'].split('-')
        if st <= t <= en and a in codes and b in codes:
            codes.remove(b)
    names = [C[c]['name'] for c in codes]
    d = dict(list=', '.join(names[:-1]) + ' and ' + names[-1], topic=R.choice(MTOP), mc=R.choice(MCITY), wd=WD[t.weekday()],
             v=R.randint(120, 170), v2=R.randint(2, 19), k=len(codes) + R.randint(5, 30), commod=R.choice(['cocoa', 'coffee', 'cotton', 'sesame']))
    ti, ld, cl = R.choice(MULTI)
    return dict(pair='MULTI', type='multi', codes=codes, title=ti.format(**d), body=[ld.format(**d), cl.format(**d)], city=d['mc'],
                pad=['Delegates said follow-up meetings would be held next year.', 'Observer organisations welcomed the outcome.'])


def mon(t):
    return 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[t.month - 1]


def render(R, s, o, t, pad):
    """Return (title, text) in outlet o's house style, fitted to 300-1200 characters."""
    name, dom, lang, style = OUTLETS[o]
    title, body = s['title'], list(s['body'])
    city = s.get('city') or C[R.choice(s['pair'].split('-'))]['cap'] if s['pair'] != 'MULTI' else s['city']
    ep = s['type'] == 'episode'
    if style == 'analysis' and not title.startswith('Analysis'):
        f = filler(R, s['pair'], t, R.random() < 0.5) if s['pair'] != 'MULTI' else None
        for _ in range(12):
            nt = filler(R, s['pair'], t, R.random() < 0.5)(R.choice(ANT)) if f else 'Analysis: ' + title
            if nt not in RUSED:
                break
        RUSED.add(nt)
        title = nt
        body.insert(1, R.choice(ANQ).format(an=R.choice(ANALYSTS)))
        if f:
            body += [x for x in PAIRS[s['pair']][5] if x not in body][:1]
    if style == 'live' and not title.startswith('LIVE'):
        title = 'Live updates: ' + title
    if style == 'state' and s['type'] in ('consult', 'visit', 'call', 'cred', 'exercise', 'aid'):
        body.append(R.choice(PROTOCOL))
    if style == 'brief':
        body = body[:3]
    if style == 'tabloid' and not ep:
        title = R.choice(TAB.get(s['type'], [''])) + title
    tgt = R.choice([300, 340, 400, 480, 560])
    sign = '\n\n(Reporting by {}; editing by {})'.format(*R.sample(DESK, 2))
    while True:
        if style == 'live':
            ts = [(t - timedelta(minutes=17 * i + R.randint(0, 9) * (i > 0))).strftime('%H:%M') for i in range(len(body))]
            text = '\n'.join(f'{ts[i]} GMT – {x}' for i, x in enumerate(body))
        elif lang != 'en':
            dl = {'es': '{C}, {d} nov. (EHC). – ', 'fr': '{C}, {d} nov. (Le Courrier) – ', 'de': '{c} (RM) – ', 'pt': '{c}, {d} nov. – ',
                  'ru': '{c}, {d} ноября. /Вестник/. ', 'ar': '{c} - الرائد: ', 'zh': '本报{c}11月{d}日电 '}[lang]
            text = ('' if ep else dl.format(C=city.upper(), c=city, d=t.day)) + ('' if lang == 'zh' else ' ').join(body)
        elif style == 'wire':
            text = f'{city.upper()}, {mon(t)} {t.day} (Meridian Wire) – ' + '\n\n'.join(body) + sign
        elif style == 'brief':
            text = f'{city} (OPS) – ' + ' '.join(body)
        elif style == 'regional':
            text = f'{city.upper()} — ' + '\n\n'.join(body)
        elif style == 'state':
            ag = 'SteppeInform' if o == 'steppe' else 'HLNA'
            text = f'{city}, {t.day} November ({ag}). ' + ' '.join(body)
        elif style == 'release':
            fm = s.get('firm')
            ab = f'\n\nAbout {fm}\n{fm} is a privately held company with operations in both markets.' if fm else ''
            text = f'FOR IMMEDIATE RELEASE\n\n{city.upper()}, November {t.day}, 2026 — ' + ' '.join(body) + ab + '\n\nMedia contact: press office'
        elif style == 'tabloid':
            text = '\n\n'.join(body)
        else:
            text = ' '.join(body)
        if len(text) > 1200 and len(body) > 1:
            body.pop()
        elif len(text) < tgt and pad:
            body.append(pad.pop(0))
        elif len(text) >= 300:
            return title, text
        else:
            body.append(R.choice(PAD0))

# ---- schedule, outlet choice, ids/urls, output, validation
ASIA = 'KGZ-TJK CHN-KAZ IDN-MYS JPN-VNM FJI-NZL KAZ-UZB IND-NPL'.split()
AMER = 'TTO-VEN GUY-VEN BLZ-GTM ARG-URY CHL-PER'.split()
BEAT = {'dip': 'meridian:4 orbis:3 review:1', 'biz': 'ledger:5 meridian:2 orbis:1', 'soft': 'orbis:3 meridian:2',
        'sport': 'clarion:4 meridian:2 orbis:2', 'war': 'meridian:4 orbis:3 live:2 clarion:1 review:1',
        'tense': 'meridian:4 orbis:3 review:2', 'multi': 'meridian:3 orbis:2 review:1 ledger:1'}
BTYPE = dict(consult='dip', visit='dip', call='dip', cred='dip', exercise='dip', aid='soft', trade='biz', deal='biz', price='biz',
             culture='soft', transport='soft', court='soft', sport='sport', truce='war', frozen='tense', multi='multi')
SECT = {'en': 'world business sport', 'es': 'internacional economia deportes', 'fr': 'international economie sport', 'de': 'ausland wirtschaft sport',
        'pt': 'mundo economia desporto', 'ru': 'mir ekonomika sport', 'ar': 'world economy sports', 'zh': 'guoji caijing tiyu'}
FQ = dict(es=0.1, fr=0.1, de=0.12, pt=0.14, ru=0.15, ar=0.08, zh=0.1)  # chance a non-English outlet writes a story on a pair it covers


def pick_outlet(R, s):
    b = BTYPE.get(s['type'], 'war' if s['type'].startswith('war') else 'tense')
    opts = [x.split(':') for x in BEAT[b].split()]
    cs = s['pair'].split('-')
    for o, reg in REGIONAL.items():
        if all(c in reg for c in cs):
            opts.append((o, 4))
    for o, reg in STATE.items():
        if all(c in reg for c in cs) and b in ('dip', 'war', 'soft'):
            opts.append((o, 4))
    if s['type'] == 'deal' or (s['type'] == 'culture' and 'scholar' not in s['title']):
        opts.append(('release', 2))
    return R.choices([o for o, _ in opts], [int(w) for _, w in opts])[0]


def day_count(R, rate, wk):
    n = int(rate * (0.5 if wk else 1) + R.random() * 1.6 + 0.35)
    return max(0 if wk else 1, min(3 if wk else 5, n))


def in_win(pair, t):
    return any(e['pair'] == pair and ep_times(e)[0] <= t <= ep_times(e)[1] for e in EPISODES)


def story_for(R, pair, t):
    kind = PAIRS[pair][0]
    e = [x for x in EPISODES if x['pair'] == pair]
    after = e and t > ep_times(e[0])[1]
    if e and after and e[0]['kind'] == 'ESCALATION':
        return routine_story(R, pair, t, kinds='court price deal consult'.split())
    if kind == 'strained' and R.random() < 0.55 or pair == 'BLZ-GTM' and not after and R.random() < 0.4:
        return strained_story(R, pair, t)
    return routine_story(R, pair, t)


def build():
    R = random.Random(SEED)
    items = [(s['t'], s['outlet'], s) for s in ep_articles(R)]
    used = {s['title'] for _, _, s in items}

    def uniq(fn, *a):  # regenerate until the headline is new
        for _ in range(8):
            s = fn(R, *a)
            if s['title'] not in used:
                break
        used.add(s['title'])
        return s
    ee = {e['pair']: ep_times(e) for e in EPISODES}
    for day in range(14):
        d0, wk = T0 + timedelta(days=day), day % 7 >= 5
        for pair, cfg in PAIRS.items():
            lo, hi = (0, 14) if pair in ASIA else (11, 24) if pair in AMER else (5, 21)
            tm = lambda: d0 + timedelta(minutes=R.randint(lo * 60, hi * 60 - 1))
            if cfg[0] == 'war':
                truce = pair == 'ERI-ETH' and d0 > ee[pair][0]
                for _ in range(R.randint(2, 3) if truce else R.randint(3, 5)):
                    t = tm()
                    if in_win(pair, t) or (pair == 'ERI-ETH' and t > ee[pair][0] and not truce):
                        continue
                    k = 'truce' if truce else R.choices(list(WAR), [3, 2, 2, 1, 1, 1])[0]
                    if pair == 'COD-RWA' and R.random() < 0.07:
                        s = uniq(foreign_story, 'fr', pair, t)
                    else:
                        s = uniq(war_story, pair, t, k)
                    items.append((t, s.get('outlet') or pick_outlet(R, s), s))
                continue
            if pair == 'GEO-RUS' and day in (1, 4, 7, 10, 12):
                t = tm()
                for j in range(R.randint(1, 2)):
                    s = uniq(geo_incident, t)
                    items.append((t + timedelta(minutes=95 * j), pick_outlet(R, s), s))
            for _ in range(day_count(R, cfg[1], wk)):
                t = tm()
                if in_win(pair, t):
                    continue
                langs = [l for l, ps in LANG_PAIRS.items() if pair in ps and R.random() < FQ[l]]
                if langs and not (pair in ee and t > ee[pair][1] and pair not in ('BDI-RWA', 'BLZ-GTM', 'ERI-ETH')):
                    s = uniq(foreign_story, R.choice(langs), pair, t)
                else:
                    s = uniq(story_for, pair, t)
                items.append((t, s.get('outlet') or pick_outlet(R, s), s))
        for _ in range(R.randint(0, 1) if wk else R.randint(1, 3)):
            t = d0 + timedelta(minutes=R.randint(300, 1260))
            s = uniq(multi_story, t)
            items.append((t, pick_outlet(R, s), s))
    items.sort(key=lambda x: (x[0], x[1], x[2]['title']))
    RUSED.clear()
    arts, meta, seen = [], [], set()
    for i, (t, o, s) in enumerate(items):
        name, dom, lang, style = OUTLETS[o]
        pad = list(s.get('pad') or [])
        if lang == 'en' and s['pair'] in PAIRS:
            pad += PAIRS[s['pair']][5] + ([] if s['type'] == 'sport' else [R.choice(CLOSERS if s['type'] in ROUTINE else TENSE)])
        if s['type'] == 'episode':
            pad = [x for x in s['ctxpool'] if x not in s['body']] + pad
        title, text = render(R, s, o, t, [x for x in pad if x not in s['body']])
        if lang == 'en':
            title, text = (re.sub(r'\ba (?=[AEIO]|Uzb)', 'an ', x) for x in (title, text))
        sec = SECT[lang].split()[1 if s['type'] in ('trade', 'deal', 'price') else 2 if 'sport' in s['type'] or s['type'] == 'foreign-p' else 0]
        url = f'https://{dom}/{sec}/{t:%Y/%m/%d}/{slug(title, lang)}-{i + 1:06d}'
        seen.add(url)
        arts.append(dict(id=f'r4-{i + 1:06d}', url=url, source=name, published=iso(t), title=title, text=text, language=lang))
        meta.append(s)
    eps = [dict(pair=e['pair'], kind=e['kind'], start=iso(ep_times(e)[0]), end=iso(ep_times(e)[1]), note=e['note']) for e in EPISODES]
    return arts, meta, eps


TR = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya'.split(' ')))


def slug(title, lang):
    s = title.lower()
    if lang == 'ru':
        s = ''.join(TR.get(ch, ch) for ch in s)
    if lang in ('ar', 'zh'):
        w = re.findall(r'\w+', s)
        return urllib.parse.quote('-'.join(w)[:40 if lang == 'zh' else 60])
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return '-'.join(re.findall(r'[a-z0-9]+', s))[:70].strip('-')


def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)


def validate(arts, meta, eps):
    err = []
    keys = ['id', 'url', 'source', 'published', 'title', 'text', 'language']
    doms = {v[0]: (v[1], v[2]) for v in OUTLETS.values()}
    pub = [a['published'] for a in arts]
    if pub != sorted(pub):
        err.append('not sorted by published')
    if len({a['id'] for a in arts}) != len(arts) or len({a['url'] for a in arts}) != len(arts):
        err.append('duplicate id or url')
    for i, a in enumerate(arts):
        if list(a) != keys or a['id'] != f'r4-{i + 1:06d}':
            err.append(f'fields/id at line {i + 1}')
        if not re.fullmatch(r'2026-11-(09|1\d|2[0-2])T\d\d:\d\d:00Z', a['published']):
            err.append(f'published {a["id"]}')
        if a['source'] not in doms or not a['url'].startswith(f'https://{doms[a["source"]][0]}/') or doms[a['source']][1] != a['language']:
            err.append(f'source/url/language {a["id"]}')
        if not 300 <= len(a['text']) <= 1200 or not a['title'].strip():
            err.append(f'text length {a["id"]} {len(a["text"])}')
    for e, E in zip(eps, EPISODES):
        p = e['pair'].split('-')
        st, en = (datetime.strptime(e[k], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc) for k in ('start', 'end'))
        if list(e) != ['pair', 'kind', 'start', 'end', 'note'] or p != sorted(p) or any(x not in C for x in p) or e['kind'] not in ('ESCALATION', 'DEESCALATION'):
            err.append(f'episode fields {e}')
        if not timedelta(days=1.5) <= en - st <= timedelta(days=3):
            err.append(f'episode duration {e["pair"]}')
        mine = [a for a, m in zip(arts, meta) if m.get('ep') == EPISODES.index(E)]
        if not mine or mine[0]['published'] != e['start'] or len(mine) < 8 or len({a['source'] for a in mine}) < 4:
            err.append(f'episode coverage {e["pair"]}')
        for a, m in zip(arts, meta):
            if m['pair'] == 'MULTI' and e['start'] <= a['published'] <= e['end'] and set(p) <= set(m['codes']):
                err.append(f'multilateral story {a["id"]} names both of {e["pair"]}')
            if m['pair'] == e['pair'] and m.get('ep') is None and e['start'] <= a['published'] <= e['end']:
                err.append(f'routine story {a["id"]} inside window of {e["pair"]}')
    if len({e['pair'] for e in eps}) != len(eps) or sum(a['language'] != 'en' for a in arts if a['published'] in {e['start'] for e in eps}) < 2:
        err.append('episode pairs not distinct or fewer than two non-English first reports')
    share = sum(a['language'] != 'en' for a in arts) / len(arts)
    if not 0.08 <= share <= 0.14 or not 1000 <= len(arts) <= 1200:
        err.append(f'volume {len(arts)} / non-English share {share:.3f}')
    return err


def main():
    arts, meta, eps = build()
    fd, ed = dumps(arts), dumps(eps)
    if '--check' in sys.argv:
        err = validate(arts, meta, eps)
        for p, d in ((FEED, fd), (EPIS, ed)):
            if not os.path.exists(p) or open(p, encoding='utf-8').read() != d:
                err.append(f'{p} differs from regenerated output')
        print('\n'.join(err[:30]) or f'OK: {len(arts)} articles, {len(eps)} episodes')
        sys.exit(1 if err else 0)
    os.makedirs(BENCH, exist_ok=True)
    for p, d in ((FEED, fd), (EPIS, ed)):
        with open(p, 'w', encoding='utf-8') as f:
            f.write(d)
    langs = {}
    for a in arts:
        langs[a['language']] = langs.get(a['language'], 0) + 1
    print(f'wrote {len(arts)} articles {langs}, {len(eps)} episodes')


if __name__ == '__main__':
    main()
