package org.imrnlp.pipeline;

/** The pipeline failed on a document. The message names the source, never the document's text. */
public class ExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What went wrong, without document text: the innermost cause's class and where it was thrown
     * ({@code IndexOutOfBoundsException at MentionFinder.abbreviationAfter:643}). Exception messages
     * are left out because some quote the input.
     */
    public static String reason(Throwable e) {
        if (e instanceof ExtractionException && e.getCause() == null) {
            return e.getMessage();  // a limit of the extractor's own (too long, over the time budget)
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("org.imrnlp.")) {
                String cls = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return root.getClass().getSimpleName() + " at " + cls + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return root.getClass().getSimpleName();
    }
}
