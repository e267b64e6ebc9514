package org.imrnlp.spark;

import org.imrnlp.pipeline.ImrExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link ImrExtractor} of this JVM (a Spark executor, or the driver in local mode),
 * shared by all the tasks the executor runs at once: the extractor is thread-safe and keeps one
 * analysis engine per concurrent task, while its lexicons are loaded once. Created by the first
 * task that needs it, closed by a shutdown hook when the JVM exits; tasks never close it.
 */
final class ExecutorExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorExtractor.class);

    private static volatile ImrExtractor instance;

    private ExecutorExtractor() {
    }

    /** This JVM's extractor, created on first call. */
    static ImrExtractor get() {
        ImrExtractor extractor = instance;
        if (extractor == null) {
            synchronized (ExecutorExtractor.class) {
                extractor = instance;
                if (extractor == null) {
                    long start = System.nanoTime();
                    extractor = ImrExtractor.createDefault();
                    ImrExtractor created = extractor;
                    Runtime.getRuntime().addShutdownHook(new Thread(created::close, "imrnlp-extractor-close"));
                    instance = extractor;
                    LOG.info("IMR-NLP extractor of this executor ready in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return extractor;
    }
}
