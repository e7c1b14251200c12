package dev.helmshift.report;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Block-style YAML of plain Map/List/scalar values (whole floats as Go prints them, see {@link GoNumbers}), keys in the order of the maps (callers sort when they need to). */
public final class YamlText {
    private YamlText() {
    }

    public static String write(Object plain) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        return new Yaml(options).dump(GoNumbers.forDisplay(PlainValues.require(plain)));
    }
}
