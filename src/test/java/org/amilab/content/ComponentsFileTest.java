package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.amilab.simulator.Actor;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.SemanticVersion;
import org.amilab.simulator.SimulatorEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Image Builder components AMI Lab ships: what the file must say, and that their steps do what they promise. */
class ComponentsFileTest {

    private static final LoadedContent SHIPPED = new ContentLoader().load(ContentFiles.folder(ContentFixture.SHIPPED));
    private static final Actor LEARNER = new Actor("learner");

    @TempDir
    Path folder;

    @Test
    void everyVersionOfAComponentIsKeptAndTheLatestIsTheHighest() {
        ComponentCatalog components = SHIPPED.components();

        assertThat(components.components()).extracting(BuilderComponent::reference)
                .contains("apache-web-server/1.0.0", "apache-web-server/1.1.0", "web-server-answers/1.0.0");
        assertThat(components.latest("apache-web-server")).get().extracting(BuilderComponent::version)
                .isEqualTo(SemanticVersion.of("1.1.0"));
        assertThat(components.find("apache-web-server", SemanticVersion.of("1.0.0"))).get()
                .extracting(BuilderComponent::steps).isEqualTo(List.of("sudo dnf install -y httpd"));
    }

    @Test
    void theBuildComponentsOfAWebServerPassItsTestsAndTheOldVersionFailsThem() {
        assertThat(exitStatusesOfTests("apache-web-server/1.1.0", "shop-home-page/1.0.0")).containsOnly(0);
        assertThat(exitStatusesOfTests("apache-web-server/1.0.0")).as("installed, never started").doesNotContain(0);
        assertThat(exitStatusesOfTests("update-linux/1.0.0", "developer-tools/1.0.0")).doesNotContain(0);
    }

    /** Runs the build components on a fresh Amazon Linux 2023 instance, reboots it, then every test step. */
    private List<Integer> exitStatusesOfTests(String... buildComponents) {
        var environment = new SimulatorEnvironment(SHIPPED.catalog(), SHIPPED.prices(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), new Random(3));
        Playground playground = Playground.create(environment, "310987654321", PlaygroundSettings.DEFAULT);
        String builder = playground.execute(LEARNER, new PlaygroundCommand.RunInstances(
                LaunchRequest.of("us-east-1", "ami-0a4c123b1612dd272", "t3.micro"))).value().get(0).id();
        playground.execute(LEARNER, new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(5))).value();
        for (String reference : buildComponents) {
            String[] parts = reference.split("/");
            BuilderComponent component = SHIPPED.components().find(parts[0], SemanticVersion.of(parts[1])).orElseThrow();
            for (String step : component.steps()) {
                assertThat(playground.execute(LEARNER, new PlaygroundCommand.RunShellCommand(builder, step)).value()
                        .exitCode()).as(reference + ": " + step).isZero();
            }
        }
        playground.execute(LEARNER, PlaygroundCommand.RebootInstances.of(builder)).value();
        return SHIPPED.components().components().stream().filter(c -> c.phase() == BuilderComponent.Phase.TEST)
                .flatMap(test -> test.steps().stream())
                .map(step -> playground.execute(LEARNER, new PlaygroundCommand.RunShellCommand(builder, step)).value()
                        .exitCode())
                .toList();
    }

    @Test
    void aVersionThatIsNotSemanticAStepTooLongAndATwiceListedVersionStopStartUpAtTheirLines() {
        var fixture = new ContentFixture(folder);
        fixture.replace(ComponentsFile.FILE, "  - name: update-linux\n    version: 1.0.0",
                "  - name: update-linux\n    version: 1.0");
        fixture.replace(ComponentsFile.FILE, "  - name: shop-home-page\n    version: 1.0.0",
                "  - name: apache-web-server\n    version: 1.1.0");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).extracting(ContentProblem::file).containsOnly(ComponentsFile.FILE);
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.reason()).contains("'1.0' is not a semantic version");
        });
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.line()).isGreaterThan(9);
            assertThat(problem.reason()).contains("apache-web-server/1.1.0 is listed twice");
        });
    }

    @Test
    void semanticVersionsFollowImageBuildersRules() {
        assertThat(SemanticVersion.parse("1.0.0")).contains(new SemanticVersion(1, 0, 0));
        assertThat(SemanticVersion.parse("10.2.33")).map(SemanticVersion::toString).contains("10.2.33");
        assertThat(SemanticVersion.parse("1.0")).isEmpty();
        assertThat(SemanticVersion.parse("01.0.0")).as("leading zero").isEmpty();
        assertThat(SemanticVersion.parse("1.0.0-beta")).isEmpty();
        assertThat(SemanticVersion.parse("1073741824.0.0")).as("past 2^30 - 1").isEmpty();
        assertThat(SemanticVersion.of("1.10.0")).isGreaterThan(SemanticVersion.of("1.9.9"));
    }
}
