package org.imrnlp.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.ctakes.typesystem.type.textsem.MedicationMention;
import org.imrnlp.cli.ImrNlpCommand;
import org.imrnlp.core.Extraction;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our jars beside cTAKES' own {@code ctakes-type-system} jar on the module path: they resolve
 * together (no split package), as long as {@code imrnlp-ctakes-types}, our copy of the cTAKES
 * types, is left out. Resolution is what the JVM does at start-up with {@code java -p}; it is done
 * here with {@link Configuration#resolve}, on the jars a build made (class folders, as Maven hands
 * them to tests in a partial build, are packed into jars first).
 */
class CtakesTypeSystemJarTest {

    /** Copied there by the dependency plugin (corpus/pom.xml); not on the class path. */
    private static final Path CTAKES_JAR = Path.of("target/ctakes-type-system/ctakes-type-system.jar");

    @TempDir
    Path dir;

    @Test
    void ourJarsResolveAsModulesBesideCtakesOwnTypeSystemJar() throws IOException {
        List<Path> path = new ArrayList<>();
        for (Class<?> type : List.of(Extraction.class, PhraseMatcher.class, ImrExtractor.class, ImrNlpCommand.class)) {
            path.add(jarOf(type));
        }
        path.add(CTAKES_JAR);
        Configuration resolved = resolve(path);
        assertEquals(5, resolved.modules().size());
        assertTrue(resolved.findModule("ctakes.type.system").isPresent(), resolved.toString());
    }

    @Test
    void ourCopyOfTheCtakesTypesIsTheJarToLeaveOut() throws IOException {
        Path ourCtakesTypes = jarOf(MedicationMention.class);
        assertTrue(ourCtakesTypes.getFileName().toString().startsWith("imrnlp-ctakes-types"), ourCtakesTypes.toString());
        ResolutionException e = assertThrows(ResolutionException.class, () -> resolve(List.of(ourCtakesTypes, CTAKES_JAR)));
        assertTrue(e.getMessage().contains("package org.apache.ctakes.typesystem.type"), e.getMessage());
    }

    @Test
    void noJarOfOursButTheCtakesTypesHoldsAPackageOfCtakesJar() throws IOException {
        Set<String> ctakes = packages(CTAKES_JAR);
        for (Class<?> type : List.of(Extraction.class, PhraseMatcher.class, ImrExtractor.class, ImrNlpCommand.class)) {
            Set<String> shared = new TreeSet<>(packages(jarOf(type)));
            shared.retainAll(ctakes);
            assertEquals(Set.of(), shared, type.getName());
        }
        Set<String> replaced = new TreeSet<>(ctakes);
        replaced.removeAll(packages(jarOf(MedicationMention.class)));
        // what cTAKES' jar has beyond the type system: its logging classes, and two hand-written packages
        assertEquals(Set.of("org.apache.ctakes.log", "org.slf4j", "org.apache.ctakes.typesystem.type.constants"), replaced);
    }

    private static Configuration resolve(List<Path> jars) {
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> roots = finder.findAll().stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
        return ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
    }

    private static Set<String> packages(Path jar) {
        return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                .flatMap(d -> d.packages().stream()).collect(Collectors.toSet());
    }

    /** The jar a class comes from; a class folder is packed into a jar named after its artifact. */
    private Path jarOf(Class<?> type) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(location)) {
            return location;
        }
        // .../MODULE/target/classes
        Path jar = dir.resolve("imrnlp-" + location.getParent().getParent().getFileName() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(location)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                zip.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
