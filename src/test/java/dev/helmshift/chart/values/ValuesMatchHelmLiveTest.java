package dev.helmshift.chart.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.testing.GoJson;
import dev.helmshift.testing.HelmRunner;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Differential: runs the real helm on the probe charts (templates print {@code # NAME: {{ toJson .Values }}}) and
 * compares every chart's values with ours; when helm refuses the input, we must refuse it with helm's reason. Each case is "helm args" separated by spaces, with paths relative to
 * src/test/resources/helm-probes. Skips when helm is absent.
 */
class ValuesMatchHelmLiveTest {
    private static final Path PROBES = TestTools.projectDir().resolve("src/test/resources/helm-probes");
    private static final Pattern LINE = Pattern.compile("^# (\\w+): (\\{.*\\})", Pattern.MULTILINE);

    @ParameterizedTest(name = "coalesce {0}")
    @ValueSource(strings = {
            "",
            "--set tags.t1=true --set top.n=null --set sub.leaf.enabled=false",
            "-f coalesce-f1.yaml",
            "-f coalesce-f1.yaml -f coalesce-f2.yaml",
            "--set sub.override=null,sub.subonly=null,global.hub=x",
            "--set renamed.true=false,tags.t1=true",
            "--set sub.global.hub=local,global.nested.q=3",
            "-f coalesce-f2.yaml --set top.a=5",
            "--set keepnull.x=1",
            "--set data.extra=1,fromsub.t=null",
    })
    void coalescedValuesOfEveryChartMatchHelm(String args) {
        compare("coalesce", args);
    }

    @ParameterizedTest(name = "setvalues {0}")
    @ValueSource(strings = {
            "--set a.b=1,a.c[2]=x --set a.c[0]=y",
            "--set-string a=1,b=true --set c=2",
            "--set a={} --set b[0]={x,y}",
            "--set a\\.b\\,c=1,d=e\\=f",
    })
    void setExpressionsMatchHelm(String args) {
        compare("setvalues", args);
    }

    private static void compare(String chartName, String args) {
        Path chartDir = PROBES.resolve(chartName);
        List<String> argv = args.isBlank() ? List.of() : List.of(args.split(" "));
        HelmRunner.Result helm = runHelm(chartDir, argv);
        Map<String, String> expected = new TreeMap<>();
        Matcher m = LINE.matcher(helm.output());
        while (m.find()) {
            expected.put(m.group(1), m.group(2));
        }
        Chart chart = ChartLoader.load(chartDir);
        List<Path> files = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> stringSets = new ArrayList<>();
        for (int i = 0; i < argv.size(); i += 2) {
            switch (argv.get(i)) {
                case "-f" -> files.add(PROBES.resolve(argv.get(i + 1)));
                case "--set" -> sets.add(argv.get(i + 1));
                case "--set-string" -> stringSets.add(argv.get(i + 1));
                default -> throw new IllegalArgumentException(argv.get(i));
            }
        }
        ValueInputs inputs = new ValueInputs("default", files, sets, stringSets);
        if (helm.exitCode() != 0) {
            String helmReason = helm.output().strip().replaceFirst("^Error: failed parsing --set data: ", "");
            assertThatThrownBy(() -> ValuesResolver.resolve(chart, inputs))
                    .isInstanceOf(dev.helmshift.chart.BadSetException.class).hasMessageEndingWith(helmReason);
            return;
        }
        Resolution r = ValuesResolver.resolve(chart, inputs);
        Map<String, String> actual = new TreeMap<>();
        for (ResolvedChart c : r.root().allCharts()) {
            String key = c.path().equals(chartName) ? "root" : c.chart().name();
            actual.put(key, GoJson.write(c.values()));
        }
        if (chartName.equals("setvalues")) {
            actual = Map.of("values", GoJson.write(r.values()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static HelmRunner.Result runHelm(Path chartDir, List<String> argv) {
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            resolved.add(i > 0 && argv.get(i - 1).equals("-f") ? PROBES.resolve(a).toString() : a);
        }
        return HelmRunner.template("x", chartDir, resolved);
    }
}
