package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.CodedEvent;

/** French is coded by the same coder as Spanish, from French data files alone. */
class FrenchCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("fr", text);
    }

    static List<String> events(String text) {
        return dyads(coding(text).events());
    }

    static List<String> dyads(List<CodedEvent> events) {
        return LanguageSentences.dyads(events);
    }

    @Test
    void a_call_between_two_is_the_verb_not_the_reporters_phone() {
        assertThat(events("Le secrétaire d'État américain a téléphoné mardi au ministre russe des Affaires étrangères."))
                .contains("USA>RUS:CONSULT");
        assertThat(events("Selon des transporteurs béninois joints par téléphone à Gaya, des militaires nigériens ont bloqué le pont."))
                .noneMatch(d -> d.endsWith(":CONSULT"));
    }

    @Test
    void the_fighting_a_ceasefire_follows_is_recalled_not_news() {
        assertThat(events("La Bosnie et la Slovénie ont conclu un cessez-le-feu après deux jours de violents combats."))
                .containsExactlyInAnyOrder("BIH>SVN:CEASEFIRE", "SVN>BIH:CEASEFIRE");
    }

    @Test
    void under_the_aegis_of_a_state_is_its_mediation_and_grace_a_is_no_pardon() {
        assertThat(events("Israël et le Hamas ont conclu une trêve sous l'égide du Qatar."))
                .containsExactlyInAnyOrder("ISR>PSE:CEASEFIRE", "PSE>ISR:CEASEFIRE", "QAT>ISR:MEDIATE",
                        "QAT>PSE:MEDIATE");
        // "grâce à" is "thanks to": the mediation's, not a pardon of the Emirates.
        assertThat(events("La Russie et l'Ukraine ont échangé des prisonniers grâce à la médiation des Émirats."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE",
                        "ARE>UKR:MEDIATE");
        assertThat(events("Le président algérien a gracié deux Marocains.")).containsExactly("DZA>MAR:RELEASE");
    }

    @Test
    void a_joint_act_with_no_one_before_it_is_the_coordinated_actors_after_it() {
        assertThat(events("Des affrontements ont opposé les armées indienne et chinoise dans l'Himalaya."))
                .containsExactlyInAnyOrder("IND>CHN:ATTACK", "CHN>IND:ATTACK");
        // An act one side does to two others binds no one to anyone.
        assertThat(events("Des frappes ont visé la Syrie et l'Irak.")).isEmpty();
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("La Russie a attaqué l'Ukraine avec des missiles mardi.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Les forces russes ont bombardé des positions ukrainiennes."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_visit_goes_to_the_country_after_en() {
        assertThat(events("Le président français s'est rendu en Inde lundi."))
                .contains("FRA>IND:CONSULT");
        // Where two others meet is still no party to their talks.
        assertThat(events("La Russie et la Turquie se sont réunies en Syrie.")).doesNotContain("RUS>SYR:CONSULT");
    }

    @Test
    void the_present_plural_matches_though_the_stemmer_leaves_it_alone() {
        assertThat(events("Le Mali et le Niger accusent l'Algérie.")).containsExactlyInAnyOrder("MLI>DZA:ACCUSE",
                "NER>DZA:ACCUSE");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("La France et l'Allemagne ont condamné l'Iran."))
                .containsExactlyInAnyOrder("FRA>IRN:ACCUSE", "DEU>IRN:ACCUSE");
    }

    @Test
    void ne_pas_and_jamais_cancel_the_act() {
        assertThat(events("Le Maroc n'a pas attaqué l'Algérie.")).isEmpty();
        assertThat(events("Le Venezuela n'a jamais envahi le Guyana.")).isEmpty();
    }

    @Test
    void a_past_year_makes_background_even_after_lors_de() {
        EventCoder.Coding c = coding("Israël a attaqué l'Égypte lors de la guerre de 1967.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("ISR>EGY:ATTACK");
    }

    @Test
    void a_passive_turns_the_roles_round() {
        assertThat(events("Le Mali a été attaqué par le Burkina Faso.")).containsExactly("BFA>MLI:ATTACK");
    }

    @Test
    void demonyms_and_seats_of_power_name_their_states() {
        assertThat(events("L'armée malienne a accusé les autorités algériennes.")).containsExactly("MLI>DZA:ACCUSE");
        assertThat(events("L'Élysée a convoqué l'ambassadeur d'Algérie.")).containsExactly("FRA>DZA:ACCUSE");
        assertThat(events("Le Quai d'Orsay a condamné la Russie.")).containsExactly("FRA>RUS:ACCUSE");
    }

    @Test
    void where_a_visit_goes_is_whom_it_visits_but_where_a_meeting_is_held_is_no_party() {
        assertThat(events("Le ministre chinois des Affaires étrangères se rendra à Madrid mardi."))
                .containsExactly("CHN>ESP:CONSULT");
        // A meeting binds both sides, guest and host; the Élysée, where it is held, is no third party.
        assertThat(events("Le président français s'est entretenu à l'Élysée avec son homologue brésilien."))
                .containsExactly("FRA>BRA:CONSULT");
    }

    @Test
    void an_office_holder_the_language_spells_its_own_way_names_the_state_while_in_office() {
        assertThat(events("Poutine a menacé l'Ukraine.")).containsExactly("RUS>UKR:THREATEN");
    }

    @Test
    void an_act_an_appeal_asks_for_is_not_done() {
        assertThat(events("La France a exhorté la Russie à retirer ses troupes d'Ukraine."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void joint_subjects_of_an_act_binding_both_are_its_parties_and_one_it_is_done_under_is_not() {
        // The Emirates are no party to the exchange; "sous l'égide" is their mediation.
        assertThat(events("Moscou et Kiev ont procédé à un échange de prisonniers sous l'égide des Émirats arabes unis."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE", "ARE>UKR:MEDIATE");
        assertThat(events("La Russie et la Chine ont signé un accord avec l'Iran."))
                .containsExactlyInAnyOrder("RUS>IRN:AGREE", "IRN>RUS:AGREE", "CHN>IRN:AGREE", "IRN>CHN:AGREE");
    }

    @Test
    void a_pronominal_verb_matches_with_its_pronoun_before_the_auxiliary() {
        assertThat(events("Le Japon s'est excusé auprès de la Corée du Sud.")).containsExactly("JPN>KOR:COOPERATE");
    }

    @Test
    void a_truce_binds_both_sides() {
        assertThat(events("Les États-Unis et l'Iran ont conclu un cessez-le-feu."))
                .containsExactlyInAnyOrder("USA>IRN:CEASEFIRE", "IRN>USA:CEASEFIRE");
    }

    @Test
    void a_hedged_act_counts_with_less_confidence() {
        CodedEvent e = coding("La Chine pourrait imposer des sanctions au Japon.").events().get(0);
        assertThat(e.src() + ">" + e.tgt()).isEqualTo("CHN>JPN");
        assertThat(e.confidence()).isLessThan(0.9);
    }

    @Test
    void a_football_match_is_not_an_event() {
        assertThat(events("La France a attaqué sans relâche face au Maroc pendant le match de football.")).isEmpty();
    }

    // --- Breadth by category (round 3): a few sentences per CAMEO root, as specifications ---

    @Test
    void an_appeal_is_coded_towards_whom_it_is_made() {
        assertThat(events("La France appelle l'Iran à reprendre sa coopération avec l'AIEA."))
                .containsExactly("FRA>IRN:APPEAL");
        // "à la Gambie": a country after "à" and its article is whom the act goes to, not where.
        assertThat(events("Le Sénégal a demandé à la Gambie de rouvrir la frontière."))
                .containsExactly("SEN>GMB:APPEAL");
    }

    @Test
    void a_declared_intention_is_cooperation() {
        assertThat(events("Le Maroc se dit prêt à aider la Libye.")).containsExactly("MAR>LBY:COOPERATE");
        assertThat(events("Le Japon entend renforcer sa coopération avec la Côte d'Ivoire."))
                .containsExactly("JPN>CIV:COOPERATE");
    }

    @Test
    void a_meeting_runs_from_its_subject_to_the_one_met_and_an_arrival_with_etre_is_no_passive() {
        assertThat(events("Le président sénégalais s'est entretenu avec son homologue mauritanien."))
                .containsExactly("SEN>MRT:CONSULT");
        // A visit is the guest's, wherever in the country it goes.
        assertThat(events("Le Premier ministre indien est arrivé à Paris pour une visite d'État."))
                .containsExactly("IND>FRA:CONSULT");
    }

    @Test
    void aid_is_what_is_given_sent_or_released() {
        assertThat(events("La Norvège a débloqué une aide d'urgence de 10 millions pour le Soudan."))
                .containsExactly("NOR>SDN:AID");
        assertThat(events("La France a fait don de 100 000 doses de vaccin au Cameroun.")).containsExactly("FRA>CMR:AID");
        assertThat(events("L'Arabie saoudite a accordé un prêt à l'Égypte.")).containsExactly("SAU>EGY:AID");
    }

    @Test
    void yielding_lifts_a_veto_or_frees_nationals() {
        assertThat(events("La Turquie a levé son veto à l'adhésion de la Suède.")).containsExactly("TUR>SWE:EASE");
        assertThat(events("Le Niger a libéré deux ressortissants allemands.")).containsExactly("NER>DEU:RELEASE");
    }

    @Test
    void demands_and_protests() {
        assertThat(events("Le Burkina Faso a exigé le départ de l'ambassadeur de France."))
                .containsExactly("BFA>FRA:DEMAND");
        assertThat(events("L'Algérie a adressé une note de protestation à l'Espagne."))
                .containsExactly("DZA>ESP:PROTEST");
        assertThat(events("Des milliers de Congolais ont manifesté devant l'ambassade de France."))
                .containsExactly("COD>FRA:PROTEST");
    }

    @Test
    void arrests_sentences_and_seizures_are_coercion() {
        assertThat(events("L'Iran a arrêté un ressortissant suédois accusé d'espionnage."))
                .containsExactly("IRN>SWE:COERCE");
        assertThat(events("Un tribunal iranien a condamné un chercheur français à cinq ans de prison."))
                .containsExactly("IRN>FRA:COERCE");
        assertThat(events("La Chine a saisi un chalutier japonais.")).containsExactly("CHN>JPN:COERCE");
    }

    @Test
    void a_bombardment_is_an_attack_and_a_football_club_is_no_state() {
        assertThat(events("L'armée azerbaïdjanaise a bombardé des positions arméniennes."))
                .containsExactly("AZE>ARM:ATTACK");
        assertThat(events("Le PSG a battu le Bayern Munich en demi-finale.")).isEmpty();
    }

    @Test
    void a_stem_shared_with_an_everyday_word_needs_its_object_before_it_is_an_act() {
        // "combat" shares its stem with "combats", "aide" with "aider", "Finances" with "financer".
        assertThat(events("La France livre des avions de combat Rafale à l'Inde.")).containsExactly("FRA>IND:ARMS_TRANSFER");
        assertThat(events("La France et le Mali poursuivent leur combat commun contre le terrorisme.")).isEmpty();
        assertThat(events("L'Arménie et l'Azerbaïdjan ont connu de violents combats à la frontière."))
                .containsExactlyInAnyOrder("ARM>AZE:ATTACK", "AZE>ARM:ATTACK");
        assertThat(events("La police espagnole a capturé un trafiquant marocain à Algésiras.")).isEmpty();
        assertThat(events("L'Allemagne va aider l'Ukraine à reconstruire son réseau électrique.")).containsExactly("DEU>UKR:AID");
        assertThat(events("La Chine va financer la construction d'un pont au Cameroun.")).containsExactly("CHN>CMR:AID");
        assertThat(events("La Chine lance une offensive de charme en Afrique.")).isEmpty();
        // "convier" is an invitation with its guest, never "il convient de".
        assertThat(events("Il convient de rappeler que la France et le Maroc sont voisins.")).isEmpty();
        assertThat(events("Le président français a convié son homologue brésilien à l'Élysée.")).containsExactly("FRA>BRA:CONSULT");
        // "ont échangé" is talk only with what it is about: shots exchanged are fighting.
        assertThat(events("Israël et le Hezbollah ont échangé des tirs à la frontière."))
                .containsExactlyInAnyOrder("ISR>LBN:ATTACK", "LBN>ISR:ATTACK");
        assertThat(events("Le Maroc et l'Espagne ont échangé sur la migration."))
                .containsExactlyInAnyOrder("MAR>ESP:CONSULT", "ESP>MAR:CONSULT");
    }

    @Test
    void fighting_consultation_and_aid_in_the_phrasings_of_the_wires() {
        assertThat(events("Des missiles russes se sont abattus sur Odessa.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("L'armée azerbaïdjanaise a riposté par des tirs d'artillerie contre des positions arméniennes."))
                .containsExactly("AZE>ARM:ATTACK");
        assertThat(events("Les troupes russes ont franchi la frontière ukrainienne près de Kharkiv.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Le chancelier allemand a téléphoné à Emmanuel Macron."))
                .containsExactly("DEU>FRA:CONSULT");
        assertThat(events("Le président algérien recevra le Premier ministre italien à Alger."))
                .containsExactly("DZA>ITA:CONSULT", "ITA>DZA:CONSULT");
        assertThat(events("Le Qatar a acheminé 40 tonnes de vivres et de médicaments vers le Soudan.")).containsExactly("QAT>SDN:AID");
        assertThat(events("Le Japon accorde un prêt de 2 milliards de dollars à l'Indonésie.")).containsExactly("JPN>IDN:AID");
        assertThat(events("Le patron de Renault a rencontré des investisseurs chinois à Pékin.")).isEmpty();
    }

    @Test
    void a_country_struck_by_a_disaster_is_attacked_by_no_one() {
        // "frappe", "frapper" and "frappé" share one stem: the strike needs its target, weapon or article.
        assertThat(events("Le Maroc frappé par la sécheresse importe du blé d'Ukraine.")).isEmpty();
        assertThat(events("Des frappes israéliennes ont visé le sud du Liban dans la nuit.")).containsExactly("ISR>LBN:ATTACK");
        assertThat(events("L'Inde a frappé des camps au Pakistan.")).containsExactly("IND>PAK:ATTACK");
        assertThat(events("Le fonds américain a lancé un raid boursier sur le groupe français.")).isEmpty();
        // A sport phrase is matched by its stem: "tennis" is "ten", the stem of "tenir".
        assertThat(events("Les États-Unis et l'Iran vont tenir des consultations à Oman."))
                .containsExactlyInAnyOrder("USA>IRN:CONSULT", "IRN>USA:CONSULT");
    }

    @Test
    void a_sum_of_money_is_no_summons() {
        assertThat(events("La France a versé une somme de 10 millions d'euros au Liban.")).doesNotContain("FRA>LBN:DEMAND");
        assertThat(events("Washington a sommé Moscou de retirer ses troupes."))
                .as("a summons to withdraw asks for de-escalation").containsExactly("USA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void what_a_state_says_it_will_do_otherwise_is_a_threat() {
        assertThat(events("La France exige des élections au Mali, sinon la France retirera ses troupes du Mali."))
                .contains("FRA>MLI:THREATEN").doesNotContain("FRA>MLI:WITHDRAW");
    }

    @Test
    void what_a_state_has_decided_to_do_is_done_as_the_english_coder_reads_decided_to() {
        assertThat(events("L'Algérie a décidé de rompre ses relations diplomatiques avec le Maroc."))
                .containsExactly("DZA>MAR:SANCTION");
        assertThat(events("L'Algérie a décidé de retirer avec effet immédiat son ambassadeur en France."))
                .as("an ambassador withdrawn is an ambassador recalled").containsExactly("DZA>FRA:SANCTION");
    }

    @Test
    void a_states_own_envoy_or_embassy_in_a_capital_names_the_state_it_is_posted_to() {
        assertThat(events("La France a rappelé son ambassadeur à Moscou.")).containsExactly("FRA>RUS:SANCTION");
        assertThat(events("La France a rouvert son ambassade à Damas.")).containsExactly("FRA>SYR:RESTORE_RELATIONS");
    }
}
