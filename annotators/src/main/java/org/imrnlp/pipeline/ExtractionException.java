package org.imrnlp.pipeline;

/** The pipeline failed on a document. The message names the source, never the document's text. */
public class ExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
