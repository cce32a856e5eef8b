package io.github.rectrack.testkit;

import java.nio.charset.StandardCharsets;

/** Says where two outputs first differ, for failure messages. */
final class Bytes {

    private Bytes() {}

    static String firstDifference(byte[] expected, byte[] actual) {
        int n = Math.min(expected.length, actual.length);
        int i = 0;
        while (i < n && expected[i] == actual[i]) {
            i++;
        }
        if (i == n && expected.length == actual.length) {
            return "no difference";
        }
        return "first difference at byte " + i + " of " + expected.length + " and " + actual.length + ": expected \""
                + around(expected, i) + "\" but was \"" + around(actual, i) + "\"";
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(bytes.length, at + 40);
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n");
    }
}
