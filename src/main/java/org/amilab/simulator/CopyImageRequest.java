package org.amilab.simulator;

/**
 * CopyImage, which EC2 takes in the destination region ({@code targetRegion}) naming the source
 * region and image. A blank {@code description} gets EC2's default, which says where the copy came from.
 */
public record CopyImageRequest(String sourceRegion, String sourceImageId, String targetRegion, String name,
                               String description) {

    public CopyImageRequest {
        sourceRegion = sourceRegion == null ? "" : sourceRegion;
        sourceImageId = sourceImageId == null ? "" : sourceImageId;
        targetRegion = targetRegion == null ? "" : targetRegion;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }

    public static CopyImageRequest of(Ami source, String targetRegion, String name) {
        return new CopyImageRequest(source.region(), source.id(), targetRegion, name, "");
    }
}
