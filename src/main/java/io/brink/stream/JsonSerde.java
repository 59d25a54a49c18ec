package io.brink.stream;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.brink.model.Json;

/** The one serde factory of Brink: any record type to and from JSON with {@link Json#MAPPER}. */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    /** Bound to the type once: the mapper's per-call lookup of the root type showed in the profile. */
    private final Read<T> reader;
    private final Write<T> writer;

    /** Reads a value from its JSON bytes. */
    @FunctionalInterface
    public interface Read<T> {
        T read(byte[] json) throws IOException;
    }

    /** Writes a value (never null) as JSON bytes. */
    @FunctionalInterface
    public interface Write<T> {
        byte[] write(T value) throws IOException;
    }

    private JsonSerde(Class<T> type, Read<T> reader, Write<T> writer) {
        this.type = type;
        this.reader = reader;
        this.writer = writer;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        ObjectReader mapper = Json.MAPPER.readerFor(type);
        ObjectWriter writer = Json.MAPPER.writerFor(type);
        return new JsonSerde<>(type, mapper::readValue, writer::writeValueAsBytes);
    }

    /**
     * Read by {@code reader} and written by {@code writer}, which must read and write exactly
     * what the mapper does (their tests hold them to it).
     */
    public static <T> JsonSerde<T> of(Class<T> type, Read<T> reader, Write<T> writer) {
        return new JsonSerde<>(type, reader, writer);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return writer.write(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return reader.read(bytes);
            } catch (IOException e) {
                throw new SerializationException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }
}
