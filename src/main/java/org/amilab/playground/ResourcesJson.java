package org.amilab.playground;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amilab.playground.StoredResources.StoredBundle;
import org.amilab.playground.StoredResources.StoredImage;
import org.amilab.playground.StoredResources.StoredImportTask;
import org.amilab.playground.StoredResources.StoredInstance;
import org.amilab.playground.StoredResources.StoredRecipe;
import org.amilab.playground.StoredResources.StoredPipeline;
import org.amilab.playground.StoredResources.StoredBuild;
import org.amilab.playground.StoredResources.StoredComponent;
import org.amilab.playground.StoredResources.StoredSnapshot;
import org.amilab.playground.StoredResources.StoredVolume;
import org.amilab.simulator.ClientTokenUse;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.ImageBundle;
import org.amilab.simulator.ImageRecipe;
import org.amilab.simulator.ImagePipeline;
import org.amilab.simulator.ImageBuild;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ImportTask;
import org.amilab.simulator.Instance;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundState;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.PriceHistory;
import org.amilab.simulator.SettledCosts;
import org.amilab.simulator.Snapshot;
import org.amilab.simulator.StateReason;
import org.amilab.simulator.StateSegment;
import org.amilab.simulator.Volume;
import org.amilab.simulator.VolumeType;
import org.jspecify.annotations.Nullable;

/**
 * A playground's instances (with their state segments), volumes, own AMIs, snapshots and S3 bundles,
 * remembered client tokens, settled costs and price books as one JSON document, in the stored
 * shapes of {@link StoredResources} and the records below: a record component is a JSON key.
 *
 * <p>Written with {@link StoredJson}'s mapper. Reading goes through the simulator's constructors,
 * so a stored document that breaks a simulator rule fails loudly on load.
 */
final class ResourcesJson {

    private static final JsonMapper JSON = StoredJson.builder()
            .addMixIn(StateSegment.class, TokenAnswerSegment.class)
            .build();
    private static final ObjectReader READER = JSON.readerFor(Document.class);
    private static final ObjectWriter WRITER = JSON.writerFor(Document.class);
    private static final ObjectReader IMAGE_READER = JSON.readerFor(StoredResources.StoredImage.class);
    private static final ObjectWriter IMAGE_WRITER = JSON.writerFor(StoredResources.StoredImage.class);

    /**
     * The document as stored, in shapes of our own. {@code bundles}, {@code clientTokens},
     * {@code settled} and {@code prices} came later: a document stored before has none, which is
     * what it means, so such a document still reads; the last three leave their key out when empty.
     */
    record Document(List<StoredInstance> instances, List<StoredVolume> volumes, List<StoredImage> images,
                    List<StoredSnapshot> snapshots, @Nullable List<StoredBundle> bundles,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredTokenUse> clientTokens,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredSettledPoint> settled,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredPriceEpoch> prices,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredImportTask> importTasks,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<String> publicSharingRegions,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredRecipe> recipes,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredPipeline> pipelines,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredBuild> builds,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<StoredComponent> components) {

        static Document of(Resources r) {
            return new Document(r.instances().stream().map(StoredInstance::of).toList(),
                    r.volumes().stream().map(StoredVolume::of).toList(), r.images().stream().map(StoredImage::of).toList(),
                    r.snapshots().stream().map(StoredSnapshot::of).toList(),
                    r.bundles().stream().map(StoredBundle::of).toList(), r.clientTokens(), r.settled(), r.prices(),
                    r.importTasks().stream().map(StoredImportTask::of).toList(), r.publicSharingRegions(),
                    r.recipes().stream().map(StoredRecipe::of).toList(),
                    r.pipelines().stream().map(StoredPipeline::of).toList(), r.builds().stream().map(StoredBuild::of).toList(),
                    r.components().stream().map(StoredComponent::of).toList());
        }

        Resources toResources() {
            return new Resources(instances.stream().map(StoredInstance::toInstance).toList(),
                    volumes.stream().map(StoredVolume::toVolume).toList(), images.stream().map(StoredImage::toImage).toList(),
                    snapshots.stream().map(StoredSnapshot::toSnapshot).toList(),
                    orNone(bundles).stream().map(StoredBundle::toBundle).toList(), orNone(clientTokens), orNone(settled),
                    orNone(prices), orNone(importTasks).stream().map(StoredImportTask::toTask).toList(),
                    orNone(publicSharingRegions), orNone(recipes).stream().map(StoredRecipe::toRecipe).toList(),
                    orNone(pipelines).stream().map(StoredPipeline::toPipeline).toList(),
                    orNone(builds).stream().map(StoredBuild::toBuild).toList(),
                    orNone(components).stream().map(StoredComponent::toComponent).toList());
        }

        private static <T> List<T> orNone(@Nullable List<T> stored) {
            return stored == null ? List.of() : stored;
        }
    }

    /** What a playground's document holds, as the simulator's records (and the remembered tokens, settled costs and prices as stored). */
    record Resources(List<Instance> instances, List<Volume> volumes, List<OwnedAmi> images, List<Snapshot> snapshots,
                     List<ImageBundle> bundles, List<StoredTokenUse> clientTokens, List<StoredSettledPoint> settled,
                     List<StoredPriceEpoch> prices, List<ImportTask> importTasks, List<String> publicSharingRegions,
                     List<ImageRecipe> recipes, List<ImagePipeline> pipelines, List<ImageBuild> builds,
                     List<BuilderComponent> components) {

        static Resources of(PlaygroundState state) {
            return new Resources(state.instances(), state.volumes(), state.images(), state.snapshots(), state.bundles(),
                    state.clientTokens().stream().map(StoredTokenUse::of).toList(),
                    state.settled().points().stream().map(StoredSettledPoint::of).toList(),
                    state.prices().epochs().stream().map(StoredPriceEpoch::of).toList(), state.importTasks(),
                    state.publicSharingRegions(), state.recipes(), state.pipelines(), state.builds(),
                    state.components());
        }

        /**
         * The price books the playground was billed with; a document stored before they were kept
         * was billed at the book in force, so that book covers it from its start.
         */
        PriceHistory priceHistory(PriceBook inForce, Instant startedAt) {
            return prices.isEmpty() ? PriceHistory.of(inForce, startedAt)
                    : new PriceHistory(prices.stream().map(StoredPriceEpoch::toEpoch).toList());
        }

        List<ClientTokenUse> tokenUses() {
            return clientTokens.stream().map(StoredTokenUse::toUse).toList();
        }

        SettledCosts settledCosts() {
            return new SettledCosts(settled.stream().map(StoredSettledPoint::toPoint).toList());
        }
    }

    /** A price book and the simulated instant it came into force for this playground, in a shape of our own. */
    record StoredPriceEpoch(Instant from, String currency, String asOf, int hoursPerMonth, String baseRegion,
                            Map<String, BigDecimal> regionMultipliers, Map<String, BigDecimal> instanceHourlyUsd,
                            Map<String, BigDecimal> ebsGbMonthUsd, BigDecimal snapshotGbMonthUsd,
                            BigDecimal s3GbMonthUsd) {

        static StoredPriceEpoch of(PriceHistory.Epoch epoch) {
            PriceBook book = epoch.prices();
            Map<String, BigDecimal> ebs = new java.util.TreeMap<>();
            book.ebsGbMonthUsd().forEach((type, price) -> ebs.put(type.apiName(), price));
            return new StoredPriceEpoch(epoch.from(), book.currency(), book.asOf(), book.hoursPerMonth(),
                    book.baseRegion(), new java.util.TreeMap<>(book.regionMultipliers()),
                    new java.util.TreeMap<>(book.instanceHourlyUsd()), ebs, book.snapshotGbMonthUsd(),
                    book.s3GbMonthUsd());
        }

        PriceHistory.Epoch toEpoch() {
            Map<VolumeType, BigDecimal> ebs = new java.util.EnumMap<>(VolumeType.class);
            ebsGbMonthUsd.forEach((apiName, price) -> ebs.put(Arrays.stream(VolumeType.values())
                    .filter(type -> type.apiName().equals(apiName)).findFirst().orElseThrow(() ->
                            new IllegalStateException("a stored price book prices an unknown volume type " + apiName)),
                    price));
            return new PriceHistory.Epoch(from, new PriceBook(currency, asOf, hoursPerMonth, baseRegion,
                    regionMultipliers, instanceHourlyUsd, ebs, snapshotGbMonthUsd, s3GbMonthUsd));
        }
    }

    /** What folded resources had spent by {@code at}, per category: a shape of our own, not a simulator record. */
    record StoredSettledPoint(Instant at, BigDecimal compute, BigDecimal ebs, BigDecimal amiStorage, BigDecimal software) {

        static StoredSettledPoint of(SettledCosts.Point point) {
            return new StoredSettledPoint(point.at(), point.spent().get(CostCategory.COMPUTE),
                    point.spent().get(CostCategory.EBS), point.spent().get(CostCategory.AMI_STORAGE),
                    point.spent().get(CostCategory.SOFTWARE));
        }

        SettledCosts.Point toPoint() {
            // a category a document has no amount for (one added later) had spent nothing
            Map<CostCategory, BigDecimal> spent = new java.util.EnumMap<>(CostCategory.class);
            putIfPresent(spent, CostCategory.COMPUTE, compute);
            putIfPresent(spent, CostCategory.EBS, ebs);
            putIfPresent(spent, CostCategory.AMI_STORAGE, amiStorage);
            putIfPresent(spent, CostCategory.SOFTWARE, software);
            return new SettledCosts.Point(at, spent);
        }

        private static void putIfPresent(Map<CostCategory, BigDecimal> spent, CostCategory category, BigDecimal amount) {
            if (amount != null) {
                spent.put(category, amount);
            }
        }
    }

    /**
     * A remembered client token: the command by its kind ("RunInstances") and fields, and the answer
     * in the type that kind of command answers with.
     */
    record StoredTokenUse(String token, String kind, JsonNode command, JsonNode answer, Instant realAt) {

        private static final Map<String, Class<?>> KINDS = Arrays.stream(PlaygroundCommand.class.getPermittedSubclasses())
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

        static StoredTokenUse of(ClientTokenUse use) {
            return new StoredTokenUse(use.token(), use.command().getClass().getSimpleName(),
                    JSON.valueToTree(use.command()), JSON.valueToTree(use.answer()), use.realAt());
        }

        ClientTokenUse toUse() {
            Class<?> type = Optional.ofNullable(KINDS.get(kind)).orElseThrow(() -> new IllegalStateException(
                    "a stored client token belongs to an unknown kind of command '" + kind + "'"));
            try {
                return new ClientTokenUse(token, (PlaygroundCommand<?>) JSON.treeToValue(command, type),
                        JSON.treeToValue(answer, answerType(type)), realAt);
            } catch (JsonProcessingException | IllegalArgumentException broken) {
                throw new IllegalStateException("a stored client token's " + kind + " does not match its records: "
                        + broken.getMessage(), broken);
            }
        }

        /** The {@code T} of {@code PlaygroundCommand<T>} that this kind implements. */
        private static JavaType answerType(Class<?> kind) {
            ParameterizedType implemented = (ParameterizedType) kind.getGenericInterfaces()[0];
            return JSON.getTypeFactory().constructType(implemented.getActualTypeArguments()[0]);
        }
    }

    /**
     * A remembered client token's answer holds the simulator's records as they were (an instance
     * with its segments): most segments have no reason to tell, and leave the key out, as answers
     * stored before the resources had shapes of their own did.
     */
    private abstract static class TokenAnswerSegment {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoReason.class)
        private @Nullable StateReason reason;
    }

    /** Jackson leaves a value out when this filter equals it. */
    static final class NoReason {
        @Override
        public boolean equals(@Nullable Object value) {
            return StateReason.NONE.equals(value);
        }

        @Override
        public int hashCode() {
            return StateReason.NONE.hashCode();
        }
    }

        private ResourcesJson() {
    }

    /** A price book's identity: the SHA-256 of its stored form, whose maps are written in key order. */
    static String fingerprint(PriceBook book) {
        try {
            byte[] stored = JSON.writeValueAsBytes(StoredPriceEpoch.of(new PriceHistory.Epoch(Instant.EPOCH, book)));
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(stored));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("a price book could not be fingerprinted", impossible);
        }
    }

    static String write(Resources resources) {
        try {
            return WRITER.writeValueAsString(Document.of(resources));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("the playground's resources could not be written as JSON", impossible);
        }
    }

    /** One own AMI in its stored shape, for the table of shared images. */
    static String writeImage(OwnedAmi image) {
        try {
            return IMAGE_WRITER.writeValueAsString(StoredResources.StoredImage.of(image));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a shared image could not be written as JSON", impossible);
        }
    }

    static OwnedAmi readImage(String json) {
        try {
            return IMAGE_READER.<StoredResources.StoredImage>readValue(json).toImage();
        } catch (JsonProcessingException | IllegalArgumentException broken) {
            throw new IllegalStateException("a shared image does not match the simulator's records: "
                    + broken.getMessage(), broken);
        }
    }

    static Resources read(String json) {
        try {
            return READER.<Document>readValue(json).toResources();
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("a stored playground does not match the simulator's records: "
                    + broken.getOriginalMessage(), broken);
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("a stored playground breaks a rule of the simulator: "
                    + refused.getMessage(), refused);
        }
    }
}
