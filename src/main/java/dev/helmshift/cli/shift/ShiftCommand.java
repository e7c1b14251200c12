package dev.helmshift.cli.shift;

import picocli.CommandLine.Command;

/** {@code helmshift shift ...}: the traffic-shift controller. */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = "Move an Istio VirtualService from subset v1 to v2 in health-gated steps.",
        subcommands = {PassCommands.Plan.class, PassCommands.Step.class, RunCommand.class, StatusCommand.class,
                PassCommands.Promote.class, PassCommands.Abort.class, PassCommands.Pause.class, PassCommands.Resume.class,
                PassCommands.Retry.class, DemoCommand.class})
public class ShiftCommand {
}
