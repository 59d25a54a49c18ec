package io.brink.stream;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;

class BrinkPipelineIT {

    @TempDir
    Path state;

    @Test
    void news_in_alerts_out_on_the_embedded_kraft_broker_with_poison_to_the_dlq() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            PipelineScenario.run(kafka.bootstrapServers(), state);
        }
    }
}
