package dev.helmshift.cli.shift;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.shift.Phase;
import dev.helmshift.shift.RolloutState;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.StepResult;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long-running loop: one quarkus-scheduler job per policy at the policy's interval, a progress bar per rollout,
 * and Prometheus gauges at /q/metrics ({@link RunMetrics}). The scheduler is switched on for this command only
 * (see cli.Main). Ends when every rollout is finished; exit 1 if one rolled back or failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Step every policy at its interval until all are finished, with progress bars and /q/metrics.")
class RunCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(RunCommand.class);

    @Mixin
    PolicyOptions options;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "9464",
            description = "Port of /q/metrics, on every interface (default: ${DEFAULT-VALUE}; 0: a free port, logged).")
    int metricsPort;

    @Option(names = "--dry-run", description = "Decide and show, but write nothing (runs one pass and ends).")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Inject
    Instance<Scheduler> scheduler;

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private int drawn;

    /** What the progress display and the metrics show for one policy. */
    private static final class Row {
        final ShiftPolicy policy;
        final AtomicInteger weight = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile RolloutState state;
        volatile String error;

        Row(ShiftPolicy policy) {
            this.policy = policy;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (ShiftSession session = ShiftSession.open(options)) {
            if (dryRun) {
                for (ShiftPolicy policy : session.policies()) {
                    StepResult r = session.runner().step(policy, true);
                    out.println(policy.name() + "  " + policy.target() + "  (dry-run) " + r.decision().action() + ": " + r.decision().reason());
                }
                out.flush();
                return ExitCode.OK.code();
            }
            for (ShiftPolicy policy : session.policies()) {
                rows.put(policy.target(), new Row(policy));
            }
            try (RunMetrics metrics = RunMetrics.serve(metricsPort, this::rollouts)) {
                LOG.infof("serving metrics at http://0.0.0.0:%d/q/metrics", metrics.port());
                return loop(session, out);
            }
        }
    }

    private int loop(ShiftSession session, PrintWriter out) throws InterruptedException {
        List<String> jobs = new ArrayList<>();
        for (Row row : rows.values()) {
            // An interval job fires right away, then at every interval: the first step needs no extra call.
            Duration every = row.policy.interval().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : row.policy.interval();
            String id = "shift/" + row.policy.target();
            scheduler.get().newJob(id).setInterval(every.toString())
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> tick(session, row)).schedule();
            jobs.add(id);
        }
        draw(out);
        while (!finished()) {
            Thread.sleep(500);
            draw(out);
        }
        jobs.forEach(id -> scheduler.get().unscheduleJob(id));
        draw(out);
        boolean bad = rows.values().stream().anyMatch(r -> r.state != null
                && (r.state.phase() == Phase.RolledBack || r.state.phase() == Phase.Failed));
        return bad ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private void tick(ShiftSession session, Row row) {
        try {
            StepResult result = session.runner().step(row.policy, false);
            update(row, result.state());
            row.error = null;
        } catch (HelmshiftException e) {
            row.error = e.userLine();
            LOG.warnf("[%s] policy=%s step failed: %s", row.policy.target(), row.policy.name(), e.userLine());
        } catch (RuntimeException e) {
            row.error = e.toString();
            LOG.errorf(e, "[%s] policy=%s step failed unexpectedly", row.policy.target(), row.policy.name());
        }
    }

    private static void update(Row row, RolloutState state) {
        row.state = state;
        row.weight.set(state.weight());
        row.failed.set(state.failedChecks());
    }

    private List<RunMetrics.Rollout> rollouts() {
        List<RunMetrics.Rollout> out = new ArrayList<>();
        for (Row row : rows.values()) {
            RolloutState state = row.state;
            out.add(new RunMetrics.Rollout(row.policy.name(), row.policy.namespace(), row.policy.virtualService(),
                    row.weight.get(), row.failed.get(), state == null ? null : state.phase()));
        }
        return out;
    }

    private boolean finished() {
        return rows.values().stream().allMatch(r -> r.state != null && r.state.phase().terminal());
    }

    /** Redraws the progress bars in place on a terminal; prints them as plain lines otherwise. */
    private synchronized void draw(PrintWriter out) {
        boolean tty = System.console() != null;
        StringBuilder frame = new StringBuilder();
        if (tty && drawn > 0) {
            frame.append("\u001b[").append(drawn).append('A');
        }
        for (Row row : rows.values()) {
            RolloutState s = row.state;
            String line = String.format("%-20s %-30s %s %-11s %s", row.policy.name(), row.policy.target(),
                    Views.bar(s == null ? 0 : s.weight()), s == null ? "-" : s.phase().name(),
                    row.error != null ? "error: " + row.error : s == null ? "" : s.message());
            frame.append(tty ? "\u001b[2K" : "").append(line).append('\n');
        }
        String text = frame.toString();
        if (tty || !text.equals(lastFrame)) {
            out.print(text);
            out.flush();
        }
        lastFrame = text;
        drawn = rows.size();
    }

    private String lastFrame = "";
}
