package dev.helmshift.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the CPU samples of {@code shift step} processes went (bench/step-profile.sh records them with JFR): per thread,
 * and for the main thread per phase of the command, each sample counted in the first phase (in the order below)
 * that one of its frames belongs to. JFR samples only threads running Java code: time inside the JVM itself (class
 * loading and linking, the JIT compilers, GC) is not in these figures, so read them next to the process's CPU time.
 * Usage: JfrSplit RECORDING.jfr...
 */
public final class JfrSplit {
    /** Phase → markers: a frame whose "class.method" contains one of them belongs to the phase. */
    static final Map<String, List<String>> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("logging set-up", List.of("cli.ConsoleLogging.", "org.jboss.logmanager.LogContext."));
        PHASES.put("policy files: YAML and schema", List.of("shift.PolicyLoader."));
        PHASES.put("Kubernetes configuration and client", List.of("k8s.KubeApi.connect", "k8s.KubeEndpoints.", "k8s.JdkKubeTransport.<init>",
                "k8s.Fabric8KubeTransport.autoConfigured"));
        PHASES.put("the step: reads, gates, decision, patch, Event", List.of("shift.ShiftPass.", "shift.ShiftRunner."));
        PHASES.put("output (table, JSON)", List.of("cli.shift.Views."));
        PHASES.put("picocli: the command's model", List.of("picocli.CommandLine.<init>", "picocli.CommandLine.addSubcommand",
                "picocli.CommandLine$Model$CommandSpec.forAnnotatedObject", "cli.CommandLineConfiguration."));
        PHASES.put("picocli: parsing the arguments", List.of("picocli.CommandLine.execute"));
        PHASES.put("Quarkus start (full path only)", List.of("io.quarkus.runtime.", "io.quarkus.runner."));
    }

    private JfrSplit() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> threads = new TreeMap<>();
        Map<String, Integer> phases = new LinkedHashMap<>();
        PHASES.keySet().forEach(p -> phases.put(p, 0));
        phases.put("other (JVM start, launcher, class loading in Java)", 0);
        int recordings = 0;
        for (String file : args) {
            recordings++;
            for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                String thread = event.getThread("sampledThread").getJavaName();
                String group = thread == null ? "(unnamed)" : thread.replaceAll("-\\d+$", "-N");
                threads.merge(group, 1, Integer::sum);
                if ("main".equals(thread)) {
                    phases.merge(phase(event.getStackTrace()), 1, Integer::sum);
                }
            }
        }
        int main = threads.getOrDefault("main", 0);
        int processes = recordings;
        System.out.printf("JFR execution samples (1 ms) of %d process(es), per process:%n", processes);
        threads.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-40s %6.1f ms%n", e.getKey(), e.getValue() / (double) processes));
        System.out.printf("main thread by phase:%n");
        phases.forEach((phase, n) -> System.out.printf("  %-52s %6.1f ms  %3.0f %%%n", phase, n / (double) processes,
                main == 0 ? 0 : 100.0 * n / main));
    }

    static String phase(RecordedStackTrace stack) {
        if (stack == null) {
            return "other (JVM start, launcher, class loading in Java)";
        }
        for (Map.Entry<String, List<String>> phase : PHASES.entrySet()) {
            for (RecordedFrame frame : stack.getFrames()) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (phase.getValue().stream().anyMatch(name::contains)) {
                    return phase.getKey();
                }
            }
        }
        return "other (JVM start, launcher, class loading in Java)";
    }
}
