package dev.helmshift.cli.shift;

import picocli.CommandLine.Command;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code helmshift shift ...}: the traffic-shift controller. */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = "Move an Istio VirtualService from subset v1 to v2 in health-gated steps.",
        subcommands = {PassCommands.Plan.class, PassCommands.Step.class, RunCommand.class, StatusCommand.class,
                PassCommands.Promote.class, PassCommands.Abort.class, PassCommands.Pause.class, PassCommands.Resume.class,
                PassCommands.Retry.class, DemoCommand.class})
public class ShiftCommand {
    private static final Map<String, Supplier<Object>> ONE_PASS_COMMANDS = Map.of(
            "plan", PassCommands.Plan::new, "step", PassCommands.Step::new, "status", StatusCommand::new,
            "promote", PassCommands.Promote::new, "abort", PassCommands.Abort::new, "pause", PassCommands.Pause::new,
            "resume", PassCommands.Resume::new, "retry", PassCommands.Retry::new);

    /** The subcommands that need no scheduler, no server of their own and nothing injected: all but run and demo. */
    public static final Set<String> ONE_PASS = ONE_PASS_COMMANDS.keySet();

    /** A new instance of the one-pass subcommand {@code name}, for picocli to fill in (see cli.LeanLaunch). */
    public static Object onePass(String name) {
        Supplier<Object> command = ONE_PASS_COMMANDS.get(name);
        if (command == null) {
            throw new IllegalArgumentException("not a one-pass shift command: " + name);
        }
        return command.get();
    }
}
