package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.brink.model.Json;
import io.brink.scoring.Coverage;

class CoverageSerdeTest {

    private static Coverage afterSomeHours() {
        Coverage c = Coverage.start(490_000);
        for (int h = 0; h < 30; h++) {
            for (int i = 0; i < h % 7 + 1; i++) {
                c = c.count(490_000 + h, Duration.ofDays(30));
            }
        }
        return c;
    }

    @Test
    void coverage_reads_back_equal() {
        Coverage c = afterSomeHours();
        CoverageSerde serde = new CoverageSerde();
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", c))).isEqualTo(c);
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void coverage_written_as_json_by_an_earlier_brink_still_reads() throws Exception {
        Coverage c = afterSomeHours();
        assertThat(CoverageSerde.read(Json.MAPPER.writeValueAsBytes(c))).isEqualTo(c);
    }

    @Test
    void other_bytes_fail_with_a_clear_message() {
        assertThatThrownBy(() -> CoverageSerde.read(new byte[] {7, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("coverage format 7");
        assertThatThrownBy(() -> CoverageSerde.read(new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cannot read coverage");
    }
}
