package org.amilab.playground.ui;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

/** Bytes of live objects per class in this JVM, through the same diagnostic command as {@code jcmd GC.class_histogram}. */
final class HeapHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+).*$", Pattern.MULTILINE);

    private HeapHistogram() {
    }

    /** Runs a full collection first, as the diagnostic command does, so only reachable objects count. */
    static Map<String, Long> take() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            Matcher row = ROW.matcher(text);
            while (row.find()) {
                bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            }
            return bytes;
        } catch (JMException e) {
            throw new IllegalStateException("the JVM did not give a class histogram", e);
        }
    }

    /** The {@code top} classes that grew most from {@code before} to {@code after}, divided by {@code per}. */
    static String growth(Map<String, Long> before, Map<String, Long> after, int per, int top) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format(Locale.ROOT, "  %,8d B  %s", e.getValue() / per, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
