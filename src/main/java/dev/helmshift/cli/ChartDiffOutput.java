package dev.helmshift.cli;

import dev.helmshift.analysis.diff.ChartDiff;
import dev.helmshift.analysis.diff.ImageChange;
import dev.helmshift.analysis.diff.ResourceChange;
import dev.helmshift.analysis.values.ValueRename;
import dev.helmshift.report.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text, Markdown and JSON of {@code diff OLD NEW}. */
final class ChartDiffOutput {
    private ChartDiffOutput() {
    }

    static String text(ChartDiff diff, boolean withPatches) {
        StringBuilder out = new StringBuilder("Resources\n");
        if (diff.resources().isEmpty()) {
            out.append("  (no changes)\n");
        }
        for (ResourceChange r : diff.resources()) {
            out.append(mark(r.kind())).append(' ').append(r.key()).append("  (").append(r.source()).append(")\n");
            if (withPatches) {
                r.diff().forEach(line -> out.append("    ").append(line).append('\n'));
            }
        }
        out.append("\nImages\n");
        images(diff, out, "");
        out.append("\nValues keys of the chart defaults\n");
        values(diff, out, "");
        out.append("\nSubcharts\n");
        subcharts(diff, out, "");
        return out.append('\n').append(diff.planLine()).append('\n').toString();
    }

    static String markdown(ChartDiff diff, String subject) {
        StringBuilder md = new StringBuilder("### helmshift diff: `").append(subject).append("`\n\n");
        md.append("**").append(diff.planLine()).append("**\n\n");
        md.append("| Change | Resource | Template |\n|---|---|---|\n");
        for (ResourceChange r : diff.resources()) {
            md.append("| ").append(r.kind().name().toLowerCase()).append(" | `").append(r.key()).append("` | `")
                    .append(r.source()).append("` |\n");
        }
        md.append("\n#### Images\n\n");
        images(diff, md, "- ");
        md.append("\n#### Values keys of the chart defaults\n\n");
        values(diff, md, "- ");
        md.append("\n#### Subcharts\n\n");
        subcharts(diff, md, "- ");
        List<ResourceChange> changed = diff.resources().stream().filter(r -> !r.diff().isEmpty()).toList();
        if (!changed.isEmpty()) {
            md.append("\n<details><summary>Manifest diffs (").append(changed.size()).append(")</summary>\n\n");
            for (ResourceChange r : changed) {
                md.append("```diff\n");
                r.diff().forEach(line -> md.append(line.replace("```", "'''")).append('\n'));
                md.append("```\n\n");
            }
            md.append("</details>\n");
        }
        return md.toString();
    }

    static String json(ChartDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> resources = new ArrayList<>();
        for (ResourceChange r : diff.resources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", r.kind().name().toLowerCase());
            m.put("key", r.key());
            m.put("source", r.source());
            m.put("diff", r.diff());
            resources.add(m);
        }
        root.put("resources", resources);
        List<Object> images = new ArrayList<>();
        for (ImageChange c : diff.images()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("old", c.oldImage());
            m.put("new", c.newImage());
            images.add(m);
        }
        root.put("images", images);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("removed", diff.valuesRemoved());
        List<Object> renamed = new ArrayList<>();
        for (ValueRename r : diff.valuesRenamed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.from());
            m.put("to", r.to());
            renamed.add(m);
        }
        values.put("renamed", renamed);
        root.put("values", values);
        Map<String, Object> subcharts = new LinkedHashMap<>();
        subcharts.put("added", diff.subchartsAdded());
        subcharts.put("removed", diff.subchartsRemoved());
        root.put("subcharts", subcharts);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("add", diff.count(ResourceChange.Kind.ADDED));
        plan.put("change", diff.count(ResourceChange.Kind.CHANGED));
        plan.put("remove", diff.count(ResourceChange.Kind.REMOVED));
        root.put("plan", plan);
        return Json.write(root);
    }

    private static String mark(ResourceChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case REMOVED -> "-";
        };
    }

    private static void images(ChartDiff diff, StringBuilder out, String bullet) {
        if (diff.images().isEmpty()) {
            out.append(bullet.isEmpty() ? "  (no changes)\n" : "No changes.\n");
        }
        for (ImageChange c : diff.images()) {
            String line = c.oldImage() == null ? "+ " + c.newImage()
                    : c.newImage() == null ? "- " + c.oldImage() : "~ " + c.oldImage() + " -> " + c.newImage();
            out.append(bullet.isEmpty() ? line : bullet + "`" + line + "`").append('\n');
        }
    }

    private static void values(ChartDiff diff, StringBuilder out, String bullet) {
        if (diff.valuesRemoved().isEmpty() && diff.valuesRenamed().isEmpty()) {
            out.append(bullet.isEmpty() ? "  (none removed or renamed)\n" : "None removed or renamed.\n");
        }
        diff.valuesRenamed().forEach(r -> out.append(bullet.isEmpty() ? "~ " : bullet + "renamed `")
                .append(r.from()).append(" -> ").append(r.to()).append(bullet.isEmpty() ? "" : "`").append('\n'));
        diff.valuesRemoved().forEach(p -> out.append(bullet.isEmpty() ? "- " : bullet + "removed `").append(p)
                .append(bullet.isEmpty() ? "" : "`").append('\n'));
    }

    private static void subcharts(ChartDiff diff, StringBuilder out, String bullet) {
        if (diff.subchartsAdded().isEmpty() && diff.subchartsRemoved().isEmpty()) {
            out.append(bullet.isEmpty() ? "  (no changes)\n" : "No changes.\n");
        }
        diff.subchartsAdded().forEach(s -> out.append(bullet.isEmpty() ? "+ " : bullet + "added `").append(s)
                .append(bullet.isEmpty() ? "" : "`").append('\n'));
        diff.subchartsRemoved().forEach(s -> out.append(bullet.isEmpty() ? "- " : bullet + "removed `").append(s)
                .append(bullet.isEmpty() ? "" : "`").append('\n'));
    }
}
