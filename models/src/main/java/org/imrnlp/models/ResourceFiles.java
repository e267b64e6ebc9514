package org.imrnlp.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the data files of this module by explicit classpath location, and caches what is built
 * from them so that every analysis engine instance shares one immutable copy.
 *
 * <p>Data files are UTF-8 text: blank lines and lines starting with {@code #} are comments;
 * tab-separated files have a header line naming their columns.
 */
public final class ResourceFiles {

    /** Base classpath folder of this module's data files. */
    public static final String BASE = "org/imrnlp/models/";

    /**
     * Built resources by kind and name. A loader runs outside the map's locks (the map only holds
     * its task), so loaders may ask for other cached resources, and threads building different
     * resources at the same time never wait on each other.
     */
    private static final Logger LOG = LoggerFactory.getLogger(ResourceFiles.class);

    private static final Map<String, FutureTask<Object>> CACHE = new ConcurrentHashMap<>();

    private ResourceFiles() {
    }

    /** The non-comment, non-blank lines of {@code BASE + name}, trimmed. */
    public static List<String> lines(String name) {
        String location = BASE + name;
        try (InputStream in = ResourceFiles.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + location);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line.stripTrailing());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + location, e);
        }
    }

    /** The rows of a tab-separated file; the first non-comment line is the header. */
    public static TsvTable table(String name) {
        return TsvTable.parse(name, lines(name));
    }

    /**
     * What {@code loader} builds from the resource {@code name}, built once per class loader and
     * shared; {@code loader} must return an immutable, thread-safe object. The time each build
     * takes (with the resources it asks for), wall and CPU, is logged at debug level.
     */
    public static <T> T cached(String name, Class<T> kind, Function<String, T> loader) {
        FutureTask<Object> task = new FutureTask<>(() -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            T built = loader.apply(name);
            LOG.debug("built {} {} in {} ms ({} ms CPU)", kind.getSimpleName(), name, (System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            return built;
        });
        FutureTask<Object> known = CACHE.putIfAbsent(kind.getName() + ":" + name, task);
        if (known == null) {
            task.run();
            known = task;
        }
        try {
            return kind.cast(known.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + name, e);
        } catch (ExecutionException e) {
            CACHE.remove(kind.getName() + ":" + name, known);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot load " + name, cause);
        }
    }
}
