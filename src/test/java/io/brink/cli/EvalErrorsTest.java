package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink eval --errors}: what a reader needs to see where recall goes. */
class EvalErrorsTest {

    @TempDir
    Path dir;

    @Test
    void a_missed_event_shows_the_phrase_the_coder_set_aside_and_why_and_the_summary_counts_it() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        // The gold coder read a threat; Brink reads a hypothetical move and codes nothing.
        Files.writeString(gold, """
                {"id": "t-1", "date": "2026-03-02", "text": "If Serbia moves troops to the border, Croatia will respond.", "events": [{"src": "HRV", "tgt": "SRB", "cameo": "130", "polarity": "ESCALATION"}]}
                {"id": "t-2", "date": "2026-03-02", "text": "Kenya and Uganda signed a trade agreement in Nairobi on Monday.", "events": [{"src": "KEN", "tgt": "UGA", "cameo": "057", "polarity": "DEESCALATION"}, {"src": "UGA", "tgt": "KEN", "cameo": "057", "polarity": "DEESCALATION"}]}
                """);
        CliTest.Run r = CliTest.run("eval", "--gold", gold.toString(), "--errors", "5");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Missing events on lines where the coder found nothing")
                .containsPattern("modifier\\s+1")
                .contains("set aside \"moves troops to the border\": modifier (hypothetical)");
        assertThat(r.out()).doesNotContain("t-2 (line 2)");
    }
}
