#!/usr/bin/env python3
"""Feed 5, writer C: the eight episode windows.

Every article is hand-written for its episode (no shared templates), so the
output is fully deterministic; the seeded RNG below is kept only so that the
module follows the shared convention of a fixed seed.

Run as a script: writes part_c.jsonl (articles) and episodes.jsonl (episode
table) next to this file and prints counts per pair, language and kind.
"""
import collections
import json
import os
import random

RNG = random.Random(5003)  # fixed seed (nothing below draws from it)

EPISODES = [
    {"pair": "AFG-PAK", "kind": "ESCALATION",
     "start": "2026-11-17T03:20:00Z", "end": "2026-11-19T03:20:00Z",
     "note": "Cross-border fire at Chaman/Spin Boldak kills civilians and soldiers; that night Pakistani jets strike "
             "targets in Paktika and Khost, Islamabad shuts Torkham and Kabul vows to retaliate."},
    {"pair": "COL-ECU", "kind": "ESCALATION",
     "start": "2026-11-18T14:05:00Z", "end": "2026-11-21T02:05:00Z",
     "note": "Quito accuses Bogotá of a deadly raid across the San Miguel river, expels Colombia's ambassador, imposes a "
             "40% tariff and sends troops to the Putumayo border; Bogotá mirrors the expulsion and tariff, cuts power "
             "exports and reinforces its side."},
    {"pair": "ARM-AZE", "kind": "DEESCALATION",
     "start": "2026-11-19T09:00:00Z", "end": "2026-11-21T21:00:00Z",
     "note": "Armenia and Azerbaijan sign a peace treaty in Abu Dhabi; border commissions delimit two more sections, "
             "posts are pulled back near Sotk and Tavush, and detainees are released on both sides."},
    {"pair": "BEN-NER", "kind": "ESCALATION",
     "start": "2026-11-20T06:40:00Z", "end": "2026-11-22T18:40:00Z",
     "note": "Niamey shuts the border at Gaya/Malanville, arrests Beninese workers and accuses Cotonou of hosting foreign "
             "troops; both sides mass troops at the Niger bridge and Niger expels Benin's chargé d'affaires."},
    {"pair": "CHN-JPN", "kind": "ESCALATION",
     "start": "2026-11-22T01:15:00Z", "end": "2026-11-24T13:15:00Z",
     "note": "Chinese coast guard ships use water cannon on an Ishigaki fishing boat near the Senkaku/Diaoyu islands and "
             "detain its three crew; ambassadors are summoned on both sides and China stages live-fire drills."},
    {"pair": "DZA-MAR", "kind": "DEESCALATION",
     "start": "2026-11-23T16:30:00Z", "end": "2026-11-26T04:30:00Z",
     "note": "After a Qatari-mediated meeting in Doha, Algeria and Morocco restore ties broken in 2021, name and send "
             "ambassadors, reopen Algerian airspace to Moroccan aircraft and open talks on the gas pipeline."},
    {"pair": "ETH-SOM", "kind": "DEESCALATION",
     "start": "2026-11-25T11:00:00Z", "end": "2026-11-27T23:00:00Z",
     "note": "An Ankara-brokered final agreement ends the sea-access dispute: Ethiopian troops' status in Somalia is "
             "settled, ambassadors return, detained drivers are freed and direct flights resume."},
    {"pair": "IND-CHN", "kind": "DEESCALATION",
     "start": "2026-11-27T08:45:00Z", "end": "2026-11-29T20:45:00Z",
     "note": "India and China agree to disengage at Pangong Tso's north bank and Gogra-Hot Springs; structures are "
             "dismantled, troops pulled back, coordinated patrols resume and border trade is to reopen in spring."},
]


def _a(source, published, pair, lang, title, body, kind="episode"):
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return {"source": source, "published": published, "title": title,
            "text": "\n\n".join(paras), "language": lang, "pairs": [pair], "kind": kind}


NW, BWS, AC, SM, AP = "Northgate Wire", "Brief Wire Service", "Asia Current", "The Sahel Monitor", "Andes Post"
LD, EB, DR, CMJ = "Levant Dispatch", "Eurasia Brief", "The Daily Record", "Capital Markets Journal"
LIVE, PL, CNA = "LiveDesk", "Policy Ledger", "Crescent News Agency"
DP, ECHO, ZO = "Diario del Pacífico", "L'Écho de l'Ouest africain", "Zeitspiegel Ost"
MASH, KAV, YZ, CS = "المشرق اليوم", "Кавказский обозреватель", "亚洲时讯", "Correio do Sul"


def _afg_pak():
    p = "AFG-PAK"
    return [
        _a(NW, "2026-11-17T03:20:00Z", p, "en",
           "Heavy gunfire reported at Chaman crossing on Afghan-Pakistani border",
           """
QUETTA, Nov 17 (Northgate) - Heavy gunfire broke out before dawn on Tuesday around the Chaman border crossing between Pakistan and Afghanistan, two Pakistani security officials said, in what appeared to be the most serious flare-up on that stretch of the frontier in months.

The officials, who were not authorised to speak to the media, said Pakistani posts near the Friendship Gate came under fire from the Afghan side and that troops returned fire.

A hospital official in Chaman said several wounded people had been brought in, without giving numbers.

Afghan media reported that mortar rounds had landed in parts of Spin Boldak, across the line in Kandahar province.

A spokesman for the Taliban administration's border forces could not be reached.

Traffic through the crossing, a main artery for trade and transit, was halted, a customs agent said.

(Reporting by Saadia Mirza in Quetta and Farid Noorzai in Kabul; Editing by Helen Marrow)
"""),
        _a(BWS, "2026-11-17T04:05:00Z", p, "en",
           "Afghan officials say civilians killed as shells hit Spin Boldak",
           """
Kabul (BWS) -- Three civilians were killed and at least eleven wounded when shells fired from the Pakistani side hit homes in Spin Boldak on Tuesday morning, a spokesman for the Kandahar provincial administration said. Pakistan did not immediately comment on the claim. Shops in the border town stayed shut and families were seen leaving toward Kandahar city, residents told BWS.
"""),
        _a(LIVE, "2026-11-17T06:55:00Z", p, "en",
           "Live: Clashes on the Afghanistan-Pakistan border at Chaman and Spin Boldak",
           """
06:50 GMT - Pakistan's military media wing says its troops responded 'befittingly' to 'unprovoked firing' on several border posts and that 'a number of' attackers were killed. No figure for its own losses.

06:05 GMT - A doctor at the district hospital in Chaman tells us two soldiers and a boy of about twelve have been admitted with shrapnel wounds. Not independently verified.

05:30 GMT - Videos shared by residents appear to show smoke over the market near the Friendship Gate. We have not been able to confirm when they were filmed.

04:45 GMT - Welcome to our live coverage. Gunfire and mortar exchanges have been reported since before dawn around the Chaman-Spin Boldak crossing, the busiest on the southern stretch of the frontier. The crossing is shut.
"""),
        _a(AC, "2026-11-17T09:40:00Z", p, "en",
           "Islamabad and Kabul trade blame as border fighting spreads along Kandahar frontier",
           """
Fighting that began at Chaman before dawn on Tuesday had spread by mid-morning to at least two other points along the Balochistan-Kandahar frontier, officials on both sides said, each government accusing the other of starting it.

Pakistan's Foreign Office called in the head of the Afghan mission in Islamabad to protest what spokeswoman Amna Raza called 'unprovoked aggression'. 'Pakistan will defend every inch of its territory,' she said.

In Kabul, deputy spokesman Mawlawi Hamdullah Zaheer said Pakistani forces had shelled homes and Afghan border units had 'responded in self-defence'. He put the Afghan toll at five dead, two of them children.

Neither account could be verified. In Chaman the main bazaar emptied and schools sent pupils home.
"""),
        _a(ZO, "2026-11-17T13:40:00Z", p, "de",
           "Schüsse an der Durand-Linie: Familien fliehen aus Spin Boldak",
           """
An der afghanisch-pakistanischen Grenze bei Chaman und Spin Boldak ist es am Dienstag zu schweren Gefechten gekommen. Beide Seiten feuerten nach eigenen Angaben Mörsergranaten ab; wer zuerst geschossen hat, ist umstritten.

Die Taliban-Behörden in Kandahar sprechen von mindestens fünf getöteten Zivilisten. Die pakistanische Armee meldet zwei verletzte Soldaten und behauptet, „zahlreiche Angreifer“ ausgeschaltet zu haben. Unabhängig bestätigen lässt sich keine der Zahlen.

Augenzeugen berichten von Familien, die auf Pick-ups und Eselskarren Richtung Kandahar-Stadt aufbrechen. Der Übergang, über den sonst täglich Hunderte Lastwagen rollen, ist dicht.

Beobachter in Islamabad rechnen damit, dass die Armee nachlegt. Seit Wochen wirft Pakistan Kabul vor, Kämpfern Unterschlupf zu gewähren, die Anschläge in Belutschistan und Khyber Pakhtunkhwa verüben.
"""),
        _a(NW, "2026-11-17T21:15:00Z", p, "en",
           "Pakistani jets strike targets in Afghanistan's Paktika and Khost, officials and residents say",
           """
KABUL, Nov 17 (Northgate) - Pakistani aircraft carried out strikes late on Tuesday in Afghanistan's eastern provinces of Paktika and Khost, Afghan officials and residents said, hours after deadly clashes on the southern border.

Residents of Barmal district in Paktika told Northgate by telephone they heard jets overhead and then several large explosions around 11 p.m. local time.

A Taliban official in Khost said a house in the Gurbuz area had been hit and that casualties were 'expected to be high'.

Two Pakistani security sources described the raids as 'precise' and said they targeted hideouts of militants behind attacks inside Pakistan.

Pakistan's military did not officially confirm the operation.

(Reporting by Farid Noorzai in Kabul and Imran Qureshi in Islamabad; Editing by Tom Ellery)
"""),
        _a(DR, "2026-11-18T02:30:00Z", p, "en",
           "BLITZ! Pakistan jets pound Afghan hideouts as border war fears grow",
           """
Pakistani warplanes roared across the border into Afghanistan overnight, blasting suspected militant dens in a dramatic escalation of a bloody frontier feud.

Terrified villagers in Paktika province said the night sky 'lit up like daytime' as bombs rained down on mud-brick compounds.

'We grabbed the children and ran into the fields,' one farmer told local reporters. 'Nobody knows how many are under the rubble.'

The raids came just hours after troops on both sides traded mortar fire at the Chaman crossing, leaving at least seven dead.

Kabul's Taliban rulers are furious, and one commander warned: 'Islamabad has opened a door it will not be able to close.'
"""),
        _a(BWS, "2026-11-18T05:40:00Z", p, "en",
           "Pakistan shuts Torkham crossing after strikes in Afghanistan",
           """
Peshawar (BWS) -- Pakistan closed the Torkham border crossing with Afghanistan on Wednesday morning until further notice, customs officials in Khyber district said. Long lines of trucks formed on the highway toward Landi Kotal. No reason was given, but the move follows overnight Pakistani air raids on Afghan territory.
"""),
        _a(CNA, "2026-11-18T08:10:00Z", p, "en",
           "Qatar calls on Afghanistan and Pakistan to exercise restraint, affirms readiness to host talks",
           """
DOHA, Nov 18 (Crescent) — The Ministry of Foreign Affairs expressed the State of Qatar's deep concern over the escalation on the border between the Islamic Republic of Pakistan and Afghanistan, and called on both brotherly parties to exercise the utmost restraint, give priority to the voice of wisdom and resolve their differences through dialogue and peaceful means.

In a statement issued on Wednesday, the Ministry affirmed the State of Qatar's full support for all regional and international efforts aimed at de-escalation, stressing the importance of protecting civilians and preserving the security and stability of the region.

The Ministry reiterated the readiness of the State of Qatar to host meetings between the two sides, in continuation of its mediation efforts, and extended its sincere condolences to the families of the victims.
"""),
        _a(CMJ, "2026-11-18T11:20:00Z", p, "en",
           "Torkham closure strands fruit and cement exporters as rupee slips",
           """
Thousands of trucks loaded with fruit, cement and transit cargo were stuck on both sides of the Afghan-Pakistani frontier on Wednesday after Islamabad sealed Torkham, the busiest crossing, following air raids in eastern Afghanistan.

Hamid Afridi, who runs Khyber Gate Logistics, a Peshawar haulier with 140 vehicles, said drivers had been told to park at Landi Kotal 'with no timeline at all'. 'Pomegranates don't wait for diplomats,' he said.

The rupee weakened 0.4 per cent in interbank trade and Karachi's benchmark index fell 1.7 per cent, led by cement makers that rely on Afghan demand.

Chaman has been shut since Tuesday's fighting. Afghan importers said they were rerouting some cargo through Iran's Chabahar port, at higher cost.
"""),
        _a(PL, "2026-11-18T15:00:00Z", p, "en",
           "Analysis: Why Pakistan's strikes in Afghanistan risk a wider border war",
           """
Pakistan's overnight raids on Paktika and Khost mark the sharpest turn yet in a relationship Islamabad once treated as its strategic backyard.

The Taliban's return in August 2021 was greeted in Islamabad as a vindication. It has proved the opposite: attacks by the Pakistani Taliban have risen steadily, and Islamabad accuses Kabul of letting them operate freely, which the Taliban deny.

'Pakistan has run out of non-military levers,' said Nadia Hussain, a South Asia researcher at the Meridian Institute. 'Closures and deportations of Afghans have not changed Taliban behaviour, so the army reaches for air power.'

The Durand Line, drawn in 1893, has never been recognised by any Afghan government. Last October's clashes ended in a ceasefire brokered in Doha and Istanbul that was never turned into a monitoring mechanism.
"""),
        _a(NW, "2026-11-18T19:45:00Z", p, "en",
           "Kabul vows to 'respond' to Pakistani strikes as death toll rises",
           """
KABUL, Nov 18 (Northgate) - Afghanistan's Taliban administration vowed on Wednesday to retaliate for Pakistani air strikes that it said killed 19 people, mostly women and children, in Paktika and Khost.

'The Islamic Emirate considers this a violation of its sovereignty and reserves the right to respond at a time and place of its choosing,' the defence ministry said in a statement.

Pakistan's defence minister told parliament the strikes had hit 'terrorist hideouts, not civilians' and warned that further attacks from Afghan soil would bring 'a heavier response'.

Artillery units were seen moving toward Kurram and North Waziristan, residents said.

Both Torkham and Chaman remained closed.

(Reporting by Farid Noorzai and Imran Qureshi; Editing by Helen Marrow)
"""),
    ]


def _col_ecu():
    p = "COL-ECU"
    return [
        _a(DP, "2026-11-18T14:05:00Z", p, "es",
           "Ecuador denuncia una incursión de militares colombianos en Sucumbíos",
           """
Quito. El Gobierno ecuatoriano acusó este miércoles a Colombia de haber violado su territorio durante una operación armada en la zona del río San Miguel, en la provincia amazónica de Sucumbíos, según fuentes militares citadas por medios locales.

De acuerdo con la versión preliminar, uniformados colombianos habrían cruzado el río en lanchas durante la madrugada y atacado un campamento cerca de Puerto El Carmen de Putumayo. Vecinos de la zona hablan de al menos cuatro muertos, una cifra que no ha sido confirmada.

'Hubo disparos casi una hora y después se oyeron motores que se iban para el otro lado', relató por teléfono un comerciante de la parroquia fronteriza.

La Cancillería anunció que pedirá explicaciones 'inmediatas' a Bogotá. El Ministerio de Defensa colombiano no se había pronunciado al cierre de esta edición.
"""),
        _a(BWS, "2026-11-18T15:30:00Z", p, "en",
           "Ecuador summons Colombian ambassador over alleged cross-border raid",
           """
Quito (BWS) -- Ecuador's foreign ministry summoned Colombia's ambassador on Wednesday and handed him a protest note over what it called an armed incursion into Sucumbíos province. Foreign Minister Gabriela Andrade said 'no foreign force' had permission to operate on Ecuadorian soil. Bogotá has not commented.
"""),
        _a(AP, "2026-11-18T18:10:00Z", p, "en",
           "Bogotá says Putumayo operation stayed on Colombian side of the river",
           """
Colombia's defence ministry insisted on Wednesday that an operation against an armed dissident group along the San Miguel river took place 'entirely on Colombian territory', rejecting Ecuador's claim that troops had crossed the border.

Soldiers and police dismantled a cocaine laboratory and a camp near La Dorada, in the municipality of San Miguel, the ministry said. 'Our forces did not set foot in Ecuador,' Defence Minister Álvaro Restrepo Gil told reporters in Bogotá.

Ecuadorian officials said shell casings and bodies had been found on the southern bank. Quito's interior minister called the raid 'an aggression that cannot go unanswered'.

The jungle frontier has long been crossed by armed groups and smugglers, and ties have been strained since last year's tariff spat.
"""),
        _a(NW, "2026-11-18T22:40:00Z", p, "en",
           "Ecuador expels Colombian ambassador over border raid",
           """
QUITO, Nov 18 (Northgate) - Ecuador on Wednesday ordered Colombia's ambassador to leave the country within 72 hours, escalating a dispute over an alleged incursion by Colombian forces into its Amazon province of Sucumbíos.

The foreign ministry declared the envoy persona non grata and recalled its own ambassador from Bogota for consultations.

'Ecuador will not allow its territory to be treated as a battlefield,' Foreign Minister Gabriela Andrade told reporters.

Ecuadorian prosecutors said five people, including a 16-year-old, were killed in the raid near Puerto El Carmen de Putumayo.

Colombia's foreign ministry called the expulsion 'disproportionate' and said it would respond in due course.

(Reporting by Pablo Cevallos in Quito and Laura Ospina in Bogota; Editing by Daniel Frost)
"""),
        _a(CS, "2026-11-19T10:50:00Z", p, "pt",
           "Itamaraty pede contenção a Equador e Colômbia após expulsão de embaixador",
           """
Brasília — O governo brasileiro manifestou nesta quinta-feira “profunda preocupação” com a escalada entre Equador e Colômbia, depois que Quito expulsou o embaixador colombiano por causa de uma suposta incursão militar na fronteira amazônica.

Em nota, o Itamaraty exortou as duas partes a “preservar os canais de diálogo” e colocou os bons ofícios do Brasil à disposição para uma solução negociada. Diplomatas ouvidos pelo Correio do Sul lembram que a região já foi palco de crise semelhante em 2008, quando um bombardeio colombiano em território equatoriano levou ao rompimento de relações.

Em Bogotá, fontes da chancelaria indicaram que a resposta colombiana deve ser anunciada ainda hoje. Empresas brasileiras com operações nos dois países acompanham o caso com apreensão.
"""),
        _a(DP, "2026-11-19T13:30:00Z", p, "es",
           "Quito impone aranceles del 40 % a Colombia y manda 2.000 soldados a la frontera",
           """
Quito. El presidente ecuatoriano anunció este jueves un recargo del 40 % a las importaciones procedentes de Colombia y el envío de unos 2.000 militares adicionales a la frontera norte, sobre todo a Sucumbíos y a la ribera del Putumayo.

En cadena nacional, el mandatario calificó lo ocurrido en la madrugada del miércoles como 'una violación flagrante de nuestra soberanía'. 'Quien dispara en nuestro territorio no puede esperar que todo siga igual', advirtió.

La llamada tasa de seguridad regirá desde el lunes y alcanzará a medicamentos, autopartes y alimentos procesados. Defensa precisó que los refuerzos incluyen unidades de selva, helicópteros y patrulleras fluviales.

Gremios industriales de Guayaquil alertaron sobre posibles desabastecimientos, mientras alcaldes fronterizos pidieron 'cabeza fría'.
"""),
        _a(CMJ, "2026-11-19T16:20:00Z", p, "en",
           "Colombian peso, Ecuador bonds slide as tariff fight flares",
           """
Colombia's peso fell 1.1 per cent against the dollar on Thursday and Ecuador's dollar bonds dropped across the curve after Quito slapped a 40 per cent surcharge on Colombian imports, reviving a trade fight investors had hoped was over.

Ecuador's 2035 notes lost nearly two cents, traders said. Shares in Bogota-listed Andina Farmacéutica, which ships a fifth of its output south, fell 6 per cent.

'Both economies lose, but Ecuador risks its energy security if Bogota stops power sales,' said Mariana Téllez, an economist at Pacífico Capital in Lima.

Truckers at the Rumichaca bridge, the main crossing, reported slower inspections, and Ecuadorian supermarket chains said they were checking stocks of Colombian goods.
"""),
        _a(LIVE, "2026-11-19T21:35:00Z", p, "en",
           "Live: Colombia hits back at Ecuador – envoy expelled, power exports suspended",
           """
21:30 GMT - Colombia's energy ministry confirms it is suspending electricity exports to Ecuador 'until conditions of reciprocity are restored'. Ecuador has leaned on Colombian power during dry spells.

20:55 GMT - Bogota gives Ecuador's ambassador 72 hours to leave, exactly the deadline Quito handed Colombia's envoy on Wednesday.

20:10 GMT - Foreign Minister Camilo Zuluaga reads a statement: the government 'rejects the lies' about the San Miguel operation and will apply 'equivalent tariffs' on Ecuadorian goods from Monday.

19:40 GMT - Welcome to our coverage. A day after Quito expelled Colombia's ambassador, Bogota is expected to announce its response within the hour.
"""),
        _a(DP, "2026-11-20T12:15:00Z", p, "es",
           "Colombia responde con aranceles espejo y deja a Ecuador sin energía importada",
           """
Bogotá. El Gobierno colombiano formalizó este viernes, mediante decreto, un arancel del 40 % a los productos ecuatorianos, idéntico al de Quito, y dejó en suspenso la venta de electricidad al vecino, en la respuesta más dura desde que estalló la crisis por el operativo del río San Miguel.

'No vamos a aceptar que se use a Colombia como chivo expiatorio', dijo el canciller Camilo Zuluaga. En el puente de Rumichaca, decenas de camiones esperaban desde la madrugada mientras la policía aduanera revisaba carga por carga.

En Ipiales, los comerciantes temen que se repitan los cierres de otros años. 'Aquí vivimos del paso; si lo cierran, se muere el pueblo', resumió una cambista.

Analistas consultados por este diario no descartan un cierre total de los pasos fronterizos.
"""),
        _a(PL, "2026-11-20T14:40:00Z", p, "en",
           "Analysis: Angostura's shadow hangs over the Colombia-Ecuador rupture",
           """
Eighteen years after Colombian bombs fell on a FARC camp at Angostura, inside Ecuador, the Andean neighbours are again trading expulsions over a raid on the jungle border.

The March 2008 strike led Quito to sever relations; full ties were not restored until late 2010.

This time the sequence is faster and more economic. Within 48 hours Quito expelled an ambassador, imposed a 40 per cent tariff and sent troops to Sucumbíos; Bogota mirrored each step and cut power exports.

'Trade is a cheap and visible weapon,' said Julián Mora of the Andean Forum in Lima. 'The danger is the troops: two armies facing each other across a river full of armed groups that profit from the confusion.'

Neither government has shown public evidence of where the operation took place.
"""),
        _a(AP, "2026-11-20T17:30:00Z", p, "en",
           "Troops pour into Ecuador's Sucumbíos as Colombian army reinforces Putumayo",
           """
Military trucks and river patrol boats reached Lago Agrio and Puerto El Carmen de Putumayo on Friday as Ecuador began deploying the extra soldiers promised by the president, while Colombia's army said two battalions were heading to its side of the frontier.

'We've had soldiers before, but never this many, and never looking at the Colombians instead of the smugglers,' said a teacher in Puerto El Carmen.

Colombia's army commander, General Héctor Bustamante, called the reinforcements in Puerto Asís and La Dorada 'defensive'.

Quito also suspended a binational border commission and cancelled a meeting of security officials. The OAS secretary-general urged both sides to 'lower the temperature'.
"""),
        _a(BWS, "2026-11-20T23:40:00Z", p, "en",
           "Ecuador closes San Miguel bridge crossing to Colombia",
           """
Nueva Loja (BWS) -- Ecuador closed the San Miguel bridge crossing in Sucumbíos to vehicles on Friday evening, the army said, citing 'security reasons'. Only pedestrians with valid documents will be allowed through. Colombia's foreign ministry called the closure 'unjustified' and said it was studying further measures.
"""),
    ]


def _arm_aze():
    p = "ARM-AZE"
    return [
        _a(KAV, "2026-11-19T09:00:00Z", p, "ru",
           "Армения и Азербайджан, по данным источников, подписали мирный договор",
           """
Ереван и Баку в четверг подписали мирный договор, сообщили несколько местных СМИ со ссылкой на источники в правительствах обеих стран. Официального подтверждения на момент публикации не поступало.

По имеющимся данным, церемония прошла в Абу-Даби в присутствии министров иностранных дел. Документ, текст которого был согласован ещё в прошлом году, предусматривает взаимное признание территориальной целостности и отказ от претензий друг к другу.

Собеседник издания в армянском МИДе осторожно назвал происходящее «историческим шагом», но напомнил, что договор ещё предстоит ратифицировать. В Баку прежде настаивали, что подписание возможно лишь после изменения армянской конституции; как был решён этот вопрос, пока неясно.

Подробности, как ожидается, будут объявлены в ближайшие часы.
"""),
        _a(BWS, "2026-11-19T10:20:00Z", p, "en",
           "Armenia confirms peace treaty signed with Azerbaijan",
           """
Yerevan (BWS) -- Armenia's foreign ministry confirmed on Thursday that Foreign Minister Levon Arakelyan and his Azerbaijani counterpart had signed a peace treaty in Abu Dhabi. The ministry called it 'the end of nearly four decades of conflict'. Baku is expected to issue its own statement later in the day.
"""),
        _a(NW, "2026-11-19T12:45:00Z", p, "en",
           "Armenia, Azerbaijan sign peace treaty, pledge to finish border demarcation",
           """
ABU DHABI, Nov 19 (Northgate) - Armenia and Azerbaijan signed a peace treaty on Thursday committing the South Caucasus neighbours to recognise each other's borders and establish diplomatic relations.

The 17-article document was signed by Armenian Foreign Minister Levon Arakelyan and Azerbaijani Foreign Minister Elnur Mammadli at a ceremony hosted by the United Arab Emirates.

Both sides renounce territorial claims and agree not to station third-country forces along their common border, officials said.

A joint commission is to complete delimitation of the roughly 1,000-km frontier.

'Today we closed the darkest chapter of our history,' Arakelyan said. Mammadli said Baku would judge Yerevan 'by its deeds'.

Both parliaments must still ratify the treaty.

(Reporting by Anna Grigoryan and Rauf Aliyev; Editing by Daniel Frost)
"""),
        _a(EB, "2026-11-19T16:30:00Z", p, "en",
           "It's signed. What the Armenia-Azerbaijan treaty settles, and what it doesn't",
           """
Well, it finally happened. After months of 'any week now', the Armenian and Azerbaijani foreign ministers put pen to paper in Abu Dhabi this Thursday. Quick take:

• In: mutual recognition of territorial integrity, no territorial claims, embassies within months, a border commission with an actual deadline.

• Out: anything on a right of return for Karabakh Armenians. Yerevan clearly decided that fight was lost.

• The constitution: per two people who've seen the annex, Yerevan commits in writing to a referendum before ratification. Expect the opposition to make noise.

• Moscow: conspicuously quiet. Tehran 'welcomes steps toward stability', i.e. watching the Syunik transit route like a hawk.

• Next: border sections. Word is the commissions meet tomorrow.
"""),
        _a(ZO, "2026-11-19T19:10:00Z", p, "de",
           "Berlin und Brüssel begrüßen Friedensvertrag zwischen Armenien und Aserbaidschan",
           """
Die Bundesregierung hat die Unterzeichnung des Friedensvertrags zwischen Armenien und Aserbaidschan als „historischen Durchbruch“ gewürdigt. Das Abkommen beende einen Konflikt, „der den Südkaukasus über Jahrzehnte gelähmt hat“, erklärte Staatssekretärin Katrin Weller am Donnerstag in Berlin.

Auch die EU-Kommission sprach von einem Meilenstein und stellte Mittel für Grenzinfrastruktur und Verkehrsprojekte in Aussicht. Diplomaten in Brüssel mahnten zugleich, Ratifizierung und humanitäre Fragen nicht aus dem Blick zu verlieren.

Wirtschaftlich zählt für Berlin vor allem der Mittlere Korridor: Öffnen sich die Verkehrswege durch Armenien, könnten Waren zwischen China und Europa schneller am russischen Territorium vorbeigeführt werden.

Aus der armenischen Diaspora in Deutschland kam dagegen Kritik – von einem „Frieden zu Bakus Bedingungen“ war die Rede.
"""),
        _a(CNA, "2026-11-20T07:30:00Z", p, "en",
           "UAE President receives Armenian and Azerbaijani foreign ministers following treaty signing",
           """
ABU DHABI, Nov 20 (Crescent) — The President of the United Arab Emirates received on Friday the Minister of Foreign Affairs of the Republic of Armenia and the Minister of Foreign Affairs of the Republic of Azerbaijan, on the occasion of the signing of the Treaty on the Establishment of Peace and Interstate Relations between the two countries.

The two ministers conveyed the greetings of their leaderships and expressed deep appreciation for the hospitality of the UAE and its constructive role in facilitating the conclusion of the treaty.

The President congratulated the two sides on this historic achievement, affirming the UAE's continued support for all efforts that consolidate peace, stability and development in the South Caucasus. The two sides expressed satisfaction with the positive atmosphere of the talks and their determination to implement the treaty in good faith.
"""),
        _a(KAV, "2026-11-20T10:15:00Z", p, "ru",
           "Комиссии по делимитации согласовали новые участки границы, посты будут отведены",
           """
Государственные комиссии Армении и Азербайджана по делимитации в пятницу согласовали прохождение границы ещё на двух участках — на стыке Тавушской области и Газахского района, а также в районе села Сотк на границе Гегаркуникской области с Кельбаджарским районом, сообщили вице-премьеры обеих стран.

Согласно протоколу, подписанному на заседании в Газахе, пограничные посты на этих отрезках в течение десяти дней отведут на расстояние от 500 метров до полутора километров от согласованной линии. Установка пограничных столбов начнётся, как только позволит погода.

Жители Сотка, который в последние годы не раз попадал под обстрел, встретили новость сдержанно. «Поверим, когда окопы опустеют», — сказал местный фермер.

Первые участки в Тавуше были делимитированы весной 2024 года.
"""),
        _a(CMJ, "2026-11-20T14:00:00Z", p, "en",
           "Dram, Azerbaijani bonds rally on peace treaty as investors eye transit corridor",
           """
Armenia's dram strengthened to a three-month high on Friday and Azerbaijan's sovereign dollar bonds edged up as investors priced in the commercial upside of the treaty signed a day earlier.

Logistics groups are eyeing the planned road and rail link across southern Armenia connecting mainland Azerbaijan with its Nakhchivan exclave and Turkey. Caspian Rail Freight, a Baku-based operator, said it was 'ready to run trial services as soon as track is laid'.

'Armenian firms can finally price long-term contracts without a war premium,' said Karen Avetisyan, head of research at Sevan Capital in Yerevan.

Fuel importers expect direct deliveries once crossings open. Analysts cautioned that ratification risk remained.
"""),
        _a(NW, "2026-11-20T17:45:00Z", p, "en",
           "Azerbaijan frees six Armenians after peace treaty; Armenia hands back two soldiers",
           """
YEREVAN, Nov 20 (Northgate) - Azerbaijan on Friday released six Armenians, including four servicemen captured in border incidents, in a goodwill gesture a day after the two countries signed a peace treaty, Armenian officials said.

The six were handed over at the border near the village of Kirants in Tavush province, Armenia's national security service said.

Armenia in turn returned two Azerbaijani soldiers who had crossed the line earlier this year, Baku's state border service said.

'This is the first tangible result of the treaty, and a humane one,' Deputy Prime Minister Mher Galstyan said.

The fate of other Armenians held in Baku, including former Karabakh officials serving long sentences, was not addressed.

(Reporting by Anna Grigoryan; Editing by Daniel Frost)
"""),
        _a(PL, "2026-11-21T09:30:00Z", p, "en",
           "Analysis: A Caucasus peace treaty – durable settlement or armistice on paper?",
           """
The treaty signed in Abu Dhabi on Thursday would have been unthinkable after the 44-day war of autumn 2020, when thousands died and Baku retook much of the land it lost in the early 1990s.

Azerbaijan's offensive of September 2023, which ended Armenian rule in Nagorno-Karabakh and sent more than 100,000 people fleeing, removed the issue that had blocked every earlier draft.

'Baku negotiated from military superiority and got most of what it wanted,' said Irina Kovalenko of the Baltic Institute for Security Studies. 'Yerevan got what it needed more: a legal border and a lower risk of war.'

Risks remain: a constitutional referendum the Armenian opposition vows to fight, and any border incident before ratification. But detainee releases and Friday's pullback of posts suggest both leaderships want it to stick.
"""),
        _a(ZO, "2026-11-21T13:20:00Z", p, "de",
           "Sotk atmet auf: Im Grenzdorf ziehen die Soldaten ab",
           """
In Sotk, einem Dorf im Osten Armeniens, waren am Samstag zum ersten Mal seit Jahren keine Soldaten auf dem Hügel über der Goldmine zu sehen. Die armenischen Posten wurden, wie im Protokoll vom Freitag vereinbart, einige Hundert Meter zurückverlegt; auf aserbaidschanischer Seite sollen Bagger begonnen haben, Stellungen einzuebnen.

„Meine Kinder wissen nicht, wie sich ein Abend ohne Schüsse anfühlt“, sagt die Lehrerin Anahit M., deren Haus 2022 von einer Granate getroffen wurde. Ganz traut sie dem Frieden noch nicht.

Der Vertrag von Abu Dhabi sieht vor, die gesamte Grenze binnen zwei Jahren festzulegen, Abschnitt für Abschnitt. Beobachter der EU-Mission, die ihre Arbeit nach Inkrafttreten beenden soll, bestätigten den Rückzug auf armenischer Seite.
"""),
        _a(DR, "2026-11-21T18:00:00Z", p, "en",
           "FREED: Tears and hugs as Armenian captives come home after peace deal",
           """
They walked across the line clutching plastic bags holding everything they owned, and straight into the arms of mothers who had waited years.

Four Armenian soldiers and two civilians, held in Azerbaijani jails, are back on home soil after the bitter Caucasus rivals sealed a landmark peace pact.

'I prayed every single night,' sobbed one mum as she clung to her son at a welcome party in Ijevan on Saturday. 'Now I can finally sleep.'

Azerbaijan got two of its own boys back in the swap.

The feud has cost tens of thousands of lives since the 1990s. Now guns have fallen silent along stretches of the border and troops are pulling back from hilltop posts.
"""),
    ]


def _ben_ner():
    p = "BEN-NER"
    return [
        _a(ECHO, "2026-11-20T06:40:00Z", p, "fr",
           "Niamey aurait fermé sa frontière avec le Bénin, des camions bloqués à Gaya",
           """
La frontière entre le Niger et le Bénin serait de nouveau fermée depuis la nuit de jeudi à vendredi, selon des sources sécuritaires et plusieurs transporteurs joints par téléphone à Gaya et à Malanville.

Au petit matin ce vendredi, des militaires nigériens auraient barré l'accès au pont sur le fleuve Niger, refoulant camions et motos. « On nous a dit que plus personne ne passe, sans explication », raconte un chauffeur immobilisé côté nigérien avec un chargement d'oignons.

D'après des médias locaux, des ressortissants béninois employés sur des chantiers à Gaya auraient été interpellés dans la soirée, une information qu'aucune source officielle n'a confirmée.

Ni Niamey ni Cotonou ne s'étaient exprimés à l'heure où nous mettions en ligne.
"""),
        _a(BWS, "2026-11-20T08:15:00Z", p, "en",
           "Niger closes border with Benin, accuses Cotonou of hosting foreign troops",
           """
Niamey (BWS) -- Niger's military government said on state television on Friday it had closed the land border with Benin 'until further notice', accusing Cotonou of allowing foreign troops to use its territory to 'destabilise' Niger. The statement, read by an officer in uniform, gave no details. Benin did not immediately respond.
"""),
        _a(SM, "2026-11-20T11:30:00Z", p, "en",
           "Beninese workers detained in Gaya as Niger seals frontier",
           """
At least 14 Beninese nationals working on a road site and at a fuel depot in Gaya were detained overnight by Nigerien security forces, relatives and a Beninese trade union said on Friday, hours before Niamey announced the border closure.

'They came at night and took them from the workers' camp. We have had no news since,' said the brother of one of the men, reached in Malanville, across the river.

A Nigerien security source said the men were being questioned 'in connection with espionage', without elaborating.

The Gaya-Malanville crossing is the main gateway for goods moving from the port of Cotonou to landlocked Niger. Traders said hundreds of lorries were stranded on both banks.
"""),
        _a(NW, "2026-11-20T15:00:00Z", p, "en",
           "Benin rejects Niger's 'foreign troops' accusation, demands release of workers",
           """
COTONOU, Nov 20 (Northgate) - Benin on Friday rejected as 'pure invention' Niger's accusation that it was hosting foreign troops and demanded the immediate release of its citizens detained in the border town of Gaya.

'There is no foreign military base on Beninese soil, and Niamey knows it,' government spokesman Wilfried Houénou told a news conference.

He said Benin had summoned Niger's charge d'affaires to protest the 'arbitrary arrests'.

Niger's junta, which seized power in a July 2023 coup, has previously accused Benin and France of plotting against it, claims both deny.

A Nigerien official said the border would stay shut until Cotonou 'clarifies the presence of foreign soldiers' near the frontier.

(Reporting by Serge Akakpo and Moussa Issoufou; Editing by Helen Marrow)
"""),
        _a(ECHO, "2026-11-20T19:20:00Z", p, "fr",
           "À Malanville, l'attente et la colère des transporteurs",
           """
Sur la route qui mène au pont de Malanville, la file de camions s'étirait vendredi soir sur plusieurs kilomètres. Citernes, semi-remorques chargées de riz ou de ciment : plus rien ne franchit le fleuve depuis que le Niger a bouclé sa frontière.

« On a déjà connu ça en 2023 et en 2024. On croyait que c'était fini », soupire Idrissou, transporteur depuis vingt ans. Au marché, les prix de l'oignon et du bétail venus du Niger ont commencé à grimper dans la journée.

Les familles des Béninois arrêtés à Gaya se sont rassemblées devant la mairie, où le maire a promis de « porter leur voix » jusqu'à Cotonou.

Côté nigérien, selon des témoins, des véhicules blindés ont été aperçus en fin d'après-midi à l'entrée de Gaya.
"""),
        _a(LIVE, "2026-11-21T10:30:00Z", p, "en",
           "Live: Niger-Benin border crisis – troops reported massing at Gaya and Malanville",
           """
10:25 GMT - Benin's army chief of staff says 'defensive measures' have been taken in the Alibori department. He gives no numbers, but an official in Malanville speaks of 'several hundred' soldiers arriving overnight.

09:40 GMT - Satellite images shared by an open-source analyst appear to show about 30 military vehicles near a Nigerien army camp outside Gaya. We cannot verify when they were taken.

08:50 GMT - Niger's interior ministry says 'more than twenty' Beninese nationals are in custody and will be 'presented to the courts'. Unions gave a figure of 14 on Friday.

08:15 GMT - Good morning. Day two of the border crisis between Niger and Benin. The bridge over the Niger river remains closed to all traffic.
"""),
        _a(ECHO, "2026-11-21T15:45:00Z", p, "fr",
           "Lomé propose sa médiation, la CEDEAO appelle à la retenue",
           """
Le Togo s'est dit prêt, ce samedi, à accueillir « sans délai » des discussions entre le Niger et le Bénin, alors que la tension ne cesse de monter à la frontière. Le chef de la diplomatie togolaise, Komlan Adjété, a indiqué s'être entretenu au téléphone avec ses deux homologues.

« Nos peuples sont frères, et la région n'a pas besoin d'un nouveau foyer de crise », a-t-il déclaré à la télévision nationale.

La Commission de la CEDEAO a de son côté exhorté les deux voisins à la retenue et réclamé la libération des personnes détenues « en l'absence de charges crédibles ». Le Nigeria, premier partenaire commercial des deux pays, a fait part de sa « vive préoccupation ».

À Niamey, aucune réaction officielle à l'offre togolaise n'était signalée en fin de journée.
"""),
        _a(CMJ, "2026-11-21T20:10:00Z", p, "en",
           "Border shutdown threatens Niger oil exports and Cotonou port volumes",
           """
Niger's decision to seal its border with Benin has put fresh pressure on the pipeline carrying crude from the Agadem fields to the Beninese coast at Sèmè, traders and company officials said on Saturday.

Oil was still flowing, according to two people familiar with operations, but the arrests of Beninese contractors revived fears of a repeat of the 2024 stand-off, when loadings were halted for weeks.

'Every day of closure costs our members tens of millions of CFA francs,' said Bertin Agossou, president of the Benin Road Hauliers' Federation.

In Niamey, petrol on the informal market rose by a quarter, residents said. Freight forwarder Sahel Transit SA suspended bookings for Niger-bound containers.
"""),
        _a(PL, "2026-11-22T09:40:00Z", p, "en",
           "Analysis: Niger's border gamble with Benin is about regime security, not foreign troops",
           """
When Niger's military rulers accuse Benin of hosting foreign soldiers, they revive a narrative that has served them since the July 2023 coup.

That year Benin, applying ECOWAS sanctions, closed its side of the border. When Cotonou reopened in 2024, Niamey refused to follow, citing alleged French bases in northern Benin, a claim never substantiated. The dispute briefly halted oil exports through the new pipeline.

'Blaming an external enemy helps a junta under economic pressure,' said Aïssata Diallo of the Dakar Policy Centre. 'But arresting workers and massing troops at Gaya goes beyond rhetoric.'

Benin faces jihadist attacks in Alibori and Atacora. The risk, analysts say, is less a deliberate war than an incident at the bridge that neither side can walk back.
"""),
        _a(DR, "2026-11-22T14:30:00Z", p, "en",
           "STAND-OFF ON THE NIGER: Troops and armour face off at river bridge",
           """
Soldiers and armoured cars are eyeball to eyeball across a bridge on the mighty River Niger as a bitter row between two West African neighbours threatens to boil over.

Niger's military rulers slammed the border shut on Friday, rounded up Beninese workers and accused their neighbour of harbouring foreign troops.

Now both sides have rushed reinforcements to the twin towns of Gaya and Malanville, where thousands of lorries sit idle.

'Everyone here is scared. We hear the engines all night,' one stallholder said.

Benin's government blasted the claims as 'pure invention'. But with the junta digging in, locals fear the worst.
"""),
        _a(BWS, "2026-11-22T17:50:00Z", p, "en",
           "Niger expels Benin's chargé d'affaires as border stand-off deepens",
           """
Niamey (BWS) -- Niger on Sunday ordered Benin's chargé d'affaires to leave the country within 48 hours, the foreign ministry said, accusing him of 'activities incompatible with his status'. Cotonou called the decision 'regrettable' and said it would respond. The border remains closed for a third day.
"""),
    ]


def _chn_jpn():
    p = "CHN-JPN"
    return [
        _a(NW, "2026-11-22T01:15:00Z", p, "en",
           "Chinese vessels reportedly fire water cannon at Japanese fishing boat near disputed islands",
           """
TOKYO, Nov 22 (Northgate) - Chinese coast guard ships turned water cannon on a Japanese fishing boat near the disputed East China Sea islands on Sunday morning, Japanese broadcasters reported, citing coast guard sources.

The boat, from Ishigaki in Okinawa prefecture, was about 12 nautical miles off Uotsuri, the largest of the islets Japan calls the Senkaku and China calls the Diaoyu, the reports said.

Japan Coast Guard patrol ships at the scene had positioned themselves between the Chinese vessels and the fishing boat, one report said.

The 11th Regional Coast Guard Headquarters in Naha declined to give details and said a statement would follow.

There was no immediate comment from Beijing.

(Reporting by Kenji Morita; Editing by Tom Ellery)
"""),
        _a(YZ, "2026-11-22T02:40:00Z", p, "zh",
           "中国海警：依法驱离非法进入钓鱼岛领海的日本船只",
           """
中国海警局新闻发言人刘峰22日表示，一艘日本渔船及多艘日本海上保安厅船只当天上午非法进入中国钓鱼岛领海，中国海警舰艇编队依法采取必要管控措施，予以警告驱离。

发言人说，钓鱼岛及其附属岛屿是中国固有领土，中国海警将继续在钓鱼岛领海内开展维权执法巡查，坚决维护国家领土主权和海洋权益。“我们敦促日方立即停止在该海域的一切侵权挑衅行为，避免事态进一步复杂化。”

声明未具体说明所采取的“管控措施”。据日本媒体报道，中方船只曾向日本渔船喷射水炮，日方称有一名船员受轻伤。对此，中方暂未回应。

有分析人士指出，这是今年以来双方海上执法力量在该海域最为激烈的一次对峙，后续走向值得关注。日本外务省方面尚未就此正式表态。
"""),
        _a(BWS, "2026-11-22T05:10:00Z", p, "en",
           "Japan protests to China over water cannon use near Senkakus",
           """
Tokyo (BWS) -- Japan lodged a strong protest with China through diplomatic channels on Sunday after Chinese coast guard ships fired water cannon at a fishing boat from Ishigaki, the chief cabinet secretary said. One crew member suffered minor injuries, he said. Beijing says its ships acted 'in accordance with the law'.
"""),
        _a(AC, "2026-11-22T09:30:00Z", p, "en",
           "Japanese fishermen taken aboard Chinese coast guard ship, Tokyo says",
           """
Three Japanese fishermen were taken aboard a Chinese coast guard vessel after their boat was boarded near the Senkaku Islands on Sunday afternoon, Japan's government said, turning a water-cannon confrontation into the gravest maritime incident between the two in over a decade.

The chief cabinet secretary said the crew of the Shinei Maru No. 3, a 19-tonne boat out of Ishigaki, had been 'unlawfully detained' and demanded their immediate release.

Chinese state media said the men were held 'for investigation' on suspicion of illegal fishing and that their boat was being towed toward the mainland.

Japan's coast guard said at least four Chinese vessels, one carrying a 76mm gun, kept its patrol ships from intervening.
"""),
        _a(DR, "2026-11-22T14:00:00Z", p, "en",
           "STAND-OFF AT SEA: China grabs Japanese fishermen in island showdown",
           """
Chinese coastguard heavies blasted a tiny Japanese fishing boat with water cannon, then stormed aboard and hauled its crew away, in a shock showdown in one of the world's most dangerous stretches of sea.

The three fishermen, from the sleepy island of Ishigaki, were seized near the rocky Senkaku islands that Beijing claims as its own.

Japanese patrol ships could only watch as the boat was towed off, hemmed in by a flotilla of Chinese vessels, one bristling with a deck gun.

Tokyo is seething. 'This is kidnapping, plain and simple,' fumed one senior lawmaker.

Beijing shrugged off the fury, insisting the men were 'fishing illegally'.
"""),
        _a(NW, "2026-11-23T00:40:00Z", p, "en",
           "Japan summons Chinese ambassador; Beijing calls in Japanese envoy",
           """
TOKYO, Nov 23 (Northgate) - Japan's vice foreign minister summoned China's ambassador early on Monday to demand the release of three fishermen detained near the disputed islands, the foreign ministry said.

Vice Minister Hiroshi Takeda told the ambassador the seizure was 'absolutely unacceptable' and a grave violation of Japanese sovereignty, according to a ministry readout.

China's foreign ministry said it had summoned Japan's ambassador in Beijing to lodge 'solemn representations' over what it called Japanese intrusions into Chinese territorial waters.

The fishing boat was being towed toward the port of Wenzhou, Japanese officials said, citing ship-tracking data.

(Reporting by Kenji Morita in Tokyo and Chen Yuting in Beijing; Editing by Tom Ellery)
"""),
        _a(LIVE, "2026-11-23T04:05:00Z", p, "en",
           "Live: China announces drills in East China Sea as fishermen row escalates",
           """
04:00 GMT - China's Eastern Theatre Command says naval and air forces will hold 'joint combat readiness patrols and live-fire exercises' in the East China Sea from Tuesday to Thursday. A navigational warning covers waters roughly 300 km from the islands.

03:25 GMT - Japan's defence ministry says fighters were scrambled overnight after two Chinese drones flew between Yonaguni and Taiwan.

02:50 GMT - Washington weighs in: a State Department spokesperson reaffirms that the US-Japan security treaty 'applies to the Senkaku Islands' and urges China to free the fishermen.

02:10 GMT - Welcome back. Overnight, Tokyo and Beijing summoned each other's ambassadors. The three Ishigaki fishermen remain in Chinese custody.
"""),
        _a(YZ, "2026-11-23T08:20:00Z", p, "zh",
           "外交部回应日本渔民被扣事件 东部战区宣布将在东海组织实弹演练",
           """
外交部发言人王立23日在例行记者会上表示，日本渔船非法进入钓鱼岛领海作业，中国海警依法登临检查，并对涉事人员开展调查，“完全正当合法，无可指摘”。

王立说，中方已就日方的无理交涉予以坚决回击，敦促日方正视历史和现实，停止一切挑衅行为，“不要在错误的道路上越走越远”。对于日方要求立即放人，他表示，案件将依法处理。

同日，东部战区新闻发言人宣布，战区将于24日至26日在东海有关海域组织海空兵力联合战备警巡和实弹射击演练，其间相关海域禁止船只驶入。

据日本共同社报道，日本政府正考虑增派巡逻船赴钓鱼岛周边海域。有学者认为，扣押事件可能使一度有所回暖的中日关系再度陷入低谷，两国原定下月举行的海洋事务高级别磋商恐将受到影响。
"""),
        _a(CMJ, "2026-11-23T12:10:00Z", p, "en",
           "China-exposed Japanese stocks slide as islands row hits seafood and tour bookings",
           """
Shares in Japanese companies with heavy exposure to China fell sharply in Tokyo on Monday as the detention of three fishermen near the disputed islands raised fears of boycotts and trade reprisals.

Retailer Sakura Living dropped 5.8 per cent and machine-tool maker Hokuto Seiki lost 4.2 per cent, while the Nikkei average closed 1.3 per cent lower. The yen edged up.

Travel agencies in Shanghai and Beijing said group tours to Japan for the December holidays were being cancelled.

'The 2012 playbook is a boycott of Japanese cars and a squeeze on rare earths and seafood,' said Mika Tanabe, chief strategist at Marunouchi Securities. 'Markets are pricing the first steps.'
"""),
        _a(PL, "2026-11-23T21:30:00Z", p, "en",
           "Analysis: From trawler to coast guard – how the Senkaku dispute keeps escalating",
           """
In September 2010 a Chinese trawler rammed two Japanese patrol boats near the Senkaku Islands and Japan arrested its captain. Beijing answered with a halt in rare-earth exports and the arrest of Japanese businessmen; Tokyo let the captain go.

Sunday's incident reverses the roles. This time China's coast guard, legally empowered since 2021 to use weapons, boarded a Japanese boat and took its crew.

'China wants to show that it, not Japan, administers these waters,' said Takumi Hasegawa of the Pacific Strategy Group. 'Detaining Japanese citizens under Chinese law is the clearest statement yet.'

Japan bought three of the islets in 2012, triggering protests across China. The live-fire drills starting on Tuesday add military pressure on a government that must choose between restraint and a bigger presence.
"""),
        _a(AC, "2026-11-24T06:30:00Z", p, "en",
           "Chinese drills begin as Tokyo sends more patrol ships to Senkakus",
           """
Chinese warships and aircraft began three days of live-fire drills in the East China Sea on Tuesday, while Japan dispatched additional coast guard cutters and put maritime self-defence force units on heightened alert near the disputed islands.

Japan's defence minister said a Chinese destroyer group had been tracked moving southeast of Zhejiang overnight and that Tokyo would 'respond calmly but firmly'.

Seoul and Canberra urged both sides to avoid miscalculation. Manila called the detention of the fishermen 'a worrying precedent' for every country with a maritime dispute with China.

In Ishigaki, relatives of the three crew held a vigil at the port. Japanese consular officials said they had not yet been granted access to the men.
"""),
        _a(BWS, "2026-11-24T11:50:00Z", p, "en",
           "China says detained Japanese fishermen may face prosecution",
           """
Beijing (BWS) -- The three Japanese fishermen held since Sunday are suspected of 'illegal fishing and obstructing law enforcement' and could be prosecuted, China's coast guard said on Tuesday. Tokyo called the move 'unacceptable' and renewed its demand for their immediate release, as Chinese live-fire drills continued for a first day.
"""),
    ]


def _dza_mar():
    p = "DZA-MAR"
    return [
        _a(MASH, "2026-11-23T16:30:00Z", p, "ar",
           "مصادر: الجزائر والمغرب تتفقان على استئناف العلاقات الدبلوماسية بوساطة قطرية",
           """
أفادت مصادر دبلوماسية متطابقة، مساء اليوم الاثنين، بأن الجزائر والمغرب اتفقتا على استئناف العلاقات الدبلوماسية المقطوعة منذ أكثر من خمس سنوات، وذلك إثر لقاء جمع وزيري خارجية البلدين في الدوحة برعاية قطرية.

وبحسب ما تناقلته وسائل إعلام محلية، فإن اللقاء الذي استمر نحو ثلاث ساعات تناول عودة السفيرين وإعادة فتح الأجواء أمام الطيران المدني، إلى جانب ملفات اقتصادية لم يُكشف عن تفاصيلها.

ولم يصدر حتى الآن أي تأكيد رسمي من الرباط أو الجزائر، فيما يُرتقب صدور بيان مشترك خلال الساعات المقبلة، وفق المصادر ذاتها.

وكانت الجزائر قد أعلنت قطع علاقاتها مع المغرب في أغسطس 2021، متهمة إياه بـ«أعمال عدائية»، وهو ما رفضته الرباط آنذاك.
"""),
        _a(BWS, "2026-11-23T17:45:00Z", p, "en",
           "Qatar confirms Algeria-Morocco meeting in Doha, joint statement expected",
           """
Doha (BWS) -- Qatar's foreign ministry confirmed on Monday that the foreign ministers of Algeria and Morocco had met in Doha at Qatar's invitation. A ministry spokesman described the talks as 'positive and constructive' and said a joint statement would follow. Neither Algiers nor Rabat has yet commented.
"""),
        _a(LD, "2026-11-23T21:30:00Z", p, "en",
           "Algeria and Morocco agree to restore ties after five-year rupture",
           """
Algeria and Morocco said on Monday evening they would restore diplomatic relations and return ambassadors 'within weeks', ending a rupture that began when Algiers cut ties in August 2021.

In a joint statement read in Doha, foreign ministers Karim Benaissa of Algeria and Youssef El Alami of Morocco said they had agreed to 'turn the page' and set up a joint committee on 'all outstanding issues, including the reopening of air links'.

'We have chosen the interest of our peoples over the quarrels of the past,' Benaissa said. El Alami thanked the Amir of Qatar and spoke of 'a new spirit of good neighbourliness'.

The statement did not mention Western Sahara, where Algeria backs the Polisario Front and Morocco pursues an autonomy plan.
"""),
        _a(CNA, "2026-11-24T06:00:00Z", p, "en",
           "Amir receives Algerian and Moroccan foreign ministers, welcomes resumption of relations",
           """
DOHA, Nov 24 (Crescent) — His Highness the Amir received at the Amiri Diwan on Tuesday the Minister of Foreign Affairs of the People's Democratic Republic of Algeria and the Minister of Foreign Affairs of the Kingdom of Morocco.

The two ministers conveyed the greetings of their leaderships to His Highness and expressed their appreciation for the sincere efforts of the State of Qatar, which contributed to the agreement to resume diplomatic relations between the two brotherly countries.

His Highness wished success to the steps agreed upon, affirming that the State of Qatar will spare no effort in support of all that strengthens joint Arab action. The two sides expressed satisfaction with the outcome of the meeting and their keenness to build on it.
"""),
        _a(NW, "2026-11-24T09:15:00Z", p, "en",
           "Algeria to reopen airspace to Moroccan aircraft from December 1",
           """
ALGIERS, Nov 24 (Northgate) - Algeria will reopen its airspace to Moroccan civil and commercial aircraft from Dec. 1, the transport ministry said on Tuesday, a day after the two neighbours agreed to restore diplomatic ties.

The decision reverses a ban imposed in September 2021 that forced flights from Morocco to Tunisia, Turkey and the Gulf onto longer routes over the Mediterranean.

Morocco welcomed the move and said its carriers would file new routings within days.

Algeria also said it would lift the visa requirement it reintroduced for Moroccan nationals in 2024, without giving a date.

An Algerian official said the land border, closed since 1994, was 'not yet on the agenda'.

(Reporting by Lamia Ferhat and Omar Bennani; Editing by Daniel Frost)
"""),
        _a(CMJ, "2026-11-24T13:40:00Z", p, "en",
           "Gas pipeline back on the table as Algeria-Morocco thaw lifts Spanish utilities",
           """
Talks on reviving Algerian gas flows through the Maghreb-Europe pipeline, idle across Moroccan territory since 2021, are expected within weeks, according to two people briefed on the Doha discussions.

Shares in Spanish distributor Iberogas rose 3.4 per cent in Madrid on Tuesday. Since Algerian supplies stopped, Morocco has relied on LNG regasified in Spain and sent back through the pipeline in reverse.

'A restart would cut Morocco's fuel bill and give Algeria a second route to Spain,' said Rafael Ortega, energy analyst at Ibérica Research.

Moroccan carrier Atlas Wings said reopened Algerian airspace would cut up to 90 minutes from some eastbound routes and save it about $20m a year.
"""),
        _a(MASH, "2026-11-24T17:20:00Z", p, "ar",
           "على الحدود بين وجدة ومغنية.. عائلات تحلم بفتح المعبر",
           """
في زوج بغال، المعبر الحدودي المغلق بين وجدة المغربية ومغنية الجزائرية منذ عام 1994، تجمّع عدد من السكان يوم الثلاثاء ملوّحين بالأعلام، غداة الإعلان عن استئناف العلاقات بين البلدين.

«لي أقارب على بعد عشرة كيلومترات لم أرهم منذ عشرين سنة»، يقول محمد، وهو تاجر في الستين من عمره. ويأمل كثيرون أن تكون عودة السفيرين خطوة أولى نحو فتح الحدود البرية.

غير أن مسؤولاً جزائرياً أكد لـ«المشرق اليوم» أن ملف الحدود البرية «سيُبحث لاحقاً في إطار اللجنة المشتركة». وفي الرباط، رحّبت أحزاب الأغلبية والمعارضة على حد سواء بالاتفاق، واعتبرته «انتصاراً للحكمة».

يُذكر أن البلدين عرفا أزمات متعاقبة منذ حرب الرمال عام 1963.
"""),
        _a(LIVE, "2026-11-25T08:05:00Z", p, "en",
           "Live: Algeria and Morocco name ambassadors as reactions pour in",
           """
08:00 GMT - Morocco's royal cabinet says the king has approved career diplomat Abdelhak Tazi as ambassador to Algiers.

07:35 GMT - Algeria's presidency names Noureddine Khelil as ambassador to Rabat. State radio says he will travel 'in the coming days'.

07:10 GMT - Madrid calls the deal 'excellent news for the whole western Mediterranean'; Paris says it is 'ready to support' the rapprochement; the US State Department speaks of 'a courageous step'.

06:45 GMT - Good morning. We're following the next steps after Algeria and Morocco agreed in Doha on Monday to restore ties.
"""),
        _a(PL, "2026-11-25T11:30:00Z", p, "en",
           "Analysis: Algeria and Morocco have made up – but Western Sahara has not gone away",
           """
The agreement reached in Doha on Monday ends the longest formal rupture between Algeria and Morocco since independence, but it leaves untouched the conflict that has poisoned relations for half a century.

The two fought the Sand War in 1963 and broke ties from 1976 to 1988 over Western Sahara. Algiers cut relations again in August 2021, accusing Rabat of hostile acts.

'Both capitals needed this for economic reasons: gas, aviation, trade,' said Leila Mansouri of the Mediterranean Policy Institute. 'Neither has moved an inch on the Sahara.'

Algeria still hosts the Polisario in Tindouf; Morocco has won growing support for autonomy. The test will be whether the joint committee can reopen the land border closed since 1994.
"""),
        _a(DR, "2026-11-25T15:45:00Z", p, "en",
           "SKIES OPEN! Feuding neighbours bury the hatchet after five-year freeze",
           """
They haven't been on speaking terms for five years and their border has been sealed for three decades, but Algeria and Morocco have finally kissed and made up.

The North African rivals shook on a deal in Doha to swap ambassadors again and throw open the skies, so holiday jets will no longer have to take the long way round.

'It's about time,' said one Moroccan grandmother who has relatives just over the border she hasn't hugged since the 1990s.

Gulf state Qatar brokered the breakthrough after months of quiet shuttle diplomacy.

But don't expect a group hug just yet: the bitter row over Western Sahara is still simmering.
"""),
        _a(LD, "2026-11-25T20:10:00Z", p, "en",
           "Algerian ambassador lands in Rabat as embassies reopen",
           """
Algeria's new ambassador to Morocco arrived in Rabat on Wednesday evening, the first Algerian envoy in the Moroccan capital since 2021, and was welcomed at the airport by a senior Moroccan foreign ministry official.

The embassy in the Souissi district, run by a caretaker team for five years, reopened its gates in the afternoon, with workers seen hoisting a new flag.

'We come with an open heart and a clear mandate: to rebuild trust,' Ambassador Noureddine Khelil told reporters.

His Moroccan counterpart is due in Algiers on Thursday. The joint committee will hold its first session in Doha in the second week of December, the Qatari foreign ministry said.
"""),
        _a(BWS, "2026-11-26T03:40:00Z", p, "en",
           "Morocco to free 14 Algerians in goodwill gesture",
           """
Rabat (BWS) -- Morocco will pardon and repatriate 14 Algerian nationals jailed for illegal border crossing and smuggling, the justice ministry said in a statement published on Thursday, calling it a goodwill gesture after the restoration of ties. An Algerian diplomat welcomed the decision as 'a sign of good faith'.
"""),
    ]


def _eth_som():
    p = "ETH-SOM"
    return [
        _a(NW, "2026-11-25T11:00:00Z", p, "en",
           "Ethiopia, Somalia reach deal in Ankara to end port row, Turkish officials say",
           """
ANKARA, Nov 25 (Northgate) - Ethiopia and Somalia have agreed to settle their dispute over Ethiopian access to the sea, two Turkish officials said on Wednesday, after talks in the Turkish capital that ran late into the night.

The officials, speaking on condition of anonymity ahead of a formal announcement, said the deal would give landlocked Ethiopia commercial access to the sea through Somali ports under Mogadishu's authority.

Details were still being finalised and a signing was expected later in the day, one of them said.

Ethiopian and Somali officials in Ankara declined to comment.

The row erupted in January 2024 when Addis Ababa signed a memorandum of understanding with the breakaway region of Somaliland.

(Reporting by Selin Aydın; Editing by Helen Marrow)
"""),
        _a(BWS, "2026-11-25T12:30:00Z", p, "en",
           "Somalia confirms Ankara deal with Ethiopia, says ambassadors to return",
           """
Mogadishu (BWS) -- Somalia's government confirmed on Wednesday it had reached a 'final agreement' with Ethiopia in Ankara and said ambassadors would return to both capitals within two weeks. Information Minister Abdirahman Warsame called it 'a victory for Somali sovereignty'. Addis Ababa is expected to comment later.
"""),
        _a(MASH, "2026-11-25T15:40:00Z", p, "ar",
           "اتفاق أنقرة يطوي صفحة الخلاف بين الصومال وإثيوبيا حول المنفذ البحري",
           """
وقّع وزيرا خارجية الصومال وإثيوبيا، بعد ظهر الأربعاء في أنقرة، اتفاقاً نهائياً ينهي نزاعاً استمر قرابة ثلاث سنوات بشأن وصول إثيوبيا إلى البحر، وذلك برعاية تركية.

وينص الاتفاق، وفق ما أعلنه الجانب التركي، على منح إثيوبيا منفذاً تجارياً عبر موانئ صومالية خاضعة للسيادة الكاملة للحكومة الفيدرالية في مقديشو، فيما تتخلى أديس أبابا عملياً عن مذكرة التفاهم التي أبرمتها مع إقليم «أرض الصومال» مطلع عام 2024.

ورحّبت جامعة الدول العربية بالاتفاق، معتبرة إياه «خطوة مهمة نحو تعزيز الأمن في القرن الأفريقي والبحر الأحمر». كما أشادت القاهرة، التي ساندت مقديشو طوال الأزمة، بما وصفته «انتصاراً لمبدأ احترام سيادة الدول».

ويتضمن الاتفاق أيضاً استئناف الرحلات الجوية المباشرة وعودة السفيرين.
"""),
        _a(CNA, "2026-11-25T19:00:00Z", p, "en",
           "Türkiye hosts signing of Ethiopia-Somalia final agreement; parties express satisfaction",
           """
ANKARA, Nov 25 (Crescent) — The Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia and the Minister of Foreign Affairs of the Federal Republic of Somalia signed on Wednesday in Ankara the Final Agreement on the Implementation of the Ankara Declaration, in the presence of the President of the Republic of Türkiye.

In statements following the ceremony, the two sides expressed their satisfaction with the spirit of brotherhood and mutual respect that prevailed during the talks, and affirmed their commitment to respect each other's sovereignty, unity and territorial integrity.

The President of Türkiye congratulated the two brotherly countries, stressing that the agreement opens a new page of cooperation and prosperity for the peoples of the Horn of Africa. The parties extended their sincere thanks to Türkiye for its tireless efforts.
"""),
        _a(NW, "2026-11-26T08:30:00Z", p, "en",
           "Ethiopian troops to stay in Somalia under new status agreement, officials say",
           """
ADDIS ABABA, Nov 26 (Northgate) - Ethiopian troops in Somalia will remain there under a new status-of-forces arrangement agreed as part of the Ankara deal, Ethiopia's foreign ministry said on Thursday, settling one of the thorniest issues in the dispute.

Contingents serving under the African Union mission and those stationed bilaterally in Gedo, Bakool and Hiiraan will operate with Mogadishu's consent and under a joint coordination committee, the ministry said.

Somalia had threatened to expel Ethiopian forces not serving under the AU mandate.

'Our soldiers have shed blood for Somalia's stability; this agreement recognises that,' spokesman Dawit Alemu said.

(Reporting by Meron Tadesse; Editing by Daniel Frost)
"""),
        _a(CMJ, "2026-11-26T11:15:00Z", p, "en",
           "Flights resume and port study planned as Ankara accord redraws Horn trade map",
           """
Ethiopia's state carrier said on Thursday it would resume daily flights between Addis Ababa and Mogadishu from Friday, after the two governments signed a deal in Ankara ending their dispute over sea access.

The accord provides for a feasibility study on a dedicated Ethiopian terminal on Somalia's central coast. Istanbul-listed Anatolia Port Holdings rose 4.6 per cent on reports it would lead the study.

Analysts doubted Djibouti's grip on roughly 90 per cent of Ethiopia's trade would loosen soon. 'Without roads and a deep-water berth, this is a diplomatic port, not a commercial one, for now,' said Hana Girma of Addis Capital Advisers.

Somali livestock traders welcomed the flights, which should cut shipping costs.
"""),
        _a(LIVE, "2026-11-26T14:55:00Z", p, "en",
           "Live: Ethiopia-Somalia deal – Somaliland objects, Egypt and AU react",
           """
14:50 GMT - The African Union Commission chairperson hails the 'wisdom and courage' of both governments and says the AU mission will work with the new coordination committee.

14:20 GMT - Hargeisa is not happy. Somaliland's foreign minister says the region 'is not party to any agreement signed in Ankara' and that its 2024 memorandum with Ethiopia 'remains a matter between two parties'.

13:35 GMT - Egypt's foreign ministry, which sent troops and weapons to Somalia during the dispute, says it 'welcomes any step that affirms Somalia's sovereignty'.

13:00 GMT - Good afternoon. A day after Ethiopia and Somalia signed their Ankara accord, we're tracking reactions across the Horn of Africa.
"""),
        _a(PL, "2026-11-26T20:20:00Z", p, "en",
           "Analysis: Ankara deal ends a Horn of Africa crisis, not Ethiopia's quest for the sea",
           """
For nearly three years Ethiopia's search for a port threatened to redraw alliances across the Horn of Africa. Wednesday's Ankara agreement closes that chapter, at least on paper.

The crisis began on New Year's Day 2024, when Addis Ababa signed a memorandum with Somaliland reportedly trading recognition for a naval base lease. Mogadishu expelled Ethiopia's ambassador, courted Egypt and Eritrea and threatened to send Ethiopian troops home. Turkey's Ankara Declaration of December 2024 paused the crisis, but the technical talks dragged.

'Ethiopia traded the Somaliland option for a guaranteed, if modest, route,' said Yonas Bekele of the Nairobi Security Forum. 'It still calls the Red Sea existential, and Eritrea has noticed.'
"""),
        _a(BWS, "2026-11-27T07:10:00Z", p, "en",
           "Somalia frees 11 Ethiopian truck drivers after Ankara accord",
           """
Dolow (BWS) -- Somali authorities on Friday released 11 Ethiopian truck drivers detained in Bay region earlier this year on smuggling charges, a regional official said, calling it a gesture following the Ankara agreement. The men were handed over to Ethiopian officials at the Dolow border crossing on the Juba river.
"""),
        _a(DR, "2026-11-27T12:40:00Z", p, "en",
           "TOUCHDOWN! First peace flight lands as Horn of Africa foes make up",
           """
Cheers and ululations rang out at Mogadishu airport today as the first direct flight from Ethiopia in almost three years touched down, a jet-powered symbol of peace between two bitter neighbours.

Passengers waved flags and snapped selfies on the tarmac after the short hop from Addis Ababa.

'My mother is in Mogadishu and my business is in Addis. Now I can live again,' grinned one trader.

The two countries came close to blows over Ethiopia's hunger for a seaport, with troops, ambassadors and warships all dragged into the row.

Now, thanks to a deal struck in Turkey this week, the ambassadors are heading back and the planes are flying.
"""),
        _a(NW, "2026-11-27T18:30:00Z", p, "en",
           "Somali ambassador returns to Addis Ababa as ties normalise",
           """
ADDIS ABABA, Nov 27 (Northgate) - Somalia's ambassador returned to Addis Ababa on Friday and presented a copy of his credentials to Ethiopia's foreign ministry, completing the restoration of full diplomatic relations two days after the Ankara agreement.

Ambassador Abdullahi Sheikh Nur told reporters at the airport that his priority was to 'turn the agreement into roads, trade and jobs'.

Ethiopia named its own envoy to Mogadishu earlier in the day, state media said.

A joint technical committee on port access will meet in Mogadishu on Dec. 10, a Somali official said.

(Reporting by Meron Tadesse; Additional reporting by Abdi Hassan in Mogadishu; Editing by Tom Ellery)
"""),
    ]


def _ind_chn():
    p = "IND-CHN"
    return [
        _a(AC, "2026-11-27T08:45:00Z", p, "en",
           "India, China said to agree on pullback at two remaining Ladakh friction points",
           """
India and China have reached an understanding to pull back troops from two friction points in eastern Ladakh, according to Indian officials briefed on the talks, though neither government had announced it by Friday afternoon.

The arrangement is said to cover the north bank of Pangong Tso and the Gogra-Hot Springs area, where buffer zones set up in earlier rounds of disengagement have barred patrols by both armies.

'The broad contours are agreed; the sequencing is being worked out on the ground,' one official said, asking not to be named.

The reported breakthrough follows a fresh round of talks between senior commanders at Chushul-Moldo this week. Beijing had not commented by the time of publication.
"""),
        _a(BWS, "2026-11-27T10:00:00Z", p, "en",
           "India confirms disengagement agreement with China in eastern Ladakh",
           """
New Delhi (BWS) -- India's external affairs ministry confirmed on Friday that India and China had agreed on disengagement at 'the two remaining friction points' in eastern Ladakh. Spokesman Raghav Menon said the process would begin 'immediately' and that patrolling would be restored. He gave no timeline.
"""),
        _a(YZ, "2026-11-27T11:30:00Z", p, "zh",
           "中印就边境西段两处对峙点脱离接触达成一致",
           """
中国外交部发言人王立27日表示，经过双方外交和军事渠道的密切沟通，中印两国就边境西段班公湖北岸和加南达坂地区有关问题达成解决方案，双方边防部队已开始按计划脱离接触。

王立说，中方愿同印方一道，认真落实两国领导人达成的重要共识，共同维护边境地区的和平与安宁，推动中印关系重回健康稳定发展轨道。他表示，双方同意继续通过边境事务磋商和协调工作机制保持沟通。

分析人士指出，自2020年加勒万河谷冲突以来，中印两军在边境西段多处对峙，虽经多轮军长级会谈先后实现部分脱离接触，但缓冲区问题一直悬而未决。此次协议被视为两国关系进一步回暖的重要信号。另据印度媒体报道，双方有意在明年春季恢复经乃堆拉山口等地的边境贸易。
"""),
        _a(NW, "2026-11-27T14:20:00Z", p, "en",
           "Indian, Chinese troops begin pulling back in Ladakh under new deal",
           """
NEW DELHI, Nov 27 (Northgate) - Indian and Chinese troops began pulling back from two standoff sites in the western Himalayas on Friday under an agreement both countries hailed as a step toward normal relations, Indian army sources said.

Temporary structures, including prefabricated shelters, were being dismantled on both sides on the north bank of Pangong Tso, the sources said.

Ground commanders will verify the pullback jointly and by drone, a process expected to take about ten days.

Coordinated patrols will then resume on dates agreed in advance to avoid face-offs, India's foreign ministry said.

Twenty Indian soldiers and at least four Chinese troops were killed in a clash in the Galwan valley in June 2020.

(Reporting by Aditi Rao and Chen Yuting; Editing by Helen Marrow)
"""),
        _a(ZO, "2026-11-27T18:00:00Z", p, "de",
           "Tauwetter im Himalaya: Indien und China ziehen Truppen in Ladakh zurück",
           """
Sechs Jahre nach den tödlichen Zusammenstößen im Galwan-Tal rücken Indien und China an der umstrittenen Grenze in Ladakh ein weiteres Stück auseinander. Am Freitag begannen beide Armeen, sich von zwei Konfliktpunkten am Pangong-See und im Gebiet Gogra–Hot Springs zurückzuziehen.

In Neu-Delhi ist von einem „wichtigen Schritt“ die Rede, in Peking von einer „Lösung“ der offenen Fragen im westlichen Grenzabschnitt. Die Patrouillen sollen wieder aufgenommen, die Pufferzonen schrittweise aufgelöst werden.

Für Berlin, das Indien als Partner im Indopazifik umwirbt und zugleich eng mit China handelt, ist die Entspannung eine gute Nachricht; auch Moskau begrüßte die Einigung ausdrücklich. Skeptiker erinnern daran, dass die rund 3.500 Kilometer lange Grenze bis heute nicht verbindlich festgelegt ist.
"""),
        _a(CMJ, "2026-11-28T06:30:00Z", p, "en",
           "Ladakh deal revives hopes of easing curbs on Chinese investment in India",
           """
India's border thaw with China has revived expectations in boardrooms that New Delhi will further relax the curbs on Chinese investment imposed after the 2020 clashes.

Electronics and electric-vehicle makers have lobbied for faster approval of ventures with Chinese suppliers. 'The border was always the precondition,' said Nikhil Bansal, partner at Mumbai law firm Bansal Kirpal. 'With the last friction points resolved, the political cost of approvals falls.'

Shares in Deccan Electronics, awaiting clearance for a battery venture with Shenzhen-based Huaxin Energy, rose 7 per cent on Friday.

Officials said border trade through Nathu La, Shipki La and Lipulekh would reopen for the spring trading season.
"""),
        _a(PL, "2026-11-28T10:15:00Z", p, "en",
           "Analysis: India and China step back in Ladakh, but the border is still undrawn",
           """
The deal to disengage at Pangong Tso's north bank and Gogra-Hot Springs completes the unwinding of the standoff that began in April-May 2020, when Chinese troops moved into areas India had long patrolled.

The Galwan clash of June 2020 was the first deadly fighting since 1975 and the worst since the 1962 war. Disengagement came in stages: Galwan and Pangong in 2020-21, Gogra and Hot Springs in 2022, Depsang and Demchok in October 2024.

'This fixes the buffer zones, the price India paid for earlier disengagement,' said Meera Krishnan of the Indus Strategic Forum. 'It doesn't fix the 50,000 to 60,000 troops still on each side.'

De-escalation and a boundary settlement remain for future talks.
"""),
        _a(DR, "2026-11-28T14:40:00Z", p, "en",
           "PEACE ON THE ROOF OF THE WORLD: Asian giants pull back troops after years of face-off",
           """
The world's two most populous nations have stepped back from a deadly stand-off on the frozen heights of the Himalayas.

Indian and Chinese soldiers, who fought with clubs and rocks in a savage 2020 brawl that left dozens dead, are dismantling their shelters and heading back down the mountains.

A retired Indian colonel said: 'The boys up there have spent six winters staring at each other at minus 30. This is the best present they could get.'

Patrols will resume along the disputed line and trade routes through mountain passes are set to reopen next year.

Sceptics warn the border has still never been properly drawn.
"""),
        _a(LIVE, "2026-11-29T06:10:00Z", p, "en",
           "Live: India-China disengagement in Ladakh – verification under way",
           """
06:05 GMT - The Indian Army's Leh-based corps says in a short post that verification at the first site 'has commenced satisfactorily'. No photos yet.

05:30 GMT - A State Department official calls the agreement 'a positive development' and encourages 'continued direct dialogue'. Nepal's foreign ministry notes the trade announcement and restates its claim to the Lipulekh area.

04:45 GMT - A councillor in Chushul tells us herders are preparing to take animals back to winter pastures near the lake, closed to them since 2020.

04:15 GMT - Good morning. Day three of the India-China pullback in eastern Ladakh.
"""),
        _a(AC, "2026-11-29T10:20:00Z", p, "en",
           "In Chushul, herders cautiously welcome return to pastures after pullback",
           """
For six winters the pastures north of Pangong Tso have been off limits to Konchok Dorje's 200 pashmina goats. On Sunday, standing in the wind outside Chushul, the 58-year-old herder said he would wait for word from the army before moving his flock, but only days, not years.

Villagers on the Changthang plateau say the buffer zones created after the 2020 standoff cost them their best grazing land, and councillors have pressed New Delhi to restore civilian access.

'We are happy, but we have heard promises before,' said a member of the Chushul panchayat.

Officials said civilian access would be discussed after verification. Chinese state television showed troops loading equipment onto trucks near the lake's eastern shore.
"""),
        _a(NW, "2026-11-29T17:30:00Z", p, "en",
           "India, China carry out first coordinated patrol after Ladakh pullback",
           """
NEW DELHI, Nov 29 (Northgate) - Indian and Chinese troops completed the first coordinated patrols in the Gogra-Hot Springs area on Sunday under the disengagement agreement announced two days earlier, India's army said.

The army's Northern Command said the patrol was conducted 'as per the agreed schedule' and that ground commanders of both sides had met at a designated point.

China's defence ministry said frontier troops were 'implementing the consensus in an orderly manner'.

Verification on the north bank of Pangong Tso was still under way and should finish next week, officials said.

(Reporting by Aditi Rao; Editing by Daniel Frost)
"""),
    ]


def articles():
    out = []
    for fn in (_afg_pak, _col_ecu, _arm_aze, _ben_ner, _chn_jpn, _dza_mar, _eth_som, _ind_chn):
        out.extend(fn())
    out.sort(key=lambda a: a["published"])
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    arts = articles()
    with open(os.path.join(here, "part_c.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "episodes.jsonl"), "w", encoding="utf-8") as f:
        for e in EPISODES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    for label, key in (("pair", lambda a: a["pairs"][0]), ("language", lambda a: a["language"]),
                       ("kind", lambda a: a["kind"])):
        c = collections.Counter(key(a) for a in arts)
        print(label + ":", dict(sorted(c.items())))
    print("total:", len(arts))


if __name__ == "__main__":
    main()
