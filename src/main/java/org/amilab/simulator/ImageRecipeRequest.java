package org.amilab.simulator;

import java.util.List;

/**
 * CreateImageRecipe as the learner fills it in: every field as typed, so that the playground checks
 * each one as Image Builder does and names the one that is wrong. A component is "name/version".
 */
public record ImageRecipeRequest(String region, String name, String version, String parentImageId,
                                 List<String> components, int rootVolumeGiB) {

    public ImageRecipeRequest {
        region = region == null ? "" : region;
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        parentImageId = parentImageId == null ? "" : parentImageId;
        components = components == null ? List.of() : List.copyOf(components);
    }
}
