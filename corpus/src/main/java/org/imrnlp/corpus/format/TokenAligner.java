package org.imrnlp.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of token strings read back from a token-based format in the document's text:
 * tokens follow each other in the text, whitespace between and inside them (a PDF line break
 * inside a hyphenated word) is skipped, and so is a hyphen at a line end that the clean-up
 * removed.
 */
final class TokenAligner {

    private final String text;
    private int position;

    TokenAligner(String text) {
        this.text = text;
    }

    /** The spans of one sentence's tokens, continuing after the previous sentence. */
    List<TokenizedText.Token> align(List<String> tokens) throws IOException {
        List<TokenizedText.Token> aligned = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            aligned.add(alignOne(token));
        }
        return aligned;
    }

    private TokenizedText.Token alignOne(String token) throws IOException {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        int begin = position;
        int i = position;
        for (int k = 0; k < token.length(); k++) {
            while (i < text.length() && text.charAt(i) != token.charAt(k)
                    && (Character.isWhitespace(text.charAt(i)) || isBreakHyphen(i))) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != token.charAt(k)) {
                throw new IOException("token '" + token + "' does not match the text at offset " + begin);
            }
            i++;
        }
        position = i;
        return new TokenizedText.Token(begin, i, token);
    }

    private boolean isBreakHyphen(int i) {
        return text.charAt(i) == '-' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r');
    }
}
