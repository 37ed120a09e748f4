package org.amilab.playground.ui;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Live threads in another JVM by pool, from {@code jcmd <pid> Thread.print}: a pool that grows with
 * the learners costs heap (each thread keeps buffers of its own) and shows here first.
 */
record ThreadCensus(Map<String, Integer> threadsByPool) {

    /** A thread's name without its number, e.g. "http-nio-8080-exec" for "http-nio-8080-exec-7". */
    private static final Pattern THREAD = Pattern.compile("^\"(.*?)(-?\\d+)?\" #", Pattern.MULTILINE);

    static ThreadCensus of(long pid) throws IOException, InterruptedException {
        String text = Jcmd.run(pid, "Thread.print");
        Map<String, Integer> pools = new TreeMap<>();
        Matcher thread = THREAD.matcher(text);
        while (thread.find()) {
            pools.merge(thread.group(1), 1, Integer::sum);
        }
        return new ThreadCensus(pools);
    }

    int total() {
        return threadsByPool.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The pools with more than one thread, largest first. */
    @Override
    public String toString() {
        return total() + " threads; " + threadsByPool.entrySet().stream().filter(pool -> pool.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(pool -> pool.getKey() + " " + pool.getValue()).collect(Collectors.joining(", "));
    }
}
