package io.brink.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.Polarity;
import io.brink.model.Signal;
import io.brink.scoring.Baseline;
import io.brink.scoring.PairState;

/**
 * The pair-state store's values in a compact binary form. Every coded event reads and writes its
 * pair's state, so this serde is on the hottest path of the pipeline; JSON cost several times
 * more. The first byte is a format version, so a later layout can still read this one.
 */
final class PairStateSerde implements Serde<PairState> {

    static final byte VERSION = 2;

    @Override
    public Serializer<PairState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<PairState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(PairState s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4_096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(s.pair());
            writeInstant(out, s.now());
            out.writeShort(s.buckets().size());
            for (PairState.Bucket b : s.buckets()) {
                out.writeLong(b.start());
                out.writeDouble(b.escalation());
                out.writeDouble(b.deescalation());
                out.writeInt(b.escalationEvents());
                out.writeInt(b.deescalationEvents());
                out.writeInt(b.eventsAToB());
                out.writeInt(b.eventsBToA());
                out.writeDouble(b.escalationAToB());
                out.writeDouble(b.escalationBToA());
                out.writeDouble(b.deescalationAToB());
                out.writeDouble(b.deescalationBToA());
                writeStrings(out, b.escalationOutlets());
                writeStrings(out, b.deescalationOutlets());
                out.writeInt(b.copies());
            }
            out.writeShort(s.stories().size());
            for (PairState.Story st : s.stories()) {
                out.writeLong(st.fingerprint());
                out.writeLong(st.at());
                out.writeUTF(st.signal());
                out.writeUTF(st.src());
            }
            out.writeShort(s.evidence().size());
            for (PairState.Contribution c : s.evidence()) {
                writeInstant(out, c.at());
                writeText(out, c.outlet());
                out.writeUTF(c.src());
                out.writeByte(c.polarity().ordinal());
                out.writeDouble(c.magnitude());
                writeEvidence(out, c.evidence());
            }
            writeBaseline(out, s.escalationBaseline());
            writeBaseline(out, s.deescalationBaseline());
            writeAlert(out, s.escalationAlert());
            writeAlert(out, s.deescalationAlert());
        } catch (IOException e) {
            throw new SerializationException("cannot write pair state " + s.pair(), e);
        }
        return bytes.toByteArray();
    }

    static PairState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("pair state format " + version + " is newer than this Brink reads");
            }
            String pair = in.readUTF();
            Instant now = readInstant(in);
            int nBuckets = in.readUnsignedShort();
            List<PairState.Bucket> buckets = new ArrayList<>(nBuckets);
            for (int i = 0; i < nBuckets; i++) {
                buckets.add(new PairState.Bucket(in.readLong(), in.readDouble(), in.readDouble(), in.readInt(),
                        in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                        in.readDouble(), readStrings(in), readStrings(in), in.readInt()));
            }
            int nStories = in.readUnsignedShort();
            List<PairState.Story> stories = new ArrayList<>(nStories);
            for (int i = 0; i < nStories; i++) {
                stories.add(new PairState.Story(in.readLong(), in.readLong(), in.readUTF(), in.readUTF()));
            }
            int nEvidence = in.readUnsignedShort();
            List<PairState.Contribution> evidence = new ArrayList<>(nEvidence);
            for (int i = 0; i < nEvidence; i++) {
                evidence.add(new PairState.Contribution(readInstant(in), readText(in), in.readUTF(),
                        Polarity.values()[in.readByte()], in.readDouble(), readEvidence(in)));
            }
            return new PairState(pair, now, buckets, stories, evidence, readBaseline(in), readBaseline(in),
                    readAlert(in), readAlert(in));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read pair state: " + e.getMessage(), e);
        }
    }

    private static void writeEvidence(DataOutputStream out, Evidence e) throws IOException {
        writeText(out, e.sentence());
        writeNullable(out, e.articleId());
        writeNullable(out, e.url());
        writeNullable(out, e.outlet());
        writeInstant(out, e.published());
        out.writeUTF(e.src());
        out.writeUTF(e.tgt());
        out.writeByte(e.signal().ordinal());
        out.writeDouble(e.weight());
    }

    private static Evidence readEvidence(DataInputStream in) throws IOException {
        return new Evidence(readText(in), readNullable(in), readNullable(in), readNullable(in), readInstant(in),
                in.readUTF(), in.readUTF(), Signal.values()[in.readByte()], in.readDouble());
    }

    private static void writeBaseline(DataOutputStream out, Baseline b) throws IOException {
        out.writeLong(b.hour());
        out.writeDouble(b.current());
        out.writeDouble(b.mean());
        out.writeDouble(b.var());
        out.writeLong(b.hours());
    }

    private static Baseline readBaseline(DataInputStream in) throws IOException {
        return new Baseline(in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(), in.readLong());
    }

    private static void writeAlert(DataOutputStream out, PairState.OpenAlert a) throws IOException {
        out.writeBoolean(a != null);
        if (a != null) {
            out.writeUTF(a.id());
            writeInstant(out, a.firstSeen());
            writeInstant(out, a.lastEmitted());
            out.writeByte(a.severity().ordinal());
            out.writeDouble(a.peak());
        }
    }

    private static PairState.OpenAlert readAlert(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new PairState.OpenAlert(in.readUTF(), readInstant(in), readInstant(in),
                Alert.Severity.values()[in.readByte()], in.readDouble());
    }

    private static void writeInstant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeShort(strings.size());
        for (String s : strings) {
            writeText(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(readText(in));
        }
        return strings;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeText(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    /** Strings of any length (writeUTF stops at 64 KB, and a sentence from hostile text may be longer). */
    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
