package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A workshop playground's budget: a launch that would pass it and a start once it is spent are denied. */
class BudgetTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture(PlaygroundSettings.DEFAULT.withBudget(Money.of("0.50")), 3);
    private final Playground playground = fixture.playground;

    @Test
    void aLaunchWhoseFirstHourWouldPassTheBudgetIsDeniedAndNamesIt() {
        LaunchRequest one = LaunchRequest.of(TestCatalog.US_EAST_1, AL2023_X86.id(), "t3.micro");
        assertThat(playground.launch(ALICE, one.withCount(10)).isSuccess()).as("$0.11 in the first hour").isTrue();
        fixture.advance(Duration.ofMinutes(270));

        ActionResult<?> more = playground.launch(ALICE, one.withCount(5));

        assertThat(more.error().code()).isEqualTo("UnauthorizedOperation");
        assertThat(more.error().message()).contains("ec2:RunInstances").contains("of the $0.50 budget")
                .contains("about $0.06 in its first hour");
        assertThat(playground.instances()).hasSize(10);
    }

    @Test
    void onceTheBudgetIsSpentStartingIsDeniedButStoppingAndTerminatingAreNot() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        playground.stop(ALICE, web).value();
        fixture.advance(Duration.ofDays(120));
        assertThat(playground.costsSoFar().total()).isGreaterThan(Money.of("0.50"));

        ActionResult<?> start = playground.start(ALICE, web);

        assertThat(start.error().code()).isEqualTo("UnauthorizedOperation");
        assertThat(start.error().message()).contains("ec2:StartInstances").contains("of the $0.50 budget");
        assertThat(fixture.state(web)).isEqualTo(InstanceState.STOPPED);
        assertThat(playground.terminate(ALICE, web).isSuccess()).isTrue();
    }

    @Test
    void anImageBuilderRunIsDeniedByTheBudgetAsALaunchIs() {
        PlaygroundFixture tight = new PlaygroundFixture(PlaygroundSettings.DEFAULT.withBudget(Money.of("0.01")), 4);
        tight.playground.createImageRecipe(PlaygroundFixture.ALICE, new ImageRecipeRequest(TestCatalog.US_EAST_1, "web",
                "1.0.0", AL2023_X86.id(), java.util.List.of("apache-web-server/1.1.0"), 8)).value();
        tight.playground.createImagePipeline(PlaygroundFixture.ALICE, new ImagePipelineRequest(TestCatalog.US_EAST_1, "web",
                "web/1.0.0", "t3.micro", java.util.List.of(TestCatalog.US_EAST_1), java.util.List.of(),
                "web {{imagebuilder:buildVersion}}", "", false)).value();

        ActionResult<ImageBuild> run = tight.playground.startImagePipelineExecution(PlaygroundFixture.ALICE,
                TestCatalog.US_EAST_1, "web");

        assertThat(run.error().code()).isEqualTo("UnauthorizedOperation");
        assertThat(tight.playground.instances()).isEmpty();
        assertThat(tight.playground.imageBuilds()).isEmpty();
    }

    @Test
    void aPlaygroundWithoutABudgetIsNotLimited() {
        Playground free = new PlaygroundFixture().playground;
        assertThat(free.launch(ALICE, LaunchRequest.of(TestCatalog.US_EAST_1, AL2023_X86.id(), "t3.micro").withCount(20))
                .isSuccess()).isTrue();
    }
}
