package dev.helmshift.cli.shift;

import dev.helmshift.shift.ManualCommand;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftRunner;
import dev.helmshift.shift.StepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one-pass shift commands. */
final class PassCommands {
    private PassCommands() {
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what the next step would do; changes nothing.")
    static class Plan extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.step(policy, true);
        }
    }

    @Command(name = "step", mixinStandardHelpOptions = true, description = "One health-gated step for every policy (the CronJob entry). "
            + "Exit 0: advanced, held or done; 1: rolled back or failed in this pass; 2: bad input; 3: API error.")
    static class Step extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.step(policy, dryRun);
        }

        @Override
        boolean rollbackFails() {
            return true;
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = "Move to the next stage now, skipping interval and gates; --full goes straight to 100%%.")
    static class Promote extends PassCommand {
        @Option(names = "--full", description = "Promote fully: 100%% to the target subset, header route removed.")
        boolean full;

        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.apply(policy, full ? ManualCommand.PROMOTE_FULL : ManualCommand.PROMOTE, dryRun);
        }
    }

    @Command(name = "abort", mixinStandardHelpOptions = true, description = "Roll back now: 100%% to the source subset, header route removed.")
    static class Abort extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.apply(policy, ManualCommand.ABORT, dryRun);
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop moving weights; they stay where they are.")
    static class Pause extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.apply(policy, ManualCommand.PAUSE, dryRun);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Continue a paused rollout from the live weights.")
    static class Resume extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.apply(policy, ManualCommand.RESUME, dryRun);
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Start a rolled back or failed rollout again.")
    static class Retry extends PassCommand {
        @Override
        StepResult apply(ShiftRunner runner, ShiftPolicy policy) {
            return runner.apply(policy, ManualCommand.RETRY, dryRun);
        }
    }
}
