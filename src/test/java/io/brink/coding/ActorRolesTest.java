package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.ActorKind;
import io.brink.model.Article;
import io.brink.model.CodedEvent;

/** Who acts: states, national non-state actors coded to their country, and firms and fans that are no actor. */
class ActorRolesTest {

    private static List<CodedEvent> code(String text) {
        return EventCoder.standard().code(new Article("a", "https://wire.example/a", "wire.example",
                Instant.parse("2026-09-15T08:00:00Z"), "", text, "en"));
    }

    private static List<String> dyads(String text) {
        return code(text).stream().map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).toList();
    }

    @Test
    void a_state_that_answers_after_an_opening_after_clause_or_when_prompted_answers_the_one_who_acted_on_it() {
        assertThat(dyads("After Israeli jets struck Damascus, Syria threatened to respond."))
                .containsExactly("ISR>SYR:ATTACK", "SYR>ISR:THREATEN");
        assertThat(dyads("Israeli jets struck Damascus on Sunday, prompting Syria to threaten retaliation."))
                .containsExactly("ISR>SYR:ATTACK", "SYR>ISR:THREATEN");
    }

    @Test
    void an_object_pronoun_stands_for_someone_named_earlier_never_for_its_own_verb_s_subject() {
        assertThat(dyads("Indian Prime Minister Narendra Modi flew to Tokyo, where Japanese Prime Minister Shinzo Abe"
                + " greeted him at the airport.")).containsExactly("IND>JPN:CONSULT", "JPN>IND:CONSULT");
        assertThat(dyads("Qatar's emir arrived in Riyadh and was embraced by the Saudi crown prince, who welcomed"
                + " him to the kingdom.")).contains("SAU>QAT:CONSULT");
        // After "and" the verb shares the subject of the verb before, and the pronoun is its object.
        assertThat(dyads("Russia detained two Ukrainian sailors and then accused them of spying."))
                .containsExactly("RUS>UKR:COERCE", "RUS>UKR:ACCUSE");
        // "them" are the nationals named before: a release of people, not of "a statement".
        assertThat(dyads("Iran's Revolutionary Guards detained ten American sailors on Tuesday and released them the"
                + " next morning.")).containsExactly("IRN>USA:COERCE", "IRN>USA:RELEASE");
    }

    @Test
    void the_partner_after_with_does_not_talk_with_its_own_country_named_just_before() {
        assertThat(dyads("The German foreign minister pressed Beijing on human rights during talks with Chinese"
                + " Foreign Minister Wang Yi.")).contains("DEU>CHN:NEGOTIATE");
    }

    @Test
    void a_list_that_names_the_members_of_a_group_is_every_member_not_an_apposition_to_its_first() {
        assertThat(dyads("Several countries, including Germany, France and Poland, expelled Russian diplomats."))
                .containsExactlyInAnyOrder("DEU>RUS:EXPEL", "FRA>RUS:EXPEL", "POL>RUS:EXPEL");
        assertThat(dyads("More than twenty countries, among them the United States, Germany, France and Poland,"
                + " expelled Russian diplomats.")).hasSize(4);
        // An apposition still describes the actor before it.
        assertThat(dyads("Egypt, a long-standing British partner, has expelled Russian diplomats."))
                .containsExactly("EGY>RUS:EXPEL");
    }

    @Test
    void a_passive_verb_that_shares_its_subject_with_the_verb_before_is_done_to_that_subject_by_its_agent() {
        assertThat(dyads("Indian Prime Minister Narendra Modi arrived in Dhaka and was welcomed by Bangladeshi"
                + " Prime Minister Sheikh Hasina.")).containsExactly("IND>BGD:CONSULT", "BGD>IND:CONSULT");
    }

    @Test
    void a_name_then_its_office_after_a_comma_is_one_actor_joined_to_the_next() {
        assertThat(dyads("Sergei Lavrov, Russia's foreign minister, and his German counterpart, Frank-Walter"
                + " Steinmeier, spoke by telephone on Sunday.")).containsExactlyInAnyOrder("RUS>DEU:CONSULT",
                "DEU>RUS:CONSULT");
    }

    @Test
    void that_after_a_verb_of_saying_and_when_it_was_said_opens_what_was_said_not_a_relative_clause() {
        assertThat(dyads("Germany announced on Monday that it was expelling four Russian diplomats."))
                .containsExactly("DEU>RUS:EXPEL");
        assertThat(dyads("Germany said in a statement that it was expelling four Russian diplomats."))
                .containsExactly("DEU>RUS:EXPEL");
    }

    @Test
    void a_verb_of_saying_followed_by_its_subject_opens_what_was_said_and_closes_no_attribution() {
        assertThat(dyads("Germany, France and Poland said they would expel Russian diplomats."))
                .containsExactlyInAnyOrder("DEU>RUS:THREATEN", "FRA>RUS:THREATEN", "POL>RUS:THREATEN");
        assertThat(dyads("Israeli jets struck targets in Gaza, the army said.")).containsExactly("ISR>PSE:ATTACK");
    }

    @Test
    void a_phrase_that_would_start_inside_a_country_s_name_leaves_the_verb_after_the_name_to_be_read() {
        assertThat(dyads("The United States is sending a second aircraft carrier group toward Taiwan."))
                .containsExactly("USA>TWN:MOBILIZE");
    }

    @Test
    void a_host_receives_the_guest_named_before_by_a_pronoun_or_as_the_agent_of_a_passive() {
        assertThat(dyads("Vladimir Putin arrived in Japan on Thursday, and the Japanese prime minister received him at a hot-spring inn."))
                .contains("JPN>RUS:CONSULT");
        assertThat(dyads("Indian Prime Minister Narendra Modi arrived in Dhaka on Saturday and was received at the"
                + " airport by the Bangladeshi foreign minister.")).containsExactly("IND>BGD:CONSULT", "BGD>IND:CONSULT");
        // Two agents after "by" still act together.
        assertThat(dyads("The treaty, signed by Israel and Jordan, ended decades of war."))
                .containsExactlyInAnyOrder("ISR>JOR:AGREE", "JOR>ISR:AGREE");
    }

    @Test
    void the_actors_of_a_phrase_fronted_by_with_or_under_mediate_between_the_subjects_after_its_comma() {
        assertThat(dyads("With Qatari and Egyptian officials shuttling between the two sides, Israel and Hamas agreed"
                + " on Wednesday to a four-day pause in the fighting."))
                .contains("QAT>ISR:MEDIATE", "EGY>PSE:MEDIATE", "ISR>PSE:AGREE", "PSE>ISR:AGREE")
                .doesNotContain("QAT>ISR:AGREE", "EGY>QAT:AGREE");
        assertThat(dyads("Under the auspices of Egyptian intelligence, Israeli and Palestinian delegations began"
                + " indirect talks in Cairo.")).containsExactlyInAnyOrder("EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE",
                "ISR>PSE:NEGOTIATE", "PSE>ISR:NEGOTIATE");
    }

    @Test
    void the_subject_of_came_under_suffered_or_faced_suffers_the_hostile_act_named_after_it() {
        assertThat(dyads("Ukraine came under attack from Russia on Tuesday.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("Iraq suffered heavy Turkish bombardment for a third day."))
                .containsExactly("TUR>IRQ:ATTACK");
        assertThat(dyads("Lebanese villages endured Israeli air strikes through the night."))
                .containsExactly("ISR>LBN:ATTACK");
        assertThat(dyads("Iran faces new US sanctions over its missile programme.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void by_after_the_object_of_a_verb_names_the_object_s_author_not_the_verb_s_agent() {
        assertThat(dyads("Iraq rejected demands by the United States to admit weapons inspectors."))
                .containsExactly("IRQ>USA:REJECT");
    }

    @Test
    void the_agent_of_an_opening_brokered_by_phrase_is_no_member_of_the_subject() {
        assertThat(dyads("In a prisoner swap brokered by the UAE, Russia handed over 90 Ukrainian soldiers."))
                .contains("RUS>UKR:RELEASE").doesNotContain("ARE>UKR:RELEASE");
    }

    @Test
    void its_after_a_hostile_act_names_the_other_state_whose_people_or_land_are_hit() {
        assertThat(dyads("Pakistan warned of a response after Indian jets bombed targets on its territory."))
                .containsExactlyInAnyOrder("PAK>IND:THREATEN", "IND>PAK:ATTACK");
        // "their" stays with its own subject: the detainees set fire to their own cells ("its cells"
        // would name the other state).
        assertThat(dyads("Syrian detainees escaped from a Lebanese prison, setting fire to their cells."))
                .doesNotContain("LBN>SYR:ATTACK");
        assertThat(dyads("Syrian detainees escaped from a Lebanese prison, setting fire to its cells."))
                .contains("LBN>SYR:ATTACK");
    }

    @Test
    void what_a_threat_answers_after_after_or_when_happened_and_is_coded_too() {
        assertThat(dyads("Iran vowed revenge after Israel bombed Iranian commanders in Syria."))
                .contains("IRN>ISR:THREATEN", "ISR>IRN:ATTACK");
        // What a speech act says is still its content, not a second event.
        assertThat(dyads("Iran accused Israel of bombing Iranian commanders in Syria."))
                .doesNotContain("ISR>IRN:ATTACK");
    }

    @Test
    void a_verb_and_object_entry_is_read_in_the_passive_with_its_agent_after_by() {
        assertThat(dyads("Relations with Qatar were severed by Saudi Arabia.")).containsExactly("SAU>QAT:SANCTION");
        assertThat(dyads("Sanctions were imposed on Iran by the United States.")).containsExactly("USA>IRN:SANCTION");
        assertThat(dyads("The accord was signed by Peru and Ecuador in Brasilia."))
                .containsExactlyInAnyOrder("PER>ECU:AGREE", "ECU>PER:AGREE");
        assertThat(dyads("Ten Indian fishermen were freed by Pakistan.")).containsExactly("PAK>IND:RELEASE");
        // Fire told by its route: from where, at whom.
        assertThat(dyads("Rockets were fired from Gaza into southern Israel on Sunday.")).containsExactly("PSE>ISR:ATTACK");
        // Without its agent a passive names no one who acts: not the one who reports it, not the place.
        assertThat(dyads("Afghan officials said gunfire had been exchanged at a border post near Chaman.")).isEmpty();
    }

    @Test
    void contracts_between_firms_of_two_countries_are_no_event_between_the_states() {
        assertThat(code("Firms from Germany and China signed supply agreements at the Hannover trade fair.")).isEmpty();
        assertThat(code("German and Chinese carmakers signed an agreement on battery supplies.")).isEmpty();
        assertThat(code("A Turkish construction firm and a Qatari investor signed a deal to build a port.")).isEmpty();
    }

    @Test
    void rebels_of_a_country_are_coded_to_it_as_non_state() {
        List<CodedEvent> events = code("Syrian rebels attacked Turkish troops near the border.");
        assertThat(events).extracting(e -> e.src() + ">" + e.tgt()).containsExactly("SYR>TUR");
        assertThat(events.get(0).srcKind()).isEqualTo(ActorKind.NONSTATE);
        assertThat(events.get(0).tgtKind()).isEqualTo(ActorKind.STATE);
        assertThat(events.get(0).isStateToState()).isFalse();
    }

    @Test
    void a_capital_that_names_a_meeting_or_an_agreement_is_no_party() {
        assertThat(dyads("Rwanda will pull its forces back from Congo under the Doha deal."))
                .containsExactly("RWA>COD:WITHDRAW");
        assertThat(dyads("Russia accused Ukraine of violating the Minsk agreements.")).containsExactly("RUS>UKR:ACCUSE");
        assertThat(dyads("Doha brokered the deal between Rwanda and Congo."))
                .as("the capital as the government still acts").contains("QAT>RWA:MEDIATE");
    }

    @Test
    void a_party_out_of_government_is_its_country_but_not_the_state() {
        List<CodedEvent> events = code("Leaders of the Indian opposition met Pakistan's prime minister in Lahore.");
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.src() + ">" + e.tgt()).isIn("IND>PAK", "PAK>IND");
            assertThat(e.isStateToState()).isFalse();
        });
    }

    @Test
    void the_state_acting_on_non_state_nationals_marks_the_target() {
        List<CodedEvent> events = code("Israel expelled British activists who had joined the protest.");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.srcKind()).isEqualTo(ActorKind.STATE);
            assertThat(e.tgtKind()).isEqualTo(ActorKind.NONSTATE);
        });
    }

    @Test
    void the_armed_forces_of_a_state_are_the_state() {
        List<CodedEvent> events = code("Iranian forces shelled Iraqi positions overnight.");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.isStateToState()).isTrue());
    }

    @Test
    void shooting_down_drones_launched_by_another_state_is_that_state_attacking() {
        assertThat(dyads("Ukrainian air defences shot down 24 drones launched by Russia overnight."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("Israel intercepted Iranian missiles over the Golan Heights on Sunday."))
                .containsExactly("IRN>ISR:ATTACK");
    }

    @Test
    void a_fronted_phrase_of_time_acts_for_the_main_subject() {
        assertThat(dyads("On his first trip to Cairo, Erdogan said relations had entered a new era."))
                .containsExactly("TUR>EGY:CONSULT");
        assertThat(dyads("During talks with Iran, China agreed to buy more oil.")).contains("CHN>IRN:NEGOTIATE");
        assertThat(dyads("On Monday, Russia attacked Ukraine.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("During a visit to Vietnam, Australia announced a new policy."))
                .as("'announced' with an object is the main clause, not a closing attribution")
                .containsExactly("AUS>VNM:CONSULT");
    }

    @Test
    void a_state_organ_named_after_its_state_acts_for_it() {
        assertThat(dyads("The US Treasury froze the assets of three Venezuelan officials."))
                .containsExactly("USA>VEN:SANCTION");
        assertThat(dyads("The US Coast Guard seized a Venezuelan vessel.")).containsExactly("USA>VEN:COERCE");
        assertThat(dyads("Chad Williams criticised Nigeria.")).as("a person's name").isEmpty();
    }

    @Test
    void every_coordinated_agent_of_an_act_in_the_passive_acts_but_a_broker_is_one() {
        assertThat(dyads("Iran was hit with fresh sanctions by Britain and Canada on Thursday."))
                .containsExactlyInAnyOrder("GBR>IRN:SANCTION", "CAN>IRN:SANCTION");
        assertThat(dyads("Aid was sent to Haiti by Venezuela and Cuba."))
                .containsExactlyInAnyOrder("VEN>HTI:AID", "CUB>HTI:AID");
        assertThat(dyads("The truce, brokered by the United States, Israel and Lebanon accepted, held."))
                .as("the parties named after a broker broker nothing").noneMatch(d -> d.startsWith("ISR>") || d.startsWith("LBN>USA"));
        assertThat(dyads("Israel released 90 prisoners under a deal brokered by the United States, Egypt and Qatar."))
                .as("a list of brokers that closes the sentence brokers whole, and is no party to the release")
                .contains("USA>ISR:MEDIATE", "EGY>ISR:MEDIATE", "QAT>ISR:MEDIATE")
                .noneMatch(d -> d.endsWith(":RELEASE"));
        assertThat(dyads("Armenia and Azerbaijan signed a peace deal brokered by the United States, Egypt and Qatar."))
                .as("each broker of the list mediates between the parties, and no broker with another")
                .contains("USA>ARM:MEDIATE", "EGY>AZE:MEDIATE", "QAT>ARM:MEDIATE")
                .noneMatch(d -> d.startsWith("USA>EGY") || d.startsWith("USA>QAT") || d.startsWith("EGY>QAT"));
        assertThat(dyads("Qatar said Israel and Hamas had agreed to a pause in Gaza, following weeks of Qatari mediation."))
                .as("a mediation named by its broker's demonym is the broker's with the joint subjects")
                .contains("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE");
        assertThat(dyads("Sudan and South Sudan signed a peace agreement in Nairobi under Kenyan mediation."))
                .as("the broker is no party to the agreement").noneMatch(d -> d.contains("KEN") && d.endsWith(":AGREE"));
        assertThat(dyads("Twenty Chinese military aircraft entered Taiwan's air defense identification zone on Tuesday."))
                .as("an incursion into an air defence zone is force posture").containsExactly("CHN>TWN:MOBILIZE");
        assertThat(dyads("Iran, Russia and China began joint naval drills in the Sea of Oman."))
                .as("a sea named after a country is no country").noneMatch(d -> d.contains("OMN"));
        assertThat(dyads("Chile and Peru signed a border accord after months of mediation by Brazil and Argentina."))
                .as("a mediation whose brokers follow 'by' is theirs with the joint subjects named before it")
                .contains("BRA>CHL:MEDIATE", "BRA>PER:MEDIATE", "ARG>CHL:MEDIATE", "ARG>PER:MEDIATE")
                .noneMatch(d -> d.startsWith("CHL>BRA") || d.startsWith("PER>ARG"));
    }

    @Test
    void a_mediation_under_a_third_states_auspices_is_the_brokers_with_the_parties() {
        assertThat(dyads("Sudan and Egypt signed an agreement under the auspices of Kenya."))
                .contains("KEN>SDN:MEDIATE", "KEN>EGY:MEDIATE")
                .as("the broker named after 'of' is no party mediated with").noneMatch(d -> d.endsWith(">KEN:MEDIATE"));
        assertThat(dyads("Sudan and Egypt signed an agreement under Kenyan auspices."))
                .contains("KEN>SDN:MEDIATE", "KEN>EGY:MEDIATE").noneMatch(d -> d.endsWith(">KEN:MEDIATE"));
        assertThat(dyads("Chile and Peru resumed border talks facilitated by Brazil."))
                .contains("BRA>CHL:MEDIATE", "BRA>PER:MEDIATE");
    }

    @Test
    void the_parties_of_a_brokered_act_do_it_with_each_other_not_with_their_broker() {
        assertThat(dyads("Israel and Hamas exchanged prisoners on Sunday after weeks of talks, with Egypt mediating."))
                .contains("ISR>PSE:RELEASE", "PSE>ISR:RELEASE", "EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE")
                .doesNotContain("ISR>EGY:RELEASE", "PSE>EGY:RELEASE");
        assertThat(dyads("Ethiopia and Somalia held talks in Ankara, with Turkey acting as mediator."))
                .contains("ETH>SOM:NEGOTIATE", "SOM>ETH:NEGOTIATE", "TUR>ETH:MEDIATE", "TUR>SOM:MEDIATE")
                .doesNotContain("ETH>TUR:NEGOTIATE", "SOM>TUR:NEGOTIATE");
    }

    @Test
    void a_participle_after_a_comma_acts_for_the_main_clauses_subject() {
        assertThat(dyads("Niger closed its border with Benin on Friday, accusing Cotonou of hosting foreign troops."))
                .containsExactly("NER>BEN:SANCTION", "NER>BEN:ACCUSE");
        assertThat(dyads("Turkey and Syria signed an accord, defusing a crisis in which Egypt had mediated."))
                .as("a country inside a relative clause is not what the participle acts on")
                .noneMatch(d -> d.endsWith(">EGY:EASE") || d.startsWith("TUR>EGY") || d.startsWith("SYR>EGY"));
    }

    @Test
    void the_agent_of_a_participle_named_inside_its_phrase_acts() {
        assertThat(dyads("The carrier was steaming toward the Philippines, dispatched by Washington to help ferry food to survivors."))
                .contains("USA>PHL:AID").noneMatch(d -> d.startsWith("PHL>"));
    }

    @Test
    void a_cooperative_act_is_done_with_its_partner_not_with_the_country_it_is_about() {
        assertThat(dyads("Britain has been sharing intelligence on Russian troop movements with Ukraine."))
                .contains("GBR>UKR:COOPERATE").noneMatch(d -> d.startsWith("GBR>RUS"));
        assertThat(dyads("Turkey held talks about Syria with Russia on Monday."))
                .contains("TUR>RUS:NEGOTIATE").noneMatch(d -> d.startsWith("TUR>SYR"));
        assertThat(dyads("Turkey held talks on Syria in Ankara."))
                .as("with no partner named, the topic is still whom the talks concern").contains("TUR>SYR:NEGOTIATE");
    }

    @Test
    void a_mediation_between_a_state_and_its_own_insurgents_is_the_brokers_with_that_state() {
        assertThat(dyads("Sudan's government and the southern rebels signed a peace agreement under Kenyan mediation."))
                .containsExactly("KEN>SDN:MEDIATE");
        assertThat(dyads("Colombia's government and the FARC signed a final accord brokered by Cuba and Norway."))
                .contains("CUB>COL:MEDIATE", "NOR>COL:MEDIATE");
        assertThat(dyads("Sudan and the rebels talked for hours; Kenya mediated."))
                .as("a mediation that names no broker after it or as a demonym is not read this way")
                .noneMatch(d -> d.startsWith("KEN>"));
    }

    @Test
    void the_launcher_of_projectiles_counted_by_number_is_found_past_the_numbers() {
        assertThat(dyads("Ukraine's air force said it had shot down 87 of the 122 missiles and 27 of the 36 drones Russia launched overnight."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void projectiles_intercepted_in_the_passive_are_their_launcher_attacking_the_defender() {
        assertThat(dyads("Several Iranian drones were intercepted over Pakistani territory overnight."))
                .containsExactly("IRN>PAK:ATTACK");
        assertThat(dyads("Two Russian missiles were shot down by Ukrainian air defences on Tuesday."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("A Syrian drone was downed by Israel over the Golan.")).containsExactly("SYR>ISR:ATTACK");
        assertThat(dyads("British warplanes helped shoot down Iranian drones over Iraq and Jordan."))
                .as("where drones are shot down is struck by no one").containsExactly("IRN>GBR:ATTACK");
    }

    @Test
    void shooting_down_a_manned_aircraft_stays_an_attack_by_the_shooter() {
        assertThat(dyads("Turkey shot down a Russian jet near the Syrian border.")).contains("TUR>RUS:ATTACK")
                .doesNotContain("RUS>TUR:ATTACK");
    }

    @Test
    void a_state_may_act_against_another_countrys_traders_though_they_never_act_for_it() {
        assertThat(dyads("The Nigerian government deported 200 Ghanaian traders.")).containsExactly("NGA>GHA:COERCE");
    }

    @Test
    void an_envoy_acts_for_the_state_that_sent_him_not_where_he_serves() {
        assertThat(dyads("Iraq's ambassador to Egypt, speaking to reporters in Cairo after a meeting at the ministry, "
                + "accused Iran of arming militias.")).containsExactly("IRQ>IRN:ACCUSE");
    }

    @Test
    void a_state_that_answers_in_a_new_clause_answers_the_one_who_acted_on_it() {
        assertThat(dyads("Indonesian ships seized a Chinese fishing boat near the Natuna islands, and Beijing's "
                + "foreign ministry demanded its immediate release.")).contains("IDN>CHN:COERCE", "CHN>IDN:DEMAND");
        assertThat(dyads("An American drone strike killed an Iranian general in Baghdad, and Tehran vowed revenge."))
                .contains("IRN>USA:THREATEN");
        assertThat(dyads("Italy suspended air links with Serbia a day after a Serbian jet shot down a helicopter."))
                .as("no new clause of its own: the attack is the jet's alone").doesNotContain("ITA>SRB:ATTACK");
    }

    @Test
    void downing_another_states_drone_is_that_state_attacking_and_downing_its_jet_is_an_attack_on_it() {
        assertThat(dyads("Algeria's air defences downed a Moroccan military drone near Bechar."))
                .containsExactly("MAR>DZA:ATTACK");
        assertThat(dyads("Turkey downed a Russian jet near the Syrian border.")).containsExactly("TUR>RUS:ATTACK");
    }

    @Test
    void an_assault_turned_back_is_the_attack_of_the_side_that_launched_it() {
        assertThat(dyads("Eritrea said its troops had repelled an Ethiopian assault near Shiraro overnight."))
                .containsExactly("ETH>ERI:ATTACK");
        assertThat(dyads("Ukrainian forces beat back a Russian offensive near Kharkiv.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(dyads("Ukraine repelled Russian troops near Bakhmut."))
                .as("forces driven back: the defender fights them").containsExactly("UKR>RUS:ATTACK");
    }

    @Test
    void shooting_down_a_surveillance_drone_is_the_shooters_attack() {
        assertThat(dyads("Iran's Revolutionary Guards shot down an American surveillance drone over the Strait of Hormuz."))
                .containsExactly("IRN>USA:ATTACK");
    }

    @Test
    void what_a_state_receives_from_another_comes_from_its_sender() {
        assertThat(dyads("Israel received a stark warning from Iran on Sunday.")).containsExactly("IRN>ISR:WARN");
        assertThat(dyads("Japan faced renewed threats from China over the islands."))
                .containsExactly("CHN>JPN:THREATEN");
        assertThat(dyads("Chinese threats against Taiwan have grown louder.")).containsExactly("CHN>TWN:THREATEN");
    }

    @Test
    void an_offer_from_another_state_that_is_rejected_is_the_rejecters_act() {
        assertThat(dyads("Pakistan's president rejected a fresh offer from Afghanistan for direct talks."))
                .containsExactly("PAK>AFG:REJECT");
    }

    @Test
    void the_first_object_of_a_verb_of_giving_receives_the_act() {
        assertThat(dyads("The United States handed Iraq an ultimatum.")).containsExactly("USA>IRQ:ULTIMATUM");
        assertThat(dyads("China granted Sri Lanka a two-year moratorium on its debt repayments."))
                .containsExactly("CHN>LKA:AID");
    }

    @Test
    void an_organisation_with_two_parties_at_talks_mediates_and_the_talks_stay_theirs() {
        assertThat(dyads("Cairo and Addis Ababa resumed negotiations over the dam, with the African Union mediating."))
                .contains("EGY>ETH:NEGOTIATE", "ETH>EGY:NEGOTIATE");
    }

    @Test
    void a_speech_act_aimed_at_a_bare_organ_of_a_state_is_domestic_and_accuses_no_other_state() {
        assertThat(dyads("Opposition lawmakers in Chile accused the government on Friday of giving away too much "
                + "in talks with Peru.")).noneMatch(d -> d.endsWith(":ACCUSE"));
        assertThat(dyads("Chile accused the Peruvian government of provocations.")).containsExactly("CHL>PER:ACCUSE");
        assertThat(dyads("Chile accused the government of Peru of provocations.")).containsExactly("CHL>PER:ACCUSE");
    }

    @Test
    void a_match_report_that_names_no_sport_is_still_sport() {
        assertThat(dyads("A relentless Chilean attack tore through the Peruvian defence on Friday as Chile won "
                + "comfortably.")).isEmpty();
        assertThat(dyads("A Chilean attack tore through Peruvian defences on Friday."))
                .as("without the match's outcome it is war").containsExactly("CHL>PER:ATTACK");
        assertThat(dyads("The Peruvian side was bombarded by Chilean attacks in the second half.")).isEmpty();
        assertThat(dyads("Chile beat Peru by 112 runs after a Chilean assault on the Peruvian bowlers.")).isEmpty();
    }

    @Test
    void a_citys_police_or_court_acts_for_its_state_though_the_city_alone_is_only_where() {
        assertThat(dyads("Okinawa police arrested seven Chinese activists on Wednesday."))
                .containsExactly("JPN>CHN:COERCE");
        assertThat(dyads("Okinawa welcomed seven Chinese tourists on Wednesday."))
                .as("the city alone is no actor").isEmpty();
    }

    @Test
    void a_state_that_joined_another_in_an_act_does_the_act_too() {
        assertThat(dyads("Japan joined the United States and Britain in imposing sanctions on Russia."))
                .containsExactlyInAnyOrder("JPN>RUS:SANCTION", "USA>RUS:SANCTION", "GBR>RUS:SANCTION");
        assertThat(dyads("Japan joined the talks with Russia on Monday."))
                .noneMatch(d -> d.startsWith("USA"));
    }

    @Test
    void a_person_of_a_state_after_and_is_the_second_party() {
        assertThat(dyads("Presidents Fernando Collor of Brazil and Carlos Menem of Argentina signed a trade pact on "
                + "Friday.")).contains("BRA>ARG:AGREE", "ARG>BRA:AGREE");
        assertThat(dyads("Foreign Minister Celso Amorim of Brazil and his counterpart Jorge Taiana of Argentina "
                + "signed a trade pact on Friday.")).contains("BRA>ARG:AGREE", "ARG>BRA:AGREE");
        assertThat(dyads("Brazil and the port of Argentina signed a trade pact on Friday."))
                .as("only a capitalised name is a person").isEmpty();
    }

    @Test
    void forces_moved_in_the_passive_are_moved_by_their_own_state_toward_the_one_named_after() {
        assertThat(dyads("Polish troops were reinforced along the frontier with Belarus on Monday."))
                .containsExactly("POL>BLR:MOBILIZE");
        assertThat(dyads("Guyana's army has been placed on high alert along the border with Venezuela."))
                .containsExactly("GUY>VEN:MOBILIZE");
        assertThat(dyads("Thousands of troops were deployed to the border with Afghanistan by Pakistan."))
                .as("an agent named after 'by' still acts").containsExactly("PAK>AFG:MOBILIZE");
    }

    @Test
    void a_mission_closed_or_cut_on_another_states_order_is_an_expulsion() {
        assertThat(dyads("Washington ordered China to close its consulate in Houston.")).containsExactly("USA>CHN:EXPEL");
        assertThat(dyads("Moscow told Britain to cut its embassy staff.")).containsExactly("RUS>GBR:EXPEL");
    }

    @Test
    void warplanes_move_as_forces_do_and_a_second_verb_after_and_shares_their_subject() {
        assertThat(dyads("Russian bombers flew along the coast and crossed into Norway on Tuesday."))
                .containsExactly("RUS>NOR:ATTACK");
        assertThat(dyads("Indian warplanes crossed the Line of Control and struck near Balakot inside Pakistan early "
                + "on Tuesday.")).contains("IND>PAK:ATTACK");
        assertThat(dyads("Indian negotiators crossed the border and struck a deal with Pakistan on Tuesday."))
                .as("no forces, no fire").containsExactly("IND>PAK:AGREE");
    }

    @Test
    void a_government_seated_in_a_capital_is_its_state_and_answers_what_was_done_to_it() {
        assertThat(dyads("The authorities in Baku closed the border with Armenia on Monday."))
                .containsExactly("AZE>ARM:SANCTION");
        assertThat(dyads("Mali detained 49 Ivorian soldiers, and the government in Abidjan demanded their release."))
                .contains("MLI>CIV:COERCE", "CIV>MLI:DEMAND");
        assertThat(dyads("Mali detained 49 Ivorian soldiers, and the Ivorian government demanded their release."))
                .contains("CIV>MLI:DEMAND");
        assertThat(dyads("Talks in Baku between Armenia and Turkey resumed on Monday."))
                .as("a capital after 'talks in' is still where").noneMatch(d -> d.startsWith("AZE"));
    }

    @Test
    void an_institution_seated_in_another_states_capital_is_that_states_own() {
        assertThat(dyads("The Foreign Office in Islamabad expelled two Afghan diplomats on Monday."))
                .containsExactly("PAK>AFG:EXPEL");
        assertThat(dyads("The Foreign Office in London expelled two Russian diplomats on Monday."))
                .containsExactly("GBR>RUS:EXPEL");
    }

    @Test
    void two_states_moving_forces_towards_their_border_face_each_other() {
        assertThat(dyads("India and Pakistan moved troops and missiles towards their common border on Sunday."))
                .containsExactlyInAnyOrder("IND>PAK:MOBILIZE", "PAK>IND:MOBILIZE");
        assertThat(dyads("Russian and Chinese warships sailed towards the Sea of Japan on Monday for joint patrols."))
                .as("forces that patrol together cooperate").containsExactlyInAnyOrder("RUS>CHN:COOPERATE", "CHN>RUS:COOPERATE");
    }

    @Test
    void the_state_over_which_drones_are_downed_is_where_and_not_who_sent_them() {
        assertThat(dyads("U.S. warplanes shot down dozens of drones over Iraq.")).isEmpty();
        assertThat(dyads("U.S. warplanes shot down dozens of Iranian drones over Iraq."))
                .containsExactly("IRN>USA:ATTACK");
    }

    @Test
    void a_word_of_cooperation_inside_the_name_of_a_bridge_or_a_hotel_is_no_act() {
        assertThat(dyads("Russian troops crossed the Friendship Bridge out of Afghanistan on Monday.")).isEmpty();
        assertThat(dyads("Chinese and Pakistani officials met at the Friendship Hotel in Islamabad."))
                .noneMatch(d -> d.endsWith(":COOPERATE"));
    }

    @Test
    void the_country_in_which_a_deal_is_signed_is_no_party_to_it() {
        assertThat(dyads("Venezuela's government and the opposition signed an electoral road map in Barbados."))
                .isEmpty();
        assertThat(dyads("Venezuela signed a trade deal with Barbados on Monday."))
                .containsExactlyInAnyOrder("VEN>BRB:AGREE", "BRB>VEN:AGREE");
    }

    @Test
    void brokers_described_first_and_named_after_a_colon_mediate() {
        assertThat(dyads("Ecuador and Peru signed a declaration on Friday under the auspices of the four guarantors: "
                + "Argentina, Brazil, Chile and the United States.")).contains("BRA>ECU:MEDIATE", "USA>PER:MEDIATE")
                .noneMatch(d -> d.startsWith("ECU>BRA") || d.startsWith("PER>USA"));
    }

    @Test
    void the_two_parties_between_are_states_named_after_their_offices_or_forces() {
        assertThat(dyads("Talks between the President of Belarus and the President of Russia were held in Minsk."))
                .containsExactlyInAnyOrder("BLR>RUS:NEGOTIATE", "RUS>BLR:NEGOTIATE");
        assertThat(dyads("A meeting between the foreign ministers of India and China took place in Moscow."))
                .containsExactlyInAnyOrder("IND>CHN:CONSULT", "CHN>IND:CONSULT");
        assertThat(dyads("Clashes erupted between the armies of Armenia and Azerbaijan."))
                .containsExactlyInAnyOrder("ARM>AZE:ATTACK", "AZE>ARM:ATTACK");
        // A title before its holder's name, and a guest's title after "his visiting".
        assertThat(dyads("Talks between Prime Minister Narendra Modi and his visiting Bangladeshi counterpart Sheikh"
                + " Hasina were held in Delhi.")).contains("IND>BGD:NEGOTIATE", "BGD>IND:NEGOTIATE");
    }

    @Test
    void marines_sailors_and_peacekeepers_are_their_state_s_forces_not_part_of_a_person_s_name() {
        assertThat(dyads("US Marines and Philippine troops staged joint amphibious landings on Wednesday."))
                .containsExactlyInAnyOrder("USA>PHL:COOPERATE", "PHL>USA:COOPERATE");
        assertThat(dyads("Japanese sailors and US marines held joint exercises."))
                .containsExactlyInAnyOrder("JPN>USA:COOPERATE", "USA>JPN:COOPERATE");
    }

    @Test
    void a_relative_pronoun_after_an_actor_s_appositive_office_still_has_the_actor_as_antecedent() {
        assertThat(dyads("Shehbaz Sharif, Pakistan's prime minister, who flew to Washington on Sunday, said little."))
                .contains("PAK>USA:CONSULT");
        // The office alone, after a name the coder does not know for the article's date.
        assertThat(dyads("Ali Khan, Pakistan's prime minister, who flew to Washington on Sunday, said little."))
                .contains("PAK>USA:CONSULT");
        assertThat(dyads("Mohammed Shia al-Sudani, the Iraqi prime minister, who arrived in Tehran on Sunday,"
                + " said little.")).contains("IRQ>IRN:CONSULT");
    }

    @Test
    void a_city_named_inside_a_journey_s_phrase_is_where_the_official_goes() {
        assertThat(dyads("Kuwait's emir flew to Jeddah on Tuesday for talks with the Saudi king."))
                .contains("KWT>SAU:CONSULT");
        assertThat(dyads("The Indian foreign minister travelled to Karachi for talks."))
                .containsExactly("IND>PAK:CONSULT");
    }

    @Test
    void a_broker_named_by_its_office_or_after_its_efforts_mediates_between_the_two_states_named_before() {
        assertThat(dyads("Saudi Arabia reopened its borders with Qatar thanks to the mediation efforts of the Amir"
                + " of Kuwait.")).containsExactlyInAnyOrder("SAU>QAT:EASE", "KWT>SAU:MEDIATE", "KWT>QAT:MEDIATE");
        // "thanks to" says why; it thanks no one.
        assertThat(dyads("Ethiopia released 20 Eritrean prisoners thanks to Qatari mediation."))
                .containsExactlyInAnyOrder("ETH>ERI:RELEASE", "QAT>ETH:MEDIATE", "QAT>ERI:MEDIATE");
    }

    @Test
    void the_state_thanked_for_its_mediation_is_the_broker_and_is_still_thanked() {
        assertThat(dyads("Russia and Ukraine exchanged prisoners, the Russian Defence Ministry said, thanking the"
                + " United Arab Emirates for its mediation.")).contains("RUS>ARE:COOPERATE", "ARE>RUS:MEDIATE",
                "ARE>UKR:MEDIATE");
    }

    @Test
    void weapons_joined_by_and_are_one_subject_not_a_verb_sharing_the_subject_of_the_main_clause() {
        assertThat(dyads("Pakistan recalled its ambassador, a day after Iranian missiles and drones struck a village"
                + " in Pakistan.")).containsExactlyInAnyOrder("PAK>IRN:SANCTION", "IRN>PAK:ATTACK");
        // A weapon after "and" alone still starts a clause of the subject before.
        assertThat(dyads("Russian forces attacked Ukraine before dawn, and missiles launched from Russian warships hit"
                + " airfields near Kyiv.")).doesNotContain("UKR>RUS:MOBILIZE");
    }

    @Test
    void states_that_each_do_an_act_with_no_one_else_named_do_it_to_each_other() {
        assertThat(dyads("India and Canada each expelled a senior diplomat on Monday."))
                .containsExactlyInAnyOrder("IND>CAN:EXPEL", "CAN>IND:EXPEL");
        assertThat(dyads("Ottawa and New Delhi each recalled their ambassadors."))
                .containsExactlyInAnyOrder("IND>CAN:SANCTION", "CAN>IND:SANCTION");
    }
}
