package org.amilab.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.Ami;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.InstanceType;
import org.amilab.simulator.OperatingSystemSoftware;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.Region;
import org.amilab.simulator.SoftwareCatalog;
import org.amilab.simulator.SoftwarePackage;

/**
 * The playground's data files: content/catalog/*.yml (the software catalog among them) and
 * content/pricing/price-book.yml, read
 * straight into the simulator's records (record component = YAML key). The records and the
 * catalog check their own rules; here their refusals become problems with file and line.
 */
final class SimulatorData {

    static final String REGIONS = "catalog/regions.yml";
    static final String INSTANCE_TYPES = "catalog/instance-types.yml";
    static final String AMIS = "catalog/amis.yml";
    static final String SOFTWARE = "catalog/software.yml";
    static final String PRICE_BOOK = "pricing/price-book.yml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record RegionsFile(List<Region> regions) {
    }

    record InstanceTypesFile(List<InstanceType> instanceTypes) {
    }

    record AmisFile(List<Ami> amis) {
    }

    record SoftwareFile(List<OperatingSystemSoftware> operatingSystems, List<SoftwarePackage> packages) {
    }

    /** The catalog and the price book of the playground, checked against each other. */
    record Loaded(Catalog catalog, PriceBook prices) {
    }

    private SimulatorData() {
    }

    static Optional<Loaded> load(ContentFiles files, List<ContentProblem> problems) {
        var regions = read(files, REGIONS, RegionsFile.class, problems);
        var types = read(files, INSTANCE_TYPES, InstanceTypesFile.class, problems);
        var amis = read(files, AMIS, AmisFile.class, problems);
        var prices = read(files, PRICE_BOOK, PriceBook.class, problems);
        var software = read(files, SOFTWARE, SoftwareFile.class, problems).flatMap(file -> software(file, files, problems));
        if (regions.isEmpty() || types.isEmpty() || amis.isEmpty() || prices.isEmpty() || software.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog;
        try {
            catalog = new Catalog(regions.get().regions(), types.get().instanceTypes(), amis.get().amis(), software.get());
        } catch (IllegalArgumentException refused) {
            String text = files.read(AMIS).orElse("");
            problems.add(new ContentProblem(AMIS, lineOfFirstIdIn(text, refused.getMessage()), refused.getMessage()));
            return Optional.empty();
        }
        checkPrices(catalog, prices.get(), files, problems);
        return Optional.of(new Loaded(catalog, prices.get()));
    }

    private static Optional<SoftwareCatalog> software(SoftwareFile file, ContentFiles files, List<ContentProblem> problems) {
        try {
            return Optional.of(new SoftwareCatalog(file.operatingSystems(), file.packages()));
        } catch (IllegalArgumentException refused) {
            String text = files.read(SOFTWARE).orElse("");
            problems.add(new ContentProblem(SOFTWARE, lineOfNameStarting(text, refused.getMessage()), refused.getMessage()));
            return Optional.empty();
        }
    }

    /** Software refusals start with the name of what is wrong ("httpd is listed twice"): the line that names it. */
    private static int lineOfNameStarting(String text, String message) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String value = colon < 0 ? "" : lines[i].substring(colon + 1).strip().replace("\"", "");
            if (!value.isEmpty() && message != null && message.startsWith(value + " ")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static void checkPrices(Catalog catalog, PriceBook prices, ContentFiles files, List<ContentProblem> problems) {
        String text = files.read(PRICE_BOOK).orElse("");
        catalog.regions().stream().filter(region -> !prices.covers(region.code())).forEach(region ->
                problems.add(new ContentProblem(PRICE_BOOK, YamlText.lineOf(text, "regionMultipliers", 1),
                        "no price multiplier for region " + region.code() + " of " + REGIONS)));
        catalog.instanceTypes().stream().filter(type -> !prices.prices(type.name())).forEach(type ->
                problems.add(new ContentProblem(PRICE_BOOK, YamlText.lineOf(text, "instanceHourlyUsd", 1),
                        "no hourly price for instance type " + type.name() + " of " + INSTANCE_TYPES)));
    }

    private static <T> Optional<T> read(ContentFiles files, String file, Class<T> type, List<ContentProblem> problems) {
        Optional<String> text = files.read(file);
        if (text.isEmpty()) {
            problems.add(new ContentProblem(file, 1, "file not found: the playground needs it"));
            return Optional.empty();
        }
        try {
            return Optional.of(YAML.readValue(text.get(), type));
        } catch (JsonMappingException wrong) {
            int line = wrong.getLocation() == null ? 1 : wrong.getLocation().getLineNr();
            problems.add(new ContentProblem(file, line, describe(wrong)));
        } catch (JsonProcessingException broken) {
            int line = broken.getLocation() == null ? 1 : broken.getLocation().getLineNr();
            problems.add(new ContentProblem(file, line, "not valid YAML: " + broken.getOriginalMessage()));
        }
        return Optional.empty();
    }

    /** Jackson's message without its Java class names, and the record's own refusal when there is one. */
    private static String describe(JsonMappingException wrong) {
        Throwable cause = wrong.getCause();
        String field = wrong.getPath().isEmpty() ? "" : "field '" + wrong.getPath().get(wrong.getPath().size() - 1)
                .getFieldName() + "': ";
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return field + cause.getMessage();
        }
        String message = wrong.getOriginalMessage();
        int javaDetail = message.indexOf(" (for ");
        return field + (javaDetail > 0 ? message.substring(0, javaDetail) : message);
    }

    /** Catalog refusals name an id first ("ami-0abc... is in unknown region"): point at that id. */
    private static int lineOfFirstIdIn(String text, String message) {
        String firstWord = message == null ? "" : message.split("[ :]", 2)[0];
        return firstWord.isEmpty() ? 1 : YamlText.lineContaining(text, firstWord, 1);
    }
}
