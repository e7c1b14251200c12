package dev.helmshift.cli.shift;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.error.ExitCode;
import dev.helmshift.shift.ShiftPass;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftRunner;
import dev.helmshift.shift.StepResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One pass over every policy given (plan, step, promote, abort, pause, resume, retry), {@code --parallel} at a time. A
 * policy that fails does not stop the others; the exit code is the worst seen: 4 for a bug, 3 for an API error, 1 for a
 * rollout this pass rolled back or failed, else 0. A bad policy or option stops everything before the cluster is
 * contacted (exit 2). Rows come out in the order of the policies.
 */
abstract class PassCommand implements Callable<Integer> {

    @Mixin
    PolicyOptions options;

    @Mixin
    ParallelOption parallel;

    @Option(names = "--dry-run", description = "Decide and show, but write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    abstract StepResult apply(ShiftRunner runner, ShiftPolicy policy);

    /** Whether a rollback decided in this pass is a failure (exit 1): true for step, false when a person asked (abort). */
    boolean rollbackFails() {
        return false;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK.code();
        ArrayNode json = Views.JSON.createArrayNode();
        List<List<String>> rows = new ArrayList<>();
        int parallelism = parallel.value();
        try (ShiftSession session = ShiftSession.open(options)) {
            for (ShiftPass.Outcome<StepResult> outcome : session.pass(parallelism, this::apply)) {
                ShiftPolicy policy = outcome.policy();
                if (outcome.error() != null) {
                    exit = Math.max(exit, Views.failure(err, policy, outcome.error()));
                    json.add(Views.error(policy, outcome.error()));
                    continue;
                }
                StepResult result = outcome.value();
                if (rollbackFails() && result.rolledBackOrFailed()) {
                    exit = Math.max(exit, ExitCode.FINDINGS.code());
                }
                json.add(row(result));
                rows.add(List.of(policy.name(), policy.target(),
                        (result.dryRun() ? "(dry-run) " : "") + result.decision().action().name(),
                        result.state().phase().name(), result.state().weight() + "%", result.decision().reason()));
            }
        }
        if (options.output == PolicyOptions.OutputFormat.json) {
            out.println(Views.json(json));
        } else if (!rows.isEmpty()) {
            out.print(Views.table(List.of("POLICY", "VIRTUALSERVICE", "ACTION", "PHASE", "WEIGHT", "MESSAGE"), rows));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static ObjectNode row(StepResult result) {
        ObjectNode o = Views.status(result.policy(), result.state());
        o.put("action", result.decision().action().name());
        o.put("written", result.written());
        o.put("dryRun", result.dryRun());
        o.put("reason", result.decision().reason());
        return o;
    }
}
