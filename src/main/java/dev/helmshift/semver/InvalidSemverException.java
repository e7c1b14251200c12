package dev.helmshift.semver;

/**
 * A version or constraint that Masterminds/semver refuses; the message is the library's own error text
 * ({@code invalid semantic version}, {@code improper constraint: X}), so callers can wrap it in their own error contract.
 */
public final class InvalidSemverException extends IllegalArgumentException {
    public InvalidSemverException(String goErrorText) {
        super(goErrorText);
    }
}
