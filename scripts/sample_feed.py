#!/usr/bin/env python3
"""Generate Brink's bundled synthetic sample news feed.

Writes, relative to the repository root:

  src/main/resources/io/brink/demo/sample-feed.jsonl   the feed (JSON Lines, sorted by `published`)
  src/test/resources/io/brink/demo/sample-feed-key.json the answer key used by tests
  scripts/README-sample-feed.md                         human-readable answer key

Everything here is synthetic: the outlets are invented `.example` domains and every sentence was
written for this file. Standard library only; the random seed is fixed, so two runs produce
byte-identical output.

Usage:  python3 scripts/sample_feed.py [--check]
        --check  regenerate in memory and fail if the files on disk differ.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 20261102
FEED_START = dt.datetime(2026, 11, 2, 0, 0, 0)
FEED_END = dt.datetime(2026, 11, 7, 23, 59, 59)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEED_PATH = os.path.join(ROOT, "src", "main", "resources", "io", "brink", "demo", "sample-feed.jsonl")
KEY_PATH = os.path.join(ROOT, "src", "test", "resources", "io", "brink", "demo", "sample-feed-key.json")
README_PATH = os.path.join(ROOT, "scripts", "README-sample-feed.md")

# --------------------------------------------------------------------------------------------
# Outlets (all fictional)
# --------------------------------------------------------------------------------------------

OUTLETS = {
    "wire": ("wire.example-news.org", "Brink Wire"),
    "globe": ("dailyglobe.example", "Daily Globe"),
    "meridian": ("meridian-times.example", "Meridian Times"),
    "continental": ("continental-dispatch.example", "Continental Dispatch"),
    "eastgate": ("eastgate-herald.example", "Eastgate Herald"),
    "northstar": ("northstar-post.example", "Northstar Post"),
    "worldbrief": ("worldbrief.example.org", "World Brief"),
    "harbour": ("harbour-courier.example", "Harbour Courier"),
    "gulf": ("gulf-observer.example", "Gulf Observer"),
    "apac": ("asiapacific-report.example", "Asia-Pacific Report"),
    "ledger": ("ledger-markets.example", "Ledger Markets"),
    "matchday": ("matchday-sports.example", "Matchday Sports"),
    "pampas": ("pampas-chronicle.example", "Pampas Chronicle"),
}
NEWS_OUTLETS = ["wire", "globe", "meridian", "continental", "eastgate", "northstar",
                "worldbrief", "harbour", "gulf", "apac", "pampas"]


def pair_key(a, b):
    return "-".join(sorted((a, b)))


def ts(s):
    """'2026-11-03T05:00' -> datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------------
# Escalation and de-escalation episodes.
#
# Each lead is one original article: its first sentence is the key sentence, written in the
# shape <ACTOR A> <trigger> ... <ACTOR B>. An article = dateline + lead sentences + 2-4
# background sentences drawn from the episode's context pool. `extra` lists further country
# pairs the lead names as actors (e.g. a mediator); `synd` = (copies, alternative headline)
# re-publishes the story at other outlets minutes later.
# --------------------------------------------------------------------------------------------


def L(city, title, *sentences, extra=(), synd=None, outlet=None, fixed_id=None, no_context=False):
    return {"city": city, "title": title, "sentences": list(sentences), "extra": list(extra),
            "synd": synd, "outlet": outlet, "fixed_id": fixed_id, "no_context": no_context}


EPISODES = [
    # ---------------------------------------------------------------- escalation: Russia-Ukraine
    {
        "kind": "escalation", "name": "Russian strikes on the Ukrainian power grid and Ukrainian drone raids",
        "a": "RUS", "b": "UKR", "start": "2026-11-02T13:00", "end": "2026-11-02T21:30",
        "outlets": ["wire", "eastgate", "continental", "globe", "worldbrief"],
        "leads": [
            L("KYIV", "Russia launches wave of missile strikes on Ukrainian power grid",
              "Russia launched missile strikes on Ukraine's power grid on {weekday} afternoon, hitting substations in at least five regions, Ukrainian officials said.",
              "Air-raid sirens sounded across the country for more than three hours.",
              synd=(3, "Russian missiles pound Ukraine's power grid")),
            L("KHARKIV", "Russian drones hit Kharkiv power plant, Ukraine says",
              "Russian drones attacked a thermal power plant in the Ukrainian city of Kharkiv, Ukraine's energy ministry said, leaving much of the city without heating.",
              "Repair crews were working under the threat of further raids, the ministry added."),
            L("MOSCOW", "Kremlin warns Kyiv of 'harsher response'",
              "The Kremlin warned Ukraine of a harsher response if attacks on Russian territory continue, a spokesman told reporters in Moscow.",
              "The warning came hours after Moscow accused Kyiv of targeting an oil refinery in the Krasnodar region."),
            L("KYIV", "Ukraine's president accuses Moscow of 'energy terror'",
              "Ukraine's president accused Russia of deliberately targeting civilians by attacking the power grid as winter approaches.",
              "'Every missile aimed at a substation is aimed at a family,' Ukraine's president said in a video address."),
            L("MOSCOW", "Russia says Ukrainian drones struck refinery in Krasnodar region",
              "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region, setting a fuel tank on fire, the regional governor said.",
              "Russia's defence ministry said air defences had destroyed most of the drones."),
            L("ODESA", "Russian forces shell Kherson as strikes widen",
              "Russian forces shelled the Ukrainian city of Kherson throughout the afternoon, killing two civilians, the regional administration said.",
              "A school and a bus depot were among the buildings damaged."),
            L("KYIV", "Ukraine vows retaliation against Russia after grid attack",
              "Kyiv vowed retaliation against Russia for the attack on its energy infrastructure, with the defence ministry promising 'long-range answers'."),
            L("KYIV", "Russia masses troops near Ukraine's Sumy border, Kyiv says",
              "Russia massed troops near the border with Ukraine's Sumy region, Ukrainian military intelligence said, citing satellite imagery.",
              "The buildup includes armoured units and artillery, according to the intelligence service."),
            L("KYIV", "Russian bombers fire cruise missiles from over the Caspian, Ukraine says",
              "Russian strategic bombers launched cruise missiles at Ukraine from over the Caspian Sea, Ukraine's air force said.",
              "The air force said it had intercepted 38 of 52 incoming missiles."),
            L("MOSCOW", "Russia's president threatens 'consequences' over strikes inside Russia",
              "Russia's president threatened Ukraine with 'serious consequences' for drone attacks on Russian refineries.",
              "The remarks were broadcast on state television during a meeting with security officials."),
            L("KYIV", "Cyberattack knocks Ukrainian railway ticketing offline",
              "Russian military hackers launched a cyberattack on Ukraine's state railway, knocking its ticketing system offline, Ukraine's cyber agency said.",
              "Trains continued to run, but passengers were asked to buy tickets at stations."),
            L("LVIV", "Blackouts spread west after Russian strikes",
              "Russian missiles struck energy facilities across western Ukraine, including in Lviv and Vinnytsia, as emergency blackouts spread westward, Ukraine's grid operator said."),
            L("KYIV", "Ukraine hits Russian airbase with long-range drones",
              "Ukrainian forces launched drone strikes on a Russian airbase in the Kursk region, destroying two aircraft, a source in Ukraine's security service said."),
            L("MOSCOW", "Russia accuses Ukraine of shelling border town",
              "Russia accused Ukraine of shelling the border town of Shebekino, wounding four people, the Belgorod regional governor said."),
        ],
        "context": [
            "Ukraine's grid operator said emergency power cuts would remain in place through the evening.",
            "Moscow has said its strikes target military and energy facilities that support the Ukrainian army.",
            "Kyiv has repeatedly asked its partners for more air-defence systems to protect its cities.",
            "Independent verification of the battlefield claims was not immediately possible.",
            "Temperatures across much of Ukraine are forecast to fall below freezing later this week.",
            "Russia's defence ministry said it had shot down 41 Ukrainian drones over several regions.",
            "Peace talks between the two sides have been stalled for months.",
            "Residents of Kyiv sheltered in metro stations as explosions were heard across the capital.",
        ],
    },
    # ---------------------------------------------------------------- escalation: Iran-Israel
    {
        "kind": "escalation", "name": "Israeli strikes on western Iran and Iran's vowed retaliation",
        "a": "IRN", "b": "ISR", "start": "2026-11-03T05:00", "end": "2026-11-03T15:00",
        "outlets": ["wire", "gulf", "meridian", "globe", "worldbrief"],
        "leads": [
            L("TEHRAN", "Explosions reported at military sites in western Iran",
              "Israeli jets carried out air strikes on military sites near Kermanshah in western Iran before dawn, Iranian state media reported.",
              "Iran's air defences were activated over several provinces, the reports said.",
              synd=(2, "Israeli jets strike military sites in western Iran")),
            L("JERUSALEM", "Israel confirms strikes on Iranian missile facilities",
              "Israeli forces attacked missile production facilities in Iran overnight, Israel's military said, citing preparations for an imminent Iranian attack.",
              "The military did not say how many aircraft took part."),
            L("TEHRAN", "Iran vows 'crushing' retaliation against Israel",
              "Iran's supreme leader vowed retaliation against Israel, saying the strikes 'will not go unanswered'.",
              "Crowds gathered outside government buildings in Tehran chanting slogans against Israel.",
              synd=(3, "Iran's supreme leader vows retaliation against Israel")),
            L("TEHRAN", "Revolutionary Guards commander killed in Israeli drone strike, Tehran says",
              "Israel killed a senior commander of Iran's Revolutionary Guards in a drone strike on a convoy near Kermanshah, Iranian state television said.",
              "Two of the commander's bodyguards were also killed, the broadcaster said."),
            L("TEL AVIV", "Israel raises alert level and warns Iran",
              "Israel's defence minister warned Iran that any retaliation would be met with 'a response many times stronger'.",
              "Israel's home front command tightened restrictions on public gatherings."),
            L("MOSCOW", "Russia urges Iran to spare civilians as Tehran weighs strike on Israel",
              "Russia's president urged Iran to minimise civilian casualties in its vowed retaliation against Israel.",
              "Russia has delivered fighter jets and air-defence systems to Iran, according to officials.",
              "The United States warned Iran against any attack on Israel.",
              "Jordan refused Iran the use of its airspace.",
              "Iran's foreign ministry said the country retained the right to respond to the Israeli strikes at a time of its choosing.",
              extra=[("RUS", "IRN"), ("USA", "IRN"), ("JOR", "IRN")],
              outlet="wire", fixed_id="demo-seed-iran", no_context=True),
            L("TEHRAN", "Tehran accuses Israel of 'act of war' in letter to UN",
              "Iran accused Israel of an act of war in a letter to the UN Security Council and demanded an emergency session.",
              "Iran's envoy to the United Nations said the strikes violated the country's sovereignty."),
            L("JERUSALEM", "Israeli cabinet meets as Iran threatens response",
              "Iranian officials threatened Israel with strikes on 'every base used in the aggression', Israel's cabinet was told at an emergency session.",
              "The cabinet meeting lasted more than four hours."),
            L("TEHRAN", "Iran moves missile launchers west, analysts say",
              "Iran deployed missile launchers toward its western provinces in preparation for strikes on Israel, analysts said, citing satellite images."),
            L("TEL AVIV", "Cyberattack disrupts Israeli water systems; officials blame Iran",
              "Iranian hackers launched a cyberattack on Israel's water authority, disrupting monitoring systems at several pumping stations, Israeli officials said.",
              "Water supply to households was not affected, the officials added."),
            L("TEHRAN", "Iran's parliament backs military response",
              "Iran's parliament speaker threatened Israel with 'a day of reckoning' as lawmakers voted to back a military response."),
            L("JERUSALEM", "Israel's prime minister: ready for any scenario",
              "Israel's prime minister warned Tehran that Israel would strike 'anywhere in Iran' if attacked.",
              "Israel's prime minister spoke after touring an air force base in the south."),
            L("TEHRAN", "Iran's foreign minister rejects calls for restraint",
              "Iran's foreign minister rejected calls for restraint toward Israel, saying Israel had 'crossed every red line'.",
              "Iran's foreign minister said diplomacy could resume only after Iran had responded."),
        ],
        "context": [
            "Oil prices rose more than 4 percent in early trading on fears of a wider regional conflict.",
            "Several airlines rerouted flights away from Iranian and Israeli airspace.",
            "Iran and Israel have been locked in a shadow conflict for years, punctuated by periods of direct confrontation.",
            "Iranian state media broadcast footage of smoke rising over a military compound.",
            "Israel's home front command ordered schools in the north to close for the day.",
            "Neither side gave casualty figures that could be independently verified.",
            "Diplomats said behind-the-scenes efforts to contain the crisis were under way.",
        ],
    },
    # ---------------------------------------------------------------- escalation: China-Taiwan
    {
        "kind": "escalation", "name": "Chinese military drills encircling Taiwan",
        "a": "CHN", "b": "TWN", "start": "2026-11-04T01:00", "end": "2026-11-04T09:00",
        "outlets": ["apac", "wire", "harbour", "meridian"],
        "leads": [
            L("TAIPEI", "China launches large-scale drills around Taiwan",
              "China launched large-scale military drills around Taiwan early on {weekday}, sending warships and fighter jets to encircle the island, Taiwan's defence ministry said.",
              "The exercise, named 'Jade Storm', covers seven zones around the island.",
              synd=(3, "Chinese warships and jets encircle Taiwan in large-scale drills")),
            L("BEIJING", "Beijing calls drills a 'stern warning' to Taipei",
              "Beijing warned Taipei that the exercises were 'a stern punishment' for separatist activities, according to a statement from the Chinese military's Eastern Theater Command."),
            L("TAIPEI", "Taiwan's president orders forces on alert",
              "Taiwan's president condemned China's drills as 'reckless provocation' and ordered the armed forces onto heightened alert.",
              "Taiwan's president said the island would 'neither escalate nor bow to pressure'."),
            L("BEIJING", "China imposes sanctions on Taiwanese officials",
              "China imposed sanctions on Taiwan's defence minister and eight other officials, freezing any assets they hold on the mainland.",
              "Beijing's Taiwan affairs office called the officials 'diehard separatists'."),
            L("KINMEN", "Chinese coast guard seizes Taiwanese fishing boat",
              "Chinese coast guard vessels seized a Taiwanese fishing boat near the Kinmen islands, Taiwan's coast guard said.",
              "The boat's five crew members were taken to a port in Fujian province."),
            L("TAIPEI", "Cyberattacks hit Taiwanese government websites",
              "Chinese hackers launched a cyberattack on Taiwan's presidential office and transport ministry websites, Taiwan's digital affairs ministry said.",
              "The websites were restored within two hours."),
            L("BEIJING", "China's defence ministry issues ultimatum to Taipei",
              "China's defence ministry issued an ultimatum to Taiwan, demanding that Taipei 'cease all provocations' or face further military action."),
            L("TAIPEI", "Taiwan scrambles jets as Chinese aircraft cross median line",
              "Taiwan accused China of sending 71 military aircraft across the median line of the Taiwan Strait and scrambled fighter jets in response, Taiwan's defence ministry said."),
            L("TAIPEI", "Chinese rocket force fires missiles into waters near Taiwan",
              "Chinese rocket forces launched missiles into waters east of Taiwan, the first live-fire launches of the drills.",
              "Taiwan's defence ministry said the missiles landed outside its territorial waters."),
            L("BEIJING", "Beijing accuses Taipei of 'seeking independence'",
              "Beijing accused Taiwan's government of seeking independence with the help of foreign forces, calling the drills a necessary response."),
            L("TAIPEI", "Taiwan's premier says island will not be intimidated",
              "Taiwan's premier accused China of trying to intimidate the island's 23 million people into submission."),
            L("TAIPEI", "Taiwan says undersea cable damaged during Chinese drills",
              "Taiwan accused China of deliberately damaging an undersea communications cable linking Taiwan to the Matsu islands during the drills.",
              "Beijing did not immediately comment on the accusation."),
        ],
        "context": [
            "Taiwan's stock market fell 2.3 percent in early trading.",
            "China claims Taiwan as its own territory and has not ruled out using force to bring the island under its control.",
            "Taipei rejects Beijing's sovereignty claims and says only Taiwan's people can decide their future.",
            "The drills are the largest around the island since last year, analysts said.",
            "Shipping companies said some vessels were diverting around the exercise zones.",
            "Chinese state television broadcast animated footage of missiles striking targets on the island.",
            "Taiwan's defence ministry said it was monitoring the situation closely and had deployed missile systems.",
        ],
    },
    # ---------------------------------------------------------------- escalation: Armenia-Azerbaijan
    {
        "kind": "escalation", "name": "Armenia-Azerbaijan border fighting and ultimatum",
        "a": "ARM", "b": "AZE", "start": "2026-11-04T14:30", "end": "2026-11-04T22:30",
        "outlets": ["eastgate", "wire", "continental", "worldbrief"],
        "leads": [
            L("YEREVAN", "Armenia says Azerbaijani forces shelled border villages",
              "Azerbaijani forces shelled Armenian villages near the town of Jermuk, killing two soldiers, Armenia's defence ministry said.",
              "Several houses were damaged and a power line was cut, the ministry said.",
              synd=(2, "Azerbaijani shelling kills two Armenian soldiers, Yerevan says")),
            L("BAKU", "Baku accuses Yerevan of border provocation",
              "Azerbaijan accused Armenia of firing on its positions in the Kalbajar district, calling the incident 'a large-scale provocation'."),
            L("YEREVAN", "Armenia's prime minister warns of 'full-scale offensive'",
              "Armenia's prime minister warned that Azerbaijan was preparing a full-scale offensive against Armenia and called an emergency session of the security council."),
            L("BAKU", "Azerbaijan says two soldiers killed in Armenian attack",
              "Armenian forces attacked Azerbaijani positions with mortars and drones, killing two servicemen, Azerbaijan's defence ministry said."),
            L("YEREVAN", "Azerbaijani drone strike hits Armenian army truck",
              "Azerbaijan killed three Armenian soldiers in a drone strike on a military truck near Sotk, Armenian officials said."),
            L("BAKU", "Azerbaijan's president issues ultimatum over border heights",
              "Azerbaijan's president issued an ultimatum to Armenia, demanding the withdrawal of Armenian troops from 'occupied heights' within 48 hours."),
            L("YEREVAN", "Armenia mobilises reservists",
              "Armenia mobilised reservists along the border with Azerbaijan after a day of heavy fighting.",
              "Armenia's defence ministry said the call-up would last at least two weeks."),
            L("YEREVAN", "Azerbaijan masses armour near frontier, Yerevan says",
              "Azerbaijan massed tanks and artillery near the border with Armenia, Armenia's national security service said."),
            L("YEREVAN", "Armenia rejects Baku's demands",
              "Yerevan rejected Baku's demand to withdraw its troops, calling the ultimatum 'unacceptable blackmail'."),
            L("BAKU", "Fighting continues into the night on Armenia-Azerbaijan border",
              "Armenian forces exchanged artillery fire with Azerbaijani troops into the night, with each side accusing the other of targeting civilian areas."),
            L("BAKU", "Azerbaijan says Armenian sniper fire wounded farmer",
              "Azerbaijan accused Armenian snipers of wounding a farmer in the Tovuz district, the prosecutor general's office said."),
        ],
        "context": [
            "The two countries have fought two wars over the Karabakh region.",
            "A draft peace treaty between the neighbours has yet to be signed.",
            "Residents of border villages were evacuated to shelters overnight.",
            "Neither side's casualty claims could be independently verified.",
            "The clashes are the most serious along the border in more than two years.",
            "Ambulances were seen heading toward the border area, local media reported.",
        ],
    },
    # ---------------------------------------------------------------- escalation: India-Pakistan
    {
        "kind": "escalation", "name": "Kashmir attack, expulsions and Line of Control shelling",
        "a": "IND", "b": "PAK", "start": "2026-11-05T03:30", "end": "2026-11-05T13:30",
        "outlets": ["meridian", "apac", "wire", "globe", "gulf"],
        "leads": [
            L("SRINAGAR", "Militants kill nine Indian soldiers in Kashmir attack",
              "India accused Pakistan of backing militants who killed nine Indian soldiers in an attack on an army camp in Kashmir before dawn.",
              "The gunmen were killed after a six-hour firefight, the army said."),
            L("NEW DELHI", "India vows 'befitting response' after Kashmir attack",
              "India's prime minister vowed retaliation against Pakistan, saying those behind the attack 'will pay a heavy price'."),
            L("ISLAMABAD", "Pakistan rejects Indian accusations over Kashmir attack",
              "Pakistan rejected India's accusations of involvement in the attack and warned New Delhi against 'any misadventure'."),
            L("NEW DELHI", "India expels Pakistani diplomats, shuts border crossing",
              "India expelled five Pakistani diplomats and ordered the closure of the Attari-Wagah border crossing, the foreign ministry said.",
              "The diplomats were given 48 hours to leave the country.",
              synd=(3, "India expels five Pakistani diplomats after Kashmir attack")),
            L("ISLAMABAD", "Pakistan expels Indian diplomats in tit-for-tat move",
              "Pakistan expelled five Indian diplomats in retaliation and closed its airspace to Indian airlines."),
            L("POONCH", "Troops exchange fire along Line of Control",
              "Pakistani troops shelled Indian positions along the Line of Control in the Poonch sector, the Indian army said, prompting return fire."),
            L("RAWALPINDI", "Pakistan's army chief warns India",
              "Pakistan's army chief warned India that any military action would be met with 'a swift and full-spectrum response'."),
            L("NEW DELHI", "India suspends remaining trade with Pakistan",
              "India imposed sanctions on Pakistan, suspending all remaining bilateral trade and halting postal services."),
            L("MUZAFFARABAD", "Pakistan accuses India of cross-border shelling",
              "Pakistan accused Indian forces of shelling villages in the Neelum valley, killing a woman and a child."),
            L("NEW DELHI", "India moves strike aircraft to forward bases",
              "India mobilised troops and moved strike aircraft to forward bases near the border with Pakistan, defence sources said."),
            L("ISLAMABAD", "Pakistan says cyberattack hit bank payment system",
              "Indian hackers launched a cyberattack on Pakistan's central bank payment system, Pakistan's information minister alleged, without providing evidence."),
            L("NEW DELHI", "New Delhi summons Pakistan's envoy",
              "New Delhi summoned Pakistan's acting high commissioner and lodged a strong protest over the attack."),
            L("ISLAMABAD", "Pakistan's prime minister threatens 'matching response'",
              "Pakistan's prime minister threatened India with a 'matching response' after an emergency meeting of the national security committee."),
        ],
        "context": [
            "India and Pakistan have fought three wars, two of them over Kashmir, since independence in 1947.",
            "Both countries claim Kashmir in full but rule only parts of it.",
            "Stock markets in Mumbai and Karachi fell sharply on the news.",
            "Security was tightened in major cities on both sides of the border.",
            "A little-known militant group claimed responsibility for the attack in a social media post.",
            "Analysts said the risk of a military confrontation was the highest in years.",
        ],
    },
    # ---------------------------------------------------------------- escalation: North Korea-South Korea
    {
        "kind": "escalation", "name": "North Korean artillery barrage and missile launch",
        "a": "PRK", "b": "KOR", "start": "2026-11-07T00:30", "end": "2026-11-07T09:30",
        "outlets": ["apac", "harbour", "wire", "northstar"],
        "leads": [
            L("SEOUL", "North Korea fires artillery near sea border, South Korea says",
              "North Korea fired more than 100 artillery shells into waters near the western sea border with South Korea, Seoul's Joint Chiefs of Staff said.",
              "The shells landed in a maritime buffer zone north of the border, the military said.",
              synd=(3, "North Korea fires over 100 shells near sea border with South Korea")),
            L("SEOUL", "South Korea orders islanders into shelters",
              "North Korean artillery shelled waters near Yeonpyeong island, prompting South Korea to order residents into shelters."),
            L("SEOUL", "North Korea's leader threatens Seoul with 'annihilation'",
              "North Korea's leader threatened South Korea with 'total annihilation' in a speech carried by state media, calling Seoul 'the principal enemy'."),
            L("SEOUL", "South Korean marines return fire",
              "South Korean marines fired artillery at North Korean positions in response, the defence ministry said."),
            L("SEOUL", "North Korea launches ballistic missile after barrage",
              "North Korea launched a ballistic missile in a show of force against South Korea, Seoul's military said, hours after the artillery barrage.",
              "The missile flew about 600 kilometres before landing outside Japan's exclusive economic zone."),
            L("SEOUL", "Pyongyang warns 'next shells will not land in the sea'",
              "A senior North Korean official warned Seoul that 'the next shells will not land in the sea'."),
            L("SEOUL", "South Korea's president vows overwhelming response",
              "South Korea's president warned North Korea that any attack on South Korean territory would be met with overwhelming force."),
            L("SEOUL", "Hackers target South Korean defence contractors",
              "North Korean hackers launched a cyberattack on South Korean defence contractors and stole design data, South Korea's intelligence service said."),
            L("SEOUL", "North Korea reinstalls guard posts in DMZ",
              "North Korea massed troops near the border with South Korea and reinstalled guard posts in the demilitarised zone, the South's military said."),
            L("SEOUL", "Seoul imposes fresh sanctions on North Korean entities",
              "South Korea imposed sanctions on eleven North Korean individuals and four entities linked to the missile programme."),
            L("WASHINGTON", "United States warns North Korea",
              "The United States warned North Korea against further provocations and reaffirmed its commitment to the defence of South Korea.",
              "North Korea fired more than 100 shells toward South Korea's western islands earlier in the day.",
              extra=[("USA", "PRK"), ("USA", "KOR")]),
            L("SEOUL", "North Korea accuses South Korea of drone incursions",
              "North Korea accused South Korea of flying drones over Pyongyang, saying the incursions justified the barrage."),
        ],
        "context": [
            "The two Koreas remain technically at war because the 1950-53 conflict ended in an armistice, not a peace treaty.",
            "Residents of frontline islands spent hours in underground shelters.",
            "Financial markets in Seoul opened lower, with the won weakening against the dollar.",
            "No casualties were immediately reported.",
            "The western sea border has been the scene of deadly clashes in the past.",
            "Analysts said the barrage appeared timed to coincide with annual military drills.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Ethiopia-Eritrea
    {
        "kind": "deescalation", "name": "Ethiopia-Eritrea border ceasefire",
        "a": "ETH", "b": "ERI", "start": "2026-11-03T09:00", "end": "2026-11-03T17:00",
        "outlets": ["wire", "worldbrief", "gulf", "continental"],
        "leads": [
            L("ADDIS ABABA", "Ethiopia and Eritrea agree ceasefire after border clashes",
              "Ethiopia agreed a ceasefire with Eritrea on {weekday}, ending three weeks of clashes along their shared border, the African Union said."),
            L("ASMARA", "Eritrea confirms truce with Ethiopia",
              "Eritrea signed a truce with Ethiopia that takes effect at midnight, Eritrea's information minister said."),
            L("ADDIS ABABA", "Ethiopia's prime minister welcomes 'new chapter' with Eritrea",
              "Ethiopia's prime minister held talks with Eritrea's president by telephone and pledged to respect the ceasefire."),
            L("ADDIS ABABA", "Military hotline to prevent border incidents",
              "Ethiopia set up a military hotline with Eritrea to prevent incidents along the frontier, under the terms of the ceasefire deal."),
            L("ASMARA", "Eritrea begins pulling troops back",
              "Eritrea began withdrawing troops from positions inside Ethiopia near the town of Zalambessa, the two governments said in a joint statement."),
            L("ADDIS ABABA", "Ethiopia frees Eritrean detainees",
              "Ethiopia released prisoners to Eritrea, handing over 40 detained Eritrean soldiers at a border crossing, the Red Cross said."),
            L("ADDIS ABABA", "Border crossing to reopen to trade under deal",
              "Ethiopia signed an agreement with Eritrea to reopen the Bure border crossing to trade within a month."),
            L("ASMARA", "Eritrea's president urges restraint",
              "Eritrea's president urged Ethiopia to show restraint along the border and to honour every clause of the truce."),
            L("ADDIS ABABA", "Ethiopia and Eritrea to resume talks on port access",
              "Ethiopia resumed negotiations with Eritrea on access to the Red Sea port of Assab, officials from both sides said."),
        ],
        "context": [
            "Fighting along the frontier had displaced thousands of people since mid-October.",
            "The two countries fought a border war between 1998 and 2000 that killed tens of thousands of people.",
            "The African Union's special envoy said monitors would deploy within days.",
            "Residents of border towns said the guns had fallen silent by late afternoon.",
            "Aid agencies welcomed the agreement and called for access to affected areas.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Serbia-Kosovo
    {
        "kind": "deescalation", "name": "Serbia-Kosovo talks and agreements in Brussels",
        "a": "SRB", "b": "XKX", "start": "2026-11-04T08:00", "end": "2026-11-04T15:30",
        "outlets": ["eastgate", "continental", "wire"],
        "leads": [
            L("BRUSSELS", "Serbia and Kosovo resume EU-brokered talks",
              "Serbia resumed negotiations with Kosovo in Brussels on {weekday}, the first high-level meeting between the two sides in more than a year."),
            L("BRUSSELS", "Serbian and Kosovo leaders hold four hours of talks",
              "Serbia's president held talks with Kosovo's prime minister for more than four hours under the mediation of the EU's special representative."),
            L("PRISTINA", "Kosovo agrees to ease restrictions on Serbian goods",
              "Kosovo signed an agreement with Serbia to lift restrictions on Serbian goods at two northern crossings."),
            L("BELGRADE", "Belgrade reaches deal with Pristina on documents",
              "Belgrade reached a deal with Pristina to recognise Kosovo-issued vehicle plates and identity documents, Serbia's chief negotiator said after the talks."),
            L("BRUSSELS", "Serbia and Kosovo set up hotline to defuse incidents",
              "Serbia set up a hotline with Kosovo to defuse incidents in the north, according to a joint statement read by the EU mediator."),
            L("PRISTINA", "Kosovo's prime minister urges Serbia to implement deals",
              "Kosovo's prime minister urged Serbia to show restraint in the north and to implement the agreements 'in full and without delay'."),
            L("BELGRADE", "Serbia pulls extra troops back from Kosovo boundary",
              "Serbia withdrew troops from positions near the boundary with Kosovo, reducing its deployment to peacetime levels, the defence ministry said."),
            L("BRUSSELS", "Serbia and Kosovo sign agreement on missing persons",
              "Serbia signed an agreement with Kosovo on missing persons, pledging to open archives on people who disappeared during the 1998-99 war."),
        ],
        "context": [
            "Serbia does not recognise Kosovo's 2008 declaration of independence.",
            "Tensions in Kosovo's Serb-majority north have flared repeatedly in recent years.",
            "Both sides hope to advance their bids to join the European Union.",
            "The next round of talks is expected before the end of the year.",
            "Diplomats described the atmosphere as businesslike.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Iran-Saudi Arabia
    {
        "kind": "deescalation", "name": "Saudi Arabia and Iran restore diplomatic relations",
        "a": "SAU", "b": "IRN", "start": "2026-11-05T09:30", "end": "2026-11-05T17:30",
        "outlets": ["gulf", "wire", "meridian", "worldbrief"],
        "leads": [
            L("MUSCAT", "Saudi Arabia and Iran agree to restore diplomatic ties",
              "Saudi Arabia restored diplomatic relations with Iran after talks in Muscat, the two governments said in a joint statement."),
            L("RIYADH", "Riyadh and Tehran to reopen embassies within two months",
              "Riyadh signed an agreement with Tehran to reopen embassies in each other's capitals within two months, the Saudi foreign ministry said."),
            L("TEHRAN", "Iran's president welcomes deal with Saudi Arabia",
              "Iran's president held talks with Saudi Arabia's crown prince by phone hours after the deal, pledging 'a new era of neighbourliness'."),
            L("MUSCAT", "Oman says it mediated five rounds of Saudi-Iranian talks",
              "Oman mediated between Saudi Arabia and Iran during five rounds of talks, Omani officials said.",
              extra=[("OMN", "SAU"), ("OMN", "IRN")]),
            L("TEHRAN", "Iran and Saudi Arabia to revive security pact",
              "Iran signed an agreement with Saudi Arabia to reactivate a long-dormant security cooperation pact, Iran's foreign ministry said."),
            L("RIYADH", "Saudi and Iranian foreign ministers meet",
              "Saudi Arabia's foreign minister held talks with Iran's foreign minister in Muscat and invited him to Riyadh later this month."),
            L("TEHRAN", "Iran frees six Saudi fishermen",
              "Iran released prisoners to Saudi Arabia, freeing six Saudi fishermen detained in the Gulf earlier this year, as a goodwill gesture."),
            L("RIYADH", "Direct flights between Saudi Arabia and Iran to resume",
              "Saudi Arabia agreed with Iran to resume direct flights and to issue pilgrimage visas, officials said."),
        ],
        "context": [
            "The two countries downgraded ties in the spring after a row over maritime incidents in the Gulf.",
            "Oil prices eased slightly on news of the agreement.",
            "Governments across the region welcomed the deal as a boost for stability in the Gulf.",
            "The agreement was announced after five days of talks.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Russia-Ukraine
    {
        "kind": "deescalation", "name": "Russia-Ukraine prisoner exchange and talks",
        "a": "UKR", "b": "RUS", "start": "2026-11-06T08:00", "end": "2026-11-06T16:00",
        "outlets": ["wire", "eastgate", "gulf", "continental"],
        "leads": [
            L("KYIV", "Russia and Ukraine swap 300 prisoners",
              "Ukraine exchanged prisoners with Russia on {weekday}, bringing home 150 soldiers in a deal mediated by the United Arab Emirates, Ukraine's president said.",
              extra=[("ARE", "UKR"), ("ARE", "RUS")]),
            L("MOSCOW", "Russia confirms prisoner exchange with Ukraine",
              "Moscow released 150 Ukrainian prisoners to Kyiv in return for the same number of Russian servicemen, Russia's defence ministry said."),
            L("ABU DHABI", "UAE brokers latest Russia-Ukraine swap",
              "The United Arab Emirates mediated between Russia and Ukraine to secure the exchange, the Emirati foreign ministry said.",
              extra=[("ARE", "UKR"), ("ARE", "RUS")]),
            L("KYIV", "Ukraine and Russia hold talks on energy truce",
              "Ukrainian negotiators held talks with Russian officials on a possible moratorium on strikes against energy facilities."),
            L("MOSCOW", "Kremlin calls talks with Kyiv 'useful'",
              "A Kremlin delegation held talks with Ukraine in a 'businesslike atmosphere' and agreed to meet again, the Kremlin said."),
            L("KYIV", "Russia returns bodies of fallen Ukrainian soldiers",
              "Russia returned the bodies of 500 fallen soldiers to Ukraine as part of the exchange deal, Ukraine's coordination headquarters said."),
            L("KYIV", "Freed Ukrainians include civilians held since 2022",
              "Russia released prisoners to Ukraine including 12 civilians held since 2022, according to Ukraine's human rights commissioner."),
            L("MOSCOW", "Moscow and Kyiv agree to further swaps",
              "Moscow agreed with Kyiv to carry out two further exchanges before the end of the year, Russian officials said."),
            L("KYIV", "Local ceasefire to allow repairs near nuclear plant",
              "Russia agreed a local ceasefire with Ukraine to allow repairs to power lines feeding the Zaporizhzhia nuclear plant, the UN nuclear watchdog said."),
            L("KYIV", "Ukraine's president urges release of all civilians",
              "Ukraine's president urged Russia to release all remaining civilian detainees and thanked the mediators for their work."),
        ],
        "context": [
            "It was the largest exchange since the spring.",
            "Freed soldiers, some visibly emaciated, were wrapped in national flags as they crossed the border.",
            "The two sides have carried out dozens of exchanges since the full-scale invasion began in February 2022.",
            "Relatives of missing soldiers gathered at the reception point holding photographs.",
            "Broader peace talks remain stalled.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Colombia-Venezuela
    {
        "kind": "deescalation", "name": "Colombia-Venezuela border security and trade agreement",
        "a": "COL", "b": "VEN", "start": "2026-11-06T12:00", "end": "2026-11-06T19:30",
        "outlets": ["pampas", "wire", "northstar", "globe"],
        "leads": [
            L("CÚCUTA", "Colombia and Venezuela sign border security agreement",
              "Colombia signed an agreement with Venezuela to coordinate security along their 2,200-kilometre border, the two presidents said at a ceremony in Cúcuta."),
            L("CARACAS", "Venezuela hails 'historic' deal with Colombia",
              "Venezuela's president held talks with Colombia's president for three hours before the signing ceremony, Venezuelan state television said."),
            L("BOGOTÁ", "Tienditas bridge to open to cargo around the clock",
              "Bogotá agreed with Caracas to reopen the Tienditas bridge to cargo traffic around the clock, Colombia's trade ministry said."),
            L("CARACAS", "Venezuela and Colombia restore consular services",
              "Venezuela restored full consular relations with Colombia, reopening consulates in five border cities."),
            L("BOGOTÁ", "Armies set up coordination mechanism",
              "Colombia set up a joint coordination mechanism with Venezuela to prevent incidents between their armed forces."),
            L("CÚCUTA", "Colombia and Venezuela agree to cut tariffs",
              "Colombia signed a trade agreement with Venezuela cutting tariffs on 3,000 products."),
            L("CARACAS", "Venezuela frees detained Colombian nationals",
              "Venezuela released prisoners to Colombia, freeing 18 Colombian citizens detained for alleged border violations."),
            L("BOGOTÁ", "Colombia's president urges joint effort against armed groups",
              "Colombia's president urged Venezuela to work together against armed groups and smugglers operating on both sides of the border."),
        ],
        "context": [
            "Trade between the neighbours has recovered since the border fully reopened in 2022.",
            "Business groups in Cúcuta welcomed the announcement.",
            "Millions of Venezuelans have migrated to Colombia over the past decade.",
            "Parts of the agreement still require approval by both countries' legislatures.",
        ],
    },
    # ---------------------------------------------------------------- de-escalation: Israel-Palestine
    {
        "kind": "deescalation", "name": "Gaza ceasefire mediated by Egypt and Qatar",
        "a": "ISR", "b": "PSE", "start": "2026-11-07T10:00", "end": "2026-11-07T19:00",
        "outlets": ["gulf", "wire", "globe", "meridian", "worldbrief"],
        "leads": [
            L("CAIRO", "Israel and Palestinian factions agree Gaza ceasefire",
              "Israel agreed a ceasefire with Palestinian armed groups in Gaza after talks mediated by Egypt and Qatar, officials in Cairo said.",
              extra=[("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE")]),
            L("DOHA", "Qatar says Gaza truce takes effect at 20:00",
              "Qatar and Egypt mediated between Israel and the Palestinians over four days of indirect talks, Qatar's foreign ministry said.",
              extra=[("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE"), ("EGY", "QAT")]),
            L("GAZA", "Palestinian negotiators confirm ceasefire with Israel",
              "Palestinian negotiators agreed a ceasefire with Israel that takes effect at 20:00 local time, a Palestinian official said."),
            L("JERUSALEM", "Israel and Palestinian factions to exchange prisoners",
              "Israel exchanged prisoners with Palestinian factions, freeing 90 detainees in return for the remains of two Israeli soldiers, under the first phase of the deal."),
            L("CAIRO", "Egypt to host talks on Gaza reconstruction",
              "Egypt mediated between Israel and the Palestinians and will host talks next week on reconstruction, Egypt's foreign minister said.",
              extra=[("EGY", "ISR"), ("EGY", "PSE")]),
            L("JERUSALEM", "Israel pulls troops back from parts of Gaza City",
              "Israel withdrew troops from Palestinian neighbourhoods in the east of Gaza City under the ceasefire, the Israeli military said."),
            L("GAZA", "Deal allows 600 aid trucks a day into Gaza",
              "Israel signed an agreement with Palestinian negotiators to allow 600 aid trucks a day into Gaza, the mediators said."),
            L("RAMALLAH", "Palestinian president urges Israel to respect truce",
              "The Palestinian president urged Israel to show restraint and to respect every clause of the ceasefire."),
            L("DOHA", "Qatar's emir calls on both sides to honour deal",
              "Qatar's emir urged Israel and the Palestinians to show restraint and to build on the ceasefire.",
              extra=[("QAT", "ISR"), ("QAT", "PSE")]),
            L("JERUSALEM", "Israeli cabinet approves ceasefire",
              "Israel's security cabinet approved the ceasefire with the Palestinians after a six-hour meeting, the prime minister's office said."),
        ],
        "context": [
            "The fighting, which flared in mid-October, killed hundreds of people, according to health officials.",
            "Residents of Gaza poured into the streets after the announcement.",
            "Mediators said a second phase of talks would address reconstruction.",
            "The United Nations welcomed the agreement.",
            "Previous truces have collapsed within weeks.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Traps: items full of conflict-sounding words that involve no conflict between two countries.
# `lure` lists the country pairs a naive extractor might form from the item.
# --------------------------------------------------------------------------------------------


def T(category, when, outlet, city, title, sentences, lure=()):
    return {"category": category, "when": when, "outlet": outlet, "city": city, "title": title,
            "sentences": sentences, "lure": [pair_key(a, b) for a, b in lure]}


TRAPS = [
    # ---- sports: cricket cluster for an escalation pair on a quiet day (IND-PAK escalates on Nov 5)
    T("sports", "2026-11-02T10:05", "matchday", "DUBAI", "India crush Pakistan by seven wickets in Dubai",
      ["India crushed Pakistan by seven wickets in the tri-series opener in Dubai on {weekday}.",
       "Pakistan's openers were dismissed cheaply as India's pace attack struck three times in the first five overs.",
       "India's captain called the win 'a complete team performance'.",
       "Pakistan's coach said his batters had failed to build partnerships."],
      lure=[("IND", "PAK")]),
    T("sports", "2026-11-02T11:40", "globe", "DUBAI", "Pakistan's bowlers vow to fight back after India defeat",
      ["Pakistan's fast bowlers promised to bounce back after a heavy defeat against India in Dubai.",
       "'We will attack them from the first ball next time,' Pakistan's vice-captain told reporters.",
       "India's openers had plundered 60 runs from the first six overs.",
       "The two teams could meet again in the final."],
      lure=[("IND", "PAK")]),
    T("sports", "2026-11-02T13:10", "apac", "DUBAI", "Record crowd watches India-Pakistan clash",
      ["More than 25,000 fans watched the clash between India and Pakistan in Dubai, organisers said.",
       "Tickets for the match sold out within minutes of going on sale.",
       "Supporters of both teams mingled outside the stadium before the game.",
       "Broadcasters said the match drew a record streaming audience."],
      lure=[("IND", "PAK")]),
    T("sports", "2026-11-02T15:25", "meridian", "DUBAI", "India's spinner destroys Pakistan's middle order",
      ["India's left-arm spinner destroyed Pakistan's middle order with three wickets in eleven balls.",
       "Pakistan slumped from 90 for two to 112 for seven before a late partnership.",
       "India's spinner said the pitch had offered more turn than expected.",
       "Pakistan's captain admitted his side had been outplayed."],
      lure=[("IND", "PAK")]),
    T("sports", "2026-11-02T17:50", "matchday", "DUBAI", "Analysis: Pakistan's top order has no answer to India's attack",
      ["Pakistan's top order once again had no answer to India's new-ball attack.",
       "India's seamers have now taken 14 powerplay wickets against Pakistan in their last four meetings.",
       "Pakistan's selectors are expected to make changes before the next match.",
       "India next play Sri Lanka on Thursday."],
      lure=[("IND", "PAK")]),
    # ---- sports: the two Koreas on a quiet day (PRK-KOR escalates on Nov 7)
    T("sports", "2026-11-03T13:30", "matchday", "TASHKENT", "North Korea beat South Korea in women's qualifier",
      ["North Korea beat South Korea 2-1 in a women's Olympic football qualifier in Tashkent.",
       "North Korea's striker scored the winner with a stunning long-range strike in the 78th minute.",
       "South Korea had equalised early in the second half through a header.",
       "Both teams remain in contention for a place at the next Olympic Games."],
      lure=[("PRK", "KOR")]),
    T("sports", "2026-11-03T16:45", "apac", "TASHKENT", "South Korea's coach: we attacked, but North Korea defended well",
      ["South Korea's coach said her team had attacked for most of the match but could not break down North Korea's defence.",
       "South Korea had 64 percent of possession and 19 shots.",
       "North Korea's goalkeeper made eight saves.",
       "The teams meet again in the return fixture in March."],
      lure=[("PRK", "KOR")]),
    # ---- sports: other internationals
    T("sports", "2026-11-03T21:10", "matchday", "LYON", "France's attack overwhelms Germany's defence",
      ["France's attack overwhelmed Germany's defence as France won 3-0 in a Nations League match in Lyon.",
       "France's forwards struck twice in the first half.",
       "Germany's coach said his team had been 'too passive' in midfield.",
       "The result lifts France to the top of the group."],
      lure=[("FRA", "DEU")]),
    T("sports", "2026-11-04T19:20", "matchday", "PARIS", "Ukraine's qualifier stuns Russia's top seed in Paris",
      ["Ukraine's qualifier knocked out Russia's top seed 6-4, 7-6 in the second round of the indoor tournament in Paris.",
       "The Ukrainian player attacked the Russian's second serve throughout the match.",
       "The two players did not shake hands at the net.",
       "The winner will face a Spanish player in the quarter-finals."],
      lure=[("UKR", "RUS")]),
    T("sports", "2026-11-04T20:40", "globe", "BUENOS AIRES", "Documentary revisits Argentina-England World Cup rivalry",
      ["A new documentary about a clash between Argentina and England at the World Cup premiered in Buenos Aires on {weekday}.",
       "The film features interviews with players from both teams.",
       "The director said the rivalry had 'shaped football in both countries for generations'.",
       "The film will be released on streaming services in December."],
      lure=[("ARG", "GBR")]),
    T("sports", "2026-11-05T20:15", "matchday", "MARSEILLE", "Brazil's striker sinks France with late strike",
      ["Brazil's striker scored with a stunning late strike as Brazil beat France 2-1 in a friendly in Marseille.",
       "France had taken the lead through a penalty before half-time.",
       "Brazil's coach praised his side's fighting spirit.",
       "France's captain said the defeat was 'a warning' before the spring internationals."],
      lure=[("BRA", "FRA")]),
    T("sports", "2026-11-05T22:30", "northstar", "ATLANTA", "United States beat Mexico in heated friendly",
      ["The United States' attack ripped through Mexico's defence in a 2-0 win in a heated friendly in Atlanta.",
       "Three players were booked after a scuffle in the second half.",
       "Mexico's coach complained about the state of the pitch.",
       "More than 60,000 fans attended the match."],
      lure=[("USA", "MEX")]),
    T("sports", "2026-11-06T11:30", "apac", "TAICHUNG", "Japan beat South Korea in the final",
      ["Japan beat South Korea 4-2 in the final of the Asian baseball championship in Taichung.",
       "Japan's batters attacked South Korea's starting pitcher from the first inning.",
       "South Korea rallied in the seventh inning but could not close the gap.",
       "Japan have now won the tournament three times in a row."],
      lure=[("JPN", "KOR")]),
    T("sports", "2026-11-06T12:45", "eastgate", "TBILISI", "Armenia edge Azerbaijan at European Team Chess Championship",
      ["Armenia defeated Azerbaijan 2.5-1.5 in the fifth round of the European Team Chess Championship.",
       "Armenia's top board launched a kingside attack that Azerbaijan's grandmaster could not repel.",
       "The other three games ended in draws.",
       "Armenia now share the lead with the Netherlands."],
      lure=[("ARM", "AZE"), ("ARM", "NLD")]),
    T("sports", "2026-11-06T15:05", "matchday", "TBILISI", "Azerbaijan's chess team vows to bounce back",
      ["Azerbaijan's captain said the team would bounce back after its narrow defeat to Armenia.",
       "Azerbaijan's top player said he had underestimated the strength of Armenia's attack.",
       "Azerbaijan face Poland in the next round.",
       "The championship ends on Sunday."],
      lure=[("ARM", "AZE"), ("AZE", "POL")]),
    T("sports", "2026-11-07T18:00", "matchday", "ANKARA", "Turkey's volleyball team crushes Serbia",
      ["Turkey's women's volleyball team crushed Serbia 3-0 in a qualifying match in Ankara.",
       "Turkey's attack dominated from the first set, with the captain scoring 21 points.",
       "Serbia's coach said his team had struggled to contain Turkey's blockers.",
       "Turkey need one more win to qualify."],
      lure=[("TUR", "SRB")]),
    T("sports", "2026-11-02T09:30", "harbour", "SYDNEY", "Australia's forwards batter New Zealand in rugby league test",
      ["Australia's forwards battered New Zealand's defence in a 30-12 rugby league test win in Sydney.",
       "New Zealand's captain was sent to the sin bin after a high tackle.",
       "Australia's coach said his team had 'won the battle up front'.",
       "The teams meet again in Auckland next week."],
      lure=[("AUS", "NZL")]),
    # ---- business: price wars and hostile bids
    T("business", "2026-11-03T07:15", "ledger", "FRANKFURT", "Chinese and American carmakers escalate price war in Europe",
      ["Chinese carmakers slashed prices on electric SUVs across Europe, deepening a price war with American rivals.",
       "An American electric-car maker responded with discounts of up to 4,000 euros on its best-selling model.",
       "Analysts said the price war between Chinese and American carmakers would squeeze margins across the industry.",
       "European dealers reported a surge in showroom visits."],
      lure=[("CHN", "USA")]),
    T("business", "2026-11-05T14:40", "ledger", "NEW YORK", "American EV maker fires back in price war with Chinese rivals",
      ["An American electric-vehicle maker cut prices in China for the second time this quarter, hitting back at Chinese rivals.",
       "Shares of Chinese carmakers fell as investors priced in a longer price war.",
       "The company's chief executive said the cuts would be funded by lower battery costs.",
       "Industry analysts expect further discounts before the end of the year."],
      lure=[("CHN", "USA")]),
    T("business", "2026-11-04T06:50", "ledger", "ZURICH", "Swiss bank launches hostile bid for Dutch rival",
      ["A Swiss bank launched a hostile takeover bid for a Dutch rival, valuing the lender at 9 billion euros.",
       "The Dutch bank's board called the offer an attack on its independence and urged shareholders to reject it.",
       "The Swiss bank said the deal would create a leader in private banking.",
       "Shares in the Dutch lender jumped 18 percent."],
      lure=[("CHE", "NLD")]),
    T("business", "2026-11-06T03:20", "apac", "SEOUL", "Japanese and Korean chipmakers locked in memory price war",
      ["Japanese and South Korean chipmakers are locked in a price war over memory chips, according to industry data.",
       "Contract prices for some memory products fell 12 percent in October.",
       "A South Korean manufacturer said it would cut output to support prices.",
       "Analysts expect the price war to ease in the second half of next year."],
      lure=[("JPN", "KOR")]),
    T("business", "2026-11-02T08:10", "ledger", "LONDON", "German discounters launch price war in Britain",
      ["German discount supermarket chains launched a price war in Britain, cutting prices on 500 everyday items.",
       "British grocers said they would match the cuts.",
       "Analysts said the discounters had gained market share for the tenth month in a row.",
       "Shares in British supermarket groups fell on the news."],
      lure=[("DEU", "GBR")]),
    T("business", "2026-11-07T09:45", "continental", "PIRAEUS", "Turkish and Greek ferry operators in Aegean price war",
      ["Turkish and Greek ferry operators are waging a price war on routes between the Aegean islands and the Turkish coast.",
       "Return fares have fallen by almost half since the summer.",
       "A Greek operator said the price war was unsustainable.",
       "Tourism officials on both sides welcomed the cheaper fares."],
      lure=[("TUR", "GRC")]),
    # ---- labour strikes
    T("labour_strike", "2026-11-03T06:30", "continental", "PARIS", "French rail workers strike, Eurostar services cut",
      ["French rail workers went on strike on {weekday}, cancelling most high-speed trains and disrupting Eurostar services between Paris and London.",
       "Unions are demanding higher pay and changes to pension rules.",
       "Britain's transport ministry advised travellers to check before setting off.",
       "The strike is expected to last at least two days."],
      lure=[("FRA", "GBR")]),
    T("labour_strike", "2026-11-05T08:20", "continental", "ANTWERP", "Belgian dockworkers strike halts shipments to Germany",
      ["Belgian dockworkers went on a 24-hour strike, halting container shipments bound for Germany.",
       "The unions are protesting against a reform of port labour rules.",
       "German importers said some deliveries would be delayed by several days.",
       "Talks between unions and employers are scheduled for next week."],
      lure=[("BEL", "DEU")]),
    T("labour_strike", "2026-11-06T17:30", "northstar", "TORONTO", "Canadian postal workers strike, parcels from US stranded",
      ["Canadian postal workers went on strike, leaving thousands of parcels from the United States stranded at sorting centres.",
       "The union said talks on wages and working hours had broken down.",
       "Online retailers warned customers of delays.",
       "The government urged both sides to return to the bargaining table."],
      lure=[("CAN", "USA")]),
    T("labour_strike", "2026-11-04T10:15", "meridian", "CHENNAI", "Indian workers strike at Japanese-owned car parts plant",
      ["Indian workers went on strike at a Japanese-owned car parts plant near Chennai, demanding union recognition.",
       "The Japanese company said production had been suspended.",
       "State labour officials called both sides to talks.",
       "The plant employs about 2,000 people."],
      lure=[("IND", "JPN")]),
    T("labour_strike", "2026-11-07T07:40", "continental", "HELSINKI", "Finnish port strike halts ferries to Estonia",
      ["Finnish port workers went on strike, halting ferries between Helsinki and Tallinn.",
       "Estonian freight companies said lorries were queuing at the port.",
       "The strike is due to end at midnight.",
       "The union is demanding a pay rise above inflation."],
      lure=[("FIN", "EST")]),
    # ---- domestic ceasefires (a government and a rebel group, no second country)
    T("domestic_ceasefire", "2026-11-03T18:20", "pampas", "BOGOTÁ", "Colombia and ELN rebels agree ceasefire",
      ["Colombia's government and ELN rebels agreed a ceasefire on {weekday} after three months of talks.",
       "The truce will last 180 days and will be monitored by the Catholic Church.",
       "Colombia's president called the deal 'a step toward total peace'.",
       "The rebels pledged to stop kidnappings during the ceasefire."]),
    T("domestic_ceasefire", "2026-11-04T15:10", "globe", "BOGOTÁ", "Colombian army says ELN truce holding in first hours",
      ["Colombia's army said the ceasefire with ELN rebels was holding in its first hours.",
       "No attacks were reported in the northeast, where fighting had been heaviest.",
       "Monitors were deploying to rural areas, the government said.",
       "Human rights groups welcomed the truce but urged the rebels to free all hostages."]),
    T("domestic_ceasefire", "2026-11-05T04:40", "apac", "YANGON", "Myanmar junta and ethnic army agree truce in Shan state",
      ["Myanmar's military government and an ethnic armed group agreed a truce in northern Shan state.",
       "The two sides will exchange prisoners and reopen trade routes, a spokesman for the armed group said.",
       "Fighting in the area had displaced tens of thousands of people.",
       "Previous truces in the region have broken down within months."]),
    T("domestic_ceasefire", "2026-11-06T06:15", "apac", "MANILA", "Philippine government and communist rebels sign holiday truce",
      ["The Philippine government and communist rebels signed a truce covering the holiday season.",
       "The ceasefire runs from mid-December to early January.",
       "Peace negotiators said formal talks could resume next year.",
       "The insurgency is one of the longest-running in Asia."]),
    # ---- turkey the bird
    T("turkey_food", "2026-11-04T16:30", "northstar", "CHICAGO", "Turkey prices jump ahead of Thanksgiving",
      ["Americans will pay more for their roast turkey this Thanksgiving, according to a farm industry survey.",
       "Wholesale turkey prices in the United States have risen 14 percent since last year.",
       "Turkey farmers warned that an outbreak of bird flu had reduced flocks in several states.",
       "Retailers said frozen birds were still widely available."],
      lure=[("TUR", "USA")]),
    T("turkey_food", "2026-11-06T09:50", "harbour", "LONDON", "British supermarkets open Christmas turkey price war",
      ["British supermarkets opened a price war on Christmas turkeys, with one chain cutting the price of a whole bird by a third.",
       "Turkey producers warned that the discounts would squeeze farm incomes.",
       "Analysts said the price war was aimed at winning customers for the whole festive shop.",
       "Sales of turkey crowns have risen in recent years as households shrink."],
      lure=[("TUR", "GBR")]),
    T("turkey_food", "2026-11-02T19:30", "globe", "", "How to roast a turkey without drying it out",
      ["The secret to a juicy roast turkey is a long, gentle cook and a good rest before carving.",
       "Marinating the bird overnight in Greek yoghurt, garlic and lemon keeps the meat tender.",
       "Cook the turkey at 160 degrees, basting every 45 minutes.",
       "Let it rest under foil for at least half an hour before serving."],
      lure=[("TUR", "GRC")]),
    # ---- China Airlines (Taiwan's carrier) on a quiet day for CHN-TWN (which escalates on Nov 4)
    T("china_airlines", "2026-11-06T02:10", "apac", "TAIPEI", "China Airlines adds flights from Taipei to Tokyo",
      ["China Airlines will add 14 weekly flights between Taipei and Tokyo from December, the Taiwanese carrier said.",
       "China Airlines said demand from Japanese tourists had risen sharply this year.",
       "The airline will use wide-body aircraft on the busiest departures.",
       "Tickets go on sale next week."],
      lure=[("CHN", "TWN"), ("CHN", "JPN"), ("TWN", "JPN")]),
    T("china_airlines", "2026-11-06T07:35", "ledger", "TAIPEI", "China Airlines posts record profit, warns on fuel costs",
      ["China Airlines, Taiwan's largest carrier, reported a record quarterly profit on strong cargo demand.",
       "China Airlines warned that rising fuel costs could weigh on earnings next year.",
       "Taiwan's stock exchange data showed the airline's shares up 3 percent.",
       "The carrier plans to take delivery of six new aircraft next year."],
      lure=[("CHN", "TWN")]),
    # ---- Georgia the US state
    T("georgia_us_state", "2026-11-05T16:55", "northstar", "ATLANTA", "Georgia's governor courts Korean battery makers",
      ["Georgia's governor led a trade mission to Seoul to court South Korean battery makers.",
       "Georgia is already home to several large battery and car plants.",
       "The governor said the state's ports and workforce made it 'the natural choice'.",
       "State officials expect announcements of new investment early next year."],
      lure=[("GEO", "KOR")]),
    T("georgia_us_state", "2026-11-07T15:20", "northstar", "ATLANTA", "Georgia accuses Chinese-owned solar firm of labour violations",
      ["Georgia's attorney general accused a Chinese-owned solar panel maker of violating labour rules at its plant near Savannah.",
       "The state is seeking fines and back pay for about 300 workers.",
       "The company said it would contest the claims in court.",
       "The plant opened two years ago."],
      lure=[("GEO", "CHN")]),
    # ---- people and places named like countries
    T("name_collision", "2026-11-03T12:00", "globe", "PARIS", "Michael Jordan memorabilia exhibition opens in Paris",
      ["An exhibition of memorabilia from Michael Jordan's career opened in Paris on {weekday}.",
       "The show includes game-worn shoes and a jersey from Jordan's final championship season.",
       "Organisers expect more than 100,000 visitors in France over three months.",
       "Tickets for the opening weekend sold out."],
      lure=[("JOR", "FRA")]),
    T("name_collision", "2026-11-04T23:10", "matchday", "LAS VEGAS", "Israel Okonkwo knocks out Brazilian in title eliminator",
      ["Israel Okonkwo, the Nigerian-born middleweight, knocked out a Brazilian opponent in the fourth round of a title eliminator.",
       "Israel Okonkwo's strikes overwhelmed the Brazilian in a flurry that ended the bout.",
       "The win sets up a championship fight next year.",
       "The Brazilian fighter said he would return."],
      lure=[("ISR", "BRA"), ("ISR", "NGA"), ("NGA", "BRA")]),
    T("name_collision", "2026-11-06T19:40", "continental", "PORT HARCOURT", "Pipeline attack in Niger Delta cuts oil output",
      ["Armed men attacked an oil pipeline in Nigeria's Niger Delta, cutting output by about 40,000 barrels a day.",
       "The pipeline operator said repairs would take at least a week.",
       "Nigeria's security forces said they had arrested three suspects.",
       "Pipeline vandalism and oil theft are common in the region."],
      lure=[("NER", "NGA")]),
]

# --------------------------------------------------------------------------------------------
# Pair-specific quiet background for episode pairs, on days well away from their episodes.
# --------------------------------------------------------------------------------------------

EPISODE_PAIR_BACKGROUND = [
    ("CHN", "TWN", "2026-11-02T09:40", "apac", "XIAMEN", "Taiwanese firms exhibit at cross-strait trade fair",
     ["More than 200 Taiwanese companies exhibited at a cross-strait trade fair in Xiamen, organisers said.",
      "Chinese officials at the opening ceremony spoke of closer economic ties.",
      "Exhibitors showcased food products, machinery and cosmetics.",
      "The fair runs for four days."]),
    ("ARM", "AZE", "2026-11-02T11:15", "eastgate", "YEREVAN", "Armenian and Azerbaijani border commissions meet",
     ["Armenian and Azerbaijani border commissions held a routine meeting on technical mapping work, Armenia's deputy prime minister's office said.",
      "The commissions reviewed maps of the northern section of the frontier.",
      "The next meeting will take place in Baku."]),
    ("IND", "PAK", "2026-11-03T08:50", "meridian", "LAHORE", "Indian pilgrims cross into Pakistan via Kartarpur corridor",
     ["Several hundred Indian pilgrims crossed into Pakistan through the Kartarpur corridor to visit a Sikh shrine, officials on both sides said.",
      "Pakistani officials welcomed the pilgrims at the border.",
      "The visa-free corridor opened in 2019."]),
    ("PRK", "KOR", "2026-11-04T05:20", "apac", "SEOUL", "Seoul report on separated families",
     ["South Korea's unification ministry said the number of surviving registered members of families separated from relatives in North Korea had fallen again this year.",
      "Most of those still alive are in their eighties or nineties.",
      "The ministry called for the resumption of family reunions."]),
    ("ETH", "ERI", "2026-11-06T10:10", "continental", "MEKELLE", "Traders prepare for reopened Ethiopia-Eritrea crossing",
     ["Ethiopian traders in the north said they were preparing to resume business with Eritrean partners once the Bure crossing reopens.",
      "Prices of some goods in border markets have already fallen.",
      "Local officials said customs posts were being refurbished."]),
    ("SRB", "XKX", "2026-11-06T14:30", "eastgate", "BELGRADE", "Serbian and Kosovo chambers of commerce meet",
     ["Representatives of the Serbian and Kosovo chambers of commerce met in Belgrade to discuss the recognition of business certificates.",
      "Participants said they hoped to hold a joint trade fair next year.",
      "About 40 companies took part in the meeting."]),
    ("COL", "VEN", "2026-11-03T16:20", "pampas", "BOGOTÁ", "Colombia opens new round of work permits for Venezuelans",
     ["Colombian authorities began registering Venezuelan migrants for a new round of work permits, the migration agency said.",
      "Applicants can register online or at offices in 20 cities.",
      "The agency expects more than 300,000 applications."]),
]

# --------------------------------------------------------------------------------------------
# Steady background: mild, neutral bilateral news generated from templates.
# --------------------------------------------------------------------------------------------

# code: (name, possessive, adjective, capital, leader title)
COUNTRIES = {
    "DEU": ("Germany", "Germany's", "German", "Berlin", "chancellor"),
    "FRA": ("France", "France's", "French", "Paris", "president"),
    "ITA": ("Italy", "Italy's", "Italian", "Rome", "prime minister"),
    "ESP": ("Spain", "Spain's", "Spanish", "Madrid", "prime minister"),
    "PRT": ("Portugal", "Portugal's", "Portuguese", "Lisbon", "prime minister"),
    "NOR": ("Norway", "Norway's", "Norwegian", "Oslo", "prime minister"),
    "SWE": ("Sweden", "Sweden's", "Swedish", "Stockholm", "prime minister"),
    "FIN": ("Finland", "Finland's", "Finnish", "Helsinki", "president"),
    "EST": ("Estonia", "Estonia's", "Estonian", "Tallinn", "prime minister"),
    "POL": ("Poland", "Poland's", "Polish", "Warsaw", "prime minister"),
    "LTU": ("Lithuania", "Lithuania's", "Lithuanian", "Vilnius", "president"),
    "AUT": ("Austria", "Austria's", "Austrian", "Vienna", "chancellor"),
    "CZE": ("the Czech Republic", "the Czech Republic's", "Czech", "Prague", "prime minister"),
    "BEL": ("Belgium", "Belgium's", "Belgian", "Brussels", "prime minister"),
    "NLD": ("the Netherlands", "the Netherlands'", "Dutch", "The Hague", "prime minister"),
    "GBR": ("Britain", "Britain's", "British", "London", "prime minister"),
    "IRL": ("Ireland", "Ireland's", "Irish", "Dublin", "prime minister"),
    "CAN": ("Canada", "Canada's", "Canadian", "Ottawa", "prime minister"),
    "MEX": ("Mexico", "Mexico's", "Mexican", "Mexico City", "president"),
    "USA": ("the United States", "the United States'", "American", "Washington", "president"),
    "ARG": ("Argentina", "Argentina's", "Argentine", "Buenos Aires", "president"),
    "CHL": ("Chile", "Chile's", "Chilean", "Santiago", "president"),
    "BRA": ("Brazil", "Brazil's", "Brazilian", "Brasília", "president"),
    "PRY": ("Paraguay", "Paraguay's", "Paraguayan", "Asunción", "president"),
    "ECU": ("Ecuador", "Ecuador's", "Ecuadorian", "Quito", "president"),
    "PER": ("Peru", "Peru's", "Peruvian", "Lima", "president"),
    "GTM": ("Guatemala", "Guatemala's", "Guatemalan", "Guatemala City", "president"),
    "AUS": ("Australia", "Australia's", "Australian", "Canberra", "prime minister"),
    "NZL": ("New Zealand", "New Zealand's", "New Zealand", "Wellington", "prime minister"),
    "JPN": ("Japan", "Japan's", "Japanese", "Tokyo", "prime minister"),
    "VNM": ("Vietnam", "Vietnam's", "Vietnamese", "Hanoi", "prime minister"),
    "IDN": ("Indonesia", "Indonesia's", "Indonesian", "Jakarta", "president"),
    "MYS": ("Malaysia", "Malaysia's", "Malaysian", "Kuala Lumpur", "prime minister"),
    "THA": ("Thailand", "Thailand's", "Thai", "Bangkok", "prime minister"),
    "PHL": ("the Philippines", "the Philippines'", "Philippine", "Manila", "president"),
    "SGP": ("Singapore", "Singapore's", "Singaporean", "Singapore", "prime minister"),
    "BGD": ("Bangladesh", "Bangladesh's", "Bangladeshi", "Dhaka", "prime minister"),
    "IND": ("India", "India's", "Indian", "New Delhi", "prime minister"),
    "KAZ": ("Kazakhstan", "Kazakhstan's", "Kazakh", "Astana", "president"),
    "UZB": ("Uzbekistan", "Uzbekistan's", "Uzbek", "Tashkent", "president"),
    "KEN": ("Kenya", "Kenya's", "Kenyan", "Nairobi", "president"),
    "TZA": ("Tanzania", "Tanzania's", "Tanzanian", "Dodoma", "president"),
    "GHA": ("Ghana", "Ghana's", "Ghanaian", "Accra", "president"),
    "NGA": ("Nigeria", "Nigeria's", "Nigerian", "Abuja", "president"),
    "NAM": ("Namibia", "Namibia's", "Namibian", "Windhoek", "president"),
    "ZAF": ("South Africa", "South Africa's", "South African", "Pretoria", "president"),
    "EGY": ("Egypt", "Egypt's", "Egyptian", "Cairo", "president"),
    "JOR": ("Jordan", "Jordan's", "Jordanian", "Amman", "king"),
    "MAR": ("Morocco", "Morocco's", "Moroccan", "Rabat", "king"),
    "SEN": ("Senegal", "Senegal's", "Senegalese", "Dakar", "president"),
    "TUN": ("Tunisia", "Tunisia's", "Tunisian", "Tunis", "president"),
    "CYP": ("Cyprus", "Cyprus'", "Cypriot", "Nicosia", "president"),
    "GRC": ("Greece", "Greece's", "Greek", "Athens", "prime minister"),
    "HUN": ("Hungary", "Hungary's", "Hungarian", "Budapest", "prime minister"),
    "SVK": ("Slovakia", "Slovakia's", "Slovak", "Bratislava", "prime minister"),
    "CHE": ("Switzerland", "Switzerland's", "Swiss", "Bern", "president"),
}

BACKGROUND_PAIRS = {
    "europe": [("DEU", "FRA"), ("FRA", "ITA"), ("ESP", "PRT"), ("NOR", "SWE"), ("EST", "FIN"),
               ("LTU", "POL"), ("AUT", "CZE"), ("BEL", "NLD"), ("GBR", "IRL"), ("CYP", "GRC"),
               ("HUN", "SVK"), ("AUT", "CHE"), ("DEU", "POL"), ("ITA", "TUN")],
    "americas": [("CAN", "MEX"), ("CAN", "USA"), ("ARG", "CHL"), ("BRA", "PRY"), ("ECU", "PER"),
                 ("GTM", "MEX"), ("CHL", "PER")],
    "asia": [("AUS", "JPN"), ("JPN", "VNM"), ("IDN", "MYS"), ("THA", "VNM"), ("PHL", "SGP"),
             ("BGD", "IND"), ("KAZ", "UZB"), ("AUS", "NZL")],
    "africa": [("KEN", "TZA"), ("GHA", "NGA"), ("NAM", "ZAF"), ("EGY", "JOR"), ("MAR", "SEN")],
}
REGION_OUTLETS = {
    "europe": ["continental", "eastgate", "globe", "wire", "worldbrief", "meridian"],
    "americas": ["pampas", "northstar", "globe", "wire", "worldbrief"],
    "asia": ["apac", "meridian", "wire", "worldbrief", "harbour"],
    "africa": ["gulf", "worldbrief", "wire", "globe", "meridian"],
}
# Local working hours, roughly, expressed in UTC.
REGION_HOURS_UTC = {"europe": (5, 21), "americas": (12, 24), "asia": (0, 12), "africa": (5, 19)}
BACKGROUND_GENERAL_COUNT = 127

TOPICS = ["renewable energy", "tourism", "agriculture", "digital services", "education",
          "port logistics", "health research", "water management", "railway links",
          "cultural heritage", "vocational training", "space research"]
SECTORS = ["food processing", "green hydrogen", "pharmaceuticals", "software", "textiles",
           "construction", "medical equipment", "logistics", "wind power", "tourism"]
PRODUCTS = ["fresh fruit", "dairy products", "processed foods", "seafood", "cut flowers",
            "honey", "coffee", "olive oil"]
ART_TOPICS = ["medieval manuscripts", "modern photography", "textile design", "early maps",
              "ceramics", "impressionist painting", "folk costume"]
SCIENCE_TOPICS = ["coastal erosion", "drought-resistant crops", "battery recycling",
                  "migratory birds", "flood forecasting", "antibiotic resistance"]

# Each template: (title, [lead sentence, second sentence]). Placeholders: {A} {A_poss} {A_adj}
# {A_cap} {A_leader}, same for B, plus {cap} {weekday} {n} {p} {v} {topic} {topic2} {sector}
# {product} {art} {science}.
BG_TEMPLATES = [
    ("{A_adj} and {B_adj} foreign ministers meet in {B_cap}",
     ["{A_poss} foreign minister met {B_poss} foreign minister in {B_cap} on {weekday} to discuss cooperation in {topic}.",
      "Officials from both sides described the meeting as cordial."]),
    ("{A_poss} trade minister leads business delegation to {B_cap}",
     ["{A_poss} trade minister visited {B_cap} with a delegation of {n} companies to promote exports in {sector}.",
      "The delegation met business associations and port authorities during the two-day visit."]),
    ("Trade between {A} and {B} up {p} percent",
     ["Trade between {A} and {B} rose {p} percent in the first nine months of the year to {v} billion dollars, {A_poss} statistics office said.",
      "Machinery, food products and chemicals accounted for most of the bilateral trade."]),
    ("Week of {A_adj} culture opens in {B_cap}",
     ["A week of {A_adj} culture opened in {B_cap} on {weekday}, featuring film screenings, concerts and a food market.",
      "Organisers said they expected about {n}00 visitors a day."]),
    ("New direct flights between {A_cap} and {B_cap}",
     ["A new direct air route between {A_cap} and {B_cap} will open in March, {A_poss} civil aviation authority said.",
      "The route will initially operate three times a week."]),
    ("{A_adj} and {B_adj} universities expand student exchange",
     ["{A_adj} and {B_adj} universities agreed to expand a student exchange programme to {n}0 places a year.",
      "The programme covers engineering, medicine and the humanities."]),
    ("{B_poss} new ambassador presents credentials in {A_cap}",
     ["{B_poss} new ambassador to {A} presented credentials at a ceremony in {A_cap}.",
      "The ambassador said expanding cooperation in {topic} would be a priority."]),
    ("{A_adj}-{B_adj} economic commission meets in {cap}",
     ["The {A_adj}-{B_adj} joint economic commission held its annual session in {cap}, reviewing projects in {sector} and {topic}.",
      "Officials said the next session would take place in a year's time."]),
    ("{A_adj} visitors to {B} up {p} percent",
     ["{A_adj} tourist arrivals in {B} rose {p} percent in October compared with a year earlier, {B_poss} tourism board said.",
      "Hotel occupancy in {B_cap} reached its highest level for the month in a decade."]),
    ("{A_adj} museum lends works to {B_cap} exhibition",
     ["{A_poss} national museum lent {n} works to a gallery in {B_cap} for an exhibition on {art}.",
      "The exhibition runs until the end of February."]),
    ("{A} to ease visa rules for {B_adj} business travellers",
     ["{A} will ease visa rules for {B_adj} business travellers from January, {A_poss} interior ministry said.",
      "Applications will be processed online within five working days."]),
    ("{A_adj} and {B_adj} grid operators study new interconnector",
     ["{A_adj} and {B_adj} grid operators completed a feasibility study for a new electricity interconnector.",
      "A final investment decision is expected next year."]),
    ("{A} opens market to {B_adj} {product}",
     ["{A} approved imports of {B_adj} {product} after a two-year inspection process, {A_poss} agriculture ministry said.",
      "Exporters expect the first shipments before the end of the year."]),
    ("{A_adj} lawmakers visit {B_cap}",
     ["A parliamentary friendship group from {A} visited {B_cap} for meetings with lawmakers and business leaders.",
      "The delegation also visited a vocational school and a technology park."]),
    ("{A_adj}-{B_adj} investment forum held in {cap}",
     ["Some {n} companies from {A} and {B} attended an investment forum in {cap} focused on {sector}.",
      "Organisers said several letters of intent were signed on the sidelines."]),
    ("{A_adj} and {B_adj} scientists launch joint research project",
     ["{A_adj} and {B_adj} scientists launched a joint research project on {science}.",
      "The three-year project is funded by research councils in both countries."]),
    ("{A_poss} {A_leader} receives {B_poss} foreign minister",
     ["{A_poss} {A_leader} received {B_poss} foreign minister in {A_cap} for a courtesy call ahead of a planned state visit next year.",
      "The two discussed cooperation in {topic} and {topic2}, according to an official statement."]),
    ("Weather agencies of {A} and {B} to share data",
     ["The weather services of {A} and {B} signed a memorandum to share climate and forecasting data.",
      "The arrangement will improve seasonal forecasts for farmers, officials said."]),
    ("{A_adj} and {B_adj} youth orchestras perform together in {cap}",
     ["{A_adj} and {B_adj} youth orchestras performed a joint concert in {cap} as part of a cultural exchange year.",
      "The programme included works by composers from both countries."]),
    ("Book fair in {A_cap} names {B} guest of honour",
     ["A book fair in {A_cap} named {B} as its guest of honour this year, with {n} {B_adj} authors attending.",
      "Translations of {B_adj} novels were among the fair's best sellers."]),
    ("{A} and {B} to link customs computer systems",
     ["Customs authorities of {A} and {B} agreed to link their computer systems to speed up clearance of goods.",
      "The project is expected to cut waiting times for exporters by several hours."]),
    ("{A_adj} and {B_adj} officials discuss {topic} cooperation",
     ["Senior {A_adj} and {B_adj} officials met in {cap} to discuss cooperation in {topic}.",
      "The meeting was part of a regular dialogue established several years ago."]),
]

BG_SUPPORT = [
    "A follow-up meeting is planned for the spring.",
    "Business groups welcomed the initiative.",
    "The plan was first announced last year.",
    "{A_poss} embassy in {B_cap} said further events were planned for next year.",
    "The two governments are expected to review progress in twelve months.",
    "Local media gave the event wide coverage.",
    "Further details are expected to be published next month.",
]

# Words that must never appear in background or episode-pair background items.
BACKGROUND_FORBIDDEN = re.compile(
    r"\b(attack\w*|strike\w*|struck|threat\w*|warn\w*|accus\w*|clash\w*|sanction\w*|expel\w*|"
    r"war|wars|missile\w*|shell\w*|kill\w*|troops?|ceasefire|truce|restraint|ultimatum|"
    r"retaliat\w*|bomb\w*|drone\w*|invade\w*|invasion|hostile)\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# Articles in other languages: the same crises as the local press of each region reports them
# (each article names only its episode's two countries, inside the episode's window, so it
# corroborates the episode and opens none of its own), and a few sport items (traps on pairs of
# their own). Spanish and French are coded today; German, Russian, Arabic and Chinese are read,
# counted by language and skipped until Brink codes them. Written by hand, no random draws, so
# the English articles and their ids are the same as before; ids are `demo-<language>-<n>`.
# --------------------------------------------------------------------------------------------

FOREIGN_OUTLETS = {
    "mirador": ("elmirador-ve.example", "El Mirador"),
    "frontera": ("lafrontera-diario.example", "La Frontera"),
    "phare": ("lephare-djibouti.example", "Le Phare de Djibouti"),
    "horizon": ("horizon-diplomatique.example", "L'Horizon diplomatique"),
    "rheinblick": ("rheinblick.example", "Rheinblick"),
    "vestnik": ("vostok-vestnik.example", "Восточный вестник"),
    "khaleej": ("alkhaleej-today.example", "الخليج اليوم"),
    "dongya": ("dongya-shibao.example", "东亚时报"),
}
OUTLETS.update(FOREIGN_OUTLETS)

# language -> (dateline format with {city} and {outlet}, sentence joiner)
FOREIGN_STYLE = {
    "es": ("{city} ({outlet}) — ", " "),
    "fr": ("{city} ({outlet}) — ", " "),
    "de": ("{city} ({outlet}) – ", " "),
    "ru": ("{city} ({outlet}) — ", " "),
    "ar": ("{city} ({outlet}) - ", " "),
    "zh": ("{outlet}{city}电 ", ""),
}


def F(language, kind, pair, when, outlet, city, title, sentences):
    """kind: 'escalation' / 'deescalation' (pair = the episode's pair) or 'sports' (pair = the lure)."""
    return {"language": language, "kind": kind, "pair": pair, "when": when, "outlet": outlet, "city": city,
            "title": title, "sentences": sentences}


FOREIGN = [
    # ---- Spanish: the Venezuelan and Colombian border press on COL-VEN (Friday, Nov 6)
    F("es", "deescalation", ("COL", "VEN"), "2026-11-06T13:05", "mirador", "CARACAS",
      "Venezuela y Colombia acuerdan patrullas conjuntas en la frontera",
      ["Venezuela y Colombia firmaron este viernes un acuerdo de cooperación en seguridad fronteriza que prevé patrullas conjuntas contra el contrabando, informó la Cancillería venezolana.",
       "El texto fue rubricado en Caracas por los ministros de Defensa de ambos países.",
       "Comerciantes de San Antonio del Táchira celebraron el anuncio con caravanas de motos."]),
    F("es", "deescalation", ("COL", "VEN"), "2026-11-06T15:20", "frontera", "CÚCUTA",
      "Colombia y Venezuela reabren el paso de carga en el puente Atanasio Girardot",
      ["Colombia y Venezuela reabrieron el paso de camiones de carga por el puente Atanasio Girardot tras el acuerdo comercial firmado por ambos gobiernos.",
       "El presidente colombiano saludó el entendimiento como «un nuevo comienzo» para la región fronteriza.",
       "Los transportistas calculan que por el puente podrían cruzar unos 300 camiones diarios."]),
    F("es", "deescalation", ("COL", "VEN"), "2026-11-06T17:10", "mirador", "CARACAS",
      "Caracas y Bogotá retoman la cooperación militar",
      ["El Gobierno venezolano anunció que retoma la cooperación militar con Colombia y que ambos ejércitos compartirán información sobre los grupos armados que operan en la frontera.",
       "La canciller colombiana agradeció a Venezuela su disposición al diálogo.",
       "Analistas consultados por este diario advierten que el acuerdo deberá superar años de desconfianza."]),
    F("es", "sports", ("ARG", "URY"), "2026-11-03T23:40", "frontera", "MONTEVIDEO",
      "Uruguay vence a Argentina en el clásico del Río de la Plata",
      ["La selección de Uruguay derrotó 2-1 a Argentina en el estadio Centenario, en un partido amistoso disputado la noche del martes.",
       "El delantero uruguayo anotó el gol de la victoria en el minuto 88.",
       "Argentina atacó durante todo el segundo tiempo sin lograr el empate."]),
    # ---- French: the Horn of Africa's French-language press on ERI-ETH (Tuesday, Nov 3),
    #      a Paris diplomatic weekly on ARM-AZE (Wednesday, Nov 4)
    F("fr", "deescalation", ("ERI", "ETH"), "2026-11-03T10:40", "phare", "DJIBOUTI",
      "L'Érythrée et l'Éthiopie concluent un cessez-le-feu à leur frontière",
      ["L'Érythrée et l'Éthiopie ont signé mardi un accord de cessez-le-feu le long de leur frontière commune, a annoncé le ministre érythréen de l'Information.",
       "La trêve doit entrer en vigueur à minuit.",
       "À Djibouti, les diplomates de la région ont salué une « étape décisive » pour la Corne de l'Afrique."]),
    F("fr", "deescalation", ("ERI", "ETH"), "2026-11-03T14:15", "phare", "DJIBOUTI",
      "Addis-Abeba s'engage à retirer ses troupes de la zone frontalière",
      ["L'Éthiopie s'est engagée à retirer ses troupes des positions frontalières avec l'Érythrée d'ici la fin du mois, selon un communiqué conjoint.",
       "Les deux pays ont également convenu de rouvrir le poste-frontière de Zalambessa.",
       "Des observateurs de l'Union africaine superviseront le retrait."]),
    F("fr", "escalation", ("ARM", "AZE"), "2026-11-04T16:05", "horizon", "EREVAN",
      "L'Azerbaïdjan bombarde des positions arméniennes près de Jermuk",
      ["Les forces azerbaïdjanaises ont bombardé mercredi des positions arméniennes près de Jermuk, a indiqué le ministère arménien de la Défense, qui fait état de trois soldats tués.",
       "Erevan a accusé Bakou de chercher à s'emparer de nouvelles hauteurs stratégiques.",
       "Les tirs d'artillerie se poursuivaient en fin d'après-midi, selon des habitants joints par téléphone."]),
    F("fr", "escalation", ("ARM", "AZE"), "2026-11-04T19:40", "horizon", "PARIS",
      "Bakou adresse un ultimatum à Erevan",
      ["L'Azerbaïdjan a lancé un ultimatum à l'Arménie, exigeant le retrait de ses troupes de la frontière d'ici vendredi.",
       "Le Premier ministre arménien a dénoncé des menaces « inacceptables » et appelé la communauté internationale à réagir.",
       "Les chancelleries européennes suivent la situation avec inquiétude."]),
    F("fr", "sports", ("MAR", "SEN"), "2026-11-05T21:10", "phare", "RABAT",
      "Le Maroc s'impose face au Sénégal",
      ["Le Maroc a battu le Sénégal 2 à 0 jeudi soir à Rabat, en match amical de préparation.",
       "Les Lions de l'Atlas ont attaqué d'entrée et ouvert le score dès la 12e minute.",
       "Le sélectionneur sénégalais a regretté le manque de réalisme de ses attaquants."]),
    # ---- German: a Rhineland daily on RUS-UKR (Monday, Nov 2)
    F("de", "escalation", ("RUS", "UKR"), "2026-11-02T15:30", "rheinblick", "KIEW",
      "Russland greift ukrainisches Stromnetz mit Raketen an",
      ["Russland hat am Montag das ukrainische Stromnetz mit Raketen und Drohnen angegriffen und Umspannwerke in mindestens fünf Regionen getroffen, wie die Regierung in Kiew mitteilte.",
       "In mehreren Städten fiel der Strom stundenlang aus.",
       "Die Reparaturtrupps arbeiten unter der Gefahr weiterer Angriffe."]),
    F("de", "escalation", ("RUS", "UKR"), "2026-11-02T19:10", "rheinblick", "KIEW",
      "Russische Truppen beschießen Cherson",
      ["Russische Truppen haben die ukrainische Stadt Cherson am Nachmittag mit Artillerie beschossen und zwei Zivilisten getötet, teilte die Gebietsverwaltung mit.",
       "Der ukrainische Präsident warf Moskau vor, gezielt die Zivilbevölkerung zu terrorisieren.",
       "Eine Schule und ein Busdepot wurden beschädigt."]),
    F("de", "sports", ("AUT", "DEU"), "2026-11-05T20:45", "rheinblick", "WIEN",
      "Österreich schlägt Deutschland im Test",
      ["Die österreichische Nationalmannschaft hat Deutschland in einem Testspiel in Wien mit 2:1 geschlagen.",
       "Der Siegtreffer fiel in der Nachspielzeit nach einem schnellen Angriff über die linke Seite.",
       "Der Bundestrainer sprach von einem Rückschlag vor dem Turnier."]),
    # ---- Russian: a Moscow outlet on ARM-AZE (Wednesday, Nov 4) and RUS-UKR talks (Friday, Nov 6)
    F("ru", "escalation", ("ARM", "AZE"), "2026-11-04T17:20", "vestnik", "ЕРЕВАН",
      "Азербайджан обстрелял армянские позиции на границе",
      ["Азербайджанские военные в среду обстреляли армянские позиции в районе Джермука, сообщило Министерство обороны Армении.",
       "В Ереване обвинили Баку в эскалации конфликта.",
       "По данным армянской стороны, погибли трое военнослужащих."]),
    F("ru", "deescalation", ("RUS", "UKR"), "2026-11-06T10:30", "vestnik", "МОСКВА",
      "Россия и Украина провели обмен пленными",
      ["Россия и Украина в пятницу провели обмен военнопленными, вернув на родину по 150 человек, сообщило Министерство обороны России.",
       "Освобождённых военнослужащих доставят в Москву для лечения и реабилитации.",
       "Родственники пленных ждали их на границе с самого утра."]),
    F("ru", "deescalation", ("RUS", "UKR"), "2026-11-06T13:45", "vestnik", "МОСКВА",
      "Москва и Киев договорились о новом раунде переговоров",
      ["Россия и Украина договорились провести новый раунд переговоров о прекращении огня на следующей неделе, заявил официальный представитель Кремля.",
       "По его словам, делегации обсудят гуманитарные вопросы и обмен телами погибших.",
       "В Киеве подтвердили готовность к встрече."]),
    F("ru", "sports", ("KAZ", "RUS"), "2026-11-07T19:30", "vestnik", "САНКТ-ПЕТЕРБУРГ",
      "Сборная России по хоккею обыграла Казахстан",
      ["Сборная России по хоккею обыграла команду Казахстана со счётом 4:1 в товарищеском матче в Санкт-Петербурге.",
       "Российские хоккеисты атаковали с первых минут и забросили две шайбы в первом периоде.",
       "Следующий матч команды сыграют в воскресенье."]),
    # ---- Arabic: a Gulf daily on IRN-ISR (Tuesday, Nov 3), IRN-SAU (Thursday, Nov 5), ISR-PSE (Saturday, Nov 7)
    F("ar", "escalation", ("IRN", "ISR"), "2026-11-03T08:20", "khaleej", "طهران",
      "إسرائيل تشن غارات على منشآت عسكرية في غرب إيران",
      ["شنت إسرائيل فجر الثلاثاء غارات جوية على منشآت لإنتاج الصواريخ في غرب إيران، بحسب ما أفاد الجيش الإسرائيلي.",
       "وتوعدت إيران بالرد على الهجوم في الوقت والمكان المناسبين.",
       "وسمع دوي انفجارات في محيط مدينة كرمانشاه."]),
    F("ar", "deescalation", ("IRN", "SAU"), "2026-11-05T12:00", "khaleej", "الرياض",
      "السعودية وإيران تعلنان استئناف العلاقات الدبلوماسية",
      ["أعلنت المملكة العربية السعودية وإيران الخميس استئناف العلاقات الدبلوماسية بينهما وإعادة فتح السفارتين خلال شهرين.",
       "ورحب وزير الخارجية الإيراني بالاتفاق، ووصفه بأنه خطوة نحو الاستقرار في المنطقة.",
       "وقال مسؤول سعودي إن البلدين سيفعّلان اتفاقية التعاون الأمني الموقعة بينهما."]),
    F("ar", "deescalation", ("ISR", "PSE"), "2026-11-07T13:30", "khaleej", "غزة",
      "بدء سريان وقف إطلاق النار في غزة",
      ["دخل وقف إطلاق النار بين إسرائيل وحركة حماس حيز التنفيذ ظهر السبت في قطاع غزة.",
       "وأعلنت إسرائيل أنها ستسمح بدخول مئات الشاحنات المحملة بالمساعدات الإنسانية يوميا.",
       "وخرج آلاف الفلسطينيين إلى الشوارع احتفالا بالهدنة."]),
    F("ar", "sports", ("IRQ", "SAU"), "2026-11-02T20:00", "khaleej", "جدة",
      "المنتخب السعودي يفوز على نظيره العراقي وديا",
      ["فاز المنتخب السعودي على نظيره العراقي بهدفين مقابل هدف في مباراة ودية أقيمت في جدة.",
       "وهاجم الأخضر منذ البداية وسجل هدفه الأول في الدقيقة العاشرة.",
       "ويستعد المنتخبان لبطولة كأس الخليج الشهر المقبل."]),
    # ---- Chinese: an East Asian daily on CHN-TWN (Wednesday, Nov 4) and KOR-PRK (Saturday, Nov 7)
    F("zh", "escalation", ("CHN", "TWN"), "2026-11-04T03:10", "dongya", "台北",
      "解放军在台湾周边展开大规模军事演习",
      ["中国人民解放军周三在台湾周边海空域展开大规模联合军事演习，台湾防务部门称共侦测到四十余架军机。",
       "台湾方面谴责北京的军事挑衅，并派出舰艇监视。",
       "演习预计持续两天。"]),
    F("zh", "escalation", ("CHN", "TWN"), "2026-11-04T06:20", "dongya", "北京",
      "北京称演习是对“台独”势力的严厉警告",
      ["中国国务院台湾事务办公室表示，此次演习是对“台独”势力的严厉警告。",
       "发言人说，大陆将采取一切必要措施维护国家主权。",
       "台湾方面回应称，台湾不会屈服于压力。"]),
    F("zh", "escalation", ("KOR", "PRK"), "2026-11-07T04:00", "dongya", "首尔",
      "朝鲜向韩国边境岛屿附近发射炮弹",
      ["朝鲜周六凌晨向韩国延坪岛附近海域发射了数十枚炮弹，韩国联合参谋本部说。",
       "韩国军方随即进行了还击射击，并提高了戒备级别。",
       "岛上居民被要求进入避难所。"]),
    F("zh", "sports", ("CHN", "SWE"), "2026-11-05T14:00", "dongya", "成都",
      "中国男乒三比零击败瑞典队晋级决赛",
      ["在世界乒乓球团体锦标赛半决赛中，中国男队以三比零击败瑞典队，晋级决赛。",
       "中国选手在比赛中积极进攻，连续得分。",
       "决赛将于周日举行。"]),
]


def gen_foreign():
    episodes = {(pair_key(ep["a"], ep["b"]), ep["kind"]): ep for ep in EPISODES}
    counts = Counter()
    arts = []
    for f in FOREIGN:
        when = ts(f["when"])
        counts[f["language"]] += 1
        fid = "demo-%s-%02d" % (f["language"], counts[f["language"]])
        pattern, joiner = FOREIGN_STYLE[f["language"]]
        text = pattern.format(city=f["city"], outlet=OUTLETS[f["outlet"]][1]) + joiner.join(f["sentences"])
        pair = pair_key(*f["pair"])
        if f["kind"] == "sports":
            art = make_article("trap", when, f["outlet"], f["city"], f["title"], f["sentences"],
                               category="sports", pairs=[], lure=[pair])
        else:
            ep = episodes[(pair, f["kind"])]
            art = make_article(f["kind"], when, f["outlet"], f["city"], f["title"], f["sentences"],
                               episode=pair + "@" + ep["start"], pairs=[pair], syndicated_from=None)
        art["_text"] = text
        art["_fixed_id"] = fid
        art["_slug"] = fid
        art["_language"] = f["language"]
        arts.append(art)
    return arts


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


def dateline(city, outlet):
    if not city:
        return ""
    return "%s (%s) — " % (city, OUTLETS[outlet][1])


def fill(s, when, extra=None):
    vals = {"weekday": when.strftime("%A")}
    if extra:
        vals.update(extra)
    return s.format(**vals)


def make_article(kind, when, outlet, city, title, sentences, **meta):
    sentences = [cap_first(s) for s in sentences]
    text = dateline(city, outlet) + " ".join(sentences)
    art = {"_kind": kind, "_when": when, "_outlet": outlet, "_title": cap_first(title),
           "_text": text, "_nsent": len(sentences)}
    art.update({"_" + k: v for k, v in meta.items()})
    return art


def spread_minutes(rng, start, end, n, tail_margin):
    """n distinct sorted datetimes in [start, end - tail_margin] on whole minutes."""
    span = int((end - start).total_seconds() // 60) - tail_margin
    first = rng.randint(0, 20)
    last = span - rng.randint(0, 20)
    mins = [first] + sorted(rng.sample(range(first + 1, last), n - 2)) + [last]
    return [start + dt.timedelta(minutes=m) for m in mins]


def gen_episodes(rng):
    arts = []
    for ep in EPISODES:
        start, end = ts(ep["start"]), ts(ep["end"])
        leads = ep["leads"]
        times = spread_minutes(rng, start, end, len(leads), tail_margin=50)
        rot = list(ep["outlets"])
        rng.shuffle(rot)
        main_pair = pair_key(ep["a"], ep["b"])
        for i, (lead, when) in enumerate(zip(leads, times)):
            outlet = lead["outlet"] or rot[i % len(rot)]
            sents = [fill(s, when) for s in lead["sentences"]]
            if not lead["no_context"]:
                room = 7 - len(sents)
                k = rng.randint(2, min(4, room))
                sents += rng.sample(ep["context"], k)
            pairs = [main_pair] + [pair_key(a, b) for a, b in lead["extra"]]
            art = make_article(ep["kind"], when, outlet, lead["city"], lead["title"], sents,
                               episode=main_pair + "@" + ep["start"], pairs=pairs,
                               fixed_id=lead["fixed_id"], syndicated_from=None)
            arts.append(art)
            synd = lead["synd"]
            if synd and synd[0] > 0:
                copies, alt_title = synd
                others = [o for o in NEWS_OUTLETS
                          if o != outlet and (o != "pampas" or o in ep["outlets"])]
                targets = rng.sample(others, copies)
                offsets = sorted(rng.sample(range(3, 46), copies))
                variants = ["same", "retitle", "trim", "same"]
                for j, (tgt, off) in enumerate(zip(targets, offsets)):
                    v = variants[j % len(variants)]
                    title = art["_title"]
                    c_sents = list(sents)
                    if v == "retitle":
                        title = alt_title
                    elif v == "trim" and len(c_sents) > 3:
                        c_sents = c_sents[:-1]
                    copy = make_article(ep["kind"], when + dt.timedelta(minutes=off), tgt, lead["city"],
                                        title, c_sents, episode=art["_episode"], pairs=pairs,
                                        fixed_id=None, syndicated_from=art, synd_variant=v)
                    # Syndicated copies keep the original outlet's credit in the dateline.
                    copy["_text"] = dateline(lead["city"], outlet) + " ".join(cap_first(s) for s in c_sents)
                    arts.append(copy)
    return arts


def gen_traps():
    arts = []
    for t in TRAPS:
        when = ts(t["when"])
        sents = [fill(s, when) for s in t["sentences"]]
        arts.append(make_article("trap", when, t["outlet"], t["city"], t["title"], sents,
                                 category=t["category"], pairs=[], lure=t["lure"]))
    return arts


def gen_episode_pair_background():
    arts = []
    for a, b, when_s, outlet, city, title, sents in EPISODE_PAIR_BACKGROUND:
        when = ts(when_s)
        arts.append(make_article("background", when, outlet, city, title,
                                 [fill(s, when) for s in sents], pairs=[pair_key(a, b)]))
    return arts


def gen_general_background(rng):
    days = [FEED_START.date() + dt.timedelta(days=i) for i in range(6)]
    pairs = []
    for region in ["europe", "americas", "asia", "africa"]:
        for p in BACKGROUND_PAIRS[region]:
            pairs.append((region, p))
    counts = [3] * len(pairs)
    extra = BACKGROUND_GENERAL_COUNT - 3 * len(pairs)
    for i in rng.sample(range(len(pairs)), extra):
        counts[i] += 1
    arts = []
    for (region, (x, y)), n in zip(pairs, counts):
        chosen_days = sorted(rng.sample(days, n))          # at most one item per pair per day
        templates = rng.sample(range(len(BG_TEMPLATES)), n)
        for day, ti in zip(chosen_days, templates):
            lo, hi = REGION_HOURS_UTC[region]
            when = dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(minutes=rng.randint(lo * 60, hi * 60 - 1))
            a, b = (x, y) if rng.random() < 0.5 else (y, x)
            ca, cb = COUNTRIES[a], COUNTRIES[b]
            topic, topic2 = rng.sample(TOPICS, 2)
            vals = {
                "A": ca[0], "A_poss": ca[1], "A_adj": ca[2], "A_cap": ca[3], "A_leader": ca[4],
                "B": cb[0], "B_poss": cb[1], "B_adj": cb[2], "B_cap": cb[3], "B_leader": cb[4],
                "cap": rng.choice([ca[3], cb[3]]), "n": rng.randint(12, 60), "p": rng.randint(3, 19),
                "v": "%d.%d" % (rng.randint(1, 40), rng.randint(0, 9)), "topic": topic, "topic2": topic2,
                "sector": rng.choice(SECTORS), "product": rng.choice(PRODUCTS),
                "art": rng.choice(ART_TOPICS), "science": rng.choice(SCIENCE_TOPICS),
            }
            title, lead = BG_TEMPLATES[ti]
            sents = [fill(s, when, vals) for s in lead]
            k = rng.randint(1, 2)
            sents += [fill(s, when, vals) for s in rng.sample(BG_SUPPORT, k)]
            outlet = rng.choice(REGION_OUTLETS[region])
            city = fill(rng.choice(["{A_cap}", "{B_cap}", "{cap}"]), when, vals).upper()
            if rng.random() < 0.2:
                city = ""
            arts.append(make_article("background", when, outlet, city, fill(title, when, vals), sents,
                                     pairs=[pair_key(a, b)]))
    return arts


def slugify(title):
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    s = s.replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:72].rstrip("-")


def build():
    rng = random.Random(SEED)
    arts = (gen_episodes(rng) + gen_traps() + gen_episode_pair_background() + gen_general_background(rng)
            + gen_foreign())
    arts.sort(key=lambda a: (a["_when"], OUTLETS[a["_outlet"]][0], a["_title"]))
    n = 0
    used_urls = set()
    records = []
    for a in arts:
        if a.get("_fixed_id"):
            aid = a["_fixed_id"]
        else:
            n += 1
            aid = "demo-%04d" % n
        domain = OUTLETS[a["_outlet"]][0]
        slug = a.get("_slug") or slugify(a["_title"])
        url = "https://%s/%s" % (domain, slug)
        k = 2
        while url in used_urls:
            url = "https://%s/%s-%d" % (domain, slug, k)
            k += 1
        used_urls.add(url)
        a["id"] = aid
        a["url"] = url
        records.append({
            "id": aid, "url": url, "source": domain, "published": iso(a["_when"]),
            "title": a["_title"], "text": a["_text"], "language": a.get("_language", "en"),
        })
    return arts, records


# --------------------------------------------------------------------------------------------
# Answer key, README and validation
# --------------------------------------------------------------------------------------------


def episode_summaries(arts):
    out = []
    for ep in EPISODES:
        tag = pair_key(ep["a"], ep["b"]) + "@" + ep["start"]
        items = [a for a in arts if a.get("_episode") == tag]
        whens = [a["_when"] for a in items]
        out.append({
            "kind": ep["kind"], "pair": pair_key(ep["a"], ep["b"]), "name": ep["name"],
            "from": min(whens), "to": max(whens), "articles": len(items),
            "originals": sum(1 for a in items if a["_syndicated_from"] is None),
            "syndicated": sum(1 for a in items if a["_syndicated_from"] is not None),
            "outlets": sorted({OUTLETS[a["_outlet"]][0] for a in items}),
        })
    return out


def pair_sets(arts):
    episode_pairs = {pair_key(ep["a"], ep["b"]) for ep in EPISODES}
    incidental = set()
    for a in arts:
        if a["_kind"] in ("escalation", "deescalation"):
            incidental.update(a["_pairs"][1:])
    incidental -= episode_pairs
    lure = set()
    for a in arts:
        if a["_kind"] == "trap":
            lure.update(a["_lure"])
    background = set()
    for a in arts:
        if a["_kind"] == "background":
            background.update(a["_pairs"])
    trap_pairs = lure - episode_pairs - incidental
    quiet_pairs = background - episode_pairs - incidental - trap_pairs
    return episode_pairs, incidental, trap_pairs, quiet_pairs


def build_key(arts):
    eps = episode_summaries(arts)
    episode_pairs, incidental, trap_pairs, quiet_pairs = pair_sets(arts)
    windowed = []
    for a in sorted((a for a in arts if a["_kind"] == "trap"), key=lambda a: a["_when"]):
        for p in a["_lure"]:
            if p in episode_pairs:
                windowed.append((p, a["_when"]))
    wt = []
    for p in sorted({p for p, _ in windowed}):
        ws = [w for q, w in windowed if q == p]
        wt.append({"pair": p, "from": iso(min(ws)), "to": iso(max(ws))})

    def eplist(kind):
        return [{"pair": e["pair"], "from": iso(e["from"]), "to": iso(e["to"])}
                for e in sorted((e for e in eps if e["kind"] == kind), key=lambda e: e["from"])]

    return {
        "escalation": eplist("escalation"),
        "deescalation": eplist("deescalation"),
        "trap_pairs": sorted(trap_pairs),
        "quiet_pairs": sorted(quiet_pairs),
        "incidental_pairs": sorted(incidental),
        "windowed_traps": wt,
    }


def build_readme(arts, key):
    eps = episode_summaries(arts)
    kinds = Counter(a["_kind"] for a in arts)
    synd = sum(1 for a in arts if a.get("_syndicated_from") is not None)
    trap_cats = Counter(a["_category"] for a in arts if a["_kind"] == "trap")
    all_pairs = set()
    for a in arts:
        all_pairs.update(a["_pairs"])
    bg_general = sum(1 for a in arts if a["_kind"] == "background") - len(EPISODE_PAIR_BACKGROUND)
    whens = [a["_when"] for a in arts]
    lines = []
    w = lines.append
    w("# Sample news feed (answer key)")
    w("")
    w("Generated by `scripts/sample_feed.py` (stdlib only, seed %d; re-running it reproduces the files byte for byte; "
      "`--check` verifies them). Do not edit by hand: edit the script and re-run it." % SEED)
    w("")
    w("- Feed: `src/main/resources/io/brink/demo/sample-feed.jsonl` (JSON Lines, UTF-8, sorted by `published`).")
    w("- Machine-readable key: `src/test/resources/io/brink/demo/sample-feed-key.json`.")
    w("- Everything is synthetic: outlets are invented `.example` domains; all text was written for this feed.")
    w("")
    w("## Totals")
    w("")
    w("- %d articles from %d outlets, published %s to %s (6 days of event time)." %
      (len(arts), len({a["_outlet"] for a in arts}), iso(min(whens)), iso(max(whens))))
    w("- %d distinct country pairs named as actors in episode and background items (trap lures not counted)." % len(all_pairs))
    w("- Escalation bursts: %d articles (%d of them syndicated copies)." %
      (kinds["escalation"], sum(1 for a in arts if a["_kind"] == "escalation" and a["_syndicated_from"] is not None)))
    w("- De-escalation episodes: %d articles." % kinds["deescalation"])
    w("- Steady background: %d articles (%d template-generated across %d pairs, at most one per pair per day; "
      "%d hand-written low-key items for episode pairs on days away from their episodes)." %
      (kinds["background"], bg_general, sum(len(v) for v in BACKGROUND_PAIRS.values()), len(EPISODE_PAIR_BACKGROUND)))
    w("- Traps: %d articles." % kinds["trap"])
    w("- Syndicated copies (same text or a small edit, another outlet, 3-45 minutes later): %d." % synd)
    w("")
    langs = Counter(a.get("_language", "en") for a in arts)
    w("- Languages (each article's `language` field): %s. The articles in other languages are the same crises "
      "as the local press of each region reports them, each inside its episode's window and naming only the "
      "episode's two countries, so they corroborate an episode and open none of their own; plus one sport "
      "item (a trap) per language. Brink codes `es` and `fr`; the others are read, counted by language and "
      "skipped until Brink codes them." % ", ".join("%s %d" % (l, langs[l]) for l in ["en", "es", "fr", "de", "ru", "ar", "zh"]))
    w("")
    w("Pair keys are ISO 3166 alpha-3 codes sorted alphabetically and joined with `-` (Kosovo is `XKX`, "
      "Palestine `PSE`, Taiwan `TWN`).")
    w("")
    for kind, label in (("escalation", "Escalation bursts (must alert inside the window)"),
                        ("deescalation", "De-escalation episodes (should register as de-escalation inside the window)")):
        w("## " + label)
        w("")
        w("| pair | from | to | articles | outlets | story |")
        w("|---|---|---|---|---|---|")
        for e in sorted((e for e in eps if e["kind"] == kind), key=lambda e: e["from"]):
            arts_s = "%d" % e["articles"]
            if e["syndicated"]:
                arts_s += " (%d + %d syndicated)" % (e["originals"], e["syndicated"])
            w("| %s | %s | %s | %s | %s | %s |" % (e["pair"], iso(e["from"]), iso(e["to"]), arts_s,
                                                    ", ".join(e["outlets"]), e["name"]))
        w("")
    w("## Articles in other languages")
    w("")
    w("| id | published | outlet | kind | pair | title |")
    w("|---|---|---|---|---|---|")
    for a in sorted((a for a in arts if a.get("_language")), key=lambda a: a["id"]):
        pair = a["_pairs"][0] if a["_pairs"] else a["_lure"][0]
        w("| %s | %s | %s | %s | %s | %s |" % (a["id"], iso(a["_when"]), OUTLETS[a["_outlet"]][0],
                                             a.get("_category") or a["_kind"], pair, a["_title"]))
    w("")
    w("The seed case `demo-seed-iran` sits inside the IRN-ISR burst: Russia's president urges Iran to minimise "
      "civilian casualties in its vowed retaliation against Israel; Russia has delivered fighter jets and "
      "air-defence systems to Iran; the United States warns Iran; Jordan refuses Iran its airspace.")
    w("")
    w("## Traps (must not produce any country-pair alert)")
    w("")
    w("| category | articles | lure pairs |")
    w("|---|---|---|")
    labels = {"sports": "sports (strike, attack, clash, beat, crushed ...)",
              "business": "business price wars / hostile bid",
              "labour_strike": "labour strikes",
              "domestic_ceasefire": "domestic ceasefires (government vs rebels)",
              "turkey_food": "turkey the bird",
              "china_airlines": "China Airlines (Taiwan's carrier)",
              "georgia_us_state": "Georgia the US state",
              "name_collision": "people/places named like countries (Michael Jordan, Israel Okonkwo, Niger Delta)"}
    for cat in labels:
        items = [a for a in arts if a["_kind"] == "trap" and a["_category"] == cat]
        lure = sorted({p for a in items for p in a["_lure"]})
        w("| %s | %d | %s |" % (labels[cat], len(items), ", ".join(lure) or "(single country)"))
    w("")
    w("Windowed traps: these trap lures use an episode pair on a day when that pair is quiet, so a false "
      "alert would show up outside the pair's episode window:")
    w("")
    for t in key["windowed_traps"]:
        n = sum(1 for a in arts if a["_kind"] == "trap" and t["pair"] in a["_lure"])
        w("- %s: %d trap article(s), %s to %s" % (t["pair"], n, t["from"], t["to"]))
    w("")
    w("## Key file")
    w("")
    w("- `escalation`, `deescalation`: pair plus the `published` time of the first and last article of the episode.")
    w("- `trap_pairs` (%d): pairs that only ever appear in trap (or background) items; they must never alert." % len(key["trap_pairs"]))
    w("- `quiet_pairs` (%d): pairs that only appear in steady background; they must never alert." % len(key["quiet_pairs"]))
    w("- `incidental_pairs` (%d): third parties named as actors inside episode articles (mediators, the seed "
      "case's Russia/United States/Jordan, the United States warning North Korea). Each appears in only 1-3 "
      "articles; the key makes no assertion about them." % len(key["incidental_pairs"]))
    w("- `windowed_traps`: as above.")
    w("")
    return "\n".join(lines)


def validate(arts, records, key):
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    check(len(records) >= 320, "fewer than 320 articles: %d" % len(records))
    pubs = [r["published"] for r in records]
    check(pubs == sorted(pubs), "not sorted by published")
    check(all(iso(FEED_START) <= p <= iso(FEED_END) for p in pubs), "published outside the 6-day span")
    check(len({r["id"] for r in records}) == len(records), "duplicate ids")
    check(len({r["url"] for r in records}) == len(records), "duplicate urls")
    check(sum(1 for r in records if r["id"] == "demo-seed-iran") == 1, "seed article missing or duplicated")
    seed = next(r for r in records if r["id"] == "demo-seed-iran")
    for s in ["Russia's president urged Iran to minimise civilian casualties in its vowed retaliation against Israel.",
              "Russia has delivered fighter jets and air-defence systems to Iran, according to officials.",
              "The United States warned Iran against any attack on Israel.",
              "Jordan refused Iran the use of its airspace."]:
        check(s in seed["text"], "seed sentence missing: " + s)
    for a in arts:
        check(3 <= a["_nsent"] <= 8, "sentence count %d in %s" % (a["_nsent"], a["id"]))
        check("{" not in a["_text"] and "{" not in a["_title"], "unfilled placeholder in " + a["id"])
        if a["_kind"] == "background":
            m = BACKGROUND_FORBIDDEN.search(a["_text"] + " " + a["_title"])
            check(m is None, "conflict word %r in background %s" % (m and m.group(0), a["id"]))
    for e in episode_summaries(arts):
        hours = (e["to"] - e["from"]).total_seconds() / 3600
        lo, hi = (8, 20) if e["kind"] == "escalation" else (6, 15)
        check(lo <= e["articles"] <= hi, "%s %s has %d articles" % (e["kind"], e["pair"], e["articles"]))
        check(6 <= hours <= 12, "%s %s spans %.1f h" % (e["kind"], e["pair"], hours))
        check(len(e["outlets"]) >= 3, "%s %s has fewer than 3 outlets" % (e["kind"], e["pair"]))
    # background never bursts: at most 3 items per pair in any 24 h
    by_pair = defaultdict(list)
    for a in arts:
        if a["_kind"] == "background":
            by_pair[a["_pairs"][0]].append(a["_when"])
    for p, ws in by_pair.items():
        ws.sort()
        for i in range(len(ws)):
            j = i
            while j < len(ws) and ws[j] - ws[i] < dt.timedelta(hours=24):
                j += 1
            check(j - i <= 3, "background burst for " + p)
    all_pairs = set()
    for a in arts:
        all_pairs.update(a["_pairs"])
    check(len(all_pairs) >= 24, "fewer than 24 pairs")
    kinds = Counter(a["_kind"] for a in arts)
    check(kinds["trap"] >= 35, "too few traps")
    ep_pairs = {e["pair"] for e in key["escalation"] + key["deescalation"]}
    check(not (set(key["trap_pairs"]) & ep_pairs), "trap pair is an episode pair")
    check(not (set(key["quiet_pairs"]) & ep_pairs), "quiet pair is an episode pair")
    for a in arts:
        if a["_kind"] in ("escalation", "deescalation"):
            check(not (set(a["_pairs"]) & (set(key["trap_pairs"]) | set(key["quiet_pairs"]))),
                  "episode article names a trap/quiet pair: " + a["id"])
    return errors


def render():
    arts, records = build()
    feed = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    key = build_key(arts)
    key_text = json.dumps(key, ensure_ascii=False, indent=2) + "\n"
    readme = build_readme(arts, key) + ""
    errors = validate(arts, records, key)
    return arts, feed, key_text, readme, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the files on disk are up to date")
    args = ap.parse_args()
    arts, feed, key_text, readme, errors = render()
    if errors:
        for e in errors:
            print("invalid: " + e, file=sys.stderr)
        return 1
    outputs = [(FEED_PATH, feed), (KEY_PATH, key_text), (README_PATH, readme)]
    if args.check:
        stale = []
        for path, content in outputs:
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    if f.read() != content:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        for p in stale:
            print("stale: " + os.path.relpath(p, ROOT), file=sys.stderr)
        return 1 if stale else 0
    for path, content in outputs:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    kinds = Counter(a["_kind"] for a in arts)
    print("wrote %d articles (%s)" % (len(arts), ", ".join("%s=%d" % kv for kv in sorted(kinds.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
