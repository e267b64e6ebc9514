package org.imrnlp.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the ordered attribute maps of the JSON form, leaving out absent values. */
final class Attributes {

    private Attributes() {
    }

    /** {@code of("a", x, "b", y)}: pairs of name and value; null or empty values are left out. */
    static Map<String, String> of(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isEmpty()) {
                map.put((String) namesAndValues[i], value.toString());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
