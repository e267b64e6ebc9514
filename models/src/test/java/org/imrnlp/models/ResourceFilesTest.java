package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ResourceFilesTest {

    @Test
    void loadsOnceAndSharesTheResult() {
        AtomicInteger loads = new AtomicInteger();
        String first = ResourceFiles.cached("once", String.class, name -> name + loads.incrementAndGet());
        String second = ResourceFiles.cached("once", String.class, name -> name + loads.incrementAndGet());
        assertSame(first, second);
        assertEquals(1, loads.get());
    }

    @Test
    void aLoaderMayLoadAnotherResource() {
        // "Aa" and "BB" have the same String hash code, so their cache keys share a hash bin:
        // a loader must not hold the cache's lock while it runs.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        String outer = ResourceFiles.cached("Aa", String.class,
                name -> name + "+" + ResourceFiles.cached("BB", String.class, inner -> inner));
        assertEquals("Aa+BB", outer);
    }

    @Test
    void threadsLoadingResourcesThatNeedEachOtherDoNotDeadlock() {
        // Thread A builds "outer-a", which needs "inner-b"; thread B builds "outer-b", which needs
        // "inner-a". Both start together, so each needs what the other is building at that moment.
        CountDownLatch bothStarted = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String side : List.of("a", "b")) {
                String other = side.equals("a") ? "b" : "a";
                results.add(pool.submit(() -> ResourceFiles.cached("outer-" + side, String.class, outer -> {
                    bothStarted.countDown();
                    await(bothStarted);
                    return outer + "+" + ResourceFiles.cached("inner-" + other, String.class, inner -> inner);
                })));
            }
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertEquals("outer-a+inner-b", results.get(0).get());
                assertEquals("outer-b+inner-a", results.get(1).get());
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLoadIsReportedAndTriedAgainNextTime() {
        assertThrows(IllegalArgumentException.class, () -> ResourceFiles.cached("flaky", String.class, name -> {
            throw new IllegalArgumentException("bad data in " + name);
        }));
        assertEquals("flaky ok", ResourceFiles.cached("flaky", String.class, name -> name + " ok"));
    }

    @Test
    void aMissingFileIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResourceFiles.lines("no-such-file.txt"));
        assertTrue(e.getMessage().contains("no-such-file.txt"), e.getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "the other thread did not start");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
