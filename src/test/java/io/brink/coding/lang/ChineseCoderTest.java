package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;

/** How Brink codes Chinese news: each rule of the data-file coder, shown on a sentence of its own. */
class ChineseCoderTest {

    static EventCoder.Coding coding(String text) {
        return LanguageSentences.coding("zh", text);
    }

    static List<String> events(String text) {
        return LanguageSentences.dyads(coding(text).events());
    }

    static List<String> words(String text) {
        return LanguageCoder.standard("zh").analysis().words(text).stream().map(Word::text).toList();
    }

    @Test
    void an_attack_is_coded_from_its_subject_to_its_object() {
        assertThat(events("俄罗斯袭击了乌克兰的能源设施。")).containsExactly("RUS>UKR:ATTACK");
        CodedEvent e = coding("以色列空袭了黎巴嫩南部。").events().get(0);
        assertThat(e.polarity()).isEqualTo(Polarity.ESCALATION);
        assertThat(e.weight()).isEqualTo(-10);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("空袭");
    }

    @Test
    void the_target_may_stand_before_the_verb_after_dui_or_xiang() {
        assertThat(events("俄罗斯周二对乌克兰发动导弹袭击。")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("以色列军队对黎巴嫩南部真主党目标实施空袭。")).containsExactly("ISR>LBN:ATTACK");
        assertThat(events("美国向乌克兰提供新一批军事援助。")).containsExactly("USA>UKR:ARMS_TRANSFER");
    }

    @Test
    void a_place_after_zai_between_the_subject_and_its_verb_is_where_the_act_is_done() {
        assertThat(events("美国在伊拉克逮捕了两名伊朗外交官。")).containsExactly("USA>IRN:COERCE");
        assertThat(events("以色列士兵在约旦河西岸逮捕了100多名巴勒斯坦人。")).containsExactly("ISR>PSE:COERCE");
        // Struck where it is done, when nothing else is named and the place stands right before the act.
        assertThat(events("以色列在叙利亚发动空袭。")).containsExactly("ISR>SYR:ATTACK");
        assertThat(events("俄罗斯在乌克兰东部发动大规模进攻。")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("中国和俄罗斯在北京签署协议。")).containsExactlyInAnyOrder("CHN>RUS:AGREE", "RUS>CHN:AGREE");
    }

    @Test
    void a_name_the_segmenter_cuts_alone_is_still_found_whole_in_a_sentence() {
        assertThat(words("也门")).as("alone, 也 ('also') is cut off").hasSize(2);
        assertThat(events("美国对也门实施制裁。")).containsExactly("USA>YEM:SANCTION");
        assertThat(events("沙特阿拉伯谴责也门。")).containsExactly("SAU>YEM:ACCUSE");
    }

    @Test
    void a_withdrawal_from_a_country_names_it_after_cong_before_the_verb() {
        assertThat(events("俄罗斯从乌克兰边境撤军。")).containsExactly("RUS>UKR:WITHDRAW");
        assertThat(events("美国从阿富汗撤出全部部队。")).containsExactly("USA>AFG:WITHDRAW");
        assertThat(events("中国从乌克兰撤离侨民。")).as("an evacuation is no withdrawal").isEmpty();
    }

    @Test
    void a_joint_subject_gives_an_event_for_each_of_its_members() {
        assertThat(events("俄罗斯和白俄罗斯威胁波兰。"))
                .containsExactlyInAnyOrder("RUS>POL:THREATEN", "BLR>POL:THREATEN");
        // 、 is the enumeration comma.
        assertThat(events("法国、德国和意大利谴责伊朗。"))
                .containsExactlyInAnyOrder("FRA>IRN:ACCUSE", "DEU>IRN:ACCUSE", "ITA>IRN:ACCUSE");
        // A pair written side by side (grammar.tsv JOIN adjacent).
        assertThat(events("美俄两国外长在利雅得举行会谈。"))
                .containsExactlyInAnyOrder("USA>RUS:NEGOTIATE", "RUS>USA:NEGOTIATE");
    }

    @Test
    void a_one_character_short_form_names_its_state_only_beside_another() {
        // 中, 印, 巴 alone are words ("middle", "print", "bar"); side by side they are a pair.
        assertThat(events("中俄两国领导人举行会谈。"))
                .containsExactlyInAnyOrder("CHN>RUS:NEGOTIATE", "RUS>CHN:NEGOTIATE");
        assertThat(events("印巴两国军队在边境交火。"))
                .containsExactlyInAnyOrder("IND>PAK:ATTACK", "PAK>IND:ATTACK");
        // 巴 beside 以 is Palestine.
        assertThat(LanguageSentences.dyads(coding("以巴双方举行和谈。").events()))
                .allMatch(d -> d.startsWith("ISR>PSE") || d.startsWith("PSE>ISR"));
        // A day after its number is a date, not Japan; a cut-up foreign name is no pair.
        assertThat(events("本月12日俄外长访问中国。")).noneMatch(d -> d.contains("JPN"));
        assertThat(events("埃尔多安与普京举行会谈。")).noneMatch(d -> d.contains("EGY"));
        // Short forms listed with the enumeration comma are a run too.
        assertThat(events("伊朗拒绝英、法、德三国提出的方案。")).contains("IRN>GBR:REJECT");
        // A counter of rounds before the run is no piece of a cut-up name.
        assertThat(events("第三次中美战略对话在北京举行。"))
                .containsExactlyInAnyOrder("CHN>USA:NEGOTIATE", "USA>CHN:NEGOTIATE");
    }

    @Test
    void the_act_an_appeal_asks_of_a_state_is_asked_not_done_with_no_word_before_it() {
        assertThat(events("巴基斯坦总理31日呼吁美国、英国等发达国家向遭受特大洪灾的巴基斯坦提供援助。"))
                .containsExactlyInAnyOrder("PAK>USA:APPEAL", "PAK>GBR:APPEAL");
        assertThat(events("乌克兰总统19日再次敦促德国尽快作出决定，向乌方提供“豹2”主战坦克。"))
                .containsExactly("UKR>DEU:APPEAL");
        assertThat(events("中方呼吁美朝双方通过对话协商解决彼此关切。")).as("an appeal's own words for restraint are the appeal's")
                .containsExactlyInAnyOrder("CHN>USA:APPEAL_RESTRAINT", "CHN>PRK:APPEAL_RESTRAINT");
        assertThat(events("中方敦促以色列停止对加沙的军事行动。")).as("asked to stop its violence, as 'urged to halt'")
                .containsExactly("CHN>ISR:APPEAL_RESTRAINT");
    }

    @Test
    void a_negation_cancels_the_act() {
        assertThat(events("委内瑞拉没有对圭亚那发动袭击。")).isEmpty();
        assertThat(events("中国不会对日本实施制裁。")).isEmpty();
        // 不断, "constantly", is one word: no negation.
        assertThat(events("俄罗斯不断袭击乌克兰。")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void a_conciliatory_act_negated_is_a_refusal() {
        assertThat(events("俄罗斯没有签署与乌克兰的协议。")).containsExactly("RUS>UKR:REJECT");
        assertThat(events("俄罗斯未从乌克兰撤军。")).as("as in English: did not withdraw").containsExactly("RUS>UKR:REJECT");
    }

    @Test
    void the_pakistani_taliban_are_pakistans_not_afghanistans() {
        assertThat(events("巴基斯坦塔利班武装分子绑架了两名中国工程师。")).containsExactly("PAK>CHN:ATTACK");
    }

    @Test
    void a_phrase_gap_reaches_over_the_segmenters_small_pieces() {
        // 了, 对, 的 are pieces of their own: "解除 ~ 制裁" skips eight of them (grammar.tsv GAP).
        assertThat(events("美国解除了对委内瑞拉石油业的部分制裁。")).containsExactly("USA>VEN:WITHDRAW");
    }

    @Test
    void a_conciliatory_act_broken_off_is_a_refusal_towards_the_partner_after_yu() {
        // After a verb, "与" is "with": its actor is the partner, the subject stands before.
        assertThat(events("中国中断了与日本的谈判。")).containsExactly("CHN>JPN:REJECT");
        // Between two actors it is "and": both hold the talks.
        assertThat(events("中国与日本举行了谈判。")).containsExactlyInAnyOrder("CHN>JPN:NEGOTIATE", "JPN>CHN:NEGOTIATE");
    }

    @Test
    void an_act_dated_to_an_earlier_year_is_background() {
        EventCoder.Coding c = coding("1990年，伊拉克入侵科威特。");
        assertThat(c.events()).isEmpty();
        assertThat(LanguageSentences.dyads(c.background())).containsExactly("IRQ>KWT:ATTACK");
        assertThat(events("去年伊拉克入侵科威特。")).isEmpty();
        assertThat(events("伊拉克今天入侵科威特。")).containsExactly("IRQ>KWT:ATTACK");
    }

    @Test
    void a_passive_turns_the_roles_round() {
        assertThat(events("乌克兰遭到俄罗斯导弹袭击。")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("乌克兰被俄罗斯袭击。")).containsExactly("RUS>UKR:ATTACK");
        // The vow after the passive attack is Iran's own act, not a second passive.
        assertThat(events("伊朗遭到以色列空袭后誓言进行报复。")).containsExactly("ISR>IRN:ATTACK");
    }

    @Test
    void a_short_form_or_an_army_names_its_state() {
        assertThat(events("俄军对乌克兰东部发动进攻。")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("中方谴责美方对台湾的军售。")).containsExactly("CHN>USA:ACCUSE");
        assertThat(events("俄乌双方交换了战俘。")).containsExactlyInAnyOrder("RUS>UKR:RELEASE", "UKR>RUS:RELEASE");
    }

    @Test
    void a_capital_or_seat_of_power_stands_for_its_government() {
        assertThat(events("克里姆林宫警告白宫。")).containsExactly("RUS>USA:WARN");
        assertThat(events("北京谴责东京。")).containsExactly("CHN>JPN:ACCUSE");
    }

    @Test
    void a_football_match_is_no_event() {
        assertThat(events("中国足球队在世界杯预选赛中击败日本队。")).isEmpty();
        assertThat(events("韩国队在比赛中进攻日本队。")).isEmpty();
    }

    @Test
    void a_name_inside_a_longer_string_is_segmented_out() {
        // No spaces: the segmenter cuts 俄罗斯 and 乌克兰 out of the run of characters, and leaves a
        // name the press writes with a country's character in it (白俄罗斯, 美元) whole.
        assertThat(words("俄罗斯周二对乌克兰能源设施发动袭击")).startsWith("俄罗斯", "周二", "对", "乌克兰");
        assertThat(events("白俄罗斯谴责立陶宛。")).containsExactly("BLR>LTU:ACCUSE");
        assertThat(LanguageCoder.standard("zh").coding(new io.brink.model.Article("zh2", "https://news.example/zh2",
                "news.example", java.time.Instant.parse("2026-09-15T08:00:00Z"), null, "美元兑人民币汇率下跌。",
                "zh")).events()).isEmpty();
        // A person's name the segmenter cuts into characters still matches: the data are cut alike.
        // A meeting binds host and guest: coded both ways.
        assertThat(events("习近平在北京会见普京。")).containsExactly("CHN>RUS:CONSULT", "RUS>CHN:CONSULT");
    }

    @Test
    void traditional_characters_are_read_as_simplified() {
        assertThat(events("俄羅斯對烏克蘭發動襲擊。")).containsExactly("RUS>UKR:ATTACK");
        List<Word> w = LanguageCoder.standard("zh").analysis().words("襲擊");
        // Offsets and the text stay the sentence's own.
        assertThat(w.get(0).text()).isEqualTo("襲擊");
        assertThat(w.get(0).lower()).isEqualTo("袭击");
    }

    @Test
    void chinese_punctuation_ends_sentences_and_cuts_clauses_and_a_question_is_no_act() {
        assertThat(events("美国宣布对伊朗实施新一轮制裁。伊朗随后对以色列发动袭击！")).containsExactly(
                "USA>IRN:SANCTION", "IRN>ISR:ATTACK");
        assertThat(words("俄罗斯，乌克兰；波兰")).containsExactly("俄罗斯", ",", "乌克兰", ";", "波兰");
        assertThat(events("美国是否会袭击伊朗？")).isEmpty();
    }

    @Test
    void a_hostile_text_without_stops_is_cut_into_pieces_and_still_coded() {
        // 60,000 characters and no stop: cut every 1,000 characters at most, so no single
        // "sentence" makes the roles' work grow with the square of the article.
        String text = "俄罗斯袭击乌克兰美国制裁伊朗".repeat(4_300);
        List<CodedEvent> events = coding(text).events();
        assertThat(events).isNotEmpty().hasSizeLessThanOrEqualTo(LanguageCoder.MAX_EVENTS_PER_ARTICLE);
        assertThat(events.stream().allMatch(e -> e.sentence().length() <= LanguageCoder.MAX_SENTENCE_CHARS)).isTrue();
    }

    @Test
    void appeals_new_relations_countermeasures_and_recalls_are_coded_by_category() {
        // Taiwan's spelling of Honduras, a traditional-character relation established, both ways.
        assertThat(events("中國與宏都拉斯正式建立外交關係。")).contains("CHN>HND:RESTORE_RELATIONS", "HND>CHN:RESTORE_RELATIONS");
        // An appeal for a loan is an appeal from the asker to the state asked.
        assertThat(events("巴基斯坦请求中国提供紧急贷款。")).contains("PAK>CHN:APPEAL");
        assertThat(events("中国外交部宣布对多家美国军工企业采取反制措施。")).contains("CHN>USA:SANCTION");
        assertThat(events("印度撤回驻加拿大高级专员。")).containsExactly("IND>CAN:SANCTION");
        assertThat(events("国足对阵日本的“生死之战”将于周四打响。")).isEmpty();
    }

    @Test
    void a_meeting_a_call_and_a_visit_run_from_whoever_holds_them_and_a_reception_binds_both() {
        assertThat(events("国家主席习近平在人民大会堂会见来访的法国总统马克龙。"))
                .as("a reception binds host and guest").containsExactly("CHN>FRA:CONSULT", "FRA>CHN:CONSULT");
        // A title after the name (李强总理) does not part him from the one he meets.
        // Talks held 与 (with, and) a partner: 与 also joins two subjects, so the partner is a
        // joint subject and both are bound, as "习近平同普京通电话" is.
        assertThat(events("李强总理当天与德国总理朔尔茨举行会谈。"))
                .containsExactlyInAnyOrder("CHN>DEU:NEGOTIATE", "DEU>CHN:NEGOTIATE");
        // 通电话 is one word before a stop, two elsewhere.
        assertThat(events("埃及总统塞西同沙特王储穆罕默德通电话。"))
                .containsExactlyInAnyOrder("EGY>SAU:CONSULT", "SAU>EGY:CONSULT");
        // A visit is the guest's act (CAMEO 042); the host's part is coded when he meets or receives him.
        assertThat(events("印度总理莫迪将于下周对越南进行正式访问。")).containsExactly("IND>VNM:CONSULT");
        assertThat(events("日本首相石破茂访问美国。")).containsExactly("JPN>USA:CONSULT");
    }

    @Test
    void the_one_who_says_it_is_the_one_who_acts() {
        // 表示 is no attribution in Chinese: France says it supports Morocco.
        assertThat(events("法国表示支持摩洛哥的自治方案。")).containsExactly("FRA>MAR:COOPERATE");
        assertThat(events("中方赞赏巴西发挥的建设性作用。")).containsExactly("CHN>BRA:COOPERATE");
    }

    @Test
    void a_country_named_as_the_topic_of_talks_is_no_party() {
        assertThat(events("中国同俄罗斯举行磋商，就乌克兰局势交换意见。"))
                .as("the views exchanged after the comma are both sides'").contains("CHN>RUS:CONSULT")
                .noneMatch(e -> e.contains("UKR"));
    }

    @Test
    void breaking_ties_names_the_other_side_after_yu() {
        assertThat(events("尼日尔军政府宣布与法国断绝外交关系。")).containsExactly("NER>FRA:SANCTION");
        assertThat(events("以色列召回驻土耳其大使。")).containsExactly("ISR>TUR:SANCTION");
        assertThat(events("俄罗斯暂停与挪威的科研合作。")).containsExactly("RUS>NOR:SANCTION");
    }

    @Test
    void fighting_in_its_many_phrasings() {
        assertThat(events("朝鲜炮兵部队向韩国延坪岛开炮。")).containsExactly("PRK>KOR:ATTACK");
        assertThat(events("印度和巴基斯坦军队交火。")).containsExactlyInAnyOrder("IND>PAK:ATTACK", "PAK>IND:ATTACK");
        assertThat(events("美军对也门胡塞武装控制的港口发动空袭。")).containsExactly("USA>YEM:ATTACK");
    }

    @Test
    void material_cooperation_and_appeals() {
        assertThat(events("日本向菲律宾提供巡逻船。")).containsExactly("JPN>PHL:ARMS_TRANSFER");
        assertThat(events("乌克兰请求德国提供防空系统。")).containsExactly("UKR>DEU:APPEAL");
    }

    @Test
    void urging_and_calling_on_a_state_is_an_appeal_and_what_is_asked_for_is_not_done() {
        assertThat(events("中国外交部敦促日本妥善处理核污染水排放问题。")).containsExactly("CHN>JPN:APPEAL");
        // 停止 opens the act asked for: the arms sales are not coded, refused or done.
        assertThat(events("中方呼吁美方停止向台湾出售武器。")).containsExactly("CHN>USA:APPEAL");
        assertThat(events("菲律宾请求美国提供军事援助。")).containsExactly("PHL>USA:APPEAL");
        // "Through talks" is the means a party urges, not talks held between the two it names.
        assertThat(events("美国呼吁乌克兰与俄罗斯通过谈判解决冲突。"))
                .as("an appeal to resolve the conflict asks for de-escalation")
                .containsExactlyInAnyOrder("USA>UKR:APPEAL_RESTRAINT", "USA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void intentions_thanks_joint_statements_and_joint_projects_are_cooperation() {
        assertThat(events("日本表示愿意与韩国改善关系。")).containsExactly("JPN>KOR:COOPERATE");
        assertThat(events("印度尼西亚感谢中国提供的疫苗援助。")).containsExactly("IDN>CHN:COOPERATE");
        assertThat(events("中国同巴西发表联合声明。")).containsExactlyInAnyOrder("CHN>BRA:COOPERATE", "BRA>CHN:COOPERATE");
        assertThat(events("中国和巴基斯坦共同建设瓜达尔港。"))
                .containsExactlyInAnyOrder("CHN>PAK:COOPERATE", "PAK>CHN:COOPERATE");
    }

    @Test
    void a_place_between_the_subject_and_its_partner_does_not_part_them() {
        assertThat(events("印度外长苏杰生在新德里与俄罗斯外长拉夫罗夫举行会谈。"))
                .containsExactlyInAnyOrder("IND>RUS:NEGOTIATE", "RUS>IND:NEGOTIATE");
        assertThat(events("日本与美国在华盛顿举行会谈。")).containsExactlyInAnyOrder("JPN>USA:NEGOTIATE", "USA>JPN:NEGOTIATE");
        assertThat(events("中国队在杭州与日本队举行友谊赛。")).isEmpty();
    }

    @Test
    void towns_on_a_front_stand_for_their_state_and_seizing_ground_is_force() {
        assertThat(events("俄军导弹袭击哈尔科夫。")).containsExactly("RUS>UKR:ATTACK");
        assertThat(events("朝鲜炮击延坪岛。")).containsExactly("PRK>KOR:ATTACK");
        assertThat(events("俄军攻占乌克兰东部城镇阿夫杰耶夫卡。")).containsExactly("RUS>UKR:ATTACK");
    }

    @Test
    void cutting_diplomatic_staff_reduces_relations() {
        assertThat(events("俄罗斯减少了在爱沙尼亚的外交人员。")).containsExactly("RUS>EST:SANCTION");
    }

    @Test
    void a_truce_said_broken_after_it_did_not_hold() {
        assertThat(events("印度和巴基斯坦之间的停火被打破。")).isEmpty();
    }

    @Test
    void talks_an_appeal_asks_for_are_not_held() {
        assertThat(events("美国呼吁俄罗斯与乌克兰进行谈判。")).containsExactlyInAnyOrder("USA>RUS:APPEAL", "USA>UKR:APPEAL");
        assertThat(events("伊朗和美国在阿曼举行间接谈判。")).contains("IRN>USA:NEGOTIATE", "USA>IRN:NEGOTIATE");
    }

    @Test
    void asked_to_hold_fire_or_keep_calm_is_an_appeal_for_restraint_asked_for_an_end_to_provocations_a_demand() {
        assertThat(events("中国要求印度和巴基斯坦保持克制。"))
                .containsExactlyInAnyOrder("CHN>IND:APPEAL_RESTRAINT", "CHN>PAK:APPEAL_RESTRAINT");
        assertThat(events("俄罗斯要求乌克兰停火。")).containsExactly("RUS>UKR:APPEAL_RESTRAINT");
        assertThat(events("日本要求中国停止在东海的挑衅行为。")).containsExactly("JPN>CHN:DEMAND");
    }

    @Test
    void what_a_state_says_it_will_do_otherwise_is_a_threat_and_the_condition_is_not_done() {
        assertThat(events("尼日利亚宣布，除非乍得总统与反政府武装实现停火，否则尼日利亚将从乍得撤出其维和部队。"))
                .containsExactly("NGA>TCD:THREATEN");
        assertThat(events("尼日利亚宣布，尼日利亚将从乍得撤出其维和部队。"))
                .as("without the condition, the withdrawal is announced").containsExactly("NGA>TCD:WITHDRAW");
    }

    @Test
    void a_country_name_inside_a_foreign_name_cut_into_characters_is_no_country() {
        assertThat(events("联合国秘书长科菲·安南说，美国拒绝了改革方案。")).doesNotContain("USA>PHL:REJECT");
        assertThat(events("德国外长菲舍尔将访问阿尔巴尼亚。")).containsExactly("DEU>ALB:CONSULT");
        assertThat(events("卢旺达反政府武装要求哈比亚利马纳总统下台。")).isEmpty();
        assertThat(events("菲律宾谴责中国，菲称中国海警船只撞击了菲方补给船。"))
                .as("a one-character name beside a verb or another name stays a name").contains("PHL>CHN:ACCUSE");
        assertThat(words("美墨边境")).containsExactly("美", "墨", "边境");
        assertThat(events("美墨两国签署了边境安全协议。")).contains("USA>MEX:AGREE");
    }

    @Test
    void the_fighting_a_truce_follows_after_jingguo_is_its_backdrop() {
        EventCoder.Coding c = coding("波斯尼亚和斯洛文尼亚在经过两天激战后同意停火。");
        assertThat(LanguageSentences.dyads(c.events())).containsExactlyInAnyOrder("BIH>SVN:CEASEFIRE", "SVN>BIH:CEASEFIRE");
        assertThat(LanguageSentences.dyads(c.background())).contains("BIH>SVN:ATTACK");
    }

    @Test
    void a_state_that_says_another_must_act_demands_it_and_the_act_is_not_done() {
        assertThat(events("美国表示，中国必须取消壁垒。")).containsExactly("USA>CHN:DEMAND");
        assertThat(events("美国表示，俄罗斯必须从乌克兰撤军。")).containsExactly("USA>RUS:DEMAND");
        assertThat(events("中国和俄罗斯必须加强合作。")).as("no one says it of another").isEmpty();
    }

    @Test
    void a_phrase_may_skip_the_many_pieces_the_segmenter_cuts_but_not_a_comma() {
        assertThat(events("美国总统拜登24日宣布向乌克兰提供价值近30亿美元的新一轮军事援助。"))
                .containsExactly("USA>UKR:ARMS_TRANSFER");
        assertThat(events("尼日利亚宣布，除非乍得总统与反政府武装实现停火，否则尼日利亚将从乍得撤出其维和部队。"))
                .as("an announcement does not reach into the condition after its comma").containsExactly("NGA>TCD:THREATEN");
    }

    @Test
    void the_day_between_the_subject_and_its_verb_is_one_word_that_stands_aside() {
        assertThat(words("习近平26日同")).containsExactly("习", "近", "平", "26日", "同");
        assertThat(words("5月10日电")).startsWith("5月10日");
        assertThat(words("中日两国")).as("日 alone is Japan's short name").contains("日");
        assertThat(events("国家主席习近平26日下午同乌克兰总统泽连斯基通电话。"))
                .containsExactlyInAnyOrder("CHN>UKR:CONSULT", "UKR>CHN:CONSULT");
        assertThat(events("国家主席习近平应约同乌克兰总统泽连斯基通电话。"))
                .containsExactlyInAnyOrder("CHN>UKR:CONSULT", "UKR>CHN:CONSULT");
    }
}
