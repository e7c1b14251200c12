package dev.helmshift.chart.schema;

import dev.helmshift.testing.GoMapOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a render answers about the schemas: the error text after {@code Error: } (null when it renders) and the
 * WARN lines ({@code MESSAGE urn=URN}). Also the comparisons of {@link SchemaCase.Compare}.
 */
record HelmAnswer(String error, List<String> warnings) {
    private static final Pattern SLOG_WARN = Pattern.compile("level=WARN msg=\"(.*)\" (.*)");

    HelmAnswer {
        warnings = List.copyOf(warnings);
    }

    /** helm's stderr: WARN lines, then {@code Error: TEXT} and the newline cobra adds. */
    static HelmAnswer fromHelmStderr(String stderr, int exitCode) {
        List<String> warnings = new ArrayList<>();
        int errorAt = stderr.indexOf("Error: ");
        String before = errorAt < 0 ? stderr : stderr.substring(0, errorAt);
        for (String line : before.split("\n")) {
            Matcher m = SLOG_WARN.matcher(line);
            if (m.matches()) {
                warnings.add(m.group(1) + " " + m.group(2));
            }
        }
        if (exitCode == 0) {
            return new HelmAnswer(null, warnings);
        }
        String error = errorAt < 0 ? stderr : stderr.substring(errorAt + "Error: ".length());
        return new HelmAnswer(error.endsWith("\n") ? error.substring(0, error.length() - 1) : error, warnings);
    }

    /** Runs helm (a full command line) and reads its answer from stderr. */
    static HelmAnswer run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("helm did not finish: " + command);
        }
        return fromHelmStderr(stderr, process.exitValue());
    }

    /** Runs the jobs on four threads; their answers by key. */
    static Map<String, HelmAnswer> runAll(Map<String, Callable<HelmAnswer>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<HelmAnswer>> running = new TreeMap<>();
            jobs.forEach((key, job) -> running.put(key, pool.submit(job)));
            Map<String, HelmAnswer> answers = new TreeMap<>();
            for (Map.Entry<String, Future<HelmAnswer>> e : running.entrySet()) {
                answers.put(e.getKey(), e.getValue().get(600, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static HelmAnswer fromJson(Map<String, Object> json) {
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) json.getOrDefault("warnings", List.of());
        return new HelmAnswer((String) json.get("error"), warnings);
    }

    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", error);
        out.put("warnings", warnings);
        return out;
    }

    /** This answer in the form the case compares: exact, or as a line multiset. */
    HelmAnswer comparable(SchemaCase.Compare compare) {
        if (error == null) {
            return this;
        }
        return switch (compare) {
            case EXACT -> this;
            case ANY_ORDER -> new HelmAnswer(linesInAnyOrder(error), warnings);
        };
    }

    static String linesInAnyOrder(String text) {
        return GoMapOrder.linesInAnyOrder(text);
    }
}
