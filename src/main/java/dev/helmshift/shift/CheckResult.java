package dev.helmshift.shift;

import java.util.Objects;

/** One gate check: its name (readiness, prometheus.successRate, http[0], ...), outcome, measured value and why. */
public record CheckResult(String name, Outcome outcome, Double value, String message) {

    public enum Outcome {
        success, failure, inconclusive
    }

    public CheckResult {
        Objects.requireNonNull(name);
        Objects.requireNonNull(outcome);
        message = message == null ? "" : message;
    }

    public static CheckResult success(String name, Double value, String message) {
        return new CheckResult(name, Outcome.success, value, message);
    }

    public static CheckResult failure(String name, Double value, String message) {
        return new CheckResult(name, Outcome.failure, value, message);
    }

    public static CheckResult inconclusive(String name, String message) {
        return new CheckResult(name, Outcome.inconclusive, null, message);
    }
}
