package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Article;
import io.brink.model.CodedEvent;

/** History recalled in a story is background: coded apart from the news, and never scored. */
class BackgroundTest {

    private static final Instant PUBLISHED = Instant.parse("2026-09-15T08:00:00Z");

    private static EventCoder.Coding code(String text) {
        return EventCoder.standard().coding(new Article("a1", "https://example.org/a1", "example.org", PUBLISHED,
                "t", text, "en"));
    }

    private static List<String> dyads(List<CodedEvent> events) {
        return events.stream().map(e -> e.src() + ">" + e.tgt()).distinct().toList();
    }

    @Test
    void an_act_given_as_the_reason_for_another_is_background_and_the_act_reported_is_coded() {
        EventCoder.Coding c = code("Iran recalled its ambassador from Azerbaijan in protest at the Azerbaijani attack "
                + "on its embassy.");
        assertThat(dyads(c.events())).containsExactly("IRN>AZE");
        assertThat(dyads(c.background())).containsExactly("AZE>IRN");
        c = code("A Qatari court sentenced two Russian agents to life in prison for the killing of a Chechen leader.");
        assertThat(dyads(c.events())).as("what a punishment is for").containsExactly("QAT>RUS");
        c = code("Russia imposed sanctions on Georgia in retaliation for the arrest of its officers.");
        assertThat(dyads(c.events())).containsExactly("RUS>GEO");
        c = code("Russia expelled two Georgian diplomats and arrested a Georgian officer.");
        assertThat(c.events()).as("a second act of the clause is no reason").hasSize(2);
        assertThat(c.background()).isEmpty();
    }

    @Test
    void a_war_of_a_century_ago_or_of_states_that_once_fought_is_background() {
        EventCoder.Coding c = code("A century ago Austrians and Italians fought in the snow of the Dolomites.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).contains("AUT>ITA");
        c = code("Their relations show how two states that once fought each other, Belgium and the Netherlands, "
                + "end up arguing about dredging.");
        assertThat(c.events()).isEmpty();
        assertThat(code("Once the truce holds, Russia attacked Ukraine again on Tuesday.").events())
                .as("not \"once\" as a conjunction").isNotEmpty();
    }

    @Test
    void an_anniversary_counted_in_years_is_background_whatever_day_it_falls_on() {
        EventCoder.Coding c = code("Forty years ago today, Iraqi warplanes bombed Iranian airfields.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("IRQ>IRN");
        assertThat(code("Thirty years ago this week, Ecuadorian and Peruvian troops began fighting in the Cenepa "
                + "valley.").events()).isEmpty();
        assertThat(code("Argentina marked 40 years since British troops attacked Argentine positions.").events())
                .isEmpty();
        assertThat(code("Two months after the coup, Niger expelled the French ambassador.").events())
                .as("counted to the act, not from history").isNotEmpty();
        assertThat(code("Twenty years to the day after the last Soviet soldier left, Russia bombed Afghanistan's "
                + "border posts.").events()).as("counted to the act").isNotEmpty();
    }

    @Test
    void what_someone_recalls_is_a_memory_and_no_recall_of_troops() {
        EventCoder.Coding c = code("India marked the anniversary of the Kargil conflict on Friday, recalling how its "
                + "troops drove Pakistani soldiers from the heights.");
        assertThat(c.events()).isEmpty();
        assertThat(code("Veterans in Buenos Aires were recalling how British forces attacked Argentina.").events())
                .isEmpty();
        assertThat(dyads(code("India recalled its troops from the border with Pakistan on Friday.").events()))
                .containsExactly("IND>PAK");
    }

    @Test
    void acts_counted_over_a_period_are_a_tally_recalled_and_one_days_count_is_news() {
        EventCoder.Coding c = code("Turkish jets violated Greek airspace 300 times so far this year.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("TUR>GRC");
        assertThat(code("Greek fighter jets intercepted Turkish aircraft dozens of times this autumn, "
                + "according to the general staff.").events()).isEmpty();
        assertThat(dyads(code("Turkish jets violated Greek airspace 28 times on Monday, Athens says.").events()))
                .containsExactly("TUR>GRC");
    }

    @Test
    void a_refusal_over_all_time_in_the_perfect_is_a_standing_position_and_a_refusal_of_the_day_is_news() {
        EventCoder.Coding c = code("Ireland has never recognised British sovereignty over Rockall.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("IRL>GBR");
        assertThat(dyads(code("Ireland did not recognise British sovereignty over Rockall.").events()))
                .containsExactly("IRL>GBR");
    }

    @Test
    void violence_a_conciliatory_act_follows_is_recalled_though_a_participle_qualifies_the_period() {
        EventCoder.Coding c = code("Greece and Turkey agreed on Friday to suspend military exercises, after a year "
                + "marked by near-daily airspace violations.");
        assertThat(c.events()).noneMatch(e -> e.signal() == io.brink.model.Signal.ATTACK);
        assertThat(c.background()).anyMatch(e -> e.signal() == io.brink.model.Signal.ATTACK);
    }

    @Test
    void what_a_state_does_periodically_is_a_habit_described_not_an_act_reported() {
        EventCoder.Coding c = code("Botswana periodically restricts imports of South African vegetables to protect its farmers.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("BWA>ZAF");
        assertThat(dyads(code("Botswana restricted imports of South African vegetables on Monday.").events()))
                .containsExactly("BWA>ZAF");
    }

    @Test
    void a_full_date_opening_the_sentence_dates_it_however_far_its_verb() {
        EventCoder.Coding c = code("On 9 December 1941, a day after Japanese forces struck Pearl Harbor and landed in "
                + "Malaya, Australia declared war on Japan.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).contains("AUS>JPN");
        c = code("In December 1868, in the campaign Paraguayans call the Dezembrada, Uruguayan units fought "
                + "Paraguayan forces at Ytororo.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(code("France handed back 26 royal treasures looted by colonial troops in 1892 to Benin on "
                + "Wednesday.").events())).as("a year inside a phrase dates what it recalls").containsExactly("FRA>BEN");
    }

    @Test
    void a_war_dated_to_an_earlier_year_is_background() {
        EventCoder.Coding c = code("India attacked Pakistan in 1971 over East Pakistan.");
        assertThat(c.events()).isEmpty();
        assertThat(c.background()).isNotEmpty();
    }

    @Test
    void the_year_in_an_agreement_s_name_dates_the_agreement_not_the_act_that_invokes_it() {
        EventCoder.Coding c = code("Kyiv demanded urgent consultations with Moscow under the 1994 Budapest Memorandum.");
        assertThat(dyads(c.events())).containsExactly("UKR>RUS");
        assertThat(code("Israel fought Hezbollah in Lebanon in the 2006 Lebanon War.").events())
                .as("a war's name dates the war itself").isEmpty();
        assertThat(dyads(code("India and Pakistan recommitted to a 2003 ceasefire agreement on Thursday.").events()))
                .as("a document named in plain words is dated the same way").contains("IND>PAK", "PAK>IND");
        assertThat(code("The two neighbours fought a war in the 1990s before a ceasefire agreement.").events()).isEmpty();
    }

    @Test
    void violence_an_act_answers_after_after_is_recalled_and_its_agent_is_not_the_acts_subject() {
        EventCoder.Coding c = code("Colombia closed its border crossings after an attack on an army post near Venezuela.");
        assertThat(signals(c.events())).containsExactly("COL>VEN:SANCTION");
        assertThat(signals(c.background())).as("Colombia did not attack").containsExactly("COL>VEN:ATTACK");
        assertThat(signals(code("Colombia closed its border after Venezuelan troops attacked a Colombian army post.").events()))
                .as("an attacker named in a clause of its own is news").contains("VEN>COL:ATTACK");
    }

    @Test
    void a_war_dated_by_a_range_of_years_that_ended_before_is_background() {
        EventCoder.Coding c = code("Croatia and Serbia fought a war in 1991-95 as Yugoslavia broke apart.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).contains("HRV>SRB", "SRB>HRV");
        assertThat(Background.rangeEnd("1980-1988")).isEqualTo(1988);
        assertThat(Background.rangeEnd("1998-02")).isEqualTo(2002);
        assertThat(Background.rangeEnd("2025-26")).isEqualTo(2026);
    }

    @Test
    void an_invasion_in_an_earlier_month_and_year_is_background() {
        EventCoder.Coding c = code("Russia invaded Ukraine in February 2022, and the talks stalled.");
        assertThat(dyads(c.events())).doesNotContain("RUS>UKR");
        assertThat(dyads(c.background())).contains("RUS>UKR");
    }

    @Test
    void a_decade_and_last_july_are_background() {
        assertThat(code("Armenia and Azerbaijan clashed repeatedly in the 1990s.").events()).isEmpty();
        assertThat(code("Thailand attacked Cambodian positions last July.").events()).isEmpty();
        assertThat(code("Two years ago Ethiopia attacked Eritrea.").events()).isEmpty();
    }

    @Test
    void a_recap_in_the_perfect_tense_is_background() {
        assertThat(code("India and Pakistan have fought three wars since independence.").events()).isEmpty();
    }

    @Test
    void an_event_on_a_weekday_is_news_even_beside_a_past_year() {
        EventCoder.Coding c = code("Azerbaijan attacked Armenia on Tuesday, the worst fighting since the 2020 war.");
        assertThat(dyads(c.events())).contains("AZE>ARM");
    }

    @Test
    void an_undated_event_is_news() {
        assertThat(dyads(code("Iran threatened Israel with retaliation.").events())).contains("IRN>ISR");
    }

    @Test
    void a_date_in_the_same_week_is_news() {
        assertThat(dyads(code("On September 12, 2026, Iran threatened Israel with retaliation.").events()))
                .contains("IRN>ISR");
    }

    @Test
    void an_act_counted_from_years_back_is_background_and_the_story_after_the_comma_is_not() {
        EventCoder.Coding c = code("Seventy-five years after an American bomber dropped an atomic bomb on Hiroshima, "
                + "survivors gathered at dawn.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).containsExactly("USA>JPN");
        assertThat(dyads(code("Two years after the war ended, Iraq and Kuwait signed a treaty.").events()))
                .containsExactlyInAnyOrder("IRQ>KWT", "KWT>IRQ");
    }

    private static List<String> signals(List<CodedEvent> events) {
        return events.stream().map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).distinct().toList();
    }

    @Test
    void the_fighting_a_truce_ends_is_its_backdrop_not_news_of_its_own() {
        EventCoder.Coding c = code("Chile and Peru agreed to a truce on Sunday after nine days of artillery fighting.");
        assertThat(signals(c.events())).contains("CHL>PER:CEASEFIRE", "PER>CHL:CEASEFIRE")
                .noneMatch(e -> e.endsWith(":ATTACK"));
        assertThat(signals(c.background())).contains("CHL>PER:ATTACK", "PER>CHL:ATTACK");
        assertThat(signals(code("Ghana and Togo swapped prisoners following weeks of border clashes.").events()))
                .noneMatch(e -> e.endsWith(":ATTACK"));
    }

    @Test
    void violence_after_after_stays_news_when_it_is_a_clause_of_its_own_or_nothing_conciliatory_comes_first() {
        assertThat(signals(code("Chile and Peru agreed to talks hours after Chilean jets bombed Peru.").events()))
                .as("a clause with its own actors").contains("CHL>PER:ATTACK");
        assertThat(dyads(code("Chile demanded the return of its sailors, hours after they were seized by "
                + "Peruvian forces.").events())).as("a clause with its own verb").contains("PER>CHL");
        assertThat(signals(code("Chile shelled Peru after days of fighting.").events()))
                .as("no conciliatory act before it").contains("CHL>PER:ATTACK");
    }

    @Test
    void a_past_that_no_date_names_is_background_too() {
        for (String text : List.of("Chile has expelled several Peruvian diplomats in recent years.",
                "In the past, Turkey has threatened Greece over the islands.",
                "Over the past decade, China has repeatedly sent warships into Japanese waters.",
                "For decades, India and Pakistan have exchanged fire across the Line of Control.")) {
            EventCoder.Coding c = code(text);
            assertThat(c.events()).as(text).isEmpty();
            assertThat(c.background()).as(text).isNotEmpty();
        }
        assertThat(code("Over the past week, China has sent warships into Japanese waters.").events())
                .as("a week is the story's own time").isNotEmpty();
    }

    @Test
    void an_act_that_has_gone_on_for_months_up_to_now_is_news() {
        assertThat(dyads(code("Egypt and Qatar have been mediating between Israel and Hamas for months.").events()))
                .contains("EGY>ISR", "QAT>PSE");
        EventCoder.Coding before = code("Egypt had been mediating between Israel and Hamas for months.");
        assertThat(before.events()).as("the pluperfect keeps it in the past").isEmpty();
        assertThat(before.background()).isNotEmpty();
    }

    @Test
    void a_date_that_opens_the_sentence_dates_all_of_it() {
        EventCoder.Coding c = code("In 2020, Azerbaijan launched an offensive to retake territory from Armenia, and the "
                + "fighting ended after 44 days when Russia brokered a truce.");
        assertThat(c.events()).isEmpty();
        assertThat(dyads(c.background())).contains("AZE>ARM");
        assertThat(code("In 2018 the International Court of Justice ruled that Chile was not obliged to negotiate "
                + "with Bolivia.").events()).isEmpty();
    }

    @Test
    void a_year_before_1900_is_history_and_a_count_of_troops_is_not_a_year() {
        assertThat(code("Canada and the United States fought each other in 1812.").events()).isEmpty();
        assertThat(code("Chile and Peru went to war in 1879, over nitrate fields.").events()).isEmpty();
        assertThat(dyads(code("Russia deployed 1500 troops to the border with Ukraine on Monday.").events()))
                .containsExactly("RUS>UKR");
    }

    @Test
    void a_date_after_a_short_lead_in_dates_the_rest_of_the_sentence() {
        assertThat(code("For context, in 2018 the International Court of Justice ruled that Chile was not obliged "
                + "to negotiate sea access for Bolivia.").events()).isEmpty();
        assertThat(code("Older readers will remember that in 2018 the court ruled that Chile was not obliged to "
                + "negotiate sea access for Bolivia.").events()).isEmpty();
        assertThat(dyads(code("Separately, on Tuesday Russia attacked Ukraine.").events())).containsExactly("RUS>UKR");
    }
}
