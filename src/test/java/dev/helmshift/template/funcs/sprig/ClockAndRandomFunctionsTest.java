package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Functions whose output depends on the clock or on randomness: their shape is checked, and the deterministic
 * parts (layouts, durations, parsing) exactly.
 */
class ClockAndRandomFunctionsTest {
    private static final ZonedDateTime T = ZonedDateTime.of(2024, 3, 5, 7, 8, 9, 123_400_000, ZoneOffset.UTC);

    @Test
    void goLayoutsFormatEveryElement() {
        assertThat(GoTimeFormat.format(T, "Monday January 2 2006 03:04:05.000 PM MST -07:00 Z0700 002 _2 .999"))
                .isEqualTo("Tuesday March 5 2024 07:08:09.123 AM UTC +00:00 Z 065  5 .123");
        assertThat(new GoTime(T).goString()).isEqualTo("2024-03-05 07:08:09.1234 +0000 UTC");
    }

    @Test
    void toDateParsesWithTheLayoutAndReportsGoErrors() {
        ZonedDateTime parsed = GoTimeFormat.parse("2006-01-02T15:04:05Z07:00", "2024-03-05T17:08:09+02:00", ZoneOffset.UTC);
        assertThat(parsed.toEpochSecond()).isEqualTo(1709651289L);
        assertThatThrownBy(() -> GoTimeFormat.parse("2006-01-02", "2024-3-05", ZoneOffset.UTC))
                .hasMessage("parsing time \"2024-3-05\" as \"2006-01-02\": cannot parse \"3-05\" as \"01\"");
    }

    @Test
    void durationsPrintAndParseAsGo() {
        assertThat(GoDuration.format(95_000_000_000L)).isEqualTo("1m35s");
        assertThat(GoDuration.format(1_500_000L)).isEqualTo("1.5ms");
        assertThat(GoDuration.format(3_600_000_000_000L)).isEqualTo("1h0m0s");
        assertThat(GoDuration.parse("1h30m")).isEqualTo(5_400_000_000_000L);
        assertThat(GoDuration.parse("-1.5s")).isEqualTo(-1_500_000_000L);
        assertThatThrownBy(() -> GoDuration.parse("5")).isInstanceOf(FunctionException.class)
                .hasMessage("time: missing unit in duration \"5\"");
        assertThat(DateFunctions.durationRound("49h")).isEqualTo("2d");
        assertThat(DateFunctions.duration(3601L)).isEqualTo("1h0m1s");
    }

    @Test
    void clockFunctionsFollowTheClock() {
        ZonedDateTime before = ZonedDateTime.now();
        GoTime now = GoTime.now();
        assertThat(now.value()).isAfterOrEqualTo(before);
        assertThat(DateFunctions.ago(GoTime.unix(now.value().toEpochSecond() - 90))).isIn("1m30s", "1m31s");
        assertThat(DateFunctions.dateInZone("2006", 1.5, "UTC")).isEqualTo(Integer.toString(ZonedDateTime.now(ZoneOffset.UTC).getYear()));
    }

    @Test
    void randomFunctionsGiveTheAskedShape() {
        assertThat(Randoms.randAlphaNum(16)).matches("[A-Za-z0-9]{16}");
        assertThat(Randoms.randAlpha(8)).matches("[A-Za-z]{8}");
        assertThat(Randoms.randNumeric(5)).matches("[0-9]{5}");
        assertThat(Randoms.randAscii(10)).matches("[ -~]{10}");
        assertThat(Randoms.uuidv4()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(Randoms.randInt(3, 4)).isEqualTo(3);
        assertThat(Randoms.shuffle("aabbc").chars().sorted().toArray()).isEqualTo("aabbc".chars().toArray());
        assertThat(Randoms.randAlphaNum(16)).isNotEqualTo(Randoms.randAlphaNum(16));
    }
}
