package dev.helmshift.chart;

import java.util.List;

/**
 * A dependency declared in Chart.yaml (apiVersion v2) or requirements.yaml (v1).
 *
 * @param name         the chart name in charts/
 * @param version      a semver constraint, may be empty
 * @param repository   where Helm would fetch it from (informational)
 * @param condition    comma-separated value paths; the first that resolves to a bool decides; may be empty
 * @param tags         tag names looked up under {@code tags:} in the values
 * @param importValues values imported from the subchart into the parent
 * @param alias        the name the subchart takes in the parent (values key, template path), or empty
 */
public record Dependency(String name, String version, String repository, String condition, List<String> tags,
                         List<ImportValue> importValues, String alias) {
    public Dependency {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a dependency needs a name");
        }
        version = version == null ? "" : version;
        repository = repository == null ? "" : repository;
        condition = condition == null ? "" : condition;
        alias = alias == null ? "" : alias;
        tags = List.copyOf(tags == null ? List.of() : tags);
        importValues = List.copyOf(importValues == null ? List.of() : importValues);
    }

    /** The name the subchart has in its parent: the alias when one is set. */
    public String effectiveName() {
        return alias.isEmpty() ? name : alias;
    }
}
