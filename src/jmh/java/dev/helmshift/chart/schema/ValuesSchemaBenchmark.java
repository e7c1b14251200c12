package dev.helmshift.chart.schema;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.schema.engine.HelmUrlLoader;
import dev.helmshift.chart.schema.engine.JsonSchema;
import dev.helmshift.chart.schema.engine.SchemaException;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The values schema check in a warm JVM. {@code gateway*}: istio-1.24.6's gateway chart, its real schema and
 * default values (compile + validate, and validate only). {@code istio*}: the effective values of istio-1.0.4's
 * umbrella chart (all subcharts, 791 nodes) against a schema generated from them that names every key and type
 * with additionalProperties false, so every value is visited. Run with {@code bash bench/jmh.sh ValuesSchemaBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValuesSchemaBenchmark {
    private Resolution gateway;
    private ValuesSchemas gatewaySchemas;
    private byte[] istioSchema;
    private JsonSchema istioCompiled;
    private Map<String, Object> istioValues;

    @Setup
    public void load() throws SchemaException {
        gateway = ValuesResolver.resolve(ChartLoader.load(Path.of("../shared/corpus/istio-1.24.6/gateway")),
                ValueInputs.profile("default"));
        gatewaySchemas = new ValuesSchemas();
        gatewaySchemas.checkResolution(gateway);
        Chart istio = ChartLoader.load(Path.of("../shared/corpus/istio-1.0.4/istio"));
        istioValues = ValuesResolver.resolve(istio, ValueInputs.profile("default")).values();
        istioSchema = schemaOf(istioValues).getBytes(StandardCharsets.UTF_8);
        istioCompiled = JsonSchema.compile(istioSchema, new HelmUrlLoader(new ArrayList<>()));
        if (istioCompiled.validate(istioValues) != null) {
            throw new IllegalStateException("the generated schema must accept the values it describes");
        }
    }

    /** Compile the gateway schema and check the gateway's default values, as one render does. */
    @Benchmark
    public Object gatewayCompileAndCheck() {
        return ValuesSchemas.check(gateway);
    }

    /** Check again with the schema compiled (analyze's second and later profiles). */
    @Benchmark
    public Object gatewayCheckCompiled() {
        return gatewaySchemas.checkResolution(gateway);
    }

    @Benchmark
    public Object istioCompile() throws SchemaException {
        return JsonSchema.compile(istioSchema, new HelmUrlLoader(new ArrayList<>()));
    }

    @Benchmark
    public Object istioValidate() {
        return istioCompiled.validate(istioValues);
    }

    /** A schema naming every key and JSON type of a values tree. */
    public static String schemaOf(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{");
            List<String> parts = new ArrayList<>();
            map.forEach((k, val) -> parts.add(quote((String) k) + ":" + schemaOf(val)));
            return sb.append(String.join(",", parts)).append("}}").toString();
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(schemaOf(item)));
            return "{\"type\":\"array\",\"prefixItems\":[" + String.join(",", items) + "]}";
        }
        if (v == null) {
            return "{\"type\":\"null\"}";
        }
        if (v instanceof String) {
            return "{\"type\":\"string\",\"maxLength\":100000}";
        }
        if (v instanceof Boolean) {
            return "{\"type\":\"boolean\"}";
        }
        return "{\"type\":\"number\",\"minimum\":-1e18}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
