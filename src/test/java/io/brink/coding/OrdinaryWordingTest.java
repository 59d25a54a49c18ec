package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Article;

/**
 * Words of an ordinary news day that name no act between states: labels given to people, match
 * reports, dates in a calendar, the tools of an incident. Each raised a false alert on a realistic
 * feed written blind (the fifth), and each is tested here as the category it belongs to.
 */
class OrdinaryWordingTest {

    private static List<String> dyads(String title, String text) {
        return EventCoder.standard().code(new Article("a", "https://wire.example/a", "wire.example",
                        Instant.parse("2026-11-20T08:00:00Z"), title, text, "en")).stream()
                .map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).toList();
    }

    private static List<String> dyads(String text) {
        return dyads("", text);
    }

    @Test
    void a_label_given_to_a_person_is_no_act() {
        assertThat(dyads("German and French officers described him as a 'soldier of reconciliation'.")).isEmpty();
        assertThat(dyads("He will be remembered as the architect of the peace treaty between Egypt and Israel."))
                .isEmpty();
        assertThat(dyads("Egypt and Israel signed a peace treaty, which he negotiated.")).isNotEmpty();
    }

    @Test
    void a_match_report_is_sport_whatever_its_verbs() {
        assertThat(dyads("Egypt edge Saudi Arabia 4-3",
                "Egypt claimed a 4-3 victory over Saudi Arabia on Tuesday in an international friendly. "
                        + "Egypt bombarded the Saudi goal from the start. "
                        + "Saudi coach Lama Al-Mutairi told a news conference they would regroup. "
                        + "Dina Shalaby opened the scoring in the 43rd minute.")).isEmpty();
    }

    @Test
    void a_deadline_is_an_ultimatum_only_when_set_to_someone_to_act() {
        assertThat(dyads("Pakistan extended by three months the deadline for registration cards held by Afghan refugees."))
                .noneMatch(d -> d.endsWith(":ULTIMATUM"));
        assertThat(dyads("Israel gave Hamas a 48-hour deadline to free the hostages.")).contains("ISR>PSE:ULTIMATUM");
        assertThat(dyads("The United States set a deadline for Iran to respond.")).contains("USA>IRN:ULTIMATUM");
    }

    @Test
    void water_cannon_turned_on_a_boat_is_no_relief() {
        assertThat(dyads("Chinese coast guard ships turned water cannon on a Japanese fishing boat near the islands."))
                .noneMatch(d -> d.endsWith(":AID"));
        assertThat(dyads("Turkish ships ferried food and water to Lebanon.")).contains("TUR>LBN:AID");
    }

    @Test
    void athletes_airlines_and_their_contests_are_no_acts_of_states() {
        assertThat(dyads("Pacifico Airlines, the Chilean airline, launched a fresh offensive against a Peruvian rival "
                + "on the Santiago-Lima route.")).isEmpty();
        assertThat(dyads("The Gambian heavyweight fights Senegal's champion in Dakar's national wrestling arena on Sunday."))
                .isEmpty();
        assertThat(dyads("Italy's Luca Conti hit back at the Austrians, winning the giant slalom.")).isEmpty();
        assertThat(dyads("Canada fired 71 shots at the Mexican net, a bombardment that earned the Mexican goaltender "
                + "a standing ovation.")).isEmpty();
        assertThat(dyads("Chilean warplanes launched a fresh offensive against Peruvian positions.")).isNotEmpty();
    }

    @Test
    void a_scene_the_reader_is_asked_to_imagine_reports_nothing() {
        assertThat(dyads("Imagine the Brenner dispute escalating: Rome retaliating against Austrian trucks.")).isEmpty();
        assertThat(dyads("Rome retaliated against Austrian trucks on Monday.")).isNotEmpty();
    }

    @Test
    void talks_that_end_on_schedule_were_held_not_broken_off() {
        assertThat(dyads("Sudan and South Sudan agreed to withdraw their forces from Abyei, at the end of talks "
                + "hosted by the Ethiopian prime minister in Addis Ababa."))
                .noneMatch(d -> d.endsWith(":REJECT")).contains("SDN>SSD:WITHDRAW", "ETH>SDN:CONSULT");
        assertThat(dyads("India ended talks with Pakistan on Monday.")).contains("IND>PAK:REJECT");
    }

    @Test
    void what_others_expect_fear_or_weigh_has_not_happened() {
        assertThat(dyads("Analysts expect Washington to tighten sanctions on Venezuela before the end of the year."))
                .isEmpty();
        assertThat(dyads("Shares slipped on fears that Washington might raise tariffs on South Korean cars.")).isEmpty();
        assertThat(dyads("Washington is expected to impose sanctions on Iran next week.")).isEmpty();
        assertThat(dyads("Ukrainian officials expect the next exchange of prisoners with Russia before Easter.")).isEmpty();
        assertThat(dyads("Israel is weighing a strike on Iranian oil facilities.")).isEmpty();
        assertThat(dyads("The Pentagon has drawn up options for strikes on military targets inside Venezuela.")).isEmpty();
        assertThat(dyads("Iran's foreign ministry dismissed talk of further U.S. sanctions as psychological warfare."))
                .isEmpty();
        assertThat(dyads("A war game found that a Chinese blockade of Taiwan would, if attempted, strain shipping."))
                .isEmpty();
        assertThat(dyads("Germany urged Russia to use its influence to bring about a ceasefire in eastern Ukraine."))
                .containsExactly("DEU>RUS:APPEAL");
        assertThat(dyads("Iran expects to sign the deal with Oman next week.")).contains("IRN>OMN:AGREE");
        assertThat(dyads("Israeli jets struck targets in Lebanon.")).containsExactly("ISR>LBN:ATTACK");
    }

    @Test
    void an_act_asked_of_a_body_that_is_no_state_is_only_asked() {
        assertThat(dyads("A group of U.S. senators urged the Treasury to step up enforcement of sanctions on Iranian oil."))
                .isEmpty();
    }

    @Test
    void a_court_case_over_past_attacks_and_a_denied_role_report_no_attack() {
        assertThat(dyads("A U.S. federal judge awarded $560 million in damages to relatives of victims of attacks "
                + "attributed to Iranian-backed groups.")).noneMatch(d -> d.endsWith(":ATTACK"));
        assertThat(dyads("Pakistan's information minister denied any Pakistani role in the killing of 26 people in India."))
                .isEmpty();
        assertThat(dyads("Pakistani troops killed 26 people in India.")).contains("PAK>IND:ATTACK");
    }

    @Test
    void a_clash_of_visions_and_a_cricket_snub_are_no_acts_of_states() {
        assertThat(dyads("A clash of visions between Beijing and Washington is expected to dominate the forum.")).isEmpty();
        assertThat(dyads("India's cricketers did not shake hands with their Pakistani opponents.")).isEmpty();
        assertThat(dyads("Chinese and American troops clashed near the border.")).isNotEmpty();
        assertThat(dyads("Chinese and Australian miners are bidding for lithium deposits in Mali and Zimbabwe.")).isEmpty();
        assertThat(dyads("The UAE deposited $2 billion in Egypt's central bank.")).containsExactly("ARE>EGY:AID");
    }
}
