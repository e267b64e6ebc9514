package org.imrnlp.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session: {@code local[2]}, bound to the loopback address, no web UI;
 * created by the first test class that needs it and shared by the others (Spark stops it when
 * the test JVM exits).
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("imrnlp-spark-tests")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
