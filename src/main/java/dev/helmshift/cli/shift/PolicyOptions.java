package dev.helmshift.cli.shift;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every shift command shares: which policies, which namespace, which output. */
public class PolicyOptions {

    @Option(names = "--policy", required = true, paramLabel = "FILE|DIR",
            description = "ShiftPolicy file, or folder of *.yaml/*.yml files; repeatable.")
    List<Path> policies = new ArrayList<>();

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Namespace for policies that name none (default: the kubeconfig context's).")
    String namespace;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat output = OutputFormat.table;

    public enum OutputFormat { table, json }
}
