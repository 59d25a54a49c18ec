package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.ActorKind;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/** How Brink codes Russian news: each rule of the data-file coder, shown on a sentence of its own. */
class RussianCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("ru", text);
    }

    static List<String> events(String text) {
        return dyads(coding(text).events());
    }

    static List<String> dyads(List<CodedEvent> events) {
        return LanguageSentences.dyads(events);
    }

    @Test
    void a_short_passive_participle_is_the_passive_and_where_they_are_held_is_who_holds_them() {
        assertThat(events("Двое граждан Эстонии задержаны в России.")).containsExactly("RUS>EST:COERCE");
        assertThat(events("Россия задержала двух граждан Эстонии.")).containsExactly("RUS>EST:COERCE");
    }

    @Test
    void a_number_is_no_word_of_a_phrases_gap() {
        assertThat(events("Польша стянула к границе с Белоруссией около 12 тысяч военнослужащих."))
                .containsExactly("POL>BLR:MOBILIZE");
    }

    @Test
    void the_names_of_earlier_decades_are_read() {
        assertThat(events("Югославия стянула войска к границе с Албанией.")).containsExactly("SRB>ALB:MOBILIZE");
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("Россия во вторник атаковала энергосистему Украины ракетами и беспилотниками."))
                .containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("Россия нанесла удар по Киеву.").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("нанесла удар");
    }

    @Test
    void a_country_is_named_in_each_of_its_cases() {
        // Accusative, dative, genitive, instrumental: names are matched as written, each case listed.
        assertThat(events("Польша осудила Белоруссию.")).containsExactly("POL>BLR:ACCUSE");
        assertThat(events("Иран пригрозил Израилю.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("США ввели новые санкции против Ирана.")).containsExactly("USA>IRN:SANCTION");
        assertThat(events("Литва закрыла границу с Белоруссией.")).containsExactly("LTU>BLR:SANCTION");
        assertThat(events("Россия обстреляла Одессу ночью.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void cyrillic_keeps_its_capitals_and_a_name_with_yo_is_found_either_way() {
        // The capital-letter rule reads Cyrillic capitals: "газа" (gas) is not "Газа" (Gaza).
        assertThat(events("Цены на природного газа выросли, Россия атаковала Украину."))
                .containsExactly("RUS>UKR:ATTACK");
        assertThat(events("РОССИЯ АТАКОВАЛА УКРАИНУ.")).containsExactly("RUS>UKR:ATTACK");
        // ASCII folding leaves Cyrillic as written; "ё" is listed both ways in gazetteer.tsv.
        assertThat(events("Соединённые Штаты ввели санкции против Ирана.")).containsExactly("USA>IRN:SANCTION");
        assertThat(events("Соединенные Штаты ввели санкции против Ирана.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_country_in_an_object_case_before_the_verb_is_its_object() {
        // grammar.tsv's OBJECT_CASE: "Украину" is never a subject, so the actor after the verb is.
        assertThat(events("Украину атаковала Россия.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Украину атаковали российские беспилотники.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Израилю пригрозил Иран.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Россия Украину атаковала.")).containsExactly("RUS>UKR:ATTACK");
        // With no subject to be found, no event rather than the object acting.
        assertThat(events("Украину атаковали с территории Белоруссии.")).isEmpty();
        // The genitive after a title is no object case: the title's country acts.
        assertThat(events("Министр обороны России обвинил Украину.")).containsExactly("RUS>UKR:ACCUSE");
    }

    @Test
    void every_form_of_a_verb_matches_its_lexicon_entry() {
        assertThat(events("Иран угрожает Израилю.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Иран пригрозил Израилю.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("Иранцы пригрозили Израилю ответным ударом.")).containsExactly("IRN>ISR:THREATEN");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("Россия и Белоруссия пригрозили Польше ответными мерами."))
                .containsExactlyInAnyOrder("RUS>POL:THREATEN", "BLR>POL:THREATEN");
        assertThat(events("Германия, Франция и Италия осудили Иран."))
                .containsExactlyInAnyOrder("DEU>IRN:ACCUSE", "FRA>IRN:ACCUSE", "ITA>IRN:ACCUSE");
    }

    @Test
    void a_negation_cancels_the_act() {
        assertThat(events("Венесуэла не нападала на Гайану.")).isEmpty();
        assertThat(events("Марокко никогда не вторгалось в Алжир.")).isEmpty();
        assertThat(events("Россия опровергла удары по Украине.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("Россия не подписала соглашение с Украиной.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void a_hedged_act_counts_with_less_confidence_and_a_hypothetical_one_not_at_all() {
        CodedEvent hedged = coding("Китай может ввести санкции против Японии.").events().get(0);
        assertThat(hedged.signal()).isEqualTo(Signal.SANCTION);
        assertThat(hedged.confidence()).isLessThan(0.9);
        assertThat(events("Южная Корея предупредила КНДР о любом нападении.")).containsExactly("KOR>PRK:WARN");
        assertThat(events("Если Израиль атакует Иран, регион вспыхнет.")).isEmpty();
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background() {
        EventCoder.Coding c = coding("Ирак вторгся в Кувейт в 1990 году.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("Ирак вторгся в Кувейт во вторник.")).containsExactly("IRQ>KWT:ATTACK");
    }

    @Test
    void a_time_expression_dates_the_nearest_act() {
        assertThat(events("Турция объявила об освобождении двух греческих журналистов, задержанных в прошлом году."))
                .containsExactly("TUR>GRC:RELEASE");
    }

    @Test
    void a_passive_turns_the_roles_round() {
        assertThat(events("Украина подверглась атаке со стороны России.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Иран подвергся санкциям со стороны США.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_demonym_names_its_state_in_each_of_its_forms() {
        assertThat(events("Венесуэльские войска обстреляли колумбийский лагерь.")).containsExactly("VEN>COL:ATTACK");
        assertThat(events("Венесуэльская армия атаковала колумбийских солдат.")).containsExactly("VEN>COL:ATTACK");
        assertThat(events("Гайана осудила в ООН мобилизацию венесуэльских войск.")).containsExactly("GUY>VEN:ACCUSE");
    }

    @Test
    void a_capital_or_seat_of_power_stands_for_its_government() {
        assertThat(events("Кремль обвинил Белый дом в срыве переговоров.")).containsExactly("RUS>USA:ACCUSE");
        assertThat(events("Москва выслала двух немецких дипломатов.")).containsExactly("RUS>DEU:EXPEL");
    }

    @Test
    void a_capital_after_v_is_where_the_act_happens_and_a_mutual_act_runs_both_ways() {
        assertThat(events("Армения и Азербайджан подписали в Вашингтоне мирное соглашение."))
                .containsExactlyInAnyOrder("ARM>AZE:SETTLE", "AZE>ARM:SETTLE");
        assertThat(events("Таиланд и Камбоджа договорились о прекращении огня."))
                .containsExactlyInAnyOrder("THA>KHM:CEASEFIRE", "KHM>THA:CEASEFIRE");
        assertThat(events("Россия и Турция провели переговоры в Сирии."))
                .containsExactlyInAnyOrder("RUS>TUR:NEGOTIATE", "TUR>RUS:NEGOTIATE");
        assertThat(events("Израиль нанес удары по позициям в Сирии.")).containsExactly("ISR>SYR:ATTACK");
    }

    @Test
    void a_joint_act_between_two_parties_runs_both_ways_and_a_mediator_acts_on_both() {
        assertThat(events("В Стамбуле возобновились переговоры между Россией и Украиной."))
                .containsExactlyInAnyOrder("RUS>UKR:NEGOTIATE", "UKR>RUS:NEGOTIATE");
        assertThat(events("Катар выступил посредником между Израилем и ХАМАС."))
                .containsExactlyInAnyOrder("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE");
        assertThat(events("Москва и Киев обменялись пленными при посредничестве ОАЭ."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE",
                        "ARE>UKR:MEDIATE");
    }

    @Test
    void a_conciliatory_act_said_to_fail_is_not_coded() {
        assertThat(events("Переговоры между Египтом и Эфиопией зашли в тупик.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_broken_off_is_a_refusal() {
        assertThat(events("Россия приостановила переговоры с Японией.")).containsExactly("RUS>JPN:REJECT");
        assertThat(events("Переговоры России с Японией были прерваны.")).containsExactly("RUS>JPN:REJECT");
        // Agreeing to suspend something is an agreement.
        assertThat(events("Россия и Украина договорились приостановить удары по энергетике."))
                .contains("RUS>UKR:AGREE", "UKR>RUS:AGREE").doesNotContain("RUS>UKR:REJECT", "UKR>RUS:REJECT");
    }

    @Test
    void a_nominal_act_takes_its_agent_from_a_genitive_or_a_demonym() {
        assertThat(events("Удар России по Украине унес жизни десяти человек.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Российские удары по Украине усилились.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_second_verb_after_i_keeps_the_subject_of_the_first() {
        assertThat(events("Россия атаковала Украину и пригрозила Польше."))
                .containsExactly("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
    }

    @Test
    void a_comma_before_a_starts_a_clause_with_its_own_subject() {
        assertThat(events("Польша обвинила Россию, а Литва поддержала Украину."))
                .containsExactly("POL>RUS:ACCUSE", "LTU>UKR:COOPERATE");
    }

    @Test
    void a_relative_clause_between_commas_does_not_lend_its_actors_to_the_sentence() {
        assertThat(events("Россия, которая в 2022 году вторглась в Украину, пригрозила Польше."))
                .containsExactly("RUS>POL:THREATEN");
    }

    @Test
    void what_a_speech_act_says_is_not_a_second_event_and_an_appeal_is_not_the_act() {
        assertThat(events("Украина обвинила Россию в обстреле Харькова.")).containsExactly("UKR>RUS:ACCUSE");
        assertThat(events("Франция призвала Россию вывести войска с территории Украины."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
        assertThat(events("Турция призвала Израиль и Иран к сдержанности."))
                .containsExactlyInAnyOrder("TUR>ISR:APPEAL_RESTRAINT", "TUR>IRN:APPEAL_RESTRAINT");
    }

    @Test
    void who_reports_the_act_is_no_party_to_it() {
        assertThat(events("США ввели новые санкции против Ирана, сообщило российское агентство."))
                .containsExactly("USA>IRN:SANCTION");
        assertThat(events("По словам Зеленского, Россия атаковала Киев.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_football_match_is_not_an_event() {
        assertThat(events("Сборная Аргентины атаковала Бразилию весь товарищеский матч.")).isEmpty();
        assertThat(events("Испания обыграла Францию в футбольном матче со счетом 2:1.")).isEmpty();
    }

    @Test
    void a_sea_named_after_a_country_is_no_actor() {
        assertThat(events("КНДР запустила две ракеты в сторону Японского моря.")).isEmpty();
    }

    @Test
    void an_armed_group_acts_for_its_country_marked_non_state() {
        CodedEvent e = coding("Хезболла атаковала Израиль ракетами.").events().get(0);
        assertThat(e.src() + ">" + e.tgt()).isEqualTo("LBN>ISR");
        assertThat(e.srcKind()).isEqualTo(ActorKind.NONSTATE);
    }

    @Test
    void transliterated_office_holders_in_their_cases_while_in_office() {
        assertThat(events("Путин пригрозил Украине.")).containsExactly("RUS>UKR:THREATEN");
        assertThat(events("Зеленский обвинил Путина в затягивании войны.")).containsExactly("UKR>RUS:ACCUSE");
        // A meeting binds both sides, guest and host.
        assertThat(events("Си Цзиньпин встретился с Путиным в Москве."))
                .containsExactly("CHN>RUS:CONSULT");
    }

    @Test
    void a_question_reports_nothing() {
        assertThat(events("Нападет ли Китай на Тайвань?")).isEmpty();
    }

    @Test
    void lang6_diplomacy_and_yielding_are_coded_by_category() {
        assertThat(events("Молдавия потребовала от России вывести войска из Приднестровья."))
                .containsExactly("MDA>RUS:APPEAL_RESTRAINT");
        assertThat(events("США смягчили санкции против Белоруссии."))
                .containsExactly("USA>BLR:EASE");
        assertThat(events("Армения обратилась к Франции с просьбой о помощи."))
                .containsExactly("ARM>FRA:APPEAL");
        assertThat(events("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Пашиняном."))
                .containsExactly("KAZ>ARM:CONSULT");
    }

    @Test
    void lang6_statements_and_force_are_coded_by_category() {
        assertThat(events("Эстония объявила о закрытии консульства России в Нарве."))
                .containsExactly("EST>RUS:SANCTION");
        assertThat(events("Россия применила химическое оружие против Украины."))
                .containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void lang7_intentions_visits_and_diplomatic_cooperation_are_coded_by_category() {
        assertThat(events("Япония заявила о готовности сотрудничать с Турцией.")).containsExactly("JPN>TUR:COOPERATE");
        assertThat(events("Иран выразил заинтересованность в покупке российских истребителей.")).containsExactly("IRN>RUS:COOPERATE");
        // Travel "в Турцию": the accusative names the host, "в Турции" only the place.
        assertThat(events("Путин прибыл с визитом в Турцию."))
                .containsExactly("RUS>TUR:CONSULT");
        assertThat(events("Премьер-министр Индии совершил визит в Китай."))
                .containsExactly("IND>CHN:CONSULT");
        assertThat(events("Си Цзиньпин побеседовал по телефону с президентом Франции."))
                .containsExactly("CHN>FRA:CONSULT");
        // What the two discuss is no party.
        assertThat(events("Лавров и Ван И обсудили ситуацию на Украине."))
                .containsExactlyInAnyOrder("RUS>CHN:CONSULT", "CHN>RUS:CONSULT");
        assertThat(events("США и Россия провели переговоры по Украине в Эр-Рияде."))
                .containsExactlyInAnyOrder("USA>RUS:NEGOTIATE", "RUS>USA:NEGOTIATE");
        assertThat(events("Китай и Россия подписали совместное заявление."))
                .containsExactlyInAnyOrder("CHN>RUS:COOPERATE", "RUS>CHN:COOPERATE");
        assertThat(events("Россия заявила о поддержке Сербии.")).containsExactly("RUS>SRB:COOPERATE");
        assertThat(events("Китай заявил протест Японии.")).containsExactly("CHN>JPN:ACCUSE");
    }

    @Test
    void lang7_aid_yielding_and_coercion_are_coded_by_category() {
        assertThat(events("Россия направила в Сирию гуманитарный груз.")).containsExactly("RUS>SYR:AID");
        assertThat(events("ОАЭ перевели Египту пять миллиардов долларов.")).containsExactly("ARE>EGY:AID");
        assertThat(events("Япония передала Украине генераторы.")).containsExactly("JPN>UKR:AID");
        assertThat(events("Украина вернула России тела погибших.")).containsExactly("UKR>RUS:RELEASE");
        assertThat(events("Китай снял запрет на импорт японских морепродуктов.")).containsExactly("CHN>JPN:EASE");
        assertThat(events("Грузия отменила визовый режим для граждан Китая.")).containsExactly("GEO>CHN:EASE");
        assertThat(events("США депортировали сотни мексиканцев.")).containsExactly("USA>MEX:COERCE");
        assertThat(events("Суд в Минске приговорил немца к смертной казни.")).containsExactly("BLR>DEU:COERCE");
        assertThat(events("Азербайджан перекрыл Лачинский коридор для Армении.")).containsExactly("AZE>ARM:COERCE");
        assertThat(events("Китайская береговая охрана применила водомет против филиппинского судна."))
                .containsExactly("CHN>PHL:COERCE");
    }

    @Test
    void lang7_a_charge_named_with_an_arrest_is_no_second_act() {
        assertThat(events("Польша задержала гражданина Белоруссии по подозрению в шпионаже в пользу России."))
                .containsExactly("POL>BLR:COERCE");
        assertThat(events("Израиль и ХАМАС обменялись заложниками.")).containsExactlyInAnyOrder("ISR>PSE:RELEASE", "PSE>ISR:RELEASE");
        assertThat(events("Москва приостановила действие соглашения с Норвегией о рыболовстве.")).containsExactly("RUS>NOR:REJECT");
        // "не исключает": a possibility, not a refusal.
        assertThat(events("Индия не исключает закупки российских истребителей.")).isEmpty();
    }

    @Test
    void round4_diplomatic_and_material_cooperation() {
        assertThat(events("Венгрия выступила в защиту Китая в Евросоюзе.")).containsExactly("HUN>CHN:COOPERATE");
        assertThat(events("Германия и Норвегия создадут совместное предприятие по производству ракет."))
                .containsExactlyInAnyOrder("DEU>NOR:COOPERATE", "NOR>DEU:COOPERATE");
        // "за" is no loan: "заем" stemmed to it and made every "за" aid.
        assertThat(events("Путин поблагодарил Лукашенко за поддержку.")).containsExactly("RUS>BLR:COOPERATE");
    }

    @Test
    void round4_concessions_demands_and_force_posture() {
        assertThat(events("Азербайджан открыл Лачинский коридор для армянских грузов.")).containsExactly("AZE>ARM:EASE");
        assertThat(events("Армения согласилась передать Азербайджану четыре села.")).containsExactly("ARM>AZE:EASE");
        assertThat(events("Иран выдвинул США условия для возобновления переговоров.")).containsExactly("IRN>USA:DEMAND");
        assertThat(events("Индия усилила группировку войск на границе с Китаем.")).containsExactly("IND>CHN:MOBILIZE");
        assertThat(events("Турция перебросила бронетехнику к сирийской границе.")).containsExactly("TUR>SYR:MOBILIZE");
        assertThat(events("Китай приостановил импорт японских морепродуктов.")).containsExactly("CHN>JPN:SANCTION");
        assertThat(events("Индия сократила закупки российской нефти.")).containsExactly("IND>RUS:SANCTION");
    }

    @Test
    void round4_what_only_looks_like_a_meeting() {
        // Bare "визит" stemmed to "виз": visas were visits.
        assertThat(events("Россия ужесточила выдачу виз гражданам Латвии.")).containsExactly("RUS>LVA:SANCTION");
        // An interview is no talk with the country named after it.
        assertThat(events("Лавров в беседе с CNN обвинил США в эскалации.")).containsExactly("RUS>USA:ACCUSE");
        // Readiness for talks binds the ready side only; a called-off meeting is none.
        assertThat(events("Израиль заявил о готовности к переговорам с Ливаном.")).containsExactly("ISR>LBN:NEGOTIATE");
        assertThat(events("Встреча Путина и Трампа была отменена.")).isEmpty();
        assertThat(events("Бразилия заступилась за Венесуэлу на саммите.")).containsExactly("BRA>VEN:COOPERATE");
    }

    @Test
    void round4_suspended_talks_and_aid_and_a_mediator_offering_talks() {
        assertThat(events("США приостановили военную помощь Украине.")).containsExactly("USA>UKR:SANCTION");
        assertThat(events("Израиль приостановил переговоры с ХАМАС.")).containsExactly("ISR>PSE:REJECT");
        assertThat(events("Россия прекратила торговлю с Грузией.")).containsExactly("RUS>GEO:SANCTION");
        // The host offers the talks; the parties have not met.
        assertThat(events("Турция предложила площадку для переговоров между Россией и Украиной."))
                .containsExactlyInAnyOrder("TUR>RUS:MEDIATE", "TUR>UKR:MEDIATE");
        assertThat(events("Тысячи сербов протестовали против НАТО у посольства США в Белграде.")).containsExactly("SRB>USA:PROTEST");
    }

    @Test
    void readiness_or_intention_to_settle_or_talk_is_the_intention_of_the_one_who_has_it() {
        assertThat(events("Иран выразил готовность урегулировать спор с Объединёнными Арабскими Эмиратами."))
                .contains("IRN>ARE:SETTLE").doesNotContain("ARE>IRN:SETTLE");
        assertThat(events("Иран урегулировал спор с Объединёнными Арабскими Эмиратами."))
                .as("done, it binds both").contains("IRN>ARE:SETTLE", "ARE>IRN:SETTLE");
    }

    @Test
    void a_truce_said_broken_after_it_did_not_hold() {
        assertThat(events("Перемирие между Израилем и ХАМАС сорвалось.")).isEmpty();
        assertThat(events("Перемирие между Индией и Пакистаном было нарушено.")).isEmpty();
    }

    @Test
    void a_word_the_phrase_is_written_with_does_not_negate_it() {
        // "прекратить" (to stop) negates what follows it, but here it is what is asked for.
        assertThat(events("США потребовали от России прекратить огонь.")).containsExactly("USA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void bosnia_by_its_short_name_is_read_in_its_cases() {
        assertThat(events("Сербия обвинила Боснию в провокации")).containsExactly("SRB>BIH:ACCUSE");
    }
    @Test
    void a_threat_conditioned_on_the_others_act_is_made_to_the_one_named_in_the_condition() {
        assertThat(events("Россия пригрозила прекратить переговоры, если США развернут новые ракеты в Европе."))
                .containsExactly("RUS>USA:THREATEN");
    }

    @Test
    void a_states_own_envoy_in_a_capital_names_the_state_it_is_posted_to() {
        assertThat(events("Россия отозвала своего посла в Киеве.")).containsExactly("RUS>UKR:SANCTION");
    }
}
