package io.brink.stream;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.brink.model.Json;
import io.brink.scoring.Baseline;
import io.brink.scoring.Coverage;

/**
 * The coverage store's one value per task, written on every coded event: a version byte and the
 * five numbers of its baseline. Earlier Brink wrote it as JSON, which still reads.
 */
final class CoverageSerde implements Serde<Coverage> {

    static final byte VERSION = 1;
    private static final int SIZE = 1 + 5 * Long.BYTES;

    @Override
    public Serializer<Coverage> serializer() {
        return (topic, c) -> c == null ? null : write(c);
    }

    @Override
    public Deserializer<Coverage> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Coverage c) {
        Baseline b = c.hourly();
        return ByteBuffer.allocate(SIZE).put(VERSION).putLong(b.hour()).putDouble(b.current()).putDouble(b.mean())
                .putDouble(b.var()).putLong(b.hours()).array();
    }

    static Coverage read(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            try {
                return Json.MAPPER.readValue(bytes, Coverage.class);
            } catch (IOException e) {
                throw new SerializationException("cannot read coverage (JSON): " + e.getMessage(), e);
            }
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte version = in.get();
            if (version != VERSION || bytes.length != SIZE) {
                throw new SerializationException("coverage format " + version + " of " + bytes.length
                        + " bytes is not one this Brink reads (" + VERSION + ", " + SIZE + " bytes)");
            }
            return new Coverage(new Baseline(in.getLong(), in.getDouble(), in.getDouble(), in.getDouble(), in.getLong()));
        } catch (BufferUnderflowException e) {
            throw new SerializationException("cannot read coverage: no bytes", e);
        }
    }
}
