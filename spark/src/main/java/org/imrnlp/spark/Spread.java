package org.imrnlp.spark;

/**
 * How many partitions to annotate in: as many as asked for, or else at least four per core of
 * the application (so that a slow partition does not leave cores idle at the end), keeping an
 * input that already has more as it is (no shuffle).
 */
final class Spread {

    /** Partitions per core when none are asked for. */
    static final int PER_CORE = 4;

    private Spread() {
    }

    /**
     * The partitions to repartition to, or 0 to keep the {@code current} ones.
     *
     * @param requested partitions asked for, or 0 for the default
     * @param cores     the application's default parallelism
     */
    static int repartitionTo(int current, int requested, int cores) {
        if (requested > 0) {
            return current == requested ? 0 : requested;
        }
        int target = PER_CORE * cores;
        return current < target ? target : 0;
    }
}
