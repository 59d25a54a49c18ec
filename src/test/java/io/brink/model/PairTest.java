package io.brink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairTest {

    @Test
    void both_directions_of_a_dyad_share_one_alphabetical_key() {
        assertThat(Pair.of("ISR", "IRN").key()).isEqualTo("IRN-ISR");
        assertThat(Pair.of("IRN", "ISR")).isEqualTo(Pair.of("ISR", "IRN"));
        assertThat(Pair.parse("ISR-IRN")).isEqualTo(new Pair("IRN", "ISR"));
    }

    @Test
    void direction_says_which_member_acted() {
        Pair p = Pair.of("ISR", "IRN");
        assertThat(p.directionFrom("IRN")).isEqualTo(Pair.Direction.A_TO_B);
        assertThat(p.directionFrom("ISR")).isEqualTo(Pair.Direction.B_TO_A);
        assertThatThrownBy(() -> p.directionFrom("USA")).hasMessageContaining("USA is not in pair IRN-ISR");
    }

    @Test
    void a_country_cannot_pair_with_itself_and_codes_must_be_alpha3() {
        assertThatThrownBy(() -> Pair.of("IRN", "IRN")).hasMessageContaining("two different codes");
        assertThatThrownBy(() -> Pair.parse("IR-ISR")).hasMessageContaining("not a pair key");
        assertThatThrownBy(() -> Pair.of("irn", "ISR")).hasMessageContaining("not an ISO 3166-1 alpha-3 code: irn");
        for (String bad : new String[] {"IR", "IRNA", "IR1", "I-N", "ÄRN", "@RN", "IR[", ""}) {
            assertThatThrownBy(() -> Pair.of(bad, "ZZZ")).as(bad).hasMessageContaining("not an ISO 3166-1 alpha-3 code");
        }
        assertThatThrownBy(() -> new Pair(null, "ZZZ")).hasMessageContaining("not an ISO 3166-1 alpha-3 code: null");
    }
}
