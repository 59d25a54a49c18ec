package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;

/** How Brink codes Arabic news: each rule of the data-file coder, shown on a sentence of its own. */
class ArabicCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("ar", text);
    }

    static List<String> events(String text) {
        return LanguageSentences.dyads(coding(text).events());
    }

    @Test
    void appreciation_expressed_with_either_verb_is_cooperation() {
        assertThat(events("عبّر الرئيس التركي عن تقديره لموقف أذربيجان.")).containsExactly("TUR>AZE:COOPERATE");
        assertThat(events("أعربت مصر عن امتنانها للسعودية.")).containsExactly("EGY>SAU:COOPERATE");
    }

    @Test
    void strengthening_relations_is_not_reinforcements_sent() {
        // تعزيزها ("strengthening them") shares its stem with تعزيزات ("reinforcements").
        assertThat(events("تلقى الرئيس المصري اتصالاً هاتفياً من ولي العهد السعودي، جرى خلاله استعراض العلاقات الثنائية وسبل تعزيزها."))
                .noneMatch(d -> d.endsWith(":MOBILIZE"));
        assertThat(events("أرسلت روسيا تعزيزات إلى الحدود مع أوكرانيا.")).contains("RUS>UKR:MOBILIZE");
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object_and_the_verb_comes_first() {
        // Verb-subject-object: "attacked Russia Ukraine" (grammar.tsv SUBJECT verb-first).
        assertThat(events("هاجمت روسيا أوكرانيا بالصواريخ والطائرات المسيرة.")).containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("قصفت روسيا أوكرانيا ليلا.").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("قصفت");
        // Subject first is Arabic too, in headlines above all.
        assertThat(events("روسيا تهاجم أوكرانيا بالصواريخ.")).containsExactly("RUS>UKR:ATTACK");
        // The subject inside a phrase with a gap: "imposed the United States new sanctions on Iran".
        assertThat(events("فرضت الولايات المتحدة عقوبات جديدة على إيران.")).containsExactly("USA>IRN:SANCTION");
    }

    @Test
    void a_demonym_inside_a_verb_first_phrase_is_its_subject_unless_a_count_makes_it_the_people_counted() {
        assertThat(events("رحب الرئيس الجزائري بنظيره التونسي.")).containsExactly("DZA>TUN:CONSULT");
        assertThat(events("انتهكت طائرات روسية المجال الجوي الإستوني.")).containsExactly("RUS>EST:ATTACK");
        assertThat(events("قتل خمسة فلسطينيين في غارة إسرائيلية.")).doesNotContain("PSE>ISR:ATTACK");
    }

    @Test
    void a_verb_noun_masdar_and_the_present_tense_match_like_the_past() {
        assertThat(events("شنت إسرائيل غارات جوية على لبنان.")).containsExactly("ISR>LBN:ATTACK");
        assertThat(events("تهدد إيران إسرائيل.")).containsExactly("IRN>ISR:THREATEN");
        assertThat(events("أعلنت روسيا انسحاب قواتها من أرمينيا.")).containsExactly("RUS>ARM:WITHDRAW");
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members_and_and_is_written_onto_the_name() {
        assertThat(events("هاجمت روسيا وبيلاروسيا بولندا."))
                .containsExactlyInAnyOrder("RUS>POL:ATTACK", "BLR>POL:ATTACK");
        assertThat(events("أدانت فرنسا وألمانيا وإيطاليا إيران."))
                .containsExactlyInAnyOrder("FRA>IRN:ACCUSE", "DEU>IRN:ACCUSE", "ITA>IRN:ACCUSE");
    }

    @Test
    void a_second_verb_with_and_written_onto_it_keeps_the_subject_of_the_first() {
        assertThat(events("هاجمت روسيا أوكرانيا وهددت بولندا.")).containsExactly("RUS>UKR:ATTACK", "RUS>POL:THREATEN");
    }

    @Test
    void a_negation_cancels_the_act() {
        assertThat(events("لم تهاجم فنزويلا غيانا.")).isEmpty();
        assertThat(events("لن تفرض الصين عقوبات على اليابان.")).isEmpty();
        assertThat(events("لا تعتزم الصين فرض عقوبات على اليابان.")).isEmpty();
    }

    @Test
    void a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("لم توقع روسيا الاتفاق مع أوكرانيا.")).containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background_in_either_digits() {
        EventCoder.Coding c = coding("غزا العراق الكويت عام 1990.");
        assertThat(c.events()).isEmpty();
        assertThat(LanguageSentences.dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(LanguageSentences.dyads(coding("غزا العراق الكويت عام ١٩٩٠.").background()))
                .containsExactly("IRQ>KWT:ATTACK");
        // A month (CLDR's Arabic name, read through the same normalisation) that ended months before.
        assertThat(events("هاجمت إسرائيل إيران في يونيو 2025.")).isEmpty();
        assertThat(events("هاجمت إسرائيل إيران أمس.")).containsExactly("ISR>IRN:ATTACK");
    }

    @Test
    void a_passive_turns_the_roles_round() {
        // "was subjected Iran to an Israeli attack": the one acted on follows the auxiliary, the
        // agent is the demonym after the act.
        assertThat(events("تعرضت إيران لهجوم إسرائيلي.")).containsExactly("ISR>IRN:ATTACK");
        assertThat(events("تعرضت أوكرانيا لهجوم من قبل روسيا.")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_demonym_names_its_state_in_each_of_its_forms_and_with_its_article() {
        assertThat(events("شنت القوات الإسرائيلية غارات على سوريا.")).containsExactly("ISR>SYR:ATTACK");
        assertThat(events("قصف الجيش الروسي مواقع أوكرانية.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("طردت مصر السفير الإسرائيلي.")).containsExactly("EGY>ISR:EXPEL");
    }

    @Test
    void a_capital_or_seat_of_power_stands_for_its_government() {
        assertThat(events("اتهم الكرملين البيت الأبيض بتقويض المفاوضات.")).containsExactly("RUS>USA:ACCUSE");
        assertThat(events("طردت القاهرة السفير الإسرائيلي.")).containsExactly("EGY>ISR:EXPEL");
    }

    @Test
    void a_football_match_is_no_event() {
        assertThat(events("فاز المنتخب الروسي على المنتخب الأوكراني في مباراة كرة القدم.")).isEmpty();
        assertThat(events("هزم المنتخب الإيراني نظيره الأمريكي في كأس العالم.")).isEmpty();
    }

    @Test
    void a_mutual_act_runs_both_ways_and_a_mediator_acts_on_both() {
        assertThat(events("اتفقت الهند وباكستان على وقف إطلاق النار."))
                .containsExactlyInAnyOrder("IND>PAK:CEASEFIRE", "PAK>IND:CEASEFIRE");
        assertThat(events("تبادلت روسيا وأوكرانيا مئات الأسرى بوساطة إماراتية."))
                .containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE", "ARE>RUS:MEDIATE",
                        "ARE>UKR:MEDIATE");
    }

    @Test
    void a_question_and_a_reporting_opening_are_not_acts() {
        assertThat(events("هل ستهاجم روسيا أوكرانيا؟")).isEmpty();
        // "؟" ends a sentence, though the JDK's sentence rules do not say so; "!" and "." do.
        assertThat(events("هل ستهاجم روسيا أوكرانيا؟ هاجمت إسرائيل إيران! ثم هددت لبنان."))
                .containsExactly("ISR>IRN:ATTACK", "ISR>LBN:THREATEN");
        // "said the spokesman of the Chinese foreign ministry that …": the reporter is no party.
        assertThat(events("قال المتحدث باسم الخارجية الصينية إن بكين ترفض صفقة الأسلحة الأمريكية لتايوان."))
                .containsExactly("CHN>USA:REJECT");
    }

    @Test
    void the_comma_and_semicolon_of_arabic_script_cut_clauses() {
        assertThat(events("اتهمت الصين الولايات المتحدة بالتجسس، لكنها دعت إلى الحوار."))
                .containsExactly("CHN>USA:ACCUSE");
        List<Word> words = LanguageCoder.standard("ar").analysis().words("روسيا، أوكرانيا؛ بولندا");
        assertThat(words).extracting(Word::text).containsExactly("روسيا", ",", "أوكرانيا", ";", "بولندا");
    }

    @Test
    void names_are_read_after_arabic_normalisation_and_without_a_proclitic() {
        Analysis analysis = LanguageCoder.standard("ar").analysis();
        Word w = analysis.words("وإيران").get(0);
        assertThat(w.hasProclitic()).isTrue();
        assertThat(w.bare()).isEqualTo("ايران");
        // "وقف" (a halt) is no "و" + "قف": what is left must have three letters.
        assertThat(analysis.words("وقف").get(0).hasProclitic()).isFalse();
        assertThat(events("فرضت واشنطن عقوبات على طهران وموسكو."))
                .containsExactlyInAnyOrder("USA>IRN:SANCTION", "USA>RUS:SANCTION");
    }

    @Test
    void appeals_restored_embassies_severed_relations_and_pullbacks_are_coded_by_category() {
        assertThat(events("ناشدت الحكومة اللبنانية فرنسا تقديم مساعدات عاجلة.")).contains("LBN>FRA:APPEAL");
        assertThat(events("أعادت السعودية وإيران فتح سفارتيهما بعد سبع سنوات من القطيعة."))
                .contains("SAU>IRN:RESTORE_RELATIONS", "IRN>SAU:RESTORE_RELATIONS");
        assertThat(events("الجزائر تقطع علاقاتها الدبلوماسية مع المغرب.")).containsExactly("DZA>MAR:SANCTION");
        assertThat(events("أعلن الجيش الإسرائيلي سحب فرقة من قطاع غزة.")).containsExactly("ISR>PSE:WITHDRAW");
    }

    @Test
    void a_meeting_a_call_and_a_visit_run_from_whoever_holds_them_and_a_reception_binds_both() {
        assertThat(events("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني عباس عراقجي في جدة."))
                .containsExactly("SAU>IRN:CONSULT");
        // A visit is the guest's act (CAMEO 042); the host's part is coded when he receives or meets him.
        assertThat(events("زار الرئيس الإيراني مسعود بزشكيان العاصمة العراقية بغداد.")).containsExactly("IRN>IRQ:CONSULT");
        assertThat(events("وصل وزير الخارجية التركي إلى بغداد في زيارة رسمية تستغرق يومين.")).containsExactly("TUR>IRQ:CONSULT");
        // A reception with the guest's title and demonym after the verb: the host is the subject,
        // and host and guest are both bound (grammar.tsv RECEIVE).
        assertThat(events("استقبل الرئيس المصري وزير الخارجية الألماني في القاهرة."))
                .containsExactly("EGY>DEU:CONSULT", "DEU>EGY:CONSULT");
        assertThat(events("بحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في غزة."))
                .containsExactly("EGY>JOR:CONSULT");
        // Talks held with a partner run from the one who holds them ("held talks with").
        assertThat(events("تباحث وزير الدفاع الأمريكي مع نظيره الإسرائيلي هاتفيا."))
                .containsExactly("USA>ISR:NEGOTIATE");
    }

    @Test
    void support_praise_and_recognition_are_cooperation() {
        assertThat(events("أعربت قطر عن دعمها الكامل للسودان في مواجهة التحديات.")).containsExactly("QAT>SDN:COOPERATE");
        assertThat(events("اعترفت إسبانيا رسميا بدولة فلسطين.")).containsExactly("ESP>PSE:COOPERATE");
    }

    @Test
    void reducing_relations_closing_embassies_and_suspending_cooperation() {
        assertThat(events("علقت تركيا التبادل التجاري مع إسرائيل.")).containsExactly("TUR>ISR:SANCTION");
        assertThat(events("قطعت بوليفيا علاقاتها الدبلوماسية مع إسرائيل.")).containsExactly("BOL>ISR:SANCTION");
    }

    @Test
    void a_takeover_between_firms_is_no_event_but_a_border_line_is_no_sport() {
        assertThat(events("اندلعت اشتباكات عنيفة بين القوات الهندية والباكستانية على طول خط المراقبة."))
                .containsExactlyInAnyOrder("IND>PAK:ATTACK", "PAK>IND:ATTACK");
        assertThat(events("أعلنت مجموعة قطرية عن صفقة استحواذ على شركة تركية.")).isEmpty();
    }

    @Test
    void a_ministry_is_no_visit_and_a_social_matter_no_meeting() {
        // وزارة stems as زار (visited), الاجتماعية as اجتماع, الاتصالات as اتصال, مساعد as المساعدات.
        assertThat(events("أعلنت وزارة الخارجية المصرية رفضها لتصريحات إسرائيل.")).containsExactly("EGY>ISR:REJECT");
        assertThat(events("ناقش وزراء الشؤون الاجتماعية في مصر والأردن برامج الدعم.")).isEmpty();
        assertThat(events("قال مساعد الرئيس الروسي إن الاتصالات مع الهند جيدة.")).isEmpty();
        assertThat(events("زارت رئيسة الوزراء الإيطالية ليبيا.")).containsExactly("ITA>LBY:CONSULT");
        assertThat(events("خلال اجتماع مع نظيره التركي، أكد وزير الخارجية الإيراني رفض بلاده للتدخل الأجنبي."))
                .contains("TUR>IRN:CONSULT");
    }

    @Test
    void calling_on_urging_and_asking_a_state_is_an_appeal() {
        assertThat(events("دعت مصر إسرائيل إلى فتح معبر رفح أمام المساعدات الإنسانية.")).containsExactly("EGY>ISR:APPEAL");
        assertThat(events("حثت الولايات المتحدة الصين على استخدام نفوذها لدى كوريا الشمالية.")).containsExactly("USA>CHN:APPEAL");
        assertThat(events("طلبت ليبيا من تركيا إرسال خبراء عسكريين.")).containsExactly("LBY>TUR:APPEAL");
        assertThat(events("دعا المدرب لاعبي المنتخب المصري إلى التركيز قبل مواجهة غانا.")).isEmpty();
    }

    @Test
    void suspended_aid_cancelled_accords_and_leaving_a_treaty_reduce_relations() {
        assertThat(events("علقت الولايات المتحدة مساعداتها العسكرية لمصر.")).containsExactly("USA>EGY:SANCTION");
        assertThat(events("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران.")).containsExactly("USA>IRN:SANCTION");
        assertThat(events("أوقفت السعودية استيراد الخضروات والفواكه من لبنان.")).containsExactly("SAU>LBN:SANCTION");
        assertThat(events("أعلنت ليتوانيا السفير الروسي شخصا غير مرغوب فيه.")).containsExactly("LTU>RUS:EXPEL");
    }

    @Test
    void a_verbal_attack_is_an_accusation_and_a_fire_under_control_is_no_conquest() {
        assertThat(events("شن الرئيس التركي هجوما حادا على رئيس الوزراء الإسرائيلي.")).containsExactly("TUR>ISR:ACCUSE");
        assertThat(events("سيطرت فرق الدفاع المدني السورية على حريق قرب الحدود التركية.")).isEmpty();
        assertThat(events("سيطرت القوات الروسية على بلدة أوكرانية جديدة.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("أغرقت البحرية الأوكرانية سفينة حربية روسية في البحر الأسود.")).containsExactly("UKR>RUS:ATTACK");
    }

    @Test
    void the_dead_after_a_passive_kill_are_the_target_and_the_strikes_demonym_the_agent() {
        assertThat(events("قتل خمسة فلسطينيين في غارة إسرائيلية على غزة.")).containsExactly("ISR>PSE:ATTACK");
        assertThat(events("قتل ثلاثة جنود سوريين في قصف تركي على ريف حلب.")).containsExactly("TUR>SYR:ATTACK");
        // السوداني alone is Sudanese, not Iraq's prime minister.
        assertThat(events("قتل الجيش السوداني عشرات المسلحين التشاديين.")).containsExactly("SDN>TCD:ATTACK");
    }

    @Test
    void a_verb_first_phrase_with_a_country_in_its_gap_has_its_subject_there() {
        // "استدعت مصر السفير الإثيوبي": Egypt summons; the Ethiopian ambassador's demonym is the target.
        assertThat(coding("استدعت مصر السفير الإثيوبي.").events())
                .extracting(e -> e.src() + ">" + e.tgt() + ":" + e.polarity())
                .containsExactly("EGY>ETH:ESCALATION");
    }

    @Test
    void a_meeting_announced_for_later_is_no_event_of_the_day() {
        assertThat(events("من المقرر أن يلتقي الرئيس الصيني نظيره الأمريكي الشهر المقبل.")).isEmpty();
        assertThat(events("من المتوقع أن يزور وزير الخارجية الأمريكي الرياض الأسبوع المقبل.")).isEmpty();
    }

    @Test
    void a_weekday_dates_an_act_and_is_none_even_where_it_shares_a_stem_with_one() {
        assertThat(events("أثنى الرئيس المصري على فرنسا")).containsExactly("EGY>FRA:COOPERATE");
        assertThat(events("التقى وزير الخارجية المصري يوم الاثنين نظيره الفرنسي في باريس"))
                .doesNotContain("EGY>FRA:COOPERATE");
    }

    @Test
    void a_state_that_says_it_did_something_did_it() {
        assertThat(events("قالت اليابان يوم الثلاثاء إنها أوقفت المساعدات الاقتصادية لصربيا"))
                .containsExactly("JPN>SRB:SANCTION");
        assertThat(events("أعلنت سويسرا أنها طردت السفير الروسي"))
                .as("'that she' has the stem of 'ended' and negates nothing").containsExactly("CHE>RUS:EXPEL");
        assertThat(events("قال الوزير إن اليابان أوقفت المساعدات لصربيا"))
                .as("a speaker who is no party stays out").containsExactly("JPN>SRB:SANCTION");
    }

    @Test
    void the_press_s_names_of_states_that_cldr_writes_otherwise_are_read() {
        assertThat(events("طردت المجر دبلوماسيا روسيا")).containsExactly("HUN>RUS:EXPEL");
        assertThat(events("استدعت الدنمارك السفير الإيراني")).containsExactly("DNK>IRN:ACCUSE");
        assertThat(events("اتهمت الكونغو رواندا بدعم المتمردين")).contains("COD>RWA:ACCUSE");
        assertThat(events("اتهمت جمهورية الكونغو رواندا بدعم المتمردين")).contains("COG>RWA:ACCUSE");
    }

    @Test
    void an_arrival_at_a_number_is_an_amount_reached_not_a_visit() {
        assertThat(events("وصل الرئيس المصري إلى الرياض")).containsExactly("EGY>SAU:CONSULT");
        assertThat(events("احتجزت إيران ما يصل إلى 20 بحارا بريطانيا"))
                .as("up to twenty sailors").containsExactly("IRN>GBR:COERCE");
    }

    @Test
    void a_verb_of_violence_before_a_count_is_the_passive_its_victims_counted() {
        assertThat(events("قتل ثلاثة جنود أمريكيين بعبوة ناسفة خارج مدينة البصرة العراقية"))
                .as("were killed: struck where it happens").containsExactly("IRQ>USA:ATTACK");
        assertThat(events("قتل الجيش الإسرائيلي خمسة فلسطينيين")).containsExactly("ISR>PSE:ATTACK");
        assertThat(events("قتل 20 فلسطينيا في غارة إسرائيلية على غزة")).containsExactly("ISR>PSE:ATTACK");
        assertThat(events("قُتل أكثر من مئتي فلسطيني في غارات جوية شنتها طائرات حربية إسرائيلية على قطاع غزة"))
                .as("an approximate count, after the first word of a longer phrase").containsExactly("ISR>PSE:ATTACK");
    }

    @Test
    void his_country_is_the_state_of_the_one_who_speaks() {
        assertThat(events("قال وزير الخارجية الروسي إن بلاده طردت السفير البريطاني")).containsExactly("RUS>GBR:EXPEL");
    }

    @Test
    void a_state_that_says_another_must_act_demands_it_and_the_act_is_not_done() {
        assertThat(events("قال وزير الخارجية الفرنسي إنه يجب على إسرائيل أن تنسحب من لبنان"))
                .containsExactly("FRA>ISR:DEMAND");
        assertThat(events("يجب على روسيا والصين التعاون")).as("no one says it of another").isEmpty();
        // "that upon Russia is to withdraw": "on" right after "that" is the press's commonest "must".
        assertThat(events("قالت فرنسا إن على روسيا سحب قواتها من أوكرانيا.")).containsExactly("FRA>RUS:DEMAND");
        assertThat(events("فرضت الولايات المتحدة عقوبات على روسيا.")).as("elsewhere it is only \"on\"")
                .containsExactly("USA>RUS:SANCTION");
    }

    @Test
    void a_dateline_is_where_the_story_was_filed_not_who_acts_but_it_is_the_state_of_an_organ_left_unnamed() {
        assertThat(events("موسكو - أشاد وزير الخارجية الأمريكي بموقف الأردن.")).as("the subject follows its verb")
                .containsExactly("USA>JOR:COOPERATE");
        assertThat(events("القاهرة - (أ ش أ) - أدانت الحكومة الإسرائيلية هجوما على الأردن.")).doesNotContain("EGY>ISR:ACCUSE")
                .noneMatch(e -> e.startsWith("EGY>"));
        assertThat(events("الرياض - واس - رحبت وزارة الخارجية بقرار النرويج.")).as("an organ named without its state")
                .containsExactly("SAU>NOR:COOPERATE");
        assertThat(events("عمّان - بترا - رحبت وزارة الخارجية بقرار النرويج.")).as("Amman, not Oman, files from Jordan")
                .containsExactly("JOR>NOR:COOPERATE");
        assertThat(events("الرياض - أشاد وزير الخارجية الإيراني بقرار النرويج.")).as("an organ with its own state")
                .containsExactly("IRN>NOR:COOPERATE");
    }

    @Test
    void an_appeal_reaches_its_act_past_a_subject_and_a_list_and_the_act_it_asks_for_is_not_done() {
        assertThat(events("حثت وزارة الخارجية الصينية كلا من الهند وباكستان على ممارسة ضبط النفس."))
                .containsExactlyInAnyOrder("CHN>IND:APPEAL_RESTRAINT", "CHN>PAK:APPEAL_RESTRAINT");
        assertThat(events("ناشد وزير الخارجية اليمني السعودية والإمارات تقديم مساعدات إنسانية عاجلة."))
                .as("a verbal noun right after the appeal's object is what it asks for")
                .containsExactlyInAnyOrder("YEM>SAU:APPEAL", "YEM>ARE:APPEAL");
    }

    @Test
    void troops_leaving_a_territory_withdraw_and_captives_handed_over_are_released_to_the_state_that_receives_them() {
        assertThat(events("غادرت القوات السورية الأراضي اللبنانية.")).containsExactly("SYR>LBN:WITHDRAW");
        assertThat(events("سلمت باكستان الأسرى الهنود إلى الهند.")).containsExactly("PAK>IND:RELEASE");
        assertThat(events("وصول الرئيس الصيني إلى الرياض في زيارة دولة.")).containsExactly("CHN>SAU:CONSULT");
        assertThat(events("رحبت الحكومة اليمنية بوصول المساعدات الغذائية إلى ميناء الحديدة.")).as("supplies arrive, no one visits")
                .doesNotContain("YEM>YEM:CONSULT").noneMatch(e -> e.endsWith(":CONSULT"));
    }

    @Test
    void manoeuvres_named_by_two_demonyms_side_by_side_are_held_together() {
        assertThat(events("انطلقت المناورات البحرية المصرية السعودية في البحر الأحمر."))
                .containsExactlyInAnyOrder("EGY>SAU:COOPERATE", "SAU>EGY:COOPERATE");
        assertThat(events("أجرت مصر والسعودية تدريبا بحريا مشتركا."))
                .containsExactlyInAnyOrder("EGY>SAU:COOPERATE", "SAU>EGY:COOPERATE");
    }

    @Test
    void aid_halted_is_a_refusal_and_intelligence_supplied_is_cooperation() {
        assertThat(events("قررت السعودية إيقاف المساعدات للجيش اللبناني.")).containsExactly("SAU>LBN:REJECT");
        assertThat(events("زودت السعودية الولايات المتحدة بمعلومات استخباراتية.")).containsExactly("SAU>USA:COOPERATE");
    }

    @Test
    void attacking_a_policy_is_criticism_not_force() {
        assertThat(events("الخارجية الإيرانية تهاجم السياسة الأمريكية في المنطقة")).containsExactly("IRN>USA:ACCUSE");
        assertThat(events("هاجمت إسرائيل مواقع في لبنان")).containsExactly("ISR>LBN:ATTACK");
    }

    @Test
    void joint_subjects_carried_over_to_a_later_joint_act_are_its_parties_not_a_host_named_after_it() {
        assertThat(events("اتفق السودان وجنوب السودان، اليوم الاثنين، على سحب قواتهما من منطقة أبيي، وتبادل المحتجزين، "
                + "وذلك في ختام محادثات استضافها رئيس الوزراء الإثيوبي في أديس أبابا."))
                .contains("SDN>SSD:RELEASE", "SSD>SDN:RELEASE").noneMatch(d -> d.contains("ETH") && d.endsWith(":RELEASE"));
    }

    @Test
    void a_states_own_envoy_in_a_capital_names_the_state_it_is_posted_to() {
        assertThat(events("استدعت السعودية سفيرها في طهران للتشاور")).containsExactly("SAU>IRN:SANCTION");
    }
}
