package org.amilab.playground;

import static org.amilab.SignedInAs.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How big a playground's stored document gets, and what an action costs, after 10,000 launches
 * and terminations, against a new playground doing the same. Figures only, no assertions on them.
 */
@Tag("benchmark")
class PlaygroundStorageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundStorageBenchmark.class);
    private static final int CYCLES = 10_000;
    private static final int MEASURED_CYCLES = 500;

    @TempDir
    Path dataDir;

    @Test
    void tenThousandLaunchesAndTerminations() {
        try (ConfigurableApplicationContext app = PlaygroundOnlyConfiguration.start(dataDir, Clock.systemUTC())) {
            PlaygroundService service = app.getBean(PlaygroundService.class);
            StoredPlaygroundRepository rows = app.getBean(StoredPlaygroundRepository.class);
            PlaygroundOnlyConfiguration.addAccount(app, "veteran");
            PlaygroundOnlyConfiguration.addAccount(app, "newcomer");
            as("veteran", () -> service.execute(new PlaygroundCommand.PauseClock()));

            long[] early = cycles(service, "veteran", MEASURED_CYCLES);
            cycles(service, "veteran", CYCLES - 2 * MEASURED_CYCLES);
            long[] late = cycles(service, "veteran", MEASURED_CYCLES);
            as("newcomer", () -> service.execute(new PlaygroundCommand.PauseClock()));
            long[] fresh = cycles(service, "newcomer", MEASURED_CYCLES);

            String document = PlaygroundOnlyConfiguration.freePlaygroundOf(app, "veteran").orElseThrow().getResources();
            PlaygroundView view = as("veteran", service::view);
            log.info("after {} launches and terminations: stored document {} bytes, {} instances listed, "
                    + "{} log lines, spent {}", CYCLES, document.getBytes(StandardCharsets.UTF_8).length,
                    view.instances().size(), as("veteran", service::events).size(), view.costsSoFar().total());
            report("veteran, its first " + MEASURED_CYCLES + " cycles", early);
            report("veteran, its last " + MEASURED_CYCLES + " cycles", late);
            report("newcomer, measured last", fresh);
        }
    }

    /** Launch, a minute, terminate, two minutes: three actions a cycle; returns each action's nanoseconds. */
    private static long[] cycles(PlaygroundService service, String learner, int count) {
        long[] nanos = new long[count * 4];
        var launch = new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(),
                "t3.micro"));
        return as(learner, () -> {
            int n = 0;
            for (int i = 0; i < count; i++) {
                long before = System.nanoTime();
                String id = service.execute(launch).value().get(0).id();
                nanos[n++] = System.nanoTime() - before;
                nanos[n++] = timed(() -> service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1))));
                nanos[n++] = timed(() -> service.execute(PlaygroundCommand.TerminateInstances.of(id)));
                nanos[n++] = timed(() -> service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(2))));
            }
            return nanos;
        });
    }

    private static long timed(Runnable action) {
        long before = System.nanoTime();
        action.run();
        return System.nanoTime() - before;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        log.info("{}: per action median {} ms, p99 {} ms, mean {} ms", label, millis(sorted[sorted.length / 2]),
                millis(sorted[sorted.length * 99 / 100]), millis((long) Arrays.stream(sorted).average().orElseThrow()));
    }

    private static String millis(long nanos) {
        return String.format("%.3f", nanos / 1e6);
    }
}
