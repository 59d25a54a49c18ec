package io.brink.coding;

import static io.brink.coding.EventCoderTest.dyads;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lexicon covers each CAMEO category in its verbs, their nouns and particle verbs, not only
 * the one phrasing someone first wrote down. One specification a category, in plain sentences,
 * so these hold whatever the grammar around the lexicon does.
 */
class LexiconCategoriesTest {

    @Test
    void releasing_or_handing_over_people_is_a_release_by_its_noun_and_particle_verbs_too() {
        assertThat(dyads("India announced the release of 40 detained Pakistani fishermen."))
                .containsExactly("IND>PAK:RELEASE");
        assertThat(dyads("Iran set the British sailors free.")).containsExactly("IRN>GBR:RELEASE");
        assertThat(dyads("Syria handed over the captured pilot to Jordan.")).containsExactly("SYR>JOR:RELEASE");
    }

    @Test
    void lifting_a_ban_admitting_inspectors_and_bowing_to_pressure_are_concessions() {
        assertThat(dyads("Egypt lifted its ban on imports from Turkey.")).containsExactly("EGY>TUR:EASE");
        assertThat(dyads("Serbia bowed to pressure from Russia.")).containsExactly("SRB>RUS:EASE");
        assertThat(dyads("Iraq agreed to admit inspectors from Britain.")).contains("IRQ>GBR:EASE");
    }

    @Test
    void a_restriction_eased_by_any_verb_is_an_easing_not_an_imposition() {
        assertThat(dyads("Russia eased its visa regime for Georgian citizens.")).containsExactly("RUS>GEO:EASE");
        assertThat(dyads("Russia relaxed visa rules for Georgian citizens.")).containsExactly("RUS>GEO:EASE");
        assertThat(dyads("China said it would lift its duties on Australian barley.")).containsExactly("CHN>AUS:EASE");
        assertThat(dyads("Russia introduced visa requirements for Georgian citizens.")).containsExactly("RUS>GEO:SANCTION");
    }

    @Test
    void trade_grown_between_two_states_is_their_cooperation() {
        assertThat(dyads("Turkey pledged to expand trade with Egypt.")).containsExactly("TUR>EGY:COOPERATE");
        assertThat(dyads("Turkey and Egypt will work to boost bilateral trade to $5 billion."))
                .containsExactlyInAnyOrder("TUR>EGY:COOPERATE", "EGY>TUR:COOPERATE");
    }

    @Test
    void posture_aid_and_services_in_their_other_words() {
        assertThat(dyads("India announced its biggest military build-up against Pakistan in three decades."))
                .containsExactly("IND>PAK:MOBILIZE");
        assertThat(dyads("Nigeria will provide troops for the peacekeeping force in Liberia.")).containsExactly("NGA>LBR:AID");
        assertThat(dyads("India restored e-visa services for Canadian nationals.")).containsExactly("IND>CAN:EASE");
        assertThat(dyads("Saudi Arabia handed 40 tonnes of medicines to Sudan.")).containsExactly("SAU>SDN:AID");
        assertThat(dyads("Ukrainian drones set an oil refinery ablaze in Russia's Volgograd region.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(dyads("Australia will gift another 20 protected mobility vehicles to Ukraine."))
                .containsExactly("AUS>UKR:ARMS_TRANSFER");
    }

    @Test
    void units_and_soldiers_pulled_back_are_a_withdrawal_as_troops_are() {
        assertThat(dyads("Russia pulled back units from the border with Ukraine.")).containsExactly("RUS>UKR:WITHDRAW");
    }

    @Test
    void exercises_two_states_hold_together_are_military_cooperation_one_states_are_not() {
        assertThat(dyads("Russia and China began naval drills in the Sea of Japan on Monday."))
                .containsExactlyInAnyOrder("RUS>CHN:COOPERATE", "CHN>RUS:COOPERATE");
        assertThat(dyads("French and Egyptian warships launched war games, to be joined later by Italian vessels."))
                .containsExactlyInAnyOrder("FRA>EGY:COOPERATE", "EGY>FRA:COOPERATE");
        assertThat(dyads("India held military exercises with France in Rajasthan.")).containsExactly("IND>FRA:COOPERATE");
        assertThat(dyads("Russia held naval drills in the Baltic, alarming Lithuania.")).isEmpty();
        assertThat(dyads("Russia and Belarus began military drills near the Polish border."))
                .containsExactlyInAnyOrder("RUS>POL:MOBILIZE", "BLR>POL:MOBILIZE");
    }

    @Test
    void a_state_named_as_where_near_a_border_is_no_partner_of_a_joint_act() {
        assertThat(dyads("Russia and Belarus began joint military exercises near the border with Poland on Monday."))
                .containsExactlyInAnyOrder("RUS>BLR:COOPERATE", "BLR>RUS:COOPERATE");
        assertThat(dyads("Turkey and Azerbaijan held joint exercises near the Armenian border."))
                .containsExactlyInAnyOrder("TUR>AZE:COOPERATE", "AZE>TUR:COOPERATE");
        assertThat(dyads("Russia held joint exercises near the border with Poland.")).as("no partner named").isEmpty();
        assertThat(dyads("India reopened its border with Pakistan on Monday."))
                .as("a border the act opens names its target").containsExactly("IND>PAK:EASE");
    }

    @Test
    void a_meeting_hosted_between_two_others_is_mediation_toward_both() {
        assertThat(dyads("Morocco offered to host a meeting between Israel and the Palestinians."))
                .containsExactlyInAnyOrder("MAR>ISR:MEDIATE", "MAR>PSE:MEDIATE");
    }

    @Test
    void a_mediator_named_after_the_parties_mediates_between_them() {
        assertThat(dyads("Israel and Hamas agreed to a ceasefire after Egyptian mediation."))
                .contains("EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE");
        assertThat(dyads("Armenia and Azerbaijan signed a peace treaty, with the United States mediating."))
                .contains("USA>ARM:MEDIATE", "USA>AZE:MEDIATE");
        assertThat(dyads("Oman passed messages between Iran and the United States."))
                .containsExactlyInAnyOrder("OMN>IRN:MEDIATE", "OMN>USA:MEDIATE");
        assertThat(dyads("Norway's envoy shuttled between Colombia and Venezuela."))
                .containsExactlyInAnyOrder("NOR>COL:MEDIATE", "NOR>VEN:MEDIATE");
    }

    @Test
    void the_verbs_that_close_an_agreement_take_every_word_for_one() {
        assertThat(dyads("Chile and Argentina sealed a deal on a gas pipeline."))
                .containsExactlyInAnyOrder("CHL>ARG:AGREE", "ARG>CHL:AGREE");
        assertThat(dyads("Peru and Bolivia struck an agreement to share water.")).contains("PER>BOL:AGREE");
        assertThat(dyads("Vietnam and the United States finalised a deal on tariffs.")).contains("VNM>USA:AGREE");
        assertThat(dyads("The treaty, signed by Israel and Jordan, ended decades of hostility."))
                .containsExactlyInAnyOrder("ISR>JOR:AGREE", "JOR>ISR:AGREE");
        assertThat(dyads("Russian missiles struck Kyiv hours after the deal was announced."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_pair_written_as_one_word_acts_together() {
        assertThat(dyads("A Russian-Ukrainian prisoner exchange took place on Friday."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE");
        assertThat(dyads("Turkey hosted Russia-Ukraine talks in Istanbul."))
                .containsExactlyInAnyOrder("TUR>RUS:MEDIATE", "TUR>UKR:MEDIATE");
        assertThat(dyads("A British-Iranian aid worker was arrested by Iran.")).containsExactly("IRN>GBR:COERCE");
    }

    @Test
    void sanctions_aimed_at_a_state_are_sanctions_however_they_are_told() {
        assertThat(dyads("Washington targeted Iran with new sanctions.")).containsExactly("USA>IRN:SANCTION");
        assertThat(dyads("The US designated two Iranian companies for sanctions."))
                .containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_border_clash_is_fought_by_both_sides_and_a_verbal_clash_is_none() {
        assertThat(dyads("Thailand and Cambodia clash over disputed border."))
                .containsExactlyInAnyOrder("THA>KHM:ATTACK", "KHM>THA:ATTACK");
        assertThat(dyads("Indian and Chinese soldiers clashed in the Galwan valley."))
                .containsExactlyInAnyOrder("IND>CHN:ATTACK", "CHN>IND:ATTACK");
        assertThat(dyads("France and Germany clashed over the budget rules.")).isEmpty();
        assertThat(dyads("Cambodian troops opened fire first on a Thai patrol.")).containsExactly("KHM>THA:ATTACK");
        assertThat(dyads("Indian troops fired across the border into Pakistan.")).containsExactly("IND>PAK:ATTACK");
        assertThat(dyads("The company fired 200 workers in India.")).isEmpty();
    }

    @Test
    void blame_traded_is_an_accusation_each_way_and_crossings_ordered_closed_a_sanction() {
        assertThat(dyads("Bangkok and Phnom Penh traded blame after the deadly clash."))
                .contains("THA>KHM:ACCUSE", "KHM>THA:ACCUSE");
        assertThat(dyads("Russia and Ukraine traded accusations over the shelling of the plant."))
                .containsExactlyInAnyOrder("RUS>UKR:ACCUSE", "UKR>RUS:ACCUSE");
        assertThat(dyads("Bangkok ordered all land crossings with Cambodia closed on Saturday."))
                .containsExactly("THA>KHM:SANCTION");
    }

    @Test
    void two_who_act_together_go_on_acting_together_after_and() {
        assertThat(dyads("Thailand and Cambodia reopened the border and withdrew troops."))
                .containsExactlyInAnyOrder("THA>KHM:EASE", "KHM>THA:EASE", "THA>KHM:WITHDRAW", "KHM>THA:WITHDRAW");
    }

    @Test
    void a_swap_told_from_one_side_is_a_release_by_both_and_the_holder_frees_those_held_in_it() {
        assertThat(dyads("Israel freed 50 Palestinian prisoners in exchange for 20 Israeli hostages."))
                .containsExactlyInAnyOrder("ISR>PSE:RELEASE", "PSE>ISR:RELEASE");
        assertThat(dyads("Two British sailors detained in Iran were released on Monday."))
                .containsExactly("IRN>GBR:RELEASE");
        assertThat(dyads("India returned a Pakistani soldier who had strayed across the border."))
                .containsExactly("IND>PAK:RELEASE");
    }

    @Test
    void visas_required_of_a_states_citizens_are_a_sanction_and_relief_carried_in_is_aid() {
        assertThat(dyads("Russia introduced visa requirements for Georgian citizens.")).containsExactly("RUS>GEO:SANCTION");
        assertThat(dyads("U.S. helicopters began ferrying food and water to survivors in Indonesia."))
                .containsExactly("USA>IDN:AID");
        assertThat(dyads("Greece lifted its trade embargo on the former Yugoslav republic of Macedonia."))
                .as("the United Nations' name for the state, written in lower case").containsExactly("GRC>MKD:EASE");
    }

    @Test
    void a_protest_at_a_states_mission_or_flag_is_against_that_state_by_the_protesters_or_the_host() {
        assertThat(dyads("Hundreds of Syrian protesters stormed the Danish embassy in Damascus."))
                .containsExactly("SYR>DNK:PROTEST");
        assertThat(dyads("Protesters stormed the Danish embassy in Damascus.")).containsExactly("SYR>DNK:PROTEST");
        assertThat(dyads("Rioters set fire to the U.S. consulate in Benghazi.")).containsExactly("LBY>USA:PROTEST");
        assertThat(dyads("Students burned Israeli flags outside the embassy in Amman."))
                .as("the flag's state is protested against, never the protester").containsExactly("JOR>ISR:PROTEST");
    }

    @Test
    void forces_deployed_to_help_a_state_are_protection_not_a_show_of_force_against_it() {
        assertThat(dyads("France deployed troops to Mali to help the government fight jihadists."))
                .containsExactly("FRA>MLI:AID");
        assertThat(dyads("Britain sent warships to protect Guyana.")).containsExactly("GBR>GUY:AID");
        assertThat(dyads("India deployed a battalion of troops to South Sudan as part of the UN mission."))
                .as("serving in a mission of the United Nations").containsExactly("IND>SSD:AID");
        assertThat(dyads("Russia deployed troops to the border with Ukraine.")).containsExactly("RUS>UKR:MOBILIZE");
        assertThat(dyads("Rwanda began deploying 1,000 soldiers to Mozambique's north on Friday at Maputo's request."))
                .as("at the host's own request").containsExactly("RWA>MOZ:AID");
    }

    @Test
    void people_handed_over_go_to_the_state_named_after_to_and_counted_nationals_are_each_released() {
        assertThat(dyads("Thailand extradited the Russian arms dealer to the United States on Tuesday."))
                .as("extradited to a state, not to the person's own").containsExactly("THA>USA:COOPERATE");
        assertThat(dyads("Moscow handed the two suspects over to Britain.")).containsExactly("RUS>GBR:RELEASE");
        assertThat(dyads("Israel freed 23 Lebanese and some 400 Palestinian prisoners."))
                .containsExactlyInAnyOrder("ISR>LBN:RELEASE", "ISR>PSE:RELEASE");
        assertThat(dyads("Iraq freed 35 prisoners, among them 15 Americans and nine Britons, handing them over to the Red Cross."))
                .as("people counted together are no parties to each other")
                .containsExactlyInAnyOrder("IRQ>USA:RELEASE", "IRQ>GBR:RELEASE");
        assertThat(dyads("Germany, Switzerland and India sent rescue teams and relief supplies."))
                .as("aid is given to someone, never exchanged between those who give it").isEmpty();
        assertThat(dyads("Gunbattles between Israeli troops and Palestinian police raged for a fourth day."))
                .containsExactlyInAnyOrder("ISR>PSE:ATTACK", "PSE>ISR:ATTACK");
    }

    @Test
    void a_commonwealth_mission_is_a_mission_and_visas_imposed_or_aid_let_in_are_read() {
        assertThat(dyads("India ordered Pakistan to cut the strength of its High Commission in New Delhi by half."))
                .containsExactly("IND>PAK:EXPEL");
        assertThat(dyads("Rabat imposed visas on Algerian nationals.")).containsExactly("MAR>DZA:SANCTION");
        assertThat(dyads("Burma allowed the first American aid flights into the country."))
                .containsExactly("MMR>USA:EASE");
    }

    @Test
    void forces_sent_stationed_or_contributed_are_protection_only_when_the_sentence_says_what_for() {
        assertThat(dyads("Kenya sent 400 police officers to Haiti to help restore order.")).containsExactly("KEN>HTI:AID");
        assertThat(dyads("Moscow will station 5,000 troops in Armenia to guard its border with Turkey."))
                .containsExactly("RUS>ARM:AID");
        assertThat(dyads("Ghana contributed 800 soldiers to the regional force in Sierra Leone."))
                .as("serving in a force of a body of states").containsExactly("GHA>SLE:AID");
        assertThat(dyads("Turkey sent troops to Syria on Tuesday.")).as("a friend's or an invader's: no reading")
                .isEmpty();
        assertThat(dyads("India sent six fighter jets to Vietnam.")).as("aircraft sent are arms, not a contingent")
                .doesNotContain("IND>VNM:MOBILIZE");
        assertThat(dyads("Kuwait asked Washington to send troops to defend the emirate."))
                .as("forces asked for are help asked for").containsExactly("KWT>USA:APPEAL");
    }

    @Test
    void military_de_escalation_is_told_as_what_is_pulled_back_recalled_lowered_or_taken_down() {
        assertThat(dyads("Armenia and Azerbaijan pulled back heavy weapons from the front line."))
                .containsExactlyInAnyOrder("ARM>AZE:WITHDRAW", "AZE>ARM:WITHDRAW");
        assertThat(dyads("China recalled its warships from waters near Taiwan.")).containsExactly("CHN>TWN:WITHDRAW");
        assertThat(dyads("India lowered the alert level of its troops along the border with Pakistan."))
                .containsExactly("IND>PAK:WITHDRAW");
    }

    @Test
    void a_purpose_that_names_its_own_party_is_aimed_at_it_by_the_main_subject() {
        assertThat(dyads("South Korea scaled back its drills with the United States to ease tensions with North Korea."))
                .contains("KOR>PRK:DEESCALATION_MECHANISM").doesNotContain("USA>PRK:DEESCALATION_MECHANISM");
    }

    @Test
    void a_states_bodies_outlawed_or_its_services_suspended_are_administrative_sanctions() {
        assertThat(dyads("Russia declared a German broadcaster an undesirable organisation."))
                .containsExactly("RUS>DEU:SANCTION");
        assertThat(dyads("Pakistan suspended the train service to India.")).containsExactly("PAK>IND:SANCTION");
    }

    @Test
    void a_joint_project_two_states_open_or_launch_is_cooperation() {
        assertThat(dyads("Turkey and Azerbaijan opened a new gas pipeline."))
                .containsExactlyInAnyOrder("TUR>AZE:COOPERATE", "AZE>TUR:COOPERATE");
        assertThat(dyads("Germany and France launched a joint fighter jet programme."))
                .containsExactlyInAnyOrder("DEU>FRA:COOPERATE", "FRA>DEU:COOPERATE");
        assertThat(dyads("Iran launched a nuclear programme.")).isEmpty();
    }

    @Test
    void an_attack_on_positions_is_fire_and_an_attack_on_a_stance_is_criticism() {
        assertThat(dyads("Armenia said Azerbaijani forces had attacked its positions.")).containsExactly("AZE>ARM:ATTACK");
        assertThat(dyads("Russian forces attacked Ukrainian positions near Bakhmut.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("France attacked Germany's stance on migration.")).containsExactly("FRA>DEU:ACCUSE");
    }

    @Test
    void any_envoy_summoned_or_called_in_hears_a_protest() {
        assertThat(dyads("Belarus summoned Lithuania's chargé d'affaires over the expulsions."))
                .containsExactly("BLR>LTU:ACCUSE");
        assertThat(dyads("Hanoi summoned a senior Chinese diplomat on Friday.")).containsExactly("VNM>CHN:ACCUSE");
        assertThat(dyads("Britain's foreign ministry called in the Iranian envoy."))
                .containsExactly("GBR>IRN:ACCUSE");
    }

    @Test
    void a_withdrawal_is_coded_from_its_noun_as_from_its_verb() {
        assertThat(dyads("Syria completed its withdrawal from Lebanon.")).containsExactly("SYR>LBN:WITHDRAW");
        assertThat(dyads("Ethiopia began the pullout of its troops from Somalia.")).containsExactly("ETH>SOM:WITHDRAW");
    }

    @Test
    void negotiation_is_coded_in_its_many_phrasings() {
        assertThat(dyads("Egypt opened negotiations with Sudan.")).containsExactly("EGY>SDN:NEGOTIATE");
        assertThat(dyads("Japan began a new round of talks with South Korea.")).containsExactly("JPN>KOR:NEGOTIATE");
    }

    @Test
    void ceasefires_settlements_and_appeals_for_withdrawal_are_de_escalation() {
        assertThat(dyads("Armenia and Azerbaijan agreed to stop the fighting.")).contains("ARM>AZE:CEASEFIRE");
        assertThat(dyads("Peru and Ecuador resolved their border dispute.")).contains("PER>ECU:SETTLE");
        assertThat(dyads("Egypt demanded the withdrawal of Israeli troops from Lebanon."))
                .contains("EGY>ISR:APPEAL_RESTRAINT").doesNotContain("EGY>ISR:DEMAND");
    }

    @Test
    void praise_and_support_for_another_state_are_cooperation_and_aid_is_aid() {
        assertThat(dyads("Brazil voiced support for Argentina's claim.")).containsExactly("BRA>ARG:COOPERATE");
        assertThat(dyads("Poland hailed Lithuania's decision.")).containsExactly("POL>LTU:COOPERATE");
        assertThat(dyads("Japan gave technical assistance to Vietnam.")).containsExactly("JPN>VNM:AID");
    }

    @Test
    void criticism_is_neutral_in_cameo_so_it_raises_no_escalation() {
        assertThat(dyads("Germany criticised France's budget plans.")).isEmpty();
    }

    @Test
    void forces_that_arrive_to_help_or_keep_order_are_aid_from_their_state_and_forces_that_just_arrive_are_not() {
        assertThat(dyads("Kenyan police officers landed in Haiti on Tuesday to lead a multinational mission against the gangs."))
                .containsExactly("KEN>HTI:AID");
        assertThat(dyads("Australian troops began arriving in the Solomon Islands at the invitation of its government."))
                .containsExactly("AUS>SLB:AID");
        assertThat(dyads("Russian troops landed in Crimea to seize the airport.")).isEmpty();
    }

    @Test
    void an_act_that_will_be_met_with_force_is_a_threat_to_the_one_who_would_act() {
        assertThat(dyads("Russia said any Georgian attempt to move troops into South Ossetia would be answered with force."))
                .containsExactly("RUS>GEO:THREATEN");
        assertThat(dyads("Israel said any attack by Iran would be met with a crushing response."))
                .containsExactly("ISR>IRN:THREATEN");
        assertThat(dyads("The proposal was met with a cool response from Germany.")).isEmpty();
    }

    @Test
    void forces_pulling_back_as_the_subject_or_removed_by_their_state_are_a_withdrawal() {
        assertThat(dyads("Indian and Chinese troops pulled back from the disputed plateau on Friday."))
                .containsExactlyInAnyOrder("IND>CHN:WITHDRAW", "CHN>IND:WITHDRAW");
        assertThat(dyads("Syria began removing its troops from Lebanon.")).containsExactly("SYR>LBN:WITHDRAW");
        assertThat(dyads("Russia placed travel restrictions on British journalists."))
                .containsExactly("RUS>GBR:SANCTION");
    }

    @Test
    void a_promise_or_offer_of_help_and_supplying_a_state_are_cooperation() {
        assertThat(dyads("Russia promised to help Serbia rebuild its power grid."))
                .containsExactly("RUS>SRB:COOPERATE");
        assertThat(dyads("China offered to supply Pakistan with nuclear reactors."))
                .containsExactly("CHN>PAK:COOPERATE");
        // Help promised to one's own people is no act between states.
        assertThat(dyads("Russia promised to help farmers hit by the drought.")).isEmpty();
    }

    @Test
    void accepting_a_third_state_s_mediation_and_storming_its_consulate_are_acts_towards_it() {
        assertThat(dyads("Egypt said it was ready to accept Saudi mediation in its dispute with Sudan."))
                .contains("EGY>SAU:COOPERATE");
        assertThat(dyads("Pakistani demonstrators stormed the US consulate in Karachi."))
                .containsExactly("PAK>USA:PROTEST");
    }

    @Test
    void land_handed_over_goes_to_the_state_it_is_handed_to_not_to_the_land() {
        assertThat(dyads("Britain handed Hong Kong back to China at midnight.")).containsExactly("GBR>CHN:WITHDRAW");
        assertThat(dyads("Britain handed over sovereignty of Hong Kong to China on Tuesday."))
                .containsExactly("GBR>CHN:WITHDRAW");
        assertThat(dyads("Russia ceded the island to China on Friday.")).containsExactly("RUS>CHN:WITHDRAW");
        assertThat(dyads("Portugal completed the handover of Macau to China on Monday."))
                .containsExactly("PRT>CHN:WITHDRAW");
    }

    @Test
    void firing_back_is_an_attack_on_the_one_who_fired_first() {
        assertThat(dyads("North Korean artillery shelled the South Korean island of Yeonpyeong; the South's howitzers returned fire."))
                .contains("PRK>KOR:ATTACK", "KOR>PRK:ATTACK");
        assertThat(dyads("Indian troops returned fire after Pakistani soldiers opened fire on posts in Kupwara."))
                .containsExactlyInAnyOrder("IND>PAK:ATTACK", "PAK>IND:ATTACK");
    }

    @Test
    void denouncing_by_any_of_its_strong_verbs_is_an_accusation_and_attacking_a_policy_is_no_attack() {
        assertThat(dyads("China slammed the United States on Monday over its arms sales to Taiwan."))
                .contains("CHN>USA:ACCUSE");
        assertThat(dyads("India lashed out at Pakistan over the raid.")).containsExactly("IND>PAK:ACCUSE");
        assertThat(dyads("France deplored Turkey's decision.")).containsExactly("FRA>TUR:ACCUSE");
        assertThat(dyads("Sweden's foreign minister attacked Saudi Arabia's treatment of women."))
                .containsExactly("SWE>SAU:ACCUSE");
        assertThat(dyads("Russian forces slammed into Ukrainian positions.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void dismissing_a_demand_and_a_rejection_by_its_noun_are_rejections() {
        assertThat(dyads("Turkey dismissed the demand from Greece.")).containsExactly("TUR>GRC:REJECT");
        assertThat(dyads("Iran announced its rejection of the Russian proposal.")).containsExactly("IRN>RUS:REJECT");
    }

    @Test
    void threats_deployments_and_protests_at_a_mission_are_coded_from_their_nouns() {
        assertThat(dyads("Israel made new threats against Iran.")).containsExactly("ISR>IRN:THREATEN");
        assertThat(dyads("Russia announced the deployment of troops near Ukraine.")).containsExactly("RUS>UKR:MOBILIZE");
        assertThat(dyads("Chinese protesters stoned the Japanese embassy.")).containsExactly("CHN>JPN:PROTEST");
        assertThat(dyads("Hundreds of Ukrainians rallied in Warsaw against Russia's invasion."))
                .as("where a rally is held stands between it and what it is against")
                .containsExactly("UKR>RUS:PROTEST");
    }

    @Test
    void a_foreigner_detained_in_a_city_is_detained_by_the_state_the_city_lies_in() {
        assertThat(dyads("A Japanese businessman was detained in Beijing on Monday.")).containsExactly("CHN>JPN:COERCE");
        assertThat(dyads("An American pastor was jailed pending trial by a court in Izmir."))
                .containsExactly("TUR>USA:COERCE");
        assertThat(dyads("North Korea executed a South Korean fisherman.")).containsExactly("PRK>KOR:COERCE");
    }

    @Test
    void detaining_sentencing_and_deporting_another_states_nationals_is_coercion() {
        assertThat(dyads("Russia confirmed the detention of two Estonian citizens.")).containsExactly("RUS>EST:COERCE");
        assertThat(dyads("Iran sentenced a British journalist to prison.")).containsExactly("IRN>GBR:COERCE");
        assertThat(dyads("Malaysia deported 300 Indonesian workers.")).containsExactly("MYS>IDN:COERCE");
    }

    @Test
    void closing_a_border_or_freezing_relations_is_a_sanction_but_troops_close_to_a_border_are_not() {
        assertThat(dyads("Hungary shut its border crossings with Serbia.")).containsExactly("HUN>SRB:SANCTION");
        assertThat(dyads("Kenya closed the border with Somalia.")).containsExactly("KEN>SOM:SANCTION");
        assertThat(dyads("Russia froze relations with Georgia.")).containsExactly("RUS>GEO:SANCTION");
        assertThat(dyads("Kenyan troops camped close to the border with Somalia.")).isEmpty();
    }

    @Test
    void an_exchange_of_fire_is_fighting_both_ways_and_a_strikers_assault_is_sport() {
        assertThat(dyads("Pakistan and India exchanged fire across the border."))
                .containsExactlyInAnyOrder("PAK>IND:ATTACK", "IND>PAK:ATTACK");
        assertThat(dyads("Brazil's striker led the assault on Argentina's goal.")).isEmpty();
    }

    @Test
    void held_back_and_aimed_at_events_are_not_reported_events() {
        assertThat(dyads("Turkey stopped short of imposing sanctions on Syria.")).isEmpty();
        assertThat(dyads("France sent an envoy to Mali in an effort to end the fighting."))
                .containsExactly("FRA>MLI:CONSULT");
    }

    @Test
    void curbs_on_another_states_trade_travel_and_people_are_sanctions_whatever_the_flow() {
        assertThat(dyads("Moscow restricted imports of Moldovan fruit on Thursday."))
                .containsExactly("RUS>MDA:SANCTION");
        assertThat(dyads("Saudi Arabia froze all new trade with Canada.")).containsExactly("SAU>CAN:SANCTION");
        assertThat(dyads("Beijing slapped tariffs of up to 218 per cent on Australian wine."))
                .containsExactly("CHN>AUS:SANCTION");
        assertThat(dyads("Turkey barred the Dutch ambassador from returning to Ankara."))
                .containsExactly("TUR>NLD:SANCTION");
        assertThat(dyads("Kenya restricted transit for Ugandan lorries.")).containsExactly("KEN>UGA:SANCTION");
        assertThat(dyads("Officials said Norway had tightened its budget rules.")).as("a curb on no one's flow").isEmpty();
    }

    @Test
    void the_same_flows_resumed_are_eased_and_a_trusted_partner_struck_off_is_sanctioned() {
        assertThat(dyads("Russia resumed flights to Georgia on Monday.")).containsExactly("RUS>GEO:EASE");
        assertThat(dyads("China will restore visa-free entry for Japanese travellers."))
                .containsExactly("CHN>JPN:EASE");
        assertThat(dyads("Japan removed South Korea from its list of trusted trading partners."))
                .containsExactly("JPN>KOR:SANCTION");
        assertThat(dyads("The United States announced $345 million in military aid for Taiwan."))
                .containsExactly("USA>TWN:ARMS_TRANSFER");
    }

    @Test
    void threats_are_coded_in_the_idioms_of_deterrence() {
        assertThat(dyads("The United States is prepared to use force to stop Iran from building a bomb."))
                .containsExactly("USA>IRN:THREATEN");
        assertThat(dyads("Israel's defence minister said Israel would return Lebanon to the Stone Age."))
                .containsExactly("ISR>LBN:THREATEN");
        assertThat(dyads("India put Pakistan on notice on Friday.")).containsExactly("IND>PAK:THREATEN");
        assertThat(dyads("Islamabad said it would respond with full force to any Indian aggression."))
                .containsExactly("PAK>IND:THREATEN");
    }

    @Test
    void aid_is_sent_flown_delivered_or_donated_to_each_state_named() {
        assertThat(dyads("Beijing delivered 500,000 vaccine doses to Pakistan and Zimbabwe on Monday."))
                .containsExactlyInAnyOrder("CHN>PAK:AID", "CHN>ZWE:AID");
        assertThat(dyads("Japan donated medical supplies to Turkey after the earthquake."))
                .containsExactly("JPN>TUR:AID");
    }

    @Test
    void freeing_another_states_national_is_a_release_whatever_their_trade() {
        assertThat(dyads("Cuba freed an American contractor on Wednesday.")).containsExactly("CUB>USA:RELEASE");
    }

    @Test
    void ships_stormed_rammed_or_boarded_are_acts_against_their_state() {
        assertThat(dyads("Israeli commandos stormed a Turkish aid ship bound for Gaza.")).containsExactly("ISR>TUR:ATTACK");
        assertThat(dyads("A Chinese coast guard cutter rammed a Philippine supply boat.")).containsExactly("CHN>PHL:ATTACK");
        assertThat(dyads("Chinese coast guard personnel boarded Philippine navy boats at the shoal."))
                .containsExactly("CHN>PHL:COERCE");
    }

    @Test
    void ships_and_aircraft_shadowing_or_entering_another_states_waters_are_force_posture() {
        assertThat(dyads("Greek warships shadowed the Turkish flotilla on Monday.")).containsExactly("GRC>TUR:MOBILIZE");
        assertThat(dyads("A Philippine resupply mission was blocked by Chinese vessels on Thursday."))
                .containsExactly("CHN>PHL:COERCE");
        assertThat(dyads("Greece said that a Turkish research vessel and its naval escort had entered its waters."))
                .containsExactly("TUR>GRC:MOBILIZE");
    }

    @Test
    void diplomats_told_to_leave_are_expelled_and_nationals_let_home_are_released() {
        assertThat(dyads("Moscow told two German diplomats to leave the country within a week."))
                .containsExactly("RUS>DEU:EXPEL");
        assertThat(dyads("India asked Canada to withdraw 41 diplomats from the country.")).containsExactly("IND>CAN:EXPEL");
        assertThat(dyads("Beijing let the two Canadians fly home on Friday.")).containsExactly("CHN>CAN:RELEASE");
        assertThat(dyads("Myanmar's junta pardoned a Japanese filmmaker on Monday.")).as("a filmmaker is no film")
                .containsExactly("MMR>JPN:RELEASE");
    }

    @Test
    void an_agreement_signed_with_another_state_is_signed_by_both() {
        assertThat(dyads("Israel signed agreements establishing diplomatic relations with Bahrain on Tuesday."))
                .contains("ISR>BHR:AGREE", "BHR>ISR:AGREE");
        assertThat(dyads("Iraq agreed to admit inspectors from Britain.")).as("agreeing to terms is one side's")
                .doesNotContain("GBR>IRQ:AGREE");
    }

    @Test
    void a_vow_to_reply_in_its_idioms_is_a_threat() {
        assertThat(dyads("Pakistan vowed to respond to India at a time and place of its choosing."))
                .containsExactly("PAK>IND:THREATEN");
        assertThat(dyads("Iran said it reserved the right to retaliate against Israel.")).contains("IRN>ISR:THREATEN");
    }

    @Test
    void sieges_and_missiles_raining_on_a_city_are_force() {
        assertThat(dyads("Israel imposed a complete siege on the Gaza Strip.")).containsExactly("ISR>PSE:COERCE");
        assertThat(dyads("Russian missiles rained on Kyiv overnight.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_match_in_any_sport_is_no_act_of_states() {
        assertThat(dyads("France launched wave after wave of attacks to beat Germany 3-2 in a handball qualifier."))
                .isEmpty();
    }

    @Test
    void relief_and_arms_that_arrive_are_given_by_the_state_they_come_from() {
        assertThat(dyads("A Chinese plane carrying medical experts and ventilators landed in Rome late on Thursday."))
                .containsExactly("CHN>ITA:AID");
        assertThat(dyads("The first American HIMARS launchers have arrived in Ukraine.")).containsExactly("USA>UKR:ARMS_TRANSFER");
        assertThat(dyads("Ukrainian refugees arrived in Poland.")).isEmpty();
    }

    @Test
    void talks_or_a_pact_refused_in_the_press_idioms_are_a_rejection_not_the_talks() {
        assertThat(dyads("Tehran shut the door on talks with Washington on Tuesday.")).containsExactly("IRN>USA:REJECT");
        assertThat(dyads("The Serbian envoy stormed out of the negotiations with Kosovo on Friday."))
                .containsExactly("SRB>XKX:REJECT");
        assertThat(dyads("Ankara pulled the plug on its gas deal with Baku on Monday.")).containsExactly("TUR>AZE:SANCTION");
        assertThat(dyads("Owners pulled the plug on the deal for the Brazilian striker.")).isEmpty();
    }

    @Test
    void conciliation_in_the_press_idioms_is_cooperation_settlement_or_aid() {
        assertThat(dyads("Pyongyang extended an olive branch to Seoul on Monday.")).containsExactly("PRK>KOR:COOPERATE");
        assertThat(dyads("Turkey and Armenia buried the hatchet on Monday."))
                .containsExactlyInAnyOrder("TUR>ARM:SETTLE", "ARM>TUR:SETTLE");
        assertThat(dyads("Qatar has thrown Egypt's battered finances a lifeline.")).containsExactly("QAT>EGY:AID");
        assertThat(dyads("The club threw its young Egyptian striker a lifeline.")).isEmpty();
    }

    @Test
    void a_load_named_after_the_journey_makes_it_aid_or_arms_too() {
        assertThat(dyads("A Turkish cargo plane landed in Tirana on Saturday with blankets, tents and food for refugees."))
                .containsExactly("TUR>ALB:AID");
        assertThat(dyads("A Chinese ship docked in Beirut on Monday carrying 300 tonnes of medical supplies."))
                .containsExactly("CHN>LBN:AID");
        assertThat(dyads("A Russian warship docked in Havana on Monday with 200 sailors aboard."))
                .as("a warship's visit carries no load").isEmpty();
    }

    @Test
    void a_leader_who_flies_to_a_city_that_is_not_the_capital_still_visits() {
        assertThat(dyads("The Kuwaiti emir arrived in Jeddah on Tuesday."))
                .contains("KWT>SAU:CONSULT");
    }

    @Test
    void a_side_that_halts_its_own_attacks_de_escalates_alone() {
        assertThat(dyads("Azerbaijan ceased its attacks on Armenian positions.")).containsExactly("AZE>ARM:CEASEFIRE");
        assertThat(dyads("Russia announced a halt to its strikes on Ukrainian energy infrastructure."))
                .containsExactly("RUS>UKR:CEASEFIRE");
        assertThat(dyads("Saudi Arabia ended its air campaign against Yemen.")).containsExactly("SAU>YEM:CEASEFIRE");
    }

    @Test
    void building_investing_producing_and_training_with_another_state_is_material_cooperation() {
        assertThat(dyads("China will build a new port in Sri Lanka.")).containsExactly("CHN>LKA:COOPERATE");
        assertThat(dyads("Saudi Arabia will invest $15 billion in Pakistan's refinery sector."))
                .containsExactly("SAU>PAK:COOPERATE");
        assertThat(dyads("Russia and India will jointly produce the missile."))
                .containsExactlyInAnyOrder("RUS>IND:COOPERATE", "IND>RUS:COOPERATE");
        assertThat(dyads("Norway will train Ukrainian pilots.")).containsExactly("NOR>UKR:COOPERATE");
        assertThat(dyads("India will build a new port in Gujarat.")).as("works at home").isEmpty();
    }

    @Test
    void a_withdrawal_from_a_place_is_a_withdrawal_from_the_country_it_lies_in() {
        assertThat(dyads("Russia's defence minister ordered troops to withdraw from the city of Kherson."))
                .containsExactly("RUS>UKR:WITHDRAW");
        assertThat(dyads("Russian troops pulled out of the buffer zones around South Ossetia on Wednesday."))
                .containsExactly("RUS>GEO:WITHDRAW");
        assertThat(dyads("Britain withdrew from the talks in Geneva.")).as("where it is announced").isEmpty();
    }

    @Test
    void a_states_central_bank_is_the_state() {
        assertThat(dyads("Saudi Arabia has deposited $1 billion in Pakistan's central bank."))
                .containsExactly("SAU>PAK:AID");
    }

    @Test
    void force_promised_for_later_is_a_threat() {
        assertThat(dyads("North Korea would use its nuclear forces to eliminate the South Korean army if Seoul struck first."))
                .containsExactly("PRK>KOR:THREATEN");
        assertThat(dyads("Turkey will launch a new military operation in Syria unless Kurdish fighters withdraw."))
                .containsExactly("TUR>SYR:THREATEN");
        assertThat(dyads("Azerbaijan is ready to take Nagorno-Karabakh by force if Armenia refuses to negotiate."))
                .containsExactly("AZE>ARM:THREATEN");
    }

    @Test
    void sums_of_money_and_arms_given_or_sold_to_a_state_are_aid_and_arms_transfers() {
        assertThat(dyads("Britain will provide Jordan with £50 million to support refugees."))
                .containsExactly("GBR>JOR:AID");
        assertThat(dyads("The United States pledged a new $2 billion military package for Kyiv."))
                .containsExactly("USA>UKR:AID");
        assertThat(dyads("Washington approved the sale of 40 F-16 fighter jets to Turkey."))
                .containsExactly("USA>TUR:ARMS_TRANSFER");
        assertThat(dyads("Washington released five Iranians and allowed $6 billion in frozen funds to be transferred."))
                .as("a release of people is not a release of money").contains("USA>IRN:RELEASE");
    }

    @Test
    void forces_crossing_clashing_and_driving_each_other_back_are_attacks() {
        assertThat(dyads("Eritrean troops crossed into Ethiopia.")).containsExactly("ERI>ETH:ATTACK");
        assertThat(dyads("Clashes broke out between Kyrgyz and Tajik forces."))
                .containsExactlyInAnyOrder("KGZ>TJK:ATTACK", "TJK>KGZ:ATTACK");
        assertThat(dyads("Ukraine's forces pushed Russian troops back from Kharkiv.")).containsExactly("UKR>RUS:ATTACK");
    }

    @Test
    void leaving_a_pact_and_cutting_aid_or_crossings_reduce_relations() {
        assertThat(dyads("Kazakhstan pulled out of the security pact with Russia.")).containsExactly("KAZ>RUS:SANCTION");
        assertThat(dyads("Australia suspended its aid programme in Fiji.")).containsExactly("AUS>FJI:SANCTION");
    }

    @Test
    void aid_loans_and_funding_withheld_frozen_or_cut_off_are_a_sanction() {
        assertThat(dyads("Washington withheld $195 million in military assistance from Egypt."))
                .containsExactly("USA>EGY:SANCTION");
        assertThat(dyads("Germany froze development loans to Tanzania.")).containsExactly("DEU>TZA:SANCTION");
        assertThat(dyads("Japan cut off funding to Myanmar.")).containsExactly("JPN>MMR:SANCTION");
    }

    @Test
    void an_official_who_arrives_at_a_capital_visits_its_country_and_a_missile_does_not() {
        assertThat(dyads("The Japanese foreign minister arrived at Beijing airport on Monday.")).containsExactly("JPN>CHN:CONSULT");
        assertThat(dyads("Chinese missiles landed at sea near Taiwan.")).isEmpty();
    }

    @Test
    void a_hostile_verb_as_a_figure_of_speech_is_no_act() {
        assertThat(dyads("The Indian opposition seized on the deal with Pakistan.")).isEmpty();
        assertThat(dyads("Greek newspapers seized upon the remarks of the Turkish minister.")).isEmpty();
        assertThat(dyads("The Russian envoy to Poland suffered a heart attack.")).isEmpty();
        assertThat(dyads("South Korean opposition politicians seized on the episode, while Hanoi played it down."))
                .as("seizing on an episode, a chance or a ruling").isEmpty();
        assertThat(dyads("Iran seized on Monday a British tanker.")).containsExactly("IRN>GBR:COERCE");
        assertThat(dyads("Russian forces seized the town from Ukraine.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_phrase_never_ends_inside_a_country_name() {
        // "United" shares its stem with "units": no troops were sent.
        assertThat(dyads("India sent greetings to the United Arab Emirates on its national day."))
                .as("greetings sent are good wishes, not units").containsExactly("IND>ARE:COOPERATE");
        assertThat(dyads("Iran sent troops to the border with Iraq.")).contains("IRN>IRQ:MOBILIZE");
        assertThat(dyads("Germany's chancellor met Premier Li Qiang in Beijing."))
                .as("an office holder's name begins with the title a phrase ends in").contains("DEU>CHN:CONSULT");
    }

    @Test
    void a_joint_commission_is_cooperation_unless_it_keeps_a_border_or_a_truce() {
        assertThat(dyads("The Ghanaian-Nigerian joint commission met in Accra on Monday."))
                .contains("GHA>NGA:COOPERATE").noneMatch(d -> d.endsWith("DEESCALATION_MECHANISM"));
        assertThat(dyads("India and China agreed to revive their joint border commission."))
                .contains("IND>CHN:DEESCALATION_MECHANISM", "CHN>IND:DEESCALATION_MECHANISM");
    }

    @Test
    void scholars_meeting_across_a_border_are_no_contact_between_the_states() {
        assertThat(dyads("Historians from Serbia and Croatia met to discuss the archives.")).isEmpty();
        assertThat(dyads("South Korean and Japanese universities signed an exchange agreement.")).isEmpty();
    }

    @Test
    void fighting_hostilities_and_firing_halted_or_ended_are_a_ceasefire_not_the_fighting() {
        assertThat(dyads("A truce deal ended Thai-Cambodian border fighting."))
                .containsExactlyInAnyOrder("THA>KHM:CEASEFIRE", "KHM>THA:CEASEFIRE");
        assertThat(dyads("India and Pakistan agreed to halt cross-border firing."))
                .contains("IND>PAK:CEASEFIRE").noneMatch(d -> d.endsWith("ATTACK"));
        assertThat(dyads("Thailand and Cambodia agreed to end hostilities along their border."))
                .contains("THA>KHM:CEASEFIRE", "KHM>THA:CEASEFIRE");
    }

    @Test
    void a_verb_of_fire_with_a_state_for_its_object_is_an_attack_and_with_a_measure_a_measure() {
        assertThat(dyads("Israel strikes Lebanon as ceasefire falters.")).containsExactly("ISR>LBN:ATTACK");
        assertThat(dyads("India struck Pakistan overnight.")).containsExactly("IND>PAK:ATTACK");
        assertThat(dyads("The United States hit China with new tariffs.")).doesNotContain("USA>CHN:ATTACK");
        assertThat(dyads("Israel struck a deal with Lebanon.")).containsExactly("ISR>LBN:AGREE");
        assertThat(dyads("Inflation hit Argentina hard.")).isEmpty();
    }

    @Test
    void negotiations_take_the_verbs_talks_take_and_a_round_concluded_was_held() {
        assertThat(dyads("Chinese and Vietnamese officials wrapped up a week of negotiations in Hanoi."))
                .containsExactlyInAnyOrder("CHN>VNM:NEGOTIATE", "VNM>CHN:NEGOTIATE");
        assertThat(dyads("Delegations from Armenia and Azerbaijan held a fresh round of negotiations in Brussels."))
                .containsExactlyInAnyOrder("ARM>AZE:NEGOTIATE", "AZE>ARM:NEGOTIATE");
        assertThat(dyads("India broke off negotiations with China on Friday.")).containsExactly("IND>CHN:SANCTION");
    }

    @Test
    void a_state_s_hackers_breaking_into_another_s_networks_is_a_cyber_operation() {
        assertThat(dyads("Hackers working for North Korea broke into the networks of South Korean defence contractors."))
                .containsExactly("PRK>KOR:CYBER");
        assertThat(dyads("North Korean hackers stole data from South Korean banks.")).containsExactly("PRK>KOR:CYBER");
    }

    @Test
    void ground_taken_is_force_and_property_taken_is_coercion() {
        assertThat(dyads("Russian troops took control of airports across Crimea.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("Polish bailiffs took possession of a building used by the Russian embassy."))
                .containsExactly("POL>RUS:COERCE");
    }

    @Test
    void barriers_scrapped_are_lifted_and_troops_rolling_out_withdraw() {
        assertThat(dyads("Beijing scrapped punitive tariffs on Australian barley on Friday."))
                .containsExactly("CHN>AUS:EASE");
        assertThat(dyads("The last convoy of American troops rolled out of Iraq into Kuwait on Sunday."))
                .containsExactly("USA>IRQ:WITHDRAW");
        assertThat(dyads("Moscow said it would take counter-measures after Finland joined NATO."))
                .containsExactly("RUS>FIN:THREATEN");
    }

    @Test
    void an_explanation_asked_from_a_capital_is_asked_of_its_government() {
        assertThat(dyads("Canberra demanded a full explanation from Jakarta over the boat."))
                .containsExactly("AUS>IDN:DEMAND");
    }

    @Test
    void a_meeting_with_an_emir_or_a_sultan_is_a_meeting_with_his_state() {
        assertThat(dyads("Iranian President Hassan Rouhani met the Emir of Kuwait.")).containsExactly("IRN>KWT:CONSULT");
        assertThat(dyads("Iran and the President of Qatar discussed regional tensions."))
                .containsExactlyInAnyOrder("IRN>QAT:CONSULT", "QAT>IRN:CONSULT");
    }

    @Test
    void a_government_protesting_another_s_acts_disapproves_of_them() {
        assertThat(dyads("Greece protested Turkish airspace violations.")).containsExactly("GRC>TUR:ACCUSE");
        assertThat(dyads("Japan complained of Chinese incursions near the islands.")).containsExactly("JPN>CHN:ACCUSE");
    }

    @Test
    void letting_another_state_s_people_in_to_inspect_or_visit_is_a_concession() {
        assertThat(dyads("Pyongyang allowed a team of South Korean officials to inspect factories at Kaesong on Monday."))
                .containsExactly("PRK>KOR:EASE");
        assertThat(dyads("Russia refused to allow Ukrainian inspectors to visit the plant.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void forces_given_a_time_to_leave_are_expelled() {
        assertThat(dyads("Burkina Faso has given French troops one month to leave the country."))
                .containsExactly("BFA>FRA:EXPEL");
    }

    @Test
    void ships_kept_from_moving_by_another_state_are_coerced() {
        assertThat(dyads("Russian warships blocked the entrance to the Sea of Azov on Monday, preventing Ukrainian "
                + "vessels from reaching the ports of Mariupol and Berdyansk.")).containsExactly("RUS>UKR:COERCE");
    }

    @Test
    void a_state_defended_against_others_censure_is_backed() {
        assertThat(dyads("South Africa's foreign minister defended Harare against calls for fresh sanctions on Friday."))
                .containsExactly("ZAF>ZWE:COOPERATE");
    }
    @Test
    void a_third_party_that_brings_two_together_or_facilitates_between_them_mediates_toward_both() {
        assertThat(dyads("Senegal brought together the presidents of Chad and Sudan on Thursday."))
                .containsExactlyInAnyOrder("SEN>TCD:MEDIATE", "SEN>SDN:MEDIATE");
        assertThat(dyads("Norway said it was ready to act as a facilitator between Sri Lanka and India."))
                .containsExactlyInAnyOrder("NOR>LKA:MEDIATE", "NOR>IND:MEDIATE");
    }

    @Test
    void forces_sent_into_another_state_are_a_show_of_force_unless_sent_to_help_and_a_threat_when_conditional() {
        assertThat(dyads("Turkey sent thousands of troops into northern Iraq.")).containsExactly("TUR>IRQ:MOBILIZE");
        assertThat(dyads("Nigeria sent troops into Liberia to help restore order.")).containsExactly("NGA>LBR:AID");
        assertThat(dyads("Ethiopia said it would send troops into Somalia if the militias attacked."))
                .containsExactly("ETH>SOM:THREATEN");
    }

    @Test
    void a_new_chapter_or_a_new_page_in_relations_is_an_intent_to_cooperate() {
        assertThat(dyads("Iran said it wanted to open a new chapter in relations with Saudi Arabia."))
                .containsExactly("IRN>SAU:COOPERATE");
        assertThat(dyads("Iran and Saudi Arabia turned a new page in their relations on Monday."))
                .containsExactlyInAnyOrder("IRN>SAU:COOPERATE", "SAU>IRN:COOPERATE");
        assertThat(dyads("The rebels opened a new chapter in the war against Iraq.")).isEmpty();
    }
    @Test
    void cutting_military_exchanges_or_a_mission_on_order_reduces_relations() {
        assertThat(dyads("China announced on Saturday the suspension of planned military exchanges with the United States."))
                .containsExactly("CHN>USA:SANCTION");
        assertThat(dyads("India ordered Pakistan's high commissioner on Thursday to cut the strength of his mission by half."))
                .containsExactly("IND>PAK:EXPEL");
    }

    @Test
    void telling_a_state_to_do_something_is_a_demand_and_telling_reporters_on_a_trip_is_not() {
        assertThat(dyads("Turkey told Syria on Tuesday to hand over Ocalan.")).containsExactly("TUR>SYR:DEMAND");
        assertThat(dyads("Putin told reporters on a trip to China that talks went well.")).doesNotContain("RUS>CHN:DEMAND");
    }

    @Test
    void a_leader_at_another_states_ceremony_of_state_is_on_a_visit() {
        assertThat(dyads("Pakistan's prime minister attended the swearing-in ceremony of India's prime minister on Monday."))
                .containsExactly("PAK>IND:CONSULT");
    }

    @Test
    void western_sahara_and_its_movement_are_actors() {
        assertThat(dyads("The Polisario Front released 404 Moroccan prisoners of war on Thursday."))
                .containsExactly("ESH>MAR:RELEASE");
    }
    @Test
    void blame_laid_by_what_the_evidence_shows_is_an_accusation() {
        assertThat(dyads("Lithuania said initial evidence pointed to Belarus.")).containsExactly("LTU>BLR:ACCUSE");
        assertThat(dyads("Britain suspected Russia of the poisoning.")).containsExactly("GBR>RUS:ACCUSE");
        assertThat(dyads("Suspected militants from Syria attacked Turkish troops."))
                .as("a suspect is no suspicion voiced").doesNotContain("SYR>TUR:ACCUSE");
    }

    @Test
    void readiness_or_a_promise_to_work_with_a_state_is_an_intent_to_cooperate() {
        assertThat(dyads("China stands ready to work with Nepal on the corridor, Xi said."))
                .containsExactly("CHN>NPL:COOPERATE");
        assertThat(dyads("Germany pledged to work with Ukraine on energy security."))
                .containsExactly("DEU>UKR:COOPERATE");
        assertThat(dyads("Brazil and Argentina pledged to create a common market."))
                .containsExactlyInAnyOrder("BRA>ARG:COOPERATE", "ARG>BRA:COOPERATE");
        assertThat(dyads("Rwanda offered to lead a peacekeeping mission to the Central African Republic."))
                .containsExactly("RWA>CAF:COOPERATE");
        assertThat(dyads("Greek firms are ready to work with Turkish partners."))
                .as("firms are no states").isEmpty();
    }

    @Test
    void relief_and_helping_forces_arrive_from_each_state_named_to_the_place_they_land() {
        assertThat(dyads("Medical teams from India, China and Thailand arrived in Myanmar on Monday."))
                .containsExactlyInAnyOrder("IND>MMR:AID", "CHN>MMR:AID", "THA>MMR:AID");
        assertThat(dyads("Australian troops landed at Dili on Monday to restore order in East Timor."))
                .containsExactly("AUS>TLS:AID");
        assertThat(dyads("Mexican navy ships loaded with maize and beans docked in Honduras on Friday."))
                .containsExactly("MEX>HND:AID");
        assertThat(dyads("Russian and Chinese tourists arrived in Thailand for the holidays."))
                .as("a journey with neither load nor help is no event").isEmpty();
    }

    @Test
    void intelligence_given_swapped_or_fed_to_a_state_is_material_cooperation() {
        assertThat(dyads("Seoul and Tokyo swapped radar and satellite data on the missile launch."))
                .containsExactlyInAnyOrder("KOR>JPN:COOPERATE", "JPN>KOR:COOPERATE");
        assertThat(dyads("Britain has been feeding Ukraine satellite imagery since the first week of the war."))
                .containsExactly("GBR>UKR:COOPERATE");
    }

    @Test
    void a_person_extradited_goes_to_the_state_named_after_to_past_a_name_and_a_title() {
        assertThat(dyads("Thailand extradited suspected Russian arms dealer Viktor Bout to the United States on Tuesday."))
                .containsExactly("THA>USA:COOPERATE");
    }

    @Test
    void breaking_into_a_mission_is_a_violent_protest_and_a_presence_bolstered_along_a_border_is_posture() {
        assertThat(dyads("Rioters broke into the US embassy in Belgrade and set part of it ablaze."))
                .contains("SRB>USA:PROTEST");
        assertThat(dyads("Brazil bolstered its presence along the border with Venezuela on Wednesday."))
                .containsExactly("BRA>VEN:MOBILIZE");
    }

    @Test
    void forces_that_cross_a_river_into_a_region_or_dig_in_inside_another_states_territory() {
        assertThat(dyads("Venezuelan troops crossed the Cuyuni River into the Essequibo region on Friday."))
                .containsExactly("VEN>GUY:ATTACK");
        assertThat(dyads("Venezuelan soldiers had set up positions several hundred metres inside Guyanese territory."))
                .containsExactly("VEN>GUY:MOBILIZE");
        assertThat(dyads("Venezuela announced the deployment of land, river and air units to the border with Guyana."))
                .containsExactly("VEN>GUY:MOBILIZE");
    }

    @Test
    void the_state_whose_airspace_is_entered_is_acted_on_by_the_one_the_drone_came_from() {
        assertThat(dyads("A drone entered Lithuanian airspace from Belarus on Wednesday."))
                .containsExactly("BLR>LTU:MOBILIZE");
        assertThat(dyads("A Belarusian drone entered Lithuanian airspace on Wednesday."))
                .containsExactly("BLR>LTU:MOBILIZE");
    }

    @Test
    void weapons_sent_against_a_states_cities_are_an_attack_not_arms_supplied() {
        assertThat(dyads("Russia sent 191 drones and four missiles against Ukrainian cities overnight."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_recognised_territory_is_a_status_and_no_plans_for_talks_are_no_talks() {
        assertThat(dyads("About a fifth of Georgia's internationally recognised territory is under Russian control."))
                .noneMatch(d -> d.endsWith(":COOPERATE"));
        assertThat(dyads("The Kremlin said there were no plans for a new round of negotiations with Kyiv."))
                .noneMatch(d -> d.endsWith(":NEGOTIATE"));
    }

    @Test
    void states_that_agree_to_a_hostile_act_do_that_act_and_make_no_deal() {
        assertThat(dyads("The United States and Britain agreed on Saturday to impose sanctions on Russia."))
                .containsExactlyInAnyOrder("USA>RUS:SANCTION", "GBR>RUS:SANCTION");
        assertThat(dyads("The United States and Canada agreed to cut selected Russian banks off the SWIFT system."))
                .containsExactlyInAnyOrder("USA>RUS:SANCTION", "CAN>RUS:SANCTION");
        assertThat(dyads("Iran and Iraq agreed to a ceasefire on Monday."))
                .as("an agreement to make peace stays one").contains("IRN>IRQ:AGREE");
    }

    @Test
    void an_envoy_called_home_or_away_for_consultations_is_recalled() {
        assertThat(dyads("Colombia decided to call its ambassador in Caracas for consultations."))
                .containsExactly("COL>VEN:SANCTION");
        assertThat(dyads("Seoul summoned its ambassador in Tokyo home on Friday.")).containsExactly("KOR>JPN:SANCTION");
    }
    @Test
    void arms_or_relief_asked_for_by_their_kind_are_an_appeal() {
        assertThat(dyads("Ukraine asked Germany for air defence systems.")).containsExactly("UKR>DEU:APPEAL");
        assertThat(dyads("Nepal appealed to India for tents and medicine after the quake."))
                .containsExactly("NPL>IND:APPEAL");
    }

    @Test
    void arms_lent_or_loaned_are_transferred() {
        assertThat(dyads("Norway lent Ukraine two air defence systems.")).containsExactly("NOR>UKR:ARMS_TRANSFER");
    }

    @Test
    void forces_that_leave_another_state_withdraw_from_it() {
        assertThat(dyads("The last Israeli soldiers left southern Lebanon on Wednesday."))
                .containsExactly("ISR>LBN:WITHDRAW");
        assertThat(dyads("Russian troops left 20 dead in Kharkiv on Friday.")).isEmpty();
    }
    @Test
    void states_that_sit_down_or_meet_face_to_face_consult_each_other() {
        assertThat(dyads("Russian and Ukrainian negotiators sat down face to face in Istanbul on Tuesday."))
                .containsExactlyInAnyOrder("RUS>UKR:CONSULT", "UKR>RUS:CONSULT");
        assertThat(dyads("Russian and Ukrainian negotiators met face to face in Istanbul on Tuesday."))
                .containsExactlyInAnyOrder("RUS>UKR:CONSULT", "UKR>RUS:CONSULT");
    }
    @Test
    void mass_violence_is_read_by_its_verbs_and_its_weapons() {
        assertThat(dyads("Syrian forces used sarin against rebel-held towns, Turkey said."))
                .noneMatch(d -> d.startsWith("TUR>"));
        assertThat(dyads("Iraqi forces used mustard gas against Iranian troops on Sunday.")).contains("IRQ>IRN:ATTACK");
        assertThat(dyads("Myanmar forcibly deported thousands of Bangladeshi workers last week."))
                .contains("MMR>BGD:EXPEL");
    }
    @Test
    void coordinated_patrols_and_combined_drills_are_military_cooperation() {
        assertThat(dyads("Malaysia, Indonesia and the Philippines launched coordinated maritime patrols in the Sulu Sea."))
                .contains("MYS>IDN:COOPERATE", "IDN>PHL:COOPERATE", "PHL>MYS:COOPERATE");
    }
    @Test
    void fighting_a_disease_a_crime_or_a_fire_is_no_attack_on_anyone() {
        assertThat(dyads("Turkey sent a plane loaded with medical supplies to Italy and Spain to help them fight the"
                + " novel coronavirus.")).noneMatch(d -> d.endsWith(":ATTACK"));
        assertThat(dyads("Chinese and Kazakh border guards began joint patrols under a pact to fight smuggling."))
                .noneMatch(d -> d.endsWith(":ATTACK"));
        assertThat(dyads("Russian troops fought Ukrainian soldiers near Bakhmut.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void money_frozen_restrictions_announced_and_airspace_opened_in_any_of_their_words() {
        assertThat(dyads("The United States froze Afghan central bank reserves.")).containsExactly("USA>AFG:SANCTION");
        assertThat(dyads("The United States announced new restrictions on Cuba on Wednesday."))
                .containsExactly("USA>CUB:SANCTION");
        assertThat(dyads("Saudi Arabia opened its airspace to Qatar on Monday.")).containsExactly("SAU>QAT:EASE");
        assertThat(dyads("Manila and Beijing have reached a provisional arrangement on resupply missions."))
                .containsExactlyInAnyOrder("PHL>CHN:AGREE", "CHN>PHL:AGREE");
    }

    @Test
    void fire_opened_with_its_kind_named_is_an_attack_and_an_inquiry_into_a_fire_is_not() {
        assertThat(dyads("Azerbaijani forces opened intensive fire from artillery on Armenian positions."))
                .containsExactly("AZE>ARM:ATTACK");
        assertThat(dyads("Greece opened an investigation into the fire on a Turkish ferry.")).isEmpty();
    }

    @Test
    void a_cable_letter_or_message_of_goodwill_sent_to_another_state_s_leader_is_cooperation() {
        assertThat(dyads("Qatar's emir sent a cable of congratulations to the President of Tunisia."))
                .containsExactly("QAT>TUN:COOPERATE");
        assertThat(dyads("Russia's president sent a telegram of condolences to the Chinese president."))
                .containsExactly("RUS>CHN:COOPERATE");
        assertThat(dyads("Morocco's king conveyed his congratulations to the Tunisian president."))
                .containsExactly("MAR>TUN:COOPERATE");
    }

    @Test
    void any_envoy_recalled_or_withdrawn_is_a_downgrade_of_ties() {
        assertThat(dyads("South Africa recalled all its diplomats from Tel Aviv for consultations."))
                .containsExactly("ZAF>ISR:SANCTION");
        assertThat(dyads("Bolivia withdrew its ambassador from Israel.")).containsExactly("BOL>ISR:SANCTION");
        assertThat(dyads("Venezuela ordered the withdrawal of the diplomatic personnel of Argentina and Chile."))
                .containsExactlyInAnyOrder("VEN>ARG:SANCTION", "VEN>CHL:SANCTION");
        // Asked of another state, the withdrawal is still the asker's demand.
        assertThat(dyads("Russia demanded that Estonia withdraw its ambassador.")).containsExactly("RUS>EST:DEMAND");
    }

    @Test
    void any_national_freed_in_return_for_others_is_a_swap_both_ways() {
        // The one freed is named by any word for a national, so the swap is read from its phrase.
        assertThat(dyads("Russia freed an American reporter in return for prisoners held in Germany."))
                .contains("RUS>USA:RELEASE", "USA>RUS:RELEASE");
        // "free" as an adjective frees no one.
        assertThat(dyads("Senegal and Gambia signed a protocol on the free movement of students."))
                .noneMatch(d -> d.endsWith(":RELEASE"));
    }

    @Test
    void a_commitment_to_keep_a_ruling_truce_or_agreement_settles() {
        assertThat(dyads("Peru and Chile pledged on Monday to abide by the World Court's ruling."))
                .containsExactlyInAnyOrder("PER>CHL:SETTLE", "CHL>PER:SETTLE");
        assertThat(dyads("Israel and Lebanon said they would honour the ceasefire."))
                .containsExactlyInAnyOrder("ISR>LBN:SETTLE", "LBN>ISR:SETTLE");
    }

    @Test
    void airspace_opened_is_eased_as_airspace_reopened_is() {
        assertThat(dyads("Saudi Arabia opened its airspace and its land and sea border to Qatar on Monday."))
                .containsExactly("SAU>QAT:EASE");
    }
}
