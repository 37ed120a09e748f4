package org.amilab.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An EC2 Image Builder pipeline: which recipe version it builds, on which instance type, where its
 * images go and who may launch them, and when it runs by itself. {@code scheduledThrough} is the
 * last simulated instant whose schedule matches have been looked at, so that each match starts (or
 * skips) one run, once.
 */
public record ImagePipeline(String region, String name, String recipeName, SemanticVersion recipeVersion,
                            String instanceType, Distribution distribution, Optional<PipelineSchedule> schedule,
                            Instant createdAt, Instant scheduledThrough) {

    /** The pipeline's distribution settings: target regions, launch permissions, AMI name pattern. */
    public record Distribution(List<String> regions, List<String> sharedWith, String amiName) {

        public Distribution {
            regions = List.copyOf(regions);
            Require.that(!regions.isEmpty(), "a distribution has at least one region");
            sharedWith = List.copyOf(sharedWith);
            Require.text(amiName, "amiName");
        }
    }

    public ImagePipeline {
        Require.text(region, "region");
        Require.that(BuilderComponent.isName(name), "malformed pipeline name " + name);
        Require.text(recipeName, "recipeName");
        Require.present(recipeVersion, "recipeVersion");
        Require.text(instanceType, "instanceType");
        Require.present(distribution, "distribution");
        schedule = Require.orNone(schedule);
        Require.present(createdAt, "createdAt");
        Require.present(scheduledThrough, "scheduledThrough");
    }

    public String recipe() {
        return recipeName + "/" + recipeVersion;
    }

    /** The next schedule match after those already looked at, if the pipeline has a schedule. */
    public Optional<Instant> nextScheduledRun() {
        return schedule.flatMap(s -> s.nextAfter(scheduledThrough));
    }

    ImagePipeline scheduledThrough(Instant at) {
        return new ImagePipeline(region, name, recipeName, recipeVersion, instanceType, distribution, schedule, createdAt, at);
    }
}
