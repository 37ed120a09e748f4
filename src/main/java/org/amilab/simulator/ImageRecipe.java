package org.amilab.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An EC2 Image Builder image recipe: the parent image to start from, the components to apply in
 * order, and the root volume of the images it makes. A recipe version is immutable: changing a
 * recipe means creating it again with a higher version.
 */
public record ImageRecipe(String region, String name, SemanticVersion version, String parentImageId,
                          List<ComponentRef> components, int rootVolumeGiB, Instant createdAt) {

    /**
     * A component of a recipe, by name and version; no version is Image Builder's version filter
     * x.x.x, the newest version when each image is built.
     */
    public record ComponentRef(String name, Optional<SemanticVersion> version) {

        /** How a recipe writes "the newest version, whenever it is built". */
        public static final String NEWEST = "x.x.x";

        public ComponentRef {
            Require.text(name, "name");
            version = Require.orNone(version);
        }

        public static ComponentRef pinned(String name, SemanticVersion version) {
            return new ComponentRef(name, Optional.of(version));
        }

        /** "name/1.0.0" or "name/x.x.x", as {@link #toString()} writes it. */
        public static ComponentRef parse(String reference) {
            int slash = reference.lastIndexOf('/');
            String version = reference.substring(slash + 1);
            return new ComponentRef(reference.substring(0, slash),
                    version.equals(NEWEST) ? Optional.empty() : Optional.of(SemanticVersion.of(version)));
        }

        @Override
        public String toString() {
            return name + "/" + version.map(SemanticVersion::toString).orElse(NEWEST);
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
