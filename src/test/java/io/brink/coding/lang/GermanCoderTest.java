package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.ActorKind;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/** How Brink codes German news: each rule of the data-file coder, shown on a sentence of its own. */
class GermanCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("de", text);
    }

    static List<String> events(String text) {
        return dyads(coding(text).events());
    }

    static List<String> dyads(List<CodedEvent> events) {
        return LanguageSentences.dyads(events);
    }

    @Test
    void after_a_fronted_phrase_the_subject_follows_the_finite_verb() {
        assertThat(events("Nach dem nordkoreanischen Angriff hat Südkorea Sanktionen verhängt."))
                .as("the actor of the fronted phrase is what the sanctions answer").contains("KOR>PRK:SANCTION")
                .doesNotContain("PRK>KOR:SANCTION");
        assertThat(events("Wegen des Streits um Taiwan hat China die USA scharf kritisiert.")).containsExactly("CHN>USA:ACCUSE");
        assertThat(events("Nach dem Todesurteil gegen einen Deutsch-Iraner hat Außenminister Johann Wadephul zwei iranische "
                + "Diplomaten zu unerwünschten Personen erklärt."))
                .as("the subject after the finite verb may be named by office and name").containsExactly("DEU>IRN:EXPEL");
        assertThat(events("Im Garten des Weißen Hauses haben Israel und Jordanien ein Friedensabkommen unterzeichnet."))
                .as("joint subjects of an act that binds both sign with each other, not with the place")
                .containsExactlyInAnyOrder("ISR>JOR:AGREE", "JOR>ISR:AGREE");
    }

    @Test
    void the_actor_that_opens_a_clause_before_its_finite_verb_is_the_subject_of_the_verb_that_closes_it() {
        assertThat(events("Der belgische König hat Ruanda um Vergebung für die Gräueltaten belgischer Kolonialbeamter gebeten."))
                .as("the one asked stands after the finite verb; the demonym inside the phrase qualifies the crimes")
                .containsExactly("BEL>RWA:COOPERATE");
        assertThat(events("Japan hat Indonesien nach dem Erdbeben die Lieferung von Zelten aus Beständen der japanischen Armee zugesagt."))
                .containsExactly("JPN>IDN:AID");
        assertThat(events("Die Türkei hat nach Angaben griechischer Behörden mehrere Kriegsschiffe an die Seegrenze zu Griechenland verlegt."))
                .as("a country the phrase names is what is done to, before one named on the way")
                .containsExactly("TUR>GRC:MOBILIZE");
    }

    @Test
    void a_participle_whose_agent_before_it_is_no_actor_is_no_act_of_a_state() {
        assertThat(events("Deutschland hat den vom Tsunami verwüsteten Ländern Indonesien und Sri Lanka Hilfe zugesagt."))
                .containsExactlyInAnyOrder("DEU>IDN:AID", "DEU>LKA:AID");
        // After a noun "von" names a place, not an agent.
        assertThat(events("Die iranischen Revolutionsgarden haben den britischen Tanker in der Straße von Hormus"
                + " festgesetzt.")).containsExactly("IRN>GBR:COERCE");
    }

    @Test
    void tariffs_lifted_are_eased_and_trade_relations_broken_off_are_a_sanction() {
        assertThat(events("Die USA haben die Zölle auf chinesische Waren aufgehoben.")).containsExactly("USA>CHN:EASE");
        assertThat(events("Russland brach die Handelsbeziehungen mit Georgien ab.")).containsExactly("RUS>GEO:SANCTION");
    }

    @Test
    void a_subordinate_clause_that_opens_the_sentence_ends_at_its_comma() {
        assertThat(events("Nachdem Russland die Ukraine angegriffen hatte, verhängte Deutschland Sanktionen gegen Moskau."))
                .containsExactlyInAnyOrder("RUS>UKR:ATTACK", "DEU>RUS:SANCTION");
        assertThat(events("Nachdem Russland die Ukraine angegriffen hat, hat Deutschland Sanktionen gegen Moskau verhängt."))
                .containsExactlyInAnyOrder("RUS>UKR:ATTACK", "DEU>RUS:SANCTION");
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("Russland bombardierte die Ukraine in der Nacht.")).containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("Russland bombardierte die Ukraine in der Nacht.").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("bombardierte");
    }

    @Test
    void a_joint_statement_signed_binds_both_and_one_that_only_carries_what_they_say_does_not() {
        assertThat(events("Frankreich und Deutschland haben in einer gemeinsamen Erklärung Syrien verurteilt."))
                .containsExactlyInAnyOrder("FRA>SYR:ACCUSE", "DEU>SYR:ACCUSE");
        assertThat(events("Frankreich und Deutschland unterzeichneten eine gemeinsame Erklärung zur Verteidigung."))
                .containsExactlyInAnyOrder("FRA>DEU:AGREE", "DEU>FRA:AGREE");
        assertThat(LanguageSentences.dyads(LanguageSentences.coding("fr",
                "La France et l'Allemagne ont condamné la Syrie dans une déclaration commune.").events()))
                .containsExactlyInAnyOrder("FRA>SYR:ACCUSE", "DEU>SYR:ACCUSE");
    }

    @Test
    void the_commas_of_a_list_inside_a_phrase_are_no_words_of_its_gap() {
        assertThat(events("Belgrad hat die diplomatischen Beziehungen zu den USA, Großbritannien, Frankreich und Deutschland abgebrochen."))
                .containsExactlyInAnyOrder("SRB>USA:SANCTION", "SRB>GBR:SANCTION", "SRB>FRA:SANCTION", "SRB>DEU:SANCTION");
    }

    @Test
    void a_separable_verb_is_its_stem_a_gap_and_its_particle_at_the_clause_end() {
        assertThat(events("Russland griff am Dienstag das Stromnetz der Ukraine mit Raketen und Drohnen an."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Russland zog seine Truppen aus Syrien zurück.")).containsExactly("RUS>SYR:WITHDRAW");
        assertThat(events("Moskau wies zwei deutsche Diplomaten aus.")).containsExactly("RUS>DEU:EXPEL");
        assertThat(events("Die Bundesregierung rief Israel und den Iran zur Zurückhaltung auf."))
                .containsExactlyInAnyOrder("DEU>ISR:APPEAL_RESTRAINT", "DEU>IRN:APPEAL_RESTRAINT");
    }

    @Test
    void every_form_of_a_verb_matches_its_lexicon_entry() {
        assertThat(events("Der Iran droht Israel.")).containsExactly("IRN>ISR:THREATEN");
        // "drohte" from "drohen" by grammar.tsv's INFLECT; the participle "gedroht" is listed.
        assertThat(events("Der Iran drohte Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Der Iran hat Israel gedroht.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Die Iraner drohten Israel mit Vergeltung.")).containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void the_subject_after_the_verb_in_second_place_and_the_object_before_a_final_verb() {
        assertThat(events("Am Montag griff Russland die Ukraine mit Drohnen an.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Russland hat die Ukraine in der Nacht mit Raketen und Drohnen angegriffen."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void half_of_something_is_no_help_given() {
        assertThat(events("Russische Angriffe haben die Hälfte der ukrainischen Erzeugungskapazität lahmgelegt."))
                .noneMatch(e -> e.endsWith(":AID"));
        assertThat(events("Deutschland half der Ukraine mit Generatoren.")).containsExactly("DEU>UKR:AID");
    }

    @Test
    void a_country_named_as_where_in_the_opening_phrase_is_no_subject_of_the_verb_in_second_place() {
        assertThat(events("Nach dem Anschlag im englischen Salisbury weist die Bundesregierung vier russische Diplomaten aus."))
                .containsExactly("DEU>RUS:EXPEL");
        assertThat(events("In der Ukraine griff Russland am Montag Kraftwerke an.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("Russland und Belarus drohten Polen mit Vergeltung."))
                .containsExactlyInAnyOrder("RUS>POL:THREATEN", "BLR>POL:THREATEN");
        assertThat(events("Deutschland, Frankreich und Italien verurteilten den Iran."))
                .containsExactlyInAnyOrder("DEU>IRN:ACCUSE", "FRA>IRN:ACCUSE", "ITA>IRN:ACCUSE");
    }

    @Test
    void a_negation_cancels_the_act_before_the_verb_or_inside_the_phrase() {
        assertThat(events("Venezuela hat Guyana nicht angegriffen.")).isEmpty();
        assertThat(events("Marokko ist nie in Algerien einmarschiert.")).isEmpty();
        assertThat(events("Russland griff die Ukraine nicht an.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("Russland hat das Abkommen mit der Ukraine nicht unterzeichnet."))
                .containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void a_hedged_act_counts_with_less_confidence_and_a_hypothetical_one_not_at_all() {
        CodedEvent hedged = coding("China könnte Sanktionen gegen Japan verhängen.").events().get(0);
        assertThat(hedged.signal()).isEqualTo(Signal.SANCTION);
        assertThat(hedged.confidence()).isLessThan(0.9);
        assertThat(events("Südkorea warnte Nordkorea vor jedem Angriff.")).containsExactly("KOR>PRK:WARN");
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background() {
        EventCoder.Coding c = coding("Der Irak marschierte 1990 in Kuwait ein.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("Der Irak marschierte am Dienstag in Kuwait ein.")).containsExactly("IRQ>KWT:ATTACK");
    }

    @Test
    void a_passive_turns_the_roles_round_with_its_agent_before_the_participle() {
        assertThat(events("Die Ukraine wurde von Russland mit Drohnen angegriffen.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Der Iran wurde von den USA mit Sanktionen belegt.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void wird_is_the_passive_with_its_agent_named_and_the_future_without_one() {
        assertThat(events("Die Ukraine wird seit Tagen von Russland mit Drohnen angegriffen."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Russland wird die Ukraine erneut angreifen.")).doesNotContain("UKR>RUS:ATTACK");
    }

    @Test
    void an_opening_attribution_without_a_comma_is_its_source_alone() {
        // "Nach Angaben Polens": Poland says so; it neither moves the troops nor is their target.
        assertThat(events("Nach Angaben Polens hat Belarus Truppen an die Grenze zu Litauen verlegt."))
                .containsExactly("BLR>LTU:MOBILIZE");
        assertThat(events("Laut Kiew hat Russland die Ukraine angegriffen.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_demonym_names_its_state_in_each_of_its_endings() {
        assertThat(events("Venezolanische Truppen beschossen ein kolumbianisches Lager."))
                .containsExactly("VEN>COL:ATTACK");
        assertThat(events("Die venezolanische Armee griff kolumbianische Soldaten an."))
                .containsExactly("VEN>COL:ATTACK");
        assertThat(events("Guyana prangerte die Mobilisierung venezolanischer Truppen an."))
                .containsExactly("GUY>VEN:ACCUSE");
    }

    @Test
    void a_capital_or_seat_of_power_stands_for_its_government() {
        assertThat(events("Der Kreml warf dem Weißen Haus vor, die Verhandlungen zu sabotieren."))
                .containsExactly("RUS>USA:ACCUSE");
    }

    @Test
    void a_capital_after_in_is_where_the_act_happens_and_a_mutual_act_runs_both_ways() {
        assertThat(events("Armenien und Aserbaidschan unterzeichneten in Washington ein Friedensabkommen."))
                .containsExactlyInAnyOrder("ARM>AZE:SETTLE", "AZE>ARM:SETTLE");
        assertThat(events("Thailand und Kambodscha vereinbarten eine Waffenruhe."))
                .containsExactlyInAnyOrder("THA>KHM:CEASEFIRE", "KHM>THA:CEASEFIRE");
        assertThat(events("Russland und die Türkei trafen sich in Syrien."))
                .containsExactlyInAnyOrder("RUS>TUR:CONSULT", "TUR>RUS:CONSULT");
        assertThat(events("Israel bombardierte Stellungen in Syrien.")).containsExactly("ISR>SYR:ATTACK");
        assertThat(events("Russland bombardierte Odessa in der Nacht.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_joint_act_between_two_parties_runs_both_ways_and_a_mediator_acts_on_both() {
        assertThat(events("In Istanbul wurden die Verhandlungen zwischen Russland und der Ukraine fortgesetzt."))
                .containsExactlyInAnyOrder("RUS>UKR:NEGOTIATE", "UKR>RUS:NEGOTIATE");
        assertThat(events("Katar vermittelte zwischen Israel und der Hamas."))
                .containsExactlyInAnyOrder("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE");
        // Who brokers an exchange ("unter Vermittlung der Emirate") is no party to it.
        assertThat(events("Moskau und Kiew tauschten unter Vermittlung der Emirate Gefangene aus."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE");
    }

    @Test
    void a_conciliatory_act_said_to_fail_is_not_coded() {
        assertThat(events("Die Verhandlungen zwischen Ägypten und Äthiopien scheiterten ohne Einigung.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_broken_off_is_a_refusal() {
        // The participle or the separable particle that closes the clause breaks the talks off.
        assertThat(events("Peking hat den Dialog mit Washington über Klimafragen auf Eis gelegt."))
                .as("putting on ice is also a sanction of its own (legte ~ auf Eis, in the perfect)")
                .contains("CHN>USA:REJECT").doesNotContain("CHN>USA:CONSULT", "CHN>USA:NEGOTIATE");
        assertThat(events("China brach den Dialog mit den USA ab.")).containsExactly("CHN>USA:REJECT");
        assertThat(events("Japan hat seine Wirtschaftshilfe für Serbien eingestellt.")).containsExactly("JPN>SRB:REJECT");
        assertThat(events("Japan stellte die Wirtschaftshilfe für Serbien ein.")).containsExactly("JPN>SRB:REJECT");
        assertThat(events("Russland und die Ukraine haben Gespräche aufgenommen."))
                .containsExactlyInAnyOrder("RUS>UKR:NEGOTIATE", "UKR>RUS:NEGOTIATE");
    }

    @Test
    void a_name_is_found_in_the_genitive() {
        assertThat(events("Die Regierung in Caracas wies die Forderungen Washingtons zurück."))
                .containsExactly("VEN>USA:REJECT");
        assertThat(events("Indien bestellte den Hochkommissar Bangladeschs ein.")).containsExactly("IND>BGD:ACCUSE");
    }

    @Test
    void whose_withdrawal_an_appeal_asks_for_is_its_target_not_a_broker() {
        // Only a mediation takes its broker from the genitive after it ("unter Vermittlung Katars").
        assertThat(events("Die USA forderten den Abzug der russischen Truppen aus der Ukraine."))
                .containsExactly("USA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void what_is_asked_last_as_an_infinitive_with_zu_is_not_done() {
        assertThat(events("Kiew forderte Berlin auf, Taurus-Marschflugkörper zu liefern."))
                .containsExactly("UKR>DEU:APPEAL");
        assertThat(events("Nordkorea forderte die USA auf, ihre Sanktionen aufzuheben."))
                .containsExactly("PRK>USA:APPEAL");
        // So is what is refused.
        assertThat(events("Griechenland lehnte es ab, mit der Türkei über die Ägäis zu verhandeln."))
                .containsExactly("GRC>TUR:REJECT");
        // "fordern" with what it asks for after "dass" is a demand; alone it may count the dead.
        assertThat(events("Die Türkei forderte, dass Schweden die Auslieferung kurdischer Aktivisten beschleunigt."))
                .containsExactly("TUR>SWE:DEMAND");
    }

    @Test
    void a_hostile_verb_at_the_clause_end_acts_from_the_first_actor_on_the_next() {
        // The actors just before the verb belong to its object's phrase: who condemns is the
        // subject that opens the clause, what is condemned the next actor.
        assertThat(events("Die Bundesregierung hat die Raketenangriffe Russlands auf ukrainische Städte verurteilt."))
                .contains("DEU>RUS:ACCUSE").doesNotContain("RUS>UKR:ACCUSE");
        assertThat(events("Die Ukraine hat Russland Angriffe auf Kiew vorgeworfen."))
                .contains("UKR>RUS:ACCUSE").doesNotContain("RUS>UKR:ACCUSE");
    }

    @Test
    void a_nominal_act_takes_its_agent_from_a_genitive_von_or_a_demonym() {
        assertThat(events("Der Angriff Russlands auf die Ukraine forderte Dutzende Tote."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Der Angriff von Israel auf den Iran forderte Dutzende Tote."))
                .containsExactly("ISR>IRN:ATTACK");
        assertThat(events("Die russischen Angriffe auf die Ukraine nahmen zu.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_second_verb_after_und_keeps_the_subject_of_the_first() {
        assertThat(events("Russland griff die Ukraine an und drohte Polen."))
                .containsExactly("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
    }

    @Test
    void a_relative_clause_between_commas_does_not_lend_its_actors_to_the_sentence() {
        assertThat(events("Russland, das 2022 in die Ukraine einmarschiert ist, drohte Polen."))
                .containsExactly("RUS>POL:THREATEN");
    }

    @Test
    void what_a_speech_act_says_is_not_a_second_event_and_an_appeal_is_not_the_act() {
        assertThat(events("Die Ukraine warf Russland vor, Charkiw bombardiert zu haben."))
                .containsExactly("UKR>RUS:ACCUSE");
        assertThat(events("Frankreich forderte Russland auf, seine Truppen aus der Ukraine abzuziehen."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void who_reports_the_act_is_no_party_to_it() {
        assertThat(events("Die USA verhängten neue Sanktionen gegen den Iran, sagte die russische Agentur."))
                .containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_football_match_is_not_an_event() {
        assertThat(events("Die Nationalmannschaft Argentiniens griff Brasilien im Freundschaftsspiel immer wieder an."))
                .isEmpty();
        assertThat(events("Deutschland besiegte Frankreich im Fußballspiel mit zwei Toren.")).isEmpty();
    }

    @Test
    void a_sea_named_after_a_country_is_no_actor() {
        assertThat(events("Nordkorea feuerte zwei Raketen ins Japanische Meer ab.")).isEmpty();
    }

    @Test
    void an_armed_group_acts_for_its_country_marked_non_state() {
        CodedEvent e = coding("Die Hisbollah griff Israel mit Raketen an.").events().get(0);
        assertThat(e.src() + ">" + e.tgt()).isEqualTo("LBN>ISR");
        assertThat(e.srcKind()).isEqualTo(ActorKind.NONSTATE);
    }

    @Test
    void office_holders_in_the_german_spelling_while_in_office() {
        assertThat(events("Putin drohte der Ukraine.")).containsExactly("RUS>UKR:THREATEN");
        assertThat(events("Selenskyj warf Putin vor, den Krieg zu verlängern.")).containsExactly("UKR>RUS:ACCUSE");
    }

    @Test
    void a_question_reports_nothing() {
        assertThat(events("Wird China Taiwan angreifen?")).isEmpty();
    }

    @Test
    void lang6_diplomacy_and_yielding_are_coded_by_category() {
        assertThat(events("Die Bundesregierung sagte der Republik Moldau Hilfe in Höhe von 30 Millionen Euro zu."))
                .containsExactly("DEU>MDA:AID");
        assertThat(events("Großbritannien hat die Sanktionen gegen Syrien aufgehoben."))
                .containsExactly("GBR>SYR:EASE");
        assertThat(events("Die Ukraine appellierte an Indien, ihren Einfluss geltend zu machen."))
                .containsExactly("UKR>IND:APPEAL");
        assertThat(events("Katar erklärte sich bereit, Gespräche zwischen Armenien und Aserbaidschan auszurichten."))
                .contains("QAT>ARM:MEDIATE", "QAT>AZE:MEDIATE");
    }

    @Test
    void lang6_statements_and_force_are_coded_by_category() {
        assertThat(events("Polen forderte Belarus auf, die Migranten zurückzunehmen."))
                .as("auffordern is to call on (CAMEO 02), as 'called on' in English").containsExactly("POL>BLR:APPEAL");
        assertThat(events("Der Kreml wies einen von Frankreich vorgeschlagenen Waffenstillstand über die Feiertage zurück."))
                .contains("RUS>FRA:REJECT");
        assertThat(events("Thailand und Kambodscha lieferten sich schwere Artilleriegefechte."))
                .containsExactlyInAnyOrder("THA>KHM:ATTACK", "KHM>THA:ATTACK");
    }

    @Test
    void lang7_statements_appeals_and_aid_are_coded_by_category() {
        // A reporting verb in second place used as the main verb is the statement itself.
        assertThat(events("Deutschland betonte seine Solidarität mit Israel.")).containsExactly("DEU>ISR:COOPERATE");
        assertThat(events("Frankreich sagte dem Libanon Unterstützung zu.")).containsExactly("FRA>LBN:COOPERATE");
        assertThat(events("Frankreich sprach Japan nach dem Erdbeben sein Mitgefühl aus.")).containsExactly("FRA>JPN:COOPERATE");
        assertThat(events("Die Philippinen ersuchten Japan um Patrouillenboote.")).containsExactly("PHL>JPN:APPEAL");
        assertThat(events("Armenien wandte sich mit der Bitte um Vermittlung an Frankreich.")).containsExactly("ARM>FRA:APPEAL");
        // Sent "in die Türkei": the accusative names the recipient, not a place.
        assertThat(events("Japan schickte Hilfsgüter in die Türkei.")).containsExactly("JPN>TUR:AID");
        assertThat(events("Russland und die Ukraine haben nach Vermittlung der Vereinigten Arabischen Emirate "
                + "Kriegsgefangene ausgetauscht.")).as("a CLDR name with its adjectives declined after the article")
                .contains("ARE>RUS:MEDIATE", "ARE>UKR:MEDIATE", "RUS>UKR:RELEASE", "UKR>RUS:RELEASE")
                .doesNotContain("RUS>ARE:RELEASE", "ARE>RUS:RELEASE");
        assertThat(events("Der Sudan und Äthiopien haben ein Vermittlungsangebot der Emirate angenommen."))
                .containsExactlyInAnyOrder("SDN>ARE:AGREE", "ETH>ARE:AGREE");
        assertThat(events("Unter Vermittlung von Außenminister Sergej Lawrow haben sich Armenien und Aserbaidschan "
                + "auf eine Waffenruhe geeinigt.")).as("a preposition and a title between a fronted mediation and its broker")
                .contains("RUS>ARM:MEDIATE", "RUS>AZE:MEDIATE", "ARM>AZE:AGREE", "AZE>ARM:AGREE");
        assertThat(events("Deutschland und die Schweiz haben Rettungsteams und Hilfsgüter geschickt."))
                .as("those who give aid together give it to no one named, not to each other").isEmpty();
        assertThat(events("Die USA überwiesen der Ukraine eine weitere Tranche von zwei Milliarden Dollar."))
                .containsExactly("USA>UKR:AID");
        assertThat(events("Saudi-Arabien hinterlegte drei Milliarden Dollar bei der Zentralbank Pakistans."))
                .containsExactly("SAU>PAK:AID");
        assertThat(events("Großbritannien bildet ukrainische Soldaten aus.")).containsExactly("GBR>UKR:COOPERATE");
    }

    @Test
    void lang7_protest_coercion_assault_and_fighting_are_coded_by_category() {
        assertThat(events("Tausende Serben demonstrierten vor der kroatischen Botschaft.")).containsExactly("SRB>HRV:PROTEST");
        assertThat(events("Chinesische Bürger riefen zum Boykott japanischer Waren auf.")).containsExactly("CHN>JPN:PROTEST");
        assertThat(events("Litauen hat zwei belarussische Staatsbürger wegen Spionageverdachts festgenommen."))
                .containsExactly("LTU>BLR:COERCE");
        assertThat(events("Ein Gericht in Teheran verurteilte einen schwedischen Staatsbürger zu acht Jahren Haft."))
                .extracting(s -> s.substring(0, 7)).contains("IRN>SWE");
        assertThat(events("Israel verhängte eine Seeblockade gegen den Libanon.")).containsExactly("ISR>LBN:COERCE");
        assertThat(events("Die chinesische Küstenwache setzte Wasserwerfer gegen ein philippinisches Versorgungsschiff ein."))
                .containsExactly("CHN>PHL:COERCE");
        assertThat(events("Nordkoreanische Agenten entführten einen südkoreanischen Bürger.")).containsExactly("PRK>KOR:ATTACK");
        assertThat(events("Aserbaidschanische Truppen rückten auf armenisches Gebiet vor.")).containsExactly("AZE>ARM:ATTACK");
        assertThat(events("Israelische Bodentruppen sind weiter in den Süden des Libanon vorgestoßen."))
                .containsExactly("ISR>LBN:ATTACK");
        assertThat(events("Russland überzog die Ukraine mit einer Welle von Raketen und Drohnen.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void lang7_what_talks_are_about_is_no_party() {
        assertThat(events("Merz und Macron berieten über die Ukraine."))
                .containsExactlyInAnyOrder("DEU>FRA:CONSULT", "FRA>DEU:CONSULT");
        assertThat(events("Merz reiste in die Türkei."))
                .containsExactly("DEU>TUR:CONSULT");
        // "der ukrainische Präsident" reports; he is no party to the threat.
        assertThat(events("China hat Taiwan gedroht, erklärte der japanische Regierungssprecher."))
                .containsExactly("CHN>TWN:THREATEN");
    }

    @Test
    void lang7_a_charge_named_with_an_arrest_is_no_second_act() {
        // "wegen Spionage für Russland": the charge names a third country, which is no party.
        assertThat(events("Polen nahm einen belarussischen Staatsbürger wegen Spionage für Russland fest."))
                .containsExactly("POL>BLR:COERCE");
        assertThat(events("Der Außenminister Omans vermittelte zwischen Washington und Teheran."))
                .containsExactlyInAnyOrder("OMN>USA:MEDIATE", "OMN>IRN:MEDIATE");
        assertThat(events("Die Türkei schloss ihren Luftraum für israelische Flugzeuge.")).containsExactly("TUR>ISR:SANCTION");
        assertThat(events("Mexiko schickte Tonnen von Lebensmitteln nach Kuba.")).containsExactly("MEX>CUB:AID");
    }

    @Test
    void round4_reduced_relations_are_sanctions_and_a_broken_truce_is_no_truce() {
        // "brach die" is no negation any more: it cancelled the very act it opens.
        assertThat(events("Marokko brach die diplomatischen Beziehungen zum Iran ab.")).containsExactly("MAR>IRN:SANCTION");
        assertThat(events("Israel brach die Waffenruhe mit der Hamas.")).containsExactly("ISR>PSE:REJECT");
        // A suspended friendship treaty outweighs the treaty it names.
        assertThat(events("Algerien setzte den Freundschaftsvertrag mit Spanien aus.")).containsExactly("DZA>ESP:SANCTION");
        assertThat(events("Kanada stellte die Waffenexporte an die Türkei ein.")).containsExactly("CAN>TUR:SANCTION");
        assertThat(events("Deutschland kürzte die Entwicklungshilfe für Niger.")).containsExactly("DEU>NER:SANCTION");
    }

    @Test
    void round4_coercion_of_nationals_and_fighting() {
        assertThat(events("Russland verurteilte einen US-Bürger zu zehn Jahren Haft.")).containsExactly("RUS>USA:COERCE");
        assertThat(events("Aserbaidschan nahm mehrere armenische Soldaten gefangen.")).containsExactly("AZE>ARM:COERCE");
        assertThat(events("Die russischen Behörden verweigerten dem deutschen Korrespondenten die Akkreditierung."))
                .containsExactly("RUS>DEU:COERCE");
        assertThat(events("Indische und chinesische Soldaten lieferten sich eine Schlägerei an der Grenze."))
                .containsExactlyInAnyOrder("IND>CHN:ATTACK", "CHN>IND:ATTACK");
        assertThat(events("Ukrainische Drohnen trafen eine Raffinerie in Russland.")).containsExactly("UKR>RUS:ATTACK");
    }

    @Test
    void round4_appeals_demands_and_rejections() {
        assertThat(events("Der Irak bat die Türkei, mehr Wasser freizugeben.")).containsExactly("IRQ>TUR:APPEAL");
        assertThat(events("Die Ukraine verlangte von Russland den vollständigen Abzug."))
                .as("a demand to withdraw asks for de-escalation").containsExactly("UKR>RUS:APPEAL_RESTRAINT");
        assertThat(events("Nordkorea schlug das Angebot Südkoreas aus.")).containsExactly("PRK>KOR:REJECT");
        assertThat(events("Venezuela ignorierte die Aufforderung Brasiliens.")).containsExactly("VEN>BRA:REJECT");
    }

    @Test
    void round4_meetings_exercises_and_what_only_looks_like_a_meeting() {
        assertThat(events("Merz traf in Berlin den französischen Präsidenten."))
                .containsExactly("DEU>FRA:CONSULT");
        // Readiness for talks binds only the side that is ready.
        assertThat(events("Die Ukraine ist zu Gesprächen mit Russland bereit.")).containsExactly("UKR>RUS:CONSULT");
        assertThat(events("Die USA und Indien hielten ein gemeinsames Marinemanöver ab."))
                .containsExactlyInAnyOrder("USA>IND:COOPERATE", "IND>USA:COOPERATE");
        // The verb "treffen" is no meeting, and a called-off meeting none either.
        assertThat(events("Russische Drohnen treffen ukrainische Energieanlagen.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Polen will Vorkehrungen gegen russische Sabotage treffen.")).isEmpty();
        assertThat(events("Das Treffen zwischen Putin und Trump wurde abgesagt.")).isEmpty();
    }

    @Test
    void a_compound_matches_the_signal_word_it_ends_in() {
        assertThat(events("Die USA haben das Handelsembargo gegen Vietnam aufgehoben.")).containsExactly("USA>VNM:EASE");
        assertThat(events("Deutschland verhängte neue Wirtschaftssanktionen gegen Russland."))
                .containsExactly("DEU>RUS:SANCTION");
        assertThat(events("Ein Raketenangriff Russlands traf Kiew.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void what_a_condition_opens_is_imagined_however_far_its_verb_stands() {
        assertThat(events("Nigeria kündigte an, seine Truppen aus dem Tschad abzuziehen, falls die Regierung in "
                + "N'Djamena nicht binnen vier Monaten einer Waffenruhe mit Libyen zustimmt."))
                .containsExactly("NGA>TCD:WITHDRAW");
    }

    @Test
    void foreigners_killed_with_no_agent_named_are_struck_by_the_state_where_it_happens() {
        assertThat(events("Drei amerikanische Soldaten wurden im Irak getötet.")).containsExactly("IRQ>USA:ATTACK");
        assertThat(events("Drei US-Soldaten sind im Irak durch einen Sprengsatz getötet worden."))
                .containsExactly("IRQ>USA:ATTACK");
    }

    @Test
    void the_smaller_states_demonyms_and_the_names_of_earlier_decades_are_read() {
        assertThat(events("Burundische Milizionäre haben ein Lager kongolesischer Flüchtlinge angegriffen."))
                .containsExactly("BDI>COD:ATTACK");
        assertThat(events("Jugoslawien hat Truppen an die Grenze zu Albanien verlegt.")).containsExactly("SRB>ALB:MOBILIZE");
    }

    @Test
    void exercises_held_together_are_cooperation_and_near_another_state_a_show_of_force() {
        assertThat(events("China und Russland hielten ein gemeinsames Seemanöver ab."))
                .containsExactlyInAnyOrder("CHN>RUS:COOPERATE", "RUS>CHN:COOPERATE");
        assertThat(events("Russland und Belarus begannen ein Manöver nahe der polnischen Grenze."))
                .containsExactlyInAnyOrder("RUS>POL:MOBILIZE", "BLR>POL:MOBILIZE");
    }

    @Test
    void what_an_infinitive_with_zu_asks_for_is_not_done_however_long_the_request() {
        assertThat(events("Großbritannien drängt die USA mit Nachdruck, seinen Plan zur Bekämpfung der Armut in "
                + "Afrika zu unterstützen.")).containsExactly("GBR>USA:DEMAND");
        assertThat(events("Teheran forderte London auf, den beschlagnahmten Tanker freizugeben."))
                .containsExactly("IRN>GBR:APPEAL");
    }

    @Test
    void a_refusal_in_the_perfect_and_the_pronoun_sich_is_no_pledge() {
        // "sich" has the stem of "sicherte" (assured): "sicherte ~ zu" must not read it as a pledge.
        assertThat(events("Pakistan hat sich geweigert, Friedenstruppen in den Irak zu entsenden."))
                .containsExactly("PAK>IRQ:REJECT");
        // A verb written with "sich" in the past is found in the perfect, the pronoun first.
        assertThat(events("Argentinien hat sich bei Brasilien entschuldigt.")).containsExactly("ARG>BRA:COOPERATE");
        // Hostilities are what a ceasefire halts, not an attack of their own.
        assertThat(events("Äthiopien und Eritrea vereinbarten die Einstellung der Feindseligkeiten."))
                .contains("ETH>ERI:CEASEFIRE").doesNotContain("ETH>ERI:ATTACK");
        // A proposal for a truce is no truce.
        assertThat(events("Israel hat den Vorschlag Ägyptens für eine Waffenruhe abgelehnt.")).containsExactly("ISR>EGY:REJECT");
    }

    @Test
    void a_verb_that_closes_its_clause_before_a_comma_has_its_object_before_it() {
        // Who is named after the comma belongs to what is asked; "aufgefordert" is not "gefordert"
        // with a separable prefix, nor a compound of it.
        assertThat(events("Die USA haben Russland aufgefordert, seine Truppen von der ukrainischen Grenze abzuziehen."))
                .as("asked to withdraw, it is asked to de-escalate").containsExactly("USA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void the_fighting_a_truce_follows_is_recalled_not_news() {
        EventCoder.Coding c = coding("Bosnien und Slowenien haben nach zwei Tagen heftiger Kämpfe einer Waffenruhe "
                + "zugestimmt.");
        assertThat(dyads(c.events())).contains("BIH>SVN:CEASEFIRE").doesNotContain("BIH>SVN:ATTACK");
        assertThat(dyads(c.background())).contains("BIH>SVN:ATTACK");
        // After talks, an attack the sentence reports is news.
        assertThat(events("Nach den Gesprächen in Genf griff Russland die Ukraine an.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_noun_of_the_one_who_acts_is_not_the_act_and_a_prefix_is_no_compound() {
        // "Berater" (advisers) has the stem of "beraten" (to consult); "versucht" (tried) ends in
        // "ersucht" (requested).
        assertThat(events("Russische Berater haben Syrien verlassen.")).isEmpty();
        assertThat(events("Der Iran hat versucht, Israel zu täuschen.")).isEmpty();
        // A participle's "ge-" is two letters: "gestürmt" is still "stürmte".
        assertThat(events("Russland hat ein Dorf in der Ukraine gestürmt.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void round4_suspended_talks_and_aid_reduce_relations() {
        // The name of what is suspended would otherwise be cooperation: aid, talks.
        assertThat(events("Die USA setzten die Militärhilfe für die Ukraine aus.")).containsExactly("USA>UKR:SANCTION");
        assertThat(events("Israel setzte die Verhandlungen mit der Hamas aus.")).containsExactly("ISR>PSE:REJECT");
        assertThat(events("Russland stoppte den Handel mit Georgien.")).containsExactly("RUS>GEO:SANCTION");
        assertThat(events("Die Schweiz übernahm die EU-Sanktionen gegen Russland.")).containsExactly("CHE>RUS:SANCTION");
        // Weapons named are no attack; their use is. Delivered, they are an arms transfer.
        assertThat(events("Die USA liefern Streumunition an die Ukraine.")).containsExactly("USA>UKR:ARMS_TRANSFER");
        assertThat(events("Die Türkei bot sich als Vermittler zwischen Russland und der Ukraine an."))
                .containsExactlyInAnyOrder("TUR>RUS:MEDIATE", "TUR>UKR:MEDIATE");
    }

    @Test
    void round5_reduced_relations_mass_violence_and_troop_reductions() {
        assertThat(events("Kanada setzte die Handelsgespräche mit Indien aus.")).containsExactly("CAN>IND:SANCTION");
        assertThat(events("Die USA reduzierten ihre Hilfe für Kolumbien.")).containsExactly("USA>COL:SANCTION");
        assertThat(events("Serbische Truppen verübten ein Massaker an bosnischen Zivilisten.")).containsExactly("SRB>BIH:ATTACK");
        // Suspending sanctions eases; a firm suspending talks with a club is no state's act.
        assertThat(events("Die EU setzte die Sanktionen gegen Belarus aus.")).doesNotContain("EU>BLR:SANCTION");
        assertThat(events("Der FC Bayern setzte die Gespräche mit dem Spieler aus.")).isEmpty();
    }

    @Test
    void round5_holding_on_to_a_position_is_no_detention() {
        assertThat(events("Russland hält seit Monaten einen amerikanischen Journalisten fest.")).containsExactly("RUS>USA:COERCE");
        assertThat(events("Die USA halten an der Ein-China-Politik fest, sagte Blinken in Peking.")).isEmpty();
        assertThat(events("Deutschland hielt an seiner Unterstützung für die Ukraine fest.")).doesNotContain("DEU>UKR:COERCE");
        assertThat(events("Der Bundespräsident empfing den polnischen Präsidenten in Berlin.")).contains("DEU>POL:CONSULT");
    }

    @Test
    void round5_zu_infinitives_of_separable_verbs() {
        assertThat(events("Japan kündigte an, mit Indien wirtschaftlich zusammenzuarbeiten.")).containsExactly("JPN>IND:COOPERATE");
        assertThat(events("Russland erklärte sich bereit, ukrainische Gefangene freizulassen.")).contains("RUS>UKR:RELEASE");
        assertThat(events("Russland versprach, seine Truppen aus Moldau zurückzuziehen.")).contains("RUS>MDA:WITHDRAW");
    }

    @Test
    void occupying_ground_halting_trade_and_lifting_bans_are_coded_by_category() {
        assertThat(events("Russische Truppen besetzten ein Dorf in der Ukraine.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Die Partei besetzte den Posten des Botschafters in Polen neu."))
                .as("besetzen also fills a post").isEmpty();
        assertThat(events("China stoppte die Einfuhr von Wein aus Australien.")).containsExactly("CHN>AUS:SANCTION");
        assertThat(events("Russland verringerte seine diplomatische Präsenz in Estland.")).containsExactly("RUS>EST:SANCTION");
        assertThat(events("Die Türkei hob das Versammlungsverbot für syrische Flüchtlinge auf.")).containsExactly("TUR>SYR:EASE");
    }

    @Test
    void a_verb_written_in_one_tense_is_found_in_every_other() {
        // The lexicon says "ließ ~ frei" and "setzte ~ aus"; news also writes the present, the
        // perfect and a verb-final clause.
        assertThat(events("Russland lässt zwei Amerikaner frei.")).containsExactly("RUS>USA:RELEASE");
        assertThat(events("Die USA setzen die Militärhilfe für Ägypten aus.")).containsExactly("USA>EGY:SANCTION");
        assertThat(events("Die Türkei beschießt kurdische Stellungen in Syrien.")).containsExactly("TUR>SYR:ATTACK");
        assertThat(events("Saudi-Arabien und Iran haben ihre diplomatischen Beziehungen wiederaufgenommen."))
                .containsExactlyInAnyOrder("SAU>IRN:RESTORE_RELATIONS", "IRN>SAU:RESTORE_RELATIONS");
        assertThat(events("China bricht die Gespräche mit Japan ab.")).containsExactly("CHN>JPN:REJECT");
        // "lobte" is written; a weak verb's participle is "gelobt".
        assertThat(events("Die USA haben Haiti gelobt.")).containsExactly("USA>HTI:COOPERATE");
    }

    @Test
    void a_participle_after_an_article_describes_a_thing_and_reports_no_act() {
        assertThat(events("Russland verlegte Truppen an die Grenze zu den besetzten Gebieten der Ukraine."))
                .doesNotContain("RUS>UKR:ATTACK");
        assertThat(events("Die USA liefern der Ukraine Waffen zur Verteidigung der angegriffenen Städte."))
                .containsExactly("USA>UKR:ARMS_TRANSFER");
        assertThat(events("Die Ukraine meldete russische Drohnen, die Kiew angriffen.")).containsExactly("RUS>UKR:ATTACK");
        // One word of the noun phrase may stand between: the invasion is begun, not threatened.
        assertThat(events("Israel hat heute seine lange angedrohte Invasion im Libanon begonnen."))
                .containsExactly("ISR>LBN:ATTACK");
        // So may the agent's phrase: the militia is backed, not the act reported.
        assertThat(events("Die Hisbollah hat nach Gefechten mit der von Syrien unterstützten Amal-Miliz eine "
                + "Waffenruhe ausgerufen.")).doesNotContain("SYR>LBN:COOPERATE");
        // After a comma "die" before a participle and its noun is an article.
        assertThat(events("Moskau forderte Tiflis auf, die festgenommenen russischen Offiziere unverzüglich "
                + "freizulassen.")).containsExactly("RUS>GEO:APPEAL");
    }

    @Test
    void one_object_named_twice_before_a_final_verb_leaves_the_subject_before_both() {
        assertThat(events("Israel hat Stellungen der Hisbollah im Libanon angegriffen.")).containsExactly("ISR>LBN:ATTACK");
        // A place inside the object's phrase is no party to a warning; violence strikes it.
        assertThat(events("Peking hat Washington vor einer Einmischung in Taiwan gewarnt.")).containsExactly("CHN>USA:WARN");
        assertThat(events("Israel hat Ziele im Libanon angegriffen.")).containsExactly("ISR>LBN:ATTACK");
    }

    @Test
    void a_verb_final_clause_names_its_target_after_gegen_before_the_act() {
        assertThat(events("Die USA haben gegen China Strafzölle verhängt.")).containsExactly("USA>CHN:SANCTION");
        assertThat(events("Washington hat gegen Peking neue Sanktionen verhängt.")).containsExactly("USA>CHN:SANCTION");
        assertThat(events("Polen will Vorkehrungen gegen russische Sabotage treffen.")).as("protection is no act").isEmpty();
    }

    @Test
    void a_preposition_fused_with_its_article_is_still_the_preposition() {
        assertThat(events("Serbien forderte vom Kosovo mehr Rechte für die serbische Minderheit."))
                .containsExactly("SRB>XKX:DEMAND");
        assertThat(events("Serbien forderte von Kosovo mehr Rechte für die serbische Minderheit."))
                .containsExactly("SRB>XKX:DEMAND");
    }

    @Test
    void a_state_that_says_another_must_act_demands_it_and_the_act_is_not_done() {
        assertThat(events("Deutschland erklärte, Russland müsse seine Truppen abziehen."))
                .containsExactly("DEU>RUS:DEMAND");
    }
    @Test
    void a_government_that_suspects_another_accuses_it() {
        assertThat(events("Cyberangriff legt Litauens Bahn lahm – Vilnius verdächtigt Belarus."))
                .containsExactly("LTU>BLR:ACCUSE");
    }

    @Test
    void a_participle_that_closes_the_clause_halts_the_talks_however_far_it_stands() {
        assertThat(events("Moskau hat die Gespräche mit Tokio über einen Friedensvertrag wegen der neuen japanischen Sanktionen auf Eis gelegt."))
                .contains("RUS>JPN:REJECT").noneMatch(e -> e.endsWith(":NEGOTIATE"));
        assertThat(events("Die libysche Regierung hat die Türkei und Ägypten um humanitäre Hilfe gebeten."))
                .as("an appeal in the perfect").containsExactlyInAnyOrder("LBY>TUR:APPEAL", "LBY>EGY:APPEAL");
    }

    @Test
    void a_phrase_written_in_the_past_finds_its_perfect_with_the_participle_at_the_clauses_end() {
        assertThat(events("Japan hat China umfangreiche Hilfe gewährt.")).containsExactly("JPN>CHN:AID");
        assertThat(events("Italien hat Libyen Hilfe geschickt.")).containsExactly("ITA>LBY:AID");
        assertThat(events("Italien schickte Libyen Hilfe.")).as("the past as written").containsExactly("ITA>LBY:AID");
    }
}
