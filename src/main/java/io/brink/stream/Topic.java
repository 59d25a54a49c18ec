package io.brink.stream;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values, so no call site guesses a serde. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
