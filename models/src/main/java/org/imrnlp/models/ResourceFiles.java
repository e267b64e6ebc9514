package org.imrnlp.models;

import java.util.List;
import java.util.function.Function;

/**
 * The data files of the built-in {@link RulePack}, for code that reads no other pack (trainers,
 * builders, the phrase-level context API). Annotators read the pack they are given instead.
 */
public final class ResourceFiles {

    /** Base classpath folder of the built-in pack. */
    public static final String BASE = RulePack.BASE;

    private ResourceFiles() {
    }

    /** The non-comment, non-blank lines of the built-in file {@code name}, without trailing white space. */
    public static List<String> lines(String name) {
        return RulePack.builtIn().lines(name);
    }

    /** The rows of a tab-separated built-in file; the first non-comment line is the header. */
    public static TsvTable table(String name) {
        return RulePack.builtIn().table(name);
    }

    /**
     * What {@code loader} builds from the resource {@code name}, built once per class loader and
     * shared ({@link RulePack#cached} of the built-in pack); {@code loader} must return an
     * immutable, thread-safe object.
     */
    public static <T> T cached(String name, Class<T> kind, Function<String, T> loader) {
        return RulePack.builtIn().cached(name, kind, pack -> loader.apply(name));
    }
}
