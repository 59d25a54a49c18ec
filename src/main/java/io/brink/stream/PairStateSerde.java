package io.brink.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import io.brink.scoring.WindowTotals;

/**
 * The pair-state store's values in a compact binary form. Every coded event reads and writes its
 * pair's state, so this serde is on the hottest path of the pipeline; JSON cost several times
 * more. The first byte is a format version, and a reader reads every earlier format: a store or
 * changelog written by an older Brink restores into a newer one.
 *
 * <p>Format 6 adds a last byte: whether the pair was met cold ({@link PairState#metCold()}; an
 * older state reads as not). Format 5 adds, to an open alert, when it was last above its resolve bounds (an alert of
 * format 4 reads with the time of its last message). Format 4 keeps cooperation apart from de-escalation proper (a quarter hour's cooperation
 * fields follow a flag byte, so a quarter hour without any costs one byte), a memory of hourly
 * sums and window-long totals per tier, and when the pair was last in tension. Format 3 names the
 * window's outlets once and marks a quarter hour's outlets as bits over them; format 2 repeated
 * the names in every quarter hour, which made a busy pair's state ten times larger. An older
 * state reads with its positive events as de-escalation proper (it did not tell cooperation
 * apart; its window is a day, so this passes within one), its two hourly baselines as those of
 * escalation and de-escalation, cooperation and the window totals starting afresh, and no
 * tension remembered.
 */
final class PairStateSerde implements Serde<PairState> {

    static final byte VERSION = 6;
    /** Format 5: format 6 without the byte that says whether the pair was met cold. */
    static final byte VERSION_LAST_HOT = 5;
    /** Format 4: format 5 without the time an open alert was last above its resolve bounds. */
    static final byte VERSION_COOPERATION = 4;
    /** Positive events were one polarity, and only hourly baselines were kept (read only). */
    static final byte VERSION_ONE_POSITIVE = 3;
    /** Quarter hours named their outlets in full (read only). */
    static final byte VERSION_NAMED_OUTLETS = 2;

    @Override
    public Serializer<PairState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<PairState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(PairState s) {
        Writer out = new Writer(1_024 + 96 * s.buckets().size() + 40 * s.stories().size() + 512 * s.evidence().size());
        out.u8(VERSION);
        out.shortText(s.pair());
        out.instant(s.now());
        out.u8(s.outlets().size());
        for (String outlet : s.outlets()) {
            out.text(outlet);
        }
        out.u16(s.buckets().size());
        for (PairState.Bucket b : s.buckets()) {
            out.i64(b.start());
            out.f64(b.escalation());
            out.f64(b.deescalation());
            out.i32(b.escalationEvents());
            out.i32(b.deescalationEvents());
            out.i32(b.eventsAToB());
            out.i32(b.eventsBToA());
            out.f64(b.escalationAToB());
            out.f64(b.escalationBToA());
            out.f64(b.deescalationAToB());
            out.f64(b.deescalationBToA());
            out.i64(b.escalationOutlets());
            out.i64(b.deescalationOutlets());
            out.i32(b.copies());
            boolean cooperation = b.cooperationEvents() != 0;
            out.u8(cooperation ? 1 : 0);
            if (cooperation) {
                out.f64(b.cooperation());
                out.i32(b.cooperationEvents());
                out.f64(b.cooperationAToB());
                out.f64(b.cooperationBToA());
                out.i64(b.cooperationOutlets());
            }
        }
        out.u16(s.stories().size());
        for (PairState.Story st : s.stories()) {
            out.i64(st.fingerprint());
            out.i64(st.at());
            out.shortText(st.signal());
            out.shortText(st.src());
        }
        out.u16(s.evidence().size());
        for (PairState.Contribution c : s.evidence()) {
            out.instant(c.at());
            out.text(c.outlet());
            out.shortText(c.src());
            out.u8(c.polarity().ordinal());
            out.f64(c.magnitude());
            writeEvidence(out, c.evidence());
        }
        writeMemory(out, s.escalationMemory());
        writeMemory(out, s.deescalationMemory());
        writeMemory(out, s.cooperationMemory());
        out.instant(s.tension());
        writeAlert(out, s.escalationAlert());
        writeAlert(out, s.deescalationAlert());
        out.u8(s.metCold() ? 1 : 0);
        return out.bytes();
    }

    static PairState read(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte version = in.get();
            if (version < VERSION_NAMED_OUTLETS || version > VERSION) {
                throw new SerializationException("pair state format " + version + " is not one this Brink reads ("
                        + VERSION_NAMED_OUTLETS + " to " + VERSION + ")");
            }
            String pair = shortText(in);
            Instant now = instant(in);
            List<String> outlets = new ArrayList<>();
            if (version >= VERSION_ONE_POSITIVE) {
                int n = Byte.toUnsignedInt(in.get());
                for (int i = 0; i < n; i++) {
                    outlets.add(text(in));
                }
            }
            int nBuckets = Short.toUnsignedInt(in.getShort());
            List<PairState.Bucket> buckets = new ArrayList<>(nBuckets);
            for (int i = 0; i < nBuckets; i++) {
                long start = in.getLong();
                double escalation = in.getDouble();
                double deescalation = in.getDouble();
                int escalationEvents = in.getInt();
                int deescalationEvents = in.getInt();
                int aToB = in.getInt();
                int bToA = in.getInt();
                double escalationAToB = in.getDouble();
                double escalationBToA = in.getDouble();
                double deescalationAToB = in.getDouble();
                double deescalationBToA = in.getDouble();
                boolean named = version == VERSION_NAMED_OUTLETS;
                long escalationOutlets = named ? namedOutlets(in, outlets) : in.getLong();
                long deescalationOutlets = named ? namedOutlets(in, outlets) : in.getLong();
                int copies = in.getInt();
                double cooperation = 0;
                int cooperationEvents = 0;
                double cooperationAToB = 0;
                double cooperationBToA = 0;
                long cooperationOutlets = 0;
                if (version >= VERSION_COOPERATION && in.get() != 0) {
                    cooperation = in.getDouble();
                    cooperationEvents = in.getInt();
                    cooperationAToB = in.getDouble();
                    cooperationBToA = in.getDouble();
                    cooperationOutlets = in.getLong();
                }
                buckets.add(new PairState.Bucket(start, escalation, deescalation, cooperation, escalationEvents,
                        deescalationEvents, cooperationEvents, aToB, bToA, escalationAToB, escalationBToA,
                        deescalationAToB, deescalationBToA, cooperationAToB, cooperationBToA, escalationOutlets,
                        deescalationOutlets, cooperationOutlets, copies));
            }
            int nStories = Short.toUnsignedInt(in.getShort());
            List<PairState.Story> stories = new ArrayList<>(nStories);
            for (int i = 0; i < nStories; i++) {
                stories.add(new PairState.Story(in.getLong(), in.getLong(), shortText(in), shortText(in)));
            }
            int nEvidence = Short.toUnsignedInt(in.getShort());
            List<PairState.Contribution> evidence = new ArrayList<>(nEvidence);
            for (int i = 0; i < nEvidence; i++) {
                evidence.add(new PairState.Contribution(instant(in), text(in), shortText(in),
                        Polarity.values()[in.get()], in.getDouble(), readEvidence(in)));
            }
            PairState.Memory escalation;
            PairState.Memory deescalation;
            PairState.Memory cooperation;
            Instant tension = null;
            if (version >= VERSION_COOPERATION) {
                escalation = readMemory(in);
                deescalation = readMemory(in);
                cooperation = readMemory(in);
                tension = instant(in);
            } else {
                Baseline esc = readBaseline(in);
                Baseline de = readBaseline(in);
                WindowTotals fresh = WindowTotals.start(WindowTotals.UNSTARTED);
                escalation = new PairState.Memory(esc, fresh);
                deescalation = new PairState.Memory(de, fresh);
                cooperation = new PairState.Memory(Baseline.start(de.hour()), fresh);
            }
            PairState state = new PairState(pair, now, outlets, buckets, stories, evidence, escalation, deescalation,
                    cooperation, tension, readAlert(in, version), readAlert(in, version),
                    version >= VERSION && in.get() != 0);
            if (in.hasRemaining()) {
                throw new SerializationException(in.remaining() + " bytes left over");
            }
            return state;
        } catch (SerializationException e) {
            throw new SerializationException("cannot read pair state: " + e.getMessage(), e);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new SerializationException("cannot read pair state: truncated or not a pair state (" + e + ")", e);
        }
    }

    /**
     * A format-2 quarter hour's outlet names as bits over {@code outlets}, which grows as names
     * appear; past {@link PairState#MAX_OUTLETS} names an outlet goes uncounted, as in format 3.
     */
    private static long namedOutlets(ByteBuffer in, List<String> outlets) {
        int n = Short.toUnsignedInt(in.getShort());
        long bits = 0;
        for (int i = 0; i < n; i++) {
            String name = text(in);
            int bit = outlets.indexOf(name);
            if (bit < 0 && outlets.size() < PairState.MAX_OUTLETS) {
                outlets.add(name);
                bit = outlets.size() - 1;
            }
            if (bit >= 0) {
                bits |= 1L << bit;
            }
        }
        return bits;
    }

    private static void writeEvidence(Writer out, Evidence e) {
        out.text(e.sentence());
        writeNullable(out, e.articleId());
        writeNullable(out, e.url());
        writeNullable(out, e.outlet());
        out.instant(e.published());
        out.shortText(e.src());
        out.shortText(e.tgt());
        out.u8(e.signal().ordinal());
        out.f64(e.weight());
    }

    private static Evidence readEvidence(ByteBuffer in) {
        return new Evidence(text(in), readNullable(in), readNullable(in), readNullable(in), instant(in),
                shortText(in), shortText(in), Signal.values()[in.get()], in.getDouble());
    }

    private static void writeBaseline(Writer out, Baseline b) {
        out.i64(b.hour());
        out.f64(b.current());
        out.f64(b.mean());
        out.f64(b.var());
        out.i64(b.hours());
    }

    private static Baseline readBaseline(ByteBuffer in) {
        return new Baseline(in.getLong(), in.getDouble(), in.getDouble(), in.getDouble(), in.getLong());
    }

    private static void writeMemory(Writer out, PairState.Memory m) {
        writeBaseline(out, m.hourly());
        WindowTotals t = m.windows();
        out.i64(t.period());
        out.f64(t.current());
        out.f64(t.weight());
        out.f64(t.mean());
        out.f64(t.m2());
    }

    private static PairState.Memory readMemory(ByteBuffer in) {
        return new PairState.Memory(readBaseline(in),
                new WindowTotals(in.getLong(), in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble()));
    }

    private static void writeAlert(Writer out, PairState.OpenAlert a) {
        out.u8(a != null ? 1 : 0);
        if (a != null) {
            out.shortText(a.id());
            out.instant(a.firstSeen());
            out.instant(a.lastEmitted());
            out.u8(a.severity().ordinal());
            out.f64(a.peak());
            out.instant(a.lastHot());
        }
    }

    private static PairState.OpenAlert readAlert(ByteBuffer in, byte version) {
        if (in.get() == 0) {
            return null;
        }
        String id = shortText(in);
        Instant firstSeen = instant(in);
        Instant lastEmitted = instant(in);
        Alert.Severity severity = Alert.Severity.values()[in.get()];
        double peak = in.getDouble();
        // An alert stored before Brink kept it: its last message is the latest it is known to have been hot.
        Instant lastHot = version >= VERSION_LAST_HOT ? instant(in) : lastEmitted;
        return new PairState.OpenAlert(id, firstSeen, lastEmitted, severity, peak, lastHot);
    }

    private static Instant instant(ByteBuffer in) {
        return in.get() != 0 ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
    }

    private static void writeNullable(Writer out, String s) {
        out.u8(s != null ? 1 : 0);
        if (s != null) {
            out.text(s);
        }
    }

    private static String readNullable(ByteBuffer in) {
        return in.get() != 0 ? text(in) : null;
    }

    /** Codes, ids and names, with a two-byte length (the layout of {@code DataOutput.writeUTF}). */
    private static String shortText(ByteBuffer in) {
        return utf8(in, Short.toUnsignedInt(in.getShort()));
    }

    /** Strings of any length (a sentence from hostile text may pass 64 KB), with a four-byte length. */
    private static String text(ByteBuffer in) {
        return utf8(in, in.getInt());
    }

    private static String utf8(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a string of " + length + " bytes with " + in.remaining() + " left");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /**
     * A growable big-endian buffer: {@code ByteArrayOutputStream} and {@code DataOutputStream}
     * lock and copy per call, which showed in the profile of the score processor.
     */
    private static final class Writer {
        /** Whole-word big-endian stores, the layout {@link ByteBuffer} reads back. */
        private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
        private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
        private byte[] buf;
        private int pos;

        Writer(int capacity) {
            buf = new byte[capacity];
        }

        private void room(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void u8(int v) {
            room(1);
            buf[pos++] = (byte) v;
        }

        void u16(int v) {
            if (v > 0xFFFF) {
                throw new SerializationException("a list of " + v + " entries does not fit a pair state");
            }
            room(2);
            buf[pos++] = (byte) (v >>> 8);
            buf[pos++] = (byte) v;
        }

        void i32(int v) {
            room(4);
            INT.set(buf, pos, v);
            pos += 4;
        }

        void i64(long v) {
            room(8);
            LONG.set(buf, pos, v);
            pos += 8;
        }

        void f64(double v) {
            i64(Double.doubleToLongBits(v));
        }

        void instant(Instant t) {
            u8(t != null ? 1 : 0);
            if (t != null) {
                i64(t.getEpochSecond());
                i32(t.getNano());
            }
        }

        void shortText(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            u16(utf8.length);
            put(utf8);
        }

        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            put(utf8);
        }

        private void put(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, pos);
        }
    }
}
