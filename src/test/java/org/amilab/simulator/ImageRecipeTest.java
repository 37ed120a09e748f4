package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EC2 Image Builder recipes: every field checked as Image Builder checks it, and a version never changes. */
class ImageRecipeTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private ActionResult<ImageRecipe> create(String name, String version, String parent, List<String> components, int size) {
        return playground.createImageRecipe(ALICE, new ImageRecipeRequest(TestCatalog.US_EAST_1, name, version, parent,
                components, size));
    }

    @Test
    void aRecipeNamesItsParentAndItsComponentsInOrderAndABareNameMeansTheNewestVersion() {
        ImageRecipe recipe = create("shop-web", "1.0.0", AL2023_X86.id(),
                List.of("apache-web-server", "web-server-answers/1.0.0"), 10).value();

        assertThat(recipe.reference()).isEqualTo("shop-web/1.0.0");
        assertThat(recipe.components()).extracting(ImageRecipe.ComponentRef::toString)
                .containsExactly("apache-web-server/1.1.0", "web-server-answers/1.0.0");
        assertThat(playground.imageRecipes()).containsExactly(recipe);
        assertThat(playground.events()).last().satisfies(line -> assertThat(line.detail()).isEqualTo(
                new EventDetail.ImageRecipeCreated(TestCatalog.US_EAST_1, "shop-web", "1.0.0", AL2023_X86.id(),
                        List.of("apache-web-server/1.1.0", "web-server-answers/1.0.0"))));
    }

    @Test
    void aRecipeVersionNeverChangesAChangeIsAHigherVersion() {
        ImageRecipe first = create("shop-web", "1.0.0", AL2023_X86.id(), List.of("apache-web-server/1.0.0"), 8).value();

        ActionResult<ImageRecipe> again = create("shop-web", "1.0.0", AL2023_X86.id(), List.of("apache-web-server/1.1.0"), 8);

        assertThat(again.error().code()).isEqualTo("ResourceAlreadyExistsException");
        assertThat(playground.imageRecipes()).containsExactly(first);
        ImageRecipe second = create("shop-web", "1.1.0", AL2023_X86.id(), List.of("apache-web-server/1.1.0"), 8).value();
        assertThat(playground.imageRecipes()).containsExactly(first, second);
    }

    @Test
    void eachWrongFieldIsNamedAndNothingHalfMadeIsKept() {
        assertThat(create(" shop", "1.0.0", AL2023_X86.id(), List.of("apache-web-server"), 8).error().message())
                .contains("parameter 'name'");
        assertThat(create("shop", "1.0", AL2023_X86.id(), List.of("apache-web-server"), 8).error().message())
                .contains("semanticVersion").contains("'1.0'");
        assertThat(create("shop", "1.0.0", "ami-0000000000000dead", List.of("apache-web-server"), 8).error().code())
                .isEqualTo("InvalidAMIID.NotFound");
        assertThat(create("shop", "1.0.0", LEGACY_PV_INSTANCE_STORE.id(), List.of("apache-web-server"), 8).error().message())
                .contains("instance store-backed");
        assertThat(create("shop", "1.0.0", AL2023_X86.id(), List.of("apache-web-server"), 4).error().message())
                .contains("4 GiB is smaller");
        assertThat(create("shop", "1.0.0", AL2023_X86.id(), List.of(), 8).error().message()).contains("no components");
        assertThat(create("shop", "1.0.0", AL2023_X86.id(), List.of("harden-ssh/1.0.0"), 8).error().code())
                .isEqualTo("ResourceNotFoundException");
        assertThat(create("shop", "1.0.0", AL2023_X86.id(), List.of("iis-web-server"), 8).error().message())
                .contains("is for windows").contains("runs linux");
        assertThat(playground.imageRecipes()).isEmpty();
    }
}
