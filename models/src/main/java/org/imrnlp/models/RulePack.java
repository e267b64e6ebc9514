package org.imrnlp.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A rule pack: the set of data files (vocabularies and rules) the annotators read, and what is
 * built from them.
 *
 * <p>The <b>built-in pack</b> is this module's classpath resources under {@code org/imrnlp/models/}
 * (name-finder models under {@code ner/} are not part of it). A <b>user pack</b> is a directory, or a
 * {@code .zip}/{@code .jar} file, with the same relative paths ({@code dose-patterns.tsv},
 * {@code clinical/exam-patterns.tsv}); a file present there replaces the built-in one, and an absent
 * file falls back to the built-in pack. Every pack describes itself in a manifest,
 * {@value #MANIFEST} at its root, with {@code name}, {@code version} and {@code schema}; a user
 * pack without one, or of another schema than {@value #SCHEMA}, is refused.
 *
 * <p>Data files are UTF-8 text: blank lines and lines starting with {@code #} are comments;
 * tab-separated files have a header line naming their columns. Errors name the file and line
 * ({@link RulePackException}).
 *
 * <p>What is built from a pack's files ({@link #cached}) is built once per pack and shared. A user
 * pack shares the built-in pack's object when none of the files that object was built from is
 * replaced, so a pack replacing one file costs only what depends on that file. {@link #open}
 * returns the same pack for the same location while its files are unchanged (same names, sizes
 * and modification times); after an edit it reads the pack anew.
 */
public final class RulePack {

    /** The manifest's file name, at the root of a pack. */
    public static final String MANIFEST = "pack.properties";
    /** The schema of packs this library reads: the files, their columns and what they mean. */
    public static final int SCHEMA = 1;
    /** Base classpath folder of the built-in pack. */
    static final String BASE = "org/imrnlp/models/";
    /** Folders of the classpath base that are not part of the pack (name-finder models). */
    private static final String NOT_IN_PACK = "ner/";

    private static final RulePack BUILT_IN = new RulePack(null, "classpath:" + BASE, readBuiltInManifest(),
            Set.of(), "");
    private static final Map<Path, RulePack> OPENED = new ConcurrentHashMap<>();
    /** Per thread, the files read by each loader running on it (innermost first). */
    private static final ThreadLocal<Deque<Set<String>>> READS = ThreadLocal.withInitial(ArrayDeque::new);

    private final Path root;
    private final String label;
    private final Properties manifest;
    private final Set<String> files;
    private final String fingerprint;
    /**
     * Built objects by kind and key. A loader runs outside the map's locks (the map only holds its
     * task), so loaders may ask for other cached objects, and threads building different objects
     * at the same time never wait on each other.
     */
    private final Map<String, FutureTask<Built>> cache = new ConcurrentHashMap<>();

    private record Built(Object value, Set<String> files) {
    }

    private RulePack(Path root, String label, Properties manifest, Set<String> files, String fingerprint) {
        this.root = root;
        this.label = label;
        this.manifest = manifest;
        this.files = files;
        this.fingerprint = fingerprint;
    }

    /** The built-in pack (the classpath resources), loaded once per class loader. */
    public static RulePack builtIn() {
        return BUILT_IN;
    }

    /**
     * The pack at {@code location}, a directory or a {@code .zip}/{@code .jar} file; the same
     * instance while its files are unchanged.
     *
     * @throws RulePackException if there is no pack there, or its manifest is missing or names a
     *                           schema this library does not read
     */
    public static RulePack open(Path location) {
        Path real;
        try {
            real = location.toRealPath();
        } catch (IOException e) {
            throw new RulePackException(location + ": no such rule pack (a directory or a .zip file)");
        }
        boolean archive = Files.isRegularFile(real);
        String fingerprint = archive ? archiveFingerprint(real) : directoryFingerprint(real);
        return OPENED.compute(real, (key, known) -> known != null && known.fingerprint.equals(fingerprint)
                ? known : read(real, archive, fingerprint));
    }

    /**
     * The pack named by an engine parameter or option: the built-in pack for null or blank, else
     * {@link #open} of the path.
     */
    public static RulePack at(String location) {
        return location == null || location.isBlank() ? BUILT_IN : open(Path.of(location.strip()));
    }

    private static RulePack read(Path location, boolean archive, String fingerprint) {
        Path root = archive ? archiveRoot(location) : location;
        String label = location.toString();
        Path manifestFile = root.resolve(MANIFEST);
        String manifestName = archive ? label + "!/" + MANIFEST : manifestFile.toString();
        if (!Files.isRegularFile(manifestFile)) {
            throw new RulePackException(manifestName + ": missing; a rule pack needs a manifest with name, "
                    + "version and schema (see `imrnlp rules export`)");
        }
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new RulePackException(manifestName + ": not a readable properties file");
        }
        checkManifest(manifest, manifestName);
        return new RulePack(root, label, manifest, listFiles(root), fingerprint);
    }

    private static void checkManifest(Properties manifest, String manifestName) {
        for (String key : List.of("name", "version", "schema")) {
            if (manifest.getProperty(key, "").isBlank()) {
                throw new RulePackException(manifestName + ": no " + key);
            }
        }
        String schema = manifest.getProperty("schema").strip();
        if (!schema.equals(String.valueOf(SCHEMA))) {
            throw new RulePackException(manifestName + ": schema " + schema
                    + " is not supported (this library reads rule packs of schema " + SCHEMA + ")");
        }
    }

    private static Properties readBuiltInManifest() {
        Properties manifest = new Properties();
        try (InputStream in = classpathStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + BASE + MANIFEST);
            }
            manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + MANIFEST, e);
        }
        return manifest;
    }

    /** The pack's name, from its manifest. */
    public String name() {
        return manifest.getProperty("name").strip();
    }

    /** The pack's version, from its manifest. */
    public String version() {
        return manifest.getProperty("version").strip();
    }

    /** The directory or archive of a user pack; empty for the built-in pack. */
    public Optional<Path> location() {
        return root == null ? Optional.empty() : Optional.of(Path.of(label));
    }

    /** Whether this is the built-in pack. */
    public boolean isBuiltIn() {
        return root == null;
    }

    /** The files this pack replaces (paths relative to its root, {@code /}-separated); empty for the built-in pack. */
    public Set<String> overrides() {
        return files;
    }

    /** The files of this pack that are not files of the built-in pack (misspelled or misplaced: never read). */
    public Set<String> unknownFiles() {
        Set<String> unknown = new TreeSet<>(files);
        unknown.removeAll(builtInFiles());
        return unknown;
    }

    /** {@code name version} and, for a user pack, where it is. */
    @Override
    public String toString() {
        return name() + " " + version() + (root == null ? " (built in)" : " (" + label + ")");
    }

    /** The non-comment, non-blank lines of the file {@code name}, without trailing white space. */
    public List<String> lines(String name) {
        return numberedLines(name).stream().map(TsvTable.Line::text).toList();
    }

    /** The non-comment, non-blank lines of the file {@code name} with their line numbers. */
    public List<TsvTable.Line> numberedLines(String name) {
        record(Set.of(name));
        if (root != null && files.contains(name)) {
            Path file = root.resolve(name);
            try (InputStream in = Files.newInputStream(file)) {
                return parseLines(in, source(name));
            } catch (NoSuchFileException e) {
                throw new RulePackException(source(name) + ": missing (the pack changed after it was opened)");
            } catch (IOException e) {
                throw new RulePackException(source(name) + ": cannot read (" + e.getClass().getSimpleName() + ")");
            }
        }
        try (InputStream in = classpathStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + BASE + name);
            }
            return parseLines(in, BUILT_IN.source(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + BASE + name, e);
        }
    }

    /** The rows of the tab-separated file {@code name}; the first non-comment line is the header. */
    public TsvTable table(String name) {
        return TsvTable.parseLines(source(name), numberedLines(name));
    }

    /** The file {@code name} as errors name it: its path in a user pack, else its classpath location. */
    public String source(String name) {
        if (root != null && files.contains(name)) {
            return root.getFileSystem() == FileSystems.getDefault() ? root.resolve(name).toString()
                    : label + "!/" + name;
        }
        return BASE + name;
    }

    /**
     * What {@code loader} builds from this pack, built once per pack and key and shared;
     * {@code loader} must return an immutable, thread-safe object, read its files from the pack it
     * is given, and read the same files whatever their content. In a user pack, the built-in
     * pack's object is shared when the user pack replaces none of the files it was built from.
     */
    public <T> T cached(String key, Class<T> kind, Function<RulePack, T> loader) {
        if (root != null) {
            Built base = BUILT_IN.build(key, kind, loader);
            if (Collections.disjoint(base.files, files)) {
                record(base.files);
                return kind.cast(base.value);
            }
        }
        Built own = build(key, kind, loader);
        record(own.files);
        return kind.cast(own.value);
    }

    private Built build(String key, Class<?> kind, Function<RulePack, ?> loader) {
        String cacheKey = kind.getName() + ":" + key;
        FutureTask<Built> task = new FutureTask<>(() -> {
            Set<String> reads = new HashSet<>();
            READS.get().push(reads);
            try {
                Object value = loader.apply(this);
                return new Built(value, Set.copyOf(reads));
            } finally {
                READS.get().pop();
            }
        });
        FutureTask<Built> known = cache.putIfAbsent(cacheKey, task);
        if (known == null) {
            task.run();
            known = task;
        }
        try {
            return known.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + key, e);
        } catch (ExecutionException e) {
            cache.remove(cacheKey, known);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot load " + key, cause);
        }
    }

    /** Notes that the loaders running on this thread read {@code names}. */
    private static void record(Set<String> names) {
        Set<String> reads = READS.get().peek();
        if (reads != null) {
            reads.addAll(names);
        }
    }

    /**
     * The files of the built-in pack (relative paths, {@code /}-separated, the manifest left out),
     * listed from the classpath folder or jar that holds it.
     */
    public static Set<String> builtInFiles() {
        URL manifest = RulePack.class.getClassLoader().getResource(BASE + MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException("missing resource on the classpath: " + BASE + MANIFEST);
        }
        try {
            URI uri = manifest.toURI();
            Path base;
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                base = jar.getPath("/" + BASE);
            } else {
                base = Path.of(uri).getParent();
            }
            Set<String> names = new TreeSet<>(listFiles(base));
            names.removeIf(n -> n.endsWith(".class") || n.startsWith(NOT_IN_PACK));
            return Collections.unmodifiableSet(names);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in rule pack at " + manifest, e);
        }
    }

    /**
     * Writes the built-in pack's files into {@code directory} (created if absent, refused if it
     * holds anything) with a manifest for a pack of the user's own, ready to edit and use.
     */
    public static void exportBuiltIn(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> content = Files.list(directory)) {
                if (content.findAny().isPresent()) {
                    throw new RulePackException(directory + ": not empty; export into a new or empty directory");
                }
            }
        }
        Files.createDirectories(directory);
        for (String name : builtInFiles()) {
            Path target = directory.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = classpathStream(name)) {
                Files.copy(in, target);
            }
        }
        String manifest = "# Rule pack manifest: name and version are yours; schema is the file format this pack\n"
                + "# follows (IMR-NLP reads schema " + SCHEMA + "). Delete the files you do not change: they fall\n"
                + "# back to the built-in pack.\n"
                + "name=my-rules\n"
                + "version=1\n"
                + "schema=" + SCHEMA + "\n"
                + "based-on=" + BUILT_IN.name() + " " + BUILT_IN.version() + "\n";
        Files.writeString(directory.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    }

    private static InputStream classpathStream(String name) {
        return RulePack.class.getClassLoader().getResourceAsStream(BASE + name);
    }

    private static List<TsvTable.Line> parseLines(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<TsvTable.Line> lines = new ArrayList<>();
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(new TsvTable.Line(number, line.stripTrailing()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new RulePackException(source + ":" + (number + 1) + ": not UTF-8 text");
        }
        return List.copyOf(lines);
    }

    private static Set<String> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!name.equals(MANIFEST)) {
                    names.add(name);
                }
            });
            return Collections.unmodifiableSet(names);
        } catch (IOException | UncheckedIOException e) {
            throw new RulePackException(root + ": cannot list the rule pack (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Path archiveRoot(Path archive) {
        try {
            return FileSystems.newFileSystem(archive).getPath("/");
        } catch (IOException | RuntimeException e) {
            throw new RulePackException(archive + ": not a directory or a readable .zip file");
        }
    }

    private static String archiveFingerprint(Path archive) {
        try {
            return Files.size(archive) + "@" + Files.getLastModifiedTime(archive).toMillis();
        } catch (IOException e) {
            throw new RulePackException(archive + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String directoryFingerprint(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            StringBuilder fingerprint = new StringBuilder();
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                try {
                    fingerprint.append(p).append('|').append(Files.size(p)).append('@')
                            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return fingerprint.toString();
        } catch (IOException | UncheckedIOException e) {
            throw new RulePackException(directory + ": cannot list the rule pack (" + e.getClass().getSimpleName() + ")");
        }
    }
}
