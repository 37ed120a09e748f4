package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Protection;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Actions per second through {@link PlaygroundService}: each action loads, acts, saves and
 * commits. A hundred learners cycle through stop, start, reboot, type change, protection and clock
 * actions on two instances each; some are refused (stopping an instance that is still stopping),
 * as happens in class. Figures only, no timing assertions.
 *
 * <p>Besides wall-clock throughput it reports the CPU time the whole JVM spent per action (GC and
 * JIT included), because a machine shared with other builds depresses wall-clock figures: two
 * cores divided by that CPU time is what the machine would do on its own.
 */
@Tag("benchmark")
class PlaygroundServiceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundServiceBenchmark.class);
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int LEARNERS = 100;
    /** Enough for the JIT to compile the hot paths: with 2,000 the first figures were half the steady ones. */
    private static final int WARM_UP_ACTIONS = 20_000;
    private static final int MEASURED_ACTIONS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void onTheShippedFileDatabase() throws Exception {
        try (ConfigurableApplicationContext app = PlaygroundOnlyConfiguration.start(dataDir, Clock.systemUTC())) {
            measure(app, "H2 file, WRITE_DELAY=0");
        }
    }

    @Test
    void inMemory() throws Exception {
        try (ConfigurableApplicationContext app = PlaygroundOnlyConfiguration.startOn(
                "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1", Clock.systemUTC())) {
            measure(app, "H2 in memory");
        }
    }

    private static void measure(ConfigurableApplicationContext app, String database) throws Exception {
        PlaygroundService service = app.getBean(PlaygroundService.class);
        // warmed up on learners of its own, so the measured playgrounds are as young as before
        List<Learner> warmUp = new ArrayList<>();
        List<Learner> learners = new ArrayList<>();
        for (int n = 0; n < LEARNERS; n++) {
            warmUp.add(Learner.start(app, service, "warm-" + n));
            learners.add(Learner.start(app, service, "bench-" + n));
        }
        run(service, warmUp, 1, WARM_UP_ACTIONS, database + ", warm-up");
        run(service, learners, 1, MEASURED_ACTIONS, database + ", 1 thread");
        run(service, learners, 2, MEASURED_ACTIONS, database + ", 2 threads");
        int largest = app.getBean(StoredPlaygroundRepository.class).findAll().stream()
                .mapToInt(p -> p.getResources().length()).max().orElseThrow();
        log.info("{}: {} learners, {} log lines each; largest stored playground {} characters; {} cores, {} {}",
                database, LEARNERS, as(learners.get(0).name, service::events).size(), largest,
                OS.getAvailableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static void run(PlaygroundService service, List<Learner> learners, int threads, int actions, String label)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int perThread = actions / threads;
            int learnersPerThread = learners.size() / threads;
            List<Future<long[]>> timings = new ArrayList<>();
            long cpuBefore = OS.getProcessCpuTime();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                List<Learner> own = learners.subList(t * learnersPerThread, (t + 1) * learnersPerThread);
                timings.add(pool.submit(() -> actAs(service, own, perThread)));
            }
            long[] all = new long[perThread * threads];
            for (int t = 0; t < threads; t++) {
                System.arraycopy(timings.get(t).get(), 0, all, t * perThread, perThread);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillisPerAction = (OS.getProcessCpuTime() - cpuBefore) / 1e6 / all.length;
            Arrays.sort(all);
            log.info("{}: {} actions/s ({} in {} s); per action median {} ms, p99 {} ms; JVM CPU {} ms per action"
                    + " = {} actions per CPU-second; load average {}", label, Math.round(all.length / seconds), all.length,
                    format(seconds), millis(all[all.length / 2]), millis(all[all.length * 99 / 100]),
                    format(cpuMillisPerAction), Math.round(1000 / cpuMillisPerAction), format(OS.getSystemLoadAverage()));
        } finally {
            pool.shutdown();
        }
    }

    private static long[] actAs(PlaygroundService service, List<Learner> learners, int actions) {
        long[] nanos = new long[actions];
        for (int i = 0; i < actions; i++) {
            Learner learner = learners.get(i % learners.size());
            Function<PlaygroundService, Object> action = learner.next();
            long before = System.nanoTime();
            as(learner.name, () -> action.apply(service));
            nanos[i] = System.nanoTime() - before;
        }
        return nanos;
    }

    private static String millis(long nanos) {
        return format(nanos / 1e6);
    }

    private static String format(double value) {
        return String.format("%.2f", value);
    }

    /** A learner with two running instances, going round a fixed list of actions. */
    private static final class Learner {

        private final String name;
        private final List<Function<PlaygroundService, Object>> cycle;
        private int position;

        private Learner(String name, String a, String b) {
            this.name = name;
            this.cycle = List.of(
                    s -> s.execute(PlaygroundCommand.StopInstances.of(a)),
                    s -> s.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1))),
                    s -> s.execute(new PlaygroundCommand.ModifyInstanceType(a, "t3.medium")),
                    s -> s.execute(PlaygroundCommand.StartInstances.of(a)),
                    s -> s.execute(PlaygroundCommand.RebootInstances.of(b)),
                    s -> s.execute(new PlaygroundCommand.SetProtection(b, Protection.TERMINATION, true)),
                    s -> s.execute(PlaygroundCommand.StopInstances.of(a)),
                    s -> s.execute(new PlaygroundCommand.SetProtection(b, Protection.TERMINATION, false)),
                    s -> s.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1))),
                    s -> s.execute(new PlaygroundCommand.ModifyInstanceType(a, "t3.micro")),
                    s -> s.execute(PlaygroundCommand.StartInstances.of(a)));
        }

        static Learner start(ConfigurableApplicationContext app, PlaygroundService service, String name) {
            PlaygroundOnlyConfiguration.addAccount(app, name);
            List<String> ids = as(name, () -> {
                service.execute(new PlaygroundCommand.SetClockSpeed(60));
                return service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")
                        .withCount(2))).value().stream().map(i -> i.id()).toList();
            });
            assertThat(ids).hasSize(2);
            return new Learner(name, ids.get(0), ids.get(1));
        }

        Function<PlaygroundService, Object> next() {
            return cycle.get(position++ % cycle.size());
        }
    }
}
