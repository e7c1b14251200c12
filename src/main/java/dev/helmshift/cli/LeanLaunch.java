package dev.helmshift.cli;

import dev.helmshift.cli.shift.ShiftCommand;
import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.shift.PolicyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

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
    /** How the JDK names an HttpClient's selector thread: HttpClient-ID-SelectorManager. */
    private static final Pattern JDK_HTTP_SELECTOR = Pattern.compile("HttpClient-\\d+-SelectorManager");

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

    /**
     * Sets up logging (JBoss LogManager's start looks through every jar of the class path) and compiles the policy
     * schema on a second thread while this one builds the command: work that nothing needs before the command runs.
     * Measured on a step (Java 25, AOT cache), the main thread's CPU fell from about 270 ms to 170 ms. The command runs
     * once logging is in place; the schema, if not compiled yet, is waited for where it is needed.
     */
    private static CompletableFuture<Void> warmUp() {
        CompletableFuture<Void> logging = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                ConsoleLogging.configure();
                logging.complete(null);
            } catch (RuntimeException | Error e) {
                logging.completeExceptionally(e);
                return;
            }
            try {
                PolicyLoader.prepare();
            } catch (RuntimeException e) {
                // The command meets the same problem when it loads its first policy, and reports it there.
            }
        }, "helmshift-warm-up");
        thread.setDaemon(true);
        thread.start();
        return logging;
    }

    /**
     * Ends the JDK HTTP clients' selector threads before the process exits. At exit HotSpot waits up to 300 ms for
     * every thread that is in native code to block (VM_Exit::wait_for_threads_in_native_to_block), and a selector
     * thread sits in epoll_wait all along: measured here, every step spent 320 ms exiting. Java 17's HttpClient has no
     * close(); its selector thread ends when interrupted (select returns, the loop sees the interrupt). Only this
     * process's own clients run here, and none has a request left.
     */
    private static void stopHttpSelectors() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads);
        List<Thread> selectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (JDK_HTTP_SELECTOR.matcher(threads[i].getName()).matches()) {
                threads[i].interrupt();
                selectors.add(threads[i]);
            }
        }
        try {
            for (Thread selector : selectors) {
                selector.join(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses and runs the command; returns its exit code. */
    static int run(String... args) {
        CompletableFuture<Void> ready = warmUp();
        CommandLine command = new CommandLine(ShiftCommand.onePass(args[1]));
        CommandLine shift = new CommandLine(CommandSpec.create().name(args[0])).addSubcommand(args[1], command);
        CommandSpec rootSpec = CommandSpec.create().name(HelmshiftCommand.NAME).version(HelmshiftCommand.VERSION);
        CommandLine root = new CommandLine(rootSpec).addSubcommand(args[0], shift);
        CommandLineConfiguration.configure(root);
        try {
            ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof HelmshiftException bad) {
                System.err.println("helmshift: " + bad.userLine());
                return bad.exitCode().code();
            }
            // Not a stack trace and exit 1, which means findings: a bug in setting up logging.
            System.err.println("helmshift: internal error: cannot set up logging: " + e.getCause());
            return ExitCode.INTERNAL.code();
        }
        int code = root.execute(args);
        stopHttpSelectors();
        return code;
    }
}
