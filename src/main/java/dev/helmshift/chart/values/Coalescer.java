package dev.helmshift.chart.values;

import dev.helmshift.chart.ChartException;
import dev.helmshift.chart.ValueTrees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.helmshift.chart.ValueTrees.asTable;
import static dev.helmshift.chart.ValueTrees.isTable;

/**
 * Helm's value coalescing (pkg/chart/v2/util/coalesce.go), step for step: the given values win over the chart's
 * defaults, a subchart's block is coalesced with the subchart's defaults, {@code global} is copied down into every
 * subchart, and (when not merging) a null in the higher-priority values deletes the key. "Merge" keeps the nulls,
 * as Helm does while processing import-values and when a user table meets a subchart's table.
 * The warnings Helm would log are collected instead.
 */
final class Coalescer {
    static final String GLOBAL = "global";

    private final List<String> warnings = new ArrayList<>();

    List<String> warnings() {
        return warnings;
    }

    /** CoalesceValues (merge=false) or MergeValues (merge=true): works on a deep copy of {@code values}. */
    Map<String, Object> coalesce(WorkingChart chart, Map<String, Object> values, boolean merge) {
        Map<String, Object> dest = ValueTrees.mutableCopyMap(values);
        coalesceChart(chart, dest, "", merge);
        return dest;
    }

    private void coalesceChart(WorkingChart chart, Map<String, Object> dest, String prefix, boolean merge) {
        coalesceValues(chart, dest, prefix, merge);
        coalesceDeps(chart, dest, prefix, merge);
    }

    private void coalesceValues(WorkingChart chart, Map<String, Object> v, String prefix, boolean merge) {
        String subPrefix = concat(prefix, chart.name);
        Map<String, Object> defaults = ValueTrees.mutableCopyMap(chart.values);
        for (Map.Entry<String, Object> e : defaults.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (v.containsKey(key)) {
                Object value = v.get(key);
                if (value == null && !merge) {
                    v.remove(key);
                } else if (isTable(value)) {
                    if (!isTable(val)) {
                        if (val != null) {
                            warnings.add("skipped value for " + subPrefix + "." + key + ": Not a table.");
                        }
                    } else {
                        boolean childMerge = isSubchart(chart, key) || merge;
                        coalesceTables(asTable(value), asTable(val), concat(subPrefix, key), childMerge);
                    }
                }
            } else {
                v.put(key, val);
            }
        }
    }

    private static boolean isSubchart(WorkingChart chart, String key) {
        for (WorkingChart sub : chart.subcharts) {
            if (sub.name.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void coalesceDeps(WorkingChart chart, Map<String, Object> dest, String prefix, boolean merge) {
        for (WorkingChart sub : chart.subcharts) {
            Object existing = dest.get(sub.name);
            if (!dest.containsKey(sub.name)) {
                dest.put(sub.name, new LinkedHashMap<String, Object>());
            } else if (!isTable(existing)) {
                throw new ChartException("type mismatch on " + sub.name + ": the values give "
                        + GoText.describe(existing) + " where the subchart's table belongs",
                        "set " + sub.name + ".KEY=VALUE instead of " + sub.name + "=VALUE");
            }
            Map<String, Object> dvmap = asTable(dest.get(sub.name));
            String subPrefix = concat(prefix, chart.name);
            coalesceGlobals(dvmap, dest, subPrefix);
            coalesceChart(sub, dvmap, subPrefix, merge);
        }
    }

    /** Copies the parent's globals (src) into the subchart's block (dest); the parent's values win. */
    private void coalesceGlobals(Map<String, Object> dest, Map<String, Object> src, String prefix) {
        Map<String, Object> dg;
        Object destGlobal = dest.get(GLOBAL);
        if (!dest.containsKey(GLOBAL)) {
            dg = new LinkedHashMap<>();
        } else if (isTable(destGlobal)) {
            dg = asTable(destGlobal);
        } else {
            warnings.add("skipping globals because destination " + GLOBAL + " is not a table.");
            return;
        }
        Map<String, Object> sg;
        Object srcGlobal = src.get(GLOBAL);
        if (!src.containsKey(GLOBAL)) {
            sg = new LinkedHashMap<>();
        } else if (isTable(srcGlobal)) {
            sg = asTable(srcGlobal);
        } else {
            warnings.add("skipping globals because source " + GLOBAL + " is not a table.");
            return;
        }
        for (Map.Entry<String, Object> e : sg.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (isTable(val)) {
                Map<String, Object> vv = ValueTrees.mutableCopyMap(asTable(val));
                if (!dg.containsKey(key)) {
                    dg.put(key, vv);
                } else if (!isTable(dg.get(key))) {
                    warnings.add("Conflict: cannot merge map onto non-map for \"" + key + "\". Skipping.");
                } else {
                    coalesceTables(vv, asTable(dg.get(key)), concat(prefix, key), true);
                    dg.put(key, vv);
                }
            } else if (dg.containsKey(key) && isTable(dg.get(key))) {
                warnings.add("key " + key + " is table. Skipping");
            } else {
                dg.put(key, val);
            }
        }
        dest.put(GLOBAL, dg);
    }

    /** CoalesceTables (merge=false) / MergeTables (merge=true): dst wins, src fills in; mutates and returns dst. */
    Map<String, Object> coalesceTables(Map<String, Object> dst, Map<String, Object> src, String prefix, boolean merge) {
        if (src == null) {
            return dst;
        }
        if (dst == null) {
            return src;
        }
        // A null in dst deletes the key only when it overrides a real default (helm v4): a user null for a key
        // the chart does not have, or over a default null, stays as null.
        java.util.Set<String> srcHadValue = new java.util.HashSet<>();
        src.forEach((k, v) -> {
            if (v != null) {
                srcHadValue.add(k);
            }
        });
        for (Map.Entry<String, Object> e : dst.entrySet()) {
            if (e.getValue() == null) {
                src.put(e.getKey(), null);
            }
        }
        for (Map.Entry<String, Object> e : new ArrayList<>(src.entrySet())) {
            String key = e.getKey();
            Object val = e.getValue();
            String fullKey = concat(prefix, key);
            boolean present = dst.containsKey(key);
            Object dv = dst.get(key);
            if (present && !merge && dv == null && srcHadValue.contains(key)) {
                dst.remove(key);
            } else if (!present) {
                dst.put(key, val);
            } else if (isTable(val)) {
                if (isTable(dv)) {
                    coalesceTables(asTable(dv), asTable(val), fullKey, merge);
                } else {
                    warnings.add("cannot overwrite table with non table for " + fullKey + " (" + GoText.describe(val) + ")");
                }
            } else if (isTable(dv) && val != null) {
                warnings.add("destination for " + fullKey + " is a table. Ignoring non-table value (" + GoText.describe(val) + ")");
            }
        }
        return dst;
    }

    private static String concat(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
