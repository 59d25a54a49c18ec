#!/usr/bin/env python3
"""Writer C: the eight scripted episodes of feed 6 (synthetic news).

Standard library only, deterministic (fixed seed, no wall clock).
Run `python3 part_c.py` to print counts and run the checks.
"""
import random
from collections import Counter, OrderedDict
from datetime import datetime, timedelta

SEED = 60603
FEED_START = datetime(2026, 11, 30, 0, 0)
FEED_END = datetime(2026, 12, 13, 23, 59)
WINDOW = timedelta(hours=60)

LANG = {
    "Northgate Wire": "en", "Brief Wire Service": "en", "Asia Current": "en",
    "The Sahel Monitor": "en", "Andes Post": "en", "Levant Dispatch": "en",
    "Eurasia Brief": "en", "The Daily Record": "en", "Capital Markets Journal": "en",
    "LiveDesk": "en", "Policy Ledger": "en", "PR Channel": "en",
    "Crescent News Agency": "en", "Diario del Pacífico": "es",
    "L'Écho de l'Ouest africain": "fr", "Zeitspiegel Ost": "de",
    "المشرق اليوم": "ar", "Кавказский обозреватель": "ru", "亚洲时讯": "zh",
    "Correio do Sul": "pt",
}

NG, BW, AC, SM, AP, LD = ("Northgate Wire", "Brief Wire Service", "Asia Current",
                          "The Sahel Monitor", "Andes Post", "Levant Dispatch")
EB, DR, CMJ, LIVE, PL, PR = ("Eurasia Brief", "The Daily Record", "Capital Markets Journal",
                             "LiveDesk", "Policy Ledger", "PR Channel")
CNA, DDP, ECHO, ZO = ("Crescent News Agency", "Diario del Pacífico",
                      "L'Écho de l'Ouest africain", "Zeitspiegel Ost")
MASH, KAV, YZ, CDS = "المشرق اليوم", "Кавказский обозреватель", "亚洲时讯", "Correio do Sul"


def _iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:00Z")


def _parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:00Z") if len(s) > 17 else datetime.strptime(s, "%Y-%m-%dT%H:%MZ")


_EPISODE_DEFS = [
    ("KHM-THA", "ESCALATION", datetime(2026, 12, 1, 4, 10),
     "Thai and Cambodian troops exchange fire near the disputed Ta Muen Thom temple; artillery duels and "
     "casualties follow, Thailand shuts all land crossings, Cambodia recalls its ambassador and each side "
     "accuses the other of starting it."),
    ("BLR-LTU", "ESCALATION", datetime(2026, 12, 2, 15, 30),
     "After smuggling balloons and a drone incursion Lithuania closes its border with Belarus; Minsk calls it a "
     "provocation and moves troops to the frontier, Vilnius expels a Belarusian diplomat and bans Belarusian transit."),
    ("GUY-VEN", "ESCALATION", datetime(2026, 12, 4, 11, 20),
     "Venezuelan soldiers cross the Cuyuni into the Essequibo and fire on a Guyanese patrol; Georgetown calls it an "
     "invasion and seeks UN and regional help while Caracas deploys thousands of troops and issues a 24-hour ultimatum."),
    ("COD-RWA", "DEESCALATION", datetime(2026, 12, 5, 8, 0),
     "DR Congo and Rwanda sign a peace agreement in Lome under Togolese/AU mediation; Rwandan troops begin leaving "
     "eastern Congo, a joint verification mechanism starts work and prisoners are handed over."),
    ("EGY-ETH", "ESCALATION", datetime(2026, 12, 7, 9, 45),
     "Ethiopia starts a new filling of the Renaissance dam without agreement; Cairo calls it an existential threat, "
     "warns that all options are open, stages air-force drills and writes to the UN Security Council, and Addis Ababa "
     "rejects the threats."),
    ("IND-PAK", "DEESCALATION", datetime(2026, 12, 8, 6, 30),
     "After a hotline call the Indian and Pakistani armies recommit to the Line of Control ceasefire; prisoners and "
     "fishermen are freed, the Kartarpur corridor reopens and talks between foreign secretaries are announced."),
    ("KGZ-TJK", "DEESCALATION", datetime(2026, 12, 9, 13, 0),
     "Kyrgyzstan and Tajikistan agree the last disputed section of their border; the presidents sign a border treaty, "
     "troops pull back from forward posts, the Kyzyl-Bel crossing reopens and trade resumes."),
    ("GRC-TUR", "DEESCALATION", datetime(2026, 12, 11, 10, 15),
     "After months of Aegean airspace incidents Greece and Turkey agree a moratorium on military exercises in the "
     "Aegean, restart confidence-building talks and their leaders meet in Edirne."),
]

EPISODES = [
    {"pair": p, "kind": k, "start": _iso(s), "end": _iso(s + WINDOW), "note": n}
    for (p, k, s, n) in _EPISODE_DEFS
]

# ---------------------------------------------------------------------------
# Episode texts: (hours after start, minutes, outlet, title, text)
# ---------------------------------------------------------------------------

EP1 = [
(0, 0, AC, "Troops trade fire near Ta Muen Thom temple as Thai-Cambodian border flares again", """
SURIN, Thailand — Thai and Cambodian soldiers exchanged small-arms and rocket fire on Tuesday morning near Ta Muen Thom, the cluster of Khmer-era temple ruins that sits astride the frontier between Thailand's Surin province and Cambodia's Oddar Meanchey, officers on both sides said.

The Thai army's Second Army Region said a patrol came under fire shortly after 8 a.m. local time and "responded proportionately". Two Thai soldiers were wounded, a regional commander told reporters. Villagers in Phanom Dong Rak district said the shooting went on for well over an hour.

Phnom Penh told it the other way round. Thai troops had "advanced on Cambodian positions" and fired first, a Cambodian defence ministry spokeswoman said, adding that Cambodian units had acted in self-defence.

It is the most serious clash since five days of fighting in July 2025 killed dozens of people and drove hundreds of thousands from their homes on both sides of the line.
"""),
(1, 25, NG, "Thai soldier killed as clashes with Cambodia spread, artillery reported", """
BANGKOK, Dec 1 (Northgate) — Artillery fire was reported along several stretches of the Thailand-Cambodia border on Tuesday, hours after troops clashed near a disputed temple, Thai military sources said.

One Thai soldier was killed and four were wounded, two sources said, speaking on condition of anonymity. Cambodia's defence ministry said a civilian had been killed in Oddar Meanchey and accused Thailand of shelling "deep inside Cambodian territory". Neither account could be independently verified.

"Thailand did not start this and will not accept any violation of its sovereignty," a Thai foreign ministry spokesman said, adding that a formal protest would be lodged with Phnom Penh.

The neighbours have disputed parts of their 817-km (508-mile) land border for more than a century, a legacy of maps drawn when Cambodia was under French rule.
"""),
(2, 55, LIVE, "LIVE: Thailand-Cambodia border fighting — crossings closed, shelling near Surin", """
14:04 (Bangkok) — Thailand's interior ministry orders all checkpoints along the Cambodian border in Surin, Si Sa Ket and Buri Ram closed "until further notice". Our reporter at Chong Chom says trucks are already queuing back towards Prasat town.

13:48 — Cambodia's information ministry posts photos it says show a school in Oddar Meanchey hit by Thai shells. We have not been able to verify them.

13:30 — Thai army: rockets landed in open fields in Phanom Dong Rak district. No casualties there so far, it says.

13:12 — Quick recap: fire was first exchanged near Ta Muen Thom temple at about 08:00. Army sources confirm one Thai soldier dead; Cambodia reports one civilian killed. Each side says the other shot first.

13:05 — Hello and welcome to our live coverage of the renewed clashes on the Thai-Cambodian frontier.
"""),
(4, 35, YZ, "泰柬边境争议古寺附近再爆冲突 双方互指对方先开火", """
【亚洲时讯综合报道】泰国与柬埔寨军队1日上午在两国边境争议古寺塔勉通寺（Ta Muen Thom）附近交火，冲突随后蔓延至边境多处地段。泰国军方称，柬方部队率先向泰方巡逻队开火，并发射火箭弹，造成至少一名泰国士兵死亡、数人受伤。

柬埔寨国防部当天发表声明，指责泰军"越界挑衅"，炮击奥多棉吉省平民居住区，致一名平民死亡。声明称，柬军是在被迫情况下进行自卫，一切后果应由泰方承担。

泰国内政部当天下午宣布，素林、四色菊、武里南等府的边境检查站即日起关闭，"直至另行通知"。大批货车滞留在边境公路上，部分边境村庄居民已被疏散至临时安置点。

分析人士指出，两国曾于2025年7月爆发持续五天的边境冲突，后在马来西亚斡旋下实现停火，但边界勘定问题始终悬而未决。中国外交部发言人表示，中方对事态发展高度关注，希望双方保持冷静克制，通过对话协商妥善处理分歧。
"""),
(5, 40, BW, "Cambodia recalls ambassador to Thailand over border clash", """
PHNOM PENH — Cambodia is recalling its ambassador to Bangkok for consultations, the foreign ministry said on Tuesday, citing what it called "the deliberate aggression of the Thai armed forces" near the Ta Muen Thom temple.

The move came hours after Thailand shut all land crossings with Cambodia and lodged a protest of its own. Bangkok maintains that Cambodian troops opened fire first on a Thai patrol.

At least one soldier and one civilian have been reported killed. Thai officials said families from several border villages were being moved to temporary shelters.
"""),
(10, 0, DR, "TEMPLE OF DOOM: ROCKETS RAIN DOWN AS THAI AND CAMBODIAN TROOPS CLASH OVER ANCIENT RUINS", """
ROCKETS screamed across the jungle and terrified villagers ran for their lives today as Thailand and Cambodia went at each other AGAIN over a crumbling thousand-year-old temple.

Soldiers blasted away for hours around the ruins of Ta Muen Thom, a pile of sacred stones both countries swear is theirs. By lunchtime the big guns had joined in.

At least one Thai soldier is dead and a Cambodian civilian was killed, with both sides screaming that the other lot started it.

Thailand has slammed shut every border crossing, and Cambodia has yanked its ambassador out of Bangkok in a furious huff.

Travel chiefs were tonight checking on holidaymakers, though the beaches of Phuket and Koh Samui are hundreds of miles from the fighting. "It's frightening, but we're staying put," said one British tourist in Bangkok.
"""),
(26, 20, NG, "Thai-Cambodian shelling enters second day, death toll rises to 11", """
BANGKOK/PHNOM PENH, Dec 2 (Northgate) — Thai and Cambodian forces traded artillery fire for a second day on Wednesday, and the number of people reported killed on both sides rose to at least 11, according to figures released by the two governments.

Thailand's health ministry said six Thais, four of them soldiers, had died, and a hospital in Kantharalak district had been evacuated as a precaution. Cambodia's defence ministry put its own toll at five, including three civilians, and said Thai shells had struck near a pagoda in Oddar Meanchey.

The Thai army said it had targeted only "military positions used to launch rockets at Thai communities". Phnom Penh accused Bangkok of "lying to the world".

Some 40,000 people have been moved from border villages in Thailand, officials said. Cambodia gave no figure for its displaced.
"""),
(30, 5, CMJ, "Border shutdown strands Thai exporters as baht, casino operators take a hit", """
The closure of every land crossing between Thailand and Cambodia has frozen one of mainland Southeast Asia's busiest trade corridors, leaving hundreds of trucks stuck on Thai roads and sending shares in border-exposed companies lower on Wednesday.

The SET index fell 1.4% in Bangkok, with consumer-goods distributors that depend on cross-border sales among the worst performers. Siam Frontier Logistics, which runs bonded warehouses near Aranyaprathet, dropped 7.8%. The baht slipped to its weakest in three weeks against the dollar.

Thai exporters of fuel, beverages and building materials ship billions of dollars' worth of goods into Cambodia each year, much of it through Aranyaprathet-Poipet. "Every day the gate stays closed costs our members real money," said the head of a Sa Kaeo traders' association.

In Poipet, casino operators that rely on Thai visitors said footfall had collapsed overnight.
"""),
(33, 30, CNA, "Foreign Minister receives Cambodian and Thai ambassadors, urges maximum restraint", """
PUTRAJAYA — The Minister of Foreign Affairs of Malaysia, Dato' Seri Hamdan Rahim, received at Wisma Putra on Wednesday His Excellency the Ambassador of the Kingdom of Cambodia and, subsequently, His Excellency the Ambassador of the Kingdom of Thailand, in the presence of the Secretary-General of the Ministry and the Director-General of ASEAN Malaysia.

During the meetings, the Minister conveyed the deep concern of the Government of Malaysia over the renewed hostilities along the Cambodia-Thailand border and the loss of life, and called on both sides to exercise maximum restraint and to return to the ceasefire arrangements agreed in Putrajaya in July 2025.

The Minister reaffirmed Malaysia's readiness to facilitate dialogue between the two brotherly ASEAN member states, in close coordination with the current Chair of ASEAN.
"""),
(41, 0, PL, "A temple, a map and a century of grievance: why the Thai-Cambodian border keeps catching fire", """
The fighting that erupted near Ta Muen Thom this week is new only in its details. At its root lie the Franco-Siamese treaties of 1904 and 1907 and the maps French officers drew to implement them, above all the "Annex I" map that placed the temple of Preah Vihear on the Cambodian side.

Thailand never fully accepted those lines. The International Court of Justice awarded Preah Vihear to Cambodia in 1962 and clarified that ruling in 2013, but the court did not settle other temples further west, such as Ta Muen Thom and Ta Krabey, which both sides claim.

Nationalism has repeatedly turned these stones into flashpoints: the 2008 listing of Preah Vihear as a World Heritage site triggered three years of intermittent clashes, and in July 2025 the two armies fought for five days before a ceasefire was brokered in Malaysia.

The 2000 memorandum on surveying the land boundary still exists on paper. Whether either government now has the political room to use it is another matter.
"""),
(57, 0, AC, "Third day of border fighting: tens of thousands flee as Manila offers to mediate", """
PHNOM PENH — Sporadic shelling continued along the Cambodia-Thailand frontier on Thursday, the third day of fighting, as the Philippines, which chairs ASEAN this year, offered to host talks and the number of people displaced on both sides passed 60,000.

Cambodia's prime minister said in a televised address that his country "will not kneel" and asked the UN Security Council to take up the matter, a step Bangkok opposes. Thailand's foreign minister repeated that the dispute must be settled bilaterally and that Bangkok would talk only once Cambodian guns fell silent.

In Oddar Meanchey, families sheltered in pagodas and schools far from the line. On the Thai side, evacuation centres in Surin and Si Sa Ket reported shortages of mattresses and medicine.

With Cambodia's ambassador recalled and every crossing sealed, diplomats say the channels that ended the last round of fighting have rarely looked so narrow.
"""),
]

EP2 = [
(0, 0, KAV, "Литва закрыла границу с Белоруссией после налёта воздушных шаров и беспилотника", """
Вильнюс в среду объявил о закрытии всех пунктов пропуска на границе с Белоруссией. Решение принято на экстренном заседании правительства после того, как над территорией республики вновь были зафиксированы десятки воздушных шаров, а днём со стороны Белоруссии в воздушное пространство Литвы залетел беспилотник, который, по данным литовских военных, около получаса кружил в районе Вильнюса.

Пункты пропуска «Мядининкай» и «Шальчининкай» закрыты «до особого распоряжения», сообщили в МВД Литвы. Накануне вечером из-за шаров аэропорт литовской столицы на несколько часов приостанавливал приём и отправку рейсов.

«Речь идёт не о контрабандистах-одиночках, а о спланированной гибридной атаке», — заявил журналистам глава МВД республики.

В Минске закрытие границы назвали «очередной провокацией» официального Вильнюса. В Госпогранкомитете Белоруссии сообщили, что у пунктов пропуска скопились сотни грузовиков, в том числе с литовскими номерами.
"""),
(1, 45, EB, "Lithuania seals Belarus border after balloon swarm and drone incursion", """
VILNIUS — Lithuania closed its two remaining crossings with Belarus on Wednesday, after a drone entered its airspace from the Belarusian side and circled near the capital for roughly half an hour, and after yet another night of smuggling balloons drifting over the frontier.

The prime minister said the closure would stay in place "as long as necessary" and described the incidents as a deliberate campaign. The drone, tracked crossing the border near the Belarusian town of Ashmyany, was not shot down because it flew over populated areas, officials said.

Vilnius airport has been shut repeatedly this autumn by balloons carrying contraband cigarettes. NATO allies have been briefed, and the foreign minister said Vilnius was "in contact with partners about every option".

Minsk denied sending the drone and dismissed the closure as theatre.
"""),
(3, 5, NG, "Belarus calls Lithuanian border closure a 'provocation', denies drone came from its territory", """
MINSK, Dec 2 (Northgate) — Belarus on Wednesday accused Lithuania of staging a "deliberate provocation" by closing the border, and denied that a drone which Lithuanian authorities said had entered their airspace was launched from Belarusian territory.

"Vilnius invents threats in order to justify its hostile course and to please its patrons," the Belarusian foreign ministry said in a statement, warning that "the entire responsibility for the consequences lies with the Lithuanian side".

The State Border Committee in Minsk said about 1,200 trucks were waiting at the Kamenny Log and Benyakoni checkpoints, opposite Lithuania's Medininkai and Šalčininkai.

Lithuania closed the same crossings for several weeks in late 2025, also citing balloons, a measure Minsk answered by impounding hundreds of Lithuanian trailers.
"""),
(5, 10, ZO, "Litauen macht die Grenze zu Belarus dicht", """
Wilna. Litauen hat am Mittwochabend seine letzten beiden Grenzübergänge nach Belarus geschlossen. Als Begründung nannte die Regierung eine Drohne, die am Nachmittag aus belarussischer Richtung in den litauischen Luftraum eingedrungen sei und rund eine halbe Stunde über dem Umland der Hauptstadt gekreist habe, sowie erneut Dutzende Schmuggelballons.

Von einer „hybriden Attacke“ sprach der Innenminister. Minsk weist jede Verantwortung zurück und wirft dem Nachbarn vor, die Lage bewusst anzuheizen.

In Berlin zeigte man sich besorgt. Ein Sprecher des Auswärtigen Amts sagte, man stehe „fest an der Seite Litauens“, und forderte Minsk auf, „jede weitere Verletzung des Bündnisgebiets zu unterlassen“. Für die Bundeswehr, die in Litauen eine Panzerbrigade aufbaut, ändere sich an der Lage vorerst nichts, hieß es im Verteidigungsministerium.

Für Lkw-Fahrer bedeutet die Schließung vor allem eines: Warten. An den Übergängen stauten sich am Abend Hunderte Lastwagen.
"""),
(18, 20, BW, "Lithuania expels Belarusian diplomat", """
VILNIUS — Lithuania on Thursday declared a counsellor at the Belarusian embassy persona non grata and gave him 72 hours to leave the country, the foreign ministry said.

The ministry linked the expulsion to "activities incompatible with diplomatic status" and to the drone and balloon incidents that led Vilnius to close the border on Wednesday. It gave no further details.

Minsk said it would respond "symmetrically". Both crossings remained shut on Thursday morning, with queues of trucks on the Belarusian side stretching for several kilometres.
"""),
(20, 40, KAV, "Минск стягивает войска к литовской границе и обещает «зеркальный ответ»", """
Министерство обороны Белоруссии в четверг объявило о переброске подразделений в Гродненскую область «для усиления охраны государственной границы» на фоне обострения отношений с Литвой. По данным ведомства, к границе выдвигаются мотострелковые и артиллерийские подразделения, а также части ПВО, которым поручено «пресекать любые провокации с воздуха».

Выступая на совещании с силовиками, белорусский лидер обвинил Вильнюс в том, что тот «ищет повод для конфликта», и пообещал, что за высылкой белорусского дипломата последует «зеркальный ответ». По его словам, никаких беспилотников с белорусской территории в сторону Литвы не запускалось.

В МИД Литвы заявили, что внимательно следят за передвижением войск у границы и информируют союзников по НАТО. На пунктах пропуска, по данным белорусских пограничников, в очереди стоят уже около полутора тысяч грузовиков.
"""),
(23, 30, DR, "BALLOON WAR! Kremlin pal sends troops to NATO border after drone buzzes Lithuanian capital", """
THE Kremlin's closest ally has sent troops and artillery racing towards NATO's border after tiny Lithuania dared to slam the gate shut in his face.

Belarus's strongman leader raged that Vilnius was "looking for a fight" after a mystery drone buzzed the Lithuanian capital for half an hour and swarms of smugglers' balloons stuffed with cheap fags forced the airport to shut.

Lithuania hit back by booting out one of Minsk's diplomats — and Belarus is now threatening revenge.

One defence source said: "This is textbook hybrid warfare. They poke, they probe, they see how far they can push."

British troops are among the NATO forces based in the Baltic region. Lithuanian officials insisted today they would not be bullied.
"""),
(26, 50, CMJ, "Vilnius bars Belarusian freight from transit routes as border row deepens", """
Lithuania on Thursday banned the transit of goods originating in Belarus by road and rail across its territory, extending a border closure that has already stranded thousands of trucks and threatening a fresh blow to hauliers on both sides of the frontier.

The measure, adopted by government resolution and effective from Monday, covers Belarusian-origin cargo bound for third countries, including via the port of Klaipėda, where Belarusian potash has been barred since 2022. Officials said it would close "the remaining loopholes" used by Minsk to earn hard currency.

Lithuanian Railways said the volumes affected were modest after years of sanctions. Road freight is another matter: hauliers say their members still have hundreds of trailers stuck in Belarus since the last closure.

Shares in Baltransa Logistics, a Vilnius-listed freight forwarder, fell 6% on the Nasdaq Baltic exchange.
"""),
(43, 0, PL, "Balloons, drones and the Suwałki question: Lithuania and Belarus on the edge", """
For a country of under three million people, Lithuania has spent an unusual share of the past five years on the receiving end of Belarusian pressure. In 2021, after the EU sanctioned Minsk over the disputed 2020 election, thousands of migrants were funnelled towards the Lithuanian frontier. Vilnius answered with a fence along most of the border.

Then came the economic front. In early 2022 Lithuania halted the rail transit of Belarusian potash to Klaipėda, cutting one of Minsk's most profitable export routes. Belarus has hosted Russian troops and, since 2023, Russian tactical nuclear weapons, and staged the Zapad-2025 exercise close to the Suwałki corridor.

The balloon campaign of late 2025 added a cheap tool. This week's drone adds a more dangerous one. The risk, analysts say, is less a deliberate attack than a miscalculation by units now deployed within sight of each other.
"""),
(54, 0, EB, "Crossings stay shut as Minsk keeps troops near Lithuanian border; Warsaw, Riga back Vilnius", """
VILNIUS — Lithuania's border with Belarus remained closed on Friday for a third day, with Belarusian reinforcements still deployed in the Grodno region and both capitals trading accusations.

Minsk expelled a Lithuanian diplomat in response to Thursday's expulsion of a Belarusian counsellor, and its foreign ministry summoned Lithuania's chargé d'affaires to protest against the new transit ban, which it called "economic banditry".

Poland and Latvia said they stood with Vilnius, and Riga said it was considering similar measures. The OSCE chair urged both sides to "avoid steps that could lead to an incident neither of them wants" and offered to facilitate contacts between the border services.

Lithuanian officials said no new balloons had been detected overnight, but air-defence units remained on heightened alert.
"""),
]

EP3 = [
(0, 0, DDP, "Guyana denuncia que tropas venezolanas cruzaron al Esequibo y atacaron a una patrulla", """
GEORGETOWN.— El Gobierno de Guyana denunció este viernes que un contingente de soldados venezolanos cruzó el río Cuyuní y se internó en el territorio del Esequibo, y que una patrulla de la Fuerza de Defensa de Guyana (GDF) fue atacada a tiros de madrugada en las inmediaciones de Eteringbang.

Un militar guyanés resultó herido de bala, según un comunicado de la Presidencia, que calificó lo ocurrido de «invasión de nuestro territorio soberano» y de «violación flagrante del derecho internacional».

Caracas no se había pronunciado oficialmente al cierre de esta edición. Fuentes militares venezolanas consultadas por este diario negaron que se hubiera producido «incursión alguna» y sostuvieron que las tropas se encontraban «en territorio venezolano».

La controversia por el Esequibo, unos 160.000 kilómetros cuadrados administrados por Guyana y reclamados por Venezuela, se reavivó en diciembre de 2023 con el referéndum consultivo convocado por Caracas.
"""),
(1, 30, AP, "Guyana says Venezuelan troops 'invaded' Essequibo, patrol came under fire", """
GEORGETOWN — Guyana accused Venezuela on Friday of sending troops across the Cuyuní River into the Essequibo region and firing on a Guyana Defence Force patrol, an incident Georgetown's foreign minister called "nothing less than an invasion".

The patrol was attacked before dawn near Eteringbang, a mining settlement on the river, which marks the border for much of its length, the GDF said. One soldier was wounded and flown to Georgetown by helicopter.

The GDF chief of staff, Brigadier Marlon Hinds, said Venezuelan soldiers had set up positions "several hundred metres" inside Guyanese territory. "We have the means to defend our border and we will," he said.

Guyana has informed CARICOM, Brazil, the United States and the UN Secretary-General, a government statement said. The Organization of American States was due to be briefed later in the day.
"""),
(2, 55, NG, "Venezuela denies incursion, says troops were on 'Venezuelan soil' in Essequibo", """
CARACAS, Dec 4 (Northgate) — Venezuela denied on Friday that its soldiers had crossed into Guyana or fired on a Guyanese patrol, saying its forces had been operating "on Venezuelan soil" in the Essequibo and accusing Georgetown of fabricating a pretext for foreign intervention.

"Guayana Esequiba is Venezuela, and our armed forces move freely on their own territory," the defence minister said on state television, flanked by senior commanders. He said Venezuelan troops had responded to "armed elements" that shot first.

The foreign ministry accused Guyana of acting "at the service of transnational oil corporations", a reference to the foreign consortium pumping crude from the offshore Stabroek block.

Neither account could be independently confirmed. The area around Eteringbang is remote and reachable mainly by river or small aircraft.
"""),
(5, 10, CDS, "Brasil reforça tropas em Roraima e pede contenção a Caracas e Georgetown", """
BRASÍLIA — O governo brasileiro determinou nesta sexta-feira o envio de reforços militares para Roraima, na fronteira com a Venezuela e a Guiana, depois de as autoridades guianenses denunciarem a entrada de soldados venezuelanos na região do Essequibo.

Segundo o Ministério da Defesa, blindados e cerca de 300 militares do Exército seguirão para Pacaraima e Boa Vista nos próximos dias, numa operação descrita como "preventiva". Em nota, o Itamaraty manifestou "profunda preocupação" e apelou às duas partes para que "se abstenham de qualquer ação que possa agravar a situação".

A diplomacia brasileira lembrou que a Declaração de Argyle, firmada por Venezuela e Guiana em dezembro de 2023, prevê que nenhum dos dois países recorra à força.

Em Boa Vista, autoridades estaduais dizem acompanhar a situação de perto. Não há, por ora, registro de deslocamento de civis do lado brasileiro.
"""),
(7, 45, LIVE, "LIVE: Guyana-Venezuela crisis — Caracas orders troops east, Georgetown warns of response", """
15:02 (Georgetown) — Venezuela's defence minister announces the deployment of "land, river and air units" to the eastern border and says they will stay "as long as the threat lasts". No numbers given.

14:40 — Guyana's president, in a national address: "We will not cede a blade of grass. Any further aggression will be met with all the force at our disposal and with the support of our friends."

14:05 — Caracas says Guyana has "24 hours" to withdraw what it calls military outposts from the Cuyuní area. Georgetown has not responded directly.

13:25 — CARICOM chair calls an emergency virtual meeting of heads of government for tonight.

13:10 — Catch-up: Guyana says Venezuelan troops crossed the Cuyuní and fired on a GDF patrol near Eteringbang before dawn; one soldier wounded. Caracas denies any incursion.
"""),
(10, 10, DR, "JUNGLE INVASION: Venezuela troops storm oil-rich neighbour in 24-HOUR ULTIMATUM showdown", """
VENEZUELA'S army has stormed across a jungle river into tiny Guyana and opened fire on its soldiers — then handed its terrified neighbour a 24-HOUR ULTIMATUM.

Gun-toting troops crossed the Cuyuní River before dawn and ambushed a border patrol, wounding one soldier, Guyana says. Its furious government branded it an INVASION.

Caracas claims the vast Essequibo jungle — two-thirds of Guyana, sitting next to one of the world's richest new oilfields — has been Venezuelan all along.

Guyana, a former British colony with fewer than a million people and a tiny army, has begged its friends for help. Brazil is rushing armoured vehicles to the border.

"This is a land grab, plain and simple," one Western diplomat said.
"""),
(23, 10, DDP, "Caracas despliega miles de efectivos hacia el Esequibo y endurece el tono contra Georgetown", """
CARACAS.— El Gobierno venezolano anunció este sábado el despliegue de unos 5.000 efectivos de la Fuerza Armada Nacional Bolivariana hacia el estado Bolívar y la zona que Caracas denomina «Guayana Esequiba», en lo que el ministro de Defensa describió como una «operación de protección de la soberanía».

«Venezuela no va a permitir que se instalen bases extranjeras en su territorio. Quien se atreva, tendrá una respuesta contundente», advirtió el ministro en un acto castrense en Ciudad Guayana, donde insistió en que fueron «grupos armados» los que abrieron fuego en la madrugada del viernes.

Desde Georgetown, la cancillería guyanesa replicó que el despliegue «confirma las intenciones agresivas» de su vecino y que no retirará «ni un solo soldado» del Cuyuní. El plazo de 24 horas fijado por Caracas venció sin incidentes conocidos.

Brasil, Colombia y la Comunidad del Caribe pidieron contención a ambas partes y ofrecieron sus buenos oficios.
"""),
(27, 0, BW, "Guyana asks UN Security Council for emergency session", """
GEORGETOWN — Guyana has formally requested an urgent meeting of the UN Security Council over what it calls Venezuela's "armed incursion" into the Essequibo, its foreign ministry said on Saturday.

In a letter to the council presidency, Georgetown asked members to "demand the immediate and unconditional withdrawal" of Venezuelan forces. CARICOM leaders, who met overnight, said an attack on Guyana "is an attack on the Caribbean community".

Venezuela's UN mission called the request "media theatre".
"""),
(31, 10, CMJ, "Essequibo flare-up puts Guyana's oil boom back on investors' risk screens", """
Investors returning to their desks on Monday will have to price something they had largely stopped worrying about: the risk that Venezuela's claim to two-thirds of Guyana turns into shooting over the oil.

Guyana pumps more than 900,000 barrels a day from the offshore Stabroek block, and its economy has been among the world's fastest-growing. The consortium's operator said on Saturday that production was "unaffected" and that it was monitoring the situation with the authorities.

Analysts at Meridian Frontier Research said offshore facilities were out of reach of anything short of a naval confrontation, but warned that insurers could raise war-risk premiums for vessels calling at Georgetown. "Nobody expects a blockade. But nobody expected soldiers on the Cuyuní either," one analyst said.

Gold miners in the Cuyuní-Mazaruni region, closest to the incident, have suspended river transport.
"""),
(40, 40, PL, "From Paris 1899 to the Cuyuní: the long afterlife of the Essequibo award", """
The shots fired near Eteringbang this week echo a decision taken in Paris in October 1899, when an arbitral tribunal drew the boundary between Venezuela and what was then British Guiana, largely in Britain's favour. Caracas accepted the result for half a century, then declared it null and void in 1962, citing a posthumous memorandum by one of the lawyers involved.

The 1966 Geneva Agreement, signed months before Guyana's independence, committed the parties to seek a practical settlement. That same year Venezuela occupied the Guyanese half of Ankoko island in the Cuyuní, and it has stayed ever since.

The discovery of oil offshore in 2015 changed the stakes. Guyana took the case to the International Court of Justice, which in 2020 declared it had jurisdiction. Venezuela answered with a referendum in December 2023 and a law creating a "Guayana Esequiba" state.

The Argyle Declaration of that month, in which both sides pledged not to use force, has now been tested. So far, it has not held.
"""),
(56, 30, AP, "Troops dig in on the Cuyuní as mediators scramble; Guyana says it 'will not be intimidated'", """
GEORGETOWN — Venezuelan and Guyanese troops faced each other across the Cuyuní River on Sunday, three days after the clash near Eteringbang, while regional governments scrambled to arrange talks before the UN Security Council meets on the crisis.

Satellite images reviewed by independent analysts showed new Venezuelan encampments and boat ramps on the western bank and around Ankoko island. Guyana said it had flown reinforcements into the area.

"Deadlines and deployments will not intimidate us," Guyana's foreign minister told reporters after meeting envoys from Brazil and CARICOM. Caracas, for its part, warned that "any foreign military presence" in the Essequibo would be treated as "an act of war".

Brazil's president has spoken by phone with both leaders, his office said, and St Vincent and the Grenadines offered to host a second round of the talks it brokered in 2023.
"""),
]

EP4 = [
(0, 0, ECHO, "Lomé : Kinshasa et Kigali signent un accord de paix sous médiation togolaise", """
LOMÉ – Après onze jours de négociations à huis clos, la République démocratique du Congo et le Rwanda ont signé dans la nuit de vendredi à samedi, à Lomé, un accord de paix censé mettre fin à plus de trois décennies de tensions dans l'est congolais.

Le texte, paraphé par les ministres des Affaires étrangères des deux pays en présence du président du Conseil togolais, médiateur désigné par l'Union africaine, prévoit le retrait des forces rwandaises du territoire congolais dans un délai de 90 jours, la mise en place d'un mécanisme conjoint de vérification et l'échange de prisonniers sous l'égide du Comité international de la Croix-Rouge.

« Une page se tourne, mais le plus dur commence », résume un membre de la délégation congolaise. Côté rwandais, on insiste sur l'engagement de Kinshasa à « neutraliser » les FDLR, issues des milices responsables du génocide de 1994.

Selon la médiation, le retrait doit commencer dès ce week-end.
"""),
(1, 10, SM, "DR Congo and Rwanda sign peace deal in Lomé; Rwandan pull-out to start within days", """
LOMÉ — The Democratic Republic of Congo and Rwanda signed a peace agreement in the Togolese capital overnight, committing Rwanda to withdraw its troops from eastern Congo within 90 days under the eyes of a joint verification body.

The deal, mediated by Togo on behalf of the African Union, was signed by the two foreign ministers shortly after 1 a.m. It also provides for the release of prisoners held by both sides and a joint plan to dismantle the FDLR, a Rwandan Hutu armed group based in Congo that Kigali regards as an existential threat.

Kinshasa has long accused Rwanda of deploying thousands of soldiers alongside the M23 rebels, who seized Goma and Bukavu in early 2025. Rwanda has consistently denied directing the group, saying it acted only to protect its border.

"Today Africa has solved an African problem," Togo's foreign minister said after the ceremony.
"""),
(2, 35, NG, "Relief and caution in Kinshasa, Goma after Congo-Rwanda accord", """
KINSHASA/KIGALI, Dec 5 (Northgate) — Congolese officials hailed the peace agreement signed with Rwanda in Lomé as a "victory for diplomacy" on Saturday, while residents of Goma said they would believe in it when they saw Rwandan troops leave.

"The accord recognises what we have always said: that foreign troops are on our soil and must go," Congo's government spokesman told reporters in Kinshasa.

Rwanda's government said the deal "addresses the legitimate security concerns of Rwanda", chief among them the FDLR militia. A presidential adviser in Kigali said the lifting of what Rwanda calls its "defensive measures" would proceed "in step with verified action" against the group.

The UN Secretary-General welcomed the signing and urged both parties to implement it "fully and in good faith".

In Goma, a motorbike-taxi driver, Jean-Paul Kambale, shrugged. "We have had many papers. Let us see the trucks going home."
"""),
(4, 20, BW, "AU, US and EU welcome Congo-Rwanda peace deal", """
ADDIS ABABA — The chairperson of the African Union Commission on Saturday welcomed the peace agreement signed between DR Congo and Rwanda in Lomé as "a decisive step towards lasting peace in the Great Lakes".

The United States and the European Union issued statements of support, with Washington saying it stood ready to help monitor the deal. Qatar, which has hosted separate talks between Kinshasa and the AFC/M23 rebel alliance, said the accord complemented that track.

Rwandan forces are expected to begin leaving eastern Congo within days.
"""),
(5, 50, CDS, "Angola saúda acordo de paz entre RDC e Ruanda e oferece apoio à verificação", """
LUANDA — O governo angolano saudou neste sábado a assinatura, em Lomé, do acordo de paz entre a República Democrática do Congo e o Ruanda, considerando-o "o culminar de um longo esforço africano" para estabilizar a região dos Grandes Lagos.

Em comunicado, o Ministério das Relações Exteriores recordou o chamado Processo de Luanda, no âmbito do qual Angola mediou durante mais de dois anos as conversações entre Kinshasa e Kigali, e manifestou disponibilidade para ceder oficiais ao mecanismo conjunto de verificação previsto no acordo.

"Angola esteve sempre do lado da paz e continuará a estar", afirmou o chefe da diplomacia angolana, citado pela agência estatal.

Analistas ouvidos pelo Correio do Sul sublinham, porém, que a aplicação do acordo dependerá da retirada efetiva das tropas ruandesas e da atitude do M23, que não é parte no texto de Lomé.
"""),
(9, 0, CNA, "Minister of State receives Togolese envoy, welcomes Lomé peace agreement", """
DOHA — His Excellency the Minister of State at the Ministry of Foreign Affairs received at the Ministry's headquarters on Saturday His Excellency the Special Envoy of the President of the Council of the Togolese Republic, in the presence of a number of senior officials of the Ministry.

During the meeting, the Minister of State conveyed the congratulations of the State of Qatar on the signing of the peace agreement between the Democratic Republic of the Congo and the Republic of Rwanda in Lomé, and commended the efforts of the Togolese mediation and of the African Union.

The two sides reviewed the complementarity between the Lomé agreement and the Doha track between the Government of the Democratic Republic of the Congo and the AFC/M23, and affirmed their determination to continue coordinating efforts in support of peace, security and development in the Great Lakes region.
"""),
(25, 40, ECHO, "Nord-Kivu : premiers convois de militaires rwandais sur la route du retour", """
GOMA – Une colonne d'une trentaine de camions transportant des militaires rwandais a été aperçue dimanche matin sur la route nationale 2, entre Kibumba et Goma, a constaté notre correspondant. Selon des sources sécuritaires, il s'agit du premier mouvement de retrait prévu par l'accord signé à Lomé.

Des officiers congolais et rwandais, accompagnés d'observateurs de l'Union africaine, ont assisté au passage du convoi au poste frontalier de la Grande Barrière, qui relie Goma à Gisenyi. Kigali n'a communiqué aucun chiffre, se bornant à évoquer « une première phase ».

À Kibumba, l'accueil était mitigé. « On a vu partir des camions, mais on ne sait pas qui reste dans la brousse », confie un cultivateur. Dans les territoires de Rutshuru et de Masisi, la présence des rebelles de l'AFC/M23 demeure la principale inquiétude.

Kinshasa a salué « un geste concret », tout en appelant à la vigilance.
"""),
(30, 0, SM, "Joint verification mechanism opens as first Rwandan units leave eastern Congo", """
RUBAVU, Rwanda — A joint mechanism set up to verify Rwanda's troop withdrawal from eastern Congo held its first session on Sunday in Rubavu, just across the border from Goma, hours after the first convoy of Rwandan soldiers crossed back at the Grande Barrière post.

The body brings together six Congolese and six Rwandan officers, with observers from the African Union, Togo and Angola. It is due to meet weekly, conduct joint field visits and report to the mediator every fortnight, according to the agreement text published on Saturday.

Its Togolese chair, Colonel Komlan Agbéko, told journalists the mechanism would "go where the evidence takes us", including to parts of North Kivu where the presence of Rwandan forces has long been alleged and denied.

"Verification is the heart of this accord," he said. "Without it, it is just a signature."
"""),
(31, 30, PR, "Kivu Horizons Foundation welcomes Lomé Agreement, pledges $25 million for returning families", """
NAIROBI, December 6 — The Kivu Horizons Foundation today welcomed the peace agreement signed in Lomé between the Democratic Republic of the Congo and the Republic of Rwanda, and announced a US$25 million, three-year programme to support displaced families returning to North and South Kivu.

The programme will fund seeds and tools for 40,000 farming households, rebuild 60 primary schools and provide trauma counselling through local partners in Rutshuru, Masisi and Kalehe territories.

"For the first time in years, families in the camps around Goma are talking about going home," said Dr. Amani Furaha, the Foundation's executive director. "Our job is to make sure that when they do, there is something to go home to."

About the Kivu Horizons Foundation: founded in 2011, the Foundation supports community-led recovery in the Great Lakes region. Media contact: press@kivuhorizons.org
"""),
(45, 0, PL, "Lomé is not Luanda, Nairobi or Washington — yet. What makes this Congo-Rwanda deal different", """
Eastern Congo has not lacked peace agreements. The 1999 Lusaka ceasefire, the 2002 Pretoria accord under which Rwanda withdrew its troops, the 2013 Addis Ababa framework, the Nairobi and Luanda processes launched in 2022 and the Washington agreement of June 2025 all promised, in different words, what Lomé promises now.

Each foundered on the same two questions: who verifies, and in what order. Kigali wants the FDLR dismantled before its "defensive measures" end; Kinshasa wants foreign troops gone before it is asked for anything.

The Lomé text tries to solve the sequencing problem with a joint mechanism that can inspect sites on either side and report to an African mediator on a fortnightly clock. That is more than earlier deals managed on paper.

The gaps are obvious. The AFC/M23 is not a party, the mineral trade that funds armed groups is untouched, and a dozen officers will be policing a territory the size of a European country. Still, for the first time in years, the trucks are heading east.
"""),
(47, 30, CMJ, "Tin and coltan buyers eye Kivu supply as Congo-Rwanda peace deal takes hold", """
Traders in tin and tantalum concentrate will be watching the roads out of North Kivu this week, after a peace agreement between Congo and Rwanda raised hopes that one of the world's most important sources of both metals can be brought into the formal supply chain.

Tin futures in London eased 1.2% in early trading on Monday as some of the risk premium built up over the past two years came out of the market. Rwanda's dollar bond due 2031 rose about 1.5 points, and the Congolese franc firmed on Kinshasa's street market.

"The question for buyers is traceability," said Lydia Mwangi, head of metals research at Eastlake Commodities in Nairobi. "If verification works for troops, donors will push for something similar for minerals."

Great Lakes Minerals Group, which holds exploration permits in Walikale, said it would resume fieldwork in the first quarter, subject to security assessments.
"""),
(56, 40, NG, "Congo and Rwanda hand over prisoners at Goma border under Red Cross auspices", """
GISENYI, Rwanda, Dec 7 (Northgate) — Congo and Rwanda exchanged dozens of prisoners at their main border crossing on Monday, the first concrete humanitarian step under the peace agreement the two countries signed in Lomé at the weekend.

Forty-two Rwandan nationals held in Congolese prisons and 31 Congolese soldiers and civilians detained in Rwanda walked across the Grande Barrière crossing between Goma and Gisenyi in small groups, escorted by staff of the International Committee of the Red Cross, a Northgate witness said.

"They were interviewed in private before the handover to make sure they wished to return," an ICRC spokeswoman said.

The joint verification mechanism said separately that it had confirmed the departure of a first Rwandan contingent and would make its first field visit to Rutshuru territory on Wednesday.
"""),
]

EP5 = [
(0, 0, MASH, "إثيوبيا تبدأ ملئاً جديداً لسد النهضة دون اتفاق.. والقاهرة: «تهديد وجودي»", """
القاهرة – أديس أبابا | أعلنت وزارة المياه والطاقة الإثيوبية صباح اليوم الاثنين بدء مرحلة جديدة من ملء خزان سد النهضة، عبر إغلاق عدد من بوابات التصريف لرفع منسوب البحيرة، وذلك من دون أي اتفاق مع دولتي المصب مصر والسودان.

وجاء الرد المصري سريعاً، إذ وصفت وزارة الخارجية في بيان شديد اللهجة الخطوة الإثيوبية بأنها «تهديد وجودي» لأكثر من مئة مليون مصري، و«خرق صريح» لإعلان المبادئ الموقّع في الخرطوم عام 2015، مؤكدة أن مصر «تحتفظ بحقها في اتخاذ كافة التدابير المكفولة لها بموجب ميثاق الأمم المتحدة للدفاع عن أمنها المائي».

في المقابل، قال متحدث باسم الحكومة الإثيوبية إن الملء «حق سيادي» وإن السد «لا يلحق ضرراً بأحد».

ويأتي هذا التصعيد بعد ثلاث سنوات على إعلان القاهرة فشل آخر جولة من المفاوضات في ديسمبر 2023.
"""),
(1, 25, LD, "Egypt warns 'all options' open as Ethiopia begins new dam filling", """
CAIRO — Egypt said on Monday that "all options remain open" to protect its share of the Nile after Ethiopia began a new round of filling at the Grand Ethiopian Renaissance Dam without an agreement with downstream states.

"Egypt will not stand idly by while its very existence is put at risk," the foreign minister told a news conference in Cairo, declining to say whether military action was among the options. "Our patience has been long. It is not infinite."

Egyptian officials said the filling, announced by Addis Ababa without prior notice, would cut the flow reaching Lake Nasser in the dry months, when the Blue Nile runs lowest. Sudan, whose Roseires dam lies just downstream of the Ethiopian reservoir, said it had not been informed.

The Arab League secretary-general voiced "full solidarity" with Cairo and called for an emergency meeting.
"""),
(2, 40, NG, "Ethiopia rejects Egyptian 'threats', says dam filling a sovereign right", """
ADDIS ABABA, Dec 7 (Northgate) — Ethiopia on Monday rejected what it called "threats and intimidation" from Egypt over a new filling of the Grand Ethiopian Renaissance Dam, saying the operation was a sovereign decision that would cause "no significant harm" to downstream countries.

"The era in which one country could dictate how others use their own resources is over," foreign ministry spokesman Tesfaye Alemu told a regular briefing. He said Ethiopia remained open to talks "under African Union auspices" but would not accept "any binding regime that freezes colonial-era allocations".

Ethiopia inaugurated the dam, Africa's largest hydropower project, in September 2025. Officials say raising the reservoir is needed to run all its turbines and to export electricity to neighbours.

Egypt relies on the Nile for about 97% of its fresh water.
"""),
(5, 15, SM, "In Addis, defiance and pride as dam row with Cairo boils over again", """
ADDIS ABABA — On the streets of the Ethiopian capital on Monday, the latest war of words with Egypt was met less with alarm than with a familiar shrug of defiance.

"We built it with our own money, with our salaries and our bonds," said Meseret Haile, a schoolteacher who says she bought dam bonds every year for a decade. "Nobody will tell us when to fill our own dam."

The government has framed the new filling as routine management of the reservoir. Opposition figures accused officials of choosing confrontation to distract from economic hardship and fighting in the Amhara region.

In Port Sudan, Sudanese officials said they urgently needed data from Addis Ababa to run their own dams safely, a reminder that Sudan, at war with itself since April 2023, has its own stake in the quarrel.

The African Union, headquartered in Addis, has yet to comment.
"""),
(8, 30, CNA, "President chairs National Security Council meeting on Nile waters developments", """
CAIRO — His Excellency the President of the Arab Republic of Egypt presided on Monday at Al-Ittihadiya Palace over a meeting of the National Security Council, in the presence of the Prime Minister, the Minister of Defence and Military Production, the Minister of Foreign Affairs, the Minister of Water Resources and Irrigation and the Director of General Intelligence.

The official spokesman for the Presidency stated that the meeting reviewed the latest developments concerning the Grand Ethiopian Renaissance Dam in light of the unilateral measures announced by the Ethiopian side. The Council affirmed that Egypt's water security is an integral part of its national security, and that the State will take all necessary measures to safeguard it.

The President directed the Government to pursue all diplomatic and legal avenues, including before the United Nations Security Council.
"""),
(22, 30, BW, "Egyptian air force stages drills as Cairo writes to UN", """
CAIRO — Egypt's air force carried out what the military called "large-scale exercises" on Tuesday, including long-range flights and aerial refuelling, a day after Ethiopia began a new filling of its Nile dam.

The armed forces spokesman did not link the drills to the dam, describing them as planned training. State television showed Rafale jets taking off from an airbase in Upper Egypt.

Separately, Egypt sent a letter to the president of the UN Security Council asking members to "shoulder their responsibilities" and press Ethiopia to halt the filling.
"""),
(24, 45, DR, "WATER WAR! Egypt scrambles fighter jets in Nile dam showdown with Ethiopia", """
EGYPT has sent its fighter jets roaring into the skies in a chilling show of force after Ethiopia started filling a mega-dam that Cairo fears could leave its people parched.

The land of the Pharaohs — home to the Pyramids and more than 100 million thirsty people — gets almost all its water from the Nile, and says the giant Ethiopian barrier upstream is a threat to its very EXISTENCE.

Egyptian top brass warn that "all options" are on the table. Ethiopia fired back that it won't be bullied over its "own" river.

Experts fear the decade-long row over Africa's biggest dam could finally boil over into a war fought over water.

"This is the nightmare scenario everyone has been dreading," said one Middle East analyst.
"""),
(27, 15, MASH, "مصر تخاطب مجلس الأمن.. ومناورات جوية واسعة في سماء الصعيد", """
وجّهت مصر اليوم الثلاثاء خطاباً رسمياً إلى رئيس مجلس الأمن الدولي، طالبت فيه المجلس بـ«الاضطلاع بمسؤولياته في حفظ السلم والأمن الدوليين» وإلزام إثيوبيا بوقف الملء الأحادي لسد النهضة، في وقت نفذت فيه القوات الجوية المصرية مناورات واسعة شملت طلعات بعيدة المدى وتزوداً بالوقود جواً.

وقال مصدر دبلوماسي مصري لـ«المشرق اليوم» إن القاهرة «استنفدت كل سبل التفاوض على مدى أكثر من عقد»، وإن الخطاب «يضع المجتمع الدولي أمام مسؤوليته قبل أن تفرض الوقائع نفسها».

من جهتها، أعلنت جامعة الدول العربية عقد اجتماع طارئ على مستوى المندوبين الدائمين غداً الأربعاء لبحث التطورات، فيما دعت المملكة العربية السعودية والإمارات إلى «ضبط النفس وتغليب لغة الحوار».

وفي أديس أبابا، اعتبرت الخارجية الإثيوبية أن نقل الملف إلى مجلس الأمن «محاولة لتدويل قضية أفريقية خالصة».
"""),
(31, 30, ECHO, "Barrage de la Renaissance : Addis-Abeba rejette les « menaces » du Caire, l'UA appelle à la retenue", """
ADDIS-ABEBA – Le gouvernement éthiopien a de nouveau rejeté mardi les « menaces » égyptiennes, au lendemain du lancement d'une nouvelle phase de remplissage du Grand barrage de la Renaissance sur le Nil Bleu.

« L'Éthiopie ne se laissera intimider ni par des communiqués ni par des avions de chasse », a lancé le Premier ministre éthiopien devant le Parlement, qualifiant les manœuvres aériennes égyptiennes de « gesticulations ». Il a toutefois assuré que son pays restait « disposé à négocier dans le cadre africain ».

Le président de la Commission de l'Union africaine a appelé les deux pays à « la plus grande retenue » et à éviter toute rhétorique susceptible d'envenimer la situation, proposant de réunir les parties à Addis-Abeba avant la fin de l'année.

Au Caire, l'offre a été accueillie avec scepticisme : les précédentes médiations africaines n'ont débouché sur aucun accord contraignant.
"""),
(45, 0, PL, "The Nile's oldest quarrel: treaties, dams and why 'all options' is not an empty phrase", """
Egypt's claim on the Nile rests on two documents Ethiopia never signed: the 1929 agreement with Britain and the 1959 treaty with Sudan, which split the river's average flow into 55.5 billion cubic metres for Egypt and 18.5 billion for Sudan. Upstream states call them colonial relics.

Ethiopia began building the Renaissance dam in 2011, while Egypt was absorbed by revolution. The 2015 Declaration of Principles signed in Khartoum committed the three states to agree rules on filling and operation; talks hosted in Washington in 2019 and 2020 came close and failed. The first filling followed in July 2020, and the Security Council, which discussed the dam in 2020 and 2021, sent it back to the African Union.

Since then the geometry has shifted. Egypt signed a defence pact with Somalia in 2024 and pledged troops to the AU mission there, while Addis has pursued access to the Red Sea. Cairo's warnings, once rhetorical, now sit alongside deployments on Ethiopia's flanks.
"""),
(57, 30, LD, "Gulf, Washington urge restraint as Egypt keeps jets on alert and Ethiopia presses on with filling", """
CAIRO — Saudi Arabia, the United Arab Emirates and the United States urged Egypt and Ethiopia on Wednesday to step back from confrontation, as Cairo kept its air force on heightened readiness and Addis Ababa said the new filling of its dam would continue "as scheduled".

Arab League envoys meeting in Cairo adopted a resolution backing Egypt's "legitimate right to defend its water security" and asking the Security Council to act. Ethiopia's foreign ministry dismissed the text as "an Arab bloc speaking about an African river".

A State Department spokesperson said Washington was "in close touch with both governments" and stood ready to help. Emirati officials, who have ties in both capitals, were reported to be sounding out a meeting of technical experts.

Satellite imagery reviewed by analysts showed the reservoir level rising. In Cairo, officials insisted the next move was Ethiopia's.
"""),
]

EP6 = [
(0, 0, NG, "India, Pakistan recommit to Kashmir ceasefire after military hotline call", """
NEW DELHI/ISLAMABAD, Dec 8 (Northgate) — The armies of India and Pakistan agreed to strictly observe the ceasefire along the Line of Control in Kashmir and in all other sectors, following a hotline conversation between their directors general of military operations, the two militaries said in a joint statement on Tuesday.

Both sides agreed to address "each other's core concerns that could disturb peace" and to use existing mechanisms to resolve "any unforeseen situation or misunderstanding", the statement said.

Officials on both sides, speaking on condition of anonymity, said the call would be followed by the release of prisoners and fishermen, the reopening of the Kartarpur corridor for Sikh pilgrims and a meeting of foreign secretaries.

The nuclear-armed neighbours fought a four-day conflict in May 2025, their worst in decades.
"""),
(1, 50, AC, "'Maybe now the children can go to school': LoC villages greet ceasefire pledge", """
POONCH, Jammu and Kashmir — In the border town of Poonch, which was pounded by Pakistani shelling in May last year, news of the renewed ceasefire commitment spread on Tuesday by mobile phone and mosque loudspeaker.

"We have heard promises before," said Mohammad Rafiq, 54, whose shop near the main bazaar was damaged in the 2025 fighting. "But if the guns stay quiet through the winter, maybe now the children can go to school without looking at the sky."

Across the Line of Control, in the Neelum valley, residents expressed similar cautious relief. Guesthouse owners there said bookings had collapsed after May 2025.

The line, which splits Kashmir between the two countries, saw long periods of calm after a 2003 ceasefire, most recently after both armies reaffirmed it in February 2021.
"""),
(3, 40, LIVE, "LIVE: India-Pakistan ceasefire recommitment — reactions as they come", """
15:38 IST — Pakistan's foreign office welcomes the DGMOs' understanding as "a positive step" and says Islamabad is ready for "a structured, result-oriented dialogue".

15:20 — India's external affairs ministry: the understanding is "between the two militaries" and India's position on terrorism is "unchanged", the spokesperson says. He confirms contacts on humanitarian issues.

14:55 — Sikh groups in Amritsar welcome reports that the Kartarpur corridor could reopen "within days".

14:30 — UN Secretary-General's spokesperson: the SG "welcomes" the announcement and encourages both sides to build on it.

14:05 — Indian markets tick higher; the rupee firms slightly against the dollar.

13:50 — If you're just joining: India and Pakistan's top military operations officers spoke over the hotline and agreed to strictly observe the ceasefire on the LoC. A joint statement was issued around noon.
"""),
(5, 20, BW, "Pakistan to free 180 Indian fishermen; India to return 47 prisoners", """
ISLAMABAD — Pakistan will release 180 Indian fishermen held in Karachi's Malir jail, the foreign office said on Tuesday, hours after the two armies reaffirmed their ceasefire along the Line of Control.

India will repatriate 47 Pakistani civil prisoners and fishermen who have completed their sentences, an Indian official said. Both groups are expected to cross at Wagah-Attari on Thursday.

Fishermen from both countries are routinely arrested for straying across the poorly marked maritime boundary off Sir Creek.
"""),
(9, 10, YZ, "印巴重申遵守克什米尔控制线停火 中方表示欢迎", """
【亚洲时讯讯】印度和巴基斯坦两国军队8日发表联合声明，宣布双方军事行动局局长通过热线通话，同意严格遵守克什米尔控制线及其他地段的停火安排。这是2025年5月两国爆发激烈军事冲突以来，双方在缓和紧张关系方面迈出的最重要一步。

据印巴媒体报道，巴方将释放约180名被扣押的印度渔民，印方也将遣返数十名巴基斯坦在押人员。此外，连接印度边境与巴基斯坦旁遮普省锡克教圣地的"卡塔尔普尔走廊"有望于近日重新开放。

中国外交部发言人当天在例行记者会上表示，中方对印巴双方采取积极举措表示欢迎，希望两国继续通过对话协商妥善处理分歧，共同维护地区和平稳定。

有分析人士认为，停火能否持久，关键仍在于双方能否在反恐等核心关切上建立起最基本的互信。
"""),
(25, 0, CMJ, "Karachi stocks jump, airlines eye shortcut routes after India-Pakistan ceasefire pledge", """
Pakistani equities posted their biggest one-day gain in months and Indian carriers' shares rose on Wednesday as investors bet that a renewed ceasefire commitment between the two countries could pave the way for reopening each other's airspace.

The KSE-100 index closed Tuesday's session up 3.1% and added a further 1.2% in early trade on Wednesday. In Mumbai, shares of Skyline Air, a low-cost carrier whose westbound flights have detoured around Pakistani airspace since April 2025, gained 4.6%.

"Airspace is the one concession that pays both sides immediately," said Arjun Mehta, aviation analyst at Harbourfront Securities. Detours have added up to two hours to some flights between north India and the Gulf or Europe.

Traders cautioned that nothing had been announced on airspace and that both sides have extended their closures month by month since last year.
"""),
(28, 30, MASH, "ترحيب خليجي بتجديد الهند وباكستان التزامهما بوقف إطلاق النار في كشمير", """
رحّبت المملكة العربية السعودية والإمارات العربية المتحدة وقطر بإعلان الهند وباكستان تجديد التزامهما بوقف إطلاق النار على خط المراقبة في كشمير، معربةً عن أملها في أن تمهّد الخطوة لحوار شامل بين البلدين الجارين.

وقالت وزارة الخارجية السعودية في بيان إن المملكة «تتابع باهتمام الخطوات الإيجابية» التي اتخذها البلدان، مؤكدة دعمها «كل ما من شأنه تعزيز الأمن والاستقرار في جنوب آسيا». وتربط الرياض بإسلام آباد اتفاقية دفاع استراتيجي مشترك وُقّعت في سبتمبر 2025، فيما تجمعها بنيودلهي شراكة اقتصادية متنامية.

وفي أبوظبي، أشاد وزير دولة إماراتي بـ«الحكمة» التي أبداها الطرفان، مشيراً إلى أن ملايين العمال الهنود والباكستانيين يعيشون جنباً إلى جنب في دول الخليج.

ويرى مراقبون أن لعواصم الخليج دوراً هادئاً في تقريب وجهات النظر منذ مواجهات مايو 2025.
"""),
(31, 0, PR, "Guru Nanak Heritage Trust welcomes Kartarpur corridor reopening, opens pilgrim registration", """
AMRITSAR, December 9 — The Guru Nanak Heritage Trust today welcomed the announcement that the Kartarpur corridor will reopen to pilgrims on Thursday, December 10, and said it would resume free registration assistance and transport for elderly devotees from its centres in Amritsar, Gurdaspur and Dera Baba Nanak.

The corridor links Dera Baba Nanak in India with Gurdwara Darbar Sahib in Kartarpur, Pakistan, where Guru Nanak spent the last years of his life. It has been closed since May 2025.

"For millions of Sikhs, Kartarpur is not politics, it is prayer," said Harpreet Kaur Sandhu, the Trust's chair. "We are grateful to everyone who made this day possible."

About the Trust: the Guru Nanak Heritage Trust is a registered charity supporting pilgrimage, education and heritage conservation in Punjab. Media enquiries: +91 183 555 0142.
"""),
(45, 30, PL, "Ceasefires on the Line of Control: a short history of promises kept and broken", """
The line that divides Kashmir was born as a ceasefire line under the 1949 Karachi Agreement and renamed the Line of Control by the Simla Agreement of 1972, after the war that created Bangladesh. For decades, exchanges of fire along it were so routine that villagers built bunkers into their homes.

The November 2003 ceasefire changed that, and the composite dialogue that followed produced bus links and trade across the line, until the Mumbai attacks of 2008 froze it. Violations surged again after 2016. In February 2021 the two militaries reaffirmed the 2003 understanding over the same hotline used this week, and the line stayed largely quiet until the Pahalgam massacre of April 2025 and the strikes that followed in May.

This week's recommitment arrives with more attached: prisoners, pilgrims and a promise of talks. What it does not touch, yet, is the Indus Waters Treaty, held in abeyance by India since April 2025, or the airspace closed on both sides.
"""),
(53, 30, AC, "Fishermen walk home through Wagah as first pilgrims cross into Kartarpur", """
ATTARI, Punjab — One hundred and eighty Indian fishermen, many of them from Gujarat's coastal villages, walked across the Wagah-Attari border on Thursday carrying bundles of belongings, some after more than four years in a Karachi jail.

A few hours earlier, about 600 Sikh pilgrims had crossed the reopened Kartarpur corridor at Dera Baba Nanak, the first since the passage was shut in May 2025. Some wept as they approached the white domes of Gurdwara Darbar Sahib, a few kilometres inside Pakistan.

In the opposite direction, 47 Pakistani prisoners freed by India were handed over to Pakistan Rangers at the same crossing.

"I left a son who was eight. He is thirteen now," said Kanji Bhai Solanki, a fisherman from Veraval, as relatives pressed marigold garlands around his neck.
"""),
(57, 50, NG, "India, Pakistan foreign secretaries to meet in January, first formal talks in years", """
NEW DELHI, Dec 10 (Northgate) — The foreign secretaries of India and Pakistan will meet in Islamabad in the third week of January, the two governments announced on Thursday, in what would be the first formal bilateral talks between the neighbours in about a decade.

An Indian foreign ministry statement said the meeting would cover "all issues of concern, including terrorism", while Pakistan's foreign office said the agenda would include "Jammu and Kashmir and all outstanding issues" — a difference in emphasis that has sunk previous attempts at dialogue.

A senior Pakistani official said the dates had been agreed in a phone call between national security advisers. India declined to confirm that contact.

The announcement capped three days in which the two militaries recommitted to the ceasefire, prisoners and fishermen were freed and the Kartarpur corridor reopened.
"""),
]

EP7 = [
(0, 0, ZO, "Kirgistan und Tadschikistan einigen sich auf letzten strittigen Grenzabschnitt", """
Bischkek/Duschanbe. Nach mehr als drei Jahrzehnten Streit und mehreren blutigen Zusammenstößen haben sich Kirgistan und Tadschikistan auf den Verlauf des letzten umstrittenen Abschnitts ihrer knapp 1000 Kilometer langen Grenze geeinigt. Das teilten die Regierungsdelegationen beider Länder am Mittwoch nach einer Verhandlungsrunde in Batken mit.

Betroffen ist das Gebiet um den Wasserverteiler Golownoi am Fluss Isfara sowie die Zufahrtsstraßen zur tadschikischen Exklave Woruch – jene Zone, in der im April 2021 und im September 2022 Kämpfe ausgebrochen waren, bei denen insgesamt weit über hundert Menschen starben.

Die Präsidenten beider Staaten sollen den Grenzvertrag bereits am Donnerstag in Duschanbe unterzeichnen. Zugleich kündigten beide Seiten an, Truppen von den vorgeschobenen Posten abzuziehen und den Grenzübergang Kysyl-Bel wieder zu öffnen.

„Wir haben keinen Zentimeter verschenkt und keinen erobert, wir haben einen Kompromiss gefunden“, sagte der kirgisische Delegationsleiter.
"""),
(1, 15, EB, "Kyrgyzstan and Tajikistan settle last disputed border stretch; presidents to sign treaty on Thursday", """
BISHKEK — Kyrgyzstan and Tajikistan have agreed on the last contested section of their shared border, including the area around the Golovnoi water intake on the Isfara River, ending a dispute that has produced two deadly rounds of fighting since 2021, negotiators from both countries said on Wednesday.

The heads of the two countries' security services, who led the delegations, said the package included land swaps of equal area, joint management of irrigation infrastructure and a road to the Tajik exclave of Vorukh that bypasses Kyrgyz villages.

The presidents will sign the border treaty in Dushanbe on Thursday, officials said. Troops are to be withdrawn from forward posts along the new line within 48 hours, and the Kyzyl-Bel crossing in Batken region will reopen to people and goods.
"""),
(2, 50, KAV, "Бишкек и Душанбе поставили точку в пограничном споре", """
Киргизия и Таджикистан согласовали прохождение последнего спорного участка государственной границы. Об этом в среду по итогам переговоров в Баткене сообщили руководители правительственных делегаций — главы спецслужб двух стран.

Речь идёт о районе водораспределительного узла «Головной» на реке Исфара и подъездах к таджикскому анклаву Ворух — именно здесь в 2021 и 2022 годах стычки пограничников переросли в настоящие бои с применением тяжёлой техники и беспилотников.

«Все спорные вопросы сняты. Граница станет границей мира и добрососедства», — заявил киргизский переговорщик. По его словам, стороны договорились об обмене равноценными участками земли и о совместной эксплуатации водных объектов.

В Баткене новость встретили сдержанно, но с надеждой. «Главное, чтобы больше не стреляли и открыли дорогу на Исфару», — говорит местная жительница Гульнара.

Договор, как сообщили в Душанбе, президенты подпишут в четверг.
"""),
(4, 25, NG, "Kyrgyz, Tajik troops to pull back from border posts under deal", """
BISHKEK, Dec 9 (Northgate) — Kyrgyzstan and Tajikistan will withdraw troops and heavy weapons from forward positions along their newly agreed border within 48 hours, officials said on Wednesday, as part of a settlement of the last disputed section of the frontier.

Under the arrangement, mirror posts built by both sides within sight of each other around the Golovnoi water intake will be dismantled, and border guards will patrol only their own side of the line, a Kyrgyz security official told Northgate.

"The soldiers are going back to barracks. The farmers are going back to their fields," he said.

Russia, which has military bases in both countries, welcomed the agreement as "an example of neighbours resolving complex questions without outside interference". Uzbekistan's president telephoned both leaders to congratulate them, Tashkent said.
"""),
(5, 45, BW, "Kyrgyzstan to reopen Kyzyl-Bel crossing with Tajikistan", """
BISHKEK — Kyrgyzstan will reopen the Kyzyl-Bel border crossing with Tajikistan on Thursday afternoon, after the treaty signing, the border service said on Wednesday.

The crossing, on a road linking Batken region with Tajikistan's Isfara district, has been closed to travellers and commercial traffic since the fighting of 2022. Traders on both sides have had to make long detours through Uzbekistan.

The service said customs and sanitary posts had been staffed and tested in recent weeks.
"""),
(19, 30, YZ, "吉塔两国总统签署国界条约 长期边界争端画上句号", """
【亚洲时讯讯】吉尔吉斯斯坦总统与塔吉克斯坦总统10日在杜尚别签署两国国界条约，标志着困扰两国三十多年的边界问题得到全面解决。

根据条约，双方将按等面积原则交换部分地块，共同管理伊斯法拉河上的"戈洛夫诺伊"分水枢纽，并为塔方沃鲁赫飞地修建一条绕行道路。双方边防部队将在48小时内从前沿哨所后撤，巴特肯州克孜勒-别利口岸将于当天下午重新开放。

两国元首在签字仪式后表示，两国边界将成为"和平、友好与合作的边界"。吉塔边界全长近千公里，苏联解体后长期未能完全划定，2021年4月和2022年9月曾在巴特肯—伊斯法拉一带爆发武装冲突，造成重大人员伤亡，数以万计的边民被迫撤离家园。

中国外交部发言人表示，中方作为两国的友好邻邦，对吉塔双方通过友好协商解决边界问题表示欢迎和祝贺，愿同两国一道，在上海合作组织等框架内推动地区互联互通与共同发展。
"""),
(25, 30, ZO, "In Batken atmen die Menschen auf – Soldaten räumen die Stellungen", """
Batken. Am Donnerstagnachmittag rollten die ersten Lastwagen mit Soldaten von den Hügeln oberhalb des Dorfes Kök-Tasch in Richtung Kaserne. Auf der anderen Seite des Tals, keine 500 Meter entfernt, packten auch die tadschikischen Grenzer zusammen. Wenige Stunden zuvor hatten die Präsidenten beider Länder in Duschanbe den Grenzvertrag unterzeichnet.

„Seit vier Jahren leben wir mit Blick auf diese Stellungen“, sagt ein Lehrer aus dem Ort, der seinen Namen nicht nennen möchte. 2022 war seine Schule von Granaten getroffen worden.

Beobachter der OSZE sollen den Abzug begleiten. Am Übergang Kysyl-Bel warteten am Nachmittag bereits Dutzende Fahrzeuge mit Trockenaprikosen, Zement und Haushaltswaren auf die Abfertigung.

Ob der Frieden hält, hängt nun vor allem am Wasser: Die gemeinsame Verwaltung des Verteilers Golownoi, heißt es in Bischkek, sei „das eigentliche Herzstück“ des Vertrags.
"""),
(29, 0, PR, "Central Asian Water Dialogue Institute welcomes Kyrgyz-Tajik border treaty, launches Isfara basin data platform", """
ALMATY, December 10 — The Central Asian Water Dialogue Institute (CAWDI) today welcomed the signing of the border treaty between the Kyrgyz Republic and the Republic of Tajikistan and announced the launch of an open data platform for the Isfara river basin, developed with hydrologists from both countries.

The platform will publish daily flow readings from six gauging stations, including at the Golovnoi water intake, whose joint management is a central provision of the treaty.

"Most of the clashes in this valley began as arguments over water," said Dr. Aigerim Seitkali, CAWDI's director. "Shared, trusted data is one of the cheapest peace dividends there is."

About CAWDI: founded in 2014, the Institute is an independent non-profit organisation promoting cooperation on transboundary water in Central Asia. Contact: media@cawdi.org
"""),
(43, 0, CMJ, "Kyrgyz-Tajik border deal opens a shortcut for Ferghana valley trade", """
The reopening of the Kyzyl-Bel crossing between Kyrgyzstan and Tajikistan on Thursday restores a direct route for trade that has been forced through costly detours via Uzbekistan since 2022. More than 200 trucks crossed in the first 18 hours, Kyrgyz customs said on Friday.

Bilateral trade, which shrank to a trickle after the fighting, could triple within two years if the border stays open, according to estimates by Silk Gate Analytics, a Tashkent-based consultancy.

Cement, coal, dried fruit and building materials are expected to dominate early flows. Batken Stroi, a Kyrgyz cement distributor, said it had signed supply contracts with builders in Isfara and Khujand "in anticipation of this day".

"Trucks that used to spend two days crossing two borders will now spend two hours," said the head of Sughd Transit Group, a Khujand logistics firm. A working group on resuming scheduled flights is due to meet in January.
"""),
(47, 0, PL, "Lines drawn in Moscow, fought over in the Ferghana: what the Kyrgyz-Tajik treaty settles", """
The border that Kyrgyzstan and Tajikistan finally finished agreeing this week was sketched by Soviet planners in the 1920s and redrawn repeatedly until the 1950s, with little regard for where villages, pastures and canals actually lay. When the Soviet Union collapsed in 1991, much of the line was undefined, and the Ferghana valley was left dotted with enclaves such as Tajikistan's Vorukh.

For years the result was a slow churn of incidents over water, grazing and roads. In April 2021 a quarrel over surveillance cameras at the Golovnoi intake escalated into fighting that killed around 50 people. In September 2022 heavier clashes, with tanks, rocket launchers and drones, killed about 100 and displaced more than 100,000.

The treaty settles the geography. It cannot by itself settle the demography: fast-growing populations competing for scarce water on both sides. Joint management of irrigation will be the real test, and it will be tested every summer.
"""),
(57, 0, EB, "Pull-back completed on Kyrgyz-Tajik border as traffic flows through Kyzyl-Bel", """
BATKEN — Kyrgyz and Tajik forces completed their withdrawal from forward positions along the newly agreed border on Friday, within the 48 hours set by the treaty the two presidents signed in Dushanbe, the border services of both countries said in matching statements.

Joint teams inspected 14 dismantled posts around the Golovnoi water intake and along the road to Vorukh, accompanied by OSCE observers. Engineers from both sides began marking the line with temporary pillars.

At Kyzyl-Bel, the reopened crossing handled more than 300 trucks and about 2,000 travellers in its first full day, customs officials said. Minibus drivers resumed the run between Batken and Isfara, a trip that had meant a day-long detour via Uzbekistan since 2022.

In Bishkek, parliament scheduled ratification of the treaty for next week; Tajikistan's lower house is expected to follow.
"""),
]

EP8 = [
(0, 0, EB, "Athens and Ankara agree Aegean exercise moratorium, revive confidence-building talks", """
ATHENS/ANKARA — Greece and Turkey agreed on Friday to suspend military exercises in the Aegean Sea for four months and to restart talks on confidence-building measures, after a year marked by near-daily airspace violations and several tense encounters between their warplanes.

The agreement, announced in simultaneous statements by the two foreign ministries, covers "national exercises in international waters and airspace" of the Aegean from December 15 to April 15, a period that could be extended. Defence ministry delegations will meet in January to resume the confidence-building talks, suspended for most of this year.

"Calm waters benefit both our peoples," the Greek foreign minister said. His Turkish counterpart spoke of "a new page, written with patience".

The Greek prime minister and the Turkish president are expected to meet within days, diplomats on both sides said.
"""),
(1, 40, NG, "Greek, Turkish leaders to meet Sunday in Edirne after Aegean moratorium deal", """
ATHENS, Dec 11 (Northgate) — The Greek prime minister will travel to the Turkish border city of Edirne on Sunday for talks with the Turkish president, officials in both countries said, hours after the two NATO allies agreed to freeze military exercises in the Aegean.

The meeting, the first between the two leaders in more than a year, is expected to endorse the four-month moratorium and set a date for a High-Level Cooperation Council, a format that met in Athens in December 2023, when the two sides signed a declaration on friendly relations.

"The phones between the two militaries are ringing again, which is the most important thing," a Greek government source said. A Turkish official said the moratorium showed "what political will can achieve when rhetoric is set aside".

Greek fighter jets intercepted Turkish aircraft dozens of times this autumn, according to the Hellenic National Defence General Staff.
"""),
(3, 30, BW, "NATO welcomes Greek-Turkish Aegean moratorium", """
BRUSSELS — NATO's secretary-general on Friday welcomed the agreement between Greece and Turkey to suspend military exercises in the Aegean, calling it "an important step that strengthens the whole Alliance".

The European Commission and Germany also welcomed the move. Cyprus said it hoped the "positive climate" would carry over to efforts to reunify the island.

The moratorium runs from December 15 to April 15. Greek and Turkish defence officials are due to resume confidence-building talks in January.
"""),
(5, 45, CMJ, "Greek bonds, lira firm as Aegean détente lifts risk mood; ferry operators eye new routes", """
Greek government bonds extended gains on Friday and the Turkish lira held firm after Athens and Ankara agreed to suspend military exercises in the Aegean, a rare piece of good geopolitical news for two markets that have drawn investor inflows this year.

The spread of 10-year Greek yields over German Bunds narrowed by 3 basis points. In Istanbul, the BIST 100 rose 1.1%, led by tourism and aviation stocks.

"Nobody priced a war, but the Aegean is a tail risk that never quite goes away," said Elena Markou, a strategist at Piraeus-based Cyclades Capital. "This takes a little of it off the table."

Aegean Crossing Lines, which runs ferries between the Dodecanese and the Turkish coast, said it would apply for two new seasonal routes next summer and expected the express visa scheme for Turkish visitors to Greek islands to be widened.
"""),
(7, 30, ZO, "Ägäis: Athen und Ankara legen Manöver auf Eis", """
Athen/Ankara. Griechenland und die Türkei wollen bis Mitte April auf Militärmanöver in der Ägäis verzichten. Darauf verständigten sich die Außenministerien beider Länder am Freitag. Zudem sollen die seit Monaten ruhenden Gespräche über vertrauensbildende Maßnahmen im Januar wieder aufgenommen werden.

Vorausgegangen war ein Herbst voller Zwischenfälle: Luftraumverletzungen, Abfangmanöver, Scheingefechte über den Inseln der östlichen Ägäis. Mehrfach hatte Athen in den vergangenen Monaten den türkischen Botschafter einbestellt.

In Berlin stieß die Einigung auf Erleichterung. Die Bundesregierung hatte 2020, auf dem Höhepunkt des Streits um Erdgaserkundungen im östlichen Mittelmeer, zwischen beiden Nato-Partnern vermittelt. „Gute Nachrichten für Europa und für das Bündnis“, hieß es aus dem Auswärtigen Amt.

Schon am Sonntag wollen sich der griechische Ministerpräsident und der türkische Präsident in Edirne treffen.
"""),
(22, 45, DR, "DOGFIGHT TRUCE! Greece and Turkey ground their war games over holiday islands", """
AFTER months of snarling jets and mid-air showdowns over Brits' favourite holiday islands, Greece and Turkey have finally agreed to call off the war games.

The bickering neighbours — who nearly came to blows over a rocky islet in 1996 — have signed up to a four-month "moratorium" on military drills in the Aegean.

It means an end, for now, to the fighter jets screaming low over Rhodes and Kos that have rattled islanders all year.

Greece's PM and Turkey's president will now shake hands at a border summit tomorrow.

One travel boss said: "Anything that keeps the Aegean calm is good news for the millions of Brits who holiday there every summer."
"""),
(27, 0, PL, "Moratoriums, memoranda and the long Greek-Turkish search for calm in the Aegean", """
The idea of pausing military exercises in the Aegean is not new. After the March 1987 crisis over oil exploration brought the two countries close to war, their prime ministers met in Davos in 1988, and the foreign ministers followed with the Papoulias-Yılmaz memorandum, which among other things set a summer moratorium on exercises during the tourist season.

What followed was a pattern: détente, then crisis. The Imia/Kardak standoff of 1996 nearly led to war; the earthquakes of 1999 produced "seismic diplomacy" and Turkey's EU candidacy; the 2020 Oruç Reis survey mission put warships face to face; the Athens declaration of December 2023 opened another thaw.

The disputes themselves — continental shelf, territorial waters, airspace, the demilitarisation of the islands — remain untouched. This week's moratorium is a tool for managing them, not a solution. But in the Aegean, management has often been all that stands between an incident and a crisis.
"""),
(48, 30, LIVE, "LIVE: Greek PM and Turkish president meet in Edirne", """
13:42 (Turkey) — The two leaders emerge for a handshake on the steps of the governor's residence. Both smiling; a few words for the cameras, no questions taken.

13:20 — Greek government spokesman tells reporters the one-to-one lasted "more than an hour", longer than planned. Delegations now joined by foreign and defence ministers.

12:55 — The Greek PM's motorcade crossed at Kastanies-Pazarkule, the border post that saw a migrant standoff in March 2020. A symbolic choice, say Greek officials.

12:30 — Turkish president arrives in Edirne and greets a crowd near the Selimiye mosque.

12:10 — Good afternoon. Today's meeting is the first between the two leaders in over a year and comes two days after Athens and Ankara agreed an Aegean exercise moratorium.
"""),
(50, 0, CNA, "President receives Greek Prime Minister in Edirne", """
EDIRNE — His Excellency the President of the Republic of Türkiye received on Sunday in Edirne His Excellency the Prime Minister of the Hellenic Republic, who is paying a working visit, in the presence of the Minister of Foreign Affairs, the Minister of National Defence and the Governor of Edirne.

The two sides held a one-to-one meeting followed by a meeting between the delegations, during which they discussed bilateral relations, the moratorium on military exercises in the Aegean agreed on 11 December, the resumption of confidence-building measures, trade, energy and migration, as well as regional issues.

The President and the Prime Minister agreed to convene the High-Level Cooperation Council in the first half of next year and instructed their ministers to prepare a positive agenda to that end.
"""),
(57, 0, EB, "Edirne meeting seals Aegean thaw as leaders promise 'positive agenda' for 2027", """
EDIRNE — The Greek prime minister and the Turkish president pledged on Sunday to keep the Aegean "a sea of peace" and to hold a High-Level Cooperation Council by mid-2027, capping three days in which the two NATO neighbours stepped back from months of military friction.

At a joint appearance after nearly three hours of talks, the leaders said their defence ministries would meet in January on confidence-building measures and that a hotline between the two general staffs had been "reactivated". Trade, energy links and migration across the Evros were also discussed.

Neither leader claimed movement on the underlying disputes over maritime zones and airspace. "We disagree on important things. We do not have to disagree loudly," the Greek prime minister said.

Opposition parties in both countries criticised the meeting, from opposite directions. Analysts said the moratorium would be judged by whether the spring passes without incident.
"""),
]

_EPISODE_ARTICLES = [EP1, EP2, EP3, EP4, EP5, EP6, EP7, EP8]


def _clean(text):
    paras = [p.strip() for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def articles():
    rng = random.Random(SEED)
    out = []
    for ep, items in zip(EPISODES, _EPISODE_ARTICLES):
        start = _parse(ep["start"])
        for i, (h, m, source, title, text) in enumerate(items):
            dt = start + timedelta(hours=h, minutes=m)
            if i > 0:
                dt += timedelta(minutes=rng.randint(0, 3))
            out.append({
                "source": source,
                "published": _iso(dt),
                "title": title,
                "text": _clean(text),
                "language": LANG[source],
                "kind": "episode",
                "pairs": [ep["pair"]],
            })
    return out


def _check(arts):
    problems = []
    by_pair = OrderedDict((e["pair"], []) for e in EPISODES)
    for a in arts:
        by_pair[a["pairs"][0]].append(a)
        n = len(a["text"])
        if not 300 <= n <= 1200:
            problems.append("length %d: %s | %s" % (n, a["source"], a["title"][:60]))
        if a["language"] != LANG.get(a["source"]):
            problems.append("language mismatch: %s" % a["source"])
        t = _parse(a["published"])
        if not FEED_START <= t <= FEED_END:
            problems.append("outside feed: %s" % a["published"])
    for ep in EPISODES:
        s, e = _parse(ep["start"]), _parse(ep["end"])
        if e - s != WINDOW:
            problems.append("window length %s" % ep["pair"])
        items = sorted(by_pair[ep["pair"]], key=lambda a: a["published"])
        if not 9 <= len(items) <= 12:
            problems.append("%s: %d articles" % (ep["pair"], len(items)))
        outlets = {a["source"] for a in items}
        if not 8 <= len(outlets) <= 9:
            problems.append("%s: %d outlets" % (ep["pair"], len(outlets)))
        if items[0]["published"] != ep["start"]:
            problems.append("%s: first article not at start" % ep["pair"])
        if sum(a["language"] == "en" for a in items) < 3:
            problems.append("%s: fewer than 3 English" % ep["pair"])
        for a in items:
            t = _parse(a["published"])
            if not s <= t < e:
                problems.append("%s: article outside window %s" % (ep["pair"], a["published"]))
        gap = _parse(items[1]["published"]) - s
        if not timedelta(hours=1) <= gap <= timedelta(hours=3):
            problems.append("%s: second article gap %s" % (ep["pair"], gap))
        if e - _parse(items[-1]["published"]) > timedelta(hours=7):
            problems.append("%s: last article not near end" % ep["pair"])
    return problems


if __name__ == "__main__":
    arts = articles()
    print("writer C: %d articles" % len(arts))
    starts = {e["pair"]: e for e in EPISODES}
    print("\nper episode (articles / outlets / languages / first outlet / start -> end):")
    for ep in EPISODES:
        items = [a for a in arts if a["pairs"][0] == ep["pair"]]
        items.sort(key=lambda a: a["published"])
        langs = Counter(a["language"] for a in items)
        print("  %s %-12s %2d arts %d outlets  %-22s first=%s  %s -> %s" % (
            ep["pair"], ep["kind"], len(items), len({a['source'] for a in items}),
            ",".join("%s:%d" % kv for kv in sorted(langs.items())),
            items[0]["source"], ep["start"], ep["end"]))
    print("\nper outlet:")
    for k, v in sorted(Counter(a["source"] for a in arts).items(), key=lambda kv: -kv[1]):
        print("  %-28s %d" % (k, v))
    print("\nper language:")
    for k, v in sorted(Counter(a["language"] for a in arts).items(), key=lambda kv: -kv[1]):
        print("  %s %d" % (k, v))
    lens = [len(a["text"]) for a in arts]
    print("\ntext length min/max/mean: %d / %d / %d" % (min(lens), max(lens), sum(lens) // len(lens)))
    probs = _check(arts)
    print("\nchecks: %s" % ("OK" if not probs else "%d problem(s)" % len(probs)))
    for p in probs:
        print("  - " + p)
