package org.imrnlp.benchmark;

import org.imrnlp.pipeline.ImrExtractor;

/** Builds the default {@link ImrExtractor} and exits: the cold construction {@link ColdStart} times in a fresh JVM. */
public final class ExtractorConstruction {

    private ExtractorConstruction() {
    }

    public static void main(String[] args) {
        ImrExtractor.createDefault().close();
    }
}
