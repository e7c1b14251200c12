package dev.helmshift.template.funcs.helm;

import dev.helmshift.template.funcs.value.GoPrint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fromToml's times depend on the local time zone as in Go: an offset that is the local one at that instant gives the
 * Local location (printed with its abbreviation), another one a fixed zone printed as its offset, and a local
 * datetime the zone offset of now. FunctionCasesTest pins the UTC case; this one runs under Europe/Berlin, where
 * helm v4.1.4 (TZ=Europe/Berlin) printed the expectations below.
 */
class FromTomlTimeZonesTest {

    @Test
    void offsetsOutsideUtcGetGosLocations() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            String nowOffset = ZoneId.of("Europe/Berlin").getRules().getOffset(Instant.now()).getTotalSeconds() == 3600
                    ? "+0100" : "+0200";
            String text = "a = 1979-05-27T07:32:00+00:00\nb = 1979-05-27T07:32:00+01:00\n"
                    + "c = 1979-05-27T07:32:00+02:00\nd = 1979-05-27T07:32:00\ne = 1979-01-27T07:32:00+01:00";
            assertThat(GoPrint.sprint(HelmFunctions.fromToml(text))).isEqualTo("map[a:1979-05-27 07:32:00 +0000 +0000 "
                    + "b:1979-05-27 07:32:00 +0100 CET c:1979-05-27 07:32:00 +0200 +0200 "
                    + "d:1979-05-27 07:32:00 " + nowOffset + " datetime-local e:1979-01-27 07:32:00 +0100 CET]");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
