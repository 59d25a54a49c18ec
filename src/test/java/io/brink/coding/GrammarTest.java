package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Article;

/** Sentence structures the coder reads, each with sentences written for this test. */
class GrammarTest {

    private static List<String> dyads(String text) {
        return EventCoder.standard().code(new Article("g", "https://wire.example/g", "wire.example",
                        Instant.parse("2026-09-15T08:00:00Z"), "", text, "en")).stream()
                .map(e -> e.src() + ">" + e.tgt() + ":" + e.polarity()).distinct().toList();
    }

    @Test
    void talks_between_two_states_are_a_joint_act() {
        assertThat(dyads("Talks between Armenia and Azerbaijan resumed in Brussels on Monday."))
                .containsExactlyInAnyOrder("ARM>AZE:DEESCALATION", "AZE>ARM:DEESCALATION");
    }

    @Test
    void joint_subjects_who_visit_a_state_visit_it_and_not_each_other() {
        assertThat(dyads("France and Germany visited Kyiv on Thursday."))
                .containsExactlyInAnyOrder("FRA>UKR:DEESCALATION", "DEU>UKR:DEESCALATION");
        assertThat(dyads("The French and German foreign ministers visited Ukraine on Thursday."))
                .containsExactlyInAnyOrder("FRA>UKR:DEESCALATION", "DEU>UKR:DEESCALATION");
        assertThat(dyads("The French and German leaders met in Kyiv on Thursday."))
                .as("where they meet is no party").containsExactlyInAnyOrder("FRA>DEU:DEESCALATION", "DEU>FRA:DEESCALATION");
    }

    @Test
    void crossings_that_weather_closes_are_closed_by_no_state() {
        assertThat(dyads("Ferry crossings between Denmark and Norway were cancelled on Tuesday as a gale swept "
                + "across the Skagerrak.")).isEmpty();
        assertThat(dyads("Thailand closed its border crossings with Cambodia on Tuesday.")).containsExactly("THA>KHM:ESCALATION");
    }

    @Test
    void a_list_of_agents_after_by_that_the_phrase_goes_on_past_acts_as_a_whole() {
        assertThat(dyads("Iran was sanctioned by Britain, France and Germany on Monday."))
                .containsExactlyInAnyOrder("GBR>IRN:ESCALATION", "FRA>IRN:ESCALATION", "DEU>IRN:ESCALATION");
        assertThat(dyads("Under a deal mediated by Turkey, Russia and Ukraine agreed to a truce."))
                .as("a verb after the list makes its last two the subjects")
                .containsExactlyInAnyOrder("TUR>RUS:DEESCALATION", "TUR>UKR:DEESCALATION", "RUS>UKR:DEESCALATION",
                        "UKR>RUS:DEESCALATION");
    }

    @Test
    void a_mediator_between_two_states_acts_towards_both() {
        assertThat(dyads("Qatar offered to mediate between Iran and Saudi Arabia."))
                .containsExactlyInAnyOrder("QAT>IRN:DEESCALATION", "QAT>SAU:DEESCALATION");
    }

    @Test
    void a_demand_in_reported_speech_without_that_is_the_speakers() {
        assertThat(dyads("China said Japan must stop its patrols near the islands."))
                .containsExactly("CHN>JPN:ESCALATION");
    }

    @Test
    void an_insertion_between_commas_keeps_its_actors_to_itself() {
        assertThat(dyads("The Russian president, speaking after a meeting with his security council on Friday, "
                + "threatened Ukraine with retaliation.")).containsExactly("RUS>UKR:ESCALATION");
    }

    @Test
    void a_name_inside_a_compound_adjective_is_not_the_subject() {
        assertThat(dyads("Iran accepted a UN-brokered truce with Iraq."))
                .containsExactlyInAnyOrder("IRN>IRQ:DEESCALATION", "IRQ>IRN:DEESCALATION");
    }

    @Test
    void a_ceasefire_binds_both_sides_whichever_the_sentence_makes_its_subject() {
        assertThat(dyads("Azerbaijan's defence ministry said a truce with Armenia had held through the night."))
                .containsExactlyInAnyOrder("AZE>ARM:DEESCALATION", "ARM>AZE:DEESCALATION");
        assertThat(dyads("Russia suspended its shelling of Ukrainian ports while the grain convoy passed."))
                .containsExactly("RUS>UKR:DEESCALATION");
    }

    @Test
    void a_clash_is_fought_by_both_sides_and_a_strike_by_one() {
        assertThat(dyads("Thai troops clashed with Cambodian forces near the temple on Friday."))
                .containsExactlyInAnyOrder("THA>KHM:ESCALATION", "KHM>THA:ESCALATION");
        assertThat(dyads("Indian artillery struck Pakistani posts overnight."))
                .containsExactly("IND>PAK:ESCALATION");
    }

    @Test
    void whoever_will_face_the_consequences_is_threatened_by_whoever_says_so() {
        assertThat(dyads("Iran's foreign minister said Israel would face a crushing response."))
                .containsExactly("IRN>ISR:ESCALATION");
        assertThat(dyads("Beijing warned that Manila would pay a heavy price for the patrols."))
                .contains("CHN>PHL:ESCALATION").doesNotContain("PHL>CHN:ESCALATION");
    }

    @Test
    void a_threat_told_before_its_attribution_is_made_by_the_state_the_attribution_names() {
        assertThat(dyads("North Korea would face severe consequences if it tested another bomb, Japan's prime"
                + " minister said on Friday.")).containsExactly("JPN>PRK:ESCALATION");
        assertThat(dyads("Tehran will be met with overwhelming force if it closes the strait, a senior US official"
                + " said.")).containsExactly("USA>IRN:ESCALATION");
    }

    @Test
    void a_warning_that_names_no_one_warned_is_to_the_first_other_state_its_that_clause_names() {
        assertThat(dyads("China's ambassador in Canberra warned that Chinese consumers might shun Australian wine."))
                .containsExactly("CHN>AUS:ESCALATION");
        assertThat(dyads("Iran's deputy foreign minister warned that Tehran would walk away from the talks if"
                + " Washington went ahead with new listings.")).containsExactly("IRN>USA:ESCALATION");
        assertThat(dyads("Indonesia's foreign minister warned Malaysia on Monday.")).containsExactly("IDN>MYS:ESCALATION");
    }

    @Test
    void doctors_act_for_themselves_except_as_the_relief_their_state_sends() {
        assertThat(dyads("Cuban doctors and nurses arrived in Italy on Sunday to help hospitals."))
                .containsExactly("CUB>ITA:DEESCALATION");
        assertThat(dyads("Cuban doctors signed a contract with an Italian clinic.")).isEmpty();
    }

    @Test
    void a_journey_may_name_a_part_of_its_destination_first() {
        assertThat(dyads("Nigerian troops landed at the port of Monrovia on Friday to keep the peace."))
                .containsExactly("NGA>LBR:DEESCALATION");
        assertThat(dyads("Egypt's foreign minister arrived at the airport of Khartoum on Friday."))
                .containsExactly("EGY>SDN:DEESCALATION");
    }

    @Test
    void states_that_do_as_another_did_repeat_its_act() {
        assertThat(dyads("Riyadh severed diplomatic relations with Doha on Monday, as did Abu Dhabi, Manama and Cairo."))
                .containsExactlyInAnyOrder("SAU>QAT:ESCALATION", "ARE>QAT:ESCALATION", "BHR>QAT:ESCALATION",
                        "EGY>QAT:ESCALATION");
        assertThat(dyads("Britain imposed sanctions on Russia, and so did Canada."))
                .containsExactlyInAnyOrder("GBR>RUS:ESCALATION", "CAN>RUS:ESCALATION");
    }

    @Test
    void states_joined_by_along_with_as_well_as_or_together_with_act_together() {
        assertThat(dyads("Senegalese troops, along with Nigerian and Ghanaian units, crossed into the Gambia on Thursday."))
                .containsExactlyInAnyOrder("SEN>GMB:ESCALATION", "NGA>GMB:ESCALATION", "GHA>GMB:ESCALATION");
        assertThat(dyads("India, China and Pakistan, as well as Sri Lanka, sent relief flights to Nepal."))
                .containsExactlyInAnyOrder("IND>NPL:DEESCALATION", "CHN>NPL:DEESCALATION", "PAK>NPL:DEESCALATION",
                        "LKA>NPL:DEESCALATION");
        assertThat(dyads("India along with Nepal sent relief flights to Bhutan."))
                .containsExactlyInAnyOrder("IND>BTN:DEESCALATION", "NPL>BTN:DEESCALATION");
    }

    @Test
    void a_parenthesis_is_a_clause_of_its_own() {
        assertThat(dyads("Nigeria (which borders Chad) expelled two diplomats from Niger."))
                .containsExactly("NGA>NER:ESCALATION");
    }

    @Test
    void an_act_named_as_a_noun_and_announced_in_the_passive_is_done_by_the_agents_after_by() {
        assertThat(dyads("New sanctions on Belarusian potash were announced on Monday by Washington, London and Ottawa,"
                + " a year after the election.")).containsExactlyInAnyOrder("USA>BLR:ESCALATION",
                "GBR>BLR:ESCALATION", "CAN>BLR:ESCALATION");
    }

    @Test
    void a_list_of_agents_that_closes_a_passive_acts_whole() {
        assertThat(dyads("Sanctions were imposed on Iran by Britain, France and Germany."))
                .containsExactlyInAnyOrder("GBR>IRN:ESCALATION", "FRA>IRN:ESCALATION", "DEU>IRN:ESCALATION");
        assertThat(dyads("Air defences around Tripoli were pounded overnight by warplanes from France, Britain and"
                + " the United States.")).containsExactlyInAnyOrder("FRA>LBY:ESCALATION", "GBR>LBY:ESCALATION",
                "USA>LBY:ESCALATION");
        assertThat(dyads("The economy was hit by inflation, Ukraine said.")).isEmpty();
    }

    @Test
    void what_goes_from_one_state_to_another_is_done_by_the_first_to_the_second() {
        assertThat(dyads("Friday's delivery of the first four Leopard 2 tanks from Poland to Ukraine was hailed as"
                + " proof of friendship.")).contains("POL>UKR:DEESCALATION").doesNotContain("UKR>POL:DEESCALATION");
        assertThat(dyads("The delivery of tents, water purifiers and 500 tonnes of rice from Japan to cyclone-hit"
                + " southern Bangladesh was completed on Thursday.")).containsExactly("JPN>BGD:DEESCALATION");
    }

    @Test
    void a_state_made_to_act_by_another_acts_answers_it() {
        assertThat(dyads("Indian jets struck a camp near Balakot, prompting Pakistan to recall its envoy."))
                .containsExactlyInAnyOrder("IND>PAK:ESCALATION", "PAK>IND:ESCALATION");
        assertThat(dyads("The United States killed the general in Baghdad, prompting Iran to vow a response."))
                .contains("IRN>USA:ESCALATION");
        assertThat(dyads("Russia massed troops on the border, prompting Ukraine to seek help from Poland."))
                .contains("UKR>POL:DEESCALATION").doesNotContain("UKR>RUS:DEESCALATION");
    }

    @Test
    void a_foreign_mission_besieged_in_the_passive_is_besieged_by_the_country_it_stands_in() {
        assertThat(dyads("The Japanese embassy in Beijing was pelted with eggs on Saturday by thousands of protesters."))
                .containsExactly("CHN>JPN:ESCALATION");
        assertThat(dyads("The US embassy in Cairo was besieged by protesters on Tuesday."))
                .containsExactly("EGY>USA:ESCALATION");
    }

    @Test
    void a_foreigner_remanded_in_custody_by_a_court_in_a_city_is_held_by_that_state() {
        assertThat(dyads("A German correspondent was remanded in custody by a court in Istanbul on Monday."))
                .containsExactly("TUR>DEU:ESCALATION");
    }

    @Test
    void a_participle_between_a_determiner_and_its_noun_describes_the_noun_and_is_no_act() {
        assertThat(dyads("Islamabad handed the captured pilot back to New Delhi at the Wagah crossing on Friday."))
                .doesNotContain("PAK>IND:ESCALATION");
        assertThat(dyads("Pakistan captured an Indian pilot on Wednesday.")).containsExactly("PAK>IND:ESCALATION");
    }

    @Test
    void a_condition_by_inversion_reports_nothing() {
        assertThat(dyads("Were Russia to send troops into Moldova, Romania would close its border.")).isEmpty();
        assertThat(dyads("Should Iran expel the British ambassador, oil prices would soar.")).isEmpty();
        assertThat(dyads("Iran expelled the British ambassador on Monday.")).containsExactly("IRN>GBR:ESCALATION");
    }

    @Test
    void a_states_decision_or_offer_to_act_is_its_own_act_whoever_acted_before() {
        assertThat(dyads("Colombia bombed a camp in Venezuela, and this was followed by Quito's decision to break off"
                + " diplomatic relations with Bogota.")).contains("ECU>COL:ESCALATION");
    }

    @Test
    void forces_sent_to_fight_armed_groups_help_the_host_and_do_not_fight_it() {
        assertThat(dyads("Rwanda sent 1,000 soldiers to Mozambique to confront an Islamist insurgency."))
                .containsExactly("RWA>MOZ:DEESCALATION");
        assertThat(dyads("Rwanda sent 1,000 soldiers to Mozambique to fight insurgents."))
                .containsExactly("RWA>MOZ:DEESCALATION");
    }

    @Test
    void a_warships_port_call_is_a_visit_of_its_state_but_a_crossing_into_waters_is_not() {
        assertThat(dyads("The Russian frigate Admiral Gorshkov sailed into Havana harbour on Wednesday."))
                .containsExactly("RUS>CUB:DEESCALATION");
        assertThat(dyads("Two Chinese navy corvettes berthed at the newly expanded Ream naval base in Cambodia."))
                .containsExactly("CHN>KHM:DEESCALATION");
        assertThat(dyads("Chinese warships sailed into Taiwanese waters on Monday.")).doesNotContain("CHN>TWN:DEESCALATION");
    }

    @Test
    void a_destination_may_be_an_airport_or_base_in_or_outside_a_city() {
        assertThat(dyads("The first 400 Kenyan police officers landed at Toussaint Louverture airport in Port-au-Prince"
                + " on Tuesday to restore order.")).containsExactly("KEN>HTI:DEESCALATION");
        assertThat(dyads("Iranian missiles landed at an air base in Iraq on Tuesday.")).doesNotContain("IRN>IRQ:DEESCALATION");
    }

    @Test
    void an_act_told_by_by_and_a_gerund_is_the_clauses_subjects() {
        assertThat(dyads("Moscow retaliated on Saturday against London's expulsion of 23 of its diplomats by ordering"
                + " 23 British diplomats to leave within a week.")).contains("RUS>GBR:ESCALATION");
    }

    @Test
    void an_act_named_as_a_noun_then_that_and_its_agent_is_the_agents() {
        assertThat(dyads("Sanctions that Washington imposed on Russian banks took effect on Monday."))
                .containsExactly("USA>RUS:ESCALATION");
    }

    @Test
    void people_freed_in_an_exchange_are_freed_both_ways() {
        assertThat(dyads("Jason Rezaian was among four Americans freed by Iran in an exchange that saw seven Iranians"
                + " held in the United States granted clemency."))
                .containsExactlyInAnyOrder("IRN>USA:DEESCALATION", "USA>IRN:DEESCALATION");
    }

    @Test
    void an_irregular_participle_after_be_is_passive() {
        assertThat(dyads("Kuwait City was overrun within hours on Thursday by Iraqi armoured divisions, diplomats said."))
                .containsExactly("IRQ>KWT:ESCALATION");
    }

    @Test
    void a_closing_attribution_may_run_on_in_a_phrase_of_place_time_or_audience() {
        assertThat(dyads("Tehran must release the tanker, Britain's foreign secretary told reporters on arriving in"
                + " Brussels on Thursday.")).contains("GBR>IRN:ESCALATION");
        assertThat(dyads("Russian forces invaded Ukraine on Thursday, and President Zelenskiy said Kyiv was severing"
                + " diplomatic ties with Moscow.")).contains("UKR>RUS:ESCALATION");
    }

    @Test
    void one_states_drills_near_anothers_border_are_a_show_of_force_and_joint_drills_stay_cooperation() {
        assertThat(dyads("Russia staged snap combat-readiness drills involving some 8,500 artillery troops near its"
                + " border with Ukraine on Thursday.")).containsExactly("RUS>UKR:ESCALATION");
        assertThat(dyads("India held military exercises with France on Monday.")).containsExactly("IND>FRA:DEESCALATION");
        assertThat(dyads("Russia and Belarus began joint exercises near the border with Poland."))
                .containsExactlyInAnyOrder("RUS>BLR:DEESCALATION", "BLR>RUS:DEESCALATION");
    }

    @Test
    void a_second_act_joined_by_and_under_an_appeals_to_is_asked_for_too() {
        assertThat(dyads("The Secretary-General urged Ethiopia and Eritrea to halt the fighting over their disputed"
                + " border and return to the negotiating table.")).isEmpty();
        assertThat(dyads("Kenya urged Ethiopia to talk, and Eritrea signed a truce with Ethiopia."))
                .contains("ERI>ETH:DEESCALATION", "ETH>ERI:DEESCALATION");
    }

    @Test
    void a_ships_flag_state_suffers_what_is_done_to_the_ship_but_never_acts_through_it() {
        assertThat(dyads("Iranian commandos seized a British-flagged tanker in the Gulf."))
                .containsExactly("IRN>GBR:ESCALATION");
        assertThat(dyads("A Liberian-flagged freighter rammed a Greek fishing boat off Crete."))
                .isEmpty();
    }

    @Test
    void forces_moving_into_another_states_land_invade_it_and_money_or_refugees_do_not() {
        assertThat(dyads("Israeli ground forces pushed deeper into southern Lebanon on Tuesday."))
                .containsExactly("ISR>LBN:ESCALATION");
        assertThat(dyads("Chinese investment poured into Kenya last year."))
                .isEmpty();
        assertThat(dyads("Thousands of Sudanese families crossed into Chad overnight."))
                .isEmpty();
    }

    @Test
    void a_list_of_targets_gives_one_event_each() {
        assertThat(dyads("The United States imposed sanctions on Iran, Syria and North Korea."))
                .containsExactlyInAnyOrder("USA>IRN:ESCALATION", "USA>SYR:ESCALATION", "USA>PRK:ESCALATION");
    }

    @Test
    void joint_subjects_each_act() {
        assertThat(dyads("France and Germany sent humanitarian aid to Lebanon."))
                .containsExactlyInAnyOrder("FRA>LBN:DEESCALATION", "DEU>LBN:DEESCALATION");
    }

    @Test
    void an_official_stationed_abroad_acts_for_the_state_that_sent_him() {
        assertThat(dyads("The Iranian ambassador in Baghdad warned the United States against further strikes."))
                .containsExactly("IRN>USA:ESCALATION");
    }

    @Test
    void a_conciliatory_act_refused_is_a_rejection() {
        assertThat(dyads("Moscow said it would not accept Washington's terms.")).containsExactly("RUS>USA:ESCALATION");
        assertThat(dyads("Kenya will not accept Somalia's terms if the border stays closed."))
                .as("a conditional refusal has not happened").isEmpty();
    }

    @Test
    void the_holder_of_what_is_demanded_is_the_one_the_demand_is_made_of() {
        assertThat(dyads("Britain demanded the immediate release of its sailors held by Iran."))
                .containsExactly("GBR>IRN:ESCALATION");
    }

    @Test
    void an_official_who_arrives_in_or_flies_to_another_capital_visits_that_state() {
        assertThat(dyads("The Indian foreign minister landed in Dhaka on Sunday."))
                .containsExactly("IND>BGD:DEESCALATION");
        assertThat(dyads("The French president is in Berlin for talks with the chancellor."))
                .containsExactly("FRA>DEU:DEESCALATION");
        assertThat(dyads("The Turkish foreign minister set foot in Cairo on Saturday for the first time in a decade."))
                .containsExactly("TUR>EGY:DEESCALATION");
    }

    @Test
    void weapons_or_refugees_that_land_or_arrive_make_no_visit() {
        assertThat(dyads("Two Russian missiles landed in Poland on Tuesday.")).doesNotContain("RUS>POL:DEESCALATION");
        assertThat(dyads("Syrian refugees arrived in Turkey on Tuesday.")).isEmpty();
    }

    @Test
    void a_truce_that_collapsed_is_no_de_escalation_while_the_fighting_after_it_is_escalation() {
        assertThat(dyads("Kyrgyz and Tajik forces fought along the border a day after a truce collapsed."))
                .containsExactlyInAnyOrder("KGZ>TJK:ESCALATION", "TJK>KGZ:ESCALATION");
        assertThat(dyads("The talks between India and Pakistan broke down on Monday.")).isEmpty();
        assertThat(dyads("India and Pakistan agreed a ceasefire after earlier talks collapsed."))
                .containsExactlyInAnyOrder("IND>PAK:DEESCALATION", "PAK>IND:DEESCALATION");
    }

    @Test
    void two_names_sharing_their_last_word_are_two_actors() {
        assertThat(dyads("North and South Korea held talks on Thursday."))
                .containsExactlyInAnyOrder("PRK>KOR:DEESCALATION", "KOR>PRK:DEESCALATION");
    }

    @Test
    void the_two_countries_are_the_two_the_sentence_named_before() {
        assertThat(dyads("Thai jets struck Cambodian positions as troops from the two countries exchanged fire."))
                .containsExactlyInAnyOrder("THA>KHM:ESCALATION", "KHM>THA:ESCALATION");
    }

    @Test
    void a_verb_of_fire_is_an_attack_only_when_forces_or_weapons_fire() {
        assertThat(dyads("Russian missiles hit Kyiv overnight.")).containsExactly("RUS>UKR:ESCALATION");
        assertThat(dyads("China and Brazil struck a trade deal, hitting American soybean farmers."))
                .doesNotContain("CHN>USA:ESCALATION", "BRA>USA:ESCALATION");
    }

    @Test
    void a_reception_is_the_hosts_welcome_and_the_guests_visit() {
        assertThat(dyads("Greek Prime Minister Kyriakos Mitsotakis was received by President Recep Tayyip Erdogan in Ankara."))
                .containsExactlyInAnyOrder("TUR>GRC:DEESCALATION", "GRC>TUR:DEESCALATION");
    }

    @Test
    void a_court_that_jails_another_states_national_coerces_that_state() {
        assertThat(dyads("A Turkish court jailed an American pastor on Friday.")).containsExactly("TUR>USA:ESCALATION");
    }

    @Test
    void a_state_that_follows_suit_does_what_the_sentence_said_before_to_the_same_target() {
        assertThat(dyads("Venezuela ordered ten army battalions to the Colombian border on Sunday, and Ecuador "
                + "followed suit hours later."))
                .containsExactlyInAnyOrder("VEN>COL:ESCALATION", "ECU>COL:ESCALATION");
    }

    @Test
    void a_quotation_is_said_by_the_state_of_the_speaker_named_after_it() {
        assertThat(dyads("\"We have been consulting closely with Tokyo and Seoul,\" a senior State Department "
                + "official told reporters."))
                .containsExactlyInAnyOrder("USA>JPN:DEESCALATION", "USA>KOR:DEESCALATION");
        assertThat(dyads("\"Israel will pay a heavy price,\" Iran's foreign minister said on Monday."))
                .containsExactly("IRN>ISR:ESCALATION");
    }

    @Test
    void condolences_are_the_senders_whoever_was_telephoned() {
        assertThat(dyads("The Greek prime minister telephoned President Erdogan on Monday to convey his condolences."))
                .containsExactly("GRC>TUR:DEESCALATION");
    }

    @Test
    void a_demand_that_the_other_side_withdraw_its_envoy_escalates() {
        assertThat(dyads("China recalled its ambassador from Vilnius and demanded that Lithuania withdraw its envoy."))
                .containsExactly("CHN>LTU:ESCALATION");
    }

    @Test
    void an_act_named_and_then_imagined_did_not_happen() {
        assertThat(dyads("A Chinese blockade of Taiwan, if it ever came, would send shockwaves through markets."))
                .isEmpty();
    }

    @Test
    void a_broker_named_after_by_or_before_the_hyphen_mediates_towards_every_party() {
        assertThat(dyads("In a deal brokered by China, Saudi Arabia and Iran signed an agreement to restore relations."))
                .contains("CHN>SAU:DEESCALATION", "CHN>IRN:DEESCALATION", "SAU>IRN:DEESCALATION");
        assertThat(dyads("Armenia and Azerbaijan signed a Russian-brokered agreement to end the fighting."))
                .contains("RUS>ARM:DEESCALATION", "RUS>AZE:DEESCALATION");
        assertThat(dyads("Russia and Ukraine exchanged prisoners in a swap mediated by Turkey and the United Nations."))
                .contains("TUR>RUS:DEESCALATION", "TUR>UKR:DEESCALATION")
                .allMatch(d -> d.matches("[A-Z]{3}>[A-Z]{3}:.*"));
    }

    @Test
    void a_participle_that_opens_the_sentence_has_the_main_clauses_subject() {
        assertThat(dyads("Hosting the Russian president in Astana on Thursday, Kazakhstan's leader praised ties "
                + "between the two neighbours."))
                .contains("KAZ>RUS:DEESCALATION");
    }

    @Test
    void a_visit_by_an_official_is_made_by_the_officials_state() {
        assertThat(dyads("It was the first visit by an Ethiopian leader to Eritrea in two decades."))
                .containsExactly("ETH>ERI:DEESCALATION");
    }

    @Test
    void an_act_done_to_a_state_prompting_it_to_act_is_answered_by_that_state() {
        assertThat(dyads("Colombia turned back two US military aircraft carrying migrants, prompting President "
                + "Trump to threaten steep tariffs on Colombian goods."))
                .contains("COL>USA:ESCALATION", "USA>COL:ESCALATION");
    }

    @Test
    void two_states_that_meet_somewhere_act_together_and_the_place_is_no_party() {
        assertThat(dyads("Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali shook hands on Thursday "
                + "in St Vincent and the Grenadines."))
                .containsExactlyInAnyOrder("VEN>GUY:DEESCALATION", "GUY>VEN:DEESCALATION");
    }

    @Test
    void a_second_verb_after_and_now_keeps_the_first_verbs_subject() {
        assertThat(dyads("Nicaragua has broken off diplomatic relations with Taiwan and now recognises China."))
                .containsExactlyInAnyOrder("NIC>TWN:ESCALATION", "NIC>CHN:DEESCALATION");
    }

    @Test
    void possessive_offices_joined_by_and_are_a_joint_subject() {
        assertThat(dyads("Venezuela's president and Guyana's president shook hands on Thursday."))
                .containsExactlyInAnyOrder("VEN>GUY:DEESCALATION", "GUY>VEN:DEESCALATION");
    }

    @Test
    void after_a_and_b_a_comma_closes_the_phrase_instead_of_listing_on() {
        assertThat(dyads("After talks brokered by France and Germany, Russia and Ukraine agreed to a ceasefire."))
                .contains("RUS>UKR:DEESCALATION", "UKR>RUS:DEESCALATION", "FRA>RUS:DEESCALATION", "DEU>UKR:DEESCALATION")
                .doesNotContain("FRA>DEU:DEESCALATION", "DEU>FRA:DEESCALATION");
    }

    @Test
    void releasing_people_named_by_nationality_is_a_release_and_releasing_a_statement_is_not() {
        assertThat(dyads("Washington released five Iranians held in the United States.")).containsExactly("USA>IRN:DEESCALATION");
        assertThat(dyads("China released a statement criticising Japan.")).doesNotContain("CHN>JPN:DEESCALATION");
    }

    @Test
    void the_two_koreas_are_north_and_south_korea() {
        assertThat(dyads("Soldiers from the two Koreas exchanged gunfire across the border."))
                .containsExactlyInAnyOrder("PRK>KOR:ESCALATION", "KOR>PRK:ESCALATION");
    }

    @Test
    void a_dual_national_is_a_national_of_the_other_state_too() {
        assertThat(dyads("Iran's Revolutionary Guards arrested a British-Iranian charity worker at Tehran airport."))
                .containsExactly("IRN>GBR:ESCALATION");
        assertThat(dyads("A British-Iranian charity worker was arrested by Iran's Revolutionary Guards at Tehran airport."))
                .as("in the passive too").containsExactly("IRN>GBR:ESCALATION");
    }

    @Test
    void a_demand_that_the_other_side_pull_back_or_hold_its_fire_is_an_appeal_for_restraint() {
        assertThat(dyads("Britain's foreign secretary demanded on Wednesday that Moscow pull its forces back from "
                + "the border.")).containsExactly("GBR>RUS:DEESCALATION");
        assertThat(dyads("France demanded that Iran release the two French teachers."))
                .as("a demand for anything else stays a demand").containsExactly("FRA>IRN:ESCALATION");
    }

    @Test
    void where_a_speaker_is_does_not_speak_the_speakers_words() {
        assertThat(dyads("The Turkish foreign minister, visiting Baghdad on Monday, said Syria must expel the "
                + "militant leader.")).contains("TUR>SYR:ESCALATION").doesNotContain("IRQ>SYR:ESCALATION");
    }

    @Test
    void two_who_talk_or_agree_do_it_with_each_other_whatever_third_country_they_name() {
        assertThat(dyads("The Israeli and Jordanian leaders shook hands on the White House lawn on Monday."))
                .containsExactlyInAnyOrder("ISR>JOR:DEESCALATION", "JOR>ISR:DEESCALATION");
        assertThat(dyads("India and Pakistan held talks on Afghanistan in Tashkent."))
                .containsExactlyInAnyOrder("IND>PAK:DEESCALATION", "PAK>IND:DEESCALATION");
        assertThat(dyads("The Israeli prime minister and the Jordanian king signed a peace treaty on their border, "
                + "with the American president looking on.")).as("a witness is no party")
                .containsExactlyInAnyOrder("ISR>JOR:DEESCALATION", "JOR>ISR:DEESCALATION");
        assertThat(dyads("Britain and France held talks with Iran in Geneva."))
                .as("with whom they talk is named").contains("GBR>IRN:DEESCALATION", "FRA>IRN:DEESCALATION");
    }

    @Test
    void a_state_hit_with_an_act_by_others_suffers_it_from_each_of_them() {
        assertThat(dyads("Iran was hit with fresh sanctions by Britain and Canada on Thursday."))
                .containsExactlyInAnyOrder("GBR>IRN:ESCALATION", "CAN>IRN:ESCALATION");
    }

    @Test
    void a_demand_inside_an_opening_quotation_is_made_by_the_speakers_state() {
        assertThat(dyads("'Tehran must stop arming the militia,' the Saudi foreign minister said."))
                .containsExactly("SAU>IRN:ESCALATION");
    }

    @Test
    void the_capital_an_envoy_is_recalled_from_is_the_state_it_served_in() {
        assertThat(dyads("Ankara recalled its ambassador from Tel Aviv on Monday.")).containsExactly("TUR>ISR:ESCALATION");
        assertThat(dyads("Canberra recalled its envoy in Paris.")).containsExactly("AUS>FRA:ESCALATION");
        assertThat(dyads("Ministers agreed a ceasefire in Havana.")).as("elsewhere a capital after 'in' is a venue")
                .isEmpty();
    }

    @Test
    void a_relative_clause_after_a_speech_act_is_its_antecedents_own_act() {
        assertThat(dyads("The decision drew sharp criticism from Washington, which has demanded that Islamabad "
                + "close the camps.")).contains("USA>PAK:ESCALATION");
    }

    @Test
    void a_hostile_act_that_names_no_victim_is_done_to_the_state_that_says_so() {
        assertThat(dyads("Eritrea said on Thursday that Ethiopia had massed tens of thousands of troops near Bure."))
                .containsExactly("ETH>ERI:ESCALATION");
        assertThat(dyads("Ukraine said Russia had launched 40 drones overnight.")).containsExactly("RUS>UKR:ESCALATION");
        assertThat(dyads("Russian drones struck a fuel depot overnight, the Israeli army said."))
                .as("a closing attribution is as often a third party's").isEmpty();
    }

    @Test
    void an_office_holder_named_between_commas_still_joins_the_next_actor() {
        assertThat(dyads("China's top diplomat, Wang Yi, and the Japanese foreign minister met in Jakarta on Thursday."))
                .containsExactlyInAnyOrder("CHN>JPN:DEESCALATION", "JPN>CHN:DEESCALATION");
        assertThat(dyads("Russia's foreign minister and his German counterpart spoke by telephone on Monday."))
                .containsExactlyInAnyOrder("RUS>DEU:DEESCALATION", "DEU>RUS:DEESCALATION");
    }

    @Test
    void what_talks_are_about_and_what_a_visit_is_dated_from_are_not_acts_of_the_sentence() {
        assertThat(dyads("Russia's foreign minister telephoned his Turkish counterpart to discuss the fighting in Idlib."))
                .containsExactlyInAnyOrder("RUS>TUR:DEESCALATION");
        assertThat(dyads("India's foreign minister was in Moscow on Tuesday, his first visit to Russia since the "
                + "invasion of Ukraine."))
                .containsExactly("IND>RUS:DEESCALATION");
        assertThat(dyads("Russia has shelled Kharkiv every day since the invasion began."))
                .as("the act dated from it still is").containsExactly("RUS>UKR:ESCALATION");
    }

    @Test
    void a_by_inside_a_phrase_led_by_a_verb_belongs_to_its_noun_not_to_the_verb() {
        assertThat(dyads("China's premier arrived in Hanoi on Monday on the first visit by a Chinese head of government."))
                .containsExactly("CHN>VNM:DEESCALATION");
        assertThat(dyads("Two Iraqi jets were shot down by Iran.")).containsExactly("IRN>IRQ:ESCALATION");
    }

    @Test
    void a_new_actor_after_comma_and_or_comma_as_starts_a_clause_of_its_own() {
        assertThat(dyads("China and South Korea established diplomatic relations on Monday, and Seoul severed its "
                + "official ties with Taipei the same day."))
                .contains("CHN>KOR:DEESCALATION", "KOR>CHN:DEESCALATION", "KOR>TWN:ESCALATION")
                .doesNotContain("CHN>TWN:DEESCALATION");
        assertThat(dyads("China and South Korea established diplomatic relations on Monday, as Seoul ended its "
                + "official ties with Taipei."))
                .contains("CHN>KOR:DEESCALATION", "KOR>CHN:DEESCALATION")
                .doesNotContain("CHN>TWN:DEESCALATION", "KOR>TWN:DEESCALATION");
    }

    @Test
    void two_leaders_joined_by_and_act_together_whatever_titles_stand_between() {
        assertThat(dyads("Narendra Modi and President Emmanuel Macron spoke by telephone on Saturday."))
                .containsExactlyInAnyOrder("IND>FRA:DEESCALATION", "FRA>IND:DEESCALATION");
    }

    @Test
    void what_a_condition_imagines_has_not_happened() {
        assertThat(dyads("If Russia were to cut off gas supplies entirely, Germany would have to ration gas."))
                .isEmpty();
        assertThat(dyads("Israel will resume fighting in Gaza if Hamas does not free the hostages."))
                .containsExactly("ISR>PSE:ESCALATION");
    }

    @Test
    void two_states_massing_troops_face_each_other_and_are_no_joint_exercise() {
        assertThat(dyads("India and Pakistan continued to mass troops along their border on Thursday."))
                .containsExactlyInAnyOrder("IND>PAK:ESCALATION", "PAK>IND:ESCALATION");
    }

    @Test
    void a_charge_that_describes_a_noun_is_no_accusation_and_hides_no_act() {
        assertThat(dyads("Two Russian diplomats accused of spying were expelled by Estonia."))
                .containsExactly("EST>RUS:ESCALATION");
        assertThat(dyads("Venezuela arrested two US citizens accused of plotting against Maduro."))
                .containsExactly("VEN>USA:ESCALATION");
    }

    @Test
    void where_one_korea_is_named_the_south_and_the_north_are_the_other() {
        assertThat(dyads("North Korea abruptly called off high-level talks with the South."))
                .containsExactly("PRK>KOR:ESCALATION");
        assertThat(dyads("Seoul accused the North of firing rockets.")).containsExactly("KOR>PRK:ESCALATION");
        assertThat(dyads("Brazil called off talks with the South.")).isEmpty();
    }

    @Test
    void leaders_named_with_titles_possessives_and_names_the_gazetteer_does_not_know_are_joint_subjects() {
        assertThat(dyads("President Lee Jae-myung and North Korean leader Kim Jong-un signed a declaration on Wednesday."))
                .containsExactlyInAnyOrder("KOR>PRK:DEESCALATION", "PRK>KOR:DEESCALATION");
        assertThat(dyads("Thailand's acting prime minister Phumtham Wechayachai and Cambodia's Hun Manet agreed "
                + "on Monday to an immediate ceasefire."))
                .containsExactlyInAnyOrder("THA>KHM:DEESCALATION", "KHM>THA:DEESCALATION");
    }

    @Test
    void a_passive_agent_may_follow_where_the_act_took_place() {
        assertThat(dyads("The Indian prime minister rode a bus into Lahore on Saturday and was welcomed with a warm "
                + "handshake by the Pakistani prime minister."))
                .containsExactly("PAK>IND:DEESCALATION");
    }
    @Test
    void a_relative_clause_closed_inside_an_insertion_leaves_the_verb_after_it_to_the_subject() {
        assertThat(dyads("Eritrea's president, in a rare interview that was published on Monday, rejected "
                + "Ethiopia's peace proposal.")).containsExactly("ERI>ETH:ESCALATION");
        assertThat(dyads("Eritrea's militias back the movement that rejected Ethiopia's peace proposal."))
                .as("an open relative clause: its subject is the movement, not the country before it")
                .doesNotContain("ERI>ETH:ESCALATION");
    }
    @Test
    void a_national_freed_after_being_held_in_a_country_is_freed_by_it_whatever_the_sentence_names_after() {
        assertThat(dyads("Sweden's prime minister confirmed that a Swedish citizen detained in Iran for three years "
                + "had been freed and was on his way home, thanking Oman for its help."))
                .contains("IRN>SWE:DEESCALATION").doesNotContain("OMN>IRN:DEESCALATION");
    }
    @Test
    void an_offer_refused_is_not_carried_out() {
        assertThat(dyads("Syria rejected an invitation from France to attend a meeting with Israel."))
                .containsExactly("SYR>FRA:ESCALATION");
        assertThat(dyads("Syria rejected the charges and agreed to talks with Israel."))
                .as("a second act of its own, no offer between").contains("SYR>ISR:DEESCALATION");
    }
    @Test
    void what_an_official_told_reporters_is_what_was_said_not_a_relative_clause() {
        assertThat(dyads("A senior Lithuanian security official told reporters that initial evidence pointed to "
                + "attackers operating from Belarus.")).containsExactly("LTU>BLR:ESCALATION");
    }
}
