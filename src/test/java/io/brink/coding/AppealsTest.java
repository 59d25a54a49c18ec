package io.brink.coding;

import static io.brink.coding.EventCoderTest.dyads;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appeals (CAMEO root 02): the one who asks acts, towards the one asked; what is asked for has
 * not happened. What is asked decides what the appeal is: to talk, help or cooperate is an
 * appeal, to de-escalate an appeal for restraint, to yield or to act against a third state no
 * event at all.
 */
class AppealsTest {

    @Test
    void called_for_a_state_to_act_is_an_appeal_as_called_on_is() {
        assertThat(dyads("France called for Russia to withdraw its troops."))
                .containsExactly("FRA>RUS:APPEAL_RESTRAINT");
    }

    @Test
    void urging_another_state_to_talk_or_cooperate_is_an_appeal_by_the_one_who_urges() {
        assertThat(dyads("France encouraged Morocco to restore diplomatic ties with Algeria."))
                .containsExactly("FRA>MAR:APPEAL");
        assertThat(dyads("Brazil called on Venezuela to open talks with Guyana.")).containsExactly("BRA>VEN:APPEAL");
    }

    @Test
    void an_appeal_reaches_each_state_asked_and_no_state_named_after_the_ask() {
        assertThat(dyads("Washington urged Kyiv and Moscow to agree a ceasefire."))
                .containsExactlyInAnyOrder("USA>UKR:APPEAL_RESTRAINT", "USA>RUS:APPEAL_RESTRAINT");
        assertThat(dyads("China called on the Democratic People's Republic of Korea and the Republic of Korea "
                + "to keep calm.")).as("a long official name counts as one word toward the appeal's reach")
                .containsExactlyInAnyOrder("CHN>PRK:APPEAL", "CHN>KOR:APPEAL");
    }

    @Test
    void the_act_asked_for_is_not_reported_as_done() {
        assertThat(dyads("Britain urged Iraq to sign the agreement with Kuwait.")).doesNotContain("IRQ>KWT:AGREE");
    }

    @Test
    void an_appeal_to_yield_or_to_act_against_a_third_state_is_no_event() {
        assertThat(dyads("Germany urged Russia to release the detained journalist.")).isEmpty();
        assertThat(dyads("Russia urged Japan to impose sanctions on Ukraine.")).isEmpty();
    }

    @Test
    void asking_another_state_for_help_or_money_is_an_appeal_to_it() {
        assertThat(dyads("Kenya appealed to Britain for emergency food aid.")).containsExactly("KEN>GBR:APPEAL");
        assertThat(dyads("Pakistan asked Saudi Arabia for a loan.")).containsExactly("PAK>SAU:APPEAL");
        assertThat(dyads("The Philippines requested military assistance from the United States."))
                .containsExactly("PHL>USA:APPEAL");
    }

    @Test
    void one_asks_help_of_a_state_named_with_the_request_not_of_one_named_before_it() {
        assertThat(dyads("Britain said Libya must hand over the suspects, and sought Arab support for the demand."))
                .doesNotContain("GBR>LBY:APPEAL");
    }

    @Test
    void a_state_that_calls_another_to_thank_it_makes_a_call_not_an_appeal() {
        assertThat(dyads("The Philippine president called the Chinese president on Tuesday to thank China for its support."))
                .doesNotContain("PHL>CHN:APPEAL");
        assertThat(dyads("Egypt called on Friday on Sudan to resume talks with Ethiopia."))
                .as("an appeal whose 'on' follows a day").containsExactly("EGY>SDN:APPEAL");
    }

    @Test
    void an_appeal_for_an_act_the_lexicon_does_not_list_is_still_an_appeal_unless_it_asks_a_state_to_yield() {
        assertThat(dyads("Spain urged Morocco on Monday to settle the row over the islet through dialogue."))
                .containsExactly("ESP>MAR:APPEAL");
        assertThat(dyads("Britain urged Iran to respect the rights of its detained citizens.")).isEmpty();
        assertThat(dyads("The United States urged its citizens to leave Lebanon.")).isEmpty();
    }

    @Test
    void a_state_that_says_another_should_act_appeals_to_it_and_nothing_is_done_yet() {
        assertThat(dyads("Israel should resume talks with the Palestinians, Turkey's president said."))
                .containsExactly("TUR>ISR:APPEAL");
        assertThat(dyads("Turkey said Israel ought to lift the blockade of Gaza."))
                .containsExactly("TUR>ISR:APPEAL_RESTRAINT");
        assertThat(dyads("Israel should end its blockade of Gaza.")).as("no speaker: nobody asks").isEmpty();
    }

    @Test
    void a_modal_in_the_perfect_is_a_reproach_not_an_appeal() {
        assertThat(dyads("France should not have recognised Palestine, the Israeli prime minister said.")).isEmpty();
    }

    @Test
    void a_call_on_an_official_during_a_visit_to_a_place_asks_nothing() {
        assertThat(dyads("Singapore's defence minister called on his Philippine counterpart during a visit to Manila."))
                .doesNotContain("SGP>PHL:APPEAL");
    }

    @Test
    void a_hostile_act_called_or_pressed_for_is_not_done() {
        assertThat(dyads("Kinshasa has repeatedly called for sanctions on Kigali.")).isEmpty();
        assertThat(dyads("The Congolese president called for tough new sanctions on Rwanda.")).isEmpty();
    }
}
