package dev.helmshift.analysis.policy;

import dev.helmshift.error.BadInputException;

/** A policy file that is missing, not YAML, or not valid against check-policy.schema.json. Exit 2 with file:line. */
public class PolicyException extends BadInputException {
    public PolicyException(String file, int line, String problem, String hint) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem, hint);
    }
}
