package dev.helmshift.cli;

import dev.helmshift.cli.shift.ShiftCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the one-pass shift commands ({@code shift step} above all: a CronJob runs it every minute in every namespace
 * that uses it) without starting Quarkus. They inject nothing and need neither the scheduler nor the Kubernetes client
 * extension, and Quarkus' start (its extensions' recorders, the model of every command) was most of a step's
 * start-up. The command itself is the same class, parsed by picocli with the same handlers, under a command tree that
 * holds only it, so usage, errors and exit codes read as in the full tree; logging is set up from the same
 * {@code quarkus.log.*} settings by {@link ConsoleLogging}. Every other command starts Quarkus as before.
 * <p>
 * {@code -Dhelmshift.lean-launch=false} (or {@code HELMSHIFT_LEAN_LAUNCH=false}) starts Quarkus for these too.
 */
final class LeanLaunch {
    static final String SWITCH_PROPERTY = "helmshift.lean-launch";
    static final String SWITCH_VARIABLE = "HELMSHIFT_LEAN_LAUNCH";

    private LeanLaunch() {
    }

    /**
     * True for {@code shift <one-pass command> ...} in the packaged application on the JVM, unless switched off: the
     * aot-jar puts this class on the JVM's own class path. Quarkus' test and dev modes run main() in their class loader
     * inside a JVM that is not ours to exit, and a native executable starts Quarkus in milliseconds with its logging set
     * up at build time, so they all take the full path.
     */
    static boolean handles(String... args) {
        String off = System.getProperty(SWITCH_PROPERTY, System.getenv(SWITCH_VARIABLE));
        boolean nativeImage = System.getProperty("org.graalvm.nativeimage.imagecode") != null;
        boolean packagedJvm = !nativeImage && LeanLaunch.class.getClassLoader() == ClassLoader.getSystemClassLoader();
        return packagedJvm && !"false".equalsIgnoreCase(off)
                && args.length >= 2 && args[0].equals("shift") && ShiftCommand.ONE_PASS.contains(args[1]);
    }

    /** Parses and runs the command; returns its exit code. */
    static int run(String... args) {
        ConsoleLogging.configure();
        CommandLine command = new CommandLine(ShiftCommand.onePass(args[1]));
        CommandLine shift = new CommandLine(CommandSpec.create().name(args[0])).addSubcommand(args[1], command);
        CommandSpec rootSpec = CommandSpec.create().name(HelmshiftCommand.NAME).version(HelmshiftCommand.VERSION);
        CommandLine root = new CommandLine(rootSpec).addSubcommand(args[0], shift);
        return CommandLineConfiguration.configure(root).execute(args);
    }
}
