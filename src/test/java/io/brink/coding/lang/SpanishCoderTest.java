package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.ActorKind;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/** How Brink codes Spanish news: each rule of the data-file coder, shown on a sentence of its own. */
class SpanishCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("es", text);
    }

    static List<String> events(String text) {
        return dyads(coding(text).events());
    }

    static List<String> dyads(List<CodedEvent> events) {
        return LanguageSentences.dyads(events);
    }

    @Test
    void what_si_opens_is_imagined_to_the_next_comma() {
        assertThat(events("Si el gobierno ruso decidiera finalmente atacar a Polonia, la OTAN respondería."))
                .isEmpty();
        assertThat(events("La OTAN respondería, si el gobierno ruso decidiera finalmente atacar a Polonia."))
                .isEmpty();
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("Rusia atacó el martes la red eléctrica de Ucrania con misiles y drones."))
                .containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("Rusia bombardeó Ucrania durante la noche.").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("bombardeó");
    }

    @Test
    void every_inflection_of_a_verb_matches_its_lexicon_entry() {
        assertThat(events("Irán amenaza a Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Irán amenazó a Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Irán ha amenazado a Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Los iraníes amenazaron a Israel.")).containsExactly("IRN>ISR:THREATEN");
        // The stemmer gives "denunció" another stem than "denunciar"; grammar.tsv's INFLECT joins them.
        assertThat(events("Perú denunció a Chile.")).containsExactly("PER>CHL:ACCUSE");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("Rusia y Bielorrusia amenazaron a Polonia con represalias."))
                .containsExactlyInAnyOrder("RUS>POL:THREATEN", "BLR>POL:THREATEN");
        assertThat(events("Francia, Alemania e Italia condenaron a Irán."))
                .containsExactlyInAnyOrder("FRA>IRN:ACCUSE", "DEU>IRN:ACCUSE", "ITA>IRN:ACCUSE");
    }

    @Test
    void a_comma_alone_does_not_make_a_joint_subject() {
        assertThat(events("Según Francia, Rusia atacó Ucrania.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_negation_cancels_the_act() {
        assertThat(events("Venezuela no ha atacado a Guyana.")).isEmpty();
        assertThat(events("Marruecos nunca invadió Argelia.")).isEmpty();
        assertThat(events("Rusia negó haber bombardeado Ucrania.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("Rusia no firmó el acuerdo con Ucrania.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void a_hedged_act_counts_with_less_confidence_and_a_hypothetical_one_not_at_all() {
        CodedEvent hedged = coding("China podría imponer sanciones a Japón.").events().get(0);
        assertThat(hedged.signal()).isEqualTo(Signal.SANCTION);
        assertThat(hedged.confidence()).isLessThan(0.9);
        assertThat(events("Corea del Sur advirtió a Corea del Norte contra cualquier ataque."))
                .containsExactly("KOR>PRK:WARN");
        assertThat(events("Si Israel atacara a Irán, la región ardería.")).isEmpty();
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background() {
        EventCoder.Coding c = coding("Irak invadió Kuwait en 1990.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("Irak invadió Kuwait el martes.")).containsExactly("IRQ>KWT:ATTACK");
    }

    @Test
    void a_state_that_lasts_since_a_past_year_does_not_make_the_act_before_it_history() {
        assertThat(events("Israel atacó Siria, que reclama los Altos del Golán desde 1967."))
                .contains("ISR>SYR:ATTACK");
    }

    @Test
    void a_time_expression_dates_the_nearest_act() {
        assertThat(events("Turquía anunció la liberación de dos periodistas griegos detenidos el año pasado."))
                .containsExactly("TUR>GRC:RELEASE");
    }

    @Test
    void an_organisation_is_no_target_and_a_sea_named_after_a_country_is_no_actor() {
        assertThat(events("Guyana denunció ante la ONU la movilización de tropas venezolanas."))
                .containsExactly("GUY>VEN:ACCUSE");
        assertThat(events("Corea del Norte disparó dos misiles hacia el mar de Japón.")).isEmpty();
    }

    @Test
    void a_passive_turns_the_roles_round() {
        assertThat(events("Ucrania fue atacada por Rusia con drones.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Irán ha sido sancionado por Estados Unidos.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_demonym_names_its_state_in_each_of_its_forms() {
        assertThat(events("Tropas venezolanas bombardearon un campamento colombiano."))
                .containsExactly("VEN>COL:ATTACK");
        assertThat(events("El ejército venezolano atacó a los soldados colombianos."))
                .containsExactly("VEN>COL:ATTACK");
    }

    @Test
    void a_capital_or_seat_of_power_stands_for_its_government() {
        assertThat(events("El Kremlin acusó a la Casa Blanca de sabotear las negociaciones."))
                .containsExactly("RUS>USA:ACCUSE");
        assertThat(events("Caracas expulsó al embajador de Panamá.")).containsExactly("VEN>PAN:EXPEL");
    }

    @Test
    void a_capital_after_en_is_where_the_act_happens_and_a_mutual_act_runs_both_ways() {
        assertThat(events("Armenia y Azerbaiyán firmaron un acuerdo de paz en Washington."))
                .containsExactlyInAnyOrder("ARM>AZE:SETTLE", "AZE>ARM:SETTLE");
        assertThat(events("Tailandia y Camboya acordaron un alto el fuego."))
                .containsExactlyInAnyOrder("THA>KHM:CEASEFIRE", "KHM>THA:CEASEFIRE");
        assertThat(events("Rusia y Turquía se reunieron en Siria."))
                .containsExactlyInAnyOrder("RUS>TUR:CONSULT", "TUR>RUS:CONSULT");
        assertThat(events("Israel bombardeó posiciones en Siria.")).containsExactly("ISR>SYR:ATTACK");
        // A city from Brink's table of places is where violence strikes, and so whom.
        assertThat(events("Rusia bombardeó Odesa durante la noche.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_joint_act_between_two_parties_runs_both_ways_and_a_mediator_acts_on_both() {
        assertThat(events("Se reanudaron en Estambul las negociaciones entre Rusia y Ucrania."))
                .containsExactlyInAnyOrder("RUS>UKR:NEGOTIATE", "UKR>RUS:NEGOTIATE");
        assertThat(events("Catar medió entre Israel y Hamás."))
                .containsExactlyInAnyOrder("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE");
        assertThat(events("Moscú y Kiev intercambiaron prisioneros con la mediación de Emiratos Árabes Unidos."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE",
                        "ARE>UKR:MEDIATE");
    }

    @Test
    void a_conciliatory_act_said_to_fail_is_not_coded() {
        assertThat(events("Las negociaciones entre Egipto y Etiopía terminaron sin acuerdo.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_broken_off_is_a_refusal() {
        assertThat(events("Venezuela congeló el diálogo con Colombia.")).containsExactly("VEN>COL:REJECT");
        assertThat(events("Las conversaciones de Venezuela con Colombia quedaron suspendidas."))
                .containsExactly("VEN>COL:REJECT");
        assertThat(events("Rusia y Ucrania acordaron suspender los ataques."))
                .containsExactlyInAnyOrder("RUS>UKR:AGREE", "UKR>RUS:AGREE");
    }

    @Test
    void a_nominal_act_takes_its_agent_from_de_or_por_parte_de() {
        assertThat(events("El ataque de Israel contra Irán dejó decenas de muertos."))
                .containsExactly("ISR>IRN:ATTACK");
        assertThat(events("El bombardeo por parte de Turquía contra Siria dejó diez muertos."))
                .containsExactly("TUR>SYR:ATTACK");
        assertThat(events("Los ataques rusos contra Ucrania se intensificaron.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_second_verb_after_y_keeps_the_subject_of_the_first() {
        assertThat(events("Rusia atacó Ucrania y amenazó a Polonia."))
                .containsExactly("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
    }

    @Test
    void a_clause_with_its_subject_dropped_takes_the_subject_of_the_clause_before() {
        assertThat(events("Estados Unidos levantó las sanciones a Venezuela, pero advirtió a Irán."))
                .containsExactly("USA>VEN:WITHDRAW", "USA>IRN:WARN");
    }

    @Test
    void a_sentence_that_opens_with_its_verb_continues_the_subject_of_the_sentence_before() {
        assertThat(events("Venezuela desplegó tropas en la frontera. Además, amenazó a Guyana."))
                .containsExactly("VEN>GUY:THREATEN");
        // A sentence that opens with a noun phrase has a subject of its own, even if not a country.
        assertThat(events("Venezuela desplegó tropas en la frontera. Los ataques contra Guyana continuaron."))
                .isEmpty();
    }

    @Test
    void a_relative_clause_between_commas_does_not_lend_its_actors_to_the_sentence() {
        assertThat(events("Rusia, que invadió Ucrania en 2022, amenazó a Polonia."))
                .containsExactly("RUS>POL:THREATEN");
    }

    @Test
    void what_a_speech_act_says_is_not_a_second_event() {
        assertThat(events("Ucrania acusó a Rusia de bombardear Járkov.")).containsExactly("UKR>RUS:ACCUSE");
        assertThat(events("Rusia se negó a retirar sus tropas de Ucrania.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void an_act_an_appeal_asks_for_is_not_done() {
        assertThat(events("Francia instó a Rusia a retirar sus tropas de Ucrania."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
        // The appeal itself is coded (CAMEO 02), towards whom it is made; the release is not done.
        assertThat(events("Alemania pidió a Irán que libere a los rehenes británicos."))
                .containsExactly("DEU>IRN:APPEAL");
    }

    @Test
    void who_reports_the_act_is_no_party_to_it() {
        assertThat(events("Estados Unidos impuso nuevas sanciones a Irán, informó la agencia rusa."))
                .containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_football_match_is_not_an_event() {
        assertThat(events("La selección de Argentina atacó a Brasil durante todo el partido amistoso.")).isEmpty();
        assertThat(events("España derrotó a Francia por dos goles a uno en el partido de fútbol.")).isEmpty();
    }

    @Test
    void an_armed_group_acts_for_its_country_marked_non_state() {
        CodedEvent e = coding("Hezbolá atacó a Israel con cohetes.").events().get(0);
        assertThat(e.src() + ">" + e.tgt()).isEqualTo("LBN>ISR");
        assertThat(e.srcKind()).isEqualTo(ActorKind.NONSTATE);
    }

    @Test
    void office_holders_come_from_the_shared_table_while_in_office() {
        assertThat(events("Putin amenazó a Ucrania.")).containsExactly("RUS>UKR:THREATEN");
    }

    @Test
    void a_question_reports_nothing() {
        assertThat(events("¿Atacará China a Taiwán?")).isEmpty();
    }

    // --- Breadth by category (round 3): a few sentences per CAMEO root, as specifications ---

    @Test
    void an_appeal_is_coded_towards_whom_it_is_made() {
        assertThat(events("Chile instó a Bolivia a retomar el diálogo bilateral."))
                .containsExactly("CHL>BOL:APPEAL_RESTRAINT");
        assertThat(events("Ucrania solicitó a Japón ayuda para reconstruir su red eléctrica."))
                .containsExactly("UKR>JPN:APPEAL");
    }

    @Test
    void a_declared_intention_is_coded_and_the_act_intended_is_not_done() {
        assertThat(events("Argentina se mostró dispuesta a cooperar con Uruguay en materia energética."))
                .containsExactly("ARG>URY:COOPERATE");
        assertThat(events("Irán está dispuesto a responder con contundencia a cualquier agresión de Israel."))
                .containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void a_meeting_a_visit_and_a_call_run_from_whoever_holds_them_to_the_one_met() {
        assertThat(events("El canciller de México se reunió con su homóloga de Canadá."))
                .containsExactly("MEX>CAN:CONSULT");
        assertThat(events("El presidente de Brasil realizó una visita oficial a Angola."))
                .containsExactly("BRA>AGO:CONSULT");
    }

    @Test
    void aid_is_what_is_given_sent_or_donated() {
        assertThat(events("Japón donó 3 millones de dólares a Honduras.")).containsExactly("JPN>HND:AID");
        assertThat(events("Corea del Sur envió 40 toneladas de alimentos a Filipinas."))
                .containsExactly("KOR>PHL:AID");
    }

    @Test
    void yielding_lifts_a_veto_or_frees_nationals() {
        assertThat(events("Turquía levantó su veto a la entrada de Suecia en la OTAN."))
                .containsExactly("TUR>SWE:EASE");
        assertThat(events("Venezuela liberó a diez ciudadanos estadounidenses.")).containsExactly("VEN>USA:RELEASE");
    }

    @Test
    void a_formal_protest_and_a_demonstration_at_an_embassy_are_protests() {
        assertThat(events("Guatemala presentó una nota de protesta a Belice.")).containsExactly("GTM>BLZ:PROTEST");
        assertThat(events("Cientos de venezolanos se manifestaron frente a la embajada de Cuba."))
                .containsExactly("VEN>CUB:PROTEST");
    }

    @Test
    void arrests_raids_and_seizures_of_another_states_people_and_property_are_coercion() {
        assertThat(events("Rusia detuvo a un periodista estadounidense acusado de espionaje."))
                .containsExactly("RUS>USA:COERCE");
        assertThat(events("Ecuador irrumpió en la embajada de México en Quito.")).containsExactly("ECU>MEX:COERCE");
        assertThat(events("La Armada de Argentina incautó un pesquero chino.")).containsExactly("ARG>CHN:COERCE");
    }

    @Test
    void the_fight_against_crime_is_cooperation_and_only_fighting_between_two_sides_is_an_attack() {
        // "combatir" shares its stem with "combates": partners fighting drug trafficking do not fight each other.
        assertThat(events("Colombia y Estados Unidos acordaron combatir el narcotráfico."))
                .containsExactlyInAnyOrder("COL>USA:AGREE", "USA>COL:AGREE", "COL>USA:COOPERATE", "USA>COL:COOPERATE");
        assertThat(events("Las tropas rusas combatieron contra las fuerzas ucranianas en Járkov."))
                .containsExactlyInAnyOrder("RUS>UKR:ATTACK", "UKR>RUS:ATTACK");
        assertThat(events("Las fuerzas rusas capturaron a dos mercenarios británicos que combatían por Ucrania."))
                .containsExactly("RUS>GBR:ATTACK");
    }

    @Test
    void a_football_club_is_no_state() {
        assertThat(events("El Real Madrid atacó sin descanso la portería del Bayern de Múnich.")).isEmpty();
    }

    @Test
    void a_state_that_says_another_must_act_demands_it() {
        assertThat(events("Francia dijo que Irak debe cooperar con los inspectores.")).containsExactly("FRA>IRQ:DEMAND");
    }
    @Test
    void an_act_named_right_after_since_began_a_lasting_state_and_is_background() {
        EventCoder.Coding coding = LanguageSentences.coding("es",
                "Perú concedió asilo a cinco oficiales panameños atrincherados desde la invasión estadounidense.");
        assertThat(LanguageSentences.dyads(coding.events())).containsExactly("PER>PAN:COOPERATE");
        assertThat(LanguageSentences.dyads(coding.background())).isNotEmpty();
    }

    @Test
    void a_place_whose_name_holds_a_country_names_no_actor() {
        assertThat(events("Colombia y Venezuela firmaron hoy en Cartagena de Indias un acuerdo comercial."))
                .noneMatch(e -> e.contains("IND"));
    }

    @Test
    void a_states_own_envoy_or_embassy_in_a_capital_names_the_state_it_is_posted_to() {
        assertThat(events("España retiró a su embajador en Caracas.")).containsExactly("ESP>VEN:SANCTION");
        assertThat(events("España reabrió su embajada en Damasco.")).containsExactly("ESP>SYR:RESTORE_RELATIONS");
    }
}
