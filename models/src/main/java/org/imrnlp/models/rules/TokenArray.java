package org.imrnlp.models.rules;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one text as parallel arrays, with the attributes rules test precomputed: text,
 * lower form, shape, kind, number value and the white space before each token. Built once per
 * document (by a UIMA adapter or by {@link #tokenize(String)}) and read by one thread: shapes
 * are worked out on first use.
 */
public final class TokenArray {

    /** What a token is made of. */
    public enum Kind {
        /** A letter followed by letters and digits. */
        WORD,
        /** Digits with an optional decimal part. */
        NUM,
        /** One punctuation or symbol character. */
        PUNCT,
        /** Anything else a tokenizer produced. */
        OTHER
    }

    /** The white space between a token and the one before it. */
    public enum Gap {
        /** None: the token is glued to the one before ({@code 7/10}). */
        NONE,
        /** Spaces or tabs, or the start of the text. */
        SPACE,
        /** White space holding a line break. */
        LINE
    }

    private final String[] text;
    private final String[] lower;
    private final String[] shape;
    private final Kind[] kind;
    private final double[] number;
    private final Gap[] gap;
    private final int[] begin;
    private final int[] end;
    private final int size;

    private TokenArray(Builder b) {
        size = b.size;
        text = Arrays.copyOf(b.text, size);
        kind = Arrays.copyOf(b.kind, size);
        gap = Arrays.copyOf(b.gap, size);
        begin = Arrays.copyOf(b.begin, size);
        end = Arrays.copyOf(b.end, size);
        lower = new String[size];
        shape = new String[size];
        number = new double[size];
        for (int i = 0; i < size; i++) {
            lower[i] = lowerOf(text[i]);
            number[i] = kind[i] == Kind.NUM ? parse(text[i]) : Double.NaN;
        }
    }

    /** A builder adding tokens in text order. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tokens of {@code s} split as the IMR-NLP token annotator splits them: a word is a letter
     * followed by letters and digits, a number is digits with an optional decimal part, every
     * other visible character is one punctuation token. Used for lexicon phrases, literals and tests.
     */
    public static TokenArray tokenize(String s) {
        Builder b = builder();
        int i = 0;
        int previousEnd = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            Kind k;
            if (Character.isLetter(c)) {
                while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
                    e++;
                }
                k = Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (e < s.length() && Character.isDigit(s.charAt(e))) {
                    e++;
                }
                if (e + 1 < s.length() && s.charAt(e) == '.' && Character.isDigit(s.charAt(e + 1))) {
                    e += 2;
                    while (e < s.length() && Character.isDigit(s.charAt(e))) {
                        e++;
                    }
                }
                k = Kind.NUM;
            } else {
                k = Kind.PUNCT;
            }
            b.add(s.substring(i, e), i, e, k, gapOf(s, previousEnd, i, b.size == 0));
            previousEnd = e;
            i = e;
        }
        return b.build();
    }

    /** The gap of the text {@code s[from, to)} before a token; {@code first} for the first token. */
    public static Gap gapOf(CharSequence s, int from, int to, boolean first) {
        if (first) {
            return Gap.SPACE;
        }
        if (to <= from) {
            return Gap.NONE;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return Gap.LINE;
            }
        }
        return Gap.SPACE;
    }

    /**
     * The shape of a token: upper-case letters become {@code X}, lower-case letters {@code x},
     * digits {@code d}, other characters stay; a run of one class is cut after four characters
     * ({@code Oswestry} is {@code Xxxxx}, {@code 10} is {@code dd}, {@code 7.5} is {@code d.d}).
     */
    public static String shapeOf(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 8));
        char last = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = m == last ? run + 1 : 1;
            last = m;
            if (run <= 4) {
                b.append(m);
            }
        }
        return b.toString();
    }

    /** {@code s} in lower case; {@code s} itself when it has no upper-case letter. */
    private static String lowerOf(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The number of tokens. */
    public int size() {
        return size;
    }

    /** The text of token {@code i}. */
    public String text(int i) {
        return text[i];
    }

    /** The lower-case form of token {@code i}. */
    public String lower(int i) {
        return lower[i];
    }

    /** The shape of token {@code i} ({@link #shapeOf(String)}). */
    public String shape(int i) {
        if (shape[i] == null) {
            shape[i] = shapeOf(text[i]);
        }
        return shape[i];
    }

    /** The kind of token {@code i}. */
    public Kind kind(int i) {
        return kind[i];
    }

    /** The value of number token {@code i}; {@code NaN} for other tokens. */
    public double number(int i) {
        return number[i];
    }

    /** The white space before token {@code i}. */
    public Gap gap(int i) {
        return gap[i];
    }

    /** The begin offset of token {@code i} in its text. */
    public int begin(int i) {
        return begin[i];
    }

    /** The end offset of token {@code i} in its text. */
    public int end(int i) {
        return end[i];
    }

    /**
     * The text of tokens {@code [from, to)}: their texts with one space where white space
     * separated them.
     */
    public String join(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && gap[i] != Gap.NONE) {
                b.append(' ');
            }
            b.append(text[i]);
        }
        return b.toString();
    }

    /** Adds tokens in order, then builds the array. */
    public static final class Builder {
        private String[] text = new String[64];
        private Kind[] kind = new Kind[64];
        private Gap[] gap = new Gap[64];
        private int[] begin = new int[64];
        private int[] end = new int[64];
        private int size;

        private Builder() {
        }

        /** Adds a token with its text, offsets, kind and the white space before it. */
        public Builder add(String tokenText, int tokenBegin, int tokenEnd, Kind tokenKind, Gap gapBefore) {
            if (size == text.length) {
                int n = size * 2;
                text = Arrays.copyOf(text, n);
                kind = Arrays.copyOf(kind, n);
                gap = Arrays.copyOf(gap, n);
                begin = Arrays.copyOf(begin, n);
                end = Arrays.copyOf(end, n);
            }
            text[size] = tokenText;
            kind[size] = tokenKind;
            gap[size] = gapBefore;
            begin[size] = tokenBegin;
            end[size] = tokenEnd;
            size++;
            return this;
        }

        /** The tokens added so far. */
        public TokenArray build() {
            return new TokenArray(this);
        }
    }
}
