package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long state and cost evaluation take for 1,000 instances with 10 state changes each over one
 * simulated year. Figures only, no timing assertions: run on demand (excluded from normal builds),
 * e.g. through {@link #main(String[])} with the test class path.
 */
@Tag("benchmark")
class CostEvaluationBenchmark {

    private static final System.Logger LOG = System.getLogger(CostEvaluationBenchmark.class.getName());
    private static final int INSTANCES = 1_000;
    private static final Duration QUARTER_ISH = Duration.ofDays(73);
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    @Test
    void evaluateAYearOfAThousandInstances() {
        PlaygroundFixture fixture = new PlaygroundFixture(new PlaygroundSettings(INSTANCES), 1);
        Instant start = fixture.now();
        String[] ids = buildAYear(fixture);
        Playground playground = fixture.playground;
        Instant end = fixture.now();

        assertThat(playground.state().instances()).allMatch(i -> i.materialisedAt(end).history().size() == 10);

        report("cost of the whole year", () -> playground.costs(start, end).total());
        report("cost of one day in the middle", () -> playground.costs(start.plus(Duration.ofDays(180)),
                start.plus(Duration.ofDays(181))).total());
        report("state of every instance at 12 instants", () -> statesAt(playground, start, end));
        report("monthly projection", () -> playground.monthlyProjection().total());
        LOG.log(Level.INFO, "{0} instances, {1} segments each, ids from {2} to {3}", INSTANCES, 10, ids[0], ids[ids.length - 1]);
    }

    /** Launch, then stop and start everything twice, 73 days apart: ten segments per instance. */
    private static String[] buildAYear(PlaygroundFixture fixture) {
        Ami ami = TestCatalog.AL2023_X86;
        List<Instance> launched = fixture.playground.launch(ALICE,
                LaunchRequest.of(ami.region(), ami.id(), "t3.micro").withCount(INSTANCES)).value();
        String[] ids = launched.stream().map(Instance::id).toArray(String[]::new);
        for (int round = 0; round < 2; round++) {
            fixture.advance(QUARTER_ISH);
            fixture.playground.stop(ALICE, ids).value();
            fixture.advance(QUARTER_ISH);
            fixture.playground.start(ALICE, ids).value();
        }
        fixture.advance(Duration.ofDays(365).minus(QUARTER_ISH.multipliedBy(4)));
        return ids;
    }

    private static long statesAt(Playground playground, Instant start, Instant end) {
        long running = 0;
        long step = Duration.between(start, end).getSeconds() / 12;
        for (int k = 0; k < 12; k++) {
            Instant t = start.plusSeconds(step * k);
            running += playground.state().instances().stream().filter(i -> i.stateAt(t) == InstanceState.RUNNING).count();
        }
        return running;
    }

    private static void report(String what, Supplier<?> evaluation) {
        Object result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = evaluation.get();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long before = System.nanoTime();
            result = evaluation.get();
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        LOG.log(Level.INFO, "{0}: median {1} ms, best {2} ms, worst {3} ms (result {4})", what,
                millis(nanos[MEASURED / 2]), millis(nanos[0]), millis(nanos[MEASURED - 1]), result);
    }

    private static String millis(long nanos) {
        return String.format("%.2f", nanos / 1_000_000.0);
    }

    public static void main(String[] args) {
        new CostEvaluationBenchmark().evaluateAYearOfAThousandInstances();
    }
}
