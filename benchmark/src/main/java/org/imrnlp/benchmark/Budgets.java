package org.imrnlp.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The performance budgets of the token-core issue, each a ratio (or a size) measured in one run so
 * that the machine's drift cancels out, printed as one table with whether each holds.
 */
final class Budgets {

    /** One budget: its measured value against its limit. */
    private record Budget(String name, double value, String unit, double limit, boolean atLeast) {
        boolean holds() {
            return atLeast ? value >= limit : value <= limit;
        }
    }

    private final List<Budget> budgets = new ArrayList<>();

    /** A budget that holds where {@code value >= limit}. */
    void atLeast(String name, double value, String unit, double limit) {
        budgets.add(new Budget(name, value, unit, limit, true));
    }

    /** A budget that holds where {@code value <= limit}. */
    void atMost(String name, double value, String unit, double limit) {
        budgets.add(new Budget(name, value, unit, limit, false));
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%nBudgets (ratios within this run):%n");
        for (Budget b : budgets) {
            out.printf(Locale.ROOT, "  %-58s %8.2f%-3s %s %6.2f%-3s %s%n", b.name(), b.value(), b.unit(),
                    b.atLeast() ? ">=" : "<=", b.limit(), b.unit(), b.holds() ? "holds" : "MISSED");
        }
    }
}
