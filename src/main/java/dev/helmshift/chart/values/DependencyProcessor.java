package dev.helmshift.chart.values;

import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.ImportValue;
import dev.helmshift.chart.ValueTrees;
import dev.helmshift.semver.Constraints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Helm's ProcessDependenciesWithMerge (pkg/chart/v2/util/dependencies.go) on a working chart tree:
 * which subcharts stay (aliases applied, versions matched, tags then conditions evaluated against the coalesced
 * values, recursively with the parent path as prefix), then import-values from the children into the parents.
 */
final class DependencyProcessor {
    private final Coalescer coalescer;
    private final List<String> warnings;

    DependencyProcessor(Coalescer coalescer, List<String> warnings) {
        this.coalescer = coalescer;
        this.warnings = warnings;
    }

    void process(WorkingChart root, Map<String, Object> userValues) {
        processEnabled(root, userValues, "");
        processImportValues(root);
    }

    private void processEnabled(WorkingChart c, Map<String, Object> v, String path) {
        if (!c.declaresDependencies()) {
            return;
        }
        List<WorkingChart> kept = new ArrayList<>();
        existing:
        for (WorkingChart sub : c.subcharts) {
            for (Dependency d : c.dependencies) {
                if (sub.name.equals(d.name()) && versionMatches(d.version(), sub.chart.metadata().version())) {
                    continue existing;
                }
            }
            kept.add(sub);
        }
        for (Dependency d : c.dependencies) {
            WorkingChart match = aliasDependency(c.subcharts, d);
            if (match != null) {
                kept.add(match);
            }
        }
        c.subcharts = kept;

        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (Dependency d : c.dependencies) {
            enabled.put(d.effectiveName(), true);
        }
        Map<String, Object> cvals = coalescer.coalesce(c, v, false);
        applyTags(c.dependencies, cvals, enabled);
        applyConditions(c.dependencies, cvals, path, enabled);

        Set<String> removed = new HashSet<>();
        enabled.forEach((name, on) -> {
            if (!on) {
                removed.add(name);
            }
        });
        List<WorkingChart> stay = new ArrayList<>();
        for (WorkingChart sub : c.subcharts) {
            if (!removed.contains(sub.name)) {
                stay.add(sub);
            }
        }
        List<Dependency> stayingDeclarations = new ArrayList<>();
        for (Dependency d : c.dependencies) {
            if (!removed.contains(d.effectiveName())) {
                stayingDeclarations.add(d);
            }
        }
        for (WorkingChart sub : stay) {
            processEnabled(sub, cvals, path + sub.name + ".");
        }
        c.dependencies = stayingDeclarations;
        c.subcharts = stay;
    }

    private static WorkingChart aliasDependency(List<WorkingChart> subcharts, Dependency d) {
        for (WorkingChart sub : subcharts) {
            if (!sub.name.equals(d.name()) || !versionMatches(d.version(), sub.chart.metadata().version())) {
                continue;
            }
            return d.alias().isEmpty() ? sub : sub.renamed(d.alias());
        }
        return null;
    }

    /** Helm's IsCompatibleRange: a constraint that does not parse matches nothing. */
    static boolean versionMatches(String constraint, String version) {
        return Constraints.isCompatibleRange(constraint, version);
    }

    private void applyTags(List<Dependency> deps, Map<String, Object> cvals, Map<String, Boolean> enabled) {
        Map<String, Object> tags = ValuePaths.table(cvals, "tags");
        if (tags == null) {
            return;
        }
        for (Dependency d : deps) {
            boolean hasTrue = false;
            boolean hasFalse = false;
            for (String tag : d.tags()) {
                if (!tags.containsKey(tag)) {
                    continue;
                }
                if (tags.get(tag) instanceof Boolean b) {
                    if (b) {
                        hasTrue = true;
                    } else {
                        hasFalse = true;
                    }
                } else {
                    warnings.add("Tag '" + tag + "' for chart " + d.effectiveName() + " returned non-bool value");
                }
            }
            if (!hasTrue && hasFalse) {
                enabled.put(d.effectiveName(), false);
            } else {
                enabled.put(d.effectiveName(), true);
            }
        }
    }

    private void applyConditions(List<Dependency> deps, Map<String, Object> cvals, String path, Map<String, Boolean> enabled) {
        for (Dependency d : deps) {
            for (String condition : d.condition().strip().split(",", -1)) {
                if (condition.isEmpty()) {
                    continue;
                }
                ValuePaths.Lookup found = ValuePaths.pathValue(cvals, path + condition);
                if (!found.found()) {
                    continue;
                }
                if (found.value() instanceof Boolean b) {
                    enabled.put(d.effectiveName(), b);
                    break;
                }
                warnings.add("Condition path '" + condition + "' for chart " + d.effectiveName() + " returned non-bool value");
            }
        }
    }

    private void processImportValues(WorkingChart c) {
        for (WorkingChart sub : c.subcharts) {
            processImportValues(sub);
        }
        if (!c.declaresDependencies()) {
            return;
        }
        Map<String, Object> cvals = coalescer.coalesce(c, new LinkedHashMap<>(), true);
        Map<String, Object> imported = new LinkedHashMap<>();
        for (Dependency d : c.dependencies) {
            for (ImportValue iv : d.importValues()) {
                Map<String, Object> table = ValuePaths.table(cvals, d.effectiveName() + "." + iv.child());
                if (table == null) {
                    warnings.add("ImportValues missing table from chart " + d.effectiveName() + ": " + iv.child());
                    continue;
                }
                Map<String, Object> nested = ValuePaths.nest(iv.parent(), ValueTrees.mutableCopyMap(table));
                imported = coalescer.coalesceTables(imported, nested, "", true);
            }
        }
        c.values = coalescer.coalesceTables(ValueTrees.mutableCopyMap(cvals), imported, "", true);
    }
}
