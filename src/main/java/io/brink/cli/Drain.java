package io.brink.cli;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.brink.stream.BrinkConfig;

/** Waits for a Streams application to have consumed and committed everything on its input topics. */
final class Drain {

    private Drain() {
    }

    /**
     * Returns once the application has committed every record of {@code topics}; a transactional
     * topic's last offset may be a commit marker no consumer reads, so one offset of slack counts as done.
     */
    static void await(BrinkConfig config, List<String> topics) throws InterruptedException {
        String group = config.get(BrinkConfig.APPLICATION_ID);
        try (Admin admin = Admin.create(config.clientProperties())) {
            while (!drained(admin, group, topics)) {
                Thread.sleep(100);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read offsets: " + e.getCause().getMessage(), e);
        }
    }

    private static boolean drained(Admin admin, String group, List<String> topics)
            throws InterruptedException, ExecutionException {
        Set<TopicPartition> partitions = new HashSet<>();
        for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
            d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        for (TopicPartition tp : partitions) {
            long end = ends.get(tp).offset();
            OffsetAndMetadata c = committed.get(tp);
            if (end > 0 && (c == null || end - c.offset() > 1)) {
                return false;
            }
        }
        return true;
    }

    /** Waits out one rate-limit period of the score processor, so the last held-back scores are published. */
    static void awaitHeldBackScores(BrinkConfig config) throws InterruptedException {
        Duration interval = config.getDuration(BrinkConfig.SCORE_EMIT_INTERVAL);
        // The flush runs once per interval and its records commit within the commit interval after.
        Thread.sleep(2 * interval.toMillis() + 500);
    }
}
