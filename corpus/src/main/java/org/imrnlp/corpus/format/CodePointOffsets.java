package org.imrnlp.corpus.format;

/**
 * Converts between Java {@code String} indices (UTF-16 code units, the project's offsets) and
 * code-point offsets (BRAT's), for one text. Text without characters outside the Basic
 * Multilingual Plane (nearly all clinical text) converts as the identity at no cost.
 */
final class CodePointOffsets {

    /** For each UTF-16 index, its code-point offset; null when the text has no surrogate pairs. */
    private final int[] codePointAt;
    /** For each code-point offset, its UTF-16 index; null when the text has no surrogate pairs. */
    private final int[] utf16At;

    CodePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            codePointAt = null;
            utf16At = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        utf16At = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                utf16At[cp] = i;
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
        utf16At[cp] = text.length();
    }

    /** The code-point offset of a UTF-16 index. */
    int toCodePoints(int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }

    /** The UTF-16 index of a code-point offset, or -1 when it lies past the text. */
    int toUtf16(int codePoints) {
        if (utf16At == null) {
            return codePoints;
        }
        return codePoints >= 0 && codePoints < utf16At.length ? utf16At[codePoints] : -1;
    }
}
