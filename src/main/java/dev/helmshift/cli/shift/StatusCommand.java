package dev.helmshift.cli.shift;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.helmshift.error.ExitCode;
import dev.helmshift.shift.Phase;
import dev.helmshift.shift.ShiftPass;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Show each rollout's phase and weight. Exit 1 when one is RolledBack or Failed.")
class StatusCommand implements Callable<Integer> {

    @Mixin
    PolicyOptions options;

    @Mixin
    ParallelOption parallel;

    @Option(names = {"-w", "--watch"}, description = "Show again every 2 seconds until every rollout is finished.")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        int parallelism = parallel.value();
        try (ShiftSession session = ShiftSession.open(options)) {
            while (true) {
                Pass pass = show(session, parallelism);
                if (!watch || pass.finished) {
                    return pass.exit;
                }
                Thread.sleep(2000);
            }
        }
    }

    private record Pass(int exit, boolean finished) {
    }

    private Pass show(ShiftSession session, int parallelism) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK.code();
        boolean finished = true;
        ArrayNode json = Views.JSON.createArrayNode();
        List<List<String>> rows = new ArrayList<>();
        for (ShiftPass.Outcome<ShiftRunner.Snapshot> outcome : session.pass(parallelism, ShiftRunner::status)) {
            ShiftPolicy policy = outcome.policy();
            if (outcome.error() != null) {
                exit = Math.max(exit, Views.failure(err, policy, outcome.error()));
                json.add(Views.error(policy, outcome.error()));
                continue;
            }
            ShiftRunner.Snapshot snapshot = outcome.value();
            Phase phase = snapshot.state().phase();
            if (phase == Phase.RolledBack || phase == Phase.Failed) {
                exit = Math.max(exit, ExitCode.FINDINGS.code());
            }
            finished &= phase.terminal();
            json.add(Views.status(policy, snapshot.state()));
            rows.add(List.of(policy.name(), policy.target(), phase.name(), Views.bar(snapshot.state().weight()),
                    String.valueOf(snapshot.state().stepIndex()), String.valueOf(snapshot.state().failedChecks()),
                    snapshot.state().message()));
        }
        if (options.output == PolicyOptions.OutputFormat.json) {
            out.println(Views.json(json));
        } else if (!rows.isEmpty()) {
            out.print(Views.table(List.of("POLICY", "VIRTUALSERVICE", "PHASE", "WEIGHT", "STEP", "FAILED", "MESSAGE"), rows));
        }
        out.flush();
        err.flush();
        return new Pass(exit, finished);
    }
}
