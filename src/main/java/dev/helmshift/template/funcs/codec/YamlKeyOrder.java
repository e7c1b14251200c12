package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;

import java.util.Comparator;

/**
 * The order go-yaml writes map keys in: not plain string order but a "natural" one, where runs of digits compare by
 * value ({@code a2} before {@code a10}) and a letter sorts after any non-letter ({@code a_} before {@code aB}).
 */
final class YamlKeyOrder implements Comparator<String> {
    static final YamlKeyOrder INSTANCE = new YamlKeyOrder();

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b) ? -1 : 1;
    }

    private static boolean less(String a, String b) {
        // go-yaml compares []rune(s): a byte that is not UTF-8 is U+FFFD there.
        int[] ar = GoBytes.toValidUtf8(a).codePoints().toArray();
        int[] br = GoBytes.toValidUtf8(b).codePoints().toArray();
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
