package org.amilab.simulator;

import java.time.Instant;
import java.util.List;

/**
 * An EC2 Image Builder image recipe: the parent image to start from, the components to apply in
 * order, and the root volume of the images it makes. A recipe version is immutable: changing a
 * recipe means creating it again with a higher version.
 */
public record ImageRecipe(String region, String name, SemanticVersion version, String parentImageId,
                          List<ComponentRef> components, int rootVolumeGiB, Instant createdAt) {

    /** A component of a recipe, by name and version. */
    public record ComponentRef(String name, SemanticVersion version) {

        public ComponentRef {
            Require.text(name, "name");
            Require.present(version, "version");
        }

        @Override
        public String toString() {
            return name + "/" + version;
        }
    }

    public ImageRecipe {
        Require.text(region, "region");
        Require.that(BuilderComponent.isName(name), "malformed recipe name " + name);
        Require.present(version, "version");
        Require.text(parentImageId, "parentImageId");
        components = List.copyOf(components);
        Require.that(!components.isEmpty(), "a recipe has at least one component");
        Require.positive(rootVolumeGiB, "rootVolumeGiB");
        Require.present(createdAt, "createdAt");
    }

    /** How Image Builder names one recipe version: name/version. */
    public String reference() {
        return name + "/" + version;
    }
}
