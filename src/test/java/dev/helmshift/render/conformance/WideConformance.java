package dev.helmshift.render.conformance;

import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wide differential suite's runner (bench/wide-conformance.sh lays the corpus out and calls it): every chart of
 * target/wide-corpus/SOURCE/CHART × each of its value sets ({@link WideCase}) rendered by the real helm v4.1.4
 * (cached by {@link HelmOracle}) and in-process by helmshift, compared as {@link HelmConformanceTest} compares.
 * Prints counts per source and each difference with its gist; writes every difference in full to
 * target/wide-conformance/differences.txt.
 * <p>
 * Arguments: HELM CORPUS_DIR [LABEL_REGEX]. System properties: {@code wide.threads} (default 2) cases at once,
 * {@code wide.packaged} renders the .tgz that {@code helm package} makes of each chart instead of its folder,
 * {@code wide.kubeVersion} a Kubernetes version given to both as {@code --kube-version} (default: helm's),
 * {@code wide.timeout} (default 120) seconds after which a helmshift render counts as never ending, {@code wide.out}
 * the folder for differences.txt.
 */
public final class WideConformance {
    private static final Pattern MISSING_FUNCTION = Pattern.compile("function \\\\?\"(\\w+)\\\\?\" not defined");
    private static final long TIMEOUT_SECONDS = Long.getLong("wide.timeout", 120);
    private static final ExecutorService RENDERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "wide-render");
        thread.setDaemon(true);
        return thread;
    });

    private WideConformance() {
    }

    record Result(WideCase c, Verdict verdict) {
    }

    public static void main(String[] args) throws Exception {
        run(args, ChartRenderService.withHelmFunctions());
    }

    /** The suite with the given helmshift renderer. */
    static void run(String[] args, ChartRenderService helmshift) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WideConformance HELM CORPUS_DIR [LABEL_REGEX]");
            System.exit(2);
        }
        Path corpus = Path.of(args[1]).toAbsolutePath();
        Pattern only = Pattern.compile(args.length > 2 ? args[2] : ".*");
        HelmOracle helm = new HelmOracle(Path.of(args[0]), corpus.resolveSibling("helm-cache-wide"));
        Map<String, List<String>> skipped = new TreeMap<>();
        skipped(corpus).forEach((source, charts) -> charts.stream().filter(s -> only.matcher(source + "/" + s).find())
                .forEach(s -> skipped.computeIfAbsent(source, k -> new ArrayList<>()).add(s)));
        Packager packager = Boolean.getBoolean("wide.packaged")
                ? new Packager(Path.of(args[0]), corpus.resolveSibling("wide-packages"), skipped) : null;
        List<WideCase> cases = cases(corpus, only, packager);
        int threads = Integer.getInteger("wide.threads", 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Result>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (WideCase c : cases) {
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                Result r = run(helm, helmshift, c);
                System.err.printf("[%d/%d] %s %s %d ms%n", done.incrementAndGet(), cases.size(), c.label(),
                        r.verdict().outcome(), (System.nanoTime() - start) / 1_000_000);
                return r;
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        report(results, skipped, Path.of(System.getProperty("wide.out",
                corpus.resolveSibling("wide-conformance").toString())));
        System.exit(0);
    }

    private static Result run(HelmOracle helm, ChartRenderService helmshift, WideCase c) throws InterruptedException, ExecutionException {
        HelmOracle.Run run = helm.template(c.release(), c.rendered(), c.helmArgs());
        RenderOptions options = c.options();
        Future<Verdict> verdict = RENDERS.submit(
                () -> Verdict.of(run, () -> helmshift.render(c.rendered(), c.inputs(), options),
                        () -> helm.template(c.release(), c.rendered(), c.helmArgs(), 2)));
        try {
            return new Result(c, verdict.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            // a render that never ends is a bug to report, not a reason to stop the suite (its thread is left behind)
            verdict.cancel(true);
            return new Result(c, new Verdict(Verdict.Outcome.DIFFER, false,
                    "helmshift did not finish in " + TIMEOUT_SECONDS + " s"));
        }
    }

    /**
     * Every SOURCE/CHART folder with a Chart.yaml, each with its cases whose label {@code only} finds; rendered from
     * the folder, or from the package {@code packager} makes of it.
     */
    static List<WideCase> cases(Path corpus, Pattern only, Packager packager) throws IOException {
        List<WideCase> all = new ArrayList<>();
        try (Stream<Path> sources = Files.list(corpus)) {
            for (Path source : sources.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList()) {
                try (Stream<Path> charts = Files.list(source)) {
                    for (Path chart : charts.filter(d -> Files.isRegularFile(d.resolve("Chart.yaml"))).sorted()
                            .toList()) {
                        String name = source.getFileName().toString();
                        List<WideCase> wanted = WideCase.of(name, chart, chart, System.getProperty("wide.kubeVersion"))
                                .stream().filter(c -> only.matcher(c.label()).find()).toList();
                        if (wanted.isEmpty() || packager == null) {
                            all.addAll(wanted);
                            continue;
                        }
                        Path archive = packager.pack(name, chart);
                        if (archive != null) {
                            wanted.forEach(c -> all.add(new WideCase(c.source(), c.chart(), c.chartDir(), archive,
                                    c.values(), c.release(), c.namespace(), c.kubeVersion())));
                        }
                    }
                }
            }
        }
        return all;
    }

    /** {@code helm package} of each chart, once; a chart helm cannot package is skipped with helm's reason. */
    record Packager(Path helm, Path into, Map<String, List<String>> skipped) {
        Path pack(String source, Path chart) throws IOException {
            Path dir = into.resolve(source).resolve(chart.getFileName().toString());
            try (Stream<Path> done = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
                Optional<Path> archive = done.filter(f -> f.toString().endsWith(".tgz")).findFirst();
                if (archive.isPresent()) {
                    return archive.get();
                }
            }
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(helm.toString(), "package", chart.toString(), "-d", dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (process.waitFor() == 0) {
                    return pack(source, chart);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (skipped) {
                skipped.computeIfAbsent(source, s -> new ArrayList<>()).add(chart.getFileName() + ": helm package: "
                        + output.strip().lines().reduce((a, b) -> b).orElse(""));
            }
            return null;
        }
    }

    /** source → skipped charts with their reason, from the layout's skipped.tsv. */
    private static Map<String, List<String>> skipped(Path corpus) throws IOException {
        Map<String, List<String>> skipped = new TreeMap<>();
        Path file = corpus.resolve("skipped.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] cols = line.split("\t");
                if (cols.length >= 6) {
                    skipped.computeIfAbsent(cols[0], s -> new ArrayList<>()).add(cols[1] + ": " + cols[5]);
                }
            }
        }
        return skipped;
    }

    private static void report(List<Result> results, Map<String, List<String>> skipped, Path outDir)
            throws IOException {
        Map<String, Map<Verdict.Outcome, Integer>> counts = new TreeMap<>();
        Map<String, Integer> identical = new TreeMap<>();
        Map<String, Integer> charts = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, String> seenCharts = new TreeMap<>();
        for (Result r : results) {
            String source = r.c().source();
            counts.computeIfAbsent(source, s -> new EnumMap<>(Verdict.Outcome.class))
                    .merge(r.verdict().outcome(), 1, Integer::sum);
            if (r.verdict().byteIdentical()) {
                identical.merge(source, 1, Integer::sum);
            }
            if (seenCharts.put(source + "/" + r.c().chart(), "") == null) {
                charts.merge(source, 1, Integer::sum);
            }
            if (r.verdict().why() != null) {
                categories.merge(category(r.verdict().why()), 1, Integer::sum);
            }
        }
        skipped.keySet().forEach(s -> counts.computeIfAbsent(s, k -> new EnumMap<>(Verdict.Outcome.class)));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("%-22s %6s %6s %6s %6s %6s %6s %6s %7s%n", "source", "charts", "cases", "same", "bytes", "random",
                "fail=", "differ", "skipped");
        int[] total = new int[8];
        for (var e : counts.entrySet()) {
            Map<Verdict.Outcome, Integer> c = e.getValue();
            int[] row = {charts.getOrDefault(e.getKey(), 0), c.values().stream().mapToInt(Integer::intValue).sum(),
                    c.getOrDefault(Verdict.Outcome.SAME_DOCUMENTS, 0), identical.getOrDefault(e.getKey(), 0),
                    c.getOrDefault(Verdict.Outcome.SAME_RANDOM_MASKED, 0), c.getOrDefault(Verdict.Outcome.SAME_FAILURE, 0),
                    c.getOrDefault(Verdict.Outcome.DIFFER, 0), skipped.getOrDefault(e.getKey(), List.of()).size()};
            out.printf("%-22s %6d %6d %6d %6d %6d %6d %6d %7d%n", e.getKey(), row[0], row[1], row[2], row[3], row[4],
                    row[5], row[6], row[7]);
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
        }
        out.printf("%-22s %6d %6d %6d %6d %6d %6d %6d %7d%n", "TOTAL", total[0], total[1], total[2], total[3], total[4],
                total[5], total[6], total[7]);
        out.println("(charts: laid out and rendered; cases: chart x value set; same: same documents, of which bytes:"
                + " byte-identical; random: same documents once the values helm itself prints differently on every run"
                + " are left out; fail=: same failure as helm; skipped: charts left out, reason below)");
        categories.forEach((category, n) -> out.printf("differences by category: %-28s %d%n", category, n));
        Files.createDirectories(outDir);
        StringBuilder full = new StringBuilder();
        for (Result r : results) {
            if (r.verdict().why() != null) {
                String gist = r.verdict().why().lines().findFirst().orElse("");
                out.println("  differs: " + r.c().label() + " [" + category(r.verdict().why()) + "]: "
                        + (gist.length() > 400 ? gist.substring(0, 400) + "..." : gist));
                full.append("=== ").append(r.c().label()).append('\n').append(r.verdict().why()).append("\n\n");
            }
        }
        skipped.forEach((source, list) -> list.forEach(s -> out.println("  skipped: " + source + "/" + s)));
        Files.writeString(outDir.resolve("differences.txt"), full);
        out.println("full texts: " + outDir.resolve("differences.txt"));
    }

    /**
     * A first sorting of a difference by whose area it is: values.schema.json validation and missing template
     * functions are handled apart from the engine's own differences.
     */
    static String category(String why) {
        if (why.contains("values don't meet the specifications of the schema")) {
            return "values.schema.json";
        }
        Matcher function = MISSING_FUNCTION.matcher(why);
        if (function.find()) {
            return "missing function " + function.group(1);
        }
        if (why.startsWith("helmshift crashed") || why.startsWith("helmshift did not finish")) {
            return "crash";
        }
        if (why.startsWith("helmshift fails")) {
            return why.contains("helm renders") ? "helmshift fails, helm renders" : "different failure";
        }
        if (why.startsWith("helm fails")) {
            return "helm fails, helmshift renders";
        }
        return "different documents";
    }
}
