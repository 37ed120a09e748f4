package org.amilab.playground.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bytes of live objects per class in another JVM, from {@code jcmd <pid> GC.class_histogram}, which
 * runs a full collection first so that only reachable objects count.
 */
record HeapHistogram(Map<String, Long> bytesByClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+).*$", Pattern.MULTILINE);

    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        String text = Jcmd.run(pid, "GC.class_histogram");
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return new HeapHistogram(bytes);
    }

    long total() {
        return bytesByClass.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The {@code top} classes that grew most since {@code before}, in bytes divided by {@code per}. */
    String growthSince(HeapHistogram before, int per, int top) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format(Locale.ROOT, "  %,9d B  %s", e.getValue() / per, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
