package dev.helmshift.chart.values;

import dev.helmshift.chart.BadSetException;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.testing.GoJson;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * --set parsing and typing, held to helm v4.1.4. Each expected value was recorded from
 * {@code helm template x src/test/resources/helm-probes/setvalues --set EXPR} whose template prints
 * {@code {{ toJson .Values }}} (see src/test/resources/helm-probes/README.md); {@code HelmDifferentialTest}
 * re-runs helm on the same cases when it is installed.
 */
class SetParserMatchesHelmTest {

    static Map<String, Object> valuesFor(String set) {
        Chart chart = ChartLoader.load(TestTools.projectDir().resolve("src/test/resources/helm-probes/setvalues"));
        return ValuesResolver.resolve(chart, "default", List.of(), List.of(set)).values();
    }

    @ParameterizedTest(name = "--set {0} gives {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a=1                     | {"a":1}
            a=01                    | {"a":"01"}
            a=TRUE                  | {"a":true}
            a=null                  | {"a":null}
            a={1,b,true}            | {"a":[1,"b",true]}
            a[1]=x                  | {"a":[null,"x"]}
            a\\.b=c                 | {"a.b":"c"}
            a=x\\,y                 | {"a":"x,y"}
            a=1.5                   | {"a":"1.5"}
            a=-5                    | {"a":-5}
            a=+5                    | {"a":5}
            a=9223372036854775808   | {"a":"9223372036854775808"}
            a=                      | {"a":""}
            'a=1,b=2'               | {"a":1,"b":2}
            'a.b.c=1,a.b.d=2'       | {"a":{"b":{"c":1,"d":2}}}
            'a[0].b=1,a[0].c=2'     | {"a":[{"b":1,"c":2}]}
            a[1][0]=z               | {"a":[null,["z"]]}
            a[0]                    | {"a":[]}
            a=x=y                   | {"a":"x=y"}
            a=0                     | {"a":0}
            a=-0                    | {"a":0}
            """)
    void typesAndNestsLikeHelm(String set, String expectedJson) {
        assertThat(GoJson.write(valuesFor(set))).isEqualTo(expectedJson);
    }

    @ParameterizedTest(name = "--set {0} fails with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a                | key "a" has no value
            a.b              | key "b" has no value
            a[x]=1           | error parsing index: strconv.Atoi: parsing "x": invalid syntax
            a={1,2           | list must terminate with '}'
            'a=1,,b=2'       | key "" has no value (cannot end with ,)
            'a,b=1'          | key "a" has no value (cannot end with ,)
            'a=1,a.b=2'      | unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}
            'a.b=1,a[0]=2'   | unable to parse key: interface conversion: interface {} is map[string]interface {}, not []interface {}
            'a[0]=1,a.b=2'   | unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}
            a[65537]=1       | index of 65537 is greater than maximum supported index of 65536
            a[-1]=1          | negative -1 index not allowed
            a[0]x=1          | unexpected data at end of array index: ['x']
            a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a=1 | value name nested level is greater than maximum supported nested level of 30
            """)
    void refusesWhatHelmRefusesWithHelmsReason(String set, String helmError) {
        assertThatThrownBy(() -> valuesFor(set))
                .isInstanceOf(BadSetException.class)
                .hasMessage("bad --set '" + set + "': " + helmError);
    }

    @org.junit.jupiter.api.Test
    void setStringKeepsEveryValueAString() {
        Map<String, Object> dest = new java.util.LinkedHashMap<>();
        SetParser.parseIntoString("a=1,b=true,c={2,x},d=null", dest);
        assertThat(GoJson.write(dest)).isEqualTo("{\"a\":\"1\",\"b\":\"true\",\"c\":[\"2\",\"x\"],\"d\":\"null\"}");
    }
}
