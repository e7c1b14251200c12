package dev.helmshift.arch.violations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the native-image rule on purpose (Jackson data binding), so NativeImageRulesTest can show the rule fails. */
public final class BindsARecordWithJackson {
    public record Point(int x, int y) {
    }

    private BindsARecordWithJackson() {
    }

    public static Point read(String json) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        Point p = mapper.readValue(json, Point.class);
        return mapper.treeToValue(mapper.readTree(json), Point.class) == null ? null : p;
    }
}
