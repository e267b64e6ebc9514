package org.imrnlp.spark;

import java.util.Locale;

/**
 * What a run of {@link AnnotationJob} did: documents annotated ({@code done}) and not
 * ({@code failed}), annotations written, the input's size (files' bytes, or the texts' in UTF-8;
 * a PDF's bytes are several times its text), the characters of text annotated, and the wall time
 * from listing the input to the last write, start-up of the executors' extractors included.
 * MB are 10^6 bytes.
 */
public record JobSummary(long done, long failed, long annotations, long bytes, long chars, double seconds) {

    /** Input megabytes per second of wall time. */
    public double megabytesPerSecond() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }

    /** Documents (done or failed) per second of wall time. */
    public double documentsPerSecond() {
        return seconds > 0 ? (done + failed) / seconds : 0;
    }

    /**
     * One line for people: {@code done 150, failed 0, 11,073 annotations; 4.7 MB (1.6 M characters)
     * in 61.2 s: 0.08 MB/s, 2.45 documents/s}.
     */
    public String line() {
        return String.format(Locale.ROOT, "done %,d, failed %,d, %,d annotations; %.1f MB (%.1f M characters) in %.1f s: "
                + "%.2f MB/s, %.2f documents/s", done, failed, annotations, bytes / 1e6, chars / 1e6, seconds,
                megabytesPerSecond(), documentsPerSecond());
    }

    /** The same as one JSON object, for scripts. */
    public String json() {
        return String.format(Locale.ROOT, "{\"done\":%d,\"failed\":%d,\"annotations\":%d,\"bytes\":%d,\"chars\":%d,"
                + "\"seconds\":%.3f,\"megabytesPerSecond\":%.4f,\"documentsPerSecond\":%.4f}",
                done, failed, annotations, bytes, chars, seconds, megabytesPerSecond(), documentsPerSecond());
    }
}
