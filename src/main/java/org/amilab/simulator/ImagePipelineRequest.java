package org.amilab.simulator;

import java.util.List;

/**
 * CreateImagePipeline (or UpdateImagePipeline) as the learner fills it in, with its infrastructure
 * configuration (the build instance type) and distribution settings (target regions, the account
 * ids the images are shared with, the AMI name pattern) in the same form, as the console's
 * pipeline wizard asks for them. A blank {@code schedule} runs the pipeline only when asked.
 */
public record ImagePipelineRequest(String region, String name, String recipe, String instanceType,
                                   List<String> targetRegions, List<String> sharedWith, String amiName, String schedule,
                                   boolean onlyIfChanged) {

    public ImagePipelineRequest {
        region = region == null ? "" : region.strip();
        name = name == null ? "" : name.strip();
        recipe = recipe == null ? "" : recipe.strip();
        instanceType = instanceType == null ? "" : instanceType.strip();
        targetRegions = targetRegions == null ? List.of() : List.copyOf(targetRegions);
        sharedWith = sharedWith == null ? List.of() : sharedWith.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        amiName = amiName == null ? "" : amiName.strip();
        schedule = schedule == null ? "" : schedule.strip();
    }
}
