package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/**
 * How Brink codes Portuguese news (Brazilian and European): each rule of the data-file coder, and
 * each signal category, shown on a sentence written for it. Portuguese is data only: its line in
 * languages.tsv and the six files of io/brink/lang/pt/.
 */
class PortugueseCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("pt", text);
    }

    static List<String> events(String text) {
        return LanguageSentences.dyads(coding(text).events());
    }

    @Test
    void a_protest_with_its_place_before_contra_and_a_hunger_strike_are_protests() {
        assertThat(events("Centenas de sul-coreanos se manifestaram em Seul contra a visita do primeiro-ministro japonês."))
                .containsExactly("KOR>JPN:PROTEST");
        assertThat(events("Cerca de 200 presos palestinos estão em greve de fome contra Israel."))
                .containsExactly("PSE>ISR:PROTEST");
    }

    @Test
    void the_agent_of_a_mediation_participle_brokers_and_is_no_party_to_the_truce() {
        assertThat(events("Israel e o Hamas concordaram com uma trégua de quatro dias mediada pelo Catar."))
                .containsExactlyInAnyOrder("ISR>PSE:CEASEFIRE", "PSE>ISR:CEASEFIRE", "QAT>ISR:MEDIATE",
                        "QAT>PSE:MEDIATE");
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("A Rússia atacou na terça-feira a rede elétrica da Ucrânia com mísseis e drones."))
                .containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("Israel bombardeou posições na Síria.").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("bombardeou");
        // "No sábado": "no" is "em" + article, not a negation.
        assertThat(events("No sábado, a Rússia bombardeou a Ucrânia.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void every_inflection_of_a_verb_matches_its_lexicon_entry() {
        assertThat(events("O Irã ameaça Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("O Irão ameaçou Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("O Irã tem ameaçado Israel.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Os iranianos ameaçaram Israel.")).containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void brazilian_and_european_spellings_name_the_same_state() {
        // CLDR's "pt" is Brazilian (Irã, Moscou is a capital line); pt-PT's names and capitals are gazetteer lines.
        assertThat(events("O Vietname acusou a China de atacar pescadores vietnamitas.")).containsExactly("VNM>CHN:ACCUSE");
        assertThat(events("Moscovo ameaçou a Finlândia.")).containsExactly("RUS>FIN:THREATEN");
        assertThat(events("Kiev acusou Moscou.")).containsExactly("UKR>RUS:ACCUSE");
        assertThat(events("A Polónia fechou a fronteira com a Bielorrússia.")).containsExactly("POL>BLR:SANCTION");
    }

    @Test
    void an_enclitic_and_a_proclitic_pronoun_are_both_read() {
        assertThat(events("A Rússia e a Turquia reuniram-se na Síria."))
                .containsExactlyInAnyOrder("RUS>TUR:CONSULT", "TUR>RUS:CONSULT");
        assertThat(events("O Brasil e a Argentina se reuniram em Buenos Aires."))
                .containsExactlyInAnyOrder("BRA>ARG:CONSULT", "ARG>BRA:CONSULT");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("A Rússia e a Bielorrússia ameaçaram a Polônia com represálias."))
                .containsExactlyInAnyOrder("RUS>POL:THREATEN", "BLR>POL:THREATEN");
        assertThat(events("A França, a Alemanha e a Itália condenaram o Irã."))
                .containsExactlyInAnyOrder("FRA>IRN:ACCUSE", "DEU>IRN:ACCUSE", "ITA>IRN:ACCUSE");
        assertThat(events("Segundo a França, a Rússia atacou a Ucrânia.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_negation_cancels_the_act_and_a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("A Venezuela não atacou a Guiana.")).isEmpty();
        assertThat(events("Marrocos nunca invadiu a Argélia.")).isEmpty();
        assertThat(events("A Rússia negou ter bombardeado a Ucrânia.")).isEmpty();
        assertThat(events("A Rússia não assinou o acordo com a Ucrânia.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void a_hedged_act_counts_with_less_confidence_and_a_hypothetical_one_not_at_all() {
        CodedEvent hedged = coding("A China poderia impor sanções ao Japão.").events().get(0);
        assertThat(hedged.signal()).isEqualTo(Signal.SANCTION);
        assertThat(hedged.confidence()).isLessThan(0.9);
        assertThat(events("A Coreia do Sul advertiu a Coreia do Norte contra qualquer ataque."))
                .containsExactly("KOR>PRK:WARN");
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background_and_since_dates_a_lasting_state() {
        EventCoder.Coding c = coding("O Iraque invadiu o Kuwait em 1990.");
        assertThat(c.events()).isEmpty();
        assertThat(LanguageSentences.dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("O Iraque invadiu o Kuwait na terça-feira.")).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("Israel atacou a Síria, que reivindica os Montes Golã desde 1967."))
                .containsExactly("ISR>SYR:ATTACK");
        assertThat(events("A Turquia anunciou a libertação de dois jornalistas gregos detidos no ano passado."))
                .containsExactly("TUR>GRC:RELEASE");
    }

    @Test
    void a_passive_with_pelo_or_pela_turns_the_roles_round() {
        assertThat(events("A Ucrânia foi atacada pela Rússia com drones.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("O Irã foi sancionado pelos Estados Unidos.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_demonym_a_capital_a_seat_of_power_and_an_office_holder_name_their_state() {
        assertThat(events("Tropas venezuelanas bombardearam um acampamento colombiano.")).containsExactly("VEN>COL:ATTACK");
        assertThat(events("O Kremlin acusou a Casa Branca de sabotar as negociações.")).containsExactly("RUS>USA:ACCUSE");
        assertThat(events("O Itamaraty repudiou o ataque israelense ao Líbano.")).containsExactly("BRA>ISR:ACCUSE");
        assertThat(events("O Planalto condenou o ataque dos Estados Unidos à Venezuela.")).containsExactly("BRA>USA:ACCUSE");
        assertThat(events("O ministro Serguei Lavrov acusou a França.")).containsExactly("RUS>FRA:ACCUSE");
        assertThat(events("Zelenski agradeceu a Portugal o apoio.")).containsExactly("UKR>PRT:COOPERATE");
    }

    @Test
    void an_organisation_is_no_target_and_a_sea_named_after_a_country_is_no_actor() {
        assertThat(events("A Guiana denunciou na ONU a mobilização de tropas venezuelanas.")).containsExactly("GUY>VEN:ACCUSE");
        assertThat(events("A Coreia do Norte disparou dois mísseis em direção ao mar do Japão.")).isEmpty();
    }

    @Test
    void joint_acts_between_two_parties_run_both_ways_and_a_mediator_acts_on_both() {
        assertThat(events("As negociações entre a Rússia e a Ucrânia foram retomadas em Istambul."))
                .containsExactlyInAnyOrder("RUS>UKR:NEGOTIATE", "UKR>RUS:NEGOTIATE");
        assertThat(events("O Catar mediou entre Israel e o Hamas.")).containsExactlyInAnyOrder("QAT>ISR:MEDIATE",
                "QAT>PSE:MEDIATE");
        assertThat(events("Moscou e Kiev trocaram prisioneiros com a mediação dos Emirados Árabes Unidos."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE", "ARE>UKR:MEDIATE");
        assertThat(events("As negociações entre o Egito e a Etiópia terminaram sem acordo.")).isEmpty();
    }

    @Test
    void a_nominal_act_takes_its_agent_from_de_or_a_demonym() {
        assertThat(events("O ataque de Israel contra o Irã deixou dezenas de mortos.")).containsExactly("ISR>IRN:ATTACK");
        assertThat(events("Os ataques russos contra a Ucrânia intensificaram-se.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void subjects_carry_over_to_a_second_verb_and_a_relative_clause_keeps_its_actors() {
        assertThat(events("A Rússia atacou a Ucrânia e ameaçou a Polônia."))
                .containsExactly("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
        assertThat(events("Os Estados Unidos levantaram as sanções à Venezuela, mas advertiram o Irã."))
                .containsExactly("USA>VEN:WITHDRAW", "USA>IRN:WARN");
        assertThat(events("A Rússia, que invadiu a Ucrânia em 2022, ameaçou a Polônia.")).containsExactly("RUS>POL:THREATEN");
        assertThat(events("A Ucrânia acusou a Rússia de bombardear Kharkiv.")).containsExactly("UKR>RUS:ACCUSE");
    }

    @Test
    void sport_is_no_event_and_an_appeal_asks_for_an_act_not_yet_done() {
        assertThat(events("O Flamengo atacou muito e venceu o Corinthians no campeonato brasileiro.")).isEmpty();
        assertThat(events("O Brasil instou a Rússia a retirar as suas tropas da Ucrânia."))
                .containsExactly("BRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void each_escalation_category_on_a_sentence_of_its_own() {
        assertThat(events("Os Estados Unidos deram um ultimato de 48 horas ao Irã.")).containsExactly("USA>IRN:ULTIMATUM");
        assertThat(events("A Venezuela mobilizou tropas na fronteira com a Guiana.")).containsExactly("VEN>GUY:MOBILIZE");
        assertThat(events("A China colocou as suas forças em alerta máximo perto de Taiwan.")).containsExactly("CHN>TWN:MOBILIZE");
        assertThat(events("Israel assassinou um comandante iraniano em Damasco.")).containsExactly("ISR>IRN:ASSASSINATE");
        assertThat(events("A Coreia do Norte lançou um ciberataque contra a Coreia do Sul.")).containsExactly("PRK>KOR:CYBER");
        assertThat(events("A Rússia expulsou dois diplomatas moldavos.")).containsExactly("RUS>MDA:EXPEL");
        assertThat(events("O Brasil rejeitou a proposta dos Estados Unidos.")).containsExactly("BRA>USA:REJECT");
        assertThat(events("A China exigiu que o Japão retire as suas declarações.")).containsExactly("CHN>JPN:DEMAND");
        assertThat(events("O Irã deteve três cidadãos britânicos acusados de espionagem.")).containsExactly("IRN>GBR:COERCE");
        assertThat(events("Manifestantes sérvios protestaram diante da embaixada da Croácia.")).containsExactly("SRB>HRV:PROTEST");
        assertThat(events("A China anunciou um boicote aos produtos japoneses.")).containsExactly("CHN>JPN:PROTEST");
        assertThat(events("Os Estados Unidos impuseram novas sanções ao Irã.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void each_de_escalation_category_on_a_sentence_of_its_own() {
        assertThat(events("A Índia e o Paquistão acordaram um cessar-fogo na Caxemira."))
                .containsExactlyInAnyOrder("IND>PAK:CEASEFIRE", "PAK>IND:CEASEFIRE");
        assertThat(events("Os Estados Unidos e o Irã iniciaram negociações em Omã."))
                .containsExactlyInAnyOrder("USA>IRN:NEGOTIATE", "IRN>USA:NEGOTIATE");
        assertThat(events("A Etiópia e a Eritreia assinaram um tratado de paz."))
                .containsExactlyInAnyOrder("ETH>ERI:SETTLE", "ERI>ETH:SETTLE");
        assertThat(events("A Argélia mediou entre o Mali e os rebeldes tuaregues.")).containsExactly("DZA>MLI:MEDIATE");
        assertThat(events("O Brasil e a Argentina firmaram um acordo de cooperação nuclear.")).contains("BRA>ARG:AGREE",
                "ARG>BRA:AGREE");
        assertThat(events("A Rússia retirou as suas tropas da fronteira com a Ucrânia.")).containsExactly("RUS>UKR:WITHDRAW");
        assertThat(events("A Turquia libertou um piloto grego.")).containsExactly("TUR>GRC:RELEASE");
        assertThat(events("A Arábia Saudita e o Irã restabeleceram relações diplomáticas."))
                .containsExactlyInAnyOrder("SAU>IRN:RESTORE_RELATIONS", "IRN>SAU:RESTORE_RELATIONS");
        assertThat(events("O Japão enviou ajuda humanitária às Filipinas.")).containsExactly("JPN>PHL:AID");
        assertThat(events("A Alemanha vai fornecer tanques à Ucrânia.")).containsExactly("DEU>UKR:ARMS_TRANSFER");
        assertThat(events("A Índia e a China acordaram medidas para reduzir as tensões na fronteira."))
                .containsExactlyInAnyOrder("IND>CHN:DEESCALATION_MECHANISM", "CHN>IND:DEESCALATION_MECHANISM");
        assertThat(events("O chanceler brasileiro visitou Pequim.")).containsExactly("BRA>CHN:CONSULT");
        assertThat(events("O presidente chinês recebeu o primeiro-ministro português em Pequim."))
                .containsExactly("CHN>PRT:CONSULT", "PRT>CHN:CONSULT");
        assertThat(events("O Brasil e Portugal reforçaram a cooperação em defesa."))
                .containsExactlyInAnyOrder("BRA>PRT:COOPERATE", "PRT>BRA:COOPERATE");
        assertThat(events("A China levantou as restrições às importações de carne australiana.")).containsExactly("CHN>AUS:EASE");
        assertThat(events("A Ucrânia pediu ajuda militar à Alemanha.")).containsExactly("UKR>DEU:APPEAL");
    }

    @Test
    void a_word_shared_with_everyday_usage_needs_its_object_before_it_is_an_act() {
        // "soltar uma nota" issues a statement; "liberar" also releases funds; "repatriar" citizens is an evacuation.
        assertThat(events("O Itamaraty soltou uma nota sobre a crise na Venezuela.")).isEmpty();
        assertThat(events("Os Estados Unidos liberaram mais 2 bilhões de dólares em ajuda militar para a Ucrânia."))
                .containsExactly("USA>UKR:ARMS_TRANSFER");
        assertThat(events("O Brasil repatriou 200 cidadãos brasileiros que estavam no Líbano.")).isEmpty();
        assertThat(events("A Venezuela soltou os sete norte-americanos detidos em Caracas.")).containsExactly("VEN>USA:RELEASE");
        // "combater o narcotráfico" is cooperation, "assalto" a robbery, "capturar" an arrest, "choques" a market's.
        assertThat(events("Brasil e Paraguai vão cooperar para combater o narcotráfico na fronteira."))
                .containsExactlyInAnyOrder("BRA>PRY:COOPERATE", "PRY>BRA:COOPERATE");
        assertThat(events("Um turista argentino foi vítima de um assalto no Rio de Janeiro.")).isEmpty();
        assertThat(events("A polícia brasileira capturou um traficante colombiano em São Paulo.")).isEmpty();
        assertThat(events("Empresas chinesas e brasileiras enfrentam choques na disputa pelo mercado de soja.")).isEmpty();
    }

    @Test
    void a_town_retaken_is_fighting_and_fighting_names_its_sides() {
        assertThat(events("As forças ucranianas libertaram a aldeia de Robotyne, ocupada pela Rússia."))
                .containsExactly("UKR>RUS:ATTACK");
        assertThat(events("Tropas armênias e azerbaijanas travaram intensos combates na fronteira."))
                .containsExactlyInAnyOrder("ARM>AZE:ATTACK", "AZE>ARM:ATTACK");
    }

    @Test
    void consultation_aid_and_protest_in_the_phrasings_of_the_press() {
        assertThat(events("Os chanceleres do Brasil e da Argentina estiveram reunidos em Brasília."))
                .containsExactlyInAnyOrder("BRA>ARG:CONSULT", "ARG>BRA:CONSULT");
        assertThat(events("O primeiro-ministro espanhol telefonou ao seu homólogo português."))
                .containsExactly("ESP>PRT:CONSULT");
        assertThat(events("O rei de Espanha foi recebido pelo presidente português em Lisboa."))
                .containsExactlyInAnyOrder("ESP>PRT:CONSULT", "PRT>ESP:CONSULT");
        assertThat(events("O Brasil enviou medicamentos e bombeiros à Bolívia.")).containsExactly("BRA>BOL:AID");
        assertThat(events("O Japão concedeu um empréstimo de 500 milhões de dólares a Angola.")).containsExactly("JPN>AGO:AID");
        assertThat(events("O ministro das Finanças português apresentou o orçamento na Assembleia.")).isEmpty();
        assertThat(events("O governo chinês protestou contra a venda de armas americanas a Taiwan."))
                .containsExactly("CHN>USA:PROTEST");
        assertThat(events("A delegação russa abandonou a sala em protesto contra o discurso do presidente ucraniano."))
                .containsExactly("RUS>UKR:PROTEST");
    }

    @Test
    void material_cooperation_military_police_judicial_and_declared() {
        assertThat(events("O Paraguai extraditou para o Brasil um dos líderes do PCC.")).containsExactly("PRY>BRA:COOPERATE");
        assertThat(events("A Turquia vai treinar militares somalis em Mogadíscio.")).containsExactly("TUR>SOM:COOPERATE");
        assertThat(events("O Brasil e o Paraguai realizaram uma operação conjunta contra o contrabando na fronteira."))
                .containsExactlyInAnyOrder("BRA>PRY:COOPERATE", "PRY>BRA:COOPERATE");
        assertThat(events("Angola e Portugal comprometeram-se a aprofundar a cooperação económica."))
                .containsExactlyInAnyOrder("AGO>PRT:COOPERATE", "PRT>AGO:COOPERATE");
    }

    @Test
    void a_strike_hits_its_target_and_fans_invade_only_a_pitch() {
        assertThat(events("Um míssil russo atingiu um prédio residencial em Dnipro.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("A China atingiu um recorde de exportações para o Brasil.")).isEmpty();
        assertThat(events("Torcedores argentinos invadiram o gramado após a vitória sobre o Brasil.")).isEmpty();
        // A sport phrase is matched by its stem: "amigável" would skip "países amigos", "avançado" every advance.
        assertThat(events("A Argentina e o Brasil, países amigos, assinaram um acordo de cooperação nuclear."))
                .contains("ARG>BRA:AGREE", "BRA>ARG:AGREE");
    }

    @Test
    void the_white_house_acts_and_history_recalled_is_background() {
        // "caso" (if) has the stem of "casa": only "caso o/a/os/as", "no caso de" are conditional.
        assertThat(events("A Casa Branca impôs novas sanções ao Irã.")).containsExactly("USA>IRN:SANCTION");
        assertThat(events("Durante a guerra colonial, Portugal bombardeou aldeias em Angola.")).isEmpty();
        assertThat(events("Há três semanas, a China expulsou dois diplomatas canadenses.")).isEmpty();
        assertThat(events("Nas últimas horas, Israel bombardeou o sul do Líbano.")).containsExactly("ISR>LBN:ATTACK");
    }

    @Test
    void round5_liberation_movements_are_no_release() {
        assertThat(events("A Rússia libertou dois cidadãos americanos.")).containsExactly("RUS>USA:RELEASE");
        assertThat(events("A Frente de Libertação de Moçambique saudou o apoio da China.")).doesNotContain("MOZ>CHN:RELEASE");
        assertThat(events("O Exército de Libertação do Sudão atacou forças do Chade.")).doesNotContain("SDN>TCD:RELEASE");
        assertThat(events("A libertação de Kherson pelas tropas ucranianas humilhou a Rússia.")).doesNotContain("UKR>RUS:RELEASE");
    }

    @Test
    void round5_intelligence_sharing_and_recalled_ambassadors() {
        assertThat(events("A Rússia forneceu informações de inteligência à Síria.")).containsExactly("RUS>SYR:COOPERATE");
        assertThat(events("A Argentina chamou de volta o seu embaixador em Espanha.")).containsExactly("ARG>ESP:SANCTION");
    }

    @Test
    void returning_people_or_their_remains_is_a_release_of_the_state_that_returns_them() {
        assertThat(events("A Rússia devolveu os corpos de 500 soldados ucranianos à Ucrânia.")).containsExactly("RUS>UKR:RELEASE");
        assertThat(events("A Polícia entregou as provas ao juiz.")).isEmpty();
    }

    @Test
    void a_truce_said_broken_after_it_did_not_hold() {
        assertThat(events("A trégua entre a Índia e o Paquistão foi rompida.")).isEmpty();
        assertThat(events("A Rússia violou o cessar-fogo com a Ucrânia.")).doesNotContain("RUS>UKR:CEASEFIRE");
        assertThat(events("A Índia e o Paquistão acordaram uma trégua.")).contains("IND>PAK:CEASEFIRE");
    }

    @Test
    void a_noun_written_in_the_plural_is_found_in_the_singular_and_the_sea_has_its_coercion() {
        assertThat(events("A Coreia do Norte disparou um míssil balístico em direção ao Japão.")).containsExactly("PRK>JPN:ATTACK");
        assertThat(events("A guarda costeira chinesa abalroou um navio filipino de abastecimento.")).containsExactly("CHN>PHL:COERCE");
    }
}
