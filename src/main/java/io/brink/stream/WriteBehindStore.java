package io.brink.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A key-value store that holds the values put since the last commit as objects and hands them to
 * the store beneath (serde, cache, changelog, RocksDB) once, when Kafka Streams commits. A busy
 * pair's state changes with every event, and serialising the whole state on each change was the
 * largest cost of scoring; between two commits only the last value of a key can reach the
 * changelog anyway.
 *
 * <p>Why this keeps exactly-once: Kafka Streams asks every cached store to flush
 * ({@link #flushCache()}) before it flushes the producer and commits the transaction, so the
 * values held here reach the changelog in the same transaction as the output they led to. When
 * Kafka Streams drops uncommitted work, it closes the task's stores (a task closed dirty is
 * revived from its changelog) or, recycling a task, clears their caches ({@link #clearCache()});
 * either way the values held here go too. This relies on the {@code CachedStateStore} contract of
 * Kafka Streams' internals, which Brink pins (4.4).
 *
 * <p>Reads by the owning processor see the values held here. Values known to equal the store
 * beneath (read from it, or handed down to it) are also kept as objects, up to {@link #MAX_CLEAN},
 * because reading a value back means deserialising it; they go whenever the held values go, so
 * a task Kafka Streams closes dirty and revives reads its restored state, not its own leftovers.
 * Iteration first hands the held values down, so a scan sees every key. Interactive queries from
 * other threads read the store beneath: what was there at the last commit, at most
 * {@code commit.interval.ms} behind.
 */
final class WriteBehindStore<K, V> implements KeyValueStore<K, V>, CachedStateStore<K, V> {

    /** Keys held at most between commits: past this, values are handed down early to bound memory. */
    static final int MAX_HELD = 10_000;
    /** Values beneath kept as objects, at most. */
    static final int MAX_CLEAN = 10_000;

    private final KeyValueStore<K, V> inner;
    /** Values put since the last flush; a concurrent map because queries may call from other threads. */
    private final Map<K, V> held = new ConcurrentHashMap<>();
    /** Objects equal to the values beneath, least recently used first (guarded by itself). */
    private final Map<K, V> clean = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > MAX_CLEAN;
        }
    };

    WriteBehindStore(KeyValueStore<K, V> inner) {
        this.inner = inner;
    }

    /** A builder of this store over what {@code inner} builds (caching, logging and serdes included). */
    static <K, V> StoreBuilder<KeyValueStore<K, V>> builder(StoreBuilder<KeyValueStore<K, V>> inner) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<KeyValueStore<K, V>> withCachingEnabled() {
                inner.withCachingEnabled();
                return this;
            }

            @Override
            public StoreBuilder<KeyValueStore<K, V>> withCachingDisabled() {
                inner.withCachingDisabled();
                return this;
            }

            @Override
            public StoreBuilder<KeyValueStore<K, V>> withLoggingEnabled(Map<String, String> config) {
                inner.withLoggingEnabled(config);
                return this;
            }

            @Override
            public StoreBuilder<KeyValueStore<K, V>> withLoggingDisabled() {
                inner.withLoggingDisabled();
                return this;
            }

            @Override
            public KeyValueStore<K, V> build() {
                return new WriteBehindStore<>(inner.build());
            }

            @Override
            public Map<String, String> logConfig() {
                return inner.logConfig();
            }

            @Override
            public boolean loggingEnabled() {
                return inner.loggingEnabled();
            }

            @Override
            public String name() {
                return inner.name();
            }
        };
    }

    /** Hands every held value to the store beneath. */
    private void handDown() {
        if (held.isEmpty()) {
            return;
        }
        List<KeyValue<K, V>> batch = new ArrayList<>(held.size());
        held.forEach((k, v) -> batch.add(KeyValue.pair(k, v)));
        held.clear();
        inner.putAll(batch);
        synchronized (clean) {
            batch.forEach(kv -> clean.put(kv.key, kv.value));
        }
    }

    /** Drops every object kept here: uncommitted values and the copies of values beneath. */
    private void forgetAll() {
        held.clear();
        synchronized (clean) {
            clean.clear();
        }
    }

    @Override
    public void put(K key, V value) {
        if (value == null) {
            delete(key);
            return;
        }
        held.put(key, value);
        if (held.size() > MAX_HELD) {
            handDown();
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        V current = get(key);
        if (current == null) {
            put(key, value);
        }
        return current;
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        entries.forEach(kv -> put(kv.key, kv.value));
    }

    @Override
    public V delete(K key) {
        V was = held.remove(key);
        synchronized (clean) {
            clean.remove(key);
        }
        V below = inner.delete(key);
        return was != null ? was : below;
    }

    @Override
    public V get(K key) {
        V value = held.get(key);
        if (value != null) {
            return value;
        }
        synchronized (clean) {
            value = clean.get(key);
        }
        if (value == null) {
            value = inner.get(key);
            if (value != null) {
                synchronized (clean) {
                    clean.put(key, value);
                }
            }
        }
        return value;
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        handDown();
        return inner.range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        handDown();
        return inner.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        handDown();
        return inner.all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        handDown();
        return inner.reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        handDown();
        return inner.prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return inner.approximateNumEntries() + held.size();
    }

    @Override
    public void flushCache() {
        handDown();
        if (inner instanceof CachedStateStore<?, ?> cached) {
            cached.flushCache();
        }
    }

    @Override
    public void clearCache() {
        forgetAll();
        if (inner instanceof CachedStateStore<?, ?> cached) {
            cached.clearCache();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean setFlushListener(CacheFlushListener<K, V> listener, boolean sendOldValues) {
        return inner instanceof CachedStateStore<?, ?> cached
                && ((CachedStateStore<K, V>) cached).setFlushListener(listener, sendOldValues);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        forgetAll();
        inner.init(context, root);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        handDown();
        inner.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        handDown();
        inner.commit(changelogOffsets);
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return inner.committedOffset(partition);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return inner.approximateNumUncommittedBytes();
    }

    @Override
    public void close() {
        // Values not yet handed down were never committed: they are dropped, as a cache's would be.
        forgetAll();
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }
}
