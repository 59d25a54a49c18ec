package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteBehindStoreTest {

    private KeyValueStore<String, String> below;
    private WriteBehindStore<String, String> store;

    @BeforeEach
    void open() {
        below = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("pairs"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store = new WriteBehindStore<>(below);
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_put_is_read_back_at_once_and_reaches_the_store_beneath_only_when_the_cache_is_flushed() {
        store.put("IND-PAK", "v1");
        store.put("IND-PAK", "v2");
        assertThat(store.get("IND-PAK")).isEqualTo("v2");
        assertThat(below.get("IND-PAK")).as("held until the commit").isNull();

        store.flushCache();
        assertThat(below.get("IND-PAK")).as("the last value, once").isEqualTo("v2");
    }

    @Test
    void clearing_the_cache_drops_what_was_not_committed() {
        store.put("CHL-PER", "committed");
        store.flushCache();
        store.put("CHL-PER", "uncommitted");
        store.clearCache();
        assertThat(store.get("CHL-PER")).isEqualTo("committed");
    }

    @Test
    void a_value_handed_down_or_read_from_beneath_is_kept_as_the_same_object() {
        String state = new String("v1");
        store.put("IND-PAK", state);
        store.flushCache();
        assertThat(store.get("IND-PAK")).as("not deserialised again").isSameAs(state);

        below.put("CHL-PER", "beneath");
        String read = store.get("CHL-PER");
        assertThat(store.get("CHL-PER")).isSameAs(read);
    }

    @Test
    void the_kept_objects_go_when_the_cache_is_cleared_or_the_store_closed_and_reopened() {
        String state = new String("v1");
        store.put("IND-PAK", state);
        store.flushCache();
        store.clearCache();
        assertThat(store.get("IND-PAK")).as("read afresh from beneath").isEqualTo("v1").isNotSameAs(state);

        assertThat(store.get("IND-PAK")).as("kept again").isEqualTo("v1");
        store.close();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        below.put("IND-PAK", "restored");
        assertThat(store.get("IND-PAK")).as("what is beneath after a reopen, not the old object")
                .isEqualTo("restored");
    }

    @Test
    void a_scan_sees_the_values_held_and_the_values_beneath() {
        store.put("AAA-BBB", "1");
        store.flushCache();
        store.put("CCC-DDD", "2");
        List<KeyValue<String, String>> seen = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.all()) {
            it.forEachRemaining(seen::add);
        }
        assertThat(seen).containsExactly(KeyValue.pair("AAA-BBB", "1"), KeyValue.pair("CCC-DDD", "2"));
    }

    @Test
    void a_delete_removes_the_key_held_and_beneath() {
        store.put("GHA-TGO", "old");
        store.flushCache();
        store.put("GHA-TGO", "new");
        assertThat(store.delete("GHA-TGO")).isEqualTo("new");
        store.flushCache();
        assertThat(store.get("GHA-TGO")).isNull();
        assertThat(below.get("GHA-TGO")).isNull();
    }

    @Test
    void memory_is_bounded_by_handing_values_down_early() {
        for (int i = 0; i <= WriteBehindStore.MAX_HELD; i++) {
            store.put("k" + i, "v" + i);
        }
        assertThat(below.approximateNumEntries()).isEqualTo(WriteBehindStore.MAX_HELD + 1);
        assertThat(store.get("k0")).isEqualTo("v0");
    }
}
