package org.imrnlp.models;

/**
 * A rule pack that cannot be used: a missing or unsupported manifest, an unreadable file, or a bad
 * row. The message is one line and names the file, and the line where there is one
 * ({@code /packs/mine/dose-patterns.tsv:14: bad pattern: Unclosed group}).
 */
public final class RulePackException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
