package org.imrnlp.pipeline;

import java.io.IOException;

/** A file that cannot be read as a document: empty, binary, not UTF-8, or a broken PDF. */
public class UnreadableDocumentException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
