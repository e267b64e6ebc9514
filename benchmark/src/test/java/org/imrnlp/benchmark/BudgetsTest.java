package org.imrnlp.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetsTest {

    @Test
    void eachBudgetSaysWhetherItHolds() {
        Budgets budgets = new Budgets();
        budgets.atLeast("pipeline / tokenization", 1.48, "x", 2);
        budgets.atLeast("two threads / one", 1.7, "x", 1.7);
        budgets.atMost("cold start / java -version", 35, "x", 15);
        budgets.atMost("heap", 91.5, "MB", 256);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        budgets.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  ")).toList();
        assertEquals(4, lines.size());
        assertEquals(List.of("MISSED", "holds", "MISSED", "holds"),
                lines.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
    }
}
