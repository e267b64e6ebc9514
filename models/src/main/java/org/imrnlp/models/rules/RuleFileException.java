package org.imrnlp.models.rules;

/** A mistake in a rule file, with the file, line and (when known) rule id in its message. */
public final class RuleFileException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String ruleId;

    RuleFileException(String file, int line, String ruleId, String problem) {
        super(file + ":" + line + (ruleId == null || ruleId.isEmpty() ? "" : ": " + ruleId) + ": " + problem);
        this.file = file;
        this.line = line;
        this.ruleId = ruleId;
    }

    /** The file the mistake is in. */
    public String file() {
        return file;
    }

    /** The 1-based line of the mistake. */
    public int line() {
        return line;
    }

    /** The id of the rule, macro or lexicon on that line, or null. */
    public String ruleId() {
        return ruleId;
    }
}
