package io.brink.model;

/**
 * An unordered pair of countries, keyed by their ISO 3166-1 alpha-3 codes in alphabetical order
 * ({@code IRN-ISR}), so that Iran→Israel and Israel→Iran land on the same key and partition.
 */
public record Pair(String a, String b) {

    /** Which way an event runs within its pair. */
    public enum Direction {
        /** From the alphabetically first country to the second ({@code a → b}). */
        A_TO_B,
        /** From the second country to the first ({@code b → a}). */
        B_TO_A
    }

    public Pair {
        requireCode(a);
        requireCode(b);
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("a pair needs two different codes in order, got " + a + "-" + b);
        }
    }

    /** The pair of two different countries, in either order. */
    public static Pair of(String x, String y) {
        return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }

    /** Parses {@code AAA-BBB} (either order); throws with the offending text when it is not a pair key. */
    public static Pair parse(String key) {
        if (key == null || key.length() != 7 || key.charAt(3) != '-') {
            throw new IllegalArgumentException("not a pair key (expected AAA-BBB): " + key);
        }
        return of(key.substring(0, 3), key.substring(4));
    }

    public String key() {
        return a + "-" + b;
    }

    /** The direction of an event whose actor is {@code source}. */
    public Direction directionFrom(String source) {
        if (source.equals(a)) {
            return Direction.A_TO_B;
        }
        if (source.equals(b)) {
            return Direction.B_TO_A;
        }
        throw new IllegalArgumentException(source + " is not in pair " + key());
    }

    @Override
    public String toString() {
        return key();
    }

    /** Three capital letters A–Z. Checked without a regular expression: pairs are made for every event. */
    private static void requireCode(String code) {
        if (code == null || code.length() != 3 || !isCapital(code.charAt(0)) || !isCapital(code.charAt(1))
                || !isCapital(code.charAt(2))) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + code);
        }
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
