package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.EnglishNumbers;
import dev.helmshift.chart.schema.golang.GoNumbers;
import dev.helmshift.chart.schema.golang.GoQuote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a validation error says, one record per kind of the library's {@code kind} package, each with its keyword
 * and its English message. Numbers are printed as golang.org/x/text's English printer does ({@code 2,000},
 * {@code 1×10⁻⁰⁷}), since the library formats its messages with it.
 */
public sealed interface ErrorKind {
    /** The keyword (and for dependencies the property) that failed; empty for structural kinds. */
    List<String> keywordPath();

    /** The message after {@code at 'LOCATION': }. */
    String message();

    /** The error at the top of a validation: its causes are the findings. */
    record SchemaRoot(String location) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "jsonschema validation failed with " + GoQuote.single(location);
        }
    }

    /** Several keywords failed at one place. */
    record Group() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "validation failed";
        }
    }

    record InvalidJsonValue(String goType) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "invalid jsonType " + goType;
        }
    }

    record Not() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "'not' failed";
        }
    }

    record AllOf() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("allOf");
        }

        public String message() {
            return "'allOf' failed";
        }
    }

    record AnyOf() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("anyOf");
        }

        public String message() {
            return "'anyOf' failed";
        }
    }

    /** {@code matched} is empty when none matched, else the first two that did. */
    record OneOf(List<Integer> matched) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("oneOf");
        }

        public String message() {
            if (matched.isEmpty()) {
                return "'oneOf' failed, none matched";
            }
            return "'oneOf' failed, subschemas " + EnglishNumbers.integer(matched.get(0)) + ", "
                    + EnglishNumbers.integer(matched.get(1)) + " matched";
        }
    }

    record FalseSchema() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "false schema";
        }
    }

    record RefCycle(String url, String keywordLocation1, String keywordLocation2) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of();
        }

        public String message() {
            return "both " + keywordLocation1 + " and " + keywordLocation2 + " resolve to " + GoQuote.quote(url)
                    + " causing reference cycle";
        }
    }

    record Type(String got, List<String> want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("type");
        }

        public String message() {
            return "got " + got + ", want " + String.join(" or ", want);
        }
    }

    record Enum(Object got, List<Object> want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("enum");
        }

        public String message() {
            for (Object item : want) {
                if (item instanceof List || item instanceof Map) {
                    return "'enum' failed";
                }
            }
            if (want.size() == 1) {
                return "value must be " + display(want.get(0));
            }
            StringBuilder sb = new StringBuilder("value must be one of ");
            for (int i = 0; i < want.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(display(want.get(i)));
            }
            return sb.toString();
        }
    }

    record Const(Object got, Object want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("const");
        }

        public String message() {
            return want instanceof List || want instanceof Map ? "'const' failed" : "value must be " + display(want);
        }
    }

    record Format(Object got, String want, String error) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("format");
        }

        public String message() {
            return display(got) + " is not valid " + want + ": " + error;
        }
    }

    /** A {@code $ref} (or {@code $recursiveRef}, {@code $dynamicRef}) whose target failed. */
    record Reference(String keyword, String url) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of(keyword);
        }

        public String message() {
            return "validation failed";
        }
    }

    /** minProperties, maxProperties, minItems, maxItems, minLength and maxLength: the keyword and both counts. */
    record CountBound(String keyword, long got, long want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of(keyword);
        }

        public String message() {
            return keyword + ": got " + EnglishNumbers.integer(got) + ", want " + EnglishNumbers.integer(want);
        }
    }

    record AdditionalItems(int count) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("additionalItems");
        }

        public String message() {
            return "last " + EnglishNumbers.integer(count) + " additionalItem(s) not allowed";
        }
    }

    record Required(List<String> missing) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("required");
        }

        public String message() {
            if (missing.size() == 1) {
                return "missing property " + GoQuote.single(missing.get(0));
            }
            return "missing properties " + joinQuoted(missing);
        }
    }

    record Dependency(String property, List<String> missing) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("dependency", property);
        }

        public String message() {
            return "properties " + joinQuoted(missing) + " required, if " + GoQuote.single(property) + " exists";
        }
    }

    record DependentRequired(String property, List<String> missing) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("dependentRequired", property);
        }

        public String message() {
            return "properties " + joinQuoted(missing) + " required, if " + GoQuote.single(property) + " exists";
        }
    }

    record AdditionalProperties(List<String> properties) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("additionalProperties");
        }

        public String message() {
            return "additional properties " + joinQuoted(properties) + " not allowed";
        }
    }

    record PropertyNames(String property) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("propertyNames");
        }

        public String message() {
            return "invalid propertyName " + GoQuote.single(property);
        }
    }

    record UniqueItems(int first, int second) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("uniqueItems");
        }

        public String message() {
            return "items at " + EnglishNumbers.integer(first) + " and " + EnglishNumbers.integer(second) + " are equal";
        }
    }

    record Contains() implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("contains");
        }

        public String message() {
            return "no items match contains schema";
        }
    }

    record MinContains(List<Integer> got, long want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("minContains");
        }

        public String message() {
            if (got.isEmpty()) {
                return "min " + EnglishNumbers.integer(want) + " items required to match contains schema, but none matched";
            }
            return "min " + EnglishNumbers.integer(want) + " items required to match contains schema, but matched "
                    + EnglishNumbers.integer(got.size()) + " items at " + indexes(got);
        }
    }

    record MaxContains(List<Integer> got, long want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("maxContains");
        }

        public String message() {
            return "max " + EnglishNumbers.integer(want) + " items required to match contains schema, but matched "
                    + EnglishNumbers.integer(got.size()) + " items at " + indexes(got);
        }
    }

    record Pattern(String got, String want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of("pattern");
        }

        public String message() {
            return GoQuote.single(got) + " does not match pattern " + GoQuote.single(want);
        }
    }

    /** minimum, maximum, exclusiveMinimum, exclusiveMaximum and multipleOf: the keyword and both numbers. */
    record NumberBound(String keyword, BigDecimal got, BigDecimal want) implements ErrorKind {
        public List<String> keywordPath() {
            return List.of(keyword);
        }

        public String message() {
            return keyword + ": got " + EnglishNumbers.float64(GoNumbers.toDouble(got)) + ", want "
                    + EnglishNumbers.float64(GoNumbers.toDouble(want));
        }
    }

    /** The library's {@code display}: strings quoted, arrays and objects as {@code value}, the rest as fmt's %v. */
    static String display(Object v) {
        if (v instanceof String s) {
            return GoQuote.single(s);
        }
        if (v instanceof List || v instanceof Map) {
            return "value";
        }
        return GoValues.sprint(v);
    }

    private static String joinQuoted(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(GoQuote.single(s));
        }
        return sb.toString();
    }

    /** fmt's {@code %v} of an int slice without its brackets: {@code 0 2 5}. */
    private static String indexes(List<Integer> got) {
        StringBuilder sb = new StringBuilder();
        for (Integer i : got) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(i);
        }
        return sb.toString();
    }
}
