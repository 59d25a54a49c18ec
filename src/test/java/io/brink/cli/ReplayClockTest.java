package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReplayClockTest {

    private static final long TODAY = Instant.parse("2026-12-07T02:00:00Z").toEpochMilli();

    @Test
    void a_replayed_article_arrives_at_its_publication_even_when_that_is_next_week() {
        ReplayClock clock = new ReplayClock();
        Instant monday = Instant.parse("2026-11-30T04:00:00Z");
        Instant nextWeek = Instant.parse("2026-12-13T22:00:00Z");
        assertThat(clock.arrive(monday, TODAY)).isEqualTo(new ReplayClock.Arrival(monday.toEpochMilli(), true));
        for (Instant day = monday; day.isBefore(nextWeek); day = day.plusSeconds(86_400)) {
            assertThat(clock.arrive(day, TODAY).dated()).as(day.toString()).isTrue();
        }
        assertThat(clock.arrive(nextWeek, TODAY)).isEqualTo(new ReplayClock.Arrival(nextWeek.toEpochMilli(), true));
    }

    @Test
    void an_article_dated_far_past_the_feed_arrives_at_the_replays_time_and_its_date_is_not_taken() {
        ReplayClock clock = new ReplayClock();
        Instant last = Instant.parse("2026-11-30T04:00:00Z");
        clock.arrive(last, TODAY);
        assertThat(clock.arrive(Instant.parse("9999-01-01T00:00:00Z"), TODAY))
                .isEqualTo(new ReplayClock.Arrival(last.toEpochMilli(), false));
        assertThat(clock.arrive(Instant.parse("1969-12-31T00:00:00Z"), TODAY).dated()).isFalse();
        assertThat(clock.arrive(null, TODAY)).isEqualTo(new ReplayClock.Arrival(last.toEpochMilli(), false));
    }

    @Test
    void a_feed_written_for_the_coming_weeks_sets_the_clock_with_its_first_article() {
        ReplayClock clock = new ReplayClock();
        Instant inTwoWeeks = Instant.parse("2026-12-21T00:00:00Z");
        assertThat(clock.arrive(inTwoWeeks, TODAY)).isEqualTo(new ReplayClock.Arrival(inTwoWeeks.toEpochMilli(), true));
        assertThat(clock.arrive(inTwoWeeks.plusSeconds(86_400), TODAY).dated()).isTrue();
    }

    @Test
    void a_first_article_dated_years_ahead_is_not_taken_at_its_word_and_a_live_feed_keeps_the_wall_clock() {
        assertThat(new ReplayClock().arrive(Instant.parse("2028-06-01T00:00:00Z"), TODAY))
                .isEqualTo(new ReplayClock.Arrival(null, false));
        assertThat(ReplayClock.live(Instant.parse("2026-12-09T00:00:00Z"), TODAY))
                .isEqualTo(new ReplayClock.Arrival(null, false));
        assertThat(ReplayClock.live(Instant.parse("2026-12-06T00:00:00Z"), TODAY))
                .isEqualTo(new ReplayClock.Arrival(null, true));
    }
}
