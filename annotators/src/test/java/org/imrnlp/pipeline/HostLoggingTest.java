package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host service that embeds IMR-NLP keeps its own logging: its SLF4J binding (here Logback)
 * receives the library's events, its own loggers work, and none of the SLF4J copies or the
 * {@code log4j2.xml} inside cTAKES' jars reach the classpath.
 */
class HostLoggingTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private ch.qos.logback.classic.Logger root;

    @BeforeEach
    void attachAppender() {
        LoggerContext context = assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory(),
                "the host's binding is the active SLF4J provider");
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void detachAppender() {
        root.detachAppender(appender);
    }

    private List<String> messagesFrom(String loggerPrefix) {
        return appender.list.stream().filter(e -> e.getLoggerName().startsWith(loggerPrefix))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theHostBindingReceivesTheLibrarysEvents() {
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            extractor.extract("The patient denies suicidal ideations.");
        }
        List<String> library = messagesFrom("org.imrnlp");
        assertTrue(library.stream().anyMatch(m -> m.startsWith("IMR-NLP pipeline ready")), library::toString);
    }

    @Test
    void theHostsOwnLoggersStillWork() {
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            LoggerFactory.getLogger("com.example.host.Service").info("host event {}", 42);
            extractor.extract("Norco 10/325 mg #90.");
            LoggerFactory.getLogger("com.example.host.Service").warn("after extraction");
        }
        assertEquals(List.of("host event 42", "after extraction"), messagesFrom("com.example.host"));
    }

    @Test
    void noCtakesLoggingClassesOrConfigurationAreOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.Slf4jLoggerFactory_Actual"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.ctakes.log.ObservableLoggerFactory"));
        assertNull(getClass().getClassLoader().getResource("log4j2.xml"));
        String api = LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(api.contains("slf4j-api"), api);
    }

    @Test
    void documentTextNeverAppearsInLogEvents() {
        String secret = "Jane Q Patient was injured on 3/4/2011 and denies suicidal ideations.";
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            extractor.extract(secret, "letter-17.txt");
        }
        assertTrue(appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("Jane") || m.contains("suicidal")));
    }
}
