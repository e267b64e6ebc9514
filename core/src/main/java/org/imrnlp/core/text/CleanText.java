package org.imrnlp.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cleaned copy of PDF-extracted text, with every clean character mapped back to its offset in
 * the original text.
 *
 * <p>Clean-up joins lines that continue a sentence (the line break and any page-break blank
 * lines become one space), joins words hyphenated across a line end ({@code alpha2-} /
 * {@code adrenergic} becomes {@code alpha2-adrenergic}), keeps a line break ({@code \n}) where a
 * paragraph, heading, field line ({@code Decision rationale:}) or list item starts, and inserts a
 * space between words glued by extraction ({@code usingNorco}, {@code #60.There}). Annotators
 * match on {@link #text()} and report offsets through {@link #toOriginal(int)} and
 * {@link #toOriginalEnd(int)}, so annotations always index the original text.
 *
 * <p>Instances are immutable and thread-safe. The rules are described in the README's
 * "Clean-up" section.
 */
public final class CleanText {

    private final String text;
    private final int[] originalOffsets;
    private final int originalLength;

    private CleanText(String text, int[] originalOffsets, int originalLength) {
        this.text = text;
        this.originalOffsets = originalOffsets;
        this.originalLength = originalLength;
    }

    /** Cleans {@code original}. */
    public static CleanText of(String original) {
        Objects.requireNonNull(original, "original");
        return new TextCleaner(original).clean();
    }

    /**
     * Rebuilds a clean text from its parts (as stored in a CAS view). The offset array is used as
     * it is, not copied: the caller must never change it afterwards.
     */
    public static CleanText fromParts(String text, int[] originalOffsets, int originalLength) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalOffsets, "originalOffsets");
        if (originalOffsets.length != text.length()) {
            throw new IllegalArgumentException("offset map has " + originalOffsets.length
                    + " entries for " + text.length() + " characters");
        }
        return new CleanText(text, originalOffsets, originalLength);
    }

    /** The cleaned text. */
    public String text() {
        return text;
    }

    /** Length of the original text. */
    public int originalLength() {
        return originalLength;
    }

    /** A copy of the map from clean offsets to original offsets. */
    public int[] originalOffsets() {
        return originalOffsets.clone();
    }

    /** Original offset of the clean character at {@code cleanBegin}; use for span begins. */
    public int toOriginal(int cleanBegin) {
        if (cleanBegin >= originalOffsets.length) {
            return originalLength;
        }
        return originalOffsets[cleanBegin];
    }

    /** Original end offset (exclusive) for a clean span ending at {@code cleanEnd}. */
    public int toOriginalEnd(int cleanEnd) {
        if (cleanEnd <= 0) {
            return originalOffsets.length == 0 ? 0 : originalOffsets[0];
        }
        return originalOffsets[Math.min(cleanEnd, originalOffsets.length) - 1] + 1;
    }

    /**
     * The clean offset of the original character at {@code originalOffset}, or of the first one
     * after it that the clean text keeps; use for span begins. A space inserted before that
     * character (between glued words) is skipped.
     */
    public int toClean(int originalOffset) {
        int index = Arrays.binarySearch(originalOffsets, originalOffset);
        if (index < 0) {
            return -index - 1;
        }
        while (index + 1 < originalOffsets.length && originalOffsets[index + 1] == originalOffset) {
            index++;
        }
        return index;
    }

    /** The clean end offset (exclusive) of an original span ending at {@code originalEnd}. */
    public int toCleanEnd(int originalEnd) {
        int index = Arrays.binarySearch(originalOffsets, originalEnd - 1);
        if (index < 0) {
            return -index - 1;
        }
        while (index + 1 < originalOffsets.length && originalOffsets[index + 1] == originalEnd - 1) {
            index++;
        }
        return index + 1;
    }

    /**
     * Whether the clean character at {@code cleanOffset} starts a line of the original text (only
     * spaces or tabs before it on its original line): a layout fact that clean-up joins away.
     * Needs the original text, which a clean text rebuilt from a CAS view does not hold, so it is
     * given: {@code original} is the text this clean text was made from.
     */
    public boolean startsOriginalLine(String original, int cleanOffset) {
        int p = toOriginal(cleanOffset);
        while (p > 0 && (original.charAt(p - 1) == ' ' || original.charAt(p - 1) == '\t')) {
            p--;
        }
        return p == 0 || original.charAt(p - 1) == '\n' || original.charAt(p - 1) == '\r';
    }

    static CleanText build(String text, int[] map, int originalLength) {
        return new CleanText(text, map, originalLength);
    }
}
