package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever recipes a learner creates, in whatever order, a recipe version once created never changes. */
class ImageRecipeProperties {

    @Provide
    Arbitrary<List<ImageRecipeRequest>> attempts() {
        Arbitrary<String> names = Arbitraries.of("shop-web", "api", "batch");
        Arbitrary<String> versions = Arbitraries.of("1.0.0", "1.0.1", "1.1.0", "2.0.0", "1.0");
        Arbitrary<List<String>> components = Arbitraries.of("apache-web-server", "apache-web-server/1.0.0",
                "web-server-answers", "iis-web-server", "no-such-component").list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Integer> sizes = Arbitraries.of(6, 8, 12);
        return Combinators.combine(names, versions, components, sizes)
                .as((name, version, parts, size) -> new ImageRecipeRequest(TestCatalog.US_EAST_1, name, version,
                        AL2023_X86.id(), parts, size))
                .list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void aRecipeVersionKeepsWhatItWasCreatedWith(@ForAll("attempts") List<ImageRecipeRequest> attempts) {
        Playground playground = new PlaygroundFixture().playground;
        Map<String, ImageRecipe> firstCreated = new HashMap<>();

        for (ImageRecipeRequest attempt : attempts) {
            ActionResult<ImageRecipe> result = playground.createImageRecipe(ALICE, attempt);
            if (result.isSuccess()) {
                ImageRecipe created = result.value();
                assertThat(firstCreated.putIfAbsent(created.reference(), created)).as("created twice").isNull();
            }
        }

        assertThat(playground.imageRecipes()).containsExactlyInAnyOrderElementsOf(firstCreated.values());
        playground.imageRecipes().forEach(recipe ->
                assertThat(recipe).isEqualTo(firstCreated.get(recipe.reference())));
    }
}
