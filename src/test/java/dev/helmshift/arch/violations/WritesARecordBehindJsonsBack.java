package dev.helmshift.arch.violations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the native-image rule on purpose (serializes a record itself), so NativeImageRulesTest can show the rule fails. */
public final class WritesARecordBehindJsonsBack {
    public record Point(int x, int y) {
    }

    private WritesARecordBehindJsonsBack() {
    }

    public static String write(Point p) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        return mapper.writeValueAsString(p) + mapper.valueToTree(p);
    }
}
