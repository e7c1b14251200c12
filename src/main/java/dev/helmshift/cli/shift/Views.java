package dev.helmshift.cli.shift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.shift.RolloutState;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.report.Json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Tables and JSON for the shift commands. The JSON field names are a contract (README). */
final class Views {
    static final ObjectMapper JSON = new ObjectMapper();

    private Views() {
    }

    /** The status object: policy, namespace, virtualService, phase, weight, stepIndex, failedChecks, message, lastTransitionTime. */
    static ObjectNode status(ShiftPolicy policy, RolloutState state) {
        ObjectNode o = JSON.createObjectNode();
        o.put("policy", policy.name());
        o.put("namespace", policy.namespace());
        o.put("virtualService", policy.virtualService());
        o.put("phase", state.phase().name());
        o.put("weight", state.weight());
        o.put("stepIndex", state.stepIndex());
        o.put("failedChecks", state.failedChecks());
        o.put("inconclusiveChecks", state.inconclusiveChecks());
        o.put("headerRoute", state.headerRoute());
        o.put("message", state.message());
        if (state.lastTransitionTime() == null) {
            o.putNull("lastTransitionTime");
        } else {
            o.put("lastTransitionTime", state.lastTransitionTime().toString());
        }
        return o;
    }

    static ObjectNode error(ShiftPolicy policy, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("policy", policy.name());
        o.put("namespace", policy.namespace());
        o.put("virtualService", policy.virtualService());
        o.put("error", message);
        return o;
    }

    /**
     * Reports on stderr that one policy failed, without stopping the others: one line for an error meant for users,
     * the trace for a bug. Returns the exit code it calls for.
     */
    static int failure(PrintWriter err, ShiftPolicy policy, RuntimeException e) {
        String prefix = "helmshift: " + policy.target() + " (policy " + policy.name() + "): ";
        if (e instanceof HelmshiftException known) {
            err.println(prefix + known.userLine());
            return known.exitCode().code();
        }
        err.println(prefix + "internal error: " + e + " (this is a bug; please report it with the trace below)");
        e.printStackTrace(err);
        return ExitCode.INTERNAL.code();
    }

    /** The JSON row of a failed policy: its message as a user sees it. */
    static ObjectNode error(ShiftPolicy policy, RuntimeException e) {
        return error(policy, e instanceof HelmshiftException known ? known.userLine() : "internal error: " + e);
    }

    static String json(ArrayNode rows) {
        return Json.write(rows).stripTrailing();
    }

    /** A plain aligned table; the last column is not padded. */
    static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] width = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(i == row.size() - 1 ? cell : String.format("%-" + (width[i] + 2) + "s", cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code [#####...............]  25%} */
    static String bar(int weight) {
        int filled = Math.round(weight / 5f);
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format("%3d%%", weight);
    }
}
