package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Grammar the data files cannot say, read by {@link Roles} and {@link Clauses} for every language
 * whose grammar.tsv names it: a passive whose auxiliary stands second, a passive of coercion that
 * names only where someone is held, and a reporting verb that is the first word of a phrase of
 * the lexicon, a separable verb's particle that must end its clause, and a demand of whoever is
 * the subject of the clause it opens (shown on German); partners named after "with" (shown on
 * Chinese); protests at an embassy (in several); and who is no party though named: whoever reports
 * in a trailing attribution, the backer of a party (not of a proposal), a people named as ethnic
 * kin (after the demonym, or before it where the language names the origin first); an obligation
 * reported in the past, an offer refused at its clause's end, and a demand for restraint; an
 * exercise two states hold together, which those who join it later do not face; a Chinese
 * participle of the passive that modifies a place ("在被占领的…"); the host of talks between
 * two states, a third party to each; the Chinese enumeration comma, which lists as "and" does, and
 * a list a target word opens; a mediation framed at the opening of a later clause; and a dateline,
 * which names no actor but the state of an organ the story leaves unnamed.
 */
class RoleGrammarTest {

    private static List<String> events(String text) {
        return events("de", text);
    }

    private static List<String> events(String language, String text) {
        return LanguageSentences.dyads(LanguageSentences.coding(language, text).events());
    }

    @Test
    void after_an_opening_phrase_the_passive_subject_follows_the_auxiliary_and_its_agent_follows_von() {
        assertThat(events("Am Montag wurde die Ukraine von Russland angegriffen.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Die Ukraine wurde am Montag von Russland angegriffen.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void two_verbs_that_share_an_auxiliary_each_take_the_object_before_them() {
        assertThat(events("Russland hat die Ukraine angegriffen und Polen gedroht."))
                .containsExactlyInAnyOrder("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
        assertThat(events("Die Bundesregierung hat den Angriff Russlands auf die Ukraine verurteilt."))
                .as("what a closing speech act condemns is no second event").containsExactly("DEU>RUS:ACCUSE");
        assertThat(events("China hat den USA mit Sanktionen gedroht.")).containsExactly("CHN>USA:THREATEN");
    }

    @Test
    void a_foreigner_held_in_a_country_is_held_by_that_country_wherever_the_place_stands() {
        assertThat(events("In Russland wurde ein Amerikaner festgenommen.")).containsExactly("RUS>USA:COERCE");
        assertThat(events("Ein Amerikaner wurde in Russland festgenommen.")).containsExactly("RUS>USA:COERCE");
        assertThat(events("In China sind zwei Kanadier festgenommen worden.")).containsExactly("CHN>CAN:COERCE");
        // Violence too, as the English coder and the human coders it follows read "three American
        // soldiers were killed in Iraq".
        assertThat(events("In Syrien wurde ein türkischer Soldat getötet.")).containsExactly("SYR>TUR:ATTACK");
    }

    @Test
    void a_reporting_verb_that_opens_a_phrase_of_the_lexicon_is_that_phrase_and_reports_nothing() {
        assertThat(events("Deutschland sagte der Ukraine weitere Hilfe zu.")).containsExactly("DEU>UKR:AID");
        assertThat(events("Deutschland sagte, Russland habe die Ukraine angegriffen."))
                .as("a report is still a report").containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void an_organisation_that_heads_the_object_is_what_the_act_is_done_to_and_a_country_further_on_is_not() {
        assertThat(events("es", "Corea del Norte expulsó a los inspectores del OIEA tras las acusaciones de Estados Unidos."))
                .isEmpty();
        assertThat(events("ru", "Сербия потребовала созвать заседание Совета Безопасности ООН для обсуждения "
                + "наступления хорватских войск.")).isEmpty();
        assertThat(events("es", "Corea del Norte expulsó a los diplomáticos de Estados Unidos."))
                .as("a country that heads the object is the target").containsExactly("PRK>USA:EXPEL");
        assertThat(events("es", "Guyana denunció ante la ONU la movilización de tropas venezolanas."))
                .as("an organisation before which a complaint is brought is the forum, not the object")
                .containsExactly("GUY>VEN:ACCUSE");
    }

    @Test
    void a_list_after_with_names_the_partners_of_the_one_before_it_not_its_fellow_subjects() {
        assertThat(events("zh", "中国与越南、老挝和柬埔寨签署了合作协议。")).containsExactlyInAnyOrder(
                "CHN>VNM:AGREE", "CHN>LAO:AGREE", "CHN>KHM:AGREE", "VNM>CHN:AGREE", "LAO>CHN:AGREE", "KHM>CHN:AGREE");
        assertThat(events("zh", "俄罗斯和白俄罗斯与中国举行会谈。")).as("one partner: each subject with it")
                .contains("RUS>CHN:NEGOTIATE", "BLR>CHN:NEGOTIATE");
    }

    @Test
    void a_phrase_ending_in_a_separable_particle_matches_only_where_the_particle_ends_its_clause() {
        assertThat(events("Russland marschierte am Montag in die Ukraine ein.")).contains("RUS>UKR:ATTACK");
        assertThat(events("Ägypten drängte Israel, eine Vermittlung zuzulassen."))
                .as("'eine' is an article, not the particle of 'drang ~ ein'").doesNotContain("EGY>ISR:ATTACK");
    }

    @Test
    void a_demand_with_no_one_named_in_its_clause_is_made_of_the_subject_of_the_clause_it_opens() {
        assertThat(events("Japan verlangte, dass China seine Schiffe aus den umstrittenen Gewässern zurückzieht."))
                .as("what is demanded is not done").containsExactly("JPN>CHN:DEMAND");
        assertThat(events("Japan bestand darauf, dass Russland die Inseln zurückgibt.")).containsExactly("JPN>RUS:DEMAND");
        assertThat(events("es", "Japón exigió que China libere a los pescadores detenidos."))
                .containsExactly("JPN>CHN:DEMAND");
    }

    @Test
    void to_call_on_a_state_is_an_appeal_and_to_demand_of_it_a_demand() {
        assertThat(events("Moskau forderte Tiflis zur Zusammenarbeit auf.")).containsExactly("RUS>GEO:APPEAL");
        assertThat(events("Peking verlangte von Washington eine Erklärung.")).containsExactly("CHN>USA:DEMAND");
    }

    @Test
    void an_act_that_binds_both_sides_binds_them_when_done_and_is_one_sided_when_only_intended() {
        assertThat(events("Indien und Pakistan verhandeln.")).containsExactlyInAnyOrder("IND>PAK:NEGOTIATE", "PAK>IND:NEGOTIATE");
        assertThat(events("Indien und Pakistan haben eine Waffenruhe vereinbart."))
                .contains("IND>PAK:CEASEFIRE", "PAK>IND:CEASEFIRE");
        // Talks held with a partner run from the one who holds them, as "held talks with" does.
        assertThat(events("Indien verhandelt mit Pakistan.")).containsExactly("IND>PAK:NEGOTIATE");
        assertThat(events("Indien will mit Pakistan verhandeln.")).containsExactly("IND>PAK:NEGOTIATE");
        assertThat(events("ru", "Индия намерена провести переговоры с Пакистаном.")).containsExactly("IND>PAK:NEGOTIATE");
    }

    @Test
    void a_protest_at_an_embassy_is_against_its_state_by_the_state_where_it_stands_or_whose_people_protest() {
        assertThat(events("zh", "数千名抗议者在美国驻德黑兰大使馆外示威。")).containsExactly("IRN>USA:PROTEST");
        assertThat(events("zh", "韩国民众在日本大使馆前举行抗议活动。")).containsExactly("KOR>JPN:PROTEST");
        assertThat(events("es", "Miles de manifestantes protestaron ante la embajada de Estados Unidos en Teherán."))
                .containsExactly("IRN>USA:PROTEST");
        assertThat(events("Hunderte Iraner protestierten vor der britischen Botschaft.")).containsExactly("IRN>GBR:PROTEST");
    }

    @Test
    void who_shoots_down_drones_or_missiles_is_attacked_by_whose_they_are() {
        assertThat(events("es", "La defensa aérea rusa derribó 30 drones ucranianos durante la noche.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("fr", "La défense antiaérienne russe a abattu 30 drones ukrainiens.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("de", "Die russische Luftabwehr hat 30 ukrainische Drohnen abgeschossen.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("pt", "A defesa aérea russa abateu 30 drones ucranianos.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("ru", "Российская ПВО сбила 30 украинских беспилотников.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("zh", "俄罗斯防空部队击落了30架乌克兰无人机。")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("ar", "أسقطت الدفاعات الجوية الروسية 30 طائرة مسيرة أوكرانية.")).containsExactly("UKR>RUS:ATTACK");
        assertThat(events("ar", "اعترضت إسرائيل صواريخ إيرانية.")).containsExactly("IRN>ISR:ATTACK");
        // A manned aircraft shot down was attacked by whoever shot it.
        assertThat(events("de", "Russland schoss ein ukrainisches Kampfflugzeug ab.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void joint_subjects_that_act_on_each_other_act_both_ways_in_every_language() {
        java.util.Map<String, String> accusedEachOther = java.util.Map.of(
                "es", "Armenia y Azerbaiyán se acusaron mutuamente de violar la tregua.",
                "pt", "A Armênia e o Azerbaijão acusaram-se mutuamente de violar a trégua.",
                "fr", "L'Arménie et l'Azerbaïdjan se sont mutuellement accusés de violer la trêve.",
                "de", "Armenien und Aserbaidschan beschuldigten sich gegenseitig, die Waffenruhe gebrochen zu haben.",
                "ru", "Армения и Азербайджан обвинили друг друга в срыве перемирия.",
                "ar", "اتهمت أرمينيا وأذربيجان بعضهما البعض بخرق الهدنة.",
                "zh", "亚美尼亚和阿塞拜疆互相指责对方违反停火协议。");
        accusedEachOther.forEach((language, text) -> assertThat(events(language, text)).as(language)
                .containsExactlyInAnyOrder("ARM>AZE:ACCUSE", "AZE>ARM:ACCUSE"));
        assertThat(events("es", "Armenia y Azerbaiyán acusaron a Rusia de violar la tregua."))
                .as("without it, the accused is the other party").containsExactlyInAnyOrder("ARM>RUS:ACCUSE",
                        "AZE>RUS:ACCUSE");
    }
    @Test
    void an_actor_inside_an_apposition_describes_the_subject_before_it_and_does_not_act() {
        assertThat(events("es", "Pakistán, un aliado clave de Estados Unidos en la guerra contra el terrorismo, "
                + "se negó a enviar tropas a Irak.")).containsExactly("PAK>IRQ:REJECT");
        assertThat(events("ru", "Пакистан, ключевой союзник США в войне с терроризмом, отказался направить войска в Ирак."))
                .contains("PAK>IRQ:REJECT").doesNotContain("USA>IRQ:REJECT");
        assertThat(events("es", "Tras la reunión con Francia, Alemania condenó a Rusia."))
                .as("a comma that closes an opening phrase, not an apposition").containsExactly("DEU>RUS:ACCUSE");
    }

    @Test
    void a_capitalised_word_of_an_act_inside_a_sentence_is_a_word_of_a_name_where_only_names_have_capitals() {
        assertThat(events("es", "El Pacto de Varsovia celebró una cumbre en Moscú con Polonia y Hungría."))
                .noneMatch(e -> e.endsWith(":AGREE"));
        assertThat(events("es", "Yasir Arafat, presidente de la Organización para la Liberación de Palestina, "
                + "llegó a Damasco.")).noneMatch(e -> e.endsWith(":RELEASE"));
        assertThat(events("ru", "Ясир Арафат, председатель Организации освобождения Палестины, прибыл в Дамаск."))
                .as("the name from the gazetteer, where the word after its first is written small")
                .noneMatch(e -> e.endsWith(":RELEASE"));
        assertThat(events("es", "Israel liberó a 200 presos palestinos.")).containsExactly("ISR>PSE:RELEASE");
    }
    @Test
    void a_reported_clause_whose_subject_the_language_drops_is_its_speakers() {
        assertThat(events("ru", "Швейцария сегодня заявила, что выслала двух российских дипломатов."))
                .containsExactly("CHE>RUS:EXPEL");
        assertThat(events("ru", "Япония заявила во вторник, что прекратила экономическую помощь Сербии."))
                .containsExactly("JPN>SRB:SANCTION");
        assertThat(events("ru", "Швейцария заявила, что Россия выслала двух французских дипломатов."))
                .as("a clause with a subject of its own keeps it").containsExactly("RUS>FRA:EXPEL");
    }
    @Test
    void two_actors_named_by_a_noun_and_its_demonym_are_coordinated_wherever_the_language_puts_the_demonym() {
        assertThat(events("es", "El líder libio y el presidente búlgaro firmaron hoy un tratado de amistad."))
                .containsExactlyInAnyOrder("LBY>BGR:AGREE", "BGR>LBY:AGREE");
        assertThat(events("ru", "Ливийский лидер и болгарский президент подписали договор о дружбе."))
                .containsExactlyInAnyOrder("LBY>BGR:AGREE", "BGR>LBY:AGREE");
        assertThat(events("es", "Las tropas rusas atacaron y los soldados ucranianos respondieron."))
                .as("a verb between them is no noun of a demonym").doesNotContain("RUS>UKR:AGREE", "UKR>RUS:ATTACK");
    }
    @Test
    void leaders_named_by_state_office_and_name_are_coordinated_as_their_states_are() {
        assertThat(events("es", "El presidente estadounidense, Joe Biden, y su homólogo ruso, Vladimir Putin, "
                + "celebraron conversaciones el miércoles en Ginebra."))
                .containsExactlyInAnyOrder("USA>RUS:NEGOTIATE", "RUS>USA:NEGOTIATE");
        assertThat(events("fr", "Le président américain Joe Biden et son homologue russe Vladimir Poutine ont eu des "
                + "entretiens mercredi à Genève.")).containsExactlyInAnyOrder("USA>RUS:CONSULT", "RUS>USA:CONSULT");
        assertThat(events("ru", "Президент США Джо Байден и его российский коллега Владимир Путин провели переговоры "
                + "в среду в Женеве.")).containsExactlyInAnyOrder("USA>RUS:NEGOTIATE", "RUS>USA:NEGOTIATE");
        assertThat(events("zh", "美国总统特朗普和朝鲜最高领导人金正恩12日在新加坡举行会谈。"))
                .containsExactlyInAnyOrder("USA>PRK:NEGOTIATE", "PRK>USA:NEGOTIATE");
        assertThat(events("US-Präsident Donald Trump, Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel "
                + "Macron und der britische Premierminister Keir Starmer haben den Rücktritt des syrischen "
                + "Staatschefs verlangt.")).containsExactlyInAnyOrder("USA>SYR:DEMAND", "DEU>SYR:DEMAND",
                "FRA>SYR:DEMAND", "GBR>SYR:DEMAND");
        assertThat(events("Kremlchef Wladimir Putin und US-Präsident Donald Trump haben eine Stunde miteinander "
                + "telefoniert.")).as("German, verb-final: a state and its office holder are one subject, not "
                + "subject and object").containsExactlyInAnyOrder("RUS>USA:CONSULT", "USA>RUS:CONSULT");
        assertThat(events("ar", "وقع وزير الخارجية الإماراتي ووزير الخارجية البحريني مع رئيس الوزراء الإسرائيلي "
                + "اتفاقا لإقامة علاقات دبلوماسية")).as("joint subjects with a partner named by title after 'with'")
                .containsExactlyInAnyOrder("ARE>ISR:AGREE", "BHR>ISR:AGREE", "ISR>ARE:AGREE", "ISR>BHR:AGREE");
        assertThat(events("ar", "قدمت دولة قطر ودولة الكويت مساعدات إلى لبنان"))
                .as("Arabic 'the State of' before a name, joined by its 'and'")
                .containsExactlyInAnyOrder("QAT>LBN:AID", "KWT>LBN:AID");
        assertThat(events("zh", "在马来西亚总理安华斡旋下，泰国和柬埔寨领导人举行会谈。"))
                .as("a title's name is a word or two, not the frame after it")
                .doesNotContain("THA>MYS:NEGOTIATE", "KHM>MYS:NEGOTIATE");
    }

    @Test
    void an_offer_refused_is_not_carried_out_whether_its_noun_comes_before_or_after_the_act() {
        assertThat(events("es", "Siria rechazó una invitación de Francia para asistir a una reunión con Israel."))
                .containsExactly("SYR>FRA:REJECT");
        assertThat(events("ru", "Сирия отклонила приглашение Франции принять участие во встрече с Израилем."))
                .containsExactly("SYR>FRA:REJECT");
        assertThat(events("es", "Siria rechazó las acusaciones de Francia, pero se reunió con Israel."))
                .as("no offer between: an act of its own").contains("SYR>ISR:CONSULT");
    }

    @Test
    void whoever_reports_in_a_trailing_attribution_is_no_party_to_the_act() {
        assertThat(events("es", "Tropas de Perú tomaron el puesto fronterizo tras intensos combates con los rebeldes, "
                + "informaron fuentes militares brasileñas.")).isEmpty();
        assertThat(events("Peru hat die Grenzstellung nach heftigen Kämpfen eingenommen, wie das brasilianische "
                + "Militär am Montag mitteilte.")).as("German: the verb ends the attribution that 'wie' opens").isEmpty();
    }

    @Test
    void the_country_that_backs_a_party_is_no_party_unless_what_it_backs_is_a_proposal() {
        assertThat(events("es", "Los rebeldes, respaldados por Ruanda, atacaron posiciones del ejército en la frontera "
                + "con Uganda.")).isEmpty();
        assertThat(events("fr", "Les rebelles soutenus par le Rwanda ont déclaré un cessez-le-feu unilatéral au Congo."))
                .isEmpty();
        assertThat(events("es", "Rusia vetó una resolución apoyada por Estados Unidos."))
                .as("vetoing a resolution is done to whoever backs it").containsExactly("RUS>USA:REJECT");
    }

    @Test
    void an_obligation_reported_in_the_past_is_the_speakers_demand() {
        assertThat(events("fr", "Le gouvernement américain a déclaré mardi que la Chine devait lever ses restrictions "
                + "sur les importations.")).containsExactly("USA>CHN:DEMAND");
    }

    @Test
    void an_offer_named_before_the_verb_that_refuses_it_is_not_carried_out() {
        assertThat(events("Die Türkei hat ein Angebot Griechenlands für neue Gespräche über die Ägäis zurückgewiesen."))
                .containsExactly("TUR>GRC:REJECT");
    }

    @Test
    void a_demand_that_a_state_withdraw_or_cease_fire_asks_it_to_de_escalate() {
        assertThat(events("fr", "La France a exigé que la Russie retire ses troupes d'Ukraine."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void a_people_named_as_ethnic_kin_is_not_its_state() {
        assertThat(events("es", "Las fuerzas serbias mataron a tres albaneses étnicos en un tiroteo.")).isEmpty();
        assertThat(events("fr", "Les forces serbes ont tué trois Albanais de souche lors d'un échange de tirs.")).isEmpty();
        assertThat(events("es", "Las fuerzas serbias mataron a tres soldados albaneses en la frontera."))
                .as("soldiers of the state are the state").containsExactly("SRB>ALB:ATTACK");
    }

    @Test
    void a_people_named_by_its_origin_before_the_demonym_is_not_its_state() {
        assertThat(events("ar", "قتلت القوات الصربية ثلاثة مدنيين من أصل ألباني.")).isEmpty();
        assertThat(events("ar", "قتلت القوات الصربية ثلاثة جنود ألبانيين."))
                .as("soldiers of the state are the state").containsExactly("SRB>ALB:ATTACK");
    }

    @Test
    void an_exercise_two_states_hold_together_is_their_cooperation_and_those_who_join_later_are_no_targets() {
        assertThat(events("de", "Japanische und indische Kriegsschiffe haben am Dienstag ein fünftägiges Seemanöver im "
                + "Golf von Bengalen begonnen, an dem sich ab Freitag auch australische Schiffe beteiligen."))
                .containsExactlyInAnyOrder("JPN>IND:COOPERATE", "IND>JPN:COOPERATE");
        assertThat(events("ru", "Японские и индийские корабли во вторник начали пятидневные учения в Бенгальском "
                + "заливе, к которым в пятницу присоединятся австралийские суда."))
                .containsExactlyInAnyOrder("JPN>IND:COOPERATE", "IND>JPN:COOPERATE");
        assertThat(events("zh", "日本和印度军舰周二在孟加拉湾开始为期五天的海上演习，澳大利亚舰艇将于周五加入。"))
                .containsExactlyInAnyOrder("JPN>IND:COOPERATE", "IND>JPN:COOPERATE");
    }

    @Test
    void an_exercise_held_near_a_state_faces_it() {
        assertThat(events("ru", "Россия и Белоруссия начали учения у границы с Литвой."))
                .containsExactlyInAnyOrder("RUS>LTU:MOBILIZE", "BLR>LTU:MOBILIZE");
    }

    @Test
    void a_chinese_passive_participle_after_a_preposition_modifies_the_place_and_is_no_act() {
        assertThat(events("zh", "俄罗斯军队在被占领的约旦河西岸逮捕了两名乌克兰记者。")).containsExactly("RUS>UKR:COERCE");
        assertThat(events("zh", "乌克兰遭到俄罗斯袭击。")).as("a passive clause is still read").containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void the_host_of_talks_between_two_states_is_a_third_party_to_each_and_the_two_still_talk() {
        assertThat(events("es", "Francia acogió conversaciones entre Armenia y Azerbaiyán."))
                .contains("FRA>ARM:NEGOTIATE", "FRA>AZE:NEGOTIATE", "ARM>AZE:NEGOTIATE", "AZE>ARM:NEGOTIATE")
                .doesNotContain("ARM>FRA:NEGOTIATE");
        assertThat(events("ar", "استضافت القاهرة محادثات بين إسرائيل والأردن.")).as("verb first: the host follows its verb")
                .contains("EGY>ISR:NEGOTIATE", "EGY>JOR:NEGOTIATE", "ISR>JOR:NEGOTIATE");
        assertThat(events("zh", "埃及主办了以色列和约旦之间的会谈。")).as("the parties closed by 之间 before the talks")
                .contains("EGY>ISR:NEGOTIATE", "EGY>JOR:NEGOTIATE", "ISR>JOR:NEGOTIATE");
        assertThat(events("es", "Francia criticó las conversaciones entre Armenia y Azerbaiyán."))
                .as("one who speaks of the talks hosts nothing").doesNotContain("FRA>ARM:NEGOTIATE", "FRA>AZE:NEGOTIATE");
    }

    @Test
    void the_chinese_enumeration_comma_lists_actors_as_and_does_and_a_list_after_a_target_word_is_acted_on() {
        assertThat(events("zh", "伊朗与美国、英国14日在维也纳达成全面协议。"))
                .containsExactlyInAnyOrder("IRN>USA:AGREE", "IRN>GBR:AGREE", "USA>IRN:AGREE", "GBR>IRN:AGREE");
        assertThat(events("zh", "伊朗与美、英、法、俄、中、德六国在维也纳达成全面协议。"))
                .as("six short forms: the partner of each, and no agreement among the six")
                .contains("IRN>USA:AGREE", "IRN>DEU:AGREE", "CHN>IRN:AGREE").doesNotContain("USA>GBR:AGREE");
        assertThat(events("zh", "伊朗正式拒绝英、法、德三国提出的方案。"))
                .containsExactlyInAnyOrder("IRN>GBR:REJECT", "IRN>FRA:REJECT", "IRN>DEU:REJECT");
        assertThat(events("zh", "自12月1日起，对法国、德国、意大利、西班牙和马来西亚试行免签政策。"))
                .as("the list 对 opens is acted on by someone unnamed, not its members on one another").isEmpty();
        assertThat(events("zh", "中国决定对法国、德国、意大利和西班牙实行免签政策。"))
                .containsExactlyInAnyOrder("CHN>FRA:COOPERATE", "CHN>DEU:COOPERATE", "CHN>ITA:COOPERATE", "CHN>ESP:COOPERATE");
    }

    @Test
    void where_a_chinese_passive_befell_its_subject_is_neither_subject_nor_target() {
        assertThat(events("zh", "伊朗指挥官苏莱曼尼3日凌晨在伊拉克巴格达国际机场附近遭美军空袭身亡。"))
                .containsExactly("USA>IRN:ATTACK");
        assertThat(events("zh", "中国渔船14日在肯尼亚附近海域遭索马里海盗劫持。")).doesNotContain("SOM>KEN:ATTACK");
    }

    @Test
    void a_place_name_cut_into_characters_counts_as_one_word_between_the_target_and_its_act() {
        assertThat(events("zh", "美军7日凌晨从地中海的两艘驱逐舰上向叙利亚霍姆斯省沙伊拉特空军基地发射59枚“战斧”巡航导弹。"))
                .containsExactly("USA>SYR:ATTACK");
    }

    @Test
    void a_mediation_framed_at_the_opening_of_a_later_clause_is_its_brokers_with_the_parties_after_it() {
        assertThat(events("zh", "俄罗斯国防部24日宣布，在阿联酋斡旋下，俄乌双方当天交换了各自115名被俘人员。"))
                .contains("ARE>RUS:MEDIATE", "ARE>UKR:MEDIATE", "RUS>UKR:RELEASE").doesNotContain("RUS>UKR:MEDIATE");
        assertThat(events("zh", "卡塔尔首相宣布，在卡塔尔、埃及和美国的斡旋下，以色列与哈马斯已就停火达成协议。"))
                .contains("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE", "EGY>ISR:MEDIATE", "USA>PSE:MEDIATE");
        assertThat(events("es", "Israel y Hamás alcanzaron un acuerdo de alto el fuego, tras semanas de negociaciones con la mediación de Catar, Egipto y Estados Unidos."))
                .as("brokers named last in a clause that no frame word opens broker between the parties before")
                .contains("QAT>ISR:MEDIATE", "EGY>PSE:MEDIATE").doesNotContain("QAT>EGY:MEDIATE", "QAT>USA:MEDIATE");
    }

    @Test
    void a_dateline_names_no_actor_but_the_state_of_an_organ_the_story_leaves_unnamed() {
        assertThat(events("Kiew (dpa) - Russische Kampfflugzeuge haben am Montag Ziele in der ukrainischen Stadt Charkiw bombardiert."))
                .as("the place filed from is not the first of three actors before the verb").containsExactly("RUS>UKR:ATTACK");
        assertThat(events("Bern (SDA) - Der Bundesrat hat einen Antrag Österreichs abgelehnt.")).containsExactly("CHE>AUT:REJECT");
        assertThat(events("Moskau (dpa) - Das Außenministerium hat den deutschen Botschafter einbestellt."))
                .as("an adjective before its own noun is not the organ's state where adjectives precede")
                .containsExactly("RUS>DEU:ACCUSE");
        assertThat(events("es", "CARACAS (AFP) - El gobierno expulsó al embajador de España.")).containsExactly("VEN>ESP:EXPEL");
        assertThat(events("es", "CARACAS (AFP) - El gobierno colombiano expulsó al embajador de España."))
                .as("an organ with its own state").containsExactly("COL>ESP:EXPEL");
    }

    @Test
    void the_broker_of_a_mediation_is_no_party_to_the_talks_it_brokers_unless_the_mediation_is_what_is_accepted() {
        assertThat(events("ar", "أجرت الولايات المتحدة وإيران محادثات غير مباشرة بوساطة عمانية."))
                .contains("USA>IRN:NEGOTIATE", "IRN>USA:NEGOTIATE", "OMN>USA:MEDIATE", "OMN>IRN:MEDIATE")
                .doesNotContain("USA>OMN:NEGOTIATE", "IRN>OMN:NEGOTIATE");
        assertThat(events("ru", "Израиль согласился на посредничество США на переговорах с палестинцами."))
                .as("agreeing to a mediation is agreeing with its broker").contains("ISR>USA:AGREE");
        assertThat(events("fr", "Le Liban et Israël ont officialisé l'accord sur leur frontière maritime, négocié sous "
                + "l'égide des États-Unis."))
                .as("a mediation after an act it is not the object of: its broker is no party to the act")
                .contains("LBN>ISR:NEGOTIATE", "USA>LBN:MEDIATE").doesNotContain("ISR>USA:NEGOTIATE", "LBN>USA:NEGOTIATE");
        assertThat(events("fr", "L'Arabie saoudite et l'Iran ont annoncé le rétablissement de leurs relations à l'issue "
                + "de pourparlers accueillis par la Chine."))
                .as("the host of the talks, after a participle of hosting, is no party to what they brought")
                .contains("SAU>IRN:RESTORE_RELATIONS", "IRN>SAU:RESTORE_RELATIONS")
                .doesNotContain("SAU>CHN:RESTORE_RELATIONS", "IRN>CHN:RESTORE_RELATIONS");
        assertThat(events("ru", "Израиль и ХАМАС договорились о перемирии при посредничестве Катара."))
                .as("a truce between agreeing and its mediation is no mediation agreed to")
                .contains("ISR>PSE:AGREE", "QAT>ISR:MEDIATE").doesNotContain("ISR>QAT:AGREE", "PSE>QAT:AGREE");
    }

    @Test
    void a_hostile_act_in_a_new_clause_that_names_no_one_else_answers_who_acted_on_its_subject() {
        assertThat(events("zh", "朝鲜军队23日下午向韩国延坪岛发射数十发炮弹，韩国军队随即开炮还击。"))
                .containsExactlyInAnyOrder("PRK>KOR:ATTACK", "KOR>PRK:ATTACK");
        assertThat(events("zh", "朝鲜军队向韩国延坪岛发射数十发炮弹，韩国随即对日本发出警告。"))
                .as("a clause that names its own object answers no one").doesNotContain("KOR>PRK:WARN");
    }

    @Test
    void a_broker_mediates_between_every_party_of_the_act_it_brokers_and_the_parties_act_with_each_other() {
        assertThat(events("ar", "دخل وقف إطلاق النار بين إسرائيل والفصائل الفلسطينية في قطاع غزة حيز التنفيذ فجر اليوم، "
                + "بوساطة مصرية."))
                .as("the broker's own phrase reached one side only").contains("EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE");
        assertThat(events("ar", "عقد وفدا الولايات المتحدة وإيران جولة أولى من المحادثات غير المباشرة في مسقط، "
                + "بوساطة وزير الخارجية العماني."))
                .contains("USA>IRN:NEGOTIATE", "IRN>USA:NEGOTIATE", "OMN>USA:MEDIATE", "OMN>IRN:MEDIATE")
                .as("the joint subjects took the broker for their partner").doesNotContain("USA>OMN:NEGOTIATE", "IRN>OMN:NEGOTIATE");
        assertThat(events("zh", "土耳其总统埃尔多安3日在基辅与乌克兰总统泽连斯基会谈后表示，土方愿在俄乌之间发挥调解作用。"))
                .as("one party's talks with the broker stay with the broker")
                .contains("TUR>RUS:MEDIATE", "TUR>UKR:MEDIATE").doesNotContain("UKR>RUS:NEGOTIATE");
    }

    @Test
    void a_mediation_that_opens_the_sentence_is_its_brokers_with_each_party_the_sentence_then_names() {
        assertThat(events("es", "Con la mediación de Noruega, Colombia y Venezuela firmaron un acuerdo."))
                .contains("NOR>COL:MEDIATE", "NOR>VEN:MEDIATE", "COL>VEN:AGREE", "VEN>COL:AGREE")
                .doesNotContain("NOR>COL:AGREE", "COL>NOR:AGREE");
        assertThat(events("ru", "При посредничестве Турции Армения и Азербайджан договорились о перемирии."))
                .contains("TUR>ARM:MEDIATE", "TUR>AZE:MEDIATE");
        assertThat(events("zh", "在印度尼西亚的斡旋下，泰国和柬埔寨达成协议。"))
                .as("a broker after 在 is no place").contains("IDN>THA:MEDIATE", "IDN>KHM:MEDIATE");
        assertThat(events("es", "La mediación de Noruega fracasó, según Colombia y Venezuela."))
                .as("a mediation that names no parties after it").doesNotContain("NOR>COL:MEDIATE", "NOR>VEN:MEDIATE");
    }

    @Test
    void a_mediation_whose_brokers_follow_it_after_two_parties_is_each_brokers_with_each_party() {
        assertThat(events("es", "Israel y Hamás alcanzaron un acuerdo de alto el fuego, tras semanas de negociaciones "
                + "con la mediación de Catar, Egipto y Estados Unidos."))
                .contains("QAT>ISR:MEDIATE", "EGY>PSE:MEDIATE", "USA>ISR:MEDIATE", "ISR>PSE:CEASEFIRE")
                .as("every broker of the list is no party to the truce or the talks")
                .noneMatch(e -> e.matches("(ISR|PSE)>(QAT|EGY|USA):.*"));
        assertThat(events("fr", "Israël et le Hamas ont conclu une trêve avec la médiation du Qatar et de l'Égypte."))
                .as("a preposition repeated after 'et' joins the brokers")
                .contains("QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE", "EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE");
        assertThat(events("de", "Katar und Ägypten vermitteln weiter zwischen Israel und der Hamas."))
                .as("those after 'between' are the parties, not brokers")
                .contains("QAT>ISR:MEDIATE", "EGY>PSE:MEDIATE").noneMatch(e -> e.startsWith("ISR>") || e.startsWith("PSE>"));
    }

    @Test
    void those_named_after_in_the_presence_of_witness_the_acts_and_are_no_party() {
        assertThat(events("ar", "وقّع رئيس الوزراء الأردني ونظيره الإسرائيلي معاهدة السلام بين البلدين، بحضور الرئيس الأمريكي."))
                .contains("JOR>ISR:AGREE", "ISR>JOR:AGREE").noneMatch(e -> e.contains("USA"));
    }

    @Test
    void in_arabic_and_his_counterpart_joins_two_subjects_whose_act_then_binds_both() {
        assertThat(events("ar", "توصل وزير الخارجية الروسي ونظيره الأمريكي اليوم إلى اتفاق."))
                .containsExactlyInAnyOrder("RUS>USA:AGREE", "USA>RUS:AGREE");
    }

    @Test
    void in_spanish_those_named_after_a_dative_a_before_the_act_are_whom_it_is_for() {
        assertThat(events("es", "España enviará en las próximas horas a Honduras y Nicaragua un avión con cuarenta "
                + "toneladas de ayuda humanitaria."))
                .contains("ESP>HND:AID", "ESP>NIC:AID").doesNotContain("NIC>HND:AID", "HND>NIC:AID");
    }

    @Test
    void a_reception_in_the_passive_is_the_hosts_whatever_stands_between_the_verb_and_its_agent() {
        assertThat(events("es", "El presidente brasileño fue recibido ayer en la Casa Rosada por el presidente argentino."))
                .contains("ARG>BRA:CONSULT").doesNotContain("BRA>BRA:CONSULT");
        assertThat(events("fr", "Le chef de la diplomatie jordanienne a été reçu lundi à Damas par le dirigeant syrien."))
                .contains("SYR>JOR:CONSULT");
        assertThat(events("fr", "Emmanuel Macron a déposé une gerbe à Kigali, avant d'être reçu par le président rwandais."))
                .as("the infinitive of the passive is a passive too").contains("RWA>FRA:CONSULT");
        assertThat(events("es", "España expresó su firme rechazo a la ley sobre Cuba."))
                .as("'firme' (firm) shares the stem of 'firmar' (to sign) but signs nothing")
                .noneMatch(e -> e.endsWith(":AGREE"));
    }

    @Test
    void a_mediation_framed_after_the_parties_in_chinese_is_its_brokers_with_each_party_and_they_are_no_party() {
        assertThat(events("zh", "以色列和哈马斯12日在埃及和卡塔尔的斡旋下达成停火协议。"))
                .contains("EGY>ISR:MEDIATE", "EGY>PSE:MEDIATE", "QAT>ISR:MEDIATE", "QAT>PSE:MEDIATE",
                        "ISR>PSE:CEASEFIRE", "PSE>ISR:CEASEFIRE")
                .noneMatch(e -> e.startsWith("EGY>QAT") || e.startsWith("QAT>EGY") || e.endsWith(">EGY:CEASEFIRE"));
        assertThat(events("zh", "俄罗斯和乌克兰经阿联酋斡旋交换战俘。"))
                .contains("ARE>RUS:MEDIATE", "ARE>UKR:MEDIATE", "RUS>UKR:RELEASE");
        assertThat(events("zh", "卡塔尔的斡旋以失败告终。"))
                .as("a mediation with no frame and no parties is no one's").isEmpty();
    }

    @Test
    void a_call_received_from_another_binds_the_caller_and_the_one_called_in_every_language() {
        assertThat(events("es", "El presidente de Colombia recibió una llamada telefónica del presidente de Venezuela."))
                .containsExactlyInAnyOrder("VEN>COL:CONSULT", "COL>VEN:CONSULT");
        assertThat(events("ar", "تلقى الرئيس السوري اتصالا هاتفيا من الرئيس الإماراتي."))
                .containsExactlyInAnyOrder("ARE>SYR:CONSULT", "SYR>ARE:CONSULT");
        assertThat(events("zh", "习近平接到俄罗斯总统普京的电话。"))
                .containsExactlyInAnyOrder("RUS>CHN:CONSULT", "CHN>RUS:CONSULT");
    }

    @Test
    void a_reception_binds_host_and_guest_while_a_visit_or_talks_stay_with_who_holds_them() {
        // The host receives and the guest visits (CAMEO 043 and 042), as the English coder reads
        // "received his counterpart"; grammar.tsv RECEIVE lists the words of receiving.
        assertThat(events("fr", "Le président tunisien a reçu le ministre algérien des Affaires étrangères."))
                .containsExactlyInAnyOrder("TUN>DZA:CONSULT", "DZA>TUN:CONSULT");
        assertThat(events("de", "Der deutsche Außenminister hat seinen ukrainischen Amtskollegen in Berlin empfangen."))
                .containsExactlyInAnyOrder("DEU>UKR:CONSULT", "UKR>DEU:CONSULT");
        assertThat(events("es", "El presidente mexicano recibió a su homólogo guatemalteco en el Palacio Nacional."))
                .containsExactlyInAnyOrder("MEX>GTM:CONSULT", "GTM>MEX:CONSULT");
        assertThat(events("ru", "Президент России принял в Кремле премьер-министра Индии."))
                .containsExactlyInAnyOrder("RUS>IND:CONSULT", "IND>RUS:CONSULT");
        assertThat(events("ar", "واستقبل الرئيس المصري وزير الخارجية الألماني في القاهرة."))
                .as("with the proclitic and").containsExactlyInAnyOrder("EGY>DEU:CONSULT", "DEU>EGY:CONSULT");
        assertThat(events("fr", "Le ministre algérien des Affaires étrangères s'est rendu en Tunisie."))
                .as("a visit is the guest's").containsExactly("DZA>TUN:CONSULT");
        assertThat(events("es", "El canciller mexicano mantuvo conversaciones con su homólogo guatemalteco en Ciudad de Guatemala."))
                .as("talks with a partner are the one's who holds them").containsExactly("MEX>GTM:CONSULT");
    }

    @Test
    void two_states_that_do_together_what_binds_both_are_each_others_party_not_a_state_named_later() {
        assertThat(events("ru", "Индия и Пакистан договорились о прекращении огня, объявил президент США."))
                .as("the announcer is no party to the ceasefire")
                .containsExactlyInAnyOrder("IND>PAK:CEASEFIRE", "PAK>IND:CEASEFIRE");
    }
}
