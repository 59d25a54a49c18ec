package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

class EventCoderTest {

    private static final EventCoder CODER = EventCoder.standard();

    static List<CodedEvent> code(String text) {
        return CODER.code(new Article("t", "https://wire.example/t", "wire.example",
                Instant.parse("2026-11-03T12:00:00Z"), "", text, "en"));
    }

    static List<String> dyads(String text) {
        return code(text).stream().map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).toList();
    }

    @Test
    void russia_urging_iran_to_spare_civilians_in_its_retaliation_against_israel_codes_three_events() {
        String text = "MOSCOW (Brink Wire) — Russia's president urged Iran to minimise civilian casualties in its "
                + "vowed retaliation against Israel. Russia has delivered fighter jets and air-defence systems to Iran, "
                + "according to officials. The United States warned Iran against any attack on Israel. "
                + "Jordan refused Iran the use of its airspace.";
        List<CodedEvent> events = code(text);
        assertThat(dyads(text)).contains(
                "RUS>IRN:APPEAL_RESTRAINT",
                "IRN>ISR:THREATEN",
                "RUS>IRN:ARMS_TRANSFER",
                "USA>IRN:WARN",
                "JOR>IRN:REJECT");
        assertThat(events).filteredOn(e -> e.signal() == Signal.APPEAL_RESTRAINT)
                .allSatisfy(e -> assertThat(e.polarity()).isEqualTo(Polarity.DEESCALATION));
        assertThat(events).filteredOn(e -> e.src().equals("IRN") && e.tgt().equals("ISR"))
                .allSatisfy(e -> assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION));
        assertThat(dyads(text)).as("a warning against any attack is not an attack").doesNotContain("IRN>ISR:ATTACK");
    }

    @Test
    void the_evidence_span_points_at_the_trigger_in_the_sentence() {
        CodedEvent e = code("Israel launched air strikes on Syria overnight.").get(0);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("launched air strikes");
        assertThat(e.weight()).isNegative();
        // Later in an article, the span still counts from its own sentence's start.
        CodedEvent later = code("Markets were calm.\n  Talks stalled. Israel launched air strikes on Syria overnight.")
                .get(0);
        assertThat(later.sentence()).isEqualTo("Israel launched air strikes on Syria overnight.");
        assertThat(later.sentence().substring(later.span().start(), later.span().end()))
                .isEqualTo("launched air strikes");
    }

    @Test
    void a_threat_by_iran_against_israel_is_escalation_from_iran_to_israel() {
        assertThat(dyads("Iran threatened Israel with a crushing response.")).containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void capitals_demonyms_and_institutions_stand_for_their_states() {
        assertThat(dyads("The Kremlin accused Kyiv of shelling civilians.")).startsWith("RUS>UKR:ACCUSE");
        assertThat(dyads("Iranian forces seized a British tanker.")).containsExactly("IRN>GBR:COERCE");
    }

    @Test
    void in_the_passive_the_agent_after_by_is_the_actor() {
        assertThat(dyads("Ukraine was attacked by Russia overnight.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_joint_act_of_two_parties_is_coded_both_ways() {
        assertThat(dyads("Ethiopia and Eritrea signed a truce on Tuesday."))
                .containsExactlyInAnyOrder("ETH>ERI:CEASEFIRE", "ERI>ETH:CEASEFIRE");
    }

    @Test
    void coordinated_targets_each_receive_the_event() {
        assertThat(dyads("Venezuela threatened Guyana and Suriname over their links with Britain."))
                .contains("VEN>GUY:THREATEN", "VEN>SUR:THREATEN").doesNotContain("VEN>GBR:THREATEN");
    }

    @Test
    void a_refusal_is_one_rejection_not_the_act_refused() {
        assertThat(dyads("Azerbaijan refused to lift the blockade on Armenians.")).containsExactly("AZE>ARM:REJECT");
    }

    @Test
    void meetings_visits_and_cooperation_are_mild_deescalation() {
        List<CodedEvent> events = code("Germany's foreign minister will visit Albania next spring.");
        assertThat(events).extracting(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).containsExactly("DEU>ALB:CONSULT");
        assertThat(events.get(0).weight()).isBetween(0.0, 3.0);
        assertThat(dyads("Jordan and Britain agreed to hold joint military exercises."))
                .contains("JOR>GBR:AGREE", "GBR>JOR:AGREE");
    }

    @Test
    void negated_events_are_not_coded_and_hedged_ones_count_less() {
        assertThat(code("China did not threaten Taiwan, officials said.")).isEmpty();
        assertThat(code("Russia denied attacking Ukraine.")).isEmpty();
        CodedEvent hedged = code("The United States could impose sanctions on Venezuela.").get(0);
        CodedEvent plain = code("The United States imposed sanctions on Venezuela.").get(0);
        assertThat(hedged.confidence()).isLessThan(plain.confidence());
    }

    @Test
    void a_threat_to_strike_is_one_threat_not_a_threat_and_a_strike() {
        assertThat(dyads("North Korea threatened to attack South Korea.")).containsExactly("PRK>KOR:THREATEN");
    }

    @Test
    void sports_strikes_attacks_and_clashes_code_no_event() {
        assertThat(code("Brazil's striker fired a thunderous strike past the French goalkeeper as Brazil beat France.")).isEmpty();
        assertThat(code("France's attack overwhelmed Germany's defence in the World Cup semi-final.")).isEmpty();
        assertThat(code("Argentina clash with England at the World Cup on Sunday.")).isEmpty();
    }

    @Test
    void business_price_wars_and_labour_strikes_code_no_event() {
        assertThat(code("Chinese carmakers launched a price war against American rivals.")).isEmpty();
        assertThat(code("French rail workers went on strike against German-style pension reforms.")).isEmpty();
    }

    @Test
    void a_domestic_ceasefire_with_rebels_forms_no_country_pair() {
        assertThat(code("Colombia's government and ELN rebels agreed a ceasefire in Havana.")).isEmpty();
    }

    @Test
    void words_that_look_like_countries_but_are_not_do_not_act() {
        assertThat(code("China Airlines flights to Japan were cancelled.")).isEmpty();
        assertThat(code("Michael Jordan attacked the referee's decision against Spain.")).isEmpty();
        assertThat(code("Jordan condemned the Israeli strike.")).extracting(CodedEvent::src).containsOnly("JOR");
    }

    @Test
    void international_organisations_act_but_never_form_a_country_pair() {
        assertThat(code("NATO warned Russia over its troop build-up.")).isEmpty();
        assertThat(code("The United Nations urged Israel and Iran to show restraint.")).isEmpty();
    }

    @Test
    void a_dateline_city_is_not_an_actor() {
        assertThat(dyads("TEHRAN (Brink Wire) — Israel struck targets in Syria.")).containsExactly("ISR>SYR:ATTACK");
    }

    @Test
    void a_sentence_with_one_country_codes_nothing() {
        assertThat(code("Iran threatened retaliation.")).isEmpty();
        assertThat(code("")).isEmpty();
    }

    @Test
    void an_actor_in_an_apposition_is_not_the_subject() {
        assertThat(dyads("Egypt, a long-standing British partner, has refused to deploy soldiers in Libya."))
                .containsExactly("EGY>LBY:REJECT");
    }

    @Test
    void a_relative_clause_subject_is_not_the_country_before_it() {
        assertThat(code("France carried out air strikes on the armed movement that has taken towns in Mali and Niger."))
                .extracting(CodedEvent::src).containsOnly("FRA");
    }

    @Test
    void a_purpose_clause_keeps_the_main_actor() {
        assertThat(dyads("Kenya's president will visit Uganda and Tanzania to mediate in their lake dispute."))
                .contains("KEN>UGA:MEDIATE", "KEN>TZA:MEDIATE").doesNotContain("UGA>TZA:MEDIATE");
    }

    @Test
    void a_led_or_backed_compound_names_its_actor() {
        assertThat(dyads("Vietnamese-led forces attacked Cambodia.")).containsExactly("VNM>KHM:ATTACK");
    }

    @Test
    void a_cancelled_visit_is_a_snub_not_a_visit() {
        assertThat(code("Canada cancelled its planned state visit to India.")).singleElement().satisfies(e -> {
            assertThat(e.signal()).isEqualTo(Signal.SANCTION);
            assertThat(e.tgt()).isEqualTo("IND");
        });
    }

    @Test
    void history_and_film_reviews_code_no_event() {
        assertThat(code("On the anniversary of the 1967 war, Israeli and Egyptian veterans met in Cairo.")).isEmpty();
        assertThat(code("In the film, a Russian spy attacks an American agent; the movie opens on Friday.")).isEmpty();
    }

    @Test
    void a_sports_team_named_for_its_country_does_not_act_for_the_state() {
        assertThat(code("France stunned Brazil with a late strike.")).isEmpty();
        assertThat(code("Japan's attack overwhelmed Iran's defence.")).isEmpty();
    }

    @Test
    void a_question_reports_nothing() {
        assertThat(code("Will Iran attack Israel?")).isEmpty();
    }

    @Test
    void it_and_the_country_refer_to_the_one_country_named_before() {
        assertThat(dyads("Iran's foreign minister spoke on Monday. It threatened Israel with retaliation."))
                .containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void the_two_sides_refer_to_the_pair_named_before() {
        assertThat(dyads("Armenia and Azerbaijan met in Geneva. The two sides agreed a ceasefire."))
                .contains("ARM>AZE:CEASEFIRE", "AZE>ARM:CEASEFIRE");
    }

    @Test
    void a_pronoun_after_a_sentence_with_many_countries_is_left_alone() {
        // The three met each other; which of them "it" is cannot be told, so no threat is coded.
        assertThat(code("Iran, Iraq and Syria met in Baghdad. It threatened Israel."))
                .noneMatch(e -> e.tgt().equals("ISR") || e.signal() == Signal.THREATEN);
    }

    @Test
    void an_actor_named_with_its_military_acts_through_a_phrase_that_begins_with_the_military() {
        assertThat(dyads("Russian military drills near Estonia alarmed Tallinn.")).contains("RUS>EST:MOBILIZE");
        assertThat(dyads("A Turkish military operation against Syria began on Sunday.")).containsExactly("TUR>SYR:ATTACK");
    }

    @Test
    void a_demand_made_again_and_again_is_made_now_but_clashes_repeated_are_history() {
        assertThat(dyads("Turkey has repeatedly demanded the extradition of Gulen from the United States."))
                .containsExactly("TUR>USA:DEMAND");
        assertThat(dyads("India and Pakistan have clashed repeatedly over Kashmir.")).isEmpty();
    }

    @Test
    void an_act_someone_denies_is_not_reported_as_done() {
        assertThat(dyads("The Kremlin denied Ukraine's claims that Russian forces had shelled the plant."))
                .doesNotContain("RUS>UKR:ATTACK");
        assertThat(dyads("Iran denied that it had supplied drones to Russia.")).isEmpty();
        assertThat(dyads("Ukraine said Russian forces had shelled the plant.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_country_saying_another_must_act_is_a_demand() {
        assertThat(dyads("A senior Dutch minister repeated that Sudan must hand over the accused."))
                .containsExactly("NLD>SDN:DEMAND");
        assertThat(code("Sudan must hand over the accused, Sudanese officials said.")).isEmpty();
        assertThat(dyads("Russia will have to pay for the damage, Ukraine's foreign minister said on Monday."))
                .as("the speaker named after the demand").containsExactly("UKR>RUS:DEMAND");
        assertThat(dyads("Russia must withdraw its troops from Moldova, the French president said."))
                .as("a demand to de-escalate").containsExactly("FRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void a_closing_attribution_reports_the_event_and_is_not_its_target() {
        assertThat(dyads("Lebanese soldiers seized rifles from local militias, the Syrian army said Tuesday."))
                .isEmpty();
        assertThat(dyads("The arrest of Omar Haddad, who had been held before, came as Morocco announced it would free 90 Algerian prisoners."))
                .contains("MAR>DZA:RELEASE");
    }

    @Test
    void a_second_verb_without_a_subject_keeps_the_first_verbs_actor() {
        assertThat(dyads("Benin opened its borders to Nigeria, but was still refusing entry to Ghanaians."))
                .contains("BEN>NGA:EASE", "BEN>GHA:COERCE").doesNotContain("NGA>GHA:COERCE");
    }

    @Test
    void violence_in_a_capital_strikes_that_country() {
        assertThat(dyads("Three Syrian militants detonated a car bomb in Beirut.")).containsExactly("SYR>LBN:ATTACK");
        assertThat(code("The two sides agreed a ceasefire in Havana.")).as("talks in a capital stay a venue").isEmpty();
    }

    @Test
    void georgia_the_us_state_is_not_georgia_the_country() {
        assertThat(code("Police in Atlanta, Georgia arrested two Russian nationals.")).isEmpty();
        assertThat(dyads("Russia threatened Georgia over its NATO bid.")).containsExactly("RUS>GEO:THREATEN");
    }

    @Test
    void countries_used_as_first_names_or_brands_do_not_act() {
        assertThat(code("Chad Williams attacked Mexico's coach after the game.")).isEmpty();
        assertThat(code("Kenya Moore condemned Uganda's singers.")).isEmpty();
        assertThat(code("Israel Okonkwo knocked out a Russian boxer in Lagos.")).isEmpty();
        assertThat(dyads("Chad accused Sudan of backing rebels.")).containsExactly("TCD>SDN:ACCUSE");
        assertThat(dyads("Israel Monday struck targets in Syria.")).containsExactly("ISR>SYR:ATTACK");
    }

    @Test
    void turkey_the_bird_is_not_turkey_the_country() {
        assertThat(code("Turkey prices rose in the United States before Thanksgiving, and Canada imposed tariffs on poultry.")).isEmpty();
        assertThat(dyads("Turkey shelled Kurdish positions in Syria.")).containsExactly("TUR>SYR:ATTACK");
    }

    @Test
    void the_guinea_family_is_told_apart() {
        assertThat(dyads("Guinea-Bissau accused Senegal of an incursion.")).containsExactly("GNB>SEN:ACCUSE");
        assertThat(dyads("Equatorial Guinea expelled Spanish diplomats.")).containsExactly("GNQ>ESP:EXPEL");
        assertThat(dyads("Papua New Guinea signed an agreement with Australia.")).contains("PNG>AUS:AGREE");
        assertThat(dyads("Guinea warned Mali.")).containsExactly("GIN>MLI:WARN");
    }

    @Test
    void events_under_investigation_or_violated_are_not_reported_acts() {
        assertThat(code("Prosecutors opened an investigation of arms sales to Croatia by Argentina.")).isEmpty();
        assertThat(dyads("Sudan accused Chad of violating the ceasefire.")).containsExactly("SDN>TCD:ACCUSE");
    }

    @Test
    void a_demand_of_it_reaches_the_country_just_named() {
        assertThat(dyads("Germany sent a sharp note to Iran that it must let the monitors back in."))
                .contains("DEU>IRN:DEMAND");
    }

    @Test
    void one_article_cannot_flood_a_pair_with_events() {
        String text = "Iran threatened Israel. ".repeat(5_000);
        assertThat(code(text)).hasSize(EventCoder.MAX_EVENTS_PER_ARTICLE);
    }

    @Test
    void that_after_a_verb_of_saying_opens_the_speakers_own_words() {
        assertThat(dyads("Kenya announced that it will pull its troops out of Somalia."))
                .containsExactly("KEN>SOM:WITHDRAW");
        assertThat(code("Kenya is home to the militia that has attacked Somalia."))
                .as("a relative clause still hides its own subject").noneMatch(e -> e.signal() == Signal.ATTACK);
    }

    @Test
    void an_according_to_phrase_names_where_the_news_comes_from_not_a_party() {
        assertThat(dyads("Iran shares intelligence with Syria according to a dossier leaked to Turkish reporters."))
                .contains("IRN>SYR:COOPERATE").doesNotContain("IRN>TUR:COOPERATE", "SYR>TUR:COOPERATE");
        assertThat(dyads("According to Japanese officials, China fired missiles at Taiwan."))
                .containsExactly("CHN>TWN:ATTACK");
    }

    @Test
    void the_words_of_a_closing_attribution_are_background_not_events() {
        assertThat(dyads("Ghana blamed cattle smugglers for the border raids, an envoy from a Togolese team helping to mediate talks told reporters."))
                .isEmpty();
        assertThat(dyads("Ghana accused Togo of breaking the truce, an official said on Monday."))
                .containsExactly("GHA>TGO:ACCUSE");
    }

    @Test
    void violence_at_a_venue_named_by_the_source_of_the_news_is_not_aimed_there() {
        assertThat(dyads("Gunmen from Mali ambushed a convoy near the border, according to aid workers based in Dakar."))
                .noneMatch(d -> d.contains("SEN"));
    }

    @Test
    void a_nominal_event_takes_its_agent_from_by() {
        assertThat(dyads("Turkey hosted talks two days before a visit to Greece by the Cypriot president."))
                .doesNotContain("TUR>GRC:CONSULT").contains("CYP>GRC:CONSULT");
        assertThat(dyads("Egypt complained about a recent visit to this city by Israeli officials."))
                .as("the visitors come here, to no named country").doesNotContain("EGY>ISR:CONSULT");
        assertThat(dyads("Iran responded to the attack by firing rockets at Israel."))
                .as("by plus a verb is a means, not an agent").noneMatch(d -> d.startsWith("ISR>"));
    }

    @Test
    void a_demand_that_someone_act_targets_the_subject_after_that() {
        assertThat(dyads("Britain demanded that Libya hand over the suspects.")).contains("GBR>LBY:DEMAND");
        assertThat(dyads("Britain demanded that the militia stop its raids into Chad."))
                .as("the militia, not Chad, is asked").doesNotContain("GBR>TCD:DEMAND");
    }

    static List<String> dyadsOn(String date, String text) {
        return CODER.code(new Article("t", "https://wire.example/t", "wire.example", Instant.parse(date + "T12:00:00Z"),
                "", text, "en")).stream().map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).toList();
    }

    @Test
    void office_holders_of_earlier_decades_act_for_their_states_while_in_office() {
        assertThat(dyadsOn("1986-04-15", "Reagan ordered air strikes on Libya.")).containsExactly("USA>LBY:ATTACK");
        assertThat(dyadsOn("1990-06-01", "Thatcher telephoned Gorbachev.")).contains("GBR>RUS:CONSULT");
        assertThat(dyadsOn("2024-06-01", "Thatcher telephoned Gorbachev."))
                .as("neither holds office in 2024").isEmpty();
    }

    @Test
    void a_surname_after_an_honorific_names_the_office_holder_of_the_day() {
        // "Kerry" alone is a first name and a county; "Mr Kerry" in 2015 is the Secretary of State.
        assertThat(dyadsOn("2015-08-05", "Mr Lavrov and Mr Kerry met in Kuala Lumpur on Wednesday."))
                .containsExactlyInAnyOrder("RUS>USA:CONSULT", "USA>RUS:CONSULT");
        assertThat(dyadsOn("2024-08-05", "Mr Lavrov and Mr Kerry met in Kuala Lumpur on Wednesday."))
                .as("no Kerry holds office in 2024").isEmpty();
    }

    @Test
    void an_office_and_the_name_after_it_are_one_actor() {
        assertThat(dyadsOn("1980-05-01", "Egyptian President Anwar Sadat and Jordanian King Hussein signed a treaty."))
                .containsExactlyInAnyOrder("EGY>JOR:AGREE", "JOR>EGY:AGREE");
    }

    @Test
    void former_names_and_common_misspellings_of_states_are_recognised() {
        assertThat(dyads("The Soviet Union threatened Afganistan.")).containsExactly("RUS>AFG:THREATEN");
        assertThat(dyads("Zaire accused Rhodesia of shelling its border posts.")).startsWith("COD>ZWE:ACCUSE");
        assertThat(dyads("Isreali jets struck targets in Lybia.")).containsExactly("ISR>LBY:ATTACK");
    }

    @Test
    void words_inside_a_name_are_not_events_and_currencies_are_not_states() {
        assertThat(code("Hungary left the Warsaw Pact while Austria watched.")).isEmpty();
        assertThat(dyads("Brazil accused the firm of hiding US $40 million from regulators in Peru."))
                .doesNotContain("USA>PER:ACCUSE", "BRA>USA:ACCUSE");
    }

    @Test
    void a_conciliatory_act_promised_unless_the_other_side_complies_is_a_threat() {
        assertThat(dyads("Kenya said it will pull its troops out of Somalia unless the elections go ahead."))
                .containsExactly("KEN>SOM:THREATEN");
        assertThat(dyads("Kenya said it will pull its troops out of Somalia after the elections."))
                .containsExactly("KEN>SOM:WITHDRAW");
    }

    @Test
    void what_a_state_is_called_on_to_do_has_not_happened() {
        assertThat(code("An Egyptian weekly urged the Gulf states to close ranks and mobilise their armies against Iran.")).isEmpty();
        assertThat(dyads("Egypt mobilised troops against Israel.")).containsExactly("EGY>ISR:MOBILIZE");
    }

    @Test
    void a_show_of_force_by_states_together_at_no_one_is_military_cooperation() {
        assertThat(dyads("Russia and Belarus deployed troops on Monday."))
                .containsExactlyInAnyOrder("RUS>BLR:COOPERATE", "BLR>RUS:COOPERATE");
        assertThat(dyads("Belarus deployed troops near Lithuania.")).containsExactly("BLR>LTU:MOBILIZE");
    }

    @Test
    void irregular_past_forms_of_taking_ground_are_attacks() {
        assertThat(dyads("Moroccan forces retook the town from Algeria.")).containsExactly("MAR>DZA:ATTACK");
        assertThat(dyads("Peru overran Ecuadorian border posts.")).containsExactly("PER>ECU:ATTACK");
    }

    @Test
    void pressing_another_state_to_act_is_a_demand_even_after_an_opening_source() {
        assertThat(dyads("According to diplomats France is pressing Italy to accept the budget rules."))
                .containsExactly("FRA>ITA:DEMAND");
        assertThat(code("According to insiders Spain pressed for a summit.")).as("no one is asked").isEmpty();
    }

    @Test
    void a_meeting_needs_the_office_of_the_one_met_so_deadlines_and_debts_are_not_met_states() {
        assertThat(dyads("Japan met the Chinese foreign minister in Tokyo.")).containsExactly("JPN>CHN:CONSULT");
        assertThat(code("Greece will meet its debt obligations to Germany next year.")).isEmpty();
        assertThat(dyads("Russia hacked the phone of the Ukrainian president.")).containsExactly("RUS>UKR:CYBER");
    }

    @Test
    void military_aid_stays_an_arms_transfer_when_promised_while_other_aid_calms() {
        assertThat(dyads("Norway pledged fresh military aid to Estonia.")).containsExactly("NOR>EST:ARMS_TRANSFER");
        assertThat(dyads("Norway pledged flood aid to Estonia.")).containsExactly("NOR>EST:AID");
    }

    @Test
    void cameo_verbs_of_occupation_reduced_relations_and_release_are_coded() {
        assertThat(dyads("Iraq annexed Kuwait.")).containsExactly("IRQ>KWT:ATTACK");
        assertThat(code("Israel opened a school in the occupied West Bank.")).as("a standing occupation is no new act").isEmpty();
        assertThat(dyads("Pakistan withdrew its ambassador from India.")).containsExactly("PAK>IND:SANCTION");
        assertThat(dyads("Vietnam released Chinese fishermen.")).containsExactly("VNM>CHN:RELEASE");
        assertThat(dyads("Turkey offered to mediate between Armenia and Azerbaijan."))
                .containsExactlyInAnyOrder("TUR>ARM:MEDIATE", "TUR>AZE:MEDIATE");
    }

    @Test
    void joint_subjects_that_met_with_no_one_named_after_the_verb_met_each_other() {
        assertThat(dyads("The foreign ministers of Chile and Bolivia met in Lima on Monday."))
                .contains("CHL>BOL:CONSULT", "BOL>CHL:CONSULT");
        assertThat(dyads("Kenya and Tanzania met their debt obligations to China."))
                .as("meeting an obligation is no meeting").isEmpty();
    }

    @Test
    void joint_subjects_that_did_something_to_each_other_did_it_both_ways() {
        assertThat(dyads("Georgia and Armenia blamed each other for the collapse of the rail deal."))
                .containsExactlyInAnyOrder("GEO>ARM:ACCUSE", "ARM>GEO:ACCUSE");
    }

    @Test
    void a_visitor_arriving_in_a_capital_visits_its_country_but_talks_in_a_capital_are_only_held_there() {
        assertThat(dyads("Mongolia's foreign minister arrived in Seoul for a three-day visit."))
                .containsExactly("MNG>KOR:CONSULT");
        assertThat(dyads("Vietnamese and Thai officials held talks in Seoul."))
                .containsExactlyInAnyOrder("VNM>THA:NEGOTIATE", "THA>VNM:NEGOTIATE");
    }

    @Test
    void what_an_act_is_for_is_not_an_event_of_its_own() {
        assertThat(dyads("Norway's envoy shuttled between Sudanese and Chadian officials in a bid to broker a lasting truce."))
                .noneMatch(d -> d.endsWith(":CEASEFIRE"));
        assertThat(dyads("Sudan and Chad agreed a lasting truce on Sunday."))
                .contains("SDN>TCD:CEASEFIRE", "TCD>SDN:CEASEFIRE");
    }

    @Test
    void a_country_set_off_by_a_comma_before_which_is_the_subject_of_the_relative_clause() {
        assertThat(dyads("The collision drew a sharp response from Vietnam, which expelled a Malaysian diplomat."))
                .containsExactly("VNM>MYS:EXPEL");
    }

    @Test
    void a_nominal_act_by_one_country_to_another_names_both_after_the_noun() {
        assertThat(dyads("A visit by the Kazakh president to Ankara was announced on Wednesday."))
                .containsExactly("KAZ>TUR:CONSULT");
        assertThat(dyads("An attack by Sudan, Chad said, would be answered.")).isEmpty();
    }

    @Test
    void a_country_inside_a_participial_apposition_does_not_act_for_the_subject() {
        assertThat(dyads("Rwanda's troops, backed by Ugandan drones, seized two villages from Congolese forces."))
                .containsExactly("RWA>COD:ATTACK");
    }

    @Test
    void a_second_verb_after_and_keeps_the_subject_of_the_first_not_its_object() {
        assertThat(dyads("Oslo lodged a protest with Moscow and expelled a Russian diplomat."))
                .contains("NOR>RUS:EXPEL").doesNotContain("RUS>NOR:EXPEL");
    }
}
